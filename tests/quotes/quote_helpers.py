"""Hand-made mentions and titles, so the finder is tested without the NER model."""

from __future__ import annotations

from rasd.nlp.ner import Mention, Title


def mentions_of(text: str, names: list[tuple[str, str]]) -> list[Mention]:
    """Every occurrence of each (name, type) in ``text`` as a mention, longer names first, never overlapping."""
    found: list[Mention] = []
    for name, kind in sorted(names, key=lambda item: -len(item[0])):
        start = text.find(name)
        while start >= 0:
            if not any(m.start < start + len(name) and start < m.end for m in found):
                found.append(Mention(start, start + len(name), name, name, kind))
            start = text.find(name, start + 1)
    return sorted(found, key=lambda m: m.start)


def title_before(text: str, title: str, person: str) -> Title:
    """The title written right before ``person`` (``وزير الخارجية الأردني أيمن الصفدي``)."""
    start = text.find(f"{title} {person}")
    return Title(start, start + len(title), title, start + len(title) + 1)
