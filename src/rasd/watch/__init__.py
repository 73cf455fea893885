"""Watching feeds: read the sources a user follows, poll them politely, ingest each new item's page."""

from .http import Fetcher, FetchOptions
from .poll import PassReport, Watcher, WatchOptions
from .sources import FeedSource, read_sources

__all__ = ["FeedSource", "FetchOptions", "Fetcher", "PassReport", "WatchOptions", "Watcher", "read_sources"]
