"""Offices from a knowledge base, keyed the way titles in the news are.

Wikidata names an office after its country (``وزير خارجية الولايات المتحدة``);
the news names it with the country's adjective (``وزير الخارجية الأميركي``).
An office's role keys are the key of its label and the key of the label with
each country name written as its adjective, so both meet in ``roles.compatible``.
"""

from __future__ import annotations

from functools import lru_cache

from ..arabic.normalize import normalize_for_matching
from .roles import role_key

# Adjectives the usual rule (drop the article and a final ا/يا/ة, add ي) does not give.
_IRREGULAR = {
    "الولايات المتحدة": "الأميركي",
    "الولايات المتحدة الأمريكية": "الأميركي",
    "أمريكا": "الأميركي",
    "المملكة المتحدة": "البريطاني",
    "المملكة العربية السعودية": "السعودي",
    "الإمارات العربية المتحدة": "الإماراتي",
    "أفغانستان": "الأفغاني",
    "النمسا": "النمساوي",
    "كوريا الجنوبية": "الكوري الجنوبي",
    "كوريا الشمالية": "الكوري الشمالي",
    "جنوب أفريقيا": "الجنوب أفريقي",
    "نيوزيلندا": "النيوزيلندي",
    "الفاتيكان": "البابوي",
}
# Short forms the news uses for countries whose full names CLDR gives.
_SHORT_FORMS = ("السعودية", "الإمارات", "أمريكا", "أميركا", "بريطانيا", "الولايات المتحدة الأمريكية")


def nisba(country: str) -> str:
    """The adjective of a country's name, with the article: روسيا → الروسي, مصر → المصري."""
    folded = normalize_for_matching(country)
    for name, adjective in _IRREGULAR.items():
        if normalize_for_matching(name) == folded:
            return adjective
    words = country.split()
    stem = words[-1] if len(words) == 1 else country
    if stem.startswith("ال"):
        stem = stem[2:]
    if stem.endswith("يا") and len(stem) > 3:
        stem = stem[:-2]
    elif stem.endswith(("ا", "ة", "ه")) and len(stem) > 2:
        stem = stem[:-1]
    if stem.endswith("ي"):
        stem = stem[:-1]
    return "ال" + stem + "ي"


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The Arabic names of the world's countries (CLDR's, and the short forms the news uses)."""
    from babel import Locale

    names = {name for code, name in Locale("ar").territories.items() if code.isalpha() and len(code) == 2}
    return frozenset(name for name in names | set(_IRREGULAR) | set(_SHORT_FORMS) if name)


@lru_cache(maxsize=1)
def country_of_adjective() -> dict[str, str]:
    """Folded adjective of a country, masculine (الاسرائيلي) → the country's name as the news writes it
    (the short form where there is one: السعودية, الولايات المتحدة)."""
    found: dict[str, str] = {}
    preferred = ("الولايات المتحدة", *_SHORT_FORMS)
    for name in sorted(country_names(), key=lambda name: (name not in preferred, preferred.index(name)
                                                          if name in preferred else len(name), name)):
        adjective = normalize_for_matching(nisba(name))
        found.setdefault(adjective, name)
        found.setdefault(adjective.replace("امريك", "اميرك"), name)  # الأمريكي and الأميركي
        found.setdefault(adjective.replace("اميرك", "امريك"), name)
    return found


@lru_cache(maxsize=1)
def _countries() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words of a country's name, its adjective), longest names first."""
    pairs = {tuple(normalize_for_matching(name).split()): nisba(name) for name in country_names()}
    return tuple(sorted(pairs.items(), key=lambda pair: len(pair[0]), reverse=True))


def with_adjectives(label: str) -> str:
    """The label with every country name written as its adjective (روسيا → الروسي)."""
    words = label.split()
    folded = [normalize_for_matching(word) for word in words]
    out: list[str] = []
    index = 0
    while index < len(words):
        for country, adjective in _countries():
            if tuple(folded[index : index + len(country)]) == country:
                out.append(adjective)
                index += len(country)
                break
        else:
            out.append(words[index])
            index += 1
    return " ".join(out)


def office_role_keys(label: str) -> set[tuple[str, str]]:
    """The (head, key) pairs an office's label is matched by: as written, and with country adjectives."""
    keys = {role_key(label), role_key(with_adjectives(label))}
    return {(head, key) for head, key in keys if head}
