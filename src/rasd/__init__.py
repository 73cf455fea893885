"""rasd: Arabic-first news intelligence.

    import rasd
    with rasd.open_store("rasd.db") as store:
        report = rasd.ingest(store, ["news/"])
        for hit in store.search("الأمم المتحدة"):
            print(hit.title, hit.snippet)
"""

__version__ = "0.1.0"

from .errors import InputError, RasdError, SearchQueryError, StoreError  # noqa: E402
from .ingest.document import RawDocument  # noqa: E402
from .ingest.sources import SourceOptions  # noqa: E402
from .pipeline import process  # noqa: E402
from .store import SearchFilters, open_store  # noqa: E402
from .workflow import ingest, reprocess  # noqa: E402

__all__ = [
    "InputError", "RasdError", "RawDocument", "SearchFilters", "SearchQueryError", "SourceOptions", "StoreError",
    "__version__", "ingest", "open_store", "process", "reprocess",
]
