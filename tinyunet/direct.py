"""Direct 3x3 convolution in numba: the fast path for the wide, few-channel layers.

A U-Net's first levels are 3x3 convolutions over large maps with few channels (16 channels at
256x256). As matrix products those are thin (K = 16 per tap), so every product streams the whole
feature map through memory to do 16 multiply-adds per value, and BLAS cannot reach its speed.
These kernels instead keep a few rows in cache and do all the work for them at once:

**Forward** (:func:`conv3x3_forward`), stride 1, zero padding 1 (``"same"``)::

    y[n, o, r, x] = b[o] + sum_c sum_{i,j in 0..2} W[o, c, i, j] * x[n, c, r + i - 1, x + j - 1]

One task is an image and a band of rows. For each output row and each pair of output channels,
the two rows of ``y`` stay in L1 while every input channel adds its nine taps: the inner loop over
``x`` reads 9 neighbouring values (three rows, three shifts) and does 18 multiply-adds with
weights held in registers, which the compiler turns into AVX-512 (or AVX2) vector code. The zero
padding is implicit: a missing row above or below reads a row of zeros, and the first and last
column, whose left or right taps fall outside, are finished by a few scalar lines, so no padded
copy of the input is made.

**Input gradient** (:func:`conv3x3_input_grad`): for stride 1 and padding 1 it is the same
convolution applied to ``dy``, with the weights flipped in space and transposed in channels::

    dx[n, c] = conv3x3(dy[n], W'),   W'[c, o, i, j] = W[o, c, 2 - i, 2 - j]

**Weight gradient** (:func:`conv3x3_weight_grad`)::

    dW[o, c, i, j] = sum_{n, r, x} dy[n, o, r, x] * x[n, c, r + i - 1, x + j - 1]

a reduction over every pixel. To make that one long vectorised loop rather than one short loop
per row, each task copies its band of rows onto the padded grid of :mod:`tinyunet.conv`'s shifted
views (rows ``W + 2`` wide, ``dy`` zero in the two extra columns), where tap ``(i, j)`` of pixel
``p`` is simply ``p + i*(W + 2) + j``. A task (a band of rows, for a group of images) keeps 18
running sums, 9 taps times 2 output channels, per input channel; the tasks' sums are added at
the end.

Every kernel is checked against the im2col convolution, which is itself checked against naive
loops (``tests/test_direct.py``). Arithmetic uses the ``contract`` and ``reassoc`` fast-math flags
only (fused multiply-add and vectorised sums; no assumptions about NaN or infinity), so NaNs still
propagate and the results match the reference to float rounding.
"""

from __future__ import annotations

import numba
import numpy as np
from numba import njit, prange

# Fused multiply-add and reordered sums (which vectorisation needs), nothing that changes what a
# NaN or an infinity does.
_FASTMATH = {"contract", "reassoc"}

# Rows of output per task: enough to amortise the task, few enough that the input rows stay in
# cache and both threads get work on small maps.
_ROWS_PER_TASK = 8


@njit(cache=True, inline="always")
def _copy_row(src, dst):
    """``dst[:len(src)] = src`` as a plain loop (cheaper than a slice assignment per row)."""
    for i in range(src.shape[0]):
        dst[i] = src[i]


@njit(cache=True, inline="always")
def _fill_band(x, b, first_row, rows, grid):
    """Copy image ``b``'s rows ``first_row - 1 .. first_row + rows`` of every channel into
    ``grid`` (C, (rows + 2) * (W + 2) + 2), zero-filled by the caller: row k of the band starts at
    ``k * (W + 2)``, one zero column either side; rows outside the image stay zero."""
    c, h, wd = x.shape[1], x.shape[2], x.shape[3]
    wp = wd + 2
    for ch in range(c):
        for k in range(rows + 2):
            src = first_row - 1 + k
            if 0 <= src < h:
                _copy_row(x[b, ch, src], grid[ch, k * wp + 1:])


@njit(parallel=True, fastmath=_FASTMATH, cache=True)
def _forward_kernel(x, w, bias, relu, y, rows_per_task):
    n, c, h, wd = x.shape
    o = w.shape[0]
    wp = wd + 2
    bands = (h + rows_per_task - 1) // rows_per_task
    for task in prange(n * bands):
        b = task // bands
        first_row = (task % bands) * rows_per_task
        rows = min(first_row + rows_per_task, h) - first_row
        # The band's input rows with a one-pixel zero border: rows first_row - 1 .. first_row +
        # rows, columns -1 .. wd. Built once per band, it stays in cache for every output channel.
        band = np.zeros((c, (rows + 2) * wp + 2), dtype=x.dtype)
        _fill_band(x, b, first_row, rows, band)
        spare = np.empty(wd, dtype=x.dtype)
        for k in range(rows):
            for o0 in range(0, o, 2):
                o1 = min(o0 + 1, o - 1)
                y0 = y[b, o0, first_row + k]
                # with an odd number of channels the last one is paired with itself, and its
                # copy goes to a spare row
                y1 = y[b, o1, first_row + k] if o1 != o0 else spare
                for px in range(wd):
                    y0[px] = bias[o0]
                    y1[px] = bias[o1]
                for ch in range(c):
                    up, mid, down = (band[ch, k * wp:], band[ch, (k + 1) * wp:],
                                     band[ch, (k + 2) * wp:])
                    a00, a01, a02 = w[o0, ch, 0, 0], w[o0, ch, 0, 1], w[o0, ch, 0, 2]
                    a10, a11, a12 = w[o0, ch, 1, 0], w[o0, ch, 1, 1], w[o0, ch, 1, 2]
                    a20, a21, a22 = w[o0, ch, 2, 0], w[o0, ch, 2, 1], w[o0, ch, 2, 2]
                    b00, b01, b02 = w[o1, ch, 0, 0], w[o1, ch, 0, 1], w[o1, ch, 0, 2]
                    b10, b11, b12 = w[o1, ch, 1, 0], w[o1, ch, 1, 1], w[o1, ch, 1, 2]
                    b20, b21, b22 = w[o1, ch, 2, 0], w[o1, ch, 2, 1], w[o1, ch, 2, 2]
                    for px in range(wd):         # output px reads padded columns px .. px + 2
                        u0, u1, u2 = up[px], up[px + 1], up[px + 2]
                        m0, m1, m2 = mid[px], mid[px + 1], mid[px + 2]
                        d0, d1, d2 = down[px], down[px + 1], down[px + 2]
                        y0[px] += (a00 * u0 + a01 * u1 + a02 * u2 + a10 * m0 + a11 * m1
                                   + a12 * m2 + a20 * d0 + a21 * d1 + a22 * d2)
                        y1[px] += (b00 * u0 + b01 * u1 + b02 * u2 + b10 * m0 + b11 * m1
                                   + b12 * m2 + b20 * d0 + b21 * d1 + b22 * d2)
                if relu:
                    for px in range(wd):
                        if y0[px] < 0:
                            y0[px] = 0
                        if y1[px] < 0:
                            y1[px] = 0


@njit(fastmath=_FASTMATH, cache=True)
def _add_tap_sums(g0, g1, row, wp, length, d0, d1):
    """``d0[i, j] += sum_{p < length} g0[p] * row[p + i*wp + j]``, and the same for ``g1`` into ``d1``: the
    weight-gradient contributions of one input channel's band to two output channels."""
    # the nine taps as nine shifted views, so that every index in the loop is just p
    t00, t01, t02 = row, row[1:], row[2:]
    t10, t11, t12 = row[wp:], row[wp + 1:], row[wp + 2:]
    t20, t21, t22 = row[2 * wp:], row[2 * wp + 1:], row[2 * wp + 2:]
    # the running sums start from d0 and d1 (which also keeps them in the arrays' dtype)
    s00, s01, s02, s10, s11, s12, s20, s21, s22 = (d0[0, 0], d0[0, 1], d0[0, 2], d0[1, 0],
                                                   d0[1, 1], d0[1, 2], d0[2, 0], d0[2, 1], d0[2, 2])
    q00, q01, q02, q10, q11, q12, q20, q21, q22 = (d1[0, 0], d1[0, 1], d1[0, 2], d1[1, 0],
                                                   d1[1, 1], d1[1, 2], d1[2, 0], d1[2, 1], d1[2, 2])
    for p in range(length):
        e0 = g0[p]
        e1 = g1[p]
        v00, v01, v02 = t00[p], t01[p], t02[p]
        v10, v11, v12 = t10[p], t11[p], t12[p]
        v20, v21, v22 = t20[p], t21[p], t22[p]
        s00 += e0 * v00
        s01 += e0 * v01
        s02 += e0 * v02
        s10 += e0 * v10
        s11 += e0 * v11
        s12 += e0 * v12
        s20 += e0 * v20
        s21 += e0 * v21
        s22 += e0 * v22
        q00 += e1 * v00
        q01 += e1 * v01
        q02 += e1 * v02
        q10 += e1 * v10
        q11 += e1 * v11
        q12 += e1 * v12
        q20 += e1 * v20
        q21 += e1 * v21
        q22 += e1 * v22
    d0[0, 0], d0[0, 1], d0[0, 2] = s00, s01, s02
    d0[1, 0], d0[1, 1], d0[1, 2] = s10, s11, s12
    d0[2, 0], d0[2, 1], d0[2, 2] = s20, s21, s22
    d1[0, 0], d1[0, 1], d1[0, 2] = q00, q01, q02
    d1[1, 0], d1[1, 1], d1[1, 2] = q10, q11, q12
    d1[2, 0], d1[2, 1], d1[2, 2] = q20, q21, q22


@njit(parallel=True, fastmath=_FASTMATH, cache=True)
def _weight_grad_kernel(x, dy, rows_per_task, groups, partial):
    n, c, h, wd = x.shape
    o = dy.shape[1]
    wp = wd + 2
    bands = (h + rows_per_task - 1) // rows_per_task
    for task in prange(bands * groups):
        first_row = (task // groups) * rows_per_task
        rows = min(first_row + rows_per_task, h) - first_row
        length = rows * wp
        # This band on the padded grid: x's rows first_row - 1 .. first_row + rows with a zero
        # border (plus 2 zeros so the last tap's view fits), dy's rows with zero junk columns.
        x_grid = np.zeros((c, (rows + 2) * wp + 2), dtype=x.dtype)
        dy_grid = np.zeros((o, length), dtype=x.dtype)
        scratch = np.zeros((3, 3), dtype=x.dtype)   # the twin of an unpaired last channel
        for b in range(task % groups, n, groups):
            _fill_band(x, b, first_row, rows, x_grid)
            for oc in range(o):
                for k in range(rows):
                    _copy_row(dy[b, oc, first_row + k], dy_grid[oc, k * wp:])
            for o0 in range(0, o, 2):
                o1 = min(o0 + 1, o - 1)
                g0 = dy_grid[o0]
                g1 = dy_grid[o1]
                for ch in range(c):
                    _add_tap_sums(g0, g1, x_grid[ch], wp, length, partial[task, o0, ch],
                                  partial[task, o1, ch] if o1 != o0 else scratch)


def _check(x, weight):
    if weight.shape[2:] != (3, 3):
        raise ValueError(f"direct convolution needs a 3x3 kernel, got {weight.shape[2:]}")
    if x.shape[1] != weight.shape[1]:
        raise ValueError(f"input has {x.shape[1]} channels, the weight expects {weight.shape[1]}")


def conv3x3_forward(x: np.ndarray, weight: np.ndarray, bias: np.ndarray | None = None,
                    relu: bool = False) -> np.ndarray:
    """``y = conv(x, W) + b`` (then ``max(y, 0)`` if ``relu``), stride 1, padding 1.

    x (N, C, H, W), weight (O, C, 3, 3), bias (O,) or None -> y (N, O, H, W).
    """
    _check(x, weight)
    if bias is None:
        bias = np.zeros(weight.shape[0], dtype=x.dtype)
    y = np.empty((x.shape[0], weight.shape[0]) + x.shape[2:], dtype=x.dtype)
    _forward_kernel(np.ascontiguousarray(x), np.ascontiguousarray(weight, dtype=x.dtype),
                    np.ascontiguousarray(bias, dtype=x.dtype), relu, y, _ROWS_PER_TASK)
    return y


def conv3x3_input_grad(dy: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """dL/dx of :func:`conv3x3_forward`: dy (N, O, H, W), weight (O, C, 3, 3) -> (N, C, H, W)."""
    flipped = np.ascontiguousarray(weight[:, :, ::-1, ::-1].transpose(1, 0, 2, 3))
    return conv3x3_forward(dy, flipped)


def conv3x3_weight_grad(x: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """dL/dW of :func:`conv3x3_forward`: x (N, C, H, W), dy (N, O, H, W) -> (O, C, 3, 3)."""
    n, c, h, _ = x.shape
    bands = -(-h // _ROWS_PER_TASK)
    # Tasks are (band of rows, group of images); enough groups to give every thread two tasks,
    # and few, because each task keeps its own (O, C, 3, 3) sum.
    groups = min(n, max(1, -(-2 * numba.get_num_threads() // bands)))
    partial = np.zeros((bands * groups, dy.shape[1], c, 3, 3), dtype=x.dtype)
    _weight_grad_kernel(np.ascontiguousarray(x), np.ascontiguousarray(dy, dtype=x.dtype),
                        _ROWS_PER_TASK, groups, partial)
    return partial.sum(axis=0)
