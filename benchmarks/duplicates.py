"""Near-duplicate grouping at store time: does its per-article cost stay flat as the store grows?

    python benchmarks/duplicates.py               # the SaudiNewsNet archive in ../shared (31,030 articles)
    python benchmarks/duplicates.py --limit 5000  # a quicker run

Ingests the archive (cleaning only, no NER) into a fresh SQLite store through ``rasd.workflow.ingest``
and times the near-duplicate step (signature, band look-ups, candidate checks, group merge) of every
article. Prints mean milliseconds per article for each slice of 1,000 articles, and writes them to
benchmarks/results/duplicates.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import ARCHIVE, unpack_archive  # noqa: E402

from rasd.store import SQLiteStore, open_store  # noqa: E402
from rasd.workflow import ingest  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "duplicates.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    args = parser.parse_args()
    if not ARCHIVE.is_dir():
        sys.exit(f"SaudiNewsNet is absent (looked in {ARCHIVE})")
    timings: list[float] = []
    original = SQLiteStore._group_near_duplicates

    def timed(self, article_id: int, text: str) -> int:
        started = time.perf_counter()
        try:
            return original(self, article_id, text)
        finally:
            timings.append(time.perf_counter() - started)

    SQLiteStore._group_near_duplicates = timed
    with tempfile.TemporaryDirectory() as folder:
        articles, size = unpack_archive(Path(folder), args.limit)
        db = Path(folder) / "bench.db"
        started = time.perf_counter()
        with open_store(db) as store:
            report = ingest(store, [str(p) for p in sorted(Path(folder).glob("*.json"))], annotate=False)
            groups = len(store.duplicate_group_list(limit=1_000_000))
        total = time.perf_counter() - started
    slices = [
        {"articles_stored": end, "ms_per_article": 1000 * sum(timings[end - 1000 : end]) / 1000}
        for end in range(1000, len(timings) + 1, 1000)
    ]
    for row in slices:
        if row["articles_stored"] in (1000, 10000, 30000) or row["articles_stored"] % 5000 == 0:
            print(f"{row['articles_stored']:>6} stored: {row['ms_per_article']:.2f} ms per article (last 1,000)")
    result = {
        "articles": len(report.new), "groups_with_copies": groups, "ingest_seconds": round(total, 1),
        "duplicate_step_seconds": round(sum(timings), 1), "slices": slices,
        "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}",
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"{len(report.new)} articles in {total:.0f} s, of which the near-duplicate step {sum(timings):.0f} s; "
          f"{groups} groups with copies")


if __name__ == "__main__":
    main()
