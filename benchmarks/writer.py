"""The single writer's own cost: storing and linking articles processed beforehand, SQLite against PostgreSQL.

    python benchmarks/writer.py --limit 600          # the first N SaudiNewsNet articles from ../shared
    python benchmarks/writer.py --limit 600 --pg postgresql://user@host/rasd_writer   # empty databases _1 and _2

Articles are processed once (not timed), then stored into a fresh store per backend, a batch of 200 per
transaction as ``rasd ingest`` stores them, twice: with the values a worker derives for the store
(``store.prepared``; what ``--workers``/``--dask`` runs do) and without (the store derives them; a serial
run does that work in the same process). Prints milliseconds per article and, on PostgreSQL, statements
sent and results waited for per article (each wait is a round trip to the server). Writes
benchmarks/results/writer.json. Without ``--pg`` a throwaway PostgreSQL cluster is started, as the tests do.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from ingest import unpack_archive
from scale import throwaway_databases

from rasd.ingest.document import RawDocument
from rasd.ingest.sources import SourceOptions, iter_inputs
from rasd.pipeline import process
from rasd.store import open_store
from rasd.store.prepared import prepare

ROOT = Path(__file__).resolve().parent.parent
_BATCH = 200


class _Counting:
    """Wraps a PostgreSQL store's connection to count statements and the results read back."""

    def __init__(self, connection) -> None:
        self.connection, self.statements, self.waits = connection, 0, 0

    def __getattr__(self, name):
        return getattr(self.connection, name)

    def execute(self, sql, params=()):
        self.statements += 1
        cursor = self.connection.execute(sql, params)
        if cursor.lastrowid is not None:
            self.waits += 1
        return _CountedCursor(cursor, self)

    def executemany(self, sql, rows):
        rows = list(rows)
        self.statements += len(rows)
        return self.connection.executemany(sql, rows)


class _CountedCursor:
    def __init__(self, cursor, counter: _Counting) -> None:
        self.cursor, self.counter, self.lastrowid = cursor, counter, cursor.lastrowid

    def _read(self):
        self.counter.waits += 1
        return self.cursor

    def fetchone(self):
        return self._read().fetchone()

    def fetchall(self):
        return self._read().fetchall()

    def __iter__(self):
        return iter(self._read())

    @property
    def rowcount(self):
        return self.cursor.rowcount


def _store_all(location: str, items: list, prepared: bool) -> dict:
    with open_store(location) as store:
        counter = None
        if not location.endswith(".db"):
            counter = store._db = _Counting(store._db)
        started = time.perf_counter()
        for first in range(0, len(items), _BATCH):
            with store.transaction():
                for document, article, values in items[first : first + _BATCH]:
                    # A worker builds what this store asks for (PostgreSQL: its search index row too).
                    store.save(document, article, values[store.search_rows] if prepared else None)
        seconds = time.perf_counter() - started
    result = {"ms_per_article": round(seconds / len(items) * 1000, 2)}
    if counter is not None:
        result["statements_per_article"] = round(counter.statements / len(items), 1)
        result["waits_per_article"] = round(counter.waits / len(items), 1)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=600, help="How many SaudiNewsNet articles.")
    parser.add_argument("--pg", help="Prefix of the URLs of two empty PostgreSQL databases, PREFIX_1 and PREFIX_2"
                        " (default: a throwaway local cluster).")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "writer.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "articles"
        folder.mkdir()
        if not unpack_archive(folder, args.limit)[0]:
            raise SystemExit("the SaudiNewsNet archive is not in ../shared")
        documents = [d for d in iter_inputs([str(folder)], SourceOptions(max_input_bytes=512 << 20))
                     if isinstance(d, RawDocument)]
        items = []
        for document in documents:
            article = process(document)
            items.append((document, article, {rows: prepare(article, rows) for rows in (False, True)}))
        started = time.perf_counter()
        for _, article, _ in items:
            prepare(article)
        prepare_ms = (time.perf_counter() - started) / len(items) * 1000
        databases, stop = throwaway_databases(args.pg)
        results = {"articles": len(items), "prepare_ms_per_article": round(prepare_ms, 2)}
        try:
            for backend in ("sqlite", "postgresql"):
                if backend == "postgresql" and databases is None:
                    print("postgresql: skipped (no PostgreSQL binaries)", file=sys.stderr)
                    continue
                for prepared in (True, False):
                    location = str(Path(temp) / f"{prepared}.db") if backend == "sqlite" else databases()
                    result = _store_all(location, items, prepared)
                    name = f"{backend}, {'prepared by a worker' if prepared else 'derived by the store'}"
                    results[name] = result
                    print(f"{name:42} {result}", file=sys.stderr)
        finally:
            if stop:
                stop()
    print(f"deriving the store's values (store.prepared): {prepare_ms:.2f} ms an article", file=sys.stderr)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
