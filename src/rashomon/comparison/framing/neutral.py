"""Neutral wording for the digest."""

from __future__ import annotations

import re

from .hits import _Hit, _lines, _resolve
from .lexicon import Lexicon, load_lexicon
from .naming import _capital_hits, _epithet_heads, _epithet_regex
from .quotes import _inside, _quote_spans

def neutralize(text: str, *, lexicon: Lexicon | None = None) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with loaded terms, labels and naming choices replaced by their neutral wording.

    Returns the new text and the ``(original, replacement)`` pairs in reading order. Quoted
    text is left as written; hedges, and terms with no neutral wording, are left in place.
    """
    lexicon = lexicon or load_lexicon()
    quotes = _quote_spans(text)
    hits: list[_Hit] = []
    for rank, entry in enumerate(lexicon.entries):
        if entry.kind == "hedge" or not (entry.neutral or entry.drop):
            continue
        for m in entry.regex.finditer(text):
            if not _inside(quotes, *m.span()):
                hits.append(_Hit(kind="loaded", start=m.start(), end=m.end(), note="", neutral=entry.replacement(m), rank=rank))
    for line_start, line in _lines(text):
        for start, end, capital in _capital_hits(line, lexicon):
            start, end = start + line_start, end + line_start
            if not _inside(quotes, start, end):
                hits.append(_Hit(kind="naming", start=start, end=end, note="", neutral=lexicon.capitals[capital]["country"], rank=-2))
    for m in _epithet_regex(lexicon).finditer(text):
        if _epithet_heads(m) and not _inside(quotes, m.start(), m.end("name")):
            hits.append(_Hit(kind="naming", start=m.start(), end=m.end("name"), note="", neutral=m.group("name"), rank=-1))
    return replace_spans(text, [(h.start, h.end, h.neutral) for h in _resolve(hits)])


def replace_spans(text: str, spans: list[tuple[int, int, str]]) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each ``(start, end, replacement)`` applied (spans must not overlap): a
    replacement that starts a sentence is capitalised, a preceding "a"/"an" made to agree, a
    possessive kept, and an empty replacement takes its space with it. Returns the new text and
    the ``(original, replacement)`` pairs in reading order."""
    out: list[str] = []
    pairs: list[tuple[str, str]] = []
    cursor = 0
    for start, end, replacement in sorted(spans):
        if start < cursor:
            continue  # overlaps the previous span: the first one wins
        original = text[start:end]
        if original[:1].isupper() and replacement[:1].islower() and _starts_sentence(text, start):
            replacement = replacement[0].upper() + replacement[1:]
        # "the United States’s" -> "the United States’"
        possessive = re.match(r"([’'])s\b", text[end:])
        if possessive and replacement.endswith("s"):
            end += 2
            original = text[start:end]
            replacement += possessive.group(1)
        head = text[cursor:start]
        if not replacement:
            head = head.rstrip(" ")
            if head and not text[end:end + 1].isspace() and text[end:end + 1] and text[end:end + 1] not in ".,;:!?)":
                head += " "
        else:
            head = _fix_article(head, replacement)
        out.append(head)
        out.append(replacement)
        pairs.append((original, replacement))
        cursor = end
    out.append(text[cursor:])
    return "".join(out), pairs


def _starts_sentence(text: str, start: int) -> bool:
    return not text[:start].strip() or bool(re.search(r"(?:[.!?][”\"’)]?\s+|\n\s*|^[“\"‘]?)$", text[:start]))


def _fix_article(head: str, replacement: str) -> str:
    """Make a preceding 'a'/'an' agree with the replacement's first sound (roughly: its letter)."""
    m = re.search(r"\b([Aa]n?)(\s+)$", head)
    if not m:
        return head
    vowel = replacement[:1].lower() in "aeio"
    article = m.group(1)
    want = ("An" if article[0] == "A" else "an") if vowel else ("A" if article[0] == "A" else "a")
    return head[: m.start(1)] + want + m.group(2)
