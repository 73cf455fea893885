"""Bytes to text: encoding detection and refusing what is not text."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import InputError

# Magic numbers of files people rename or drop into news folders by mistake.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP, WAV or AVI)"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable program"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office document"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Text with more than this share of control characters is treated as binary.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def sniff_binary(content: bytes) -> str | None:
    """Name the binary format ``content`` starts with, or None when it may be text."""
    for signature, name in _BINARY_SIGNATURES:
        if content.startswith(signature):
            return name
    return None


def _bom_encoding(content: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return encoding
    return None


def _looks_like_bomless_utf16(content: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII-range characters is NUL."""
    sample = content[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls == 0:
        return "utf-16-be"
    # Arabic in UTF-16: high bytes 0x06 on one side.
    if sample[1::2].count(6) > 0.3 * half and even_nuls == 0:
        return "utf-16-le"
    if sample[0::2].count(6) > 0.3 * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for char in text if char < " " and char not in _ALLOWED_CONTROLS)
    return controls / len(text)


def decode(content: bytes) -> Decoded:
    """Decode raw bytes to text, detecting the encoding; raise InputError when it is not text."""
    if not content.strip():
        raise InputError("empty input: nothing to read")
    binary = sniff_binary(content)
    if binary:
        raise InputError(f"binary file ({binary}), not text")
    encoding = _bom_encoding(content) or _looks_like_bomless_utf16(content)
    if encoding is None:
        try:
            text = content.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text = None
    else:
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError as error:
            raise InputError(f"undecodable text: looks like {encoding} but is not ({error.reason})") from None
    if text is None:
        if b"\x00" in content:
            raise InputError("binary data (NUL bytes), not text")
        best = from_bytes(content).best()
        if best is None:
            raise InputError("cannot detect the text encoding; convert the file to UTF-8 and try again")
        encoding = best.encoding
        text = str(best)
    text = text.lstrip("\ufeff")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise InputError("binary or corrupt data: too many control characters for text")
    if not text.strip():
        raise InputError("empty input: nothing to read")
    return Decoded(text=text, encoding=encoding)


def decode_as(content: bytes, encoding: str) -> str:
    """Decode bytes with an encoding found earlier (used to show raw text again)."""
    return content.decode(encoding, errors="replace").lstrip("\ufeff")
