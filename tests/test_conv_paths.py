"""The shifted-view (stride 1) and pointwise (1x1) convolutions agree with im2col and naive loops."""
import numpy as np
import pytest

from tinyunet import conv, kernels

from references import conv2d_naive

SHAPES = [  # N, C, O, H, W, k, p
    (2, 3, 4, 7, 9, 3, 1),
    (1, 8, 8, 6, 6, 3, 0),
    (2, 2, 5, 5, 8, 5, 2),
    (1, 4, 3, 6, 5, 2, 1),
    (3, 9, 8, 4, 4, 1, 0),
    (1, 2, 2, 5, 5, (3, 1), (1, 0)),
]


def pair(v):
    return (v, v) if isinstance(v, int) else v


@pytest.mark.parametrize("n,c,o,h,w,k,p", SHAPES)
def test_shifted_matches_im2col_and_naive(n, c, o, h, w, k, p):
    k, p = pair(k), pair(p)
    rng = np.random.default_rng(sum(k) + c)
    x = rng.standard_normal((n, c, h, w))
    weight = rng.standard_normal((o, c, *k))
    y = conv.conv2d_forward_shifted(x, weight, p)
    np.testing.assert_allclose(y, conv.conv2d_forward_im2col(x, weight, (1, 1), p), atol=1e-12)
    np.testing.assert_allclose(y, conv2d_naive(x, weight, None, (1, 1), p), atol=1e-12)
    dy = rng.standard_normal(y.shape)
    np.testing.assert_allclose(conv.conv2d_input_grad_shifted(dy, weight, p),
                               conv.conv2d_input_grad_im2col(dy, weight, x.shape, (1, 1), p),
                               atol=1e-12)
    np.testing.assert_allclose(conv.conv2d_weight_grad_shifted(x, dy, k, p),
                               conv.conv2d_weight_grad_im2col(x, dy, k, (1, 1), p), atol=1e-12)


@pytest.mark.parametrize("n,c,o,h,w", [(2, 16, 1, 5, 7), (1, 3, 4, 4, 4), (3, 1, 2, 2, 9)])
@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-12), (np.float32, 1e-5)])
def test_pointwise_matches_im2col_and_naive(n, c, o, h, w, dtype, tol):
    rng = np.random.default_rng(c + o)
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    weight = rng.standard_normal((o, c, 1, 1)).astype(dtype)
    dy = rng.standard_normal((n, o, h, w)).astype(dtype)
    none, one = (0, 0), (1, 1)
    y = conv.conv2d_forward_pointwise(x, weight)
    assert y.dtype == dtype
    np.testing.assert_allclose(y, conv2d_naive(x, weight, None, one, none), atol=tol)
    np.testing.assert_allclose(y, conv.conv2d_forward_im2col(x, weight, one, none), atol=tol)
    dx = conv.conv2d_input_grad_pointwise(dy, weight)
    assert dx.dtype == dtype
    np.testing.assert_allclose(dx, conv.conv2d_input_grad_im2col(dy, weight, x.shape, one, none),
                               atol=tol)
    np.testing.assert_allclose(conv.conv2d_weight_grad_pointwise(x, dy),
                               conv.conv2d_weight_grad_im2col(x, dy, (1, 1), one, none),
                               atol=tol * 10)


def test_dispatch_picks_the_fast_path_only_where_it_applies():
    assert conv._pointwise_ok((1, 16, 1, 1), (1, 1), (0, 0))
    assert not conv._pointwise_ok((1, 16, 1, 1), (2, 2), (0, 0))
    assert not conv._pointwise_ok((1, 16, 1, 1), (1, 1), (1, 1))
    assert conv._shifted_ok((16, 16, 3, 3), (1, 1), (1, 1))
    assert not conv._shifted_ok((16, 1, 3, 3), (1, 1), (1, 1))      # thin first layer
    assert not conv._shifted_ok((16, 16, 3, 3), (2, 2), (1, 1))     # strided
    assert not conv._shifted_ok((16, 16, 3, 3), (1, 1), (3, 3))     # padding beyond k - 1


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_grid_kernels_match_references(dtype):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 3, 5, 7)).astype(dtype)
    for padding, tail in (((1, 1), 2), ((0, 2), 0), ((2, 0), 4)):
        np.testing.assert_array_equal(kernels.pad_flat(x, padding, tail),
                                      kernels.pad_flat_reference(x, padding, tail))
    y = rng.standard_normal((2, 3, 4 * 9)).astype(dtype)
    np.testing.assert_array_equal(kernels.crop_grid(y, 4, 9, 7),
                                  kernels.crop_grid_reference(y, 4, 9, 7))
    dy = rng.standard_normal((2, 3, 4, 7)).astype(dtype)
    np.testing.assert_array_equal(kernels.uncrop_grid(dy, 9), kernels.uncrop_grid_reference(dy, 9))
    # uncrop is crop's adjoint
    assert np.isclose(np.sum(kernels.crop_grid(y, 4, 9, 7) * dy),
                      np.sum(y * kernels.uncrop_grid(dy, 9)))
