"""Quotation conflicts: two tellings of one quotation compared word by word, a bounded number per claim."""

from __future__ import annotations

from rashomon.comparison.conflicts.quotes import (
    MAX_QUOTES_COMPARED, alike, durations, real_change, quote_change, quote_findings, quote_words, same_meaning,
)
from rashomon.model import Claim


def claim(article: str, quotes: list[str]) -> Claim:
    text = " and ".join(f"“{q}”" for q in quotes) + ", she said."
    return Claim(id=f"{article}.s1", article=article, sentence=f"{article}.s1", text=text, start=0, end=len(text), quotes=tuple(quotes))


def test_a_changed_quotation_is_found_among_the_first_ones_of_a_claim():
    said = "We will not close the northern bridge this winter"
    told = "We will close the northern bridge this winter"
    findings = list(quote_findings(claim("a1", [said]), claim("a2", ["the budget is tight", told])))
    assert [(f.a.value, f.b.value) for f in findings] == [(said, told)]


def test_quotations_past_the_bound_of_a_list_like_sentence_are_not_compared():
    said = "We will not close the northern bridge this winter"
    told = "We will close the northern bridge this winter"
    filler = [f"word{k} word{k} word{k}" for k in range(MAX_QUOTES_COMPARED)]
    assert list(quote_findings(claim("a1", [said]), claim("a2", filler + [told]))) == []


def test_quote_words_are_a_fresh_list_each_time():
    words = quote_words("They didn’t realise it")
    assert words == ["they", "did", "n't", "realize", "it"]
    words.append("x")
    assert quote_words("They didn’t realise it") == ["they", "did", "n't", "realize", "it"]


def test_a_negation_moved_in_a_translation_is_the_same_negation():
    # both tellings say "never"; the translation only puts it elsewhere
    assert quote_change("this law offers the farmers a hearing they were never offered",
                        "this law offers to the farmers a hearing that never was offered to them") is None
    # a negation only one side has is still a misquote
    assert quote_change("this law offers the farmers a hearing they were never offered",
                        "this law offers the farmers a hearing they were always offered") == "the negation differs"


def test_each_and_every_are_one_quantifier():
    assert quote_change("We owe every patient a clear answer today", "We owe each patient a clear answer today") is None
    assert quote_change("We owe every patient a clear answer today", "We owe most patients a clear answer today") == "a key word differs"


def test_a_quoted_sentence_that_goes_on_with_other_words_is_changed():
    # the opening told word for word, the rest of the sentence another remark
    assert quote_change(
        "The council has decided twice now, and I will start building in spring",
        "The council has decided, and I do not care how loudly the neighbours complain",
    ) == "the words after its opening differ"


def test_a_translated_tail_or_a_different_next_sentence_is_no_change():
    # a tail told in another order with its words: a translation, not another remark
    assert quote_change(
        "We will rebuild the harbour, and nobody in the old town will be left behind by the city",
        "We will rebuild the harbour, and by the city nobody will be left behind in the old town",
    ) is None
    # two outlets quoting different next sentences of one statement
    assert quote_change(
        "We did not start this dispute. The owners walked out of the talks first",
        "We did not start this dispute. Nobody here wants to hurt the passengers",
    ) is None


def test_a_quotation_reworded_by_reported_speech_or_a_translation_is_no_change():
    # the person shifts in reported speech, and "tonight" is "this evening" with a light verb dropped
    assert quote_change("we will not give up our harbour to anyone", "we will not give up its harbour to anyone") is None
    assert quote_change("Every order given tonight will be reviewed", "every order of this evening will be reviewed") is None
    # a changed noun is still a changed word
    assert quote_change("Every order given tonight will be reviewed", "Every order given tonight will be ignored") == "a key word differs"


def test_an_added_word_the_other_article_uses_before_the_same_noun_names_it_more_fully():
    short, full = "will not accept lies about its pilots", "we will not accept the lies about our navy pilots"
    text = "A navy pilot was shot down on Monday. The ministry said it will not accept lies about its pilots."
    assert quote_change(short, full, text, "") is None
    # without the other article's own "navy pilot" the added word may change what is said
    assert quote_change(short, full) == "a key word differs"
    assert quote_change("we found no trace of the cargo", "we found no trace yet of the cargo", "No trace yet was found.", "") == "words are added"


def test_one_word_changed_in_a_telling_whose_small_words_differ_too_is_a_translation():
    told = "The council may ask who pays for the road, but it may not close the market on Sundays"
    assert quote_change(told, "The council may ask who pays for the road, but it may not tax the market on Sundays") == "a key word differs"
    assert quote_change(told, "The council may ask, who pays the road, but it may not tax the market on Sundays") is None


def test_adverbs_of_time_up_to_now_are_one_meaning_in_two_translations():
    said = "The water level is high but so far stable"
    assert quote_change(said, "The water level is high but for now stable") is None
    assert quote_change(said, "The water level is high but still stable") is None
    assert quote_change(said, "The water level is high but no longer stable") == "the negation differs"
    assert quote_change(said, "The water level is high but quite unstable") == "a key word differs"


def test_a_near_synonym_beside_an_added_word_is_the_translations_word_not_a_second_change():
    said = "The coach has never used a banned drug in his whole career"
    # "forbidden" for "banned" is one meaning; the added "knowingly" is the one change left
    assert quote_change(said, "The coach has never knowingly used a forbidden drug in his whole career") == "words are added"
    assert quote_change(said, "The coach has never used a forbidden drug in his whole career") is None


def test_an_auxiliary_a_translation_words_its_own_way_is_no_change():
    said = "The union is not leaving the talks with the ministry"
    assert quote_change(said, "The union does not abandon the talks with the ministry") is None
    assert quote_change(said, "The union is not leaving the talks with the employers") == "a key word differs"


def test_words_of_one_meaning_are_close_in_the_table_and_rated_alike_by_valence():
    assert same_meaning(["banned"], ["forbidden"])
    assert same_meaning(["the", "banned"], ["forbidden"])  # a function word carries no meaning of its own
    assert not same_meaning(["win"], ["lose"])  # close in the table, rated on opposite sides
    assert not same_meaning(["open"], ["close"])  # close in the table, rated by neither: an antonym is possible
    assert not same_meaning(["choices"], ["cuts"])
    assert not same_meaning(["banned"], [])
    # the antonym stays a changed key word
    assert quote_change("We will open the northern bridge to traffic this winter",
                        "We will close the northern bridge to traffic this winter") == "a key word differs"


def test_an_opening_verb_negated_in_one_telling_only_is_a_negation_differing():
    said = "had cleared every fire inspection this spring"
    # worded apart past the verb, too few words alike to be one quotation, but the speaker's verb is denied
    assert quote_change(said, "had not cleared the March fire inspection, though the faults were fixed") == "the negation differs"
    # the same verb negated, going on with nothing both say: two statements, no finding
    assert quote_change("We know who is behind the attack", "We do not know what happened at the plant") is None
    # a negation on each side, before and after the verb, is one denial
    assert quote_change("spare no money on the repairs", "will not spare any money") is None


def test_a_negated_verb_of_ruling_out_affirms_and_a_changed_opening_counts():
    said = "There is no danger to the other villages at this point"
    # "cannot rule out" says there may be a danger: the negation differs, though both hold one
    assert quote_change(said, "We cannot rule out a danger to the other villages at this point") == "the negation differs"
    # an excerpt that starts after the negated opening is no change
    assert quote_change("This is not all we wanted, but it is a real gain for the workers", "a real gain for the workers") is None


def test_a_verb_of_denial_is_a_negation_and_negated_it_is_none():
    # "did not deny" is no denial; "denied" is one
    assert quote_change("We did not deny that the ferry was unsafe last winter",
                        "We denied that the ferry was unsafe last winter") == "the negation differs"
    # "rule" without "out" is a noun: "no rule" stays a negation
    assert quote_change("The club broke no rule in the transfer of its goalkeeper",
                        "The club broke a rule in the transfer of its goalkeeper") == "the negation differs"


def test_a_word_of_one_meaning_by_the_thesaurus_is_no_changed_key_word():
    said = "We will keep every clinic open, but not by raising fares and cutting tram routes"
    # OEWN: a route is a line of travel; the one changed word says the same
    assert quote_change(said, "We will keep every clinic open, but not by raising fares and cutting tram lines") is None
    # a word OEWN does not relate to it is a changed key word
    assert quote_change(said, "We will keep every clinic open, but not by raising fares and cutting school meals") == "a key word differs"


def test_words_alike_by_synset_or_one_step_and_not_by_antonym_or_valence():
    assert alike("elect", "choose") and alike("medicaments", "medicine") and alike("routes", "lines")
    assert not alike("closed", "open")  # OEWN's antonyms
    assert not alike("win", "lose")  # VADER rates them on opposite sides
    assert not alike("choices", "cuts")
    assert not real_change(["have"], ["be", "obliged"])  # the grammar word "have" is read as well
    assert real_change(["blind"], ["in", "haste"])


def test_a_decision_to_act_told_as_the_act_is_one_statement():
    said = "The mayor decided to shut the market hall, and we want to hear why"
    assert quote_change(said, "The mayor shut the market hall and we want to hear why") is None
    assert quote_change("The mayor decided to close the market hall, and we want to hear why",
                        "The mayor closed the market hall and we want to hear why") is None
    # trying is no decision: the act may not have been done
    assert quote_change("The mayor tried to shut the market hall, and we want to hear why",
                        "The mayor shut the market hall and we want to hear why") == "words are added"
    assert quote_change("The mayor tried to close the market hall, and we want to hear why",
                        "The mayor closed the market hall and we want to hear why") == "a key word differs"


def test_an_opening_that_goes_on_in_words_of_one_meaning_is_a_translation():
    said = "No pensioner should have to pick between heating and food"
    assert quote_change(said, "No pensioner should be obliged to choose between the heating and the food") is None
    assert quote_change(said, "No pensioner should ever again freeze alone in a cold flat") == "the words after its opening differ"


def test_another_year_in_a_telling_of_one_quotation_is_another_figure():
    said = "This is the biggest investment the region has made toward its 2030 goal"
    assert quote_change(said, "This is the largest investment the region makes toward the 2045 goal") == "a figure differs"
    assert quote_change(said, "This is the largest investment the region has made toward the 2030 goal") is None


def test_an_opening_that_goes_on_with_another_persons_office_in_each_telling_still_differs():
    # "court" / "courtroom" are of one meaning, "minister" / "president" are not: each telling goes on
    # with a word the other has nothing for
    said = "This budget was drafted in the finance minister's office, not in this courtroom"
    assert quote_change(said, "This budget was drafted in the office of the president, not in this court hall") \
        == "the words after its opening differ"


def test_every_each_and_all_are_one_quantifier_most_and_some_are_others():
    said = "We checked every safety valve at the refinery last night"
    assert quote_change(said, "We checked all safety valves at the refinery last night") is None
    assert quote_change(said, "We checked each safety valve at the refinery last night") is None
    assert quote_change(said, "We checked most safety valves at the refinery last night") == "a key word differs"


def test_a_span_of_time_counted_in_another_unit_is_another_figure_unless_it_is_the_same_span():
    said = "We will audit the accounts every three months"
    assert quote_change(said, "We will audit the accounts every year") == "a figure differs"
    assert quote_change(said, "We will audit the accounts every 90 days") is None  # the same span, about
    assert durations("once a week, for two days") == {7, 2}


def test_a_superlative_told_as_one_of_several_makes_the_claim_smaller():
    said = "This was the deadliest flood this valley has known"
    assert quote_change(said, "It was one of the deadliest floods of the past decade") == "a key word differs"
    # an excerpt that may begin after "one of" is no telling of the one
    assert quote_change("the deadliest floods", "one of the deadliest floods") is None


def test_knowing_and_not_knowing_the_answer_to_one_question_is_a_negation():
    said = "We know who did this, and they will answer for it"
    assert quote_change(said, "We still do not know where this came from") == "the negation differs"
    assert quote_change(said, "We do not know how many homes burned") is None  # no thing both name


def test_a_quoted_phrase_whose_thing_the_other_telling_qualifies_otherwise_is_changed():
    said = "We call this a reckless decision, and we will appeal"
    assert quote_change("a cowardly decision", said) == "a key word differs"
    assert quote_change("a careless decision", said) is None  # one meaning, in OEWN
    assert quote_change("the decision", said) is None  # no qualifier quoted
    assert quote_change("zero hour", "It begins in a few hours") is None  # a figure counts, it does not judge


def test_a_word_reworded_as_a_phrase_around_it_is_one_telling():
    # "come first" / "stand in first place": the translation builds a phrase around "first"
    assert quote_change("The safety of the passengers must come first",
                        "The safety of the passengers must stand in first rank") is None
    # a word changed with nothing built around the shared one stays a misquote
    assert quote_change("The safety of the passengers must come first",
                        "The safety of the passengers must stand first") == "a key word differs"
    assert quote_change("The safety of the passengers must come first",
                        "The safety of the passengers must be put last") == "a key word differs"


def test_a_quantifier_changed_at_the_opening_and_certainty_told_two_ways():
    assert quote_change("All of the pumps were repaired overnight", "Some of the pumps were repaired overnight") == "a key word differs"
    assert quote_change("We will definitely rebuild the pier", "We will probably rebuild the pier") == "a key word differs"
    assert quote_change("We will probably rebuild the pier", "We will likely rebuild the pier") is None


def test_the_whole_and_a_plural_in_men_are_no_change():
    assert quote_change("Our linesmen worked all day without a break", "Our linesmen worked the whole day without a break") is None
    assert quote_change("Our firefighters searched the ruins all week", "Our firemen searched the ruins all week") is None


def test_one_preposition_put_for_another_is_a_translations_grammar():
    said = "I was tired after the climb, but I am not cross with anybody"
    assert quote_change(said, "I was tired after the climb, but I am not cross against anybody") is None
    # prepositions of opposite sense turn the statement around
    voted = "We shall vote for the new harbour levy in the assembly tomorrow"
    assert quote_change(voted, "We shall vote against the new harbour levy in the assembly tomorrow") == "a key word differs"


def test_an_impersonal_subject_told_as_one_is_no_change():
    said = "You can hear where the water rose and where the bank gave way"
    assert quote_change(said, "One hears where the water rose and where the bank gave way itself") is None
    # another verb after the impersonal subject is a change
    assert quote_change(said, "You can fear where the water rose and where the bank gave way") == "a key word differs"


def test_preposition_and_impersonal_rewordings():
    from rashomon.comparison.conflicts.quote_grammar import impersonal_reworded, preposition_swapped

    assert preposition_swapped(["with"], ["against"])
    assert not preposition_swapped(["with"], ["without"])
    assert not preposition_swapped(["with"], ["anger"])
    assert impersonal_reworded(["You", "can", "see"], ["One", "sees"])
    assert impersonal_reworded(["you", "can"], ["one"])
    assert not impersonal_reworded(["you", "can", "see"], ["I", "see"])
    assert not impersonal_reworded(["you", "can", "see"], ["one", "hears"])


def test_two_tellings_disagree_whichever_article_is_given_first_or_not_at_all():
    # read one way, the word matching finds a changed passage; read the other way, none: no conflict
    # either way round, so the order the user gives the articles in decides nothing
    x = "Rents in Oskarby are already among the highest in the country"
    y = "The rents in Oskarby already are of the highest of the country"
    assert (quote_change(x, y) is None) != (quote_change(y, x) is None)
    assert list(quote_findings(claim("a1", [x]), claim("a2", [y]))) == []
    assert list(quote_findings(claim("a1", [y]), claim("a2", [x]))) == []


def test_a_word_that_counts_a_thing_does_not_judge_it():
    # "a single bridge" counts the bridge (OEWN: "single" is a synonym of one), as a figure does:
    # another outlet's quoted "rotten bridges" is not the speaker's judgement of it changed
    told = "Our plan is careful. Not a single bridge will be closed during the works"
    assert quote_change(told, "rotten bridges") is None
    assert quote_change("rotten bridges", told) is None
    # a word that judges the thing still is one
    assert quote_change("an unlawful act", "What happened there was a regrettable act") == "a key word differs"


def test_one_quotation_told_by_two_sentences_in_their_own_words():
    from rashomon.comparison.conflicts.quotes import one_quotation_told
    from rashomon.model import Claim

    def claim(article, text, *quotes):
        return Claim(id=f"{article}.s1", article=article, sentence=f"{article}.s1", text=text, start=0, end=len(text), quotes=quotes)

    a = claim("a1", 'Ulla Brisk said: "The windows shook and the dog ran off."', "The windows shook and the dog ran off.")
    b = claim("a2", '"The windows were shaking and our dog ran off," said Brisk.', "The windows were shaking and our dog ran off,")
    c = claim("a3", 'Brisk said: "I have sold the farm."', "I have sold the farm.")
    assert one_quotation_told(a, b)
    assert not one_quotation_told(a, c)
    assert not one_quotation_told(a, claim("a4", "Brisk left the farm."))
