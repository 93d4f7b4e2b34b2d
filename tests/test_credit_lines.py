"""Rule 6 of cleaning on its own (rashomon.comparison.credit_lines). Sentences invented for these tests."""

from __future__ import annotations

from rashomon.comparison.credit_lines import credit_line, names_after, names_only
from rashomon.comparison.line_signs import WORD, rx


def _credit(line: str) -> str | None:
    return credit_line(line, WORD.findall(line))


def test_names_only_allows_connectors_and_a_set_number_of_lower_case_words() -> None:
    assert names_only("Ana Reyes and Tom Brown in Harbourton")
    assert names_only("")
    assert not names_only("the mayor resigned")
    assert names_only("Ana Reyes, staff photographer", allowed_lowercase=1)


def test_names_after_needs_the_label_a_short_line_and_names_after_it() -> None:
    label = rx(r"^\W*contributors\s*:")
    line = "Contributors: Ana Reyes and Tom Brown"
    assert names_after(label.match(line), line, WORD.findall(line), 30)
    assert not names_after(label.match(line), line, WORD.findall(line), 3)
    assert not names_after(None, line, WORD.findall(line), 30)
    other = "Contributors: the fund paid for new boats"
    assert not names_after(label.match(other), other, WORD.findall(other), 30)


def test_credit_lines_and_news_that_shares_their_words() -> None:
    assert _credit("By Ana Reyes, Harbour Post senior correspondent") == "credit: byline"
    assert _credit("Tom Brown contributed to this report.") == "credit: staff contribution line"
    assert _credit("Source: Agencia Marana") == "credit: source line"
    assert _credit("Harbour Radio – the independent voice of the coast") == "credit: outlet masthead"
    assert _credit("By the end of the week the bridge had reopened to traffic.") is None
    assert _credit("The mayor said the harbour would reopen on Monday.") is None
