"""Whole-ingest throughput (names, quotations, events, near-duplicates, stories) with 1 and 2 workers, into
SQLite and PostgreSQL, locally and on a Dask LocalCluster.

    python benchmarks/scale.py --limit 1500           # the first N SaudiNewsNet articles from ../shared
    python benchmarks/scale.py --limit 1500 --pg postgresql://user@host/db_prefix   # an existing server

Without ``--pg``, a throwaway PostgreSQL cluster is started from Debian's binaries (as the tests do),
and skipped with a note when they are absent. Each run ingests the same unpacked articles into a fresh
store; prints articles/s per run and the speed-up of 2 workers over 1, and writes
benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from ingest import unpack_archive

from rasd.ingest.sources import SourceOptions
from rasd.scale import make_runner
from rasd.store import open_store
from rasd.workflow import ingest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

# "serial" does everything in this process; with workers, the per-article work runs in them while this
# process stores the previous batch.
RUNS = (
    ("sqlite", "serial", {}),
    ("sqlite", "1 process", {"workers": 1}),
    ("sqlite", "2 processes", {"workers": 2}),
    ("sqlite", "dask local:1", {"dask": "local:1"}),
    ("sqlite", "dask local:2", {"dask": "local:2"}),
    ("postgresql", "serial", {}),
    ("postgresql", "1 process", {"workers": 1}),
    ("postgresql", "2 processes", {"workers": 2}),
)
# Speed-ups reported: (run, over run).
_SPEEDUPS = (("2 processes", "1 process"), ("dask local:2", "dask local:1"), ("2 processes", "serial"),
             ("dask local:2", "serial"), ("1 process", "serial"))


def _databases(pg: str | None):
    """A function giving a fresh PostgreSQL URL per run, and a cleanup; (None, None) without PostgreSQL."""
    if pg:
        counter = iter(range(1, 100))
        return (lambda: f"{pg}_{next(counter)}"), (lambda: None)
    from postgres_cluster import Cluster, find_binaries

    binaries = find_binaries()
    if binaries is None:
        return None, None
    cluster = Cluster(binaries)
    cluster.start()
    return cluster.new_database, cluster.stop


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=1500, help="How many SaudiNewsNet articles (0: all).")
    parser.add_argument("--only", action="append", help="Run only this backend or run name (repeatable),"
                        " e.g. --only sqlite --only '2 processes'.")
    parser.add_argument("--pg", help="Prefix of PostgreSQL database URLs to create runs in (default: a local cluster).")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "scale.json")
    args = parser.parse_args()
    new_database, stop = _databases(args.pg)
    results = []
    try:
        with tempfile.TemporaryDirectory() as temp:
            folder = Path(temp) / "articles"
            folder.mkdir()
            articles, _ = unpack_archive(folder, args.limit or None)
            if not articles:
                raise SystemExit("the SaudiNewsNet archive is not in ../shared")
            for backend, label, options in RUNS:
                if args.only and not {backend, label} & set(args.only):
                    continue
                if backend == "postgresql" and new_database is None:
                    print(f"{backend} {label}: skipped (no PostgreSQL binaries)", file=sys.stderr)
                    continue
                location = new_database() if backend == "postgresql" else str(Path(temp) / f"{len(results)}.db")
                with open_store(location) as store, make_runner(**options) as runner:
                    started = time.perf_counter()
                    report = ingest(store, [str(folder)], SourceOptions(max_input_bytes=512 << 20), runner=runner)
                    seconds = time.perf_counter() - started
                rate = len(report.new) / seconds
                results.append({"backend": backend, "run": label, "articles": len(report.new),
                                "seconds": round(seconds, 1), "articles_per_second": round(rate, 1)})
                print(f"{backend:10} {label:13} {len(report.new)} articles in {seconds:6.1f} s: {rate:5.1f}/s",
                      file=sys.stderr)
    finally:
        if stop:
            stop()
    by = {(r["backend"], r["run"]): r["articles_per_second"] for r in results}
    summary = {
        f"{backend} speed-up, {run} over {base}": round(by[(backend, run)] / by[(backend, base)], 2)
        for backend in ("sqlite", "postgresql") for run, base in _SPEEDUPS
        if (backend, run) in by and (backend, base) in by
    }
    for run in ("serial", "1 process", "2 processes"):
        if ("postgresql", run) in by and ("sqlite", run) in by:
            summary[f"postgresql / sqlite, {run}"] = round(by[("postgresql", run)] / by[("sqlite", run)], 2)
    for name, value in summary.items():
        print(f"{name}: {value}", file=sys.stderr)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({"runs": results, "summary": summary, "cpus": os.cpu_count(),
                                       "python": platform.python_version()}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
