"""Events read by hand: verdicts on the events rasd reported for archive articles, matched to today's events.

A verdict file (``benchmarks/gold/events_judged_saudinewsnet.jsonl``) holds one line per judged event: the
article (the first 16 hex digits of its URL's SHA-1), the event's type, where its trigger starts, the
SHA-1 of its source and target texts (so the file holds no text of the articles), whether it was right by
the event guidelines, what was wrong, and the sample it was judged in. An event whose type, trigger or
actors changed since has no verdict. The confidence model (``rasd train events``) learns from the matches
and ``benchmarks/events_judged.py`` counts them.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import RasdError
from .model import Event


@dataclass(frozen=True, slots=True)
class JudgedEvent:
    """One event rasd reports today for a judged article, every event kept (no confidence bar)."""

    article: str  # the article's key: the first 16 hex digits of its URL's SHA-1
    url: str
    sample: str
    event: Event
    text: str  # the article's text, which the event's offsets index
    verdict: dict | None  # None when no reader judged this event (it changed since)

    @property
    def state(self) -> str:
        if self.verdict is None:
            return "unjudged"
        return "right" if self.verdict["right"] else "wrong"


def digest(text: str | None, length: int = 12) -> str | None:
    return None if text is None else hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def _key(article: str, kind: str, start: int, source: str | None, target: str | None) -> tuple:
    return article, kind, start, source, target


def read_verdicts(path: Path) -> dict[tuple, dict]:
    """Verdicts keyed by (article, type, trigger start, source digest, target digest)."""
    verdicts = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            verdicts[_key(row["article"], row["type"], row["trigger_start"], row["source"], row["target"])] = row
        except (ValueError, KeyError) as error:
            raise RasdError(f"{path}, line {number}: not a verdict ({error})") from None
    return verdicts


def record_url(record: dict) -> str | None:
    """What names an archive record: its URL, else its id (archives of records without addresses)."""
    name = record.get("url") or record.get("id")
    return name if isinstance(name, str) and name else None


def _records(archive: Path) -> Iterator[dict]:
    """The archive's records: zipped JSON arrays (SaudiNewsNet's layout) or JSON-lines files, in a folder
    or one JSON-lines file."""
    path = archive
    try:
        if archive.is_file():
            with archive.open(encoding="utf-8") as lines:
                yield from (json.loads(line) for line in lines if line.strip())
            return
        for path in sorted(archive.glob("*.zip")):
            with zipfile.ZipFile(path) as bundle:
                for name in sorted(bundle.namelist()):
                    yield from json.loads(bundle.read(name))
        for path in sorted(archive.glob("*.jsonl")):
            with path.open(encoding="utf-8") as lines:
                yield from (json.loads(line) for line in lines if line.strip())
    except (ValueError, zipfile.BadZipFile) as error:
        raise RasdError(f"cannot read the archive {path}: {error}") from None


def record_events(record: dict):
    """The article an archive record makes and every event rasd finds in it, whatever its confidence (the
    events a reader judges)."""
    from ..ingest.document import RECORD, RawDocument
    from ..pipeline import process
    from .extract import extract_events

    article = process(RawDocument(record_url(record) or "record", json.dumps(record, ensure_ascii=False).encode("utf-8"),
                                  RECORD))
    return article, extract_events(article.text, article.mentions, article.titles, article.published,
                                   article.quotations, min_confidence=0.0)


def judged_events(verdicts_path: Path, archive: Path | Sequence[Path]) -> Iterator[JudgedEvent]:
    """Every event rasd finds today in the judged articles (of one archive or several), with its verdict where
    one matches."""
    verdicts = read_verdicts(verdicts_path)
    sample_of = {key[0]: row.get("sample", "") for key, row in verdicts.items()}
    wanted = set(sample_of)
    archives = [archive] if isinstance(archive, Path) else list(archive)
    for record in (record for each in archives for record in _records(each)):
        url = record_url(record)
        key = digest(url, 16) if url else None
        if key not in wanted:
            continue
        wanted.discard(key)
        article, events = record_events(record)
        for event in events:
            source = event.source.text if event.source else None
            target = event.target.text if event.target else None
            verdict = verdicts.get(_key(key, event.type, event.trigger_start, digest(source), digest(target)))
            yield JudgedEvent(key, url, sample_of[key], event, article.text, verdict)
