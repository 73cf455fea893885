"""What is rising: entities and stories whose counts in the latest window stand out against their own past.

For each item the number of articles in the window ending at ``at`` is compared with its counts in the
``baseline`` windows just before: the score is a z-score whose spread is smoothed by the Poisson spread of the
baseline mean (``sqrt(mean + 1)``), so an item seen once before does not rise on its second article, and an item
never seen before needs ``min_count`` articles to be listed.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from ..errors import RasdError

_WINDOW = re.compile(r"^\s*(\d+)\s*([hd])\s*$")


@dataclass(slots=True)
class Trend:
    """An item that stands out, with the numbers that make it stand out."""

    kind: str
    id: int
    name: str | None
    count: int
    baseline_mean: float
    baseline_sd: float
    ratio: float
    score: float
    baseline: list[int]
    type: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def parse_window(text: str) -> timedelta:
    """``24h``, ``3d`` ... as a time span."""
    match = _WINDOW.match(text)
    if not match or int(match.group(1)) == 0:
        raise RasdError(f"a window is a number of hours or days such as 24h or 7d, not {text!r}")
    amount, unit = int(match.group(1)), match.group(2)
    return timedelta(hours=amount) if unit == "h" else timedelta(days=amount)


def parse_moment(text: str) -> datetime:
    """A stored publication date or a user's ``--at`` as a naive datetime; a bare date means the end of that day."""
    value = text.strip()
    try:
        if len(value) == 10:
            return datetime.fromisoformat(value) + timedelta(days=1)
        return datetime.fromisoformat(value[:19])
    except ValueError:
        raise RasdError(f"not a date: {text!r} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None


def window_bounds(at: datetime, window: timedelta, baseline: int) -> list[tuple[datetime, datetime]]:
    """The current window first, then ``baseline`` windows going back, each [start, end)."""
    return [(at - (i + 1) * window, at - i * window) for i in range(baseline + 1)]


def bucket(rows: Iterable[tuple[int, int, str | None]], bounds: list[tuple[datetime, datetime]]) -> dict[int, list[int]]:
    """Per item, the number of distinct articles in each window, from (item, article, published) rows."""
    seen: dict[int, list[set[int]]] = defaultdict(lambda: [set() for _ in bounds])
    for item, article, published in rows:
        moment = _moment(published)
        if moment is None:
            continue
        for index, (start, end) in enumerate(bounds):
            if start <= moment < end:
                seen[item][index].add(article)
                break
    return {item: [len(articles) for articles in windows] for item, windows in seen.items()}


def _moment(published: str | None) -> datetime | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published[:19]) if len(published) > 10 else datetime.fromisoformat(published)
    except ValueError:
        return None


def score(counts: list[int]) -> tuple[float, float, float, float]:
    """(baseline mean, baseline sd, smoothed ratio, z-score) of the first count against the others."""
    current, past = counts[0], counts[1:]
    mean = sum(past) / len(past) if past else 0.0
    sd = math.sqrt(sum((value - mean) ** 2 for value in past) / len(past)) if past else 0.0
    spread = max(sd, math.sqrt(mean + 1))
    return mean, sd, (current + 1) / (mean + 1), (current - mean) / spread


def rising(
    kind: str, counts: dict[int, list[int]], names: dict[int, str | None], min_count: int, min_score: float, top: int
) -> list[Trend]:
    """Items whose window count is at least ``min_count`` and whose score is at least ``min_score``, best first."""
    found = []
    for item, values in counts.items():
        if values[0] < min_count:
            continue
        mean, sd, ratio, z = score(values)
        if z >= min_score:
            found.append(Trend(kind, item, names.get(item), values[0], round(mean, 3), round(sd, 3), round(ratio, 3),
                               round(z, 3), values[1:]))
    found.sort(key=lambda trend: (-trend.score, -trend.count, trend.id))
    return found[:top]


def find_trends(
    store, window: str = "24h", at: str | None = None, baseline: int = 7, min_count: int = 3,
    min_score: float = 2.0, top: int = 20, index: bool = True,
) -> dict:
    """Rising entities and stories in the window ending at ``at`` (default: the latest stored publication date).

    ``index`` first puts articles stored before stories existed into stories (a write; readers pass False).
    """
    span = parse_window(window)
    if baseline < 1:
        raise RasdError("the baseline needs at least one earlier window")
    latest = at or store.latest_published()
    if latest is None:
        return {"window": window, "at": None, "baseline_windows": baseline, "entities": [], "stories": []}
    end = parse_moment(latest)
    bounds = window_bounds(end, span, baseline)
    first, last = bounds[-1][0].date().isoformat(), (end + timedelta(days=1)).date().isoformat()
    if index:
        store.index_stories()
    entity_counts = bucket(store.trend_rows("entities", first, last), bounds)
    story_counts = bucket(store.trend_rows("stories", first, last), bounds)
    entities = rising("entity", entity_counts, {}, min_count, min_score, top)
    names = store.entity_names([trend.id for trend in entities])
    for trend in entities:
        trend.name, trend.type = names.get(trend.id, (None, None))
    stories = rising("story", story_counts, {}, min_count, min_score, top)
    for trend in stories:
        trend.name = store.story(trend.id).label
    return {
        "window": window,
        "at": end.isoformat(timespec="minutes"),
        "window_start": bounds[0][0].isoformat(timespec="minutes"),
        "baseline_windows": baseline,
        "min_count": min_count,
        "min_score": min_score,
        "entities": [trend.as_dict() for trend in entities],
        "stories": [trend.as_dict() for trend in stories],
    }
