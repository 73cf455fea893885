"""What ``rasd watch`` is pointed at: feed URLs, OPML files, or plain files listing feeds."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class FeedSource:
    """One feed to watch, with the outlet name its articles get when the user gave one."""

    url: str
    outlet: str | None = None


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def read_sources(names: list[str]) -> list[FeedSource]:
    """Feeds named by URL, by an OPML file (``xmlUrl`` outlines) or a file with one ``URL [outlet]`` a line."""
    found: dict[str, FeedSource] = {}
    for name in names:
        for source in [FeedSource(name)] if is_url(name) else _read_file(Path(name)):
            found.setdefault(source.url, source)
    return list(found.values())


def _read_file(path: Path) -> list[FeedSource]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(
            f"{path}: no such file (give a feed URL starting with http:// or https://, or a file)"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the feed list {path}: {error}") from None
    if "<opml" in text[:1000].lower():
        return _read_opml(path, text)
    return _read_list(path, text)


def _read_opml(path: Path, text: str) -> list[FeedSource]:
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError as error:
        raise InputError(f"{path}: not valid OPML ({error})") from None
    sources = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if is_url(url):
            outlet = (outline.get("text") or outline.get("title") or "").strip()
            sources.append(FeedSource(url, outlet or None))
    if not sources:
        raise InputError(f"{path}: the OPML file lists no feeds (no outline with an xmlUrl)")
    return sources


def _read_list(path: Path, text: str) -> list[FeedSource]:
    sources = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url, *rest = line.split(None, 1)
        outlet = rest[0] if rest else ""
        if not is_url(url):
            raise InputError(f"{path}:{number}: expected a feed URL (http:// or https://) then an optional outlet name")
        sources.append(FeedSource(url, outlet.strip() or None))
    if not sources:
        raise InputError(f"{path}: lists no feeds (one URL a line, # for comments)")
    return sources
