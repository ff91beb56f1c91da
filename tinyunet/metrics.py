"""Segmentation metrics on thresholded masks, per image and averaged.

Predictions (probabilities, or anything compared against ``threshold``) and targets have shape
(N, ...) with the batch first; both are binarised (``> threshold``, ``> 0.5``) before counting.
For one image with predicted set P and true set T:

* Dice = 2 |P ∩ T| / (|P| + |T|)
* IoU (Jaccard) = |P ∩ T| / |P ∪ T|
* pixel accuracy = (pixels where P and T agree) / pixels

When P and T are both empty, Dice and IoU are defined as 1 (a perfect empty prediction).
This module imports nothing else of the package.
"""

from __future__ import annotations

import numpy as np


def _binarise(pred, target, threshold):
    pred, target = np.asarray(pred), np.asarray(target)
    if pred.shape != target.shape:
        raise ValueError(f"metrics: prediction {pred.shape} and target {target.shape} differ "
                         "in shape")
    if pred.ndim < 2:
        raise ValueError(f"metrics: expected a batch (N, ...), got shape {pred.shape}")
    n = pred.shape[0]
    return (pred > threshold).reshape(n, -1), (target > 0.5).reshape(n, -1)


def dice_per_image(pred, target, threshold: float = 0.5) -> np.ndarray:
    """Dice of each image, shape (N,); 1.0 where prediction and target are both empty."""
    p, t = _binarise(pred, target, threshold)
    inter = np.count_nonzero(p & t, axis=1)
    total = np.count_nonzero(p, axis=1) + np.count_nonzero(t, axis=1)
    return np.where(total == 0, 1.0, 2.0 * inter / np.maximum(total, 1))


def iou_per_image(pred, target, threshold: float = 0.5) -> np.ndarray:
    """Intersection over union of each image, shape (N,); 1.0 where both are empty."""
    p, t = _binarise(pred, target, threshold)
    inter = np.count_nonzero(p & t, axis=1)
    union = np.count_nonzero(p | t, axis=1)
    return np.where(union == 0, 1.0, inter / np.maximum(union, 1))


def pixel_accuracy_per_image(pred, target, threshold: float = 0.5) -> np.ndarray:
    """Fraction of pixels classified correctly in each image, shape (N,)."""
    p, t = _binarise(pred, target, threshold)
    return np.count_nonzero(p == t, axis=1) / p.shape[1]


def segmentation_metrics(pred, target, threshold: float = 0.5) -> dict:
    """Mean Dice, IoU and pixel accuracy, plus the per-image Dice list."""
    dice = dice_per_image(pred, target, threshold)
    return {
        "dice": float(dice.mean()),
        "iou": float(iou_per_image(pred, target, threshold).mean()),
        "pixel_accuracy": float(pixel_accuracy_per_image(pred, target, threshold).mean()),
        "dice_per_image": [float(d) for d in dice],
    }


def _dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    """Binary dilation of (N, H, W) masks by a (2r+1)x(2r+1) square, via shifted ORs."""
    out = mask.copy()
    for _ in range(radius):
        padded = np.pad(out, ((0, 0), (1, 1), (1, 1)))
        grown = np.zeros_like(out)
        for dy in (0, 1, 2):
            for dx in (0, 1, 2):
                grown |= padded[:, dy:dy + out.shape[1], dx:dx + out.shape[2]]
        out = grown
    return out


def boundary_band(target, radius: int = 3) -> np.ndarray:
    """Pixels within ``radius`` pixels (chessboard distance) of the border of each true mask:
    dilation minus erosion. target (N, H, W) -> bool (N, H, W)."""
    t = np.asarray(target) > 0.5
    t = t.reshape(t.shape[0], *t.shape[-2:])
    return _dilate(t, radius) & ~(~_dilate(~t, radius))


def boundary_dice_per_image(pred, target, radius: int = 3, threshold: float = 0.5) -> np.ndarray:
    """Dice restricted to the band around the true border, where spatial detail shows first:
    ``2 |P ∩ T ∩ B| / (|P ∩ B| + |T ∩ B|)`` with B = :func:`boundary_band`."""
    p = np.asarray(pred) > threshold
    t = np.asarray(target) > 0.5
    p = p.reshape(p.shape[0], *p.shape[-2:])
    t = t.reshape(t.shape[0], *t.shape[-2:])
    band = boundary_band(t, radius)
    inter = np.count_nonzero(p & t & band, axis=(1, 2))
    total = np.count_nonzero(p & band, axis=(1, 2)) + np.count_nonzero(t & band, axis=(1, 2))
    return np.where(total == 0, 1.0, 2.0 * inter / np.maximum(total, 1))
