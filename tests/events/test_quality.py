"""Quality floors for event extraction on the gold files in this folder (articles read from ../shared).

Floors sit just under what was measured (README, Quality): they catch regressions, not claim quality.
The seed gold was annotated before the extraction rules were written, and the SaudiNewsNet gold before
they were measured on it; both were looked at while tuning since, so neither is an unseen test. The
first held-out SaudiNewsNet gold was annotated before the precision rules (events/precision.py) and not
used to tune them, but its misses were read for the participle rule, so it is tuned on now. The second
held-out set (30 articles) was annotated before that rule and measured once before it and once after;
extraction finds almost nothing on either (README, Events), so their tests guard the precision side: no
more wrong events than measured.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.eval.events import evaluate
from rasd.ingest.document import RawDocument
from rasd.pipeline import process

GOLD = Path(__file__).parent


def _extract(name: str, content: bytes, media_type: str):
    article = process(RawDocument(name, content, media_type))
    return article.text, [event.as_dict() for event in article.events]


def test_seed_pages_floor(shared):
    score = evaluate(GOLD / "seeds_events.jsonl", shared / "seeds", _extract)
    assert score.micro.support == 27
    assert score.micro.precision >= 0.90
    assert score.micro.recall >= 0.77
    assert score.mode_accuracy >= 0.90


def test_seed_pages_expected_events(shared):
    """The events the issue names on the seeds are found with their actors."""
    score = evaluate(GOLD / "seeds_events.jsonl", shared / "seeds", _extract)
    missed = {(d["doc"][:3], m["type"], m["trigger"]) for d in score.details for m in d["missed"]}
    for expected in [("000", "CONSULT", "توجه"), ("000", "CONSULT", "سيناقش"), ("000", "RETREAT", "ستسحب"),
                     ("000", "ASSAULT", "انفجار"), ("001", "CONSULT", "بحث"), ("001", "CONSULT", "التقى"),
                     ("002", "AGREE", "توصلت"), ("002", "REQUEST", "حضت"), ("004", "COOPERATE", "للتعاون")]:
        assert expected not in missed


@pytest.fixture
def saudinewsnet(shared) -> Path:
    """The folder of the SaudiNewsNet sample the gold files name their articles from."""
    corpus = shared / "data" / "news" / "saudinewsnet"
    if not (corpus / "sample_154.jsonl").is_file():
        pytest.skip(f"the SaudiNewsNet sample is absent from {corpus}")
    return corpus


def test_saudinewsnet_floor(saudinewsnet):
    score = evaluate(GOLD / "saudinewsnet_events.jsonl", saudinewsnet, _extract)
    assert score.articles == 24 and score.micro.support == 71
    assert score.micro.precision >= 0.80
    assert score.micro.recall >= 0.18


def test_saudinewsnet_heldout_wrong_events(saudinewsnet):
    score = evaluate(GOLD / "saudinewsnet_heldout_events.jsonl", saudinewsnet, _extract)
    assert score.articles == 26 and score.micro.support == 30
    assert score.micro.predicted - score.micro.correct <= 1


def test_saudinewsnet_second_heldout_wrong_events(saudinewsnet):
    """The second held-out set (30 articles from 12 outlets), annotated before any rule change and measured
    once: extraction predicted nothing there (README, Events); this guards precision, not recall."""
    score = evaluate(GOLD / "saudinewsnet_heldout2_events.jsonl", saudinewsnet, _extract)
    assert score.articles == 30 and score.micro.support == 19
    assert score.micro.predicted - score.micro.correct <= 0
