"""The exercises' checker (issue 26): every worked solution passes, every stub says it is not
implemented in one line, and each planted mistake is caught with its intended diagnosis."""

import json
from pathlib import Path

import pytest

from planted_mistakes import PLANTED, SOLUTIONS
from tinyunet.cli import main
from tinyunet.exercises import EXERCISES, check, load_module

STUBS = SOLUTIONS.parents[1] / "my_layers.py"


def test_every_exercise_has_a_stub_a_solution_and_two_planted_mistakes():
    stubs, solutions = load_module(STUBS), load_module(SOLUTIONS)
    for name in EXERCISES:
        assert callable(getattr(stubs, name)) and callable(getattr(solutions, name))
        assert getattr(stubs, name).__doc__, f"{name}'s stub has no docstring"
        assert sum(1 for ex, _, _ in PLANTED if ex == name) >= 2, name
    assert len(PLANTED) >= 25


@pytest.mark.parametrize("name", list(EXERCISES))
def test_the_worked_solution_passes(name, tmp_path):
    result = check(name, getattr(load_module(SOLUTIONS), name), progress=tmp_path / "p.json",
                   verbose=False)
    assert result.passed, result.message


@pytest.mark.parametrize("name", list(EXERCISES))
def test_an_untouched_stub_says_not_implemented_in_one_line(name, tmp_path):
    result = check(name, getattr(load_module(STUBS), name), progress=tmp_path / "p.json",
                   verbose=False)
    assert not result.passed and result.message.startswith("not implemented yet")
    assert "\n" not in result.message


@pytest.mark.parametrize("exercise,diagnosis,wrong", PLANTED,
                         ids=[f"{e}-{d}" for e, d, _ in PLANTED])
def test_a_planted_mistake_is_caught_by_name(exercise, diagnosis, wrong, tmp_path):
    result = check(exercise, wrong, progress=tmp_path / "p.json", verbose=False)
    assert not result.passed
    assert result.mistake == diagnosis, result.message
    assert "first wrong element" in result.message or "shape" in result.message \
        or "got" in result.message


def test_an_error_in_the_learners_code_shows_their_lines(tmp_path):
    mine = tmp_path / "mine.py"
    mine.write_text("import numpy as np\n\ndef relu_forward(x):\n"
                    "    scale = undefined_name * 2\n    return x\n")
    result = check("relu_forward", load_module(mine).relu_forward, learner_file=str(mine),
                   progress=tmp_path / "p.json", verbose=False)
    assert not result.passed
    assert "mine.py" in result.message and "undefined_name" in result.message
    assert "exercises.py" not in result.message        # none of the checker's own frames


def test_a_wrong_answer_names_the_case_and_the_first_wrong_element(tmp_path):
    result = check("relu_forward", lambda x: x * 0.5 if x.ndim else x,
                   progress=tmp_path / "p.json", verbose=False)
    assert "case 'random with zeros'" in result.message
    assert "first wrong element at index" in result.message and "yours" in result.message


def test_the_command_line_checks_remembers_and_prints_the_table(tmp_path, capsys):
    mine = tmp_path / "my_layers.py"
    mine.write_text(STUBS.read_text().replace(
        'raise NotImplementedError("relu_forward")', "return np.maximum(x, 0)"))
    assert main(["check", "relu_forward", "--file", str(mine)]) == 0
    out = capsys.readouterr().out
    assert "PASS relu_forward" in out and "1 of 18 exercises passed" in out
    progress = json.loads((tmp_path / ".tinyunet-progress.json").read_text())
    assert progress == {"relu_forward": True}
    assert main(["check", "--all", "--file", str(mine)]) == 1
    out = capsys.readouterr().out
    assert "FAIL conv_forward: not implemented yet" in out
    assert main(["check", "nonsense", "--file", str(mine)]) == 2
    assert "no exercise 'nonsense'" in capsys.readouterr().err
    assert main(["check", "--all", "--file", str(tmp_path / "none.py")]) == 2


def test_the_stub_file_is_what_the_docs_point_to():
    assert Path(STUBS).read_text().count("raise NotImplementedError") == len(EXERCISES)


def test_a_backward_is_checked_against_the_learners_own_forward(tmp_path):
    from tinyunet.exercises import check_module
    mine = tmp_path / "mine.py"
    source = (STUBS.read_text()
              .replace('raise NotImplementedError("relu_backward")', "return dy * (y > 0)")
              .replace('raise NotImplementedError("maxpool_backward")',
                       "return _pool_back(dy, x)"))
    solutions = SOLUTIONS.read_text()
    pool = solutions[solutions.index("def maxpool_backward"):solutions.index("# -- chapter 3")]
    source += "\n\n" + pool.replace("def maxpool_backward", "def _pool_back")
    mine.write_text(source)
    module = load_module(mine)
    results = check_module(module, ["relu_backward", "maxpool_backward"], str(mine), False)
    assert all(r.passed for r in results.values()), {k: r.message for k, r in results.items()}
    # a forward pass that is wrong makes the learner's (right) backward disagree with it
    mine.write_text(source.replace('raise NotImplementedError("relu_forward")',
                                   "return np.maximum(x, 0) * 2"))
    results = check_module(load_module(mine), ["relu_backward"], str(mine), False)
    assert not results["relu_backward"].passed
    assert "central differences of your forward pass" in results["relu_backward"].message


def test_the_exercises_page_is_written_from_the_checkers_list():
    root = Path(__file__).resolve().parents[1]
    assert (root / "docs" / "exercises.md").read_text() == _build().page(), \
        "docs/exercises.md is stale: run python docs/build_exercises.py"


def test_every_chapter_ends_with_its_exercises():
    root = Path(__file__).resolve().parents[1] / "docs"
    for chapter in sorted({e.chapter for e in EXERCISES.values()}):
        (path,) = root.glob(f"0{chapter}-*.md")
        text = path.read_text()
        assert "\n## Exercises\n" in text, path.name
        section = text[text.index("\n## Exercises\n"):]
        for name, ex in EXERCISES.items():
            if ex.chapter == chapter:
                assert name in section, (path.name, name)


def _script(*parts):
    """A script of the repository (docs/..., examples/...) imported as a module."""
    return load_module(Path(__file__).resolve().parents[1].joinpath(*parts))


def _build():
    return _script("docs", "build_exercises.py")


def test_stubs_and_solutions_are_written_from_the_chapters():
    stubs, solutions = _build().files()
    assert STUBS.read_text() == stubs, "run python docs/build_exercises.py"
    assert SOLUTIONS.read_text() == solutions, "run python docs/build_exercises.py"


def test_blanking_keeps_the_docstring_and_raises():
    cell = ('# exercise\nimport numpy as np\n\n\ndef f(x):\n    """Doc."""\n    return x\n\n\n'
            'def g(y):\n    """Two\n    lines."""\n    y = y + 1\n    return y\n')
    blanked = _build().blank(cell)
    assert 'def f(x):\n    """Doc."""\n    raise NotImplementedError("f")' in blanked
    assert '    lines."""\n    raise NotImplementedError("g")' in blanked
    assert "return" not in blanked and blanked.startswith("# exercise\nimport numpy as np")


TASK_CHAPTERS = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "docs").glob(
    "[0-9][0-9]-*.md") if "\n# exercise\n" in p.read_text())


@pytest.mark.slow
@pytest.mark.parametrize("chapter", TASK_CHAPTERS)
def test_a_task_notebook_runs_and_fails_only_in_its_check_cells(chapter, tmp_path):
    pytest.importorskip("jupytext")
    nbclient = pytest.importorskip("nbclient")
    import importlib.util
    import shutil

    import nbformat
    root = Path(__file__).resolve().parents[1]
    copy = tmp_path / "docs"
    shutil.copytree(root / "docs", copy, ignore=shutil.ignore_patterns("runs", ".cache",
                                                                       "explorer"))
    spec = importlib.util.spec_from_file_location("make_notebooks", copy / "make_notebooks.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    path = make.make_notebook(copy / f"{chapter}.md", copy, task=True)
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(copy)}}).execute()
    failed = [c for c in nb.cells if c.cell_type == "code"
              and any(o.get("output_type") == "error" for o in c.get("outputs", []))]
    assert failed, "the blank exercises should fail their check"
    assert all("check" in c.metadata.get("tags", []) for c in failed)
    text = "".join(o.get("text", "") for c in failed for o in c.get("outputs", []))
    assert "not implemented yet" in text
    assert len(TASK_CHAPTERS) == 9


def _capstone():
    return _script("examples", "capstone.py")


SMALL = dict(size=32, depth=2, filters=8, epochs=6, progress=False)


@pytest.mark.slow
def test_the_capstone_trains_as_well_with_the_worked_solutions(tmp_path):
    result = _capstone().run(SOLUTIONS, tmp_path, **SMALL, log=lambda *a: None)
    assert result["failing"] == {}
    assert result["yours"]["test_dice"] > 0.75                 # 0.807 when measured
    assert abs(result["gap"]) < 0.01, result
    assert "as well as the library's" in result["verdict"]


@pytest.mark.slow
def test_the_capstone_with_a_wrong_backward_learns_less_and_names_the_check(tmp_path):
    wrong = tmp_path / "wrong.py"
    source = SOLUTIONS.read_text()
    # the input gradient computed with the kernel not flipped: one transposed index
    assert "dcols = np.einsum(\"ok,nop->nkp\", w.reshape(o, -1), dy_mat)" in source
    wrong.write_text(source.replace(
        "dcols = np.einsum(\"ok,nop->nkp\", w.reshape(o, -1), dy_mat)",
        "dcols = np.einsum(\"ok,nop->nkp\", w[:, :, ::-1, ::-1].reshape(o, -1), dy_mat)"))
    lines = []
    result = _capstone().run(wrong, tmp_path / "runs", **SMALL, log=lines.append)
    assert list(result["failing"]) == ["conv_backward"]
    assert "kernel not flipped in the input gradient" in result["failing"]["conv_backward"]
    assert result["gap"] > 0.2, result                          # 0.807 against 0.301 measured
    assert "look at conv_backward" in lines[-1]


def test_train_with_layers_uses_the_learners_file_and_names_failing_checks(tmp_path, capsys):
    mine = tmp_path / "mine.py"
    mine.write_text(SOLUTIONS.read_text().replace("return np.maximum(x, 0)\n",
                                                  "return np.abs(x)\n", 1))
    code = main(["train", "--layers", str(mine), "--size", "32", "--depth", "2", "--filters",
                 "4", "--epochs", "1", "--limit", "20", "--run-dir", str(tmp_path / "run"),
                 "--quiet"])
    assert code == 0
    captured = capsys.readouterr()
    assert "training with your functions" in captured.out
    assert "your relu_forward fails its check" in captured.err
    only_relu = tmp_path / "relu.py"
    only_relu.write_text("def relu_forward(x):\n    return x\n")
    assert main(["train", "--layers", str(only_relu), "--epochs", "1", "--quiet",
                 "--run-dir", str(tmp_path / "r2")]) == 2
    assert "must define conv_forward and conv_backward" in capsys.readouterr().err
