"""Near-duplicate grouping measured on SaudiNewsNet: recall on the heuristic silver pairs.

The archive is signed and grouped in memory with the same functions the store uses
(``stories.minhash``: shingles, signatures, band keys, threshold), so the numbers are the stored
behaviour's. Precision needs a person: ``sample`` found pairs are returned to be read and judged.
"""

from __future__ import annotations

import csv
import json
import random
import time
import zipfile
from collections import defaultdict
from pathlib import Path

from ..errors import InputError
from ..stories.minhash import band_keys, describe, name_set, same_text, signature, similarity

SILVER = "silver_near_duplicate_pairs.tsv"


def load_archive(folder: Path, days: int | None = None) -> list[dict]:
    """SaudiNewsNet articles (source, url, title, content) from the zips under ``folder/full_zips``
    (the first ``days`` daily zips when given)."""
    zips = sorted((folder / "full_zips").glob("*.zip"))[:days]
    if not zips:
        raise InputError(f"no SaudiNewsNet zips in {folder / 'full_zips'} (give the folder with --data)")
    articles = []
    for path in zips:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".json"):
                    articles.extend(json.loads(archive.read(name)))
    return articles


def article_names(articles: list[dict], batch: int = 64) -> list[frozenset[str]]:
    """The names each article mentions, found by rasd's entity model as ``rasd ingest`` finds them."""
    from ..nlp.ner import load_recognizer

    recognizer = load_recognizer()
    names = []
    for start in range(0, len(articles), batch):
        texts = [article.get("content") or "" for article in articles[start : start + batch]]
        for mentions, _ in recognizer.annotate(texts):
            names.append(name_set((mention.name, mention.type) for mention in mentions))
    return names


def group_archive(
    articles: list[dict], names: list[frozenset[str]] | None = None
) -> tuple[list[int], list[tuple[int, int, float]]]:
    """Each article's group (smallest index in its component) and every pair found to be one text.

    Without ``names`` the name check is skipped, as it is for articles stored without entities.
    """
    no_names = frozenset()
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    signatures = {}
    pairs = []
    for index, article in enumerate(articles):
        values = signature(article.get("content") or "")
        if values is None:
            continue
        signatures[index] = values
        keys = band_keys(values)
        candidates = {other for band, key in enumerate(keys) for other in buckets[(band, key)]}
        for other in sorted(candidates):
            score = similarity(values, signatures[other])
            if same_text(score, names[index] if names else no_names, names[other] if names else no_names):
                pairs.append((other, index, score))
                low, high = sorted((root(other), root(index)))
                parent[high] = low
        for band, key in enumerate(keys):
            buckets[(band, key)].append(index)
    return [root(i) for i in range(len(articles))], pairs


def evaluate_silver(
    folder: Path,
    sample: int = 0,
    seed: int = 13,
    days: int | None = None,
    sample_under: float = 1.01,
    with_names: bool = True,
) -> dict:
    """Recall on the silver pairs (same group), by the pairs' own 5-gram Jaccard; and a sample of found pairs.

    With ``days``, only the first daily zips are read and only silver pairs with both articles in them count.
    ``sample_under`` draws the sample only from pairs whose similarity is under it (the margin, where errors are).
    ``with_names=False`` skips the entity model (much faster) and with it the name check.
    """
    silver_path = folder / SILVER
    if not silver_path.is_file():
        raise InputError(f"no {SILVER} in {folder} (give the SaudiNewsNet folder with --data)")
    started = time.perf_counter()
    articles = load_archive(folder, days)
    names = article_names(articles) if with_names else None
    groups, pairs = group_archive(articles, names)
    by_url = {}
    for index, article in enumerate(articles):
        by_url.setdefault(article.get("url"), index)
    buckets = [0.0, 0.3, 0.5, 0.7, 0.9]
    found = dict.fromkeys(buckets, 0)
    total = dict.fromkeys(buckets, 0)
    missing = 0
    with silver_path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        a, b = by_url.get(row["url_a"]), by_url.get(row["url_b"])
        if a is None or b is None:
            missing += 1  # not in the archive read (a partial run, or a URL the archive lacks)
            continue
        same = groups[a] == groups[b]
        for bucket in buckets:
            if float(row["jaccard_5gram"]) >= bucket:
                total[bucket] += 1
                found[bucket] += same
    sizes = defaultdict(int)
    for group in groups:
        sizes[group] += 1
    result = {
        "parameters": describe() | {"name_check": with_names},
        "articles": len(articles),
        "groups": sum(1 for size in sizes.values() if size > 1),
        # Chained groups of unrelated articles show up as outsized groups: the largest are worth a look.
        "largest_groups": [
            {"articles": size, "titles": [a.get("title", "") for a, g in zip(articles, groups) if g == group][:8]}
            for group, size in sorted(sizes.items(), key=lambda item: -item[1])[:5]
        ],
        "found_pairs": len(pairs),
        "silver_pairs": len(rows),
        "silver_missing": missing,
        "recall": found[0.0] / total[0.0] if total[0.0] else 0.0,
        "recall_by_jaccard": [
            {"min_jaccard": b, "pairs": total[b], "found": found[b], "recall": found[b] / total[b] if total[b] else 0.0}
            for b in buckets
        ],
        "seconds": time.perf_counter() - started,
    }
    if sample:
        pool = [pair for pair in pairs if pair[2] < sample_under]
        drawn = random.Random(seed).sample(pool, min(sample, len(pool)))
        result["sample"] = [_pair_view(articles, pair) for pair in drawn]
    return result


def _pair_view(articles: list[dict], pair: tuple[int, int, float]) -> dict:
    first, second, score = pair
    view = (
        lambda i: {  # noqa: E731
            "id": i,
            "source": articles[i].get("source", ""),
            "url": articles[i].get("url", ""),
            "title": articles[i].get("title", ""),
            "text": " ".join((articles[i].get("content") or "").split())[:400],
        }
    )
    return {"a": view(first), "b": view(second), "similarity": score}
