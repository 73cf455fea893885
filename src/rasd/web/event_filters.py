"""Query parameters of the event listings (API and pages), checked in one place.

An actor is an entity id, or a name or alias the store resolves to one; a name that is
no entity (a description such as ``الدول العشر``) is matched against the actors as written,
as ``rasd events --actor`` does.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from ..errors import NotFoundError
from ..events.lexicon import PLOVER_TYPES
from ..events.model import MODES
from ..store import EventFilters, Store
from .params import BadParameter, blank_to_none, day

EventType = Annotated[str | None, Query(alias="type", max_length=20,
                                        description=f"A PLOVER category: {', '.join(PLOVER_TYPES)}.")]
Actor = Annotated[str | None, Query(max_length=200, description=(
    "Source or target: an entity id, a name or alias, or a description as written (الدول العشر)."))]
EventSince = Annotated[str | None, Query(description=(
    "Only events on or after this day (YYYY-MM-DD): the event's own date, else its article's."))]
EventUntil = Annotated[str | None, Query(description="Only events on or before this day (YYYY-MM-DD).")]
Mode = Annotated[str | None, Query(max_length=20, description=f"One of {', '.join(MODES)}.")]
# Text, not a float: a form sends an empty field as "", which means "any".
MinConfidence = Annotated[str | None, Query(max_length=20, description=(
    "Only events at least this likely to be right, 0 to 1 (0.8 for 80%); events stored unscored are left out."))]


def event_type(value: str | None) -> str | None:
    value = blank_to_none(value)
    if value is None:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise BadParameter(f"type takes a PLOVER category ({', '.join(PLOVER_TYPES)}), not {value!r}")
    return value.upper()


def event_mode(value: str | None) -> str | None:
    value = blank_to_none(value)
    if value is None:
        return None
    if value.lower() not in MODES:
        raise BadParameter(f"mode takes one of {', '.join(MODES)}, not {value!r}")
    return value.lower()


def least_confidence(value: str | None) -> float | None:
    """A probability from 0 to 1, or None when not given."""
    value = blank_to_none(value)
    if value is None:
        return None
    try:
        parsed = float(value)
    except ValueError:
        parsed = None
    if parsed is None or not 0.0 <= parsed <= 1.0:
        raise BadParameter(f"min_confidence takes a probability from 0 to 1 (0.8 for 80%), not {value!r}")
    return parsed


def checked(kind: str | None, since: str | None, until: str | None, mode: str | None,
            min_confidence: str | None = None) -> EventFilters:
    """The filters that need no store, checked (the actor is resolved by ``resolve_actor``)."""
    first, last = day("since", since), day("until", until)
    if first and last and first > last:
        raise BadParameter(f"since ({first}) is after until ({last}): nothing can match")
    return EventFilters(type=event_type(kind), since=first, until=last, mode=event_mode(mode),
                        min_confidence=least_confidence(min_confidence))


def resolve_actor(store: Store, filters: EventFilters, actor: str | None) -> EventFilters:
    """``filters`` narrowed to an actor: its entity when the store knows one by that id or name, else the text."""
    actor = blank_to_none(actor)
    if actor is None:
        return filters
    try:
        filters.actor_entity_id = store.find_entity(actor)
    except NotFoundError:
        if actor.isdigit():
            raise BadParameter(f"actor: no entity has the id {actor}") from None
        filters.actor_name = actor
    return filters
