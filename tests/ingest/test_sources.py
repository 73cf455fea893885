import io
import json

from rasd.ingest.document import HTML, RECORD, TEXT, InputFailure, RawDocument
from rasd.ingest.sources import SourceOptions, count_files, iter_inputs


def _collect(paths, **kwargs):
    return list(iter_inputs([str(p) for p in paths], SourceOptions(**kwargs.pop("options", {})), **kwargs))


def test_directories_are_read_recursively_in_order_skipping_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "b" / "notes.docx").write_bytes(b"PK")
    (tmp_path / ".hidden" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("x", encoding="utf-8")
    items = _collect([tmp_path])
    assert [item.origin for item in items] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "c.html")]
    assert [item.media_type for item in items] == [TEXT, HTML]
    assert count_files([str(tmp_path)]) == 2


def test_jsonl_records_become_documents_and_bad_lines_fail_alone(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"title": "أ", "text": "نص أول", "url": "https://example.test/1"}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "ب", "text": "نص ثان"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _collect([path])
    assert [type(item) for item in items] == [RawDocument, InputFailure, InputFailure, RawDocument]
    assert items[0].origin == f"{path}#1" and items[0].url == "https://example.test/1"
    assert items[0].media_type == RECORD
    # The record's raw bytes are exactly the line as read.
    assert items[0].content == lines[0].encode("utf-8")
    assert "line 2" in items[1].reason
    assert items[3].origin == f"{path}#5"


def test_json_array_and_single_object(tmp_path):
    array = tmp_path / "many.json"
    array.write_text(json.dumps([{"text": "أ"}, {"text": "ب"}], ensure_ascii=False), encoding="utf-8")
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "ج"}, ensure_ascii=False), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    items = _collect([array, single, broken])
    assert [item.origin for item in items] == [f"{array}#1", f"{array}#2", str(single), str(broken)]
    assert isinstance(items[3], InputFailure) and "not valid JSON" in items[3].reason


def test_size_limit_and_missing_paths(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    items = _collect([big, tmp_path / "missing.txt"], options={"max_input_bytes": 1024})
    assert "too large" in items[0].reason and "--max-input-mb" in items[0].reason
    assert items[1].reason == "no such file or directory"


def test_stdin_and_sniffing_without_suffix(tmp_path):
    html = b"<!DOCTYPE html><html><body><p>x</p></body></html>"
    (tmp_path / "page").write_bytes(html)
    items = _collect([tmp_path / "page"])
    assert items[0].media_type == HTML
    items = list(iter_inputs(["-"], SourceOptions(), stdin=io.BytesIO("سطر".encode("utf-8"))))
    assert items[0].origin == "-" and items[0].media_type == TEXT
    items = list(iter_inputs(["-"], SourceOptions(), stdin=io.BytesIO(b'{"text": "x"}\n{"text": "y"}\n')))
    assert [item.origin for item in items] == ["-#1", "-#2"]


def test_outlet_option_is_carried(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    items = _collect([tmp_path], options={"outlet": "صحيفة"})
    assert items[0].outlet == "صحيفة"
