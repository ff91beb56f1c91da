"""Losses: gradients and values at the edges; metrics: definitions and edge cases."""
import numpy as np
import pytest

from tinyunet.gradcheck import check_loss
from tinyunet.losses import LOSSES, bce_dice_loss, bce_with_logits, sigmoid, soft_dice_loss
from tinyunet.metrics import (dice_per_image, iou_per_image, pixel_accuracy_per_image,
                              segmentation_metrics)


@pytest.mark.parametrize("name", sorted(LOSSES))
def test_loss_gradients(name, rng):
    logits = 2 * rng.standard_normal((3, 1, 6, 5))
    targets = (rng.random((3, 1, 6, 5)) > 0.6).astype(np.float64)
    assert check_loss(LOSSES[name], logits, targets) < 1e-7


def test_bce_matches_the_definition_and_is_stable():
    z = np.array([[-3.0, 0.0, 2.0]])
    t = np.array([[0.0, 1.0, 1.0]])
    p = 1 / (1 + np.exp(-z))
    expected = -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))
    assert np.isclose(bce_with_logits(z, t)[0], expected)
    big = np.array([[1000.0, -1000.0]])
    value, grad = bce_with_logits(big, np.array([[0.0, 1.0]]))
    assert np.isclose(value, 1000.0) and np.all(np.isfinite(grad))
    assert np.all(np.isfinite(sigmoid(np.array([-1e4, 1e4], np.float32))))


def test_dice_loss_edges():
    empty = np.zeros((2, 1, 4, 4))
    full = np.ones((2, 1, 4, 4))
    # confident and right: loss near 0; confident and wrong: near 1
    assert soft_dice_loss(np.full_like(full, 20.0), full)[0] < 1e-6
    assert soft_dice_loss(np.full_like(full, -20.0), empty)[0] < 1e-6  # both empty: smoothing
    assert soft_dice_loss(np.full_like(full, -20.0), full)[0] > 0.9
    value, grad = bce_dice_loss(np.zeros_like(full), full)
    assert np.isfinite(value) and grad.shape == full.shape and np.all(grad < 0)


def test_losses_keep_float32():
    z = np.zeros((1, 1, 4, 4), np.float32)
    for fn in LOSSES.values():
        assert fn(z, z)[1].dtype == np.float32


def test_metrics_by_hand():
    pred = np.zeros((1, 1, 4, 4))
    target = np.zeros((1, 1, 4, 4))
    pred[0, 0, :2, :] = 0.9      # 8 pixels predicted
    target[0, 0, 1:3, :] = 1.0   # 8 true pixels, 4 shared
    assert dice_per_image(pred, target)[0] == pytest.approx(2 * 4 / 16)
    assert iou_per_image(pred, target)[0] == pytest.approx(4 / 12)
    assert pixel_accuracy_per_image(pred, target)[0] == pytest.approx(8 / 16)


def test_metrics_threshold_probabilities():
    """Probabilities are thresholded: 0.49 everywhere on an empty target is a perfect answer."""
    assert dice_per_image(np.full((1, 4, 4), 0.49), np.zeros((1, 4, 4)))[0] == 1.0


def test_metric_edge_cases():
    empty, full = np.zeros((1, 1, 3, 3)), np.ones((1, 1, 3, 3))
    assert dice_per_image(empty, empty)[0] == 1.0 and iou_per_image(empty, empty)[0] == 1.0
    assert dice_per_image(full, full)[0] == 1.0 and iou_per_image(full, full)[0] == 1.0
    assert dice_per_image(full, empty)[0] == 0.0 and iou_per_image(empty, full)[0] == 0.0
    assert pixel_accuracy_per_image(1 - full, full)[0] == 0.0
    m = segmentation_metrics(np.concatenate([full, empty]), np.concatenate([full, full]))
    assert m["dice"] == 0.5 and m["dice_per_image"] == [1.0, 0.0]


def test_metric_and_loss_shape_errors():
    with pytest.raises(ValueError, match="differ in shape"):
        dice_per_image(np.zeros((1, 4, 4)), np.zeros((1, 4, 5)))
    with pytest.raises(ValueError, match="differ in shape"):
        bce_with_logits(np.zeros((1, 1, 4, 4)), np.zeros((1, 1, 4, 5)))
    with pytest.raises(ValueError, match="non-finite"):
        bce_dice_loss(np.full((1, 1, 2, 2), np.nan), np.zeros((1, 1, 2, 2)))
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        soft_dice_loss(np.zeros((1, 1, 2, 2)), np.full((1, 1, 2, 2), 255.0))
