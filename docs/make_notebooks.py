"""Every chapter as a Jupyter notebook, generated from its Markdown (the one source).

    python docs/make_notebooks.py            # docs/NN-chapter.ipynb beside each chapter
    python docs/make_notebooks.py --tasks    # and docs/NN-chapter-task.ipynb: exercises blank
    jupyter lab docs/                        # or: jupyter notebook docs/01-convolution.ipynb

A chapter's ``# exercise`` cell holds its worked solutions; in the **task notebook** each of those
functions keeps its docstring and its body becomes ``raise NotImplementedError`` (the same
blanking docs/build_exercises.py writes exercises/my_layers.py with), and the ``# check`` cell
after it is tagged ``check``: a task notebook runs top to bottom and fails only in its check
cells, until the learner's functions pass.

Each ```python block becomes a code cell and the text between them Markdown cells (jupytext's
Markdown reader); shell blocks stay text. The notebooks are written beside the chapters
because the chapters' code reads the figures and experiment tables by paths relative to docs/;
they are not committed (.gitignore): regenerate them after editing a chapter. Needs ``pip install jupytext``.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

DOCS = Path(__file__).resolve().parent


def chapters(docs: Path = DOCS) -> list[Path]:
    return sorted(Path(docs).glob("[0-9][0-9]-*.md"))


def _blank(source: str) -> str:
    spec = importlib.util.spec_from_file_location("build_exercises",
                                                  DOCS / "build_exercises.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build.blank(source)


def make_notebook(chapter: Path, out_dir: Path, task: bool = False) -> Path:
    """Convert one chapter; returns the notebook's path (``NN-chapter-task.ipynb`` with
    ``task``: the exercises' bodies blank, the check cells tagged ``check``)."""
    import jupytext
    from nbformat.v4 import new_markdown_cell
    notebook = jupytext.read(chapter, fmt="md")
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        if task and cell.source.startswith("# exercise"):
            cell.source = _blank(cell.source)
        if cell.source.startswith("# check"):
            cell.metadata.setdefault("tags", []).append("check")
    # only the ```python blocks run; a shell block (jupytext makes it a %%bash cell) is shown
    # as text, as in the chapter: its commands are long runs, not part of the walk-through
    for i, cell in enumerate(notebook.cells):
        if cell.cell_type == "code" and cell.source.startswith("%%"):
            magic, _, body = cell.source.partition("\n")
            notebook.cells[i] = new_markdown_cell(f"```{magic[2:]}\n{body}\n```")
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    notebook.metadata.pop("jupytext", None)
    path = out_dir / f"{chapter.stem}{'-task' if task else ''}.ipynb"
    jupytext.write(notebook, path, fmt="ipynb")
    return path


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=Path, default=DOCS, help="the chapters' folder (%(default)s)")
    p.add_argument("--out", type=Path, help="where the notebooks go (default: beside them)")
    p.add_argument("--tasks", action="store_true", help="also the task notebooks "
                   "(NN-chapter-task.ipynb), whose exercises are left for you to write")
    args = p.parse_args(argv)
    out = args.out or args.docs
    out.mkdir(parents=True, exist_ok=True)
    for chapter in chapters(args.docs):
        print(make_notebook(chapter, out))
        if args.tasks and "# exercise" in chapter.read_text():
            print(make_notebook(chapter, out, task=True))


if __name__ == "__main__":
    main()
