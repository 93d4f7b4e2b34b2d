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


def test_a_body_told_as_the_firm_refers_back_to_the_name_its_article_gave():
    from rashomon.comparison.conflicts.frames import body_described

    own = {"operator", "company", "tessford", "timber", "firm"}  # the article of "the firm" names the company
    assert body_described("the firm", "Tessford Timber", "e3", own, {"tessford", "timber", "mill"})
    assert body_described("the company", "Tessford Timber", "e3", own | {"company"}, {"tessford", "timber"})
    # the other article speaks of a firm too, or the description's article never names the company
    assert not body_described("the firm", "Tessford Timber", "e3", own, {"tessford", "timber", "firm"})
    assert not body_described("the firm", "Tessford Timber", "e3", {"firm", "mill"}, {"tessford", "timber"})
    # no resolved name on the other side, a person described, or more words than "the" and the noun
    assert not body_described("the firm", "the council", "", own, {"council"})
    assert not body_described("the driver", "Tessford Timber", "e3", own, {"tessford", "timber"})
    assert not body_described("the council", "Tessford Timber", "e3", own | {"council"}, {"tessford", "timber"})
    assert not body_described("the logging firm", "Tessford Timber", "e3", own, {"tessford", "timber"})


def test_people_told_by_what_they_did_are_the_members_of_a_group():
    from rashomon.comparison.conflicts.frames import members_of_group

    assert members_of_group("the robbers", "a gang of four men")
    assert members_of_group("the attackers", "the crowd")
    # a post or a body is another actor; so is a group with a name
    assert not members_of_group("the guards", "a gang of four men")
    assert not members_of_group("the police", "a gang of four men")
    assert not members_of_group("the robbers", "the Kessel gang")
    assert not members_of_group("the robber", "a gang of four men")
