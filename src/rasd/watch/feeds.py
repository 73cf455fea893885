"""Reading a fetched feed (RSS or Atom, in any encoding it declares) into the items it links to."""

from __future__ import annotations

import xml.sax
from dataclasses import dataclass, field
from urllib.parse import urljoin

import feedparser

from ..errors import FetchError
from .sources import is_url


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str
    guid: str | None = None
    title: str | None = None


@dataclass(slots=True)
class ParsedFeed:
    title: str | None
    items: list[FeedItem] = field(default_factory=list)
    warning: str | None = None  # the feed was malformed but its items could still be read


def parse_feed(content: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """The items of a feed, newest first as the feed lists them; raise FetchError when none can be read."""
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(content, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or (entry.get("id") if is_url(entry.get("id") or "") else None)
        if link:
            items.append(FeedItem(urljoin(url, link.strip()), entry.get("id"), entry.get("title")))
    problem = _problem(parsed)
    if not items and not parsed.version:
        head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if head.startswith((b"<!doctype html", b"<html")):
            raise FetchError("not an RSS or Atom feed: the address gives an HTML page", transient=False)
    if problem and not items:
        raise FetchError(problem)
    if not parsed.version and not items:
        raise FetchError("not an RSS or Atom feed (no feed elements found)", transient=False)
    warning = f"{problem}; {len(items)} items read anyway" if problem else None
    return ParsedFeed(parsed.feed.get("title"), items, warning)


def _problem(parsed: feedparser.FeedParserDict) -> str | None:
    """One line saying what is wrong with a feed feedparser flagged, or None when nothing that matters is."""
    if not parsed.get("bozo"):
        return None
    error = parsed.get("bozo_exception")
    if isinstance(error, xml.sax.SAXParseException):
        return f"malformed XML at line {error.getLineNumber()}, column {error.getColumnNumber()}: {error.getMessage()}"
    if isinstance(error, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)):
        return None  # declared and actual encodings or types disagree, but the text was decoded
    return f"unreadable feed: {error}"
