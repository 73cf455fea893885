"""Events in the JSON API and the pages: counted once across outlets, filtered, with their evidence, escaped."""

from __future__ import annotations

import re
import sqlite3

import pytest
from fastapi.testclient import TestClient

from rasd.store import EventRecord, MentionRecord
from rasd.web import create_app
from rasd.web.event_views import TriggerPiece, mark_triggers
from rasd.web.views import article_blocks

MEETING = "التقى وزير الخارجية الأردني أيمن الصفدي نظيره العُماني بدر البوسعيدي"


@pytest.fixture(scope="module")
def ids(client, article_id) -> dict[str, int]:
    """Articles and entities of the event fixtures (tests/web/conftest.py), by what they are."""
    return {
        "agency": article_id("الصفدي يلتقي البوسعيدي"),
        "paper": article_id("لقاء أردني"),
        "hostile": article_id("اتهام <script>"),
        "safadi": client.get("/api/entities/أيمن الصفدي").json()["id"],
        "busaidi": client.get("/api/entities/بدر البوسعيدي").json()["id"],
    }


def test_openapi_describes_the_event_routes(client):
    document = client.get("/api/openapi.json").json()
    for path in ("/api/events", "/api/events/reports"):
        operation = document["paths"][path]["get"]
        names = {parameter["name"] for parameter in operation["parameters"]}
        assert {"type", "actor", "since", "until", "mode", "min_confidence", "limit", "offset"} <= names
        assert "400" in operation["responses"]
    schemas = document["components"]["schemas"]
    assert {"EventGroup", "EventReport", "EventReporter", "EntityEvents"} <= set(schemas)
    fields = set(schemas["EventGroup"]["properties"])
    assert {"reports", "outlets", "reported_by", "sentence", "trigger_start", "confidence"} <= fields
    assert "confidence" in schemas["EventReport"]["properties"]
    assert "events" in schemas["Article"]["properties"] and "events" in schemas["EntityDetail"]["properties"]


def test_a_meeting_told_by_two_outlets_is_one_event(client, ids):
    groups = client.get("/api/events", params={"type": "CONSULT", "actor": "الصفدي"}).json()["items"]
    assert len(groups) == 1
    meeting = groups[0]
    assert (meeting["source_entity_id"], meeting["target_entity_id"]) == (ids["safadi"], ids["busaidi"])
    assert meeting["reports"] == 2 and meeting["outlets"] == 2
    assert sorted(meeting["article_ids"]) == sorted([ids["agency"], ids["paper"]])
    assert {r["outlet"] for r in meeting["reported_by"]} == {"وكالة السنبلة", "صحيفة الميناء"}
    assert meeting["date"] == "2024-06-09" and meeting["date_text"] == "أمس الأحد"
    # The reports behind it, one per article, each with its own evidence.
    reports = client.get("/api/events/reports", params={"type": "CONSULT", "actor": ids["busaidi"]}).json()["items"]
    assert sorted(r["article_id"] for r in reports) == sorted(meeting["article_ids"])
    assert all(r["sentence"].startswith(MEETING) for r in reports)


def test_event_filters(client, ids):
    every = client.get("/api/events", params={"limit": 100}).json()["items"]
    assert len({e["type"] for e in every}) >= 3
    accusations = client.get("/api/events", params={"type": "accuse"}).json()["items"]
    assert accusations and all(e["type"] == "ACCUSE" for e in accusations)
    assert len(accusations) == sum(e["type"] == "ACCUSE" for e in every)
    day = client.get("/api/events", params={"since": "2024-06-09", "until": "2024-06-09"}).json()["items"]
    assert [e["date"] for e in day] == ["2024-06-09"]
    latest = max((e["date"] or e["published"])[:10] for e in every if e["date"] or e["published"])
    later = client.get("/api/events", params={"since": latest}).json()["items"]
    assert later and all((e["date"] or e["published"]) >= latest for e in later)
    assert len(later) < len(every)
    planned = client.get("/api/events", params={"mode": "planned"}).json()["items"]
    assert all(e["mode"] == "planned" for e in planned)
    assert len(planned) == sum(e["mode"] == "planned" for e in every)
    target = client.get("/api/events", params={"actor": "إسرائيل"}).json()["items"]
    assert target and {(e["type"], e["target_name"]) for e in target} == {("ACCUSE", "إسرائيل")}
    described = client.get("/api/events", params={"actor": "الدول العشر"}).json()["items"]
    assert described and all("الدول العشر" in (e["source_name"] or "") + (e["target_name"] or "") for e in described)


def test_events_page_through_without_overlap(client):
    everything = client.get("/api/events", params={"limit": 100}).json()
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": first["next_offset"]}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    assert everything["next_offset"] is None
    reports = client.get("/api/events/reports", params={"limit": 100}).json()["items"]
    assert sum(e["reports"] for e in everything["items"]) == len(reports)


def test_article_and_entity_answers_carry_their_events(client, ids):
    article = client.get(f"/api/articles/{ids['agency']}").json()
    assert [e["type"] for e in article["events"]] == ["CONSULT", "REQUEST", "ACCUSE"]
    for event in article["events"]:
        assert article["text"][event["start"]:event["end"]] == event["sentence"]
        assert article["text"][event["trigger_start"]:event["trigger_end"]] == event["trigger"]
    safadi = client.get(f"/api/entities/{ids['safadi']}").json()["events"]
    assert {e["type"] for e in safadi["as_source"]} == {"CONSULT", "REQUEST"} and not safadi["as_target"]
    busaidi = client.get(f"/api/entities/{ids['busaidi']}").json()["events"]
    assert not busaidi["as_source"] and {e["article_id"] for e in busaidi["as_target"]} == {ids["agency"], ids["paper"]}


@pytest.mark.parametrize(
    ("path", "params", "status", "words"),
    [
        ("/api/events", {"type": "MEETING"}, 400, "PLOVER"),
        ("/api/events", {"mode": "maybe"}, 400, "happened"),
        ("/api/events", {"since": "last week"}, 400, "YYYY-MM-DD"),
        ("/api/events", {"until": "2024-06-31"}, 400, "YYYY-MM-DD"),
        ("/api/events", {"since": "2024-07-01", "until": "2024-06-01"}, 400, "after"),
        ("/api/events", {"actor": "987654"}, 400, "no entity"),
        ("/api/events", {"actor": "x" * 201}, 422, "actor"),
        ("/api/events", {"limit": 500}, 422, "limit"),
        ("/api/events", {"offset": -1}, 422, "offset"),
        ("/api/events/reports", {"type": "?"}, 400, "PLOVER"),
        ("/api/events/reports", {"limit": "all"}, 422, "limit"),
        ("/api/events", {"min_confidence": "1.5"}, 400, "0 to 1"),
        ("/api/events", {"min_confidence": "likely"}, 400, "min_confidence"),
        ("/api/events/reports", {"min_confidence": "-0.1"}, 400, "0 to 1"),
    ],
)
def test_bad_event_parameters_are_4xx_with_a_message(client, path, params, status, words):
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    assert words in response.json()["error"]


def test_events_page_counts_outlets_and_links_articles_and_actors(client, ids):
    html = client.get("/events", params={"type": "CONSULT"}).text
    assert '<html lang="ar" dir="rtl">' in html
    rows = re.findall(r'<tr class="event-row">.*?</tr>', html, re.S)
    meeting = next(row for row in rows if "نظيره العُماني بدر البوسعيدي في مسقط" in row)
    assert "2 مصادر · 2 مقالات" in meeting
    assert f'href="/articles/{ids["agency"]}"' in meeting and f'href="/articles/{ids["paper"]}"' in meeting
    assert f'href="/entities/{ids["safadi"]}"' in meeting and f'href="/entities/{ids["busaidi"]}"' in meeting
    assert all('title="CONSULT"' in row for row in rows)
    assert '<option value="CONSULT" selected>' in html
    named = client.get("/events", params={"actor": ids["busaidi"]}).text
    assert "بدر البوسعيدي</a></h1>" in named


def test_events_page_explains_a_bad_filter_on_the_form(client):
    response = client.get("/events", params={"since": "2024-02-30"})
    assert response.status_code == 400
    assert 'class="error-line"' in response.text and "YYYY-MM-DD" in response.text
    assert client.get("/events", params={"mode": "happened", "until": "2000-01-01"}).text.count("لا أحداث تطابق") == 1


def test_article_page_lists_events_and_marks_their_triggers(client, ids):
    html = client.get(f"/articles/{ids['agency']}").text
    section = re.search(r'<section class="article-events".*?</section>', html, re.S).group(0)
    assert section.count('<li class="event-item">') == 3
    anchors = re.findall(r'href="#(event-\d+)"', section)
    marked = re.findall(r'<mark class="trigger" id="(event-\d+)"[^>]*>([^<]+)</mark>', html)
    assert len(anchors) == 3 and anchors == [anchor for anchor, _ in marked]
    assert [word for _, word in marked] == ["التقى", "وطالب", "واتهم"]
    assert '<mark class="trigger">التقى</mark> وزير الخارجية' in section


def test_entity_page_lists_events_as_source_and_as_target(client, ids):
    source = client.get(f"/entities/{ids['safadi']}").text
    section = re.search(r'<section class="entity-events".*?</section>', source, re.S).group(0)
    assert "events-list as_source" in section and "events-list as_target" not in section
    target = client.get(f"/entities/{ids['busaidi']}").text
    section = re.search(r'<section class="entity-events".*?</section>', target, re.S).group(0)
    assert "events-list as_target" in section and section.count('<li class="event-item">') == 2
    assert f'href="/events?actor={ids["busaidi"]}"' in section


def test_event_markup_escapes_the_evidence(client, ids):
    for path in (f"/articles/{ids['hostile']}", "/events", "/events?type=ACCUSE", f"/entities/{ids['safadi']}"):
        html = client.get(path).text
        assert "<img" not in html and "<script" not in html, path
    html = client.get("/events?type=ACCUSE").text
    assert "&lt;img src=x onerror=&#34;window.__pwned=&#39;evidence&#39;" in html
    api = client.get(f"/api/articles/{ids['hostile']}").json()
    assert "<img src=x onerror=" in api["events"][0]["sentence"]  # JSON keeps the text as it is


@pytest.fixture(scope="module")
def scored(web_db, tmp_path_factory):
    """A copy of the web store with its events scored by hand (meetings 0.9, accusations 0.45, the rest
    unscored), so the filter and the badges are tested apart from the event model."""
    path = tmp_path_factory.mktemp("scored") / "scored.db"
    source, target = sqlite3.connect(web_db), sqlite3.connect(path)
    source.backup(target)
    with target:
        target.execute("UPDATE events SET confidence = CASE type WHEN 'CONSULT' THEN 0.9 WHEN 'ACCUSE' THEN 0.45 END")
    source.close()
    target.close()
    with TestClient(create_app(str(path))) as opened:
        yield opened


def test_events_carry_their_confidence_and_filter_on_it(scored):
    every = scored.get("/api/events", params={"limit": 100}).json()["items"]
    assert {(e["type"], e["confidence"]) for e in every if e["type"] in ("CONSULT", "ACCUSE")} == {
        ("CONSULT", 0.9), ("ACCUSE", 0.45)}
    assert all(e["confidence"] is None for e in every if e["type"] not in ("CONSULT", "ACCUSE"))
    likely = scored.get("/api/events", params={"min_confidence": "0.5"}).json()["items"]
    assert likely and {e["type"] for e in likely} == {"CONSULT"}
    meeting = next(e for e in likely if "البوسعيدي" in (e["target_name"] or ""))
    assert meeting["reports"] == 2 and meeting["confidence"] == 0.9
    some = scored.get("/api/events", params={"min_confidence": "0.45", "limit": 100}).json()["items"]
    assert len(some) == sum(e["type"] in ("CONSULT", "ACCUSE") for e in every)
    # Unscored events pass only when no least confidence is asked for; an empty form field asks for none.
    assert len(scored.get("/api/events", params={"min_confidence": "0", "limit": 100}).json()["items"]) == len(some)
    assert len(scored.get("/api/events", params={"min_confidence": "", "limit": 100}).json()["items"]) == len(every)
    reports = scored.get("/api/events/reports", params={"min_confidence": "0.5", "limit": 100}).json()["items"]
    assert reports and all(r["type"] == "CONSULT" and r["confidence"] == 0.9 for r in reports)
    agency = next(a["id"] for a in scored.get("/api/articles", params={"limit": 100}).json()["items"]
                  if a["title"] == "الصفدي يلتقي البوسعيدي في مسقط")
    events = scored.get(f"/api/articles/{agency}").json()["events"]
    assert [(e["type"], e["confidence"]) for e in events if e["type"] in ("CONSULT", "ACCUSE")] == [
        ("CONSULT", 0.9), ("ACCUSE", 0.45)]


def test_events_pages_show_the_confidence_as_a_badge(scored):
    html = scored.get("/events", params={"min_confidence": "0.5"}).text
    rows = re.findall(r'<tr class="event-row">.*?</tr>', html, re.S)
    assert rows and all('<span class="event-confidence conf-high"' in row and ">90٪</span>" in row for row in rows)
    assert 'name="min_confidence" value="0.5"' in html
    accusations = scored.get("/events", params={"type": "ACCUSE"}).text
    assert '<span class="event-confidence conf-low"' in accusations and ">45٪</span>" in accusations
    unscored = scored.get("/events", params={"type": "REQUEST"}).text
    assert re.findall(r'<tr class="event-row">', unscored) and "event-confidence" not in unscored
    bad = scored.get("/events", params={"min_confidence": "90%"})
    assert bad.status_code == 400 and 'class="error-line"' in bad.text and "0 to 1" in bad.text
    article = next(a["id"] for a in scored.get("/api/articles", params={"limit": 100}).json()["items"]
                   if a["title"] == "الصفدي يلتقي البوسعيدي في مسقط")
    section = re.search(r'<section class="article-events".*?</section>', scored.get(f"/articles/{article}").text,
                        re.S).group(0)
    assert section.count('class="event-confidence') == 2 and ">90٪</span>" in section and ">45٪</span>" in section


def _mention(text: str, surface: str) -> MentionRecord:
    start = text.index(surface)
    return MentionRecord(0, 1, start, start + len(surface), surface, surface, "PER", None)


def _event(event_id: int, text: str, trigger: str) -> EventRecord:
    start = text.index(trigger)
    return EventRecord(event_id, 1, "x", None, None, "CONSULT", "happened", None, None, None, None, None, None,
                       None, None, trigger, 0, len(text), text, trigger_start=start, trigger_end=start + len(trigger))


def test_mark_triggers_cuts_plain_text_and_leaves_names_whole():
    text = "التقى سامر حداد بالوزير.\nثم لقاء آخر"
    mentions = [_mention(text, "سامر حداد")]
    blocks = article_blocks(text, mentions, [], text, [])
    inside_name = EventRecord(3, 1, "x", None, None, "CONSULT", "happened", None, None, None, None, None, None,
                              None, None, "حداد", 0, 10, text, trigger_start=text.index("حداد"),
                              trigger_end=text.index("حداد") + 4)
    marked_blocks, marked = mark_triggers(blocks, text, [_event(1, text, "التقى"), _event(2, text, "لقاء"),
                                                         inside_name])
    assert marked == {1, 2}
    assert [block.text for block in marked_blocks] == [block.text for block in blocks]
    triggers = [(p.text, p.event.id) for block in marked_blocks for p in block.pieces if isinstance(p, TriggerPiece)]
    assert triggers == [("التقى", 1), ("لقاء", 2)]
    assert any(p.mention is not None and p.text == "سامر حداد" for p in marked_blocks[0].pieces)
    assert mark_triggers(blocks, text, []) == (blocks, set())


def test_an_empty_store_has_no_events_and_says_so(tmp_path):
    from fastapi.testclient import TestClient

    from rasd.web import create_app

    with TestClient(create_app(str(tmp_path / "empty.db"))) as empty:
        assert empty.get("/api/events").json()["items"] == []
        assert empty.get("/api/events/reports").json()["items"] == []
        page = empty.get("/events")
        assert page.status_code == 200 and "لا أحداث تطابق" in page.text
