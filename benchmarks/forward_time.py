"""Median eval-mode forward time of a U-Net: by default at 256 px, batch 8 (7 calls) and batch
1 (21 calls), in a workspace, after 2 warm-up calls. Prints one JSON line, with the sums of the
outputs (equal sums: the same arithmetic) and the file tinyunet was imported from.

    python forward_time.py DEPTH FILTERS [--size 256] [--batches 8,1] [--threads N]

A/B of two checkouts, run from benchmarks/, each with a numba cache of its own, interleaved:

    PYTHONPATH=/path/to/other NUMBA_CACHE_DIR=/tmp/nc-other python forward_time.py 4 16
    NUMBA_CACHE_DIR=/tmp/nc-this python forward_time.py 4 16
"""
import argparse
import json

import numba
import numpy as np

import tinyunet
from layer_timing import median_time
from tinyunet import UNet
from tinyunet.layers import inference
from tinyunet.workspace import Workspace


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("depth", type=int)
    p.add_argument("filters", type=int)
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--batches", default="8,1", help="batch sizes, comma-separated")
    p.add_argument("--threads", type=int, default=None, help="numba threads (default: all)")
    args = p.parse_args()
    if args.threads is not None:
        numba.set_num_threads(args.threads)
    model = UNet(depth=args.depth, base_filters=args.filters, seed=0)
    rng = np.random.default_rng(0)
    out = {"file": tinyunet.__file__, "size": args.size, "threads": numba.get_num_threads()}
    for batch in (int(b) for b in args.batches.split(",")):
        x = rng.standard_normal((batch, 1, args.size, args.size)).astype(np.float32)
        calls = 7 if batch > 1 else 21
        with model.evaluating(), inference(), Workspace():
            seconds = median_time(lambda: model.forward(x), calls, warmup=2)
            y = model.forward(x)
        out[f"b{batch}_ms"] = round(seconds * 1e3, 2)
        out[f"sum{batch}"] = float(np.abs(y).sum())
    print(json.dumps(out))


if __name__ == "__main__":
    main()
