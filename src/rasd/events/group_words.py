"""The words group descriptions are made of: the heads a description begins with (bodies, groups,
people described, offices, counts), and the words that let it go on or end it (adjective endings, stop
words, peoples, bodies named with what they are for). ``groups.find_groups`` reads them.
"""

from __future__ import annotations

import re

from ..arabic.normalize import normalize_for_matching
from ..nlp.titles import ACTING as TITLE_ACTING
from .cues import SITES

# Bodies that act (وزارة التعليم, الجهات المعنية, اللجنة التنفيذية): ANERcorp, which rasd's names follow,
# leaves ministries and the like untagged, so they are found here. After an attached ب such a word
# is where something happens (بالوزارة), not a party.
BODY_HEADS = frozenset(normalize_for_matching(w) for w in """
    وزارة الوزارة هيئة الهيئة وكالة الوكالة لجنة اللجنة مجلس المجلس الجهات جهات المحكمة محكمة
    المنظمة منظمة البنك الصندوق الشركة شركة السفارة سفارة أمانة الأمانة أمانات بلدية البلدية برلمان كنيست
    الكنيست
""".split())
# Armed forces a country's adjective may name (مقاتلات تركية, القوات السعودية, الطيران الروسي).
FORCES = frozenset(normalize_for_matching(w) for w in """
    قوات القوات مقاتلات المقاتلات طائرات الطائرات الطيران طيران الجيش جيش البحرية مروحيات المروحيات
""".split())
# Embassies, whose city is part of what names them (السفارة السعودية بواشنطن).
EMBASSIES = frozenset(normalize_for_matching(w) for w in "السفارة سفارة".split())
# Words a group description may begin with (folded, without proclitics).
GROUP_HEADS = frozenset(normalize_for_matching(w) for w in """
    الدول دول المشاركون المشاركين المجتمعون المجتمعين الطرفان الطرفين الجانبان الجانبين الجانب كلا
    المتظاهرون المتظاهرين متظاهرون متظاهرين محتجون محتجين المحتجون المحتجين مسلحون مسلحين مجهولون مجهولين
    قوات القوات الجيش الشرطة السلطات سلطات الحكومة حكومة وفد الوفد الوفود وفود مفاوضين مفاوضون المفاوضون المفاوضين
    مسؤولون مسؤولين المسؤولون المسؤولين مسؤولي وزراء الوزراء الفرق الحلف التحالف المعارضة فصائل الفصائل المجموعة الأطراف
    الرئاسة البرلمان الناشطون ناشطون بلاده بلادها نظيره نظيرته نظراءه نظرائه أعضاء ممثلين ممثلون
    وزير الوزير وزيرة الوزيرة رئيس الرئيس أمير الأمير الملك المبعوث الأمين
    أفراد عنصران عنصرين عنصرا مقاتلات طائرات مروحيات مقاتلو مقاتلي مقاتلين عناصر مسلحو مسلحي متمردو متمردي
    متطرفين متطرفا
    متطرفون المتطرفين المتطرفون ناشطين نشطاء شخصين أشخاص
    مستوطنون مستوطنين المستوطنون المستوطنين طيران الطيران المقاومة أنصار وحدات مؤيدي مؤيدو مناصري مناصرو
    صيادين الصيادين سموه سموها فخامته معاليه النظام نظام آلاف مئات عشرات ميليشيات ميليشيا مليشيات مليشيا
    المجتمع الفرقة اللواء الكتيبة الفوج الحوثيون الحوثيين الانفصاليون الانفصاليين انفصاليون انفصاليين
    أهالي سكان أبناء سائقي عمال موظفي طلاب مؤسسات حزب أكراد شركات الشركات منظمات المنظمات نقابات النقابات
    نقابة النقابة
""".split()) | BODY_HEADS
# People described rather than named (اعتقلت الشرطة رجلا يدعى …): only ever the target of an event, as
# a verb before such a word is as often passive (اعتقل مواطن: a citizen was arrested).
DESCRIBED_HEADS = frozenset(normalize_for_matching(w) for w in """
    رجل رجلا رجلين رجال شاب شابا شابين شبان امرأة سيدة فتاة طفل طفلا طفلين أطفال مواطن مواطنا مواطنين
    مقيم مقيما مقيمين وافد وافدا وافدين سائق سائقا سائقين جان جانيا الجاني الجناة متهم متهما متهمين المتهم
    المتهمين مشتبه مشتبها المشتبه مطلوب مطلوبا مطلوبين شخص شخصا فتى الفتى فتاة الفتاة الشاب الطفل المواطن
    المواطنة الأسير مدنيين المدنيين مدنيا ناشط ناشطا صحفي صحفيا صحفيين جندي جنديا جنديان جنديين
    جنود الجنود ضابط ضابطا ضباط متمردا متمردين المتمردين الانقلابيين حوثيا حوثيين أسرى الأسرى معتقلين
    المعتقلين لاجئين اللاجئين نازحين النازحين سجناء السجناء
""".split()) - GROUP_HEADS
HEADS = GROUP_HEADS | DESCRIBED_HEADS
# Heads that name an office: the group stands for the person holding it, when the article says who.
OFFICE_HEADS = frozenset(
    normalize_for_matching(w) for w in "وزير الوزير وزيرة الوزيرة رئيس الرئيس أمير الأمير الملك المبعوث الأمين".split()
)
# Counts, which make a group only of people (عشرات المدنيين, مئات الآلاف من …; not عشرات الغارات).
COUNT_HEADS = frozenset(normalize_for_matching(w) for w in "آلاف مئات عشرات".split())
THINGS_COUNTED = frozenset(normalize_for_matching(w) for w in """
    صواريخ قذائف أطنان مواقع منازل دولارات براميل أسلحة قطع أمتار كيلومترات
""".split())
# A style a holder's name carries after the office (أمير منطقة تبوك الأمير سلطان), and "acting" (بالإنابة).
STYLES = frozenset(normalize_for_matching(w) for w in "الأمير الملك الشيخ".split())
ACTING = TITLE_ACTING | {normalize_for_matching("المكلف")}  # (the title finder's own, and "المكلف")
# Heads a name may follow as apposition (نظيره الأردني أيمن الصفدي).
TITLED_HEADS = OFFICE_HEADS | frozenset(normalize_for_matching(w) for w in """
    نظيره نظيرته الفتى الفتاة الشاب الطفل المواطن المواطنة الأسير
""".split())
# Heads that take "عن"/"من" and a name (وفد من طالبان, مفاوضين عن حركة طالبان).
DELEGATION_HEADS = frozenset(
    normalize_for_matching(w) for w in "وفد الوفد مفاوضين مفاوضون المفاوضون المفاوضين ممثلين ممثلون".split()
)
# Numbers spelled out, which a group's count may be (أربعة أشخاص, ثلاثة جنود).
NUMBERS = frozenset(normalize_for_matching(w) for w in """
    اثنان اثنين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر عشرين عشرون
    ثلاثين أربعين خمسين مئة مائة
""".split())
# A person's age after the word that describes him (فتى عمره 15 سنة, امرأة عمرها 40 عاما): part of who he is.
AGE_WORDS = frozenset(normalize_for_matching(w) for w in "عمره عمرها عمرهم عمرهما".split())
AGE_UNITS = frozenset(normalize_for_matching(w) for w in "سنة سنه عاما عام سنوات أعوام اعوام سنين شهرا أشهر".split())
# Military units, which a number names (الفرقة 30, اللواء 35).
UNITS = frozenset(normalize_for_matching(w) for w in "الفرقة اللواء الكتيبة الفوج".split())
# Heads of members, which take "من" and the body they belong to (عناصر من الشرطة, أفراد من الجيش).
# Counterparts, whose "في" says of which countries (نظراءه في دول الاتحاد الأوروبي).
COUNTERPARTS = frozenset(normalize_for_matching(w) for w in "نظيره نظيرته نظراءه نظرائه".split())
# Those who take part, and the parties, named by what they take part in (المشاركون في المؤتمر, الأطراف في النزاع).
PARTICIPANTS = frozenset(normalize_for_matching(w) for w in "المشاركون المشاركين المجتمعون المجتمعين الأطراف".split())
IN = normalize_for_matching("في")
OF_STATES = normalize_for_matching("لدول")
MEMBER_HEADS = frozenset(normalize_for_matching(w) for w in """عناصر أفراد عنصران عنصرين عنصرا متمردين متمردون
                                                             مسلحين مسلحون""".split())
OF = normalize_for_matching("من")
# "كلا من" (each of) before the parties it lists.
EACH_OF = frozenset(normalize_for_matching(w) for w in ("كلا", "كلاً", "كل"))
# A suspect and the pronoun that completes the word (المشتبه به).
SUSPECTS = frozenset(normalize_for_matching(w) for w in "المشتبه مشتبه مشتبها المشتبهين مشتبهين".split())
ITS_COMPLEMENT = frozenset(normalize_for_matching(w) for w in "به بهم بها فيه فيهم".split())
# His or her country (بلاده): named as the speaker's country where the speaker's description gives it.
COUNTRY_PRONOUNS = frozenset(normalize_for_matching(w) for w in ("بلاده", "بلادها"))
PRONOUN_HEADS = COUNTRY_PRONOUNS | frozenset(normalize_for_matching(w) for w in ("سموه", "سموها", "فخامته", "معاليه"))
# Words after which a group goes on with a genitive led by ل (القوات الموالية لحكومة هادي).
LINKING_ADJECTIVES = frozenset(
    normalize_for_matching(w) for w in "الموالية الموالي الموالين التابعة التابع التابعين".split()
)
# Endings of the adjectives (and numbers) that may follow a group's head; a verbal noun (الإفراج) ends it.
# Adjectives without those endings that still qualify a group (متمردو الجيش السابق, قوات الرئيس المخلوع).
PLAIN_ADJECTIVES = frozenset(normalize_for_matching(w) for w in """السابق السابقة المخلوع المعزول المنحل المنشق
                                                           المنشقة المنشقين المؤقت المؤقتة""".split())
ADJECTIVE_ENDINGS = ("ي", "يه", "يون", "يين", "ه", "ات", "ان", "ين", "ون", "عشر", "ست", "سبع", "ثلاث", "خمس", "اربع",
                      "يا")
# Words that end a group description: prepositions, conjunction-led verbs, relative pronouns.
STOP = frozenset(normalize_for_matching(w) for w in """
    في على إلى الى مع عن من منذ خلال بعد قبل الذي التي الذين أن إن ان بأن لأن حول بشأن ضد بين عبر لدى
    و أو ثم كما وفق بحسب إلى حيث جراء إثر اثر بسبب عقب جميع كافة قد لقد وقد
""".split())
# A state's word with ب after a body, before the state's name: whose body it is (مجلس الوزراء بمملكة البحرين).
OF_STATE = frozenset(normalize_for_matching(w) for w in "بمملكة بجمهورية بدولة بإمارة بسلطنة".split())
# Words of where, which end a description after its first word (عنصرا جنائيا جنوب مدينة العريش) but
# right after its head make part of it (دول جنوب شرقي آسيا).
WHERE = frozenset(normalize_for_matching(w) for w in "جنوب شمال شرق غرب جنوبي شمالي شرقي غربي قرب داخل خارج أمام".split())
LEADING_CONJUNCTION = re.compile(r"^[وف](?=ال|لل|وزير|رئيس|أمير|امير|ملك|مبعوث|نظير|نائب|مساعد)")
NISBA = ("ي", "يه", "يون", "يين", "يان", "يتين")
# Premises, after which a body's name is where something happens (بمقر الأمانة, مكتب الوزارة).
PREMISES = SITES | frozenset(normalize_for_matching(w) for w in "مكتب مبنى ديوان".split())
# "ذات" before a definite word completes a description (الجهات ذات العلاقة, الدول ذات الصلة).
DHAT = normalize_for_matching("ذات")
# Groups that say with في or ب which body they belong to (مسؤولين كبار في وزارة الخارجية, الدول الأخرى
# بالاتحاد الأوروبي, الدول الأعضاء في الحلف).
MEMBERS_OF_BODIES = frozenset(normalize_for_matching(w) for w in """
    مسؤولين مسؤولون المسؤولين المسؤولون مسؤولي الدول دول الأعضاء أعضاء ممثلين ممثلون
""".split())
# Verbs that open a clause about an indefinite person, never part of the description (شخصا قام بسرقة).
CLAUSE_VERBS = frozenset(normalize_for_matching(w) for w in """قام قامت أقدم أقدمت حاول حاولت كان كانت قتل قتلت
                                                              أصيب أصيبت أطلق أطلقت ارتكب ارتكبت هاجم هاجمت
                                                              سرق سرقت طعن طعنت دهس دهست جرى تم""".split())
# "ينتمون لحزب …": who a group belongs to, which goes on its description though it reads as a verb.
BELONG = normalize_for_matching("ينتم")
# What belonging leads to (ينتمون إلى مجموعات مسلحة).
TO_WORDS = frozenset(normalize_for_matching(word) for word in ("إلى", "الى", "لـ"))
# Authorities, whose country may follow with في (السلطات الرسمية في إيران).
AUTHORITIES = frozenset(normalize_for_matching(word) for word in ("السلطات", "سلطات"))
MUNICIPAL = normalize_for_matching("البلدية")
# "وجهات النظر" (points of view): a noun, not the conjunction and the head "جهات".
VIEWS = (normalize_for_matching("وجهات"), normalize_for_matching("النظر"))
# Pronouns written on a word's end (غالبيتهم, بينهم, قواتها).
PRONOUN_SUFFIXES = ("هم", "هما", "هن")
# The verbal noun of the third form, definite and folded (المصادقة, الموافقة, المطالبة).
VERBAL_NOUN_III = re.compile(r"الم.ا..ه")
ON = normalize_for_matching("على")
# Nouns shaped like adjectives that govern a definite word (وزراء خارجية الخليج).
MINISTRIES = frozenset(normalize_for_matching(w) for w in "خارجية داخلية مالية".split())


# What parties sign, send or issue, which is never part of one (ووقع … مع نظيره الفرنسي مذكرة تفاهم).
DOCUMENTS = frozenset(normalize_for_matching(w) for w in "مذكرة اتفاق اتفاقية بيان رسالة برقية معاهدة".split())


# Peoples in their broken plural, adjectives of a group (المسؤولون الأتراك, المقاتلون الأكراد), and الأعضاء
# (الدول الأعضاء).
PEOPLES = frozenset(normalize_for_matching(w) for w in """
    الأتراك الأكراد العرب الأفغان الروس الأمريكان الأميركان الأجانب الألمان الإنجليز الفرس الصرب الشيشان
    الأعضاء
""".split())


# Bodies whose name may go on with what they are for (اللجنة العليا للإغاثة); not الجهات, whose ل tells
# the purpose of an act (استنفرت الجهات الأمنية للبحث).
NAMED_BODIES = frozenset(normalize_for_matching(w) for w in """
    هيئة الهيئة وكالة الوكالة لجنة اللجنة مجلس المجلس المنظمة منظمة الأمانة أمانة الشركة شركة
""".split())
