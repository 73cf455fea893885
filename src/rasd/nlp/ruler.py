"""Names matched by rule after the model: curated lists, CLDR territory names and major cities.

Patterns compare folded words (NORM), with the clitics that may be written
onto the first word, so ``وحلف شمال الأطلسي`` and ``للأمم المتحدة`` match as
written.  Rules only add names where the model found none: the model's spans
follow the annotation conventions it learnt (``حماس``, not ``حركة حماس``).

Two kinds of list: ``names.tsv``, the bodies and places news names every day,
taken as listed; and the lists of well-known names under ``known/`` (clubs,
companies, media, political bodies, public figures), which are long, so each
entry is checked against the news vocabulary first (``known_patterns``).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..arabic.clitics import PARTICLE_PREFIXES
from ..entities.offices import country_of_adjective
from ..errors import RasdError
from .gazetteer import major_cities
from .titles import COMMON_RANK, frequent, is_person_word, vocabulary_rank
from .tokenizer import token_spans, word_features

NAMES_FILE = Path(__file__).parent / "patterns" / "names.tsv"
KNOWN_DIR = Path(__file__).parent / "patterns" / "known"
_FOUND = "rasd.ruler_matches"  # where a doc keeps the ruler's matches once found
_TYPES = ("PER", "ORG", "LOC", "MISC")


def read_names(path: Path) -> list[tuple[str, str]]:
    """(type, name) pairs of a list file: ``TYPE<TAB>name`` per line, ``#`` starting a comment."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            kind, _, name = line.partition("\t")
            if kind.strip() not in _TYPES or not name.strip():
                raise ValueError(f"{path.name}:{number}: expected TYPE<TAB>name with TYPE one of {_TYPES}")
            pairs.append((kind.strip(), name.strip()))
    return pairs


def listed_names(path: Path = NAMES_FILE) -> list[tuple[str, str]]:
    """(type, name) pairs of the curated list, and every CLDR territory name in Arabic as LOC."""
    from babel import Locale

    pairs = read_names(path)
    # Countries and territories only (two-letter codes), not regions such as العالم (001).
    territories = Locale("ar").territories
    pairs += [("LOC", name) for code, name in territories.items() if code.isalpha() and len(name) > 2]
    return pairs


def written_forms(word: str) -> list[str]:
    """A folded name word with every proclitic that may be written onto it (لل swallows the article's alef)."""
    forms = [word] + [clitics + word for clitics in PARTICLE_PREFIXES]
    if word.startswith("ال"):
        forms = [form for form in forms if not form.startswith(("لال", "ولال", "فلال"))]
        forms += [conj + "لل" + word[2:] for conj in ("", "و", "ف")]
    return forms


def name_pattern(kind: str, name: str) -> dict:
    """A rule for one name: its type and its folded words."""
    return {"label": kind, "words": [word_features(name[start:end])[0] for start, end in token_spans(name)]}


def _country_adjective(word: str) -> bool:
    """A folded definite adjective of a country (الفرنسي, اللبنانيه, الإيطالي): written after a club's name,
    not part of it (unlike الإسلامي in رابطة العالم الإسلامي, or a country's own name: جامعة الكويت)."""
    adjectives = country_of_adjective()
    return word in adjectives or word.endswith("ه") and word[:-1] in adjectives


def _commonest_rank(vocab, word: str) -> float:
    """The news vocabulary's best rank for a folded word in any of the forms the ruler matches it in (with its
    clitics: ``أفاد``, ``وأفاد``), or infinity when none is in the vocabulary."""
    return min((rank for form in written_forms(word) if (rank := vocabulary_rank(vocab, form)) is not None),
               default=math.inf)


# The list of clubs, whose names the news follows with their country's adjective (ميلان الإيطالي).
CLUBS_LIST = "sport"


def known_patterns(vocab, folder: Path = KNOWN_DIR) -> list[dict]:
    """Rules for the lists of well-known names, each entry checked against the news vocabulary.

    In the clubs' list, a one-word name followed by its country's adjective (``ليل الفرنسي``, ``ميلان
    الإيطالي``: how news writes clubs) matches whole but tags the name alone, as the annotated corpora do;
    elsewhere the adjective is part of the name (``المخابرات المصرية``; ``مشير المصري``, a person), as it is
    of a longer name (``الهيئة العامة للشباب والرياضة الكويتية``).  Left out: a name all of whose words
    (before such an adjective) are among the news vocabulary's most frequent (``الجيش اللبناني``, ``مجلس
    النواب``: descriptions the corpora leave untagged), and a single word of three letters or fewer or one
    of whose forms with a clitic is frequent (``آفاد`` folds to the verb ``أفاد``: ``وأفاد``, and he said).  A
    person's name of two words or more from these lists completes a shorter name the model found inside it
    (``NameRuler``).  A listed person's family name also matches alone (``surname_patterns``).
    """
    patterns = []
    for path in sorted(folder.glob("*.tsv")):
        for kind, name in read_names(path):
            pattern = name_pattern(kind, name)
            words = pattern["words"]
            adjective = len(words) == 2 and _country_adjective(words[-1])  # (ليل الفرنسي, المخابرات المصرية)
            tagged = 1 if adjective and path.stem == CLUBS_LIST else len(words)
            if not words or all(frequent(vocab, word) for word in words[:1 if adjective else None]):
                continue
            if tagged == 1 and (len(words[0]) <= 3 or _commonest_rank(vocab, words[0]) < COMMON_RANK):
                continue
            if tagged < len(words):
                pattern["tagged"] = tagged
            pattern["known"] = True
            patterns.append(pattern)
            if tagged == len(words):
                patterns += [dict(pattern, words=variant) for variant in joined_spellings(words)]
    return patterns + surname_patterns(vocab, patterns)


# A family name alone is a rule only when rarer than this in the news vocabulary (its frequency rank): more
# frequent ones are words too (الذهبي, الضيف, قصير, شباط). Dev F1 77.9 with 10,000, 78.0 with 20,000.
SURNAME_RANK = 20_000


def surname_patterns(vocab, patterns: list[dict]) -> list[dict]:
    """PER rules for the last word of each listed person's name of two words or more, alone (``تريكة`` of
    ``محمد أبو تريكة``, ``مناوي``): the news names people by their family name once it has named them,
    or when they are well known.  Left out: words of three letters or fewer, words among the news
    vocabulary's ``SURNAME_RANK`` most frequent, the first word of a listed person (a first name) and
    words that are a listed name themselves.  A gazetteer first name right before it joins the name
    (``NameRuler``)."""
    people = [pattern["words"] for pattern in patterns if pattern["label"] == "PER"]
    first_names = {words[0] for words in people}
    listed = {tuple(pattern["words"]) for pattern in patterns}
    surnames: dict[str, dict] = {}
    for words in people:
        last = words[-1]
        if len(words) < 2 or len(last) < 4 or _commonest_rank(vocab, last) < SURNAME_RANK:
            continue  # (a word with a clitic counts: والباقي, and the rest)
        if last not in first_names and (last,) not in listed:
            surnames.setdefault(last, {"label": "PER", "words": [last], "known": True, "surname": True})
    return list(surnames.values())


# Name words the press writes both apart from the next word and joined to it (أبو تريكة, أبوتريكة; عبد
# الله, عبدالله), folded.
_JOINABLE = ("ابو", "عبد")


def joined_spellings(words: list[str]) -> list[list[str]]:
    """The other ways of writing a folded name whose ``أبو``/``عبد`` the press joins to the next word or
    writes apart: ``أبو تريكة`` → ``أبوتريكة``, ``عبدالرحمن الراشد`` → ``عبد الرحمن الراشد`` (each such word
    in turn; a one-word name is not split, ``عبدالله`` alone being too common to tag)."""
    variants = []
    for i, word in enumerate(words):
        if word in _JOINABLE and i + 1 < len(words):
            variants.append([*words[:i], word + words[i + 1], *words[i + 2:]])
        elif word.startswith(_JOINABLE) and len(word) >= 6 and len(words) > 1:
            head = word[:3]
            variants.append([*words[:i], head, word[3:], *words[i + 1:]])
    return variants


def name_patterns() -> list[dict]:
    """Patterns for every listed name, without repeats."""
    seen, patterns = set(), []
    for kind, name in listed_names():
        pattern = name_pattern(kind, name)
        key = (kind, tuple(pattern["words"]))
        if key not in seen:
            seen.add(key)
            patterns.append(pattern)
    return patterns


class NameRuler:
    """Adds the listed names the model missed.  It changes a name the model found only to complete a
    well-known person's name (the model's ``خليل زاد`` becomes the listed ``زلماي خليل زاد``) or a listed
    place's name that begins where the model's begins (``المملكة الأردنية`` → ``المملكة الأردنية الهاشمية``).

    Rules are kept in a table keyed by every written form of their first word (``written_forms``), so
    matching costs a lookup per word and loading thousands of rules takes a fraction of a second.
    """

    def __init__(self, nlp: Language, name: str = "rasd_name_ruler") -> None:
        self.name = name
        self.nlp = nlp
        self.patterns: list[dict] = []
        # written form of a rule's first word → (its other words, type, how many words it tags, known,
        # surname), words as keys of the string store (what ``Doc.to_array(NORM)`` gives)
        self.rules: dict[int, list[tuple[tuple[int, ...], str, int, bool, bool]]] = {}

    def add_patterns(self, patterns: list[dict]) -> None:
        """Add rules; each matches its words with any clitics written onto the first.

        A rule with ``tagged`` tags only its first ``tagged`` words; the others must follow them.  A rule
        with ``known`` comes from the lists of well-known names, one with ``surname`` is a listed person's
        family name alone.
        """
        strings = self.nlp.vocab.strings
        for pattern in patterns:
            first, rest = pattern["words"][0], tuple(strings.add(word) for word in pattern["words"][1:])
            tagged = pattern.get("tagged") or len(pattern["words"])
            rule = (rest, pattern["label"], tagged, bool(pattern.get("known")), bool(pattern.get("surname")))
            for form in written_forms(first):
                self.rules.setdefault(strings.add(form), []).append(rule)
            self.patterns.append(pattern)

    def _found(self, doc: Doc) -> list[tuple[Span, bool, bool]]:
        """Each listed name in ``doc`` as the span it tags, the longest where they overlap, in order,
        whether it comes from the lists of well-known names and whether it is a family name alone."""
        cached = doc.user_data.get(_FOUND)
        if cached is None or cached[0] != len(self.patterns):
            cached = (len(self.patterns), self._match(doc))
            doc.user_data[_FOUND] = cached  # the CRF reads the matches first, then the ruler
        return [(Span(doc, start, end, label=label), known, surname)
                for start, end, label, known, surname in cached[1]]

    def _match(self, doc: Doc) -> list[tuple[int, int, str, bool, bool]]:
        norms = doc.to_array(NORM).tolist()  # the words' folded forms, as the string store's keys
        found = []
        rules = self.rules
        for start in [i for i, norm in enumerate(norms) if norm in rules]:
            for rest, label, tagged, known, surname in rules[norms[start]]:
                end = start + 1 + len(rest)
                if tuple(norms[start + 1:end]) == rest:
                    found.append((Span(doc, start, end, label=label), tagged, known, surname))
        rule_of = {(span.start, span.end, span.label_): rest for span, *rest in found}
        matched = []
        for span in filter_spans([span for span, *_ in found]):
            tagged, known, surname = rule_of[span.start, span.end, span.label_]
            matched.append((span.start, span.start + tagged, span.label_, known, surname))
        return matched

    def matches(self, doc: Doc) -> list[Span]:
        """The listed names in ``doc``, the longest where they overlap, as the spans they tag."""
        return [span for span, _, _ in self._found(doc)]

    def __call__(self, doc: Doc) -> Doc:
        found = self._found(doc)
        doc.user_data.pop(_FOUND, None)
        entities = list(doc.ents)
        for span, known, _ in found:
            if known and span.label_ == "PER" and len(span) > 1:
                entities = _widened(entities, span)
            elif span.label_ == "LOC" and len(span) > 1:
                entities = _widened(entities, span, same_type=True)  # "المملكة الأردنية" → … الهاشمية
        taken = {i for entity in entities for i in range(entity.start, entity.end)}
        for span, _, surname in found:
            if taken.intersection(range(span.start, span.end)):
                continue
            before = doc[span.start - 1] if span.start > 0 else None
            if surname and before is not None and before.i not in taken and is_person_word(before) and \
                    not frequent(doc.vocab, before.norm_):
                span = Span(doc, before.i, span.end, label="PER")  # "أميرة" كرارة (not "عودة" بركات, return)
            entities.append(span)
            taken.update(range(span.start, span.end))
        doc.ents = sorted(entities, key=lambda entity: entity.start)
        return doc

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "patterns.json").write_text(json.dumps(self.patterns, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> NameRuler:
        self.patterns, self.rules = [], {}
        self.add_patterns(json.loads((Path(path) / "patterns.json").read_text(encoding="utf-8")))
        return self


def _widened(entities: list[Span], listed: Span, same_type: bool = False) -> list[Span]:
    """``entities`` without the model's names that lie inside a listed name (a well-known person's full name)
    and are shorter than it (``خليل زاد`` inside ``زلماي خليل زاد``), so the full name goes in their place; with
    ``same_type``, only a name of the listed name's type that begins where it begins (``المملكة الأردنية`` →
    ``المملكة الأردنية الهاشمية``; not ``غزة`` → ``قطاع غزة``, which the training data mostly leaves as is)."""
    inside = [entity for entity in entities if entity.start < listed.end and listed.start < entity.end]
    if inside and all(listed.start <= entity.start and entity.end <= listed.end for entity in inside) and \
            not any((entity.start, entity.end) == (listed.start, listed.end) for entity in inside) and \
            not (same_type and any(entity.label_ != listed.label_ or entity.start != listed.start
                                   for entity in inside)):
        return [entity for entity in entities if entity not in inside]
    return entities


@Language.factory("rasd_name_ruler")
def make_name_ruler(nlp: Language, name: str) -> NameRuler:
    """The name ruler, empty until patterns are added or loaded."""
    return NameRuler(nlp, name)


def ruler_patterns(nlp: Language, gazetteers: Path | None = None) -> list[dict]:
    """Every rule of the name ruler: the curated list, the lists of well-known names, the major cities."""
    patterns = name_patterns() + known_patterns(nlp.vocab)
    if gazetteers is not None:
        patterns += city_patterns(nlp, major_cities(gazetteers))
    return patterns


def add_ruler(nlp: Language, gazetteers: Path | None = None) -> None:
    """Put the name ruler, with every listed name (and the major cities of ``gazetteers``), after the NER."""
    nlp.add_pipe("rasd_name_ruler", name="name_ruler", after="ner").add_patterns(ruler_patterns(nlp, gazetteers))


def rebuild_ruler(model: Path, gazetteers: Path) -> int:
    """Give the model at ``model`` the rules of today's lists (after ``names.tsv`` or ``known/`` changed),
    without retraining it; returns how many rules it now has."""
    import spacy

    places = gazetteers / "gazetteer-dr5hn" / "places_ar.tsv"
    if not places.is_file():
        raise RasdError(f"{places} not found: --gazetteers must hold the places list the major cities come from")
    nlp = spacy.load(model)
    if "name_ruler" not in nlp.pipe_names:
        raise RasdError(f"the model in {model} has no name ruler")
    ruler = nlp.get_pipe("name_ruler")
    ruler.patterns, ruler.rules = [], {}
    ruler.add_patterns(ruler_patterns(nlp, gazetteers))
    ruler.to_disk(model / "name_ruler")
    return len(ruler.patterns)


def city_patterns(nlp: Language, cities: list[str]) -> list[dict]:
    """LOC rules for city names none of whose words is among the news vocabulary's most frequent
    (a city list holds names such as ``مركز``, which are words first)."""
    patterns = []
    for city in cities:
        pattern = name_pattern("LOC", city)
        if len(pattern["words"][0]) > 2 and not any(frequent(nlp.vocab, word) for word in pattern["words"]):
            patterns.append(pattern)
    return patterns
