"""The sweep on a Dask local cluster: same table as the plain loop, a killed worker's run
resumes, a failing configuration is reported while the others finish. Tiny data: 32 px."""
import csv
import os
import signal
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from tinyunet.cli import main  # noqa: E402
from tinyunet.experiment.executors import DaskExecutor, SequentialExecutor, Task  # noqa: E402
from tinyunet.experiment.sweep import run_sweep, run_task  # noqa: E402
from tinyunet.train import TrainConfig  # noqa: E402

pytestmark = pytest.mark.slow
CONFIG = TrainConfig(epochs=2, batch_size=4, patience=5, seed=0)
QUIET = dict(progress=False, log=lambda *a: None)


@pytest.fixture(scope="module")
def cluster():
    with DaskExecutor(workers=2, threads_per_run=1, retries=0) as executor:
        yield executor


def _metrics(rows):
    keys = ("name", "status", "epochs", "best_val_dice", "test_dice", "test_iou",
            "test_boundary_dice")
    return [{k: r[k] for k in keys} for r in rows]


def test_cluster_gives_the_same_table_as_the_plain_loop(small_data, tmp_path, cluster):
    grid = dict(depths=(1, 2), filters=(2, 4), size=32, config=CONFIG, seeds=(0, 1),
                figures=False, **QUIET)
    plain = run_sweep(tmp_path / "plain", small_data, executor=SequentialExecutor(1), **grid)
    dist = run_sweep(tmp_path / "dask", small_data, executor=cluster, **grid)
    assert len(plain) == 8 and all(r["status"] == "done" for r in plain)
    for p, d in zip(_metrics(plain), _metrics(dist)):
        assert p["name"] == d["name"] and p["status"] == d["status"] == "done"
        for k in ("best_val_dice", "test_dice", "test_iou", "test_boundary_dice"):
            assert d[k] == pytest.approx(p[k], abs=2e-4), (p["name"], k)
    # the summary tables agree too (same means, same intervals)
    read = lambda name: list(csv.DictReader(open(tmp_path / name / "results.csv")))
    for p, d in zip(read("plain"), read("dask")):
        assert float(d["test_dice"]) == pytest.approx(float(p["test_dice"]), abs=2e-4)
        assert float(d["test_dice_ci_low"]) == pytest.approx(float(p["test_dice_ci_low"]),
                                                             abs=2e-3)


def kill_worker_after_first_epoch(spec):
    """The task, but the first time round its worker process is killed (SIGKILL) right after
    the first epoch's checkpoint and history were written."""
    marker = Path(spec.out) / f"killed-{spec.name}"
    if not marker.exists():
        import tinyunet.train as train
        original = train._write_history

        def write_then_die(path, history):
            original(path, history)
            marker.write_text(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)
        train._write_history = write_then_die
    return run_task(spec)


def test_killed_worker_resumes_and_history_holds_each_epoch_once(small_data, tmp_path,
                                                                   cluster):
    out = tmp_path / "sw"
    rows = run_sweep(out, small_data, depths=(2,), filters=(4,), size=32,
                     config=TrainConfig(epochs=3, batch_size=4, patience=5, seed=0),
                     executor=cluster, task=kill_worker_after_first_epoch, figures=False,
                     **QUIET)
    assert rows[0]["status"] == "done", rows[0]["error"]
    run_dir = out / "runs" / "d2_f4_s0"
    assert (out / "killed-d2_f4_s0").exists()             # it really was killed once
    epochs = [int(r["epoch"]) for r in csv.DictReader(open(run_dir / "history.csv"))]
    assert epochs == [1, 2, 3]
    assert "resuming" in (run_dir / "train.log").read_text()
    # the worker that died was not the one that finished
    assert int((out / "killed-d2_f4_s0").read_text()) != os.getpid()


def test_a_failing_configuration_is_reported_and_the_others_finish(small_data, tmp_path,
                                                                    cluster, capsys):
    # a 16-pixel image goes through 1 level, not through 5 (16 is not divisible by 2**5)
    out = tmp_path / "sw"
    rows = run_sweep(out, small_data, depths=(1, 5), filters=(2,), size=16, config=CONFIG,
                     seeds=(0, 1), executor=cluster, **QUIET)
    status = {r["name"]: r["status"] for r in rows}
    assert status == {"d1_f2_s0": "done", "d1_f2_s1": "done", "d5_f2_s0": "failed",
                      "d5_f2_s1": "failed"}
    failed = next(r for r in rows if r["name"] == "d5_f2_s0")
    assert "divisible by 2**depth = 32" in failed["error"]
    table = {(r["depth"], r["repeats"], r["failed"]): r
             for r in csv.DictReader(open(out / "results.csv"))}
    assert table[("5", "0", "2")]["error"].startswith("DataError")
    assert "FAILED" in (out / "results.md").read_text()
    assert (out / "same_image.png").exists()         # figures of what finished
    # nothing finished is lost: a second call skips the finished runs and fails the same way
    again = run_sweep(out, small_data, depths=(1, 5), filters=(2,), size=16, config=CONFIG,
                      seeds=(0, 1), executor=cluster, figures=False, **QUIET)
    assert [r["test_dice"] for r in again if r["status"] == "done"] == \
           [r["test_dice"] for r in rows if r["status"] == "done"]


def test_unreadable_data_folder_names_the_path_and_the_worker(tmp_path, cluster):
    missing = tmp_path / "not-on-this-worker"
    rows = run_sweep(tmp_path / "sw", missing, depths=(1,), filters=(2,), size=16,
                     config=CONFIG, executor=cluster, **QUIET)
    assert rows[0]["status"] == "failed"
    assert f"cannot read the data folder {missing}" in rows[0]["error"]
    assert "worker " in rows[0]["error"] and "shared disk" in rows[0]["error"]


def test_sweep_command_on_a_local_cluster(small_data, tmp_path, capsys):
    out = tmp_path / "sw"
    code = main(["sweep", "--data-dir", str(small_data), "--depths", "1", "--filters", "2",
                 "--size", "16", "--epochs", "1", "--seeds", "0,1", "--workers", "2",
                 "--out", str(out), "--quiet"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "best mean test Dice: depth 1, 2 filters" in printed and "over 2 repeat(s)" in printed
    assert sorted(p.name for p in (out / "runs").iterdir()) == ["d1_f2_s0", "d1_f2_s1"]


@pytest.mark.parametrize("flags, message", [
    (["--seeds", "0,x"], "--seeds takes integers"),
    (["--seeds", "1,1"], "distinct integers"),
    (["--depths", "0,2"], "--depths takes distinct integers of at least 1"),
    (["--folds", "1"], "--folds: must be at least 2"),
])
def test_sweep_flags_out_of_range(flags, message, tmp_path, capsys):
    assert main(["sweep", "--out", str(tmp_path / "sw"), "--quiet", *flags]) == 2
    assert message in capsys.readouterr().err


def test_without_dask_the_cluster_flags_say_what_to_install(monkeypatch, tmp_path, capsys):
    """Dask is an optional extra: the plain loop needs none, --workers says how to get it."""
    import builtins
    real_import = builtins.__import__

    def no_distributed(name, *args, **kwargs):
        if name == "distributed" or name.startswith("distributed."):
            raise ImportError("No module named 'distributed'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_distributed)
    assert main(["sweep", "--workers", "2", "--out", str(tmp_path / "sw"), "--quiet"]) == 2
    assert 'pip install "tinyunet[distributed]"' in capsys.readouterr().err
    assert not (tmp_path / "sw").exists()                      # a refusal writes nothing


def _constant(value):
    return value


def test_a_task_name_used_again_runs_again(cluster):
    """Two maps with the same task key (two sweeps naming their runs alike on one scheduler) each
    run their own task: the second does not get the first one's result."""
    first = list(cluster.map([Task("same-name", _constant, (1,))]))
    second = list(cluster.map([Task("same-name", _constant, (2,))]))
    assert [o.result for o in first] == [1] and [o.result for o in second] == [2]
    assert first[0].key == second[0].key == "same-name"
