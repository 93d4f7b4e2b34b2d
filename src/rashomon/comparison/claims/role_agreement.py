"""Whether two roles read around names (:mod:`.roles`) are one role in two wordings, two roles, or
not comparable: :func:`roles_agree`, which the role conflicts ask of every pair of readings."""

from __future__ import annotations

import re
from dataclasses import replace

from ...text.thesaurus import same_post
from .roles import _HEAD_POSTS, LISTED_KINDS as _LISTED_KINDS, PROFESSION_TITLES, Role

__all__ = ["body_kind", "names_a_seat", "owner_named", "roles_agree"]

# A club's or an association's president is often its chair: only the one who runs the body is
# told apart from both.
_APART_POSTS = ({"executive", "chair"}, {"executive", "president"})

# Kinds that name a job many people hold, not one seat: "Prosecutor David Rossi" and "Assistant
# District Attorney David Rossi" say one thing more or less precisely.
_JOBS = {"prosecutor", "lawyer", "agent", "curator", "officer", "correspondent", "editor", "engineer", "analyst", "economist", "adviser", "designer", "manager"}


def roles_agree(a: Role, b: Role) -> bool | None:
    """True: one role in two wordings; False: two roles; None: not comparable (another facet, or
    a spokesperson's function, which holders of any office or rank perform)."""
    if {a.kind, b.kind} == {"spokesperson", "head"}:
        return False  # a body's spokesperson speaks for its head ("the agency's spokesman" / "its director")
    if a.facet != b.facet or "spokesperson" in (a.kind, b.kind) and a.kind != b.kind:
        return None
    if _boss_of_own_team(a, b) or _boss_of_own_team(b, a):
        return None  # "Rovers boss" / "Rovers manager": who runs the team, in plain words or in its own
    if a.former != b.former and a.facet == "office":
        # an office held before against one held now: one line of posts ("former coach" / "coach"),
        # else another time, not another post ("former minister" / "finance minister")
        return roles_agree(replace(a, former=False), replace(b, former=False)) or None
    if a.facet == "kin":
        return a.kind == b.kind or same_post(a.kind, b.kind)
    if {a.kind, b.kind} & PROFESSION_TITLES and {a.kind, b.kind} & _LISTED_KINDS:
        return None  # a doctor, a professor keeps the profession in any office ("a family doctor" / "the president")
    if _titled_by_head(a, b) or _titled_by_head(b, a):
        return True  # "Chief Fire Officer" / "chief of the firefighters": the seat told by its head word
    if a.kind != b.kind and a.facet == "office" and not (a.kind in _LISTED_KINDS and b.kind in _LISTED_KINDS):
        return same_post(_post_word(a.head), _post_word(b.head))  # a post read from OEWN, not from the lists
    if a.kind == b.kind in _JOBS and not (a.subordinate and b.subordinate):
        return True
    if a.subordinate != b.subordinate and (a.subordinate ^ b.subordinate) & _STANDING_IN:
        # "Acting Mayor" / "Mayor": who holds the office for now, often told without the qualifier;
        # "acting head" / "deputy head": an acting post is held beside a substantive one, most
        # often the deputy's, so the two readings may be two posts of one person at once
        return None
    if a.subordinate != b.subordinate:
        return False
    if a.kind != b.kind and {a.kind, b.kind} in _VAGUE_FORMS:
        return None  # "envoy" names any diplomat sent abroad, an ambassador among them
    if a.kind != b.kind:
        return {a.kind, b.kind} in _TRANSLATED_RANKS or _mayor_in_other_words(a, b) or _minister_in_other_words(a, b)
    if a.kind == "head" and bool(a.portfolio) != bool(b.portfolio) and (b.post if a.portfolio else a.post):
        return False  # "its operations director" heads a department, "the chief executive" the whole body
    if {a.post, b.post} == _COMPANY_HEAD and "company" in (a.body, b.body) and "other" not in (a.body, b.body):
        return True  # a company's president is its chief executive in many countries' usage
    if {a.post, b.post} in _APART_POSTS:
        return False  # "chief executive" and "board chairman": two seats at the head of a body
    return not (a.portfolio and b.portfolio and not a.portfolio & b.portfolio)


# A company's president runs it in the usage of many countries and in translations from their
# languages ("president and chief executive", the Japanese "shachō", the Chinese "zǒngcái"); a
# club's, an association's or a federation's president is a seat of its own beside the one who
# runs it. Which body it is is read from the words around the reading: "the company", "the club".
_COMPANY_HEAD = {"executive", "president"}
_COMPANY_WORDS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|corporations?|enterprises?|manufacturers?|makers?|conglomerates?|"
    r"inc|corp|ltd|plc|llc|gmbh)\b",
    re.IGNORECASE,
)
_OTHER_BODY_WORDS = re.compile(
    r"\b(?:clubs?|federations?|associations?|unions?|leagues?|part(?:y|ies)|committees?|councils?|"
    r"societ(?:y|ies)|foundations?|universit(?:y|ies)|colleges?|courts?|commissions?|juries|jury|"
    r"festivals?|teams?|charit(?:y|ies)|institutes?|academ(?:y|ies)|chambers?|authorit(?:y|ies)|agenc(?:y|ies))\b",
    re.IGNORECASE,
)


def body_kind(text: str) -> str:
    """The kind of body a passage around a role tells of: "other" when it names a club, an
    association, a federation or another body whose president is a seat of its own; "company"
    when it names a company (or a firm, a corporation...) and no such body; "" when neither."""
    if _OTHER_BODY_WORDS.search(text):
        return "other"
    return "company" if _COMPANY_WORDS.search(text) else ""


def _post_word(head: str) -> str:
    """The word of a head that names the post ("chief executive" -> executive, "prime minister" ->
    minister, "attorney general" -> attorney): its last word, but a trailing "general" qualifies."""
    words = [w for w in head.split() if w not in ("general", "of", "staff")] or head.split()
    return words[-1] if words else ""


# Words that name whoever is at the top of a body, whatever its own title for that seat: "the
# Transport boss" is the Transport Minister. Not "chief" or "director", titles of their own in
# police, fire services and agencies (a "Police Chief" is no police minister).
_WHOEVER_HEADS = {"boss", "head", "leader"}


def _minister_in_other_words(a: Role, b: Role) -> bool:
    """A vague head of a portfolio against the minister of that very portfolio: one seat."""
    head, minister = (a, b) if a.kind == "head" else (b, a)
    return (
        head.kind == "head" and minister.kind == "minister" and head.head in _WHOEVER_HEADS
        and bool(head.portfolio) and head.portfolio == minister.portfolio
    )


# The head of a town's own body is its mayor, in the words of the languages that call the mayor
# so and of their translations: "presidente da Câmara" (the president of the Chamber), "belediye
# başkanı" (the head of the municipality). Not a council, whose leader or president is another
# office in many countries, nor a chamber of commerce or of deputies.
_TOWN_BODY = re.compile(
    r"\bof\s+(?:the\s+)?(?:city\s+|town\s+|municipal\s+)?(?:chamber|municipality|town\s+hall|city\s+hall|commune)(?:\s+municipal)?$",
    re.IGNORECASE,
)


def _mayor_in_other_words(a: Role, b: Role) -> bool:
    head = a if a.kind == "head" else b
    return {a.kind, b.kind} == {"head", "mayor"} and not head.portfolio and bool(_TOWN_BODY.search(head.text.rstrip(".,;: ")))


def _titled_by_head(officer: Role, other: Role) -> bool:
    """An officer's title that opens with the word the other reading is headed by, over the same
    portfolio: "Chief Fire Officer" and "the chief of the firefighters" name one seat, the second
    in the words of a translation or a paraphrase (the head noun of one is the modifier of the
    other). The other reading heads a body ("chief", "head"), not an office of its own ("the
    minister of health"); both need the same portfolio and the same qualifiers."""
    if officer.kind != "officer" or other.kind != "head" or officer.facet != other.facet:
        return False
    if not officer.portfolio or officer.portfolio != other.portfolio or officer.subordinate != other.subordinate:
        return False
    words = officer.text.rstrip(".,;: ").lower().split()
    head = _post_word(other.head)
    return len(words) > 2 and bool(head) and (words[0] == head or same_post(words[0], head) is True)


# Qualifiers of one who holds an office for the time being.
_STANDING_IN = frozenset({"acting", "interim"})


# A listed office and a vaguer word that covers it: neither one post nor two.
_VAGUE_FORMS = ({"envoy", "ambassador"}, {"envoy", "consul"}, {"envoy", "attache"})


# A police rank French, Italian and Spanish name "commissaire", "commissario", "comisario", which
# translations render "commissioner": an English superintendent or inspector, the same rank.
_TRANSLATED_RANKS = ({"commissioner", "superintendent"}, {"commissioner", "inspector"})


# The body a role is of, named next to it: a capitalised name right before the title ("Rovers
# manager", "Dunmore Rovers' boss"), or after "of" in the reading ("the trainer of the Rovers").
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*?)(?:’s?|'s?)?\s+$")
_NAME_AFTER = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s*)+)")
_NOT_NAMES = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "former", "new"}


def owner_named(sentence: str, start: int, role_text: str) -> str:
    """The last word of the name of the body a role reading (``role_text`` at ``start`` in
    ``sentence``) is of, folded: "Rovers" of "Dunmore Rovers manager" or of "the trainer of the
    Rovers"; "" when no name stands next to it."""
    after = _NAME_AFTER.search(role_text)
    m = after or _NAME_BEFORE.search(sentence[:start])
    if not m:
        return ""
    words = [w for w in m.group(1).split() if w.lower() not in _NOT_NAMES]
    return words[-1].lower().rstrip("’'").removesuffix("’s").removesuffix("'s") if words else ""


def _runs_a_team(role: Role) -> bool:
    """A manager, or a post OEWN gives the manager's sense (a team's coach, its trainer)."""
    return role.kind == "manager" or role.kind not in _LISTED_KINDS and same_post(_post_word(role.head), "manager") is True


def _boss_of_own_team(boss: Role, other: Role) -> bool:
    """A word for whoever runs a body ("boss", "head", "leader") and a manager of one and the same
    named body: the manager is who runs it, so the two name one seat or cannot be told apart;
    a manager of another body, or of none named ("Its boss" / "Plant manager"), is another seat."""
    return (
        boss.facet == other.facet == "office" and boss.head in _WHOEVER_HEADS and not boss.portfolio and not boss.subordinate
        and _runs_a_team(other) and not other.subordinate and not other.portfolio
        and bool(boss.owner) and boss.owner == other.owner
    )


def names_a_seat(role: Role) -> bool:
    """Whether a head's role is written with a seat's word, its post set or held jointly ("president
    and chief executive"); "head", "chief", "boss" name none."""
    return role.kind == "head" and (bool(role.post) or role.head.lower() in _HEAD_POSTS)
