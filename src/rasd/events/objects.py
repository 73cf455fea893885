"""Whose part an actor near a trigger plays when word order alone does not say: the verb's object rather
than its subject (agreement), an office's holder rather than a second party, the one a request is made
of (or asked to leave), the one a condemnation accuses, the victims of an attack, the forces a deployment
deploys; and which actors are no party at all (a word that needs its complement, a place that names an
agreement, a demonstrative's word).

Each takes the sentence's ``SentenceContext`` (``roles.py``) and indices into the article's actors.
"""

from __future__ import annotations

import re

from ..arabic.normalize import matching_words, normalize_for_matching
from .actors import PREPOSITIONS
from .cues import COUNTS, DESCRIBERS, RELATIVES, SITES
from .group_words import COUNT_HEADS, IN, ON, STYLES
from .sentence import TO

OFFICES = matching_words("""وزير الوزير رئيس الرئيس أمير الأمير الملك ملك سلطان السلطان ولي نائب المبعوث الأمين
                         المستشار مساعد مدير وزيرة رئيسة مديرة نائبة أمينة عميد عميدة وكيل وكيلة المفتي مفتي
                         المتحدث المتحدثة مندوب المندوب مندوبة سفير السفير سفيرة ممثل الممثل عضو العضو عضوة النائب أمين أمينة""")
HONORIFIC_PRONOUNS = matching_words("سموه سموها فخامته معاليه")
# "ومقره الولايات المتحدة": where a body sits, never a party to its acts.
SEAT = matching_words("مقره مقرها ومقره ومقرها")
# Words of a harm done to someone: what follows them is its victim (تفجير مسجد لقوات الأمن), not the accused.
# (An attack's own genitive is its author: هجمات تنظيم القاعدة.)
_HARMS = matching_words("""تفجير التفجير استهداف استهدف استهدفت اغتيال قتل مقتل اختطاف خطف اقتحام احتجاز اعتقال
                        حرق إحراق إعدام""")
_FROM, _BY = normalize_for_matching("من"), normalize_for_matching("قبل")
_BEFORE, _BI = normalize_for_matching("أمام"), normalize_for_matching("ب")
# Styles a person's name follows (الدكتور عبدالرحمن, د. عادل), never a second party's.
_PERSONAL_STYLES = matching_words("الدكتور د الأستاذ المهندس الشيخ الحاج معالي سعادة")
_EMPTY_ASIDE = re.compile(r"[،,][\s()]*[،,]")  # two commas with nothing but a time between them
# Words of people killed or wounded, followed by who they are (مقتل 21 شخصا, أصيب جنديان, إصابة خمسة من رجال
# الأمن); not the nouns that are the victims themselves (قتلى, ضحايا) nor those with a pronoun (مصرعهم).
_STRUCK = matching_words("""قتل قتلت مقتل أصيب أصيبت إصابة اصابة جرح جرحت استشهد استشهاد مصرع وفاة""")
_BELONGING = matching_words("تابعة التابعة تابع التابع")
# Acts whose genitive is who does them (انسحاب القوات, رحيل الرئيس): a demand for one is made of that party.
_LEAVINGS = matching_words("انسحاب رحيل تنحي استقالة خروج")
# Verbs with the act as their object pronoun, after a relative: their subject carried out the act
# (الجريمة التي ارتكبها, الهجوم الذي شنه).
_PERPETRATED = tuple(normalize_for_matching(w) for w in """نفذها نفذه نفذته ارتكبها ارتكبه اقترفها اقترفه شنها شنه
    تبناها تبناه
    ترتكبها ترتكبه يرتكبها يرتكبه تنفذها ينفذها تشنها يشنها""".split())
# "التي أدلى بها", "التي أطلقها": statements and who made them.
_MADE_STATEMENTS = matching_words("أدلى ادلى أطلقها اطلقها أطلقه اطلقه")
_WITH_IT = matching_words("بها به")
# An attack's noun before "على" and the ones it struck (الاعتداء على المدنيين), who are not the accused.
_ATTACK_NOUNS = matching_words("الاعتداء اعتداء الاعتداءات اعتداءات الهجوم هجوم الهجمات هجمات")
# Verbs of an attack whose subject, told after a condemnation, did the harm condemned (حين هاجم مستوطنون).
_ATTACKED = matching_words("""هاجم هاجمت هاجموا اقتحم اقتحمت اقتحموا أحرق أحرقت أحرقوا اعتدى اعتدت هدم هدمت
                           أضرم أضرمت أضرموا أضرمه أضرمها""")
# Targeting (إثر استهداف المستوطنين لمنزل …): its genitive is who did it when they are settlers or militants,
# never the ones targeted (استهداف قوات الجيش may be either).
_TARGETING = matching_words("استهداف واستهداف")
_IRREGULARS = matching_words("""المستوطنين مستوطنين المستوطنون مستوطنون المتطرفين متطرفين مسلحين المسلحين مسلحون
                            ميليشيات الميليشيات مليشيات المليشيات عصابات""")
# "The carrying out of" an act, before the one who did it (قيام سلطات الاحتلال باقتحام).
_CARRYING_OUT = matching_words("قيام وقيام إقدام اقدام")
# A result clause (ما أدى إلى, مما أسفر عن) and attack words that would own it instead.
_LEADS_TO = matching_words("أدى ادى أسفر اسفر أودى اودى")
_TO_FROM = matching_words("إلى الى عن بحياة")
_ATTACKS = matching_words("""قصف غارة غارات هجوم هجمات انفجار تفجير اشتباكات غارتين""")
# How many words from the attack's word the word of its dead may stand.
_VICTIMS_SPAN = 10
# What may stand between such a word and the victims: a number, "of", "about".
_COUNTING = COUNTS | matching_words("من حوالى واحد اثنان اثنتين اثنتان")
# Things a place names (إعلان القاهرة, اتفاق الرياض, مؤتمر جنيف): the place after them is no party.
_NAMED_BY_PLACE = matching_words("""إعلان اعلان اتفاق اتفاقية معاهدة مؤتمر قمة بيان مبادرة وثيقة منتدى مسار محادثات
                                 مفاوضات""")
# Forces, which a deployment deploys (نشرت القوات الخاصة: the forces are its object).
_FORCES = matching_words("قوات القوات عناصر جنود الجنود وحدات الوحدات")
# Words that name a group only with what follows them (whose ministers, members, brigade).
_INCOMPLETE = matching_words("""وزراء أعضاء عناصر عنصرا أفراد ممثلين ممثلي مسؤولين مئات عشرات آلاف المجموعة مجموعة
                              اللواء الفرقة الكتيبة قيادات وفد ممثلون""")
# Demonstratives: "هذه الدول" points back to parties named before; the word alone names none of them.
_DEMONSTRATIVES = matching_words("هذه هذا هؤلاء تلك ذلك هذين هاتين")
# Quote marks, read as spaces where punctuation would end a phrase (منظمة «العفو الدولية» الحقوقية).
_NO_QUOTES = str.maketrans({mark: " " for mark in "\"«»“”"})
# Armed forces, settlers and militants, who carry out the harm whose word they follow.
_HOSTILE = matching_words("""قوات القوات جيش الجيش المستوطنين مستوطنين المستوطنون مستوطنون المتطرفين متطرفين مسلحين
                          المسلحين مسلحون ميليشيات الميليشيات مليشيات المليشيات عصابات""")
# "على يد", "على أيدي": at the hands of, before who carried out an act.
_AT_THE_HANDS = [[normalize_for_matching("على"), normalize_for_matching(w)] for w in ("يد", "أيدي", "ايدي")]
# Countries whose names are masculine (most are feminine, as are cities: دعت مصر, أعلنت باريس).
_MASCULINE_PLACES = matching_words("""العراق الأردن الاردن لبنان السودان اليمن المغرب الكويت البحرين الصومال
                                   الجزائر""")
_FEMININE_PLURALS = matching_words("دول الدول الأمم أمم")


def one_of(word: str, words: frozenset[str], clitics: tuple[str, ...] = ("و", "ب", "ل")) -> bool:
    """Whether a folded word, as it is or without one of ``clitics`` in front, is one of ``words``."""
    return word in words or any(word.startswith(clitic) and word[len(clitic):] in words for clitic in clitics)


def _led_agent(context, after: list[int], from_offset: int, leads: list[list[str]], crosses) -> int | None:
    """The first actor of ``after`` within fourteen words of ``from_offset`` led by two words among ``leads``
    (على يد, من قبل), where the text between passes ``crosses``."""
    first_word = context.word_of(from_offset)
    for i in after:
        found = context.actors.actors[i]
        index = context.word_of(found.start)
        if found.start >= from_offset and index - first_word <= 14 and \
                context.folded[max(first_word, index - 2):index] in leads and \
                crosses(context.text[from_offset:found.start]):
            return i
    return None


def _no_mark(text: str) -> bool:
    return not has_punctuation(text.translate(_NO_QUOTES))


def _no_full_stop(text: str) -> bool:
    return "." not in text


def _hostile(actor) -> bool:
    """Whether an actor is armed forces, settlers or militants: after a harm's word (اقتحام المستوطنين), the ones
    who did it, not its victims (اعتقال الصحفيين)."""
    words = normalize_for_matching(actor.text).split()
    while len(words) > 1 and (words[0] in COUNT_HEADS or words[0] in COUNTS or words[0].isdigit()):
        words = words[1:]  # "عشرات المستوطنين المتطرفين"
    return bool(words) and words[0] in _HOSTILE


def _irregular(actor) -> bool:
    """Whether an actor is settlers or militants (not a state's forces), who only ever carry out an attack."""
    words = normalize_for_matching(actor.text).split()
    return bool(words) and words[0] in _IRREGULARS


def is_office(text: str) -> bool:
    words = normalize_for_matching(text).split()
    return bool(words) and words[0] in OFFICES


def bare_verb(word: str) -> str:
    """A folded word without a leading conjunction (وجددت → جددت)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def has_punctuation(text: str) -> bool:
    return any(char in "،,.:;؛!?؟\"«»()\n" for char in text)


def asked_of(context, actor: int, verb_end: int) -> bool:
    """Whether a place is led by a من right after the verb or its subject: the one a request is made of
    (طلبت السلطات من الأردن), not a place in what is asked (الانسحاب من أفغانستان)."""
    index = context.word_of(context.actors.actors[actor].start)
    if context.lead(actor) != _FROM or index - 2 < context.first:
        return False
    at = index - 2
    while at > context.first and (context.timed(at) or context.timed(at + 1) and context.folded[at] == IN):
        at -= 1  # "وطلبت الحكومة في مارس من فرنسا": a time between
    before = context.tokens[at].end
    return before == verb_end or any(context.actors.actors[i].end == before for i in context.members)


def condemned(context, after: list[int], group: list[int] | None, from_offset: int, target: int | None) -> int | None:
    """The target of a condemnation: who did the act condemned, after على يد or من قبل (ahead of a place the
    act struck, with ل) or after قيام (its carrying out), or forces, settlers or militants right after the
    harm's word (اقتحام المستوطنين) or, later in the sentence, as the subject of an attack's verb (حين هاجم
    مستوطنون), ahead of the victim; none past an attack's own word otherwise (أدان التفجير الذي استهدف مسجدا
    لقوات …: the victims are not the accused); else the owner of the act condemned, when no target stands
    right after the verb (دانت قرار سلطات الاحتلال)."""
    actors = context.actors.actors
    first_word = context.word_of(from_offset)
    if target is None or context.lead(target) == "ل":
        # "دان جريمة حرق الرضيع … على يد مستوطنين", with no mark between; "أدانت الاقتحامات المتكررة للمسجد، من
        # قبل المتطرفين", past a comma: who carried out the act condemned, not the place it struck (للمسجد)
        for agent, crosses in ((_AT_THE_HANDS, _no_mark), ([[_FROM, _BY]], _no_full_stop)):
            found = _led_agent(context, after, from_offset, agent, crosses)
            if found is not None:
                return found
    if target is None:
        for i in after:  # "أدان المشاركون في الندوة قيام سلطات الاحتلال باقتحام المسجد": who carried it out
            index = context.word_of(actors[i].start)
            if actors[i].start >= from_offset and index - first_word <= 20 and \
                    context.folded[index - 1] in _CARRYING_OUT and _no_mark(context.text[from_offset:actors[i].start]):
                return i
    attacked = target is not None and context.lead(target) == ON and \
        context.word_of(actors[target].start) - 2 >= context.first and \
        context.folded[context.word_of(actors[target].start) - 2] in _ATTACK_NOUNS  # "الاعتداء على المدنيين"
    victim = target is not None and (attacked or any(_harm(word) for word in
                                                     context.folded[first_word:context.word_of(actors[target].start)]))
    if target is None or victim:
        for i in after:  # "أدان … قتل الطفل حرقا حين هاجم مستوطنون منزل عائلته": forces, settlers or militants
            index = context.word_of(actors[i].start)  # who did the harm, told later in the sentence
            if actors[i].start >= from_offset and index - first_word <= 30 and _hostile(actors[i]) and \
                    (bare_verb(context.folded[index - 1]) in _ATTACKED or
                     context.folded[index - 1] in _TARGETING and _irregular(actors[i])) and \
                    _no_full_stop(context.text[from_offset:actors[i].start]):
                return i
    if attacked:
        return None  # the ones an attack struck, not who carried it out
    for i in ([target] if target is not None else after):
        if group and i in group or actors[i].start < from_offset:
            continue
        if context.lead(i) == _BEFORE:
            continue  # "ندد كارتر أمام الكونغرس بالأنشطة …": the audience, not the one condemned
        if group and holder_named(context, actors[group[-1]], actors[i]):
            continue  # "وندد النائب المعارض ليم كيت سيانج بالتحرك": the subject's own name
        index = context.word_of(actors[i].start)
        between = _said_words(context, first_word, index, after)
        if between and bare_verb(between[-1]) in _HARMS and _hostile(actors[i]) and index - first_word <= 12:
            return i  # "أدانت اقتحام المستوطنين المتطرفين …": forces or settlers after the harm did it
        if any(_harm(word) for word in between):
            return None
        if target is not None:
            return target
        named = between[:-1] if between and between[-1] in DESCRIBERS else between  # "… شنه تنظيم داعش"
        if index - first_word <= 12 and len(named) >= 2 and named[-2] in RELATIVES and \
                bare_verb(named[-1]).startswith(_PERPETRATED) and context.lead(i) == "":
            return i  # "تستنكر الجريمة التي نفذها المستوطنون": who carried out the act condemned
        said = named[:-1] if named and named[-1] in _WITH_IT else named
        if index - first_word <= 12 and len(said) >= 2 and said[-2] in RELATIVES and said[-1] in _MADE_STATEMENTS \
                and context.lead(i) == "":
            return i  # "استنكرت التصريحات التي أدلى بها نوري المالكي": who made the statements condemned
        if not between or len(between) > 5 or \
                has_punctuation(_without_times(context, from_offset, actors[i].start).translate(_NO_QUOTES)):
            return None  # (a quote mark closing the subject's name is no break: منظمة «هيومان رايتس ووتش» الحقوقية)
        if between[0] in OFFICES:
            continue  # "أدان السفير محمد الهيصمي مندوب اليمن": inside the subject's office, his apposition
        if between[-1] in SEAT:
            continue  # "واتهم معهد العلوم والأمن الدولي ومقره الولايات المتحدة، إيران": its seat
        while between and between[-1] in DESCRIBERS:
            between = between[:-1]  # "من قبل تنظيم داعش"
        if context.lead(i) == "ل" and 0 < len(between) <= 2 and between[0].lstrip("و").startswith("بال"):
            return i  # "ندد بالأنشطة التخريبية لإيران": whose the acts condemned are
        agent = between[-2:] == [_FROM, _BY]
        if context.lead(i) != "" and not agent or \
                any(word in PREPOSITIONS for word in between[:-2 if agent else None]):
            return None
        return i
    return None


def _harm(word: str) -> bool:
    """Whether a folded word names a harm done to someone, with ب or ل on it too (بمقتل: the victim follows)."""
    word = bare_verb(word)
    return word in _HARMS or word[:1] in ("ب", "ل") and word[1:] in _HARMS


def _said_words(context, first: int, stop: int, actors: list[int]) -> list[str]:
    """The folded words from ``first`` to ``stop`` without the time and the audience of the act (``أمس أمام
    الكونغرس``), a lone ``ب`` written apart joined to its word (``بـ«الأنشطة»``)."""
    aside = {context.word_of(context.actors.actors[i].start) - 1 for i in actors if context.lead(i) == _BEFORE}
    for i in actors:
        if context.lead(i) == _BEFORE:
            found = context.actors.actors[i]
            aside.update(range(context.word_of(found.start), context.word_of(found.end - 1) + 1))
    words: list[str] = []
    for k in range(first, stop):
        if k in aside or context.timed(k):
            continue
        if words and words[-1] == _BI:
            words[-1] += context.folded[k]
        else:
            words.append(context.folded[k])
    return words


def _without_times(context, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with its times taken out, and the commas that set a time apart
    (``كارتر، اليوم (الأربعاء)، أمام``) with them."""
    text = context.text[start:end]
    for first, last in context.time_spans():
        if start <= first and last <= end:
            text = text[:first - start] + " " * (last - first) + text[last - start:]
    return _EMPTY_ASIDE.sub(" ", text)


def disagrees(context, position: int, tense: str, actor: int) -> bool:
    """Whether a masculine verb stands before a feminine noun, which then cannot be its subject: the
    subject is unsaid and the noun is the object (ودعا دول الاتحاد, دعا الولايات المتحدة إلى)."""
    verb = bare_verb(context.folded[position])
    masculine = not verb.endswith("ت") if tense == "past" else verb.startswith(("ي", "سي"))
    if not masculine:
        return False
    found = context.actors.actors[actor]
    written = found.text.split()[0] if found.text.split() else ""
    if found.type == "PER" and not (found.kind == "group" and written.endswith("ة")):
        return False  # (but "ودعا حكومة أوباما": a body's feminine word, whoever leads it)
    first = normalize_for_matching(found.text).split()[0]
    if first in COUNT_HEADS:
        return False  # "تظاهر مئات الطلاب": a count agrees either way
    if found.type == "LOC" and found.kind == "name":
        return normalize_for_matching(found.name) not in _MASCULINE_PLACES  # "ودعا إسرائيل": countries are feminine
    return first.endswith(("ه", "ات")) or first in _FEMININE_PLURALS


def holder_named(context, office, actor) -> bool:
    """Whether a person's name right after an office that names no one (only "بالإنابة" between, or set off
    by commas) is the one who holds it, not a second party."""
    if office.kind not in ("title", "group") or office.type == "PER" or not is_office(office.text):
        return False
    if actor.type != "PER" or actor.start < office.end:
        return False
    first = normalize_for_matching(actor.text).split()[0]
    if first in OFFICES and first not in STYLES:
        return False  # "استقبل أمير المنطقة وزير الصحة …": another office, another person; a style
        # (أمير منطقة تبوك الأمير سلطان) is the holder's
    gap = context.text[office.end:actor.start].replace("بالإنابة", "").replace("بالنيابة", "").strip()
    words = [normalize_for_matching(word.strip(".")) for word in gap.split()]
    if not gap or len(words) <= 2 and all(word in _PERSONAL_STYLES or _office_adjective(word) for word in words):
        # "مدير الجامعة الدكتور عبدالرحمن العاصمي", "النائب المعارض ليم كيت سيانج", "النائب بمجلس الأمة
        # الكويتي الدكتور منصور الظفيري": a style or the office's adjective before the holder's name
        return True
    # "ندد الأمين العام للأمم المتحدة، بان كي مون، بمقتل": the holder named between commas
    return gap in ("،", ",") and not context.text[actor.start:actor.end].startswith("و") and \
        context.text[actor.end:].lstrip()[:1] in ("،", ",")


def _office_adjective(word: str) -> bool:
    """A definite adjective that may describe an office (المعارض, الكويتي), not another office."""
    return word.startswith("ال") and len(word) > 4 and word not in OFFICES


def victims(context, position: int, exclude: list[int] | None) -> int | None:
    """The people an attack killed or wounded, told near its word in the same clause (أسفر عن مقتل 21 شخصا,
    قتل أربعة أشخاص في هجوم): its target, by the guidelines, whether or not its author is known."""
    starts = _parties_by_word(context, exclude)
    trigger = context.tokens[position]
    for index in range(max(context.first, position - _VICTIMS_SPAN), min(context.stop - 1, position + _VICTIMS_SPAN)):
        token = context.tokens[index]
        if has_punctuation(context.text[min(token.end, trigger.end):max(token.start, trigger.start)]):
            continue  # another clause, often another attack
        if bare_verb(context.folded[index]) not in _STRUCK or \
                index > context.first and context.folded[index - 1] in RELATIVES:
            continue  # "داعش الذي قتل 80 شخصا": another, earlier attack
        found = _people_struck(context, index, starts)
        if found is not None:
            return found
    return None


def _people_struck(context, index: int, starts: dict[int, int]) -> int | None:
    """The party named within three words after a word of people killed or wounded at ``index``, past a
    count (مقتل 21 شخصا, إصابة خمسة من رجال الأمن), in the same clause; None when another word comes first."""
    cursor = index + 1
    while cursor < context.stop and cursor - index <= 3:
        if has_punctuation(context.text[context.tokens[cursor - 1].end:context.tokens[cursor].start]):
            return None
        if cursor in starts and context.lead(starts[cursor]) in ("", _FROM):
            return starts[cursor]
        word = context.folded[cursor]
        if not (word.isdigit() or word in _COUNTING):
            return None
        cursor += 1
    return None


def victims_of_result(context, position: int, exclude: list[int] | None) -> int | None:
    """The people killed or wounded in a result clause after an attack, further on in its sentence (قصف
    الطيران … مناطق في قرية …، ما أدى إلى مقتل 12 مواطنا): the first such clause within thirty words, with
    no other attack word before it."""
    starts = _parties_by_word(context, exclude)
    for index in range(position + 1, min(context.stop - 2, position + 30)):
        word = context.folded[index]
        if bare_verb(word) in _HARMS or word in _ATTACKS:
            return None  # another attack told first: the result may be its
        if word not in _LEADS_TO or context.folded[index + 1] not in _TO_FROM:
            continue
        struck = index + 2
        if struck >= context.stop or bare_verb(context.folded[struck]) not in _STRUCK:
            return None
        return _people_struck(context, struck, starts)
    return None


def struck_party(context, position: int, exclude: list[int] | None) -> int | None:
    """The party whose positions an attack struck, named right after them within a few words of its word
    (شنت مقاتلات التحالف غارات على مواقع المتمردين الحوثيين, قصفت قوات التحالف مقرات الحوثي)."""
    actors = context.actors.actors
    starts = _parties_by_word(context, exclude, after=context.tokens[position].end)
    for index in range(position + 1, min(context.stop - 1, position + 8)):
        if has_punctuation(context.text[context.tokens[index - 1].end:context.tokens[index].start]):
            return None
        word = context.folded[index]
        if not one_of(word, SITES):
            continue  # "مواقع", "لمواقع" (قصف قوات النظام لمواقع المعارضة)
        following = index + 1
        if following < context.stop and context.folded[following] in _BELONGING:
            following += 1
        while following < context.stop - 1 and context.folded[following] in DESCRIBERS:
            following += 1  # "مواقع تنظيم داعش"
        found = starts.get(following)
        if found is not None and context.lead(found) in ("", "ل") and not has_punctuation(
                context.text[context.tokens[index].end:actors[found].start]):
            return found
        return None
    return None


# Verbs of repelling an attack (صد الجيش هجوما للمتمردين): their subject is the one the attack was made on.
_REPELLED = matching_words("صد صدت صدوا تصدى تصدت تصدوا أحبط أحبطت أحبطوا")


def repelling_party(context, position: int, exclude: list[int] | None) -> int | None:
    """The subject of a verb of repelling right before an attack's word (صد الجيش الوطني والمقاومة هجوما …,
    أحبطت القوات هجوما): the party the attack was made on."""
    actors = context.actors.actors
    for index in range(position - 1, max(context.first - 1, position - 9), -1):
        word = context.folded[index]
        if word not in _REPELLED and not (word[:1] in ("و", "ف") and word[1:] in _REPELLED):
            continue  # (a conjunction on a two-letter verb: وصد)
        for i in context.members:
            found = actors[i]
            if exclude and i in exclude or context.word_of(found.start) != index + 1 or context.lead(i) != "" or \
                    context.is_place(i) or not context.can_act(i) or context.word_of(found.end - 1) >= position:
                continue
            return i
        return None
    return None


def leaving_party(context, position: int, source: list[int] | None) -> int | None:
    """The party a demand asks to withdraw or step down, named right after the act's verbal noun within a
    few words of the demand (طالب الوزير بانسحاب القوات الأجنبية, دعا إلى رحيل الرئيس)."""
    starts = _parties_by_word(context, source, after=context.tokens[position].end)
    for index in range(position + 1, min(context.stop - 1, position + 9)):
        if has_punctuation(context.text[context.tokens[index - 1].end:context.tokens[index].start]):
            return None
        word = context.folded[index]
        led = word.startswith("ب") and word[1:] in _LEAVINGS or \
            word in _LEAVINGS and context.folded[index - 1] == TO
        if led:
            found = starts.get(index + 1)
            if found is None or context.lead(found) or has_punctuation(
                    context.text[context.tokens[index].end:context.actors.actors[found].start]):
                return None
            return found
    return None


def _parties_by_word(context, exclude: list[int] | None, after: int = 0) -> dict[int, int]:
    """The sentence's actors that may suffer an act (no place, no pronoun, none of ``exclude``) starting at or
    after offset ``after``, by the index of the word they start at."""
    actors = context.actors.actors
    return {context.word_of(actors[i].start): i for i in context.members
            if actors[i].start >= after and not context.is_place(i) and actors[i].kind != "pronoun"
            and (not exclude or i not in exclude)}


def incomplete(context, actor: int) -> bool:
    """Whether an actor is one word that names no one until its complement (وزراء, أعضاء, مئات, عناصر,
    المجموعة, اللواء): cut short, it is no party."""
    found = context.actors.actors[actor]
    words = normalize_for_matching(found.text).split()
    if found.mention is not None or len(words) != 1:
        return False
    return one_of(words[0], _INCOMPLETE)


def points_back(context, actor: int) -> bool:
    """Whether an actor is a demonstrative's one word (ودعا الصندوق هذه الدول): the parties it points back to
    were named before, and the word alone names none of them."""
    found = context.actors.actors[actor]
    if found.mention is not None or len(found.text.split()) != 1:
        return False
    first = context.word_of(found.start)
    return first > context.first and context.folded[first - 1] in _DEMONSTRATIVES


def names_a_thing(context, target: int | None) -> bool:
    """Whether a place stands right after a word for an agreement, a declaration or a meeting, which it
    names (إعلان القاهرة, اتفاق الرياض, مؤتمر جنيف)."""
    if target is None or context.actors.actors[target].type != "LOC":
        return False
    index = context.word_of(context.actors.actors[target].start)
    if index == context.first:
        return False
    return one_of(context.folded[index - 1], _NAMED_BY_PLACE, ("و", "ب", "ل", "وب", "ول"))


def forces(context, actor: int) -> bool:
    """Whether an actor begins with a word for forces (قوات, عناصر, جنود)."""
    return one_of(normalize_for_matching(context.actors.actors[actor].text).split()[0], _FORCES)


def a_person(context, actor: int) -> bool:
    """Whether an actor is one person named (no group, no forces; not a name after a group's word, which the
    model may tag as a person: لجماعة بوكو حرام)."""
    found = context.actors.actors[actor]
    if found.type != "PER" or found.kind not in ("name", "title"):
        return False
    index = context.word_of(found.start)
    return index == 0 or context.folded[index - 1].lstrip("وبل") not in DESCRIBERS


def deployed(context, position: int, actor: int) -> bool:
    """Whether an actor after a deployment's word is the forces deployed: it begins with a word for forces
    and is followed by where they go (… داخل المدن) or nothing; forces that deploy something name it next
    (نشرت القوات الموالية … اليوم مدرعاتها)."""
    found = context.actors.actors[actor]
    if found.start < context.tokens[position].end:
        return False
    if not forces(context, actor):
        return False
    after = context.word_after(actor, past_times=True)
    return after >= context.stop or context.folded[after] in PREPOSITIONS or \
        has_punctuation(context.text[found.end:context.tokens[after].start])
