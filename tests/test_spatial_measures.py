"""Spatial measurements of issue 25: boundary distances (HD95, ASSD), the effective receptive
field, and the statistics of cross-validated comparisons (corrected t, Holm, equivalence)."""

import math

import numpy as np
import pytest

from tinyunet.experiment.stats import corrected_t, holm, tost_p, verdict
from tinyunet.layers import Conv2d, Sequential
from tinyunet.metrics import surface_distances_per_image
from tinyunet.receptive import effective_receptive_field, mass_radius
from tinyunet.unet import UNet

scipy_stats = pytest.importorskip("scipy.stats")


# -- boundary distances --------------------------------------------------------------------

def _naive_border(mask):
    h, w = mask.shape
    out = np.zeros_like(mask)
    for i in range(h):
        for j in range(w):
            if mask[i, j]:
                neighbours = [(i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)]
                out[i, j] = any(not (0 <= a < h and 0 <= b < w) or not mask[a, b]
                                for a, b in neighbours)
    return out


def _naive_distances(p, t):
    """Brute force over every pair of border pixels: the reference for the distance transform."""
    bp, bt = np.argwhere(_naive_border(p)), np.argwhere(_naive_border(t))
    d = np.hypot(*(bp[:, None, :] - bt[None, :, :]).transpose(2, 0, 1))
    to_t, to_p = d.min(axis=1), d.min(axis=0)
    hd = max(np.percentile(to_t, 95), np.percentile(to_p, 95))
    assd = (to_t.sum() + to_p.sum()) / (len(to_t) + len(to_p))
    return hd, assd


def _square(size, top, left, side):
    m = np.zeros((size, size), np.uint8)
    m[top:top + side, left:left + side] = 1
    return m


def test_two_single_pixels_three_apart():
    p, t = np.zeros((1, 16, 16)), np.zeros((1, 16, 16))
    p[0, 5, 5] = 1
    t[0, 5, 8] = 1
    d = surface_distances_per_image(p, t)
    assert d["hd95"][0] == pytest.approx(3.0) and d["assd"][0] == pytest.approx(3.0)


def test_shifted_square_against_brute_force_and_spacing():
    t = _square(40, 10, 10, 12)
    p = _square(40, 10, 13, 12)                       # shifted 3 columns right
    hd, assd = _naive_distances(p.astype(bool), t.astype(bool))
    d = surface_distances_per_image(p[None], t[None])
    assert d["hd95"][0] == pytest.approx(hd) and d["assd"][0] == pytest.approx(assd)
    assert 2.9 < d["hd95"][0] <= 3.0                  # the left and right edges are 3 apart
    twice = surface_distances_per_image(p[None], t[None], spacing=2.0)
    assert twice["hd95"][0] == pytest.approx(2 * hd) and twice["assd"][0] == pytest.approx(2 * assd)


def test_irregular_shapes_against_brute_force():
    rng = np.random.default_rng(3)
    for _ in range(4):
        p = rng.random((24, 24)) > 0.6
        t = rng.random((24, 24)) > 0.5
        d = surface_distances_per_image(p[None].astype(float), t[None].astype(float))
        hd, assd = _naive_distances(p, t)
        assert d["hd95"][0] == pytest.approx(hd) and d["assd"][0] == pytest.approx(assd)


def test_identical_and_empty_cases_are_defined():
    t = _square(32, 8, 8, 10)[None]
    empty = np.zeros_like(t)
    same = surface_distances_per_image(t, t)
    assert same["hd95"][0] == 0 and same["assd"][0] == 0
    both_empty = surface_distances_per_image(empty, empty)
    assert both_empty["hd95"][0] == 0 and both_empty["assd"][0] == 0
    diagonal = math.hypot(32, 32)
    for p, m in ((empty, t), (t, empty)):            # a missed mask, an invented one
        d = surface_distances_per_image(p, m, spacing=0.5)
        assert d["hd95"][0] == pytest.approx(diagonal * 0.5)
        assert d["assd"][0] == pytest.approx(diagonal * 0.5)


# -- effective receptive field ---------------------------------------------------------------

def _conv(cin, cout, k, seed):
    return Conv2d(cin, cout, k, padding=k // 2, rng=np.random.default_rng(seed),
                  dtype=np.float64)


def test_single_convolution_erf_is_its_kernel():
    conv = _conv(1, 1, 3, seed=0)
    x = np.random.default_rng(0).normal(size=(3, 1, 11, 11))
    erf = effective_receptive_field(conv, x)
    expected = np.zeros((11, 11))
    expected[4:7, 4:7] = np.abs(conv.weight[0, 0])
    np.testing.assert_allclose(erf, expected, rtol=1e-12, atol=1e-15)
    assert np.count_nonzero(erf) == 9                 # exact support: the 3x3 window


def test_linear_stack_erf_is_the_full_convolution_of_its_kernels():
    a, b = _conv(1, 1, 3, seed=1), _conv(1, 1, 3, seed=2)
    stack = Sequential([("a", a), ("b", b)])
    erf = effective_receptive_field(stack, np.zeros((1, 1, 15, 15)))
    w1, w2 = a.weight[0, 0], b.weight[0, 0]
    full = np.zeros((5, 5))                            # (w1 * w2) as cross-correlations compose
    for i in range(3):
        for j in range(3):
            full[i:i + 3, j:j + 3] += w2[i, j] * w1
    expected = np.zeros((15, 15))
    expected[5:10, 5:10] = np.abs(full)
    np.testing.assert_allclose(erf, expected, rtol=1e-10, atol=1e-14)


def test_erf_restores_mode_and_gradients():
    model = UNet(depth=2, base_filters=4, seed=0)
    for _, _, grad in model.parameters():
        grad[...] = 0.25
    model.train()
    images = np.random.default_rng(0).integers(0, 255, (2, 32, 32), dtype=np.uint8)
    erf = effective_receptive_field(model, images)
    assert model.training
    assert all(np.all(grad == 0.25) for _, _, grad in model.parameters())
    half = (model.receptive_field_size - 1) // 2
    rows, cols = np.nonzero(erf)
    assert abs(rows - 16).max() <= half and abs(cols - 16).max() <= half


def test_erf_radius_grows_with_depth_at_initialisation():
    images = np.random.default_rng(1).integers(0, 255, (4, 96, 96), dtype=np.uint8)
    radii = [mass_radius(effective_receptive_field(UNet(depth=d, base_filters=4, seed=0),
                                                   images)) for d in (1, 2, 3, 4)]
    assert all(b > a for a, b in zip(radii, radii[1:])), radii
    theoretical = [(UNet(depth=d, base_filters=4).receptive_field_size - 1) / 2
                   for d in (1, 2, 3, 4)]
    assert all(r < t for r, t in zip(radii, theoretical)), (radii, theoretical)


def test_mass_radius_closed_forms():
    delta = np.zeros((9, 9))
    delta[4, 4] = 1
    assert mass_radius(delta) == 0
    ring = np.zeros((9, 9))                             # all mass at distance 3 (a plus sign)
    ring[4, 1] = ring[4, 7] = ring[1, 4] = ring[7, 4] = 1
    assert mass_radius(ring) == 3
    assert math.isnan(mass_radius(np.zeros((5, 5))))
    with pytest.raises(ValueError):
        mass_radius(delta, share=0)


# -- statistics --------------------------------------------------------------------------------

def test_corrected_t_against_hand_formula_and_scipy():
    d = np.array([0.004, 0.010, -0.002, 0.007, 0.006])
    res = corrected_t(d, n_train=272, n_test=80)
    se = math.sqrt((1 / 5 + 80 / 272) * d.var(ddof=1))
    assert res.se == pytest.approx(se) and res.t == pytest.approx(d.mean() / se)
    assert res.p == pytest.approx(2 * scipy_stats.t.sf(abs(d.mean() / se), 4), rel=1e-9)
    q = scipy_stats.t.ppf(0.975, 4)
    assert res.ci_low == pytest.approx(d.mean() - q * se)
    plain = scipy_stats.ttest_1samp(d, 0.0).pvalue
    assert res.p > plain                              # the correction widens, never narrows


def test_holm_against_hand_computed_values():
    adjusted, rejected = holm([0.01, 0.04, 0.03, 0.005])
    np.testing.assert_allclose(adjusted, [0.03, 0.06, 0.06, 0.02])
    assert list(rejected) == [True, False, False, True]
    adjusted, rejected = holm([0.5, 0.001])
    np.testing.assert_allclose(adjusted, [0.5, 0.002])


def test_tost_equivalent_not_equivalent_undecided():
    margin = 0.005
    assert tost_p(0.0005, 0.0008, 20, margin) < 0.05           # tight around zero: equivalent
    assert tost_p(0.02, 0.001, 20, margin) > 0.5               # far outside: not equivalent
    p_wide = tost_p(0.0, 0.01, 4, margin)                      # wide: cannot tell
    assert p_wide > 0.05
    # against scipy: the larger of the two one-sided p-values
    lower = scipy_stats.t.sf((0.001 + margin) / 0.002, 9)
    upper = scipy_stats.t.cdf((0.001 - margin) / 0.002, 9)
    assert tost_p(0.001, 0.002, 9, margin) == pytest.approx(max(lower, upper))
    assert verdict(True, False) == "resolved" and verdict(False, True) == "equivalent"
    assert verdict(False, False) == "undecided"
    assert verdict(True, True) == "resolved, within margin"


# -- the declared family of a cross-validated sweep ------------------------------------------

def _fake_sweep(tmp_path, effects, folds=5, images=20, noise=0.01, seed=0):
    """Runs with per-image scores: configuration effect + image effect + noise."""
    import csv
    import json
    from tinyunet.experiment.spatial import PER_IMAGE_FILE
    rng = np.random.default_rng(seed)
    image_effect = rng.normal(0, 0.03, (folds, images))
    rows = []
    for (d, f), effect in effects.items():
        for k in range(folds):
            run_dir = tmp_path / f"d{d}_f{f}_s0_fold{k}"
            run_dir.mkdir()
            (run_dir / "metrics.json").write_text(json.dumps(dict(n_train=64, n_test=images)))
            dice = 0.9 + effect + image_effect[k] + rng.normal(0, noise, images)
            with open(run_dir / PER_IMAGE_FILE, "w", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["name", "dice", "hd95"])
                for i in range(images):
                    w.writerow([f"img{k}_{i}", dice[i], 10 - 100 * (dice[i] - 0.9)])
            rows.append(dict(name=run_dir.name, depth=d, base_filters=f, seed=0, fold=k,
                             status="done", run_dir=str(run_dir)))
    return rows


def test_declared_family_and_reference_chosen_on_the_first_partition(tmp_path):
    from tinyunet.experiment.crossval import compare_family, declared_family
    family = declared_family(["d1_f4", "d1_f8", "d2_f4", "d2_f8"], "d2_f8")
    assert ("one more level", "d2_f4", "d1_f4") in family
    assert ("twice the filters", "d1_f8", "d1_f4") in family
    assert [f for f in family if f[0] == "against the reference"] == [
        ("against the reference", c, "d2_f8") for c in ("d1_f4", "d1_f8", "d2_f4")]
    rows = _fake_sweep(tmp_path, {(1, 4): 0.0, (1, 8): 0.03, (2, 4): 0.0005, (2, 8): 0.0302},
                       noise=0.002)
    table, reference = compare_family(rows)
    assert reference in ("d1_f8", "d2_f8")
    by = {(r["metric"], r["a"], r["b"]): r for r in table}
    assert by[("dice", "d1_f8", "d1_f4")]["verdict"].startswith("resolved")
    assert by[("dice", "d2_f4", "d1_f4")]["verdict"] == "equivalent"
    against = [r for r in table if r["kind"] == "against the reference"]
    assert all(r["partitions"] == 4 for r in against)          # the first partition left out
    holm_p = [r["p_holm"] for r in table if r["metric"] == "dice"]
    assert all(h >= r["p"] for h, r in zip(holm_p, (r for r in table if r["metric"] == "dice")))


def test_noise_alone_is_undecided_not_equivalent(tmp_path):
    from tinyunet.experiment.crossval import compare_family
    rows = _fake_sweep(tmp_path, {(1, 4): 0.0, (1, 8): 0.0}, folds=3, noise=0.05)
    table, _ = compare_family(rows, metrics=("dice",))
    (row,) = [r for r in table if r["kind"] == "twice the filters"]
    assert row["verdict"] == "undecided"


def _fake_sized_sweep(folder, size, effects, folds=4, images=12, seed=0, names="img"):
    """A sweep folder (runs.csv, runs/NAME/{run.json, metrics.json, test_per_image.csv}) at
    ``size``: per image, Dice = 0.9 + effect + image effect (the same images, and image
    effects, at every size: ``seed`` fixed) + noise drawn per size."""
    import csv
    import json
    from tinyunet.experiment.spatial import PER_IMAGE_FILE
    image_effect = np.random.default_rng(seed).normal(0, 0.03, (folds, images))
    rng = np.random.default_rng(size)
    rows = []
    for (d, f), effect in effects.items():
        for k in range(folds):
            name = f"d{d}_f{f}_s0_fold{k}"
            run_dir = folder / "runs" / name
            run_dir.mkdir(parents=True)
            (run_dir / "run.json").write_text(json.dumps(dict(size=size)))
            (run_dir / "metrics.json").write_text(json.dumps(dict(n_train=40, n_test=images)))
            dice = 0.9 + effect + image_effect[k] + rng.normal(0, 0.002, images)
            with open(run_dir / PER_IMAGE_FILE, "w", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["name", "dice", "hd95"])
                for i in range(images):
                    w.writerow([f"{names}{k}_{i}", dice[i], 10 - 100 * (dice[i] - 0.9)])
            rows.append(dict(name=name, depth=d, base_filters=f, seed=0, fold=k,
                             status="done"))
    with open(folder / "runs.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_two_sizes_are_compared_per_partition_on_the_same_images(tmp_path):
    """PLAN.md's addendum: each configuration both sweeps finished, this size minus the other,
    the per-image differences averaged per partition, the corrected t over partitions, Holm
    over the sizes' family per metric; a sweep of one size, or partitions that tested other
    images, refused."""
    import csv
    from tinyunet.experiment.crossval import compare_sizes, rows_of_folder, write_size_comparisons
    from tinyunet.experiment.spatial import read_per_image
    from tinyunet.experiment.stats import corrected_t
    big, small = tmp_path / "cv256", tmp_path / "cv128"
    _fake_sized_sweep(big, 256, {(2, 16): 0.01, (3, 16): 0.0, (4, 16): 0.0001})
    _fake_sized_sweep(small, 128, {(2, 16): 0.0, (3, 16): 0.0, (4, 16): 0.0, (1, 16): 0.0})
    rows, other = rows_of_folder(big), rows_of_folder(small)
    table = compare_sizes(rows, other)
    assert [(r["metric"], r["a"], r["b"]) for r in table] == [
        (m, f"d{d}_f16 at 256 px", f"d{d}_f16 at 128 px") for m in ("dice", "hd95")
        for d in (2, 3, 4)]                                  # d1_f16 ran at 128 px only
    assert {r["kind"] for r in table} == {"256 px against 128 px"}
    diffs = []
    for k in range(4):
        a = read_per_image(big / "runs" / f"d2_f16_s0_fold{k}")
        b = read_per_image(small / "runs" / f"d2_f16_s0_fold{k}")
        diffs.append(np.mean([a[i]["dice"] - b[i]["dice"] for i in a]))
    expected = corrected_t(diffs, 40, 12)
    d2 = table[0]
    assert d2["partitions"] == 4
    assert d2["mean_difference"] == pytest.approx(expected.mean, abs=1e-12)
    assert d2["ci_low"] == pytest.approx(expected.ci_low, abs=1e-12)
    assert d2["verdict"].startswith("resolved") and d2["p_holm"] >= d2["p"]
    assert table[1]["verdict"] in ("equivalent", "undecided")
    dice_p = sorted(r["p"] for r in table if r["metric"] == "dice")
    assert min(r["p_holm"] for r in table if r["metric"] == "dice") == pytest.approx(
        min(1.0, 3 * dice_p[0]))                              # Holm over the 3 comparisons
    written = write_size_comparisons(big, rows, small)
    assert len(list(csv.DictReader(open(big / "sizes.csv")))) == len(written) == 6
    assert "d2_f16 at 256 px - d2_f16 at 128 px" in (big / "sizes.md").read_text()
    with pytest.raises(ValueError, match="both sweeps trained at 256 px"):
        compare_sizes(rows, rows)
    other_images = tmp_path / "other"
    _fake_sized_sweep(other_images, 128, {(2, 16): 0.0}, names="x")
    with pytest.raises(ValueError, match="tested different images"):
        compare_sizes(rows, rows_of_folder(other_images))


def test_a_cross_validated_sweep_writes_spatial_tables_comparisons_and_figures(tmp_path,
                                                                               capsys):
    import csv
    import json
    from tinyunet.cli import main
    out = tmp_path / "cv"
    assert main(["sweep", "--depths", "1,2", "--filters", "4", "--folds", "2", "--epochs", "1",
                 "--size", "32", "--out", str(out), "--quiet"]) == 0
    rows = list(csv.DictReader(open(out / "runs.csv")))
    assert len(rows) == 4 and all(r["hd95"] != "" and r["erf_radius_trained"] != "" for r in rows)
    assert all(r["skip_loss2"] != "" for r in rows if r["depth"] == "2")
    assert all(r["machine"] for r in rows)
    from tinyunet.conv import default_3x3_kernels
    assert {r["kernels"] for r in rows} == {default_3x3_kernels()}
    run = out / "runs" / "d2_f4_s0_fold1"
    per_image = list(csv.DictReader(open(run / "test_per_image.csv")))
    metrics = json.loads((run / "metrics.json").read_text())
    assert len(per_image) == metrics["n_test"]
    assert {"dice", "hd95", "assd", "dice_without_skip1", "dice_without_skip2"} <= set(per_image[0])
    assert "val_dice_keep_lungs" in metrics["postprocessing"]
    assert "Spatial information" in (out / "results.md").read_text()
    assert "counts any time the sweep was paused" in (out / "results.md").read_text()
    comparisons = (out / "comparisons.md").read_text()
    assert "d2_f4 - d1_f4" in comparisons
    for figure in ("effective_fields.png", "skip_losses.png", "erf_maps.png", "boundaries.png"):
        assert (out / figure).stat().st_size > 1000
    # chapter 8's findings read these very tables (tinyunet.experiment.findings)
    from tinyunet.experiment.findings import findings_section
    section = findings_section(out, configurations=2, partitions=2, epoch_cap=1)
    assert "4 of the 4 planned runs have finished (2 partitions of 2 complete)" in section
    assert "*one more level*, 1 tested" in section and "In the 2 configurations measured" in section
    # --report-only: the tables and figures again from the finished runs, training nothing
    logs = {p: p.read_text() for p in (out / "runs").glob("*/train.log")}
    (out / "results.md").unlink()
    (out / "curves_largest.png").unlink()
    args = ["sweep", "--depths", "1,2", "--filters", "4", "--folds", "2", "--epochs", "1",
            "--size", "32", "--out", str(out), "--quiet", "--report-only"]
    capsys.readouterr()
    assert main(args) == 0
    said = capsys.readouterr().out
    assert "report only: the 4 finished runs of the grid's 4 runs (2 configurations x 2 " in said
    assert {p: p.read_text() for p in (out / "runs").glob("*/train.log")} == logs
    assert list(csv.DictReader(open(out / "runs.csv"))) == rows
    assert (out / "results.md").exists() and (out / "curves_largest.png").stat().st_size > 1000
    assert main(args[:-2] + ["--out", str(tmp_path / "empty"), "--quiet", "--report-only"]) == 2
    # the same partitions at another size, compared with the first sweep configuration by
    # configuration on masks at one resolution (PLAN.md's addendum)
    wide = tmp_path / "cv48"
    assert main(["sweep", "--depths", "2", "--filters", "4", "--folds", "2", "--epochs", "1",
                 "--size", "48", "--out", str(wide), "--quiet", "--against", str(out)]) == 0
    sizes = list(csv.DictReader(open(wide / "sizes.csv")))
    assert [(r["metric"], r["a"], r["b"], r["partitions"]) for r in sizes] == [
        (m, "d2_f4 at 48 px", "d2_f4 at 32 px", "2") for m in ("dice", "hd95")]
    assert all(r["verdict"] and r["ci_low"] != "" for r in sizes)


def test_the_boundary_figure_takes_one_partition_that_has_every_depth(tmp_path):
    """boundaries.png draws every depth's outline on one test image, so its runs must share a
    partition: the first that has a finished, measured run of every depth, at 16 filters or
    else the widest."""
    from tinyunet.experiment.report import _one_partition_per_depth

    def run(depth, filters, fold, measured=True):
        folder = tmp_path / f"d{depth}_f{filters}_fold{fold}"
        folder.mkdir()
        if measured:
            (folder / "best.npz").write_bytes(b"weights")
            (folder / "test_per_image.csv").write_text("name,hd95\n")
        return dict(status="done", depth=depth, base_filters=filters, seed=0, fold=fold,
                    run_dir=str(folder))

    rows = [run(1, 16, 0), run(1, 32, 1), run(1, 16, 1), run(2, 8, 1), run(2, 16, 1, False),
            run(2, 4, 1)]
    chosen = _one_partition_per_depth(rows)
    assert [(r["depth"], r["base_filters"], r["fold"]) for r in chosen] == [(1, 16, 1), (2, 8, 1)]
    assert _one_partition_per_depth(rows[:1] + rows[3:4]) == []       # no fold has both depths


def test_later_seeds_train_only_the_named_configurations(tmp_path):
    """--later-seeds-only: the first seed trains every configuration, the later seeds only
    those named (more partitions where a comparison is still open), all in one sweep."""
    from tinyunet.experiment.sweep import grid, run_sweep
    from tinyunet.train import TrainConfig
    specs = grid(tmp_path, None, (1, 2), (4, 8), (0, 1), 32, TrainConfig(), folds=2,
                 later_seeds_only=["d2_f8"])
    assert len([s for s in specs if s.seed == 0]) == 8
    assert sorted(s.name for s in specs if s.seed == 1) == ["d2_f8_s1_fold0", "d2_f8_s1_fold1"]
    assert all(s.config.seed == s.seed for s in specs)
    seen, said = [], []

    def task(spec):
        seen.append(spec.name)
        raise RuntimeError("not trained in this test")

    rows = run_sweep(tmp_path / "s", None, (1, 2), (4, 8), 32, TrainConfig(epochs=1),
                     seeds=(0, 1), folds=2, task=task, log=said.append, progress=False,
                     figures=False, later_seeds_only=["d2_f8"])
    assert sorted(seen) == sorted(s.name for s in specs) and len(rows) == 10
    assert said[0].startswith("10 runs (4 configurations x 2 repeats of seed 0, and 1 of them "
                              "x 2 repeats of seed 1), 0 finished already")
    with pytest.raises(ValueError, match="d3_f4 is not in the grid"):
        run_sweep(tmp_path / "t", None, (1, 2), (4,), 32, seeds=(0, 1), folds=2,
                  later_seeds_only=["d3_f4"])


def test_the_comparison_tables_leave_an_untested_interval_blank():
    from tinyunet.experiment.crossval import comparisons_markdown
    tested = dict(metric="dice", a="d2_f16", b="d1_f16", kind="one more level", partitions=5,
                  mean_difference=0.0181, ci_low=0.0086, ci_high=0.0277, p_holm=0.154,
                  p_equivalence_holm=1.0, verdict="undecided")
    untested = dict(tested, a="d3_f16", b="d2_f16", partitions=1, mean_difference="",
                    ci_low="", ci_high="", p_holm="", p_equivalence_holm="",
                    verdict="too few partitions")
    lines = comparisons_markdown([tested, untested], "d4_f16").splitlines()
    assert "| 0.0181 | [0.0086, 0.0277] | 0.154 | 1.000 | undecided |" in lines[-2]
    assert lines[-1] == ("| d3_f16 - d2_f16 | one more level | 1 |  |  |  |  | "
                         "too few partitions |")
