"""Stories and trends on the web: the API answers, the stories pages, the trends on the home page."""

from __future__ import annotations

import html


def test_api_lists_stories_and_one_story(client):
    page = client.get("/api/stories").json()
    assert page["items"], "the samples' conference reports form a story"
    first = page["items"][0]
    assert first["articles"] >= 3 and len(first["outlets"]) >= 2 and "members" not in first
    detail = client.get(f"/api/stories/{first['id']}").json()
    assert len(detail["members"]) == detail["articles"]
    assert detail["label"] in {member["title"] for member in detail["members"]}
    assert client.get("/api/stories/999999").status_code == 404
    assert client.get("/api/stories", params={"since": "yesterday"}).status_code == 400
    assert client.get("/api/stories", params={"since": "2030-01-01"}).json()["items"] == []
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/stories", "/api/stories/{story_id}", "/api/trends"} <= set(paths)


def test_api_trends_show_their_numbers(client):
    found = client.get("/api/trends", params={"window": "7d", "baseline": 2, "min_count": 1}).json()
    assert found["window"] == "7d" and found["at"]
    for trend in found["entities"] + found["stories"]:
        assert trend["count"] >= 1 and len(trend["baseline"]) == 2 and "score" in trend
    assert client.get("/api/trends", params={"window": "soon"}).status_code == 400


def test_stories_page_shows_outlets_and_articles(client):
    first = client.get("/api/stories").json()["items"][0]
    detail = client.get(f"/api/stories/{first['id']}").json()
    page = client.get("/stories")
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert f'id="story-{first["id"]}"' in text and first["label"] in text
    for outlet in first["outlets"]:
        assert outlet in text
    for member in detail["members"][:8]:
        assert f'href="/articles/{member["id"]}"' in text
    one = client.get(f"/stories/{first['id']}")
    assert one.status_code == 200 and all(f'/articles/{m["id"]}"' in one.text for m in detail["members"])
    assert client.get("/stories/999999").status_code == 404
    bad = client.get("/stories", params={"since": "soon"})
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text
    assert 'href="/stories"' in client.get("/").text


def test_home_page_shows_what_is_rising(client):
    home = client.get("/")
    assert home.status_code == 200 and 'class="trends"' in home.text and "ما يتصاعد" in home.text
