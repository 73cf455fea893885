"""Corpus-level grouping of articles: near-duplicates (wire copy run by several outlets)."""
