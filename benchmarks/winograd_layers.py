"""Winograd's F(2x2, 3x3) against the direct kernel, per 3x3 layer of a U-Net: forward, input
gradient and weight gradient, the same arrays, in one process, interleaved.

    python benchmarks/winograd_layers.py [--size 128] [--filters 16] [--threads 1]

For each layer shape (C_in -> C_out at its map size) both kernels write into their own output;
the times are medians of ``--repeats`` calls after a warm-up, each kernel's GFLOP/s counts the
direct sum's multiply-adds (2 N C O 9 H W), so Winograd's is an *effective* rate; "x" is the
direct kernel's time over Winograd's; "err" the largest difference between the two outputs
over the largest output. Layers Winograd's kernel does not take (:func:`winograd.usable`,
:func:`winograd_grad.usable` for the weight gradient "dW", with its bias gradient) are marked
"-".
"""
import argparse

import numpy as np

from layer_timing import add_layer_arguments, median_time, prepare
from tinyunet.fast import direct, winograd, winograd_grad


def layer_shapes(depth: int, filters: int, size: int) -> list[tuple[int, int, int]]:
    """(C_in, C_out, width) of every 3x3 layer but the first: encoder, bottom, decoder."""
    shapes = [(filters, filters, size)]
    for level in range(1, depth + 1):
        c, w = filters * 2 ** level, size // 2 ** level
        shapes += [(c // 2, c, w), (c, c, w)]
    for level in range(depth - 1, -1, -1):
        c, w = filters * 2 ** level, size // 2 ** level
        shapes += [(2 * c, c, w)]
    return shapes


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_layer_arguments(p, filters=16)
    p.set_defaults(size=128)
    args = p.parse_args()
    prepare(args)
    rng = np.random.default_rng(0)
    n = args.batch
    print(f"batch {n}; times in ms (GFLOP/s; Winograd's effective)")
    print(f"{'C_in->C_out @ size':>20} {'pass':>4} {'direct':>14} {'winograd':>14} {'x':>5} "
          f"{'err':>8}")
    totals = {name: [0.0, 0.0] for name in ("fwd", "dx", "dW")}
    for c_in, c_out, w in layer_shapes(args.depth, args.filters, args.size):
        x = rng.standard_normal((n, c_in, w, w)).astype(np.float32)
        dy = rng.standard_normal((n, c_out, w, w)).astype(np.float32)
        weight = (0.1 * rng.standard_normal((c_out, c_in, 3, 3))).astype(np.float32)
        flops = 2 * n * c_in * c_out * 9 * w * w
        for name, inputs, backward in (("fwd", x, False), ("dx", dy, True)):
            out_c = c_in if backward else c_out
            a = np.empty((n, out_c, w, w), np.float32)
            b = np.empty_like(a)
            rows, groups = direct.band_plan(n, inputs.shape[1], w, w, out_c, 4)
            t_direct = median_time(lambda: direct.forward_into(
                a, inputs, weight, None, False, None, rows, backward, groups), args.repeats)
            cell = f"{t_direct * 1e3:6.2f} ({flops / t_direct / 1e9:4.0f})"
            if not (winograd.usable(inputs.shape) and out_c >= winograd.MIN_CHANNELS):
                print(f"{c_in:>8}->{c_out:<5} @ {w:>4} {name:>4} {cell:>14} {'-':>14}")
                continue
            t_wino = median_time(lambda: winograd.forward_into(
                b, inputs, weight, None, False, None, backward), args.repeats)
            err = np.abs(a - b).max() / np.abs(a).max()
            totals[name][0] += t_direct
            totals[name][1] += t_wino
            print(f"{c_in:>8}->{c_out:<5} @ {w:>4} {name:>4} {cell:>14} "
                  f"{t_wino * 1e3:6.2f} ({flops / t_wino / 1e9:4.0f}) "
                  f"{t_direct / t_wino:5.2f} {err:8.1e}", flush=True)
        t_direct = median_time(lambda: direct.conv3x3_weight_and_bias_grad(x, dy), args.repeats)
        cell = f"{t_direct * 1e3:6.2f} ({flops / t_direct / 1e9:4.0f})"
        if not winograd_grad.usable(x.shape, c_out):
            print(f"{c_in:>8}->{c_out:<5} @ {w:>4} {'dW':>4} {cell:>14} {'-':>14}")
            continue
        t_wino = median_time(lambda: winograd_grad.weight_and_bias_grad(x, dy), args.repeats)
        a, b = direct.conv3x3_weight_and_bias_grad(x, dy)[0], winograd_grad.weight_and_bias_grad(
            x, dy)[0]
        totals["dW"][0] += t_direct
        totals["dW"][1] += t_wino
        print(f"{c_in:>8}->{c_out:<5} @ {w:>4} {'dW':>4} {cell:>14} "
              f"{t_wino * 1e3:6.2f} ({flops / t_wino / 1e9:4.0f}) {t_direct / t_wino:5.2f} "
              f"{np.abs(a - b).max() / np.abs(a).max():8.1e}", flush=True)
    for name, (d, w) in totals.items():
        if w:
            print(f"{name}, layers Winograd takes, in all: direct {d * 1e3:.1f} ms, Winograd "
                  f"{w * 1e3:.1f} ms ({d / w:.2f}x)")


if __name__ == "__main__":
    main()
