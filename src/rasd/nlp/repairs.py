"""Repairs to the names the model and the CRF found, read from the words around them.

The model sometimes runs a name on into punctuation, a preposition, a day, the act condemned after it or
the title of the person named next (``لطالبان الملا``), cuts a lineage (``مشبب`` بن ``محمد``), joins two
people named side by side with ``و`` (``ستولتنبرغ وبومبيو``), or finds an organisation's naming word
without its quoted name (``منظمة`` "العفو الدولية"). ``repaired`` applies the repairs in order, after the
people named after their titles are added and completed (``titles.py``); each was measured on the dev
split and NewsFANE (README, Entities).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from ..arabic.normalize import normalize_for_matching
from ..entities.offices import country_of_adjective
from .conventions import CLOSING_QUOTES, OPENING_QUOTES, quoted_works, sport_clubs
from .titles import (
    ACTS_DONE,
    DAYS,
    add_titled_people,
    frequent,
    is_person_word,
    is_title_head,
    is_title_word,
    names_a_day,
)

_IBN = frozenset(normalize_for_matching(word) for word in ("بن", "بنت", "ابن", "ولد"))
# Prepositions, which never end a name (``أحمد إلى`` → ``أحمد``).
_NEVER_LAST = frozenset(normalize_for_matching(word) for word in ("إلى", "الى", "في", "على", "عن", "مع", "من", "إن", "أن"))
_WALAD = normalize_for_matching("ولد")
_DAY_PARTS = frozenset(normalize_for_matching(word) for word in ("صباح", "مساء", "ظهر", "فجر", "ليلة", "عصر"))
_JOINERS = frozenset(normalize_for_matching(word) for word in ("عبد", "أبو", "ابو"))
_LINEAGE = _IBN | _JOINERS
# The last word of Turkish family names written apart (داود أوغلو, جاويش أوغلو): it never stands alone.
_OGLU = frozenset(normalize_for_matching(word) for word in ("أوغلو", "اوغلو", "أغلو", "أوغلي"))
# How often a word must have been seen as a name (the gazetteer counts as five) to be a second person after و.
_SEEN_AS_NAME = 5
# Styles before a person's name (الدكتور خالد): never the last word of a body's name.
_STYLES = frozenset(normalize_for_matching(w) for w in "الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة".split())
# Words that name an organisation only with the name after them, often in quotes (منظمة "العفو الدولية").
_NAMING_WORDS = frozenset(normalize_for_matching(w) for w in "منظمة هيئة جمعية حركة حزب جماعة تنظيم جبهة".split())


def repaired(doc, family_names: frozenset[str] = frozenset(), lexicon: dict[str, int] | None = None,
             ordinary: Callable[[str], bool] | None = None):
    """The doc's names after every repair: people after titles, edges, coordinated people, quoted names,
    lineages, clubs named after their cities, titles of works; no weekday, chief of staff or, with
    ``ordinary`` (whether a folded word is a frequent one the archive knows mostly as an ordinary word), such a
    word as a person."""
    doc = add_titled_people(doc, family_names)
    doc = without_adjectives(doc)
    doc = without_edge_punctuation(doc)
    doc = split_coordinated_people(doc, lexicon or {})
    doc = quoted_names(doc)
    doc = without_common_words(doc, ordinary)
    if ordinary is not None:
        doc = without_led_words(doc, ordinary)
    return quoted_works(sport_clubs(lineage_names(joined_names(doc))))  # (conventions.py)


def without_adjectives(doc):
    """The doc without people named by a country's adjective alone (``روسي``, ``الروسي``):
    an adjective is no one's name, and the article-wide repetition of names would spread it."""
    adjectives = country_of_adjective()

    def adjective(word: str) -> bool:
        folded = normalize_for_matching(word)
        return folded in adjectives or "ال" + folded in adjectives  # الروسي, روسي

    kept = [span for span in doc.ents if not (span.label_ == "PER" and len(span) == 1 and adjective(span.text))]
    if len(kept) != len(doc.ents):
        doc.set_ents(kept, default="outside")
    return doc


# Words that make the next one an office (رئيس أركان الجيش), not a person's name.
_STAFF = frozenset(normalize_for_matching(word) for word in ("أركان", "اركان"))
_STAFF_HEADS = frozenset(normalize_for_matching(word) for word in ("رئيس", "قائد", "هيئة", "رئاسة", "نائب"))


def without_common_words(doc, ordinary: Callable[[str], bool] | None = None):
    """The doc without one-word people that are a weekday after ``يوم`` or ``كل`` (``كل جمعة``, Friday, not
    the name جمعة) or the staff of ``رئيس أركان`` (chief of staff); and, with ``ordinary``, without one-word
    people of four letters or more that are among the news vocabulary's most frequent words and that the
    archive knows mostly as ordinary words (``صاحب`` السمو, ``باسم`` الخطوط, ``أمام`` التعاون; ``ordinary``
    says which)."""
    def common(span) -> bool:
        if span.label_ != "PER" or len(span) != 1:
            return False
        word = span[0].norm_
        if ordinary is not None and len(word) >= 4 and ordinary(word):
            return True
        if span.start == 0:
            return False
        before = doc[span.start - 1].norm_
        return names_a_day(before, word) or word in _STAFF and before.lstrip("و") in _STAFF_HEADS

    kept = [span for span in doc.ents if not common(span)]
    if len(kept) != len(doc.ents):
        doc.set_ents(kept, default="outside")
    return doc


# Prepositions on a word that open a phrase, not a name (بالديوان, للنادي); و alone does open names (وألفا).
_LEADS = ("وب", "ول", "ب", "ل")


def without_led_words(doc, ordinary: Callable[[str], bool]):
    """The doc with no person's name opening on a preposition on a definite word the archive knows as an
    ordinary one (``ordinary``: ``بالديوان الملكي المشرف``, the royal court's adviser, no one's name; ``بالشاعر``
    سالم الهاشمي → سالم الهاشمي) nor on the frequent definite words and country adjectives right after it
    (``بالمنتخب الهندي رام كومار`` → ``رام كومار``)."""
    adjectives = country_of_adjective()
    spans, changed = [], False
    for span in doc.ents:
        start = span.start
        first = span[0].norm_
        lead = next((p for p in _LEADS if first.startswith(p + "ال")), None)
        if span.label_ == "PER" and lead is not None and ordinary(first[len(lead):]):
            start += 1
            while start < span.end and doc[start].norm_.startswith("ال") and \
                    (frequent(doc.vocab, doc[start].norm_) or doc[start].norm_ in adjectives):
                start += 1
        if start == span.start:
            spans.append(span)
            continue
        changed = True
        if start < span.end:
            spans.append(Span(doc, start, span.end, label=span.label_))
    if changed:
        doc.ents = spans
    return doc


def without_edge_punctuation(doc):
    """The doc with no name starting or ending on a punctuation mark (``منظمة "`` → ``منظمة``): the model
    sometimes runs a name on into the quote mark of the name that follows; no name ending on a
    preposition (``أحمد إلى``); no person's name ending on a day or ``أمس`` (``آشتون كارتر الخميس`` →
    ``آشتون كارتر``), which the news puts right after names, nor on a frequent noun in the indefinite
    accusative (``أحمد برنامجا``); and no organisation ending on the title of
    the person named next (``لطالبان الملا`` عبد الغني برادر → ``لطالبان``)."""
    trimmed = []
    changed = False
    for span in doc.ents:
        start, end = span.start, span.end
        while start < end and not any(char.isalnum() for char in doc[start].text):
            start += 1
        while end > start and (not any(char.isalnum() for char in doc[end - 1].text) or
                               normalize_for_matching(doc[end - 1].text) in _NEVER_LAST or
                               span.label_ == "PER" and normalize_for_matching(doc[end - 1].text) in DAYS):
            end -= 1
        while span.label_ == "PER" and end > start and is_title_word(doc[end - 1].norm_):
            end -= 1  # "هادي بمبعوث", "بمبعوث": a title with its preposition, no name (dev, NewsFANE F1 unchanged)
        while span.label_ == "PER" and end - 1 > start and _led_word(doc[end - 1]):
            end -= 1  # "مجدي بضرورة": a preposition on a word of the news vocabulary ends a name
        if span.label_ == "PER" and end - 1 > start and _indefinite_object(doc[end - 1]):
            end -= 1  # "أحمد برنامجا": a frequent noun in the accusative (a programme), what the person does
        if span.label_ == "PER" and end - 1 > start and doc[end - 1].norm_ in _DAY_PARTS and end < len(doc) and \
                doc[end].norm_ in DAYS:
            end -= 1  # "المفتشون صباح" اليوم: the part of the day, not a name (صباح is one, alone)
        while span.label_ == "ORG" and end - 1 > start and (is_title_head(doc[end - 1].norm_) or
                                                            doc[end - 1].norm_ in _STYLES):
            end -= 1  # "لطالبان الملا" (عبد الغني برادر), "جامعة المجمعة الدكتور": the title or style of the
            # person named next, not the body's
        act = next((i for i in range(start + 1, end) if doc[i].norm_ in ACTS_DONE), None)
        if span.label_ == "PER" and act is not None:
            end = act  # "شوقي علام التفجير الإرهابي": the act condemned after the name
        if (start, end) == (span.start, span.end):
            trimmed.append(span)
            continue
        changed = True
        if end > start:
            trimmed.append(Span(doc, start, end, label=span.label_))
    if changed:
        doc.ents = trimmed
    return doc


def joined_names(doc):
    """The doc with two people's names joined by ``بن`` or ``ولد`` (son of), or standing side by side, made
    one name (``مشبب`` بن ``محمد القحطاني`` → ``مشبب بن محمد القحطاني``): a lineage is one person, which the
    model sometimes cuts (dev F1 72.2 → 72.3 with the names side by side)."""
    ents = list(doc.ents)
    merged, changed = [], False
    for span in ents:
        previous = merged[-1] if merged else None
        joined = previous is not None and previous.label_ == span.label_ == "PER" and (
            span.start == previous.end and not span[0].text.startswith("و")  # "إسماعيل ولد الشيخ" "أحمد"
            or span.start == previous.end + 1 and normalize_for_matching(doc[previous.end].text) in _IBN)
        if joined:
            merged[-1] = Span(doc, previous.start, span.end, label="PER")
            changed = True
        else:
            merged.append(span)
    if changed:
        doc.ents = merged
    return doc


def lineage_names(doc):
    """The doc with a person's name that goes on with ``ولد`` (son of) and the father's name the model left
    out made whole (``إسماعيل`` ولد الشيخ أحمد → ``إسماعيل ولد الشيخ أحمد``): one word after ``ولد``, and a
    second when it is a person-name word of the gazetteer or the first is ``عبد``/``أبو``. Not before a
    preposition or a mark (``محمد ولد في القاهرة``: was born in). A name followed by ``أوغلو`` takes it in."""
    ents = list(doc.ents)
    kept = []
    changed = False
    for span in ents:
        if kept and kept[-1].end > span.start:
            changed = True  # the father's name, taken into the name before it
            continue
        if span.label_ == "PER" and len(span) > 1 and span[-1].norm_ in _IBN:
            span = Span(doc, span.start, span.end - 1, label="PER")  # "محمد ولد" (في القاهرة): born, no lineage
            changed = True
        end = span.end
        if span.label_ == "PER" and end + 1 < len(doc) and doc[end].norm_ == _WALAD and _name_like(doc[end + 1]):
            stop = end + 2
            if stop < len(doc) and _name_like(doc[stop]) and \
                    (is_person_word(doc[stop]) or doc[end + 1].norm_ in _JOINERS):
                stop += 1
            longer = _run_on(doc, span, stop, ents)
            if longer is not None:
                span, changed = longer, True
        if span.label_ == "PER" and span.end < len(doc) and doc[span.end].norm_ in _OGLU:
            longer = _run_on(doc, span, span.end + 1, ents)  # "أحمد داود" أوغلو: a Turkish name's last word
            if longer is not None:
                span, changed = longer, True
        if span.label_ == "PER" and span[-1].norm_ in _JOINERS and span.end < len(doc) and _name_like(doc[span.end]):
            longer = _run_on(doc, span, span.end + 1, ents)  # "أبو" ردينة → "أبو ردينة": the name goes on
            if longer is not None:
                span, changed = longer, True
        kept.append(span)
    if changed:
        doc.ents = kept
    return doc


def _run_on(doc, span, stop: int, ents: list):
    """The person's name run on to ``stop``, taking in a person's name the model found there; None when
    another kind of name stands there."""
    following = next((other for other in ents if span.end <= other.start < stop), None)
    if following is not None and following.label_ != "PER":
        return None
    return Span(doc, span.start, max(stop, following.end) if following is not None else stop, label="PER")


def _led_word(token) -> bool:
    """A word with ب or ل on a frequent word of the news vocabulary (بضرورة, لتعزيز), as written."""
    return token.norm_[:1] in ("ب", "ل") and not token.norm_.startswith("ال") and token.prefix_ != token.norm_ and \
        frequent(token.vocab, token.prefix_) and not is_person_word(token)


def _indefinite_object(token) -> bool:
    """A frequent word of the news vocabulary with the indefinite accusative's alif (برنامجا, اتفاقا), as
    written: a name's last word never is one."""
    text = token.text.replace("\u064b", "")  # the tanween written or not (برنامجاً)
    return text.endswith("ا") and len(token.norm_) >= 4 and frequent(token.vocab, token.norm_[:-1]) and \
        not is_person_word(token)


def _name_like(token) -> bool:
    return token.text.isalpha() and token.norm_ not in _NEVER_LAST and token.norm_ not in DAYS


def split_coordinated_people(doc, lexicon: dict[str, int]):
    """The doc with a person's name that runs on over ``و`` into a second person's made two names
    (``ستولتنبرغ وبومبيو`` → ``ستولتنبرغ``, ``وبومبيو``): a word inside it whose ``و`` is a conjunction,
    the rest of it a name seen at least as often as the gazetteer counts, the word as written none."""
    spans, changed = [], False
    for span in doc.ents:
        cut = None
        if span.label_ == "PER":
            cut = next((i for i in range(span.start + 1, span.end)
                        if doc[i].norm_.startswith("و") and lexicon.get(doc[i].norm_[1:], 0) >= _SEEN_AS_NAME
                        and doc[i].norm_ not in lexicon and doc[i - 1].norm_ not in _LINEAGE), None)
        if cut is None:
            spans.append(span)
            continue
        spans += [Span(doc, span.start, cut, label="PER"), Span(doc, cut, span.end, label="PER")]
        changed = True
    if changed:
        doc.ents = spans
    return doc


def quoted_names(doc):
    """The doc with an organisation the model found as its naming word alone (``منظمة``) given the quoted name
    after it instead (``منظمة "العفو الدولية"`` → ``العفو الدولية``), when no entity stands in the quotes;
    events join the word to the name."""
    taken = {i for span in doc.ents for i in range(span.start, span.end)}
    spans, changed = [], False
    for span in doc.ents:
        opening = span.end
        if span.label_ == "ORG" and len(span) == 1 and span[0].norm_.lstrip("و") in _NAMING_WORDS and \
                opening + 2 < len(doc) and doc[opening].text in OPENING_QUOTES:
            closing = next((i for i in range(opening + 2, min(len(doc), opening + 7))
                            if doc[i].text in CLOSING_QUOTES), None)
            inside = range(opening + 1, closing) if closing is not None else range(0)
            if inside and all(doc[i].is_alpha and i not in taken for i in inside):
                span = Span(doc, inside.start, inside.stop, label="ORG")
                changed = True
        spans.append(span)
    if changed:
        doc.ents = spans
    return doc

