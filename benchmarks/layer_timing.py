"""What the per-layer benchmarks share: a median timer, the flags of one U-Net's layers, and
the instruction set they run on."""
import argparse
import time

import numba
import numpy as np

import isa


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
    add_isa_argument(p)


def add_isa_argument(p: argparse.ArgumentParser) -> None:
    """--isa: the instruction set to compile and run for (benchmarks/isa.py)."""
    p.add_argument("--isa", choices=sorted(isa.ISAS), default="native",
                   help="run for this instruction set, both frameworks (%(default)s)")


def prepare(args, torch: bool = False) -> None:
    """Re-run the script for ``--isa`` if it is not the native one (in a fresh process, which
    this call then ends with), set numba's threads from ``--threads`` if given, and print the
    instruction set tinyunet runs on (and PyTorch's, with ``torch``)."""
    isa.rerun_for(args.isa)
    if args.threads:
        numba.set_num_threads(args.threads)
    print(f"tinyunet: {isa.tinyunet_isa()}"
          + (f"; PyTorch: {isa.torch_isa()}" if torch else ""), flush=True)
