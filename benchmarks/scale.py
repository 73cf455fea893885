"""Whole-ingest throughput (names, quotations, events, near-duplicates, stories) with 1 and 2 workers, into
SQLite and PostgreSQL, locally and on a Dask LocalCluster.

    python benchmarks/scale.py --limit 1500           # the first N SaudiNewsNet articles from ../shared
    python benchmarks/scale.py --limit 0              # all 30,676 with text (two hours on 2 cores)
    python benchmarks/scale.py --limit 1500 --pg postgresql://user@host/db_prefix   # an existing server
    python benchmarks/scale.py --only sqlite --only "postgresql/2 processes"          # some of the runs

Each run is a fresh Python process that ingests the same unpacked articles into a fresh store: a run
never inherits what an earlier one left (a process grown by a serial run, whose memory forked workers
would share; a database server still vacuuming and checkpointing an earlier store). Without ``--pg``,
each PostgreSQL run starts its own throwaway cluster from Debian's binaries (as the tests do), and is
skipped with a note when they are absent. Prints articles/s per run (also per 5,000 articles stored),
the CPU time the run's own process spent per article (with workers: the writer's share, which bounds a
run whatever its number of workers), and the speed-ups, and writes benchmarks/results/scale.json after
every run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
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
    ("postgresql", "serial", {}),
    ("postgresql", "1 process", {"workers": 1}),
    ("postgresql", "2 processes", {"workers": 2}),
    ("sqlite", "dask local:1", {"dask": "local:1"}),
    ("sqlite", "dask local:2", {"dask": "local:2"}),
    ("postgresql", "dask local:1", {"dask": "local:1"}),
    ("postgresql", "dask local:2", {"dask": "local:2"}),
)
# Throughput is also reported per this many stored articles, to show it does not fall as the store grows.
_SEGMENT = 5000
# Speed-ups reported: (run, over run).
_SPEEDUPS = (("2 processes", "1 process"), ("dask local:2", "dask local:1"), ("2 processes", "serial"),
             ("dask local:2", "serial"), ("1 process", "serial"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=1500, help="How many SaudiNewsNet articles (0: all).")
    parser.add_argument("--only", action="append", help="Run only the runs of this backend, run name or"
                        " backend/run (repeatable: any that matches), e.g. --only sqlite --only 'postgresql/serial'.")
    parser.add_argument("--pg", help="Prefix of PostgreSQL database URLs to create runs in (default: a local cluster).")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "scale.json")
    parser.add_argument("--one", nargs=2, metavar=("RUN", "FOLDER"), help=argparse.SUPPRESS)  # a run's own process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(int(args.one[0]), Path(args.one[1]), args.pg)))
        return 0
    results = []
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "articles"
        folder.mkdir()
        articles, _ = unpack_archive(folder, args.limit or None)
        if not articles:
            raise SystemExit("the SaudiNewsNet archive is not in ../shared")
        for number, (backend, label, _) in enumerate(RUNS):
            if args.only and not {backend, label, f"{backend}/{label}"} & set(args.only):
                continue
            command = [sys.executable, __file__, "--one", str(number), str(folder)]
            if args.pg:
                command += ["--pg", f"{args.pg}_{number}"]
            done = subprocess.run(command, stdout=subprocess.PIPE, text=True)
            if done.returncode != 0:
                print(f"{backend} {label}: failed (exit {done.returncode})", file=sys.stderr)
                continue
            result = json.loads(done.stdout.strip().splitlines()[-1])
            if result is None:
                print(f"{backend} {label}: skipped (no PostgreSQL binaries)", file=sys.stderr)
                continue
            results.append(result)
            segments = result[f"per_{_SEGMENT}_articles_per_second"]
            print(f"{backend:10} {label:13} {result['articles']} articles in {result['seconds']:6.1f} s:"
                  f" {result['articles_per_second']:5.1f}/s, {result['cpu_ms_per_article_in_this_process']} ms CPU"
                  " an article in the run's process" + (f" (by {_SEGMENT}: {segments})" if segments else ""),
                  file=sys.stderr, flush=True)
            _write(args.output, results)
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
    _write(args.output, results, summary)
    return 0


def one_run(number: int, folder: Path, pg: str | None) -> dict | None:
    """Run ``RUNS[number]`` into a fresh store (``pg``: its PostgreSQL URL; else a throwaway cluster of its
    own); None when PostgreSQL is asked for and absent."""
    backend, label, options = RUNS[number]
    stop = None
    if backend == "sqlite":
        location = str(folder.parent / f"{number}.db")
    elif pg:
        location = pg
    else:
        from postgres_cluster import Cluster, find_binaries

        binaries = find_binaries()
        if binaries is None:
            return None
        cluster = Cluster(binaries)
        cluster.start()
        location, stop = cluster.new_database(), cluster.stop
    try:
        marks: list[float] = []
        with open_store(location) as store, make_runner(**options) as runner:
            started, cpu = time.perf_counter(), time.process_time()
            report = ingest(store, [str(folder)], SourceOptions(max_input_bytes=512 << 20), runner=runner,
                            progress=_segment_timer(marks))
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        if stop:
            stop()
    # With workers, this process's CPU time is the writer's (and reading the inputs): what caps a run
    # however many workers it has.
    segments = [round(_SEGMENT / (b - a), 1) for a, b in zip([started, *marks], marks)]
    return {"backend": backend, "run": label, "articles": len(report.new), "seconds": round(seconds, 1),
            "articles_per_second": round(len(report.new) / seconds, 1),
            "cpu_ms_per_article_in_this_process": round(cpu / max(1, len(report.new)) * 1000, 2),
            f"per_{_SEGMENT}_articles_per_second": segments}


def _segment_timer(marks: list[float]):
    """A progress callback noting the time at every ``_SEGMENT``-th new article."""
    count = 0

    def heard(origin: str, status: str) -> None:
        nonlocal count
        if status == "new":
            count += 1
            if count % _SEGMENT == 0:
                marks.append(time.perf_counter())

    return heard


def _write(output: Path, results: list[dict], summary: dict | None = None) -> None:
    """Written after every run, so a long benchmark stopped midway keeps what it measured."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps({"runs": results, "summary": summary or {}, "cpus": os.cpu_count(),
                                  "python": platform.python_version()}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
