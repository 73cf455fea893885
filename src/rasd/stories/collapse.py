"""One line per near-duplicate group in listings: the best-ranked article stands for its copies."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")


def collapse_ranked(
    fetch: Callable[[int, int], list[Item]],
    article_id: Callable[[Item], int],
    group_of: Callable[[list[int]], dict[int, int]],
    limit: int,
    offset: int = 0,
) -> list[Item]:
    """Items ``offset .. offset + limit`` of a ranked listing once copies of a higher-ranked item are dropped.

    ``fetch(limit, offset)`` pages through the uncollapsed listing; ``group_of`` maps article ids to groups.
    """
    kept: list[Item] = []
    seen: set[int] = set()
    page, start = max(3 * (limit + offset), 50), 0
    while len(kept) < offset + limit:
        items = fetch(page, start)
        groups = group_of([article_id(item) for item in items])
        for item in items:
            group = groups.get(article_id(item), article_id(item))
            if group not in seen:
                seen.add(group)
                kept.append(item)
        if len(items) < page:
            break
        start += page
    return kept[offset : offset + limit]


GROUP_COLUMNS = ("duplicate_group", "group_articles", "group_outlets")


def collapsed_search(store, query: str, filters, limit: int, offset: int = 0) -> tuple[list, dict]:
    """Search hits, one per near-duplicate group, and each hit's group (for ``rasd search --collapse``)."""
    store.index_near_duplicates()
    hits = collapse_ranked(
        lambda size, start: store.search(query, filters, limit=size, offset=start),
        lambda hit: hit.article_id,
        lambda ids: {article: group.group_id for article, group in store.duplicate_groups(ids).items()},
        limit,
        offset,
    )
    return hits, store.duplicate_groups([hit.article_id for hit in hits])


def group_fields(group) -> dict:
    """The export and JSON columns that say which group an article stands for."""
    return {"duplicate_group": group.group_id, "group_articles": group.articles, "group_outlets": group.outlets}


def collapsed_rows(store, records: Iterable, row: Callable[[object], dict]) -> Iterator[dict]:
    """Export rows, one per near-duplicate group (its first article in the listing), with the group's counts."""
    store.index_near_duplicates()
    seen: set[int] = set()
    for record in records:
        group = store.duplicate_groups([record.id])[record.id]
        if group.group_id not in seen:
            seen.add(group.group_id)
            yield row(record) | group_fields(group)
