"""One negation added or dropped in a quotation told otherwise word for word
(conflicts/quote_negations.py); invented sentences."""

from rashomon.comparison.conflicts.quote_negations import negation_dropped
from rashomon.comparison.conflicts.quotes import quote_change, quote_findings
from rashomon.model import Claim


def test_one_of_two_clauses_negated_in_one_telling_only():
    said = "We did not close the ferry, but we will not open the harbour before spring"
    told = "We did not close the ferry, but we will open the harbour before spring"
    # both tellings hold a negation: the presence test of quote_change cannot see the dropped one
    assert quote_change(said, told) is None
    assert negation_dropped(said, told) and negation_dropped(told, said)
    # an order given twice, one of its two parts told without its "not"
    assert negation_dropped("Do not light fires, do not camp near the river and keep to the paths",
                            "Do not light fires, do camp near the river and keep to the paths")


def test_a_translations_own_wording_is_no_dropped_negation():
    # "cannot" / "can not", "don't" / "do not", "never" / "not": the same count, or a word that is no negation
    assert not negation_dropped("We cannot open the harbour, and we will not close the ferry",
                                "We can not open the harbour, and we will not close the ferry")
    assert not negation_dropped("We don't open the harbour, and we will not close the ferry",
                                "We do not open the harbour, and we will not close the ferry")
    assert not negation_dropped("We never opened the harbour, and we will not close the ferry",
                                "We did not open the harbour, and we will not close the ferry")
    # worded apart elsewhere too: left to the other readers
    assert not negation_dropped("We did not close the ferry, but we will not open the harbour before spring",
                                "We did not shut the ferry, but we will open the harbour before spring")


def test_an_excerpt_or_a_short_quotation_is_no_dropped_negation():
    # the negation stands where the other telling has stopped short
    assert not negation_dropped("The ferry runs on time, and the harbour will not open",
                                "The ferry runs on time, and the harbour will")
    assert not negation_dropped("We will not open the harbour", "not open the harbour")
    # too little told alike to read
    assert not negation_dropped("We did not.", "We did.")


def _claim(article: str, text: str, quote: str, speaker: str) -> Claim:
    return Claim(id=f"{article}.s1", article=article, sentence=f"{article}.s1", text=text, start=0, end=len(text), quotes=(quote,), speaker=speaker)


def test_the_finding_and_two_speakers():
    said = "We did not close the ferry, but we will not open the harbour before spring"
    told = "We did not close the ferry, but we will open the harbour before spring"
    a = _claim("a", f'"{said}," Mayor Ilse Varga said.', said, "Mayor Ilse Varga")
    b = _claim("b", f'"{told}," Varga said.', told, "Varga")
    found = list(quote_findings(a, b))
    assert [f.what for f in found] == ["the quoted words (the negation differs)"]
    # two speakers, each saying their own words: no conflict of one quotation
    c = _claim("c", f'"{told}," harbour master Ruben Holt said.', told, "Ruben Holt")
    assert not list(quote_findings(a, c))
