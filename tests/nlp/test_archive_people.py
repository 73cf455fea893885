"""Family names learnt from an archive: words that close full names, and that the model tags as people."""

import spacy
from spacy.tokens import Doc, Span

from rasd.nlp.archive_people import MIN_CLOSINGS, mine_family_names, read_family_names, write_family_names


class _Tagged:
    """A stand-in model: every paragraph is already a tagged doc, as ``nlp.pipe`` would give it."""

    def __init__(self, paragraphs):
        self.vocab = spacy.blank("xx").vocab
        self.paragraphs = paragraphs

    def pipe(self, lines, batch_size=64):
        for line in lines:
            words, spans = self.paragraphs[line]
            doc = Doc(self.vocab, words=words)
            doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
            yield doc


def test_a_word_closing_full_names_often_enough_is_a_family_name(tmp_path):
    full = ("قال دونالد فالبرغ إن الوفد وصل", [(1, 3, "PER")])
    alone = ("وصل فالبرغ إلى المدينة صباحا", [(1, 2, "PER")])
    place = ("زار الوفد مدينة لاندرو أمس", [(3, 4, "LOC")])
    once = ("قال سامي كوروني إن الوفد وصل", [(1, 3, "PER")])
    lines = [full[0]] * MIN_CLOSINGS + [alone[0], place[0], once[0], "قصير جدا"]
    model = _Tagged({text: (text.split(), spans) for text, spans in (full, alone, place, once)})
    names = mine_family_names(model, lines)
    assert names == ["فالبرغ"]  # "كوروني" closed a name once only; "لاندرو" is a place; "دونالد" never closes
    write_family_names(tmp_path, names)
    assert read_family_names(tmp_path) == frozenset(names)
    assert read_family_names(tmp_path / "missing") == frozenset()


def test_a_word_mostly_tagged_as_something_else_is_not_a_family_name():
    person = ("قال جون لاندرو إن الوفد وصل", [(1, 3, "PER")])
    place = ("زار الوفد مدينة لاندرو أمس", [(3, 4, "LOC")])
    lines = [person[0]] * MIN_CLOSINGS + [place[0]] * (MIN_CLOSINGS + 1)
    model = _Tagged({text: (text.split(), spans) for text, spans in (person, place)})
    assert mine_family_names(model, lines) == []
