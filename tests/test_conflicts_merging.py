"""conflicts.merging: pairwise findings into conflicts, the same whatever order they were found in."""

from __future__ import annotations

from rashomon.comparison.conflicts.common import Agreeing, Disagreement, Side
from rashomon.comparison.conflicts.merging import dedupe, merge
from rashomon.model import Claim

TOWNS = {"a1": "Orvik", "a2": "Pellan", "a3": "Skarn"}


def side(article: str, k: int, word: str, normalized: str, town: str = "") -> Side:
    text = f"The river rose and {word} bridges were shut in {town or TOWNS[article]}, officials said."
    claim = Claim(id=f"{article}.s{k}", article=article, sentence=f"{article}.s{k}", text=text, start=100 * k, end=100 * k + len(text))
    at = claim.start + text.index(word)
    return Side(claim=claim, value=word, normalized=normalized, start=at, end=at + len(word))


def told(found: list[Disagreement], agreements: list[Agreeing]) -> set[tuple]:
    return {tuple(sorted((s.group, s.article, s.start, s.value) for s in c.sides)) for c in dedupe(merge(found, agreements, {}))}


def test_the_findings_make_the_same_conflicts_in_whatever_order_they_were_found():
    # two sentences of a1 say six, and which one is a1's side was decided by the first finding met
    # (the findings come in the order of the articles' pairs, so in the order the articles were given)
    a1_first, a1_second = side("a1", 1, "6", "6"), side("a1", 2, "Six", "6")
    a2_first, a2_second = side("a2", 1, "Six", "6"), side("a2", 2, "8", "8")
    a3_first, a3_second = side("a3", 1, "eight", "8"), side("a3", 2, "Six", "6")
    found = [Disagreement("number", "how many bridges", a1_first, a3_first),
             Disagreement("number", "how many bridges", a1_second, a2_second),
             Disagreement("number", "how many bridges", a2_second, a3_second)]
    agreements = [Agreeing(a1_first, a2_first), Agreeing(a1_second, a2_first), Agreeing(a1_second, a3_second),
                  Agreeing(a2_second, a3_first)]
    usual = told(found, agreements)
    assert usual
    assert told(found[::-1], agreements) == usual
    assert told(found[1:] + found[:1], agreements[::-1]) == usual


def test_the_sides_of_a_conflict_are_grouped_the_same_whatever_the_order_of_the_articles():
    # the outlets of Orvik, Pellan and Skarn given in two orders (a1, a2, a3 by position): the
    # sides were offered to the groups in the order of their articles, and a side alike with
    # members of two groups takes none, so the order decided which sides were told
    def story(order: tuple[str, str, str]) -> set[tuple]:
        label = {town: f"a{n + 1}" for n, town in enumerate(order)}
        orvik = [side(label["Orvik"], k, "seven", "7", "Orvik") for k in (1, 2)]
        pellan = [side(label["Pellan"], 1, "eight", "8", "Pellan"), side(label["Pellan"], 2, "six", "6", "Pellan")]
        skarn = side(label["Skarn"], 1, "nearly eight", "8", "Skarn")
        found = [Disagreement("number", "how many bridges", orvik[0], pellan[0]),
                 Disagreement("number", "how many bridges", orvik[0], skarn),
                 Disagreement("number", "how many bridges", orvik[1], pellan[0]),
                 Disagreement("number", "how many bridges", orvik[1], pellan[1])]
        town = {v: k for k, v in label.items()}
        # the groups are numbered in the order of the articles, which is the user's: compared as sets
        return {frozenset(frozenset((town[s.article], s.start, s.value) for s in c.sides if s.group == g) for g in {s.group for s in c.sides})
                for c in dedupe(merge(found, [Agreeing(pellan[0], skarn)], {}))}

    usual = story(("Orvik", "Pellan", "Skarn"))
    assert usual
    assert story(("Skarn", "Pellan", "Orvik")) == usual
    assert story(("Pellan", "Skarn", "Orvik")) == usual
