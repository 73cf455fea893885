"""Shared fixtures: stores of each backend, the bundled samples, and ../shared when it is there."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from postgres_cluster import REQUIRED_ENV, Cluster, find_binaries

from rasd.samples import articles_dir, samples_dir
from rasd.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL server for the session; skips (fails where RASD_REQUIRE_POSTGRES=1, as in CI)
    when PostgreSQL is not installed."""
    binaries = find_binaries()
    if binaries is None:
        message = "PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin)"
        if os.environ.get(REQUIRED_ENV) == "1":
            pytest.fail(f"{message}, and {REQUIRED_ENV}=1 requires it")
        pytest.skip(f"{message}: the PostgreSQL backend is not tested here (apt-get install postgresql)")
    cluster = Cluster(binaries)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    """Each store backend in turn."""
    return request.param


@pytest.fixture
def open_backend(backend, request):
    """A maker of empty, migrated stores of the backend under test (closed after the test)."""
    opened, databases = [], []

    def make():
        location = ":memory:"
        if backend == "postgresql":
            location = request.getfixturevalue("postgres_cluster").new_database()
            databases.append(location)
        opened.append(open_store(location))
        return opened[-1]

    yield make
    for each in opened:
        each.close()
    for url in databases:
        request.getfixturevalue("postgres_cluster").drop(url)


@pytest.fixture
def store(open_backend):
    """A migrated, empty store: in-memory SQLite, then a PostgreSQL database."""
    return open_backend()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def sample_articles() -> Path:
    return articles_dir()


@pytest.fixture(scope="session")
def sample_gold() -> Path:
    return samples_dir() / "EXPECTED.json"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The project's shared data folder; tests that need it skip with a clear message when it is absent."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared is absent (looked in {SHARED}): seed and corpus tests need it")
    return SHARED


@pytest.fixture(scope="session")
def benchmark_script():
    """A loader of the scripts in benchmarks/ as modules: ``benchmark_script("events_sample")``."""
    import importlib.util

    def load(name: str):
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load


_WORDS = (
    "وزير الخارجية المؤتمر المياه الجفاف الحكومة البرلمان الاتفاق المنطقة الدول العربية التعاون "
    "الاقتصاد الأمن المفاوضات الرئيس الوفد العاصمة الاجتماع البيان الملف الحدود الأمطار الزراعة "
    "قال أكد أضاف أشار أعلن دعا حذر اعتبر يوم الاثنين الثلاثاء في على من إلى أن إن مع بعد قبل"
).split()


@pytest.fixture(scope="session")
def make_article_text():
    """A maker of synthetic articles for volume tests."""
    return synthetic_article


def synthetic_article(seed: int, sentences: int = 5) -> str:
    """A synthetic Arabic article (words rasd's own, not copied text) for volume tests."""
    rng = random.Random(seed)
    lines = []
    for _ in range(sentences):
        lines.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 25))) + ".")
    return f"عنوان الخبر رقم {seed}\n\n" + "\n".join(lines) + "\n"


# "افتتح المعرض الدولي للكتاب أبوابه أمس ولا سيما للطلاب" as the glyphs a screen draws (presentation forms).
_SHAPED = ("\ufe8d\ufed3\ufe98\ufe98\ufea2 \ufe8d\ufedf\ufee4\ufecc\ufeae\ufebd \ufe8d\ufedf\ufeaa\ufeed\ufedf\ufef2 "
           "\ufedf\ufee0\ufedc\ufe98\ufe8e\ufe8f \ufe83\ufe91\ufeee\ufe8d\ufe91\ufeea \ufe83\ufee3\ufeb2 \ufeed\ufefb "
           "\ufeb3\ufef4\ufee4\ufe8e \ufedf\ufee0\ufec4\ufefc\ufe8f")
_LETTERS = "افتتح المعرض الدولي للكتاب أبوابه أمس ولا سيما للطلاب"


@pytest.fixture(scope="session")
def shaped_sentence() -> tuple[str, str]:
    """A sentence in presentation forms, and the same in letters."""
    return _SHAPED, _LETTERS
