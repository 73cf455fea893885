"""One exception hierarchy; every message says what went wrong and what to do."""

from __future__ import annotations


class RasdError(Exception):
    """Base class for every error rasd raises on purpose."""


class SettingsError(RasdError):
    """A setting, config file or flag has a value rasd cannot use."""


class InputError(RasdError):
    """An input cannot be read as a news article (empty, binary, undecodable, too large...)."""


class StoreError(RasdError):
    """The store cannot be opened, migrated or queried."""


class QueryTimeoutError(StoreError):
    """A query ran past its time limit and was stopped."""


class SearchQueryError(RasdError):
    """A search query cannot be understood."""


class NotFoundError(RasdError):
    """A requested record does not exist in the store."""


class ExportError(RasdError):
    """An export cannot be written in the requested format."""


class FetchError(RasdError):
    """A feed or page could not be fetched or read (network, HTTP status, robots.txt, malformed feed).

    ``transient`` says whether trying again later may work (timeouts, 5xx) or not (404, robots.txt).
    """

    def __init__(self, message: str, transient: bool = True, status: int | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.status = status
