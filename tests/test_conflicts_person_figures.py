"""Figures of one person: a prison term and an age told twice (conflicts/person_figures.py)."""

from tests.test_conflicts_values import _numbers


def test_two_prison_terms_of_one_convict_are_one_quantity():
    # the length of one sentence told twice: "sentenced to six years in prison" / "jailed for five years"
    terms = _numbers(
        "A dealer was sentenced to six years in prison on Tuesday for selling forged paintings.",
        "The dealer was jailed for five years by the Orlen District Court on Tuesday.",
    )
    assert [{s.normalized for s in c.sides} for c in terms] == [{"6", "5"}]
    # a sentence giving two terms tells of two convicts: neither is the other outlet's
    assert not _numbers(
        "The dealer was jailed for five years and his driver for two years on Tuesday.",
        "A dealer was sentenced to six years in prison on Tuesday for selling forged paintings.",
    )


def test_two_ages_of_one_child_who_died_are_one_quantity():
    ages = _numbers(
        "Health officials in Orlen said a four-year-old girl had died of the fever.",
        "The authorities in Orlen announced the death of a child of five years from the fever.",
    )
    assert [{s.normalized for s in c.sides} for c in ages] == [{"4", "5"}]
    # ages told with names, or of two kinds of person, are two people
    assert not _numbers(
        "The 32-year-old Berg was convicted of the killing.",
        "The court convicted Berg of killing his wife, 23-year-old Lina.",
    )
    assert not _numbers(
        "A four-year-old girl died of the fever in Orlen.",
        "A 40-year-old nurse died of the fever in Orlen.",
    )


def test_an_age_side_is_shown_as_an_age():
    ages = _numbers(
        "Health officials in Orlen said a four-year-old girl had died of the fever.",
        "The authorities in Orlen announced the death of a child of five years from the fever.",
    )
    assert sorted(s.value for s in ages[0].sides) == ["five years", "four-year-old"]


def test_a_named_persons_ages_beside_one_quotation_are_one_age():
    # the words quoted were said once: both sentences tell that moment, so the age is told twice
    ages = _numbers(
        'Farmer Ulla Brisk, 47, who lives beside the quarry, said: "The windows shook and the dog ran off."',
        '"The windows were shaking and our dog ran off," said Ulla Brisk (52), a farmer near the quarry.',
    )
    assert [{s.normalized for s in c.sides} for c in ages] == [{"47", "52"}]
    # without a shared quotation (or a count both tell) two ages may be told a year or more apart
    assert not _numbers(
        'Farmer Ulla Brisk, 47, who lives beside the quarry, said: "The windows shook and the dog ran off."',
        'Ulla Brisk, 52, told the court on Monday that she had sold the farm.',
    )
    # two quotations of other words tell two moments
    assert not _numbers(
        'Farmer Ulla Brisk, 47, said: "The windows shook and the dog ran off."',
        'Ulla Brisk, 52, said: "I have sold the farm and moved to the city."',
    )
    # two first names of one surname are two people, one quotation or not
    assert not _numbers(
        'Farmer Ulla Brisk, 47, who lives beside the quarry, said: "The windows shook and the dog ran off."',
        '"The windows were shaking and our dog ran off," said Anna Brisk (52), a farmer near the quarry.',
    )
