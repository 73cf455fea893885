"""The Wikidata knowledge base: reading dumps, and what importing one changes in linking and roles."""

import json
import random

import pytest
from typer.testing import CliRunner
from wikidata_dump import PRESIDENT, SECRETARY, write_dump

from rasd.clean.article import Article
from rasd.cli import app
from rasd.entities.offices import country_of_adjective, nisba, office_role_keys, with_adjectives
from rasd.entities.roles import role_key
from rasd.entities.wikidata import ReadReport, read_dump
from rasd.errors import InputError
from rasd.ingest.document import TEXT, RawDocument
from rasd.nlp.ner import Mention, Title
from rasd.store import open_store
from rasd.workflow import import_wikidata


@pytest.mark.parametrize("name", ["dump.json", "dump.json.gz", "dump.json.bz2", "lines.json"])
def test_dumps_are_read_plain_or_compressed_as_arrays_or_lines(tmp_path, name):
    path = tmp_path / name
    write_dump(path, array=not name.startswith("lines"))
    report = ReadReport()
    items = {item.qid: item for item in read_dump(path, report)}
    assert report.unreadable == 0
    assert items["Q473239"].kind == "PER" and items["Q473239"].aliases == ["بومبيو", "مايكل بومبيو"]
    assert items["Q7184"].kind == "ORG" and items["Q1860"].kind == "LOC"
    assert items["Q3826"].kind == "LOC"  # no known class, but coordinates
    assert items[SECRETARY].kind == "OFFICE" and items[SECRETARY].label == "وزير خارجية الولايات المتحدة"
    assert "Q999001" not in items  # no Arabic name
    assert "Q4000" not in items  # neither person, organisation, place nor office
    assert PRESIDENT not in items  # its class is unknown: only the second pass, by id, finds it
    office = items["Q473239"].offices[0]
    assert (office.office, office.start, office.end) == (SECRETARY, "2018-04-26", "2021-01-20")
    assert items["Q123301"].offices[0].end is None
    # A term known to the year runs from its first day to the last day of its end year.
    year = items["Q999002"].offices[0]
    assert (year.start, year.end) == ("2010-01-01", "2012-12-31")
    assert items["Q22686"].sitelinks == 250


def test_bad_lines_are_counted_and_a_file_that_is_not_a_dump_is_refused(tmp_path):
    path = tmp_path / "dump.json"
    write_dump(path)
    path.write_text(path.read_text(encoding="utf-8").replace("[\n", "[\n{not json,\n", 1), encoding="utf-8")
    report = ReadReport()
    assert len(list(read_dump(path, report))) > 5
    assert report.unreadable == 1
    other = tmp_path / "notes.json"
    other.write_text("hello\nworld\n", encoding="utf-8")
    with pytest.raises(InputError, match="Wikidata"):
        list(read_dump(other))
    with pytest.raises(InputError, match="no such dump"):
        list(read_dump(tmp_path / "missing.json.gz"))


def test_a_countrys_adjective_gives_back_its_name_as_the_news_writes_it():
    countries = country_of_adjective()
    assert countries["الاسرائيلي"] == "إسرائيل" and countries["التركي"] == "تركيا"
    assert countries["الامريكي"] == countries["الاميركي"] == "الولايات المتحدة"
    assert countries["السعودي"] == "السعودية"


def test_office_labels_meet_news_titles():
    assert nisba("روسيا") == "الروسي" and nisba("مصر") == "المصري" and nisba("السعودية") == "السعودي"
    assert with_adjectives("وزير خارجية الولايات المتحدة") == "وزير خارجية الأميركي"
    assert role_key("وزير الخارجية الأمريكي") in office_role_keys("وزير خارجية الولايات المتحدة")
    assert role_key("رئيس الوزراء البريطاني") in office_role_keys("رئيس وزراء المملكة المتحدة")
    assert role_key("الرئيس الروسي") in office_role_keys("رئيس روسيا")


def _article(text: str, published: str, people=(), titles=()) -> tuple[RawDocument, Article]:
    """An article whose mentions and titles are given (names as written), so linking is tested alone."""
    mentions = []
    for name in people:
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name, name, "PER"))
    found_titles = []
    for title, person in titles:
        start = text.index(title)
        person_start = text.index(person, start) if person else None
        found_titles.append(Title(start, start + len(title), title, person_start))
    article = Article(text=text, published=published, language="ar", mentions=mentions, titles=found_titles)
    return RawDocument(f"{published}-{text[:12]}.txt", text.encode("utf-8"), TEXT), article


CORPUS = [
    _article("وصل محمود عباس إلى القاهرة صباحاً.", "2020-02-01", ["محمود عباس"]),
    _article("قال أبو مازن إن الوقت ينفد.", "2020-02-03", ["أبو مازن"]),
    _article("التقى دونالد ترامب ضيوفه، وحضرت إيفانكا ترامب اللقاء.", "2019-04-01", ["دونالد ترامب", "إيفانكا ترامب"]),
    _article("أعلن ترامب قراراً جديداً.", "2019-04-02", ["ترامب"]),
    _article("قال وزير الخارجية الأميركي مايك بومبيو إن المحادثات مستمرة.", "2020-12-01", ["مايك بومبيو"],
             [("وزير الخارجية الأميركي", "مايك بومبيو")]),
    _article("وصل وزير الخارجية الأميركي إلى المنطقة في جولة قصيرة.", "2021-03-01", [],
             [("وزير الخارجية الأميركي", None)]),
    _article("شارك أنتوني بلينكن في الاجتماع عبر الفيديو.", "2021-05-01", ["أنتوني بلينكن"]),
    _article("قال الرئيس الأميركي إن القرار نهائي.", "2019-05-01", [], [("الرئيس الأميركي", None)]),
]


def _entity_of(store, name: str) -> int:
    return next(m.entity_id for m in store.iter_mentions() if m.name == name)


def _roles(store) -> dict[str, tuple]:
    return {row["date"]: (row["entity"], row["resolved_by"]) for row in store.roles_overview()}


def _ingest(store, corpus) -> None:
    for document, article in corpus:
        store.save(document, article)


def test_without_a_knowledge_base_the_corpus_alone_decides(tmp_path, open_backend):
    with open_backend() as store:
        _ingest(store, CORPUS)
        assert _entity_of(store, "أبو مازن") != _entity_of(store, "محمود عباس")
        # Two people are called ترامب: the lone family name joins neither.
        assert _entity_of(store, "ترامب") not in {_entity_of(store, "دونالد ترامب"), _entity_of(store, "إيفانكا ترامب")}
        # The nearest recorded holder of the title is Pompeo: wrong by then, and nothing says so.
        assert _roles(store)["2021-03-01"] == ("مايك بومبيو", "date")


def test_importing_a_dump_merges_aliases_and_resolves_offices_by_date(tmp_path, open_backend):
    dump = tmp_path / "dump.json.gz"
    write_dump(dump)
    with open_backend() as store:
        _ingest(store, CORPUS)
        result = import_wikidata(store, dump)
        assert result.offices_labelled_later == 1  # the presidency, by id
        assert store.kb_counts()["offices_held"] == 5
        abbas = _entity_of(store, "محمود عباس")
        assert _entity_of(store, "أبو مازن") == abbas
        assert _entity_of(store, "ترامب") == _entity_of(store, "دونالد ترامب") != _entity_of(store, "إيفانكا ترامب")
        roles = _roles(store)
        assert roles["2021-03-01"] == ("أنتوني بلينكن", "kb")
        assert roles["2019-05-01"] == ("دونالد ترامب", "kb")
        detail = store.entity(store.find_entity("Q473239"))
        assert detail.entity.wikidata_id == "Q473239" and detail.entity.name == "مايك بومبيو"
        assert detail.offices == [("وزير خارجية الولايات المتحدة", "2018-04-26", "2021-01-20")]
        # The canonical name is the knowledge base's label.
        assert store.entity(abbas).entity.name == "محمود عباس"


def test_an_office_holder_the_corpus_never_named_leaves_the_title_unresolved(tmp_path, open_backend):
    dump = tmp_path / "dump.json"
    write_dump(dump)
    without_blinken = [item for item in CORPUS if "بلينكن" not in item[1].text]
    with open_backend() as store:
        _ingest(store, without_blinken)
        import_wikidata(store, dump)
        # The knowledge base knows it was not Pompeo any more: better unlinked than wrong.
        assert _roles(store)["2021-03-01"] == (None, None)


def test_linking_with_a_knowledge_base_does_not_depend_on_order(tmp_path, open_backend):
    dump = tmp_path / "dump.json"
    write_dump(dump)
    results = []
    for seed in (1, 2, 3):
        corpus = CORPUS[:]
        random.Random(seed).shuffle(corpus)
        with open_backend() as store:
            import_wikidata(store, dump)
            _ingest(store, corpus)
            groups = {}
            for mention in store.iter_mentions():
                groups.setdefault(mention.entity_id, set()).add(mention.name)
            names = {row.id: row.name for row in store.entities(limit=100)}
            results.append((sorted((names[e], sorted(g)) for e, g in groups.items()), _roles(store)))
    assert results[0] == results[1] == results[2]


def test_importing_twice_changes_nothing(tmp_path, open_backend):
    dump = tmp_path / "dump.json"
    write_dump(dump)
    with open_backend() as store:
        import_wikidata(store, dump)
        first = store.kb_counts()
        import_wikidata(store, dump)
        assert store.kb_counts() == first


def test_cli_imports_a_dump_and_entities_show_it(tmp_path):
    dump, db = tmp_path / "dump.json.bz2", str(tmp_path / "kb.db")
    write_dump(dump)
    with open_store(db) as store:
        _ingest(store, CORPUS)
    runner = CliRunner()
    result = runner.invoke(app, ["kb", "import", "wikidata", str(dump), "--db", db])
    assert result.exit_code == 0, result.output
    assert "kept 7 people" in result.output and "relinked" in result.output
    shown = runner.invoke(app, ["entity", "Q473239", "--db", db, "--json"])
    data = json.loads(shown.stdout)
    assert data["wikidata_id"] == "Q473239" and data["offices"][0]["start"] == "2018-04-26"
    exported = runner.invoke(app, ["export", "entities", "--db", db])
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert any(row["wikidata_id"] == "Q127998" for row in rows)
    missing = runner.invoke(app, ["kb", "import", "wikidata", str(tmp_path / "nope.json"), "--db", db])
    assert missing.exit_code == 2 and "no such dump" in missing.output


def test_a_middle_name_joins_across_articles_whatever_the_order(tmp_path, open_backend):
    corpus = [
        _article("زار مهدي العبيدي المعرض.", "2022-01-01", ["مهدي العبيدي"]),
        _article("افتتح مهدي كاظم العبيدي المعرض.", "2022-01-02", ["مهدي كاظم العبيدي"]),
        _article("تحدث العبيدي عن المعرض.", "2022-01-03", ["العبيدي"]),
        _article("حضر سعد العبيدي الافتتاح.", "2022-01-04", ["سعد العبيدي"]),
    ]
    for order in (corpus, corpus[::-1], [corpus[2], corpus[0], corpus[3], corpus[1]]):
        with open_backend() as store:
            _ingest(store, order)
            long = _entity_of(store, "مهدي كاظم العبيدي")
            assert _entity_of(store, "مهدي العبيدي") == long
            assert _entity_of(store, "سعد العبيدي") != long
            # Two people called العبيدي: the lone family name joins neither.
            assert _entity_of(store, "العبيدي") not in {long, _entity_of(store, "سعد العبيدي")}
            assert store.entity(long).entity.name == "مهدي كاظم العبيدي"
    with open_backend() as store:
        _ingest(store, corpus)
        _ingest(store, [_article("وصل مهدي صالح العبيدي.", "2022-02-01", ["مهدي صالح العبيدي"])])
        # Now two longer names fit: the two-part name stands alone again.
        assert _entity_of(store, "مهدي العبيدي") not in {
            _entity_of(store, "مهدي كاظم العبيدي"), _entity_of(store, "مهدي صالح العبيدي")}


def test_a_family_name_alone_finds_the_only_person_with_it():
    with open_store(":memory:") as store:
        _ingest(store, CORPUS)
        assert store.find_entity("بومبيو") == _entity_of(store, "مايك بومبيو")
        assert store.find_entity("بلينكن") == _entity_of(store, "أنتوني بلينكن")
