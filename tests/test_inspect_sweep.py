"""Inspection figures, the boundary-band metric and the depth x filters sweep, on tiny data."""
import csv
import json

import numpy as np
import pytest

from tinyunet import UNet
from tinyunet.cli import main
from tinyunet.data import DataError, load_dataset
from tinyunet.metrics import boundary_band, boundary_dice_per_image
from tinyunet.train import TrainConfig
from tinyunet.viz import inspect_model


def test_boundary_band_and_dice():
    mask = np.zeros((1, 12, 12))
    mask[0, 3:9, 3:9] = 1
    band = boundary_band(mask, radius=1)[0]
    assert band[3, 3] and band[2, 2] and not band[5, 5] and not band[0, 0]
    assert band.sum() == 8 * 8 - 4 * 4           # ring from 2..9 minus the 4x4 interior
    assert boundary_dice_per_image(mask, mask)[0] == 1.0
    shifted = np.roll(mask, 2, axis=2)
    assert boundary_dice_per_image(shifted, mask)[0] < 0.8
    # on a large mask, whole-mask Dice forgives a small shift more than the border band does
    from tinyunet.metrics import dice_per_image
    big = np.zeros((1, 64, 64))
    big[0, 10:50, 10:50] = 1
    moved = np.roll(big, 2, axis=2)
    assert dice_per_image(moved, big)[0] == pytest.approx(0.95)
    assert boundary_dice_per_image(moved, big)[0] < 0.85


def test_inspect_writes_every_figure(tmp_path):
    data = load_dataset(size=32, progress=False, limit=2)
    model = UNet(depth=2, base_filters=4)
    paths = inspect_model(model, data.images[0], tmp_path, mask=data.masks[0])
    names = {p.name for p in paths}
    assert {"01_down1.png", "02_down2.png", "03_bottleneck.png", "04_up2.png", "05_up1.png",
            "06_output.png", "filters_down1_conv1.png", "receptive_fields.png",
            "skip_effect.png"} == names
    assert all(p.stat().st_size > 1000 for p in paths)


def test_drop_skips_changes_only_what_it_should():
    model = UNet(depth=2, base_filters=4, seed=1)
    x = np.random.default_rng(0).standard_normal((1, 1, 16, 16)).astype(np.float32)
    full = model.forward(x)
    assert np.array_equal(full, model.forward(x, drop_skips=()))
    assert not np.allclose(full, model.forward(x, drop_skips=(1,)))


def test_inspect_command(tmp_path):
    run = tmp_path / "run"
    assert main(["train", "--size", "32", "--depth", "2", "--filters", "4", "--epochs", "1",
                 "--limit", "16", "--run-dir", str(run), "--quiet"]) == 0
    from tinyunet.data import SAMPLE_DIR
    image = sorted((SAMPLE_DIR / "images").iterdir())[0]
    assert main(["inspect", "--checkpoint", str(run / "best.npz"), str(image),
                 "--mask", str(SAMPLE_DIR / "masks" / image.name), "--out",
                 str(tmp_path / "ins")]) == 0
    assert (tmp_path / "ins" / "skip_effect.png").exists()


def test_sweep_is_resumable_and_writes_tables(small_data, tmp_path):
    from tinyunet.experiment.sweep import run_sweep
    from tinyunet.experiment.report import COLUMNS, RUN_COLUMNS
    config = TrainConfig(epochs=1, batch_size=4, seed=0)
    rows = run_sweep(tmp_path / "sw", small_data, depths=(1, 2), filters=(2, 4), size=32,
                     config=config, progress=False, log=lambda *a: None)
    assert [(r["depth"], r["base_filters"]) for r in rows] == [(1, 2), (1, 4), (2, 2), (2, 4)]
    table = list(csv.DictReader(open(tmp_path / "sw" / "results.csv")))
    assert list(table[0]) == COLUMNS and len(table) == 4
    assert list(csv.DictReader(open(tmp_path / "sw" / "runs.csv")))[0].keys() == set(RUN_COLUMNS)
    assert int(table[1]["parameters"]) > int(table[0]["parameters"])
    assert int(table[2]["receptive_field"]) > int(table[0]["receptive_field"])
    assert all(r["repeats"] == "1" and r["test_dice_sd"] == "" for r in table)  # 1 repeat: no sd
    for name in ("results.md", "paired.md", "paired.csv", "sweep.json", "dice_vs_parameters.png",
                 "same_image.png", "features_bottleneck.png", "features_up1.png"):
        assert (tmp_path / "sw" / name).exists(), name
    # a second call trains nothing: finished runs are read, no task runs, the rows are the same
    def no_task(spec):
        raise AssertionError(f"{spec.name} finished and should not run again")

    again = run_sweep(tmp_path / "sw", small_data, depths=(1, 2), filters=(2, 4), size=32,
                      config=config, progress=False, log=lambda *a: None, figures=False,
                      task=no_task)
    assert [r["test_dice"] for r in again] == [r["test_dice"] for r in rows]
    assert all(len(list(csv.DictReader(open(tmp_path / "sw" / "runs" / r["name"] / "history.csv"))))
               == 1 for r in again)
    assert len(json.loads((tmp_path / "sw" / "sweep.json").read_text())["calls"]) == 2
    # while a call trains into OUT, a second training call is refused in one line; a report
    # (which trains nothing) is not
    from tinyunet.runs import run_folder_lock
    with run_folder_lock(tmp_path / "sw", "sweep", "--out"):
        with pytest.raises(DataError, match="in use by another sweep .*another --out") as err:
            run_sweep(tmp_path / "sw", small_data, depths=(1, 2), filters=(2, 4), size=32,
                      config=config, progress=False, log=lambda *a: None, task=no_task)
        assert "\n" not in str(err.value)
        reported = run_sweep(tmp_path / "sw", small_data, depths=(1, 2), filters=(2, 4),
                             size=32, config=config, progress=False, log=lambda *a: None,
                             figures=False, report_only=True)
        assert [r["test_dice"] for r in reported] == [r["test_dice"] for r in rows]
    assert len(json.loads((tmp_path / "sw" / "sweep.json").read_text())["calls"]) == 2
    splits = {json.dumps(json.loads((tmp_path / "sw" / "runs" / f"d{d}_f{f}_s0" / "run.json")
                                    .read_text())["splits"]) for d in (1, 2) for f in (2, 4)}
    assert len(splits) == 1    # every configuration saw the same split
    # the grid grown by a filter count: when its first new run starts, the tables already
    # hold the 4 finished runs (not only once an executor gets round to their tasks)
    from tinyunet.experiment.sweep import run_task
    seen, calls_seen = [], []

    def watched(spec):
        seen.append((spec.name, len(list(csv.DictReader(open(tmp_path / "sw" / "runs.csv"))))))
        calls_seen.append(json.loads((tmp_path / "sw" / "sweep.json").read_text())["calls"])
        return run_task(spec)

    grown = run_sweep(tmp_path / "sw", small_data, depths=(1, 2), filters=(2, 4, 8), size=32,
                      config=config, progress=False, log=lambda *a: None, figures=False,
                      task=watched)
    assert sorted(name for name, _ in seen) == ["d1_f8_s0", "d2_f8_s0"]
    assert min(count for _, count in seen) == 4 and len(grown) == 6
    # this call's entry in sweep.json is written at its start and after each run it finishes,
    # so a call killed between runs still leaves its wall time; "finished" only at its end
    first, second = (calls[-1] for calls in calls_seen)
    assert len(calls_seen[0]) == 3 and first["finished"] is None
    assert (first["finished_in_call"], second["finished_in_call"]) == (0, 1)
    assert second["finished"] is None and second["wall_seconds"] > first["wall_seconds"]
    last = json.loads((tmp_path / "sw" / "sweep.json").read_text())["calls"]
    assert len(last) == 3 and last[-1]["finished"] is not None
    assert (last[-1]["runs"], last[-1]["finished_before"], last[-1]["finished_in_call"]) == (6, 4, 2)


def test_sweep_figures_with_one_filter_count(small_data, tmp_path):
    """A grid of one column (several depths, one filter count) still draws every figure."""
    from tinyunet.experiment.sweep import run_sweep
    rows = run_sweep(tmp_path / "sw", small_data, depths=(1, 2), filters=(2,), size=16,
                     config=TrainConfig(epochs=1, batch_size=4), progress=False,
                     log=lambda *a: None)
    assert [r["status"] for r in rows] == ["done", "done"]
    assert (tmp_path / "sw" / "same_image.png").exists()
