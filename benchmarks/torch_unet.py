"""The same U-Net in PyTorch, built from a tinyunet model and sharing its weights.

Only the benchmark (and nothing in the library) imports this; it needs ``torch==2.13.0``.
"""
import numpy as np
import torch
from torch import nn

from tinyunet import UNet


def _conv(layer, transpose=False):
    cls = nn.ConvTranspose2d if transpose else nn.Conv2d
    c_in, c_out = layer.in_channels, layer.out_channels
    mod = cls(c_in, c_out, layer.kernel_size, stride=layer.stride, padding=layer.padding,
              bias=layer.bias is not None)
    with torch.no_grad():
        mod.weight.copy_(torch.from_numpy(np.asarray(layer.weight, np.float32)))
        if layer.bias is not None:
            mod.bias.copy_(torch.from_numpy(np.asarray(layer.bias, np.float32)))
    return mod


def _block(seq):
    mods = []
    for _, layer in seq.layers:
        kind = type(layer).__name__
        if kind == "Conv2d":
            mods.append(_conv(layer))
            if layer.activation == "relu":
                mods.append(nn.ReLU())
        elif kind == "ReLU":
            mods.append(nn.ReLU())
        else:
            raise ValueError(f"the benchmark's torch twin does not handle {kind}")
    return nn.Sequential(*mods)


class TorchUNet(nn.Module):
    """Mirror of a (no batch-norm, no dropout) tinyunet UNet, with copied weights."""

    def __init__(self, model: UNet):
        super().__init__()
        self.depth = model.depth
        self.downs = nn.ModuleList(_block(b.block) for b in model.downs)
        self.bottleneck = _block(model.bottleneck.block)
        self.upconvs = nn.ModuleList(_conv(u.upconv, transpose=True) for u in model.ups)
        self.ups = nn.ModuleList(_block(u.block) for u in model.ups)
        self.head = _conv(model.head.conv)
        self.names = [n for n, _, _ in model.parameters()]

    def forward(self, x):
        skips = []
        for down in self.downs:
            x = down(x)
            skips.append(x)
            x = nn.functional.max_pool2d(x, 2)
        x = self.bottleneck(x)
        for level in reversed(range(self.depth)):
            x = self.upconvs[level](x)
            x = self.ups[level](torch.cat([x, skips[level]], dim=1))
        return self.head(x)

    def named_grads(self):
        """Gradients under tinyunet's parameter names."""
        out = {}
        for level in range(self.depth):
            for i, conv in enumerate([m for m in self.downs[level] if isinstance(m, nn.Conv2d)]):
                out[f"down{level + 1}.conv{i + 1}.weight"] = conv.weight.grad
                out[f"down{level + 1}.conv{i + 1}.bias"] = conv.bias.grad
            out[f"up{level + 1}.upconv.weight"] = self.upconvs[level].weight.grad
            out[f"up{level + 1}.upconv.bias"] = self.upconvs[level].bias.grad
            for i, conv in enumerate([m for m in self.ups[level] if isinstance(m, nn.Conv2d)]):
                out[f"up{level + 1}.conv{i + 1}.weight"] = conv.weight.grad
                out[f"up{level + 1}.conv{i + 1}.bias"] = conv.bias.grad
        for i, conv in enumerate([m for m in self.bottleneck if isinstance(m, nn.Conv2d)]):
            out[f"bottleneck.conv{i + 1}.weight"] = conv.weight.grad
            out[f"bottleneck.conv{i + 1}.bias"] = conv.bias.grad
        out["head.weight"] = self.head.weight.grad
        out["head.bias"] = self.head.bias.grad
        return {k: v.detach().numpy() for k, v in out.items()}
