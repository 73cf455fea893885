"""Search: index terms, query parsing and snippets, shared by every store backend."""

from .query import ParsedQuery, parse_query
from .snippet import Snippet, make_snippet
from .terms import index_terms

__all__ = ["ParsedQuery", "Snippet", "index_terms", "make_snippet", "parse_query"]
