"""Whether two outlets' words for an event may tell one event in other words, judged by meaning.

An order conflict needs the same two events on both sides. One outlet writes "shut off power to
the annex before drilling through the vault door", another "first drilled the vault door and only
after disconnected the electric supply": the vault is told alike, the outage in other words
("power" / "electric"). The words are compared by the packaged static word vectors, nearest pair
first. Vectors put antonyms and co-occurring words near too ("opened" / "closed", "train" /
"locomotive"), so a match by meaning is only ever asked for the second event of a pair whose first
event is told alike (see ``order._half_reversed``).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..framing.resources import word_cosine

# The nearest word pair's cosine at which two words are read as telling one thing ("power" /
# "electric" 0.44); unrelated words of one story score below 0.3 ("seep" / "home" 0.30).
NEAR = 0.4


def nearest_pair(words_a: Iterable[str], words_b: Iterable[str]) -> tuple[str, str, float]:
    """The pair of words (one of each side) nearest in meaning, and their cosine; ("", "", 0.0)
    when a side is empty."""
    best = ("", "", 0.0)
    for a in words_a:
        for b in words_b:
            score = word_cosine(a.lower(), b.lower())
            if score > best[2]:
                best = (a, b, score)
    return best


def near_in_meaning(words_a: Iterable[str], words_b: Iterable[str]) -> tuple[str, str] | None:
    """The nearest pair of words when it is near enough to tell one event, else None."""
    a, b, score = nearest_pair(list(words_a), list(words_b))
    return (a, b) if score >= NEAR else None
