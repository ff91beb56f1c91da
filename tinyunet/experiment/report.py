"""Tables and figures of a depth x filters sweep, from its runs-table rows.

Per configuration, over its finished repeats (:mod:`tinyunet.experiment.stats`): mean, sample
standard deviation and the 95 % Student-t interval of test Dice, IoU and border-band Dice. Between
configurations: paired differences over the repeats both finished (same seed and fold, hence the
same split and test images), with whether the 95 % interval of the difference excludes zero.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np

from ..atomic import atomic_write, write_text_atomically
from .stats import paired_difference, summarize

RUN_COLUMNS = (["name", "depth", "base_filters", "seed", "fold", "status", "parameters",
                "receptive_field", "memory_mib_batch8", "train_seconds", "epochs",
                "best_val_dice", "test_dice", "test_iou", "test_boundary_dice", "n_test", "error",
                "stopped_early", "best_epoch", "dice_ref", "hd95", "assd", "erf_radius_init",
                "erf_radius_trained", "theoretical_radius"]
               + [f"skip_loss{k}" for k in range(1, 6)] + ["machine", "kernels"])
METRICS = ["test_dice", "test_iou", "test_boundary_dice"]
# measured by tinyunet.experiment.spatial (runs of sweeps since issue 25): summarised the same
# way where every finished run of a configuration has them
SPATIAL_METRICS = ["dice_ref", "hd95", "assd", "erf_radius_init", "erf_radius_trained"] + [
    f"skip_loss{k}" for k in range(1, 6)]
COLUMNS = (["depth", "base_filters", "parameters", "receptive_field", "memory_mib_batch8",
            "repeats", "failed", "train_seconds", "epochs", "stopped_early", "best_val_dice"]
           + [f"{m}{s}" for m in METRICS + SPATIAL_METRICS
              for s in ("", "_sd", "_ci_low", "_ci_high")]
           + ["theoretical_radius", "error"])
PAIRED_COLUMNS = ["metric", "a", "b", "n", "mean_difference", "sd", "ci_low", "ci_high",
                  "resolvable"]


def config_name(row: dict) -> str:
    return f"d{row['depth']}_f{row['base_filters']}"


def _configs(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(config_name(r), []).append(r)
    return out


def _r(x: float, digits: int = 4):
    return "" if x is None or (isinstance(x, float) and math.isnan(x)) else round(x, digits)


def summarize_configs(rows: list[dict]) -> list[dict]:
    """One row per configuration (in the order first seen) with the COLUMNS."""
    table = []
    for runs in _configs(rows).values():
        done = [r for r in runs if r["status"] == "done"]
        failed = [r for r in runs if r["status"] != "done"]
        row = dict(depth=runs[0]["depth"], base_filters=runs[0]["base_filters"],
                   repeats=len(done), failed=len(failed),
                   error="; ".join(sorted({r["error"] for r in failed})))
        if done:
            first = done[0]
            row.update({k: first[k] for k in ("parameters", "receptive_field",
                                               "memory_mib_batch8")})
            row["train_seconds"] = _r(float(np.mean([r["train_seconds"] for r in done])), 1)
            row["epochs"] = _r(float(np.mean([r["epochs"] for r in done])), 1)
            row["best_val_dice"] = _r(float(np.mean([r["best_val_dice"] for r in done])))
            if all(r.get("stopped_early", "") != "" for r in done):
                row["stopped_early"] = sum(int(r["stopped_early"]) for r in done)
                row["theoretical_radius"] = first["theoretical_radius"]
            present = [m for m in SPATIAL_METRICS if all(r.get(m, "") != "" for r in done)]
            for m in METRICS + present:
                s = summarize([float(r[m]) for r in done])
                row.update({m: _r(s.mean), f"{m}_sd": _r(s.sd), f"{m}_ci_low": _r(s.ci_low),
                            f"{m}_ci_high": _r(s.ci_high)})
        table.append(row)
    return table


def _repeat_key(row: dict) -> tuple:
    return (row["seed"], row["fold"])


def paired_rows(rows: list[dict], metrics=METRICS) -> list[dict]:
    """Paired differences ``a - b`` for every pair of configurations (a before b in grid
    order), over the repeats both finished."""
    configs = {name: {_repeat_key(r): r for r in runs if r["status"] == "done"}
               for name, runs in _configs(rows).items()}
    names = list(configs)
    out = []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            keys = sorted(set(configs[a]) & set(configs[b]), key=str)
            if not keys:
                continue
            for m in metrics:
                d = paired_difference([configs[a][k][m] for k in keys],
                                      [configs[b][k][m] for k in keys])
                out.append(dict(metric=m, a=a, b=b, n=d.n, mean_difference=_r(d.mean),
                                sd=_r(d.sd), ci_low=_r(d.ci_low), ci_high=_r(d.ci_high),
                                resolvable=d.resolvable))
    return out


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with atomic_write(path, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def _interval(row: dict, m: str) -> str:
    if row.get(m, "") == "":
        return ""
    if row[f"{m}_sd"] == "":
        return f"{row[m]:.4f}"
    return f"{row[m]:.4f} ± {row[f'{m}_sd']:.4f} [{row[f'{m}_ci_low']:.4f}, " \
           f"{row[f'{m}_ci_high']:.4f}]"


def results_markdown(table: list[dict]) -> str:
    lines = ["| depth | filters | parameters | receptive field | repeats | test Dice: mean ± sd "
             "[95 % interval] | border Dice | IoU | training s |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in table:
        if not r["repeats"]:
            lines.append(f"| {r['depth']} | {r['base_filters']} |  |  | 0 of {r['failed']} | "
                         f"FAILED: {r['error']} |  |  |  |")
            continue
        reps = str(r["repeats"]) + (f" ({r['failed']} failed)" if r["failed"] else "")
        lines.append(f"| {r['depth']} | {r['base_filters']} | {r['parameters']:,} | "
                     f"{r['receptive_field']} | {reps} | {_interval(r, 'test_dice')} | "
                     f"{_interval(r, 'test_boundary_dice')} | {_interval(r, 'test_iou')} | "
                     f"{r['train_seconds']} |")
    return "\n".join(lines) + ("\n\ntraining s: the mean over repeats of a run's training time, "
                               "wall clock at one thread (history.csv's seconds summed), so it "
                               "counts any time the sweep was paused or shared its cores.\n")


def spatial_markdown(table: list[dict]) -> str:
    """The spatial measurements per configuration (where its runs have them): boundary
    distances, the effective receptive field against the theoretical one, the Dice each skip
    carries, and how many runs early stopping ended."""
    rows = [r for r in table if r.get("hd95", "") != ""]
    if not rows:
        return ""
    levels = max(r["depth"] for r in rows)
    lines = ["\nSpatial information (masks compared at 256 x 256; distances in its pixels; "
             "receptive fields in input pixels; mean ± sd over repeats):\n",
             "| depth | filters | Dice at 256 | HD95 | ASSD | ERF radius at init | "
             "ERF radius trained | theoretical half-width | stopped early | "
             + " | ".join(f"Dice lost without skip {k}" for k in range(1, levels + 1)) + " |",
             "|" + "---|" * (9 + levels)]

    def cell(r, m, digits):
        if r.get(m, "") == "":
            return ""
        sd = r.get(f"{m}_sd", "")
        return f"{r[m]:.{digits}f}" + (f" ± {sd:.{digits}f}" if sd != "" else "")
    for r in rows:
        skips = [cell(r, f"skip_loss{k}", 4) for k in range(1, levels + 1)]
        lines.append(f"| {r['depth']} | {r['base_filters']} | {cell(r, 'dice_ref', 4)} | "
                     f"{cell(r, 'hd95', 2)} | {cell(r, 'assd', 2)} | "
                     f"{cell(r, 'erf_radius_init', 1)} | {cell(r, 'erf_radius_trained', 1)} | "
                     f"{r.get('theoretical_radius', '')} | "
                     f"{r.get('stopped_early', '')} of {r['repeats']} | " + " | ".join(skips)
                     + " |")
    return "\n".join(lines) + "\n"


def _signed(x) -> str:
    return "" if x == "" else f"{x:+.4f}"


def _mirror(p: dict) -> dict:
    """The paired-difference row of ``b - a`` from that of ``a - b``."""
    neg = lambda x: "" if x == "" else -x          # noqa: E731 - "" stays "" (one repeat)
    return dict(p, a=p["b"], b=p["a"], mean_difference=neg(p["mean_difference"]),
                ci_low=neg(p["ci_high"]), ci_high=neg(p["ci_low"]))


def paired_markdown(table: list[dict], paired: list[dict]) -> str:
    """The comparisons a reader asks for: against the best, one more level, twice the filters."""
    lookup = {}
    for p in paired:                  # either order: a - b as computed, b - a as its mirror
        lookup[(p["metric"], p["a"], p["b"])] = p
        lookup[(p["metric"], p["b"], p["a"])] = _mirror(p)

    def line(label, metric, a, b):
        p = lookup.get((metric, a, b))
        if p is None:
            return None
        verdict = "n/a (1 repeat)" if p["n"] < 2 else ("**yes**" if p["resolvable"] else "no")
        return (f"| {label} | {p['n']} | {_signed(p['mean_difference'])} | "
                f"[{_signed(p['ci_low'])}, {_signed(p['ci_high'])}] | {verdict} |")

    done = [r for r in table if r["repeats"]]
    if not done:
        return "No configuration finished.\n"
    best = max(done, key=lambda r: r["test_dice"])
    names = {(r["depth"], r["base_filters"]): config_name(r) for r in done}
    header = ["| comparison | repeats | mean difference | 95 % interval | resolvable |",
              "|---|---|---|---|---|"]
    out = ["Paired differences over repeats with the same seed and fold (same split). "
           "Resolvable: the 95 % interval excludes 0.\n"]
    for metric, title in (("test_dice", "test Dice"), ("test_boundary_dice", "border Dice")):
        sections = [
            (f"every configuration minus the best by mean test Dice ({config_name(best)})",
             [(f"{n} - {config_name(best)}", n, config_name(best)) for n in names.values()
              if n != config_name(best)]),
            ("one more level, same filters (deeper minus shallower)",
             [(f"d{d + 1}_f{f} - d{d}_f{f}", names[(d + 1, f)], names[(d, f)])
              for (d, f) in names if (d + 1, f) in names]),
            ("twice the filters, same depth (wider minus narrower)",
             [(f"d{d}_f{2 * f} - d{d}_f{f}", names[(d, 2 * f)], names[(d, f)])
              for (d, f) in names if (d, 2 * f) in names]),
        ]
        for title_s, comparisons in sections:
            rows = [line(label, metric, a, b) for label, a, b in comparisons]
            rows = [r for r in rows if r]
            if rows:
                out += [f"\n### {title}: {title_s}\n", *header, *rows]
    return "\n".join(out) + "\n"


def write_tables(out, rows: list[dict]) -> list[dict]:
    """runs.csv, results.csv/.md and paired.csv/.md in ``out``; returns the configuration rows."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _write_csv(out / "runs.csv", RUN_COLUMNS, rows)
    table = summarize_configs(rows)
    _write_csv(out / "results.csv", COLUMNS, table)
    write_text_atomically(out / "results.md", results_markdown(table) + spatial_markdown(table))
    paired = paired_rows(rows)
    _write_csv(out / "paired.csv", PAIRED_COLUMNS, paired)
    write_text_atomically(out / "paired.md", paired_markdown(table, paired))
    return table


# ---------------------------------------------------------------------------------------------
# figures
# ---------------------------------------------------------------------------------------------


def write_figures(out, rows: list[dict], size: int) -> None:
    """dice_vs_parameters.png (means with 95 % intervals); where the runs were measured
    (:mod:`tinyunet.experiment.spatial`) effective_fields.png, skip_losses.png, erf_maps.png,
    boundaries.png;
    curves_largest.png (the largest configuration's training, partition by partition);
    and one test image (of the first
    finished repeat of the first configuration) through every configuration: same_image.png,
    features_bottleneck.png, features_up1.png."""
    out = Path(out)
    table = [r for r in summarize_configs(rows) if r["repeats"]]
    if not table:
        return
    _dice_figure(out, table)
    _spatial_figures(out, table, rows)
    _boundary_figure(out, table, rows)
    _largest_curves(out, table, rows)
    first_done = {}
    for r in rows:       # a run whose weights stayed on another machine has no such figure
        if r["status"] == "done" and (Path(r["run_dir"]) / "best.npz").exists():
            first_done.setdefault(config_name(r), r)
    if first_done:
        _same_image_figures(out, list(first_done.values()), size)


def _spatial_figures(out: Path, table: list[dict], rows: list[dict]) -> None:
    """effective_fields.png, skip_losses.png and erf_maps.png (the trained maps of each depth at
    16 filters, or the widest there is, from the first finished repeat), where measured."""
    from ..viz import plot_effective_fields, plot_erf_maps, plot_skip_losses
    spatial = [r for r in table if r.get("erf_radius_trained", "") != ""
               and r.get("theoretical_radius", "") != ""]
    if not spatial:
        return
    plot_effective_fields(spatial, out / "effective_fields.png")
    plot_skip_losses(spatial, out / "skip_losses.png")
    maps = []
    for d in sorted({r["depth"] for r in spatial}):
        f = _width_shown({r["base_filters"] for r in spatial if r["depth"] == d})
        run = next((r for r in rows if r["status"] == "done" and r["depth"] == d
                    and r["base_filters"] == f
                    and (Path(r["run_dir"]) / "erf.npz").exists()), None)
        if run is not None:
            with np.load(Path(run["run_dir"]) / "erf.npz") as z:
                maps.append((f"depth {d}, {f} filters (field {run['receptive_field']} px)",
                             z["trained"].astype(np.float64), int(run["receptive_field"])))
    if maps:
        plot_erf_maps(maps, out / "erf_maps.png")


def _boundary_figure(out: Path, table: list[dict], rows: list[dict]) -> None:
    """boundaries.png: HD95 and ASSD per configuration, and one test image at the reference
    resolution with its true outline and those of every depth at 16 filters (or the widest
    finished), all from one partition: the first where every depth has such a run. The image
    is the one whose HD95, averaged over those runs (their test_per_image.csv), is the median:
    a typical outline, not the best or the worst."""
    from ..checkpoint import model_from_checkpoint
    from ..train import predict_probabilities
    from ..viz import plot_boundaries
    from .spatial import REFERENCE_SIZE, read_per_image, resize_probabilities
    measured = [r for r in table if r.get("hd95", "") != "" and r.get("assd", "") != ""]
    if not measured:
        return
    shown = _one_partition_per_depth(rows)
    if not shown:
        return
    per_image = [read_per_image(r["run_dir"]) for r in shown]
    names = sorted(per_image[0])
    typical = np.mean([[p[n]["hd95"] for n in names] for p in per_image], axis=0)
    name = names[int(np.argsort(typical, kind="stable")[len(names) // 2])]
    first = Path(shown[0]["run_dir"])
    size = json.loads((first / "run.json").read_text())["size"]
    reference = run_test_images(first, REFERENCE_SIZE, out / ".cache").by_names([name])
    image = (reference if size == REFERENCE_SIZE else
             run_test_images(first, size, out / ".cache").by_names([name])).images
    outlines = []
    for r, p in zip(shown, per_image):
        model, _ = model_from_checkpoint(Path(r["run_dir"]) / "best.npz")
        prob = resize_probabilities(predict_probabilities(model, image), REFERENCE_SIZE)[0]
        outlines.append((f"depth {r['depth']} x {r['base_filters']}", prob, p[name]["hd95"]))
    fold = shown[0].get("fold", "")
    where = f"fold {fold}" if fold != "" else f"seed {shown[0]['seed']}"
    plot_boundaries(measured, reference.images[0], reference.masks[0], outlines,
                    f"test image {name} ({where}), {REFERENCE_SIZE} x {REFERENCE_SIZE}: truth "
                    "green, predictions dashed", out / "boundaries.png")


def _width_shown(widths) -> int:
    """The filter count a figure shows for a depth that has ``widths``: 16 where it has them
    (the width of every depth in the grid), the widest otherwise."""
    return 16 if 16 in widths else max(widths)


def _one_partition_per_depth(rows: list[dict]) -> list[dict]:
    """One finished, measured run per depth, at 16 filters where a depth has them (the widest
    it has otherwise), all from the first partition (seed, fold) that has one for every depth;
    [] when none has."""
    done = [r for r in rows if r["status"] == "done"
            and (Path(r.get("run_dir", "")) / "best.npz").exists()
            and (Path(r["run_dir"]) / "test_per_image.csv").exists()]
    depths = sorted({r["depth"] for r in done})
    for key in sorted({_repeat_key(r) for r in done}):
        here = [r for r in done if _repeat_key(r) == key]
        chosen = []
        for d in depths:
            widths = {r["base_filters"] for r in here if r["depth"] == d}
            if not widths:
                break
            f = _width_shown(widths)
            chosen.append(next(r for r in here if r["depth"] == d and r["base_filters"] == f))
        if len(chosen) == len(depths):
            return chosen
    return []


def _largest_curves(out: Path, table: list[dict], rows: list[dict]) -> None:
    """curves_largest.png: the training curves of the configuration with the most parameters,
    one line per finished partition, against the epoch cap (from each run's run.json)."""
    from ..viz import plot_partition_curves
    largest = max(table, key=lambda r: r["parameters"])
    curves, cap = [], None
    for r in rows:
        run_dir = Path(r.get("run_dir", ""))
        if (r["status"] != "done" or config_name(r) != config_name(largest)
                or not (run_dir / "history.csv").exists()):
            continue
        with open(run_dir / "history.csv") as fh:
            history = list(csv.DictReader(fh))
        label = f"fold {r['fold']}" if r.get("fold", "") != "" else f"seed {r['seed']}"
        curves.append((label, history, int(r.get("best_epoch") or 0)))
        with open(run_dir / "run.json") as fh:
            cap = json.load(fh)["train"]["epochs"]
    if curves:
        plot_partition_curves(curves, f"the largest configuration, depth {largest['depth']} x "
                              f"{largest['base_filters']} filters "
                              f"({largest['parameters']:,} parameters)", cap,
                              out / "curves_largest.png")


def _dice_figure(out: Path, table: list[dict]) -> None:
    from ..viz import new_figure, save_figure
    fig = new_figure(11, 4)
    axes = fig.subplots(1, 2)
    for d in sorted({r["depth"] for r in table}):
        rs = sorted((r for r in table if r["depth"] == d), key=lambda r: r["parameters"])
        x = [r["parameters"] for r in rs]
        for ax, m in zip(axes, ("test_dice", "test_boundary_dice")):
            y = np.array([r[m] for r in rs])
            lo = np.array([r[f"{m}_ci_low"] if r[f"{m}_ci_low"] != "" else r[m] for r in rs])
            hi = np.array([r[f"{m}_ci_high"] if r[f"{m}_ci_high"] != "" else r[m] for r in rs])
            ax.errorbar(x, y, yerr=[y - lo, hi - y], fmt="o-", capsize=3, label=f"depth {d}")
        for r in rs:
            axes[0].annotate(str(r["base_filters"]), (r["parameters"], r["test_dice"]),
                             fontsize=7, xytext=(3, -9), textcoords="offset points")
    reps = sorted({r["repeats"] for r in table})
    note = f"mean of {'/'.join(map(str, reps))} repeats, bars: 95 % interval"
    for a, label in ((axes[0], "test Dice"), (axes[1], "test Dice in the border band")):
        a.set(xscale="log", xlabel="parameters (labels: base filters)", ylabel=label,
              title=note)
        a.title.set_fontsize(8)
        a.grid(alpha=0.3)
        a.legend(fontsize=8)
    save_figure(fig, out / "dice_vs_parameters.png")


def run_test_images(run_dir: Path, size: int, cache_dir: Path):
    """The test images and masks of a finished run (its data, resized, by the names in
    run.json)."""
    from ..data import load_dataset
    run = json.loads((run_dir / "run.json").read_text())
    data = load_dataset(run["data_dir"], size, cache_dir=cache_dir, progress=False)
    return data.by_names(run["splits"]["test"])


def _same_image_figures(out: Path, rows: list[dict], size: int) -> None:
    from ..checkpoint import model_from_checkpoint
    from ..data import normalise
    from ..layers import inference
    from ..losses import sigmoid
    from ..metrics import boundary_dice_per_image
    from ..viz import new_figure, save_figure
    test = run_test_images(Path(rows[0]["run_dir"]), size, out / ".cache")
    k = int(np.argsort([m.mean() for m in test.masks])[len(test) // 2])   # a typical image
    image, mask = test.images[k], test.masks[k]
    depths = sorted({r["depth"] for r in rows})
    filters = sorted({r["base_filters"] for r in rows})

    def grid(title):
        fig = new_figure(2.2 * len(filters), 2.4 * len(depths))
        axes = fig.subplots(len(depths), len(filters), squeeze=False)
        for a in axes.ravel():
            a.axis("off")
        fig.suptitle(title, fontsize=9)
        return fig, axes

    fig, axes = grid(f"test image {test.names[k]}, every configuration (seed {rows[0]['seed']}; "
                     "green: truth, red dashed: prediction)")
    levels = {"bottleneck": "the bottleneck", "up1": "the last decoder level (up1)"}
    level_figs = {name: grid(f"mean |activation| of {text}, same test image, every "
                             "configuration (rows: depth, columns: base filters)")
                  for name, text in levels.items()}
    for r in rows:
        model, _ = model_from_checkpoint(Path(r["run_dir"]) / "best.npz")
        with model.evaluating(), inference():
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
        for name, (_, level_axes) in level_figs.items():
            fmap = feats[name][0]
            a = level_axes[where]
            a.imshow(np.abs(fmap).mean(axis=0), cmap="magma")
            a.set_title(f"d{r['depth']} f{r['base_filters']}: {fmap.shape[0]} x "
                        f"{fmap.shape[1]}x{fmap.shape[2]}", fontsize=7)
    save_figure(fig, out / "same_image.png")
    for name, (level_fig, _) in level_figs.items():
        save_figure(level_fig, out / f"features_{name}.png")
