"""Prediction speed: tinyunet's forward pass against onnxruntime running the exported model.

    python benchmarks/bench_onnx.py                          # depth 4 x 16 and 4 x 32, 256 px,
                                                             # batch 1 and 8, 1 and 2 threads
    python benchmarks/bench_onnx.py --configs 4x16 --batches 1 --threads 2 --json out.json

The same weights on both sides: every worker builds ``UNet(depth, filters, seed=0)``, and the
parent exports that network with :func:`tinyunet.export.to_onnx` and refuses to time anything
unless onnxruntime's probabilities equal tinyunet's to float32 tolerance. Each measurement runs
in its own fresh process with the same thread count on both sides (numba's threads for
tinyunet; onnxruntime's intra-op threads, one inter-op thread), glibc's allocator as it ships for
both; times are medians over ``--steps`` predictions after ``--warmup``, in eval mode
(``predict_proba``: inference, nothing kept for backward). Peak memory is each process's peak
resident set. ratio = onnxruntime's time / tinyunet's (above 1: tinyunet faster). Never assert
speed in tests; this script is where speed lives.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _input(batch, size):
    import numpy as np
    return np.random.default_rng(0).standard_normal((batch, 1, size, size)).astype(np.float32)


def worker(impl, depth, filters, batch, size, threads, steps, warmup, model_path) -> dict:
    """Time one side in this process; returns the median seconds and the peak memory."""
    x = _input(batch, size)
    if impl == "tinyunet":
        import numba
        from tinyunet.unet import UNet
        from tinyunet.workspace import Workspace
        numba.set_num_threads(threads)
        model = UNet(depth=depth, base_filters=filters, seed=0)
        workspace = Workspace()

        def predict():
            with workspace:
                return model.predict_proba(x)
    else:
        import onnxruntime as ort
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        session = ort.InferenceSession(model_path, options, providers=["CPUExecutionProvider"])

        def predict():
            return session.run(None, {"image": x})[0]
    times = []
    for i in range(warmup + steps):
        started = time.perf_counter()
        predict()
        if i >= warmup:
            times.append(time.perf_counter() - started)
    return dict(seconds=statistics.median(times),
                peak_gib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20)


def _run_worker(args: list[str], threads: int) -> dict:
    env = dict(os.environ, NUMBA_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
    out = subprocess.run([sys.executable, __file__, "--worker", *args], capture_output=True,
                         text=True, env=env)
    if out.returncode != 0:
        raise RuntimeError(f"worker {args} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _export_and_check(depth, filters, size, folder: Path) -> str:
    import numpy as np
    from tinyunet.export import run_onnxruntime, to_onnx
    from tinyunet.unet import UNet
    model = UNet(depth=depth, base_filters=filters, seed=0)
    path = folder / f"d{depth}_f{filters}_{size}.onnx"
    to_onnx(model, size, path)
    x = _input(2, size)
    ours, theirs = model.predict_proba(x), run_onnxruntime(path, x, threads=1)
    if not np.allclose(ours, theirs, rtol=1e-4, atol=2e-5):
        raise SystemExit(f"d{depth}x{filters}: onnxruntime and tinyunet disagree "
                         f"(max difference {np.abs(ours - theirs).max():.2e}); not timing")
    return str(path)


def markdown_table(rows: list[dict]) -> str:
    """The rows of a ``--json`` file as the Markdown table docs/results.md shows."""
    lines = ["| network | batch | threads | tinyunet ms | onnxruntime ms | onnxruntime / tinyunet "
             "| peak GiB (tinyunet / onnxruntime) |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        depth, filters = r["config"].split("x")
        lines.append(f"| depth {depth} x {filters} | {r['batch']} | {r['threads']} | "
                     f"{r['tinyunet_ms']:.1f} | {r['onnxruntime_ms']:.1f} | {r['ratio']:.2f} | "
                     f"{r['tinyunet_peak_gib']:.2f} / {r['onnxruntime_peak_gib']:.2f} |")
    return "\n".join(lines)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--configs", default="4x16,4x32")
    p.add_argument("--batches", default="1,8")
    p.add_argument("--threads", default="1,2")
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--steps", type=int, default=10)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--json", type=Path)
    p.add_argument("--worker", nargs=9, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.worker:
        impl, depth, filters, batch, size, threads, steps, warmup, model = args.worker
        print(json.dumps(worker(impl, int(depth), int(filters), int(batch), int(size),
                                int(threads), int(steps), int(warmup), model)))
        return
    import onnxruntime
    from tinyunet.conv import TARGET
    print(f"tinyunet: {TARGET.isa} ({TARGET.cpu}), {TARGET.vector_bits}-bit vectors; "
          f"onnxruntime {onnxruntime.__version__}, CPUExecutionProvider")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for config in args.configs.split(","):
            depth, filters = (int(v) for v in config.split("x"))
            model = _export_and_check(depth, filters, args.size, Path(tmp))
            print(f"d{depth}x{filters}: onnxruntime's output equals tinyunet's -> timing")
            for batch in (int(b) for b in args.batches.split(",")):
                for threads in (int(t) for t in args.threads.split(",")):
                    row = dict(config=config, batch=batch, size=args.size, threads=threads)
                    for impl in ("tinyunet", "onnxruntime"):
                        r = _run_worker([impl, str(depth), str(filters), str(batch),
                                         str(args.size), str(threads), str(args.steps),
                                         str(args.warmup), model], threads)
                        row[f"{impl}_ms"] = round(1000 * r["seconds"], 2)
                        row[f"{impl}_peak_gib"] = round(r["peak_gib"], 3)
                    row["ratio"] = round(row["onnxruntime_ms"] / row["tinyunet_ms"], 3)
                    rows.append(row)
                    print(f"  d{depth}x{filters} batch {batch:2d} {args.size}px {threads}t: "
                          f"tinyunet {row['tinyunet_ms']:8.1f} ms  onnxruntime "
                          f"{row['onnxruntime_ms']:8.1f} ms  ratio {row['ratio']:.2f}  peak "
                          f"{row['tinyunet_peak_gib']:.2f} / {row['onnxruntime_peak_gib']:.2f} GiB")
    if args.json:
        args.json.write_text(json.dumps(dict(machine=TARGET.isa, rows=rows), indent=2) + "\n")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
