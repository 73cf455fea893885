"""Tests for rasd.eval.conll on tiny hand-written CoNLL texts (rasd's own words)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.errors import RasdError
from rasd.eval.conll import Sentence, bio_spans, load_tag_map, parse_conll, read_conll, to_bio, write_conll


def _only(sentences: list[Sentence]) -> Sentence:
    assert len(sentences) == 1
    return sentences[0]


def test_tab_separated_sentences():
    text = "زار\tO\nسامي\tB-PER\nحداد\tI-PER\nطرابلس\tB-LOC\n\nعاد\tO\nأمس\tO\n"
    first, second = parse_conll(text)
    assert first.tokens == ["زار", "سامي", "حداد", "طرابلس"]
    assert first.tags == ["O", "B-PER", "I-PER", "B-LOC"]
    assert second == Sentence(["عاد", "أمس"], ["O", "O"])


def test_space_separated_with_middle_columns_takes_first_and_last_field():
    text = "قالت NOUN x O\nنادية NOUN y B-PER\n"
    assert _only(parse_conll(text)) == Sentence(["قالت", "نادية"], ["O", "B-PER"])


def test_bom_crlf_and_direction_marks(tmp_path):
    path = tmp_path / "marks.txt"
    raw = (
        "\ufeff\u200eوصل\tO\r\n\u200fكريم\u200f\tB-PER\r\n\u200e\tO\r\n"
        "إلى\tO\r\n\u202bحلب\u202c\tB-LOC\r\n\r\n"
    )
    path.write_bytes(raw.encode("utf-8"))
    sentence = _only(read_conll(path))
    # The token that was only a mark is dropped together with its tag.
    assert sentence.tokens == ["وصل", "كريم", "إلى", "حلب"]
    assert sentence.tags == ["O", "B-PER", "O", "B-LOC"]


def test_iob1_becomes_bio():
    lines = ["التقى O", "منير I-PER", "سالم I-PER", "هالة B-PER", "في O", "بيروت I-LOC", "لبنان I-ORG"]
    text = "\n".join(lines) + "\n"
    assert _only(parse_conll(text)).tags == ["O", "B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (["S-PER", "O", "B-ORG", "I-ORG", "E-ORG"], ["B-PER", "O", "B-ORG", "I-ORG", "I-ORG"]),
        (["U-LOC", "B-LOC", "L-LOC", "I-LOC"], ["B-LOC", "B-LOC", "I-LOC", "B-LOC"]),
        (["S-PER", "S-PER", "E-PER"], ["B-PER", "B-PER", "B-PER"]),
        (["PER", "PER", "O", "LOC", "ORG"], ["B-PER", "I-PER", "O", "B-LOC", "B-ORG"]),
    ],
)
def test_bioes_bilou_and_bare_types_become_bio(source, expected):
    assert to_bio(source) == expected


def test_bioes_in_a_file():
    text = "سافر O\nعلي B-PER\nحسن E-PER\nدمشق S-LOC\n"
    assert _only(parse_conll(text)).tags == ["O", "B-PER", "I-PER", "B-LOC"]


def test_docstart_is_a_boundary_not_a_token():
    text = "-DOCSTART- -X- O O\n\nجاء O\nوليد B-PER\n-DOCSTART- O\nذهبت O\n"
    first, second = parse_conll(text)
    assert first.tokens == ["جاء", "وليد"]
    assert second.tokens == ["ذهبت"]
    assert (first.document, second.document) == (1, 2)


def test_malformed_line_names_file_and_line(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text("كتب\tO\nرامي\tB-PER\n\nمقالة\n", encoding="utf-8")
    with pytest.raises(RasdError, match=r"broken\.txt, line 4: no tag after the token 'مقالة'"):
        read_conll(path)


def test_prefix_without_type_is_an_error():
    with pytest.raises(RasdError, match="line 2: the tag 'B-' has a prefix but no entity type"):
        parse_conll("قرأ O\nسعاد B-\n")


def test_non_utf8_file_is_an_error(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("caf\xe9 O\n".encode("latin-1"))
    with pytest.raises(RasdError, match="is not UTF-8"):
        read_conll(path)


def test_tag_map_renames_and_drops():
    tag_map = {"PERS": "PER", "Nation": "LOC", "Population-Center": "LOC", "Group": None}
    lines = ["قال B-PERS", "أحمد I-PERS", "إن O", "العمال B-Group", "في O", "مصر B-Nation"]
    lines += ["القاهرة B-Population-Center", "أسوان I-Population-Center", "نشيد B-Song"]
    text = "\n".join(lines) + "\n"
    sentence = _only(parse_conll(text, tag_map))
    assert sentence.tags == ["B-PER", "I-PER", "O", "O", "O", "B-LOC", "B-LOC", "I-LOC", "B-Song"]
    # Adjacent fine types that map to one coarse type stay separate entities.
    assert bio_spans(sentence.tags) == [("PER", 0, 2), ("LOC", 5, 6), ("LOC", 6, 8), ("Song", 8, 9)]


def test_iob1_type_change_is_a_boundary_even_when_mapped_to_one_type():
    tag_map = {"Nation": "LOC", "Population-Center": "LOC"}
    sentence = _only(parse_conll("مصر I-Nation\nالقاهرة I-Population-Center\n", tag_map))
    assert sentence.tags == ["B-LOC", "B-LOC"]


def test_nested_tags_keep_the_outermost_kept_entity():
    lines = ["أمين B-OCC", "مجلس I-OCC B-ORG", "مدينة I-OCC I-ORG B-GPE", "صور I-OCC I-ORG I-GPE", "قال O"]
    text = "\n".join(lines) + "\n"
    assert _only(parse_conll(text)).tags == ["B-OCC", "I-OCC", "I-OCC", "I-OCC", "O"]
    mapped = _only(parse_conll(text, {"OCC": None, "GPE": "LOC"}))
    assert mapped.tags == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    inner_only = _only(parse_conll(text, {"OCC": None, "ORG": None, "GPE": "LOC"}))
    assert inner_only.tags == ["O", "O", "B-LOC", "I-LOC", "O"]


def test_load_tag_map_from_a_file_ignores_comment_keys(tmp_path):
    path = tmp_path / "map.json"
    path.write_text('{"_comment": ["why"], "PERS": "PER", "DATE": null}', encoding="utf-8")
    assert load_tag_map(path) == {"PERS": "PER", "DATE": None}
    assert load_tag_map(str(path)) == {"PERS": "PER", "DATE": None}


@pytest.mark.parametrize(
    ("content", "message"),
    [("[1, 2]", "must be a JSON object"), ('{"PERS": 3}', "'PERS' maps to 3"), ("{", "cannot read")],
)
def test_load_tag_map_rejects_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RasdError, match=message):
        load_tag_map(path)


def test_load_tag_map_unknown_name():
    with pytest.raises(RasdError, match="no tag map 'ontonotes': give a JSON file or one of anercorp, fane"):
        load_tag_map("ontonotes")


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "I-PER", "I-PER", "O"], [("PER", 1, 3)]),
        (["B-PER", "I-LOC", "I-LOC"], [("PER", 0, 1), ("LOC", 1, 3)]),
        (["B-ORG", "B-ORG", "I-ORG"], [("ORG", 0, 1), ("ORG", 1, 3)]),
        (["O", "O", "B-LOC", "I-LOC"], [("LOC", 2, 4)]),
        (["I-MISC"], [("MISC", 0, 1)]),
        (["O", "O"], []),
        ([], []),
    ],
)
def test_bio_spans_follow_conll_2003(tags, spans):
    assert bio_spans(tags) == spans


def test_write_then_read_round_trip(tmp_path):
    sentences = [
        Sentence(
            ["افتتح", "يوسف", "خليل", "معرضا", "في", "عمان"],
            ["O", "B-PER", "I-PER", "O", "O", "B-LOC"],
        ),
        Sentence(["شكرا", "."], ["O", "O"]),
    ]
    path = tmp_path / "out.conll"
    write_conll(sentences, path)
    assert path.read_text(encoding="utf-8").startswith("افتتح\tO\nيوسف\tB-PER\n")
    assert read_conll(path) == sentences


def test_write_refuses_tokens_with_spaces(tmp_path):
    with pytest.raises(RasdError, match="contain no whitespace"):
        write_conll([Sentence(["دار الكتب"], ["B-ORG"])], tmp_path / "x.conll")


_TAGS = st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "S-ORG", "E-ORG", "MISC"])


@given(st.lists(_TAGS, max_size=12))
def test_to_bio_is_idempotent_and_keeps_spans(tags):
    bio = to_bio(tags)
    assert to_bio(bio) == bio
    assert bio_spans(bio) == bio_spans(tags)
    assert all(tag == "O" or tag[:2] in ("B-", "I-") for tag in bio)


@given(st.lists(st.lists(_TAGS, min_size=1, max_size=8), max_size=5))
def test_round_trip_property(tmp_path_factory, tag_lists):
    sentences = [Sentence([f"كلمة{i}" for i in range(len(tags))], to_bio(tags)) for tags in tag_lists]
    path = tmp_path_factory.mktemp("conll") / "round.conll"
    write_conll(sentences, path)
    assert read_conll(path) == sentences
