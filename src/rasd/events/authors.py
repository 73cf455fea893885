"""Who carried out an attack told by a noun: its genitive with ل, the one a following "شنه / نفذه / تبناه"
names, whoever claims it later in the sentence (``وأعلن تنظيم داعش مسؤوليته``) or the party it is
attributed to (``نسب إلى``); and whether a country's adjective names its author (``غارة فرنسية``), or the
author of what a condemnation condemns (``دانت تونس القرار الفرنسي``)."""

from __future__ import annotations

from ..arabic.normalize import normalize_for_matching
from ..entities.offices import country_of_adjective
from . import cues
from .actors import CLITICS_APART
from .lexicon import Match
from .objects import bare_verb, has_punctuation
from .sentence import TO

# "أعلن X مسؤوليته": a claim of an attack, and the word of responsibility after the claimant.
_CLAIMS = frozenset(normalize_for_matching(w) for w in "أعلن أعلنت أعلنا تبنى تبنت".split())
_ABOUT = normalize_for_matching("عن")
_RESPONSIBILITY = frozenset(normalize_for_matching(w) for w in "مسؤوليته مسؤوليتها مسئوليته مسئوليتها المسؤولية".split())


def claimed_by(context, position: int, match: Match, source: list[int] | None,
               target: int | None) -> list[int] | None:
    """For an attack told by a noun with no subject found, the one its genitive or a following
    "شنه / نفذه / تبناه" names (هجوم مسلح للمقاومة, هجوم شنته الطائرات التركية, تفجير نفذه حزب العمال)."""
    if source is not None or match.form.tense != "noun" or match.form.trigger.type != "ASSAULT":
        return source
    end = min(context.stop, position + 6)
    for i in context.members:
        actor = context.actors.actors[i]
        index = context.word_of(actor.start)
        if actor.start <= context.tokens[position].end or index >= end or context.is_place(i) or i == target:
            continue
        words = context.folded[position + 1:index]
        between = [word for k, word in enumerate(words)  # "شنته اليوم المقاومة", "يخوضها منذ أسبوع مسلحون"
                   if word not in CLITICS_APART and word not in cues.TIME_WORDS and word != cues.SINCE and
                   (k == 0 or words[k - 1] != cues.SINCE)]
        while len(between) > 1 and between[-1] in cues.DESCRIBERS:
            between = between[:-1]  # "تبنته حركة طالبان"
        if context.lead(i) == "ل" and len(between) <= 1:
            return [i]  # "هجوم مسلح للمقاومة"
        if between and bare_verb(between[-1]).startswith(cues.CARRIED_OUT) and context.lead(i) == "":
            return [i]  # "هجوم شنته الطائرات"
        break
    return _claimant(context, position, target) or _claimed_before(context, position, target) or \
        _attributed(context, position, target) or _killer(context, position, target) or source


# Verbs of killing whose subject, told before them, carried out the attack the sentence names after them
# (إن حزب العمال الكردستاني قتل ثلاثة جنود في هجوم).
_KILLED = frozenset(normalize_for_matching(w) for w in "قتل قتلت قتلوا".split())
_THAT = frozenset(normalize_for_matching(w) for w in "إن أن بأن ان".split())


def _killer(context, position: int, target: int | None) -> list[int] | None:
    """The subject told after إن or أن right before a verb of killing earlier in the sentence, within ten
    words of the attack's word: who carried out the attack the victims died in (not a dateline or a place
    before a passive قُتل)."""
    for index in range(max(context.first + 1, position - 10), position):
        if bare_verb(context.folded[index]) not in _KILLED:
            continue
        for i in context.members:
            actor = context.actors.actors[i]
            start = context.word_of(actor.start)
            if i != target and context.word_of(actor.end - 1) == index - 1 and start > context.first and \
                    context.folded[start - 1] in _THAT and actor.type != "LOC" and context.can_act(i) and \
                    context.lead(i) == "" and not has_punctuation(context.text[actor.end:context.tokens[index].start]):
                return [i]
    return None


def _claimant(context, position: int, target: int | None) -> list[int] | None:
    """Who claims the attack later in the sentence (…، وتبنى تنظيم داعش مسؤوليته)."""
    for i in context.members:
        actor = context.actors.actors[i]
        index, last = context.word_of(actor.start), context.word_of(actor.end - 1)
        if actor.start <= context.tokens[position].end or i == target or context.is_place(i) or \
                index == context.first or last + 1 >= context.stop:
            continue
        after = context.folded[last + 1:min(context.stop, last + 4)]
        claim = next((k for k, word in enumerate(after) if word in _RESPONSIBILITY), None)
        if _claims(context, index) and claim is not None and \
                not has_punctuation(context.text[actor.end:context.tokens[last + 1 + claim].start]):
            return [i]  # "وأعلن تنظيم داعش على الفور مسؤوليته": up to two words between
    return None


def _claims(context, index: int) -> bool:
    """Whether a claim verb stands right before the actor starting at word ``index``, past a describer
    (وأعلن تنظيم داعش, تبنى حزب العمال)."""
    before = index - 1
    if context.folded[before] in cues.DESCRIBERS and before > context.first:
        before -= 1  # "وأعلن تنظيم داعش مسؤوليته"
    return bare_verb(context.folded[before]) in _CLAIMS


def _claimed_before(context, position: int, target: int | None) -> list[int] | None:
    """The subject of a claim verb right before the attack's word, with at most a time or "مسؤوليته عن"
    between (تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة)."""
    for i in context.members:
        actor = context.actors.actors[i]
        index, last = context.word_of(actor.start), context.word_of(actor.end - 1)
        if actor.end > context.tokens[position].start or i == target or context.is_place(i) or index == context.first:
            continue
        between = [word for word in context.folded[last + 1:position]
                   if word not in cues.TIME_WORDS and word not in _RESPONSIBILITY and word != _ABOUT]
        if not between and position - last <= 4 and _claims(context, index) and \
                context.lead(i) == "" and not has_punctuation(context.text[actor.end:context.tokens[position].start]):
            return [i]
    return None


# Verbs that attribute an attack (نسب إلى, ينسب إلى) or its authors (منفذيه ينتمون لـ) to a party.
_ATTRIBUTES = frozenset(normalize_for_matching(w) for w in "نسب نسبت ينسب تنسب ينتمون ينتمي".split())


def _attributed(context, position: int, target: int | None) -> list[int] | None:
    """The party an attack is attributed to within twelve words after its word, with no full stop between
    (تفجير انتحاري نسب إلى التنظيم, هجوم يرجح أن منفذيه ينتمون لجماعة بوكو حرام)."""
    for i in context.members:
        actor = context.actors.actors[i]
        index = context.word_of(actor.start)
        if actor.start <= context.tokens[position].end or i == target or context.is_place(i) or \
                index - position > 12 or "." in context.text[context.tokens[position].end:actor.start]:
            continue
        if context.folded[index - 1].lstrip("ل") in cues.DESCRIBERS and index - 1 > position:
            index -= 1  # "ينتمون لجماعة بوكو حرام"
        verb = index - 1 if context.folded[index].startswith("ل") or context.lead(i) == "ل" else \
            index - 2 if context.folded[index - 1] == TO else None
        if verb is not None and verb > position and bare_verb(context.folded[verb]) in _ATTRIBUTES:
            return [i]
    return None


def _country_of(word: str) -> str | None:
    """The country a folded adjective names, masculine or feminine, with or without the article."""
    word = word if word.startswith("ال") else "ال" + word
    adjectives = country_of_adjective()
    return adjectives.get(word) or (adjectives.get(word[:-1]) if word.endswith("ه") else None)


def author_by_adjective(context, position: int) -> bool:
    """Whether a country's adjective follows an attack's noun (غارة فرنسية, قصف تركي ليلي): the attack is
    that country's, named by no actor of its own."""
    return position + 1 < context.stop and _country_of(context.folded[position + 1]) is not None


def condemned_by_adjective(context, position: int, source: list[int] | None) -> tuple[int, str] | None:
    """(word index, country) of the country whose act a condemnation names by its adjective, right after the
    act's definite noun and its other adjectives (دانت تونس القرار الفرنسي, انتقد السياسات
    الهندية المتشددة): the one accused."""
    start = position + 1
    if source is not None and context.actors.actors[source[-1]].start > context.tokens[position].end:
        start = context.word_of(context.actors.actors[source[-1]].end - 1) + 1
    if start >= context.stop or not context.folded[start].lstrip("ب").startswith("ال"):
        return None
    for index in range(start + 1, min(context.stop, start + 4)):
        if has_punctuation(context.text[context.tokens[index - 1].end:context.tokens[index].start]) or \
                not context.folded[index].startswith("ال"):
            return None
        country = _country_of(context.folded[index])
        if country is not None:
            return index, country
    return None
