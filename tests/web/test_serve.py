"""``rasd serve``: loopback by default, a warning when exposed without a token, the token from the environment."""

from __future__ import annotations

import pytest
import uvicorn
from typer.testing import CliRunner

from rasd.cli import app
from rasd.cli.serve import is_loopback


@pytest.fixture
def started(monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda web_app, **options: calls.append((web_app, options)))
    monkeypatch.delenv("RASD_TOKEN", raising=False)
    return calls


def test_binds_to_loopback_by_default(started, web_db):
    result = CliRunner().invoke(app, ["serve", "--db", str(web_db)])
    assert result.exit_code == 0, result.output
    web_app, options = started[0]
    assert options["host"] == "127.0.0.1" and options["port"] == 8000
    assert "warning" not in result.output


def test_warns_when_exposed_without_a_token(started, web_db):
    result = CliRunner().invoke(app, ["serve", "--db", str(web_db), "--host", "0.0.0.0", "--port", "9001"])
    assert result.exit_code == 0
    assert "warning: listening on 0.0.0.0 without a token" in " ".join(result.output.split())
    assert started[0][1] == {"host": "0.0.0.0", "port": 9001, "log_level": "warning", "access_log": False}


def test_token_from_the_environment_silences_the_warning(started, web_db, monkeypatch):
    monkeypatch.setenv("RASD_TOKEN", "t0k")
    result = CliRunner().invoke(app, ["serve", "--db", str(web_db), "--host", "0.0.0.0"])
    assert result.exit_code == 0 and "warning" not in result.output
    middleware = [m.cls.__name__ for m in started[0][0].user_middleware]
    assert "RequireToken" in middleware


def test_a_missing_folder_is_one_line(started, tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "no" / "such.db")])
    assert result.exit_code == 2 and "does not exist" in result.output and not started


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                                ("[::1]", True), ("127.0.0.2", True), ("0.0.0.0", False),
                                                ("192.168.1.5", False), ("example.org", False), ("::", False)])
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_rasd_serve_answers_on_loopback(web_db):
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "rasd", "serve", "--db", str(web_db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "RASD_TOKEN": "t0k"},
    )
    try:
        for _ in range(200):
            try:
                refused = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        assert refused.status_code == 401
        answered = httpx.get(f"http://127.0.0.1:{port}/api/stats", headers={"Authorization": "Bearer t0k"})
        assert answered.json()["articles"] > 10
    finally:
        server.terminate()
        server.wait(10)
    assert "rasd serving" in server.stderr.read().decode()
