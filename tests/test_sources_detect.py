"""rashomon.sources.detect: what a skipped file's reason tells the user to do."""

from __future__ import annotations

import pytest

from rashomon.errors import BinaryInput, DecodeError
from rashomon.sources.detect import check_binary, decode_bytes


@pytest.mark.parametrize(("data", "hint"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "save its text as a .txt file"),
    (b"PK\x03\x04\x14\x00\x06\x00", "save its text as a .txt file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "save its text as a .txt file"),
])
def test_a_document_file_that_holds_text_says_how_to_read_it(data: bytes, hint: str) -> None:
    """A PDF or a Word file is skipped as binary, and its reason now says what to do with it."""
    with pytest.raises(BinaryInput, match=hint):
        check_binary(data, "story.pdf")


def test_a_text_in_an_encoding_no_guess_reads_says_how_to_convert_it() -> None:
    data = "ドルンハーフェンで化学物質漏れ".encode("shift_jis")
    with pytest.raises(DecodeError, match=r"save it as UTF-8 \(iconv -f ENCODING -t UTF-8\)"):
        decode_bytes(data, "japan.txt")
