"""What quotation extraction adds to the per-article time of ingest, on one CPU core.

    python benchmarks/quotes_speed.py                 # SaudiNewsNet sample (154 articles) when ../shared is there
    python benchmarks/quotes_speed.py --limit 50      # fewer articles
    python benchmarks/quotes_speed.py --passes 5      # more passes of each kind
    python benchmarks/quotes_speed.py --files DIR     # any folder rasd can ingest

Every article is processed (decode, clean, NER, quotations) and saved into a
fresh in-memory store, as ``rasd ingest`` does, in passes with the quotation
stage and passes with it replaced by a stage that finds nothing (nothing to
store either), alternately; the fastest pass of each kind counts.  The share
reported is what the passes with quotations take beyond the ones without, and
(steadier when other work shares the machine) the time spent inside the stage
itself over the time of ingest without it.
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
    parser.add_argument("--passes", type=int, default=5, help="Passes of each kind; the fastest of each counts.")
    args = parser.parse_args()

    import rasd.quotes
    from rasd.ingest.document import RawDocument
    from rasd.ingest.sources import SourceOptions, iter_inputs
    from rasd.nlp.ner import load_recognizer
    from rasd.quotes import cues
    from rasd.samples import articles_dir

    source = args.files or (SAMPLE if SAMPLE.is_file() else articles_dir())
    documents = [item for item in iter_inputs([str(source)], SourceOptions()) if isinstance(item, RawDocument)]
    if args.limit:
        documents = documents[: args.limit]
    load_recognizer()  # the model's load time is not per-article time
    find_quotations = rasd.quotes.find_quotations
    stage = [0.0]

    def timed(*args, **kwargs):
        began = time.perf_counter()
        try:
            return find_quotations(*args, **kwargs)
        finally:
            stage[0] += time.perf_counter() - began

    best = {"without": float("inf"), "with": float("inf")}
    best_stage = float("inf")
    counts = (0, 0)
    for _ in range(args.passes):
        for mode in ("without", "with"):
            # The pipeline imports the stage when it runs, so swapping it here takes effect.
            rasd.quotes.find_quotations = timed if mode == "with" else (lambda *a, **k: [])
            cues._fold.cache_clear()  # a fresh process: no word seen yet
            stage[0] = 0.0
            seconds, counts = _ingest(documents)
            best[mode] = min(best[mode], seconds)
            if mode == "with":
                best_stage = min(best_stage, stage[0])
    rasd.quotes.find_quotations = find_quotations
    articles, quotations = counts
    if not articles:
        print("no articles read", file=sys.stderr)
        return 1
    print(f"{articles} articles from {source}, {quotations} quotations")
    print(f"ingest per article without quotations: {1000 * best['without'] / articles:.1f} ms")
    print(f"ingest per article with quotations: {1000 * best['with'] / articles:.1f} ms")
    print(f"quotations add {100 * (best['with'] - best['without']) / best['without']:.1f}% to ingest"
          " (whole passes compared: noisy on a shared machine)")
    print(f"the quotation stage itself: {1000 * best_stage / articles:.2f} ms per article, "
          f"{100 * best_stage / best['without']:.1f}% of ingest without it")
    return 0


def _ingest(documents: list) -> tuple[float, tuple[int, int]]:
    """Process and save every document into a fresh in-memory store; (seconds, (articles, quotations))."""
    from rasd.errors import InputError
    from rasd.pipeline import process
    from rasd.store import open_store

    store = open_store(":memory:")
    articles = quotations = 0
    started = time.perf_counter()
    for document in documents:
        try:
            article = process(document)
        except InputError:
            continue
        store.save(document, article)
        articles += 1
        quotations += len(article.quotations)
    seconds = time.perf_counter() - started
    store.close()
    return seconds, (articles, quotations)


if __name__ == "__main__":
    sys.exit(main())
