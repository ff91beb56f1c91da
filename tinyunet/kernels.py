"""Numba loops under the layers: im2col / col2im and max-pooling.

Every fast kernel here has a plain NumPy reference beside it (``*_reference``), written
differently on purpose (padding and slicing instead of index arithmetic), so the tests can check
one against the other. Nothing in this module knows about layers or parameters.

Layout conventions (NCHW throughout):

* ``x``: input, shape ``(N, C, H, W)``.
* ``cols``: the im2col matrix of one image per batch entry, shape ``(N, C*kh*kw, Ho*Wo)``.
  Row ``(c*kh + i)*kw + j`` holds, for every output position ``(oy, ox)``, the input value
  ``x[n, c, oy*sh - ph + i, ox*sw - pw + j]`` (zero outside the image). With this layout a
  convolution is one batched matrix product ``W.reshape(C_out, C*kh*kw) @ cols``, whose result
  is already ``(N, C_out, Ho*Wo)``: NCHW with no transpose.

The output size of a window of size ``k``, stride ``s`` and zero padding ``p`` over ``n`` pixels is
``(n + 2p - k) // s + 1``.

Compiled kernels are cached on disk (``cache=True``), so only the first run pays for compilation.
Kernels write into arrays that their Python wrappers allocate with NumPy, never allocate large
arrays themselves: NumPy asks Linux for transparent huge pages on big arrays, numba does not, and
touching a fresh array one 4 KB page at a time is several times slower (docs/benchmarks.md).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

import numba
import numpy as np
from numba import njit, prange

from . import workspace
from .learner import learner_function

# Inside ``with numpy_references():`` (this thread or task only) every op below runs its NumPy
# reference instead of its numba loop: what :func:`tinyunet.conv.reference_path` turns on, so
# that a learner's debugger steps through NumPy only.
_numpy_only: ContextVar[bool] = ContextVar("tinyunet_numpy_references", default=False)


@contextmanager
def numpy_references():
    """``with numpy_references():`` im2col, col2im, pooling, ReLU, the padded grids and the 1x1
    convolution run as the plain NumPy functions named ``*_reference`` beside their numba
    loops (this thread or task only; nothing outside the block changes)."""
    token = _numpy_only.set(True)
    try:
        yield
    finally:
        _numpy_only.reset(token)


# Below this many elements touched, waking the worker threads costs more than it saves (a tiny
# im2col: 52 us on 2 threads, 9 us on one), so small calls run on the calling thread alone.
SERIAL_BELOW = 1 << 16


def _launch(kernel, work: int, *args):
    """Run a ``parallel=True`` kernel, on one thread when ``work`` (elements) is small."""
    threads = numba.get_num_threads()
    if work >= SERIAL_BELOW or threads == 1:
        return kernel(*args)
    numba.set_num_threads(1)
    try:
        return kernel(*args)
    finally:
        numba.set_num_threads(threads)


def input_shape(x) -> tuple:
    """The shape of a convolution's input: ``x.shape``, or, for a pair ``(a, b)`` that stands
    for the concatenation of ``a`` and ``b`` along channels, that concatenation's shape."""
    if isinstance(x, tuple):
        return (x[0].shape[0], sum(part.shape[1] for part in x)) + tuple(x[0].shape[2:])
    return x.shape


def conv_output_size(size: int, kernel: int, stride: int, padding: int) -> int:
    """Number of window positions: ``(size + 2*padding - kernel) // stride + 1``."""
    return (size + 2 * padding - kernel) // stride + 1


# ---------------------------------------------------------------------------------------------
# im2col / col2im
# ---------------------------------------------------------------------------------------------


@njit(parallel=True, cache=True)
def _im2col_kernel(x, cols, kh, kw, sh, sw, ph, pw, out_h, out_w):
    n, c, h, w = x.shape
    for nc in prange(n * c):
        b = nc // c
        ch = nc % c
        for i in range(kh):
            for j in range(kw):
                row = (ch * kh + i) * kw + j
                for oy in range(out_h):
                    iy = oy * sh - ph + i
                    base = oy * out_w
                    if iy < 0 or iy >= h:
                        for ox in range(out_w):
                            cols[b, row, base + ox] = 0
                        continue
                    for ox in range(out_w):
                        ix = ox * sw - pw + j
                        if ix >= 0 and ix < w:
                            cols[b, row, base + ox] = x[b, ch, iy, ix]
                        else:
                            cols[b, row, base + ox] = 0


@njit(parallel=True, cache=True)
def _col2im_kernel(cols, x, kh, kw, sh, sw, ph, pw, out_h, out_w):
    n, c, h, w = x.shape
    # Each (image, channel) pair writes only to its own plane, so they can run in parallel.
    for nc in prange(n * c):
        b = nc // c
        ch = nc % c
        for i in range(kh):
            for j in range(kw):
                row = (ch * kh + i) * kw + j
                for oy in range(out_h):
                    iy = oy * sh - ph + i
                    if iy < 0 or iy >= h:
                        continue
                    base = oy * out_w
                    for ox in range(out_w):
                        ix = ox * sw - pw + j
                        if ix >= 0 and ix < w:
                            x[b, ch, iy, ix] += cols[b, row, base + ox]


def im2col(x: np.ndarray, kernel: tuple[int, int], stride: tuple[int, int],
           padding: tuple[int, int]) -> np.ndarray:
    """Unfold sliding windows of ``x`` (N, C, H, W) into ``cols`` (N, C*kh*kw, Ho*Wo)."""
    if _numpy_only.get():
        return im2col_reference(x, kernel, stride, padding)
    (kh, kw), (sh, sw), (ph, pw) = kernel, stride, padding
    out_h = conv_output_size(x.shape[2], kh, sh, ph)
    out_w = conv_output_size(x.shape[3], kw, sw, pw)
    work = x.shape[0] * x.shape[1] * kh * kw * out_h * out_w
    cols = np.empty((x.shape[0], x.shape[1] * kh * kw, out_h * out_w), dtype=x.dtype)
    _launch(_im2col_kernel, work, np.ascontiguousarray(x), cols, kh, kw, sh, sw, ph, pw,
            out_h, out_w)
    return cols


def col2im(cols: np.ndarray, x_shape: tuple[int, int, int, int], kernel: tuple[int, int],
           stride: tuple[int, int], padding: tuple[int, int]) -> np.ndarray:
    """Fold ``cols`` (N, C*kh*kw, Ho*Wo) back to (N, C, H, W), summing overlapping windows.

    This is the adjoint (transpose) of :func:`im2col`: for any ``x`` and ``cols`` of matching
    shapes, ``sum(im2col(x) * cols) == sum(x * col2im(cols))``. That is why it computes the input
    gradient of a convolution, and the forward pass of a transposed convolution.
    """
    if _numpy_only.get():
        return col2im_reference(cols, x_shape, kernel, stride, padding)
    (kh, kw), (sh, sw), (ph, pw) = kernel, stride, padding
    _, c, h, w = x_shape
    out_h = conv_output_size(h, kh, sh, ph)
    out_w = conv_output_size(w, kw, sw, pw)
    if cols.shape[1:] != (c * kh * kw, out_h * out_w):
        raise ValueError(f"col2im: cols of shape {cols.shape} do not fit an input of shape "
                         f"{tuple(x_shape)} with kernel {kernel}, stride {stride}, "
                         f"padding {padding}")
    x = np.zeros((cols.shape[0], c, h, w), dtype=cols.dtype)
    _launch(_col2im_kernel, cols.size, np.ascontiguousarray(cols), x, kh, kw, sh, sw, ph, pw,
            out_h, out_w)
    return x


def im2col_reference(x, kernel, stride, padding):
    """Slow, obvious im2col: pad, then copy one strided slice per (channel, kernel tap)."""
    (kh, kw), (sh, sw), (ph, pw) = kernel, stride, padding
    n, c, h, w = x.shape
    out_h = conv_output_size(h, kh, sh, ph)
    out_w = conv_output_size(w, kw, sw, pw)
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    cols = np.empty((n, c * kh * kw, out_h * out_w), dtype=x.dtype)
    for ch in range(c):
        for i in range(kh):
            for j in range(kw):
                window = xp[:, ch, i:i + sh * out_h:sh, j:j + sw * out_w:sw]
                cols[:, (ch * kh + i) * kw + j, :] = window.reshape(n, -1)
    return cols


def col2im_reference(cols, x_shape, kernel, stride, padding):
    """Slow, obvious col2im: add every column entry into a padded image, then crop the padding."""
    (kh, kw), (sh, sw), (ph, pw) = kernel, stride, padding
    n, c, h, w = x_shape
    out_h = conv_output_size(h, kh, sh, ph)
    out_w = conv_output_size(w, kw, sw, pw)
    xp = np.zeros((n, c, h + 2 * ph, w + 2 * pw), dtype=cols.dtype)
    for ch in range(c):
        for i in range(kh):
            for j in range(kw):
                block = cols[:, (ch * kh + i) * kw + j, :].reshape(n, out_h, out_w)
                xp[:, ch, i:i + sh * out_h:sh, j:j + sw * out_w:sw] += block
    return xp[:, :, ph:ph + h, pw:pw + w]


# ---------------------------------------------------------------------------------------------
# max-pooling
# ---------------------------------------------------------------------------------------------


@njit(parallel=True, cache=True)
def _maxpool_forward_kernel(x, out, argmax, k, s):
    n, c, h, w = x.shape
    out_h, out_w = out.shape[2:]
    for nc in prange(n * c):
        b = nc // c
        ch = nc % c
        for oy in range(out_h):
            for ox in range(out_w):
                y0 = oy * s
                x0 = ox * s
                best = x[b, ch, y0, x0]
                best_idx = y0 * w + x0
                for i in range(k):
                    for j in range(k):
                        v = x[b, ch, y0 + i, x0 + j]
                        if v > best:
                            best = v
                            best_idx = (y0 + i) * w + (x0 + j)
                out[b, ch, oy, ox] = best
                argmax[b, ch, oy, ox] = best_idx


@njit(parallel=True, cache=True)
def _maxpool_backward_kernel(dy, argmax, dx):
    n, c, out_h, out_w = dy.shape
    for nc in prange(n * c):
        b = nc // c
        ch = nc % c
        for oy in range(out_h):
            for ox in range(out_w):
                dx[b, ch, argmax[b, ch, oy, ox]] += dy[b, ch, oy, ox]


@njit(parallel=True, cache=True)
def _maxpool2_forward_kernel(x, out, argmax):
    # 2x2 windows, stride 2: the same comparisons as the general kernel (first pixel wins a tie),
    # written out so that each output row is one vectorised loop over its two input rows
    n, c, h, w = x.shape
    out_h, out_w = out.shape[2:]
    for nc in prange(n * c):
        b = nc // c
        ch = nc % c
        for oy in range(out_h):
            top, bottom = x[b, ch, 2 * oy], x[b, ch, 2 * oy + 1]
            best_row, arg_row = out[b, ch, oy], argmax[b, ch, oy]
            for ox in range(out_w):
                best = top[2 * ox]
                k = 0
                v = top[2 * ox + 1]
                if v > best:
                    best, k = v, 1
                v = bottom[2 * ox]
                if v > best:
                    best, k = v, w
                v = bottom[2 * ox + 1]
                if v > best:
                    best, k = v, w + 1
                best_row[ox] = best
                arg_row[ox] = 2 * oy * w + 2 * ox + k


def _learner_pool():
    """(maxpool_forward, maxpool_backward) of a learner's module in use, if it has both."""
    forward, backward = learner_function("maxpool_forward"), learner_function("maxpool_backward")
    return (forward, backward) if forward and backward else None


def maxpool_forward(x: np.ndarray, kernel: int, stride: int) -> tuple[np.ndarray, np.ndarray]:
    """Max over ``kernel x kernel`` windows: returns ``out`` (N, C, Ho, Wo) and ``argmax``.

    ``argmax[n, c, oy, ox]`` is the flat index ``iy*W + ix`` of the winning input pixel, the
    first one in row-major order when several tie. (Inside :func:`tinyunet.learner.use_layers`
    with a module that defines both maxpool passes, a 2x2 pool runs the learner's and keeps the
    input itself in place of ``argmax``: their backward takes (dy, x).)
    """
    learner = _learner_pool() if kernel == stride == 2 else None
    if learner is not None:
        return np.asarray(learner[0](x)).astype(x.dtype, copy=False), x
    if _numpy_only.get():
        return maxpool_forward_reference(x, kernel, stride)
    out_h = conv_output_size(x.shape[2], kernel, stride, 0)
    out_w = conv_output_size(x.shape[3], kernel, stride, 0)
    out = workspace.empty(x.shape[:2] + (out_h, out_w), x.dtype)
    argmax = workspace.empty(out.shape, np.int32)
    if kernel == stride == 2:     # the U-Net's pooling, by a kernel written for it
        _launch(_maxpool2_forward_kernel, x.size, np.ascontiguousarray(x), out, argmax)
    else:
        _launch(_maxpool_forward_kernel, x.size, np.ascontiguousarray(x), out, argmax, kernel,
                stride)
    return out, argmax


def maxpool_backward(dy: np.ndarray, argmax: np.ndarray, x_shape) -> np.ndarray:
    """Route each output gradient to the input pixel that won its window (summing overlaps)."""
    learner = _learner_pool()
    if learner is not None and argmax.dtype.kind == "f":     # the learner's forward kept x
        return np.asarray(learner[1](dy, argmax)).astype(dy.dtype, copy=False)
    if _numpy_only.get():
        return maxpool_backward_reference(dy, argmax, x_shape)
    n, c, h, w = x_shape
    dx = workspace.zeros((n, c, h * w), dy.dtype)
    _launch(_maxpool_backward_kernel, dy.size, np.ascontiguousarray(dy), argmax, dx)
    return dx.reshape(n, c, h, w)


def maxpool_forward_reference(x, kernel, stride):
    """Slow, obvious max-pool: one ``np.argmax`` per window."""
    n, c, h, w = x.shape
    out_h = conv_output_size(h, kernel, stride, 0)
    out_w = conv_output_size(w, kernel, stride, 0)
    out = np.empty((n, c, out_h, out_w), dtype=x.dtype)
    argmax = np.empty((n, c, out_h, out_w), dtype=np.int32)
    for oy in range(out_h):
        for ox in range(out_w):
            y0, x0 = oy * stride, ox * stride
            window = x[:, :, y0:y0 + kernel, x0:x0 + kernel].reshape(n, c, -1)
            k = window.argmax(axis=2)
            out[:, :, oy, ox] = window.max(axis=2)
            argmax[:, :, oy, ox] = (y0 + k // kernel) * w + (x0 + k % kernel)
    return out, argmax


def maxpool_backward_reference(dy, argmax, x_shape):
    """Slow, obvious max-pool backward: ``np.add.at`` scatters into the winning pixels."""
    n, c, h, w = x_shape
    dx = np.zeros((n, c, h * w), dtype=dy.dtype)
    nn, cc = np.meshgrid(np.arange(n), np.arange(c), indexing="ij")
    for oy in range(dy.shape[2]):
        for ox in range(dy.shape[3]):
            np.add.at(dx, (nn, cc, argmax[:, :, oy, ox]), dy[:, :, oy, ox])
    return dx.reshape(n, c, h, w)


# ---------------------------------------------------------------------------------------------
# padded grids for the shifted-view convolution (see tinyunet.conv)
# ---------------------------------------------------------------------------------------------


@njit(parallel=True, cache=True)
def _pad_flat_kernel(x, out, ph, pw):
    n, c, h, w = x.shape
    wp = w + 2 * pw
    for nc in prange(n * c):
        b = nc // c
        ch = nc % c
        plane = out[b, ch]
        for k in range(ph * wp + pw):                       # top rows and the first left margin
            plane[k] = 0
        for iy in range(h):
            row = x[b, ch, iy]
            dst = plane[(iy + ph) * wp + pw:]
            for ix in range(w):
                dst[ix] = row[ix]
            for ix in range(w, min(w + 2 * pw, dst.size)):  # right margin + next left one
                dst[ix] = 0
        for k in range((h + ph) * wp + pw, plane.size):     # bottom rows and the tail
            plane[k] = 0


def pad_flat(x: np.ndarray, padding: tuple[int, int], tail: int) -> np.ndarray:
    """Zero-pad (N, C, H, W) by ``padding`` and flatten each plane: (N, C, Hp*Wp + tail); the
    ``tail`` zeros let the last kernel tap's slice run past the final row."""
    if _numpy_only.get():
        return pad_flat_reference(x, padding, tail)
    (ph, pw), (n, c, h, w) = padding, x.shape
    out = np.empty((n, c, (h + 2 * ph) * (w + 2 * pw) + tail), dtype=x.dtype)
    _launch(_pad_flat_kernel, x.size, np.ascontiguousarray(x), out, ph, pw)
    return out


def pad_flat_reference(x, padding, tail):
    """Slow, obvious pad_flat: ``np.pad``, reshape, append the tail."""
    n, c = x.shape[:2]
    padded = np.pad(x, ((0, 0), (0, 0), (padding[0],) * 2, (padding[1],) * 2)).reshape(n, c, -1)
    return np.concatenate([padded, np.zeros((n, c, tail), x.dtype)], axis=2)


@njit(parallel=True, cache=True)
def _crop_grid_kernel(y, out, wp):
    n, o, ho, wo = out.shape
    for no in prange(n * o):
        b = no // o
        ch = no % o
        for iy in range(ho):
            for ix in range(wo):
                out[b, ch, iy, ix] = y[b, ch, iy * wp + ix]


def crop_grid(y: np.ndarray, ho: int, wp: int, wo: int) -> np.ndarray:
    """(N, O, Ho*Wp) on a padded-width grid -> contiguous (N, O, Ho, Wo), dropping the junk
    columns ``Wo..Wp-1`` of every row."""
    if _numpy_only.get():
        return crop_grid_reference(y, ho, wp, wo)
    out = np.empty(y.shape[:2] + (ho, wo), dtype=y.dtype)
    _launch(_crop_grid_kernel, y.size, y, out, wp)
    return out


def crop_grid_reference(y, ho, wp, wo):
    return np.ascontiguousarray(y.reshape(y.shape[0], y.shape[1], ho, wp)[..., :wo])


@njit(parallel=True, cache=True)
def _uncrop_grid_kernel(dy, out, wp):
    n, o, ho, wo = dy.shape
    for no in prange(n * o):
        b = no // o
        ch = no % o
        for iy in range(ho):
            row = dy[b, ch, iy]
            dst = out[b, ch, iy * wp:]
            for ix in range(wo):
                dst[ix] = row[ix]
            for ix in range(wo, wp):
                dst[ix] = 0


def uncrop_grid(dy: np.ndarray, wp: int) -> np.ndarray:
    """(N, O, Ho, Wo) -> (N, O, Ho*Wp) on a padded-width grid, zeros in the junk columns: the
    adjoint of :func:`crop_grid`."""
    if _numpy_only.get():
        return uncrop_grid_reference(dy, wp)
    out = np.empty(dy.shape[:2] + (dy.shape[2] * wp,), dtype=dy.dtype)
    _launch(_uncrop_grid_kernel, dy.size, np.ascontiguousarray(dy), out, wp)
    return out


def uncrop_grid_reference(dy, wp):
    n, o, ho, wo = dy.shape
    out = np.zeros((n, o, ho, wp), dy.dtype)
    out[..., :wo] = dy
    return out.reshape(n, o, -1)


# ---------------------------------------------------------------------------------------------
# ReLU: one pass each way, no mask kept (y > 0 exactly where x > 0)
# ---------------------------------------------------------------------------------------------


@njit(cache=True, inline="always")
def relu_grad(g, y):
    """``g * [y > 0]``: a ReLU's backward pass for one value, ``y`` the ReLU's output; ``g * 0``
    rather than ``0`` so that a NaN gradient stays a NaN, as in ``dy * mask``."""
    return g if y > 0 else g * 0


@njit(parallel=True, cache=True)
def _relu_forward_kernel(x, y):
    for i in prange(x.size):
        v = x[i]
        y[i] = 0 if v <= 0 else v            # NaN is not <= 0, so it passes through


@njit(parallel=True, cache=True)
def _relu_backward_kernel(dy, y, dx):
    # dy may be a strided view (Concat's backward hands out channel slices), so walk it by plane
    n, c, h, w = dy.shape
    for nc in prange(n * c):
        b = nc // c
        ch = nc % c
        for i in range(h):
            g, out, row = dy[b, ch, i], dx[b, ch, i], y[b, ch, i]
            for j in range(w):
                out[j] = relu_grad(g[j], row[j])


def relu_forward(x: np.ndarray) -> np.ndarray:
    """``max(x, 0)`` in one pass (NaN stays NaN, as in ``np.maximum``)."""
    mine = learner_function("relu_forward")
    if mine is not None:
        return np.asarray(mine(x)).astype(x.dtype, copy=False)
    if _numpy_only.get():
        return relu_forward_reference(x)
    x = np.ascontiguousarray(x)
    y = workspace.empty(x.shape, x.dtype)
    _launch(_relu_forward_kernel, x.size, x.reshape(-1), y.reshape(-1))
    return y


def relu_backward(dy: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``dy * [y > 0]`` given the forward output ``y`` (positive exactly where the input was);
    ``dy`` (N, C, H, W) may be a strided view."""
    mine = learner_function("relu_backward")
    if mine is not None:
        return np.asarray(mine(dy, y)).astype(dy.dtype, copy=False)
    if _numpy_only.get():
        return relu_backward_reference(dy, y)
    dx = workspace.empty(dy.shape, dy.dtype)
    _launch(_relu_backward_kernel, dy.size, dy, np.ascontiguousarray(y), dx)
    return dx


def relu_forward_reference(x):
    return np.maximum(x, 0)


def relu_backward_reference(dy, y):
    return dy * (y > 0)


# ---------------------------------------------------------------------------------------------
# 1x1 convolutions (the U-Net's head): a weighted sum of channels at every pixel
# ---------------------------------------------------------------------------------------------

# Pixels of one task: a stretch of one image's rows that all channels of it share (16 KB a
# channel in float32), long enough for a vectorised inner loop.
POINTWISE_PIXELS = 4096


@njit(cache=True, inline="always")
def _stretch(task, stretches, p):
    """Task ``task`` of a ``prange(n * stretches)`` loop -> (image, first pixel, pixels)."""
    start = (task % stretches) * POINTWISE_PIXELS
    return task // stretches, start, min(start + POINTWISE_PIXELS, p) - start


@njit(parallel=True, fastmath={"contract"}, cache=True)
def _pointwise_kernel(x, w, y):
    # y[b, o, p] = sum_c w[o, c] * x[b, c, p]; tasks: (image, stretch of pixels). The sums build
    # up in the task's own array (which LLVM knows nothing else writes, so it vectorises the
    # loops; summed in y's own rows they ran 3x slower).
    n, p = x.shape[0], x.shape[2]
    o, c = w.shape
    stretches = (p + POINTWISE_PIXELS - 1) // POINTWISE_PIXELS
    for task in prange(n * stretches):
        b, start, length = _stretch(task, stretches, p)
        acc = np.empty(length, x.dtype)
        for oo in range(o):
            weight = w[oo, 0]
            row = x[b, 0, start:start + length]
            for q in range(length):
                acc[q] = weight * row[q]
            for ch in range(1, c):
                weight = w[oo, ch]
                row = x[b, ch, start:start + length]
                for q in range(length):
                    acc[q] += weight * row[q]
            out = y[b, oo, start:start + length]
            for q in range(length):
                out[q] = acc[q]


@njit(parallel=True, fastmath={"contract", "reassoc"}, cache=True)
def _pointwise_weight_grad_kernel(x, dy, partial):
    # partial[task, o, c] = sum over the task's pixels of dy[b, o, p] * x[b, c, p], summed in
    # the arrays' own dtype (a float64 0.0 to start from made every term a conversion)
    (n, c, p), o = x.shape, dy.shape[1]
    stretches = (p + POINTWISE_PIXELS - 1) // POINTWISE_PIXELS
    for task in prange(n * stretches):
        b, start, length = _stretch(task, stretches, p)
        for oo in range(o):
            g = dy[b, oo, start:start + length]
            for ch in range(c):
                row = x[b, ch, start:start + length]
                total = g[0] * row[0]
                for q in range(1, length):
                    total += g[q] * row[q]
                partial[task, oo, ch] = total


def pointwise(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """A 1x1 convolution without bias: x (N, C, H, W), w (O, C) -> y (N, O, H, W),
    ``y[n, o] = sum_c w[o, c] * x[n, c]``. Its input gradient is the same sum with ``w.T``:
    ``dx = pointwise(dy, w.T)``."""
    if _numpy_only.get():
        return pointwise_reference(x, w)
    n, c, h, wd = x.shape
    x = np.ascontiguousarray(x).reshape(n, c, h * wd)
    w = np.ascontiguousarray(w, dtype=x.dtype)
    y = workspace.empty((n, w.shape[0], h * wd), x.dtype)
    _launch(_pointwise_kernel, x.size + y.size, x, w, y)
    return y.reshape(n, -1, h, wd)


def pointwise_weight_grad(x: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """dL/dw of :func:`pointwise`: ``sum_{n, p} dy[n, o, p] * x[n, c, p]`` -> (O, C), summed
    per task (image, stretch of pixels) and then over the tasks."""
    if _numpy_only.get():
        return pointwise_weight_grad_reference(x, dy)
    n, c, h, wd = x.shape
    x = np.ascontiguousarray(x).reshape(n, c, h * wd)
    dy = np.ascontiguousarray(dy, dtype=x.dtype).reshape(n, -1, h * wd)
    tasks = n * -(-(h * wd) // POINTWISE_PIXELS)
    partial = np.empty((tasks, dy.shape[1], c), x.dtype)
    _launch(_pointwise_weight_grad_kernel, x.size + dy.size, x, dy, partial)
    return partial.sum(axis=0)


def pointwise_reference(x, w):
    return np.einsum("oc,nchw->nohw", w, x)


def pointwise_weight_grad_reference(x, dy):
    return np.einsum("nohw,nchw->oc", dy, x)


# ---------------------------------------------------------------------------------------------
# Adam's update
# ---------------------------------------------------------------------------------------------


@njit(parallel=True, cache=True)
def _adam_kernel(w, g, m, v, beta1, rest1, beta2, rest2, step_size, correction2, eps):
    for i in prange(w.size):
        gi = g[i]
        mi = m[i] * beta1 + rest1 * gi
        vi = v[i] * beta2 + rest2 * gi * gi
        m[i] = mi
        v[i] = vi
        w[i] -= step_size * mi / (np.sqrt(vi / correction2) + eps)


def adam_update(w, g, m, v, beta1: float, beta2: float, step_size: float, correction2: float,
                eps: float) -> None:
    """Adam's update of one parameter in place, in one pass over its arrays (w, g, m, v of one
    shape and dtype, C-contiguous)::

        m <- beta1 m + (1 - beta1) g
        v <- beta2 v + (1 - beta2) g^2
        w <- w - step_size * m / (sqrt(v / correction2) + eps)

    (``step_size = lr / (1 - beta1^t)``, ``correction2 = 1 - beta2^t``). The scalars are
    rounded to the arrays' dtype first and every operation is rounded as in
    :func:`adam_update_reference`, so the two agree bit for bit; the reference makes 8 passes over
    memory where this makes one."""
    if _numpy_only.get() or not all(a.flags.c_contiguous for a in (w, g, m, v)):
        return adam_update_reference(w, g, m, v, beta1, beta2, step_size, correction2, eps)
    t = w.dtype.type
    _launch(_adam_kernel, w.size, w.reshape(-1), g.reshape(-1), m.reshape(-1), v.reshape(-1),
            t(beta1), t(1 - beta1), t(beta2), t(1 - beta2), t(step_size), t(correction2), t(eps))


def adam_update_reference(w, g, m, v, beta1, beta2, step_size, correction2, eps) -> None:
    """:func:`adam_update` in NumPy, one operation at a time."""
    m *= beta1
    m += (1 - beta1) * g
    v *= beta2
    v += (1 - beta2) * g * g
    w -= step_size * m / (np.sqrt(v / correction2) + eps)

