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
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np

from .spatial import read_per_image
from .stats import corrected_t, holm, tost_p, verdict

ALPHA = 0.05
MARGINS = {"dice": 0.005, "hd95": 0.5}
COMPARISON_COLUMNS = ["metric", "kind", "a", "b", "partitions", "mean_difference", "se",
                      "ci_low", "ci_high", "p", "p_holm", "p_equivalence",
                      "p_equivalence_holm", "margin", "verdict"]


def _name(depth, filters) -> str:
    return f"d{depth}_f{filters}"


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
    parsed = sorted({tuple(int(x) for x in c[1:].split("_f")) for c in present})
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
        block = []
        for kind, a, b in declared_family(runs, reference):
            skip = (first,) if kind == "against the reference" else ()
            diffs, n_train, n_test = partition_differences(runs[a], runs[b], metric, skip)
            row = dict(metric=metric, kind=kind, a=a, b=b, partitions=len(diffs),
                       margin=margins[metric])
            if len(diffs) >= 2:
                c = corrected_t(diffs, n_train, n_test)
                row.update(mean_difference=c.mean, se=c.se, ci_low=c.ci_low, ci_high=c.ci_high,
                           p=c.p, p_equivalence=tost_p(c.mean, c.se, c.df, margins[metric]))
            block.append(row)
        tested = [r for r in block if "p" in r]
        if tested:
            p_holm, rejected = holm([r["p"] for r in tested], alpha)
            e_holm, equivalent = holm([r["p_equivalence"] for r in tested], alpha)
            for r, ph, rej, eh, eq in zip(tested, p_holm, rejected, e_holm, equivalent):
                r.update(p_holm=float(ph), p_equivalence_holm=float(eh),
                         verdict=verdict(bool(rej), bool(eq)))
        for r in block:
            r.setdefault("verdict", "too few partitions")
        out += block
    return out, reference


def _fmt(x, digits=4):
    return "" if x is None or x == "" else f"{x:.{digits}f}"


def comparisons_markdown(table: list[dict], reference: str | None) -> str:
    lines = [f"Reference configuration (best mean test Dice on the first partition): "
             f"**{reference}**. Differences a - b, mean over partitions of the per-image "
             f"differences; 95 % interval and p from the Nadeau-Bengio corrected t; Holm over "
             f"each metric's family; equivalence by two one-sided tests at the margin.\n"]
    for metric in dict.fromkeys(r["metric"] for r in table):
        lines += [f"\n### {metric}\n",
                  "| comparison | kind | partitions | a - b | 95 % interval | p (Holm) | "
                  "p equivalence (Holm) | verdict |", "|---|---|---|---|---|---|---|---|"]
        digits = 4 if metric == "dice" else 2
        for r in (r for r in table if r["metric"] == metric):
            lines.append(
                f"| {r['a']} - {r['b']} | {r['kind']} | {r['partitions']} | "
                f"{_fmt(r.get('mean_difference'), digits)} | "
                f"[{_fmt(r.get('ci_low'), digits)}, {_fmt(r.get('ci_high'), digits)}] | "
                f"{_fmt(r.get('p_holm'), 3)} | {_fmt(r.get('p_equivalence_holm'), 3)} | "
                f"{r['verdict']} |")
    return "\n".join(lines) + "\n"


def write_comparisons(out, rows: list[dict]) -> list[dict]:
    """OUT/comparisons.csv and OUT/comparisons.md from the runs-table rows."""
    out = Path(out)
    table, reference = compare_family(rows)
    tmp = out / ".comparisons.csv.tmp"
    with open(tmp, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COMPARISON_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(table)
    tmp.replace(out / "comparisons.csv")
    (out / "comparisons.md").write_text(comparisons_markdown(table, reference))
    return table


__all__ = ["compare_family", "declared_family", "partition_of", "write_comparisons"]
