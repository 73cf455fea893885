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
