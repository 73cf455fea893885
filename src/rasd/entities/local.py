"""Within one article: which mentions name the same thing (a pure function, no store).

- People: a one-word name joins the article's only multi-word person with that
  family name (``بومبيو`` → ``مايك بومبيو``); with two such people it joins neither.
  A two-part name joins the only longer name with the same first and family
  names (``مهدي العبيدي`` → ``مهدي كاظم العبيدي``).
- Organisations and places: descriptors are dropped (``حركة طالبان`` → ``طالبان``),
  alias groups are one (``الناتو`` = ``حلف شمال الأطلسي``), and an ambiguous
  alias (``الحلف``) joins its group only when the article named the group.

Each cluster gets the keys that link it across articles (``linker.py``):
a *strong* key (the loose name key, or the alias group) or, for a lone family
name, a *short* key resolved against the people the corpus knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..arabic.clitics import proclitic_splits
from .keys import NameKeys, fold_name, name_keys, strip_descriptor

ALIASES_FILE = Path(__file__).parent / "aliases.tsv"


@dataclass(slots=True)
class Cluster:
    type: str
    key: str  # "PER|..." strong key, "group|..." alias group, or "PER~|..." a lone family name
    short: bool  # a lone family name, to be resolved against the corpus
    last_key: str | None  # for multi-word people: the key a lone family name resolves by
    mentions: list[int] = field(default_factory=list)  # indices into the article's mentions
    span_key: str | None = None  # for people: first and family name, what a middle name may come between
    parts: int = 1  # how many parts a person's name has


@lru_cache(maxsize=1)
def alias_groups() -> tuple[dict[str, str], dict[str, str]]:
    """(name → group, ambiguous alias → group), names folded, group named by its first name."""
    groups, ambiguous = {}, {}
    for line in ALIASES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names = [name.strip() for name in line.split("\t") if name.strip()]
        group = fold_name(names[0])
        for name in names:
            if name.startswith("|"):
                ambiguous[fold_name(name[1:])] = group
            else:
                groups[fold_name(name)] = group
    return groups, ambiguous


def _group_of(name: str, kind: str) -> str | None:
    """The alias group a name belongs to, trying its first word with and without proclitics (لحلف)."""
    groups, _ = alias_groups()
    folded = fold_name(name)
    first, _, rest = folded.partition(" ")
    for candidate in [folded] + [f"{stem} {rest}".strip() for _, stem in proclitic_splits(first)]:
        group = groups.get(candidate) or groups.get(fold_name(strip_descriptor(candidate, kind)))
        if group:
            return group
    return None


def strong_key(name: str, kind: str) -> str | None:
    """The key a name links by across articles: its alias group, else its loose key; for a
    one-part person name, the short key of a lone family name. None for an empty name."""
    if not fold_name(name):
        return None
    keys = name_keys(name, kind)
    if kind == "PER" and keys.last is None:
        return f"PER~|{keys.loose}"
    group = _group_of(name, kind)
    return f"group|{group}" if group else f"{kind}|{keys.loose}"


def span_key(keys: NameKeys) -> str:
    """A person's first and family name: the names a middle name may come between."""
    return f"PER^|{keys.first}|{keys.last}"


def _join_middle_names(clusters: dict[str, Cluster]) -> dict[str, str]:
    """Fold each two-part name into the only longer name with its first and family names; returns
    the keys folded away and the key each went to."""
    longer: dict[str, list[Cluster]] = {}
    for cluster in clusters.values():
        if cluster.parts >= 3:
            longer.setdefault(cluster.span_key, []).append(cluster)
    joined = {}
    for key, cluster in list(clusters.items()):
        owners = longer.get(cluster.span_key, []) if cluster.parts == 2 else []
        if len(owners) == 1:
            owners[0].mentions = sorted(owners[0].mentions + cluster.mentions)
            joined[key] = owners[0].key
            del clusters[key]
    return joined


def local_clusters(mentions: list[tuple[str, str]]) -> list[Cluster]:
    """Cluster an article's mentions, given as (name, type) in text order."""
    _, ambiguous = alias_groups()
    clusters: dict[str, Cluster] = {}
    lone_people: list[tuple[int, NameKeys]] = []
    held_aliases: list[tuple[int, str, str, str]] = []  # (index, kind, group, own key)
    people: list[NameKeys] = []

    def add(key: str, kind: str, index: int, short: bool = False, last_key: str | None = None,
            keys: NameKeys | None = None) -> None:
        cluster = clusters.setdefault(key, Cluster(kind, key, short, last_key))
        cluster.mentions.append(index)
        if keys is not None and keys.last is not None:
            cluster.span_key, cluster.parts = span_key(keys), keys.parts

    for index, (name, kind) in enumerate(mentions):
        if not fold_name(name):
            continue
        keys = name_keys(name, kind)
        if kind == "PER" and keys.last is None:
            lone_people.append((index, keys))
            continue
        group = _group_of(name, kind)
        own_key = f"{kind}|{keys.loose}"
        if group is None and fold_name(name) in ambiguous:
            held_aliases.append((index, kind, f"group|{ambiguous[fold_name(name)]}", own_key))
            continue
        if kind == "PER":
            people.append(keys)
        if group:
            add(f"group|{group}", kind, index)
        else:
            add(own_key, kind, index, last_key=f"PER|{keys.last}" if kind == "PER" else None,
                keys=keys if kind == "PER" else None)
    for index, kind, group_key, own_key in held_aliases:
        add(group_key if group_key in clusters else own_key, kind, index)
    joined = _join_middle_names(clusters)
    for index, keys in lone_people:
        owners = {joined.get(f"PER|{p.loose}", f"PER|{p.loose}") for p in people if p.last == keys.loose}
        if len(owners) == 1:
            clusters[owners.pop()].mentions.append(index)
        else:
            add(f"PER~|{keys.loose}", "PER", index, short=True)
    return list(clusters.values())
