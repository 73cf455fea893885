"""A CRF tagger over rich word features, after the neural model (``crf_ner`` in the pipeline).

A linear-chain CRF (CRFsuite) reads, for each word and the two words on each
side, features that carry what ANERcorp's 3,600 training sentences cannot:

- the folded word, its stem without proclitics, the proclitics cut, the stem's
  first and last letters (2 to 4) and length, digits, the article ``ال``;
- its classes in the name-word gazetteer, and whether the archive taught it as
  a family name (``people.json``);
- two clusters of its word vector (64 and 512 groups, k-means on the vectors
  rasd trains on the archive) and its frequency rank in the archive, so words
  never seen in training share evidence with words that were;
- how the trained neural model typed the word across the 31,030 archive
  articles (mostly a person, sometimes a place…), bucketed: the model's
  reading of today's news, which ANERcorp (2007) lacks;
- the name ruler's matches (listed organisations, countries, cities).

The neural model's names come first.  The CRF adds the names it is sure of
where the model found none (the two miss different names), and gives a model
name the type it is sure of.  With the CRF's names first the dev F1 was higher
(73.0 against 71.9) but its boundary errors (``ستولتنبرغ وبومبيو`` as one
person) broke entity linking and events on the seeds; see the README.
Everything the features need ships in the model's ``crf_ner`` folder:
``crf.crfsuite`` and ``crf_words.json``.
"""

from __future__ import annotations

import json
import math
import shutil
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from spacy.attrs import NORM, PREFIX
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import RasdError
from ..eval.conll import Sentence, bio_spans, to_bio
from .archive_people import ArchiveCounts

CRF_FILE = "crf.crfsuite"
WORDS_FILE = "crf_words.json"
# Clusters of the word vectors: a coarse and a fine grouping.
CLUSTERS = (64, 512)
# CRFsuite's L-BFGS training: L1 and L2 penalties and passes (chosen on the dev split).
TRAINING = {"c1": 0.05, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True}
# A CRF name is added only when the CRF gives each of its words' tags at least this probability. Measured
# on the dev split (names added / right): 0.5 → 94 / 57, dev F1 72.3; 0.8 → 51 / 36, 71.7. 0.8 keeps the
# event extractor's precision on the tuned SaudiNewsNet set (13 of 16 right, against 12 of 16 at 0.5).
FILL_CONFIDENCE = 0.8
# The model's name takes the type the CRF gives its first word with at least this probability (dev F1
# 71.7 → 72.2 at 0.8, model and CRF alone; 72.1 at 0.9).
RETYPE_CONFIDENCE = 0.8
# Archive word types: a word the neural model tagged at least once, in this many archive occurrences or more.
MIN_SEEN = 2
_CONTEXT = (-2, -1, 1, 2)
# Distinct words whose features are kept between documents (a few KB each); the cache starts over past this.
_CACHED_WORDS = 100_000


def type_code(seen: int, typed: Counter) -> str:
    """How the model typed a word across the archive: its most frequent type and the share of
    occurrences it tagged at all, in four buckets (``PER4``: a person most of the time)."""
    share = sum(typed.values()) / seen
    bucket = 1 if share < 0.1 else 2 if share < 0.3 else 3 if share < 0.6 else 4
    return max(sorted(typed), key=typed.__getitem__) + str(bucket)


def vector_words(nlp: Language) -> dict[str, list]:
    """Folded word → [coarse cluster, fine cluster, frequency rank bucket] for every word of the
    pipeline's vector table (rows are in order of archive frequency)."""
    import numpy as np

    vectors = nlp.vocab.vectors
    if not vectors.size:
        return {}
    data = np.array(vectors.data, dtype=np.float32)  # a copy: the pipeline's own table stays as it is
    data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-6
    clusters = [_kmeans(data, k) for k in CLUSTERS]
    words = {}
    for key, row in vectors.key2row.items():
        word = nlp.vocab.strings[key]
        words[word] = [int(clusters[0][row]), int(clusters[1][row]), int(math.log2(row + 1))]
    return dict(sorted(words.items()))


def _kmeans(data, k: int, passes: int = 12, seed: int = 0):
    """Spherical k-means (cosine), seeded: the cluster of each row."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = data[rng.choice(len(data), k, replace=False)].copy()
    for _ in range(passes):
        assigned = np.argmax(data @ centres.T, axis=1)
        for cluster in range(k):
            members = data[assigned == cluster]
            if len(members):
                mean = members.mean(0)
                centres[cluster] = mean / (np.linalg.norm(mean) + 1e-6)
    return np.argmax(data @ centres.T, axis=1)


def archive_types(counts: ArchiveCounts) -> dict[str, str]:
    """``type_code`` of every word the model tagged in the archive and saw there ``MIN_SEEN`` times or more."""
    return {word: type_code(counts.seen[word], typed) for word, typed in sorted(counts.types.items())
            if counts.seen[word] >= MIN_SEEN}


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
    trainer.train(str(folder / CRF_FILE))
    stage.load(folder)


class WordFeatures:
    """The features of a word, computed once per distinct word."""

    def __init__(self, gazetteer: dict[str, int], vectors: dict[str, list], types: dict[str, str],
                 people: Iterable[str]) -> None:
        self.gazetteer, self.vectors, self.types, self.people = gazetteer, vectors, types, frozenset(people)
        self._own: dict[str, list[str]] = {}
        self._context: dict[str, dict[int, list[str]]] = {}

    def not_a_name(self, norm: str, stem: str) -> bool:
        """Whether the archive says a word is vocabulary: frequent there and never tagged as a name
        (``استخلاص``), or unseen but with such a stem (``وسيناقش`` → ``سيناقش``)."""
        own = self._type(norm)
        return own == "0" or (own == "-" and self._type(stem) == "0")

    def _type(self, word: str) -> str:
        if word in self.types:
            return self.types[word]
        return "0" if word in self.vectors else "-"

    def _compute(self, norm: str, stem: str) -> None:
        clusters = self.vectors.get(norm)
        values = {
            "n": norm, "st": stem, "pre": norm[: len(norm) - len(stem)],
            "p2": stem[:2], "p3": stem[:3], "p4": stem[:4], "s1": stem[-1:], "s2": stem[-2:], "s3": stem[-3:],
            "s4": stem[-4:], "L": str(min(len(stem), 8)), "al": str(norm.startswith("ال")),
            "d": str(any(c.isdigit() for c in norm)),
            "g": str(self.gazetteer.get(norm, 0)), "gs": str(self.gazetteer.get(stem, 0)),
            "pp": str(norm in self.people or stem in self.people),
            "c1": str(clusters[0]) if clusters else "-", "c2": str(clusters[1]) if clusters else "-",
            "fr": str(clusters[2]) if clusters else "oov",
            "ty": self._type(norm), "tys": self._type(stem),
        }
        self._own[norm] = [f"0{key}={value}" for key, value in values.items()]
        self._context[norm] = {
            offset: [f"{offset}{key}={values[key]}" for key in ("n", "st", "g", "c1", "c2", "s2", "ty")]
            for offset in _CONTEXT
        }

    def sentence(self, words: list[tuple[str, str]], ruler: list[str]) -> list[list[str]]:
        """The CRF's features for each word of a sentence: (folded word, stem) pairs and the name ruler's
        BIO tags."""
        norms = [norm for norm, _ in words]
        if len(self._own) > _CACHED_WORDS:
            self._own.clear()
            self._context.clear()
        for norm, stem in words:
            if norm not in self._own:
                self._compute(norm, stem)
        last = len(words) - 1
        items = []
        for i, norm in enumerate(norms):
            features = ["b", *self._own[norm], f"ru={ruler[i]}"]
            for offset in _CONTEXT:
                j = i + offset
                features += self._context[norms[j]][offset] if 0 <= j <= last else [f"{offset}pad"]
            if i:
                features += [f"bg={norms[i - 1]}|{norm}", f"ru-1={ruler[i - 1]}"]
            if i < last:
                features += [f"bg+={norm}|{norms[i + 1]}", f"ru+1={ruler[i + 1]}"]
            items.append(features)
        return items


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


class CrfNer:
    """Adds the CRF's names where the neural model found none, without words at their edges that the
    archive knows as vocabulary, and gives the model's names the type the CRF is sure of."""

    def __init__(self, nlp: Language, name: str = "crf_ner") -> None:
        self.nlp, self.name = nlp, name
        self.tagger = None
        self.features: WordFeatures | None = None
        self.folder: Path | None = None  # where the loaded CRF's files are
        self.labels: list[str] = []  # the entity types it was trained on

    def ruler_tags(self, doc: Doc) -> list[str]:
        if "name_ruler" not in self.nlp.pipe_names:
            return ["O"] * len(doc)
        from spacy.util import filter_spans

        matcher = self.nlp.get_pipe("name_ruler").matcher
        return bio_tags(len(doc), filter_spans([Span(doc, s, e, label=k) for k, s, e in matcher(doc)]))

    def doc_features(self, doc: Doc) -> list[list[str]]:
        # The tokenizer gives each word NORM (the folded word) and PREFIX (its stem), read here as arrays:
        # cheaper than a Token object per word.
        strings = self.nlp.vocab.strings
        words = [(strings[norm], strings[stem]) for norm, stem in doc.to_array([NORM, PREFIX]).tolist()]
        return self.features.sentence(words, self.ruler_tags(doc))

    def __call__(self, doc: Doc) -> Doc:
        if self.tagger is None or not len(doc):
            return doc
        tags = self.tagger.tag(self.doc_features(doc))
        found = [self._retyped(span) for span in doc.ents]
        taken = {i for span in found for i in range(span.start, span.end)}
        for span in tag_spans(doc, tags):
            if min(self.tagger.marginal(tags[i], i) for i in range(span.start, span.end)) < FILL_CONFIDENCE:
                continue
            span = self._trimmed(span)
            if span is not None and not taken.intersection(range(span.start, span.end)):
                found.append(span)
        doc.ents = sorted(found, key=lambda span: span.start)
        return doc

    def _retyped(self, span: Span) -> Span:
        """The model's name with the type the CRF is sure of at its first word (after ``tag``), if another."""
        for label in self.labels:
            if label != span.label_ and self.tagger.marginal(f"B-{label}", span.start) >= RETYPE_CONFIDENCE:
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
        import pycrfsuite

        missing = [name for name in (CRF_FILE, WORDS_FILE) if not (path / name).is_file()]
        if missing:
            raise RasdError(f"the CRF stage in {path} lacks {', '.join(missing)}: retrain with `rasd train ner`")
        words = json.loads((path / WORDS_FILE).read_text(encoding="utf-8"))
        self.features = WordFeatures(getattr(self.nlp.tokenizer, "gazetteer", {}), words["vectors"], words["types"],
                                     words["people"])
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path / CRF_FILE))
        self.labels = sorted(tag[2:] for tag in self.tagger.labels() if tag.startswith("B-"))
        self.folder = path
        return self

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.folder is not None and self.folder.resolve() != path.resolve():
            for name in (CRF_FILE, WORDS_FILE):
                shutil.copyfile(self.folder / name, path / name)

    def from_disk(self, path, exclude=()) -> CrfNer:
        return self.load(Path(path))


@Language.factory("rasd_crf_ner")
def make_crf_ner(nlp: Language, name: str) -> CrfNer:
    """The CRF stage, empty (passing docs through) until trained or loaded."""
    return CrfNer(nlp, name)
