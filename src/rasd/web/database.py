"""The web app's way to the store: database work in worker threads, one connection per worker, a time limit.

A SQLite connection must not serve two threads at once, so the app keeps a small pool of
stores: a request borrows one in a worker thread (never on the event loop), runs its
queries under the time limit, and gives it back.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import TypeVar

from starlette.concurrency import run_in_threadpool

from ..store import Store, open_store

T = TypeVar("T")

# Seconds any one request's database work may take before it is stopped.
DEFAULT_QUERY_SECONDS = 5.0


class Database:
    """A pool of open stores over one location; ``await db.run(work)`` calls ``work(store)`` off the loop."""

    def __init__(self, location: str, query_seconds: float | None = DEFAULT_QUERY_SECONDS, size: int = 8) -> None:
        self.location = location
        self.query_seconds = query_seconds
        # Opening the first store applies any pending migration, so the workers only read.
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self._idle.put(open_store(location))
        self._open = 1
        self._size = size
        self._lock = threading.Lock()

    def _borrow(self) -> Store:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            grow = self._open < self._size
            self._open += grow
        if not grow:
            return self._idle.get()
        try:
            return open_store(self.location)
        except BaseException:
            with self._lock:
                self._open -= 1
            raise

    def call(self, work: Callable[[Store], T]) -> T:
        """Run ``work`` on a borrowed store in this thread, under the time limit."""
        store = self._borrow()
        try:
            with store.time_limit(self.query_seconds):
                return work(store)
        finally:
            self._idle.put(store)

    async def run(self, work: Callable[[Store], T]) -> T:
        """Run ``work(store)`` in a worker thread, so the event loop keeps serving other requests."""
        return await run_in_threadpool(self.call, work)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
