"""Events in one article: a trigger, who did it to whom, where, when, in what mode, and the sentence.

A pure function of the article's text, its entity mentions and titles, and its
date, so it runs inside ``pipeline.process``. Precision comes first: a trigger
counts only with the actors or place its kind needs, outside quotations (what
a speaker says happened is their opinion until the article reports it), and
not in background (a relative clause, a pluperfect ``وكان … قد``, a year before
the article's). The same event told twice in an article is one record.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from ..arabic.normalize import matching_words, normalize_for_matching
from ..arabic.relative_dates import resolve
from ..arabic.sentences import sentences
from ..arabic.tokens import tokenize
from ..entities.offices import country_of_adjective
from ..nlp.titles import is_title_head
from . import cues
from .actors import PREPOSITIONS as _PREPOSITIONS
from .actors import find_actors, honorific_holder
from .authors import author_by_adjective, claimed_by, condemned_by_adjective
from .confidence import keep_confident
from .cues import SITES_NAMED
from .dedup import actor_identity, merge_duplicates
from .group_words import BODY_HEADS, COUNTRY_PRONOUNS, DELEGATION_HEADS, FORCES, GROUP_HEADS
from .groups import bare_word
from .history import PLUPERFECT as _PLUPERFECT
from .history import BackgroundChecks
from .lexicon import ONE_SIDED, Form, Match, read_token
from .model import Event, EventActor
from .modes import FUTURE, mode_of
from .nonevents import frames_another_report, is_sport_article, meets_alone
from .objects import (
    a_person,
    bare_verb,
    deployed,
    forces,
    holder_named,
    incomplete,
    leaving_party,
    names_a_thing,
    points_back,
    repelling_party,
    struck_party,
    victims,
    victims_of_result,
)
from .precision import misread_actors, own_genitive
from .readings import (
    accident,
    agreed_content,
    arrests,
    charged_act,
    opens_clause,
    proposed_content,
    vows_force,
    walks_out,
)
from .roles import READINESS, has_clause_break
from .sentence import TO
from .statements import speakers

_CONVENE = matching_words("اجتماع اجتماعا لقاء قمة محادثات مباحثات جلسة")
# An invitation to come or to visit (دعا نظيره لزيارة باريس, للمجيء إلى): a meeting to come, not a demand.
_VISIT = matching_words("زيارة الزيارة زيارتها زيارته المجيء مجيء القدوم قدوم")
# Modes of what has already happened: a day or month without a year lies before the article.
_PAST_MODES = ("happened", "negated", "claimed")
# Heads of a second subject joined by و (حشدت قوات التحالف وقيادة الجيش): bodies, forces, groups, commands.
_CO_HEADS = BODY_HEADS | FORCES | GROUP_HEADS | matching_words("قيادة القيادة ميليشيات مليشيات")
# What must or should be done, or only may be, is no act (يتعين أن تتعاون الدولتان, احتمال أن تقصف,
# إمكانية التعاون).
_OBLIGATION = matching_words("""يتعين يجب ينبغي يتوجب لابد ضرورة بضرورة احتمال احتمالات باحتمال إمكانية امكانية
                             بإمكانية بامكانية""")
_ANY = matching_words("أي اي لأي بأي")
# Whom a promise is for (تعهد بتقديم الخطة إلى ماكين).
_PROMISED_TO = matching_words("إلى ل")
# Honorifics a person's first name follows (الشيخ طلب الجميلي, الشيخ نصر): that name is no verb.
_NAME_TITLES = matching_words("الشيخ الأمير السيد الحاج المهندس الأستاذ")
_PROMPTED = matching_words("ما مما")
# An attempt, a habit or a repeated stance is not one event (بمحاولة تفجير, أشادت مرارا, ولطالما اتهمت).
_NOT_ONE_ACT = matching_words("""محاولة بمحاولة لمحاولة محاولات مرارا دائما عادة دورية دوري دوريا منتظمة منتظم بانتظام
                             سنويا طالما لطالما وطالما ولطالما""")
# Once (ذات مرة): some time ago, recalled.
_ONCE, _TIMES = matching_words("ذات"), matching_words("مرة يوم")
# Acts done to someone by their nature (accusing, rejecting, threatening), and acts done with someone
# (meeting, agreeing, working with) unless several parties do them together (الطرفان, وزراء الدفاع
# يجتمعون) or one travels to a place (a visit): reported without the other party, they were misread more
# often than not (in the judged samples, 1 of 31 right, against 11 of 25 condemnations and pledges).
_DIRECTED = frozenset({"ACCUSE", "REJECT", "THREATEN"})
_MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_NOT = normalize_for_matching("لا")
# Clashes, which are between parties: the trigger word's lemma.
_CLASHES = normalize_for_matching("اشتباكات")
_MAY = normalize_for_matching("قد")
_ELECTIONS = matching_words("انتخابات الانتخابات استفتاء")
_IN, _ERA = normalize_for_matching("في"), normalize_for_matching("عهد")
# What one party does alone: condemning an act whose author is unknown (أدان التفجير), pledging (تعهد).
_ALONE = frozenset({"أدان", "دان", "ندد", "استنكر", "تعهد"})
# Words that place a telling in a time gone (آنذاك, في ذلك الوقت). "قبل سنوات" and "منذ سنوات" were tried
# too: in the judged samples they removed two wrong events and two right ones (a time told of another act).
_THEN = matching_words("آنذاك انذاك حينها حينذاك وقتها وقتذاك")
_THAT_TIME = (normalize_for_matching("ذلك"), normalize_for_matching("الوقت"))
# "منذ فترة طويلة", "منذ سنوات" after a verb in the present: a position held for long, no happening.
_LONG = matching_words("فترة فتره زمن سنوات سنين أعوام اعوام عقود عقد وقت طويلة طويله")
# A verb in the present tells a standing position, a habit or an opinion more often than an act, unless
# a time says when or it is a condemnation (تستنكر المملكة …): in the judged samples, 5 of 23 were right.
# The one happening a report may give without anyone doing it or suffering it: an explosion.
_ACTORLESS = matching_words("انفجار")
# Words telling of people killed or wounded: an attack's victims, to be its target.
_CASUALTIES = matching_words("""قتل قتلا قتلوا مقتل قتلى قتيل قتيلا قتيلين أصيب أصيبوا إصابة إصابات جرح جرحى جريح جريحا
                             استشهد استشهدوا استشهاد شهداء ضحايا ضحية مصرع مصرعهم مصرعه جثث القتلى الجرحى
                             الشهداء الضحايا المصابين مصابين المصابون مصابون مصابا حتفه حتفها حتفهم""")
# "دون تعاون", "بدون دعم": an act whose absence is supposed, no act.
_WITHOUT = matching_words("دون بدون")
# Words before a noun that frame another report (خلال لقاء) or point back at a known act (يقف وراء هجوم,
# مدبر هجوم: who is behind it, not a new one).
_FRAMES = matching_words("""خلال أثناء اثناء عقب بعد قبل بعيد قبيل إثر اثر عشية أعقاب اعقاب بسبب وراء مدبر منفذ
                         منفذي مدبري حول""")
# Sentences about sport: teams meet, play and win without any political event.
_SPORT = matching_words("""مباراة المباراة مباراته الدوري منتخب المنتخب بطولة البطولة كأس نادي النادي لاعب اللاعب
                   اللاعبين ملعب هدف الفريق فريق المدرب مدرب الحارس مواجهة مواجهات الموسم أولمبياد الأولمبياد ميدالية
                   ميداليات المصارعة""")
# "رابط الخبر بصحيفة …: <title>": an outlet's link line repeats the headline, whose event the body tells.
_LINK_LINE = "رابط الخبر"
_EMPHATIC = frozenset({"إن", "إنّ", "ان"})
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}


def extract_events(text: str, mentions: list, titles: list, published: str | None = None,
                   quotations: list | None = None, min_confidence: float | None = None) -> list[Event]:
    """The events of an article, in text order, duplicates merged, each with its confidence; those under
    ``min_confidence`` (by default the ``event_min_confidence`` setting, else the shipped model's bar) are
    left out. ``quotations`` (the quotation finder's) give the speakers whose acts a participle chains on
    (``، مطالبا``)."""
    tokens = tokenize(text)
    if not tokens:
        return []
    folded = [normalize_for_matching(token.text) for token in tokens]
    readings = [read_token(word) for word in folded]
    if not any(readings):
        return []
    if is_sport_article(folded):
        return []  # matches and transfers: teams meet, reject offers and attack without political events
    anchor = _date(published)
    actors = find_actors(text, tokens, folded, mentions, titles)
    statements = speakers(quotations or [], actors)
    quoted = _quoted_spans(text)
    ends = [token.end for token in tokens]
    found: list[Event] = []
    token_index = 0
    previous = None
    for sentence in sentences(text):
        before, previous = previous, sentence
        first = token_index
        while token_index < len(tokens) and tokens[token_index].start < sentence.end:
            token_index += 1
        if not any(readings[first:token_index]) or sentence.text.lstrip().startswith(_LINK_LINE):
            continue
        context = _Sentence(text, sentence, tokens, folded, first, token_index, actors, anchor, ends)
        context.speakers = statements
        if before is not None and "\n" not in text[before.end:sentence.start]:
            context.told_before = before.text  # the sentence before, in the same paragraph
        for position in range(first, token_index):
            if not readings[position] or _inside(quoted, tokens[position].start):
                continue
            for match in readings[position]:
                event = context.event(position, match)
                if event is not None:
                    found.append(event)
                    break
    return keep_confident(merge_duplicates(found, actors.cluster_of), text, bar=min_confidence)


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
        elif opened is None and text.startswith("``", index):
            opened = ("'", index)  # ``…'': quotation marks of pre-tokenised text
        elif opened is not None and char == opened[0]:
            spans.append((opened[1], index))
            opened = None
    return spans


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start < offset < end for start, end in spans)


def _told_as_then(words: list[str]) -> bool:
    """Whether words around a trigger place it in a time gone: ``آنذاك``, ``حينها``, ``في ذلك الوقت``."""
    return any(word in _THEN for word in words) or any((a, b) == _THAT_TIME for a, b in zip(words, words[1:]))


class _Sentence(BackgroundChecks):
    """One sentence, and the rules that turn a trigger there into an event."""

    told_before = ""  # the sentence before it in its paragraph

    def _object_next(self, position: int, source: list[int] | None, target: int) -> bool:
        """Whether ``target`` is the trigger's object, or the owner of that object (رفضت إثيوبيا مقترح
        السودان): right after the trigger (or after its source when that follows the trigger), or with one
        word and no preposition between."""
        end = self.tokens[position].end
        if source is not None and self.actors.actors[source[-1]].start > end:
            end = self.actors.actors[source[-1]].end
        between = self.text[end:self.actors.actors[target].start].split()
        return not between or len(between) == 1 and not self.lead(target) and not has_clause_break(between[0])

    def _promised_before(self, position: int, target: int) -> bool:
        """Whether what a pledge promises, led by ب (بتشكيل, بأن), stands between the trigger and ``target``,
        which is then part of the promise unless it is whom the promise is for (بتقديم الخطة إلى ماكين)."""
        if self.lead(target) in _PROMISED_TO:
            return False
        first = self.word_of(self.actors.actors[target].start)
        return any(word.lstrip("وف").startswith("ب") and len(word) > 3 for word in self.folded[position + 1:first])

    def event(self, position: int, match: Match) -> Event | None:
        trigger = match.form.trigger
        before = self.folded[max(self.first, position - 3):position]
        if match.form.tense in ("past", "present") and not match.prefix and before and before[-1] in _PREPOSITIONS:
            match = Match(Form(trigger, "masdar"), match.prefix)  # "في حشد": after a preposition, a verbal noun
        if before and before[-1] in cues.RELATIVES:
            return None  # background: "تنظيم داعش الذي قتل"
        if any(word in _PLUPERFECT for word in before) and not any(w in READINESS for w in before):
            return None  # background: "وكانت أميركا وقعت"
        if self._pluperfect_clause(position):
            return None  # background: "وكان زعيم الحزب المعارض في البرلمان دعا"
        if self._recalled(position):
            return None  # background: "وسبق أن انتقدت إيران", "سبق له أن زار"
        if any(word in _OBLIGATION for word in self.folded[max(self.first, position - 5):position]):
            return None  # "يتعين أن تتعاون", "يجب على الوزير أيضا حث", "احتمال أن تقصف": what should or may be
        if before and before[-1] in _NAME_TITLES and not match.prefix and match.form.tense == "past":
            return None  # "الشيخ طلب الجميلي": after an honorific comes a name, which may look like a verb
        if trigger.lemma == "دعا" and before and before[-1] in _PROMPTED:
            return None  # "ما دعا السلطات إلى": which led them to, no request
        wider = self.folded[max(self.first, position - 8):position]
        if "قد" in wider and any(word in _PLUPERFECT for word in wider[:wider.index("قد")]):
            return None  # background: "وكان طيران التحالف قد نفذ 44 غارة"
        near = self.folded[max(self.first, position - 2):min(self.stop, position + 4)]
        wide = self.folded[max(self.first, position - 2):min(self.stop, position + 7)]
        if any(word in _NOT_ONE_ACT for word in near) or \
                any(a in _ONCE and b in _TIMES for a, b in zip(wide, wide[1:])):
            return None  # "تعهد أوباما نفسه ذات مرة": once, some time ago
        around = self.folded[max(self.first, position - 6):min(self.stop, position + 8)]
        if any(a == _IN and b == _ERA for a, b in zip(around, around[1:])):
            return None  # "ووقعت القاهرة والخرطوم معاهدة في عهد الملك": in a past era, background
        if _told_as_then(around):
            return None  # "في ذلك الوقت اتهم القذافي": a time gone, background
        if trigger.needs and not self._needs(position, trigger.needs, trigger.window):
            return None
        noun = match.form.tense in ("noun", "masdar")
        if noun and not match.prefix and opens_clause(self, position) and \
                any(other.form.tense == "past" for other in read_token(self.folded[position])):
            return None  # "قصف الطيران المروحي … على مناطق": a clause's first word is its verb, not a noun
        if match.form.tense == "past" and position > self.first and \
                self.tokens[position - 1].text.replace("\u0651", "") in _EMPHATIC:
            return None  # "إن رفض": after إنّ comes a noun, the verbal noun of another act
        if any(word in _SPORT for word in self.folded[self.first:self.stop]):
            return None
        if trigger.type == "RETREAT" and walks_out(self, position):
            return None  # "انسحبا من الاجتماع": walking out of a meeting, no forces withdrawn
        if trigger.lemma in _ACTORLESS and accident(self):
            return None  # "انفجار بمحطة وقود": an accident, no attack
        if before and before[-1] in _WITHOUT:
            return None  # "سيكون مستحيلا دون تعاون": a supposition, not a report
        if noun and agreed_content(self, position):
            return None  # "اتفاق على تبادل الأسرى وسحب القوات": what was agreed, not done
        if noun and charged_act(self, position):
            return None  # "اتهمت المعارضة الجيش بحشد قوات": what someone is accused of, not a report of it
        if proposed_content(self, position):
            return None  # "رفضت اقتراحا بأن تتعهد أنقرة": what was proposed, not done
        if noun and before and before[-1] in _FRAMES and "عشية" not in before:
            return None  # "خلال لقاء", "في أعقاب هجوم": the frame of another report
        following = self.folded[position + 1] if position + 1 < self.stop else ""
        if following in trigger.blocked_by:
            return None
        if match.form.tense == "participle" and before and before[-1] in _PREPOSITIONS:
            return None  # "سترد على منتقدين": after a preposition, the participle is a noun (critics)
        if noun and match.purpose and not any(word in READINESS for word in before):
            return None  # "لبحث": the purpose of another act, told by that act
        if match.form.tense == "noun" and match.definite and not match.purpose and not trigger.lemma.startswith("ال"):
            return None  # "الاجتماع", "الهجوم", "الهدنة": a reference back, not a new report
        if noun and match.prefix.lstrip("وف").startswith("ب") and trigger.type in ("CONSULT", "COOPERATE"):
            return None  # "بالتعاون مع": the manner of another act
        if trigger.past_only and match.form.tense != "past":
            return None
        if trigger.lemma == "دعا" and self._calls_elections(position):
            return None  # "دعا إلى انتخابات مبكرة": calling elections, a decision, asks no one
        if match.form.tense == "present" and before and before[-1] == _MAY:
            return None  # "قد يتعاون": what may happen, no happening
        if trigger.lemma == "دعا" and (self._convenes(position) or self._invites(position)):
            trigger = replace(trigger, type="CONSULT")  # "دعا إلى اجتماع", "دعا نظيره لزيارة باريس": a meeting
        if trigger.lemma == "تعهد" and vows_force(self, position):
            trigger = replace(trigger, type="THREATEN")  # "تعهد بالانتقام من تنظيم داعش": force vowed
        if trigger.type == "ASSAULT" and arrests(self, position):
            trigger = replace(trigger, type="COERCE")  # "شنت القوات حملة اعتقالات": arrests, not an attack
        if frames_another_report(self, position):
            return None
        source, target = self.roles(position, match)
        one_sided = trigger.type not in _MUTUAL or trigger.lemma in ONE_SIDED
        if source is not None and target is not None and one_sided and not trigger.partner and \
                self._co_subject(source[-1], target):
            source, target = [*source, *self._coordinated(target)], None  # "حشدت قوات التحالف وقيادة الجيش":
            # both mustered
        if target is not None and trigger.lemma in ONE_SIDED and self._promised_before(position, target):
            target = None  # "تعهد الرئيس بتشكيل البرلمان": part of what is promised, not the one promised
        if match.form.tense == "participle" and match.form.plural and source is not None and len(source) == 1 and \
                self.actors.actors[source[0]].type == "PER":
            return None  # "أشار كل من فلان وفلان …، مطالبين": several speakers, of whom one was found
        if source is not None and len(source) == 1 and incomplete(self, source[0]):
            source = None  # "إن مسؤولين ألقوا القبض": officials of whom, unsaid
        if target is not None and trigger.type in ("ASSAULT", "RETREAT") and self.actors.actors[target].type == "LOC":
            target = None  # "سيطرت المقاومة على … تعز", "انسحبت من البلدة": a town is where it was, not whom
        if target is not None and trigger.type == "MOBILIZE" and forces(self, target):
            target = None  # "لن ترسل بلاده قوات": the forces sent are no party
        if target is not None and self._anyone(target):
            target = None  # "لم تعتقل أي مشتبه فيه": any one at all is no party
        if target is not None and points_back(self, target):
            return None  # "ودعا الصندوق هذه الدول": whom it asked was named before, and this word names no one
        if target is not None and incomplete(self, target):
            target = None  # "ورحب الوزراء بعودة وزراء …", "على اللواء 15 ميكا": a word that says whose only after it
        if target is not None and self.actors.actors[target].type == "MISC" or names_a_thing(self, target):
            target = None  # "رحبت السعودية بالاتفاق النووي", "بإعلان القاهرة": what was welcomed is no party
        if trigger.type == "MOBILIZE" and trigger.needs and source is not None and deployed(self, position, source[0]):
            source = None  # "ونشرت القوات الخاصة داخل المدن", "عبر نشر عناصر المقاومة": the forces are what is
            # deployed; who deploys them is unsaid here
        claimed = claimed_by(self, position, match, source, target)
        if claimed is not source and claimed is not None:
            claimed = self._coordinated(claimed[0])  # "قصف عشوائي للحوثيين وقوات صالح"
        source = claimed
        if own_genitive(self, source, target):
            target = None
        if target is None and trigger.type == "REQUEST":
            target = leaving_party(self, position, source)  # "طالب بانسحاب القوات": made of those to leave
        if target is not None and trigger.type == "REJECT" and not self._object_next(position, source, target):
            target = None  # "رفضت تركيا التدخل عسكريا ضد داعش", "أي تعاون مع نظام": a party named further
            # into what was rejected is no target (in the judged samples 2 of 15 rejections were right)
        if misread_actors(self, position, match, source, target):
            return None
        if trigger.type == "ASSAULT" and (noun or trigger.lemma == "شن") and source is not None and \
                a_person(self, source[0]):
            trigger = replace(trigger, type="ACCUSE")  # "شن مارادونا هجوما على فيفا": a person attacks in words
        if trigger.type == "PROTEST" and source is not None and len(source) == 1 and a_person(self, source[0]):
            if target is None:
                return None  # "واحتج لافروف على ما اعتبره ممارسات …": one person protests in words, at someone
            trigger = replace(trigger, type="ACCUSE")  # not found here; a demonstration needs more than one
        location = self.place(position, destination=trigger.destination, exclude=(source, target))
        if trigger.destination and location is None:
            return None
        if trigger.place and location is None:
            return None
        if source is None and not (noun and trigger.place):
            return None  # only a happening told by a noun (انفجار في كابول) may have no one doing it
        if target is None and trigger.type == "ASSAULT":
            target = repelling_party(self, position, source)  # "صد الجيش هجوما للمتمردين": the army was attacked
            if target is None:
                target = struck_party(self, position, source)
            if target is None:
                target = victims(self, position, source)
            if target is None:
                target = victims_of_result(self, position, source)
        if source is None and trigger.lemma == _CLASHES:
            return None  # "قتل ثلاثة من الحراس في اشتباكات مع مهاجمين": clashes are between parties the text names
            # (in the judged samples, clashes reported with no source were right once in 5)
        if source is None and noun and trigger.type == "ASSAULT" and author_by_adjective(self, position):
            return None  # "غارة فرنسية أسفرت عن مقتل …": its author is named, by an adjective no actor gives
        if source is None and target is not None and trigger.type == "ASSAULT" and \
                self.actors.actors[target].kind == "name" and self.actors.actors[target].type != "PER":
            return None  # "غارة على مواقع لداعش", "بقصف لميليشيا الحوثي": a party struck in a war by someone
            # unsaid, whom the article names elsewhere (in the judged samples none of 11 was right)
        if source is None and target is None and (self._casualties() or trigger.lemma not in _ACTORLESS):
            return None  # "قتل أربعة أشخاص في هجوم": the dead are its victims, its target, and were not found;
            # a shelling or clashes always have parties, which were not found
        if trigger.type == "ASSAULT" and target is None and source is not None:
            return None  # "شنت طائرات التحالف غارات على القاعدة": whom an attack struck was not found, and
            # the guidelines keep its victims; in the judged samples such attacks were right 16 times in 60
        if target is None and trigger.type == "CONSULT" and trigger.destination:
            return None  # "وصل مسؤولون إلى عدن": a journey with no one it meets (right once in 9 when reported)
        if target is None and trigger.type == "CONSULT" and meets_alone(self, source, match):
            return None  # "وعقدت اللجنة اجتماعات تنسيقية": a body meeting among its own members
        # "دانت تونس القرار الفرنسي", "انتقد الموقف الروسي": whose act is condemned, the adjective says
        accused = self._accused_by_adjective(position, source) if target is None and trigger.type == "ACCUSE" else None
        if target is None and accused is None and (trigger.lemma not in _ALONE or trigger.type == "THREATEN") and (
                trigger.partner or trigger.type in _DIRECTED or
                trigger.type in _MUTUAL and not trigger.destination and not self._several(source, match)):
            return None
        time = self.time_near(position)
        ahead = time is not None and self._ahead(time)
        # "دعا إلى اجتماع": the meeting lies ahead (not a type changed for another reason: arrests, a threat)
        convened = trigger.type == "CONSULT" and trigger is not match.form.trigger
        convened = convened or noun and self._described_ahead(position)
        mode = mode_of(self.folded[self.first:self.stop], position - self.first, self.sentence.text,
                       match.future or convened, ahead)
        past = mode in _PAST_MODES
        if self._is_history(position, time, past):
            return None
        if match.form.tense == "present" and mode == "happened" and time is None and trigger.lemma not in _ALONE:
            return None  # "وتتهم مصر قطر بدعم …", "يغتال مسلحون ضباط الجيش": a standing charge, a habit
        if match.form.tense == "present" and _held_long(self.folded[position + 1:min(self.stop, position + 9)]):
            return None  # "وتدين … منذ فترة طويلة نصا في الدستور": a standing position
        if match.form.tense == "present" and time is None and position > self.first and \
                self.folded[position - 1] == _NOT:
            return None  # "بلاده لا تنسق مع روسيا": a standing position denied, no happening

        who, whom = self._actor(source), self._named_site(self._actor(self._parties(target)))
        whom = whom or accused
        who, whom = honorific_holder(self.actors, who, whom), honorific_holder(self.actors, whom, who)  # مع سموه
        if who is not None and whom is not None and \
                actor_identity(who, self.actors.cluster_of) == actor_identity(whom, self.actors.cluster_of):
            return None  # "أنه ناقش مع كيري" read with Kerry as the speaker too: one party on both sides
        date = resolve(time, self.anchor, ahead=mode == "planned", past=past) if time else None
        token = self.tokens[position]
        return Event(
            trigger.type, mode, token.text, token.start, token.end, self.sentence.start, self.sentence.end,
            who, whom, self._actor(location), date, time.text if time else None,
        )

    def _several(self, source: list[int] | None, match: Match) -> bool:
        """Whether the source is several parties: coordinated, a group (الطرفان, وفد من طالبان), or the
        subject of a plural or dual verb."""
        if source is None:
            return False
        first = self.actors.actors[source[0]]
        return len(source) > 1 or first.kind in ("group", "pronoun") or match.form.plural

    def _parties(self, target: int | None) -> list[int] | None:
        """The target with the named parties and groups joined to it by و (مواقع للحوثيين وقوات صالح, الجيش
        الوطني والمقاومة الشعبية), up to the first that is a place, names no one or is a delegation (والوفد
        المرافق له), or with its holder named after an office (المبعوث الأممي، إسماعيل ولد الشيخ أحمد، :
        ``_coordinated`` joins them)."""
        if target is None:
            return None
        parties = [target]
        for i in self._coordinated(target)[1:]:
            found = self.actors.actors[i]
            delegation = found.kind == "group" and bare_word(normalize_for_matching(found.text).split()[0]) in \
                DELEGATION_HEADS  # (a party's own delegation, والوفد المرافق له, is no other party)
            if self.is_place(i) or found.mention is None and not self._named_body(i) and found.kind != "group" or \
                    delegation:
                break
            parties.append(i)
        return parties

    def _anyone(self, actor: int) -> bool:
        index = self.word_of(self.actors.actors[actor].start)
        return index > self.first and self.folded[index - 1] in _ANY

    def _described_ahead(self, position: int) -> bool:
        """"اجتماع كيري مع لافروف الذي سيشارك فيه …": a relative clause in the future tells a meeting to come."""
        words = self.folded[position + 1:min(self.stop, position + 9)]
        return any(a in cues.RELATIVES and FUTURE.match(b) for a, b in zip(words, words[1:]))

    def _named_site(self, actor: EventActor | None) -> EventActor | None:
        """A name right after a site's word is that site's name (معسكر المنار, مدينة الملك عبد العزيز): the
        target is the site so named, not the person or place it is named after. (A group after it is the
        site's owner: مسجد قوات الطوارئ.)"""
        if actor is None or actor.kind != "name":
            return actor
        index = self.word_of(actor.start)
        if index == self.first or self.tokens[index].start != actor.start:
            return actor
        site = self.tokens[index - 1]
        if self.folded[index - 1] not in SITES_NAMED or has_clause_break(self.text[site.end:actor.start]):
            return actor
        return EventActor(self.text[site.start:actor.end], self.text[site.start:actor.end], site.start, actor.end,
                          "described")

    def _named_body(self, actor: int) -> bool:
        """A body named by its head and what it is for (وهيئة السياحة), not by its head alone (ووفد)."""
        words = normalize_for_matching(self.actors.actors[actor].text).split()
        return len(words) >= 2 and words[0].lstrip("و") in BODY_HEADS

    def _casualties(self) -> bool:
        """Whether the sentence tells of people killed or wounded."""
        return any(word in _CASUALTIES or bare_verb(word) in _CASUALTIES for word in self.folded[self.first:self.stop])

    def _calls_for(self, position: int, nouns: frozenset[str], with_lam: bool = False) -> bool:
        """Whether one of ``nouns`` follows "إلى" (or, with ``with_lam``, an attached ل) within the call's
        next eleven words: "دعا … إلى اجتماع", "دعا إلى انتخابات"."""
        words = self.folded[position + 1:min(self.stop, position + 12)]
        return any(a == TO and b in nouns or with_lam and a.startswith("ل") and
                   (a[1:] in nouns or a.startswith("لل") and "ا" + a[1:] in nouns)
                   for a, b in zip(words, words[1:] + [""]))

    def _calls_elections(self, position: int) -> bool:
        return self._calls_for(position, _ELECTIONS)

    def _convenes(self, position: int) -> bool:
        """"دعا … إلى اجتماع": the call is for a meeting."""
        return self._calls_for(position, _CONVENE, with_lam=True)

    def _co_subject(self, source: int, target: int) -> bool:
        """Whether the target stands right after the source, joined to it by و alone or by و on one word
        (حشدت قوات التحالف وقيادة الجيش الوطني): a second party doing the act, not the one it is done to."""
        first, second = self.actors.actors[source], self.actors.actors[target]
        between = self.text[first.end:second.start].split()
        if second.start < first.end or self.lead(target) or len(between) != 1:
            return False
        word = normalize_for_matching(between[0])
        # "و" alone, or on a definite word or a body's head (والمخلوع, وقيادة); not a word of its own (وقوف).
        return word == "و" or word.startswith("وال") and len(word) >= 6 or \
            word[:1] == "و" and bare_word(word[1:]) in _CO_HEADS

    def _invites(self, position: int) -> bool:
        """"دعا نظيره لزيارة باريس", "للمجيء إلى": the call is an invitation to come."""
        return self._calls_for(position, _VISIT, with_lam=True)

    def _needs(self, position: int, needs: tuple[str, ...], window: int) -> bool:
        for word in self._words_past_apposition(position, window):
            for prefix in ("", "و", "ب", "ل", "ال", "بال", "لل", "وال", "ف"):
                if word.startswith(prefix) and word[len(prefix):].startswith(needs):
                    return True
        return False

    def _words_past_apposition(self, position: int, window: int) -> list[str]:
        """The ``window`` folded words after a trigger, not counting an apposition between commas that opens
        within four words of it with a title (``عقد لازاريني، المفوض العام …، اجتماعات``: the subject's
        description)."""
        plain = self.folded[position + 1:min(self.stop, position + 1 + window)]
        commas = [index for index in range(position + 1, min(self.stop, position + 22))
                  if any(mark in self.text[self.tokens[index - 1].end:self.tokens[index].start] for mark in "،,")]
        opening = self.folded[commas[0]] if commas else ""
        if len(commas) < 2 or commas[0] - position > 4 or not (
                is_title_head(opening) or opening.endswith("ه") and is_title_head(opening[:-1])):  # الممثلة
            return plain
        return [*self.folded[position + 1:commas[0]], *self.folded[commas[1]:self.stop]][:window]

    def _actor(self, found: list[int] | int | None) -> EventActor | None:
        if found is None:
            return None
        if isinstance(found, int):
            return self._country_of_speaker(self.actors.actors[found])
        first, last = self.actors.actors[found[0]], self.actors.actors[found[-1]]
        if len(found) == 1:
            return self._country_of_speaker(first)
        phrase = self.text[first.start:last.end]
        if len(found) == 2 and first.mention is None and holder_named(self, first, last):
            return EventActor(phrase, last.name, first.start, last.end, last.kind, last.mention, last.type)
        return EventActor(phrase, first.name, first.start, last.end, first.kind, first.mention, first.type)

    def _accused_by_adjective(self, position: int, source: list[int] | None) -> EventActor | None:
        """The country whose act a condemnation names by its adjective, as written, linked to the article's
        mention of the country where there is one."""
        found = condemned_by_adjective(self, position, source)
        if found is None:
            return None
        index, country = found
        token = self.tokens[index]
        return EventActor(token.text, country, token.start, token.end, "name", self._mention_of_country(country),
                          "LOC")

    def _mention_of_country(self, country: str) -> int | None:
        """The article's mention of a country, by its name as the news writes it."""
        folded = normalize_for_matching(country)
        return next((other.mention for other in self.actors.actors if other.mention is not None and
                     other.type == "LOC" and normalize_for_matching(other.name) == folded), None)

    def _country_of_speaker(self, actor: EventActor) -> EventActor:
        """A country told by its pronoun (``بلاده``, his country) named as the country of the one who says it, when
        the speaker's description gives it (``قال وزير الخارجية الفرنسي … إن بلاده``: France); the text stays as
        written."""
        if actor.kind != "pronoun" or normalize_for_matching(actor.text).lstrip("و") not in COUNTRY_PRONOUNS:
            return actor
        speaker = self.speaker_at(actor.start)
        if speaker is None:
            return actor
        adjectives = country_of_adjective()
        for word in normalize_for_matching(self.actors.actors[speaker].text).split():
            country = adjectives.get(word) or adjectives.get("ال" + word)
            if country is not None:  # linked where the article names it
                return replace(actor, name=country, type="LOC", mention=self._mention_of_country(country))
        return actor


def _held_long(after: list[str]) -> bool:
    """Whether منذ and a long stretch of time (فترة طويلة, سنوات) are among the words after a trigger."""
    return any(word == cues.SINCE and after[k + 1:k + 2] and after[k + 1] in _LONG for k, word in enumerate(after))
