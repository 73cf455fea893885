"""Names typed as the annotated corpora type them where the model, reading the words alone, cannot tell.

A city's name in a match report is its club (``فوزه على كوبنهاغن``, ``هامبورغ الألماني``: an organisation, as
ANERcorp types clubs), and a work's title quoted after what it is (``برنامج « سهرة مع النجوم »``) is a name of the
other kind (MISC). ``repairs.repaired`` applies both last; each was measured on the dev split, NewsFANE and
ANERcorp's training part (README, Entities).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..arabic.normalize import normalize_for_matching
from ..entities.offices import country_names, country_of_adjective

OPENING_QUOTES, CLOSING_QUOTES = frozenset('"«“'), frozenset('"»”')


def _folded(words: str) -> frozenset[str]:
    return frozenset(normalize_for_matching(word) for word in words.split())


# Words of a match report; a club named after its city is told from the city by the words around it.
_SPORT = _folded("""مباراة المباراة مباراته مباريات الدوري دوري الفريق فريق فريقه منتخب بطولة البطولة كأس الكأس
    هدف هدفا هدفين الأهداف ملعب مرمى الشوط الدقيقة فوز فوزه بفوزه فاز تعادل التعادل خسارة الخسارة خسر هزم
    تغلب مضيفه ضيفه ذهاب إياب ركلة جزاء لاعب اللاعب لاعبي المدرب نادي النادي صفر دور فوزا استاد ستاد المجموعة
    الجولة متفرج المسابقات""")
# Words right before a club's name: whom a team beat or lost to (فوزه على, الخسارة أمام), its host or guest.
_FACED = _folded("على أمام امام")
_RESULTS = _folded("فوز فوزه بفوزه فاز فازت الفوز خسارة الخسارة خسر تعادل التعادل تغلب هزم هزيمة لقاء مواجهة")
_HOSTS = _folded("مضيفه ضيفه فريق نادي ناديه فريقه")
_ZERO = normalize_for_matching("صفر")


def _score(tokens) -> bool:
    """Whether the words hold a match's score (``1 - صفر``, ``2 - 1``)."""
    number = [token.is_digit or token.norm_ == _ZERO for token in tokens]
    return any(number[i] and tokens[i + 1].text == "-" and number[i + 2] for i in range(len(tokens) - 2))


def _sport_passage(doc, span, reach: int = 15) -> bool:
    """Whether the words around the name tell of a match: two of its words, or a score in the sentence."""
    words = doc[max(0, span.start - reach):min(len(doc), span.end + reach)]
    return sum(1 for token in words if token.norm_.lstrip("وب") in _SPORT or token.norm_ in _SPORT) >= 2 or \
        _score(doc[span.end:min(len(doc), span.end + 8)])


def _club_context(doc, span, countries: frozenset[str], adjectives: dict[str, str]) -> bool:
    """Whether the words around a place name it as a team: a country's adjective after it (``هامبورغ الألماني``),
    its country in brackets (``ليون ( فرنسا )``), a score after it, the one beaten or met before it (``فوزه على``,
    ``أمام مضيفه``), or its host's or club's word (``نادي قطر``)."""
    after = [token.norm_ for token in doc[span.end:span.end + 4]]
    before = [token.norm_ for token in doc[max(0, span.start - 3):span.start]]
    if after and after[0] in adjectives:
        return True
    if len(after) >= 3 and after[0] == "(" and (after[1] in countries or doc[span.end + 1].ent_type_ == "LOC"):
        return True
    if len(after) >= 2 and (after[0].isdigit() or after[0] == _ZERO) and after[1] == "-":
        return True
    if before and before[-1].lstrip("و") in _HOSTS:
        return True
    return len(before) >= 2 and before[-1] in _FACED and any(word.lstrip("وب") in _RESULTS for word in before[:-1])


@lru_cache(maxsize=1)
def _folded_countries() -> frozenset[str]:
    return frozenset(normalize_for_matching(name) for name in country_names())


def sport_clubs(doc):
    """The doc with a city's name that a match report gives as a team typed an organisation, as the annotated
    corpora type clubs (``فوزه على كوبنهاغن``, ``موناكو الفرنسي``): the model types them places, the names
    being the cities'. Countries stay places (national teams are their countries in the corpora)."""
    countries, adjectives = _folded_countries(), country_of_adjective()
    spans, changed = [], False
    taken = {i for span in doc.ents for i in range(span.start, span.end)}
    for index, token in enumerate(doc):  # a place-name word the model left untagged (ليون الفرنسي فوزه)
        if index in taken or not token.is_alpha or token.norm_.startswith("ال") or not _place_word(token):
            continue
        club = Span(doc, index, index + 1, label="ORG")
        after = doc[index + 1:index + 4]
        named = len(after) >= 1 and after[0].norm_ in adjectives or \
            len(after) >= 3 and after[0].text == "(" and after[1].norm_ in countries
        if named and _sport_passage(doc, club) and normalize_for_matching(token.text).lstrip("و") not in countries:
            spans.append(club)
            changed = True
    for span in doc.ents:
        hosted = span.start > 0 and doc[span.start - 1].norm_.lstrip("و") in _HOSTS  # "مضيفه ليون", "نادي قطر"
        place = span.label_ == "LOC" and normalize_for_matching(span.text).lstrip("و") not in countries
        if (place or hosted and span.label_ in ("LOC", "PER")) and len(span) <= 2 and _sport_passage(doc, span) \
                and _club_context(doc, span, countries, adjectives):
            span = Span(doc, span.start, span.end, label="ORG")
            changed = True
        spans.append(span)
    if changed:
        doc.ents = sorted(spans, key=lambda span: span.start)
    return doc


def _place_word(token) -> bool:
    """Whether the name-word gazetteer (the tokenizer's ``gazN`` classes) knows the word from a place's name."""
    classes = token.lower_
    return classes.startswith("gaz") and classes[3:].isdigit() and bool(int(classes[3:]) & 2)


# Words that a work's title follows in quotes: a programme, a film, a book, a song (برنامج «سهرة مع النجوم»).
_WORKS = _folded("""برنامج برنامجا برنامجه برنامجها البرنامج بعنوان عنوانه عنوانها فيلم فيلما الفيلم مسلسل مسلسلا
    المسلسل كتاب كتابا الكتاب كتابه روايه رواية الرواية روايته اغنية أغنية الأغنية اغنيته أغنيته ألبوم البوم الألبوم
    مسرحية المسرحية مسرحيته""")


def quoted_works(doc):
    """The doc with the title of a work, quoted right after the word that says what it is (``برنامج « سهرة مع
    النجوم »``, ``بعنوان « … »``), named as other (MISC), as the annotated corpora tag titles; only where no
    name of the model stands inside the quotes, and for titles of six words or fewer."""
    taken = {i for span in doc.ents for i in range(span.start, span.end)}
    spans, changed = list(doc.ents), False
    for index in range(len(doc) - 2):
        if doc[index].norm_.lstrip("وبل") not in _WORKS and doc[index].norm_ not in _WORKS or \
                doc[index + 1].text not in OPENING_QUOTES:
            continue
        closing = next((i for i in range(index + 3, min(len(doc), index + 9)) if doc[i].text in CLOSING_QUOTES),
                       None)
        inside = range(index + 2, closing) if closing is not None else range(0)
        if inside and not any(i in taken for i in inside) and all(doc[i].is_alpha for i in inside):
            spans.append(Span(doc, inside.start, inside.stop, label="MISC"))
            taken.update(inside)
            changed = True
    if changed:
        doc.ents = sorted(spans, key=lambda span: span.start)
    return doc
