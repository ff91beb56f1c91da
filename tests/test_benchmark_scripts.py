"""The per-layer benchmark runs on a tiny problem and reports one dispatched path per row.

The numbers themselves are the benchmark's business (benchmarks/RESULTS.md); this checks that
its tables are well formed: every layer shape gets its three passes, each row marks exactly one
path with ``*``, and with ``--torch`` each row carries a positive PyTorch/ours ratio.
"""
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_conv_paths.py"
TINY = ["--batch", "1", "--size", "32", "--filters", "4", "--repeats", "1"]
ROW = re.compile(r"^\s*\d+->\d+\s+@\s+\d+\s+(fwd|dx|dW)\s")


def _rows(*extra):
    out = subprocess.run([sys.executable, str(SCRIPT), *TINY, *extra], capture_output=True,
                         text=True, check=True, timeout=600).stdout
    return [line for line in out.splitlines() if ROW.match(line)]


def test_each_3x3_layer_gets_three_passes_and_one_dispatched_path():
    rows = _rows()
    assert len(rows) == 3 * 14                     # depth 4: 3 + 3 + 3 + 3 + 2 shapes
    assert [r.split()[3] for r in rows[:3]] == ["fwd", "dx", "dW"]
    assert all(r.count("*") == 1 for r in rows)


def test_each_up_convolution_gets_three_passes_on_both_paths():
    rows = _rows("--transposed")
    assert len(rows) == 3 * 4
    assert all(r.count("*") == 1 and r.count("(") == 2 for r in rows)


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="needs torch")
def test_torch_column_gives_a_positive_ratio_per_row():
    rows = _rows("--torch", "--threads", "1")
    assert len(rows) == 3 * 14
    ratios = [float(r.split()[-1]) for r in rows]
    assert all(r > 0 for r in ratios)


def test_forward_layers_accounts_for_every_timed_layer_of_one_pass():
    script = SCRIPT.with_name("forward_layers.py")
    out = subprocess.run([sys.executable, str(script), "--depth", "2", "--filters", "4",
                          "--batch", "1", "--size", "32", "--steps", "3", "--threads", "1"],
                         capture_output=True, text=True, check=True, timeout=600).stdout
    rows = [line.split() for line in out.splitlines()
            if line.split()[:1] and line.split()[0] in ("Conv2d", "ConvTranspose2d", "MaxPool2d")]
    kinds = [r[0] for r in rows]
    # depth 2: two pools, two up-convolutions, 8 shapes of 3x3 convolution and the 1x1 head
    assert kinds.count("ConvTranspose2d") == 2 and kinds.count("MaxPool2d") == 2
    assert kinds.count("Conv2d") == 9
    assert ["8->4", "32", "yes"] == next(r[1:4] for r in rows if r[1] == "8->4" and r[0] == "Conv2d")
    # nesting, not a speed: with one timed pass (3 steps, 2 of them warm-up) every layer call
    # runs inside the pass, so the layers' time cannot exceed it ("outside these layers" is not
    # negative) unless a call is counted twice or a warm-up pass is counted. How large the
    # layers' part is depends on the machine's load (the pass takes a millisecond): the
    # benchmark reports it, the test does not assert it
    shares = [float(r[-1].rstrip("%")) for r in rows]
    outside = next(float(line.split()[-1].rstrip("%")) for line in out.splitlines()
                   if line.startswith("outside these layers"))
    assert all(s >= 0 for s in shares) and outside >= 0


def _script_rows(name, *args):
    out = subprocess.run([sys.executable, str(SCRIPT.with_name(name)), *args],
                         capture_output=True, text=True, check=True, timeout=600).stdout
    return [line.split() for line in out.splitlines() if re.match(r"\s*\d+->\d+\s", line)]


def test_band_fill_splits_every_3x3_layer_but_the_first():
    rows = _script_rows("band_fill.py", "--depth", "2", "--filters", "8", "--batch", "1",
                        "--size", "32", "--repeats", "1", "--threads", "1")
    # depth 2: 8->8 and 16->8 at 32 px, then 8->16, 16->16, 32->16 at 16 px, 16->32, 32->32
    assert [r[0] for r in rows] == ["8->8", "16->8", "8->16", "16->16", "32->16", "16->32",
                                    "32->32"]
    assert all(float(r[2]) > 0 and r[4].endswith("%") for r in rows)


def test_transposed_bands_mark_the_rule_once_per_layer():
    rows = _script_rows("transposed_bands.py", "--depth", "2", "--filters", "8", "--batch", "1",
                        "--size", "32", "--repeats", "1", "--threads", "1", "--rows", "1,2")
    assert [r[0] for r in rows] == ["32->16", "16->8"]
    assert all(sum(cell.endswith("*:") for cell in r) == 1 for r in rows)


def test_isa_flag_reruns_for_avx2_and_says_so():
    """``--isa avx2`` re-runs the script with numba compiled for haswell and PyTorch capped to
    AVX2 (benchmarks/isa.py); the first line names what tinyunet runs on."""
    import llvmlite.binding as ll
    features = ll.get_host_cpu_features()
    if not (features.get("avx2", False) and features.get("fma", False)):
        pytest.skip("this CPU cannot run AVX2 code")
    out = subprocess.run([sys.executable, str(SCRIPT), *TINY, "--isa", "avx2"],
                         capture_output=True, text=True, check=True, timeout=900).stdout
    assert out.splitlines()[0].startswith("tinyunet: AVX2 (haswell): 256-bit vectors")
    assert len([line for line in out.splitlines() if ROW.match(line)]) == 3 * 14
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import isa
    finally:
        sys.path.remove(str(SCRIPT.parent))
    env = isa.isa_env("avx2", base={})
    assert env["NUMBA_CPU_NAME"] == "haswell" and env["ONEDNN_MAX_CPU_ISA"] == "AVX2"
    assert isa.isa_env("native", base={"A": "1"}) == {"A": "1", "TINYUNET_BENCH_ISA": "native"}


def test_the_benchmarks_pytorch_twin_mirrors_the_unet():
    """bench_unet's twin (benchmarks/torch_unet.py) copies the weights of a U-Net and gives the
    same loss and gradients, parameter by parameter."""
    pytest.importorskip("torch")
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        spec = importlib.util.spec_from_file_location("bench_unet", SCRIPT.parent / "bench_unet.py")
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
        result = bench.check_equivalence(2, 4, batch=2, size=32)
    finally:
        sys.path.remove(str(SCRIPT.parent))
    assert result["ok"], result


def test_onnxruntime_benchmark_checks_equality_then_times_both_sides(tmp_path):
    pytest.importorskip("onnxruntime")
    script = SCRIPT.parent / "bench_onnx.py"
    out = subprocess.run([sys.executable, str(script), "--configs", "2x4", "--batches", "1,2",
                          "--threads", "1", "--size", "32", "--steps", "2", "--warmup", "1",
                          "--json", str(tmp_path / "r.json")], capture_output=True, text=True,
                         check=True, timeout=600).stdout
    assert "onnxruntime's output equals tinyunet's" in out
    rows = json.loads((tmp_path / "r.json").read_text())["rows"]
    assert [(r["batch"], r["threads"]) for r in rows] == [(1, 1), (2, 1)]
    assert all(r["tinyunet_ms"] > 0 and r["onnxruntime_ms"] > 0 and r["ratio"] > 0 for r in rows)


def test_tile_assembly_counts_fmas_and_stack_accesses_per_hot_block():
    spec = importlib.util.spec_from_file_location("tile_assembly",
                                                  SCRIPT.parent / "tile_assembly.py")
    tile_assembly = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tile_assembly)
    asm = "\n".join([".LBB0_1:", *["vfmadd231ps %ymm1, %ymm2, %ymm3"] * 8,
                     "vmovups %ymm4, 32(%rsp)", ".LBB0_2:", "vfmadd231ps %ymm1, %ymm2, %ymm3",
                     "movq 8(%rsp), %rax", ".LBB0_3:", *["vfmadd231ps 64(%rsp), %ymm2, %ymm3"] * 9])
    assert tile_assembly.fma_blocks(asm) == [(8, 1), (9, 9)]


def test_results_page_shows_the_onnxruntime_table_from_its_json():
    """docs/results.md's onnxruntime table is the committed measurement, row for row, and its
    summary sentence says what the ratios say."""
    import json
    spec = importlib.util.spec_from_file_location("bench_onnx", SCRIPT.parent / "bench_onnx.py")
    bench_onnx = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_onnx)
    rows = json.loads((SCRIPT.parent / "onnx_zen3.json").read_text())["rows"]
    page = (SCRIPT.parents[1] / "docs" / "results.md").read_text()
    assert bench_onnx.markdown_table(rows) in page
    gain = {c: sorted(round(100 * (1 - r["ratio"])) for r in rows if r["config"] == c)
            for c in ("4x16", "4x32")}
    assert (f"by {gain['4x16'][0]}-{gain['4x16'][-1]} % for depth 4 x 16 and "
            f"{gain['4x32'][0]}-{gain['4x32'][-1]} %\nfor depth 4 x 32") in page


def test_band_bytes_compares_each_budget_and_the_plan_with_bands_of_pixels():
    out = subprocess.run([sys.executable, str(SCRIPT.with_name("band_bytes.py")), "--batch", "1",
                          "--budgets", "8,4", "--layers", "8:8:32,16:8:16"],
                         capture_output=True, text=True, cwd=SCRIPT.parent, timeout=600)
    assert out.returncode == 0, out.stderr
    rows = [line for line in out.stdout.splitlines() if "->" in line]
    assert len(rows) == 4                                      # 2 layers x forward, input grad
    for row in rows:
        assert row.count("(1.00)") >= 1 and "pixels r" in row and "8K r" in row and "plan r" in row


def test_forward_time_prints_both_batches_and_the_imported_file():
    out = subprocess.run([sys.executable, str(SCRIPT.with_name("forward_time.py")), "1", "2"],
                         capture_output=True, text=True, cwd=SCRIPT.parent, timeout=600)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.splitlines()[-1])
    assert result["b8_ms"] > 0 and result["b1_ms"] > 0 and result["file"].endswith("__init__.py")
    assert result["size"] == 256 and result["sum8"] > 0
    out = subprocess.run([sys.executable, str(SCRIPT.with_name("forward_time.py")), "1", "2",
                          "--size", "64", "--batches", "2", "--threads", "1"],
                         capture_output=True, text=True, cwd=SCRIPT.parent, timeout=600)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.splitlines()[-1])
    assert (result["size"], result["threads"]) == (64, 1) and result["b2_ms"] > 0
    assert "b8_ms" not in result


def test_winograd_layers_times_both_kernels_on_the_layers_it_takes():
    """Every 3x3 layer but the first gets a forward, an input-gradient and a weight-gradient
    row; those Winograd takes have both times, a ratio and a small difference, the others (4
    channels; for the weight gradient, fewer than 16 input channels) a dash; a total per pass."""
    from tinyunet.fast.target import TARGET
    size = 4 * TARGET.lanes(np.float32)
    out = subprocess.run([sys.executable, str(SCRIPT.with_name("winograd_layers.py")),
                          "--depth", "2", "--filters", "4", "--batch", "1", "--size", str(size),
                          "--repeats", "1"], capture_output=True, text=True, check=True,
                         timeout=600).stdout
    rows = [line.split() for line in out.splitlines() if re.match(r"\s*\d+->", line)]
    assert len(rows) == 3 * 7                     # 1 + 2 levels x 2 + 2 decoder layers
    taken = [r for r in rows if r[-1] != "-"]
    assert taken and all(float(r[-2]) > 0 and float(r[-1]) < 1e-4 for r in taken)
    assert [r[0] for r in rows if r[-1] == "-"][:3] == ["4->4", "4->4", "4->4"]
    assert [r[3] for r in taken if r[3] == "dW"]      # 16 -> 16 at the bottom
    assert "fwd, layers Winograd takes, in all" in out and "dW, layers Winograd takes" in out
