"""A CRF tagger over rich word features, after the neural model (``crf_ner`` in the pipeline).

A linear-chain CRF reads, for each word and the two words on each side,
features that carry what ANERcorp's 3,600 training sentences cannot: the
word's letters and stem, gazetteers, clusters of its word vector, how the
neural model typed it across the archive, the name ruler's matches
(``crf_features.py``). CRFsuite trains it; at run time its weights are read
with numpy (``crf_decode.py``), a whole batch of paragraphs at once.

The neural model's names come first.  The CRF adds the names it is sure of
where the model found none (the two miss different names), and gives a model
name the type it is sure of.  With the CRF's names first the dev F1 was higher
(73.0 against 71.9) but its boundary errors (``ستولتنبرغ وبومبيو`` as one
person) broke entity linking and events on the seeds; see the README.
Everything the stage needs ships in the model's ``crf_ner`` folder:
``crf_weights.npz`` and ``crf_words.json``.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from spacy.attrs import NORM, PREFIX
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from ..errors import RasdError
from ..eval.conll import Sentence, bio_spans, to_bio
from .crf_decode import WEIGHTS_FILE, CrfWeights, SentenceScores, decode
from .crf_features import WordFeatures, vector_words

WORDS_FILE = "crf_words.json"
# CRFsuite's L-BFGS training: L1 and L2 penalties and passes (chosen on the dev split).
TRAINING = {"c1": 0.05, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True}
# A CRF name is added only when the CRF gives each of its words' tags at least this probability. Measured
# on the dev split (names added / right): 0.5 → 94 / 57, dev F1 72.3; 0.8 → 51 / 36, 71.7. 0.8 keeps the
# event extractor's precision on the tuned SaudiNewsNet set (13 of 16 right, against 12 of 16 at 0.5).
FILL_CONFIDENCE = 0.8
# The model's name takes the type the CRF gives its first word with at least this probability (dev F1
# 71.7 → 72.2 at 0.8, model and CRF alone; 72.1 at 0.9).
RETYPE_CONFIDENCE = 0.8
_BATCH_SIZE = 64


def bio_tags(length: int, spans: Iterable[Span]) -> list[str]:
    """BIO tags of a sentence of ``length`` words for its name ``spans``."""
    tags = ["O"] * length
    for span in spans:
        tags[span.start] = f"B-{span.label_}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label_}"
    return tags


def tag_spans(doc: Doc, tags: list[str]) -> list[Span]:
    """Spans of BIO tags under CoNLL rules (``eval.conll.bio_spans``)."""
    return [Span(doc, start, end, label=kind) for kind, start, end in bio_spans(tags)]


def train_crf(nlp: Language, sentences: list[Sentence], types: dict[str, str], people: Iterable[str],
              folder: Path) -> None:
    """Train the CRF on ``sentences`` with the features of the pipeline ``nlp`` (and its archive's word
    ``types`` and family names, ``people``), write it into ``folder`` and put it in the pipeline after the
    neural NER. Saved in the pipeline's ``crf_ner`` folder, it loads with the pipeline."""
    import pycrfsuite

    folder.mkdir(parents=True, exist_ok=True)
    words = {"vectors": vector_words(nlp), "types": types, "people": sorted(people)}
    (folder / WORDS_FILE).write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
    stage = nlp.add_pipe("rasd_crf_ner", name="crf_ner", after="ner")
    stage.features = WordFeatures(getattr(nlp.tokenizer, "gazetteer", {}), words["vectors"], types, words["people"])
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(stage.doc_features(nlp.tokenizer.words_to_doc(sentence.tokens)), to_bio(sentence.tags))
    trainer.set_params(TRAINING)
    with tempfile.TemporaryDirectory() as scratch:
        trained = Path(scratch) / "crf.crfsuite"
        trainer.train(str(trained))
        CrfWeights.export(trained).save(folder / WEIGHTS_FILE)
    stage.load(folder)


class CrfNer:
    """Adds the CRF's names where the neural model found none, without words at their edges that the
    archive knows as vocabulary, and gives the model's names the type the CRF is sure of."""

    def __init__(self, nlp: Language, name: str = "crf_ner") -> None:
        self.nlp, self.name = nlp, name
        self.weights: CrfWeights | None = None
        self.features: WordFeatures | None = None
        self.scores: SentenceScores | None = None
        self.folder: Path | None = None  # where the loaded CRF's files are
        self.labels: list[str] = []  # the entity types it was trained on
        self._columns: dict[str, int] = {}  # BIO tag → its column in the label probabilities

    def ruler_tags(self, doc: Doc) -> list[str]:
        if "name_ruler" not in self.nlp.pipe_names:
            return ["O"] * len(doc)
        return bio_tags(len(doc), self.nlp.get_pipe("name_ruler").matches(doc))

    def words(self, doc: Doc) -> list[tuple[str, str]]:
        """(folded word, stem) of each word: the tokenizer's NORM and PREFIX, read as arrays (cheaper than a
        Token object per word)."""
        strings = self.nlp.vocab.strings
        return [(strings[norm], strings[stem]) for norm, stem in doc.to_array([NORM, PREFIX]).tolist()]

    def doc_features(self, doc: Doc) -> list[list[str]]:
        """The CRF's features of each word, as CRFsuite trains on them."""
        return self.features.sentence(self.words(doc), self.ruler_tags(doc))

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = _BATCH_SIZE):
        for batch in minibatch(docs, batch_size):
            tagged = [doc for doc in batch if len(doc)] if self.weights is not None else []
            if tagged:
                scores = [self.scores(self.words(doc), self.ruler_tags(doc)) for doc in tagged]
                for doc, tags, probabilities in zip(tagged, *decode(scores, self.weights.transitions)):
                    self._apply(doc, [self.weights.labels[tag] for tag in tags], probabilities)
            yield from batch

    def _apply(self, doc: Doc, tags: list[str], probabilities) -> None:
        column = self._columns
        found = [self._retyped(span, probabilities) for span in doc.ents]
        taken = {i for span in found for i in range(span.start, span.end)}
        for span in tag_spans(doc, tags):
            if min(probabilities[i, column[tags[i]]] for i in range(span.start, span.end)) < FILL_CONFIDENCE:
                continue
            span = self._trimmed(span)
            if span is not None and not taken.intersection(range(span.start, span.end)):
                found.append(span)
        doc.ents = sorted(found, key=lambda span: span.start)

    def _retyped(self, span: Span, probabilities) -> Span:
        """The model's name with the type the CRF is sure of at its first word, if another."""
        for label in self.labels:
            if label != span.label_ and probabilities[span.start, self._columns[f"B-{label}"]] >= RETYPE_CONFIDENCE:
                return Span(span.doc, span.start, span.end, label=label)
        return span

    def _trimmed(self, span: Span) -> Span | None:
        """The span without words at either end that the archive knows as vocabulary (``وسيناقش بومبيو``
        → ``بومبيو``); None when nothing is left."""
        start, end = span.start, span.end
        while start < end and self.features.not_a_name(span.doc[start].norm_, span.doc[start].prefix_):
            start += 1
        while end > start and self.features.not_a_name(span.doc[end - 1].norm_, span.doc[end - 1].prefix_):
            end -= 1
        return Span(span.doc, start, end, label=span.label_) if end > start else None

    def load(self, path: Path) -> CrfNer:
        missing = [name for name in (WEIGHTS_FILE, WORDS_FILE) if not (path / name).is_file()]
        if missing:
            raise RasdError(f"the CRF stage in {path} lacks {', '.join(missing)}: retrain with `rasd train ner`")
        words = json.loads((path / WORDS_FILE).read_text(encoding="utf-8"))
        self.features = WordFeatures(getattr(self.nlp.tokenizer, "gazetteer", {}), words["vectors"], words["types"],
                                     words["people"])
        self.weights = CrfWeights.load(path / WEIGHTS_FILE)
        self.scores = SentenceScores(self.features, self.weights)
        self.labels = sorted(tag[2:] for tag in self.weights.labels if tag.startswith("B-"))
        self._columns = {tag: i for i, tag in enumerate(self.weights.labels)}
        self.folder = path
        return self

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.folder is not None and self.folder.resolve() != path.resolve():
            for name in (WEIGHTS_FILE, WORDS_FILE):
                shutil.copyfile(self.folder / name, path / name)

    def from_disk(self, path, exclude=()) -> CrfNer:
        return self.load(Path(path))


@Language.factory("rasd_crf_ner")
def make_crf_ner(nlp: Language, name: str) -> CrfNer:
    """The CRF stage, empty (passing docs through) until trained or loaded."""
    return CrfNer(nlp, name)
