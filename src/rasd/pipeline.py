"""The per-article function: a raw document in, a clean article out.

Pure: no database, no printing, picklable in and out, so the same code runs
in one process, in several, or on a cluster.
"""

from __future__ import annotations

from datetime import date, datetime

from .arabic.dates import parse_date
from .arabic.presentation import fold_presentation_forms
from .clean.article import Article, TextBuilder
from .clean.html import clean_html
from .clean.metadata import detect_language, pick_outlet, pick_published, pick_title
from .clean.record import read_record
from .clean.text import clean_text_lines
from .errors import InputError
from .events import extract_events
from .ingest.decode import decode
from .ingest.document import HTML, RECORD, RawDocument

# Bump when cleaning changes meaning, so stored articles say which cleaner made them.
TEXT_CLEANER = "rasd.text-lines.v1"
HTML_CLEANER = "rasd.trafilatura.v1"
RECORD_CLEANER = "rasd.record.v1"


def process(document: RawDocument, annotate: bool = True) -> Article:
    """Decode, clean and annotate one raw document; raise InputError when it holds no article.

    ``annotate=False`` stops after cleaning (the NER model is then never loaded).
    """
    decoded = decode(document.content)
    if document.media_type == RECORD:
        article = _from_record(decoded.text, document)
    elif document.media_type == HTML:
        article = _from_html(decoded.text, document.url)
    else:
        article = _from_text(decoded.text)
    if not article.text.strip():
        raise InputError("no article text found (only page furniture)")
    article.encoding = decoded.encoding
    if article.title:
        article.title = fold_presentation_forms(article.title)[0]
    article.language = detect_language(article.text)
    article.url = article.url or document.url
    # An outlet the user named wins over one guessed from the page.
    article.outlet = document.outlet or article.outlet
    if annotate and article.language == "ar":
        # Imported here: spaCy takes a second to import, and cleaning-only callers never need it.
        from .nlp.ner import load_recognizer
        from .quotes import find_quotations

        ((article.mentions, article.titles),) = load_recognizer().annotate([article.text])
        article.quotations = find_quotations(article.text, article.mentions, article.titles)
        article.events = extract_events(article.text, article.mentions, article.titles, article.published,
                                        article.quotations)
    return article


def _from_text(raw: str) -> Article:
    cleaning = clean_text_lines(raw)
    published = pick_published(cleaning.lines, cleaning.body_start)
    return Article(
        text=cleaning.builder.text,
        title=pick_title(cleaning.lines, cleaning.body_start, cleaning.body_end),
        published=published.isoformat() if published else None,
        outlet=pick_outlet(cleaning.lines),
        cleaner=TEXT_CLEANER,
        offsets=cleaning.builder.offsets,
        removed=cleaning.removed,
    )


def _from_html(raw: str, url: str | None) -> Article:
    cleaning = clean_html(raw, url)
    return Article(
        text=cleaning.builder.text,
        title=cleaning.title,
        published=_iso_date(cleaning.published),
        author=cleaning.author,
        outlet=cleaning.sitename,
        url=cleaning.url,
        cleaner=HTML_CLEANER,
        offsets=cleaning.builder.offsets,
    )


def _from_record(raw: str, document: RawDocument) -> Article:
    record = read_record(raw)
    if record.text and not _looks_like_html(record.text):
        builder = TextBuilder()
        for paragraph in record.text.split("\n"):
            if paragraph.strip():
                builder.add_found(paragraph.strip(), raw)
        article = Article(text=builder.text, offsets=builder.offsets, cleaner=RECORD_CLEANER)
    else:
        cleaning = clean_html(record.html or record.text or "", record.url)
        # Offsets are into the HTML held inside the record, not the record's bytes.
        article = Article(
            text=cleaning.builder.text,
            title=cleaning.title,
            published=_iso_date(cleaning.published),
            outlet=cleaning.sitename,
            cleaner=HTML_CLEANER,
        )
    article.title = record.title or article.title
    article.published = _iso_date(record.date) or article.published
    article.author = record.author or article.author
    article.outlet = record.outlet or article.outlet
    article.url = record.url or document.url
    return article


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<") and ("<p" in text.lower() or "<html" in head or "<div" in text.lower())


def _iso_date(value: str | date | None) -> str | None:
    """A date as YYYY-MM-DD from ISO strings or Arabic date text; None when unreadable."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    found = parse_date(text)
    return found.isoformat() if found else None
