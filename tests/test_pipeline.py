"""The per-article function on inputs of every kind, good and bad."""

import json
import pickle

import pytest

from rasd.errors import InputError
from rasd.ingest.document import HTML, RECORD, TEXT, RawDocument
from rasd.pipeline import process

PARAGRAPHS = [
    "اجتمع مجلس إدارة الميناء صباح الأربعاء لمناقشة خطة توسعة الأرصفة الجديدة في الجهة الشمالية.",
    "وقال رئيس المجلس إن أعمال التوسعة ستبدأ مطلع العام المقبل وتستمر نحو ثلاث سنوات بكلفة كبيرة.",
    "وأضاف أن المشروع سيوفر مئات فرص العمل لأبناء المدينة ويرفع قدرة الميناء على استقبال السفن.",
]
PAGE = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>توسعة الميناء | جريدة الساحل</title><meta property="og:site_name" content="جريدة الساحل">
<meta property="article:published_time" content="2024-05-08T09:00:00+03:00"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/a">اقتصاد</a> <a href="/s">رياضة</a></nav>
<article><h1>مجلس الميناء يقر خطة توسعة الأرصفة</h1>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article>
<footer>جميع الحقوق محفوظة لجريدة الساحل 2024</footer></body></html>"""


def test_html_page():
    article = process(RawDocument("page.html", PAGE.encode("utf-8"), HTML))
    assert article.text == "\n".join(PARAGRAPHS)
    assert article.title == "مجلس الميناء يقر خطة توسعة الأرصفة"
    assert article.published == "2024-05-08"
    assert article.outlet == "جريدة الساحل"
    assert "الرئيسية" not in article.text and "محفوظة" not in article.text
    assert len(article.offsets.segments) == 3


def test_truncated_html_still_gives_what_it_holds():
    cut = PAGE[: PAGE.index(PARAGRAPHS[2]) + 20]
    article = process(RawDocument("cut.html", cut.encode("utf-8"), HTML))
    assert article.text.startswith(PARAGRAPHS[0])


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>",
        "<html><head><title>x</title></head><body></body></html>",
        "<ht",
    ],
)
def test_html_without_an_article_fails_clearly(page):
    with pytest.raises(InputError, match="no article text|empty"):
        process(RawDocument("empty.html", page.encode("utf-8"), HTML))


def test_json_record_fields():
    record = {
        "headline": "عنوان",
        "content": "\n".join(PARAGRAPHS),
        "link": "https://example.test/port",
        "published_at": "2024-05-08T09:00:00Z",
        "publisher": "جريدة الساحل",
        "authors": ["سعاد", "مروان"],
    }
    raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
    article = process(RawDocument("feed.jsonl#1", raw, RECORD, url="https://example.test/port"))
    assert (article.title, article.published, article.outlet, article.author, article.url) == (
        "عنوان", "2024-05-08", "جريدة الساحل", "سعاد, مروان", "https://example.test/port",
    )
    assert article.text == "\n".join(PARAGRAPHS)
    assert len(article.offsets.segments) == 3


def test_json_record_holding_html_is_cleaned_as_html():
    raw = json.dumps({"title": "ت", "html": PAGE}, ensure_ascii=False).encode("utf-8")
    article = process(RawDocument("feed.jsonl#2", raw, RECORD))
    assert article.text == "\n".join(PARAGRAPHS)
    assert article.title == "ت"


def test_json_record_without_text_fails_clearly():
    raw = json.dumps({"title": "عنوان فقط"}, ensure_ascii=False).encode("utf-8")
    with pytest.raises(InputError, match="no article text"):
        process(RawDocument("feed.jsonl#3", raw, RECORD))


def test_outlet_given_by_the_user_wins():
    raw = "\n".join(PARAGRAPHS).encode("utf-8")
    article = process(RawDocument("a.txt", raw, TEXT, outlet="إذاعة المدينة"))
    assert article.outlet == "إذاعة المدينة"


def test_inputs_and_outputs_are_picklable():
    document = RawDocument("page.html", PAGE.encode("utf-8"), HTML)
    article = process(pickle.loads(pickle.dumps(document)))
    assert pickle.loads(pickle.dumps(article)).text == article.text


def test_non_arabic_text_is_kept_and_labelled():
    text = "The port board met on Wednesday to discuss the plan to expand the northern quays, officials said."
    article = process(RawDocument("en.txt", text.encode("utf-8"), TEXT))
    assert article.text == text
    assert article.language == "und"
