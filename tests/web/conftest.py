"""Fixtures for the web tests: a store holding the samples and two hostile articles, the app over it,
and a real uvicorn server on loopback for the browser tests."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from rasd.ingest.sources import SourceOptions
from rasd.samples import articles_dir
from rasd.store import open_store
from rasd.web import create_app
from rasd.workflow import ingest

TOKEN = "s3cret-test-token"

# Articles written for these tests whose every field tries to run script; the pages must show them as text.
HOSTILE_RECORD = {
    "title": "بيان <script>window.__pwned='title';alert('title')</script> حول المياه",
    "text": (
        "قالت وزيرة المياه سلمى الراشد إن الخطة <img src=x onerror=\"window.__pwned='img';alert('img')\"> "
        "ستبدأ في الربيع المقبل في مدينة عمّان.\n\n"
        "وأضافت الراشد أن <script>window.__pwned='body';alert('body')</script> التمويل متوفر بالكامل "
        "لدى وزارة المالية."
    ),
    "url": "javascript:window.__pwned='url';alert('url')",
    "source": "صحيفة <b onmouseover=\"window.__pwned='outlet'\">المرصد</b>",
    "date": "2024-05-02",
}
# Quotations whose reported words carry markup: marked in the text and listed, they must stay text.
HOSTILE_QUOTES = {
    "title": "رئيس البلدية <script>window.__pwned='qtitle'</script> يعد بإصلاح الطرق",
    "text": (
        "وقال رئيس بلدية الزرقاء ماهر الشامي للصحفيين: \"سنصلح <script>window.__pwned='quote';alert('quote')</script> "
        "كل الطرق المتضررة قبل نهاية الشهر المقبل\".\n\n"
        "وأضاف الشامي: «العمل يبدأ <img src=x onerror=\"window.__pwned='quote-img';alert('quote-img')\"> "
        "من الأحياء الشرقية في المدينة».\n\n"
        "وقال مسؤول <i onmouseover=\"window.__pwned='speaker'\">رفيع</i> في البلدية إن الأعمال ستستمر طوال فصل الصيف."
    ),
    "source": "صحيفة المرصد",
    "date": "2024-05-03",
}
HOSTILE_PAGE = (
    "صحيفة المرصد <img src=x onerror=\"window.__pwned='header';alert('header')\">\n"
    "الرئيسية | أخبار | <a href=javascript:alert(1)>رياضة</a>\n"
    "الخميس 2 مايو 2024\n"
    "نقص المياه يدفع المزارعين إلى ترك حقولهم\n"
    "قال المزارع خليل النعيمي إن الآبار <svg onload=\"window.__pwned='svg';alert('svg')\"> جفت تماماً "
    "هذا العام في ريف محافظة الكرك.\n"
    "وأضاف النعيمي أن الحكومة وعدت بحفر آبار جديدة قبل موسم الصيف.\n"
    "جميع الحقوق محفوظة © 2024 <script>window.__pwned='footer';alert('footer')</script>\n"
)


# Articles written for the event views: one meeting told by two outlets (one event, two reports), a request
# and an accusation with named targets, and an accusation whose evidence sentence carries a payload.
EVENT_RECORDS = [
    {
        "title": "الصفدي يلتقي البوسعيدي في مسقط",
        "text": (
            "التقى وزير الخارجية الأردني أيمن الصفدي نظيره العُماني بدر البوسعيدي في مسقط أمس الأحد.\n\n"
            "وطالب وزير الخارجية الأردني أيمن الصفدي الأمم المتحدة بالتدخل لوقف الاستيطان.\n\n"
            "واتهم وزير الزراعة الأردني رائد أبو السعود إسرائيل بإتلاف المحاصيل في وادي الأردن."
        ),
        "source": "وكالة السنبلة",
        "date": "2024-06-10",
    },
    {
        "title": "لقاء أردني عُماني في مسقط",
        "text": (
            "التقى وزير الخارجية الأردني أيمن الصفدي نظيره العُماني بدر البوسعيدي في مسقط أمس الأحد "
            "لبحث العلاقات الثنائية.\n\nوقال الصفدي إن اللقاء كان مثمراً."
        ),
        "source": "صحيفة الميناء",
        "date": "2024-06-10",
    },
    {
        "title": "اتهام <script>window.__pwned='event title';alert('event title')</script> في وادي الأردن",
        "text": (
            "اتهم وزير الزراعة الأردني رائد أبو السعود إسرائيل بإتلاف المحاصيل <img src=x onerror=\"window.__pwned='evidence';"
            "alert('evidence')\"> يوم الإثنين."
        ),
        "source": "صحيفة الميناء",
        "date": "2024-06-11",
    },
    {
        "title": "دعوة إلى احترام الحقوق",
        "text": "ودعت الدول العشر حركة طالبان إلى احترام حقوق النساء في التعليم والعمل.",
        "source": "صحيفة الميناء",
        "date": "2024-06-12",
    },
]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    """A store file with the bundled samples and the hostile articles ingested (entities included)."""
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / "record.jsonl").write_text(json.dumps(HOSTILE_RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    (hostile / "quotes.jsonl").write_text(json.dumps(HOSTILE_QUOTES, ensure_ascii=False) + "\n", encoding="utf-8")
    (hostile / "page.txt").write_text(HOSTILE_PAGE, encoding="utf-8")
    events = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in EVENT_RECORDS)
    (hostile / "events.jsonl").write_text(events, encoding="utf-8")
    path = folder / "web.db"
    with open_store(path) as store:
        report = ingest(store, [str(articles_dir()), str(hostile)], SourceOptions())
    assert not report.failures, report.failures
    return path


@pytest.fixture(scope="session")
def app(web_db):
    return create_app(str(web_db))


@pytest.fixture(scope="session")
def client(app) -> Iterator[TestClient]:
    with TestClient(app) as opened:
        yield opened


@pytest.fixture(scope="session")
def token() -> str:
    return TOKEN


@pytest.fixture(scope="session")
def article_id(client):
    """The id of the article whose title holds a given piece of text."""

    def find(needle: str) -> int:
        items = client.get("/api/articles", params={"limit": 100}).json()["items"]
        return next(item["id"] for item in items if item["title"] and needle in item["title"])

    return find


class LiveServer:
    """uvicorn serving an app on a free loopback port, in a thread of the test process."""

    def __init__(self, app) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        for _ in range(500):
            if self.server.started:
                return self
            self.thread.join(0.01)
        raise RuntimeError("the test server did not start")

    def __exit__(self, *exc_info: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.socket.close()


@pytest.fixture(scope="session")
def live_server(web_db) -> Iterator[LiveServer]:
    with LiveServer(create_app(str(web_db))) as server:
        yield server


@pytest.fixture(scope="session")
def live_server_with_token(web_db) -> Iterator[LiveServer]:
    with LiveServer(create_app(str(web_db), token=TOKEN)) as server:
        yield server
