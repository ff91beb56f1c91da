"""Finding, pairing, loading, resizing, caching, splitting and augmenting the X-ray data."""
import warnings

import numpy as np
import pytest
from PIL import Image

from tinyunet import data as D
from tinyunet.data import (Augmenter, DataError, batches, find_pairs, load_dataset, read_grayscale,
                           split_indices)

from helpers import sample_names


def test_embedded_sample_is_found_and_counted():
    index = find_pairs(D.SAMPLE_DIR)
    assert index.layout == "paired" and len(index.pairs) == 101
    report = index.report()
    assert "Montgomery: 35 pairs" in report and "Shenzhen: 66 pairs" in report


def make_kaggle(root, n=4):
    """Kaggle layout: Shenzhen masks NAME_mask.png, Montgomery masks NAME.png, larger 16-bit and
    RGB originals, one image without a mask, and a test/ folder."""
    base = root / "Lung Segmentation"
    for sub in ("CXR_png", "masks", "test"):
        (base / sub).mkdir(parents=True)
    names = sample_names(n)
    for i, name in enumerate(names):
        image = Image.open(D.SAMPLE_DIR / "images" / name).resize((300, 360))
        mask = Image.open(D.SAMPLE_DIR / "masks" / name).resize((300, 360), Image.NEAREST)
        if i == 0:   # 16-bit original
            image = Image.fromarray(np.asarray(image).astype(np.uint16) * 257)
        elif i == 1:
            image = image.convert("RGB")
        image.save(base / "CXR_png" / name)
        stem = name[:-4]
        mask_name = f"{stem}_mask.png" if name.startswith("CHNCXR") else name
        mask.save(base / "masks" / mask_name)
    Image.new("L", (64, 64), 100).save(base / "CXR_png" / "CHNCXR_9999_0.png")   # no mask
    Image.new("L", (64, 64), 100).save(base / "test" / "ANOTHER_0001.png")
    return names


def test_kaggle_layout_pairs_both_mask_conventions(tmp_path):
    names = make_kaggle(tmp_path)
    index = find_pairs(tmp_path)   # a folder above "Lung Segmentation"
    assert index.layout == "kaggle"
    assert sorted(p.name for p in index.pairs) == sorted(n[:-4] for n in names)
    assert any(p.source_set == "Montgomery" for p in index.pairs)
    assert [p.name for p in index.unpaired_images] == ["CHNCXR_9999_0.png"]
    assert len(index.unlabelled) == 1
    assert "Shenzhen: 2 pairs, 1 images without a mask" in index.report()
    data = load_dataset(tmp_path, size=64, progress=False)
    assert data.images.shape == (4, 64, 64) and data.images.dtype == np.uint8
    assert set(np.unique(data.masks)) == {0, 1}
    # the 16-bit original reads like its 8-bit source
    reference = np.asarray(Image.open(D.SAMPLE_DIR / "images" / names[0]).resize((300, 360)))
    np.testing.assert_allclose(read_grayscale(index.pairs[[p.name for p in index.pairs].index(
        names[0][:-4])].image), reference, atol=0.51)


@pytest.mark.parametrize("mode", ["L", "RGB", "RGBA", "P", "LA", "I;16"])
def test_every_png_mode_reads_as_the_same_gray(tmp_path, mode):
    gray = np.tile(np.arange(0, 256, 4, dtype=np.uint8), (8, 1))
    img = Image.fromarray(gray)
    if mode == "I;16":
        img = Image.fromarray(gray.astype(np.uint16) * 257)
    elif mode != "L":
        img = img.convert(mode)
    img.save(tmp_path / "x.png")
    np.testing.assert_allclose(read_grayscale(tmp_path / "x.png"), gray, atol=1.0)


def test_resize_area_and_binary_masks():
    block = np.arange(16, dtype=np.float32).reshape(4, 4)
    np.testing.assert_allclose(D.resize_area(block, 2), [[2.5, 4.5], [10.5, 12.5]])
    pair_data = load_dataset(size=40, progress=False, limit=6)   # 256 -> 40: not a whole factor
    assert set(np.unique(pair_data.masks)) <= {0, 1}
    fractions = pair_data.masks.mean(axis=(1, 2))
    assert np.all((fractions > 0.1) & (fractions < 0.5))


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        find_pairs(tmp_path / "nope")
    with pytest.raises(DataError, match="no images found"):
        find_pairs(tmp_path)
    (tmp_path / "images").mkdir()
    (tmp_path / "masks").mkdir()
    with pytest.raises(DataError, match="no image/mask pairs"):
        find_pairs(tmp_path)


def test_bad_files_are_skipped_and_counted(small_data):
    images, masks = small_data / "images", small_data / "masks"
    names = sorted(p.name for p in images.iterdir())
    (masks / names[0]).unlink()                                          # no mask
    (images / names[1]).write_bytes(b"not a png at all")                 # corrupt
    raw = (images / names[2]).read_bytes()
    (images / names[2]).write_bytes(raw[: len(raw) // 2])                # truncated
    Image.open(masks / names[3]).resize((128, 128)).save(masks / names[3])  # size mismatch
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        data = load_dataset(small_data, size=32, progress=False)
    assert len(data) == 12 - 4
    assert len(data.index.unpaired_images) == 1
    reasons = dict(data.skipped)
    assert set(reasons) == {names[1], names[2], names[3]}
    assert "cannot read" in reasons[names[1]] and "cannot read" in reasons[names[2]]
    assert "differ in size" in reasons[names[3]]


def test_non_binary_mask_is_binarised_with_a_warning(small_data):
    name = sorted(p.name for p in (small_data / "masks").iterdir())[0]
    mask = np.asarray(Image.open(small_data / "masks" / name)).astype(np.float32)
    soft = Image.fromarray(mask).resize((128, 128), Image.BILINEAR).resize((256, 256),
                                                                           Image.BILINEAR)
    Image.fromarray(np.asarray(soft).astype(np.uint8)).save(small_data / "masks" / name)
    with pytest.warns(UserWarning, match="not binary"):
        data = load_dataset(small_data, size=64, progress=False)
    assert set(np.unique(data.masks)) == {0, 1}


def test_cache_makes_the_second_load_skip_decoding(small_data, tmp_path, monkeypatch):
    first = load_dataset(small_data, size=32, cache_dir=tmp_path / "cache", progress=False)
    monkeypatch.setattr(D, "load_pair", lambda *a: pytest.fail("decoded despite the cache"))
    second = load_dataset(small_data, size=32, cache_dir=tmp_path / "cache", progress=False)
    np.testing.assert_array_equal(first.images, second.images)
    assert first.names == second.names
    # a changed file invalidates the cache
    monkeypatch.undo()
    target = sorted((small_data / "images").iterdir())[0]
    Image.new("L", (256, 256), 7).save(target)
    third = load_dataset(small_data, size=32, cache_dir=tmp_path / "cache", progress=False)
    assert np.all(third.images[0] == 7)


def test_split_is_stratified_disjoint_and_seeded():
    sets = ["Montgomery"] * 40 + ["Shenzhen"] * 60
    s = split_indices(sets, seed=3)
    all_idx = s["train"] + s["val"] + s["test"]
    assert sorted(all_idx) == list(range(100))
    assert len(s["val"]) == len(s["test"]) == 15
    assert sum(sets[i] == "Montgomery" for i in s["test"]) == 6   # 15 % of 40
    assert s == split_indices(sets, seed=3) and s != split_indices(sets, seed=4)
    with pytest.raises(DataError, match="fractions"):
        split_indices(sets, fractions=(0.5, 0.5, 0.5))


def test_augmentation_moves_image_and_mask_together():
    mask = np.zeros((64, 64), np.uint8)
    mask[10:30, 5:25] = 1
    image = (20 + 200 * mask).astype(np.uint8)
    aug = Augmenter(seed=1)
    moved = 0
    for _ in range(10):
        img2, mask2 = aug(image, mask)
        assert set(np.unique(mask2)) <= {0, 1}
        inside, outside = img2[mask2 == 1], img2[mask2 == 0]
        # bright pixels are exactly where the mask went (allowing interpolated edges)
        assert inside.mean() > outside.mean() + 100
        moved += not np.array_equal(mask2, mask)
    assert moved >= 5


def test_batches_are_normalised_and_cover_everything():
    data = load_dataset(size=32, progress=False, limit=10)
    seen = []
    for x, y, idx in batches(data, 4, np.random.default_rng(0)):
        assert x.dtype == np.float32 and x.shape[1:] == (1, 32, 32)
        np.testing.assert_allclose(x.mean(axis=(1, 2, 3)), 0, atol=1e-4)
        assert set(np.unique(y)) <= {0.0, 1.0}
        seen += list(idx)
    assert sorted(seen) == list(range(10))


def test_by_names_takes_a_saved_split_in_its_order_and_names_what_is_missing():
    from tinyunet.data import load_dataset
    data = load_dataset(size=16, progress=False, limit=4)
    names = [data.names[2], data.names[0]]
    part = data.by_names(names)
    assert part.names == names
    np.testing.assert_array_equal(part.images[0], data.images[2])
    with pytest.raises(DataError, match="1 images of the saved split are missing"):
        data.by_names([data.names[0], "not-there"])
