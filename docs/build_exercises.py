"""Write docs/exercises.md from the checker's own list (tinyunet.exercises.EXERCISES), so the page
names exactly the exercises and mistakes the checker knows.

    python docs/build_exercises.py          # rewrites docs/exercises.md (a test compares them)
"""

from __future__ import annotations

from pathlib import Path

from tinyunet.exercises import EXERCISES

DOCS = Path(__file__).resolve().parent
CHAPTERS = {"0": "00-layer-contract.md", "1": "01-convolution.md", "2": "02-max-pooling.md",
            "3": "03-transposed-convolution.md", "4": "04-skip-connections.md",
            "5": "05-unet.md", "6": "06-training.md", "7": "07-looking-inside.md"}


def page() -> str:
    mistakes = sum(len(e.mistakes) for e in EXERCISES.values())
    lines = [
        "# Exercises",
        "",
        f"{len(EXERCISES)} exercises cover the whole network, from ReLU to an effective "
        "receptive field. Each is a stub in `exercises/my_layers.py` (its docstring gives the "
        "shapes and the math); worked solutions are in `exercises/solutions/my_layers.py`, for "
        "after you tried. The checker runs your function on random cases and edge cases (odd "
        "sizes, padding, stride, ties, batch > 1) against the library's own NumPy references, "
        "checks every gradient you return against float64 central differences of your own "
        f"forward pass, and recognises {mistakes} common mistakes by name: it shows the failing "
        "case, the first wrong element, your value and the expected one, and a hint.",
        "",
        "```bash",
        "tinyunet check --list                                     # the exercises",
        "tinyunet check conv_backward --file exercises/my_layers.py",
        "tinyunet check --all --file exercises/my_layers.py         # all, and your progress",
        "```",
        "",
        "From a notebook: `from tinyunet.exercises import check; check(\"conv_backward\", "
        "conv_backward)`. What passes is remembered in `.tinyunet-progress.json` beside your "
        "file.",
        "",
        "*This page is written by `docs/build_exercises.py` from the checker's list; a test "
        "keeps them equal.*",
    ]
    for chapter, name in CHAPTERS.items():
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


if __name__ == "__main__":
    (DOCS / "exercises.md").write_text(page())
    print(f"wrote {DOCS / 'exercises.md'}")
