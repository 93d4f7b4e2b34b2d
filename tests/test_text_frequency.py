"""text/frequency.py: wordfreq's English Zipf values, read without importing wordfreq."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from rashomon.text import frequency

wordfreq = pytest.importorskip("wordfreq")

# Plain words of each shape the fast path tokenizes itself, and words it leaves to wordfreq.
SHAPES = [
    "harbour", "the", "reopened", "zzzqxv",  # letters, one unknown
    "kick-off", "thirty-one", "well-to-do", "harbour-zzzqxv",  # hyphens
    "can't", "o'clock", "it's", "d'arcy", "qu'un", "l'hôtel", "y'all",  # apostrophes, French elision
    "d’arcy", "it’s", "ministry’s",  # a curly apostrophe: one token, straightened
    "7", "42", "110", "1850", "2024", "2077", "000", "19-year-old", "covid-19",  # digits
    "x1", "1st", "3.5", "café", "-a", "a--b", "a-", "'s", "rock'n'roll", "harbour.",  # left to wordfreq
]


@pytest.mark.parametrize("word", SHAPES)
def test_zipf_is_wordfreqs(word):
    assert frequency.zipf(word) == wordfreq.zipf_frequency(word, "en")


def test_zipf_matches_wordfreq_on_sampled_list_words_and_joins():
    rng = random.Random(7)
    words = [w for w in wordfreq.iter_wordlist("en") if w.isascii()]
    sample = rng.sample(words, 3000)
    letters = [w for w in sample if w.isalpha()]
    joined = [f"{a}{mark}{b}" for a, b in zip(letters, reversed(letters)) for mark in ("-", "'", "’")]
    for word in sample + joined + [a[:2] + "'" + b for a, b in zip(letters, letters[1:])]:
        assert frequency.zipf(word) == wordfreq.zipf_frequency(word, "en"), word


def test_plain_words_do_not_import_wordfreq():
    code = ("import sys; from rashomon.text.frequency import zipf; "
            "print(zipf('harbour'), zipf('kick-off'), zipf('110'), zipf('it’s'), 'wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    assert out[-1] == "False"
    assert float(out[0]) == wordfreq.zipf_frequency("harbour", "en")


def test_unreadable_list_leaves_every_word_to_wordfreq(monkeypatch):
    monkeypatch.setattr(frequency, "_bands", lambda: None)
    frequency.zipf.cache_clear()
    try:
        assert frequency.zipf("harbour") == wordfreq.zipf_frequency("harbour", "en")
    finally:
        frequency.zipf.cache_clear()
