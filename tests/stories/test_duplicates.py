"""Near-duplicates: shingles of folded text, signatures, groups in the store, collapsed listings."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from rasd.clean.article import Article, OffsetMap, Segment
from rasd.cli import app
from rasd.ingest.document import TEXT, RawDocument
from rasd.nlp.ner import Mention
from rasd.store import open_store
from rasd.stories.minhash import NAME_CHECK_BELOW, THRESHOLD, shingles, signature, similarity

# A fictional agency report, two outlets' light edits of it, and an unrelated report.
WIRE = (
    "أعلنت وزارة المياه في مدينة الواحة اليوم عن بدء تشغيل محطة جديدة لتحلية مياه البحر بطاقة مئة ألف متر مكعب يوميا. "
    "وقال وزير المياه خالد الزهراني في مؤتمر صحفي إن المحطة ستغطي حاجة ثلاثة أحياء سكنية "
    "وتخفف الضغط على الآبار الجوفية. "
    "وأضاف أن الوزارة تعمل على ربط المحطة بشبكة الأنابيب الرئيسية قبل نهاية العام، وأن تكلفة المشروع بلغت مليار ريال. "
    "وأشار إلى أن المرحلة الثانية من المشروع ستبدأ في الربيع المقبل وتشمل إنشاء خزانات استراتيجية في الضواحي الشرقية."
)
EDIT_ONE = "الواحة - واس: " + WIRE.replace("اليوم", "صباح اليوم").replace("مليار ريال", "مليار ريال تقريبا")
EDIT_TWO = WIRE.replace("أعلنت", "اعلنت").replace("وأضاف أن", "واضاف ان") + " ويأتي ذلك ضمن خطة تطوير المرافق."
OTHER = (
    "فاز نادي الساحل ببطولة كرة الطائرة للشباب بعد مباراة مثيرة أمام نادي الجبل انتهت بثلاثة أشواط مقابل شوطين. "
    "وقال مدرب الفريق إن اللاعبين قدموا أداء رائعا رغم الإصابات التي تعرض لها الفريق خلال الموسم الطويل. "
    "وتسلم قائد الفريق الكأس من رئيس الاتحاد وسط احتفال الجماهير التي ملأت مدرجات الصالة المغطاة حتى آخر لحظة."
)


def _save(store, text, outlet, title="تشغيل محطة تحلية جديدة"):
    document = RawDocument(f"{outlet}-{hash(text)}.txt", text.encode("utf-8"), TEXT, outlet=outlet)
    article = Article(
        text=text,
        title=title,
        outlet=outlet,
        published="2026-03-02",
        language="ar",
        cleaner="test",
        offsets=OffsetMap([Segment(0, 0, len(text))]),
    )
    return store.save(document, article).article_id


def test_shingles_fold_spelling_variants():
    assert shingles("أعلنت الوزارة المبادرة") == shingles("اعلنت الوزاره المبادرة")
    assert shingles("كلمتان فقط") == {"كلمتان فقط".encode()}


def test_edited_copies_are_similar_and_other_reports_are_not():
    wire, one, two, other = (signature(text) for text in (WIRE, EDIT_ONE, EDIT_TWO, OTHER))
    assert similarity(wire, one) >= THRESHOLD and similarity(wire, two) >= THRESHOLD
    assert similarity(wire, other) < 0.1
    assert signature("خبر قصير جدا") is None  # too few words to tell copy from coincidence


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 1, 0), (2, 3, 0, 1)])
def test_groups_do_not_depend_on_arrival_order(order):
    texts = [(WIRE, "وكالة الأنباء"), (EDIT_ONE, "صحيفة الواحة"), (OTHER, "صحيفة الساحل"), (EDIT_TWO, "صحيفة الجبل")]
    with open_store(":memory:") as store:
        ids = {order_index: _save(store, *texts[order_index]) for order_index in order}
        groups = store.duplicate_groups(ids.values())
        copies = {groups[ids[i]].group_id for i in (0, 1, 3)}
        assert len(copies) == 1 and copies == {min(ids[i] for i in (0, 1, 3))}
        assert groups[ids[0]].articles == 3 and groups[ids[0]].outlets == 3
        assert groups[ids[2]].group_id == ids[2] and groups[ids[2]].articles == 1
        (listed,) = store.duplicate_group_list()
        assert (listed.articles, listed.outlets) == (3, 3)


def test_replacing_an_article_keeps_one_signature_row(store):
    article_id = _save(store, WIRE, "وكالة الأنباء")
    _save(store, EDIT_ONE, "صحيفة الواحة")
    document_id = store.article(article_id).document_id
    article = Article(
        text=WIRE, title="t", language="ar", cleaner="test", offsets=OffsetMap([Segment(0, 0, len(WIRE))])
    )
    store.replace_article(document_id, article)
    assert store._db.execute("SELECT COUNT(*) FROM near_duplicates").fetchone()[0] == 2
    assert store._db.execute("SELECT COUNT(*) FROM minhash_bands WHERE article_id = ?", (article_id,)).fetchone()[0] > 0
    assert store.duplicate_groups([article_id])[article_id].articles == 2


def test_search_and_export_collapse_copies_to_one_line(db_path):
    with open_store(db_path) as store:
        for text, outlet in ((WIRE, "وكالة الأنباء"), (EDIT_ONE, "صحيفة الواحة"), (EDIT_TWO, "صحيفة الجبل")):
            _save(store, text, outlet)
        _save(store, OTHER, "صحيفة الساحل", title="الساحل بطلا")
    runner = CliRunner()
    plain = json.loads(runner.invoke(app, ["search", "محطة", "--db", str(db_path), "--json"]).output)
    assert len(plain) == 3
    collapsed = json.loads(runner.invoke(app, ["search", "محطة", "--db", str(db_path), "--json", "--collapse"]).output)
    assert len(collapsed) == 1 and collapsed[0]["group_outlets"] == 3 and collapsed[0]["group_articles"] == 3
    text = runner.invoke(app, ["search", "محطة", "--db", str(db_path), "--collapse"]).output
    assert "ran by 3 outlets (3 articles)" in text
    exported = runner.invoke(app, ["export", "articles", "--db", str(db_path), "--format", "csv", "--collapse"]).output
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert sorted((row["group_articles"], row["group_outlets"]) for row in rows) == [("1", "1"), ("3", "3")]
    listing = runner.invoke(app, ["duplicates", "--db", str(db_path), "--json"]).output
    (group,) = json.loads(listing)
    members = json.loads(
        runner.invoke(app, ["duplicates", "--db", str(db_path), "--group", str(group["group_id"]), "--json"]).output
    )
    assert {member["outlet"] for member in members} == {"وكالة الأنباء", "صحيفة الواحة", "صحيفة الجبل"}


def test_articles_stored_before_duplicates_existed_are_grouped_on_demand(store):
    first = _save(store, WIRE, "وكالة الأنباء")
    second = _save(store, EDIT_ONE, "صحيفة الواحة")
    store._db.execute("DELETE FROM near_duplicates")
    store._db.execute("DELETE FROM minhash_bands")
    assert store.index_near_duplicates() == 2
    assert store.duplicate_groups([second])[second].group_id == first


def test_a_reprocessed_article_that_no_longer_matches_leaves_its_group(store):
    first = _save(store, WIRE, "وكالة الأنباء")
    second = _save(store, EDIT_ONE, "صحيفة الواحة")
    third = _save(store, EDIT_TWO, "صحيفة الجبل")
    article = Article(
        text=OTHER, title="t", language="ar", cleaner="test", offsets=OffsetMap([Segment(0, 0, len(OTHER))])
    )
    store.replace_article(store.article(first).document_id, article)
    groups = store.duplicate_groups([first, second, third])
    assert groups[first].group_id == first and groups[first].articles == 1
    assert groups[second].group_id == groups[third].group_id == second and groups[second].articles == 2


# A fictional congratulation cable: one template, sent to two different heads of state.
CABLE = (
    "بعث رئيس مجلس الاتحاد برقية تهنئة إلى {leader} رئيس {country} بمناسبة ذكرى استقلال بلاده. "
    "وأعرب رئيس المجلس في البرقية عن أصدق التهاني وأطيب التمنيات لفخامة {leader} ولحكومة وشعب {country} "
    "الصديق اطراد التقدم والازدهار، متمنيا للعلاقات بين البلدين مزيدا من التعاون في المجالات كافة."
)


def _mentioned(text: str, *names: tuple[str, str]) -> list[Mention]:
    return [Mention(text.index(name), text.index(name) + len(name), name, name, kind) for name, kind in names]


def _save_cable(store, leader: str, country: str, outlet: str) -> int:
    text = f"{outlet}: " + CABLE.format(leader=leader, country=country)
    mentions = _mentioned(text, ("رئيس مجلس الاتحاد", "ORG"), (leader, "PER"), (country, "LOC"))
    document = RawDocument(f"{outlet}-{leader}.txt", text.encode("utf-8"), TEXT, outlet=outlet)
    article = Article(
        text=text,
        title="برقية تهنئة",
        outlet=outlet,
        language="ar",
        cleaner="test",
        mentions=mentions,
        offsets=OffsetMap([Segment(0, 0, len(text))]),
    )
    return store.save(document, article).article_id


def test_templated_announcements_about_different_people_are_not_one_text(store):
    first = _save_cable(store, "سامر الهادي", "جمهورية الجزر الخضراء", "صحيفة الواحة")
    second = _save_cable(store, "مروان العدلي", "مملكة الوادي البعيد", "صحيفة الساحل")
    again = _save_cable(store, "سامر الهادي", "جمهورية الجزر الخضراء", "صحيفة الجبل")
    a, b = (
        signature(CABLE.format(leader=leader, country=country))
        for leader, country in (("سامر الهادي", "جمهورية الجزر الخضراء"), ("مروان العدلي", "مملكة الوادي البعيد"))
    )
    assert THRESHOLD <= similarity(a, b) < NAME_CHECK_BELOW  # the template alone would make them one text
    groups = store.duplicate_groups([first, second, again])
    assert groups[first].group_id == groups[again].group_id == first and groups[first].articles == 2
    assert groups[second].group_id == second and groups[second].articles == 1
