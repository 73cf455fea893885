"""rasd's Arabic tokenizer for spaCy: words keep their clitics, punctuation stands alone.

This is the tokenisation of the Arabic NER corpora (ANERcorp and its kin): a
whitespace word with its attached clitics is one token (``وطالبان``),
punctuation marks are tokens of their own, and numbers keep their decimal
point and percent sign.  Direction marks and other invisible characters are
treated as space, so token offsets always index the original text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from ..arabic.charsets import DIACRITICS, DIRECTION_MARKS, TATWEEL
from ..arabic.clitics import proclitic_readings
from ..arabic.normalize import normalize_for_matching

_TOKEN = re.compile(
    rf"\d+(?:[.,٫]\d+)*%?"  # numbers: 1.3, 112.5, 30%
    rf"|(?:[^\W_]|[{DIACRITICS}{TATWEEL}])+"  # words, harakat and tatweel inside them
    rf"|[^\s{DIRECTION_MARKS}]"  # any other visible character on its own
)


def word_features(word: str) -> tuple[str, str]:
    """NORM (the folded word) and the stem (the folded word without proclitics) the model reads.

    The stem lets ``وطالبان`` and ``طالبان`` share a feature; it strips the
    longest proclitic reading, which may cut a name (``بومبيو``), but does so
    the same way everywhere, and NORM keeps the whole word.
    """
    norm = normalize_for_matching(word)
    readings = proclitic_readings(norm)
    return norm, readings[-1] if readings else norm


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every token in ``text``."""
    return [match.span() for match in _TOKEN.finditer(text)]


class ArabicTokenizer:
    """A spaCy tokenizer: ``Doc`` whose tokens tile the text the way the NER corpora do.

    It also gives each new word's lexeme rasd's features (NORM: the folded
    word; PREFIX: its stem; LOWER: its gazetteer classes), once per distinct
    word, so tagging pays nothing per token for them; the model's config reads
    NORM, PREFIX, SUFFIX, SHAPE and LOWER.
    """

    def __init__(self, vocab: Vocab, gazetteer: dict[str, int] | None = None) -> None:
        self.vocab = vocab
        self.gazetteer: dict[str, int] = gazetteer or {}
        self._featured: set[str] = set()

    def initialize(self, get_examples=None, *, nlp=None, gazetteer: str | None = None) -> None:
        """Called by spaCy before training: load the name-word gazetteer named in the config."""
        if gazetteer:
            self.gazetteer = json.loads(Path(gazetteer).read_text(encoding="utf-8"))
            self._featured.clear()

    def __call__(self, text: str) -> Doc:
        spans = token_spans(text)
        spaces = [i + 1 < len(spans) and spans[i + 1][0] > end for i, (_, end) in enumerate(spans)]
        doc = self.words_to_doc([text[start:end] for start, end in spans], spaces)
        # The Doc's own text has single spaces; these are the token offsets in the text as given.
        doc.user_data["rasd.spans"] = spans
        return doc

    def words_to_doc(self, words: list[str], spaces: list[bool] | None = None) -> Doc:
        """A Doc of given tokens with rasd's features (also for corpora that come tokenised)."""
        for word in words:
            if word not in self._featured:
                norm, stem = word_features(word)
                lexeme = self.vocab[word]
                lexeme.norm_ = norm
                lexeme.prefix_ = stem
                # LOWER is free for Arabic (it has no case), so it carries the gazetteer classes.
                lexeme.lower_ = f"gaz{self.gazetteer.get(norm, 0) | self.gazetteer.get(stem, 0)}"
                self._featured.add(word)
        return Doc(self.vocab, words=words, spaces=spaces if spaces is not None else [True] * len(words))

    # spaCy saves and loads the tokenizer with the pipeline; its state is the gazetteer.
    def to_bytes(self, **kwargs) -> bytes:
        return json.dumps(self.gazetteer, ensure_ascii=False, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, **kwargs) -> ArabicTokenizer:
        self.gazetteer = json.loads(data.decode("utf-8")) if data else {}
        self._featured.clear()
        return self

    def to_disk(self, path, **kwargs) -> None:
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path, **kwargs) -> ArabicTokenizer:
        return self.from_bytes(Path(path).read_bytes())


@registry.tokenizers("rasd.arabic_tokenizer.v1")
def make_arabic_tokenizer():
    """Factory named in the pipeline config."""

    def create(nlp) -> ArabicTokenizer:
        return ArabicTokenizer(nlp.vocab)

    return create
