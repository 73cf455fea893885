"""Draw a fresh sample of archive articles for reading rasd's events by hand, and turn the readers' verdicts
into lines of benchmarks/gold/events_judged_saudinewsnet.jsonl.

    python benchmarks/events_sample.py draw --seed 1919 --size 80 --readers 2 --out DIR
    python benchmarks/events_sample.py verdicts --sample AB DIR/drawn.jsonl DIR/reader1_judged.jsonl ... \
        >> benchmarks/gold/events_judged_saudinewsnet.jsonl

`draw` reads the archive (SaudiNewsNet's, or another with --archive) in a seeded random order, leaves out the
articles already judged and those of the event gold sets (the SaudiNewsNet sample they name their articles
from), and keeps the first SIZE articles for which rasd reports at least one event (every event, whatever its
confidence). It writes DIR/drawn.jsonl
(each article with its events, where their triggers start and their confidence) and one file per reader,
DIR/reader1.jsonl …, in the form benchmarks/gold/EVENTS_JUDGING.md gives the readers (no confidence, so it
cannot sway them). `verdicts` matches each reader's verdict to its event and prints the verdict lines (the
articles and actors as hashes, never their text), with the confidence-free first reading marked as such.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from rasd.errors import RasdError
from rasd.events.judged import _records, digest, read_verdicts, record_events, record_url

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"
VERDICTS = ROOT / "benchmarks" / "gold" / "events_judged_saudinewsnet.jsonl"
# Fields the readers see for each event (EVENTS_JUDGING.md); trigger_start and confidence stay in drawn.jsonl.
_SHOWN = ("i", "type", "mode", "trigger", "source", "target", "location", "date", "sentence")


def _left_out(verdicts: Path, gold_sample: Path) -> set[str]:
    keys = {key[0] for key in read_verdicts(verdicts)} if verdicts.is_file() else set()
    if gold_sample.is_file():
        with gold_sample.open(encoding="utf-8") as lines:
            keys |= {digest(json.loads(line)["url"], 16) for line in lines if line.strip()}
    return keys


def _article(record: dict, number: int) -> dict | None:
    """The article as the readers get it, with its events; None when rasd reports none or cannot read it."""
    try:
        article, events = record_events(record)
    except RasdError as error:  # an archive record rasd cannot read (no article text) is no article to judge
        print(f"left out {record_url(record)}: {error}", file=sys.stderr)
        return None
    if not events:
        return None
    return {"n": number, "url": record_url(record), "published": article.published, "title": article.title,
            "text": article.text, "events": [
                {"i": i, "type": event.type, "mode": event.mode, "trigger": event.trigger,
                 "source": event.source.text if event.source else None,
                 "target": event.target.text if event.target else None,
                 "location": event.location.text if event.location else None, "date": event.date,
                 "sentence": article.text[event.start:event.end], "trigger_start": event.trigger_start,
                 "confidence": event.confidence}
                for i, event in enumerate(events, 1)]}


def draw(args: argparse.Namespace) -> int:
    left_out = _left_out(args.verdicts, args.news / "sample_154.jsonl")
    archive = args.archive or args.news / "full_zips"
    records = [r for r in _records(archive) if record_url(r) and digest(record_url(r), 16) not in left_out]
    random.Random(args.seed).shuffle(records)
    drawn = []
    for record in records:
        article = _article(record, len(drawn) + 1)
        if article is not None:
            drawn.append(article)
            if len(drawn) == args.size:
                break
    args.out.mkdir(parents=True, exist_ok=True)
    _write(args.out / "drawn.jsonl", drawn)
    share = -(-len(drawn) // args.readers)
    for reader in range(args.readers):
        part = drawn[reader * share:(reader + 1) * share]
        _write(args.out / f"reader{reader + 1}.jsonl",
               [{**article, "events": [{k: e[k] for k in _SHOWN} for e in article["events"]]} for article in part])
    events = sum(len(article["events"]) for article in drawn)
    print(f"{len(drawn)} articles with {events} events drawn from {len(records)} candidates"
          f"{'' if len(drawn) == args.size else ' (all there were)'}; files in {args.out}")
    return 0


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def verdicts(args: argparse.Namespace) -> int:
    with args.drawn.open(encoding="utf-8") as lines:
        articles = {row["n"]: row for row in map(json.loads, filter(str.strip, lines))}
    rows, read = [], set()
    for path in args.judged:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    verdict = json.loads(line)
                    article = articles[verdict["n"]]
                    event = next(e for e in article["events"] if e["i"] == verdict["i"])
                    kind, right = verdict["type"], bool(verdict["correct"])
                except (ValueError, KeyError, StopIteration, TypeError) as error:
                    raise SystemExit(f"{path}, line {number}: not a verdict on a drawn event ({error!r})") from None
                if event["type"] != kind:
                    raise SystemExit(f"{path}, line {number}: the verdict is on a {kind} event, the drawn one "
                                     f"is {event['type']}")
                read.add((verdict["n"], verdict["i"]))
                rows.append({
                    "article": digest(article["url"], 16), "sample": args.sample, "type": kind,
                    "trigger_start": event["trigger_start"], "source": digest(event["source"]),
                    "target": digest(event["target"]), "right": right, "error": verdict.get("error") or None,
                    "judged": "first reading"})
    for row in rows:  # printed only once every verdict has been read, so a bad file appends nothing
        print(json.dumps(row, ensure_ascii=False))
    unread = [f"{n}.{e['i']}" for n, article in articles.items() for e in article["events"] if (n, e["i"]) not in read]
    if unread:
        print(f"events without a verdict: {', '.join(unread)}", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw", help="draw a sample and write the readers' files")
    drawing.add_argument("--seed", type=int, required=True)
    drawing.add_argument("--size", type=int, default=80, help="articles with events to draw")
    drawing.add_argument("--readers", type=int, default=2)
    drawing.add_argument("--out", type=Path, required=True)
    drawing.add_argument("--news", type=Path, default=NEWS, help="the SaudiNewsNet folder")
    drawing.add_argument("--archive", type=Path, help="draw from this archive instead: a JSON-lines file or a folder "
                         "of them (records with a text field and a url or id), e.g. benchmarks/conll_articles.py's")
    drawing.add_argument("--verdicts", type=Path, default=VERDICTS, help="articles judged already")
    converting = commands.add_parser("verdicts", help="print verdict lines from the readers' files")
    converting.add_argument("--sample", required=True, help="the sample's name (AB, AC, …)")
    converting.add_argument("drawn", type=Path)
    converting.add_argument("judged", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "draw" and not (args.archive or args.news / "full_zips").exists():
        print(f"no archive at {args.archive or args.news / 'full_zips'}", file=sys.stderr)
        return 2
    try:
        return draw(args) if args.command == "draw" else verdicts(args)
    except RasdError as error:  # an unreadable archive or verdict file
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
