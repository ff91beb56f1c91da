"""Each convolution path on each 3x3 layer shape of a depth-4 U-Net: direct, shifted, im2col.

    python benchmarks/bench_conv_paths.py [--batch 8] [--size 256] [--filters 16] [--repeats 5]

Prints, per layer shape and pass (forward, input gradient, weight gradient), the median time
and GFLOP/s of the register-tiled direct numba kernels (tinyunet.direct), the shifted-view BLAS
path and the im2col path, and which one tinyunet.conv dispatches to: the evidence for its choice
of path. Outputs come from a workspace, as in training.
"""
import argparse
import time

import numpy as np

from tinyunet import conv, direct
from tinyunet.bands import band_rows_and_channel_groups
from tinyunet.workspace import Workspace


def median_time(fn, repeats):
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return float(np.median(times))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--filters", type=int, default=16)
    p.add_argument("--repeats", type=int, default=5)
    args = p.parse_args()
    rng = np.random.default_rng(0)
    f, s, n = args.filters, args.size, args.batch
    shapes = [(1, f, s), (f, f, s), (2 * f, f, s)]            # C_in, C_out, width
    for level in range(1, 5):
        c, w = f * 2 ** level, s // 2 ** level
        shapes += [(c // 2, c, w), (c, c, w)] + ([(2 * c, c, w)] if level < 4 else [])
    print(f"batch {n}; times in ms (GFLOP/s); * = the path tinyunet.conv picks")
    print(f"{'C_in->C_out @ size':22s} {'pass':6s} {'direct':>14s} "
          f"{'shifted':>14s} {'im2col':>14s}")
    workspace = Workspace()
    with workspace:
        for c_in, c_out, w in shapes:
            _one_shape(rng, n, c_in, c_out, w, args.repeats)


def _one_shape(rng, n, c_in, c_out, w, repeats):
    """Print one layer shape's three passes on every path."""
    x = rng.standard_normal((n, c_in, w, w)).astype(np.float32)
    weight = (0.1 * rng.standard_normal((c_out, c_in, 3, 3))).astype(np.float32)
    dy = rng.standard_normal((n, c_out, w, w)).astype(np.float32)
    flops = 2 * n * c_in * c_out * 9 * w * w
    one, pad = (1, 1), (1, 1)

    def kernel(inputs, backward):
        channels = c_in if backward else c_out
        out = np.empty((n, channels, w, w), np.float32)
        rows, groups = band_rows_and_channel_groups(n, w, w + 2, -(-channels // 4))
        return lambda: direct.forward_into(out, inputs, weight, None, False, None, rows, backward,
                                           groups)
    passes = {
        "fwd": (kernel(x, False),
                lambda: conv.conv2d_forward_shifted(x, weight, pad),
                lambda: conv.conv2d_forward_im2col(x, weight, one, pad),
                lambda: conv.conv2d_forward(x, weight, one, pad)),
        "dx": (kernel(dy, True),
               lambda: conv.conv2d_input_grad_shifted(dy, weight, pad),
               lambda: conv.conv2d_input_grad_im2col(dy, weight, x.shape, one, pad),
               lambda: conv.conv2d_input_grad(dy, weight, x.shape, one, pad)),
        "dW": (lambda: direct.conv3x3_weight_grad(x, dy),
               lambda: conv.conv2d_weight_grad_shifted(x, dy, (3, 3), pad),
               lambda: conv.conv2d_weight_grad_im2col(x, dy, (3, 3), one, pad),
               lambda: conv.conv2d_weight_grad(x, dy, (3, 3), one, pad)),
    }
    for name, (d, sh, im, chosen) in passes.items():
        cells = []
        for fn in (d, sh, im):
            t = median_time(fn, repeats) if fn is not None else None
            cells.append("-" if t is None else f"{t * 1e3:6.1f} ({flops / t / 1e9:3.0f})")
        cells[_picked(chosen, (d, sh, im))] += "*"
        print(f"{c_in:4d}->{c_out:<4d} @ {w:4d}      {name:6s} "
              + " ".join(f"{c:>14s}" for c in cells))


def _picked(chosen, fns):
    """Which of ``fns`` (direct, shifted, im2col) the dispatcher ran: the one whose result
    it matches exactly (each path rounds differently)."""
    result = chosen()
    for i, fn in enumerate(fns):
        if fn is not None and np.array_equal(fn(), result):
            return i
    return 0


if __name__ == "__main__":
    main()
