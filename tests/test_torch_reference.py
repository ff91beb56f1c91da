"""Forward and backward of each layer against torch.nn.functional on identical weights.

Skipped cleanly when PyTorch is not installed (it is never a dependency of the library):
    pip install torch==2.13.0
"""
import contextlib

import numpy as np
import pytest

from tinyunet import conv
from tinyunet.conv import PATHS, use_path
from tinyunet.layers import BatchNorm2d, Conv2d, ConvTranspose2d, MaxPool2d, ReLU, Sigmoid

torch = pytest.importorskip("torch")
F = torch.nn.functional


def compare_with_torch(layer, torch_fn, x, rtol=1e-4, atol=1e-5, seed=0):
    """Run ``layer`` and ``torch_fn(x_t, *params_t)`` on the same float32 input and parameters,
    backpropagate the same random upstream gradient, and compare output, input gradient and
    every parameter gradient."""
    params = [(name, value) for name, value, _ in layer.parameters()]
    x_t = torch.tensor(x, requires_grad=True)
    params_t = [torch.tensor(value, requires_grad=True) for _, value in params]
    y = layer.forward(x)
    y_t = torch_fn(x_t, *params_t)
    np.testing.assert_allclose(y, y_t.detach().numpy(), rtol=rtol, atol=atol)
    dy = np.random.default_rng(seed).standard_normal(y.shape).astype(np.float32)
    layer.zero_grad()
    dx = layer.backward(dy)
    y_t.backward(torch.tensor(dy))
    np.testing.assert_allclose(dx, x_t.grad.numpy(), rtol=rtol, atol=atol)
    grads = {name: grad for name, _, grad in layer.parameters()}
    for (name, _), p_t in zip(params, params_t):
        np.testing.assert_allclose(grads[name], p_t.grad.numpy(), rtol=rtol, atol=atol * 10,
                                   err_msg=f"gradient of {name}")


def rand(*shape, seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


def forced(path):
    return contextlib.nullcontext() if path == "default" else use_path(path)


def paths_taken(monkeypatch) -> set:
    """The convolution paths that run while the test goes on (a spy on the dispatch)."""
    taken = set()
    choose = conv.choose_path
    monkeypatch.setattr(conv, "choose_path", lambda *a: taken.add(choose(*a).name)
                        or choose(*a))
    return taken


@pytest.mark.parametrize("path", ["default", *sorted(PATHS)])
@pytest.mark.parametrize("k,s,p", [(3, 1, 1), (3, 2, 0), (1, 1, 0), (5, 2, 2), (2, 2, 0)])
@pytest.mark.parametrize("c_in,c_out", [(3, 4), (8, 16)])
def test_conv2d(k, s, p, c_in, c_out, path, monkeypatch):
    taken = paths_taken(monkeypatch)
    layer = Conv2d(c_in, c_out, k, stride=s, padding=p, rng=0)
    layer.bias[...] = rand(c_out, seed=1)
    with forced(path):
        compare_with_torch(layer, lambda x, w, b: F.conv2d(x, w, b, stride=s, padding=p),
                           rand(2, c_in, 12, 10))
    assert path in taken or path == "default" or taken == {"im2col"}


@pytest.mark.parametrize("path", ["default", *sorted(PATHS)])
@pytest.mark.parametrize("k,s,p", [(2, 2, 0), (3, 2, 1), (3, 1, 1), (4, 2, 1)])
@pytest.mark.parametrize("c_in,c_out", [(4, 3), (16, 8)])
def test_conv_transpose2d(k, s, p, c_in, c_out, path, monkeypatch):
    taken = paths_taken(monkeypatch)
    layer = ConvTranspose2d(c_in, c_out, k, stride=s, padding=p, rng=0)
    layer.bias[...] = rand(c_out, seed=1)
    with forced(path):
        compare_with_torch(layer, lambda x, w, b: F.conv_transpose2d(x, w, b, stride=s,
                                                                     padding=p),
                           rand(2, c_in, 7, 6))
    assert path in taken or path == "default" or taken == {"im2col"}


@pytest.mark.parametrize("path", sorted(PATHS))
def test_every_path_is_compared_with_torch_somewhere(path, monkeypatch):
    """Each forced path runs in at least one of the comparisons above (not only im2col)."""
    cases = [(Conv2d(8, 16, 3, padding=1, rng=0), lambda x, w, b: F.conv2d(x, w, b, padding=1),
              rand(2, 8, 12, 10)),
             (Conv2d(8, 8, 3, padding=1, rng=0), lambda x, w, b: F.conv2d(x, w, b, padding=1),
              rand(2, 8, 4, 64)),           # a map that Winograd's kernel takes at every width
             (Conv2d(8, 16, 1, rng=0), lambda x, w, b: F.conv2d(x, w, b), rand(2, 8, 6, 6)),
             (ConvTranspose2d(16, 8, 2, stride=2, rng=0),
              lambda x, w, b: F.conv_transpose2d(x, w, b, stride=2), rand(2, 16, 6, 6))]
    taken = paths_taken(monkeypatch)
    with use_path(path):
        for layer, fn, x in cases:
            compare_with_torch(layer, fn, x)
    assert path in taken


@pytest.mark.parametrize("k,s", [(2, 2), (3, 2)])
def test_maxpool(k, s):
    compare_with_torch(MaxPool2d(k, s), lambda x: F.max_pool2d(x, k, s), rand(2, 3, 9, 8))


def test_relu_and_sigmoid():
    compare_with_torch(ReLU(), F.relu, rand(2, 3, 5, 5))
    compare_with_torch(Sigmoid(), torch.sigmoid, rand(2, 3, 5, 5))


def test_batchnorm_training_and_running_stats():
    layer = BatchNorm2d(3)
    layer.weight[...] = rand(3, seed=2)
    layer.bias[...] = rand(3, seed=3)
    running_mean, running_var = torch.zeros(3), torch.ones(3)
    compare_with_torch(layer, lambda x, w, b: F.batch_norm(x, running_mean, running_var, w, b,
                                                           training=True, momentum=0.1),
                       rand(4, 3, 5, 6))
    np.testing.assert_allclose(layer.running_mean, running_mean.numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(layer.running_var, running_var.numpy(), rtol=1e-5, atol=1e-6)
