"""The words that introduce reported speech in Arabic news, looked up on folded forms.

A *cue* is a reporting verb in any of the forms news writes it: past (``قال``,
``قالت``, ``قالوا``), present (``يقول``, ``تقول``), the circumstantial
participle that chains a second statement onto the first (``مضيفا``,
``مشيرة``), each with the conjunctions ``و``/``ف`` written onto it.  Each lemma
says whether it may stand without a subject and still report speech (a
*continuation*: ``وأضاف``, ``وتابع``, ``وزاد`` take the previous speaker).

A *complementiser* (``إن``, ``أن``, ``بأن``, ``إنه``…, and the preposition a
verb governs before it: ``أشار إلى أن``, ``شدد على أن``, ``حذر من أن``) ends the
speaker's words and opens the reported clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..arabic.normalize import normalize_for_matching


@dataclass(frozen=True, slots=True)
class Lemma:
    """A reporting verb: its written forms, and how it may report speech."""

    name: str
    continuation: bool  # may report speech with no subject of its own (وأضاف: "...")
    strict: bool  # ambiguous as a plain verb: needs a complementiser, a colon or a quote right after


@lru_cache(maxsize=200_000)
def _fold(word: str) -> str:
    # Cached: news repeats its words, and every token of every article is looked up here.
    return normalize_for_matching(word).replace("ً", "")


# lemma: forms (past, present, participles), continuation?, strict?
_LEMMAS: dict[str, tuple[str, bool, bool]] = {
    "قال": ("قال قالت قالوا قالا يقول تقول يقولون قائلا قائلة قائلين", True, False),
    "أكد": ("أكد أكدت أكدوا أكدا يؤكد تؤكد يؤكدون مؤكدا مؤكدة مؤكدين", True, False),
    "أضاف": ("أضاف أضافت أضافوا يضيف تضيف مضيفا مضيفة مضيفين", True, False),
    "أوضح": ("أوضح أوضحت أوضحوا يوضح توضح موضحا موضحة", True, False),
    "أشار": ("أشار أشارت أشاروا يشير تشير مشيرا مشيرة مشيرين", True, False),
    "لفت": ("لفت لفتت يلفت لافتا لافتة", True, True),
    "أعلن": ("أعلن أعلنت أعلنوا يعلن تعلن معلنا معلنة", False, True),
    "اعتبر": ("اعتبر اعتبرت اعتبروا يعتبر تعتبر معتبرا معتبرة", True, True),
    "رأى": ("رأى رأت رأوا يرى ترى يرون", True, True),
    "ذكر": ("ذكر ذكرت ذكروا تذكر مذكرا", False, True),
    "أفاد": ("أفاد أفادت أفادوا يفيد تفيد مفيدا مفيدة", True, True),
    "شدد": ("شدد شددت شددوا يشدد تشدد مشددا مشددة", True, False),
    "تابع": ("تابع تابعت تتابع يتابع", True, True),
    "زاد": ("زاد زادت", True, True),
    "أردف": ("أردف أردفت مردفا مردفة", True, False),
    "استطرد": ("استطرد استطردت مستطردا", True, False),
    "كشف": ("كشف كشفت يكشف تكشف كاشفا كاشفة", True, True),
    "صرح": ("صرح صرحت يصرح مصرحا", True, True),
    "حذر": ("حذر حذرت حذروا يحذر تحذر محذرا محذرة", True, True),
    "نفى": ("نفى نفت ينفي تنفي نافيا نافية", True, True),
    "نوه": ("نوه نوهت منوها منوهة", True, True),
    "أبان": ("أبان أبانت مبينا مبينة بينت", True, True),
    "أفصح": ("أفصح أفصحت", True, True),
    "زعم": ("زعم زعمت يزعم", True, True),
    "أبلغ": ("أبلغ أبلغت", True, True),
    "دعا": ("دعا دعت دعوا يدعو تدعو داعيا داعية", True, True),
    "طالب": ("طالب طالبت طالبوا يطالب تطالب مطالبا مطالبة", True, True),
    "حض": ("حض حضت حث حثت", True, True),
    "كتب": ("كتب كتبت غرد غردت", False, True),
    "اختتم": ("اختتم اختتمت ختم ختمت", True, True),
    "تساءل": ("تساءل تساءلت متسائلا", True, False),
    "أقر": ("أقر أقرت اعترف اعترفت", True, True),
    "توقع": ("توقع توقعت متوقعا", False, True),
    "أصر": ("تصر يصر أصر أصرت", False, True),
    "أثنى": ("أثنى أثنت مثنيا أشاد أشادت مشيدا", False, True),
}

# Prefixes written onto a verb: the conjunctions (and ``ل`` in ``لقد``-less forms is not one).
_CONJUNCTIONS = ("و", "ف")


def _build() -> dict[str, Lemma]:
    forms: dict[str, Lemma] = {}
    for name, (words, continuation, strict) in _LEMMAS.items():
        lemma = Lemma(name, continuation, strict)
        for word in words.split():
            folded = _fold(word)
            forms[folded] = lemma
            for conjunction in _CONJUNCTIONS:
                forms.setdefault(conjunction + folded, lemma)
    return forms


_FORMS = _build()
# Participles chain a second statement onto the first one's speaker (، مضيفا أن ...).
PARTICIPLE_ENDINGS = ("ا", "ه", "ين")
_PARTICIPLE_PREFIXES = ("م", "قائل", "لافت", "داعي", "ناف", "كاشف")


def cue_lemma(word: str) -> Lemma | None:
    """The reporting verb a word is a form of, or None."""
    return _FORMS.get(_fold(word))


def is_participle(word: str) -> bool:
    """Whether a cue word is a circumstantial participle (``مضيفا``, ``قائلة``, ``ومؤكدا``)."""
    folded = _fold(word)
    if folded[:1] in _CONJUNCTIONS and folded[1:] in _FORMS:
        folded = folded[1:]
    return folded.endswith(PARTICIPLE_ENDINGS) and folded.startswith(_PARTICIPLE_PREFIXES)


# Complementisers: the word itself, with a pronoun written onto it, with ب written before it.
_COMPLEMENTISERS = frozenset(
    _fold(prefix + base + pronoun)
    for base in ("إن", "أن", "ان")
    for prefix in ("", "ب")
    for pronoun in ("", "ه", "ها", "هم", "هما", "نا", "ني", "ي", "كم")
)
# Prepositions a reporting verb governs before its complementiser (أشار إلى أن, شدد على أن, حذر من أن).
_GOVERNED = frozenset(_fold(w) for w in "إلى الى على من عن في".split())


def is_complementiser(word: str) -> bool:
    return _fold(word) in _COMPLEMENTISERS


def is_governed_preposition(word: str) -> bool:
    return _fold(word) in _GOVERNED


# Written sources that report (``وجاء في البيان``, ``ونقلت الوكالة عن``): the cue words after which
# the speaker is a document, or a source introduced by a preposition.
_APPEARED = frozenset(_fold(w) for w in "جاء وجاء فجاء ورد وورد".split())


def is_appeared(word: str) -> bool:
    """``جاء``/``ورد`` (``وجاء في البيان أن``): the statement named next is the speaker."""
    return _fold(word) in _APPEARED


# Words that attribute the clause before them to a source (``، حسبما أفاد تقرير``, ``بحسب البيان``).
_ACCORDING = frozenset(_fold(w) for w in "حسبما بحسب حسب وفق وفقا وفقاً طبقا نقلا".split())


def is_according(word: str) -> bool:
    return _fold(word) in _ACCORDING


# Back-references that open a statement: the person just named is speaking (من جهته قال ...).
_ASIDE_OPENERS = ("من جهته", "من جهتها", "من جانبه", "من جانبها", "بدوره", "بدورها", "من ناحيته", "من ناحيتها")
ASIDE_OPENERS = frozenset(_fold(phrase) for phrase in _ASIDE_OPENERS)


def fold(word: str) -> str:
    """The folded form cues are looked up by (public for the other modules of this package)."""
    return _fold(word)
