"""Who stands after a trigger and its subject: the verb's object, a partner after ``مع``, the parties
joined to the subject by ``و``, and what is not one of them (an apposition, an actor inside the subject's
relative clause, who reports the act, a place in a title).

``PartyWords`` adds these questions to a sentence's words (``sentence.SentenceWords``);
``roles.SentenceContext`` builds on it to tell each actor's part.
"""

from __future__ import annotations

from ..arabic.normalize import matching_words, normalize_for_matching
from ..nlp.titles import is_title_head
from .cues import RELATIVES, SINCE, SITES_NAMED, W_WORDS
from .group_words import IN
from .objects import HONORIFIC_PRONOUNS, OFFICES, SEAT, has_punctuation, holder_named, is_office
from .sentence import SentenceWords

# What may lead a verb's object (أدان الهجوم, رحب بالاتفاق, دعا إلى).
TARGET_LEADS = matching_words("ب ل على إلى مع ضد") | {""}
# A request is made of its object or "من" someone (طلبت إيران من السائقين); after إلى, ب or ل comes what is
# asked for (دعت مواطنيها إلى عدم السفر إلى تركيا, طالب بالإفراج).
REQUEST_LEADS = matching_words("من") | {""}
_THAT = matching_words("أن إن ان بأن لأن وأن")
# Nouns that take a "مع" of their own (اتفاق السلام مع طالبان), so it names no partner of the trigger.
_WITH_NOUNS = matching_words("اتفاق الاتفاق السلام التعاون العلاقات الحرب اتفاقية الاتفاقية علاقات المفاوضات")
_PARTNER_SPAN = 20  # words between the trigger (or its subject) and the partner after مع at most
# "منذ" (SINCE) opens a time clause, whose مع is its own (توجه إلى كراكاس … منذ توقيع العقود … مع الشركات الصينية).
# Words that open another clause, whose مع is its own (كما يعقد لافروف مباحثات مع …).
_CLAUSE_OPENERS = matching_words("كما بينما فيما حيث الذي التي الذين")
_TARGET_SPAN = 8
# "خلال لقائه", "في كلمته": when or where the subject acted, between the verb and its object.
_DURING = matching_words("خلال أثناء اثناء في لدى")
_HIS = ("ه", "ها", "هم", "هما")
_EACH, _OF_WORD = matching_words("كلا كل"), normalize_for_matching("من")
# Counting words between a verb and its object (حوالى 20 متطرفا).
_NUMBERS = matching_words("حوالى حوالي نحو قرابة أكثر من")
# Words that lead who reports an act, not a party to it (وفقا لوكالة الأنباء, نقلا عن مصادر).
_ATTRIBUTION = matching_words("وفقا وفق حسب بحسب نقلا")
_THAT_IS = matching_words("وهي وهو وهم وهما")
_HEIR = normalize_for_matching("عهد")
# Where a host receives (بمكتب معاليه, في مقر سموه): the pronoun after them names the host, not a party.
_VENUES = matching_words("مكتب بمكتب مقر بمقر قصر بقصر ديوان بديوان مجلس بمجلس")


class PartyWords(SentenceWords):
    """A sentence's words with the questions of who is the object or a partner."""

    def _object(self, after: list[int], group: list[int] | None, from_offset: int, far: bool = False,
                leads: frozenset[str] = frozenset()) -> int | None:
        """The first actor after the verb and its subject: right after it, after a verbal noun led by a
        preposition (ندد بوحشية النظام), or led by ب, ل, على, إلى, مع; further for ``far`` verbs."""
        first_word = self.word_of(from_offset)
        for i in after:
            if group and i in group:
                continue
            actor = self.actors.actors[i]
            if actor.start < from_offset:
                continue
            distance = self.word_of(actor.start) - first_word
            between = self.folded[first_word:self.word_of(actor.start)]
            during = self._during(first_word, between)
            if during:
                distance -= self._place_words(from_offset, actor.start)  # "خلال لقائه، أمس في الرياض، …"
            distance -= sum(1 for w in between if w in _NUMBERS or w.isdigit())  # "حوالى 20 متطرفا"
            distance -= self.in_time(first_word, self.word_of(actor.start))  # "اتهمت الحكومة الجمعة الماضي إيران"
            if len(between) >= 2 and between[-1] == _OF_WORD and between[-2] in _EACH:
                distance -= 2  # "انتقد ظريف كلا من الولايات المتحدة وبريطانيا"
            if during:
                distance -= during  # "ودعا الرئيس خلال لقائه اليوم المبعوث الأممي …": when he asked, not whom
                between = between[during:]
            previous = self.folded[self.word_of(actor.start) - 1] if self.word_of(actor.start) > self.first else ""
            if previous in OFFICES or previous == _HEIR:
                continue  # "ولي عهد أبوظبي": a place in a title
            if previous in SEAT:
                continue  # "معهد العلوم والأمن الدولي ومقره الولايات المتحدة": where the subject sits
            if previous in _THAT:
                return None  # "تعهد بأن الولايات المتحدة …": the actor opens the content of the act, not its object
            if self._in_relative_clause(first_word, actor.start):
                return None  # "طالبت جبهة النصرة التي تحتجز عددا من عناصر الجيش …": the object of the subject's
                # relative clause, not of the verb
            if previous in _THAT_IS:
                continue  # "أثنت الجهات المانحة وهي المفوضية الأوروبية …": who the subject is, not the object
            if previous in _ATTRIBUTION or self.folded[max(self.first, self.word_of(actor.start) - 2)] in _ATTRIBUTION:
                continue  # "وثمن هادي وفقا لوكالة الأنباء مواقف الصين": who reports it, not the object
            if group and "(" in self.text[self.actors.actors[group[-1]].end:actor.start].split(")")[-1]:
                continue  # "وزارة الدفاع الأمريكية (البنتاجون)", "الدول الكبرى (بريطانيا، والصين …)": the
                # source's other name or its members, inside the parenthesis opened after it
            if group and self.actors.actors[group[-1]].type == "ORG" and len(between) == 2 and \
                    self._led_noun(first_word) and between[0][:1] == "ل" and between[1].startswith("ال"):
                between, distance = [], 0  # "منظمة «هيومان رايتس ووتش» لحقوق الإنسان": the body's own field
            if leads is REQUEST_LEADS and any(w[:1] in ("ب", "ل") and len(w) > 3 for w in between):
                return None  # "طالب بتشكيل قوات مسلحة": what is asked for, not whom
            if distance > (14 if far else _TARGET_SPAN):
                return None
            if group and actor.kind in ("title", "group") and is_office(actor.text) and \
                    self.text[self.actors.actors[group[-1]].end:actor.start].strip() in ("", "،", ",", "-", "–") and \
                    not (self.actors.actors[group[-1]].kind == "name" and self._holder_inside(i)):
                continue  # an apposition: "فيصل بن بندر أمير منطقة الرياض", "لاري آندري، سفير الولايات المتحدة"
            if distance == 0 and actor.kind == "pronoun" and normalize_for_matching(actor.text) in HONORIFIC_PRONOUNS:
                continue  # "مشيدا سموه بالجهود": the honorific right after the verb is its subject
            if actor.kind == "pronoun" and previous in _VENUES:
                continue  # "استقبل الوزير بمكتب معاليه …": whose office it was, where the act took place
            if group and holder_named(self, self.actors.actors[group[-1]], actor):
                continue  # the office's holder named: "استقبل أمير منطقة تبوك الأمير سلطان"
            lead = self.lead(i)
            if lead in (leads or TARGET_LEADS) and lead != "":
                return i
            if lead == "" and (distance <= 1 or distance == 2 and self._led_noun(first_word)
                               or far and not has_punctuation(self._past_setting(from_offset, actor.start))):
                return i
            return None
        return None

    def _past_setting(self, start: int, end: int) -> str:
        """The text from ``start`` to ``end`` past where and when the act was, when a comma closes them
        (استقبل … في مكتبه بالإمارة اليوم، رئيس فرع …): a setting of a few words opened by في or ب, or told
        by time words, then one comma and no new clause (not "، وبحث")."""
        between = self.text[start:end]
        cut = min((between.find(mark) for mark in "،," if mark in between), default=-1)
        if cut < 0:
            return between
        setting, rest = between[:cut], between[cut + 1:]
        words = setting.split()
        following = self.text[start + cut + 1:].split()
        if not words or len(words) > 6 or has_punctuation(setting) or not following:
            return between
        first = self.word_of(start + len(setting) - len(setting.lstrip()))
        opened = normalize_for_matching(words[0]) in _DURING or \
            normalize_for_matching(words[0])[:1] == "ب" and len(words[0]) > 3
        timed = self.in_time(first, first + len(words)) == len(words)
        next_word = normalize_for_matching(following[0])
        if not (opened or timed) or next_word[:1] == "و" and not is_title_head(next_word):
            return between
        return rest

    def _place_words(self, start: int, end: int) -> int:
        """How many words between two offsets name places led by في, with their في (في الرياض: 2)."""
        return sum(self.word_of(found.end - 1) - self.word_of(found.start) + 2
                   for j, found in ((j, self.actors.actors[j]) for j in self.members)
                   if start <= found.start and found.end <= end and self.is_place(j) and self.lead(j) == IN)

    def _during(self, first_word: int, between: list[str]) -> int:
        """How many words open the words between a verb and an actor telling when or where its subject
        acted (خلال لقائه, في كلمته: 2; في نهاية جولته: 3), 0 when they do not: a noun with a pronoun on it
        as written (ه, not the ة of في محافظة), or in construct before one."""
        if len(between) < 2 or between[0] not in _DURING:
            return 0
        if self.tokens[first_word + 1].text.endswith(_HIS):
            return 2
        if len(between) >= 3 and not between[1].startswith("ال") and self.tokens[first_word + 2].text.endswith(_HIS):
            return 3
        return 0

    def _led_noun(self, index: int) -> bool:
        """A word with an attached preposition and no article (بوحشية, بجهود): a genitive may follow it."""
        word = self.folded[index] if index < self.stop else ""
        return word[:1] in ("ب", "ل") and not word[1:].startswith("ال") and len(word) > 3

    def _coordinated(self, source: int) -> list[int]:
        """The source and the actors joined to it by و (روسيا والصين وإيران)."""
        group = [source]
        members = self.members
        if source not in members:
            return group  # a speaker named in an earlier sentence (a participle's)
        index = members.index(source)
        while index + 1 < len(members):
            current, following = self.actors.actors[members[index]], self.actors.actors[members[index + 1]]
            between = self.text[current.end:following.start]
            first_word = normalize_for_matching(self.text[following.start:following.end].split()[0])
            conjunction = first_word[:1] == "و" and first_word not in W_WORDS  # "ومصر", not "لافروف وزير"
            joined = (between.strip() == "" and conjunction) or between.strip() == "و"
            joined = joined or self._apposition(members[index], members[index + 1])
            # "وندد النائب المعارض ليم كيت سيانج": an office and its holder named after it are one party
            joined = joined or len(group) == 1 and current.mention is None and holder_named(self, current, following)
            if not joined or self.lead(members[index + 1]) not in ("", ):
                break
            group.append(members[index + 1])
            index += 1
        return group

    def _apposition(self, person: int, other: int) -> bool:
        """Whether an office right after a person's name is his, in apposition (ألبرت ديل روساريو وزير خارجية
        الفلبين, رمضان قاديروف رئيس جمهورية الشيشان): part of the actor, never a second party."""
        current, following = self.actors.actors[person], self.actors.actors[other]
        return not self.text[current.end:following.start].strip() and current.type == "PER" and \
            following.kind != "name" and is_office(following.text) and \
            not (current.kind == "name" and self._holder_inside(other))

    def _in_relative_clause(self, first_word: int, offset: int) -> bool:
        """Whether ``offset`` lies in a relative clause opened after the word ``first_word`` and not closed by a
        comma before it (…، التي تشغل منصب …، بالرئيس القبرصي: closed, the verb's object follows)."""
        index = self.word_of(offset)
        opened = [i for i in range(first_word, index) if self.folded[i] in RELATIVES]
        return bool(opened) and not any(mark in self.text[self.tokens[opened[-1]].end:offset] for mark in "،,")

    def _holder_inside(self, office: int) -> bool:
        """Whether an office names its own holder (رئيس إقليم كردستان العراق مسعود بارزاني): after a person's
        name, such an office is another person (التقى كارتر …), not the first one's apposition."""
        found = self.actors.actors[office]
        return any(other.kind == "name" and other.type == "PER" and found.start < other.start < found.end and
                   self.folded[self.word_of(other.start) - 1] not in SITES_NAMED  # (رئيس مدينة الملك عبد العزيز)
                   for other in self.actors.actors)

    def _with_partner(self, after: int, group: list[int] | None) -> int | None:
        """The first actor after ``مع`` past the trigger in its clause, unless a noun before that مع takes
        it (الاتفاق النووي … مع إيران)."""
        for i in self.members:
            actor = self.actors.actors[i]
            if actor.start < after or (group and i in group) or self.lead(i) != "مع":
                continue
            word = self.word_of(actor.start)
            if word - self.word_of(after) > _PARTNER_SPAN or self._new_clause(after, actor.start) or \
                    SINCE in self.folded[self.word_of(after):word]:
                return None
            bound = self.folded[max(self.first, word - 4):max(self.first, word - 1)]
            if any(w in _WITH_NOUNS or w[:1] == "و" and w[1:] in _WITH_NOUNS for w in bound):
                continue
            return i
        return None

    def _new_clause(self, start: int, end: int) -> bool:
        """Whether another clause begins between two offsets (``، و…``, ``كما``, ``قبل أن``)."""
        gap = self.text[start:end]
        if any(gap[i] in "،," and gap[i + 1:].lstrip().startswith("و") for i in range(len(gap) - 1)):
            return True
        words = [normalize_for_matching(w) for w in gap.split()]
        return any(w in _CLAUSE_OPENERS for w in words)
