"""Records read from CSV (sources/records.py)."""

import pytest

from rashomon.errors import MalformedInput
from rashomon.sources.records import read_csv


def test_a_csv_without_a_text_column_names_both_ways_to_map_one():
    with pytest.raises(MalformedInput) as problem:
        list(read_csv("name,score\nAlda,12\n", source="feed.csv", path=None))
    message = str(problem.value)
    assert "'text'" in message and "name, score" in message
    assert "--columns text=<column>" in message and "csv_columns=" in message


def test_a_mapped_text_column_reads_the_record():
    (document,) = list(read_csv("id,body\nr1,Some words here.\n", source="feed.csv", path=None, columns={"text": "body"}))
    assert not isinstance(document, Exception)
    assert document.text.startswith("Some words")


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])
