import codecs

import pytest

from rasd.errors import InputError
from rasd.ingest.decode import decode, sniff_binary

ARABIC = "قال وزير الخارجية إن المحادثات التي جرت في عمّان يوم الاثنين كانت مثمرة وإن الطرفين سيواصلان الحوار."


@pytest.mark.parametrize(
    "content, encoding",
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
        (ARABIC.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16"),
        (ARABIC.encode("utf-16-le"), "utf-16-le"),
        (ARABIC.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_unicode_encodings_with_and_without_bom(content, encoding):
    decoded = decode(content)
    assert decoded.text == ARABIC
    assert decoded.encoding == encoding


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6"])
def test_legacy_arabic_encodings_are_detected(encoding):
    text = "\n".join([ARABIC] * 3)
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding.replace("_", "-").replace("iso8859", "iso-8859") == encoding


def test_windows_1256_specific_letters_survive():
    # پ and گ exist in cp1256 but not in ISO-8859-6: a wrong guess would mangle them.
    text = "زار الوفد مدينة گرگان ثم پاريس، وقال رئيس الوفد إن الزيارة كانت ناجحة للغاية في كل المجالات."
    assert decode(text.encode("cp1256")).text == text


@pytest.mark.parametrize("content", [b"", b"   \n\t  ", "\ufeff".encode("utf-8")])
def test_empty_input_is_refused(content):
    with pytest.raises(InputError, match="empty"):
        decode(content)


@pytest.mark.parametrize(
    "content, name",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF document"),
        (b"PK\x03\x04" + bytes(200), "ZIP archive"),
        (b"\x1f\x8b\x08" + bytes(200), "gzip archive"),
    ],
)
def test_binary_files_are_named(content, name):
    assert name in sniff_binary(content)
    with pytest.raises(InputError, match="binary file"):
        decode(content)


def test_nul_bytes_and_noise_are_refused():
    with pytest.raises(InputError):
        decode(bytes([0, 159, 146, 150, 0, 1, 2, 3]) * 50)
    with pytest.raises(InputError):
        decode(bytes(range(1, 32)) * 40)
