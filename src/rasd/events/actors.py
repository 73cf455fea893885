"""Who can act in an article: named mentions (with the titles before them), lone titles, group descriptions.

Actors are found once per article. A title that introduces a name joins it
(``وزير الخارجية الأميركي مايك بومبيو`` is one actor standing on the mention
``مايك بومبيو``); a title standing alone (``الوزير الأميركي``) stands for the
person the article gave a compatible title; a group keeps its description
(``الدول العشر``, ``المشاركون في المحادثات``, ``مفاوضين عن حركة طالبان``) and,
when it ends in a name, stands on that name's mention; a person described rather than named
(``رجلا يدعى …``, ``مواطنين``) may be an event's target, never its source. Each actor records the
preposition in front of it (``مع``, ``في``, an attached ``ب``), which decides
whether it is an actor of an event or its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..arabic.normalize import normalize_for_matching
from ..arabic.tokens import Token
from ..entities.local import local_clusters
from ..entities.offices import country_of_adjective
from ..entities.roles import compatible, role_key
from .cues import SITES, TIME_WORDS
from .model import EventActor

# Words a group description may begin with (folded, without proclitics).
_GROUP_HEADS = frozenset(normalize_for_matching(w) for w in """
    الدول دول المشاركون المشاركين المجتمعون المجتمعين الطرفان الطرفين الجانبان الجانبين الجانب كلا
    المتظاهرون المتظاهرين متظاهرون متظاهرين محتجون محتجين المحتجون المحتجين مسلحون مسلحين مجهولون مجهولين
    قوات القوات الجيش الشرطة السلطات سلطات الحكومة حكومة وفد الوفد مفاوضين مفاوضون المفاوضون المفاوضين
    مسؤولون مسؤولين المسؤولون وزراء الوزراء الفرق الحلف التحالف المعارضة فصائل الفصائل المجموعة الأطراف
    الرئاسة البرلمان الناشطون ناشطون بلاده بلادها نظيره نظيرته نظراءه نظرائه أعضاء ممثلين ممثلون
    وزير الوزير رئيس الرئيس أمير الأمير الملك المبعوث الأمين
    أفراد عنصران عنصرين عنصرا مقاتلات طائرات مروحيات مقاتلو مقاتلي مقاتلين عناصر مسلحو متطرفين متطرفا
    متطرفون ناشطين نشطاء شخصين أشخاص
    مستوطنون مستوطنين المستوطنون المستوطنين طيران الطيران المقاومة
    صيادين الصيادين سموه سموها فخامته معاليه النظام نظام آلاف مئات عشرات ميليشيات ميليشيا مليشيات مليشيا
    المجتمع
""".split())
# People described rather than named (اعتقلت الشرطة رجلا يدعى …): only ever the target of an event, as
# a verb before such a word is as often passive (اعتقل مواطن: a citizen was arrested).
_DESCRIBED_HEADS = frozenset(normalize_for_matching(w) for w in """
    رجل رجلا رجلين رجال شاب شابا شابين شبان امرأة سيدة فتاة طفل طفلا طفلين أطفال مواطن مواطنا مواطنين
    مقيم مقيما مقيمين وافد وافدا وافدين سائق سائقا سائقين جان جانيا الجاني الجناة متهم متهما متهمين المتهم
    المتهمين مشتبه مشتبها المشتبه مطلوب مطلوبا مطلوبين شخص شخصا فتى الفتى فتاة الفتاة الشاب الطفل المواطن
    المواطنة الأسير مدنيين المدنيين مدنيا ناشط ناشطا صحفي صحفيا صحفيين جندي جنديا جنديان جنديين
    جنود الجنود ضابط ضابطا ضباط متمردا متمردين المتمردين الانقلابيين حوثيا حوثيين أسرى الأسرى معتقلين المعتقلين لاجئين اللاجئين نازحين النازحين سجناء السجناء
""".split()) - _GROUP_HEADS
_HEADS = _GROUP_HEADS | _DESCRIBED_HEADS
# Heads that name an office: the group stands for the person holding it, when the article says who.
_OFFICE_HEADS = frozenset(
    normalize_for_matching(w) for w in "وزير الوزير رئيس الرئيس أمير الأمير الملك المبعوث الأمين".split()
)
# Counts, which make a group only of people (عشرات المدنيين, مئات الآلاف من …; not عشرات الغارات).
COUNT_HEADS = frozenset(normalize_for_matching(w) for w in "آلاف مئات عشرات".split())
_THINGS_COUNTED = frozenset(normalize_for_matching(w) for w in """
    صواريخ قذائف أطنان مواقع منازل دولارات براميل أسلحة قطع أمتار كيلومترات
""".split())
# A style a holder's name carries after the office (أمير منطقة تبوك الأمير سلطان), and "acting" (بالإنابة).
STYLES = frozenset(normalize_for_matching(w) for w in "الأمير الملك الشيخ".split())
_ACTING = frozenset(normalize_for_matching(w) for w in "بالإنابة بالنيابة المكلف".split())
# Heads a name may follow as apposition (نظيره الأردني أيمن الصفدي).
_TITLED_HEADS = _OFFICE_HEADS | frozenset(normalize_for_matching(w) for w in """
    نظيره نظيرته الفتى الفتاة الشاب الطفل المواطن المواطنة الأسير
""".split())
# Heads that take "عن"/"من" and a name (وفد من طالبان, مفاوضين عن حركة طالبان).
_DELEGATION_HEADS = frozenset(
    normalize_for_matching(w) for w in "وفد الوفد مفاوضين مفاوضون المفاوضون المفاوضين ممثلين ممثلون".split()
)
# Numbers spelled out, which a group's count may be (أربعة أشخاص, ثلاثة جنود).
_NUMBERS = frozenset(normalize_for_matching(w) for w in """
    اثنان اثنين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر عشرين عشرون
    ثلاثين أربعين خمسين مئة مائة
""".split())
# Military units, which a number names (الفرقة 30, اللواء 35).
_UNITS = frozenset(normalize_for_matching(w) for w in "الفرقة اللواء الكتيبة الفوج".split())
# Heads of members, which take "من" and the body they belong to (عناصر من الشرطة, أفراد من الجيش).
_MEMBER_HEADS = frozenset(normalize_for_matching(w) for w in "عناصر أفراد عنصران عنصرين عنصرا".split())
_OF = normalize_for_matching("من")
# "كلا من" (each of) before the parties it lists.
_EACH_OF = frozenset(normalize_for_matching(w) for w in ("كلا", "كلاً", "كل"))
# A suspect and the pronoun that completes the word (المشتبه به).
_SUSPECTS = frozenset(normalize_for_matching(w) for w in "المشتبه مشتبه المشتبهين مشتبهين".split())
_ITS_COMPLEMENT = frozenset(normalize_for_matching(w) for w in "به بهم بها فيه فيهم".split())
# Descriptors between a preposition and a name (مع حركة "طالبان").
_DESCRIPTORS = frozenset(normalize_for_matching(w) for w in "حركة تنظيم جماعة حزب ميليشيا مليشيا".split())
# Descriptors an organisation's name may follow, in quotes or not (منظمة "هيومن رايتس ووتش"): they
# belong to the actor, and never are one alone.
_NAMING_DESCRIPTORS = _DESCRIPTORS | frozenset(normalize_for_matching(w) for w in "منظمة هيئة جمعية".split())
# Acts a country's adjective may tell the author of (العدوان الإسرائيلي): definite, folded.
_ADJECTIVE_ACTS = frozenset(normalize_for_matching(w) for w in """
    العدوان الهجوم الهجمات القصف الغارات الغارة الاعتداء الاعتداءات الاحتلال الانتهاكات الجرائم التدخل التصعيد
    الحصار الممارسات العمليات الضربات التوغل الاقتحام الاقتحامات
""".split())
_NEVER_ACTORS = frozenset(normalize_for_matching(w) for w in ("الله", "لله", "بالله"))
_PRONOUN_HEADS = frozenset(normalize_for_matching(w) for w in ("بلاده", "بلادها", "سموه", "سموها", "فخامته", "معاليه"))
# Words after which a group goes on with a genitive led by ل (القوات الموالية لحكومة هادي).
_LINKING_ADJECTIVES = frozenset(
    normalize_for_matching(w) for w in "الموالية الموالي الموالين التابعة التابع التابعين".split()
)
# Endings of the adjectives (and numbers) that may follow a group's head; a verbal noun (الإفراج) ends it.
_ADJECTIVE_ENDINGS = ("ي", "يه", "يون", "يين", "ه", "ات", "ان", "ين", "ون", "عشر", "ست", "سبع", "ثلاث", "خمس", "اربع")
# Words that end a group description: prepositions, conjunction-led verbs, relative pronouns.
_STOP = frozenset(normalize_for_matching(w) for w in """
    في على إلى الى مع عن من منذ خلال بعد قبل الذي التي الذين أن إن ان بأن لأن حول بشأن ضد بين عبر لدى
    و أو ثم كما وفق بحسب إلى حيث
""".split())
# Words that may stand between a place word and the preposition in front of it (في العاصمة القطرية الدوحة).
_PLACE_WORDS = frozenset(normalize_for_matching(w) for w in """
    العاصمة عاصمة مدينة المدينة بلدة قرية منطقة المنطقة ولاية محافظة إقليم قاعدة وسط شمال جنوب شرق غرب
    شمالي جنوبي شرقي غربي مبنى مقر ميناء مطار سلطنة مملكة المملكة إمارة جمهورية دولة ريف
""".split())
# Attached prepositions written apart with a tatweel before a quoted name (لـ«الشرق الأوسط»), folded.
CLITICS_APART = frozenset({"ل", "ب", "ك"})
PREPOSITIONS = frozenset(normalize_for_matching(w) for w in """
    في على إلى الى مع عن من منذ خلال بين لدى عند قرب نحو داخل خارج حول ضد بشأن تجاه أمام
""".split())
_LEADING_CONJUNCTION = re.compile(r"^[وف](?=ال|لل|وزير|رئيس|أمير|امير|ملك|مبعوث|نظير)")


@dataclass(slots=True)
class ArticleActors:
    """The actors of one article in text order, and each mention's in-article cluster."""

    actors: list[EventActor]
    leads: list[str]  # per actor: the preposition before it ("" when none); attached ones as "ب", "ل"
    cluster_of: dict[int, int]  # mention index → cluster number


def find_actors(text: str, tokens: list[Token], folded: list[str], mentions: list, titles: list) -> ArticleActors:
    """Every actor candidate of the article, with the preposition that leads it."""
    clusters = local_clusters([(m.name, m.type) for m in mentions])
    cluster_of = {index: number for number, cluster in enumerate(clusters) for index in cluster.mentions}
    fullest = _fullest_names(mentions, clusters)
    by_start = {m.start: i for i, m in enumerate(mentions)}
    found: list[EventActor] = []
    absorbed: set[int] = set()
    named_titles = [(t, role_key(t.text)[1]) for t in titles if t.person_start is not None]
    for title in titles:
        person = by_start.get(title.person_start) if title.person_start is not None else None
        if person is not None:
            mention = mentions[person]
            absorbed |= {i for i, m in enumerate(mentions) if title.start <= m.start and m.end <= mention.end}
            found.append(EventActor(_strip(text[title.start:mention.end]), fullest[person], title.start, mention.end,
                                    "name", person, mention.type))
        elif title.person_start is None:
            overlapping = [i for i, m in enumerate(mentions) if m.start < title.end and m.end > title.start]
            absorbed |= set(overlapping)
            end = max([title.end] + [mentions[i].end for i in overlapping])
            holder = _holder(title.text, title.start, named_titles, by_start, cluster_of)
            found.append(EventActor(_strip(text[title.start:end]), fullest[holder] if holder is not None else
                                    _strip(text[title.start:end]), title.start, end, "title", holder,
                                    "PER" if holder is not None else None))
    for index, mention in enumerate(mentions):
        if index in absorbed or any(a.start <= mention.start < a.end for a in found):
            continue
        if normalize_for_matching(mention.name) in _NEVER_ACTORS | _NAMING_DESCRIPTORS:
            continue  # "منظمة" alone: the descriptor of the name that follows, taken with it below
        start = _described_from(text, tokens, folded, mention) if mention.type == "ORG" else mention.start
        phrase = text[start:mention.end]
        if normalize_for_matching(mention.name).startswith(normalize_for_matching(phrase.split()[0])):
            phrase = phrase.strip(" \t،,.:\"'«»()")  # "فالون": the first letter is the name's, no conjunction
        else:
            phrase = _strip(phrase)
        found.append(EventActor(_balanced(phrase), fullest[index], start, mention.end, "name", index, mention.type))
    for group in _groups(text, tokens, folded, mentions, found, fullest):
        if group.kind == "group" and group.mention is None and \
                _bare(folded[_first_token(tokens, group.start)]) in _OFFICE_HEADS:
            holder = _holder(group.text, group.start, named_titles, by_start, cluster_of)
            if holder is None:
                continue  # an office nobody in the article holds is not an actor we can name
            group = EventActor(group.text, fullest[holder], group.start, group.end, "title", holder, "PER")
        found.append(group)
    found += _acts_by_adjective(tokens, folded, found)
    found.sort(key=lambda actor: actor.start)
    leads = [_lead(text, tokens, folded, actor) for actor in found]
    return ArticleActors(found, leads, cluster_of)


def _acts_by_adjective(tokens: list[Token], folded: list[str], found: list[EventActor]) -> list[EventActor]:
    """The country a definite act is told by its adjective (العدوان الإسرائيلي, بالقصف التركي, الغارات
    التركية): an actor written as the adjective and named as the country, who did the act."""
    adjectives = country_of_adjective()
    taken = [(a.start, a.end) for a in found]
    actors = []
    for index in range(1, len(tokens)):
        word = folded[index - 1]
        act = word[1:] if word[:1] in ("و", "ف", "ب", "ل") and word[1:].startswith("ال") else word
        country = adjectives.get(folded[index]) or adjectives.get(folded[index][:-1] if folded[index].endswith("ه")
                                                                   else "")
        if act not in _ADJECTIVE_ACTS or country is None:
            continue
        token = tokens[index]
        if not any(s <= token.start < e for s, e in taken):
            actors.append(EventActor(token.text, country, token.start, token.end, "group", None, "LOC"))
    return actors


def _described_from(text: str, tokens: list[Token], folded: list[str], mention) -> int:
    """Where an organisation's actor starts: at the descriptor right before its quoted name (منظمة "هيومن
    رايتس ووتش", which the entity model reads as two names), or at the name."""
    index = _first_token(tokens, mention.start)
    if index is None or index == 0 or tokens[index].start != mention.start:
        return mention.start
    word = folded[index - 1]
    word = word[1:] if word[:1] in ("و", "ف") and word[1:] in _NAMING_DESCRIPTORS else word
    if word not in _NAMING_DESCRIPTORS or text[tokens[index - 1].end:mention.start].strip() not in ('"', "«", "“"):
        return mention.start
    return tokens[index - 1].start


def _strip(surface: str) -> str:
    """The phrase without a leading conjunction (``وبومبيو`` → ``بومبيو``), a trailing preposition or
    surrounding punctuation."""
    phrase = _LEADING_CONJUNCTION.sub("", surface.strip(" \t،,.:\"'«»()"))
    words = phrase.split()
    while len(words) > 1 and normalize_for_matching(words[-1]) in _STOP:
        words.pop()
    return " ".join(words) if len(words) != len(phrase.split()) else phrase


def _balanced(phrase: str) -> str:
    """The phrase without a quote mark left open or unopened (مقاتلو "حزب الله → مقاتلو حزب الله)."""
    for opening, closing in (('"', '"'), ("«", "»"), ("“", "”")):
        if opening == closing and phrase.count(opening) % 2 or \
                opening != closing and phrase.count(opening) != phrase.count(closing):
            phrase = " ".join(phrase.replace(opening, " ").replace(closing, " ").split())
    return phrase


def _fullest_names(mentions: list, clusters: list) -> list[str]:
    names = [m.name for m in mentions]
    for cluster in clusters:
        best = max((mentions[i].name for i in cluster.mentions), key=lambda name: (len(name.split()), len(name)))
        for index in cluster.mentions:
            names[index] = best
    return names


def _holder(text: str, start: int, named_titles, by_start: dict[int, int], cluster_of: dict[int, int]) -> int | None:
    """The mention of the one person the article gave, earlier, a title compatible with this lone one."""
    key = role_key(text)[1]
    earlier = [(by_start[t.person_start], other) for t, other in named_titles
               if t.start < start and t.person_start in by_start and compatible(key, other)]
    for holders in ({h for h, other in earlier}, {h for h, other in earlier if other == key}):
        # Several people with a compatible title: the one whose title is this one exactly (وزير الدفاع
        # الأميركي is the American minister, not the host's minister of defence).
        people = {cluster_of.get(h, -h - 1) for h in holders}
        if len(people) == 1:
            return min(holders)
    return None


def _groups(text: str, tokens: list[Token], folded: list[str], mentions: list, named: list[EventActor],
            fullest: list[str]) -> list[EventActor]:
    """Group descriptions: a head word, the adjectives after it, and a name it ends in (``وفد من طالبان``)."""
    taken = [(a.start, a.end) for a in named]
    mention_at = {}
    for index, mention in enumerate(mentions):
        mention_at.setdefault(mention.start, index)
    groups: list[EventActor] = []
    position = 0
    while position < len(tokens):
        head = _bare(folded[position])
        token = tokens[position]
        if head not in _HEADS or any(s <= token.start < e for s, e in taken) or \
                head in COUNT_HEADS and not _people_follow(folded, position + 1) or \
                head in _EACH_OF and folded[position + 1:position + 2] == [_OF]:  # "كلا من X وY": X and Y
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
            if _punctuation_between(text, tokens[cursor - 1].end, tokens[cursor].start) and \
                    not (starts is not None and not gap.strip(" \"'«»“”")):
                break  # but a quoted name goes on the group (مقاتلو "فيلق الرحمن")
            # A name right after a word in construct (وفد طالبان, لحكومة هادي) belongs to the group.
            if starts is not None:
                # … and so does a name shaped as an adjective after a definite word (المتمردين الحوثيين).
                adjective = word.endswith(("يين", "يون")) and len(mentions[starts].name.split()) == 1
                if not word.startswith("و") and (not _bare(previous).startswith("ال") or head in _TITLED_HEADS
                                                 or adjective):
                    mention, last = starts, _token_at(tokens, mentions[starts].end - 1, cursor)
                break
            if word in ("عن", "من") and head in _DELEGATION_HEADS and cursor + 1 < len(tokens) \
                    and tokens[cursor + 1].start in mention_at:
                mention = mention_at[tokens[cursor + 1].start]
                last = _token_at(tokens, mentions[mention].end - 1, cursor + 1)
                break
            if word == _OF and head in _MEMBER_HEADS and cursor == position + 1 and cursor + 1 < len(tokens) \
                    and not _punctuation_between(text, tokens[cursor].end, tokens[cursor + 1].start):
                last = cursor = cursor + 1  # "عناصر من الشرطة", "ثمانية عناصر من فرقة سورية": whose members
                continue
            if word in _ITS_COMPLEMENT and _bare(previous) in _SUSPECTS:
                last = cursor  # "المشتبه به", "المشتبه بهم"
                cursor += 1
                continue
            # (آلاف, folded الاف, only looks definite)
            definite = any(_bare(w).startswith("ال") and w not in COUNT_HEADS for w in folded[position:cursor])
            if _ends_group(word, previous, head) or _governs_on(folded, cursor):
                break
            if word.endswith(_PRONOUN_SUFFIXES) and len(word) > 4:
                break  # "33 شخصا غالبيتهم من المدنيين": a word with its own pronoun opens another phrase
            if cursor == position + 1 and head.endswith(("ون", "ين")) and not head.startswith("ال") and \
                    word.startswith("ال") and not word.endswith(_NISBA):
                break  # "أطلق مسلحون النار": a plural with its ن takes no genitive; the definite word is the object
            linked = word.startswith("ل") and not word.startswith("ال") and previous in _LINKING_ADJECTIVES
            if word.isdigit() and definite:
                fits = _bare(previous) in _UNITS  # "الفرقة 30", not "الطيران 3 غارات"
            elif word.startswith("ال"):
                # A construct ends with its definite noun (وزراء دفاع دول الحلف); adjectives may follow it.
                fits = word not in _STOP and (not definite or word.endswith(_ADJECTIVE_ENDINGS))
            else:  # after a definite word only a name goes on a title (رئيس الوزراء التركي أحمد), not a
                # plural of things (رئيس الوزراء التركي اتهامات: the object)
                fits = linked or (word not in _STOP and not word.startswith(("و", "ل", "ب"))
                                  and (not definite or head in _TITLED_HEADS and not
                                       (word.endswith("ات") and len(word) >= 5)))
            if not fits:
                break
            last = cursor
            cursor += 1
        if head in _OFFICE_HEADS and (mention is None or mentions[mention].type != "PER"):
            holder = _holder_after(text, tokens, folded, last + 1, mention_at, mentions)
            if holder is not None:  # "أمير منطقة تبوك الأمير سلطان": the office and its holder
                mention, last = holder, _token_at(tokens, mentions[holder].end - 1, last + 1)
        start, end = tokens[position].start, tokens[last].end
        clitics = len(folded[position]) - len(head)
        if clitics > 0 and len(tokens[position].text) == len(folded[position]):
            start += clitics  # "بمفاوضين" → "مفاوضين"
        elif position > 0 and _is_number(folded[position - 1]) and \
                not _punctuation_between(text, tokens[position - 1].end, tokens[position].start):
            start = tokens[position - 1].start  # "21 شخصا", "أربعة عناصر": the count is part of the group
        phrase = _balanced(_strip(text[start:end]))
        kind = "pronoun" if head in _PRONOUN_HEADS else "described" if head in _DESCRIBED_HEADS else "group"
        if mention is not None:
            groups.append(EventActor(phrase, fullest[mention], start, end, kind, mention, mentions[mention].type))
        else:
            groups.append(EventActor(phrase, phrase, start, end, kind))
        taken.append((start, end))
        position = last + 1
    return groups


_NISBA = ("ي", "يه", "يون", "يين", "يان", "يتين")
# Pronouns written on a word's end (غالبيتهم, بينهم, قواتها).
_PRONOUN_SUFFIXES = ("هم", "هما", "هن")
# The verbal noun of the third form, definite and folded (المصادقة, الموافقة, المطالبة).
_VERBAL_NOUN_III = re.compile(r"الم.ا..ه")
_ON = normalize_for_matching("على")
# Nouns shaped like adjectives that govern a definite word (وزراء خارجية الخليج).
_MINISTRIES = frozenset(normalize_for_matching(w) for w in "خارجية داخلية مالية".split())


def _ends_group(word: str, previous: str, head: str) -> bool:
    """Whether ``word`` cannot go on a group description: a word of time (الحكومة البحرينية الجمعة) or of an
    attack's objects (طائرات روسية مقرات), another head after a definite word (والدول الغربية المتمردين: a
    second group), a definite word after an indefinite adjective (طائرات حربية الجماعة: the object), or an
    indefinite accusative after a head that is not one itself (طائرات حربية تركية أهدافا: the object)."""
    if word in TIME_WORDS or word in SITES:
        return True
    if word in _HEADS and word.startswith("ال") and _bare(previous).startswith("ال"):
        return True
    if word.startswith("ال") and not previous.startswith("ال") and previous != head and \
            previous.endswith(_NISBA) and previous not in _MINISTRIES:
        return True  # "طائرات حربية عربية الجماعة": an indefinite adjective takes no definite word after it
    return word.endswith("ا") and not word.startswith("ال") and len(word) >= 4 and not head.endswith("ا")


def _governs_on(folded: list[str], index: int) -> bool:
    """Whether the word at ``index`` is a verbal noun of the third form with its "على" (سلطات الاحتلال المصادقة
    على …: what was done, not an adjective; the same letters without "على" may be one: الحكومة المحافظة)."""
    return bool(_VERBAL_NOUN_III.fullmatch(folded[index])) and index + 1 < len(folded) and \
        folded[index + 1] == _ON


def _is_number(word: str) -> bool:
    return word.isdigit() or word in _NUMBERS


def _people_follow(folded: list[str], index: int) -> bool:
    """Whether the word after a count may name people: not a plural of things (الغارات, الصواريخ)."""
    if index >= len(folded):
        return False
    word = folded[index]
    bare = word[2:] if word.startswith("ال") else word
    return not bare.endswith("ات") and bare not in _THINGS_COUNTED


def _holder_after(text: str, tokens: list[Token], folded: list[str], index: int, mention_at: dict[int, int],
                  mentions: list) -> int | None:
    """The person's mention right after an office, past a style (الأمير, الملك) or "بالإنابة": its holder."""
    if index < len(tokens) and folded[index] in _ACTING:
        index += 1
    if index < len(tokens) and folded[index] in STYLES:
        index += 1
    if index >= len(tokens) or _punctuation_between(text, tokens[index - 1].end, tokens[index].start):
        return None
    found = mention_at.get(tokens[index].start)
    return found if found is not None and mentions[found].type == "PER" else None


@lru_cache(maxsize=100_000)
def _bare(word: str) -> str:
    """A folded word without a leading conjunction or attached preposition (وحضت → حضت is not wanted here)."""
    for prefix in ("وب", "ول", "فب", "و", "ف", "ب", "ل"):
        if word.startswith(prefix) and word[len(prefix):] in _HEADS:
            return word[len(prefix):]
    return word


def _token_at(tokens: list[Token], offset: int, from_index: int) -> int:
    index = from_index
    while index + 1 < len(tokens) and tokens[index + 1].start <= offset:
        index += 1
    return index


def _punctuation_between(text: str, start: int, end: int) -> bool:
    return any(char in "،,.:;؛!?؟\"«»()\n" for char in text[start:end])


def _lead(text: str, tokens: list[Token], folded: list[str], actor: EventActor) -> str:
    """The preposition in front of an actor: attached (ب, ل, ك) or the word before it, looking back over
    place words (في العاصمة القطرية الدوحة → في)."""
    index = _first_token(tokens, actor.start)
    if index is None:
        return ""
    word = folded[index]
    body = word[1:] if word.startswith(("و", "ف")) and len(word) > 4 else word
    if body[:1] in ("ب", "ل", "ك") and (body[1:].startswith("ال") or body.startswith("لل")):
        return body[0]
    if actor.kind in ("group", "pronoun", "described") and body[:1] in ("ب", "ل") and _bare(word) != word:
        return body[0]
    if actor.mention is not None and actor.kind == "name":
        surface = normalize_for_matching(text[actor.start:actor.end])
        name = normalize_for_matching(actor.name.split()[0]) if actor.name else ""
        clitics = surface.split()[0][: -len(name)] if name and surface.split()[0].endswith(name) else ""
        clitics = clitics.lstrip("وف")
        if clitics[:1] in ("ب", "ل", "ك"):
            return clitics[0]
    back = index - 1
    steps = 0
    if back >= 1 and folded[back] == _OF and _bare(folded[back - 1]) in _EACH_OF:
        return ""  # "استقبل كلا من محافظ صنعاء": "each of" leads the object itself
    while back >= 0 and steps < 3:
        if _punctuation_between(text.replace('"', " ").replace("«", " "), tokens[back].end, tokens[back + 1].start):
            return ""
        word = folded[back]
        stem = word[1:] if word[:1] in ("و", "ف") and word[1:] in PREPOSITIONS else word
        if stem in PREPOSITIONS:
            return stem
        if stem in CLITICS_APART:
            return stem  # "لـ«الكردستاني»": the clitic written apart, with a tatweel
        if word[:1] in ("ل", "ب") and word[1:] in _DESCRIPTORS:
            return word[0]  # "أهدافا لتنظيم داعش": the preposition is on the descriptor
        if word[:1] == "ب" and word[1:] in _PLACE_WORDS:
            return "ب"  # "بمدينة الحديدة": the preposition is on the place word
        bare = word[1:] if word[:1] in ("و", "ف") else word
        if word in _DESCRIPTORS or word in _PLACE_WORDS or bare in _PLACE_WORDS or word.endswith(("يه", "يين")):
            back, steps = back - 1, steps + 1
            continue
        return ""
    return ""


def _first_token(tokens: list[Token], offset: int) -> int | None:
    low, high = 0, len(tokens)
    while low < high:
        middle = (low + high) // 2
        if tokens[middle].end <= offset:
            low = middle + 1
        else:
            high = middle
    return low if low < len(tokens) else None
