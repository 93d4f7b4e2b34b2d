"""Structured inputs: JSON (one record or a list), JSONL (one record a line) and CSV.

A record is ``{title, text, source, url, date}`` (``text`` required, ``id`` and other keys
ignored). A bad record does not stop the file: it becomes an error value yielded in its
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
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import EmptyInput, InputError, MalformedInput, TooLarge
from ..model import Document
from .detect import decode_bytes, detect_language, normalize_text
from .url import host_of

logger = logging.getLogger(__name__)

RECORD_FIELDS = ("title", "text", "source", "url", "date")


def iso_date(value: Any) -> str | None:
    """ISO 8601 for the date forms news data uses; an unknown form is kept as written."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit() and len(value.strip()) >= 9):
        stamp = float(value)
        if stamp > 1e11:  # milliseconds since the epoch
            stamp /= 1000
        return datetime.fromtimestamp(stamp, tz=timezone.utc).isoformat()
    text = str(value).strip()
    try:
        return date.fromisoformat(text).isoformat()  # a day stays a day
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()  # RFC 2822, as in RSS
    except (TypeError, ValueError, IndexError):
        logger.debug("date %r kept as written", text)
        return text


def record_to_document(record: Any, *, origin: str, path: str | None, fallback_source: str) -> Document:
    """One record to a Document; raises MalformedInput or EmptyInput naming ``origin``."""
    if not isinstance(record, Mapping):
        raise MalformedInput(origin, f"record is a JSON {type(record).__name__}, not an object")
    text = record.get("text")
    if text is None:
        keys = ", ".join(map(str, list(record)[:12])) or "none"
        raise MalformedInput(origin, f"record has no 'text' field (fields: {keys})")
    if not isinstance(text, str):
        raise MalformedInput(origin, f"record's 'text' is a {type(text).__name__}, not a string")
    text = normalize_text(text)
    if not text.strip():
        raise EmptyInput(origin, "record's 'text' is empty")
    url = _string(record.get("url")) or None
    return Document(
        text=text,
        title=_string(record.get("title")).strip(),
        source=_string(record.get("source")).strip() or host_of(url) or fallback_source,
        path=path,
        url=url,
        date=iso_date(record.get("date")),
        language=_string(record.get("language")) or detect_language(text),
        origin=origin,
    )


def _string(value: Any) -> str:
    return "" if value is None else str(value)


def read_json(text: str, *, source: str, path: str | None) -> Iterator[Document | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    stem = Path(source).stem
    if isinstance(data, list):
        if not data:
            raise EmptyInput(source, "JSON list has no records")
        for index, record in enumerate(data):
            origin = f"{source}[{index}]"
            try:
                yield record_to_document(record, origin=origin, path=path, fallback_source=f"{stem}[{index}]")
            except InputError as exc:
                yield exc
    else:
        yield record_to_document(data, origin=source, path=path, fallback_source=stem)


def read_jsonl(text: str, *, source: str, path: str | None) -> Iterator[Document | InputError]:
    stem = Path(source).stem
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        yield _jsonl_line(line, source=source, number=number, path=path, stem=stem)
    if not seen:
        raise EmptyInput(source, "no records (only blank lines)")


def _jsonl_line(line: str, *, source: str, number: int, path: str | None, stem: str) -> Document | InputError:
    """One JSONL line as a document, or the error that says why it is skipped."""
    origin = f"{source}:{number}"
    try:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MalformedInput(origin, f"invalid JSON at column {exc.colno}: {exc.msg}") from exc
        return record_to_document(record, origin=origin, path=path, fallback_source=f"{stem}:{number}")
    except InputError as exc:
        return exc


def read_jsonl_stream(
    handle: BinaryIO, *, source: str, path: str | None, max_bytes: int
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
        yield _jsonl_line(line, source=source, number=number, path=path, stem=stem)
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


def read_csv(
    text: str, *, source: str, path: str | None, columns: Mapping[str, str] | None = None, delimiter: str = ","
) -> Iterator[Document | InputError]:
    """``columns`` maps a record field to its CSV column (default: the field's own name)."""
    lines = io.StringIO(text, newline="")
    yield from _csv_documents(lambda: csv.reader(lines, delimiter=delimiter), None, source=source, path=path,
                              columns=columns)


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
                              columns=columns)


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


def _csv_documents(
    make_reader: Callable[[], Iterator[list[str]]], lines: _CsvLines | None, *, source: str, path: str | None,
    columns: Mapping[str, str] | None,
) -> Iterator[Document | InputError]:
    """The rows of a CSV reader as documents (or errors), each named by the line it starts on."""
    mapping = {name: name for name in RECORD_FIELDS}
    mapping.update(columns or {})
    # Article bodies can exceed csv's default 128 KB field limit; the file (or row) is already capped.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))
    reader = make_reader()
    try:
        header = next(reader)
    except StopIteration:
        raise EmptyInput(source, "CSV has no header") from None
    except csv.Error as exc:
        raise MalformedInput(source, f"CSV header unreadable: {exc}") from exc
    if lines is not None:
        problem = lines.next_row()
        if problem is not None:
            raise MalformedInput(source, f"CSV header unreadable: {problem.reason}")
    header = [name.strip() for name in header]
    if mapping["text"] not in header:
        raise MalformedInput(
            source,
            f"CSV has no {mapping['text']!r} column for the article text (columns: {', '.join(header)}); "
            "map one with csv_columns={'text': '<column>'}",
        )
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
    if not rows:
        raise EmptyInput(source, "CSV has a header but no rows")
