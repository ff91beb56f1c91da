"""The declared comparisons of a cross-validated sweep, corrected and worded.

A sweep run with ``--folds K`` trains every configuration on the same partitions (seed, fold),
and every run scores each of its test images (``RUN/test_per_image.csv``, written by
:mod:`tinyunet.experiment.spatial`). For two configurations a and b and a metric, each partition
both finished gives one difference: the mean over its test images of ``a_i - b_i`` (paired image
by image). Across partitions (:mod:`tinyunet.experiment.stats`):

* the Nadeau-Bengio corrected t (partitions share training images), two-sided;
* two one-sided tests for equivalence within a margin, with the same standard error;
* Holm's correction of each over the declared family, per metric;
* a verdict: ``resolved``, ``equivalent``, ``resolved, within margin`` or ``undecided``.

The family (declared in the grid's PLAN.md before it ran): one more level at the same filters,
twice the filters at the same depth, and every configuration against the reference. The
reference is the best configuration by mean test Dice on the first partition alone, and the
comparisons against it use the other partitions only, so choosing it biases nothing.

Writes ``OUT/comparisons.csv`` and ``OUT/comparisons.md`` (:func:`write_comparisons`).

Two sweeps trained at different sizes on the same partitions (PLAN.md's addendum: 256 px against
128 px) are compared configuration by configuration the same way, on masks at one resolution,
with Holm over those comparisons (:func:`compare_sizes`, ``OUT/sizes.md``:
:func:`write_size_comparisons`; ``tinyunet sweep ... --against OTHER_FOLDER``).
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np

from ..atomic import atomic_write, write_text_atomically
from .spatial import read_per_image
from .stats import corrected_t, holm, tost_p, verdict

ALPHA = 0.05
MARGINS = {"dice": 0.005, "hd95": 0.5}
# The declared family's kinds of comparison (PLAN.md; :func:`declared_family`), in the order
# the chapter words them.
KINDS = ("one more level", "twice the filters", "against the reference")
COMPARISON_COLUMNS = ["metric", "kind", "a", "b", "partitions", "mean_difference", "se",
                      "ci_low", "ci_high", "p", "p_holm", "p_equivalence",
                      "p_equivalence_holm", "margin", "verdict"]


def _name(depth, filters) -> str:
    return f"d{depth}_f{filters}"


def depth_filters(name: str) -> tuple[int, int]:
    """(depth, filters) of a configuration's name ``dD_fF``."""
    return tuple(int(x) for x in name[1:].split("_f"))


def partition_of(row: dict) -> tuple[int, int]:
    """A runs-table row's partition: (seed, fold)."""
    return (int(row["seed"]), int(row["fold"]))


def done_runs(rows: list[dict]) -> dict[str, dict[tuple, dict]]:
    """{configuration: {(seed, fold): row}} of the finished runs that have per-image scores."""
    out: dict[str, dict[tuple, dict]] = {}
    for r in rows:
        if r["status"] != "done" or r.get("fold", "") == "":
            continue
        if not (Path(r["run_dir"]) / "test_per_image.csv").exists():
            continue
        out.setdefault(_name(r["depth"], r["base_filters"]), {})[partition_of(r)] = r
    return out


def reference_configuration(runs: dict[str, dict[tuple, dict]], partition) -> str | None:
    """The configuration with the best mean test Dice (at the reference resolution) on
    ``partition`` alone; None when no configuration finished it."""
    scores = {name: float(np.mean([v["dice"] for v in read_per_image(by[partition]
                                                                      ["run_dir"]).values()]))
              for name, by in runs.items() if partition in by}
    return max(scores, key=scores.get) if scores else None


def declared_family(configs, reference: str | None) -> list[tuple[str, str, str]]:
    """(kind, a, b) of every declared comparison among ``configs`` (names ``dD_fF``)."""
    present = set(configs)
    parsed = sorted({depth_filters(c) for c in present})
    family = []
    for d, f in parsed:
        if _name(d + 1, f) in present:
            family.append(("one more level", _name(d + 1, f), _name(d, f)))
    for d, f in parsed:
        if _name(d, 2 * f) in present:
            family.append(("twice the filters", _name(d, 2 * f), _name(d, f)))
    if reference is not None:
        family += [("against the reference", c, reference) for c in
                   (_name(d, f) for d, f in parsed) if c != reference]
    return family


def partition_differences(a: dict[tuple, dict], b: dict[tuple, dict], metric: str,
                          skip=()) -> tuple[list[float], int, int]:
    """Per shared partition (but those in ``skip``): mean over its test images of a - b; and the
    training and test set sizes for the correction (the smallest training set and the largest
    test set seen: the larger correction)."""
    diffs, n_train, n_test = [], math.inf, 0
    for key in sorted(set(a) & set(b)):
        if key in skip:
            continue
        pa, pb = read_per_image(a[key]["run_dir"]), read_per_image(b[key]["run_dir"])
        if set(pa) != set(pb):
            raise ValueError(f"{a[key]['name']} and {b[key]['name']} tested different images")
        diffs.append(float(np.mean([pa[k][metric] - pb[k][metric] for k in pa])))
        sizes = json.loads((Path(a[key]["run_dir"]) / "metrics.json").read_text())
        n_train, n_test = min(n_train, sizes["n_train"]), max(n_test, sizes["n_test"])
    return diffs, n_train, n_test


def _comparison(kind: str, a: str, b: str, runs_a: dict, runs_b: dict, metric: str,
                margin: float, skip=()) -> dict:
    """One comparison row: the corrected t and TOST of a - b over their shared partitions
    (left untested, with no p, below 2 partitions)."""
    diffs, n_train, n_test = partition_differences(runs_a, runs_b, metric, skip)
    row = dict(metric=metric, kind=kind, a=a, b=b, partitions=len(diffs), margin=margin)
    if len(diffs) >= 2:
        c = corrected_t(diffs, n_train, n_test)
        row.update(mean_difference=c.mean, se=c.se, ci_low=c.ci_low, ci_high=c.ci_high,
                   p=c.p, p_equivalence=tost_p(c.mean, c.se, c.df, margin))
    return row


def _correct(block: list[dict], alpha: float) -> list[dict]:
    """Holm over one metric's family (the tested rows of ``block``), then each row's verdict."""
    tested = [r for r in block if "p" in r]
    if tested:
        p_holm, rejected = holm([r["p"] for r in tested], alpha)
        e_holm, equivalent = holm([r["p_equivalence"] for r in tested], alpha)
        for r, ph, rej, eh, eq in zip(tested, p_holm, rejected, e_holm, equivalent):
            r.update(p_holm=float(ph), p_equivalence_holm=float(eh),
                     verdict=verdict(bool(rej), bool(eq)))
    for r in block:
        r.setdefault("verdict", "too few partitions")
    return block


def compare_family(rows: list[dict], metrics=("dice", "hd95"), alpha: float = ALPHA,
                   margins=None) -> tuple[list[dict], str | None]:
    """Every declared comparison on each metric, Holm-corrected per metric; returns the rows
    (COMPARISON_COLUMNS) and the reference configuration."""
    margins = dict(MARGINS, **(margins or {}))
    runs = done_runs(rows)
    if not runs:
        return [], None
    first = min(k for by in runs.values() for k in by)
    reference = reference_configuration(runs, first)
    out = []
    for metric in metrics:
        out += _correct([_comparison(kind, a, b, runs[a], runs[b], metric, margins[metric],
                                     (first,) if kind == "against the reference" else ())
                         for kind, a, b in declared_family(runs, reference)], alpha)
    return out, reference


def _sweep_size(runs: dict[str, dict[tuple, dict]]) -> int:
    """The one training size of a sweep's finished runs (from each run's run.json)."""
    sizes = {int(json.loads((Path(r["run_dir"]) / "run.json").read_text())["size"])
             for by in runs.values() for r in by.values()}
    if len(sizes) != 1:
        raise ValueError(f"a sweep's runs should share one size, found {sorted(sizes)}")
    return sizes.pop()


def compare_sizes(rows: list[dict], other_rows: list[dict], metrics=("dice", "hd95"),
                  alpha: float = ALPHA, margins=None) -> list[dict]:
    """Each configuration both sweeps finished, this sweep's size against the other's: per
    partition the mean over its test images of ``this_i - other_i`` (both scored on masks at
    one resolution, :mod:`tinyunet.experiment.spatial`; the partitions must hold the same test
    images), the corrected t and TOST across partitions, Holm over these comparisons per
    metric (PLAN.md's addendum). Rows as :func:`compare_family`'s, ``a`` and ``b`` named
    ``dD_fF at S px``."""
    margins = dict(MARGINS, **(margins or {}))
    runs, other = done_runs(rows), done_runs(other_rows)
    shared = sorted(set(runs) & set(other), key=depth_filters)
    if not shared:
        return []
    size, other_size = _sweep_size(runs), _sweep_size(other)
    if size == other_size:
        raise ValueError(f"both sweeps trained at {size} px: nothing to compare across sizes")
    kind = f"{size} px against {other_size} px"
    return [row for metric in metrics for row in _correct(
        [_comparison(kind, f"{c} at {size} px", f"{c} at {other_size} px", runs[c], other[c],
                     metric, margins[metric]) for c in shared], alpha)]


def open_configurations(comparisons: list[dict]) -> list[str]:
    """Where the question stays open (PLAN.md, "Later partitions"): both configurations of
    every declared comparison (``kind`` one of the family's) whose verdict, in any metric, is
    ``undecided``, ordered by depth, then filters. ``comparisons``: the rows of
    ``comparisons.csv``. A comparison not yet tested (too few partitions) opens nothing: the
    rule is applied once the planned grid has finished."""
    names = {name for c in comparisons if c["kind"] in KINDS and c["verdict"] == "undecided"
             for name in (c["a"], c["b"])}
    return sorted(names, key=depth_filters)


def rows_of_folder(folder) -> list[dict]:
    """A sweep folder's ``runs.csv`` as rows, each with its ``run_dir`` (``FOLDER/runs/NAME``):
    another sweep's finished runs, to compare with."""
    folder = Path(folder)
    with open(folder / "runs.csv", newline="") as fh:
        return [dict(r, run_dir=str(folder / "runs" / r["name"])) for r in csv.DictReader(fh)]


def _fmt(x, digits=4):
    return "" if x is None or x == "" else f"{x:.{digits}f}"


def comparisons_markdown(table: list[dict], reference: str | None, intro: str | None = None
                         ) -> str:
    """The comparison rows as markdown, one table per metric, under ``intro`` (by default the
    declared family's, naming the reference)."""
    intro = intro or (f"Reference configuration (best mean test Dice on the first partition): "
                      f"**{reference}**. ")
    lines = [f"{intro}Differences a - b, mean over partitions of the per-image "
             f"differences; 95 % interval and p from the Nadeau-Bengio corrected t; Holm over "
             f"each metric's family; equivalence by two one-sided tests at the margin.\n"]
    for metric in dict.fromkeys(r["metric"] for r in table):
        lines += [f"\n### {metric}\n",
                  "| comparison | kind | partitions | a - b | 95 % interval | p (Holm) | "
                  "p equivalence (Holm) | verdict |", "|---|---|---|---|---|---|---|---|"]
        digits = 4 if metric == "dice" else 2
        for r in (r for r in table if r["metric"] == metric):
            interval = ("" if _fmt(r.get("ci_low")) == "" else
                        f"[{_fmt(r['ci_low'], digits)}, {_fmt(r['ci_high'], digits)}]")
            lines.append(
                f"| {r['a']} - {r['b']} | {r['kind']} | {r['partitions']} | "
                f"{_fmt(r.get('mean_difference'), digits)} | {interval} | "
                f"{_fmt(r.get('p_holm'), 3)} | {_fmt(r.get('p_equivalence_holm'), 3)} | "
                f"{r['verdict']} |")
    return "\n".join(lines) + "\n"


def _write_table(path: Path, table: list[dict]) -> None:
    with atomic_write(path, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COMPARISON_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(table)


def write_comparisons(out, rows: list[dict]) -> list[dict]:
    """OUT/comparisons.csv and OUT/comparisons.md from the runs-table rows."""
    out = Path(out)
    table, reference = compare_family(rows)
    _write_table(out / "comparisons.csv", table)
    write_text_atomically(out / "comparisons.md", comparisons_markdown(table, reference))
    return table


def write_size_comparisons(out, rows: list[dict], other_folder) -> list[dict]:
    """OUT/sizes.csv and OUT/sizes.md: :func:`compare_sizes` of this sweep's rows against the
    sweep in ``other_folder``."""
    out = Path(out)
    table = compare_sizes(rows, rows_of_folder(other_folder))
    _write_table(out / "sizes.csv", table)
    intro = (f"Each configuration at this sweep's size against the same configuration in "
             f"`{Path(other_folder).name}`, on the same partitions and test images, both scored "
             f"on masks at one resolution. ")
    write_text_atomically(out / "sizes.md", comparisons_markdown(table, None, intro))
    return table


__all__ = ["KINDS", "compare_family", "compare_sizes", "declared_family", "depth_filters",
           "open_configurations", "partition_of", "rows_of_folder", "write_comparisons",
           "write_size_comparisons"]
