"""Spans of time inside a quotation, in days (conflicts.quote_spans)."""

from rashomon.comparison.conflicts.quote_spans import durations, only_span, span_unit, spans_meet


def test_a_counted_unit_and_a_single_unit_are_read_in_days():
    assert durations("we inspect the pumps every six months") == {6 * 30.4}
    assert durations("the checks happen once a week") == {7}
    assert durations("nothing about time here") == set()


def test_one_span_told_in_two_units_meets_itself():
    assert spans_meet(durations("every 12 months"), durations("every year"))
    assert spans_meet(durations("two weeks"), durations("14 days"))
    assert not spans_meet(durations("every six months"), durations("every year"))


def test_a_passage_of_a_figure_and_a_unit_only_is_a_span():
    assert only_span(["three", "months"], ["90", "days"])
    assert not only_span(["three", "angry", "months"], ["90", "days"])
    assert span_unit("hours") == 1 / 24 and span_unit("apples") is None
