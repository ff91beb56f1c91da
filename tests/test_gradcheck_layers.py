"""Every layer passes a float64 central-difference gradient check, on input and parameters."""
import numpy as np
import pytest

from tinyunet.gradcheck import check_gradients, check_layer, numerical_gradient, relative_error
from tinyunet.layers import (BatchNorm2d, Concat, Conv2d, ConvTranspose2d, Dropout, MaxPool2d,
                             ReLU, Sequential, Sigmoid)

from helpers import randomize_biases

TOL = 1e-6


def assert_passes(errors):
    assert errors, "nothing was checked"
    worst = max(errors, key=errors.get)
    assert errors[worst] < TOL, f"{worst}: relative error {errors[worst]:.2e}"


@pytest.mark.parametrize("c_in,c_out,k,s,p,shape", [
    (3, 4, 3, 1, 1, (7, 9)),
    (2, 3, 3, 2, 0, (9, 8)),
    (1, 2, 5, 1, "same", (6, 6)),
    (2, 2, (3, 1), (1, 2), (1, 0), (5, 6)),
    (3, 2, 1, 1, 0, (4, 4)),
    (8, 8, 3, 1, 1, (5, 6)),      # enough channels for the shifted-view fast path
    (8, 9, 3, 1, 0, (6, 5)),
])
def test_conv2d(c_in, c_out, k, s, p, shape, rng):
    layer = randomize_biases(Conv2d(c_in, c_out, k, stride=s, padding=p, rng=0).to(np.float64))
    assert_passes(check_layer(layer, rng.standard_normal((2, c_in, *shape))))


def test_conv2d_without_bias(rng):
    layer = Conv2d(2, 3, 3, padding=1, bias=False, rng=0).to(np.float64)
    errors = check_layer(layer, rng.standard_normal((2, 2, 5, 5)))
    assert set(errors) == {"input", "weight"}
    assert_passes(errors)


@pytest.mark.parametrize("c_in,c_out,k,s,p,shape", [
    (4, 2, 2, 2, 0, (4, 5)),
    (2, 3, 3, 1, 1, (5, 5)),
    (3, 2, 3, 2, 1, (4, 4)),
    (2, 2, 4, 2, 1, (3, 3)),
])
def test_conv_transpose2d(c_in, c_out, k, s, p, shape, rng):
    layer = randomize_biases(ConvTranspose2d(c_in, c_out, k, stride=s, padding=p, rng=0)
                             .to(np.float64))
    assert_passes(check_layer(layer, rng.standard_normal((2, c_in, *shape))))


@pytest.mark.parametrize("k,s", [(2, None), (3, 2), (2, 1)])
def test_maxpool(k, s, rng):
    # continuous random inputs: no ties, and no two values within h of each other
    assert_passes(check_layer(MaxPool2d(k, s), rng.standard_normal((2, 3, 7, 8))))


def test_relu(rng):
    x = rng.standard_normal((2, 3, 4, 5))
    x[np.abs(x) < 1e-3] = 0.5  # keep away from the kink
    assert_passes(check_layer(ReLU(), x))


def test_sigmoid(rng):
    assert_passes(check_layer(Sigmoid(), 3 * rng.standard_normal((2, 3, 4, 5))))


def test_concat_splits_gradient(rng):
    a, b = rng.standard_normal((2, 3, 4, 4)), rng.standard_normal((2, 1, 4, 4))
    errors = check_layer(Concat(), a, b)
    assert set(errors) == {"input0", "input1"}
    assert_passes(errors)


def test_dropout_with_fixed_mask(rng):
    layer = Dropout(0.3)
    x = rng.standard_normal((2, 3, 6, 6))

    def forward():  # the same mask on every call, as within one training step
        layer.rng = np.random.default_rng(7)
        return layer.forward(x)

    errors = check_gradients(forward, lambda r: {"input": layer.backward(r)}, {"input": x}, [])
    assert_passes(errors)


@pytest.mark.parametrize("training", [True, False])
def test_batchnorm(training, rng):
    layer = BatchNorm2d(3).to(np.float64)
    layer.weight[...] = rng.uniform(0.5, 1.5, 3)
    layer.bias[...] = rng.standard_normal(3)
    layer.running_mean[...] = rng.standard_normal(3)
    layer.running_var[...] = rng.uniform(0.5, 2, 3)
    layer.train(training)
    assert_passes(check_layer(layer, rng.standard_normal((3, 3, 4, 5))))


def test_sequential_block(rng):
    block = randomize_biases(Sequential([
        ("conv", Conv2d(2, 3, 3, padding=1, bias=False, rng=1)), ("bn", BatchNorm2d(3)), ("relu", ReLU()),
        ("pool", MaxPool2d(2)), ("up", ConvTranspose2d(3, 2, 2, stride=2, rng=2)),
    ]).to(np.float64))
    errors = check_layer(block, rng.standard_normal((2, 2, 6, 6)))
    assert {"conv.weight", "bn.weight", "bn.bias", "up.weight", "up.bias"} <= set(errors)
    assert_passes(errors)


@pytest.mark.parametrize("dtype,rtol", [(np.float64, 1e-12), (np.float32, 1e-5)])
@pytest.mark.parametrize("kernel", [3, 1])        # the direct path, the pointwise path
def test_conv_with_relu_activation_is_conv_then_relu(rng, dtype, rtol, kernel):
    """Conv2d(activation="relu") runs the ReLU in the convolution's own pass, both ways: same
    output and gradients as a Conv2d followed by a ReLU layer, and the gradient check holds."""
    def conv(activation=None):
        layer = Conv2d(2, 5, kernel, padding="same", rng=1, activation=activation).to(dtype)
        return randomize_biases(layer, seed=4)
    x = rng.standard_normal((2, 2, 7, 9)).astype(dtype)
    dy = rng.standard_normal((2, 5, 7, 9)).astype(dtype)
    fused, plain, relu = conv("relu"), conv(), ReLU()
    pre = plain.forward(x)
    assert (pre < 0).any()
    np.testing.assert_allclose(fused.forward(x), relu.forward(pre), rtol=rtol)
    np.testing.assert_allclose(fused.backward(dy), plain.backward(relu.backward(dy)),
                               rtol=rtol, atol=rtol)
    for name in ("weight", "bias"):
        np.testing.assert_allclose(fused.grads[name], plain.grads[name], rtol=rtol, atol=rtol,
                                   err_msg=name)
    if dtype == np.float64:
        assert_passes(check_layer(conv("relu"), x))
    assert "activation='relu'" in repr(fused)
    with pytest.raises(ValueError, match="activation must be None or 'relu'"):
        Conv2d(2, 5, 3, activation="tanh")


def test_every_layer_releases_what_forward_kept(rng):
    """One cache convention: a second backward without a forward is an error for every layer."""
    x = rng.standard_normal((2, 4, 6, 6))
    cases = [Conv2d(4, 4, 3, padding=1, rng=0, activation="relu").to(np.float64),
             ConvTranspose2d(4, 2, 2, stride=2, rng=0).to(np.float64), MaxPool2d(2), ReLU(),
             Sigmoid(), BatchNorm2d(4).to(np.float64), Dropout(0.5, rng=0)]
    for layer in cases + [Concat()]:
        y = layer.forward(x, x) if isinstance(layer, Concat) else layer.forward(x)
        layer.backward(np.ones_like(y))
        with pytest.raises(RuntimeError, match="call forward first"):
            layer.backward(np.ones_like(y))


def test_gradcheck_catches_a_wrong_backward(rng):
    """The checker itself must fail on a broken layer: a ReLU whose backward forgets the mask."""

    class LeakyBug(ReLU):
        def backward(self, dy):
            return dy

    errors = check_layer(LeakyBug(), rng.standard_normal((2, 2, 4, 4)))
    assert errors["input"] > 1e-2


def test_numerical_gradient_of_a_known_function():
    x = np.array([1.0, -2.0, 3.0])
    g = numerical_gradient(lambda: float(np.sum(x ** 3)), x)
    np.testing.assert_allclose(g, 3 * np.array([1.0, 4.0, 9.0]), rtol=1e-8)
    assert relative_error(g, 3 * x ** 2) < 1e-9
    with pytest.raises(ValueError, match="float64"):
        numerical_gradient(lambda: 0.0, x.astype(np.float32))


@pytest.mark.parametrize("path", ["direct", "pointwise", "patches", "shifted", "im2col"])
@pytest.mark.parametrize("k,s,p", [(3, 1, 1), (1, 1, 0), (2, 2, 0)])
def test_convolutions_pass_on_every_path(path, k, s, p, rng):
    """Each path of the dispatch forced in turn (where it does not apply, im2col runs): a
    convolution and a transposed convolution of 8 channels, 3x3 'same', 1x1 and 2x2 stride 2."""
    from tinyunet.conv import PATHS, use_path
    assert path in PATHS
    for layer in (Conv2d(8, 8, k, stride=s, padding=p, rng=0),
                  ConvTranspose2d(8, 8, k, stride=s, padding=p, rng=0)):
        layer = randomize_biases(layer.to(np.float64))
        with use_path(path):
            assert_passes(check_layer(layer, rng.standard_normal((2, 8, 4, 4))))


@pytest.mark.parametrize("activation", [None, "relu"])
def test_winograd_path_passes_the_gradient_check(activation, rng):
    """Winograd's F(2x2, 3x3) (forward pass and input gradient; the weight gradient stays
    direct), forced on a map it takes at every vector width, with and without the ReLU folded
    into the convolution."""
    from tinyunet.conv import choose_path, use_path
    layer = randomize_biases(Conv2d(8, 8, 3, padding=1, rng=0, activation=activation)
                             .to(np.float64))
    x = rng.standard_normal((1, 8, 2, 32))
    with use_path("winograd"):
        assert choose_path((8, 8, 3, 3), (1, 1), (1, 1), x.shape).name == "winograd"
        assert_passes(check_layer(layer, x))
