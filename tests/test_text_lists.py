"""text.lists: names listed in plain English."""

from rashomon.text import plain_list


def test_names_are_listed_with_commas_and_a_last_and() -> None:
    assert plain_list([]) == ""
    assert plain_list(["Wire"]) == "Wire"
    assert plain_list(["Wire", "Daily"]) == "Wire and Daily"
    assert plain_list(["Wire", "Daily", "Post", "Herald"]) == "Wire, Daily, Post and Herald"
    assert plain_list(x for x in ("a", "b", "c")) == "a, b and c"
