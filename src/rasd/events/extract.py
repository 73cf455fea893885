"""Events in one article: a trigger, who did it to whom, where, when, in what mode, and the sentence.

A pure function of the article's text, its entity mentions and titles, and its
date, so it runs inside ``pipeline.process``. Precision comes first: a trigger
counts only with the actors or place its kind needs, outside quotations (what
a speaker says happened is their opinion until the article reports it), and
not in background (a relative clause, a pluperfect ``وكان … قد``, a year before
the article's). The same event told twice in an article is one record.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import replace

from ..arabic.normalize import normalize_for_matching
from ..arabic.relative_dates import TimeExpression, find_time_expressions, resolve
from ..arabic.sentences import Sentence, sentences
from ..arabic.tokens import Token, tokenize
from .actors import PREPOSITIONS as _PREPOSITIONS
from .actors import ArticleActors, find_actors
from .dedup import merge_duplicates
from .lexicon import SYMMETRIC_TYPES, Form, Match, read_token
from .model import Event, EventActor
from .modes import mode_of


def _words(text: str) -> frozenset[str]:
    return frozenset(normalize_for_matching(word) for word in text.split())


_RELATIVES = _words("الذي التي الذين اللذين اللتين اللذان اللتان والذي والتي والذين")
# Words after which a subject comes before its verb (بأن بومبيو شكر), and particles between them (واشنطن قد تطلق).
_COMPLEMENTIZERS = _words("أن إن ان بأن لأن وأن وإن كما حيث بينما فيما")
_PARTICLES = _words("قد لن لم سوف لا")
_CONVENE = _words("اجتماع اجتماعا لقاء قمة محادثات مباحثات جلسة")
_PLUPERFECT = _words("كان كانت وكان وكانت فكان وكانوا كانوا")
# An attempt, a habit or a repeated stance is not one event (بمحاولة تفجير, أشادت مرارا).
_NOT_ONE_ACT = _words("محاولة بمحاولة لمحاولة محاولات مرارا دائما عادة")
# Verbs whose object a noun trigger is, so their subject is the event's (جددت الخارجية الدعوة, نفذت قوات التحالف غارة).
_LIGHT_VERBS = tuple(normalize_for_matching(w) for w in
                     "جدد أجر أجرى نفذ شن عقد وجه أطلق أعلن بدأ بدأت واصل قاد ترأس شارك نظم تجر يجري ينفذ تنفذ يشن تشن يعقد تعقد".split())
_READINESS = _words("مستعد مستعدة مستعدون مستعدان استعداد استعداده استعدادها جاهز جاهزة جاهزون يعتزم تعتزم ينوي تنوي")
# Nouns that take a "مع" of their own (اتفاق السلام مع طالبان), so it names no partner of the trigger.
_WITH_NOUNS = _words("اتفاق الاتفاق السلام التعاون العلاقات الحرب اتفاقية الاتفاقية علاقات المفاوضات")
_FRAMES = _words("خلال أثناء اثناء عقب بعد قبل إثر اثر عشية أعقاب اعقاب بسبب")
# A pronoun written on the word after a verb (التقى خلالها): the verb's subject is that pronoun, not a name.
# Words that may stand between a verb and its subject: honorifics and times (استقبل صاحب السمو الملكي الأمير).
_BEFORE_SUBJECT = _words("صاحب السمو الملكي سمو معالي فخامة جلالة الشيخ الدكتور د الأستاذ أمس اليوم مساء صباح يوم")
# Sentences about sport: teams meet, play and win without any political event.
_SPORT = _words("""مباراة المباراة مباراته الدوري منتخب المنتخب بطولة البطولة كأس نادي النادي لاعب اللاعب
                   اللاعبين ملعب هدف الفريق فريق المدرب مدرب الحارس مواجهة مواجهات الموسم""")
_PRONOUN_ADVERBS = _words("خلالها خلاله خلالهما فيها فيه معه معها معهم منها منه")
_EMPHATIC = frozenset({"إن", "إنّ", "ان"})
# "إلى" leads a place only after a movement verb; after قدم or دعا it leads the recipient.
_PLACE_LEADS = _words("في ب ل من عند قرب داخل نحو خلال حول")
_TARGET_LEADS = _words("ب ل على إلى مع") | {""}
_TO, _IN_AT = normalize_for_matching("إلى"), _words("في ب")
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
_IN_YEAR = re.compile(r"(?:عام|العام|سنة)\s+((?:19|20)\d{2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_SOURCE_SPAN = 3  # words between a verb and the subject after it at most
_TARGET_SPAN = 8


def extract_events(text: str, mentions: list, titles: list, published: str | None = None) -> list[Event]:
    """The events of an article, in text order, duplicates merged."""
    tokens = tokenize(text)
    if not tokens:
        return []
    folded = [normalize_for_matching(token.text) for token in tokens]
    readings = [read_token(word) for word in folded]
    if not any(readings):
        return []
    anchor = _date(published)
    actors = find_actors(text, tokens, folded, mentions, titles)
    quoted = _quoted_spans(text)
    ends = [token.end for token in tokens]
    found: list[Event] = []
    token_index = 0
    for sentence in sentences(text):
        first = token_index
        while token_index < len(tokens) and tokens[token_index].start < sentence.end:
            token_index += 1
        if not any(readings[first:token_index]):
            continue
        context = _Sentence(text, sentence, tokens, folded, first, token_index, actors, anchor, ends)
        for position in range(first, token_index):
            if not readings[position] or _inside(quoted, tokens[position].start):
                continue
            for match in readings[position]:
                event = context.event(position, match)
                if event is not None:
                    found.append(event)
                    break
    return merge_duplicates(found, actors.cluster_of)


def _date(published: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Stretches inside quotation marks, paragraph by paragraph (an unclosed quote ends with its paragraph)."""
    spans: list[tuple[int, int]] = []
    opened: tuple[str, int] | None = None
    for index, char in enumerate(text):
        if char == "\n":
            if opened:
                spans.append((opened[1], index))
            opened = None
        elif opened is None and char in _QUOTE_PAIRS:
            opened = (_QUOTE_PAIRS[char], index)
        elif opened is not None and char == opened[0]:
            spans.append((opened[1], index))
            opened = None
    return spans


_NUMBERS = _words("حوالى حوالي نحو قرابة أكثر من")
_HEIR = normalize_for_matching("عهد")
_OFFICES = _words("وزير الوزير رئيس الرئيس أمير الأمير الملك ولي نائب المبعوث الأمين المستشار مساعد مدير")


def _is_office(text: str) -> bool:
    words = normalize_for_matching(text).split()
    return bool(words) and words[0] in _OFFICES


_CONTINUE = tuple(normalize_for_matching(w) for w in "واصل يواصل تواصل سيواصل ستواصل سيواصلان بدأ يبدأ تبدأ".split())


def _bare_verb(word: str) -> str:
    """A folded word without a leading conjunction (وجددت → جددت)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _has_punctuation(text: str) -> bool:
    return any(char in "،,.:;؛!?؟\"«»()\n" for char in text)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start < offset < end for start, end in spans)


class _Sentence:
    """One sentence's words and actors, and the rules that turn a trigger there into an event."""

    def __init__(self, text: str, sentence: Sentence, tokens: list[Token], folded: list[str], first: int, stop: int,
                 actors: ArticleActors, anchor: datetime.date | None, ends: list[int]) -> None:
        self.text, self.sentence, self.anchor = text, sentence, anchor
        self.tokens, self.folded, self.first, self.stop = tokens, folded, first, stop
        self.ends = ends
        self.actors = actors
        self.members = [i for i, a in enumerate(actors.actors) if sentence.start <= a.start and a.end <= sentence.end]
        self._times: list[TimeExpression] | None = None

    # -- positions ------------------------------------------------------------------------------

    def word_of(self, offset: int) -> int:
        """The index of the token holding (or next after) a character offset."""
        index = bisect.bisect_right(self.ends, offset, self.first, self.stop - 1)
        return max(self.first, index)

    def lead(self, actor: int) -> str:
        return self.actors.leads[actor]

    def is_place(self, actor: int) -> bool:
        return self.actors.actors[actor].type == "LOC" and self.lead(actor) in _PLACE_LEADS

    # -- the rules ------------------------------------------------------------------------------

    def event(self, position: int, match: Match) -> Event | None:
        trigger = match.form.trigger
        before = self.folded[max(self.first, position - 3):position]
        if match.form.tense in ("past", "present") and not match.prefix and before and before[-1] in _PREPOSITIONS:
            match = Match(Form(trigger, "masdar"), match.prefix)  # "في حشد": after a preposition, a verbal noun
        if before and before[-1] in _RELATIVES:
            return None  # background: "تنظيم داعش الذي قتل"
        if any(word in _PLUPERFECT for word in before) and not any(w in _READINESS for w in before):
            return None  # background: "وكانت أميركا وقعت"
        wider = self.folded[max(self.first, position - 8):position]
        if "قد" in wider and any(word in _PLUPERFECT for word in wider[:wider.index("قد")]):
            return None  # background: "وكان طيران التحالف قد نفذ 44 غارة"
        if any(word in _NOT_ONE_ACT for word in self.folded[max(self.first, position - 2):position + 4]):
            return None
        if trigger.needs and not self._needs(position, trigger.needs, trigger.window):
            return None
        noun = match.form.tense in ("noun", "masdar")
        if match.form.tense == "past" and position > self.first and \
                self.tokens[position - 1].text.replace("\u0651", "") in _EMPHATIC:
            return None  # "إن رفض": after إنّ comes a noun, the verbal noun of another act
        if any(word in _SPORT for word in self.folded[self.first:self.stop]):
            return None
        if noun and before and before[-1] in _FRAMES and "عشية" not in before:
            return None  # "خلال لقاء", "في أعقاب هجوم": the frame of another report
        following = self.folded[position + 1] if position + 1 < self.stop else ""
        if following in trigger.blocked_by:
            return None
        if noun and match.purpose and not any(word in _READINESS for word in before):
            return None  # "لبحث": the purpose of another act, told by that act
        if match.form.tense == "noun" and match.definite and not match.purpose and not trigger.lemma.startswith("ال"):
            return None  # "الاجتماع", "الهجوم", "الهدنة": a reference back, not a new report
        if noun and match.prefix.lstrip("وف").startswith("ب") and trigger.type in ("CONSULT", "COOPERATE"):
            return None  # "بالتعاون مع": the manner of another act
        if trigger.past_only and match.form.tense != "past":
            return None
        if trigger.lemma == "دعا" and self._convenes(position):
            trigger = replace(trigger, type="CONSULT")  # "دعا إلى اجتماع": convening a meeting
        source, target = self._actors(position, match)
        location = self._location(position, destination=trigger.destination, exclude=(source, target))
        if trigger.destination and location is None:
            return None
        if trigger.place and location is None:
            return None
        if source is None and not (noun and trigger.place):
            return None  # only a happening told by a noun (انفجار في كابول) may have no one doing it
        if trigger.partner and target is None:
            return None
        time = self._time(position)
        if self._is_history(position, time):
            return None
        ahead = time is not None and self._ahead(time)
        convened = trigger is not match.form.trigger  # "دعا إلى اجتماع": the meeting lies ahead
        mode = mode_of(self.folded[self.first:self.stop], position - self.first, self.sentence.text,
                       match.future or convened, ahead)
        date = resolve(time, self.anchor, ahead=mode == "planned") if time else None
        token = self.tokens[position]
        return Event(
            trigger.type, mode, token.text, token.start, token.end, self.sentence.start, self.sentence.end,
            self._actor(source), self._actor(target), self._actor(location), date, time.text if time else None,
        )

    def _convenes(self, position: int) -> bool:
        """"دعا … إلى اجتماع": the call is for a meeting."""
        words = self.folded[position + 1:min(self.stop, position + 12)]
        return any(a == _TO and b in _CONVENE or a.startswith("ل") and a[1:] in _CONVENE
                   for a, b in zip(words, words[1:] + [""]))

    def _needs(self, position: int, needs: tuple[str, ...], window: int) -> bool:
        for word in self.folded[position + 1:min(self.stop, position + 1 + window)]:
            for prefix in ("", "و", "ب", "ل", "ال", "بال", "لل", "وال", "ف"):
                if word.startswith(prefix) and word[len(prefix):].startswith(needs):
                    return True
        return False

    def _actors(self, position: int, match: Match) -> tuple[list[int] | None, int | None]:
        """(source with its coordinated actors, target) as indices into the article's actors."""
        trigger = match.form.trigger
        start, end = self.tokens[position].start, self.tokens[position].end
        after = [i for i in self.members if self.actors.actors[i].start >= end and not self.is_place(i)]
        before = [i for i in reversed(self.members) if self.actors.actors[i].end <= start and not self.is_place(i)]
        near_after = [i for i in after if self.word_of(self.actors.actors[i].start) - position <= _SOURCE_SPAN]
        near_before = [i for i in before if position - self.word_of(self.actors.actors[i].end - 1) <= 5]
        source = None
        adjacent_before = near_before and self.lead(near_before[0]) == "" and \
            self._subject_before(near_before[0], start)
        adjacent_after = near_after and self.lead(near_after[0]) in ("", "ل") and \
            self.word_of(self.actors.actors[near_after[0]].start) - position <= 2
        if match.form.tense != "noun":
            if adjacent_before:
                source = near_before[0]  # "بأن بومبيو شكر": subject before the verb
            elif near_after and self.lead(near_after[0]) == "" and not match.form.plural and \
                    self._right_after(position, near_after[0]):
                source = near_after[0]  # a verb before its subject is singular, so "يتهمون الحكومة" has none
        elif adjacent_after and match.form.tense == "noun" and not match.form.trigger.place:
            source = near_after[0]  # "لقاء الرئيسين ترمب وبوتين"
        elif near_before and self.lead(near_before[0]) == "" and self.actors.actors[near_before[0]].type != "LOC" \
                and self._after_light_verb(near_before[0], position):
            source = near_before[0]
        group = self._coordinated(source) if source is not None else None
        symmetric = trigger.partner or trigger.type in SYMMETRIC_TYPES
        last = self.actors.actors[group[-1]].end if group else end
        partner = self._with_partner(max(end, last) if group and source in after else end, group)
        target = partner if symmetric else None
        verbal_noun = match.form.tense == "masdar" or match.form.trigger.place
        if target is None and verbal_noun and adjacent_after and near_after[0] != source:
            target = near_after[0]  # "خطف مقاتلين", "قصف المدينة": the genitive of a verbal noun is its object
        if target is None and match.form.tense not in ("noun", "masdar"):
            target = self._object(after, group, max(end, last) if source in after else end, trigger.far_object)
        if target is None and symmetric and group and len(group) > 1:
            group, target = group[:1], group[1]
        return group, target

    def _object(self, after: list[int], group: list[int] | None, from_offset: int, far: bool = False) -> int | None:
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
            distance -= sum(1 for w in between if w in _NUMBERS or w.isdigit())  # "حوالى 20 متطرفا"
            previous = self.folded[self.word_of(actor.start) - 1] if self.word_of(actor.start) > self.first else ""
            if previous in _OFFICES or previous == _HEIR:
                continue  # "ولي عهد أبوظبي": a place in a title
            if distance > (14 if far else _TARGET_SPAN):
                return None
            if group and actor.kind in ("title", "group") and _is_office(actor.text) and \
                    not self.text[self.actors.actors[group[-1]].end:actor.start].strip():
                continue  # an apposition: "فيصل بن بندر أمير منطقة الرياض"
            lead = self.lead(i)
            if lead in _TARGET_LEADS and lead != "":
                return i
            if lead == "" and (distance <= 1 or distance == 2 and self._led_noun(first_word)
                               or far and not _has_punctuation(self.text[from_offset:actor.start])):
                return i
            return None
        return None

    def _led_noun(self, index: int) -> bool:
        """A word with an attached preposition and no article (بوحشية, بجهود): a genitive may follow it."""
        word = self.folded[index] if index < self.stop else ""
        return word[:1] in ("ب", "ل") and not word[1:].startswith("ال") and len(word) > 3

    def _after_light_verb(self, actor: int, position: int) -> bool:
        """Whether the actor before a noun trigger is the subject of a verb the noun is the object of
        (جددت الخارجية الروسية الدعوة), of a readiness or continuation between them (بلاده مستعدة للتعاون,
        الطرفان أنهما سيواصلان العمل), or opens the sentence or a reported clause."""
        index = self.word_of(self.actors.actors[actor].start)
        between = self.folded[self.word_of(self.actors.actors[actor].end - 1) + 1:position]
        if any(word in _READINESS or _bare_verb(word).startswith(_CONTINUE) for word in between):
            return True
        if index == self.first or self.folded[index - 1] in _COMPLEMENTIZERS:
            return True
        return _bare_verb(self.folded[index - 1]).startswith(_LIGHT_VERBS)

    def _right_after(self, position: int, actor: int) -> bool:
        """Whether an actor stands where a verb's subject does: right after it, past honorifics and times
        only (a name further on is the verb's object or part of a title: استقبل أمير منطقة المدينة)."""
        index = self.word_of(self.actors.actors[actor].start)
        between = self.folded[position + 1:index]
        if between and between[0] in _PRONOUN_ADVERBS:
            return False  # "التقى خلالها": the subject is the pronoun
        times = self._time_spans()
        return all(word in _BEFORE_SUBJECT or any(s <= self.tokens[position + 1 + k].start < e for s, e in times)
                   for k, word in enumerate(between))

    def _time_spans(self) -> list[tuple[int, int]]:
        self._time(self.first)
        return [(t.start, t.end) for t in self._times or []]

    def _subject_before(self, actor: int, verb_start: int) -> bool:
        """Whether an actor right before a verb is its subject: only particles (قد, لن) between them, and a
        complementizer (أن, إن), the sentence start or a comma before the actor."""
        found = self.actors.actors[actor]
        gap = self.text[found.end:verb_start]
        for i in self.members:  # "الشرطة في مالي احتجزت": a place phrase may stand between
            other = self.actors.actors[i]
            if found.end <= other.start and other.end <= verb_start and self.is_place(i):
                gap = gap.replace(self.text[other.start:other.end], " ")
        if any(normalize_for_matching(word) not in _PARTICLES | _IN_AT for word in gap.split()):
            return False
        index = self.word_of(found.start)
        while index > self.first and self.folded[index - 1] in _OFFICES:
            index -= 1  # "مساعد وزير الخارجية … ديفيد هيل": the title's first word
        if index == self.first or _has_punctuation(self.text[self.tokens[index - 1].end:self.tokens[index].start]):
            return True
        return self.folded[index - 1] in _COMPLEMENTIZERS or self.folded[index - 1] in _READINESS

    def _coordinated(self, source: int) -> list[int]:
        """The source and the actors joined to it by و (روسيا والصين وإيران)."""
        group = [source]
        members = self.members
        index = members.index(source)
        while index + 1 < len(members):
            current, following = self.actors.actors[members[index]], self.actors.actors[members[index + 1]]
            between = self.text[current.end:following.start]
            joined = (between.strip() == "" and self.text[following.start] == "و") or between.strip() == "و"
            if not joined or self.lead(members[index + 1]) not in ("", ):
                break
            group.append(members[index + 1])
            index += 1
        return group

    def _with_partner(self, after: int, group: list[int] | None) -> int | None:
        """The first actor after ``مع`` past the trigger, unless a noun before that مع takes it."""
        for i in self.members:
            actor = self.actors.actors[i]
            if actor.start < after or (group and i in group) or self.lead(i) != "مع":
                continue
            word = self.word_of(actor.start)
            bound = self.folded[max(self.first, word - 4):max(self.first, word - 1)]
            if any(w in _WITH_NOUNS for w in bound):
                continue
            return i
        return None

    def _location(self, position: int, destination: bool, exclude: tuple) -> int | None:
        taken = set(exclude[0] or []) | ({exclude[1]} if exclude[1] is not None else set())
        places = [i for i in self.members if self.actors.actors[i].type == "LOC" and i not in taken]
        start = self.tokens[position].start
        leads = (_TO,) if destination else _IN_AT
        for i in places:
            actor = self.actors.actors[i]
            if actor.start > start and self.lead(i) in leads and self.word_of(actor.start) - position <= 15:
                return i
        if destination:
            return None
        for i in reversed(places):
            actor = self.actors.actors[i]
            if actor.end <= start and self.lead(i) in leads and position - self.word_of(actor.start) <= 8:
                return i
        return None

    def _time(self, position: int) -> TimeExpression | None:
        if self._times is None:
            base = self.sentence.start
            self._times = [
                TimeExpression(t.start + base, t.end + base, t.text, t.kind, t.offset, t.weekday, t.year, t.month,
                               t.day)
                for t in find_time_expressions(self.sentence.text)
            ]
        start, end = self.tokens[position].start, self.tokens[position].end
        best, best_distance = None, None
        for time in self._times:
            if time.start >= end:
                distance = time.start - end
                if distance > 90:
                    continue
            elif time.end <= start:
                distance = (start - time.end) * 1.5
                if distance > 90:
                    continue
            else:
                continue
            if best_distance is None or distance < best_distance:
                best, best_distance = time, distance
        return best

    def _ahead(self, time: TimeExpression) -> bool:
        if time.offset > 0 and time.kind != "date":
            return True
        if self.anchor is not None:
            value = resolve(time, self.anchor)
            return bool(value and len(value) == 10 and value > self.anchor.isoformat())
        return False

    def _is_history(self, position: int, time: TimeExpression | None) -> bool:
        """A year before the article's (or any year when the article has no date) near the trigger, or one
        more than a year before it anywhere in the sentence."""
        window = " ".join(self.folded[max(self.first, position - 14):min(self.stop, position + 14)])
        years = [int(y) for y in _YEAR.findall(window)]
        if self.anchor is not None and any(int(y) < self.anchor.year - 1 for y in _YEAR.findall(self.sentence.text)):
            return True
        if self.anchor is not None and any(int(y) < self.anchor.year for y in _IN_YEAR.findall(self.sentence.text)):
            return True  # "منذ … نهاية عام 2014": the sentence tells history
        if time is not None and time.kind == "date" and time.year:
            years.append(time.year)
        if time is not None and time.kind == "year" and time.offset < 0:
            return True  # "العام الماضي"
        if time is not None and self.anchor is not None and time.kind in ("date", "month"):
            value = resolve(time, self.anchor)
            if value and len(value) >= 7 and value[:7] < (self.anchor - datetime.timedelta(days=60)).isoformat()[:7]:
                return True  # "في مارس المنصرم" in a July article: background
        if not years:
            return False
        return self.anchor is None or min(years) < self.anchor.year

    def _actor(self, found: list[int] | int | None) -> EventActor | None:
        if found is None:
            return None
        if isinstance(found, int):
            return self.actors.actors[found]
        first, last = self.actors.actors[found[0]], self.actors.actors[found[-1]]
        if len(found) == 1:
            return first
        phrase = self.text[first.start:last.end]
        return EventActor(phrase, first.name, first.start, last.end, first.kind, first.mention, first.type)
