"""A workspace: the large arrays of a training step, kept from one step to the next.

A training step allocates the same arrays every time: each layer's output, each input gradient,
pooling indices, concatenations. Freed and allocated again, a large array comes back as fresh
pages from the operating system (glibc maps every block over 32 MB, and often smaller ones, on
its own and returns it when freed), and the first touch of every 4 KB page is a page fault: a
noticeable share of a step on a small machine. A :class:`Workspace` keeps those arrays instead,
and hands a kept one out again when nothing else holds it any more.

**When is a kept array free?** When the workspace's own reference is the only one left: no
layer's cache, no caller, no view (a NumPy view holds a reference to the array it looks into)
can reach its memory. CPython's reference count says exactly that, so the workspace needs no
bookkeeping from the layers: a kernel asks :func:`empty` for its output where it used to call
``np.empty``, and the array returns to the workspace when the last reference to it goes. An
array someone keeps (a prediction collected in a list, a feature map saved for a figure) is never
handed out again while it is held.

Arrays are kept as flat byte buffers and handed out by best fit: the smallest free buffer that is
large enough and, by default, not more than twice the request (``max_waste``), so one buffer serves
arrays of any shape and dtype. The workspace therefore holds a little more than the most bytes ever
alive at once (depth 4 x 16, batch 8: 550 MiB kept for at most 490 MiB alive). Arrays under
``min_bytes`` are left to the allocator, which recycles small blocks well on its own.

Nothing changes in the host process: a workspace is active only inside ``with workspace:``
(this thread or task only, a context variable), and outside every :func:`empty` is a plain
``np.empty``. The training loop owns one (:class:`tinyunet.train.TrainSession`), uses it for
every step, and releases it when training ends; :meth:`Workspace.release` frees everything at
once.

Measure it: ``python benchmarks/step_time.py --workspace off`` against ``on`` (the default).
"""

from __future__ import annotations

import sys
import threading
from contextvars import ContextVar

import numpy as np

# Arrays smaller than this go to the allocator: glibc serves them from its heap and reuses
# freed ones, so keeping them would only cost memory.
MIN_BYTES = 1 << 20

# The workspaces of the ``with`` blocks open in this thread or task, innermost (the active one)
# last. A context variable, so that two threads or tasks that enter one workspace each have
# their own stack and leave their own block.
_entered: ContextVar[tuple] = ContextVar("tinyunet_workspace_entered", default=())


def _refcount_when_free() -> int:
    """What ``sys.getrefcount`` says of a kept array that nothing else references, measured in
    the same loop shape as :meth:`Workspace.empty` (the count differs between Python versions)."""
    kept = [np.empty(0)]
    for array in kept:
        return sys.getrefcount(array)


_FREE = _refcount_when_free()


class Workspace:
    """Large arrays kept across training steps as byte buffers, reused by best fit; see the
    module docstring.

    ``with workspace:`` makes it the one :func:`empty` and :func:`zeros` draw from (in this
    thread or task); leaving the block keeps the arrays for the next ``with``, and
    :meth:`release` drops them.
    """

    def __init__(self, min_bytes: int = MIN_BYTES, max_waste: float = 0.5):
        self.min_bytes = min_bytes
        self.max_waste = max_waste
        self._kept: list[np.ndarray] = []      # flat byte buffers, smallest first
        self._lock = threading.Lock()          # one thread at a time picks or adds a buffer
        self.hits = 0        # requests served by a kept buffer
        self.misses = 0      # requests that allocated a new one

    def empty(self, shape, dtype=np.float32) -> np.ndarray:
        """An uninitialised array of ``shape`` and ``dtype``: a view of the smallest kept buffer
        that nothing else references and that is large enough (but wastes at most
        ``max_waste`` of itself), or of a new buffer that the workspace keeps from now on."""
        shape = tuple(int(s) for s in shape)
        dtype = np.dtype(dtype)
        nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
        if nbytes < self.min_bytes:
            return np.empty(shape, dtype)
        # One thread at a time searches and changes the list. (Under CPython's GIL a buffer
        # being checked by one thread already counts one reference more for every other, so
        # two threads cannot both find it free; the lock makes that hold without a GIL too,
        # and keeps a search from reading the list while another thread adds to it.)
        with self._lock:
            for buffer in self._kept:
                if (buffer.nbytes >= nbytes and nbytes >= (1 - self.max_waste) * buffer.nbytes
                        and sys.getrefcount(buffer) <= _FREE):  # only the workspace refers to it
                    self.hits += 1
                    return _view(buffer, shape, dtype, nbytes)
            buffer = np.empty(nbytes, np.uint8)
            self._kept = sorted(self._kept + [buffer], key=lambda b: b.nbytes)
            self.misses += 1
            return _view(buffer, shape, dtype, nbytes)

    def zeros(self, shape, dtype=np.float32) -> np.ndarray:
        """:meth:`empty`, filled with zeros."""
        array = self.empty(shape, dtype)
        array.fill(0)
        return array

    @property
    def nbytes(self) -> int:
        """Bytes the workspace keeps (in use or free)."""
        return sum(b.nbytes for b in self._kept)

    def release(self) -> None:
        """Drop every kept array; arrays still referenced elsewhere live on as ordinary arrays."""
        with self._lock:
            self._kept = []

    def __enter__(self) -> "Workspace":
        _entered.set(_entered.get() + (self,))
        return self

    def __exit__(self, *exc) -> None:
        *outer, innermost = _entered.get()
        if innermost is not self:
            raise RuntimeError("Workspace: 'with' blocks left in another order than entered")
        _entered.set(tuple(outer))

    def __repr__(self) -> str:
        return (f"Workspace({len(self._kept)} buffers, {self.nbytes / 2**20:.1f} MiB, "
                f"{self.hits} reused, {self.misses} allocated)")


def _view(buffer: np.ndarray, shape: tuple, dtype: np.dtype, nbytes: int) -> np.ndarray:
    """The first ``nbytes`` of a flat byte buffer as an array of ``shape`` and ``dtype`` (a view,
    so it holds a reference to ``buffer`` for as long as it lives)."""
    return buffer[:nbytes].view(dtype).reshape(shape)


def active() -> Workspace | None:
    """The workspace of the innermost ``with workspace:`` in this thread or task, or None."""
    entered = _entered.get()
    return entered[-1] if entered else None


def empty(shape, dtype=np.float32) -> np.ndarray:
    """``np.empty(shape, dtype)``, from the active workspace when there is one."""
    ws = active()
    return np.empty(shape, dtype) if ws is None else ws.empty(shape, dtype)


def zeros(shape, dtype=np.float32) -> np.ndarray:
    """``np.zeros(shape, dtype)``, from the active workspace when there is one."""
    ws = active()
    return np.zeros(shape, dtype) if ws is None else ws.zeros(shape, dtype)
