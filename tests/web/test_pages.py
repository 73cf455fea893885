"""The pages as HTML (without a browser): Arabic and right to left, every stored value escaped."""

from __future__ import annotations

import re

import pytest

from rasd.store import MentionRecord
from rasd.web.charts import cooccurrence_graph, timeline_chart
from rasd.web.views import article_blocks, highlight


@pytest.mark.parametrize("path", ["/", "/articles", "/entities", "/entities?type=PER", "/search",
                                  "/search?q=المياه", "/articles/1", "/entities/1"])
def test_pages_are_arabic_right_to_left(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in response.text
    assert "http://" not in response.text.replace("http://testserver", "") and "https://" not in response.text


def test_hostile_fields_are_escaped(client, article_id):
    for needle in ("بيان", "نقص المياه"):
        html = client.get(f"/articles/{article_id(needle)}").text
        assert "<script" not in html and "<img" not in html and "<svg onload" not in html and "<b " not in html
        assert not re.search(r"<a [^>]*href=\"javascript:", html)
    record = client.get(f"/articles/{article_id('بيان')}").text
    assert "&lt;script&gt;window.__pwned=&#39;title&#39;" in record
    assert "onerror=&#34;window.__pwned=&#39;img&#39;" in record
    for path in ("/", "/articles", "/search?q=الراشد", "/entities"):
        assert "<script" not in client.get(path).text


def test_article_page_shows_the_original_link_only_for_web_addresses(client, article_id):
    feed = client.get(f"/articles/{article_id('تافيلالت')}").text
    assert 'href="https://rafid-news.test/economy/2024/09/21/tafilalet-dates-harvest"' in feed
    assert "source-link" not in client.get(f"/articles/{article_id('بيان')}").text


def _mention(start: int, end: int, text: str, kind: str = "PER") -> MentionRecord:
    return MentionRecord(0, 1, start, end, text[start:end], text[start:end], kind, None)


def test_highlight_cuts_text_at_mentions_and_skips_overlaps():
    text = "قال سامر حداد في عمان"
    mentions = [_mention(4, 13, text), _mention(9, 13, text), _mention(17, 21, text, "LOC")]
    pieces = highlight(text, 0, len(text), mentions)
    assert "".join(piece.text for piece in pieces) == text
    assert [(piece.text, piece.mention.type) for piece in pieces if piece.mention] == [("سامر حداد", "PER"),
                                                                                       ("عمان", "LOC")]


def test_removed_lines_go_back_where_they_stood():
    raw = "القائمة\nالفقرة الأولى\nاقرأ أيضا\nالفقرة الثانية\nحقوق"
    text = "الفقرة الأولى\nالفقرة الثانية"
    offsets = [[0, 8, 13], [14, 32, 14]]
    removed = [
        {"start": 0, "end": 7, "reason": "page header"},
        {"start": 22, "end": 31, "reason": "link to another story"},
        {"start": 47, "end": 51, "reason": "after the end of the article"},
    ]
    blocks = article_blocks(text, [], offsets, raw, removed)
    assert [(block.text, block.removed is not None) for block in blocks] == [
        ("القائمة", True), ("الفقرة الأولى", False), ("اقرأ أيضا", True), ("الفقرة الثانية", False), ("حقوق", True),
    ]
    assert blocks[0].removed == "رأس الصفحة"


def test_timeline_chart_has_a_bar_per_day_with_mentions():
    chart = timeline_chart([("2024-03-01", 2), ("2024-03-03", 4), (None, 9)])
    assert [bar.count for bar in chart.bars] == [2, 4] and chart.peak == 4 and chart.per == "day"
    assert chart.bars[1].height == 2 * chart.bars[0].height
    assert chart.bars[0].x < chart.bars[1].x
    yearly = timeline_chart([("2022-01-01", 1), ("2024-01-01", 1)])
    assert yearly.per == "week" and len(yearly.bars) == 2
    assert timeline_chart([]) is None


def test_graph_places_stronger_neighbours_nearer_and_larger():
    graph = cooccurrence_graph(1, "أ", "PER", [(2, "ب", "LOC", 10), (3, "ج", "ORG", 1)])
    strong, weak = graph.neighbours
    assert strong.r > weak.r and strong.width > weak.width
    assert cooccurrence_graph(1, "أ", "PER", []) is None


def test_an_empty_store_renders_every_page(tmp_path):
    from fastapi.testclient import TestClient

    from rasd.web import create_app

    with TestClient(create_app(str(tmp_path / "empty.db"))) as empty:
        for path in ("/", "/articles", "/entities", "/search?q=مياه", "/api/stats", "/api/articles"):
            assert empty.get(path).status_code == 200, path
        assert "لا مقالات بعد" in empty.get("/").text
        assert empty.get("/entities/1").status_code == 404
