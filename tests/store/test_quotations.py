"""Quotations in the store: written with their article, linked through the speaker's mention, kept on relink."""

from __future__ import annotations

from rasd.clean.article import Article, OffsetMap, Segment
from rasd.ingest.document import TEXT, RawDocument
from rasd.nlp.ner import Mention
from rasd.quotes import Quotation
from rasd.store import SearchFilters

TEXT_ONE = "وقال الوزير سالم الحربي إن المستشفى سيفتح قريبا. وأضاف مسؤول في الوزارة أن الأجهزة وصلت."
TEXT_TWO = "وقال الحربي إن العمل مستمر."


def _article(text, published, mentions, quotations):
    return Article(text=text, published=published, language="ar", cleaner="test",
                   offsets=OffsetMap([Segment(0, 0, len(text))]), mentions=mentions, quotations=quotations)


def _quotation(text, words, speaker, mention, cue="وقال", kind="indirect"):
    start = text.index(words)
    return Quotation(start, start + len(words), kind, cue, speaker, mention, 0, len(text))


def _mention(text, name):
    start = text.index(name)
    return Mention(start, start + len(name), name, name, "PER")


def _save(store, text, published, mentions, quotations):
    document = RawDocument(f"{published}.txt", text.encode("utf-8"), TEXT)
    return store.save(document, _article(text, published, mentions, quotations))


def _fill(store):
    one = [_mention(TEXT_ONE, "سالم الحربي")]
    _save(store, TEXT_ONE, "2024-03-01", one, [
        _quotation(TEXT_ONE, "المستشفى سيفتح قريبا", "سالم الحربي", 0),
        _quotation(TEXT_ONE, "الأجهزة وصلت", "مسؤول في الوزارة", None, cue="وأضاف"),
    ])
    two = [_mention(TEXT_TWO, "الحربي")]
    return _save(store, TEXT_TWO, "2024-03-05", two, [_quotation(TEXT_TWO, "العمل مستمر", "سالم الحربي", 0)])


def test_quotations_are_stored_with_their_words_and_speaker_entity(store):
    _fill(store)
    rows = store.quotations()
    assert [row.text for row in rows] == ["العمل مستمر", "المستشفى سيفتح قريبا", "الأجهزة وصلت"]
    person = store.find_entity("سالم الحربي")
    assert {row.speaker_entity_id for row in rows if row.speaker_name == "سالم الحربي"} == {person}
    assert rows[2].speaker_entity_id is None and rows[2].speaker_name == "مسؤول في الوزارة"
    assert rows[0].published == "2024-03-05" and rows[0].origin == "2024-03-05.txt"


def test_listing_by_speaker_and_date(store):
    _fill(store)
    # The lone family name of the second article joined the person, so both quotations are his.
    assert len(store.quotations(speaker="الحربي")) == 2
    assert len(store.quotations(speaker="سالم الحربي", filters=SearchFilters(since="2024-03-02"))) == 1
    assert [row.text for row in store.quotations(speaker="مسؤول في الوزارة")] == ["الأجهزة وصلت"]
    assert store.quotations(speaker="أحد غيره") == []
    assert [row.kind for row in store.iter_quotations()] == ["indirect"] * 3


def test_the_entity_view_lists_what_it_said_and_relink_keeps_it(store):
    _fill(store)
    person = store.find_entity("سالم الحربي")
    said = [row.text for row in store.entity(person).quotations]
    assert said == ["العمل مستمر", "المستشفى سيفتح قريبا"]
    store.relink()
    person = store.find_entity("سالم الحربي")
    assert [row.text for row in store.entity(person).quotations] == said
    assert store.entity(person).as_dict()["quotations"][0]["speaker_entity_id"] == person


def test_replacing_an_article_replaces_its_quotations(store):
    saved = _fill(store)
    text = "وقال الحربي إن العمل انتهى."
    store.replace_article(saved.document_id, _article(text, "2024-03-05", [_mention(text, "الحربي")],
                                                      [_quotation(text, "العمل انتهى", "سالم الحربي", 0)]))
    store.relink()
    assert "العمل انتهى" in [row.text for row in store.quotations(speaker="سالم الحربي")]
    assert "العمل مستمر" not in [row.text for row in store.iter_quotations()]
