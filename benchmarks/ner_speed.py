"""NER speed on one CPU core: words per second, model load time, peak memory.

    python benchmarks/ner_speed.py                  # ANERcorp dev split when ../shared is there, else the samples
    python benchmarks/ner_speed.py --model DIR      # another model

Runs the shipped pipeline on pre-tokenised sentences (the NER stage alone) and
on raw article text (tokenizer included), single-threaded.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
ANERCORP = ROOT.parent / "shared" / "data" / "ner" / "anercorp" / "train.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, help="Model folder (default: the shipped model).")
    parser.add_argument("--repeat", type=int, default=3, help="Passes over the text; the best is reported.")
    args = parser.parse_args()

    from rasd.nlp.ner import load_recognizer  # imports (spaCy itself) are not part of the model's load time

    started = time.perf_counter()
    recognizer = load_recognizer(args.model)
    load_seconds = time.perf_counter() - started

    if ANERCORP.is_file():
        from rasd.eval.conll import load_tag_map, read_conll
        from rasd.nlp.training import anercorp_split

        _, dev = anercorp_split(read_conll(ANERCORP, load_tag_map("anercorp")))
        sentences = [s.tokens for s in dev]
        corpus = "ANERcorp dev split (last 10% of train)"
    else:
        from rasd.ingest.sources import SourceOptions, iter_inputs
        from rasd.pipeline import process
        from rasd.samples import articles_dir

        texts = [process(d, annotate=False).text for d in iter_inputs([str(articles_dir())], SourceOptions())]
        sentences = [line.split() for text in texts for line in text.split("\n") if line.strip()]
        corpus = "bundled samples"
    words = sum(len(s) for s in sentences)
    texts = [" ".join(s) for s in sentences]

    def best_rate(run) -> float:
        rates = []
        for _ in range(args.repeat):
            began = time.perf_counter()
            run()
            rates.append(words / (time.perf_counter() - began))
        return max(rates)

    result = {
        "corpus": corpus,
        "words": words,
        "ner_words_per_second": round(best_rate(lambda: recognizer.tag_tokens(sentences))),
        "text_words_per_second": round(best_rate(lambda: recognizer.predict(texts))),
        "model_load_seconds": round(load_seconds, 2),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "model_size_mb": round(sum(f.stat().st_size for f in recognizer.path.rglob("*") if f.is_file()) / 1e6, 1),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
