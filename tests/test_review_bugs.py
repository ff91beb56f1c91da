"""The bugs a review found (issue 24), each reproduced: threads and forked children, dtypes at
the door, inspection that leaves caches behind, inconsistent checkpoints, two runs on one folder."""
import json
import multiprocessing
import threading

import numpy as np
import pytest

from tinyunet import UNet, conv, workspace
from tinyunet.checkpoint import CheckpointError, model_from_checkpoint, save_checkpoint
from tinyunet.data import DataError
from tinyunet.runs import run_folder_lock, train_run

threadpoolctl = pytest.importorskip("threadpoolctl")


def _blas_threads():
    return [d["num_threads"] for d in threadpoolctl.threadpool_info() if d["user_api"] == "blas"]


# -- the per-image BLAS cap ---------------------------------------------------------------------


def test_per_image_leaves_the_blas_thread_setting_alone_even_when_calls_overlap():
    """The old cap saved and restored BLAS's thread count per call: overlapping calls from two
    threads left it at 1 for the rest of the process, and every call capped every other
    thread's BLAS while it ran. Now the setting is never touched: read from the main thread
    while another thread's call is inside, and after both."""
    if not _blas_threads():
        pytest.skip("no BLAS library found by threadpoolctl")
    b_in, a_out = threading.Event(), threading.Event()
    seen = {}

    def in_b(_):
        b_in.set()
        assert a_out.wait(10)

    other = threading.Thread(target=conv.per_image, args=(in_b, 1))

    def in_a(_):
        other.start()
        assert b_in.wait(10)
        seen["during"] = _blas_threads()

    with threadpoolctl.threadpool_limits(limits=2, user_api="blas"):
        before = _blas_threads()
        conv.per_image(in_a, 1)               # this thread leaves first, the other still inside
        seen["between"] = _blas_threads()
        a_out.set()
        other.join(10)
        after = _blas_threads()
    assert before == [2] * len(before)
    assert seen["during"] == seen["between"] == after == before


def test_a_training_step_calls_no_blas(monkeypatch):
    """The head's 1x1 convolution runs in numba: no BLAS call in a step, so BLAS's threads never
    compete with numba's (the reason the old per-call cap existed)."""
    calls = []
    monkeypatch.setattr(conv, "per_image", lambda fn, n: calls.append(n) or [fn(b) for b in
                                                                             range(n)])
    model = UNet(depth=2, base_filters=4)
    model.forward(np.zeros((2, 1, 32, 32), np.float32))
    model.backward(np.ones((2, 1, 32, 32), np.float32))
    assert calls == []


# -- the per-image thread pools -----------------------------------------------------------------


def _per_image_in_child(queue):
    queue.put(sum(conv.per_image(lambda b: b + 1, 4)))


def test_per_image_leaves_no_thread_behind_and_works_in_a_forked_child():
    """The per-image thread pools used to be made once (a check-then-set race between
    threads), never shut down, and inherited dead by a forked child."""
    assert conv.per_image(lambda b: b * 2, 4) == [0, 2, 4, 6]
    assert not [t for t in threading.enumerate() if t.name.startswith("tinyunet")]
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_per_image_in_child, args=(queue,))
    child.start()
    child.join(60)
    if child.is_alive():
        child.kill()
        pytest.fail("per_image hung in a forked child")
    assert child.exitcode == 0 and queue.get(timeout=5) == 10


# -- the workspace from two threads -------------------------------------------------------------


def test_one_workspace_entered_from_two_threads_leaves_cleanly():
    ws = workspace.Workspace(min_bytes=0)
    entered, left = threading.Event(), threading.Event()
    errors = []

    def second():
        try:
            with ws:
                entered.set()
                assert left.wait(10)
                assert workspace.active() is ws
        except Exception as exc:          # noqa: BLE001 (reported below)
            errors.append(exc)

    t = threading.Thread(target=second)
    with ws:
        t.start()
        assert entered.wait(10)
    left.set()                            # this thread left first, the other still inside
    t.join(10)
    assert errors == [] and workspace.active() is None


# -- dtypes at the door -------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", [np.float16, np.longdouble])
def test_other_float_dtypes_are_refused_in_one_line(dtype):
    if np.dtype(dtype) in (np.dtype(np.float64),):
        pytest.skip("longdouble is float64 on this platform")
    model = UNet(depth=1, base_filters=2)
    with pytest.raises(ValueError, match="float32 or float64") as err:
        model.forward(np.zeros((1, 1, 8, 8), dtype))
    assert "\n" not in str(err.value) and "astype" in str(err.value)


# -- inspection keeps nothing on the caller's model ---------------------------------------------


def _kept(model):
    """The arrays forward kept for backward on any layer of ``model``."""
    found = []

    def walk(layer):
        for name in ("_x", "_y", "_cache", "_mask", "_out"):
            if getattr(layer, name, None) is not None:
                found.append((type(layer).__name__, name))
        for _, child in layer.named_children():
            walk(child)
    walk(model)
    return found


def test_inspect_and_explore_leave_no_activations_on_the_model(tmp_path):
    from tinyunet.explore import build_explorer
    from tinyunet.viz import inspect_model
    model = UNet(depth=2, base_filters=2)
    image = (np.random.default_rng(0).random((32, 32)) * 255).astype(np.uint8)
    model.forward(np.zeros((1, 1, 32, 32), np.float32))
    assert _kept(model)                    # the check sees what a forward keeps
    model.backward(np.zeros((1, 1, 32, 32), np.float32))
    assert not _kept(model)
    inspect_model(model, image, tmp_path / "inspect")
    assert not _kept(model)
    build_explorer(tmp_path / "explorer", [dict(id="m", label="m", model=model)],
                   [dict(name="img", image=image)])
    assert not _kept(model)


# -- a checkpoint whose config disagrees with its arrays ----------------------------------------


def test_an_absurd_config_is_refused_before_anything_is_built(tmp_path, monkeypatch):
    model = UNet(depth=2, base_filters=4)
    path = save_checkpoint(tmp_path / "m.npz", model)
    with np.load(path) as z:
        arrays = dict(z)
    meta = json.loads(str(arrays["meta"]))
    meta["config"]["base_filters"] = 2_000_000
    arrays["meta"] = np.array(json.dumps(meta))
    np.savez(tmp_path / "absurd.npz", **arrays)
    built = []
    monkeypatch.setattr(UNet, "__init__", lambda self, **kw: built.append(kw) or 1 / 0)
    with pytest.raises(CheckpointError, match="base_filters=2000000") as err:
        model_from_checkpoint(tmp_path / "absurd.npz")
    assert built == [] and "\n" not in str(err.value)


def test_a_consistent_checkpoint_still_loads(tmp_path):
    model = UNet(depth=2, base_filters=4, batch_norm=True)
    path = save_checkpoint(tmp_path / "m.npz", model)
    loaded, _ = model_from_checkpoint(path)
    assert loaded.config == model.config


# -- two runs on one folder ---------------------------------------------------------------------


def test_a_second_run_on_a_locked_folder_is_refused(tmp_path):
    run_dir = tmp_path / "run"
    with run_folder_lock(run_dir):
        with pytest.raises(DataError, match="in use by another run") as err:
            train_run(run_dir, size=32, depth=1, base_filters=2, limit=8, progress=False,
                      log=lambda *a: None)
        assert "\n" not in str(err.value)
    assert not run_dir.exists()             # made only for the lock, and left empty


def _hold_lock(run_dir, ready, release):
    with run_folder_lock(run_dir):
        ready.set()
        release.wait(30)


def test_the_lock_holds_across_processes_and_dies_with_its_holder(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    (tmp_path / "run").mkdir()
    holder = ctx.Process(target=_hold_lock, args=(tmp_path / "run", ready, release))
    holder.start()
    assert ready.wait(60)
    with pytest.raises(DataError, match=f"pid {holder.pid}"):
        with run_folder_lock(tmp_path / "run"):
            pass
    holder.kill()                              # killed, not released
    holder.join(30)
    with run_folder_lock(tmp_path / "run"):     # the lock went with the process
        pass


def test_a_checkpoint_with_the_old_decoder_names_still_loads(tmp_path):
    """Before the blocks had one interface, a decoder convolution's parameters were called
    ``up1.block.conv1.weight`` while its map was ``up1.conv1``; old files keep loading."""
    model = UNet(depth=2, base_filters=4, seed=3)
    path = save_checkpoint(tmp_path / "new.npz", model)
    with np.load(path) as z:
        arrays = {k.replace("up1.conv", "up1.block.conv").replace("up2.conv", "up2.block.conv"): v
                  for k, v in z.items()}
    assert "param/up1.block.conv1.weight" in arrays
    np.savez(tmp_path / "old.npz", **arrays)
    loaded, _ = model_from_checkpoint(tmp_path / "old.npz")
    for (name, value, _), (_, theirs, _) in zip(model.parameters(), loaded.parameters()):
        np.testing.assert_array_equal(value, theirs, err_msg=name)
