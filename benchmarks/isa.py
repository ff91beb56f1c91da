"""Both frameworks on one instruction set: the environment that makes a fresh process compile
and run for it, and what each framework then reports it runs.

    python benchmarks/bench_unet.py --isa avx2 ...        # the workers run for AVX2
    python benchmarks/bench_conv_paths.py --isa avx2 ...  # re-runs itself for AVX2

``native`` changes nothing. ``sse`` is an x86-64 CPU of before 2011 (``nehalem``: 128-bit
vectors, 16 registers, no fused multiply-add), the narrowest x86 class. ``avx2`` compiles numba
for LLVM's ``haswell`` (AVX2 and FMA, 16 vector registers: what every AVX2 CPU runs; an empty ``NUMBA_CPU_FEATURES`` makes LLVM take the
named CPU's features instead of the host's) and caps PyTorch the same way: oneDNN's kernels at
``ONEDNN_MAX_CPU_ISA=AVX2``, ATen's vectorised ops at ``ATEN_CPU_CAPABILITY=avx2``, and OpenBLAS
(NumPy's matrix products, which tinyunet's BLAS paths use) at its Haswell kernels. So an AVX2
comparison runs on any x86-64 machine with AVX2; on an AVX-512 machine it is an emulation (the
same instructions on a different core), and the tables say which.

Every variable is set in the child processes' environment only, never in this process.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

ISAS = {
    "native": {},
    "avx2": {"NUMBA_CPU_NAME": "haswell", "NUMBA_CPU_FEATURES": "",
             "ONEDNN_MAX_CPU_ISA": "AVX2", "ATEN_CPU_CAPABILITY": "avx2",
             "OPENBLAS_CORETYPE": "Haswell"},
    "sse": {"NUMBA_CPU_NAME": "nehalem", "NUMBA_CPU_FEATURES": "",
            "ONEDNN_MAX_CPU_ISA": "SSE41", "ATEN_CPU_CAPABILITY": "default",
            "OPENBLAS_CORETYPE": "Nehalem"},
}

_ISA_FLAG = "TINYUNET_BENCH_ISA"      # marks a process that has re-run itself for an ISA


def isa_env(name: str, base=None) -> dict:
    """The environment of a fresh process that runs both frameworks on instruction set ``name``."""
    if name not in ISAS:
        raise SystemExit(f"unknown --isa {name!r}; choose one of {', '.join(ISAS)}")
    return dict(os.environ if base is None else base, **ISAS[name], **{_ISA_FLAG: name})


def rerun_for(name: str) -> None:
    """Re-run this script in a fresh process for instruction set ``name`` (numba reads its
    target at import, so this process cannot change it), unless it is that process already
    or ``name`` is native. Does not return when it re-runs."""
    if name == "native" or os.environ.get(_ISA_FLAG) == name:
        return
    result = subprocess.run([sys.executable, *sys.argv], env=isa_env(name))
    raise SystemExit(result.returncode)


def tinyunet_isa() -> str:
    """What tinyunet's kernels are compiled for in this process (tinyunet.fast.target)."""
    from tinyunet.fast.target import TARGET
    return TARGET.describe()


_TORCH_PROBE = """
import torch
x = torch.ones(8, 16, 64, 64).contiguous(memory_format=torch.channels_last)
w = torch.ones(16, 16, 3, 3).contiguous(memory_format=torch.channels_last)
with torch.backends.mkldnn.verbose(torch.backends.mkldnn.VERBOSE_ON):
    torch.nn.functional.conv2d(x, w, padding=1)
print("aten:" + torch.backends.cpu.get_cpu_capability(), flush=True)
"""


def torch_isa(env=None) -> str | None:
    """What PyTorch runs on in a fresh process with ``env``: oneDNN's instruction set (from its
    verbose log of one convolution) and ATen's CPU capability; None without PyTorch."""
    env = dict(os.environ if env is None else env)
    out = subprocess.run([sys.executable, "-c", _TORCH_PROBE], capture_output=True, text=True,
                         env=env)
    if out.returncode != 0:
        return None
    onednn = re.search(r"isa:([^,\n]+)", out.stdout)
    aten = re.search(r"aten:(\S+)", out.stdout)
    return (f"oneDNN {onednn.group(1).strip() if onednn else 'unknown'}, "
            f"ATen {aten.group(1) if aten else 'unknown'}")


def tinyunet_isa_in(env=None) -> str:
    """:func:`tinyunet_isa` in a fresh process with ``env``."""
    out = subprocess.run([sys.executable, "-c", "from tinyunet.fast.target import TARGET; "
                          "print(TARGET.describe())"], capture_output=True, text=True,
                         env=dict(os.environ if env is None else env), check=True)
    return out.stdout.strip()
