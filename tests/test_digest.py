from rashomon.comparison.digest import build_digest
from rashomon.model import Agreement, ClaimRef, Conflict, ConflictSide, Entity, Mention, Suspect
from tests.conftest import make_article


def test_every_digest_sentence_cites_existing_sentences_and_conflicts_are_stated():
    a = make_article("a1", "The port closed on Tuesday after a leak.\nThe mayor promised compensation to families.", "Daily A")
    b = make_article("a2", "Officials shut the port on Wednesday after a leak.\nFamilies will be compensated, the mayor said.", "Daily B")
    s = {x.id: x for x in a.sentences + b.sentences}
    ref = lambda sid: ClaimRef(article=s[sid].article, sentence=sid, text=s[sid].text, start=s[sid].start, end=s[sid].end)  # noqa: E731
    agreements = (Agreement(claims=(ref("a1.s0"), ref("a2.s0")), score=0.6), Agreement(claims=(ref("a1.s1"), ref("a2.s1")), score=0.5))
    conflict = Conflict(kind="weekday", explanation="the day: Tuesday vs Wednesday", sides=(
        ConflictSide(article="a1", sentence="a1.s0", text=s["a1.s0"].text, value="tuesday"),
        ConflictSide(article="a2", sentence="a2.s0", text=s["a2.s0"].text, value="wednesday"),
    ))
    digest = build_digest([a, b], agreements, [conflict])
    ids = set(s)
    assert len(digest) == 3
    for sentence in digest:
        assert sentence.citations and set(sentence.citations) <= ids
    assert digest[-1].text == "Sources differ on the day: Daily A says “tuesday”; Daily B says “wednesday”."


def test_garbled_names_are_repaired_in_the_digest():
    a = make_article("a1", "Minister Brandtt opened the bridge on Monday.")
    b = make_article("a2", "Minister Brandt opened the new bridge on Monday.")
    start = a.text.index("Brandtt")
    entity = Entity(id="e1", name="Olaf Brandt", type="PERSON",
                    mentions=(Mention(article="a1", sentence="a1.s0", text="Brandtt", start=start, end=start + 7),),
                    suspect=(Suspect(text="Brandtt", article="a1", reason="near miss of 'Brandt'"),))
    ref_a = ClaimRef(article="a1", sentence="a1.s0", text=a.sentences[0].text, start=0, end=a.sentences[0].end)
    ref_b = ClaimRef(article="a2", sentence="a2.s0", text=b.sentences[0].text, start=0, end=b.sentences[0].end)
    digest = build_digest([a, b], [Agreement(claims=(ref_a, ref_b))], [], [entity])
    assert "Brandtt" not in digest[0].text
    assert digest[0].citations == ("a1.s0", "a2.s0")


def test_conflict_sentences_name_what_differs_once():
    a = make_article("a1", "He said: “We acted at once.”", "Daily A")
    b = make_article("a2", "He said: “We acted as fast as we could.”", "Daily B")
    sides = (ConflictSide(article="a1", sentence="a1.s0", text=a.sentences[0].text, value="We acted at once."),
             ConflictSide(article="a2", sentence="a2.s0", text=b.sentences[0].text, value="We acted as fast as we could."))
    quote = Conflict(kind="quote", explanation="the quoted words differ: “We acted at once.” vs “...”", sides=sides)
    name = Conflict(kind="name", explanation="the name differs: “Ann” in a1, “Anna” in a2", sides=sides)
    digest = build_digest([a, b], [], [quote, name])
    assert [d.text.split(":")[0] for d in digest] == ["Sources differ on the quoted words", "Sources differ on the name"]


def test_headlines_questions_and_first_person_are_not_told_and_citations_state_it():
    a = make_article("a1", "Port shut after leak\nThe harbour authority closed the port on Tuesday after a chemical leak.", "Wire")
    b = make_article("a2", "Port shut after leak\nWe saw the port close after a leak, and nobody told us why.", "Blog")
    c = make_article("a3", "Port shut after leak\nWho will pay for the chemical leak that shut the port?", "Tabloid")
    refs = {s.id: ClaimRef(article=s.article, sentence=s.id, text=s.text, start=s.start, end=s.end) for x in (a, b, c) for s in x.sentences}
    headlines = Agreement(claims=(refs["a1.s0"], refs["a2.s0"], refs["a3.s0"]))
    body = Agreement(claims=(refs["a1.s1"], refs["a2.s1"], refs["a3.s1"]))
    digest = build_digest([a, b, c], [headlines, body], [])
    assert [d.text for d in digest] == ["The harbour authority closed the port on Tuesday after a chemical leak."]
    # the first-person and the rhetorical sentences do not state it: they are not cited for it
    assert digest[0].citations == ("a1.s1",)


def test_a_conflict_is_told_once_with_the_sides_that_agree():
    a = make_article("a1", "The summit ended early on Sunday.", "Wire")
    b = make_article("a2", "The summit ended on Saturday evening.", "Daily")
    c = make_article("a3", "The summit ended in the small hours of Sunday.", "Post")
    side = lambda art, value, group: ConflictSide(  # noqa: E731
        article=art.id, sentence=art.sentences[0].id, text=art.sentences[0].text, value=value, group=group)
    conflict = Conflict(kind="date", explanation="the day: ...", sides=(side(a, "Sunday", 0), side(c, "Sunday", 0), side(b, "Saturday", 1)))
    (sentence,) = build_digest([a, b, c], [], [conflict])
    assert sentence.text == "Sources differ on the day: Wire and Post say “Sunday”; Daily says “Saturday”."
    assert sentence.citations == ("a1.s0", "a3.s0", "a2.s0")
