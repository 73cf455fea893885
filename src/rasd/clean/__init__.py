"""Cleaning: from decoded text to a clean article with title, date, outlet and an offset map."""

from .article import Article, OffsetMap, Removed, Segment

__all__ = ["Article", "OffsetMap", "Removed", "Segment"]
