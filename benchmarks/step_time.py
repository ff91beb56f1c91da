"""Median time of whole training steps (forward, loss, backward, Adam) of one U-Net.

    python benchmarks/step_time.py [--depth 4] [--filters 16] [--batch 8] [--size 256] [--steps 5]

Prints one JSON line: the median over ``--steps`` steps after two warm-up steps, and the last
loss (equal losses show that two versions of the code compute the same thing). Used to check
that a change leaves the speed as it was: run it for both versions, interleaved, a few times
(``PYTHONPATH=/path/to/other/checkout`` selects the other version). Steps run in a workspace, as
the training loop's do (``--workspace off``: without); ``--keep-freed-memory`` also makes the
process-wide allocator setting of tinyunet/allocator.py.
"""
import argparse
import json
import resource
import time

import numpy as np

from step_setup import add_arguments, set_up
from tinyunet import Adam, bce_dice_loss


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(p, steps=5)
    args = p.parse_args(argv)
    model, x, y, workspace = set_up(args)
    optimizer = Adam(model.parameters(), lr=1e-3)
    times = []
    for _ in range(args.steps + 2):
        start = time.perf_counter()
        with workspace:
            optimizer.zero_grad()
            loss, dlogits = bce_dice_loss(model.forward(x), y)
            model.backward(dlogits, input_grad=False)
            optimizer.step()
        times.append(time.perf_counter() - start)
    from tinyunet.fast.target import TARGET
    print(json.dumps(dict(median_seconds=float(np.median(times[2:])), loss=float(loss),
                          instruction_set=TARGET.describe(),
                          peak_rss_gib=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                             / 2**20, 3),
                          kept=repr(workspace), **vars(args))))


if __name__ == "__main__":
    main()
