"""A configurable U-Net built from the layers in :mod:`tinyunet.layers`.

Picture (depth 2, base filters F)::

    input (N, C_in, H, W)
      down1: [conv3x3 -> ReLU] x2           F,  H,   W  ------------------------ skip1 ---+
      pool1: max 2x2                        F,  H/2, W/2                                   |
      down2: [conv3x3 -> ReLU] x2          2F,  H/2, W/2 -------------- skip2 ---+         |
      pool2: max 2x2                       2F,  H/4, W/4                         |         |
      bottleneck: [conv3x3 -> ReLU] x2     4F,  H/4, W/4                         |         |
      up2: upconv 2x2/2 (4F -> 2F), concat skip2 (4F), [conv3x3 -> ReLU] x2 -> 2F, H/2  |
      up1: upconv 2x2/2 (2F -> F),  concat skip1 (2F), [conv3x3 -> ReLU] x2 -> F,  H        |
      head: conv1x1 (F -> C_out) -> logits (N, C_out, H, W)

Each level halves the resolution and doubles the filters; the skip connections carry the
full-resolution encoder features across, so the decoder can put fine detail back.
"""

from __future__ import annotations

from collections import OrderedDict
from contextlib import contextmanager

import numpy as np

from .layers import (BatchNorm2d, Concat, Conv2d, ConvTranspose2d, Dropout, Layer, MaxPool2d,
                     ReLU, Sequential, as_rng, check_finite, check_input, inference, sigmoid)


def conv_block(in_channels: int, out_channels: int, rng: np.random.Generator,
               batch_norm: bool = False, dropout: float = 0.0) -> Sequential:
    """Two 3x3 'same' convolutions, each followed by a ReLU, [then dropout].

    Without batch-norm each is one ``Conv2d(..., activation="relu")`` (the ReLU done in the
    convolution's own pass); with batch-norm it is conv (no bias) -> BatchNorm2d -> ReLU."""
    layers: list[tuple[str, Layer]] = []
    for i, c_in in ((1, in_channels), (2, out_channels)):
        if batch_norm:
            layers += [(f"conv{i}", Conv2d(c_in, out_channels, 3, padding="same", bias=False,
                                           rng=rng)),
                       (f"bn{i}", BatchNorm2d(out_channels)), (f"relu{i}", ReLU())]
        else:
            layers.append((f"conv{i}", Conv2d(c_in, out_channels, 3, padding="same", rng=rng,
                                              activation="relu")))
    if dropout > 0:
        layers.append(("dropout", Dropout(dropout, rng=rng)))
    return Sequential(layers)


class SkipStack(list):
    """The skip connections in flight during a forward pass: each down block pushes its
    full-resolution output, each up block pops the one of its own level (last in, first out).
    ``zeroed``: levels (1 = the top) whose skip pops as zeros, to see what it carries."""

    def __init__(self, zeroed=()):
        super().__init__()
        self.zeroed = set(zeroed)

    def pop(self):
        level = len(self)
        skip = super().pop()
        return np.zeros_like(skip) if level in self.zeroed else skip


class Block(Layer):
    """One entry of :attr:`UNet.blocks`, the network described once in the order the data
    flows. Every walk over the network is a plain loop that asks each block one question;
    the skip connections travel in a stack (a list) that down blocks push to and up blocks pop
    from, so no walk needs to know which kind of block it holds:

    * ``run_forward(x, skips, features) -> y``; ``features`` (a dict or None) collects every
      feature map under the name of the layer that made it (``down1.conv1``, ``up1.conv2``:
      the names of the parameters that made it, less ``.weight``);
    * ``run_backward(dy, d_skips, input_grad) -> dx``: the skips' gradients travel the other
      way, pushed by up blocks and popped by down blocks;
    * ``field_step(rf, jump, skip_fields, fields) -> (rf, jump)``: the receptive field and
      jump after the block, recording its maps' fields in ``fields``;
    * ``table_rows(shape, skip_shapes, rows) -> shape``: appends (name, leaf layer, output
      shape, parameter count) for each of its leaf layers.
    """

    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def _chain_rows(self, layers, shape, rows):
        """Rows of a chain of leaf layers named ``<block>.<name>``; returns the last shape."""
        for name, layer in layers:
            shape = layer.output_shape(shape)
            rows.append((f"{self.name}.{name}", layer, shape, _params(layer)))
        return shape


def _params(layer: Layer) -> int:
    return sum(v.size for _, v, _ in layer.parameters())


class DownBlock(Block):
    """One encoder level: a conv block, then 2x2 max-pooling.

    Forward: x (N, C, H, W) -> pooled (N, F, H/2, W/2), and the block's output (N, F, H, W)
    pushed as the level's skip. Backward: the block's output fed both the pool and the skip
    connection, so their gradients add before the block's backward.
    """

    def __init__(self, name: str, level: int, in_channels: int, out_channels: int, rng,
                 batch_norm=False):
        super().__init__(name)
        self.level = level
        self.block = conv_block(in_channels, out_channels, rng, batch_norm)
        self.pool = MaxPool2d(2)

    def named_children(self):
        # the block's layers directly (down1.conv1.weight), then the pool
        return self.block.layers + [("pool", self.pool)]

    def run_forward(self, x, skips, features=None):
        skip = self.block.forward(x, features, self.name + ".")
        skips.append(skip)
        pooled = self.pool.forward(skip)
        if features is not None:
            features[self.name] = skip
            features[f"pool{self.level}"] = pooled
        return pooled

    def run_backward(self, dy, d_skips, input_grad=True):
        d_block = self.pool.backward(dy)
        d_block += d_skips.pop()              # d_block is the pool's fresh gradient array
        return self.block.backward(d_block, input_grad=input_grad)

    def field_step(self, rf, jump, skip_fields, fields):
        skip_rf, skip_jump = self.block.receptive_field(rf, jump)
        skip_fields.append(skip_rf)
        rf, jump = self.pool.receptive_field(skip_rf, skip_jump)
        fields[self.name], fields[f"pool{self.level}"] = skip_rf, rf
        return rf, jump

    def table_rows(self, shape, skip_shapes, rows):
        shape = self._chain_rows(self.block.layers, shape, rows)
        skip_shapes.append(shape)
        return self._chain_rows([("pool", self.pool)], shape, rows)


class UpBlock(Block):
    """One decoder level: 2x2 stride-2 transposed convolution (halving the channels), concatenate
    the encoder's skip features, then a conv block.

    Forward: x (N, 2F, h, w) and the popped skip (N, F, 2h, 2w) -> (N, F, 2h, 2w). Backward:
    the concatenation splits the gradient between the upsampled path and the skip connection,
    whose part is pushed for the down block of the same level.
    """

    def __init__(self, name: str, in_channels: int, out_channels: int, rng, batch_norm=False,
                 dropout=0.0):
        super().__init__(name)
        self.upconv = ConvTranspose2d(in_channels, out_channels, 2, stride=2, rng=rng)
        self.concat = Concat()
        self.block = conv_block(2 * out_channels, out_channels, rng, batch_norm, dropout)

    def named_children(self):
        # the block's layers directly: up1.conv1.weight makes the feature map up1.conv1
        return [("upconv", self.upconv), ("concat", self.concat)] + self.block.layers

    def run_forward(self, x, skips, features=None):
        skip = skips.pop()
        up = self.upconv.forward(x)
        # (up, skip) stands for their concatenation: the block's first convolution reads both
        # where they lie, so the concatenated map is never built
        merged = self.concat.forward_pair(up, skip)
        if features is not None:
            features[self.name + ".upconv"] = up
            features[self.name + ".concat"] = np.concatenate(merged, axis=1)
        y = self.block.forward(merged, features, self.name + ".")
        if features is not None:
            features[self.name] = y
        return y

    def run_backward(self, dy, d_skips, input_grad=True):
        d_up, d_skip = self.concat.backward(self.block.backward(dy))
        d_skips.append(d_skip)
        return self.upconv.backward(d_up)

    def field_step(self, rf, jump, skip_fields, fields):
        """The concatenation sees the union of its inputs' fields: the larger one."""
        rf, jump = self.upconv.receptive_field(rf, jump)
        rf, jump = self.block.receptive_field(max(rf, skip_fields.pop()), jump)
        fields[self.name] = rf
        return rf, jump

    def table_rows(self, shape, skip_shapes, rows):
        shape = self._chain_rows([("upconv", self.upconv)], shape, rows)
        skip = skip_shapes.pop()
        shape = (shape[0], shape[1] + skip[1], *shape[2:])
        rows.append((f"{self.name}.concat", self.concat, shape, 0))
        return self._chain_rows(self.block.layers, shape, rows)


class Bottleneck(Block):
    """The lowest level: a conv block at the coarsest resolution, no pooling, no skip."""

    def __init__(self, name: str, in_channels: int, out_channels: int, rng, batch_norm=False,
                 dropout=0.0):
        super().__init__(name)
        self.block = conv_block(in_channels, out_channels, rng, batch_norm, dropout)

    def named_children(self):
        return self.block.layers

    def run_forward(self, x, skips, features=None):
        y = self.block.forward(x, features, self.name + ".")
        if features is not None:
            features[self.name] = y
        return y

    def run_backward(self, dy, d_skips, input_grad=True):
        return self.backward(dy, input_grad)

    def field_step(self, rf, jump, skip_fields, fields):
        rf, jump = self.block.receptive_field(rf, jump)
        fields[self.name] = rf
        return rf, jump

    def table_rows(self, shape, skip_shapes, rows):
        return self._chain_rows(self.block.layers, shape, rows)

    # a Sequential's own interface too, so that the chapters can run it as one
    def forward(self, x):
        return self.block.forward(x)

    def backward(self, dy, input_grad: bool = True):
        return self.block.backward(dy, input_grad=input_grad)


class Head(Block):
    """The 1x1 convolution from the last level's filters to the logits (its parameters are
    ``head.weight`` and ``head.bias``; its map is ``logits``)."""

    def __init__(self, name: str, in_channels: int, out_channels: int, rng):
        super().__init__(name)
        self.conv = Conv2d(in_channels, out_channels, 1, rng=rng)

    def parameters(self, prefix: str = ""):
        return self.conv.parameters(prefix)

    def buffers(self, prefix: str = ""):
        return self.conv.buffers(prefix)

    def named_children(self):
        return [("conv", self.conv)]

    def run_forward(self, x, skips, features=None):
        y = self.conv.forward(x)
        if features is not None:
            features["logits"] = y
        return y

    def run_backward(self, dy, d_skips, input_grad=True):
        return self.backward(dy, input_grad)

    def field_step(self, rf, jump, skip_fields, fields):
        rf, jump = self.conv.receptive_field(rf, jump)
        fields["logits"] = rf
        return rf, jump

    def table_rows(self, shape, skip_shapes, rows):
        shape = self.conv.output_shape(shape)
        rows.append((self.name, self.conv, shape, _params(self.conv)))
        return shape

    def forward(self, x):
        return self.conv.forward(x)

    def backward(self, dy, input_grad: bool = True):
        return self.conv.backward(dy, input_grad=input_grad)

    @property
    def weight(self):
        return self.conv.weight

    @property
    def bias(self):
        return self.conv.bias


class UNet(Layer):
    """U-Net with ``depth`` down-sampling levels and ``base_filters * 2**level`` filters.

    Parameters
    ----------
    in_channels, out_channels : channels of the image and of the logits.
    depth : 1 to 5 pooling steps; H and W must be divisible by ``2**depth``.
    base_filters : filters of the first level; they double at each level down.
    batch_norm : BatchNorm2d after every 3x3 convolution (convolutions then have no bias).
    dropout : dropout probability after the bottleneck's conv block (0 disables it).
    seed : seeds the He initialisation (and dropout), so two models with one seed are identical.

    ``forward(x)`` returns logits (N, out_channels, H, W); ``forward(x, return_features=True)``
    returns ``(logits, features)`` where ``features`` maps readable names (``down1.conv2``,
    ``pool1``, ``bottleneck.conv1``, ``up1.upconv``, ``up1.concat``, ``logits``) to every
    intermediate array, in the order they were computed.
    """

    def __init__(self, in_channels: int = 1, out_channels: int = 1, depth: int = 4,
                 base_filters: int = 16, batch_norm: bool = False, dropout: float = 0.0,
                 seed: int | None = 0):
        super().__init__()
        if not isinstance(depth, (int, np.integer)) or not 1 <= depth <= 5:
            raise ValueError(f"UNet: depth must be an int from 1 to 5, got {depth!r}")
        if not isinstance(base_filters, (int, np.integer)) or base_filters < 1:
            raise ValueError(f"UNet: base_filters must be a positive int, got {base_filters!r}")
        if in_channels < 1 or out_channels < 1:
            raise ValueError("UNet: in_channels and out_channels must be positive")
        self.config = dict(in_channels=int(in_channels), out_channels=int(out_channels),
                           depth=int(depth), base_filters=int(base_filters),
                           batch_norm=bool(batch_norm), dropout=float(dropout),
                           seed=seed)
        self.in_channels, self.out_channels, self.depth = in_channels, out_channels, depth
        rng = as_rng(seed)
        filters = [base_filters * 2 ** level for level in range(depth + 1)]
        self.downs = [DownBlock(f"down{level + 1}", level + 1,
                                in_channels if level == 0 else filters[level - 1],
                                filters[level], rng, batch_norm) for level in range(depth)]
        self.bottleneck = Bottleneck("bottleneck", filters[depth - 1], filters[depth], rng,
                                     batch_norm, dropout)
        # ups[level] takes filters[level + 1] channels up to filters[level].
        self.ups = [UpBlock(f"up{level + 1}", filters[level + 1], filters[level], rng,
                            batch_norm) for level in range(depth)]
        self.head = Head("head", filters[0], out_channels, rng)
        # The network, described once, in the order the data flows. forward, backward, the
        # receptive fields and the layer table are each a plain loop over this list (see
        # Block); the skip connections are a stack that down blocks push to and up blocks pop.
        self.blocks: list[Block] = (self.downs + [self.bottleneck] + self.ups[::-1]
                                    + [self.head])

    # -- structure ----------------------------------------------------------------------------
    def named_children(self):
        return [(block.name, block) for block in self.blocks]

    @property
    def first_conv(self) -> Conv2d:
        """The first convolution (its filters look at the image itself)."""
        return self.downs[0].block.layers[0][1]

    def check_input(self, x) -> None:
        """Raise ValueError for a wrong type, rank, channel count, size or non-finite values."""
        check_input(x, "UNet", self.in_channels)
        factor = 2 ** self.depth
        h, w = x.shape[2:]
        if h % factor or w % factor:
            raise ValueError(f"UNet: input size {h}x{w} is not divisible by 2**depth = {factor} "
                             f"(depth {self.depth}); resize or crop to a multiple of {factor}")
        check_finite(x, "UNet")

    # -- passes -------------------------------------------------------------------------------
    def forward(self, x, return_features: bool = False, drop_skips=()):
        """Logits (N, out_channels, H, W); with ``return_features`` also every feature map.

        ``drop_skips``: levels (1 = the top) whose skip connection is replaced by zeros, to see
        what it carries (inspection only; do not train this way).
        """
        self.check_input(x)
        features = OrderedDict() if return_features else None
        skips = SkipStack(zeroed=drop_skips)
        for block in self.blocks:
            x = block.run_forward(x, skips, features)
        if features is not None:
            return x, features
        return x

    def backward(self, dlogits, input_grad: bool = True):
        """Back-propagate dL/dlogits through the whole network; returns dL/dinput and adds every
        parameter's gradient to its ``grad`` array. Training needs no dL/dinput:
        ``input_grad=False`` skips the first convolution's input gradient and returns None."""
        dy, d_skips = dlogits, []
        for block in reversed(self.blocks):
            dy = block.run_backward(dy, d_skips, input_grad or block is not self.blocks[0])
        return dy

    def predict_proba(self, x: np.ndarray, drop_skips=()) -> np.ndarray:
        """Sigmoid probabilities in eval mode (training mode is restored afterwards), keeping
        nothing for backward (:func:`tinyunet.layers.inference`); ``drop_skips`` as in
        :meth:`forward`."""
        with self.evaluating(), inference():
            return sigmoid(self.forward(x, drop_skips=drop_skips))

    @contextmanager
    def evaluating(self):
        """``with model.evaluating():`` runs the body in eval mode and gives the model back in
        the mode it was in (inspection and figures never change the caller's model)."""
        was_training = self.training
        self.eval()
        try:
            yield self
        finally:
            self.train(was_training)

    # -- analysis -----------------------------------------------------------------------------
    def receptive_fields(self) -> "OrderedDict[str, int]":
        """Receptive field (in input pixels) of one output pixel of every block, computed by
        walking the layers: windows grow it by ``(k - 1) * jump``, strides multiply the jump.
        A concatenation sees the union of its inputs' fields: the larger one."""
        fields = OrderedDict()
        rf, jump, skip_fields = 1.0, 1.0, []
        for block in self.blocks:
            rf, jump = block.field_step(rf, jump, skip_fields, fields)
        return OrderedDict((k, int(round(v))) for k, v in fields.items())

    @property
    def receptive_field_size(self) -> int:
        """Receptive field of one output pixel, in input pixels."""
        return self.receptive_fields()["logits"]

    def layer_table(self, input_shape) -> list[tuple[str, str, tuple, int]]:
        """(name, layer, output shape, parameter count) for every leaf layer, in forward order."""
        return [(name, repr(layer), shape, params)
                for name, layer, shape, params in self.leaf_rows(input_shape)]

    def leaf_rows(self, input_shape) -> list[tuple[str, Layer, tuple, int]]:
        """(name, leaf layer, output shape, parameter count), walking :attr:`blocks`; a leaf's
        name is that of its parameters (``up1.conv1`` for ``up1.conv1.weight``) and of the
        feature map it makes."""
        rows, shape, skip_shapes = [], tuple(input_shape), []
        for block in self.blocks:
            shape = block.table_rows(shape, skip_shapes, rows)
        return rows

    def memory_estimate(self, input_shape, dtype=np.float32, optimizer_slots: int = 2) -> dict:
        """Bytes one training step on a batch of ``input_shape`` needs, by part (what the step
        itself adds to a process; ``benchmarks/memory_estimate.py`` compares it with the
        measured peak).

        ``activations``: every leaf layer's output, all alive at the end of forward (each layer
        keeps its input, or its output, until its backward releases it), plus each max-pool's
        indices of the winning pixels (int32, one per output value), except a concatenation
        that the next convolution reads in place (the direct path's pair input:
        :meth:`tinyunet.layers.Concat.forward_pair`), which is never built;
        ``backward_peak``: the most alive during backward, which frees as it goes: at leaf layer
        ``k``, the outputs of layers ``0..k`` still kept plus ``k``'s output gradient and input
        gradient, at the worst ``k``;
        ``unfold``: the largest extra buffer a layer builds, asked of each leaf layer
        (:meth:`tinyunet.layers.Layer.scratch_elements`; a convolution asks the path it takes:
        im2col's columns, the shifted views' padded copy, the direct path's per-task partial
        sums of the weight gradient, nothing for the patch and pointwise paths);
        ``parameters``: values, gradients and ``optimizer_slots`` optimiser arrays per value (2
        for Adam);
        ``total``: ``parameters + max(activations, backward_peak) + unfold``.
        """
        itemsize = np.dtype(dtype).itemsize
        rows = self.leaf_rows(input_shape)
        outputs = [int(np.prod(shape)) * itemsize for _, _, shape, _ in rows]
        inputs = [int(np.prod(input_shape)) * itemsize] + outputs[:-1]
        built = [layer.kept_bytes(shape, itemsize, rows[k + 1][1] if k + 1 < len(rows) else None)
                 for k, (_, layer, shape, _) in enumerate(rows)]
        activations = sum(built)
        kept = np.cumsum(built)
        backward_peak = max(int(kept[k]) + outputs[k] + inputs[k] for k in range(len(rows)))
        unfold, shape = 0, tuple(input_shape)
        for _, layer, out_shape, _ in rows:
            unfold = max(unfold, layer.scratch_elements(shape) * itemsize)
            shape = out_shape
        parameters = self.num_parameters() * itemsize * (2 + optimizer_slots)
        return dict(activations=activations, backward_peak=backward_peak, unfold=unfold,
                    parameters=parameters,
                    total=parameters + max(activations, backward_peak) + unfold)

    def summary(self, input_shape=(1, None, 256, 256), file=None) -> str:
        """A table of every layer, its output shape and parameter count, then totals; printed
        (to ``file`` if given) and returned."""
        n, c, h, w = input_shape
        input_shape = (n, self.in_channels if c is None else c, h, w)
        rows = self.layer_table(input_shape)
        name_w = max(len(r[0]) for r in rows) + 2
        type_w = max(len(r[1]) for r in rows) + 2
        lines = [f"{'layer':<{name_w}}{'type':<{type_w}}{'output shape':<22}{'params':>10}",
                 "-" * (name_w + type_w + 32)]
        for name, layer, shape, params in rows:
            lines.append(f"{name:<{name_w}}{layer:<{type_w}}{str(shape):<22}{params:>10,}")
        mem = self.memory_estimate(input_shape)
        lines += ["-" * (name_w + type_w + 32),
                  f"parameters: {self.num_parameters():,}",
                  f"receptive field: {self.receptive_field_size} x {self.receptive_field_size} px",
                  f"memory for one training step on {input_shape} (float32, Adam): "
                  f"{mem['total'] / 2**20:.1f} MiB"]
        text = "\n".join(lines)
        print(text, file=file)
        return text

    def __repr__(self):
        cfg = ", ".join(f"{k}={v}" for k, v in self.config.items())
        return f"UNet({cfg})"
