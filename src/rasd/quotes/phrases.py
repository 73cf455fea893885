"""The words of speaker phrases: where the circumstances of a statement begin, what a name written
after a title looks like, which nouns are sources, statements, honorifics.

Word lists are folded once (``cues.fold``) and looked up on folded tokens.
"""

from __future__ import annotations

from .cues import fold

MAX_DESCRIPTION_WORDS = 8
MAX_PHRASE_WORDS = 14
TIME_WORDS = frozenset(
    fold(w)
    for w in "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس اليوم غدا الليلة مساء صباح ظهر "
    "الأسبوع الشهر الماضي المقبل مؤخرا مؤخراً حاليا أيضا أيضاً كذلك بدوره بدورها".split()
)
# Prepositions that open the circumstances of a statement, not part of who made it.
ADVERBIAL_PREPOSITIONS = frozenset(fold(w) for w in "خلال عقب أثناء أمام قبل بعد عبر لدى وسط إثر حسب بحسب".split())
# Nouns after في / على that say how or where something was said.
CIRCUMSTANCES = frozenset(
    fold(w)
    for w in "بيان بيانه بيانها تصريح تصريحات تصريحه تصريحها حديث حديثه حديثها مقابلة كلمة كلمته كلمتها تغريدة "
    "تغريدته تغريدتها تغريدات حوار مؤتمر رسالة رسالته لقاء اتصال ختام افتتاح وقت الوقت أعقاب ذات هذا هذه "
    "تعليق تعليقه منشور إفادة جلسة اجتماع مداخلة ندوة محاضرة خطاب خطابه تويتر حسابه حسابها صفحته صفحتها "
    "موقع موقعه إكس فيسبوك هامش نفس سياق رده ردها معرض مستهل بداية نهاية".split()
)
# Ranks between a title and a name (الفريق أول, اللواء), and words that never begin or fill a name.
RANK_WORDS = frozenset(fold(w) for w in "أول اول".split())
NOT_NAMES = frozenset(
    fold(w) for w in "في من إلى الى عن مع و أو لدى باسم بين حول أمس اليوم أيضا كما الذي التي عضو ممثل رئيس عدم".split()
)
# A phrase that opens with these names no speaker: a governed preposition (شدد على ضرورة أن) or the
# statement already named (وجاء فيه أن).
GOVERNED_OBJECTS = frozenset(fold(w) for w in "على إلى الى من عن فيه فيها".split())
# Nouns for unnamed sources (مسؤول أميركي, مصادر محلية).
SOURCES = frozenset(
    fold(w) for w in "مسؤول مسؤولة مسؤولون متحدث متحدثة ناطق ناطقة مصدر مصادر دبلوماسي قيادي مستشار خبير".split()
)
STATEMENTS = frozenset(fold(w) for w in "بيان البيان تقرير التقرير تغريدة رسالة الرسالة إعلان الإعلان نص".split())
HONORIFICS = frozenset(fold(w) for w in "الدكتور الدكتورة الأستاذ الأستاذة المهندس الشيخ السيد السيدة د".split())
# Prepositions and topic markers: a name after them is not the subject of the clause.
TOPIC_WORDS = frozenset(fold(w) for w in "في من عن على إلى الى مع عما وعما وعن حول وحول بشأن وبشأن لدى مع".split())
REFUSALS = frozenset(fold(w) for w in "عدم بعدم".split())
APPOSITION = frozenset(fold(w) for w in "وهو وهي هو هي".split())
MANNER = frozenset(fold(w) for w in "بلهجة بنبرة بصوت بشكل بالقول بتغريدته بتغريدتها بتغريدة بحسب كذلك".split())
# Honorifics written as pronouns (معاليه, سموه): the person already speaking.
PRONOUNS = frozenset(fold(w) for w in "معاليه سموه فخامته سماحته سعادته جلالته".split())
LEAD_PARTICLES = frozenset(fold(w) for w in "و كان وكان كانت وكانت أما وأما فيما بينما لكن ولكن كما ثم قد وقد".split())
CONJUNCTION_STARTS = ("و", "ف")




def trailing_name(words: list) -> str | None:
    """A person's name closing a description (``عضو المجلس علي البارقي``): two to four words after a
    title's last definite word, none of them definite until the last, none a preposition."""
    for i in range(1, len(words) - 1):
        before, first = words[i - 1].folded, words[i].folded
        if not (definite(before) or before in RANK_WORDS) or definite(first):
            continue
        rest = words[i:]
        if first in RANK_WORDS or first in NOT_NAMES or len(rest) > 4 or prepositional_noun(first) \
                or (first[:1] in "لبك" and len(first) > 4 and len(rest) > 1 and definite(rest[1].folded)):
            continue
        if all(w.folded not in NOT_NAMES and not definite(w.folded) for w in rest[:-1]) \
                and rest[-1].folded not in NOT_NAMES and not first.endswith("ا"):
            return " ".join(w.text for w in rest)
    return None


def definite(folded: str) -> bool:
    """A word with the article (الوزير, للحلف); not إلى, nor آل in a family name (آل ثاني)."""
    return folded.startswith(("ال", "لل")) and len(folded) > 3


def prepositional_noun(folded: str) -> bool:
    """``بوزارة``, ``لهيئة``: a preposition written onto a noun, not a name's first word."""
    return folded[:1] in ("ب", "ل", "ك") and len(folded) > 4 and folded.endswith("ه")


def family_key(word: str) -> str:
    """A family name without its article, the way the model may cut it (السيد → سيد, العطية → عطيه)."""
    folded = fold(word)
    return folded[2:] if folded.startswith("ال") and len(folded) > 4 else folded


def clitic_length(word: str) -> int:
    """Length of the ل (and tatweel) written before a name (للخارجية → 1, لـ → 2)."""
    length = 1
    while length < len(word) and word[length] == "\u0640":
        length += 1
    return length


_ADDRESSEES = frozenset(
    fold(w) for w in "للصحفيين للصحافيين للصحافة لوكالة لقناة لصحيفة لموقع لإذاعة للتلفزيون".split()
)


def addressee(word: str) -> bool:
    """``للصحفيين``, ``لـ``, ``لوكالة``: whom the statement was made to."""
    return word.startswith("لـ") or fold(word) in _ADDRESSEES
