"""Spatial information of a finished run, measured: boundary distances, what each skip carries,
and the effective receptive field at initialisation and after training.

:func:`measure_run` reads a run folder (``best.npz``, ``run.json``) and writes, once::

    RUN/test_per_image.csv   one row per test image: Dice, border Dice, HD95, ASSD, and the Dice
                             with each skip removed (the per-image values paired comparisons use)
    RUN/spatial.json         their means, the effective receptive field's 95 %-mass radius at
                             initialisation and trained, the theoretical radius
    RUN/erf.npz              the two effective-receptive-field maps (for figures)

Masks are compared at one resolution for every run, ``reference_size`` (256 by default, the
resolution of ``lungs256``): a run trained at 128 px has its probabilities resized (bilinear) to
256 x 256 and thresholded there, so 128 px and 256 px runs are scored on the same masks, and the
distances are in pixels of the 256 x 256 images.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np

from ..atomic import atomic_write, write_text_atomically
from ..checkpoint import model_from_checkpoint
from ..data import load_dataset
from ..metrics import boundary_dice_per_image, dice_per_image, surface_distances_per_image
from ..receptive import effective_receptive_field, mass_radius
from ..train import predict_probabilities
from ..unet import UNet

SPATIAL_FILE = "spatial.json"
PER_IMAGE_FILE = "test_per_image.csv"
ERF_FILE = "erf.npz"
REFERENCE_SIZE = 256
ERF_IMAGES = 16
MAX_DEPTH = 5


def resize_probabilities(probs: np.ndarray, size: int) -> np.ndarray:
    """(N, S, S) probabilities -> (N, size, size), bilinear (scipy.ndimage.zoom, order 1, with
    pixels as areas: ``grid_mode``, the convention of image resizing)."""
    if probs.shape[-1] == size:
        return probs
    from scipy.ndimage import zoom
    factor = size / probs.shape[-1]
    return np.stack([np.clip(zoom(p, factor, order=1, grid_mode=True, mode="nearest"), 0, 1)
                     for p in probs])


def measure_run(run_dir, cache_dir=None, reference_size: int = REFERENCE_SIZE,
                band_radius: int = 3, erf_images: int = ERF_IMAGES) -> dict:
    """Measure a finished run once (see the module docstring) and return ``spatial.json``'s
    content; a run measured before is read, not measured again."""
    run_dir = Path(run_dir)
    done = run_dir / SPATIAL_FILE
    if done.exists():
        return json.loads(done.read_text())
    run = json.loads((run_dir / "run.json").read_text())
    size = run["size"]
    model, _ = model_from_checkpoint(run_dir / "best.npz")
    names = run["splits"]["test"]
    test = load_dataset(run["data_dir"], size, cache_dir=cache_dir, progress=False,
                        write_cache=False).by_names(names)
    reference = test if size == reference_size else load_dataset(
        run["data_dir"], reference_size, cache_dir=cache_dir, progress=False,
        write_cache=False).by_names(names)
    masks = reference.masks

    def scores(probs):
        return resize_probabilities(probs, reference_size)

    probs = scores(predict_probabilities(model, test.images))
    per_image = dict(name=names, dice=dice_per_image(probs, masks),
                     border_dice=boundary_dice_per_image(probs, masks, band_radius),
                     **surface_distances_per_image(probs, masks))
    for level in range(1, model.depth + 1):
        without = scores(predict_probabilities(model, test.images, drop_skips=(level,)))
        per_image[f"dice_without_skip{level}"] = dice_per_image(without, masks)

    chosen = test.images[_spread(len(test), erf_images)]
    initial = UNet(**run["model"])
    erf_init = effective_receptive_field(initial, chosen)
    erf_trained = effective_receptive_field(model, chosen)
    result = dict(
        reference_size=reference_size, n_test=len(names),
        test_dice=float(np.mean(per_image["dice"])),
        test_boundary_dice=float(np.mean(per_image["border_dice"])),
        test_hd95=float(np.mean(per_image["hd95"])),
        test_assd=float(np.mean(per_image["assd"])),
        erf_images=len(chosen),
        erf_radius_init=mass_radius(erf_init), erf_radius_trained=mass_radius(erf_trained),
        theoretical_radius=(model.receptive_field_size - 1) / 2,
        **{f"skip_loss{level}": float(np.mean(per_image["dice"]
                                              - per_image[f"dice_without_skip{level}"]))
           for level in range(1, model.depth + 1)})
    _write_per_image(run_dir / PER_IMAGE_FILE, per_image)
    with atomic_write(run_dir / ERF_FILE, "wb") as fh:
        np.savez_compressed(fh, init=erf_init.astype(np.float32),
                            trained=erf_trained.astype(np.float32))
    write_text_atomically(done, json.dumps(result, indent=2))
    return result


def _spread(n: int, k: int) -> np.ndarray:
    """k indices spread evenly over range(n) (all of them when n <= k)."""
    return np.unique(np.linspace(0, n - 1, min(n, k)).round().astype(int))


def _write_per_image(path: Path, per_image: dict) -> None:
    keys = list(per_image)
    with atomic_write(path, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(keys)
        for i in range(len(per_image["name"])):
            writer.writerow([per_image[k][i] if k == "name" else round(float(per_image[k][i]), 5)
                             for k in keys])


def read_per_image(run_dir) -> dict[str, dict[str, float]]:
    """``test_per_image.csv`` of a measured run: {image name: {column: value}}."""
    with open(Path(run_dir) / PER_IMAGE_FILE) as fh:
        return {r.pop("name"): {k: float(v) for k, v in r.items()} for r in csv.DictReader(fh)}


__all__ = ["measure_run", "read_per_image", "resize_probabilities"]
