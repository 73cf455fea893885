"""Quotations in the JSON API: the listing and its filters, quotations inside an article and an entity,
their counts, and bad parameters answered 4xx with a message."""

from __future__ import annotations

import pytest

from rasd.store import SearchFilters, open_store


def every(client, **params) -> list[dict]:
    """All quotations a filter gives, page after page."""
    found, offset = [], 0
    while offset is not None:
        page = client.get("/api/quotations", params=params | {"limit": 100, "offset": offset}).json()
        found += page["items"]
        offset = page["next_offset"]
    return found


def test_openapi_describes_quotations(client):
    document = client.get("/api/openapi.json").json()
    assert "get" in document["paths"]["/api/quotations"]
    described = {parameter["name"] for parameter in document["paths"]["/api/quotations"]["get"]["parameters"]}
    assert {"speaker", "outlet", "since", "until", "kind", "limit", "offset"} <= described
    schemas = document["components"]["schemas"]
    assert {"speaker_name", "speaker_entity_id", "cue", "kind", "text"} <= set(schemas["Quotation"]["properties"])
    for owner in ("Article", "EntityDetail"):
        assert "Quotation" in str(schemas[owner]["properties"]["quotations"]), owner
    assert {"quotations", "quotations_by_kind"} <= set(schemas["Stats"]["properties"])
    assert "Error" in str(document["paths"]["/api/quotations"]["get"]["responses"]["400"])


def test_quotations_page_through_newest_first_and_match_the_store(client, web_db):
    first = client.get("/api/quotations", params={"limit": 10}).json()
    second = client.get("/api/quotations", params={"limit": 10, "offset": first["next_offset"]}).json()
    assert len(first["items"]) == 10 and first["next_offset"] == 10
    assert not {q["id"] for q in first["items"]} & {q["id"] for q in second["items"]}
    found = every(client)
    dates = [q["published"] for q in found if q["published"]]
    assert dates == sorted(dates, reverse=True)
    with open_store(web_db) as store:
        assert [q["id"] for q in found] == [q.id for q in store.quotations(limit=1000)]
        stats = store.stats()
    assert len(found) == stats["quotations"] == client.get("/api/stats").json()["quotations"]
    assert sum(client.get("/api/stats").json()["quotations_by_kind"].values()) == len(found)


def test_quotations_filter_by_speaker_outlet_dates_and_kind(client, web_db):
    stevenson = client.get("/api/entities/ستيفنسون").json()
    by_name = every(client, speaker="ستيفنسون")
    assert len(by_name) >= 3 and {q["speaker_entity_id"] for q in by_name} == {stevenson["id"]}
    assert every(client, speaker=str(stevenson["id"])) == by_name
    # A speaker no entity stands for is found as the article described them.
    official = "مسؤول رفيع المستوى في وزارة الخارجية الأردنية"
    described = every(client, speaker=official)
    assert described and {q["speaker_name"] for q in described} == {official}

    rafid = every(client, outlet="الرافد")
    assert rafid and all("الرافد" in q["outlet"] for q in rafid)
    day = every(client, since="2024-03-12", until="2024-03-12")
    assert day and {q["published"] for q in day} == {"2024-03-12"}
    direct = every(client, kind="direct")
    assert every(client, kind="DIRECT") == direct
    assert direct and {q["kind"] for q in direct} == {"direct"}
    assert len(direct) + len(every(client, kind="indirect")) == len(every(client))
    both = every(client, speaker="ستيفنسون", kind="direct", outlet="الرافد")
    assert both and all(q["kind"] == "direct" and "الرافد" in q["outlet"] for q in both)
    with open_store(web_db) as store:
        expected = store.quotations("ستيفنسون", SearchFilters(outlet="الرافد"), limit=100, kind="direct")
    assert [q["id"] for q in both] == [q.id for q in expected]
    assert every(client, speaker="لا أحد بهذا الاسم") == []


def test_an_article_carries_its_quotations_in_text_order(client, article_id):
    data = client.get(f"/api/articles/{article_id('توقيع مذكرة تفاهم')}").json()
    quotations = data["quotations"]
    assert len(quotations) >= 5
    assert [q["start"] for q in quotations] == sorted(q["start"] for q in quotations)
    assert all(data["text"][q["start"]:q["end"]] == q["text"] for q in quotations)
    assert {"direct", "indirect"} <= {q["kind"] for q in quotations}
    named = [q for q in quotations if q["speaker_entity_id"] is not None]
    assert named and all(q["speaker_entity_name"] for q in named)


def test_an_entity_carries_what_it_said(client):
    stevenson = client.get("/api/entities/ستيفنسون").json()
    said = stevenson["quotations"]
    assert said and {q["speaker_entity_id"] for q in said} == {stevenson["id"]}
    assert [q["id"] for q in said] == [q["id"] for q in every(client, speaker=str(stevenson["id"]))][: len(said)]
    assert len(client.get("/api/entities/ستيفنسون", params={"limit": 1}).json()["quotations"]) == 1


def test_hostile_quotations_come_back_as_stored(client, article_id):
    data = client.get(f"/api/articles/{article_id('رئيس البلدية')}").json()
    texts = [q["text"] for q in data["quotations"]]
    assert any("<script>window.__pwned='quote'" in text for text in texts)
    assert any("onerror=" in text for text in texts)


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"kind": "quoted"}, 400, "direct, indirect"),
        ({"since": "last week"}, 400, "YYYY-MM-DD"),
        ({"since": "2024-05-01", "until": "2024-01-01"}, 400, "after"),
        ({"limit": 500}, 422, "limit"),
        ({"offset": -1}, 422, "offset"),
        ({"speaker": "x" * 201}, 422, "speaker"),
        ({"outlet": "x" * 201}, 422, "outlet"),
    ],
)
def test_bad_quotation_parameters_are_4xx_with_a_message(client, params, status, words):
    response = client.get("/api/quotations", params=params)
    assert response.status_code == status, response.text
    assert words in response.json()["error"]


def test_an_empty_store_has_no_quotations(tmp_path):
    from fastapi.testclient import TestClient

    from rasd.web import create_app

    with TestClient(create_app(str(tmp_path / "empty.db"))) as empty:
        assert empty.get("/api/quotations").json() == {"items": [], "limit": 20, "offset": 0, "next_offset": None}
        assert empty.get("/api/stats").json()["quotations"] == 0
