"""The effective receptive field: how far an output pixel actually looks.

The theoretical receptive field (:meth:`tinyunet.unet.UNet.receptive_fields`) is the window of
input pixels that *can* change one output pixel. Luo et al. (NeurIPS 2016, "Understanding the
Effective Receptive Field in Deep Convolutional Neural Networks") measured how much each of them
*does*: the gradient of one output logit ``z[c]`` at the pixel c with respect to the input,

    ERF(u) = mean over images n of | d z_n[c] / d x_n[u] |        for every input pixel u,

computed by one backward pass of a one-hot gradient (1 at c, 0 elsewhere) through the
hand-written backward. The map is concentrated in the middle of the theoretical window and fades
towards its edges; its radius (:func:`mass_radius`: the half-width of the square around c that
holds a share ``q`` of the map's total, e.g. 95 %) is a fraction of the theoretical half-width.

Both use the model in eval mode (batch norm with its running statistics, no dropout), and leave
the model as they found it: its mode, and its parameters' gradients (which a backward pass adds
into) are restored.
"""

from __future__ import annotations

import numpy as np

from .data import normalise
from .layers import Layer


def effective_receptive_field(model: Layer, images: np.ndarray, pixel=None,
                              batch_size: int = 8) -> np.ndarray:
    """Mean absolute input gradient of one output of channel 0, shape (H, W) (float64).

    model: a :class:`tinyunet.unet.UNet`, or any layer mapping (N, C, H, W) to (N, C', H, W)
    (a convolution, a Sequential stack) whose ``backward`` returns the input gradient; images:
    uint8 (N, H, W) or float (N, C, H, W); pixel: (row, column) of the output pixel (default:
    the centre). The gradient is summed over input channels and averaged over the N images
    (each image's own gradient: a batch's images do not interact in eval mode, so one backward
    per batch gives all N)."""
    x_all = _as_input(images)
    n, _, h, w = x_all.shape
    pixel = (h // 2, w // 2) if pixel is None else tuple(pixel)
    total = np.zeros((h, w))
    for start in range(0, n, batch_size):
        x = x_all[start:start + batch_size]
        total += input_gradients(model, x, [pixel] * len(x)).sum(axis=0)
    return total / n


def input_gradients(model: Layer, x: np.ndarray, pixels) -> np.ndarray:
    """``|d out[i, 0, pixels[i]] / d x[i]|`` summed over input channels, shape (N, H, W) (float64):
    sample i's gradient of its own output pixel ``pixels[i]``, from one backward pass of a
    one-hot gradient per sample (the samples do not interact in eval mode, so an image repeated
    N times gives N pixels' fields at once). Mode and gradients are given back as they were."""
    n, _, h, w = x.shape
    if len(pixels) != n:
        raise ValueError(f"input_gradients: {len(pixels)} pixels for {n} samples")
    for row, col in pixels:
        if not (0 <= row < h and 0 <= col < w):
            raise ValueError(f"effective_receptive_field: pixel {(row, col)} lies outside "
                             f"{h}x{w}")
    def one_hot(logits):
        dlogits = np.zeros_like(logits)
        for i, (row, col) in enumerate(pixels):
            dlogits[i, 0, row, col] = 1.0
        return dlogits
    return np.abs(backward_of(model, x, one_hot)).sum(axis=1, dtype=np.float64)


def backward_of(model: Layer, x: np.ndarray, dlogits) -> np.ndarray:
    """The input gradient ``dx`` that ``dlogits`` (an array, or a function of the output that
    returns one) back-propagates to, in eval mode; the model is given back as it was: its
    mode, and its parameters' gradients (which a backward pass adds into)."""
    saved = [grad.copy() for _, _, grad in model.parameters()]
    was_training = model.training
    model.eval()
    try:
        logits = model.forward(x)
        dy = dlogits(logits) if callable(dlogits) else dlogits
        if dy.shape != logits.shape:
            raise ValueError(f"backward_of: the output gradient {dy.shape} does not match the "
                             f"output {logits.shape}")
        return model.backward(dy)
    finally:
        model.train(was_training)
        for (_, _, grad), old in zip(model.parameters(), saved):
            grad[...] = old


def mass_radius(erf: np.ndarray, pixel=None, share: float = 0.95) -> float:
    """Half-width r of the smallest square around ``pixel`` (default: the centre) that holds at
    least ``share`` of the map's total: ``sum_{max(|u_y - c_y|, |u_x - c_x|) <= r} ERF(u) >= share
    * sum_u ERF(u)``. In input pixels, on the same scale as the theoretical field's half-width
    ``(field - 1) / 2`` (a square window too); 0 for a map whose mass is all at c, nan for an
    all-zero map."""
    if not 0 < share <= 1:
        raise ValueError(f"mass_radius: share must lie in (0, 1], got {share}")
    erf = np.abs(np.asarray(erf, dtype=np.float64))
    h, w = erf.shape
    row, col = (h // 2, w // 2) if pixel is None else pixel
    total = erf.sum()
    if total == 0:
        return float("nan")
    yy, xx = np.mgrid[:h, :w]
    dist = np.maximum(np.abs(yy - row), np.abs(xx - col)).ravel()
    order = np.argsort(dist, kind="stable")
    cumulative = np.cumsum(erf.ravel()[order])
    first = int(np.searchsorted(cumulative, share * total * (1 - 1e-12)))
    return float(dist[order][min(first, len(order) - 1)])


def _as_input(images) -> np.ndarray:
    images = np.asarray(images)
    if images.dtype == np.uint8:
        if images.ndim != 3:
            raise ValueError(f"effective_receptive_field: uint8 images must be (N, H, W), got "
                             f"{images.shape}")
        return normalise(images)
    if images.ndim != 4:
        raise ValueError(f"effective_receptive_field: float images must be (N, C, H, W), got "
                         f"{images.shape}")
    return images


__all__ = ["backward_of", "effective_receptive_field", "input_gradients", "mass_radius"]
