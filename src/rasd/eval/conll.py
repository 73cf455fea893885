"""Read and write CoNLL-style NER files as flat BIO sentences.

One token per line, the token first and its tag last (middle columns are
ignored), a blank line or ``-DOCSTART-`` between sentences.  Tags may be BIO,
IOB1, BIOES/BILOU or bare types; they come out as BIO with the type names of
an optional tag map.  Nested files in the Wojood style, where every field after
the token is a tag (``token I-ORG B-PERS``), are flattened to the outermost
entity the tag map keeps.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..arabic.normalize import remove_direction_marks
from ..errors import RasdError

TagMap = dict[str, str | None]

BUNDLED_TAG_MAPS = ("anercorp", "fane", "aqmar", "wojood")

_PREFIXED = re.compile(r"([BIESLU])-(.+)")
_TAG_LIKE = re.compile(r"O|[BIESLU]-.+")
# Prefixes that always open an entity, and those after which the entity is closed.
_OPENS = frozenset("BSU")
_CLOSES = frozenset("ESLU")


@dataclass(slots=True)
class Sentence:
    tokens: list[str]
    tags: list[str]  # BIO with the mapped type names, "O" outside
    document: int = 0  # which document of the file (counted at each ``-DOCSTART-``)


def parse_conll(text: str, tag_map: TagMap | None = None, *, source: str = "<text>") -> list[Sentence]:
    """Sentences of a CoNLL-style text; ``source`` names it in error messages."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    parsed: list[tuple[str, str | None, str | None]] = []
    document = 0

    def flush() -> None:
        if tokens:
            sentences.append(Sentence(tokens[:], _repair(parsed), document))
            tokens.clear()
            parsed.clear()

    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
        fields = line.split()
        if not fields or not remove_direction_marks(line).strip():
            flush()
            continue
        if fields[0] == "-DOCSTART-":
            flush()
            document += 1
            continue
        if len(fields) < 2:
            raise RasdError(
                f"{source}, line {number}: no tag after the token {fields[0]!r}; "
                "each line needs a token and a tag separated by a tab or spaces"
            )
        token = remove_direction_marks(fields[0])
        if not token:
            continue  # the token was only bidi marks: drop it with its tag
        tokens.append(token)
        parsed.append(_choose_tag(fields, tag_map, f"{source}, line {number}"))
    flush()
    return sentences


def read_conll(path: Path, tag_map: TagMap | None = None) -> list[Sentence]:
    """Sentences of a UTF-8 CoNLL-style file (a byte-order mark and CRLF are fine)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise RasdError(f"{path} is not UTF-8 ({error.reason} at byte {error.start}); convert it to UTF-8") from None
    except OSError as error:
        raise RasdError(f"cannot read the CoNLL file {path}: {error.strerror or error}") from None
    return parse_conll(text, tag_map, source=str(path))


def write_conll(sentences: Iterable[Sentence], path: Path) -> None:
    """Write token TAB tag lines, a blank line after each sentence, as UTF-8."""
    lines: list[str] = []
    for index, sentence in enumerate(sentences):
        if len(sentence.tokens) != len(sentence.tags):
            raise RasdError(
                f"sentence {index} has {len(sentence.tokens)} tokens but {len(sentence.tags)} tags; "
                "give one tag per token"
            )
        for token, tag in zip(sentence.tokens, sentence.tags):
            if not token or token != "".join(token.split()) or not tag or tag != "".join(tag.split()):
                raise RasdError(
                    f"sentence {index}: token {token!r} with tag {tag!r} cannot be written; "
                    "CoNLL tokens and tags must be non-empty and contain no whitespace"
                )
            lines.append(f"{token}\t{tag}\n")
        lines.append("\n")
    Path(path).write_text("".join(lines), encoding="utf-8", newline="\n")


def load_tag_map(path_or_name: str | Path) -> TagMap:
    """A tag map from a JSON file, or a bundled one by name; keys starting with ``_`` are comments."""
    if isinstance(path_or_name, str) and path_or_name in BUNDLED_TAG_MAPS:
        source = resources.files("rasd.nlp").joinpath("tagmaps", f"{path_or_name}.json")
        where = f"the bundled tag map {path_or_name!r}"
    else:
        source = Path(path_or_name)
        if not source.is_file():
            raise RasdError(
                f"no tag map {str(path_or_name)!r}: give a JSON file or one of {', '.join(BUNDLED_TAG_MAPS)}"
            )
        where = str(source)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RasdError(f"cannot read {where}: {error}") from None
    if not isinstance(data, dict):
        raise RasdError(f"{where} must be a JSON object mapping source types to target types or null")
    tag_map: TagMap = {}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if value is not None and not (isinstance(value, str) and value and value == "".join(value.split())):
            raise RasdError(f"{where}: {key!r} maps to {value!r}; a target must be a type name or null")
        tag_map[key] = value
    return tag_map


def to_bio(tags: list[str], tag_map: TagMap | None = None) -> list[str]:
    """BIO tags for a sentence tagged in BIO, IOB1, BIOES/BILOU or bare types, renamed by ``tag_map``."""
    return _repair([_mapped(_parse_tag(tag, f"tag {i}"), tag_map) for i, tag in enumerate(tags)])


def bio_spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """Entity spans ``(type, start, end_exclusive)`` under CoNLL-2003 rules.

    An entity starts at ``B-``, or at ``I-`` after ``O`` or after another type;
    ``B-X I-Y`` is two entities.
    """
    spans: list[tuple[str, int, int]] = []
    for position, tag in enumerate(to_bio(tags)):
        if tag.startswith("I-"):
            kind, start, _ = spans[-1]
            spans[-1] = (kind, start, position + 1)
        elif tag != "O":
            spans.append((tag[2:], position, position + 1))
    return spans


def _parse_tag(tag: str, where: str) -> tuple[str, str | None]:
    """(prefix, type): prefix "O" for outside, "" for a bare type."""
    if tag == "O":
        return "O", None
    match = _PREFIXED.fullmatch(tag)
    if match:
        return match.group(1), match.group(2)
    if len(tag) == 2 and tag[0] in "BIESLU" and tag[1] == "-":
        raise RasdError(f"{where}: the tag {tag!r} has a prefix but no entity type")
    return "", tag


def _mapped(parsed: tuple[str, str | None], tag_map: TagMap | None) -> tuple[str, str | None, str | None]:
    """(prefix, source type, target type); the target is None outside or when the map drops the type."""
    prefix, kind = parsed
    if kind is None:
        return prefix, None, None
    target = tag_map.get(kind, kind) if tag_map else kind
    return prefix, kind, target


def _choose_tag(fields: list[str], tag_map: TagMap | None, where: str) -> tuple[str, str | None, str | None]:
    candidates = fields[1:]
    if len(candidates) > 1 and all(_TAG_LIKE.fullmatch(field) for field in candidates):
        # Nested tags, outermost first: keep the outermost entity that the map does not drop.
        for field in candidates:
            choice = _mapped(_parse_tag(field, where), tag_map)
            if choice[2] is not None:
                return choice
        return "O", None, None
    return _mapped(_parse_tag(candidates[-1], where), tag_map)


def _repair(parsed: list[tuple[str, str | None, str | None]]) -> list[str]:
    """BIO tags; entity boundaries come from the source types, names from the targets."""
    tags: list[str] = []
    open_kind: str | None = None
    for prefix, kind, target in parsed:
        if target is None:
            tags.append("O")
            open_kind = None
            continue
        begins = prefix in _OPENS or kind != open_kind
        tags.append(("B-" if begins else "I-") + target)
        open_kind = None if prefix in _CLOSES else kind
    return tags
