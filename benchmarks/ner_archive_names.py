"""The names the NER pipeline finds in archive articles, and how two versions of it differ there.

A rule read from the dev split's errors can fit the dev split alone; the names it changes on news the corpora
never saw tell whether it generalises. Dump the mentions of the same seeded sample of articles with each version
(two checkouts, or two models), then list what changed, in context, to read:

    python benchmarks/ner_archive_names.py dump --limit 1500 --out /tmp/before.json    # in the old checkout
    python benchmarks/ner_archive_names.py dump --limit 1500 --out /tmp/after.json     # in the new one
    python benchmarks/ner_archive_names.py diff /tmp/before.json /tmp/after.json

``--archive`` reads another archive (zipped JSON arrays, a JSON-lines file or a folder of them, records with a
text field); ``--model`` another model folder. The dump holds the articles' texts (for the context), so keep it
out of the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from rasd.clean.record import record_text
from rasd.errors import RasdError
from rasd.events.judged import _records

ARCHIVE = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news" / "saudinewsnet" / "full_zips"


def _texts(archive: Path, limit: int, seed: int) -> list[str]:
    texts = [text for record in _records(archive) if (text := record_text(record))]
    random.Random(seed).shuffle(texts)
    return texts[:limit]


def dump(args: argparse.Namespace) -> int:
    from rasd.nlp.ner import load_recognizer

    texts = _texts(args.archive, args.limit, args.seed)
    found = load_recognizer(args.model).predict(texts)
    rows = [{"text": text, "mentions": [[m.start, m.end, m.type] for m in mentions]}
            for text, mentions in zip(texts, found)]
    args.out.write_text(json.dumps({"seed": args.seed, "articles": rows}, ensure_ascii=False), encoding="utf-8")
    print(f"{sum(len(r['mentions']) for r in rows):,} names in {len(rows):,} articles written to {args.out}")
    return 0


def changes(before: dict, after: dict, context: int = 50) -> list[str]:
    """One line per name found by one version and not the other, with the name it replaced where they overlap."""
    lines = []
    for old, new in zip(before["articles"], after["articles"]):
        if old["text"] != new["text"]:
            raise RasdError("the two dumps hold different articles: dump both with the same --limit and --seed")
        text = old["text"]
        was, now = {tuple(m) for m in old["mentions"]}, {tuple(m) for m in new["mentions"]}

        def shown(start: int, end: int) -> str:
            return f"{text[max(0, start - context):start]}[[{text[start:end]}]]{text[end:end + context]}".replace(
                "\n", " ")

        for start, end, kind in sorted(now - was):
            replaced = [f"{text[s:e]}/{k}" for s, e, k in sorted(was - now) if s < end and start < e]
            lines.append(f"{text[start:end]}/{kind} (was {', '.join(replaced) or 'nothing'}) :: {shown(start, end)}")
        for start, end, kind in sorted(was - now):
            if not any(s < end and start < e for s, e, _ in now - was):
                lines.append(f"removed {text[start:end]}/{kind} :: {shown(start, end)}")
    return lines


def diff(args: argparse.Namespace) -> int:
    before, after = (json.loads(path.read_text(encoding="utf-8")) for path in (args.before, args.after))
    lines = changes(before, after)
    print("\n".join(lines + [f"{len(lines)} names changed in {len(before['articles']):,} articles"]))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="the names found in a seeded sample of archive articles")
    dumping.add_argument("--archive", type=Path, default=ARCHIVE)
    dumping.add_argument("--limit", type=int, default=1500, help="articles")
    dumping.add_argument("--seed", type=int, default=7)
    dumping.add_argument("--model", type=Path, help="model folder (default: the shipped model)")
    dumping.add_argument("--out", type=Path, required=True)
    diffing = commands.add_parser("diff", help="the names two dumps of the same articles differ in")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump" and not args.archive.exists():
        print(f"no archive at {args.archive}", file=sys.stderr)
        return 2
    try:
        return dump(args) if args.command == "dump" else diff(args)
    except (RasdError, OSError, ValueError, KeyError) as error:  # an unreadable archive or dump: one line
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
