"""Chapter 8's findings from a cross-validated sweep, worded from its committed tables.

Every number and every verdict word of the section that :func:`findings_section` writes is
computed here from the sweep's tables, so a sentence cannot drift from its table:

* ``OUT/runs.csv``         one row per finished run (partition = seed and fold; epochs; stopped
                           early; training seconds; per-run spatial measurements);
* ``OUT/results.csv``      one row per configuration: means over its finished partitions;
* ``OUT/comparisons.csv``  the declared family, Holm-corrected, with a verdict per comparison
                           (:mod:`tinyunet.experiment.crossval`);
* ``OTHER/sizes.csv``      with ``--sizes OTHER``: the same configurations trained at another
                           size on the same partitions, compared across the sizes.

The section sits in a chapter between two marker lines (:data:`BEGIN`, :data:`END`);
:func:`write_section` rewrites it there and :func:`check_section` fails, naming the first line
that differs, when the chapter's text is not what the tables say::

    python -m tinyunet.experiment.findings docs/experiment_cv docs/08-experiment.md \
        --sizes docs/experiment_cv256

A partial grid (a run that spans sessions) is worded as partial: how many runs finished, which
partitions are complete, and which comparisons still lack the two partitions a test needs.
"""

from __future__ import annotations

import csv
import sys
from statistics import median
from pathlib import Path

from ..atomic import write_text_atomically
from .crossval import ALPHA, KINDS, depth_filters, open_configurations, partition_of
from .report import config_name
from .stats import t_quantile

BEGIN = "<!-- findings: begin (written by python -m tinyunet.experiment.findings; do not edit) -->"
END = "<!-- findings: end -->"
SUMMARY_BEGIN = ("<!-- grid summary: begin (written by python -m tinyunet.experiment.findings "
                 "--readme; do not edit) -->")
SUMMARY_END = "<!-- grid summary: end -->"
VERDICTS = ("resolved", "resolved, within margin", "equivalent", "undecided")
UNITS = {"dice": "Dice", "hd95": "HD95 (px)"}
DIGITS = {"dice": 4, "hd95": 2}


def _short(metric: str) -> str:
    """The metric's name without its unit: "Dice", "HD95"."""
    return UNITS[metric].split(" ")[0]


def read_table(path) -> list[dict]:
    """The rows of a CSV file as dicts of strings; [] when the file is missing."""
    path = Path(path)
    if not path.exists():
        return []
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def _describe_config(name: str) -> str:
    depth, filters = name[1:].split("_f")
    return f"depth {depth} x {filters} filters"


def _plural(n: int, word: str) -> str:
    return f"{n} {word if n == 1 else word + 's'}"


def _done_by_partition(runs: list[dict]) -> dict[tuple[int, int], list[dict]]:
    """The finished runs, by partition (seed, fold)."""
    out: dict[tuple[int, int], list[dict]] = {}
    for r in runs:
        if r["status"] == "done":
            out.setdefault(partition_of(r), []).append(r)
    return out


# ---------------------------------------------------------------------------------------------
# the sentences
# ---------------------------------------------------------------------------------------------


def _first_seed_and_later(runs: list[dict]) -> tuple[list[dict], list[dict]]:
    """The finished runs of the grid's first seed (the planned grid) and of its later seeds
    (``tinyunet sweep --later-seeds-only``: more partitions for some configurations)."""
    done = [r for r in runs if r["status"] == "done"]
    if not done:
        return [], []
    first = min(int(r["seed"]) for r in done)
    return ([r for r in done if int(r["seed"]) == first],
            [r for r in done if int(r["seed"]) != first])


def _training_hours(runs: list[dict]) -> float:
    """The runs' training clocks (``train_seconds``) added up, in hours."""
    return sum(float(r["train_seconds"]) for r in runs) / 3600


def _stopped_early(runs: list[dict]) -> int:
    """How many of the runs early stopping ended (``stopped_early`` 1, or True in old tables)."""
    return sum(r["stopped_early"] in ("1", "True") for r in runs)


def _complete_partitions(runs: list[dict], configurations: int) -> list[tuple[int, int]]:
    """The planned grid's partitions (its first seed) that every configuration finished."""
    base, _ = _first_seed_and_later(runs)
    return sorted(k for k, v in _done_by_partition(base).items() if len(v) == configurations)


def progress_text(runs: list[dict], configurations: int, partitions: int,
                  epoch_cap: int) -> str:
    """How much of the planned grid (its first seed) has finished, how far its later seeds
    have got, and how its runs stopped."""
    done = [r for r in runs if r["status"] == "done"]
    base, later = _first_seed_and_later(runs)
    planned = configurations * partitions
    per_partition = _done_by_partition(base)
    complete = _complete_partitions(runs, configurations)
    first = min(per_partition) if per_partition else None
    hours, early = _training_hours(done), _stopped_early(done)
    capped = sum(int(float(r["epochs"])) >= epoch_cap for r in done)
    text = (f"**Progress.** {len(base)} of the {planned} planned runs "
            f"{'has' if len(base) == 1 else 'have'} finished "
            f"({_plural(len(complete), 'partition')} of {partitions} complete")
    if first is not None and first not in complete:
        text += f"; the first partition has {len(per_partition[first])} of {configurations}"
    text += ")."
    if later:
        names = sorted({config_name(r) for r in later}, key=depth_filters)
        seeds = sorted({int(r["seed"]) for r in later})
        text += (f" Later partitions (seed{'s' if len(seeds) > 1 else ''} "
                 f"{', '.join(map(str, seeds))}, for the comparisons still open): "
                 f"{_plural(len(later), 'run')} of {', '.join(names)} finished.")
    text += (f" Their training clocks add up to {hours:.1f} hours at one thread each (wall "
             "time, which counts the hours the grid was paused for other measurements). "
             f"{early} of {len(done)} stopped early, before the {epoch_cap}-epoch cap; "
             f"{_plural(capped, 'run')} reached the cap.")
    machines = sorted({r.get("machine", "") for r in done} - {""})
    if machines:
        text += f" Instruction set of the machines that trained them: {', '.join(machines)}."
    return text + _kernels_sentence(_done_by_partition(runs))


def _kernels_sentence(per_partition: dict[tuple[int, int], list[dict]]) -> str:
    """Which 3x3 kernels trained each partition's runs (column ``kernels``): Winograd's and the
    direct kernels round float32 differently, so a partition's runs are compared with each other
    only where they ran on the same ones."""
    groups: dict[str, list[str]] = {}
    first_seed = min(per_partition)[0] if per_partition else None
    for (seed, fold), rows in sorted(per_partition.items()):
        kinds = sorted({r.get("kernels") or "not recorded" for r in rows})
        label = str(fold) if seed == first_seed else f"{fold} of seed {seed}"
        groups.setdefault(" and ".join(kinds), []).append(label)
    if not groups:
        return ""
    parts = [f"{kind} in partition{'s' if len(folds) > 1 else ''} {', '.join(folds)}"
             for kind, folds in groups.items()]
    return f" 3x3 kernels: {'; '.join(parts)}."


def reference_of(runs: list[dict]) -> tuple[str | None, float | None]:
    """The configuration with the best mean test Dice (at the reference resolution, column
    ``dice_ref``) on the first partition alone, and that Dice."""
    done = [r for r in runs if r["status"] == "done" and r.get("dice_ref", "") != ""]
    if not done:
        return None, None
    first = min(partition_of(r) for r in done)
    scores = {config_name(r): float(r["dice_ref"]) for r in done if partition_of(r) == first}
    best = max(scores, key=scores.get)
    return best, scores[best]


def reference_text(runs: list[dict], comparisons: list[dict], configurations: int) -> str:
    """Which configuration is the reference, on how many of the first partition's
    configurations, and whether the other partitions confirm it."""
    reference, score = reference_of(runs)
    if reference is None:
        return "**The reference.** No run has finished yet."
    per_partition = _done_by_partition(runs)
    n_first = len(per_partition[min(per_partition)])
    text = (f"**The reference.** On the first partition alone, the best test Dice (at 256 x 256) "
            f"is {_describe_config(reference)} ({reference}, {score:.4f})")
    if n_first < configurations:
        text += (f", among the {n_first} of {configurations} configurations that partition has "
                 f"finished so far: the choice can still change")
    text += ". "
    against = [c for c in comparisons if c["kind"] == "against the reference"
               and c["metric"] == "dice" and c["verdict"] in VERDICTS]
    named = {c["b"] for c in comparisons if c["kind"] == "against the reference"}
    if named and named != {reference}:
        raise ValueError(f"comparisons.csv names the reference {sorted(named)}, "
                         f"runs.csv's first partition {reference}")
    if not against:
        return text + ("Whether the other partitions confirm it is not known yet: a comparison "
                       "against it needs two of them.")
    better = [c for c in against if c["verdict"].startswith("resolved")
              and float(c["mean_difference"]) > 0]
    counts = _verdict_counts(against)
    text += (f"On the other partitions, of the {len(against)} configurations compared with it "
             f"in Dice: {counts}. ")
    if better:
        return text + ("It is **not confirmed**: " + ", ".join(c["a"] for c in better)
                       + " is resolved better.")
    undecided = [c for c in against if c["verdict"] == "undecided"]
    waiting = sum(c["kind"] == "against the reference" and c["metric"] == "dice"
                  and c["verdict"] not in VERDICTS for c in comparisons)
    if not undecided and not waiting:
        return text + ("None is resolved better, and every other configuration is resolved "
                       "worse or equivalent within the margin: the other partitions "
                       "**confirm** it.")
    higher = sum(float(c["mean_difference"]) > 0 for c in undecided)
    open_parts = ([f"{len(undecided)} undecided ({higher} of them with a higher mean)"]
                  if undecided else []) + ([f"{waiting} not yet tested"] if waiting else [])
    return text + ("None is resolved better, but that does **not confirm it yet**: "
                   + " and ".join(open_parts) + ".")


def _verdict_counts(rows: list[dict]) -> str:
    parts = []
    for v in VERDICTS:
        sel = [r for r in rows if r["verdict"] == v]
        if v.startswith("resolved") and sel:
            up = sum(float(r["mean_difference"]) > 0 for r in sel)
            parts.append(f"{len(sel)} {v} ({up} a > b, {len(sel) - up} a < b)")
        elif sel:
            parts.append(f"{len(sel)} {v}")
    return ", ".join(parts)


def _difference(row: dict, metric: str) -> str:
    d = DIGITS[metric]
    return (f"{row['a']} - {row['b']} {float(row['mean_difference']):+.{d}f} "
            f"[{float(row['ci_low']):+.{d}f}, {float(row['ci_high']):+.{d}f}]")


def family_text(comparisons: list[dict], metric: str) -> str:
    """Per kind of comparison on ``metric``: how many were tested, the verdict counts, every
    resolved difference with its 95 % interval, and the equivalent pairs."""
    rows = [c for c in comparisons if c["metric"] == metric]
    tested = [c for c in rows if c["verdict"] in VERDICTS]
    unit = UNITS[metric]
    if not rows:
        return f"**{unit}.** No declared comparison has both of its configurations yet."
    margin = float(rows[0]["margin"])
    head = (f"**{unit}** ({_plural(len(rows), 'declared comparison')}, Holm-corrected together; "
            f"margin of equivalence {margin:g}): ")
    if not tested:
        return head + ("none has been tested yet: each needs both configurations on at least "
                       "two partitions.")
    parts = []
    for kind in KINDS:
        sel = [c for c in tested if c["kind"] == kind]
        waiting = sum(c["kind"] == kind and c["verdict"] not in VERDICTS for c in rows)
        if not sel:
            continue
        part = f"*{kind}*, {len(sel)} tested: {_verdict_counts(sel)}"
        resolved = [c for c in sel if c["verdict"].startswith("resolved")]
        if resolved:
            part += "; resolved: " + "; ".join(_difference(c, metric) for c in resolved)
        equivalent = [c for c in sel if c["verdict"] == "equivalent"]
        if equivalent:
            part += "; equivalent: " + ", ".join(f"{c['a']} and {c['b']}" for c in equivalent)
        if waiting:
            part += f"; {waiting} not yet tested"
        parts.append(part)
    return head + ". ".join(parts) + "."


def _and(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return (", ".join(items[:-1]) + " and " if len(items) > 1 else "") + items[-1]


def _t(x: float) -> str:
    """A t quantile to three figures: 382, 24.5, 8.07."""
    return f"{x:.0f}" if x >= 100 else f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def power_text(comparisons: list[dict], partitions: int, alpha: float = ALPHA) -> str:
    """What Holm's correction costs in power, from the comparisons table and the t quantiles.

    Holm tests the smallest of a metric's m p-values at alpha / m and stops at the first that
    fails, so a comparison is resolved only if one passes that first step: ``|t| >
    t_{1 - alpha/(2m)}(df)``, against ``t_{1 - alpha/2}(df)`` for a comparison alone. In the
    metric's units that is ``t * se``; equivalence (two one-sided tests, each at alpha / m)
    needs even a difference of 0 to lie ``t_{1 - alpha/m}(df) * se`` inside the margin.
    Per metric and number of partitions (df = partitions - 1) among the tested comparisons,
    at their median standard error; then, while a declared comparison still waits for some of
    its planned partitions, the thresholds once all ``partitions`` of them have finished."""
    head = "**What the correction costs.**"
    metrics = list(dict.fromkeys(c["metric"] for c in comparisons))
    if not any(c["verdict"] in VERDICTS for c in comparisons):
        return head + " Nothing has been tested yet."
    text = (f"{head} Holm's correction tests the smallest of a metric's m p-values at "
            f"{alpha:g} / m and stops at the first that fails, so no comparison is resolved "
            "unless one passes that first step; equivalence asks the same of its two one-sided "
            "tests. In units of a comparison's corrected standard error (its median over the "
            "comparisons with as many partitions):")
    parts = []
    for metric in metrics:
        tested = [c for c in comparisons if c["metric"] == metric and c["verdict"] in VERDICTS]
        if not tested:
            continue
        m, d = len(tested), DIGITS[metric]
        margin = float(tested[0]["margin"])
        unit = " px" if metric == "hd95" else ""
        groups = []
        for n in sorted({int(c["partitions"]) for c in tested}):
            se = median([float(c["se"]) for c in tested if int(c["partitions"]) == n])
            count = sum(int(c["partitions"]) == n for c in tested)
            first = t_quantile(1 - alpha / (2 * m), n - 1)
            alone = t_quantile(1 - alpha / 2, n - 1)
            one_sided = t_quantile(1 - alpha / m, n - 1)
            if not groups:
                groups.append(
                    f"with {n} partitions ({_plural(n - 1, 'degree')} of freedom; {count} "
                    f"tested) the first step needs |t| above {_t(first)} ({_t(alone)} for a "
                    f"comparison alone): at the median standard error, {se:.{d}f}{unit}, a "
                    f"difference of {first * se:.{d}f}{unit}; and equivalence a margin of at "
                    f"least {one_sided * se:.{d}f}{unit} (the plan's: {margin:g}{unit})")
            else:
                groups.append(
                    f"with {n} ({_plural(n - 1, 'degree')} of freedom; {count} tested), "
                    f"|t| above {_t(first)} ({_t(alone)} alone): at {se:.{d}f}{unit}, "
                    f"{first * se:.{d}f}{unit}; a margin of {one_sided * se:.{d}f}{unit}")
        decided = [c for c in tested if c["verdict"] != "undecided"]
        if decided:
            names = [f"{c['a']} - {c['b']}" for c in decided]
            errors = [f"{float(c['se']):.{d + 1}f}{unit}" for c in decided]
            groups[-1] += (" (each comparison is judged in its own standard error: "
                           f"{'the one' if len(decided) == 1 else f'the {len(decided)}'} "
                           f"worded otherwise than undecided, {_and(names)}, had "
                           f"{_and(errors)})")
        parts.append(f"*{UNITS[metric]}*, {m} tested: " + "; ".join(groups))
    text += " " + ". ".join(parts) + "."
    declared = {metric: sum(c["metric"] == metric for c in comparisons) for metric in metrics}
    if partitions >= 2 and len(set(declared.values())) == 1 and any(
            _waiting(c, partitions) for c in comparisons):
        m = declared[metrics[0]]
        text += (f" Once all {partitions} partitions have finished, the first step of "
                 f"{m} comparisons will need |t| above "
                 f"{_t(t_quantile(1 - alpha / (2 * m), partitions - 1))} "
                 f"({_t(t_quantile(1 - alpha / 2, partitions - 1))} alone) and equivalence a "
                 f"margin of {_t(t_quantile(1 - alpha / m, partitions - 1))} standard errors "
                 "from the difference.")
    return text + (" The t quantiles fall as partitions are added; the correction's term "
                   "n_test / n_train in the standard error does not.")


def _waiting(comparison: dict, partitions: int) -> bool:
    """Whether a declared comparison has yet to be tested on all its planned partitions: all
    ``partitions`` of them, less the one that chose the reference for a comparison with it."""
    planned = partitions - (comparison["kind"] == "against the reference")
    return (comparison["verdict"] not in VERDICTS
            or int(comparison["partitions"]) < planned)


def _configs_with(results: list[dict], column: str) -> list[dict]:
    return [r for r in results if r.get(column, "") != ""]


def erf_text(results: list[dict]) -> str:
    """The effective receptive field's 95 %-mass radius against the theoretical half-width,
    at initialisation and trained, and its growth with depth at initialisation."""
    rows = [r for r in _configs_with(results, "erf_radius_trained")
            if r.get("theoretical_radius", "") != ""]
    if not rows:
        return "**How far an output pixel looks.** Not measured yet."
    ratio_init = [float(r["erf_radius_init"]) / float(r["theoretical_radius"]) for r in rows]
    ratio_trained = [float(r["erf_radius_trained"]) / float(r["theoretical_radius"])
                     for r in rows]
    shrank = [r for r in rows if float(r["erf_radius_trained"]) < float(r["erf_radius_init"])]
    text = (f"**How far an output pixel looks.** In the {_plural(len(rows), 'configuration')} "
            f"measured, the radius holding 95 % of the effective receptive field is "
            f"{_span(ratio_init)} of the theoretical half-width at initialisation and "
            f"{_span(ratio_trained)} after training; training shrank it in "
            f"{len(shrank)} of {len(rows)}.")
    by_filters = {}
    for r in rows:
        by_filters.setdefault(int(r["base_filters"]), []).append(r)
    growth, monotone = [], True
    for f, rs in sorted(by_filters.items()):
        rs = sorted(rs, key=lambda r: int(r["depth"]))
        if len(rs) < 2:
            continue
        radii = [float(r["erf_radius_init"]) for r in rs]
        grows = all(b > a for a, b in zip(radii, radii[1:]))
        monotone = monotone and grows
        growth.append(f"at {f} filters, depth {', '.join(r['depth'] for r in rs)}: "
                      + " -> ".join(_px(x) for x in radii) + " px"
                      + ("" if grows else " (not monotone)"))
    if growth:
        text += (" At initialisation it grows with depth: " if monotone else
                 " At initialisation, depth by depth: ") + "; ".join(growth) + "."
    return text


def _px(x: float) -> str:
    """A radius in pixels, a mean over partitions: to a tenth of a pixel, no trailing zeros."""
    return f"{round(x, 1):g}"


def _span(values) -> str:
    """Shares (fractions) as whole percent: "40 %" or "27 to 71 %"."""
    return _from_to(round(100 * min(values)), round(100 * max(values)), " %")


def _from_to(low, high, unit: str = "") -> str:
    """"LOW UNIT" when the two are equal, else "LOW to HIGH UNIT"."""
    return f"{low}{unit}" if low == high else f"{low} to {high}{unit}"


def boundary_text(results: list[dict]) -> str:
    """The range of HD95 and ASSD over the configurations, with where each end lies."""
    rows = _configs_with(results, "hd95")
    if not rows:
        return "**How exact the outline is.** Not measured yet."
    parts = []
    for column, label in (("hd95", "HD95"), ("assd", "ASSD")):
        best = min(rows, key=lambda r: float(r[column]))
        worst = max(rows, key=lambda r: float(r[column]))
        if best is worst:
            parts.append(f"{label} {float(best[column]):.2f} px ({config_name(best)})")
        else:
            parts.append(f"{label} from {float(best[column]):.2f} px ({config_name(best)}) to "
                         f"{float(worst[column]):.2f} px ({config_name(worst)})")
    return ("**How exact the outline is** (means over each configuration's finished partitions, "
            "in pixels of the 256 x 256 masks): " + "; ".join(parts) + ".")


def skip_text(results: list[dict]) -> str:
    """Which skip connection costs the most Dice when removed, configuration by
    configuration."""
    rows = _configs_with(results, "skip_loss1")
    if not rows:
        return "**What each skip carries.** Not measured yet."
    most = {}
    for r in rows:
        losses = {k: float(r[f"skip_loss{k}"]) for k in range(1, 6)
                  if r.get(f"skip_loss{k}", "") != ""}
        level = max(losses, key=losses.get)
        most.setdefault(level, []).append(f"{config_name(r)} {losses[level]:.4f}")
    parts = [f"the skip of level {k} in {_plural(len(v), 'configuration')} ({', '.join(v)})"
             for k, v in sorted(most.items())]
    return ("**What each skip carries** (level 1 is the full-resolution skip): the skip whose "
            "removal costs the most Dice is " + "; ".join(parts) + ".")


def _depth_column(results: list[dict], filters: int) -> list[dict]:
    """The results rows of every measured depth at ``filters`` base filters, by depth."""
    return sorted((r for r in results if r["base_filters"] == str(filters)
                   and r.get("hd95", "") != "" and r.get("erf_radius_trained", "") != ""),
                  key=lambda r: int(r["depth"]))


def _depth_chain(rows: list[dict]) -> tuple[str, str]:
    """The depths of ``rows`` and the partitions behind their means, in parentheses; and how
    far an output pixel can look and does look, the HD95 and the Dice, each as a chain over
    depth (a clause that starts in lower case)."""
    def chain(column: str, fmt: str) -> str:
        return " -> ".join(_px(float(r[column])) if fmt == "px" else format(float(r[column]), fmt)
                           for r in rows)

    share = " -> ".join(
        f"{round(100 * float(r['erf_radius_trained']) / float(r['theoretical_radius']))} %"
        for r in rows)
    fewest, most = min(int(r["repeats"]) for r in rows), max(int(r["repeats"]) for r in rows)
    counted = f"{fewest}" if fewest == most else f"{fewest}-{most}"
    return (f"(depth {' -> '.join(r['depth'] for r in rows)}; means over {counted} "
            f"finished partition{'s' if most > 1 else ''} each)",
            f"an output pixel can draw on {chain('theoretical_radius', 'px')} input pixels to "
            "each side (the theoretical half-width, at 128 x 128); trained, 95 % of its "
            f"gradient lies within {chain('erf_radius_trained', 'px')} px, {share} of that. "
            f"The outline's HD95 is {chain('hd95', '.2f')} px and the Dice "
            f"{chain('dice_ref', '.4f')} (at 256 x 256).")


def answer_text(results: list[dict], comparisons: list[dict], filters: int = 16,
                final: bool = False) -> str:
    """The project's question along one column of the grid, every depth at ``filters`` base
    filters: how far an output pixel can look (the theoretical half-width) and does look (the
    trained effective radius, and its share of the theoretical), how exact the outline is (HD95)
    and the Dice, each as a chain over depth; then every declared step of one more level at that
    width, in Dice and HD95, with its interval and verdict (or that it is not tested yet).
    ``final``: every planned partition has finished (the head no longer says "so far")."""
    rows = _depth_column(results, filters)
    head = f"**The answer{'' if final else ' so far'}, along depth at {filters} filters**"
    if len(rows) < 2:
        return head + ": fewer than two depths measured yet."
    scope, chain = _depth_chain(rows)
    text = f"{head} {scope}. {chain[0].upper()}{chain[1:]}"
    steps, waiting = [], []
    for lower, upper in zip(rows, rows[1:]):
        a, b = config_name(upper), config_name(lower)
        for metric in ("dice", "hd95"):
            c = next((c for c in comparisons if c["kind"] == "one more level"
                      and c["metric"] == metric and c["a"] == a and c["b"] == b), None)
            if c is not None and c["verdict"] in VERDICTS:
                steps.append(f"{_short(metric)} {_difference(c, metric)} "
                             f"{c['verdict']}")
            else:
                waiting.append(f"{_short(metric)} {a} - {b}")
    if steps:
        text += (" Each step of depth, with the 95 % interval of its corrected t taken on its "
                 "own and its word from the Holm-corrected family (so an interval can exclude "
                 "0 while the step stays undecided): " + "; ".join(steps) + ".")
    if waiting:
        text += " Not yet tested (each needs two partitions): " + ", ".join(waiting) + "."
    return text


def open_text(runs: list[dict], comparisons: list[dict], configurations: int,
              partitions: int) -> str:
    """Where PLAN.md's later partitions go (:func:`tinyunet.experiment.crossval.
    open_configurations`): before the planned grid has finished, the rule and when it applies;
    after, the configurations it names on the tables now and the training hours their planned
    runs took (what a second seed's partitions would cost, roughly)."""
    head = "**Where the question stays open.**"
    rule = ("The plan gives a second seed's five partitions to both configurations of every "
            "declared comparison still undecided in Dice or HD95")
    complete = len(_complete_partitions(runs, configurations))
    if complete < partitions:
        return (f"{head} {rule}, chosen once the {configurations * partitions} planned runs "
                f"have finished ({complete} of {partitions} partitions are complete now).")
    names = open_configurations(comparisons)
    if not names:
        return f"{head} No declared comparison is undecided: the plan needs no later partition."
    base, _ = _first_seed_and_later(runs)
    hours = _training_hours([r for r in base if config_name(r) in names])
    return (f"{head} {rule}: on the tables now, {len(names)} of {configurations} "
            f"configurations: {', '.join(names)}. Their runs on the planned partitions took "
            f"{hours:.1f} hours of training at one thread each (wall time).")


def _sizes_progress(runs: list[dict], planned: int | None = None) -> str:
    """How far the other size's sweep has got: its finished runs per configuration (each on
    how many partitions), how many stopped early, their training clocks; "" before any. With
    ``planned`` (the plan's partitions), no "so far" once every configuration has them all
    and no run failed."""
    done = [r for r in runs if r.get("status") == "done"]
    if not done:
        return ""
    partitions: dict[str, set] = {}
    for r in done:
        partitions.setdefault(config_name(r), set()).add(partition_of(r))
    names = sorted(partitions, key=depth_filters)
    early, hours = _stopped_early(done), _training_hours(done)
    failed = sum(r.get("status") == "failed" for r in runs)
    complete = (planned and not failed
                and all(len(found) >= planned for found in partitions.values()))
    return (f" The other size's runs{'' if complete else ' so far'}: "
            f"{_plural(len(done), 'run')} finished ("
            + ", ".join(f"{n} on {_plural(len(partitions[n]), 'partition')}" for n in names)
            + f"), {early} of them stopped early; their training clocks add up to "
            f"{hours:.1f} hours at one thread each"
            + (f"; {_plural(failed, 'run')} failed" if failed else "") + ".")


def sizes_text(comparisons: list[dict] | None, runs: list[dict] | None = None,
               partitions: int | None = None) -> str:
    """PLAN.md's addendum (:func:`tinyunet.experiment.crossval.compare_sizes`): per metric,
    how many configurations were compared across the sizes, the verdict counts, and every
    difference with its interval and verdict; ``None``: the other size's sweep has no table.
    With the other sweep's ``runs``, the 3x3 kernels its finished runs trained on and how far
    it has got (:func:`_sizes_progress`); with ``partitions`` (the plan's), tested verdicts
    that rest on fewer partitions are called interim."""
    head = "**The other size** (PLAN.md's addendum, the same partitions and test images"
    kinds = sorted({r.get("kernels") or "not recorded" for r in runs or ()
                    if r.get("status") == "done"})
    head += f"; 3x3 kernels: {' and '.join(kinds)}): " if kinds else "): "
    progress = _sizes_progress(runs or [], partitions)
    if comparisons is None:
        return head + ("not compared yet (no sizes table)." + progress if progress
                       else "not run yet.")
    if not comparisons:
        return head + "no configuration has finished at both sizes yet." + progress
    parts = []
    for metric in dict.fromkeys(c["metric"] for c in comparisons):
        rows = [c for c in comparisons if c["metric"] == metric]
        tested = [c for c in rows if c["verdict"] in VERDICTS]
        part = (f"{UNITS[metric]} ({_plural(len(rows), 'comparison')}, Holm-corrected "
                f"together; margin {float(rows[0]['margin']):g}): ")
        if tested:
            part += (f"{_verdict_counts(tested)}: " + "; ".join(
                f"{_difference(c, metric)} {c['verdict']}" for c in tested))
        waiting = len(rows) - len(tested)
        if waiting:
            part += (", " if tested else "") + (f"{waiting} not yet tested (each needs both "
                                                "sizes on at least two partitions)")
        parts.append(part)
    return head + ". ".join(parts) + "." + _interim(comparisons, partitions) + progress


def _interim(comparisons: list[dict], partitions: int | None) -> str:
    """The sentence that calls the tested verdicts interim while some rest on fewer than the
    plan's ``partitions``; "" otherwise."""
    used = [int(c["partitions"]) for c in comparisons if c["verdict"] in VERDICTS]
    if not (partitions and used and min(used) < partitions):
        return ""
    return (f" These verdicts are interim: they rest on {_from_to(min(used), max(used))} "
            f"of the {partitions} partitions the plan trains, and a verdict may still "
            "change as the others finish.")


def sizes_summary(comparisons: list[dict] | None, partitions: int | None = None) -> str:
    """The README's sentence on the other size (:func:`sizes_text`, shorter): the verdict
    counts of its declared comparisons, both metrics together, and every one worded otherwise
    than undecided, with its interval; "" when there is no sizes table."""
    if not comparisons:
        return ""
    tested = [c for c in comparisons if c["verdict"] in VERDICTS]
    metrics = " and ".join(_short(m) for m in dict.fromkeys(c["metric"] for c in comparisons))
    configs = _and([c["a"].split(" ")[0] for c in comparisons if c["metric"] == "dice"])
    text = (f" {comparisons[0]['kind'].capitalize()} (PLAN.md's addendum: {configs} trained "
            f"at both sizes, scored on the same masks at 256 x 256): of its "
            f"{len(comparisons)} declared comparisons ({metrics}), "
            + (f"{_verdict_counts(tested)}" if tested else "none tested yet"))
    waiting = len(comparisons) - len(tested)
    text += f", {waiting} not yet tested" if tested and waiting else ""
    decided = [c for c in tested if c["verdict"] != "undecided"]
    if decided:
        text += "; " + "; ".join(f"{_short(c['metric'])} {_difference(c, c['metric'])} "
                                 f"{c['verdict']}" for c in decided)
    return text + "." + _interim(comparisons, partitions)


def findings_section(folder, configurations: int, partitions: int, epoch_cap: int,
                     sizes=None) -> str:
    """The chapter's generated section, markers included, from the tables in ``folder``
    (and with ``sizes``, another size's sweep folder, its ``sizes.csv``: :func:`sizes_text`)."""
    folder = Path(folder)
    runs = read_table(folder / "runs.csv")
    results = read_table(folder / "results.csv")
    comparisons = read_table(folder / "comparisons.csv")
    final = len(_complete_partitions(runs, configurations)) >= partitions
    paragraphs = [progress_text(runs, configurations, partitions, epoch_cap),
                  answer_text(results, comparisons, final=final),
                  reference_text(runs, comparisons, configurations),
                  family_text(comparisons, "dice"), family_text(comparisons, "hd95"),
                  power_text(comparisons, partitions), erf_text(results),
                  boundary_text(results), skip_text(results),
                  open_text(runs, comparisons, configurations, partitions)]
    if sizes is not None:
        table = Path(sizes) / "sizes.csv"
        paragraphs.append(sizes_text(read_table(table) if table.exists() else None,
                                     read_table(Path(sizes) / "runs.csv"), partitions))
    return "\n\n".join([BEGIN, *paragraphs, END]) + "\n"


def summary_section(folder, configurations: int, partitions: int, filters: int = 16,
                    sizes=None) -> str:
    """The README's paragraph on the grid, markers included (:data:`SUMMARY_BEGIN`,
    :data:`SUMMARY_END`): how far the grid has got, the chain along depth at ``filters``
    filters (:func:`answer_text`'s first sentences) and the verdict counts of the declared
    family, both metrics together; with ``sizes``, another size's sweep folder, its
    ``sizes.csv`` in one sentence (:func:`sizes_summary`)."""
    folder = Path(folder)
    runs, results = read_table(folder / "runs.csv"), read_table(folder / "results.csv")
    comparisons = read_table(folder / "comparisons.csv")
    base, later = _first_seed_and_later(runs)
    complete = len(_complete_partitions(runs, configurations))
    text = (f"**The cross-validated grid so far**: {len(base)} of its "
            f"{configurations * partitions} runs have finished, {complete} of its {partitions} "
            f"partitions complete" + (f", and {_plural(len(later), 'run')} of later partitions"
                                      if later else "")
            + " ([chapter 8](docs/08-experiment.md) words every comparison with its interval).")
    rows = _depth_column(results, filters)
    if len(rows) >= 2:
        scope, chain = _depth_chain(rows)
        text += f" Along depth at {filters} filters {scope}, {chain}"
    if comparisons:
        tested = [c for c in comparisons if c["verdict"] in VERDICTS]
        metrics = " and ".join(_short(m) for m in dict.fromkeys(
            c["metric"] for c in comparisons))
        text += (f" Of the {len(comparisons)} declared comparisons ({metrics}): "
                 + (f"{_verdict_counts(tested)}; " if tested else "")
                 + f"{len(comparisons) - len(tested)} not yet tested.")
    if sizes is not None:
        text += sizes_summary(read_table(Path(sizes) / "sizes.csv"), partitions)
    return "\n".join([SUMMARY_BEGIN, text, SUMMARY_END]) + "\n"


def _split(chapter: str, begin: str = BEGIN, end_marker: str = END) -> tuple[str, str, str]:
    start, end = chapter.find(begin), chapter.find(end_marker)
    if start < 0 or end < start:
        raise ValueError("the file has no section for these tables (its marker lines are "
                         f"missing: {begin})")
    stop = end + len(end_marker) + 1
    return chapter[:start], chapter[start:stop], chapter[stop:]


def _markers(section: str) -> tuple[str, str]:
    return (SUMMARY_BEGIN, SUMMARY_END) if section.startswith(SUMMARY_BEGIN) else (BEGIN, END)


def check_section(chapter: str, section: str) -> None:
    """Raise ValueError naming the first line of the file's section (the findings, or the
    README's summary: the section's own markers say which) that differs from ``section``
    (what the tables say)."""
    _, present, _ = _split(chapter, *_markers(section))
    if present == section:
        return
    have, want = present.splitlines(), section.splitlines()
    for i, (a, b) in enumerate(zip(have, want)):
        if a != b:
            j = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            start = max(0, j - 60)
            raise ValueError(f"the chapter's findings differ from the tables at line {i} of the "
                             f"section: the chapter says ...{a[start:j + 60]!r}, the tables "
                             f"...{b[start:j + 60]!r}")
    raise ValueError(f"the chapter's findings have {len(have)} lines, the tables' {len(want)}")


def write_section(chapter_path, section: str) -> bool:
    """Replace the section (findings or summary, by its markers) of the file; True when it
    changed."""
    path = Path(chapter_path)
    before, present, after = _split(path.read_text(), *_markers(section))
    if present == section:
        return False
    write_text_atomically(path, before + section + after)   # never left half written
    return True


def main(argv=None) -> int:
    import argparse
    p = argparse.ArgumentParser(prog="python -m tinyunet.experiment.findings",
                                description="rewrite a chapter's findings section from a "
                                "cross-validated sweep's tables")
    p.add_argument("folder", help="the sweep's --out folder")
    p.add_argument("chapter", help="the chapter file holding the marker lines")
    p.add_argument("--configurations", type=int, default=16)
    p.add_argument("--partitions", type=int, default=5)
    p.add_argument("--epoch-cap", type=int, default=80)
    p.add_argument("--sizes", metavar="FOLDER", help="the sweep at another size whose "
                   "sizes.csv (tinyunet sweep ... --against FOLDER_OF_THIS_SWEEP) the section "
                   "reports too")
    p.add_argument("--readme", metavar="FILE", help="also rewrite FILE's grid summary (the "
                   "paragraph between its 'grid summary' marker lines)")
    a = p.parse_args(argv)
    try:
        section = findings_section(a.folder, a.configurations, a.partitions, a.epoch_cap,
                                   a.sizes)
        summary = (summary_section(a.folder, a.configurations, a.partitions, sizes=a.sizes)
                   if a.readme else None)
        changed = write_section(a.chapter, section)
        summary_changed = a.readme and write_section(a.readme, summary)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"{a.chapter}: findings {'rewritten' if changed else 'already match the tables'}")
    if a.readme:
        print(f"{a.readme}: grid summary "
              f"{'rewritten' if summary_changed else 'already matches the tables'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["BEGIN", "END", "SUMMARY_BEGIN", "SUMMARY_END", "answer_text", "check_section",
           "findings_section", "open_text", "power_text", "sizes_summary", "sizes_text",
           "summary_section", "write_section"]
