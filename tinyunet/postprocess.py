"""Between the network and a mask: keeping the lungs, test-time augmentation, ensembles.

**Keeping the lungs** (:func:`keep_lungs`): a chest X-ray has two lung fields. The thresholded
prediction's connected components (8-connected, ``scipy.ndimage.label``) are ranked by area; the
largest is kept, and the second too when it holds at least ``min_share`` of the largest's area (two
lungs; a speck beside one merged field is dropped, so a prediction where both lungs run together
keeps just that one field). Holes inside a kept field are filled (``binary_fill_holes``). An empty
prediction stays empty.

**Test-time augmentation** (:func:`predict_tta`): the network's probabilities averaged over
transformed copies of each image, every copy mapped back before averaging::

    p(x) = 1/K sum_k T_k^-1( f( T_k(x) ) )

with T_k small shifts (``("shift", dy, dx)``, zero-filled), scales about the centre
(``("scale", s)``) and the horizontal flip (``("flip",)``). The identity alone gives the plain
prediction. Cost: K forward passes.

**Ensembles** (:func:`ensemble_probabilities`): the mean of several networks' probabilities (the
k networks of a ``--folds k`` run are the natural ensemble); networks that do not fit together
(channels, or trained at different sizes) are refused in one line.
"""

from __future__ import annotations

import numpy as np

DEFAULT_TTA = (("identity",), ("shift", 4, 0), ("shift", -4, 0), ("shift", 0, 4),
               ("shift", 0, -4), ("scale", 1.05), ("scale", 0.95))


def keep_lungs(masks, min_share: float = 0.1) -> np.ndarray:
    """Binary masks (N, H, W) or (H, W) -> the same shape, bool: the largest component, the
    second largest when its area is at least ``min_share`` x the largest's, holes filled."""
    from scipy import ndimage
    masks = np.asarray(masks).astype(bool)
    batch = masks.reshape(-1, *masks.shape[-2:])           # (H, W) is a batch of one
    out = np.zeros_like(batch)
    for i, m in enumerate(batch):
        labels, count = ndimage.label(m, structure=np.ones((3, 3)))
        if count == 0:
            continue
        areas = np.bincount(labels.ravel())[1:]
        order = np.argsort(areas)[::-1]
        keep = [order[0]]
        if count > 1 and areas[order[1]] >= min_share * areas[order[0]]:
            keep.append(order[1])
        out[i] = ndimage.binary_fill_holes(np.isin(labels, np.asarray(keep) + 1))
    return out.reshape(masks.shape)


def _apply(images: np.ndarray, t) -> np.ndarray:
    """Transform a batch (N, H, W) of images or probabilities; zero outside the image."""
    kind = t[0]
    if kind == "identity":
        return images
    if kind == "flip":
        return images[:, :, ::-1].copy()
    if kind == "shift":
        dy, dx = int(t[1]), int(t[2])
        out = np.zeros_like(images)
        h, w = images.shape[1:]
        out[:, max(dy, 0):h + min(dy, 0), max(dx, 0):w + min(dx, 0)] = \
            images[:, max(-dy, 0):h + min(-dy, 0), max(-dx, 0):w + min(-dx, 0)]
        return out
    if kind == "scale":
        return _scale(images, float(t[1]))
    raise ValueError(f"unknown test-time transform {t!r}: use ('identity',), ('flip',), "
                     "('shift', dy, dx) or ('scale', s)")


def _inverse(t):
    kind = t[0]
    if kind == "shift":
        return ("shift", -int(t[1]), -int(t[2]))
    if kind == "scale":
        return ("scale", 1.0 / float(t[1]))
    return t


def _scale(images: np.ndarray, s: float) -> np.ndarray:
    """Zoom each image by ``s`` about its centre, same size out (bilinear; zeros outside)."""
    from scipy.ndimage import affine_transform
    h, w = images.shape[1:]
    centre = np.array([(h - 1) / 2, (w - 1) / 2])
    matrix = np.eye(2) / s                 # output pixel o reads input centre + (o - centre) / s
    offset = centre - matrix @ centre
    out = np.empty(images.shape, dtype=np.float32)
    for i, img in enumerate(images):
        out[i] = affine_transform(img.astype(np.float32), matrix, offset, order=1, mode="constant",
                                  cval=0.0)
    return out


def predict_tta(model, images: np.ndarray, transforms=DEFAULT_TTA, batch_size: int = 8,
                predict=None) -> np.ndarray:
    """Mean probabilities (N, H, W) of uint8 images (N, H, W) over ``transforms`` (see the module
    docstring). ``predict(model, images) -> (N, H, W)`` defaults to
    :func:`tinyunet.train.predict_probabilities`."""
    if predict is None:
        from .train import predict_probabilities as predict
    transforms = list(transforms)
    if not transforms:
        raise ValueError("predict_tta needs at least one transform (('identity',) for none)")
    total = np.zeros(images.shape, dtype=np.float64)
    for t in transforms:
        moved = _apply(images, t)
        if moved.dtype != np.uint8:
            moved = np.clip(np.rint(moved), 0, 255).astype(np.uint8)
        total += _apply(predict(model, moved, batch_size=batch_size), _inverse(t))
    return (total / len(transforms)).astype(np.float32)


def check_ensemble(models, sizes) -> None:
    """ValueError in one line when the networks cannot be averaged: different input or output
    channels, or trained at different image sizes."""
    if not models:
        raise ValueError("an ensemble needs at least one checkpoint")
    first = (models[0].in_channels, models[0].out_channels, sizes[0])
    for i, (m, s) in enumerate(zip(models[1:], sizes[1:]), start=2):
        if (m.in_channels, m.out_channels, s) != first:
            raise ValueError(f"checkpoint {i} does not fit checkpoint 1: channels in/out and "
                             f"trained size {(m.in_channels, m.out_channels, s)} against "
                             f"{first}; an ensemble averages networks of one kind")


def ensemble_probabilities(models, images: np.ndarray, sizes=None, transforms=None,
                           batch_size: int = 8, workspace=None) -> np.ndarray:
    """Mean probabilities (N, H, W) of several networks (each with test-time augmentation when
    ``transforms`` is given); ``sizes``: the size each was trained at (checked to agree);
    ``workspace``: arrays to reuse across calls (:func:`tinyunet.train.predict_probabilities`)."""
    check_ensemble(models, sizes or [images.shape[-1]] * len(models))
    from .train import predict_probabilities
    total = np.zeros(images.shape, dtype=np.float64)
    for m in models:
        total += (predict_tta(m, images, transforms, batch_size) if transforms
                  else predict_probabilities(m, images, batch_size, workspace))
    return (total / len(models)).astype(np.float32)


__all__ = ["DEFAULT_TTA", "check_ensemble", "ensemble_probabilities", "keep_lungs",
           "predict_tta"]
