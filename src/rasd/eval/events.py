"""Score extracted events against a gold file in the guidelines' format (JSON lines, one article a line).

Each gold line gives the article (``text``, or ``doc``: a file in the texts
folder, or the ``id``/``url`` of a record in a JSON or JSON-lines file there)
and its ``events`` (type, mode, source and target as lists of acceptable forms,
location, date, trigger, evidence as text or as ``evidence_span`` offsets into
the file). A predicted event matches a gold one of the same article when the
type is the same and both actors match (either way round for symmetric types);
an empty actor list matches only an event with no such actor. Two forms match
when, folded and without attached clitics, they are equal or one is a run of
whole words of the other that holds more than titles and descriptors. Each
gold event takes at most one prediction, preferring one from its evidence
sentence. Precision, recall and F1 count events; mode, place and date accuracy
are over matched pairs (a missing place or date in both counts as right).
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..arabic.normalize import normalize_for_matching
from ..errors import RasdError
from ..events.lexicon import SYMMETRIC_TYPES
from .ner import TypeScore

_CLITIC = re.compile(r"^(?:[وف]?(?:ب|ل|ك)?(?:ال)?|لل)(?=\S{2,})")
# Words that alone do not name an actor: titles, descriptors, articles of groups.
_GENERIC = frozenset(normalize_for_matching(w) for w in """
    وزير الوزير الخارجية الأميركي الأمريكي الرئيس رئيس الأمين العام حركة تنظيم الحكومة حكومة الدول دول
    الشيخ أمير الملك المبعوث مساعد قوات القوات وفد الوفد الروسي التركي السوري الأفغانية
""".split())


@dataclass(slots=True)
class EventScore:
    micro: TypeScore
    per_type: dict[str, TypeScore]
    mode_accuracy: float
    location_accuracy: float
    date_accuracy: float
    matched: int
    articles: int
    seconds: float
    details: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "precision": self.micro.precision, "recall": self.micro.recall, "f1": self.micro.f1,
            "gold": self.micro.support, "predicted": self.micro.predicted, "correct": self.micro.correct,
            "mode_accuracy": self.mode_accuracy, "location_accuracy": self.location_accuracy,
            "date_accuracy": self.date_accuracy, "articles": self.articles, "seconds": self.seconds,
            "per_type": {kind: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "gold": s.support,
                                "predicted": s.predicted, "correct": s.correct} for kind, s in self.per_type.items()},
            "details": self.details,
        }


def fold_form(text: str) -> list[str]:
    """The words of an actor or place form, folded."""
    return normalize_for_matching(text).replace("«", " ").replace("»", " ").replace('"', " ").split()


def _readings(words: list[str]) -> list[list[str]]:
    """The words as written and, when the first one carries clitics (وبومبيو, للحلف), without them."""
    if not words:
        return []
    stripped = _CLITIC.sub("", words[0])
    return [words] if stripped in ("", words[0]) else [words, [stripped] + words[1:]]


def forms_match(predicted: str, gold: str) -> bool:
    a, b = fold_form(predicted), fold_form(gold)
    if a != b and all(word in _GENERIC for word in (a if len(a) <= len(b) else b)):
        return False  # a title or descriptor alone names no one
    return any(_words_match(a, b) for a in _readings(fold_form(predicted)) for b in _readings(fold_form(gold)))


def _words_match(a: list[str], b: list[str]) -> bool:
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if all(word in _GENERIC for word in short):
        return False
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def actor_matches(predicted: dict | None, gold: list[str]) -> bool:
    if not gold:
        return predicted is None
    if predicted is None:
        return False
    return any(forms_match(value, form) for value in (predicted.get("text"), predicted.get("name")) if value
               for form in gold)


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [v for v in value if v]


def _location_right(predicted: dict | None, gold) -> bool:
    forms = _as_list(gold)
    if not forms:
        return predicted is None
    return actor_matches(predicted, forms)


def _date_right(predicted: dict, gold) -> bool:
    if not gold:
        return not predicted.get("date") and not predicted.get("date_text")
    if re.match(r"^\d{4}", gold):
        return bool(predicted.get("date")) and predicted["date"].startswith(gold)
    written = " ".join(normalize_for_matching(predicted.get("date_text") or "").replace("(", " ").split())
    wanted = " ".join(normalize_for_matching(gold).split())
    return bool(written) and (wanted in written or written in wanted)


def _pair_matches(predicted: dict, gold: dict) -> bool:
    if predicted["type"] != gold["type"]:
        return False
    source, target = _as_list(gold.get("source")), _as_list(gold.get("target"))
    if actor_matches(predicted.get("source"), source) and actor_matches(predicted.get("target"), target):
        return True
    return gold["type"] in SYMMETRIC_TYPES and actor_matches(predicted.get("source"), target) and \
        actor_matches(predicted.get("target"), source)


def score_article(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: each gold event takes the best free prediction."""
    pairs, used = [], set()
    for g_index, gold_event in enumerate(gold):
        span = gold_event.get("_clean_span")
        candidates = [p for p, event in enumerate(predicted) if p not in used and _pair_matches(event, gold_event)]
        if not candidates:
            continue
        if span:
            candidates.sort(key=lambda p: not (predicted[p]["start"] < span[1] and span[0] < predicted[p]["end"]))
        used.add(candidates[0])
        pairs.append((g_index, candidates[0]))
    return pairs


def evaluate(gold_path: Path, texts: Path | None, extract) -> EventScore:
    """Run ``extract(name, raw_bytes, media_type) -> (clean_text, [event dicts])`` on each gold article and score."""
    lines = _read_gold(gold_path)
    support, guessed, correct = Counter(), Counter(), Counter()
    modes = locations = dates = matched = 0
    seconds = 0.0
    details = []
    for line in lines:
        name, content, media_type, raw_text = _article_input(line, texts)
        began = time.perf_counter()
        clean, predicted = extract(name, content, media_type)
        seconds += time.perf_counter() - began
        gold = [dict(event) for event in line.get("events", [])]
        for event in gold:
            event["_clean_span"] = _clean_span(event, raw_text, clean)
        pairs = score_article(predicted, gold)
        support.update(event["type"] for event in gold)
        guessed.update(event["type"] for event in predicted)
        for g_index, p_index in pairs:
            g, p = gold[g_index], predicted[p_index]
            correct[g["type"]] += 1
            matched += 1
            modes += p["mode"] == g.get("mode", "happened")
            locations += _location_right(p.get("location"), g.get("location"))
            dates += _date_right(p, g.get("date"))
        found = {g for g, _ in pairs}, {p for _, p in pairs}
        details.append({
            "doc": name,
            "missed": [{k: v for k, v in g.items() if not k.startswith("_")} for i, g in enumerate(gold)
                       if i not in found[0]],
            "extra": [_short(p) for i, p in enumerate(predicted) if i not in found[1]],
            "matched": [{"gold": gold[g]["type"], "mode": [gold[g].get("mode"), predicted[p]["mode"]],
                         "location": [gold[g].get("location"), (predicted[p].get("location") or {}).get("name")],
                         "date": [gold[g].get("date"), predicted[p].get("date_text"), predicted[p].get("date")]}
                        for g, p in pairs],
        })
    per_type = {kind: TypeScore.from_counts(support[kind], guessed[kind], correct[kind])
                for kind in sorted(support.keys() | guessed.keys())}
    micro = TypeScore.from_counts(support.total(), guessed.total(), correct.total())
    ratio = lambda n: n / matched if matched else 0.0  # noqa: E731
    return EventScore(micro, per_type, ratio(modes), ratio(locations), ratio(dates), matched, len(lines), seconds,
                      details)


def _short(event: dict) -> dict:
    actor = lambda a: a.get("text") if a else None  # noqa: E731
    return {"type": event["type"], "mode": event["mode"], "trigger": event["trigger"],
            "source": actor(event.get("source")), "target": actor(event.get("target"))}


def _read_gold(path: Path) -> list[dict]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise RasdError(f"cannot read the gold file {path}: {error.strerror}") from None
    lines = []
    for number, text in enumerate(raw.splitlines(), 1):
        if not text.strip():
            continue
        try:
            line = json.loads(text)
        except json.JSONDecodeError as error:
            raise RasdError(f"{path}:{number}: not JSON ({error.msg})") from None
        if not isinstance(line, dict) or ("text" not in line and "doc" not in line):
            raise RasdError(f"{path}:{number}: each line needs a 'text' or a 'doc' and its 'events'")
        lines.append(line)
    return lines


def _article_input(line: dict, texts: Path | None) -> tuple[str, bytes, str, str]:
    """(name, raw bytes, media type, raw text the evidence offsets index) of one gold line's article."""
    if "text" in line:
        text = line["text"]
        return line.get("doc", "text"), text.encode("utf-8"), "text/plain", text
    doc = str(line["doc"])
    if texts is None:
        raise RasdError(f"the gold names the file {doc!r}: give the folder that holds it with --texts DIR")
    for candidate in (texts / doc, *(texts / f"{doc}{suffix}" for suffix in (".txt", ".html", ".json"))):
        if candidate.is_file():
            content = candidate.read_bytes()
            media = "text/html" if candidate.suffix in (".html", ".htm") else "text/plain"
            return doc, content, media, content.decode("utf-8-sig", errors="replace")
    record = _find_record(texts, doc)
    if record is None:
        raise RasdError(f"no file or record {doc!r} in {texts}")
    text = json.dumps(record, ensure_ascii=False)
    return doc, text.encode("utf-8"), "application/json", record.get("content") or record.get("text") or ""


def _find_record(texts: Path, doc: str) -> dict | None:
    return _records(texts.resolve()).get(doc)


@lru_cache(maxsize=4)
def _records(texts: Path) -> dict[str, dict]:
    """The JSON records of a folder's .json and .jsonl files, by id and by url (read once per folder)."""
    found: dict[str, dict] = {}
    for path in sorted(texts.glob("*.json*")):
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()] if path.suffix != ".json" else json.load(handle)
        for row in rows if isinstance(rows, list) else [rows]:
            if isinstance(row, dict):
                for key in (row.get("id"), row.get("url")):
                    if key is not None:
                        found.setdefault(str(key), row)
    return found


def _clean_span(event: dict, raw: str, clean: str) -> tuple[int, int] | None:
    """Where the gold evidence stands in the clean text, found by its opening words."""
    if event.get("evidence"):
        evidence = event["evidence"]
    elif event.get("evidence_span"):
        start, end = event["evidence_span"]
        evidence = raw[start:end]
    else:
        return None
    evidence = evidence.strip()
    position = clean.find(evidence[:40])
    if position < 0:
        return None
    return position, position + len(evidence)
