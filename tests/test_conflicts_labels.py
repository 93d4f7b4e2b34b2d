"""How a number conflict is told: the counted thing as written, a class by its name, a share as
"the percentage", a sum as "the amount", two sides written alike with their readings (conflicts/values.py,
conflicts/merging.py)."""

from tests.conftest import conflicts_of


def _numbers(*texts):
    return [c for c in conflicts_of(*texts) if c.kind == "number"]


def test_a_count_of_a_plain_noun_is_explained_with_the_noun_as_written_not_its_stem():
    for noun in ("homes", "houses", "vehicles", "knives", "cases"):
        numbers = _numbers(
            f"The flood on Friday damaged 40 {noun} in Orvik, officials said.",
            f"The flood on Friday damaged 60 {noun} in Orvik, officials said.",
        )
        assert len(numbers) == 1, noun
        assert numbers[0].explanation.startswith(f"how many ({noun})"), numbers[0].explanation

def test_a_count_of_a_class_of_words_is_explained_with_the_class():
    numbers = _numbers("The fire on Friday killed 4 people.", "Six people died in the fire on Friday.")
    assert len(numbers) == 1 and numbers[0].explanation.startswith("how many (dead)")

def test_a_percentage_is_told_as_the_percentage():
    numbers = _numbers(
        "Ticket sales at the Ostby rail line had fallen 12% in the first quarter.",
        "Ticket sales at the Ostby rail line fell 21 percent in the first quarter.",
    )
    assert len(numbers) == 1
    assert numbers[0].explanation.startswith("the percentage")
    assert {side.normalized for side in numbers[0].sides} == {"12%", "21%"}

def test_a_sum_of_money_is_told_as_the_amount():
    numbers = _numbers(
        "The Lindor council approved 4.5 million euros for road repairs on Monday.",
        "The Lindor council approved 5 million euros for road repairs on Monday.",
    )
    assert len(numbers) == 1 and numbers[0].explanation.startswith("the amount"), numbers

def test_two_sides_written_alike_are_told_with_their_readings():
    # 14 percent against 14 percentage points: "a1 says “14”; a2 says “14”" would read as no conflict
    numbers = _numbers(
        "Support for the Green party rose 14 percent in the poll on Monday, Kestel Research said.",
        "Support for the Green party rose 14 percentage points in the poll on Monday, Kestel Research said.",
    )
    assert len(numbers) == 1
    assert "“14” (14%)" in numbers[0].explanation and "“14” (14 percentage points)" in numbers[0].explanation

def test_sides_written_differently_are_told_as_written_only():
    numbers = _numbers(
        "Support for the Green party rose to 14 percent in the poll on Monday.",
        "Support for the Green party rose to 41 percent in the poll on Monday.",
    )
    assert len(numbers) == 1 and numbers[0].explanation == "the percentage: a1 says “14”; a2 says “41”"


def test_an_order_told_alike_by_two_groups_shows_no_internal_reading():
    from rashomon.comparison.conflicts.common import Side
    from rashomon.comparison.conflicts.merging import _conflict
    from rashomon.comparison.claims import extract_claims
    from tests.conftest import make_article

    claims = extract_claims([make_article(f"a{i}", "The coach was fired after the loss.") for i in (1, 2, 3)])
    sides = [Side(claim=c, value=v, normalized=f"^{n}/x before y", start=0, end=5)
             for c, v, n in zip(claims, ("after", "before", "after"), ("p", "q", "r"))]
    conflict = _conflict("order", "the order of events", [[sides[0]], [sides[1]], [sides[2]]], {})
    assert "^" not in conflict.explanation and "(" not in conflict.explanation, conflict.explanation
