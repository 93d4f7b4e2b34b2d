"""The hostile-input suite: ``compare``, ``ingest``, ``cluster`` and ``POST /api/compare`` on a
seeded corpus of every hostile class (tests/hostile/generator.py), each input beside two good
articles, plus hypothesis strategies over the readers and the record values.

Asserted for every case: no traceback (an internal error, exit 2, counts as one), exit code 0
(something usable was processed), every good article kept, and no run over CPU_BOUND CPU seconds (HANG_BOUND wall seconds as a hang guard). The
corpus runs in-process (typer's CliRunner, FastAPI's TestClient) to stay within a few minutes
on two cores; a handful of cases also go through the real command in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.sources import read_sources
from rashomon.sources.records import record_to_document
from rashomon.errors import InputError

from tests.hostile.generator import GOOD_A, GOOD_B, HostileCase, corpus

# One run's bounds, whatever the input (a 1 MB line costs seconds): CPU seconds of this process
# and the server's worker processes, which the machine's load does not move; wall seconds only
# as a guard against a hang, generous because a loaded CI machine stretches wall time.
CPU_BOUND = 20.0
HANG_BOUND = 120.0


class Clock:
    """Wall and CPU seconds since it was made; CPU: this process's threads and its children,
    the web app's worker processes among them (alive or reaped)."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), _tree_cpu()

    def elapsed(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, _tree_cpu() - self.cpu


def _tree_cpu() -> float:
    import resource

    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = time.process_time() + reaped.ru_utime + reaped.ru_stime
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.Error:  # gone since it was listed: counted as reaped, or lost (rarely)
            continue
        total += times.user + times.system
    return total


def assert_within_bounds(clock: Clock) -> None:
    wall, cpu = clock.elapsed()
    assert cpu < CPU_BOUND, f"took {cpu:.1f} CPU s ({wall:.1f} s wall)"
    assert wall < HANG_BOUND, f"took {wall:.1f} s wall ({cpu:.1f} CPU s): a hang?"

runner = CliRunner()
CORPUS = corpus()


def write_case(folder: Path, case: HostileCase) -> Path:
    """The hostile file and the two good articles in ``folder``; the hostile file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good-a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "good-b.txt").write_text(GOOD_B, encoding="utf-8")
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), case.name)))
    path.write_bytes(case.data)
    return path


def case_id(case: HostileCase) -> str:
    return f"{case.kind}:{case.note}"[:60]


def good_sources(report: dict) -> set[str]:
    return {Path(a.get("path") or "").name for a in report["articles"]}


def check_kept_good(report: dict, case: HostileCase) -> None:
    names = good_sources(report)
    assert {"good-a.txt", "good-b.txt"} <= names, f"a good article was lost: {sorted(names)}"
    if case.kind in ("record-values", "deep-nesting"):
        titles = {a["title"] for a in report["articles"]}
        assert "Good record" in titles, "the good record beside the bad one was lost"


def invoke(*args: str) -> tuple[object, Clock]:
    clock = Clock()
    result = runner.invoke(app, list(args), env={"RASHOMON_DEBUG": "1", "COLUMNS": "200"})
    return result, clock


def assert_clean(result, clock: Clock) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"traceback: {type(result.exception).__name__}: {result.exception}")
    assert "Traceback" not in result.output
    assert_within_bounds(clock)


@pytest.mark.parametrize("case", CORPUS, ids=case_id)
def test_compare_keeps_the_good_articles(tmp_path: Path, case: HostileCase) -> None:
    path = write_case(tmp_path / "in", case)
    out = tmp_path / "report.json"
    result, clock = invoke("compare", os.fsdecode(path), str(tmp_path / "in" / "good-a.txt"),
                             str(tmp_path / "in" / "good-b.txt"), "-f", "json", "-o", str(out), "--embedder", "tfidf")
    assert_clean(result, clock)
    assert result.exit_code == 0, result.output
    check_kept_good(json.loads(out.read_text(encoding="utf-8")), case)


@pytest.mark.parametrize("case", CORPUS[::3], ids=case_id)
def test_compare_of_a_folder_keeps_the_good_articles(tmp_path: Path, case: HostileCase) -> None:
    write_case(tmp_path / "in", case)
    out = tmp_path / "report.json"
    result, clock = invoke("compare", str(tmp_path / "in"), "-f", "json", "-o", str(out), "--embedder", "tfidf")
    assert_clean(result, clock)
    assert result.exit_code == 0, result.output
    check_kept_good(json.loads(out.read_text(encoding="utf-8")), case)


@pytest.mark.parametrize("case", CORPUS[::2], ids=case_id)
def test_ingest_stores_the_good_articles(tmp_path: Path, case: HostileCase) -> None:
    from rashomon.store.facade import Store

    folder = tmp_path / "in"
    write_case(folder, case)
    db = str(tmp_path / "store.db")
    result, clock = invoke("ingest", str(folder), "--db", db, "--no-progress", "--reader", "inline")
    assert_clean(result, clock)
    assert result.exit_code == 0, result.output
    stored = {Path(a.path or "").name for a in Store(db).articles()}
    assert {"good-a.txt", "good-b.txt"} <= stored, stored


def test_ingest_of_nothing_usable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 8)
    result, clock = invoke("ingest", str(tmp_path / "noise.txt"), "--db", str(tmp_path / "s.db"), "--no-progress")
    assert_clean(result, clock)
    assert result.exit_code == 1 and "nothing could be read" in result.output


@pytest.mark.parametrize("case", [c for c in CORPUS if c.is_jsonl()], ids=case_id)
def test_cluster_skips_the_bad_lines_only(tmp_path: Path, case: HostileCase) -> None:
    good = [json.dumps({"id": "a", "title": "Ferry", "text": GOOD_A}), json.dumps({"id": "b", "title": "Ferry", "text": GOOD_B})]
    path = tmp_path / "in.jsonl"
    path.write_bytes(case.data + ("\n".join(good) + "\n").encode())
    result, clock = invoke("cluster", str(path), "-o", str(tmp_path / "out.jsonl"), "--no-progress")
    assert_clean(result, clock)
    assert result.exit_code == 0, result.output
    ids = {json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()}
    assert {"a", "b"} <= ids


def test_compare_with_nothing_usable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(GOOD_A, encoding="utf-8")
    result, clock = invoke("compare", str(tmp_path / "one.txt"), str(tmp_path / "missing.txt"))
    assert_clean(result, clock)
    assert result.exit_code == 1 and "missing.txt" in result.output


# --- the web API ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from fastapi.testclient import TestClient

    from rashomon.settings import Settings
    from rashomon.web.app import create_app

    app_ = create_app(tmp_path_factory.mktemp("web") / "web.db", settings=Settings(embedder="tfidf"))
    with TestClient(app_, raise_server_exceptions=False) as client:
        yield client


TEXT_CASES = [c for c in CORPUS if c.suffix in ("txt", "html") and c.kind not in ("compression-bomb", "random-bytes")]


@pytest.mark.parametrize("case", TEXT_CASES, ids=case_id)
def test_api_compare_keeps_the_good_articles(api, case: HostileCase) -> None:
    text = case.data.decode("utf-8", "replace")
    clock = Clock()
    response = api.post("/api/compare", json={"articles": [{"text": text, "source": "hostile"},
                                                           {"text": GOOD_A, "source": "good-a"},
                                                           {"text": GOOD_B, "source": "good-b"}]})
    assert_within_bounds(clock)
    assert response.status_code == 200, response.text[:300]
    assert "Traceback" not in response.text
    assert {"good-a", "good-b"} <= {a["source"] for a in response.json()["articles"]}


def test_api_upload_of_hostile_files_keeps_the_good_ones(api) -> None:
    files = [("files", (c.name.decode("utf-8", "replace"), c.data)) for c in CORPUS if c.kind in ("record-values", "csv-line-ends")]
    response = api.post("/compare", data={"text": [GOOD_A, GOOD_B]}, files=files[:8])
    assert response.status_code in (200, 413), response.text[:300]
    assert "Traceback" not in response.text


def test_a_comparison_past_the_deadline_is_503_and_the_next_one_works(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from rashomon.settings import Settings
    from rashomon.web.app import create_app
    from rashomon.web.config import WebLimits

    slow = " ".join(["Anna Boris Carl Dana"] * 25_000)  # 100 KB of names: seconds of analysis
    app_ = create_app(tmp_path / "w.db", settings=Settings(embedder="tfidf"), limits=WebLimits(compare_deadline=0.3))
    with TestClient(app_, raise_server_exceptions=False) as client:
        response = client.post("/api/compare", json={"articles": [{"text": GOOD_A}, {"text": slow}]})
        assert response.status_code == 503 and response.headers["retry-after"]
        assert "took longer than 0.3 s" in response.json()["error"]["message"]
    app_ = create_app(tmp_path / "w.db", settings=Settings(embedder="tfidf"), limits=WebLimits(compare_deadline=60))
    with TestClient(app_) as client:
        assert client.post("/api/compare", json={"articles": [{"text": GOOD_A}, {"text": GOOD_B}]}).status_code == 200


def test_a_500_says_connection_close(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from rashomon.web.app import create_app

    app_ = create_app(tmp_path / "w.db")

    @app_.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    with TestClient(app_, raise_server_exceptions=False) as client:
        response = client.get("/api/boom")
    assert response.status_code == 500 and response.headers["connection"] == "close"
    assert "boom" not in response.text


# --- the real command, in a subprocess --------------------------------------------------------------


@pytest.mark.parametrize("kind", ["number-like-token", "markup-in-names", "record-values", "charset-not-a-codec"])
def test_the_real_command_prints_no_traceback(tmp_path: Path, kind: str) -> None:
    case = next(c for c in CORPUS if c.kind == kind)
    path = write_case(tmp_path / "in", case)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2] / "src"), os.environ.get("PYTHONPATH", "")])}
    env.pop("RASHOMON_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "rashomon.cli", "compare", os.fsdecode(path), str(tmp_path / "in" / "good-a.txt"),
                           str(tmp_path / "in" / "good-b.txt"), "-f", "json", "-o", str(tmp_path / "r.json"), "--embedder", "tfidf"],
                          capture_output=True, timeout=120, env=env)
    assert b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")[-2000:]
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]


# --- hypothesis: the readers and the record values ----------------------------------------------------

SUFFIXES = ["txt", "html", "json", "jsonl", "csv", "tsv", "xml", "rss", "md"]


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_beside_a_good_file_never_raise(tmp_path_factory, data: bytes, suffix: str) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    (folder / "good.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / f"hostile.{suffix}").write_bytes(data)
    documents, _skipped = read_sources([folder / f"hostile.{suffix}", folder / "good.txt"])
    assert any(d.path and d.path.endswith("good.txt") for d in documents)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(date=JSON_VALUES, url=JSON_VALUES, title=JSON_VALUES, source=JSON_VALUES, language=JSON_VALUES)
def test_record_values_are_normalised_never_raised(date, url, title, source, language) -> None:
    record = {"text": "The council said on Monday that the permit system worked.", "date": date, "url": url,
              "title": title, "source": source, "language": language}
    try:
        document = record_to_document(record, origin="r:1", path=None, fallback_source="r")
    except InputError:
        return
    json.dumps(document.to_dict(), ensure_ascii=False).encode("utf-8")  # valid Unicode throughout
    if document.date and document.date[:4].isdigit() and document.date[4:5] == "-":
        assert 1800 <= int(document.date[:4]) <= 2200


@settings(max_examples=40, deadline=None, derandomize=True)
@given(text=st.text(min_size=1, max_size=2000))
def test_any_text_through_the_pipeline_never_raises(text: str) -> None:
    from rashomon.comparison.pipeline import compare
    from rashomon.errors import NotEnoughArticles
    from rashomon.model import Document
    from rashomon.settings import Settings

    try:
        report = compare([Document(text=text, title="h", source="h"),
                          Document(text=GOOD_A, title="a", source="a"), Document(text=GOOD_B, title="b", source="b")],
                         settings=Settings(embedder="tfidf"))
    except NotEnoughArticles:
        pytest.fail("the two good articles were not enough")
    assert {"a", "b"} <= {a.source for a in report.articles}
