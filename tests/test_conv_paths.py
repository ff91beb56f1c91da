"""The shifted-view (stride 1) and pointwise (1x1) convolutions agree with im2col and naive loops."""
import numpy as np
import pytest

from tinyunet import conv, kernels
from tinyunet.layers import Concat, Conv2d

from references import conv2d_naive

SHAPES = [  # N, C, O, H, W, k, p
    (2, 3, 4, 7, 9, 3, 1),
    (1, 8, 8, 6, 6, 3, 0),
    (2, 2, 5, 5, 8, 5, 2),
    (1, 4, 3, 6, 5, 2, 1),
    (3, 9, 8, 4, 4, 1, 0),
    (1, 2, 2, 5, 5, (3, 1), (1, 0)),
]


def pair(v):
    return (v, v) if isinstance(v, int) else v


@pytest.mark.parametrize("n,c,o,h,w,k,p", SHAPES)
def test_shifted_matches_im2col_and_naive(n, c, o, h, w, k, p):
    k, p = pair(k), pair(p)
    rng = np.random.default_rng(sum(k) + c)
    x = rng.standard_normal((n, c, h, w))
    weight = rng.standard_normal((o, c, *k))
    y = conv.conv2d_forward_shifted(x, weight, p)
    np.testing.assert_allclose(y, conv.conv2d_forward_im2col(x, weight, (1, 1), p), atol=1e-12)
    np.testing.assert_allclose(y, conv2d_naive(x, weight, None, (1, 1), p), atol=1e-12)
    dy = rng.standard_normal(y.shape)
    np.testing.assert_allclose(conv.conv2d_input_grad_shifted(dy, weight, p),
                               conv.conv2d_input_grad_im2col(dy, weight, x.shape, (1, 1), p),
                               atol=1e-12)
    np.testing.assert_allclose(conv.conv2d_weight_grad_shifted(x, dy, k, p),
                               conv.conv2d_weight_grad_im2col(x, dy, k, (1, 1), p), atol=1e-12)


@pytest.mark.parametrize("n,c,o,h,w", [(2, 16, 1, 5, 7), (1, 3, 4, 4, 4), (3, 1, 2, 2, 9)])
@pytest.mark.parametrize("dtype,tol", [(np.float64, 1e-12), (np.float32, 1e-5)])
def test_pointwise_matches_im2col_and_naive(n, c, o, h, w, dtype, tol):
    rng = np.random.default_rng(c + o)
    x = rng.standard_normal((n, c, h, w)).astype(dtype)
    weight = rng.standard_normal((o, c, 1, 1)).astype(dtype)
    dy = rng.standard_normal((n, o, h, w)).astype(dtype)
    none, one = (0, 0), (1, 1)
    y = conv.conv2d_forward_pointwise(x, weight)
    assert y.dtype == dtype
    np.testing.assert_allclose(y, conv2d_naive(x, weight, None, one, none), atol=tol)
    np.testing.assert_allclose(y, conv.conv2d_forward_im2col(x, weight, one, none), atol=tol)
    dx = conv.conv2d_input_grad_pointwise(dy, weight)
    assert dx.dtype == dtype
    np.testing.assert_allclose(dx, conv.conv2d_input_grad_im2col(dy, weight, x.shape, one, none),
                               atol=tol)
    np.testing.assert_allclose(conv.conv2d_weight_grad_pointwise(x, dy),
                               conv.conv2d_weight_grad_im2col(x, dy, (1, 1), one, none),
                               atol=tol * 10)


def test_dispatch_picks_the_fast_path_only_where_it_applies():
    assert conv._pointwise_ok((1, 16, 1, 1), (1, 1), (0, 0))
    assert not conv._pointwise_ok((1, 16, 1, 1), (2, 2), (0, 0))
    assert not conv._pointwise_ok((1, 16, 1, 1), (1, 1), (1, 1))
    assert conv._shifted_ok((16, 16, 3, 3), (1, 1), (1, 1))
    assert not conv._shifted_ok((16, 1, 3, 3), (1, 1), (1, 1))      # thin first layer
    assert not conv._shifted_ok((16, 16, 3, 3), (2, 2), (1, 1))     # strided
    assert not conv._shifted_ok((16, 16, 3, 3), (1, 1), (3, 3))     # padding beyond k - 1


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_grid_kernels_match_references(dtype):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 3, 5, 7)).astype(dtype)
    for padding, tail in (((1, 1), 2), ((0, 2), 0), ((2, 0), 4)):
        np.testing.assert_array_equal(kernels.pad_flat(x, padding, tail),
                                      kernels.pad_flat_reference(x, padding, tail))
    y = rng.standard_normal((2, 3, 4 * 9)).astype(dtype)
    np.testing.assert_array_equal(kernels.crop_grid(y, 4, 9, 7),
                                  kernels.crop_grid_reference(y, 4, 9, 7))
    dy = rng.standard_normal((2, 3, 4, 7)).astype(dtype)
    np.testing.assert_array_equal(kernels.uncrop_grid(dy, 9), kernels.uncrop_grid_reference(dy, 9))
    # uncrop is crop's adjoint
    assert np.isclose(np.sum(kernels.crop_grid(y, 4, 9, 7) * dy),
                      np.sum(y * kernels.uncrop_grid(dy, 9)))


def _fast_3x3(x_shape=(2, 16, 8, 8)):
    """The path a 3x3 'same' convolution of 16 channels takes on this CPU unforced: Winograd's
    where it is enabled (16 vector registers) and takes the map (8 px is one vector at 256
    bits, half of one at 512), else direct."""
    from tinyunet.fast import winograd
    taken = winograd.ENABLED and winograd.usable(x_shape) and winograd.pays(x_shape)
    return "winograd" if taken else "direct"


def test_choose_path_is_the_one_dispatch():
    def pick(w, s=(1, 1), p=(1, 1), x=(2, 16, 8, 8)):
        return conv.choose_path(w, s, p, x).name
    assert pick((16, 16, 3, 3)) == _fast_3x3()
    assert pick((16, 16, 3, 3), x=(2, 16, 6, 6)) == "direct"
    assert pick((4, 16, 1, 1), p=(0, 0)) == "pointwise"
    assert pick((16, 8, 2, 2), s=(2, 2), p=(0, 0)) == "patches"
    assert pick((16, 8, 2, 2), s=(2, 2), p=(0, 0), x=(2, 16, 7, 8)) == "im2col"   # odd map
    assert pick((16, 16, 5, 5), p=(2, 2)) == "shifted"
    assert pick((16, 1, 5, 5), p=(2, 2), x=(2, 1, 8, 8)) == "im2col"             # thin layer
    assert pick((16, 16, 3, 3), s=(2, 2)) == "im2col"


@pytest.mark.parametrize("forced, expected", [
    ("im2col", ["im2col", "im2col", "im2col"]),
    ("shifted", ["shifted", "im2col", "im2col"]),
    ("direct", ["direct", "im2col", "im2col"]),
    ("winograd", ["winograd or im2col", "im2col", "im2col"]),
    ("patches", ["im2col", "patches", "im2col"]),
    ("pointwise", ["im2col", "im2col", "pointwise"]),
])
def test_use_path_forces_a_path_where_it_applies_and_nowhere_else(forced, expected):
    shapes = [((16, 16, 3, 3), (1, 1), (1, 1)), ((16, 8, 2, 2), (2, 2), (0, 0)),
              ((4, 16, 1, 1), (1, 1), (0, 0))]
    from tinyunet.fast import winograd
    if expected[0] == "winograd or im2col":      # 8 px: one vector of float32 at 256 bits
        expected = ["winograd" if winograd.usable((2, 16, 8, 8)) else "im2col", *expected[1:]]
    with conv.use_path(forced):
        assert [conv.choose_path(w, s, p, (2, 16, 8, 8)).name for w, s, p in shapes] == expected
    assert conv.choose_path(*shapes[0], (2, 16, 8, 8)).name == _fast_3x3()   # restored after
    with pytest.raises(ValueError, match="unknown convolution path 'fast'"):
        with conv.use_path("fast"):
            pass


def test_use_path_holds_in_its_own_thread_only():
    import threading
    seen = {}
    with conv.reference_path():
        t = threading.Thread(target=lambda: seen.update(
            other=conv.choose_path((16, 16, 3, 3), (1, 1), (1, 1), (1, 16, 8, 8)).name))
        t.start()
        t.join()
        seen["here"] = conv.choose_path((16, 16, 3, 3), (1, 1), (1, 1), (1, 16, 8, 8)).name
    assert seen == {"other": _fast_3x3((1, 16, 8, 8)), "here": "im2col"}


@pytest.mark.parametrize("path", sorted(conv.PATHS))
def test_every_path_gives_the_same_unet(path, monkeypatch):
    """A whole U-Net (3x3, 2x2/2 and 1x1 convolutions) with one path forced: same outputs and
    gradients as the default dispatch, and the forced path really ran."""
    from tinyunet import UNet
    from helpers import randomize_biases
    model = randomize_biases(UNet(depth=2, base_filters=8, seed=1).to(np.float64), seed=2)
    x = np.random.default_rng(3).standard_normal((2, 1, 16, 16))
    r = np.random.default_rng(4).standard_normal((2, 1, 16, 16))

    def run():
        model.zero_grad()
        y = model.forward(x)
        dx = model.backward(r)
        return y, dx, {n: g.copy() for n, _, g in model.parameters()}

    y0, dx0, g0 = run()
    taken = []
    choose = conv.choose_path
    monkeypatch.setattr(conv, "choose_path", lambda *a: taken.append(choose(*a).name)
                        or choose(*a))
    with conv.use_path(path):
        y1, dx1, g1 = run()
    assert path in taken
    np.testing.assert_allclose(y1, y0, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(dx1, dx0, rtol=1e-9, atol=1e-12)
    for name in g0:
        np.testing.assert_allclose(g1[name], g0[name], rtol=1e-9, atol=1e-11, err_msg=name)


@pytest.mark.parametrize("kernel,padding", [(3, "same"), (5, 2)])
def test_conv2d_reads_a_concat_pair_like_the_concatenated_array(kernel, padding):
    """Concat.forward_pair hands the next Conv2d the pair (no concatenated copy): the direct 3x3
    path reads both parts in place, any other path concatenates them; the output, the input
    gradient (of the whole concatenation, split back by Concat.backward) and the parameter
    gradients are those of the concatenated array."""
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((2, 3, 9, 9)), rng.standard_normal((2, 4, 9, 9))
    concat = Concat()
    pair = concat.forward_pair(a, b)
    assert pair[0] is a and pair[1] is b
    layers = [Conv2d(7, 5, kernel, padding=padding, rng=np.random.default_rng(1),
                     activation="relu") for _ in range(2)]
    y_pair = layers[0].forward(pair)
    y_whole = layers[1].forward(Concat().forward(a, b))
    np.testing.assert_allclose(y_pair, y_whole, rtol=1e-12, atol=1e-12)
    dy = rng.standard_normal(y_pair.shape)
    da, db = concat.backward(layers[0].backward(dy))
    dx_whole = layers[1].backward(dy)
    np.testing.assert_allclose(np.concatenate((da, db), axis=1), dx_whole, atol=1e-12)
    for (_, _, g_pair), (_, _, g_whole) in zip(layers[0].parameters(), layers[1].parameters()):
        np.testing.assert_allclose(g_pair, g_whole, atol=1e-12)
    with pytest.raises(ValueError, match="expected 7 input channels, got 6"):
        layers[0].forward((a, a[:, :3]))
    with pytest.raises(ValueError, match="agree in N, H and W"):
        concat.forward_pair(a, b[:, :, :4])
