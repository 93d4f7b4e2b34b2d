"""The summary at the top of a report: the event, what each outlet alone reports or leaves out,
word contrasts, the story title, and what is left out of the digest."""

from __future__ import annotations

import dataclasses
import json

import pytest

from rashomon.model import Agreement, Article, ClaimRef, DigestSentence, Report
from rashomon.renderers import from_json, json_schema, to_html, to_json, to_markdown
from rashomon.comparison.segment import segment

from report_builders import XSS, claim, cue, seed_report  # noqa: F401, F811  (seed_report is a fixture)


def test_html_report_leads_with_the_summary_then_the_texts(seed_report: Report) -> None:
    html = to_html(seed_report)
    order = [html.index(f'<section id="{name}"') for name in ("glance", "conflicts", "differences", "wording", "digest",
                                                              "articles", "entities", "framing", "timeline", "inputs")]
    assert order == sorted(order)
    glance = html[order[0]:order[1]]
    assert "Outlet One" in glance and "Blinken and Ashkenazi talk" in glance and "US urges equal treatment" in glance
    assert 'href="https://one.example/story"' in glance, "the original is linked from the headlines"
    conflicts = html[order[1]:order[2]]
    assert "Foreign Minister" in conflicts and "Secretary of State" in conflicts


def test_summary_reads_the_report(seed_report: Report) -> None:
    from rashomon.renderers.summary import summary_of

    summary = summary_of(seed_report)
    assert summary.event is not None and summary.event.text == seed_report.digest[0].text
    assert summary.conflicts == seed_report.conflicts
    alone = {o.outlet: [c.text for c in o.alone] for o in summary.outlets}
    assert alone == {"Outlet One": [seed_report.unique[0].text], "Outlet Two": [seed_report.unique[1].text]}
    # two outlets: what one leaves out is what the other alone reports, not repeated
    assert all(not o.missing for o in summary.outlets)
    # only loaded terms and naming choices are contrasts; a voice never is
    assert {(c.outlet, c.text) for c in summary.contrasts} == {("Outlet One", "Zionist counterpart"), ("Outlet One", "his Zionist"),
                                                               ("Outlet Two", "right-wing")}
    zionist = next(c for c in summary.contrasts if c.text == "Zionist counterpart")
    assert zionist.neutral == "Israeli counterpart"


def test_summary_names_who_writes_the_neutral_wording_and_what_an_outlet_leaves_out() -> None:
    from rashomon.renderers.summary import summary_of

    texts = {
        "a1": "The agitators blocked the gate on Monday. Police said 40 people were there.",
        "a2": "The strikers blocked the gate on Monday. Police said 40 people were there.",
        "a3": "The strikers blocked the gate on Monday.",
    }
    articles = tuple(Article(id=k, source=f"Outlet {k}", title=f"Gate {k}", text=t, sentences=segment(k, t)) for k, t in texts.items())
    by_id = {a.id: a for a in articles}
    police = [claim(by_id[k], "Police said 40 people were there.") for k in ("a1", "a2")]
    report = Report(articles=articles, agreements=(Agreement(claims=tuple(police), score=0.9),),
                    framing=(cue(by_id["a1"], "agitators", "loaded", "a loaded label", neutral="strikers"),))
    summary = summary_of(report)
    contrast = summary.contrasts[0]
    assert contrast.others == ("Outlet a2", "Outlet a3")
    a3 = next(o for o in summary.outlets if o.article == "a3")
    assert [c.text for c in a3.missing] == ["Police said 40 people were there."]
    assert a3.missing[0].outlets == ("Outlet a1", "Outlet a2")
    assert "where Outlet a2, Outlet a3 write <q>strikers</q>" in " ".join(to_html(report).split())


def test_what_an_outlet_leaves_out_says_when_the_others_disagree_on_it() -> None:
    # "Leaves out: The river rose by 1.2 metres overnight. (River Post, Valley Courier)" while River
    # Post wrote 2.1 metres: the shortest member's figure read as every carrier's
    from rashomon.model import Conflict, ConflictSide
    from rashomon.renderers.summary import summary_of

    texts = {
        "a1": "The river rose by 2.1 metres overnight, residents said.",
        "a2": "The river rose by 1.2 metres overnight.",
        "a3": "Two schools were closed.",
    }
    articles = tuple(Article(id=k, source=f"Outlet {k}", title="", text=t, sentences=segment(k, t)) for k, t in texts.items())
    rose = [claim(a, a.text) for a in articles[:2]]
    explanation = "how many (metres): a1 says “2.1 metres”; a2 says “1.2 metres”"
    sides = tuple(ConflictSide(article=c.article, sentence=c.sentence, text=c.text, value=value, group=n)
                  for n, (c, value) in enumerate(zip(rose, ("2.1 metres", "1.2 metres"))))
    report = Report(articles=articles, agreements=(Agreement(claims=tuple(rose), score=0.9),),
                    conflicts=(Conflict(kind="number", explanation=explanation, sides=sides),))
    a3 = next(o for o in summary_of(report).outlets if o.article == "a3")
    assert [c.text for c in a3.missing] == ["The river rose by 1.2 metres overnight."]
    assert a3.missing[0].disputed == (explanation,)
    html = " ".join(to_html(report).split())
    assert "they differ on how many (metres): a1 says “2.1 metres”; a2 says “1.2 metres”)" in html
    # a shared claim the outlets tell alike carries no such note
    agreed = dataclasses.replace(report, conflicts=())
    assert next(o for o in summary_of(agreed).outlets if o.article == "a3").missing[0].disputed == ()


def test_the_report_s_title_is_not_a_headline_the_report_itself_flags() -> None:
    # "Reckless driver blamed as trams smash together" headed the report (the lexicon knows neither
    # word) while the report flagged both words in that headline, its article's first sentence
    from rashomon.renderers.summary import neutral_title, report_title

    titles = {"a1": "Reckless driver blamed as trams smash together", "a2": "Trams collide at the junction"}
    articles = tuple(Article(id=k, source=f"Outlet {k}", title=t, text=f"{t}\n\nTwo trams collided on Friday.",
                             sentences=segment(k, f"{t}\n\nTwo trams collided on Friday.")) for k, t in titles.items())
    flagged = (cue(articles[0], "Reckless", "loaded", "word choice"), cue(articles[0], "smash", "loaded", "word choice"),
               cue(articles[1], "Trams collide", "voice", "whom it quotes"))
    report = Report(articles=articles, framing=flagged)
    assert neutral_title(list(titles.values())) == titles["a1"]  # the lexicon alone
    assert report_title(report) == titles["a2"]
    assert "<h1>Trams collide at the junction" in to_html(report)
    assert report_title(dataclasses.replace(report, framing=())) == titles["a1"]  # a tie: the first


@pytest.mark.parametrize(("titles", "expected"), [
    (["Ticketless thugs blamed for crush", "Thirty-one hurt in crush at the turnstiles"], "Thirty-one hurt in crush at the turnstiles"),
    (['"Heroes" of the night honoured', "Rescue crews honoured"], "Rescue crews honoured"),
    (["A calm headline", "Another calm headline"], "A calm headline"),
    (["", "Only one"], "Only one"),
    ([], ""),
])
def test_the_story_title_is_the_least_loaded_headline(titles: list[str], expected: str) -> None:
    from rashomon.renderers.summary import neutral_title

    assert neutral_title(titles) == expected


def test_a_report_of_one_article_says_there_is_nothing_to_compare() -> None:
    text = "A sentence here. Another one there."
    article = Article(id="a1", source="S", title="T", text=text, sentences=segment("a1", text))
    page = " ".join(to_html(Report(articles=(article,))).split())
    assert "One article: there is nothing to compare it with." in page
    assert 'id="differences"' not in page and "No conflicts found" not in page


def test_the_event_is_not_a_line_that_only_restates_a_headline() -> None:
    from rashomon.renderers.summary import summary_of

    texts = {"a1": "Chaos at the gate\nThe gate was blocked on Monday.", "a2": "Gate blocked\nThe gate was blocked on Monday."}
    articles = tuple(Article(id=k, source=k.upper(), title=t.split("\n")[0], text=t, sentences=segment(k, t)) for k, t in texts.items())
    head = [a.sentences[0].id for a in articles]
    body = [a.sentences[-1].id for a in articles]
    report = Report(articles=articles, digest=(DigestSentence(text="Chaos at the gate.", citations=(head[0],)),
                                              DigestSentence(text="The gate was blocked on Monday.", citations=tuple(body))))
    event = summary_of(report).event
    assert event is not None and event.text == "The gate was blocked on Monday." and event.sentences == tuple(body)


def test_agreements_left_out_of_the_digest_have_a_section_of_their_own(seed_report: Report) -> None:
    from rashomon.model import LeftOut

    first = seed_report.articles[0].sentences[0].id
    second = seed_report.articles[1].sentences[0].id
    report = dataclasses.replace(seed_report, left_out=(LeftOut(group=(first, second), articles=("a1", "a2"), reason="every member reads loaded"),))
    md = to_markdown(report)
    section = md.split("## Left out of the digest", 1)[1].split("\n## ", 1)[0]
    assert first in section and second in section and "every member reads loaded" in section
    assert "## Left out of the digest" not in to_markdown(dataclasses.replace(report, left_out=()))
    html = to_html(report)
    part = html.split('id="left-out"', 1)[1].split("</ul>", 1)[0]
    assert "every member reads loaded" in part and first in part
    assert 'id="left-out"' not in to_html(dataclasses.replace(report, left_out=()))
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency")
    validator = jsonschema.Draft202012Validator(json_schema())
    assert [e.message for e in validator.iter_errors(json.loads(to_json(report)))] == []
    assert from_json(to_json(report)) == report


def test_a_unique_claim_that_is_part_of_a_sentence_is_shown_in_it_escaped() -> None:
    text = f"The blast hit a bank in the town, about 30 miles south of {XSS}. Nobody was hurt."
    a = Article(id="a1", source="One", title="t", text=text, sentences=segment("a1", text))
    part = claim(a, f"about 30 miles south of {XSS}")
    whole = ClaimRef(article="a1", sentence=a.sentences[1].id, text="Nobody was hurt.", start=a.sentences[1].start, end=a.sentences[1].end)
    report = Report(articles=(a,), unique=(part, whole))
    md = to_markdown(report)
    assert "“The blast hit a bank in the town, **about 30 miles south of" in md
    assert "“Nobody was hurt.”" in md
    page = to_html(report)
    assert "<q>The blast hit a bank in the town, <strong>about 30 miles south of &lt;script&gt;" in page
    assert XSS not in page


def _petition_report(language: str = "en") -> Report:
    texts = {
        "a1": "About 300 residents signed a petition. The hall will be sold.",
        "a2": "The council ignored 1,200 residents who signed a petition. The hall will be sold off.",
        "a3": "Rund 300 Einwohner unterschrieben eine Petition. Die Halle wird verkauft.",
        "a4": "The council met on Tuesday.",
    }
    articles = tuple(Article(id=k, source=f"Outlet {k}", title="", text=t, sentences=segment(k, t),
                             language=language if k == "a3" else "en") for k, t in texts.items())
    by_id = {a.id: a for a in articles}
    petition_a1 = claim(by_id["a1"], "About 300 residents signed a petition.")
    groups = (
        (petition_a1, claim(by_id["a2"], "The council ignored 1,200 residents who signed a petition.")),
        (petition_a1, claim(by_id["a3"], "Rund 300 Einwohner unterschrieben eine Petition.")),
        (claim(by_id["a1"], "The hall will be sold."), claim(by_id["a2"], "The hall will be sold off."),
         claim(by_id["a3"], "Die Halle wird verkauft.")),
    )
    return Report(articles=articles, agreements=tuple(Agreement(claims=g, score=0.9) for g in groups))


def test_a_sentence_in_two_groups_is_left_out_once_and_not_by_an_outlet_that_tells_it() -> None:
    """a1's petition sentence is grouped with a2's and, apart, with a3's: a2 tells it (it was "left out"
    by a2), and a4 leaves it out once (it was listed twice)."""
    from rashomon.renderers.summary import summary_of

    lines = {o.article: o for o in summary_of(_petition_report()).outlets}
    assert [c.text for c in lines["a2"].missing] == []
    assert [c.text for c in lines["a4"].missing] == ["The hall will be sold.", "About 300 residents signed a petition."]


def test_an_article_in_another_language_is_said_so_and_nothing_is_said_left_out_by_it() -> None:
    """A German article among English ones is rarely matched with them: what it "leaves out" is no
    finding, and a group is told by its shortest English member, not by "Rund 300 Einwohner ..."."""
    from rashomon.renderers.summary import summary_of

    report = _petition_report(language="de")
    lines = {o.article: o for o in summary_of(report).outlets}
    assert lines["a3"].other_language == "de" and lines["a3"].missing == []
    assert all(not o.other_language for k, o in lines.items() if k != "a3")
    assert "Rund 300" not in " ".join(c.text for c in lines["a4"].missing)
    assert "Written in another language (de)" in to_html(report)
    assert not any(o.other_language for o in summary_of(_petition_report(language="en")).outlets)


def test_markdown_says_which_article_is_in_another_language() -> None:
    md = to_markdown(_petition_report(language="de"))
    assert "`a3` is written in another language (de) than the other articles" in md
    assert "another language" not in to_markdown(_petition_report(language="en"))
