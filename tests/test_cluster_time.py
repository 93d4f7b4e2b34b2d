"""Publication time in story clustering: each kind of input its own penalty (stories/tuning.py,
stories/vectors.py), the first date a story keeps in its saved state."""

from __future__ import annotations

import pytest

from rashomon.stories.cluster import ClusterRecord, StoryClusterer, cluster_records, parse_date
from rashomon.stories.state import dump, load


def partition(lines) -> dict[str, str]:
    return {line["id"]: line["story"] for line in lines}


def _fire(rid: str, date: str, title: str, text: str) -> dict:
    return {"id": rid, "title": title, "text": text, "date": date}


FIRE = [
    _fire("f1", "2025-03-04T06:00:00Z", "Fire destroys grain store in Ashcombe",
          "A fire destroyed the Pellworth grain store in Ashcombe early on Tuesday. Fire chief Nora Lindqvist said "
          "thirty firefighters fought the blaze at the Pellworth site for five hours and that nobody was hurt."),
    _fire("f2", "2025-03-04T12:00:00Z", "Ashcombe grain store fire put out",
          "Firefighters put out the fire at the Pellworth grain store in Ashcombe by Tuesday noon, chief Nora "
          "Lindqvist said. The Pellworth company said the store held the harvest of forty farms."),
    # the follow-up, 40 hours after the latest article
    _fire("f3", "2025-03-06T04:00:00Z", "Pellworth to rebuild Ashcombe grain store",
          "Pellworth will rebuild its grain store in Ashcombe destroyed by fire this week, and farms will be paid "
          "for their lost harvest, the company said. Chief Nora Lindqvist said faulty wiring caused the fire."),
]


def test_follow_up_coverage_days_later_stays_in_its_story() -> None:
    lines = partition(cluster_records(FIRE))
    assert lines["f3"] == lines["f1"] == lines["f2"]
    # the same follow-up a week later is a story of its own (the grace window is two days)
    late = [*FIRE[:2], {**FIRE[2], "date": "2025-03-11T04:00:00Z"}]
    lines = partition(cluster_records(late))
    assert lines["f3"] != lines["f1"]


def test_time_penalties_by_kind_of_record() -> None:
    from rashomon.stories import tuning
    from rashomon.stories.story import Story
    from rashomon.stories.vectors import decay

    story = Story("s1")
    story.first_time, story.last_time = 0.0, 10 * 3600.0
    hour = 3600.0
    article, headline = tuning.ARTICLE_PENALTY, tuning.HEADLINE_PENALTY
    # articles: from the story's latest, nothing within the grace window, then 1 / (1 + hours / scale)
    assert decay(story, story.last_time + article.grace_hours * hour, headline=False) == 1.0
    beyond = story.last_time + (article.grace_hours + article.scale_hours) * hour
    assert decay(story, beyond, headline=False) == pytest.approx(0.5)
    # headlines: from the story's first headline, however recently it was joined
    assert decay(story, story.last_time, headline=True) == pytest.approx(1 / (1 + 10 / headline.scale_hours))
    assert decay(story, None, headline=True) == 1.0


def test_a_saved_state_keeps_each_story_s_first_date() -> None:
    c = StoryClusterer()
    for record in FIRE[:2]:
        c.add(ClusterRecord.from_dict(record))
    restored = load(dump(c))
    index = restored._story_of["f1"]
    assert restored._stories[index].first_time == parse_date(FIRE[0]["date"])
    assert restored._stories[index].last_time == parse_date(FIRE[1]["date"])
