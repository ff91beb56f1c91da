"""The ``tinyunet`` command: ``train``, ``evaluate``, ``predict``, ``inspect``, ``explore``,
``sweep``.

    tinyunet train [--data-dir D] [--size 128] [--depth 4] [--filters 16] [--epochs 40] ...
    tinyunet evaluate --checkpoint RUN/best.npz [--checkpoint ...] --data-dir D [--json]
                      [--tta] [--keep-lungs]
    tinyunet predict --checkpoint RUN/best.npz IMAGE_OR_FOLDER... [--out predictions]
                     [--tta] [--keep-lungs]
    tinyunet inspect --checkpoint RUN/best.npz IMAGE [--mask MASK] [--out inspect]
    tinyunet explore --checkpoint RUN/best.npz IMAGE... [--mask MASK]... [--out explorer]
    tinyunet explore --sweep SWEEP_DIR [IMAGE...] [--out explorer]
    tinyunet sweep --data-dir D [--depths 1,2,3,4] [--filters 4,8,16,32] [--seeds 0,1,2]
                   [--folds K] [--workers N --threads-per-run T |
                    --scheduler tls://H:8786 --tls-ca-file CA --tls-cert CERT --tls-key KEY]
    tinyunet certs --out DIR --host HOST...   # a CA and TLS certificates for a cluster
    tinyunet info [--json]      # the CPU, vector width, register tiles, threads and BLAS
    tinyunet export --checkpoint RUN/best.npz [--out model.onnx] [--size S]   # ONNX
    tinyunet check EXERCISE... --file my_layers.py | --all --file my_layers.py   # exercises

Exit codes: 0 success, 1 some inputs or runs failed (predict, sweep), 2 bad input (one line
on stderr says what), 3 training diverged, 70 an internal error (a bug: ``--debug`` shows its
traceback), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import warnings
import time
from pathlib import Path

import numpy as np

from .checkpoint import CheckpointError, model_from_checkpoint
from .data import (IMAGE_SUFFIXES, DataError, load_dataset, load_image, read_grayscale,
                   resize_area, resize_image)
from .experiment.executors import ExecutorError
from .losses import LOSSES
from .train import TrainConfig, TrainingDiverged
from .workspace import Workspace


def _number(kind, low=None, high=None, low_open=False, high_open=False):
    """An argparse type: ``kind(text)`` within [low, high] (or open ends), finite."""
    def parse(text):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"expected {'an integer' if kind is int else 'a number'}, got {text!r}") from None
        if kind is float and not np.isfinite(value):
            raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
        if low is not None and (value <= low if low_open else value < low):
            raise argparse.ArgumentTypeError(
                f"must be {'greater than' if low_open else 'at least'} {low}, got {text}")
        if high is not None and (value >= high if high_open else value > high):
            raise argparse.ArgumentTypeError(
                f"must be {'less than' if high_open else 'at most'} {high}, got {text}")
        return value
    parse.__name__ = kind.__name__        # argparse names the type in its messages
    return parse


COUNT = _number(int, 1)                   # epochs, batch size, patience, workers, ...
SEED = _number(int, 0, 2 ** 32 - 1)
SIZE = _number(int, 8, 4096)              # image side in pixels
DEPTH = _number(int, 1, 5)                # UNet takes 1 to 5 levels
FILTERS = _number(int, 1, 512)
RATE = _number(float, 0, 1, low_open=True)        # learning rate in (0, 1]
DROPOUT = _number(float, 0, 1, high_open=True)    # [0, 1)
MINUTES = _number(float, 0, low_open=True)


def add_train_arguments(p: argparse.ArgumentParser, defaults: dict | None = None) -> None:
    """The ``train`` flags (shared with examples/train_lungs.py, which changes some defaults)."""
    d = dict(size=128, depth=4, filters=16, epochs=40, batch_size=8, lr=1e-3, seed=0,
             patience=10, max_minutes=None, run_dir=None)
    d.update(defaults or {})
    p.add_argument("--data-dir", help="images/+masks/ folder or Kaggle download "
                   "(default: the embedded sample of 101 pairs)")
    p.add_argument("--size", type=SIZE, default=d["size"],
                   help="image side in pixels, divisible by 2**depth (%(default)s)")
    p.add_argument("--depth", type=DEPTH, default=d["depth"],
                   help="U-Net levels, 1-5 (%(default)s)")
    p.add_argument("--filters", type=FILTERS, default=d["filters"],
                   help="filters of the first level (%(default)s)")
    p.add_argument("--batch-norm", action="store_true", help="batch-norm after each conv")
    p.add_argument("--dropout", type=DROPOUT, default=0.0,
                   help="bottleneck dropout, 0 <= p < 1 (%(default)s)")
    p.add_argument("--epochs", type=COUNT, default=d["epochs"], help="%(default)s")
    p.add_argument("--batch-size", type=COUNT, default=d["batch_size"], help="%(default)s")
    p.add_argument("--lr", type=RATE, default=d["lr"], help="Adam learning rate (%(default)s)")
    p.add_argument("--loss", choices=sorted(LOSSES), default="bce_dice",
                   help="training loss, from tinyunet.losses.LOSSES (%(default)s)")
    p.add_argument("--patience", type=COUNT, default=d["patience"],
                   help="early stopping patience in epochs (%(default)s)")
    p.add_argument("--max-minutes", type=MINUTES, default=d["max_minutes"],
                   help="stop after the epoch that crosses this time budget")
    p.add_argument("--seed", type=SEED, default=d["seed"],
                   help="seeds the initialisation, the augmentation and the split (%(default)s)")
    p.add_argument("--split-seed", type=SEED, help="seed the split with this instead of --seed: "
                   "networks that differ only in --seed then share their held-out images and "
                   "form an ensemble")
    p.add_argument("--no-augment", action="store_true", help="train without augmentation")
    p.add_argument("--limit", type=COUNT, help="use only the first N pairs (quick runs)")
    add_cache_argument(p)
    p.add_argument("--run-dir", default=d["run_dir"],
                   help="where checkpoints, history, metrics and figures go "
                        "(default: runs/train-DATE-TIME)")
    p.add_argument("--resume", action="store_true", help="continue the run in --run-dir")
    p.add_argument("--quiet", action="store_true", help="no progress bars")


def add_cache_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cache-dir", help="where decoded images are cached (default: "
                   "$XDG_CACHE_HOME/tinyunet or ~/.cache/tinyunet)")


def run_train(args) -> None:
    from .runs import train_run
    config = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                         loss=args.loss, patience=args.patience, seed=args.seed,
                         augment=not args.no_augment, max_minutes=args.max_minutes)
    run_dir = args.run_dir or f"runs/train-{time.strftime('%Y%m%d-%H%M%S')}"
    layers = contextlib.nullcontext()
    if getattr(args, "layers", None):
        layers = _learner_layers(args.layers)
    with layers:
        metrics = train_run(run_dir, args.data_dir, size=args.size, depth=args.depth,
                            base_filters=args.filters, batch_norm=args.batch_norm,
                            dropout=args.dropout, config=config, resume=args.resume,
                            limit=args.limit, cache_dir=args.cache_dir,
                            progress=not args.quiet, split_seed=args.split_seed)
    print(f"\ntest Dice {metrics['test_dice']:.4f}  IoU {metrics['test_iou']:.4f}  "
          f"pixel accuracy {metrics['test_pixel_accuracy']:.4f}  on {metrics['n_test']} held-out "
          f"images ({metrics['seconds']:.0f} s)")
    print(f"run directory: {run_dir}  (figures in {Path(run_dir) / 'figures'})")


def _learner_layers(path):
    """use_layers() with the learner's file, after checking each of its functions that training
    runs: a failing check is named before training starts (training goes on, so its effect
    shows)."""
    from . import exercises
    from .learner import use_layers
    try:
        module = exercises.load_module(path)
    except ValueError:
        raise DataError(f"--layers {path} does not exist") from None
    used = [n for n in exercises.TRAINING_FUNCTIONS if callable(getattr(module, n, None))]
    if not {"conv_forward", "conv_backward"} <= set(used):
        raise DataError(f"--layers {path} must define conv_forward and conv_backward (the "
                        "exercises of chapter 1)")
    print(f"training with your functions from {path}: {', '.join(used)}")
    results = exercises.check_module(module, used, learner_file=str(path), verbose=False)
    for name, result in results.items():
        if not result.passed:
            print(f"WARNING: your {name} fails its check (tinyunet check {name} --file "
                  f"{path}): {result.message.splitlines()[0]}", file=sys.stderr)
    return use_layers(module)


def _load_models(paths) -> tuple[list, int]:
    """The networks of one or more checkpoints (an ensemble) and the size they were trained at;
    ValueError in one line when they do not fit together."""
    from .postprocess import check_ensemble
    loaded = [model_from_checkpoint(p) for p in paths]
    models = [m for m, _ in loaded]
    sizes = [ckpt["state"].get("image_size", 256) for _, ckpt in loaded]
    check_ensemble(models, sizes)
    return models, sizes[0]


def _probabilities(models, images, tta: bool, workspace=None) -> np.ndarray:
    from .postprocess import DEFAULT_TTA, ensemble_probabilities
    return ensemble_probabilities(models, images, transforms=DEFAULT_TTA if tta else None,
                                  workspace=workspace)


def _masks(probs, keep: bool) -> np.ndarray:
    from .postprocess import keep_lungs
    masks = probs > 0.5
    return keep_lungs(masks) if keep else masks


def run_evaluate(args) -> None:
    from .metrics import (iou_per_image, pixel_accuracy_per_image, segmentation_metrics,
                          surface_distances_per_image)
    models, trained = _load_models(args.checkpoint)
    size = args.size or trained
    data = load_dataset(args.data_dir, size, progress=not args.json)
    started = time.perf_counter()
    masks = _masks(_probabilities(models, data.images, args.tta), args.keep_lungs)
    seconds = time.perf_counter() - started
    pred = masks.astype(np.float32)
    m = segmentation_metrics(pred, data.masks)
    distances = surface_distances_per_image(pred, data.masks)
    # every file that was not scored, with why: unreadable pairs, images without a mask
    skipped = list(data.skipped)
    if data.index is not None:
        skipped += [(p.name, "no mask") for p in data.index.unpaired_images]
        skipped += [(p.name, "no mask (Kaggle test/ image)") for p in data.index.unlabelled]
    options = dict(ensemble=len(models), tta=bool(args.tta), keep_lungs=bool(args.keep_lungs))
    if args.json:
        rows = [dict(name=n, dice=d, hd95=float(h), assd=float(a)) for n, d, h, a in
                zip(data.names, m["dice_per_image"], distances["hd95"], distances["assd"])]
        print(json.dumps(dict(checkpoints=[str(c) for c in args.checkpoint],
                              data_dir=args.data_dir, size=size, **options, pairs=len(data),
                              skipped=[dict(name=n, reason=r) for n, r in skipped],
                              dice=m["dice"], iou=m["iou"], pixel_accuracy=m["pixel_accuracy"],
                              hd95=float(distances["hd95"].mean()),
                              assd=float(distances["assd"].mean()),
                              seconds=round(seconds, 2), per_image=rows), indent=2))
        return
    iou = iou_per_image(pred, data.masks)
    acc = pixel_accuracy_per_image(pred, data.masks)
    width = max(len(n) for n in data.names + [n for n, _ in skipped]) + 2
    print(f"{'image':<{width}}{'Dice':>8}{'IoU':>8}{'pix.acc':>9}{'HD95':>8}{'ASSD':>8}")
    for name, d, i, a, h, s_ in zip(data.names, m["dice_per_image"], iou, acc,
                                    distances["hd95"], distances["assd"]):
        print(f"{name:<{width}}{d:>8.4f}{i:>8.4f}{a:>9.4f}{h:>8.2f}{s_:>8.2f}")
    print(f"{'mean of ' + str(len(data)):<{width}}{m['dice']:>8.4f}{m['iou']:>8.4f}"
          f"{m['pixel_accuracy']:>9.4f}{distances['hd95'].mean():>8.2f}"
          f"{distances['assd'].mean():>8.2f}")
    print(f"(HD95 and ASSD in pixels at {size} x {size}; {len(models)} network(s)"
          + (", test-time augmentation" if args.tta else "")
          + (", largest lung fields kept" if args.keep_lungs else "")
          + f"; prediction {seconds:.1f} s)")
    if skipped:
        print(f"not scored: {len(skipped)} file(s)")
    for name, reason in skipped:
        print(f"{name:<{width}}skipped: {reason}")


def _expand_inputs(inputs) -> list[Path]:
    """Image files named, and the image files of folders named (not hidden ones, not
    sub-folders), each once, in the order given."""
    paths, seen = [], set()
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(q for q in p.iterdir() if q.is_file() and not q.name.startswith(".")
                           and q.suffix.lower() in IMAGE_SUFFIXES)
        elif p.is_file():
            found = [p]
        elif p.exists():
            raise DataError(f"input {p} is neither a file nor a folder")
        else:
            raise DataError(f"input {p} does not exist")
        for q in found:
            if q.resolve() not in seen:
                seen.add(q.resolve())
                paths.append(q)
    if not paths:
        raise DataError(f"no images found in {', '.join(map(str, inputs))} "
                        f"(looked for {', '.join(sorted(IMAGE_SUFFIXES))})")
    return paths


def output_stems(paths: list[Path]) -> list[str]:
    """A distinct output name for every input: the file's stem, or where two inputs of this
    call share a stem, the stem prefixed with as many parent folders as it takes
    (``a/scan.png``, ``b/scan.png`` -> ``a_scan``, ``b_scan``), then a number."""
    stems = [p.stem for p in paths]
    for depth in range(1, 1 + max(len(p.resolve().parts) for p in paths)):
        counts = {s: stems.count(s) for s in stems}
        if all(c == 1 for c in counts.values()):
            return stems
        stems = [("_".join(p.resolve().parent.parts[-depth:]).strip("/_") + "_" + p.stem)
                 if counts[s] > 1 else s for p, s in zip(paths, stems)]
    out, used = [], set()
    for s in stems:
        name, k = s, 2
        while name in used:
            name, k = f"{s}-{k}", k + 1
        used.add(name)
        out.append(name)
    return out


def output_folder(path, create: bool = True) -> Path:
    """``path`` as a folder for results: created if missing (and ``create``); a clear error if
    it is a file."""
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise DataError(f"--out {out} exists and is not a folder; choose another --out")
    if create:
        out.mkdir(parents=True, exist_ok=True)
    return out


def run_predict(args) -> int:
    from PIL import Image
    from .viz import overlay
    models, size = _load_models(args.checkpoint)
    paths = _expand_inputs(args.inputs)
    stems = output_stems(paths)
    out = output_folder(args.out)
    failed = 0
    workspace = Workspace()                     # the arrays of one image, reused for the next
    for path, stem in zip(paths, stems):
        try:
            original = read_grayscale(path)     # read once: resized for the net, kept for output
        except DataError as exc:
            print(f"skipped {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        prob = _probabilities(models, resize_image(original, size)[None], args.tta,
                              workspace)[0]
        # back to the original resolution: resize the probabilities, then threshold
        h, w = original.shape
        prob_full = np.asarray(Image.fromarray(prob, mode="F").resize(
            (w, h), Image.Resampling.BILINEAR)) if (h, w) != prob.shape else prob
        mask = _masks(prob_full, args.keep_lungs)
        del prob_full
        mask_path, overlay_path = out / f"{stem}_mask.png", out / f"{stem}_overlay.png"
        Image.fromarray((mask * 255).astype(np.uint8)).save(mask_path)
        Image.fromarray(overlay(np.clip(original, 0, 255, out=original), mask)).save(overlay_path)
        print(f"{path}: lung fraction {mask.mean():.3f} -> {mask_path}")
    if failed:
        print(f"{failed} of {len(paths)} input(s) skipped", file=sys.stderr)
    return 1 if failed else 0


def run_check(args) -> int:
    from . import exercises
    if args.list:
        for name, ex in exercises.EXERCISES.items():
            print(f"chapter {ex.chapter}  {ex.signature}")
        return 0
    if not args.file:
        raise DataError("give your file: tinyunet check NAME --file my_layers.py (or --all)")
    unknown = [n for n in args.exercises if n not in exercises.EXERCISES]
    if unknown:
        raise DataError(f"no exercise {unknown[0]!r}; tinyunet check --list shows them")
    if not args.exercises and not args.all:
        raise DataError("name the exercises to check, or give --all")
    try:
        module = exercises.load_module(args.file)
    except ValueError:
        raise
    except Exception as exc:     # the learner's file does not import: show their own lines
        raise DataError(f"{args.file} does not import: "
                        + exercises._learner_lines(exc, args.file).replace("\n", " | ")) from None
    results = exercises.check_module(module, args.exercises or None, learner_file=args.file)
    print()
    print(exercises.progress_table(exercises._progress_path(args.file)))
    return 0 if results and all(r.passed for r in results.values()) else 1


def run_export(args) -> None:
    from .export import to_onnx
    model, ckpt = model_from_checkpoint(args.checkpoint)
    size = args.size or ckpt["state"].get("image_size", 256)
    out = Path(args.out)
    if out.is_dir():
        raise DataError(f"--out {out} is a folder; give the ONNX file's name, e.g. model.onnx")
    to_onnx(model, size, out)
    print(f"wrote {out}: depth {model.depth}, input image (batch, {model.in_channels}, {size}, "
          f"{size}) normalised per image, output probability (batch, {model.out_channels}, "
          f"{size}, {size}); checked with onnx.checker")


def read_mask(path, size: int) -> np.ndarray:
    """A mask file as uint8 {0, 1} (size, size): white is lung, area-resized, then the majority."""
    binary = (read_grayscale(path) > 127).astype(np.float32)
    return (resize_area(binary, size) >= 0.5).astype(np.uint8)


def run_inspect(args) -> None:
    from .viz import inspect_model
    model, ckpt = model_from_checkpoint(args.checkpoint)
    size = ckpt["state"].get("image_size", 256)
    image = load_image(args.image, size)
    mask = read_mask(args.mask, size) if args.mask else None
    paths = inspect_model(model, image, output_folder(args.out), mask=mask)
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
    from .experiment.executors import DaskExecutor, SequentialExecutor
    tls = {"--tls-ca-file": args.tls_ca_file, "--tls-cert": args.tls_cert,
           "--tls-key": args.tls_key}
    if any(tls.values()) and not args.scheduler:
        raise DataError(f"{', '.join(k for k, v in tls.items() if v)} need --scheduler tls://...")
    security = None
    if args.scheduler:
        from .experiment.security import check_scheduler_address, client_security
        if check_scheduler_address(args.scheduler, args.insecure_plain_tcp) == "tls":
            security = client_security(args.tls_ca_file, args.tls_cert, args.tls_key)
        elif any(tls.values()):
            raise DataError(f"--scheduler {args.scheduler} is plain TCP: the TLS files need a "
                            "tls:// address")
    if args.scheduler or args.workers:
        # on a local cluster the cores are shared out: 2 workers x 1 thread on 2 cores (the
        # faster layout measured by benchmarks/bench_sweep.py); 1 thread a run on a scheduler
        threads = args.threads_per_run or (
            max(1, (os.cpu_count() or 1) // args.workers) if args.workers else 1)
        return DaskExecutor(workers=args.workers, threads_per_run=threads,
                            scheduler=args.scheduler, retries=args.retries, security=security,
                            connect_timeout=args.connect_timeout)
    return SequentialExecutor(threads_per_run=args.threads_per_run)


def run_certs(args) -> None:
    from .experiment.security import write_certificates
    written = write_certificates(args.out, args.host, args.days)
    print(f"wrote a CA and certificates for the scheduler, workers and client to {args.out}: "
          f"{', '.join(written)}. Copy ca.pem with each role's .pem and -key.pem to the "
          "machines of that role; keep ca-key.pem apart (whoever holds it can admit anyone).")


def run_explore(args) -> None:
    from .explore import build_explorer, sweep_configs
    if not args.checkpoint and not args.sweep:
        raise DataError("explore needs --checkpoint CKPT or --sweep DIR")
    if args.mask and len(args.mask) != len(args.images):
        raise DataError(f"{len(args.mask)} --mask for {len(args.images)} image(s): give one "
                        "mask per image, in the same order, or none")
    if args.sweep:
        only = [c.strip() for c in args.configs.split(",")] if args.configs else None
        configs, run = sweep_configs(args.sweep, only)
        size = run["size"]
    else:
        model, ckpt = model_from_checkpoint(args.checkpoint)
        size = ckpt["state"].get("image_size", 256)
        configs = [dict(id="model", label=f"{Path(args.checkpoint).name}: depth {model.depth}, "
                        f"{model.config['base_filters']} filters", model=model)]
    images = []
    for k, path in enumerate(args.images):
        mask = read_mask(args.mask[k], size) if args.mask else None
        images.append(dict(name=Path(path).name, image=load_image(path, size), mask=mask))
    if not images:
        if not args.sweep:
            raise DataError("give at least one X-ray image (or --sweep DIR to take test images)")
        test = load_dataset(run["data_dir"], size, progress=False).by_names(
            run["splits"]["test"][:args.images_from_test])
        images = [dict(name=n, image=image, mask=mask)
                  for n, image, mask in zip(test.names, test.images, test.masks)]
    out = output_folder(args.out)
    index = build_explorer(out, configs, images, max_channels=args.max_channels)
    print(f"wrote the explorer to {out / 'index.html'}: {len(configs)} configuration(s) x "
          f"{len(images)} image(s), {index['files']} files, {index['bytes'] / 2**20:.1f} MiB "
          f"(open it in a browser; no server needed)")


def run_sweep_command(args) -> None:
    from .experiment.sweep import check_later_seeds, run_sweep
    seeds = _int_list("--seeds", args.seeds, 0) if args.seeds else (args.seed,)
    output_folder(args.out, create=False)     # checked now, made once the cluster is up
    config = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                         patience=args.patience, seed=seeds[0])
    depths = _int_list("--depths", args.depths, 1)
    filters = _int_list("--filters", args.filters, 1)
    later = ([c.strip() for c in args.later_seeds_only.split(",") if c.strip()]
             if args.later_seeds_only is not None else None)
    try:                          # refused before a cluster starts or a folder is written
        check_later_seeds(later, seeds, depths, filters)
    except ValueError as e:
        raise DataError(str(e)) from None
    if args.against is not None:
        if not args.folds:
            raise DataError("--against compares cross-validated sweeps: give --folds too")
        if not (Path(args.against) / "runs.csv").is_file():
            raise DataError(f"--against {args.against}: no runs.csv there (not a sweep folder)")
    if args.report_only:
        if args.workers or args.scheduler:
            raise DataError("--report-only trains nothing: leave out --workers and --scheduler")
        rows = run_sweep(args.out, args.data_dir, depths, filters, args.size, config,
                         progress=not args.quiet, seeds=seeds, folds=args.folds,
                         report_only=True, against=args.against, later_seeds_only=later)
    else:
        with sweep_executor(args) as executor:
            output_folder(args.out)
            rows = run_sweep(args.out, args.data_dir, depths, filters, args.size, config,
                             progress=not args.quiet, seeds=seeds, folds=args.folds,
                             executor=executor, against=args.against, later_seeds_only=later)
    print((Path(args.out) / "results.md").read_text())
    if args.against is not None:
        print((Path(args.out) / "sizes.md").read_text())
    failed = [r for r in rows if r["status"] == "failed"]
    done = [r for r in rows if r["status"] == "done"]
    if done:
        from .experiment.report import summarize_configs
        table = [r for r in summarize_configs(rows) if r["repeats"]]
        best = max(table, key=lambda r: r["test_dice"])
        print(f"best mean test Dice: depth {best['depth']}, {best['base_filters']} filters "
              f"({best['test_dice']:.4f} over {best['repeats']} repeat(s)); tables "
              f"(results.md, paired.md) and figures in {args.out}")
    for r in failed:
        print(f"tinyunet: run {r['name']} failed: {r['error']}", file=sys.stderr)
    return 1 if failed else 0


def machine_info() -> dict:
    """What this process computes on: the host CPU, what numba compiles for (instruction set,
    vector width, registers, register tiles), threads, BLAS, and the path each convolution
    of a U-Net takes."""
    import numba
    from threadpoolctl import threadpool_info       # (imported here: it sets an env variable)

    from . import conv
    from .conv import TARGET, host_cpu_model, numba_cpu
    paths = {what: conv.choose_path(w, s, p, x).name for what, w, s, p, x in (
        ("3x3 convolution", (16, 16, 3, 3), (1, 1), (1, 1), (1, 16, 64, 64)),
        ("2x2 up-convolution", (16, 8, 2, 2), (2, 2), (0, 0), (1, 8, 64, 64)),
        ("1x1 head", (1, 16, 1, 1), (1, 1), (0, 0), (1, 16, 64, 64)))}
    return dict(
        host_cpu=host_cpu_model(), numba_cpu=numba_cpu()[0], isa=TARGET.isa,
        vector_bits=TARGET.vector_bits, vector_registers=TARGET.registers, fma=TARGET.fma,
        lanes={"float32": TARGET.lanes(np.float32), "float64": TARGET.lanes(np.float64)},
        tile=TARGET.tile,
        threads=numba.get_num_threads(), numba=numba.__version__, numpy=np.__version__,
        paths=paths,
        blas=[f"{d.get('internal_api')} {d.get('version') or ''} {d.get('architecture') or ''}, "
              f"{d.get('num_threads')} threads".replace("  ", " ")
              for d in threadpool_info() if d.get("user_api") == "blas"])


def run_info(args):
    info = machine_info()
    if args.json:
        print(json.dumps(info, indent=2))
        return
    print(f"CPU:           {info['host_cpu']}\n"
          f"compiled for:  {info['isa']} (LLVM CPU {info['numba_cpu']}; NUMBA_CPU_NAME and "
          f"NUMBA_CPU_FEATURES choose another)\n"
          f"vectors:       {info['vector_bits']} bits ({info['lanes']['float32']} float32 lanes),"
          f" {info['vector_registers']} registers, fused multiply-add: "
          f"{'yes' if info['fma'] else 'no'}\n"
          f"register tile: {info['tile']}\n"
          f"threads:       {info['threads']} (numba {info['numba']}; NUMBA_NUM_THREADS)\n"
          f"BLAS:          {'; '.join(info['blas']) or 'not found'} (numpy {info['numpy']})\n"
          "convolutions:  " + ", ".join(f"{k}: {v}" for k, v in info["paths"].items()))


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (naming the flag and the problem)."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _add_prediction_options(p) -> None:
    p.add_argument("--tta", action="store_true", help="test-time augmentation: the mean over "
                   "shifts of 4 px and zooms of 5 %% (7 forward passes an image)")
    p.add_argument("--keep-lungs", action="store_true", help="keep the two largest fields "
                   "(one, when the second is under a tenth of the first) and fill their holes")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tinyunet", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    common = _Parser(add_help=False)
    common.add_argument("--debug", action="store_true",
                        help="show the Python traceback of an error instead of one line")
    tr = sub.add_parser("train", parents=[common], help="train a U-Net on X-rays and lung masks")
    add_train_arguments(tr)
    tr.add_argument("--layers", help="your exercises file (exercises/my_layers.py): train with "
                    "your own layers, loss and Adam step (the capstone)")
    ev = sub.add_parser("evaluate", parents=[common],
                        help="Dice, IoU and pixel accuracy on every pair of a folder")
    ev.add_argument("--checkpoint", required=True, action="append",
                    help="a trained model; repeat the flag for an ensemble (their mean)")
    ev.add_argument("--data-dir", required=True)
    _add_prediction_options(ev)
    ev.add_argument("--size", type=SIZE, help="image size (default: the size it was trained at)")
    ev.add_argument("--json", action="store_true", help="print JSON instead of a table")
    pr = sub.add_parser("predict", parents=[common],
                        help="write lung masks and overlays for images")
    pr.add_argument("--checkpoint", required=True, action="append",
                    help="a trained model; repeat the flag for an ensemble (their mean)")
    pr.add_argument("inputs", nargs="+", help="image files or folders")
    _add_prediction_options(pr)
    pr.add_argument("--out", default="predictions", help="output folder (%(default)s)")
    ins = sub.add_parser("inspect", parents=[common],
                         help="figures of feature maps, filters, receptive fields "
                         "and skip connections for one image")
    ins.add_argument("--checkpoint", required=True)
    ins.add_argument("image")
    ins.add_argument("--mask", help="the image's true mask, drawn as an outline")
    ins.add_argument("--out", default="inspect", help="output folder (%(default)s)")
    ex = sub.add_parser("explore", parents=[common],
                        help="write an interactive page to walk a trained U-Net in the browser")
    ex.add_argument("images", nargs="*", help="X-ray images (default with --sweep: test images "
                    "of the sweep's split)")
    ex.add_argument("--checkpoint", help="a trained model (RUN/best.npz)")
    ex.add_argument("--sweep", help="a sweep's --out folder: switch between its configurations")
    ex.add_argument("--configs", help="with --sweep: only these configurations, e.g. "
                    "d1_f16,d2_f16 (default: all)")
    ex.add_argument("--mask", action="append", help="the true mask of each image, in order "
                    "(repeat the flag)")
    ex.add_argument("--images-from-test", type=COUNT, default=3,
                    help="with --sweep and no images: how many test images (%(default)s)")
    ex.add_argument("--max-channels", type=_number(int, 1, 512), default=8,
                    help="channels written per map (%(default)s): bounds the page's size")
    ex.add_argument("--out", default="explorer", help="output folder (%(default)s)")
    sw = sub.add_parser("sweep", parents=[common],
                        help="train a depth x filters grid over repeats and compare")
    sw.add_argument("--data-dir", help="data folder (default: the embedded sample)")
    sw.add_argument("--depths", default="1,2,3,4")
    sw.add_argument("--filters", default="4,8,16,32")
    sw.add_argument("--size", type=SIZE, default=128)
    sw.add_argument("--epochs", type=COUNT, default=15)
    sw.add_argument("--patience", type=COUNT, default=6)
    sw.add_argument("--batch-size", type=COUNT, default=8)
    sw.add_argument("--lr", type=RATE, default=1e-3)
    sw.add_argument("--seed", type=SEED, default=0, help="the seed when --seeds is not given")
    sw.add_argument("--seeds", help="repeat every configuration with these seeds, e.g. 0,1,2 "
                    "(each seed: its own split, initialisation and augmentation)")
    sw.add_argument("--folds", type=_number(int, 2), help="K source-stratified folds per seed: "
                    "each image is a test image once; validation comes from the training part")
    sw.add_argument("--later-seeds-only", metavar="CONFIGS", help="with several --seeds: the "
                    "seeds after the first train only these configurations, e.g. d3_f16,d4_f16 "
                    "(more partitions where a comparison is still undecided)")
    sw.add_argument("--workers", type=COUNT, help="run on a local Dask cluster of N worker "
                    "processes (needs tinyunet[distributed])")
    sw.add_argument("--threads-per-run", type=COUNT, help="threads of each run (numba, BLAS); "
                    "default: cores / workers on a local cluster, 1 on a scheduler, all in the "
                    "plain loop")
    sw.add_argument("--scheduler", help="an existing Dask scheduler: tls://HOST:8786 (with "
                    "the client's certificate), or tcp:// on this machine")
    sw.add_argument("--tls-ca-file", help="the CA that signed the scheduler's and workers' "
                    "certificates (as dask scheduler/worker's flag of that name)")
    sw.add_argument("--tls-cert", help="this client's certificate")
    sw.add_argument("--tls-key", help="this client's private key")
    sw.add_argument("--insecure-plain-tcp", action="store_true",
                    help="allow a tcp:// scheduler on another machine: anyone who can reach it "
                    "can run code on the workers")
    sw.add_argument("--connect-timeout", type=_number(float, 0, low_open=True), default=60.0,
                    help="seconds to wait for the scheduler and its first worker (%(default)s)")
    sw.add_argument("--retries", type=_number(int, 0), default=1,
                    help="Dask retries of a run that raised (%(default)s)")
    sw.add_argument("--out", default="sweep")
    sw.add_argument("--report-only", action="store_true",
                    help="train nothing: rewrite the tables, comparisons and figures from the "
                    "grid's finished runs (e.g. while the grid still runs)")
    sw.add_argument("--against", metavar="DIR", help="another cross-validated sweep's folder, "
                    "trained at another size on the same partitions: compare each "
                    "configuration both finished across the sizes (OUT/sizes.md)")
    sw.add_argument("--quiet", action="store_true")
    ce = sub.add_parser("certs", parents=[common], help="write a CA and TLS certificates for "
                        "a sweep's Dask scheduler, workers and client")
    ce.add_argument("--out", required=True, help="a new folder for the certificates and keys")
    ce.add_argument("--host", action="append", default=[], help="a name or address the "
                    "scheduler and workers are reached at (repeat the flag)")
    ce.add_argument("--days", type=COUNT, default=365, help="validity (%(default)s days)")
    exp = sub.add_parser("export", parents=[common], help="write a trained U-Net as an ONNX "
                         "model (needs tinyunet[onnx])")
    exp.add_argument("--checkpoint", required=True)
    exp.add_argument("--out", default="model.onnx", help="the ONNX file (%(default)s)")
    exp.add_argument("--size", type=SIZE, help="input size (default: the size it was trained "
                     "at)")
    chk = sub.add_parser("check", parents=[common], help="check your solutions of the "
                         "exercises (exercises/my_layers.py) and show your progress")
    chk.add_argument("exercises", nargs="*", help="exercise names (see --list)")
    chk.add_argument("--file", help="your Python file with the exercise functions")
    chk.add_argument("--all", action="store_true", help="every exercise the file defines")
    chk.add_argument("--list", action="store_true", help="list the exercises and exit")
    inf = sub.add_parser("info", parents=[common], help="the CPU, vector width, register tiles, "
                         "threads and BLAS this machine computes with")
    inf.add_argument("--json", action="store_true", help="print JSON instead of text")
    return parser


COMMANDS = {"train": run_train, "evaluate": run_evaluate, "predict": run_predict,
            "inspect": run_inspect, "explore": run_explore, "sweep": run_sweep_command,
            "certs": run_certs, "info": run_info, "export": run_export, "check": run_check}


def _os_message(exc: OSError) -> str:
    """'Permission denied: /path (check ...)' for an error of the file system."""
    what = exc.strerror or str(exc) or type(exc).__name__
    where = " -> ".join(str(f) for f in (exc.filename, exc.filename2) if f)
    return f"{what}: {where}" if where else what


def main(argv=None) -> int:
    """Run one command; every failure a user can cause ends in one line on stderr and a
    non-zero exit code (2 bad input, 3 diverged, 70 a bug), never in a traceback (unless
    ``--debug``)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:          # --help (0) or a usage error (2), already printed
        return exc.code
    return run_command(COMMANDS[args.command], args)


def run_command(command, args) -> int:
    """``command(args)`` with the command line's messages and exit codes (see :func:`main`)."""
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            # every command returns None on success; predict and sweep return 1 when some of
            # their inputs or runs failed
            return command(args) or 0
    except TrainingDiverged as exc:
        return _fail(args, exc, str(exc), 3, prefix="tinyunet: ")
    except (DataError, CheckpointError, ExecutorError, ValueError) as exc:
        return _fail(args, exc, str(exc), 2)
    except ImportError as exc:         # an optional extra missing: the message names it
        return _fail(args, exc, str(exc), 2)
    except OSError as exc:
        return _fail(args, exc, f"{_os_message(exc)} (check the path, its permissions and the "
                                f"free disk space)", 2)
    except MemoryError:
        return _fail(args, None, "not enough memory; try a smaller --batch-size or --size", 2)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:   # noqa: BLE001 - a bug: say so, and where to report it
        return _fail(args, exc, f"internal error ({type(exc).__name__}: {exc}). This is a bug in "
                                "tinyunet: please report it with the command line and the output "
                                "of the same command with --debug", 70)


def _fail(args, exc, message: str, code: int, prefix: str = "tinyunet: error: ") -> int:
    if getattr(args, "debug", False) and exc is not None:
        raise exc
    print(prefix + " ".join(message.split()), file=sys.stderr)
    return code


def _show_warning(message, category, filename, lineno, file=None, line=None):
    print(f"tinyunet: warning: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
