"""The vector width and register tiles follow the CPU numba compiles for (tinyunet.fast.target), and
the kernels are correct at every width this machine can run: the kernel tests run again in
fresh processes with numba compiled for AVX2 (``haswell``) and for SSE (``nehalem``)."""
import os
import platform
import subprocess
import sys
from pathlib import Path

import llvmlite.binding as ll
import numpy as np
import pytest

from tinyunet.cli import main as cli_main
from tinyunet.fast.target import TARGET, detect

ROOT = Path(__file__).resolve().parents[1]
X86 = platform.machine().lower() in ("x86_64", "amd64")
x86_only = pytest.mark.skipif(not X86, reason="x86-64 CPU names")

# The kernel tests, run again at each other width: every register tile and band layout.
KERNEL_TESTS = ["tests/test_simd.py", "tests/test_direct.py", "tests/test_patches.py",
                "tests/test_winograd.py"]


@x86_only
@pytest.mark.parametrize("cpu,isa,bits,registers,channels,fma", [
    ("skylake-avx512", "AVX-512", 512, 32, 4, True),
    ("znver4", "AVX-512", 512, 32, 4, True),
    ("haswell", "AVX2", 256, 16, 2, True),
    ("znver3", "AVX2", 256, 16, 2, True),
    ("sandybridge", "AVX", 256, 16, 2, False),
    ("nehalem", "SSE", 128, 16, 2, False),
])
def test_x86_cpus_get_their_width_and_tiles(cpu, isa, bits, registers, channels, fma):
    target = detect(cpu, "")           # "": the named CPU's own features, not the host's
    assert (target.isa, target.vector_bits, target.registers) == (isa, bits, registers)
    assert (target.tile_channels, target.fma) == (channels, fma)
    assert target.lanes(np.float32) == bits // 32 and target.lanes(np.float64) == bits // 64


def test_arm64_gets_neon_with_32_registers():
    """Apple silicon and Graviton: 128-bit vectors, 32 registers, so the 4-channel tiles."""
    try:
        target = detect("neoverse-n1", "", "aarch64-unknown-linux-gnu")
    except RuntimeError as exc:          # an llvmlite built without the AArch64 backend
        pytest.skip(f"no AArch64 target in this llvmlite: {exc}")
    assert (target.isa, target.vector_bits, target.registers) == ("NEON", 128, 32)
    assert target.tile_channels == 4 and target.fma


def test_features_override_the_cpu_name():
    """An explicit feature string wins over the CPU name, as in numba's own codegen: haswell
    told it has no AVX2 or FMA falls back to 128-bit vectors without fused multiply-adds."""
    if not X86:
        pytest.skip("x86-64 features")
    target = detect("haswell", "-avx,-avx2,-fma")
    assert target.vector_bits == 128 and not target.fma


def test_without_llvm_the_feature_string_gives_the_same_answer():
    from tinyunet.fast.target import _from_features, numba_cpu
    if not numba_cpu()[1]:
        pytest.skip("NUMBA_CPU_FEATURES is empty: the features are the named CPU's")
    fallback = _from_features()
    assert (fallback.vector_bits, fallback.registers, fallback.fma) == (
        TARGET.vector_bits, TARGET.registers, TARGET.fma)


def test_info_reports_the_target(capsys):
    assert cli_main(["info"]) == 0
    out = capsys.readouterr().out
    assert f"{TARGET.vector_bits} bits" in out and TARGET.isa in out
    assert TARGET.tile in out
    assert cli_main(["info", "--json"]) == 0
    import json
    info = json.loads(capsys.readouterr().out)
    assert info["vector_bits"] == TARGET.vector_bits and info["paths"]["3x3 convolution"]


def _host_runs(feature_names) -> bool:
    features = ll.get_host_cpu_features()
    return all(features.get(name, False) for name in feature_names)


# (LLVM CPU, what the host must have to run its code, expected (bits, registers), which kernel
# tests run there, with the tiles of 32 registers). AVX2 (most laptops) runs every kernel test
# with its own tiles. SSE runs the float32 ones (training's dtype) with the 4-channel tiles of
# a 32-register CPU: 128-bit vectors and 4-channel tiles are ARM64's NEON layout, and it checks
# those tiles on an AVX2 machine, which has 16 registers (compiling every kernel for float64 too
# cost 3 minutes of the suite there).
WIDTHS = [("haswell", ("avx2", "fma"), (256, 16), None, False),
          ("nehalem", ("sse4.2",), (128, 16), "not float64", True)]


@x86_only
@pytest.mark.slow
@pytest.mark.parametrize("cpu,needs,expected,select,tiles_of_32", WIDTHS,
                         ids=[w[0] for w in WIDTHS])
def test_kernels_are_correct_at_this_width(cpu, needs, expected, select, tiles_of_32, tmp_path):
    """The kernel tests pass with numba compiled for ``cpu`` in a fresh process (skipped where
    the host cannot run that code, or where it is what this process runs already)."""
    if not _host_runs(needs):
        pytest.skip(f"this CPU cannot run {cpu}'s instructions")
    if (TARGET.vector_bits, TARGET.registers) == expected and not tiles_of_32:
        pytest.skip(f"this process already runs {expected[0]}-bit tiles")
    env = dict(os.environ, NUMBA_CPU_NAME=cpu, NUMBA_CPU_FEATURES="")
    probe = subprocess.run([sys.executable, "-c", "from tinyunet.fast.target import TARGET; "
                            "print(TARGET.vector_bits, TARGET.registers)"],
                           capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert tuple(map(int, probe.stdout.split())) == expected
    chosen = ["-k", select] if select else []
    if tiles_of_32:
        env.update(NUMBA_CACHE_DIR=str(tmp_path / "numba"), TINYUNET_OWN_NUMBA_CACHE="1",
                   PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "tests"),
                                                            env.get("PYTHONPATH")])))
        chosen += ["-p", "tiles_of_32_registers"]
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          *chosen, *KERNEL_TESTS], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=1200)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and " failed" not in run.stdout


def test_the_plugin_for_32_register_tiles_sets_them_before_the_kernels_load(tmp_path):
    """The plugin that the SSE run above relies on does give the kernels 4-channel tiles (and
    a plain process keeps this CPU's own)."""
    code = ("import tinyunet.fast.direct as d, tinyunet.fast.patches as p; "
            "print(d.TILE_CHANNELS, p.PATCH_VECTORS)")
    env = dict(os.environ, NUMBA_CACHE_DIR=str(tmp_path / "numba"), TINYUNET_OWN_NUMBA_CACHE="1",
               PYTHONPATH=str(ROOT / "tests"))
    forced = subprocess.run([sys.executable, "-c", "import tiles_of_32_registers; " + code],
                            capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert forced.stdout.split() == ["4", "4"]
    plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           cwd=ROOT, check=True)
    assert plain.stdout.split() == [str(TARGET.tile_channels),
                                    "4" if TARGET.tile_channels == 4 else "3"]
