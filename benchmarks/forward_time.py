"""Median eval-mode forward time of a U-Net at 256 px: batch 8 (7 calls) and batch 1 (21
calls), in a workspace, after 2 warm-up calls. Prints one JSON line, with the sums of the
outputs (equal sums: the same arithmetic) and the file tinyunet was imported from.

A/B of two checkouts, run from benchmarks/, each with a numba cache of its own, interleaved:

    PYTHONPATH=/path/to/other NUMBA_CACHE_DIR=/tmp/nc-other python forward_time.py 4 16
    NUMBA_CACHE_DIR=/tmp/nc-this python forward_time.py 4 16
"""
import json
import sys
import time

import numpy as np

import tinyunet
from tinyunet import UNet
from tinyunet.layers import inference
from tinyunet.workspace import Workspace


def main() -> None:
    depth, filters = (int(a) for a in sys.argv[1:3])
    model = UNet(depth=depth, base_filters=filters, seed=0)
    rng = np.random.default_rng(0)
    out = {"file": tinyunet.__file__}
    for batch, calls in ((8, 7), (1, 21)):
        x = rng.standard_normal((batch, 1, 256, 256)).astype(np.float32)
        times = []
        with model.evaluating(), inference(), Workspace():
            for _ in range(calls + 2):
                start = time.perf_counter()
                y = model.forward(x)
                times.append(time.perf_counter() - start)
        out[f"b{batch}_ms"] = round(float(np.median(times[2:])) * 1e3, 2)
        out[f"sum{batch}"] = float(np.abs(y).sum())
    print(json.dumps(out))


if __name__ == "__main__":
    main()
