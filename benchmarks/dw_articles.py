"""Turn the Deutsche Welle pool beside the DW sample (``AraDPO_upstream_*.zip``: one JSON array of article and
summary pairs, each article in it more than once) into JSON-lines records, one per distinct article, so they can
serve as fresh articles for reading rasd's events by hand (``benchmarks/events_sample.py draw --archive``).

    python benchmarks/dw_articles.py ../shared/data/news/dw-arabic/AraDPO_upstream_commit4bbaf04.zip \
        --leave-out ../shared/data/news/dw-arabic/sample_60_dw_arabic.jsonl > /tmp/dw_articles.jsonl

Each record is ``{"id": "dw-pool-<first 12 hex digits of the text's SHA-1>", "article": text}``, so a record keeps
its name whatever the order; ``--leave-out`` names JSON-lines files whose articles (their text field, as rasd
reads records) are left out, such as the 60 articles of the sample already judged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zipfile
from pathlib import Path

from rasd.clean.record import record_text


def _texts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as bundle:
        (name,) = [name for name in bundle.namelist() if name.endswith(".json")]
        return [row["article"] for row in json.loads(bundle.read(name)) if (row.get("article") or "").strip()]


def _left_out(paths: list[Path]) -> set[str]:
    texts = set()
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            texts.update(record_text(row) or "" for row in map(json.loads, filter(str.strip, lines)))
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pool", type=Path, help="the zipped JSON array of the DW pool")
    parser.add_argument("--leave-out", type=Path, action="append", default=[], help="JSON lines of articles to skip")
    args = parser.parse_args()
    try:
        texts, skipped = _texts(args.pool), _left_out(args.leave_out)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:  # one line, no traceback
        print(f"cannot read the pool: {error}", file=sys.stderr)
        return 2
    seen = set()
    for text in texts:
        text = text.strip()
        if text in seen or text in skipped:
            continue
        seen.add(text)
        name = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        print(json.dumps({"id": f"dw-pool-{name}", "article": text}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
