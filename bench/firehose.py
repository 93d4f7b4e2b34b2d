"""The synthetic firehose: seeded articles for the scale benchmarks (cluster_scale, ingest_scale,
warc_firehose).

:func:`generate` recombines real sentences
of ECB+ into a firehose dated at 500,000 articles a day, built to look like a day of news
where it matters for clustering:

- A story is about one event: its sentences come from one ECB+ document and the other
  documents of that document's event (a pool of 40 real sentences); 10% of an article's
  sentences come from anywhere in the corpus (background, boilerplate).
- A story carries its own names: every name in ECB+ (a capitalised word or an acronym,
  almost never seen in lower case, found in at most three of the 43 topics) is a slot, and each story fills each slot, the same in all its articles, with a name
  of the same kind (person, place, organisation, from the ECB+ mention tags; other): a real
  place, organisation or other name of the corpus (these recur across stories, as places do
  in the news), or for a person, the first half of one real person's name joined to the
  second half of another's (so people are about as distinctive as in the news). Two stories built on one ECB+ event are look-alikes (the same kind of event,
  other people and places), which is what the clusterer must tell apart; with 982 documents
  in 86 events and about 70,000 stories a day, a day holds about 800 stories per ECB+ event,
  many more look-alikes than a real day has.
- Headlines come from the story's own sentences, those with a name if any (the first
  article's is its document's lead sentence), cut to 14 words.
- Story sizes are 1 + lognormal (median 3.7, mean about 7, capped at 1,000 articles); life
  spans are lognormal, median 8 hours, capped at 3 days, most stories living hours to a
  couple of days; a story's articles come early in its span. Stories start at a steady rate
  from three days before the first article, so the stream opens on a day already in progress.
- About 10% of the articles are near-duplicate reprints of one of the story's five latest
  articles (five words edited, a new headline). Articles are about 600 words.

``--generator mixed`` runs the first generator instead (every story's pool sampled from all
of ECB+, a random UCI-6k headline per story, stories living a few hundred articles), kept
for comparison with earlier results.
"""

from __future__ import annotations

import heapq
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED  # noqa: E402

ECB = SHARED / "data" / "ecbplus" / "ecbplus_docs.jsonl"
MENTIONS = SHARED / "data" / "ecbplus" / "ecbplus_mentions.jsonl"
UCI = SHARED / "data" / "uci-news-6k" / "uci-news-6k.csv"
WORDS_PER_ARTICLE = 600
ARTICLES_PER_DAY = 500_000
START = datetime(2024, 1, 1, tzinfo=timezone.utc)

# --- the generator ---------------------------------------------------------------------------

SENTENCES_PER_STORY = 40  # the story's own pool of real sentences
OFF_STORY = 0.10  # share of an article's sentences drawn from the whole corpus
REPRINTS = 0.10  # share of articles that are near-duplicate reprints of an earlier one
TITLE_WORDS = 14
SPAN_MEDIAN_HOURS, SPAN_SIGMA, SPAN_MAX_HOURS = 8.0, 0.9, 72.0  # life spans: lognormal, capped
SIZE_MU, SIZE_SIGMA, SIZE_MAX = 1.0, 1.3, 1_000  # articles per story: 1 + lognormal, capped

_NOT_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Mr Mrs Ms Dr".split())
_NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*|[A-Z]{2,6})\b")
_KINDS = {"HUMAN_PART_PER": "person", "LOC_GEO": "place", "LOC_FAC": "place", "LOC_OTHER": "place",
          "HUMAN_PART_GPE": "place", "HUMAN_PART_ORG": "organisation"}


class _Corpus:
    """ECB+ sentences as templates whose names are slots (``{n17}``), by document and event."""

    def __init__(self) -> None:
        docs = [json.loads(line) for line in ECB.open(encoding="utf-8")]
        kept = [[s["text"] for s in doc["sentences"]
                 if len(s["text"].split()) >= 6 and "http" not in s["text"] and "/ /" not in s["text"]]
                for doc in docs]
        # A name: a capitalised word or an acronym, almost never in lower case, and seen in at
        # most three of the 43 topics ("Reid", "Valparaiso", "IBM"; not "Police", "CEO", "Monday").
        lower, upper, topics = Counter(), Counter(), {}
        for doc, sentences in zip(docs, kept):
            for sentence in sentences:
                for word in re.findall(r"[A-Za-z][A-Za-z-]*", sentence):
                    if word[0].islower():
                        lower[word.lower()] += 1
                    else:
                        upper[word] += 1
                        topics.setdefault(word, set()).add(doc["topic"])
        names = sorted(w for w, count in upper.items()
                       if lower[w.lower()] <= 0.2 * count and len(topics[w]) <= 3 and w not in _NOT_NAMES
                       and _NAME.fullmatch(w))
        kind: dict[str, str] = {}
        with MENTIONS.open(encoding="utf-8") as fh:
            for line in fh:
                mention = json.loads(line)
                if mention["tag"] in _KINDS:
                    for word in mention["text"].split():
                        kind.setdefault(word, _KINDS[mention["tag"]])
        groups: dict[str, list[str]] = {}
        for name in names:
            groups.setdefault(kind.get(name, "other"), []).append(name)
        self.slot = {name: i for i, name in enumerate(names)}
        # A slot's replacements: a place, organisation or other name is a real one of its kind
        # (places recur across stories, as they do in the news); a person's name is the first
        # half of one real person's name and the second half of another's ("Ket|soyan" and
        # "Jar|moune" make "Ketmoune"), so people are nearly as distinctive as in the news.
        persons = groups["person"]
        halves = (sorted({p[: (len(p) + 1) // 2] for p in persons}), sorted({p[(len(p) + 1) // 2:] for p in persons}))
        self.pools = [halves if kind.get(name) == "person" else (groups[kind.get(name, "other")], None)
                      for name in names]
        self.templates: list[str] = []
        self.doc_sentences: list[list[int]] = []
        self.doc_event: list[str] = []
        for doc, sentences in zip(docs, kept):
            if len(sentences) < 3:
                continue
            self.doc_sentences.append(list(range(len(self.templates), len(self.templates) + len(sentences))))
            self.doc_event.append(doc["cluster"])
            for sentence in sentences:
                escaped = sentence.replace("{", "{{").replace("}", "}}")
                self.templates.append(_NAME.sub(self._slot, escaped))
        self.event_sentences: dict[str, list[int]] = {}
        for event, ids in zip(self.doc_event, self.doc_sentences):
            self.event_sentences.setdefault(event, []).extend(ids)

    def _slot(self, match: re.Match) -> str:
        slot = self.slot.get(match.group())
        return match.group() if slot is None else "{n%d}" % slot


class _Names(dict):
    """One story's names: slot -> a real name of the same kind, a pure function of the story's
    seed (so every article of the story gets the same names, and nothing is stored)."""

    def __init__(self, seed: int, pools: list[tuple[list[str], list[str] | None]]) -> None:
        super().__init__()
        self.seed, self.pools = seed, pools

    def __missing__(self, key: str) -> str:
        slot = int(key[1:])
        h = (self.seed ^ (slot * 0x9E3779B97F4A7C15)) & 0xFFFFFFFFFFFFFFFF
        h = ((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        heads, tails = self.pools[slot]
        name = heads[(h >> 20) % len(heads)]
        if tails is not None:
            name += tails[(h >> 3) % len(tails)]
        self[key] = name
        return name


class _Story:
    __slots__ = ("gold", "pool", "lead", "names", "times", "originals")

    def __init__(self, gold: str, pool: tuple[int, ...], lead: int, names: int, times: list[float]) -> None:
        self.gold, self.pool, self.lead, self.names, self.times = gold, pool, lead, names, times
        self.originals: list[int] = []  # seeds of its latest original articles (a reprint copies one)


_CORPUS: _Corpus | None = None


def _corpus() -> _Corpus:
    global _CORPUS
    if _CORPUS is None:
        _CORPUS = _Corpus()
    return _CORPUS


def _size(rng: random.Random) -> int:
    return min(1 + int(rng.lognormvariate(SIZE_MU, SIZE_SIGMA)), SIZE_MAX)


def _mean_size() -> float:
    rng = random.Random(0)
    return sum(_size(rng) for _ in range(200_000)) / 200_000


def _body(corpus: _Corpus, story: _Story, seed: int) -> str:
    rng = random.Random(seed)
    names = _Names(story.names, corpus.pools)
    templates, pool = corpus.templates, story.pool
    body: list[str] = []
    words = 0
    while words < WORDS_PER_ARTICLE:
        template = templates[rng.choice(pool) if rng.random() >= OFF_STORY else rng.randrange(len(templates))]
        sentence = template.format_map(names)
        body.append(sentence)
        words += sentence.count(" ") + 1
    return " ".join(body)


def _headline(corpus: _Corpus, story: _Story, sentence: int) -> str:
    return " ".join(corpus.templates[sentence].format_map(_Names(story.names, corpus.pools)).split()[:TITLE_WORDS])


def _named(corpus: _Corpus, story: _Story, rng: random.Random) -> int:
    """One of the story's sentences for a headline, one with a name if it has any."""
    named = [s for s in story.pool if "{n" in corpus.templates[s]]
    return rng.choice(named or story.pool)


def generate(n: int, seed: int = 7) -> Iterator[dict]:
    """``n`` synthetic article records ``{id, title, text, date, story}`` in date order (see the
    module docstring); ``story`` names the generator's story, the gold the clustering is scored
    against (extra fields are ignored by ``ClusterRecord.from_dict``)."""
    corpus = _corpus()
    rng = random.Random(seed)
    per_second = ARTICLES_PER_DAY / 86_400.0
    births_per_second = per_second / _mean_size()
    span_mu = math.log(SPAN_MEDIAN_HOURS * 3600.0)
    longest = SPAN_MAX_HOURS * 3600.0
    born = -longest  # stories start three days before the first article: the day is in progress
    made = 0
    queue: list[tuple[float, int]] = []  # (time of a story's next article, story number)
    live: dict[int, _Story] = {}
    emitted = 0
    while emitted < n:
        while not queue or born <= queue[0][0]:
            size = _size(rng)
            span = min(rng.lognormvariate(span_mu, SPAN_SIGMA), longest)
            times = sorted((born + span * rng.random() ** 1.5 for _ in range(size - 1)), reverse=True)
            times.append(born)  # the first article opens the story; pop() takes the earliest
            doc = rng.randrange(len(corpus.doc_sentences))
            names = rng.getrandbits(64)
            if times[0] >= 0.0:  # some of it falls inside the stream
                own = corpus.doc_sentences[doc]
                event = corpus.event_sentences[corpus.doc_event[doc]]
                mine = set(own)
                others = [s for s in event if s not in mine]
                extra = rng.sample(others, min(len(others), max(0, SENTENCES_PER_STORY - len(own))))
                story = _Story(f"s{made}:{corpus.doc_event[doc]}", tuple(own[:SENTENCES_PER_STORY] + extra), own[0], names, times)
                live[made] = story
                heapq.heappush(queue, (times.pop(), made))
            made += 1
            born += rng.expovariate(births_per_second)
        when, number = heapq.heappop(queue)
        story = live[number]
        if story.times:
            heapq.heappush(queue, (story.times.pop(), number))
        else:
            del live[number]
        article_seed = rng.getrandbits(64)
        if story.originals and rng.random() < REPRINTS:
            if when < 0.0:
                continue
            words = _body(corpus, story, rng.choice(story.originals)).split()
            for _ in range(5):
                words[rng.randrange(len(words))] = rng.choice(words)
            text, title = " ".join(words), _headline(corpus, story, _named(corpus, story, rng))
        else:
            story.originals = (story.originals + [article_seed])[-5:]
            if when < 0.0:
                continue  # published before the stream opens: only its seed is kept, for reprints
            first = len(story.originals) == 1
            text = _body(corpus, story, article_seed)
            title = _headline(corpus, story, story.lead if first else _named(corpus, story, rng))
        date = (START + timedelta(seconds=when)).isoformat()
        yield {"id": f"g{emitted}", "title": title, "text": text, "date": date, "story": story.gold}
        emitted += 1


def generate_mixed(n: int, seed: int = 7) -> Iterator[dict]:
    """The first generator (``--generator mixed``): each story samples its 40-sentence pool
    from all of ECB+ and takes a random UCI-6k headline; a story continues among the ~30 most
    recently started ones, so it lives a few hundred articles (under a minute of a 500k day)."""
    import csv

    sentences: list[str] = []
    with ECB.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            sentences += [s["text"] for s in doc["sentences"] if len(s["text"].split()) >= 6]
    with UCI.open(encoding="utf-8", newline="") as fh:
        titles = [row["TITLE"] for row in csv.DictReader(fh)]
    rng = random.Random(seed)
    stories: list[dict] = []
    for i in range(n):
        # A new story one time in eight; otherwise a recent one continues.
        if not stories or rng.random() < 0.125:
            stories.append({"pool": rng.sample(sentences, 40), "title": rng.choice(titles), "articles": [],
                            "gold": f"g{i}"})
            stories = stories[-2000:]
        story = stories[-1 - min(int(rng.expovariate(1 / 30)), len(stories) - 1)]
        date = (START + timedelta(days=i / ARTICLES_PER_DAY)).isoformat()
        if story["articles"] and rng.random() < 0.10:
            text = story["articles"][rng.randrange(len(story["articles"]))].split()
            for _ in range(5):
                text[rng.randrange(len(text))] = rng.choice(text)
            yield {"id": f"g{i}", "title": rng.choice(titles), "text": " ".join(text), "date": date,
                   "story": story["gold"]}
            continue
        body, words = [], 0
        while words < WORDS_PER_ARTICLE:
            sentence = rng.choice(story["pool"]) if rng.random() < 0.75 else rng.choice(sentences)
            body.append(sentence)
            words += len(sentence.split())
        text = " ".join(body)
        story["articles"] = (story["articles"] + [text])[-5:]
        yield {"id": f"g{i}", "title": story["title"], "text": text, "date": date, "story": story["gold"]}


GENERATORS = {"events": generate, "mixed": generate_mixed}
