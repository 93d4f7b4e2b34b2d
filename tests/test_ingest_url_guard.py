"""The URL guard in the fetch path: private, loopback and link-local addresses refused.

The network is an httpx.MockTransport and host look-ups are a fake resolver.
"""

from __future__ import annotations

import httpx
import pytest

from rashomon.comparison.pipeline import compare
from rashomon.errors import FetchError
from rashomon.sources import read_sources
from rashomon.sources.url import GuardedTransport, UrlGuard, _PinnedBackend, address_refusal, fetch, make_client

PUBLIC = "93.184.216.34"
ADDRESSES = {
    "news.example": [PUBLIC],
    "other.example": ["2606:4700:4700::1111"],
    "intranet.example": ["10.0.0.7"],
    "mixed.example": [PUBLIC, "192.168.1.10"],
    "metadata.example": ["169.254.169.254"],
    "mapped.example": ["::ffff:127.0.0.1"],
}
ARTICLE = "<html><head><title>Flood</title></head><body><article><p>{}</p></article></body></html>"


def resolve(host: str, port: int) -> list[str]:
    if host not in ADDRESSES:
        raise OSError(f"[Errno -2] Name or service not known: {host}")
    return ADDRESSES[host]


def client_for(handler, allow_private_urls: bool = False) -> httpx.Client:  # noqa: ANN001
    return make_client(5.0, allow_private_urls=allow_private_urls, resolve=resolve, transport=httpx.MockTransport(handler))


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, text="plain text body", headers={"content-type": "text/plain"})


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "0.0.0.0", "100.64.0.1",
     "224.0.0.251", "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1",
     "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.1.1", "2001:db8::1"],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert address_refusal(address) is not None


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"])
def test_public_addresses_pass(address: str) -> None:
    assert address_refusal(address) is None


def test_a_public_host_is_fetched() -> None:
    with client_for(ok) as client:
        fetched = fetch("https://news.example/a", client=client, max_bytes=1000, timeout=5)
    assert fetched.body == b"plain text body"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://intranet.example/", "10.0.0.7 is a private address"),
        ("http://mixed.example/", "192.168.1.10 is a private address"),
        ("http://metadata.example/latest/meta-data", "169.254.169.254 is a link-local address"),
        ("http://mapped.example/", "127.0.0.1 is a loopback address"),
        ("http://127.0.0.1:8000/admin", "127.0.0.1 is a loopback address"),
        ("http://[::1]/", "::1 is a loopback address"),
        ("http://[::ffff:7f00:1]/", "127.0.0.1 is a loopback address"),
        ("http://unknown.example/", "cannot resolve 'unknown.example'"),
    ],
)
def test_private_and_unresolvable_hosts_are_refused_before_any_request(url: str, reason: str) -> None:
    requested = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url)
        return ok(request)

    with client_for(handler) as client, pytest.raises(FetchError, match=r".*") as caught:
        fetch(url, client=client, max_bytes=1000, timeout=5)
    assert reason in caught.value.reason and caught.value.source == url
    assert requested == []


def test_every_redirect_hop_is_checked() -> None:
    requested = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.path == "/to-public":
            return httpx.Response(302, headers={"Location": "https://other.example/story"})
        if request.url.path == "/to-private":
            return httpx.Response(301, headers={"Location": "http://169.254.169.254/latest/meta-data"})
        return ok(request)

    with client_for(handler) as client:
        fetched = fetch("https://news.example/to-public", client=client, max_bytes=1000, timeout=5)
        assert fetched.url == "https://other.example/story"
        with pytest.raises(FetchError) as caught:
            fetch("https://news.example/to-private", client=client, max_bytes=1000, timeout=5)
    assert "169.254.169.254 is a link-local address" in caught.value.reason
    assert caught.value.source == "https://news.example/to-private"
    assert "http://169.254.169.254/latest/meta-data" not in requested


def test_allowing_private_urls_lets_them_through() -> None:
    with client_for(ok, allow_private_urls=True) as client:
        assert fetch("http://127.0.0.1:8000/page", client=client, max_bytes=1000, timeout=5).body == b"plain text body"
    assert UrlGuard(allow_private=True, resolve=resolve).check("http://intranet.example/") == ["10.0.0.7"]


def test_the_default_client_allows_private_urls_as_the_cli_does() -> None:
    with make_client(5.0, transport=httpx.MockTransport(ok)) as client:
        assert fetch("http://127.0.0.1/", client=client, max_bytes=1000, timeout=5).body == b"plain text body"


class RecordingBackend:
    def __init__(self) -> None:
        self.connected: list[tuple[str, int]] = []

    def connect_tcp(self, host: str, port: int, timeout=None, local_address=None, socket_options=None):  # noqa: ANN001, ANN201
        self.connected.append((host, port))
        return "stream"


def test_connections_go_to_the_checked_address() -> None:
    inner = RecordingBackend()
    backend = _PinnedBackend(UrlGuard(resolve=resolve), inner)
    assert backend.connect_tcp("news.example", 443) == "stream"
    assert inner.connected == [(PUBLIC, 443)], "the address checked, not a second look-up"
    with pytest.raises(FetchError, match="private address"):
        backend.connect_tcp("intranet.example", 80)
    assert inner.connected == [(PUBLIC, 443)]


def test_guarded_fetches_become_skipped_inputs_in_a_comparison() -> None:
    text = "The river rose two metres on Monday. The mayor said 40 homes were flooded. Roads were closed."

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=ARTICLE.format(text), headers={"content-type": "text/html"})

    with client_for(handler) as client:
        documents, skipped = read_sources(["https://news.example/a", "http://intranet.example/b"], client=client)
        assert len(documents) == 1
        assert [s.source for s in skipped] == ["http://intranet.example/b"] and "private address" in skipped[0].reason
        report = compare(["https://news.example/a", "https://other.example/b", "http://metadata.example/"], client=client)
    assert len(report.articles) == 2
    assert [s.source for s in report.skipped] == ["http://metadata.example/"]


def test_the_real_transport_is_guarded_and_pinned() -> None:
    with make_client(5.0, allow_private_urls=False, resolve=resolve) as client:
        guarded = client._transport  # never used for a request here: the guard refuses first
        assert isinstance(guarded, GuardedTransport)
        assert isinstance(guarded.inner._pool._network_backend, _PinnedBackend)
        with pytest.raises(FetchError, match="loopback"):
            fetch("http://127.0.0.1:9/", client=client, max_bytes=1000, timeout=5)
        assert client.trust_env is False, "no proxy between the check and the connection"
