"""The docs' code runs: every ```python block of every chapter, in order, in a copy of docs/.
And the site builds with mkdocs --strict (skipped if mkdocs is not installed)."""
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# the chapters need the text, figures and experiment tables, not the sweep's checkpoints or the
# explorer's maps
IGNORED = shutil.ignore_patterns("runs", ".cache", "explorer")
spec = importlib.util.spec_from_file_location("build_figures", ROOT / "docs" / "build_figures.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


@pytest.mark.parametrize("chapter", build.chapters(), ids=lambda p: p.stem)
def test_chapter_code_runs(chapter, tmp_path, monkeypatch):
    copy = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", copy, ignore=IGNORED)
    monkeypatch.chdir(copy)
    assert build.python_blocks(chapter.read_text()), f"{chapter.name} has no code"
    build.run_chapter(copy / chapter.name)


nb_spec = importlib.util.spec_from_file_location("make_notebooks",
                                                 ROOT / "docs" / "make_notebooks.py")
notebooks = importlib.util.module_from_spec(nb_spec)
nb_spec.loader.exec_module(notebooks)


@pytest.mark.parametrize("chapter", build.chapters(), ids=lambda p: p.stem)
def test_chapter_runs_as_a_generated_notebook(chapter, tmp_path):
    """docs/make_notebooks.py turns the chapter into a notebook that a Jupyter kernel runs
    from top to bottom, in a copy of docs/ (where the notebooks are generated)."""
    pytest.importorskip("jupytext")
    nbclient = pytest.importorskip("nbclient")
    import nbformat
    copy = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", copy, ignore=IGNORED)
    path = notebooks.make_notebook(copy / chapter.name, copy)
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) == len(build.python_blocks(chapter.read_text()))
    assert any(c.cell_type == "markdown" for c in nb.cells)
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(copy)}}).execute()
    assert all(not any(o.get("output_type") == "error" for o in c.get("outputs", []))
               for c in code)


def test_every_chapter_is_in_the_site_navigation():
    nav = (ROOT / "mkdocs.yml").read_text()
    for chapter in build.chapters():
        assert chapter.name in nav


def test_site_builds_strictly(tmp_path):
    if importlib.util.find_spec("mkdocs") is None:
        pytest.skip("mkdocs is not installed")
    out = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir",
                          str(tmp_path / "site")], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
