"""Find the quotations of one article: direct ones in quote marks, indirect ones after a cue.

Each reporting cue opens a *frame*: the cue, the speaker phrase after it, and
where the reported words begin: after a complementiser (``قال X إن``), a
colon (``وقال:``), at an opening quote mark (``وتابع "``), or right after a
subject-less continuation cue (``وأضاف يتم ...``).  What the frame reports
runs to the end of its sentence or to the next frame's cue, whichever comes
first; it is *direct* when it is exactly a quoted stretch that ends its
clause, *indirect* otherwise.  Quoted stretches no cue introduced are
attributed by a cue after them (``"..."، قال X``), or, when long and standing
alone after earlier quotations, to the previous speaker; short ones are names
or scare quotes and never quotations.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cues import cue_lemma, fold, is_appeared, is_complementiser, is_governed_preposition, is_participle
from .marks import QUOTE_CHARS, Quoted
from .reader import SENTENCE_STOPS, ArticleReader
from .speakers import Speaker, SpeakerResolver

DIRECT, INDIRECT = "direct", "indirect"
# Words the speaker phrase may hold before the reported words begin.
_MAX_PHRASE_WORDS = 16
_MAX_PHRASE_WORDS_BEFORE_QUOTE = 20
# A quoted stretch that no cue introduces is a quotation only this long (and after earlier quotations).
_MIN_UNCUED_WORDS = 6
_CLAUSE_OPENERS = frozenset(
    fold(w)
    for w in "لدينا لدي لقد قد نحن أنا هناك هنالك لا لن لم ليس ليست كان كانت كنا هذا هذه ذلك تم يتم إننا إن "
    "أن لكن إذا اذا علينا عليهم يجب نأمل نتوقع نعمل سوف".split()
)
# Verbs whose object may stand between them and what they report (دعا X إلى, حض X على, أبلغ X أن).
_OBJECT_VERBS = frozenset(("دعا", "حض", "طالب", "أبلغ"))
# A prayer is not a statement (داعيا الله أن يرحم ...).
_GOD = frozenset(fold(w) for w in "الله الباري المولى".split())
# Verbs that report a noun phrase after a preposition (دعا إلى تبني ..., كشف عن الانطلاق ...).
_GOVERNS = {"دعا": "الي", "حض": "علي", "كشف": "عن", "حذر": "من"}
# A strict cue (أشاد, كتب, اعتبر) takes a quotation in marks only this close: farther, the marks name something.
_MAX_STRICT_WORDS_BEFORE_QUOTE = 8
_ACCORDING_ONE = frozenset(fold(w) for w in "حسبما وحسبما".split())
_ACCORDING_TWO = frozenset(fold(w) for w in "حسب بحسب وفق وفقا طبقا".split())
_CLAUSE_LINKS = frozenset(
    fold(w) for w in "لكنه لكنها ولكنه ولكنها كما فيما بينما ثم بدوره بدورها جهته جهتها جانبه جانبها ناحيته".split()
)
_NEGATORS = frozenset(fold(w) for w in "عدم بعدم دون بدون".split())
_SKIP_TRAILING = set(" \t\u00a0.،,:;؛!?؟…") | set(QUOTE_CHARS)


@dataclass(frozen=True, slots=True)
class Quotation:
    """A reported statement: offsets of the reported words into the article's text, who said them."""

    start: int
    end: int
    kind: str  # "direct" (inside quote marks) or "indirect"
    cue: str | None  # the reporting word as written (قال, وأضاف, مشيرا), None when no cue introduced it
    speaker: str | None  # as written, in the fullest form the article gives, or None when unknown
    speaker_mention: int | None  # index into the article's mentions when the speaker is a named mention
    context_start: int  # the sentence(s) holding the cue and the reported words
    context_end: int


@dataclass(slots=True)
class _Frame:
    cue: int  # token index of the cue
    content: int  # offset where the reported words begin
    phrase: tuple[int, int]  # token range of the speaker phrase
    quote: Quoted | None  # the quoted stretch the reported words begin with
    end: int | None = None  # where the reported words end, when they come before the cue (، حسبما أفاد X)


def find_quotations(text: str, mentions: list | None = None, titles: list | None = None) -> list[Quotation]:
    """The quotations of ``text``, in order; ``mentions``/``titles`` come from the NER stage."""
    reader = ArticleReader(text, list(mentions or []), list(titles or []))
    frames = [frame for index in range(len(reader.tokens)) if (frame := _frame(reader, index)) is not None]
    resolver = SpeakerResolver(reader)
    found: list[Quotation] = []
    covered: list[tuple[int, int]] = []
    for position, frame in enumerate(frames):
        if found and found[-1].start <= reader.tokens[frame.cue].start < found[-1].end:
            continue  # a cue inside reported words (قال إن المشاركين أكدوا ...) reports nothing of its own
        limit = next((later.cue for later in frames[position + 1:] if _opens_clause_with(reader, later.cue)), None)
        span = _reported(reader, frame, reader.tokens[limit].start if limit is not None else None)
        if span is None:
            continue
        start, end, kind = span
        if frame.phrase[0] < frame.phrase[1] and reader.tokens[frame.phrase[0]].folded in _GOD:
            continue
        speaker = _speaker(reader, resolver, frame, covered[-1][1] if covered else 0)
        resolver.remember(reader.tokens[frame.cue].start, speaker)
        found.append(_quotation(reader, start, end, kind, reader.tokens[frame.cue].text, speaker,
                                reader.tokens[frame.cue].start))
        covered.append((min(start, reader.tokens[frame.cue].start), end))
    found.extend(_unframed(reader, resolver, covered, found))
    found.sort(key=lambda q: q.start)
    return _without_overlaps(found)


def _frame(reader: ArticleReader, index: int) -> _Frame | None:
    """The frame a cue at token ``index`` opens, or None when the word reports nothing here."""
    tokens = reader.tokens
    token = tokens[index]
    if not token.word:
        return None
    lemma = cue_lemma(token.text)
    appeared = lemma is None and is_appeared(token.text)
    if (lemma is None and not appeared) or _negated(reader, index):
        return None
    quote = reader.enclosing_quote(token.start)
    if quote is not None and reader.is_speech_length(quote):
        return None  # words inside a quotation report nothing new
    paragraph_end = reader.paragraph_end(token.start)
    if lemma is not None and (lead := _according(reader, index)) is not None:
        return _trailing(reader, index, lead, paragraph_end)
    words = 0
    index_after = index + 1
    j = index_after
    while j < len(tokens) and tokens[j].start < paragraph_end:
        current = tokens[j]
        if not current.word:
            if current.text in SENTENCE_STOPS:
                break
            if current.text == ":":
                content = j + 1
                if content < len(tokens) and tokens[content].word and is_complementiser(tokens[content].text):
                    content += 1
                return _at(reader, index, content, (index_after, j), paragraph_end)
            stretch = reader.quote_at_mark.get(current.start)
            if stretch is not None:
                limit = _MAX_STRICT_WORDS_BEFORE_QUOTE if lemma is None or lemma.strict else _MAX_PHRASE_WORDS_BEFORE_QUOTE
                if words <= limit and _is_speech(reader, stretch):
                    return _Frame(index, stretch.start, (index_after, j), stretch)
                j = reader.token_at(stretch.end + 1)
                continue
            j += 1
            continue
        if is_complementiser(current.text) and (lemma is None or not lemma.strict or words <= _MAX_PHRASE_WORDS):
            if words > _MAX_PHRASE_WORDS:
                return None
            stop = j - 1 if j - 1 >= index_after and is_governed_preposition(tokens[j - 1].text) else j
            return _at(reader, index, j + 1, (index_after, stop), paragraph_end)
        if lemma is not None and _GOVERNS.get(lemma.name) == current.folded:
            return _at(reader, index, j + 1, (index_after, j), paragraph_end) if words <= _MAX_PHRASE_WORDS else None
        if lemma is not None and lemma.name == "طالب" and j > index_after and current.folded.startswith("ب") \
                and not _person_at(reader, current.start) and len(current.folded) > 3:
            return _Frame(index, current.start, (index_after, j), None)
        if appeared and j == index_after and current.folded not in ("في", "فى"):
            return None
        if cue_lemma(current.text) is not None and j > index_after and not _negated(reader, j):
            break
        words += 1
        if words > _MAX_PHRASE_WORDS_BEFORE_QUOTE:
            break
        j += 1
    return None if lemma is None else _bare(reader, index, lemma)


def _negated(reader: ArticleReader, index: int) -> bool:
    """A cue word used as a noun after عدم/دون (فضل عدم ذكر اسمه): it reports nothing."""
    return index > 0 and reader.tokens[index - 1].folded in _NEGATORS


def _person_at(reader: ArticleReader, offset: int) -> bool:
    index = reader.mention_covering(offset)
    return index is not None and reader.mentions[index].type == "PER"


def _according(reader: ArticleReader, index: int) -> int | None:
    """The token where ``حسبما``/``بحسب ما``/``وفق ما`` begins right before the cue at ``index``, if any."""
    tokens = reader.tokens
    if index >= 1 and tokens[index - 1].folded in _ACCORDING_ONE:
        return index - 1
    if index >= 2 and tokens[index - 1].folded in ("ما", "لما") and tokens[index - 2].folded in _ACCORDING_TWO:
        return index - 2
    return None


def _trailing(reader: ArticleReader, index: int, lead: int, paragraph_end: int) -> _Frame | None:
    """``كشفت الصور عن ...، حسبما أفاد تقرير لمعهد ...``: the sentence before the cue is the source's."""
    tokens = reader.tokens
    start = reader.sentence_start(tokens[index].start)
    if start >= tokens[lead].start:
        return None
    stop = index + 1
    while stop < len(tokens) and tokens[stop].start < paragraph_end and tokens[stop].text not in SENTENCE_STOPS \
            and tokens[stop].text not in "،,":
        stop += 1
    return _Frame(index, start, (index + 1, stop), None, end=tokens[lead].start)


def _at(reader: ArticleReader, cue: int, content: int, phrase: tuple[int, int], paragraph_end: int) -> _Frame | None:
    if content >= len(reader.tokens) or reader.tokens[content].start >= paragraph_end:
        return None
    stretch = reader.quote_at_mark.get(reader.tokens[content].start)
    if stretch is not None:
        return _Frame(cue, stretch.start, phrase, stretch)
    return _Frame(cue, reader.tokens[content].start, phrase, None)


def _bare(reader: ArticleReader, index: int, lemma) -> _Frame | None:
    """A continuation cue with neither subject nor complementiser: ``وأضاف يتم حاليا ...``."""
    tokens = reader.tokens
    token = tokens[index]
    if lemma.strict or not lemma.continuation or index + 1 >= len(tokens):
        return None
    if not (token.folded[:1] in ("و", "ف") or is_participle(token.text)):
        return None
    following = tokens[index + 1]
    if not following.word or following.start >= reader.paragraph_end(token.start):
        return None
    if not _opens_clause(following.folded):
        return None
    return _Frame(index, following.start, (index + 1, index + 1), None)


def _opens_clause_with(reader: ArticleReader, cue: int) -> bool:
    """Whether the cue at token ``cue`` begins a clause of its own (وأضاف, ، قال, مضيفا), so that the
    reported words before it stop there."""
    token = reader.tokens[cue]
    if token.folded[:1] in ("و", "ف") or is_participle(token.text) or _according(reader, cue) is not None:
        return True
    return cue > 0 and (not reader.tokens[cue - 1].word or reader.tokens[cue - 1].folded in _CLAUSE_LINKS)


def _opens_clause(folded: str) -> bool:
    return folded in _CLAUSE_OPENERS or folded.startswith(("سي", "ست", "سن", "سا", "ي")) or (
        folded.endswith("نا") and len(folded) > 3
    )


def _is_speech(reader: ArticleReader, stretch: Quoted) -> bool:
    """A quoted stretch long enough to be speech, or a short one that ends its clause (``"للتعارف".``)."""
    return reader.is_speech_length(stretch) or _ends_clause(reader, stretch.end + (1 if stretch.closed else 0))


def _ends_clause(reader: ArticleReader, offset: int) -> bool:
    """Whether nothing but punctuation, or a new cue, follows ``offset`` in its clause."""
    text = reader.text
    paragraph_end = reader.paragraph_end(min(offset, len(text) - 1)) if text else 0
    while offset < paragraph_end and text[offset] in " \u00a0" + QUOTE_CHARS:
        offset += 1
    if offset >= paragraph_end or text[offset] in SENTENCE_STOPS:
        return True
    if text[offset] in "،,:؛;":
        index = reader.token_at(offset + 1)
        return index >= len(reader.tokens) or cue_lemma(reader.tokens[index].text) is not None or (
            reader.tokens[index].folded in ("من", "كما", "لكن", "ولكن", "فيما", "بينما", "علي", "على")
        )
    index = reader.token_at(offset)
    return index < len(reader.tokens) and cue_lemma(reader.tokens[index].text) is not None


def _reported(reader: ArticleReader, frame: _Frame, limit: int | None) -> tuple[int, int, str] | None:
    """The reported words of a frame: (start, end, kind), trimmed of marks and punctuation."""
    if frame.end is not None:
        return _trimmed(reader.text, frame.content, frame.end, INDIRECT)
    if frame.quote is not None and _ends_clause(reader, frame.quote.end + (1 if frame.quote.closed else 0)):
        return _trimmed(reader.text, frame.quote.start, frame.quote.end, DIRECT)
    end = reader.sentence_end(frame.content)
    quote = frame.quote
    if quote is not None and not quote.closed:
        end = max(end, quote.end)
    if limit is not None and frame.content < limit < end:
        end = limit
    return _trimmed(reader.text, frame.content, end, INDIRECT)


def _trimmed(text: str, start: int, end: int, kind: str) -> tuple[int, int, str] | None:
    while start < end and text[start] in _SKIP_TRAILING:
        start += 1
    while end > start and (text[end - 1] in _SKIP_TRAILING or text[end - 1] == "و" and text[end - 2:end - 1] == " "):
        end -= 1
    if len(text[start:end].split()) < 2:
        return None
    return start, end, kind


def _speaker(reader: ArticleReader, resolver: SpeakerResolver, frame: _Frame, last_end: int) -> Speaker | None:
    first, stop = frame.phrase
    cue = reader.tokens[frame.cue]
    lemma = cue_lemma(cue.text)
    if is_participle(cue.text):
        # A participle's subject is the main clause's: a person named since the last quotation, or its speaker.
        return resolver.subject_since(frame.cue, last_end) or resolver.previous()
    objects = lemma is not None and lemma.name in _OBJECT_VERBS
    speaker = resolver.from_phrase(first, stop, statement=lemma is None, objects=objects)
    if speaker is not None and lemma is not None and lemma.name in _OBJECT_VERBS and speaker.mention is None \
            and len(speaker.name.split()) <= 2 and resolver.previous() is not None:
        speaker = None  # ودعا التحالف إلى: the word after the verb is whom it addresses
    if speaker is not None:
        return speaker
    speaker = (resolver.before_cue(frame.cue) or resolver.aside(frame.cue)
               or resolver.subject_since(frame.cue, last_end, this_sentence=True)
               or resolver.introduced(frame.cue, last_end))
    if speaker is not None:
        return speaker
    return resolver.previous() or resolver.subject_since(frame.cue, last_end)


def _quotation(reader: ArticleReader, start: int, end: int, kind: str, cue: str | None, speaker: Speaker | None,
               anchor: int) -> Quotation:
    mention = reader.original[speaker.mention] if speaker is not None and speaker.mention is not None else None
    return Quotation(
        start, end, kind, cue, speaker.name if speaker else None, mention,
        reader.sentence_start(min(anchor, start)), max(end, reader.sentence_end(max(end - 1, start))),
    )


def _unframed(reader: ArticleReader, resolver: SpeakerResolver, covered: list[tuple[int, int]],
              found: list[Quotation]) -> list[Quotation]:
    """Long quoted stretches no cue before them introduced: a cue after them, or the previous speaker."""
    extra = []
    for stretch in reader.quotes:
        if any(start <= stretch.start < end for start, end in covered):
            continue
        if reader.word_count(stretch.start, stretch.end) < _MIN_UNCUED_WORDS or not _stands_alone(reader, stretch):
            continue
        earlier = [q for q in found if q.start < stretch.start and q.speaker]
        if not earlier:
            continue
        span = _trimmed(reader.text, stretch.start, stretch.end, DIRECT)
        if span is None:
            continue
        speaker = Speaker(earlier[-1].speaker, _sorted_index(reader, earlier[-1].speaker_mention), ())
        extra.append(_quotation(reader, span[0], span[1], DIRECT, None, speaker, stretch.start))
    return extra


def _sorted_index(reader: ArticleReader, original: int | None) -> int | None:
    return None if original is None else reader.original.index(original)


def _stands_alone(reader: ArticleReader, stretch: Quoted) -> bool:
    """Opens its paragraph or sentence, or follows a colon: speech, not a name inside a clause."""
    text = reader.text
    offset = stretch.start - 2
    while offset >= 0 and text[offset] in " \u00a0":
        offset -= 1
    return offset < 0 or text[offset] in "\n:" or text[offset] in SENTENCE_STOPS


def _without_overlaps(found: list[Quotation]) -> list[Quotation]:
    """Keep the first of quotations that overlap (a frame found twice through nested marks)."""
    kept: list[Quotation] = []
    for quotation in found:
        if kept and quotation.start < kept[-1].end:
            continue
        kept.append(quotation)
    return kept
