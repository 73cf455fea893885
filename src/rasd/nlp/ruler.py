"""Names matched by rule after the model: a curated list, CLDR territory names and major cities.

Patterns compare folded words (NORM), with the clitics that may be written
onto the first word, so ``وحلف شمال الأطلسي`` and ``للأمم المتحدة`` match as
written.  Rules only add names where the model found none: the model's spans
follow the annotation conventions it learnt (``حماس``, not ``حركة حماس``).
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..arabic.clitics import PARTICLE_PREFIXES
from .gazetteer import major_cities
from .titles import frequent
from .tokenizer import token_spans, word_features

NAMES_FILE = Path(__file__).parent / "patterns" / "names.tsv"


def listed_names(path: Path = NAMES_FILE) -> list[tuple[str, str]]:
    """(type, name) pairs of the curated list, and every CLDR territory name in Arabic as LOC."""
    from babel import Locale

    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, name = line.split("\t")
            pairs.append((kind.strip(), name.strip()))
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
    """Adds the listed names the model missed; never changes a span the model found."""

    def __init__(self, nlp: Language, name: str = "rasd_name_ruler") -> None:
        self.name = name
        self.nlp = nlp
        self.patterns: list[dict] = []
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")

    def add_patterns(self, patterns: list[dict]) -> None:
        """Add rules; each matches its words with any clitics written onto the first."""
        for pattern in patterns:
            first, rest = pattern["words"][0], pattern["words"][1:]
            phrases = [self.nlp.tokenizer.words_to_doc([form, *rest]) for form in written_forms(first)]
            self.matcher.add(pattern["label"], phrases)
            self.patterns.append(pattern)

    def __call__(self, doc: Doc) -> Doc:
        matches = [Span(doc, start, end, label=key) for key, start, end in self.matcher(doc)]
        entities = list(doc.ents)
        taken = {i for entity in entities for i in range(entity.start, entity.end)}
        for span in filter_spans(matches):
            if not taken.intersection(range(span.start, span.end)):
                entities.append(span)
        doc.ents = sorted(entities, key=lambda entity: entity.start)
        return doc

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "patterns.json").write_text(json.dumps(self.patterns, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> NameRuler:
        self.patterns = []
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self.add_patterns(json.loads((Path(path) / "patterns.json").read_text(encoding="utf-8")))
        return self


@Language.factory("rasd_name_ruler")
def make_name_ruler(nlp: Language, name: str) -> NameRuler:
    """The name ruler, empty until patterns are added or loaded."""
    return NameRuler(nlp, name)


def add_ruler(nlp: Language, gazetteers: Path | None = None) -> None:
    """Put the name ruler, with every listed name (and the major cities of ``gazetteers``), after the NER."""
    ruler = nlp.add_pipe("rasd_name_ruler", name="name_ruler", after="ner")
    ruler.add_patterns(name_patterns())
    if gazetteers is not None:
        ruler.add_patterns(city_patterns(nlp, major_cities(gazetteers)))


def city_patterns(nlp: Language, cities: list[str]) -> list[dict]:
    """LOC rules for city names none of whose words is among the news vocabulary's most frequent
    (a city list holds names such as ``مركز``, which are words first)."""
    patterns = []
    for city in cities:
        pattern = name_pattern("LOC", city)
        if len(pattern["words"][0]) > 2 and not any(frequent(nlp.vocab, word) for word in pattern["words"]):
            patterns.append(pattern)
    return patterns
