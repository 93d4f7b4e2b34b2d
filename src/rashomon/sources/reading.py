"""Any source to Documents: the dispatch behind :func:`iter_sources` and friends.

A source is a path (file or folder), an http(s) URL, ``-`` for standard input (its format
sniffed: a feed, a page, JSON, JSON Lines, a CSV/TSV dump with a header or plain text) or a
ready ``Document``. Readers yield ``Document`` or, for one bad record inside a good file, the
``InputError`` describing it; a source that fails as a whole raises its ``InputError``.
:func:`iter_sources` turns both into ``Skipped`` so one bad input never stops the others;
:func:`read_source` raises instead.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import EmptyInput, InputError, NoArticle, NotAnArticle, TooLarge
from ..model import Document, Skipped
from ..settings import DEFAULT_MAX_BYTES
from .detect import OWN_OUTPUT_REASON, blank, bom_encoding, check_binary, declared_charset, decode_bytes, own_output
from .feeds import looks_like_feed, read_feed
from .files import (DOCUMENTATION_REASON, FORMATS, is_documentation, is_warc, known_type, list_folder, read_bytes,
                    headlined, text_document, unknown_type_reason)
from .html import extract_html, looks_like_html, looks_like_page
from .records import (
    COLUMN_ALIASES,
    RECORD_FIELDS,
    MalformedInput,
    SEPARATOR_HINT,
    csv_delimiter,
    read_csv,
    read_csv_stream,
    read_json,
    read_jsonl,
    CrLines,
    has_lone_cr,
    read_jsonl_stream,
    valid_text,
)
from .addresses import bare_address, host_of, is_url

if TYPE_CHECKING:  # the HTTP client is imported only when a URL is read
    import httpx

    from .url import Fetched

logger = logging.getLogger(__name__)

Source = str | os.PathLike[str] | Document

STDIN = "-"  # the source that stands for standard input (a file named "-" is "./-")
STDIN_NAME = "<stdin>"

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_JSON_TYPES = frozenset({"application/json"})


@dataclass
class _Context:
    """Options for one run, and the HTTP client (made on first use unless one was given)."""

    max_bytes: int
    timeout: float
    csv_columns: Mapping[str, str] | None
    client: httpx.Client | None = None
    owns_client: bool = field(default=False)
    allow_private_urls: bool = False  # for links found in local files (feeds)
    given_client: bool = False
    linked_client: httpx.Client | None = None
    stdin_read: bool = False  # "-" named a second time finds it drained

    def http(self) -> httpx.Client:
        if self.client is None:
            from .url import make_client

            self.client = make_client(self.timeout)
            self.owns_client = True
        return self.client

    def linked(self) -> httpx.Client:
        """The client for URLs that a local file links to (a feed's entries): the caller's own
        client when one was given, else one under the web's URL policy (no loopback, private or
        link-local addresses) unless private addresses are allowed."""
        if self.given_client or self.allow_private_urls:
            return self.http()
        if self.linked_client is None:
            from .url import make_client

            self.linked_client = make_client(self.timeout, allow_private_urls=False)
        return self.linked_client

    def close(self) -> None:
        if self.owns_client and self.client is not None:
            self.client.close()
            self.client = None
        if self.linked_client is not None:
            self.linked_client.close()
            self.linked_client = None


def _context(
    max_bytes: int, timeout: float, client: httpx.Client | None, csv_columns: Mapping[str, str] | None,
    allow_private_urls: bool = False,
) -> _Context:
    unknown = set(csv_columns or {}) - set(RECORD_FIELDS)
    if unknown:
        raise ValueError(f"csv_columns keys must be record fields {RECORD_FIELDS}; unknown: {sorted(unknown)}")
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    return _Context(max_bytes=max_bytes, timeout=timeout, csv_columns=csv_columns, client=client,
                    given_client=client is not None, allow_private_urls=allow_private_urls)


def iter_sources(
    sources: Iterable[Source],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 15.0,
    client: httpx.Client | None = None,
    csv_columns: Mapping[str, str] | None = None,
    allow_private_urls: bool = False,
) -> Iterator[Document | Skipped]:
    """Read every source in order; each unusable one (or record) becomes a ``Skipped``.

    ``csv_columns`` maps a record field (title, text, source, url, date) to the CSV column
    holding it. ``allow_private_urls`` lets the links a local feed file holds reach loopback and
    private addresses (refused by default, as on the web). Only a wrong option raises
    (ValueError); bad input never does.
    """
    context = _context(max_bytes, timeout, client, csv_columns, allow_private_urls)
    if isinstance(sources, (str, os.PathLike, Document)):
        sources = [sources]  # one source, not an iterable of characters
    try:
        for source in sources:
            for item in _guarded(source, context):
                if isinstance(item, InputError):
                    name = valid_text(str(item.source))
                    (logger.info if isinstance(item, NotAnArticle) else logger.warning)("skipped %s: %s", name, item.reason)
                    yield Skipped(source=name, reason=valid_text(item.reason))
                else:
                    yield _displayable(item)
    finally:
        context.close()


def _displayable(document: Document) -> Document:
    """The document with its names made valid Unicode (a file name with bytes that are not
    UTF-8 carries lone surrogates, which no JSON or terminal output can write)."""
    changes = {key: valid_text(value) for key in ("path", "origin", "title", "source", "url")
               if isinstance(value := getattr(document, key), str) and valid_text(value) != value}
    return dataclasses.replace(document, **changes) if changes else document


def read_sources(
    sources: Iterable[Source],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 15.0,
    client: httpx.Client | None = None,
    csv_columns: Mapping[str, str] | None = None,
    allow_private_urls: bool = False,
) -> tuple[list[Document], list[Skipped]]:
    """:func:`iter_sources`, collected: the documents and the skipped inputs."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for item in iter_sources(sources, max_bytes=max_bytes, timeout=timeout, client=client, csv_columns=csv_columns,
                             allow_private_urls=allow_private_urls):
        (skipped if isinstance(item, Skipped) else documents).append(item)
    return documents, skipped


def read_source(
    source: Source,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 15.0,
    client: httpx.Client | None = None,
    csv_columns: Mapping[str, str] | None = None,
) -> list[Document]:
    """The documents of one source; raises the first InputError met (of the source or any record)."""
    context = _context(max_bytes, timeout, client, csv_columns)
    try:
        documents = []
        for item in _read(source, context):
            if isinstance(item, InputError):
                raise item
            documents.append(item)
        return documents
    finally:
        context.close()


def _guarded(source: Source, context: _Context) -> Iterator[Document | InputError]:
    """``_read``, with any failure of the source (an InputError, or whatever a reader or a
    third-party parser raised on hostile input) turned into the error value that says why."""
    try:
        yield from _read(source, context)
    except InputError as exc:
        yield exc
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except Exception as exc:  # noqa: BLE001 - one bad source never stops the others
        logger.debug("reading %r failed", source, exc_info=True)
        yield InputError(_name_of(source), f"unreadable ({type(exc).__name__}: {str(exc)[:200]})")


def _page_given(document: Document, name: str) -> Document:
    """A Document whose text is a whole web page (a page's source pasted in a form, given to
    :func:`rashomon.compare`): its article read as a page file's is, the title and outlet given
    with it first, then the page's own. Its markup was compared as sentences ("<!DOCTYPE html>"
    the headline)."""
    page = extract_html(document.text, source=name, url=document.url, fallback_source=document.source or name)
    title, outlet = document.title.strip(), document.source.strip()
    return dataclasses.replace(
        page, text=headlined(title, page.text), title=title or page.title, source=outlet or page.source,
        date=document.date or page.date, path=document.path or page.path, origin=document.origin or page.origin,
        record_id=document.record_id,
        led_by_title=bool(title) and headlined(title, page.text) != page.text,
    )


def _is_text_not_path(name: str) -> bool:
    """A string of several lines that names no file: text, not a path."""
    if "\n" not in name.strip():
        return False
    try:
        return not Path(name).exists()
    except OSError:  # too long for a file name
        return True


def _name_of(source: Source) -> str:
    if isinstance(source, Document):
        return source.origin or source.path or source.url or source.title or "<document>"
    try:
        return valid_text(os.fspath(source)) if isinstance(source, (str, os.PathLike)) else repr(source)[:200]
    except Exception:  # noqa: BLE001
        return "<source>"


def _read(source: Source, context: _Context) -> Iterator[Document | InputError]:
    if isinstance(source, Document):
        name = source.origin or source.path or source.url or source.title or "<document>"
        if blank(source.text):
            raise EmptyInput(name, "document has no text")
        yield _page_given(source, name) if looks_like_page(source.text) else source
        return
    if source == STDIN:
        yield from _read_stdin(context)
        return
    if isinstance(source, str) and is_url(source):
        yield from _read_url(source, context)
        return
    if isinstance(source, str) and "://" in source and not Path(source).exists():
        scheme = source.split("://", 1)[0]
        raise InputError(source, f"unsupported URL scheme {scheme!r} (http and https only)")
    if isinstance(source, Mapping):
        # a record as /api/compare takes it: said how to give it here, not only its type's name
        raise InputError(repr(source)[:200], "a dict is not read as an article: give rashomon.Document(text=..., title=..., "
                                             "source=...), or save the records as a JSON or JSONL file and give its path")
    if not isinstance(source, (str, os.PathLike)):
        raise InputError(repr(source)[:200], f"not a path, URL or Document ({type(source).__name__})")
    name = os.fspath(source)
    if isinstance(name, str) and _is_text_not_path(name):
        # an article's text given where a path goes (rashomon.compare(text)): it was "unreadable
        # (OSError: File name too long: ...)" under the whole text, or "no such file"
        first = name.strip().split("\n", 1)[0]
        raise InputError(first[:80] + ("…" if len(first) > 80 or "\n" in name.strip() else ""),
                         "an article's text, not a path, URL or feed: give it as rashomon.Document(text=..., title=..., source=...)")
    path = Path(name)
    try:
        there = bool(name) and path.exists()
    except OSError as exc:  # "File name too long": no file by that name
        raise InputError(name[:200], f"no such file ({exc.strerror or type(exc).__name__})") from exc
    if not there:
        if bare_address(name):
            raise InputError(name, f"no such file (a web page is read from its full address: https://{name})")
        raise InputError(name, "no such file")
    if path.is_dir():
        files = list_folder(path, unknown=True)
        if not any(map(known_type, files)):
            raise EmptyInput(name, f"folder has no files of a known type ({', '.join(sorted(FORMATS))})")
        for file in files:
            if not known_type(file):
                yield NotAnArticle(str(file), unknown_type_reason(file))
                continue
            if is_documentation(file):
                yield NotAnArticle(str(file), DOCUMENTATION_REASON)
                continue
            yield from _guarded(file, context)
        return
    yield from _read_file(path, name, context)


def _read_file(path: Path, name: str, context: _Context) -> Iterator[Document | InputError]:
    if is_warc(path):
        from .warc import read_warc  # warcio is imported only when an archive is read

        yield from read_warc(path, source=name, max_bytes=context.max_bytes)
        return
    if FORMATS.get(path.suffix.lower()) in ("jsonl", "csv", "tsv"):
        streamed = _read_stream(path, name, context)
        if streamed is not None:
            yield from streamed
            return
    data = read_bytes(path, source=name, max_bytes=context.max_bytes)
    check_binary(data, name)
    fmt = FORMATS.get(path.suffix.lower(), "")
    text = decode_bytes(data, name, declared=declared_charset(data) if fmt in ("html", "xml", "feed", "") else None)
    if empty := blank(text):
        raise EmptyInput(name, empty)
    if fmt in ("", "xml"):
        fmt = _sniff(text, default="text" if fmt == "" else "")
        if not fmt:
            raise MalformedInput(name, "XML that is neither an RSS/Atom feed nor a web page")
    elif fmt == "text" and looks_like_page(text):
        # A page saved as text: read as text, its markup would be compared as sentences.
        fmt = "html"
    yield from _read_text(text, fmt, name, path.stem, str(path), context)


def _read_stdin(context: _Context) -> Iterator[Document | InputError]:
    """Standard input read whole (``max_bytes`` at most), its format sniffed from its text."""
    if context.stdin_read:
        raise InputError(STDIN_NAME, "standard input given twice: it is read once")
    context.stdin_read = True
    try:
        data = sys.stdin.buffer.read(context.max_bytes + 1)
    except (AttributeError, OSError, ValueError) as exc:  # closed, or replaced by a text-only stream
        raise InputError(STDIN_NAME, f"cannot read standard input: {exc}") from exc
    if len(data) > context.max_bytes:
        raise TooLarge(STDIN_NAME, f"more than {context.max_bytes:,} bytes")
    if not data:
        raise EmptyInput(STDIN_NAME, "nothing on standard input")
    check_binary(data, STDIN_NAME)
    text = decode_bytes(data, STDIN_NAME, declared=declared_charset(data))
    if empty := blank(text):
        raise EmptyInput(STDIN_NAME, empty)
    yield from _read_text(text, _stdin_format(text, context.csv_columns), STDIN_NAME, "stdin", "", context)


def _stdin_format(text: str, csv_columns: Mapping[str, str] | None = None) -> str:
    """A feed, a page, JSON, JSON Lines (two or more lines, the first an object by itself: a
    malformed later line is then that line's skip, not the whole input's), a CSV or TSV dump
    (see :func:`_records_header`) or plain text."""
    if not looks_like_page(text) and not looks_like_feed(text) and (header := _records_header(text, csv_columns)):
        return header  # a dump whose rows hold markup ("<p>" in a body) is still a dump, not a page
    fmt = _sniff(text, default="text")
    if fmt == "json":
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) > 1 and (all(line.startswith("{") for line in lines) or _one_object(lines[0])):
            return "jsonl"
    if fmt == "text":
        return _records_header(text, csv_columns) or fmt
    return fmt


def _one_object(line: str) -> bool:
    """Whether ``line`` is a whole JSON object (a JSON Lines record), not the start of one."""
    import json

    if not (line.startswith("{") and line.endswith("}")):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


_HEADER_CELL = re.compile(r"[A-Za-z_][\w.-]{0,59}")


def _records_header(text: str, csv_columns: Mapping[str, str] | None) -> str:
    """"tsv" or "csv" when the first line is a records header: two or more cells split by tabs,
    commas or semicolons, each one word (a column name), one of them naming the text or the title
    column (``csv_columns`` included); "" otherwise. An article's first line ("Body, found in
    river") has spaces inside its cells."""
    first, _, rest = text.lstrip("\ufeff").lstrip("\r\n").partition("\n")
    first = first.rstrip("\r")
    if SEPARATOR_HINT.fullmatch(first):  # a spreadsheet's "sep=;" line: the header follows
        first = rest.split("\n", 1)[0].rstrip("\r")
    fmt = "tsv" if "\t" in first else "csv"
    cells = [cell.strip().strip('"').strip() for cell in first.split(csv_delimiter(first, fmt))]
    if len(cells) < 2 or not all(_HEADER_CELL.fullmatch(cell) for cell in cells):
        return ""
    names = {cell.lower() for cell in cells}
    wanted = {*COLUMN_ALIASES["text"], *COLUMN_ALIASES["title"]}
    wanted |= {value.lower() for key, value in (csv_columns or {}).items() if key in ("text", "title")}
    return fmt if names & wanted else ""


def _read_text(text: str, fmt: str, name: str, stem: str, path_text: str,
               context: _Context) -> Iterator[Document | InputError]:
    """Documents from decoded text of a known format."""
    if own_output(text, fmt):
        raise NotAnArticle(name, OWN_OUTPUT_REASON)
    if fmt == "text":
        yield text_document(text, source=name, outlet=stem, fallback_title=stem, path=path_text)
    elif fmt == "html":
        yield extract_html(text, source=name, fallback_source=stem, fallback_title=stem, path=path_text)
    elif fmt == "json":
        yield from read_json(text, source=name, path=path_text, columns=context.csv_columns)
    elif fmt == "jsonl":
        yield from read_jsonl(text, source=name, path=path_text, columns=context.csv_columns)
    elif fmt in ("csv", "tsv"):
        delimiter = csv_delimiter(text[:8192], fmt)
        yield from read_csv(text, source=name, path=path_text, columns=context.csv_columns, delimiter=delimiter)
    else:  # feed
        yield from read_feed(text, source=name, fetch_page=lambda url: _fetch_page(url, context, linked=True))


def _read_stream(path: Path, name: str, context: _Context) -> Iterator[Document | InputError] | None:
    """A JSONL or CSV/TSV dump read a record at a time, ``max_bytes`` a record (a dump may be
    far larger than one article); None for UTF-16/32 text, which is read whole."""
    try:
        if path.stat().st_size == 0:
            raise EmptyInput(name, "empty file (0 bytes)")
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from exc
    if bom_encoding(head) not in (None, "utf-8-sig"):
        return None
    check_binary(head, name)
    delimiter = csv_delimiter(head.decode("utf-8", errors="replace"), FORMATS.get(path.suffix.lower(), "csv"))
    return _stream_records(path, name, context, lone_cr=has_lone_cr(head), delimiter=delimiter)


def _stream_records(path: Path, name: str, context: _Context, *, lone_cr: bool = False,
                    delimiter: str = ",") -> Iterator[Document | InputError]:
    try:
        raw_handle = path.open("rb")
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from exc
    fmt = FORMATS.get(path.suffix.lower())
    handle: Any = CrLines(raw_handle) if lone_cr else raw_handle
    with raw_handle:
        if fmt == "jsonl":
            yield from read_jsonl_stream(handle, source=name, path=str(path), max_bytes=context.max_bytes,
                                         columns=context.csv_columns)
        else:
            yield from read_csv_stream(handle, source=name, path=str(path), max_bytes=context.max_bytes,
                                       columns=context.csv_columns, delimiter=delimiter)


def _sniff(text: str, default: str) -> str:
    """The format of text whose extension says nothing (or only "XML")."""
    if default == "text" and (records := _json_format(text)):
        return records  # records whose text holds markup ("<p>" in a body) are still records, not a page
    if looks_like_feed(text):
        return "feed"
    if looks_like_html(text):
        return "html"
    head = text.lstrip()[:1]
    if default == "text" and head in ("{", "["):
        return "json"
    return default


def _json_format(text: str) -> str:
    """"json" when ``text`` parses whole as JSON, "jsonl" when it does not and its first line is
    one object (a JSON Lines dump), "" otherwise."""
    import json

    body = text.lstrip("\ufeff \t\r\n")
    if body[:1] not in ("{", "["):
        return ""
    try:
        json.loads(body)
        return "json"
    except (ValueError, RecursionError):
        return "jsonl" if _one_object(body.split("\n", 1)[0].strip()) else ""


def _read_url(url: str, context: _Context) -> Iterator[Document | InputError]:
    from .url import fetch

    fetched = fetch(url, client=context.http(), max_bytes=context.max_bytes, timeout=context.timeout)
    text = _fetched_text(fetched, url)
    if fetched.content_type in _FEED_TYPES or (fetched.content_type not in _HTML_TYPES and looks_like_feed(text)):
        yield from read_feed(text, source=url, fetch_page=lambda link: _fetch_page(link, context))
    elif fetched.content_type in _JSON_TYPES:
        yield from read_json(text, source=url, path=None, columns=context.csv_columns)
    elif records := _records_at(fetched, text, context):
        yield from _read_text(text, records, url, host_of(fetched.url), "", context)
    else:
        yield _page_document(fetched, text, url)


# Dumps served by their own names ("text/csv"); a server that names no such type ("text/plain", as
# GitHub's raw files are) is read by the address's suffix or, for JSON, by the text
_RECORD_TYPES = {"text/csv": "csv", "text/tab-separated-values": "tsv", "application/x-ndjson": "jsonl",
                 "application/jsonl": "jsonl", "application/x-jsonlines": "jsonl"}


def _records_at(fetched: Fetched, text: str, context: _Context) -> str:
    """"csv", "tsv", "json" or "jsonl" when a fetched text is a dump of records (it was compared
    as one article holding the dump); "" for a page or an article."""
    if fmt := _RECORD_TYPES.get(fetched.content_type):
        return fmt
    if fetched.content_type not in ("text/plain", ""):
        return ""
    by_suffix = FORMATS.get(PurePosixPath(urlsplit(fetched.url).path).suffix.lower(), "")
    if by_suffix in ("csv", "tsv", "json", "jsonl"):
        return by_suffix
    return _json_format(text) or _records_header(text, context.csv_columns)


def _fetch_page(url: str, context: _Context, *, linked: bool = False) -> Document:
    """One linked page (a feed entry) as a Document; ``linked``: the link is in a local file."""
    from .url import fetch

    client = context.linked() if linked else context.http()
    fetched = fetch(url, client=client, max_bytes=context.max_bytes, timeout=context.timeout)
    text = _fetched_text(fetched, url)
    if fetched.content_type in _FEED_TYPES or looks_like_feed(text):
        raise NoArticle(url, "the link is a feed, not an article")
    return _page_document(fetched, text, url)


def _fetched_text(fetched: Fetched, url: str) -> str:
    if not fetched.body.strip():
        raise EmptyInput(url, "empty response body")
    check_binary(fetched.body, url)
    text = decode_bytes(fetched.body, url, declared=fetched.charset or declared_charset(fetched.body))
    if not text.strip():
        raise EmptyInput(url, "response is only whitespace")
    return text


def _page_document(fetched: Fetched, text: str, url: str) -> Document:
    host = host_of(fetched.url)
    last_segment = PurePosixPath(urlsplit(fetched.url).path).name
    if fetched.content_type == "text/plain" or (not fetched.content_type and not looks_like_html(text)):
        document = text_document(text, source=url, outlet=host, fallback_title=last_segment or host, url=fetched.url)
    else:
        document = extract_html(text, source=url, url=fetched.url, fallback_source=host, fallback_title=last_segment)
    return document
