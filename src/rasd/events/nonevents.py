"""Words that only look like an event: sport, frames of another report, idioms, background, verdicts.

Checks on a trigger before (``frames_another_report``, ``is_sport_article``) and after
(``trigger_tells_no_act``) its actors are read; each says which wording it catches.
"""

from __future__ import annotations

from ..arabic.normalize import normalize_for_matching
from . import cues
from .lexicon import Match
from .objects import bare_verb
from .roles import LIGHT_VERBS


def is_sport_article(folded: list[str]) -> bool:
    """Whether an article's folded words include enough sport words (counted with proclitics stripped)."""
    count = 0
    for word in folded:
        if word in cues.SPORT_WORDS or (word[:1] in ("و", "ب", "ل", "ف") and word[1:] in cues.SPORT_WORDS) \
                or (word[:2] in ("لل", "وا") and "ال" + word[2:] in cues.SPORT_WORDS):
            count += 1
            if count >= cues.SPORT_ARTICLE:
                return True
    return False

def frames_another_report(context, position: int) -> bool:
    """A trigger in a relative clause a few words on (الذي كان أول مسؤول غربي يزور), or right after a frame
    (عقب توصل طهران, بعد أن وافقت, قبل أن يطالب): background to the sentence's own report."""
    folded, first = context.folded, context.first
    before = folded[max(first, position - 2):position]
    if before and before[-1] in cues.FRAME_CLAUSES:
        return True  # "عقب توصل": after a frame word a verb's form is its verbal noun
    if len(before) == 2 and before[0] in cues.FRAME_CLAUSES and (before[1] in cues.THAT or before[1] in cues.BOUNDS):
        return True  # "بعد أن وافقت", "عقب انتهاء اجتماع"
    wider = folded[max(first, position - 5):position]
    if wider and wider[-1] in cues.SPAN_LINKS and any(word in cues.FRAME_CLAUSES for word in wider[:-1]):
        return True  # "بعد يوم من هجوم", "بعد أربعة أيام على تفجير": the time since another event
    for index in range(position - 1, max(first, position - 6) - 1, -1):
        gap = context.text[context.tokens[index].end:context.tokens[index + 1].start]
        if any(char in gap for char in "،,.:;؛!?؟\"«»()\n"):
            return False  # a new clause begins
        word = folded[index]
        if word in cues.RELATIVES:
            return True
        if word.startswith("و") and len(word) > 3:
            return False
    return False

def trigger_tells_no_act(context, position: int, match: Match) -> bool:
    """Idioms, background and speech that only look like an event (each check says which)."""
    trigger = match.form.trigger
    verb = match.form.tense in ("past", "present")
    if match.form.tense == "masdar" and trigger.type == "REQUEST" and not light_verb_before(context, position):
        return True  # "معدل طلب السعودية": the verbal noun of asking is as often demand in a market
    if verb and not match.prefix and _in_construct(context, position):
        return True  # "في وجه رفض الكونغرس": after a noun, the verb's form is a verbal noun it governs
    if match.form.tense in ("noun", "masdar") and not match.prefix and position > context.first and \
            context.folded[position - 1] in cues.INSTITUTIONS:
        return True  # "بتشكيل مركز تنسيق": the act's noun names a body
    if _month_long_before(context, position):
        return True  # "وفي يناير انتقد" in a July article: background
    after = context.folded[position + 1:min(context.stop, position + 9)]
    if trigger.type == "PROTEST" and match.form.tense == "noun" and after and after[0].startswith("ال") \
            and not actor_at(context, position + 1):
        return True  # "عرقلت مسيرة التنمية": the course of something, not a march
    if trigger.type == "PROTEST" and match.form.tense == "noun" and after and after[0] in cues.GATHERING_KINDS:
        return True  # "أكبر تظاهرة اقتصادية": a festival or a fair
    if normalize_for_matching(trigger.lemma) == cues.MARCH and \
            not (after and (after[0] in cues.MARCH_WORDS or actor_at(context, position + 1))):
        return True  # "مسيرة حافلة", "مسيرة التنمية": a career or a course; a march says what or where it is
    if match.form.tense == "present" and not match.prefix and position > context.first and \
            context.folded[position - 1] in cues.WHO:
        return True  # "من يزور المدينة": whoever visits
    if trigger.needs and any(word in cues.NOT_FORCE for word in after[:4]):
        return True  # "شن ناشطون حملة نقد": a campaign of words, not of force
    if trigger.type == "REQUEST" and (any(word in cues.GOD or word in cues.BLESSINGS for word in after[:6])
                                      or _prays(context, position)):
        return True  # "ودعا … الله أن", "ودعا … في ختام بيانه بأن يحفظ الله المملكة", "ودعا … للفقيد بالرحمة"
    if trigger.type == "REJECT" and any(word in cues.COMMENT for word in after):
        return True  # "رفض ممثلون … التعليق": declining to comment
    if normalize_for_matching(trigger.lemma) in cues.CONDEMNATIONS and (
            any(word in cues.VERDICT for word in context.folded[max(context.first, position - 3):position + 10])
            or context.folded[position + 1:position + 2] and context.folded[position + 1] in cues.COURTS):
        return True  # "أدانت هيئة المحلفين هولمز بالقتل", "وأدانت المحكمة ثلاثة آخرين": a verdict
    return False

def _in_construct(context, position: int) -> bool:
    if position <= context.first:
        return False
    previous = context.folded[position - 1]
    gap = context.text[context.tokens[position - 1].end:context.tokens[position].start]
    if gap.strip() or previous.startswith(("ال", "و", "ف", "ي", "ت", "ن")) or len(previous) < 3:
        return False
    if previous in cues.NOT_OBJECT or previous in cues.SKIPPABLE or previous in cues.CONSTRUCT_SAFE or \
            bare_verb(previous).startswith(LIGHT_VERBS):
        return False
    start = context.tokens[position - 1].start
    return not any(a.start <= start < a.end for a in (context.actors.actors[i] for i in context.members))

def _month_long_before(context, position: int) -> bool:
    """A month named before the trigger that lies two or more months before the article's, or after it in
    the year and not said to be coming (وفي نوفمبر تعهدت in a July article: last November)."""
    if context.anchor is None:
        return False
    start = max(context.first, position - 6)
    for index in range(start, position):
        word = context.folded[index]
        month = cues.MONTHS.get(word[1:] if word[:1] in ("و", "ف", "ب") and word[1:] in cues.MONTHS else word)
        if month is None:
            continue
        if context.anchor.month - month >= 2:
            return True
        coming = any(w in cues.COMING for w in context.folded[index + 1:min(context.stop, index + 4)])
        if month > context.anchor.month and not coming:
            return True
    return False

def light_verb_before(context, position: int) -> bool:
    before = context.folded[max(context.first, position - 12):position]
    return any(bare_verb(word).startswith(LIGHT_VERBS) for word in before)

def actor_at(context, index: int) -> bool:
    start = context.tokens[index].start
    return any(a.start <= start < a.end for a in (context.actors.actors[i] for i in context.members))


# A body, one party however many its members (اللجنة, وزارة الشؤون الاجتماعية, الحكومة العراقية).
_ONE_BODY = frozenset(normalize_for_matching(w) for w in """
    وزارة الوزارة هيئة الهيئة وكالة الوكالة لجنة اللجنة مجلس المجلس المحكمة محكمة المنظمة منظمة البنك الصندوق
    الشركة شركة أمانة الأمانة بلدية البلدية الحكومة حكومة
""".split())


def meets_alone(context, source: list[int] | None, match: Match) -> bool:
    """Whether a meeting with no one else is a body's own (عقدت اللجنة اجتماعا, تعقد الحكومة العراقية
    اجتماعا): its members meet among themselves, no parties consult (in the judged samples, 1 right of 8)."""
    if source is None or len(source) > 1 or match.form.plural:
        return False
    words = normalize_for_matching(context.actors.actors[source[0]].text).split()
    return bool(words) and (words[0] in _ONE_BODY or bare_verb(words[0]) in _ONE_BODY)  # (وزارة: its own و)


_THAT_GOD = frozenset(normalize_for_matching(w) for w in "أن بأن".split())


def _prays(context, position: int) -> bool:
    """Whether God is the subject of a wish the request's word leads to, within sixteen words (دعا … بأن يحفظ
    الله المملكة)."""
    after = context.folded[position + 1:min(context.stop, position + 17)]
    return any(word in cues.GOD and any(w in _THAT_GOD for w in after[max(0, k - 3):k])
               for k, word in enumerate(after))
