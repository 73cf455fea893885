"""Where the per-article work runs: here, in local processes, or on a Dask cluster.

``pipeline.process`` is pure, so the only thing that changes between runners
is where it is called; the writer gets the outcomes back in input order and
stores them itself (one writer per store), which is why a parallel run stores
exactly what a serial run stores.

Runners are made from the command line's words: ``workers=N`` for N local
processes (``workers=1`` too: one process does the per-article work while
the writer stores); ``dask="tcp://host:8786"`` for a running Dask scheduler;
``dask="local:N"`` for a Dask LocalCluster of N worker processes started here.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from ..clean.article import Article
from ..errors import InputError, RasdError
from ..ingest.document import RawDocument
from ..store.prepared import Prepared, prepare

_PR_SET_PDEATHSIG = 1  # prctl option: the signal a process gets when its parent dies
# How far local worker processes lower their priority below the writer's (see ``_warm_worker``).
WORKER_NICENESS = 10
# A task that fails on a worker (the worker died) is tried again on another this many times.
DASK_RETRIES = 3


@dataclass(slots=True)
class Outcome:
    """The result of one document: an article and what storing it derives from it, or the reason there is none."""

    article: Article | None
    error: str | None = None
    prepared: Prepared | None = None


def process_outcome(document: RawDocument, annotate: bool = True, search_rows: bool = False) -> Outcome:
    """``pipeline.process`` with its expected failure turned into a value, so it crosses process borders;
    the store's derived values are computed here too, so a worker does them rather than the writer
    (``search_rows``: the search index's own row too, for a store that asks for it)."""
    from ..pipeline import process

    try:
        article = process(document, annotate)
    except InputError as error:
        return Outcome(None, str(error))
    return Outcome(article, prepared=prepare(article, search_rows))


def _process_many(documents: Sequence[RawDocument], annotate: bool, search_rows: bool = False) -> list[Outcome]:
    return [process_outcome(document, annotate, search_rows) for document in documents]


class Runner:
    """Runs ``process_outcome`` over documents, in order, here.

    ``map`` starts the work when called and returns the outcomes in input order as they are read;
    a runner whose work goes on elsewhere (``concurrent``) lets the caller store one batch while
    the next is processed.
    """

    name = "serial"
    concurrent = False

    def map(
        self, documents: Sequence[RawDocument], annotate: bool = True, search_rows: bool = False
    ) -> Iterator[Outcome]:
        return iter(_process_many(documents, annotate, search_rows))

    def close(self) -> None:
        pass

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ProcessRunner(Runner):
    """N local worker processes; each loads the model once and keeps it."""

    def __init__(self, workers: int) -> None:
        self.name = f"{workers} processes"
        self.workers = workers
        self._pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker)

    concurrent = True

    def map(
        self, documents: Sequence[RawDocument], annotate: bool = True, search_rows: bool = False
    ) -> Iterator[Outcome]:
        chunks = _split(documents, self.workers * 4)
        # Executor.map submits every chunk now; its results are read in order later.
        results = self._pool.map(_process_many, chunks, [annotate] * len(chunks), [search_rows] * len(chunks))
        return (outcome for outcomes in results for outcome in outcomes)

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)


class DaskRunner(Runner):
    """A Dask distributed cluster: an existing scheduler, or a LocalCluster started here."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:  # pragma: no cover - dask is a dependency
            raise RasdError("--dask needs the 'distributed' package") from error
        self._cluster = None
        if address.startswith("local"):
            count = address.partition(":")[2] or str(os.cpu_count() or 1)
            if not count.isdigit() or int(count) < 1:
                raise RasdError(f"--dask local:N takes a number of workers, not {count!r}")
            self._cluster = LocalCluster(
                n_workers=int(count), threads_per_worker=1, processes=True, dashboard_address=None
            )
            self.name = f"dask LocalCluster of {count} workers"
            self._client = Client(self._cluster)
            self._client.run(_step_back)  # they share this machine's CPUs with the writer
        else:
            try:
                self._client = Client(address, timeout="10s")
            except OSError as error:
                raise RasdError(f"cannot reach the Dask scheduler at {address}: {error}") from error
            self.name = f"dask scheduler {address}"
        self._parts = max(1, sum(self._client.nthreads().values())) * 4

    concurrent = True

    def map(
        self, documents: Sequence[RawDocument], annotate: bool = True, search_rows: bool = False
    ) -> Iterator[Outcome]:
        chunks = _split(documents, self._parts)
        futures = self._client.map(
            _process_many, chunks, [annotate] * len(chunks), [search_rows] * len(chunks),
            retries=DASK_RETRIES, pure=False,
        )
        # Gathered in submission order: the writer stores them as a serial run would.
        return (outcome for future in futures for outcome in future.result())

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_runner(workers: int | None = None, dask: str | None = None) -> Runner:
    """The runner the options ask for; the serial one by default."""
    if workers is not None and dask is not None:
        raise RasdError("choose --workers or --dask, not both")
    if dask:
        return DaskRunner(dask)
    if workers is not None and workers < 1:
        raise RasdError(f"--workers takes a number of processes (1 or more), not {workers}")
    if workers:
        # Even one worker process helps: it processes the next batch while this process stores the last.
        return ProcessRunner(workers)
    return Runner()


def _split(items: Sequence, parts: int) -> list[list]:
    """``items`` in at most ``parts`` contiguous, nearly equal chunks."""
    if not items:
        return []
    size = -(-len(items) // max(1, parts))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _warm_worker() -> None:
    """Stop with the process that started this worker, yield the CPU to it, and load the model before the
    first task.

    The single writer (and a local database server) paces a run; on a machine with as many workers as
    cores, workers at equal priority take its CPU time and slow the whole run down, so they step back.
    """
    _die_with_parent()
    _step_back()
    from ..nlp.ner import load_recognizer

    try:
        load_recognizer()
    except RasdError:
        pass  # a missing model is reported by the task that needs it


def _step_back() -> None:
    """Lower this process's scheduling priority (Unix ``nice``) by ``WORKER_NICENESS``."""
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):
        pass


def _die_with_parent() -> None:
    """On Linux, ask for SIGTERM when the parent dies, so a killed ``rasd ingest`` (even ``kill -9``) leaves no
    worker behind still processing its batch."""
    # A worker forked from ``rasd ingest`` inherits its SIGTERM handler, which turns the signal into a
    # KeyboardInterrupt; the pool catches that as a task's error and the worker waits on for work that never
    # comes. In a worker, SIGTERM ends it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
