"""The weight gradient by Winograd's F(2x2, 3x3) (tinyunet.fast.winograd_grad): the NumPy
reference against im2col, the numba kernel against im2col on every layout its tasks take (one
band or several a map, several images sharing the buffers, a flush when they fill, a ReLU's
mask, a concatenated input whose split falls inside a vector), and the dispatch that takes it."""
import numpy as np
import pytest

from tinyunet import conv
from tinyunet.fast import direct, winograd_grad
from tinyunet.fast.target import TARGET


def _lanes(dtype):
    return TARGET.lanes(dtype)


def _problem(n, c, o, h, w, dtype, seed=0):
    rng = np.random.default_rng(seed + 7 * n + c + o + h + w)
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    dy = rng.standard_normal((n, o, h, w)).astype(dtype)
    relu_output = rng.standard_normal((n, o, h, w)).astype(dtype)
    return x, dy, relu_output


def _im2col(x, dy):
    return conv.conv2d_weight_grad_im2col(x.astype(np.float64), dy.astype(np.float64), (3, 3),
                                          (1, 1), (1, 1))


@pytest.mark.parametrize("n,c,o,h,w", [(1, 1, 1, 2, 2), (2, 3, 5, 6, 8), (1, 4, 2, 10, 4)])
def test_reference_is_the_weight_gradient(n, c, o, h, w):
    x, dy, _ = _problem(n, c, o, h, w, np.float64)
    dw, db = winograd_grad.weight_grad_reference(x, dy)
    np.testing.assert_allclose(dw, _im2col(x, dy), atol=1e-11)
    np.testing.assert_allclose(db, dy.sum(axis=(0, 2, 3)), atol=1e-12)
    with pytest.raises(ValueError, match="even"):
        winograd_grad.weight_grad_reference(x[:, :, :-1], dy[:, :, :-1])


def _layouts(dtype):
    """(N, C, O, H, W) for this CPU's vectors: L lanes, blocks of 2L input channels."""
    lanes = _lanes(dtype)
    return [(1, 2 * lanes, lanes, 2, lanes),            # one tile row, one band
            (3, 4 * lanes, 3 * lanes, 8, 2 * lanes),    # O not a multiple of the 6-row tile
            (8, 2 * lanes, 2 * lanes, 16, 2 * lanes),   # images fill the buffers: a flush
            (2, 2 * lanes, lanes, 4 * lanes, 8 * lanes),  # several bands an image
            # a tile row longer than the buffers' usual MAX_TILES: they grow to hold it
            (2, 2 * lanes, lanes, 2, 2 * winograd_grad.MAX_TILES + 4 * lanes)]


@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-11), (np.float32, 3e-6)])
@pytest.mark.parametrize("layout", range(5))
@pytest.mark.parametrize("masked", [False, True])
def test_kernel_matches_im2col(dtype, tol, layout, masked):
    n, c, o, h, w = _layouts(dtype)[layout]
    x, dy, relu_output = _problem(n, c, o, h, w, dtype)
    dw, db = winograd_grad.weight_and_bias_grad(x, dy, relu_output if masked else None)
    g = dy * (relu_output > 0) if masked else dy
    expected = _im2col(x, g)
    assert dw.dtype == dtype and dw.shape == (o, c, 3, 3) and db.shape == (o,)
    assert np.abs(dw - expected).max() <= tol * np.abs(expected).max()
    np.testing.assert_allclose(db, g.astype(np.float64).sum(axis=(0, 2, 3)),
                               atol=tol * np.abs(g).sum(axis=(0, 2, 3)).max())


@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-11), (np.float32, 3e-6)])
@pytest.mark.parametrize("split_in_vectors", [1, 0.5])
def test_concatenated_input_is_read_where_it_lies(dtype, tol, split_in_vectors):
    """A pair (a, b) is the concatenation of its parts; a split inside a vector of channels
    is copied channel by channel."""
    lanes = _lanes(dtype)
    split = int(split_in_vectors * lanes)
    x, dy, _ = _problem(2, 4 * lanes, lanes, 6, 2 * lanes, dtype)
    dw, _ = winograd_grad.weight_and_bias_grad((x[:, :split].copy(), x[:, split:].copy()), dy)
    expected = _im2col(x, dy)
    assert np.abs(dw - expected).max() <= tol * np.abs(expected).max()


def test_usable_shapes_and_refusal_in_one_line():
    lanes = _lanes(np.float32)
    assert winograd_grad.usable((8, 2 * lanes, 128, 128), lanes)
    assert not winograd_grad.usable((8, lanes, 128, 128), lanes)         # C: half a block
    assert not winograd_grad.usable((8, 2 * lanes, 128, 128), lanes + 1)  # O: not vectors
    assert not winograd_grad.usable((8, 2 * lanes, 127, 128), lanes)      # an odd height
    assert not winograd_grad.usable((8, 2 * lanes, 128, lanes + 2), lanes)  # width
    x = np.zeros((1, lanes, 4, lanes), np.float32)
    with pytest.raises(ValueError, match="multiple of") as err:
        winograd_grad.weight_and_bias_grad(x, np.zeros((1, lanes, 4, lanes), np.float32))
    assert "\n" not in str(err.value)


def test_buffers_lie_an_odd_number_of_cache_lines_apart():
    """The positions' blocks are not a multiple of 4 KB apart (one first-level cache set)."""
    for o in (8, 16, 64, 512):
        v_stride, o_row, z_step = winograd_grad.buffer_layout(o, 4)
        six = winograd_grad.OUT_BLOCK
        assert o_row >= -(-o // six) * six and o_row % _lanes(np.float32) == 0
        for step in (v_stride, z_step):
            assert (step * 4) % 64 == 0 and (step * 4 // 64) % 2 == 1


def test_the_winograd_path_takes_it_where_it_applies_and_direct_elsewhere(monkeypatch):
    """The dispatch's Winograd backward uses this weight gradient where its shapes allow it and
    the direct one where they do not (2 lanes + 2 output channels: not whole vectors); both give
    the im2col gradient."""
    lanes = _lanes(np.float32)
    calls = []
    real = winograd_grad.weight_and_bias_grad
    monkeypatch.setattr(winograd_grad, "weight_and_bias_grad",
                        lambda *a: calls.append("winograd") or real(*a))
    for o, taken in ((2 * lanes, ["winograd"]), (2 * lanes + 2, [])):
        calls.clear()
        x, dy, _ = _problem(8, 2 * lanes, o, 16, 4 * lanes, np.float32)
        w = np.zeros((o, 2 * lanes, 3, 3), np.float32)
        with conv.use_path("winograd"):
            _, dw, db = conv.conv2d_backward(x, dy, w, (1, 1), (1, 1), with_bias=True)
        assert calls == taken
        expected = _im2col(x, dy)
        assert np.abs(dw - expected).max() <= 3e-6 * np.abs(expected).max()
        ref, _ = direct.conv3x3_weight_and_bias_grad(x, dy)
        assert np.abs(dw - ref).max() <= 3e-6 * np.abs(ref).max()
