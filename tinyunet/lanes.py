"""Direct 3x3 convolution with the output channels in the SIMD lanes: the wide layers' kernel.

:mod:`tinyunet.direct` puts 16 neighbouring *pixels* in a vector and loads every input value
nine times (once per tap, each load unaligned); with 4 output channels per pass and their 36
weights, a multiply-add costs more than one load, and the loads, not the arithmetic, set its
pace (about 200-250 GFLOP/s on the project's machine). Where a layer has many channels, this
kernel turns the vector the other way round, as oneDNN does:

    acc[p, o:o+16] += x[p + tap, c] * W[tap, c, o:o+16]

one input value broadcast to all lanes times one vector of 16 output channels' weights. A tile
of 8 pixels x 2 vectors (32 float32 output channels) stays in 16 registers for the whole sum
over input channels and taps (:func:`_tile`, written with :mod:`tinyunet.simd`); each step
loads 2 weight vectors and 8 broadcast values for 16 fused multiply-adds, so the arithmetic
units, not the loads, set the pace. (float64: 8 lanes, tiles of 8 x 16 channels.)

The layout work around it, per task (an image and a band of rows, as in :mod:`tinyunet.direct`):

1. the band's input rows are copied *pixel-major* (``band[pixel * C + c]``) onto the same padded
   grid as the direct kernel (rows ``W + 2`` wide, one zero column either side, a zero row above
   and below), so tap (i, j) of pixel p is pixel ``p + i*(W + 2) + j``;
   with ``mask``, the copy is ``x * [mask > 0]`` (a following ReLU's backward pass);
2. the weights are reordered once per call to ``(9, C, O)``, O padded with zeros to whole tiles;
3. tiles write their results pixel-major, and a transposing pass writes them back to NCHW rows
   in blocks of 16 pixels (one cache line per row), adding the bias and applying a ReLU.

The input gradient is the same convolution of ``dy`` with the weights flipped in space and
transposed in channels (see :mod:`tinyunet.direct`). The weight gradient
(:func:`weight_and_bias_grad`) turns the same way: for one input channel, 9 taps x 2 vectors of
output channels are 18 running sums in registers over a whole band of pixels, each step loading
2 vectors of ``dy`` (pixel-major) and 9 broadcast input values for 18 multiply-adds.

Checked against the im2col convolution and naive loops in float32 and float64
(``tests/test_lanes.py``); :func:`tinyunet.direct.conv3x3_forward` dispatches here for layers
where :func:`worth_it` says so (measured: ``benchmarks/bench_conv_paths.py``).
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from .bands import FASTMATH, group_task_band, pad_to_blocks, relu_grad, task_band
from .simd import VECTOR_BITS, lanes_of, vfma, vload, vsplat_at, vstore, vzeros

PIXELS = 8          # pixels per tile; with 2 vectors of output channels, 16 accumulators
# Input channels per pass over the band's tiles: at 512 channels the weights of one block of
# output channels (9 x 512 x 32 floats) no longer stay in cache from one tile to the next; blocks
# of 64 measured 0-10 % faster there and the same below (noise on this machine is about 10 %).
CHANNEL_BLOCK = 64

# The smallest channel count (input and output) at which this kernel beats tinyunet.direct's on
# the project's machine (bench_conv_paths.py: 1.0x at 16 -> 32 channels, 1.1x at 32 -> 32,
# 1.25-1.5x at 64 and more).
MIN_CHANNELS = 32


# The weight gradient gains only on small maps and up to 256 channels: each input channel's pass
# re-reads the band's gradients (2 vectors out of every pixel's O), from L2 on wide maps and
# with strides of O floats at 512 channels (bench_conv_paths.py: 1.1-1.3x at 16-32 px with
# 64-256 channels; 0.9-1.0x at 64-128 px and 0.8-0.95x with 512 channels, where
# tinyunet.direct's kernel, which keeps its sums in registers too, stays).
MAX_WEIGHT_GRAD_WIDTH = 32
MAX_WEIGHT_GRAD_CHANNELS = 256


def worth_it(in_channels: int, out_channels: int) -> bool:
    """Whether the forward pass or input gradient of a 3x3 convolution with these channel
    counts should run here rather than in tinyunet.direct."""
    return min(in_channels, out_channels) >= MIN_CHANNELS


def worth_it_for_weight_grad(in_channels: int, out_channels: int, width: int) -> bool:
    """Whether its weight gradient, on maps ``width`` pixels wide, should run here."""
    return (worth_it(in_channels, out_channels) and width <= MAX_WEIGHT_GRAD_WIDTH
            and max(in_channels, out_channels) <= MAX_WEIGHT_GRAD_CHANNELS)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _tile(band, weights, c, o_pad, o0, p0, wp, out, out_at, c0, c1):
    """``out[out_at + (p - p0) * 2L + l] (+)= sum_{c0 <= ch < c1, tap} band[(p + off(tap)) * C + ch]
    * weights[(tap * C + ch) * O_pad + o0 + l]`` for the 8 pixels p0..p0+7 and the 2L output
    channels o0..o0+2L-1 (L lanes): 16 accumulators in registers for the whole sum, which
    replaces ``out``'s values for the first block of input channels (``c0 == 0``) and adds to
    them for the others."""
    lanes = lanes_of(weights)
    row = 2 * lanes
    a00 = a01 = a10 = a11 = a20 = a21 = a30 = a31 = vzeros(weights)
    a40 = a41 = a50 = a51 = a60 = a61 = a70 = a71 = vzeros(weights)
    if c0 > 0:                  # not the first block of input channels: go on from its sums
        a00, a01 = vload(out, out_at), vload(out, out_at + lanes)
        a10, a11 = vload(out, out_at + row), vload(out, out_at + row + lanes)
        a20, a21 = vload(out, out_at + 2 * row), vload(out, out_at + 2 * row + lanes)
        a30, a31 = vload(out, out_at + 3 * row), vload(out, out_at + 3 * row + lanes)
        a40, a41 = vload(out, out_at + 4 * row), vload(out, out_at + 4 * row + lanes)
        a50, a51 = vload(out, out_at + 5 * row), vload(out, out_at + 5 * row + lanes)
        a60, a61 = vload(out, out_at + 6 * row), vload(out, out_at + 6 * row + lanes)
        a70, a71 = vload(out, out_at + 7 * row), vload(out, out_at + 7 * row + lanes)
    for ch in range(c0, c1):
        for tap in range(9):
            w = (tap * c + ch) * o_pad + o0
            w0 = vload(weights, w)
            w1 = vload(weights, w + lanes)
            q = (p0 + (tap // 3) * wp + tap % 3) * c + ch     # pixel p0's input at this tap
            x = vsplat_at(band, q)
            a00, a01 = vfma(x, w0, a00), vfma(x, w1, a01)
            x = vsplat_at(band, q + c)
            a10, a11 = vfma(x, w0, a10), vfma(x, w1, a11)
            x = vsplat_at(band, q + 2 * c)
            a20, a21 = vfma(x, w0, a20), vfma(x, w1, a21)
            x = vsplat_at(band, q + 3 * c)
            a30, a31 = vfma(x, w0, a30), vfma(x, w1, a31)
            x = vsplat_at(band, q + 4 * c)
            a40, a41 = vfma(x, w0, a40), vfma(x, w1, a41)
            x = vsplat_at(band, q + 5 * c)
            a50, a51 = vfma(x, w0, a50), vfma(x, w1, a51)
            x = vsplat_at(band, q + 6 * c)
            a60, a61 = vfma(x, w0, a60), vfma(x, w1, a61)
            x = vsplat_at(band, q + 7 * c)
            a70, a71 = vfma(x, w0, a70), vfma(x, w1, a71)
    vstore(out, out_at, a00)
    vstore(out, out_at + lanes, a01)
    vstore(out, out_at + row, a10)
    vstore(out, out_at + row + lanes, a11)
    vstore(out, out_at + 2 * row, a20)
    vstore(out, out_at + 2 * row + lanes, a21)
    vstore(out, out_at + 3 * row, a30)
    vstore(out, out_at + 3 * row + lanes, a31)
    vstore(out, out_at + 4 * row, a40)
    vstore(out, out_at + 4 * row + lanes, a41)
    vstore(out, out_at + 5 * row, a50)
    vstore(out, out_at + 5 * row + lanes, a51)
    vstore(out, out_at + 6 * row, a60)
    vstore(out, out_at + 6 * row + lanes, a61)
    vstore(out, out_at + 7 * row, a70)
    vstore(out, out_at + 7 * row + lanes, a71)


@njit(cache=True, inline="always")
def _fill_band_pixel_major(x, mask, use_mask, b, first_row, rows, band):
    """``band[(k * (W + 2) + 1 + px) * C + c] = x[b, c, first_row - 1 + k, px]`` (times ``[mask
    > 0]`` with ``use_mask``), zero wherever that is outside the image and in the border
    columns and the tail: every element is written."""
    c, h, wd = x.shape[1], x.shape[2], x.shape[3]
    wp = wd + 2
    band[:] = 0
    for k in range(rows + 2):
        src = first_row - 1 + k
        if src < 0 or src >= h:
            continue
        for ch in range(c):
            row = x[b, ch, src]
            at = (k * wp + 1) * c + ch
            if use_mask:
                keep = mask[b, ch, src]
                for px in range(wd):
                    band[at + px * c] = relu_grad(row[px], keep[px])
            else:
                for px in range(wd):
                    band[at + px * c] = row[px]


@njit(cache=True, inline="always")
def _write_rows(out, width, bias, relu, y, b, o0, first_row, rows, wp):
    """Tiles' results (pixel-major, ``width`` channels per pixel) back to ``y[b, o0 + l]``,
    16 pixels of a row at a time, plus the bias, through a ReLU if asked."""
    o, wd = y.shape[1], y.shape[3]
    for k in range(rows):
        for col0 in range(0, wd, 16):
            cols = min(16, wd - col0)
            for l in range(min(width, o - o0)):
                dst = y[b, o0 + l, first_row + k]
                at = (k * wp + col0) * width + l
                bl = bias[o0 + l]
                for cc in range(cols):
                    v = out[at + cc * width] + bl
                    if relu and v < 0:         # (a NaN stays a NaN)
                        v = 0
                    dst[col0 + cc] = v


@njit(parallel=True, fastmath=FASTMATH, cache=True)
def _forward_kernel(x, mask, use_mask, weights, bias, relu, y, rows_per_task):
    n, c, h, wd = x.shape
    o_pad = bias.shape[0]
    width = 2 * lanes_of(weights)          # output channels per tile
    wp = wd + 2
    bands = (h + rows_per_task - 1) // rows_per_task
    for task in prange(n * bands):
        b, first_row, rows = task_band(task, bands, rows_per_task, h)
        length = rows * wp
        # the padded band, pixel-major, with PIXELS spare pixels so the last tile's reads fit
        band = np.empty(((rows + 2) * wp + 2 + PIXELS) * c, dtype=x.dtype)
        _fill_band_pixel_major(x, mask, use_mask, b, first_row, rows, band)
        out = np.empty((length + PIXELS) * width, dtype=x.dtype)
        for o0 in range(0, o_pad, width):
            # input channels in blocks, so that a block's weights stay in L1 for every tile
            for c0 in range(0, c, CHANNEL_BLOCK):
                c1 = min(c0 + CHANNEL_BLOCK, c)
                for p0 in range(0, length, PIXELS):
                    _tile(band, weights, c, o_pad, o0, p0, wp, out, p0 * width, c0, c1)
            _write_rows(out, width, bias, relu, y, b, o0, first_row, rows, wp)


@njit(fastmath=FASTMATH, cache=True, inline="always")
def _grad_tile(band, grads, c, o_pad, o0, ch, wp, length, partial):
    """``partial[(tap * C + ch) * O_pad + o0 + l] += sum_{p < length} band[(p + off(tap)) * C
    + ch] * grads[p * O_pad + o0 + l]`` for the 9 taps and 2L output channels o0..o0+2L-1:
    18 running sums in registers over the whole band."""
    lanes = lanes_of(grads)
    plane = c * o_pad                     # one tap's block of partial
    at = ch * o_pad + o0
    s00, s01 = vload(partial, at + 0 * plane), vload(partial, at + 0 * plane + lanes)
    s10, s11 = vload(partial, at + 1 * plane), vload(partial, at + 1 * plane + lanes)
    s20, s21 = vload(partial, at + 2 * plane), vload(partial, at + 2 * plane + lanes)
    s30, s31 = vload(partial, at + 3 * plane), vload(partial, at + 3 * plane + lanes)
    s40, s41 = vload(partial, at + 4 * plane), vload(partial, at + 4 * plane + lanes)
    s50, s51 = vload(partial, at + 5 * plane), vload(partial, at + 5 * plane + lanes)
    s60, s61 = vload(partial, at + 6 * plane), vload(partial, at + 6 * plane + lanes)
    s70, s71 = vload(partial, at + 7 * plane), vload(partial, at + 7 * plane + lanes)
    s80, s81 = vload(partial, at + 8 * plane), vload(partial, at + 8 * plane + lanes)
    for p in range(length):
        g0 = vload(grads, p * o_pad + o0)
        g1 = vload(grads, p * o_pad + o0 + lanes)
        q = p * c + ch
        x = vsplat_at(band, q)
        s00, s01 = vfma(x, g0, s00), vfma(x, g1, s01)
        x = vsplat_at(band, q + c)
        s10, s11 = vfma(x, g0, s10), vfma(x, g1, s11)
        x = vsplat_at(band, q + 2 * c)
        s20, s21 = vfma(x, g0, s20), vfma(x, g1, s21)
        x = vsplat_at(band, q + wp * c)
        s30, s31 = vfma(x, g0, s30), vfma(x, g1, s31)
        x = vsplat_at(band, q + (wp + 1) * c)
        s40, s41 = vfma(x, g0, s40), vfma(x, g1, s41)
        x = vsplat_at(band, q + (wp + 2) * c)
        s50, s51 = vfma(x, g0, s50), vfma(x, g1, s51)
        x = vsplat_at(band, q + 2 * wp * c)
        s60, s61 = vfma(x, g0, s60), vfma(x, g1, s61)
        x = vsplat_at(band, q + (2 * wp + 1) * c)
        s70, s71 = vfma(x, g0, s70), vfma(x, g1, s71)
        x = vsplat_at(band, q + (2 * wp + 2) * c)
        s80, s81 = vfma(x, g0, s80), vfma(x, g1, s81)
    vstore(partial, at + 0 * plane, s00)
    vstore(partial, at + 0 * plane + lanes, s01)
    vstore(partial, at + 1 * plane, s10)
    vstore(partial, at + 1 * plane + lanes, s11)
    vstore(partial, at + 2 * plane, s20)
    vstore(partial, at + 2 * plane + lanes, s21)
    vstore(partial, at + 3 * plane, s30)
    vstore(partial, at + 3 * plane + lanes, s31)
    vstore(partial, at + 4 * plane, s40)
    vstore(partial, at + 4 * plane + lanes, s41)
    vstore(partial, at + 5 * plane, s50)
    vstore(partial, at + 5 * plane + lanes, s51)
    vstore(partial, at + 6 * plane, s60)
    vstore(partial, at + 6 * plane + lanes, s61)
    vstore(partial, at + 7 * plane, s70)
    vstore(partial, at + 7 * plane + lanes, s71)
    vstore(partial, at + 8 * plane, s80)
    vstore(partial, at + 8 * plane + lanes, s81)

@njit(cache=True, inline="always")
def _fill_grads_pixel_major(dy, mask, use_mask, b, first_row, rows, grads, bias_sums):
    """``grads[(k * (W + 2) + px) * O_pad + o] = dy[b, o, first_row + k, px]`` (times ``[mask >
    0]`` with ``use_mask``), zero in the two junk columns per row and the padding channels;
    ``bias_sums[o]`` gains the sum of what was written for channel o."""
    o, wd = dy.shape[1], dy.shape[3]
    o_pad = bias_sums.shape[0]
    wp = wd + 2
    grads[:] = 0
    for oc in range(o):
        total = bias_sums[oc]
        for k in range(rows):
            row = dy[b, oc, first_row + k]
            keep = mask[b, oc, first_row + k]
            at = k * wp * o_pad + oc
            for px in range(wd):
                v = relu_grad(row[px], keep[px]) if use_mask else row[px]
                grads[at + px * o_pad] = v
                total += v
        bias_sums[oc] = total


@njit(parallel=True, fastmath=FASTMATH, cache=True)
def _weight_grad_kernel(x, dy, mask, use_mask, rows_per_task, groups, partial, partial_bias):
    n, c, h, wd = x.shape
    o_pad = partial_bias.shape[1]
    width = 2 * lanes_of(partial[0])
    wp = wd + 2
    bands = (h + rows_per_task - 1) // rows_per_task
    for task in prange(bands * groups):
        first_image, first_row, rows = group_task_band(task, groups, rows_per_task, h)
        length = rows * wp
        band = np.empty(((rows + 2) * wp + 2 + PIXELS) * c, dtype=x.dtype)
        grads = np.empty(length * o_pad, dtype=x.dtype)
        for b in range(first_image, n, groups):
            _fill_band_pixel_major(x, x, False, b, first_row, rows, band)
            _fill_grads_pixel_major(dy, mask, use_mask, b, first_row, rows, grads,
                                    partial_bias[task])
            for o0 in range(0, o_pad, width):
                for ch in range(c):
                    _grad_tile(band, grads, c, o_pad, o0, ch, wp, length, partial[task])


def weight_and_bias_grad(x: np.ndarray, dy: np.ndarray, relu_output: np.ndarray | None,
                         rows_per_task: int, groups: int):
    """(dL/dW (O, C, 3, 3), dL/db (O,)) of the forward convolution, ``dy`` masked by
    ``[relu_output > 0]`` when given: x (N, C, H, W), dy (N, O, H, W), both C-contiguous. Tasks
    are (band of ``rows_per_task`` rows, group of images), each with its own partial sums,
    added at the end."""
    n, c, h, _ = x.shape
    o = dy.shape[1]
    o_pad = o + (-o) % tile_width(x.dtype)
    tasks = -(-h // rows_per_task) * groups
    partial = np.zeros((tasks, 9 * c * o_pad), dtype=x.dtype)
    partial_bias = np.zeros((tasks, o_pad), dtype=x.dtype)
    use_mask = relu_output is not None
    _weight_grad_kernel(x, dy, relu_output if use_mask else dy, use_mask, rows_per_task, groups,
                        partial, partial_bias)
    by_tap = partial.sum(axis=0).reshape(3, 3, c, o_pad)[..., :o]     # [i, j, c, o]
    return by_tap.transpose(3, 2, 0, 1).copy(), partial_bias.sum(axis=0)[:o]


def tile_width(dtype) -> int:
    """Output channels per tile: two 512-bit vectors (32 float32, 16 float64)."""
    return 2 * VECTOR_BITS // (8 * np.dtype(dtype).itemsize)


def weights_by_tap(weight: np.ndarray, dtype) -> np.ndarray:
    """(O, C, 3, 3) -> flat ``(9, C, O_pad)``, ``[3*i + j, c, o] = W[o, c, i, j]``, O padded with
    zero weights to whole tiles."""
    padded = pad_to_blocks(weight, dtype, tile_width(dtype))        # (O_pad, C, 3, 3)
    return np.ascontiguousarray(padded.transpose(2, 3, 1, 0)).reshape(-1)


def forward_into(y: np.ndarray, x: np.ndarray, weight: np.ndarray, bias: np.ndarray | None,
                 relu: bool, mask: np.ndarray | None, rows_per_task: int) -> np.ndarray:
    """``y[:] = conv3x3(x * [mask > 0] if mask is given else x, W) + b`` (then a ReLU if asked),
    stride 1, padding 1: x (N, C, H, W) C-contiguous, weight (O, C, 3, 3), bias (O,) or None,
    y (N, O, H, W); bands of ``rows_per_task`` rows."""
    width = tile_width(x.dtype)
    b = pad_to_blocks(np.zeros(weight.shape[0]) if bias is None else bias, x.dtype, width)
    use_mask = mask is not None
    _forward_kernel(x, mask if use_mask else x, use_mask, weights_by_tap(weight, x.dtype), b,
                    relu, y, rows_per_task)
    return y
