from hypothesis import given
from hypothesis import strategies as st

from rasd.arabic.sentences import sentence_at, sentences


def texts(text):
    return [s.text for s in sentences(text)]


def test_paragraphs_and_end_marks_split_sentences():
    text = "وصل الوفد إلى عمّان. وبدأت المحادثات صباحاً!\nهل تنجح الجولة؟ لا أحد يعرف"
    assert texts(text) == ["وصل الوفد إلى عمّان.", "وبدأت المحادثات صباحاً!", "هل تنجح الجولة؟", "لا أحد يعرف"]


def test_offsets_index_the_text():
    text = "  الجملة الأولى.   الثانية هنا؟\n\nالثالثة  "
    for sentence in sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_decimals_and_initials_do_not_end_a_sentence():
    assert texts("ارتفع المؤشر 3.5 في المئة. ثم هبط") == ["ارتفع المؤشر 3.5 في المئة.", "ثم هبط"]
    assert texts("قال ج. سميث إن الاتفاق قريب. وانتهى") == ["قال ج. سميث إن الاتفاق قريب.", "وانتهى"]


def test_closing_quotes_stay_with_their_sentence():
    text = 'وقال: "سنعود غداً." ثم غادر القاعة'
    assert texts(text) == ['وقال: "سنعود غداً."', "ثم غادر القاعة"]
    assert texts("وقال «انتهى الأمر». وصمت") == ["وقال «انتهى الأمر».", "وصمت"]


def test_sentence_at_finds_the_holder():
    text = "الأولى. الثانية.\nالثالثة"
    found = sentences(text)
    assert sentence_at(found, text.index("الثانية")).text == "الثانية."
    assert sentence_at(found, 0).text == "الأولى."
    assert sentence_at(found, text.index("الثالثة") + 2).text == "الثالثة"
    assert sentence_at(found, len(text) + 5) is None


@given(st.text(alphabet="اب تث.؟!\n«»\" 12", max_size=80))
def test_sentences_are_ordered_disjoint_and_cover_every_word(text):
    found = sentences(text)
    for earlier, later in zip(found, found[1:]):
        assert earlier.end <= later.start
    covered = {i for s in found for i in range(s.start, s.end)}
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())
