"""Each convolution path on each 3x3 layer shape of a depth-4 U-Net: direct, shifted, im2col.

    python benchmarks/bench_conv_paths.py [--batch 8] [--size 256] [--filters 16] [--repeats 5]
    python benchmarks/bench_conv_paths.py --transposed [--filters 16]   # the up-convolutions
    python benchmarks/bench_conv_paths.py --torch [--filters 16]   # + PyTorch (oneDNN) per layer
    python benchmarks/bench_conv_paths.py --torch --isa avx2       # both compiled/capped for AVX2

Prints, per layer shape and pass (forward, input gradient, weight gradient), the median time
and GFLOP/s of the register-tiled direct numba kernels (tinyunet.fast.direct), the shifted-view BLAS
path and the im2col path, and which one tinyunet.conv dispatches to: the evidence for its choice
of path. Outputs come from a workspace, as in training. With ``--transposed``, the same for each
2x2 stride-2 transposed convolution (up-sampling layer) of the network: its forward pass,
input gradient and weight gradient on the patch kernels (tinyunet.fast.patches) and on im2col.

With ``--torch`` (needs ``pip install torch==2.13.0``) each 3x3 row also times PyTorch's own
kernels on the same arrays in channels_last (oneDNN): ``conv2d`` forward and
``convolution_backward`` for the input or the weight gradient, on as many threads as numba, and
prints PyTorch's time / the dispatched path's time (above 1: tinyunet faster). The process first
makes the benchmarks' "tuned" allocator setting (``tinyunet.fast.allocator.keep_freed_memory``), which
applies to both, as in ``bench_unet.py --allocator tuned``.
"""
import argparse

import numpy as np

from layer_timing import add_isa_argument, median_time, prepare
from tinyunet import conv
from tinyunet.fast import direct, patches
from tinyunet.workspace import Workspace


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--filters", type=int, default=16)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--transposed", action="store_true",
                   help="the 2x2 stride-2 transposed convolutions instead of the 3x3 layers")
    p.add_argument("--torch", action="store_true",
                   help="also time PyTorch's channels_last (oneDNN) kernels on each 3x3 layer")
    p.add_argument("--threads", type=int, default=None,
                   help="numba's threads, BLAS's (the shifted and im2col paths) and PyTorch's "
                   "with --torch (default: all)")
    add_isa_argument(p)
    args = p.parse_args()
    prepare(args, torch=args.torch)
    torch_ops = _torch_ops() if args.torch else None
    rng = np.random.default_rng(0)
    f, s, n = args.filters, args.size, args.batch
    # BLAS runs the shifted and im2col paths: it gets the same threads as numba and PyTorch
    # (a limit of this benchmark's own process, undone when it ends)
    from threadpoolctl import threadpool_limits
    blas_limit = threadpool_limits(limits=args.threads, user_api="blas")
    if args.transposed:
        with blas_limit:
            _transposed(rng, n, f, s, args.repeats)
        return
    shapes = [(1, f, s), (f, f, s), (2 * f, f, s)]            # C_in, C_out, width
    for level in range(1, 5):
        c, w = f * 2 ** level, s // 2 ** level
        shapes += [(c // 2, c, w), (c, c, w)] + ([(2 * c, c, w)] if level < 4 else [])
    print(f"batch {n}; times in ms (GFLOP/s); * = the path tinyunet.conv picks")
    print(f"{'C_in->C_out @ size':22s} {'pass':6s} {'direct':>14s} "
          f"{'shifted':>14s} {'im2col':>14s}"
          + (f" {'PyTorch':>14s} {'PyTorch/ours':>12s}" if torch_ops else ""))
    with Workspace(), blas_limit:
        for c_in, c_out, w in shapes:
            _one_shape(rng, n, c_in, c_out, w, args.repeats, torch_ops)


def _torch_ops():
    """PyTorch's three 3x3 passes on channels_last copies, each a function of the NumPy arrays
    (x, weight, dy) that returns the call to time, after
    the allocator setting both frameworks then share and with numba's thread count."""
    import numba
    import torch
    from tinyunet.fast.allocator import keep_freed_memory
    keep_freed_memory()
    torch.set_num_threads(numba.get_num_threads())

    def last(a):
        return torch.from_numpy(a).contiguous(memory_format=torch.channels_last)

    def backward(x, weight, dy, mask):
        xt, wt, dyt = last(x), last(weight), last(dy)
        return lambda: torch.ops.aten.convolution_backward(
            dyt, xt, wt, None, (1, 1), (1, 1), (1, 1), False, (0, 0), 1, mask)

    def forward(x, weight, dy):
        xt, wt = last(x), last(weight)
        return lambda: torch.nn.functional.conv2d(xt, wt, padding=1)

    return {"fwd": forward,
            "dx": lambda x, weight, dy: backward(x, weight, dy, (True, False, False)),
            "dW": lambda x, weight, dy: backward(x, weight, dy, (False, True, False))}


def _one_shape(rng, n, c_in, c_out, w, repeats, torch_ops=None):
    """Print one layer shape's three passes on every path."""
    x = rng.standard_normal((n, c_in, w, w)).astype(np.float32)
    weight = (0.1 * rng.standard_normal((c_out, c_in, 3, 3))).astype(np.float32)
    dy = rng.standard_normal((n, c_out, w, w)).astype(np.float32)
    flops = 2 * n * c_in * c_out * 9 * w * w
    one, pad = (1, 1), (1, 1)

    def kernel(inputs, backward):
        channels = c_in if backward else c_out
        out = np.empty((n, channels, w, w), np.float32)
        rows, groups = direct.band_plan(n, inputs.shape[1], w, w, channels, inputs.itemsize)
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
        cells, picked_time = _path_cells((d, sh, im), chosen, flops, repeats)
        if torch_ops:
            t = median_time(torch_ops[name](x, weight, dy), repeats)
            cells += [_cell(t, flops), f"{t / picked_time:.2f}"]
        _print_row(c_in, c_out, w, name, cells)


def _cell(t, flops):
    """A time in ms with its GFLOP/s."""
    return f"{t * 1e3:6.1f} ({flops / t / 1e9:3.0f})"


def _path_cells(fns, chosen, flops, repeats):
    """Time each of ``fns`` (None: not available, '-'), mark the one ``chosen`` runs with '*';
    returns the cells and the chosen path's time."""
    times = [median_time(fn, repeats) if fn is not None else None for fn in fns]
    cells = ["-" if t is None else _cell(t, flops) for t in times]
    picked = _picked(chosen, fns)
    cells[picked] += "*"
    return cells, times[picked]


def _print_row(c_in, c_out, w, name, cells):
    print(f"{c_in:4d}->{c_out:<4d} @ {w:4d}      {name:6s} "
          + " ".join(f"{c:>14s}" for c in cells))


def _transposed(rng, n, f, s, repeats):
    """Print each up-convolution's three passes on the patch kernels and on im2col."""
    print(f"batch {n}; times in ms (GFLOP/s); * = the path tinyunet.conv picks")
    print(f"{'C_in->C_out @ size':22s} {'pass':6s} {'patches':>14s} {'im2col':>14s}")
    two, none = (2, 2), (0, 0)
    with Workspace():
        for level in range(4, 0, -1):
            c_in, w = f * 2 ** level, s // 2 ** level
            c_out = c_in // 2
            x = rng.standard_normal((n, c_in, w, w)).astype(np.float32)
            # a transposed convolution's weight (C_in, C_out, 2, 2) is the 2x2 stride-2
            # convolution's (O, C, 2, 2) with O = C_in: its forward pass is that convolution's
            # input gradient, and the other way round
            weight = (0.1 * rng.standard_normal((c_in, c_out, 2, 2))).astype(np.float32)
            dy = rng.standard_normal((n, c_out, 2 * w, 2 * w)).astype(np.float32)
            flops = 2 * n * c_in * c_out * 4 * w * w
            passes = {
                "fwd": (lambda: patches.patch2_input_grad(x, weight),
                        lambda: conv.conv2d_input_grad_im2col(x, weight, dy.shape, two, none),
                        lambda: conv.conv2d_input_grad(x, weight, dy.shape, two, none)),
                "dx": (lambda: patches.patch2_forward(dy, weight),
                       lambda: conv.conv2d_forward_im2col(dy, weight, two, none),
                       lambda: conv.conv2d_forward(dy, weight, two, none)),
                "dW": (lambda: patches.patch2_weight_grad(dy, x),
                       lambda: conv.conv2d_weight_grad_im2col(dy, x, two, two, none),
                       lambda: conv.conv2d_weight_grad(dy, x, two, two, none)),
            }
            for name, (patch, im, chosen) in passes.items():
                _print_row(c_in, c_out, w, name,
                           _path_cells((patch, im), chosen, flops, repeats)[0])


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
