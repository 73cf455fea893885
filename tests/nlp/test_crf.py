"""The CRF stage: its word features, BIO spans, archive word types, and training, saving and loading."""

from collections import Counter

import spacy
from spacy.tokens import Span

from rasd.eval.conll import Sentence
from rasd.nlp.archive_people import ArchiveCounts
from rasd.nlp.crf import CrfNer, WordFeatures, archive_types, bio_tags, tag_spans, train_crf, type_code
from rasd.nlp.ner import MODEL_DIR


def test_type_codes_give_the_main_type_and_how_often_the_word_is_a_name():
    assert type_code(10, Counter({"PER": 8, "LOC": 1})) == "PER4"
    assert type_code(100, Counter({"LOC": 5})) == "LOC1"
    assert type_code(10, Counter({"ORG": 1, "LOC": 1})) == "LOC2"  # a tie goes to the first type by name
    counts = ArchiveCounts()
    counts.seen.update({"بلدة": 20, "نادرة": 1})
    counts.types["بلدة"]["LOC"] = 15
    counts.types["نادرة"]["PER"] = 1
    assert archive_types(counts) == {"بلدة": "LOC4"}  # a word seen once tells too little


def test_bio_tags_and_spans_follow_conll_rules():
    nlp = spacy.blank("xx")
    doc = nlp.make_doc("a b c d e f")
    spans = tag_spans(doc, ["B-PER", "I-PER", "I-LOC", "O", "I-ORG", "B-ORG"])
    assert [(s.start, s.end, s.label_) for s in spans] == [(0, 2, "PER"), (2, 3, "LOC"), (4, 5, "ORG"), (5, 6, "ORG")]
    assert bio_tags(len(doc), [Span(doc, 1, 3, label="LOC")]) == ["O", "B-LOC", "I-LOC", "O", "O", "O"]


def test_word_features_see_the_word_its_neighbours_and_the_ruler():
    features = WordFeatures({"كابل": 2}, {"كابل": [3, 40, 9]}, {"كابل": "LOC4"}, ["فالبرغ"])
    words = [("زار", "زار"), ("فالبرغ", "فالبرغ"), ("وكابل", "كابل")]
    items = features.sentence(words, ["O", "O", "B-LOC"])
    first, middle, last = items
    assert "0n=زار" in first and "-1pad" in first and "-2pad" in first and "1n=فالبرغ" in first
    assert "0pp=True" in middle and "-1n=زار" in middle and "1ty=-" in middle and "ru+1=B-LOC" in middle
    assert {"0st=كابل", "0pre=و", "0gs=2", "0g=0", "0ty=-", "0tys=LOC4", "ru=B-LOC", "bg=فالبرغ|وكابل"} <= set(last)
    assert "0c1=-" in last  # the whole word has no vector; its stem's type is still read
    assert "2pad" in middle and "1pad" in last


def test_a_trained_crf_is_saved_and_loaded_with_the_pipeline(tmp_path):
    nlp = spacy.load(MODEL_DIR)
    if "crf_ner" in nlp.pipe_names:
        nlp.remove_pipe("crf_ner")
    sentences = [
        Sentence(["زار", "الوزير", "كورالي", "مدينة", "بارندا", "أمس"], ["O", "O", "B-PER", "O", "B-LOC", "O"]),
        Sentence(["وصل", "كورالي", "إلى", "بارندا"], ["O", "B-PER", "O", "B-LOC"]),
        Sentence(["قال", "المتحدث", "إن", "الاجتماع", "انتهى"], ["O", "O", "O", "O", "O"]),
    ] * 10
    train_crf(nlp, sentences, {"بارندا": "LOC4"}, ["كورالي"], tmp_path / "crf")
    assert nlp.pipe_names.index("crf_ner") == nlp.pipe_names.index("ner") + 1
    nlp.to_disk(tmp_path / "saved")
    assert {p.name for p in (tmp_path / "saved" / "crf_ner").iterdir()} == {"crf.crfsuite", "crf_words.json"}
    loaded = spacy.load(tmp_path / "saved")
    stage = loaded.get_pipe("crf_ner")
    assert isinstance(stage, CrfNer) and stage.tagger is not None
    doc = loaded.tokenizer.words_to_doc(["وصل", "كورالي", "إلى", "بارندا"])
    assert stage.tagger.tag(stage.doc_features(doc)) == ["O", "B-PER", "O", "B-LOC"]
    assert [(e.text, e.label_) for e in loaded(doc).ents if e.text in ("كورالي", "بارندا")] == [
        ("كورالي", "PER"), ("بارندا", "LOC")
    ]


def test_words_the_archive_knows_as_vocabulary_are_not_names():
    features = WordFeatures({}, {"استخلاص": [1, 2, 3], "يلتقي": [1, 2, 3]}, {"بومبيو": "PER3"}, [])
    assert features.not_a_name("استخلاص", "استخلاص")  # frequent, never tagged
    assert features.not_a_name("وسيلتقي", "يلتقي")  # unseen, but its stem is vocabulary
    assert not features.not_a_name("بومبيو", "بومبيو")
    assert not features.not_a_name("كورالي", "كورالي")  # unseen: nothing known against it


def test_the_word_cache_starts_over_past_its_size(monkeypatch):
    import rasd.nlp.crf as crf

    monkeypatch.setattr(crf, "_CACHED_WORDS", 2)
    features = WordFeatures({}, {}, {}, [])
    first = features.sentence([("أ", "أ"), ("ب", "ب"), ("ج", "ج")], ["O"] * 3)
    assert len(features._own) == 3
    again = features.sentence([("د", "د")], ["O"])
    assert set(features._own) == {"د"} and again[0][1] == "0n=د"
    assert features.sentence([("أ", "أ"), ("ب", "ب"), ("ج", "ج")], ["O"] * 3) == first


def test_a_crf_folder_without_its_files_says_what_is_missing(tmp_path):
    import pytest

    from rasd.errors import RasdError

    with pytest.raises(RasdError, match="crf.crfsuite, crf_words.json"):
        CrfNer(spacy.blank("xx")).load(tmp_path)
