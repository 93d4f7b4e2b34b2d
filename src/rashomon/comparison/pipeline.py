"""Compare one story across sources: the pipeline, top to bottom.

    1. ingest      sources -> Documents (bad inputs -> Skipped, with the reason)
    2. clean       Documents -> Articles: boilerplate lines removed and listed, sentences split
    3. entities    names resolved across the articles, garbled forms flagged
    4. claims      one claim per sentence: attribution, quotes, values
    5. align       claims shared by two or more sources; claims only one source carries
    6. conflicts   aligned claims that disagree, and disagreements on names, titles and order
    7. framing     loaded terms, naming choices, scare quotes, hedges, voices, tone
    8. digest      a neutral summary, every sentence cited

One bad article never costs the others. Each article is analysed within a budget (at most
:data:`MAX_ARTICLE_CHARS` characters of text; paragraphs and sentences capped in
:mod:`.segment`), and what was cut is reported as a ``Skipped`` naming the article. Stages 3-8
run isolated: when a stage raises, the articles that make it raise on their own are found, left
out of that stage (and reported with the stage and the error), and the stage runs again on the
rest; a stage that fails on every article (or only on the set) is reported and left empty. The
run itself fails only for fewer than two usable articles (NotEnoughArticles).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from .. import __version__
from .align import Alignment, align_claims
from ..backends.embedders import get_embedder
from ..backends.embedders.cache import CachedEmbedder, EmbeddingCache
from ..backends.threads import one_blas_thread
from ..text.scoped import one_comparison
from ..young_objects import collecting_young_objects
from .claims import extract_claims
from .claims.times import reference_date
from .clean import clean
from .conflicts import articles_apart, find_conflicts
from .digest import build_digest
from .entities import get_tagger, resolve_entities
from ..errors import NotEnoughArticles
from .framing import find_framing
from .framing.contextual import require_encoder
from ..sources import read_sources
from ..sources.detect import detect_language
from ..model import Article, Document, LeftOut, Removed, Report, Skipped
from .segment import segment
from ..settings import Settings

if TYPE_CHECKING:  # the HTTP client is imported only when a URL is read
    import httpx

log = logging.getLogger(__name__)

Source = str | os.PathLike[str] | Document


MAX_ARTICLE_CHARS = 100_000  # the analysis budget of one article: text past this is cut, and reported

T = TypeVar("T")


def _article_label(document: Document | Article, article_id: str = "") -> str:
    name = (getattr(document, "origin", None) or document.path or document.url or document.title or document.source or "")
    if article_id and name:
        return f"{name} ({article_id})"
    return name or article_id or "<article>"


def _distinct(documents: Sequence[Document], skipped: list[Skipped]) -> list[Document]:
    """The documents less a second copy of one already read: the same text (spacing aside) from the
    same outlet, as when one file is named twice (or the same text pasted twice with no outlet given).
    An article compared with itself agrees with itself
    on everything. One wire story carried word for word by two outlets stays twice: each outlet is a
    side of what the story says. Each copy left out is noted in ``skipped``."""
    first: dict[tuple[str, str], Document] = {}
    kept: list[Document] = []
    latest = _latest_versions(documents)
    for position, document in enumerate(documents):
        newer = latest.get(position)
        if newer is not None and newer.text.split() != document.text.split():
            # one article's page read before and after an update (a corrected figure): the outlet
            # does not disagree with itself, its later text replaces the earlier
            skipped.append(Skipped(source=_article_label(document), reason=f"an earlier version of {_article_label(newer)} "
                                   f"(the same URL, {newer.url}): left out, the later version is compared"))
            continue
        # an outlet that is only the input's own label ("text 2": a paste no outlet was given for)
        # names no outlet: two such pastes of one text are one article pasted twice
        outlet = "" if document.source and document.source == document.origin else document.source.casefold()
        key = (outlet, " ".join(document.text.split()))
        if key[1] and key in first:
            skipped.append(Skipped(source=_article_label(document), reason=f"same text as {_article_label(first[key])}, already read: a second copy left out"))
            continue
        first.setdefault(key, document)
        kept.append(document)
    return kept


def _latest_versions(documents: Sequence[Document]) -> dict[int, Document]:
    """For each document that another one at the same web address supersedes, by its position:
    that later version. The later is the one with the later date when both have one, else the one
    given later (an update read after the first version). The address is the store's canonical URL
    (trackers and fragment dropped), the key by which the store holds one article per page."""
    if not any(d.url for d in documents):
        return {}
    from urllib.parse import urlsplit

    from ..store.keys import canonical_url

    by_url: dict[str, list[int]] = {}
    for position, document in enumerate(documents):
        url = canonical_url(document.url)
        # a site's front page given as every record's address names no one article
        if url and (urlsplit(url).path.strip("/") or urlsplit(url).query):
            by_url.setdefault(url, []).append(position)
    superseded: dict[int, Document] = {}
    for positions in by_url.values():
        if len(positions) < 2:
            continue
        # dated versions by date, an undated one where it was given (a stable sort keeps input order)
        dated = [p for p in positions if documents[p].date]
        if len(dated) == len(positions):
            positions = sorted(positions, key=lambda p: documents[p].date)
        newest = documents[positions[-1]]
        superseded.update((p, newest) for p in positions[:-1])
    return superseded


def _budget(text: str) -> tuple[str, str | None]:
    """``text`` within :data:`MAX_ARTICLE_CHARS` (cut at a line end or a space when one is near),
    and what was cut (None when nothing was)."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return text, None
    cut = text.rfind("\n", MAX_ARTICLE_CHARS // 2, MAX_ARTICLE_CHARS)
    if cut < 0:
        cut = text.rfind(" ", MAX_ARTICLE_CHARS // 2, MAX_ARTICLE_CHARS)
    if cut < 0:
        cut = MAX_ARTICLE_CHARS
    return text[:cut], f"capped: analysed the first {cut:,} of {len(text):,} characters (the budget is {MAX_ARTICLE_CHARS:,} an article)"


def prepare(document: Document, article_id: str, settings: Settings, *, notes: list[str] | None = None) -> Article:
    """A Document cleaned and split into sentences, within the analysis budget. What was cut or
    split is appended to ``notes`` when given."""
    document = _composed(document)
    text, cut = _budget(document.text)
    if cut is not None:
        document = dataclasses.replace(document, text=text)
        if notes is not None:
            notes.append(cut)
    text, removed = clean(document)
    capped: list[str] = []
    sentences = segment(article_id, text, settings.splitter, capped=capped)
    if notes is not None:
        notes.extend(f"capped: {c}" for c in capped)
    return Article(
        id=article_id,
        source=document.source,
        title=document.title,
        text=text,
        sentences=sentences,
        removed=removed,
        path=document.path,
        url=document.url,
        date=document.date or _stamped_date(removed),
        # a Document built by hand (the web's pastes, the Python API) has none: told as a file's is
        language=document.language or detect_language(text),
    )


def _composed(document: Document) -> Document:
    """The document with its text and title in Unicode's composed form (NFC): a text whose
    accents are combining marks (NFD, as macOS apps and PDF extraction give it) reads as the same
    text composed, so a name is not cut at its marks ("Mu" + U+0308 + "ller"). The marks are the
    same letters shown the same way; the report's offsets index the composed text it carries."""
    if unicodedata.is_normalized("NFC", document.text) and unicodedata.is_normalized("NFC", document.title):
        return document
    return dataclasses.replace(document, text=unicodedata.normalize("NFC", document.text),
                               title=unicodedata.normalize("NFC", document.title))


def _stamped_date(removed: Sequence[Removed]) -> str | None:
    """The day of the page's own publication or update stamp, taken out by cleaning: the day
    the article speaks from when the input gives no date ("Posted on January 5, 2011, 3:37 PM")."""
    for line in removed:
        if line.reason.startswith("timestamp"):
            day = reference_date(line.text)
            if day is not None:
                return day.isoformat()
    return None


def _error(exc: BaseException) -> str:
    message = str(exc).strip().replace("\n", " ")
    if len(message) > 300:
        message = message[:300] + "…"
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def isolated(
    stage: str,
    articles: Sequence[Article],
    run: Callable[[Sequence[Article]], T],
    empty: T,
    skipped: list[Skipped],
) -> tuple[T, list[Article]]:
    """``run(articles)``; when it raises, each article is tried alone, those that raise are
    reported (stage, error) and left out, and the stage runs on the rest. Returns the result
    and the articles it covers. A stage that fails without a culprit is reported and ``empty``."""
    try:
        return run(articles), list(articles)
    except Exception as exc:  # noqa: BLE001 - any failure of one stage is reported, never the run's
        failure = exc
    log.warning("%s stage failed (%s); looking for the article that makes it fail", stage, _error(failure))
    good: list[Article] = []
    for article in articles:
        try:
            run([article])
        except Exception as exc:  # noqa: BLE001
            skipped.append(Skipped(source=_article_label(article, article.id),
                                   reason=f"{stage} stage failed on this article ({_error(exc)}); left out of {stage}"))
        else:
            good.append(article)
    if len(good) < len(articles):
        try:
            return run(good), good
        except Exception as exc:  # noqa: BLE001
            failure = exc
    skipped.append(Skipped(source="(all articles)", reason=f"{stage} stage failed ({_error(failure)}); its results are left out"))
    return empty, []


def compare(
    sources: Sequence[Source],
    *,
    settings: Settings | None = None,
    client: httpx.Client | None = None,
    cache: EmbeddingCache | None = None,
    csv_columns: Mapping[str, str] | None = None,
) -> Report:
    """Compare two or more articles about one event; raises NotEnoughArticles below two.

    ``csv_columns``: record fields -> a CSV's columns or a JSON record's keys, where they have
    other names (``{"text": "story_body"}``), as ``rashomon ingest --columns`` maps them.

    ``cache`` (the store, or any ``EmbeddingCache``) keeps each sentence's vector, so a
    sentence is embedded once per backend across comparisons. BLAS runs on one thread meanwhile
    (:mod:`..backends.threads`: its products here are too small to share), and a sentence's
    readings that several stages ask for are made once (:mod:`..text.scoped`). The garbage
    collector's full collections walk only the comparison's own objects, not the loaded models
    (:mod:`..young_objects`).
    """
    with one_blas_thread(), one_comparison(), collecting_young_objects():
        return _compare(sources, settings=settings, client=client, cache=cache, csv_columns=csv_columns)


def _compare(
    sources: Sequence[Source],
    *,
    settings: Settings | None,
    client: httpx.Client | None,
    cache: EmbeddingCache | None,
    csv_columns: Mapping[str, str] | None = None,
) -> Report:
    settings = settings or Settings()
    # A tagger the settings name but that cannot load (an unknown name, a missing extra) is the
    # caller's to fix: it fails here with its pip line, not as every article's entities failure.
    get_tagger(settings.tagger)
    if settings.contextual_cues:  # asked for by name: a missing extra fails here with its pip line
        require_encoder()
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = round(now - clock, 4)
        clock = now

    # 1. ingest
    documents, skipped = read_sources(sources, max_bytes=settings.max_bytes, timeout=settings.timeout, client=client,
                                      csv_columns=csv_columns)
    skipped = list(skipped)
    documents = _distinct(documents, skipped)
    lap("ingest")

    # 2. clean and segment (an article that fails here is skipped with the reason)
    articles: list[Article] = []
    for document in documents:
        article_id = f"a{len(articles) + 1}"
        notes: list[str] = []
        try:
            article = prepare(document, article_id, settings, notes=notes)
        except Exception as exc:  # noqa: BLE001
            skipped.append(Skipped(source=_article_label(document), reason=f"clean stage failed ({_error(exc)})"))
            continue
        if article.sentences:
            articles.append(article)
            skipped.extend(Skipped(source=_article_label(document, article_id), reason=note) for note in notes)
        else:
            skipped.append(Skipped(source=_article_label(document), reason="no text left after cleaning"))
    if len(articles) < 2:
        raise NotEnoughArticles(len(articles), skipped)
    lap("clean")

    # 3. entities
    entities, _ = isolated("entities", articles, lambda some: resolve_entities(some, tagger=settings.tagger), (), skipped)
    lap("entities")

    # 4. claims: one article at a time, so one article's failure costs only its own claims
    claims_of: dict[str, tuple] = {}
    for article in articles:
        result, covered = isolated("claims", [article], extract_claims, (), skipped)
        claims_of[article.id] = result
    claims = tuple(c for a in articles for c in claims_of[a.id])
    lap("claims")

    # 5. align
    embedder = get_embedder(settings.embedder)
    if cache is not None:
        embedder = CachedEmbedder(embedder, cache)

    def _subset(some: Sequence[Article]) -> tuple:
        ids = {a.id for a in some}
        return tuple(c for c in claims if c.article in ids)

    def _align(some: Sequence[Article]) -> Alignment:
        return align_claims(_subset(some), embedder, entities=entities, threshold=settings.agreement_threshold)

    alignment, aligned = isolated("align", articles, _align, None, skipped)
    if alignment is None:
        alignment = _align([])
    lap("align")

    # 6. conflicts
    conflicts_capped: list[str] = []

    def _conflicts(some: Sequence[Article]) -> tuple:
        conflicts_capped.clear()
        within = alignment if len(some) == len(aligned) else _align(some)
        return find_conflicts(_subset(some), within, entities, some, capped=conflicts_capped)

    conflicts, _ = isolated("conflicts", aligned, _conflicts, (), skipped)
    for x, y in articles_apart(aligned, entities):
        skipped.append(Skipped(source="conflicts", reason=f"{x} and {y} name several people, places or bodies and none in common: they may tell two "
                                                          "different events, so their figures and days are not set against each other"))
    skipped.extend(Skipped(source="conflicts", reason=f"capped: {note}") for note in conflicts_capped[:20])
    if len(conflicts_capped) > 20:
        skipped.append(Skipped(source="conflicts", reason=f"capped: {len(conflicts_capped) - 20:,} more claim pairs not compared on figures"))
    lap("conflicts")

    # 7. framing
    contextual = settings.contextual_cues if settings.contextual_cues is not None else settings.embedder == "minilm"
    framing, _ = isolated("framing", articles, lambda some: find_framing(some, entities, alignment=alignment.agreements, contextual=contextual), (), skipped)
    lap("framing")

    # 8. digest
    left_out: list[LeftOut] = []  # agreements the digest does not tell, with why

    def _digest(some: Sequence[Article]) -> tuple:
        left_out.clear()
        return build_digest(some, alignment.agreements, conflicts, entities, framing=framing, left_out=left_out)

    digest, _ = isolated("digest", articles, _digest, (), skipped)
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
        left_out=tuple(left_out),
        settings={
            "version": __version__,
            **settings.to_dict(),
            "embedder": embedder.name,
            "embedder_requested": settings.embedder,
            "agreement_threshold": alignment.threshold,
            "contextual_cues": contextual,  # whether framing's contextual word head ran
            "timings": timings,
        },
    )
