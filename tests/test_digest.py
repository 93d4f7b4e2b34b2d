from rashomon.comparison.digest import build_digest
from rashomon.model import Agreement, ClaimRef, Conflict, ConflictSide, DigestSentence, Entity, Mention, Suspect
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


# --- the most neutral member, and what is never told -------------------------------------------

from rashomon.comparison.digest.neutrality import Neutrality  # noqa: E402
from rashomon.comparison.framing import find_framing  # noqa: E402
from rashomon.model import FramingCue, Skipped  # noqa: E402


def _refs(*articles):
    return {s.id: ClaimRef(article=s.article, sentence=s.id, text=s.text, start=s.start, end=s.end) for x in articles for s in x.sentences}


def _digest(articles, groups, entities=(), conflicts=()):
    """build_digest as the pipeline runs it: with the framing stage's cues, recording what it leaves out."""
    refs = _refs(*articles)
    agreements = [Agreement(claims=tuple(refs[i] for i in ids)) for ids in groups]
    framing = find_framing(articles, entities, alignment=agreements)
    left: list[Skipped] = []
    digest = build_digest(articles, agreements, list(conflicts), list(entities), framing=framing, left_out=left)
    return digest, left


def test_the_plain_member_tells_the_claim_over_a_loaded_one():
    wire = make_article("a1", "The council approved the budget of 40 million euros on Monday, officials said.", "Wire")
    tabloid = make_article("a2", "The shameless council utterly rammed through a whopping 40 million euro budget on Monday.", "Tabloid")
    (sentence,), _ = _digest([wire, tabloid], [("a1.s0", "a2.s0")])
    assert sentence.text == wire.sentences[0].text
    assert sentence.citations[0] == "a1.s0"


def test_a_cue_the_lexicon_misses_still_counts_through_the_word_model_and_intensifiers():
    a = make_article("a1", "The minister presented the plan to parliament on Tuesday.", "A")
    b = make_article("a2", "The minister presented an utterly disastrous plan to parliament on Tuesday.", "B")
    signals = Neutrality([a, b])
    plain = signals.read("a1", 0, len(a.text), a.text)
    loaded = signals.read("a2", 0, len(b.text), b.text)
    assert plain.clean and not loaded.clean
    assert loaded.score > plain.score
    assert any("intensifier" in why for why in loaded.reasons)


def test_framing_cues_of_every_kind_count_but_voices_do_not():
    a = make_article("a1", "The so-called reform passed, the minister said.", "A")
    hedge = FramingCue(article="a1", sentence="a1.s0", text="so-called", kind="hedge", note="", start=4, end=13)
    assert not Neutrality([a], [hedge]).read("a1", 0, len(a.text)).clean
    # the voice read on a sentence with no loaded word of its own ("so-called" is one to the model too)
    b = make_article("a1", "The reform passed, the minister said.", "A")
    voice = FramingCue(article="a1", sentence="a1.s0", text="the minister", kind="voice", note="", start=19, end=31)
    assert Neutrality([b], [voice]).read("a1", 0, len(b.text)).clean


def test_when_every_member_is_loaded_the_group_is_left_out_and_recorded():
    a = make_article("a1", "The despicable mayor utterly wrecked the harbour plan on Friday!", "A")
    b = make_article("a2", "The mayor, utterly shameless, scrapped the disgraceful harbour plan on Friday.", "B")
    digest, left = _digest([a, b], [("a1.s0", "a2.s0")])
    assert digest == ()
    (record,) = left
    assert record.group == ("a1.s0", "a2.s0") and record.articles == ("a1", "a2")
    assert "exclamation" in record.reason


def test_only_the_clean_leading_clause_is_told_when_the_rest_is_loaded():
    a = make_article("a1", "Police arrested twelve protesters outside the ministry on Sunday, after an utterly shameful "
                     "display of brutality by the thugs in uniform.", "A")
    b = make_article("a2", "Twelve people were arrested outside the ministry on Sunday, the absolutely disgraceful police said.", "B")
    (sentence,), _ = _digest([a, b], [("a1.s0", "a2.s0")])
    assert sentence.text == "Police arrested twelve protesters outside the ministry on Sunday."
    assert sentence.citations[0] == "a1.s0"


def test_a_sentence_opening_with_a_pronoun_is_resolved_or_left_out():
    a = make_article("a1", "Judge Maria Olsen read the verdict on Friday. She sentenced the former minister to seven years.", "A")
    b = make_article("a2", "The court met on Friday. It sentenced the former minister to seven years in prison.", "B")
    olsen = Entity(id="e1", name="Maria Olsen", type="PERSON", mentions=(
        Mention(article="a1", sentence="a1.s0", text="Maria Olsen", start=6, end=17),))
    digest, _ = _digest([a, b], [("a1.s1", "a2.s1")], [olsen])
    assert [d.text for d in digest] == ["Olsen sentenced the former minister to seven years."]
    # without the entity the story cannot say who "She" is, and "It" is never guessed
    digest, left = _digest([a, b], [("a1.s1", "a2.s1")])
    assert digest == () and "pronoun" in left[0].reason


def test_exclamations_rhetorical_questions_first_person_and_back_references_are_not_told():
    a = make_article("a1", "Officials closed the bridge for repairs on Monday morning.", "Wire")
    for other in ("They closed our bridge for repairs on Monday morning, and we are furious.",
                  "Who closed the bridge for repairs on Monday morning, and why?",
                  "The bridge closed for repairs on Monday morning again!",
                  "After that decision the bridge closed for repairs on Monday morning."):
        b = make_article("a2", other, "Other")
        (sentence,), _ = _digest([b, a], [("a2.s0", "a1.s0")])
        assert sentence.text == a.sentences[0].text, other


def test_the_dateline_is_not_part_of_the_told_sentence_and_numbers_stay_as_written():
    a = make_article("a1", "WASHINGTON, Nov 5 (Wire Service) — The Senate passed the $1 trillion bipartisan "
                     "infrastructure bill on Tuesday, officials said.", "Wire")
    b = make_article("a2", "Senators approved the $1 trillion bipartisan infrastructure bill on Tuesday.", "Daily")
    (sentence,), _ = _digest([a, b], [("a1.s0", "a2.s0")])
    assert sentence.text == "The Senate passed the $1 trillion bipartisan infrastructure bill on Tuesday, officials said."
    assert "1000000000000" not in sentence.text


def test_no_sentence_is_told_twice():
    a = make_article("a1", "The plant closed on Monday after a fire.\nAbout 300 workers were sent home, the company said.", "A")
    b = make_article("a2", "The plant closed on Monday after a fire.\nThe fire started in the boiler room.", "B")
    c = make_article("a3", "The plant closed on Monday after the fire.\nAbout 300 workers were sent home.", "C")
    digest, left = _digest([a, b, c], [("a1.s0", "a2.s0"), ("a1.s0", "a3.s0"), ("a1.s1", "a3.s1")])
    texts = [d.text for d in digest]
    assert len(texts) == len(set(texts)) == 2
    assert left == []  # told once is not left out


def test_an_attribution_to_doubt_is_a_hedge_but_officials_said_is_how_wire_copy_sources():
    a = make_article("a1", "According to the allegations, the mayor took 2 million dollars from the builder.\n"
                     "The mayor took 2 million dollars from the builder, prosecutors said.", "A")
    signals = Neutrality([a])
    doubt, sourced = a.sentences
    assert not signals.read("a1", doubt.start, doubt.end, doubt.text).clean
    said = FramingCue(article="a1", sentence=sourced.id, text="prosecutors said", kind="hedge", note="",
                      start=sourced.end - 17, end=sourced.end - 1)
    assert Neutrality([a], [said]).read("a1", sourced.start, sourced.end, sourced.text).clean


def test_datelines_of_either_style_are_taken_off():
    from rashomon.comparison.digest.tell import strip_dateline
    assert strip_dateline("QASR NADIM, May 28 (Press Agency) — Five aid workers were freed.") == "Five aid workers were freed."
    assert strip_dateline("Port Leon – Al-Sahil: Five aid workers were freed.") == "Five aid workers were freed."
    assert strip_dateline("Five aid workers were freed in Port Leon – the capital.") == "Five aid workers were freed in Port Leon – the capital."


def test_datelines_in_other_scripts_title_case_and_bylines_are_taken_off():
    from rashomon.comparison.digest.tell import strip_dateline
    assert strip_dateline("İSTROVEL, 12 March (VNA) – Five aid workers were freed.") == "Five aid workers were freed."
    assert strip_dateline("Port Leon, 10 February — The workers were freed.") == "The workers were freed."
    assert strip_dateline("Port Leon – The workers were freed.") == "The workers were freed."
    assert strip_dateline("Harbour Daily Port Leon 23 November dispatch (reporter Li Wen) The workers were freed.") == "The workers were freed."
    # a dash inside the sentence, a bracket without a date, a name and its title: not datelines
    assert strip_dateline("The minister – a veteran – resigned.") == "The minister – a veteran – resigned."
    assert strip_dateline("The court (the highest) Ruled on it.") == "The court (the highest) Ruled on it."
    assert strip_dateline("Smith, the minister, resigned on Monday.") == "Smith, the minister, resigned on Monday."


def test_a_conflict_between_the_same_written_figures_shows_what_each_side_counts():
    a = make_article("a1", "The share of renewables will rise by 10 percentage points by 2030.", "Wire")
    b = make_article("a2", "The share of renewables will rise by 10% by 2030.", "Daily")
    side = lambda art, norm, group: ConflictSide(  # noqa: E731
        article=art.id, sentence=art.sentences[0].id, text=art.sentences[0].text, value="10", normalized=norm, group=group)
    conflict = Conflict(kind="number", explanation="the figure: ...", sides=(side(a, "10 percentage points", 0), side(b, "10%", 1)))
    (sentence,) = build_digest([a, b], [], [conflict])
    assert sentence.text == "Sources differ on the figure: Wire says “10 percentage points”; Daily says “10%”."


def test_sides_that_agree_but_write_the_figure_differently_are_each_quoted_as_written():
    a = make_article("a1", "Seven people were killed, the ministry said.", "Wire")
    b = make_article("a2", "Not less than seven people perished.", "Agency")
    c = make_article("a3", "Two servicemen died.", "State")
    side = lambda art, value, group: ConflictSide(  # noqa: E731
        article=art.id, sentence=art.sentences[0].id, text=art.sentences[0].text, value=value, group=group)
    conflict = Conflict(kind="number", explanation="how many (dead): ...",
                        sides=(side(a, "Seven", 0), side(b, "not less than seven", 0), side(c, "two", 1)))
    (sentence,) = build_digest([a, b, c], [], [conflict])
    assert sentence.text == ("Sources differ on how many (dead): Wire says “Seven”, Agency says “not less than seven”; "
                             "State says “two”.")


def test_a_framing_cue_with_a_neutral_wording_is_told_in_that_wording():
    a = make_article("a1", "The minister admitted on Monday that the bridge would open in 2027.", "A")
    b = make_article("a2", "The bridge will open in 2027, the minister said on Monday.", "B")
    start = a.text.index("admitted")
    cue = FramingCue(article="a1", sentence="a1.s0", text="admitted", kind="loaded", note="", start=start,
                     end=start + len("admitted"), neutral="said")
    refs = _refs(a, b)
    (sentence,) = build_digest([a, b], [Agreement(claims=(refs["a1.s0"],))], [], framing=[cue])
    assert sentence.text == "The minister said on Monday that the bridge would open in 2027."


def test_replace_spans_keeps_case_articles_and_possessives():
    from rashomon.comparison.framing.neutral import replace_spans
    text = "Regime forces moved. It was an illegal act by Washington’s allies."
    span = lambda word: (text.index(word), text.index(word) + len(word))  # noqa: E731
    new, pairs = replace_spans(text, [(*span("Regime"), "government"), (*span("illegal "), ""), (*span("Washington"), "the United States")])
    assert new == "Government forces moved. It was an act by the United States’ allies."
    assert pairs[0] == ("Regime", "Government")


def test_a_loaded_closing_appositive_is_dropped_and_a_plain_one_kept():
    witness = make_article("a2", "We watched the regulator take over the bank on Friday.", "Blog")
    loaded = make_article("a1", "The regulator took over the bank on Friday, the bill for years of reckless lending at the top of the market.", "A")
    (sentence,), _ = _digest([loaded, witness], [("a1.s0", "a2.s0")])
    assert sentence.text == "The regulator took over the bank on Friday."
    assert sentence.citations[0] == "a1.s0"
    plain = make_article("a1", "The regulator took over the bank on Friday, the first takeover of a lender since 2008.", "A")
    (sentence,), _ = _digest([plain, witness], [("a1.s0", "a2.s0")])
    assert sentence.text == plain.sentences[0].text


def test_a_closing_appositive_is_a_clause_but_an_attribution_tail_is_not():
    from rashomon.comparison.digest.tell import clauses

    text = "The council blocked the takeover on Tuesday, a decision that ends the deal."
    assert [text[s:e] for s, e in clauses(text)] == ["The council blocked the takeover on Tuesday", "a decision that ends the deal."]
    said = "Twelve people were arrested outside the ministry on Sunday, the police said."
    assert clauses(said) == [(0, len(said))]


def test_a_group_inside_a_fuller_one_is_told_once():
    # the first group is the second without a headline (never told): told, it would repeat the claim
    a = make_article("a1", "The harbour was shut on Tuesday after a chemical leak.", "A")
    b = make_article("a2", "Harbour shut\nPort authorities closed the port to ships on Tuesday following a spill of "
                     "industrial solvent, a spokesman said.", "B")
    digest, left = _digest([a, b], [("a1.s0", "a2.s0"), ("a1.s0", "a2.s1")])
    assert [d.text for d in digest] == [b.sentences[1].text] and not left


def test_a_member_grouped_with_a_told_claim_does_not_tell_another_group():
    # the aligner grouped a2.s0 with the told a1.s0 and again with a3.s0: told again, a2.s0 would
    # repeat the harbour claim; a3.s0 cannot be told (first person), so the second group is told already
    a = make_article("a1", "Port authorities closed the harbour to shipping on Tuesday, a spokesman said.", "A")
    b = make_article("a2", "Officials shut the harbour on Tuesday and said the leak came from a tanker carrying 40 tonnes.", "B")
    c = make_article("a3", "We saw the leak come from a tanker carrying 40 tonnes of diesel.", "C")
    digest, left = _digest([a, b, c], [("a1.s0", "a2.s0"), ("a2.s0", "a3.s0")])
    assert [d.text for d in digest] == [a.text] and not left
    # told alone, the second group is told by a2.s0
    (alone,), _ = _digest([a, b, c], [("a2.s0", "a3.s0")])
    assert alone.text == b.text


def test_a_mildly_charged_clause_no_other_source_states_is_dropped():
    a = make_article("a1", "The regulator approved the vaccine on Thursday, opening the way for a blockbuster.", "A")
    alone = make_article("a2", "We heard the regulator approve the vaccine on Thursday.", "B")
    (sentence,), _ = _digest([a, alone], [("a1.s0", "a2.s0")])
    assert sentence.text == "The regulator approved the vaccine on Thursday."
    # another source says part of that clause: the same word no longer counts as the outlet's own
    shared = make_article("a2", "We heard the regulator approve the vaccine on Thursday, opening the way for sales.", "B")
    (sentence,), _ = _digest([a, shared], [("a1.s0", "a2.s0")])
    assert sentence.text == a.text


def test_a_closing_after_clause_is_read_only_when_it_stands_alone():
    from rashomon.comparison.digest.tell import background

    text = "Fishermen gathered on the quay on Monday, two days after the tanker ran aground on the reef near the port."
    main_end, start, end = background(text)
    assert text[:main_end] == "Fishermen gathered on the quay on Monday"
    assert text[start:end] == "the tanker ran aground on the reef near the port."
    assert background("The council met on Monday after winning the vote in the assembly last week.") is None
    assert background("Prices rose after the decision of the central bank of the country.") is None  # no verb of its own


def test_the_shared_after_clause_is_told_when_the_main_clause_is_one_outlets_colour():
    colour = make_article("a1", "Fishermen watched in disbelief on Monday as a black tide crept into the harbour, two days "
                          "after the tanker Estrella ran aground on the Skerry reef.", "A")
    other = make_article("a2", "Three days after our worst fears came true, the Estrella still lies on the Skerry reef, leaking.", "B")
    (sentence,), _ = _digest([colour, other], [("a1.s0", "a2.s0")])
    assert sentence.text == "The tanker Estrella ran aground on the Skerry reef."
    assert sentence.citations[0] == "a1.s0"


def test_the_first_reported_claim_is_told_when_the_second_reads_loaded():
    # the shared claim is the first of the two the army reports; the second is its own defence, and
    # the other telling carries words of its own ("mortars", "regime") that no other source writes
    a = make_article("a1", "The army said rebel units had shelled its posts near the village of Orn first and that it "
                     "had acted in self-defence.", "A")
    b = make_article("a2", "Rebel units shelled posts near the village of Orn with mortars, breaking the truce regime.", "B")
    (sentence,), _ = _digest([a, b], [("a1.s0", "a2.s0")])
    assert sentence.text == "The army said rebel units had shelled its posts near the village of Orn first."
    assert sentence.citations[0] == "a1.s0"


def test_the_member_giving_the_figure_most_outlets_give_tells_the_claim():
    # b alone says 36 hours, a and c three days; b's telling reads plainest (it says who says so),
    # but its figure is one outlet's account: a member giving the figure most outlets give tells it
    a = make_article("a1", "The operator received the collision warning three days before the crash.", "A")
    b = make_article("a2", "The operator received the collision warning only 36 hours before the crash, officials said.", "B")
    c = make_article("a3", "The collision warning reached the operator three days before the crash.", "C")
    side = lambda art, value, group: ConflictSide(  # noqa: E731
        article=art.id, sentence=art.sentences[0].id, text=art.sentences[0].text, value=value, group=group)
    conflict = Conflict(kind="number", explanation="how long: ...",
                        sides=(side(a, "three days", 0), side(c, "three days", 0), side(b, "36 hours", 1)))
    digest, _ = _digest([a, b, c], [("a1.s0", "a2.s0", "a3.s0")], conflicts=[conflict])
    told = [d for d in digest if not d.text.startswith("Sources differ")]
    assert len(told) == 1 and "three days" in told[0].text and told[0].citations[0] in {"a1.s0", "a3.s0"}
    # without the dispute the plainest telling is b's
    digest, _ = _digest([a, b, c], [("a1.s0", "a2.s0", "a3.s0")])
    assert digest[0].citations[0] == "a2.s0"


def test_a_connective_to_the_outlets_previous_sentence_is_not_told():
    from rashomon.comparison.digest.tell import strip_connective

    assert strip_connective("And the survivors were taken to the port.") == "The survivors were taken to the port."
    assert strip_connective("For its part, the coast guard said the search goes on.") == "The coast guard said the search goes on."
    assert strip_connective("But, poorer countries had demanded more money.") == "Poorer countries had demanded more money."
    assert strip_connective("And then?") == "And then?"
    assert strip_connective("Andrea Rossi said the talks would go on.") == "Andrea Rossi said the talks would go on."


def test_a_shared_sentence_stating_a_disputed_value_is_told_as_its_sources_account():
    wire = make_article("a1", "The duty on imported steel falls to 12 percent in March, the ministry said.", "Wire")
    agency = make_article("a2", "The duty on imported steel falls to 10 percent in March, the ministry said.", "Agency")
    side = lambda art, value, group: ConflictSide(  # noqa: E731
        article=art.id, sentence=art.sentences[0].id, text=art.sentences[0].text, value=value, normalized=value, group=group)
    conflict = Conflict(kind="number", explanation="the figure: ...", sides=(side(wire, "12", 0), side(agency, "10", 1)))
    told, _ = _digest([wire, agency], [("a1.s0", "a2.s0")], conflicts=[conflict])
    shared = [s for s in told if not s.text.startswith("Sources differ")]
    assert len(shared) == 1 and shared[0].text.startswith("According to ")
    assert shared[0].text.split(", ", 1)[1].startswith("the duty on imported steel falls to 1")
    plain, _ = _digest([wire, agency], [("a1.s0", "a2.s0")])
    assert plain[0].text.startswith("The duty on imported steel")  # no conflict: told as fact


def test_a_disputed_quotation_or_title_is_told_as_its_sources_account_citing_only_them():
    from rashomon.comparison.digest.conflicts import attributed

    told = DigestSentence(text='"We kept every rule to the letter," the director told reporters, according to Fire Chief Ana Berg.',
                          citations=("a1.s2", "a2.s5"))
    side = lambda sentence, value, group: ConflictSide(  # noqa: E731
        article=sentence.split(".")[0], sentence=sentence, text="", value=value, normalized=value, group=group)
    quote = Conflict(kind="quote", explanation="the quoted words: ...",
                     sides=(side("a1.s2", "We kept every rule to the letter", 0), side("a2.s5", "We kept most rules", 1)))
    out = attributed(told, [quote], {"a1": "Wire", "a2": "Daily"}, {"a1.s2": "a1", "a2.s5": "a2"})
    assert out.citations == ("a1.s2",)  # the other telling does not state these words
    assert out.text.startswith("In the account of Wire, ")  # "According to ..., according to ..." read twice
    role = Conflict(kind="role", explanation="the role of Ana Berg: ...",
                    sides=(side("a1.s2", "Fire Chief", 0), side("a2.s5", "Police Chief", 1)))
    titled = attributed(DigestSentence(text="Fire Chief Ana Berg ordered the evacuation.", citations=("a1.s2",)),
                        [role], {"a1": "Wire", "a2": "Daily"}, {"a1.s2": "a1", "a2.s5": "a2"})
    assert titled.text == "According to Wire, Fire Chief Ana Berg ordered the evacuation."


def test_after_according_to_a_common_word_reads_in_lower_case_and_a_name_keeps_its_capital():
    from rashomon.comparison.digest.conflicts import _opener

    lowercase = {"classes", "over", "prosecutors"}
    assert _opener("Classes", "will be capped at 28 pupils.", lowercase) == "classes"
    assert _opener("Over", "the weekend, the government acted.", lowercase) == "over"
    assert _opener("The", "Averland regulator acted.", lowercase) == "the"
    assert _opener("According", "to the agency, it failed.", set()) == "according"
    assert _opener("President", "Daniyar Sabitov spoke.", {"president"}) == "President"  # begins a name
    assert _opener("Karsavian", "forces put down a coup.", lowercase) == "Karsavian"  # never written in lower case
    assert _opener("NATO", "said it would act.", {"nato"}) == "NATO"
    # without the story's own lower-case use: a frequent English word reads in lower case, a
    # nationality, a place, a first name or a month keeps its capital
    assert _opener("Representatives", "of 189 countries adopted it.", set()) == "representatives"
    for name in ("French", "Russians", "China", "Anna", "Monday"):
        assert _opener(name, "officials said so.", set()) == name


def test_a_group_holding_a_claim_told_already_is_not_told_again_through_another_member():
    tabloid = make_article("a1", "The shameless council rammed through a whopping budget of 40 million euros on Monday.", "Tabloid")
    wire = make_article("a2", "The council approved the budget of 40 million euros on Monday.\n"
                              "The mayor of the city resigned last year over a housing scandal.", "Wire")
    # the aligner also grouped the tabloid's sentence with the wire's second, which says something else
    told, left = _digest([tabloid, wire], [("a1.s0", "a2.s0"), ("a1.s0", "a2.s1")])
    assert [s.text for s in told] == [wire.sentences[0].text]
    assert not any("mayor" in s.text for s in told)


def test_an_account_told_as_one_sources_stops_before_a_comment_trailing_the_disputed_value():
    from rashomon.comparison.digest.conflicts import _to_disputed

    told = DigestSentence(text="The rules take effect on January 1, 2027, giving companies 14 months to prepare for the new red tape.",
                          citations=("a1.s4",))
    assert _to_disputed(told, ["January 1, 2027"]).text == "The rules take effect on January 1, 2027."
    which = DigestSentence(text="He founded the party in 2019, which is second in the polls.", citations=("a1.s2",))
    assert _to_disputed(which, ["2019"]).text == "He founded the party in 2019."
    # a clause that tells the event, a comment before the value, a participle inside a quotation: kept
    event = DigestSentence(text="Seven people were killed when the train derailed on Sunday, officials said.", citations=("a1.s1",))
    assert _to_disputed(event, ["Seven"]) == event
    before = DigestSentence(text="Citing new data, the agency put the toll at 9.", citations=("a1.s1",))
    assert _to_disputed(before, ["9"]) == before
    quoted = DigestSentence(text="She said the toll “rose to 9, making this the worst storm in years.”", citations=("a1.s1",))
    assert _to_disputed(quoted, ["9"]) == quoted


def test_a_number_word_opening_an_account_reads_in_lower_case():
    from rashomon.comparison.digest.conflicts import _opener

    assert _opener("Seven", "people were killed.", set()) == "seven"
    assert _opener("May", "rains flooded the town.", set()) == "May"


def test_a_modifier_before_the_name_it_suggests_is_dropped_not_replaced_by_the_name_again():
    from rashomon.comparison.digest.tell import repair_names

    article = make_article("a1", "The long-time ruler Anton Berg visited the camp on Tuesday.")
    ref = ClaimRef(article="a1", sentence="a1.s0", text=article.text, start=0, end=len(article.text))
    start = article.text.index("long-time")
    cue = FramingCue(article="a1", sentence="a1.s0", text="long-time ruler", kind="naming", note="naming",
                     start=start, end=start + len("long-time ruler"), neutral="Anton Berg")
    text, _ = repair_names(ref, [], [cue])
    assert text == "Anton Berg visited the camp on Tuesday."


def test_a_pronoun_is_not_resolved_to_a_person_its_own_sentence_names():
    from rashomon.comparison.digest.tell import resolve_pronoun

    article = make_article("a1", "Tarvo Lind needed nine points to pass Osk Berg for the record. "
                                 "He tied Berg with a jumper, then passed him with a turnaround shot.")
    first, second = article.sentences[:2]

    def mention(text: str, sentence) -> Mention:
        start = article.text.index(text, sentence.start)
        return Mention(article="a1", sentence=sentence.id, text=text, start=start, end=start + len(text))

    berg = Entity(id="e1", name="Osk Berg", type="PERSON", mentions=(mention("Osk Berg", first), mention("Berg", second)))
    ref = ClaimRef(article="a1", sentence=second.id, text=second.text, start=second.start, end=second.end)
    assert resolve_pronoun(ref, second.text, article, [berg]) is None  # "He" is not Berg
    alone = make_article("a1", "Osk Berg needed nine points for the record. He scored eleven in the first half.")
    f2, s2 = alone.sentences[:2]
    start = alone.text.index("Osk Berg")
    berg2 = Entity(id="e1", name="Osk Berg", type="PERSON", mentions=(Mention(article="a1", sentence=f2.id, text="Osk Berg", start=start, end=start + 8),))
    ref2 = ClaimRef(article="a1", sentence=s2.id, text=s2.text, start=s2.start, end=s2.end)
    assert resolve_pronoun(ref2, s2.text, alone, [berg2]).startswith("Berg scored")


def test_the_pronoun_naming_a_quotations_speaker_is_resolved_or_the_sentence_not_told():
    from rashomon.comparison.digest.tell import resolve_pronoun

    article = make_article("a1", "Plant director Ada Voss said the company was cooperating. "
                                 "\"We followed every rule,\" she told reporters on Wednesday.")
    first, second = article.sentences[:2]
    start = article.text.index("Ada Voss")
    voss = Entity(id="e1", name="Ada Voss", type="PERSON",
                  mentions=(Mention(article="a1", sentence=first.id, text="Ada Voss", start=start, end=start + 8),))
    ref = ClaimRef(article="a1", sentence=second.id, text=second.text, start=second.start, end=second.end)
    assert resolve_pronoun(ref, second.text, article, [voss]) == "\"We followed every rule,\" Voss told reporters on Wednesday."
    assert resolve_pronoun(ref, second.text, article, []) is None  # nobody to stand for "she": not told


def test_a_name_opening_an_attributed_account_keeps_its_capital():
    from rashomon.comparison.digest.conflicts import _opener

    assert _opener("Ford", "finished his career with 2,290 points.", set(), {"ford"}) == "Ford"
    assert _opener("Shares", "fell 6 percent.", {"shares"}, {"ford"}) == "shares"


def test_a_quotation_with_nobody_saying_it_is_not_told():
    from rashomon.comparison.digest.tell import why_untellable

    assert why_untellable("“Torches and pitchforks are not going to be necessary.”") == "a quotation without its speaker"
    assert why_untellable("“The community has spoken,” the prosecutor said.") == ""


def test_a_member_with_a_charged_word_no_other_source_writes_yields_to_a_plain_one():
    coloured = make_article("a1", "The embattled mayor signed the harbour contract on Friday, officials said.", "A")
    plain = make_article("a2", "The mayor of the port town signed the harbour contract on Friday evening.", "B")
    (sentence,), _ = _digest([coloured, plain], [("a1.s0", "a2.s0")])
    assert sentence.text == plain.text


def test_a_strongly_charged_word_of_one_outlet_is_not_told_even_when_no_member_is_plainer():
    coloured = make_article("a1", "Parliament handed the government a hard-fought approval of the pension law on Thursday.", "A")
    loud = make_article("a2", "Parliament approved the pension law on Thursday!", "B")
    digest, left = _digest([coloured, loud], [("a1.s0", "a2.s0")])
    assert digest == ()
    assert "no other source writes" in left[0].reason and "hard-fought" in left[0].reason



def test_several_mildly_charged_words_of_one_outlet_add_up_to_its_colour():
    # no one word past the bar, but together they tell the outlet's colour on the claim as a whole
    coloured = make_article("a1", "Residents looked on helplessly as floodwater swallowed the lower town, and many say officials deserted them.", "A")
    loud = make_article("a2", "The lower town flooded on Sunday night!", "B")
    digest, left = _digest([coloured, loud], [("a1.s0", "a2.s0")])
    assert digest == ()
    assert "no other source writes" in left[0].reason and "helplessly" in left[0].reason


def test_a_quotation_one_member_adds_is_cited_to_it_alone_or_told_through_another_member():
    # the first member adds a quotation to the shared claim: its telling would cite the others for
    # words they never wrote
    quoting = make_article("a1", "The baker said “it was pandemonium” as nine people were hurt when the bus left the road near Oskarby on Friday.", "Quoting")
    plain = make_article("a2", "The bus left the road near Oskarby on Friday, injuring nine.", "Plain")
    other = make_article("a3", "Nine people were badly hurt when the bus left the road near Oskarby on Friday.", "Other")
    refs = [ClaimRef(article=x.id, sentence=x.sentences[0].id, text=x.sentences[0].text, start=x.sentences[0].start,
                     end=x.sentences[0].end) for x in (quoting, plain, other)]
    (told,) = build_digest([quoting, plain, other], [Agreement(claims=tuple(refs))], [])
    assert told.text == "The bus left the road near Oskarby on Friday, injuring nine."
    assert set(told.citations) == {"a1.s0", "a2.s0", "a3.s0"}
    # told through the quoting member (the only member), it cites that member alone
    (alone,) = build_digest([quoting, plain], [Agreement(claims=(refs[0],))], [])
    assert alone.citations == ("a1.s0",)
    from rashomon.comparison.digest import _states
    assert not _states(quoting.sentences[0].text, refs[1])
    assert _states(plain.sentences[0].text, refs[0])
