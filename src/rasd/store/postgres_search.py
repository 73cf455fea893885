"""Full-text search in PostgreSQL with the SQLite backend's meaning: same terms, same matches, same BM25.

The index holds what FTS5 holds: ``rasd.search.index_terms`` of the title and of the text (every
word folded, followed by its readings without proclitics; the keys are runs of letters and digits,
so FTS5's tokenizer splits them on spaces only).  Each article gets

- ``terms``: a ``tsvector`` built here, not by a text-search configuration (whose parser would
  split and fold differently), title terms weighted ``A`` and body terms ``D``, positions in order;
  GIN-indexed, it finds the candidate articles;
- ``counts``: each term's number of occurrences in the title and in the body, exact (a tsvector
  keeps at most 256 positions per term and none past 16,383);
- ``length``: the number of terms, FTS5's document length.

A query means what ``ParsedQuery.fts_expression()`` means to FTS5: words and OR-groups are a
``tsquery``; a phrase is FTS5's ``NEAR`` (its keys within ``slack`` terms of each other in one
column), checked by ``rasd_near_counts`` (created by the schema) in the database.  Ranking is FTS5's ``bm25()`` with the
same column weights, computed the same way, so both backends order hits alike.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping

from ..search import ParsedQuery
from ..search.query import Clause

# FTS5's bm25() constants.
K1, B = 1.2, 0.75
_MAX_POSITION = 16383
_MAX_LEXEME_BYTES = 2046

def index_row(title_terms: str, body_terms: str) -> tuple[str, str, int]:
    """The ``terms`` (tsvector text), ``counts`` (JSON) and ``length`` of an article's index row, from the
    ``search.index_terms`` of its title and body."""
    columns = (title_terms.split(), body_terms.split())
    positions: dict[str, list[str]] = {}
    counts: dict[str, list[int]] = {}
    position = 0
    for column, (terms, weight) in enumerate(zip(columns, ("A", ""))):
        for term in terms:
            position += 1
            counts.setdefault(term, [0, 0])[column] += 1
            if len(term.encode()) <= _MAX_LEXEME_BYTES:  # longer ones cannot be tsvector lexemes
                positions.setdefault(term, []).append(f"{min(position, _MAX_POSITION)}{weight}")
    vector = " ".join(f"{lexeme(term)}:{','.join(places)}" for term, places in positions.items())
    return vector, json.dumps(counts, ensure_ascii=False), position


def lexeme(term: str) -> str:
    """A term as a quoted tsvector/tsquery lexeme, taken literally."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def prefilter(parsed: ParsedQuery) -> str:
    """A tsquery every match satisfies (exact but for phrases, whose keys it only requires together)."""
    groups = [" | ".join(f"({' & '.join(map(lexeme, clause.keys))})" for clause in group) for group in parsed.groups]
    excluded = [f"!{lexeme(clause.keys[0])}" for clause in parsed.excluded if len(clause.keys) == 1]
    return " & ".join([f"({group})" for group in groups] + excluded)


def idf(articles: int, hits: int) -> float:
    """FTS5's inverse document frequency, floored at a millionth as FTS5 floors it."""
    value = math.log((articles - hits + 0.5) / (hits + 0.5))
    return value if value > 0 else 1e-6


def _float(value: float) -> str:
    return f"CAST({value!r} AS float8)"


class RankedMatch:
    """The SQL (``?`` placeholders) that matches a parsed query over ``articles_fts f`` and scores it.

    ``joins`` go after ``FROM articles_fts f``; ``condition`` after the prefilter in WHERE;
    ``score`` in the select list; each with its parameters.
    """

    def __init__(self, parsed: ParsedQuery, hits: Mapping[str, int], articles: int, average_length: float,
                 weights: tuple[float, float]) -> None:
        positive = [clause for group in parsed.groups for clause in group]
        # Each phrase's NEAR occurrences, computed once per candidate article; keyed by the clause
        # object, as a query may hold the same phrase twice (FTS5 counts both).
        self._near = {id(clause): f"n{number}" for number, clause in
                      enumerate(c for c in positive + parsed.excluded if len(c.keys) > 1)}
        self.joins = "".join(
            " CROSS JOIN LATERAL (SELECT rasd_near_counts(f.terms, CAST(? AS text[]), CAST(? AS integer)) AS c)"
            f" {self._near[id(clause)]}"
            for clause in positive + parsed.excluded if len(clause.keys) > 1
        )
        self.join_params = [
            param for clause in positive + parsed.excluded if len(clause.keys) > 1
            for param in (list(clause.keys), clause.slack)
        ]
        self.condition, self.condition_params = self._phrase_conditions(parsed)
        # Each key's [title, body] counts read out of the article's counts once (not once per use).
        sources = [f"{self._near[id(c)]}.c" if len(c.keys) > 1 else "f.counts" for c in positive for _ in c.keys]
        self.joins += " CROSS JOIN LATERAL (SELECT " + ", ".join(
            f"{source} -> ? AS v{number}" for number, source in enumerate(sources)
        ) + ") k"
        self.join_params += [key for clause in positive for key in clause.keys]
        self.score = self._bm25(positive, hits, articles, average_length, weights)

    def _matches(self, clause: Clause) -> tuple[str, list]:
        if len(clause.keys) > 1:
            return f"{self._near[id(clause)]}.c <> '{{}}'::jsonb", []
        return "f.terms @@ CAST(? AS tsquery)", [lexeme(clause.keys[0])]

    def _phrase_conditions(self, parsed: ParsedQuery) -> tuple[str, list]:
        """What the prefilter cannot say: groups holding a phrase, and excluded phrases."""
        sql, params = "", []
        for group in parsed.groups:
            if any(len(clause.keys) > 1 for clause in group):
                tests = [self._matches(clause) for clause in group]
                sql += " AND (" + " OR ".join(test for test, _ in tests) + ")"
                params += [param for _, more in tests for param in more]
        for clause in parsed.excluded:
            if len(clause.keys) > 1:
                sql += f" AND NOT {self._matches(clause)[0]}"
        return sql, params

    @staticmethod
    def _bm25(positive: list[Clause], hits: Mapping[str, int], articles: int, average_length: float,
              weights: tuple[float, float]) -> str:
        """FTS5's bm25(): one term per phrase, in query order (excluded phrases never occur in a hit),
        each computed in the same order of operations, so scores agree to the last bits."""
        terms = []
        normaliser = f"({_float(1 - B)} + {_float(B)} * CAST(f.length AS float8) / {_float(average_length)})"
        keys = [key for clause in positive for key in clause.keys]
        for number, key in enumerate(keys):
            frequency = (
                f"(COALESCE(CAST(k.v{number} ->> 0 AS float8), 0) * {_float(weights[0])}"
                f" + COALESCE(CAST(k.v{number} ->> 1 AS float8), 0) * {_float(weights[1])})"
            )
            terms.append(
                f"{_float(idf(articles, hits[key]))} * ({frequency} * {_float(K1 + 1)}"
                f" / ({frequency} + {_float(K1)} * {normaliser}))"
            )
        return " + ".join(terms)
