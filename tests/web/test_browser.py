"""The pages in a real browser: Debian's chromium driven by Playwright against a uvicorn server on loopback.

Each test records every request the page makes (all must go to the test server), every console
error, and every dialog (an ``alert`` from an article would mean script ran). Screenshots go to
``$RASD_SCREENSHOTS`` when set (the README's come from there), else to the test's temporary folder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (pip install -e '.[test]')")
expect = sync_api.expect

ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield launched
        launched.close()


class Watched:
    """A page with what it did recorded: requests, console errors, uncaught errors, dialogs."""

    def __init__(self, context) -> None:
        self.page = context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

        def refuse(dialog) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        self.page.on("dialog", refuse)

    def assert_clean(self, base_url: str) -> None:
        server = urlparse(base_url).netloc
        outside = [url for url in self.requests if urlparse(url).scheme in ("http", "https", "ws", "wss")
                   and urlparse(url).netloc != server]
        assert not outside, f"requests left the machine: {outside}"
        assert not self.errors, f"console errors: {self.errors}"
        assert not self.dialogs, f"a dialog opened (script ran): {self.dialogs}"


@pytest.fixture
def watched(browser, request):
    width, height = getattr(request, "param", (1280, 900))
    context = browser.new_context(viewport={"width": width, "height": height}, locale="ar")
    yield Watched(context)
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("RASD_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_search_open_article_then_entity(watched, live_server, shots):
    page, base = watched.page, live_server.url
    response = page.goto(base + "/")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert page.locator("html").get_attribute("dir") == "rtl" and page.locator("html").get_attribute("lang") == "ar"
    expect(page.locator(".latest .article-item").first).to_be_visible()
    expect(page.locator(".top-entities li").first).to_be_visible()

    # Search for a name from the header box; the snippet marks it.
    page.fill(".quick-search input", "ستيفنسون")
    page.press(".quick-search input", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    hits = page.locator(".hit")
    expect(hits.first).to_be_visible()
    expect(page.locator(".named-entity a.entity")).to_have_text("إنغريد ستيفنسون")
    expect(hits.first.locator("mark").first).to_have_text(re.compile("ستيفنسون"))

    # Open the first hit: the names are highlighted by type, with the legend.
    hits.first.locator("a.title").click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    people = page.locator(".article-body a.mention.type-PER")
    expect(people.first).to_be_visible()
    assert page.locator(".article-body .mention").count() >= 5
    colours = {page.locator(f".article-body .mention.type-{kind}").first.evaluate(
        "e => getComputedStyle(e).backgroundColor") for kind in ("PER", "LOC")}
    assert len(colours) == 2, "each entity type has its own colour"
    expect(page.locator(".legend li")).to_have_count(4)

    # The removed boilerplate is hidden until the toggle is switched on.
    removed = page.locator(".article-body .removed")
    assert removed.count() > 0
    expect(removed.first).to_be_hidden()
    page.click("label[for=show-removed]")
    expect(removed.first).to_be_visible()
    page.screenshot(path=str(shots / "article.png"), full_page=True)
    page.click("label[for=show-removed]")
    expect(removed.first).to_be_hidden()

    # A highlighted name leads to its entity: the chart and the graph are drawn.
    name = people.first.get_attribute("title")
    people.first.click()
    page.wait_for_url(re.compile(r"/entities/\d+$"))
    expect(page.locator("h1")).to_contain_text(name.split(": ", 1)[1])
    bars = page.locator("svg.chart .bars rect")
    assert bars.count() >= 1 and bars.first.bounding_box()["height"] > 0
    nodes = page.locator("svg.cooccurrence circle")
    assert nodes.count() >= 2 and nodes.first.bounding_box()["width"] > 0
    page.screenshot(path=str(shots / "entity.png"), full_page=True)

    # The graph's nodes are links to the other entities.
    page.locator("svg.cooccurrence a.node").first.click()
    page.wait_for_url(re.compile(r"/entities/\d+$"))
    expect(page.locator(".aliases li").first).to_be_visible()
    watched.assert_clean(base)


def test_search_filters(watched, live_server):
    page, base = watched.page, live_server.url
    page.goto(base + "/search?q=عمان")
    every = page.locator(".hit").count()
    assert every >= 3
    page.select_option("select[name=type]", "LOC")
    page.click(".search-form button")
    page.wait_for_url(re.compile(r"type=LOC"))
    assert 0 < page.locator(".hit").count() <= every
    page.select_option("select[name=type]", "PER")
    page.click(".search-form button")
    expect(page.locator(".empty")).to_be_visible()

    page.goto(base + "/search?q=المياه")
    page.select_option("select[name=outlet]", "صحيفة الشرفة")
    page.fill("input[name=since]", "2024-03-12")
    page.fill("input[name=until]", "2024-03-13")
    page.click(".search-form button")
    page.wait_for_url(re.compile(r"outlet="))
    metas = page.locator(".hit .meta").all_inner_texts()
    assert metas and all("صحيفة الشرفة" in meta for meta in metas)
    assert all(re.search(r"2024-03-1[23]", meta) for meta in metas)

    watched.assert_clean(base)

    # A bad date is explained on the form, not as a crash (the browser logs the 400 itself).
    response = page.goto(base + "/search?q=المياه&since=2024-13-01")
    assert response.status == 400
    expect(page.locator(".error-line")).to_contain_text("YYYY-MM-DD")
    assert all("400" in error for error in watched.errors)


def test_pages_link_to_each_other(watched, live_server):
    page, base = watched.page, live_server.url
    page.goto(base + "/")
    page.click("header.site nav a[href='/entities']")
    expect(page.locator("table.listing tbody tr").first).to_be_visible()
    page.click(".tabs a[href='/entities?type=LOC']")
    expect(page.locator("table.listing .badge.type-LOC").first).to_be_visible()
    assert page.locator("table.listing .badge:not(.type-LOC)").count() == 0
    page.locator("table.listing a.entity").first.click()
    page.click(".entity-articles .more a")
    page.wait_for_url(re.compile(r"/articles\?entity=\d+"))
    expect(page.locator("h1 a")).to_be_visible()
    page.locator(".article-item .meta a").first.click()
    page.wait_for_url(re.compile(r"/articles\?outlet="))
    expect(page.locator(".article-item").first).to_be_visible()
    page.click("header.site nav a[href='/']")
    page.locator(".top-entities a.entity").first.click()
    page.wait_for_url(re.compile(r"/entities/\d+$"))
    watched.assert_clean(base)


@pytest.mark.parametrize("watched", [(390, 844)], indirect=True)
def test_phone_layout(watched, live_server, shots):
    page, base = watched.page, live_server.url
    for path in ("/", "/search?q=المياه", "/entities/1", "/entities", "/quotations", "/articles/2", "/events"):
        page.goto(base + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px on a phone"
    page.goto(base + "/")
    main_box = page.locator(".latest").bounding_box()
    aside_box = page.locator(".top-entities").bounding_box()
    assert aside_box["y"] >= main_box["y"] + main_box["height"], "columns stack on a phone"
    page.goto(base + "/articles/1")
    page.screenshot(path=str(shots / "article-phone.png"), full_page=False)
    watched.assert_clean(base)


def test_hostile_article_is_inert(watched, live_server, client, article_id):
    page, base = watched.page, live_server.url
    for path in (f"/articles/{article_id('بيان')}", f"/articles/{article_id('نقص المياه')}", "/search?q=الراشد",
                 "/articles", "/", f"/articles/{article_id('اتهام <script>')}", "/events?type=ACCUSE",
                 f"/articles/{article_id('رئيس البلدية')}", "/quotations?since=2024-05-01",
                 "/quotations?speaker=الشامي"):
        page.goto(base + path)
        if page.locator("label[for=show-removed]").count():
            page.click("label[for=show-removed]")
        if page.locator(".article-events a.in-text").count():
            page.click(".article-events a.in-text")  # the evidence's trigger, marked in the hostile text
        page.mouse.move(200, 200)
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("script").count() == 0
        assert page.locator("main img, main svg[onload], main [onerror], main [onmouseover]").count() == 0
    page.goto(base + f"/articles/{article_id('بيان')}")
    expect(page.locator("h1")).to_contain_text("<script>")
    expect(page.locator(".article-body")).to_contain_text("onerror=")
    assert page.locator("a[href^='javascript:']").count() == 0
    # Quoted words carrying markup are marked as quotations, and shown as the text they are.
    page.goto(base + f"/articles/{article_id('رئيس البلدية')}")
    quotes = page.locator(".article-body .quote")
    expect(quotes.first).to_contain_text("<script>window.__pwned='quote'")
    expect(quotes.nth(1)).to_contain_text("onerror=")
    expect(quotes.first.locator(".speaker")).to_have_text("ماهر الشامي")
    assert page.evaluate("window.__pwned") is None
    watched.assert_clean(base)


def test_events_table_article_and_entity(watched, live_server, shots):
    page, base = watched.page, live_server.url
    page.goto(base + "/")
    page.click("header.site nav a[href='/events']")
    expect(page.locator("table.listing.events tbody tr").first).to_be_visible()

    # Filter by type: only meetings, and the one told by two outlets says so.
    page.select_option("select[name=type]", "CONSULT")
    page.click(".events-form button")
    page.wait_for_url(re.compile(r"type=CONSULT"))
    kinds = page.locator("table.listing.events .event-type")
    assert kinds.count() >= 1 and {kinds.nth(i).get_attribute("title") for i in range(kinds.count())} == {"CONSULT"}
    meeting = page.locator("tr.event-row", has_text="بدر البوسعيدي")
    expect(meeting.locator(".event-reports .count")).to_contain_text("2 مصادر")
    expect(meeting.locator(".reporters a")).to_have_count(2)
    page.screenshot(path=str(shots / "events.png"), full_page=True)

    # A report leads to its article: the events listed with their evidence, each trigger marked in the text.
    meeting.locator(".reporters a").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    items = page.locator(".article-events .event-item")
    expect(items).to_have_count(3)
    expect(items.first.locator(".evidence mark.trigger")).to_have_text("التقى")
    triggers = page.locator(".article-body mark.trigger")
    expect(triggers).to_have_count(3)
    items.first.locator("a.in-text").click()
    page.wait_for_url(re.compile(r"#event-\d+$"))
    target = page.locator(".article-body mark.trigger:target")
    expect(target).to_have_text("التقى")
    assert target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"

    # The meeting's partner: the entity page lists it as a target, in both reports.
    items.first.locator("a.actor.target").click()
    page.wait_for_url(re.compile(r"/entities/\d+$"))
    expect(page.locator("h1")).to_contain_text("بدر البوسعيدي")
    expect(page.locator(".entity-events .as_target .event-item")).to_have_count(2)
    expect(page.locator(".entity-events .as_target .event-item a.actor.source").first).to_have_text("أيمن الصفدي")
    page.locator(".entity-events .as_target a.actor.source").first.click()
    page.wait_for_url(re.compile(r"/entities/\d+$"))
    expect(page.locator(".entity-events .as_source .event-item").first).to_be_visible()
    page.click(".entity-events .more a")
    page.wait_for_url(re.compile(r"/events\?actor=\d+"))
    expect(page.locator("h1 a.entity")).to_have_text("أيمن الصفدي")
    watched.assert_clean(base)


def test_token_in_the_browser(watched, live_server_with_token, token):
    page, base = watched.page, live_server_with_token.url
    assert page.goto(base + "/").status == 401
    page.goto(base + f"/entities?token={token}")
    assert page.url == base + "/entities"
    expect(page.locator("table.listing tbody tr").first).to_be_visible()
    page.click("header.site nav a[href='/']")
    expect(page.locator(".latest .article-item").first).to_be_visible()
    assert page.evaluate("document.cookie") == "", "the token cookie is out of reach of scripts"
    watched.errors.clear()  # the first, refused load logs a 401 in the console, as it should
    watched.assert_clean(base)


def test_quotations_in_the_article_and_the_table(watched, live_server, shots):
    page, base = watched.page, live_server.url
    page.goto(base + "/")
    expect(page.locator(".latest-quotations .quotation-item").first).to_be_visible()
    page.click("header.site nav a[href='/quotations']")
    page.wait_for_url(re.compile(r"/quotations$"))
    expect(page.locator("table.quotes tbody tr").first).to_be_visible()

    # Filter by speaker and kind: every row is that speaker's, and direct.
    page.fill("input[name=speaker]", "العبيدي")
    page.select_option("select[name=kind]", "direct")
    page.click(".quotations-form button")
    page.wait_for_url(re.compile(r"kind=direct"))
    expect(page.locator("h1 a.entity")).to_have_text("مهدي العبيدي")
    rows = page.locator("table.quotes tbody tr")
    assert rows.count() >= 2
    assert set(page.locator("table.quotes .who .speaker").all_inner_texts()) == {"مهدي العبيدي"}
    assert set(page.locator("table.quotes .kind").all_inner_texts()) == {"مباشر"}
    said = rows.first.locator("td.said").inner_text().strip()
    page.screenshot(path=str(shots / "quotations.png"), full_page=True)

    # The row's article opens at the quotation: marked in the text, with its speaker beside it.
    rows.first.locator("td.where a").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+#quote-\d+$"))
    target = page.locator(".article-body .quote:target")
    expect(target).to_be_visible()
    expect(target.locator(".speaker")).to_have_text("مهدي العبيدي")
    assert target.inner_text().replace("مهدي العبيدي", "", 1).strip() == said.rstrip("…")
    quotes = page.locator(".article-body .quote.opens")
    listed = page.locator(".article-quotations .quotation-item")
    assert quotes.count() == listed.count() >= 3
    underline = target.evaluate("e => getComputedStyle(e).backgroundImage")
    assert "gradient" in underline, "a quotation is marked in the text"

    # From the list beside the text to the place in the text, then the speaker to their entity page.
    listed.last.locator(".said a").click()
    page.wait_for_url(re.compile(r"#quote-\d+$"))
    expect(page.locator(".article-body .quote:target")).to_be_in_viewport()
    page.locator(".article-body .quote.opens a.speaker[href^='/entities/']").first.click()
    page.wait_for_url(re.compile(r"/entities/\d+$"))
    expect(page.locator(".entity-quotations .quotation-item").first).to_be_visible()
    page.click(".entity-quotations .more a")
    page.wait_for_url(re.compile(r"/quotations\?speaker=\d+$"))
    expect(page.locator("table.quotes tbody tr").first).to_be_visible()
    watched.assert_clean(base)


def test_stories_page_and_one_story(watched, live_server, shots):
    page, base = watched.page, live_server.url
    page.goto(base + "/")
    expect(page.locator("section.trends h2")).to_be_visible()
    page.click("header.site nav a[href='/stories']")
    page.wait_for_url(re.compile(r"/stories$"))
    card = page.locator("article.story").first
    expect(card.locator("h2 a")).to_be_visible()
    expect(card.locator(".story-outlets a.outlet").first).to_be_visible()
    count = card.locator(".article-item").count()
    assert count >= 3
    page.screenshot(path=str(shots / "stories.png"), full_page=True)
    card.locator("h2 a").click()
    page.wait_for_url(re.compile(r"/stories/\d+$"))
    expect(page.locator("article.story .article-item")).to_have_count(count)
    page.locator("article.story .article-item a.title").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    watched.assert_clean(base)
