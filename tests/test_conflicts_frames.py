from rashomon.comparison.claims.acts import Act
from rashomon.comparison.conflicts.frames import doers_alike, frames_differ, head_of, one_person_named, same_thing


def _doer(text, entity=""):
    return (Act(act="=open", verb="opened", doer=text, doer_start=0, doer_end=len(text), thing="gate", start=0, end=1, general=True), entity)


def test_one_thing_in_other_words():
    assert same_thing("gate", "gates")
    assert same_thing("footpath", "path")
    assert not same_thing("gate", "bridge")


def test_the_head_of_a_doer():
    assert head_of("volunteers of the Red Cross") == "volunteers"


def test_different_actors():
    assert frames_differ(_doer("festival stewards"), _doer("the police"))
    assert frames_differ(_doer("Army engineers"), _doer("volunteers of the Red Cross"))


def test_a_body_and_its_members_or_a_person_described_are_one_side():
    assert not frames_differ(_doer("the police"), _doer("officers"))
    assert not frames_differ(_doer("the jury"), _doer("jurors"))
    assert not frames_differ(_doer("the driver"), _doer("Tomas Rell"))
    assert not frames_differ(_doer("officials"), _doer("Army engineers"))


def test_a_person_described_by_a_named_post_is_no_body():
    assert frames_differ(_doer("Marsby's mayor"), _doer("the port authority"))
    assert frames_differ(_doer("the mayor of Marsby"), _doer("the port authority"))
    assert not frames_differ(_doer("the mayor"), _doer("the port authority"))
    assert not frames_differ(_doer("Marsby's mayor"), _doer("Tomas Rell"))


def test_one_person_named():
    assert one_person_named("harbour pilot Jon Vell")
    assert not one_person_named("the firm Kolvar Marine")


def test_doers_told_alike():
    assert doers_alike("Army engineers", "Military engineers")
    assert doers_alike("the police", "officers")
    assert not doers_alike("festival stewards", "the police")
    # "own" is no doer's word: the board's laboratory is not the company's quality control
    assert not doers_alike("the board's own laboratory", "the own quality control of the company")


def test_a_part_of_a_body_is_named_by_the_body():
    from rashomon.comparison.conflicts.frames import named_in

    assert not named_in("a unit of the Marvel Coast Guard", {"unit", "police"})  # "a police unit" is no unit of it
    assert named_in("a unit of the Marvel Coast Guard", {"guard"})
    assert named_in("a unit of border guards", {"unit"})  # what the unit is made of names no body


def test_two_named_people_sharing_a_title_are_different_actors():
    assert frames_differ(_doer("Deputy Interior Minister Karl Vent", "e1"), _doer("the interior minister Ona Sarr", "e2"))
    assert not frames_differ(_doer("Deputy Interior Minister Karl Vent", "e1"), _doer("the interior minister Karl Vent", "e1"))
    assert not frames_differ(_doer("Interior Minister Karl Vent", "e1"), _doer("the interior ministry", "e2"))


def test_a_body_named_by_a_noun_whose_commonest_sense_is_no_person_is_no_person_described():
    assert frames_differ(_doer("The Tarn City council"), _doer("the regional water authority"))
