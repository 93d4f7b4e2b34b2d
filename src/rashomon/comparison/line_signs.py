"""What a line carries, for the cleaning rules: its words, signs that it reports something (reporting
and past-tense event verbs, dates, figures, quotation marks, speech) and the outlet's voice (our, we, you)."""

from __future__ import annotations

import re

__all__ = ["FIGURE", "OUTLET_VOICE", "QUOTE", "REPORTING", "SPEECH", "WHEN", "WORD", "reports", "rx"]


def rx(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled, ignoring case."""
    return re.compile(pattern, re.IGNORECASE)


# A line's words, as the rules count them ("Jane", "O'Neill", "U.S.", "4.5").
WORD = re.compile(r"[^\W_][\w'’.-]*")

# Signs a line reports something: reporting and past-tense event verbs, dates, figures.
REPORTING = rx(
    r"\b(said|says|say|told|tells|announced|reported|according to|added|stated|claimed|denied|confirmed|"
    r"resigned|fell|rose|dropped|increased|decreased|grew|declined|was|were|had|has been|have been|"
    r"fined|ruled|ordered|found|arrested|killed|warned|urged|asked|agreed|launched|won|lost)\b"
)
WHEN = rx(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last (week|month|year)|"
    r"january|february|march|april|june|july|august|september|october|november|december|(19|20)\d\d)\b"
)
FIGURE = rx(r"(?<![\d.])\d+(\.\d+)?\s*(%|percent|per cent|million|billion)")
QUOTE = re.compile(r"[“”\"«»„]")
# Someone's words reported: a line that says who said what is news, not the outlet's notice.
SPEECH = rx(r"\b(said|says|told|according to|announced|reported)\b")


def reports(text: str) -> bool:
    """Whether ``text`` has a reporting verb, a date or a figure."""
    return bool(REPORTING.search(text) or WHEN.search(text) or FIGURE.search(text))


# The outlet speaking, to the reader or of itself.
OUTLET_VOICE = rx(r"\b(our|we|us|you|your)\b")
