from rashomon.comparison.conflicts.levels import one_inside_other


def test_a_town_written_with_its_country_is_inside_it_either_way_round():
    story = "DARNHOLT, Velmaria, March 3 (Wire) - Ferry services were halted on Monday."
    assert one_inside_other("Darnholt", "Velmaria", story)
    assert one_inside_other("Velmaria", "Darnholt", story)


def test_a_demonym_or_a_possessive_of_the_country_puts_the_town_inside_it():
    assert one_inside_other("Velmaria", "Darnholt", "Officials in the Velmarian harbour town of Darnholt met.")
    assert one_inside_other("Darnholt", "Velmaria", "Velmaria's port of Darnholt was closed on Monday.")
    assert one_inside_other("Darnholt", "Velmaria", "The ferry was kept at Darnholt in Velmaria overnight.")
    assert one_inside_other("Lyon", "France", "Police in the French city of Lyon said on Monday.")


def test_two_towns_of_one_country_are_not_inside_each_other():
    story = "DARNHOLT, Velmaria - The ferry was held. Police in Korvik, Velmaria, said it had sailed from there."
    assert not one_inside_other("Darnholt", "Korvik", story)


def test_a_list_of_towns_places_none_inside_another():
    assert not one_inside_other("Darnholt", "Korvik", "Ferries from Darnholt, Korvik and Sell were halted.")
    assert not one_inside_other("Darnholt", "Korvik", "Ferries from Darnholt, Korvik, Sell and Ambe were halted.")


def test_a_demonym_before_a_verb_places_nothing():
    assert not one_inside_other("Darnholt", "Velmaria", "Velmarian officials flew to Darnholt on Monday.")
    assert not one_inside_other("Darnholt", "Velmaria", "Velmarian officials said Darnholt was calm.")
