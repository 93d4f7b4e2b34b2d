"""What an input's address says (sources/addresses.py): which URLs may be kept as an article's."""

import pytest

from rashomon.sources.addresses import web_url


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
