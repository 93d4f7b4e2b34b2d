"""One pathological client among 50: does it hold the others? Latency of the rest, on loopback.

    python bench/hostile_web.py [--clients 50] [--duration 20] [--max-requests 4000] [--rounds 1]
                                [--baseline TREE] [--name hostile_web]

Starts ``rashomon serve`` on 127.0.0.1 over a temporary store seeded with the bundled example
stories, warms it, then runs phases of ``--clients`` concurrent clients (closed loop, one
keep-alive connection each), each phase bounded by ``--duration`` seconds and ``--max-requests``:

    reads            49 clients reading (healthz, the story list, a stored story's report JSON
                     and page), no pathological client: the baseline
    reads+hostile    the same 49, and one client that sends nothing but pathological comparisons
                     (100 KB of names, of initials, of numbers: seconds of analysis each)
    compares+hostile 49 clients sending small comparisons, and the pathological one

Reported per phase: the others' requests, errors and latency (p50/p95/p99/max), what the
pathological client got (200s, 503s past the deadline), the server process's CPU seconds per
request of the others (the comparisons' worker processes not included: a measure the machine's
load does not change much, where latency is mostly the load) and the load average.
``--baseline TREE`` also starts a server from another checkout (e.g. ``git archive main``
unpacked) and runs every phase against both, alternating which goes first (``--rounds`` times),
so that both see the same machine load. Only loopback is ever loaded.
Writes bench/results/<name>.json and .md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent), str(BENCH.parent / "src")]

from common import write_result  # noqa: E402
from rawhttp import Connection, HTTPFailure  # noqa: E402

from tests.e2e.harness import RunningServer, seed_store  # noqa: E402
from tests.hostile.generator import GOOD_A, GOOD_B, NAMES  # noqa: E402


def pathological(n: int) -> str:
    rng = random.Random(n)
    kind = n % 3
    if kind == 0:
        words = [rng.choice(NAMES) for _ in range(20_000)]
    elif kind == 1:
        words = [rng.choice(["A.", "B.", "C.", "D.E.", "F.G.H."]) for _ in range(30_000)]
    else:
        words = [str(rng.randint(0, 10**6)) for _ in range(15_000)]
    return "Headline\n" + " ".join(words) + ".\n"


def summary(latencies: list[float], errors: dict[str, int], sent: int) -> dict[str, Any]:
    lat = np.array(latencies) * 1000.0
    pct = (lambda q: round(float(np.percentile(lat, q)), 1)) if len(lat) else (lambda q: None)
    return {"requests": sent, "ok": len(latencies), "errors": sum(errors.values()), "error_kinds": errors,
            "latency_ms": {"p50": pct(50), "p95": pct(95), "p99": pct(99),
                           "max": round(float(lat.max()), 1) if len(lat) else None}}


async def phase(base: str, name: str, *, clients: int, duration: float, max_requests: int, hostile: bool,
                others_compare: bool, story_id: int, client_kind: str = "raw") -> dict[str, Any]:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    hostile_status: dict[str, int] = {}
    hostile_seconds: list[float] = []
    sent = 0
    host, port = base.rsplit("//", 1)[1].rsplit(":", 1)
    paths = ["/healthz", "/api/stories", f"/api/stories/{story_id}", f"/stories/{story_id}"]
    limits = httpx.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)
    cpu_before = time.process_time()
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120.0) as client:
        start = time.perf_counter()
        stop = start + duration

        async def send(conn: Any, method: str, path: str, body: dict[str, Any] | None) -> int:
            """One request by the chosen client: its status; raises on a failed connection."""
            if conn is None:
                response = await (client.post(path, json=body) if body is not None else client.get(path))
                return response.status_code
            raw = json.dumps(body).encode() if body is not None else None
            status, _, _ = await asyncio.wait_for(conn.request(method.encode(), path, json_body=raw), 120.0)
            return status

        async def other(index: int) -> None:
            nonlocal sent
            conn = await Connection.open(host, int(port)) if client_kind == "raw" else None
            n = 0
            while time.perf_counter() < stop and sent < max_requests:
                sent += 1
                n += 1
                t0 = time.perf_counter()
                try:
                    if others_compare:
                        tail = f"\nUpdated at case {index}-{n}."
                        status = await send(conn, "POST", "/api/compare",
                                            {"articles": [{"text": GOOD_A + tail}, {"text": GOOD_B + tail}]})
                    else:
                        status = await send(conn, "GET", paths[(index + n) % 4], None)
                except (httpx.HTTPError, HTTPFailure, asyncio.TimeoutError) as exc:
                    errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                    continue
                if status == 200:
                    latencies.append(time.perf_counter() - t0)
                else:
                    errors[f"HTTP {status}"] = errors.get(f"HTTP {status}", 0) + 1
            if conn is not None:
                conn.close()

        async def bad() -> None:
            conn = await Connection.open(host, int(port)) if client_kind == "raw" else None
            n = 0
            while time.perf_counter() < stop:
                n += 1
                t0 = time.perf_counter()
                try:
                    status = await send(conn, "POST", "/api/compare",
                                        {"articles": [{"text": GOOD_A}, {"text": pathological(n)}]})
                    key = f"HTTP {status}"
                except (httpx.HTTPError, HTTPFailure, asyncio.TimeoutError) as exc:
                    key = type(exc).__name__
                hostile_status[key] = hostile_status.get(key, 0) + 1
                hostile_seconds.append(time.perf_counter() - t0)
            if conn is not None:
                conn.close()

        tasks = [other(i) for i in range(clients - (1 if hostile else 0))]
        if hostile:
            tasks.append(bad())
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - start
    generator_cpu = time.process_time() - cpu_before
    result = {"phase": name, "seconds": round(wall, 1), "others": summary(latencies, errors, sent), "client": client_kind,
              "generator_cpu_ms_per_request": round(generator_cpu * 1000 / max(1, sent), 2),
              "load_average_before": [round(x, 2) for x in os.getloadavg()]}  # (taken after the phase)
    if hostile:
        result["pathological"] = {"requests": sum(hostile_status.values()), "statuses": hostile_status,
                                  "seconds_each": [round(s, 2) for s in hostile_seconds]}
    return result


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of one process (not its children), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def markdown(payload: dict[str, Any]) -> str:
    baseline = f" and, alternating with it, one from `{payload['baseline']}` (\"baseline\")" if payload.get("baseline") else ""
    client = payload.get("client", "httpx")
    generator = ("raw keep-alive sockets on one asyncio loop (bench/rawhttp.py)" if client == "raw"
                 else "one httpx.AsyncClient")
    lines = ["# One pathological client among 50", "",
             f"`python bench/hostile_web.py --client {client} --clients {payload['clients']} --duration {payload['duration']}"
             f" --max-requests {payload['max_requests']} --rounds {payload.get('rounds', 1)}"
             f"{' --baseline ' + payload['baseline'] if payload.get('baseline') else ''}`: "
             f"`rashomon serve` on 127.0.0.1 (comparisons in worker processes, deadline {payload['deadline']} s){baseline}, "
             "store seeded with the bundled example stories. The load generator runs on the same machine: "
             f"{generator}; its CPU per request is in the table. A phase ends after --duration seconds or "
             "--max-requests requests of the others, whichever comes first. Server CPU: the server process's CPU "
             "milliseconds per request of the others (its comparison workers not counted). The load is the machine's "
             "1-minute load average after the phase (other work on the machine included).", "",
             "| server | phase | others' requests | ok | errors | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/req "
             "| generator CPU ms/req | pathological requests | their answers | load (1 min) |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for p in payload["phases"]:
        o, lat = p["others"], p["others"]["latency_ms"]
        bad = p.get("pathological", {})
        lines.append(f"| {p.get('server', 'this')} | {p['phase']} | {o['requests']} | {o['ok']} | {o['errors']} | {lat['p50']} "
                     f"| {lat['p95']} | {lat['p99']} | {lat['max']} | {p.get('server_cpu_ms_per_request', '-')} "
                     f"| {p.get('generator_cpu_ms_per_request', '-')} "
                     f"| {bad.get('requests', '-')} | {bad.get('statuses', '-')} | {p['load_average_before'][0]} |")
    for p in payload["phases"]:
        if p["others"]["error_kinds"]:
            lines.append(f"\nErrors of the others in {p.get('server', 'this')} {p['phase']}: {p['others']['error_kinds']}.")
    return "\n".join(lines)


def _start_from(tree: Path, db: Path) -> RunningServer:
    """``rashomon serve`` from another checkout (its own src/ first on the path)."""
    import subprocess

    from tests.e2e.harness import free_port

    port = free_port("127.0.0.1")
    log_path = db.with_suffix(".server.log")
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PYTHONUNBUFFERED": "1"}
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "rashomon.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                                    "--db", str(db)], stdout=log, stderr=subprocess.STDOUT, env=env, cwd=str(tree))
    server = RunningServer(process=process, base_url=f"http://127.0.0.1:{port}", log_path=log_path)
    try:
        server._wait_healthy(120)
    except BaseException:
        server.stop()
        raise
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=20.0)
    parser.add_argument("--max-requests", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout to measure alternately")
    parser.add_argument("--name", default="hostile_web")
    parser.add_argument("--client", choices=["raw", "httpx"], default="raw",
                        help="the load generator: raw keep-alive sockets on one asyncio loop (cheap), or httpx.AsyncClient")
    parser.add_argument("--phases", default="reads,reads+hostile,compares+hostile", help="which phases, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hostile-web-") as tmp, contextlib.ExitStack() as stack:
        servers: list[tuple[str, RunningServer, int]] = []
        for label, tree in [("this", None), *([("baseline", args.baseline.resolve())] if args.baseline else [])]:
            db = Path(tmp) / f"{label}.db"
            seeded = seed_store(db, hostile=False)
            server = RunningServer.start(db) if tree is None else _start_from(tree, db)
            stack.callback(server.stop)
            servers.append((label, server, max(seeded.story_ids)))
        for _, server, story_id in servers:
            base = server.base_url
            for path in ["/healthz", "/api/stories", f"/api/stories/{story_id}", f"/stories/{story_id}"] * 2:
                httpx.get(f"{base}{path}", timeout=120).raise_for_status()  # its report, stored; pages once
            for _ in range(3):  # the worker processes start and warm up
                httpx.post(f"{base}/api/compare", json={"articles": [{"text": GOOD_A}, {"text": GOOD_B}]}, timeout=120)
        phases = []
        wanted = set(args.phases.split(","))
        for name, hostile, compares in (("reads", False, False), ("reads+hostile", True, False),
                                        ("compares+hostile", True, True)):
            if name not in wanted:
                continue
            for round_number in range(args.rounds):
                order = servers if (round_number + len(phases)) % 2 == 0 else servers[::-1]
                for label, server, story_id in order:
                    before = cpu_seconds(server.process.pid)
                    result = asyncio.run(phase(server.base_url, name, clients=args.clients, duration=args.duration,
                                               max_requests=args.max_requests, hostile=hostile, others_compare=compares,
                                               story_id=story_id, client_kind=args.client))
                    result["server"] = label
                    result["server_cpu_ms_per_request"] = round(
                        (cpu_seconds(server.process.pid) - before) * 1000 / max(1, result["others"]["requests"]), 2)
                    phases.append(result)
                    print(label, name, result["others"]["latency_ms"], result["server_cpu_ms_per_request"],
                          result["generator_cpu_ms_per_request"],
                          result.get("pathological", {}).get("statuses"), result["load_average_before"],
                          file=sys.stderr, flush=True)
    from rashomon.web.config import WebLimits

    payload = {"client": args.client, "clients": args.clients, "duration": args.duration, "max_requests": args.max_requests, "rounds": args.rounds,
               "baseline": str(args.baseline) if args.baseline else None, "deadline": WebLimits().compare_deadline,
               "phases": phases}
    _, md_path = write_result(args.name, payload, markdown(payload))
    print(md_path.read_text())


if __name__ == "__main__":
    main()
