"""Who can act in an article: named mentions (with the titles before them), lone titles, group descriptions.

Actors are found once per article. A title that introduces a name joins it
(``وزير الخارجية الأميركي مايك بومبيو`` is one actor standing on the mention
``مايك بومبيو``); a title standing alone (``الوزير الأميركي``) stands for the
person the article gave a compatible title; a group keeps its description
(``الدول العشر``, ``المشاركون في المحادثات``, ``مفاوضين عن حركة طالبان``) and,
when it ends in a name, stands on that name's mention; a person described rather than named
(``رجلا يدعى …``, ``مواطنين``) may be an event's target, never its source. Each actor records the
preposition in front of it (``مع``, ``في``, an attached ``ب``), which decides
whether it is an actor of an event or its place. Group descriptions are read in ``groups.py``; an act
told by a country's adjective (``العدوان الإسرائيلي``) gives an actor named as the country.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from ..arabic.normalize import normalize_for_matching
from ..arabic.tokens import Token
from ..entities.local import local_clusters
from ..entities.offices import country_names, country_of_adjective
from ..entities.roles import compatible, role_key
from ..nlp.titles import is_title_head
from .group_words import BODY_HEADS, EACH_OF, OF, OFFICE_HEADS
from .groups import balanced, bare_word, find_groups, punctuation_between, strip_phrase
from .model import EventActor

# Descriptors between a preposition and a name (مع حركة "طالبان").
_DESCRIPTORS = frozenset(normalize_for_matching(w) for w in "حركة تنظيم جماعة حزب ميليشيا مليشيا".split())
# Descriptors an organisation's quoted name may follow (منظمة "هيومن رايتس ووتش"): they belong to the
# actor, and never are one alone.
_NAMING_DESCRIPTORS = _DESCRIPTORS | frozenset(normalize_for_matching(w) for w in "منظمة هيئة جمعية".split())
# Acts a country's adjective may tell the author of (العدوان الإسرائيلي): definite, folded.
_ADJECTIVE_ACTS = frozenset(normalize_for_matching(w) for w in """
    العدوان الهجوم الهجمات القصف الغارات الغارة الاعتداء الاعتداءات الاحتلال الانتهاكات الجرائم التدخل التصعيد
    الحصار الممارسات العمليات الضربات التوغل الاقتحام الاقتحامات المشروع الخطة السياسة السياسات الأنشطة
""".split())
# "التابع لـ": whose a unit or a body is.
_BELONGING = frozenset(normalize_for_matching(w) for w in """التابع التابعة التابعين التابعون الموالية موالية
                                                     الموالي موالي الموالين موالين الموالون موالون""".split())
# Offices whose holder, named after them, owns the group they end (قوات الرئيس … علي عبدالله صالح).
_HELD_OFFICES = frozenset(normalize_for_matching(w) for w in "الرئيس رئيس الملك ملك الأمير أمير السلطان".split())
_NEVER_ACTORS = frozenset(normalize_for_matching(w) for w in ("الله", "لله", "بالله"))
# Heads of bodies named by a common noun, whose adjective may follow the name (نقابة الصحفيين اليمنيين).
_BODY_NAME_HEADS = BODY_HEADS | frozenset(normalize_for_matching(w) for w in """
    نقابة النقابة مجمع المجمع كلية الكلية جامعة الجامعة اتحاد الاتحاد رابطة الرابطة جمعية الجمعية مركز المركز
    معهد المعهد مؤسسة المؤسسة غرفة الغرفة إدارة الإدارة مديرية المديرية ديوان الديوان حزب الحزب
""".split())
# Words shaped like an adjective of relation that do not describe the name before them.
_NOT_ADJECTIVES = frozenset(normalize_for_matching(w) for w in "الذي التي الماضي الحالي الجاري الثاني الأولى".split())
# Words that may stand between a place word and the preposition in front of it (في العاصمة القطرية الدوحة).
_PLACE_WORDS = frozenset(normalize_for_matching(w) for w in """
    العاصمة عاصمة مدينة المدينة بلدة قرية منطقة المنطقة ولاية محافظة إقليم قاعدة وسط شمال جنوب شرق غرب
    شمالي جنوبي شرقي غربي مبنى مقر ميناء مطار سلطنة مملكة المملكة إمارة جمهورية دولة ريف
""".split())
# Attached prepositions written apart with a tatweel before a quoted name (لـ«الشرق الأوسط»), folded.
CLITICS_APART = frozenset({"ل", "ب", "ك"})
PREPOSITIONS = frozenset(normalize_for_matching(w) for w in """
    في على إلى الى مع عن من منذ خلال بين لدى عند قرب نحو داخل خارج حول ضد بشأن تجاه أمام
    برفقة بصحبة بمعية رفقة صحبة
""".split())


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
            start = title.start + _preposition_on(text, title.start)
            found.append(EventActor(strip_phrase(text[start:mention.end]), fullest[person], start, mention.end,
                                    "name", person, mention.type))
        elif title.person_start is None:
            following = _first_token(tokens, title.end)
            if following is not None and tokens[following].text.isdigit():
                continue  # "اللواء 35": a unit, found as a group, not an officer
            overlapping = [i for i, m in enumerate(mentions) if m.start < title.end and m.end > title.start]
            absorbed |= set(overlapping)
            end = max([title.end] + [mentions[i].end for i in overlapping])
            holder = _holder(title.text, title.start, named_titles, by_start, cluster_of)
            found.append(EventActor(strip_phrase(text[title.start:end]), fullest[holder] if holder is not None else
                                    strip_phrase(text[title.start:end]), title.start, end, "title", holder,
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
            phrase = strip_phrase(phrase)
        if phrase[:1] == "و" and normalize_for_matching(phrase.split()[0][1:]) == \
                normalize_for_matching(mention.name.split()[0]):
            phrase, start = phrase[1:], text.index(phrase, start) + 1  # "وبوتين" → "بوتين": not the name's
        end = _adjective_after(text, tokens, folded, mention, mentions) if mention.type == "ORG" else mention.end
        phrase += text[mention.end:end]
        found.append(EventActor(balanced(phrase), fullest[index], start, end, "name", index, mention.type))
    for group in find_groups(text, tokens, folded, mentions, found, fullest):
        if group.kind == "group" and group.mention is None and \
                bare_word(folded[_first_token(tokens, group.start)]) in OFFICE_HEADS:
            holder = _holder(group.text, group.start, named_titles, by_start, cluster_of)
            if holder is None:
                continue  # an office nobody in the article holds is not an actor we can name
            group = EventActor(group.text, fullest[holder], group.start, group.end, "title", holder, "PER")
        found.append(group)
    found += _acts_by_adjective(tokens, folded, found)
    found.sort(key=lambda actor: actor.start)
    found = _with_owners(text, tokens, folded, found)
    found = _with_office_holders(text, tokens, folded, found)
    leads = [_lead(text, tokens, folded, actor) for actor in found]
    return ArticleActors(found, leads, cluster_of)


# The titles each honorific pronoun stands for (سموه: a prince or a sheikh; معاليه: a minister).
_STYLED = {normalize_for_matching(pronoun): frozenset(normalize_for_matching(w) for w in titles.split())
           for pronoun, titles in (("سموه", "الأمير أمير الأميرة الشيخ ولي سمو السمو"),
                                   ("سموها", "الأميرة الشيخة سمو السمو"),
                                   ("فخامته", "الرئيس رئيس فخامة"),
                                   ("معاليه", "وزير الوزير وزيرة الوزيرة معالي"))}


def honorific_holder(article: ArticleActors, actor: EventActor | None, other: EventActor | None) -> EventActor | None:
    """An honorific pronoun (``مع سموه``) named as the person it stands for: the last one named before it with a
    title of its style (``الأمير محمد بن سلمان`` for سموه), not the event's other party; the text stays as
    written."""
    if actor is None or actor.kind != "pronoun":
        return actor
    titles = _STYLED.get(normalize_for_matching(actor.text).lstrip("و"))
    if titles is None:
        return actor
    others = set() if other is None or other.mention is None else {article.cluster_of.get(other.mention)}
    for found in reversed(article.actors):
        if found.start >= actor.start or found.type != "PER" or found.mention is None or \
                article.cluster_of.get(found.mention) in others:
            continue
        if any(word in titles for word in normalize_for_matching(found.text).split()[:-1]):
            return replace(actor, name=found.name, type="PER", mention=found.mention)
    return actor


def _acts_by_adjective(tokens: list[Token], folded: list[str], found: list[EventActor]) -> list[EventActor]:
    """The country an act is told by its adjective (العدوان الإسرائيلي, بالقصف التركي, الغارات التركية, في غارة
    أمريكية): an actor written as the adjective and named as the country, who did the act."""
    adjectives = country_of_adjective()
    taken = [(a.start, a.end) for a in found]
    actors = []
    for index in range(1, len(tokens)):
        word, adjective = folded[index - 1], folded[index]
        act = word[1:] if word[:1] in ("و", "ف", "ب", "ل") and word[1:].startswith("ال") else word
        if not act.startswith("ال") and not adjective.startswith("ال"):  # "في غارة أمريكية": both indefinite
            act = "ال" + (act[1:] if act[:1] in ("و", "ف", "ب") and "ال" + act[1:] in _ADJECTIVE_ACTS else act)
            adjective = "ال" + adjective
        country = adjectives.get(adjective) or adjectives.get(adjective[:-1] if adjective.endswith("ه") else "")
        if act not in _ADJECTIVE_ACTS or country is None:
            continue
        token = tokens[index]
        if not any(s <= token.start < e for s, e in taken):
            actors.append(EventActor(token.text, country, token.start, token.end, "group", None, "LOC"))
    return actors


def _with_owners(text: str, tokens: list[Token], folded: list[str], found: list[EventActor]) -> list[EventActor]:
    """Actors that go on with whose they are (اللواء 55 التابع لميليشيات الحوثي, الهيئة … التابعة لمنظمة التعاون
    الإسلامي): the owner named after ``التابع``/``التابعة`` and ل is part of the actor, not a party of its own."""
    merged: list[EventActor] = []
    taken: set[int] = set()
    for k, actor in enumerate(found):
        if k in taken:
            continue
        owner = _owner(text, tokens, folded, found, k)
        if owner is None:
            merged.append(actor)
            continue
        taken.add(owner)
        merged.append(_extended(actor, text, found[owner].end))
    return merged


def _extended(actor: EventActor, text: str, end: int) -> EventActor:
    """An actor that goes on to ``end``; a group's name, its text, goes on with it."""
    phrase = strip_phrase(text[actor.start:end])
    return replace(actor, text=phrase, end=end, name=phrase if actor.name == actor.text else actor.name)


def _with_office_holders(text: str, tokens: list[Token], folded: list[str],
                         found: list[EventActor]) -> list[EventActor]:
    """Groups that end on an office whose holder is named right after it (قوات الرئيس المخلوع علي عبدالله صالح,
    القوات الموالية للرئيس اليمني المعزول علي صالح): the holder, past the office's definite adjectives, is part of
    the group (whose forces they are), not a party of his own."""
    merged: list[EventActor] = []
    skip: set[int] = set()
    for k, actor in enumerate(found):
        if k in skip:
            continue
        holder = _office_holder(text, tokens, folded, found, k) if actor.kind == "group" else None
        if holder is None:
            merged.append(actor)
            continue
        skip.update(j for j in range(k + 1, holder + 1) if found[j].start < found[holder].end)
        merged.append(_extended(actor, text, found[holder].end))
    return merged


def _office_holder(text: str, tokens: list[Token], folded: list[str], found: list[EventActor], k: int) -> int | None:
    """The person named after the office that ends group ``k`` (only its definite adjectives between)."""
    first, last = _first_token(tokens, found[k].start), _first_token(tokens, found[k].end - 1)
    if first is None or last is None or last == first:
        return None
    offices = [i for i in range(first + 1, last + 1) if bare_word(folded[i]).lstrip("ل") in _HELD_OFFICES or
               bare_word(folded[i]) in _HELD_OFFICES]
    if not offices:
        return None
    word = offices[-1] + 1
    while word <= last and folded[word].startswith("ال") and bare_word(folded[word]) not in _HELD_OFFICES:
        word += 1
    if word <= last:
        return None  # the office is followed inside the group by more than its adjectives
    for j in range(k + 1, len(found)):
        person = found[j]
        start = _first_token(tokens, person.start)
        # (a lone title counts when it begins on the office itself: قوات الرئيس المخلوع)
        named = person.type == "PER" and person.kind in ("name", "title") or \
            person.kind == "title" and start is not None and start <= offices[-1]
        if not named:
            if person.start < found[k].end:
                continue
            return None
        if start is None or punctuation_between(text, tokens[offices[-1]].end, person.start):
            return None
        between = folded[last + 1:start] if start > last else []
        if start <= offices[-1] + 1 or all(w.startswith("ال") for w in between) and len(between) <= 3:
            return j
        return None
    return None


def _owner(text: str, tokens: list[Token], folded: list[str], found: list[EventActor], k: int) -> int | None:
    """The actor named right after ``التابع لـ`` that follows (or ends) actor ``k``."""
    last = _first_token(tokens, found[k].end - 1)
    if last is None:
        return None
    word = last if folded[last] in _BELONGING else last + 1
    if word + 1 >= len(tokens) or folded[word] not in _BELONGING or not folded[word + 1].startswith("ل"):
        return None
    led = tokens[word + 1]
    if punctuation_between(text, found[k].end, led.start):
        return None
    return next((j for j in range(k + 1, len(found)) if led.start <= found[j].start < led.end), None)


@lru_cache(maxsize=1)
def _folded_countries() -> frozenset[str]:
    return frozenset(normalize_for_matching(name) for name in country_names())


def _adjective_after(text: str, tokens: list[Token], folded: list[str], mention, mentions: list) -> int:
    """Where an organisation's actor ends: past the adjective right after the name, which the entity model
    left out (``الهيئة العامة للشباب والرياضة`` الكويتية, ``مجمع الفقه الإسلامي`` الدولي, ``كلية الملك فهد``
    الأمنية; a plural one after a plural, ``نقابة الصحفيين`` اليمنيين), or at the name."""
    following = _first_token(tokens, mention.end)
    if following is None or punctuation_between(text, mention.end, tokens[following].start):
        return mention.end
    if bare_word(normalize_for_matching(mention.surface.split()[0])) not in _BODY_NAME_HEADS:
        return mention.end  # "هجمات بوكو حرام الانتحارية": after a proper name the adjective is another noun's
    token, word = tokens[following], folded[following]
    if any(m.start <= token.start < m.end for m in mentions) or word in _NOT_ADJECTIVES or \
            not word.startswith("ال") or word in _folded_countries():
        return mention.end  # "اتهم حزب الله السعودية": a name of its own
    last = normalize_for_matching(mention.surface.split()[-1])
    if word.endswith(("ي", "يه")) and len(word) >= 5 or word.endswith("يين") and last.endswith("ين"):
        return token.end
    return mention.end


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


def _lead(text: str, tokens: list[Token], folded: list[str], actor: EventActor) -> str:
    """The preposition in front of an actor: attached (ب, ل, ك) or the word before it, looking back over
    place words (في العاصمة القطرية الدوحة → في)."""
    index = _first_token(tokens, actor.start)
    if index is None:
        return ""
    attached = text[tokens[index].start:actor.start].lstrip("وف")
    if attached in ("ب", "ل", "ك"):
        return attached  # "برئيس الاتحاد": the actor starts after the preposition on its word
    word = folded[index]
    body = word[1:] if word.startswith(("و", "ف")) and len(word) > 4 else word
    if body[:1] in ("ب", "ل", "ك") and (body[1:].startswith("ال") or body.startswith("لل")):
        return body[0]
    if actor.kind in ("group", "pronoun", "described") and body[:1] in ("ب", "ل") and bare_word(word) != word:
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
    if back >= 1 and folded[back] == OF and bare_word(folded[back - 1]) in EACH_OF:
        return ""  # "استقبل كلا من محافظ صنعاء": "each of" leads the object itself
    while back >= 0 and steps < 3:
        if punctuation_between(text.replace('"', " ").replace("«", " "), tokens[back].end, tokens[back + 1].start):
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


def _preposition_on(text: str, start: int) -> int:
    """The length of a preposition written on a title's first word (برئيس, لوزير, وبسفير), or 0: the title
    finder's own head words decide, as they found the title."""
    word = text[start:].split(maxsplit=1)[0] if text[start:].strip() else ""
    for prefix in ("وب", "ول", "ب", "ل"):
        if word.startswith(prefix) and is_title_head(normalize_for_matching(word[len(prefix):])):
            return len(prefix)
    return 0


def _first_token(tokens: list[Token], offset: int) -> int | None:
    low, high = 0, len(tokens)
    while low < high:
        middle = (low + high) // 2
        if tokens[middle].end <= offset:
            low = middle + 1
        else:
            high = middle
    return low if low < len(tokens) else None
