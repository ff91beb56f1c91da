"""The depth x filters experiment: train a grid of U-Nets on the same split, compare them.

Every configuration trains with the same data, split, seed, schedule and augmentation through
:func:`tinyunet.runs.train_run`, into ``OUT/runs/d{depth}_f{filters}``; a finished run (one with
``metrics.json``) is skipped and an unfinished one resumed, so the sweep can be stopped and
started again. Then::

    OUT/results.csv, OUT/results.md    one row per configuration (see COLUMNS)
    OUT/dice_vs_parameters.png         test Dice against parameter count, a line per depth
    OUT/same_image.png                 one test image predicted by every configuration
    OUT/features_<level>.png           one level's activity (bottleneck, up1) in every configuration
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np

from .checkpoint import model_from_checkpoint
from .data import load_dataset
from .losses import sigmoid
from .metrics import boundary_dice_per_image
from .runs import train_run
from .train import TrainConfig, predict_probabilities

COLUMNS = ["depth", "base_filters", "parameters", "receptive_field", "memory_mib_batch8",
           "train_seconds", "epochs", "best_val_dice", "test_dice", "test_iou",
           "test_boundary_dice"]


def run_sweep(out, data_dir, depths=(1, 2, 3, 4), filters=(4, 8, 16, 32), size: int = 128,
              config: TrainConfig | None = None, band_radius: int = 3, progress: bool = True,
              log=print) -> list[dict]:
    out = Path(out)
    config = config or TrainConfig(epochs=15, patience=6)
    rows = []
    for depth in depths:
        for f in filters:
            run_dir = out / "runs" / f"d{depth}_f{f}"
            metrics_file = run_dir / "metrics.json"
            if metrics_file.exists():
                log(f"d{depth} f{f}: done already, skipped")
            else:
                log(f"\n=== depth {depth}, {f} base filters ===")
                train_run(run_dir, data_dir, size=size, depth=depth, base_filters=f,
                          config=config, resume=(run_dir / "run.json").exists(),
                          progress=progress, log=log)
            rows.append(_row(run_dir, depth, f, size, band_radius))
    _write_tables(out, rows)
    _figures(out, rows, data_dir, size)
    return rows


def _test_split(run_dir: Path, data_dir, size):
    run = json.loads((run_dir / "run.json").read_text())
    data = load_dataset(data_dir, size, cache_dir=run_dir.parent / ".cache", progress=False)
    where = {n: i for i, n in enumerate(data.names)}
    return data.subset([where[n] for n in run["splits"]["test"]])


def _row(run_dir: Path, depth, f, size, band_radius) -> dict:
    m = json.loads((run_dir / "metrics.json").read_text())
    model, _ = model_from_checkpoint(run_dir / "best.npz")
    test = _test_split(run_dir, json.loads((run_dir / "run.json").read_text())["data_dir"], size)
    probs = predict_probabilities(model, test.images)
    band = boundary_dice_per_image(probs, test.masks, band_radius)
    history = list(csv.DictReader(open(run_dir / "history.csv")))
    return dict(depth=depth, base_filters=f, parameters=model.num_parameters(),
                receptive_field=model.receptive_field_size,
                memory_mib_batch8=round(model.memory_estimate((8, 1, size, size))["total"] / 2**20, 1),
                train_seconds=round(sum(float(r["seconds"]) for r in history), 1),
                epochs=len(history), best_val_dice=round(m["best_val_dice"], 4),
                test_dice=round(m["test_dice"], 4), test_iou=round(m["test_iou"], 4),
                test_boundary_dice=round(float(band.mean()), 4), run_dir=str(run_dir))


def _write_tables(out: Path, rows: list[dict]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "results.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    header = "| " + " | ".join(COLUMNS) + " |"
    lines = [header, "|" + "---|" * len(COLUMNS)]
    for r in rows:
        lines.append("| " + " | ".join(f"{r[c]:,}" if c == "parameters" else str(r[c])
                                       for c in COLUMNS) + " |")
    (out / "results.md").write_text("\n".join(lines) + "\n")


def _figures(out: Path, rows: list[dict], data_dir, size) -> None:
    from .viz import _figure, _save
    depths = sorted({r["depth"] for r in rows})
    fig = _figure(11, 4)
    ax, ax_t = fig.subplots(1, 2)
    for d in depths:
        rs = sorted((r for r in rows if r["depth"] == d), key=lambda r: r["parameters"])
        ax.plot([r["parameters"] for r in rs], [r["test_dice"] for r in rs], "o-",
                label=f"depth {d}")
        ax_t.plot([r["parameters"] for r in rs], [r["test_boundary_dice"] for r in rs], "o-",
                  label=f"depth {d}")
        for r in rs:
            ax.annotate(str(r["base_filters"]), (r["parameters"], r["test_dice"]), fontsize=7,
                        xytext=(3, -9), textcoords="offset points")
    for a, label in ((ax, "test Dice"), (ax_t, "test Dice in the border band")):
        a.set(xscale="log", xlabel="parameters (labels: base filters)", ylabel=label)
        a.grid(alpha=0.3)
        a.legend(fontsize=8)
    _save(fig, out / "dice_vs_parameters.png")

    # the same test image through every configuration, and the activity of its levels
    first = Path(rows[0]["run_dir"])
    test = _test_split(first, json.loads((first / "run.json").read_text())["data_dir"], size)
    k = int(np.argsort([m.mean() for m in test.masks])[len(test) // 2])   # a typical image
    image, mask = test.images[k], test.masks[k]
    filters = sorted({r["base_filters"] for r in rows})

    def grid(title):
        fig = _figure(2.2 * len(filters), 2.4 * len(depths))
        axes = np.atleast_2d(fig.subplots(len(depths), len(filters)))
        fig.suptitle(title, fontsize=9)
        return fig, axes

    fig, axes = grid("one test image, every configuration (green: truth, red dashed: prediction)")
    levels = {"bottleneck": "the bottleneck", "up1": "the last decoder level (up1)"}
    level_figs = {name: grid(f"mean |activation| of {text}, same test image, every "
                             "configuration (rows: depth, columns: base filters)")
                  for name, text in levels.items()}
    from .data import normalise
    for r in rows:
        model, _ = model_from_checkpoint(Path(r["run_dir"]) / "best.npz")
        model.eval()
        logits, feats = model.forward(normalise(image[None]), return_features=True)
        prob = sigmoid(logits[0, 0])
        where = (depths.index(r["depth"]), filters.index(r["base_filters"]))
        ax = axes[where]
        ax.imshow(image, cmap="gray")
        ax.contour(mask, levels=[0.5], colors=["lime"], linewidths=0.8)
        if prob.max() > 0.5 > prob.min():
            ax.contour(prob, levels=[0.5], colors=["red"], linewidths=0.8, linestyles="--")
        d = boundary_dice_per_image(prob[None], mask[None])[0]
        ax.set_title(f"d{r['depth']} f{r['base_filters']}  border Dice {d:.3f}", fontsize=7)
        ax.axis("off")
        for name, (_, level_axes) in level_figs.items():
            fmap = feats[name][0]
            a = level_axes[where]
            a.imshow(np.abs(fmap).mean(axis=0), cmap="magma")
            a.set_title(f"d{r['depth']} f{r['base_filters']}: {fmap.shape[0]} x "
                        f"{fmap.shape[1]}x{fmap.shape[2]}", fontsize=7)
            a.axis("off")
    _save(fig, out / "same_image.png")
    for name, (level_fig, _) in level_figs.items():
        _save(level_fig, out / f"features_{name}.png")
