"""Pieces of `rasd train ner` that run without the corpora: the vector table's key, the pretraining text."""

import json

import numpy
import pytest

from rasd.nlp.pretraining import write_pretraining_text
from rasd.nlp.training import key_vectors_by_norm

spacy = pytest.importorskip("spacy")


def test_saved_vectors_are_looked_up_by_the_folded_word(tmp_path):
    from spacy.attrs import NORM, ORTH

    nlp = spacy.blank("ar")
    nlp.vocab.set_vector("امريكا", numpy.ones(4, dtype="f"))
    nlp.to_disk(tmp_path / "model")
    # spaCy forgets a plain table's key attribute on saving and reads it back as ORTH.
    assert spacy.load(tmp_path / "model").vocab.vectors.attr == ORTH
    key_vectors_by_norm(tmp_path / "model")
    reloaded = spacy.load(tmp_path / "model")
    assert reloaded.vocab.vectors.attr == NORM
    assert json.loads((tmp_path / "model" / "vocab" / "vectors.cfg").read_text())["mode"] == "default"


def test_pretraining_text_keeps_paragraphs_with_context(tmp_path):
    path = tmp_path / "raw.jsonl"
    lines = ["عنوان قصير", "  وقال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا  ", "", "سطر من ثلاث"]
    words = write_pretraining_text(lines, path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records == [{"text": "وقال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا"}]
    assert words == 8


def test_silver_sentences_are_drawn_in_a_seeded_order_and_tagged_by_the_teacher(tmp_path):
    from rasd.nlp.ner import MODEL_DIR
    from rasd.nlp.training import silver_sentences

    news = tmp_path / "news"
    news.mkdir()
    records = [
        {"title": "قصير", "content": "وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة أمس في زيارة تستمر يومين.\n"
                                     "نص قصير جدا."},
        {"title": "خبر", "content": "وقال رئيس الوزراء إن الحكومة ستعقد اجتماعا طارئا في عمان غدا لبحث الأزمة."},
        {"title": "آخر", "content": "وأعلنت وزارة الصحة في بيان أن عدد الإصابات ارتفع إلى مئة حالة خلال الأسبوع."},
    ]
    (news / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    first = silver_sentences(news, 2, MODEL_DIR, seed=1)
    assert len(first) == 2
    assert all(8 <= len(s.tokens) <= 60 and len(s.tags) == len(s.tokens) for s in first)
    assert [s.tokens for s in silver_sentences(news, 2, MODEL_DIR, seed=1)] == [s.tokens for s in first]
    everything = silver_sentences(news, 10, MODEL_DIR, seed=1)
    assert len(everything) == 3  # the short lines are left out
    tagged = {" ".join(s.tokens): s.tags for s in everything}
    cairo = next(tags for text, tags in tagged.items() if "القاهرة" in text)
    assert "B-LOC" in cairo
