"""A real HTTP server on 127.0.0.1 serving feeds and article pages written for these tests.

Routes are plain data (path -> status, headers, body, behaviour) that each test may change; every
request is recorded with its headers and time, so tests check what rasd asked for, not only what it stored.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rasd.watch import FetchOptions, WatchOptions


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before answering (a slow server)
    endless: bool = False  # headers, then a byte now and then, never an end
    location: str | None = None  # for redirects


@dataclass
class Seen:
    path: str
    headers: dict
    at: float


@dataclass
class Site:
    host: str
    port: int
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def asked(self, path: str) -> list[Seen]:
        return [seen for seen in self.requests if seen.path == path]


def _handler(site: Site, stop: threading.Event):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            site.requests.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic()))
            route = site.routes.get(self.path)
            if route is None:
                route = Route(b"<html><body>not here</body></html>", status=404)
            if route.delay:
                stop.wait(route.delay)
            try:
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                if route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                if route.location:
                    self.send_header("Location", route.location)
                if route.endless:
                    self.end_headers()
                    self.wfile.write(route.body)
                    while not stop.is_set():
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        stop.wait(0.05)
                    return
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should on a slow or endless answer

    return Handler


@pytest.fixture
def site():
    """A fresh site on a free port of 127.0.0.1; no test reaches any other address."""
    stop = threading.Event()
    holder = Site("127.0.0.1", 0)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(holder, stop))
    server.daemon_threads = True
    holder.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield holder
    stop.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def fast_options() -> WatchOptions:
    """Timeouts short enough for tests; no delay between requests unless a test asks for one."""
    return WatchOptions(
        # Every test feed lives on one host: it is not rested after a few failures unless a test asks for that.
        fetch=FetchOptions(connect_timeout=1.0, read_timeout=0.4, deadline=1.0, host_delay=0.0, host_failure_limit=100),
        backoff_base=3600.0,
        annotate=False,
    )
