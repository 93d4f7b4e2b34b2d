"""backends/splitters.py (pysbd's sentences located without a regex per sentence) and
backends/threads.py (one BLAS thread while a comparison runs)."""

import re
import threading

import pytest

from rashomon.backends.splitters import _located, get_splitter
from rashomon.backends.threads import one_blas_thread

PARAGRAPHS = [
    "",
    " ",
    "One line only",
    "The mayor spoke at 3 p.m. on Friday. She said the U.S. grant had arrived.  Crews began work.",
    "Go. Go. Go.",
    "Wait... what? \u201cNo.\u201d \u201cNo.\u201d\n",
    "Dr. Ames (the chair) left.\u00a0Then the vote: 5-4. It passed!",
    "1. First item 2. Second item",
]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_pysbd_pieces_are_what_its_segment_returns(paragraph):
    splitter = get_splitter("pysbd")
    assert splitter.pieces(paragraph) == splitter._segmenter.segment(paragraph)


def _located_by_regex(text, sentences):
    """pysbd's own search (Segmenter.sentences_with_char_spans), the reference."""
    out, prior_end = [], 0
    for sentence in sentences:
        for match in re.finditer(rf"{re.escape(sentence)}\s*", text):
            if match.end() > prior_end:
                out.append(match.group())
                prior_end = match.end()
                break
    return out


@pytest.mark.parametrize(("text", "sentences"), [
    ("aa aa aa", ["aa", "aa", "aa"]),
    ("aaa", ["aa", "a"]),  # the first occurrence overlaps the one a plain find from the cursor would take
    ("Yes.  Yes.\t\nNo.", ["Yes.", "Yes.", "No."]),
    ("Yes. No.", ["Maybe.", "No."]),  # a sentence found nowhere is dropped
    ("x\u2003y", ["x", "y"]),  # any Unicode space follows a sentence
    ("ab", ["", "ab"]),
])
def test_located_matches_the_regex_search(text, sentences):
    assert _located(text, sentences) == _located_by_regex(text, sentences)


def _blas_threads():
    threadpoolctl = pytest.importorskip("threadpoolctl")
    return [i["num_threads"] for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"]


def test_one_blas_thread_inside_and_the_setting_back_after():
    import numpy  # noqa: F401 - loads the BLAS

    before = _blas_threads()
    with one_blas_thread():
        assert all(n == 1 for n in _blas_threads())
    assert _blas_threads() == before


class _FakeLimit:
    made = 0
    restored = 0

    def __init__(self):
        _FakeLimit.made += 1

    def restore_original_limits(self):
        _FakeLimit.restored += 1


def test_overlapping_blocks_share_one_limit(monkeypatch):
    from rashomon.backends import threads

    monkeypatch.setattr(threads, "_limit", _FakeLimit)
    _FakeLimit.made = _FakeLimit.restored = 0
    inside, release = threading.Event(), threading.Event()

    def other():
        with one_blas_thread():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(5)
    with one_blas_thread():
        pass
    assert (_FakeLimit.made, _FakeLimit.restored) == (1, 0)  # the other block still runs: still limited
    release.set()
    thread.join(5)
    assert (_FakeLimit.made, _FakeLimit.restored) == (1, 1)
    with one_blas_thread():
        assert (_FakeLimit.made, _FakeLimit.restored) == (2, 1)
    assert threads._users == 0
