import spacy
from spacy.tokens import Span

from rasd.nlp.ruler import NameRuler, listed_names, name_pattern, written_forms
from rasd.nlp.tokenizer import ArabicTokenizer


def _nlp():
    nlp = spacy.blank("ar")
    nlp.tokenizer = ArabicTokenizer(nlp.vocab)
    ruler = NameRuler(nlp)
    ruler.add_patterns([name_pattern("ORG", "حلف شمال الأطلسي"), name_pattern("LOC", "الأردن")])
    return nlp, ruler


def test_listed_names_include_the_curated_list_and_countries():
    names = listed_names()
    assert ("ORG", "الأمم المتحدة") in names
    assert ("LOC", "فرنسا") in names
    assert not any(name == "العالم" for _, name in names)


def test_written_forms_cover_clitics_and_the_swallowed_alef():
    forms = written_forms("الامم")
    assert {"الامم", "والامم", "بالامم", "للامم", "وللامم"} <= set(forms)
    assert "لالامم" not in forms
    assert written_forms("بالاو")[0] == "بالاو"  # a name is never cut to match


def test_names_match_with_clitics_and_spelling_variants():
    nlp, ruler = _nlp()
    doc = ruler(nlp("اجتماع لحلف شمال الاطلسي في الاردن وبالأردن"))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("لحلف شمال الاطلسي", "ORG"), ("الاردن", "LOC"), ("وبالأردن", "LOC"),
    ]


def test_rules_never_change_what_the_model_found():
    nlp, ruler = _nlp()
    doc = nlp("قال حلف شمال الأطلسي إن الأردن")
    doc.ents = [Span(doc, 1, 2, "ORG")]  # the model's span, partial or not, stays as it is
    doc = ruler(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("حلف", "ORG"), ("الأردن", "LOC")]


def test_patterns_survive_saving(tmp_path):
    nlp, ruler = _nlp()
    ruler.to_disk(tmp_path / "ruler")
    loaded = NameRuler(nlp).from_disk(tmp_path / "ruler")
    assert loaded.patterns == ruler.patterns
    assert [e.text for e in loaded(nlp("في الأردن")).ents] == ["الأردن"]


def test_major_cities_keep_arabic_names_and_arabic_script_native_names(tmp_path):
    from rasd.nlp.gazetteer import major_cities

    folder = tmp_path / "gazetteer-dr5hn"
    folder.mkdir()
    rows = [
        "type\tcountry_code\tname_en\tname_ar\tnative\tpopulation\twikidata",
        "city\tXA\tBigtown\tبيغتاون\tبیگتاون\t2500000\tQ1",  # Persian letters in the native name
        "city\tXA\tSmallville\tسمولفيل\tسمولفيل\t90000\tQ2",
        "city\tXB\tLatin Only\tLatin Only\tLatin\t3000000\tQ3",
        "state\tXA\tProvince\tبروفنس\t\t5000000\tQ4",
        "city\tXC\tNo Count\tنوكاونت\t\t\tQ5",
    ]
    (folder / "places_ar.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert major_cities(tmp_path) == ["بيغتاون", "بیگتاون"]
    assert major_cities(tmp_path / "missing") == []


def test_city_rules_leave_out_names_that_are_frequent_words():
    from rasd.nlp.ner import load_recognizer
    from rasd.nlp.ruler import city_patterns

    nlp = load_recognizer().nlp
    kept = [pattern["words"] for pattern in city_patterns(nlp, ["مركز", "كابول", "بیگتاون"])]
    assert kept == [["كابول"], name_pattern("LOC", "بیگتاون")["words"]]  # مركز is a common word first


def test_a_ruler_name_is_a_known_name_when_cutting_clitics():
    from rasd.nlp.ner import load_recognizer

    recognizer = load_recognizer()
    assert any(pattern["words"] == ["كابل"] for pattern in recognizer.nlp.get_pipe("name_ruler").patterns)
    assert recognizer.name("وكابل") == "كابل"


def _known_list(tmp_path, lines, name="test"):
    folder = tmp_path / "known"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.tsv").write_text("# a list for the test\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_known_names_are_checked_against_the_news_vocabulary(tmp_path):
    from rasd.nlp.ner import load_recognizer
    from rasd.nlp.ruler import CLUBS_LIST, known_patterns

    _known_list(tmp_path, ["ORG\tفالكونيا الإيطالي"], CLUBS_LIST)  # a club and its country's adjective
    folder = _known_list(tmp_path, [
        "ORG\tالجيش الوطني",  # every word among the most frequent: a description, left out
        "PER\tزيد",  # a single word of three letters: left out
        "ORG\tآفاد",  # a word whose form with a clitic is among the most frequent (وأفاد, and he said): left out
        "PER\tكارلوس مندوثا",
        "ORG\tفالكونيا الكويت",  # a country's own name after a name is part of it, not its adjective
        "ORG\tالمخابرات المصرية",  # outside the clubs' list an adjective stays part of the name
        "ORG\tالجيش اللبناني",  # ... and the name before it must be rare enough: a description, left out
    ])
    patterns = known_patterns(load_recognizer().nlp.vocab, folder)
    assert [(p["label"], p["words"], p.get("tagged"), p["known"]) for p in patterns] == [
        ("ORG", ["فالكونيا", "الايطالي"], 1, True),  # the club's name alone is tagged
        ("PER", ["كارلوس", "مندوثا"], None, True),
        ("ORG", ["فالكونيا", "الكويت"], None, True),
        ("ORG", ["المخابرات", "المصريه"], None, True),
        ("PER", ["مندوثا"], None, True),  # the person's family name alone (surname_patterns)
    ]


def test_names_with_abu_and_abd_match_joined_or_apart(tmp_path):
    from rasd.nlp.ner import load_recognizer
    from rasd.nlp.ruler import joined_spellings, known_patterns

    assert joined_spellings(["محمد", "ابو", "زريقه"]) == [["محمد", "ابوزريقه"]]
    assert joined_spellings(["عبدالرحمن", "الكرمي"]) == [["عبد", "الرحمن", "الكرمي"]]
    assert joined_spellings(["عبدالله"]) == []  # a one-word name is not split: عبد الله alone is too common
    folder = _known_list(tmp_path, ["PER\tسليم أبو زريقة"])
    words = [p["words"] for p in known_patterns(load_recognizer().nlp.vocab, folder)]
    assert ["سليم", "ابو", "زريقه"] in words and ["سليم", "ابوزريقه"] in words


def test_family_names_alone_leave_out_first_names_and_news_words(tmp_path):
    from rasd.nlp.ner import load_recognizer
    from rasd.nlp.ruler import surname_patterns

    vocab = load_recognizer().nlp.vocab
    people = [{"label": "PER", "words": words, "known": True} for words in (
        ["كارلوس", "مندوثا"],  # مندوثا: rare, a family name alone
        ["مندوثا", "فيرا"],  # ... unless a listed person's first name
        ["سامر", "الذهبي"],  # الذهبي (golden): a word of the news
        ["نور", "طه"],  # three letters or fewer
    )]
    assert surname_patterns(vocab, people[:1]) == [
        {"label": "PER", "words": ["مندوثا"], "known": True, "surname": True}]
    assert [p["words"] for p in surname_patterns(vocab, people)] == [["فيرا"]]


def test_a_family_name_alone_takes_the_first_name_before_it():
    nlp = spacy.blank("ar")
    nlp.tokenizer = ArabicTokenizer(nlp.vocab, {"احمد": 1})  # a first name of the gazetteer (PER = 1)
    ruler = NameRuler(nlp)
    ruler.add_patterns([{"label": "PER", "words": ["مندوثا"], "known": True, "surname": True}])
    assert [e.text for e in ruler(nlp("وقال اللاعب أحمد مندوثا إن")).ents] == ["أحمد مندوثا"]
    assert [e.text for e in ruler(nlp("وقال مندوثا إن")).ents] == ["مندوثا"]
    doc = nlp("وقال أحمد مندوثا إن")
    doc.ents = [Span(doc, 1, 2, "PER")]  # the model's name stays (the repairs join two names side by side)
    assert [e.text for e in ruler(doc).ents] == ["أحمد", "مندوثا"]


def test_a_bad_list_line_is_named(tmp_path):
    import pytest

    from rasd.nlp.ruler import read_names

    path = tmp_path / "bad.tsv"
    path.write_text("ORG\tاسم\nPERSON\tاسم آخر\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:2"):
        read_names(path)


def test_a_rule_can_tag_fewer_words_than_it_matches():
    nlp, ruler = _nlp()
    ruler.add_patterns([{"label": "ORG", "words": ["فالكونيا", "الايطالي"], "tagged": 1}])
    doc = ruler(nlp("فاز فالكونيا الإيطالي أمس وخسر فالكونيا"))
    assert [(e.text, e.label_) for e in doc.ents] == [("فالكونيا", "ORG")]


def test_a_well_known_persons_full_name_completes_a_shorter_model_name():
    nlp, ruler = _nlp()
    ruler.add_patterns([
        {"label": "PER", "words": ["كارلوس", "مندوثا", "رويث"], "known": True},
        {"label": "ORG", "words": ["شركه", "فالكونيا"], "known": True},
    ])
    doc = nlp("قال كارلوس مندوثا رويث إن شركة فالكونيا")
    doc.ents = [Span(doc, 2, 4, "PER"), Span(doc, 6, 7, "ORG")]
    assert [(e.text, e.label_) for e in ruler(doc).ents] == [("كارلوس مندوثا رويث", "PER"), ("فالكونيا", "ORG")]
    doc = nlp("قال كارلوس مندوثا رويث الثاني")
    doc.ents = [Span(doc, 3, 5, "PER")]  # the model's name reaches past the listed one: it stays
    assert [e.text for e in ruler(doc).ents] == ["رويث الثاني"]


def test_a_listed_places_official_name_completes_the_models_name_that_begins_it():
    nlp, ruler = _nlp()
    ruler.add_patterns([name_pattern("LOC", "المملكة الأردنية الهاشمية"), name_pattern("LOC", "قطاع غزة")])
    doc = nlp("وقعت المملكة الأردنية الهاشمية اتفاقا في قطاع غزة")
    doc.ents = [Span(doc, 1, 3, "LOC"), Span(doc, 7, 8, "LOC")]
    # "غزة" alone stays: the training data mostly leaves the word قطاع out of the name
    assert [e.text for e in ruler(doc).ents] == ["المملكة الأردنية الهاشمية", "غزة"]
    doc = nlp("وقعت المملكة الأردنية الهاشمية اتفاقا")
    doc.ents = [Span(doc, 1, 3, "ORG")]  # a name of another type stays as the model found it
    assert [(e.text, e.label_) for e in ruler(doc).ents] == [("المملكة الأردنية", "ORG")]


def test_the_shipped_model_knows_well_known_names():
    from rasd.nlp.ner import load_recognizer

    recognizer = load_recognizer()
    assert any(pattern.get("known") for pattern in recognizer.nlp.get_pipe("name_ruler").patterns)
    found = recognizer.predict_text("وصل بان كي مون إلى العاصمة أمس، وأعلنت شركة تويوتا عن طراز جديد.")
    assert [(m.surface, m.type) for m in found] == [("بان كي مون", "PER"), ("تويوتا", "ORG")]


def test_train_ruler_rebuilds_a_models_rules(tmp_path):
    import json
    import shutil

    from typer.testing import CliRunner

    from rasd.cli import app
    from rasd.nlp.ner import MODEL_DIR

    model = tmp_path / "model"
    shutil.copytree(MODEL_DIR, model)
    (model / "name_ruler" / "patterns.json").write_text("[]", encoding="utf-8")
    gazetteers = tmp_path / "gazetteers"
    (gazetteers / "gazetteer-dr5hn").mkdir(parents=True)
    (gazetteers / "gazetteer-dr5hn" / "places_ar.tsv").write_text(
        "type\tcountry_code\tname_en\tname_ar\tnative\tpopulation\twikidata\n"
        "city\tXA\tBigtown\tبيغتاون\t\t2500000\tQ1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["train", "ruler", "--gazetteers", str(gazetteers), "--model", str(model)])
    assert result.exit_code == 0, result.output
    patterns = json.loads((model / "name_ruler" / "patterns.json").read_text(encoding="utf-8"))
    assert f"{len(patterns):,} name rules" in result.output
    assert {"label": "LOC", "words": ["بيغتاون"]} in patterns
    assert any(p.get("known") and p["words"] == ["تويوتا"] for p in patterns)
    # A folder without the places list would drop the cities: refused, the rules left as they are.
    result = CliRunner().invoke(app, ["train", "ruler", "--gazetteers", str(tmp_path), "--model", str(model)])
    assert result.exit_code != 0 and "places_ar.tsv" in result.output
    assert json.loads((model / "name_ruler" / "patterns.json").read_text(encoding="utf-8")) == patterns
