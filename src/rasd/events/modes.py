"""Mode of an event: happened, planned, conditional, negated, or reported as an unconfirmed claim.

Read from the words around the trigger in its sentence: a negation right
before it (``لم يتفقا``), a denial before it (``نفى أن``), a condition in the
sentence (``إذا التزمت``), a claim marker (``زعم``, ``لم يتسن التأكد``), and
for plans the future prefix (``سيلتقي``), ``سوف``, an intention (``يعتزم``,
``مستعد``) or a time ahead (``الأسبوع المقبل``, ``غدا``). Negation wins over
condition, condition over claim, claim over plan.
"""

from __future__ import annotations

import re

from ..arabic.normalize import matching_words, normalize_for_matching

# Not "ما": far more often a relative ("وهذا ما استدعى") than a negation.
_NEGATIONS = matching_words("لم لن لا ولم ولن ولا عدم وعدم دون بدون")
_DENIALS = matching_words("نفى نفت ينفي تنفي ونفى ونفت نفوا ونفوا")
_CONDITIONS = matching_words("إذا اذا وإذا فإذا لو ولو فلو شرط شريطة بشرط حال حالة")
FUTURE = re.compile(r"^[وف]?س[يتن]\w{3,}$")  # سيلتقي, ستعقد
_CLAIMS = matching_words("زعم زعمت يزعم تزعم مزاعم زاعما مزعوم المزعوم يشتبه")
_CLAIM_PHRASES = tuple(normalize_for_matching(p) for p in ("لم يتسن", "لم يتم التأكد", "غير مؤكد", "لم يتسنى"))
_INTENTIONS = matching_words("""
    سوف يعتزم تعتزم يعتزمون ينوي تنوي ينوون مستعد مستعدة مستعدون مستعدان استعداد استعدادها استعداده
    يستعد تستعد المقرر المنتظر المتوقع المزمع يرتقب يتوقع عشية
""")


def mode_of(folded: list[str], trigger: int, sentence_text: str, future: bool, ahead: bool) -> str:
    """The mode of the trigger at index ``trigger`` of the sentence's folded words.

    ``future`` says the trigger carries the future prefix; ``ahead`` that its date lies after the article's
    or is said to be coming (``المقبل``).
    """
    before = folded[max(0, trigger - 2):trigger]
    if any(word in _NEGATIONS for word in before):
        return "negated"
    if any(word in _DENIALS for word in folded[max(0, trigger - 6):trigger]):
        return "negated"
    window = folded[max(0, trigger - 8):trigger + 15]
    if any(word in _CONDITIONS for word in window) or "في حال" in " ".join(window):
        return "conditional"
    folded_sentence = normalize_for_matching(sentence_text)
    if any(word in _CLAIMS for word in folded) or any(phrase in folded_sentence for phrase in _CLAIM_PHRASES):
        return "claimed"
    if any(FUTURE.match(word) for word in folded[max(0, trigger - 2):trigger]):
        future = True  # "سيواصلان العمل معا"
    if future or ahead or any(word in _INTENTIONS for word in folded[max(0, trigger - 4):trigger]):
        return "planned"
    return "happened"
