"""Query parameters shared by the API and the pages, checked in one place.

Forms send empty fields as empty strings, so an empty value means "not given"; anything
else that cannot be used is a BadParameter, answered with 400 and a message saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, TypeVar

from fastapi import Query

from ..errors import RasdError
from ..store import SearchFilters

T = TypeVar("T")

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
MAX_LIMIT = 100
# Deep offsets make SQLite walk every row before them; past this, narrow the filters instead.
MAX_OFFSET = 10_000


class BadParameter(RasdError):
    """A query parameter has a value rasd cannot use."""


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"How many items (1 to {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"Skip this many items (0 to {MAX_OFFSET}).")]
Outlet = Annotated[str | None, Query(max_length=200, description="Only outlets whose name contains this.")]
Since = Annotated[str | None, Query(description="Only articles published on or after this day (YYYY-MM-DD).")]
Until = Annotated[str | None, Query(description="Only articles published on or before this day (YYYY-MM-DD).")]
EntityType = Annotated[str | None, Query(alias="type", description="PER, ORG, LOC or MISC.")]


def blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def day(name: str, value: str | None) -> str | None:
    """An ISO day (YYYY-MM-DD), or None when not given."""
    value = blank_to_none(value)
    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or len(value) != 10:
        raise BadParameter(f"{name} takes a day as YYYY-MM-DD, not {value!r}")
    return value


def entity_type(value: str | None, name: str = "type") -> str | None:
    value = blank_to_none(value)
    if value is None:
        return None
    if value.upper() not in ENTITY_TYPES:
        raise BadParameter(f"{name} takes one of {', '.join(ENTITY_TYPES)}, not {value!r}")
    return value.upper()


def article_filters(outlet: str | None, since: str | None, until: str | None,
                    kind: str | None = None) -> SearchFilters:
    """Filters for article listings and search, checked."""
    first, last = day("since", since), day("until", until)
    if first and last and first > last:
        raise BadParameter(f"since ({first}) is after until ({last}): nothing can match")
    return SearchFilters(outlet=blank_to_none(outlet), since=first, until=last, entity_type=entity_type(kind))


@dataclass(slots=True)
class Listing:
    """One page of a listing, and where the next one starts (None on the last page)."""

    items: list
    limit: int
    offset: int
    more: bool = False

    @classmethod
    def fetch(cls, fetch: Callable[[int, int], list[T]], limit: int, offset: int) -> Listing:
        """Ask ``fetch(limit, offset)`` for one more item than shown, to know whether a next page exists."""
        rows = fetch(limit + 1, offset)
        return cls(rows[:limit], limit, offset, more=len(rows) > limit)

    @property
    def next_offset(self) -> int | None:
        following = self.offset + self.limit
        return following if self.more and following <= MAX_OFFSET else None

    @property
    def previous_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset else None

    def as_dict(self, item: Callable[[object], dict] = lambda row: row.as_dict()) -> dict:
        return {
            "items": [item(row) for row in self.items],
            "limit": self.limit,
            "offset": self.offset,
            "next_offset": self.next_offset,
        }


QUOTATION_KINDS = ("direct", "indirect")


@dataclass(slots=True)
class QuotationFilters:
    """What a quotation listing is narrowed by: who spoke, which kind, and the articles' outlet and dates."""

    speaker: str | None
    kind: str | None
    articles: SearchFilters


def quotation_filters(speaker: str | None, outlet: str | None, since: str | None, until: str | None,
                      kind: str | None) -> QuotationFilters:
    """Filters for quotation listings, checked; ``speaker`` is an entity (id, name, alias) or a description."""
    checked = blank_to_none(kind)
    if checked is not None and checked.lower() not in QUOTATION_KINDS:
        raise BadParameter(f"kind takes one of {', '.join(QUOTATION_KINDS)}, not {checked!r}")
    return QuotationFilters(blank_to_none(speaker), checked.lower() if checked else None,
                            article_filters(outlet, since, until))
