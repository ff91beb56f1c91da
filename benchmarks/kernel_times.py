"""Per-layer times of the tiled kernels on one thread (numba and BLAS held to 1), batch 4,
float32: the 3x3 forward (with ReLU), input and weight gradients at the U-Net's sizes, and the
2x2 stride-2 forward and input gradient. The median of 7 calls after a warm-up.

To compare two commits on one machine, run it from a worktree of each, with a numba cache of
its own, one after the other and then again (to see the noise):

    git worktree add /tmp/old OLD_COMMIT
    PYTHONPATH=/tmp/old NUMBA_CACHE_DIR=/tmp/nc-old python benchmarks/kernel_times.py
    NUMBA_CACHE_DIR=/tmp/nc-new python benchmarks/kernel_times.py
"""

from __future__ import annotations


import numba
import numpy as np
from threadpoolctl import threadpool_limits

import tinyunet.fast.direct as direct
import tinyunet.fast.patches as patches
from tinyunet.fast.target import TARGET

from layer_timing import median_time

REPEATS = 7
LAYERS = [(16, 16, 128), (32, 32, 64), (64, 64, 32), (128, 128, 16), (256, 256, 16)]


def timed(fn) -> float:
    return median_time(fn, REPEATS)


def main() -> None:
    rng = np.random.default_rng(0)
    before = numba.get_num_threads()
    numba.set_num_threads(1)
    rows = []
    try:
        with threadpool_limits(1):
            for c, o, s in LAYERS:
                x = rng.standard_normal((4, c, s, s)).astype(np.float32)
                w = (rng.standard_normal((o, c, 3, 3)) * 0.1).astype(np.float32)
                dy = rng.standard_normal((4, o, s, s)).astype(np.float32)
                b = np.zeros(o, np.float32)
                rows += [(f"3x3 forward {c}->{o} {s}px",
                          timed(lambda: direct.conv3x3_forward(x, w, b, relu=True))),
                         (f"3x3 input grad {c}->{o} {s}px",
                          timed(lambda: direct.conv3x3_input_grad(dy, w))),
                         (f"3x3 weight grad {c}->{o} {s}px",
                          timed(lambda: direct.conv3x3_weight_grad(x, dy)))]
            w2 = rng.standard_normal((32, 16, 2, 2)).astype(np.float32)
            x2 = rng.standard_normal((4, 16, 128, 128)).astype(np.float32)
            y2 = rng.standard_normal((4, 32, 64, 64)).astype(np.float32)
            rows += [("2x2 forward 16->32 128px", timed(lambda: patches.patch2_forward(x2, w2))),
                     ("2x2 input grad 32->16 64px",
                      timed(lambda: patches.patch2_input_grad(y2, w2)))]
    finally:
        numba.set_num_threads(before)
    print(f"tinyunet {TARGET.describe()}; 1 thread, batch 4, float32, median of 7")
    for name, seconds in rows:
        print(f"{name:<32}{seconds * 1000:9.2f} ms")


if __name__ == "__main__":
    main()
