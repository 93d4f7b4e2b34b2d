"""Plain-text files to documents (sources/files.py, sources/reading.py)."""

import pytest

from rashomon.errors import EmptyInput
from rashomon.sources import read_sources
from rashomon.sources.files import text_document


@pytest.mark.parametrize("text", ["\u202e\u200b\u2066\n\u200b\n", "\ufeff \u200d\t\u2069", "\u00ad\n\u2060"])
def test_a_text_of_only_invisible_characters_is_empty(tmp_path, text):
    """Bidi controls, zero-width spaces and joiners show nothing: such a file was compared as an
    article of two "sentences", titled with the controls."""
    with pytest.raises(EmptyInput):
        text_document(text, source="blank.txt", outlet="blank", fallback_title="blank")
    path = tmp_path / "blank.txt"
    path.write_text(text, encoding="utf-8")
    documents, skipped = read_sources([str(path)])
    assert documents == [] and len(skipped) == 1 and "invisible" in skipped[0].reason


def test_a_text_with_words_and_a_zero_width_space_is_an_article():
    document = text_document("The ferry\u200b sank on Sunday.", source="a.txt", outlet="a", fallback_title="a")
    assert document.text == "The ferry\u200b sank on Sunday."
