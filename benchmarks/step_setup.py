"""What benchmarks/step_time.py and benchmarks/profile_step.py share: their flags for one U-Net
on one random batch, and the conditions those flags set up (a workspace, as the training loop
uses, or none; optionally the process-wide allocator setting of tinyunet/allocator.py)."""
import argparse
import contextlib

import numpy as np

from tinyunet import UNet
from tinyunet.workspace import Workspace


def add_arguments(p: argparse.ArgumentParser, steps: int) -> None:
    p.add_argument("--depth", type=int, default=4)
    p.add_argument("--filters", type=int, default=16)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--steps", type=int, default=steps)
    p.add_argument("--workspace", choices=("on", "off"), default="on")
    p.add_argument("--keep-freed-memory", action="store_true")


def set_up(args):
    """(model, x, y, workspace or a null context) for parsed ``args``; makes the allocator call
    first if ``--keep-freed-memory``."""
    if args.keep_freed_memory:
        from tinyunet.fast.allocator import keep_freed_memory
        keep_freed_memory()
    workspace = Workspace() if args.workspace == "on" else contextlib.nullcontext()
    model = UNet(depth=args.depth, base_filters=args.filters)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((args.batch, 1, args.size, args.size)).astype(np.float32)
    return model, x, (x > 0).astype(np.float32), workspace
