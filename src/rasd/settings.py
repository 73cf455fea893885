"""Settings, declared once: packaged defaults, then a config file, then ``RASD_*`` variables, then flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import SettingsError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    kind: type | None = None  # float for a share between 0 and 1; otherwise the default's type

    @property
    def env(self) -> str:
        return "RASD_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "rasd.db", "Store location: a SQLite file path, or a PostgreSQL URL (postgresql://user@host/dbname)."),
    Setting("max_input_mb", 20, "Largest input file (or JSON record) rasd reads, in MiB; larger ones fail."),
    Setting("batch_size", 200, "Inputs written per transaction; an interrupted run loses at most one batch."),
    Setting("event_min_confidence", None,
            "Events under this probability of being right are left out (0 to 1; unset: the shipped model's bar).",
            kind=float),
)
_BY_NAME = {setting.name: setting for setting in SETTINGS}
CONFIG_ENV = "RASD_CONFIG"
CONFIG_FILES = (Path("rasd.toml"), Path.home() / ".config" / "rasd" / "config.toml")


def config_path() -> Path | None:
    """The config file in use: ``RASD_CONFIG``, else ``./rasd.toml``, else ``~/.config/rasd/config.toml``."""
    named = os.environ.get(CONFIG_ENV)
    if named:
        path = Path(named)
        if not path.is_file():
            raise SettingsError(f"{CONFIG_ENV} names {named}, which is not a file")
        return path
    return next((path for path in CONFIG_FILES if path.is_file()), None)


def _coerce(setting: Setting, value: Any, where: str) -> Any:
    if setting.kind is float:
        try:
            value = float(str(value).strip())
        except ValueError:
            raise SettingsError(f"{setting.name} from {where} must be a number, not {value!r}") from None
        if not 0.0 <= value <= 1.0:
            raise SettingsError(f"{setting.name} from {where} must be between 0 and 1, not {value}")
        return value
    if isinstance(setting.default, int) and not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise SettingsError(f"{setting.name} from {where} must be a whole number, not {value!r}") from None
    if isinstance(setting.default, int) and value <= 0:
        raise SettingsError(f"{setting.name} from {where} must be positive, not {value}")
    return value


def load_settings(flags: dict[str, Any] | None = None) -> dict[str, Any]:
    """Resolve every setting; ``flags`` holds command-line values, None meaning 'not given'."""
    values = {setting.name: setting.default for setting in SETTINGS}
    path = config_path()
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise SettingsError(f"cannot read the config file {path}: {error}") from None
        for key, value in data.items():
            if key not in _BY_NAME:
                known = ", ".join(_BY_NAME)
                raise SettingsError(f"unknown setting {key!r} in {path}; known settings: {known}")
            values[key] = _coerce(_BY_NAME[key], value, str(path))
    for setting in SETTINGS:
        if setting.env in os.environ:
            values[setting.name] = _coerce(setting, os.environ[setting.env], setting.env)
    for name, value in (flags or {}).items():
        if value is not None:
            values[name] = _coerce(_BY_NAME[name], value, f"--{name.replace('_', '-')}")
    return values
