"""B-cubed precision, recall and F1 of the stored stories against a gold clustering.

The gold file is tab-separated with a header: ``story<TAB>article``, where article is an article's URL or its
origin's file name (``10_rafid_feed.jsonl#2``). Only gold articles found in the store are scored, each against
the stored story it is in (restricted to gold articles, as B-cubed is over one item set).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from ..errors import InputError
from ..stories.features import describe


def read_gold(path: Path) -> dict[str, str]:
    """Article key -> gold story label."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t"))
    except OSError as error:
        raise InputError(f"cannot read the gold file {path}: {error.strerror}") from None
    if not rows or [cell.strip() for cell in rows[0][:2]] not in (["story", "article"], ["story", "url"]):
        raise InputError(f"{path}: the first line must be the header 'story<TAB>article'")
    gold = {}
    for number, row in enumerate(rows[1:], start=2):
        if not row or not "".join(row).strip():
            continue
        if len(row) < 2:
            raise InputError(f"{path}:{number}: expected 'story<TAB>article'")
        gold[row[1].strip()] = row[0].strip()
    return gold


def bcubed(gold: dict[int, str], found: dict[int, int]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of ``found`` (item -> cluster) against ``gold`` over gold's items."""
    items = [item for item in gold if item in found]
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    by_gold, by_found = defaultdict(set), defaultdict(set)
    for item in items:
        by_gold[gold[item]].add(item)
        by_found[found[item]].add(item)
    precision = recall = 0.0
    for item in items:
        same = len(by_gold[gold[item]] & by_found[found[item]])
        precision += same / len(by_found[found[item]])
        recall += same / len(by_gold[gold[item]])
    precision, recall = precision / len(items), recall / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def evaluate_stories(store, gold_path: Path) -> dict:
    """Score the store's stories on the gold articles it holds; name the gold articles it lacks."""
    gold_keys = read_gold(gold_path)
    store.index_stories()
    ids: dict[str, int] = {}
    for record in store.iter_articles():
        for key in (record.url, Path(record.origin.replace("\\", "/")).name):
            if key in gold_keys:
                ids.setdefault(key, record.id)
    gold = {ids[key]: label for key, label in gold_keys.items() if key in ids}
    found = store.story_of(sorted(gold))
    found = {article: found.get(article, article) for article in gold}
    scores = bcubed(gold, found)
    return {
        "gold": str(gold_path),
        "gold_articles": len(gold_keys),
        "scored_articles": len(gold),
        "missing": sorted(key for key in gold_keys if key not in ids)[:20],
        "gold_stories": len(set(gold.values())),
        "found_stories": len(set(found.values())),
        **scores,
        "parameters": describe(),
    }
