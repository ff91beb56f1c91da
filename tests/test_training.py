"""Training, checkpoints and recovery: resume, NaN, Ctrl-C, early stopping, bad checkpoints."""
import json
import pickle
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from tinyunet import UNet
from tinyunet import checkpoint as C
from tinyunet import losses
from tinyunet.checkpoint import CheckpointError, model_from_checkpoint, read_checkpoint
from tinyunet.data import load_dataset
from tinyunet.optim import Adam
from tinyunet.runs import train_run
from tinyunet.train import PlateauScheduler, TrainConfig, TrainingDiverged, fit

TINY = dict(size=32, depth=2, base_filters=4)


def tiny_config(**kw):
    return TrainConfig(**{**dict(epochs=2, batch_size=4, lr=3e-3, seed=0), **kw})


@pytest.fixture(scope="module")
def tiny_data():
    data = load_dataset(size=32, progress=False, limit=16)
    return data.subset(range(12)), data.subset(range(12, 16))


def run_fit(tmp_path, tiny_data, name="run", **kw):
    model = UNet(depth=2, base_filters=4, seed=0)
    resume = kw.pop("resume", False)
    result = fit(model, *tiny_data, tiny_config(**kw), tmp_path / name, resume=resume,
                 progress=False, log=lambda *a: None)
    return model, result


def weights(model):
    return {n: v.copy() for n, v, _ in model.parameters()}


def test_train_run_writes_a_complete_run_directory(tmp_path):
    metrics = train_run(tmp_path / "run", None, **TINY, config=tiny_config(), limit=20,
                        progress=False, log=lambda *a: None)
    run = tmp_path / "run"
    for f in ("run.json", "last.npz", "best.npz", "history.csv", "metrics.json",
              "figures/curves.png", "figures/test_predictions.png"):
        assert (run / f).is_file(), f
    saved = json.loads((run / "metrics.json").read_text())
    assert saved["test_dice"] == pytest.approx(metrics["test_dice"])
    assert len(saved["test_dice_per_image"]) == saved["n_test"] >= 2
    assert len((run / "history.csv").read_text().strip().splitlines()) == 3
    split = json.loads((run / "run.json").read_text())["splits"]
    assert not set(split["train"]) & (set(split["val"]) | set(split["test"]))
    assert not set(split["val"]) & set(split["test"])
    # the same run directory is never overwritten by a new run
    with pytest.raises(ValueError, match="already holds a run"):
        train_run(run, None, **TINY, config=tiny_config(), limit=20, progress=False,
                  log=lambda *a: None)


def test_resume_continues_exactly(tmp_path, tiny_data):
    straight, _ = run_fit(tmp_path, tiny_data, "straight", epochs=3)
    run_fit(tmp_path, tiny_data, "split", epochs=1)
    resumed, result = run_fit(tmp_path, tiny_data, "split", epochs=3, resume=True)
    assert [r["epoch"] for r in result.history] == [1, 2, 3]
    last_a = read_checkpoint(tmp_path / "straight" / "last.npz")["params"]
    last_b = read_checkpoint(tmp_path / "split" / "last.npz")["params"]
    for name in last_a:
        np.testing.assert_array_equal(last_a[name], last_b[name], err_msg=name)


def test_nan_loss_stops_with_last_checkpoint_intact(tmp_path, tiny_data, monkeypatch):
    run_fit(tmp_path, tiny_data, "run", epochs=1)
    before = (tmp_path / "run" / "last.npz").read_bytes()
    calls = {"n": 0}
    real = losses.LOSSES["bce_dice"]

    def poisoned(logits, targets):
        calls["n"] += 1
        value, grad = real(logits, targets)
        return (float("nan"), grad) if calls["n"] == 2 else (value, grad)

    monkeypatch.setitem(losses.LOSSES, "bce_dice", poisoned)
    with pytest.raises(TrainingDiverged, match="became nan at epoch 2, batch 2.*intact"):
        run_fit(tmp_path, tiny_data, "run", epochs=3, resume=True)
    assert (tmp_path / "run" / "last.npz").read_bytes() == before


def test_keyboard_interrupt_keeps_last_epoch_and_resumes(tmp_path, tiny_data, monkeypatch):
    real_backward = UNet.backward
    calls = {"n": 0}

    def interrupted(self, dy, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:   # epoch 2, batch 2 (3 batches per epoch)
            raise KeyboardInterrupt
        return real_backward(self, dy, **kwargs)

    monkeypatch.setattr(UNet, "backward", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_fit(tmp_path, tiny_data, "run", epochs=3)
    assert read_checkpoint(tmp_path / "run" / "last.npz")["state"]["epoch"] == 1
    monkeypatch.undo()
    _, result = run_fit(tmp_path, tiny_data, "run", epochs=3, resume=True)
    assert [r["epoch"] for r in result.history] == [1, 2, 3]


def test_sigint_to_the_command_leaves_a_resumable_run(tmp_path):
    run = tmp_path / "run"
    cmd = [sys.executable, "-m", "tinyunet.cli", "train", "--size", "32", "--depth", "2",
           "--filters", "4", "--limit", "40", "--epochs", "200", "--patience", "200",
           "--batch-size", "2", "--run-dir", str(run), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 120
    while not (run / "last.npz").exists() and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 130, out
    assert "continue with --resume" in out
    epoch = read_checkpoint(run / "last.npz")["state"]["epoch"]
    assert epoch >= 1
    done = subprocess.run(cmd[:-7] + ["--epochs", str(epoch + 1), "--run-dir", str(run),
                                      "--resume", "--quiet"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"resuming {run} after epoch {epoch}" in done.stdout
    assert read_checkpoint(run / "last.npz")["state"]["epoch"] == epoch + 1


def test_early_stopping_restores_the_best_weights(tmp_path, tiny_data):
    model, result = run_fit(tmp_path, tiny_data, "run", epochs=30, patience=2, lr=0.3)
    assert result.stopped.startswith("early stop") and len(result.history) < 30
    best = read_checkpoint(tmp_path / "run" / "best.npz")
    assert best["state"]["epoch"] == result.best_epoch
    for name, value in weights(model).items():
        np.testing.assert_array_equal(value, best["params"][name])


def test_plateau_scheduler():
    opt = Adam([("w", np.zeros(1), np.zeros(1))], lr=1.0)
    sched = PlateauScheduler(patience=2, factor=0.5, min_lr=0.2)
    lowered = [sched.step(s, opt) for s in (0.5, 0.6, 0.6, 0.55, 0.7, 0.1, 0.1, 0.1, 0.1)]
    assert lowered == [False, False, False, True, False, False, True, False, True]
    assert opt.lr == 0.2   # 1 -> 0.5 -> 0.25 -> floor 0.2


def test_checkpoint_round_trip_and_atomic_write(tmp_path, monkeypatch):
    model = UNet(depth=2, base_filters=4, batch_norm=True, seed=3)
    opt = Adam(model.parameters())
    path = C.save_checkpoint(tmp_path / "a.npz", model, opt, {"epoch": 4})
    loaded, ckpt = model_from_checkpoint(path)
    assert ckpt["state"]["epoch"] == 4 and ckpt["config"] == model.config
    for (n, a, _), (_, b, _) in zip(model.parameters(), loaded.parameters()):
        np.testing.assert_array_equal(a, b, err_msg=n)
    before = path.read_bytes()

    def crash(*args, **kwargs):
        args[0].write(b"half a file")
        raise OSError("disk full")

    monkeypatch.setattr(C.np, "savez", crash)
    with pytest.raises(OSError):
        C.save_checkpoint(path, model, opt, {"epoch": 5})
    assert path.read_bytes() == before


def test_bad_checkpoints_give_clear_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        read_checkpoint(tmp_path / "missing.npz")
    np.savez(tmp_path / "other.npz", x=np.ones(3))
    with pytest.raises(CheckpointError, match="not a tinyunet checkpoint"):
        read_checkpoint(tmp_path / "other.npz")
    (tmp_path / "text.npz").write_text("hello")
    with pytest.raises(CheckpointError, match="not a tinyunet checkpoint .not a .npz archive"):
        read_checkpoint(tmp_path / "text.npz")
    with open(tmp_path / "evil.npz", "wb") as f:
        pickle.dump({"format": "tinyunet-checkpoint-v1"}, f)
    with pytest.raises(CheckpointError):
        read_checkpoint(tmp_path / "evil.npz")
    np.savez(tmp_path / "objects.npz", format=np.array("tinyunet-checkpoint-v1"),
             meta=np.array([{"a": 1}], dtype=object))
    with pytest.raises(CheckpointError, match="not a readable"):
        read_checkpoint(tmp_path / "objects.npz")
    C.save_checkpoint(tmp_path / "d2.npz", UNet(depth=2, base_filters=4))
    with pytest.raises(CheckpointError, match="different model"):
        C.load_into(UNet(depth=3, base_filters=4), read_checkpoint(tmp_path / "d2.npz"))
    with pytest.raises(CheckpointError, match="different model"):
        C.load_into(UNet(depth=2, base_filters=8), read_checkpoint(tmp_path / "d2.npz"))
