"""dask as the engine: the same articles and stories as one process; clear errors first."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.errors import MissingExtra, SchedulerError
from rashomon.stories.distributed import Engine, parse_scheduler
from tests.test_warc import page_html, record, write

pytest.importorskip("distributed", reason="the distributed extra is not installed")

TOPICS = [
    ("ferry", "The harbour council approved a ferry route to the island after a long debate about costs."),
    ("fire", "Firefighters fought a warehouse fire near the rail yard through the night and saved the depot."),
    ("storm", "A winter storm closed the mountain pass and stranded trucks on the highway for two days."),
    ("vote", "Parliament passed the water bill by a narrow margin after the opposition split over tariffs."),
    ("strike", "Dock workers began a strike over pay and the port authority said talks would resume soon."),
]


def crawl(tmp_path: Path, pages: int = 60) -> Path:
    """A WARC of ``pages`` pages about five events, told by several outlets, plus non-pages."""
    rng = random.Random(3)
    records, folder = [], tmp_path / "crawl"
    folder.mkdir()
    for i in range(pages):
        slug, lead = TOPICS[i % len(TOPICS)]
        words = lead.split()
        rng.shuffle(words)
        html = page_html(f"{slug.title()} update {i}: {lead[:50]}", lead + " " + " ".join(words))
        hour = 8 + i // len(TOPICS)
        records.append(record(f"https://outlet{i % 7}.example/{slug}/{i}", html.encode(),
                              date=f"2024-03-05T{hour:02d}:{i % 60:02d}:00Z"))
        if i % 13 == 0:
            records.append(record(f"https://outlet{i % 7}.example/{slug}/{i}.jpg", b"\xff\xd8\xff" + bytes(100),
                                  content_type="image/jpeg"))
    write(folder / "part1.warc.gz", records[: len(records) // 2])
    write(folder / "part2.warc.gz", records[len(records) // 2 :])
    (folder / "extra.html").write_text(page_html("Ferry route opens next spring", TOPICS[0][1]))
    return folder


def listing(db: Path) -> list[dict]:
    result = CliRunner().invoke(app, ["stories", "--db", str(db), "-f", "json"])
    assert result.exit_code == 0, result.output
    stories = json.loads(result.stdout)
    for story in stories:
        story.pop("updated_at")
    return stories


def articles(db: Path) -> list[tuple]:
    from rashomon.store.facade import Store

    with Store(db) as store:
        return [(a.id, a.title, a.text, a.source, a.url, a.date, a.origin) for a in store.articles()]


def test_a_local_cluster_of_two_workers_stores_what_one_process_stores(tmp_path: Path) -> None:
    folder = crawl(tmp_path)
    runner = CliRunner()
    one = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "one.db"), "--no-progress"])
    two = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "two.db"), "--no-progress",
                              "--scheduler", "local:2"])
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    assert one.stdout == two.stdout  # the same counts, the same skips
    stored = articles(tmp_path / "one.db")
    assert len(stored) == 61
    assert articles(tmp_path / "two.db") == stored
    stories = listing(tmp_path / "one.db")
    assert any(s["size"] > 1 for s in stories)
    assert listing(tmp_path / "two.db") == stories


def test_an_unreachable_scheduler_fails_before_anything_is_stored(tmp_path: Path) -> None:
    folder = crawl(tmp_path, pages=5)
    db = tmp_path / "never.db"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the dask scheduler tcp://127.0.0.1:9" in result.output
    assert articles(db) == []


def test_a_missing_extra_names_the_pip_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtra, match=r"pip install 'rashomon\[distributed\]'"):
        Engine("local:1")


def test_scheduler_specs() -> None:
    assert parse_scheduler("local:3") == ("local", 3)
    assert parse_scheduler("tcp://10.0.0.5:8786") == ("address", "tcp://10.0.0.5:8786")
    with pytest.raises(ValueError):
        parse_scheduler("local:many")
    with pytest.raises(ValueError):
        parse_scheduler("local:0")
    assert issubclass(SchedulerError, Exception)


def test_compare_all_on_two_workers_stores_the_reports_one_process_stores(tmp_path: Path) -> None:
    from rashomon.store.facade import Store

    folder = crawl(tmp_path, pages=30)
    runner = CliRunner()
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    for db in (one, two):
        assert runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--no-progress", "--no-compare"]).exit_code == 0
    local = runner.invoke(app, ["compare-all", "--db", str(one), "-f", "json", "--no-progress"])
    dask = runner.invoke(app, ["compare-all", "--db", str(two), "-f", "json", "--no-progress", "--scheduler", "local:2"])
    assert local.exit_code == 0 and dask.exit_code == 0, local.output + dask.output
    done_one, done_two = json.loads(local.stdout), json.loads(dask.stdout)
    assert done_one["compared"] and done_one["compared"] == done_two["compared"] and not done_one["failed"]
    with Store(one) as a, Store(two) as b:
        for story_id in done_one["compared"]:
            mine, theirs = a.report(story_id).to_dict(), b.report(story_id).to_dict()
            mine["settings"].pop("timings"), theirs["settings"].pop("timings")  # seconds differ
            assert mine == theirs
    again = runner.invoke(app, ["compare-all", "--db", str(one), "-f", "json", "--no-progress"])
    assert json.loads(again.stdout)["compared"] == [] and json.loads(again.stdout)["current"] == len(done_one["compared"])


def test_a_scheduler_and_two_dask_worker_processes_on_loopback(tmp_path: Path) -> None:
    """Parity with a scheduler and workers of their own; then a worker killed mid-run: the run
    goes on, no article is lost or stored twice."""
    import os
    import shutil
    import subprocess
    import threading
    import time

    dask_cli = shutil.which("dask") or str(Path(sys.executable).parent / "dask")
    if not Path(dask_cli).exists():
        pytest.skip("the dask command is not installed beside this Python")
    folder = crawl(tmp_path, pages=150)
    info = tmp_path / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    started = [subprocess.Popen([dask_cli, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                 "--scheduler-file", str(info)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        for _ in range(2):
            started.append(subprocess.Popen([dask_cli, "worker", address, "--nthreads", "1", "--no-dashboard",
                                             "--no-nanny"],
                                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        runner = CliRunner()
        one = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "one.db"), "--no-progress"])
        two = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "two.db"), "--no-progress",
                                  "--scheduler", address])
        assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
        assert articles(tmp_path / "two.db") == articles(tmp_path / "one.db")
        assert listing(tmp_path / "two.db") == listing(tmp_path / "one.db")

        victim = started[1]
        killed: list[float] = []

        def kill_soon() -> None:
            """Kill the victim once it is running one of the ingest's tasks."""
            with Client(address, timeout="30s") as watcher:
                target = next(worker for worker, pid in watcher.run(os.getpid).items() if pid == victim.pid)
                ready.set()
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline and not killed:
                    if watcher.processing(workers=[target]).get(target):
                        victim.kill()
                        killed.append(time.monotonic())
                    time.sleep(0.01)

        ready = threading.Event()
        killer = threading.Thread(target=kill_soon)
        killer.start()
        ready.wait(60)
        begun = time.monotonic()
        three = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "three.db"), "--no-progress",
                                    "--scheduler", address])
        ended = time.monotonic()
        killer.join()
        assert three.exit_code == 0, three.output
        if not killed or killed[0] >= ended:
            pytest.skip(f"the run ended ({ended - begun:.1f} s) before the worker was killed")
        assert victim.poll() is not None
        assert articles(tmp_path / "three.db") == articles(tmp_path / "one.db")
        assert listing(tmp_path / "three.db") == listing(tmp_path / "one.db")
    finally:
        for process in reversed(started):
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def test_a_folder_of_html_files_and_a_dump_reads_the_same_on_workers(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for i, (slug, lead) in enumerate(TOPICS * 2):
        (folder / f"page{i:02d}.html").write_text(page_html(f"{slug} report {i}", lead))
    (folder / "README.md").write_text("notes about this folder\n")
    lines = [json.dumps({"title": f"{slug} brief {i}", "text": lead + " More details followed later in the day.",
                         "source": f"wire{i}"}) for i, (slug, lead) in enumerate(TOPICS)]
    (folder / "dump.jsonl").write_text("\n".join(lines + ["{not json"]) + "\n")
    runner = CliRunner()
    one = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "one.db"), "--no-progress"])
    two = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "two.db"), "--no-progress",
                              "--scheduler", "local:2"])
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    assert one.output == two.output and "README.md" in one.output  # the same skips, in the same order
    assert len(articles(tmp_path / "one.db")) == 15
    assert articles(tmp_path / "two.db") == articles(tmp_path / "one.db")
    assert listing(tmp_path / "two.db") == listing(tmp_path / "one.db")


def test_a_local_cluster_runs_its_workers_and_client_with_the_quieter_intervals(tmp_path: Path) -> None:
    """LOCAL_CONFIG reaches the worker processes (their event loops and memory monitors) and
    the client, and a unit worked there gives what it gives in this process, in order."""
    import os

    import dask

    from rashomon.stories.distributed import LOCAL_CONFIG, page_units, unit_results, work

    trim_here = os.environ.get("MALLOC_TRIM_THRESHOLD_")  # read first: dask's nanny writes its own here
    engine = Engine("local:1")
    try:
        client = engine.client
        seen = client.run(lambda: {key: dask.config.get(key) for key in LOCAL_CONFIG})
        assert list(seen.values()) == [LOCAL_CONFIG]
        # glibc's malloc as in this process (dask's nanny would set a 64 KiB trim threshold)
        trim = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
        assert list(trim.values()) == [trim_here]
        info = getattr(client, "_periodic_callbacks", {}).get("scheduler-info")  # private to dask
        assert info is None or info.callback_time == 10_000  # ms
        folder = crawl(tmp_path, pages=12)
        options = {"max_bytes": 5_000_000}
        todo = [u for archive in sorted(folder.glob("*.warc.gz")) for u in page_units(archive, str(archive), options)]
        assert {kind for kind, _ in todo} == {"pages", "local"}  # pages, and a non-page skipped here
        here = [work(u, options, True) if u[0] != "local" else [(i, None) for i in u[1]] for u in todo]
        there = list(unit_results(client, todo, options, True))
        assert [[(item, None if p is None else (p.title.tolist(), p.body.tolist())) for item, p in unit] for unit in there] \
            == [[(item, None if p is None else (p.title.tolist(), p.body.tolist())) for item, p in unit] for unit in here]
    finally:
        engine.close()
