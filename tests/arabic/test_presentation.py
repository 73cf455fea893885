from rasd.arabic.presentation import fold_presentation_forms, has_presentation_forms
from rasd.clean.article import TextBuilder


def test_presentation_forms_fold_to_letters_and_ligatures_to_two(shaped_sentence):
    shaped, letters = shaped_sentence
    assert has_presentation_forms(shaped) and not has_presentation_forms(letters)
    folded, grown = fold_presentation_forms(shaped)
    assert folded == letters
    assert [shaped[index] for index, _ in grown] == ["\ufefb", "\ufefc"]  # the two lam-alef ligatures
    assert all(extra == 1 for _, extra in grown)


def test_plain_text_word_ligatures_and_isolated_marks(shaped_sentence):
    letters = shaped_sentence[1]
    assert fold_presentation_forms(letters) == (letters, [])
    # A word ligature such as "ﷺ" stays as written; an isolated fatha form becomes the mark alone.
    assert fold_presentation_forms("محمد \ufdfa")[0] == "محمد \ufdfa"
    assert fold_presentation_forms("\ufe76")[0] == "\u064e"


def test_the_clean_text_is_letters_and_still_maps_to_the_raw_forms(shaped_sentence):
    shaped, letters = shaped_sentence
    raw = "عنوان\n" + shaped + " اليوم"
    builder = TextBuilder()
    builder.add(raw[6:], 6)
    text = builder.text
    assert text == letters + " اليوم"
    for word, shaped in (("المعرض", "\ufe8d\ufedf\ufee4\ufecc\ufeae\ufebd"), ("سيما", "\ufeb3\ufef4\ufee4\ufe8e"),
                         ("اليوم", "اليوم"), ("ولا", "\ufeed\ufefb")):
        start = text.index(word)
        raw_start, raw_end = builder.offsets.to_raw_span(start, start + len(word))
        assert raw[raw_start:raw_end] == shaped
