"""PLOVER-style JSON records (the layout of POLECAT's event data) for stored events."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO


def plover_record(event) -> dict:
    """One stored event (``EventRecord``) as a PLOVER record: who (actor) did what (event_type, mode) to whom
    (recipient), where and when, with the story it came from and the sentence that shows it."""
    return {
        "event_id": f"rasd-{event.id}",
        "event_date": event.date or event.published,
        "event_date_text": event.date_text,
        "event_type": event.type,
        "event_mode": event.mode,
        "confidence": event.confidence,  # how likely the event is right (0 to 1); None when stored unscored
        "event_text": event.trigger,
        "actor": {"name": event.source_name, "text": event.source_text, "entity_id": event.source_entity_id},
        "recipient": {"name": event.target_name, "text": event.target_text, "entity_id": event.target_entity_id},
        "location": {"name": event.location_name, "entity_id": event.location_entity_id},
        "story_id": event.article_id,
        "story_date": event.published,
        "publisher": event.outlet,
        "origin": event.origin,
        "evidence": {"start": event.start, "end": event.end, "sentence": event.sentence},
        "language": "ar",
        "coder": "rasd",
    }


def write_plover(events: Iterable, handle: IO[str]) -> int:
    """Write one PLOVER record per line; return how many."""
    count = 0
    for event in events:
        handle.write(json.dumps(plover_record(event), ensure_ascii=False) + "\n")
        count += 1
    return count
