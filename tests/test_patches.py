"""The 2x2 stride-2 patch kernels (tinyunet.fast.patches) agree with the im2col path and naive loops."""
import numpy as np
import pytest

from tinyunet import conv
from tinyunet.fast import patches

from helpers import record_calls
from references import conv2d_naive, conv_transpose2d_naive

SHAPES = [  # N, C, O, H, W of the half-size grid: channel counts around the blocks of 4
    (2, 3, 5, 3, 4),
    (1, 1, 1, 1, 1),
    (1, 4, 8, 2, 5),
    (3, 6, 2, 7, 3),
    (1, 2, 7, 40, 130),      # several bands of rows
    (2, 5, 6, 3, 32),        # whole vectors per row (interleaved stores), C odd: a lone channel
    (1, 4, 3, 3, 16),        # a last tile half past the band (48 pixels, tiles of 32)
    (1, 3, 300, 10, 16),     # many channels: the transposed convolution's bands of 4 rows
]


@pytest.mark.parametrize("n,c,o,h,w", SHAPES)
@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-12), (np.float32, 2e-5)])
def test_patch_kernels_match_im2col_and_naive(n, c, o, h, w, dtype, tol):
    rng = np.random.default_rng(n + c + o + h + w)
    x = rng.standard_normal((n, c, 2 * h, 2 * w)).astype(dtype)
    weight = rng.standard_normal((o, c, 2, 2)).astype(dtype)
    dy = rng.standard_normal((n, o, h, w)).astype(dtype)
    stride, pad = (2, 2), (0, 0)

    y = patches.patch2_forward(x, weight)
    assert y.dtype == dtype and y.shape == (n, o, h, w)
    np.testing.assert_allclose(y, conv2d_naive(x, weight, None, stride, pad), atol=tol * 10)
    np.testing.assert_allclose(y, conv.conv2d_forward_im2col(x, weight, stride, pad), atol=tol * 10)
    dx = patches.patch2_input_grad(dy, weight)
    np.testing.assert_allclose(dx, conv.conv2d_input_grad_im2col(dy, weight, x.shape, stride, pad),
                               atol=tol * 10)
    # the input gradient is the transposed convolution with this weight read as (C_in=O, C_out=C)
    np.testing.assert_allclose(dx, conv_transpose2d_naive(dy, weight, None, stride, pad),
                               atol=tol * 10)
    np.testing.assert_allclose(patches.patch2_weight_grad(x, dy),
                               conv.conv2d_weight_grad_im2col(x, dy, (2, 2), stride, pad),
                               atol=tol * 100)
    # a transposed convolution's bias, added inside the kernel (NaN-free start, every channel)
    bias = rng.standard_normal(c).astype(dtype)
    np.testing.assert_allclose(patches.patch2_input_grad(dy, weight, bias),
                               conv_transpose2d_naive(dy, weight, bias, stride, pad), atol=tol * 10)


@pytest.mark.parametrize("shape,stride", [((2, 3, 8, 10), (2, 2)),    # patches: bias in the kernel
                                          ((2, 3, 7, 10), (2, 2)),    # odd map: im2col, then + b
                                          ((1, 3, 5, 6), (1, 1))])
def test_transposed_forward_adds_its_bias_on_every_path(shape, stride):
    rng = np.random.default_rng(3)
    n, c, h, w = shape
    weight = rng.standard_normal((4, c, 2, 2))
    bias = rng.standard_normal(c)
    h_in, w_in = (h - 2) // stride[0] + 1, (w - 2) // stride[1] + 1
    out_shape = (n, c, (h_in - 1) * stride[0] + 2, (w_in - 1) * stride[1] + 2)
    x = rng.standard_normal((n, 4, h_in, w_in))
    y = conv.conv_transpose2d_forward(x, weight, out_shape, stride, (0, 0), bias)
    np.testing.assert_allclose(y, conv_transpose2d_naive(x, weight, bias, stride, (0, 0)),
                               atol=1e-12)


def test_patch_bands_fit_their_budget_but_hold_64_pixels():
    budget = patches.PATCH_BAND_BYTES
    for n, h, wd, per_pixel in [(8, 128, 128, 256), (8, 16, 16, 2048), (1, 128, 128, 128),
                                (2, 5, 7, 4)]:
        rows = patches.patch_band_rows(n, h, wd, per_pixel)
        assert 1 <= rows <= h
        assert per_pixel * rows * wd <= budget or (rows - 1) * wd < 64
    assert patches.patch_band_rows(8, 128, 128, 256) == 2
    assert patches.patch_band_rows(8, 16, 16, 2048) == 4  # not 2 rows: half a tile


def test_patch_kernels_reject_what_they_do_not_compute():
    with pytest.raises(ValueError, match="2x2"):
        patches.patch2_forward(np.zeros((1, 1, 4, 4)), np.zeros((1, 1, 3, 3)))
    with pytest.raises(ValueError, match="even"):
        patches.patch2_forward(np.zeros((1, 1, 5, 4)), np.zeros((1, 1, 2, 2)))
    with pytest.raises(ValueError, match="channels"):
        patches.patch2_input_grad(np.zeros((1, 3, 2, 2)), np.zeros((2, 1, 2, 2)))
    with pytest.raises(ValueError, match="bias"):
        patches.patch2_input_grad(np.zeros((1, 2, 2, 2)), np.zeros((2, 3, 2, 2)), np.zeros(2))


def test_dispatch_uses_patch_kernels_for_2x2_stride_2(monkeypatch):
    calls = record_calls(monkeypatch, patches, ("patch2_forward", "patch2_input_grad", "patch2_weight_grad"))
    rng = np.random.default_rng(0)
    weight = rng.standard_normal((3, 2, 2, 2))
    x = rng.standard_normal((1, 2, 6, 8))
    y = conv.conv2d_forward(x, weight, (2, 2), (0, 0))
    conv.conv2d_input_grad(y, weight, x.shape, (2, 2), (0, 0))
    conv.conv2d_weight_grad(x, y, (2, 2), (2, 2), (0, 0))
    assert calls == ["patch2_forward", "patch2_input_grad", "patch2_weight_grad"]
    calls.clear()
    odd = rng.standard_normal((1, 2, 7, 8))         # the last row is left out: im2col's job
    y = conv.conv2d_forward(odd, weight, (2, 2), (0, 0))
    conv.conv2d_input_grad(y, weight, odd.shape, (2, 2), (0, 0))
    conv.conv2d_weight_grad(odd, y, (2, 2), (2, 2), (0, 0))
    conv.conv2d_forward(x, weight, (1, 1), (0, 0))  # stride 1
    assert calls == []


def test_patch_kernels_read_a_concat_gradient_in_place():
    """A channel slice of a contiguous array (what Concat.backward hands the up-sampling layer)
    is read image by image without a copy, and gives what the contiguous copy gives; an array
    with no contiguous image (a transposed one) is copied."""
    rng = np.random.default_rng(11)
    full = rng.standard_normal((3, 9, 6, 8))
    dy = full[:, 2:7]                                 # (3, 5, 6, 8), each image contiguous
    weight = rng.standard_normal((4, 5, 2, 2))
    x = rng.standard_normal((3, 4, 3, 4))
    pieces = patches._contiguous_batches(dy)
    assert len(pieces) == 3 and all(np.shares_memory(piece, full) for _, piece in pieces)
    copy = np.ascontiguousarray(dy)
    np.testing.assert_allclose(patches.patch2_forward(dy, weight),
                               patches.patch2_forward(copy, weight), rtol=1e-13)
    np.testing.assert_allclose(patches.patch2_weight_grad(dy, x),
                               patches.patch2_weight_grad(copy, x), rtol=1e-13)
    swapped = np.ascontiguousarray(copy.transpose(0, 1, 3, 2)).transpose(0, 1, 3, 2)
    assert not np.shares_memory(patches._contiguous_batches(swapped)[0][1], swapped)
    np.testing.assert_allclose(patches.patch2_forward(swapped, weight),
                               patches.patch2_forward(copy, weight), rtol=1e-13)


def test_transposed_bands_are_single_rows_on_64_pixel_maps():
    assert patches.transposed_band_rows(8, 64, 64, 512) == 1
    # other widths keep the byte budget's bands of several rows
    assert patches.transposed_band_rows(8, 128, 128, 256) == patches.patch_band_rows(8, 128, 128, 256) == 2
    assert patches.transposed_band_rows(8, 32, 32, 1024) == patches.patch_band_rows(8, 32, 32, 1024) == 2
    assert patches.transposed_band_rows(8, 16, 16, 2048) == 4
