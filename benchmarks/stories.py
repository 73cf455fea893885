"""Stories and near-duplicates at store time: does the per-article cost stay flat as the store grows?

    python benchmarks/stories.py names --limit 30000   # 1. find names with the entity model (slow, resumable)
    python benchmarks/stories.py run --limit 30000     # 2. ingest with the cached names, timing every save
    python benchmarks/stories.py run --skip 24000      # the same last days stored into an empty store (a control)

The entity model's cost per article does not depend on the store (it sees one text), and on a shared laptop it
is most of the time (about 10 articles a second here), so its names are found once and cached (``--cache``,
outside the repository: names derived from the corpus are not shipped). The run then cleans every SaudiNewsNet
article again, gives it its cached mentions, and stores it in a fresh SQLite store in chronological order,
timing ``save`` as a whole (search index, mentions, entity links, near-duplicates, stories) and the
near-duplicate and story steps alone. Prints mean milliseconds per article for slices of 1,000 articles, writes
them to benchmarks/results/stories.json and draws benchmarks/results/stories.svg.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import ARCHIVE, unpack_archive  # noqa: E402

from rasd.errors import RasdError  # noqa: E402
from rasd.ingest.document import RawDocument  # noqa: E402
from rasd.ingest.sources import SourceOptions, iter_inputs  # noqa: E402
from rasd.nlp.ner import Mention  # noqa: E402
from rasd.pipeline import process  # noqa: E402
from rasd.store import SQLiteStore, open_store  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "rasd-bench-names.jsonl"
BATCH = 200


def documents(folder: Path, limit: int | None):
    """(document, cleaned article) of the archive's first ``limit`` articles in chronological order."""
    unpack_archive(folder, limit)
    for item in iter_inputs([str(p) for p in sorted(folder.glob("*.json"))], SourceOptions()):
        if not isinstance(item, RawDocument):
            continue
        try:
            yield item, process(item, annotate=False)
        except RasdError:
            continue


def find_names(limit: int | None, cache: Path) -> None:
    from rasd.nlp.ner import load_recognizer

    done = set()
    if cache.exists():
        done = {json.loads(line)["hash"] for line in cache.open(encoding="utf-8")}
    recognizer = load_recognizer()
    started, count = time.perf_counter(), 0
    with tempfile.TemporaryDirectory() as folder, cache.open("a", encoding="utf-8") as out:
        pending: list[tuple[str, str]] = []

        def flush() -> None:
            for (key, _), (mentions, _) in zip(pending, recognizer.annotate([text for _, text in pending])):
                rows = [[m.start, m.end, m.surface, m.name, m.type] for m in mentions]
                out.write(json.dumps({"hash": key, "mentions": rows}, ensure_ascii=False) + "\n")
            out.flush()
            pending.clear()

        for document, article in documents(Path(folder), limit):
            if document.content_hash in done:
                continue
            pending.append((document.content_hash, article.text if article.language == "ar" else ""))
            count += 1
            if len(pending) >= 64:
                flush()
                print(f"\r{count} articles, {count / (time.perf_counter() - started):.1f} a second", end="", flush=True)
        flush()
    print(f"\nnames of {count} more articles cached in {cache}")


def run(limit: int | None, cache: Path, skip: int = 0) -> None:
    names = {}
    if cache.exists():
        for line in cache.open(encoding="utf-8"):
            row = json.loads(line)
            names[row["hash"]] = [Mention(*mention) for mention in row["mentions"]]
    timings: dict[str, list[float]] = {"save": [], "near_duplicates": [], "stories": []}
    for method, key in (("_group_near_duplicates", "near_duplicates"), ("_group_story", "stories")):
        _time_method(method, timings[key])
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        started = time.perf_counter()
        with open_store(db) as store:
            batch: list = []
            for number, (document, article) in enumerate(documents(Path(folder), limit)):
                if number < skip:
                    continue
                if document.content_hash not in names:
                    break  # names are cached in archive order: stop where the cache stops
                batch.append((document, replace(article, mentions=names[document.content_hash])))
                if len(batch) >= BATCH:
                    _save(store, batch, timings["save"])
                    batch = []
            _save(store, batch, timings["save"])
            stories = len(store.stories(limit=10**9))
            articles = store.stats()["articles"]
        total = time.perf_counter() - started
    slices = []
    for end in range(1000, len(timings["save"]) + 1, 1000):
        slices.append({"articles_stored": end, "archive_position": skip + end} | {
            f"{key}_ms": round(1000 * sum(values[end - 1000 : end]) / 1000, 3) for key, values in timings.items()
        })
    for row in slices:
        print(f"{row['articles_stored']:>6} stored (archive {row['archive_position']}): save {row['save_ms']:.1f} ms per article, of which "
              f"near-duplicates {row['near_duplicates_ms']:.1f} ms and stories {row['stories_ms']:.1f} ms")
    result = {
        "articles": articles, "skipped": skip, "stories_with_two_or_more": stories, "seconds": round(total, 1),
        "slices": slices, "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}",
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "stories.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (RESULTS / "stories.svg").write_text(svg(slices), encoding="utf-8")
    print(f"{articles} articles in {total:.0f} s (cleaning included); {stories} stories of two or more articles")


def _time_method(name: str, into: list[float]) -> None:
    original = getattr(SQLiteStore, name)

    def timed(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            into.append(time.perf_counter() - started)

    setattr(SQLiteStore, name, timed)


def _save(store, batch: list, into: list[float]) -> None:
    with store.transaction():
        for document, article in batch:
            started = time.perf_counter()
            store.save(document, article)
            into.append(time.perf_counter() - started)


def svg(slices: list[dict], width: int = 640, height: int = 320) -> str:
    """A line chart of milliseconds per article against articles stored (no plotting library needed)."""
    left, bottom, top, right = 60, 40, 20, 20
    xs = [row["articles_stored"] for row in slices] or [1]
    peak = max([row["save_ms"] for row in slices] + [1.0]) * 1.1
    x = lambda value: left + (width - left - right) * value / max(xs)  # noqa: E731
    y = lambda value: height - bottom - (height - bottom - top) * value / peak  # noqa: E731
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif"'
        ' font-size="11">', f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#444"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="#444"/>',
        f'<text x="{width / 2}" y="{height - 8}" text-anchor="middle">articles stored</text>',
        f'<text x="14" y="{height / 2}" transform="rotate(-90 14 {height / 2})" text-anchor="middle">'
        "ms per article (mean of 1,000)</text>",
    ]
    for tick in range(0, max(xs) + 1, 5000):
        parts.append(f'<text x="{x(tick):.0f}" y="{height - bottom + 14}" text-anchor="middle">{tick}</text>')
    for fraction in (0, 0.25, 0.5, 0.75, 1):
        value = peak * fraction
        parts.append(f'<text x="{left - 6}" y="{y(value) + 4:.0f}" text-anchor="end">{value:.0f}</text>')
    for key, colour, label in (("save_ms", "#1f5f8b", "save (all)"), ("near_duplicates_ms", "#b35c00",
                                                                       "near-duplicates"), ("stories_ms", "#2e7d32",
                                                                                            "stories")):
        points = " ".join(f"{x(row['articles_stored']):.1f},{y(row[key]):.1f}" for row in slices)
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>')
        offset = {"save_ms": 0, "near_duplicates_ms": 1, "stories_ms": 2}[key]
        parts.append(f'<text x="{width - right - 120}" y="{top + 14 * offset + 10}" fill="{colour}">{label}</text>')
    parts.append("</svg>\n")
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("names", "run"))
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="The cached names (JSON lines).")
    parser.add_argument("--skip", type=int, default=0,
                        help="Start with an empty store at the N-th article (same days, smaller store: a control).")
    args = parser.parse_args()
    if not ARCHIVE.is_dir():
        sys.exit(f"SaudiNewsNet is absent (looked in {ARCHIVE})")
    find_names(args.limit, args.cache) if args.step == "names" else run(args.limit, args.cache, args.skip)


if __name__ == "__main__":
    main()
