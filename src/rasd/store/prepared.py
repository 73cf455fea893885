"""What storing an article derives from the article alone, computed where the article is processed.

Storing an article needs values that depend on nothing stored: its search-index terms, its MinHash
signature, which of its mentions name the same thing, its story keys and lead words. They are computed
with the article (``scale.runner.process_outcome``), so with workers (``--workers``, ``--dask``) the
single writer only looks up and writes; a store given no ``Prepared`` computes it itself. A store
whose search index needs its own row (PostgreSQL's ``tsvector`` and term counts) asks for that too
(``search_rows``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..clean.article import Article
from ..entities.local import Cluster, local_clusters
from ..search import index_terms
from ..stories.features import lead_words, word_hashes
from ..stories.minhash import name_set, signature
from .postgres_search import index_row


@dataclass(slots=True)
class Prepared:
    title_terms: str
    body_terms: str
    signature: np.ndarray | None  # MinHash of the text; None: too short to compare
    names: frozenset[str]  # loose keys of the names, for near-duplicates and stories
    clusters: list[Cluster]  # which mentions name the same thing (``entities.local``)
    lead_hashes: np.ndarray  # the title's and lead's words, for stories
    search_row: tuple[str, str, int] | None = None  # PostgreSQL's index row (``postgres_search.index_row``)


def prepare(article: Article, search_rows: bool = False) -> Prepared:
    names = [(m.name, m.type) for m in article.mentions]
    title_terms, body_terms = index_terms(article.title), index_terms(article.text)
    return Prepared(
        title_terms,
        body_terms,
        signature(article.text),
        name_set(names),
        local_clusters(names),
        word_hashes(lead_words(article.title, article.text)),
        index_row(title_terms, body_terms) if search_rows else None,
    )
