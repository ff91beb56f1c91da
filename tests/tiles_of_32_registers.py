"""A pytest plugin (``-p tiles_of_32_registers``) that compiles the kernels with the register tiles
of a CPU with 32 vector registers (4 output channels; ARM64's NEON and AVX-512 have 32) whatever
the CPU numba compiles for, so that an x86 machine with 16 checks those tiles' results too
(slowly: they spill there). ``tests/test_target.py`` runs the kernel tests with it at SSE's 128
bits, the layout NEON gets.

It must load before anything imports tinyunet (the kernels read ``TILE_CHANNELS`` at import),
and it refuses to run without a ``NUMBA_CACHE_DIR`` of its own: numba's cache key sees the CPU,
not this choice, so a shared cache would hand these kernels to a normal process, or the reverse.
"""
import importlib.util
import os
import sys

if "tinyunet" in sys.modules:
    raise RuntimeError("tiles_of_32_registers must load before tinyunet is imported")
if not os.environ.get("TINYUNET_OWN_NUMBA_CACHE") or not os.environ.get("NUMBA_CACHE_DIR"):
    raise RuntimeError("tiles_of_32_registers needs its own NUMBA_CACHE_DIR (and "
                       "TINYUNET_OWN_NUMBA_CACHE=1 to say so)")

_spec = importlib.util.find_spec("tinyunet")
_package = importlib.util.module_from_spec(_spec)
sys.modules["tinyunet"] = _package
from tinyunet.fast import target  # noqa: E402  (the subpackage alone, before the package body)

target.TILE_CHANNELS = 4
_spec.loader.exec_module(_package)     # now the package itself, whose kernels read the 4
