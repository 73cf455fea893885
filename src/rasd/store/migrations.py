"""Named schema migrations, applied in order, each recorded in the database once applied."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    apply: Callable[[object], None]  # receives the backend's connection, inside a transaction


class Migrations:
    """An ordered registry of migrations for one backend."""

    def __init__(self) -> None:
        self._items: list[Migration] = []

    def __call__(self, function: Callable[[object], None]) -> Callable[[object], None]:
        """Register ``function`` as the next migration, named after it."""
        if any(item.name == function.__name__ for item in self._items):
            raise ValueError(f"migration {function.__name__} is registered twice")
        self._items.append(Migration(function.__name__, function))
        return function

    def pending(self, applied: set[str]) -> list[Migration]:
        return [item for item in self._items if item.name not in applied]

    @property
    def names(self) -> list[str]:
        return [item.name for item in self._items]
