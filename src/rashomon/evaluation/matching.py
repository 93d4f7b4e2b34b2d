"""How a report's findings are put beside gold texts: normalising, containment, locations.

Normalising: casefold, curly quotes and apostrophes made straight, runs of whitespace made one
space. ``covers(a, g)``: a report text *a* covers a gold text *g* when, normalised, *a* contains
*g*, or *g* contains *a* and *a* has at least :data:`MIN_WORDS_INSIDE_GOLD` words. For the second
test *a*'s closing punctuation is left out: a gold text may run across two sentences and stop
short of the second one's full stop, and the sentence it holds is still inside it.

Locations: a gold text is located in the report's cleaned article text (``Article.text``) by
:func:`locate`, which finds every occurrence, ignoring case, the kind of quote marks and the
width of whitespace. Findings that carry offsets (sentences, framing cues) are compared with gold
texts by character overlap of these spans, so a finding elsewhere in the article that happens to
repeat the same words does not count.
"""

from __future__ import annotations

import json
import logging
import posixpath
import re
import sys
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlparse

from ..errors import InputError
from ..model import SCHEMA, Article, Report
from ..sources.reading import STDIN, STDIN_NAME

log = logging.getLogger(__name__)

MIN_WORDS_INSIDE_GOLD = 5  # a report text shorter than this must contain the gold text itself

Span = tuple[int, int]

_SINGLE = "'\u2018\u2019\u201a\u201b\u2032\u02bc`"
_DOUBLE = '"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb'
_QUOTES = str.maketrans({**{c: "'" for c in _SINGLE[1:]}, **{c: '"' for c in _DOUBLE[1:]}})
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")
_CLOSING = re.compile(r"[\s.!?;:,\"')\]]+$")


def normalize(text: str) -> str:
    """Casefold, straighten quotes and apostrophes, collapse whitespace."""
    return _SPACE.sub(" ", text.translate(_QUOTES).casefold()).strip()


def covers(report_text: str, gold_text: str) -> bool:
    """``report_text ~ gold_text``: the containment rule (see the module docstring)."""
    found, gold = normalize(report_text), normalize(gold_text)
    if not found or not gold:
        return False
    if gold in found:
        return True
    inner = _CLOSING.sub("", found)
    return bool(inner) and inner in gold and len(inner.split()) >= MIN_WORDS_INSIDE_GOLD


def overlaps(cue_text: str, gold_text: str) -> bool:
    """Either text contains the other (normalised), no length floor: the rule for cues without offsets."""
    cue, gold = normalize(cue_text), normalize(gold_text)
    return bool(cue) and bool(gold) and (gold in cue or cue in gold)


def contains_words(text: str, form: str) -> bool:
    """Whether ``form`` occurs in ``text`` as whole words (normalised)."""
    text, form = normalize(text), normalize(form)
    if not form:
        return False
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None


def name_form(text: str) -> str:
    """A name as compared: normalised, without a trailing possessive."""
    return _POSSESSIVE.sub("", normalize(text)).strip()


def words(text: str) -> int:
    return len(text.split())


@lru_cache(maxsize=4096)
def _pattern(text: str) -> re.Pattern[str] | None:
    parts = []
    for chunk in re.split(r"(\s+)", text.strip()):
        if not chunk:
            continue
        if chunk.isspace():
            parts.append(r"\s+")
            continue
        for ch in chunk:
            if ch in _SINGLE:
                parts.append(f"[{re.escape(_SINGLE)}]")
            elif ch in _DOUBLE:
                parts.append(f"[{re.escape(_DOUBLE)}]")
            else:
                parts.append(re.escape(ch))
    return re.compile("".join(parts), re.IGNORECASE) if parts else None


def locate(haystack: str, needle: str) -> list[Span]:
    """Every span of ``haystack`` where ``needle`` occurs (case, quote marks and spacing ignored)."""
    pattern = _pattern(needle)
    return [m.span() for m in pattern.finditer(haystack)] if pattern else []


def span_overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def any_overlap(spans: Iterable[Span], others: Iterable[Span]) -> bool:
    others = list(others)
    return any(span_overlap(s, o) for s in spans for o in others)


def finding_span(article: Article | None, text: str, start: int, end: int, sentence: str = "") -> list[Span]:
    """Where a finding lies in its article: its own offsets when they hold its text, else where
    its text occurs (inside its sentence when the sentence is known)."""
    if article is None:
        return []
    if 0 <= start < end <= len(article.text) and normalize(article.text[start:end]) == normalize(text):
        return [(start, end)]
    for s in article.sentences:
        if s.id == sentence:
            inside = [(s.start + a, s.start + b) for a, b in locate(article.text[s.start : s.end], text)]
            if inside:
                return inside
    return locate(article.text, text)


def sentence_span(article: Article | None, sentence: str) -> Span | None:
    if article is None:
        return None
    for s in article.sentences:
        if s.id == sentence:
            return (s.start, s.end)
    return None


# --- matching gold articles to report articles ----------------------------------------------


def _basename(article: Article) -> tuple[str | None, str | None]:
    path = posixpath.basename(article.path.replace("\\", "/")) if article.path else None
    url = posixpath.basename(urlparse(article.url).path) if article.url else None
    return path or None, url or None


def match_articles(gold_articles: Iterable[str], report: Report) -> dict[str, str]:
    """Gold file name -> report article id.

    The report article whose ``path`` has that basename; failing that, whose ``url`` path has
    it; failing that, whose ``id`` is it; failing that, whose path or url has the same stem
    (``story.txt`` ~ ``story.html``) when exactly one does.
    """
    names = {a.id: _basename(a) for a in report.articles}
    mapping: dict[str, str] = {}
    for gold_name in gold_articles:
        rules = (
            lambda aid: names[aid][0] == gold_name,
            lambda aid: names[aid][1] == gold_name,
            lambda aid: aid == gold_name,
            lambda aid: PurePosixPath(gold_name).stem in {PurePosixPath(n).stem for n in names[aid] if n},
        )
        for rule in rules:
            hits = [aid for aid in names if rule(aid) and aid not in mapping.values()]
            if len(hits) == 1:
                mapping[gold_name] = hits[0]
                break
            if len(hits) > 1:
                log.warning("gold article %s matches several report articles: %s", gold_name, hits)
                break
    return mapping


def load_report(report: Report | Mapping[str, Any] | str | Path) -> Report:
    """A report from a path to its JSON (``-``: standard input, as a source is), a
    ``Report.to_dict()`` mapping, or a :class:`Report`."""
    if isinstance(report, Report):
        return report
    source = "<report>"
    if not isinstance(report, Mapping):
        source = STDIN_NAME if str(report) == STDIN else str(report)
        try:
            # bytes: UTF-8, UTF-16 or UTF-32, with a byte order mark (Notepad, PowerShell's ">") or none
            text = sys.stdin.read().removeprefix("\ufeff") if source == STDIN_NAME else Path(report).read_bytes()
            if source == STDIN_NAME and not text.strip():
                raise InputError(source, "nothing on standard input (pipe a report: rashomon compare ... -f json)")
            report = json.loads(text)
        except FileNotFoundError:
            raise InputError(source, "report file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(source, f"cannot read the report: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise InputError(source, f"report is not valid JSON: {exc}") from exc
        if not isinstance(report, Mapping):
            raise InputError(source, f"report must be a JSON object, got {type(report).__name__}")
    schema = report.get("schema", "")
    if schema != SCHEMA:
        log.warning("%s: report schema %r, this evaluator reads %r", source, schema, SCHEMA)
    try:
        return Report.from_dict(dict(report))
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise InputError(source, f"not a rashomon report: {exc}") from exc
