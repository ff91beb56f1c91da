"""The package's layout shows its three parts, and imports point one way between them
(README, "The library in one picture"): the teaching core flat at the top, the speed machinery
in ``fast/`` (imported by the dispatch ``conv`` only), the experiment in ``experiment/``."""
import ast
from pathlib import Path

import tinyunet

PACKAGE = Path(tinyunet.__file__).parent


def _modules():
    """{dotted module name below the package: file} for every module of the package."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found[".".join(p for p in parts if p != "__init__") or ""] = path
    return found


def _imports(name: str, path: Path) -> set[str]:
    """The package modules that module ``name`` imports (anywhere in it, functions included),
    as dotted names below the package."""
    here = name.split(".")[:-1] if path.name != "__init__.py" else name.split(".")
    here = [p for p in here if p]
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[:len(here) - (node.level - 1)] if node.level > 1 else list(here)
                target = base + (node.module.split(".") if node.module else [])
            elif node.module and node.module.split(".")[0] == "tinyunet":
                target = node.module.split(".")[1:]
            else:
                continue
            for alias in node.names:       # `from . import conv` names a module
                out.add(".".join(target + [alias.name]))
                out.add(".".join(target))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "tinyunet":
                    out.add(".".join(alias.name.split(".")[1:]))
    return {m for m in out if m in _modules()}


def _part(module: str) -> str:
    return module.split(".")[0] if module.split(".")[0] in ("fast", "experiment") else "core"


def test_the_three_parts_are_folders():
    modules = _modules()
    assert {"fast.direct", "fast.patches", "fast.simd", "fast.bands", "fast.target",
            "fast.allocator"} <= set(modules)
    assert {"experiment.sweep", "experiment.report", "experiment.stats",
            "experiment.executors"} <= set(modules)
    core = {m for m in modules if _part(m) == "core" and m}
    assert {"layers", "unet", "losses", "metrics", "optim", "gradcheck", "conv",
            "kernels"} <= core
    assert not core & {"direct", "patches", "simd", "bands", "target", "sweep", "stats"}


def test_only_the_dispatch_imports_the_speed_machinery():
    importers = {m for m, path in _modules().items() if _part(m) != "fast"
                 and any(_part(i) == "fast" for i in _imports(m, path))}
    assert importers == {"conv"}


def test_the_speed_machinery_leans_only_on_the_kernels_and_the_workspace():
    for m, path in _modules().items():
        if _part(m) == "fast":
            core = {i for i in _imports(m, path) if _part(i) == "core" and i}
            assert core <= {"kernels", "workspace"}, (m, core)


def test_the_teaching_core_never_imports_the_experiment_except_the_command_line():
    """Only the command line (which starts a sweep) and the exercises' checker (which grades
    chapter 8's Holm exercise against experiment.stats.holm, inside that one reference function)
    import the experiment."""
    importers = {m for m, path in _modules().items() if _part(m) == "core"
                 and any(_part(i) == "experiment" for i in _imports(m, path))}
    assert importers <= {"cli", "exercises"}


def test_imports_have_no_cycle():
    graph = {m: _imports(m, p) - {m, ""} for m, p in _modules().items()}
    # a package's __init__ is imported with any of its modules: leave those edges out
    graph = {m: {i for i in deps if i not in ("fast", "experiment")} for m, deps in graph.items()}
    state = {}

    def visit(m, trail):
        if state.get(m) == "done":
            return
        assert state.get(m) != "open", " -> ".join(trail + [m])
        state[m] = "open"
        for dep in graph.get(m, ()):
            visit(dep, trail + [m])
        state[m] = "done"

    for m in graph:
        visit(m, [])


def test_the_checker_itself_sees_an_import(tmp_path):
    """The walker above must find relative, absolute and in-function imports (or every rule
    above would pass on an empty graph)."""
    assert "fast.direct" in _imports("conv", PACKAGE / "conv.py")
    assert "kernels" in _imports("fast.direct", PACKAGE / "fast" / "direct.py")
    assert "experiment.sweep" in _imports("cli", PACKAGE / "cli.py")     # inside a function


def test_no_line_of_the_package_is_over_100_characters():
    long = [f"{path.relative_to(PACKAGE)}:{i}" for path in PACKAGE.rglob("*.py")
            for i, line in enumerate(path.read_text().splitlines(), 1) if len(line) > 100]
    assert long == []


def test_the_channel_block_is_one_named_constant():
    """Output channels come in blocks of 4 in the fast kernels: the Python code around them
    names it (bands.CHANNEL_BLOCK) rather than writing a bare ``% 4`` or ``// 4``."""
    import re
    bare = [f"{path.relative_to(PACKAGE)}:{i}" for path in PACKAGE.rglob("*.py")
            for i, line in enumerate(path.read_text().splitlines(), 1)
            if re.search(r"\(-\w+\) % 4|\+ 3\) // 4|// 4\)", line)]
    assert bare == []
