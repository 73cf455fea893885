from rasd.nlp.ner import Mention
from rasd.nlp.propagate import propagate


def _make(text):
    return lambda start, end, kind: Mention(start, end, text[start:end], text[start:end], kind)


def test_repetitions_and_family_names_are_marked():
    text = "التقى مايك بومبيو وفد طالبان. وقال بومبيو إن طالبان وعدت، وأكد لبومبيو ذلك."
    found = [Mention(6, 17, "مايك بومبيو", "مايك بومبيو", "PER"), Mention(22, 28, "طالبان", "طالبان", "ORG")]
    result = propagate(text, found, _make(text))
    assert [(m.surface, m.type) for m in result] == [
        ("مايك بومبيو", "PER"), ("طالبان", "ORG"), ("بومبيو", "PER"), ("طالبان", "ORG"), ("لبومبيو", "PER"),
    ]
    for mention in result:
        assert text[mention.start : mention.end] == mention.surface


def test_nothing_found_nothing_added_and_no_overlaps():
    text = "خبر بلا أسماء."
    assert propagate(text, [], _make(text)) == []
    text = "زار حلف شمال الأطلسي وحلف بغداد"
    found = [Mention(4, 20, "حلف شمال الأطلسي", "حلف شمال الأطلسي", "ORG")]
    assert propagate(text, found, _make(text)) == found


def test_a_name_typed_two_ways_takes_the_article_s_majority_type():
    text = "قالت طالبان إن وفد طالبان التقى ممثلي وطالبان في الدوحة."
    found = [
        Mention(5, 11, "طالبان", "طالبان", "ORG"),
        Mention(19, 25, "طالبان", "طالبان", "ORG"),
        Mention(38, 45, "وطالبان", "طالبان", "MISC"),
        Mention(49, 55, "الدوحة", "الدوحة", "LOC"),
    ]
    result = propagate(text, found, _make(text))
    assert [(m.surface, m.type) for m in result] == [
        ("طالبان", "ORG"), ("طالبان", "ORG"), ("وطالبان", "ORG"), ("الدوحة", "LOC"),
    ]


def test_names_said_not_repeatable_stay_where_the_model_found_them():
    text = "قال سامر الخطيب إن الخميس موعد. وأكد الخطيب أن الخميس قريب."
    found = [Mention(4, 15, "سامر الخطيب", "سامر الخطيب", "PER"), Mention(19, 25, "الخميس", "الخميس", "PER")]
    everything = propagate(text, found, _make(text))
    assert [m.surface for m in everything] == ["سامر الخطيب", "الخميس", "الخطيب", "الخميس"]
    # A one-word name the caller rules out (as the recognizer does for words the archive knows as ordinary
    # words) is not repeated; the family name still is.
    kept = propagate(text, found, _make(text), repeatable=lambda words: words != ("الخميس",))
    assert [m.surface for m in kept] == ["سامر الخطيب", "الخميس", "الخطيب"]


def test_a_full_name_repeated_completes_the_part_the_model_found_there():
    text = "وصل نديم خوري أمس. وقال نديم خوري إن وقال خوري نديم."
    found = [Mention(4, 13, "نديم خوري", "نديم خوري", "PER"), Mention(24, 28, "نديم", "نديم", "PER")]
    result = propagate(text, found, _make(text))
    assert [(m.surface, m.start) for m in result][:2] == [("نديم خوري", 4), ("نديم خوري", 24)]
    # Only a person's name, and only where the part filled what is taken of the span.
    other = [Mention(4, 13, "نديم خوري", "نديم خوري", "ORG"), Mention(24, 28, "نديم", "نديم", "ORG")]
    assert [(m.surface, m.start) for m in propagate(text, other, _make(text))][:2] == [("نديم خوري", 4), ("نديم", 24)]


def test_a_name_is_not_the_same_word_with_the_article():
    text = "قال حسن جمعة إن جمعة سيصل يوم الجمعة، وإن للمبعوث لقاء."
    found = [Mention(4, 12, "حسن جمعة", "حسن جمعة", "PER")]
    result = propagate(text, found, _make(text))
    assert [m.surface for m in result] == ["حسن جمعة", "جمعة"]
    # A family name in ي is written with the article and without it: the same person.
    text = "قال علي حكمي إن الأمر عاجل. وطالب الحكمي بالعلاج."
    found = [Mention(4, 12, "علي حكمي", "علي حكمي", "PER")]
    assert [m.surface for m in propagate(text, found, _make(text))] == ["علي حكمي", "الحكمي"]


def test_a_family_name_that_is_a_common_word_or_a_title_is_not_repeated():
    text = "وقال جان بيار كان إن الاتفاق كان ممكنا، واستقبل الشيخ محمد آل الشيخ الوفد."
    found = [Mention(5, 17, "جان بيار كان", "جان بيار كان", "PER"),
             Mention(text.index("محمد"), text.index(" الوفد"), "محمد آل الشيخ", "محمد آل الشيخ", "PER")]
    # A title (الشيخ) is never repeated as a family name; the recognizer says which words are common (كان:
    # frequent, and mostly no name in the archive), and without it every other family name is repeated.
    everything = propagate(text, found, _make(text))
    assert [m.surface for m in everything] == ["جان بيار كان", "كان", "محمد آل الشيخ"]
    kept = propagate(text, found, _make(text), common=lambda word: word == "كان")
    assert [m.surface for m in kept] == ["جان بيار كان", "محمد آل الشيخ"]


def test_a_family_name_in_i_is_not_repeated_on_a_common_word_with_the_article():
    text = "وقال سامي تهاني إن الموظفين تبادلوا التهاني، وأكد تهاني ذلك."
    found = [Mention(5, 15, "سامي تهاني", "سامي تهاني", "PER")]
    # A family name in ي is also read with the article (حكمي, الحكمي), but not where that is a common word.
    assert [m.surface for m in propagate(text, found, _make(text))] == ["سامي تهاني", "التهاني", "تهاني"]
    kept = propagate(text, found, _make(text), common=lambda word: word == "التهاني")
    assert [m.surface for m in kept] == ["سامي تهاني", "تهاني"]
