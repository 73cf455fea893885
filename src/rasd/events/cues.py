"""Words the second thoughts on candidate events look for (precision.py, nonevents.py, authors.py): what
may follow a verb besides its object, offices and honorifics, the public, frames, idioms and sport.

Written as spelled; each set is folded once (``أ إ آ → ا``, ``ى → ي``, ``ة → ه``), as the words they are
compared with are.
"""

from __future__ import annotations

from ..arabic.months import WEEKDAYS
from ..arabic.normalize import matching_words, normalize_for_matching

RELATIVES = matching_words("الذي التي الذين اللذين اللتين اللذان اللتان والذي والتي والذين")
# Subordinate "after / before / since" clauses: the act they tell frames the sentence's own report.
FRAME_CLAUSES = matching_words("بعد قبل بعيد قبيل منذ عقب إثر اثر أثناء اثناء خلال حين عندما لما")
THAT = matching_words("أن ان")
BOUNDS = matching_words("انتهاء ختام بدء نهاية بداية انعقاد")
# Words right after a verb (and its subject) that begin something other than a direct object.
NOT_OBJECT = matching_words("""
    في من على إلى الى عن مع ضد حول بأن أن ان إن لأن خلال عبر لدى أمام امام تجاه بشأن نحو منذ بين عند
    قد أمس اليوم غدا مساء صباح يوم ظهر عصر ليلة الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
    الماضي الماضية الحالي الجاري مجددا مجدداً بدوره بدورها أيضا أيضاً كذلك الذي التي الذين ما كما وقال
    الى إلي الي فيه فيها منه منها عليه عليها إليه اليه لها له لهم بها به بهم هذا هذه ذلك تلك
""")
OFFICES = matching_words("""وزير الوزير رئيس الرئيس أمير الأمير الملك نائب المبعوث الأمين المستشار مساعد مدير العميد اللواء
                      وكيل المتحدث الناطق
                      العقيد الفريق الرائد المقدم النقيب الجنرال""")
# Visits and receptions have a guest or host: led by nothing (استقبل الوزير), or by ب or مع for a meeting.
VISIT_LEMMAS = matching_words("التقى زار استقبل استضاف")
VISIT_LEADS = {normalize_for_matching("التقى"): ("", "ب", "مع")}
# The public as addressee of a call or praise: municipal and service advice, not a political act.
PUBLIC_TYPES = ("REQUEST", "SUPPORT")
PUBLIC = matching_words("""
    المواطنين المواطنون المقيمين المسافرين الموظفين منسوبي منسوبات الجميع الاهالي الأهالي السائقين اولياء أولياء
    الطلاب الطالبات المستفيدين العملاء الزوار المتقدمين المتقدمات الحجاج المعتمرين السكان المجتمع الاباء الآباء
    الاسر الأسر المصلين المستهلكين المراجعين المرضى المشتركين الشباب المتسوقين ضيوفها ضيوفه عملائها عملائه
""")
# Sites named after a person or a place (معسكر المنار, مدينة الملك عبد العزيز, مسجد الإمام الصادق).
SITES_NAMED = matching_words("معسكر مدينة جامعة مطار مستشفى مسجد قاعدة ميناء سجن مجمع كلية معهد")
HONORIFICS = matching_words("""صاحب السمو الملكي سمو معالي فخامة جلالة الشيخ الدكتور د الأستاذ السفير سعادة المهندس
                        الرئيس الوزير الأمير العميد اللواء الفريق""")
# Words after which a verb's form is still a verb (a subject pronoun, a particle, a number).
CONSTRUCT_SAFE = matching_words("كما حين حينما عندما بينما فيما لما إذ اذ حيث ثم لكن لكنه لكنها إنه انه أنه إنها انها أنها")
MONTHS = {normalize_for_matching(name): number for number, names in enumerate([
    "يناير", "فبراير شباط", "مارس آذار", "أبريل ابريل نيسان", "مايو أيار", "يونيو حزيران", "يوليو تموز",
    "أغسطس اغسطس", "سبتمبر أيلول", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"], start=1) for name in names.split()}
# Words of time, which end an actor's description (الحكومة البحرينية الجمعة الماضي: the government, on Friday).
TIME_WORDS = matching_words(" ".join(WEEKDAYS) + " أمس امس اليوم غدا الليلة صباح مساء يوم ظهر فجر") | set(MONTHS)
DESCRIBERS = matching_words("حركة تنظيم جماعة حزب ميليشيا مليشيا ميليشيات جبهة الجاسوس الناشط الصحفي الكاتب المعارض")
COUNTS = matching_words("""حوالى حوالي نحو قرابة أكثر اكثر عشرة عشر ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة اثنين اثنان
                    عشرات مئات آلاف الاف""")
POLITICAL_GROUPS = matching_words("""الدول دول المشاركون المجتمعون الطرفان الجانبان المتظاهرون متظاهرون محتجون المحتجون
                              ناشطون الناشطون نشطاء المعارضة الحكومة حكومة السلطات الرئاسة البرلمان الحلف التحالف
                              الفصائل فصائل قوات القوات الجيش وزراء الوزراء مسؤولون المسؤولون منظمات
                              المنظمات""")
PUBLIC_OFFICES = matching_words("""وزير الوزير وزيرة رئيس الرئيس الأمين الامين المبعوث السفير المتحدث الناطق المندوب مندوب
                            الملك ولي النائب نائب زعيم الزعيم قائد القائد""")
MARCH_WORDS = matching_words("احتجاجية احتجاجيه سلمية سلميه حاشدة حاشده تضامنية تضامنيه شعبية شعبيه غاضبة غاضبه ضد في")
# What kind of gathering a festival or fair is (تظاهرة اقتصادية, تظاهرة ثقافية): an event in the other sense.
GATHERING_KINDS = matching_words("""اقتصادية اقتصاديه ثقافية ثقافيه رياضية رياضيه فنية فنيه علمية علميه تجارية تجاريه
                              سياحية سياحيه ترفيهية ترفيهيه تسويقية تسويقيه تراثية تراثيه إعلامية اعلاميه""")
# "منذ": since; it opens a time clause (منذ فترة طويلة, منذ توقيع العقود).
SINCE = normalize_for_matching("منذ")
WHO = matching_words("من ما")
MARCH = normalize_for_matching("مسيرة")
NOT_FORCE = matching_words("""النيران الحريق الحرائق حريق نقد انتقادات انتقاد اعلاميه إعلامية توعيه توعية توعويه تبرعات
                       تفتيش تفتيشية اعلانيه ترويجيه""")
LEADS_SUBJECT = matching_words("أن إن ان بأن وأن وإن كان كانت وكان وكانت")
RECIPROCAL = matching_words("""الطرفان الطرفين الجانبان الجانبين البلدان البلدين الدولتان الدولتين كلا الرئيسان الرئيسين
                        الوزيران""")
INTERVIEWS = matching_words("حوار حواره مقابلة مقابله تصريح تصريحات حديث حديثه لقاء")
# Offices in the indefinite accusative: the role one is sworn in, named or elected to, before what it is of.
ROLES_TAKEN = matching_words("""رئيسا رئيسة وزيرا وزيرة سفيرا أمينا امينا ممثلا مبعوثا نائبا مديرا قائدا مستشارا
                             عضوا مندوبا منسقا ملكا أميرا اميرا حاكما محافظا""")
# Kinds whose act always has someone on the receiving end that the article names.
NEED_TARGET = ("SUPPORT", "AID", "SANCTION", "COERCE", "CONCEDE", "COOPERATE")
GOD = matching_words("الله لله والله المولى للمولى الباري")
# Bodies an act's noun may name as their genitive (مركز تنسيق, لجنة تعاون, آلية تشاور): an institution, no act.
INSTITUTIONS = matching_words("مركز غرفة لجنة آلية مجلس مكتب وحدة")
# What one prays for someone to be granted (دعا للفقيد بالرحمة والمغفرة).
BLESSINGS = matching_words("بالرحمة بالمغفرة بالشفاء بالتوفيق بالسداد بالثبات بالعافية بالفرج")
COMMENT = matching_words("التعليق للتعليق بالتعليق تعليق")
# Quantities that open a phrase; after a verb that musters or sends, they count its object (حشد مئات المرتزقة).
QUANTITIES = matching_words("مئات آلاف الاف عشرات ألف الف مليون")
MUSTER_TYPES = ("MOBILIZE", "AID")
# Verbs whose act has no object: a bare noun after them is their subject or a time, not a missed target.
NO_OBJECT_LEMMAS = matching_words("""
    انسحب تظاهر احتج اعتصم اجتمع وصل توجه تعهد اتفق توافق توصل تعاون نسق تفاوض تباحث بحث ناقش أبرم وافق
""")
# Condemnations, whose object is the act condemned, not a party.
CONDEMNATIONS = matching_words("أدان دان ندد استنكر")
# Sport: an article with this many sport words tells of matches and transfers, whatever its verbs say.
SPORT_WORDS = matching_words("""
    مباراة المباراة مباراته مباريات المباريات الدوري منتخب المنتخب بطولة البطولة كأس نادي النادي الأندية أندية
    لاعب اللاعب اللاعبين لاعبين ملعب الملعب هدف الفريق فريق المدرب مدرب الحارس مواجهة مواجهات الموسم
    الانتقالات التعاقد التدريبات تدريبات الاحتراف المحترفين الجولة هداف الهداف ركلة ركلات
""")
SPORT_ARTICLE = 4

W_NOUNS = tuple(normalize_for_matching(w) for w in "وزير وزارة وزراء وفد وكالة وكلاء ولي ولاية وسائل وحدات".split())
THINGS = matching_words("""
    مواقع موقع اهداف اهدافا هدف هدفا مقار مقرات مقر منازل منزل احياء حي مبني مباني قري قريه مدينه مدن بلده مناطق منطقه
    معسكر معسكرات مخازن تجمعات مستشفي مستشفيات مدارس مدرسه مطار ميناء طريق جسر مراكز مركز نقاط قاعده مسجد
""")
# Words that may stand between a verb or its subject and its object (times, honorifics) and are passed over.
SKIPPABLE = matching_words("""
    أمس اليوم غدا مساء صباح يوم ظهر عصر ليلة الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد الماضي
    الماضية الحالي الجاري مجددا مجدداً بدوره بدورها أيضا أيضاً كذلك قد
""")
# Verbs with an attached object pronoun that name who carried out or claimed an attack told before them.
CARRIED_OUT = tuple(normalize_for_matching(w) for w in """شنه شنته نفذه نفذته تبناه تبنته زرعها زرعه زرعوها وضعها وضعه
    يخوضها تخوضها خاضها""".split())
# "بعد يوم من", "بعد أربعة أيام على": what links a span of time to the event it is measured from.
SPAN_LINKS = matching_words("من على")
# Words that put a named month ahead (في نوفمبر المقبل).
COMING = matching_words("المقبل القادم المقبلة القادمة")
# Places of a party that an attack strikes, followed by the party (قصفت مقرات الحوثي, غارات على مواقع
# المتمردين, أهدافا للتنظيم): the party is the target, and no actor's description runs on into them.
SITES = matching_words("""مواقع موقع مقرات مقر معاقل معقل تجمعات تجمع أهدافا أهداف اهدافا اهداف معسكرات معسكر
                       مراكز مخازن آليات""")
# Offices a person's name may end on (شوقي علام مفتي), and bodies a place may follow as their genitive.
OFFICE_WORDS = matching_words("""مفتي مفتى رئيس رئاسة محافظ أمير سفير قنصل مدير وزير وزارة حكومة برلمان رئاسة
                              مجلس بلدية""")
# Words of a place that stand between a body and the place it is of (رئاسة إقليم كردستان).
PLACE_NOUNS = matching_words("إقليم اقليم منطقة بمنطقة ولاية محافظة مدينة بمدينة فرع لفرع دولة مركز")
# A court's or a jury's verdict (أدانت المحكمة … بتهمة القتل): a conviction, no political accusation.
VERDICT = matching_words("بتهمة بتهم بالسجن بالإعدام بالاعدام بالقتل المحلفين")
# A court as the one that condemns (وأدانت المحكمة ثلاثة آخرين): a conviction.
COURTS = matching_words("المحكمة محكمة المحاكم")
# Words whose first letter و is their own, not the conjunction (وزير, وحدات, واشنطن).
W_WORDS = matching_words("""وزير وزيرة وزراء وزارة الوزير وكيل وكيلة وفد وفدا ولي والي ولاية وحدات وحدة واشنطن وارسو
                         ويلز وليد وائل وديع وهيب وسام وفاء""")
