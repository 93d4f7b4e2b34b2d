"""per_comparison: a reading remembered by value while one comparison runs, and only then."""

from __future__ import annotations

import threading

from rashomon.text.scoped import one_comparison, per_comparison


def _counting() -> tuple[list[str], object]:
    calls: list[str] = []

    @per_comparison
    def words(text: str) -> tuple[str, ...]:
        calls.append(text)
        return tuple(text.split())

    return calls, words


def test_read_once_inside_a_comparison() -> None:
    calls, words = _counting()
    with one_comparison():
        assert words("Crews reached the valley.") == words("Crews reached " + "the valley.") == ("Crews", "reached", "the", "valley.")
    assert calls == ["Crews reached the valley."]  # equal texts: one reading


def test_forgotten_after_the_comparison_and_not_kept_outside_one() -> None:
    calls, words = _counting()
    with one_comparison():
        words("The bridge opened.")
    with one_comparison():
        words("The bridge opened.")
    words("The bridge opened.")
    words("The bridge opened.")
    assert len(calls) == 4


def test_a_nested_block_shares_the_outer_one() -> None:
    calls, words = _counting()
    with one_comparison():
        words("Two ferries left port.")
        with one_comparison():
            words("Two ferries left port.")
        words("Two ferries left port.")
    assert len(calls) == 1


def test_keywords_and_unhashable_arguments_are_read_each_time() -> None:
    calls: list[object] = []

    @per_comparison
    def size(value: object, *, twice: bool = False) -> int:
        calls.append(value)
        return len(value) * (2 if twice else 1)  # type: ignore[arg-type]

    with one_comparison():
        assert size(["a", "b"]) == size(["a", "b"]) == 2
        assert size("ab", twice=True) == size("ab", twice=True) == 4
    assert len(calls) == 4


def test_each_thread_keeps_its_own() -> None:
    calls, words = _counting()
    seen: list[bool] = []

    def other() -> None:
        seen.append(words("A quiet night.") == ("A", "quiet", "night."))

    with one_comparison():
        words("A quiet night.")
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
    assert seen == [True] and len(calls) == 2  # the other thread ran outside any comparison
