"""Layers with hand-written forward and backward passes.

The contract every layer keeps (CS231n style):

* ``y = layer.forward(x)`` computes the output and keeps what ``backward`` needs (its *cache*).
* ``dx = layer.backward(dy)`` takes dL/dy, returns dL/dx, and **adds** the parameter gradients
  dL/dθ into ``layer.grads[name]`` (accumulation, like PyTorch; an optimiser's ``zero_grad``
  clears them). It uses up the cache, so memory is freed as the backward pass goes: one
  backward per forward, as in PyTorch. Inside ``with inference():`` a forward keeps nothing
  (PyTorch's ``no_grad``), so each map can go as soon as the next layer has read it.
* ``layer.parameters()`` yields ``(name, value, grad)`` triples of the arrays themselves; an
  optimiser updates ``value`` in place.

Tensors are NCHW; weights use PyTorch's layouts (Conv2d ``(C_out, C_in, kh, kw)``,
ConvTranspose2d ``(C_in, C_out, kh, kw)``). A layer computes in the dtype of its input: float32
for training, float64 for gradient checks (see :meth:`Layer.to`).
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

import numpy as np

from . import kernels, workspace
from .kernels import input_shape
from .conv import (conv2d_backward, conv2d_forward, conv2d_weight_grad,
                   choose_path, conv_transpose2d_forward, scratch_elements)
from .losses import sigmoid  # ground-floor helper, shared with the losses

_keep_for_backward: ContextVar[bool] = ContextVar("tinyunet_keep_for_backward", default=True)


@contextmanager
def inference():
    """``with inference():`` forward passes keep nothing for backward (this thread or task
    only), like PyTorch's ``torch.no_grad()``: a prediction then holds a few maps at a time
    instead of every layer's input, and a backward after such a forward raises."""
    token = _keep_for_backward.set(False)
    try:
        yield
    finally:
        _keep_for_backward.reset(token)


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def _pair(value, name: str) -> tuple[int, int]:
    if isinstance(value, (int, np.integer)):
        value = (int(value), int(value))
    if (not isinstance(value, (tuple, list)) or len(value) != 2
            or not all(isinstance(v, (int, np.integer)) for v in value)):
        raise ValueError(f"{name} must be an int or a pair of ints, got {value!r}")
    return int(value[0]), int(value[1])


def as_rng(rng) -> np.random.Generator:
    """``None`` -> fresh generator, ``int`` -> seeded generator, ``Generator`` -> itself."""
    if isinstance(rng, np.random.Generator):
        return rng
    return np.random.default_rng(rng)


def check_input(x, where: str, channels: int | None = None, rank: int = 4) -> None:
    """Raise a ValueError naming what is wrong with ``x`` (type, dtype, rank, channel count)."""
    if not isinstance(x, np.ndarray):
        raise ValueError(f"{where}: expected a numpy array, got {type(x).__name__}")
    if x.dtype not in (np.float32, np.float64):
        hint = ("; convert it first, e.g. x.astype(np.float32)"
                if np.issubdtype(x.dtype, np.floating) else "")
        raise ValueError(f"{where}: expected a floating-point array of float32 or float64, "
                         f"got dtype {x.dtype}{hint}")
    if x.ndim != rank:
        layout = "(N, C, H, W)" if rank == 4 else f"rank {rank}"
        raise ValueError(f"{where}: expected a {rank}-D array {layout}, got shape {x.shape}")
    if channels is not None and x.shape[1] != channels:
        raise ValueError(f"{where}: expected {channels} input channels, got {x.shape[1]} "
                         f"(input shape {x.shape})")


def check_finite(x: np.ndarray, where: str) -> None:
    """Raise a ValueError if ``x`` holds NaN or infinity."""
    if not np.isfinite(x).all():
        bad = int(x.size - np.count_nonzero(np.isfinite(x)))
        raise ValueError(f"{where}: input holds {bad} non-finite value(s) (NaN or inf)")


def he_normal(shape, fan_in: float, rng: np.random.Generator, dtype=np.float32) -> np.ndarray:
    """He (Kaiming) initialisation for ReLU networks: N(0, 2 / fan_in)."""
    return (rng.standard_normal(shape) * math.sqrt(2.0 / fan_in)).astype(dtype)


# ---------------------------------------------------------------------------------------------
# base class
# ---------------------------------------------------------------------------------------------


class Layer:
    """Base of every layer and of composite modules (blocks, the U-Net).

    A leaf layer lists its parameter names in ``param_names`` and its non-trained state (e.g.
    running statistics) in ``buffer_names``; a composite one returns its sub-layers from
    :meth:`named_children`. One cache convention for every layer: ``forward`` keeps what
    ``backward`` needs in private attributes (``self._x``, ``self._y``, ``self._cache``, ...),
    and ``backward`` takes each of them with :meth:`_release`, which drops the layer's
    reference; a second backward without a new forward is an error. Names are joined with dots,
    so a whole model yields unique names such as ``down2.conv1.weight``.
    """

    param_names: tuple[str, ...] = ()
    buffer_names: tuple[str, ...] = ()

    def __init__(self):
        self.training = True
        self.grads: dict[str, np.ndarray] = {}

    # -- the contract -------------------------------------------------------------------------
    def forward(self, x):  # pragma: no cover - abstract
        raise NotImplementedError

    def backward(self, dy):  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, *args, **kwargs):
        return self.forward(*args, **kwargs)

    def _keep(self, name: str, value) -> None:
        """Keep ``value`` under ``name`` for backward, unless inside ``with inference():``."""
        setattr(self, name, value if _keep_for_backward.get() else None)

    def _release(self, name: str):
        """Hand back what forward kept under ``name`` and drop the layer's own reference, so the
        memory can go as the backward pass moves on (PyTorch frees its graph the same way): one
        backward per forward."""
        value = getattr(self, name, None)
        if value is None:
            raise RuntimeError(f"{type(self).__name__}.backward: call forward first (each backward "
                               "uses up what its forward kept, and a forward inside `with "
                               "inference():` keeps nothing)")
        setattr(self, name, None)
        return value

    # -- structure ----------------------------------------------------------------------------
    def named_children(self) -> list[tuple[str, "Layer"]]:
        return []

    def parameters(self, prefix: str = "") -> Iterator[tuple[str, np.ndarray, np.ndarray]]:
        """Yield ``(name, value, grad)`` for every trainable array, depth first."""
        for name in self.param_names:
            value = getattr(self, name)
            if value is not None:
                yield prefix + name, value, self.grads[name]
        for child_name, child in self.named_children():
            yield from child.parameters(prefix + child_name + ".")

    def buffers(self, prefix: str = "") -> Iterator[tuple[str, np.ndarray]]:
        """Yield ``(name, value)`` for non-trained state that a checkpoint must keep."""
        for name in self.buffer_names:
            yield prefix + name, getattr(self, name)
        for child_name, child in self.named_children():
            yield from child.buffers(prefix + child_name + ".")

    def num_parameters(self) -> int:
        return sum(value.size for _, value, _ in self.parameters())

    def _init_grads(self) -> None:
        self.grads = {name: np.zeros_like(getattr(self, name)) for name in self.param_names
                      if getattr(self, name) is not None}

    def zero_grad(self) -> None:
        for _, _, grad in self.parameters():
            grad[...] = 0

    def train(self, mode: bool = True) -> "Layer":
        """Switch training mode on (batch statistics, dropout) or off; returns self."""
        self.training = mode
        for _, child in self.named_children():
            child.train(mode)
        return self

    def eval(self) -> "Layer":
        return self.train(False)

    def to(self, dtype) -> "Layer":
        """Convert every parameter, gradient and buffer to ``dtype`` (e.g. float64 for gradient
        checks). Create the optimiser after this: it holds references to the arrays."""
        for name in self.param_names + self.buffer_names:
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, value.astype(dtype))
        if self.param_names:
            self._init_grads()
        for _, child in self.named_children():
            child.to(dtype)
        return self

    # -- static analysis ----------------------------------------------------------------------
    def output_shape(self, input_shape: tuple[int, ...]) -> tuple[int, ...]:
        """Shape of ``forward``'s output for an input of ``input_shape`` (default: same)."""
        return tuple(input_shape)

    def scratch_elements(self, input_shape: tuple[int, ...]) -> int:
        """Elements of the largest extra array a training step of this layer builds beyond its
        output and gradients, for an input of ``input_shape`` (default: none)."""
        return 0

    def backward_params(self, dy) -> None:
        """Add the parameter gradients of ``backward(dy)`` without handing back dL/dx, for a
        network's first layer, whose input gradient nobody uses. By default the whole
        backward, its dx dropped; a convolution skips computing it."""
        self.backward(dy)

    def kept_bytes(self, output_shape, itemsize: int, next_layer: "Layer | None" = None) -> int:
        """Bytes this layer's forward leaves alive until backward, given its output's shape
        and the layer its output goes to (default: the output itself)."""
        return int(np.prod(output_shape)) * itemsize

    def reads_pair(self, input_shape) -> bool:
        """Whether ``forward`` reads a pair (a, b) standing for their concatenation where it
        lies, so that the concatenation is never built (default: no)."""
        return False

    def receptive_field(self, rf: float, jump: float) -> tuple[float, float]:
        """Propagate (receptive field, jump) through this layer, both in input pixels.

        ``jump`` is the distance in input pixels between two neighbouring output pixels. A
        window of ``k`` taps with stride ``s`` adds ``(k - 1) * jump`` to the receptive field and
        multiplies the jump by ``s``. Point-wise layers change neither.
        """
        return rf, jump

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class _Convolution(Layer):
    """What Conv2d and ConvTranspose2d share: arguments, weight and bias (He initialisation).

    Subclasses give ``weight_shape`` and ``fan_in``, and handle the bias themselves: Conv2d
    passes it to :mod:`tinyunet.conv`, whose kernels add it (and sum its gradient) in the same
    pass; ConvTranspose2d passes it to :func:`tinyunet.conv.conv_transpose2d_forward` (on the
    2x2 stride-2 path the up-convolution's kernel starts its sums from it; elsewhere the
    dispatch adds it) and sums its gradient itself.
    """

    param_names = ("weight", "bias")

    def __init__(self, in_channels, out_channels, kernel_size, stride, padding, bias, rng, dtype):
        super().__init__()
        name = type(self).__name__
        self.in_channels, self.out_channels = int(in_channels), int(out_channels)
        self.kernel_size = _pair(kernel_size, "kernel_size")
        self.stride = _pair(stride, "stride")
        self.padding = _pair(padding, "padding")
        if min(self.in_channels, self.out_channels, *self.kernel_size, *self.stride) < 1:
            raise ValueError(f"{name}: channels, kernel size and stride must be positive")
        self.weight = he_normal(self.weight_shape(), self.fan_in(), as_rng(rng), dtype)
        self.bias = np.zeros(out_channels, dtype=dtype) if bias else None
        self._init_grads()
        self._x = None

    def _params_as(self, dtype):
        """(weight, bias or None) in ``dtype``, the input's, without copies where they match."""
        bias = None if self.bias is None else self.bias.astype(dtype, copy=False)
        return self.weight.astype(dtype, copy=False), bias


class Conv2d(_Convolution):
    """2-D convolution (cross-correlation, as in every deep-learning library).

    Shapes: x (N, C_in, H, W) -> y (N, C_out, Ho, Wo), ``Ho = (H + 2p - kh) // s + 1``.

    Math: ``y = W_mat @ im2col(x) + b``; backward: ``dW = dy @ im2col(x)^T``, ``db = sum dy``,
    ``dx = col2im(W_mat^T @ dy)``.

    ``padding="same"`` keeps H and W (stride 1, odd kernels). ``activation="relu"`` makes it a
    convolution followed by a ReLU in one pass each way (the U-Net's blocks use it). Only the
    input (and the activated output) is cached for backward, never an unfolded copy;
    :func:`tinyunet.conv.choose_path` picks the path per call: 3x3 'same' convolutions run the
    direct numba kernels (:mod:`tinyunet.fast.direct`), 1x1 ones plain matrix products, 2x2
    stride-2 ones the patch kernels (:mod:`tinyunet.fast.patches`), other stride-1 layers with
    enough channels shifted views, the rest im2col.
    """

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0,
                 bias: bool = True, rng=None, dtype=np.float32, activation: str | None = None):
        if activation not in (None, "relu"):
            raise ValueError(f"Conv2d: activation must be None or 'relu', got {activation!r}")
        self.activation = activation
        if padding == "same":
            kernel, step = _pair(kernel_size, "kernel_size"), _pair(stride, "stride")
            if step != (1, 1) or any(k % 2 == 0 for k in kernel):
                raise ValueError("padding='same' needs stride 1 and an odd kernel size, got "
                                 f"kernel {kernel}, stride {step}")
            padding = tuple((k - 1) // 2 for k in kernel)
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, bias, rng, dtype)

    def weight_shape(self):
        return (self.out_channels, self.in_channels, *self.kernel_size)

    def fan_in(self):
        return self.in_channels * self.kernel_size[0] * self.kernel_size[1]

    def forward(self, x):
        """``conv(x) + b``; with ``activation="relu"``, ``max(conv(x) + b, 0)`` computed in the
        convolution's own pass (one trip through memory instead of two), as CS231n's
        ``conv_relu_forward``. Keeps ``x`` (and the activated output) for backward.

        ``x`` may also be a pair of arrays standing for their concatenation along channels
        (what :meth:`Concat.forward_pair` returns): the 3x3 kernels read both parts where they
        lie, so the concatenated array is never built or kept."""
        if isinstance(x, tuple):
            for part in x:
                check_input(part, "Conv2d")
            whole = input_shape(x)
            if whole[1] != self.in_channels:
                raise ValueError(f"Conv2d: expected {self.in_channels} input channels, got "
                                 f"{whole[1]} (parts {[part.shape for part in x]})")
            dtype = np.result_type(*x)
        else:
            check_input(x, "Conv2d", self.in_channels)
            whole, dtype = x.shape, x.dtype
        h, w = whole[2] + 2 * self.padding[0], whole[3] + 2 * self.padding[1]
        if h < self.kernel_size[0] or w < self.kernel_size[1]:
            raise ValueError(f"Conv2d: input of {whole[2]}x{whole[3]} (padded {h}x{w}) is "
                             f"smaller than the kernel {self.kernel_size}")
        self._keep("_x", x)
        weight, bias = self._params_as(dtype)
        y = conv2d_forward(x, weight, self.stride, self.padding, bias,
                           relu=self.activation == "relu")
        self._keep("_y", y if self.activation == "relu" else None)
        return y

    def backward(self, dy, input_grad: bool = True):
        """dL/dx, adding dL/dW and dL/db to ``grads``. With ``activation="relu"``, ``dy`` is the
        gradient of the activated output and the ReLU's backward, ``dy * [y > 0]``, is folded
        into this pass. With ``input_grad=False`` dL/dx is not computed (a network's first
        layer) and None returned. For a pair input, dL/dx is the pair of its parts' gradients,
        which :meth:`Concat.backward` passes on."""
        relu_output = self._release("_y") if self.activation == "relu" else None
        dx, dw, db = conv2d_backward(self._release("_x"), dy,
                                     self.weight.astype(dy.dtype, copy=False),
                                     self.stride, self.padding, self.bias is not None,
                                     relu_output, input_grad)
        self.grads["weight"] += dw
        if db is not None:
            self.grads["bias"] += db
        return dx

    def backward_params(self, dy) -> None:
        self.backward(dy, input_grad=False)

    def output_shape(self, input_shape):
        n, _, h, w = input_shape
        return (n, self.out_channels,
                kernels.conv_output_size(h, self.kernel_size[0], self.stride[0], self.padding[0]),
                kernels.conv_output_size(w, self.kernel_size[1], self.stride[1], self.padding[1]))

    def receptive_field(self, rf, jump):
        return rf + (self.kernel_size[0] - 1) * jump, jump * self.stride[0]

    def scratch_elements(self, input_shape):
        """What the path :func:`tinyunet.conv.choose_path` picks builds: im2col's columns, the
        shifted views' padded copy, the direct path's partial sums of dW, or nothing."""
        return scratch_elements(self.weight.shape, self.stride, self.padding, input_shape)

    def reads_pair(self, input_shape):
        """On the direct path: the 3x3 kernels read both parts of a pair where they lie."""
        return choose_path(self.weight.shape, self.stride, self.padding, input_shape).reads_pair

    def __repr__(self):
        act = f", activation={self.activation!r}" if self.activation else ""
        return (f"Conv2d({self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, "
                f"stride={self.stride}, padding={self.padding}, bias={self.bias is not None}{act})")


class ConvTranspose2d(_Convolution):
    """Transposed convolution: the input-gradient of a convolution, used as a layer.

    Shapes: x (N, C_in, H, W) -> y (N, C_out, Ho, Wo), ``Ho = (H - 1)*s - 2p + kh``; with a 2x2
    kernel and stride 2 each input pixel paints its own 2x2 output patch, doubling the size.

    Math: the weight (C_in, C_out, kh, kw) read as a convolution weight maps C_out -> C_in; this
    layer runs that convolution backwards: ``y = col2im(W_mat^T @ x) + b``. Its backward is
    therefore a forward convolution, ``dx = conv(dy, W)``, and
    ``dW = sum_n x[n] @ im2col(dy)[n]^T``.
    """

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0,
                 bias: bool = True, rng=None, dtype=np.float32):
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, bias, rng, dtype)

    def weight_shape(self):
        return (self.in_channels, self.out_channels, *self.kernel_size)

    def fan_in(self):
        # Each output pixel receives about C_in * (kh*kw) / (sh*sw) input terms.
        kh, kw = self.kernel_size
        return self.in_channels * kh * kw / (self.stride[0] * self.stride[1])

    def output_shape(self, input_shape):
        n, _, h, w = input_shape
        (kh, kw), (sh, sw), (ph, pw) = self.kernel_size, self.stride, self.padding
        return n, self.out_channels, (h - 1) * sh - 2 * ph + kh, (w - 1) * sw - 2 * pw + kw

    def forward(self, x):
        check_input(x, "ConvTranspose2d", self.in_channels)
        out_shape = self.output_shape(x.shape)
        if out_shape[2] < 1 or out_shape[3] < 1:
            raise ValueError(f"ConvTranspose2d: padding {self.padding} leaves no output for an "
                             f"input of {x.shape[2]}x{x.shape[3]}")
        self._keep("_x", x)
        weight, bias = self._params_as(x.dtype)
        return conv_transpose2d_forward(x, weight, out_shape, self.stride, self.padding, bias)

    def backward(self, dy):
        x = self._release("_x")
        # The layer's weight gradient is the weight gradient of the convolution that maps its
        # output (here: dy) to its input (here: x).
        self.grads["weight"] += conv2d_weight_grad(dy, x, self.kernel_size, self.stride,
                                                   self.padding)
        if self.bias is not None:
            self.grads["bias"] += dy.sum(axis=(0, 2, 3))
        return conv2d_forward(dy, self.weight.astype(dy.dtype, copy=False), self.stride,
                              self.padding)

    def scratch_elements(self, input_shape):
        """It runs as the input gradient of a convolution whose input is this layer's output."""
        return scratch_elements(self.weight.shape, self.stride, self.padding,
                                self.output_shape(input_shape))

    def receptive_field(self, rf, jump):
        # Each output pixel sees ceil(k / s) input pixels along an axis.
        taps = math.ceil(self.kernel_size[0] / self.stride[0])
        return rf + (taps - 1) * jump, jump / self.stride[0]

    def __repr__(self):
        return (f"ConvTranspose2d({self.in_channels}, {self.out_channels}, "
                f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding})")


# ---------------------------------------------------------------------------------------------
# pooling and point-wise layers
# ---------------------------------------------------------------------------------------------


class MaxPool2d(Layer):
    """Max over ``k x k`` windows with stride ``s`` (default ``k``), no padding.

    Shapes: (N, C, H, W) -> (N, C, (H - k)//s + 1, (W - k)//s + 1). Backward sends each output
    gradient to the input pixel that won its window (the *argmax mask*); all others get zero.
    """

    def __init__(self, kernel_size: int, stride: int | None = None):
        super().__init__()
        if not isinstance(kernel_size, (int, np.integer)) or kernel_size < 1:
            raise ValueError(f"MaxPool2d: kernel_size must be a positive int, got {kernel_size!r}")
        self.kernel_size = int(kernel_size)
        self.stride = self.kernel_size if stride is None else int(stride)
        if self.stride < 1:
            raise ValueError(f"MaxPool2d: stride must be positive, got {stride!r}")
        self._cache = None

    def forward(self, x):
        check_input(x, "MaxPool2d")
        if x.shape[2] < self.kernel_size or x.shape[3] < self.kernel_size:
            raise ValueError(f"MaxPool2d: input of {x.shape[2]}x{x.shape[3]} is smaller than "
                             f"the window {self.kernel_size}")
        y, argmax = kernels.maxpool_forward(x, self.kernel_size, self.stride)
        self._keep("_cache", (argmax, x.shape))
        return y

    def backward(self, dy):
        argmax, x_shape = self._release("_cache")
        return kernels.maxpool_backward(dy, argmax, x_shape)

    def output_shape(self, input_shape):
        n, c, h, w = input_shape
        k, s = self.kernel_size, self.stride
        return n, c, (h - k) // s + 1, (w - k) // s + 1

    def receptive_field(self, rf, jump):
        return rf + (self.kernel_size - 1) * jump, jump * self.stride

    def kept_bytes(self, output_shape, itemsize, next_layer=None):
        """The output and, for backward, the index of each window's winner (int32, one per
        output value)."""
        return int(np.prod(output_shape)) * (itemsize + 4)

    def __repr__(self):
        return f"MaxPool2d(kernel_size={self.kernel_size}, stride={self.stride})"


class ReLU(Layer):
    """``y = max(x, 0)``; ``dx = dy * [x > 0]``."""

    def forward(self, x):
        y = kernels.relu_forward(x)
        self._keep("_y", y)                     # for backward: y > 0 exactly where x > 0
        return y

    def backward(self, dy):
        return kernels.relu_backward(dy, self._release("_y"))


class Sigmoid(Layer):
    """``y = 1 / (1 + exp(-x))``; ``dx = dy * y * (1 - y)``."""

    def forward(self, x):
        y = sigmoid(x)
        self._keep("_y", y)
        return y

    def backward(self, dy):
        y = self._release("_y")
        return dy * y * (1 - y)


class Concat(Layer):
    """Concatenate along the channel axis: ``forward(a, b, ...)`` -> (N, C_a + C_b + ..., H, W).

    Backward splits the gradient back: each input gets the slice of ``dy`` for its channels.
    """

    def forward(self, *xs):
        self._check_and_keep_splits(xs)
        shape = (xs[0].shape[0], sum(x.shape[1] for x in xs)) + xs[0].shape[2:]
        out = workspace.empty(shape, np.result_type(*xs))
        return np.concatenate(xs, axis=1, out=out)

    def forward_pair(self, a, b):
        """The concatenation of ``a`` and ``b`` left to the next layer: returns the pair
        ``(a, b)``, which :class:`Conv2d` reads as ``forward(a, b)`` would give it, without
        building it (a U-Net's decoder saves a copy of its largest maps). Backward is the same
        split."""
        self._check_and_keep_splits((a, b))
        return (a, b)

    def _check_and_keep_splits(self, xs):
        if len(xs) < 2:
            raise ValueError("Concat: needs at least two inputs")
        for x in xs:
            check_input(x, "Concat")
        shapes = [x.shape for x in xs]
        if len({(s[0], s[2], s[3]) for s in shapes}) != 1:
            raise ValueError(f"Concat: inputs must agree in N, H and W, got shapes {shapes}")
        self._splits = np.cumsum([s[1] for s in shapes])[:-1]

    def kept_bytes(self, output_shape, itemsize, next_layer=None):
        """Nothing when the next layer reads the pair where it lies (:meth:`forward_pair`)."""
        if next_layer is not None and next_layer.reads_pair(output_shape):
            return 0
        return super().kept_bytes(output_shape, itemsize, next_layer)

    def backward(self, dy):
        """The slice of ``dy`` for each input's channels; ``dy`` may already be those slices (a
        tuple, what a Conv2d that read :meth:`forward_pair`'s pair returns)."""
        splits = self._release("_splits")
        if isinstance(dy, tuple):
            if len(dy) != len(splits) + 1:
                raise ValueError(f"Concat.backward: expected {len(splits) + 1} gradients, "
                                 f"got {len(dy)}")
            return dy
        return tuple(np.split(dy, splits, axis=1))


class Dropout(Layer):
    """Inverted dropout: in training ``y = x * m / (1 - p)`` with ``m ~ Bernoulli(1 - p)``,
    in eval ``y = x``. Backward multiplies by the same mask."""

    def __init__(self, p: float = 0.5, rng=None):
        super().__init__()
        if not 0.0 <= p < 1.0:
            raise ValueError(f"Dropout: p must be in [0, 1), got {p}")
        self.p = float(p)
        self.rng = as_rng(rng)

    def forward(self, x):
        if not self.training or self.p == 0.0:
            self._scale = 1.0                       # the identity: backward passes dy on
            return x
        keep = self.rng.random(x.shape, dtype=np.float32) >= self.p
        self._scale = keep.astype(x.dtype) / x.dtype.type(1.0 - self.p)
        return x * self._scale

    def backward(self, dy):
        scale = self._release("_scale")
        return dy if isinstance(scale, float) else dy * scale

    def __repr__(self):
        return f"Dropout(p={self.p})"


class BatchNorm2d(Layer):
    """Batch normalisation over (N, H, W) per channel.

    Training: ``x_hat = (x - mean_B) / sqrt(var_B + eps)``, ``y = gamma * x_hat + beta``, and the
    running statistics move by ``momentum`` towards the batch ones (the unbiased variance, as in
    PyTorch). Eval: the running statistics replace the batch ones.

    Backward (training), with M = N*H*W values per channel:
    ``dx = gamma / (M sqrt(var + eps)) * (M dy - sum(dy) - x_hat * sum(dy * x_hat))``.
    """

    param_names = ("weight", "bias")
    buffer_names = ("running_mean", "running_var")

    def __init__(self, num_features: int, eps: float = 1e-5, momentum: float = 0.1,
                 dtype=np.float32):
        super().__init__()
        self.num_features = int(num_features)
        self.eps, self.momentum = float(eps), float(momentum)
        self.weight = np.ones(num_features, dtype=dtype)
        self.bias = np.zeros(num_features, dtype=dtype)
        self.running_mean = np.zeros(num_features, dtype=dtype)
        self.running_var = np.ones(num_features, dtype=dtype)
        self._init_grads()

    def forward(self, x):
        check_input(x, "BatchNorm2d", self.num_features)
        gamma = self.weight.astype(x.dtype, copy=False)[:, None, None]
        beta = self.bias.astype(x.dtype, copy=False)[:, None, None]
        if self.training:
            mean = x.mean(axis=(0, 2, 3))
            var = x.var(axis=(0, 2, 3))
            m = x.shape[0] * x.shape[2] * x.shape[3]
            unbiased = var * m / max(m - 1, 1)
            self.running_mean *= 1 - self.momentum
            self.running_mean += self.momentum * mean.astype(self.running_mean.dtype)
            self.running_var *= 1 - self.momentum
            self.running_var += self.momentum * unbiased.astype(self.running_var.dtype)
        else:
            mean = self.running_mean.astype(x.dtype)
            var = self.running_var.astype(x.dtype)
        inv_std = (1.0 / np.sqrt(var + self.eps)).astype(x.dtype)
        x_hat = (x - mean[:, None, None]) * inv_std[:, None, None]
        self._keep("_cache", (x_hat, inv_std, self.training))
        return gamma * x_hat + beta

    def backward(self, dy):
        x_hat, inv_std, training = self._release("_cache")
        self.grads["weight"] += (dy * x_hat).sum(axis=(0, 2, 3))
        self.grads["bias"] += dy.sum(axis=(0, 2, 3))
        g = (self.weight.astype(dy.dtype, copy=False) * inv_std)[:, None, None]
        if not training:
            return dy * g
        m = dy.shape[0] * dy.shape[2] * dy.shape[3]
        sum_dy = dy.sum(axis=(0, 2, 3))[:, None, None]
        sum_dy_xhat = (dy * x_hat).sum(axis=(0, 2, 3))[:, None, None]
        return g / m * (m * dy - sum_dy - x_hat * sum_dy_xhat)

    def __repr__(self):
        return f"BatchNorm2d({self.num_features})"


class Sequential(Layer):
    """Named layers run one after another; backward runs them in reverse.

    ``forward(x, features=d, prefix="block.")`` also stores every layer's output in ``d`` under
    ``prefix + name``, which is how the U-Net hands back its feature maps.
    """

    def __init__(self, named_layers: list[tuple[str, Layer]]):
        super().__init__()
        self.layers = list(named_layers)

    def named_children(self):
        return self.layers

    def forward(self, x, features: dict | None = None, prefix: str = ""):
        for name, layer in self.layers:
            x = layer.forward(x)
            if features is not None:
                features[prefix + name] = x
        return x

    def backward(self, dy, input_grad: bool = True):
        """dL/dx, the layers' backward passes in reverse; ``input_grad=False`` asks the first
        layer for its parameter gradients only (:meth:`Layer.backward_params`) and returns
        None."""
        (_, first), *rest = self.layers
        for _, layer in reversed(rest):
            dy = layer.backward(dy)
        if input_grad:
            return first.backward(dy)
        first.backward_params(dy)
        return None

    def output_shape(self, input_shape):
        for _, layer in self.layers:
            input_shape = layer.output_shape(input_shape)
        return input_shape

    def receptive_field(self, rf, jump):
        for _, layer in self.layers:
            rf, jump = layer.receptive_field(rf, jump)
        return rf, jump

    def __repr__(self):
        inner = "\n".join(f"  ({name}): {layer!r}" for name, layer in self.layers)
        return f"Sequential(\n{inner}\n)"
