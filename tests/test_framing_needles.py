"""A regex's needle: the characters every match holds in a row, read without re's private parser."""

import re

import pytest

from rashomon.comparison.framing.needles import regex_needle


@pytest.mark.parametrize(("pattern", "needle"), [
    (r"\bgrim harvest\b", "grim harvest"),
    (r"\bgrim\s+harvest\b", "harvest"),  # the longest run, in lower case
    (r"\bGRIMACE\b", "grimace"),
    (r"\b(?:gloomy|glum)\b", "gl"),  # a group without flags opens up; its branches share "gl"
    (r"\bsorry\b|\bsorrow\b", "sorr"),  # a top-level alternation keeps what its branches open with
    (r"\b(?:sad|blue)\b", ""),
    (r"colou?r scheme", "r scheme"),  # a quantified character may be missing
    (r"x(?:abc)?yz", "yz"),
    (r"ab{2}cd", "cd"),
    (r"a[.]b\.c", "a.b.c"),  # a class of one character, an escaped one
    (r"(?i)tidy\w+", "tidy"),
    (r"(tidy) pile", " pile"),  # a capturing group stays whole
    (r"(?i:tidy) pile", " pile"),
    (r"(?<=a)bcd", "bcd"),
    (r"na(?#a comment (with a bracket)ve", "nave"),
    (r"café crème", "caf"),  # ASCII only
    (r"line\nbreak", "break"),  # an escape it does not read counts as anything
])
def test_the_needle_is_what_every_match_holds(pattern, needle):
    for flags in (0, re.IGNORECASE):
        assert regex_needle(re.compile(pattern, flags)) == needle


def test_a_verbose_pattern_has_no_needle():
    assert regex_needle(re.compile(r"grim  harvest", re.VERBOSE)) == ""


def test_every_match_holds_the_needle():
    texts = ["the sorry tale", "a sorrowful song", "gloomy and glum", "colour scheme", "color scheme", "x yz", "xabcyz"]
    for pattern in (r"\bsorry\b|\bsorrow", r"\b(?:gloomy|glum)\b", r"colou?r scheme", r"x(?:abc)?yz"):
        regex = re.compile(pattern)
        for text in texts:
            for m in regex.finditer(text):
                assert regex_needle(regex) in m.group().lower()
