"""The JSON API: every route answers, pages through results, and turns bad parameters into 4xx with a message."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasd.errors import QueryTimeoutError
from rasd.store import open_store
from rasd.web import create_app
from rasd.web.security import CONTENT_SECURITY_POLICY


def test_openapi_lists_every_route(client):
    document = client.get("/api/openapi.json").json()
    assert document["info"]["title"] == "rasd"
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/search", "/api/entities",
                 "/api/entities/{entity}", "/api/outlets", "/api/stats"):
        assert "get" in document["paths"][path], path
    # Answers and errors are described, field by field.
    schemas = document["components"]["schemas"]
    assert {"Article", "Mention", "EntityDetail", "SearchHit", "Outlet", "Stats", "Error"} <= set(schemas)
    assert "Error" in str(document["paths"]["/api/search"]["get"]["responses"]["400"])
    # Pages are not API routes, and the CDN-backed interactive docs are off.
    assert "/" not in document["paths"]
    assert client.get("/docs").status_code == 404


def test_articles_page_through_without_overlap(client):
    first = client.get("/api/articles", params={"limit": 5}).json()
    second = client.get("/api/articles", params={"limit": 5, "offset": first["next_offset"]}).json()
    assert len(first["items"]) == 5 and first["next_offset"] == 5
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    everything = client.get("/api/articles", params={"limit": 100}).json()
    assert everything["next_offset"] is None
    dates = [a["published"] for a in everything["items"] if a["published"]]
    assert dates == sorted(dates, reverse=True)


def test_articles_filter_by_outlet_date_and_entity(client):
    rafid = client.get("/api/articles", params={"outlet": "الرافد", "limit": 100}).json()["items"]
    assert rafid and all("الرافد" in a["outlet"] for a in rafid)
    march = client.get("/api/articles", params={"since": "2024-03-12", "until": "2024-03-12"}).json()["items"]
    assert march and all(a["published"] == "2024-03-12" for a in march)
    amman = client.get("/api/entities/عمان").json()
    mentioning = client.get("/api/articles", params={"entity": amman["id"], "limit": 100}).json()["items"]
    assert {a["id"] for a in mentioning} == {a["id"] for a in amman["articles"]}


def test_one_article_with_mentions_and_removed_lines(client, article_id):
    opening = article_id("انطلاق المؤتمر الإقليمي")
    data = client.get(f"/api/articles/{opening}", params={"removed": True}).json()
    assert data["title"].startswith("انطلاق المؤتمر الإقليمي") and data["text"]
    assert data["mentions"] and all(data["text"][m["start"]:m["end"]] == m["surface"] for m in data["mentions"])
    assert any(r["reason"] == "page header" for r in data["removed"])
    assert client.get(f"/api/articles/{opening}").json()["removed"] is None


def test_search_matches_the_cli_and_filters_by_entity_type(client, web_db):
    found = client.get("/api/search", params={"q": "الامم المتحده"}).json()
    with open_store(web_db) as store:
        expected = [hit.article_id for hit in store.search("الامم المتحده", limit=20)]
    assert [hit["article_id"] for hit in found["items"]] == expected and expected
    hit = found["items"][0]
    assert all(hit["snippet"][start:end] for start, end in hit["highlights"])
    as_place = client.get("/api/search", params={"q": "عمان", "type": "LOC"}).json()["items"]
    as_person = client.get("/api/search", params={"q": "عمان", "type": "PER"}).json()["items"]
    assert as_place and not as_person


def test_entity_detail(client):
    listing = client.get("/api/entities", params={"type": "PER", "limit": 3}).json()["items"]
    assert listing and all(e["type"] == "PER" for e in listing)
    counts = [e["mention_count"] for e in listing]
    assert counts == sorted(counts, reverse=True)
    detail = client.get(f"/api/entities/{listing[0]['id']}").json()
    for key in ("aliases", "roles", "timeline", "cooccurring", "articles"):
        assert key in detail
    assert detail["timeline"] and detail["cooccurring"]
    assert client.get("/api/entities/ستيفنسون").json()["id"] == client.get("/api/entities/إنغريد ستيفنسون").json()["id"]


def test_outlets_and_stats(client):
    outlets = client.get("/api/outlets").json()["items"]
    assert {"وكالة الرافد للأنباء", "صحيفة الشرفة", "منارة الخبر"} <= {o["name"] for o in outlets}
    stats = client.get("/api/stats").json()
    assert stats["articles"] == sum(o["articles"] for o in outlets) and "database" not in stats


@pytest.mark.parametrize(
    ("path", "params", "status", "words"),
    [
        ("/api/articles", {"limit": 500}, 422, "limit"),
        ("/api/articles", {"limit": 0}, 422, "limit"),
        ("/api/articles", {"offset": -1}, 422, "offset"),
        ("/api/articles", {"offset": 10**9}, 422, "offset"),
        ("/api/articles", {"limit": "many"}, 422, "limit"),
        ("/api/articles", {"since": "yesterday"}, 400, "YYYY-MM-DD"),
        ("/api/articles", {"since": "2024-02-30"}, 400, "YYYY-MM-DD"),
        ("/api/articles", {"since": "2024-05-01", "until": "2024-01-01"}, 400, "after"),
        ("/api/articles", {"entity": "x"}, 422, "entity"),
        ("/api/articles/0", {}, 422, "article_id"),
        ("/api/articles/99999", {}, 404, "no article"),
        ("/api/articles/abc", {}, 422, "article_id"),
        ("/api/search", {}, 422, "q"),
        ("/api/search", {"q": ""}, 422, "q"),
        ("/api/search", {"q": "x" * 501}, 422, "q"),
        ("/api/search", {"q": "---"}, 400, "query"),
        ("/api/search", {"q": "مياه", "type": "PLANET"}, 400, "PER"),
        ("/api/entities", {"type": "people"}, 400, "PER"),
        ("/api/entities/nobody-of-that-name", {}, 404, "no entity"),
        ("/api/entities/1", {"limit": 1000}, 422, "limit"),
        ("/api/nothing-here", {}, 404, "no such"),
    ],
)
def test_bad_parameters_are_4xx_with_a_message(client, path, params, status, words):
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    assert words in response.json()["error"]


def test_every_response_carries_the_security_headers(client):
    for path in ("/", "/api/stats", "/api/articles?limit=500", "/static/rasd.css", "/missing"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY, path
        assert headers["x-content-type-options"] == "nosniff"


def test_token_is_required_everywhere_when_set(web_db, token):
    with TestClient(create_app(str(web_db), token=token)) as guarded:
        for path in ("/", "/api/stats", "/api/openapi.json", "/static/rasd.css", "/articles/1"):
            refused = guarded.get(path)
            assert refused.status_code == 401 and "token" in refused.text, path
            assert refused.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert guarded.get("/api/stats", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert guarded.get("/api/stats", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        # A browser opens one page with ?token=, gets a cookie and a clean address, and browses on.
        opened = guarded.get(f"/search?q=مياه&token={token}", follow_redirects=False)
        assert opened.status_code == 303 and opened.headers["location"] == "/search?q=%D9%85%D9%8A%D8%A7%D9%87"
        assert "httponly" in opened.headers["set-cookie"].lower()
        assert guarded.get("/articles/1").status_code == 200
        assert guarded.get("/api/stats").status_code == 200


def test_a_slow_query_is_stopped_and_answered_503(web_db):
    with open_store(web_db) as store, pytest.raises(QueryTimeoutError, match="longer than"):
        with store.time_limit(0.05):
            store._db.execute(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000)"
                " SELECT COUNT(*) FROM c"
            ).fetchone()

    def slow(store):
        with store.time_limit(0.05):
            store._db.execute(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000)"
                " SELECT COUNT(*) FROM c"
            ).fetchone()

    app = create_app(str(web_db))
    app.state.db.query_seconds = 0.05
    with pytest.raises(QueryTimeoutError):
        app.state.db.call(slow)


def test_database_work_runs_in_worker_threads_and_shares_the_pool(web_db, live_server):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    import anyio
    import httpx

    from rasd.web.database import Database

    pool = Database(str(web_db), size=2)

    async def where() -> tuple[int, int]:
        return threading.get_ident(), await pool.run(lambda store: threading.get_ident())

    loop_thread, worker_thread = anyio.run(where)
    assert loop_thread != worker_thread
    pool.close()

    # Many requests at once, over more connections than the pool keeps: every one answered.
    paths = ["/api/search?q=المياه", "/api/entities/1", "/", "/articles/1", "/api/stats"] * 8
    with httpx.Client(base_url=live_server.url) as http, ThreadPoolExecutor(12) as workers:
        statuses = list(workers.map(lambda path: http.get(path).status_code, paths))
    assert statuses == [200] * len(paths)
