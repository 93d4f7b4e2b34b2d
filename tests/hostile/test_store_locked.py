"""Writes to a SQLite store that another process holds: they wait, are retried, and succeed."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from rashomon.errors import StoreError
from rashomon.store.database import Database
from rashomon.store.schema import meta_table


def _rows(db: Database) -> list[tuple[str, str]]:
    with db.read("reading") as conn:
        return sorted(tuple(r) for r in conn.execute(sa.select(meta_table.c.key, meta_table.c.value)))


def _hold_the_write_lock(path: Path, seconds: float, taken: threading.Event) -> None:
    """Another writer: a plain sqlite3 connection holding the write lock for ``seconds``."""
    conn = sqlite3.connect(path, timeout=5, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO rashomon_meta(key, value) VALUES ('holder', 'x')")
        taken.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_a_write_past_the_busy_timeout_is_retried_and_succeeds(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    db = Database(path, busy_timeout=0.2)  # each try waits 0.2 s, then 0.5 s, 1 s, 1.5 s between tries
    taken = threading.Event()
    holder = threading.Thread(target=_hold_the_write_lock, args=(path, 1.2, taken))
    holder.start()
    assert taken.wait(10)
    start = time.perf_counter()
    with db.write("writing while locked") as conn:
        conn.execute(sa.insert(meta_table).values(key="mine", value="y"))
    waited = time.perf_counter() - start
    holder.join()
    assert waited > 0.9  # it did wait for the holder, past several busy timeouts
    assert ("holder", "x") in _rows(db) and ("mine", "y") in _rows(db)
    db.close()


def test_a_lock_held_past_every_retry_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    db = Database(path, busy_timeout=0.05)
    taken = threading.Event()
    holder = threading.Thread(target=_hold_the_write_lock, args=(path, 4.5, taken))
    holder.start()
    assert taken.wait(10)
    with pytest.raises(StoreError, match="database is locked"), db.write("writing while locked") as conn:
        conn.execute(sa.insert(meta_table).values(key="mine", value="y"))
    holder.join()
    db.close()


def test_two_writers_that_read_first_both_succeed(tmp_path: Path) -> None:
    """A write transaction takes the write lock before its first statement, reads included: the
    other writer waits for it (the busy timeout) rather than failing, and both succeed."""
    path = tmp_path / "s.db"
    first, second = Database(path), Database(path)
    read_done, errors = threading.Event(), []

    def other_writer() -> None:
        read_done.wait(10)
        try:
            with second.write("the other writer") as conn:
                conn.execute(sa.insert(meta_table).values(key="other", value="z"))
        except StoreError as exc:  # pragma: no cover - the failure this test guards against
            errors.append(exc)

    thread = threading.Thread(target=other_writer)
    thread.start()
    with first.write("read, then write") as conn:
        conn.execute(sa.select(meta_table.c.value)).fetchall()
        read_done.set()
        time.sleep(0.5)  # the other writer tries to commit now
        conn.execute(sa.insert(meta_table).values(key="mine", value="y"))
    thread.join()
    assert not errors
    assert {("mine", "y"), ("other", "z")} <= set(_rows(first))
    first.close()
    second.close()


_KILLABLE = """
import sys, time
from rashomon.stories.ingestion import ingest
from rashomon.store.facade import Store

def progress(stage, done, total):
    if stage == "clustering":
        time.sleep(0.02)  # slow enough to be killed half-way, while the reading child still stores

ingest([sys.argv[2]], store=Store(sys.argv[1]), batch_size=3, progress=progress, reader="process")
"""


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_an_ingest_resumed_at_once_after_kill_9_completes(tmp_path: Path) -> None:
    """kill -9 of an ingest whose reading child is still storing, and the resume started at once
    (the orphaned child may still hold the write lock): the resume waits for it and completes."""
    import os
    import signal
    import subprocess
    import sys

    from rashomon.stories.ingestion import ingest
    from rashomon.store.facade import Store

    folder = tmp_path / "articles"
    folder.mkdir()
    towns = ["Tolvik", "Brannoy", "Kessa", "Ordun"]
    for i in range(150):
        (folder / f"{i:04d}.txt").write_text(
            f"Storm update {i}\nThe harbour office in {towns[i % 4]} said on day {i} that the storm closed "
            f"{i % 7 + 2} piers and that crews would inspect the seawall at dawn. Reference {i:04d}.\n")
    script = tmp_path / "killable.py"
    script.write_text(_KILLABLE)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    for round_number in range(2):
        db = tmp_path / f"killed-{round_number}.db"
        process = subprocess.Popen([sys.executable, str(script), str(db), str(folder)], env=env)
        try:
            deadline = time.monotonic() + 120
            while _stored(db) < 20:
                assert process.poll() is None, "the ingest ended before it could be killed"
                assert time.monotonic() < deadline, "the ingest stored nothing in two minutes"
                time.sleep(0.01)
            process.send_signal(signal.SIGKILL)
        finally:
            process.wait(timeout=30)
        with Store(db) as store:  # at once: the reading child may still be storing
            ingest([folder], store=store, batch_size=50)
            assert len(store.articles()) == 150
            assert store.unassigned() == []
