"""Ingest throughput: decode + clean + store (the stage before NLP), one process, into a fresh SQLite store.

    python benchmarks/ingest.py                 # the SaudiNewsNet archive in ../shared, else synthetic text
    python benchmarks/ingest.py --limit 5000    # a quicker run
    python benchmarks/ingest.py --synthetic 20000
    python benchmarks/ingest.py --limit 3000 --with-ner   # also the whole ingest, entities included
    python benchmarks/ingest.py --limit 5000 --db postgresql://localhost/rasd_bench   # into an empty PostgreSQL store

The archive's zips hold JSON arrays; they are unpacked to a temporary folder
first (not timed), then ``rasd.workflow.ingest`` reads that folder exactly as
``rasd ingest`` would.  Prints articles/s and MB/s and writes the figures to
benchmarks/results/ingest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from rasd.ingest.sources import SourceOptions
from rasd.store import open_store
from rasd.workflow import ingest

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet" / "full_zips"


def unpack_archive(folder: Path, limit: int | None) -> tuple[int, int]:
    """Write the archive's articles as JSON-array files into ``folder``; return (articles, bytes)."""
    articles = size = 0
    for zip_path in sorted(ARCHIVE.glob("*.zip")):
        with zipfile.ZipFile(zip_path) as archive:
            for name in archive.namelist():
                records = json.loads(archive.read(name))
                if limit is not None:
                    records = records[: max(0, limit - articles)]
                if not records:
                    continue
                payload = json.dumps(records, ensure_ascii=False).encode("utf-8")
                (folder / Path(name).name).write_bytes(payload)
                articles += len(records)
                size += len(payload)
        if limit is not None and articles >= limit:
            break
    return articles, size


def write_synthetic(folder: Path, count: int) -> tuple[int, int]:
    """Plain-text page dumps made of random Arabic words, with a header and a footer to clean."""
    words = (
        "الحكومة الوزير المياه الاقتصاد المنطقة الأمن التعاون الاجتماع المؤتمر البرلمان الرئيس قال أكد "
        "أضاف في على من إلى أن إن مع بعد قبل اليوم الاثنين الثلاثاء العاصمة الدول العربية الاتفاق"
    ).split()
    rng = random.Random(7)
    size = 0
    for number in range(count):
        body = "\n".join(
            " ".join(rng.choice(words) for _ in range(rng.randint(15, 30))) + "." for _ in range(8)
        )
        page = f"الرئيسية | أخبار | اقتصاد\nعنوان الخبر {number}\n\n{body}\n\nجميع الحقوق محفوظة © 2024\n"
        data = page.encode("utf-8")
        (folder / f"{number:06d}.txt").write_bytes(data)
        size += len(data)
    return count, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="Only the first N archive articles.")
    parser.add_argument("--synthetic", type=int, help="Use N synthetic page dumps instead of the archive.")
    parser.add_argument("--with-ner", action="store_true", help="Also time the whole ingest, entities included.")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "ingest.json")
    parser.add_argument("--db", help="Store into this (empty) store instead of a fresh SQLite file, e.g. postgresql://…")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "inputs"
        folder.mkdir()
        if args.synthetic or not ARCHIVE.is_dir():
            corpus = "synthetic page dumps"
            articles, size = write_synthetic(folder, args.synthetic or 20_000)
        else:
            corpus = "SaudiNewsNet (JSON records)"
            articles, size = unpack_archive(folder, args.limit)
        options = SourceOptions(max_input_bytes=512 * 1024 * 1024)
        with open_store(args.db or Path(temp) / "bench.db") as store:
            started = time.perf_counter()
            report = ingest(store, [str(folder)], options, annotate=False)
            elapsed = time.perf_counter() - started
        with_ner = None
        if args.with_ner:
            from rasd.nlp.ner import load_recognizer

            load_recognizer()  # loading the model is not part of the rate
            with open_store(Path(temp) / "bench-ner.db") as store:
                started = time.perf_counter()
                ingest(store, [str(folder)], options)
                with_ner = time.perf_counter() - started
    counts = report.counts()
    result = {
        "corpus": corpus,
        "store": "postgresql" if args.db and args.db.startswith("postgres") else "sqlite",
        "articles": articles,
        "megabytes": round(size / 1e6, 1),
        "seconds": round(elapsed, 1),
        "articles_per_second": round(articles / elapsed, 1),
        "megabytes_per_second": round(size / 1e6 / elapsed, 2),
        "stored": counts,
        "with_ner_articles_per_second": round(articles / with_ner, 1) if with_ner else None,
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
