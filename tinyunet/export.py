"""A trained U-Net as an ONNX model, for onnxruntime and every other ONNX engine.

:func:`to_onnx` walks :attr:`tinyunet.unet.UNet.blocks` in the order the data flows and writes
one ONNX node per operation, with the ``onnx`` package's helper API (``pip install
"tinyunet[onnx]"``; imported inside, so nothing else in the package needs it):

    3x3 convolution (+ ReLU)    Conv (pads 1) [+ Relu]
    batch norm (eval)           folded into the convolution before it:
                                W' = W * g / sqrt(v + eps),  b' = (b - m) * g / sqrt(v + eps) + beta
    2x2 max-pooling             MaxPool (kernel 2, stride 2)
    2x2 stride-2 up-convolution ConvTranspose (kernel 2, stride 2)
    skip connection             Concat on the channel axis: [up-sampled, skip]
    dropout                     nothing (eval mode)
    1x1 head, then              Conv (kernel 1), Sigmoid

Input ``image``: float32 (N, C, H, W), **normalised as tinyunet normalises** (each image to zero
mean and unit variance, :func:`tinyunet.data.normalise`), N dynamic, H and W the trained size
(fixed in the graph; any multiple of 2**depth works in engines that accept it, the tests use the
trained size). Output ``probability``: float32 (N, out_channels, H, W), the sigmoid of the logits.
The model is checked with ``onnx.checker`` before it is written; opset 17.
"""

from __future__ import annotations

import numpy as np

from .atomic import write_bytes_atomically

OPSET = 17
INPUT, OUTPUT = "image", "probability"


def _require_onnx():
    try:
        import onnx
        from onnx import helper, numpy_helper
    except ImportError:
        raise ImportError("exporting to ONNX needs the onnx package: "
                          'pip install "tinyunet[onnx]"') from None
    return onnx, helper, numpy_helper


class _Graph:
    """Nodes and initialisers under unique names."""

    def __init__(self, helper, numpy_helper):
        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes, self.initializers = [], []

    def constant(self, name: str, array: np.ndarray) -> str:
        self.initializers.append(self.numpy_helper.from_array(
            np.ascontiguousarray(array, dtype=np.float32), name))
        return name

    def node(self, op: str, inputs: list[str], name: str, **attrs) -> str:
        self.nodes.append(self.helper.make_node(op, inputs, [name], name=name, **attrs))
        return name


def _conv(g: _Graph, x: str, name: str, conv, bn=None, relu=False) -> str:
    """A Conv2d (with the batch norm after it folded in, and its ReLU) as Conv [+ Relu]."""
    weight = conv.weight.astype(np.float64)
    bias = (conv.bias.astype(np.float64) if conv.bias is not None
            else np.zeros(weight.shape[0]))
    if bn is not None:
        scale = bn.weight / np.sqrt(bn.running_var.astype(np.float64) + bn.eps)
        weight = weight * scale[:, None, None, None]
        bias = (bias - bn.running_mean) * scale + bn.bias
    (ph, pw), (sh, sw) = conv.padding, conv.stride
    y = g.node("Conv", [x, g.constant(f"{name}.weight", weight), g.constant(f"{name}.bias", bias)],
               name, kernel_shape=list(weight.shape[-2:]), pads=[ph, pw, ph, pw],
               strides=[sh, sw])
    relu = relu or getattr(conv, "activation", None) == "relu"
    return g.node("Relu", [y], f"{name}.relu") if relu else y


def _chain(g: _Graph, x: str, block_name: str, layers) -> str:
    """A conv block's leaf layers: each convolution with the batch norm and ReLU after it."""
    from .layers import BatchNorm2d, Conv2d, Dropout, ReLU
    i = 0
    while i < len(layers):
        name, layer = layers[i]
        if isinstance(layer, Conv2d):
            bn = relu = None
            if i + 1 < len(layers) and isinstance(layers[i + 1][1], BatchNorm2d):
                i += 1
                bn = layers[i][1]
            if i + 1 < len(layers) and isinstance(layers[i + 1][1], ReLU):
                i += 1
                relu = True
            x = _conv(g, x, f"{block_name}.{name}", layer, bn, bool(relu))
        elif isinstance(layer, ReLU):
            x = g.node("Relu", [x], f"{block_name}.{name}")
        elif isinstance(layer, Dropout):
            pass                                          # eval mode: the identity
        else:
            raise TypeError(f"to_onnx: no ONNX form for {type(layer).__name__} "
                            f"({block_name}.{name})")
        i += 1
    return x


def _down(g, block, x, skips):
    skip = _chain(g, x, block.name, block.block.layers)
    skips.append(skip)
    return g.node("MaxPool", [skip], f"pool{block.level}", kernel_shape=[2, 2], strides=[2, 2])


def _bottleneck(g, block, x, skips):
    return _chain(g, x, block.name, block.block.layers)


def _up(g, block, x, skips):
    up = block.upconv
    bias = up.bias if up.bias is not None else np.zeros(up.weight.shape[1])
    y = g.node("ConvTranspose", [x, g.constant(f"{block.name}.upconv.weight", up.weight),
                                 g.constant(f"{block.name}.upconv.bias", bias)],
               f"{block.name}.upconv", kernel_shape=[2, 2], strides=[2, 2])
    y = g.node("Concat", [y, skips.pop()], f"{block.name}.concat", axis=1)
    return _chain(g, y, block.name, block.block.layers)


def _head(g, block, x, skips):
    return _conv(g, x, "logits", block.conv)


def _writers():
    from .unet import Bottleneck, DownBlock, Head, UpBlock
    return {DownBlock: _down, Bottleneck: _bottleneck, UpBlock: _up, Head: _head}


def to_onnx(model, size: int | None = None, path=None):
    """The ``onnx.ModelProto`` of ``model`` (a :class:`tinyunet.unet.UNet`) for inputs of
    ``size`` x ``size`` pixels (default: the size it was trained at, ``model.image_size`` when
    known, else 256); written to ``path`` when given. Raises ValueError for a size that is not a
    multiple of 2**depth, ImportError (one line) without the onnx package."""
    onnx, helper, numpy_helper = _require_onnx()
    size = int(size or getattr(model, "image_size", None) or 256)
    if size < 2 ** model.depth or size % 2 ** model.depth:
        raise ValueError(f"to_onnx: size {size} is not a multiple of 2**depth = "
                         f"{2 ** model.depth}")
    g = _Graph(helper, numpy_helper)
    writers = _writers()
    x, skips = INPUT, []
    for block in model.blocks:
        x = writers[type(block)](g, block, x, skips)
    g.node("Sigmoid", [x], OUTPUT)
    graph = helper.make_graph(
        g.nodes, "tinyunet",
        [helper.make_tensor_value_info(INPUT, onnx.TensorProto.FLOAT,
                                       ["batch", model.in_channels, size, size])],
        [helper.make_tensor_value_info(OUTPUT, onnx.TensorProto.FLOAT,
                                       ["batch", model.out_channels, size, size])],
        g.initializers)
    proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="tinyunet")
    proto.ir_version = min(proto.ir_version, 8)
    helper.set_model_props(proto, {"depth": str(model.depth),
                                   "base_filters": str(model.config["base_filters"]),
                                   "size": str(size),
                                   "input": "each image normalised to zero mean, unit variance"})
    onnx.checker.check_model(proto, full_check=True)
    if path is not None:
        write_bytes_atomically(path, proto.SerializeToString())
    return proto


def run_onnxruntime(path_or_proto, images: np.ndarray, threads: int | None = None) -> np.ndarray:
    """Probabilities (N, out_channels, H, W) of normalised float32 images (N, C, H, W) from
    onnxruntime (``threads``: its intra-op threads; default: its own choice)."""
    try:
        import onnxruntime as ort
    except ImportError:
        raise ImportError('running an exported model needs onnxruntime: '
                          'pip install "tinyunet[onnx]"') from None
    options = ort.SessionOptions()
    if threads:
        options.intra_op_num_threads = int(threads)
        options.inter_op_num_threads = 1
    source = (path_or_proto.SerializeToString() if hasattr(path_or_proto, "SerializeToString")
              else str(path_or_proto))
    session = ort.InferenceSession(source, options, providers=["CPUExecutionProvider"])
    return session.run([OUTPUT], {INPUT: np.ascontiguousarray(images, dtype=np.float32)})[0]


__all__ = ["to_onnx", "run_onnxruntime"]
