"""Helpers of the conflict tests: two articles' conflicts through the real stages, and a mention."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.entities import resolve_entities
from rashomon.model import Mention
from tests.conftest import make_article


def two_article_conflicts(a_text, b_text, entities=(), resolve=False):
    """The conflicts of two articles; ``resolve``: with the entity stage's entities, as the pipeline has them."""
    articles = [make_article("a1", a_text), make_article("a2", b_text)]
    if resolve:
        entities = resolve_entities(articles)
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    return find_conflicts(claims, alignment, entities, articles), articles


def mention_in(article, text, name):
    start = article.text.index(name)
    sentence = next(s for s in article.sentences if s.start <= start < s.end)
    return Mention(article=article.id, sentence=sentence.id, text=name, start=start, end=start + len(name))
