"""Two tellings of one quotation in two articles that are not translations: each outlet copies the
speaker's English words, so a word changed is a misquote, not another language's wording.

The quote finder (:func:`.quotes.quote_change`) tolerates rewording, because a machine translation
words every quotation its own way: a tail of one or two words after a shared opening may be the
translator's, a changed word close to its counterpart in the static table ("sad" / "shameful") may
be its other word for the same thing, and a quotation sharing fewer than three words of content is
too little to call one word of it changed. Between two articles that carry no translation notice
(``clean.machine_translated``), and whose claims name no two different speakers, that tolerance is
off:

- one opening told word for word, each telling going on with words of content of its own, however
  few ("The university has acted correctly" / "The university has acted too hastily");
- one quotation told word for word but for one word of content ("I thought the cellar had
  flooded" / "I thought the garage had flooded"), unless that word is the other's in Open English
  WordNet (one stem, one synset, or one step apart: "leave" / "abandon", "full" / "complete"),
  which a copy desk may put in.

The finding names the words that differ in each telling.
"""

from __future__ import annotations

import difflib
from ...text.stems import suffix_stem
from ...text.thesaurus import related
from .quotes import _SENTENCE_END, _TOKEN, _content_written, _written_words, goes_on_differently, quote_words
from .spellings import spelled as _spelled

_MIN_SHARED = 4  # words told alike around the one changed word
_MAX_PASSAGE = 2  # words of the changed passage on each side (the word of content and a small word)


def verbatim_change(qa: str, qb: str) -> str | None:
    """Why two tellings of one quotation, neither of them translated, disagree, or None. The
    reason names the words each telling has where the other differs."""
    if goes_on_differently(qa, qb, min_tail=1):
        x, y = _tails(qa, qb)
        return f"the words after its opening differ, {_said(x)} against {_said(y)}, in articles not translated"
    changed = one_word_changed(qa, qb)
    if changed is not None:
        x, y = changed
        return f"a word differs, {_said(x)} against {_said(y)}, in articles not translated"
    return None


def one_word_changed(qa: str, qb: str) -> tuple[str, str] | None:
    """The words (as the quotation writes them) of the one passage two tellings differ in, or None. The stretch both tell
    (an excerpt's missing start or end is no change) must be word for word the same, shared words
    before and after the passage, but for one passage of at most two words on each side holding one
    word of content each, the two not one word to OEWN (:func:`.thesaurus.related`)."""
    sa, sb = quote_words(qa), quote_words(qb)
    wa, wb = _written_words(qa), _written_words(qb)
    if len(sa) != len(wa) or len(sb) != len(wb):
        return None
    ops = inner_opcodes(sa, sb)
    changed = [op for op in ops if op[0] != "equal"]
    if len(changed) != 1 or changed[0][0] != "replace" or ops[0][0] != "equal" or ops[-1][0] != "equal":
        return None
    if sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal") < _MIN_SHARED:
        return None
    _, i1, i2, j1, j2 = changed[0]
    if i2 - i1 > _MAX_PASSAGE or j2 - j1 > _MAX_PASSAGE:
        return None
    cx, cy = _content_written(wa[i1:i2]), _content_written(wb[j1:j2])
    if len(cx) != 1 or len(cy) != 1 or _one_word(cx[0], cy[0]):
        return None
    return _shown(qa, i1, i2), _shown(qb, j1, j2)


def _one_word(x: str, y: str) -> bool:
    return suffix_stem(_spelled(x)) == suffix_stem(_spelled(y)) or related(x, y)


def _tails(qa: str, qb: str) -> tuple[str, str]:
    """The words each telling goes on with after the opening both tell word for word (its
    first sentence, as :func:`.quotes.goes_on_differently` reads it)."""
    qa, qb = _SENTENCE_END.split(qa.strip())[0], _SENTENCE_END.split(qb.strip())[0]
    sa, sb = quote_words(qa), quote_words(qb)
    wa, wb = _written_words(qa), _written_words(qb)
    n = 0
    while n < min(len(sa), len(sb)) and sa[n] == sb[n]:
        n += 1
    return _shown(qa, n, len(wa)), _shown(qb, n, len(wb))


def _shown(quote: str, start: int, end: int) -> str:
    """The quotation's words ``start`` to ``end`` of :func:`.quotes._written_words`, as written: the
    stretch of the quotation they span, its commas kept, where its tokens are those words one for
    one (else as read: lower-cased, "all" read as "every"). The finding puts them in quotation
    marks, so they are the speaker's words as the outlet wrote them ("a mandate, and we will use
    both", not "a mandate and we will use both")."""
    spans = []
    for m in _TOKEN.finditer(quote.replace("’", "'")):  # one character for one: the offsets stay the quotation's
        if len(m.group()) > 3 and m.group().lower().endswith("n't"):
            spans += [(m.start(), m.end() - 3), (m.end() - 3, m.end())]  # "don't" reads as "do" and "n't"
        else:
            spans.append((m.start(), m.end()))
    if len(spans) == len(_written_words(quote)):
        return quote[spans[start][0] : spans[end - 1][1]] if start < end else ""
    return " ".join(_written_words(quote)[start:end]).replace(" n't", "n't")


def _said(words: str) -> str:
    return f"“{words}”"


def inner_opcodes(sa: list[str], sb: list[str]) -> list[tuple[str, int, int, int, int]]:
    """The word edits between two tellings of a quotation, less what one telling has before or
    after the other (one starts earlier or goes on further: an excerpt, no change of words)."""
    ops = difflib.SequenceMatcher(a=sa, b=sb, autojunk=False).get_opcodes()
    while ops and ops[0][0] in ("insert", "delete"):
        ops = ops[1:]
    while ops and ops[-1][0] in ("insert", "delete"):
        ops = ops[:-1]
    return ops
