"""Word choice compared across outlets: the lower bar for the words of a noun phrase (naming)."""

from __future__ import annotations

import re

from rashomon.comparison.framing import find_framing
from rashomon.comparison.framing import wording
from rashomon.comparison.framing.loaded_words import unknown_word, word_features, word_model, word_probability
from rashomon.comparison.segment import segment
from rashomon.model import Article


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def cues_on(cues, article: str, word: str):
    return [c for c in cues if c.article == article and c.text == word and c.kind == "loaded"]


def story_p(word: str) -> float:
    """The story model's probability of ``word`` written by no other outlet, in an article of
    typical loudness (its second stage at the prior loudness), outside the headline."""
    import math

    model = word_model()["story"]
    p = word_probability(word_features(word, set()), model)
    context = model["context"]
    z = context["bias"] + context["weights"][0] * math.log(p / (1 - p)) + context["weights"][1] * context["prior_loudness"]
    return 1 / (1 + math.exp(-z))


def test_a_marked_noun_for_a_referent_is_word_choice_below_the_general_bar():
    # "usurpers" is under the story model's bar for any word, over the bar for a noun phrase
    assert wording.REFERENT_CUT <= story_p("usurpers") < word_model()["story"]["threshold"]
    a = make("a1", "The usurpers were arrested at the barracks on Sunday night, the ministry said.")
    b = make("a2", "Eleven officers were arrested at the barracks on Sunday night, the ministry said.")
    cues = cues_on(find_framing([a, b]), "a1", "usurpers")
    assert cues and "word choice" in cues[0].note
    assert not cues_on(find_framing([make("a1", "Usurpers? Eleven officers were arrested on Sunday."), b]), "a1", "Usurpers")


def test_the_same_noun_written_by_another_outlet_is_the_events_vocabulary():
    a = make("a1", "The traitors were arrested at the barracks on Sunday night, the ministry said.")
    b = make("a2", "Eleven officers the ministry called traitors were arrested at the barracks on Sunday night.")
    assert not cues_on(find_framing([a, b]), "a1", "traitors")


def test_outside_shared_sentences_the_lower_bar_holds_only_for_a_label_for_people():
    # elsewhere the story model's bar for any word decides (neutral copy keeps its rare nouns)
    for word in ("travesty", "usurpers"):
        assert wording.REFERENT_CUT <= story_p(word) < word_model()["story"]["threshold"]
    b = make("a2", "Parliament passed the budget on Monday after a long debate.")
    a = make("a1", "Parliament passed the budget on Monday. Critics blamed the travesty of the cabinet.")
    assert not cues_on(find_framing([a, b]), "a1", "travesty")
    a = make("a1", "Parliament passed the budget on Monday. Critics blamed the usurpers in the cabinet.")
    cues = [c for c in find_framing([a, b]) if c.article == "a1" and c.text == "usurpers"]
    assert [c.kind for c in cues] == ["naming"] and "no other outlet" in cues[0].note
    c = make("a1", "Parliament passed the budget of the travesty on Monday after a long debate.")
    assert cues_on(find_framing([c, b]), "a1", "travesty")
    # the label must head its noun phrase: after a preposition it starts a phrase of its own
    a = make("a1", "Parliament passed the budget on Monday. Critics marched on the cabinet with usurpers in tow.")
    assert not cues_on(find_framing([a, b]), "a1", "usurpers")


def test_plain_nouns_in_noun_phrases_are_no_cue():
    a = make("a1", "The council approved the budget for the hospital. The company hired new staff.")
    b = make("a2", "Lawmakers voted on Monday. Prices rose in the capital.")
    found = {c.text for c in find_framing([a, b]) if c.article == "a1" and c.kind in ("loaded", "naming")}
    assert not found & {"council", "budget", "hospital", "company", "staff"}


def test_the_slot_is_found_between_shared_words_when_the_sentences_are_reworded():
    mine = wording._tokens("The president takes personal charge of the rescue in the north.")
    theirs = wording._tokens("The president visited the rescue teams in the north on Monday.")
    i1, i2, counterpart = wording.slot(mine, mine.index("takes"), theirs)
    assert (mine[i1:i2], counterpart) == (["takes", "personal", "charge"], "visited")
    # where the other sentence has no content word between the same anchors, the word has no slot
    other = wording._tokens("Visited by the president, the rescue in the north goes on.")
    assert wording.slot(mine, mine.index("takes"), other) is None


def test_the_note_names_the_other_outlets_words_for_the_same_referent():
    a = make("a1", "The usurpers were arrested at the barracks on Sunday night, the ministry said.")
    b = make("a2", "Eleven officers were arrested at the barracks on Sunday night, the ministry said.")
    cues = cues_on(find_framing([a, b]), "a1", "usurpers")
    assert cues and "a2 writes 'eleven officers' in its place" in cues[0].note


def test_a_phrase_that_replaces_one_plain_word_in_every_other_outlet_is_found():
    mine = wording._tokens("The mayor raked in the cash from the harbour deal, officials said.")
    at = mine.index("raked")
    plain = [("a2", "The mayor profited from the harbour deal, officials said.")]
    assert wording._phrase_for_word(mine, at, plain)
    # a figure in the slot is a fact difference, not a phrase for a word
    assert not wording._phrase_for_word(mine, at, [("a2", "The mayor earned 3 million from the harbour deal.")])
    # the other outlet shares a word of the phrase: reworded, not replaced by one word
    assert not wording._phrase_for_word(mine, at, [("a2", "The mayor raked in money from the harbour deal.")])
    # one outlet writing the same phrase is enough to make it the event's wording
    assert not wording._phrase_for_word(mine, at, plain + [("a3", "The mayor raked in the cash from the harbour deal.")])
    assert not wording._phrase_for_word(mine, at, [])


def test_a_slot_across_a_comma_is_no_phrase():
    text = "Residents packed the hall, demanding councillors resign before Friday."
    mine = wording._tokens(text)
    at = mine.index("demanding")
    other = [("a2", "Residents packed the council resign before Friday.")]
    assert wording._phrase_for_word(mine, at, other)  # tokens alone: 'hall demanding councillors' for 'council'
    assert not wording._phrase_for_word(mine, at, other, wording.clause_breaks(text))
    assert wording.clause_breaks("Back, then; now - here") == {0, 1, 2}


def test_a_label_for_people_in_a_shared_claim_is_naming_when_the_others_name_them_in_its_role():
    # "schemers" (not in a noun phrase) is under the bar for any word; the paired sentence names
    # the same people "persons" beside the same verb, so the label stands for them
    assert wording.LABEL_CUT <= story_p("schemers") < word_model()["story"]["threshold"]
    a = make("a1", "By Friday more than forty schemers had been detained in the capital, the ministry said.")
    b = make("a2", "By Friday forty-one persons had been detained in the capital, the ministry said.")
    cues = [c for c in find_framing([a, b]) if c.article == "a1" and c.text == "schemers"]
    assert [c.kind for c in cues] == ["naming"] and "'persons'" in cues[0].note


def test_a_plural_noun_for_other_people_of_the_claim_is_no_label():
    # the others' people stand in another role ("witnesses said"), not where "schemers" stands
    a = make("a1", "By Friday more than forty schemers had been detained in the capital, the ministry said.")
    b = make("a2", "Witnesses said dozens had been detained in the capital by Friday, the ministry said.")
    assert wording._renamed_people("schemers", a.text, [("a2", b.text)]) == []
    # the plain name of a role is no label either
    assert wording._renamed_people("officers", "Forty officers were detained on Friday.", [("a2", "Forty persons were detained on Friday.")]) == []
    # a shared word on the other side of the noun shows another role ("detained the persons")
    assert wording._renamed_people("schemers", "The schemers were detained.", [("a2", "A court detained the persons.")]) == []
    assert wording._renamed_people("schemers", "The schemers were detained.", [("a2", "The persons were detained.")]) == ["persons"]


def test_a_thing_with_a_people_ending_is_no_counterpart_for_a_label():
    # "containers", "towers" end like "workers", but OEWN names no person by them: no people renamed
    assert wording._renamed_people("schemers", "The schemers were sold the land.", [("a2", "The towers were sold.")]) == []
    assert wording._renamed_people("schemers", "The schemers were sold the land.", [("a2", "The buyers were sold the land.")]) == ["buyers"]


def test_a_modifier_before_a_people_noun_the_others_replace_is_part_of_the_label():
    # neither "unlawful" nor "intruders" is written by the other outlet, which names the same people
    # "persons" beside the same verb: the phrase names them
    mine = "The coast guard rescued 41 unlawful intruders on Friday."
    theirs = "The coast guard rescued 41 persons on Friday."
    m = re.search("unlawful", mine)
    hits = wording._label_hits(mine, m, 0.3, mine, [("a2", theirs)], wording.vocabulary(theirs))
    assert [mine[h.start : h.end] for h in hits] == ["unlawful intruders"] and "'persons'" in hits[0].note
    # a noun the other outlet writes too is the event's name for them: no label
    shared = "The coast guard rescued 41 intruders, persons from Kharuna, on Friday."
    assert wording._label_hits(mine, m, 0.3, mine, [("a2", shared)], wording.vocabulary(shared)) == []


def test_a_label_the_sentence_denies_is_no_label():
    # "not unlawful intruders": the category the sentence says they are not, not its name for them
    theirs = "The coast guard rescued 41 persons on Friday."
    for mine in ("The coast guard rescued 41 persons, not unlawful intruders, on Friday.",
                 "The coast guard rescued 41 sailors rather than unlawful intruders on Friday.",
                 "The coast guard rescued 41 sailors instead of unlawful intruders on Friday."):
        m = re.search("unlawful", mine)
        assert wording._label_hits(mine, m, 0.3, mine, [("a2", theirs)], wording.vocabulary(theirs)) == []
    # with no negation before it the label stays
    mine = "The coast guard rescued another 41 unlawful intruders on Friday."
    m = re.search("unlawful", mine)
    assert [mine[h.start : h.end] for h in wording._label_hits(mine, m, 0.3, mine, [("a2", theirs)], wording.vocabulary(theirs))] == ["unlawful intruders"]


def test_a_word_another_outlet_writes_in_another_form_is_no_word_choice():
    b = make("a2", "Army officers seized the airport on Sunday night, the ministry said.")
    a = make("a1", "The renegade officers seized the airport on Sunday night, the ministry said.")
    assert any("word choice" in c.note for c in cues_on(find_framing([a, b]), "a1", "renegade"))
    b2 = make("a2", b.text + " Residents called them renegades.")
    assert not any("word choice" in c.note for c in cues_on(find_framing([a, b2]), "a1", "renegade"))
    # an adjective and its adverb are one word in two parts of speech
    assert wording._adverb_pair("secret") == {"secretly"} and "hastily" in wording._adverb_pair("hasty")
    assert "dead" not in wording._adverb_pair("deadly")  # an adjective in -ly, no adverb
    rogue = make("a1", "The rogue officers seized the airport on Sunday night, the ministry said.")
    assert any("word choice" in c.note for c in cues_on(find_framing([rogue, b]), "a1", "rogue"))
    b3 = make("a2", b.text + " They acted roguely.")
    assert not any("word choice" in c.note for c in cues_on(find_framing([rogue, b3]), "a1", "rogue"))


def test_a_plain_word_in_a_headline_is_judged_without_the_headline():
    from rashomon.comparison.framing.loaded import word_scores

    title = "Company boss shows a new computer in bloodbath for rivals"
    text = title + "\n\nThe company showed the computer on Monday."
    article = Article(id="a1", source="a1", title=title, text=text, sentences=segment("a1", text))
    scores = word_scores(article, [], set())
    at = {m.group(): i for i, m in enumerate(scores.tokens)}
    model = word_model()["story"]
    boss, devours = at["boss"], at["bloodbath"]
    assert wording.plain_word(scores.features[boss]) and not wording.plain_word(scores.features[devours])
    assert wording.choice_probability(scores, boss, model) < scores.probabilities[boss]
    assert wording.choice_probability(scores, devours, model) == scores.probabilities[devours]


def test_a_calm_headlines_verb_is_judged_without_the_headline():
    from rashomon.comparison.clean import MACHINE_TRANSLATED
    from rashomon.comparison.framing.loaded import word_scores
    from rashomon.model import Removed

    title = "Harbour board shuts old pier after winter storm"
    text = title + "\n\nThe harbour board closed the pier on Monday after a storm damaged its deck."
    article = Article(id="a1", source="a1", title=title, text=text, sentences=segment("a1", text))
    scores = word_scores(article, [], set())
    at = {m.group(): i for i, m in enumerate(scores.tokens)}
    model = word_model()["story"]
    assert scores.unraised[at["shuts"]] and not scores.unraised[at["pier"]]
    assert wording.choice_probability(scores, at["shuts"], model) < scores.probabilities[at["shuts"]]
    notice = Removed(text="This article was translated automatically from Dutch.", reason=MACHINE_TRANSLATED)
    translated = Article(id="a1", source="a1", title=title, text=text, sentences=article.sentences, removed=(notice,))
    assert word_scores(translated, [], set()).unraised is None


def test_a_past_verb_rarer_than_the_others_plain_verb_in_its_slot_is_word_choice():
    # "tore" is under the bar for any word; the other outlet's "struck" in its slot shows the plain word passed over
    assert wording.CONTRAST_CUT <= story_p("tore") < word_model()["word_choice_threshold"]
    a = make("a1", "The storm tore through the harbour town on Monday night, the coastguard said.")
    b = make("a2", "The storm struck the harbour town on Monday night, the coastguard said.")
    cues = [c for c in find_framing([a, b]) if c.article == "a1" and c.kind == "loaded"]
    assert [c.text for c in cues] == ["tore through"]  # the verb and its particle, one choice
    assert "than 'struck' (a2)" in cues[0].note and "a2 writes 'struck' in its place" in cues[0].note
    # the plain verb against the vivid one is no cue
    assert not [c for c in find_framing([a, b]) if c.article == "a2" and c.text == "struck"]


def test_a_particle_before_a_weekday_opens_a_phrase_of_time_not_the_verbs():
    # "tore on Monday": "on" opens the time, so the cue is the verb alone
    a = make("a1", "The storm tore on Monday night through the harbour town, the coastguard said.")
    b = make("a2", "The storm struck on Monday night through the harbour town, the coastguard said.")
    cues = [c for c in find_framing([a, b]) if c.article == "a1" and c.kind == "loaded"]
    assert [c.text for c in cues] == ["tore"]


def test_a_rarer_verb_lifted_over_the_contrast_bar_by_a_loud_article_alone_is_no_contrast():
    # "fled" where the other writes "left": its own score is under the contrast bar, and only the loud
    # article around it (the second stage) lifts it over; the rarer word is then the article's register
    from rashomon.comparison.framing.loaded import word_scores
    from rashomon.comparison.framing.loaded_words import logistic, vocabulary

    loud = make("a1", "Ferry sinks off harbour wall\nThe horror crash left a nightmare of chaos and carnage. "
                      "Families fled their homes on Friday after the ferry sank off the harbour wall. "
                      "Furious locals blasted the shameful, disgraceful bosses.")
    plain = make("a2", "Ferry sinks off harbour wall\nThe port said it would review the case. "
                       "Families left their homes on Friday after the ferry sank off the harbour wall.")
    scores = word_scores(loud, [], vocabulary(plain.text))
    i = next(k for k, m in enumerate(scores.tokens) if m.group() == "fled")
    assert logistic(scores.context[i, 0]) < wording.CONTRAST_CUT <= scores.probabilities[i]
    assert not [c for c in find_framing([loud, plain]) if c.article == "a1" and c.text.startswith("fled")]


def test_a_phrasal_verb_in_the_slot_is_no_plain_word_to_contrast_with():
    mine = wording._tokens("The court froze the permit for the new bridge on Thursday.")
    phrasal = [("a2", "The court threw out the permit for the new bridge on Thursday.")]
    plain = [("a2", "The court threw the permit for the new bridge on Thursday.")]
    at = mine.index("froze")
    assert wording.marked_against("froze", mine, at, plain) is not None
    assert wording.marked_against("froze", mine, at, phrasal) is None


def test_the_counterpart_stands_beside_the_same_subject_when_the_sentences_are_reworded():
    mine = wording._tokens("Three days after the earthquake tore through the old town on Tuesday, aid was still short.")
    theirs = wording._tokens("A strong earthquake that struck the province early on Tuesday killed 40 people.")
    assert wording.counterpart_word(mine, mine.index("tore"), theirs) == "struck"
    # the same subject, but nothing else shared on the far side: no slot
    other = wording._tokens("The earthquake struck hard.")
    assert wording.counterpart_word(mine, mine.index("tore"), other) is None


def test_only_past_verbs_of_kindred_meaning_and_a_rarer_register_are_contrasted():
    assert wording.same_kind("tore", "struck") and wording.same_kind("rammed", "passed")
    assert not wording.same_kind("confirmed", "told")  # a reporting verb of its own
    assert not wording.same_kind("crushed", "big") and not wording.same_kind("hefty", "million")
    assert wording._marked("rammed", "passed") and not wording._marked("passed", "rammed")
    assert not wording._marked("arrested", "captured")  # charged by VADER, not rarer
    # a rarer word of the same OEWN sense is the trade's term for the act, not a charged choice
    assert not wording._marked("impounded", "seized") and not wording._marked("retained", "held")
    assert wording._marked("pocketed", "spent")


def test_without_a_slot_the_note_lists_the_others_words_once_per_outlet_names_left_out():
    said = wording._said_by_others(
        "heroic", "Heroic firemen pulled the last survivors from the rubble.",
        [("a2", "Rescuers from Varna worked for hours to free trapped residents."), ("a2", "Rescue crews used cranes.")], None)
    assert len(said) == 1 and said[0].startswith("a2 writes '") and "varna" not in said[0].lower()


def test_a_word_of_the_same_meaning_and_register_in_the_slot_is_no_choice():
    mine = wording._tokens("The regulator approved the drug for a rare blood disorder on Monday.")
    at = mine.index("disorder")
    assert wording._synonym_in_slot("disorder", mine, at, [("a2", "The regulator approved the drug for a rare blood disease on Monday.")])
    # a word of another meaning in the slot: the choice stands
    assert not wording._synonym_in_slot("disorder", mine, at, [("a2", "The regulator approved the drug for a rare blood condition on Monday.")])
    # a rarer word than the other's (a register change) is the outlet's choice even where the meaning is close
    mine = wording._tokens("Witnesses described the slaughter in the valley on Monday.")
    assert not wording._synonym_in_slot("slaughter", mine, mine.index("slaughter"), [("a2", "Witnesses described the killing in the valley on Monday.")])



def test_a_word_wordfreq_does_not_know_is_left_to_the_loaded_word_step():
    assert unknown_word("zorvanti")  # a currency or a name, written in lower case
    assert not unknown_word("sidekick") and not unknown_word("cash-stuffed")


def test_a_word_that_only_names_a_thing_is_no_word_choice():
    # over the noun phrase's bar by its rarity, but every sense of "metal detector" is an artifact (thesaurus)
    assert story_p("metal-detector") >= wording.REFERENT_CUT
    a = make("a1", "Guards found the receiver during a random metal-detector check before the final round, officials said.")
    b = make("a2", "Guards found the receiver during a routine search before the final round, officials said.")
    assert not cues_on(find_framing([a, b]), "a1", "metal-detector")


def test_a_machine_translations_unrated_word_for_a_referent_is_no_choice():
    from rashomon.comparison.clean import MACHINE_TRANSLATED, machine_translated
    from rashomon.model import Removed

    a = make("a1", "The usurpers were arrested at the barracks on Sunday night, the ministry said.")
    b = make("a2", "Eleven officers were arrested at the barracks on Sunday night, the ministry said.")
    assert cues_on(find_framing([a, b]), "a1", "usurpers")
    notice = Removed(text="This article was translated automatically from German.", reason=MACHINE_TRANSLATED)
    translated = Article(id="a1", source="a1", title="", text=a.text, sentences=a.sentences, removed=(notice,))
    assert machine_translated(translated.removed) and not machine_translated(a.removed)
    assert not cues_on(find_framing([translated, b]), "a1", "usurpers")


def test_a_word_before_away_is_an_adverb_not_a_word_of_the_noun_phrase():
    text = "The farmer rang the village museum straight away after the find."
    at = text.index("straight")
    assert not wording.in_noun_phrase(text, at, at + len("straight"))
    text = "The farmer rang the village museum straight after the find."
    assert wording.in_noun_phrase(text, at, at + len("straight"))
    a = make("a1", "The farmer rang the village museum straight away after the find, the police said.")
    b = make("a2", "The farmer rang the village museum after the find, the police said.")
    assert not cues_on(find_framing([a, b]), "a1", "straight")


def test_a_derivation_of_a_word_the_paired_passage_writes_is_no_word_choice():
    # one content in another part of speech: the noun of an act beside its verb
    assert wording.derived_in("condolence", {"condoled", "the", "envoy"})
    assert wording.derived_in("resignation", {"resigned", "minister"})
    assert wording.derived_in("evacuation", {"evacuated"})
    assert not wording.derived_in("resignation", {"minister", "quit"})  # another word, a choice
    # a noun for people and the act it names them by are two contents: naming stays a choice
    assert not wording.derived_in("poisoner", {"poisoned"})
    assert not wording.derived_in("poisoned", {"poisoner"})
    # a short word is its own stem: four letters join words that only look alike
    assert not wording.derived_in("bank", {"banker"})


def test_a_verb_of_saying_is_the_lexicons_to_judge_not_word_choice():
    from rashomon.text.verbs import saying_lemma

    assert saying_lemma("insisting") == "insist" and saying_lemma("vowing") == "vow"
    assert saying_lemma("admitting") == "admit" and saying_lemma("Vowed") == "vow"
    assert saying_lemma("sing") is None and saying_lemma("wedding") is None and saying_lemma("morning") is None
    from rashomon.comparison.framing.loaded import _statistical_hits

    # with the bar at zero every word of the outlet's voice is over it: the verb of saying is left out
    a = make("a1", "The tenants' group vowed it would take the landlord to court, insisting the rise was unlawful.")
    words = {a.text[h.start:h.end] for h in _statistical_hits(a, [], set(), threshold=0.0)}
    assert "landlord" in words and "vowed" not in words and "insisting" not in words


def test_a_verb_of_a_clause_a_plain_verb_of_saying_reports_is_no_word_choice():
    # the speaker's account told indirectly: the outlet chose whom to report, not the verb
    own = make("a1", "The storm tore through the harbour town on Monday night, the coastguard said.")
    told = make("a1", "The coastguard said the storm tore through the harbour town on Monday night.")
    other = make("a2", "The coastguard said the storm struck the harbour town on Monday night.")
    assert [c.text for c in cues_on(find_framing([own, other]), "a1", "tore through")] == ["tore through"]
    assert not [c for c in find_framing([told, other]) if c.article == "a1" and c.kind == "loaded"]
    # a word naming a referent inside the reported clause stays the outlet's choice
    renegade = make("a1", "The coastguard said the renegade officers seized the airport on Sunday night.")
    army = make("a2", "The coastguard said army officers seized the airport on Sunday night.")
    assert any("word choice" in c.note for c in cues_on(find_framing([renegade, army]), "a1", "renegade"))


def test_a_word_of_one_oewn_sense_with_the_slots_word_and_no_more_intense_is_no_choice():
    # "halted" / "suspended" share a sense: a rarer term of the same act, no choice of the outlet's
    mine = wording._tokens("The port froze all shipments within an hour of the leak.")
    other = [("a2", "The port suspended all shipments within an hour of the leak.")]
    assert wording._synonym_in_slot("froze", mine, mine.index("froze"), other)
    # a word of another meaning in the slot: the choice stands
    other = [("a2", "The port counted all shipments within an hour of the leak.")]
    assert not wording._synonym_in_slot("froze", mine, mine.index("froze"), other)
