"""An opt-in for a whole process: keep freed memory, so that each step reuses the last step's pages.

glibc hands every block over 32 MB (and, with its default dynamic thresholds, many smaller ones)
straight back to the kernel when it is freed, so memory allocated again gets fresh pages and pays
a page fault for every 4 KB it touches. tinyunet's training loop avoids that by itself: its steps
draw their large arrays from a :class:`tinyunet.workspace.Workspace`, kept from step to step, and
no tinyunet command or import changes the allocator.

:func:`keep_freed_memory` is the process-wide alternative, for a program that wants it for all
of its code (PyTorch's included): it asks glibc (``mallopt``) to serve large blocks from its heap
and never to give freed memory back, until the process ends. The benchmarks make this call for
both frameworks when they compare them under a tuned allocator (``benchmarks/bench_unet.py``).
On systems without glibc it does nothing. The measured effects are in docs/benchmarks.md
("Numbers behind the code's choices").
"""

from __future__ import annotations

import ctypes
import ctypes.util

M_TRIM_THRESHOLD = -1          # glibc's mallopt parameter numbers (malloc.h)
M_MMAP_THRESHOLD = -3

_applied = False


def keep_freed_memory(threshold: int = 1 << 40) -> bool:
    """Serve allocations up to ``threshold`` bytes from the heap and keep what is freed there.

    Returns True when glibc accepted both settings.
    """
    global _applied
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    limit = min(threshold, 2**31 - 1)
    _applied = bool(mallopt(M_MMAP_THRESHOLD, limit)) and bool(mallopt(M_TRIM_THRESHOLD, limit))
    return _applied


def applied() -> bool:
    """Whether :func:`keep_freed_memory` took effect in this process."""
    return _applied

