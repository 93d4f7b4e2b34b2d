"""One negation added or dropped in a quotation told otherwise word for word.

:func:`.quotes.quote_change` calls a negation changed where one telling holds a negation and the other
none. A quotation of two clauses, each with its own "not" ("We do not need war, but we will not let
them shoot at us"), holds a negation in both tellings when one of the two is dropped, so that test
cannot see it. Here the count decides, and only where it cannot be a rewording: every word of the
stretch both tell is the same, in the same order, but for negation words ("not", "never", "no" ...)
put in or left out, and the tellings differ in how many negations they hold. A translation's own
wording ("cannot" / "can not", "don't" / "do not", "never" / "not") changes no count or changes a
word that is no negation, and two tellings worded apart anywhere else are left to the other readers.
"""

from __future__ import annotations

from .quote_verbatim import inner_opcodes
from .quotes import _NEGATIONS, STOP, _negations, quote_words

_MIN_SHARED = 4  # words told alike around the negation
_MIN_SHARED_CONTENT = 2  # of them words of content: "We did not." / "We did." is too little to read


def negation_dropped(qa: str, qb: str) -> bool:
    """Whether two tellings of one quotation are word for word alike (their stems) over the stretch
    both tell, but for negation words one of them adds, and differ in their number of negations:
    one clause of the speaker's is told denied in one telling and affirmed in the other. The added
    negation must stand inside the shared stretch (shared words before and after it): a telling
    that stops short, or goes on, is an excerpt."""
    sa, sb = quote_words(qa), quote_words(qb)
    if _negations(sa) == _negations(sb):
        return False
    ops = inner_opcodes(sa, sb)
    if not ops or ops[0][0] != "equal" or ops[-1][0] != "equal":
        return False
    changed = [(sa[i1:i2], sb[j1:j2]) for op, i1, i2, j1, j2 in ops if op != "equal"]
    if not changed or any(not set(x + y) <= _NEGATIONS for x, y in changed):
        return False
    shared = [w for op, i1, i2, _, _ in ops if op == "equal" for w in sa[i1:i2]]
    # the counts within the stretch both tell must differ too (not only in a part one telling stops short of)
    ta = [w for op, i1, i2, _, _ in ops for w in sa[i1:i2]]
    tb = [w for op, _, _, j1, j2 in ops for w in sb[j1:j2]]
    return len(shared) >= _MIN_SHARED and sum(1 for w in shared if w not in STOP and w not in _NEGATIONS) \
        >= _MIN_SHARED_CONTENT and _negations(ta) != _negations(tb)
