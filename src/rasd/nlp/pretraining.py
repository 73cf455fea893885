"""Pretrain the NER model's tok2vec on a news archive before it learns entities (part of ``rasd train ner``).

ANERcorp has some 110,000 training words; a news archive has millions.  spaCy's
pretraining hides 15% of the words of each paragraph and trains the same
tok2vec the NER model uses (same config, same features, same word vectors) to
guess the first and last letters of each hidden word from its neighbours;
``rasd train ner`` then starts the NER model's tok2vec from those weights
(``[initialize] init_tok2vec`` in ``ner.cfg``).  Seeds are fixed, and one pass
over the archive is made, so the same archive gives the same weights.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ..errors import RasdError

# Paragraphs shorter than this are headlines or captions: too little context to guess a word from.
MIN_WORDS = 4


def write_pretraining_text(lines, path: Path) -> int:
    """Write the paragraphs of ``lines`` as spaCy's raw-text JSONL; returns the number of words."""
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for line in lines:
            line = line.strip()
            count = len(line.split())
            if count >= MIN_WORDS:
                out.write(json.dumps({"text": line}, ensure_ascii=False) + "\n")
                words += count
    return words


def pretrain_tok2vec(config: Path, lines, work: Path, overrides: dict, log: Callable[[str], None]) -> Path:
    """Pretrain the tok2vec of ``config`` on ``lines`` (paragraphs); returns the weights file for init_tok2vec.

    ``overrides`` are the training's own (vectors, gazetteer), so the pretrained
    layer has exactly the shape and inputs the NER model will have.
    """
    from spacy.training.pretrain import pretrain
    from spacy.util import load_config

    text = work / "pretrain.jsonl"
    words = write_pretraining_text(lines, text)
    if not words:
        raise RasdError("no paragraphs to pretrain on")
    log(f"pretraining the tok2vec on {words:,} words")
    out = work / "pretrain"
    out.mkdir()
    pretrain(load_config(config, overrides=overrides | {"paths.raw_text": str(text)}, interpolate=True), out, silent=False)
    return out / "model-last.bin"
