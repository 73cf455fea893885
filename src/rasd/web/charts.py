"""Geometry for the entity page's figures, drawn as inline SVG by the templates (no script, no library).

The mentions-per-day chart has one bar per day from the first to the last mention (days
without one are gaps), or per week when that would be more than a year of bars. The graph
puts the entity in the middle and the entities it appears with around it, nearer and
larger the more articles they share.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

CHART_WIDTH, CHART_HEIGHT = 720, 200
_CHART_MARGIN = 24
_MAX_BARS = 366
_WIDEST_BAR = 36
GRAPH_SIZE = 560
_GRAPH_NEIGHBOURS = 16


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str  # the day (or first day of the week) and its count
    count: int


@dataclass(frozen=True, slots=True)
class Chart:
    bars: list[Bar]
    first: str
    last: str
    peak: int
    per: str  # "day" or "week"
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT
    baseline: float = CHART_HEIGHT - _CHART_MARGIN


def timeline_chart(timeline: list[tuple[str, int]]) -> Chart | None:
    """Bars for (YYYY-MM-DD, mentions) pairs; None when there is no dated mention."""
    counts: dict[date, int] = {}
    for day, count in timeline:
        try:
            counts[date.fromisoformat(day)] = counts.get(date.fromisoformat(day), 0) + count
        except (TypeError, ValueError):
            continue
    if not counts:
        return None
    first, last = min(counts), max(counts)
    step = 1 if (last - first).days < _MAX_BARS else 7
    bins: list[tuple[date, int]] = []
    day = first
    while day <= last:
        bins.append((day, sum(counts.get(day + timedelta(days=i), 0) for i in range(step))))
        day += timedelta(days=step)
    peak = max(count for _, count in bins)
    slot = (CHART_WIDTH - 2 * _CHART_MARGIN) / len(bins)
    usable = CHART_HEIGHT - 2 * _CHART_MARGIN
    bars = []
    for index, (start, count) in enumerate(bins):
        if not count:
            continue
        height = max(2.0, usable * count / peak)
        width = min(_WIDEST_BAR, max(1.0, slot * 0.8))
        bars.append(Bar(
            x=round(_CHART_MARGIN + index * slot + (slot - width) / 2, 2),
            y=round(CHART_HEIGHT - _CHART_MARGIN - height, 2),
            width=round(width, 2),
            height=round(height, 2),
            label=f"{start.isoformat()}: {count}",
            count=count,
        ))
    return Chart(bars, first.isoformat(), last.isoformat(), peak, "day" if step == 1 else "week")


@dataclass(frozen=True, slots=True)
class Node:
    id: int
    name: str
    type: str
    x: float
    y: float
    r: float
    shared: int  # articles shared with the entity in the middle (0 for the middle itself)
    width: float = 0.0  # stroke width of the edge to the middle


@dataclass(frozen=True, slots=True)
class Graph:
    centre: Node
    neighbours: list[Node]
    size: int = GRAPH_SIZE


def cooccurrence_graph(entity_id: int, name: str, kind: str,
                       cooccurring: list[tuple[int, str, str, int]]) -> Graph | None:
    """A star: the entity in the middle, (id, name, type, shared articles) around it; None when alone."""
    neighbours = cooccurring[:_GRAPH_NEIGHBOURS]
    if not neighbours:
        return None
    middle = GRAPH_SIZE / 2
    centre = Node(entity_id, name, kind, middle, middle, 30.0, 0)
    most = max(shared for *_, shared in neighbours)
    nodes = []
    for index, (other_id, other_name, other_kind, shared) in enumerate(neighbours):
        weight = shared / most
        angle = -math.pi / 2 + 2 * math.pi * index / len(neighbours)
        # Alternate two rings so neighbours' labels do not run into each other.
        distance = middle * (0.52 if index % 2 == 0 else 0.74) * (1.1 - 0.25 * weight)
        nodes.append(Node(
            other_id, other_name, other_kind,
            x=round(middle + distance * math.cos(angle), 1),
            y=round(middle + distance * math.sin(angle), 1),
            r=round(8 + 14 * weight, 1),
            shared=shared,
            width=round(1 + 5 * weight, 1),
        ))
    return Graph(centre, nodes)
