"""What each 3x3 forward layer of the direct kernel pays besides its tiles' multiply-adds.

    python benchmarks/band_fill.py [--depth 4] [--filters 32] [--batch 8] [--size 256]
                                   [--threads N] [--repeats 9]

Each task of ``tinyunet.fast.direct``'s forward kernel copies its band of input rows into a padded
grid once (``direct._fill_band``), then runs its register tiles once for every block of 4 output
channels. So on one layer's input the time with O output channels is, to a good approximation,

    t(O) = fixed + (O / 4) * per_block

and timing the kernel with 4 and 16 output channels separates the two:
``per_block = (t(16) - t(4)) / 3``, ``fixed = t(4) - per_block``. ``fixed`` is the band fills
and whatever else a task does once; on one thread nothing overlaps it with the tiles. Prints, for
each 3x3 layer of the U-Net (its input as one array, concatenations included), the layer's time
with its real output channels, the fixed part and its share of that, and the tiles' GFLOP/s.
The 1-channel first layer is left out (its one input channel makes the split meaningless).
"""
import argparse

import numba
import numpy as np

from layer_timing import add_layer_arguments, median_time, prepare
from tinyunet.fast import direct
from tinyunet.workspace import Workspace


def layer_shapes(depth: int, filters: int, size: int) -> list[tuple[int, int, int]]:
    """(C_in, C_out, size) of each 3x3 layer shape of a U-Net but the first: per level, the
    block's first convolution (from the level above, or from the concatenation on the way up)
    and its second."""
    shapes = [(filters, filters, size), (2 * filters, filters, size)]
    for level in range(1, depth + 1):
        c, w = filters * 2 ** level, size // 2 ** level
        shapes += [(c // 2, c, w), (c, c, w)]
        if level < depth:
            shapes.append((2 * c, c, w))
    return shapes


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_layer_arguments(p)
    args = p.parse_args(argv)
    prepare(args)
    rng = np.random.default_rng(0)
    print(f"batch {args.batch}, {numba.get_num_threads()} threads; times in ms; fixed = "
          "t(4) - (t(16) - t(4)) / 3 (see the docstring)")
    print(f"{'C_in->C_out':>12} {'size':>5} {'layer':>8} {'fixed':>7} {'share':>6} "
          f"{'tiles GFLOP/s':>14}")
    with Workspace():
        for c_in, c_out, size in layer_shapes(args.depth, args.filters, args.size):
            x = rng.standard_normal((args.batch, c_in, size, size)).astype(np.float32)

            def forward(outputs):
                weight = 0.1 * rng.standard_normal((outputs, c_in, 3, 3)).astype(np.float32)

                return 1e3 * median_time(
                    lambda: direct.conv3x3_forward(x, weight, None, relu=True), args.repeats, 2)
            layer, t4, t16 = forward(c_out), forward(4), forward(16)
            per_block = (t16 - t4) / 3
            fixed = t4 - per_block
            flops = 2 * args.batch * c_in * 4 * 9 * size * size
            print(f"{f'{c_in}->{c_out}':>12} {size:>5} {layer:8.2f} {fixed:7.2f} "
                  f"{fixed / layer:6.1%} {flops / per_block / 1e6:14.0f}")


if __name__ == "__main__":
    main()
