"""The CRF stage: its word features, BIO spans, archive word types, and training, saving and loading."""

from collections import Counter

import spacy
from spacy.tokens import Span

from rasd.eval.conll import Sentence
from rasd.nlp.archive_people import ArchiveCounts
from rasd.nlp.crf import CrfNer, bio_tags, tag_spans, train_crf
from rasd.nlp.crf_decode import CrfWeights, SentenceScores, decode
from rasd.nlp.crf_features import WordFeatures, archive_types, type_code
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
    assert {p.name for p in (tmp_path / "saved" / "crf_ner").iterdir()} == {"crf_weights.npz", "crf_words.json"}
    loaded = spacy.load(tmp_path / "saved")
    stage = loaded.get_pipe("crf_ner")
    assert isinstance(stage, CrfNer) and stage.weights is not None
    doc = loaded.tokenizer.words_to_doc(["وصل", "كورالي", "إلى", "بارندا"])
    tags, _ = decode([stage.scores(stage.words(doc), stage.ruler_tags(doc))], stage.weights.transitions)
    assert [stage.weights.labels[tag] for tag in tags[0]] == ["O", "B-PER", "O", "B-LOC"]
    assert [(e.text, e.label_) for e in loaded(doc).ents if e.text in ("كورالي", "بارندا")] == [
        ("كورالي", "PER"), ("بارندا", "LOC")
    ]


def test_words_the_archive_knows_as_vocabulary_are_not_names():
    features = WordFeatures({}, {"استخلاص": [1, 2, 3], "يلتقي": [1, 2, 3]}, {"بومبيو": "PER3"}, [])
    assert features.not_a_name("استخلاص", "استخلاص")  # frequent, never tagged
    assert features.not_a_name("وسيلتقي", "يلتقي")  # unseen, but its stem is vocabulary
    assert not features.not_a_name("بومبيو", "بومبيو")
    assert not features.not_a_name("كورالي", "كورالي")  # unseen: nothing known against it


def _crfsuite_model(folder, features: WordFeatures):
    """A small CRF trained by CRFsuite on made-up sentences, and the sentences' features."""
    import pycrfsuite

    words = [("زار", "زار"), ("كورالي", "كورالي"), ("مدينة", "مدينة"), ("بارندا", "بارندا"), ("وكورالي", "كورالي"),
             ("مع", "مع"), ("نالفا", "نالفا"), ("في", "في"), ("منظمة", "منظمة"), ("ترالو", "ترالو")]
    tags = ["O", "B-PER", "O", "B-LOC", "B-PER", "O", "I-PER", "O", "B-ORG", "I-ORG"]
    trainer = pycrfsuite.Trainer(verbose=False)
    sentences = [(words[i:] + words[:i], tags[i:] + tags[:i]) for i in range(len(words))]
    for sentence, gold in sentences:
        ruler = ["B-LOC" if word == "بارندا" else "O" for word, _ in sentence]
        trainer.append(features.sentence(sentence, ruler), gold)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 30, "feature.possible_transitions": True})
    trainer.train(str(folder / "crf.crfsuite"))
    return folder / "crf.crfsuite", sentences


def test_numpy_decoding_gives_crfsuites_tags_and_probabilities(tmp_path):
    import numpy as np
    import pycrfsuite

    features = WordFeatures({"بارندا": 2}, {"بارندا": [3, 40, 9], "مدينة": [1, 2, 5]}, {"كورالي": "PER4"}, ["نالفا"])
    model, sentences = _crfsuite_model(tmp_path, features)
    weights = CrfWeights.export(model)
    weights.save(tmp_path / "weights.npz")
    weights = CrfWeights.load(tmp_path / "weights.npz")
    scores = SentenceScores(features, weights)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    # Sentences of different lengths in one batch, the shortest a single word: padding must not leak.
    batch = [sentences[0][0], sentences[3][0][:4], sentences[5][0][:1], sentences[7][0][2:] + sentences[2][0]]
    rulers = [["B-LOC" if word == "بارندا" else "O" for word, _ in words] for words in batch]
    tags, probabilities = decode([scores(words, ruler) for words, ruler in zip(batch, rulers)], weights.transitions)
    for words, ruler, found, probability in zip(batch, rulers, tags, probabilities):
        expected = tagger.tag(features.sentence(words, ruler))
        assert [weights.labels[tag] for tag in found] == expected
        reference = [[tagger.marginal(label, i) for label in weights.labels] for i in range(len(words))]
        assert np.allclose(probability, reference, atol=1e-6)


def test_the_word_table_starts_over_past_its_size(monkeypatch):
    import numpy as np

    import rasd.nlp.crf_decode as crf_decode

    weights = CrfWeights(["O", "B-PER"], {"0n=أ": 0, "-1n=أ": 1}, np.array([[0.0, 2.0], [1.0, 0.0]]), np.zeros((2, 2)))
    scores = SentenceScores(WordFeatures({}, {}, {}, []), weights)
    monkeypatch.setattr(crf_decode, "CACHED_WORDS", 2)
    first = scores([("أ", "أ"), ("ب", "ب")], ["O", "O"])
    assert first.tolist() == [[0.0, 2.0], [1.0, 0.0]]  # "ب" sees "أ" before it
    scores([("ج", "ج")], ["O"])
    assert set(scores._rows) == {"ج"}  # a sentence that would pass the size starts the table over
    assert scores([("أ", "أ"), ("ب", "ب")], ["O", "O"]).tolist() == first.tolist()


def test_a_crf_folder_without_its_files_says_what_is_missing(tmp_path):
    import pytest

    from rasd.errors import RasdError

    with pytest.raises(RasdError, match="crf_weights.npz, crf_words.json"):
        CrfNer(spacy.blank("xx")).load(tmp_path)


def test_damaged_crf_weights_say_so_in_one_line(tmp_path):
    import pytest

    from rasd.errors import RasdError

    (tmp_path / "crf_weights.npz").write_bytes(b"not an archive")
    with pytest.raises(RasdError, match="cannot read the CRF weights"):
        CrfWeights.load(tmp_path / "crf_weights.npz")
