"""Does PyTorch slow tinyunet down (or the other way round) when both run in one process?

    python benchmarks/same_process.py [--threads 2] [--repeats 15] [--isa avx2]

A notebook that compares the two, the benchmarks' per-layer tables and the PyTorch tests all
call one framework right after the other. Each framework has its own thread pool (numba's
threading layer; PyTorch's OpenMP runtime, whose threads spin for a while after a parallel
region before they sleep), so right after one framework's call its threads may still hold the
cores that the other's threads need. This script times, in one process:

* one 3x3 convolution forward pass (32 -> 32 channels, 128 px, batch 8) of each framework, its
  calls back to back, and each call right after one of the other framework's;
* one training step of a depth-4, 16-filter U-Net (batch 8, 256 px) of each, back to back and
  alternating with the other's step;

and prints each framework's median time "after the other" over "after itself" (1.00: no
effect; above 1: slowed down). Both run on the same arrays, threads and instruction set.
"""
import argparse
import statistics
import time

import numba
import numpy as np

from layer_timing import add_isa_argument, prepare


def _median_after(fn, before, repeats):
    """Median seconds of ``fn()``, each call right after ``before()`` (untimed)."""
    fn()
    times = []
    for _ in range(repeats):
        before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _compare(name, ours, theirs, repeats):
    """Rows for tinyunet (``ours``) and PyTorch (``theirs``), each after itself and after the
    other, interleaved in two rounds to spread the machine's drift over both."""
    cells = {key: [] for key in ("tt", "tp", "pp", "pt")}
    for _ in range(2):
        cells["tt"].append(_median_after(ours, ours, repeats))
        cells["tp"].append(_median_after(ours, theirs, repeats))
        cells["pp"].append(_median_after(theirs, theirs, repeats))
        cells["pt"].append(_median_after(theirs, ours, repeats))
    med = {k: statistics.median(v) * 1000 for k, v in cells.items()}
    print(f"{name:32s} tinyunet {med['tt']:8.2f} ms alone, {med['tp']:8.2f} after PyTorch "
          f"({med['tp'] / med['tt']:.2f}x); PyTorch {med['pp']:8.2f} ms alone, "
          f"{med['pt']:8.2f} after tinyunet ({med['pt'] / med['pp']:.2f}x)", flush=True)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--threads", type=int, default=None, help="both frameworks' threads")
    p.add_argument("--repeats", type=int, default=15)
    add_isa_argument(p)
    args = p.parse_args(argv)
    prepare(args, torch=True)
    import torch

    from tinyunet import Adam, UNet, bce_with_logits, conv
    from tinyunet.workspace import Workspace
    from torch_unet import TorchUNet
    threads = numba.get_num_threads()
    torch.set_num_threads(threads)
    print(f"{threads} threads each; numba threading layer: ", end="")
    rng = np.random.default_rng(0)

    x = rng.standard_normal((8, 32, 128, 128)).astype(np.float32)
    w = rng.standard_normal((32, 32, 3, 3)).astype(np.float32)
    xt = torch.from_numpy(x).contiguous(memory_format=torch.channels_last)
    wt = torch.from_numpy(w).contiguous(memory_format=torch.channels_last)
    workspace = Workspace()

    def ours_conv():
        with workspace:
            conv.conv2d_forward(x, w, (1, 1), (1, 1))

    def theirs_conv():
        with torch.no_grad():
            torch.nn.functional.conv2d(xt, wt, padding=1)
    ours_conv()
    print(numba.threading_layer(), flush=True)
    _compare("conv 32->32 @128, batch 8", ours_conv, theirs_conv, args.repeats)

    images = rng.standard_normal((8, 1, 256, 256)).astype(np.float32)
    masks = (rng.random((8, 1, 256, 256)) > 0.7).astype(np.float32)
    model = UNet(depth=4, base_filters=16, seed=0)
    opt = Adam(model.parameters(), lr=1e-4)
    net = TorchUNet(UNet(depth=4, base_filters=16, seed=0)).to(memory_format=torch.channels_last)
    opt_t = torch.optim.Adam(net.parameters(), lr=1e-4)
    it = torch.from_numpy(images).contiguous(memory_format=torch.channels_last)
    mt = torch.from_numpy(masks)
    loss_fn = torch.nn.BCEWithLogitsLoss()

    def ours_step():
        with workspace:
            opt.zero_grad()
            _, d = bce_with_logits(model.forward(images), masks)
            model.backward(d, input_grad=False)
            opt.step()

    def theirs_step():
        opt_t.zero_grad()
        loss_fn(net(it), mt).backward()
        opt_t.step()
    _compare("training step d4x16 @256, batch 8", ours_step, theirs_step,
             max(3, args.repeats // 3))


if __name__ == "__main__":
    main()
