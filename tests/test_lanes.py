"""The channels-in-lanes 3x3 kernel (tinyunet.lanes) and its vector intrinsics (tinyunet.simd)
agree with the im2col convolution, naive loops and NumPy, in float32 and float64."""
import numpy as np
import pytest
from numba import njit

from tinyunet import conv, direct, lanes
from tinyunet.bands import band_rows
from tinyunet.simd import lanes_of, vfma, vload, vsplat_at, vstore, vzeros

from helpers import record_calls
from references import conv2d_naive

TOL = {np.float32: 2e-4, np.float64: 1e-11}


@njit
def _axpy_by_vectors(a, x, y, out):
    """out = x * a[0] + y, one vector at a time (len a multiple of the lanes)."""
    step = lanes_of(x)
    scale = vsplat_at(a, 0)
    for i in range(0, x.shape[0], step):
        vstore(out, i, vfma(vload(x, i), scale, vload(y, i)))


@njit
def _zeros_by_vectors(out):
    for i in range(0, out.shape[0], lanes_of(out)):
        vstore(out, i, vzeros(out))


@pytest.mark.parametrize("dtype,lanes_count", [(np.float32, 16), (np.float64, 8)])
def test_vector_intrinsics_match_numpy(dtype, lanes_count):
    rng = np.random.default_rng(0)
    x, y = rng.standard_normal((2, 4 * lanes_count)).astype(dtype)
    a = np.array([1.5], dtype)
    out = np.full_like(x, np.nan)
    _axpy_by_vectors(a, x, y, out)
    np.testing.assert_allclose(out, x * a[0] + y, rtol=TOL[dtype])
    _zeros_by_vectors(out)
    assert not out.any()
    assert lanes.tile_width(dtype) == 2 * lanes_count


SHAPES = [  # N, C, O, H, W
    (2, 32, 32, 9, 13),       # one tile of output channels, odd sizes
    (1, 40, 70, 16, 16),      # a partial last tile (70 = 2 x 32 + 6), C not a power of two
    (3, 33, 35, 5, 40),       # several bands; rows shorter than a tile of 8 pixels
    (1, 64, 32, 1, 1),        # a single pixel
    (2, 70, 33, 6, 10),       # two blocks of input channels (lanes.CHANNEL_BLOCK = 64)
]


@pytest.mark.parametrize("n,c,o,h,w", SHAPES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_lanes_forward_matches_im2col_and_naive(n, c, o, h, w, dtype):
    rng = np.random.default_rng(n + c + o + h + w)
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    weight = rng.standard_normal((o, c, 3, 3)).astype(dtype)
    bias = rng.standard_normal(o).astype(dtype)
    tol = TOL[dtype] * 10
    rows = band_rows(n, h, w + 2)

    y = lanes.forward_into(np.full((n, o, h, w), np.nan, dtype), x, weight, bias, False, None, rows)
    np.testing.assert_allclose(y, conv2d_naive(x, weight, bias, (1, 1), (1, 1)), atol=tol)
    im2col = conv.conv2d_forward_im2col(x, weight, (1, 1), (1, 1)) + bias[:, None, None]
    np.testing.assert_allclose(y, im2col, atol=tol)
    relu = lanes.forward_into(np.empty((n, o, h, w), dtype), x, weight, None, True, None, rows)
    dy = rng.standard_normal((n, o, h, w)).astype(dtype)
    for rows_per_task, groups in ((rows, 1), (2, min(n, 2))):
        dw, db = lanes.weight_and_bias_grad(x, dy, None, rows_per_task, groups)
        np.testing.assert_allclose(
            dw, conv.conv2d_weight_grad_im2col(x, dy, (3, 3), (1, 1), (1, 1)), atol=tol * 10)
        np.testing.assert_allclose(db, dy.sum(axis=(0, 2, 3)), atol=tol * 10)
    np.testing.assert_allclose(relu, np.maximum(im2col - bias[:, None, None], 0), atol=tol)
    assert (relu >= 0).all()
    mask = np.maximum(rng.standard_normal(x.shape), 0).astype(dtype)
    masked = lanes.forward_into(np.empty((n, o, h, w), dtype), x, weight, bias, False, mask, rows)
    np.testing.assert_allclose(masked, conv2d_naive(x * (mask > 0), weight, bias, (1, 1), (1, 1)),
                               atol=tol)
    relu_output = np.maximum(rng.standard_normal(dy.shape), 0).astype(dtype)
    dw, db = lanes.weight_and_bias_grad(x, dy, relu_output, rows, 1)
    kept = dy * (relu_output > 0)
    np.testing.assert_allclose(
        dw, conv.conv2d_weight_grad_im2col(x, kept, (3, 3), (1, 1), (1, 1)), atol=tol * 10)
    np.testing.assert_allclose(db, kept.sum(axis=(0, 2, 3)), atol=tol * 10)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_direct_dispatches_wide_layers_here_and_agrees_with_im2col(dtype, monkeypatch):
    rng = np.random.default_rng(3)
    x = rng.standard_normal((2, 48, 12, 20)).astype(dtype)
    weight = rng.standard_normal((64, 48, 3, 3)).astype(dtype)
    dy = rng.standard_normal((2, 64, 12, 20)).astype(dtype)
    relu_output = np.maximum(rng.standard_normal(dy.shape), 0).astype(dtype)
    calls = record_calls(monkeypatch, lanes, ["forward_into", "weight_and_bias_grad"])
    y = direct.conv3x3_forward(x, weight)
    dx = direct.conv3x3_input_grad(dy, weight, relu_output)
    dw, db = direct.conv3x3_weight_and_bias_grad(x, dy, relu_output)
    assert calls == ["forward_into", "forward_into", "weight_and_bias_grad"]
    tol = TOL[dtype] * 10
    np.testing.assert_allclose(y, conv.conv2d_forward_im2col(x, weight, (1, 1), (1, 1)), atol=tol)
    np.testing.assert_allclose(
        dx, conv.conv2d_input_grad_im2col(dy * (relu_output > 0), weight, x.shape, (1, 1), (1, 1)),
        atol=tol)
    kept = dy * (relu_output > 0)
    np.testing.assert_allclose(
        dw, conv.conv2d_weight_grad_im2col(x, kept, (3, 3), (1, 1), (1, 1)), atol=tol * 10)
    np.testing.assert_allclose(db, kept.sum(axis=(0, 2, 3)), atol=tol * 10)
    narrow = record_calls(monkeypatch, lanes, ["forward_into", "weight_and_bias_grad"])
    direct.conv3x3_forward(x[:, :16], weight[:, :16])   # 16 input channels: tinyunet.direct's
    direct.conv3x3_weight_and_bias_grad(x[:, :16], dy)
    direct.conv3x3_weight_and_bias_grad(np.zeros((1, 48, 4, 40), dtype), np.zeros((1, 64, 4, 40),
                                                                                  dtype))
    assert narrow == []                          # nor the weight gradient of a map 40 px wide


def test_lanes_propagates_nan():
    x = np.ones((1, 32, 6, 6), np.float32)
    x[0, 1, 3, 3] = np.nan
    for relu in (False, True):
        y = lanes.forward_into(np.empty((1, 32, 6, 6), np.float32), x,
                               np.ones((32, 32, 3, 3), np.float32), None, relu, None, 6)
        assert np.isnan(y[0, :, 2:5, 2:5]).all() and np.isfinite(y[0, :, 0, 0]).all()
