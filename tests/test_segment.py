import pytest

from rashomon.backends.splitters import get_splitter
from rashomon.errors import UnknownBackend
from rashomon.comparison.segment import segment


def test_offsets_point_into_the_text():
    text = "First line here.\n\nU.S. officials met on Friday. They agreed.\nA last line without a stop"
    sentences = segment("a1", text)
    assert [s.text for s in sentences] == [
        "First line here.",
        "U.S. officials met on Friday.",
        "They agreed.",
        "A last line without a stop",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.id for s in sentences] == ["a1.s0", "a1.s1", "a1.s2", "a1.s3"]


def test_abbreviations_do_not_end_a_sentence():
    text = "The U.S. envoy met Dr. Smith in Washington on Jan. 5 to discuss the plan."
    assert len(segment("a1", text)) == 1


def test_regex_fallback_splits_and_keeps_offsets():
    text = "He left. “She stayed.” Then 3 people came!"
    spans = get_splitter("regex").spans(text)
    assert [text[s:e] for s, e in spans] == ["He left.", "“She stayed.”", "Then 3 people came!"]


def test_unknown_splitter_lists_valid_names():
    with pytest.raises(UnknownBackend) as info:
        get_splitter("nltk")
    assert "pysbd" in str(info.value) and "regex" in str(info.value)
