"""docs/EVENTS.md shows the trigger lexicon as it is."""

from pathlib import Path

from rasd.events.lexicon import PLOVER_TYPES, trigger_table

DOC = (Path(__file__).resolve().parents[2] / "docs" / "EVENTS.md").read_text(encoding="utf-8")


def test_trigger_table_matches_the_lexicon():
    documented = DOC.split("<!-- triggers -->\n", 1)[1].split("\n<!-- /triggers -->", 1)[0]
    assert documented == trigger_table()


def test_every_category_has_triggers():
    for kind in PLOVER_TYPES:
        row = next(line for line in trigger_table().splitlines() if line.startswith(f"| {kind} |"))
        assert row.split("|")[3].strip()
