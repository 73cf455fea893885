"""Score quotation attribution on rasd's own gold set of SaudiNewsNet articles.

    python benchmarks/quotes_gold.py            # prints the `rasd evaluate quotes` report
    python benchmarks/quotes_gold.py --json     # the same as JSON, with every error listed

``benchmarks/gold/quotes_saudinewsnet.jsonl`` holds only article identifiers
(``snn-NNN.txt``), offsets, kinds, cues and speaker names: the articles
themselves are not the project's to copy.  This script writes each article's
``content`` from ``../shared/data/news/saudinewsnet/sample_154.jsonl`` into a
temporary folder as ``snn-NNN.txt``, checks it against the gold line's SHA-1,
and runs ``rasd evaluate quotes`` on that folder.

The fourteen articles (four to 24 quotations each, ten outlets) were annotated
following ``QUOTES_GUIDELINES.md``: ten before the finder was tuned on anything, four more
after tuning on the first ten and before tuning on them (README, Quotations, has the scores at each step).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "quotes_saudinewsnet.jsonl"
SAMPLE = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet" / "sample_154.jsonl"


def materialise(folder: Path) -> int:
    """Write the gold set's articles into ``folder``; return how many."""
    wanted = {json.loads(line)["doc"]: json.loads(line)["sha1"] for line in GOLD.read_text("utf-8").splitlines()}
    written = 0
    for line in SAMPLE.read_text("utf-8").splitlines():
        record = json.loads(line)
        name = f"{record['id']}.txt"
        if name not in wanted:
            continue
        text = record["content"]
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != wanted[name]:
            raise SystemExit(f"{name}: the article's text differs from the one the gold set was annotated on")
        (folder / name).write_text(text, encoding="utf-8")
        written += 1
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="Print the JSON report.")
    args = parser.parse_args()
    if not SAMPLE.is_file():
        print(f"SaudiNewsNet sample not found at {SAMPLE}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="rasd-quotes-") as folder:
        count = materialise(Path(folder))
        print(f"{count} articles written to {folder}", file=sys.stderr)
        command = [sys.executable, "-m", "rasd", "evaluate", "quotes", str(GOLD), "--texts", folder]
        return subprocess.call(command + (["--json"] if args.json else []))


if __name__ == "__main__":
    sys.exit(main())
