"""What a worker derives for the store (``store.prepared``) stores exactly what the store derives itself."""

from rasd.ingest.document import RawDocument
from rasd.ingest.sources import SourceOptions, iter_inputs
from rasd.pipeline import process
from rasd.store import open_store
from rasd.store.prepared import prepare


def _snapshot(store) -> dict:
    return {
        "mentions": [(m.article_id, m.start, m.name, m.entity_id) for m in store.iter_mentions()],
        "entities": [(e.id, e.name, e.mention_count) for e in store.entities(limit=10**6)],
        "search": [(h.article_id, round(h.score, 9)) for h in store.search("وزير", limit=50)],
        "groups": sorted((k, g.group_id) for k, g in store.duplicate_groups(range(1, 100)).items()),
        "stories": [(s.id, s.articles) for s in store.stories(limit=100)],
    }


def test_prepared_values_store_what_the_store_computes(tmp_path, sample_articles):
    documents = [d for d in iter_inputs([str(sample_articles)], SourceOptions()) if isinstance(d, RawDocument)]
    articles = [process(document) for document in documents]
    snapshots = []
    for name, given in (("computed", False), ("prepared", True)):
        with open_store(str(tmp_path / f"{name}.db")) as store:
            for document, article in zip(documents, articles):
                store.save(document, article, prepare(article) if given else None)
            snapshots.append(_snapshot(store))
    assert snapshots[0] == snapshots[1]
    assert snapshots[0]["mentions"] and snapshots[0]["search"] and snapshots[0]["stories"]


def test_a_search_row_built_by_a_worker_stores_what_the_store_builds(open_backend, sample_articles):
    documents = [d for d in iter_inputs([str(sample_articles)], SourceOptions()) if isinstance(d, RawDocument)]
    articles = [process(document) for document in documents]
    snapshots = []
    for rows in (False, True):
        with open_backend() as store:
            for document, article in zip(documents, articles):
                prepared = prepare(article, search_rows=rows)
                assert (prepared.search_row is not None) == rows
                store.save(document, article, prepared)
            snapshots.append(_snapshot(store) | {"phrase": [h.article_id for h in store.search('"وزير الخارجية"')]})
    assert snapshots[0] == snapshots[1]
    assert snapshots[0]["search"]
