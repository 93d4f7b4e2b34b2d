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


# --- caps: no stage ever sees an unbounded piece ---------------------------------------------------

from rashomon.comparison.segment import MAX_LINE_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCES, pieces  # noqa: E402


def test_an_over_long_sentence_is_split_at_spaces_with_offsets_kept_and_reported():
    line = " ".join(["Anna", "Boris", "Carl", "Dana"] * 2_000)  # 41,999 characters, no sentence end
    text = "Headline\n" + line + "\nA closing line."
    capped: list[str] = []
    sentences = segment("a1", text, capped=capped)
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE_CHARS
    for s in sentences:
        assert text[s.start : s.end] == s.text and s.text == s.text.strip()
        assert not s.text.startswith(("nna", "oris", "arl", "ana"))  # never cut inside a word
    assert sentences[-1].text == "A closing line."
    assert len(capped) == 1 and f"over {MAX_LINE_CHARS:,} characters" in capped[0] and "41,999" in capped[0]


def test_real_sentences_are_not_touched():
    text = "The council said on Monday, after a long debate, that the permit system worked. " * 3
    capped: list[str] = []
    assert len(segment("a1", text.strip(), capped=capped)) == 3 and capped == []


def test_the_sentence_count_is_capped_and_reported():
    text = "\n".join(f"Line {i} ends here." for i in range(MAX_SENTENCES + 50))
    capped: list[str] = []
    sentences = segment("a1", text, capped=capped)
    assert len(sentences) == MAX_SENTENCES
    assert any(f"first {MAX_SENTENCES:,} sentences" in c for c in capped)


def test_pieces_cuts_hard_when_there_is_no_space():
    text = "x" * 2_500
    assert pieces(text, 0, len(text), 1_000) == [(0, 1_000), (1_000, 2_000), (2_000, 2_500)]


from rashomon.comparison.segment import MAX_CAPITALISED, MAX_NUMBERS  # noqa: E402


@pytest.mark.parametrize("word, limit", [("37", MAX_NUMBERS), ("Anna", MAX_CAPITALISED)])
def test_a_sentence_dense_with_numbers_or_names_is_split_and_reported(word: str, limit: int) -> None:
    body = " ".join([word] * (limit * 2))  # under MAX_SENTENCE_CHARS characters, but dense
    assert len(body) < MAX_SENTENCE_CHARS
    text = f"Officials said {body} were counted."
    capped: list[str] = []
    sentences = segment("a1", text, capped=capped)
    assert len(sentences) >= 2
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert s.text.count(word) <= limit + 5
    assert capped and "split for analysis" in capped[0]


def test_a_real_sentence_with_many_figures_is_not_split() -> None:
    text = ("The count stood at 1,204 votes to 1,187 in Ward 3, 2,011 to 1,950 in Ward 4 and 870 to 866 in Ward 5, "
            "with 12 of 14 precincts reporting by 10:45 p.m. on Tuesday, officials from the Lake County board said.")
    capped: list[str] = []
    assert len(segment("a1", text, capped=capped)) == 1 and not capped
