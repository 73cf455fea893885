"""Entity linking cost per article as the store grows (SaudiNewsNet, up to 31,030 articles).

    python benchmarks/linking.py               # the whole archive in ../shared
    python benchmarks/linking.py --limit 5000

Articles are ingested in archive order (entities included); the time spent
linking each article (clustering its mentions, resolving keys, refreshing the
touched entities, roles) is recorded and reported per block of 1,000 articles,
so growth with the store's size shows.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from rasd.ingest.sources import SourceOptions
from rasd.store import open_store
from rasd.store import sqlite as sqlite_store
from rasd.workflow import ingest

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet" / "full_zips"
BLOCK = 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="Only the first N articles.")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "linking.json")
    args = parser.parse_args()
    if not ARCHIVE.is_dir():
        print(f"the archive is not at {ARCHIVE}", file=sys.stderr)
        return 1

    timings: list[float] = []
    original = sqlite_store.SQLiteStore._link

    def timed(self, *arguments):
        began = time.perf_counter()
        original(self, *arguments)
        timings.append(time.perf_counter() - began)

    sqlite_store.SQLiteStore._link = timed
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "inputs"
        folder.mkdir()
        count = 0
        for zip_path in sorted(ARCHIVE.glob("*.zip")):
            with zipfile.ZipFile(zip_path) as archive:
                for name in archive.namelist():
                    records = json.loads(archive.read(name))
                    if args.limit is not None:
                        records = records[: max(0, args.limit - count)]
                    if records:
                        (folder / Path(name).name).write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
                        count += len(records)
        with open_store(Path(temp) / "bench.db") as store:
            started = time.perf_counter()
            ingest(store, [str(folder)], SourceOptions(max_input_bytes=512 * 1024 * 1024))
            total = time.perf_counter() - started
            stats = store.stats()
    blocks = [
        {
            "articles": f"{start + 1}-{min(start + BLOCK, len(timings))}",
            "median_ms": round(1000 * statistics.median(timings[start : start + BLOCK]), 2),
            "p95_ms": round(1000 * sorted(timings[start : start + BLOCK])[int(0.95 * len(timings[start : start + BLOCK]))], 2),
        }
        for start in range(0, len(timings), BLOCK)
    ]
    result = {
        "articles_linked": len(timings),
        "entities": stats["entities"],
        "mentions": stats["mentions"],
        "ingest_seconds": round(total, 1),
        "linking_seconds": round(sum(timings), 1),
        "blocks": blocks,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "blocks"} | {"first": blocks[:2], "last": blocks[-2:]}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
