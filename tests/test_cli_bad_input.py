"""Bad input to the command line, class by class: every command, every kind of file it reads
damaged in every way we could think of, every numeric flag out of range. Each case asserts the
exit code, one line on stderr naming the problem, no traceback, nothing changed outside the
output folder and no earlier good file lost."""
import os
import pickle
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest

from tinyunet import losses
from tinyunet.cli import main, output_stems
from tinyunet.data import MAX_IMAGE_PIXELS, SAMPLE_DIR

SAMPLE = sorted((SAMPLE_DIR / "images").iterdir())[0]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    run = tmp_path_factory.mktemp("bad") / "run"
    assert main(["train", "--size", "32", "--depth", "2", "--filters", "4", "--epochs", "1",
                 "--limit", "12", "--run-dir", str(run), "--quiet"]) == 0
    return run


def cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def tree(folder: Path, exclude: Path | None = None) -> dict:
    """Every file under ``folder`` (outside ``exclude``) with its bytes' hash."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if exclude is not None and (p == exclude or exclude in p.parents):
            continue
        out[str(p)] = hash(p.read_bytes()) if p.is_file() else "dir"
    return out


def png_header(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width x height pixels (a decompression bomb's header)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


# ---- damaged files of every kind -------------------------------------------------------------

def damaged_files(folder: Path, good: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    data = good.read_bytes()
    rng = np.random.default_rng(0)
    files = {
        "random bytes": rng.integers(0, 256, 4000, dtype=np.uint8).tobytes(),
        "truncated": data[: len(data) // 3],
        "empty": b"",
        "text": b"this is not what you think it is\n",
        "huge header": png_header(100_000, 100_000),
        "large header": png_header(12_000, 12_000),
        "pickle": pickle.dumps({"format": "tinyunet-checkpoint-v1"}),
        "zip not npz": b"PK\x03\x04" + b"\x00" * 40,
    }
    paths = {}
    for kind, content in files.items():
        path = folder / f"{kind.replace(' ', '_')}{good.suffix}"
        path.write_bytes(content)
        paths[kind] = path
    return paths


CHECKPOINT_KINDS = ["random bytes", "truncated", "empty", "text", "pickle", "zip not npz",
                    "huge header"]


@pytest.mark.parametrize("kind", CHECKPOINT_KINDS)
@pytest.mark.parametrize("command", ["evaluate", "predict", "inspect"])
def test_damaged_checkpoints(kind, command, run, tmp_path, capsys):
    bad = damaged_files(tmp_path / "bad", run / "best.npz")[kind]
    argv = {"evaluate": ["evaluate", "--checkpoint", bad, "--data-dir", SAMPLE_DIR.parent],
            "predict": ["predict", "--checkpoint", bad, SAMPLE, "--out", tmp_path / "o"],
            "inspect": ["inspect", "--checkpoint", bad, SAMPLE, "--out", tmp_path / "o"]}
    before = tree(tmp_path)
    code, _, err = cli(capsys, *argv[command])
    assert code == 2
    line = one_line(err)
    assert str(bad) in line and "not a" in line and "tinyunet checkpoint" in line
    assert "allow_pickle" not in line
    assert tree(tmp_path) == before            # nothing written, not even the output folder


@pytest.mark.parametrize("what, message", [
    ("folder", "is a folder, not a checkpoint"),
    ("missing", "does not exist"),
])
def test_checkpoint_path_that_is_no_file(what, message, run, tmp_path, capsys):
    path = run if what == "folder" else tmp_path / "nothing.npz"
    code, _, err = cli(capsys, "evaluate", "--checkpoint", path, "--data-dir", SAMPLE_DIR.parent)
    assert code == 2 and message in one_line(err)


@pytest.mark.parametrize("kind", ["random bytes", "truncated", "empty", "text", "huge header",
                                  "large header", "pickle"])
def test_predict_skips_each_damaged_image_and_writes_the_rest(kind, run, tmp_path, capsys):
    bad = damaged_files(tmp_path / "bad", SAMPLE)[kind]
    out = tmp_path / "out"
    code, stdout, err = cli(capsys, "predict", "--checkpoint", run / "best.npz", bad, SAMPLE,
                            "--out", out)
    assert code == 1
    assert f"skipped {bad}" in err and "1 of 2 input(s) skipped" in err
    assert (out / f"{SAMPLE.stem}_mask.png").exists()
    assert not any(p.name.startswith(bad.stem) for p in out.iterdir())
    if "header" in kind:
        assert "megapixels; not read" in err


def test_huge_headers_are_refused_without_decoding(tmp_path):
    from tinyunet.data import DataError, read_grayscale
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header(12_000, 12_000))
    assert 12_000 ** 2 > MAX_IMAGE_PIXELS
    with pytest.raises(DataError, match="claims 12000 x 12000 pixels"):
        read_grayscale(path)


def test_evaluate_skips_damaged_pairs_and_lists_images_without_masks(run, tmp_path, capsys):
    import json
    data = tmp_path / "data"
    for sub in ("images", "masks"):
        (data / sub).mkdir(parents=True)
    names = sorted(p.name for p in (SAMPLE_DIR / "images").iterdir())[:4]
    for n in names:
        for sub in ("images", "masks"):
            (data / sub / n).write_bytes((SAMPLE_DIR / sub / n).read_bytes())
    (data / "images" / "nomask.png").write_bytes(SAMPLE.read_bytes())
    (data / "images" / names[0]).write_bytes(png_header(100_000, 100_000))   # a bomb pair
    code, out, err = cli(capsys, "evaluate", "--checkpoint", run / "best.npz", "--data-dir",
                         data)
    assert code == 0
    assert "mean of 3" in out and "nomask.png" in out and "skipped: no mask" in out
    assert f"{names[0]}" in out and "megapixels" in out
    code, out, _ = cli(capsys, "evaluate", "--checkpoint", run / "best.npz", "--data-dir",
                       data, "--json")
    report = json.loads(out)
    assert report["pairs"] == 3
    assert {"name": "nomask.png", "reason": "no mask"} in report["skipped"]
    assert any(s["name"] == names[0] for s in report["skipped"])


# ---- outputs: never overwrite one another, never lose an earlier good file -------------------

def test_predict_names_never_collide(run, tmp_path, capsys):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "scan.png").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "a" / "._scan.png").write_bytes(b"AppleDouble junk")   # hidden: ignored
    (tmp_path / "a" / "sub.png").mkdir()                               # not a file: ignored
    out = tmp_path / "out"
    code, stdout, err = cli(capsys, "predict", "--checkpoint", run / "best.npz", tmp_path / "a",
                            tmp_path / "b", tmp_path / "a" / "scan.png", "--out", out)
    assert code == 0, err
    masks = sorted(p.name for p in out.glob("*_mask.png"))
    assert masks == ["a_scan_mask.png", "b_scan_mask.png"]     # the repeated file once
    assert output_stems([Path("x/y/scan.png"), Path("z/y/scan.png"), Path("q.png")]) == \
        ["x_y_scan", "z_y_scan", "q"]


@pytest.mark.parametrize("command", ["predict", "inspect", "sweep", "train"])
def test_output_path_that_is_a_file(command, run, tmp_path, capsys):
    target = tmp_path / "taken"
    target.write_text("an earlier result")
    flag = "--run-dir" if command == "train" else "--out"
    argv = {"predict": ["predict", "--checkpoint", run / "best.npz", SAMPLE],
            "inspect": ["inspect", "--checkpoint", run / "best.npz", SAMPLE],
            "sweep": ["sweep", "--depths", "1", "--filters", "2", "--size", "16"],
            "train": ["train", "--size", "32", "--limit", "12"]}[command]
    before = tree(tmp_path)
    code, _, err = cli(capsys, *argv, flag, target)
    assert code == 2
    assert str(target) in one_line(err) and "not a folder" in err
    assert tree(tmp_path) == before and target.read_text() == "an earlier result"


def test_output_below_a_file_is_a_filesystem_error_in_one_line(run, tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    code, _, err = cli(capsys, "predict", "--checkpoint", run / "best.npz", SAMPLE, "--out",
                       tmp_path / "file" / "sub")
    assert code == 2
    line = one_line(err)
    assert "Not a directory" in line and str(tmp_path / "file") in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_output_folder(run, tmp_path, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        code, _, err = cli(capsys, "predict", "--checkpoint", run / "best.npz", SAMPLE, "--out", ro)
        assert code == 1 or code == 2
        assert "Permission denied" in err
    finally:
        ro.chmod(0o700)


# ---- numeric flags out of range ----------------------------------------------------------------

NUMERIC = {
    "train": {"--size": ["0", "7", "-32", "abc", "1e9"], "--depth": ["0", "-1", "6", "7"],
              "--filters": ["0", "-4"], "--dropout": ["-0.1", "1", "nan"],
              "--epochs": ["0", "-1", "1.5"], "--batch-size": ["0", "-8"],
              "--lr": ["0", "-1e-3", "nan", "inf", "2"], "--patience": ["0", "-2"],
              "--max-minutes": ["0", "-5", "inf"], "--seed": ["-1", "x"],
              "--limit": ["0", "-1"]},
    "evaluate": {"--size": ["0", "-1", "nan"]},
    "sweep": {"--size": ["0", "5"], "--epochs": ["0"], "--patience": ["0"],
              "--batch-size": ["0"], "--lr": ["0", "nan"], "--seed": ["-1"], "--folds": ["0", "1"],
              "--workers": ["0", "-2"], "--threads-per-run": ["0"], "--retries": ["-1"]},
}
CASES = [(cmd, flag, value) for cmd, flags in NUMERIC.items()
         for flag, values in flags.items() for value in values]


@pytest.mark.parametrize("command, flag, value", CASES)
def test_numeric_flags_out_of_range(command, flag, value, run, tmp_path, capsys):
    base = {"train": ["train", "--run-dir", tmp_path / "r"],
            "evaluate": ["evaluate", "--checkpoint", run / "best.npz", "--data-dir",
                         SAMPLE_DIR.parent],
            "sweep": ["sweep", "--out", tmp_path / "s"]}[command]
    code, _, err = cli(capsys, *base, f"{flag}={value}")
    assert code == 2
    line = one_line(err)
    assert flag in line and value in line
    assert not (tmp_path / "r").exists() and not (tmp_path / "s").exists()


# ---- messages that must not mislead; files written where asked only -------------------------

def test_divergence_in_the_first_epoch_says_no_checkpoint_exists(tmp_path, capsys, monkeypatch):
    real = losses.LOSSES["bce_dice"]
    monkeypatch.setitem(losses.LOSSES, "bce_dice",
                        lambda logits, y: (float("nan"), real(logits, y)[1]))
    code, _, err = cli(capsys, "train", "--size", "32", "--depth", "2", "--filters", "2",
                       "--limit", "12", "--run-dir", tmp_path / "r", "--quiet")
    assert code == 3
    line = one_line(err)
    assert "No checkpoint was written" in line and "intact" not in line
    assert not (tmp_path / "r" / "last.npz").exists()


def test_cache_goes_to_the_user_cache_and_a_refused_run_writes_nothing(tmp_path, capsys,
                                                                       monkeypatch):
    monkeypatch.chdir(tmp_path)
    cache = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    (cache / "matplotlib").mkdir(parents=True)   # matplotlib's own font cache may land here
    before = tree(tmp_path, exclude=cache / "matplotlib")
    code, _, err = cli(capsys, "train", "--size", "36", "--depth", "3", "--limit", "12",
                       "--run-dir", "mydir", "--quiet")          # 36 is not divisible by 8
    assert code == 2 and "divisible" in one_line(err)
    code, _, err = cli(capsys, "train", "--size", "32", "--limit", "2", "--run-dir", "mydir",
                       "--quiet")                                 # too few pairs to split
    assert code == 2 and "too few" in one_line(err)
    assert tree(tmp_path, exclude=cache / "matplotlib") == before   # nothing at all
    code, _, err = cli(capsys, "train", "--size", "32", "--depth", "2", "--filters", "2",
                       "--epochs", "1", "--limit", "12", "--run-dir", "mydir", "--quiet")
    assert code == 0, err
    assert not (tmp_path / ".cache").exists()                      # not beside the run folder
    assert list((cache / "tinyunet").glob("data-*.npz"))
    code, _, _ = cli(capsys, "train", "--size", "32", "--depth", "2", "--filters", "2",
                     "--epochs", "1", "--limit", "12", "--run-dir", "other", "--quiet",
                     "--cache-dir", tmp_path / "mycache")
    assert code == 0 and list((tmp_path / "mycache").glob("data-*.npz"))


def test_stale_temporary_files_of_a_killed_run_are_removed(tmp_path, capsys):
    run = tmp_path / "r"
    argv = ["train", "--size", "32", "--depth", "2", "--filters", "2", "--epochs", "1",
            "--limit", "12", "--run-dir", run, "--quiet"]
    assert cli(capsys, *argv)[0] == 0
    (run / ".last.npz.tmp").write_bytes(b"half a checkpoint")
    (run / ".history.csv.tmp").write_text("epoch")
    argv[argv.index("1")] = "2"
    assert cli(capsys, *argv, "--resume")[0] == 0
    assert not list(run.glob(".*.tmp"))


def test_an_internal_error_says_it_is_a_bug_and_debug_shows_the_traceback(tmp_path, capsys,
                                                                          monkeypatch):
    import tinyunet.cli as cli_module
    monkeypatch.setitem(cli_module.COMMANDS, "evaluate",
                        lambda args: {}["a key that is not there"])
    argv = ["evaluate", "--checkpoint", "x.npz", "--data-dir", "."]
    code, _, err = cli(capsys, *argv)
    assert code == 70
    assert "internal error (KeyError" in one_line(err) and "--debug" in err
    with pytest.raises(KeyError):
        main(argv + ["--debug"])


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b'{"size": 32}', b"\xff\xfe"])
def test_resume_with_a_damaged_run_file_names_it(content, tmp_path, capsys):
    run = tmp_path / "r"
    run.mkdir()
    (run / "run.json").write_bytes(content)
    code, _, err = cli(capsys, "train", "--run-dir", run, "--resume", "--quiet")
    assert code == 2
    line = one_line(err)
    assert str(run / "run.json") in line and "damaged" in line
    assert (run / "run.json").read_bytes() == content


@pytest.mark.parametrize("extra, words", [([], "give --folds too"),
                                          (["--folds", "2"], "no runs.csv there")])
def test_against_refuses_in_one_line_and_writes_nothing(extra, words, tmp_path, capsys):
    (tmp_path / "other").mkdir()
    code, _, err = cli(capsys, "sweep", "--out", tmp_path / "s", "--against",
                       tmp_path / "other", *extra)
    assert code == 2 and words in one_line(err)
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize("extra, words", [(["--workers", "2"], "leave out --workers"),
                                          ([], "no run of this grid has finished")])
def test_report_only_refuses_in_one_line_and_writes_nothing(extra, words, tmp_path, capsys):
    code, _, err = cli(capsys, "sweep", "--out", tmp_path / "s", "--report-only", *extra)
    assert code == 2 and words in one_line(err)
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize("extra, words", [
    (["--later-seeds-only", "d1_f4"], "needs at least two --seeds"),
    (["--seeds", "0,1", "--later-seeds-only", "d9_f4"], "d9_f4 is not in the grid"),
    (["--seeds", "0,1", "--later-seeds-only", ","], "names no configuration")])
def test_later_seeds_only_refuses_in_one_line_and_writes_nothing(extra, words, tmp_path,
                                                                 capsys):
    code, _, err = cli(capsys, "sweep", "--out", tmp_path / "s", "--depths", "1,2",
                       "--filters", "4", "--workers", "2", *extra)
    assert code == 2 and words in one_line(err)
    assert not (tmp_path / "s").exists()
