from rasd.nlp.ner import load_recognizer


def _people(text):
    return [m.surface for m in load_recognizer().predict_text(text) if m.type == "PER"]


def test_a_name_after_a_title_is_a_person_even_when_unknown():
    assert "كوفاليتشنكو بريغادوف" in _people("وقال وزير الخارجية البولندي كوفاليتشنكو بريغادوف إن المحادثات مستمرة.")


def test_common_words_after_a_title_are_not_people():
    assert _people("وزير الخارجية الأميركي يؤكد أنه سيزور الكويت في الأيام المقبلة.") == []
    assert _people("وقال رئيس الوزراء إن الحكومة ستجتمع غداً.") == []


def test_a_family_name_learnt_from_the_archive_is_a_person_after_a_title():
    from rasd.nlp.titles import add_titled_people

    nlp = load_recognizer().nlp
    text = "وأعلن الرئيس ترامب أن القوات ستبقى."
    learnt = add_titled_people(nlp(text), frozenset({"ترامب"}))
    assert [(e.text, e.label_) for e in learnt.ents] == [("ترامب", "PER")]
    # Knowing a family name does not make the words after it part of the name.
    assert add_titled_people(nlp("وقال الرئيس ترامب القوات"), frozenset({"ترامب"})).ents[0].text == "ترامب"


def _names_after_titles(text: str, first: str, length: int, label: str) -> list[tuple[str, str]]:
    """The names the title rules leave when the model tagged ``length`` words from ``first`` as ``label``."""
    from spacy.tokens import Span

    from rasd.nlp.titles import add_titled_people

    doc = load_recognizer().nlp.tokenizer(text)
    start = [t.text for t in doc].index(first)
    doc.ents = [Span(doc, start, start + length, label=label)]
    return [(e.text, e.label_) for e in add_titled_people(doc).ents]


def test_a_person_span_swallowing_the_title_qualifier_is_split():
    assert _names_after_titles("وقال الأمين العام للحلف يانس ستولتنبرغ إن الحلف مستعد.", "للحلف", 3, "PER") == [
        ("للحلف", "ORG"), ("يانس ستولتنبرغ", "PER"),
    ]


def test_an_organisation_running_on_into_the_person_after_it_is_split():
    text = "وندد الأمين العام لاتحاد المصارف العربية سامر الحمدان أمس بالقصف."
    assert _names_after_titles(text, "لاتحاد", 5, "ORG") == [
        ("لاتحاد المصارف العربية", "ORG"), ("سامر الحمدان", "PER"),
    ]
    # No title before it: a body's name stays whole.
    assert _names_after_titles("وقال اتحاد المصارف العربية سامر إن الاجتماع انتهى.", "اتحاد", 4, "ORG") == [
        ("اتحاد المصارف العربية سامر", "ORG"),
    ]


def test_a_title_introduces_its_name_past_an_honorific_or_a_quote():
    from rasd.nlp.titles import find_titles

    nlp = load_recognizer().nlp
    for text in ("استنكر النائب د. فهد العتيبي العمل.", 'وشكر العقيد "سامر الحمدان" المتدربين.'):
        doc = add_titled_doc(nlp, text)
        ((start, end, person),) = [t for t in find_titles(doc) if t[2] is not None]
        assert person is not None and person.label_ == "PER"


def add_titled_doc(nlp, text):
    from rasd.nlp.titles import add_titled_people

    return add_titled_people(nlp(text))


def test_an_office_after_a_titles_adjective_is_another_title_a_rank_goes_on_to_its_name():
    from rasd.nlp.titles import find_titles

    nlp = load_recognizer().nlp
    doc = add_titled_doc(nlp, "وحث الرئيس الموريتاني المبعوث الأممي إلى ليبيا على زيارة نواكشوط.")
    assert [doc[start:end].text for start, end, _ in find_titles(doc)] == ["الرئيس الموريتاني",
                                                                           "المبعوث الأممي إلى ليبيا"]
    doc = add_titled_doc(nlp, "وقال قائد الجيش الباكستاني الجنرال راحيل شريف إن العملية مستمرة.")
    ((start, end, person),) = find_titles(doc)
    assert doc[start:end].text == "قائد الجيش الباكستاني الجنرال" and person is not None
    # A definite broken plural of the pattern الفعائل after a title's adjective is the verb's object.
    doc = add_titled_doc(nlp, "ودعا المبعوث الأممي الفصائل الليبية إلى توقيع الاتفاق.")
    assert [doc[start:end].text for start, end, _ in find_titles(doc)] == ["المبعوث الأممي"]


def test_a_preposition_on_a_word_of_the_vocabulary_ends_a_name_after_a_title():
    nlp = load_recognizer().nlp
    doc = add_titled_doc(nlp, "واتهم النائب رئيس الوزراء اليوناني ألكسيس تسيبراس بانعدام الخبرة.")
    assert "بانعدام" not in " ".join(e.text for e in doc.ents)



def test_a_first_name_found_after_a_title_takes_the_rare_word_after_it_but_no_verb():
    assert _names_after_titles("وقال الرئيس دونالد ترمب في اجتماعه إن بلاده مستعدة.", "دونالد", 1, "PER") == [
        ("دونالد ترمب", "PER"),
    ]
    # A verb in the future or a noun with its clitic is no family name.
    assert _names_after_titles("وقال إن الرئيس دونالد سيقرر غدا.", "دونالد", 1, "PER") == [("دونالد", "PER")]
    assert _names_after_titles("وكان الرئيس دونالد المتمثل بالنقاط.", "دونالد", 1, "PER") == [("دونالد", "PER")]


def test_a_preposition_on_a_word_of_the_news_vocabulary_after_a_title_is_no_name():
    assert _people("رحب الأمين العام لجامعة الدول العربية بإقرار البرلمان العراقي وثيقة الإصلاح.") == []


def test_a_complete_definite_title_takes_no_name_after_it_as_its_genitive():
    from spacy.tokens import Span

    from rasd.nlp.titles import find_titles

    doc = load_recognizer().nlp.tokenizer("وحمّل الأمين العام إسرائيل مسؤولية التصعيد الأخير.")
    doc.ents = [Span(doc, 3, 4, label="LOC")]
    assert [doc[start:end].text for start, end, _ in find_titles(doc)] == ["الأمين العام"]
    # A body led by ل still qualifies it.
    doc = load_recognizer().nlp.tokenizer("وقال الأمين العام للجامعة العربية نبيل العربي إن المحادثات مستمرة.")
    doc.ents = [Span(doc, 3, 5, label="ORG"), Span(doc, 5, 7, label="PER")]
    assert [doc[start:end].text for start, end, _ in find_titles(doc)] == ["الأمين العام للجامعة العربية"]


def _titles(text: str) -> list[tuple[str, int | None]]:
    ((_, titles),) = load_recognizer().annotate([text])
    return [(title.text, title.person_start) for title in titles]


def test_a_title_ends_at_a_day_and_a_ruler_s_place_is_where_he_acted():
    assert _titles("التقى الرئيس الفرنسي في باريس اليوم بنظيره الغاني جون ماهاما.")[0] == ("الرئيس الفرنسي", None)
    # An ambassador's post stays in the title.
    text = "وصل السفير الأمريكي في بيروت ديفيد هيل إلى المطار."
    assert _titles(text) == [("السفير الأمريكي في بيروت", text.index("ديفيد"))]


def test_acting_in_the_office_stays_in_the_title_before_the_holder():
    text = "وزار الرئيس التنفيذي لشركة الموانئ الكويتية بالإنابة خالد فهد العنزي المستشفى."
    assert _titles(text) == [("الرئيس التنفيذي لشركة الموانئ الكويتية بالإنابة", text.index("خالد"))]
