"""Quotations on the pages (without a browser): marked in the article text with their speaker, listed beside
it, tabled and filtered on /quotations, on the entity and home pages; every reported word escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import quote

from rasd.store import MentionRecord, QuotationRecord
from rasd.web.views import Quote, article_blocks, quoted


class QuoteSpans(HTMLParser):
    """The text inside each ``span.quote`` of a page (the speaker tag left out), with the span's attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[tuple[dict, str]] = []
        self._depth = 0  # open elements inside the current quote span, itself included
        self._skip = 0  # open elements inside its speaker tag
        self._attrs: dict = {}
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if self._depth:
            self._depth += 1
            if self._skip or "speaker" in classes:
                self._skip += 1
        elif tag == "span" and "quote" in classes:
            self._depth, self._attrs, self._text = 1, attrs, []

    def handle_endtag(self, tag):
        if not self._depth:
            return
        self._skip = max(0, self._skip - 1) if self._skip else 0
        self._depth -= 1
        if not self._depth:
            self.spans.append((self._attrs, "".join(self._text)))

    def handle_data(self, data):
        if self._depth and not self._skip:
            self._text.append(data)


def quote_spans(html: str) -> list[tuple[dict, str]]:
    parser = QuoteSpans()
    parser.feed(html)
    return parser.spans


def test_article_marks_each_quotation_with_its_speaker(client, article_id):
    number = article_id("توقيع مذكرة تفاهم")
    data = client.get(f"/api/articles/{number}").json()
    html = client.get(f"/articles/{number}").text
    spans = quote_spans(html)
    opening = {attrs["id"]: (attrs, text) for attrs, text in spans if "id" in attrs}
    assert len(opening) == len(data["quotations"]) >= 5
    for quotation in data["quotations"]:
        attrs, text = opening[f"quote-{quotation['id']}"]
        assert text == quotation["text"]
        assert f"kind-{quotation['kind']}" in attrs["class"]
        assert (quotation["speaker_entity_name"] or quotation["speaker_name"]) in attrs["title"]
        # The list beside the text links each quotation to its place, and its speaker to the entity.
        assert f'href="#quote-{quotation["id"]}"' in html
        if quotation["speaker_entity_id"] is not None:
            assert f'<a class="speaker" href="/entities/{quotation["speaker_entity_id"]}"' in html
    assert html.count('<li class="quotation-item"') == len(data["quotations"])


def test_quotations_page_lists_and_filters(client):
    html = client.get("/quotations").text
    rows = re.findall(r"<tr>\s*<td class=\"who\">", html)
    assert len(rows) == 30 and 'rel="next"' in html
    assert re.search(r'href="/articles/\d+#quote-\d+"', html)
    assert re.search(r'class="speaker" href="/entities/\d+"', html)

    direct = client.get("/quotations", params={"kind": "direct"}).text
    assert "badge kind-direct" in direct and "badge kind-indirect" not in direct
    assert '<option value="direct" selected>' in direct

    stevenson = client.get("/api/entities/ستيفنسون").json()
    said = client.get("/quotations", params={"speaker": "ستيفنسون", "outlet": "وكالة الرافد للأنباء"}).text
    assert f'ما قاله <a class="entity type-PER" href="/entities/{stevenson["id"]}">' in said
    speakers = set(re.findall(r'class="speaker" href="/entities/(\d+)"', said))
    assert speakers == {str(stevenson["id"])}
    outlets = re.findall(r'<td class="where">.*?<a href="/articles\?outlet=([^"]+)"', said, re.S)
    assert outlets and set(outlets) == {quote("وكالة الرافد للأنباء")}

    dated = client.get("/quotations", params={"since": "2024-11-01", "until": "2024-11-30"}).text
    assert set(re.findall(r'<time datetime="([\d-]+)">', dated)) == {"2024-11-09"}
    assert "لا اقتباسات تطابق" in client.get("/quotations", params={"speaker": "لا أحد"}).text


def test_quotations_page_explains_bad_filters(client):
    for params, words in (({"kind": "x"}, "direct, indirect"), ({"since": "2024-02-30"}, "YYYY-MM-DD")):
        response = client.get("/quotations", params=params)
        assert response.status_code == 400
        assert 'class="error-line"' in response.text and words in response.text


def test_entity_and_home_pages_show_quotations(client):
    stevenson = client.get("/api/entities/ستيفنسون").json()
    page = client.get(f"/entities/{stevenson['id']}").text
    section = page[page.index('class="entity-quotations"'):]
    section = section[: section.index("</section>")]
    assert section.count('<li class="quotation-item">') == len(stevenson["quotations"]) >= 3
    assert f'href="/quotations?speaker={stevenson["id"]}"' in section
    assert "class=\"speaker" not in section, "the entity page does not repeat who spoke"
    home = client.get("/").text
    assert 'class="latest-quotations"' in home and home.count('<li class="quotation-item">') == 6
    assert 'href="/quotations"' in home


def test_hostile_quotations_are_escaped(client, article_id):
    number = article_id("رئيس البلدية")
    for path in (f"/articles/{number}", "/quotations", "/quotations?since=2024-05-03", "/"):
        html = client.get(path).text
        assert "<script" not in html and "<img" not in html and "<i " not in html, path
    spans = quote_spans(client.get(f"/articles/{number}").text)
    assert any("<script>window.__pwned='quote'" in text for _, text in spans)
    assert any("onerror=" in text for _, text in spans)
    assert "&lt;script&gt;window.__pwned=&#39;quote&#39;" in client.get("/quotations?since=2024-05-03").text


def _quotation(number: int, start: int, end: int, text: str, kind: str = "direct") -> QuotationRecord:
    return QuotationRecord(number, 1, start, end, kind, "قال", "سامر", None, None, text[start:end])


def test_quoted_cuts_paragraphs_at_quotations_and_keeps_the_text():
    text = "قال سامر حداد: سنبني السد في عمان هذا العام"
    mention = MentionRecord(0, 1, 30, 34, "عمان", "عمان", "LOC", None)
    said = _quotation(1, 15, len(text), text)
    pieces = quoted(text, 0, len(text), [mention], [said])
    assert pieces[0].text == "قال سامر حداد: "
    assert isinstance(pieces[1], Quote) and pieces[1].opens and pieces[1].closes
    assert "".join(piece.text for piece in pieces[1].pieces) == "سنبني السد في عمان هذا العام"
    assert [piece.mention.name for piece in pieces[1].pieces if piece.mention] == ["عمان"]


def test_a_quotation_over_two_paragraphs_opens_in_the_first_and_closes_in_the_second():
    text = "قال سامر: الجملة الأولى\nوالجملة الثانية. انتهى"
    said = _quotation(1, 10, 40, text)
    overlapping = _quotation(2, 12, 20, text)
    blocks = article_blocks(text, [], [], text, [], [overlapping, said])
    quotes = [piece for block in blocks for piece in block.pieces if isinstance(piece, Quote)]
    assert [(q.quotation.id, q.opens, q.closes) for q in quotes] == [(1, True, False), (1, False, True)]
    assert [block.text for block in blocks] == text.split("\n")


def test_a_described_speaker_links_to_everything_said_under_that_description(client):
    html = client.get("/quotations", params={"offset": 30}).text + client.get("/quotations").text
    links = re.findall(r'<a class="speaker unlinked" href="/quotations\?speaker=([^"]+)"[^>]*>([^<]+)</a>', html)
    assert links
    target, name = links[0]
    assert target == quote(name)
    listed = client.get(f"/api/quotations?speaker={target}&limit=100").json()["items"]
    assert listed and {q["speaker_name"] for q in listed} == {name}
