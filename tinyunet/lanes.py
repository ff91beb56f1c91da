"""The 3x3 weight gradient with the output channels in the SIMD lanes: the small wide layers'.

:mod:`tinyunet.direct` puts neighbouring *pixels* in a vector. Its weight gradient keeps, for
two output channels and one input channel, 9 taps of running sums over a band of pixels and
adds their lanes up at the end of every band; on small maps with many channels (16-32 px, 64-256
channels) the bands are short and that bookkeeping weighs. This kernel turns the vector the
other way round, as oneDNN does: for one input channel, 9 taps x 2 vectors of output channels
(32 float32 channels, 16 float64) are 18 running sums in registers over a whole band of pixels
(:func:`_grad_tile`, written with :mod:`tinyunet.simd`)::

    dW[tap, c, o:o+2L] += x[p + off(tap), c] * dy[p, o:o+2L]

each step loading 2 vectors of ``dy`` (pixel-major) and 9 broadcast input values for 18
multiply-adds, with nothing to add across lanes afterwards.

The layout work around it, per task (a band of rows, for a group of images, as in
:mod:`tinyunet.direct`): the band's input rows are copied *pixel-major* (``band[pixel * C +
c]``) onto the same padded grid as the direct kernels (rows ``W + 2`` wide, one zero column either
side, a zero row above and below), so tap (i, j) of pixel p is pixel ``p + i*(W + 2) + j``; the
band's ``dy`` rows are copied pixel-major too (``O`` padded with zeros to whole tiles), times
``[mask > 0]`` when a ReLU followed the convolution, and summed for the bias gradient.

Checked against the im2col convolution and naive loops in float32 and float64
(``tests/test_lanes.py``); :func:`tinyunet.direct.conv3x3_weight_and_bias_grad` dispatches here
for layers where :func:`worth_it` says so (measured: ``benchmarks/bench_conv_paths.py``).
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from .bands import FASTMATH, group_task_band, relu_grad
from .simd import VECTOR_BITS, lanes_of, vfma, vload, vsplat_at, vstore

PIXELS = 8          # spare pixels at the end of a band (whole 8-pixel steps of the copy)

# Where this kernel beats tinyunet.direct's weight gradient on the project's machine
# (bench_conv_paths.py --filters 32: 1.1-1.3x at 16-32 px with 64-256 channels; 0.9-1.0x at
# 64-128 px, where direct's bands are long, and 0.8-0.95x with 512 channels, where each input
# channel's pass re-reads the band's gradients with strides of O floats).
MIN_CHANNELS = 32
MAX_WIDTH = 32
MAX_CHANNELS = 256


def worth_it(in_channels: int, out_channels: int, width: int) -> bool:
    """Whether the weight gradient of a 3x3 convolution with these channel counts, on maps
    ``width`` pixels wide, should run here rather than in tinyunet.direct."""
    return (min(in_channels, out_channels) >= MIN_CHANNELS and width <= MAX_WIDTH
            and max(in_channels, out_channels) <= MAX_CHANNELS)


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
