"""Network limits: a total deadline on every fetch, and the URL policy for links in local files."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from rashomon.errors import FetchError
from rashomon.sources import read_sources
from rashomon.sources.url import fetch


class _Drip(httpx.SyncByteStream):
    """Two bytes every ``pause`` seconds, ``count`` times: each read is quick, the whole is slow."""

    def __init__(self, pause: float, count: int) -> None:
        self.pause, self.count = pause, count

    def __iter__(self):
        for _ in range(self.count):
            time.sleep(self.pause)
            yield b"ab"


def test_a_dripping_server_is_cut_off_at_the_total_deadline() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, headers={"Content-Type": "text/plain"},
                                                                   stream=_Drip(0.1, 100)))
    with httpx.Client(transport=transport) as client:
        start = time.monotonic()
        with pytest.raises(FetchError, match="took more than 0.5 s in all"):
            fetch("http://example.org/slow", client=client, max_bytes=10_000, timeout=5.0, deadline=0.5)
    assert time.monotonic() - start < 2.0


def test_the_default_deadline_is_twice_the_timeout() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, headers={"Content-Type": "text/plain"},
                                                                   stream=_Drip(0.1, 100)))
    with httpx.Client(transport=transport) as client, pytest.raises(FetchError, match="took more than 0.6 s"):
        fetch("http://example.org/slow", client=client, max_bytes=10_000, timeout=0.3)


@pytest.mark.parametrize("host", ["127.0.0.1", "[::1]", "169.254.169.254", "10.1.2.3"])
def test_links_in_a_local_feed_may_not_reach_private_addresses(tmp_path: Path, host: str) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</title>'
                    f"<link>http://{host}:9/secret</link><description>short</description></item></channel></rss>",
                    encoding="utf-8")
    documents, skipped = read_sources([feed])
    assert documents == []
    assert "refused" in skipped[0].reason and "private addresses are not allowed" in skipped[0].reason


def test_private_links_in_a_local_feed_can_be_allowed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</title>'
                    "<link>http://127.0.0.1:9/secret</link><description>short</description></item></channel></rss>",
                    encoding="utf-8")
    _documents, skipped = read_sources([feed], allow_private_urls=True, timeout=2.0)
    assert "not allowed" not in skipped[0].reason and "cannot connect" in skipped[0].reason  # tried; nothing listens on 9
