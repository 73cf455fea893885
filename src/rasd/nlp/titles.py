"""People named after their title: ``وزير الخارجية التركي مولود جاويش أوغلو``.

News introduces officials by title, and the words after a title are the
person's name even when the model has never seen it.  After a title head
(``وزير``, ``المبعوث``, ``الأمين العام``…) and its qualifiers (definite words,
``لـ``-phrases, names the model found: ``الأمين العام لحلف شمال الأطلسي``), up
to three words become a PER mention where the model found nothing, if at
least one is unknown to the news vocabulary (the words the vectors were trained
on), a person-name word of the gazetteer or a family name the model learnt from
the archive (``archive_people``: ``الرئيس ترامب``); a frequent word, or one shaped like
an Arabic noun or verb form (``يؤكد``, ``رفقة``, ``استعراض``), ends the name.
"""

from __future__ import annotations

import re

from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from ..arabic.months import WEEKDAYS
from ..arabic.normalize import normalize_for_matching

_HEADS = frozenset(
    normalize_for_matching(word)
    for word in (
        "وزير وزيرة الوزير الوزيرة رئيس رئيسة الرئيس الرئيسة رئيسي الرئيسين مبعوث المبعوث مبعوثة المبعوثة "
        "الأمين أمين المتحدث المتحدثة متحدث نائب مساعد مساعدة سفير السفير سفيرة السفيرة الملك الأمير أمير "
        "المستشار المستشارة مستشار مستشارة المفوض المفوضة مفوض قائد زعيم مدير المدير مديرة المديرة الممثل "
        "ممثل المنسق منسق مندوب المندوب المندوبة الجنرال العقيد اللواء العميد الشيخ الملا السيناتور النائب "
        "المفتي مفتي"
    ).split()
)
# Definite heads that are offices, not ranks or styles before a name (الجنرال, الشيخ, الأمير).
_OFFICES = frozenset(normalize_for_matching(word) for word in (
    "الوزير الوزيرة الرئيس الرئيسة المبعوث المبعوثة الأمين المتحدث المتحدثة السفير السفيرة المستشار "
    "المستشارة المفوض المفوضة المدير المديرة الممثل المنسق المندوب المندوبة").split())
# Acts a statement is about (دان المجلس العملية), which end a definite phrase: a title's (الأمين العام لمجلس
# الشورى الحادث الإجرامي) as well as a group's; after an indefinite word they are its genitive (وزير العمل).
ACTS_DONE = frozenset(normalize_for_matching(w) for w in """
    العملية التفجير الهجوم الاعتداء الجريمة العمل الحادث الحادثة الاقتحام الإجراءات القرار الاتفاق الفعل التصريحات
    الجهود المساندة الدعم الدور المواقف
""".split())
# A title phrase may also follow a preposition (التقى برئيس الاتحاد): found as a title, though such words do
# not make unknown words after them a person (dev F1 72.7 against 72.6 when they do).
_HEAD_PREFIXES = ("و", "ف", "ب", "ل", "وب", "ول")
_TO = frozenset(normalize_for_matching(w) for w in ("إلى", "الى"))
_IN = frozenset({normalize_for_matching("في")})
# Acting in the office (بالإنابة): part of the title, before the holder's name.
ACTING = frozenset(normalize_for_matching(w) for w in ("بالإنابة", "بالنيابة"))
# Heads of state and government, and ministers: a place after their country's adjective is where they acted.
_RULERS = frozenset(normalize_for_matching(w) for w in """
    الرئيس رئيس الرئيسة رئيسة الملك الأمير أمير الوزير وزير الوزيرة وزيرة
""".split())
# Days and "yesterday", "today": they end a title (الرئيس الفرنسي في باريس اليوم) and never end a name.
DAYS = frozenset(normalize_for_matching(word) for word in WEEKDAYS + ("أمس", "اليوم", "غدا"))
# Words that make the next one a day (يوم جمعة, كل خميس), not a person's name.
_BEFORE_DAY = frozenset(normalize_for_matching(word) for word in ("يوم", "كل", "أيام", "ايام"))


def names_a_day(previous: str, word: str) -> bool:
    """Whether a folded word is a weekday that the folded word before it makes one (``كل جمعة``: Friday, not
    the name جمعة)."""
    return (word in DAYS or "ال" + word in DAYS) and previous in _BEFORE_DAY


# Words that tie a title to what it is a title of.
_LINKS = frozenset(normalize_for_matching(w) for w in "باسم في لدى إلى الى لشؤون عن بن".split())
_NAME_JOINERS = frozenset(normalize_for_matching(w) for w in "بن بنت عبد أبو ابو آل دي دا فان فون در دير".split())
_MAX_QUALIFIERS = 6
# What may stand between a title and the name it introduces.
_BEFORE_NAME = frozenset({"د", ".", '"', "«", "“", *(normalize_for_matching(w) for w in "الدكتور المهندس الشيخ".split())})
# A style after a title's qualifiers opens the holder's name, not another qualifier.
_STYLED = frozenset(normalize_for_matching(w) for w in "والشيخ والدكتور والأمير".split())
# Words ranked among the most frequent of the news corpus are vocabulary, not names.
COMMON_RANK = 3000
ARABIC_FORM = re.compile(r"(?:ه|ات|ها|هم|هما|ين|ون)$|^است")
_MAX_NAME_WORDS = 3
# The shape of a verb or of a noun with a clitic (سيقرر, تناولت, استنكروا, لثنيه, المتمثل, تكريما): a family
# name after a first name has it only when the gazetteer knows it as a name (ستولتنبرغ).
_VERB_SHAPE = re.compile(r"^(?:ال|ل|ب|و|ف|س)|(?:ت|وا|ا|ه)$")
# A definite broken plural of the patterns الأفعال (الأطراف, الأطباء) and الفعائل (الفصائل), folded.
_BROKEN_PLURAL = re.compile(r"الا..ا.|ال[^ا]{2}ا[^ا][^اويه]")  # الأطراف; الفصائل, القبائل


def vocabulary_rank(vocab, word: str) -> int | None:
    """A folded word's rank in the news vocabulary (its row in the frequency-ordered word vectors), or None."""
    return vocab.vectors.key2row.get(hash_string(word))


def frequent(vocab, word: str) -> bool:
    """Whether a folded word is among the news vocabulary's ``COMMON_RANK`` most frequent: a word, not a name."""
    rank = vocabulary_rank(vocab, word)
    return rank is not None and rank < COMMON_RANK


def is_title_head(word: str) -> bool:
    """A title's head word as it stands, folded (وزير, المبعوث, سفير)."""
    return word in _HEADS


def is_title_word(word: str) -> bool:
    """A title's head word with a preposition or conjunction on it (بمبعوث, لوزير), folded."""
    return _head(word, _HEAD_PREFIXES) and word not in _HEADS


def _head(word: str, prefixes: tuple[str, ...] = ("و", "ف")) -> bool:
    """A title's head word, with or without a conjunction (ووزير) or the given prefixes."""
    return word in _HEADS or any(word.startswith(p) and word[len(p):] in _HEADS for p in prefixes)


def is_person_word(token) -> bool:
    """A person-name word of the gazetteer (the tokenizer writes a word's classes into LOWER; bit 1 is person)."""
    classes = token.lower_[3:] if token.lower_.startswith("gaz") else ""
    return classes.isdigit() and int(classes) & 1 == 1


def _new_phrase(previous: str, word: str) -> bool:
    """Whether a word after a title's definite words opens another phrase, the verb's object: an act
    (الحادث), or after a title's adjective a definite plural (المبعوث الأممي الأطراف الرئيسية: a broken plural
    of the pattern الأفعال or a sound plural) or another office."""
    if word in ACTS_DONE and previous.startswith(("ال", "لل")):
        return True  # the act the verb is about (دان الأمين العام لمجلس الشورى الحادث الإجرامي)
    if not (previous.startswith("ال") and (previous.endswith(("ي", "يه")) or previous in _HEADS)):
        return False  # after a definite head or its adjective (ودعا الوزير المنظمات الدولية)
    if word in _OFFICES and previous not in _HEADS:
        return True  # another office, the verb's object (ودعا الرئيس الفلسطيني المبعوث الأممي); a rank or a
        # style goes on to the holder's name (رئيس الأركان الأمريكي الجنرال مارتن ديمبسي)
    return bool(_BROKEN_PLURAL.fullmatch(word)) or len(word) >= 8 and word.endswith(("ين", "ون", "ات")) \
        and not word.endswith(("يين", "يون", "يات"))


def _links_on(doc: Doc, i: int, j: int, labels: dict[int, str]) -> bool:
    """Whether a linking word goes on with the title whose head is ``doc[i]``: ``إلى`` only before a place or
    a body (المبعوث إلى اليمن, not الرئيس إلى إبرام اتفاق); ``في`` not after a head of state or government
    and its country's adjective (الرئيس الفرنسي في باريس: where he acted)."""
    if doc[j].norm_ in _IN:  # "السفير في واشنطن", "المدير في الوزارة"; not "الوزير في بيان له"
        previous = doc[j - 1].norm_
        if doc[i].norm_.lstrip("وف") in _RULERS and previous.startswith("ال") and previous.endswith(("ي", "يه")):
            return False
        return j + 1 < len(doc) and (labels.get(j + 1) in ("LOC", "ORG") or doc[j + 1].norm_.startswith("ال"))
    if doc[j].norm_ not in _TO:
        return True
    return j + 1 < len(doc) and labels.get(j + 1) in ("LOC", "ORG")


def _title_end(doc: Doc, i: int, labels: dict[int, str]) -> int:
    """One past the last qualifier of the title whose head is ``doc[i]`` (definite words, لـ-phrases, names)."""
    j = i + 1
    while j < len(doc) and j - i <= _MAX_QUALIFIERS and labels.get(j) != "PER" and doc[j].norm_ not in DAYS and \
            not _new_phrase(doc[j - 1].norm_, doc[j].norm_) and (
        doc[j].norm_.startswith(("ال", "لل")) and doc[j].norm_ not in _TO or doc[j].norm_ in _LINKS and
        _links_on(doc, i, j, labels)
        or labels.get(j) in ("ORG", "LOC") and not _complete_before(doc, i, j, labels)
        or j > i + 1 and doc[j].norm_.startswith("وال") and doc[j].norm_ not in _STYLED  # "… للأوقاف والمساجد"
        or j == i + 1 and doc[j].norm_ in _HEADS and not doc[i].norm_.lstrip("وف").startswith("ال")  # "نائب وزير"
        or j > i + 1 and doc[j].norm_.startswith("ل") and len(doc[j].norm_) > 3 and j + 1 < len(doc)
        and doc[j + 1].norm_.startswith("ال") and labels.get(j + 1) != "PER"  # "المفوض السامي لحقوق الإنسان"
        or (doc[j].norm_.startswith("ل") and labels.get(j) is not None)
        or doc[j].norm_ in ACTING  # "الرئيس التنفيذي للشركة بالإنابة"
    ):
        j += 1
    return j


def _complete_before(doc: Doc, i: int, j: int, labels: dict[int, str]) -> bool:
    """Whether the title before ``j`` is a definite head with its definite adjective (الأمين العام), which
    takes no genitive: a name right after it begins something else (وحمّل الأمين العام إسرائيل المسؤولية).
    A name led by ل still qualifies it (الأمين العام للجامعة العربية)."""
    return j == i + 2 and labels.get(j - 1) is None and doc[i].norm_.lstrip("وف").startswith("ال") and \
        doc[j - 1].norm_.startswith("ال")


def _split_swallowed_people(doc: Doc, known_name, unknown) -> None:
    """Undo a span that runs from a title's ``لـ``-qualifier into the name after it: ``الأمين العام
    للحلف يانس ستولتنبرغ`` tagged as one organisation (or as one person) becomes ``للحلف`` (ORG) and
    the person (PER).
    The rest must look like a foreign name: no definite word (``للتحالف الدولي`` stays whole), every
    word a name word, one of them unknown to the news vocabulary."""
    entities = list(doc.ents)
    changed = False
    for index, entity in enumerate(entities):
        # A person's name never begins with "لل" (للحلف يانس ستولتنبرغ tagged as one person).
        swallowing = entity.label_ == "ORG" or (entity.label_ == "PER" and entity[0].norm_.startswith("لل"))
        if not swallowing or len(entity) < 2 or not entity[0].norm_.startswith("ل"):
            continue
        rest = entity[1:]
        before = range(max(0, entity.start - 3), entity.start)
        if not any(_head(doc[k].norm_) for k in before) or any(t.norm_.startswith("ال") for t in rest):
            continue
        if not all(known_name(t) for t in rest) or not any(unknown(t) for t in rest):
            continue
        entities[index : index + 1] = [
            Span(doc, entity.start, entity.start + 1, label="ORG"),
            Span(doc, entity.start + 1, entity.end, label="PER"),
        ]
        changed = True
    if changed:
        doc.ents = entities


def add_titled_people(doc: Doc, family_names: frozenset[str] = frozenset()) -> Doc:
    """Mark as PER the words that follow a title and look like a name, where the model found nothing;
    ``family_names`` are folded words known as people's family names (``archive_people``)."""
    def rank(token) -> int | None:
        return vocabulary_rank(doc.vocab, token.norm_)

    def known_name(token) -> bool:
        return rank(token) is None or is_person_word(token) or token.norm_ in family_names

    _split_swallowed_people(doc, known_name, lambda token: rank(token) is None)
    _split_trailing_people(doc, known_name)
    taken = {i for entity in doc.ents for i in range(entity.start, entity.end)}
    labels = {i: entity.label_ for entity in doc.ents for i in range(entity.start, entity.end)}

    def name_word(token, first: bool) -> bool:
        norm = token.norm_
        if not token.is_alpha or token.i in taken or len(norm) < 2 or (first and norm.startswith("ال")):
            return False
        if first and norm != token.prefix_ and not is_person_word(token):
            # A name right after its title takes no conjunction (وستساعد), and a preposition written
            # onto an Arabic noun form is not a name's first letter (بمفاوضين; but بومبيو, لافروف are), nor
            # onto a word of the news vocabulary (بإقرار: the title's verb goes on with what it welcomes).
            if norm[:1] in "وف" or ARABIC_FORM.search(token.prefix_) or \
                    norm[:1] in "بل" and rank(token) is None and vocabulary_rank(doc.vocab, token.prefix_) is not None:
                return False
        if not first and norm != token.prefix_ and not is_person_word(token) and \
                vocabulary_rank(doc.vocab, token.prefix_) is not None:
            return False  # "تسيبراس بانعدام": a preposition on a word of the news vocabulary ends the name
        if norm in _NAME_JOINERS or known_name(token):
            return True
        # A known word that is not frequent may still be a foreign name (أوغلو), unless it is shaped
        # like an Arabic noun or verb form: ta marbuta, plural or pronoun endings, the istif'al prefix.
        return rank(token) >= COMMON_RANK and not ARABIC_FORM.search(norm)

    people = {entity.start: entity for entity in doc.ents if entity.label_ == "PER"}
    grown: dict[int, int] = {}  # a person the model found right after a title: start → the name's new end
    new = []
    i = 0
    while i < len(doc):
        if not _head(doc[i].norm_) or i in taken:
            i += 1
            continue
        start = j = _title_end(doc, i, labels)
        found = people.get(start)
        if found is not None:
            end = found.end  # "الرئيس دونالد ترمب" with only the first name found: the family name after it
            if len(found) == 1 and found[0].norm_ not in family_names and end < len(doc) and end not in taken \
                    and name_word(doc[end], first=False) and \
                    (is_person_word(doc[end]) or not _VERB_SHAPE.search(doc[end].norm_)):
                grown[found.start] = end = end + 1
            i = end
            continue
        while j < len(doc) and j - start < _MAX_NAME_WORDS + (1 if doc[j - 1].norm_ in _NAME_JOINERS else 0):
            if not name_word(doc[j], first=j == start):
                break
            j += 1
        while j > start and doc[j - 1].norm_ in _NAME_JOINERS:
            j -= 1
        if j > start and any(known_name(doc[k]) for k in range(start, j)):
            new.append(Span(doc, start, j, label="PER"))
            taken.update(range(start, j))
        i = max(j, i + 1)
    if new or grown:
        kept = [Span(doc, e.start, grown[e.start], label="PER") if e.start in grown and e.label_ == "PER" else e
                for e in doc.ents]
        doc.ents = sorted([*kept, *new], key=lambda entity: entity.start)
    return doc


def _split_trailing_people(doc: Doc, known_name) -> None:
    """Undo an organisation the model runs on into the person named after it, when a title comes before
    it: ``الأمين العام لاتحاد المصارف العربية سامر الحمدان`` tagged as one organisation becomes the body
    and the person. The person begins at a person-name word of the gazetteer after the body's definite
    words and has at most three words, each a name word or (a family name such as ``العربي``) definite."""
    entities = list(doc.ents)
    changed = False
    for index, entity in enumerate(entities):
        if entity.label_ != "ORG" or len(entity) < 3:
            continue
        if not any(_head(doc[k].norm_) for k in range(max(0, entity.start - 3), entity.start)):
            continue
        for cut in range(entity.start + 2, entity.end):
            rest = doc[cut:entity.end]
            if not is_person_word(doc[cut]) or not doc[cut - 1].norm_.startswith(("ال", "لل")):
                continue
            if len(rest) <= _MAX_NAME_WORDS and all(known_name(t) or t.norm_.startswith("ال") or t.norm_ in _NAME_JOINERS
                                                    for t in rest[1:]):
                entities[index:index + 1] = [Span(doc, entity.start, cut, label="ORG"),
                                             Span(doc, cut, entity.end, label="PER")]
                changed = True
            break
    if changed:
        doc.ents = entities


def find_titles(doc: Doc) -> list[tuple[int, int, Span | None]]:
    """Title phrases (token start, end) and the person each introduces, or None for a title standing
    alone as a back-reference (``الوزير الأميركي``: definite head, no name after it)."""
    labels = {i: entity.label_ for entity in doc.ents for i in range(entity.start, entity.end)}
    people = {entity.start: entity for entity in doc.ents if entity.label_ == "PER"}
    found = []
    i = 0
    while i < len(doc):
        if not _head(doc[i].norm_, _HEAD_PREFIXES) or i in labels:
            i += 1
            continue
        end = _title_end(doc, i, labels)
        named = end
        while named < len(doc) and named - end < 3 and doc[named].norm_ in _BEFORE_NAME:
            named += 1  # "النائب د. فهد العتيبي", "العقيد "الثمالي"": an honorific or a quote before the name
        person = people.get(named)
        if person is not None and _head(person[0].norm_):
            person = None  # the model's span begins with a title of its own (والوزير بومبيو)
        if person is not None or doc[i].norm_.lstrip("وف").startswith("ال"):
            found.append((i, end, person))
        i = end
    return found
