"""Family names the model learnt from a news archive, for the title rule (part of ``rasd train ner``).

ANERcorp dates from 2007, so its names are not today's, and the model often
misses a foreign family name standing alone (``الرئيس ترامب``) while it finds the
full name (``دونالد ترامب``) elsewhere in the archive.  After training, the
model reads the archive once; a word that closed a person's name of two or more
words there at least ``MIN_CLOSINGS`` times, and that the model tagged as part
of a person at least ``MIN_PERSON_SHARE`` of the times it tagged it at all, and that is not among the archive's most
frequent words, is a known family name.  The title rule (``titles.add_titled_people``) then takes it
as a name after a title, as it takes a word of the name gazetteer.

The list is a pure function of the model and the archive, shipped with the
model (``people.json``), so tagging an article still depends on nothing else.
The same reading of the archive (``count_archive``) also counts how the model
types each word, which the CRF stage reads as a feature (``crf_features.archive_types``).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .titles import frequent

PEOPLE_FILE = "people.json"
MIN_CLOSINGS = 3
MIN_PERSON_SHARE = 0.5
# Paragraphs shorter than this are headlines and captions; the model reads a paragraph at a time.
_MIN_WORDS = 4


@dataclass(slots=True)
class ArchiveCounts:
    """What the model found reading an archive: per folded word, how often it closed a person's name of
    two or more words, was tagged part of a person, was tagged at all, was seen; and its tags by type."""

    closings: Counter = field(default_factory=Counter)
    person: Counter = field(default_factory=Counter)
    tagged: Counter = field(default_factory=Counter)
    seen: Counter = field(default_factory=Counter)
    types: defaultdict = field(default_factory=lambda: defaultdict(Counter))


def count_archive(nlp, lines: Iterable[str], batch_size: int = 64) -> ArchiveCounts:
    """Read the archive ``lines`` with the pipeline ``nlp``, a paragraph at a time."""
    counts = ArchiveCounts()
    paragraphs = (line for line in lines if len(line.split()) >= _MIN_WORDS)
    for doc in nlp.pipe(paragraphs, batch_size=batch_size):
        counts.seen.update(token.norm_ for token in doc)
        for entity in doc.ents:
            words = [token.norm_ for token in entity]
            for word in words:
                counts.tagged[word] += 1
                counts.types[word][entity.label_] += 1
                if entity.label_ == "PER":
                    counts.person[word] += 1
            if entity.label_ == "PER" and len(words) >= 2:
                counts.closings[words[-1]] += 1
    return counts


def family_names(counts: ArchiveCounts, vocab) -> list[str]:
    """The words the model took for family names, sorted."""
    # A word among the archive's most frequent is vocabulary (عاما), not a name.
    return sorted(
        word for word, count in counts.closings.items()
        if count >= MIN_CLOSINGS and counts.person[word] >= MIN_PERSON_SHARE * counts.tagged[word] and len(word) > 2
        and not frequent(vocab, word)
    )


def mine_family_names(nlp, lines: Iterable[str], batch_size: int = 64) -> list[str]:
    """The words of the archive ``lines`` that the model ``nlp`` takes for family names, sorted."""
    return family_names(count_archive(nlp, lines, batch_size), nlp.vocab)


def write_family_names(model: Path, names: list[str]) -> None:
    (model / PEOPLE_FILE).write_text(json.dumps(names, ensure_ascii=False, indent=0), encoding="utf-8")


def read_family_names(model: Path) -> frozenset[str]:
    """The shipped list (empty for a model trained without an archive)."""
    path = model / PEOPLE_FILE
    return frozenset(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else frozenset()
