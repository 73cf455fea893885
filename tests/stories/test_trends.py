"""What is rising: windows, the smoothed score, and ``rasd trends`` over a store with a burst."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from typer.testing import CliRunner

from rasd.clean.article import Article, OffsetMap, Segment
from rasd.cli import app
from rasd.errors import RasdError
from rasd.ingest.document import TEXT, RawDocument
from rasd.nlp.ner import Mention
from rasd.store import open_store
from rasd.stories.trends import find_trends, parse_moment, parse_window, score, window_bounds

runner = CliRunner()


def test_windows_and_moments():
    assert parse_window("24h") == timedelta(hours=24) and parse_window("7d") == timedelta(days=7)
    for bad in ("0h", "week", "3w", ""):
        with pytest.raises(RasdError):
            parse_window(bad)
    assert parse_moment("2026-03-05") == datetime(2026, 3, 6)
    assert parse_moment("2026-03-05T10:30:00+03:00") == datetime(2026, 3, 5, 10, 30)
    bounds = window_bounds(datetime(2026, 3, 6), timedelta(days=1), 2)
    assert bounds == [(datetime(2026, 3, 5), datetime(2026, 3, 6)), (datetime(2026, 3, 4), datetime(2026, 3, 5)),
                      (datetime(2026, 3, 3), datetime(2026, 3, 4))]


def test_score_is_smoothed_for_rare_items():
    mean, sd, ratio, z = score([6, 1, 1, 1, 1])
    assert (mean, sd, ratio) == (1.0, 0.0, 3.5)
    # No spread in the baseline: the Poisson spread sqrt(mean + 1) stands in, not zero.
    assert z == pytest.approx(5 / 2 ** 0.5)
    assert score([2, 1, 1])[3] < score([6, 1, 1])[3]
    assert score([3, 3, 3])[3] == 0


def _save(store, outlet, published, title, text, names):
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, n, kind) for n, kind in names]
    document = RawDocument(f"{outlet}-{published}-{title}.txt", text.encode("utf-8"), TEXT, outlet=outlet)
    article = Article(
        text=text, title=title, outlet=outlet, published=published, language="ar", cleaner="test",
        offsets=OffsetMap([Segment(0, 0, len(text))]), mentions=mentions,
    )
    return store.save(document, article).article_id


def _steady_then_burst(store):
    """A club in the news every day, and a minister whose name bursts on the last day."""
    text = "قال وزير المالية {who} إن الحكومة ستطرح سندات جديدة في {club} هذا الأسبوع لتمويل مشروعات الطرق والموانئ."
    for day in range(1, 8):
        _save(store, "صحيفة", f"2026-03-0{day}", f"خبر {day}", text.format(who="أحد المسؤولين", club="نادي الجبل"),
              [("نادي الجبل", "ORG")])
    for number in range(5):
        _save(store, f"صحيفة {number}", "2026-03-08", f"الوزير {number}",
              text.format(who="سامر الحلواني", club="نادي الجبل") + " " * number,
              [("سامر الحلواني", "PER"), ("نادي الجبل", "ORG")])


def test_a_burst_rises_and_a_steady_name_does_not(store):
    _steady_then_burst(store)
    result = find_trends(store, "24h", baseline=7)
    assert result["at"] == "2026-03-09T00:00"
    rising = {trend["name"]: trend for trend in result["entities"]}
    assert "سامر الحلواني" in rising and rising["سامر الحلواني"]["count"] == 5
    assert rising["سامر الحلواني"]["baseline"] == [0] * 7
    assert "نادي الجبل" not in rising or rising["نادي الجبل"]["score"] < rising["سامر الحلواني"]["score"]
    assert result["stories"] and result["stories"][0]["count"] >= 3
    earlier = find_trends(store, "24h", at="2026-03-07", baseline=3)
    assert earlier["entities"] == []


def test_trends_command(tmp_path):
    db = tmp_path / "trends.db"
    with open_store(db) as store:
        _steady_then_burst(store)
    result = runner.invoke(app, ["trends", "--db", str(db), "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["entities"][0]["name"] == "سامر الحلواني"
    text = runner.invoke(app, ["trends", "--db", str(db), "--window", "2d"], catch_exceptions=False).stdout
    assert "rising entities" in text and "baseline mean" in text
    assert runner.invoke(app, ["trends", "--db", str(db), "--window", "soon"]).exit_code == 2
