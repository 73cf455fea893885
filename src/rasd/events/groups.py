"""Group descriptions among an article's actors: a head word, the adjectives after it, and a name it ends in.

``الدول العشر``, ``المشاركون في المحادثات``, ``وفد من طالبان``, ``القوات الموالية لحكومة هادي``,
``أربعة عناصر من الشرطة``: a group keeps its description and, when it ends in a name, stands on that
name's mention. People described rather than named (``رجلا يدعى …``, ``مواطنين``) are groups of the kind
"described", only ever an event's target. Where a description ends (a time, a site, a second group word,
a verbal noun with its ``على``, a word with its own pronoun) decides what the event's other party is.
Also the phrase helpers named actors share with groups (``strip_phrase``, ``balanced``, ``bare``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..arabic.normalize import normalize_for_matching
from ..arabic.tokens import Token
from ..nlp.titles import ACTS_DONE
from .cues import SITES, TIME_WORDS, W_WORDS
from .model import EventActor

# Bodies that act (وزارة التعليم, الجهات المعنية, اللجنة التنفيذية): ANERcorp, which rasd's names follow,
# leaves ministries and the like untagged, so they are found here. After an attached ب such a word
# is where something happens (بالوزارة), not a party.
BODY_HEADS = frozenset(normalize_for_matching(w) for w in """
    وزارة الوزارة هيئة الهيئة وكالة الوكالة لجنة اللجنة مجلس المجلس الجهات جهات المحكمة محكمة
    المنظمة منظمة البنك الصندوق الشركة شركة السفارة سفارة أمانة الأمانة أمانات بلدية البلدية برلمان كنيست
    الكنيست
""".split())
# Words a group description may begin with (folded, without proclitics).
_GROUP_HEADS = frozenset(normalize_for_matching(w) for w in """
    الدول دول المشاركون المشاركين المجتمعون المجتمعين الطرفان الطرفين الجانبان الجانبين الجانب كلا
    المتظاهرون المتظاهرين متظاهرون متظاهرين محتجون محتجين المحتجون المحتجين مسلحون مسلحين مجهولون مجهولين
    قوات القوات الجيش الشرطة السلطات سلطات الحكومة حكومة وفد الوفد الوفود وفود مفاوضين مفاوضون المفاوضون المفاوضين
    مسؤولون مسؤولين المسؤولون المسؤولين مسؤولي وزراء الوزراء الفرق الحلف التحالف المعارضة فصائل الفصائل المجموعة الأطراف
    الرئاسة البرلمان الناشطون ناشطون بلاده بلادها نظيره نظيرته نظراءه نظرائه أعضاء ممثلين ممثلون
    وزير الوزير وزيرة الوزيرة رئيس الرئيس أمير الأمير الملك المبعوث الأمين
    أفراد عنصران عنصرين عنصرا مقاتلات طائرات مروحيات مقاتلو مقاتلي مقاتلين عناصر مسلحو متطرفين متطرفا
    متطرفون المتطرفين المتطرفون ناشطين نشطاء شخصين أشخاص
    مستوطنون مستوطنين المستوطنون المستوطنين طيران الطيران المقاومة أنصار وحدات مؤيدي مؤيدو مناصري مناصرو
    صيادين الصيادين سموه سموها فخامته معاليه النظام نظام آلاف مئات عشرات ميليشيات ميليشيا مليشيات مليشيا
    المجتمع الفرقة اللواء الكتيبة الفوج الحوثيون الحوثيين
    أهالي سكان أبناء سائقي عمال موظفي طلاب
""".split()) | BODY_HEADS
# People described rather than named (اعتقلت الشرطة رجلا يدعى …): only ever the target of an event, as
# a verb before such a word is as often passive (اعتقل مواطن: a citizen was arrested).
_DESCRIBED_HEADS = frozenset(normalize_for_matching(w) for w in """
    رجل رجلا رجلين رجال شاب شابا شابين شبان امرأة سيدة فتاة طفل طفلا طفلين أطفال مواطن مواطنا مواطنين
    مقيم مقيما مقيمين وافد وافدا وافدين سائق سائقا سائقين جان جانيا الجاني الجناة متهم متهما متهمين المتهم
    المتهمين مشتبه مشتبها المشتبه مطلوب مطلوبا مطلوبين شخص شخصا فتى الفتى فتاة الفتاة الشاب الطفل المواطن
    المواطنة الأسير مدنيين المدنيين مدنيا ناشط ناشطا صحفي صحفيا صحفيين جندي جنديا جنديان جنديين
    جنود الجنود ضابط ضابطا ضباط متمردا متمردين المتمردين الانقلابيين حوثيا حوثيين أسرى الأسرى معتقلين
    المعتقلين لاجئين اللاجئين نازحين النازحين سجناء السجناء
""".split()) - _GROUP_HEADS
_HEADS = _GROUP_HEADS | _DESCRIBED_HEADS
# Heads that name an office: the group stands for the person holding it, when the article says who.
OFFICE_HEADS = frozenset(
    normalize_for_matching(w) for w in "وزير الوزير وزيرة الوزيرة رئيس الرئيس أمير الأمير الملك المبعوث الأمين".split()
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
_TITLED_HEADS = OFFICE_HEADS | frozenset(normalize_for_matching(w) for w in """
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
# Counterparts, whose "في" says of which countries (نظراءه في دول الاتحاد الأوروبي).
_COUNTERPARTS = frozenset(normalize_for_matching(w) for w in "نظيره نظيرته نظراءه نظرائه".split())
_IN = normalize_for_matching("في")
_OF_STATES = normalize_for_matching("لدول")
_MEMBER_HEADS = frozenset(normalize_for_matching(w) for w in "عناصر أفراد عنصران عنصرين عنصرا".split())
OF = normalize_for_matching("من")
# "كلا من" (each of) before the parties it lists.
EACH_OF = frozenset(normalize_for_matching(w) for w in ("كلا", "كلاً", "كل"))
# A suspect and the pronoun that completes the word (المشتبه به).
_SUSPECTS = frozenset(normalize_for_matching(w) for w in "المشتبه مشتبه المشتبهين مشتبهين".split())
_ITS_COMPLEMENT = frozenset(normalize_for_matching(w) for w in "به بهم بها فيه فيهم".split())
_PRONOUN_HEADS = frozenset(normalize_for_matching(w) for w in ("بلاده", "بلادها", "سموه", "سموها", "فخامته", "معاليه"))
# Words after which a group goes on with a genitive led by ل (القوات الموالية لحكومة هادي).
_LINKING_ADJECTIVES = frozenset(
    normalize_for_matching(w) for w in "الموالية الموالي الموالين التابعة التابع التابعين".split()
)
# Endings of the adjectives (and numbers) that may follow a group's head; a verbal noun (الإفراج) ends it.
_ADJECTIVE_ENDINGS = ("ي", "يه", "يون", "يين", "ه", "ات", "ان", "ين", "ون", "عشر", "ست", "سبع", "ثلاث", "خمس", "اربع",
                      "يا")
# Words that end a group description: prepositions, conjunction-led verbs, relative pronouns.
_STOP = frozenset(normalize_for_matching(w) for w in """
    في على إلى الى مع عن من منذ خلال بعد قبل الذي التي الذين أن إن ان بأن لأن حول بشأن ضد بين عبر لدى
    و أو ثم كما وفق بحسب إلى حيث جراء إثر اثر بسبب عقب
""".split())
# Words of where, which end a description after its first word (عنصرا جنائيا جنوب مدينة العريش) but
# right after its head make part of it (دول جنوب شرقي آسيا).
_WHERE = frozenset(normalize_for_matching(w) for w in "جنوب شمال شرق غرب جنوبي شمالي شرقي غربي قرب داخل خارج أمام".split())
_LEADING_CONJUNCTION = re.compile(r"^[وف](?=ال|لل|وزير|رئيس|أمير|امير|ملك|مبعوث|نظير|نائب|مساعد)")


def strip_phrase(surface: str) -> str:
    """The phrase without a leading conjunction (``وبومبيو`` → ``بومبيو``), a trailing preposition or
    surrounding punctuation."""
    phrase = _LEADING_CONJUNCTION.sub("", surface.strip(" \t،,.:\"'«»()"))
    words = phrase.split()
    while len(words) > 1 and normalize_for_matching(words[-1]) in _STOP:
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
        if head not in _HEADS or any(s <= token.start < e for s, e in taken) or \
                head in COUNT_HEADS and not _people_follow(folded, position + 1) or \
                head in EACH_OF and folded[position + 1:position + 2] == [OF] or \
                head in BODY_HEADS and (folded[position].lstrip("وف") == "ب" + head or
                                        position > 0 and folded[position - 1].lstrip("وب") in _PREMISES) or \
                head in _UNITS and not (position + 1 < len(tokens) and folded[position + 1].isdigit()) or \
                tuple(folded[position:position + 2]) == _VIEWS or \
                head == _MUNICIPAL and position > 0 and folded[position - 1].startswith("ال"):
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
                if head in _MEMBERS_OF_BODIES and cursor > position + 1 else None
            if body is not None:
                last = body  # "مسؤولين كبار في وزارة الخارجية الأمريكية", "الدول الأخرى بالاتحاد": whose
                break
            # A name right after a word in construct (وفد طالبان, لحكومة هادي) belongs to the group.
            if starts is not None:
                # … and so does a name shaped as an adjective after a definite word (المتمردين الحوثيين).
                adjective = word.endswith(("يين", "يون")) and len(mentions[starts].name.split()) == 1
                linked = word.startswith("ل") and (previous in _LINKING_ADJECTIVES or  # "اللواء 35 الموالي لصالح"
                                                   any(bare_word(w) in _NAMED_BODIES for w in folded[position:cursor]))
                # ("الأمانة العامة لرابطة العالم الإسلامي": a body's name goes on with the one it serves)
                if not word.startswith("و") and (not bare_word(previous).startswith("ال") or head in _TITLED_HEADS
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
            if word in ("عن", "من") and head in _DELEGATION_HEADS and cursor + 1 < len(tokens) \
                    and tokens[cursor + 1].start in mention_at:
                mention = mention_at[tokens[cursor + 1].start]
                last = token_at(tokens, mentions[mention].end - 1, cursor + 1)
                break
            if word == OF and head in _MEMBER_HEADS and cursor == position + 1 and cursor + 1 < len(tokens) \
                    and not punctuation_between(text, tokens[cursor].end, tokens[cursor + 1].start):
                last = cursor = cursor + 1  # "عناصر من الشرطة", "ثمانية عناصر من فرقة سورية": whose members
                continue
            if word in _CLAUSE_VERBS:
                break  # "شخصا قام بسرقة": what he did, not who he is
            if word == _DHAT and cursor + 1 < len(tokens) and folded[cursor + 1].startswith("ال"):
                last = cursor = cursor + 1  # "الجهات ذات العلاقة"
                continue
            if word in _ITS_COMPLEMENT and bare_word(previous) in _SUSPECTS:
                last = cursor  # "المشتبه به", "المشتبه بهم"
                cursor += 1
                continue
            # (آلاف, folded الاف, only looks definite)
            definite = any(bare_word(w).startswith("ال") and w not in COUNT_HEADS for w in folded[position:cursor])
            if _ends_group(word, previous, head) or _governs_on(folded, cursor):
                break
            if word in ACTS_DONE and cursor > position + 1:
                break  # "أعضاء هيئة كبار العلماء العمل الإرهابي": the act, past the head's own genitive
            if word in _WHERE and cursor > position + 1 and previous not in _WHERE:
                break
            if word == _IN and head in _COUNTERPARTS and cursor == position + 1 and cursor + 1 < len(tokens):
                last = cursor = cursor + 1  # "نظراءه في دول الاتحاد الأوروبي": whose counterparts
                continue
            if word.endswith(_PRONOUN_SUFFIXES) and len(word) > 4:
                break  # "33 شخصا غالبيتهم من المدنيين": a word with its own pronoun opens another phrase
            if cursor == position + 1 and head.endswith(("ون", "ين")) and not head.startswith("ال") and \
                    word.startswith("ال") and not word.endswith(_NISBA):
                break  # "أطلق مسلحون النار": a plural with its ن takes no genitive; the definite word is the object
            if previous.startswith("ال") and previous.endswith("ون") and word.startswith("ال") and word.endswith("ين"):
                break  # "وحث المشاركون المواطنين": no adjective changes case; the object begins
            linked = word.startswith("ل") and not word.startswith("ال") and previous in _LINKING_ADJECTIVES or \
                cursor > position + 1 and any(bare_word(w) in _NAMED_BODIES for w in folded[position:cursor]) and \
                _names_what_for(folded, cursor)
            # "23 عنصرا جنائيا وتكفيريا": a second adjective joined by و, with the first one's ending
            joined = word.startswith("و") and len(word) > 4 and previous.endswith(_NISBA + ("يا",)) and \
                word.endswith(previous[-2:]) and word.startswith("وال") == previous.startswith("ال") and \
                cursor > position + 1  # "الدول العربية والأجنبية" too
            if word.isdigit() and definite:
                fits = bare_word(previous) in _UNITS  # "الفرقة 30", not "الطيران 3 غارات"
            elif word.startswith("ال"):
                # A construct ends with its definite noun (وزراء دفاع دول الحلف); adjectives may follow it.
                fits = word not in _STOP and (not definite or word.endswith(_ADJECTIVE_ENDINGS) or
                                              word in _PEOPLES or _indefinite_with_li(previous) or
                                              cursor - 2 > position and _indefinite_with_li(folded[cursor - 2]) and
                                              not previous.startswith("ال"))  # "لهيئة كبار العلماء"
            elif _indefinite_with_li(previous) and cursor + 1 < len(tokens) and folded[cursor + 1].startswith("ال") \
                    and not word.startswith(("و", "ل", "ب")) and word not in _STOP:
                fits = True  # "الأمانة العامة لهيئة كبار العلماء": the genitive chain goes on
            else:  # after a definite word only a name goes on a title (رئيس الوزراء التركي أحمد), not a
                # plural of things (رئيس الوزراء التركي اتهامات: the object)
                free = word in W_WORDS or not word.startswith(("و", "ل", "ب"))  # (وحدات: its own و)
                fits = linked or joined or (word not in _STOP and free
                                  and (not definite or head in _TITLED_HEADS and not
                                       (word.endswith("ات") and len(word) >= 5)))
            if not fits:
                break
            last = cursor
            cursor += 1
        if folded[last + 1:last + 2] == [_OF_STATES] and last + 2 < len(tokens) and tokens[last + 2].start in mention_at \
                and not punctuation_between(text, tokens[last].end, tokens[last + 2].start):
            # "دول مجلس التعاون لدول الخليج العربية": the body's full name
            last = token_at(tokens, mentions[mention_at[tokens[last + 2].start]].end - 1, last + 2)
        if head in OFFICE_HEADS and (mention is None or mentions[mention].type != "PER"):
            holder = _holder_after(text, tokens, folded, last + 1, mention_at, mentions)
            if holder is not None:  # "أمير منطقة تبوك الأمير سلطان": the office and its holder
                mention, last = holder, token_at(tokens, mentions[holder].end - 1, last + 1)
        start, end = tokens[position].start, tokens[last].end
        clitics = len(folded[position]) - len(head)
        if clitics > 0 and len(tokens[position].text) == len(folded[position]):
            start += clitics  # "بمفاوضين" → "مفاوضين"
        elif position > 0 and _is_number(folded[position - 1]) and \
                not punctuation_between(text, tokens[position - 1].end, tokens[position].start):
            start = tokens[position - 1].start  # "21 شخصا", "أربعة عناصر": the count is part of the group
        phrase = balanced(strip_phrase(text[start:end]))
        kind = "pronoun" if head in _PRONOUN_HEADS else "described" if head in _DESCRIBED_HEADS else "group"
        if mention is not None:
            groups.append(EventActor(phrase, fullest[mention], start, end, kind, mention, mentions[mention].type))
        else:
            groups.append(EventActor(phrase, phrase, start, end, kind))
        taken.append((start, end))
        position = last + 1
    return groups


_NISBA = ("ي", "يه", "يون", "يين", "يان", "يتين")
# Premises, after which a body's name is where something happens (بمقر الأمانة, مكتب الوزارة).
_PREMISES = SITES | frozenset(normalize_for_matching(w) for w in "مكتب مبنى ديوان".split())
# "ذات" before a definite word completes a description (الجهات ذات العلاقة, الدول ذات الصلة).
_DHAT = normalize_for_matching("ذات")
# Groups that say with في or ب which body they belong to (مسؤولين كبار في وزارة الخارجية, الدول الأخرى
# بالاتحاد الأوروبي, الدول الأعضاء في الحلف).
_MEMBERS_OF_BODIES = frozenset(normalize_for_matching(w) for w in """
    مسؤولين مسؤولون المسؤولين المسؤولون مسؤولي الدول دول الأعضاء أعضاء ممثلين ممثلون
""".split())
# Verbs that open a clause about an indefinite person, never part of the description (شخصا قام بسرقة).
_CLAUSE_VERBS = frozenset(normalize_for_matching(w) for w in """قام قامت أقدم أقدمت حاول حاولت كان كانت قتل قتلت
                                                              أصيب أصيبت""".split())
_MUNICIPAL = normalize_for_matching("البلدية")
# "وجهات النظر" (points of view): a noun, not the conjunction and the head "جهات".
_VIEWS = (normalize_for_matching("وجهات"), normalize_for_matching("النظر"))
# Pronouns written on a word's end (غالبيتهم, بينهم, قواتها).
_PRONOUN_SUFFIXES = ("هم", "هما", "هن")
# The verbal noun of the third form, definite and folded (المصادقة, الموافقة, المطالبة).
_VERBAL_NOUN_III = re.compile(r"الم.ا..ه")
_ON = normalize_for_matching("على")
# Nouns shaped like adjectives that govern a definite word (وزراء خارجية الخليج).
_MINISTRIES = frozenset(normalize_for_matching(w) for w in "خارجية داخلية مالية".split())


# What parties sign, send or issue, which is never part of one (ووقع … مع نظيره الفرنسي مذكرة تفاهم).
_DOCUMENTS = frozenset(normalize_for_matching(w) for w in "مذكرة اتفاق اتفاقية بيان رسالة برقية معاهدة".split())


# Peoples in their broken plural, adjectives of a group (المسؤولون الأتراك, المقاتلون الأكراد), and الأعضاء
# (الدول الأعضاء).
_PEOPLES = frozenset(normalize_for_matching(w) for w in """
    الأتراك الأكراد العرب الأفغان الروس الأمريكان الأميركان الأجانب الألمان الإنجليز الفرس الصرب الشيشان
    الأعضاء
""".split())


# Bodies whose name may go on with what they are for (اللجنة العليا للإغاثة); not الجهات, whose ل tells
# the purpose of an act (استنفرت الجهات الأمنية للبحث).
_NAMED_BODIES = frozenset(normalize_for_matching(w) for w in """
    هيئة الهيئة وكالة الوكالة لجنة اللجنة مجلس المجلس المنظمة منظمة الأمانة أمانة الشركة شركة
""".split())


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
        not following.startswith(("و", "ل", "ب")) and following not in _STOP  # "لهيئة كبار العلماء"


def _indefinite_with_li(word: str) -> bool:
    """An indefinite noun with ل on it (لرابطة, not للإغاثة), whose genitive the next definite word is
    (الأمانة العامة لرابطة العالم الإسلامي)."""
    return word.startswith("ل") and not word.startswith("لل") and len(word) > 3


def _ends_group(word: str, previous: str, head: str) -> bool:
    """Whether ``word`` cannot go on a group description: a word of time (الحكومة البحرينية الجمعة) or of an
    attack's objects (طائرات روسية مقرات), another head after a definite word (والدول الغربية المتمردين: a
    second group), a definite word after an indefinite adjective (طائرات حربية الجماعة: the object), or an
    indefinite accusative after a head that is not one itself (طائرات حربية تركية أهدافا: the object)."""
    if word in TIME_WORDS or word in SITES or word in _DOCUMENTS:
        return True
    if word in ACTS_DONE and bare_word(previous).startswith("ال"):
        return True  # "دان المجلس العملية": the act condemned, after a complete definite phrase
    if word in _HEADS and word.startswith("ال") and bare_word(previous).startswith("ال") and word != _MUNICIPAL and \
            not (word.endswith(("ين", "ون")) and previous.endswith(word[-2:])):
        return True  # (but a plural agreeing with the plural before it is its adjective: المستوطنين المتطرفين)
    if word.startswith("ال") and not previous.startswith("ال") and bare_word(previous) != head and \
            previous.endswith(_NISBA) and previous not in _MINISTRIES:
        return True  # "طائرات حربية عربية الجماعة": an indefinite adjective takes no definite word after it
    return word.endswith("ا") and not word.startswith("ال") and len(word) >= 4 and not head.endswith("ا")


def _governs_on(folded: list[str], index: int) -> bool:
    """Whether the word at ``index`` is a verbal noun of the third form with its "على" (سلطات الاحتلال المصادقة
    على …: what was done, not an adjective; the same letters without "على" may be one: الحكومة المحافظة)."""
    return bool(_VERBAL_NOUN_III.fullmatch(folded[index])) and index + 1 < len(folded) and \
        folded[index + 1] == _ON


def _body_after(text: str, tokens: list[Token], folded: list[str], index: int, mention_at: dict[int, int],
                mentions: list) -> int | None:
    """The last word of the body a group belongs to, named at ``index`` after في (في وزارة الخارجية
    الأمريكية) or with ب on its name (بالاتحاد الأوروبي): an organisation's mention, or after في a body's
    head and the definite words after it; None when no body is named there."""
    word = folded[index]
    if word == _IN and index + 1 < len(tokens) and not punctuation_between(text, tokens[index].end,
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
    if index >= len(tokens) or punctuation_between(text, tokens[index - 1].end, tokens[index].start):
        return None
    found = mention_at.get(tokens[index].start)
    return found if found is not None and mentions[found].type == "PER" else None


@lru_cache(maxsize=100_000)
def bare_word(word: str) -> str:
    """A folded word without a leading conjunction or attached preposition (وحضت → حضت is not wanted here)."""
    for prefix in ("وب", "ول", "فب", "و", "ف", "ب", "ل"):
        if word.startswith(prefix) and word[len(prefix):] in _HEADS:
            return word[len(prefix):]
    return word


def token_at(tokens: list[Token], offset: int, from_index: int) -> int:
    index = from_index
    while index + 1 < len(tokens) and tokens[index + 1].start <= offset:
        index += 1
    return index


def punctuation_between(text: str, start: int, end: int) -> bool:
    return any(char in "،,.:;؛!?؟\"«»()\n" for char in text[start:end])
