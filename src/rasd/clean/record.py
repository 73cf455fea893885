"""JSON records: articles that arrive already extracted, with named fields."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..errors import InputError

# Field names rasd reads, first match wins (documented in the README).
TITLE_FIELDS = ("title", "headline")
TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
HTML_FIELDS = ("html", "raw_html")
URL_FIELDS = ("url", "link")
DATE_FIELDS = ("date", "published", "date_published", "pubDate", "published_at", "date_publish", "date_extracted")
OUTLET_FIELDS = ("source", "outlet", "site", "sitename", "source_domain", "publisher")
AUTHOR_FIELDS = ("author", "authors", "byline")


@dataclass(slots=True)
class Record:
    title: str | None
    text: str | None
    html: str | None
    url: str | None
    date: str | None
    outlet: str | None
    author: str | None
    text_field: str | None  # which field the text came from, to find it again in the raw bytes


def _first(record: dict, fields: tuple[str, ...]) -> tuple[str | None, str | None]:
    for name in fields:
        value = record.get(name)
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value if item)
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip(), name
    return None, None


def record_text(data: dict) -> str | None:
    """The article text of a parsed JSON record, from the first of ``TEXT_FIELDS`` it has, or None."""
    return _first(data, TEXT_FIELDS)[0]


def read_record(text: str) -> Record:
    """Read the fields of one JSON record; raise InputError when it holds no article."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise InputError("a JSON record must be an object")
    body, text_field = _first(data, TEXT_FIELDS)
    html, _ = _first(data, HTML_FIELDS)
    if not body and not html:
        fields = ", ".join(TEXT_FIELDS + HTML_FIELDS)
        raise InputError(f"JSON record has no article text (looked for: {fields})")
    return Record(
        title=_first(data, TITLE_FIELDS)[0],
        text=body,
        html=html,
        url=_first(data, URL_FIELDS)[0],
        date=_first(data, DATE_FIELDS)[0],
        outlet=_first(data, OUTLET_FIELDS)[0],
        author=_first(data, AUTHOR_FIELDS)[0],
        text_field=text_field,
    )
