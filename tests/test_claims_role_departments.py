"""A department's head against the head of the whole body (claims/role_agreement.py). Invented sentences."""

from rashomon.comparison.claims.role_agreement import roles_agree
from rashomon.comparison.claims.roles import read_roles


def _role(text, name):
    s = text.index(name)
    (role,) = read_roles(text, s, s + len(name))
    return role


def test_a_department_director_is_not_the_chief_executive():
    chief = _role("Mara Lindqvist, chief executive of the Tessby Ferry Company, said", "Mara Lindqvist")
    department = _role("its finance director, Mara Lindqvist, said", "Mara Lindqvist")
    assert roles_agree(chief, department) is False
    assert roles_agree(department, chief) is False


def test_a_vague_boss_and_two_department_heads_are_left_as_before():
    boss = _role("Ferry boss Mara Lindqvist said", "Mara Lindqvist")
    department = _role("its finance director, Mara Lindqvist, said", "Mara Lindqvist")
    assert roles_agree(boss, department) is not False  # "boss" names no seat
    other = _role("the finance director of the ferry firm, Mara Lindqvist, said", "Mara Lindqvist")
    assert roles_agree(department, other) is True
