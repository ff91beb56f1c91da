"""The strongest lung segmenter tinyunet trains on 2 CPU cores in about an hour, with the
validation measurement behind each of its choices (issue 27).

    python examples/best_recipe.py trials --data-dir ../shared/data/lungs256 --out docs/recipe
    python examples/best_recipe.py final  --data-dir ../shared/data/lungs256 --out docs/recipe
    python examples/best_recipe.py report --out docs/recipe

Every network trains on one split of the data (seed 0: 70 % train, 15 % validation, 15 % test
by source set; on lungs256 280/60/60, the split of docs/results.md (b)), so every choice is made
on the same 60 validation images and the 60 test images are scored once, at the very end.

1. ``trials``: a baseline (128 px, depth 4 x 16 filters, BCE + Dice, augmentation, no batch
   norm) and one trial per question, each changing one thing: the loss (Dice alone), the
   augmentation (off), batch norm (on), the width (32 filters) and the size (256 px). Each
   trains at most ``--trial-epochs`` epochs with early stopping (patience 8), on one thread, two
   at a time. Each is scored on the validation images at 256 x 256 (probabilities resized
   bilinearly), so a 128 px and a 256 px network are scored on the same masks.
   **Rule**: a trial's change is adopted when its per-image paired Dice difference against the
   baseline has a 95 % t interval above zero; otherwise the baseline's (cheaper, simpler) choice
   stays. The interval covers image-to-image variation, not training noise (one seed each).
2. ``final``: the adopted choices together, trained as networks that differ only in their
   initialisation seed, two at a time (one thread each), each stopped early on its validation
   Dice, round after round until ``--minutes`` of training are spent: one hour of the two
   cores. Then, on validation again: the best single network or the ensemble of all, and each
   prediction option (the two lung fields kept, test-time shifts and zooms, a horizontal
   flip), adopted by the same rule against the plain single network. Only then are the test
   images scored: Dice, HD95 and ASSD at 256 x 256.
3. ``report``: ``recipe.md`` (the tables and the command) from ``trials.json`` and
   ``recipe.json``.

Each stage resumes: a finished network is kept, an unfinished one continues from its last epoch.
"""

from __future__ import annotations

import argparse
import json
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import numpy as np

from tinyunet.checkpoint import model_from_checkpoint
from tinyunet.data import load_dataset
from tinyunet.experiment.executors import run_pinned
from tinyunet.experiment.spatial import resize_probabilities
from tinyunet.metrics import dice_per_image, surface_distances_per_image
from tinyunet.postprocess import DEFAULT_TTA, ensemble_probabilities, keep_lungs
from tinyunet.runs import train_run
from tinyunet.train import TrainConfig

REFERENCE_SIZE = 256
BASELINE = dict(size=128, depth=4, filters=16, loss="bce_dice", augment=True, batch_norm=False)
TRIALS = {       # name: (the question it answers, what it changes from the baseline)
    "baseline": ("", {}),
    "loss_dice": ("loss", {"loss": "dice"}),
    "no_augment": ("augmentation", {"augment": False}),
    "batch_norm": ("batch norm", {"batch_norm": True}),
    "filters32": ("filters", {"filters": 32}),
    "size256": ("size", {"size": 256}),
}
PREDICTION_OPTIONS = {   # name: (test-time transforms, keep the two lung fields)
    "plain": (None, False),
    "keep lungs": (None, True),
    "shifts and zooms": (DEFAULT_TTA, False),
    "flip": ((("identity",), ("flip",)), False),
    "shifts and zooms + keep lungs": (DEFAULT_TTA, True),
    "flip + keep lungs": ((("identity",), ("flip",)), True),
}


def _train(run_dir: str, data_dir: str, options: dict, seed: int, epochs: int, patience: int,
           minutes: float | None) -> dict:
    """One network of the recipe (in a worker process): resumes an unfinished run folder and
    returns the finished one's metrics without training again."""
    run_dir = Path(run_dir)
    if (run_dir / "metrics.json").exists():
        return json.loads((run_dir / "metrics.json").read_text())
    config = TrainConfig(epochs=epochs, patience=patience, loss=options["loss"],
                         augment=options["augment"], seed=seed, max_minutes=minutes)
    return train_run(run_dir, data_dir, size=options["size"], depth=options["depth"],
                     base_filters=options["filters"], batch_norm=options["batch_norm"],
                     config=config, resume=(run_dir / "run.json").exists(), split_seed=0,
                     progress=False, log=lambda *a: None)


def train_in_parallel(jobs: list[tuple], workers: int = 2, threads: int = 1) -> list[dict]:
    """Train ``jobs`` (argument tuples of :func:`_train`), ``workers`` at a time, each pinned to
    ``threads`` threads, in fresh (spawned) processes."""
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(run_pinned, _train, threads, *job) for job in jobs]
        return [f.result() for f in futures]


def _validation_and_test(run_dir: Path, cache_dir=None):
    """The split of a recipe run: its validation and test images at the run's size, and their
    masks at the reference size."""
    run = json.loads((run_dir / "run.json").read_text())
    at_size, at_reference = (load_dataset(run["data_dir"], size, cache_dir=cache_dir,
                                          progress=False, write_cache=False)
                             for size in (run["size"], REFERENCE_SIZE))
    sets = {name: (run["splits"][name], at_size.by_names(run["splits"][name]).images,
                   at_reference.by_names(run["splits"][name]).masks)
            for name in ("val", "test")}
    return run, sets


def score(models, images, masks, transforms=None, keep=False) -> dict:
    """Per-image Dice, HD95 and ASSD at the reference size of the ensemble mean of ``models``
    (one model: its own prediction), with test-time ``transforms`` and ``keep_lungs`` if asked;
    and the prediction's seconds per image."""
    started = time.perf_counter()
    probs = ensemble_probabilities(models, images, transforms=transforms)
    seconds = (time.perf_counter() - started) / len(images)
    pred = resize_probabilities(probs, REFERENCE_SIZE) > 0.5
    if keep:
        pred = keep_lungs(pred)
    pred = pred.astype(np.float32)
    return dict(dice=dice_per_image(pred, masks), seconds_per_image=seconds,
                **surface_distances_per_image(pred, masks))


def paired_interval(a: np.ndarray, b: np.ndarray, level: float = 0.95) -> tuple[float, float,
                                                                                   float]:
    """Mean of the per-image differences a - b and its two-sided t interval."""
    from scipy import stats
    d = np.asarray(a, float) - np.asarray(b, float)
    half = stats.t.ppf(0.5 + level / 2, len(d) - 1) * d.std(ddof=1) / np.sqrt(len(d))
    return float(d.mean()), float(d.mean() - half), float(d.mean() + half)


def _row(name, question, s, base=None) -> dict:
    row = dict(name=name, question=question, dice=float(s["dice"].mean()),
               hd95=float(s["hd95"].mean()), assd=float(s["assd"].mean()),
               seconds_per_image=s["seconds_per_image"])
    if base is not None:
        mean, low, high = paired_interval(s["dice"], base["dice"])
        row.update(gain=mean, gain_low=low, gain_high=high, adopted=bool(low > 0))
    return row


def run_trials(data_dir, out: Path, epochs: int, workers: int) -> list[dict]:
    jobs = [(str(out / "trials" / name), data_dir, {**BASELINE, **change}, 0, epochs, 8, None)
            for name, (_, change) in TRIALS.items()]
    jobs.sort(key=lambda j: -(j[2]["size"] ** 2 * j[2]["filters"] ** 2))    # costliest first
    metrics = dict(zip([Path(j[0]).name for j in jobs], train_in_parallel(jobs, workers)))
    rows, base = [], None
    for name, (question, change) in TRIALS.items():
        run_dir = out / "trials" / name
        _, sets = _validation_and_test(run_dir)
        _, images, masks = sets["val"]
        s = score([model_from_checkpoint(run_dir / "best.npz")[0]], images, masks)
        base = s if name == "baseline" else base
        row = _row(name, question, s, None if name == "baseline" else base)
        row.update(change=change, epochs=metrics[name]["epochs_run"],
                   best_epoch=metrics[name]["best_epoch"], stopped=metrics[name]["stopped"],
                   train_seconds=metrics[name]["seconds"])
        rows.append(row)
    (out / "trials.json").write_text(json.dumps(rows, indent=2))
    return rows


def chosen_options(trials: list[dict]) -> dict:
    """The baseline with every adopted trial's change."""
    options = dict(BASELINE)
    for row in trials:
        if row.get("adopted"):
            options.update(row["change"])
    return options


def training_seconds(run_dir: Path) -> float:
    """A run's training time over all its sessions: the sum of its epochs' seconds."""
    import csv
    with open(run_dir / "history.csv") as f:
        return round(sum(float(row["seconds"]) for row in csv.DictReader(f)), 1)


def train_final_networks(data_dir, out: Path, options: dict, minutes: float, workers: int):
    """Networks of the recipe's options that differ only in their seed, ``workers`` at a time
    (seeds 0, 1, then 2, 3, ...), each stopped early on its validation Dice or by what is left
    of the ``minutes`` budget, until the budget cannot hold another round as long as the last.
    The budget counts training time (the rounds' slower networks' epochs), so a resumed run
    spends the same budget. Returns the networks' folders and metrics."""
    budget, spent, last_round, seed = 60 * minutes, 0.0, 0.0, 0
    dirs, metrics = [], []
    while not dirs or (budget - spent > max(last_round, 60)):
        left = (budget - spent) / 60
        round_dirs = [out / "final" / f"seed{seed + k}" for k in range(workers)]
        metrics += train_in_parallel([(str(d), data_dir, options, seed + k, 400, 12, left)
                                      for k, d in enumerate(round_dirs)], workers)
        last_round = max(training_seconds(d) for d in round_dirs)
        spent += last_round
        dirs += round_dirs
        seed += workers
    return dirs, metrics


def run_final(data_dir, out: Path, minutes: float, workers: int) -> dict:
    trials = json.loads((out / "trials.json").read_text())
    options = chosen_options(trials)
    dirs, metrics = train_final_networks(data_dir, out, options, minutes, workers)
    models = [model_from_checkpoint(d / "best.npz")[0] for d in dirs]
    run, sets = _validation_and_test(dirs[0])
    _, val_images, val_masks = sets["val"]
    single = max(range(len(models)), key=lambda i: metrics[i]["best_val_dice"])
    candidates = {"one network": [models[single]], f"ensemble of {len(models)}": models}
    plain = score(candidates["one network"], val_images, val_masks)
    rows = []
    for who, ms in candidates.items():
        for option, (transforms, keep) in PREDICTION_OPTIONS.items():
            s = plain if (who, option) == ("one network", "plain") else score(
                ms, val_images, val_masks, transforms, keep)
            rows.append(_row(f"{who}, {option}", "prediction",
                             s, None if s is plain else plain))
    adopted = [r for r in rows if r.get("adopted")]
    best = max(adopted, key=lambda r: r["dice"]) if adopted else rows[0]
    who, option = best["name"].split(", ", 1)
    transforms, keep = PREDICTION_OPTIONS[option]
    _, test_images, test_masks = sets["test"]
    test = score(candidates[who], test_images, test_masks, transforms, keep)
    test_plain = score([models[single]], test_images, test_masks)
    recipe = dict(
        options=options, budget_minutes=minutes, networks=[
            dict(seed=seed, epochs=m["epochs_run"], best_epoch=m["best_epoch"],
                 stopped=m["stopped"], best_val_dice=m["best_val_dice"],
                 seconds=training_seconds(d))
            for seed, (m, d) in enumerate(zip(metrics, dirs))],
        validation=rows, chosen=best["name"], n_val=len(val_images), n_test=len(test_images),
        test=dict(dice=float(test["dice"].mean()), hd95=float(test["hd95"].mean()),
                  assd=float(test["assd"].mean()), seconds_per_image=test["seconds_per_image"],
                  dice_per_image=dict(zip(sets["test"][0], map(float, test["dice"])))),
        test_plain_single=dict(dice=float(test_plain["dice"].mean()),
                               hd95=float(test_plain["hd95"].mean()),
                               assd=float(test_plain["assd"].mean())),
        machine=json.loads((dirs[0] / "metrics.json").read_text()).get("machine"),
        data_dir=run["data_dir"])
    recipe["training_wall_seconds"] = round(sum(
        max(n["seconds"] for n in recipe["networks"][k:k + workers])
        for k in range(0, len(recipe["networks"]), workers)), 1)
    (out / "recipe.json").write_text(json.dumps(recipe, indent=2))
    return recipe


def _fmt_gain(row) -> str:
    if "gain" not in row:
        return "reference"
    return (f"{row['gain']:+.4f} [{row['gain_low']:+.4f}, {row['gain_high']:+.4f}]"
            f"{' adopted' if row['adopted'] else ''}")


def trials_table(trials: list[dict]) -> str:
    """The trials as a Markdown table (recipe.md and docs/results.md show it)."""
    lines = ["| trial | question | epochs (best) | val Dice | Dice gain vs baseline [95 % CI] "
             "| val HD95 px |", "|---|---|---|---|---|---|"]
    for r in trials:
        lines.append(f"| {r['name']} | {r['question'] or 'baseline'} | {r['epochs']} "
                     f"({r['best_epoch']}) | {r['dice']:.4f} | {_fmt_gain(r)} | {r['hd95']:.2f} |")
    return "\n".join(lines)


def validation_table(recipe: dict) -> str:
    """The final networks' prediction options on validation, as a Markdown table."""
    lines = ["| prediction | val Dice | gain vs one network, plain [95 % CI] | val HD95 px "
             "| s/image |", "|---|---|---|---|---|"]
    for r in recipe["validation"]:
        lines.append(f"| {r['name']} | {r['dice']:.4f} | {_fmt_gain(r)} | {r['hd95']:.2f} "
                     f"| {r['seconds_per_image']:.3f} |")
    return "\n".join(lines)


def test_sentence(recipe: dict) -> str:
    """The recipe's result in one sentence (recipe.md, docs/results.md and the README)."""
    t, p = recipe["test"], recipe["test_plain_single"]
    return (f"**Test ({recipe['n_test']} held-out images, 256 x 256): Dice {t['dice']:.4f}, "
            f"HD95 {t['hd95']:.2f} px, ASSD {t['assd']:.2f} px** (one network, plain: Dice "
            f"{p['dice']:.4f}, HD95 {p['hd95']:.2f} px). Training: "
            f"{recipe['training_wall_seconds'] / 60:.0f} min (each round's slower network's "
            f"epochs) on {recipe['machine']['cpu']} ({recipe['machine']['isa']}).")


def write_report(out: Path) -> str:
    trials = json.loads((out / "trials.json").read_text())
    lines = ["# The one-hour CPU recipe: measurements", "",
             "Written by `python examples/best_recipe.py report` from `trials.json` and "
             "`recipe.json`; see that script's docstring for the design and the rule.", "",
             "## Trials (validation images, scored at 256 x 256)", "", trials_table(trials)]
    recipe_file = out / "recipe.json"
    if recipe_file.exists():
        recipe = json.loads(recipe_file.read_text())
        o = recipe["options"]
        lines += ["", "## The recipe", "", f"Adopted from the trials: {o['size']} px, depth "
                  f"{o['depth']} x {o['filters']} filters, loss {o['loss']}, augmentation "
                  f"{'on' if o['augment'] else 'off'}, batch norm "
                  f"{'on' if o['batch_norm'] else 'off'}; {len(recipe['networks'])} networks "
                  f"(seeds 0-{len(recipe['networks']) - 1}), two at a time on one core each, "
                  f"in {recipe['budget_minutes']:g} minutes of training.", ""]
        lines += ["| network | epochs (best) | best val Dice | minutes |", "|---|---|---|---|"]
        for n in recipe["networks"]:
            lines.append(f"| seed {n['seed']} | {n['epochs']} ({n['best_epoch']}) | "
                         f"{n['best_val_dice']:.4f} | {n['seconds'] / 60:.1f} |")
        lines += ["", "Prediction, on the validation images:", "", validation_table(recipe),
                  "", f"Chosen on validation: **{recipe['chosen']}**.", "",
                  test_sentence(recipe), ""]
    text = "\n".join(lines) + "\n"
    (out / "recipe.md").write_text(text)
    return text


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stage", choices=["trials", "final", "report"])
    parser.add_argument("--data-dir", default="../shared/data/lungs256")
    parser.add_argument("--out", type=Path, default=Path("docs/recipe"))
    parser.add_argument("--trial-epochs", type=int, default=24)
    parser.add_argument("--minutes", type=float, default=50.0,
                        help="training budget of the final networks, all rounds "
                        "(%(default)s)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.stage == "trials":
        for r in run_trials(args.data_dir, args.out, args.trial_epochs, args.workers):
            print(f"{r['name']:<12} val Dice {r['dice']:.4f}  {_fmt_gain(r)}")
    elif args.stage == "final":
        recipe = run_final(args.data_dir, args.out, args.minutes, args.workers)
        print(f"chosen: {recipe['chosen']}; test Dice {recipe['test']['dice']:.4f}, "
              f"HD95 {recipe['test']['hd95']:.2f} px")
    print(write_report(args.out))


if __name__ == "__main__":
    main()
