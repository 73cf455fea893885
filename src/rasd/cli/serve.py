"""``rasd serve``: the web UI and JSON API over a store, in one process."""

from __future__ import annotations

import ipaddress
from typing import Optional

import typer
from rich.markup import escape

from .. import render
from ..settings import load_settings
from .common import DbOption, app, fails_cleanly


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command()
@fails_cleanly
def serve(
    db: Optional[str] = DbOption,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback unless told otherwise)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    token: Optional[str] = typer.Option(
        None, envvar="RASD_TOKEN", show_envvar=False,
        help="Require this token on every request (or RASD_TOKEN): 'Authorization: Bearer T', or ?token=T once.",
    ),
) -> None:
    """Serve the Arabic web UI and the JSON API (/api/, described at /api/openapi.json)."""
    import uvicorn

    from ..web import create_app

    settings = load_settings({"db": db})
    web_app = create_app(settings["db"], token=token or None)
    if not token and not is_loopback(host):
        render.err.print(
            f"[yellow]warning:[/] listening on {escape(host)} without a token: anyone who can reach this address "
            "can read the store; set --token or RASD_TOKEN"
        )
    shown = f"[{host}]" if ":" in host else host
    render.err.print(f"rasd serving {escape(settings['db'])} on http://{escape(shown)}:{port}/  (Ctrl-C stops)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning", access_log=False)
