"""What an input's address says (sources/addresses.py): which URLs may be kept as an article's."""

import pytest

from rashomon.sources.addresses import bare_address, web_url


@pytest.mark.parametrize("url", [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<b>x</b>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//north.example/a",
    "north.example/a",
    "http:///no-host",
    "https://north.example/a b",
    "",
    None,
])
def test_an_address_that_is_no_web_page_is_not_kept(url):
    assert web_url(url) is None


@pytest.mark.parametrize("url", ["https://north.example/a?x=1#p", "HTTP://North.example/"])
def test_a_web_page_s_address_is_kept_as_written(url):
    assert web_url(url) == url


@pytest.mark.parametrize("text", ["www.example.org/story", "www.example.org", "example.org/news/1", "news.example.co.uk:8080/a?b=1"])
def test_a_web_address_without_its_scheme_is_recognised(text):
    assert bare_address(text)


@pytest.mark.parametrize("text", ["story/north.txt", "notes.txt", "dump.jsonl", "reports.2026/a.txt", "./www.txt",
                                  "https://example.org/a", "example.org"])
def test_a_file_name_is_no_bare_address(text):
    assert not bare_address(text)
