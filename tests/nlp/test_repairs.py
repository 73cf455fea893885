

def test_a_persons_name_never_ends_on_abu():
    from spacy.tokens import Span

    from rasd.nlp.ner import load_recognizer
    from rasd.nlp.repairs import lineage_names

    doc = load_recognizer().nlp.tokenizer("وقال أبو ردينة إن المفاوضات متوقفة منذ أشهر.")
    doc.ents = [Span(doc, 1, 2, label="PER")]
    assert [(e.text, e.label_) for e in lineage_names(doc).ents] == [("أبو ردينة", "PER")]
