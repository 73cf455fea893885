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
