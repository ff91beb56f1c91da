"""Convolution as matrix products, two ways: im2col (any stride) and shifted views (stride 1).

``y[n, o] = sum_{c,i,j} W[o, c, i, j] * x_pad[n, c, s*y + i, s*x + j]`` (cross-correlation).

**im2col** (:func:`conv2d_forward_im2col`): unfold every window into a column, then one matrix
product ``W_mat (O, C*kh*kw) @ cols (C*kh*kw, Ho*Wo)`` per image. Simple and general, but the
unfolded matrix is ``kh*kw`` times larger than the input, written and read on every pass.

**Shifted views** (:func:`conv2d_forward_shifted`), for stride 1: pad the input once and flatten
each channel plane to a row of length ``Hp*Wp``. Moving the kernel tap (i, j) then moves every
output pixel's input by the same offset ``i*Wp + j`` along that row, so the whole tap is *one
contiguous slice* of the padded rows, and

    y_grid[n] = sum_{i,j} W[:, :, i, j] @ x_flat[n, :, i*Wp + j : i*Wp + j + Ho*Wp]

computes the output on a grid ``Wp`` wide whose last ``kw - 1`` columns are junk (they wrap
around a row edge) and are cut off. Nothing is unfolded: each of the ``kh*kw`` products reads the
padded input in place. The same trick gives the weight gradient (``dy_grid @ slice^T``) and the
input gradient, which for stride 1 is a convolution of ``dy`` with the weights flipped in space
and transposed in channels, padded by ``k - 1 - p``.

Both paths take NCHW arrays and PyTorch's weight layout (O, C, kh, kw), and so do the
specialised ones that a U-Net actually runs on: numba loops for 3x3 'same' convolutions
(:mod:`tinyunet.fast.direct`) and for 2x2 stride-2 ones, the up-sampling path's transposed
convolutions (:mod:`tinyunet.fast.patches`), and plain matrix products for 1x1 convolutions (the
head). :func:`choose_path` is the one place that picks a path (3x3 'same': direct; 1x1:
pointwise; 2x2 stride 2 on even maps: patches; other stride-1 convolutions with enough channels:
shifted views; anything else: im2col); :func:`conv2d_forward`, :func:`conv2d_input_grad`,
:func:`conv2d_weight_grad` and :func:`conv2d_backward` run the path it returns. ``with
reference_path():`` runs the plain im2col path everywhere, ``with use_path(name):`` any one
path wherever it applies; the tests check every path against im2col and naive loops, and run
the gradient and PyTorch checks with each path forced in turn.

**Threads.** tinyunet never changes the host process's BLAS thread setting (a setting of the
whole process, which a library that changed it per call would change under every other thread
too): the matrix products here run one per image with the threads BLAS has, and the
convolutions a U-Net runs in a training step (3x3, 2x2 up, the 1x1 head) run in numba kernels
on numba's threads, so a step calls no BLAS at all.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Callable

import numpy as np

from . import kernels
from .fast import direct, patches, winograd, winograd_grad
from .learner import learner_function
# what numba compiles for, for `tinyunet info`: conv is the one door to fast/
from .fast.target import TARGET, host_cpu_model, numba_cpu  # noqa: F401

def per_image(fn, n: int) -> list:
    """``[fn(0), ..., fn(n - 1)]``: one matrix product per image, each run by BLAS with the
    threads the host process gave it (tinyunet never changes that setting)."""
    return [fn(b) for b in range(n)]


# ---------------------------------------------------------------------------------------------
# im2col: the general path (any stride)
# ---------------------------------------------------------------------------------------------


def conv2d_forward_im2col(x, weight, stride, padding):
    """x (N, C, H, W), weight (O, C, kh, kw) -> y (N, O, Ho, Wo), as ``W_mat @ im2col(x)``."""
    n = x.shape[0]
    o, _, kh, kw = weight.shape
    cols = kernels.im2col(x, (kh, kw), stride, padding)           # (N, C*kh*kw, Ho*Wo)
    w_mat = weight.reshape(o, -1)
    y = np.empty((n, o, cols.shape[2]), dtype=x.dtype)
    per_image(lambda b: np.matmul(w_mat, cols[b], out=y[b]), n)
    ho = kernels.conv_output_size(x.shape[2], kh, stride[0], padding[0])
    wo = kernels.conv_output_size(x.shape[3], kw, stride[1], padding[1])
    return y.reshape(n, o, ho, wo)


def conv2d_input_grad_im2col(dy, weight, x_shape, stride, padding):
    """dL/dx = ``col2im(W_mat^T @ dy)``: dy (N, O, Ho, Wo) -> dx ``x_shape``."""
    n, o = dy.shape[:2]
    kh, kw = weight.shape[2:]
    w_t = weight.reshape(o, -1).T
    dy_flat = dy.reshape(n, o, -1)
    dcols = np.empty((n, w_t.shape[0], dy_flat.shape[2]), dtype=dy.dtype)
    per_image(lambda b: np.matmul(w_t, dy_flat[b], out=dcols[b]), n)   # (N, C*kh*kw, Ho*Wo)
    return kernels.col2im(dcols, x_shape, (kh, kw), stride, padding)


def conv2d_weight_grad_im2col(x, dy, kernel, stride, padding):
    """dL/dW = ``sum_n dy[n] @ im2col(x)[n]^T``, shape (O, C, kh, kw)."""
    n, o = dy.shape[:2]
    cols = kernels.im2col(x, kernel, stride, padding)
    dy_flat = dy.reshape(n, o, -1)
    dw = sum(per_image(lambda b: dy_flat[b] @ cols[b].T, n))
    return dw.reshape(o, x.shape[1], *kernel)


# ---------------------------------------------------------------------------------------------
# shifted views: the fast path for stride 1
# ---------------------------------------------------------------------------------------------


def _grid(x_shape, kernel, padding):
    """Sizes of the padded grid: (Hp, Wp, Ho, Wo, L = Ho*Wp)."""
    (kh, kw), (ph, pw) = kernel, padding
    hp, wp = x_shape[2] + 2 * ph, x_shape[3] + 2 * pw
    ho, wo = hp - kh + 1, wp - kw + 1
    return hp, wp, ho, wo, ho * wp


def _taps(kernel, wp):
    """(i, j, offset along a flattened padded row) for every kernel tap."""
    kh, kw = kernel
    return [(i, j, i * wp + j) for i in range(kh) for j in range(kw)]


def conv2d_forward_shifted(x, weight, padding):
    """Stride-1 convolution by shifted views (see the module docstring); same result as
    :func:`conv2d_forward_im2col` with stride 1."""
    n, c = x.shape[:2]
    o, _, kh, kw = weight.shape
    hp, wp, ho, wo, length = _grid(x.shape, (kh, kw), padding)
    x_flat = kernels.pad_flat(x, padding, kw - 1)                  # (N, C, Hp*Wp + kw - 1)
    taps = [(np.ascontiguousarray(weight[:, :, i, j]), off) for i, j, off in _taps((kh, kw), wp)]
    y = np.empty((n, o, length), dtype=x.dtype)

    def one_image(b):
        tmp = np.empty((o, length), dtype=x.dtype)
        for t, (w_tap, off) in enumerate(taps):
            if t == 0:
                np.matmul(w_tap, x_flat[b, :, off:off + length], out=y[b])
            else:
                np.matmul(w_tap, x_flat[b, :, off:off + length], out=tmp)
                y[b] += tmp

    per_image(one_image, n)
    return kernels.crop_grid(y, ho, wp, wo)


def conv2d_weight_grad_shifted(x, dy, kernel, padding):
    """dL/dW for stride 1: ``dW[:, :, i, j] = sum_n dy_grid[n] @ x_flat[n, :, tap slice]^T``."""
    n, c = x.shape[:2]
    o = dy.shape[1]
    hp, wp, ho, wo, length = _grid(x.shape, kernel, padding)
    x_flat = kernels.pad_flat(x, padding, kernel[1] - 1)
    dy_grid = kernels.uncrop_grid(dy, wp)                          # (N, O, Ho*Wp), junk = 0
    taps = _taps(kernel, wp)

    def one_image(b):
        dw_b = np.empty((o, c) + tuple(kernel), dtype=dy.dtype)
        for i, j, off in taps:
            dw_b[:, :, i, j] = dy_grid[b] @ x_flat[b, :, off:off + length].T
        return dw_b

    return sum(per_image(one_image, n))


def conv2d_input_grad_shifted(dy, weight, padding):
    """dL/dx for stride 1: a convolution of ``dy`` with the weights flipped in space and
    transposed in channels, padded by ``k - 1 - p`` (which must be >= 0)."""
    kh, kw = weight.shape[2:]
    flipped = np.ascontiguousarray(weight[:, :, ::-1, ::-1].transpose(1, 0, 2, 3))
    return conv2d_forward_shifted(dy, flipped, (kh - 1 - padding[0], kw - 1 - padding[1]))


# ---------------------------------------------------------------------------------------------
# 1x1 convolutions: plain matrix products (the U-Net's head)
# ---------------------------------------------------------------------------------------------


def conv2d_forward_pointwise(x, weight):
    """1x1 convolution, stride 1, no padding: ``y[n] = W (O, C) @ x[n] (C, H*W)``, no unfolding
    (a numba loop, :func:`tinyunet.kernels.pointwise`: a U-Net's head has one output channel,
    a product that BLAS runs slowly)."""
    return kernels.pointwise(x, weight.reshape(weight.shape[0], -1))


def conv2d_input_grad_pointwise(dy, weight):
    """dL/dx of a 1x1 convolution: ``dx[n] = W^T (C, O) @ dy[n] (O, H*W)``."""
    return kernels.pointwise(dy, weight.reshape(weight.shape[0], -1).T)


def conv2d_weight_grad_pointwise(x, dy):
    """dL/dW of a 1x1 convolution: ``sum_n dy[n] (O, H*W) @ x[n]^T (H*W, C)``, shape
    (O, C, 1, 1)."""
    return kernels.pointwise_weight_grad(x, dy)[:, :, None, None]


# ---------------------------------------------------------------------------------------------
# dispatch used by the layers
# ---------------------------------------------------------------------------------------------


# With fewer channels than this on either side, each shifted product is a thin outer product
# that BLAS runs slowly (the 1 -> 16 first layer: many times slower than im2col, whose unfolded
# matrix is small anyway; docs/benchmarks.md).
MIN_SHIFTED_CHANNELS = 8


def _shifted_ok(weight_shape, stride, padding) -> bool:
    o, c, kh, kw = weight_shape
    return (stride == (1, 1) and padding[0] <= kh - 1 and padding[1] <= kw - 1
            and min(o, c) >= MIN_SHIFTED_CHANNELS)


def _direct_ok(weight_shape, stride, padding) -> bool:
    """A 3x3 'same' convolution: what tinyunet.fast.direct computes. Its kernels run over the
    flattened padded grid of a band of rows, with register tiles sized for the CPU's register file
    (tinyunet.fast.target), so they are at least level with BLAS at every map size of a U-Net,
    256^2 to 16^2, on every instruction set measured: AVX-512, AVX2, and SSE without fused
    multiply-adds, where only a few input gradients are up to 20 % behind the shifted views
    (benchmarks/bench_conv_paths.py [--isa avx2|sse] times each path per layer shape)."""
    return tuple(weight_shape[2:]) == (3, 3) and stride == (1, 1) and padding == (1, 1)


def _winograd_ok(weight_shape, stride, padding, x_shape) -> bool:
    """A 3x3 'same' convolution that :mod:`tinyunet.fast.winograd` computes with fewer
    multiplications (taken by default only where that was measured faster:
    ``winograd.ENABLED``), for the forward pass and the input gradient alike: even maps a whole
    number of vectors of tiles wide, enough channels on both sides and, unless forced, enough
    tiles in the batch (``winograd.pays``). Its weight gradient is Winograd's too where
    :func:`tinyunet.fast.winograd_grad.usable` allows (:func:`_winograd_weight_grad`)."""
    return (_direct_ok(weight_shape, stride, padding) and winograd.usable(x_shape)
            and weight_shape[0] >= winograd.MIN_CHANNELS
            and (_forced.get() == "winograd" or winograd.pays(x_shape)))


def _pointwise_ok(weight_shape, stride, padding) -> bool:
    """A 1x1 convolution with stride 1 and no padding: a plain matrix product per image."""
    return tuple(weight_shape[2:]) == (1, 1) and stride == (1, 1) and padding == (0, 0)


def _patch_ok(weight_shape, stride, padding, x_shape) -> bool:
    """A 2x2 stride-2 unpadded convolution of an even-sized map: what tinyunet.fast.patches computes
    (the transposed convolutions of a U-Net's up-sampling path). An odd size leaves a last row
    or column out, which im2col handles."""
    return (tuple(weight_shape[2:]) == (2, 2) and stride == (2, 2) and padding == (0, 0)
            and x_shape[2] % 2 == 0 and x_shape[3] % 2 == 0)


@dataclass(frozen=True)
class ConvPath:
    """One way to compute a convolution: where it applies, its passes and its scratch memory.

    The passes a path is built from: ``forward(x, weight, stride, padding) -> y`` (no bias),
    ``input_grad(dy, weight, x_shape, stride, padding) -> dx``, ``weight_grad(x, dy, kernel,
    stride, padding) -> dW``, ``scratch(weight_shape, stride, padding, x_shape)``: the elements
    of the largest extra array a training step's passes build (im2col's columns, the padded
    copy of the shifted views, the direct kernel's partial sums of dW).

    The dispatch calls a path through :meth:`run_forward`, :meth:`run_transposed` and
    :meth:`run_backward`, which add the bias and a following ReLU and join a pair input; a path
    whose kernels do those themselves (the direct 3x3 and the 2x2 up-convolution's bias) gives
    its own ``fused_*`` pass instead. ``reads_pair``: the path reads a pair ``(a, b)`` standing
    for their concatenation where it lies (so a U-Net's concatenation is never built).
    ``by_default``: the dispatch may pick it unforced (else only :func:`use_path` does)."""
    name: str
    applies: Callable
    forward: Callable
    input_grad: Callable
    weight_grad: Callable
    scratch: Callable = lambda w, s, p, x: 0
    fused_forward: Callable | None = None
    fused_transposed: Callable | None = None
    fused_backward: Callable | None = None
    reads_pair: bool = False
    by_default: bool = True

    def run_forward(self, x, weight, stride, padding, bias=None, relu=False):
        """``max(conv(x, W) + b, 0)`` (no max without ``relu``, no b without ``bias``)."""
        if self.fused_forward is not None:
            return self.fused_forward(x, weight, bias, relu)
        y = _plus_bias(self.forward(_joined(x), weight, stride, padding), bias)
        return kernels.relu_forward(y) if relu else y

    def run_transposed(self, x, weight, out_shape, stride, padding, bias=None):
        """The input gradient of the convolution by ``weight`` taken of ``x``, plus ``bias``."""
        if self.fused_transposed is not None:
            return self.fused_transposed(x, weight, bias)
        return _plus_bias(self.input_grad(x, weight, out_shape, stride, padding), bias)

    def run_backward(self, x, dy, weight, stride, padding, with_bias, relu_output,
                     input_grad):
        """(dx or None, dW, db or None); see :func:`conv2d_backward`."""
        split = x[0].shape[1] if isinstance(x, tuple) else None
        if self.fused_backward is not None:
            return self.fused_backward(x, dy, weight, with_bias, relu_output, input_grad, split)
        x = _joined(x)
        if relu_output is not None:
            dy = kernels.relu_backward(dy, relu_output)
        dw = self.weight_grad(x, dy, tuple(weight.shape[2:]), stride, padding)
        db = dy.sum(axis=(0, 2, 3)) if with_bias else None
        dx = self.input_grad(dy, weight, x.shape, stride, padding) if input_grad else None
        if dx is not None and split is not None:
            dx = (dx[:, :split], dx[:, split:])
        return dx, dw, db


def _winograd_weight_grad(x, dy, relu_output=None):
    """(dW, db) of a 3x3 'same' convolution by Winograd's F(2x2, 3x3)
    (:mod:`tinyunet.fast.winograd_grad`) where its shapes allow, else by the direct kernel."""
    first = x[0] if isinstance(x, tuple) else x
    if winograd_grad.usable(kernels.input_shape(x), dy.shape[1], first.dtype):
        return winograd_grad.weight_and_bias_grad(x, dy, relu_output)
    return direct.conv3x3_weight_and_bias_grad(x, dy, relu_output)


def _winograd_scratch(weight_shape, stride, padding, x_shape) -> int:
    """The larger of the weight gradient's partial sums and the direct kernel's."""
    return max(int(np.prod(direct.weight_grad_partial_shape(x_shape, weight_shape[0]))),
               winograd_grad.scratch_elements(x_shape, weight_shape[0])
               if winograd_grad.usable(x_shape, weight_shape[0]) else 0)


def _fused_backward(input_grad_of, weight_grad_of=direct.conv3x3_weight_and_bias_grad):
    """The 3x3 paths' backward, with ``input_grad_of`` (direct's or Winograd's
    ``conv3x3_input_grad``) for dx and ``weight_grad_of`` for (dW, db): the ReLU's mask applied
    while the kernels read ``dy``, the bias gradient out of the weight-gradient pass; dx of a
    pair is the pair of its parts' gradients, two separate arrays (each freed on its own)."""
    def backward(x, dy, weight, with_bias, relu_output, input_grad, split):
        dw, db = weight_grad_of(x, dy, relu_output)
        dx = input_grad_of(dy, weight, relu_output, split) if input_grad else None
        return dx, dw, (db if with_bias else None)
    return backward


def _im2col_scratch(weight_shape, stride, padding, x_shape) -> int:
    """im2col's columns: (N, C * kh * kw, Ho * Wo)."""
    n, c, h, w = x_shape
    kh, kw = weight_shape[2:]
    return (n * c * kh * kw * kernels.conv_output_size(h, kh, stride[0], padding[0])
            * kernels.conv_output_size(w, kw, stride[1], padding[1]))


def _shifted_scratch(weight_shape, stride, padding, x_shape) -> int:
    """The shifted views' padded copy of the input: (N, C, Hp * Wp + kw - 1)."""
    n, c, h, w = x_shape
    kw = weight_shape[3]
    return n * c * ((h + 2 * padding[0]) * (w + 2 * padding[1]) + kw - 1)


PATHS = {p.name: p for p in (
    ConvPath("winograd", _winograd_ok,
             lambda x, w, s, p: winograd.conv3x3_forward(x, w),
             lambda dy, w, xs, s, p: winograd.conv3x3_input_grad(dy, w),
             lambda x, dy, k, s, p: _winograd_weight_grad(x, dy)[0],
             scratch=_winograd_scratch,
             fused_forward=lambda x, w, b, relu: winograd.conv3x3_forward(x, w, b, relu=relu),
             fused_backward=_fused_backward(winograd.conv3x3_input_grad, _winograd_weight_grad),
             reads_pair=True,
             by_default=winograd.ENABLED),
    ConvPath("direct", lambda w, s, p, x: _direct_ok(w, s, p),
             lambda x, w, s, p: direct.conv3x3_forward(x, w),
             lambda dy, w, xs, s, p: direct.conv3x3_input_grad(dy, w),
             lambda x, dy, k, s, p: direct.conv3x3_weight_grad(x, dy),
             scratch=lambda w, s, p, x: int(np.prod(direct.weight_grad_partial_shape(x, w[0]))),
             fused_forward=lambda x, w, b, relu: direct.conv3x3_forward(x, w, b, relu=relu),
             fused_backward=_fused_backward(direct.conv3x3_input_grad), reads_pair=True),
    ConvPath("pointwise", lambda w, s, p, x: _pointwise_ok(w, s, p),
             lambda x, w, s, p: conv2d_forward_pointwise(x, w),
             lambda dy, w, xs, s, p: conv2d_input_grad_pointwise(dy, w),
             lambda x, dy, k, s, p: conv2d_weight_grad_pointwise(x, dy)),
    # the up-convolution's kernel starts its sums from the bias, which spares a pass over an
    # output 4x the size of its input
    ConvPath("patches", _patch_ok,
             lambda x, w, s, p: patches.patch2_forward(x, w),
             lambda dy, w, xs, s, p: patches.patch2_input_grad(dy, w),
             lambda x, dy, k, s, p: patches.patch2_weight_grad(x, dy),
             fused_transposed=patches.patch2_input_grad),
    ConvPath("shifted", lambda w, s, p, x: _shifted_ok(w, s, p),
             lambda x, w, s, p: conv2d_forward_shifted(x, w, p),
             lambda dy, w, xs, s, p: conv2d_input_grad_shifted(dy, w, p),
             lambda x, dy, k, s, p: conv2d_weight_grad_shifted(x, dy, k, p),
             scratch=_shifted_scratch),
    ConvPath("im2col", lambda w, s, p, x: True, conv2d_forward_im2col,
             conv2d_input_grad_im2col, conv2d_weight_grad_im2col, scratch=_im2col_scratch),
)}

_forced: ContextVar[str | None] = ContextVar("tinyunet_conv_path", default=None)


@contextmanager
def use_path(name: str):
    """Within the ``with`` block (this thread or task only), every convolution takes path
    ``name`` where that path applies and the im2col reference everywhere else. For reading
    and testing: ``use_path("im2col")`` runs the plain matrix-product path of chapter 1
    everywhere (:func:`reference_path`), ``use_path("shifted")`` the shifted views wherever
    they apply. Nothing outside the block changes."""
    if name not in PATHS:
        raise ValueError(f"unknown convolution path {name!r}; choose one of {sorted(PATHS)}")
    token = _forced.set(name)
    try:
        yield
    finally:
        _forced.reset(token)


@contextmanager
def reference_path():
    """``with reference_path():`` the plain path of chapter 1, in NumPy from end to end: every
    convolution as im2col + matrix product, and every op (im2col, col2im, pooling, ReLU, the
    1x1 convolution) as its NumPy reference (:func:`tinyunet.kernels.numpy_references`), so a
    debugger steps through NumPy only. Slow; this thread or task only."""
    with use_path("im2col"), kernels.numpy_references():
        yield


def default_3x3_kernels() -> str:
    """The kernels this machine's dispatch takes by default for the 3x3 'same' passes of a
    layer where Winograd pays: ``"winograd+dW"`` (CPUs with 16 vector registers: Winograd's
    forward pass, input gradient and, where its shapes allow, weight gradient) or ``"direct"``.
    Runs record it: they round float32 differently, so their trajectories drift apart. (Code
    before the Winograd weight gradient recorded ``"winograd"`` for the first two alone.)"""
    return "winograd+dW" if PATHS["winograd"].by_default else "direct"


def _cast(a, like):
    return np.asarray(a).astype(like.dtype, copy=False)


def _learner_join(x):
    """A pair (a, b) standing for a concatenation, joined by the learner's concat_forward."""
    if not isinstance(x, tuple):
        return x
    concat = learner_function("concat_forward") or (lambda a, b: np.concatenate([a, b], 1))
    return _cast(concat(*x), x[0])


def _learner_path(stride, padding) -> ConvPath:
    """The path of :func:`tinyunet.learner.use_layers`: the learner's conv_forward and
    conv_backward (with their relu_forward/relu_backward, concat_forward/concat_backward and,
    for a 2x2 stride-2 transposed convolution, up_forward), for this stride and padding."""
    conv_forward, conv_backward = learner_function("conv_forward"), learner_function(
        "conv_backward")
    s, p = stride[0], padding[0]
    relu = learner_function("relu_forward") or kernels.relu_forward
    relu_grad = learner_function("relu_backward") or kernels.relu_backward

    def fused_forward(x, w, b, with_relu):
        x = _learner_join(x)
        bias = b if b is not None else np.zeros(w.shape[0], x.dtype)
        y = _cast(conv_forward(x, w, bias, s, p), x)
        return _cast(relu(y), y) if with_relu else y

    def fused_backward(x, dy, w, with_bias, relu_output, input_grad, split):
        x = _learner_join(x)
        if relu_output is not None:
            dy = _cast(relu_grad(dy, relu_output), dy)
        dx, dw, db = conv_backward(x, w, dy, s, p)
        dx = _cast(dx, x) if input_grad else None
        if dx is not None and split is not None:
            unconcat = learner_function("concat_backward") or (
                lambda d, k: (d[:, :k], d[:, k:]))
            dx = tuple(_cast(d, x) for d in unconcat(dx, split))
        return dx, _cast(dw, w), (_cast(db, w) if with_bias else None)

    def transposed(x, w, b):
        up = learner_function("up_forward")
        bias = b if b is not None else np.zeros(w.shape[1], x.dtype)
        return _cast(up(x, w, bias), x)

    def forward(x, w, s_, p_):
        return _cast(conv_forward(x, w, np.zeros(w.shape[0], x.dtype), s, p), x)

    def input_grad(dy, w, x_shape, s_, p_):
        return _cast(conv_backward(np.zeros(x_shape, dy.dtype), w, dy, s, p)[0], dy)

    def weight_grad(x, dy, kernel, s_, p_):
        w = np.zeros((dy.shape[1], x.shape[1]) + tuple(kernel), x.dtype)
        return _cast(conv_backward(x, w, dy, s, p)[1], x)

    up_here = learner_function("up_forward") is not None and tuple(stride) == (2, 2)
    return ConvPath("learner", lambda w, s_, p_, x: True, forward, input_grad, weight_grad,
                    fused_forward=fused_forward, fused_backward=fused_backward,
                    fused_transposed=transposed if up_here else None, reads_pair=True)


def choose_path(weight_shape, stride, padding, x_shape) -> ConvPath:
    """The path a convolution of ``x_shape`` by weights ``weight_shape`` takes: the first that
    applies of winograd (3x3 'same' on even maps where it was measured faster), direct (3x3
    'same'), pointwise (1x1), patches (2x2 stride 2 on even maps),
    shifted (other stride-1 convolutions with enough channels) and im2col (anything); or the
    one :func:`use_path` forces, where it applies; or, inside
    :func:`tinyunet.learner.use_layers` with a module that defines conv_forward and
    conv_backward, the learner's own."""
    weight_shape, x_shape = tuple(weight_shape), tuple(x_shape)
    if learner_function("conv_forward") and learner_function("conv_backward"):
        return _learner_path(stride, padding)
    forced = _forced.get()
    if forced is not None:
        path = PATHS[forced]
        return path if path.applies(weight_shape, stride, padding, x_shape) else PATHS["im2col"]
    return next(p for p in PATHS.values()
                if p.by_default and p.applies(weight_shape, stride, padding, x_shape))


def _joined(x):
    """A convolution's input as one array: a pair (a, b) that stands for their concatenation
    along channels (which the direct path reads in place) is concatenated for the other paths."""
    return np.concatenate(x, axis=1) if isinstance(x, tuple) else x


def conv2d_forward(x, weight, stride, padding, bias=None, relu=False):
    """Cross-correlation plus bias, x (N, C, H, W), weight (O, C, kh, kw), bias (O,) or None
    -> (N, O, Ho, Wo); ``relu=True`` returns ``max(y, 0)`` instead (in the same pass on the
    direct path). ``x`` may be a pair of arrays that stands for their concatenation along the
    channel axis: the direct path reads both where they lie, the others concatenate them."""
    return choose_path(weight.shape, stride, padding, kernels.input_shape(x)).run_forward(
        x, weight, stride, padding, bias, relu)


def conv2d_input_grad(dy, weight, x_shape, stride, padding):
    """dL/dx of :func:`conv2d_forward`; also the forward pass of a transposed convolution."""
    return choose_path(weight.shape, stride, padding, x_shape).input_grad(
        dy, weight, x_shape, stride, padding)


def conv_transpose2d_forward(x, weight, out_shape, stride, padding, bias=None):
    """A transposed convolution: the input gradient of the convolution by ``weight`` (O, C,
    kh, kw) taken of ``x`` (N, O, H, W), plus ``bias`` (C,) or None -> ``out_shape`` (N, C, ...)."""
    return choose_path(weight.shape, stride, padding, out_shape).run_transposed(
        x, weight, out_shape, stride, padding, bias)


def _plus_bias(y, bias):
    """``y`` (N, C, H, W) with ``bias`` (C,) added in place per channel (none if None), for
    the paths whose kernels do not add it themselves."""
    if bias is not None:
        y += bias.astype(y.dtype, copy=False)[:, None, None]
    return y


def conv2d_weight_grad(x, dy, kernel, stride, padding):
    """dL/dW of :func:`conv2d_forward`, shape (O, C, kh, kw)."""
    weight_shape = (dy.shape[1], x.shape[1]) + tuple(kernel)
    return choose_path(weight_shape, stride, padding, x.shape).weight_grad(
        x, dy, tuple(kernel), stride, padding)


def conv2d_backward(x, dy, weight, stride, padding, with_bias: bool, relu_output=None,
                    input_grad: bool = True):
    """Every gradient of ``y = conv(x, W) + b``: (dx, or None if not ``input_grad``; dW; db, or
    None without a bias). ``x`` as in :func:`conv2d_forward`; for a pair, dx is the pair of
    its parts' gradients.

    With ``relu_output`` (the output of a ReLU that follows the convolution), ``dy`` is the
    gradient with respect to that output: the ReLU's backward, ``dy * [relu_output > 0]``, is
    then done inside the direct 3x3 kernels while they read ``dy`` (and the bias gradient comes
    out of the weight-gradient pass), or as a pass of its own on the other paths.
    """
    return choose_path(weight.shape, stride, padding, kernels.input_shape(x)).run_backward(
        x, dy, weight, stride, padding, with_bias, relu_output, input_grad)


def scratch_elements(weight_shape, stride, padding, x_shape) -> int:
    """The elements of the largest extra array that a training step's passes of this
    convolution build on the path :func:`choose_path` picks (for the memory estimate)."""
    return choose_path(weight_shape, stride, padding, x_shape).scratch(
        tuple(weight_shape), stride, padding, tuple(x_shape))
