"""Event confidence: features, the logistic model, the bar, the setting, and learning from judged events.

The sentences are fictional, written for these tests.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from rasd.errors import RasdError, SettingsError
from rasd.events import confidence, extract_events
from rasd.events.confidence import ConfidenceModel, features, fit, held_out_probabilities, held_out_score
from rasd.events.judged import judged_events, read_verdicts
from rasd.events.model import Event, EventActor
from rasd.nlp.ner import load_recognizer
from rasd.quotes import find_quotations
from rasd.settings import load_settings

TEXT = "أعلنت الوزارة الخبر.\n\nاتهمت إيران إسرائيل بتنفيذ الهجوم على الميناء."


def _event(**changes) -> Event:
    start = TEXT.index("اتهمت")
    values = dict(
        type="ACCUSE", mode="happened", trigger="اتهمت", trigger_start=start, trigger_end=start + 5,
        start=start, end=len(TEXT),
        source=EventActor("إيران", "إيران", start + 6, start + 11, "name", 0, "LOC"),
        target=EventActor("إسرائيل", "إسرائيل", start + 12, start + 19, "name", 1, "LOC"),
    )
    values.update(changes)
    return Event(**values)


def _events(text: str, bar: float | None = None) -> list[Event]:
    ((mentions, titles),) = load_recognizer().annotate([text])
    return extract_events(text, mentions, titles, "2024-03-13", find_quotations(text, mentions, titles),
                          min_confidence=bar)


@pytest.fixture
def fresh_bar(monkeypatch):
    """Each test reads the bar again (the setting is read once per process)."""
    confidence.min_confidence.cache_clear()
    yield monkeypatch
    confidence.min_confidence.cache_clear()


def test_features_describe_the_event_shape():
    names = features(_event(), TEXT)
    assert "type=ACCUSE" in names and "mode=happened" in names
    assert "lemma=ACCUSE.اتهم" in names and "tense=past" in names
    assert "actors=name.name" in names and "types=ACCUSE.LOC.LOC" in names
    assert "source.after=0" in names and "target.after=1" in names  # both stand after the verb
    assert "paragraph=1" in names and "trigger.at=0" in names
    assert "word.before=^" in names and "word.after=ايران" in names
    without_target = features(_event(target=None), TEXT)
    assert "target=none" in without_target and "actors=name.none" in without_target


def test_a_description_actor_gives_its_first_word():
    start = TEXT.index("إيران")
    group = EventActor("المسلحين الملثمين", "المسلحين الملثمين", start, start + 17, "group")
    assert "source.head=المسلحين" in features(_event(source=group), TEXT)


def test_fit_learns_which_shapes_are_right_and_is_deterministic():
    examples = [(["shape=a", "common"], True)] * 40 + [(["shape=b", "common"], False)] * 40
    first, second = fit(examples), fit(examples)
    assert first.weights == second.weights and first.bias == second.bias
    assert first.probability(["shape=a", "common"]) > 0.8 > 0.2 > first.probability(["shape=b", "common"])
    assert first.probability(["unseen"]) == pytest.approx(0.5, abs=0.05)


def test_held_out_scoring_never_sees_the_scored_sample():
    # Sample "x" says shape=a is right, sample "y" says it is wrong: held out, each is scored by the other.
    examples = [(["shape=a"], True, "x")] * 6 + [(["shape=a"], False, "y")] * 6
    probabilities = held_out_probabilities(examples)
    assert all(p < 0.5 for p in probabilities[:6]) and all(p > 0.5 for p in probabilities[6:])
    score = held_out_score(examples, probabilities, 0.5)
    assert (score.events, score.right, score.kept, score.kept_right) == (12, 6, 6, 0)
    assert score.precision_all == 0.5 and score.precision_kept == 0.0 and score.right_kept == 0.0


def test_a_model_is_saved_and_read_back(tmp_path):
    model = ConfidenceModel({"type=ACCUSE": 0.5, "tiny": 1e-9}, -0.25, 0.4, 12)
    model.save(tmp_path / "m.json")
    read = ConfidenceModel.read(tmp_path / "m.json")
    assert read.weights == {"type=ACCUSE": 0.5} and (read.bias, read.threshold, read.trained_on) == (-0.25, 0.4, 12)
    assert read.score(_event(), TEXT) == pytest.approx(1 / (1 + 2.718281828 ** -0.25), abs=1e-6)


def test_the_shipped_model_scores_every_event_and_keeps_all_by_default(fresh_bar):
    model = confidence.shipped_model()
    assert model.trained_on > 1000 and model.threshold == 0.0
    prefixes = {name.split("=")[0] for name in features(_event(), TEXT) + features(_event(target=None), TEXT)}
    prefixes |= {"source.head", "target.head", "source.before", "target.before"}
    assert {name.split("=")[0] for name in model.weights} <= prefixes
    found = _events("اتهمت إيران إسرائيل بتنفيذ الهجوم على الميناء. وقصفت إسرائيل مواقع حركة حماس في غزة.")
    assert len(found) == 2
    assert all(event.confidence is not None and 0.0 < event.confidence < 1.0 for event in found)


def test_a_bar_leaves_out_the_events_under_it(fresh_bar):
    text = "اتهمت إيران إسرائيل بتنفيذ الهجوم على الميناء. وقصفت إسرائيل مواقع حركة حماس في غزة."
    everything = _events(text, bar=0.0)
    lowest = min(event.confidence for event in everything)
    kept = _events(text, bar=lowest + 0.001)
    assert len(kept) == len(everything) - 1 and all(event.confidence > lowest for event in kept)
    assert _events(text, bar=1.0) == []


def test_the_setting_sets_the_bar(fresh_bar, tmp_path):
    fresh_bar.setenv("RASD_EVENT_MIN_CONFIDENCE", "1")
    assert _events("اتهمت إيران إسرائيل بتنفيذ الهجوم على الميناء.") == []
    confidence.min_confidence.cache_clear()
    fresh_bar.setenv("RASD_EVENT_MIN_CONFIDENCE", "0")
    assert len(_events("اتهمت إيران إسرائيل بتنفيذ الهجوم على الميناء.")) == 1


@pytest.mark.parametrize("value, message", [("high", "must be a number"), ("1.5", "between 0 and 1")])
def test_a_bad_bar_is_refused_clearly(monkeypatch, value, message):
    monkeypatch.setenv("RASD_EVENT_MIN_CONFIDENCE", value)
    with pytest.raises(SettingsError, match=message):
        load_settings()


def _digest(text: str | None, length: int = 12) -> str | None:
    return None if text is None else hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def _judged_archive(tmp_path):
    """Four fictional articles in a JSON-lines archive, and verdicts on their events in two samples."""
    articles = [
        ("https://news.example/1", "اتهمت إيران إسرائيل بتنفيذ الهجوم على الميناء.", True, "x"),
        ("https://news.example/2", "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان.", True, "x"),
        ("https://news.example/3", "طالبت الجزائر فرنسا بالاعتذار عن الماضي.", False, "y"),
        ("https://news.example/4", "قصفت إسرائيل مواقع حركة حماس في غزة.", True, "y"),
    ]
    archive = tmp_path / "archive"
    archive.mkdir()
    records = [{"url": url, "title": "خبر", "date_published": "2024-03-13", "content": text}
               for url, text, _, _ in articles]
    (archive / "news.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                                        encoding="utf-8")
    lines = []
    for url, text, right, sample in articles:
        (event,) = _events(text, bar=0.0)
        lines.append(json.dumps({
            "article": _digest(url, 16), "sample": sample, "type": event.type, "trigger_start": event.trigger_start,
            "source": _digest(event.source.text if event.source else None),
            "target": _digest(event.target.text if event.target else None),
            "right": right, "error": None if right else "target_wrong",
        }))
    lines.append(json.dumps({"article": "0" * 16, "sample": "y", "type": "AID", "trigger_start": 0,
                             "source": None, "target": None, "right": True, "error": None}))
    verdicts = tmp_path / "verdicts.jsonl"
    verdicts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return archive, verdicts


def test_judged_events_match_their_verdicts(tmp_path):
    archive, verdicts = _judged_archive(tmp_path)
    found = list(judged_events(verdicts, archive))
    assert [(item.url[-1], item.sample, item.state) for item in found] == [
        ("1", "x", "right"), ("2", "x", "right"), ("3", "y", "wrong"), ("4", "y", "right")]
    assert all(item.text.startswith(item.event.trigger) or item.event.trigger in item.text for item in found)


def test_a_bad_verdict_line_is_named(tmp_path):
    path = tmp_path / "verdicts.jsonl"
    path.write_text('{"article": "a"}\n', encoding="utf-8")
    with pytest.raises(RasdError, match="line 1"):
        read_verdicts(path)


def test_train_events_writes_a_model_and_reports_held_out_precision(tmp_path):
    from typer.testing import CliRunner

    from rasd.cli import app

    archive, verdicts = _judged_archive(tmp_path)
    out = tmp_path / "confidence.json"
    result = CliRunner().invoke(app, ["train", "events", "--news", str(archive), "--judged", str(verdicts),
                                      "--out", str(out), "--bar", "0.3"])
    assert result.exit_code == 0, result.output
    assert "4 judged events in 2 samples, 75.0% right" in result.output
    model = ConfidenceModel.read(out)
    assert model.trained_on == 4 and model.threshold == 0.3 and "type=ACCUSE" in model.weights
    missing = CliRunner().invoke(app, ["train", "events", "--news", str(tmp_path / "nowhere"),
                                       "--judged", str(verdicts), "--out", str(out)])
    assert missing.exit_code != 0 and "does not exist" in missing.output


def test_judged_events_read_records_named_by_id_from_several_archives(tmp_path):
    """An archive can be one JSON-lines file whose records have an id and no URL (a corpus, not a crawl), and
    the articles of one verdict file can lie in several archives."""
    archive, verdicts = _judged_archive(tmp_path)
    text = "قصفت إسرائيل مواقع حركة حماس في غزة."
    (event,) = _events(text, bar=0.0)
    other = tmp_path / "corpus.jsonl"
    other.write_text(json.dumps({"id": "corpus-7", "article": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    with verdicts.open("a", encoding="utf-8") as lines:
        lines.write(json.dumps({
            "article": _digest("corpus-7", 16), "sample": "z", "type": event.type,
            "trigger_start": event.trigger_start, "source": _digest(event.source.text),
            "target": _digest(event.target.text), "right": False, "error": "other"}) + "\n")
    found = list(judged_events(verdicts, [archive, other]))
    assert [(item.url, item.state) for item in found if item.sample == "z"] == [("corpus-7", "wrong")]
    assert len(found) == 5
