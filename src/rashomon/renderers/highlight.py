"""In-place highlights: evidence spans (article offsets) cut into non-overlapping fragments.

Framing cues and suspect names may overlap ("so-called 'regime'" is a scare quote inside a
loaded phrase). Nesting ``<mark>`` elements cannot express two spans that cross, so the text
is cut at every span boundary instead; each fragment carries every span that covers it. The
markup stays well formed whatever the offsets, and a span's text is the concatenation of the
fragments that carry its ``ref``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..model import Report

log = logging.getLogger(__name__)

# Cue kinds that are no framing of the outlet's own: a voice is a plain record of whom it quotes.
UNMARKED_KINDS = frozenset({"voice"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Highlight:
    """One span to mark: offsets into ``Article.text``, a CSS class, and the reason shown."""

    ref: str  # unique within the page: "f3" (framing cue 3), "e2.x0" (entity 2, suspect 0)
    start: int
    end: int
    css: str  # "cue cue-loaded", "suspect"
    reason: str


@dataclass(frozen=True, slots=True)
class Fragment:
    text: str
    highlights: tuple[Highlight, ...]


def highlights_of(report: Report) -> dict[str, list[Highlight]]:
    """Every framing cue (but voices) and suspect name with usable offsets, per article id.

    A finding whose offsets do not fit its article is logged and left out of the in-place
    marks; it is still listed in the framing and entity sections.
    """
    texts = {a.id: a.text for a in report.articles}
    out: dict[str, list[Highlight]] = {a.id: [] for a in report.articles}

    def add(article_id: str, highlight: Highlight, quoted: str) -> None:
        text = texts.get(article_id)
        if text is None:
            log.warning("%s points at article %r, which is not in the report", highlight.ref, article_id)
            return
        if not 0 <= highlight.start < highlight.end <= len(text):
            if highlight.start != -1 or highlight.end != -1:  # -1 / -1 means "offsets unknown"
                log.warning(
                    "%s has offsets %d:%d outside article %r (%d characters)",
                    highlight.ref, highlight.start, highlight.end, article_id, len(text),
                )
            return
        if text[highlight.start : highlight.end] != quoted:
            log.warning(
                "%s quotes %r but article %r has %r at %d:%d; marking the offsets",
                highlight.ref, quoted, article_id, text[highlight.start : highlight.end],
                highlight.start, highlight.end,
            )
        out[article_id].append(highlight)

    for i, cue in enumerate(report.framing):
        if cue.kind in UNMARKED_KINDS:
            continue  # whom an article quotes is listed, not coloured as framing
        reason = f"{cue.kind.replace('_', ' ')}: {cue.note}"
        if cue.neutral:
            reason += f" (neutral: {cue.neutral})"
        add(cue.article, Highlight(ref=f"f{i}", start=cue.start, end=cue.end, css=f"cue cue-{_css_word(cue.kind)}", reason=reason), cue.text)
    for i, entity in enumerate(report.entities):
        for j, suspect in enumerate(entity.suspect):
            reason = f"suspect name for {entity.name}: {suspect.reason}"
            add(suspect.article, Highlight(ref=f"e{i}.x{j}", start=suspect.start, end=suspect.end, css="suspect", reason=reason), suspect.text)
    return out


def fragments(text: str, start: int, end: int, highlights: Iterable[Highlight]) -> list[Fragment]:
    """``text[start:end]`` cut at every boundary of the highlights that touch it (clipped to it)."""
    clipped = [h for h in highlights if h.start < end and h.end > start]
    cuts = {start, end}
    for h in clipped:
        cuts.add(max(h.start, start))
        cuts.add(min(h.end, end))
    points = sorted(cuts)
    out = []
    for left, right in zip(points, points[1:]):
        covering = tuple(h for h in clipped if h.start <= left and h.end >= right)
        out.append(Fragment(text[left:right], covering))
    return out


def fragments_html(pieces: Sequence[Fragment]) -> Markup:
    """The fragments as HTML: plain text escaped, covered text in one ``<mark>`` per fragment."""
    html = []
    for piece in pieces:
        if not piece.highlights:
            html.append(escape(piece.text))
            continue
        css = " ".join(dict.fromkeys(h.css for h in piece.highlights))
        refs = " ".join(h.ref for h in piece.highlights)
        reason = "\n".join(h.reason for h in piece.highlights)
        # tabindex: the reason is shown on keyboard focus too (CSS), not only on hover.
        html.append(
            Markup('<mark class="{}" data-spans="{}" title="{}" tabindex="0">{}</mark>').format(css, refs, reason, piece.text)
        )
    return Markup("").join(html)


def _css_word(kind: str) -> str:
    """A kind as a safe CSS class word (kinds come from data)."""
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in kind) or "other"

