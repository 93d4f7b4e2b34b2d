"""One day each in two sentences aligned as one proposition and told alike of one named person
(conflicts/days.py): the two days date one act, whatever the two verbs."""

from tests.conftest import conflicts_of


def _sides(kind, *texts):
    return [{s.normalized for s in c.sides} for c in conflicts_of(*texts) if c.kind == kind]


def test_one_day_each_in_sentences_told_alike_of_one_person():
    found = _sides(
        "date",
        "The court's mediator, Lena Haskott, said she would meet both unions on Thursday.",
        "The mediator named by the court, Lena Haskott, will receive the two unions on Friday.",
    )
    assert found


def test_two_people_or_two_days_in_one_sentence_stay_apart():
    # no one named in common: two acts of two people
    assert not _sides(
        "date",
        "The court's mediator, Lena Haskott, said she would meet both unions on Thursday.",
        "The ministry's envoy, Piet Oranje, will receive the two unions on Friday.",
    )


def test_one_day_told_reads_a_day_and_its_date_as_one():
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts.days import told_one_day
    from tests.conftest import make_article

    def days(text):
        claim = extract_claims([make_article("a1", text)])[0]
        return [told_one_day(claim, v) for v in claim.values if v.kind in ("weekday", "date")]

    assert days("The panel ruled on Tuesday, July 15, after a short hearing.") == [True, True]
    assert days("The panel met on Monday and ruled on Thursday.") == [False, False]
