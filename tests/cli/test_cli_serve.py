"""``rashomon serve``: options it cannot serve with are refused before anything starts."""

from __future__ import annotations

import pytest

pytest.importorskip("uvicorn", reason="the web extra is not installed")
import uvicorn  # noqa: E402

from cli_helpers import invoke  # noqa: E402


@pytest.fixture()
def started(monkeypatch) -> list[dict]:
    """Calls that reached uvicorn.run (none should)."""
    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: calls.append(kwargs))
    return calls


@pytest.mark.parametrize("port", ["99999", "-1", "65536"])
def test_serve_refuses_a_port_outside_the_range_without_a_traceback(tmp_path, started, port):
    done = invoke("serve", "--db", str(tmp_path / "s.db"), "--port", port)
    assert done.exit_code != 0 and not started
    assert "Traceback" not in done.output and "internal error" not in done.output
    assert "--port" in done.output


def test_serve_refuses_an_unknown_embedder_before_it_listens(tmp_path, started):
    done = invoke("serve", "--db", str(tmp_path / "s.db"), "--create", "--embedder", "bogus")
    assert done.exit_code == 1, done.output
    assert not started, "a server whose every comparison fails must not start"
    assert "unknown embedder 'bogus'" in done.stderr


def test_serve_that_cannot_listen_says_so_with_exit_code_1(tmp_path, monkeypatch):
    """uvicorn logs the reason (a port in use) and exits with its own code 3, outside the codes the
    README gives; the command now ends with one line and exit code 1."""
    def cannot_bind(*args, **kwargs):
        raise SystemExit(3)

    monkeypatch.setattr(uvicorn, "run", cannot_bind)
    from rashomon.web import workers

    monkeypatch.setattr(workers.shared_workers(), "warm", lambda *args, **kwargs: None)  # no comparison process to stop
    done = invoke("serve", "--db", str(tmp_path / "s.db"), "--create", "--port", "8123", "--max-compares", "1")
    assert done.exit_code == 1, done.output
    assert "could not serve at http://127.0.0.1:8123/" in done.stderr
    assert "Traceback" not in done.output and "internal error" not in done.output


def test_serve_refuses_a_store_that_is_not_there_unless_asked_to_create_one(tmp_path, started, monkeypatch):
    typo = tmp_path / "stroe.db"
    done = invoke("serve", "--db", str(typo))
    assert done.exit_code == 1 and not started and not typo.exists(), done.output
    assert f"no store at {typo}" in done.stderr and "--create" in done.stderr
    from rashomon.web import workers

    monkeypatch.setattr(workers.shared_workers(), "warm", lambda *args, **kwargs: None)
    created = invoke("serve", "--db", str(typo), "--create", "--max-compares", "1")
    assert created.exit_code == 0 and started, created.output
    assert "serving an empty one" in created.stderr
