"""``with reference_path():`` runs a whole U-Net's training step in NumPy only (issue 24): no
numba kernel is called, and the result matches the fast paths."""
import numpy as np
import pytest

from tinyunet import UNet, bce_dice_loss, conv, kernels
from tinyunet.fast import direct, patches


def _step(model, x, y):
    model.zero_grad()
    loss, dlogits = bce_dice_loss(model.forward(x), y)
    dx = model.backward(dlogits)
    return loss, dx, {name: grad.copy() for name, _, grad in model.parameters()}


@pytest.mark.parametrize("batch_norm", [False, True])
def test_the_numpy_path_trains_a_unet_without_numba_and_matches(batch_norm, monkeypatch):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 1, 16, 16))
    y = (rng.random((2, 1, 16, 16)) > 0.5).astype(np.float64)
    model = UNet(depth=2, base_filters=4, batch_norm=batch_norm, seed=1).to(np.float64)
    fast = _step(model, x, y)

    def numba_called(*args, **kwargs):
        raise AssertionError("a numba kernel ran inside reference_path()")

    monkeypatch.setattr(kernels, "_launch", numba_called)
    for module in (direct, patches):
        for name in dir(module):
            if name.startswith(("conv3x3_", "patch2_")):
                monkeypatch.setattr(module, name, numba_called)
    with conv.reference_path():
        plain = _step(model, x, y)
    assert plain[0] == pytest.approx(fast[0], rel=1e-12)
    np.testing.assert_allclose(plain[1], fast[1], rtol=1e-9, atol=1e-12)
    for name, grad in fast[2].items():
        np.testing.assert_allclose(plain[2][name], grad, rtol=1e-9, atol=1e-12, err_msg=name)


def test_the_switch_is_undone_after_the_block():
    with conv.reference_path():
        assert kernels._numpy_only.get() and conv.choose_path(
            (4, 4, 3, 3), (1, 1), (1, 1), (1, 4, 8, 8)).name == "im2col"
    assert not kernels._numpy_only.get()
    assert conv.choose_path((4, 4, 3, 3), (1, 1), (1, 1), (1, 4, 8, 8)).name == "direct"
