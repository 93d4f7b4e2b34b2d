"""Changes inside a quotation that only reword its grammar, as a translation does.

Two tellings of one quotation may differ in one short passage that names nothing new:

- one preposition put for another ("not angry with anyone" / "not angry against anyone"): the
  frame a word takes in the speaker's language, told in the translator's. Prepositions of opposite
  sense stay a change ("voted for" / "voted against", "with" / "without", "before" / "after").
- an impersonal subject told another way ("you can see where" / "one sees where"): the "one" of
  a translation for "you" or "we" said of anyone, with "can" of what anyone may do, before the
  same verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...text.stems import suffix_stem

PREPOSITIONS = frozenset({
    "about", "above", "across", "after", "against", "along", "among", "around", "at", "before", "behind",
    "below", "beneath", "beside", "between", "beyond", "by", "despite", "down", "during", "for", "from",
    "in", "inside", "into", "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "since",
    "through", "throughout", "to", "toward", "towards", "under", "until", "up", "upon", "with", "within",
    "without",
})

# Prepositions of opposite sense: one put for the other turns the statement around.
_OPPOSITES = (
    {"for", "against"}, {"with", "without"}, {"before", "after"}, {"above", "below"}, {"over", "under"},
    {"in", "out"}, {"into", "out"}, {"inside", "outside"}, {"within", "outside"}, {"to", "from"},
    {"toward", "from"}, {"towards", "from"}, {"up", "down"}, {"on", "off"}, {"onto", "off"}, {"since", "until"},
)


def preposition_swapped(x: Sequence[str], y: Sequence[str]) -> bool:
    """Whether a changed passage (written words) is one preposition on each side, of no opposite
    sense: the frame of the word before it, reworded."""
    if len(x) != 1 or len(y) != 1:
        return False
    a, b = x[0].lower(), y[0].lower()
    return a != b and a in PREPOSITIONS and b in PREPOSITIONS and {a, b} not in _OPPOSITES


_IMPERSONAL = frozenset({"you", "we"})  # said of anyone, as "one" is
_ABILITY = frozenset({"can"})


def impersonal_reworded(x: Sequence[str], y: Sequence[str]) -> bool:
    """Whether a changed passage (written words) opens with the impersonal "one" on one side and
    "you" or "we" on the other, "can" on either, and is otherwise the same verb or nothing (the
    verb then told alike right after it): "you can see" / "one sees", "you can" / "one"."""
    lowered = [[w.lower() for w in x], [w.lower() for w in y]]
    if not lowered[0] or not lowered[1]:
        return False
    if {lowered[0][0], lowered[1][0]} not in ({"one", "you"}, {"one", "we"}):
        return False
    rest = [[suffix_stem(w) for w in words[1:] if w not in _ABILITY] for words in lowered]
    return rest[0] == rest[1] and len(rest[0]) <= 1


def reworded_grammar_only(x: Sequence[str], y: Sequence[str]) -> bool:
    """Whether the one changed passage of a quotation only rewords its grammar."""
    return preposition_swapped(x, y) or impersonal_reworded(x, y)
