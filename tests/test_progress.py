"""Progress reporting: callbacks pass through, bars draw on stderr only when asked."""

from __future__ import annotations

from rashomon.progress import StageProgress, reporter, ticker


def test_reporter_passes_a_callback_through_and_makes_a_bar_for_true():
    seen = []
    callback = reporter(lambda stage, done, total: seen.append((stage, done, total)))
    callback("reading", 1, None)
    assert seen == [("reading", 1, None)]
    assert isinstance(reporter(True), StageProgress)
    reporter(False)("reading", 1, 2)  # does nothing, raises nothing


def test_ticker_draws_its_label_on_stderr_when_enabled(capsys):
    with ticker(True, 3, "clustering") as tick:
        for _ in range(3):
            tick()
    captured = capsys.readouterr()
    assert "clustering" in captured.err and "3/3" in captured.err
    assert captured.out == ""


def test_ticker_disabled_draws_nothing(capsys):
    with ticker(False, 3, "clustering") as tick:
        tick()
    assert capsys.readouterr().err == ""
