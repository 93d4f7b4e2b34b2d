"""Load on the web app: requests per second and latency of the story page and ``POST /api/compare``.

    python bench/web_load.py [--clients 50] [--duration 20] [--max-requests 5000] [--target URL]

Starts ``rashomon serve`` on 127.0.0.1 over a temporary store seeded with the bundled example
stories (as the browser tests do), then, for each endpoint in turn, runs ``--clients``
concurrent clients (one ``httpx.AsyncClient``, one connection each), each sending its next
request as soon as the last one answered (a closed loop). A phase is bounded twice: it stops
sending after ``--duration`` seconds or ``--max-requests`` requests, whichever comes first, and
the requests still in flight are awaited (each with a ``--timeout``) and counted.

Only loopback is ever loaded: ``--target`` must name 127.0.0.1, ::1 or localhost.

The load generator runs on the same machine and competes with the server for its CPUs; the
result records the CPU seconds each side spent. Writes bench/results/web_load.json and .md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent), str(BENCH.parent / "src")]

from common import write_result  # noqa: E402
from rawhttp import Connection, HTTPFailure  # noqa: E402

from tests.e2e.harness import RunningServer, require_loopback, seed_store  # noqa: E402

# Two invented reports (about 300 words each) of one invented event.
ARTICLE_A = """Floodwater from the Vessel Dam spillway swept through the lower town of Harnow on Sunday night, \
forcing about 900 residents from their homes, the regional emergency office said on Monday.
The spillway gates were opened at 9 p.m. after three days of heavy rain raised the reservoir to its highest level \
since 1987, according to dam operator Calder Water. Within two hours the Ousel river had burst its banks along \
Mill Street and Station Road.
Emergency crews used boats to reach families trapped on upper floors. Eleven people were treated in hospital for \
hypothermia and minor injuries, and one elderly man remains in a serious condition, a spokesperson for Harnow \
General Hospital said.
Mayor Edith Quarrie said the town had been given less than an hour's warning. "People were woken by water coming \
through their doors, not by sirens," she told reporters outside the town hall on Monday morning. She called for an \
independent inquiry into the decision to open the gates at night.
Calder Water's operations director, Ralf Teague, said the company had followed its flood protocol and that opening \
the spillway had prevented a far more dangerous overtopping of the dam. He said warnings had been sent to the \
emergency office at 7.30 p.m.
The emergency office confirmed it received a message from the operator in the evening but said it did not state \
when the gates would open. Evacuation centres were set up at the Harnow secondary school and the leisure centre, \
where volunteers provided blankets and hot meals.
Forecasters expect the rain to ease on Tuesday. Roads into the lower town remain closed, and the railway line to \
Eastwick is suspended until engineers have inspected the Ousel bridge. Residents have been told not to return \
until the water level has fallen and the power supply has been checked."""

ARTICLE_B = """Hundreds of families in Harnow spent the night in school halls after the Vessel Dam operator released \
water into the Ousel river late on Sunday, flooding streets in the lower part of the town.
About 700 people were evacuated, the emergency office said. The operator, Calder Water, opened the spillway gates \
at around 10 p.m. because the reservoir was close to overflowing after days of rain.
Boats were used to rescue residents from upstairs windows on Mill Street. Twelve people were taken to Harnow \
General Hospital, most of them with hypothermia; one man in his eighties is in a critical condition.
"Nobody warned us. The water was at the door before any siren went off," said Mayor Edith Quarrie, who demanded \
an inquiry into why the gates were opened in the middle of the night.
Ralf Teague, director of operations at Calder Water, defended the decision. Releasing water in a controlled way \
was the only means of protecting the dam itself, he said, adding that the emergency office had been informed in \
good time.
Local shopkeepers said the damage would run into millions. "Everything on the ground floor is ruined," said the \
owner of a bakery on Station Road, who had run her business there for thirty years.
The emergency office said it had received a short notice from Calder Water on Sunday evening, without a time for \
the release. Volunteers handed out blankets and hot meals at the secondary school and the leisure centre.
Rain is forecast to ease from Tuesday. The roads into the lower town stay closed, and trains to Eastwick will not \
run until the Ousel bridge has been inspected. Residents have been asked to stay away until the power supply has \
been checked and the water has gone down."""


@dataclass(slots=True)
class Phase:
    """One endpoint under load: what each request took and how it ended."""

    name: str
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests
    errors: dict[str, int] = field(default_factory=dict)  # "HTTP 500", "ReadTimeout", ...
    sent: int = 0
    wall: float = 0.0
    server_cpu: float | None = None
    client_cpu: float = 0.0
    load_before: tuple[float, ...] = ()  # the machine's 1/5/15-minute load average as the phase began

    def summary(self) -> dict[str, Any]:
        ok = len(self.latencies)
        lat = np.array(self.latencies) * 1000.0
        pct = (lambda q: round(float(np.percentile(lat, q)), 1)) if ok else (lambda q: None)
        return {
            "endpoint": self.name,
            "requests": self.sent,
            "ok": ok,
            "errors": sum(self.errors.values()),
            "error_kinds": dict(self.errors),
            "seconds": round(self.wall, 2),
            "requests_per_second": round(ok / self.wall, 2) if self.wall else None,
            "latency_ms": {
                "p50": pct(50),
                "p95": pct(95),
                "p99": pct(99),
                "max": round(float(lat.max()), 1) if ok else None,
                "mean": round(float(lat.mean()), 1) if ok else None,
            },
            "server_cpu_seconds": None if self.server_cpu is None else round(self.server_cpu, 2),
            "client_cpu_seconds": round(self.client_cpu, 2),
            "load_average_before": [round(x, 2) for x in self.load_before],
        }


def process_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a process (Linux /proc), None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run_phase(name: str, make_request, *, base_url: str, clients: int, duration: float, max_requests: int,
                    timeout: float, server_pid: int | None, client_kind: str = "raw") -> Phase:
    """``make_request(n)`` -> (method, path, JSON body or None), sent by one keep-alive connection
    per client: raw sockets on this loop (``client_kind="raw"``, cheap) or ``httpx.AsyncClient``."""
    phase = Phase(name=name, load_before=os.getloadavg() if hasattr(os, "getloadavg") else ())
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    cpu0 = process_cpu_seconds(server_pid) if server_pid else None
    client_cpu0 = time.process_time()
    parts = urlsplit(base_url)
    async with httpx.AsyncClient(limits=limits, timeout=timeout) as client:
        start = time.perf_counter()
        deadline = start + duration

        async def worker() -> None:
            conn = await Connection.open(parts.hostname, parts.port) if client_kind == "raw" else None
            while time.perf_counter() < deadline and phase.sent < max_requests:
                phase.sent += 1
                n = phase.sent
                method, path, body = make_request(n)
                t0 = time.perf_counter()
                try:
                    if conn is None:
                        status = (await client.request(method, base_url + path, json=body)).status_code
                    else:
                        raw = json.dumps(body).encode() if body is not None else None
                        status, _, _ = await asyncio.wait_for(conn.request(method.encode(), path, json_body=raw), timeout)
                except (httpx.HTTPError, HTTPFailure, asyncio.TimeoutError) as exc:
                    kind = type(exc).__name__
                    phase.errors[kind] = phase.errors.get(kind, 0) + 1
                    continue
                elapsed = time.perf_counter() - t0
                if status == 200:
                    phase.latencies.append(elapsed)
                else:
                    kind = f"HTTP {status}"
                    phase.errors[kind] = phase.errors.get(kind, 0) + 1
            if conn is not None:
                conn.close()

        await asyncio.gather(*(worker() for _ in range(clients)))
        phase.wall = time.perf_counter() - start
    phase.client_cpu = time.process_time() - client_cpu0
    if cpu0 is not None:
        cpu1 = process_cpu_seconds(server_pid)
        phase.server_cpu = None if cpu1 is None else cpu1 - cpu0
    return phase


def compare_payload(n: int, vary: bool) -> dict[str, Any]:
    """The two articles; with ``vary`` each request adds a distinct closing line to both, so no
    whole-report cache can answer it (sentence-level caches still can, as they would in use)."""
    tail = f"\nThis report was updated at {n % 24:02d}:{n % 60:02d} with case number {n}." if vary else ""
    return {
        "articles": [
            {"text": ARTICLE_A + tail, "title": "Harnow flooded after Vessel Dam spillway opened", "source": "Harnow Gazette"},
            {"text": ARTICLE_B + tail, "title": "Night release from Vessel Dam floods Harnow", "source": "Valley Wire"},
        ]
    }


def pick_story(base_url: str) -> int:
    """The stored story with the most articles (ties: the lowest id)."""
    stories = httpx.get(f"{base_url}/api/stories", timeout=30).raise_for_status().json()
    items = stories.get("stories", stories) if isinstance(stories, dict) else stories
    best = max(items, key=lambda s: (s.get("size", 0), -int(s["id"])))
    return int(best["id"])


def markdown(result: dict[str, Any]) -> str:
    s = result["settings"]
    lines = [
        "# web load",
        "",
        f"`python bench/web_load.py --clients {s['clients']} --duration {s['duration']} --max-requests {s['max_requests']}`: "
        f"{s['clients']} concurrent clients (closed loop, one keep-alive connection each) against `rashomon serve` "
        f"on 127.0.0.1, store seeded with the bundled example stories. Each phase stops sending after "
        f"{s['duration']} s or {s['max_requests']} requests; requests in flight then are awaited and counted.",
        "",
        "| endpoint | requests | ok | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU s | load-generator CPU s |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for p in result["phases"]:
        lat = p["latency_ms"]
        lines.append(
            f"| {p['endpoint']} | {p['requests']} | {p['ok']} | {p['errors']} | {p['requests_per_second']} | "
            f"{lat['p50']} | {lat['p95']} | {lat['p99']} | {lat['max']} | {p['server_cpu_seconds']} | "
            f"{p['client_cpu_seconds']} |"
        )
    loads = "; ".join(f"{p['endpoint']}: {', '.join(map(str, p['load_average_before']))}" for p in result["phases"])
    lines.append(f"\nLoad average (1, 5, 15 min) as each phase began, other work on the machine included: {loads}.")
    for p in result["phases"]:
        if p["error_kinds"]:
            lines.append(f"\nErrors of {p['endpoint']}: {p['error_kinds']}.")
    lines += [
        "",
        f"`POST /api/compare` sends two invented articles of about {result['compare_words'][0]} and "
        f"{result['compare_words'][1]} words"
        + (", each request with a distinct closing line so no whole-report cache answers it." if s["vary"] else "."),
        f"The story page is story {result['story_id']} ({result['story_size']} articles), its report stored by a "
        "warm-up request before timing.",
        "",
        f"The load generator (Python, asyncio, {'raw keep-alive sockets' if s.get('client', 'raw') == 'raw' else 'httpx'}) "
        f"runs on the same {result['machine_cpus']}-CPU machine as the "
        "server and takes CPU from it: the table gives the CPU seconds each side spent.",
        result.get("note", ""),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of sending per endpoint")
    parser.add_argument("--max-requests", type=int, default=5000, help="requests per endpoint at most")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds one request may take")
    parser.add_argument("--target", help="an already running server on loopback (default: start one)")
    parser.add_argument("--story", type=int, help="the story page to load (default: the largest story)")
    parser.add_argument("--no-vary", dest="vary", action="store_false", help="send the same compare body every time")
    parser.add_argument("--client", choices=["raw", "httpx"], default="raw",
                        help="the load generator: raw keep-alive sockets on one asyncio loop (cheap), or httpx.AsyncClient")
    parser.add_argument("--note", default="", help="a line added to the markdown (e.g. what else loaded the machine)")
    parser.add_argument("--no-write", dest="write", action="store_false", help="print, do not write bench/results")
    args = parser.parse_args(argv)
    if args.clients < 1 or args.duration <= 0 or args.max_requests < 1:
        parser.error("--clients, --duration and --max-requests must be positive")

    server: RunningServer | None = None
    tmp = tempfile.TemporaryDirectory(prefix="rashomon-web-load-")
    try:
        if args.target:
            parts = urlsplit(args.target)
            if parts.scheme != "http" or not parts.hostname:
                parser.error(f"--target must be an http:// URL, got {args.target!r}")
            try:
                require_loopback(parts.hostname)
            except ValueError as exc:
                parser.error(str(exc))
            base_url = args.target.rstrip("/")
            server_pid = None
        else:
            db = Path(tmp.name) / "rashomon.db"
            seeded = seed_store(db, hostile=False)
            print(f"seeded {len(seeded.story_ids)} stories; starting the server", file=sys.stderr)
            server = RunningServer.start(db, log_path=Path(tmp.name) / "server.log")
            base_url, server_pid = server.base_url, server.process.pid

        story = args.story or pick_story(base_url)
        story_info = httpx.get(f"{base_url}/api/stories/{story}", timeout=args.timeout)
        story_info.raise_for_status()  # also the warm-up: the report is compared and stored now
        story_size = len(story_info.json().get("articles", []))
        warm = httpx.get(f"{base_url}/stories/{story}", timeout=args.timeout)
        warm.raise_for_status()
        httpx.post(f"{base_url}/api/compare", json=compare_payload(0, args.vary), timeout=args.timeout).raise_for_status()

        def get_story(n: int) -> tuple[str, str, None]:
            return "GET", f"/stories/{story}", None

        def post_compare(n: int) -> tuple[str, str, dict[str, Any]]:
            return "POST", "/api/compare", compare_payload(n, args.vary)

        phases = []
        for name, request in (("GET /stories/{id}", get_story), ("POST /api/compare", post_compare)):
            print(f"loading {name}: {args.clients} clients, {args.duration:g} s", file=sys.stderr)
            phase = asyncio.run(run_phase(name, request, base_url=base_url, clients=args.clients, duration=args.duration,
                                          max_requests=args.max_requests, timeout=args.timeout, server_pid=server_pid,
                                          client_kind=args.client))
            phases.append(phase.summary())
            print(phases[-1], file=sys.stderr)
        if server is not None and server.process.poll() is not None:
            raise RuntimeError(f"the server died during the run:\n{server.log_tail()}")
    finally:
        if server is not None:
            server.stop()
        tmp.cleanup()

    result = {
        "settings": {"clients": args.clients, "duration": args.duration, "max_requests": args.max_requests,
                     "timeout": args.timeout, "vary": args.vary, "target": "own server" if server else "--target",
                     "client": args.client},
        "story_id": story,
        "story_size": story_size,
        "compare_words": [len(ARTICLE_A.split()), len(ARTICLE_B.split())],
        "machine_cpus": os.cpu_count(),
        "phases": phases,
        "note": args.note,
    }
    if args.write:
        json_path, md_path = write_result("web_load", result, markdown(result))
        print(f"wrote {json_path} and {md_path}", file=sys.stderr)
    else:
        print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
