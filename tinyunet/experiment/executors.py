"""Who runs a sweep's runs: one after another in this process, or as tasks on a Dask cluster.

The sweep hands an executor a list of :class:`Task` (a unique key, a function, its plain-value
arguments, an estimated cost and a batch) and reads :class:`Outcome` objects back as runs finish.
Both executors start the tasks batch by batch (a sweep's first repeat first, so a sweep cut short
holds whole repeats), the costliest first within a batch, and pin every run to
``threads_per_run`` threads: numba's kernels and BLAS (in the run's own worker process or loop).

* :class:`SequentialExecutor`: the plain loop, in this process. A task that raises is reported
  and the loop goes on.
* :class:`DaskExecutor`: Dask distributed (``pip install "tinyunet[distributed]"``), either a
  local cluster of ``workers`` processes on this machine or an existing scheduler at
  ``scheduler`` (``dask scheduler`` + ``dask worker`` by hand, dask-jobqueue, Kubernetes). Each
  task has a unique key and ``retries`` retries; a task whose worker dies is re-run by the
  scheduler on another worker (up to Dask's ``allowed-failures``). Dask is imported only here,
  only when this executor is built.
"""

from __future__ import annotations

import os
import socket
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator


class ExecutorError(RuntimeError):
    """The executor cannot run: Dask missing, no scheduler, no worker; the message says what."""


@dataclass(frozen=True)
class Task:
    key: str
    fn: Callable
    args: tuple
    cost: float = 1.0
    batch: int = 0      # tasks of an earlier batch start first (e.g. a sweep's repeat)


@dataclass
class Outcome:
    key: str
    result: Any = None
    error: str | None = None        # "ExceptionType: message" when every try failed


def worker_name() -> str:
    """``host:pid`` of the process running this code (for error messages)."""
    return f"{socket.gethostname()}:{os.getpid()}"


@contextmanager
def pinned_threads(threads: int | None):
    """Run the body with numba and BLAS held to ``threads`` threads (None: as they are)."""
    if threads is None:
        yield
        return
    import numba
    from threadpoolctl import threadpool_limits
    threads = max(1, min(int(threads), numba.config.NUMBA_NUM_THREADS))
    before = numba.get_num_threads()
    numba.set_num_threads(threads)
    try:
        with threadpool_limits(limits=threads, user_api="blas"):
            yield
    finally:
        numba.set_num_threads(before)


def run_pinned(fn: Callable, threads: int | None, *args):
    """``fn(*args)`` under :func:`pinned_threads` (module level, so Dask can ship it)."""
    with pinned_threads(threads):
        return fn(*args)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _by_cost(tasks: list[Task]) -> list[Task]:
    keys = [t.key for t in tasks]
    if len(set(keys)) != len(keys):
        raise ValueError("task keys must be unique")
    return sorted(tasks, key=lambda t: (t.batch, -t.cost))


class _Executor:
    """What both executors share: ``with executor:`` closes it (its cluster, if any) after."""

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class SequentialExecutor(_Executor):
    """Runs the tasks one after another in this process (the default)."""

    def __init__(self, threads_per_run: int | None = None):
        self.threads_per_run = threads_per_run

    def describe(self) -> str:
        threads = self.threads_per_run or "all"
        return f"sequential, {threads} thread(s) per run"

    def map(self, tasks: list[Task]) -> Iterator[Outcome]:
        for task in _by_cost(tasks):
            try:
                yield Outcome(task.key, run_pinned(task.fn, self.threads_per_run, *task.args))
            except Exception as exc:   # noqa: BLE001 - reported by name, the others go on
                yield Outcome(task.key, error=_describe(exc))


class DaskExecutor(_Executor):
    """Runs each task as one Dask task: on a local cluster of ``workers`` processes (one run at
    a time each, ``threads_per_run`` threads per run; listening on 127.0.0.1 only), or on the
    cluster behind ``scheduler`` (``tls://HOST:8786`` with the client's ``security``, see
    :mod:`tinyunet.experiment.security`), or through a ready ``client``."""

    def __init__(self, workers: int | None = None, threads_per_run: int = 1,
                 scheduler: str | None = None, retries: int = 1, client=None,
                 connect_timeout: float = 60.0, security=None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ExecutorError('Dask distributed is not installed: pip install '
                               '"tinyunet[distributed]" (or run without --workers/--scheduler)'
                               ) from None
        if retries < 0:
            raise ValueError(f"retries must be at least 0, got {retries}")
        self.threads_per_run, self.retries = threads_per_run, retries
        self._cluster = None
        self._own_client = client is None
        if client is not None:
            self.client = client
            self.where = f"client {client.scheduler.address}"
        elif scheduler:
            try:
                self.client = Client(scheduler, timeout=connect_timeout, security=security)
            except (OSError, ValueError, TypeError) as exc:
                # (a TLS handshake refused, a certificate from another CA, no scheduler there)
                raise ExecutorError(f"cannot connect to the Dask scheduler at {scheduler}: "
                                    f"{exc}; is it running, and do its certificates and this "
                                    "client's come from one CA?") from None
            self.where = f"scheduler {scheduler}"
        else:
            if not workers or workers < 1:
                raise ValueError(f"a local cluster needs at least 1 worker, got {workers}")
            import logging
            # on this machine's loopback interface only: the scheduler, the workers and the
            # dashboard (tests/test_sweep_tls.py checks every address)
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                         processes=True, host="127.0.0.1",
                                         dashboard_address="127.0.0.1:0",
                                         silence_logs=logging.ERROR)
            self.client = Client(self._cluster)
            self.where = f"local cluster of {workers} worker process(es)"
        if self._cluster is None:
            try:
                self.client.wait_for_workers(1, timeout=connect_timeout)
            except TimeoutError:
                raise ExecutorError(f"no Dask worker joined {self.where} within "
                                   f"{connect_timeout:.0f} s; start workers with "
                                   "`dask worker ADDRESS --nthreads 1`") from None

    def describe(self) -> str:
        return f"Dask, {self.where}, {self.threads_per_run} thread(s) per run"

    def map(self, tasks: list[Task]) -> Iterator[Outcome]:
        from distributed import as_completed
        ordered = _by_cost(tasks)
        key_of = {}
        # Each submission gets a key of its own: on a scheduler that outlives one sweep, a key
        # seen before (the same run name, another sweep's --out, a just-released future)
        # would hand back that earlier task's result instead of running this one.
        batch = uuid.uuid4().hex[:8]
        for rank, task in enumerate(ordered):
            future = self.client.submit(run_pinned, task.fn, self.threads_per_run, *task.args,
                                        key=f"tinyunet-{task.key}-{batch}", pure=False,
                                        retries=self.retries, priority=len(ordered) - rank)
            key_of[future] = task.key
        for future in as_completed(list(key_of)):
            key = key_of.pop(future)
            try:
                yield Outcome(key, future.result())
            except Exception as exc:   # noqa: BLE001 - reported by name, the others go on
                yield Outcome(key, error=_describe(exc))
            finally:
                future.release()

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()
