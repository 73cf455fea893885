"""The shipped NER model: loads from the package, finds names, stores them with their offsets."""

import json

import pytest
from typer.testing import CliRunner

from rasd.arabic.normalize import normalize_for_matching
from rasd.cli import app
from rasd.errors import RasdError
from rasd.nlp.ner import ENTITY_TYPES, MODEL_DIR, load_recognizer

TEXT = (
    "التقى وزير الخارجية الأردني أيمن الصفدي في عمّان الأمين العام للأمم المتحدة أنطونيو غوتيريش، "
    "وبحثا الأوضاع في سوريا ولبنان.\n"
    "وقال الصفدي إن الاتحاد الأوروبي سيقدم دعماً إضافياً."
)


@pytest.fixture(scope="module")
def recognizer():
    return load_recognizer()


def test_model_ships_inside_the_package_and_is_small():
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert (MODEL_DIR / "config.cfg").is_file()
    assert size <= 50 * 1024 * 1024


def test_word_vectors_are_looked_up_by_the_folded_word(recognizer):
    from spacy.attrs import NORM

    # The table is keyed by folded words; looked up as written, a third of news words would miss it.
    assert recognizer.nlp.vocab.vectors.attr == NORM
    assert recognizer.nlp.vocab.vectors.shape[0] > 0


def test_mentions_have_offsets_surface_and_name(recognizer):
    mentions = recognizer.predict_text(TEXT)
    assert mentions, "the model found no entity in a plain news sentence"
    for mention in mentions:
        assert TEXT[mention.start : mention.end] == mention.surface
        assert mention.type in ENTITY_TYPES
        assert mention.surface.endswith(mention.name.split()[-1])
    found = {(m.name, m.type) for m in mentions}
    assert ("عمّان", "LOC") in found
    assert any(kind == "PER" and "الصفدي" in name for name, kind in found)


def test_batch_and_single_agree(recognizer):
    texts = [TEXT, "", "خبر بلا أسماء."]
    assert recognizer.predict(texts) == [recognizer.predict_text(t) for t in texts]


def test_tag_tokens_gives_bio(recognizer):
    (tags,) = recognizer.tag_tokens([["زار", "الرئيس", "باريس", "أمس", "."]])
    assert len(tags) == 5 and all(t == "O" or t[:2] in ("B-", "I-") for t in tags)


def test_a_passage_of_sentences_shares_its_names(recognizer):
    sentences = [["وصل", "المبعوث", "كاريم", "فولدستاد", "إلى", "المدينة", "يوم", "الجمعة", "."],
                 ["وأعلن", "فولدستاد", "أن", "الجمعة", "يوم", "عطلة", "."]]
    tags = [["O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O"], ["O"] * 7]
    tags[1][3] = "B-PER"  # a wrong tag of a word the archive knows as an ordinary one
    shared = recognizer._passage_tags(sentences, [list(t) for t in tags])
    # The family name of the person found in the first sentence is a person in the second too.
    assert shared[1] == ["O", "B-PER", "O", "B-PER", "O", "O", "O"]
    # The wrong tag stays where it was but does not spread to the first sentence.
    assert shared[0] == tags[0]
    assert not recognizer._repeatable((normalize_for_matching("الجمعة"),))
    assert recognizer._repeatable(("فولدستاد",)) and recognizer._repeatable(("يوم", "الجمعه"))


def test_tag_tokens_reads_passages(recognizer):
    sentences = [["زار", "الرئيس", "باريس", "."], ["ثم", "عاد", "."], ["وصل", "أمس", "."]]
    assert recognizer.tag_tokens(sentences, [2, 1]) == [
        *recognizer._passage_tags(sentences[:2], recognizer.tag_tokens(sentences[:2])),
        *recognizer.tag_tokens(sentences[2:]),
    ]
    with pytest.raises(RasdError, match="do not cover"):
        recognizer.tag_tokens(sentences, [2])


def test_ingest_stores_mentions_with_offsets(tmp_path, sample_articles):
    db = tmp_path / "ner.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(sample_articles), "--db", str(db)]).exit_code == 0
    shown = json.loads(runner.invoke(app, ["show", "1", "--db", str(db), "--json"]).stdout)
    assert shown["mentions"]
    for mention in shown["mentions"]:
        assert shown["text"][mention["start"] : mention["end"]] == mention["surface"]
    exported = runner.invoke(app, ["export", "mentions", "--db", str(db)]).stdout.splitlines()
    rows = [json.loads(line) for line in exported]
    assert {"article_id", "start", "end", "surface", "name", "type"} <= rows[0].keys()
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert stats["mentions"] == len(rows)


def test_evaluate_ner_on_a_tiny_file(tmp_path):
    gold = tmp_path / "gold.txt"
    gold.write_text("\ufeffزار\tO\r\nالرئيس\tO\r\nباريس\tB-LOC\r\n.\tO\r\n\r\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "ner", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    score = json.loads(result.stdout)
    assert {"precision", "recall", "f1", "per_type", "words_per_second"} <= score.keys()
    assert score["words"] == 4 and score["context_sentences"] == 10
    alone = json.loads(CliRunner().invoke(app, ["evaluate", "ner", str(gold), "--json", "--context", "1"]).stdout)
    assert alone["context_sentences"] == 1 and alone["f1"] == score["f1"]
    missing = CliRunner().invoke(app, ["evaluate", "ner", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "no such gold file" in missing.stderr


def test_no_name_starts_or_ends_on_a_punctuation_mark(recognizer):
    from spacy.tokens import Span

    from rasd.nlp.repairs import without_edge_punctuation

    doc = recognizer.nlp.tokenizer.words_to_doc(["اتهمت", "منظمة", '"', "العفو", "الدولية", '"', "الحكومة", "«", "»"])
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 3, 6, label="ORG"), Span(doc, 7, 9, label="MISC")]
    trimmed = without_edge_punctuation(doc)
    assert [(e.text, e.label_) for e in trimmed.ents] == [("منظمة", "ORG"), ("العفو الدولية", "ORG")]


def test_a_day_or_a_preposition_never_ends_a_name_and_a_lineage_is_one_name(recognizer):
    from spacy.tokens import Span

    from rasd.nlp.repairs import joined_names, without_edge_punctuation

    doc = recognizer.nlp.tokenizer.words_to_doc(["وصل", "جون", "كيري", "الخميس", "ودعا", "العميد", "سالم", "بن",
                                                  "علي", "الشهري", "ومحمد", "ولد", "سيدي", "أحمد", "إلى", "تونس"])
    doc.ents = [Span(doc, 1, 4, label="PER"), Span(doc, 5, 7, label="PER"), Span(doc, 8, 10, label="PER"),
                Span(doc, 10, 13, label="PER"), Span(doc, 13, 15, label="PER")]
    fixed = joined_names(without_edge_punctuation(doc))
    assert [e.text for e in fixed.ents] == ["جون كيري", "العميد سالم بن علي الشهري", "ومحمد ولد سيدي أحمد"]


def test_a_name_goes_on_over_walad_and_the_fathers_name_but_not_over_a_birth(recognizer):
    from spacy.tokens import Span

    from rasd.nlp.repairs import lineage_names

    words = ["والتقى", "المبعوث", "إسماعيل", "ولد", "الشيخ", "أحمد", "وقال", "إن", "سالم", "ولد", "في", "تونس"]
    doc = recognizer.nlp.tokenizer.words_to_doc(words)
    doc.ents = [Span(doc, 2, 3, label="PER"), Span(doc, 5, 6, label="PER"), Span(doc, 8, 10, label="PER")]
    # The father's name the model tagged apart joins the name; "ولد في" (was born in) ends one.
    assert [e.text for e in lineage_names(doc).ents] == ["إسماعيل ولد الشيخ أحمد", "سالم"]



def test_people_joined_by_wa_are_two_and_a_body_ends_before_the_next_persons_title(recognizer):
    from spacy.tokens import Span

    from rasd.nlp.repairs import split_coordinated_people, without_edge_punctuation

    words = ["وقال", "مسؤول", "إن", "ستولتنبرغ", "وبومبيو", "سيناقشان", "مع", "رئيس", "المكتب", "لطالبان", "الملا",
             "برادر"]
    doc = recognizer.nlp.tokenizer.words_to_doc(words)
    doc.ents = [Span(doc, 3, 5, label="PER"), Span(doc, 9, 11, label="ORG")]
    fixed = split_coordinated_people(without_edge_punctuation(doc), recognizer.lexicon)
    assert [(e.text, e.label_) for e in fixed.ents] == [("ستولتنبرغ", "PER"), ("وبومبيو", "PER"), ("لطالبان", "ORG")]
    # A word that is a name with its و (وليد) stays in the name.
    doc = recognizer.nlp.tokenizer.words_to_doc(["وقال", "محمد", "وليد", "إن"])
    doc.ents = [Span(doc, 1, 3, label="PER")]
    assert [e.text for e in split_coordinated_people(doc, recognizer.lexicon).ents] == ["محمد وليد"]


def test_a_body_ends_before_the_style_of_the_person_named_next(recognizer):
    from spacy.tokens import Span

    from rasd.nlp.repairs import without_edge_punctuation

    words = ["وأكد", "رئيس", "المنظمة", "العربية", "للتنمية", "الدكتور", "سامي", "الحربي", "أن", "الخطة", "جاهزة"]
    doc = recognizer.nlp.tokenizer.words_to_doc(words)
    doc.ents = [Span(doc, 2, 6, label="ORG"), Span(doc, 6, 8, label="PER")]
    fixed = without_edge_punctuation(doc)
    assert [(e.text, e.label_) for e in fixed.ents] == [("المنظمة العربية للتنمية", "ORG"), ("سامي الحربي", "PER")]


def test_an_organisations_naming_word_gives_way_to_its_quoted_name(recognizer):
    from spacy.tokens import Span

    from rasd.nlp.repairs import quoted_names

    doc = recognizer.nlp.tokenizer.words_to_doc(["واتهمت", "منظمة", '"', "العفو", "الدولية", '"', "الحكومة"])
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    assert [(e.text, e.label_) for e in quoted_names(doc).ents] == [("العفو الدولية", "ORG")]
