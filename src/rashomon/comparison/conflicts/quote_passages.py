"""One quotation reworded in several passages, one of which changes what it says.

:func:`quotes.quote_change` calls a quotation changed in one short passage a misquote and one
reworded in several a translation. A telling may do both: reword its grammar and small words in
several places and change the proposition in one ("we will pay the claims when they are proven" /
"we will pay all the claims", "we owe every applicant an apology" / "owes every applicant an
explanation"). :func:`changed_passage` aligns the two quotations word by word (stems) and sorts
every passage that differs:

- *no change*: only function words, or words put in another order (each word of content has a word
  of the same meaning, :func:`quotes.alike`, somewhere in the other telling), words more or less
  at either end (an excerpt), or one word of content more or less inside (a qualifier a shorter
  telling leaves out: "every honest applicant" / "every applicant");
- *a condition added*: a passage on one side only that opens on a conditional conjunction ("if",
  "unless", "when", "once", "provided") and holds a word of content, where the other telling has
  no conditional conjunction at all;
- *a key word replaced*: the noun of a noun phrase ("an apology" / "an explanation": one word of
  content after an article, a possessive or a quantifier, none after it), replaced on each side by a
  word with no word of the same meaning anywhere in the other telling; a verb or an adjective
  replaced is left undecided (a translation's "brand" / "stamp", "a real step" / "a true step");
- anything else (two words of content or more added or dropped inside, a negation moved or changed,
  a long passage rewritten) is undecided.

The two tellings disagree when exactly one passage is a condition added or a key word replaced and
every other passage is no change: a translation that rewrites more than that is left alone. Three
readings widen this:

- one refusal told with another modal ("I cannot conduct" / "I will not conduct": a negation on each
  side, as many, and only "can", "will", "would", "could", "shall" or "do" beside it) is no change;
- the quotation's closing noun phrase told with another noun ("the funeral of this house" / "the
  funeral of Veldanian culture"): the key word may follow a name's adjective, capitalised inside the
  quotation, after an opener or "of"; the frame before it, told alike, may then hold two words of
  content only, since the whole quotation but its last phrase is told word for word;
- a condition added at the end against another clause ("... seriously when they are proven" /
  "... seriously, and we will cooperate"): the condition holds the statement both tell, the other
  telling goes on with a clause of its own; a condition (here or as above) outweighs minor rewordings
  elsewhere (a passage with two words of content at most, no negation, no figure: "claims like
  this" / "claims of this kind"), which a key word does not.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from .quotes import _NEGATIONS, _NOT_CONTENT, STOP, _content_written, _written_words, alike, quote_words

# Conjunctions that make the clause after them a condition of the statement.
CONDITIONS = frozenset({"if", "unless", "when", "once", "provided", "providing", "whenever"})
_MAX_KEY = 3  # words of a passage with a key word replaced, on each side
_MAX_MINOR = 2  # words of content, both sides together, of a rewording a condition outweighs
# Modals a refusal may be told with ("cannot" / "will not" / "would not"); "may", "must" and "need"
# change what is refused, and stay a change.
_MODALS = frozenset({"can", "will", "would", "could", "shall", "do", "does", "did"})
# Conjunctions that open a clause of the speaker's own after the statement ("..., and we will cooperate").
_CLAUSE = frozenset({"and", "but", "so"})
_MIN_SHARED_CONTENT = 3  # words of content told alike: too few and the two are two quotations


def changed_passage(qa: str, qb: str) -> str | None:
    """Why two tellings of one quotation disagree in one passage among several reworded ones
    ("a condition is added", "a key word differs"), or None."""
    sa, sb = quote_words(qa), quote_words(qb)
    wa, wb = _written_words(qa), _written_words(qb)
    if len(sa) != len(wa) or len(sb) != len(wb):
        return None
    ops = difflib.SequenceMatcher(a=sa, b=sb, autojunk=False).get_opcodes()
    equal = [(i1, i2) for op, i1, i2, _, _ in ops if op == "equal"]
    shared = sum(i2 - i1 for i1, i2 in equal)
    shared_content = sum(1 for i1, i2 in equal for w in sa[i1:i2] if w not in STOP)
    if shared < 0.5 * min(len(sa), len(sb)) or shared_content < _MIN_SHARED_CONTENT - 1:
        return None
    found: list[str] = []
    minor = closing = False
    last = len(ops) - 1
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "equal":
            continue
        edge = k == 0 or k == len(ops) - 1
        if op == "replace" and edge and len(ops) > 1:
            # at an end, the longer side goes on past the other as an excerpt's cut does: only the
            # words as far as the shorter side goes were put in place of each other
            n = min(i2 - i1, j2 - j1)
            i1, i2, j1, j2 = (i1, i1 + n, j1, j1 + n) if k else (i2 - n, i2, j2 - n, j2)
        x, y = wa[i1:i2], wb[j1:j2]
        kind = _passage(x, y, wa, wb, edge)
        if kind is None and k == last and k:
            kind = _clause_against_condition(wa[ops[k][1] : ops[k][2]], wb[ops[k][3] : ops[k][4]], wa, wb)
        if kind == "a key word differs" and not (_object_noun(wa, i1, i2) and _object_noun(wb, j1, j2)):
            if not (k == last and _closing_noun(wa, i1, i2, qa) and _closing_noun(wb, j1, j2, qb)):
                return None
            closing = True  # a name's adjective before the closing noun ("of Veldanian culture")
        if kind is None and _minor(wa[ops[k][1] : ops[k][2]], wb[ops[k][3] : ops[k][4]]):
            minor = True
            continue
        if kind is None:
            return None
        if kind:
            found.append(kind)
    if len(found) != 1 or (minor and found[0] != "a condition is added"):
        return None
    if shared_content < _MIN_SHARED_CONTENT and not closing:
        return None
    return found[0]


def _passage(x: Sequence[str], y: Sequence[str], wa: Sequence[str], wb: Sequence[str], edge: bool) -> str | None:
    """"" for no change, the change's name, or None when undecided."""
    cx, cy = _content_written(x), _content_written(y)
    if _negations(x) and _negations(x) == _negations(y) and (set(x) | set(y)) - _NEGATIONS \
            and (set(x) | set(y)) - _NEGATIONS <= _MODALS:
        return ""  # "cannot" / "will not": one refusal, told with another modal
    if set(x) & _NEGATIONS or set(y) & _NEGATIONS:
        return None  # a negation moved or changed: the negation rule's
    if not (x and y):
        added, other = (x, wb) if x else (y, wa)
        if added[0] in CONDITIONS and _content_written(added[1:]) and not set(other) & CONDITIONS:
            return "a condition is added"
        if edge or not _content_written(added):
            return ""  # an excerpt, or small words only
        content = _content_written(added)
        return "" if len(content) == 1 or _moved(content, other) else None
    if not cx and not cy:
        return ""
    if _moved(cx, wb) and _moved(cy, wa):
        return ""  # put in another order, or words of one meaning
    if len(x) <= _MAX_KEY and len(y) <= _MAX_KEY and cx and cy \
            and any(not _somewhere(a, wb) for a in cx) and any(not _somewhere(b, wa) for b in cy):
        return "a key word differs"
    return None


# Words that open a noun phrase: the word after them, at the end of the phrase, is its noun.
_OPENERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my",
                      "your", "every", "each", "all", "some", "any", "no"})


def _object_noun(words: Sequence[str], i1: int, i2: int) -> bool:
    """The passage ``words[i1:i2]`` is one word of content right after a word that opens a noun
    phrase ("an apology", "every proposal") with no word of content after it in the phrase: the
    noun the phrase names, not a word that qualifies it ("a real step")."""
    content = _content_written(words[i1:i2])
    if len(content) != 1 or i1 == 0 or words[i1 - 1] not in _OPENERS:
        return False
    return i2 == len(words) or words[i2] in _NOT_CONTENT or words[i2] in _OPENERS


def _negations(words: Sequence[str]) -> int:
    return sum(1 for w in words if w in _NEGATIONS)


def _clause_against_condition(x: Sequence[str], y: Sequence[str], wa: Sequence[str], wb: Sequence[str]) -> str | None:
    """The last passage (written words, whole) opens on a conditional conjunction with a word of
    content on one side, and on a conjunction of a clause of its own on the other ("when they are
    proven" / "and we will cooperate with the court"), and the other telling has no condition at all."""
    for added, other, rest in ((x, y, wb), (y, x, wa)):
        if added and other and added[0] in CONDITIONS and _content_written(added[1:]) and other[0] in _CLAUSE \
                and not set(rest) & CONDITIONS:
            return "a condition is added"
    return None


def _minor(x: Sequence[str], y: Sequence[str]) -> bool:
    """A passage reworded in a small way a condition outweighs: two words of content at most on both
    sides together, no negation, no figure ("claims like this" / "claims of this kind")."""
    words = [*x, *y]
    return not set(words) & _NEGATIONS and not any(w.isdigit() for w in words) \
        and len(_content_written(x)) + len(_content_written(y)) <= _MAX_MINOR


def _closing_noun(words: Sequence[str], i1: int, i2: int, quote: str) -> bool:
    """The passage ``words[i1:i2]`` closes the quotation and is the noun of a phrase, after an opener
    or "of" (openers the passage itself opens on are read as the phrase's): one word of content, or a
    name's adjective (capitalised inside the quotation) and a noun ("of this house" / "of Veldanian
    culture")."""
    while i1 < i2 - 1 and words[i1] in _OPENERS:
        i1 += 1  # "this house" / "Veldanian culture": the opener is replaced with the noun
    if i2 != len(words) or i1 == 0 or not (words[i1 - 1] in _OPENERS or words[i1 - 1] == "of"):
        return False
    passage = list(words[i1:i2])
    if passage == _content_written(passage) and len(passage) == 1:
        return True
    return len(passage) == 2 and passage == _content_written(passage) \
        and bool(re.search(r"(?<=\s)" + re.escape(passage[0].capitalize()) + r"\b", quote))


def _somewhere(word: str, other: Sequence[str]) -> bool:
    return any(alike(word, o) for o in other if o not in _NOT_CONTENT)


def _moved(words: Sequence[str], other: Sequence[str]) -> bool:
    """Every word has a word of the same meaning somewhere in the other telling."""
    return all(_somewhere(w, other) for w in words)
