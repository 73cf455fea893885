"""How fast the web pages answer over the SaudiNewsNet archive (31,030 articles, entities included).

    python benchmarks/web.py                      # builds benchmarks/results/web.db from ../shared first (~11 min)
    python benchmarks/web.py --db saudinewsnet.db # an existing store with the archive ingested
    python benchmarks/web.py --rounds 5

Starts ``rasd serve`` on loopback in its own process, as a user would, then times
whole HTTP requests (server work, rendering and transfer) from a client in this
process, one at a time, after one untimed warm-up request per page kind:

- home: ``/`` (latest articles, most-mentioned names of the last 7 days, outlets), ten times a round;
- search: ``/search?q=…`` for a fixed list of queries, from rare words to the most common ones,
  some with an entity type, an outlet or a date range;
- article: ``/articles/ID`` for articles drawn at random (fixed seed);
- entity: ``/entities/ID`` for the 20 most mentioned entities (the heaviest pages) and for
  entities drawn at random among those mentioned at least twice;
- quotations: ``/quotations`` unfiltered, by kind, outlet, a month, a speaker description, and
  by each of the 10 speakers quoted most, and the same listings from ``/api/quotations``.

``--only home,quotations`` times some page kinds only (their names up to the first space).

Prints the median, 90th percentile and maximum per page kind and writes them to
benchmarks/results/web.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import httpx

from rasd.ingest.sources import SourceOptions
from rasd.store import open_store
from rasd.workflow import ingest

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet" / "full_zips"
QUERIES = (
    "السعودية", "وزير الخارجية", "ولي العهد", "اليمن", "داعش", "النفط", "الهلال", "أمطار", "مجلس الوزراء",
    '"خادم الحرمين الشريفين"', "إيران OR الحوثي", "المرور -الرياض", "الامم المتحده", "جازان", "تويتر",
    "وزارة الصحة", "كورونا", "الاتحاد", "التعليم", "الملك سلمان",
)


def build_store(path: Path) -> None:
    """Ingest the whole archive (entities included) the way ``rasd ingest`` does."""
    if not ARCHIVE.is_dir():
        raise SystemExit(f"the archive is not at {ARCHIVE}; pass --db with a store that holds it")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for zip_path in sorted(ARCHIVE.glob("*.zip")):
            with zipfile.ZipFile(zip_path) as archive:
                for name in archive.namelist():
                    (folder / Path(name).name).write_bytes(archive.read(name))
        started = time.perf_counter()
        with open_store(path) as store:
            ingest(store, [str(folder)], SourceOptions(max_input_bytes=512 * 1024 * 1024))
        print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "rasd", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ | {"RASD_TOKEN": ""},
    )
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/rasd.css", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit(f"rasd serve did not start: {server.stderr.read().decode()}")


def sample_paths(db: Path, rng: random.Random, articles: int, entities: int) -> dict[str, list[str]]:
    with open_store(db) as store:
        stats = store.stats()
        ids = [row.id for row in store.article_list(limit=stats["articles"])]
        top = [row.id for row in store.entities(limit=20)]
        many = [row.id for row in store.entities(limit=stats["entities"]) if row.mention_count >= 2]
        quoted = Counter(q.speaker_entity_id for q in store.iter_quotations() if q.speaker_entity_id is not None)
        speakers = [speaker for speaker, _ in quoted.most_common(10)]
    listings = ["", "kind=direct", "kind=indirect", "outlet=sabq", "since=2015-08-01&until=2015-08-31",
                f"speaker={quote('مصدر')}", "offset=300"] + [f"speaker={speaker}" for speaker in speakers]
    return {
        "home": ["/"] * 10,
        "search": [f"/search?q={quote(query)}" for query in QUERIES]
        + [f"/search?q={quote(query)}&type=LOC" for query in ("جدة", "الرياض", "اليمن")]
        + [f"/search?q={quote(query)}&since=2015-08-01&outlet={quote(outlet)}"
           for query, outlet in (("السعودية", "sabq"), ("الهلال", "alriyadh"))],
        "article": [f"/articles/{article}" for article in rng.sample(ids, min(articles, len(ids)))],
        "entity (top 20)": [f"/entities/{entity}" for entity in top],
        "entity (random)": [f"/entities/{entity}" for entity in rng.sample(many, min(entities, len(many)))],
        "quotations": [f"/quotations?{query}" for query in listings],
        "quotations API": [f"/api/quotations?{query}" for query in listings],
    }


def time_pages(base: str, paths: dict[str, list[str]], rounds: int) -> dict[str, dict]:
    results = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for kind, urls in paths.items():
            client.get(urls[0]).raise_for_status()  # warm-up: first connection, templates, page cache
            timings = []
            for _ in range(rounds):
                for url in urls:
                    started = time.perf_counter()
                    response = client.get(url)
                    timings.append(1000 * (time.perf_counter() - started))
                    response.raise_for_status()
            timings.sort()
            results[kind] = {
                "requests": len(timings),
                "median_ms": round(statistics.median(timings), 1),
                "p90_ms": round(timings[int(0.9 * (len(timings) - 1))], 1),
                "max_ms": round(timings[-1], 1),
            }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="A store holding the archive (built when not given).")
    parser.add_argument("--rounds", type=int, default=3, help="Times each page is requested.")
    parser.add_argument("--articles", type=int, default=100, help="Random articles to open.")
    parser.add_argument("--entities", type=int, default=100, help="Random entities to open.")
    parser.add_argument("--only", help="Comma-separated page kinds to time (home, search, article, entity, quotations).")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "web.json")
    args = parser.parse_args()
    db = args.db or ROOT / "benchmarks" / "results" / "web.db"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        build_store(db)
    paths = sample_paths(db, random.Random(7), args.articles, args.entities)
    if args.only:
        wanted = set(args.only.split(","))
        paths = {kind: urls for kind, urls in paths.items() if kind.split(" ")[0] in wanted or kind in wanted}
    port = free_port()
    server = start_server(db, port)
    try:
        pages = time_pages(f"http://127.0.0.1:{port}", paths, args.rounds)
    finally:
        server.terminate()
        server.wait(10)
    with open_store(db) as store:
        stats = store.stats()
    result = {
        "articles": stats["articles"], "entities": stats["entities"], "mentions": stats["mentions"],
        "quotations": stats.get("quotations"),
        "cpus": os.cpu_count(), "python": platform.python_version(), "rounds": args.rounds, "pages": pages,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
