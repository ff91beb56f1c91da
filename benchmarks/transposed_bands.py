"""The up-convolution's forward pass with bands of a given number of rows, on each up-sampling
layer of a U-Net, against the rows ``tinyunet.fast.patches.transposed_band_rows`` picks.

    python benchmarks/transposed_bands.py [--depth 4] [--filters 32] [--batch 8] [--size 256]
                                          [--threads N] [--rows 1,2,3,4,8] [--repeats 9]

A transposed convolution's forward pass (``patches.patch2_input_grad``) reads its band of input
rows once for every pair of output channels, so how many rows a band holds decides whether the
band stays in the core's first cache; this is the measurement behind that rule. Prints, per
layer, the median time (ms) and GFLOP/s with each band height; ``*`` marks the rule's choice.
"""
import argparse

import numba
import numpy as np

from layer_timing import add_layer_arguments, median_time, prepare
from tinyunet.fast import patches
from tinyunet.workspace import Workspace


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_layer_arguments(p)
    p.add_argument("--rows", default="1,2,3,4,8", help="band heights to time")
    args = p.parse_args(argv)
    prepare(args)
    heights = [int(r) for r in args.rows.split(",")]
    rng = np.random.default_rng(0)
    rule = patches.transposed_band_rows
    print(f"batch {args.batch}, {numba.get_num_threads()} threads; ms (GFLOP/s) with bands of "
          "the rows given; * = the rows the rule picks")
    try:
        with Workspace():
            for level in range(args.depth, 0, -1):
                c, size = args.filters * 2 ** level, args.size // 2 ** level
                x = rng.standard_normal((args.batch, c, size, size)).astype(np.float32)
                weight = rng.standard_normal((c, c // 2, 2, 2)).astype(np.float32)
                picked = rule(args.batch, size, size, c * x.itemsize)
                flops = 2 * args.batch * c * (c // 2) * 4 * size * size
                cells = []
                for rows in sorted(set(heights) | {picked}):
                    patches.transposed_band_rows = lambda *_, _rows=rows: _rows
                    ms = 1e3 * median_time(lambda: patches.patch2_input_grad(x, weight),
                                           args.repeats, 2)
                    cells.append(f"{rows:>2}{'*' if rows == picked else ' '}: {ms:7.2f} "
                                 f"({flops / ms / 1e6:4.0f})")
                print(f"{f'{c}->{c // 2}':>10} @ {size:>4}  " + "  ".join(cells))
    finally:
        patches.transposed_band_rows = rule


if __name__ == "__main__":
    main()
