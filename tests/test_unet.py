"""The assembled U-Net: gradient check, shapes, names, receptive field, parameter count."""
import contextlib

import numpy as np
import pytest

from tinyunet import UNet, conv
from tinyunet.layers import Dropout
from tinyunet.gradcheck import check_layer

from helpers import randomize_biases


class FixedDropout:
    """The model, with every Dropout drawing the same mask on each forward (as within one
    training step), so that central differences see one function."""

    def __init__(self, model):
        self.model = model

    def forward(self, x):
        for i, layer in enumerate(m for m in _walk(self.model) if isinstance(m, Dropout)):
            layer.rng = np.random.default_rng(100 + i)
        return self.model.forward(x)

    def backward(self, dy):
        return self.model.backward(dy)

    def parameters(self):
        return self.model.parameters()


def _walk(layer):
    yield layer
    for _, child in layer.named_children():
        yield from _walk(child)


@pytest.mark.parametrize("batch_norm,dropout", [(False, 0.0), (True, 0.0), (False, 0.4),
                                                (True, 0.4)])
@pytest.mark.parametrize("path", ["default", "im2col", "shifted"])
def test_whole_network_gradient_check(batch_norm, dropout, path):
    from tinyunet import conv
    model = UNet(depth=2, base_filters=3 if path != "shifted" else 8, batch_norm=batch_norm,
                 dropout=dropout, seed=0)
    model = randomize_biases(model.to(np.float64), seed=5)
    if dropout:
        assert any(isinstance(m, Dropout) for m in _walk(model))
    x = np.random.default_rng(1).standard_normal((2, 1, 8, 8))
    forced = conv.use_path(path) if path != "default" else contextlib.nullcontext()
    with forced:
        errors = check_layer(FixedDropout(model), x,
                             max_entries=None if path == "default" else 30)
    assert len(errors) == 1 + sum(1 for _ in model.parameters())
    worst = max(errors, key=errors.get)
    assert errors[worst] < 1e-6, f"{worst}: {errors[worst]:.2e}"


def test_whole_network_gradient_check_depth3_sampled():
    model = randomize_biases(UNet(depth=3, base_filters=2, seed=3).to(np.float64), seed=2)
    x = np.random.default_rng(2).standard_normal((1, 1, 16, 16))
    errors = check_layer(model, x, max_entries=40)
    assert max(errors.values()) < 1e-6


@pytest.mark.parametrize("depth", [1, 2, 3, 4, 5])
def test_shapes_and_feature_names(depth):
    model = UNet(in_channels=1, out_channels=2, depth=depth, base_filters=2)
    size = 2 ** depth * 2
    x = np.zeros((3, 1, size, size), np.float32)
    logits, features = model.forward(x, return_features=True)
    assert logits.shape == (3, 2, size, size) and logits.dtype == np.float32
    assert f"down{depth}.conv2" in features and "bottleneck" in features
    assert features[f"pool{depth}"].shape == (3, 2 ** (depth - 1) * 2, 2, 2)
    assert features["bottleneck"].shape[1] == 2 * 2 ** depth
    assert features["up1.concat"].shape == (3, 4, size, size)
    assert list(features)[-1] == "logits"
    # every leaf layer of the summary appears with the shape it predicted
    for name, _, shape, _ in model.layer_table(x.shape):
        if name in features:
            assert features[name].shape == shape, name


def test_parameter_names_are_unique_and_dotted():
    model = UNet(depth=3, base_filters=4, batch_norm=True)
    names = [name for name, _, _ in model.parameters()]
    assert len(names) == len(set(names))
    assert "down2.conv1.weight" in names and "up1.upconv.weight" in names
    assert "up3.bn2.bias" in names and "head.bias" in names
    assert {n for n, _ in model.buffers()} >= {"down1.bn1.running_mean", "bottleneck.bn2.running_var"}


def conv_params(c_in, c_out, k, bias=True):
    return c_in * c_out * k * k + (c_out if bias else 0)


@pytest.mark.parametrize("depth,f", [(1, 8), (2, 4), (4, 16)])
def test_parameter_count_matches_formula(depth, f):
    expected, c_in = 0, 1
    for level in range(depth + 1):
        c = f * 2 ** level
        expected += conv_params(c_in, c, 3) + conv_params(c, c, 3)
        c_in = c
    for level in range(depth):
        c = f * 2 ** level
        expected += conv_params(2 * c, c, 2) + conv_params(2 * c, c, 3) + conv_params(c, c, 3)
    expected += conv_params(f, 1, 1)
    assert UNet(depth=depth, base_filters=f).num_parameters() == expected


def test_receptive_field_by_hand_for_depth_1():
    # two 3x3: 5; pool 2x2: 6, jump 2; two 3x3 at jump 2: 14; upconv: 14; two 3x3: 18; 1x1: 18
    assert UNet(depth=1, base_filters=2).receptive_field_size == 18


@pytest.mark.parametrize("depth", [1, 2])
def test_receptive_field_matches_gradient_support(depth):
    """The input pixels that can influence one output pixel span exactly the receptive field."""
    model = randomize_biases(UNet(depth=depth, base_filters=4, seed=1), scale=1.0)
    model.to(np.float64)
    size = 64
    x = np.random.default_rng(0).uniform(0.5, 1.5, (1, 1, size, size))
    y = model.forward(x)
    dy = np.zeros_like(y)
    dy[0, 0, size // 2, size // 2] = 1.0
    dx = model.backward(dy)
    rows = np.flatnonzero(np.abs(dx[0, 0]).sum(axis=1) > 0)
    cols = np.flatnonzero(np.abs(dx[0, 0]).sum(axis=0) > 0)
    rf = model.receptive_field_size
    height, width = rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1
    # positive inputs and large positive biases keep the ReLUs open, so the support is the full field
    assert (height, width) == (rf, rf)


def test_summary_reports_totals(capsys):
    model = UNet(depth=2, base_filters=4)
    text = model.summary((2, 1, 32, 32))
    assert f"parameters: {model.num_parameters():,}" in text
    assert f"receptive field: {model.receptive_field_size}" in text
    assert "up1.conv2" in text and "(2, 4, 32, 32)" in text
    assert capsys.readouterr().out.strip() == text.strip()


def test_memory_estimate_grows_with_batch():
    model = UNet(depth=2, base_filters=4)
    m1, m8 = model.memory_estimate((1, 1, 64, 64)), model.memory_estimate((8, 1, 64, 64))
    assert m8["activations"] == 8 * m1["activations"]
    assert m8["parameters"] == m1["parameters"] == model.num_parameters() * 4 * 4
    # activations: every layer output, float32, and each max-pool's int32 indices, except the
    # concatenations, which the decoder's first convolutions read in place (Concat.forward_pair)
    rows = model.layer_table((1, 1, 64, 64))
    indices = 4 * sum(int(np.prod(s)) for name, _, s, _ in rows if name.endswith(".pool"))
    assert indices > 0
    assert m1["activations"] == indices + 4 * sum(int(np.prod(s)) for name, _, s, _ in rows
                                                  if not name.endswith(".concat"))
    with conv.use_path("im2col"):             # a path that needs the concatenation built
        assert model.memory_estimate((1, 1, 64, 64))["activations"] == indices + 4 * sum(
            int(np.prod(s)) for _, _, s, _ in rows)


def test_same_seed_same_model_and_dtype_follows_input():
    a, b = UNet(depth=2, base_filters=4, seed=7), UNet(depth=2, base_filters=4, seed=7)
    for (_, va, _), (_, vb, _) in zip(a.parameters(), b.parameters()):
        np.testing.assert_array_equal(va, vb)
    c = UNet(depth=2, base_filters=4, seed=8)
    assert not np.array_equal(next(a.parameters())[1], next(c.parameters())[1])
    x = np.random.default_rng(0).standard_normal((1, 1, 8, 8))
    assert a.forward(x).dtype == np.float64
    assert a.forward(x.astype(np.float32)).dtype == np.float32


def test_eval_mode_is_deterministic_with_dropout():
    model = UNet(depth=2, base_filters=4, dropout=0.5, seed=0)
    x = np.random.default_rng(0).standard_normal((2, 1, 16, 16)).astype(np.float32)
    model.eval()
    np.testing.assert_array_equal(model.forward(x), model.forward(x))
    model.train()
    assert not np.array_equal(model.forward(x), model.forward(x))
    p = model.predict_proba(x)
    assert model.training and p.min() >= 0 and p.max() <= 1


def test_backward_without_input_gradient_gives_the_same_parameter_gradients():
    x = np.random.default_rng(3).standard_normal((2, 1, 16, 16)).astype(np.float32)
    grads = []
    for input_grad in (True, False):
        model = UNet(depth=2, base_filters=4, seed=0)
        model.zero_grad()
        dx = model.backward(np.ones_like(model.forward(x)), input_grad=input_grad)
        assert (dx is None) == (not input_grad)
        grads.append([g.copy() for _, _, g in model.parameters()])
    for with_dx, without in zip(*grads):
        np.testing.assert_array_equal(with_dx, without)


def test_memory_estimate_consults_the_dispatch_and_models_backward():
    from tinyunet import conv
    model = UNet(depth=2, base_filters=8)
    shape = (2, 1, 32, 32)
    default = model.memory_estimate(shape)
    # the direct path unfolds nothing but keeps per-task weight-gradient sums: at most for the
    # bottleneck's second conv, 32 x 32 x 3 x 3, in 2 tasks (one band, each image a group).
    # Where the dispatch takes Winograd (CPUs with 16 vector registers), up1's first conv (16 +
    # 16 -> 16 channels at 16 px, 128 tiles) keeps Winograd's sums instead: 2 tasks x 16
    # positions x (16 outputs padded to 18 x 32 inputs = 576 values, rounded up to an odd
    # number of 64-byte lines: 37 = 592 values), which is more
    from tinyunet.fast import winograd
    direct_sums = 2 * 32 * 32 * 9 * 4
    assert default["unfold"] == (2 * 16 * 592 * 4 if winograd.ENABLED else direct_sums)
    with conv.reference_path():              # im2col everywhere: the first up-level's columns
        unfolded = model.memory_estimate(shape)
    # the largest im2col: up1's second conv, 8 channels x 9 taps x 32x32 positions, or up1's
    # first, 16 channels x 9 x 32x32, for 2 images of float32
    assert unfolded["unfold"] == 2 * 16 * 9 * 32 * 32 * 4
    with conv.use_path("shifted"):
        shifted = model.memory_estimate(shape)["unfold"]
    assert 0 < shifted < unfolded["unfold"]
    # backward: at the last layer everything is kept plus its gradient in and out
    rows = model.layer_table(shape)
    last = [4 * int(np.prod(s)) for _, _, s, _ in rows[-2:]]
    assert default["backward_peak"] >= default["activations"] + last[1] + last[0]
    assert default["total"] == (default["parameters"] + default["unfold"]
                                + max(default["activations"], default["backward_peak"]))


def test_inference_forward_keeps_nothing_and_computes_the_same():
    from tinyunet.layers import Conv2d, inference
    model = UNet(depth=2, base_filters=4, batch_norm=True, seed=0).eval()
    x = np.random.default_rng(0).standard_normal((2, 1, 16, 16)).astype(np.float32)
    expected = model.forward(x)
    convs = [layer for _, layer, _, _ in model.leaf_rows(x.shape) if isinstance(layer, Conv2d)]
    assert all(conv._x is not None for conv in convs)
    with inference():
        got = model.forward(x)
    np.testing.assert_array_equal(got, expected)
    assert all(conv._x is None for conv in convs)
    with pytest.raises(RuntimeError, match="inference"):
        model.backward(np.ones_like(got))
    model.forward(x)                                   # outside the block it keeps them again
    assert all(conv._x is not None for conv in convs)
    np.testing.assert_allclose(model.predict_proba(x), 1 / (1 + np.exp(-expected)), rtol=1e-6)


def test_every_walk_over_the_blocks_is_a_plain_loop():
    """Forward, backward, the receptive fields, the layer table and the memory estimate each
    ask every block the same question (tinyunet.unet.Block): no walk switches on a type."""
    import inspect

    from tinyunet.layers import Sequential
    for method in (UNet.forward, UNet.backward, UNet.receptive_fields, UNet.leaf_rows,
                   UNet.memory_estimate, Sequential.backward):
        assert "isinstance" not in inspect.getsource(method), method.__qualname__


def test_a_feature_map_has_the_name_of_the_parameters_that_make_it():
    model = UNet(depth=2, base_filters=2)
    _, features = model.forward(np.zeros((1, 1, 16, 16), np.float32), return_features=True)
    for name, _, _ in model.parameters():
        layer = name.rsplit(".", 1)[0]
        assert layer in features or layer == "head", layer
    assert {row[0] for row in model.layer_table((1, 1, 16, 16))} >= {
        name.rsplit(".", 1)[0] for name, _, _ in model.parameters()}
