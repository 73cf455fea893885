"""Polite HTTP for feeds and pages: honest User-Agent, robots.txt, a delay per host, timeouts and a deadline.

Every failure becomes a ``FetchError`` with one line a user can act on, marked transient (worth trying
again later: timeouts, 5xx, 429) or not (404, 410, robots.txt), so the caller can back off or give up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from .. import __version__
from ..errors import FetchError

USER_AGENT = f"rasd/{__version__} (Arabic news monitor; open-source, reads public feeds and the pages they link)"
ROBOTS_AGENT = "rasd"
# Statuses after which the same request may work later.
_TRANSIENT_STATUSES = {408, 425, 429, 500, 502, 503, 504}
_REDIRECTS = {301, 302, 303, 307, 308}
_MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Timeouts and politeness; the defaults suit the open web, tests shorten them."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # longest silence between two pieces of a response
    deadline: float = 60.0  # longest a whole response may take, however it trickles in
    max_bytes: int = 20 * 1024 * 1024
    host_delay: float = 1.0  # seconds between two requests to one host (a robots.txt Crawl-delay raises it)
    robots_ttl: float = 3600.0
    host_failure_limit: int = 3  # transient failures in a row after which a host is left alone for a while
    host_rest: float = 300.0  # seconds, doubled for each further failure
    host_rest_max: float = 3600.0


@dataclass(slots=True)
class Response:
    url: str  # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # names in lower case
    content: bytes = b""


class Fetcher:
    """One HTTP client shared by a watch run, remembering robots.txt and when each host was last asked."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.options = options or FetchOptions()
        self._clock = clock
        self._sleep = sleep
        timeout = httpx.Timeout(self.options.read_timeout, connect=self.options.connect_timeout)
        self._client = httpx.Client(headers={"User-Agent": self.options.user_agent}, timeout=timeout, trust_env=False)
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, tuple[float, RobotFileParser | None, str | None]] = {}  # (until, parser, problem)
        self._failures: dict[str, int] = {}  # transient failures in a row, per host
        self._resting: dict[str, float] = {}  # host -> clock time before which it is not asked again

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """GET ``url`` if robots.txt allows it; a 304 is returned, any other status of 400 or more raises.

        Redirects are followed one hop at a time, so robots.txt is asked about every address, not only the first.
        """
        for _ in range(_MAX_REDIRECTS + 1):
            self.check_robots(url)
            response = self._get_from_host(url, headers or {})
            location = response.headers.get("location")
            if response.status not in _REDIRECTS or not location:
                break
            url = urljoin(url, location.strip())
        else:
            raise FetchError(f"more than {_MAX_REDIRECTS} redirects", transient=False)
        if response.status >= 400:
            transient = response.status in _TRANSIENT_STATUSES or response.status >= 500
            reason = httpx.codes.get_reason_phrase(response.status)
            raise FetchError(f"HTTP {response.status} {reason}".rstrip(), transient=transient, status=response.status)
        return response

    def _get_from_host(self, url: str, headers: dict[str, str]) -> Response:
        """``_get``, unless the host failed too often in a row lately: then it is left alone for a while."""
        host = _root(url)
        until = self._resting.get(host, 0.0)
        if until > self._clock():
            raise FetchError(
                f"skipped: {host} failed {self._failures[host]} times in a row, so rasd leaves it alone"
                f" for {until - self._clock():.0f} s more"
            )
        try:
            response = self._get(url, headers)
        except FetchError as error:
            if error.transient:
                self._host_failed(host)
            raise
        if response.status in _TRANSIENT_STATUSES or response.status >= 500:
            self._host_failed(host)
        else:
            self._failures.pop(host, None)
        return response

    def _host_failed(self, host: str) -> None:
        count = self._failures[host] = self._failures.get(host, 0) + 1
        limit = self.options.host_failure_limit
        if count >= limit:
            rest = min(self.options.host_rest * 2 ** (count - limit), self.options.host_rest_max)
            self._resting[host] = self._clock() + rest

    def check_robots(self, url: str) -> None:
        """Raise FetchError when the site's robots.txt disallows ``url`` for rasd (or cannot be read: RFC 9309)."""
        root = _root(url)
        cached = self._robots.get(root)
        if cached is None or self._clock() > cached[0]:
            parser, problem = self._read_robots(root)
            # An unreadable robots.txt blocks the host only as long as a failing host rests.
            keep = self.options.host_rest if problem else self.options.robots_ttl
            cached = self._robots[root] = (self._clock() + keep, parser, problem)
        _, parser, problem = cached
        if problem:
            raise FetchError(problem, transient=True)
        if parser is not None and not parser.can_fetch(ROBOTS_AGENT, url):
            raise FetchError(f"disallowed by {root}/robots.txt", transient=False)

    def _read_robots(self, root: str) -> tuple[RobotFileParser | None, str | None]:
        try:
            response = self._get(f"{root}/robots.txt", {}, follow_redirects=True)
        except FetchError as error:
            return None, f"robots.txt unreachable, so nothing on {root} is fetched for now: {error}"
        if 400 <= response.status < 500:
            return None, None  # no robots.txt: everything is allowed
        if response.status >= 500:
            return None, f"robots.txt gave HTTP {response.status}, so nothing on {root} is fetched for now"
        parser = RobotFileParser()
        parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
        return parser, None

    def _wait_for_host(self, host: str) -> None:
        delay = self.options.host_delay
        robots = self._robots.get(host)
        if robots and robots[1] is not None:
            delay = max(delay, float(robots[1].crawl_delay(ROBOTS_AGENT) or 0))
        last = self._last_request.get(host)
        if last is not None:
            wait = last + delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _get(self, url: str, headers: dict[str, str], follow_redirects: bool = False) -> Response:
        self._wait_for_host(_root(url))
        options = self.options
        started = self._clock()
        try:
            with self._client.stream("GET", url, headers=headers, follow_redirects=follow_redirects) as response:
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > options.max_bytes:
                        raise FetchError(f"larger than {options.max_bytes // 1048576} MiB; not read", transient=False)
                    if self._clock() - started > options.deadline:
                        raise FetchError(f"cut off after {options.deadline:g} s: the response never finished")
                    chunks.append(chunk)
                return Response(
                    str(response.url),
                    response.status_code,
                    {k.lower(): v for k, v in response.headers.items()},
                    b"".join(chunks),
                )
        except httpx.ConnectTimeout:
            raise FetchError(f"could not connect within {options.connect_timeout:g} s") from None
        except httpx.ReadTimeout:
            raise FetchError(f"timed out: no data for {options.read_timeout:g} s") from None
        except httpx.TimeoutException as error:
            raise FetchError(f"timed out ({type(error).__name__})") from None
        except httpx.InvalidURL as error:
            raise FetchError(f"not a URL rasd can fetch: {error}", transient=False) from None
        except httpx.HTTPError as error:
            raise FetchError(f"network error: {error or type(error).__name__}") from None

    def close(self) -> None:
        self._client.close()


def _root(url: str) -> str:
    """Scheme and host of a URL: the unit of politeness (robots.txt, delay, rest)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
