"""The depth x filters experiment: train a grid of U-Nets over repeats, compare them.

Every configuration (depth, base filters) is trained once per repeat: per seed in ``seeds``, and
with ``folds=K`` per fold of a seeded, source-stratified K-fold split (each image a test image
exactly once per seed). A repeat fixes the split, the initialisation seed and the augmentation
stream, so configurations trained on the same repeat can be compared pair by pair. Each run is
one task (:func:`run_task`) writing ``OUT/runs/d{depth}_f{filters}_s{seed}[_fold{k}]``::

    a finished run (metrics.json) is skipped; an unfinished one is resumed by the task itself,
    so a task re-run after its worker died continues from its last completed epoch.

What runs the tasks is an executor (:mod:`tinyunet.experiment.executors`): the plain loop by
default, a Dask local cluster or scheduler when asked. Only this process writes the tables, once per
finished run, so results land as they come. Then (see :mod:`tinyunet.experiment.report`)::

    OUT/runs.csv                      one row per run (failed ones with their error)
    OUT/results.csv, OUT/results.md   one row per configuration: mean, sd, 95 % interval
    OUT/paired.csv, OUT/paired.md     paired differences between configurations
    OUT/comparisons.csv, .md          with --folds: the declared family, corrected and worded
                                      (:mod:`tinyunet.experiment.crossval`)
    OUT/runs/NAME/spatial.json, test_per_image.csv, erf.npz   each run's spatial measurements
                                      (:mod:`tinyunet.experiment.spatial`)
    OUT/dice_vs_parameters.png        test Dice (with 95 % intervals) against parameters
    OUT/same_image.png, OUT/features_<level>.png    one test image through every configuration
    OUT/sweep.json                    wall time, executor and counts of each call,
                                      rewritten as its runs finish (:class:`CallRecord`)
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

from ..atomic import write_text_atomically
from ..data import DataError
from ..runs import run_folder_lock, train_run
from ..train import TrainConfig
from ..unet import UNet
from .executors import SequentialExecutor, Task, worker_name
from .crossval import write_comparisons, write_size_comparisons
from .report import write_figures, write_tables
from .spatial import SPATIAL_FILE, measure_run


@dataclass(frozen=True)
class RunSpec:
    """Everything one run needs, as plain values (it travels to a Dask worker)."""
    out: str
    data_dir: str | None
    depth: int
    base_filters: int
    seed: int
    size: int
    config: TrainConfig
    folds: int | None = None
    fold: int | None = None
    band_radius: int = 3

    @property
    def name(self) -> str:
        fold = f"_fold{self.fold}" if self.folds else ""
        return f"d{self.depth}_f{self.base_filters}_s{self.seed}{fold}"

    @property
    def run_dir(self) -> Path:
        return Path(self.out) / "runs" / self.name

    @property
    def cost(self) -> float:
        """Relative training time: a level has 4x the channel pairs on a quarter of the pixels,
        so about ``filters^2 * depth``, plus a per-level overhead that dominates tiny nets."""
        return (self.base_filters ** 2 + 64) * (self.depth + 1) * self.size ** 2


def grid(out, data_dir, depths, filters, seeds, size, config, folds=None,
         band_radius=3, later_seeds_only=None) -> list[RunSpec]:
    """The runs of a sweep, configuration by configuration, repeat by repeat. With
    ``later_seeds_only`` (names ``dD_fF``), the seeds after the first train only those
    configurations: more partitions where a comparison is still open, the others once."""
    data_dir = str(Path(data_dir).resolve()) if data_dir else None
    repeats = [(s, k) for s in seeds for k in (range(folds) if folds else [None])]
    later = set(later_seeds_only or ())
    return [RunSpec(str(out), data_dir, d, f, s, size, replace(config, seed=s), folds, k,
                    band_radius)
            for d in depths for f in filters for s, k in repeats
            if s == seeds[0] or not later or f"d{d}_f{f}" in later]


def check_later_seeds(later_seeds_only, seeds, depths, filters) -> None:
    """One-line refusals of a ``later_seeds_only`` that cannot mean what it says."""
    if later_seeds_only is None:
        return
    if len(seeds) < 2:
        raise ValueError("--later-seeds-only needs at least two --seeds: the first trains every "
                         "configuration, the later ones only those named")
    if not later_seeds_only:
        raise ValueError("--later-seeds-only names no configuration (give names like d3_f16)")
    known = {f"d{d}_f{f}" for d in depths for f in filters}
    unknown = [c for c in later_seeds_only if c not in known]
    if unknown:
        raise ValueError(f"--later-seeds-only: {', '.join(unknown)} "
                         f"{'is' if len(unknown) == 1 else 'are'} not in the grid (names like "
                         "d3_f16, from --depths and --filters)")


def _check_readable(spec: RunSpec) -> None:
    if spec.data_dir and not os.access(spec.data_dir, os.R_OK | os.X_OK):
        raise DataError(f"worker {worker_name()} cannot read the data folder {spec.data_dir}: "
                        "every worker needs the data at the same path (a shared disk)")
    out = Path(spec.out)
    if not (out.is_dir() and os.access(out, os.W_OK)):
        raise DataError(f"worker {worker_name()} cannot write to the output folder {out}: "
                        "every worker needs --out at the same path (a shared disk)")


def run_task(spec: RunSpec) -> dict:
    """Train (or resume, or skip) one run and return its row of the runs table."""
    _check_readable(spec)
    run_dir = spec.run_dir
    if not (run_dir / "metrics.json").exists():
        run_dir.mkdir(parents=True, exist_ok=True)
        with open(run_dir / "train.log", "a") as log_file:
            def log(*parts):
                print(*parts, file=log_file, flush=True)
            train_run(run_dir, spec.data_dir, size=spec.size, depth=spec.depth,
                      base_filters=spec.base_filters, config=spec.config,
                      resume=(run_dir / "run.json").exists(), folds=spec.folds,
                      fold=spec.fold or 0, cache_dir=Path(spec.out) / ".cache",
                      progress=False, log=log)
    return run_row(spec)


def run_row(spec: RunSpec) -> dict:
    """The runs-table row of a finished run: its metrics, cost, how it stopped, and its spatial
    measurements (:func:`tinyunet.experiment.spatial.measure_run`: boundary distances, skip
    losses, effective receptive field; measured once, then read from the run folder, so a
    finished run's row needs its small files only, not its checkpoints)."""
    run_dir = spec.run_dir
    m = json.loads((run_dir / "metrics.json").read_text())
    spatial = measure_run(run_dir, Path(spec.out) / ".cache", band_radius=spec.band_radius)
    model = UNet(**json.loads((run_dir / "run.json").read_text())["model"])
    with open(run_dir / "history.csv") as fh:
        history = list(csv.DictReader(fh))
    return dict(_identity(spec), status="done",
                parameters=model.num_parameters(), receptive_field=model.receptive_field_size,
                memory_mib_batch8=round(model.memory_estimate((8, 1, spec.size, spec.size))
                                        ["total"] / 2**20, 1),
                train_seconds=round(sum(float(r["seconds"]) for r in history), 1),
                epochs=len(history),
                stopped_early=int(str(m.get("stopped", "")).startswith("early stop")),
                best_epoch=m.get("best_epoch", ""),
                best_val_dice=round(m["best_val_dice"], 4),
                test_dice=round(m["test_dice"], 4), test_iou=round(m["test_iou"], 4),
                test_boundary_dice=round(spatial["test_boundary_dice"], 4),
                dice_ref=round(spatial["test_dice"], 4),
                hd95=round(spatial["test_hd95"], 3), assd=round(spatial["test_assd"], 3),
                erf_radius_init=round(spatial["erf_radius_init"], 2),
                erf_radius_trained=round(spatial["erf_radius_trained"], 2),
                theoretical_radius=spatial["theoretical_radius"],
                **{f"skip_loss{k}": round(spatial[f"skip_loss{k}"], 4)
                   for k in range(1, spec.depth + 1)},
                n_test=m["n_test"], machine=m.get("machine", {}).get("isa", ""),
                kernels=m.get("machine", {}).get("conv3x3", ""),   # "": not recorded
                error="", run_dir=str(run_dir))


def _identity(spec: RunSpec) -> dict:
    """The columns that name a run, shared by finished and failed rows."""
    return dict(name=spec.name, depth=spec.depth, base_filters=spec.base_filters,
                seed=spec.seed, fold="" if spec.fold is None else spec.fold)


def _failed_row(spec: RunSpec, error: str) -> dict:
    return dict(_identity(spec), status="failed", error=error, run_dir=str(spec.run_dir))


def run_sweep(out, data_dir, depths=(1, 2, 3, 4), filters=(4, 8, 16, 32), size: int = 128,
              config: TrainConfig | None = None, band_radius: int = 3, progress: bool = True,
              log=print, seeds=None, folds: int | None = None, executor=None,
              figures: bool = True, task=run_task, report_only: bool = False,
              against=None, later_seeds_only=None) -> list[dict]:
    """Train (or skip, or resume) every run of the grid with ``executor`` (default: the plain
    loop) and write the tables and figures; returns the runs-table rows (failed runs with
    ``status='failed'`` and their error).

    ``report_only``: train nothing; rewrite the tables, comparisons and figures from the runs
    that have finished (a grid that spans sessions, reported while it runs elsewhere).
    ``against``: another cross-validated sweep's folder, trained at another size on the same
    partitions; each configuration both finished is compared across the sizes
    (``OUT/sizes.csv``, ``OUT/sizes.md``: :func:`tinyunet.experiment.crossval.compare_sizes`).
    ``later_seeds_only``: configuration names (``dD_fF``) that the seeds after the first train;
    the first seed trains every configuration (:func:`grid`).

    While a call trains, ``OUT`` is locked (:func:`tinyunet.runs.run_folder_lock`): a second
    training call into it is refused with a DataError in one line; a report-only call is not."""
    config = config or TrainConfig(epochs=15, patience=6)
    seeds = tuple(seeds) if seeds is not None else (config.seed,)
    if not seeds or len(set(seeds)) != len(seeds):
        raise ValueError(f"seeds must be distinct and at least one, got {seeds}")
    if folds is not None and folds < 2:
        raise ValueError(f"--folds must be at least 2, got {folds}")
    out = Path(out)
    check_later_seeds(later_seeds_only, seeds, depths, filters)
    specs = grid(out, data_dir, depths, filters, seeds, size, config, folds, band_radius,
                 later_seeds_only)
    planned = _planned(specs, depths, filters, seeds, folds, later_seeds_only)
    if report_only:
        specs = [s for s in specs if (s.run_dir / "metrics.json").exists()]
        if not specs:
            raise ValueError(f"--report-only: no run of this grid has finished in {out}")
        executor = SequentialExecutor()
    # a second call training into the same OUT is refused in one line (a report may run
    # beside a training call: it trains nothing, and every table is written atomically)
    lock = contextlib.nullcontext() if report_only else run_folder_lock(out, "sweep", "--out")
    with lock:
        out.mkdir(parents=True, exist_ok=True)
        ordered = _train_and_table(out, specs, planned, executor or SequentialExecutor(),
                                   folds, task, report_only, progress, log)
        failed = sum(r["status"] == "failed" for r in ordered)
        if figures and failed < len(ordered):
            write_figures(out, ordered, size)
        if against is not None:
            write_size_comparisons(out, ordered, against)
        return ordered


def _planned(specs, depths, filters, seeds, folds, later_seeds_only) -> str:
    """The grid in words, for the log: its runs, configurations and repeats."""
    configs, repeats = len(depths) * len(filters), folds or 1
    if later_seeds_only:
        return (f"{len(specs)} runs ({configs} configurations x {repeats} repeats of seed "
                f"{seeds[0]}, and {len(later_seeds_only)} of them x {repeats} repeats of "
                f"seed{'s' if len(seeds) > 2 else ''} {', '.join(map(str, seeds[1:]))})")
    return f"{len(specs)} runs ({configs} configurations x {len(seeds) * repeats} repeats)"


def _train_and_table(out: Path, specs: list[RunSpec], planned: str, executor, folds, task,
                     report_only: bool, progress: bool, log) -> list[dict]:
    """Run the tasks of ``specs`` not finished yet with ``executor``, rewriting the tables as
    each run lands; returns the rows in grid order (``OUT`` is locked by the caller)."""
    done_before = sum((s.run_dir / "metrics.json").exists() for s in specs)
    if report_only:
        log(f"report only: the {len(specs)} finished runs of the grid's {planned}")
    else:
        log(f"{planned}, {done_before} finished already; {executor.describe()}")
    record = None if report_only else CallRecord(out, executor, len(specs), done_before)
    tally = _Tally(out, specs, folds, record, progress, log)
    try:
        # runs finished and measured before this call are read here, so the tables hold them
        # from the start, not only once an executor gets round to their (quick) tasks
        for spec in specs:
            if (spec.run_dir / "metrics.json").exists() and (spec.run_dir /
                                                              SPATIAL_FILE).exists():
                tally.add(spec, run_row(spec))
        if tally.rows:
            tally.write()
        repeats = list(dict.fromkeys((s.seed, s.fold) for s in specs))
        tasks = [Task(s.name, task, (s,), s.cost, batch=repeats.index((s.seed, s.fold)))
                 for s in specs if s.name not in tally.rows]
        by_name = {s.name: s for s in specs}
        for outcome in executor.map(tasks):
            spec = by_name[outcome.key]
            tally.add(spec, outcome.result if outcome.error is None
                      else _failed_row(spec, outcome.error), in_call=True)
    finally:
        tally.close()
    ordered = tally.ordered()
    failed = [r for r in ordered if r["status"] == "failed"]
    log(f"{len(ordered) - len(failed)} of {len(specs)} runs done in {tally.seconds() / 60:.1f} "
        "min" + (f"; {len(failed)} failed: {', '.join(r['name'] for r in failed)}"
                 if failed else ""))
    return ordered


class _Tally:
    """One call's rows as they land: each is said (above the progress bar, if any) and kept,
    and the tables are rewritten; a run this call finished also goes into ``OUT/sweep.json``
    (``record``, a :class:`CallRecord`, None for a report). One clock serves both."""

    def __init__(self, out: Path, specs: list[RunSpec], folds, record, progress: bool, log):
        self.out, self.specs, self.folds, self.record = out, specs, folds, record
        self.started = time.perf_counter()
        self.rows: dict[str, dict] = {}
        self.in_call: list[dict] = []   # the runs this call finished (not those read as such)
        self.bar = None
        if progress:
            from tqdm import tqdm
            self.bar = tqdm(total=len(specs), unit="run", desc="sweep", dynamic_ncols=True)
        self.say = self.bar.write if self.bar is not None else log

    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def add(self, spec: RunSpec, row: dict, in_call: bool = False) -> None:
        if row["status"] == "done":
            self.say(f"{spec.name}: test Dice {row['test_dice']:.4f}, border Dice "
                     f"{row['test_boundary_dice']:.4f} ({row['train_seconds']:.0f} s training)")
        else:
            self.say(f"{spec.name}: FAILED: {row['error']}")
        self.rows[spec.name] = row
        if self.bar is not None:
            self.bar.update()
        if in_call:
            self.in_call.append(row)
            self.write()
            if self.record is not None:
                self.record.update(self.in_call, self.seconds())

    def write(self) -> None:
        finished = self.ordered()
        write_tables(self.out, finished)
        if self.folds:
            write_comparisons(self.out, finished)

    def ordered(self) -> list[dict]:
        return [self.rows[s.name] for s in self.specs if s.name in self.rows]

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        if self.record is not None:
            self.record.update(self.in_call, self.seconds(), finished=True)


class CallRecord:
    """This call's entry in ``OUT/sweep.json`` (wall time, executor, counts), written when the
    call starts and rewritten after each run it finishes, so a call that is killed (a session's
    end) still leaves its wall time up to its last finished run; ``finished`` stays null then.

    Keys: ``started``, ``updated``, ``finished`` (local times, ``%Y-%m-%d %H:%M:%S``),
    ``executor``, ``runs`` (the grid's), ``finished_before`` (runs done before the call),
    ``finished_in_call``, ``failed``, ``wall_seconds`` (from the start to ``updated``)."""

    def __init__(self, out: Path, executor, total: int, done_before: int):
        self.path = Path(out) / "sweep.json"
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        self.entry = dict(started=stamp, updated=stamp, finished=None,
                          executor=executor.describe(), runs=total,
                          finished_before=done_before, finished_in_call=0, failed=0,
                          wall_seconds=0.0)
        calls = self._calls()
        self.index = len(calls)
        self._write(calls + [self.entry])

    def _calls(self) -> list[dict]:
        with contextlib.suppress(OSError, ValueError, KeyError):
            return json.loads(self.path.read_text())["calls"]
        return []

    def _write(self, calls: list[dict]) -> None:
        write_text_atomically(self.path, json.dumps(dict(calls=calls), indent=2))

    def update(self, rows: list[dict], wall: float, finished: bool = False) -> None:
        """Rewrite the entry with ``rows``, the runs this call finished (done or failed), and
        ``wall``, the seconds since the call started."""
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        self.entry.update(updated=stamp, finished=stamp if finished else None,
                          finished_in_call=len(rows),
                          failed=sum(r["status"] == "failed" for r in rows),
                          wall_seconds=round(wall, 1))
        calls = self._calls()
        calls[self.index:self.index + 1] = [self.entry]
        self._write(calls)


__all__ = ["CallRecord", "RunSpec", "grid", "run_row", "run_sweep", "run_task"]
