"""Keep freed memory in the process, so that each training step reuses the last step's pages.

A training step allocates and frees the same few hundred megabytes of activations and gradients
every time. glibc hands every block over 32 MB (and, with its default dynamic thresholds, many
smaller ones) straight back to the kernel when it is freed, so the next step gets fresh pages and
pays a page fault for every 4 KB it touches: a noticeable share of a step on a 2-core machine.

:func:`keep_freed_memory` asks glibc (``mallopt``) to serve large blocks from its heap and not to
give freed memory back. That is a setting of the whole process: importing tinyunet never makes
it. The ``tinyunet train`` and ``tinyunet sweep`` commands, whose processes are their own, call
it when they start (``TINYUNET_KEEP_FREED_MEMORY=0`` turns that off), and a program of your own
may call it too; it stays in force until the process ends. Freed memory then stays resident, and
because freed blocks of one size are not always reusable for the next request, the peak grows a
little over the first steps. On systems without glibc it does nothing. The measured gain and
cost are in docs/benchmarks.md ("Numbers behind the code's choices").

Measure it: ``python benchmarks/profile_step.py`` prints page faults and system time per step.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

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



def keep_freed_memory_unless_disabled() -> bool:
    """:func:`keep_freed_memory` unless the environment sets ``TINYUNET_KEEP_FREED_MEMORY=0``
    (for the command line's entry points and the benchmarks, which own their processes)."""
    if os.environ.get("TINYUNET_KEEP_FREED_MEMORY", "1") == "0":
        return False
    return keep_freed_memory()
