"""The register tiles' machine code for a CPU, without running it: how many fused multiply-adds
each hot block of the tiled kernels holds and how often it touches the stack (a spilled sum or
a reloaded pointer). Compiles for the CPU numba is told to, so an AVX-512 build can be read on an
AVX2 machine (where it could not run):

    NUMBA_CPU_NAME=skylake-avx512 NUMBA_CPU_FEATURES="" NUMBA_CACHE_DIR=/tmp/nc-avx512 \\
        python benchmarks/tile_assembly.py
    python benchmarks/tile_assembly.py                 # the CPU numba compiles for here

A block is a basic block of the assembly with 8 or more FMAs: a tile's loop over channels and
taps (unrolled over the 9 taps in the 3x3 forward kernels). A tile that fits the register file
shows few stack accesses there; one that spills shows about one per multiply-add. x86-64 only.
Use a NUMBA_CACHE_DIR of its own: a function loaded from the cache has no assembly to read.
"""

from __future__ import annotations

import re

import numba
import numpy as np

import tinyunet.fast.direct as direct
import tinyunet.fast.patches as patches
from tinyunet.fast.target import TARGET

KERNELS = [(direct, "_forward_kernel"), (direct, "_weight_grad_kernel"),
           (patches, "_forward_kernel"), (patches, "_input_grad_kernel")]


class _Captured(Exception):
    pass


def signatures() -> dict:
    """Each kernel's argument types, as the public functions call it (float32, a 16 -> 16
    layer at 64 px), read by calling them with the kernel replaced by a recorder."""
    found = {}
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 16, 64, 64)).astype(np.float32)
    w3 = rng.standard_normal((16, 16, 3, 3)).astype(np.float32)
    w2 = rng.standard_normal((16, 16, 2, 2)).astype(np.float32)
    calls = [lambda: direct.conv3x3_forward(x, w3, np.zeros(16, np.float32), relu=True),
             lambda: direct.conv3x3_weight_grad(x, x),
             lambda: patches.patch2_forward(x, w2),
             lambda: patches.patch2_input_grad(x[:, :, :32, :32], w2)]
    for (module, name), call in zip(KERNELS, calls):
        real = getattr(module, name)

        def record(*args, key=(module.__name__.split(".")[-1], name), real=real):
            found[key] = (real, tuple(numba.typeof(a) for a in args))
            raise _Captured

        setattr(module, name, record)
        try:
            call()
        except _Captured:
            pass
        finally:
            setattr(module, name, real)
    return found


def fma_blocks(asm: str) -> list[tuple[int, int]]:
    """(FMAs, stack accesses) of every basic block with 8 or more FMAs."""
    blocks, current = [], []
    for line in asm.splitlines():
        if re.match(r"^\.LBB\S*:", line.strip()) and current:
            blocks.append(current)
            current = []
        current.append(line)
    blocks.append(current)
    out = []
    for block in blocks:
        fmas = sum("vfmadd" in line for line in block)
        if fmas >= 8:
            out.append((fmas, sum("(%rsp)" in line for line in block)))
    return out


def main() -> None:
    print(f"tinyunet {TARGET.describe()}")
    for (module, name), (kernel, sig) in signatures().items():
        kernel.compile(sig)
        blocks = fma_blocks(kernel.inspect_asm(sig))
        print(f"{module}.{name}: blocks (FMAs, stack accesses) {blocks}")


if __name__ == "__main__":
    main()
