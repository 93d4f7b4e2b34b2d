"""Headline-only records, recognised by their shape and clustered as headlines.

Feeds and datasets often carry a headline and nothing else, or repeat the headline as the
text (a CSV whose one text column was mapped to both ``title`` and ``text``). Such a record
has a body only in name; clustered as an article, at the threshold calibrated on full
articles, it rarely meets a story (UCI-6k with the headline as title and text: B-cubed F1
0.54, recall 0.38). :func:`headline_view` folds such a body into the title and leaves the
body empty, so :class:`rashomon.stories.cluster.StoryClusterer` takes its headline path (the
headline threshold, ``short_threshold``, and ``headline_terms``).

A record is headline-only when, after whitespace is collapsed:

- its body is empty; or
- its body has at most :data:`HEADLINE_WORDS` words, and either no more words than its title
  (the headline repeated, or a one-line dek) or, with no title, one line.

The word cap keeps out one-sentence articles whose first sentence doubles as their title (ECB+
has dozens, of 17 to 45 words, which a headline's threshold would merge with look-alike events).

Calibrated on the UCI-6k dev half and ECB+ train+dev only (bench/README.md, ``## scale``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

__all__ = ["HEADLINE_WORDS", "HeadlineCount", "clustering_settings", "headline_view", "is_headline_only"]

# The 99th percentile of UCI-6k dev-half headlines (the longest has 19 words); a longer cap takes
# one-sentence articles of 17-20 words for headlines. Chosen on the dev data (bench/README.md,
# "Headline-only records").
HEADLINE_WORDS = 15


def _words(text: str) -> list[str]:
    return text.split()


def is_headline_only(title: str, text: str) -> bool:
    body = _words(text or "")
    if not body:
        return True
    if len(body) > HEADLINE_WORDS:
        return False
    heading = _words(title or "")
    if heading:
        return len(body) <= len(heading)
    return "\n" not in (text or "").strip()


def headline_view(title: str, text: str) -> tuple[str, str]:
    """``(title, text)`` as the clusterer should read them: a headline-only record's words all
    in the title (the body added when it says more than the title), its body empty."""
    if not (text or "").strip() or not is_headline_only(title, text):
        return title, text
    heading, body = " ".join(_words(title or "")), " ".join(_words(text))
    if not heading or heading.lower() in body.lower():
        return body, ""
    if body.lower() in heading.lower():
        return heading, ""
    return f"{heading} {body}", ""


class HeadlineCount:
    """Records passed through, counting the headline-only ones (for the settings line)."""

    def __init__(self) -> None:
        self.records = 0
        self.headlines = 0
        self._counted: dict[int, bool] = {}  # position -> counted as a headline
        self._passed = 0  # records passed through, skipped ones included: the next one's position

    def __call__(self, records: Iterable[Any]) -> Iterator[Any]:
        from ..sources.records import field_key  # the clusterer reads "headline", "body" as title, text

        for item in records:
            headline = False
            if isinstance(item, Mapping):
                title, text = item.get(field_key(item, "title")), item.get(field_key(item, "text"))
            else:
                title, text = getattr(item, "title", ""), getattr(item, "text", "")
            if isinstance(title, (str, type(None))) and isinstance(text, (str, type(None))):
                headline = is_headline_only(title or "", text or "")
            self._counted[self._passed] = headline
            self._passed += 1
            self.records += 1
            self.headlines += headline
            yield item

    def drop(self, position: int) -> None:
        """Leave out the record at ``position`` (0 = the first passed through): it was skipped."""
        if position in self._counted:
            self.records -= 1
            self.headlines -= self._counted.pop(position)

    def settings(self, threshold: float | None, embedder: str = "tfidf") -> str:
        """The clustering settings that ran with ``embedder`` (its name; "auto" resolved), in words."""
        from .clusterer import default_thresholds, embedder_name
        from .tuning import ARTICLE_PENALTY, HEADLINE_PENALTY

        penalties = (f"dated articles: {ARTICLE_PENALTY.describe()}; dated headlines: {HEADLINE_PENALTY.describe()}")
        name = embedder_name(embedder)
        if threshold is not None:
            return (f"settings: {name} embedder, threshold {threshold} for every record (given); {self.headlines} of "
                    f"{self.records} headline-only; {penalties}")
        articles, headlines = default_thresholds(name)
        if articles == headlines:
            return (f"settings: {name} embedder, threshold {articles} for every record (its default); {self.headlines} "
                    f"of {self.records} headline-only; {penalties}")
        return (f"settings: {name} embedder, threshold {articles} for articles, {headlines} for headline-only "
                f"records ({self.headlines} of {self.records}: no body, or one of at most {HEADLINE_WORDS} words "
                f"no longer than the title); {penalties}")


def clustering_settings() -> str:
    """The default clustering settings in words (what ``rashomon ingest`` prints)."""
    from .tuning import ARTICLE_PENALTY, DEFAULT_SHORT_THRESHOLD, DEFAULT_THRESHOLD, HEADLINE_PENALTY

    return (f"clustering settings: threshold {DEFAULT_THRESHOLD} for articles, {DEFAULT_SHORT_THRESHOLD} for "
            f"headline-only records (no body, or one of at most {HEADLINE_WORDS} words no longer than the title); "
            f"dated articles: {ARTICLE_PENALTY.describe()}; dated headlines: {HEADLINE_PENALTY.describe()}")
