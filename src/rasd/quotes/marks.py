"""Quote marks paired into quoted stretches, in every style Arabic news uses.

``«…»`` and ``“…”`` have distinct opening and closing marks, though pages
often write them backwards (``بـ»الأساسي»``, ``”…“``); the straight marks
``"`` and ``'`` are the same at both ends.  A mark is read as opening when it
follows a space, a bracket or a proclitic written before it (``لـ"سبق"``,
``و"القاعدة"``) and a letter follows it, and as closing when a letter is
before it.  Marks pair like brackets, so a short quoted name inside a
quotation (``"… تنظيم "داعش" رغم …"``) nests instead of cutting it.  An
opening mark never closed in its paragraph runs to the next full stop.
"""

from __future__ import annotations

from typing import NamedTuple

_OPENERS = {"«": "«", "“": "“", "„": "“", '"': '"', "'": "'"}
_CLOSING_OF = {"«": "»", "“": "”", '"': '"', "'": "'"}
_STRAIGHT = {'"', "'"}
QUOTE_CHARS = "\"'«»“”„"
_CLITIC_LETTERS = "وفبلك"
_TATWEEL = "\u0640"
_STOPS = ".!?؟"


class Quoted(NamedTuple):
    """A quoted stretch: ``start``/``end`` bound the text inside the marks (offsets into the text)."""

    start: int
    end: int
    closed: bool  # False when the opening mark was never closed and the stretch runs to a full stop
    depth: int  # 0 for a top-level stretch, 1 inside another one


def _after_boundary(text: str, i: int, low: int) -> bool:
    """A space, a bracket, the paragraph start, or a proclitic alone after one (لـ" , و") before ``i``."""
    j = i - 1
    while j >= low and text[j] == _TATWEEL:
        j -= 1
    if j < low or text[j].isspace() or text[j] in "([{:،,؛;" or text[j] in QUOTE_CHARS:
        return True
    return text[j] in _CLITIC_LETTERS and (j == low or text[j - 1].isspace() or text[j - 1] in QUOTE_CHARS + "(")


def _letter_after(text: str, i: int, high: int) -> bool:
    return i + 1 < high and not text[i + 1].isspace() and text[i + 1] not in ".،,:;؛)!?؟"


def quoted_stretches(text: str, start: int = 0, end: int | None = None) -> list[Quoted]:
    """The quoted stretches of ``text[start:end]`` (one paragraph), outer ones first at each position."""
    end = len(text) if end is None else end
    stack: list[tuple[str, int]] = []  # (opening family, offset after the mark)
    found: list[Quoted] = []
    for i in range(start, end):
        char = text[i]
        if char not in QUOTE_CHARS:
            continue
        open_families = [family for family, _ in stack]
        if char in _STRAIGHT:
            # Some pages pad the marks with spaces (" إن ... "): a padded mark opens when none is open.
            padded_letter = i + 2 < end and text[i + 1] == " " and not text[i + 2].isspace()
            opening = _after_boundary(text, i, start) and (_letter_after(text, i, end) or padded_letter)
            closing = i > start and (not text[i - 1].isspace() or not _letter_after(text, i, end))
            if char == "'" and not (opening or closing) or (char == "'" and "'" not in text[i + 1:end] and not stack):
                continue
            if closing and char in open_families and (not opening or stack[-1][0] == char):
                _close(stack, char, i, found)
            elif opening:
                stack.append((char, i + 1))
            elif char in open_families:
                _close(stack, char, i, found)
            continue
        if char in ("«", "“", "„"):
            family = _OPENERS[char]
            if family == "“" and "“" in open_families and not _letter_after(text, i, end):
                _close(stack, "“", i, found)  # a page that writes “…“
            else:
                stack.append((family, i + 1))
        elif char == "»":
            if "«" in open_families:
                _close(stack, "«", i, found)
            elif _letter_after(text, i, end):
                stack.append(("«", i + 1))  # »…» written for «…»
        elif char == "”":
            if "“" in open_families:
                _close(stack, "“", i, found)
            elif _letter_after(text, i, end):
                stack.append(("“", i + 1))  # ”…“ written backwards
    for family, opened in stack:
        stop = next((k for k in range(opened, end) if text[k] in _STOPS), end)
        if stop > opened:
            found.append(Quoted(opened, stop, False, 0))
    found.sort(key=lambda q: (q.start, -q.end))
    return _with_depths(found)


def _close(stack: list[tuple[str, int]], family: str, at: int, found: list[Quoted]) -> None:
    """Close the innermost open stretch of ``family``; marks of other families opened inside it are dropped."""
    while stack:
        open_family, opened = stack.pop()
        if open_family == family:
            if at > opened:
                found.append(Quoted(opened, at, True, 0))
            return


def _with_depths(found: list[Quoted]) -> list[Quoted]:
    result: list[Quoted] = []
    outer_end = -1
    for quoted in found:
        if quoted.start < outer_end:
            result.append(quoted._replace(depth=1))
        else:
            result.append(quoted)
            outer_end = quoted.end
    return result
