"""HTML pages: main text and metadata through trafilatura, comments excluded."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from ..errors import InputError
from .article import TextBuilder
from .furniture import LineKind, classify_furniture


@dataclass(slots=True)
class HtmlCleaning:
    builder: TextBuilder
    title: str | None
    published: str | None
    author: str | None
    sitename: str | None
    url: str | None


def clean_html(raw: str, url: str | None = None) -> HtmlCleaning:
    """Extract the article from an HTML page; raise InputError when there is none."""
    document = None
    # Precision first; short pages fall under trafilatura's size floor, so retry for recall.
    for favor_recall in (False, True):
        try:
            document = trafilatura.bare_extraction(
                raw,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                favor_recall=favor_recall,
            )
        except Exception as error:  # trafilatura raises lxml and parser errors of many kinds
            raise InputError(f"cannot parse the HTML page: {error}") from None
        if document is not None and (document.text or "").strip():
            break
    if document is None or not (document.text or "").strip():
        raise InputError("no article text found in the HTML page (empty, truncated or only navigation)")

    title = _clean(document.title)
    builder = TextBuilder()
    for paragraph in document.text.split("\n"):
        paragraph = paragraph.strip()
        if not paragraph or (builder.empty and title and paragraph == title):
            continue
        if classify_furniture(paragraph) in (LineKind.FURNITURE, LineKind.RELATED):
            # Share buttons and "read also" links that slip past the extractor.
            continue
        # Paragraphs that entities or tags split in the page source stay unmapped.
        builder.add_found(paragraph, raw)
    if builder.empty:
        raise InputError("no article text found in the HTML page (only a headline)")
    return HtmlCleaning(
        builder=builder,
        title=title,
        published=document.date,
        author=_clean(document.author),
        sitename=_clean(document.sitename),
        url=document.url or url,
    )


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None
