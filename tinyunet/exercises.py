"""The exercises' checker: a learner's function against the library's own NumPy reference.

Each :class:`Exercise` names a function a learner writes (a stub with its docstring, shapes and
math lives in ``exercises/my_layers.py``, outside the package), the chapter that teaches it, the
library reference it must agree with, the cases it is tried on (random ones and edge cases: odd
sizes, padding, stride, ties, batch > 1), and the **common mistakes** it recognises: each mistake
is a small function computing what a learner who made it would return, so when the learner's
answer matches one of them the checker names it and gives its hint. Where a gradient is asked
for, a float64 central-difference check of the learner's own forward and backward runs too.

    from tinyunet.exercises import check
    check("conv_backward", my_conv_backward)           # in a notebook: a report, True/False

    tinyunet check conv_backward --file my_layers.py   # from the shell
    tinyunet check --all --file my_layers.py           # every exercise, and the progress table

What passes is remembered in ``.tinyunet-progress.json`` beside the learner's file (or in the
working folder). A stub not yet filled (it raises NotImplementedError) is reported in one line; an
exception in the learner's code shows the learner's own lines, not the checker's.
"""

from __future__ import annotations

import json
import math
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from .atomic import write_text_atomically

PROGRESS_FILE = ".tinyunet-progress.json"
# the exercises a training run calls inside tinyunet.use_layers (tinyunet train --layers)
TRAINING_FUNCTIONS = ("conv_forward", "conv_backward", "relu_forward", "relu_backward",
                      "maxpool_forward", "maxpool_backward", "up_forward", "concat_forward",
                      "concat_backward", "bce_with_logits", "soft_dice", "adam_step")
_learner_forward: dict[str, Callable] = {}      # the learner's forward, for gradient checks


# ---------------------------------------------------------------------------------------------
# the references: the library's own, in the exercises' signatures
# ---------------------------------------------------------------------------------------------

def _conv_forward(x, w, b, stride, pad):
    from .conv import conv2d_forward_im2col
    y = conv2d_forward_im2col(x, w, (stride, stride), (pad, pad))
    return y + b.reshape(1, -1, 1, 1)


def _conv_backward(x, w, dy, stride, pad):
    from .conv import conv2d_input_grad_im2col, conv2d_weight_grad_im2col
    s, p = (stride, stride), (pad, pad)
    dx = conv2d_input_grad_im2col(dy, w, x.shape, s, p)
    dw = conv2d_weight_grad_im2col(x, dy, w.shape[2:], s, p)
    return dx, dw, dy.sum(axis=(0, 2, 3))


def _im2col(x, kh, kw, stride, pad):
    from .kernels import im2col_reference
    return im2col_reference(x, (kh, kw), (stride, stride), (pad, pad))


def _col2im(cols, x_shape, kh, kw, stride, pad):
    from .kernels import col2im_reference
    return col2im_reference(cols, tuple(x_shape), (kh, kw), (stride, stride), (pad, pad))


def _relu_forward(x):
    from .kernels import relu_forward_reference
    return relu_forward_reference(x)


def _relu_backward(dy, y):
    from .kernels import relu_backward_reference
    return relu_backward_reference(dy, y)


def _maxpool_forward(x):
    from .kernels import maxpool_forward_reference
    return maxpool_forward_reference(x, 2, 2)[0]


def _maxpool_backward(dy, x):
    from .kernels import maxpool_backward_reference, maxpool_forward_reference
    return maxpool_backward_reference(dy, maxpool_forward_reference(x, 2, 2)[1], x.shape)


def _up_forward(x, w, b):
    """2x2 stride-2 transposed convolution: the input gradient of a 2x2 stride-2 convolution
    whose weight (O=C_in, C=C_out, 2, 2) is ``w``."""
    from .conv import conv2d_input_grad_im2col
    n, c, h, wd = x.shape
    y = conv2d_input_grad_im2col(x, w, (n, w.shape[1], 2 * h, 2 * wd), (2, 2), (0, 0))
    return y + b.reshape(1, -1, 1, 1)


def _up_backward(x, w, dy):
    from .conv import conv2d_forward_im2col, conv2d_weight_grad_im2col
    dx = conv2d_forward_im2col(dy, w, (2, 2), (0, 0))
    dw = conv2d_weight_grad_im2col(dy, x, (2, 2), (2, 2), (0, 0))
    return dx, dw, dy.sum(axis=(0, 2, 3))


def _concat_forward(a, b):
    return np.concatenate([a, b], axis=1)


def _concat_backward(dy, channels_a):
    return dy[:, :channels_a], dy[:, channels_a:]


def _bce(logits, targets):
    from .losses import bce_with_logits
    return bce_with_logits(logits, targets)


def _dice(logits, targets):
    from .losses import soft_dice_loss
    return soft_dice_loss(logits, targets)


def _adam(p, g, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    p = p - lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps)
    return p, m, v


def _receptive_field(depth):
    from .unet import UNet
    return UNet(depth=depth, base_filters=1).receptive_field_size


def _holm(p_values):
    from .experiment.stats import holm
    return holm(p_values)[0]


def _holm_cases(rng):
    return [("four p-values", (np.array([0.01, 0.04, 0.03, 0.005]),)),
            ("ties and values near 1", (np.array([0.02, 0.02, 0.5, 0.9, 0.001]),)),
            ("random, 12 comparisons", (rng.random(12) ** 3,))]


def _bonferroni(p_values):
    return np.minimum(1.0, len(p_values) * np.asarray(p_values))


def _holm_not_monotone(p_values):
    p = np.asarray(p_values)
    order = np.argsort(p, kind="stable")
    out = np.empty(len(p))
    out[order] = np.minimum(1.0, (len(p) - np.arange(len(p))) * p[order])
    return out


def _holm_sorted(p_values):
    return np.sort(_holm(p_values))


def _erf(net, x, pixel):
    from .receptive import effective_receptive_field
    return effective_receptive_field(net, x, pixel)


# ---------------------------------------------------------------------------------------------
# exercises, cases and mistakes
# ---------------------------------------------------------------------------------------------

@dataclass
class Mistake:
    """A common mistake: ``wrong(*args)`` returns what a learner who made it would return."""
    name: str
    hint: str
    wrong: Callable


@dataclass
class Exercise:
    name: str
    chapter: str
    signature: str
    reference: Callable
    cases: Callable                    # rng -> [(label, args)]
    mistakes: list = field(default_factory=list)
    gradient: Callable | None = None   # (fn, rng) -> [(label, error)] float64 checks
    rtol: float = 1e-6
    atol: float = 1e-8


def _r(rng, *shape):
    return rng.standard_normal(shape)


def _conv_cases(rng):
    return [("3x3, padding 1, batch 2", (_r(rng, 2, 3, 5, 6), _r(rng, 4, 3, 3, 3), _r(rng, 4),
                                         1, 1)),
            ("3x3, stride 2, no padding, odd size", (_r(rng, 1, 2, 7, 7), _r(rng, 3, 2, 3, 3),
                                                    _r(rng, 3), 2, 0)),
            ("2x2, stride 2", (_r(rng, 3, 2, 4, 6), _r(rng, 2, 2, 2, 2), _r(rng, 2), 2, 0)),
            ("1x1", (_r(rng, 2, 4, 3, 3), _r(rng, 5, 4, 1, 1), _r(rng, 5), 1, 0))]


def _conv_backward_cases(rng):
    out = []
    for label, (x, w, b, s, p) in _conv_cases(rng):
        dy = _r(rng, *_conv_forward(x, w, b, s, p).shape)
        out.append((label, (x, w, dy, s, p)))
    return out


def _flip(w):
    return w[:, :, ::-1, ::-1]


def _wrong_bias_axes(x, w, dy, s, p):
    dx, dw, _ = _conv_backward(x, w, dy, s, p)
    return dx, dw, dy.sum(axis=(2, 3))


def _im2col_cases(rng):
    return [("3x3, padding 1", (_r(rng, 2, 3, 5, 4), 3, 3, 1, 1)),
            ("2x2, stride 2", (_r(rng, 1, 2, 4, 6), 2, 2, 2, 0)),
            ("3x2, stride 2, padding 1, odd size", (_r(rng, 2, 2, 5, 5), 3, 2, 2, 1))]


def _col2im_cases(rng):
    out = []
    for label, (x, kh, kw, s, p) in _im2col_cases(rng):
        cols = _r(rng, *_im2col(x, kh, kw, s, p).shape)
        out.append((label, (cols, x.shape, kh, kw, s, p)))
    return out


def _swap_channel_and_tap(x, kh, kw, s, p):
    cols = _im2col(x, kh, kw, s, p)
    n, rows, length = cols.shape
    c = x.shape[1]
    return cols.reshape(n, c, kh * kw, length).transpose(0, 2, 1, 3).reshape(n, rows, length)


def _col2im_overwrite(cols, x_shape, kh, kw, s, p):
    n, c, h, w = x_shape
    oh, ow = (h + 2 * p - kh) // s + 1, (w + 2 * p - kw) // s + 1
    xp = np.zeros((n, c, h + 2 * p, w + 2 * p))
    for ch in range(c):
        for i in range(kh):
            for j in range(kw):
                xp[:, ch, i:i + s * oh:s, j:j + s * ow:s] = \
                    cols[:, (ch * kh + i) * kw + j].reshape(n, oh, ow)
    return xp[:, :, p:p + h, p:p + w]


def _relu_cases(rng):
    x = _r(rng, 2, 3, 4, 5)
    x[0, 0, 0, :3] = 0.0                      # exact zeros: the derivative there is 0
    return [("random with zeros", (x,)), ("all negative", (-np.abs(_r(rng, 1, 2, 3, 3)),))]


def _relu_backward_cases(rng):
    return [(label, (_r(rng, *x.shape), _relu_forward(x))) for label, (x,) in _relu_cases(rng)]


def _pool_cases(rng):
    ties = np.zeros((1, 1, 4, 4))
    ties[0, 0, :2, :2] = 1.0                  # a window whose 4 entries tie
    ties[0, 0, 2, 3] = ties[0, 0, 3, 3] = 2.0  # two of 4 tie
    return [("random, batch 2", (_r(rng, 2, 3, 6, 4),)), ("ties", (ties,)),
            ("odd size (the last row and column are dropped)", (_r(rng, 1, 2, 5, 7),))]


def _pool_backward_cases(rng):
    return [(label, (_r(rng, *_maxpool_forward(x).shape), x))
            for label, (x,) in _pool_cases(rng)]


def _pool_windows(dy, x, pick):
    n, c, h, w = x.shape
    dx = np.zeros_like(x)
    for oy in range(dy.shape[2]):
        for ox in range(dy.shape[3]):
            win = x[:, :, 2 * oy:2 * oy + 2, 2 * ox:2 * ox + 2]
            share = pick(win)
            dx[:, :, 2 * oy:2 * oy + 2, 2 * ox:2 * ox + 2] += share * dy[:, :, oy:oy + 1,
                                                                          ox:ox + 1]
    return dx


def _pool_all_ties(dy, x):
    return _pool_windows(dy, x, lambda win: (win == win.max(axis=(2, 3), keepdims=True)))


def _pool_spread(dy, x):
    return _pool_windows(dy, x, lambda win: np.full(win.shape, 0.25))


def _pool_last_max(dy, x):
    def last(win):
        n, c = win.shape[:2]
        flat = win.reshape(n, c, 4)
        k = 3 - flat[:, :, ::-1].argmax(axis=2)
        out = np.zeros_like(flat)
        np.put_along_axis(out, k[..., None], 1.0, axis=2)
        return out.reshape(win.shape)
    return _pool_windows(dy, x, last)


def _up_cases(rng):
    return [("batch 2, 4 -> 2 channels", (_r(rng, 2, 4, 3, 5), _r(rng, 4, 2, 2, 2), _r(rng, 2))),
            ("1 x 1 map", (_r(rng, 1, 3, 1, 1), _r(rng, 3, 5, 2, 2), _r(rng, 5)))]


def _up_backward_cases(rng):
    return [(label, (x, w, _r(rng, *_up_forward(x, w, b).shape)))
            for label, (x, w, b) in _up_cases(rng)]


def _concat_cases(rng):
    return [("2 + 2 channels, batch 2", (_r(rng, 2, 2, 4, 4), _r(rng, 2, 2, 4, 4))),
            ("3 + 2 channels", (_r(rng, 2, 3, 4, 4), _r(rng, 2, 2, 4, 4))),
            ("1 + 4 channels", (_r(rng, 1, 1, 2, 3), _r(rng, 1, 4, 2, 3)))]


def _concat_backward_cases(rng):
    return [("3 + 2 channels", (_r(rng, 2, 5, 4, 4), 3)),
            ("1 + 4 channels", (_r(rng, 1, 5, 2, 3), 1))]


def _loss_cases(rng):
    t = (rng.random((2, 1, 4, 5)) > 0.5).astype(np.float64)
    empty = np.zeros((1, 1, 3, 3))
    return [("batch 2", (_r(rng, 2, 1, 4, 5) * 2, t)), ("large logits", (_r(rng, 2, 1, 4, 5) * 30,
                                                                           t)),
            ("an empty target", (_r(rng, 1, 1, 3, 3), empty))]


def _bce_sum(logits, targets):
    loss, grad = _bce(logits, targets)
    return loss, grad * logits.size


def _bce_sigmoid_only(logits, targets):
    from .losses import sigmoid
    loss, _ = _bce(logits, targets)
    return loss, sigmoid(logits) / logits.size


def _dice_batch_as_one(logits, targets):
    from .losses import sigmoid
    p = sigmoid(logits)
    inter, total = (p * targets).sum(), p.sum() + targets.sum() + 1.0
    loss = 1.0 - (2 * inter + 1.0) / total
    grad = -(2 * targets * total - (2 * inter + 1.0)) / total ** 2 * p * (1 - p)
    return float(loss), grad


def _dice_no_sigmoid_derivative(logits, targets):
    from .losses import sigmoid
    loss, _ = _dice(logits, targets)
    n = len(logits)
    p = sigmoid(logits)
    axes = tuple(range(1, logits.ndim))
    shape = (n,) + (1,) * (logits.ndim - 1)
    inter = (p * targets).sum(axis=axes).reshape(shape)
    total = (p.sum(axis=axes) + targets.sum(axis=axes) + 1.0).reshape(shape)
    return loss, -(2 * targets * total - (2 * inter + 1.0)) / total ** 2 / n


def _adam_cases(rng):
    def one(t):
        p, g = _r(rng, 3, 4), _r(rng, 3, 4)
        m, v = _r(rng, 3, 4) * 0.1, np.abs(_r(rng, 3, 4)) * 0.01
        return (p, g, m, v, t, 1e-2, 0.9, 0.999, 1e-8)
    zeros = (_r(rng, 5), _r(rng, 5), np.zeros(5), np.zeros(5), 1, 1e-3, 0.9, 0.999, 1e-8)
    tiny = (_r(rng, 5), 1e-5 * _r(rng, 5), np.zeros(5), np.zeros(5), 1, 1e-3, 0.9, 0.999, 1e-8)
    return [("first step from zero moments", zeros), ("step 3", one(3)), ("step 50", one(50)),
            ("tiny gradients (where eps matters)", tiny)]


def _adam_no_correction(p, g, m, v, t, lr, b1, b2, eps):
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    return p - lr * m / (np.sqrt(v) + eps), m, v


def _adam_g_not_squared(p, g, m, v, t, lr, b1, b2, eps):
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * np.abs(g)
    return p - lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps), m, v


def _adam_eps_inside(p, g, m, v, t, lr, b1, b2, eps):
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    return p - lr * (m / (1 - b1 ** t)) / np.sqrt(v / (1 - b2 ** t) + eps), m, v


def _rf_cases(rng):
    return [(f"depth {d}", (d,)) for d in (1, 2, 3, 4, 5)]


def _rf_encoder_only(depth):
    """The bottleneck's field: the decoder's convolutions forgotten."""
    rf, jump = 1, 1
    for _ in range(depth):
        rf += 4 * jump
        rf += jump
        jump *= 2
    return rf + 4 * jump


def _rf_upconv_widens(depth):
    return _receptive_field(depth) + (2 ** depth - 1)


def _rf_no_jump(depth):
    """Every 3x3 convolution adds 2 pixels and every pool 1, as if pooling did not double the
    step."""
    return 1 + 2 * (4 * depth + 2) + depth


def _erf_cases(rng):
    from .layers import Conv2d, Sequential
    from .unet import UNet
    conv = Conv2d(1, 1, 3, padding=1, rng=np.random.default_rng(1), dtype=np.float64)
    stack = Sequential([("a", Conv2d(1, 2, 3, padding=1, rng=np.random.default_rng(2),
                                      dtype=np.float64, activation="relu")),
                        ("b", Conv2d(2, 1, 3, padding=1, rng=np.random.default_rng(3),
                                     dtype=np.float64))])
    net = UNet(depth=2, base_filters=2, seed=0).to(np.float64)
    return [("one 3x3 convolution", (conv, _r(rng, 2, 1, 9, 9), (4, 4))),
            ("two convolutions with a ReLU, off-centre", (stack, _r(rng, 3, 1, 11, 11), (3, 6))),
            ("a U-Net of depth 2", (net, _r(rng, 2, 1, 16, 16), (8, 8)))]


def _erf_of_sum(net, x, pixel):
    """The gradient of the sum of all outputs: every output pixel at once."""
    from .receptive import backward_of

    def ones(y):
        dy = np.zeros_like(y)
        dy[:, 0] = 1.0
        return dy
    return np.abs(backward_of(net, x, ones)).sum(axis=(0, 1)) / len(x)


def _erf_signed(net, x, pixel):
    from .receptive import backward_of

    def one_hot(y):
        dy = np.zeros_like(y)
        dy[:, 0, pixel[0], pixel[1]] = 1.0
        return dy
    return backward_of(net, x, one_hot).sum(axis=(0, 1)) / len(x)


# -- gradient checks of a learner's backward against their forward (float64) -------------------

def _numeric(f, x, h=1e-6):
    from .gradcheck import numerical_gradient
    return numerical_gradient(f, x, h)


def _forward_of(name, reference):
    """The learner's own forward pass when their module is being checked, else the library's."""
    return _learner_forward.get(name, reference)


def _against_numeric(forward, arrays: dict, dy, grads: dict):
    """[(name, relative error)] of each analytic gradient in ``grads`` against central
    differences of sum(forward() * dy) with respect to the array of the same name."""
    return [(f"d{name}", _rel(grads[name], _numeric(lambda: float((forward() * dy).sum()),
                                                     arrays[name])))
            for name in grads]


def _gradcheck_conv(fn, rng):
    forward = _forward_of("conv_forward", _conv_forward)
    x, w, b = _r(rng, 2, 2, 5, 4), _r(rng, 3, 2, 3, 3), _r(rng, 3)
    dy = _r(rng, *forward(x, w, b, 1, 1).shape)
    dx, dw, db = fn(x, w, dy, 1, 1)
    return _against_numeric(lambda: forward(x, w, b, 1, 1), dict(x=x, w=w, b=b), dy,
                            dict(x=dx, w=dw, b=db))


def _gradcheck_relu(fn, rng):
    forward = _forward_of("relu_forward", _relu_forward)
    x = _r(rng, 2, 3, 4, 4)
    x[np.abs(x) < 0.05] = 0.5                 # away from the kink, where h could cross it
    dy = _r(rng, *x.shape)
    return _against_numeric(lambda: forward(x), dict(x=x), dy, dict(x=fn(dy, forward(x))))


def _gradcheck_pool(fn, rng):
    forward = _forward_of("maxpool_forward", _maxpool_forward)
    x = rng.permutation(2 * 2 * 6 * 6).reshape(2, 2, 6, 6) * 0.1   # distinct: no ties
    dy = _r(rng, *forward(x).shape)
    return _against_numeric(lambda: forward(x), dict(x=x), dy, dict(x=fn(dy, x)))


def _gradcheck_up(fn, rng):
    forward = _forward_of("up_forward", _up_forward)
    x, w, b = _r(rng, 2, 3, 3, 2), _r(rng, 3, 2, 2, 2), _r(rng, 2)
    dy = _r(rng, *forward(x, w, b).shape)
    dx, dw, db = fn(x, w, dy)
    return _against_numeric(lambda: forward(x, w, b), dict(x=x, w=w, b=b), dy,
                            dict(x=dx, w=dw, b=db))


def _gradcheck_concat(fn, rng):
    forward = _forward_of("concat_forward", _concat_forward)
    a, b = _r(rng, 2, 3, 2, 2), _r(rng, 2, 2, 2, 2)
    dy = _r(rng, 2, 5, 2, 2)
    da, db = fn(dy, 3)
    return _against_numeric(lambda: forward(a, b), dict(a=a, b=b), dy, dict(a=da, b=db))


def _gradcheck_loss(fn, rng):
    z = _r(rng, 2, 1, 3, 4)
    t = (rng.random(z.shape) > 0.5).astype(np.float64)
    _, grad = fn(z, t)
    return [("dlogits", _rel(grad, _numeric(lambda: float(fn(z, t)[0]), z)))]


def _rel(a, b):
    from .gradcheck import relative_error
    return relative_error(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64))


EXERCISES: dict[str, Exercise] = {e.name: e for e in sorted([
    Exercise("conv_forward", "1", "conv_forward(x, w, b, stride, pad) -> y", _conv_forward,
             _conv_cases, [
                 Mistake("kernel flipped", "deep-learning 'convolution' is a cross-correlation: "
                         "y[n, o, i, j] = sum w[o, c, u, v] x[n, c, s*i + u, s*j + v], with no "
                         "flip of w", lambda x, w, b, s, p: _conv_forward(x, _flip(w), b, s, p)),
                 Mistake("bias missing", "add b[o] to every pixel of output channel o",
                         lambda x, w, b, s, p: _conv_forward(x, w, 0 * b, s, p)),
                 Mistake("stride ignored", "output pixel (i, j) reads the window at (s*i, "
                         "s*j): Ho = (H + 2 pad - kh) // s + 1",
                         lambda x, w, b, s, p: _conv_forward(x, w, b, 1, p) if s > 1 else None),
             ]),
    Exercise("im2col", "1", "im2col(x, kh, kw, stride, pad) -> cols (N, C*kh*kw, Ho*Wo)", _im2col,
             _im2col_cases, [
                 Mistake("channel and kernel tap swapped", "row (c * kh + i) * kw + j holds "
                         "channel c at tap (i, j): the channel is the slowest index",
                         _swap_channel_and_tap),
                 Mistake("padding ignored", "pad x by `pad` zeros on every side before cutting "
                         "windows (np.pad on the last two axes)",
                         lambda x, kh, kw, s, p: _im2col(x, kh, kw, s, 0)),
             ]),
    Exercise("col2im", "1", "col2im(cols, x_shape, kh, kw, stride, pad) -> x", _col2im,
             _col2im_cases, [
                 Mistake("overlaps overwritten", "windows overlap: add (+=) every column entry "
                         "into the image, so a pixel in k windows gets the sum of k entries",
                         _col2im_overwrite),
                 Mistake("padding not cropped", "col2im works on the padded image; return "
                         "xp[:, :, pad:pad+H, pad:pad+W]",
                         lambda cols, xs, kh, kw, s, p: _col2im(
                             cols, (xs[0], xs[1], xs[2] + 2 * p, xs[3] + 2 * p), kh, kw, s, 0)),
             ]),
    Exercise("conv_backward", "1", "conv_backward(x, w, dy, stride, pad) -> (dx, dw, db)",
             _conv_backward, _conv_backward_cases, [
                 Mistake("weight gradient transposed", "dw has w's shape (O, C, kh, kw): "
                         "dw[o, c] pairs output channel o with input channel c",
                         lambda x, w, dy, s, p: (lambda r: (r[0], r[1].transpose(1, 0, 2, 3),
                                                            r[2]))(_conv_backward(x, w, dy, s,
                                                                                  p))),
                 Mistake("kernel not flipped in the input gradient", "dx is a 'full' "
                         "convolution of dy with w flipped in space (w[:, :, ::-1, ::-1]) and "
                         "transposed in channels; or scatter w * dy back window by window",
                         lambda x, w, dy, s, p: (_conv_backward(x, _flip(w), dy, s, p)[0],
                                                 *_conv_backward(x, w, dy, s, p)[1:])),
                 Mistake("gradient not summed over the batch", "every image contributes to dw "
                         "and db: sum over n (not the mean, not the first image)",
                         lambda x, w, dy, s, p: (lambda r: (r[0], r[1] / len(x),
                                                            r[2] / len(x)))(
                             _conv_backward(x, w, dy, s, p))),
                 Mistake("bias gradient over the wrong axes", "db[o] = sum of dy[:, o] over the "
                         "batch and both pixel axes: dy.sum(axis=(0, 2, 3))", _wrong_bias_axes),
             ], gradient=_gradcheck_conv),
    Exercise("relu_forward", "0", "relu_forward(x) -> y", _relu_forward, _relu_cases, [
        Mistake("absolute value", "ReLU keeps positives and sets negatives to 0: "
                "np.maximum(x, 0)", lambda x: np.abs(x)),
        Mistake("negatives kept", "ReLU sets negatives to 0, not the positives",
                lambda x: np.minimum(x, 0)),
    ]),
    Exercise("relu_backward", "0", "relu_backward(dy, y) -> dx", _relu_backward,
             _relu_backward_cases, [
                 Mistake("gradient passed everywhere", "dx = dy where the output was positive "
                         "(y > 0), 0 elsewhere", lambda dy, y: dy.copy()),
                 Mistake("mask taken from dy", "the mask is where the forward pass let the "
                         "input through: y > 0, not dy > 0",
                         lambda dy, y: dy * (dy > 0)),
                 Mistake("y used as the gradient", "multiply dy by the mask (y > 0), not by y",
                         lambda dy, y: dy * y),
             ], gradient=_gradcheck_relu),
    Exercise("maxpool_forward", "2", "maxpool_forward(x) -> y (2x2 windows, stride 2)",
             _maxpool_forward, _pool_cases, [
                 Mistake("average instead of maximum", "each output is the largest of its 4 "
                         "inputs", lambda x: _avg_pool(x)),
                 Mistake("overlapping windows", "windows step by 2 (stride 2): output (i, j) "
                         "reads rows 2i, 2i+1 and columns 2j, 2j+1",
                         lambda x: _overlapping_pool(x)),
             ]),
    Exercise("maxpool_backward", "2", "maxpool_backward(dy, x) -> dx (2x2, stride 2; a tie goes "
             "to the first maximum in row-major order)", _maxpool_backward,
             _pool_backward_cases, [
                 Mistake("tie credited twice", "when several inputs tie for the maximum, only "
                         "one (the first in row-major order, as argmax picks) receives dy",
                         _pool_all_ties),
                 Mistake("gradient spread over the window", "max-pooling's derivative is 1 at "
                         "the maximum and 0 elsewhere: route dy to the winner, do not share it",
                         _pool_spread),
                 Mistake("tie credited to the last maximum", "take the first maximum in "
                         "row-major order (np.argmax), as the forward pass's argmax does",
                         _pool_last_max),
             ], gradient=_gradcheck_pool),
    Exercise("up_forward", "3", "up_forward(x, w, b) -> y (2x2 stride-2 transposed convolution; "
             "w (C_in, C_out, 2, 2))", _up_forward, _up_cases, [
                 Mistake("kernel taps swapped", "tap (u, v) of w[c, o] lands at output (2i+u, "
                         "2j+v): y[n, o, 2i+u, 2j+v] = sum_c x[n, c, i, j] w[c, o, u, v]",
                         lambda x, w, b: _up_forward(x, w.transpose(0, 1, 3, 2), b)),
                 Mistake("bias missing", "add b[o] to every output pixel of channel o",
                         lambda x, w, b: _up_forward(x, w, 0 * b)),
             ]),
    Exercise("up_backward", "3", "up_backward(x, w, dy) -> (dx, dw, db)", _up_backward,
             _up_backward_cases, [
                 Mistake("gradient not summed over the batch", "sum dw and db over every image",
                         lambda x, w, dy: (lambda r: (r[0], r[1] / len(x), r[2] / len(x)))(
                             _up_backward(x, w, dy))),
                 Mistake("bias gradient over the wrong axes", "db[o] = dy[:, o].sum() over the "
                         "batch and both pixel axes",
                         lambda x, w, dy: (*_up_backward(x, w, dy)[:2], dy.sum(axis=(2, 3)))),
             ], gradient=_gradcheck_up),
    Exercise("concat_forward", "4", "concat_forward(a, b) -> y (channels of a, then of b)",
             _concat_forward, _concat_cases, [
                 Mistake("order swapped", "the up-sampled map comes first, the skip second: "
                         "np.concatenate([a, b], axis=1)", lambda a, b: _concat_forward(b, a)),
                 Mistake("skip added instead of concatenated", "a U-Net stacks the two maps' "
                         "channels (C_a + C_b of them); adding them is a ResNet's skip",
                         lambda a, b: a + b),
             ]),
    Exercise("concat_backward", "4", "concat_backward(dy, channels_a) -> (da, db)",
             _concat_backward, _concat_backward_cases, [
                 Mistake("split swapped", "da is the first channels_a channels of dy",
                         lambda dy, k: (dy[:, dy.shape[1] - k:], dy[:, :dy.shape[1] - k])),
                 Mistake("split in half", "split at channels_a, not at the middle",
                         lambda dy, k: (dy[:, :dy.shape[1] // 2], dy[:, dy.shape[1] // 2:])),
             ], gradient=_gradcheck_concat),
    Exercise("bce_with_logits", "6", "bce_with_logits(logits, targets) -> (loss, dlogits)",
             _bce, _loss_cases, [
                 Mistake("gradient not divided by the element count", "the loss is a mean over "
                         "all N*H*W elements, so is its gradient: (sigmoid(z) - t) / z.size",
                         _bce_sum),
                 Mistake("target left out of the gradient", "d/dz of the mean BCE is (sigmoid"
                         "(z) - t) / z.size", _bce_sigmoid_only),
             ], gradient=_gradcheck_loss),
    Exercise("soft_dice", "6", "soft_dice(logits, targets) -> (loss, dlogits) (1 - mean over "
             "images of (2 sum p t + 1) / (sum p + sum t + 1), p = sigmoid(z))", _dice,
             _loss_cases, [
                 Mistake("batch taken as one image", "compute a Dice per image (sums over its "
                         "own pixels), then average over the batch", _dice_batch_as_one),
                 Mistake("sigmoid's derivative left out", "the chain rule through p = sigmoid"
                         "(z) multiplies by p (1 - p)", _dice_no_sigmoid_derivative),
             ], gradient=_gradcheck_loss),
    Exercise("adam_step", "6", "adam_step(p, g, m, v, t, lr, beta1, beta2, eps) -> (p, m, v)",
             _adam, _adam_cases, [
                 Mistake("Adam without bias correction", "divide m by 1 - beta1**t and v by "
                         "1 - beta2**t before the update: early steps are otherwise too small",
                         _adam_no_correction),
                 Mistake("second moment of |g|", "v averages g squared: v = beta2 v + (1 - "
                         "beta2) g**2", _adam_g_not_squared),
                 Mistake("eps inside the square root", "p -= lr m_hat / (sqrt(v_hat) + eps)",
                         _adam_eps_inside),
             ]),
    Exercise("receptive_field", "5", "receptive_field(depth) -> int (two 3x3 convolutions per "
             "level, 2x2 pooling, 2x2 stride-2 up-convolutions, a 1x1 head)", _receptive_field,
             _rf_cases, [
                 Mistake("decoder left out", "the up path's convolutions widen the field too: "
                         "walk every layer to the logits", _rf_encoder_only),
                 Mistake("pooling's step ignored", "after each pooling one more pixel of the "
                         "map is 2**level input pixels: a 3x3 convolution adds 2 * jump",
                         _rf_no_jump),
                 Mistake("up-convolution counted as widening", "each output pixel of a 2x2 "
                         "stride-2 up-convolution reads exactly one input pixel: the field "
                         "stays, only the step (jump) halves", _rf_upconv_widens),
             ]),
    Exercise("effective_receptive_field", "7", "effective_receptive_field(net, x, pixel) -> "
             "(H, W): the mean over images of |d out[n, 0, pixel] / d x[n]|, summed over input "
             "channels", _erf, _erf_cases, [
                 Mistake("gradient of the sum", "put the one-hot gradient at one output pixel "
                         "only; a gradient of 1 everywhere measures every pixel at once",
                         _erf_of_sum),
                 Mistake("signed gradient", "average the absolute value |dx|: positive and "
                         "negative contributions must not cancel", _erf_signed),
             ], rtol=1e-6, atol=1e-10),
    Exercise("holm_adjust", "8", "holm_adjust(p_values) -> adjusted p-values (Holm's step-down, "
             "in the input order)", _holm, _holm_cases, [
                 Mistake("Bonferroni instead of Holm", "Holm multiplies the i-th smallest "
                         "p-value by m - i + 1 (1-based), not every one by m",
                         _bonferroni),
                 Mistake("running maximum left out", "an adjusted p-value may not be smaller "
                         "than the one before it in sorted order: take the running maximum "
                         "(np.maximum.accumulate)", _holm_not_monotone),
                 Mistake("order not restored", "return the adjusted p-values in the order the "
                         "p-values came in, not sorted", _holm_sorted),
             ]),
], key=lambda e: e.chapter)}      # in the order the chapters teach them


def _avg_pool(x):
    n, c, h, w = x.shape
    x = x[:, :, :h // 2 * 2, :w // 2 * 2]
    return x.reshape(n, c, h // 2, 2, w // 2, 2).mean(axis=(3, 5))


def _overlapping_pool(x):
    n, c, h, w = x.shape
    out = np.empty((n, c, h - 1, w - 1))
    for i in range(h - 1):
        for j in range(w - 1):
            out[:, :, i, j] = x[:, :, i:i + 2, j:j + 2].max(axis=(2, 3))
    return out


# ---------------------------------------------------------------------------------------------
# running a check
# ---------------------------------------------------------------------------------------------


@dataclass
class Result:
    exercise: str
    passed: bool
    message: str                 # one paragraph: what failed, where, the hint
    mistake: str | None = None   # the recognised mistake's name, if any

    def __bool__(self):
        return self.passed


def _as_tuple(out):
    return out if isinstance(out, tuple) else (out,)


def _close(got, want, rtol, atol) -> tuple[bool, str]:
    """Whether two outputs agree; if not, a line naming the first wrong element."""
    got_t, want_t = _as_tuple(got), _as_tuple(want)
    if len(got_t) != len(want_t):
        return False, f"returned {len(got_t)} value(s), expected {len(want_t)}"
    for k, (g, w) in enumerate(zip(got_t, want_t)):
        which = f"output {k + 1}: " if len(want_t) > 1 else ""
        if np.isscalar(w) or np.ndim(w) == 0:
            if g is None or not np.isscalar(g) and np.ndim(g) != 0:
                return False, f"{which}expected a number, got {type(g).__name__}"
            if not math.isclose(float(g), float(w), rel_tol=rtol, abs_tol=atol):
                return False, f"{which}got {float(g):.6g}, expected {float(w):.6g}"
            continue
        g = np.asarray(g) if g is not None else None
        if g is None or g.shape != np.shape(w):
            shape = None if g is None else g.shape
            return False, f"{which}shape {shape}, expected {np.shape(w)}"
        bad = ~np.isclose(g, w, rtol=rtol, atol=atol)
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            return False, (f"{which}first wrong element at index {idx}: yours {g[idx]:.6g}, "
                           f"expected {w[idx]:.6g} ({int(bad.sum())} of {bad.size} differ)")
    return True, ""


def _copy(args):
    return tuple(a.copy() if isinstance(a, np.ndarray) else a for a in args)


def _learner_lines(exc: BaseException, learner_file: str | None) -> str:
    """The traceback frames in the learner's own file (all frames outside this module when the
    file is unknown), then the exception's line."""
    frames = traceback.extract_tb(exc.__traceback__)
    here = str(Path(__file__).resolve())
    keep = [f for f in frames if (learner_file and Path(f.filename).resolve()
                                  == Path(learner_file).resolve())
            or (not learner_file and str(Path(f.filename).resolve()) != here)]
    lines = "".join(traceback.format_list(keep or frames[-1:]))
    return lines + f"{type(exc).__name__}: {exc}"


def check(name: str, fn: Callable, learner_file: str | None = None, seed: int = 0,
          verbose: bool = True, progress: Path | None = None) -> Result:
    """Check the learner's ``fn`` for exercise ``name``; print and return a :class:`Result`."""
    if name not in EXERCISES:
        raise ValueError(f"no exercise {name!r}; the exercises are: {', '.join(EXERCISES)}")
    ex = EXERCISES[name]
    result = _run(ex, fn, learner_file, seed)
    if verbose:
        print(("PASS " if result.passed else "FAIL ") + f"{name}: {result.message}")
    if progress is not False:
        _remember(progress or _progress_path(learner_file), name, result.passed)
    return result


def _made(mistake: Mistake, fn, args, ex: Exercise, got=None) -> bool:
    """Whether the learner's answer on ``args`` (``got``, or computed) is the mistake's."""
    try:
        wrong = mistake.wrong(*_copy(args))
        got = fn(*_copy(args)) if got is None else got
    except Exception:          # noqa: BLE001 - the mistake does not apply, or the learner raised
        return False
    return wrong is not None and _close(got, wrong, ex.rtol, ex.atol)[0]


def _run(ex: Exercise, fn: Callable, learner_file, seed) -> Result:
    rng = np.random.default_rng(seed)
    cases = ex.cases(rng)
    for label, args in cases:
        want = ex.reference(*_copy(args))
        try:
            got = fn(*_copy(args))
        except NotImplementedError:
            return Result(ex.name, False, "not implemented yet (the stub still raises "
                          "NotImplementedError)")
        except Exception as exc:   # noqa: BLE001 - the learner's error, shown in their lines
            return Result(ex.name, False, f"case '{label}' raised an error in your code:\n"
                          + _learner_lines(exc, learner_file))
        ok, why = _close(got, want, ex.rtol, ex.atol)
        if ok:
            continue
        matches = [m for m in ex.mistakes if _made(m, fn, args, ex, got)]
        # two mistakes can give the same answer on one case: prefer the one that explains the
        # learner's answers on every case
        whole = [m for m in matches if all(_made(m, fn, a, ex) for _, a in cases)]
        if matches:
            mistake = (whole or matches)[0]
            return Result(ex.name, False, f"case '{label}': {why}. This looks like "
                          f"'{mistake.name}': {mistake.hint}", mistake.name)
        return Result(ex.name, False, f"case '{label}': {why}")
    if ex.gradient is not None:
        try:
            errors = ex.gradient(fn, np.random.default_rng(seed + 1))
        except NotImplementedError:     # the learner's forward pass is still a stub: use ours
            saved = dict(_learner_forward)
            _learner_forward.clear()
            try:
                errors = ex.gradient(fn, np.random.default_rng(seed + 1))
            finally:
                _learner_forward.update(saved)
        except Exception as exc:        # noqa: BLE001 - their forward raised: their lines
            return Result(ex.name, False, "the gradient check runs your forward pass, which "
                          "raised:\n" + _learner_lines(exc, learner_file))
        for what, error in errors:
            if not error < 1e-6:
                return Result(ex.name, False, f"{what} disagrees with central differences of "
                              f"your forward pass (relative error {error:.2e})")
    return Result(ex.name, True, f"all {len(cases)} cases agree with the reference"
                  + (" and the gradient check passes" if ex.gradient else ""))


# ---------------------------------------------------------------------------------------------
# progress and the learner's module
# ---------------------------------------------------------------------------------------------

def _progress_path(learner_file) -> Path:
    return (Path(learner_file).resolve().parent if learner_file else Path.cwd()) / PROGRESS_FILE


def _remember(path: Path, name: str, passed: bool) -> None:
    try:
        done = json.loads(path.read_text()) if path.exists() else {}
    except ValueError:
        done = {}
    done[name] = bool(passed)
    write_text_atomically(path, json.dumps(done, indent=2, sort_keys=True))


def progress_table(path: Path) -> str:
    done = json.loads(path.read_text()) if path.exists() else {}
    lines = [f"{'exercise':<28}{'chapter':>8}  status"]
    for name, ex in EXERCISES.items():
        status = {True: "passed", False: "tried, not passed"}.get(done.get(name), "not tried")
        lines.append(f"{name:<28}{ex.chapter:>8}  {status}")
    passed = sum(1 for v in done.values() if v)
    lines.append(f"{passed} of {len(EXERCISES)} exercises passed")
    return "\n".join(lines)


def load_module(path):
    """Import the learner's file as a module (a fresh import each time)."""
    import importlib.util
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"--file {path} does not exist")
    spec = importlib.util.spec_from_file_location(f"learner_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_module(module, names=None, learner_file=None, verbose=True) -> dict[str, Result]:
    """Check every exercise (or ``names``) that ``module`` defines a function for."""
    results = {}
    _learner_forward.clear()
    for forward in ("conv_forward", "relu_forward", "maxpool_forward", "up_forward",
                    "concat_forward"):
        if callable(getattr(module, forward, None)):
            _learner_forward[forward] = getattr(module, forward)
    for name in names or EXERCISES:
        fn = getattr(module, name, None)
        if fn is None:
            if verbose:
                print(f"SKIP {name}: {getattr(module, '__name__', 'the module')} has no "
                      f"function {name}")
            continue
        results[name] = check(name, fn, learner_file, verbose=verbose)
    return results


__all__ = ["EXERCISES", "Exercise", "Mistake", "Result", "check", "check_module",
           "load_module", "progress_table"]
