"""Segmentation metrics on thresholded masks, per image and averaged.

Predictions (probabilities, or anything compared against ``threshold``) and targets have shape
(N, ...) with the batch first; both are binarised (``> threshold``, ``> 0.5``) before counting.
For one image with predicted set P and true set T:

* Dice = 2 |P ∩ T| / (|P| + |T|)
* IoU (Jaccard) = |P ∩ T| / |P ∪ T|
* pixel accuracy = (pixels where P and T agree) / pixels

When P and T are both empty, Dice and IoU are defined as 1 (a perfect empty prediction).
Boundary distances (HD95, ASSD; :func:`surface_distances_per_image`) use SciPy's Euclidean
distance transform. This module imports nothing else of the package.
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


def _border(mask: np.ndarray) -> np.ndarray:
    """The mask's own pixels that touch the background (4-neighbourhood), (H, W) -> bool; a
    pixel on the image's edge counts as touching it."""
    inner = np.pad(mask, 1)
    eroded = (inner[1:-1, 1:-1] & inner[:-2, 1:-1] & inner[2:, 1:-1]
              & inner[1:-1, :-2] & inner[1:-1, 2:])
    return mask & ~eroded


def _surface_distances(p: np.ndarray, t: np.ndarray, spacing: float):
    """Distances from each border pixel of ``p`` to the nearest border pixel of ``t`` and back,
    in units of ``spacing`` per pixel; ``None`` when either mask is empty."""
    from scipy.ndimage import distance_transform_edt
    bp, bt = _border(p), _border(t)
    if not bp.any() or not bt.any():
        return None
    to_t = distance_transform_edt(~bt, sampling=spacing)[bp]
    to_p = distance_transform_edt(~bp, sampling=spacing)[bt]
    return to_t, to_p


def surface_distances_per_image(pred, target, spacing: float = 1.0, threshold: float = 0.5,
                                percentile: float = 95.0) -> dict:
    """Boundary distances of each image: the ``percentile``-th Hausdorff distance (HD95) and the
    average symmetric surface distance (ASSD), both in units of ``spacing`` per pixel (pass the
    original image's pixels per model pixel to report them in original pixels).

    With ∂P and ∂T the border pixels of the prediction and the target (mask pixels with a
    4-neighbour outside) and d(x, S) the Euclidean distance from x to the nearest pixel of S::

        HD95 = max( q95{ d(p, ∂T) : p in ∂P },  q95{ d(t, ∂P) : t in ∂T } )
        ASSD = ( sum_{p in ∂P} d(p, ∂T) + sum_{t in ∂T} d(t, ∂P) ) / (|∂P| + |∂T|)

    Defined for every input: both masks empty gives 0 for both; exactly one empty gives the
    image's diagonal (the largest distance the image can hold), so a missed or invented mask
    counts as the worst case and means stay finite.
    pred, target: (N, ...) with the last two axes the image -> dict of two float arrays (N,)."""
    p, t = _binarise(pred, target, threshold)
    shape = np.asarray(target).shape[-2:]
    p, t = p.reshape(-1, *shape), t.reshape(-1, *shape)
    worst = float(np.hypot(*shape)) * spacing
    hd = np.empty(len(p))
    assd = np.empty(len(p))
    for i in range(len(p)):
        if not p[i].any() and not t[i].any():
            hd[i] = assd[i] = 0.0
            continue
        dist = _surface_distances(p[i], t[i], spacing)
        if dist is None:
            hd[i] = assd[i] = worst
            continue
        to_t, to_p = dist
        hd[i] = max(np.percentile(to_t, percentile), np.percentile(to_p, percentile))
        assd[i] = (to_t.sum() + to_p.sum()) / (len(to_t) + len(to_p))
    return {"hd95": hd, "assd": assd}
