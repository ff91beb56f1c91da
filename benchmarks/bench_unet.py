"""Speed and memory of a tinyunet training step against PyTorch on the CPU, side by side.

    python benchmarks/bench_unet.py                       # depth 4 x 16, 4 x 32, 3 x 16; 1 and 2 threads
    python benchmarks/bench_unet.py --configs 4x16 --threads 2 --json out.json
    python benchmarks/bench_unet.py --scaling             # sizes 128/256/512, batches 1/8/16
    python benchmarks/bench_unet.py --cold-start          # first step in a fresh process
    python benchmarks/bench_unet.py --inference --cold-start   # batch 1 at 256 and 512, eval mode
    python benchmarks/bench_unet.py --allocator tuned     # both under glibc mallopt (allocator.py)
    python benchmarks/bench_unet.py --isa avx2            # both compiled/capped for AVX2 (isa.py)

Every measurement runs in a fresh subprocess, so "peak memory" is that process's peak resident
set (ru_maxrss), imports included. One training step = forward, BCE-with-logits loss, backward,
Adam step; times are medians over ``--steps`` steps after ``--warmup`` steps, and with
``--rounds K`` the median over K fresh processes per measurement, run interleaved. GFLOP/s counts
2 * multiply-adds of the convolutions (forward: 1x, training step: 3x). ``--inference`` times the
forward pass alone in eval mode (PyTorch under ``torch.inference_mode``), batch 1.

Both frameworks always run under the same allocator conditions: ``--allocator default`` leaves
glibc's malloc as it ships in every worker (tinyunet then relies on its own workspace, as its
training loop and ``predict`` do); ``--allocator tuned`` makes the same process-wide ``mallopt``
call (``tinyunet.fast.allocator.keep_freed_memory``) in every worker, which a PyTorch user can also
get from glibc's environment variables. Report the stricter of the two.

Both frameworks also run on the same instruction set: the host's (``--isa native``), or with
``--isa avx2`` numba compiled for AVX2 and PyTorch's oneDNN, ATen and OpenBLAS capped to it in
every worker (``benchmarks/isa.py``). The output names what each side ran on.

Before timing, the PyTorch twin (same weights) must give the same loss and the same gradients
on the same batch, or the comparison is refused. PyTorch is optional: without it only tinyunet
is measured. Never assert speed in tests; this script is where speed lives.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import isa  # noqa: E402  (benchmarks/isa.py)


def conv_flops(model, shape) -> float:
    """Forward FLOPs (2 per multiply-add) of every convolution for one batch of ``shape``."""
    from tinyunet.layers import Conv2d, ConvTranspose2d
    total = 0.0
    prev = shape
    for _, layer, out_shape, _ in model.leaf_rows(shape):
        if isinstance(layer, Conv2d):
            kh, kw = layer.kernel_size
            total += 2 * out_shape[0] * out_shape[1] * out_shape[2] * out_shape[3] * \
                layer.in_channels * kh * kw
        elif isinstance(layer, ConvTranspose2d):
            kh, kw = layer.kernel_size
            total += 2 * prev[0] * prev[2] * prev[3] * layer.in_channels * \
                layer.out_channels * kh * kw
        prev = out_shape
    return total


# ---------------------------------------------------------------------------------------------
# worker: one implementation, one configuration, one thread count, in its own process
# ---------------------------------------------------------------------------------------------


def worker(impl, depth, filters, batch, size, threads, steps, warmup, mode="train") -> dict:
    """Time ``impl`` in this process: training steps and forward passes (``mode`` "train"), or
    forward passes in eval mode only ("infer")."""
    import resource

    import numpy as np
    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch, 1, size, size)).astype(np.float32)
    y = (rng.random((batch, 1, size, size)) > 0.7).astype(np.float32)
    t0 = time.perf_counter()
    if impl == "tinyunet":
        import numba
        from threadpoolctl import threadpool_limits
        from tinyunet import Adam, UNet, bce_with_logits
        from tinyunet.layers import inference
        from tinyunet.workspace import Workspace
        numba.set_num_threads(threads)
        limiter = threadpool_limits(threads)
        model = UNet(depth=depth, base_filters=filters, seed=0)
        opt = Adam(model.parameters(), lr=1e-4)
        workspace = Workspace()     # as in tinyunet's training loop and predict

        def step():
            with workspace:
                opt.zero_grad()
                _, d = bce_with_logits(model.forward(x), y)
                model.backward(d, input_grad=False)   # as PyTorch: the input needs no gradient
                opt.step()

        def forward():
            with workspace, inference() if mode == "infer" else contextlib.nullcontext():
                model.forward(x)
        if mode == "infer":
            model.eval()        # and each forward inside inference(), as predict does
    else:
        import torch
        from tinyunet import UNet
        from torch_unet import TorchUNet
        torch.set_num_threads(threads)
        net = TorchUNet(UNet(depth=depth, base_filters=filters, seed=0))
        xt, yt = torch.from_numpy(x), torch.from_numpy(y)
        if impl == "torch-channels_last":
            net = net.to(memory_format=torch.channels_last)
            xt = xt.contiguous(memory_format=torch.channels_last)
        opt = torch.optim.Adam(net.parameters(), lr=1e-4)
        loss_fn = torch.nn.BCEWithLogitsLoss()

        def step():
            opt.zero_grad()
            loss_fn(net(xt), yt).backward()
            opt.step()

        def forward():
            with torch.inference_mode() if mode == "infer" else torch.no_grad():
                net(xt)
        if mode == "infer":
            net.eval()
    first = None
    times = dict(step=None)
    timed = (("forward", forward),) if mode == "infer" else (("step", step), ("forward", forward))
    for name, fn in timed:
        for i in range(warmup):
            fn()
            if first is None:
                first = time.perf_counter() - t0
        samples = []
        for _ in range(steps):
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
        times[name] = statistics.median(samples)
    info = {}
    if impl == "tinyunet":
        import numba
        from threadpoolctl import threadpool_info
        info = dict(numba_threading_layer=numba.threading_layer(),
                    blas=[{k: d.get(k) for k in ("internal_api", "version", "architecture",
                                                 "num_threads")} for d in threadpool_info()])
        limiter.unregister()
    from tinyunet.fast import allocator
    info["keeps_freed_memory"] = allocator.applied()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return dict(impl=impl, depth=depth, filters=filters, batch=batch, size=size,
                threads=threads, mode=mode, step_s=times["step"], forward_s=times["forward"],
                first_step_s=first, peak_bytes=peak, **info)


def run_worker(args_list, env=None) -> dict:
    """One worker process (``--worker ARGS``) with ``env`` (default: the ``--isa`` one)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", *map(str, args_list)]
    out = subprocess.run(cmd, capture_output=True, text=True,
                         env=_WORKER_ENV if env is None else env)
    if out.returncode != 0:
        raise RuntimeError(f"worker {args_list} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------
# equivalence check
# ---------------------------------------------------------------------------------------------


def check_equivalence(depth, filters, size=64, batch=2) -> dict:
    """Same loss and gradients in tinyunet and the PyTorch twin (float32, same weights)."""
    import numpy as np
    import torch
    from tinyunet import UNet, bce_with_logits
    from torch_unet import TorchUNet
    rng = np.random.default_rng(1)
    x = rng.standard_normal((batch, 1, size, size)).astype(np.float32)
    y = (rng.random((batch, 1, size, size)) > 0.7).astype(np.float32)
    model = UNet(depth=depth, base_filters=filters, seed=0)
    net = TorchUNet(model)
    loss, d = bce_with_logits(model.forward(x), y)
    model.backward(d)
    loss_t = torch.nn.BCEWithLogitsLoss()(net(torch.from_numpy(x)), torch.from_numpy(y))
    loss_t.backward()
    grads_t = net.named_grads()
    worst = 0.0
    for name, _, grad in model.parameters():
        g_t = grads_t[name]
        worst = max(worst, float(np.linalg.norm(grad - g_t) / (np.linalg.norm(g_t) + 1e-30)))
    result = dict(loss_tinyunet=loss, loss_torch=float(loss_t.detach()), max_grad_rel_diff=worst)
    result["ok"] = abs(loss - result["loss_torch"]) < 1e-5 * max(1, abs(loss)) and worst < 1e-3
    return result


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------


def matmul_peak(threads: int, n: int = 4096) -> float:
    """Best of 5 float32 ``n x n`` matrix products through NumPy's BLAS, in GFLOP/s."""
    import numpy as np
    from threadpoolctl import threadpool_limits
    a = np.random.default_rng(0).standard_normal((n, n)).astype(np.float32)
    with threadpool_limits(threads, user_api="blas"):
        a @ a
        best = min(_timed(lambda: a @ a) for _ in range(5))
    return 2 * n ** 3 / best / 1e9


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _host_cpu() -> str:
    """The host's CPU model and whether it has AVX-512F and AVX2 (whatever numba compiles for)."""
    import llvmlite.binding as ll
    from tinyunet.fast.target import host_cpu_model
    features = ll.get_host_cpu_features()
    best = ("AVX-512" if features.get("avx512f", False) else
            "AVX2" if features.get("avx2", False) else "no AVX2")
    return f"{host_cpu_model()}, {best}"


def have_torch() -> bool:
    try:
        import torch  # noqa: F401
        return True
    except ImportError:
        return False


# The environment of every worker: the instruction set of --isa (main sets it)
_WORKER_ENV = None


def fmt_bytes(b):
    return f"{b / 2**30:.2f} GiB"


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--worker", nargs=10, help=argparse.SUPPRESS)
    p.add_argument("--configs", default="4x16,4x32,3x16", help="depth x filters list (%(default)s)")
    p.add_argument("--threads", default="1,2", help="%(default)s")
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--steps", type=int, default=10)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--rounds", type=int, default=1,
                   help="fresh processes per measurement, interleaved; the median is reported "
                        "(%(default)s)")
    p.add_argument("--scaling", action="store_true", help="sizes 128/256/512 x batches 1/8/16")
    p.add_argument("--cold-start", action="store_true",
                   help="the first step (with --inference: the first prediction) in a fresh "
                        "process, tinyunet with an empty and a filled numba cache")
    p.add_argument("--inference", action="store_true",
                   help="batch-1 forward passes in eval mode at 256 and 512 px")
    p.add_argument("--no-torch", action="store_true", help="measure tinyunet only")
    p.add_argument("--matmul-peak", action="store_true",
                   help="only measure NumPy's float32 matmul GFLOP/s on a large square product")
    p.add_argument("--allocator", choices=("default", "tuned"), default="default",
                   help="every worker, both frameworks: 'default' glibc's malloc as it ships, "
                        "'tuned' tinyunet.fast.allocator.keep_freed_memory() (%(default)s)")
    p.add_argument("--isa", choices=sorted(isa.ISAS), default="native",
                   help="instruction set of every worker, both frameworks (%(default)s)")
    p.add_argument("--json", help="write the results here")
    p.add_argument("--markdown", help="write the results as Markdown tables here")
    args = p.parse_args(argv)
    global _WORKER_ENV
    _WORKER_ENV = isa.isa_env(args.isa)
    if args.worker:
        impl, *nums, mode, allocator = args.worker
        if allocator == "tuned":      # the same process-wide setting for either framework
            from tinyunet.fast.allocator import keep_freed_memory
            keep_freed_memory()
        print(json.dumps(worker(impl, *map(int, nums), mode=mode)))
        return 0

    import numpy as np
    if args.matmul_peak:
        for threads in map(int, args.threads.split(",")):
            print(f"numpy float32 matmul, 4096x4096, {threads} thread(s): "
                  f"{matmul_peak(threads):.0f} GFLOP/s")
        return 0
    from tinyunet import UNet
    torch_ok = have_torch() and not args.no_torch
    impls = ["tinyunet"] + (["torch-nchw", "torch-channels_last"] if torch_ok else [])
    report = dict(date=time.strftime("%Y-%m-%d"), machine=platform.processor() or platform.machine(),
                  cpus=os.cpu_count(), python=platform.python_version(),
                  numpy=np.__version__, torch=None, results=[], equivalence={},
                  allocator=args.allocator, mode="infer" if args.inference else "train",
                  isa=args.isa, host_cpu=_host_cpu(),
                  tinyunet_isa=isa.tinyunet_isa_in(_WORKER_ENV), torch_isa=None)
    if torch_ok:
        import torch
        report["torch"] = torch.__version__
        report["torch_isa"] = isa.torch_isa(_WORKER_ENV)
    print(f"{report['machine']} ({report['host_cpu']}), {report['cpus']} CPUs, numpy "
          f"{report['numpy']}, torch {report['torch'] or 'not installed'}\n"
          f"instruction set (--isa {args.isa}): tinyunet {report['tinyunet_isa']}; "
          f"PyTorch {report['torch_isa'] or '-'}")

    jobs = []
    if args.inference:
        for cfg in args.configs.split(","):
            depth, filters = map(int, cfg.split("x"))
            for size in (256, 512):
                for threads in map(int, args.threads.split(",")):
                    for impl in impls:
                        jobs.append((impl, depth, filters, 1, size, threads))
    elif args.scaling:
        for size in (128, 256, 512):
            for batch in (1, 8, 16):
                for impl in (impls[0], impls[-1]):   # tinyunet and the best PyTorch layout
                    jobs.append((impl, 4, 16, batch, size, 2))
    else:
        for cfg in args.configs.split(","):
            depth, filters = map(int, cfg.split("x"))
            if torch_ok:
                eq = check_equivalence(depth, filters)
                report["equivalence"][cfg] = eq
                print(f"equivalence {cfg}: loss {eq['loss_tinyunet']:.6f} vs {eq['loss_torch']:.6f},"
                      f" max gradient rel. diff {eq['max_grad_rel_diff']:.1e} -> "
                      f"{'OK' if eq['ok'] else 'MISMATCH'}")
                if not eq["ok"]:
                    print("refusing to compare implementations that disagree", file=sys.stderr)
                    return 1
            for threads in map(int, args.threads.split(",")):
                for impl in impls:
                    jobs.append((impl, depth, filters, args.batch, args.size, threads))

    # Every job runs in --rounds fresh processes, the rounds interleaved (all jobs once, then all
    # again), and reports the median: one process to the next, this shared machine's speed
    # drifts by up to 10 %, more than within a process.
    runs = {job: [] for job in jobs}
    for round_index in range(args.rounds):
        if args.rounds > 1:
            print(f"round {round_index + 1} of {args.rounds}", flush=True)
        for job in jobs:
            runs[job].append(run_worker(list(job) + [args.steps, args.warmup, report["mode"],
                                                     args.allocator]))
    rows = []
    for job in jobs:
        r = dict(runs[job][0])
        for key in ("step_s", "forward_s", "peak_bytes"):
            values = [run[key] for run in runs[job]]
            r[key + "_rounds"] = values
            r[key] = None if None in values else statistics.median(values)
        model = UNet(depth=r["depth"], base_filters=r["filters"])
        flops = conv_flops(model, (r["batch"], 1, r["size"], r["size"]))
        r["forward_gflops"] = flops / r["forward_s"] / 1e9
        if r["step_s"] is None:
            r["images_per_s"] = r["batch"] / r["forward_s"]
            step_text = f"predict {r['images_per_s']:.1f} img/s, {r['forward_gflops']:.0f} GFLOP/s"
        else:
            r["step_gflops"] = 3 * flops / r["step_s"] / 1e9
            r["images_per_s"] = r["batch"] / r["step_s"]
            step_text = (f"step {r['step_s']:.3f}s ({r['images_per_s']:.1f} img/s, "
                         f"{r['step_gflops']:.0f} GFLOP/s)")
        rows.append(r)
        print(f"  {r['impl']:<20} d{r['depth']}x{r['filters']:<3} b{r['batch']:<3} "
              f"{r['size']}px {r['threads']}t  {step_text}  "
              f"fwd {r['forward_s'] * 1000:.1f} ms  peak {fmt_bytes(r['peak_bytes'])}", flush=True)
    report["results"] = rows

    # ratios against the faster PyTorch layout measured in the same run
    print("\nratio = PyTorch time / tinyunet time (>1: tinyunet faster); memory = tinyunet / PyTorch")
    for r in rows:
        if r["impl"] != "tinyunet":
            continue
        key = lambda o: (o["depth"], o["filters"], o["batch"], o["size"], o["threads"])
        twins = [o for o in rows if o["impl"] != "tinyunet" and key(o) == key(r)]
        for o in twins:
            if r["step_s"] is not None:
                r[f"step_ratio_vs_{o['impl']}"] = o["step_s"] / r["step_s"]
            r[f"forward_ratio_vs_{o['impl']}"] = o["forward_s"] / r["forward_s"]
            r[f"memory_ratio_vs_{o['impl']}"] = r["peak_bytes"] / o["peak_bytes"]
        if twins:
            timing = "step_s" if r["step_s"] is not None else "forward_s"
            best = min(twins, key=lambda o: o[timing])
            r["strict"] = dict(vs=best["impl"], time_ratio=best[timing] / r[timing],
                               forward_ratio=min(o["forward_s"] for o in twins) / r["forward_s"],
                               memory_ratio=r["peak_bytes"] / min(o["peak_bytes"] for o in twins))
            print(f"  d{r['depth']}x{r['filters']} b{r['batch']} {r['size']}px {r['threads']}t: "
                  + "  ".join(f"{o['impl']}: "
                              + (f"step {o['step_s'] / r['step_s']:.2f}, "
                                 if r["step_s"] is not None else "")
                              + f"fwd {o['forward_s'] / r['forward_s']:.2f}, "
                              f"mem {r['peak_bytes'] / o['peak_bytes']:.2f}" for o in twins)
                  + f"  (best PyTorch: {best['impl']})")
    tiny = [r for r in rows if r["impl"] == "tinyunet"]
    if tiny:
        print(f"\nBLAS: {tiny[0]['blas']}\nnumba threading layer: {tiny[0]['numba_threading_layer']}")

    if args.cold_start:
        report["cold_start"] = cold_start(impls, report["mode"], args.allocator)

    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
        print(f"\nwrote {args.json}")
    if args.markdown:
        Path(args.markdown).write_text(markdown(report, " ".join(sys.argv[1:])))
        print(f"wrote {args.markdown}")
    return 0


def cold_start(impls, mode, allocator) -> dict:
    """Seconds from a fresh process's start (imports included) to the end of its first training
    step, or with ``mode`` "infer" its first batch-1 prediction (depth 4 x 16, 256 px, 2
    threads): tinyunet with an empty numba cache (everything compiled) and with the cache that
    run filled, PyTorch as it is."""
    import shutil
    import tempfile
    batch = 1 if mode == "infer" else 8
    job = [4, 16, batch, 256, 2, 1, 1, mode, allocator]
    cache = tempfile.mkdtemp(prefix="tinyunet-cold-")
    env = dict(_WORKER_ENV, NUMBA_CACHE_DIR=cache)
    result = dict(mode=mode, batch=batch,
                  tinyunet_empty_cache_s=run_worker(["tinyunet"] + job, env=env)["first_step_s"],
                  tinyunet_cached_s=run_worker(["tinyunet"] + job, env=env)["first_step_s"])
    shutil.rmtree(cache, ignore_errors=True)
    for impl in impls[1:]:
        result[f"{impl}_s"] = run_worker([impl] + job)["first_step_s"]
    what = "prediction (batch 1" if mode == "infer" else "training step (batch 8"
    print(f"\ntime to the first {what}, d4x16, 256 px) in a fresh process: " + ", ".join(
        f"{k[:-2].replace('_', ' ')} {v:.1f} s" for k, v in result.items() if k.endswith("_s")))
    return result


def markdown(report: dict, command_args: str) -> str:
    """The report as Markdown: machine, equivalence, one row per measurement, ratios."""
    lines = [f"Measured {report['date']} on {report['cpus']} CPUs ({report['machine']}; "
             f"{report.get('host_cpu', '?')}), Python {report['python']}, numpy "
             f"{report['numpy']}, torch {report['torch']}. "
             f"Command: `python benchmarks/bench_unet.py {command_args}`.",
             "", f"Instruction set (`--isa {report.get('isa', 'native')}`): tinyunet "
             f"{report.get('tinyunet_isa', '?')}; PyTorch {report.get('torch_isa') or '-'}.", ""]
    if report["equivalence"]:
        lines += ["| config | loss tinyunet | loss PyTorch | max gradient rel. diff |",
                  "|---|---|---|---|"]
        for cfg, eq in report["equivalence"].items():
            lines.append(f"| {cfg} | {eq['loss_tinyunet']:.6f} | {eq['loss_torch']:.6f} | "
                         f"{eq['max_grad_rel_diff']:.1e} |")
        lines.append("")
    lines += ["| implementation | depth x filters | batch | size | threads | step (s) | img/s | "
              "GFLOP/s | forward (s) | peak memory (GiB) |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in report["results"]:
        step = "-" if r["step_s"] is None else f"{r['step_s']:.3f}"
        gflops = r.get("step_gflops", r["forward_gflops"])
        lines.append(f"| {r['impl']} | {r['depth']}x{r['filters']} | {r['batch']} | {r['size']} | "
                     f"{r['threads']} | {step} | {r['images_per_s']:.1f} | "
                     f"{gflops:.0f} | {r['forward_s']:.4f} | "
                     f"{r['peak_bytes'] / 2**30:.2f} |")
    strict = [r for r in report["results"] if "strict" in r]
    if strict:
        timing = "prediction" if report.get("mode") == "infer" else "step"
        lines += ["", f"Strict ratios, against the faster PyTorch layout of each row "
                  f"(allocator: {report.get('allocator')}): {timing} time and forward time, "
                  "PyTorch / tinyunet (at least 1: tinyunet as fast or faster); peak memory, "
                  "tinyunet / the smaller PyTorch (at most 1: tinyunet no larger).", "",
                  f"| depth x filters | batch | size | threads | faster PyTorch | {timing} | "
                  "forward | memory |", "|---|---|---|---|---|---|---|---|"]
        for r in strict:
            s = r["strict"]
            lines.append(f"| {r['depth']}x{r['filters']} | {r['batch']} | {r['size']} | "
                         f"{r['threads']} | {s['vs']} | {s['time_ratio']:.2f} | "
                         f"{s['forward_ratio']:.2f} | {s['memory_ratio']:.2f} |")
    ratio_rows = [r for r in report["results"] if any(k.startswith("step_ratio") for k in r)]
    if ratio_rows:
        lines += ["", "Ratios: PyTorch time / tinyunet time (above 1: tinyunet faster) and "
                  "tinyunet peak memory / PyTorch peak memory (below 1: tinyunet smaller).", "",
                  "| depth x filters | batch | size | threads | step vs NCHW | "
                  "step vs channels_last | forward vs NCHW | forward vs channels_last | "
                  "memory vs NCHW | memory vs channels_last |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for r in ratio_rows:
            get = lambda k: f"{r[k]:.2f}" if k in r else "-"
            lines.append(f"| {r['depth']}x{r['filters']} | {r['batch']} | {r['size']} | "
                         f"{r['threads']} | "
                         f"{get('step_ratio_vs_torch-nchw')} | "
                         f"{get('step_ratio_vs_torch-channels_last')} | "
                         f"{get('forward_ratio_vs_torch-nchw')} | "
                         f"{get('forward_ratio_vs_torch-channels_last')} | "
                         f"{get('memory_ratio_vs_torch-nchw')} | "
                         f"{get('memory_ratio_vs_torch-channels_last')} |")
    if "cold_start" in report:
        c = report["cold_start"]
        what = "prediction" if c["mode"] == "infer" else "training step"
        lines += ["", f"Time to the first {what} in a fresh process (depth 4 x 16, batch "
                  f"{c['batch']}, 256 px, 2 threads, imports and compilation included): "
                  + ", ".join(f"{k[:-2].replace('_', ' ')} {v:.1f} s"
                              for k, v in c.items() if k.endswith("_s")) + "."]
    tiny = [r for r in report["results"] if r["impl"] == "tinyunet"]
    if tiny:
        lines += ["", f"BLAS seen by threadpoolctl: "
                  + "; ".join(f"{b['internal_api']} {b['version'] or ''} "
                              f"{b['architecture'] or ''}".strip() for b in tiny[0]["blas"])
                  + f". numba threading layer: {tiny[0]['numba_threading_layer']}."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
