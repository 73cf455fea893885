"""An interrupted ingest leaves a consistent store, and running it again finishes the job."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import psycopg
import pytest

from rasd.store import open_store

FILES = 800


@pytest.fixture
def corpus(tmp_path, make_article_text):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(FILES):
        (folder / f"{number:04d}.txt").write_text(make_article_text(number), encoding="utf-8")
    return folder


def _stored(db_path) -> int:
    if str(db_path).startswith("postgresql://"):
        with psycopg.connect(str(db_path)) as db:
            return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    try:
        with sqlite3.connect(db_path, timeout=30) as db:
            return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _takes_ctrl_c() -> None:
    """In the child: take SIGINT as a process started from a terminal does. A suite run in the background
    (``nohup``, ``&``) ignores SIGINT, its children inherit that, and then Python installs no Ctrl-C handler."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(corpus, db_path, *options: str):
    env = os.environ | {"RASD_BATCH_SIZE": "20"}
    command = [sys.executable, "-m", "rasd", "ingest", str(corpus), "--db", str(db_path), "--no-progress", *options]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_takes_ctrl_c)


def _interrupt_midway(process, db_path, how):
    deadline = time.monotonic() + 60
    while _stored(db_path) < 40:
        assert process.poll() is None, "ingest finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(how)
    return process.communicate(timeout=60)


def _check_complete(db_path):
    with open_store(db_path) as store:
        assert store.check_integrity() == []
        stats = store.stats()
        assert stats["documents"] == stats["articles"] == FILES
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT COUNT(DISTINCT origin) FROM documents").fetchone()[0] == FILES


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM])
def test_interrupted_ingest_then_rerun(corpus, db_path, how):
    process = _start(corpus, db_path)
    stdout, stderr = _interrupt_midway(process, db_path, how)
    stored = _stored(db_path)
    assert 0 < stored < FILES
    if how != signal.SIGKILL:
        assert process.returncode == 130
        assert "interrupted" in stderr and "Traceback" not in stderr
    with open_store(db_path) as store:
        assert store.check_integrity() == []
        # Whole batches only: every stored document has its article.
        assert store.stats()["documents"] == store.stats()["articles"]

    rerun = _start(corpus, db_path)
    stdout, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr
    assert f"{FILES - stored} new, {stored} duplicate, 0 failed" in stdout
    _check_complete(db_path)


def test_a_killed_ingest_into_postgresql_then_rerun(corpus, postgres_cluster):
    url = postgres_cluster.new_database()
    process = _start(corpus, url)
    _interrupt_midway(process, url, signal.SIGKILL)
    stored = _stored(url)
    assert 0 < stored < FILES
    with open_store(url) as store:
        assert store.check_integrity() == []
        assert store.stats()["documents"] == store.stats()["articles"]
    rerun = _start(corpus, url, "--workers", "2")  # and finished by a parallel run
    stdout, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr
    assert f"{FILES - stored} new, {stored} duplicate, 0 failed" in stdout
    with open_store(url) as store:
        assert store.check_integrity() == []
        stats = store.stats()
        assert stats["documents"] == stats["articles"] == FILES
        assert store._db.execute("SELECT COUNT(DISTINCT origin) FROM documents").fetchone()[0] == FILES
