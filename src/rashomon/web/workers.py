"""Comparisons in worker processes, each with a deadline.

The analysis is CPU-bound Python (regular expressions hold the GIL): run in the server's own
threads, one pathological article would hold every other request. The server reads the inputs
itself (fetching URLs, extracting HTML: mostly I/O) and hands the Documents to a worker process,
waiting for the report without holding the GIL. A comparison that runs past the deadline is
stopped (its worker killed and replaced on the next need) and answered 503 by the caller
(:class:`rashomon.errors.ComparisonTimeout`).

Workers are long-lived (the imports and backends load once, and a warm-up comparison runs
before the first real one), shared by every app in the process, and talk to the server over
their stdin and stdout (length-prefixed pickles). No more than the slots of :mod:`.slots` are
ever busy at once. A new worker takes a second or two to start.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from collections.abc import Sequence
from typing import Any

from ..errors import ComparisonTimeout, NotEnoughArticles
from ..model import Document, Report, Skipped
from ..settings import Settings

log = logging.getLogger(__name__)

_WARM_UP = (
    "The harbour authority said on Monday that the northern pier would reopen next week after repairs.",
    "Repairs to the northern pier are finished, the harbour authority said, and it reopens next week.",
)
_START_WAIT = 120.0  # seconds a new worker may take to load and warm up
NICE = 5  # how much lower the workers' CPU priority is than the server's, by default (WebLimits.worker_nice)


def _send(stream: Any, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("!Q", len(data)) + data)
    stream.flush()


def _receive(stream: Any) -> Any:
    header = stream.read(8)
    if len(header) < 8:
        raise EOFError("the other side closed the channel")
    (size,) = struct.unpack("!Q", header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the other side closed the channel mid-message")
    return pickle.loads(data)  # noqa: S301 - our own process, over its own pipe


def _answer(request: tuple[Any, ...]) -> tuple[str, Any]:
    """One request's answer. ``("compare", documents, settings, job)``: the report, or its JSON
    text when ``job["json"]``, with ``job["skipped"]`` (the server's read skips) added and the
    upload paths of ``job["names"]`` relabelled; ``("single", documents, settings)``: the report
    of one article, cleaned and split, with nothing to compare it with."""
    from ..comparison.pipeline import compare, prepare
    from ..renderers import to_json
    from .inputs import relabel

    kind, documents, settings, *rest = request
    if kind == "single":
        prepared = tuple(prepare(d, f"a{i}", settings) for i, d in enumerate(documents, 1))
        return "ok", Report(articles=prepared, settings={"note": "one article: nothing to compare it with"})
    job = rest[0] if rest else {}
    try:
        report = compare(documents, settings=settings)
    except NotEnoughArticles as exc:
        return "not-enough", (exc.usable, [s for s in exc.skipped if isinstance(s, Skipped)])
    if job.get("skipped"):
        report = dataclasses.replace(report, skipped=(*job["skipped"], *report.skipped))
    report = relabel(report, job.get("names") or {})
    return "ok", to_json(report) if job.get("json") else report


def _lower_priority(by: int) -> None:
    if by > 0:
        try:
            os.nice(by)
        except OSError:  # not allowed here: run at the server's priority
            log.debug("could not lower the worker's priority", exc_info=True)


def main() -> None:
    """A worker's loop (``python -m rashomon.web.workers``): settings first, then requests in
    (see :func:`_answer`), ("ok", result) or the failure out, over stdin and stdout. It compares
    two tiny articles first, so that backends and lexicons are loaded before any deadline runs.
    It runs at a lower CPU priority than the server (``nice``), so that the server's reads of
    stored stories stay quick while a long comparison runs."""
    channel_in, channel_out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing printed may corrupt the channel
    settings, nice = _receive(channel_in)
    # the start (imports, warm-up) at no lower than the ordinary workers' priority, so that a
    # heavy-lane worker started on a busy machine does not take its deadline's worth to load
    _lower_priority(min(nice, NICE))
    try:
        _answer(("compare", [Document(text=text, title=f"warm-up {i}", source=f"w{i}") for i, text in enumerate(_WARM_UP)],
                 settings))
    except Exception:  # noqa: BLE001 - a real comparison will say what is wrong
        log.debug("warm-up comparison failed", exc_info=True)
    _lower_priority(nice - min(nice, NICE))
    _send(channel_out, ("ready", None))
    while True:
        try:
            request = _receive(channel_in)
        except EOFError:
            return
        try:
            answer = _answer(request)
        except Exception as exc:  # noqa: BLE001 - reported to the caller, which answers 500
            log.exception("comparison failed in a worker")
            answer = ("error", f"{type(exc).__name__}: {exc}")
        try:
            _send(channel_out, answer)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, settings: Settings, nice: int = NICE) -> None:
        package_root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)}
        self.process = subprocess.Popen([sys.executable, "-m", "rashomon.web.workers"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env=env)
        try:
            _send(self.process.stdin, (settings, nice))
            if not self.ready(_START_WAIT):
                raise RuntimeError(f"a comparison process did not start within {_START_WAIT:g} s")
            _receive(self.process.stdout)
        except BaseException:
            self.kill()
            raise

    def ready(self, timeout: float) -> bool:
        readable, _, _ = select.select([self.process.stdout], [], [], timeout)
        return bool(readable)

    def alive(self) -> bool:
        return self.process.poll() is None

    def cpu_seconds(self) -> float | None:
        """User + system CPU seconds the worker has used (Linux /proc), None where it cannot tell."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return None

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=5)
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()  # type: ignore[union-attr]
            except OSError:
                pass


class CompareWorkers:
    """A pool of comparison processes; :meth:`compare` runs one comparison with a deadline."""

    def __init__(self) -> None:
        self._idle: dict[int, list[_Worker]] = {}  # by CPU priority (nice): a lowered one cannot be raised again
        self._lock = threading.Lock()
        self.nice = NICE  # for workers started from now on, unless a call names its own

    def _checkout(self, settings: Settings, nice: int) -> _Worker:
        with self._lock:
            idle = self._idle.setdefault(nice, [])
            while idle:
                worker = idle.pop()
                if worker.alive():
                    return worker
                worker.kill()
        return _Worker(settings, nice)  # outside the lock: a start takes a moment

    def compare(self, documents: Sequence[Document], settings: Settings, deadline: float, *,
                skipped: Sequence[Skipped] = (), names: dict[str, str] | None = None, as_json: bool = False,
                nice: int | None = None, demote: tuple[float, int] | None = None) -> Any:
        """The report of ``documents`` (its JSON text when ``as_json``), with ``skipped`` added and
        upload ``names`` relabelled, in a worker at CPU priority ``nice`` (default: :attr:`nice`);
        ``demote=(seconds, lower)``: once the comparison has used that much CPU, its worker drops
        to priority ``lower`` (and stays among the workers of that priority). Raises NotEnoughArticles, ComparisonTimeout past ``deadline`` seconds, or RuntimeError
        when the worker failed."""
        job = {"skipped": list(skipped), "names": names or {}, "json": as_json}
        return self._run(("compare", list(documents), settings, job), settings, deadline, nice, demote)

    def single(self, documents: Sequence[Document], settings: Settings, deadline: float) -> Report:
        """The report of a story of one article: cleaned and split, in a worker too."""
        return self._run(("single", list(documents), settings), settings, deadline)

    def _run(self, request: tuple[Any, ...], settings: Settings, deadline: float, nice: int | None = None,
             demote: tuple[float, int] | None = None) -> Any:
        nice = started = self.nice if nice is None else nice
        worker = self._checkout(settings, nice)
        try:
            _send(worker.process.stdin, request)
            ready, nice = self._wait(worker, deadline, nice, demote)
            if ready:
                kind, payload = _receive(worker.process.stdout)
        except (EOFError, OSError, pickle.PickleError) as exc:
            worker.kill()
            raise RuntimeError(f"the comparison process ended unexpectedly ({type(exc).__name__}: {exc})") from exc
        if not ready:
            log.warning("comparison stopped after %g s (its worker is killed)", deadline)
            worker.kill()
            self.warm(1, settings, started)  # its replacement starts now, not on the next request
            raise ComparisonTimeout(deadline)
        with self._lock:
            self._idle.setdefault(nice, []).append(worker)
        if kind == "ok":
            return payload
        if kind == "not-enough":
            usable, skipped = payload
            if request[0] == "compare":
                from .inputs import relabel_skipped

                skipped = relabel_skipped([*request[3]["skipped"], *skipped], request[3].get("names") or {})
            raise NotEnoughArticles(usable, skipped)
        raise RuntimeError(payload)

    @staticmethod
    def _wait(worker: _Worker, deadline: float, nice: int, demote: tuple[float, int] | None) -> tuple[bool, int]:
        """Wait up to ``deadline`` seconds for the worker's answer: (answered, its priority now).
        Past ``demote``'s CPU seconds the worker's priority is lowered to ``demote``'s, once (a
        short article can be slow too: figures tallied against each other)."""
        if demote is None or demote[1] <= nice or (cpu0 := worker.cpu_seconds()) is None:
            return worker.ready(deadline), nice
        end = time.monotonic() + deadline
        while (left := end - time.monotonic()) > 0:
            if worker.ready(min(left, 0.25)):
                return True, nice
            used = worker.cpu_seconds()
            if used is not None and used - cpu0 > demote[0]:
                try:  # a lower priority (a higher nice) is always allowed; nice is relative to the server's
                    os.setpriority(os.PRIO_PROCESS, worker.process.pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + demote[1]))
                except OSError:
                    log.debug("could not lower a worker's priority", exc_info=True)
                    return worker.ready(max(0.0, end - time.monotonic())), nice
                log.info("a comparison past %g s of CPU drops to nice +%d", demote[0], demote[1])
                return worker.ready(max(0.0, end - time.monotonic())), demote[1]
        return False, nice

    def warm(self, count: int, settings: Settings, nice: int | None = None) -> None:
        """Start ``count`` workers (at CPU priority ``nice``) in the background, ready for the next comparisons."""
        nice = self.nice if nice is None else nice

        def start() -> None:
            try:
                worker = _Worker(settings, nice)
            except Exception:  # noqa: BLE001 - the next comparison starts its own and says why
                log.warning("a comparison process failed to start", exc_info=True)
                return
            with self._lock:
                self._idle.setdefault(nice, []).append(worker)

        for _ in range(count):
            threading.Thread(target=start, name="rashomon-worker-start", daemon=True).start()

    def idle(self) -> dict[int, list[int]]:
        """The idle workers' process ids, by CPU priority (nice)."""
        with self._lock:
            return {nice: [w.process.pid for w in workers if w.alive()] for nice, workers in self._idle.items()}

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, {}
        for worker in (w for workers in idle.values() for w in workers):
            worker.kill()


_shared: CompareWorkers | None = None
_shared_lock = threading.Lock()


def shared_workers() -> CompareWorkers:
    """The process-wide pool (every app of this process uses it)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = CompareWorkers()
        return _shared


if __name__ == "__main__":
    main()
