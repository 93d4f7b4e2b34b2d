"""British and American spellings of one word, read as one word where two tellings of a quotation
are compared ("neighbourhood" / "neighborhood", "realised" / "realized", "centre" / "center")."""

from __future__ import annotations

import re

# British and American spellings of one word ("neighbourhood" / "neighborhood", "realised" /
# "realized", "centre" / "center", "travelled" / "traveled"): one word, not a changed one.
_SPELLING = (
    (re.compile(r"(?<=[a-z]{3})our(hood|hoods|s|ed|ing|ite|ites|able|er|ers|ful)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3})tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=[a-z]{2}[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=[a-z]{2})ogue(s)?$"), r"og\1"),
    (re.compile(r"^(off|def|lic|pret)ence(s)?$"), r"\1ense\2"),
)
_NOT_SPELLINGS = {"hour", "hours", "four", "your", "pour", "tour", "tours", "flour", "sour", "devour", "rise", "wise", "raise", "raised", "praise", "praised", "arise", "noise", "poise", "advise", "revise", "revised", "premise", "promise", "promised", "surprise", "surprised", "exercise", "compromise", "otherwise", "concise", "precise", "expertise", "franchise", "merchandise", "televise", "supervise", "improvise", "disguise", "despise", "chastise", "comprise", "enterprise", "demise", "cruise", "bruise", "paradise", "theatre", "metre", "litre", "spectre", "mitre"}


def spelled(word: str) -> str:
    """The word in its American spelling ("realised" -> "realized"), else as it is."""
    if word in _NOT_SPELLINGS or len(word) < 6:
        return word
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word, count=1)
    return word
