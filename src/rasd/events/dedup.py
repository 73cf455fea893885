"""One record per event per article: the same happening told in the lead and again later is merged.

Two events of an article are one when they have the same type and mode (or
stand in the same sentence, whose verb and noun tell one act), their
actors agree (the same in-article entity, or one side left unsaid, or a
pronoun such as ``بلاده`` that can stand for anyone; either way round for the
symmetric types) and their dates do not disagree. The first telling is kept
and takes what the later one adds (a target, a place, a date).
"""

from __future__ import annotations

from dataclasses import replace

from ..arabic.normalize import normalize_for_matching
from .group_words import BODY_HEADS, FORCES
from .lexicon import SYMMETRIC_TYPES
from .model import Event, EventActor


def actor_identity(actor: EventActor | None, cluster_of: dict[int, int]) -> tuple | None:
    """What makes two actors of one article the same: their mention's cluster, else their folded name."""
    if actor is None:
        return None
    if actor.mention is not None and actor.mention in cluster_of:
        return ("entity", cluster_of[actor.mention])
    return ("name", normalize_for_matching(actor.name))


def _one(a: EventActor, b: EventActor, cluster_of: dict[int, int]) -> bool:
    """The same actor: the same entity or name, or one name a run of the other's words (محمد بن زايد)."""
    if actor_identity(a, cluster_of) == actor_identity(b, cluster_of):
        return True
    if _named_again(a, b) or _named_again(b, a):
        return True
    if _forces_of(a, b) or _forces_of(b, a):
        return True
    x, y = normalize_for_matching(a.name).split(), normalize_for_matching(b.name).split()
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 2 and any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _named_again(short: EventActor, full: EventActor) -> bool:
    """A body named again by its head word alone (``المجلس`` after ``مجلس الوزراء البحريني``)."""
    if short.mention is not None or short.kind not in ("group", "title"):
        return False
    bare, words = normalize_for_matching(short.text).split(), normalize_for_matching(full.text).split()
    return len(bare) == 1 and len(words) > 1 and bare[0] in BODY_HEADS and bare[0].startswith("ال") and \
        words[0] in (bare[0], bare[0][2:])  # (a body: not الطيران after another air force's raid)


def _stem(word: str, endings: tuple[str, ...]) -> str:
    word = word[2:] if word.startswith("ال") else word
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


_STATE_VOICES = frozenset(normalize_for_matching(w) for w in "الحكومة حكومة الخارجية".split())
_FOREIGN_MINISTRY = [normalize_for_matching("وزارة"), normalize_for_matching("الخارجية")]


def _speaks_for_state(words: list[str]) -> bool:
    """Forces, a government or a foreign ministry, which act or speak for their state (folded words)."""
    return words[0] in FORCES or words[0] in _STATE_VOICES or words[:2] == _FOREIGN_MINISTRY


def _state_adjective(actor: EventActor, words: list[str]) -> str | None:
    """The stem of the country's adjective that ends a state's forces, government or foreign ministry (مقاتلات
    تركية → ترك; a named organisation too: وزارة الخارجية المصرية), else None (not طائرات التحالف, whose
    raids may be many)."""
    if actor.kind not in ("group", "name") or actor.type not in (None, "ORG") or len(words) < 2 or \
            not _speaks_for_state(words) or not words[-1].endswith(("يه", "ي")):
        return None
    return _stem(words[-1], ("يه", "ي"))


def _forces_of(country: EventActor, forces: EventActor) -> bool:
    """A country and its forces, government or foreign ministry told by the country's adjective (تركيا,
    مقاتلات تركية; الولايات المتحدة الأمريكية, وزارة الخارجية الأمريكية), or two of them so told: one party."""
    name = normalize_for_matching(country.name).split()
    adjective = _state_adjective(forces, normalize_for_matching(forces.text).split())
    if adjective is None:
        return False
    if country.type == "LOC" and len(name) == 1:
        return adjective == _stem(name[0], ("يا", "يه", "ا"))
    if country.type == "LOC" and name[-1].endswith(("يه", "ي")):
        return adjective == _stem(name[-1], ("يه", "ي"))  # "الولايات المتحدة الأمريكية", "الخارجية الأمريكية"
    return adjective == _state_adjective(country, name)  # two of its forces (الجيش التركي, مقاتلات تركية)


def _agree(a: EventActor | None, b: EventActor | None, cluster_of: dict[int, int]) -> bool:
    if a is None or b is None or "pronoun" in (a.kind, b.kind):
        return True
    return _one(a, b, cluster_of)


def _same(first: Event, second: Event, cluster_of: dict[int, int]) -> bool:
    if first.type != second.type:
        return False
    if first.mode != second.mode and (first.start, first.end) != (second.start, second.end):
        return False  # in one sentence a verb and its noun tell one act (من المقرر أن يعقد … اجتماعا)
    if first.date and second.date and first.date != second.date:
        return False
    pairs = [((first.source, first.target), (second.source, second.target))]
    if first.type in SYMMETRIC_TYPES:
        pairs.append(((first.source, first.target), (second.target, second.source)))
    for (source_a, target_a), (source_b, target_b) in pairs:
        if not (_agree(source_a, source_b, cluster_of) and _agree(target_a, target_b, cluster_of)):
            continue
        named = [
            _one(x, y, cluster_of)
            for x, y in ((source_a, source_b), (target_a, target_b))
            if x is not None and y is not None and "pronoun" not in (x.kind, y.kind)
        ]
        if any(named):
            return True
        # Nothing named in common: only the same place makes them one (two explosions, same town).
        if not named and first.location and second.location:
            return actor_identity(first.location, cluster_of) == actor_identity(second.location, cluster_of)
    return False


def merge_duplicates(events: list[Event], cluster_of: dict[int, int]) -> list[Event]:
    """Events with repeats merged into their first telling, in text order."""
    kept: list[Event] = []
    for event in events:
        for index, earlier in enumerate(kept):
            if _same(earlier, event, cluster_of):
                kept[index] = _fill(earlier, event)
                break
        else:
            kept.append(event)
    return kept


def _fill(first: Event, later: Event) -> Event:
    source = first.source
    if source is None or source.kind == "pronoun":
        source = later.source or first.source
    return replace(
        first,
        source=source,
        target=first.target or later.target,
        location=first.location or later.location,
        date=first.date or later.date,
        date_text=first.date_text or later.date_text,
    )
