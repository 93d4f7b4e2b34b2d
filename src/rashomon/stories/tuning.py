"""The clusterer's tuned constants, in one place.

Each was chosen on development data only (ECB+ train and dev, the dev half of UCI-6k, the
firehose generator of bench/cluster_scale.py); bench/README.md records what was measured
for each choice. The clusterer (:mod:`.clusterer`) and the streaming scheduler
(:mod:`.cluster`) import them by name.
"""

from __future__ import annotations

from dataclasses import dataclass

# Thresholds: the cosine an article needs with a story's centroid to join it.
DEFAULT_THRESHOLD = 0.18  # an article with a body, in the hashed TF-IDF space
DEFAULT_SHORT_THRESHOLD = 0.02  # a headline-only record: two headlines of one story share few words
DENSE_DEFAULT_THRESHOLD = 0.7  # any article, with a model-backed embedder (cosines run higher there)
HEADLINE_ONLY = 5  # a body with fewer content words than this is treated as a headline

# Publication time: a story's score is divided by 1 + max(0, hours apart - grace) / scale, so an
# article prefers the story that is happening now over an older look-alike. Undated records are
# not affected. Each kind of input has its own penalty (bench/README.md, ``## scale3``):
# - headline-only records (a feed's or an aggregator's headlines) count the hours from the
#   story's first headline: a headline story is a burst, and a story that stays "fresh" only
#   because look-alike headlines keep joining it (the day's markets, a game's launch week) no
#   longer chains on for days;
# - articles with a body count them from the story's latest article, with a grace window:
#   follow-up coverage of one event a day or two later belongs to its story.


@dataclass(frozen=True, slots=True)
class TimePenalty:
    since: str  # "first": hours from the story's first article; "latest": from its latest
    grace_hours: float  # no penalty within this many hours
    scale_hours: float  # then 1 / (1 + hours beyond the grace / scale); 0: no penalty at all

    def describe(self) -> str:
        if not self.scale_hours:
            return "no time penalty"
        grace = f"{self.grace_hours:g} h free, then " if self.grace_hours else ""
        return f"time penalty from the story's {self.since} article: {grace}1 / (1 + hours / {self.scale_hours:g})"


HEADLINE_PENALTY = TimePenalty("first", 0.0, 4.0)
ARTICLE_PENALTY = TimePenalty("latest", 48.0, 24.0)

# Splitting (StoryClusterer.refine with split=True): a story whose members fall into two groups
# whose centroids have a cosine below SPLIT_BELOW is cut in two. Only the latest SPLIT_MEMBERS
# members are looked at, which bounds the cost.
SPLIT_BELOW = 0.4
SPLIT_MEMBERS = 48

# Agreement (StoryClusterer.assign): an article with a body joins a story of two articles or
# more only if its cosine with one of the story's last AGREE_MEMBERS members (that have a
# vector) is AGREE_FLOOR or more and, for a story of AGREE_BIG articles or more, its mean
# cosine with them is AGREE_MEAN or more. Why: a centroid summed over many look-alike events
# is their shared generic vocabulary and scores high with the next look-alike, whose cosine
# with each member is low; without this rule, look-alikes chained into giant stories.
# AGREE_BIG sits above any ECB+ event (22 articles at most), so the mean rule acts only
# where chaining happens, at firehose density.
AGREE_FLOOR = 0.2
AGREE_MEAN = 0.2
AGREE_BIG = 30
AGREE_MEMBERS = 8

# Streaming refinement (cluster_records): every REFINE_EVERY records the stories just joined
# are split where needed and the records just placed are swept (SWEEPS reassignment sweeps).
# The weakly placed articles (those that started a story or joined one below SWEEP_BELOW) are
# swept again when they are SWEEP_AGES records old (checked every SWEEP_EVERY records): an
# early article can then move to the story that formed after it. Three looks bound the cost
# of each article to three candidate lookups. A sweep moves an article into a story of
# AGREE_BIG articles or more only if it agrees with its latest members, as a join must.
REFINE_EVERY = 20
SWEEPS = 2
SWEEP_EVERY = 40
SWEEP_AGES = (0, 80, 200)
SWEEP_WINDOW = SWEEP_AGES[-1] + 2 * SWEEP_EVERY  # a look can come up to SWEEP_EVERY late
SWEEP_BELOW = 0.4
