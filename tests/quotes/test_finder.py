"""The quotation finder on sentences written for these tests, with hand-made mentions and titles."""

from __future__ import annotations

from quote_helpers import mentions_of, title_before

from rasd.quotes import find_quotations


def _found(text, names=(), titles=()):
    quotations = find_quotations(text, mentions_of(text, list(names)), list(titles))
    return [(q.kind, text[q.start:q.end], q.speaker, q.cue) for q in quotations]


def test_every_quote_mark_style_is_a_direct_quotation():
    text = (
        'قال الوزير سالم الحربي: "سنفتتح المستشفى الجديد في الربيع المقبل".\n'
        "وقالت رنا العلي: «المدارس ستفتح أبوابها الأسبوع القادم».\n"
        "وقال خالد المصري: “لن نرفع أسعار الخبز هذا العام”.\n"
        'وقالت هدى سليمان : " سنعيد فتح المكتبة العامة قريبا " .'
    )
    found = _found(text, [("سالم الحربي", "PER"), ("رنا العلي", "PER"), ("خالد المصري", "PER"),
                          ("هدى سليمان", "PER")])
    assert found == [
        ("direct", "سنفتتح المستشفى الجديد في الربيع المقبل", "سالم الحربي", "قال"),
        ("direct", "المدارس ستفتح أبوابها الأسبوع القادم", "رنا العلي", "وقالت"),
        ("direct", "لن نرفع أسعار الخبز هذا العام", "خالد المصري", "وقال"),
        ("direct", "سنعيد فتح المكتبة العامة قريبا", "هدى سليمان", "وقالت"),
    ]


def test_a_quotation_broken_by_a_cue_is_two_with_one_speaker():
    text = 'وقال المتحدث باسم البلدية ماجد الزهراني: "أعمال الصيانة تنتهي خلال أسبوعين"، وأضاف: "سنعوض أصحاب المحلات".'
    found = _found(text, [("ماجد الزهراني", "PER")])
    assert [(kind, words, speaker) for kind, words, speaker, _ in found] == [
        ("direct", "أعمال الصيانة تنتهي خلال أسبوعين", "ماجد الزهراني"),
        ("direct", "سنعوض أصحاب المحلات", "ماجد الزهراني"),
    ]


def test_continuation_cues_take_the_previous_speaker():
    text = (
        "أكد وزير المالية فهد السالم أن العجز سينخفض في العام المقبل.\n"
        'وتابع: "الإيرادات غير النفطية تنمو بثبات".\n'
        "وزاد أن الحكومة لن تفرض ضرائب جديدة.\n"
        "وأضاف سنواصل دعم المشاريع الصغيرة."
    )
    found = _found(text, [("فهد السالم", "PER")])
    assert [(kind, speaker, cue) for kind, _, speaker, cue in found] == [
        ("indirect", "فهد السالم", "أكد"),
        ("direct", "فهد السالم", "وتابع"),
        ("indirect", "فهد السالم", "وزاد"),
        ("indirect", "فهد السالم", "وأضاف"),
    ]
    assert found[0][1] == "العجز سينخفض في العام المقبل"
    assert found[3][1] == "سنواصل دعم المشاريع الصغيرة"


def test_the_person_just_named_speaks_after_min_jihatihi():
    text = (
        "التقى رئيس الوزراء وفدا من نقابة المعلمين برئاسة سمير داود.\n"
        "من جهته قال إن المعلمين ينتظرون زيادة الرواتب منذ سنوات."
    )
    found = _found(text, [("سمير داود", "PER")])
    assert found == [("indirect", "المعلمين ينتظرون زيادة الرواتب منذ سنوات", "سمير داود", "قال")]


def test_institutions_and_statements_speak():
    text = (
        "وقالت وزارة الصحة في بيان إن عدد الإصابات تراجع خلال الأسبوع الماضي.\n"
        "وأفاد بيان للخارجية الأردنية بأن الوزير سيزور القاهرة غدا.\n"
        "وجاء في البيان الختامي أن القادة اتفقوا على خطة مشتركة."
    )
    found = _found(text)
    assert [(words, speaker) for _, words, speaker, _ in found] == [
        ("عدد الإصابات تراجع خلال الأسبوع الماضي", "وزارة الصحة"),
        ("الوزير سيزور القاهرة غدا", "الخارجية الأردنية"),
        ("القادة اتفقوا على خطة مشتركة", "البيان الختامي"),
    ]


def test_unnamed_sources_keep_their_description_and_are_referred_back_to():
    text = (
        "وقال مسؤول حكومي رفيع المستوى للصحفيين إن المفاوضات ستستأنف الأحد.\n"
        "وأضاف المسؤول الحكومي أن الوفدين سيلتقيان في عمان."
    )
    found = _found(text)
    assert [speaker for _, _, speaker, _ in found] == ["مسؤول حكومي رفيع المستوى"] * 2


def test_a_role_refers_back_to_the_person_the_article_gave_it():
    text = (
        "قال وزير الخارجية الأردني أيمن الصفدي إن الحل السياسي هو الطريق الوحيد.\n"
        "وأكد الوزير الأردني أن بلاده ستواصل جهودها.\n"
        "الصفدي اعتبر أن الاتفاق خطوة مهمة."
    )
    titles = [title_before(text, "وزير الخارجية الأردني", "أيمن الصفدي")]
    found = _found(text, [("أيمن الصفدي", "PER"), ("الصفدي", "PER")], titles)
    assert [speaker for _, _, speaker, _ in found] == ["أيمن الصفدي"] * 3


def test_tweets_are_quotations_of_their_author():
    text = 'وكتب نبيل الخطيب على تويتر "نشكر كل من ساهم في إنجاح المهرجان".'
    assert _found(text, [("نبيل الخطيب", "PER")]) == [
        ("direct", "نشكر كل من ساهم في إنجاح المهرجان", "نبيل الخطيب", "وكتب")
    ]


def test_scare_quotes_names_and_titles_are_not_quotations():
    text = (
        'وأعلنت جماعة "الفجر الجديد" مسؤوليتها عن الهجوم.\n'
        "شارك الفريق في بطولة «كأس الخليج» للمرة الثالثة.\n"
        'وعرضت القناة برنامج "حكايات من الصحراء القديمة" مساء أمس.'
    )
    assert _found(text) == []


def test_quoted_names_inside_a_speaker_phrase_are_skipped():
    text = 'وقال "آل مرزوق" في حديثه لـ"الوطن" إن السوق يحتاج إلى تنظيم أفضل.'
    found = _found(text)
    assert [(kind, words) for kind, words, _, _ in found] == [("indirect", "السوق يحتاج إلى تنظيم أفضل")]


def test_a_short_quote_inside_reported_words_stays_indirect():
    text = 'وقالت المتحدثة باسم الشركة إن اللقاء كان "مثمرا".'
    assert _found(text) == [("indirect", 'اللقاء كان "مثمرا', "المتحدثة باسم الشركة", "وقالت")]


def test_a_source_named_after_the_statement():
    text = "ارتفعت أسعار الذهب إلى مستوى قياسي هذا الأسبوع، حسبما أفاد تقرير لمجلس الذهب العالمي."
    assert _found(text) == [
        ("indirect", "ارتفعت أسعار الذهب إلى مستوى قياسي هذا الأسبوع", "مجلس الذهب العالمي", "أفاد")
    ]


def test_participles_chain_statements_but_prayers_are_not_statements():
    text = "وقال سامي عادل إن الحادث مؤلم للجميع، مؤكدا أن التحقيق سيكشف الأسباب، داعيا الله أن يرحم الضحايا."
    found = _found(text, [("سامي عادل", "PER")])
    assert [(words, speaker, cue) for _, words, speaker, cue in found] == [
        ("الحادث مؤلم للجميع", "سامي عادل", "وقال"),
        ("التحقيق سيكشف الأسباب", "سامي عادل", "مؤكدا"),
    ]


def test_a_family_name_speaks_under_the_full_name():
    text = "وصل عادل آل منصور إلى الرياض أمس.\nوقال آل منصور إن الزيارة تستمر يومين."
    found = _found(text, [("عادل آل منصور", "PER"), ("منصور", "PER")])
    assert found[0][2] == "عادل آل منصور"


def test_offsets_index_the_text_and_context_holds_the_cue():
    text = "مقدمة قصيرة.\nوقال كريم ناصر إن الطريق سيفتح بعد أسبوع."
    (quotation,) = find_quotations(text, mentions_of(text, [("كريم ناصر", "PER")]))
    assert text[quotation.start:quotation.end] == "الطريق سيفتح بعد أسبوع"
    assert text[quotation.context_start:quotation.context_end].startswith("وقال")
    assert quotation.speaker_mention == 0


def test_a_source_who_asked_not_to_be_named_is_referred_back_to():
    text = (
        "وسيصل الوفد إلى العاصمة مساء الأحد، بحسب ما أفاد مسؤول في وزارة النقل طلب عدم الكشف عن اسمه.\n"
        "وقال المسؤول إن الرحلات ستستأنف تدريجيا.\n"
        "وقال موظف في المطار، فضّل عدم ذكر اسمه، إن الصالات جاهزة."
    )
    assert _found(text) == [
        ("indirect", "وسيصل الوفد إلى العاصمة مساء الأحد", "مسؤول في وزارة النقل", "أفاد"),
        ("indirect", "الرحلات ستستأنف تدريجيا", "مسؤول في وزارة النقل", "وقال"),
        ("indirect", "الصالات جاهزة", "موظف في المطار", "وقال"),
    ]


def test_a_subject_less_cue_goes_back_to_the_person_its_sentence_named():
    text = (
        'وقال هشام زيدان إن المعرض ناجح.\n'
        'وأعلنت الوزيرة ليلى حداد عن برنامج جديد للمنح، وقالت إن التسجيل يبدأ الشهر المقبل.\n'
        'وعن مشاركة الكاتب سمير داود، قالت: "حضوره أضاف الكثير للمعرض".'
    )
    found = _found(text, [("هشام زيدان", "PER"), ("ليلى حداد", "PER"), ("سمير داود", "PER")])
    assert [speaker for _, _, speaker, _ in found] == ["هشام زيدان", "ليلى حداد", "ليلى حداد"]
