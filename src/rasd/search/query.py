"""User queries: words, "quoted phrases", OR and -exclusions, turned into a safe FTS expression.

Every key is emitted inside double quotes, so no user input reaches the
full-text engine's syntax; an unbalanced quote is read as a literal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..arabic.tokens import words
from ..errors import SearchQueryError
from .terms import query_key

# Words a phrase's keys may stand apart in the index, per gap: each indexed word
# is followed by up to three readings of itself.
_PHRASE_SLACK = 4
_QUOTES = "\"«»“”"
_PIECE = re.compile(r'(?P<neg>-?)(?:["«“](?P<phrase>[^"»”]*)["»”]|(?P<word>[^\s"«»“”]+))')


@dataclass(frozen=True, slots=True)
class Clause:
    """One thing to look for: a word, or a phrase of several."""

    keys: tuple[str, ...]
    negated: bool = False

    @property
    def slack(self) -> int:
        """How many other index terms may stand between a phrase's first and last keys."""
        return _PHRASE_SLACK * (len(self.keys) - 1)

    def expression(self) -> str:
        quoted = " ".join(f'"{key}"' for key in self.keys)
        if len(self.keys) == 1:
            return quoted
        return f"NEAR({quoted}, {self.slack})"


@dataclass(slots=True)
class ParsedQuery:
    """Groups of clauses: clauses inside a group are alternatives (OR), groups are all required."""

    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)

    @property
    def keys(self) -> set[str]:
        """Every key the query looks for (for highlighting)."""
        return {key for group in self.groups for clause in group for key in clause.keys}

    def fts_expression(self) -> str:
        parts = []
        for group in self.groups:
            alternatives = " OR ".join(clause.expression() for clause in group)
            parts.append(f"({alternatives})" if len(group) > 1 else alternatives)
        expression = " AND ".join(parts)
        for clause in self.excluded:
            expression += f" NOT {clause.expression()}"
        return expression


def parse_query(text: str) -> ParsedQuery:
    """Read a user query; raise SearchQueryError when it holds nothing to look for."""
    text = _balance_quotes(text)
    parsed = ParsedQuery()
    join_next = False
    for match in _PIECE.finditer(text):
        raw = match.group("phrase") if match.group("phrase") is not None else match.group("word")
        if match.group("word") == "OR" and not match.group("neg"):
            join_next = bool(parsed.groups)
            continue
        keys = tuple(key for key in (query_key(word) for word in words(raw)) if key)
        if not keys:
            continue
        clause = Clause(keys, negated=bool(match.group("neg")))
        if clause.negated:
            parsed.excluded.append(clause)
        elif join_next:
            parsed.groups[-1].append(clause)
        else:
            parsed.groups.append([clause])
        join_next = False
    if not parsed.groups:
        if parsed.excluded:
            raise SearchQueryError("a query needs at least one word to look for, not only -exclusions")
        raise SearchQueryError(f"nothing to search for in {text.strip()!r}: the query has no words")
    return parsed


def _balance_quotes(text: str) -> str:
    """Drop the last quote mark when quotes are unbalanced, so the rest still parses."""
    opening = sum(text.count(mark) for mark in '"«“')
    closing = text.count("»") + text.count("”")
    plain = text.count('"')
    if (plain % 2) or (opening - plain != closing):
        return "".join(" " if char in _QUOTES else char for char in text)
    return text
