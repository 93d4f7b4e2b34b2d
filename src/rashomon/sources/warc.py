"""Web archives (WARC, plain or gzipped a record at a time) to Documents.

Two steps, so that the second can run elsewhere (:mod:`rashomon.stories.distributed`):

1. :func:`iter_pages` streams the archive with warcio and yields a :class:`WarcPage` (the
   raw HTML payload of one ``response`` or ``resource`` record, with its provenance) or an
   :class:`~rashomon.errors.InputError` saying why a record is not a page: not HTML, a
   redirect, an HTTP error, a revisit or a second capture of the same URL or payload, too
   large. Other record types (warcinfo, request, metadata) are not pages and pass silently.
   A record that cannot be parsed (a lying Content-Length, a gzip member cut short, garbage)
   becomes a :class:`MalformedInput` naming its byte offset; reading goes on from the next
   record found after it. Memory is bounded by one page (at most ``max_bytes``) and one
   8-byte key per page seen (the duplicate check).
2. :func:`page_document` decodes the payload (BOM, UTF-8, the HTTP or ``<meta>`` charset, a
   confident guess) and extracts the article with trafilatura
   (:func:`rashomon.sources.html.extract_html`).

Provenance: ``Document.url`` is the record's target URI, ``Document.path`` the archive,
``Document.origin`` ``ARCHIVE#RECORD-ID@CAPTURE-DATE`` (:func:`warc_origin`, read back by
:func:`parse_warc_origin`); ``Document.date`` is the page's own publication date when it
states one, else the capture date (also when the page states only the day of the capture).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError, MalformedInput, NoArticle, TooLarge
from ..model import Document
from .detect import check_binary, declared_charset, decode_bytes
from .html import extract_html
from .addresses import host_of
from .files import WARC_SUFFIXES, is_warc  # noqa: F401  (part of this module's interface)

logger = logging.getLogger(__name__)

__all__ = ["WarcPage", "is_warc", "iter_pages", "page_document", "parse_warc_origin", "read_warc", "warc_origin"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_PAGE_RECORDS = frozenset({"response", "resource"})
_SCAN = 1 << 20  # bytes read at a time while looking for the next record after a bad one
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = re.compile(rb"\nWARC/1\.[01]\r?\n")
# What a record that cannot be parsed raises in warcio: a bad header, a gzip member cut short,
# and on some garbage its own AttributeError or TypeError (a third-party parser on untrusted input).
_FORMAT_ERRORS: tuple[type[BaseException], ...] = (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError,
                                                   AttributeError, TypeError, KeyError, IndexError)


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML capture, before extraction: what :func:`page_document` needs, picklable."""

    archive: str  # the archive as the user named it
    offset: int  # byte offset of the record in the archive
    record_id: str
    target_uri: str
    captured: str  # WARC-Date, ISO 8601
    charset: str | None  # from the HTTP Content-Type
    body: bytes

    @property
    def origin(self) -> str:
        return warc_origin(self.archive, self.record_id, self.captured)


def warc_origin(archive: str, record_id: str, captured: str) -> str:
    return f"{archive}#{record_id}@{captured}"


def parse_warc_origin(origin: str) -> tuple[str, str, str] | None:
    """``(archive, record id, capture date)`` of an origin :func:`warc_origin` made, else None."""
    archive, hash_sign, rest = origin.rpartition("#")
    record_id, at, captured = rest.rpartition("@")
    if not hash_sign or not at or not record_id.startswith("<"):
        return None
    return archive, record_id, captured


def read_warc(path: Path, *, source: str, max_bytes: int) -> Iterator[Document | InputError]:
    """:func:`iter_pages` then :func:`page_document`, in this process."""
    for item in iter_pages(path, source=source, max_bytes=max_bytes):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield page_document(item)
        except InputError as exc:
            yield exc


def page_document(page: WarcPage) -> Document:
    """The article of one captured page; raises the InputError saying why there is none."""
    origin = page.origin
    check_binary(page.body, origin)
    text = decode_bytes(page.body, origin, declared=page.charset or declared_charset(page.body))
    host = host_of(page.target_uri)
    document = extract_html(text, source=origin, url=page.target_uri, fallback_source=host,
                            fallback_title=PurePosixPath(urlsplit(page.target_uri).path).name or host,
                            path=page.archive)
    from dataclasses import replace

    return replace(document, date=_date(document.date, page.captured))


def _date(published: str | None, captured: str) -> str | None:
    """The page's own date; the capture time when the page gives only the day it was captured
    on (or nothing), since it is the more precise of the two (clustering weighs hours apart)."""
    if not published:
        return captured or None
    if len(published) == 10 and captured[:10] == published:
        return captured
    return published


# --- 1. records to pages --------------------------------------------------------------------


def iter_pages(path: Path, *, source: str, max_bytes: int) -> Iterator[WarcPage | InputError]:
    """The HTML pages of one archive, in order, and a reason for every record that is not one."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    with handle:
        head = handle.read(4)
        if not head:
            raise InputError(source, "empty file (0 bytes)")
        gzipped = head.startswith(_GZIP_MAGIC[:2])
        if not gzipped and not head.startswith(b"WARC"):
            raise MalformedInput(source, "not a WARC file (it starts with neither 'WARC/' nor a gzip header)")
        seen: set[bytes] = set()
        start: int | None = 0
        last_ok = -1  # offset of the last record parsed whole
        floor = 0  # where reading last started
        end = 0  # where the last record parsed whole ends
        while start is not None:
            handle.seek(start)
            records = _Records(handle)
            start = None
            try:
                for record in records:
                    offset = records.offset
                    if records.bad_length:  # found while looking for this record's header
                        records.bad_length = False
                        yield MalformedInput(f"{source}@{last_ok}", "the record's Content-Length does not match "
                                                                    "its content; the record after it was read "
                                                                    "from the next WARC header")
                    item, keys = _page(record, source, offset, max_bytes, seen)
                    missing = _drain(record)
                    if missing:  # the archive ends (or the gzip member breaks off) inside this record
                        yield MalformedInput(f"{source}@{offset}", f"truncated WARC record: {missing:,} bytes "
                                                                   "of its content are missing")
                        start = floor = _next_record(handle, offset + 1, gzipped) or 0
                        start = start or None
                        break
                    last_ok = offset
                    end = offset + records.get_record_length()
                    seen.update(keys)
                    if item is not None:
                        yield item
                else:
                    size = os.fstat(handle.fileno()).st_size
                    if end < size:  # the reader stopped early: bytes it could not read
                        yield MalformedInput(f"{source}@{end}",
                                             f"unreadable data: {size - end:,} bytes after the last good record")
                        found = _next_record(handle, end + 1, gzipped)
                        start = floor = found if found is not None and found > floor else 0
                        start = start or None
            except _FORMAT_ERRORS as exc:
                offset = records.offset
                after = " (the record before it has a wrong Content-Length)" if records.bad_length else ""
                yield MalformedInput(f"{source}@{offset}", f"malformed or truncated WARC record{after}: {_brief(exc)}")
                start = _resume(handle, offset, last_ok, floor, gzipped)
                floor = start if start is not None else floor


def _resume(handle: IO[bytes], bad: int, last_ok: int, floor: int, gzipped: bool) -> int | None:
    """Where to read on after a bad record at ``bad``: the first record header after the last
    good record (a Content-Length too long swallows the start of the next record), unless that
    is the bad one again or not past ``floor`` (where the last resumption started); else the
    first after the bad one."""
    found = _next_record(handle, last_ok + 1, gzipped)
    if found is not None and found != bad and found > floor:
        return found
    return _next_record(handle, bad + 1, gzipped)


def _drain(record: Any) -> int:
    """Read what is left of the record; how many of the bytes its Content-Length promised are missing."""
    stream = record.raw_stream
    while stream.read(_SCAN):
        pass
    return max(int(getattr(stream, "limit", 0) or 0), 0)


def _brief(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__


class _Records(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator, noting a Content-Length that misses the record's end (warcio
    prints a warning on stderr; we report it as a skip instead)."""

    bad_length = False

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        empty_size = 0
        first = True
        while True:
            line = self.reader.readline()
            if not line:
                return None, empty_size
            if not line.rstrip() or first:
                empty_size += len(line)
                if line.rstrip():
                    self.bad_length = True
                first = False
                continue
            return line, empty_size


def _page(record: Any, source: str, offset: int, max_bytes: int,
          seen: set[bytes]) -> tuple[WarcPage | InputError | None, list[bytes]]:
    """The page a record holds, or why it holds none (None: not a capture); the keys that
    mark it as seen."""
    kind = record.rec_type
    if not kind or record.rec_headers.get_header("Content-Length") is None:
        return MalformedInput(f"{source}@{offset}", "truncated or malformed WARC record: its header has no "
                                                    + ("WARC-Type" if not kind else "Content-Length")), []
    if kind not in _PAGE_RECORDS and kind != "revisit":
        return None, []  # warcinfo, request, metadata, conversion: not captures of a page
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI") or ""
    name = f"{source}@{offset}" + (f" ({uri})" if uri else "")
    if kind == "revisit":
        return InputError(name, "a revisit record: the page was captured before, unchanged"), []
    content_type = ""
    if kind == "response":
        http = record.http_headers
        if http is None:
            return InputError(name, "a response record without an HTTP response in it"), []
        status = http.get_statuscode() or ""
        if status.startswith("3"):
            target = http.get_header("Location") or "nowhere stated"
            return InputError(name, f"an HTTP redirect ({status}) to {target}"), []
        if status != "200":
            return InputError(name, f"HTTP status {status or 'missing'}, not a page"), []
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = headers.get_header("Content-Type") or ""
    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower()
    if mime and mime not in _HTML_TYPES:
        return InputError(name, f"not HTML ({mime})"), []
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", params, re.IGNORECASE)
    charset = match.group(1) if match else None
    digest = headers.get_header("WARC-Payload-Digest") or ""
    keys = [_key("u", uri)] + ([_key("d", digest)] if digest else [])
    if any(key in seen for key in keys):
        return InputError(name, "captured again: the same URL or the same payload was read earlier in this archive"), []
    try:
        body = record.content_stream().read(max_bytes + 1)
    except _FORMAT_ERRORS:
        raise
    except Exception as exc:  # a content or transfer encoding warcio cannot undo
        return InputError(name, f"the payload cannot be decoded: {_brief(exc)}"), []
    if len(body) > max_bytes:
        return TooLarge(name, f"page over the limit of {max_bytes:,} bytes"), []
    if not body.strip():
        return NoArticle(name, "empty page"), []
    return WarcPage(archive=source, offset=offset, record_id=headers.get_header("WARC-Record-ID") or f"@{offset}",
                    target_uri=uri, captured=headers.get_header("WARC-Date") or "", charset=charset, body=body), keys


def _key(kind: str, value: str) -> bytes:
    return hashlib.blake2b(f"{kind}:{value}".encode("utf-8", "replace"), digest_size=8).digest()


def _next_record(handle: IO[bytes], start: int, gzipped: bool) -> int | None:
    """The offset of the first record header (or gzip member holding one) at or after ``start``."""
    position = start
    while True:
        handle.seek(position)
        block = handle.read(_SCAN)
        if not block:
            return None
        if gzipped:
            found = block.find(_GZIP_MAGIC)
            while found >= 0 and not _starts_record(handle, position + found):
                found = block.find(_GZIP_MAGIC, found + 1)
        else:
            match = _WARC_MAGIC.search(block)
            found = match.start() + 1 if match is not None else -1
        if found >= 0:
            return position + found
        if len(block) < _SCAN:
            return None
        position += len(block) - 8  # a header cut by the block's end is found in the next one


def _starts_record(handle: IO[bytes], offset: int) -> bool:
    """Whether a gzip member starting at ``offset`` decompresses to a WARC header (the magic
    bytes also occur by chance inside compressed data)."""
    handle.seek(offset)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(handle.read(4096), 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")
