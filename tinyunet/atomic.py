"""Files written whole or not at all.

Every file the library writes for someone to read back (checkpoints, histories, run and
sweep records, tables, figures, the explorer's index, chapter 8's generated section) is written
through it: such files are rewritten while something may read them (a resumed run, a second
worker of the sweep, the report of a sweep still running, a learner's second terminal), and a
process may be killed mid-write. ``atomic_write`` writes to a temporary file beside the
target, flushes it to the disk and renames it onto the target (``os.replace``, atomic on POSIX
and Windows within one file system), so a reader sees the old file or the new one, never a
part of either.

- The temporary file is named for this process and thread (``.NAME.PID.THREAD.tmp``), so two
  writers of the same target (two workers, two threads) never write into each other's file:
  the last rename wins, and each rename puts a whole file in place.
- On an error inside the ``with`` block the temporary file is removed and the target is left as
  it was.
- A run killed mid-write leaves only its ``.*.tmp`` file, which a resumed run removes
  (``runs.train_run``).
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path


def temporary_path(path) -> Path:
    """The temporary file beside ``path`` that this process and thread write before renaming."""
    path = Path(path)
    return path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")


@contextmanager
def atomic_write(path, mode: str = "w", newline: str | None = None):
    """Open a temporary file for writing; on a clean exit put it in place of ``path``.

    ``mode`` is ``"w"`` (text; ``newline=""`` for the csv module) or ``"wb"`` (bytes, e.g. for
    ``np.savez``). Yields the open file. The folder of ``path`` must exist.

    >>> with atomic_write("results.csv", newline="") as fh:       # doctest: +SKIP
    ...     csv.writer(fh).writerows(rows)
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write opens files with mode 'w' or 'wb', not {mode!r}")
    path = Path(path)
    tmp = temporary_path(path)
    try:
        with open(tmp, mode, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_text_atomically(path, text: str) -> None:
    """``Path(path).write_text(text)``, whole or not at all (:func:`atomic_write`)."""
    with atomic_write(path) as fh:
        fh.write(text)


def write_bytes_atomically(path, data: bytes) -> None:
    """``Path(path).write_bytes(data)``, whole or not at all (:func:`atomic_write`)."""
    with atomic_write(path, "wb") as fh:
        fh.write(data)
