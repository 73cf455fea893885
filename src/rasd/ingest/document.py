"""What rasd receives: raw bytes with where and when they came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string, seconds precision."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


# Media types rasd tells apart; a JSON record is one article object from a .json/.jsonl input.
TEXT = "text/plain"
HTML = "text/html"
RECORD = "application/json"


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input as received, before any decoding: the unit rasd stores and never loses."""

    origin: str
    content: bytes
    media_type: str
    fetched_at: str = field(default_factory=utc_now)
    url: str | None = None
    outlet: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the raw bytes: two inputs with the same bytes are one document."""
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be read, with a reason a user can act on."""

    origin: str
    reason: str
    content_hash: str | None = None
