"""A regex's needles: strings of which every match holds one, read without re's private parser."""

import re

import pytest

from rashomon.text.needles import regex_needles


@pytest.mark.parametrize(("pattern", "needles"), [
    (r"\bgrim harvest\b", ("grim harvest",)),
    (r"\bgrim\s+harvest\b", ("harvest",)),  # the longest run, in lower case
    (r"\bGRIMACE\b", ("grimace",)),
    (r"\b(?:gloomy|glum)\b", ("gloomy", "glum")),  # a group without flags: each branch holds its own
    (r"\bsorry\b|\bsorrow\b", ("sorry", "sorrow")),  # a top-level alternation: the same
    (r"\b(?:sad|blue)\b", ("sad", "blue")),
    (r"\b(?:claimed|claim)\b", ("claim",)),  # a text that holds "claimed" holds "claim"
    (r"\bfar[- ](?:right|left)\b", ("right", "left")),  # longer than the run "far"
    (r"\b(?:sad|x)\b", ("sad", "x")),
    (r"\b(?:sad|\w+)\b", ()),  # a branch that holds nothing known: none
    (r"\b(?:sad|blue)?\s*day\b", ("day",)),  # a quantified group may be missing
    (r"colou?r scheme", ("r scheme",)),  # a quantified character may be missing
    (r"x(?:abc)?yz", ("yz",)),
    (r"ab{2}cd", ("cd",)),
    (r"a[.]b\.c", ("a.b.c",)),  # a class of one character, an escaped one
    (r"(?i)tidy\w+", ("tidy",)),
    (r"(tidy) pile", (" pile",)),  # a capturing group stands whole, with its own needles
    (r"(?P<who>tidy|neat) p", ("tidy", "neat")),
    (r"(?i:tidy) pile", (" pile",)),
    (r"(?<=a)bcd", ("bcd",)),
    (r"(?<=abcdef)\w|(?=abcdef)\w", ()),  # a lookaround holds nothing of the match
    (r"na(?#a comment (with a bracket)ve", ("nave",)),
    (r"café crème", ("caf",)),  # ASCII only
    (r"line\nbreak", ("break",)),  # an escape it does not read counts as anything
])
def test_the_needles_are_what_every_match_holds(pattern, needles):
    for flags in (0, re.IGNORECASE):
        assert regex_needles(re.compile(pattern, flags)) == needles


def test_a_verbose_pattern_has_no_needle():
    assert regex_needles(re.compile(r"grim  harvest", re.VERBOSE)) == ()


def test_every_match_holds_a_needle():
    texts = ["the sorry tale", "a sorrowful song", "gloomy and glum", "colour scheme", "color scheme", "x yz", "xabcyz",
             "the far-left bloc", "a far right party", "a tidy pile", "neat p"]
    for pattern in (r"\bsorry\b|\bsorrow", r"\b(?:gloomy|glum)\b", r"colou?r scheme", r"x(?:abc)?yz", r"\bfar[- ](?:right|left)\b",
                    r"(tidy) pile", r"(?P<who>tidy|neat) p"):
        regex = re.compile(pattern)
        needles = regex_needles(regex)
        for text in texts:
            for m in regex.finditer(text):
                assert any(n in m.group().lower() for n in needles), (pattern, text)


def test_a_scan_reads_a_text_only_where_it_holds_a_needle():
    from rashomon.text.needles import case_blind, scan

    regex = re.compile(r"\b(?:last|next)\s+(?:week|month)\b", re.IGNORECASE)
    for text in ("They met last week.", "NEXT MONTH, then", "Last\u00a0Week", "a weekly meeting", "", "the week after next"):
        assert [m.span() for m in scan(regex, text, case_blind(text))] == [m.span() for m in regex.finditer(text)], text
    assert list(scan(regex, "nothing here", case_blind("nothing here"))) == []
