"""Sample Arabic news articles written for rasd (fictional people and outlets), used by the demo and tests."""

from pathlib import Path


def samples_dir() -> Path:
    """The folder holding the samples' README and ``EXPECTED.json``."""
    return Path(__file__).parent


def articles_dir() -> Path:
    """The folder holding the sample articles themselves."""
    return samples_dir() / "articles"
