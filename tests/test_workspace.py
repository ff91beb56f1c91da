"""The workspace hands out a kept buffer only when nothing else references it, changes no result,
and allocates nothing new after the first training step."""
import threading

import numpy as np
import pytest

from tinyunet import Adam, UNet, bce_dice_loss, workspace
from tinyunet.data import Dataset
from tinyunet.train import TrainConfig, restore, train_one_epoch
from tinyunet.workspace import Workspace


def test_a_buffer_comes_back_once_nothing_references_it():
    ws = Workspace(min_bytes=0)
    with ws:
        a = workspace.empty((4, 8), np.float32)
        b = workspace.empty((4, 8), np.float32)
        assert not np.shares_memory(a, b)
        del a
        c = workspace.empty((4, 8), np.float32)
    assert not np.shares_memory(b, c)
    assert (ws.hits, ws.misses) == (1, 2)


def test_a_view_keeps_its_buffer_in_use():
    ws = Workspace(min_bytes=0)
    with ws:
        a = workspace.empty((4, 8))
        view = a[1:, ::2].T
        del a
        b = workspace.empty((4, 8))
        assert not np.shares_memory(view, b)
        del view, b
        workspace.empty((4, 8))
    assert ws.misses == 2 and ws.hits == 1


def test_a_larger_free_buffer_serves_a_smaller_request_within_the_waste_limit():
    ws = Workspace(min_bytes=0, max_waste=0.5)
    with ws:
        big = workspace.empty((8, 8), np.float64)          # 512 bytes
        del big
        half = workspace.empty((8, 8), np.float32)         # 256 bytes: a view of the 512
        assert ws.hits == 1 and half.shape == (8, 8) and half.dtype == np.float32
        half[:] = 3
        del half
        workspace.empty((2, 8), np.float32)                # 64 bytes: would waste 7/8
    assert ws.misses == 2
    assert ws.nbytes == 512 + 64


def test_zeros_are_zero_even_from_a_used_buffer():
    ws = Workspace(min_bytes=0)
    with ws:
        a = workspace.empty((16,))
        a[:] = 7
        del a
        assert not workspace.zeros((16,)).any()
    assert ws.hits == 1


def test_outside_a_workspace_and_under_min_bytes_arrays_are_plain():
    assert workspace.active() is None
    assert workspace.empty((4,)).base is None
    ws = Workspace(min_bytes=1024)
    with ws:
        assert workspace.active() is ws
        small = workspace.empty((4,), np.float32)
        assert small.base is None and ws.misses == 0
    assert workspace.active() is None


def test_the_workspace_is_seen_by_its_own_thread_only():
    seen = []
    with Workspace():
        thread = threading.Thread(target=lambda: seen.append(workspace.active()))
        thread.start()
        thread.join()
    assert seen == [None]


def test_release_drops_the_buffers_and_leaves_held_arrays_intact():
    ws = Workspace(min_bytes=0)
    with ws:
        a = workspace.empty((4,))
        a[:] = 5
    ws.release()
    assert ws.nbytes == 0 and (a == 5).all()


def _steps(model, x, y, ws, steps=3):
    optimizer = Adam(model.parameters(), lr=1e-3)
    losses, misses = [], []
    for _ in range(steps):
        with ws if ws is not None else workspace_off():
            optimizer.zero_grad()
            loss, dlogits = bce_dice_loss(model.forward(x), y)
            model.backward(dlogits, input_grad=False)
            optimizer.step()
        losses.append(loss)
        misses.append(ws.misses if ws is not None else 0)
    return losses, [g.copy() for _, _, g in model.parameters()], misses


class workspace_off:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return None


@pytest.mark.parametrize("batch_norm", [False, True])
def test_training_steps_in_a_workspace_equal_those_without_and_allocate_once(batch_norm):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 1, 64, 64)).astype(np.float32)
    y = (x > 0.3).astype(np.float32)
    plain = _steps(UNet(depth=3, base_filters=8, batch_norm=batch_norm, seed=1), x, y, None)
    ws = Workspace(min_bytes=4096)
    kept = _steps(UNet(depth=3, base_filters=8, batch_norm=batch_norm, seed=1), x, y, ws)
    assert plain[0] == kept[0]                                   # the same losses, bit for bit
    for a, b in zip(plain[1], kept[1]):
        np.testing.assert_array_equal(a, b)
    assert kept[2][0] > 0 and kept[2][0] == kept[2][-1]          # nothing new after step 1
    assert ws.hits > 0


def test_predictions_kept_by_the_caller_are_never_overwritten():
    model = UNet(depth=2, base_filters=8, seed=0)
    rng = np.random.default_rng(1)
    xs = [rng.standard_normal((2, 1, 64, 64)).astype(np.float32) for _ in range(3)]
    expected = [model.forward(x).copy() for x in xs]
    with Workspace(min_bytes=0):
        got = [model.forward(x) for x in xs]
    for e, g in zip(expected, got):
        np.testing.assert_array_equal(e, g)


def test_the_training_loop_uses_the_sessions_workspace(tmp_path):
    rng = np.random.default_rng(0)
    # maps of 8 channels at 96^2 in batches of 4: 1.2 MB, over the workspace's MIN_BYTES
    images = rng.integers(0, 255, (8, 96, 96), dtype=np.uint8)
    data = Dataset(images, (images > 128).astype(np.uint8), [f"i{k}" for k in range(8)])
    model = UNet(depth=2, base_filters=8, seed=0)
    config = TrainConfig(epochs=1, batch_size=4, augment=False)
    session = restore(model, config, tmp_path, resume=False, log=lambda *a: None)
    train_one_epoch(model, session, data, config, 1, progress=False)
    assert session.workspace.misses > 0 and session.workspace.hits > 0
