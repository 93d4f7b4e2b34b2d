"""Loaded sentence shapes: a headline's shouted label and the outlet's verbless aside."""

from __future__ import annotations

from rashomon.comparison.framing import find_framing
from rashomon.comparison.segment import segment
from rashomon.model import Article


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def shape_cues(text: str) -> list[str]:
    return [c.text for c in find_framing([make("a1", text)]) if c.kind == "loaded" and ("shouted" in c.note or "aside" in c.note)]


def test_a_shouted_label_that_exclaims_or_is_charged_is_loaded():
    assert shape_cues("NABBED! Port director held over harbour contracts\nThe director was arrested on Monday.") == ["NABBED!"]
    assert shape_cues("TERROR TRAIN: brakes failed on the coast line\nInvestigators arrived on Monday.") == ["TERROR TRAIN"]


def test_a_section_label_or_an_acronym_in_capitals_is_not():
    assert shape_cues("UPDATE 2: Port director held over harbour contracts\nThe director was arrested on Monday.") == []
    assert shape_cues("BREAKING: Port director held\nThe director was arrested on Monday.") == []
    assert shape_cues("ANALYSIS: what the harbour deal means\nThe deal was signed on Monday.") == []


def test_a_verbless_aside_in_the_outlets_voice_is_loaded():
    text = "The council promised to cut the waiting lists by spring. Fat chance. The lists grew by a third."
    assert shape_cues(text) == ["Fat chance."]
    assert shape_cues("The mayor says the bridge will open on time. Sure, sure.") == ["Sure, sure."]


def test_a_short_sentence_with_a_verb_a_name_or_a_date_is_not_an_aside():
    for short in ("Markets fell.", "Viewers noticed.", "It is not.", "The timeline matters.", "Testimony continues today.",
                  "Everyone's digital now.", "Ottwiller.", "Wednesday.", "Kovrin, 13 April.", "Why now?"):
        assert shape_cues(f"The council met on Tuesday to vote on the budget. {short} The vote was close.") == [], short


def test_a_count_standing_alone_is_a_figure_not_an_aside():
    for short in ("Eighty-one children.", "Three weeks.", "Twelve."):
        assert shape_cues(f"The council met on Tuesday to vote on the budget. {short} The vote was close.") == [], short
    assert shape_cues("The council met on Tuesday to vote on the budget. Not one. The vote was close.") == ["Not one."]


def test_an_imperative_to_the_reader_is_no_verbless_aside():
    for short in ("Mark the date.", "Bring your umbrellas.", "Call us."):
        assert shape_cues(f"The council met on Tuesday to vote on the budget. {short} The vote was close.") == [], short
    for aside in ("Not a chance.", "What a week.", "Such a pity.", "In a word, no."):
        assert shape_cues(f"The council met on Tuesday to vote on the budget. {aside} The vote was close.") == [aside], aside


def test_an_aside_inside_a_quotation_is_the_speakers():
    text = 'The council promised shorter lists. "Fat chance," one nurse said. The lists grew by a third.'
    assert shape_cues(text) == []


def test_plain_nouns_standing_alone_name_things_not_a_comment():
    text = "The hackers published the files on Monday. Scan reports. Referral letters. The hospital said it was investigating."
    assert shape_cues(text) == []
    assert shape_cues("The minister promised reform on Monday. Fine words. Nothing changed.") == ["Fine words."]
    assert shape_cues("The vote passed on Monday. Amen, sister. The count was clean.") == ["Amen, sister."]


def test_a_plural_subjects_present_verb_without_an_s_is_no_verbless_aside():
    # "continue", "agree": OEWN knows them only as verbs, so the sentence has its verb
    for short in ("Sales and rentals continue.", "Both unions agree.", "Talks and visits resume."):
        assert shape_cues(f"The council met on Tuesday to vote on the budget. {short} The vote was close.") == [], short
    # a comment with no such word stays an aside
    assert shape_cues("The council promised to cut the waiting lists by spring. Too little, too late.") == ["Too little, too late."]


def test_a_credit_naming_the_outlets_newsroom_is_no_aside():
    # "From our correspondent." says who files the report, as a byline does; not a comment on the news
    for credit in ("From our correspondent.", "By our staff.", "From our own reporter."):
        assert shape_cues(f"{credit} The council met on Tuesday to vote on the budget. The vote was close.") == [], credit
    # "from" without a newsroom noun is still a comment
    assert shape_cues("The council met on Tuesday to vote on the budget. From bad to worse. The vote was close.") == ["From bad to worse."]
