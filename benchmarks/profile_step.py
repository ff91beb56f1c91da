"""Where one training step's time goes, by layer type: forward + backward of a U-Net.

    python benchmarks/profile_step.py [--depth 4] [--filters 16] [--batch 8] [--size 256]

Prints the time of each forward + backward (no optimiser) with its page faults and system time,
and the seconds spent in each layer type's forward and backward, averaged over the steps after
the first (which compiles). The steps run in a workspace as the training loop's do; run it with
``--workspace off`` to see what the workspace saves, and ``--keep-freed-memory`` for the
process-wide allocator setting (``tinyunet/allocator.py``) instead.
"""
import argparse
import resource
import time
from collections import defaultdict

import numpy as np

from step_setup import add_arguments, set_up
from tinyunet import bce_with_logits
from tinyunet import layers as L


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(p, steps=4)
    p.add_argument("--forward-only", action="store_true", help="eval-mode forward passes only")
    args = p.parse_args()
    from tinyunet.fast.target import TARGET
    print(f"tinyunet: {TARGET.describe()}", flush=True)
    model, x, y, workspace = set_up(args)
    times = defaultdict(float)
    for cls in (L.Conv2d, L.ConvTranspose2d, L.MaxPool2d, L.ReLU, L.Concat):
        for method in ("forward", "backward"):
            original = getattr(cls, method)

            def timed(self, *a, _original=original, _key=(cls.__name__, method), **k):
                start = time.perf_counter()
                out = _original(self, *a, **k)
                times[_key] += time.perf_counter() - start
                return out
            setattr(cls, method, timed)
    totals = []
    for step in range(args.steps):
        if step == 1:
            times.clear()
        before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        with workspace:
            if args.forward_only:
                with model.evaluating():
                    model.forward(x)
            else:
                _, d = bce_with_logits(model.forward(x), y)
                model.backward(d, input_grad=False)
        totals.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_SELF)
        print(f"step {step}: {'forward' if args.forward_only else 'forward + backward'} "
              f"{totals[-1]:.3f} s, "
              f"{after.ru_minflt - before.ru_minflt} page faults, "
              f"{after.ru_stime - before.ru_stime:.2f} s system time")
    n = args.steps - 1
    print(f"mean of steps 1..{n}: {np.mean(totals[1:]):.3f} s")
    for (name, method), seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:16s} {method:8s} {seconds / n:.3f} s")


if __name__ == "__main__":
    main()
