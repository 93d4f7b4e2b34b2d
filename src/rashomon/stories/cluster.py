"""Many articles -> stories: near duplicates first, then same-event clustering, online.

An article goes through four steps (:meth:`StoryClusterer.assign`):

1. Near duplicates: a syndicated copy or a light edit of an earlier article
   (:class:`rashomon.stories.dedup.NearDuplicates`) joins the story of its original, marked
   ``duplicate_of``.
2. A sparse vector in the hashed TF-IDF space of :mod:`rashomon.stories.termspace`: document
   frequencies counted online, title words and names weighted more (names and places are
   what tell one event from a look-alike event of the same kind).
3. Candidate stories: an inverted index from each story's strongest terms to the story,
   so an article is compared with ten stories at most, never all of them (no all-pairs
   matrix). Postings lists are capped, stories idle for longer than ``window_days`` (by the
   articles' dates) or while ``idle_articles`` other articles arrived are closed and leave
   the index, and at most ``max_open`` stories stay open: memory stays bounded however long
   the stream runs. (The article count matters at firehose volume: 200,000 articles are
   about ten hours of a 500,000-a-day stream, and a week of a small collection.)
   With ten open stories or fewer, every one is scored (a small corpus does not depend on
   the index).
4. Join or start: cosine with each candidate's centroid, divided by 1 + the hours between
   the article and the story's latest article / ``TIME_SCALE_HOURS`` (12) when both are
   dated. The best one at or above the threshold wins if the article agrees with the
   story's latest members (an article with a body: cosine ``AGREE_FLOOR`` with one of the
   last eight, and for a story of ``AGREE_BIG`` (30) or more, ``AGREE_MEAN`` on average),
   else the next best; else the article starts a new story. A centroid summed over many
   look-alike events is their generic vocabulary and scores high with the next look-alike,
   whose cosine with each member is low: without the agreement, one look-alike after another
   joined such a story, and at firehose density a few grew to thousands of articles. Nothing already
   assigned moves here; only :meth:`StoryClusterer.refine`, when asked, moves recent articles.

:meth:`StoryClusterer.refine` has two tools, both bounded by the last ``refine_window``
articles: sweeps (each recent article moves to another open story when that story is closer
than its own without it, and, for a story of ``AGREE_BIG`` (30) articles or more, the
article agrees with its latest members) and, with ``split=True``, splits (a story whose
members fall into two groups far apart is cut in two: a single online pass merges two
look-alike events for good once the second one's first article joins the first one's story).

:func:`cluster_records` runs that over records. Streaming yields each record's line as it is
placed and, every ``REFINE_EVERY`` (20) records, splits the stories just joined where needed
and sweeps the records just placed; every ``SWEEP_EVERY`` (40) records the sweep also takes
the weakly placed articles (those that started a story or joined one below ``SWEEP_BELOW``,
0.4) that are about ``SWEEP_AGES`` (0, 80, 200) records old, so an early article moves to the
story that formed after it. A ``"moved"`` line is yielded for each article that moved.
``batch=True`` makes the same pass in date order, then two sweeps with splitting over
everything. On ECB+ train and
dev (four arrival orders each, threshold 0.18, which train+dev choose) streaming B-cubed F1
is 0.904-0.911 on train and 0.901-0.931 on dev (0.878-0.900 and 0.844-0.923 before the
sweeps and the agreement), batch 0.911-0.918 and 0.899-0.965 (0.894-0.909, 0.891-0.965);
the UCI-6k dev half (headlines, which the agreement and the sweeps leave alone) 0.820
streaming, 0.823 batch, as before. Batch agrees with streaming at B-cubed F1 >= 0.97 (the
stated tolerance, tests/test_cluster.py; measured 0.975-0.993). On the firehose generator
(bench/cluster_scale.py, :meth:`StoryClusterer.assign` alone) the agreement lifts B-cubed F1
from 0.809 to 0.870 at 10k and from 0.827 to 0.889 at 100k; the largest story at 100k is
still 1,126 articles (the generator's 199), look-alikes that share all but a few names.
bench/results/cluster_quality_dev.md and cluster_scale.md have the numbers.
:meth:`StoryClusterer.state` / :meth:`StoryClusterer.from_state` save and restore the
clusterer (:mod:`rashomon.stories.state`), so the library's next ingest goes on where the
last one stopped.
"""

from __future__ import annotations

import heapq
from itertools import chain
import logging
import math
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from datetime import datetime, timezone
from typing import Any

import numpy as np

from .dedup import NearDuplicates, tokenize
from ..errors import InputError
from ..model import Record, record
from ..progress import ticker
from .termspace import HashingTfidf, Prepared, term_codes

log = logging.getLogger(__name__)

__all__ = [
    "Assignment",
    "ClusterRecord",
    "StoryClusterer",
    "bcubed",
    "cluster_records",
    "arrival_order",
    "in_date_order",
    "parse_date",
]

# Calibrated defaults for the hashing TF-IDF (chosen on ECB+ train+dev and on the dev half of
# UCI-6k; see bench/cluster_quality.py and bench/results/cluster_quality.md).
DEFAULT_THRESHOLD = 0.18  # articles with body text
DEFAULT_SHORT_THRESHOLD = 0.02  # headline-only records (body with fewer than HEADLINE_ONLY words)
HEADLINE_ONLY = 5  # content words in the body below which a record is treated as a headline
# Publication time: a story's score is divided by 1 + (hours between the article and the story's
# latest article) / TIME_SCALE_HOURS. Chosen on the UCI-6k dev half (B-cubed F1 streaming/batch:
# none 0.803/0.773; 6 h 0.821/0.821; 12 h 0.820/0.823; 24 h 0.804/0.808; 48 h 0.800/0.796).
# Caveat: in UCI-6k each story's headlines were stamped within minutes of each other (the
# aggregator's crawl), so time says more there than in a real stream. Undated records: no effect.
TIME_SCALE_HOURS = 12.0
TIME_SCALE = TIME_SCALE_HOURS * 3600.0
# Splitting (StoryClusterer.refine with split=True): a story whose members fall into two groups
# with centroids below this cosine is split in two (chosen on ECB+ train/dev among 0.3-0.5).
SPLIT_BELOW = 0.4
SPLIT_MEMBERS = 48  # the latest members of a story looked at when splitting (bounds the cost)
REFINE_EVERY = 20  # cluster_records: records between two local refinements
# Agreement (StoryClusterer.assign): an article with a body joins a story of two articles or
# more only if it is close to one of the story's latest members (cosine >= AGREE_FLOOR with one
# of the last AGREE_MEMBERS that have a vector) and, for a story of AGREE_BIG articles or more,
# close to them on average (mean cosine >= AGREE_MEAN). A centroid summed over many look-alike
# events is their shared generic vocabulary and scores high with the next look-alike, whose
# cosine with each member is low: that is how giant chained stories grew. The floor was chosen
# on ECB+ train+dev (four orders, with the streaming sweeps; 0.25 cost train streaming F1
# 0.005). The mean rule starts above any ECB+ event (22 articles at most): from 10 articles it
# cost nothing on the dev bench but made ingesting ECB+ dev in two halves agree with one
# ingest at 0.961 only (tests/test_library.py states 0.97); it is checked at firehose scale
# (bench/results/cluster_scale.md).
AGREE_FLOOR = 0.2
AGREE_MEAN = 0.2
AGREE_BIG = 30
AGREE_MEMBERS = 8
# Streaming sweeps (cluster_records): the articles that started a story or joined one with a
# score below SWEEP_BELOW are swept again (StoryClusterer.refine, SWEEPS sweeps) when they are
# SWEEP_AGES records old (give or take SWEEP_EVERY): an early article moves to the story that
# formed after it. Three looks each, not one every SWEEP_EVERY records while in a window of 400
# (ECB+ train/dev streaming mean F1 0.908/0.919 against 0.911/0.919; 850 against 540 articles a
# CPU second on the firehose generator's 10k).
SWEEPS = 2
SWEEP_EVERY = 40
SWEEP_AGES = (0, 80, 200)
SWEEP_WINDOW = SWEEP_AGES[-1] + 2 * SWEEP_EVERY  # (a look can come up to SWEEP_EVERY late)
SWEEP_BELOW = 0.4
# A sweep moves an article into a story of AGREE_BIG articles or more only if it agrees with
# its latest members (as a join must). Not below: every sweep checking agreement cost ECB+
# train/dev streaming F1 0.02-0.04 (sweeps repair what the agreement splits there); from
# AGREE_BIG, ECB+ is untouched and sweeps do not regrow giant stories at firehose density.



# --- records ---------------------------------------------------------------------------------


@record
class ClusterRecord(Record):
    """One article to cluster: ``{id, title, text, date?, source?, url?}``."""

    id: str
    title: str = ""
    text: str = ""
    date: str | None = None  # ISO 8601
    source: str | None = None
    url: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClusterRecord:  # type: ignore[override]
        """Validate and build; a bad record raises :class:`InputError` saying what is wrong."""
        if not isinstance(data, Mapping):
            raise InputError("record", f"expected a JSON object, got {type(data).__name__}")
        raw_id = data.get("id")
        if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or str(raw_id).strip() == "":
            raise InputError("record", f"missing or invalid 'id' (a non-empty string or integer): {raw_id!r}")
        rid = str(raw_id)
        fields: dict[str, Any] = {}
        for name in ("title", "text", "source", "url", "date"):
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                raise InputError(rid, f"'{name}' must be a string, got {type(value).__name__}")
            fields[name] = value
        if not (fields["title"] or "").strip() and not (fields["text"] or "").strip():
            raise InputError(rid, "no 'title' and no 'text': nothing to cluster")
        if fields["date"] is not None:
            parse_date(fields["date"], source=rid)  # fail here, not deep in clustering
        return cls(id=rid, title=fields["title"] or "", text=fields["text"] or "", date=fields["date"],
                   source=fields["source"], url=fields["url"])


@record
class Assignment(Record):
    """Where :meth:`StoryClusterer.assign` put a record."""

    id: str
    story: str
    duplicate_of: str | None = None
    score: float = 0.0  # cosine with the story it joined (1.0 for a near duplicate, 0.0 for a new story)


def parse_date(value: str, *, source: str = "date") -> float:
    """ISO 8601 date or date-time -> POSIX seconds (a date without a zone is taken as UTC)."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(source, f"date {value!r} is not ISO 8601 (e.g. 2024-05-01 or 2024-05-01T12:30:00Z)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


# --- stories ---------------------------------------------------------------------------------


_Vector = tuple[list[int], list[float]]  # terms strongest first, and their weights


class _Story:
    __slots__ = ("id", "members", "centroid", "norm", "last_time", "dense")

    def __init__(self, story_id: str) -> None:
        self.id = story_id
        self.members: list[str] = []
        self.centroid: dict[int, float] = {}  # sum of member vectors, strongest terms only
        self.norm = 0.0
        self.last_time: float | None = None
        self.dense: np.ndarray | None = None  # sum of member embeddings, for a model-backed embedder


class StoryClusterer:
    """Online story clustering: each :meth:`add` joins an existing story or starts one.

    ``threshold`` is the cosine an article needs with a story's centroid to join it (None: the
    calibrated default, lower for headline-only records). ``embedder`` is ``"tfidf"`` (hashed
    TF-IDF, no model, the default) or the name of a model-backed embedder from
    :mod:`rashomon.backends.embedders`, used for scoring candidates (the sparse index still
    finds them).

    Bounds: ``window_days`` (stories idle that long, by article date, close),
    ``idle_articles`` (stories not joined while that many articles arrived close; None: never),
    ``max_open`` (least recently updated stories close beyond it), ``postings_cap`` (stories kept per
    index term), ``centroid_terms`` (terms kept per story), ``duplicate_capacity`` (originals
    kept in the near-duplicate index). Features: ``title_boost`` and ``name_boost`` weigh
    title words and capitalised words; ``max_terms`` terms per article vector. Search:
    ``query_terms`` strongest article terms look up at most ``max_candidates`` stories;
    ``index_terms`` strongest terms of each member index its story; a headline-only record
    uses up to ``headline_terms`` for both (a headline has few words, and any of them may be
    the one two headlines of a story share).
    """

    def __init__(
        self,
        *,
        threshold: float | None = None,
        embedder: str = "tfidf",
        short_threshold: float | None = None,
        window_days: float | None = 7.0,
        max_open: int = 100_000,
        idle_articles: int | None = 200_000,
        duplicates: bool = True,
        duplicate_threshold: float = 0.7,
        duplicate_capacity: int | None = 100_000,
        title_boost: float = 2.0,
        name_boost: float = 2.0,
        max_terms: int = 64,
        centroid_terms: int = 120,
        query_terms: int = 12,
        index_terms: int = 8,
        headline_terms: int = 16,
        max_candidates: int = 10,
        postings_cap: int = 200,
        refine_window: int = 20_000,
    ) -> None:
        arguments = dict(locals())
        self.options = {name: value for name, value in arguments.items() if name != "self"}  # for saved state
        if threshold is not None and not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be in [0, 1], got {threshold}")
        if window_days is not None and window_days <= 0:
            raise ValueError(f"window_days must be positive or None, got {window_days}")
        if max_open < 1:
            raise ValueError(f"max_open must be at least 1, got {max_open}")
        if idle_articles is not None and idle_articles < 1:
            raise ValueError(f"idle_articles must be at least 1 or None, got {idle_articles}")
        self.embedder_name, self._dense = _load_embedder(embedder)
        default = DEFAULT_THRESHOLD if self._dense is None else _DENSE_DEFAULT_THRESHOLD
        self.threshold = default if threshold is None else threshold
        if short_threshold is not None:
            self.short_threshold = short_threshold
        elif threshold is not None:
            self.short_threshold = threshold
        else:
            self.short_threshold = DEFAULT_SHORT_THRESHOLD if self._dense is None else default
        self.window = None if window_days is None else window_days * 86_400.0
        self.max_open = max_open
        self.idle_articles = idle_articles
        self._arrived = 0  # articles assigned so far (this session), for idle_articles
        self.centroid_terms = centroid_terms
        self.query_terms = query_terms
        self.index_terms = index_terms
        self.headline_terms = headline_terms
        self.max_candidates = max_candidates
        self.postings_cap = postings_cap
        self.space = HashingTfidf(title_boost=title_boost, name_boost=name_boost, max_terms=max_terms)
        self.near = (NearDuplicates(threshold=duplicate_threshold, capacity=duplicate_capacity)
                     if duplicates else None)
        self._stories: list[_Story] = []
        self._story_of: dict[str, int] = {}  # record id -> index in _stories
        # open stories, least recently updated first -> the article count at their last update
        # (None for a story restored from a saved state: counted from the restore)
        self._open: OrderedDict[int, int | None] = OrderedDict()
        # term -> recent stories, newest last. Plain lists: a deque costs 760 bytes even when
        # nearly empty, and there can be a million terms.
        self._postings: dict[int, list[int]] = {}
        self._latest: float | None = None
        # The most recent articles' vectors, for :meth:`refine` (oldest first, at most
        # refine_window of them): record id -> (terms, weights as float32, threshold, headline
        # only?), and each one's near-duplicate copies, which move with it.
        self.refine_window = refine_window
        self._recent: OrderedDict[str, tuple[np.ndarray, np.ndarray, float, bool]] = OrderedDict()
        self._copies: dict[str, list[str]] = {}
        # The dates of the recent articles that have one (POSIX seconds), for the time decay in
        # refine; not in the saved state, so a restored clusterer refines without it.
        self._when: dict[str, float] = {}
        # Story index -> how many members it had when :meth:`_split` last looked at it; a story
        # is looked at again once it has grown by half (not saved either: looked at anew).
        self._split_checked: dict[int, int] = {}
        self._made = 0  # stories started so far (story ids are s1, s2, ...)

    # -- public -----------------------------------------------------------------------------

    def add(self, record: ClusterRecord) -> str:
        """Put ``record`` in a story and return the story id."""
        return self.assign(record).story

    def prepare(self, record: ClusterRecord, *, signature: bool = True) -> Prepared:
        """What :meth:`assign` computes from the record's words alone: no state is read or
        changed, so another process (the library's reading process) can do it. ``signature``:
        also the near-duplicate signature (else :meth:`assign` computes it from the codes)."""
        title_codes, body_codes = term_codes(tokenize(record.title)), term_codes(tokenize(record.text))
        values = hashing = None
        if signature and self.near is not None:
            words = (body_codes if len(body_codes) else title_codes) >> 2
            values = self.near.signature(words) if len(words) else None
            hashing = self.near.hashing
        return Prepared(title=title_codes, body=body_codes, signature=values, hashing=hashing)

    def assign(self, record: ClusterRecord, *, prepared: Prepared | None = None) -> Assignment:
        """Like :meth:`add`, saying also which article it duplicates and how close it was.

        ``prepared``: the record's :meth:`prepare`, when it was computed already (by any
        clusterer: a signature hashed otherwise than this one's index is computed again)."""
        if record.id in self._story_of:
            raise InputError(record.id, "duplicate id: a record with this id was already clustered")
        when = parse_date(record.date, source=record.id) if record.date else None
        self._expire(when)
        if prepared is None:
            prepared = self.prepare(record)
        title_codes, body_codes = prepared.title, prepared.body

        # 1. near duplicates (body text; a headline-only record is compared on its headline)
        if self.near is not None:
            values = prepared.signature
            if prepared.hashing != self.near.hashing:
                words = (body_codes if len(body_codes) else title_codes) >> 2
                values = self.near.signature(words) if len(words) else None
            original = self.near.add_signature(record.id, values)
            if original is not None and original in self._story_of:
                index = self._story_of[original]
                self._join(index, record.id, when, vector=None, dense=None)
                if original in self._recent:
                    self._copies.setdefault(original, []).append(record.id)
                return Assignment(id=record.id, story=self._stories[index].id, duplicate_of=original, score=1.0)

        # 2. the vector
        counts = self.space.counts(title_codes, body_codes)
        if not self.space.frozen:
            self.space.observe(counts)
        vector = self.space.vector(counts)
        dense = self._embed(record) if self._dense is not None else None
        # Headlines share few words even about one story, so they get their own threshold;
        # anything with a body, however short, is held to the full one.
        headline_only = int(np.count_nonzero((body_codes & 1) == 0)) < HEADLINE_ONLY
        threshold = self.short_threshold if headline_only else self.threshold
        reach = (self.headline_terms, self.headline_terms) if headline_only else (self.query_terms, self.index_terms)

        # 3. candidates, 4. join the best that agrees with its members, or start a story
        weights = dict(zip(*vector))
        scored = []
        for index in self._candidates(vector, when, reach[0]):
            score = self._similarity(self._stories[index], weights, dense) * self._decay(index, when)
            if score >= threshold:
                scored.append((score, index))
        best, best_score = None, -1.0
        # Headlines are exempt: a few words each, two headlines of one story share too few.
        for score, index in sorted(scored, reverse=True):
            if headline_only or self._agrees(index, weights):
                best, best_score = index, score
                break
        self._remember(record.id, vector, threshold, headline_only)
        if when is not None and self.refine_window and vector[0]:
            self._when[record.id] = when
        if best is not None and best_score >= threshold:
            self._join(best, record.id, when, vector, dense, reach[1])
            return Assignment(id=record.id, story=self._stories[best].id, score=round(best_score, 6))
        index = self._start(record.id, when, vector, dense, reach[1])
        return Assignment(id=record.id, story=self._stories[index].id)

    def stories(self) -> dict[str, list[str]]:
        """Every story so far (open or closed): story id -> record ids in arrival order."""
        return {story.id: list(story.members) for story in self._stories if story.members}

    def refine(self, sweeps: int = 2, *, only: Iterable[str] | None = None,
               split: bool = False) -> list[tuple[str, str, str]]:
        """Reassignment sweeps over the recent articles; returns the moves ``(id, from, to)``.

        A single online pass depends on arrival order: an article that came early, when its
        story's centroid was still one or two articles, may sit in a look-alike's story. Each
        sweep compares every article among the last ``refine_window`` (still in an open
        story) with its own story without it and with the candidate stories the index finds;
        it moves when another story is closer and at least at the threshold (and, into a story
        of ``AGREE_BIG`` articles or more, agrees with its latest members: see
        ``AGREE_FLOOR``). Its near-duplicate copies move with it. Cost: ``sweeps * refine_window`` candidate
        lookups, whatever the size of the corpus. Dense (model-backed) scores are not used
        here: the sparse centroids decide. ``only``: sweep just these record ids (those of
        them still among the recent ones). Scores are weighed by publication time as in
        :meth:`assign` (for articles dated in this session: the dates are not saved).

        ``split=True`` first looks at the open stories those articles are in and splits a
        story whose members fall into two groups far apart (:meth:`_split`): two look-alike
        events merged early come apart, which moving one article at a time cannot do. The
        split-off group starts a story, so a move's ``to`` can then be a new story id.
        """
        moves: list[tuple[str, str, str]] = []
        if only is None:
            chosen = list(self._recent.items())
        else:
            recent = self._recent
            chosen = [(rid, recent[rid]) for rid in dict.fromkeys(only) if rid in recent]
        if split:
            touched = dict.fromkeys(self._story_of[rid] for rid, _ in chosen if rid in self._story_of)
            for index in touched:
                if index in self._open:
                    moves.extend(self._split(index))
        for _ in range(sweeps):
            moved = 0
            for record_id, (terms, weights, threshold, headline) in chosen:
                index = self._story_of.get(record_id)
                if index is None or index not in self._open:
                    continue
                story = self._stories[index]
                vector = dict(zip(terms.tolist(), weights.tolist()))
                when = self._when.get(record_id)
                own = self._without(story, vector) if len(story.members) > 1 + len(self._copies.get(record_id, ())) else -1.0
                best, best_score = None, -1.0
                reach = (self.headline_terms, self.headline_terms) if headline else (self.query_terms, self.index_terms)
                for other in self._candidates((list(vector), []), None, reach[0]):
                    if other == index:
                        continue
                    score = self._similarity(self._stories[other], vector, None) * self._decay(other, when)
                    if score > best_score:
                        best, best_score = other, score
                if best is None or best_score < threshold or best_score <= own:
                    continue
                if (not headline and len(self._stories[best].members) >= AGREE_BIG
                        and not self._agrees(best, vector)):
                    continue  # no chaining of look-alikes into a large story (see AGREE_BIG)
                self._move(record_id, index, best, vector, reach[1])
                moves.append((record_id, story.id, self._stories[best].id))
                moved += 1
            if not moved:
                break
        return moves

    def with_body(self, record_ids: Iterable[str]) -> list[str]:
        """Those of ``record_ids`` still among the recent articles that have a body (headline-only
        records are never split off, see :meth:`_split`)."""
        recent = self._recent
        return [rid for rid in record_ids if rid in recent and not recent[rid][3]]

    def story_of(self, record_id: str) -> str:
        return self._stories[self._story_of[record_id]].id

    def copies(self, record_id: str) -> list[str]:
        """The near-duplicate copies of a recent article: :meth:`refine` moves them with it."""
        return list(self._copies.get(record_id, ()))

    def open_members(self, story_ids: Iterable[str]) -> dict[str, list[str]]:
        """The record ids in each of these stories that is open (closed or unknown ones are left out)."""
        wanted = set(story_ids)
        return {self._stories[i].id: list(self._stories[i].members) for i in self._open if self._stories[i].id in wanted}

    def live_stories(self) -> list[str]:
        """Ids of the stories an article can still join: the open ones, and the closed ones
        whose articles a reprint can still be matched to (what :meth:`state` keeps)."""
        live = dict.fromkeys(self._open)
        if self.near is not None:
            live.update(dict.fromkeys(self._story_of[rid] for rid in self.near._order if rid in self._story_of))
        return [self._stories[index].id for index in live]

    def freeze_idf(self, records: Iterable[ClusterRecord]) -> None:
        """Count document frequencies over ``records`` once and keep them fixed from now on.

        :func:`cluster_records` no longer does this for a batch: on ECB+ train/dev (eight
        orders) batch B-cubed F1 was 0.885/0.902 with it and 0.903/0.926 without it."""
        for rec in records:
            self.space.observe(self.space.counts(term_codes(tokenize(rec.title)), term_codes(tokenize(rec.text))))
        self.space.frozen = True

    @property
    def open_stories(self) -> int:
        return len(self._open)

    def state(self) -> bytes:
        """What the clusterer needs to go on later, as bytes (see :mod:`rashomon.stories.state`).

        Bounded: document frequencies, the open stories (centroids, members, index terms),
        the near-duplicate signatures and the recent vectors; closed stories are left out
        except for the ids that near-duplicate originals still point at.
        """
        from .state import dump

        return dump(self)

    @classmethod
    def from_state(cls, data: bytes, **options: Any) -> StoryClusterer:
        """A clusterer that goes on from :meth:`state`. ``options`` must be the ones the state
        was saved with (as passed to the constructor); other options raise ``ValueError``,
        and so does data that is not a state of this version."""
        from .state import load

        return load(cls, data, options)

    # -- internals --------------------------------------------------------------------------

    def _embed(self, rec: ClusterRecord) -> np.ndarray:
        text = f"{rec.title}\n{rec.text}".strip()
        return np.asarray(self._dense.embed([text])[0], dtype=np.float32)  # type: ignore[union-attr]

    def _candidates(self, vector: _Vector, when: float | None, terms: int) -> list[int]:
        """Open stories sharing the most strong terms with the article (most recent on a tie)."""
        is_open = self._open
        if len(is_open) <= self.max_candidates:
            # So few open stories that each can be scored: a small corpus does not depend on
            # its articles' few strongest terms meeting in the index.
            ranked = list(reversed(is_open))
        else:
            postings = self._postings
            hits = Counter(chain.from_iterable([postings.get(term, ()) for term in vector[0][:terms]]))
            # (shared terms, story index) tuples compare in C: most shared first, then most recent.
            ranked = [index for _, index in heapq.nlargest(
                self.max_candidates, [(count, index) for index, count in hits.items() if index in is_open])]
        if when is None or self.window is None:
            return ranked
        # Out-of-order dates: a story can be open yet far from this article's date.
        stories, window = self._stories, self.window
        return [i for i in ranked if stories[i].last_time is None or abs(when - stories[i].last_time) <= window]

    def _similarity(self, story: _Story, weights: dict[int, float], dense: np.ndarray | None) -> float:
        if dense is not None and story.dense is not None:
            norm = float(np.linalg.norm(story.dense)) or 1.0
            return float(np.dot(story.dense, dense)) / norm
        if not story.norm:
            return 0.0
        centroid = story.centroid
        # Only the shared terms matter; the key intersection runs in C.
        return sum([weights[term] * centroid[term] for term in weights.keys() & centroid.keys()]) / story.norm

    def _remember(self, record_id: str, vector: _Vector, threshold: float, headline: bool) -> None:
        if not self.refine_window or not vector[0]:
            return
        self._recent[record_id] = (np.array(vector[0], dtype=np.int64), np.array(vector[1], dtype=np.float32), threshold,
                                   headline)
        if len(self._recent) > self.refine_window:
            oldest, _ = self._recent.popitem(last=False)
            self._copies.pop(oldest, None)
            self._when.pop(oldest, None)

    def _split(self, index: int) -> list[tuple[str, str, str]]:
        """Split an open story in two when its members fall into two groups far apart.

        Two-means over the members' recent vectors (the member least like the centroid and
        the member least like that one seed the two groups); when the two groups' centroids
        have a cosine below ``SPLIT_BELOW`` and each group has two members or more, the
        smaller group starts a story of its own. Two look-alike events merged early (the
        first article of the second event joined the first one's story) come apart here; a
        single online pass cannot undo that, and moving one article at a time neither.
        """
        story = self._stories[index]
        size = len(story.members)
        if size < 4 or size < self._split_checked.get(index, 0) * 3 // 2:
            return []
        self._split_checked[index] = size
        if len(self._split_checked) > 2 * len(self._open) + 1000:  # closed stories leave it
            self._split_checked = {i: n for i, n in self._split_checked.items() if i in self._open}
        recent = self._recent
        # Headlines are left out: a few words each, two halves of one story share too few.
        ids = [m for m in story.members[-SPLIT_MEMBERS:] if m in recent and not recent[m][3]]
        if len(ids) < 4:
            return []
        terms = [recent[m][0] for m in ids]
        columns, inverse = np.unique(np.concatenate(terms), return_inverse=True)
        matrix = np.zeros((len(ids), len(columns)), dtype=np.float32)
        rows = np.repeat(np.arange(len(ids)), [len(t) for t in terms])
        matrix[rows, inverse] = np.concatenate([recent[m][1] for m in ids])
        centre = matrix.sum(axis=0)
        first = int(np.argmin(matrix @ centre))
        second = int(np.argmin(matrix @ matrix[first]))
        if first == second:
            return []
        a, b = matrix[first], matrix[second]
        label = None
        for _ in range(10):
            new = (matrix @ b) > (matrix @ a)
            if label is not None and np.array_equal(new, label):
                break
            label = new
            if label.all() or not label.any():
                return []
            a, b = matrix[~label].sum(axis=0), matrix[label].sum(axis=0)
        small = int(label.sum())
        if min(small, len(ids) - small) < 2:
            return []
        cosine = float(a @ b) / ((float(np.linalg.norm(a)) * float(np.linalg.norm(b))) or 1.0)
        if cosine >= SPLIT_BELOW:
            return []
        leaving = [m for m, side in zip(ids, label) if side == (small <= len(ids) - small)]
        target = len(self._stories)
        self._made += 1
        self._stories.append(_Story(f"s{self._made}"))
        times = [self._when[m] for m in leaving if m in self._when]
        self._stories[target].last_time = max(times) if times else story.last_time
        self._open[target] = self._arrived  # split off now: idle from now (idle_articles)
        moves = []
        for member in leaving:
            m_terms, m_weights, _, headline = recent[member]
            vector = dict(zip(m_terms.tolist(), m_weights.tolist()))
            self._move(member, index, target, vector, self.headline_terms if headline else self.index_terms)
            moves.append((member, story.id, self._stories[target].id))
        if len(self._open) > self.max_open:
            self._close(next(iter(self._open)))
        return moves

    def _agrees(self, index: int, weights: dict[int, float]) -> bool:
        """Whether an article is close enough to the story's latest members to join it (see
        ``AGREE_FLOOR``): one of them at ``AGREE_FLOOR`` or more, and for a story of
        ``AGREE_BIG`` articles or more, ``AGREE_MEAN`` on average. Members without a recent
        vector (near-duplicate copies, or too old) are skipped; with none, it agrees."""
        story = self._stories[index]
        size = len(story.members)
        if size < 2:
            return True
        recent, get = self._recent, weights.get
        values = []
        for member in reversed(story.members[-2 * AGREE_MEMBERS:]):
            kept = recent.get(member)
            if kept is not None:
                values.append(sum([get(t, 0.0) * w for t, w in zip(kept[0].tolist(), kept[1].tolist())]))
                if len(values) >= AGREE_MEMBERS:
                    break
        if not values:
            return True
        if max(values) < AGREE_FLOOR:
            return False
        return size < AGREE_BIG or sum(values) / len(values) >= AGREE_MEAN

    def _decay(self, index: int, when: float | None) -> float:
        """1 / (1 + hours apart / TIME_SCALE_HOURS) between an article's date and the story's last."""
        last = self._stories[index].last_time
        if when is None or last is None or not TIME_SCALE:
            return 1.0
        return 1.0 / (1.0 + abs(when - last) / TIME_SCALE)

    @staticmethod
    def _without(story: _Story, vector: dict[int, float]) -> float:
        """Cosine of ``vector`` with the story's centroid minus that vector (leave one out)."""
        centroid = story.centroid
        dot = 0.0
        norm2 = story.norm * story.norm
        for term in vector.keys() & centroid.keys():
            rest = max(centroid[term] - vector[term], 0.0)
            dot += vector[term] * rest
            norm2 -= centroid[term] * centroid[term] - rest * rest
        return dot / math.sqrt(norm2) if norm2 > 1e-12 else -1.0

    def _move(self, record_id: str, source: int, target: int, vector: dict[int, float], index_terms: int) -> None:
        """Take an article (and its copies) out of one open story and into another."""
        moving = [record_id, *self._copies.get(record_id, ())]
        old, new = self._stories[source], self._stories[target]
        gone = set(moving)
        old.members = [m for m in old.members if m not in gone]
        new.members.extend(moving)
        for member in moving:
            self._story_of[member] = target
        centroid = old.centroid
        for term, weight in vector.items():
            if term in centroid:
                rest = centroid[term] - weight
                if rest > 1e-9:
                    centroid[term] = rest
                else:
                    del centroid[term]
        old.norm = math.sqrt(sum(w * w for w in centroid.values()))
        if not old.members:
            self._close(source)
        terms = sorted(vector, key=vector.__getitem__, reverse=True)
        self._add_vector(target, (terms, [vector[t] for t in terms]), index_terms)
        if new.last_time is not None and old.last_time is not None:
            new.last_time = max(new.last_time, old.last_time)

    def _start(self, record_id: str, when: float | None, vector: _Vector,
               dense: np.ndarray | None, index_terms: int) -> int:
        index = len(self._stories)
        self._made += 1
        self._stories.append(_Story(f"s{self._made}"))
        self._join(index, record_id, when, vector, dense, index_terms)
        return index

    def _join(self, index: int, record_id: str, when: float | None, vector: _Vector | None,
              dense: np.ndarray | None, index_terms: int = 0) -> None:
        story = self._stories[index]
        story.members.append(record_id)
        self._story_of[record_id] = index
        if when is not None:
            story.last_time = when if story.last_time is None else max(story.last_time, when)
        if vector and vector[0]:
            self._add_vector(index, vector, index_terms)
        if dense is not None:
            story.dense = dense.copy() if story.dense is None else story.dense + dense
        if vector is None and index not in self._open:
            return  # a reprint of a closed story's article joins it without reopening it
        self._open[index] = self._arrived
        self._open.move_to_end(index)
        if len(self._open) > self.max_open:
            self._close(next(iter(self._open)))

    def _add_vector(self, index: int, vector: _Vector, terms: int) -> None:
        """Add an article's vector to the story's centroid and index the story under its terms."""
        story = self._stories[index]
        centroid = story.centroid
        get = centroid.get
        norm2 = story.norm * story.norm
        for term, weight in zip(*vector):
            old = get(term, 0.0)
            centroid[term] = old + weight
            norm2 += weight * (2.0 * old + weight)
        if len(centroid) > self.centroid_terms + self.centroid_terms // 2:  # prune now and then
            kept = sorted(centroid.items(), key=lambda kv: kv[1], reverse=True)[: self.centroid_terms]
            story.centroid = centroid = dict(kept)
            norm2 = sum([w * w for w in centroid.values()])  # exact again after pruning
        story.norm = math.sqrt(max(norm2, 0.0))
        for term in vector[0][:terms]:
            postings = self._postings.get(term)
            if postings is None:
                self._postings[term] = [index]
            elif postings[-1] != index:
                postings.append(index)
                if len(postings) > self.postings_cap + self.postings_cap // 4:
                    del postings[: len(postings) - self.postings_cap]  # drop the oldest, in batches

    def _expire(self, now: float | None) -> None:
        """Close stories idle for longer than the window (by article dates) or than
        ``idle_articles`` arrivals (the least recently updated are at the front)."""
        self._arrived += 1
        if self.idle_articles is not None:
            horizon = self._arrived - self.idle_articles
            while self._open:
                oldest, updated = next(iter(self._open.items()))
                if (updated or 0) >= horizon:
                    break
                self._close(oldest)
        if now is None:
            return
        if self._latest is None or now > self._latest:
            self._latest = now
        if self.window is None:
            return
        horizon = self._latest - self.window
        while self._open:
            oldest = next(iter(self._open))
            last = self._stories[oldest].last_time
            if last is None or last >= horizon:
                break
            self._close(oldest)

    def _close(self, index: int) -> None:
        """A closed story keeps its members but drops its vectors; its postings age out."""
        self._open.pop(index, None)
        story = self._stories[index]
        story.centroid = {}
        story.norm = 0.0
        story.dense = None


_DENSE_DEFAULT_THRESHOLD = 0.7  # chosen on ECB+ dev (one order) for "static"; dev F1 0.787 vs 0.807 for tfidf


def _load_embedder(name: str):
    """("tfidf", None) for the built-in hashing TF-IDF, else (name, a model-backed embedder)."""
    if name == "tfidf":  # the registry's tfidf fits per call; streaming needs the hashing one
        return "tfidf", None
    from ..backends.embedders import available, get_embedder

    if name == "auto":
        name = available()[0]
        if name == "tfidf":
            return "tfidf", None
    return name, get_embedder(name)


# --- running it over records -----------------------------------------------------------------


def cluster_records(
    records: Iterable[Mapping[str, Any]],
    *,
    batch: bool = False,
    progress: bool = False,
    threshold: float | None = None,
    embedder: str = "tfidf",
    on_skip: Callable[[int, str], None] | None = None,
    sweeps: int = 2,
    refine_every: int = REFINE_EVERY,
    **options: Any,
) -> Iterator[dict[str, Any]]:
    """Cluster ``{id, title, text, date?, source?, url?}`` records; yield ``{"id", "story"}`` each.

    A near duplicate's line also has ``"duplicate_of"``. Streaming (the default) yields each
    line as soon as its record is placed, in input order. Every ``refine_every`` records
    (0: never) the stories that the articles with a body just placed are in are looked at
    again, and split when they hold two groups far apart (:meth:`StoryClusterer.refine`
    with ``split=True`` and no sweep; about 6% more time on 600-word articles): an article
    that moved is yielded again, ``{"id", "story", "moved": true}``; the last line of an id
    is where it is. ``batch=True`` reads everything first, clusters in date order (records
    without a date keep their input position) with the same splits, makes ``sweeps``
    reassignment sweeps with splitting over everything, and then yields one line per
    record, in input order. (Document frequencies are counted as records are placed in both
    modes: freezing them over the whole batch first, as batch once did, scored lower on
    ECB+ train/dev and UCI-6k dev.)

    A malformed record or a repeated id raises :class:`InputError`, unless ``on_skip`` is
    given: it is then called with the record's 0-based position and the reason, and the
    record is left out. ``options`` go to :class:`StoryClusterer`.
    """
    clusterer = StoryClusterer(threshold=threshold, embedder=embedder, **options)
    total = len(records) if isinstance(records, Sized) else None
    with ticker(progress, total, "clustering") as advance:
        if not batch:
            block: list[str] = []
            weak = _Weak()
            for position, raw in enumerate(records):
                line = _place(clusterer, position, raw, on_skip, weak)
                advance()
                if line is not None:
                    yield line
                    block.append(line["id"])
                    if refine_every and len(block) >= refine_every:
                        yield from _corrections(clusterer, block, weak)
                        block = []
            if refine_every and block:
                yield from _corrections(clusterer, block, weak)
            return

        valid: list[tuple[int, ClusterRecord]] = []
        first_seen: dict[str, int] = {}
        for position, raw in enumerate(records):
            try:
                rec = ClusterRecord.from_dict(raw)
                if rec.id in first_seen:  # the first in input order is kept, as when streaming
                    raise InputError(rec.id, "duplicate id: an earlier record has it")
                first_seen[rec.id] = position
                valid.append((position, rec))
            except InputError as err:
                _skip(on_skip, position, err)
        placed: dict[int, dict[str, Any]] = {}
        block = []
        weak = _Weak()
        for position, rec in [valid[i] for i in arrival_order([rec.date for _, rec in valid])]:
            line = _place(clusterer, position, rec, on_skip, weak)
            advance()
            if line is not None:
                placed[position] = line
                block.append(line["id"])
                if refine_every and len(block) >= refine_every:
                    for _ in _corrections(clusterer, block, weak):
                        pass  # the lines are yielded at the end, in input order
                    block = []
        if sweeps:
            clusterer.refine(sweeps, split=True)
            for line in placed.values():
                line["story"] = clusterer.story_of(line["id"])
        for position in sorted(placed):
            yield placed[position]


class _Weak:
    """The articles among the last ``SWEEP_WINDOW`` placed that started a story or joined one
    with a score below ``SWEEP_BELOW``: those a streaming sweep looks at again, at the ages
    ``SWEEP_AGES`` (an article that joined strongly seldom moves, and each look costs a
    candidate lookup)."""

    def __init__(self) -> None:
        self.placed = 0
        self.swept = 0  # self.placed at the last sweep of the window
        self.ids: OrderedDict[str, int] = OrderedDict()  # record id -> its place in the stream

    def add(self, record_id: str, score: float) -> None:
        self.placed += 1
        if score < SWEEP_BELOW:
            self.ids[record_id] = self.placed
        while self.ids and next(iter(self.ids.values())) <= self.placed - SWEEP_WINDOW:
            self.ids.popitem(last=False)

    def due(self) -> list[str]:
        """Every ``SWEEP_EVERY`` records, the ids that reached one of ``SWEEP_AGES`` since the
        last time; in between, none."""
        if self.placed - self.swept < SWEEP_EVERY:
            return []
        last, self.swept = self.swept, self.placed
        return [rid for rid, place in self.ids.items()
                if any(last - age < place <= self.placed - age for age in SWEEP_AGES)]


def _corrections(clusterer: StoryClusterer, block: list[str], weak: _Weak) -> Iterator[dict[str, Any]]:
    """Split the stories the block's articles joined where needed, then sweep the block and,
    every ``SWEEP_EVERY`` records, the weakly placed articles of the window (:class:`_Weak`);
    a line for each article that moved (and for its near-duplicate copies, which move with it)."""
    moved: dict[str, str] = {}
    chosen = list(dict.fromkeys([*weak.due(), *block]))
    for record_id, _, _ in clusterer.refine(SWEEPS, only=clusterer.with_body(chosen), split=True):
        for member in (record_id, *clusterer._copies.get(record_id, ())):
            moved[member] = clusterer.story_of(member)
    for record_id, story in moved.items():
        yield {"id": record_id, "story": story, "moved": True}


def _place(clusterer: StoryClusterer, position: int, raw: Mapping[str, Any] | ClusterRecord,
           on_skip: Callable[[int, str], None] | None, weak: _Weak) -> dict[str, Any] | None:
    try:
        rec = raw if isinstance(raw, ClusterRecord) else ClusterRecord.from_dict(raw)
        placed = clusterer.assign(rec)
    except InputError as err:
        _skip(on_skip, position, err)
        return None
    if placed.duplicate_of is None:
        weak.add(placed.id, placed.score)
    line: dict[str, Any] = {"id": placed.id, "story": placed.story}
    if placed.duplicate_of is not None:
        line["duplicate_of"] = placed.duplicate_of
    return line


def _skip(on_skip: Callable[[int, str], None] | None, position: int, err: InputError) -> None:
    if on_skip is None:
        raise err
    reason = f"{err.source}: {err.reason}" if err.source != "record" else err.reason
    log.info("skipped record %d: %s", position, reason)
    on_skip(position, reason)


def arrival_order(dates: Sequence[str | None]) -> list[int]:
    """The positions of ``dates`` (ISO 8601, or None for an undated article) in the order they
    are clustered: by date, an undated one taking the date of the dated one before it in the
    sequence (so it stays beside the articles it came with), ties in sequence order."""
    keys: list[tuple[float, int]] = []
    carried = -math.inf
    for position, date in enumerate(dates):
        if date:
            carried = parse_date(date)
        keys.append((carried, position))
    return [position for _, position in sorted(keys)]


def in_date_order(records: Sequence[ClusterRecord]) -> list[ClusterRecord]:
    """``records`` in :func:`arrival_order`."""
    return [records[position] for position in arrival_order([rec.date for rec in records])]


# --- scoring ---------------------------------------------------------------------------------


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against gold.

    Scored over the items in ``gold``; an item missing from ``predicted`` counts as a
    singleton.
    """
    if not gold:
        raise ValueError("bcubed: the gold clustering is empty")
    joint: dict[tuple[Any, Any], int] = {}
    pred_size: dict[Any, int] = {}
    gold_size: dict[Any, int] = {}
    for item, gold_cluster in gold.items():
        pred_cluster = predicted.get(item, ("__singleton__", item))
        joint[pred_cluster, gold_cluster] = joint.get((pred_cluster, gold_cluster), 0) + 1
        pred_size[pred_cluster] = pred_size.get(pred_cluster, 0) + 1
        gold_size[gold_cluster] = gold_size.get(gold_cluster, 0) + 1
    # Each of the n items in a (pred, gold) cell has n items in common with its own clusters.
    precision = sum(n * n / pred_size[p] for (p, _), n in joint.items())
    recall = sum(n * n / gold_size[g] for (_, g), n in joint.items())
    precision /= len(gold)
    recall /= len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
