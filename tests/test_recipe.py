"""The one-hour recipe's machinery (examples/best_recipe.py, issue 27): its decision rule, its
stages end to end on a tiny configuration, and the split shared by an ensemble's networks."""

import json
from pathlib import Path

import numpy as np
import pytest

from tinyunet.runs import train_run
from tinyunet.train import TrainConfig

scipy_stats = pytest.importorskip("scipy.stats")


def _recipe():
    from tinyunet.exercises import load_module
    return load_module(Path(__file__).resolve().parents[1] / "examples" / "best_recipe.py")


def test_the_paired_interval_is_the_paired_t_interval():
    rng = np.random.default_rng(0)
    a, b = rng.normal(0.95, 0.02, 60), rng.normal(0.94, 0.02, 60)
    mean, low, high = _recipe().paired_interval(a, b)
    ci = scipy_stats.ttest_rel(a, b).confidence_interval(0.95)
    assert mean == pytest.approx(np.mean(a - b))
    assert (low, high) == pytest.approx((ci.low, ci.high))


def test_only_adopted_changes_enter_the_recipe():
    recipe = _recipe()
    rows = [dict(name="baseline"), dict(name="a", change={"loss": "dice"}, adopted=False),
            dict(name="b", change={"size": 256}, adopted=True)]
    options = recipe.chosen_options(rows)
    assert options == {**recipe.BASELINE, "size": 256}


def test_networks_with_one_split_seed_share_their_held_out_images(tmp_path):
    runs = []
    for seed in (0, 1):
        train_run(tmp_path / f"s{seed}", size=32, depth=2, base_filters=4,
                  config=TrainConfig(epochs=1, seed=seed), limit=30, split_seed=5,
                  progress=False, log=lambda *a: None)
        runs.append(json.loads((tmp_path / f"s{seed}" / "run.json").read_text()))
    assert runs[0]["splits"] == runs[1]["splits"] and runs[0]["split"]["seed"] == 5
    assert runs[0]["model"]["seed"] == 0 and runs[1]["model"]["seed"] == 1
    train_run(tmp_path / "own", size=32, depth=2, base_filters=4,
              config=TrainConfig(epochs=1, seed=1), limit=30, progress=False,
              log=lambda *a: None)
    own = json.loads((tmp_path / "own" / "run.json").read_text())
    assert own["splits"]["test"] != runs[1]["splits"]["test"]


def test_trials_final_and_report_end_to_end(tmp_path, monkeypatch):
    recipe = _recipe()
    monkeypatch.setattr(recipe, "BASELINE", dict(size=32, depth=2, filters=4, loss="bce_dice",
                                                 augment=True, batch_norm=False))
    monkeypatch.setattr(recipe, "TRIALS", {"baseline": ("", {}),
                                           "loss_dice": ("loss", {"loss": "dice"})})
    monkeypatch.setattr(recipe, "train_in_parallel",           # in this process, one by one
                        lambda jobs, workers=2, threads=1: [recipe._train(*j) for j in jobs])
    trials = recipe.run_trials(None, tmp_path, epochs=2, workers=1)
    assert [r["name"] for r in trials] == ["baseline", "loss_dice"]
    assert "gain" not in trials[0] and trials[1]["adopted"] == (trials[1]["gain_low"] > 0)
    assert trials[1]["gain"] == pytest.approx(trials[1]["dice"] - trials[0]["dice"], abs=1e-9)

    result = recipe.run_final(None, tmp_path, minutes=0.001, workers=2)
    assert len(result["networks"]) == 2                 # one round: the budget holds no second
    assert all("time budget" in n["stopped"] for n in result["networks"])
    chosen = next(r for r in result["validation"] if r["name"] == result["chosen"])
    assert chosen.get("adopted") or result["chosen"] == "one network, plain"
    split = [json.loads((tmp_path / "final" / s / "run.json").read_text())["splits"]
             for s in ("seed0", "seed1")]
    assert split[0] == split[1] and result["n_test"] == len(split[0]["test"])
    assert set(result["test"]["dice_per_image"]) == set(split[0]["test"])

    text = recipe.write_report(tmp_path)
    assert f"Dice {result['test']['dice']:.4f}" in text
    assert f"Chosen on validation: **{result['chosen']}**" in text


def test_final_networks_come_in_rounds_until_the_budget_cannot_hold_another(tmp_path,
                                                                             monkeypatch):
    recipe = _recipe()
    calls = []

    def fake_rounds(jobs, workers=2, threads=1):
        calls.append([(Path(j[0]).name, j[3], round(j[6], 2)) for j in jobs])
        for j in jobs:
            Path(j[0]).mkdir(parents=True)
            Path(j[0], "history.csv").write_text("epoch,seconds\n1,300\n2,300\n")
        return [dict(best_val_dice=0.9) for _ in jobs]

    monkeypatch.setattr(recipe, "train_in_parallel", fake_rounds)
    dirs, metrics = recipe.train_final_networks(None, tmp_path, {}, minutes=25, workers=2)
    # each round takes 10 minutes: after two, 5 are left, too few for a third
    assert calls == [[("seed0", 0, 25.0), ("seed1", 1, 25.0)],
                     [("seed2", 2, 15.0), ("seed3", 3, 15.0)]]
    assert [d.name for d in dirs] == ["seed0", "seed1", "seed2", "seed3"] and len(metrics) == 4


ROOT = Path(__file__).resolve().parents[1]


def test_results_page_and_readme_show_the_recipe_as_measured(tmp_path):
    """docs/results.md (c) shows the committed measurements verbatim (tables and the test
    sentence as best_recipe writes them), its summary of the trials says what they say, the
    README quotes the same test result, and recipe.md is what the report stage writes."""
    recipe = _recipe()
    out = ROOT / "docs" / "recipe"
    trials = json.loads((out / "trials.json").read_text())
    final = json.loads((out / "recipe.json").read_text())
    page = (ROOT / "docs" / "results.md").read_text()
    assert recipe.trials_table(trials) in page
    assert recipe.validation_table(final) in page
    assert recipe.test_sentence(final) in page
    assert f"Chosen on validation: **{final['chosen']}**" in page
    assert (not any(r.get("adopted") for r in trials)) == ("No change clears the rule" in page)
    others = [r["gain"] for r in trials if r["name"] not in ("baseline", "loss_dice")]
    assert f"by {min(others):+.3f} to {max(others):+.3f}" in page
    readme = (ROOT / "README.md").read_text()
    assert (f"Dice {final['test']['dice']:.4f}" in readme
            and f"HD95 {final['test']['hd95']:.2f} px" in readme)
    for name in ("trials.json", "recipe.json"):
        (tmp_path / name).write_text((out / name).read_text())
    assert recipe.write_report(tmp_path) == (out / "recipe.md").read_text()
