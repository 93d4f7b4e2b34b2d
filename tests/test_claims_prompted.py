"""Acts told as done at someone's word (claims/prompted.py)."""

from rashomon.comparison.claims.prompted import read_prompted


def _read(text):
    return [(a.act, a.doer, a.thing) for a in read_prompted(text)]


def test_an_order_makes_the_act_the_deciders():
    assert _read("The archive was sealed on the orders of the regional prosecutor.") == [("=seal", "regional prosecutor", "archive")]


def test_an_order_with_its_own_agent_is_the_agents_act():
    assert _read("The archive was sealed by clerks on orders from the prosecutor.") == []


def test_a_request_is_its_own_act():
    assert _read("The vote was delayed at the request of opposition parties.") == [("request =delay", "opposition parties", "vote")]


def test_a_command_is_leading():
    assert _read("The search was conducted under the command of a coast guard captain.") == [("lead", "coast guard captain", "search")]


def test_an_active_verb_acts_on_its_object():
    assert _read("Workers dismantled the stage at the request of the festival organisers.") == [("request =dismantl", "festival organisers", "stage")]


def test_no_act_without_a_doer_that_can_act():
    assert _read("The vote was delayed at the request of it.") == []
