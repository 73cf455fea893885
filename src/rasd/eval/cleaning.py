"""Score line-level cleaning against a gold file of body and boilerplate line numbers.

The gold format (``docs`` mapping a file name to ``body`` and ``boilerplate``
lists of 1-based line numbers) is the one of rasd's bundled samples'
``EXPECTED.json``; lines in neither list are judgement calls and are not scored.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from ..clean.text import clean_text_lines
from ..errors import RasdError
from ..ingest.decode import decode


@dataclass(slots=True)
class FileScore:
    file: str
    body_lines: int
    body_kept: int
    boilerplate_lines: int
    boilerplate_dropped: int
    lost_body: list[int]
    kept_boilerplate: list[int]

    @property
    def body_recall(self) -> float:
        return self.body_kept / self.body_lines if self.body_lines else 1.0

    @property
    def boilerplate_removal(self) -> float:
        return self.boilerplate_dropped / self.boilerplate_lines if self.boilerplate_lines else 1.0

    def as_dict(self) -> dict:
        return asdict(self) | {"body_recall": self.body_recall, "boilerplate_removal": self.boilerplate_removal}


@dataclass(slots=True)
class CleaningScore:
    files: list[FileScore]

    @property
    def body_recall(self) -> float:
        total = sum(f.body_lines for f in self.files)
        return sum(f.body_kept for f in self.files) / total if total else 1.0

    @property
    def boilerplate_removal(self) -> float:
        total = sum(f.boilerplate_lines for f in self.files)
        return sum(f.boilerplate_dropped for f in self.files) / total if total else 1.0

    def as_dict(self) -> dict:
        return {
            "body_recall": self.body_recall,
            "boilerplate_removal": self.boilerplate_removal,
            "files": [f.as_dict() for f in self.files],
        }


def kept_line_numbers(raw: bytes) -> set[int]:
    """1-based numbers of the lines line-level cleaning keeps in a page dump."""
    cleaning = clean_text_lines(decode(raw).text)
    return {line.number for line in cleaning.kept}


def score_cleaning(gold_path: Path, files_dir: Path) -> CleaningScore:
    """Score every plain-text file the gold file lists that exists under ``files_dir``."""
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise RasdError(f"cannot read the gold file {gold_path}: {error}") from None
    scores = []
    for name, expected in sorted(gold.get("docs", {}).items()):
        if "body" not in expected or expected.get("format", "text") != "text":
            continue
        path = files_dir / name
        if not path.is_file():
            raise RasdError(f"{gold_path} lists {name}, which is not in {files_dir}")
        kept = kept_line_numbers(path.read_bytes())
        body, boilerplate = set(expected["body"]), set(expected.get("boilerplate", []))
        scores.append(
            FileScore(
                file=name,
                body_lines=len(body),
                body_kept=len(body & kept),
                boilerplate_lines=len(boilerplate),
                boilerplate_dropped=len(boilerplate - kept),
                lost_body=sorted(body - kept),
                kept_boilerplate=sorted(boilerplate & kept),
            )
        )
    if not scores:
        raise RasdError(f"{gold_path} lists no plain-text files with body lines to score")
    return CleaningScore(scores)
