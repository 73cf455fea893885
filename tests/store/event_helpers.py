"""Hand-made events with known confidences, saved as extraction hands them over, so the store's handling of
``confidence`` is tested without the event model; and a store as rasd left it before events were scored."""

from __future__ import annotations

from rasd.clean.article import Article, OffsetMap, Segment
from rasd.events.model import Event
from rasd.ingest.document import TEXT, RawDocument
from rasd.store import open_store
from rasd.store.migrations import Migrations
from rasd.store.sqlite_events import SQLiteEvents

# One sentence per event, each of another type, so no two are grouped as one event.
SENTENCES = (
    ("CONSULT", "التقى", "التقى الوزير نظيره في العاصمة."),
    ("ACCUSE", "واتهم", "واتهم البيان الحكومة بالتقصير."),
    ("AID", "وقدمت", "وقدمت الدولة مساعدات للاجئين."),
)
CONFIDENCE_MIGRATION = "m0012_event_confidence"


def scored_article(confidences: list[float | None], title: str = "خبر") -> Article:
    """An article of ``len(confidences)`` sentences, each with one event scored as given (None: unscored)."""
    text, events = "", []
    for (kind, trigger, sentence), confidence in zip(SENTENCES, confidences, strict=False):
        start = len(text)
        text += sentence + " "
        at = start + sentence.index(trigger)
        events.append(Event(kind, "happened", trigger, at, at + len(trigger), start, start + len(sentence),
                            confidence=confidence))
    text = text.rstrip()
    return Article(text=text, title=title, language="ar", cleaner="test",
                   offsets=OffsetMap([Segment(0, 0, len(text))]), events=events)


def save_scored(store, confidences: list[float | None], origin: str = "scored.txt") -> int:
    """Save a ``scored_article`` (its document named, and made distinct, by ``origin``); returns its article id."""
    article = scored_article(confidences, title=origin)
    document = RawDocument(origin, f"{origin}\n{article.text}".encode("utf-8"), TEXT)
    return store.save(document, article).article_id


def _insert_unscored(self, article_id: int, events: list, mention_ids: list[int]) -> None:
    """How rasd wrote events before m0012: every column but ``confidence``, which did not exist."""
    text = self._db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    for event in events:
        self._db.execute(
            'INSERT INTO events (article_id, type, mode, trigger, trigger_start, trigger_end, start, "end", sentence)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, event.type, event.mode, event.trigger, event.trigger_start, event.trigger_end,
             event.start, event.end, text[event.start:event.end]),
        )


def store_before_confidence(location, monkeypatch, backend_module, schema_module) -> int:
    """Make ``location`` a store as rasd left it before m0012 (the migrations before it, events without a
    confidence) holding one article with one event; returns the article's id."""
    names = schema_module.migrations.names
    older = Migrations()
    for name in names[: names.index(CONFIDENCE_MIGRATION)]:
        older(getattr(schema_module, name))
    with monkeypatch.context() as patch:
        patch.setattr(backend_module, "migrations", older)
        patch.setattr(SQLiteEvents, "_insert_events", _insert_unscored)
        with open_store(location) as old:
            assert CONFIDENCE_MIGRATION not in old.applied_migrations()
            return save_scored(old, [0.5], origin="before.txt")
