"""The README cannot drift: every command and setting is documented, and its example is true."""

import re
from pathlib import Path

import typer.main

from rasd.cli import app
from rasd.ingest.document import TEXT, RawDocument
from rasd.pipeline import process
from rasd.settings import SETTINGS
from rasd.store import open_store

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix: str = "rasd") -> list[str]:
    names = []
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            names += _commands(command, f"{prefix} {name}")
        else:
            names.append(f"{prefix} {name}")
    return names


def test_every_command_is_documented():
    commands = _commands(typer.main.get_command(app))
    assert len(commands) >= 9
    for command in commands:
        assert f"`{command}" in README, f"{command} is not in the README"


def test_every_setting_is_documented():
    for setting in SETTINGS:
        assert f"`{setting.name}`" in README and f"`{setting.env}`" in README


def test_readme_example_is_what_rasd_does():
    page = re.search(r"Input \(a scraped page, abridged\):\n\n```text\n(.*?)```", README, re.S).group(1)
    shown = re.search(r"Output \(`rasd show 1`\):\n\n```text\n(.*?)```", README, re.S).group(1)
    article = process(RawDocument("example.txt", page.encode("utf-8"), TEXT))
    meta, text = shown.split("\n\n", 1)
    fields = dict(line.split(None, 1) for line in meta.splitlines())
    assert fields == {"title": article.title, "outlet": article.outlet, "published": article.published}
    assert article.text == text.strip()
    with open_store(":memory:") as store:
        store.save(RawDocument("example.txt", page.encode("utf-8"), TEXT), article)
        assert store.search("ترشيد المياة")


def test_quick_start_is_two_commands_and_ci_runs_the_same_tests():
    quick = re.search(r"## Quick start.*?```bash\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in quick.strip().splitlines()]
    assert commands == ["make demo", "make test"]
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
