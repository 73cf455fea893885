"""Line-level cleaning of plain-text page dumps, on a page written for this test."""

from rasd.clean.text import clean_text_lines
from rasd.ingest.document import TEXT, RawDocument
from rasd.pipeline import process

PAGE = """Sorry, you need to enable JavaScript to visit this website.
الرئيسية | أخبار | اقتصاد | رياضة
مجلس الوزراء يقر خطة وطنية لترشيد استهلاك المياه
مجلس الوزراء يقر خطة وطنية لترشيد استهلاك المياه

الأحد 14 أبريل (نيسان) 2024

أقر مجلس الوزراء في جلسته الأسبوعية أمس خطة وطنية لترشيد استهلاك المياه في المدن الكبرى.
وقال المتحدث باسم الحكومة إن الخطة "تبدأ بالمؤسسات العامة قبل المنازل" وتمتد خمس سنوات.
اقرأ أيضاً: ارتفاع أسعار الخضار في الأسواق المحلية
أهداف الخطة
وتهدف الخطة إلى خفض الفاقد في شبكات التوزيع بنسبة الثلث، وفق ما جاء في بيان رسمي صدر عقب الجلسة.
مجلس الوزراء يقر خطة وطنية لترشيد استهلاك المياه

المصدر: صحيفة الغدير
أضف تعليقك
الاسم *
البريد الإلكتروني *
12:30 الأحد 14 أبريل 2024
افتتاح معرض للكتاب في وسط المدينة
جميع الحقوق محفوظة © 2024 صحيفة الغدير
"""


def test_keeps_the_article_and_drops_the_page():
    cleaning = clean_text_lines(PAGE)
    assert cleaning.builder.text.split("\n") == [
        "أقر مجلس الوزراء في جلسته الأسبوعية أمس خطة وطنية لترشيد استهلاك المياه في المدن الكبرى.",
        'وقال المتحدث باسم الحكومة إن الخطة "تبدأ بالمؤسسات العامة قبل المنازل" وتمتد خمس سنوات.',
        "أهداف الخطة",
        "وتهدف الخطة إلى خفض الفاقد في شبكات التوزيع بنسبة الثلث، وفق ما جاء في بيان رسمي صدر عقب الجلسة.",
    ]


def test_every_dropped_line_has_a_reason():
    cleaning = clean_text_lines(PAGE)
    reasons = {PAGE[r.raw_start : r.raw_end]: r.reason for r in cleaning.removed}
    assert reasons["Sorry, you need to enable JavaScript to visit this website."] == "page header"
    assert reasons["اقرأ أيضاً: ارتفاع أسعار الخضار في الأسواق المحلية"] == "link to another story"
    assert reasons["المصدر: صحيفة الغدير"] == "after the end of the article"
    assert reasons["جميع الحقوق محفوظة © 2024 صحيفة الغدير"] == "after the end of the article"
    kept = sum(1 for line in cleaning.lines if line.text) - len(cleaning.removed)
    assert kept == 4


def test_offsets_point_back_into_the_raw_text():
    cleaning = clean_text_lines(PAGE)
    text = cleaning.builder.text
    for segment in cleaning.builder.offsets.segments:
        piece = text[segment.clean_start : segment.clean_start + segment.length]
        assert PAGE[segment.raw_start : segment.raw_start + segment.length] == piece
    offsets = cleaning.builder.offsets
    word = "المتحدث"
    start = text.index(word)
    raw_start, raw_end = offsets.to_raw_span(start, start + len(word))
    assert PAGE[raw_start:raw_end] == word


def test_metadata_from_the_page():
    article = process(RawDocument("page.txt", PAGE.encode("utf-8"), TEXT))
    assert article.title == "مجلس الوزراء يقر خطة وطنية لترشيد استهلاك المياه"
    assert article.published == "2024-04-14"
    assert article.outlet == "صحيفة الغدير"
    assert article.language == "ar"


def test_windows_line_endings_and_short_texts():
    page = "خبر قصير جدا عن المطر\r\n\r\nهطلت أمطار غزيرة على العاصمة صباح اليوم وأغلقت عدة طرق رئيسية أمام السيارات.\r\n"
    article = process(RawDocument("short.txt", page.encode("utf-8"), TEXT))
    assert article.text == "هطلت أمطار غزيرة على العاصمة صباح اليوم وأغلقت عدة طرق رئيسية أمام السيارات."
    assert article.title == "خبر قصير جدا عن المطر"


def test_a_page_without_running_text_keeps_its_lines():
    page = "المطر يعود إلى العاصمة\nتوقعات بطقس بارد غداً\n"
    article = process(RawDocument("brief.txt", page.encode("utf-8"), TEXT))
    assert article.text == "المطر يعود إلى العاصمة\nتوقعات بطقس بارد غداً"
