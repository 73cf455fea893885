"""Who plays which part around a trigger in one sentence: its source, its target, its place and date.

The rules (Arabic word order) are described in docs/EVENTS.md: a singular verb
before its subject, a subject before its verb only after a complementizer, a
partner after ``مع``, an object right after the subject or led by a
preposition, a noun's subject through its light verb, places after ``في``.
``SentenceContext`` answers these questions with indices into the article's
actors, over a sentence's words, actors, places and times (``sentence.SentenceWords``)
and who stands after the subject (``parties.PartyWords``: the object, a partner).
"""

from __future__ import annotations

from ..arabic.normalize import matching_words, normalize_for_matching
from .actors import PREPOSITIONS
from .cues import CARRIED_OUT, RELATIVES
from .group_words import IN
from .lexicon import ONE_SIDED, SYMMETRIC_TYPES, Match
from .objects import (
    OFFICES,
    asked_of,
    bare_verb,
    condemned,
    disagrees,
    has_punctuation,
    one_of,
)
from .parties import REQUEST_LEADS, TARGET_LEADS, PartyWords
from .sentence import IN_AT
from .statements import Speaker, speaker_at

# Words after which a subject comes before its verb (بأن بومبيو شكر), and particles between them (واشنطن قد تطلق).
_COMPLEMENTIZERS = matching_words("أن إن ان بأن لأن وأن وإن كما حيث بينما فيما لكن ولكن لكنّ")
_PARTICLES = matching_words("قد لن لم سوف لا")
# The same with a subject pronoun written on (إنها استهدفت, أنهم رفضوا): the verb's subject is told.
_THAT_PRONOUNS = matching_words("""إنها إنه إنهم إنهما أنها أنه أنهم أنهما انها انه انهم انهما بأنها بأنه بأنهم
                                 لأنها لأنه لأنهم وأنها وأنه""")
# Words that govern the noun after them, which then is no subject: prepositions, demonstratives.
_GOVERNING = PREPOSITIONS | matching_words("""هذا هذه ذلك تلك هذين هاتين بموجب وفق وفقا حسب بحسب ضمن عبر جراء
                                           بسبب إزاء اثر إثر عقب بعد قبل خلال""")
# Definite words before a verb that are no subject: times (اليوم التقى) and the like.
_NOT_SUBJECTS = matching_words("""اليوم الليلة الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الماضي الماضية
                               المقبل المقبلة الحالي الأسبوع الشهر العام الصباح المساء الآن""")
# Verbs whose object a noun trigger is, so their subject is the event's (جددت الخارجية الدعوة, نفذت قوات التحالف غارة,
# رد الجيش بقصف).
LIGHT_VERBS = tuple(normalize_for_matching(w) for w in """
    جدد أجر أجرى نفذ شن عقد وجه أطلق أعلن بدأ بدأت واصل قاد ترأس شارك نظم تجر يجري ينفذ تنفذ يشن تشن يعقد تعقد
    رد ردت
""".split())
# Readiness and intent: a verbal noun after them is a planned act of their subject (بلاده مستعدة للتعاون).
READINESS = matching_words("مستعد مستعدة مستعدون مستعدان استعداد استعداده استعدادها جاهز جاهزة جاهزون يعتزم تعتزم ينوي تنوي")
# Words that may stand between a verb and its subject: honorifics and times (استقبل صاحب السمو الملكي الأمير).
_BEFORE_SUBJECT = matching_words("صاحب السمو الملكي سمو معالي فخامة جلالة الشيخ الدكتور د الأستاذ أمس اليوم مساء صباح يوم")
_STYLES = matching_words("صاحب السمو الملكي سمو معالي فخامة جلالة سماحة")
# A pronoun written on the word after a verb (التقى خلالها): the verb's subject is that pronoun, not a name.
_PRONOUN_ADVERBS = matching_words("خلالها خلاله خلالهما فيها فيه معه معها معهم منها منه")
# A release or a climb-down is "عن" someone (أفرجت السلطات عن ناشطين).
_RELEASE_LEADS = TARGET_LEADS | matching_words("عن")
_SOURCE_SPAN = 3  # words between a verb and the subject after it at most
_ON_WORD = normalize_for_matching("على")
# Armed forces, who carry out the shelling or air raids whose word they follow (قصف القوات, غارات الطيران;
# not تفجير مسجد قوات الطوارئ, where the forces' mosque was struck).
_SHELLING = matching_words("قصف غارة غارات")
_CONJUNCTIONS_AND_LEADS = ("و", "ف", "ب", "ل")
_ARMED = matching_words("قوات القوات الجيش جيش الطيران طيران طائرات الطائرات مقاتلات المقاتلات المدفعية البحرية")
_CONTINUE = tuple(normalize_for_matching(w) for w in "واصل يواصل تواصل سيواصل ستواصل سيواصلان بدأ يبدأ تبدأ".split())


def _target_leads(kind: str) -> frozenset[str]:
    """The prepositions that may lead the target of an event of this type."""
    return _RELEASE_LEADS if kind == "CONCEDE" else REQUEST_LEADS if kind == "REQUEST" else TARGET_LEADS


def has_clause_break(text: str) -> bool:
    """Whether punctuation that ends a clause stands in ``text``."""
    return any(char in text for char in "،,.:;؛")


class SentenceContext(PartyWords):
    """One sentence's words, actors and times (``SentenceWords``) and the parts actors play around a trigger."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.speakers: list[Speaker] = []  # the article's statements and who made them (``speaker_at``)

    def roles(self, position: int, match: Match) -> tuple[list[int] | None, int | None]:
        """(source with the actors coordinated with it, target) of the trigger at ``position``, as indices
        into the article's actors."""
        trigger = match.form.trigger
        start, end = self.tokens[position].start, self.tokens[position].end
        # A country asked "من" is asked, not a place (طلبت السلطات من الأردن استقبال …).
        asked = trigger.type == "REQUEST" and match.form.tense != "noun"
        after = [i for i in self.members if self.actors.actors[i].start >= end and
                 (not self.is_place(i) or asked and asked_of(self, i, end))]
        if match.form.tense == "participle":  # "وقال X … ، مطالبا الحكومة": X's act, on whom follows
            speaker = self.speaker_at(start)
            if speaker is None:
                return None, None
            leads = _target_leads(trigger.type)
            return [speaker], self._object(after, [speaker], end, trigger.far_object, leads)
        before = [i for i in reversed(self.members) if self.actors.actors[i].end <= start and not self.is_place(i)]
        near_after = [i for i in after if self.word_of(self.actors.actors[i].start) - position -
                      self._styles(position + 1, self.word_of(self.actors.actors[i].start)) <= _SOURCE_SPAN]
        near_before = [i for i in before if position - self.word_of(self.actors.actors[i].end - 1) <= 5]
        source = None
        adjacent_before = near_before and self.lead(near_before[0]) == "" and self.can_act(near_before[0]) and \
            self._subject_before(near_before[0], start)
        adjacent_after = near_after and self.lead(near_after[0]) in ("", "ل") and \
            self.word_of(self.actors.actors[near_after[0]].start) - position <= 2 and \
            not bare_verb(self.folded[position + 1]).startswith(CARRIED_OUT)  # "قصف شنه الحوثيون": its author
        if match.form.tense != "noun":
            if adjacent_before:
                source = near_before[0]  # "بأن بومبيو شكر": subject before the verb
            elif position > self.first and self.folded[position - 1] in _THAT_PRONOUNS:
                # "مؤكدة أنها استهدفت قافلة عسكرية": the subject is the pronoun, the one who says so when
                # it agrees with them; the actor after the verb is its object.
                speaker = self.speaker_at(start)
                if speaker in self.members and self._agrees(self.folded[position - 1], speaker):
                    source = speaker
            elif near_after and self.lead(near_after[0]) == "" and not match.form.plural and \
                    self.can_act(near_after[0]) and self._right_after(position, near_after[0]) and \
                    not self._noun_before(position) and \
                    not disagrees(self, position, match.form.tense, near_after[0]):
                source = near_after[0]  # a verb before its subject is singular, so "يتهمون الحكومة" has none
        elif adjacent_after and match.form.tense == "noun" and not match.form.trigger.place and \
                self.can_act(near_after[0]) and self.actors.actors[near_after[0]].type != "LOC":
            source = near_after[0]  # "لقاء الرئيسين ترمب وبوتين"; "اجتماع فيينا" was held there
        elif near_before and self.lead(near_before[0]) == "" and self.actors.actors[near_before[0]].type != "LOC" \
                and self.can_act(near_before[0]) and self._after_light_verb(near_before[0], position):
            source = near_before[0]
        group = self._coordinated(source) if source is not None else None
        symmetric = (trigger.partner or trigger.type in SYMMETRIC_TYPES) and trigger.lemma not in ONE_SIDED
        last = self.actors.actors[group[-1]].end if group else end
        partner = self._with_partner(max(end, last) if group and source in after else end, group)
        target = partner if symmetric else None
        verbal_noun = match.form.tense == "masdar" or match.form.trigger.place
        if verbal_noun and source is None and adjacent_after and self._nominative(near_after[0]):
            source = near_after[0]  # "قصف المتمردون الحوثيون مدينة تعز": a plural in ون is a subject; the word
            group = self._coordinated(source)  # is the verb, not its verbal noun
        if verbal_noun and source is None and adjacent_after and \
                self._agent_genitive(near_after[0], attack=trigger.type == "ASSAULT"):
            # "قصف قوات النظام لمواقع في داريا": a verbal noun's genitive followed by its object with ل or على
            # is its subject
            source = near_after[0]
            group = [source]
        if verbal_noun and source is None and adjacent_after and one_of(self.folded[position], _SHELLING, _CONJUNCTIONS_AND_LEADS) and \
                self._armed(near_after[0], position):
            source = near_after[0]  # "قصف القوات الأوكرانية", "غارات الطيران الحربي": forces right after an
            group = [source]  # attack's word carried it out (judged samples: never the ones struck)
        if target is None and verbal_noun and adjacent_after and near_after[0] != source and \
                not (trigger.type == "ASSAULT" and self.lead(near_after[0]) == "ل"):
            # "خطف مقاتلين", "قصف المدينة": the genitive of a verbal noun is its object; an attack's genitive
            # with ل is its author (قصف لطيران التحالف), found by ``claimed_by``
            target = near_after[0]
        if target is None and match.form.tense not in ("noun", "masdar"):
            leads = _target_leads(trigger.type)
            target = self._object(after, group, max(end, last) if source in after else end, trigger.far_object, leads)
        if target is None and symmetric and group and len(group) > 1 and not self._apposition(group[0], group[1]):
            group, target = group[:1], group[1]
        if trigger.type == "ACCUSE" and match.form.tense in ("past", "present"):
            target = condemned(self, after, group, max(end, last) if source in after else end, target)
        return group, target

    def _nominative(self, actor: int) -> bool:
        """Whether an actor begins with a definite plural in -ون, which only a subject is (المتمردون)."""
        words = normalize_for_matching(self.actors.actors[actor].text).split()
        return bool(words) and words[0].startswith("ال") and words[0].endswith("ون") and len(words[0]) > 5

    def _agrees(self, pronoun: str, actor: int) -> bool:
        """Whether a pronoun written on أن/إن may stand for an actor: a feminine one (إنها) for a country or
        a body whose word is feminine, a masculine one (إنه) for a person or a masculine body; a plural
        for anyone (مضيفة أنه سيعقد لقاءات: "he", not the organisation that says so)."""
        found = self.actors.actors[actor]
        feminine = found.type == "LOC" or normalize_for_matching(found.text).split()[0].endswith("ه") and \
            found.type != "PER"
        if pronoun.endswith("ها"):
            return feminine
        if pronoun.endswith("ه"):
            return not feminine
        return True

    def _noun_before(self, position: int) -> bool:
        """Whether a definite noun that is no actor stands right before a verb (التنصت الأميركي استهدف,
        الممثلة دعت): the verb's subject came first, so the actor after it is its object."""
        if position == self.first or has_clause_break(self.text[self.tokens[position - 1].end:
                                                                self.tokens[position].start]):
            return False
        word = self.folded[position - 1]
        start = self.tokens[position - 1].start
        if any(self.actors.actors[i].start <= start < self.actors.actors[i].end for i in self.members):
            return False
        if not word.startswith("ال") or word in _NOT_SUBJECTS or word in RELATIVES:
            return False
        index = position - 1  # back to the first word of the noun phrase (التنصت الأميركي)
        while index > self.first and self.folded[index - 1].startswith("ال") and \
                not has_clause_break(self.text[self.tokens[index - 1].end:self.tokens[index].start]):
            index -= 1
        governing = self.folded[index - 1] if index > self.first else ""
        if any(word.lstrip("وف").startswith(("لل", "بال", "كال")) for word in (self.folded[index], governing)):
            return False  # "ولليوم الثاني شنت": a phrase led by an attached preposition
        if governing.lstrip("وف")[:1] in ("ل", "ب", "ك") and len(governing.lstrip("وف")) > 3:
            return False  # "وبحسب بيان لرئاسة الحكومة أشاد": the genitive of a phrase led by one
        governing = governing[1:] if governing[:1] in ("و", "ف") and governing[1:] in _GOVERNING else governing
        return governing not in _GOVERNING  # not "وفي هذا السياق تظاهر", "وبموجب الاتفاق وافقت"

    def can_act(self, actor: int) -> bool:
        """Whether an actor may be an event's source (a person described, not named, may not; الفتى نعيم may;
        أطفال مدينة عدن may not)."""
        found = self.actors.actors[actor]
        return found.kind != "described" or found.mention is not None and found.type == "PER"

    def speaker_at(self, offset: int) -> int | None:
        """The actor who makes the statement an offset stands in, or None (``statements.speaker_at``)."""
        return speaker_at(self.speakers, self.actors, offset)

    def _after_light_verb(self, actor: int, position: int) -> bool:
        """Whether the actor before a noun trigger is the subject of a verb the noun is the object of
        (جددت الخارجية الروسية الدعوة), of a readiness or continuation between them (بلاده مستعدة للتعاون,
        الطرفان أنهما سيواصلان العمل), or opens the sentence or a reported clause."""
        index = self.word_of(self.actors.actors[actor].start)
        between = self.folded[self.word_of(self.actors.actors[actor].end - 1) + 1:position]
        if any(word in READINESS or bare_verb(word).startswith(_CONTINUE) for word in between):
            return True
        if index == self.first or self.folded[index - 1] in _COMPLEMENTIZERS:
            return True
        return bare_verb(self.folded[index - 1]).startswith(LIGHT_VERBS)

    def _styles(self, first: int, stop: int) -> int:
        """How many of the words ``first`` to ``stop`` (excluded) are a style (صاحب السمو الملكي), which only
        introduces the name after it."""
        return sum(1 for word in self.folded[first:stop] if word in _STYLES)

    def _right_after(self, position: int, actor: int) -> bool:
        """Whether an actor stands where a verb's subject does: right after it, past honorifics and times
        only (a name further on is the verb's object or part of a title: استقبل أمير منطقة المدينة)."""
        index = self.word_of(self.actors.actors[actor].start)
        between = self.folded[position + 1:index]
        if between and between[0] in _PRONOUN_ADVERBS:
            return False  # "التقى خلالها": the subject is the pronoun
        return all(word in _BEFORE_SUBJECT or self.timed(position + 1 + k) for k, word in enumerate(between))

    def _subject_before(self, actor: int, verb_start: int) -> bool:
        """Whether an actor right before a verb is its subject: only particles (قد, لن) between them, and a
        complementizer (أن, إن), the sentence start or a comma before the actor."""
        found = self.actors.actors[actor]
        gap = self.text[found.end:verb_start]
        for i in self.members:  # "الشرطة في مالي احتجزت": a place phrase may stand between
            other = self.actors.actors[i]
            if found.end <= other.start and other.end <= verb_start and self.is_place(i):
                gap = gap.replace(self.text[other.start:other.end], " ")
        if any(normalize_for_matching(word) not in _PARTICLES | IN_AT for word in gap.split()):
            return False
        index = self.word_of(found.start)
        while index > self.first and self.folded[index - 1] in OFFICES:
            index -= 1  # "مساعد وزير الخارجية … ديفيد هيل": the title's first word
        if index == self.first or has_punctuation(self.text[self.tokens[index - 1].end:self.tokens[index].start]):
            return True
        return self.folded[index - 1] in _COMPLEMENTIZERS or self.folded[index - 1] in READINESS

    def _agent_genitive(self, actor: int, attack: bool = False) -> bool:
        """Whether the genitive right after a verbal noun is followed by the noun's object led by ل or على
        (قصف قوات النظام لمواقع, استهداف طائرات التحالف لمقاتلي الجبهة), past a place with في (قصف المتمردين
        في اليمن لمناطق): then it is the noun's subject, even a people described (المتمردين) for an attack."""
        found = self.actors.actors[actor]
        if self.lead(actor) != "" or not (self.can_act(actor) or attack and found.kind == "described"):
            return False
        after = self.word_after(actor)
        place = self._place_at(after + 1) if after < self.stop and self.folded[after] == IN else None
        if place is not None:
            found, after = self.actors.actors[place], self.word_after(place)  # "قصف المتمردين في اليمن لمناطق"
        if after >= self.stop or has_punctuation(self.text[found.end:self.tokens[after].start]):
            return False
        word = self.folded[after]
        return word == _ON_WORD or word[:1] == "ل" and not word.startswith("ال") and len(word) > 3

    def _armed(self, actor: int, position: int) -> bool:
        """Whether an actor right after the word at ``position``, with no preposition on it, is armed forces
        (القوات, الجيش, الطيران, مقاتلات)."""
        found = self.actors.actors[actor]
        return self.lead(actor) == "" and self.word_of(found.start) == position + 1 and \
            normalize_for_matching(found.text).split()[0] in _ARMED

    def _place_at(self, index: int) -> int | None:
        """The place whose first word is the ``index``-th word, if one."""
        return next((i for i in self.members if self.actors.actors[i].type == "LOC" and
                     self.word_of(self.actors.actors[i].start) == index), None)

