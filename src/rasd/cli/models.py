"""Commands that measure and train rasd's models: evaluate cleaning and ner; train ner, its name ruler and
the events' confidence."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from .. import render
from ..errors import RasdError
from ..eval.ner import DEFAULT_CONTEXT
from .common import JsonOption, evaluate_app, fails_cleanly, train_app


@evaluate_app.command("cleaning")
@fails_cleanly
def evaluate_cleaning(
    gold: Optional[Path] = typer.Option(None, help="Gold file (default: the bundled samples' EXPECTED.json)."),
    files: Optional[Path] = typer.Option(None, help="Folder holding the files the gold file names."),
    as_json: bool = JsonOption,
) -> None:
    """Share of body lines kept and boilerplate lines dropped, per file and overall."""
    from ..eval.cleaning import score_cleaning
    from ..samples import articles_dir, samples_dir

    if gold is None:
        gold, files = samples_dir() / "EXPECTED.json", files or articles_dir()
    score = score_cleaning(gold, files or gold.parent)
    if as_json:
        render.print_json(score.as_dict())
        return
    for item in score.files:
        render.out.print(
            f"{escape(item.file)}: body kept {item.body_kept}/{item.body_lines} ({item.body_recall:.1%}), "
            f"boilerplate dropped {item.boilerplate_dropped}/{item.boilerplate_lines} ({item.boilerplate_removal:.1%})"
        )
        if item.lost_body or item.kept_boilerplate:
            render.out.print(f"   lost body lines {item.lost_body}, kept boilerplate lines {item.kept_boilerplate}")
    render.out.print(
        f"[bold]overall: body kept {score.body_recall:.1%}, boilerplate dropped {score.boilerplate_removal:.1%}[/]"
    )


@evaluate_app.command("ner")
@fails_cleanly
def evaluate_ner(
    gold: Path = typer.Argument(..., help="CoNLL-style file: token and tag per line, blank line between sentences."),
    tag_map: Optional[str] = typer.Option(
        None, "--map", help="Tag map for the gold file: a JSON file or a bundled map (anercorp, fane, aqmar, wojood)."
    ),
    model: Optional[Path] = typer.Option(None, help="Model folder (default: the shipped model)."),
    context: int = typer.Option(
        DEFAULT_CONTEXT, min=1, help="Read up to this many consecutive sentences of a document together, as rasd reads an "
        "article: a name found in one is also tagged where another repeats it (1: each sentence alone)."
    ),
    as_json: bool = JsonOption,
) -> None:
    """Precision, recall and F1 per type and overall (exact spans, CoNLL rules), and words per second."""
    from ..eval.conll import load_tag_map, read_conll
    from ..eval.ner import evaluate
    from ..nlp.ner import load_recognizer

    if not gold.is_file():
        raise RasdError(f"no such gold file: {gold}")
    sentences = read_conll(gold, load_tag_map(tag_map) if tag_map else None)
    recognizer = load_recognizer(model)
    score = evaluate(sentences, recognizer.tag_tokens, context=context)
    if as_json:
        render.print_json(score.as_dict())
    else:
        render.ner_score(score)


@train_app.command("ner")
@fails_cleanly
def train_ner(
    data: Path = typer.Option(..., help="NER data folder holding anercorp/train.txt (and wikifane/, aqmar/, wojood-sample/)."),
    out: Path = typer.Option(..., help="Folder to write the trained model to."),
    news: Optional[Path] = typer.Option(
        None, help="News archive (zipped JSON arrays or .jsonl) to train word vectors on and pretrain the tok2vec on."
    ),
    gazetteers: Optional[Path] = typer.Option(None, help="Folder of name lists (anetac/, anergazet/, ...) for the gazetteer."),
    max_steps: Optional[int] = typer.Option(None, min=1, help="Stop after this many updates (default: the config's)."),
    pretrain: bool = typer.Option(True, help="With --news, pretrain the tok2vec on it first (about 20 minutes)."),
    silver: int = typer.Option(
        0, min=0, help="With --news, also train the neural model on this many archive sentences the teacher tags."
    ),
    teacher: Optional[Path] = typer.Option(None, help="The model that tags --silver sentences (default: the shipped one)."),
) -> None:
    """Train the NER model from the Arabic NER corpora, reproducibly (fixed seeds, committed config)."""
    from ..nlp.training import train_ner as run_training

    scores = run_training(
        data, out, news=news, gazetteers=gazetteers, max_steps=max_steps, pretrain=pretrain, silver=silver,
        teacher=teacher, log=render.err.print,
    )
    render.out.print(f"model written to {escape(str(out))}; dev F1 {scores.get('ents_f', 0):.1%}")


@train_app.command("ruler")
@fails_cleanly
def train_ruler(
    gazetteers: Path = typer.Option(..., help="Folder of name lists the major cities are read from (gazetteer-dr5hn/)."),
    model: Optional[Path] = typer.Option(None, help="The NER model folder to update (default: the shipped one)."),
) -> None:
    """Rebuild an NER model's name ruler from today's name lists (names.tsv, known/), without retraining."""
    from ..nlp.ner import MODEL_DIR
    from ..nlp.ruler import rebuild_ruler

    folder = model or MODEL_DIR
    count = rebuild_ruler(folder, gazetteers)
    render.out.print(f"{count:,} name rules written to {escape(str(folder / 'name_ruler'))}")


@train_app.command("events")
@fails_cleanly
def train_events(
    news: Path = typer.Option(..., help="The archive the judged articles come from (zipped JSON arrays or .jsonl)."),
    judged: Path = typer.Option(Path("benchmarks/gold/events_judged_saudinewsnet.jsonl"),
                                help="Verdicts on events read by hand (one JSON line per event)."),
    out: Optional[Path] = typer.Option(None, help="Model file to write (default: the shipped one)."),
    bar: float = typer.Option(0.0, min=0.0, max=1.0,
                              help="The model's own bar: events under this probability are left out (0 keeps all)."),
) -> None:
    """Learn how likely each shape of event is to be right from judged events (each event's confidence)."""
    from ..events.confidence import MODEL_PATH, features, fit, held_out_probabilities, held_out_score
    from ..events.judged import judged_events

    for path, what in ((judged, "verdict file"), (news, "archive folder")):
        if not path.exists():
            raise RasdError(f"the {what} {path} does not exist")
    examples = []
    with render.err.status("reading the judged articles…"):
        for item in judged_events(judged, news):
            if item.verdict is not None:
                examples.append((features(item.event, item.text), item.state == "right", item.sample))
    if len({sample for _, _, sample in examples}) < 2:
        raise RasdError(f"{judged} matched fewer than two samples' events in {news}: nothing to learn from")
    with render.err.status("scoring each sample with a model learnt from the others…"):
        probabilities = held_out_probabilities(examples)
    model = fit([(names, right) for names, right, _ in examples])
    model.threshold = bar
    target = out or MODEL_PATH
    model.save(target)
    render.out.print(f"{len(examples):,} judged events in {len({s for _, _, s in examples})} samples,"
                     f" {held_out_score(examples, probabilities, 0.0).precision_all:.1%} right.")
    render.out.print("Each sample scored by a model learnt from the others; events kept at each bar:")
    for level in (0.3, 0.4, 0.5, 0.6, 0.7):
        score = held_out_score(examples, probabilities, level)
        render.out.print(f"  {level:.1f}: {score.kept:,} kept, {score.precision_kept:.1%} right,"
                         f" {score.right_kept:.1%} of the right events kept")
    render.out.print(f"Model written to {escape(str(target))} (its bar: {bar})")
