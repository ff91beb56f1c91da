"""Where one forward pass of a U-Net spends its time, layer by layer, inside the network.

    python benchmarks/forward_layers.py [--depth 4] [--filters 16] [--batch 8] [--size 256]
                                        [--steps 8] [--threads N] [--train] [--keep-freed-memory]

Runs ``--steps`` forward passes (the first two are warm-up) in a workspace, as ``predict`` does
(eval mode inside ``tinyunet.layers.inference()``; ``--train``: training mode, keeping what the
backward pass needs), and times every call of each 3x3 convolution, up-convolution and max-pool
as it happens, with the inputs the network gives it (cache state included, which a layer timed
alone does not have). Prints one row per layer shape: the median time per forward pass, summed
over the layers of that shape (a U-Net has two 3x3 convolutions of most shapes), and the share of
the whole pass. ``pair`` marks a decoder convolution reading its concatenated input as a pair.
"""
import argparse
import contextlib
import time
from collections import defaultdict

import numba
import numpy as np

from layer_timing import add_isa_argument, prepare
from step_setup import add_arguments, set_up
from tinyunet import layers


def _timed_forwards(times):
    """Wrap the forward of each timed layer class so that every call adds its seconds to
    ``times[(kind, C_in, C_out, size, pair)]``; returns a function that undoes it."""
    originals = {}
    for cls in (layers.Conv2d, layers.ConvTranspose2d, layers.MaxPool2d):
        original = cls.forward
        originals[cls] = original

        def timed(self, x, *args, _original=original, **kwargs):
            start = time.perf_counter()
            out = _original(self, x, *args, **kwargs)
            seconds = time.perf_counter() - start
            pair = isinstance(x, tuple)
            first = x[0] if pair else x
            c_in = sum(part.shape[1] for part in x) if pair else x.shape[1]
            c_out = getattr(self, "out_channels", c_in)
            times[(type(self).__name__, c_in, c_out, first.shape[-1], pair)].append(seconds)
            return out
        cls.forward = timed

    def undo():
        for cls, original in originals.items():
            cls.forward = original
    return undo


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(p, steps=8)
    p.add_argument("--threads", type=int, default=None, help="numba threads (default: all)")
    p.add_argument("--train", action="store_true", help="training-mode forward passes")
    add_isa_argument(p)
    args = p.parse_args(argv)
    if args.steps < 3:
        p.error("--steps must be at least 3 (two are warm-up)")
    prepare(args)
    model, x, _, workspace = set_up(args)
    if not args.train:
        model.eval()
    mode = contextlib.nullcontext if args.train else layers.inference
    times = defaultdict(list)
    undo = _timed_forwards(times)
    totals = []
    try:
        for step in range(args.steps):
            if step == 2:
                times.clear()
            start = time.perf_counter()
            with workspace, mode():
                model.forward(x)
            totals.append(time.perf_counter() - start)
    finally:
        undo()
    timed_steps = args.steps - 2
    total = float(np.median(totals[2:]))
    print(f"forward passes ({'training' if args.train else 'eval'} mode), depth {args.depth} x "
          f"{args.filters}, batch {args.batch}, {args.size}^2, {numba.get_num_threads()} threads: "
          f"median {total * 1e3:.1f} ms")
    print(f"{'layer':<16} {'C_in->C_out':>12} {'size':>5} {'pair':>5} {'ms':>8} {'share':>6}")
    inside = 0.0
    for (kind, c_in, c_out, size, pair), seconds in times.items():
        calls = len(seconds) // timed_steps           # layers of this shape in one pass
        ms = float(np.median(seconds)) * calls * 1e3
        inside += ms
        print(f"{kind:<16} {f'{c_in}->{c_out}':>12} {size:>5} {'yes' if pair else '':>5} "
              f"{ms:8.2f} {ms / (total * 1e3):6.1%}")
    print(f"{'outside these layers':<40} "
          f"{total * 1e3 - inside:14.2f} {1 - inside / (total * 1e3):6.1%}")


if __name__ == "__main__":
    main()
