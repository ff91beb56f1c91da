"""Each fast numba kernel agrees with its slow reference."""
import numpy as np
import pytest

from tinyunet import kernels

CASES = [  # (N, C, H, W), kernel, stride, padding
    ((2, 3, 7, 9), (3, 3), (1, 1), (1, 1)),
    ((1, 2, 8, 8), (2, 2), (2, 2), (0, 0)),
    ((2, 1, 10, 7), (3, 2), (2, 1), (0, 1)),
    ((3, 4, 5, 6), (1, 1), (1, 1), (0, 0)),
    ((1, 2, 9, 9), (5, 5), (3, 2), (2, 1)),
    ((2, 2, 6, 6), (4, 4), (2, 2), (1, 1)),
]


@pytest.mark.parametrize("shape,kernel,stride,padding", CASES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_im2col_matches_reference(shape, kernel, stride, padding, dtype, rng):
    x = rng.standard_normal(shape).astype(dtype)
    fast = kernels.im2col(x, kernel, stride, padding)
    assert fast.dtype == dtype
    np.testing.assert_array_equal(fast, kernels.im2col_reference(x, kernel, stride, padding))


@pytest.mark.parametrize("shape,kernel,stride,padding", CASES)
def test_col2im_matches_reference_and_is_adjoint(shape, kernel, stride, padding, rng):
    x = rng.standard_normal(shape)
    cols = rng.standard_normal(kernels.im2col(x, kernel, stride, padding).shape)
    fast = kernels.col2im(cols, shape, kernel, stride, padding)
    np.testing.assert_allclose(fast, kernels.col2im_reference(cols, shape, kernel, stride, padding),
                               rtol=1e-12, atol=1e-12)
    # <im2col(x), cols> == <x, col2im(cols)>: col2im is im2col's transpose.
    lhs = np.sum(kernels.im2col(x, kernel, stride, padding) * cols)
    assert np.isclose(lhs, np.sum(x * fast), rtol=1e-10)


@pytest.mark.parametrize("shape,k,s", [((2, 3, 8, 8), 2, 2), ((1, 2, 9, 7), 3, 2),
                                       ((2, 1, 6, 6), 3, 1), ((1, 1, 5, 5), 2, 3),
                                       ((1, 2, 7, 9), 2, 2), ((3, 2, 2, 34), 2, 2)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_maxpool_matches_reference(shape, k, s, dtype, rng):
    x = rng.standard_normal(shape).astype(dtype)
    out, arg = kernels.maxpool_forward(x, k, s)
    ref_out, ref_arg = kernels.maxpool_forward_reference(x, k, s)
    np.testing.assert_array_equal(out, ref_out)
    np.testing.assert_array_equal(arg, ref_arg)
    dy = rng.standard_normal(out.shape).astype(dtype)
    np.testing.assert_allclose(kernels.maxpool_backward(dy, arg, x.shape),
                               kernels.maxpool_backward_reference(dy, arg, x.shape), rtol=1e-6)


def test_maxpool_ties_take_the_first_pixel_and_nan_follows_the_reference():
    x = np.ones((1, 1, 2, 2))
    out, arg = kernels.maxpool_forward(x, 2, 2)
    assert out[0, 0, 0, 0] == 1 and arg[0, 0, 0, 0] == 0
    x = np.array([[[[1, 2, 2, 0], [2, 1, 5, 5]], [[np.nan, 0, 0, 0], [1, np.nan, 0, 0]]]])
    for got, expected in zip(kernels.maxpool_forward(x, 2, 2),
                             kernels.maxpool_forward_reference(x, 2, 2)):
        np.testing.assert_array_equal(got, expected)


def test_col2im_rejects_mismatched_cols():
    with pytest.raises(ValueError, match="do not fit"):
        kernels.col2im(np.zeros((1, 5, 4)), (1, 1, 4, 4), (3, 3), (1, 1), (1, 1))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_relu_kernels_match_references(dtype, rng):
    x = rng.standard_normal((3, 4, 5, 6)).astype(dtype)
    x[0, 0, 0, :3] = [0.0, -0.0, np.nan]
    dy = rng.standard_normal(x.shape).astype(dtype)
    y = kernels.relu_forward(x)
    np.testing.assert_array_equal(y, kernels.relu_forward_reference(x))
    np.testing.assert_array_equal(kernels.relu_backward(dy, y), kernels.relu_backward_reference(dy, y))
    big = rng.standard_normal((2, 3, 200, 200)).astype(dtype)    # the multi-threaded branch
    np.testing.assert_array_equal(kernels.relu_forward(big), kernels.relu_forward_reference(big))
    sliced = rng.standard_normal((3, 8, 5, 6)).astype(dtype)[:, 2:6]   # a Concat gradient slice
    np.testing.assert_array_equal(kernels.relu_backward(sliced, y),
                                  kernels.relu_backward_reference(sliced, y))


@pytest.mark.parametrize("n,c,o,h,w", [(2, 16, 1, 32, 32), (3, 5, 7, 70, 70), (1, 1, 16, 9, 11),
                                       (2, 64, 64, 8, 8)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_pointwise_kernels_match_references(n, c, o, h, w, dtype, rng):
    """The 1x1 convolution (the head) and its weight gradient, over stretches of pixels that
    end inside an image (70 x 70 = 4900 pixels: a stretch of 4096 and one of 804)."""
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    weight = rng.standard_normal((o, c)).astype(dtype)
    dy = rng.standard_normal((n, o, h, w)).astype(dtype)
    tol = dict(rtol=1e-4, atol=1e-4) if dtype == np.float32 else dict(rtol=1e-12, atol=1e-12)
    y = kernels.pointwise(x, weight)
    assert y.dtype == dtype
    np.testing.assert_allclose(y, kernels.pointwise_reference(x, weight), **tol)
    np.testing.assert_allclose(kernels.pointwise_weight_grad(x, dy),
                               kernels.pointwise_weight_grad_reference(x, dy), **tol)
    np.testing.assert_allclose(kernels.pointwise(dy, weight.T),
                               kernels.pointwise_reference(dy, weight.T), **tol)
