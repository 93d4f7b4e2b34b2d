"""Bytes to text: binary sniffing, encoding detection, newline normalisation, language.

Every check raises the precise :class:`~rashomon.errors.InputError` subclass, so the caller
can turn it into a ``Skipped`` reason.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from ..errors import BinaryInput, DecodeError, EmptyInput

logger = logging.getLogger(__name__)

# Leading bytes of common binary formats a user may hand us by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"PK\x03\x04", "ZIP (or DOCX/XLSX/EPUB)"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE)"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"RIFF", "RIFF (WAV/AVI/WEBP)"),
    (b"OggS", "Ogg"),
    (b"ID3", "MP3"),
    (b"\x00\x00\x00\x18ftyp", "MP4"),
    (b"\x00\x00\x00\x20ftyp", "MP4"),
    (b"\x00\x00\x00\x1cftyp", "MP4"),
    (b"WARC/", "WARC archive"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control bytes that never occur in text (tab, LF, CR, form feed and ESC aside).
_CONTROL = frozenset(set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x1B)) | set(range(0x1C, 0x20)) | {0x7F})
_CONTROL_SHARE = 0.10  # above this share of the first block, the bytes are not text
_SNIFF = 8192
_NUL_SHARE = 0.01  # more NUL bytes than this share of the first block (and more than _NUL_FEW): not text
_NUL_FEW = 16  # this many NUL bytes or fewer are dropped from text, never a reason to skip it

# charset_normalizer guesses on legacy-encoded text; we only take a guess that reads as
# language (coherence) and has few odd characters (chaos). Short or random bytes fail both.
_MAX_CHAOS = 0.10
_MIN_COHERENCE = 0.30

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


# the kinds of file above that hold an article's text in a form not read here (said in the skip reason)
_DOCUMENTS = ("PDF", "ZIP (or DOCX/XLSX/EPUB)", "MS Office (OLE)")


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def check_binary(data: bytes, source: str) -> None:
    """Raise BinaryInput when ``data`` is clearly not text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            hint = "; rashomon does not read its text: save its text as a .txt file" if kind in _DOCUMENTS else ""
            raise BinaryInput(source, f"binary content ({kind} file signature){hint}")
    if bom_encoding(data):  # UTF-16/32 text legitimately holds NUL bytes
        return
    head = data[:_SNIFF]
    nuls = head.count(b"\x00")
    if nuls > _NUL_FEW and nuls / len(head) > _NUL_SHARE:  # stray NULs are dropped when decoding; many mean binary
        first = head.find(b"\x00")
        raise BinaryInput(source, f"binary content ({nuls} NUL bytes in the first {len(head)}, from offset {first})")
    control = sum(1 for byte in head if byte in _CONTROL)
    if head and control / len(head) > _CONTROL_SHARE:
        raise BinaryInput(source, f"binary content ({control} control bytes in the first {len(head)})")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if any."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or re.search(rb"""<\?xml[^>]+encoding=["']([A-Za-z0-9_.:-]+)""", head)
    return match.group(1).decode("ascii", "replace") if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        info = codecs.lookup(name.strip().strip("\"'"))
    except (LookupError, ValueError, TypeError):
        logger.debug("unknown declared charset %r ignored", name)
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        logger.debug("declared charset %r is not a text encoding; ignored", name)  # rot13, base64, zlib, hex...
        return None
    return info.name


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode text: BOM, then UTF-8, then a declared charset, then a confident guess; NUL
    characters are dropped from the result.

    Raises DecodeError naming the offset of the first byte UTF-8 cannot read.
    """
    text = _decode(data, source, declared)
    return text.replace("\x00", "") if "\x00" in text else text


def _decode(data: bytes, source: str, declared: str | None) -> str:
    bom = bom_encoding(data)
    if bom:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as exc:
            raise DecodeError(source, f"cannot decode as {bom} (byte order mark): bad byte at offset {exc.start}") from exc
        return text.lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    codec = _codec(declared)
    if codec and codec not in ("utf-8", "utf-16", "utf-32"):
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError):
            logger.debug("%s: declared charset %s does not read it", source, codec)
    guess = _confident_guess(data)
    if guess is not None:
        encoding, text = guess
        logger.info("%s: not UTF-8, decoded as %s", source, encoding)
        return text
    bad = data[utf8_error.start : utf8_error.start + 1]
    raise DecodeError(
        source,
        f"not UTF-8 (invalid byte 0x{bad.hex()} at offset {utf8_error.start}) and no other encoding reads it confidently; "
        "save it as UTF-8 (iconv -f ENCODING -t UTF-8)",
    )


def _confident_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a third-party guesser on untrusted bytes: no guess
        logger.debug("charset guess failed", exc_info=True)
        return None
    if best is None:
        return None
    if best.chaos > _MAX_CHAOS or best.coherence < _MIN_COHERENCE:
        logger.debug("charset guess %s rejected: chaos %.2f, coherence %.2f", best.encoding, best.chaos, best.coherence)
        return None
    return best.encoding, str(best)


_TRAILING_SPACE = re.compile(r"[ \t\u00a0\u3000]+$", re.MULTILINE)


def normalize_text(text: str) -> str:
    """CRLF and CR to LF, no trailing spaces, no blank lines at either end; nothing else."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _has_trailing_space(text):
        text = _TRAILING_SPACE.sub("", text)
    return text.strip("\n")


def _has_trailing_space(text: str) -> bool:
    """Whether any line ends in a space: a few substring tests, cheaper than the regex."""
    if text[-1:] in _SPACES:
        return True
    return any(space + "\n" in text for space in _SPACES)


_SPACES = (" ", "\t", "\u00a0", "\u3000")


def blank(text: str) -> str:
    """Why ``text`` shows nothing: "only whitespace", "only invisible characters" (bidi controls,
    zero-width spaces and joiners, a soft hyphen: Unicode format characters, with whitespace or
    not); "" when it has something to read."""
    if not text.strip():
        return "only whitespace"
    if all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text):
        return "only invisible characters"
    return ""


def visible(value: str) -> str:
    """``value`` stripped, or "" when it shows nothing (see :func:`blank`): an outlet or a title
    made of a zero-width space is no name, as a blank one is not, and takes the same fallback."""
    return "" if blank(value) else value.strip()


def require_text(text: str, source: str, what: str = "no text") -> str:
    if not text.strip():
        raise EmptyInput(source, what)
    return text


# Below this many letters a language guess is noise.
_MIN_LETTERS_FOR_LANGUAGE = 20
# A paragraph settles the guess; more only costs time: py3langid walks the bytes in Python, 0.27 ms
# of CPU for 400 characters, 1.9 ms for 4,000 (the dearest step of reading a 600-word article).
_LANGUAGE_SAMPLE = 400


# English prose settles its own language: these words, common in any English text and not
# words of the other major Latin-script languages (no "to" (Polish), "is" (Dutch), "was" (German),
# "for" (Danish, Norwegian), "had" (Dutch), "a", "in", "an", "on"), make up 8-25% of the words of a
# news paragraph; a sample with at least _ENGLISH_HITS of them, and at least _ENGLISH_SHARE of
# its words, is English without the classifier. py3langid costs 0.3-0.5 ms of CPU per article
# (a byte-by-byte walk over a 39 MB table, cold after each database write), about half the
# reading process's work for English news; the check costs a few microseconds. Anything else
# (other languages, English with few of these words) goes to py3langid as before. Agreement
# with py3langid is tested on the ECB+ texts and on samples of other languages.
_ENGLISH = frozenset(
    "the of and that with from his this which who their they have has been were said would there about".split()
)
_ENGLISH_HITS = 4
_ENGLISH_SHARE = 0.06
_WORDS = re.compile(r"[^\W\d_]+")


def looks_english(sample: str) -> bool:
    """Whether ``sample`` (a paragraph) holds enough of the :data:`_ENGLISH` words to be English."""
    return _looks_english(_WORDS.findall(sample))


def _looks_english(words: list[str]) -> bool:
    hits = sum(map(_ENGLISH.__contains__, map(str.lower, words)))
    return hits >= _ENGLISH_HITS and hits >= _ENGLISH_SHARE * len(words)


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` by py3langid, or "" when the text is too short to tell.

    English prose is recognised by its commonest words first (:func:`looks_english`), without
    the classifier."""
    sample = text[:_LANGUAGE_SAMPLE]
    words = _WORDS.findall(sample)  # runs of letters: their lengths add up to the letters
    if sum(map(len, words)) < _MIN_LETTERS_FOR_LANGUAGE:
        return ""
    if _looks_english(words):
        return "en"
    import py3langid

    language, _score = py3langid.classify(sample)
    return str(language)


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(value: str) -> str:
    """``value`` as valid Unicode: lone surrogates (from JSON escapes such as ``"\\ud800"``,
    or undecodable file names) become U+FFFD, NUL characters are dropped."""
    if _SURROGATE.search(value):
        value = _SURROGATE.sub("\ufffd", value)
    return value.replace("\x00", "") if "\x00" in value else value


# rashomon's own reports, written beside the articles they compare (``compare story/ -o
# story/report.html``): read back as articles, they would be compared with their own sources.
OWN_OUTPUT_REASON = "a rashomon report (what compare, inspect or show wrote), not an article"
_OWN_HEADINGS = frozenset({"# rashomon report", "# rashomon inspect"})
_OWN_HTML = re.compile(r"""<meta\s+name=["']generator["']\s+content=["']rashomon\b""", re.IGNORECASE)


def own_output(text: str, fmt: str) -> bool:
    """Whether decoded ``text`` of format ``fmt`` ("text" or "html") is a report rashomon wrote:
    Markdown opening with its heading, HTML naming rashomon as its generator."""
    if fmt == "html":
        return bool(_OWN_HTML.search(text[:4096]))
    if fmt == "text":
        return text.lstrip("\ufeff").lstrip().split("\n", 1)[0].strip() in _OWN_HEADINGS
    return False


def own_report_data(data: object) -> bool:
    """Whether parsed JSON is a rashomon report (``"schema": "rashomon.report/..."``)."""
    return isinstance(data, dict) and isinstance(data.get("schema"), str) and data["schema"].startswith("rashomon.report/")
