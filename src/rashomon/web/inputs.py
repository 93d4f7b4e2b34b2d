"""What a compare request carries, turned into sources for :func:`rashomon.comparison.pipeline`.

Pasted texts become Documents; uploaded files are written under their own (sanitised) name
in a private temporary folder and read by ingest like any file, so an HTML or JSONL upload is
read as such; URLs stay URLs and are fetched by the guarded client. Every cap is checked here
and raises :class:`RequestTooLarge` (413) or :class:`RequestError` (400) with a message for a person.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import NotEnoughArticles, RequestError, RequestTooLarge
from ..sources.files import FORMATS, headlined, title_from_first_line
from ..sources.record_dates import iso_date
from ..sources.addresses import is_url
from ..sources.detect import normalize_text, valid_text, visible
from ..sources.html import looks_like_page
from ..model import Document, Report
from .config import WebLimits


@dataclass(frozen=True, slots=True, kw_only=True)
class PastedArticle:
    """One pasted article; its strings made valid Unicode (a JSON body may escape a lone
    surrogate, ``"\\ud800"``, which no UTF-8 text can hold: it becomes U+FFFD)."""

    text: str = ""
    title: str = ""
    source: str = ""
    url: str = ""
    date: Any = None  # as a record file's date is given (read by sources.record_dates.iso_date)

    def __post_init__(self) -> None:
        for name in ("text", "title", "source", "url"):
            value = getattr(self, name)
            if isinstance(value, str) and valid_text(value) != value:
                object.__setattr__(self, name, valid_text(value))


@dataclass(frozen=True, slots=True, kw_only=True)
class Upload:
    name: str
    data: bytes


@dataclass(slots=True, kw_only=True)
class CompareInput:
    """Everything one comparison was given."""

    articles: list[PastedArticle] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    uploads: list[Upload] = field(default_factory=list)

    def count(self) -> int:
        return sum(1 for a in self.articles if a.text.strip() or a.url.strip()) + len(self.urls) + len(self.uploads)


def url_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def check(given: CompareInput, limits: WebLimits) -> None:
    """Raise RequestTooLarge / RequestError when the request breaks a cap or names a bad URL."""
    if given.count() > limits.max_articles:
        raise RequestTooLarge(f"{given.count()} articles given; at most {limits.max_articles} can be compared at once")
    for i, article in enumerate(given.articles, 1):
        size = len(article.text.encode("utf-8"))
        if size > limits.max_article_bytes:
            raise RequestTooLarge(f"article {i} has {size:,} bytes of text; the limit is {limits.max_article_bytes:,}")
        for name, cap, hint in (("title", limits.max_title_chars, "; is its text in the title field?"),
                                ("outlet", limits.max_source_chars, "")):
            value = (article.title if name == "title" else article.source).strip()
            if len(value) > cap:
                raise RequestTooLarge(f"article {i}'s {name} has {len(value):,} characters; the limit is {cap:,}{hint}")
    for upload in given.uploads:
        if len(upload.data) > limits.max_article_bytes:
            raise RequestTooLarge(f"the file {upload.name!r} is larger than the limit of {limits.max_article_bytes:,} bytes")
    urls = given.urls + [a.url.strip() for a in given.articles if a.url.strip() and not a.text.strip()]
    for url in urls:
        if not is_url(url):
            raise RequestError(f"not an http(s) URL: {url[:200]!r}")
    if given.count() < 2 and not any(_holds_records(upload.name) for upload in given.uploads):
        # an article given a title or an outlet but no text was meant as one: say which
        textless = [f"article {i}" + (f" (“{a.title.strip()[:80]}”)" if a.title.strip() else "")
                    for i, a in enumerate(given.articles, 1)
                    if (a.title.strip() or a.source.strip()) and not (a.text.strip() or a.url.strip())]
        raise RequestError("give at least two articles to compare (texts, URLs or files)"
                           + (f"; {', '.join(textless)} {'has' if len(textless) == 1 else 'have'} no text" if textless else ""))


# files of many articles each (one a line, a row, an item): one such upload may be enough
_RECORD_FORMATS = ("json", "jsonl", "csv", "tsv")


def _holds_records(name: str) -> bool:
    return FORMATS.get(Path(name or "").suffix.lower()) in _RECORD_FORMATS


_UNSAFE = re.compile(r"[^\w.-]+")


def safe_name(name: str, index: int) -> str:
    """An upload's file name reduced to its last part and safe characters, suffix kept."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = _UNSAFE.sub("-", base).strip(".-")[:100]
    return base or f"upload-{index}.txt"


@contextmanager
def sources(given: CompareInput) -> Iterator[tuple[list[str | Document], dict[str, str]]]:
    """The sources for :func:`rashomon.comparison.pipeline`, in the order given (texts, URLs, files), and
    the name to show for each temporary upload path (see :func:`relabel`)."""
    out: list[str | Document] = []
    for i, article in enumerate(given.articles, 1):
        if article.text.strip():
            url = article.url.strip() or None
            text = normalize_text(article.text)  # a form's textarea sends CRLF; read as a text file is
            if looks_like_page(text):  # a page's source pasted: read as a page (its title and outlet, when not given)
                out.append(Document(text=text, title=visible(article.title), source=visible(article.source),
                                    url=url if url and is_url(url) else None, origin=f"text {i}", date=iso_date(article.date)))
                continue
            out.append(Document(
                text=headlined(visible(article.title), text), title=visible(article.title) or title_from_first_line(text),
                source=visible(article.source) or f"text {i}",
                url=url if url and is_url(url) else None, origin=f"text {i}", date=iso_date(article.date),
            ))
        elif article.url.strip():
            out.append(article.url.strip())
    out.extend(given.urls)
    if not given.uploads:
        yield out, {}
        return
    names: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="rashomon-upload-") as folder:
        for i, upload in enumerate(given.uploads, 1):
            name = shown = safe_name(upload.name, i)
            if Path(name).suffix.lower() not in FORMATS:
                name += ".txt"  # an unknown kind of file is read as text (and still shown by its own name)
            path = Path(folder) / f"{i}" / name
            path.parent.mkdir()
            path.write_bytes(upload.data)
            out.append(str(path))
            names[str(path)] = shown
        try:
            yield out, names
        except NotEnoughArticles as exc:  # its skips name the files as they were uploaded
            raise NotEnoughArticles(exc.usable, relabel_skipped(exc.skipped, names)) from None


def relabel(report: Report, names: dict[str, str]) -> Report:
    """The report with each temporary upload path replaced by the file's own name."""
    if not names:
        return report

    articles = tuple(dataclasses.replace(a, path=_name_of(a.path, names)) for a in report.articles)
    return dataclasses.replace(report, articles=articles, skipped=relabel_skipped(report.skipped, names))


def relabel_skipped(skipped: Iterable[Any], names: dict[str, str]) -> tuple[Any, ...]:
    """Skipped inputs with each temporary upload path replaced by the file's own name."""
    return tuple(dataclasses.replace(s, source=_name_of(s.source, names) or s.source)
                 if dataclasses.is_dataclass(s) and hasattr(s, "source") else s for s in skipped)


def _name_of(value: str | None, names: dict[str, str]) -> str | None:
    if value is None:
        return None
    for path, name in names.items():
        if value.startswith(path):
            return name + value[len(path):]
    return value
