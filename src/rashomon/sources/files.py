"""Local files and folders: size check before reading, format by extension, text files."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import EmptyInput, InputError, TooLarge
from ..model import Document
from .detect import blank, detect_language, normalize_text

# Format of a file by its extension; a folder is read for these only.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",  # a feed, or a page: told apart by the content
}

# Files a folder of articles often also holds that are about the folder, not news: README,
# LICENSE, CHANGELOG, SOURCE (a data set's provenance) and the like. In a folder they are
# skipped and reported; named on their own, they are read like any file.
DOCUMENTATION_NAMES = frozenset({
    "README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG", "CHANGES", "HISTORY",
    "AUTHORS", "CONTRIBUTORS", "CONTRIBUTING", "CODE_OF_CONDUCT", "SOURCE", "SOURCES", "MANIFEST",
})
_SUFFIXED = re.compile(r"^([A-Z_]+)[-_.]")


def is_documentation(path: Path) -> bool:
    """True for README.md, readme.txt, LICENSE-MIT.txt, CHANGELOG.md, SOURCE.md...: the stem is
    one of :data:`DOCUMENTATION_NAMES` in any case, or one of them in capitals followed by
    ``-``, ``_`` or ``.`` and more (``README-fr``, ``LICENSE.MIT``)."""
    stem = path.stem
    if stem.upper() in DOCUMENTATION_NAMES:
        return True
    match = _SUFFIXED.match(stem)
    return bool(match and match.group(1) in DOCUMENTATION_NAMES)


DOCUMENTATION_REASON = (
    "documentation, not an article (README, LICENSE, CHANGELOG, SOURCE... files are skipped in a folder; "
    "name the file itself to ingest it)"
)

# A first line is taken as the title when it is short and does not end as a sentence does.
_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 25
_SENTENCE_END = re.compile(r"[.,;:…]['\"’”»)\]]*$")


def known_type(path: Path) -> bool:
    """Whether a folder's file is read: its extension is one of :data:`FORMATS`, or a web archive's."""
    return path.suffix.lower() in FORMATS or path.name.lower().endswith((".warc", ".warc.gz"))


def unknown_type_reason(path: Path) -> str:
    """Why a folder's file of another type is not read (reported as skipped, as other skips are)."""
    kind = f"“{path.suffix}”" if path.suffix else "a file with no extension"
    return (f"not read: {kind} is not a type a folder is read for (text, Markdown, HTML, JSON, JSONL, CSV, TSV, "
            "RSS/Atom, WARC); name the file itself to read it")


def list_folder(folder: Path, *, unknown: bool = False) -> list[Path]:
    """Files under ``folder`` (recursively, sorted, hidden ones left out) with a known extension;
    with ``unknown``, the files of other types too, in their place (:func:`known_type` tells
    them apart; the caller reports them as skipped)."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() and (unknown or known_type(path)):
            found.append(path)
    return found


def read_bytes(path: Path, *, source: str, max_bytes: int) -> bytes:
    """The file's bytes; its size is checked before anything is read."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLarge(source, f"{size:,} bytes over the limit of {max_bytes:,}")
        if size == 0:
            raise EmptyInput(source, "empty file (0 bytes)")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise TooLarge(source, f"more than {max_bytes:,} bytes")
    return data


def title_from_first_line(text: str) -> str:
    """The first line when it reads as a headline, else ""."""
    first, newline, rest = text.partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not first:
        return ""
    if len(first) > _TITLE_MAX_CHARS or len(first.split()) > _TITLE_MAX_WORDS:
        return ""
    return "" if _SENTENCE_END.search(first) else first


def headlined(title: str, text: str) -> str:
    """``text`` led by ``title`` on a line of its own, unless its first line already tells it: a
    record's or a form's headline given apart from the body is still the article's first words,
    read for framing, names and figures as a text file's headline is."""
    title = title.strip()
    first = text.lstrip().partition("\n")[0]
    if not title or _folded(first).startswith(_folded(title)) or _folded(title).startswith(_folded(first)):
        return text
    return f"{title}\n{text}"


def _folded(line: str) -> str:
    return " ".join(line.split()).casefold()


def text_document(
    text: str, *, source: str, outlet: str, fallback_title: str, path: str | None = None, url: str | None = None
) -> Document:
    """A plain-text article: text kept whole, title from a headline-like first line."""
    text = normalize_text(text)
    if empty := blank(text):
        raise EmptyInput(source, empty)
    return Document(
        text=text,
        title=title_from_first_line(text) or fallback_title,
        source=outlet,
        path=path,
        url=url,
        language=detect_language(text),
        origin=source,
    )


WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a web archive (read by :mod:`.warc`, which imports warcio)."""
    return os.fspath(path).lower().endswith(WARC_SUFFIXES)
