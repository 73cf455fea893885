"""Political events (PLOVER categories) found in Arabic articles, with actors, place, date, mode and evidence."""

from __future__ import annotations

from .extract import extract_events
from .lexicon import PLOVER_TYPES
from .model import MODES, Event, EventActor

__all__ = ["MODES", "PLOVER_TYPES", "Event", "EventActor", "extract_events"]
