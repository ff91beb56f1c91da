"""Winograd's F(2x2, 3x3) (tinyunet.fast.winograd): the NumPy reference against naive loops, the
numba kernel against im2col, on every layout its tiles take (chunks of 1, 2 and 3 vectors of
tiles, bands and channel groups, a concatenated input, a split output, a ReLU and its mask)."""
import numpy as np
import pytest

from tinyunet import conv
from tinyunet.fast import winograd
from tinyunet.fast.target import TARGET

from references import conv2d_naive


def _problem(n, c, o, h, w, dtype, seed=0):
    rng = np.random.default_rng(seed + n + c + o + h + w)
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    weight = rng.standard_normal((o, c, 3, 3)).astype(dtype)
    bias = rng.standard_normal(o).astype(dtype)
    return x, weight, bias


@pytest.mark.parametrize("n,c,o,h,w", [(1, 1, 1, 2, 2), (2, 3, 5, 6, 8), (1, 4, 2, 10, 4)])
def test_reference_is_the_convolution(n, c, o, h, w):
    x, weight, bias = _problem(n, c, o, h, w, np.float64)
    np.testing.assert_allclose(winograd.conv3x3_reference(x, weight, bias),
                               conv2d_naive(x, weight, bias, (1, 1), (1, 1)), atol=1e-12)
    with pytest.raises(ValueError, match="even"):
        winograd.conv3x3_reference(x[:, :, :, :-1], weight)


@pytest.mark.parametrize("backward", [False, True])
def test_weight_transform_is_g_g_gt(backward):
    """U[k][o, c] = (G g G^T)[k // 4, k % 4], for the forward kernel and for the input
    gradient's flipped, transposed one."""
    rng = np.random.default_rng(1)
    w = rng.standard_normal((3, 5, 3, 3))
    g = w.transpose(1, 0, 2, 3)[:, :, ::-1, ::-1] if backward else w
    u = winograd.transformed_weights(w, backward, np.float64)
    expected = np.einsum("ik,ockl,jl->ijoc", winograd.G, g, winograd.G).reshape(16, *g.shape[:2])
    kernels = g.shape[0] * g.shape[1]
    step = winograd.weights_step(kernels, 8)
    assert u.shape == (16 * step,) and step >= kernels and (step * 8 // 64) % 2 == 1
    np.testing.assert_allclose(u.reshape(16, step)[:, :kernels].reshape(expected.shape),
                               expected, atol=1e-14)


def _lanes(dtype):
    return TARGET.lanes(dtype)


# (N, C, O, H, W in vectors of tiles, i.e. W = 2L * vectors): 1, 2, 3 vectors a tile row; a
# total of 1, 2, 4, 5 vectors (chunks of 3 + 1, 3 + 2); partial blocks of 4 output channels
LAYOUTS = [(1, 8, 4, 2, 1), (2, 9, 5, 4, 1), (1, 8, 7, 2, 2), (2, 11, 3, 6, 3),
           (1, 10, 9, 4, 5), (3, 8, 13, 8, 2)]


@pytest.mark.parametrize("n,c,o,h,vectors", LAYOUTS)
@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-11), (np.float32, 2e-5)])
def test_kernel_matches_im2col(n, c, o, h, vectors, dtype, tol):
    w = 2 * _lanes(dtype) * vectors
    x, weight, bias = _problem(n, c, o, h, w, dtype)
    dy = np.random.default_rng(9).standard_normal((n, o, h, w)).astype(dtype)
    expected = conv.conv2d_forward_im2col(x, weight, (1, 1), (1, 1)) + bias[:, None, None]
    y = winograd.conv3x3_forward(x, weight, bias)
    assert y.dtype == dtype and y.shape == (n, o, h, w)
    scale = np.abs(expected).max()
    np.testing.assert_allclose(y, expected, atol=tol * scale)
    np.testing.assert_allclose(winograd.conv3x3_forward(x, weight, bias, relu=True),
                               np.maximum(expected, 0), atol=tol * scale)
    dx = conv.conv2d_input_grad_im2col(dy, weight, x.shape, (1, 1), (1, 1))
    np.testing.assert_allclose(winograd.conv3x3_input_grad(dy, weight), dx,
                               atol=tol * np.abs(dx).max())


@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-11), (np.float32, 2e-5)])
@pytest.mark.parametrize("tile_rows,groups", [(1, 1), (2, 3), (3, 2), (64, 1)])
def test_every_output_written_by_bands_and_groups_with_a_mask(dtype, tol, tile_rows, groups):
    """Bands of any number of tile rows (the last one shorter) and output-channel groups give
    every output (the output starts as NaN), and a ReLU's mask is applied while the band is
    copied: ``conv(x * [mask > 0])``."""
    n, c, o, h = 2, 9, 10, 10
    w = 4 * _lanes(dtype)
    x, weight, bias = _problem(n, c, o, h, w, dtype, seed=tile_rows)
    mask = np.maximum(np.random.default_rng(2).standard_normal(x.shape), 0).astype(dtype)
    y = winograd.forward_into(np.full((n, o, h, w), np.nan, dtype), x, weight, bias, False, mask,
                              tile_rows=tile_rows, groups=groups)
    expected = conv2d_naive(x * (mask > 0), weight, bias, (1, 1), (1, 1))
    np.testing.assert_allclose(y, expected, atol=tol * np.abs(expected).max())
    dy = np.random.default_rng(3).standard_normal((n, o, h, w)).astype(dtype)
    keep = np.maximum(np.random.default_rng(4).standard_normal(dy.shape), 0).astype(dtype)
    dx = winograd.forward_into(np.full((n, c, h, w), np.nan, dtype), dy, weight, None, False,
                               keep, backward=True, tile_rows=tile_rows, groups=groups)
    expected = conv.conv2d_input_grad_im2col(dy * (keep > 0), weight, x.shape, (1, 1), (1, 1))
    np.testing.assert_allclose(dx, expected, atol=tol * np.abs(expected).max())


@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-11), (np.float32, 2e-5)])
def test_concatenated_input_and_split_output(dtype, tol):
    """A decoder's pair (up-sampled map, skip) read where the two lie, and an input gradient
    returned as the pair of its parts' gradients, the ReLU's mask folded into dy."""
    w = 2 * _lanes(dtype)
    a, weight, bias = _problem(2, 8, 6, 4, w, dtype)
    b = np.random.default_rng(5).standard_normal((2, 5, 4, w)).astype(dtype)
    weight = np.random.default_rng(6).standard_normal((6, 13, 3, 3)).astype(dtype)
    joined = np.concatenate([a, b], axis=1)
    expected = conv2d_naive(joined, weight, bias, (1, 1), (1, 1))
    np.testing.assert_allclose(winograd.conv3x3_forward((a, b), weight, bias), expected,
                               atol=tol * np.abs(expected).max())
    dy = np.random.default_rng(7).standard_normal((2, 6, 4, w)).astype(dtype)
    relu_output = np.maximum(np.random.default_rng(8).standard_normal(dy.shape), 0).astype(dtype)
    dx = conv.conv2d_input_grad_im2col(dy * (relu_output > 0), weight, joined.shape, (1, 1),
                                       (1, 1))
    first, rest = winograd.conv3x3_input_grad(dy, weight, relu_output, split=8)
    np.testing.assert_allclose(np.concatenate([first, rest], axis=1), dx,
                               atol=tol * np.abs(dx).max())
    with pytest.raises(ValueError, match="relu_output"):
        winograd.conv3x3_input_grad(dy, weight, relu_output[:, :2])


def test_usable_shapes_and_refusals():
    lanes = _lanes(np.float32)
    assert winograd.usable((8, 16, 128, 128))
    assert winograd.usable((1, 8, 2, 2 * lanes))
    assert winograd.usable((1, 16, 4, lanes))                    # one vector: 2 tile rows
    assert not winograd.usable((1, 16, 2, lanes))                # ... but only one here
    assert not winograd.usable((1, 16, 4, lanes // 2))           # less than a vector
    assert not winograd.usable((1, 16, 3, 2 * lanes))            # an odd height
    assert not winograd.usable((1, winograd.MIN_CHANNELS - 1, 2, 2 * lanes))
    x = np.zeros((1, 8, 3, 2 * lanes), np.float32)
    with pytest.raises(ValueError, match="even height"):
        winograd.conv3x3_forward(x, np.zeros((4, 8, 3, 3), np.float32))


def test_dispatch_takes_winograd_where_it_applies():
    """On CPUs with 16 vector registers the 3x3 convolutions of even maps a whole number of
    vectors of tiles wide go to the Winograd kernel; the others, and other CPUs, stay direct
    unless it is forced."""
    big, small = (8, 16, 64, 64), (8, 16, 6, 6)
    picked = conv.choose_path((16, 16, 3, 3), (1, 1), (1, 1), big).name
    assert picked == ("winograd" if winograd.ENABLED else "direct")
    assert conv.choose_path((16, 16, 3, 3), (1, 1), (1, 1), small).name == "direct"
    one_small_image = (1, 16, 16, 2 * _lanes(np.float32))      # 8 vectors of tiles
    assert winograd.usable(one_small_image) and not winograd.pays(one_small_image)
    assert conv.choose_path((16, 16, 3, 3), (1, 1), (1, 1), one_small_image).name == "direct"
    with conv.use_path("winograd"):
        assert conv.choose_path((16, 16, 3, 3), (1, 1), (1, 1), one_small_image).name == \
            "winograd"
        assert conv.choose_path((16, 16, 3, 3), (1, 1), (1, 1), big).name == "winograd"
        assert conv.choose_path((16, 16, 3, 3), (1, 1), (1, 1), small).name == "im2col"


@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-11), (np.float32, 2e-5)])
@pytest.mark.parametrize("n,c,o,h,tile_rows,groups", [(2, 8, 5, 4, None, None),
                                                      (1, 9, 12, 12, 2, 2),
                                                      (3, 16, 7, 8, 4, 1)])
def test_maps_one_vector_wide_take_two_tile_rows_a_vector(dtype, tol, n, c, o, h, tile_rows,
                                                          groups):
    """A map exactly one vector wide (8 px in float32 at 256 bits): half a vector of tiles a
    row, so each vector of tiles holds two tile rows, loaded and stored in halves; bands of
    whole pairs of tile rows, a ReLU, its mask and the input gradient."""
    w = _lanes(dtype)
    x, weight, bias = _problem(n, c, o, h, w, dtype)
    mask = np.maximum(np.random.default_rng(2).standard_normal(x.shape), 0).astype(dtype)
    y = winograd.forward_into(np.full((n, o, h, w), np.nan, dtype), x, weight, bias, True, mask,
                              tile_rows=tile_rows, groups=groups)
    expected = np.maximum(conv2d_naive(x * (mask > 0), weight, bias, (1, 1), (1, 1)), 0)
    np.testing.assert_allclose(y, expected, atol=tol * np.abs(expected).max())
    dy = np.random.default_rng(3).standard_normal((n, o, h, w)).astype(dtype)
    dx = conv.conv2d_input_grad_im2col(dy, weight, x.shape, (1, 1), (1, 1))
    np.testing.assert_allclose(winograd.conv3x3_input_grad(dy, weight), dx,
                               atol=tol * np.abs(dx).max())
    if tile_rows is not None:
        with pytest.raises(ValueError, match="pairs of tile rows"):
            winograd.forward_into(np.empty((n, o, h, w), dtype), x, weight, bias, True, None,
                                  tile_rows=tile_rows + 1, groups=groups)
