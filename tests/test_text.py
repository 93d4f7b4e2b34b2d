"""The text layer: quotations, attribution and reporting verbs."""

from __future__ import annotations

import pytest

from rashomon.text import attribution, attributions, find_quotes, inside, reporting_lemma, reporting_verbs


def _speaker(sentence: str) -> str | None:
    found = attribution(sentence)
    return found.speaker.text if found else None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Harbour official Lena Marsh said on Monday that the pier would reopen.", "Harbour official Lena Marsh"),
        ("The pier will reopen next week, the port authority said.", "the port authority"),
        ("“We will rebuild,” said Tomas Orvel, the mayor.", "Tomas Orvel"),
        ("Nine boats sank, according to the regional coast guard.", "the regional coast guard"),
        ("But officials said the road was safe.", "officials"),
        ("The firm's chief executive also said profits fell.", "The firm's chief executive"),
        ("Orvel stressed the need for calm, Marsh said.", "Marsh"),
        ("Prices rose 3 percent in May.", None),
    ],
)
def test_attribution_finds_the_speaker(sentence: str, speaker: str | None) -> None:
    assert _speaker(sentence) == speaker


def test_attribution_offsets_point_at_the_words() -> None:
    sentence = "The pier will reopen next week, the port authority said."
    found = attribution(sentence)
    assert found is not None
    assert sentence[found.speaker.start : found.speaker.end] == found.speaker.text
    assert sentence[found.verb.start : found.verb.end] == "said"
    assert found.lemma == "say" and found.named


def test_words_inside_quotes_are_not_the_attribution() -> None:
    sentence = "“The council said nothing,” the report said."
    found = attribution(sentence)
    assert found is not None and found.speaker.text == "the report"
    assert all(a.speaker.text != "The council" for a in attributions(sentence))


def test_a_pronoun_is_an_attribution_without_a_name() -> None:
    found = attribution("He told reporters the plan had failed.")
    assert found is not None and found.speaker.text == "He" and not found.named


def test_find_quotes_spans_and_apostrophes() -> None:
    text = "The rebels’ leader called it “a trap” and ‘a lie’ on Friday."
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["a trap", "a lie"]
    for q in quotes:
        assert text[q.start] in "“‘" and text[q.end - 1] in "”’"
        assert inside(quotes, q.start + 1, q.end - 1)


def test_an_unclosed_quote_runs_to_the_end_of_its_line() -> None:
    text = "He said “we stay\nNext line."
    (quote,) = find_quotes(text)
    assert quote.text == "we stay" and not quote.closed and text[quote.end] == "\n"


def test_find_quotes_shifts_offsets() -> None:
    (quote,) = find_quotes("a “b c” d", offset=100)
    assert (quote.start, quote.end) == (102, 107)


def test_reporting_verbs() -> None:
    assert reporting_lemma("Said") == "say"
    assert reporting_lemma("warned") == "warn"
    assert reporting_lemma("bridge") is None
    assert "told" in reporting_verbs


@pytest.mark.parametrize(
    "text",
    [
        "Word said " * 20_000,
        "\"a\" said " * 20_000,
        "A " + "“ab " * 20_000,
        "According to " * 20_000,
        "X " * 50_000 + "said",
        "‘" * 50_000,
        "مرحبا said Иван “中文” " * 5_000,
    ],
)
def test_long_and_odd_inputs_finish_and_stay_in_bounds(text: str) -> None:
    # Linear scans: these 100 KB inputs finish at once (a backtracking pattern would not).
    for a in attributions(text):
        assert 0 <= a.speaker.start < a.speaker.end <= len(text)
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)


def test_the_name_of_a_titled_speaker() -> None:
    found = attribution("The pier is closed, ministry spokeswoman Ana Ruiz said.")
    assert found is not None
    assert found.speaker.text == "ministry spokeswoman Ana Ruiz" and found.name == "Ana Ruiz"
    found = attribution("The pier is closed, the port authority said.")
    assert found is not None and found.name == "the port authority"


def test_datelines_are_read_in_one_place():
    from rashomon.text import dateline, dateline_place, strip_dateline
    from rashomon.text.datelines import DATELINE_CAPITALS, DATELINE_LINE

    assert strip_dateline("QASR NADIM, May 28 (Press Agency) — Five aid workers were freed.") == "Five aid workers were freed."
    assert strip_dateline("Five aid workers were freed in Port Leon – the capital.") == "Five aid workers were freed in Port Leon – the capital."
    assert dateline("TORVENNA, Sept 23 (Wire) — The talks failed.").end() == len("TORVENNA, Sept 23 (Wire) — ")
    assert dateline("The talks failed on Monday.") is None
    assert dateline_place("TORVENNA, Sept 23 — The talks failed.") == "TORVENNA"
    assert dateline_place("Kovrin, 13 April (SarTA). Police cleared the square.") == "Kovrin"
    assert dateline_place("On Tuesday, 13 April, police cleared the square.") == ""
    assert dateline_place("Police, who cleared the square, said nothing.") == ""
    assert DATELINE_LINE.match("Kovrin, 13 April (SarTA).")
    assert DATELINE_CAPITALS.match("DRUNESK, Veskaria (Meridian Wire) —")


def test_a_day_or_a_page_stamp_opening_a_line_is_no_dateline_place():
    from rashomon.text import dateline_place

    assert dateline_place("Tuesday, Nov. 4 — Voters went to the polls.") == ""
    assert dateline_place("Updated, 4 March 2024 — The minister resigned.") == ""
    assert dateline_place("KOVRIN, April 13 — Police cleared the square.") == "KOVRIN"


# Texts of every quotation shape the scan meets: unbalanced, nested, mixed marks, apostrophes.
ODD_QUOTES = [
    'He said "one" and "two" and "three',
    "“Outer ‘inner “deepest” inner’ outer,” she said.",
    "«a» „b“ “c” ‘d’ ‚e‘ \"f” “g\" »h«",
    "The rebels’ ‘leader’ said it’s ‘fine’ and ‘not",
    '"" " " “”  "x"\n"y\n“z',
]


def test_find_quotes_on_unbalanced_and_nested_marks() -> None:
    spans = [[(q.start, q.end, q.text, q.closed) for q in find_quotes(t)] for t in ODD_QUOTES]
    assert spans[0] == [(8, 13, "one", True), (18, 23, "two", True), (28, 34, "three", False)]
    # nested marks are not paired by depth: the outer quotation closes at the first closing mark
    # of its kind, and the scan goes on after it (what follows holds no opening mark)
    assert spans[1] == [(0, 23, "Outer ‘inner “deepest", True)]
    assert [s[2] for s in spans[2]] == ["a", "b", "c", "d", "e", "f", "g", "h"]
    assert [s[2] for s in spans[3]] == ["leader", "fine"]  # an apostrophe and an unclosed single quote are none
    assert [(s[2], s[3]) for s in spans[4]] == [("x", True), ("y", False), ("z", False)]  # empty ones are none


def test_inside_agrees_with_a_walk_over_every_quotation() -> None:
    for text in ODD_QUOTES:
        quotes = find_quotes(text)
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                walk = any(q.start <= start and end <= q.end for q in quotes)
                assert inside(quotes, start, end) == walk, (text, start, end)


def test_a_single_mark_before_a_letter_is_an_apostrophe_not_a_close() -> None:
    # the scan for a close skips ’ followed by a letter and goes on to the next closing mark
    (quote,) = find_quotes("She called it ‘a plan that’s fine’ today.")
    assert quote.text == "a plan that’s fine"
    assert find_quotes("‘" + "x" * 100 + "’") == ()  # a single mark closes within a short span only


def test_a_month_name_is_a_whole_word_or_its_abbreviation():
    import re

    from rashomon.text import strip_dateline
    from rashomon.text.calendar import MONTH_NAME

    month = re.compile(MONTH_NAME + "$")
    assert all(month.match(w) for w in ("March", "Mar", "Mar.", "Sept.", "Sep", "MAY", "December"))
    assert not any(month.match(w) for w in ("Marchers", "Mayors", "Decades", "Junior", "may", "Augustus"))
    # a count before a word a month name begins is no dateline's day
    assert strip_dateline("Around 12 Mayors (and aides) Signed it.") == "Around 12 Mayors (and aides) Signed it."
    assert strip_dateline("LORVEN, 12 Sept. (Wire Service) — The port reopened.") == "The port reopened."
