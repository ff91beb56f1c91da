"""Run every chapter's Python blocks inside docs/, which (re)writes docs/figures/.

    python docs/build_figures.py [CHAPTER.md ...]

The test suite runs the same blocks (tests/test_docs.py), in a copy of this folder.
"""
import os
import re
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def python_blocks(markdown: str) -> list[str]:
    """The fenced ```python blocks of a Markdown text, in order."""
    return BLOCK.findall(markdown)


def run_chapter(path: Path) -> dict:
    """Execute a chapter's blocks in order in one namespace; returns the namespace."""
    namespace = {"__name__": f"docs.{path.stem}"}
    for i, code in enumerate(python_blocks(path.read_text()), start=1):
        exec(compile(code, f"{path.name}[block {i}]", "exec"), namespace)
    return namespace


def chapters() -> list[Path]:
    return sorted(DOCS.glob("[0-9][0-9]-*.md"))


if __name__ == "__main__":
    os.chdir(DOCS)
    for chapter in [DOCS / a for a in sys.argv[1:]] or chapters():
        print(f"running {chapter.name}")
        run_chapter(chapter)
