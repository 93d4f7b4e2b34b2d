"""A cheap HTTP/1.1 load client for loopback benchmarks: one asyncio loop, raw keep-alive sockets.

    conn = await Connection.open("127.0.0.1", port)
    status, body = await conn.request(b"GET", "/healthz")
    status, body = await conn.request(b"POST", "/api/compare", json_body=b'{...}')

The load generator shares the machine with the server it measures; an httpx.AsyncClient costs
about a millisecond of Python per request, which on two cores competes with the server and makes
the benchmark measure its own starvation. This client builds the request bytes once, reads the
answer by Content-Length (or chunks), and reconnects when the server closes the connection (a
``Connection: close`` answer or a dropped socket: counted by the caller as an error, never hidden).
Only loopback is ever targeted (the callers check).
"""

from __future__ import annotations

import asyncio


class HTTPFailure(Exception):
    """The connection failed or the answer was not HTTP/1.1 as expected."""


class Connection:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.reconnects = 0

    @classmethod
    async def open(cls, host: str, port: int) -> Connection:
        conn = cls(host, port)
        await conn._connect()
        return conn

    async def _connect(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port, limit=2**20)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None

    async def request(self, method: bytes, path: str, *, json_body: bytes | None = None,
                      headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[bytes, bytes]]:
        """One request on the kept-alive connection: (status, body, headers with lower-case names).
        Raises HTTPFailure when the connection fails; the next call reconnects."""
        if self.writer is None:
            self.reconnects += 1
            await self._connect()
        lines = [method + b" " + path.encode() + b" HTTP/1.1", f"host: {self.host}:{self.port}".encode()]
        for name, value in (headers or {}).items():
            lines.append(f"{name}: {value}".encode())
        if json_body is not None:
            lines += [b"content-type: application/json", b"content-length: " + str(len(json_body)).encode()]
        data = b"\r\n".join(lines) + b"\r\n\r\n" + (json_body or b"")
        try:
            assert self.writer is not None and self.reader is not None
            self.writer.write(data)
            await self.writer.drain()
            head = await self.reader.readuntil(b"\r\n\r\n")
            status_line, *header_lines = head[:-4].split(b"\r\n")
            status = int(status_line.split(b" ", 2)[1])
            got: dict[bytes, bytes] = {}
            for line in header_lines:
                name, _, value = line.partition(b":")
                got[name.strip().lower()] = value.strip()
            if b"content-length" in got:
                body = await self.reader.readexactly(int(got[b"content-length"]))
            elif got.get(b"transfer-encoding", b"").lower() == b"chunked":
                body = await self._chunks()
            elif status in (204, 304):
                body = b""
            else:
                raise HTTPFailure(f"an answer with neither Content-Length nor chunks (HTTP {status})")
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, IndexError) as exc:
            self.close()
            raise HTTPFailure(f"{type(exc).__name__}: {exc}") from exc
        except HTTPFailure:
            self.close()
            raise
        if got.get(b"connection", b"").lower() == b"close":
            self.close()
        return status, body, got

    async def _chunks(self) -> bytes:
        assert self.reader is not None
        parts = []
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
            if size == 0:
                await self.reader.readuntil(b"\r\n")
                return b"".join(parts)
            parts.append(await self.reader.readexactly(size))
            await self.reader.readexactly(2)
