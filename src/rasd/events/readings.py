"""What the words around a trigger say about the act it tells: a walk-out rather than a retreat, a campaign
of arrests rather than an attack, a vow of force rather than a pledge, what an agreement was reached on,
a charge or a proposal rather than an act, an accident rather than an attack, and whether the trigger opens
its clause (a verb there, not a verbal noun).

Each takes the sentence's ``SentenceContext`` (``roles.py``) and the trigger's word index.
"""

from __future__ import annotations

from ..arabic.normalize import matching_words, normalize_for_matching
from .roles import has_clause_break

# A campaign of arrests or raids, launched (شنت حملة اعتقالات): coercion, though شن launches attacks.
_CAMPAIGNS, _ARRESTS = matching_words("حملة حملات"), matching_words("اعتقالات اعتقال مداهمات مداهمة دهم")
# Words of an agreement, whose "على" leads what was agreed (اتفاق على سحب القوات).
_AGREEMENT_WORDS = matching_words("اتفاق الاتفاق اتفاقا اتفقوا اتفق اتفقت اتفقا التوافق توافق الموافقة موافقة")
_ON, _FROM = normalize_for_matching("على"), normalize_for_matching("من")
# What one walks out of without withdrawing forces (انسحب من الاجتماع).
_SESSIONS = matching_words("الاجتماع الجلسة القاعة المؤتمر المفاوضات الحوار السباق الانتخابات البطولة المنافسة")
# The words of an accident (انفجار بمحطة وقود).
_ACCIDENTS = matching_words("وقود بمحطة محطة غاز الغاز حريق تسرب صهريج اسطوانة أسطوانة ماس")

# Accusing (اتهم، الاتهام، بتهمة): a verbal noun after ب that follows them is the charge (اتهمت المعارضة
# الجيش بحشد قوات).
_CHARGES = ("اتهم", "يتهم", "تتهم", "اتهام", "الاتهام", "اتهامات", "تهمه", "بتهمه", "التهمه", "متهم")
# What is put forward (اقتراحا … بأن تتعهد): the act after بأن is what was proposed or asked, not done.
_PROPOSALS = ("اقتراح", "مقترح", "الاقتراح", "المقترح", "عرض", "العرض", "مبادره", "المبادره", "فكره", "الفكره")
_THAT = matching_words("بأن بان")


def opens_clause(context, position: int) -> bool:
    """Whether the word at ``position`` begins its sentence or follows a clause break."""
    return position == context.first or has_clause_break(
        context.text[context.tokens[position - 1].end:context.tokens[position].start])


def agreed_content(context, position: int) -> bool:
    """Whether a verbal noun is what an agreement or a deal was reached on: "على" after an agreement word
    before it, in its clause (اتفاق مبدئي على تبادل الأسرى وسحب القوات)."""
    for index in range(position - 1, max(context.first, position - 10) - 1, -1):
        if has_clause_break(context.text[context.tokens[index].end:context.tokens[index + 1].start]):
            return False
        if context.folded[index] in _AGREEMENT_WORDS:
            return _ON in context.folded[index + 1:position]
    return False


def walks_out(context, position: int) -> bool:
    """Whether "من" and a meeting follow the trigger in its clause (انسحب يعقوب … من الاجتماع)."""
    for index in range(position + 1, min(context.stop - 1, position + 12)):
        if has_clause_break(context.text[context.tokens[index - 1].end:context.tokens[index].start]):
            return False
        if context.folded[index] == _FROM and context.folded[index + 1] in _SESSIONS:
            return True
    return False


def arrests(context, position: int) -> bool:
    """"شن … حملة اعتقالات / مداهمات": the campaign launched is one of arrests or raids."""
    words = context.folded[position + 1:min(context.stop, position + 6)]
    return any(a in _CAMPAIGNS and b in _ARRESTS for a, b in zip(words, words[1:]))


def accident(context) -> bool:
    """Whether the sentence tells an accident (a fuel station, gas, a fire)."""
    return any(word in _ACCIDENTS for word in context.folded[context.first:context.stop])


# Force vowed after تعهد (تعهد بالانتقام من, بتوسيع نطاق الغارات): a threat, not a pledge (بمحاسبة, بمعاقبة:
# justice, stays a pledge, as in the gold set).
_FORCE_VOWED = matching_words("""الانتقام انتقام الثأر توسيع القضاء سحق محاربة ضرب الرد رد
                              مواصلة شن""")


def vows_force(context, position: int) -> bool:
    """Whether a word led by ب within twelve words after a pledge's word names force (تعهد بارزاني، اليوم،
    بالانتقام من تنظيم داعش)."""
    return any(word.startswith("ب") and word[1:] in _FORCE_VOWED
               for word in context.folded[position + 1:min(context.stop, position + 13)])


def charged_act(context, position: int) -> bool:
    """Whether a verbal noun after ب is what someone is accused of (واتهمت المعارضة الجيش بحشد قوات): an
    accusation word before it in its clause, within twenty words (the accused may be described at length)."""
    if not context.folded[position].lstrip("و").startswith("ب"):
        return False
    for index in range(position - 1, max(context.first, position - 20) - 1, -1):
        if has_clause_break(context.text[context.tokens[index].end:context.tokens[index + 1].start]):
            return False
        if context.folded[index].lstrip("و").startswith(_CHARGES):
            return True
    return False


def proposed_content(context, position: int) -> bool:
    """Whether the trigger tells what a proposal or an offer put forward (رفضت اقتراحا قدمته روما بأن
    تتعهد أنقرة): بأن within three words before it, a proposal word within five before that."""
    for index in range(position - 1, max(context.first, position - 4) - 1, -1):
        if context.folded[index] in _THAT:
            before = context.folded[max(context.first, index - 5):index]
            return any(word.lstrip("و").startswith(_PROPOSALS) for word in before)
    return False
