"""The bundled tag maps: they load, cover the corpora's types, and read the real corpora in ../shared."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from rasd.eval.conll import BUNDLED_TAG_MAPS, bio_spans, load_tag_map, read_conll

SHARED = Path(__file__).resolve().parents[3] / "shared"
NER = SHARED / "data" / "ner"
TARGETS = {"PER", "ORG", "LOC", "MISC", None}

# name: (tag map, files, sentences, tokens, entities after mapping)
CORPORA = {
    "anercorp": ("anercorp", ["anercorp/train.txt"], 4033, 125084, 8968),
    "newsfane": ("fane", ["newsfane/newsfane_first80pct.txt"], 3808, 132148, 8875),
    "wikifane": ("fane", ["wikifane/WikiFANE_Gold_2014_500K.txt"], 15763, 489561, 32755),
    "aqmar": ("aqmar", ["aqmar/articles/*.txt"], 2683, 73820, 5922),
    "wojood": ("wojood", [f"wojood-sample/{part}.txt" for part in ("train", "val", "test")], 1629, 26974, 2014),
}


def _files(patterns: list[str]) -> list[Path]:
    if not NER.is_dir():
        pytest.skip(f"../shared is absent (looked in {SHARED}): corpus tests need data/ner")
    files = [path for pattern in patterns for path in sorted(NER.glob(pattern))]
    if not files:
        pytest.skip(f"none of {patterns} is under {NER}")
    return files


@pytest.mark.parametrize("name", BUNDLED_TAG_MAPS)
def test_bundled_map_loads_with_only_target_values(name):
    tag_map = load_tag_map(name)
    assert tag_map
    assert set(tag_map.values()) <= TARGETS
    assert not any(key.startswith("_") for key in tag_map)


@pytest.mark.parametrize("name", BUNDLED_TAG_MAPS)
def test_bundled_map_explains_itself(name):
    raw = json.loads(resources.files("rasd.nlp").joinpath("tagmaps", f"{name}.json").read_text(encoding="utf-8"))
    assert raw.get("_comment"), f"{name}.json needs a _comment with the reasoning"


def test_fane_map_has_the_fine_taxonomy():
    fane = load_tag_map("fane")
    assert len(fane) == 53
    assert fane["Politician"] == "PER" and fane["Group"] is None and fane["Nation"] == "LOC"


def test_every_fane_class_in_the_files_is_mapped():
    fane = load_tag_map("fane")
    files = _files(["newsfane/*.txt", "wikifane/*.txt"])
    files = [path for path in files if path.name not in ("Readme.txt", "License.txt")]
    seen = {kind for path in files for sentence in read_conll(path) for kind, _, _ in bio_spans(sentence.tags)}
    assert seen - fane.keys() == set()


@pytest.mark.parametrize("corpus", CORPORA)
def test_real_corpus_reads_into_target_types(corpus):
    map_name, patterns, sentences_expected, tokens_expected, entities_expected = CORPORA[corpus]
    tag_map = load_tag_map(map_name)
    sentences = [sentence for path in _files(patterns) for sentence in read_conll(path, tag_map)]
    entities = Counter(kind for sentence in sentences for kind, _, _ in bio_spans(sentence.tags))
    tokens = sum(len(sentence.tokens) for sentence in sentences)
    print(f"{corpus}: {len(sentences)} sentences, {tokens} tokens, entities {dict(sorted(entities.items()))}")
    assert set(entities) <= TARGETS - {None}
    assert all(len(s.tokens) == len(s.tags) and s.tokens for s in sentences)
    assert (len(sentences), tokens, entities.total()) == (sentences_expected, tokens_expected, entities_expected)
