"""What event extraction adds to the per-article time of ingest.

    python benchmarks/events_speed.py               # 1,000 SaudiNewsNet articles from ../shared
    python benchmarks/events_speed.py --limit 300

Each article is run through ``rasd.pipeline.process`` (decode, clean, NER: the
per-article work of ``rasd ingest``), then through ``extract_events`` on the
result; both are timed per article, one thread, after a warm-up. Prints the
median and total time of each and the share events add, and writes
benchmarks/results/events_speed.json. Storing (SQLite) is not timed: it adds
to the ingest time, so the share measured here is an upper bound.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import zipfile
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from rasd.events import extract_events  # noqa: E402
from rasd.ingest.document import RECORD, RawDocument  # noqa: E402
from rasd.pipeline import process  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet" / "full_zips"


def records(limit: int) -> list[bytes]:
    found: list[bytes] = []
    for zip_path in sorted(ARCHIVE.glob("*.zip")):
        with zipfile.ZipFile(zip_path) as archive:
            for name in archive.namelist():
                for record in json.loads(archive.read(name)):
                    if record.get("content", "").strip():
                        found.append(json.dumps(record, ensure_ascii=False).encode("utf-8"))
                    if len(found) >= limit:
                        return found
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    if not ARCHIVE.is_dir():
        print(f"the SaudiNewsNet archive is not in {ARCHIVE}", file=sys.stderr)
        return 1
    inputs = records(args.limit)
    process(RawDocument("warm-up", inputs[0], RECORD))  # loads the model
    pipeline_times, event_times, events = [], [], 0
    for index, content in enumerate(inputs):
        began = time.perf_counter()
        article = process(RawDocument(f"snn#{index}", content, RECORD))
        middle = time.perf_counter()
        found = extract_events(article.text, article.mentions, article.titles, article.published,
                               article.quotations)
        ended = time.perf_counter()
        # process() already ran the event stage; its share is the second, separate run.
        pipeline_times.append((middle - began) - (ended - middle))
        event_times.append(ended - middle)
        events += len(found)
    total_pipeline, total_events = sum(pipeline_times), sum(event_times)
    result = {
        "articles": len(inputs),
        "events": events,
        "pipeline_without_events_ms_median": 1000 * statistics.median(pipeline_times),
        "events_ms_median": 1000 * statistics.median(event_times),
        "events_ms_p95": 1000 * sorted(event_times)[int(0.95 * (len(event_times) - 1))],
        "pipeline_without_events_s": total_pipeline,
        "events_s": total_events,
        "events_share_of_ingest": total_events / total_pipeline,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(
        f"{result['articles']} articles, {events} events: per article, the rest of ingest "
        f"{result['pipeline_without_events_ms_median']:.1f} ms (median), events "
        f"{result['events_ms_median']:.2f} ms (median, p95 {result['events_ms_p95']:.2f} ms); events add "
        f"{100 * result['events_share_of_ingest']:.1f}% of the total"
    )
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "events_speed.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
