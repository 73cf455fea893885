"""Turn a CoNLL-style NER corpus (``token TAG`` per line, blank line between sentences) back into running text,
as JSON-lines records of a few consecutive sentences each, so its news sentences can serve as fresh articles for
reading rasd's events by hand (``benchmarks/events_sample.py draw --archive``).

    python benchmarks/conll_articles.py ../shared/data/ner/anercorp/train.txt --sentences 10 \
        --leave-last 403 --name anercorp-train > /tmp/anercorp_articles.jsonl

Punctuation the corpus split off is joined back to the word before it (an opening bracket to the word after).
``--join-clitics`` joins the clitics a corpus splits off (NewsFANE writes ``و قال``, ``ان ه``, ``نمو ها``) back
to their word: a one-letter conjunction or preposition to the word after it, a pronoun to the word before it.
``--leave-last N`` leaves out the corpus's last N sentences (the NER dev split, 403 for ANERcorp's training part).
Each record is ``{"url": "NAME#k", "content": text}``: the sentences ``(k-1)*S+1`` to ``k*S``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from rasd.errors import RasdError
from rasd.eval.conll import read_conll

_CLOSING = re.compile(r" ([.,:;،؛!?؟)\]»])")
_OPENING = re.compile(r"([(\[«]) ")


def running_text(words: list[str]) -> str:
    """Words joined by spaces, punctuation back against the word it belongs to."""
    return _OPENING.sub(r"\1", _CLOSING.sub(r"\1", " ".join(words)))


_PROCLITICS = frozenset("و ف ب ل ك س".split())
_ENCLITICS = frozenset("ه ها هم هما هن كم كما نا ي ء".split())


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def joined_clitics(words: list[str]) -> list[str]:
    """Split-off clitics back on their word: ``و قال`` -> ``وقال``, ``ف ان ه`` -> ``فانه``."""
    joined: list[str] = []
    pending = ""
    for word in words:
        if word in _ENCLITICS and not pending and joined and _is_word(joined[-1]):
            joined[-1] += word
        elif word in _PROCLITICS:
            pending += word
        elif pending and _is_word(word) and len(word) > 1:
            joined.append(pending + word)
            pending = ""
        else:
            joined.extend([pending, word] if pending else [word])
            pending = ""
    return joined + ([pending] if pending else [])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sentences", type=int, default=10, help="sentences per record")
    parser.add_argument("--join-clitics", action="store_true", help="join split-off clitics back to their word")
    parser.add_argument("--leave-last", type=int, default=0, help="sentences at the end left out")
    parser.add_argument("--name", default=None, help="the records' name before '#' (default: the file's stem)")
    args = parser.parse_args()
    try:
        sentences = [sentence.tokens for sentence in read_conll(args.corpus)]
    except RasdError as error:  # a missing or malformed corpus: one line, no traceback
        print(error, file=sys.stderr)
        return 2
    if args.leave_last:
        sentences = sentences[:-args.leave_last]
    name = args.name or args.corpus.stem
    for number, start in enumerate(range(0, len(sentences), args.sentences), 1):
        text = " ".join(running_text(joined_clitics(sentence) if args.join_clitics else sentence)
                        for sentence in sentences[start:start + args.sentences])
        print(json.dumps({"url": f"{name}#{number}", "content": text}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
