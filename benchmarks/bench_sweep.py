"""How to spend the cores on a sweep: wall time of the same small grid three ways.

    python benchmarks/bench_sweep.py --data-dir ../shared/data/lungs256 [--json out.json]

Runs one grid (default: depth 2 and 4 x 8 and 16 filters at 128 px, 3 epochs, seed 0) from
scratch, each time into a fresh folder with the decoded data already cached:

* sequential: the plain loop, each run on all cores;
* local cluster, W workers x 1 thread (W runs at once);
* local cluster, 1 worker x W threads (one run at a time, isolated in a worker).

and prints wall times and the ratio to the sequential loop. Every variant trains the same runs
with the same seeds, so the comparison is of scheduling alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from tinyunet.experiment.executors import DaskExecutor, SequentialExecutor
from tinyunet.experiment.sweep import run_sweep
from tinyunet.train import TrainConfig


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data-dir", required=True)
    p.add_argument("--depths", default="2,4")
    p.add_argument("--filters", default="8,16")
    p.add_argument("--size", type=int, default=128)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--cores", type=int, default=os.cpu_count())
    p.add_argument("--json")
    args = p.parse_args(argv)
    from tinyunet.fast.target import TARGET
    print(f"tinyunet: {TARGET.describe()}", flush=True)
    ints = lambda s: tuple(int(v) for v in s.split(","))
    config = TrainConfig(epochs=args.epochs, patience=args.epochs, seed=0)
    root = Path(tempfile.mkdtemp(prefix="bench_sweep-"))
    quiet = lambda *a: None
    # decode the data once, outside the timings
    from tinyunet.data import load_dataset
    load_dataset(args.data_dir, args.size, cache_dir=root / "cache", progress=False)

    variants = {
        "sequential": lambda: SequentialExecutor(threads_per_run=args.cores),
        f"cluster {args.cores} workers x 1 thread": lambda: DaskExecutor(
            workers=args.cores, threads_per_run=1),
        f"cluster 1 worker x {args.cores} threads": lambda: DaskExecutor(
            workers=1, threads_per_run=args.cores),
    }
    results = {}
    for name, make in variants.items():
        out = root / name.replace(" ", "_")
        shutil.copytree(root / "cache", out / ".cache")
        with make() as executor:
            start = time.perf_counter()
            rows = run_sweep(out, args.data_dir, ints(args.depths), ints(args.filters),
                             args.size, config, progress=False, log=quiet, executor=executor,
                             figures=False)
            wall = time.perf_counter() - start
        assert all(r["status"] == "done" for r in rows), rows
        results[name] = dict(wall_seconds=round(wall, 1),
                             train_seconds=round(sum(r["train_seconds"] for r in rows), 1),
                             runs=len(rows))
        print(f"{name:<34} wall {wall:7.1f} s   (sum of run training times "
              f"{results[name]['train_seconds']:.1f} s)", flush=True)
    base = results["sequential"]["wall_seconds"]
    for name, r in results.items():
        print(f"{name:<34} {base / r['wall_seconds']:.2f}x the sequential loop's speed")
    shutil.rmtree(root, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(dict(args=vars(args), results=results), indent=2))


if __name__ == "__main__":
    main()
