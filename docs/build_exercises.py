"""The exercises, from the chapters (the one source): the stubs a learner fills in, the worked
solutions, and the exercises page.

Each chapter ends with a ```python block whose first line is ``# exercise``: its functions are
the chapter's worked solutions, each with the docstring (shapes and math) a learner reads. From
them this script writes

    exercises/my_layers.py              every function with its docstring and a body that raises
                                        NotImplementedError (what the learner fills in)
    exercises/solutions/my_layers.py    the same functions with their solutions
    docs/exercises.md                   the exercises and the mistakes the checker names
                                        (tinyunet.exercises.EXERCISES)

and docs/make_notebooks.py --tasks blanks the same bodies in the task notebooks. A test keeps the
three files equal to what this script writes.

    python docs/build_exercises.py
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
STUBS = ROOT / "exercises" / "my_layers.py"
SOLUTIONS = ROOT / "exercises" / "solutions" / "my_layers.py"
MARKER = "# exercise"
CHECK_MARKER = "# check"
BLOCK = re.compile(r"```python\n(.*?)```", re.S)

STUBS_HEADER = '''"""Your own U-Net layers: fill in each function, then check it.

    tinyunet check relu_forward --file exercises/my_layers.py    # one exercise
    tinyunet check --all --file exercises/my_layers.py           # all of them, and your table

or, in a notebook: ``from tinyunet.exercises import check; check("relu_forward", relu_forward)``.

Every array is float64 NumPy, images are NCHW (batch, channels, height, width), a convolution's
weight is (out_channels, in_channels, kh, kw), a transposed convolution's (in_channels,
out_channels, 2, 2): PyTorch's layouts. The chapter that teaches each exercise heads its section;
``exercises/solutions/my_layers.py`` holds worked solutions, for after you tried.

Written by docs/build_exercises.py from the chapters' exercise cells: edit those, not this file.
"""

import numpy as np  # noqa: F401 - you will need it
'''

SOLUTIONS_HEADER = '''"""Worked solutions of the exercises in ``exercises/my_layers.py`` (read them after trying).

Plain NumPy, written for reading: loops where a loop shows the idea. ``tinyunet check --all
--file exercises/solutions/my_layers.py`` passes every exercise; the library's own, faster
versions are what the checker compares against.

Written by docs/build_exercises.py from the chapters' exercise cells: edit those, not this file.
"""

import numpy as np
'''


def chapters(docs: Path = DOCS) -> list[Path]:
    return sorted(Path(docs).glob("[0-9][0-9]-*.md"))


def exercise_cells(text: str) -> list[str]:
    """The source of every ```python block of a chapter that starts with ``# exercise``."""
    return [b for b in BLOCK.findall(text) if b.startswith(MARKER)]


def functions(cell: str) -> list[tuple[str, str, str]]:
    """(name, header with its docstring, body) of every top-level function of a cell."""
    lines = cell.splitlines()
    out = []
    for node in ast.parse(cell).body:
        if isinstance(node, ast.FunctionDef):
            doc = node.body[0]
            if not (isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant)):
                raise ValueError(f"exercise {node.name} has no docstring")
            header = "\n".join(lines[node.lineno - 1:doc.end_lineno])
            body = "\n".join(lines[doc.end_lineno:node.end_lineno])
            out.append((node.name, header, body))
    return out


def blank(cell: str) -> str:
    """The cell with every function's body replaced by ``raise NotImplementedError``."""
    parts, at = [], 0
    lines = cell.splitlines()
    for node in ast.parse(cell).body:
        if isinstance(node, ast.FunctionDef):
            doc_end = node.body[0].end_lineno
            parts += lines[at:doc_end]
            parts.append(f'    raise NotImplementedError("{node.name}")')
            at = node.end_lineno
    parts += lines[at:]
    return "\n".join(parts) + ("\n" if cell.endswith("\n") else "")


def _section(chapter: Path) -> str:
    title = chapter.read_text().splitlines()[0].lstrip("# ").strip()
    line = f"# -- chapter {title} "
    return line + "-" * max(3, 99 - len(line))


def files() -> tuple[str, str]:
    """The text of exercises/my_layers.py and of exercises/solutions/my_layers.py."""
    stubs, solutions = [STUBS_HEADER], [SOLUTIONS_HEADER]
    for chapter in chapters():
        fns = [f for cell in exercise_cells(chapter.read_text()) for f in functions(cell)]
        if not fns:
            continue
        stubs.append("\n" + _section(chapter) + "\n")
        solutions.append("\n" + _section(chapter) + "\n")
        for name, header, body in fns:
            stubs.append(f"{header}\n    raise NotImplementedError(\"{name}\")\n\n")
            solutions.append(f"{header}\n{body}\n\n")
    return ("\n".join(stubs).rstrip() + "\n", "\n".join(solutions).rstrip() + "\n")


CHAPTER_FILES = {"0": "00-layer-contract.md", "1": "01-convolution.md", "2": "02-max-pooling.md",
                 "3": "03-transposed-convolution.md", "4": "04-skip-connections.md",
                 "5": "05-unet.md", "6": "06-training.md", "7": "07-looking-inside.md",
                 "8": "08-experiment.md"}


def page() -> str:
    """docs/exercises.md, from the checker's list."""
    from tinyunet.exercises import EXERCISES
    mistakes = sum(len(e.mistakes) for e in EXERCISES.values())
    lines = [
        "# Exercises",
        "",
        f"{len(EXERCISES)} exercises cover the whole network, from ReLU to an effective "
        "receptive field. Each is a stub in `exercises/my_layers.py` (its docstring gives the "
        "shapes and the math) and a blank cell in its chapter's task notebook; worked solutions "
        "are in the chapters and in `exercises/solutions/my_layers.py`, for after you tried. The "
        "checker runs your function on random cases and edge cases (odd sizes, padding, stride, "
        "ties, batch > 1) against the library's own NumPy references, checks every gradient you "
        "return against float64 central differences of your own forward pass, and recognises "
        f"{mistakes} common mistakes by name: it shows the failing case, the first wrong "
        "element, your value and the expected one, and a hint.",
        "",
        "```bash",
        "tinyunet check --list                                     # the exercises",
        "tinyunet check conv_backward --file exercises/my_layers.py",
        "tinyunet check --all --file exercises/my_layers.py         # all, and your progress",
        "python docs/make_notebooks.py --tasks                      # the task notebooks",
        "```",
        "",
        "From a notebook: `from tinyunet.exercises import check; check(\"conv_backward\", "
        "conv_backward)`. What passes is remembered in `.tinyunet-progress.json` beside your "
        "file (in a notebook: in its folder).",
        "",
        "*This page is written by `docs/build_exercises.py` from the checker's list; a test "
        "keeps them equal.*",
    ]
    lines += capstone()
    for chapter, name in CHAPTER_FILES.items():
        exercises = [e for e in EXERCISES.values() if e.chapter == chapter]
        if not exercises:
            continue
        title = name[3:-3].replace("-", " ")
        lines += ["", f"## Chapter {chapter}: [{title}]({name})", ""]
        for e in exercises:
            gradient = " Gradients are checked against central differences." if e.gradient \
                else ""
            lines += [f"**`{e.signature}`**.{gradient} Mistakes it names:", ""]
            lines += [f"- *{m.name}*: {m.hint.replace('*', chr(92) + '*')}" for m in e.mistakes]
            lines.append("")
        lines.pop()
    return "\n".join(lines).rstrip() + "\n"


def capstone() -> list[str]:
    """The capstone's section, quoting docs/capstone.json (the worked solutions' run)."""
    import json
    path = DOCS / "capstone.json"
    lines = ["", "## The capstone: your layers train a U-Net", "",
             "With your exercises done, your own functions (convolution and its backward, ReLU, "
             "max-pooling, the up-convolution, the concatenation, the loss and the Adam step, "
             "wherever your file defines them) replace the library's inside a real U-Net "
             "(`tinyunet.use_layers`), which then trains on the embedded lung sample next to "
             "the library's own layers, on the same split, seed and augmentation:", "",
             "```bash", "python examples/capstone.py --layers exercises/my_layers.py",
             "tinyunet train --layers exercises/my_layers.py --size 64 --depth 3 --filters 8",
             "```", ""]
    if path.exists():
        r = json.loads(path.read_text())
        lines += [
            f"Measured with the worked solutions ({r['date']}, {r['machine']['isa']}, "
            f"`{r['command']}`): test Dice **{r['yours']['test_dice']:.4f}** against the "
            f"library's **{r['library']['test_dice']:.4f}** ({r['size']} px, depth "
            f"{r['depth']}, {r['filters']} filters, {r['epochs']} epochs), in "
            f"{r['yours']['seconds']:.0f} s against {r['library']['seconds']:.0f} s"
            + (f" ({r['note']})" if r.get("note") else "") + ": the "
            "worked solutions' convolution is a loop over output pixels. Expect your Dice "
            "within about 0.01 of the library's. A wrong backward pass learns less, and the "
            "run names the check that fails: the tests plant an input gradient computed with "
            "the kernel unflipped and require the Dice to fall by more than 0.2.", ""]
    return lines


def main() -> None:
    stubs, solutions = files()
    STUBS.write_text(stubs)
    SOLUTIONS.write_text(solutions)
    (DOCS / "exercises.md").write_text(page())
    print(f"wrote {STUBS}, {SOLUTIONS} and {DOCS / 'exercises.md'}")


if __name__ == "__main__":
    main()
