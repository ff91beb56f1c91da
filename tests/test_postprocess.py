"""Post-processing, test-time augmentation and ensembles (issue 27) on constructed cases."""

import numpy as np
import pytest

pytest.importorskip("scipy")

from tinyunet.postprocess import (ensemble_probabilities, keep_lungs,  # noqa: E402
                                  predict_tta)
from tinyunet.train import predict_probabilities  # noqa: E402
from tinyunet.unet import UNet  # noqa: E402


def _two_lungs_and_a_speck():
    m = np.zeros((40, 40), bool)
    m[5:35, 4:16] = True          # left lung
    m[5:33, 24:36] = True         # right lung
    m[37:39, 37:39] = True        # a speck
    return m


def test_two_lungs_kept_and_the_speck_dropped():
    m = _two_lungs_and_a_speck()
    out = keep_lungs(m)
    expected = m.copy()
    expected[37:39, 37:39] = False
    np.testing.assert_array_equal(out, expected)


def test_holes_are_filled():
    m = _two_lungs_and_a_speck()
    m[10:14, 8:12] = False        # a hole inside the left lung
    out = keep_lungs(m)
    assert out[10:14, 8:12].all() and not out[37:39, 37:39].any()


def test_one_merged_field_keeps_only_itself():
    m = np.zeros((40, 40), bool)
    m[5:35, 4:36] = True          # both lungs run together
    m[37:39, 2:4] = True          # a speck: far below min_share of the field
    out = keep_lungs(m)
    assert out[5:35, 4:36].all() and out.sum() == 30 * 32


def test_empty_prediction_and_batches():
    empty = np.zeros((2, 16, 16), bool)
    assert not keep_lungs(empty).any()
    batch = np.stack([_two_lungs_and_a_speck(), np.zeros((40, 40), bool)])
    out = keep_lungs(batch)
    assert out.shape == batch.shape and out[0].sum() == batch[0].sum() - 4 and not out[1].any()


def _images(n=3, size=32, seed=0):
    return np.random.default_rng(seed).integers(0, 256, (n, size, size), dtype=np.uint8)


def test_tta_with_the_identity_alone_is_the_plain_prediction():
    model = UNet(depth=2, base_filters=4, seed=0)
    x = _images()
    np.testing.assert_array_equal(predict_tta(model, x, [("identity",)]),
                                  predict_probabilities(model, x))


def test_tta_maps_each_transform_back():
    # an "ideal" network that returns its input (scaled): any transform mapped back gives the
    # input again, except at the border that a shift or zoom fills with zeros
    def echo(model, images, batch_size=8):
        return images.astype(np.float32) / 255
    yy, xx = np.mgrid[:48, :48]
    smooth = 128 + 100 * np.sin(yy / 7.0) * np.cos(xx / 9.0)     # bilinear zooms keep it
    x = np.stack([smooth, smooth[::-1]]).astype(np.uint8)
    for t in (("flip",), ("shift", 3, -2), ("scale", 1.05)):
        got = predict_tta(None, x, [t], predict=echo)
        inner = (slice(None), slice(6, -6), slice(6, -6))
        np.testing.assert_allclose(got[inner], (x / 255)[inner], atol=0.02 if t[0] == "scale"
                                   else 1e-7)
    with pytest.raises(ValueError, match="unknown test-time transform"):
        predict_tta(None, x, [("rotate", 5)], predict=echo)


def test_ensemble_of_one_is_that_network_and_mismatches_are_refused():
    a = UNet(depth=2, base_filters=4, seed=0)
    x = _images()
    np.testing.assert_array_equal(ensemble_probabilities([a], x), predict_probabilities(a, x))
    b = UNet(depth=2, base_filters=8, seed=1)
    two = ensemble_probabilities([a, b], x)
    np.testing.assert_allclose(two, (predict_probabilities(a, x) + predict_probabilities(b, x)) / 2,
                               rtol=1e-6)
    with pytest.raises(ValueError, match="does not fit checkpoint 1"):
        ensemble_probabilities([a, UNet(depth=2, base_filters=4, out_channels=2)], x)
    with pytest.raises(ValueError, match="does not fit checkpoint 1"):
        ensemble_probabilities([a, b], x, sizes=[32, 64])
