"""Name-word gazetteer: which words belong to known person, place or organisation names.

Built by ``rasd train ner`` from the gazetteers in the project's data folder
(and CLDR territory names from ``babel``), and shipped inside the model.  The
model reads it as a feature (the lexeme's CLUSTER), so it helps without
overriding: ``محمد`` is a person-name word, ``جامعة`` an organisation-name word.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ..arabic.charsets import is_arabic_letter
from ..arabic.normalize import normalize_for_matching

PER, LOC, ORG = 1, 2, 4
_KINDS = {"PERSON": PER, "LOCATION": LOC, "ORGANIZATION": ORG}
# Function words that appear inside names but say nothing about them.
_STOPWORDS = frozenset(normalize_for_matching(w) for w in "في من على إلى عن مع و أو بن بنت ابن أبو أبي ال".split())


def _name_words(name: str) -> Iterator[str]:
    for word in name.split():
        folded = normalize_for_matching(word.strip("()[]\"'«».,،"))
        if len(folded) > 2 and folded not in _STOPWORDS and all(is_arabic_letter(c) for c in folded):
            yield folded


def build_gazetteer(folder: Path | None) -> dict[str, int]:
    """Word → bit set of PER, LOC and ORG, from whichever gazetteers ``folder`` holds."""
    from babel import Locale

    table: dict[str, int] = {}

    def add(name: str, kind: int) -> None:
        for word in _name_words(name):
            table[word] = table.get(word, 0) | kind

    for name in Locale("ar").territories.values():
        add(name, LOC)
    if folder is None:
        return table
    anetac = folder / "anetac" / "EN-AR_Named-entities.txt"
    if anetac.is_file():
        for line in anetac.read_text(encoding="utf-8").splitlines():
            kind, _, rest = line.partition(" ")
            if kind in _KINDS:
                add(" ".join(w for w in rest.split() if any(is_arabic_letter(c) for c in w)), _KINDS[kind])
    for file, kind in (("AlignedPersGazetteer.txt", PER), ("AlignedLocGazetteer.txt", LOC), ("AlignedOrgGazetteer.txt", ORG)):
        path = folder / "anergazet" / file
        if path.is_file():
            for line in path.read_text(encoding="utf-8-sig").splitlines():
                add(line, kind)
    names = folder / "arabic-names-akhateeb"
    for file in ("male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt", "last-names-in-arabic.txt"):
        if (names / file).is_file():
            for line in (names / file).read_text(encoding="utf-8-sig").splitlines():
                add(line, PER)
    for row in _places(folder):
        # Cities are left out: many of their Arabic names are machine-made.
        if row.get("type") in ("country", "state") and row.get("name_ar"):
            add(row["name_ar"], LOC)
    return table


def _places(folder: Path) -> Iterator[dict[str, str]]:
    """The rows of the places list in ``folder`` (none when it is absent)."""
    places = folder / "gazetteer-dr5hn" / "places_ar.tsv"
    if places.is_file():
        with places.open(encoding="utf-8") as handle:
            yield from csv.DictReader(handle, delimiter="\t")


# Cities this large are news places; smaller ones' Arabic names are often machine-made or common words.
MAJOR_CITY_POPULATION = 1_000_000


def major_cities(folder: Path) -> list[str]:
    """Arabic names of the cities of a million people or more in the places list of ``folder``, with their
    native names where those are written in Arabic script (``کابل``, folded ``كابل``, beside ``كابول``)."""
    names: set[str] = set()
    for row in _places(folder):
        population = row.get("population") or ""
        if row.get("type") != "city" or not population.isdigit() or int(population) < MAJOR_CITY_POPULATION:
            continue
        for name in (row.get("name_ar") or "", row.get("native") or ""):
            words = name.split()
            if words and all(is_arabic_letter(char) for word in words for char in word):
                names.add(name)
    return sorted(names)
