"""UNet.memory_estimate against the measured memory of training steps.

    python benchmarks/memory_estimate.py [--configs 4x16,4x32,3x16] [--batch 8] [--size 256]
                                         [--workspace on|off]

Each configuration runs in a fresh process whose steps draw from a workspace as the training
loop's do (``--workspace off``: plain NumPy allocation, what the network itself needs), compiles the kernels on a tiny problem, builds the model, optimiser and batch, reads its
resident memory, runs 4 training steps, and reads the peak (``ru_maxrss``). The measured step
memory is ``peak - resident before the steps``: what the steps add to the process, which is what
``memory_estimate`` estimates. Prints both and their ratio.
"""
import argparse
import json
import os
import resource
import subprocess
import sys


def worker(depth: int, filters: int, batch: int, size: int, use_workspace: int) -> dict:
    import contextlib

    import numpy as np
    from tinyunet import Adam, UNet, bce_dice_loss
    from tinyunet.workspace import Workspace
    workspace = Workspace() if use_workspace else contextlib.nullcontext()

    def step(model, opt, x, y):
        with workspace:
            opt.zero_grad()
            loss, dlogits = bce_dice_loss(model.forward(x), y)
            model.backward(dlogits, input_grad=False)
            opt.step()

    small = UNet(depth=depth, base_filters=2)
    tiny = np.zeros((1, 1, 2 ** depth * 2, 2 ** depth * 2), np.float32)
    step(small, Adam(small.parameters()), tiny, tiny)                  # compile
    model = UNet(depth=depth, base_filters=filters)
    opt = Adam(model.parameters())
    x = np.random.default_rng(0).standard_normal((batch, 1, size, size)).astype(np.float32)
    y = (x > 0).astype(np.float32)
    before = int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    for _ in range(4):
        step(model, opt, x, y)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    estimate = model.memory_estimate((batch, 1, size, size))
    return dict(config=f"d{depth}x{filters}", measured_bytes=peak - before,
                estimate_bytes=estimate["total"], parts=estimate)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--configs", default="4x16,4x32,3x16")
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--workspace", choices=("on", "off"), default="on")
    p.add_argument("--worker", nargs=5, type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return
    from tinyunet.fast.target import TARGET
    print(f"tinyunet: {TARGET.describe()}")
    print(f"{'config':<8}{'estimate':>12}{'measured':>12}{'ratio':>8}   (batch {args.batch}, "
          f"{args.size}^2, GiB, workspace {args.workspace})")
    for config in args.configs.split(","):
        depth, filters = map(int, config.split("x"))
        out = subprocess.run([sys.executable, __file__, "--worker", str(depth), str(filters),
                              str(args.batch), str(args.size), str(int(args.workspace == "on"))],
                             capture_output=True, text=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['config']:<8}{r['estimate_bytes'] / 2**30:>12.3f}"
              f"{r['measured_bytes'] / 2**30:>12.3f}"
              f"{r['estimate_bytes'] / r['measured_bytes']:>8.2f}")


if __name__ == "__main__":
    main()
