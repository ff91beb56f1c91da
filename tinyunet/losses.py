"""Losses for binary segmentation, each returning ``(value, dL/dlogits)``.

All take raw logits ``z`` (N, 1, H, W) (any shape with the batch first) and targets ``t`` of the
same shape with values in [0, 1]. Working from logits keeps the loss finite for any ``z``.

* Binary cross-entropy, mean over all M elements:
  ``L = mean(max(z, 0) - z*t + log(1 + exp(-|z|)))``, ``dL/dz = (sigmoid(z) - t) / M``.
* Soft Dice, per image then averaged over the N images, with p = sigmoid(z) and smoothing s:
  ``D = (2 sum(p t) + s) / (sum(p) + sum(t) + s)``, ``L = 1 - mean(D)``,
  ``dD/dp = (2 t (sum(p) + sum(t) + s) - (2 sum(p t) + s)) / (sum(p) + sum(t) + s)^2``,
  ``dL/dz = -(1/N) dD/dp * p (1 - p)``.
* Their weighted sum, :func:`bce_dice_loss`.

This module imports nothing else of the package but :mod:`tinyunet.learner` (inside
``use_layers`` a learner's ``bce_with_logits`` and ``soft_dice`` replace these two).
"""

from __future__ import annotations

import numpy as np

from .learner import learner_function


def sigmoid(x: np.ndarray) -> np.ndarray:
    """Numerically stable logistic function ``1 / (1 + exp(-x))`` (no overflow for large |x|)."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e)).astype(x.dtype, copy=False)


def _check(logits, targets, where):
    for name, a in (("logits", logits), ("targets", targets)):
        if not isinstance(a, np.ndarray) or not np.issubdtype(a.dtype, np.floating):
            raise ValueError(f"{where}: {name} must be a floating-point numpy array")
        if not np.isfinite(a).all():
            raise ValueError(f"{where}: {name} hold non-finite values (NaN or inf)")
    if logits.shape != targets.shape:
        raise ValueError(f"{where}: logits {logits.shape} and targets {targets.shape} differ "
                         "in shape")
    if logits.ndim < 2:
        raise ValueError(f"{where}: expected a batch (N, ...), got shape {logits.shape}")
    if targets.size and (targets.min() < 0 or targets.max() > 1):
        raise ValueError(f"{where}: targets must lie in [0, 1], got "
                         f"[{targets.min()}, {targets.max()}]")


def bce_with_logits(logits: np.ndarray, targets: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean binary cross-entropy of ``sigmoid(logits)`` against ``targets``; (value, dL/dlogits)."""
    _check(logits, targets, "bce_with_logits")
    mine = learner_function("bce_with_logits")
    if mine is not None:
        value, grad = mine(logits, targets)
        return float(value), np.asarray(grad).astype(logits.dtype, copy=False)
    z, t = logits, targets.astype(logits.dtype, copy=False)
    loss = np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z)))
    grad = (sigmoid(z) - t) / z.size
    return float(loss.mean(dtype=np.float64)), grad


def soft_dice_loss(logits: np.ndarray, targets: np.ndarray,
                   smooth: float = 1.0) -> tuple[float, np.ndarray]:
    """``1 - mean over images of the soft Dice`` of ``sigmoid(logits)``; (value, dL/dlogits).

    ``smooth`` keeps the value defined (and equal to 0 loss) when a target and its prediction
    are both empty.
    """
    _check(logits, targets, "soft_dice_loss")
    mine = learner_function("soft_dice")
    if mine is not None and smooth == 1.0:
        value, grad = mine(logits, targets)
        return float(value), np.asarray(grad).astype(logits.dtype, copy=False)
    n = logits.shape[0]
    p = sigmoid(logits)
    t = targets.astype(logits.dtype, copy=False)
    axes = tuple(range(1, logits.ndim))
    intersection = (p * t).sum(axis=axes, dtype=np.float64)
    total = p.sum(axis=axes, dtype=np.float64) + t.sum(axis=axes, dtype=np.float64) + smooth
    dice = (2 * intersection + smooth) / total
    shape = (n,) + (1,) * (logits.ndim - 1)
    ddice_dp = (2 * t * total.reshape(shape) - (2 * intersection + smooth).reshape(shape)) \
        / (total ** 2).reshape(shape)
    grad = (-ddice_dp * p * (1 - p) / n).astype(logits.dtype, copy=False)
    return float(1.0 - dice.mean()), grad


def bce_dice_loss(logits: np.ndarray, targets: np.ndarray, bce_weight: float = 0.5,
                  dice_weight: float = 0.5, smooth: float = 1.0) -> tuple[float, np.ndarray]:
    """``bce_weight * BCE + dice_weight * soft Dice``; (value, dL/dlogits)."""
    bce, d_bce = bce_with_logits(logits, targets)
    dice, d_dice = soft_dice_loss(logits, targets, smooth)
    return bce_weight * bce + dice_weight * dice, bce_weight * d_bce + dice_weight * d_dice


LOSSES = {"bce": bce_with_logits, "dice": soft_dice_loss, "bce_dice": bce_dice_loss}
