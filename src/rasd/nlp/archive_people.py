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
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .titles import frequent

PEOPLE_FILE = "people.json"
MIN_CLOSINGS = 3
MIN_PERSON_SHARE = 0.5
# Paragraphs shorter than this are headlines and captions; the model reads a paragraph at a time.
_MIN_WORDS = 4


def mine_family_names(nlp, lines: Iterable[str], batch_size: int = 64) -> list[str]:
    """The words of the archive ``lines`` that the model ``nlp`` takes for family names, sorted."""
    closings, person, tagged = Counter(), Counter(), Counter()
    paragraphs = (line for line in lines if len(line.split()) >= _MIN_WORDS)
    for doc in nlp.pipe(paragraphs, batch_size=batch_size):
        for entity in doc.ents:
            words = [token.norm_ for token in entity]
            for word in words:
                tagged[word] += 1
                if entity.label_ == "PER":
                    person[word] += 1
            if entity.label_ == "PER" and len(words) >= 2:
                closings[words[-1]] += 1
    # A word among the archive's most frequent is vocabulary (عاما), not a name.
    return sorted(
        word for word, count in closings.items()
        if count >= MIN_CLOSINGS and person[word] >= MIN_PERSON_SHARE * tagged[word] and len(word) > 2
        and not frequent(nlp.vocab, word)
    )


def write_family_names(model: Path, names: list[str]) -> None:
    (model / PEOPLE_FILE).write_text(json.dumps(names, ensure_ascii=False, indent=0), encoding="utf-8")


def read_family_names(model: Path) -> frozenset[str]:
    """The shipped list (empty for a model trained without an archive)."""
    path = model / PEOPLE_FILE
    return frozenset(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else frozenset()
