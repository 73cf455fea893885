"""Quotations: who said what, direct and indirect, attributed to a speaker (``find_quotations``)."""

from __future__ import annotations

from .finder import DIRECT, INDIRECT, Quotation, find_quotations

__all__ = ["DIRECT", "INDIRECT", "Quotation", "find_quotations"]
