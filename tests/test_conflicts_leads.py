"""conflicts.leads: the day each article's lead gives its main event."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.leads import lead_findings, lead_time
from rashomon.model import Claim, Value
from tests.conftest import make_article


def _lead(article_id: str, text: str) -> tuple[Claim, Value]:
    found = lead_time(list(extract_claims([make_article(article_id, text)])))
    assert found is not None
    return found


def _days(a: tuple[Claim, Value], b: tuple[Claim, Value]) -> list[tuple[str, str]]:
    return [(f.kind, f.what) for f in lead_findings(*a, *b) if hasattr(f, "what")]


def test_two_leads_naming_one_person_in_full_date_one_act_whatever_the_verbs():
    wire = _lead("a1", "BRELL, May 6 (Coast Wire) - The mayor sacked the harbour master, Ottilie Rensvik, on Friday "
                       "after the pier inquiry.\nThe council met later.")
    daily = _lead("a2", "On Thursday evening our town hall relieved Ottilie Rensvik of all duties.\nThe council met later.")
    assert ("date", "the day of the event") in _days(wire, daily)


def test_two_leads_with_no_name_in_common_and_other_verbs_tell_two_acts():
    wire = _lead("a1", "The mayor dismissed the harbour master on Friday after the pier inquiry.\nThe council met later.")
    daily = _lead("a2", "On Thursday evening the fishing fleet of Brell left for the northern banks.\nThe council met later.")
    assert _days(wire, daily) == []


def test_a_lead_that_tells_a_second_day_is_not_read_as_one_act_by_the_name_alone():
    wire = _lead("a1", "The mayor dismissed Ottilie Rensvik on Friday, three days after the inquiry opened on Tuesday.\n"
                       "The council met later.")
    daily = _lead("a2", "On Thursday the harbour board praised Ottilie Rensvik at its yearly dinner.\nThe council met later.")
    assert _days(wire, daily) == []


def test_a_day_of_an_event_running_over_days_is_not_read_as_one_act_by_the_name_alone():
    first = _lead("a1", "In opening statements on Tuesday, the lawyer of Ottilie Rensvik said she was not at the pier.\n"
                        "The court rose at noon.")
    second = _lead("a2", "The trial of Ottilie Rensvik continued for the second day on Wednesday in Brell.\nThe court rose at noon.")
    assert _days(first, second) == []
