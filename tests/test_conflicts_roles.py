from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.entities import resolve_entities
from rashomon.model import Entity, Mention
from tests.conftest import make_article


def _roles(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    entities = resolve_entities(articles)
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    return [c for c in find_conflicts(claims, alignment, entities, articles) if c.kind == "role"]


def test_one_finding_with_the_agreeing_sides_grouped():
    (found,) = _roles(
        "Transport Minister Ingrid Varley visited the crash site on Sunday.",
        "Transport Minister Ingrid Varley went to the scene of the crash.",
        "Deputy Transport Minister Ingrid Varley came to the crash site on Sunday afternoon.",
    )
    groups = {s.article: s.group for s in found.sides}
    assert groups["a1"] == groups["a2"] != groups["a3"]
    side = next(s for s in found.sides if s.article == "a3")
    assert side.value == "Deputy Transport Minister"
    assert "Ingrid Varley" in found.explanation and "a1 and a2 say" in found.explanation


def test_an_apposition_is_read_and_another_office_conflicts():
    (found,) = _roles(
        "Chief prosecutor Ivo Brandl said the verdict was just.",
        "Ivo Brandl, the Minister of Justice of Orvesia, said the verdict was just.",
    )
    assert {s.value for s in found.sides} == {"Chief prosecutor", "Minister of Justice of Orvesia"}


def test_the_same_office_in_other_words_is_no_conflict():
    assert not _roles(
        "Interior Minister Arkady Drozdan defended the police.",
        "The Minister of Internal Affairs, Arkady Drozdan, defended the police.",
    )
    assert not _roles(
        "Summit president Kamran Velidze, Oskavia's energy minister, defended the outcome.",
        "Conference president, Oskavia energy minister Kamran Velidze, closed the meeting.",
    )


def test_a_bare_title_does_not_bridge_two_offices():
    # "Minister" alone agrees with both; the article's more precise reading is the one compared
    (found,) = _roles(
        "Emergency Situations Minister Radomir Kessel said crews were searching. Minister Kessel added more.",
        "Interior Minister Radomir Kessel said crews were searching the rubble.",
    )
    assert {s.normalized for s in found.sides} == {"emergency minister", "interior minister"}


def test_a_job_told_more_precisely_and_a_spokesman_of_any_rank_agree():
    from rashomon.comparison.claims.role_agreement import roles_agree
    from rashomon.comparison.claims.roles import read_roles

    def role(text: str, name: str):
        start = text.index(name)
        return read_roles(text, start, start + len(name), 0)[0]

    prosecutor = role("Prosecutor Dana Holm said the case was strong.", "Dana Holm")
    assistant = role("Assistant District Attorney Dana Holm asked the witness.", "Dana Holm")
    assert roles_agree(prosecutor, assistant)
    inspector = role("Police inspector Tam Rowe said the road was closed.", "Tam Rowe")
    spokesman = role("Police spokesman Tam Rowe said the road was closed.", "Tam Rowe")
    assert roles_agree(inspector, spokesman) is None
    deputy = role("Deputy Transport Minister Ines Varley resigned.", "Ines Varley")
    minister = role("Transport Minister Ines Varley resigned.", "Ines Varley")
    assert roles_agree(deputy, minister) is False  # an office's deputy is still not its holder


def test_a_third_article_whose_mention_was_not_resolved_joins_the_side_its_title_agrees_with():
    # the entity stage glued a3's title into the name ("Minister of Internal Affairs Arkady
    # Drozdan", one untyped name): the person's full name there still tells a3's title for him
    texts = (
        "Interior Minister Arkady Drozdan defended the police on Sunday.",
        "Police chief Arkady Drozdan defended his officers on Sunday.",
        "Minister of Internal Affairs Arkady Drozdan stressed that the officers had acted within the law.",
    )
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]

    def mention(article, name):
        start = article.text.index(name)
        sentence = next(s for s in article.sentences if s.start <= start < s.end)
        return Mention(article=article.id, sentence=sentence.id, text=name, start=start, end=start + len(name))

    entities = (
        Entity(id="e1", name="Arkady Drozdan", type="PERSON",
               mentions=(mention(articles[0], "Arkady Drozdan"), mention(articles[1], "Arkady Drozdan"))),
        Entity(id="e2", name="Minister of Internal Affairs Arkady Drozdan", type="OTHER",
               mentions=(mention(articles[2], "Minister of Internal Affairs Arkady Drozdan"),)),
    )
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    (found,) = [c for c in find_conflicts(claims, alignment, entities, articles) if c.kind == "role"]
    groups = {s.article: s.group for s in found.sides}
    assert groups["a1"] == groups["a3"] != groups["a2"]
    assert next(s for s in found.sides if s.article == "a3").value == "Minister of Internal Affairs"
    assert "a1 and a3 say" in found.explanation


def test_a_spokespersons_function_is_no_other_office():
    # an inspector may speak for the police: the two readings cannot be compared, so they do not disagree
    assert not _roles(
        "Police spokesman Dale Gaskill said the climber fell 600 metres near the hut.",
        "The climber was inexperienced, local police inspector Dale Gaskill said after the fall near the hut.",
    )


def test_an_agent_told_as_a_director_in_an_apposition_conflicts():
    (found,) = _roles(
        "The club paid a fee to the winger's agent, Ola Brink, on Monday.",
        "Agent Ola Brink collected the fee on Monday.",
        "The fee went to Ola Brink, the sporting director of Halmer, on Monday.",
    )
    groups = {s.article: s.group for s in found.sides}
    assert groups["a1"] == groups["a2"] != groups["a3"]


def test_a_harbour_master_is_no_chief_executive():
    (found,) = _roles(
        "Tomas Brede, chief executive of the Ostby Port Authority, said the quay was closed on Monday.",
        "Harbour master Tomas Brede said the quay was closed on Monday.",
    )
    assert {s.value for s in found.sides} == {"chief executive of the Ostby Port Authority", "Harbour master"}


def test_a_chief_executive_told_as_the_board_chairman_conflicts():
    (found,) = _roles(
        "Halden Foods chief executive Tomas Ekberg announced the closure on Monday.",
        "Halden Foods chief executive Tomas Ekberg said the closure was unavoidable.",
        "Halden Foods board chairman Tomas Ekberg announced the closure of the plant.",
    )
    assert {s.value for s in found.sides} == {"chief executive", "chairman"}


def test_a_president_and_chief_executive_agrees_with_either_seat():
    assert not _roles(
        "Tomas Ekberg, president and chief executive of Halden Foods, announced the closure.",
        "Halden Foods chief executive Tomas Ekberg announced the closure on Monday.",
        "The president of Halden Foods, Tomas Ekberg, announced the closure.",
    )


def test_a_post_read_from_the_thesaurus_conflicts_with_a_listed_office():
    (found,) = _roles(
        "Chief warden Pella Rusk closed the mountain trail on Monday.",
        "Deputy Tourism Minister Pella Rusk closed the mountain trail on Monday.",
    )
    assert {s.value for s in found.sides} == {"Chief warden", "Deputy Tourism Minister"}


def test_a_kin_term_beside_a_post_is_no_conflict():
    assert not _roles(
        "Maren Tollis, the father of the driver, identified the body on Monday.",
        "Senior pilot Maren Tollis identified the body on Monday.",
    )


def test_a_company_president_and_its_chief_executive_are_one_seat_but_a_club_keeps_two():
    assert not _roles(
        "Brenmoor Cables chief executive Ada Lorne opened the works on Monday. The company employs 300 people.",
        "The president of Brenmoor Cables Ada Lorne said the company chose the town for its port.",
    )
    (found,) = _roles(
        "Ada Lorne, Harrowgate Rovers' chief executive, said the club would appeal on Monday.",
        "The president of Harrowgate Rovers, Ada Lorne, said the club would appeal.",
    )
    assert {s.value for s in found.sides} == {"chief executive", "president of Harrowgate Rovers"}


def test_a_vaguer_role_in_a_third_article_does_not_join_two_offices():
    # "head of the club" fits the chair and the managing director alike: it joins neither side, and
    # the two offices the other articles give still disagree
    (found,) = _roles(
        "Marit Olsen, chair of the rowing club, said the boathouse would stay closed.",
        "Club chair Marit Olsen said the boathouse would stay closed this summer.",
        "Marit Olsen, managing director of the Lindau rowing club, said the boathouse would stay closed.",
        "The head of the Lindau rowing club, Marit Olsen, said the boathouse would stay closed.",
    )
    groups = {s.article: s.group for s in found.sides}
    assert groups["a1"] == groups["a2"] != groups["a3"]
    assert "a4" not in groups
