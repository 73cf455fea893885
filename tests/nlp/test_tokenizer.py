import spacy

from rasd.nlp.tokenizer import ArabicTokenizer, token_spans, word_features


def test_tokens_keep_clitics_and_split_punctuation():
    text = "قال «وطالبان» إن 30% من 1.3 مليون، (تقريباً)."
    words = [text[s:e] for s, e in token_spans(text)]
    assert words == ["قال", "«", "وطالبان", "»", "إن", "30%", "من", "1.3", "مليون", "،", "(", "تقريباً", ")", "."]


def test_offsets_index_the_original_text_even_with_odd_spacing():
    text = "  وزير\u200f الخارجية\n\nفي   عمّان  "
    tokenizer = ArabicTokenizer(spacy.blank("ar").vocab)
    doc = tokenizer(text)
    spans = doc.user_data["rasd.spans"]
    assert [text[s:e] for s, e in spans] == [token.text for token in doc] == ["وزير", "الخارجية", "في", "عمّان"]


def test_features_fold_spelling_and_share_stems():
    assert word_features("الأمم") == ("الامم", "امم")
    assert word_features("وطالبان")[1] == word_features("طالبان")[1] == "طالبان"
    tokenizer = ArabicTokenizer(spacy.blank("ar").vocab)
    doc = tokenizer.words_to_doc(["وأحمد", "أحمد"])
    assert [t.norm_ for t in doc] == ["واحمد", "احمد"]
    assert doc[0].prefix_ == doc[1].prefix_ == "احمد"
