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
from .cues import ASIDE_OPENERS, cue_lemma
from .phrases import (
    ADVERBIAL_PREPOSITIONS,
    APPOSITION,
    CIRCUMSTANCES,
    CONJUNCTION_STARTS,
    GOVERNED_OBJECTS,
    HONORIFICS,
    LEAD_PARTICLES,
    MANNER,
    MAX_DESCRIPTION_WORDS,
    MAX_PHRASE_WORDS,
    PRONOUNS,
    REFUSALS,
    SOURCES,
    STATEMENTS,
    TIME_WORDS,
    TOPIC_WORDS,
    addressee,
    clitic_length,
    definite,
    family_key,
    trailing_name,
)
from .reader import ArticleReader


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
                longer = [name for name in full_names if family_key(name.split()[-1]) == family_key(best)]
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
        if first >= stop or reader.tokens[first].folded in GOVERNED_OBJECTS:
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
            phrase = [t for t in reader.tokens[first:stop] if t.word and t.start < end and t.folded not in APPOSITION
                      and t.folded not in HONORIFICS]
            role = tuple(key for key in (
                role_key(" ".join(t.text for t in phrase if t.end <= person.start))[1],
                role_key(" ".join(t.text for t in phrase if t.start >= person.end))[1],
            ) if key)
            name = trailing_name(before)
            if name and len(name) > len(person.surface) and before[-1].end == person.end:
                return Speaker(name, people[0], role)
            joined = self._adjacent_people(people)
            if joined is not None:
                return Speaker(joined, people[0], role)
            return self._person(people[0], role)
        words = [t for t in reader.tokens[first:stop] if t.word and t.start < end]
        if not words or words[0].folded in PRONOUNS:
            return None
        if words[0].folded in STATEMENTS and len(words) > 1:
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
                folded in TIME_WORDS
                or folded in ADVERBIAL_PREPOSITIONS
                or (folded in ("في", "على", "عن", "من") and (seen_person or nxt in CIRCUMSTANCES or nxt in TIME_WORDS))
                or (folded.startswith("ل") and not folded.startswith(("ال", "لل" + "ا")) and words and not seen_person
                    and folded[1:] in CIRCUMSTANCES)
                or addressee(token.text)
                or folded in MANNER
                or folded == "عن"
                or nxt in REFUSALS  # طلب عدم الكشف عن اسمه, فضل عدم ذكر اسمه
                or words >= MAX_PHRASE_WORDS
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
        name = trailing_name(words)
        if name:
            return Speaker(name, None, ())
        written = [t.text for t in words[:MAX_DESCRIPTION_WORDS]]
        if preposition and written:
            first = written[0]
            written[0] = "ال" + first[2:] if first.startswith("لل") else first[clitic_length(first):]
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
        while first < cue and (tokens[first].folded in LEAD_PARTICLES or not tokens[first].word):
            first += 1
        stop = cue
        while stop > first and tokens[stop - 1].folded in LEAD_PARTICLES:
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
            if this_sentence and any(t.folded in TOPIC_WORDS for t in reader.tokens[reader.token_at(start):
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
            if folded not in SOURCES and not (definite(folded) and self.previous() is None):
                continue
            stop = subject + 1
            while stop < len(tokens) and stop - subject < 7 and tokens[stop].end <= end and tokens[stop].word \
                    and (folded in SOURCES or definite(tokens[stop].folded)) and cue_lemma(tokens[stop].text) is None \
                    and not tokens[stop].folded.endswith("ا") and tokens[stop].folded not in GOVERNED_OBJECTS:
                stop += 1
            return self.from_phrase(subject, stop)
        return None

    def _statement_lead(self, cue: int, sentence_start: int) -> Speaker | None:
        """``وفي تصريح للمتحدث ... فلان، أوضح أن``: the person of a clause that opens with a statement."""
        reader = self.reader
        tokens = reader.tokens
        lead = [t for t in tokens[reader.token_at(sentence_start):cue] if t.word]
        if len(lead) < 3 or lead[0].folded.lstrip("و") not in ("في", "فى") or lead[1].folded not in CIRCUMSTANCES:
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
        lead = lead[1:] if lead[:1] in CONJUNCTION_STARTS and lead[1:] in ASIDE_OPENERS else lead
        if lead not in ASIDE_OPENERS:
            return None
        for index in reversed(reader.mentions_between(0, sentence_start)):
            mention = reader.mentions[index]
            if mention.type == "PER" and reader.enclosing_quote(mention.start) is None:
                return self._person(index, ())
        return None
