"""Structured inputs: JSON (one record or a list), JSONL (one record a line) and CSV.

A record is ``{title, text, source, url, date}`` (``text`` required, ``id`` and other keys
ignored); a field may be under one of its :data:`COLUMN_ALIASES` ("headline", "body", "outlet"),
in a JSON record as in a CSV header. A bad record does not stop the file: it becomes an error value yielded in its
place, and the rest of the file is read.

A JSONL file is read line by line (:func:`read_jsonl_stream`): a dump of any size is read in
bounded memory, the size limit applies to each line (each record), and a line that is not
UTF-8 is decoded on its own or skipped with its line number. A CSV file is read row by row
the same way (:func:`read_csv_stream`), ``max_bytes`` a row.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from ..errors import EmptyInput, InputError, MalformedInput, NotAnArticle, TooLarge
from ..model import Document
from .detect import OWN_OUTPUT_REASON, blank, decode_bytes, detect_language, normalize_text, own_report_data, valid_text, visible
from .files import headlined
from .record_dates import iso_date
from .addresses import host_of, web_url

logger = logging.getLogger(__name__)

RECORD_FIELDS = ("id", "title", "text", "source", "url", "date")
# The names news datasets give these columns, tried after the field's own name, in any case
# ("TITLE", "PUBLISHER", "TIMESTAMP" in UCI News; "headline", "body" in many CSV exports).
COLUMN_ALIASES = {
    "id": ("id", "article_id", "doc_id", "uuid", "guid"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article"),
    "source": ("source", "outlet", "publisher", "site"),
    "url": ("url", "link"),
    "date": ("date", "published", "published_at", "publishedat", "pubdate", "timestamp", "datetime"),
}


_MAX_ID_CHARS = 200  # a record's own id, kept as written up to this length


def decode_problem(exc: json.JSONDecodeError) -> str:
    """The decoder's message without its dangling " at" ("Invalid control character at"): the
    place is given beside it."""
    return exc.msg.removesuffix(" at")


def line_problem(exc: json.JSONDecodeError) -> str:
    """Why one JSON Lines line is no JSON, and where: "invalid JSON at column 24: Expecting ','
    delimiter". A line that ends inside its record (an unclosed brace or string, a record split
    over lines) is said so: the decoder places that on the newline ("column 1" of the next line,
    or an "Invalid control character"), which names no place to look at."""
    line = exc.doc.rstrip()
    if exc.pos >= len(line):
        return f"invalid JSON: the line ends at column {len(line)} inside its record (an unclosed {{, [ or string, or a record split over lines)"
    return f"invalid JSON at column {exc.colno}: {decode_problem(exc)}"


def _valid_url(value: Any, origin: str) -> str | None:
    """An http(s) URL that parses, as valid Unicode; None for anything else (``http://[::1``,
    ``javascript:...``: an address that is no web page is dropped and said on stderr)."""
    if not isinstance(value, str) or not value.strip():
        return None
    url = valid_text(value).strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
        parts.hostname  # noqa: B018
    except ValueError:
        logger.debug("url %r dropped: it does not parse", url[:200])
        return None
    if web_url(url) is None:
        logger.warning("%s: url %r dropped: not an http(s) address", origin, url[:80])
        return None
    return url


def _json_kind(value: Any) -> str:
    """What a JSON value is, with its article, in JSON's words ("a number", "an array")."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    name = type(value).__name__
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name


def record_to_document(record: Any, *, origin: str, path: str | None, fallback_source: str,
                       columns: Mapping[str, str] | None = None) -> Document:
    """One record to a Document; raises MalformedInput or EmptyInput naming ``origin``.
    ``columns`` maps a record field to the key it is under (``--columns``), as for a CSV."""
    if not isinstance(record, Mapping):
        raise MalformedInput(origin, f"record is {_json_kind(record)}, not an object")
    keys = {field: field_key(record, field, columns) for field in RECORD_FIELDS}
    text = record.get(keys["text"])
    if text is None:
        names = ", ".join(map(str, list(record)[:12])) or "none"
        wanted = " or ".join(repr(name) for name in dict.fromkeys([(columns or {}).get("text", "text"), "text"]))
        raise MalformedInput(origin, f"record has no {wanted} field (fields: {names}); "
                                     "map one with --columns text=<field>")
    if not isinstance(text, str):
        raise MalformedInput(origin, f"record's {keys['text']!r} is {_json_kind(text)}, not a string")
    text = normalize_text(_markup_text(valid_text(text)))
    if blank(text):
        raise EmptyInput(origin, f"record's {keys['text']!r} is empty")
    url = _valid_url(record.get(keys["url"]), origin)
    title = visible(_string(record.get(keys["title"])))
    led = headlined(title, text)
    return Document(
        text=led,
        led_by_title=led != text,
        title=title,
        source=visible(_string(record.get(keys["source"]))) or host_of(url) or fallback_source,
        path=path,
        url=url,
        date=iso_date(record.get(keys["date"])),
        language=_string(record.get("language")) or detect_language(text),
        origin=origin,
        record_id=_string(record.get(keys["id"])).strip()[:_MAX_ID_CHARS],
    )


# A record's text written as HTML (a scraped or CMS dump's body): a closing tag or a line break.
_MARKUP = re.compile(r"</(?:p|div|span|a|em|strong|b|i|u|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|"
                     r"article|script|style|td|tr|table)\s*>|<br\s*/?>", re.IGNORECASE)
_HIDDEN = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _markup_text(text: str) -> str:
    """A record's text as read: HTML markup (when it has closing tags) to its text, one paragraph
    a line, without scripts and styles; plain text as written ("3 < 4" stays)."""
    if not _MARKUP.search(text):
        return text
    from .feeds import html_to_text  # feeds reads records: imported when needed

    return html_to_text(_HIDDEN.sub(" ", text))


def field_key(record: Mapping[Any, Any], field: str, columns: Mapping[str, str] | None = None) -> str:
    """The key ``record`` holds ``field`` under: the key ``columns`` maps it to (in any case) when
    the record has it, else the field's own name, else the first of its :data:`COLUMN_ALIASES` the
    record has, in any case ("headline", "Body", "outlet"), as a CSV's columns are read; the
    field's own name when it has none. (One mapping serves a CSV and a JSONL dump given together:
    a record without the mapped key is read by its own names.)"""
    folded = {key.lower(): key for key in reversed(list(record)) if isinstance(key, str)}
    if columns and field in columns:
        wanted = columns[field]
        if wanted in record or wanted.lower() in folded:
            return wanted if wanted in record else folded[wanted.lower()]
    if field in record:
        return field
    return next((folded[alias] for alias in COLUMN_ALIASES[field] if alias in folded), field)


def _string(value: Any) -> str:
    """A record's field as a short, valid string: a string as it is, a number or a boolean
    written out; anything else (a list, an object) is not a title or an outlet name: ""."""
    if isinstance(value, str):
        return valid_text(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value) if abs(value) < 1e18 else ""
    return ""


def read_json(text: str, *, source: str, path: str | None,
              columns: Mapping[str, str] | None = None) -> Iterator[Document | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {decode_problem(exc)}") from exc
    except (ValueError, RecursionError, MemoryError) as exc:
        raise MalformedInput(source, f"unreadable JSON ({_json_problem(exc)})") from exc
    if is_gold(data):
        raise NotAnArticle(source, GOLD_REASON)
    if own_report_data(data):
        raise NotAnArticle(source, OWN_OUTPUT_REASON)
    stem = Path(source).stem
    key = _records_key(data, columns)
    if key is not None:  # {"status": "ok", "articles": [...]}: a news API's answer, an export
        data, source = data[key], f"{source}:{key}"
    if isinstance(data, list):
        if not data:
            raise EmptyInput(source, "JSON list has no records")
        for index, record in enumerate(data):
            origin = f"{source}[{index}]"
            try:
                yield record_to_document(record, origin=origin, path=path, fallback_source=f"{stem}[{index}]",
                                         columns=columns)
            except InputError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001 - one record never stops the file
                yield MalformedInput(origin, f"record unreadable ({type(exc).__name__}: {str(exc)[:200]})")
    else:
        try:
            yield record_to_document(data, origin=source, path=path, fallback_source=stem, columns=columns)
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise MalformedInput(source, f"record unreadable ({type(exc).__name__}: {str(exc)[:200]})") from exc


def _records_key(data: Any, columns: Mapping[str, str] | None) -> str | None:
    """The key of a JSON object with no text field under which its records are: the one value
    that is a list of objects (``articles``, ``items``, ``results``...); None when there is not
    exactly one."""
    if not isinstance(data, Mapping) or field_key(data, "text", columns) in data:
        return None
    lists = [key for key, value in data.items() if isinstance(key, str) and isinstance(value, list) and value
             and all(isinstance(item, Mapping) for item in value)]
    return lists[0] if len(lists) == 1 else None


def read_jsonl(text: str, *, source: str, path: str | None,
               columns: Mapping[str, str] | None = None) -> Iterator[Document | InputError]:
    stem = Path(source).stem
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        yield _jsonl_line(line, source=source, number=number, path=path, stem=stem, columns=columns)
    if not seen:
        raise EmptyInput(source, "no records (only blank lines)")


def _jsonl_line(line: str, *, source: str, number: int, path: str | None, stem: str,
                columns: Mapping[str, str] | None = None) -> Document | InputError:
    """One JSONL line as a document, or the error that says why it is skipped."""
    origin = f"{source}:{number}"
    try:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MalformedInput(origin, line_problem(exc)) from exc
        except (ValueError, RecursionError, MemoryError) as exc:
            raise MalformedInput(origin, f"unreadable JSON ({_json_problem(exc)})") from exc
        return record_to_document(record, origin=origin, path=path, fallback_source=f"{stem}:{number}", columns=columns)
    except InputError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one record never stops the file
        return MalformedInput(origin, f"record unreadable ({type(exc).__name__}: {str(exc)[:200]})")


def _json_problem(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, MemoryError):
        return "too large to hold"
    return f"{type(exc).__name__}: {str(exc)[:200]}"


# The shape of a rashomon gold file (see docs and the examples): an object naming its article
# files, with the expected findings. It sits beside the articles it describes; it is not one.
GOLD_REASON = "a rashomon gold file (expected findings for the articles beside it), not an article"
_GOLD_KEYS = frozenset({"shared", "unique", "conflicts", "entities", "framing", "boilerplate", "neutral"})


def is_gold(data: Any) -> bool:
    """Whether parsed JSON is a rashomon gold file: an object without ``text`` whose
    ``articles`` is a list of file names, with at least two of the gold sections."""
    if not isinstance(data, dict) or "text" in data:
        return False
    articles = data.get("articles")
    if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
        return False
    return len(_GOLD_KEYS & set(data)) >= 2


def read_jsonl_stream(
    handle: BinaryIO, *, source: str, path: str | None, max_bytes: int, columns: Mapping[str, str] | None = None
) -> Iterator[Document | InputError]:
    """:func:`read_jsonl` over an open binary file, one line at a time.

    A line longer than ``max_bytes`` is skipped (and not held in memory); a line that is not
    UTF-8 is decoded like a file (declared charset aside: a confident guess, else skipped).
    """
    stem = Path(source).stem
    seen = 0
    number = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            break
        number += 1
        origin = f"{source}:{number}"
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            skipped = len(raw) + _skip_rest_of_line(handle)
            yield TooLarge(origin, f"line of {skipped:,} bytes over the limit of {max_bytes:,}")
            seen += 1
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        raw = raw.replace(b"\x00", b"")
        if not raw.strip():
            continue
        seen += 1
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line = decode_bytes(raw, origin)
            except InputError as exc:
                yield exc
                continue
        yield _jsonl_line(line, source=source, number=number, path=path, stem=stem, columns=columns)
    if not seen:
        raise EmptyInput(source, "no records (only blank lines)")


def _skip_rest_of_line(handle: BinaryIO, chunk: int = 1 << 20) -> int:
    """Read past the end of the current line; the number of bytes skipped."""
    skipped = 0
    while True:
        part = handle.readline(chunk)
        skipped += len(part)
        if not part or part.endswith(b"\n"):
            return skipped


def csv_delimiter(start: str, fmt: str = "csv") -> str:
    """The cell delimiter of a CSV or TSV file from its first characters: a tab for TSV; for CSV a
    comma, or a semicolon when the header line has semicolons and no comma (the CSV that
    spreadsheets export in locales whose decimal mark is a comma)."""
    header = start.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    hint = SEPARATOR_HINT.fullmatch(header)
    if hint:
        return hint.group(1)
    if fmt == "tsv":
        return "\t"
    return ";" if ";" in header and "," not in header else ","


# A spreadsheet's first line naming the cell delimiter ("sep=;"), before the header: Excel reads it.
SEPARATOR_HINT = re.compile(r'"?sep=([^\r\n])"?[ \t]*', re.IGNORECASE)


def read_csv(
    text: str, *, source: str, path: str | None, columns: Mapping[str, str] | None = None, delimiter: str = ","
) -> Iterator[Document | InputError]:
    """``columns`` maps a record field to its CSV column (default: the field's own name)."""
    lines = io.StringIO(text, newline="")
    yield from _csv_documents(lambda: csv.reader(lines, delimiter=delimiter), None, source=source, path=path,
                              columns=columns, delimiter=delimiter)


def read_csv_stream(
    handle: BinaryIO, *, source: str, path: str | None, max_bytes: int, columns: Mapping[str, str] | None = None,
    delimiter: str = ",",
) -> Iterator[Document | InputError]:
    """:func:`read_csv` over an open binary file, one row at a time (a row may span lines
    inside a quoted cell).

    A row of more than ``max_bytes`` is skipped with its line number, its cells not held in
    memory (the rest of it is read for its quotes and delimiters alone, so the next row is
    found where it starts); a line that is not UTF-8 is decoded like a file (a confident
    guess) or its row is skipped.
    """
    lines = _CsvLines(handle, max_bytes, delimiter, source)
    yield from _csv_documents(lambda: csv.reader(lines, delimiter=delimiter), lines, source=source, path=path,
                              columns=columns, delimiter=delimiter)


class CrLines:
    """A binary file whose line ends (CR alone, CRLF or LF) all read as LF, for files written
    with old Mac line endings: ``readline(limit)`` as a file's. A CR inside a quoted cell reads
    as LF too, which text normalisation would do anyway."""

    _CHUNK = 1 << 16

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.buffer = b""
        self.pos = 0
        self.carry = b""  # a CR at the end of a chunk, until the next tells whether LF follows
        self.eof = False

    def _fill(self) -> None:
        data = self.carry + self.handle.read(self._CHUNK)
        self.carry = b""
        if len(data) == 0:
            self.eof = True
            return
        if data.endswith(b"\r") and not self.eof:
            data, self.carry = data[:-1], b"\r"
            if not data:
                more = self.handle.read(self._CHUNK)
                if not more:
                    data, self.carry, self.eof = b"\n", b"", True
                else:
                    self.carry = b""
                    data = b"\r" + more
        self.buffer = self.buffer[self.pos:] + data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        self.pos = 0

    def readline(self, limit: int = -1) -> bytes:
        while True:
            end = self.buffer.find(b"\n", self.pos)
            if end >= 0 and (limit < 0 or end - self.pos < limit):
                line, self.pos = self.buffer[self.pos:end + 1], end + 1
                return line
            if limit >= 0 and len(self.buffer) - self.pos >= limit:
                line, self.pos = self.buffer[self.pos:self.pos + limit], self.pos + limit
                return line
            if self.eof:
                line, self.pos = self.buffer[self.pos:], len(self.buffer)
                return line
            self._fill()


def has_lone_cr(head: bytes) -> bool:
    """Whether the first bytes use CR alone as a line end."""
    return re.search(rb"\r(?!\n)", head[:-1] if head.endswith(b"\r") else head) is not None


class _CsvLines:
    """A binary file's lines as text, for ``csv.reader``: counts the lines and the bytes of the
    row being read; once a row is over ``max_bytes`` (or a line of it cannot be decoded) the
    rest of the row is given as its skeleton (quotes, delimiters and line ends, every other run
    of bytes one ``x``), which the reader parses in step with the file but which holds nothing."""

    _CHUNK = 1 << 16

    def __init__(self, handle: BinaryIO, max_bytes: int, delimiter: str, source: str) -> None:
        self.handle, self.max_bytes, self.source = handle, max_bytes, source
        self.other = re.compile(b'[^"\r\n' + re.escape(delimiter.encode("ascii")) + b"]+")
        self.number = 0  # lines read
        self.row_bytes = 0  # bytes of the row being read
        self.problem: InputError | None = None  # why the row being read is skipped

    def __iter__(self) -> _CsvLines:
        return self

    def next_row(self) -> InputError | None:
        """Start a new row; returns why the last one is skipped (None: it is not)."""
        problem, self.problem, self.row_bytes = self.problem, None, 0
        return problem

    def __next__(self) -> str:
        if self.problem is not None:
            return self._skeleton(b"")
        raw = self.handle.readline(max(self.max_bytes - self.row_bytes, 0) + 1)
        if not raw:
            raise StopIteration
        self.number += 1
        if self.number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        self.row_bytes += len(raw)
        raw = raw.replace(b"\x00", b"")
        if self.row_bytes > self.max_bytes:
            self.problem = TooLarge(f"{self.source}:{self.number}", "row over the limit")
            return self._skeleton(raw)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return decode_bytes(raw, f"{self.source}:{self.number}")
            except InputError as exc:
                self.problem = exc
                return self._skeleton(raw, counted=True)

    def _skeleton(self, start: bytes, *, counted: bool = False) -> str:
        """The skeleton of the rest of the physical line ``start`` begins (a new line when
        ``start`` is empty); its bytes are counted in the row's size."""
        part = start
        if not part:
            part = self.handle.readline(self._CHUNK)
            if not part:
                raise StopIteration
            self.number += 1
            self.row_bytes += len(part)
        pieces = [self.other.sub(b"x", part)]
        while not part.endswith(b"\n"):
            part = self.handle.readline(self._CHUNK)
            if not part:
                break
            self.row_bytes += len(part)
            pieces.append(self.other.sub(b"x", part))
        if isinstance(self.problem, TooLarge):
            self.problem = TooLarge(self.problem.source, f"row of at least {self.row_bytes:,} bytes over the limit "
                                                         f"of {self.max_bytes:,}")
        return b"".join(pieces).decode("ascii", errors="replace")


def _header_row(reader: Iterator[list[str]], lines: Any, source: str, missing: str) -> list[str]:
    """The next row of a CSV reader, read as a header: EmptyInput with ``missing`` when there is
    none, MalformedInput when it cannot be read (``lines``: the line tracker of a streamed file)."""
    try:
        header = next(reader)
    except StopIteration:
        raise EmptyInput(source, missing) from None
    except csv.Error as exc:
        raise MalformedInput(source, f"CSV header unreadable: {exc}") from exc
    if lines is not None:
        problem = lines.next_row()
        if problem is not None:
            raise MalformedInput(source, f"CSV header unreadable: {problem.reason}")
    return header


def _csv_documents(
    make_reader: Callable[[], Iterator[list[str]]], lines: _CsvLines | None, *, source: str, path: str | None,
    columns: Mapping[str, str] | None, delimiter: str = ",",
) -> Iterator[Document | InputError]:
    """The rows of a CSV reader as documents (or errors), each named by the line it starts on."""
    mapping: dict[str, str] = {}
    # Article bodies can exceed csv's default 128 KB field limit; the file (or row) is already capped.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))
    reader = make_reader()
    header = _header_row(reader, lines, source, "CSV has no header")
    if len(header) <= 2 and SEPARATOR_HINT.fullmatch(delimiter.join(header)):  # "sep=;": the header follows
        header = _header_row(reader, lines, source, "CSV has no header after its 'sep=' line")
    header = [name.strip() for name in header]
    folded = {name.lower(): name for name in reversed(header)}
    for field in RECORD_FIELDS:
        if columns and field in columns:
            wanted = columns[field]
            if wanted not in header and wanted.lower() not in folded:
                raise MalformedInput(source, f"CSV has no {wanted!r} column for the {field} "
                                             f"(columns: {', '.join(header)})")
            mapping[field] = wanted if wanted in header else folded[wanted.lower()]
        else:
            found = next((folded[a] for a in COLUMN_ALIASES[field] if a in folded), None)
            if found is not None:
                mapping[field] = found
    headlines_only = mapping.get("text") not in header and mapping.get("title") in header and not (columns and "text" in columns)
    if mapping.get("text") not in header and not headlines_only:
        wanted = columns["text"] if columns and "text" in columns else "text"
        raise MalformedInput(
            source,
            f"CSV has no {wanted!r} column for the article text (columns: {', '.join(header)}); "
            "map one with --columns text=<column> (CLI) or csv_columns={'text': '<column>'} (Python)",
        )
    if headlines_only:  # a file of headlines (UCI News): each headline is its record's text too
        mapping["text"] = mapping["title"]
    index = {name: header.index(column) for name, column in mapping.items() if column in header}
    stem = Path(source).stem
    previous_line = lines.number if lines is not None else reader.line_num  # type: ignore[attr-defined]
    rows = 0
    while True:
        start_line = previous_line + 1
        origin = f"{source}:{start_line}"
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield MalformedInput(origin, f"CSV row unreadable: {exc}")
            break  # the reader cannot resynchronise after a broken quote
        previous_line = lines.number if lines is not None else reader.line_num  # type: ignore[attr-defined]
        problem = lines.next_row() if lines is not None else None
        if problem is not None:
            rows += 1
            yield type(problem)(origin, problem.reason)
            continue
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        if len(row) != len(header):
            yield MalformedInput(origin, f"row has {len(row)} cells, the header has {len(header)}")
            continue
        record = {name: row[i] for name, i in index.items()}
        try:
            yield record_to_document(record, origin=origin, path=path, fallback_source=f"{stem}:{start_line}")
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one row never stops the file
            yield MalformedInput(origin, f"row unreadable ({type(exc).__name__}: {str(exc)[:200]})")
    if not rows:
        raise EmptyInput(source, "CSV has a header but no rows")
