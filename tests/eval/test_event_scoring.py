"""Event scoring: actor forms, symmetric types, one prediction per gold event, accuracies on matches."""

from rasd.eval.events import actor_matches, forms_match, score_article


def _event(kind, source, target=None, start=0, end=10, mode="happened"):
    actor = lambda text: {"text": text, "name": text} if text else None  # noqa: E731
    return {"type": kind, "mode": mode, "source": actor(source), "target": actor(target), "start": start, "end": end}


def test_forms_ignore_clitics_letter_forms_and_allow_whole_word_runs():
    assert forms_match("وبومبيو", "بومبيو")
    assert forms_match("ايران", "إيران")
    assert forms_match("وزير الخارجية مايك بومبيو", "مايك بومبيو")
    assert forms_match("روسيا والصين وإيران", "روسيا")
    assert not forms_match("وزير الخارجية", "وزير الخارجية الروسي سيرغي لافروف")
    assert not forms_match("بومبيو", "بومبيوس")


def test_empty_gold_actor_matches_only_no_actor():
    assert actor_matches(None, [])
    assert not actor_matches({"text": "طالبان", "name": "طالبان"}, [])
    assert not actor_matches(None, ["طالبان"])


def test_symmetric_types_match_either_way_and_each_gold_takes_one_prediction():
    gold = [{"type": "CONSULT", "source": ["مصر"], "target": ["الأردن"]},
            {"type": "ACCUSE", "source": ["مصر"], "target": ["الأردن"]}]
    predicted = [_event("CONSULT", "الأردن", "مصر"), _event("CONSULT", "الأردن", "مصر"),
                 _event("ACCUSE", "الأردن", "مصر")]
    assert score_article(predicted, gold) == [(0, 0)]


def test_prediction_from_the_evidence_sentence_is_preferred():
    gold = [{"type": "REQUEST", "source": ["مصر"], "target": [], "_clean_span": (50, 80)}]
    predicted = [_event("REQUEST", "مصر", start=0, end=40), _event("REQUEST", "مصر", start=50, end=80)]
    assert score_article(predicted, gold) == [(0, 1)]
