"""Compare one story across sources: the pipeline, top to bottom.

    1. ingest      sources -> Documents (bad inputs -> Skipped, with the reason)
    2. clean       Documents -> Articles: boilerplate lines removed and listed, sentences split
    3. entities    names resolved across the articles, garbled forms flagged
    4. claims      one claim per sentence: attribution, quotes, values
    5. align       claims shared by two or more sources; claims only one source carries
    6. conflicts   aligned claims that disagree, and disagreements on names, titles and order
    7. framing     loaded terms, naming choices, scare quotes, hedges, voices, tone
    8. digest      a neutral summary, every sentence cited
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence

import httpx

from .. import __version__
from .align import align_claims
from ..backends.embedders import get_embedder
from ..backends.embedders.cache import CachedEmbedder, EmbeddingCache
from .claims import extract_claims
from .clean import clean
from .conflicts import find_conflicts
from .digest import build_digest
from .entities import resolve_entities
from ..errors import NotEnoughArticles
from .framing import find_framing
from ..sources import read_sources
from ..model import Article, Document, Report, Skipped
from .segment import segment
from ..settings import Settings

log = logging.getLogger(__name__)

Source = str | os.PathLike[str] | Document


def prepare(document: Document, article_id: str, settings: Settings) -> Article:
    """A Document cleaned and split into sentences."""
    text, removed = clean(document)
    return Article(
        id=article_id,
        source=document.source,
        title=document.title,
        text=text,
        sentences=segment(article_id, text, settings.splitter),
        removed=removed,
        path=document.path,
        url=document.url,
        date=document.date,
        language=document.language,
    )


def compare(
    sources: Sequence[Source],
    *,
    settings: Settings | None = None,
    client: httpx.Client | None = None,
    cache: EmbeddingCache | None = None,
) -> Report:
    """Compare two or more articles about one event; raises NotEnoughArticles below two.

    ``cache`` (the store, or any ``EmbeddingCache``) keeps each sentence's vector, so a
    sentence is embedded once per backend across comparisons.
    """
    settings = settings or Settings()
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = round(now - clock, 4)
        clock = now

    # 1. ingest
    documents, skipped = read_sources(sources, max_bytes=settings.max_bytes, timeout=settings.timeout, client=client)
    skipped = list(skipped)
    lap("ingest")

    # 2. clean and segment
    articles: list[Article] = []
    for document in documents:
        article = prepare(document, f"a{len(articles) + 1}", settings)
        if article.sentences:
            articles.append(article)
        else:
            skipped.append(Skipped(source=document.origin or document.path or document.url or document.title, reason="no text left after cleaning"))
    if len(articles) < 2:
        raise NotEnoughArticles(len(articles), skipped)
    lap("clean")

    # 3. entities
    entities = resolve_entities(articles, tagger=settings.tagger)
    lap("entities")

    # 4. claims
    claims = extract_claims(articles)
    lap("claims")

    # 5. align
    embedder = get_embedder(settings.embedder)
    if cache is not None:
        embedder = CachedEmbedder(embedder, cache)
    alignment = align_claims(claims, embedder, entities=entities, threshold=settings.agreement_threshold)
    lap("align")

    # 6. conflicts
    conflicts = find_conflicts(claims, alignment, entities, articles)
    lap("conflicts")

    # 7. framing
    framing = find_framing(articles, entities)
    lap("framing")

    # 8. digest
    digest = build_digest(articles, alignment.agreements, conflicts, entities)
    lap("digest")

    return Report(
        articles=tuple(articles),
        skipped=tuple(skipped),
        entities=entities,
        claims=claims,
        agreements=alignment.agreements,
        unique=alignment.unique,
        conflicts=conflicts,
        framing=framing,
        digest=digest,
        settings={
            "version": __version__,
            **settings.to_dict(),
            "embedder": embedder.name,
            "embedder_requested": settings.embedder,
            "agreement_threshold": alignment.threshold,
            "timings": timings,
        },
    )
