"""A synthetic segmentation task: bright discs and rectangles on a noisy, shaded background.

``make_shapes(n, size, seed)`` returns images (n, 1, size, size) float32 in about [0, 1] and
binary masks of the same shape (1 inside a shape). Distractor lines of the same brightness are
drawn but not labelled, so a pixel's brightness alone does not decide its class: the network must
use shape, which is the point of a U-Net. Used by the learning test and the quick demo.
This module imports nothing else of the package.
"""

from __future__ import annotations

import numpy as np


def make_shapes(n: int, size: int = 32, seed: int = 0, noise: float = 0.15):
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:size, 0:size]
    images = np.empty((n, 1, size, size), np.float32)
    masks = np.zeros((n, 1, size, size), np.float32)
    for i in range(n):
        mask = np.zeros((size, size), bool)
        for _ in range(rng.integers(1, 4)):
            if rng.random() < 0.5:
                cy, cx = rng.uniform(0.2, 0.8, 2) * size
                r = rng.uniform(0.08, 0.2) * size
                mask |= (yy - cy) ** 2 + (xx - cx) ** 2 <= r ** 2
            else:
                y0, x0 = rng.integers(0, size * 3 // 4, 2)
                h, w = rng.integers(size // 8, size // 3, 2)
                mask[y0:y0 + h, x0:x0 + w] = True
        lines = np.zeros((size, size), bool)
        for _ in range(rng.integers(1, 3)):  # thin unlabelled distractors
            if rng.random() < 0.5:
                lines[rng.integers(0, size), :] = True
            else:
                lines[:, rng.integers(0, size)] = True
        shade = 0.2 * (xx / size) * rng.uniform(-1, 1)
        image = 0.2 + shade + 0.5 * (mask | lines) + noise * rng.standard_normal((size, size))
        images[i, 0] = image
        masks[i, 0] = mask
    return images, masks
