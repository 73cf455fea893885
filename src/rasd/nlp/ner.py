"""Named entities: rasd's shipped spaCy model, loaded once, batch-first.

    recognizer = load_recognizer()
    recognizer.predict(["...", "..."])        # mentions per text
    recognizer.predict_text("...")            # one text
    recognizer.annotate(["..."])              # (mentions, titles) per text
    recognizer.tag_tokens([["w1", "w2"]])     # BIO tags for pre-tokenised sentences (evaluation)
    recognizer.tag_tokens(sentences, [10, 7]) # the same, repetitions found across each passage of sentences
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy

from ..errors import RasdError
from ..eval.conll import bio_spans
from . import ruler as _ruler  # noqa: F401  (registers the rasd_name_ruler factory for spacy.load)
from . import tokenizer as _tokenizer  # noqa: F401  (registers rasd.arabic_tokenizer.v1 for spacy.load)
from .archive_people import read_family_names
from .crf import bio_tags  # (importing crf registers the rasd_crf_ner factory for spacy.load)
from .names import name_without_clitics
from .propagate import propagate
from .repairs import repaired
from .titles import find_titles, frequent

MODEL_DIR = Path(__file__).parent / "models" / "ner"
LEXICON_FILE = "names.json"
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
_BATCH_SIZE = 64
# A gazetteer word counts as this many sightings of a name when cutting clitics.
GAZETTEER_COUNT = 5


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text naming an entity: offsets into the text, as written, and the name without clitics."""

    start: int
    end: int
    surface: str
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class Title:
    """A title in the text (``وزير الخارجية الأميركي``), and the start of the person mention it
    introduces, or None when it stands alone as a back-reference (``الوزير الأميركي``)."""

    start: int
    end: int
    text: str
    person_start: int | None


class EntityRecognizer:
    """The NER pipeline with its name lexicon."""

    def __init__(self, path: Path = MODEL_DIR) -> None:
        if not (path / "config.cfg").is_file():
            raise RasdError(f"no NER model in {path}; train one with `rasd train ner` or reinstall rasd")
        self.path = path
        self.nlp = spacy.load(path)
        self.family_names = read_family_names(path)
        lexicon_path = path / LEXICON_FILE
        counts = json.loads(lexicon_path.read_text(encoding="utf-8")) if lexicon_path.is_file() else {}
        # Words of gazetteer names count as names too, so ``وبايدن`` can be cut to a known ``بايدن``, and so
        # do the first words of the ruler's names (``وكابل`` → ``كابل``).
        gazetteer = getattr(self.nlp.tokenizer, "gazetteer", {})
        self.lexicon: dict[str, int] = {word: GAZETTEER_COUNT for word, kinds in gazetteer.items() if kinds}
        if "name_ruler" in self.nlp.pipe_names:
            for pattern in self.nlp.get_pipe("name_ruler").patterns:
                self.lexicon[pattern["words"][0]] = GAZETTEER_COUNT
        for word, count in counts.items():
            self.lexicon[word] = self.lexicon.get(word, 0) + count
        crf = self.nlp.get_pipe("crf_ner") if "crf_ner" in self.nlp.pipe_names else None
        self._archive = getattr(crf, "features", None)  # how the archive uses each word, when the model has it

    def predict(self, texts: list[str]) -> list[list[Mention]]:
        """Mentions in each text; texts are split into paragraphs, which the model reads one at a time."""
        return [mentions for mentions, _ in self.annotate(texts)]

    def annotate(self, texts: list[str]) -> list[tuple[list[Mention], list[Title]]]:
        """Mentions and titles in each text."""
        pieces: list[tuple[int, int, str]] = []  # (text index, paragraph offset, paragraph)
        for index, text in enumerate(texts):
            offset = 0
            for paragraph in text.split("\n"):
                if paragraph.strip():
                    pieces.append((index, offset, paragraph))
                offset += len(paragraph) + 1
        results: list[list[Mention]] = [[] for _ in texts]
        titles: list[list[Title]] = [[] for _ in texts]
        docs = self.nlp.pipe((paragraph for _, _, paragraph in pieces), batch_size=_BATCH_SIZE)
        for (index, offset, paragraph), doc in zip(pieces, map(self._titled, docs)):
            spans = doc.user_data["rasd.spans"]
            for entity in doc.ents:
                start, end = spans[entity.start][0], spans[entity.end - 1][1]
                results[index].append(self._mention(texts[index], offset + start, offset + end, entity.label_))
            for first, end, person in find_titles(doc):
                start, stop = offset + spans[first][0], offset + spans[end - 1][1]
                person_start = offset + spans[person.start][0] if person is not None else None
                titles[index].append(Title(start, stop, texts[index][start:stop], person_start))
        return [(self._propagated(text, found), named) for text, found, named in zip(texts, results, titles)]

    def _propagated(self, text: str, mentions: list[Mention]) -> list[Mention]:
        return propagate(text, mentions, lambda start, end, kind: self._mention(text, start, end, kind),
                         self._repeatable, self._common_word)

    def _repeatable(self, words: tuple[str, ...]) -> bool:
        """Whether a name may be repeated through a text: not a single word the archive knows mostly as an
        ordinary word."""
        return len(words) > 1 or self._archive is None or not self._archive.rarely_a_name(words[0])

    def _common_word(self, word: str) -> bool:
        """Whether a folded word is among the news vocabulary's most frequent and the archive knows it mostly
        as an ordinary word (``كان``, ``صاحب``): no name when it stands alone."""
        return self._archive is not None and frequent(self.nlp.vocab, word) and self._archive.rarely_a_name(word)

    def _titled(self, doc):
        return repaired(doc, self.family_names, self.lexicon, self._common_word)

    def _mention(self, text: str, start: int, end: int, kind: str) -> Mention:
        surface = text[start:end]
        return Mention(start, end, surface, self.name(surface), kind)

    def predict_text(self, text: str) -> list[Mention]:
        """Mentions in one text."""
        return self.predict([text])[0]

    def tag_tokens(self, sentences: list[list[str]], passages: list[int] | None = None) -> list[list[str]]:
        """BIO tags for sentences already split into tokens (how NER corpora come).

        With ``passages`` (how many consecutive sentences make each passage, summing to their number), each
        passage is read as one text for the repetition step, as ``annotate`` reads an article: a name found
        in one of its sentences is also tagged where another repeats it."""
        docs = (self.nlp.tokenizer.words_to_doc(tokens) for tokens in sentences)
        tags = [bio_tags(len(doc), doc.ents) for doc in map(self._titled, self.nlp.pipe(docs, batch_size=_BATCH_SIZE))]
        if passages is None:
            return tags
        if sum(passages) != len(sentences) or min(passages, default=1) < 1:
            raise RasdError(f"passages of {passages} sentences do not cover the {len(sentences)} sentences given")
        start = 0
        for size in passages:
            tags[start : start + size] = self._passage_tags(sentences[start : start + size], tags[start : start + size])
            start += size
        return tags

    def _passage_tags(self, sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
        """The tags of a passage's sentences with the repetitions the repetition step finds across them."""
        text, offsets = _passage_text(sentences)
        mentions = []
        for sentence_offsets, sentence_tags in zip(offsets, tags):
            for kind, first, end in bio_spans(sentence_tags):
                mentions.append(self._mention(text, sentence_offsets[first][0], sentence_offsets[end - 1][1], kind))
        found = self._propagated(text, mentions)
        result = []
        for sentence_offsets in offsets:
            index_of_start = {start: i for i, (start, _) in enumerate(sentence_offsets)}
            index_of_end = {end: i for i, (_, end) in enumerate(sentence_offsets)}
            spans = [
                _TokenSpan(index_of_start[m.start], index_of_end[m.end] + 1, m.type)
                for m in found
                if m.start in index_of_start and m.end in index_of_end  # (a mention off the words is dropped)
            ]
            result.append(bio_tags(len(sentence_offsets), spans))
        return result

    def name(self, surface: str) -> str:
        """The name a mention gives, without the clitics of its first word."""
        return name_without_clitics(" ".join(surface.split()), self.lexicon)


@dataclass(frozen=True, slots=True)
class _TokenSpan:
    start: int
    end: int
    label_: str


def _passage_text(sentences: list[list[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """A passage of tokenised sentences as one text (words joined by spaces, a line per sentence) and the
    character offsets of each sentence's words in it."""
    text, offsets = [], []
    at = 0
    for tokens in sentences:
        spans = []
        for token in tokens:
            spans.append((at, at + len(token)))
            at += len(token) + 1
        text.append(" ".join(tokens))
        offsets.append(spans)
    return "\n".join(text), offsets


_lock = threading.Lock()


@lru_cache(maxsize=4)
def _load(path: str) -> EntityRecognizer:
    return EntityRecognizer(Path(path))


def load_recognizer(path: Path | str | None = None) -> EntityRecognizer:
    """The recognizer at ``path`` (default: the shipped model), loaded once per process."""
    with _lock:
        return _load(str(path or MODEL_DIR))
