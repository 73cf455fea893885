"""The web UI and HTTP API: FastAPI over the store, Arabic pages right to left, every asset served locally."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
