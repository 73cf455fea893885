"""Group descriptions among an article's actors: a head word, the adjectives after it, and a name it ends in.

``الدول العشر``, ``المشاركون في المحادثات``, ``وفد من طالبان``, ``القوات الموالية لحكومة هادي``,
``أربعة عناصر من الشرطة``: a group keeps its description and, when it ends in a name, stands on that
name's mention. People described rather than named (``رجلا يدعى …``, ``مواطنين``) are groups of the kind
"described", only ever an event's target. Where a description ends (a time, a site, a second group word,
a verbal noun with its ``على``, a word with its own pronoun) decides what the event's other party is.
Also the phrase helpers named actors share with groups (``strip_phrase``, ``balanced``, ``bare_word``). The
words descriptions are made of are in ``group_words.py``.
"""

from __future__ import annotations

from functools import lru_cache

from ..arabic.normalize import normalize_for_matching
from ..arabic.tokens import Token
from ..nlp.titles import ACTS_DONE
from .cues import COUNTS, SITES, TIME_WORDS, W_WORDS
from .group_words import (
    ACTING,
    ADJECTIVE_ENDINGS,
    AGE_UNITS,
    AGE_WORDS,
    AUTHORITIES,
    BELONG,
    BODY_HEADS,
    CLAUSE_VERBS,
    COUNT_HEADS,
    COUNTERPARTS,
    DELEGATION_HEADS,
    DESCRIBED_HEADS,
    DHAT,
    DOCUMENTS,
    EACH_OF,
    EMBASSIES,
    HEADS,
    IN,
    ITS_COMPLEMENT,
    LEADING_CONJUNCTION,
    LINKING_ADJECTIVES,
    MEMBER_HEADS,
    MEMBERS_OF_BODIES,
    MINISTRIES,
    MUNICIPAL,
    NAMED_BODIES,
    NISBA,
    NUMBERS,
    OF,
    OF_STATE,
    OF_STATES,
    OFFICE_HEADS,
    ON,
    PARTICIPANTS,
    PEOPLES,
    PLAIN_ADJECTIVES,
    PREMISES,
    PRONOUN_HEADS,
    PRONOUN_SUFFIXES,
    STOP,
    STYLES,
    SUSPECTS,
    THINGS_COUNTED,
    TITLED_HEADS,
    TO_WORDS,
    UNITS,
    VERBAL_NOUN_III,
    VIEWS,
    WHERE,
)
from .lexicon import read_token
from .model import EventActor


def strip_phrase(surface: str) -> str:
    """The phrase without a leading conjunction (``وبومبيو`` → ``بومبيو``), a trailing preposition or
    surrounding punctuation."""
    phrase = LEADING_CONJUNCTION.sub("", surface.strip(" \t،,.:\"'«»()"))
    words = phrase.split()
    while len(words) > 1 and normalize_for_matching(words[-1]) in STOP:
        words.pop()
    return " ".join(words) if len(words) != len(phrase.split()) else phrase


def balanced(phrase: str) -> str:
    """The phrase without a quote mark left open or unopened (مقاتلو "حزب الله → مقاتلو حزب الله)."""
    for opening, closing in (('"', '"'), ("«", "»"), ("“", "”")):
        if opening == closing and phrase.count(opening) % 2 or \
                opening != closing and phrase.count(opening) != phrase.count(closing):
            phrase = " ".join(phrase.replace(opening, " ").replace(closing, " ").split())
    return phrase


def find_groups(text: str, tokens: list[Token], folded: list[str], mentions: list, named: list[EventActor],
            fullest: list[str]) -> list[EventActor]:
    """Group descriptions: a head word, the adjectives after it, and a name it ends in (``وفد من طالبان``)."""
    taken = [(a.start, a.end) for a in named]
    mention_at = {}
    for index, mention in enumerate(mentions):
        mention_at.setdefault(mention.start, index)
    groups: list[EventActor] = []
    position = 0
    while position < len(tokens):
        head = bare_word(folded[position])
        token = tokens[position]
        if head == folded[position] and head.startswith("لل") and position > 0 and \
                (read_token(folded[position - 1]) or any(e == tokens[position - 1].end for _, e in taken)):
            head = "ال" + head[2:]  # "هجوم للمتمردين", "تعهدت الشركة للنقابات": ل on the article, after an act or a
            # party (not "مركز للشرطة", a site's own name)
        counted = _number_of_people(folded, position)
        if head not in HEADS and not _counted_people(folded, position) and not counted or \
                any(s <= token.start < e for s, e in taken) or \
                head in COUNT_HEADS and not _people_follow(folded, position + 1) or \
                head in EACH_OF and folded[position + 1:position + 2] == [OF] or \
                head in BODY_HEADS and (folded[position].lstrip("وف") == "ب" + head or
                                        position > 0 and folded[position - 1].lstrip("وب") in PREMISES) or \
                head in UNITS and not (position + 1 < len(tokens) and folded[position + 1].isdigit()) or \
                tuple(folded[position:position + 2]) == VIEWS or \
                head == MUNICIPAL and position > 0 and folded[position - 1].startswith("ال"):
            # "وجهات النظر" are views; "المجالس البلدية": the municipal councils, an adjective
            # "كلا من X وY" gives X and Y; "بالوزارة" is a place; "اللواء" is a unit only with its number
            position += 1
            continue
        last = position
        mention = None
        cursor = position + 1
        while cursor < len(tokens) and cursor - position <= 5:
            word = folded[cursor]
            previous = folded[cursor - 1]
            starts = mention_at.get(tokens[cursor].start)
            gap = text[tokens[cursor - 1].end:tokens[cursor].start]
            if punctuation_between(text, tokens[cursor - 1].end, tokens[cursor].start) and \
                    not (starts is not None and not gap.strip(" \"'«»“”")):
                break  # but a quoted name goes on the group (مقاتلو "فيلق الرحمن")
            body = _body_after(text, tokens, folded, cursor, mention_at, mentions) \
                if head in MEMBERS_OF_BODIES and cursor > position + 1 else None
            if body is not None:
                last = body  # "مسؤولين كبار في وزارة الخارجية الأمريكية", "الدول الأخرى بالاتحاد": whose
                break
            if head in BODY_HEADS and word in OF_STATE and cursor + 1 < len(tokens):
                state = mention_at.get(tokens[cursor + 1].start)
                if state is not None and mentions[state].type == "LOC":
                    last = token_at(tokens, mentions[state].end - 1, cursor + 1)
                    break  # "مجلس الوزراء بمملكة البحرين": the state whose body it is
            # A name right after a word in construct (وفد طالبان, لحكومة هادي) belongs to the group.
            nisba = word.startswith("ال") and word.endswith(("يه", "ي")) and bare_word(previous).startswith("ال") \
                and starts is not None and len(mentions[starts].name.split()) == 1
            if nisba:
                last = cursor  # "الشركة السعودية للكهرباء": a country's adjective the model tagged, not a name
                cursor += 1
                continue
            if starts is not None and word.startswith("ب") and mentions[starts].type == "LOC" and \
                    not normalize_for_matching(mentions[starts].name).startswith("ب") and \
                    head in BODY_HEADS and head not in EMBASSIES:
                break  # "الشركة السعودية للكهرباء بالرياض": where the body is, not part of its name
            if starts is not None:
                # … and so does a name shaped as an adjective after a definite word (المتمردين الحوثيين).
                adjective = word.endswith(("يين", "يون")) and len(mentions[starts].name.split()) == 1
                linked = word.startswith("ل") and (previous in LINKING_ADJECTIVES or  # "اللواء 35 الموالي لصالح"
                                                   any(bare_word(w) in NAMED_BODIES for w in folded[position:cursor]))
                # ("الأمانة العامة لرابطة العالم الإسلامي": a body's name goes on with the one it serves)
                if not word.startswith("و") and (not bare_word(previous).startswith("ال") or head in TITLED_HEADS
                                                 or adjective or linked):
                    mention, last = starts, token_at(tokens, mentions[starts].end - 1, cursor)
                    after = mention_at.get(tokens[last + 1].start) if last + 1 < len(tokens) else None
                    while after is not None and mentions[starts].type == mentions[after].type == "LOC" and (
                            not punctuation_between(text, tokens[last].end, tokens[last + 1].start) or
                            text[tokens[last].end:tokens[last + 1].start].strip() in ("،", ",") and
                            folded[last + 1].startswith("و")):  # "دول مصر، والأردن، وتونس"
                        # "إقليم كردستان العراق", "وزراء خارجية الأردن والعراق ولبنان"
                        last = token_at(tokens, mentions[after].end - 1, last + 1)
                        after = mention_at.get(tokens[last + 1].start) if last + 1 < len(tokens) else None
                break
            if word in ("عن", "من") and head in DELEGATION_HEADS and cursor + 1 < len(tokens) \
                    and tokens[cursor + 1].start in mention_at:
                mention = mention_at[tokens[cursor + 1].start]
                last = token_at(tokens, mentions[mention].end - 1, cursor + 1)
                break
            if word == OF and (head in MEMBER_HEADS or counted) and cursor == position + 1 and \
                    cursor + 1 < len(tokens) and \
                    not punctuation_between(text, tokens[cursor].end, tokens[cursor + 1].start):
                last = cursor = cursor + 1  # "عناصر من الشرطة", "ثمانية عناصر من فرقة سورية": whose members
                continue
            if word == OF and _count_word(previous) and cursor + 1 < len(tokens) and \
                    folded[cursor + 1].startswith("ال") and _people_follow(folded, cursor + 1) and \
                    not punctuation_between(text, tokens[cursor].end, tokens[cursor + 1].start):
                last = cursor = cursor + 1  # "عشرات الآلاف من الكينيين", "آلاف من المواطنين": who they are
                continue
            if head in PRONOUN_HEADS and not word.startswith("ال"):
                break  # "بلاده مستعدة": a noun with its pronoun is whole; an indefinite word after it is said of it
            if word in CLAUSE_VERBS or _present_verb(word) or _act_verb(word):
                break  # "شخصا قام بسرقة", "مواطن أطلق النار", "شخص يردد", "رجلا هدد": what he did, not who he is
            if word.startswith(BELONG) and cursor + 2 < len(tokens) and folded[cursor + 1] in TO_WORDS:
                last = cursor = cursor + 2  # "أربعة أشخاص ينتمون إلى مجموعات مسلحة": what they belong to
                continue
            if word == DHAT and cursor + 1 < len(tokens) and folded[cursor + 1].startswith("ال"):
                last = cursor = cursor + 1  # "الجهات ذات العلاقة"
                continue
            if word in ITS_COMPLEMENT and bare_word(previous) in SUSPECTS:
                last = cursor  # "المشتبه به", "المشتبه بهم"
                cursor += 1
                continue
            # (آلاف, folded الاف, only looks definite)
            definite = any(bare_word(w).startswith("ال") and w not in COUNT_HEADS and w not in TO_WORDS
                           for w in folded[position:cursor])
            if _ends_group(word, previous, head) or _governs_on(folded, cursor):
                break
            if word in ACTS_DONE and cursor > position + 1:
                break  # "أعضاء هيئة كبار العلماء العمل الإرهابي": the act, past the head's own genitive
            if word in WHERE and cursor > position + 1 and previous not in WHERE:
                break
            if word == IN and head in PARTICIPANTS and cursor == position + 1:
                gathering = _gathering_after(text, tokens, folded, cursor + 1, mention_at, mentions)
                if gathering is not None:
                    last = gathering  # "المشاركون في أعمال الندوة الدولية": in what gathering
                break
            if word in (IN, OF) and head in COUNTERPARTS and cursor == position + 1 and cursor + 1 < len(tokens):
                last = cursor = cursor + 1  # "نظراءه في دول الاتحاد الأوروبي", "نظراءه من دول مجلس التعاون": whose
                continue
            if word.endswith(PRONOUN_SUFFIXES) and len(word) > 4:
                break  # "33 شخصا غالبيتهم من المدنيين": a word with its own pronoun opens another phrase
            if starts is None and cursor > position + 1 and previous.startswith("ال") and previous.endswith(NISBA) \
                    and len(word) == 5 and word[0] == "ت" and word[3] == "ي":
                break  # "نظيره المصري تمتين العلاقات": a verbal noun (تفعيل) after the adjective is the object
            if cursor == position + 1 and head.endswith(("ون", "ين")) and not head.startswith("ال") and \
                    word.startswith("ال") and not word.endswith(NISBA):
                break  # "أطلق مسلحون النار": a plural with its ن takes no genitive; the definite word is the object
            if cursor == position + 1 and head.endswith(("ون", "ين")) and not head.startswith("ال") and \
                    not word.endswith(NISBA + ("ون", "ين", "ات")) and cursor + 1 < len(tokens) and \
                    tokens[cursor + 1].text.endswith(("ه", "ها", "هم", "هما")):
                break  # "هاجم مستوطنون منزل عائلته": nor an indefinite word in construct with a pronoun's noun
            if previous.startswith("ال") and previous.endswith("ون") and word.startswith("ال") and word.endswith("ين"):
                break  # "وحث المشاركون المواطنين": no adjective changes case; the object begins
            linked = word.startswith("ل") and not word.startswith("ال") and previous in LINKING_ADJECTIVES or \
                cursor > position + 1 and any(bare_word(w) in NAMED_BODIES for w in folded[position:cursor]) and \
                _names_what_for(folded, cursor)
            # "23 عنصرا جنائيا وتكفيريا": a second adjective joined by و, with the first one's ending
            joined = word.startswith("و") and len(word) > 4 and previous.endswith(NISBA + ("يا",)) and \
                word.endswith(previous[-2:]) and word.startswith("وال") == previous.startswith("ال") and \
                cursor > position + 1  # "الدول العربية والأجنبية" too
            # … and a body's second field after its first, with لل (الهيئة العامة للشباب والرياضة)
            joined = joined or word.startswith("وال") and previous.startswith("لل") and cursor > position + 1
            # … and a second group head right after the first (جميع الأطراف والقيادات السياسية العراقية)
            joined = joined or cursor == position + 1 and word.startswith("وال") and head.startswith("ال") and \
                (word[1:] in HEADS or word.endswith(("ات", "ون", "ين"))) and word[1:] not in BODY_HEADS
            # … and a dual's second genitive (مسلحون من قبيلتي التبو والطوارق)
            joined = joined or word.startswith("وال") and cursor > position + 2 and _dual_construct(folded[cursor - 2])
            if word.isdigit():
                fits = bare_word(previous) in UNITS  # "الفرقة 30", not "الطيران 3 غارات", "3 طائرات تركية 4 مواقع"
            elif word.startswith("ال"):
                # A construct ends with its definite noun (وزراء دفاع دول الحلف); adjectives may follow it.
                fits = word not in STOP and (not definite or word.endswith(ADJECTIVE_ENDINGS) or
                                              word in PLAIN_ADJECTIVES or
                                              word in PEOPLES or _indefinite_with_li(previous) or
                                              cursor - 2 > position and _indefinite_with_li(folded[cursor - 2]) and
                                              not previous.startswith("ال"))  # "لهيئة كبار العلماء"
            elif _indefinite_with_li(previous) and cursor + 1 < len(tokens) and folded[cursor + 1].startswith("ال") \
                    and not word.startswith(("و", "ل", "ب")) and word not in STOP:
                fits = True  # "الأمانة العامة لهيئة كبار العلماء": the genitive chain goes on
            else:  # after a definite word only a name goes on a title (رئيس الوزراء التركي أحمد), not a
                # plural of things (رئيس الوزراء التركي اتهامات: the object)
                free = word in W_WORDS or not word.startswith(("و", "ل", "ب"))  # (وحدات: its own و)
                fits = linked or joined or (word not in STOP and free
                                  and (not definite or head in TITLED_HEADS and not
                                       (word.endswith("ات") and len(word) >= 5)))
            if not fits:
                break
            last = cursor
            cursor += 1
        age = last if folded[last] in AGE_WORDS else last + 1
        if age + 2 < len(tokens) and folded[age] in AGE_WORDS and _is_number(folded[age + 1]) and \
                folded[age + 2] in AGE_UNITS:
            last = age + 2  # "فتى عمره 15 سنة": his age says who he is, not the word عمره alone
        if folded[last + 1:last + 2] == [OF_STATES] and last + 2 < len(tokens) and tokens[last + 2].start in mention_at \
                and not punctuation_between(text, tokens[last].end, tokens[last + 2].start):
            # "دول مجلس التعاون لدول الخليج العربية": the body's full name
            last = token_at(tokens, mentions[mention_at[tokens[last + 2].start]].end - 1, last + 2)
        if head in AUTHORITIES and mention is None and folded[last + 1:last + 2] == [IN] and last + 2 < len(tokens) \
                and tokens[last + 2].start in mention_at and mentions[mention_at[tokens[last + 2].start]].type == "LOC" \
                and not punctuation_between(text, tokens[last].end, tokens[last + 2].start):
            # "السلطات الرسمية في إيران": the country says whose authorities they are
            mention = mention_at[tokens[last + 2].start]
            last = token_at(tokens, mentions[mention].end - 1, last + 2)
        if (head in OFFICE_HEADS or folded[last] in OFFICE_HEADS) and (mention is None or mentions[mention].type != "PER"):
            holder = _holder_after(text, tokens, folded, last + 1, mention_at, mentions)
            if holder is not None:  # "أمير منطقة تبوك الأمير سلطان": the office and its holder; "نظام الرئيس
                # روحاني": the office the description ends on
                mention, last = holder, token_at(tokens, mentions[holder].end - 1, last + 1)
        if last == position and head in _NEEDS_QUALIFIER:
            position += 1
            continue  # "دولا ومنظمات": organisations, unqualified, are no party one could name
        start, end = tokens[position].start, tokens[last].end
        clitics = len(folded[position]) - len(head)
        if clitics > 0 and len(tokens[position].text) == len(folded[position]):
            start += clitics  # "بمفاوضين" → "مفاوضين"
        elif position > 0 and _is_number(folded[position - 1]) and \
                not punctuation_between(text, tokens[position - 1].end, tokens[position].start):
            start = tokens[position - 1].start  # "21 شخصا", "أربعة عناصر": the count is part of the group
        phrase = balanced(strip_phrase(text[start:end]))
        kind = "pronoun" if head in PRONOUN_HEADS else "described" if head in DESCRIBED_HEADS else "group"
        if mention is not None:
            groups.append(EventActor(phrase, fullest[mention], start, end, kind, mention, mentions[mention].type))
        else:
            groups.append(EventActor(phrase, phrase, start, end, kind))
        taken.append((start, end))
        position = last + 1
    return groups


# Heads that make a group only with a word saying which (منظمات الإغاثة, المنظمات الحقوقية).
_NEEDS_QUALIFIER = frozenset(normalize_for_matching(w) for w in "منظمات المنظمات".split())


def _names_what_for(folded: list[str], index: int) -> bool:
    """Whether the word at ``index`` tells what a body is for (اللجنة العليا للإغاثة, الهيئة الوطنية لمكافحة
    الفساد): ل with a definite word, or ل with an indefinite one before a definite word."""
    word = folded[index]
    if word.startswith("لل") and len(word) > 4:
        return True
    if not (word.startswith("ل") and len(word) > 4 and index + 1 < len(folded)):
        return False
    following = folded[index + 1]
    return following.startswith("ال") or index + 2 < len(folded) and folded[index + 2].startswith("ال") and \
        not following.startswith(("و", "ل", "ب")) and following not in STOP  # "لهيئة كبار العلماء"


def _indefinite_with_li(word: str) -> bool:
    """An indefinite noun with ل on it (لرابطة, not للإغاثة), whose genitive the next definite word is
    (الأمانة العامة لرابطة العالم الإسلامي)."""
    return word.startswith("ل") and not word.startswith("لل") and len(word) > 3


def _ends_group(word: str, previous: str, head: str) -> bool:
    """Whether ``word`` cannot go on a group description: a word of time (الحكومة البحرينية الجمعة) or of an
    attack's objects (طائرات روسية مقرات), another head after a definite word (والدول الغربية المتمردين: a
    second group), a definite word after an indefinite adjective (طائرات حربية الجماعة: the object), or an
    indefinite accusative after a head that is not one itself (طائرات حربية تركية أهدافا: the object), or a
    definite word after an indefinite plural in ون (مستوطنون متطرفون النار: the object)."""
    if word in TIME_WORDS or word in SITES or word in DOCUMENTS:
        return True
    if word in ACTS_DONE and bare_word(previous).startswith("ال"):
        return True  # "دان المجلس العملية": the act condemned, after a complete definite phrase
    if word in HEADS and word.startswith("ال") and bare_word(previous).startswith("ال") and word != MUNICIPAL and \
            not (word.endswith(("ين", "ون")) and previous.endswith(word[-2:])):
        return True  # (but a plural agreeing with the plural before it is its adjective: المستوطنين المتطرفين)
    if word.startswith("ال") and word.endswith("ات") and len(word) >= 6 and not word.endswith("يات") and \
            bare_word(previous).startswith("ال") and previous.endswith(NISBA) and bare_word(previous) != head:
        return True  # "الحكومة الليبية الغارات المصرية": after its definite adjective, a plural of things is
        # the object
    if word.startswith("ال") and not previous.startswith("ال") and bare_word(previous) != head and \
            previous.endswith(NISBA) and previous not in MINISTRIES and not _dual_construct(previous):
        return True  # "طائرات حربية عربية الجماعة": an indefinite adjective takes no definite word after it
    if word.startswith("ال") and not previous.startswith("ال") and previous.endswith("ون") and len(previous) > 4:
        return True  # "أضرم مستوطنون متطرفون النار": a plural in ون is in construct with nothing (that drops
        # its ن), so a definite word after it is the verb's object
    return word.endswith("ا") and not word.startswith("ال") and len(word) >= 4 and not head.endswith("ا")


# Relation adjectives in -تي (كويتي), unlike the construct of a dual of a word in ة (قبيلتي, دولتي, حركتي).
_NISBA_TI = frozenset(normalize_for_matching(w) for w in "كويتي سوفيتي بيروتي تكريتي".split())


def _dual_construct(word: str) -> bool:
    """"مسلحون من قبيلتي التبو والطوارق": a dual in construct, which goes on with its genitive."""
    return word.endswith("تي") and len(word) >= 5 and word not in _NISBA_TI


def _governs_on(folded: list[str], index: int) -> bool:
    """Whether the word at ``index`` is a verbal noun of the third form with its "على" (سلطات الاحتلال المصادقة
    على …: what was done, not an adjective; the same letters without "على" may be one: الحكومة المحافظة)."""
    return bool(VERBAL_NOUN_III.fullmatch(folded[index])) and index + 1 < len(folded) and \
        folded[index + 1] == ON


def _present_verb(word: str) -> bool:
    """Whether a folded word reads as a verb in the present (يردد, يشتبه), which opens what a person
    described does, not a word of the description; a relation adjective (يمني, يونانيون) is no verb, and
    belonging (ينتمون) still describes."""
    return word.startswith("ي") and len(word) >= 4 and not word.endswith(NISBA + ("يا",)) and \
        not word.startswith(BELONG)  # (يهوديا: a relation adjective with its accusative alif)


def _act_verb(word: str) -> bool:
    """Whether a folded word reads only as the verb of an act (هدد, هاجموا, تتناول), never as a noun."""
    readings = read_token(word)
    return bool(readings) and all(reading.form.tense in ("past", "present") for reading in readings)


def _gathering_after(text: str, tokens: list[Token], folded: list[str], index: int, mention_at: dict[int, int],
                     mentions: list) -> int | None:
    """The last word of the gathering named at ``index`` after participants' في: a name (في مؤتمر جنيف), or a
    definite noun, in construct after one indefinite word (في أعمال الندوة), with its adjectives of
    relation (الدولية); None when no gathering is named there."""
    def joined(i: int) -> bool:
        return i < len(tokens) and not punctuation_between(text, tokens[i - 1].end, tokens[i].start)

    if index >= len(tokens) or punctuation_between(text, tokens[index - 1].end, tokens[index].start):
        return None
    cursor = index
    if not folded[cursor].startswith("ال") and folded[cursor] not in STOP and joined(cursor + 1) and \
            (folded[cursor + 1].startswith("ال") or tokens[cursor + 1].start in mention_at):
        cursor += 1  # "أعمال الندوة", "مؤتمر جنيف"
    found = mention_at.get(tokens[cursor].start)
    if found is not None and mentions[found].type != "PER":
        return token_at(tokens, mentions[found].end - 1, cursor)
    if not folded[cursor].startswith("ال") or folded[cursor] in TIME_WORDS:
        return None
    while joined(cursor + 1) and folded[cursor + 1].startswith("ال") and folded[cursor + 1].endswith(NISBA):
        cursor += 1
    return cursor


def _body_after(text: str, tokens: list[Token], folded: list[str], index: int, mention_at: dict[int, int],
                mentions: list) -> int | None:
    """The last word of the body a group belongs to, named at ``index`` after في (في وزارة الخارجية
    الأمريكية) or with ب on its name (بالاتحاد الأوروبي): an organisation's mention, or after في a body's
    head and the definite words after it; None when no body is named there."""
    word = folded[index]
    if word == IN and index + 1 < len(tokens) and not punctuation_between(text, tokens[index].end,
                                                                            tokens[index + 1].start):
        start = index + 1
    elif word.startswith("ب") and len(word) > 3:
        start = index
    else:
        return None
    found = mention_at.get(tokens[start].start)
    if found is not None and mentions[found].type == "ORG":
        return token_at(tokens, mentions[found].end - 1, start)
    if start == index or bare_word(folded[start]) not in BODY_HEADS:
        return None
    last = start
    while last + 1 < len(tokens) and folded[last + 1].startswith("ال") and folded[last + 1] not in TIME_WORDS and \
            not punctuation_between(text, tokens[last].end, tokens[last + 1].start):
        last += 1
    return last if last > start else None


def _is_number(word: str) -> bool:
    return word.isdigit() or word in NUMBERS


# Adverbs in -يا that follow a number without naming people (مرتين يوميا, 5 ملايين سنويا).
_ADVERBS_IN_YA = frozenset(normalize_for_matching(w) for w in "يوميا سنويا شهريا أسبوعيا تقريبا حاليا".split())


def _counted_people(folded: list[str], position: int) -> bool:
    """A nationality or relation adjective counted as people right after a number (12 مغربيا, ثلاثة
    سودانيين, 40 يمنيا): the count's people."""
    word = folded[position]
    if position == 0 or word.startswith(("ال", "و")) or len(word) < 6 or word in _ADVERBS_IN_YA:
        return False
    number = folded[position - 1]
    return word.endswith(("يا", "يين", "يون")) and (number.isdigit() or number in COUNTS)


def _number_of_people(folded: list[str], position: int) -> bool:
    """A number and من before people (ثمانية من عناصر الأمن, 3 من المتظاهرين, اثنين من نشطاء): whom it counts."""
    if position + 2 >= len(folded) or not _is_number(folded[position]) or folded[position + 1] != OF:
        return False
    people = folded[position + 2]
    return bare_word(people) in HEADS or people.startswith("ال") and people.endswith(("ين", "ون")) and \
        _people_follow(folded, position + 2)


def _count_word(word: str) -> bool:
    """آلاف, مئات, عشرات, with or without the article (عشرات الآلاف)."""
    return word in COUNT_HEADS or word.startswith("ال") and word[2:] in COUNT_HEADS


def _people_follow(folded: list[str], index: int) -> bool:
    """Whether the word after a count may name people: not a plural of things (الغارات, الصواريخ)."""
    if index >= len(folded):
        return False
    word = folded[index]
    bare = word[2:] if word.startswith("ال") else word
    return not bare.endswith("ات") and bare not in THINGS_COUNTED


def _holder_after(text: str, tokens: list[Token], folded: list[str], index: int, mention_at: dict[int, int],
                  mentions: list) -> int | None:
    """The person's mention right after an office, past a style (الأمير, الملك) or "بالإنابة": its holder."""
    if index < len(tokens) and folded[index] in ACTING:
        index += 1
    if index < len(tokens) and folded[index] in STYLES:
        index += 1
    if index >= len(tokens) or punctuation_between(text, tokens[index - 1].end, tokens[index].start):
        return None
    found = mention_at.get(tokens[index].start)
    return found if found is not None and mentions[found].type == "PER" else None


@lru_cache(maxsize=100_000)
def bare_word(word: str) -> str:
    """A folded word without a leading conjunction or attached preposition (وحضت → حضت is not wanted here)."""
    for prefix in ("وب", "ول", "فب", "و", "ف", "ب", "ل"):
        if word.startswith(prefix) and word[len(prefix):] in HEADS:
            return word[len(prefix):]
    return word


def token_at(tokens: list[Token], offset: int, from_index: int) -> int:
    index = from_index
    while index + 1 < len(tokens) and tokens[index + 1].start <= offset:
        index += 1
    return index


def punctuation_between(text: str, start: int, end: int) -> bool:
    return any(char in "،,.:;؛!?؟\"«»()\n" for char in text[start:end])
