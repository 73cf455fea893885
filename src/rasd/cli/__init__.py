"""The ``rasd`` command: declares arguments, opens the store, calls the library, shows the result.

Each module registers the commands of one area on the shared app; importing them here wires them up.
"""

from __future__ import annotations

import typer

from .. import __version__, render
from . import articles, copying, entities, events, kb, models, quotes, serve, stories, watch  # noqa: F401  (registers their commands)
from .common import app


def _version(value: bool) -> None:
    if value:
        render.out.print(f"rasd {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """rasd (رصد): read Arabic news, keep every article, search what was said."""


def main() -> None:
    """Console-script entry point."""
    app()
