"""Near duplicates: MinHash over word shingles, banded LSH (the bands datasketch would choose)."""

from __future__ import annotations

import random

import pytest

from rashomon.stories.dedup import NearDuplicates, shingle_hashes, token_hashes, tokenize
from rashomon.errors import InputError

_WORDS = (
    "minister council river harbour vote budget storm police court market school hospital bridge "
    "election farmer engine museum festival treaty border airport factory strike tariff senator "
    "village coach player league drought flood vaccine union contract pipeline orchard"
).split()


def article(seed: int, words: int = 200) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(_WORDS) for _ in range(words)) + "."


def edited(text: str, changes: int, seed: int = 0) -> str:
    """The text with ``changes`` words replaced, as a copy desk would touch a wire story."""
    rng = random.Random(seed)
    words = text.split()
    for position in rng.sample(range(len(words)), changes):
        words[position] = "EDITED"
    return " ".join(words)


def test_exact_copy_is_a_duplicate_of_the_original() -> None:
    index = NearDuplicates()
    assert index.add("wire", article(1)) is None
    assert index.add("copy", article(1)) == "wire"


def test_light_edit_is_a_duplicate_and_heavy_rewrite_is_not() -> None:
    index = NearDuplicates()
    original = article(2)
    index.add("wire", original)
    assert index.add("light", edited(original, 4)) == "wire"
    # A third of the words changed breaks most three-word shingles: a different text.
    assert index.add("heavy", edited(original, 70, seed=1)) is None


def test_unrelated_texts_are_not_duplicates() -> None:
    index = NearDuplicates()
    found = [index.add(f"a{seed}", article(seed)) for seed in range(100, 160)]
    assert found == [None] * 60
    assert len(index) == 60


def test_copy_of_copy_points_at_first_original_and_copies_are_not_indexed() -> None:
    index = NearDuplicates()
    index.add("first", article(3))
    assert index.add("second", article(3)) == "first"
    assert index.add("third", article(3)) == "first"
    assert len(index) == 1


def test_closest_original_wins() -> None:
    index = NearDuplicates(threshold=0.5)
    base = article(4)
    index.add("far", edited(base, 25, seed=2))
    index.add("near", edited(base, 2, seed=3))
    assert index.add("probe", base) == "near"


def test_capacity_evicts_oldest_original() -> None:
    index = NearDuplicates(capacity=2)
    index.add("old", article(5))
    index.add("mid", article(6))
    index.add("new", article(7))
    assert len(index) == 2
    assert index.add("copy-of-old", article(5)) is None  # evicted: treated as new
    assert index.add("copy-of-new", article(7)) == "new"


def test_repeated_id_is_an_input_error() -> None:
    index = NearDuplicates()
    index.add("x", article(8))
    with pytest.raises(InputError, match="duplicate id"):
        index.add("x", article(9))


def test_text_without_words_is_not_indexed() -> None:
    index = NearDuplicates()
    assert index.add("empty", " ... !!! ") is None
    assert len(index) == 0


def test_short_text_uses_one_shingle() -> None:
    hashes = token_hashes(tokenize("Quake hits"))
    assert len(shingle_hashes(hashes, 3)) == 1
    index = NearDuplicates()
    index.add("h1", "Quake hits")
    assert index.add("h2", "quake HITS") == "h1"  # case does not matter


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        NearDuplicates(threshold=0.0)
    with pytest.raises(ValueError, match="shingle"):
        NearDuplicates(shingle=0)
    with pytest.raises(ValueError, match="capacity"):
        NearDuplicates(capacity=0)


def test_results_do_not_depend_on_the_instance() -> None:
    texts = [article(s) for s in range(10, 20)] + [edited(article(12), 3)]
    runs = []
    for _ in range(2):
        index = NearDuplicates()
        runs.append([index.add(str(i), t) for i, t in enumerate(texts)])
    assert runs[0] == runs[1]
    assert runs[0][-1] == "2"


# --- the LSH parameters and a restored index ------------------------------------------------------


@pytest.mark.parametrize("num_perm", [16, 64, 128])
def test_lsh_parameters_are_datasketchs_choice(num_perm: int) -> None:
    from datasketch.lsh import _optimal_param

    from rashomon.stories.dedup import lsh_parameters

    for threshold in (0.3, 0.5, 0.7, 0.8, 0.9, 0.95):
        assert lsh_parameters(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5), threshold


def test_a_restored_index_answers_as_the_original_would_even_as_it_evicts() -> None:
    """Originals put back with restore() (sorted arrays) and then pushed out by capacity give
    the same answers as the index that never stopped."""
    texts = [article(seed) for seed in range(60)]
    stream = [(f"a{i}", texts[i % 60] if i < 60 else edited(texts[(i * 7) % 60], 3, seed=i)) for i in range(150)]
    whole = NearDuplicates(capacity=40)
    first = NearDuplicates(capacity=40)
    answers = [whole.add(rid, text) for rid, text in stream]
    for rid, text in stream[:70]:
        first.add(rid, text)
    ids, orders, values = first.originals()
    resumed = NearDuplicates(capacity=40)
    resumed.restore(ids, orders, values)
    resumed._seen.update(rid for rid, _ in stream[:70])
    assert [resumed.add(rid, text) for rid, text in stream[70:]] == answers[70:]
    assert any(answers[70:])  # the continuation did find copies
    ids2, orders2, values2 = resumed.originals()
    assert ids2 == list(whole._order) and (values2 == whole.originals()[2]).all()
    with pytest.raises(ValueError, match="empty"):
        resumed.restore(ids, orders, values)
