"""Linking keys for names: spelling variants of one name collide, different names stay apart.

``fold_name`` writes a name one canonical way; ``strip_descriptor`` drops a
leading word that only says what kind of thing it names; ``skeleton`` reduces
one word to the consonants that transliterations agree on; ``name_keys``
combines them into the keys the linker looks names up by.

What ``NameKeys.exact`` merges: letter variants (alef and hamza forms, ى/ي,
ة/ه, diacritics, tatweel), punctuation and quotes, leading titles,
``عبدالله``/``عبد الله`` (always spaced) and ``ابن``/``بن``.  It keeps the
article: ``الأردن`` and ``أردن`` are different keys.

What ``NameKeys.loose`` merges on top, word by word (``skeleton``): vowel letters
(ا و ي, and the hamza carriers ء ؤ ئ) after the first letter, a final ه/ة after
two letters or more, a letter written twice in a row, the letters that write
g (غ ج ق گ ڨ, and چ) as one, and پ/ب, ڤ/ف, ژ/ز.  So ترامب/ترمب, كابول/كابل,
سوريا/سورية, ستولتنبرغ/ستولتنبرج collide.  It never merges other consonants
(ت/ط, س/ص, ك/ق, ز/ذ: غوتيريش ≠ غوتيرس) nor the first letter (أحمد ≠ حمد).
Final vowels are ignored, so حلب and حلبا collide: a loose key proposes, the
linker decides.  In person names, frequent native given names and the word
after ``عبد`` keep their exact form, because only their vowels tell them apart
(محمد/محمود, علي/عالي, حسن/حسين).

``NameKeys.first`` and ``last`` split a person's name into parts: a word, or a
linking word with what it binds (عبد الله, أبو بكر, بن لادن, آل ثاني, فون در
لايين).  A two-word surname without a linking word (زلماي خليل زاد) cannot be
told from a middle name, so its ``last`` is the final word only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..arabic.charsets import is_arabic_letter
from ..arabic.clitics import PROCLITIC_PREFIXES
from ..arabic.normalize import normalize_for_matching
from ..arabic.tokens import words

_AR = "\u0621-\u063a\u0641-\u064a"  # Arabic letters, without tatweel (U+0640)
_QUOTES = "\"'«»“”„()[]"


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(normalize_for_matching(text).split())


def _phrases(text: str) -> tuple[tuple[str, ...], ...]:
    phrases = {tuple(normalize_for_matching(p).split()) for p in text.split("|")}
    return tuple(sorted(phrases, key=len, reverse=True))


# Always dropped from the start of a name, with the adjectives that follow them (الرئيس
# السوري): forms of address, offices, academic, religious and military titles.  Never
# when nothing would be left.  Kind-blind, so a place named after a title loses it
# (الشيخ زويد → زويد) the same way in every spelling.
_TITLES = _phrases(
    "صاحب السمو الملكي|صاحب السمو|صاحبة السمو|صاحب الجلالة|سمو|جلالة|فخامة|سماحة|معالي|حضرة|ولي العهد|"
    "الرئيس|السيد|السيدة|الدكتور|الدكتورة|د|أ|البروفيسور|الأستاذ|المهندس|الشيخ|الشيخة|الملا|الحاج|"
    "الحاجة|الإمام|آية الله|حجة الإسلام|العقيد|المشير|الجنرال|اللواء|العميد|الوزير|الوزيرة|"
    "الأمين العام|المبعوث|المبعوثة|السفير|السفيرة|المستشار|المستشارة|المفوض|المفوضة|السيناتور|النائب"
)
# Royal ranks are part of how royals are called (الملك سلمان, الأمير هاري), so they are
# dropped only after a form of address (سمو الأمير تميم) or before a full name of two
# parts or more (الأمير محمد بن سلمان).
_RANKS = _folded_words("الأمير الأميرة الملك الملكة السلطان")
# Words that bind to the next one into one part of a name: عبد الله, أبو بكر, بن سلمان,
# آل ثاني, فون در لايين, دي ميستورا.
_ARABIC_LINKS = _folded_words("عبد أبو بن بنت آل")
_LINKS = _ARABIC_LINKS | frozenset("فون فان دي دو دا دير در ديل لا لو".split())
_NATIVE_GIVEN_NAMES = _folded_words(
    """محمد محمود أحمد حامد حميد حمد حمدي حمدان مصطفى علي عالي علاء حسن حسين حسان حسني محسن
    عمر عمرو عمار عامر عمران عثمان عباس عبده خالد خليل خليفة سالم سليم سلمان سليمان سعد سعيد
    سعود مسعود صالح صلاح فيصل فهد فارس فريد فؤاد ماجد مجيد مجدي منصور ناصر نصر نصير نبيل نبيه
    نزار نادر هاني هشام هاشم هادي وليد وائل ياسر ياسين يوسف يونس يحيى زياد زيد زكي رامي رامز
    رشيد راشد رياض جمال جميل جاسم قاسم كريم كمال كامل مراد معاذ مازن منير مهدي موسى عيسى
    إبراهيم إسماعيل أسامة أنس أيمن أمين أمير بشار بشير بكر بدر توفيق تامر جعفر جابر حاتم حمزة
    حيدر داود رائد سامي سامر سمير شريف طارق طلال طه عادل عارف عاطف عدنان عصام عماد غسان فادي
    فتحي فاضل قيس لؤي ماهر مالك مروان معتز مؤمن نواف هيثم وسام تميم زايد فاطمة عائشة خديجة
    مريم زينب سعاد سارة سلمى ليلى هدى نور نورة أمل أمينة أسماء رانيا ريم رنا لينا منى هند هبة
    دعاء سميرة سهام نادية هالة جميلة"""
)
_KEPT_IN_PERSON_NAMES = _NATIVE_GIVEN_NAMES | _ARABIC_LINKS
_ORG_DESCRIPTORS = _folded_words("حركة تنظيم جماعة حزب جبهة ميليشيا ميليشيات مليشيا مليشيات")
_LOC_DESCRIPTORS = _folded_words("مدينة العاصمة محافظة ولاية إقليم منطقة بلدة قرية")

# A proclitic glued to a quoted or foreign name by tatweel or a quote: لـ"داعش", الـCBC.
_CLITICS = "|".join(sorted({prefix for prefix, _ in PROCLITIC_PREFIXES}, key=len, reverse=True))
_GLUED_CLITIC = re.compile(rf"(?<![{_AR}])(?:{_CLITICS})(?=\u0640*[{re.escape(_QUOTES)}]|\u0640+[^{_AR}\s\u0640])")
# عبدالله, عبدالرحمن, عبدربه, أبوبكر, أبوظبي written as one word.
_JOINED = re.compile(rf"^(عبد(?=ال[{_AR}]{{2}}|ربه$)|ابو(?=[{_AR}]{{3}}))([{_AR}]+)$")
_QUOTED = re.compile(rf"^\s*(\S+)\s*[{re.escape(_QUOTES)}]([^{re.escape(_QUOTES)}]+)[{re.escape(_QUOTES)}]\W*$")
_TRANSLITERATION = str.maketrans({"غ": "ج", "ق": "ج", "گ": "ج", "ڨ": "ج", "چ": "ج", "پ": "ب", "ڤ": "ف", "ژ": "ز"})
_VOWEL_LETTERS = re.compile("[اويءؤئ]")
_DOUBLED = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class NameKeys:
    """The keys one name is looked up by (see the module docstring for what each merges)."""

    exact: str  # fold_name + strip_descriptor
    loose: str  # exact, word by word through skeleton (native given names kept, for people)
    last: str | None  # loose key of a person's family name; None for one-part names and non-people
    first: str | None  # loose key of a person's first name; None likewise
    parts: int = 1  # how many parts a person's name has (مهدي كاظم العبيدي: 3); 1 for non-people


def _split_joined(word: str) -> list[str]:
    match = _JOINED.match(word)
    if match is None:
        return ["بن" if word == "ابن" else word]
    return [match[1], *_split_joined(match[2])]


def _parts(tokens: list[str]) -> list[tuple[int, int]]:
    """Spans of the parts of a person's name: a word, or linking words with the word they bind."""
    spans, start = [], 0
    for index, token in enumerate(tokens):
        if token in _LINKS and index < len(tokens) - 1:
            continue
        spans.append((start, index + 1))
        start = index + 1
    return spans


def _drop_titles(tokens: list[str]) -> list[str]:
    after_address = False
    while len(tokens) > 1:
        title = next((len(t) for t in _TITLES if tuple(tokens[: len(t)]) == t and len(tokens) > len(t)), 0)
        if title:
            tokens, after_address = tokens[title:], True
        elif tokens[0] in _RANKS and (after_address or len(_parts(tokens[1:])) >= 2):
            tokens, after_address = tokens[1:], False
        else:
            break
        while len(tokens) > 1 and _is_nisba(tokens[0]):  # the title's adjective: الرئيس السوري بشار الأسد
            tokens = tokens[1:]
    return tokens


def fold_name(name: str) -> str:
    """The name spelt one way: folded letters, no punctuation or leading titles, عبد الله spaced."""
    tokens = [part for word in words(normalize_for_matching(_GLUED_CLITIC.sub("", name))) for part in _split_joined(word)]
    return " ".join(_drop_titles(tokens))


def _has_article(word: str) -> bool:
    return word.startswith("ال") and len(word) > 3


def _is_nisba(word: str) -> bool:
    return _has_article(word) and word.endswith(("ي", "يه"))


def _names_itself(rest: list[str]) -> bool:
    """Whether what follows an organisation's descriptor is a name without it.

    A word without the article (طالبان, داعش, أحرار الشام) or a lone definite
    nisba (الحوثي) is; an article noun phrase (حزب الله, حزب العمال الكردستاني)
    is not: there descriptor and noun together are the name.
    """
    return not _has_article(rest[0]) or (len(rest) == 1 and rest[0].endswith("ي"))


def _strip_once(tokens: list[str], kind: str) -> list[str] | None:
    if len(tokens) < 2:
        return None
    rest = tokens[1:]
    if kind == "ORG" and tokens[0] in _ORG_DESCRIPTORS and _names_itself(rest):
        return rest
    if kind == "LOC" and tokens[0] in _LOC_DESCRIPTORS:
        # Adjectives of the descriptor go with it (العاصمة الأفغانية كابول), unless what follows
        # them is definite too: then they belong to the name (العاصمة الإدارية الجديدة).
        adjectives = 0
        while adjectives < len(rest) - 1 and _is_nisba(rest[adjectives]):
            adjectives += 1
        if adjectives and _has_article(rest[adjectives]):
            return None
        return rest[adjectives:]
    return None


def strip_descriptor(name: str, kind: str) -> str:
    """The folded name without a leading word that only says what it is (حركة طالبان → طالبان).

    ORG drops حركة تنظيم جماعة حزب جبهة ميليشيا when the rest names itself (see
    ``_names_itself``) or is a quoted phrase (تنظيم "الدولة الإسلامية"); LOC drops
    مدينة العاصمة محافظة ولاية إقليم منطقة بلدة قرية; other kinds only fold.
    """
    kind = kind.upper()
    quoted = _QUOTED.match(normalize_for_matching(name)) if kind == "ORG" else None
    if quoted and fold_name(quoted[1]) in _ORG_DESCRIPTORS:
        rest = fold_name(quoted[2]).split()
        if len(rest) > 1 or (rest and _names_itself(rest)):
            name = quoted[2]
    folded = fold_name(name)
    while (stripped := _strip_once(folded.split(), kind)) is not None:
        folded = fold_name(" ".join(stripped))
    return folded


def skeleton(word: str) -> str:
    """A transliteration-tolerant key of one word: its consonants, the first letter kept as written."""
    word = normalize_for_matching(word).translate(_TRANSLITERATION)
    if not any(is_arabic_letter(char) for char in word):
        return word
    if _has_article(word):
        return "ال" + skeleton(word[2:])
    word = _DOUBLED.sub(r"\1", word)
    head, tail = word[0], word[1:]
    if len(tail) > 1 and tail.endswith("ه"):
        tail = tail[:-1]
    return head + _VOWEL_LETTERS.sub("", tail)


def name_keys(name: str, kind: str) -> NameKeys:
    """The exact, loose, family-name and first-name keys of a name of type ``kind`` (PER, ORG, LOC, MISC)."""
    kind = kind.upper()
    if kind == "PER":
        # A span that starts with a prepositional phrase (للحلف يانس ستولتنبرغ) names the person after it.
        words = fold_name(name).split()
        while len(words) > 1 and words[0].startswith("لل"):
            words = words[1:]
        name = " ".join(words)
    exact = strip_descriptor(name, kind)
    tokens = exact.split()
    if kind != "PER":
        return NameKeys(exact, " ".join(skeleton(token) for token in tokens), None, None)
    loose = [
        token if token in _KEPT_IN_PERSON_NAMES or (index and tokens[index - 1] == "عبد") else skeleton(token)
        for index, token in enumerate(tokens)
    ]
    parts = _parts(tokens)
    if len(parts) < 2:
        return NameKeys(exact, " ".join(loose), None, None)
    (first_start, first_end), (last_start, last_end) = parts[0], parts[-1]
    return NameKeys(
        exact,
        " ".join(loose),
        " ".join(loose[last_start:last_end]),
        " ".join(loose[first_start:first_end]),
        len(parts),
    )


def is_short_form(short: NameKeys, long: NameKeys) -> bool:
    """Whether a one-part person name is the family name of a longer one (ترمب → دونالد ترامب).

    Both must be keys of people: NameKeys does not record the type.
    """
    return short.last is None and bool(short.loose) and long.last is not None and short.loose == long.last
