"""MkDocs hook: every chapter offers itself as a Jupyter notebook.

Each chapter page opens with a note linking ``NN-chapter.ipynb``, and after the build the
notebooks are written into the site beside the pages, converted from the chapters' Markdown by
``docs/make_notebooks.py`` (jupytext), so the site and the notebooks come from one source. The
notebooks keep the chapters' ``$$`` formulas, which Jupyter renders itself.
"""

import importlib.util
import logging
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"
CHAPTER = re.compile(r"^(\d\d-[\w-]+)\.md$")
log = logging.getLogger("mkdocs.hooks.notebooks")


def on_page_markdown(markdown, page, **kwargs):
    found = CHAPTER.match(page.file.src_uri)
    if not found:
        return markdown
    name = found.group(1)
    title, _, rest = markdown.partition("\n")
    task = ""
    if "\n# exercise\n" in markdown:
        task = (f' Its <a href="../{name}-task.ipynb" download>task notebook</a> leaves the '
                f'exercises at its end for you to write, and checks them.')
    note = (f'\n\n!!! tip "Run this chapter yourself"\n'
            f'    <a href="../{name}.ipynb" download>Download it as a notebook</a> '
            f'(`{name}.ipynb`) and open it in Jupyter from a checkout\'s `docs/` folder: its code '
            f'reads the figures and tables there. Every block also runs in the test suite.'
            f'{task}\n')
    return title + note + rest


def on_post_build(config, **kwargs):
    if importlib.util.find_spec("jupytext") is None:
        log.warning("jupytext is not installed: the chapters' notebooks were not written "
                    "(pip install jupytext)")
        return
    spec = importlib.util.spec_from_file_location("make_notebooks", DOCS / "make_notebooks.py")
    make_notebooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_notebooks)
    for chapter in make_notebooks.chapters(DOCS):
        make_notebooks.make_notebook(chapter, Path(config["site_dir"]))
        if "# exercise" in chapter.read_text():
            make_notebooks.make_notebook(chapter, Path(config["site_dir"]), task=True)
