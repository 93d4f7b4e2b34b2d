"""per_record: a reading remembered by the identity of its arguments."""

from __future__ import annotations

from rashomon.comparison.memo import per_record
from rashomon.model import Claim


def _claim(text: str) -> Claim:
    return Claim(id="a1.s1", article="a1", sentence="a1.s1", text=text, start=0, end=len(text))


def test_reads_once_per_record() -> None:
    calls: list[str] = []

    @per_record
    def first_word(claim: Claim) -> str:
        calls.append(claim.text)
        return claim.text.split()[0]

    c = _claim("Crews reached the valley.")
    assert first_word(c) == first_word(c) == "Crews"
    assert calls == ["Crews reached the valley."]


def test_equal_records_are_read_apart() -> None:
    calls: list[str] = []

    @per_record
    def length(claim: Claim) -> int:
        calls.append(claim.text)
        return len(claim.text)

    a, b = _claim("The bridge opened."), _claim("The bridge opened.")
    assert a == b and a is not b
    assert length(a) == length(b) == 18
    assert len(calls) == 2  # by identity: a new comparison's records never meet an old reading


def test_several_arguments_and_clear() -> None:
    calls: list[tuple[str, int]] = []

    @per_record
    def word(claim: Claim, k: int) -> str:
        calls.append((claim.text, k))
        return claim.text.split()[k]

    c = _claim("Two ferries left port.")
    assert [word(c, 0), word(c, 1), word(c, 0)] == ["Two", "ferries", "Two"]
    assert len(calls) == 2
    word.cache_clear()
    assert word(c, 0) == "Two" and len(calls) == 3
