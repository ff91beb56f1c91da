"""What numba compiles for, and the vector width and register tiles that follow from it.

The register-tiled kernels (:mod:`tinyunet.fast.direct`, :mod:`tinyunet.fast.patches`) keep a tile
of sums in vector registers over a whole reduction. How wide a register is and how many there are
depends on the CPU that numba's LLVM compiles for:

==============================  ===========  =========  =========================================
instruction set                 vector bits  registers  tile of a 3x3 kernel (channels x vectors)
==============================  ===========  =========  =========================================
x86-64 with AVX-512F            512          32         4 x 4: 16 sums + 4 inputs + 1 weight
x86-64 with AVX2 (and FMA)      256          16         4 x 3: 12 sums + 3 inputs + 1 weight
x86-64 with SSE only            128          16         4 x 3
ARM64 (NEON)                    128          32         4 x 4
==============================  ===========  =========  =========================================

A tile sized for 32 registers on a CPU with 16 spills its sums to memory in the innermost loop
(on an AVX2 machine the 512-bit tiles ran at a fifth of the CPU's limit). So with 16 registers
the 3x3 convolution's tile is 4 channels x 3 vectors, and the tiles of 4 vectors (on maps one
vector wide, in the up-convolutions, the weight gradients) hold ``TILE_CHANNELS`` = 2 output
channels at a time instead of 4 (a block of 4 channels is then two pairs, each reading the band
again).

**Read from numba, not from the host.** :func:`detect` asks LLVM, with the CPU name and feature
string that numba's JIT uses (``NUMBA_CPU_NAME`` and ``NUMBA_CPU_FEATURES`` when set, the host's
otherwise), to compile one 512-bit vector multiply-add, and reads the registers it emits (``zmm``,
``ymm`` or 128-bit ones) and whether it emits a fused multiply-add. So a process started with
``NUMBA_CPU_NAME=haswell NUMBA_CPU_FEATURES=""`` compiles and runs the AVX2 tiles on any x86-64
machine, and numba's on-disk cache, which is keyed by the same CPU name and features, never
hands one target's kernels to another. Nothing here can be overridden by hand: a width that
numba's cache key does not see would load kernels compiled for another width.

Everything here is decided once, at import, and changes nothing in the process.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from functools import lru_cache

import llvmlite.binding as ll
import numpy as np
from numba.core import codegen, config

def _probe_module(triple: str) -> str:
    """LLVM IR of one function: a 512-bit multiply-add of float32 vectors, ``*a = *a * *b +
    *a``: the widest vector the kernels ask for; the registers LLVM splits it into are the
    widest the target has. (Built with llvmlite's IR builder, which writes the pointer syntax
    of the LLVM it ships.)"""
    from llvmlite import ir
    vector = ir.VectorType(ir.FloatType(), 16)
    module = ir.Module(name="tinyunet_probe")
    module.triple = triple
    fma = ir.Function(module, ir.FunctionType(vector, [vector] * 3), "llvm.fmuladd.v16f32")
    probe = ir.Function(module, ir.FunctionType(ir.VoidType(), [vector.as_pointer()] * 2),
                        "probe")
    builder = ir.IRBuilder(probe.append_basic_block())
    a, b = probe.args
    x, y = builder.load(a, align=4), builder.load(b, align=4)
    builder.store(builder.call(fma, [x, y, x]), a, align=4)
    builder.ret_void()
    return str(module)


_X86 = ("x86_64", "amd64", "i386", "i686", "x86")


@dataclass(frozen=True)
class Target:
    """The CPU numba compiles for and what the kernels make of it.

    ``cpu``: LLVM's CPU name; ``arch``: the machine (``x86_64``, ``aarch64``, ...);
    ``vector_bits``: the widest vector register (512, 256 or 128); ``registers``: how many
    there are; ``fma``: whether a fused multiply-add is one instruction."""
    cpu: str
    arch: str
    vector_bits: int
    registers: int
    fma: bool

    @property
    def isa(self) -> str:
        """A name for the instruction set the kernels run on: AVX-512, AVX2, SSE, NEON, ..."""
        if self.arch in _X86:
            return {512: "AVX-512", 256: "AVX2" if self.fma else "AVX"}.get(self.vector_bits,
                                                                             "SSE")
        if self.arch in ("aarch64", "arm64"):
            return "NEON"
        return f"{self.arch} {self.vector_bits}-bit"

    @property
    def tile_channels(self) -> int:
        """Output channels a tile of 4 vectors holds at once: 4 with 32 vector registers, else 2
        (:mod:`tinyunet.fast.direct` then runs most 3x3 convolutions in tiles of 4 channels x 3
        vectors instead: :attr:`tile`)."""
        return 4 if self.registers >= 32 else 2

    @property
    def tile(self) -> str:
        """The 3x3 convolution's register tile, in words."""
        if self.tile_channels == 4:
            return "4 output channels x 4 vectors"
        return ("4 output channels x 3 vectors (2 x 4 on maps one vector wide and in the "
                "up-convolutions)")

    def lanes(self, dtype) -> int:
        """Lanes of a vector of ``dtype``: 16 float32 or 8 float64 at 512 bits."""
        return self.vector_bits // (8 * np.dtype(dtype).itemsize)

    def describe(self) -> str:
        """One line: ``AVX2 (znver3): 256-bit vectors, 16 registers, 3x3 tiles of 4 output
        channels x 3 vectors``."""
        return (f"{self.isa} ({self.cpu}): {self.vector_bits}-bit vectors, {self.registers} "
                f"registers, 3x3 tiles of {self.tile.split(' (')[0]}"
                + ("" if self.fma else ", no fused multiply-add"))


def numba_cpu() -> tuple[str, str]:
    """(CPU name, feature string) numba's JIT compiles for: ``NUMBA_CPU_NAME`` and
    ``NUMBA_CPU_FEATURES`` if set (an empty feature string means the named CPU's own), else
    the host's, as numba's own codegen reads them."""
    cpu = config.CPU_NAME or ll.get_host_cpu_name()
    features = (config.CPU_FEATURES if config.CPU_FEATURES is not None
                else codegen.get_host_cpu_features())
    return cpu, features


@lru_cache(maxsize=None)
def detect(cpu: str | None = None, features: str | None = None,
           triple: str | None = None) -> Target:
    """The :class:`Target` for LLVM CPU ``cpu`` with ``features`` (default: numba's own,
    :func:`numba_cpu`), read off the assembly LLVM emits for one 512-bit multiply-add.
    ``triple`` (default: this process's) lets a test ask about another machine, e.g.
    ``detect("neoverse-n1", "", "aarch64-unknown-linux-gnu")``: only assembly is made."""
    codegen.initialize_llvm()       # numba's own call: idempotent, as numba makes it anyway
    if cpu is None:
        cpu, features = numba_cpu()
    if triple is None:
        triple = ll.get_process_triple()
        llvm_target = ll.Target.from_default_triple()
    else:
        ll.initialize_all_targets()
        ll.initialize_all_asmprinters()
        llvm_target = ll.Target.from_triple(triple)
    machine = llvm_target.create_target_machine(cpu=cpu, features=features or "", opt=2)
    asm = machine.emit_assembly(ll.parse_assembly(_probe_module(triple))).lower()
    arch = triple.split("-")[0].lower()
    if "zmm" in asm:
        bits = 512
    elif "ymm" in asm:
        bits = 256
    else:
        bits = 128
    x86 = arch in _X86
    # x86: 32 vector registers with AVX-512 (zmm0-31, and ymm/xmm16-31), else 16; ARM64's
    # NEON and SVE have 32, and so do POWER's VSX (64) and RISC-V's V: 32 is the floor there
    registers = (32 if bits == 512 else 16) if x86 else 32
    fma = bool(re.search(r"\bv?fn?madd|\bfmla\b|\bxvmadd", asm))
    return Target(cpu=cpu, arch=arch, vector_bits=bits, registers=registers, fma=fma)


def host_cpu_model() -> str:
    """The host CPU's model name (``/proc/cpuinfo``; ``platform.processor()`` elsewhere)."""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith(("model name", "Model", "cpu model")):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _from_features() -> Target:
    """The target as numba's feature string and the machine name say, for an LLVM that
    cannot be asked (:func:`detect` failed): the same answers on the usual machines."""
    cpu, features = numba_cpu()
    flags = set((features or "").split(","))
    arch = platform.machine().lower()
    if arch in _X86:
        bits = 512 if "+avx512f" in flags else 256 if "+avx2" in flags else 128
        return Target(cpu, arch, bits, 32 if bits == 512 else 16, "+fma" in flags)
    return Target(cpu, arch, 128, 32, True)


try:
    TARGET = detect()
except Exception:             # noqa: BLE001 - an LLVM that cannot emit the probe: ask numba
    TARGET = _from_features()
VECTOR_BITS = TARGET.vector_bits
TILE_CHANNELS = TARGET.tile_channels
