"""K-fold splits: every image a test image exactly once, stratified by source set."""
import pytest

from tinyunet.data import DataError, fold_indices


def test_every_index_is_tested_exactly_once_and_splits_are_disjoint():
    sets = ["Montgomery"] * 13 + ["Shenzhen"] * 29
    folds = fold_indices(sets, 3, seed=5)
    assert len(folds) == 3
    tested = sorted(i for f in folds for i in f["test"])
    assert tested == list(range(len(sets)))
    for f in folds:
        assert set(f["train"]) | set(f["val"]) | set(f["test"]) == set(range(len(sets)))
        assert not set(f["train"]) & set(f["val"]) and not set(f["train"]) & set(f["test"])
        assert not set(f["val"]) & set(f["test"])
        # stratified: each fold's test part holds 4-5 Montgomery and 9-10 Shenzhen images
        assert sum(sets[i] == "Montgomery" for i in f["test"]) in (4, 5)
        assert sum(sets[i] == "Shenzhen" for i in f["test"]) in (9, 10)
        # validation: 15/85 of the rest, as in the 70/15/15 split
        assert len(f["val"]) == pytest.approx(0.15 / 0.85 * (42 - len(f["test"])), abs=2)


def test_folds_are_seeded():
    sets = ["a"] * 20
    assert fold_indices(sets, 4, seed=1) == fold_indices(sets, 4, seed=1)
    assert fold_indices(sets, 4, seed=1) != fold_indices(sets, 4, seed=2)


@pytest.mark.parametrize("k", [0, 1, -2, 2.5])
def test_bad_fold_counts(k):
    with pytest.raises(DataError, match="folds must be an integer of at least 2"):
        fold_indices(["a"] * 10, k)
