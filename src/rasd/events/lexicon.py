"""Arabic event triggers for the sixteen PLOVER categories.

Each trigger is a verb (its past form and its present, third person masculine:
``التقى`` / ``يلتقي``) or a noun, with what it needs to count:

- ``needs``: words one of which must follow within a few words, for triggers
  whose meaning depends on their object (``فرض`` + ``عقوبات`` is a sanction,
  ``فرض`` alone is not; ``سحب`` + ``قواته`` is a retreat);
- ``partner``: the trigger names a two-sided act (``بحث مع``, ``محادثات``)
  and counts only when both sides are in the sentence;
- ``destination``: a movement verb (``توجه إلى``, ``وصل إلى``) that is a visit
  only when a place follows ``إلى``;
- ``place``: a noun (``انفجار``) that is an event only with a place after it
  and no article (the indefinite noun reports a happening; ``الهجمات`` with the
  article usually refers back or generalises).

Forms are generated from these: past and present inflections (person, number,
dual), nouns with plural and pronoun endings; proclitics (و ف ب ل ك س ال) are
stripped when matching. The table is documented in ``docs/EVENTS.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..arabic.normalize import normalize_for_matching

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Types where who is source and who is target does not matter.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Agreements one side makes: parties named together pledge together (تعهدت شركات سامسونغ وإل جي وغوغل), and
# the one pledged to is led by a preposition, not the second of them.
ONE_SIDED = frozenset({"تعهد"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger lemma of one event type."""

    type: str
    lemma: str  # as written in the table (past tense for verbs)
    pos: str  # "verb" or "noun"
    needs: tuple[str, ...] = ()  # folded word beginnings, one of which must follow
    partner: bool = False
    destination: bool = False
    place: bool = False
    window: int = 4  # how many words after the trigger ``needs`` may be found in
    past_only: bool = False  # the present tells a state, not an act (تسيطر: holds, سيطرت: took)
    far_object: bool = False  # the object may stand after the subject's titles and a place (استقبل … معالي X)
    blocked_by: tuple[str, ...] = ()  # folded words that, right after the trigger, show another reading


@dataclass(frozen=True, slots=True)
class Form:
    """A written form of a trigger: ``tense`` is "past", "present", "noun", "masdar" (a verbal noun
    written like the past verb: خطف, حشد), whose genitive is its object, or "participle" (مطالبا: the
    act of the speaker of the statement it follows)."""

    trigger: Trigger
    tense: str
    plural: bool = False  # the verb or participle carries a plural or dual subject, so no subject follows it


def _fold(text: str) -> str:
    return normalize_for_matching(text)


def _verb(kind: str, past: str, present: str, needs: str = "", **options) -> tuple[Trigger, str, str]:
    return Trigger(kind, past, "verb", tuple(_fold(needs).split()), **options), past, present


def _participle(kind: str, lemma: str, written: str, needs: str = "", **options) -> list[tuple[Trigger, str]]:
    return [(Trigger(kind, lemma, "verb", tuple(_fold(needs).split()), **options), form) for form in written.split()]


def _noun(kind: str, nouns: str, needs: str = "", **options) -> list[tuple[Trigger, str]]:
    return [(Trigger(kind, noun, "noun", tuple(_fold(needs).split()), **options), noun) for noun in nouns.split()]


_FORCES = "قوات قواته قواتها جنود جنوده جنودها القوات عسكري اسطول وحدات عناصر الجنود"
_AID = "مساعدات مساعده معونات معونه منحه اغاثه اغاثيه دعما قرض قروض شحنه قافله"
_ATTACK = "هجوم هجمات غاره غارات ضربه ضربات حمله قصف عمليه"
# What is rallied when no forces are massed (حشد التأييد, حشد الأصوات).
_RALLIED = tuple(_fold(word) for word in """تأييد التأييد دعم الدعم أصوات الأصوات الرأي جهود الجهود طاقات
                                          الطاقات""".split())
_FORCE_THREAT = "رد عواقب عقوبات ضربه عمليه عسكري القوه انتقام تصعيد"

VERBS: list[tuple[Trigger, str, str]] = [
    # CONSULT
    _verb("CONSULT", "التقى", "يلتقي", far_object=True),
    _verb("CONSULT", "اجتمع", "يجتمع"),
    _verb("CONSULT", "بحث", "يبحث", partner=True),
    _verb("CONSULT", "ناقش", "يناقش", partner=True),
    _verb("CONSULT", "تباحث", "يتباحث", partner=True),
    _verb("CONSULT", "تفاوض", "يتفاوض", partner=True),
    _verb("CONSULT", "زار", "يزور"),
    _verb("CONSULT", "استقبل", "يستقبل", far_object=True),
    _verb("CONSULT", "استضاف", "يستضيف"),
    _verb("CONSULT", "أجرى", "يجري", "اتصال اتصالا محادثات مباحثات مفاوضات لقاء"),
    _verb("CONSULT", "عقد", "يعقد", "اجتماع لقاء محادثات مباحثات قمه جلسه مفاوضات"),
    _verb("CONSULT", "ترأس", "يترأس", "اجتماع لقاء جلسه"),
    _verb("CONSULT", "توجه", "يتوجه", destination=True),
    _verb("CONSULT", "وصل", "يصل", destination=True),
    # AGREE
    _verb("AGREE", "اتفق", "يتفق", partner=True),
    _verb("AGREE", "توافق", "يتوافق", partner=True),
    _verb("AGREE", "توصل", "يتوصل", "اتفاق توافق تفاهم اتفاقيه", window=14),
    _verb("AGREE", "أبرم", "يبرم", "اتفاق اتفاقيه صفقه"),
    _verb("AGREE", "وافق", "يوافق", "على"),
    _verb("AGREE", "تعهد", "يتعهد"),
    # SUPPORT
    _verb("SUPPORT", "أشاد", "يشيد"),
    _verb("SUPPORT", "أيد", "يؤيد"),
    _verb("SUPPORT", "أثنى", "يثني"),
    _verb("SUPPORT", "شكر", "يشكر"),
    _verb("SUPPORT", "ثمن", "يثمن"),
    _verb("SUPPORT", "رحب", "يرحب"),
    _verb("SUPPORT", "هنأ", "يهنئ"),
    _verb("SUPPORT", "وقع", "يوقع", "مذكره اتفاق اتفاقيه بروتوكول معاهده", window=16, partner=True),
    # COOPERATE
    _verb("COOPERATE", "تعاون", "يتعاون"),
    _verb("COOPERATE", "نسق", "ينسق"),
    # AID
    _verb("AID", "قدم", "يقدم", _AID),
    _verb("AID", "أرسل", "يرسل", "مساعدات اغاثه معونات قافله شحنه"),
    _verb("AID", "منح", "يمنح", _AID),
    _verb("AID", "تبرع", "يتبرع"),
    _verb("AID", "سلح", "يسلح"),
    # CONCEDE
    _verb("CONCEDE", "أفرج", "يفرج", "عن"),
    _verb("CONCEDE", "أطلق", "يطلق", "سراح"),
    _verb("CONCEDE", "خفف", "يخفف", "قيود القيود عقوبات العقوبات الحصار اجراءات"),
    _verb("CONCEDE", "رفع", "يرفع", "الحظر العقوبات الحصار القيود"),
    _verb("CONCEDE", "تراجع", "يتراجع", "عن"),
    _verb("CONCEDE", "أوقف", "يوقف", "الغارات الهجمات القصف العمليات العمليه اطلاق"),
    # RETREAT
    _verb("RETREAT", "سحب", "يسحب", _FORCES),
    _verb("RETREAT", "انسحب", "ينسحب"),
    _verb("RETREAT", "أنهى", "ينهي", "بعثه بعثته مهمه مهمته وجود وجوده"),
    # REQUEST
    _verb("REQUEST", "طالب", "يطالب"),
    _verb("REQUEST", "دعا", "يدعو", blocked_by=("له", "لهم", "لها", "الله")),  # "دعا له بالمغفرة": prayed
    _verb("REQUEST", "حث", "يحث"),
    _verb("REQUEST", "حض", "يحض"),
    _verb("REQUEST", "ناشد", "يناشد"),
    _verb("REQUEST", "طلب", "يطلب"),
    # ACCUSE
    _verb("ACCUSE", "اتهم", "يتهم"),
    _verb("ACCUSE", "حمل", "يحمل", "المسؤولي مسؤولي المسئولي مسئولي", window=8),  # "حمل X وY مسؤولية"
    _verb("ACCUSE", "أدان", "يدين"),
    _verb("ACCUSE", "دان", "يدين"),
    _verb("ACCUSE", "ندد", "يندد"),
    _verb("ACCUSE", "انتقد", "ينتقد"),
    _verb("ACCUSE", "استنكر", "يستنكر"),
    # REJECT
    _verb("REJECT", "رفض", "يرفض", past_only=True, blocked_by=("التعليق", "الكشف", "الافصاح", "الادلاء")),
    # THREATEN
    _verb("THREATEN", "هدد", "يهدد"),
    _verb("THREATEN", "توعد", "يتوعد"),
    _verb("THREATEN", "حذر", "يحذر", _FORCE_THREAT, window=10),
    # PROTEST
    _verb("PROTEST", "تظاهر", "يتظاهر"),
    _verb("PROTEST", "احتج", "يحتج"),
    _verb("PROTEST", "اعتصم", "يعتصم"),
    # SANCTION
    _verb("SANCTION", "فرض", "يفرض", "عقوبات عقوبه حظر حصار"),
    _verb("SANCTION", "طرد", "يطرد", "سفير السفير دبلوماسي دبلوماسيين الدبلوماسيين"),
    _verb("SANCTION", "قطع", "يقطع", "العلاقات علاقات علاقاته علاقاتها"),
    _verb("SANCTION", "جمد", "يجمد", "اصول اموال ارصده العلاقات"),
    # MOBILIZE
    _verb("MOBILIZE", "نشر", "ينشر", _FORCES + " صواريخ منظومه تعزيزات دبابات"),
    _verb("MOBILIZE", "حشد", "يحشد", blocked_by=_RALLIED),  # "حشد التأييد": rallying support, no forces
    _verb("MOBILIZE", "استنفر", "يستنفر"),
    _verb("MOBILIZE", "أرسل", "يرسل", "تعزيزات " + _FORCES),
    # COERCE
    _verb("COERCE", "اعتقل", "يعتقل"),
    _verb("COERCE", "احتجز", "يحتجز"),
    _verb("COERCE", "صادر", "يصادر", blocked_by=("عن",)),  # "بيان صادر عن": issued
    _verb("COERCE", "داهم", "يداهم"),
    _verb("AID", "وزع", "يوزع", _AID + " سلال سله"),
    _verb("COERCE", "ألقى", "يلقي", "القبض"),
    # ASSAULT
    _verb("ASSAULT", "قصف", "يقصف"),
    _verb("ASSAULT", "اغتال", "يغتال"),
    _verb("ASSAULT", "استهدف", "يستهدف", past_only=True),  # "تستهدف زيادة الإنتاج": aims at
    _verb("ASSAULT", "شن", "يشن", _ATTACK + " حرب"),
    _verb("ASSAULT", "فجر", "يفجر", "نفسه عبوه سياره حزاما حزام قنبله مفخخه"),
    _verb("ASSAULT", "خطف", "يخطف"),
    _verb("ASSAULT", "اختطف", "يختطف"),
    _verb("ASSAULT", "أعدم", "يعدم"),
    _verb("ASSAULT", "ألقى", "يلقي", "براميل البراميل قنابل القنابل صواريخ"),
    _verb("ASSAULT", "سيطر", "يسيطر", "على", past_only=True),
    _verb("ASSAULT", "اجتاح", "يجتاح"),
    _verb("ASSAULT", "أطلق", "يطلق", "صواريخ صاروخ قذائف قذيفه النار"),
]

# Circumstantial participles (الحال) that chain an act onto a statement's speaker: "وقال … ، مطالبا الحكومة بـ".
# Only masculine forms: the feminine (مطالبة) is also the verbal noun; nor participles that are as often
# nouns (متهما: a suspect, مرحبا: hello, مهددا: under threat).
PARTICIPLES: list[tuple[Trigger, str]] = [
    *_participle("SUPPORT", "أشاد", "مشيدا مشيدين"),
    *_participle("SUPPORT", "أثنى", "مثنيا مثنين"),
    *_participle("REQUEST", "طالب", "مطالبا مطالبين"),
    *_participle("REQUEST", "دعا", "داعيا داعين"),
    *_participle("REQUEST", "حث", "حاثا"),
    *_participle("REQUEST", "ناشد", "مناشدا مناشدين"),
    *_participle("ACCUSE", "استنكر", "مستنكرا مستنكرين"),
    *_participle("ACCUSE", "ندد", "منددا منددين"),
    *_participle("ACCUSE", "انتقد", "منتقدا منتقدين"),
    *_participle("ACCUSE", "حمل", "محملا محملين", "المسؤولي مسؤولي المسئولي مسئولي", window=8),
    *_participle("REJECT", "رفض", "رافضا رافضين"),
]

NOUNS: list[tuple[Trigger, str]] = [
    *_noun("CONSULT", "لقاء اجتماع اجتماعات محادثات مباحثات مفاوضات", partner=True),
    *_noun("COOPERATE", "تعاون تنسيق", partner=True),
    *_noun("COOPERATE", "العمل", "معا سويا"),
    *_noun("RETREAT", "سحب", _FORCES),
    *_noun("RETREAT", "هدنه"),
    *_noun("REQUEST", "الدعوه", "الى"),
    *_noun("PROTEST", "مظاهره تظاهره مظاهرات احتجاجات مسيره اعتصام اضراب", place=True),
    *_noun("ASSAULT", "هجوم انفجار تفجير اغتيال اعتداء قصف غاره اشتباكات", place=True),
    *_noun("COERCE", "مداهمات", place=True),
]


def _past_forms(past: str) -> dict[str, bool]:
    """Past forms → whether the form carries a plural or dual subject."""
    if past.endswith("ي"):  # التقى, أنهى
        base = past[:-1]
        return {past: False, base + "ت": False, base + "وا": True, base + "يا": True, base + "تا": True,
                base + "ينا": True, base + "يت": False}
    if past.endswith("ا"):  # دعا
        base = past[:-1]
        return {past: False, base + "ت": False, base + "وا": True, base + "وتا": True, base + "ونا": True}
    return {past: False, past + "ت": False, past + "وا": True, past + "ا": True, past + "تا": True,
            past + "نا": True, past + "تم": True}


def _present_forms(present: str) -> dict[str, bool]:
    """Present forms (third and first person plural) → whether they carry a plural or dual subject."""
    core = present[1:]  # without the person prefix ي
    if core.endswith(("ي", "و")):
        base = core[:-1]
        stems = {core: False, core + "ان": True, base + "ون": True, base + "ين": True}
    else:
        stems = {core: False, core + "ون": True, core + "ان": True, core + "ين": True, core + "ن": True}
    # No first person singular: its أ folds to the ا that begins many past forms (التقى).
    return {person + stem: plural or person == "ن" for person in ("ي", "ت", "ن") for stem, plural in stems.items()}


def _noun_forms(noun: str) -> set[str]:
    forms = {noun, noun + "ا"}  # اجتماعاً: the accusative tanween leaves an alef
    if noun.endswith("ه"):  # feminine: زياره, زيارته, زيارات
        base = noun[:-1]
        forms |= {base + "ات", base + "تين", base + "تان"} | {base + "ت" + s for s in ("ه", "ها", "هم", "هما")}
    else:
        forms |= {noun + s for s in ("ه", "ها", "هم", "هما", "ات", "ين", "ان")}
    return forms


@lru_cache(maxsize=1)
def forms() -> dict[str, tuple[Form, ...]]:
    """Every folded written form (without proclitics) → the trigger forms it may be."""
    table: dict[str, list[Form]] = {}
    for trigger, past, present in VERBS:
        for form, plural in _past_forms(_fold(past)).items():
            table.setdefault(form, []).append(Form(trigger, "past", plural))
        for form, plural in _present_forms(_fold(present)).items():
            table.setdefault(form, []).append(Form(trigger, "present", plural))
    for trigger, participle in PARTICIPLES:
        table.setdefault(_fold(participle), []).append(Form(trigger, "participle", _fold(participle).endswith("ين")))
    for trigger, noun in NOUNS:
        # A happening told by a bare noun is singular: plurals (هجمات) generalise.
        written = {_fold(noun), _fold(noun) + "ا"} if trigger.place else _noun_forms(_fold(noun))
        for form in written:
            table.setdefault(form, []).append(Form(trigger, "noun"))
    return {form: tuple(found) for form, found in table.items()}


# Proclitic sequences a trigger may carry: conjunction, future س, preposition, article.
_PREFIXES = tuple(sorted(
    {c + p for c in ("", "و", "ف") for p in ("", "س", "ل", "ب", "ال", "بال", "لل", "ك")},
    key=len, reverse=True,
))


@dataclass(frozen=True, slots=True)
class Match:
    """A token read as a trigger form, with the proclitics it carried."""

    form: Form
    prefix: str

    @property
    def future(self) -> bool:
        return self.prefix.lstrip("وف").startswith("س")

    @property
    def definite(self) -> bool:
        return "ال" in self.prefix or self.prefix.endswith("لل") or self.form.trigger.lemma.startswith("ال")

    @property
    def purpose(self) -> bool:
        """``لبحث``, ``للتعاون``: a verbal noun or verb after ل of purpose."""
        return self.prefix.lstrip("وف") in ("ل", "لل")


# Words whose folded spelling is a trigger's but that are nearly always something else:
# "هنا" (here) folds like هنأ (congratulated), "الحشد" is mostly the Iraqi Popular Mobilization.
_NEVER_TRIGGERS = frozenset({"هنا", "وهنا", "فهنا", "الحشد", "والحشد"})


@lru_cache(maxsize=200_000)
def read_token(folded: str) -> tuple[Match, ...]:
    """Every trigger reading of one folded token, longest stem first.

    Past verbs take only a conjunction; present verbs also the future ``س`` or ``ل`` of purpose; nouns
    take prepositions and the article. A three-letter past form after ``ل`` or the article is read as its
    verbal noun (``لبحث``, ``السحب``), tense "masdar".
    """
    table = forms()
    found: list[Match] = []
    if folded in _NEVER_TRIGGERS:
        return ()
    for prefix in _PREFIXES:
        if not folded.startswith(prefix) or len(folded) - len(prefix) < 2:
            continue
        stem = folded[len(prefix):]
        bare = prefix.lstrip("وف")
        for form in table.get(stem, ()):
            if form.tense == "past":
                if bare in ("", ):
                    found.append(Match(form, prefix))
                elif bare in ("ل", "ال", "لل", "بال", "ب") and len(stem) == 3 and stem == _fold(form.trigger.lemma):
                    found.append(Match(Form(form.trigger, "masdar"), prefix))
            elif form.tense == "present":
                if bare in ("", "س", "ل"):
                    found.append(Match(form, prefix))
            elif form.tense == "participle":
                if bare == "":
                    found.append(Match(form, prefix))
            elif bare != "س":
                found.append(Match(form, prefix))
    return tuple(found)


TYPE_MEANINGS = {
    "AGREE": "agree, reach or announce an agreement, accept, promise",
    "CONSULT": "meet, visit, hold talks, call, negotiate, host, convene",
    "SUPPORT": "praise, endorse, thank, welcome, congratulate, sign a memorandum or agreement",
    "CONCEDE": "release, ease restrictions or sanctions, lift a ban, stop an operation, back down",
    "COOPERATE": "cooperate or coordinate, work together, state readiness to",
    "AID": "give or send economic, military or humanitarian aid, distribute relief",
    "RETREAT": "withdraw forces, leave, end a mission or presence, truce",
    "REQUEST": "demand, call on, urge, appeal, ask",
    "ACCUSE": "accuse, blame (hold responsible), condemn, denounce, criticise",
    "REJECT": "refuse, reject",
    "THREATEN": "threaten, vow, warn of force or punishment",
    "PROTEST": "demonstrate, protest, sit in, strike, march",
    "SANCTION": "impose sanctions or an embargo, expel diplomats, cut ties, freeze assets",
    "MOBILIZE": "deploy or mass forces, raise alert, send reinforcements",
    "COERCE": "arrest, detain, seize, raid",
    "ASSAULT": "attack, shell, bomb, assassinate, kidnap, execute, take a town by force, explosion, clashes",
}


def trigger_table() -> str:
    """The triggers of every type as a Markdown table (docs/EVENTS.md holds it; a test keeps them equal)."""
    rows = ["| type | what | triggers |", "| --- | --- | --- |"]
    for kind in PLOVER_TYPES:
        cells = []
        for trigger, past, present in VERBS:
            if trigger.type == kind:
                flags = [("with a partner", trigger.partner), ("to a place", trigger.destination),
                         ("past only", trigger.past_only)]
                cells.append(_cell(f"{past} / {present}", trigger, flags))
        participles: dict[Trigger, list[str]] = {}
        for trigger, participle in PARTICIPLES:
            if trigger.type == kind:
                participles.setdefault(trigger, []).append(participle)
        for trigger, written in participles.items():
            cells.append(_cell("، ".join(written), trigger, [("participle: the act of a statement's speaker", True)]))
        for trigger, noun in NOUNS:
            if trigger.type == kind:
                flags = [("with a partner", trigger.partner), ("indefinite, with a place", trigger.place)]
                cells.append(_cell(noun, trigger, flags))
        rows.append(f"| {kind} | {TYPE_MEANINGS[kind]} | {'؛ '.join(cells)} |")
    return "\n".join(rows)


def _cell(written: str, trigger: Trigger, flags: list[tuple[str, bool]]) -> str:
    if trigger.needs:
        written += " + " + "، ".join(trigger.needs[:4]) + ("…" if len(trigger.needs) > 4 else "")
    named = [name for name, on in flags if on]
    return written + (f" ({', '.join(named)})" if named else "")
