"""What quotation extraction adds to the per-article time of ingest, on one CPU core.

    python benchmarks/quotes_speed.py                 # SaudiNewsNet sample (154 articles) when ../shared is there
    python benchmarks/quotes_speed.py --limit 50      # fewer articles
    python benchmarks/quotes_speed.py --files DIR     # any folder rasd can ingest

Each article is processed (decode, clean, NER, quotations) and saved into a
fresh in-memory store, as ``rasd ingest`` does; the quotation stage
(``find_quotations`` on the article's text, mentions and titles) is then run
again on its own and timed.  The share reported is the quotation stage's time
over the rest of ingest (everything but the quotation stage).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet" / "sample_154.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=Path, help="Folder or file to read (default: the SaudiNewsNet sample).")
    parser.add_argument("--limit", type=int, default=0, help="Stop after this many articles.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs of the quotation stage per article; the best counts.")
    args = parser.parse_args()

    from rasd.errors import InputError
    from rasd.ingest.document import RawDocument
    from rasd.ingest.sources import SourceOptions, iter_inputs
    from rasd.nlp.ner import load_recognizer
    from rasd.pipeline import process
    from rasd.quotes import find_quotations
    from rasd.samples import articles_dir
    from rasd.store import open_store

    source = args.files or (SAMPLE if SAMPLE.is_file() else articles_dir())
    documents = [item for item in iter_inputs([str(source)], SourceOptions()) if isinstance(item, RawDocument)]
    if args.limit:
        documents = documents[: args.limit]
    load_recognizer()  # the model's load time is not per-article time
    store = open_store(":memory:")
    ingest_seconds = quote_seconds = 0.0
    articles = quotations = 0
    for document in documents:
        started = time.perf_counter()
        try:
            article = process(document)
        except InputError:
            continue
        store.save(document, article)
        ingest_seconds += time.perf_counter() - started
        best = float("inf")
        for _ in range(args.repeat):
            began = time.perf_counter()
            find_quotations(article.text, article.mentions, article.titles)
            best = min(best, time.perf_counter() - began)
        quote_seconds += best
        articles += 1
        quotations += len(article.quotations)
    if not articles:
        print("no articles read", file=sys.stderr)
        return 1
    rest = ingest_seconds - quote_seconds
    print(f"{articles} articles from {source}, {quotations} quotations")
    print(f"ingest per article (process + save): {1000 * ingest_seconds / articles:.1f} ms")
    print(f"quotation stage per article: {1000 * quote_seconds / articles:.2f} ms")
    print(f"quotations add {100 * quote_seconds / rest:.1f}% to the rest of ingest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
