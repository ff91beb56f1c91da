"""The ``tinyunet`` command: ``train``, ``evaluate``, ``predict``.

    tinyunet train [--data-dir D] [--size 128] [--depth 4] [--filters 16] [--epochs 40] ...
    tinyunet evaluate --checkpoint RUN/best.npz --data-dir D [--json]
    tinyunet predict --checkpoint RUN/best.npz IMAGE_OR_FOLDER... [--out predictions]
    tinyunet inspect --checkpoint RUN/best.npz IMAGE [--mask MASK] [--out inspect]
    tinyunet sweep --data-dir D [--depths 1,2,3,4] [--filters 4,8,16,32] [--seeds 0,1,2]
                   [--folds K] [--workers N --threads-per-run T | --scheduler tcp://H:8786]

Exit codes: 0 success, 1 some inputs or runs failed (predict, sweep), 2 bad input (the message says what),
3 training diverged, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from .checkpoint import CheckpointError, model_from_checkpoint
from .data import (IMAGE_SUFFIXES, DataError, load_dataset, load_image, read_grayscale,
                   resize_area, resize_image)
from .executors import ExecutorError
from .train import TrainConfig, TrainingDiverged, evaluate, predict_probabilities


def add_train_arguments(p: argparse.ArgumentParser, defaults: dict | None = None) -> None:
    """The ``train`` flags (shared with examples/train_lungs.py, which changes some defaults)."""
    d = dict(size=128, depth=4, filters=16, epochs=40, batch_size=8, lr=1e-3, seed=0,
             patience=10, max_minutes=None, run_dir=None)
    d.update(defaults or {})
    p.add_argument("--data-dir", help="images/+masks/ folder or Kaggle download "
                   "(default: the embedded sample of 101 pairs)")
    p.add_argument("--size", type=int, default=d["size"], help="image side in pixels (%(default)s)")
    p.add_argument("--depth", type=int, default=d["depth"], help="U-Net levels, 1-5 (%(default)s)")
    p.add_argument("--filters", type=int, default=d["filters"],
                   help="filters of the first level (%(default)s)")
    p.add_argument("--batch-norm", action="store_true", help="batch-norm after each conv")
    p.add_argument("--dropout", type=float, default=0.0, help="bottleneck dropout (%(default)s)")
    p.add_argument("--epochs", type=int, default=d["epochs"], help="%(default)s")
    p.add_argument("--batch-size", type=int, default=d["batch_size"], help="%(default)s")
    p.add_argument("--lr", type=float, default=d["lr"], help="Adam learning rate (%(default)s)")
    p.add_argument("--patience", type=int, default=d["patience"],
                   help="early stopping patience in epochs (%(default)s)")
    p.add_argument("--max-minutes", type=float, default=d["max_minutes"],
                   help="stop after the epoch that crosses this time budget")
    p.add_argument("--seed", type=int, default=d["seed"], help="%(default)s")
    p.add_argument("--no-augment", action="store_true", help="train without augmentation")
    p.add_argument("--limit", type=int, help="use only the first N pairs (quick runs)")
    p.add_argument("--run-dir", default=d["run_dir"],
                   help="where checkpoints, history, metrics and figures go "
                        "(default: runs/train-DATE-TIME)")
    p.add_argument("--resume", action="store_true", help="continue the run in --run-dir")
    p.add_argument("--quiet", action="store_true", help="no progress bars")


def run_train(args) -> None:
    from .runs import train_run
    config = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                         patience=args.patience, seed=args.seed, augment=not args.no_augment,
                         max_minutes=args.max_minutes)
    run_dir = args.run_dir or f"runs/train-{time.strftime('%Y%m%d-%H%M%S')}"
    metrics = train_run(run_dir, args.data_dir, size=args.size, depth=args.depth,
                        base_filters=args.filters, batch_norm=args.batch_norm,
                        dropout=args.dropout, config=config, resume=args.resume,
                        limit=args.limit, progress=not args.quiet)
    print(f"\ntest Dice {metrics['test_dice']:.4f}  IoU {metrics['test_iou']:.4f}  "
          f"pixel accuracy {metrics['test_pixel_accuracy']:.4f}  on {metrics['n_test']} held-out "
          f"images ({metrics['seconds']:.0f} s)")
    print(f"run directory: {run_dir}  (figures in {Path(run_dir) / 'figures'})")


def run_evaluate(args) -> None:
    model, ckpt = model_from_checkpoint(args.checkpoint)
    size = args.size or ckpt["state"].get("image_size", 256)
    data = load_dataset(args.data_dir, size, progress=not args.json)
    m = evaluate(model, data)
    if args.json:
        rows = [dict(name=n, dice=d) for n, d in zip(data.names, m["dice_per_image"])]
        print(json.dumps(dict(checkpoint=str(args.checkpoint), data_dir=args.data_dir, size=size,
                              pairs=len(data), skipped=data.skipped, dice=m["dice"],
                              iou=m["iou"], pixel_accuracy=m["pixel_accuracy"],
                              per_image=rows), indent=2))
        return
    from .metrics import iou_per_image, pixel_accuracy_per_image
    probs = m["probabilities"]
    iou = iou_per_image(probs, data.masks)
    acc = pixel_accuracy_per_image(probs, data.masks)
    width = max(len(n) for n in data.names) + 2
    print(f"{'image':<{width}}{'Dice':>8}{'IoU':>8}{'pix.acc':>9}")
    for name, d, i, a in zip(data.names, m["dice_per_image"], iou, acc):
        print(f"{name:<{width}}{d:>8.4f}{i:>8.4f}{a:>9.4f}")
    print(f"{'mean of ' + str(len(data)):<{width}}{m['dice']:>8.4f}{m['iou']:>8.4f}"
          f"{m['pixel_accuracy']:>9.4f}")
    for name, reason in data.skipped:
        print(f"skipped {name}: {reason}")


def _expand_inputs(inputs) -> list[Path]:
    paths = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            paths += sorted(q for q in p.iterdir() if q.suffix.lower() in IMAGE_SUFFIXES)
        elif p.exists():
            paths.append(p)
        else:
            raise DataError(f"input {p} does not exist")
    if not paths:
        raise DataError(f"no images found in {', '.join(map(str, inputs))}")
    return paths


def run_predict(args) -> int:
    from PIL import Image
    from .viz import overlay
    model, ckpt = model_from_checkpoint(args.checkpoint)
    size = ckpt["state"].get("image_size", 256)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in _expand_inputs(args.inputs):
        try:
            original = read_grayscale(path)     # read once: resized for the net, kept for output
        except DataError as exc:
            print(f"skipped {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        prob = predict_probabilities(model, resize_image(original, size)[None])[0]
        # back to the original resolution: resize the probabilities, then threshold
        h, w = original.shape
        prob_full = np.asarray(Image.fromarray(prob, mode="F").resize(
            (w, h), Image.Resampling.BILINEAR)) if (h, w) != prob.shape else prob
        mask = prob_full > 0.5
        Image.fromarray((mask * 255).astype(np.uint8)).save(out / f"{path.stem}_mask.png")
        Image.fromarray(overlay(np.clip(original, 0, 255), mask)).save(
            out / f"{path.stem}_overlay.png")
        print(f"{path.name}: lung fraction {mask.mean():.3f} -> {out / (path.stem + '_mask.png')}")
    return 1 if failed else 0


def run_inspect(args) -> None:
    from .viz import inspect_model
    model, ckpt = model_from_checkpoint(args.checkpoint)
    size = ckpt["state"].get("image_size", 256)
    image = load_image(args.image, size)
    mask = None
    if args.mask:
        mask = (resize_area((read_grayscale(args.mask) > 127).astype(np.float32), size) >= 0.5)
    paths = inspect_model(model, image, args.out, mask=mask)
    print(f"wrote {len(paths)} figures to {args.out}:")
    for p in paths:
        print(f"  {p}")


def _int_list(flag: str, text: str, minimum: int) -> tuple[int, ...]:
    try:
        values = tuple(int(v) for v in text.split(","))
    except ValueError:
        raise DataError(f"{flag} takes integers separated by commas, got {text!r}") from None
    if any(v < minimum for v in values) or len(set(values)) != len(values):
        raise DataError(f"{flag} takes distinct integers of at least {minimum}, got {text!r}")
    return values


def sweep_executor(args):
    """The executor that ``--workers``, ``--threads-per-run`` and ``--scheduler`` ask for."""
    from .executors import DaskExecutor, SequentialExecutor
    if args.scheduler or args.workers:
        # on a local cluster the cores are shared out: 2 workers x 1 thread on 2 cores (the
        # faster layout measured by benchmarks/bench_sweep.py); 1 thread a run on a scheduler
        threads = args.threads_per_run or (
            max(1, (os.cpu_count() or 1) // args.workers) if args.workers else 1)
        return DaskExecutor(workers=args.workers, threads_per_run=threads,
                            scheduler=args.scheduler, retries=args.retries)
    return SequentialExecutor(threads_per_run=args.threads_per_run)


def run_sweep_command(args) -> None:
    from .sweep import run_sweep
    seeds = _int_list("--seeds", args.seeds, 0) if args.seeds else (args.seed,)
    config = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                         patience=args.patience, seed=seeds[0])
    depths = _int_list("--depths", args.depths, 1)
    filters = _int_list("--filters", args.filters, 1)
    with sweep_executor(args) as executor:
        rows = run_sweep(args.out, args.data_dir, depths, filters, args.size, config,
                         progress=not args.quiet, seeds=seeds, folds=args.folds,
                         executor=executor)
    print((Path(args.out) / "results.md").read_text())
    failed = [r for r in rows if r["status"] == "failed"]
    done = [r for r in rows if r["status"] == "done"]
    if done:
        from .sweep_report import summarize_configs
        table = [r for r in summarize_configs(rows) if r["repeats"]]
        best = max(table, key=lambda r: r["test_dice"])
        print(f"best mean test Dice: depth {best['depth']}, {best['base_filters']} filters "
              f"({best['test_dice']:.4f} over {best['repeats']} repeat(s)); tables "
              f"(results.md, paired.md) and figures in {args.out}")
    for r in failed:
        print(f"tinyunet: run {r['name']} failed: {r['error']}", file=sys.stderr)
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tinyunet", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    add_train_arguments(sub.add_parser("train", help="train a U-Net on X-rays and lung masks"))
    ev = sub.add_parser("evaluate", help="Dice, IoU and pixel accuracy on every pair of a folder")
    ev.add_argument("--checkpoint", required=True)
    ev.add_argument("--data-dir", required=True)
    ev.add_argument("--size", type=int, help="image size (default: the size it was trained at)")
    ev.add_argument("--json", action="store_true", help="print JSON instead of a table")
    pr = sub.add_parser("predict", help="write lung masks and overlays for images")
    pr.add_argument("--checkpoint", required=True)
    pr.add_argument("inputs", nargs="+", help="image files or folders")
    pr.add_argument("--out", default="predictions", help="output folder (%(default)s)")
    ins = sub.add_parser("inspect", help="figures of feature maps, filters, receptive fields "
                         "and skip connections for one image")
    ins.add_argument("--checkpoint", required=True)
    ins.add_argument("image")
    ins.add_argument("--mask", help="the image's true mask, drawn as an outline")
    ins.add_argument("--out", default="inspect", help="output folder (%(default)s)")
    sw = sub.add_parser("sweep", help="train a depth x filters grid on one split and compare")
    sw.add_argument("--data-dir", help="data folder (default: the embedded sample)")
    sw.add_argument("--depths", default="1,2,3,4")
    sw.add_argument("--filters", default="4,8,16,32")
    sw.add_argument("--size", type=int, default=128)
    sw.add_argument("--epochs", type=int, default=15)
    sw.add_argument("--patience", type=int, default=6)
    sw.add_argument("--batch-size", type=int, default=8)
    sw.add_argument("--lr", type=float, default=1e-3)
    sw.add_argument("--seed", type=int, default=0, help="the seed when --seeds is not given")
    sw.add_argument("--seeds", help="repeat every configuration with these seeds, e.g. 0,1,2 "
                    "(each seed: its own split, initialisation and augmentation)")
    sw.add_argument("--folds", type=int, help="K source-stratified folds per seed: each image "
                    "is a test image once; validation comes from the training part")
    sw.add_argument("--workers", type=int, help="run on a local Dask cluster of N worker "
                    "processes (needs tinyunet[distributed])")
    sw.add_argument("--threads-per-run", type=int, help="threads of each run (numba, BLAS); default: "
                    "cores / workers on a local cluster, 1 on a scheduler, all in the plain loop")
    sw.add_argument("--scheduler", help="an existing Dask scheduler, tcp://HOST:8786")
    sw.add_argument("--retries", type=int, default=1,
                    help="Dask retries of a run that raised (%(default)s)")
    sw.add_argument("--out", default="sweep")
    sw.add_argument("--quiet", action="store_true")
    return parser


COMMANDS = {"train": run_train, "evaluate": run_evaluate, "predict": run_predict,
            "inspect": run_inspect, "sweep": run_sweep_command}


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        # every command returns None on success; predict returns 1 when some inputs failed
        return COMMANDS[args.command](args) or 0
    except (DataError, CheckpointError, FileNotFoundError, ValueError, ExecutorError) as exc:
        print(f"tinyunet: error: {exc}", file=sys.stderr)
        return 2
    except TrainingDiverged as exc:
        print(f"tinyunet: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
