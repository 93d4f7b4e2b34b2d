"""The contextual word head (comparison/framing/contextual.py): its file, its cues, its gate."""

from __future__ import annotations

import re

import numpy as np
import pytest

import rashomon.comparison.framing.contextual as contextual
from rashomon.comparison.framing import find_framing
from rashomon.comparison.framing.contextual import ContextHead, context_head, contextual_cues, parse_head
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.errors import LexiconError, MissingExtra
from rashomon.model import FramingCue
from tests.conftest import make_article


def _head(**changes) -> dict:
    data = {"features": ["vector", "unshared"], "layers": 3, "dimensions": 2, "weights": [1.0, 0.0, 0.5], "bias": -1.0,
            "threshold": 0.9}
    data.update(changes)
    return data


def test_parse_head_reads_a_well_formed_file():
    head = parse_head(_head())
    assert (head.layers, head.dimensions, head.bias, head.threshold) == (3, 2, -1.0, 0.9)
    assert head.weights.tolist() == [1.0, 0.0, 0.5]


@pytest.mark.parametrize("bad", [
    [],
    _head(weights=[1.0, 0.0]),
    _head(features=["vector"]),
    _head(layers=0),
    _head(layers=True),
    _head(dimensions=-2),
    _head(bias="low"),
    _head(threshold=1.5),
    _head(weights=[1.0, float("inf"), 0.0]),
    {k: v for k, v in _head().items() if k != "threshold"},
])
def test_parse_head_refuses_malformed_files(bad):
    with pytest.raises(LexiconError):
        parse_head(bad)


def test_packaged_head_parses():
    head = context_head()
    assert head.dimensions == 384 and head.weights.shape == (385,)
    assert 0.5 < head.threshold < 1.0


def _cues(monkeypatch, text: str, scores: dict[str, float], elsewhere=frozenset(), taken=()):
    article = make_article("a1", text)
    full = article.text

    def vectors(sentences, words, layers, encoded=None):
        return np.asarray([[scores.get(full[s:e].lower(), 0.0), 0.0] for s, e in words], dtype=np.float32)

    monkeypatch.setattr(contextual, "word_vectors", vectors)
    head = ContextHead(3, 2, np.asarray([1.0, 0.0, 0.0]), 0.0, 0.9)
    return article, contextual_cues(article, _quote_spans(full), set(elsewhere), taken, head)


def test_flagged_words_become_cues_and_adjacent_ones_one_cue(monkeypatch):
    _, cues = _cues(monkeypatch, "The council pushed through a reckless, ruinous plan on Monday. The mayor spoke.",
                    {"reckless": 5.0, "ruinous": 5.0, "plan": -5.0})
    assert [c.text for c in cues] == ["reckless", "ruinous"]  # a comma parts them
    article, cues = _cues(monkeypatch, "The council pushed through a truly dreadful plan on Monday.", {"truly": 5.0, "dreadful": 5.0})
    assert [c.text for c in cues] == ["truly dreadful"]
    assert all(c.kind == "loaded" and c.note == contextual.NOTE and c.sentence == article.sentences[0].id for c in cues)


def test_below_threshold_quoted_and_taken_words_give_no_cue(monkeypatch):
    text = 'The harbour board approved a "shameful" deal and a costly bridge.'
    _, cues = _cues(monkeypatch, text, {"shameful": 5.0, "costly": 1.0})
    assert cues == []  # quoted: the speaker's or a scare quote's; costly: p = 0.73 < 0.9
    article, cues = _cues(monkeypatch, "The harbour board approved a disgraceful deal.", {"disgraceful": 5.0})
    start = article.text.index("disgraceful")
    taken = [FramingCue(article="a1", sentence="a1.s1", text="disgraceful deal", kind="loaded", note="", start=start, end=start + 16)]
    _, cues = _cues(monkeypatch, "The harbour board approved a disgraceful deal.", {"disgraceful": 5.0}, taken=taken)
    assert cues == []


def test_unshared_weight_reads_the_other_outlets_words(monkeypatch):
    article = make_article("a1", "The board approved a lavish budget.")
    monkeypatch.setattr(contextual, "word_vectors", lambda sentences, words, layers, encoded=None: np.zeros((len(words), 2), dtype=np.float32) + [1.0, 0.0])
    head = ContextHead(3, 2, np.asarray([0.0, 0.0, 5.0]), -2.0, 0.9)
    quotes = _quote_spans(article.text)
    shared = {"the", "board", "approved", "a", "budget"}
    assert [c.text for c in contextual_cues(article, quotes, shared, (), head)] == ["lavish"]


def test_asked_for_without_the_extra_fails_with_the_pip_line(monkeypatch):
    import rashomon.backends.embedders._base as base

    monkeypatch.setattr(base, "installed", lambda module: module != "transformers")
    with pytest.raises(MissingExtra, match=r"pip install 'rashomon\[semantic\]'"):
        contextual.require_encoder()


def test_compare_asked_for_it_without_the_extra_fails_before_reading(monkeypatch):
    import rashomon.backends.embedders._base as base
    from rashomon.comparison.pipeline import compare
    from rashomon.settings import Settings

    monkeypatch.setattr(base, "installed", lambda module: module != "torch")
    with pytest.raises(MissingExtra, match=r"contextual framing cues needs the module 'torch'"):
        compare(["a.txt", "b.txt"], settings=Settings(embedder="static", contextual_cues=True))


def test_off_by_default():
    a = make_article("a1", "The council pushed through a plan on Monday.", "Outlet A")
    b = make_article("a2", "On Monday the council passed the plan.", "Outlet B")
    assert not any(c.note == contextual.NOTE for c in find_framing([a, b]))


@pytest.mark.skipif(not contextual.available(), reason="needs the semantic extra")
def test_the_transformer_reads_a_word_by_its_sentence():
    text = "The river bank flooded overnight. The bank raised its interest rate."
    article = make_article("a1", text)
    first, second = text.index("bank"), text.index("bank", text.index("bank") + 1)
    vectors = contextual.word_vectors([(s.start, s.text) for s in article.sentences], [(first, first + 4), (second, second + 4)], 3)
    assert vectors.shape == (2, 384) and np.abs(vectors).sum(axis=1).min() > 0
    cosine = vectors[0] @ vectors[1] / np.linalg.norm(vectors[0]) / np.linalg.norm(vectors[1])
    assert cosine < 0.95  # the same word, two senses: two vectors


@pytest.mark.skipif(not contextual.available(), reason="needs the semantic extra")
def test_find_framing_with_the_head_keeps_every_other_cue():
    a = make_article("a1", "The council rammed through a disastrous, cruel plan on Monday, outraging everyone.", "Outlet A")
    b = make_article("a2", "On Monday the council passed the housing plan by seven votes to four.", "Outlet B")
    plain = find_framing([a, b])
    read = find_framing([a, b], contextual=True)
    assert set(plain) <= set(read)
    assert all(c.kind == "loaded" for c in set(read) - set(plain))


def test_parse_head_reads_a_single_article_head():
    head = parse_head(_head(features=["vector"], weights=[1.0, 0.5]))
    assert not head.unshared and head.weights.tolist() == [1.0, 0.5]
    assert parse_head(_head()).unshared
    with pytest.raises(LexiconError):
        parse_head(_head(features=["vector"]))  # three weights for two numbers
    with pytest.raises(LexiconError):
        parse_head(_head(features=["unshared"], weights=[1.0]))


def test_packaged_single_head_parses():
    head = contextual.single_head()
    assert not head.unshared and head.dimensions == 384 and head.weights.shape == (384,)
    assert 0.5 < head.threshold < 1.0


def test_one_article_alone_reads_the_vector_only(monkeypatch):
    article = make_article("a1", "The committee unveiled a grotesque scheme yesterday.")
    monkeypatch.setattr(contextual, "word_vectors", lambda sentences, words, layers, encoded=None: np.asarray(
        [[4.0 if article.text[s:e] == "grotesque" else -4.0, 0.0] for s, e in words], dtype=np.float32))
    single = ContextHead(3, 2, np.asarray([1.0, 0.0]), 0.0, 0.9, unshared=False)
    quotes = _quote_spans(article.text)
    assert [c.text for c in contextual_cues(article, quotes, None, (), single)] == ["grotesque"]
    with pytest.raises(ValueError):
        contextual_cues(article, quotes, None, (), ContextHead(3, 2, np.asarray([1.0, 0.0, 1.0]), 0.0, 0.9))
    monkeypatch.setattr(contextual, "single_head", lambda: single)
    assert [c.text for c in contextual_cues(article, quotes, None)] == ["grotesque"]  # the packaged single head by default


def test_inspect_asked_for_it_without_the_extra_fails_before_reading(monkeypatch):
    import rashomon.backends.embedders._base as base
    from rashomon.comparison.single import inspect_articles
    from rashomon.settings import Settings

    monkeypatch.setattr(base, "installed", lambda module: module != "torch")
    with pytest.raises(MissingExtra, match=r"pip install 'rashomon\[semantic\]'"):
        inspect_articles(["no-such-file.txt"], settings=Settings(contextual_cues=True))


def test_inspect_off_by_default_and_on_when_asked(monkeypatch):
    from rashomon.comparison.single import inspect_articles
    from rashomon.model import Document
    from rashomon.settings import Settings

    text = "The committee unveiled a grotesque scheme yesterday. Officials said it would start in May."
    monkeypatch.setattr(contextual, "require_encoder", lambda: None)
    monkeypatch.setattr(contextual, "word_vectors", lambda sentences, words, layers, encoded=None: np.asarray(
        [[1.0, 0.0]] * len(words), dtype=np.float32))
    monkeypatch.setattr(contextual, "single_head", lambda: ContextHead(3, 2, np.asarray([0.0, 0.0]), 5.0, 0.9, unshared=False))
    import rashomon.comparison.single as single

    monkeypatch.setattr(single, "require_encoder", lambda: None)
    monkeypatch.setattr(single, "single_head", contextual.single_head)
    monkeypatch.setattr(single, "encode_articles", lambda articles, layers: {})
    plain = inspect_articles([Document(text=text, title="t", source="s")])
    assert not any(c.note == contextual.NOTE for c in plain.articles[0].framing)
    for settings in (Settings(), Settings(contextual_cues=False)):
        assert inspect_articles([Document(text=text, title="t", source="s")], settings=settings).to_dict() == plain.to_dict()
    read = inspect_articles([Document(text=text, title="t", source="s")], settings=Settings(contextual_cues=True))
    added = [c for c in read.articles[0].framing if c.note == contextual.NOTE]
    assert added and all(c.kind == "loaded" for c in added)
    assert set(plain.articles[0].framing) <= set(read.articles[0].framing)


@pytest.mark.skipif(not contextual.available(), reason="needs the semantic extra")
def test_inspect_with_the_single_head_keeps_every_other_cue():
    from rashomon.comparison.single import inspect_articles
    from rashomon.model import Document
    from rashomon.settings import Settings

    text = "The council rammed through a disastrous, cruel plan on Monday, outraging everyone. The vote was seven to four."
    plain = inspect_articles([Document(text=text, title="t", source="s")]).articles[0].framing
    read = inspect_articles([Document(text=text, title="t", source="s")], settings=Settings(contextual_cues=True)).articles[0].framing
    assert set(plain) <= set(read)
    assert all(c.kind == "loaded" and c.note == contextual.NOTE for c in set(read) - set(plain))


class _Calls:
    """A stand-in for the transformer: counts its passes and the batch shapes it got."""

    def __init__(self):
        self.shapes: list[tuple[int, int]] = []


def _fake_encoder(monkeypatch, calls: _Calls):
    torch = pytest.importorskip("torch")

    class Tokenizer:
        def __call__(self, texts, truncation, max_length, return_offsets_mapping=False, padding=False, return_tensors=None):
            ids, offsets = [], []
            for text in texts:
                spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)][: max_length - 2]
                offsets.append([(0, 0), *spans, (0, 0)])
                ids.append(list(range(len(spans) + 2)))
            if not padding:
                return {"input_ids": ids}
            width = max(map(len, ids))
            return {"input_ids": torch.tensor([i + [0] * (width - len(i)) for i in ids]),
                    "attention_mask": torch.tensor([[1] * len(i) + [0] * (width - len(i)) for i in ids]),
                    "offset_mapping": torch.tensor([o + [(0, 0)] * (width - len(o)) for o in offsets])}

    class Model:
        def __call__(self, input_ids, attention_mask, output_hidden_states):
            calls.shapes.append(tuple(input_ids.shape))
            layer = input_ids.to(torch.float32).unsqueeze(-1).repeat(1, 1, 2)
            return type("Out", (), {"hidden_states": (layer, layer, layer + 1.0, layer + 2.0)})()

    monkeypatch.setattr(contextual, "require_encoder", lambda: (torch, Tokenizer(), Model()))


def test_encode_reads_sentences_together_in_order_of_length(monkeypatch):
    calls = _Calls()
    _fake_encoder(monkeypatch, calls)
    texts = ["one two three", "four five six", "seven eight", "one two three", "nine ten eleven twelve"]
    pieces = contextual.encode(texts, 3)
    assert set(pieces) == set(texts)  # a text given twice is read once
    assert calls.shapes == [(4, 6)]  # one pass, padded to the longest
    first = pieces["one two three"]
    assert first.layers == 3 and first.offsets.tolist() == [[0, 0], [0, 3], [4, 7], [8, 13], [0, 0]]  # no padding kept
    assert first.vectors[:, 0].tolist() == [1.0, 2.0, 3.0, 4.0, 5.0]  # the mean of the last three layers
    assert contextual.encode([], 3) == {}


def test_encode_keeps_a_pass_under_its_budgets(monkeypatch):
    calls = _Calls()
    _fake_encoder(monkeypatch, calls)
    monkeypatch.setattr(contextual, "_BATCH_PIECES", 10)
    contextual.encode([f"w{i} x" for i in range(5)], 3)  # five sentences of four pieces: two a pass
    assert calls.shapes == [(2, 4), (2, 4), (1, 4)]
    calls.shapes.clear()
    contextual.encode(["a b c d e f", "g"], 3)  # the short one is not padded to the long one's length
    assert calls.shapes == [(1, 3), (1, 8)]
    calls.shapes.clear()
    monkeypatch.setattr(contextual, "_BATCH_PIECES", 2048)
    monkeypatch.setattr(contextual, "_BATCH", 2)
    contextual.encode([f"w{i} x" for i in range(3)], 3)
    assert calls.shapes == [(2, 4), (1, 4)]


def test_word_vectors_use_sentences_already_read_and_read_the_others(monkeypatch):
    calls = _Calls()
    _fake_encoder(monkeypatch, calls)
    text = "alpha beta gamma. delta epsilon."
    sentences = [(0, "alpha beta gamma."), (18, "delta epsilon.")]
    words = [(6, 10), (18, 23), (40, 45)]
    alone = contextual.word_vectors(sentences, words, 3)
    assert text[18:23] == "delta" and alone[:, 0].tolist() == [3.0, 2.0, 0.0]  # a word in no sentence: zeros
    calls.shapes.clear()
    encoded = contextual.encode(["alpha beta gamma."], 3)
    assert np.array_equal(contextual.word_vectors(sentences, words, 3, encoded), alone)
    assert calls.shapes == [(1, 5), (1, 4)]  # the second sentence only, read by word_vectors
    calls.shapes.clear()
    contextual.word_vectors(sentences, words, 2, encoded)  # read for another number of layers: both read again
    assert calls.shapes == [(2, 5)]


def test_find_framing_reads_every_article_in_one_pass(monkeypatch):
    read: list[list[str]] = []

    def encode_articles(articles, layers):
        read.append([a.id for a in articles])
        return {}

    monkeypatch.setattr("rashomon.comparison.framing.encode_articles", encode_articles)
    monkeypatch.setattr(contextual, "word_vectors", lambda sentences, words, layers, encoded=None: np.zeros((len(words), 384), dtype=np.float32))
    a = make_article("a1", "The council pushed through a plan on Monday.", "Outlet A")
    b = make_article("a2", "On Monday the council passed the plan.", "Outlet B")
    find_framing([a, b], contextual=True)
    assert read == [["a1", "a2"]]
    find_framing([a, b], contextual=True, context_pieces={})
    assert read == [["a1", "a2"]]  # given: not read again


def test_inspect_reads_many_articles_in_one_pass(monkeypatch):
    import rashomon.comparison.single as single
    from rashomon.comparison.single import inspect_articles
    from rashomon.model import Document
    from rashomon.settings import Settings

    read: list[int] = []
    monkeypatch.setattr(single, "require_encoder", lambda: None)
    monkeypatch.setattr(single, "encode_articles", lambda articles, layers: read.append(len(articles)) or {})
    monkeypatch.setattr(contextual, "word_vectors", lambda sentences, words, layers, encoded=None: np.zeros((len(words), 384), dtype=np.float32))
    documents = [Document(text=f"The committee met on day {i}. It voted on a plan.", title=f"t{i}", source="s") for i in range(5)]
    inspection = inspect_articles(documents, settings=Settings(contextual_cues=True))
    assert [a.article.title for a in inspection.articles] == [f"t{i}" for i in range(5)] and read == [5]
    read.clear()
    monkeypatch.setattr(single, "_CONTEXT_GROUP", 4)  # two sentences an article: a pass every two articles
    assert inspect_articles(documents, settings=Settings(contextual_cues=True)).to_dict() == inspection.to_dict()
    assert read == [2, 2, 1]


@pytest.mark.skipif(not contextual.available(), reason="needs the semantic extra")
def test_a_sentence_reads_the_same_alone_and_among_others():
    texts = ["The river bank flooded overnight.", "The bank raised its rate.", "Shares fell sharply in early trading on Friday.",
             "Critics called the plan reckless."]
    together = contextual.encode(texts, 3)
    for text in texts:
        alone = contextual.encode([text], 3)[text]
        assert np.array_equal(alone.offsets, together[text].offsets)
        assert np.allclose(alone.vectors, together[text].vectors, atol=1e-4)  # padding moves a vector by about 1e-6


@pytest.mark.skipif(not contextual.available(), reason="needs the semantic extra")
def test_a_sentence_past_the_model_length_is_cut_as_before():
    text = " ".join(["word"] * 300) + " ending"
    vectors = contextual.word_vectors([(0, text)], [(0, 4), (len(text) - 6, len(text))], 3)
    assert np.abs(vectors[0]).sum() > 0 and not np.abs(vectors[1]).any()  # past 256 pieces: not read
