"""Reading feed lists, and the watch / sources commands end to end against a local server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from conftest import Route
from test_watch_feeds import allow_all, rss, serve_page
from typer.testing import CliRunner

from rasd.cli import app
from rasd.errors import InputError
from rasd.watch import FeedSource, read_sources

runner = CliRunner()


def test_sources_come_from_urls_opml_and_feed_lists(tmp_path):
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="أخبار">'
        '<outline text="صحيفة الواحة" xmlUrl="http://127.0.0.1:1/a.xml"/>'
        '<outline text="بلا رابط"/></outline></body></opml>',
        encoding="utf-8",
    )
    listing = tmp_path / "feeds.txt"
    listing.write_text(
        "# my feeds\nhttp://127.0.0.1:1/b.xml\tنشرة الساحل\n\nhttp://127.0.0.1:1/a.xml\n", encoding="utf-8"
    )
    assert read_sources(["http://127.0.0.1:1/c.xml", str(opml), str(listing)]) == [
        FeedSource("http://127.0.0.1:1/c.xml"),
        FeedSource("http://127.0.0.1:1/a.xml", "صحيفة الواحة"),
        FeedSource("http://127.0.0.1:1/b.xml", "نشرة الساحل"),
    ]


def test_bad_source_files_say_what_is_wrong(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_sources([str(tmp_path / "nothing.txt")])
    listing = tmp_path / "feeds.txt"
    listing.write_text("http://127.0.0.1:1/a.xml\nfeeds.example/rss\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"feeds.txt:2: expected a feed URL"):
        read_sources([str(listing)])


def test_watch_once_then_sources(site, db_path):
    allow_all(site)
    site.routes["/feed.xml"] = Route(rss(site, [serve_page(site, 1), serve_page(site, 3)]), content_type="text/xml")
    site.routes["/missing.xml"] = Route(b"", status=404)
    args = ["--db", str(db_path), "--host-delay", "0", "--timeout", "1", "--deadline", "2"]
    feeds = [site.url("/feed.xml"), site.url("/missing.xml")]
    result = runner.invoke(app, ["watch", *feeds, "--once", "--outlet", "نشرة الاختبار", *args])
    assert result.exit_code == 1, result.output  # a feed failed: cron hears about it
    assert f"failed {site.url('/missing.xml')}: HTTP 404 Not Found" in result.output
    assert "pass done: 2 new articles" in result.output
    listed = json.loads(runner.invoke(app, ["sources", "--db", str(db_path), "--json"]).output)
    assert [(feed["url"], feed["articles"], feed["failures"]) for feed in listed] == [
        (site.url("/feed.xml"), 2, 0),
        (site.url("/missing.xml"), 0, 1),
    ]
    articles = json.loads(runner.invoke(app, ["search", "الجسر", "--db", str(db_path), "--json"]).output)
    assert [hit["outlet"] for hit in articles] == ["نشرة الاختبار"]
    text = runner.invoke(app, ["sources", "--db", str(db_path)]).output
    assert "2 articles" in text and "HTTP 404 Not Found (1 failures in a row" in text


def _takes_ctrl_c() -> None:
    """In the child: take SIGINT as a process started from a terminal does. A suite run in the background
    (``nohup``, ``&``) ignores SIGINT, its children inherit that, and then Python installs no Ctrl-C handler."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_watching_cleanly(site, db_path):
    allow_all(site)
    site.routes["/feed.xml"] = Route(rss(site, [serve_page(site, 2)]), content_type="text/xml")
    command = [
        sys.executable,
        "-m",
        "rasd",
        "watch",
        site.url("/feed.xml"),
        "--db",
        str(db_path),
        "--interval",
        "10",
        "--host-delay",
        "0",
    ]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=os.environ | {"NO_COLOR": "1"},
                               preexec_fn=_takes_ctrl_c)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stderr), daemon=True)
    reader.start()
    deadline = time.monotonic() + 120  # the first pass loads the entity model
    while not any(line.startswith("pass done") for line in list(lines)) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.3)  # the loop is now waiting for the next pass
    process.send_signal(signal.SIGINT)
    process.wait(timeout=30)
    reader.join(timeout=5)
    errors = "".join(lines)
    assert process.returncode == 0, errors
    assert "pass done: 1 new articles" in errors and "stopped:" in errors
