"""Parallel ingest stores exactly what a serial ingest stores: local processes and a Dask LocalCluster."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.errors import RasdError
from rasd.ingest.document import TEXT, RawDocument
from rasd.scale import make_runner, process_outcome
from rasd.scale.runner import WORKER_NICENESS, Runner, _split
from rasd.store import open_store
from rasd.workflow import BATCHES_AHEAD, ingest, ingest_documents


def _snapshot(store) -> dict:
    """Everything ingest decides, with ids: articles, mentions and the entities they link to."""
    articles = [(a.id, a.origin, a.title, a.published, a.outlet, a.text) for a in store.iter_articles()]
    mentions = [(m.article_id, m.start, m.end, m.name, m.type, m.entity_id) for m in store.iter_mentions()]
    entities = [(e.id, e.name, e.type, e.mention_count) for e in store.entities(limit=10**6)]
    return {"articles": articles, "mentions": mentions, "entities": entities, "roles": store.roles_overview()}


def _ingest_with(path, sources, **runner_options) -> tuple[dict, dict]:
    with open_store(str(path)) as store, make_runner(**runner_options) as runner:
        report = ingest(store, sources, batch_size=4, runner=runner)
        return _snapshot(store), report.counts()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, sample_articles):
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")  # fails: no article text
    (folder / "copy.txt").write_bytes(next(sample_articles.glob("*.txt")).read_bytes())  # a duplicate
    return [str(sample_articles), str(folder)]


@pytest.fixture(scope="module")
def serial(tmp_path_factory, inputs):
    return _ingest_with(tmp_path_factory.mktemp("serial") / "s.db", inputs)


def test_local_processes_store_what_a_serial_run_stores(tmp_path, inputs, serial):
    assert serial[1]["failed"] == 1 and serial[1]["duplicate"] == 1
    assert _ingest_with(tmp_path / "p.db", inputs, workers=2) == serial


def test_one_worker_process_stores_what_a_serial_run_stores(tmp_path, inputs, serial):
    with make_runner(workers=1) as runner:
        assert runner.concurrent
    assert _ingest_with(tmp_path / "one.db", inputs, workers=1) == serial


def _niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, 0)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="process priorities are Unix's")
def test_local_workers_yield_the_cpu_to_the_writer():
    with make_runner(workers=1) as runner:
        worker = runner._pool.submit(_niceness).result()
    assert worker >= min(_niceness() + WORKER_NICENESS, 19)


def test_a_local_dask_cluster_yields_the_cpu_to_the_writer():
    pytest.importorskip("distributed")
    with make_runner(dask="local:1") as runner:
        (worker,) = runner._client.run(_niceness).values()
    assert worker >= min(_niceness() + WORKER_NICENESS, 19)


class _Recording(Runner):
    """A runner that notes when each batch is sent, for checking that storing overlaps processing."""

    def __init__(self, events: list, concurrent: bool) -> None:
        self.events, self.concurrent, self.sent = events, concurrent, 0

    def map(self, documents, annotate=True, search_rows=False):
        self.sent += 1
        self.events.append(f"sent {self.sent}")
        return super().map(documents, annotate, search_rows)


@pytest.mark.parametrize("concurrent", [False, True])
def test_a_concurrent_runner_gets_the_next_batches_before_the_last_is_stored(tmp_path, concurrent):
    documents = [
        RawDocument(f"{i}.txt", f"وصل الوفد رقم {i} إلى عمّان صباح اليوم.".encode(), TEXT) for i in range(8)
    ]
    events: list[str] = []
    stored = iter(range(1, 100))
    with open_store(str(tmp_path / "o.db")) as store:
        report = ingest_documents(
            store, documents, batch_size=2, annotate=False, runner=_Recording(events, concurrent),
            progress=lambda origin, status: events.append(f"stored {next(stored)}"),
        )
    assert len(report.new) == 8
    batches = [event for event in events if event.startswith("sent")]
    assert batches == ["sent 1", "sent 2", "sent 3", "sent 4"]
    first_stored = events.index("stored 1")
    # Serial: batch 1 is stored before batch 2 is processed; concurrent: the workers already hold the
    # next BATCHES_AHEAD batches, so none of them waits for the writer to ask for more.
    ahead = [events.index(f"sent {n}") < first_stored for n in range(2, 2 + BATCHES_AHEAD)]
    assert ahead == [concurrent] * BATCHES_AHEAD
    assert events.index(f"sent {2 + BATCHES_AHEAD}") > first_stored


def test_local_processes_into_postgresql_store_what_a_serial_sqlite_run_stores(inputs, serial, postgres_cluster):
    assert _ingest_with(postgres_cluster.new_database(), inputs, workers=2) == serial


def test_a_dask_local_cluster_stores_what_a_serial_run_stores(tmp_path, inputs, serial):
    pytest.importorskip("distributed")
    assert _ingest_with(tmp_path / "d.db", inputs, dask="local:2") == serial


def test_outcomes_carry_failures_as_values():
    outcome = process_outcome(RawDocument("blank.txt", b"   ", TEXT))
    assert outcome.article is None and "empty input" in outcome.error
    assert process_outcome(RawDocument("ok.txt", "وصل الوفد إلى عمّان صباح اليوم.".encode(), TEXT)).article


def test_chunks_keep_order_and_cover_everything():
    items = list(range(23))
    for parts in (1, 2, 5, 23, 50):
        chunks = _split(items, parts)
        assert [x for chunk in chunks for x in chunk] == items and len(chunks) <= parts
    assert _split([], 4) == []


def test_bad_runner_options_are_clear_errors():
    with pytest.raises(RasdError, match="not both"):
        make_runner(workers=2, dask="local:2")
    with pytest.raises(RasdError, match="1 or more"):
        make_runner(workers=0)
    with pytest.raises(RasdError, match="number of workers"):
        make_runner(dask="local:many")


def test_cli_ingest_with_workers(tmp_path, sample_articles):
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(app, ["ingest", str(sample_articles), "--db", db, "--workers", "2", "--no-progress"])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        files = [p for p in sample_articles.iterdir() if p.suffix in (".txt", ".html")]
        records = (sample_articles / "10_rafid_feed.jsonl").read_text(encoding="utf-8").strip().splitlines()
        assert store.stats()["articles"] == len(files) + len(records)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signals are Linux's")
def test_workers_stop_when_ingest_is_killed(tmp_path, sample_articles):
    """``kill -9`` of ``rasd ingest --workers 2`` leaves no worker behind."""
    rasd = Path(sys.executable).with_name("rasd")
    process = subprocess.Popen(
        [str(rasd), "ingest", str(sample_articles), "--db", str(tmp_path / "k.db"), "--workers", "2", "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    children: list[str] = []
    deadline = time.monotonic() + 30
    while len(children) < 2 and time.monotonic() < deadline and process.poll() is None:
        children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split()
        time.sleep(0.05)
    if len(children) < 2:
        pytest.skip("the ingest finished before its workers could be seen")
    process.kill()
    process.wait()
    deadline = time.monotonic() + 30
    while any(_running(child) for child in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(child) for child in children)


def _running(pid: str) -> bool:
    """Whether a process still runs: a zombie (state Z) has stopped and only waits for whoever adopted it to
    reap it, which a container's first process may never do."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def test_a_dask_worker_killed_mid_run_loses_nothing(tmp_path, inputs, serial):
    """A worker dies while it holds a batch: the scheduler gives the work to another, the store ends as a serial
    run leaves it."""
    pytest.importorskip("distributed")
    import signal
    import threading

    with make_runner(dask="local:2") as runner:
        address, victim = next(iter(runner._client.run(os.getpid).items()))
        done = threading.Event()
        killed_while_running = []

        def kill_when_busy() -> None:
            """Kill the worker as soon as the scheduler has given it a task, while the ingest runs."""
            deadline = time.monotonic() + 60
            while not done.is_set() and time.monotonic() < deadline:
                if runner._client.processing().get(address):
                    killed_while_running.append(not done.is_set())
                    os.kill(victim, signal.SIGKILL)
                    return
                time.sleep(0.01)
            killed_while_running.append(False)

        killer = threading.Thread(target=kill_when_busy)
        killer.start()
        with open_store(str(tmp_path / "k.db")) as store:
            report = ingest(store, inputs, batch_size=4, runner=runner)
            done.set()
            snapshot = _snapshot(store)
        killer.join()
    assert killed_while_running == [True]
    assert (snapshot, report.counts()) == serial
