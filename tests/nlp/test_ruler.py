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
