"""Stories: the pure link test, grouping at store time, order independence, reprocessing, B-cubed."""

from __future__ import annotations

import random

import pytest

from rasd.clean.article import Article, OffsetMap, Segment
from rasd.eval.stories import bcubed
from rasd.ingest.document import TEXT, RawDocument
from rasd.nlp.ner import Mention
from rasd.store import open_store
from rasd.stories.features import WINDOW_DAYS, day_number, jaccard, lead_words, linked, word_hashes

# Fictional reports: a dam opening told by three outlets over two days (one runs the agency's text), its
# follow-up, a football match, and a report on the same dam a month later (outside the window).
DAM = (
    "افتتح وزير الموارد المائية سامر الحلواني سد وادي النخيل في محافظة الساحل بحضور محافظ الساحل نبيل القاسمي، "
    "ويخزن السد أربعين مليون متر مكعب من مياه الأمطار لري المزارع المحيطة وتغذية الآبار الجوفية في المنطقة. "
    "وقال الحلواني إن تشغيل السد يبدأ مع موسم الأمطار المقبل وإن الوزارة تدرس إنشاء سدين آخرين في الوادي."
)
DAM_COPY = "الساحل - وكالة الأنباء: " + DAM.replace("افتتح", "دشن")
DAM_OWN = (
    "دشن وزير الموارد المائية سامر الحلواني أمس سد وادي النخيل في الساحل، في مشروع ينتظره المزارعون منذ سنوات. "
    "وأوضح محافظ الساحل نبيل القاسمي أن السد سيحمي القرى من السيول ويوفر مياه الري لمزارع النخيل في الوادي."
)
DAM_NEXT = (
    "بدأ المزارعون في وادي النخيل بالساحل التسجيل للحصول على حصص مياه الري من السد الذي افتتحه الوزير سامر الحلواني، "
    "وقال محافظ الساحل نبيل القاسمي إن توزيع حصص المياه على المزارع يبدأ الشهر المقبل وفق جدول معلن."
)
FOOTBALL = (
    "فاز نادي الجبل على نادي الساحل بهدفين مقابل هدف في مباراة مثيرة على ملعب المدينة الرياضية، "
    "وسجل المهاجم رامي العطار هدف الفوز في الدقيقة الأخيرة وسط احتفال الجماهير بالصدارة."
)
LATER = (
    "تفقد وزير الموارد المائية سامر الحلواني سد وادي النخيل في الساحل بعد شهر من افتتاحه، برفقة محافظ الساحل "
    "نبيل القاسمي، واطلع على منسوب المياه في بحيرة السد وعلى خطة صيانة قنوات الري المتجهة إلى المزارع."
)

NAMES = {
    DAM: [("سامر الحلواني", "PER"), ("نبيل القاسمي", "PER"), ("الساحل", "LOC"), ("وادي النخيل", "LOC")],
    FOOTBALL: [("نادي الجبل", "ORG"), ("نادي الساحل", "ORG"), ("رامي العطار", "PER")],
}
ARTICLES = [
    ("وكالة الأنباء", "2026-03-02", "افتتاح سد وادي النخيل", DAM, NAMES[DAM]),
    ("صحيفة الساحل", "2026-03-02", "تدشين سد وادي النخيل", DAM_COPY, NAMES[DAM]),
    ("صحيفة الوادي", "2026-03-03", "الحلواني يدشن سد النخيل", DAM_OWN, NAMES[DAM]),
    ("صحيفة الوادي", "2026-03-05", "حصص مياه الري من سد النخيل", DAM_NEXT, NAMES[DAM]),
    ("صحيفة الساحل", "2026-03-03", "الجبل يهزم الساحل", FOOTBALL, NAMES[FOOTBALL]),
    ("وكالة الأنباء", "2026-04-10", "الحلواني يزور سد وادي النخيل", LATER, NAMES[DAM]),
]


def _save(store, outlet, published, title, text, names):
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, n, kind) for n, kind in names if n in text]
    document = RawDocument(f"{outlet}-{published}-{title}.txt", text.encode("utf-8"), TEXT, outlet=outlet)
    article = Article(
        text=text, title=title, outlet=outlet, published=published, language="ar", cleaner="test",
        offsets=OffsetMap([Segment(0, 0, len(text))]), mentions=mentions,
    )
    return store.save(document, article).article_id


def _partition(store, ids):
    """The stories as sets of article indexes, whatever ids the order of arrival gave them."""
    story_of = store.story_of(list(ids.values()))
    groups = {}
    for index, article_id in ids.items():
        groups.setdefault(story_of[article_id], set()).add(index)
    return sorted(sorted(group) for group in groups.values())


def test_lead_words_fold_spelling_and_drop_function_words():
    assert lead_words("إفتتاح السد", "في الوزارة") == lead_words("افتتاح السد", "وفي والوزاره")
    assert "في" not in lead_words(None, "في المدينة")
    assert day_number("2026-03-02T10:00:00+03:00") == day_number("2026-03-02")
    assert day_number("not a date") is None and day_number(None) is None


def test_link_test_needs_names_and_similar_leads():
    dam, own, football = (word_hashes(lead_words(None, text)) for text in (DAM, DAM_OWN, FOOTBALL))
    assert linked(4, jaccard(dam, own))
    assert not linked(4, jaccard(dam, football))
    assert not linked(0, 1.0)


def test_reports_of_one_happening_form_one_story(store):
    ids = {index: _save(store, *row) for index, row in enumerate(ARTICLES)}
    assert _partition(store, ids) == [[0, 1, 2, 3], [4], [5]]
    dam = store.story(min(ids[i] for i in range(4)))
    assert dam.articles == 4 and dam.first_seen == "2026-03-02" and dam.last_seen == "2026-03-05"
    assert dam.outlets == ["صحيفة الساحل", "صحيفة الوادي", "وكالة الأنباء"]
    # The copy of the agency's text does not make its outlet independent.
    assert dam.independent_outlets == 2
    assert dam.label in {row[2] for row in ARTICLES[:4]}
    assert [story.id for story in store.stories()] == [dam.id]
    assert store.stories(since="2026-03-06") == []


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_stories_do_not_depend_on_arrival_order(seed):
    order = list(range(len(ARTICLES)))
    random.Random(seed).shuffle(order)
    with open_store(":memory:") as store:
        ids = {index: _save(store, *ARTICLES[index]) for index in order}
        assert _partition(store, ids) == [[0, 1, 2, 3], [4], [5]]
        for story_id in set(store.story_of(list(ids.values())).values()):
            assert story_id == min(a for a, s in store.story_of(list(ids.values())).items() if s == story_id)


def test_a_report_outside_the_window_starts_its_own_story(store):
    first = _save(store, *ARTICLES[2])
    later = _save(store, "صحيفة الوادي", "2026-03-%02d" % (3 + WINDOW_DAYS + 1), "الحلواني يزور سد النخيل", LATER,
                  NAMES[DAM])
    assert store.story_of([first, later]) == {first: first, later: later}
    # A report between them, within the window of both, chains them into one story.
    close = _save(store, "صحيفة الوادي", "2026-03-%02d" % (3 + WINDOW_DAYS), "الحلواني يزور سد النخيل", LATER + " ",
                  NAMES[DAM])
    assert store.story_of([first, later, close]) == {first: first, later: first, close: first}


def test_rebuilding_gives_the_same_stories(store):
    ids = {index: _save(store, *row) for index, row in enumerate(ARTICLES)}
    before = _partition(store, ids)
    assert store.rebuild_stories() == len(ARTICLES)
    assert _partition(store, ids) == before


def test_reprocessing_an_article_splits_the_story_it_held_together(store):
    # Reprocessed into an unrelated text, the follow-up leaves the story; the rest stays together.
    ids = {index: _save(store, *row) for index, row in enumerate(ARTICLES[:4])}
    document_id = store._db.execute("SELECT document_id FROM articles WHERE id = ?", (ids[3],)).fetchone()[0]
    replacement = Article(
        text=FOOTBALL, title="مباراة", outlet="صحيفة الوادي", published="2026-03-05", language="ar", cleaner="test",
        offsets=OffsetMap([Segment(0, 0, len(FOOTBALL))]),
        mentions=[Mention(FOOTBALL.index(n), FOOTBALL.index(n) + len(n), n, n, k) for n, k in NAMES[FOOTBALL]],
    )
    store.replace_article(document_id, replacement)
    assert _partition(store, ids) == [[0, 1, 2], [3]]
    assert store.story(ids[0]).articles == 3 and store.story(ids[3]).articles == 1


def test_bcubed_on_a_hand_worked_example():
    gold = {1: "a", 2: "a", 3: "b"}
    assert bcubed(gold, {1: 1, 2: 1, 3: 3}) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    scores = bcubed(gold, {1: 1, 2: 1, 3: 1})
    # Each item's found cluster holds 3; a's items share 2 of them, b's 1: precision (2/3 + 2/3 + 1/3) / 3.
    assert scores["precision"] == pytest.approx(5 / 9) and scores["recall"] == 1.0
