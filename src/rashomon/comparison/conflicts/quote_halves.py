"""One half of a quotation's "but" told alone, with the other half nowhere in the other telling.

A speaker who says "X, but Y" weighs one thing against another: a concession and what stands
despite it ("We may have slipped up, but we broke no law"), or a statement and its qualification
("We had a plan, but not for this"). A telling that keeps one half and puts nothing of the other
anywhere in its words changes what the speaker conceded or qualified ("We broke no law and we will
show it"): one of the two tellings misquotes the speaker, by a cut or by an addition. So the check:

- exactly one telling holds one "but" between two clauses (", but" or " but ": not "but also",
  "nothing but", "all but", "anything but", nor a "but" that opens the quotation);
- one half is the other telling's opening clause (up to its first comma or "and"): every word of
  content of each alike (:func:`quotes.alike`) a word of the other, and a negation in both or in
  neither ("we broke no law" / "We have broken no law and we will show it");
- the other half says something of its own: two words of content, or one and a negation ("not this
  soon"), none of them alike any word of content of the other telling;
- the other telling holds no "but" and no "though", "although", "yet", "still", "however" of its
  own (it may weigh the two sides in other words);
- the plain telling says something the weighing one does not (a word of content with no word alike
  in it): a telling made only of the weighing one's words is an excerpt ("a real step forward" from
  "It is not all we asked, but it is a true step forward");
- only where the two claims name one speaker (:func:`quote_fillers.one_speaker`, checked by the caller).
"""

from __future__ import annotations

import re

from .quotes import _NEGATIONS, _content_written, _written_words, alike

_BUT = re.compile(r"(?<=\w)[,;]?\s+but\s+", re.IGNORECASE)
# Words after which "but" is "except" ("nothing but", "all but") or no weighing ("but also").
_NOT_WEIGHING_BEFORE = frozenset({"nothing", "all", "anything", "none", "everything", "everyone", "anyone", "nobody"})
_NOT_WEIGHING_AFTER = frozenset({"also", "for", "then", "rather"})
# Words by which a telling weighs two sides without "but".
_OTHER_WEIGHING = frozenset({"but", "though", "although", "yet", "still", "however", "while", "despite", "nevertheless"})
_CLAUSE_END = re.compile(r"[,;:.!?]|\band\b", re.IGNORECASE)
_MIN_OWN = 2  # words of content of the half told alone (one with a negation)


def _halves(quote: str) -> tuple[str, str] | None:
    """The two clauses of a quotation's one "but", or None."""
    found = list(_BUT.finditer(quote))
    if len(found) != 1:
        return None
    m = found[0]
    before, after = quote[: m.start()], quote[m.end() :]
    wb, wa = _written_words(before), _written_words(after)
    if len(wb) < 2 or len(wa) < 1 or wb[-1] in _NOT_WEIGHING_BEFORE or wa[0] in _NOT_WEIGHING_AFTER:
        return None
    return before, after


def _negated(words: tuple[str, ...]) -> bool:
    return any(w in _NEGATIONS for w in words)


def _told(half: tuple[str, ...], opening: tuple[str, ...]) -> bool:
    """One clause told in two tellings: a negation in both or in neither, and every word of content
    of each with a word alike in the other ("we broke no law" / "We have broken no law")."""
    ch, co = _content_written(half), _content_written(opening)
    return bool(ch) and _negated(half) == _negated(opening) and all(any(alike(a, b) for b in co) for a in ch) \
        and all(any(alike(b, a) for a in ch) for b in co)


def _own(half: tuple[str, ...], other_content: list[str]) -> bool:
    content = _content_written(half)
    if len(content) + _negated(half) < _MIN_OWN or not content:
        return False
    return not any(alike(a, b) for a in content for b in other_content)


def half_told(qa: str, qb: str) -> bool:
    """Whether one telling weighs two clauses with "but" and the other tells one of them alone,
    with nothing of the other: "We may have slipped up, but we broke no law" / "We broke no law and
    we will show it"; "We had a plan, but not for this" / "We had a plan and we were ready"."""
    for weighed, plain in ((qa, qb), (qb, qa)):
        halves = _halves(weighed)
        if halves is None:
            continue
        other = _written_words(plain)
        if _OTHER_WEIGHING & set(other):
            return False
        other_content = _content_written(other)
        weighed_content = _content_written(_written_words(weighed))
        if all(any(alike(a, b) for b in weighed_content) for a in other_content):
            return False  # the plain telling is a piece of the weighed one's words: an excerpt
        opening = _written_words(_CLAUSE_END.split(plain, maxsplit=1)[0])
        first, second = (_written_words(h) for h in halves)
        if (_told(first, opening) and _own(second, other_content)) or \
                (_told(second, opening) and _own(first, other_content)):
            return True
    return False
