"""Character sets shared by the Arabic utilities, compiled once."""

from __future__ import annotations

# Harakat, tanween, shadda, sukun and the smaller Quranic marks; U+0670 is the dagger alef.
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E5, 0x06E6, 0x06E9)
)
TATWEEL = "\u0640"
# Bidirectional controls and invisible joiners that scraped pages carry before or inside words.
DIRECTION_MARKS = (
    "\u200c\u200d\u200e\u200f\u061c\ufeff"
    + "".join(chr(c) for c in range(0x202A, 0x202F))
    + "".join(chr(c) for c in range(0x2066, 0x206A))
)
ALEF_FORMS = "أإآٱ"
ALEF = "ا"
ALEF_MAKSURA = "ى"
YEH = "ي"
TEH_MARBUTA = "ة"
HEH = "ه"
WAW_HAMZA = "ؤ"
YEH_HAMZA = "ئ"
WAW = "و"
# Persian and Urdu letter forms that look like Arabic ones and appear in copied text.
PERSIAN_LOOKALIKES = {"\u06a9": "ك", "\u06cc": "ي", "\u06c0": "ه", "\u06d5": "ه"}
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
# The letters of the Arabic script, as a regex class (hamza to yeh, then the extended letters).
ARABIC_LETTER_CLASS = "[\u0621-\u064a\u0671-\u06d3]"


def is_arabic_letter(char: str) -> bool:
    """True for a letter of the Arabic script (not a mark, digit or punctuation)."""
    return "\u0621" <= char <= "\u064a" or "\u0671" <= char <= "\u06d3"
