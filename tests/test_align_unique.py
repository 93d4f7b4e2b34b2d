"""Unique claims: clauses of agreed claims, and short parts stating a figure only one outlet gives."""

from __future__ import annotations

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from tests.conftest import make_article


def _align(*texts):
    claims = extract_claims([make_article(f"a{i + 1}", t) for i, t in enumerate(texts)])
    return claims, align_claims(claims, get_embedder("tfidf"))


def test_a_unique_clause_is_told_without_the_and_or_but_that_opens_it():
    claims, alignment = _align(
        "The ferry company raised its fares by a tenth on Monday, but the regional council promised "
        "a new subsidy for island residents next spring.",
        "The ferry company raised its fares by a tenth on Monday.",
    )
    clause = [u for u in alignment.unique if "subsidy" in u.text]
    assert clause and clause[0].text.startswith("the regional council promised")
    article = claims[0]
    assert article.text[clause[0].start - article.start : clause[0].end - article.start] == clause[0].text


def test_a_short_part_stating_a_figure_no_other_outlet_states_is_a_unique_claim():
    budget = "The council passed the harbour budget by 31 votes to 12 on Tuesday"
    claims, alignment = _align(f"{budget}, with 14 abstentions.", f"{budget}.")
    assert alignment.agreements
    part = [u for u in alignment.unique if "abstentions" in u.text]
    assert [u.text for u in part] == ["with 14 abstentions"]
    assert claims[0].text[part[0].start - claims[0].start : part[0].end - claims[0].start] == part[0].text
    # the other outlet counts abstentions too, the same or another figure: no claim of its own
    for other in ("with 14 abstentions", "with 19 abstentions"):
        _, alignment = _align(f"{budget}, with 14 abstentions.", f"{budget}, {other}.")
        assert not [u for u in alignment.unique if "abstentions" in u.text]


def test_a_sum_of_money_stated_elsewhere_for_another_thing_leaves_a_figure_part_unique():
    tram = "The council approved the new tram line on Tuesday"
    _, alignment = _align(
        f"{tram}, at a cost of 85 million euros.",
        f"{tram}. Ticket sales brought the operator 12 million euros last year.",
    )
    assert alignment.agreements
    assert [u.text for u in alignment.unique if "85" in u.text] == ["at a cost of 85 million euros"]
    # another article stating a sum for the same cost, in the same rare words, tells it (or contradicts it)
    _, alignment = _align(f"{tram}, at a cost of 85 million euros.", f"{tram}. The cost was put at 90 million euros.")
    assert not [u for u in alignment.unique if "85" in u.text]


def test_a_figure_names_its_thing_when_it_counts_a_noun_or_is_a_rate():
    from rashomon.comparison.align.unique import _names_its_thing
    from rashomon.model import Value

    def value(text, unit="", counted=""):
        return Value(kind="number", text=text, normalized=text, start=0, end=len(text), unit=unit, counted=counted)

    assert _names_its_thing(value("seven", counted="people"))
    assert _names_its_thing(value("0.75", unit="%"))
    assert not _names_its_thing(value("25", counted="years"))
    assert not _names_its_thing(value("1,400"))
    assert not _names_its_thing(value("85 million", unit="EUR"))


def test_a_clause_naming_a_person_no_other_outlet_names_is_unique_though_it_shares_names():
    from rashomon.model import Entity, Mention

    claims = extract_claims([
        make_article("a1", "Mayor Lena Velin opened the new harbour bridge on Friday, and President Karel Ostrov "
                           "congratulated Velin by telephone."),
        make_article("a2", "Mayor Lena Velin opened the new harbour bridge on Friday. Velin thanked the builders by telephone."),
    ])

    def mentions(name):
        return tuple(
            Mention(article=c.article, sentence=c.sentence, text=name, start=c.start + c.text.index(name), end=c.start + c.text.index(name) + len(name))
            for c in claims if name in c.text
        )

    entities = [Entity(id="e1", name="Lena Velin", type="PERSON", mentions=mentions("Velin")),
                Entity(id="e2", name="Karel Ostrov", type="PERSON", mentions=mentions("Karel Ostrov"))]
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    assert alignment.agreements
    assert [u.text for u in alignment.unique if "Ostrov" in u.text] == ["President Karel Ostrov congratulated Velin by telephone"]


class _Apart:
    """An embedder that puts every text apart, so only the wording ties a part to another article."""

    name = "apart"

    def embed(self, texts):
        import numpy as np

        return np.eye(len(texts), dtype=np.float32)


def _figure_parts_told_nowhere_else(first: str, second: str) -> list[str]:
    from rashomon.comparison.align.pieces import pieces_of
    from rashomon.comparison.align.unique import figure_parts, told_nowhere_else

    claims = extract_claims([make_article("a1", first), make_article("a2", second)])
    pieces, owner = pieces_of([c.text for c in claims])
    parts = figure_parts(claims, set(range(len(claims))), [])
    return [p.text for p in told_nowhere_else(parts, claims, pieces, owner, _Apart(), 0.5)]


def test_a_figure_part_sharing_one_word_with_another_article_is_still_unique():
    reopened = "The port reopened on Friday after the storm"
    assert _figure_parts_told_nowhere_else(
        f"{reopened}, and prices rose 6% in Selmar.", f"{reopened}. Crowds in Selmar cheered."
    ) == ["prices rose 6% in Selmar"]
    # two of its words told together elsewhere: the other article may tell the same rise
    assert _figure_parts_told_nowhere_else(
        f"{reopened}, and prices rose 6% in Selmar.", f"{reopened}. Crowds in Selmar saw prices climb."
    ) == []


def test_a_figure_counting_a_kind_of_thing_another_article_counts_is_no_unique_part_on_one_word():
    from rashomon.comparison.align.unique import _counts_a_kind_counted
    from rashomon.model import Claim, ClaimRef, Value

    text = "and 14 citizens lost their lives in the quake"
    value = Value(kind="number", text="14", normalized="14", start=4, end=6, counted="citizens")
    claim = Claim(id="a1.s0", article="a1", sentence="a1.s0", text=text, start=0, end=len(text), values=(value,))
    part = ClaimRef(article="a1", sentence="a1.s0", text=text[4:], start=4, end=len(text))
    assert _counts_a_kind_counted(claim, part, {"a1": {"person"}, "a2": {"person"}})  # "killed 17 people"
    assert not _counts_a_kind_counted(claim, part, {"a1": {"person"}, "a2": {"money"}})


def test_a_part_stating_a_year_no_other_outlet_states_is_a_unique_claim(monkeypatch):
    import rashomon.comparison.align.unique as unique

    closure = "The council closed the old harbour bridge to lorries on Tuesday"
    claims, alignment = _align(f"{closure}, built in 1984.", f"{closure}.")
    assert [u.text for u in alignment.unique if "1984" in u.text] == ["built in 1984"]
    monkeypatch.setattr(unique, "FIGURE_PART_YEARS", False)
    claims, alignment = _align(f"{closure}, built in 1984.", f"{closure}.")
    assert not [u for u in alignment.unique if "1984" in u.text]


def test_a_year_another_outlet_states_is_no_unique_part():
    closure = "The council closed the old harbour bridge to lorries on Tuesday"
    claims, alignment = _align(f"{closure}, built in 1984.", f"{closure}. The bridge dates from 1984.")
    assert not [u for u in alignment.unique if "1984" in u.text and u.article == "a1"]


def test_a_sum_in_a_currency_oewn_names_is_no_count_another_outlets_sum_in_it_tells():
    from rashomon.comparison.align.unique import _counted_kind, _names_its_thing
    from rashomon.model import Value

    salary = Value(kind="number", text="900,000", normalized="900000", start=0, end=7, counted="marks")
    assert not _names_its_thing(salary)  # a sum says nothing of what it measures, as "900,000 euros"
    assert _counted_kind(salary) == ("MARK", "")
    exam = Value(kind="number", text="90", normalized="90", start=0, end=2, counted="marks")
    assert _names_its_thing(exam) and _counted_kind(exam) == ("", "mark")


def test_a_salary_in_marks_is_a_unique_part_beside_another_outlets_fine_in_marks():
    from rashomon.comparison.align.unique import figure_parts

    first = ("The ferry line in Osterby closed on Monday after the strike. "
             "Its director, who earns a salary of 480,000 marks, resigned on Tuesday.")
    second = ("The ferry line in Osterby closed on Monday after the strike. "
              "Its director resigned on Tuesday, and the line was fined 2 million marks.")
    claims = extract_claims([make_article("a1", first), make_article("a2", second)])
    parts = [p.text for p in figure_parts(claims, set(range(len(claims))), [])]
    assert any("480,000 marks" in p for p in parts)
