"""Chapter 8's findings are worded from the sweep's tables (tinyunet.experiment.findings): each
sentence says what its rows say, a partial grid is worded as partial, and the chapter check
fails when a number in a table changes."""
import csv

import pytest

from tinyunet.experiment import findings as F


def _run(depth, filters, fold, dice, epochs=30, early=1, seconds=600.0, seed=0):
    return dict(name=f"d{depth}_f{filters}_s{seed}_fold{fold}", depth=str(depth),
                base_filters=str(filters), seed=str(seed), fold=str(fold), status="done",
                train_seconds=str(seconds), epochs=str(epochs), stopped_early=str(early),
                dice_ref=str(dice), machine="AVX2")


def _comparison(kind, a, b, mean, lo, hi, verdict, metric="dice", margin=0.005):
    return dict(metric=metric, kind=kind, a=a, b=b, partitions="4", mean_difference=str(mean),
                se=str((float(hi) - float(lo)) / 6.0) if hi != "" else "",
                ci_low=str(lo), ci_high=str(hi), margin=str(margin),
                verdict=verdict)


def test_progress_counts_runs_partitions_and_the_cap():
    runs = [_run(d, f, k, 0.9) for d in (1, 2) for f in (4, 8) for k in (0, 1)]
    runs[0]["epochs"], runs[0]["stopped_early"] = "80", "0"        # one run reached the cap
    runs.append(_run(1, 4, 2, 0.9))                                # partition 2 has begun
    text = F.progress_text(runs, configurations=4, partitions=3, epoch_cap=80)
    assert "9 of the 12 planned runs have finished (2 partitions of 3 complete)" in text
    assert "8 of 9 stopped early, before the 80-epoch cap; 1 run reached the cap" in text
    assert f"{9 * 600 / 3600:.1f} hours" in text and "AVX2" in text
    partial = F.progress_text(runs[:3], configurations=4, partitions=3, epoch_cap=80)
    assert "0 partitions of 3 complete; the first partition has 2 of 4" in partial


def test_progress_names_the_kernels_of_each_partition():
    runs = [_run(d, f, k, 0.9) for d in (1, 2) for f in (4, 8) for k in (0, 1, 2)]
    for r in runs:
        r["kernels"] = "winograd" if r["fold"] == "2" else ""     # 0 and 1: not recorded
    text = F.progress_text(runs, configurations=4, partitions=3, epoch_cap=80)
    assert text.endswith(" 3x3 kernels: not recorded in partitions 0, 1; winograd in "
                         "partition 2.")
    runs[-1]["kernels"] = "direct"                                 # a partition of two kinds
    text = F.progress_text(runs, configurations=4, partitions=3, epoch_cap=80)
    assert "; direct and winograd in partition 2." in text


def test_reference_is_the_first_partitions_best_and_is_confirmed_or_not():
    runs = [_run(1, 4, 0, 0.90), _run(2, 4, 0, 0.95), _run(1, 4, 1, 0.99)]
    assert F.reference_of(runs) == ("d2_f4", 0.95)            # partition 1 does not choose
    waiting = F.reference_text(runs, [], configurations=2)
    assert "depth 2 x 4 filters (d2_f4, 0.9500)" in waiting and "not known yet" in waiting
    fewer = F.reference_text(runs[:1], [], configurations=2)
    assert "1 of 2 configurations" in fewer and "can still change" in fewer
    worse = [_comparison("against the reference", "d1_f4", "d2_f4", -0.02, -0.03, -0.01,
                         "resolved")]
    assert "**confirm** it" in F.reference_text(runs, worse, configurations=2)
    undecided = [_comparison("against the reference", "d1_f4", "d2_f4", 0.004, -0.01, 0.02,
                             "undecided"),
                 dict(_comparison("against the reference", "d3_f4", "d2_f4", "", "", "",
                                  "too few partitions"))]
    text = F.reference_text(runs, undecided, configurations=2)
    assert ("None is resolved better, but that does **not confirm it yet**: 1 undecided (1 of "
            "them with a higher mean) and 1 not yet tested.") in text
    assert "**confirm** it" not in text
    better = [_comparison("against the reference", "d1_f4", "d2_f4", 0.02, 0.01, 0.03,
                          "resolved")]
    text = F.reference_text(runs, better, configurations=2)
    assert "**not confirmed**: d1_f4 is resolved better" in text
    other = [_comparison("against the reference", "d2_f4", "d1_f4", 0.0, -0.1, 0.1,
                         "undecided")]
    with pytest.raises(ValueError, match="names the reference"):
        F.reference_text(runs, other, configurations=2)


def test_every_verdict_is_worded_with_its_interval():
    rows = [_comparison("one more level", "d2_f4", "d1_f4", 0.0312, 0.021, 0.0414, "resolved"),
            _comparison("one more level", "d3_f4", "d2_f4", 0.0011, -0.002, 0.0042, "undecided"),
            _comparison("twice the filters", "d1_f8", "d1_f4", 0.0002, -0.001, 0.0014,
                        "equivalent"),
            _comparison("twice the filters", "d2_f8", "d2_f4", -0.003, -0.004, -0.002,
                        "resolved, within margin"),
            dict(_comparison("against the reference", "d1_f4", "d2_f8", "", "", "",
                             "too few partitions"))]
    text = F.family_text(rows, "dice")
    assert "(5 declared comparisons, Holm-corrected together; margin of equivalence 0.005)" in text
    assert ("*one more level*, 2 tested: 1 resolved (1 a > b, 0 a < b), 1 undecided; "
            "resolved: d2_f4 - d1_f4 +0.0312 [+0.0210, +0.0414]") in text
    assert ("1 resolved, within margin (0 a > b, 1 a < b), 1 equivalent; resolved: "
            "d2_f8 - d2_f4 -0.0030 [-0.0040, -0.0020]; equivalent: d1_f8 and d1_f4") in text
    assert "against the reference" not in text               # nothing of that kind tested yet
    untested = F.family_text(rows[-1:], "dice")
    assert "none has been tested yet" in untested
    hd = F.family_text([_comparison("one more level", "d2_f4", "d1_f4", -1.234, -2.0, -0.5,
                                    "resolved", metric="hd95", margin=0.5)], "hd95")
    assert "**HD95 (px)**" in hd and "-1.23 [-2.00, -0.50]" in hd


def test_the_other_size_is_worded_with_every_interval_and_verdict(tmp_path):
    """PLAN.md's addendum in the section: not run, nothing at both sizes, partly tested (every
    tested difference with its interval and verdict, the rest counted), each metric apart."""
    kind = "256 px against 128 px"
    rows = [_comparison(kind, "d2_f16 at 256 px", "d2_f16 at 128 px", 0.0061, 0.0021, 0.0101,
                        "resolved"),
            _comparison(kind, "d3_f16 at 256 px", "d3_f16 at 128 px", 0.0004, -0.002, 0.0028,
                        "equivalent"),
            _comparison(kind, "d4_f16 at 256 px", "d4_f16 at 128 px", "", "", "",
                        "too few partitions"),
            _comparison(kind, "d2_f16 at 256 px", "d2_f16 at 128 px", -1.5, -2.5, -0.5,
                        "resolved", metric="hd95", margin=0.5)]
    text = F.sizes_text(rows)
    assert ("Dice (3 comparisons, Holm-corrected together; margin 0.005): 1 resolved (1 a > b, "
            "0 a < b), 1 equivalent: d2_f16 at 256 px - d2_f16 at 128 px +0.0061 [+0.0021, "
            "+0.0101] resolved; d3_f16 at 256 px - d3_f16 at 128 px +0.0004 [-0.0020, +0.0028] "
            "equivalent, 1 not yet tested") in text
    assert ("HD95 (px) (1 comparison, Holm-corrected together; margin 0.5): 1 resolved (0 a > "
            "b, 1 a < b): d2_f16 at 256 px - d2_f16 at 128 px -1.50 [-2.50, -0.50] resolved."
            ) in text
    assert "interim" not in text                          # no plan given: nothing to say
    interim = F.sizes_text(rows, partitions=5)
    assert interim.endswith("These verdicts are interim: they rest on 4 of the 5 partitions "
                            "the plan trains, and a verdict may still change as the others "
                            "finish.")
    assert "interim" not in F.sizes_text(rows, partitions=4)    # the plan's partitions, all in
    assert F.sizes_text(None).endswith("not run yet.")
    assert F.sizes_text([]).endswith("no configuration has finished at both sizes yet.")
    # in the section only when asked for, read from the other folder's sizes.csv
    _write(tmp_path / "runs.csv", [_run(1, 4, 0, 0.9)])
    _write(tmp_path / "results.csv", [_result(1, 4, 6, 7, 8.5)])
    _write(tmp_path / "comparisons.csv",
           [_comparison("one more level", "d2_f4", "d1_f4", "", "", "", "too few partitions")])
    plain = F.findings_section(tmp_path, configurations=2, partitions=2, epoch_cap=80)
    assert "The other size" not in plain
    other = tmp_path / "cv256"
    other.mkdir()
    assert "not run yet" in F.findings_section(tmp_path, 2, 2, 80, sizes=other)
    _write(other / "sizes.csv", rows)
    assert "+0.0061 [+0.0021, +0.0101] resolved" in F.findings_section(tmp_path, 2, 2, 80,
                                                                      sizes=other)
    # the kernels the other size's finished runs trained on (PLAN.md: the weight gradient too)
    _write(other / "runs.csv", [dict(_run(2, 16, k, 0.95), kernels="winograd+dW")
                                for k in (0, 1)] + [dict(_run(3, 16, 0, 0.9), status="failed",
                                                         kernels="")])
    section = F.findings_section(tmp_path, 2, 2, 80, sizes=other)
    assert ("(PLAN.md's addendum, the same partitions and test images; 3x3 kernels: "
            "winograd+dW):") in section
    # and how far it has got, from its own runs table
    assert section.split("\n\n")[-2].endswith(
        "resolved. The other size's runs so far: 2 runs finished (d2_f16 on 2 partitions), "
        "2 of them stopped early; their training clocks add up to 0.3 hours at one thread "
        "each; 1 run failed.")
    late = [dict(_run(4, 16, 0, 0.9, early=0, seconds=7200.0), kernels="winograd+dW")]
    assert F.sizes_text(None, late).endswith(
        "not compared yet (no sizes table). The other size's runs so far: 1 run finished "
        "(d4_f16 on 1 partition), 0 of them stopped early; their training clocks add up to "
        "2.0 hours at one thread each.")
    # every configuration on all the plan's partitions: no "so far"
    assert F.sizes_text(None, late, partitions=1).endswith(
        "The other size's runs: 1 run finished (d4_f16 on 1 partition), 0 of them stopped "
        "early; their training clocks add up to 2.0 hours at one thread each.")
    assert "runs so far" in F.sizes_text(None, late, partitions=2)
    # the README's sentence: the counts, both metrics, and every decided comparison
    short = F.sizes_summary(rows, partitions=5)
    assert short.startswith(
        " 256 px against 128 px (PLAN.md's addendum: d2_f16, d3_f16 and d4_f16 trained at "
        "both sizes, scored on the same masks at 256 x 256): of its 4 declared comparisons "
        "(Dice and HD95), 2 resolved (1 a > b, 1 a < b), 1 equivalent, 1 not yet tested; Dice "
        "d2_f16 at 256 px - d2_f16 at 128 px +0.0061 [+0.0021, +0.0101] resolved; Dice d3_f16 "
        "at 256 px - d3_f16 at 128 px +0.0004 [-0.0020, +0.0028] equivalent; HD95 d2_f16 at "
        "256 px - d2_f16 at 128 px -1.50 [-2.50, -0.50] resolved.")
    assert short.endswith("as the others finish.")
    assert "interim" not in F.sizes_summary(rows, partitions=4)
    assert F.sizes_summary(None) == F.sizes_summary([]) == ""
    undecided = [dict(r, verdict="undecided") for r in rows[:2]]
    assert F.sizes_summary(undecided, 4).endswith("(Dice), 2 undecided.")


def _result(depth, filters, init, trained, theory, hd95=5.0, assd=1.0, skips=(0.01, 0.03)):
    row = dict(depth=str(depth), base_filters=str(filters), erf_radius_init=str(init),
               erf_radius_trained=str(trained), theoretical_radius=str(theory),
               hd95=str(hd95), assd=str(assd))
    row.update({f"skip_loss{k + 1}": str(v) for k, v in enumerate(skips)})
    return row


def test_spatial_sentences_say_what_the_results_rows_say():
    results = [_result(1, 16, 6, 7, 8.5, hd95=20.0, assd=4.0, skips=(0.2,)),
               _result(2, 16, 14, 12, 21.5, hd95=9.0, assd=2.0),
               _result(3, 16, 13, 12, 47.5, hd95=7.5, assd=1.5, skips=(0.01, 0.04, 0.002))]
    erf = F.erf_text(results)
    assert "the 3 configurations measured" in erf
    assert "27 to 71 % of the theoretical half-width at initialisation" in erf
    assert "25 to 82 % after training; training shrank it in 2 of 3" in erf
    assert "at 16 filters, depth 1, 2, 3: 6 -> 14 -> 13 px (not monotone)" in erf
    assert "depth by depth" in erf and "grows with depth" not in erf
    assert "grows with depth" in F.erf_text(results[:2])
    bounds = F.boundary_text(results)
    assert "HD95 from 7.50 px (d3_f16) to 20.00 px (d1_f16)" in bounds
    assert "ASSD from 1.50 px (d3_f16) to 4.00 px (d1_f16)" in bounds
    skips = F.skip_text(results)
    assert "level 1 in 1 configuration (d1_f16 0.2000)" in skips
    assert "level 2 in 2 configurations (d2_f16 0.0300, d3_f16 0.0400)" in skips
    assert "Not measured yet" in F.erf_text([]) and "Not measured yet" in F.skip_text([])


def _write(path, rows):
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_the_chapter_check_fails_when_a_table_number_changes(tmp_path):
    _write(tmp_path / "runs.csv", [_run(1, 4, k, 0.9) for k in (0, 1)]
           + [_run(2, 4, k, 0.93) for k in (0, 1)])
    _write(tmp_path / "results.csv", [_result(1, 4, 6, 7, 8.5), _result(2, 4, 14, 12, 21.5)])
    _write(tmp_path / "comparisons.csv",
           [_comparison("one more level", "d2_f4", "d1_f4", 0.03, 0.02, 0.04, "resolved")])
    section = F.findings_section(tmp_path, configurations=2, partitions=2, epoch_cap=80)
    chapter = "# 8.\n\nintro\n\n" + section + "\nthe rest\n"
    F.check_section(chapter, section)
    rows = list(csv.DictReader(open(tmp_path / "comparisons.csv")))
    rows[0]["ci_low"] = "0.0199"
    _write(tmp_path / "comparisons.csv", rows)
    changed = F.findings_section(tmp_path, configurations=2, partitions=2, epoch_cap=80)
    with pytest.raises(ValueError, match=r"\+0\.0200, \+0\.0400.*\+0\.0199, \+0\.0400"):
        F.check_section(chapter, changed)
    path = tmp_path / "chapter.md"
    path.write_text(chapter)
    assert F.main([str(tmp_path), str(path), "--configurations", "2", "--partitions", "2"]) == 0
    F.check_section(path.read_text(), changed)
    assert path.read_text().startswith("# 8.\n\nintro\n\n") and "the rest" in path.read_text()
    with pytest.raises(ValueError, match="no section for these tables"):
        F.check_section("a chapter without markers", section)


def test_the_command_refuses_a_chapter_without_markers_in_one_line(tmp_path, capsys):
    path = tmp_path / "chapter.md"
    path.write_text("no markers here\n")
    assert F.main([str(tmp_path), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "marker lines are missing" in err
    assert path.read_text() == "no markers here\n"


def test_the_answer_chains_field_outline_and_dice_along_depth_with_each_steps_verdict():
    results = [dict(_result(d, 16, 0, trained, theory, hd95=hd95), dice_ref=str(dice),
                    repeats=str(n))
               for d, trained, theory, hd95, dice, n in ((1, 8, 8.5, 19.29, 0.9451, 2),
                                                         (2, 16, 21.5, 9.68, 0.957, 3),
                                                         (3, 32, 47.5, 8.66, 0.9595, 3))]
    results.append(dict(_result(2, 8, 0, 1, 21.5), dice_ref="0.9", repeats="3"))  # not 16
    comparisons = [
        _comparison("one more level", "d2_f16", "d1_f16", 0.0119, 0.004, 0.0198, "resolved"),
        _comparison("one more level", "d2_f16", "d1_f16", -9.61, -12.0, -7.2, "resolved",
                    metric="hd95", margin=0.5),
        _comparison("one more level", "d3_f16", "d2_f16", 0.0025, -0.001, 0.006, "undecided"),
        dict(_comparison("one more level", "d3_f16", "d2_f16", "", "", "",
                         "too few partitions"), metric="hd95")]
    text = F.answer_text(results, comparisons)
    assert text.startswith("**The answer so far, along depth at 16 filters** (depth 1 -> 2 -> 3; "
                           "means over 2-3 finished partitions each).")
    assert "8.5 -> 21.5 -> 47.5 input pixels to each side" in text
    assert "within 8 -> 16 -> 32 px, 94 % -> 74 % -> 67 % of that" in text
    assert "HD95 is 19.29 -> 9.68 -> 8.66 px and the Dice 0.9451 -> 0.9570 -> 0.9595" in text
    assert "taken on its own and its word from the Holm-corrected family" in text
    assert ("Dice d2_f16 - d1_f16 +0.0119 [+0.0040, +0.0198] resolved; HD95 d2_f16 - d1_f16 "
            "-9.61 [-12.00, -7.20] resolved; Dice d3_f16 - d2_f16 +0.0025 [-0.0010, +0.0060] "
            "undecided.") in text
    assert text.endswith("Not yet tested (each needs two partitions): HD95 d3_f16 - d2_f16.")
    assert "fewer than two depths" in F.answer_text(results[:1], comparisons)
    assert F.answer_text(results, comparisons, final=True).startswith(
        "**The answer, along depth at 16 filters** (depth 1 -> 2 -> 3;")


def test_the_open_configurations_are_both_sides_of_every_undecided_declared_comparison():
    from tinyunet.experiment.crossval import open_configurations
    table = [
        _comparison("one more level", "d3_f8", "d2_f8", 0.003, -0.001, 0.007, "undecided"),
        _comparison("twice the filters", "d1_f8", "d1_f4", 0.02, 0.01, 0.03, "resolved"),
        _comparison("twice the filters", "d3_f16", "d3_f8", 0.001, 0.0, 0.002, "equivalent"),
        _comparison("against the reference", "d1_f32", "d4_f32", -0.01, -0.03, 0.01,
                    "undecided", metric="hd95", margin=0.5),
        _comparison("one more level", "d2_f4", "d1_f4", "", "", "", "too few partitions"),
        _comparison("256 px against 128 px", "d2_f16 at 256 px", "d2_f16 at 128 px",
                    -0.01, -0.02, 0.01, "undecided")]
    # d10 sorts after d4 by depth, not as text
    table.append(_comparison("one more level", "d10_f4", "d9_f4", 0.0, -0.1, 0.1, "undecided"))
    assert open_configurations(table) == ["d1_f32", "d2_f8", "d3_f8", "d4_f32", "d9_f4",
                                          "d10_f4"]
    assert open_configurations(table[1:3]) == []


def test_where_the_question_stays_open_waits_for_the_planned_grid_then_names_the_configs():
    table = [_comparison("one more level", "d2_f4", "d1_f4", 0.003, -0.001, 0.007,
                         "undecided"),
             _comparison("twice the filters", "d2_f8", "d2_f4", 0.02, 0.01, 0.03, "resolved")]
    runs = [_run(d, f, k, 0.9, seconds=100.0 * d * f) for d in (1, 2) for f in (4, 8)
            for k in (0, 1)]
    text = F.open_text(runs[:-1], table, configurations=4, partitions=2)
    assert text.endswith("chosen once the 8 planned runs have finished (1 of 2 partitions are "
                         "complete now).")
    text = F.open_text(runs, table, configurations=4, partitions=2)
    hours = 2 * (100 * 4 + 100 * 8) / 3600                  # d1_f4 and d2_f4, two runs each
    assert (f"undecided in Dice or HD95: on the tables now, 2 of 4 configurations: d1_f4, "
            f"d2_f4. Their runs on the planned partitions took {hours:.1f} hours") in text
    # a later seed's runs do not count in the planned partitions' hours
    later = runs + [_run(1, 4, 0, 0.9, seconds=36000.0, seed=1)]
    assert f"took {hours:.1f} hours" in F.open_text(later, table, 4, 2)
    assert F.open_text(runs, table[1:], 4, 2).endswith("the plan needs no later partition.")


def test_the_readme_summary_says_how_far_the_grid_got_and_what_its_family_says(tmp_path):
    runs = [_run(d, 16, k, 0.9) for d in (1, 2) for k in (0, 1)] + [_run(1, 16, 2, 0.9)]
    _write(tmp_path / "runs.csv", runs)
    _write(tmp_path / "results.csv",
           [dict(_result(d, 16, 0, r, t, hd95=h), dice_ref=str(x), repeats="2")
            for d, r, t, h, x in ((1, 8, 8.5, 19.03, 0.9437), (2, 16, 21.5, 8.83, 0.958))])
    _write(tmp_path / "comparisons.csv", [
        _comparison("one more level", "d2_f16", "d1_f16", 0.0143, 0.004, 0.02, "resolved"),
        _comparison("one more level", "d2_f16", "d1_f16", -10.2, -19.7, -0.7, "undecided",
                    metric="hd95", margin=0.5),
        dict(_comparison("twice the filters", "d1_f32", "d1_f16", "", "", "",
                         "too few partitions"))])
    section = F.summary_section(tmp_path, configurations=2, partitions=3)
    assert section.startswith(F.SUMMARY_BEGIN + "\n") and section.endswith(F.SUMMARY_END + "\n")
    assert ("5 of its 6 runs have finished, 2 of its 3 partitions complete" in section)
    assert ("Along depth at 16 filters (depth 1 -> 2; means over 2 finished partitions each), "
            "an output pixel can draw on 8.5 -> 21.5 input pixels") in section
    assert ("Of the 3 declared comparisons (Dice and HD95): 1 resolved (1 a > b, 0 a < b), "
            "1 undecided; 1 not yet tested.") in section
    # the command rewrites it in the README between its markers, and leaves the rest alone
    readme = tmp_path / "README.md"
    readme.write_text(f"# tinyunet\n\n{F.SUMMARY_BEGIN}\nold\n{F.SUMMARY_END}\nmore\n")
    chapter = tmp_path / "chapter.md"
    chapter.write_text(f"{F.BEGIN}\n{F.END}\n")
    assert F.main([str(tmp_path), str(chapter), "--configurations", "2", "--partitions", "3",
                   "--readme", str(readme)]) == 0
    F.check_section(readme.read_text(), section)
    assert readme.read_text().startswith("# tinyunet\n\n") and readme.read_text().endswith(
        "more\n")
    with pytest.raises(ValueError, match="differ from the tables"):
        F.check_section(readme.read_text().replace("5 of its 6", "6 of its 6"), section)


def test_the_readme_says_what_the_committed_grid_tables_say():
    """The README's paragraph on the cross-validated grid is the one its committed tables give,
    the 256 px addendum's included (python -m tinyunet.experiment.findings docs/experiment_cv
    docs/08-experiment.md --sizes docs/experiment_cv256 --readme README.md rewrites it)."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    F.check_section((root / "README.md").read_text(),
                    F.summary_section(root / "docs" / "experiment_cv", configurations=16,
                                      partitions=5, sizes=root / "docs" / "experiment_cv256"))


def test_later_seeds_are_counted_apart_from_the_planned_grid():
    runs = [_run(d, f, k, 0.9) for d in (1, 2) for f in (4, 8) for k in (0, 1)]
    runs += [_run(2, 8, k, 0.9, seed=1) for k in (0, 1)] + [_run(1, 8, 0, 0.9, seed=1)]
    for r in runs:
        r["kernels"] = "winograd"
    text = F.progress_text(runs, configurations=4, partitions=2, epoch_cap=80)
    assert "8 of the 8 planned runs have finished (2 partitions of 2 complete)." in text
    assert ("Later partitions (seed 1, for the comparisons still open): 3 runs of d1_f8, d2_f8 "
            "finished.") in text
    assert f"{11 * 600 / 3600:.1f} hours" in text and "11 of 11 stopped early" in text
    assert text.endswith("3x3 kernels: winograd in partitions 0, 1, 0 of seed 1, 1 of seed 1.")


def test_the_cost_of_the_correction_is_the_t_its_first_holm_step_needs():
    scipy_t = pytest.importorskip("scipy.stats").t
    from tinyunet.experiment.stats import holm, t_cdf

    def row(partitions, se, verdict="undecided"):
        return dict(_comparison("one more level", "d2_f4", "d1_f4", 0.01, 0, 0.02, verdict),
                    partitions=str(partitions), se=str(se))

    table = [row(3, 0.001), row(3, 0.003), row(3, 0.002), row(2, 0.004),
             row(1, "", verdict="too few partitions")]
    text = F.power_text(table, partitions=5)
    m = 4                                                     # the tested comparisons
    first, alone = scipy_t.ppf(1 - 0.05 / (2 * m), 2), scipy_t.ppf(0.975, 2)
    one_sided = scipy_t.ppf(1 - 0.05 / m, 2)
    assert f"*Dice*, {m} tested" in text
    # with 3 partitions the median standard error is 0.002; that group comes second
    assert (f"with 3 (2 degrees of freedom; 3 tested), |t| above {first:.2f} ({alone:.2f} "
            f"alone): at 0.0020, {first * 0.002:.4f}; a margin of {one_sided * 0.002:.4f}"
            in text)
    first_2 = scipy_t.ppf(1 - 0.05 / (2 * m), 1)
    assert f"with 2 partitions (1 degree of freedom; 1 tested) the first step needs |t| " \
           f"above {first_2:.1f} (12.7 for a comparison alone)" in text
    # 5 declared comparisons of the metric, all 5 partitions: 4 degrees of freedom
    assert (f"the first step of 5 comparisons will need |t| above "
            f"{scipy_t.ppf(1 - 0.05 / 10, 4):.2f} (2.78 alone) and equivalence a margin of "
            f"{scipy_t.ppf(1 - 0.05 / 5, 4):.2f} standard errors" in text)
    # what the sentence claims is what Holm does: just above that |t| the smallest of m
    # p-values is rejected, just below it nothing is
    for scale, rejected in ((1.001, True), (0.999, False)):
        p = 2 * (1 - t_cdf(first * scale, 2))
        assert bool(holm([p, 0.5, 0.6, 0.7])[1][0]) is rejected
    assert F.power_text([row(1, "", verdict="too few partitions")], 5).endswith(
        "Nothing has been tested yet.")
    # a decided comparison is named with its own standard error, smaller or larger than the
    # median (a larger difference can clear the step at a larger one)
    decided = [row(3, 0.001), row(3, 0.003), row(3, 0.00004, verdict="equivalent")]
    assert ("(each comparison is judged in its own standard error: the one worded otherwise "
            "than undecided, d2_f4 - d1_f4, had 0.00004)") in F.power_text(decided, 5)
    decided.append(dict(row(3, 0.005, verdict="resolved"), a="d3_f4", b="d2_f4"))
    assert ("the 2 worded otherwise than undecided, d2_f4 - d1_f4 and d3_f4 - d2_f4, had "
            "0.00004 and 0.00500)") in F.power_text(decided, 5)


def test_the_cost_of_the_correction_speaks_of_later_partitions_only_while_some_wait():
    def row(kind, partitions):
        return dict(_comparison(kind, "d2_f4", "d1_f4", 0.01, 0, 0.02, "undecided"),
                    partitions=str(partitions))

    # every declared comparison on its planned partitions: 5, less the reference's own for a
    # comparison with the reference
    done = [row("one more level", 5), row("against the reference", 4)]
    assert "Once all" not in F.power_text(done, 5)
    assert F.power_text(done, 5).endswith("the correction's term n_test / n_train in the "
                                          "standard error does not.")
    for waiting in ([row("one more level", 4), row("against the reference", 4)],
                    [row("one more level", 5), row("against the reference", 3)],
                    [*done, dict(row("twice the filters", ""), verdict="too few partitions")]):
        assert "Once all 5 partitions have finished" in F.power_text(waiting, 5)
    # a later seed's partitions add to the planned ones: nothing waits
    assert "Once all" not in F.power_text([row("one more level", 8),
                                           row("against the reference", 7)], 5)
