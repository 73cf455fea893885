"""Turn what the user names (files, directories, ``-``) into raw documents, one failure at a time.

Errors are yielded as values, never raised, so one bad input never stops a batch.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .document import HTML, RECORD, TEXT, InputFailure, RawDocument, utc_now

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"

Input = RawDocument | InputFailure


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """How inputs are read: size limit and an outlet name to apply to every input."""

    max_input_bytes: int = 20 * 1024 * 1024
    outlet: str | None = None


def iter_inputs(paths: Iterable[str], options: SourceOptions, stdin: BinaryIO | None = None) -> Iterator[Input]:
    """Yield a raw document or a failure for every input under ``paths``, in a stable order."""
    for name in paths:
        if name == STDIN:
            if stdin is None:
                yield InputFailure(STDIN, "standard input is not available here")
                continue
            yield from _from_bytes(STDIN, stdin.read(), None, options)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _walk(path):
                yield from _from_file(file, options)
        elif path.exists():
            yield from _from_file(path, options)
        else:
            yield InputFailure(str(path), "no such file or directory")


def survey_files(paths: Iterable[str]) -> tuple[int, Counter[str]]:
    """In one walk of the directories: how many files ``iter_inputs`` will open (for a progress bar; JSON
    files count once), and how many files it leaves unread for their suffix, by suffix (``.pdf``, ``.docx``;
    no suffix counts as ``""``), so a folder of PDFs is not reported as nothing."""
    total = 0
    skipped: Counter[str] = Counter()
    for name in paths:
        path = Path(name)
        if name == STDIN or path.is_file() or not path.exists():
            total += 1
        elif path.is_dir():
            for file in _visible_files(path):
                if file.suffix.lower() in SUPPORTED_SUFFIXES:
                    total += 1
                else:
                    skipped[file.suffix.lower()] += 1
    return total, skipped


def count_files(paths: Iterable[str]) -> int:
    """How many files ``iter_inputs`` will open (``survey_files``)."""
    return survey_files(paths)[0]


def _walk(directory: Path) -> Iterator[Path]:
    """Files with a supported suffix under ``directory``, sorted, skipping hidden ones."""
    for file in _visible_files(directory):
        if file.suffix.lower() in SUPPORTED_SUFFIXES:
            yield file


def _visible_files(directory: Path) -> Iterator[Path]:
    """Every file under ``directory``, sorted, without hidden files and folders."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if not file.startswith("."):
                yield Path(root) / file


def _from_file(path: Path, options: SourceOptions) -> Iterator[Input]:
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl_records(path, options)
            return
        size = path.stat().st_size
        if size > options.max_input_bytes:
            yield InputFailure(origin, _too_large(size, options))
            return
        content = path.read_bytes()
    except OSError as error:
        yield InputFailure(origin, f"cannot read: {error.strerror or error}")
        return
    yield from _from_bytes(origin, content, suffix, options)


def _too_large(size: int, options: SourceOptions) -> str:
    return (
        f"too large: {size / 1048576:.1f} MiB is over the {options.max_input_bytes / 1048576:.0f} MiB limit "
        "(raise it with --max-input-mb or RASD_MAX_INPUT_MB)"
    )


def _from_bytes(origin: str, content: bytes, suffix: str | None, options: SourceOptions) -> Iterator[Input]:
    if len(content) > options.max_input_bytes:
        yield InputFailure(origin, _too_large(len(content), options))
        return
    kind = _kind(content, suffix)
    if kind == "json":
        yield from _json_records(origin, content, options)
    elif kind == "jsonl":
        yield from _lines_as_records(origin, content.splitlines(keepends=False), options)
    else:
        yield RawDocument(origin=origin, content=content, media_type=kind, outlet=options.outlet)


def _kind(content: bytes, suffix: str | None) -> str:
    """The media type of an input from its suffix, or from its first bytes when it has none."""
    if suffix in HTML_SUFFIXES:
        return HTML
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return TEXT
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<meta")):
        return HTML
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        return "jsonl"
    return TEXT


def _jsonl_records(path: Path, options: SourceOptions) -> Iterator[Input]:
    # Streamed line by line: a JSON-lines file may hold a whole archive.
    with path.open("rb") as handle:
        yield from _lines_as_records(str(path), handle, options)


def _lines_as_records(origin: str, lines: Iterable[bytes], options: SourceOptions) -> Iterator[Input]:
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line:
            continue
        record_origin = f"{origin}#{number}"
        if len(line) > options.max_input_bytes:
            yield InputFailure(record_origin, _too_large(len(line), options))
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            yield InputFailure(record_origin, f"not valid JSON on line {number}: {error}")
            continue
        yield _record_document(record_origin, line, record, options)


def _json_records(origin: str, content: bytes, options: SourceOptions) -> Iterator[Input]:
    try:
        data = json.loads(content)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        yield InputFailure(origin, f"not valid JSON: {error}")
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, start=1):
        record_origin = f"{origin}#{index}" if isinstance(data, list) else origin
        raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
        yield _record_document(record_origin, raw, record, options)


def _record_document(origin: str, raw: bytes, record: object, options: SourceOptions) -> Input:
    if not isinstance(record, dict):
        return InputFailure(origin, f"a JSON record must be an object, not {type(record).__name__}")
    url = record.get("url") or record.get("link")
    return RawDocument(
        origin=origin,
        content=raw,
        media_type=RECORD,
        fetched_at=utc_now(),
        url=url if isinstance(url, str) else None,
        outlet=options.outlet,
    )
