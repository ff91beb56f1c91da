"""Find, pair, load, resize, split, augment and batch chest X-ray images and lung masks.

Two layouts are read:

1. **Paired folders**: ``ROOT/images/NAME.png`` and ``ROOT/masks/NAME.png`` (same file names);
   the layout of the embedded sample and of ``lungs256``.
2. **Kaggle "Chest X-ray Masks and Labels"**: a folder ``CXR_png/`` of images beside a folder
   ``masks/`` where Shenzhen masks are ``NAME_mask.png`` and Montgomery masks ``NAME.png``, and
   optionally ``test/`` with images that have no mask (usable for prediction, never for metrics).
   ``ROOT`` may be that folder or any folder above it (``.../Lung Segmentation``).

Loading decisions (each one a fault of the notebook this project grew from):

* Every PNG mode is read as grayscale: 8- or 16-bit, RGB(A), palette. 16-bit is scaled to 8-bit.
* Images are resized by area averaging (Pillow's BOX filter); masks are area-averaged too and then
  thresholded at 0.5, so they stay strictly binary: a pixel is lung when most of its area was.
* A mask that is not binary (e.g. anti-aliased edges, values other than 0 and the maximum) is
  **binarised** at half its maximum, with a warning naming the file.
* A pair that cannot be used (corrupt or truncated PNG, image and mask of different sizes, no
  mask) is skipped and counted with its reason; it never stops the run.

Images are held as uint8 (N, S, S) and masks as uint8 {0, 1}; only one full-size original is in
memory at a time. ``load_dataset(..., cache_dir=D)`` stores the resized arrays in an ``.npz`` keyed
by the file list, sizes, modification times and the target size, so a second run starts in
seconds; the command line keeps it in :func:`default_cache_dir` (``--cache-dir`` moves it).
This module imports nothing else of the package; albumentations is imported only when an
:class:`Augmenter` is built.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from .atomic import atomic_write

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"}
# The largest image read, in pixels (width x height, from the file's header, before decoding):
# 40 megapixels, twice the largest chest X-ray of the Montgomery set (4892 x 4020). A file that
# claims more is refused unread, so a tiny "decompression bomb" cannot take gigabytes.
MAX_IMAGE_PIXELS = 40_000_000
SAMPLE_DIR = Path(__file__).resolve().parent / "sample_data" / "lungs"


class DataError(ValueError):
    """The data cannot be used as given; the message says why and what to do."""


def source_set_of(name: str) -> str:
    """'Montgomery' for MCUCXR_*, 'Shenzhen' for CHNCXR_*, else 'other'."""
    upper = name.upper()
    if upper.startswith("MCUCXR"):
        return "Montgomery"
    if upper.startswith("CHNCXR"):
        return "Shenzhen"
    return "other"


@dataclass
class Pair:
    name: str            # file stem, e.g. CHNCXR_0001_0
    image: Path
    mask: Path | None    # None for images without a mask (prediction only)

    @property
    def source_set(self) -> str:
        return source_set_of(self.name)


@dataclass
class DatasetIndex:
    """What :func:`find_pairs` found under a folder."""
    root: Path
    layout: str                                   # "paired" or "kaggle"
    pairs: list[Pair]
    unpaired_images: list[Path] = field(default_factory=list)   # images with no mask
    unlabelled: list[Path] = field(default_factory=list)        # Kaggle test/ images

    def report(self) -> str:
        counts = {}
        for p in self.pairs:
            counts[p.source_set] = counts.get(p.source_set, 0) + 1
        unpaired = {}
        for path in self.unpaired_images:
            s = source_set_of(path.stem)
            unpaired[s] = unpaired.get(s, 0) + 1
        lines = [f"{self.root} ({self.layout} layout): {len(self.pairs)} image/mask pairs"]
        for s in sorted(set(counts) | set(unpaired)):
            lines.append(f"  {s}: {counts.get(s, 0)} pairs, "
                         f"{unpaired.get(s, 0)} images without a mask")
        if self.unlabelled:
            lines.append(f"  test/: {len(self.unlabelled)} images without masks (prediction only)")
        return "\n".join(lines)


def _images_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
                  and not p.name.startswith("."))


def _find_kaggle_root(root: Path) -> Path | None:
    """The folder holding CXR_png/ and masks/: root itself or the nearest one below it."""
    if (root / "CXR_png").is_dir():
        return root
    for dirpath, dirnames, _ in os.walk(root):
        if "CXR_png" in dirnames:
            return Path(dirpath)
    return None


def find_pairs(root) -> DatasetIndex:
    """Pair images with masks under ``root`` (either layout); raise DataError when nothing fits."""
    root = Path(root).expanduser()
    if not root.exists():
        raise DataError(f"data folder {root} does not exist")
    if not root.is_dir():
        raise DataError(f"{root} is not a folder")
    if (root / "images").is_dir() and (root / "masks").is_dir():
        images = _images_in(root / "images")
        masks = {p.stem: p for p in _images_in(root / "masks")}
        pairs = [Pair(p.stem, p, masks[p.stem]) for p in images if p.stem in masks]
        index = DatasetIndex(root, "paired", pairs,
                             unpaired_images=[p for p in images if p.stem not in masks])
    else:
        kaggle = _find_kaggle_root(root)
        if kaggle is None:
            raise DataError(f"no images found under {root}: expected images/ and masks/ folders, "
                            "or the Kaggle layout with CXR_png/ and masks/")
        images = _images_in(kaggle / "CXR_png")
        masks = {}
        if (kaggle / "masks").is_dir():
            for p in _images_in(kaggle / "masks"):
                stem = p.stem[:-5] if p.stem.endswith("_mask") else p.stem
                masks[stem] = p
        pairs = [Pair(p.stem, p, masks[p.stem]) for p in images if p.stem in masks]
        test = kaggle / "test"
        index = DatasetIndex(kaggle, "kaggle", pairs,
                             unpaired_images=[p for p in images if p.stem not in masks],
                             unlabelled=_images_in(test) if test.is_dir() else [])
    if not index.pairs:
        raise DataError(f"no image/mask pairs found under {root} ({index.layout} layout, "
                        f"{len(index.unpaired_images)} images without a mask)")
    return index


# ---------------------------------------------------------------------------------------------
# loading one file
# ---------------------------------------------------------------------------------------------


def read_grayscale(path) -> np.ndarray:
    """Read any PNG (8/16-bit gray, RGB(A), palette, ...) as a float32 (H, W) array in [0, 255].

    Raises DataError for a file Pillow cannot decode (corrupt, truncated, not an image) and for
    one whose header claims more than ``MAX_IMAGE_PIXELS`` pixels (nothing is decoded then).
    """
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb warning fires at 89 MP; the stricter limit below applies first
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                w, h = img.size
                if w * h > MAX_IMAGE_PIXELS:
                    raise DataError(f"{path}: the file claims {w} x {h} pixels, over the limit of "
                                    f"{MAX_IMAGE_PIXELS / 1e6:.0f} megapixels; not read")
                img.load()
                return _as_gray_array(img)
    except DataError:
        raise
    except Image.DecompressionBombError:     # Pillow refuses to open it at all (over 179 MP)
        raise DataError(f"{path}: the file claims more pixels than the limit of "
                        f"{MAX_IMAGE_PIXELS / 1e6:.0f} megapixels; not read") from None
    except Exception as exc:   # noqa: BLE001 - whatever the decoder raises: not a usable image
        raise DataError(f"cannot read {path}: {exc or type(exc).__name__}") from None


def _as_gray_array(img) -> np.ndarray:
    """A decoded Pillow image as float32 (H, W) in [0, 255]."""
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(img, dtype=np.float32)
        top = 65535.0 if img.mode.startswith("I;16") or arr.max() > 255 else 255.0
        return arr * (255.0 / top)
    if img.mode == "F":
        arr = np.asarray(img, dtype=np.float32)
        return 255.0 * arr / max(float(arr.max()), 1e-12)
    if img.mode != "L":
        img = img.convert("L")
    return np.asarray(img, dtype=np.float32)


def resize_area(arr: np.ndarray, size: int) -> np.ndarray:
    """Resize a float (H, W) array to (size, size) by area averaging (Pillow BOX filter)."""
    if arr.shape == (size, size):
        return arr.astype(np.float32, copy=False)
    return np.asarray(Image.fromarray(arr.astype(np.float32), mode="F").resize(
        (size, size), Image.Resampling.BOX), dtype=np.float32)


def binarise_mask(mask: np.ndarray, name: str = "mask", warn: bool = True) -> np.ndarray:
    """Bool mask: pixels above half the maximum. Warns when the input held other values than 0
    and its maximum (anti-aliased or soft masks)."""
    top = float(mask.max())
    if top <= 0:
        return np.zeros(mask.shape, bool)
    binary = mask > top / 2
    if warn and not np.all((mask == 0) | (mask == top)):
        warnings.warn(f"{name}: mask is not binary ({len(np.unique(mask))} distinct values); "
                      "binarised at half its maximum", stacklevel=2)
    return binary


def resize_image(gray: np.ndarray, size: int) -> np.ndarray:
    """A float gray image in [0, 255] -> uint8 (size, size), by area averaging."""
    return np.clip(np.rint(resize_area(gray, size)), 0, 255).astype(np.uint8)


def load_pair(pair: Pair, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(image uint8 (size, size), mask uint8 {0,1} (size, size)); DataError if unusable."""
    image = read_grayscale(pair.image)
    mask = read_grayscale(pair.mask)
    if image.shape != mask.shape:
        raise DataError(f"{pair.name}: image {image.shape[1]}x{image.shape[0]} and mask "
                        f"{mask.shape[1]}x{mask.shape[0]} differ in size")
    binary = binarise_mask(mask, pair.mask.name)
    image = resize_image(image, size)
    mask = (resize_area(binary.astype(np.float32), size) >= 0.5).astype(np.uint8)
    return image, mask


def load_image(path, size: int) -> np.ndarray:
    """One image as uint8 (size, size), for prediction."""
    return resize_image(read_grayscale(path), size)


# ---------------------------------------------------------------------------------------------
# a whole data set
# ---------------------------------------------------------------------------------------------


@dataclass
class Dataset:
    """Resized pairs held in memory: images uint8 (N, S, S), masks uint8 {0,1} (N, S, S)."""
    images: np.ndarray
    masks: np.ndarray
    names: list[str]
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (file name, reason)
    index: DatasetIndex | None = None
    cache_file: Path | None = None      # where load_dataset caches it (see save_cache)

    @property
    def source_sets(self) -> list[str]:
        return [source_set_of(n) for n in self.names]

    def __len__(self) -> int:
        return len(self.names)

    def subset(self, idx) -> "Dataset":
        idx = np.asarray(idx, dtype=int)
        return Dataset(self.images[idx], self.masks[idx], [self.names[i] for i in idx])

    def by_names(self, names: list[str]) -> "Dataset":
        """The pairs called ``names`` (a saved split), in that order; a DataError naming the
        missing ones if the data do not hold them all."""
        where = {n: i for i, n in enumerate(self.names)}
        missing = [n for n in names if n not in where]
        if missing:
            raise DataError(f"{len(missing)} images of the saved split are missing from the data "
                            f"(e.g. {missing[:3]}); use the data folder the run was trained on")
        return self.subset([where[n] for n in names])


def _cache_key(pairs: list[Pair], size: int) -> str:
    h = hashlib.sha256(f"v1 size={size}".encode())
    for p in pairs:
        for path in (p.image, p.mask):
            st = path.stat()
            h.update(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def default_cache_dir() -> Path:
    """Where decoded data are cached unless told otherwise: ``$XDG_CACHE_HOME/tinyunet``, by
    default ``~/.cache/tinyunet`` (the command line's ``--cache-dir`` moves it)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tinyunet"


def load_dataset(root=None, size: int = 256, cache_dir=None, progress: bool = True,
                 limit: int | None = None, write_cache: bool = True) -> Dataset:
    """Find, load and resize every pair under ``root`` (default: the embedded sample).

    Unusable pairs are skipped and listed in ``Dataset.skipped``; ``limit`` keeps the first
    ``limit`` pairs (for quick runs). With ``cache_dir``, a cached copy is read when there is
    one, and the result is cached as ``.npz`` there (with ``write_cache=False`` only when
    :func:`save_cache` is called: a caller that may still refuse writes nothing before).
    """
    if not isinstance(size, (int, np.integer)) or size < 8:
        raise DataError(f"size must be an int of at least 8, got {size!r}")
    if limit is not None and limit < 1:
        raise DataError(f"limit must be at least 1, got {limit}")
    index = find_pairs(SAMPLE_DIR if root is None else root)
    pairs = index.pairs[:limit] if limit else index.pairs
    cache_file = None
    if cache_dir is not None:
        cache_file = Path(cache_dir) / f"data-{_cache_key(pairs, size)}-{size}.npz"
        if cache_file.is_file():
            try:
                with np.load(cache_file, allow_pickle=False) as z:
                    skipped = json.loads(str(z["skipped"]))
                    return Dataset(z["images"], z["masks"], [str(n) for n in z["names"]],
                                   [tuple(s) for s in skipped], index, cache_file)
            except Exception as exc:  # noqa: BLE001 - a damaged cache is rebuilt, never fatal
                warnings.warn(f"ignored the damaged cache {cache_file}: {exc}", stacklevel=2)
    images, masks, names, skipped = [], [], [], []
    iterator = pairs
    if progress:
        from tqdm import tqdm
        iterator = tqdm(pairs, desc=f"loading {size}x{size}", unit="pair", leave=False)
    for pair in iterator:
        try:
            image, mask = load_pair(pair, size)
        except DataError as exc:
            skipped.append((pair.image.name, str(exc)))
            warnings.warn(f"skipped {pair.image.name}: {exc}", stacklevel=2)
            continue
        images.append(image)
        masks.append(mask)
        names.append(pair.name)
    if not names:
        raise DataError(f"none of the {len(pairs)} pairs under {index.root} could be read")
    data = Dataset(np.stack(images), np.stack(masks), names, skipped, index, cache_file)
    if write_cache:
        save_cache(data)
    return data


def save_cache(data: Dataset) -> None:
    """Write ``data`` to its ``cache_file`` (if it has one and it is not there yet).

    Written with ``atomic_write``, whose temporary file is this process's and thread's own:
    parallel runs may write the same cache at once, and each one's rename is atomic (the
    contents are identical)."""
    cache_file = data.cache_file
    if cache_file is None or cache_file.is_file():
        return
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(cache_file, "wb") as fh:
        np.savez(fh, images=data.images, masks=data.masks, names=np.array(data.names),
                 skipped=np.array(json.dumps(data.skipped)))


def split_indices(source_sets: list[str], fractions=(0.7, 0.15, 0.15),
                  seed: int = 0) -> dict[str, list[int]]:
    """Seeded train/val/test split, stratified by source set: each set is shuffled and cut in
    the given fractions, so every split holds Montgomery and Shenzhen images in the same
    proportion. Every index lands in exactly one split."""
    if len(fractions) != 3 or any(f < 0 for f in fractions) or not np.isclose(sum(fractions), 1):
        raise DataError(f"split fractions must be three non-negative numbers summing to 1, "
                        f"got {fractions}")
    rng = np.random.default_rng(seed)
    splits = {"train": [], "val": [], "test": []}
    for s in sorted(set(source_sets)):
        idx = np.array([i for i, name in enumerate(source_sets) if name == s])
        rng.shuffle(idx)
        n_val = int(round(fractions[1] * len(idx)))
        n_test = int(round(fractions[2] * len(idx)))
        splits["val"] += idx[:n_val].tolist()
        splits["test"] += idx[n_val:n_val + n_test].tolist()
        splits["train"] += idx[n_val + n_test:].tolist()
    return {k: sorted(v) for k, v in splits.items()}


def fold_indices(source_sets: list[str], folds: int, seed: int = 0,
                 val_fraction: float = 0.15 / 0.85) -> list[dict[str, list[int]]]:
    """``folds`` seeded train/val/test splits, stratified by source set, in which every index is
    a test index exactly once (K-fold cross-validation).

    Each source set is shuffled and cut into ``folds`` nearly equal parts; split ``k`` tests on
    part ``k`` of every set, and takes ``val_fraction`` of the rest of each set (by default the
    train:validation ratio of the 70/15/15 split) for validation, the remainder for training.
    """
    if not isinstance(folds, (int, np.integer)) or folds < 2:
        raise DataError(f"folds must be an integer of at least 2, got {folds!r}")
    if not 0 < val_fraction < 1:
        raise DataError(f"val_fraction must lie between 0 and 1, got {val_fraction}")
    rng = np.random.default_rng(seed)
    out = [{"train": [], "val": [], "test": []} for _ in range(folds)]
    for s in sorted(set(source_sets)):
        idx = np.array([i for i, name in enumerate(source_sets) if name == s])
        rng.shuffle(idx)
        parts = np.array_split(idx, folds)
        for k in range(folds):
            rest = np.concatenate([parts[j] for j in range(folds) if j != k])
            n_val = int(round(val_fraction * len(rest)))
            out[k]["test"] += parts[k].tolist()
            out[k]["val"] += rest[:n_val].tolist()
            out[k]["train"] += rest[n_val:].tolist()
    return [{name: sorted(v) for name, v in split.items()} for split in out]


# ---------------------------------------------------------------------------------------------
# augmentation and batches
# ---------------------------------------------------------------------------------------------


def load_augmentation_library() -> None:
    """Import albumentations (and OpenCV) now rather than at the first :class:`Augmenter`:
    where PyTorch is installed albumentations imports it too, which takes seconds (2.3 s on a
    Zen 3 core), and the training loop calls this before its first epoch's clock starts."""
    importlib.import_module("albumentations")


class Augmenter:
    """Random, label-preserving changes applied identically to an image and its mask.

    Horizontal flip; a small affine move (shift up to 6 %, scale 0.9-1.1, rotation up to 10
    degrees, border filled with 0); brightness and contrast up to 15 %. No vertical flip: an
    upside-down chest X-ray never happens. Uses albumentations, seeded.
    """

    def __init__(self, seed: int = 0, p: float = 1.0):
        import albumentations as A
        import cv2
        self.transform = A.Compose([
            A.HorizontalFlip(p=0.5),
            A.Affine(translate_percent=(-0.06, 0.06), scale=(0.9, 1.1), rotate=(-10, 10),
                     border_mode=cv2.BORDER_CONSTANT, fill=0, fill_mask=0, p=0.8),
            A.RandomBrightnessContrast(brightness_limit=0.15, contrast_limit=0.15, p=0.5),
        ], p=p, seed=seed)

    def __call__(self, image: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        out = self.transform(image=image, mask=mask)
        return out["image"], out["mask"]


def normalise(images: np.ndarray) -> np.ndarray:
    """uint8 (N, S, S) -> float32 (N, 1, S, S), each image scaled to zero mean and unit variance
    (so the network does not depend on an X-ray's overall exposure)."""
    x = images.astype(np.float32)[:, None]
    mean = x.mean(axis=(2, 3), keepdims=True)
    std = x.std(axis=(2, 3), keepdims=True)
    return (x - mean) / np.maximum(std, 1e-3)


def batches(data: Dataset, batch_size: int, rng: np.random.Generator | None = None,
            augment: Augmenter | None = None):
    """Yield (images float32 (B, 1, S, S), masks float32 (B, 1, S, S), indices) over ``data``,
    shuffled when ``rng`` is given, augmented when ``augment`` is given (training only)."""
    order = np.arange(len(data)) if rng is None else rng.permutation(len(data))
    for start in range(0, len(order), batch_size):
        idx = order[start:start + batch_size]
        images, masks = data.images[idx], data.masks[idx]
        if augment is not None:
            pairs = [augment(i, m) for i, m in zip(images, masks)]
            images = np.stack([p[0] for p in pairs])
            masks = np.stack([p[1] for p in pairs])
        yield normalise(images), masks.astype(np.float32)[:, None], idx
