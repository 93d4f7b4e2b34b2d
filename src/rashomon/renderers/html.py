"""The report as one self-contained HTML page.

Everything from an article is untrusted: the page is rendered by jinja2 with autoescaping on,
and the only HTML built in Python (the article bodies with their in-place highlights) is
assembled from escaped pieces with :class:`markupsafe.Markup`. The page loads nothing: inline
CSS, no script, and a Content-Security-Policy that forbids every fetch, so even a mistake in
escaping could not pull in a resource or run code. Only http(s) URLs become links.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from markupsafe import Markup

from ..model import Article, Report, Sentence
from ..text.controls import finalize_shown
from .common import ReportIndex, quoted
from .highlight import Highlight, fragments, fragments_html
from .summary import neutral_title, report_title

log = logging.getLogger(__name__)

TEMPLATE = "report.html.j2"


@lru_cache(maxsize=1)
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("rashomon.renderers", "templates"),
        # default=True: every template is escaped whatever its file name ends with.
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        finalize=finalize_shown,  # direction controls in untrusted text are named, never obeyed
    )


def to_html(report: Report) -> str:
    """The report as one HTML page that needs nothing else: no network, no other file."""
    from .view import cite_html, cite_sid, report_view

    return _environment().get_template(TEMPLATE).render(
        report=report,
        view=report_view(report, report_sentence),
        anchor="",
        site=False,
        cross_links=False,
        show_settings=True,
        groups=[],
        heading=report_title(report) or "Comparison",
        page_title=_page_title(report),
        quoted=quoted,
        file_name=_file_name,
        cite_html=cite_html,
        cite_sid=cite_sid,
    )


def report_sentence(sentence: Sentence, index: ReportIndex, inner: Markup) -> Markup:
    """A sentence of the HTML report: ``<span id="a1.s3" class="s shared">``."""
    classes = " ".join(["s", *index.sentence_classes(sentence.id)])
    label = sentence.id.split(".", 1)[-1]
    note = index.sentence_note(sentence.id)
    # The label is CSS generated content, so copying the text does not copy it. A sentence with a
    # note is a Tab stop: the note shows on keyboard focus (CSS), not only on hover.
    focus = Markup(' tabindex="0"') if note else Markup("")
    return Markup('<span id="{}" class="{}" data-label="{}" title="{}"{}>{}</span>').format(
        sentence.id, classes, label, note or sentence.id, focus, inner,
    )


def article_body(
    article: Article,
    index: ReportIndex,
    highlights: list[Highlight],
    sentence_html: Callable[[Sentence, ReportIndex, Markup], Markup] = report_sentence,
) -> Markup:
    """The article text as paragraphs; each sentence wrapped by ``sentence_html``, marks in place.

    Text between sentences is kept as it is (a newline starts a new paragraph), so nothing of
    ``article.text`` is lost and every offset still points where the page shows it. The web app
    passes its own ``sentence_html``.
    """
    text = article.text
    paragraphs: list[list[Markup]] = [[]]

    def between(start: int, end: int) -> None:
        pos = start
        while pos < end:
            newline = text.find("\n", pos, end)
            stop = end if newline < 0 else newline
            if stop > pos:
                paragraphs[-1].append(fragments_html(fragments(text, pos, stop, highlights)))
            if newline < 0:
                break
            paragraphs.append([])
            pos = newline + 1

    cursor = 0
    for sentence in sorted(article.sentences, key=lambda s: (s.start, s.end)):
        start, end = max(sentence.start, cursor), min(sentence.end, len(text))
        if start >= end:
            log.warning("sentence %s (%d:%d) is empty or overlaps the one before; not shown", sentence.id, sentence.start, sentence.end)
            continue
        if text[sentence.start : sentence.end] != sentence.text:
            log.warning("sentence %s: its text differs from article %s at %d:%d; showing the article text", sentence.id, article.id, sentence.start, sentence.end)
        between(cursor, start)
        paragraphs[-1].append(sentence_html(sentence, index, fragments_html(fragments(text, start, end, highlights))))
        cursor = end
    between(cursor, len(text))
    return Markup("\n").join(
        Markup("<p>{}</p>").format(Markup("").join(parts)) for parts in paragraphs if "".join(parts).strip()
    )


def _file_name(path: str) -> str:
    """The last part of a path, POSIX or Windows; the whole path is in the tooltip."""
    return PureWindowsPath(path).name if "\\" in path else PurePosixPath(path).name or path


def _page_title(report: Report) -> str:
    titles = [a.title or a.source or a.id for a in report.articles]
    head = (report_title(report) or neutral_title(titles)) if titles else "no articles"
    more = f" and {len(titles) - 1} more" if len(titles) > 1 else ""
    return f"rashomon: {head}{more}"
