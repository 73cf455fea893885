"""Quality floors for the shipped model, on data in ../shared (skipped when it is absent)."""

import json

from rasd.arabic.normalize import normalize_for_matching
from rasd.eval.conll import load_tag_map, read_conll
from rasd.eval.ner import DEFAULT_CONTEXT, evaluate
from rasd.ingest.sources import SourceOptions, iter_inputs
from rasd.nlp.ner import load_recognizer
from rasd.nlp.training import anercorp_split
from rasd.pipeline import process

# Under the measured dev F1 (80.0 read ten sentences at a time, 78.7 one by one; see the README), so a
# regression fails.
DEV_F1_FLOOR = 0.77
# The issue asks for 0.90; the shipped model finds 95 of 99 (see the README).
SEED_RECALL_FLOOR = 0.90


def test_dev_split_floor(shared):
    sentences = read_conll(shared / "data" / "ner" / "anercorp" / "train.txt", load_tag_map("anercorp"))
    _, dev = anercorp_split(sentences)
    score = evaluate(dev, load_recognizer().tag_tokens, context=DEFAULT_CONTEXT)
    assert score.micro.f1 >= DEV_F1_FLOOR


def _found(expected: str, names: set[str]) -> bool:
    wanted = normalize_for_matching(expected).split()
    for name in names:
        words = name.split()
        if any(words[i : i + len(wanted)] == wanted for i in range(len(words))):
            return True
    return False


def seed_entities(shared):
    gold = json.loads((shared / "gold" / "seeds_expected.json").read_text(encoding="utf-8"))["docs"]
    results = {}
    for file, expected in gold.items():
        (document,) = list(iter_inputs([str(shared / "seeds" / file)], SourceOptions()))
        article = process(document)
        names = {normalize_for_matching(m.name) for m in article.mentions}
        names |= {normalize_for_matching(m.surface) for m in article.mentions}
        results[file] = (expected, names)
    return results


def test_seed_entities_are_found_and_boilerplate_names_are_not(shared):
    found = total = 0
    missed = []
    for file, (expected, names) in seed_entities(shared).items():
        for name, _ in expected.get("entities", []):
            total += 1
            if _found(name, names):
                found += 1
            else:
                missed.append(f"{file[:3]} {name}")
        for name in expected.get("absent", []):
            assert not _found(name if isinstance(name, str) else name[0], names), f"{file}: {name} is boilerplate"
    assert found / total >= SEED_RECALL_FLOOR, f"found {found}/{total}; missed: {missed}"

