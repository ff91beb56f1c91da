"""atomic_write: a reader sees the old file or the new one, never part of either, and an
error leaves the old file and no temporary file behind."""
import csv
import threading

import numpy as np
import pytest

from tinyunet.atomic import (atomic_write, temporary_path, write_bytes_atomically,
                             write_text_atomically)


def test_text_and_bytes_land_whole_and_leave_no_temporary_file(tmp_path):
    with atomic_write(tmp_path / "a.csv", newline="") as fh:
        csv.writer(fh).writerows([["x", "y"], [1, 2]])
    assert (tmp_path / "a.csv").read_bytes() == b"x,y\r\n1,2\r\n"     # csv's own line ends
    with atomic_write(tmp_path / "b.npz", "wb") as fh:
        np.savez(fh, w=np.arange(3.0))
    assert np.load(tmp_path / "b.npz")["w"].tolist() == [0.0, 1.0, 2.0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.npz"]


def test_write_text_atomically_replaces_the_whole_text(tmp_path):
    target = tmp_path / "results.md"
    target.write_text("an old, longer table\n" * 10)
    write_text_atomically(target, "| a | b |\n")
    assert target.read_text() == "| a | b |\n"
    assert [p.name for p in tmp_path.iterdir()] == ["results.md"]


def test_write_bytes_atomically_replaces_the_whole_bytes(tmp_path):
    target = tmp_path / "model.onnx"
    target.write_bytes(b"\x00old and longer" * 10)
    write_bytes_atomically(target, b"\x08\x07new")
    assert target.read_bytes() == b"\x08\x07new"
    assert [p.name for p in tmp_path.iterdir()] == ["model.onnx"]


def test_the_target_is_untouched_until_the_block_ends(tmp_path):
    target = tmp_path / "history.csv"
    target.write_text("old")
    with atomic_write(target) as fh:
        fh.write("new")
        fh.flush()
        assert target.read_text() == "old"
        assert temporary_path(target).read_text() == "new"
    assert target.read_text() == "new"


def test_an_error_keeps_the_old_file_and_removes_the_temporary_one(tmp_path):
    target = tmp_path / "last.npz"
    target.write_bytes(b"the old checkpoint")
    with pytest.raises(RuntimeError, match="disk full"):
        with atomic_write(target, "wb") as fh:
            fh.write(b"half a check")
            raise RuntimeError("disk full")
    assert target.read_bytes() == b"the old checkpoint"
    assert [p.name for p in tmp_path.iterdir()] == ["last.npz"]


def test_threads_writing_one_file_each_use_their_own_temporary_file(tmp_path):
    """Eight threads rewrite one target 50 times each; with a shared temporary name, one
    thread's rename could move another's half-written file into place or fail on a missing
    one. Every read in between sees one writer's whole content."""
    target = tmp_path / "sweep.json"
    names = set()
    errors = []

    def writer(k):
        try:
            names.add(temporary_path(target).name)
            for _ in range(50):
                with atomic_write(target) as fh:
                    fh.write(str(k) * 4096)
                text = target.read_text()
                assert len(text) == 4096 and len(set(text)) == 1, text[:20]
        except Exception as exc:          # noqa: BLE001 - reported below with the thread's own
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert len(names) == 8
    assert [p.name for p in tmp_path.iterdir()] == ["sweep.json"]


def test_a_mode_that_would_append_or_read_is_refused_in_one_line(tmp_path):
    with pytest.raises(ValueError, match="mode 'w' or 'wb', not 'a'"):
        with atomic_write(tmp_path / "x", "a"):
            pass
    assert not list(tmp_path.iterdir())
