"""Changes inside a quotation that only reword its grammar, as a translation does.

Two tellings of one quotation may differ in one short passage that names nothing new:

- one preposition put for another ("not angry with anyone" / "not angry against anyone"): the
  frame a word takes in the speaker's language, told in the translator's. Prepositions of opposite
  sense stay a change ("voted for" / "voted against", "with" / "without", "before" / "after").
- an impersonal subject told another way ("you can see where" / "one sees where"): the "one" of
  a translation for "you" or "we" said of anyone, with "can" of what anyone may do, before the
  same verb.
- a possessive told as an "of" phrase after its noun ("a day's pay" / "the pay of one day"): the
  same owner and the same thing, in the order the translator's language puts them.
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


# Small words that may stand before the owner in either order: articles, "one" for "a", possessives.
_DETERMINERS = frozenset({"a", "an", "the", "one", "its", "their", "our", "his", "her", "my", "your", "this", "that"})
_OWNER_REACH = 3  # words after "of" up to the owner


def _owner(word: str) -> str:
    """The owner of a possessive ("year's" -> year, "growers'" -> grower), else ""."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        return w[:-2]
    return w[:-2] if w.endswith("s'") else ""


def _possessive_moved(x: Sequence[str], y: Sequence[str], after_x: Sequence[str], after_y: Sequence[str]) -> bool:
    """``x`` holds one possessive and small words, ``y`` small words only; the noun after both is
    one, and ``y``'s side names the possessive's owner in an "of" phrase right after that noun."""
    owners = [o for w in x if (o := _owner(w))]
    if len(owners) != 1 or any(w.lower() not in _DETERMINERS for w in x if not _owner(w)) or any(w.lower() not in _DETERMINERS for w in y):
        return False
    if not after_x or not after_y or suffix_stem(after_x[0].lower()) != suffix_stem(after_y[0].lower()):
        return False
    if len(after_y) < 3 or after_y[1].lower() != "of":
        return False
    for w in after_y[2 : 2 + _OWNER_REACH]:
        if suffix_stem(w.lower()) == suffix_stem(owners[0]):
            return True
        if w.lower() not in _DETERMINERS:
            return False
    return False


def genitive_reworded(wa: Sequence[str], wb: Sequence[str], span: tuple[int, int, int, int]) -> bool:
    """Whether a changed passage ``wa[i1:i2]`` / ``wb[j1:j2]`` (written words) is a possessive on
    one side told as an "of" phrase after its noun on the other: "the flood took a season's harvest" /
    "the flood took the harvest of one season". The owner must be the same word: "a year's work" / "the work of ten
    years" stays a change (the figure), as does "the mayor's plan" / "the plan of the council"."""
    i1, i2, j1, j2 = span
    return _possessive_moved(wa[i1:i2], wb[j1:j2], wa[i2:], wb[j2:]) or _possessive_moved(wb[j1:j2], wa[i1:i2], wb[j2:], wa[i2:])
