"""Forward passes agree with independent references over random shapes, strides and paddings."""
import numpy as np
import pytest

from tinyunet.layers import Conv2d, ConvTranspose2d, MaxPool2d

from references import conv2d_naive, conv_transpose2d_naive, maxpool_naive


def random_cases(seed, count):
    rng = np.random.default_rng(seed)
    for _ in range(count):
        k = int(rng.integers(1, 5))
        s = int(rng.integers(1, 4))
        p = int(rng.integers(0, k))
        yield (int(rng.integers(1, 3)), int(rng.integers(1, 4)), int(rng.integers(1, 4)),
               k, s, p, int(rng.integers(k, 11)), int(rng.integers(k, 11)))


@pytest.mark.parametrize("n,c_in,c_out,k,s,p,h,w", list(random_cases(0, 12)))
def test_conv2d_forward_matches_naive_loops(n, c_in, c_out, k, s, p, h, w):
    rng = np.random.default_rng(k * 100 + s * 10 + p)
    layer = Conv2d(c_in, c_out, k, stride=s, padding=p, rng=rng).to(np.float64)
    layer.bias[...] = rng.standard_normal(c_out)
    x = rng.standard_normal((n, c_in, h, w))
    np.testing.assert_allclose(layer.forward(x),
                               conv2d_naive(x, layer.weight, layer.bias, (s, s), (p, p)),
                               rtol=1e-10, atol=1e-12)


def test_conv2d_matches_scipy_correlate():
    signal = pytest.importorskip("scipy.signal")
    rng = np.random.default_rng(3)
    layer = Conv2d(3, 2, 3, padding=0, bias=False, rng=rng).to(np.float64)
    x = rng.standard_normal((1, 3, 9, 8))
    expected = np.stack([signal.correlate(x[0], layer.weight[o], mode="valid")[0]
                         for o in range(2)])
    np.testing.assert_allclose(layer.forward(x)[0], expected, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("n,c_in,c_out,k,s,p,h,w", list(random_cases(1, 12)))
def test_conv_transpose2d_forward_matches_scatter_loops(n, c_in, c_out, k, s, p, h, w):
    rng = np.random.default_rng(k * 100 + s * 10 + p + 1)
    if (h - 1) * s - 2 * p + k < 1 or (w - 1) * s - 2 * p + k < 1:
        pytest.skip("padding leaves no output")
    layer = ConvTranspose2d(c_in, c_out, k, stride=s, padding=p, rng=rng).to(np.float64)
    layer.bias[...] = rng.standard_normal(c_out)
    x = rng.standard_normal((n, c_in, h, w))
    np.testing.assert_allclose(layer.forward(x),
                               conv_transpose2d_naive(x, layer.weight, layer.bias, (s, s), (p, p)),
                               rtol=1e-10, atol=1e-12)


def test_upconv_2x2_stride_2_paints_one_patch_per_pixel():
    layer = ConvTranspose2d(1, 1, 2, stride=2, bias=False, rng=0).to(np.float64)
    layer.weight[...] = np.array([[1.0, 2.0], [3.0, 4.0]])
    y = layer.forward(np.array([[[[1.0, 10.0]]]]))
    np.testing.assert_array_equal(y[0, 0], [[1, 2, 10, 20], [3, 4, 30, 40]])


@pytest.mark.parametrize("k,s,h,w", [(2, 2, 8, 8), (3, 2, 9, 7), (2, 1, 5, 6), (3, 3, 10, 10)])
def test_maxpool_forward_matches_naive(k, s, h, w):
    x = np.random.default_rng(k + s).standard_normal((2, 3, h, w))
    np.testing.assert_array_equal(MaxPool2d(k, s).forward(x), maxpool_naive(x, k, s))
