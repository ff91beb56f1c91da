"""The 3x3 forward pass and input gradient with bands held to a byte budget
(``tinyunet.fast.bands.BAND_BYTES_16``, which CPUs with 16 vector registers use on every map)
against bands of ``BAND_PIXELS`` alone, on each layer shape of a U-Net: 1 thread (numba and
BLAS), batch 8, float32, outputs written into arrays made once, median of 7 calls after a
warm-up; GFLOP/s, the band's rows, and the ratio to ``BAND_PIXELS`` alone (higher is faster).

    python benchmarks/band_bytes.py [--budgets 256,192,160,128] [--threads 1] [--layers 64:64:64]
"""

from __future__ import annotations

import argparse

import numba
import numpy as np
from threadpoolctl import threadpool_limits

import tinyunet.fast.direct as direct
from tinyunet.fast.bands import CHANNEL_BLOCK, band_rows_and_channel_groups
from tinyunet.fast.target import TARGET

from layer_timing import median_time

LAYERS = [(16, 16, 256), (32, 16, 256), (32, 32, 128), (64, 32, 128), (64, 64, 64),
          (128, 64, 64), (128, 128, 32), (256, 128, 32), (256, 256, 16)]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--budgets", default="256,192,160,128", help="band budgets to try, KiB")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--layers", help="C_IN:C_OUT:SIZE list, e.g. 16:16:256,64:64:64 (default: "
                   "the U-Net's)")
    a = p.parse_args()
    layers = ([tuple(int(v) for v in spec.split(":")) for spec in a.layers.split(",")]
              if a.layers else LAYERS)
    budgets = [int(k) << 10 for k in a.budgets.split(",")]
    print(f"tinyunet {TARGET.describe()}; {a.threads} thread(s), batch {a.batch}; GFLOP/s, "
          f"rows per band (ratio to BAND_PIXELS alone); the plan here: band_plan")
    rng = np.random.default_rng(0)
    before = numba.get_num_threads()
    numba.set_num_threads(a.threads)
    try:
        with threadpool_limits(a.threads):
            for c, o, s in layers:
                x = rng.standard_normal((a.batch, c, s, s)).astype(np.float32)
                dy = rng.standard_normal((a.batch, o, s, s)).astype(np.float32)
                w = (rng.standard_normal((o, c, 3, 3)) * 0.1).astype(np.float32)
                b = np.zeros(o, np.float32)
                y, dx = np.empty_like(dy), np.empty_like(x)
                flops = 2 * a.batch * o * c * 9 * s * s
                for name, cin, cout in (("fwd", c, o), ("dx", o, c)):
                    def plan(budget, cin=cin, cout=cout):
                        blocks = -(-cout // CHANNEL_BLOCK)
                        if budget is None:
                            return band_rows_and_channel_groups(a.batch, s, s + 2, blocks)
                        return band_rows_and_channel_groups(a.batch, s, s + 2, blocks,
                                                            cin * (s + 2) * 4, budget)
                    plans = [plan(None)] + [plan(k) for k in budgets]
                    plans.append(direct.band_plan(a.batch, cin, s, s, cout, 4))
                    cells = []
                    for rows, groups in plans:
                        if name == "fwd":
                            def call():
                                direct.forward_into(y, x, w, b, True, None, rows, False, groups)
                        else:
                            def call():
                                direct.forward_into(dx, dy, w, None, False, None, rows, True,
                                                    groups)
                        cells.append(flops / median_time(call, 7) / 1e9)
                    labels = ["pixels"] + [f"{k >> 10}K" for k in budgets] + ["plan"]
                    row = " | ".join(f"{lab} r{p[0]} {g:5.1f} ({g / cells[0]:.2f})"
                                     for lab, p, g in zip(labels, plans, cells))
                    print(f"{c:4d}->{o:4d} @ {s:3d} {name:3s}  {row}", flush=True)
    finally:
        numba.set_num_threads(before)


if __name__ == "__main__":
    main()
