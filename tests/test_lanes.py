"""The channels-in-lanes 3x3 weight gradient (tinyunet.lanes) and the vector intrinsics
(tinyunet.simd) agree with the im2col convolution and NumPy, in float32 and float64."""
import numpy as np
import pytest
from numba import njit

from tinyunet import conv, direct, lanes
from tinyunet.bands import band_rows
from tinyunet.simd import lanes_of, vfma, vload, vsplat_at, vstore, vzeros

from helpers import record_calls

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
    (3, 33, 35, 5, 40),       # several bands
    (1, 64, 32, 1, 1),        # a single pixel
]


@pytest.mark.parametrize("n,c,o,h,w", SHAPES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_lanes_weight_grad_matches_im2col(n, c, o, h, w, dtype):
    rng = np.random.default_rng(n + c + o + h + w)
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    dy = rng.standard_normal((n, o, h, w)).astype(dtype)
    tol = TOL[dtype] * 100
    for rows_per_task, groups in ((band_rows(n, h, w + 2), 1), (2, min(n, 2))):
        dw, db = lanes.weight_and_bias_grad(x, dy, None, rows_per_task, groups)
        np.testing.assert_allclose(
            dw, conv.conv2d_weight_grad_im2col(x, dy, (3, 3), (1, 1), (1, 1)), atol=tol)
        np.testing.assert_allclose(db, dy.sum(axis=(0, 2, 3)), atol=tol)
    relu_output = np.maximum(rng.standard_normal(dy.shape), 0).astype(dtype)
    dw, db = lanes.weight_and_bias_grad(x, dy, relu_output, band_rows(n, h, w + 2), 1)
    kept = dy * (relu_output > 0)
    np.testing.assert_allclose(
        dw, conv.conv2d_weight_grad_im2col(x, kept, (3, 3), (1, 1), (1, 1)), atol=tol)
    np.testing.assert_allclose(db, kept.sum(axis=(0, 2, 3)), atol=tol)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_direct_dispatches_small_wide_weight_grads_here(dtype, monkeypatch):
    rng = np.random.default_rng(3)
    x = rng.standard_normal((2, 48, 12, 20)).astype(dtype)
    dy = rng.standard_normal((2, 64, 12, 20)).astype(dtype)
    relu_output = np.maximum(rng.standard_normal(dy.shape), 0).astype(dtype)
    calls = record_calls(monkeypatch, lanes, ["weight_and_bias_grad"])
    dw, db = direct.conv3x3_weight_and_bias_grad(x, dy, relu_output)
    assert calls == ["weight_and_bias_grad"]
    kept = dy * (relu_output > 0)
    np.testing.assert_allclose(
        dw, conv.conv2d_weight_grad_im2col(x, kept, (3, 3), (1, 1), (1, 1)), atol=TOL[dtype] * 100)
    np.testing.assert_allclose(db, kept.sum(axis=(0, 2, 3)), atol=TOL[dtype] * 100)
    calls.clear()
    direct.conv3x3_weight_and_bias_grad(x[:, :16], dy)           # 16 input channels
    direct.conv3x3_weight_and_bias_grad(np.zeros((1, 48, 4, 40), dtype), np.zeros((1, 64, 4, 40),
                                                                                  dtype))  # 40 px
    direct.conv3x3_weight_and_bias_grad(np.zeros((1, 512, 4, 4), dtype), np.zeros((1, 64, 4, 4),
                                                                                  dtype))  # 512 ch
    assert calls == []                             # all three stay in tinyunet.direct
