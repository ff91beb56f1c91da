"""A training run end to end: load and split the data, train, test on held-out images, write
the run directory.

Run directory::

    run.json          data folder, image size, model and training config, the split (by name)
    last.npz          checkpoint after the last completed epoch (resume from here)
    best.npz          checkpoint with the best validation Dice
    history.csv       one row per epoch
    metrics.json      test Dice, IoU, pixel accuracy, per-image Dice (best weights), the machine
    figures/curves.png, figures/test_predictions.png

Resized data are cached in the user cache folder (:func:`tinyunet.data.default_cache_dir`), so
the next run starts fast.
"""

from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import numpy as np

from .atomic import write_text_atomically
from .conv import TARGET, default_3x3_kernels, host_cpu_model
from .data import (DataError, SAMPLE_DIR, default_cache_dir, fold_indices, load_dataset,
                   save_cache, split_indices)
from .train import TrainConfig, evaluate, fit
from .unet import UNet
from .viz import plot_history, plot_predictions


def postprocessing_effect(sets: dict) -> dict:
    """Mean Dice and HD95 of each set's thresholded probabilities with and without
    :func:`tinyunet.postprocess.keep_lungs`: {"val_dice": .., "val_dice_keep_lungs": .., ...}
    (validation says whether it helps; the test set only confirms)."""
    from .metrics import dice_per_image, surface_distances_per_image
    from .postprocess import keep_lungs
    out = {}
    for name, (probs, masks) in sets.items():
        for suffix, pred in (("", probs > 0.5), ("_keep_lungs", keep_lungs(probs > 0.5))):
            pred = pred.astype(np.float32)
            out[f"{name}_dice{suffix}"] = round(float(dice_per_image(pred, masks).mean()), 5)
            out[f"{name}_hd95{suffix}"] = round(
                float(surface_distances_per_image(pred, masks)["hd95"].mean()), 3)
    return out


def machine() -> dict:
    """Where a run finished: the CPU's model name, the instruction set the kernels ran on (times
    in a table that spans machines are read with it) and the kernels the dispatch takes for a
    3x3 forward pass by default, ``"winograd"`` or ``"direct"`` (their float32 rounding differs,
    so two runs that should be paired are read with it)."""
    return dict(cpu=host_cpu_model(), isa=TARGET.isa, llvm_cpu=TARGET.cpu,
                conv3x3=default_3x3_kernels())


def _write_json(path: Path, obj) -> None:
    write_text_atomically(path, json.dumps(obj, indent=2))


def _read_run_file(path: Path) -> dict:
    """run.json of an existing run; a DataError naming it if it is damaged."""
    try:
        previous = json.loads(path.read_text())
        for key in ("data_dir", "size", "model", "splits"):
            previous[key]
        return previous
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise DataError(f"{path} is damaged ({type(exc).__name__}: {exc}); the run cannot be "
                        "resumed: start it again in another --run-dir") from None


def train_run(run_dir, data_dir=None, size: int = 128, depth: int = 4, base_filters: int = 16,
              batch_norm: bool = False, dropout: float = 0.0, config: TrainConfig | None = None,
              resume: bool = False, limit: int | None = None, fractions=(0.7, 0.15, 0.15),
              folds: int | None = None, fold: int = 0, cache_dir=None,
              progress: bool = True, log=print, split_seed: int | None = None) -> dict:
    """Train a U-Net on ``data_dir`` (default: the embedded sample) into ``run_dir``; returns
    the test metrics (also written to ``metrics.json``).

    The split is seeded by ``split_seed`` (default: ``config.seed``, which also seeds the
    initialisation and the augmentation): the ``fractions`` train/val/test split, or with
    ``folds=K`` split ``fold`` (0 <= fold < K) of :func:`tinyunet.data.fold_indices`, so that
    the K runs of one seed test every image once. Networks that differ only in ``config.seed``
    and share a ``split_seed`` form an ensemble with one held-out set. ``cache_dir`` holds the
    resized data (default: :func:`tinyunet.data.default_cache_dir`); it is written only once the
    run has passed its checks, so a refused run writes nothing.

    While it runs, the run folder is locked (:func:`run_folder_lock`): a second run started on
    the same folder is refused until the first ends or is killed."""
    run_dir = Path(run_dir)
    if run_dir.exists() and not run_dir.is_dir():
        raise DataError(f"the run folder {run_dir} exists and is not a folder; "
                        "choose another --run-dir (nothing was changed)")
    with run_folder_lock(run_dir):
        return _train_run(run_dir, data_dir, size, depth, base_filters, batch_norm, dropout,
                          config or TrainConfig(), resume, limit, fractions, folds, fold,
                          cache_dir, progress, log, split_seed)


LOCK_NAME = ".lock"


@contextmanager
def run_folder_lock(run_dir: Path, holder: str = "run", option: str = "--run-dir"):
    """Hold an exclusive lock on ``run_dir`` (an ``flock`` on ``run_dir/.lock``, which the
    operating system drops when the process ends, so a killed run leaves nothing stuck), or
    raise DataError in one line if another process or thread holds it. A folder made only to
    hold the lock is removed again if the run leaves nothing else in it (a refused run).
    ``holder`` and ``option`` word the refusal: what holds such a folder (a run; a sweep for
    its ``--out``) and the option that chooses another."""
    try:
        import fcntl
    except ImportError:                   # no flock (Windows): runs are not locked there
        yield
        return
    made = not run_dir.exists()
    run_dir.mkdir(parents=True, exist_ok=True)
    lock_path = run_dir / LOCK_NAME
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another process"
            raise DataError(f"{run_dir} is in use by another {holder} ({pid}); wait for it to "
                            f"end or choose another {option} (nothing was changed)") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            if made and [p.name for p in run_dir.iterdir()] == [LOCK_NAME]:
                lock_path.unlink()
                run_dir.rmdir()
    finally:
        os.close(fd)


def _train_run(run_dir, data_dir, size, depth, base_filters, batch_norm, dropout, config,
               resume, limit, fractions, folds, fold, cache_dir, progress, log,
               split_seed=None) -> dict:
    run_file = run_dir / "run.json"
    previous = _read_run_file(run_file) if run_file.exists() else None
    if previous and not resume:
        raise DataError(f"{run_dir} already holds a run; continue it with --resume or choose "
                        "another --run-dir (nothing was changed)")
    if previous:
        data_dir, size = previous["data_dir"], previous["size"]
        model_config = previous["model"]
        log(f"resuming with the saved data folder, size {size} and model {model_config}")
    else:
        model_config = dict(in_channels=1, out_channels=1, depth=depth,
                            base_filters=base_filters, batch_norm=batch_norm, dropout=dropout,
                            seed=config.seed)
    model = UNet(**model_config)
    factor = 2 ** model.depth
    if size % factor:
        raise DataError(f"--size {size} must be divisible by 2**depth = {factor}")

    started = time.perf_counter()
    if folds is not None and not 0 <= fold < folds:
        raise DataError(f"fold must lie in 0..{folds - 1}, got {fold}")
    cache_dir = default_cache_dir() if cache_dir is None else cache_dir
    data = load_dataset(data_dir, size, cache_dir=cache_dir, progress=progress, limit=limit,
                        write_cache=False)
    log(data.index.report())
    for name, reason in data.skipped:
        log(f"  skipped {name}: {reason}")
    split_seed = config.seed if split_seed is None else split_seed
    if previous:
        splits = {k: data.by_names(v) for k, v in previous["splits"].items()}
        split_seed = previous["split"]["seed"]
    else:
        if folds is None:
            idx = split_indices(data.source_sets, fractions, split_seed)
        else:
            idx = fold_indices(data.source_sets, folds, split_seed)[fold]
        if not idx["train"] or not idx["val"] or not idx["test"]:
            raise DataError(f"{len(data)} pairs are too few to split into train, validation "
                            "and test; add data or change the fractions")
        splits = {k: data.subset(v) for k, v in idx.items()}
        run_dir.mkdir(parents=True, exist_ok=True)
        _write_json(run_file, dict(
            data_dir=str(Path(data_dir).resolve()) if data_dir else None,
            data_label=str(data_dir) if data_dir else f"embedded sample ({SAMPLE_DIR.name})",
            size=size, model=model_config, train=asdict(config),
            split=dict(seed=split_seed, folds=folds, fold=fold if folds else None),
            splits={k: v.names for k, v in splits.items()}))
    save_cache(data)
    for stale in run_dir.glob(".*.tmp"):       # temporary files of a run killed mid-write
        stale.unlink(missing_ok=True)
    log(f"split: {len(splits['train'])} train, {len(splits['val'])} validation, "
        f"{len(splits['test'])} test images (by source set, seed {split_seed})")
    log(f"model: depth {model.depth}, {model.config['base_filters']} base filters, "
        f"{model.num_parameters():,} parameters, receptive field {model.receptive_field_size} px")

    result = fit(model, splits["train"], splits["val"], config, run_dir, resume=resume,
                 progress=progress, log=log, extra_state=dict(image_size=size))
    test = evaluate(model, splits["test"], config.batch_size, config.loss)
    probs = test.pop("probabilities")
    val = evaluate(model, splits["val"], config.batch_size, config.loss)
    metrics = dict(
        test_dice=test["dice"], test_iou=test["iou"], test_pixel_accuracy=test["pixel_accuracy"],
        test_loss=test["loss"],
        test_dice_per_image=dict(zip(splits["test"].names, test["dice_per_image"])),
        best_val_dice=result.best_dice, best_epoch=result.best_epoch,
        epochs_run=len(result.history), stopped=result.stopped,
        seconds=round(time.perf_counter() - started, 1), size=size, model=model_config,
        parameters=model.num_parameters(), receptive_field=model.receptive_field_size,
        n_train=len(splits["train"]), n_val=len(splits["val"]), n_test=len(splits["test"]),
        postprocessing=postprocessing_effect({"val": (val["probabilities"], splits["val"].masks),
                                              "test": (probs, splits["test"].masks)}),
        machine=machine())
    _write_json(run_dir / "metrics.json", metrics)
    figures = run_dir / "figures"
    plot_history(result.history, figures / "curves.png")
    order = sorted(range(len(probs)), key=lambda i: test["dice_per_image"][i])
    plot_predictions(splits["test"].images[order], splits["test"].masks[order], probs[order],
                     [splits["test"].names[i] for i in order], figures / "test_predictions.png",
                     dice=[test["dice_per_image"][i] for i in order])
    return metrics
