"""Optimisers: the update rules by hand, state round trip, zero_grad semantics."""
import numpy as np
import pytest

from tinyunet.layers import Conv2d
from tinyunet.optim import SGD, Adam


def test_adam_first_steps_by_hand():
    w, g = np.array([1.0, -2.0]), np.zeros(2)
    opt = Adam([("w", w, g)], lr=0.1)
    grads = [np.array([0.5, -1.0]), np.array([0.1, 2.0])]
    m = v = np.zeros(2)
    expected = np.array([1.0, -2.0])
    for t, gt in enumerate(grads, start=1):
        g[...] = gt
        opt.step()
        m = 0.9 * m + 0.1 * gt
        v = 0.999 * v + 0.001 * gt ** 2
        expected = expected - 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        np.testing.assert_allclose(w, expected, rtol=1e-12)
    # the first step moves every weight by about lr, whatever the gradient's scale
    w2, g2 = np.zeros(3), np.array([1e-4, 1.0, -1e4])
    Adam([("w", w2, g2)], lr=0.01).step()
    np.testing.assert_allclose(w2, [-0.01, -0.01, 0.01], rtol=1e-3)


def test_adam_weight_decay_and_sgd_momentum():
    w, g = np.array([1.0]), np.array([0.0])
    Adam([("w", w, g)], lr=0.1, weight_decay=1.0).step()   # gradient is wd * w > 0
    assert w[0] < 1.0
    w, g = np.array([0.0]), np.array([1.0])
    opt = SGD([("w", w, g)], lr=0.1, momentum=0.5)
    opt.step()
    opt.step()   # v = 1, then 1.5
    assert w[0] == pytest.approx(-0.1 - 0.15)


def test_minimises_a_quadratic():
    for cls, lr in ((Adam, 0.1), (SGD, 0.05)):
        w, g = np.array([3.0, -4.0]), np.zeros(2)
        opt = cls([("w", w, g)], lr=lr)
        for _ in range(300):
            opt.zero_grad()
            g += 2 * w
            opt.step()
        assert np.linalg.norm(w) < 1e-2, cls.__name__


def test_backward_accumulates_until_zero_grad():
    layer = Conv2d(1, 1, 3, padding=1, rng=0)
    x = np.random.default_rng(0).standard_normal((1, 1, 5, 5)).astype(np.float32)
    dy = np.ones((1, 1, 5, 5), np.float32)
    layer.forward(x)
    layer.backward(dy)
    once = layer.grads["weight"].copy()
    with pytest.raises(RuntimeError, match="call forward first"):
        layer.backward(dy)               # backward used up what forward kept
    layer.forward(x)
    layer.backward(dy)
    np.testing.assert_allclose(layer.grads["weight"], 2 * once, rtol=1e-6)
    Adam(layer.parameters()).zero_grad()
    assert not layer.grads["weight"].any()


def test_state_dict_round_trip():
    w, g = np.ones(3), np.full(3, 0.5)
    opt = Adam([("w", w, g)], lr=0.01)
    opt.step()
    state = opt.state_dict()
    w2 = w.copy()
    opt2 = Adam([("w", w2, g.copy())], lr=0.5)
    opt2.load_state_dict(state)
    opt.step()
    opt2.step()
    np.testing.assert_array_equal(w, w2)
    with pytest.raises(ValueError, match="unknown parameter"):
        Adam([("other", w, g)]).load_state_dict(state)


def test_bad_optimiser_arguments():
    with pytest.raises(ValueError, match="no parameters"):
        Adam([])
    with pytest.raises(ValueError, match="learning rate"):
        Adam([("w", np.ones(1), np.ones(1))], lr=0)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("size", [7, 1 << 17])          # one thread, and all of them
def test_adam_update_in_one_pass_equals_numpy_bit_for_bit(dtype, size):
    from tinyunet.kernels import adam_update, adam_update_reference
    rng = np.random.default_rng(size)
    arrays = [rng.standard_normal(size).astype(dtype) for _ in range(3)]
    arrays.append(np.abs(rng.standard_normal(size)).astype(dtype))        # v >= 0
    fast = [a.copy() for a in arrays]
    ref = [a.copy() for a in arrays]
    for t in (1, 2, 3):
        args = (0.9, 0.999, 1e-3 / (1 - 0.9 ** t), 1 - 0.999 ** t, 1e-8)
        adam_update(fast[0], fast[1], fast[2], fast[3], *args)
        adam_update_reference(ref[0], ref[1], ref[2], ref[3], *args)
    for a, b in zip(fast, ref):
        np.testing.assert_array_equal(a, b)
