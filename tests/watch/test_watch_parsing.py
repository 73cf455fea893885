"""Reading fetched feeds: what counts as a feed, what a malformed one still yields."""

from __future__ import annotations

import pytest

from rasd.errors import FetchError
from rasd.watch.feeds import parse_feed

BASE = "http://127.0.0.1:1/feeds/main.xml"


def test_relative_links_are_resolved_against_the_feed():
    feed = parse_feed(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><link>/news/1.html</link><guid>a</guid></item><item><title>no link</title></item></channel></rss>",
        BASE,
    )
    assert [(item.url, item.guid) for item in feed.items] == [("http://127.0.0.1:1/news/1.html", "a")]
    assert feed.warning is None


def test_a_malformed_feed_with_readable_items_is_read_with_a_warning():
    feed = parse_feed(
        (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            "<item><title>&nbsp;خبر</title><link>http://127.0.0.1:1/news/2.html</link></item></channel></rss>"
        ).encode("utf-8"),
        BASE,
    )
    assert [item.url for item in feed.items] == ["http://127.0.0.1:1/news/2.html"]
    assert feed.warning.startswith("malformed XML at line 1") and feed.warning.endswith("1 items read anyway")


def test_an_html_page_is_not_a_feed():
    with pytest.raises(FetchError, match="not an RSS or Atom feed: the address gives an HTML page") as caught:
        parse_feed(b"<!doctype html><html><body><p>hello</p></body></html>", BASE, "text/html")
    assert not caught.value.transient
