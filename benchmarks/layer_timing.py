"""What the per-layer benchmarks share: a median timer and the flags of one U-Net's layers."""
import argparse
import time

import numba
import numpy as np


def median_time(fn, repeats: int, warmup: int = 1) -> float:
    """Median seconds of ``repeats`` calls of ``fn`` after ``warmup`` untimed ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return float(np.median(times))


def add_layer_arguments(p: argparse.ArgumentParser, filters: int = 32) -> None:
    """--depth, --filters, --batch, --size (the U-Net whose layers are timed), --threads,
    --repeats."""
    p.add_argument("--depth", type=int, default=4)
    p.add_argument("--filters", type=int, default=filters)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--threads", type=int, default=None, help="numba threads (default: all)")
    p.add_argument("--repeats", type=int, default=9)


def set_threads(args) -> None:
    """numba's threads from ``--threads``, if given."""
    if args.threads:
        numba.set_num_threads(args.threads)
