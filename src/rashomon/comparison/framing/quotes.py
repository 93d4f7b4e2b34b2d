"""Quotations in an article, and scare quotes: the outlet's own quotation marks around a label."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Article
from .hits import _Hit, _sentence_at
from .lexicon import Lexicon

MAX_SCARE_WORDS = 3

_DOUBLE_OPEN = "“„"
_DOUBLE_CLOSE = "”"

# Verbs and phrases that tie a quotation to a speaker in the same sentence.
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|stated|states|added|adds|announced|announces|wrote|writes|"
    r"declared|declares|explained|noted|notes|stressed|stresses|emphasi[sz]ed|insisted|warned|warns|argued|"
    r"claimed|asserted|acknowledged|confirmed|denied|tweeted|posted|commented|remarked|replied|responded|urged|"
    r"called|calls|described|describes|spoke|speaks|discussed|reaffirmed|pledged|vowed|promised|quoted|quoting|"
    r"asked|according to|statement|readout|spokes(?:wo)?man|spokesperson)\b",
    re.IGNORECASE,
)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans (marks included) in ``text``; an unclosed quote runs to the end of its line."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _DOUBLE_OPEN:
            close = _find_close(text, i + 1, _DOUBLE_CLOSE)
            spans.append((i, close))
            i = close
        elif ch == '"':
            close = _find_close(text, i + 1, '"')
            spans.append((i, close))
            i = close
        elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
            # A single curly quote is also an apostrophe: accept only a short span closed by ’
            # that is not followed by a letter.
            m = re.compile(r"[^‘’\n]{1,80}’(?![\w])").match(text, i + 1)
            if m:
                spans.append((i, m.end()))
                i = m.end()
            else:
                i += 1
        else:
            i += 1
    return spans


def _find_close(text: str, start: int, closers: str) -> int:
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    for j in range(start, line_end):
        if text[j] in closers:
            return j + 1
    return line_end


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)


MAX_LABEL_WORDS = 3
# A determiner or "so-called"/"new" right before the opening quotation mark.
_LABEL_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|so-called|new)\s*[“\"‘']?$", re.IGNORECASE)


def _scare_quote_hits(article: Article, lexicon: Lexicon, quotes: Sequence[tuple[int, int]]) -> list[_Hit]:
    hits = []
    for start, end in quotes:
        inner = article.text[start:end]
        words = _words(inner)
        if not words or len(words) > MAX_SCARE_WORDS:
            continue
        sentence = _sentence_at(article, start)
        context = article.text[sentence.start : sentence.end] if sentence else inner
        context = context.replace(inner, " ")
        loaded = len(words) == 1 and any(
            e.kind != "hedge" and e.regex.fullmatch(words[0]) for e in lexicon.entries
        )
        attributed = bool(_ATTRIBUTION.search(context))
        titled = all(w[:1].isupper() or w[:1].isdigit() for w in words)  # a name, nickname or title
        # "calls the fire a “controlled incident”", "spoke of a new “partnership”": a speaker's
        # label, quoted as a noun phrase inside the reporter's own sentence, keeps it at a distance.
        label = len(words) <= MAX_LABEL_WORDS and bool(_LABEL_BEFORE.search(article.text[max(0, start - 24) : start]))
        if (attributed or titled) and not loaded and not (label and not titled):
            continue
        if loaded:
            why = "a single loaded word in quotation marks"
        elif attributed:
            why = "a speaker's label quoted inside the reporter's sentence"
        else:
            why = "no speaker in the sentence"
        hits.append(
            _Hit(
                kind="scare_quote",
                start=start,
                end=end,
                note=f"quotation marks around {' '.join(words)!r} with {why}: may signal distance or doubt "
                f"(source: {lexicon.source_titles(['wp_doubt'])})",
            )
        )
    return hits
