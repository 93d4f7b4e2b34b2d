"""RSS and Atom feeds to documents (sources/feeds.py)."""

from rashomon.errors import InputError
from rashomon.sources.feeds import read_feed


def _refuse(url: str):
    raise InputError(url, "not an http(s) URL")


def test_an_entry_whose_link_is_a_script_keeps_its_text_and_no_address():
    summary = " ".join(["The ferry left the harbour late on Sunday and reached the island after dark."] * 5)
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>Ferry late</title><link>javascript:alert(1)</link><description>{summary}</description></item>"
            "</channel></rss>")
    (document,) = list(read_feed(feed, source="wire.xml", fetch_page=_refuse))
    assert not isinstance(document, Exception), document
    assert document.url is None and document.text.startswith("The ferry left")
