"""Cleaning quality floors: on the bundled samples always, on the seed pages when ../shared is there."""

import json
from pathlib import Path

from rasd.eval.cleaning import score_cleaning
from rasd.ingest.sources import SourceOptions, iter_inputs
from rasd.pipeline import process

# The floor: at least 98% of body lines kept and 98% of boilerplate lines dropped, per file.
FLOOR = 0.98


def _assert_floors(score):
    for item in score.files:
        assert item.body_recall >= FLOOR, f"{item.file}: body lines lost {item.lost_body}"
        assert item.boilerplate_removal >= FLOOR, f"{item.file}: boilerplate kept {item.kept_boilerplate}"


def test_cleaning_floors_on_bundled_samples(sample_gold, sample_articles):
    score = score_cleaning(sample_gold, sample_articles)
    assert len(score.files) == 8
    _assert_floors(score)


def test_cleaning_floors_on_seed_pages(shared):
    score = score_cleaning(shared / "gold" / "seeds_expected.json", shared / "seeds")
    assert len(score.files) == 5
    _assert_floors(score)


def test_seed_publication_date(shared):
    gold = json.loads((shared / "gold" / "seeds_expected.json").read_text(encoding="utf-8"))
    for name, expected in gold["docs"].items():
        published = expected.get("metadata", {}).get("published")
        if published:
            (document,) = list(iter_inputs([str(shared / "seeds" / name)], SourceOptions()))
            assert process(document).published == published


def _sample_articles(sample_articles):
    articles = {}
    for document in iter_inputs([str(sample_articles)], SourceOptions()):
        articles.setdefault(Path(document.origin.split("#")[0]).name, []).append((document, process(document)))
    return articles


def test_sample_metadata_matches_the_manifest(sample_gold, sample_articles):
    expected = json.loads(sample_gold.read_text(encoding="utf-8"))["docs"]
    articles = _sample_articles(sample_articles)
    assert set(articles) == set(expected)
    for name, want in expected.items():
        for document, article in articles[name]:
            if want.get("format") == "jsonl":
                assert article.outlet == want["outlet"] and article.title and article.published
                continue
            assert article.title == want["title"], name
            assert article.published == want["published"], name
            assert article.outlet == want["outlet"], name
            assert article.language == "ar"


def test_sample_encodings(sample_articles):
    articles = _sample_articles(sample_articles)
    (_, cp1256), = articles["08_shurfa_syria-un-closing_cp1256.txt"]
    assert cp1256.encoding == "cp1256"
    assert "عمّان" in cp1256.text


def test_html_sample_keeps_the_article_only(sample_gold, sample_articles):
    expected = json.loads(sample_gold.read_text(encoding="utf-8"))["docs"]["09_manara_joint-statement.html"]
    (_, article), = _sample_articles(sample_articles)["09_manara_joint-statement.html"]
    assert article.text.startswith(expected["body_first_words"])
    for phrase in expected["boilerplate_phrases"]:
        assert phrase not in article.text
    assert article.author == expected["author"]
    assert article.cleaner == "rasd.trafilatura.v1"


def test_every_sample_maps_back_to_its_raw_text(sample_articles):
    from rasd.ingest.decode import decode

    for name, items in _sample_articles(sample_articles).items():
        for document, article in items:
            raw = decode(document.content).text
            assert article.offsets.segments, name
            for segment in article.offsets.segments:
                piece = article.text[segment.clean_start : segment.clean_start + segment.length]
                assert raw[segment.raw_start : segment.raw_start + segment.length] == piece, name
