"""Score quotation attribution against gold in the format of ``QUOTES_GUIDELINES.md``.

Each gold line names an article (``doc``: a file under ``--texts``, or the text
itself in ``text``) and its quotations with offsets into that text.  The text
goes through the same pipeline as ingest (cleaning and NER included), and
predicted spans are mapped from the clean text back to the text the gold
indexes; a quotation whose place cannot be mapped counts as not found.

A prediction *matches* a gold quotation when their spans overlap by at least
half of the shorter one (each is matched at most once, the largest overlaps
first); a match is *correct* when the speakers name the same person or body:
the same name key (``ترامب``/``ترمب``), the same alias group, a lone family
name of the other's full name, or one description within the other with the
same head word (``المسؤول الأميركي`` within ``مسؤول أميركي رفيع المستوى``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..arabic.normalize import normalize_for_matching
from ..arabic.tokens import words
from ..entities.keys import name_keys
from ..entities.local import _group_of
from ..errors import RasdError
from ..ingest.decode import decode
from ..ingest.document import TEXT, RawDocument
from ..ingest.sources import SourceOptions, iter_inputs

KINDS = ("direct", "indirect")
_ARTICLE = ("وال", "بال", "فال", "كال", "لل", "ال")


@dataclass(slots=True)
class Counts:
    """Counts for one article or kind.  Precision counts matched predictions, recall matched gold:
    per kind the two differ when a quotation is found under the other kind."""

    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold quotations matched by a prediction
    correct: int = 0  # of those, with the right speaker
    found_predicted: int = 0  # predictions matching a gold quotation
    correct_predicted: int = 0  # of those, with the right speaker

    def add(self, other: Counts) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self, with_speaker: bool = True) -> dict[str, float]:
        hits_predicted = self.correct_predicted if with_speaker else self.found_predicted
        hits_gold = self.correct if with_speaker else self.found
        precision = hits_predicted / self.predicted if self.predicted else 0.0
        recall = hits_gold / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1}

    def as_dict(self) -> dict:
        return {
            **self.scores(),
            "detection": self.scores(with_speaker=False),
            "gold": self.gold,
            "predicted": self.predicted,
            "found": self.found,
            "correct": self.correct,
        }


@dataclass(slots=True)
class DocScore:
    doc: str
    counts: Counts
    per_kind: dict[str, Counts]
    errors: list[dict] = field(default_factory=list)  # misses, false alarms and wrong speakers, for reading
    sha1_ok: bool = True


@dataclass(slots=True)
class QuoteScore:
    docs: list[DocScore]

    def total(self, kind: str | None = None) -> Counts:
        counts = Counts()
        for doc in self.docs:
            counts.add(doc.per_kind[kind] if kind else doc.counts)
        return counts

    def as_dict(self) -> dict:
        total = self.total()
        return {
            **total.scores(),
            "detection_precision": total.scores(with_speaker=False)["precision"],
            "detection_recall": total.scores(with_speaker=False)["recall"],
            "detection_f1": total.scores(with_speaker=False)["f1"],
            "gold": total.gold,
            "predicted": total.predicted,
            "found": total.found,
            "correct": total.correct,
            "per_kind": {kind: self.total(kind).as_dict() for kind in KINDS},
            "docs": [
                {"doc": d.doc, "sha1_ok": d.sha1_ok, **d.counts.as_dict(), "errors": d.errors} for d in self.docs
            ],
        }


def _stems(name: str) -> list[str]:
    stems = []
    for word in words(normalize_for_matching(name)):
        for prefix in _ARTICLE:
            if word.startswith(prefix) and len(word) > len(prefix) + 1:
                word = word[len(prefix):]
                break
        stems.append(word.replace("امريك", "اميرك"))  # أمريكي / أميركي
    return stems


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Whether two speaker names name the same person or body (see the module docstring)."""
    if not predicted or not gold:
        return False
    for kind in ("PER", "ORG"):
        a, b = name_keys(predicted, kind), name_keys(gold, kind)
        # Person keys keep native given names exact (محمد ≠ محمود); other keys compare as spelt.
        mine, theirs = (a.loose, b.loose) if kind == "PER" else (a.exact, b.exact)
        if mine and mine == theirs:
            return True
        if kind == "PER" and ((a.last is None and a.loose == b.last) or (b.last is None and b.loose == a.last)):
            return True
        group = _group_of(predicted, kind)
        if group is not None and group == _group_of(gold, kind):
            return True
    a, b = _stems(predicted), _stems(gold)
    return bool(a and b) and a[0] == b[0] and (set(a) <= set(b) or set(b) <= set(a))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def score_document(doc: str, gold: list[dict], predicted: list[dict], text: str) -> DocScore:
    """Match one article's predicted quotations (dicts with start, end, kind, speaker, cue) to gold."""
    pairs = []
    for g, item in enumerate(gold):
        for p, guess in enumerate(predicted):
            if _overlap((item["start"], item["end"]), (guess["start"], guess["end"])):
                right = same_speaker(guess.get("speaker"), item.get("speaker"))
                shared = min(item["end"], guess["end"]) - max(item["start"], guess["start"])
                pairs.append((right, shared, g, p))
    pairs.sort(reverse=True)
    matched_gold: dict[int, tuple[int, bool]] = {}
    matched_predicted: set[int] = set()
    for right, _, g, p in pairs:
        if g not in matched_gold and p not in matched_predicted:
            matched_gold[g] = (p, right)
            matched_predicted.add(p)
    right_count = sum(right for _, right in matched_gold.values())
    counts = Counts(len(gold), len(predicted), len(matched_gold), right_count, len(matched_gold), right_count)
    per_kind = {kind: Counts() for kind in KINDS}
    for g, item in enumerate(gold):
        bucket = per_kind.setdefault(item.get("kind", "indirect"), Counts())
        bucket.gold += 1
        if g in matched_gold:
            bucket.found += 1
            bucket.correct += matched_gold[g][1]
    for g, (p, right) in matched_gold.items():
        bucket = per_kind.setdefault(predicted[p]["kind"], Counts())
        bucket.found_predicted += 1
        bucket.correct_predicted += right
    for guess in predicted:
        per_kind.setdefault(guess["kind"], Counts()).predicted += 1
    errors = []
    for g, item in enumerate(gold):
        if g not in matched_gold:
            errors.append({"error": "missed", **_shown(item, text)})
        elif not matched_gold[g][1]:
            guess = predicted[matched_gold[g][0]]
            errors.append({"error": "speaker", "predicted_speaker": guess.get("speaker"), **_shown(item, text)})
    for p, guess in enumerate(predicted):
        if p not in matched_predicted:
            errors.append({"error": "extra", **_shown(guess, text)})
    return DocScore(doc, counts, per_kind, errors)


def _shown(item: dict, text: str) -> dict:
    return {"start": item["start"], "end": item["end"], "kind": item.get("kind"), "cue": item.get("cue"),
            "speaker": item.get("speaker"), "text": text[item["start"]:item["end"]]}


def read_gold(path: Path) -> list[dict]:
    if not path.is_file():
        raise RasdError(f"no such gold file: {path}")
    lines = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise RasdError(f"{path}, line {number}: not valid JSON ({error})") from None
        if not isinstance(item, dict) or "quotes" not in item or not ("text" in item or "doc" in item):
            raise RasdError(f"{path}, line {number}: each line needs `quotes` and `doc` or `text`")
        lines.append(item)
    return lines


def _document(item: dict, texts: Path | None) -> RawDocument:
    if "text" in item:
        return RawDocument(str(item.get("doc", "text")), item["text"].encode("utf-8"), TEXT)
    if texts is None:
        raise RasdError(f"gold line for {item['doc']!r} has no `text`; name the folder of its file with --texts")
    path = texts / item["doc"]
    if not path.is_file():
        raise RasdError(f"no file {path} for the gold line of {item['doc']!r}")
    document = next(iter(iter_inputs([str(path)], SourceOptions())))
    if not isinstance(document, RawDocument):
        raise RasdError(f"cannot read {path}: {document.reason}")
    return document


Predictor = Callable[[RawDocument], tuple[str, list[dict]]]


def predict_with_pipeline(document: RawDocument) -> tuple[str, list[dict]]:
    """Run ingest's pipeline; return the decoded text and the quotations in its coordinates."""
    from ..pipeline import process

    raw = decode(document.content).text
    article = process(document)
    predicted = []
    for quotation in article.quotations:
        span = article.offsets.to_raw_span(quotation.start, quotation.end)
        if span is not None:
            predicted.append({"start": span[0], "end": span[1], "kind": quotation.kind, "cue": quotation.cue,
                              "speaker": quotation.speaker})
    return raw, predicted


def evaluate_quotes(gold_path: Path, texts: Path | None = None, predict: Predictor = predict_with_pipeline) -> QuoteScore:
    """Score the pipeline's quotations against a gold file."""
    docs = []
    for item in read_gold(gold_path):
        document = _document(item, texts)
        text, predicted = predict(document)
        score = score_document(str(item.get("doc", "text")), item["quotes"], predicted, text)
        if item.get("sha1"):
            score.sha1_ok = hashlib.sha1(text.encode("utf-8")).hexdigest() == item["sha1"]
        docs.append(score)
    return QuoteScore(docs)
