"""A profession that is also a form of address, and a post given by a copula after the name
(rashomon.comparison.claims.roles, role_agreement). Invented sentences."""

from rashomon.comparison.claims.role_agreement import roles_agree
from rashomon.comparison.claims.roles import read_roles


def _roles(sentence: str, name: str):
    i = sentence.index(name)
    return read_roles(sentence, i, i + len(name))


def test_a_qualified_doctor_is_an_occupation():
    for sentence in ("The station doctor, Anna Berg, said two men were hurt.",
                     "Station doctor Anna Berg said two men were hurt.",
                     "Anna Berg, the station's doctor, said two men were hurt.",
                     "The ship's doctor Anna Berg said two men were hurt."):
        assert [(r.facet, r.kind) for r in _roles(sentence, "Anna Berg")] == [("office", "doctor")], sentence


def test_a_doctor_before_the_name_is_a_form_of_address():
    for sentence in ("Dr. Anna Berg said two men were hurt.", "Doctor Anna Berg said two men were hurt.",
                     "the doctor Anna Berg said two men were hurt.", "Professor Anna Berg said two men were hurt."):
        assert _roles(sentence, "Anna Berg") == (), sentence


def test_a_post_after_a_copula():
    assert [r.kind for r in _roles("Anna Berg is the club's safety officer.", "Anna Berg")] == ["officer"]
    assert [r.kind for r in _roles("Anna Berg, who is the mayor of Tasko, spoke.", "Anna Berg")] == ["mayor"]
    assert _roles("Anna Berg is the man who hired the director.", "Anna Berg") == ()
    assert _roles("Anna Berg was the first to reach the mayor.", "Anna Berg") == ()


def test_a_doctor_against_an_office_is_not_compared():
    doctor = _roles("Anna Berg, a family doctor in Tasko, spoke.", "Anna Berg")[0]
    nurse = _roles("Anna Berg, the station nurse, spoke.", "Anna Berg")[0]
    president = _roles("Anna Berg, the association's president, spoke.", "Anna Berg")[0]
    assert roles_agree(doctor, nurse) is False
    assert roles_agree(doctor, president) is None
