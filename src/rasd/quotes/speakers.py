"""Who is speaking: from the words around a reporting cue, the names and titles of the article,
and the quotations before it.

- A person named in the speaker phrase speaks, under the fullest form the
  article gives them (``بومبيو`` → ``مايك بومبيو``).
- A phrase with no person (``مسؤول أميركي رفيع المستوى``, ``الخارجية الروسية``)
  is the speaker as written, up to where the circumstances begin (``في بيان``,
  ``الأربعاء``, ``للصحفيين``); a statement's author speaks for it (``بيان
  للخارجية الأميركية`` → ``الخارجية الأميركية``).
- A title alone (``الوزير الأميركي``, ``المسؤول الأميركي``) is the person the
  article gave that title, or an earlier speaker described by it.
- No phrase at all: the subject written before the verb (``بلينكن اعتبر``), the
  person just named after ``من جهته``, else the previous speaker (``وأضاف``).
"""

from __future__ import annotations

from typing import NamedTuple

from ..entities.local import local_clusters
from ..entities.roles import compatible, role_key
from .cues import ASIDE_OPENERS, cue_lemma, fold
from .reader import ArticleReader

_MAX_DESCRIPTION_WORDS = 8
_MAX_PHRASE_WORDS = 14
_TIME_WORDS = frozenset(
    fold(w)
    for w in "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس اليوم غدا الليلة مساء صباح ظهر "
    "الأسبوع الشهر الماضي المقبل مؤخرا مؤخراً حاليا أيضا أيضاً كذلك بدوره بدورها".split()
)
# Prepositions that open the circumstances of a statement, not part of who made it.
_ADVERBIAL_PREPOSITIONS = frozenset(fold(w) for w in "خلال عقب أثناء أمام قبل بعد عبر لدى وسط إثر حسب بحسب خلال".split())
# Nouns after في / على that say how or where something was said.
_CIRCUMSTANCES = frozenset(
    fold(w)
    for w in "بيان بيانه بيانها تصريح تصريحات تصريحه تصريحها حديث حديثه حديثها مقابلة كلمة كلمته كلمتها تغريدة "
    "تغريدته تغريدتها تغريدات حوار مؤتمر رسالة رسالته لقاء اتصال ختام افتتاح وقت الوقت أعقاب ذات هذا هذه "
    "تعليق تعليقه منشور إفادة جلسة اجتماع مداخلة ندوة محاضرة خطاب خطابه تويتر حسابه حسابها صفحته صفحتها "
    "موقع موقعه إكس فيسبوك هامش نفس سياق رده ردها معرض مستهل بداية نهاية".split()
)
# Ranks between a title and a name (الفريق أول, اللواء), and words that never begin or fill a name.
_RANK_WORDS = frozenset(fold(w) for w in "أول اول".split())
_NOT_NAMES = frozenset(
    fold(w) for w in "في من إلى الى عن مع و أو لدى باسم بين حول أمس اليوم أيضا كما الذي التي عضو ممثل رئيس عدم".split()
)
# A phrase that opens with these names no speaker: a governed preposition (شدد على ضرورة أن) or the
# statement already named (وجاء فيه أن).
_GOVERNED_OBJECTS = frozenset(fold(w) for w in "على إلى الى من عن فيه فيها".split())
# Nouns for unnamed sources (مسؤول أميركي, مصادر محلية).
_SOURCES = frozenset(
    fold(w) for w in "مسؤول مسؤولة مسؤولون متحدث متحدثة ناطق ناطقة مصدر مصادر دبلوماسي قيادي مستشار خبير".split()
)
_STATEMENTS = frozenset(fold(w) for w in "بيان البيان تقرير التقرير تغريدة رسالة الرسالة إعلان الإعلان نص".split())
_HONORIFICS = frozenset(fold(w) for w in "الدكتور الدكتورة الأستاذ الأستاذة المهندس الشيخ السيد السيدة د".split())
# Prepositions and topic markers: a name after them is not the subject of the clause.
_TOPIC_WORDS = frozenset(fold(w) for w in "في من عن على إلى الى مع عما وعما وعن حول وحول بشأن وبشأن لدى مع".split())
_REFUSALS = frozenset(fold(w) for w in "عدم بعدم".split())
_APPOSITION = frozenset(fold(w) for w in "وهو وهي هو هي".split())
_MANNER = frozenset(fold(w) for w in "بلهجة بنبرة بصوت بشكل بالقول بتغريدته بتغريدتها بتغريدة بحسب كذلك".split())
# Honorifics written as pronouns (معاليه, سموه): the person already speaking.
PRONOUNS = frozenset(fold(w) for w in "معاليه سموه فخامته سماحته سعادته جلالته".split())
_LEAD_PARTICLES = frozenset(fold(w) for w in "و كان وكان كانت وكانت أما وأما فيما بينما لكن ولكن كما ثم قد وقد".split())
_CONJUNCTION_STARTS = ("و", "ف")


class Speaker(NamedTuple):
    name: str
    mention: int | None  # index into the reader's sorted mentions
    role: tuple[str, ...]  # role keys of the descriptions the speaker was given (الوزير الأردني, مستشار أمني)


class SpeakerResolver:
    """Resolves the speaker of each quotation of one article, in text order."""

    def __init__(self, reader: ArticleReader) -> None:
        self.reader = reader
        self.history: list[tuple[int, Speaker]] = []  # (offset of the cue, speaker), in order
        self._fullest: dict[int, str] | None = None

    @property
    def fullest(self) -> dict[int, str]:
        """Each mention's fullest name in the article (built on first use: most articles need none)."""
        if self._fullest is not None:
            return self._fullest
        mentions = self.reader.mentions
        clusters = local_clusters([(m.name, m.type) for m in mentions]) if mentions else []
        self._fullest = {}
        full_names = [m.name for m in mentions if m.type == "PER" and len(m.name.split()) > 1]
        for cluster in clusters:
            names = [mentions[i].name for i in cluster.mentions]
            best = max(names, key=lambda name: len(name.split())) if cluster.type == "PER" else None
            if best is not None and len(best.split()) == 1:
                # The model often finds only the family name (عمر of عادل آل عمر, سيد of عبداللطيف السيد).
                longer = [name for name in full_names if _family_key(name.split()[-1]) == _family_key(best)]
                best = max(longer, key=lambda name: len(name.split())) if longer else best
            for index in cluster.mentions:
                self._fullest[index] = best or mentions[index].name
        return self._fullest

    def remember(self, offset: int, speaker: Speaker | None) -> None:
        if speaker is not None:
            self.history.append((offset, speaker))

    def previous(self) -> Speaker | None:
        return self.history[-1][1] if self.history else None

    # -- the phrase after the cue -----------------------------------------------------------------

    def from_phrase(self, first: int, stop: int, statement: bool = False, objects: bool = False) -> Speaker | None:
        """The speaker named by tokens ``[first, stop)`` (between the cue and the reported words);
        ``statement`` for ``وجاء في``, where what follows في is the statement that speaks; ``objects`` for
        verbs whose object follows their subject (دعا المجتمعون حركة "طالبان" إلى): a quoted or named
        object after the first word ends the speaker."""
        reader = self.reader
        if statement and first < stop and reader.tokens[first].folded in ("في", "فى"):
            first += 1
        if first >= stop or reader.tokens[first].folded in _GOVERNED_OBJECTS:
            return None  # شدد على ضرورة أن, وجاء فيه أن: no speaker named here
            return None
        if objects:
            stop = next((k for k in range(first + 1, stop) if not reader.tokens[k].word
                         or reader.mention_covering(reader.tokens[k].start) is not None), stop)
        start, end = reader.tokens[first].start, reader.tokens[stop - 1].end
        people = [i for i in reader.mentions_between(start, end) if reader.mentions[i].type == "PER"]
        end = self._phrase_end(first, stop, bool(people))
        people = [i for i in people if reader.mentions[i].start < end]
        if people:
            # The model may find only the end of a name written after a title (القحطاني of سعيد جفشر القحطاني).
            person = reader.mentions[people[0]]
            before = [t for t in reader.tokens[first:stop] if t.word and t.end <= person.end]
            # Words around the name that say what the person is (وهو الباحث في ..., الناطق باسم ...) are
            # remembered, so a later ``الباحث`` or ``المستشار الأمني`` finds the person.
            phrase = [t for t in reader.tokens[first:stop] if t.word and t.start < end and t.folded not in _APPOSITION
                      and t.folded not in _HONORIFICS]
            role = tuple(key for key in (
                role_key(" ".join(t.text for t in phrase if t.end <= person.start))[1],
                role_key(" ".join(t.text for t in phrase if t.start >= person.end))[1],
            ) if key)
            name = _trailing_name(before)
            if name and len(name) > len(person.surface) and before[-1].end == person.end:
                return Speaker(name, people[0], role)
            joined = self._adjacent_people(people)
            if joined is not None:
                return Speaker(joined, people[0], role)
            return self._person(people[0], role)
        words = [t for t in reader.tokens[first:stop] if t.word and t.start < end]
        if not words or words[0].folded in PRONOUNS:
            return None
        if words[0].folded in _STATEMENTS and len(words) > 1:
            # بيان للخارجية الأميركية / بيان الخارجية: the author speaks; البيان المشترك: the statement does.
            author = words[1:]
            if author[0].folded.startswith("ل") and not author[0].folded.startswith("ال"):
                return self._description(author[0].start, author[-1].end, preposition=True)
            if not words[0].folded.startswith("ال") and author[0].folded.startswith("ال"):
                return self._description(author[0].start, author[-1].end)
        return self._description(words[0].start, words[-1].end)

    def _phrase_end(self, first: int, stop: int, has_person: bool) -> int:
        """Offset where the speaker phrase gives way to the circumstances of the statement."""
        reader = self.reader
        tokens = reader.tokens
        seen_person = False
        words = 0
        for index in range(first, stop):
            token = tokens[index]
            inside_name = reader.mention_covering(token.start) is not None
            if inside_name:
                seen_person = seen_person or reader.mentions[reader.mention_covering(token.start)].type == "PER"
                words += token.word
                continue
            if not token.word:
                if token.text in "(:" or (token.text in "،," and not (has_person and not seen_person)):
                    return token.start
                continue
            folded = token.folded
            nxt = tokens[index + 1].folded if index + 1 < stop else ""
            if (
                folded in _TIME_WORDS
                or folded in _ADVERBIAL_PREPOSITIONS
                or (folded in ("في", "على", "عن", "من") and (seen_person or nxt in _CIRCUMSTANCES or nxt in _TIME_WORDS))
                or (folded.startswith("ل") and not folded.startswith(("ال", "لل" + "ا")) and words and not seen_person
                    and folded[1:] in _CIRCUMSTANCES)
                or _addressee(token.text)
                or folded in _MANNER
                or folded == "عن"
                or nxt in _REFUSALS  # طلب عدم الكشف عن اسمه, فضل عدم ذكر اسمه
                or words >= _MAX_PHRASE_WORDS
            ):
                return token.start
            words += 1
        return tokens[stop - 1].end

    def _adjacent_people(self, people: list[int]) -> str | None:
        """One name the model cut in two (فهد | السالم): person mentions separated by a space only."""
        mentions = self.reader.mentions
        last = people[0]
        for index in people[1:]:
            if not 0 <= mentions[index].start - mentions[last].end <= 1:
                break
            last = index
        if last == people[0]:
            return None
        return " ".join([mentions[people[0]].name, *(mentions[i].surface for i in people[1:people.index(last) + 1])])

    def _person(self, index: int, role: tuple[str, ...]) -> Speaker:
        return Speaker(self.fullest.get(index, self.reader.mentions[index].name), index, role)

    def _description(self, start: int, end: int, preposition: bool = False) -> Speaker:
        """The speaker as written in ``[start, end)``; ``preposition``: the first word carries a ل to drop
        (للخارجية الأميركية → الخارجية الأميركية, لمعهد دراسة الحرب → معهد دراسة الحرب)."""
        reader = self.reader
        words = [t for t in reader.tokens[reader.token_at(start):reader.token_at(end)] if t.word]
        name = _trailing_name(words)
        if name:
            return Speaker(name, None, ())
        written = [t.text for t in words[:_MAX_DESCRIPTION_WORDS]]
        if preposition and written:
            first = written[0]
            written[0] = "ال" + first[2:] if first.startswith("لل") else first[_clitic_length(first):]
        text = " ".join(written)
        head, key = role_key(text)
        person = self._title_holder(key, start) if head else None
        if person is not None:
            return person
        named = [i for i in reader.mentions_between(start, end) if reader.mentions[i].type in ("ORG", "LOC", "MISC")]
        mention = named[0] if named and reader.mentions[named[0]].start == start else None
        return Speaker(text, mention, (key,) if key else ())

    def _title_holder(self, key: str, before: int) -> Speaker | None:
        """The person the article gave this title to, else an earlier speaker described by it."""
        reader = self.reader
        best = None
        for title in reader.titles:
            if title.person_start is None or title.start >= before:
                continue
            if compatible(role_key(title.text)[1], key):
                index = reader.mention_covering(title.person_start)
                if index is not None:
                    best = self._person(index, (key,))
        if best is not None:
            return best
        for _, speaker in reversed(self.history):
            if any(compatible(role, key) for role in speaker.role):
                return speaker
        return None

    # -- no phrase after the cue -----------------------------------------------------------------

    def before_cue(self, cue: int) -> Speaker | None:
        """The subject written before the verb (``بلينكن اعتبر``, ``وكان الرئيس الروسي حذر``)."""
        reader = self.reader
        tokens = reader.tokens
        sentence_start = reader.sentence_start(tokens[cue].start)
        first = cue
        while first > 0 and tokens[first - 1].start >= sentence_start and tokens[first - 1].text not in "،,:؛;":
            first -= 1
        while first < cue and (tokens[first].folded in _LEAD_PARTICLES or not tokens[first].word):
            first += 1
        stop = cue
        while stop > first and tokens[stop - 1].folded in _LEAD_PARTICLES:
            stop -= 1
        if first >= stop and first > 0 and not tokens[first - 1].word:
            return self._statement_lead(cue, sentence_start)
        if first >= stop or stop - first > 8:
            return None
        start, end = tokens[first].start, tokens[stop - 1].end
        named = reader.mentions_between(start, end)
        people = [i for i in named if reader.mentions[i].type == "PER"]
        if people:
            return self._person(people[0], ())
        head, key = role_key(" ".join(t.text for t in tokens[first:stop] if t.word))
        if head and (held := self._title_holder(key, start)) is not None:
            return held
        if named and reader.mentions[named[0]].start == start:
            return self._description(start, end)
        return None

    def subject_since(self, cue: int, after: int, this_sentence: bool = False) -> Speaker | None:
        """The first person named after offset ``after`` (outside quotations) in the cue's sentence or,
        unless ``this_sentence``, the one before: the subject a participle (``مؤكدا``, ``قائلا``) or a
        subject-less ``وقال`` goes back to."""
        reader = self.reader
        sentence_start = reader.sentence_start(reader.tokens[cue].start)
        previous = reader.sentence(sentence_start - 2) if sentence_start >= 2 and not this_sentence else None
        start = max(after, previous.start if previous is not None else sentence_start)
        stop = reader.tokens[cue].start
        person, found_at = None, stop
        for index in reader.mentions_between(start, stop):
            mention = reader.mentions[index]
            if this_sentence and any(t.folded in _TOPIC_WORDS for t in reader.tokens[reader.token_at(start):
                                                                                      reader.token_at(mention.start)]):
                break  # وعن شخصية كريستينا قالت, أشاد بالمتابعة من فلان: not the subject
            if mention.type == "PER" and reader.enclosing_quote(mention.start) is None:
                person, found_at = self._person(index, ()), mention.start
                break
        for title in reader.titles:
            if title.person_start is None and start <= title.start < found_at:
                held = self._title_holder(role_key(title.text)[1], title.start)
                if held is not None:
                    return held
        return person

    def introduced(self, cue: int, after: int) -> Speaker | None:
        """A source a clause before the cue made its subject: ``ووجهت الهيئة انتقادات ... وقالت``, or the
        sentence before (``وأبدى مسؤول أميركي تفاؤلا. وقال إن ...``)."""
        reader = self.reader
        tokens = reader.tokens
        sentence_start = reader.sentence_start(tokens[cue].start)
        candidates = []
        if reader.token_at(sentence_start) + 1 < cue:
            candidates.append((reader.token_at(sentence_start), tokens[cue].start))
        previous = reader.sentence(sentence_start - 2) if sentence_start >= 2 else None
        if previous is not None:
            candidates.append((reader.token_at(previous.start), previous.end))
        for first, end in candidates:
            subject = first + 1
            if tokens[first].start < after or subject >= len(tokens) or not tokens[subject].word:
                continue
            folded = tokens[subject].folded
            if folded not in _SOURCES and not (_definite(folded) and self.previous() is None):
                continue
            stop = subject + 1
            while stop < len(tokens) and stop - subject < 7 and tokens[stop].end <= end and tokens[stop].word \
                    and (folded in _SOURCES or _definite(tokens[stop].folded)) and cue_lemma(tokens[stop].text) is None \
                    and not tokens[stop].folded.endswith("ا") and tokens[stop].folded not in _GOVERNED_OBJECTS:
                stop += 1
            return self.from_phrase(subject, stop)
        return None

    def _statement_lead(self, cue: int, sentence_start: int) -> Speaker | None:
        """``وفي تصريح للمتحدث ... فلان، أوضح أن``: the person of a clause that opens with a statement."""
        reader = self.reader
        tokens = reader.tokens
        lead = [t for t in tokens[reader.token_at(sentence_start):cue] if t.word]
        if len(lead) < 3 or lead[0].folded.lstrip("و") not in ("في", "فى") or lead[1].folded not in _CIRCUMSTANCES:
            return None
        people = [i for i in reader.mentions_between(lead[0].start, tokens[cue].start)
                  if reader.mentions[i].type == "PER" and reader.enclosing_quote(reader.mentions[i].start) is None]
        if people:
            return self._person(people[-1], ())
        return self._description(lead[2].start, lead[-1].end) if len(lead) > 2 else None

    def aside(self, cue: int) -> Speaker | None:
        """After ``من جهته``/``بدوره`` with no name: the person named last before this sentence."""
        reader = self.reader
        tokens = reader.tokens
        sentence_start = reader.sentence_start(tokens[cue].start)
        lead = " ".join(t.folded for t in tokens[reader.token_at(sentence_start):cue] if t.word)
        lead = lead[1:] if lead[:1] in _CONJUNCTION_STARTS and lead[1:] in ASIDE_OPENERS else lead
        if lead not in ASIDE_OPENERS:
            return None
        for index in reversed(reader.mentions_between(0, sentence_start)):
            mention = reader.mentions[index]
            if mention.type == "PER" and reader.enclosing_quote(mention.start) is None:
                return self._person(index, ())
        return None


def _trailing_name(words: list) -> str | None:
    """A person's name closing a description (``عضو المجلس علي البارقي``): two to four words after a
    title's last definite word, none of them definite until the last, none a preposition."""
    for i in range(1, len(words) - 1):
        before, first = words[i - 1].folded, words[i].folded
        if not (_definite(before) or before in _RANK_WORDS) or _definite(first):
            continue
        rest = words[i:]
        if first in _RANK_WORDS or first in _NOT_NAMES or len(rest) > 4 or _prepositional_noun(first) \
                or (first[:1] in "لبك" and len(first) > 4 and len(rest) > 1 and _definite(rest[1].folded)):
            continue
        if all(w.folded not in _NOT_NAMES and not _definite(w.folded) for w in rest[:-1]) \
                and rest[-1].folded not in _NOT_NAMES and not first.endswith("ا"):
            return " ".join(w.text for w in rest)
    return None


def _definite(folded: str) -> bool:
    """A word with the article (الوزير, للحلف); not إلى, nor آل in a family name (آل ثاني)."""
    return folded.startswith(("ال", "لل")) and len(folded) > 3


def _prepositional_noun(folded: str) -> bool:
    """``بوزارة``, ``لهيئة``: a preposition written onto a noun, not a name's first word."""
    return folded[:1] in ("ب", "ل", "ك") and len(folded) > 4 and folded.endswith("ه")


def _family_key(word: str) -> str:
    """A family name without its article, the way the model may cut it (السيد → سيد, العطية → عطيه)."""
    folded = fold(word)
    return folded[2:] if folded.startswith("ال") and len(folded) > 4 else folded


def _clitic_length(word: str) -> int:
    """Length of the ل (and tatweel) written before a name (للخارجية → 1, لـ → 2)."""
    length = 1
    while length < len(word) and word[length] == "\u0640":
        length += 1
    return length


def _addressee(word: str) -> bool:
    """``للصحفيين``, ``لـ``, ``لوكالة``: whom the statement was made to."""
    folded = fold(word)
    return word.startswith("لـ") or folded in {fold(w) for w in ("للصحفيين", "للصحافيين", "للصحافة", "لوكالة", "لقناة",
                                                                  "لصحيفة", "لموقع", "لإذاعة", "للتلفزيون")}
