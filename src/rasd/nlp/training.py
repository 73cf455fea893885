"""Train rasd's NER model from the Arabic NER corpora: ``rasd train ner``.

Reads ANERcorp's training file and holds out its last 10% of sentences
(contiguous) as the dev set, never trained on; adds WikiFANE, AQMAR and the
Wojood sample when present, mapped to PER/ORG/LOC/MISC (``tagmaps/``).
NewsFANE is kept for evaluation only: it re-annotates ANERcorp sentences.
Optionally trains floret vectors on a news archive first.  Everything runs
from ``ner.cfg`` with fixed seeds.  Last, a CRF stage (``crf.py``) is trained
on the same sentences over the trained pipeline's features.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import RasdError
from ..eval.conll import Sentence, load_tag_map, read_conll
from .archive_people import count_archive, family_names, read_family_names, write_family_names
from .crf import train_crf
from .crf_features import archive_types
from .gazetteer import build_gazetteer
from .ner import LEXICON_FILE
from .pretraining import pretrain_tok2vec

CONFIG = Path(__file__).parent / "ner.cfg"
DEV_SHARE = 0.10
# ANERcorp is the in-domain corpus: with extra corpora, it is seen this many times per pass over them.
ANERCORP_WEIGHT = 2
# Corpora added to ANERcorp. Measured: adding WikiFANE, AQMAR and Wojood lowered dev F1
# (64.0 against 67.4 at the same step), as their conventions differ, so none is used by default.
EXTRA_CORPORA: tuple[str, ...] = ()
# Words kept in the vector table (the most frequent; they cover about 93% of news tokens).
VECTOR_WORDS = 40_000
# Self-training (``--silver``): archive sentences of this many words a teacher pipeline tags, drawn in a
# seeded order, and the updates the neural model then gets (it peaked at step 3,000 of 6,000; README).
SILVER_WORDS = (8, 60)
SILVER_SEED = 5
SILVER_STEPS = 4000
Log = Callable[[str], None]


@dataclass(slots=True)
class Corpora:
    train: dict[str, list[Sentence]]
    dev: list[Sentence]


def anercorp_split(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """First 90% for training, the contiguous last 10% for dev."""
    cut = len(sentences) - round(len(sentences) * DEV_SHARE)
    return sentences[:cut], sentences[cut:]


def load_corpora(data: Path, extra: tuple[str, ...] = EXTRA_CORPORA) -> Corpora:
    """The training and dev sentences under ``data`` (the layout of the project's NER data folder).

    ``extra`` names the corpora beside ANERcorp to train on: wikifane, aqmar, wojood.
    """
    anercorp = data / "anercorp" / "train.txt"
    if not anercorp.is_file():
        raise RasdError(f"{anercorp} not found: --data must hold anercorp/train.txt")
    train, dev = anercorp_split(read_conll(anercorp, load_tag_map("anercorp")))
    sets = {"anercorp": train}
    optional = {
        "wikifane": (sorted((data / "wikifane").glob("*.txt")), "fane"),
        "aqmar": (sorted((data / "aqmar" / "articles").glob("*.txt")), "aqmar"),
        "wojood": ([data / "wojood-sample" / f"{part}.txt" for part in ("train", "val", "test")], "wojood"),
    }
    for name, (files, tag_map) in optional.items():
        if name not in extra:
            continue
        files = [f for f in files if f.is_file() and not f.name.lower().startswith("licen")]
        if files:
            mapping = load_tag_map(tag_map)
            sets[name] = [s for f in files for s in read_conll(f, mapping) if s.tokens]
    return Corpora(sets, dev)


def name_lexicon(corpora: Corpora) -> dict[str, int]:
    """How often each folded word starts an entity in the training sets (gazetteer words are added at load)."""
    from ..arabic.normalize import normalize_for_matching
    from ..eval.conll import bio_spans

    counts: Counter[str] = Counter()
    for sentences in corpora.train.values():
        for sentence in sentences:
            for _, start, _ in bio_spans(sentence.tags):
                counts[normalize_for_matching(sentence.tokens[start])] += 1
    return dict(sorted(counts.items()))


def _docbin(sentences: list[Sentence], path: Path) -> None:
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("ar").vocab
    docs = [Doc(vocab, words=s.tokens, spaces=[True] * len(s.tokens), ents=s.tags) for s in sentences]
    DocBin(docs=docs).to_disk(path)


def news_lines(news: Path) -> Iterator[str]:
    """Title and text lines of every article in a folder of zipped JSON arrays or JSON-lines files."""
    for path in sorted(news.rglob("*")):
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    for record in json.loads(archive.read(name)):
                        yield from _record_lines(record)
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        yield from _record_lines(json.loads(line))


def _record_lines(record: dict) -> Iterator[str]:
    for field in ("title", "content", "text"):
        value = record.get(field)
        if isinstance(value, str):
            yield from value.split("\n")


def train_vectors(news: Path, work: Path, log: Log, words: int = VECTOR_WORDS) -> Path:
    """Word vectors for the ``words`` most frequent folded words of a news archive, as a spaCy vectors folder.

    floret (fastText with hashed subwords) learns them; the table keeps whole
    words only, because looking up subwords at tagging time costs a quarter of
    the model's speed, and the model's hashed NORM and stem features already
    cover rare words.
    """
    import floret
    import spacy
    from spacy.training.initialize import convert_vectors

    from .tokenizer import token_spans, word_features

    corpus = work / "vectors-corpus.txt"
    counts: Counter[str] = Counter()
    with corpus.open("w", encoding="utf-8") as out:
        for line in news_lines(news):
            tokens = [word_features(line[start:end])[0] for start, end in token_spans(line)]
            if len(tokens) > 2:
                out.write(" ".join(tokens) + "\n")
                counts.update(tokens)
    if not counts:
        raise RasdError(f"no article text found under {news} to train vectors on")
    log(f"training floret vectors on {counts.total():,} words")
    # One thread: floret is only deterministic single-threaded.
    model = floret.train_unsupervised(
        str(corpus), model="cbow", mode="floret", hashCount=2, bucket=50_000, minn=3, maxn=5,
        minCount=5, dim=100, epoch=5, thread=1, lr=0.05, verbose=0,
    )
    table = work / "vectors.txt"
    with table.open("w", encoding="utf-8") as out:
        kept = [word for word, _ in counts.most_common(words)]
        out.write(f"{len(kept)} {model.get_dimension()}\n")
        for word in kept:
            out.write(word + " " + " ".join(f"{x:.4f}" for x in model.get_word_vector(word)) + "\n")
    nlp = spacy.blank("ar")
    convert_vectors(nlp, table, truncate=0, prune=-1, attr="NORM")
    vectors = work / "vectors"
    nlp.to_disk(vectors)
    key_vectors_by_norm(vectors)
    return vectors


def key_vectors_by_norm(model: Path) -> None:
    """Make the saved vector table of the pipeline in ``model`` look words up by NORM, the folded word.

    The table's keys are folded words, but spaCy saves a plain (non-floret)
    table's key attribute nowhere and reloads it as ORTH, the word as written:
    measured on the dev split, 67% of tokens then find a vector instead of 91%
    (every word with a hamza, taa marbuta or alif maqsura misses), and dev F1
    was 1.5 points lower.  spaCy does read the attribute back when the file has it.
    """
    from spacy.attrs import NORM

    cfg = model / "vocab" / "vectors.cfg"
    if cfg.is_file():
        settings = json.loads(cfg.read_text(encoding="utf-8"))
        if settings.get("mode", "default") == "default":
            cfg.write_text(json.dumps(settings | {"attr": NORM}), encoding="utf-8")


def silver_sentences(news: Path, count: int, teacher: Path, seed: int = SILVER_SEED) -> list[Sentence]:
    """``count`` sentences of the archive at ``news`` (paragraphs in a seeded random order, sentences of
    ``SILVER_WORDS`` words), tagged by the NER pipeline at ``teacher``: self-training data for the neural
    model, which then learns what the teacher's CRF and rules find in today's news."""
    import random

    from ..arabic.sentences import sentences
    from .ner import EntityRecognizer
    from .tokenizer import token_spans

    paragraphs = [line for line in news_lines(news) if line.strip()]
    random.Random(seed).shuffle(paragraphs)
    low, high = SILVER_WORDS
    picked: list[list[str]] = []
    for paragraph in paragraphs:
        for sentence in sentences(paragraph):
            tokens = [sentence.text[start:end] for start, end in token_spans(sentence.text)]
            if low <= len(tokens) <= high:
                picked.append(tokens)
        if len(picked) >= count:
            break
    picked = picked[:count]
    tags = EntityRecognizer(teacher).tag_tokens(picked)
    return [Sentence(tokens, sentence_tags) for tokens, sentence_tags in zip(picked, tags)]


def add_crf(model: Path, sentences: list[Sentence], types: dict[str, str]) -> None:
    """Train the CRF stage on ``sentences`` over the pipeline saved in ``model`` (without one) and save
    the pipeline with it."""
    import spacy

    nlp = spacy.load(model)
    train_crf(nlp, sentences, types, read_family_names(model), model / "crf_ner")
    nlp.to_disk(model)
    key_vectors_by_norm(model)


def train_ner(
    data: Path,
    out: Path,
    news: Path | None = None,
    gazetteers: Path | None = None,
    max_steps: int | None = None,
    pretrain: bool = True,
    silver: int = 0,
    teacher: Path | None = None,
    log: Log = print,
) -> dict:
    """Train the NER pipeline into ``out`` and return its dev scores.

    ``news``: an archive to train word vectors on and, with ``pretrain``, to
    pretrain the tok2vec on; ``gazetteers``: the folder of name lists the
    name-word gazetteer is built from (CLDR names are always in); ``silver``:
    how many archive sentences the pipeline at ``teacher`` (default: the shipped
    model) tags for the neural model to train on too (never for the CRF).
    """
    import spacy
    from spacy.cli.train import train

    from . import tokenizer  # noqa: F401  (registers the tokenizer named in the config)
    from .ruler import add_ruler

    corpora = load_corpora(data)
    gold = [s for sentences in corpora.train.values() for s in sentences]
    if silver:
        if news is None:
            raise RasdError("--silver needs --news: the archive whose sentences the teacher tags")
        from .ner import MODEL_DIR

        log(f"tagging {silver:,} archive sentences with the teacher model")
        corpora.train["silver"] = silver_sentences(news, silver, teacher or MODEL_DIR)
        max_steps = max_steps or SILVER_STEPS
    for name, sentences in corpora.train.items():
        log(f"{name}: {len(sentences):,} sentences")
    log(f"dev (last 10% of ANERcorp train): {len(corpora.dev):,} sentences")
    with tempfile.TemporaryDirectory(prefix="rasd-train-") as temp:
        work = Path(temp)
        (work / "train").mkdir()
        extra = [name for name in corpora.train if name not in ("anercorp", "silver")]
        for name, sentences in corpora.train.items():
            copies = ANERCORP_WEIGHT if name == "anercorp" and extra else 1
            for copy in range(copies):
                _docbin(sentences, work / "train" / f"{name}-{copy}.spacy")
        _docbin(corpora.dev, work / "dev.spacy")
        gazetteer = work / "gazetteer.json"
        gazetteer.write_text(json.dumps(build_gazetteer(gazetteers), ensure_ascii=False), encoding="utf-8")
        overrides: dict = {
            "paths.train": str(work / "train"),
            "paths.dev": str(work / "dev.spacy"),
            "paths.gazetteer": str(gazetteer),
        }
        if news is not None:
            overrides["paths.vectors"] = str(train_vectors(news, work, log))
            overrides["components.tok2vec.model.embed.include_static_vectors"] = True
            if pretrain:
                overrides["paths.init_tok2vec"] = str(pretrain_tok2vec(CONFIG, news_lines(news), work, overrides, log))
        if max_steps:
            overrides["training.max_steps"] = max_steps
        if silver:
            overrides["training.patience"] = max_steps  # (the dev score still climbs after the config's patience)
        train(CONFIG, output_path=work / "model", overrides=overrides)
        nlp = spacy.load(work / "model" / "model-best")
        add_ruler(nlp, gazetteers)
        if out.exists():
            shutil.rmtree(out)
        nlp.to_disk(out)
        key_vectors_by_norm(out)
    types: dict[str, str] = {}
    if news is not None:
        log("reading the archive for family names and how the model types each word")
        nlp = spacy.load(out)
        counts = count_archive(nlp, news_lines(news))
        write_family_names(out, family_names(counts, nlp.vocab))
        types = archive_types(counts)
    log("training the CRF")
    add_crf(out, gold, types)
    corpora.train.pop("silver", None)  # the names the lexicon counts are the corpora's own
    (out / LEXICON_FILE).write_text(json.dumps(name_lexicon(corpora), ensure_ascii=False), encoding="utf-8")
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    meta.update(name="rasd_ner", version="1.0.0", description="rasd Arabic NER (PER, ORG, LOC, MISC)")
    meta["rasd_training"] = {
        name: len(sentences) for name, sentences in corpora.train.items()
    } | {"dev_sentences": len(corpora.dev), "vectors": news is not None,
        "pretrained_tok2vec": news is not None and pretrain, "archive_family_names": news is not None,
        "crf": True, "archive_word_types": len(types), "silver_sentences": silver,
        "gazetteers": gazetteers is not None}
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return meta.get("performance", {})
