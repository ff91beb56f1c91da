"""The tinyunet command: train, evaluate, predict, and its messages for bad input."""
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tinyunet.cli import main


@pytest.fixture(scope="module")
def trained_run(tmp_path_factory):
    run = tmp_path_factory.mktemp("cli") / "run"
    code = main(["train", "--size", "32", "--depth", "2", "--filters", "4", "--epochs", "2",
                 "--limit", "20", "--run-dir", str(run), "--quiet"])
    assert code == 0
    return run


def test_train_prints_test_dice(trained_run, capsys):
    metrics = json.loads((trained_run / "metrics.json").read_text())
    assert 0 <= metrics["test_dice"] <= 1


def test_evaluate_table_and_json(trained_run, small_data, capsys):
    assert main(["evaluate", "--checkpoint", str(trained_run / "best.npz"),
                 "--data-dir", str(small_data)]) == 0
    table = capsys.readouterr().out
    assert "Dice" in table and "mean of 12" in table
    assert main(["evaluate", "--checkpoint", str(trained_run / "best.npz"),
                 "--data-dir", str(small_data), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pairs"] == 12 and len(report["per_image"]) == 12 and report["size"] == 32
    assert report["dice"] == pytest.approx(np.mean([r["dice"] for r in report["per_image"]]))


def test_predict_writes_masks_at_the_original_size(trained_run, small_data, tmp_path, capsys):
    odd = tmp_path / "odd.png"
    Image.open(next((small_data / "images").iterdir())).resize((300, 270)).convert("RGB").save(odd)
    (tmp_path / "broken.png").write_bytes(b"garbage")
    out = tmp_path / "pred"
    code = main(["predict", "--checkpoint", str(trained_run / "best.npz"), str(odd),
                 str(tmp_path / "broken.png"), "--out", str(out)])
    assert code == 1   # one input failed, the other was written
    mask = np.asarray(Image.open(out / "odd_mask.png"))
    assert mask.shape == (270, 300) and set(np.unique(mask)) <= {0, 255}
    assert np.asarray(Image.open(out / "odd_overlay.png")).shape == (270, 300, 3)
    assert "skipped" in capsys.readouterr().err
    assert main(["predict", "--checkpoint", str(trained_run / "best.npz"),
                 str(small_data / "images"), "--out", str(out)]) == 0
    assert len(list(out.glob("*_mask.png"))) == 13


@pytest.mark.parametrize("argv,message", [
    (["train", "--data-dir", "/no/such/folder", "--run-dir", "RUN"], "does not exist"),
    (["train", "--size", "100", "--run-dir", "RUN"], "divisible by 2**depth = 16"),
    (["train", "--epochs", "0", "--run-dir", "RUN"], "--epochs: must be at least 1"),
    (["evaluate", "--checkpoint", "/no/such.npz", "--data-dir", "."], "does not exist"),
    (["predict", "--checkpoint", "CKPT", "/no/such/image.png"], "does not exist"),
])
def test_bad_input_exits_2_with_a_message(argv, message, tmp_path, trained_run, capsys):
    argv = [str(tmp_path / "run") if a == "RUN" else a for a in argv]
    argv = [str(trained_run / "best.npz") if a == "CKPT" else a for a in argv]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_not_a_checkpoint(tmp_path, small_data, capsys):
    np.savez(tmp_path / "x.npz", a=np.zeros(2))
    assert main(["evaluate", "--checkpoint", str(tmp_path / "x.npz"),
                 "--data-dir", str(small_data)]) == 2
    assert "not a tinyunet checkpoint" in capsys.readouterr().err


def test_checkpoint_of_another_config_is_refused(trained_run, tmp_path):
    from tinyunet import UNet
    from tinyunet.checkpoint import CheckpointError, load_into, read_checkpoint
    with pytest.raises(CheckpointError, match="different model"):
        load_into(UNet(depth=4, base_filters=4), read_checkpoint(trained_run / "best.npz"))


def test_the_main_example_runs_with_its_own_defaults(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    example = Path(__file__).resolve().parents[1] / "examples" / "train_lungs.py"
    run = tmp_path / "run"
    done = subprocess.run([sys.executable, str(example), "--size", "32", "--depth", "2",
                           "--filters", "2", "--epochs", "1", "--limit", "12", "--quiet",
                           "--run-dir", str(run)], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "test Dice" in done.stdout and (run / "metrics.json").exists()
    assert json.loads((run / "run.json").read_text())["train"]["patience"] == 12   # its default
    bad = subprocess.run([sys.executable, str(example), "--epochs", "0"], capture_output=True,
                         text=True, cwd=tmp_path)
    assert bad.returncode == 2 and "--epochs" in bad.stderr and "Traceback" not in bad.stderr


def test_loss_option_reaches_the_run_and_unknown_losses_are_refused(tmp_path, capsys):
    run = tmp_path / "run"
    assert main(["train", "--size", "32", "--depth", "2", "--filters", "2", "--epochs", "1",
                 "--limit", "12", "--loss", "dice", "--run-dir", str(run), "--quiet"]) == 0
    assert json.loads((run / "run.json").read_text())["train"]["loss"] == "dice"
    assert main(["train", "--loss", "focal", "--run-dir", str(tmp_path / "r2")]) == 2
    assert "invalid choice: 'focal'" in capsys.readouterr().err


def test_evaluate_ensemble_tta_and_keep_lungs(trained_run, small_data, tmp_path, capsys):
    best = str(trained_run / "best.npz")
    argv = ["evaluate", "--data-dir", str(small_data), "--json"]
    assert main(argv + ["--checkpoint", best]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert main(argv + ["--checkpoint", best, "--checkpoint", best]) == 0
    twice = json.loads(capsys.readouterr().out)
    assert twice["ensemble"] == 2 and twice["dice"] == pytest.approx(plain["dice"])
    assert main(argv + ["--checkpoint", best, "--tta", "--keep-lungs"]) == 0
    both = json.loads(capsys.readouterr().out)
    assert both["tta"] and both["keep_lungs"] and 0 <= both["dice"] <= 1
    assert all(r["hd95"] >= 0 and r["assd"] >= 0 for r in both["per_image"])
    other = tmp_path / "other"
    assert main(["train", "--size", "64", "--depth", "2", "--filters", "4", "--epochs", "1",
                 "--limit", "12", "--run-dir", str(other), "--quiet"]) == 0
    capsys.readouterr()
    assert main(argv + ["--checkpoint", best, "--checkpoint", str(other / "best.npz")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "does not fit checkpoint 1" in err[0]


def test_export_writes_a_checked_onnx_model(trained_run, tmp_path, capsys):
    pytest.importorskip("onnx")
    ort = pytest.importorskip("onnxruntime")
    out = tmp_path / "net.onnx"
    assert main(["export", "--checkpoint", str(trained_run / "best.npz"), "--out", str(out)]) == 0
    assert "checked with onnx.checker" in capsys.readouterr().out
    session = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"])
    x = np.random.default_rng(0).normal(size=(2, 1, 32, 32)).astype(np.float32)
    from tinyunet.checkpoint import model_from_checkpoint
    model, _ = model_from_checkpoint(trained_run / "best.npz")
    np.testing.assert_allclose(session.run(None, {"image": x})[0], model.predict_proba(x),
                               rtol=1e-4, atol=2e-5)
    assert main(["export", "--checkpoint", str(trained_run / "best.npz"), "--out",
                 str(tmp_path)]) == 2


def test_readme_onnxruntime_snippet_runs_the_exported_model(trained_run, tmp_path, monkeypatch,
                                                            capsys):
    """The README's three lines that run an exported network, executed as written."""
    pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime")
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    start = readme.index("A trained network leaves the project as ONNX")
    block = readme[readme.index("```python", start) + len("```python"):]
    snippet = block[:block.index("```")]
    assert "InferenceSession" in snippet and len(snippet.strip().splitlines()) == 3
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--checkpoint", str(trained_run / "best.npz"),
                 "--out", "lungs.onnx"]) == 0
    images = np.random.default_rng(1).integers(0, 256, (3, 32, 32), dtype=np.uint8)
    scope = {"images": images}
    exec(snippet, scope)
    from tinyunet.checkpoint import model_from_checkpoint
    from tinyunet.data import normalise
    model, _ = model_from_checkpoint(trained_run / "best.npz")
    assert scope["probability"].shape == (3, 1, 32, 32)
    np.testing.assert_allclose(scope["probability"], model.predict_proba(normalise(images)),
                               rtol=1e-4, atol=2e-5)
