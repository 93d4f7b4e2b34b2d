"""The harness itself: it only ever targets loopback, and the hostile article is what it claims."""

from __future__ import annotations

import pytest

from tests.e2e.harness import HOSTILE_IMG, HOSTILE_LINK, HOSTILE_SCRIPT, HOSTILE_SVG, HOSTILE_TEXT, require_loopback

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "localhost"])
def test_loopback_hosts_are_accepted(host: str) -> None:
    assert require_loopback(host) == host


@pytest.mark.parametrize("host", ["0.0.0.0", "10.1.2.3", "192.168.0.1", "example.org", "127.0.0.1.nip.io", "::", ""])
def test_other_hosts_are_refused(host: str) -> None:
    with pytest.raises(ValueError, match="non-loopback"):
        require_loopback(host)


def test_hostile_text_carries_every_payload() -> None:
    for payload in (HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_SVG, HOSTILE_LINK):
        assert payload in HOSTILE_TEXT
