"""Loaded words by the fitted model, word choice across outlets, loaded verbs of saying, bad input."""

from __future__ import annotations

import copy
import json
import time

import numpy as np
import pytest

from rashomon.comparison.framing import LexiconError, find_framing, load_lexicon
from rashomon.comparison.framing.loaded import candidate_tokens, counted_measure
from rashomon.comparison.framing.loaded_words import STORY_FEATURES, SINGLE_FEATURES, form_written_elsewhere, thing_named, word_features, word_model, word_probability
from rashomon.comparison.framing.resources import VECTOR_DIM, _base_forms, sentiwordnet, subjectivity, word_vector
from rashomon.comparison.framing.wording import pair_sentences
from rashomon.comparison.segment import segment
from rashomon.model import Agreement, Article, ClaimRef

from script_loader import load_script


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def words_of(cues, article: str = "a1", kinds=("loaded", "naming", "scare_quote", "hedge")) -> list[str]:
    return [c.text for c in cues if c.article == article and c.kind in kinds]


def test_charged_rare_words_are_loaded_plain_ones_are_not():
    text = "The profit-hungry regulator brutally pushed a horrific plan. The council met on Tuesday in the town hall."
    found = words_of(find_framing([make("a1", text)]))
    assert {"brutally", "horrific"} <= set(found)
    assert not {"council", "met", "Tuesday", "town", "hall"} & set(found)


def test_words_in_a_quotation_are_the_speakers_not_the_outlets():
    text = "“This is a horrific, profit-hungry plan, brutally pushed,” the senator said on Tuesday."
    assert not words_of(find_framing([make("a1", text)]), kinds=("loaded",))


def test_names_are_not_loaded_words():
    text = "Mayor Joy Goodwin met Victor Champion and Gloria Lovely in Paradise Falls."
    assert not words_of(find_framing([make("a1", text)]))


def test_a_rare_word_that_only_names_a_thing_is_not_loaded():
    # "walkie-talkie" is rare and a compound, over the model's bar alone; every sense is an artifact (thesaurus)
    assert word_probability(word_features("walkie-talkie", None), word_model()["single"]) >= word_model()["single"]["threshold"]
    found = words_of(find_framing([make("a1", "Police found a walkie-talkie and a knife in the car on Friday.")]))
    assert "walkie-talkie" not in found


def test_a_compound_headed_by_a_thing_names_a_thing():
    # OEWN lists neither compound; "girder" and "flange" only name artifacts, "deck" and "valve" carry no valence
    assert thing_named("deck-girder") and thing_named("valve-flanges")
    assert not thing_named("killer-girder")  # a rated part keeps the compound's charge
    assert not thing_named("eagle-eyed") and not thing_named("girder-ish") and not thing_named("deck")
    a = make("a1", "Engineers found a crack in a deck-girder of the old bridge on Monday. The city closed it to traffic.")
    b = make("a2", "Engineers found a crack in a steel beam of the old bridge on Monday. The city closed it to traffic.")
    assert "deck-girder" not in words_of(find_framing([a, b]))


def test_a_word_every_outlet_writes_is_the_events_vocabulary():
    a = make("a1", "A deadly explosion killed nine workers at the plant on Monday.")
    b = make("a2", "Nine workers died in a deadly explosion at the plant on Monday.")
    cues = find_framing([a, b])
    assert "deadly" not in words_of(cues, "a1") + words_of(cues, "a2")


def test_a_word_another_outlet_writes_in_another_form_is_the_storys():
    # in a headline "crushed" passes the bar as a word no other outlet writes; "a crush" elsewhere
    # (another form of the same word) makes it the story's word, and it falls under the bar
    from rashomon.comparison.framing.loaded import _statistical_hits
    from rashomon.comparison.framing.loaded_words import vocabulary

    title = "Fans crushed at stadium"
    told = Article(id="a1", source="a1", title=title, text=title + "\nThree fans were crushed at the stadium on Saturday.",
                   sentences=segment("a1", title + "\nThree fans were crushed at the stadium on Saturday."))
    other = vocabulary("Police said a crush at the stadium on Saturday hurt three fans.")
    plain = vocabulary("Police said three fans were hurt at the stadium on Saturday.")
    assert "crushed" in [told.text[h.start : h.end] for h in _statistical_hits(told, [], plain)]
    assert "crushed" not in [told.text[h.start : h.end] for h in _statistical_hits(told, [], other)]


def test_a_verb_or_adverb_a_plain_verb_of_saying_reports_is_the_speakers_not_a_loaded_word():
    from rashomon.comparison.framing.loaded import _statistical_hits

    def loaded(text: str) -> list[str]:
        article = make("a1", text)
        return [text[h.start : h.end] for h in _statistical_hits(article, [], None)]

    assert "rattled" in loaded("Their windows rattled as the rocket came apart over the steppe.")
    assert "rattled" not in loaded("Villagers said their windows rattled as the rocket came apart over the steppe.")
    assert "perfectly" in loaded("The sprinter ran the final perfectly in the rain.")
    assert "perfectly" not in loaded("The coach said the sprinter ran the final perfectly in the rain.")
    # the outlet's name for a referent inside the reported clause stays a loaded word
    assert "madman" in loaded("She told how the madman paced the aisle for an hour.")


def test_a_compound_written_open_elsewhere_is_the_same_word_choice():
    from rashomon.comparison.framing.loaded_words import vocabulary

    assert {"fossil-fuel", "blood-pressure", "fossil", "fuel"} <= vocabulary("the fossil fuel lobby and blood pressure pills")
    a = make("a1", "Campaigners accused the cyber-attack unit of the ministry of spying on the fossil-fuel lobby on Monday.")
    b = make("a2", "Campaigners accused the cyber attack unit of the ministry of spying on the fossil fuel lobby on Monday.")
    found = words_of(find_framing([a, b]), "a1")
    assert not {"cyber-attack", "fossil-fuel"} & set(found)


@pytest.mark.parametrize("word, elsewhere", [
    ("harbour-master", {"the", "harbour", "master"}),  # every part written apart
    ("cyberattack", {"a", "cyber-attack"}),  # closed where the others hyphenate (or write it open)
    ("hippopotamus", {"hippo", "hippos"}),  # the full word where the others write it cut short
])
def test_another_form_of_a_word_the_others_write_is_no_word_choice(word, elsewhere):
    assert form_written_elsewhere(word, elsewhere)
    assert word_features(word, elsewhere)[STORY_FEATURES.index("unshared")] == 0


@pytest.mark.parametrize("word, elsewhere", [
    ("ex-minister", {"minister"}),  # a prefix is no word the others write
    ("mega-dam", {"dam"}),  # one part only
    ("forgeries", {"forger"}),  # a derivation, not the same word cut short
    ("housing", {"house"}),
])
def test_a_derived_or_prefixed_word_is_still_a_choice(word, elsewhere):
    assert not form_written_elsewhere(word, elsewhere)


def test_word_choice_note_says_what_the_other_outlet_wrote():
    a = make("a1", "The government horrendously cut the budget for rural schools by twelve percent on Monday.")
    b = make("a2", "The government quietly cut the budget for rural schools by twelve percent on Monday.")
    cues = [c for c in find_framing([a, b]) if c.article == "a1" and c.text == "horrendously"]
    assert cues and cues[0].kind == "loaded"
    assert "word choice" in cues[0].note and "a2 writes 'quietly'" in cues[0].note


def test_sentences_are_paired_by_the_alignment_when_given():
    a = make("a1", "Rebels seized the northern town. Talks start Friday.")
    b = make("a2", "Completely different words here. Fighters took control of the town up north.")
    refs = (ClaimRef(article="a1", sentence="a1.s0", text=a.sentences[0].text), ClaimRef(article="a2", sentence="a2.s1", text=b.sentences[1].text))
    pairs = pair_sentences([a, b], [Agreement(claims=refs)])
    assert pairs["a1.s0"] == [("a2", b.sentences[1].text)]
    assert "a1.s1" not in pairs


def test_loaded_verbs_of_saying_but_not_hospital_admissions():
    text = "The minister admitted that the figures were wrong. Two workers were admitted to hospital. The mayor boasted about the result."
    found = words_of(find_framing([make("a1", text)]))
    assert "admitted" in found and "boasted" in found
    assert found.count("admitted") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        'The spokesman admitted: "We lost the vehicle."',
        "The summit president admitted the accord was not what everyone wanted.",
        "The mayor conceded she had been wrong about the figures.",
        "Yet the government still insists it will finish the line by spring.",
        "The minister insisted that every rule had been followed.",
        "The coach conceded on Wednesday that the team had struggled.",
        "The coach conceded on 4 March that the team had struggled.",
    ],
)
def test_admission_verbs_of_saying_before_a_colon_or_a_bare_clause(sentence):
    verb = next(w for w in ("admitted", "conceded", "insists", "insisted") if w in sentence)
    assert verb in words_of(find_framing([make("a1", sentence)]))


@pytest.mark.parametrize(
    "sentence, verb",
    [
        ("Red-faced officials now admit the new ferry will stay in dock for a month.", "admit"),
        ("The club's owners concede the stadium was never built for such crowds.", "concede"),
        ('"We will have to raise the fare," the manager admitted, as the council looked on.', "admitted"),
    ],
)
def test_admission_verbs_of_saying_in_the_present_and_before_a_comma(sentence, verb):
    assert verb in words_of(find_framing([make("a1", sentence)]))


@pytest.mark.parametrize(
    "sentence, verb",
    [
        ('The harbour master admitted later: "The buoy had drifted."', "admitted"),
        ('When the figures came out, the treasurer admitted it: "We spent too much."', "admitted"),
        ('The mayor conceded he "had not read the report" before the vote.', "conceded"),
        ("Only after the audit did the board admit anything had gone missing.", "admit"),
        ("On Monday the ministry finally admitted what the nurses had said for months.", "admitted"),
    ],
)
def test_admission_verbs_of_saying_past_an_adverb_an_object_or_a_pronoun(sentence, verb):
    # framing21: the clause after the verb of saying may open with "anything" or "what", a pronoun
    # before a quotation, or one word before a colon
    assert verb in words_of(find_framing([make("a1", sentence)]))


@pytest.mark.parametrize(
    "sentence",
    [
        "The clinic admitted two patients: a boy and his father.",
        "The gallery admits everything from sketches to sculpture.",
        "The gate admits what little light there is.",
    ],
)
def test_admit_with_an_object_that_is_no_clause_reports_nothing(sentence):
    assert not {"admit", "admits", "admitted"} & set(words_of(find_framing([make("a1", sentence)])))


@pytest.mark.parametrize(
    "sentence",
    [
        "The college will admit about 400 students next year.",
        "Nurses refused to admit patients without a referral.",
        "Three fans were admitted to hospital on Sunday night.",
        "The union leadership was insisting on a larger rise.",
    ],
)
def test_admit_and_insist_that_report_nothing_said(sentence):
    found = words_of(find_framing([make("a1", sentence)]))
    assert not {"admit", "admitted", "insisting"} & set(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "He was admitted in a critical condition and was later released.",
        "The hospital admitted forty patients on Monday.",
        "He admitted the charges and was sentenced to two years.",
        "The union insisted on a recount of the ballots.",
        "Two board members insisted on 3% more for the pension fund.",
        "Patients admitted this week were moved to the new wing.",
    ],
)
def test_admission_verbs_not_used_for_saying_are_no_cue(sentence):
    found = words_of(find_framing([make("a1", sentence)]), kinds=("loaded",))
    assert not {"admitted", "insisted"} & set(found)


def test_plain_attribution_is_no_framing_cue():
    text = "Fire Chief Tobias Orrell said the blaze was contained on Sunday. Police said 12 people were arrested."
    assert not words_of(find_framing([make("a1", text), make("a2", "The blaze was contained on Sunday.")]))


@pytest.mark.parametrize(
    "text",
    ["1234 5678 !!! ---", "x" * 200_000, "Пожар в городе. 火事です。 The fire was put out. حريق كبير", "", "   \n  "],
)
def test_bad_text_gives_no_cue_and_no_crash(text):
    article = make("a1", text)
    cues = find_framing([article, make("a2", "The fire was put out on Monday.")])
    assert not words_of(cues)


def test_time_is_linear_on_one_enormous_line():
    small = "word " * 2_000
    big = "word " * 40_000
    started = time.perf_counter()
    find_framing([make("a1", small)])
    t_small = time.perf_counter() - started
    started = time.perf_counter()
    find_framing([make("a1", big)])
    assert time.perf_counter() - started < max(5.0, t_small * 80)


def test_the_model_file_names_its_features():
    model = word_model()
    assert model["single"]["features"] == list(SINGLE_FEATURES)
    assert model["story"]["features"] == list(STORY_FEATURES)
    assert 0 < model["single"]["threshold"] < 1 and 0 < model["story"]["threshold"] < 1
    assert len(word_features("outrageous", None)) == len(SINGLE_FEATURES) + VECTOR_DIM
    assert len(word_features("outrageous", {"calm"})) == len(STORY_FEATURES) + VECTOR_DIM
    assert len(model["story"]["vector_weights"]) == VECTOR_DIM


def test_subjectivity_lexicons_rate_a_word_or_its_base_form():
    assert subjectivity("ruthless") == 1.0  # the pattern lexicon: subjective
    assert subjectivity("local") == 0.0  # rated, and objective
    assert subjectivity("committee") is None  # not rated
    assert sentiwordnet("gloated") == sentiwordnet("gloat") > 0.3  # SentiWordNet rates verbs and nouns, through the base form
    assert sentiwordnet("committee") == 0.0
    assert "ram" in _base_forms("rammed") and "flop" in _base_forms("flopping") and "hope" in _base_forms("hoped")


def test_the_subjectivity_features_tell_rated_from_unrated():
    named = dict(zip(SINGLE_FEATURES, word_features("ruthless", None)))
    assert named["subjectivity"] == 1 and named["subjectivity_rated"] == 1 and named["sentiwordnet"] > 0.5
    named = dict(zip(SINGLE_FEATURES, word_features("tuesday", None)))
    assert named["subjectivity"] == named["subjectivity_rated"] == named["sentiwordnet"] == 0


def test_a_cue_names_subjectivity_only_where_its_model_weighs_it(monkeypatch):
    from rashomon.comparison.framing import loaded

    text = "The ruthless governor spoke to the committee on Tuesday."
    note = next(c.note for c in find_framing([make("a1", text)]) if c.text == "ruthless")
    assert "subjective (pattern lexicon 1.0, SentiWordNet 1.00)" in note
    model = copy.deepcopy(word_model())
    model["single"]["weights"][SINGLE_FEATURES.index("subjectivity")] = 0.0
    model["single"]["weights"][SINGLE_FEATURES.index("sentiwordnet")] = 0.0
    model["single"]["coef"] = np.asarray(model["single"]["weights"] + model["single"]["vector_weights"], dtype=np.float32)
    monkeypatch.setattr(loaded, "word_model", lambda: model)
    assert all("subjective" not in c.note for c in find_framing([make("a1", text)]))


def test_a_part_not_refitted_scores_as_before_the_new_features_weighing_nothing():
    module = _fit_script()
    old = {"features": ["valence", "unshared"], "weights": [0.5, 0.7], "vector_weights": [0.1], "bias": -1.0, "threshold": 0.6}
    kept = module.kept_part(old, ("valence", "subjectivity", "unshared"), 0.6)
    assert kept["weights"] == [0.5, 0.0, 0.7] and kept["vector_weights"] == [0.1] and kept["bias"] == -1.0
    with pytest.raises(SystemExit, match="valence"):
        module.kept_part(old, ("unshared",), 0.6)


def test_word_vectors_put_words_used_alike_near_each_other():
    near = float(word_vector("inferno") @ word_vector("blaze"))
    far = float(word_vector("inferno") @ word_vector("tuesday"))
    assert near > far
    assert not word_vector("qqqqzzzz").any() or abs(float(word_vector("qqqqzzzz") @ word_vector("qqqqzzzz")) - 1) < 1e-3


def test_charged_words_absent_from_the_training_stories_are_flagged():
    # none of these words occurs in stories-dev, where the model was fitted
    text = "The ruthless governor called it a scandalous, disastrous policy. The committee met on Tuesday."
    found = set(words_of(find_framing([make("a1", text)])))
    assert {"ruthless", "scandalous", "disastrous"} <= found
    assert not {"committee", "met", "Tuesday", "policy", "governor"} & found


def test_a_malformed_lexicon_names_the_file_and_line(tmp_path):
    good = json.loads(open(load_lexicon().path, encoding="utf-8").read())
    bad = dict(good, entries=[*good["entries"][:2], {"term": "gizmo", "kind": "spicy", "source": "wp_wtw"}])
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(bad, indent=1), encoding="utf-8")
    line = next(i for i, row in enumerate(path.read_text().splitlines(), 1) if '"gizmo"' in row)
    with pytest.raises(LexiconError, match=rf"lexicon\.json:{line}: entry 2 \('gizmo'\): kind 'spicy'"):
        load_lexicon(path)
    path.write_text('{\n "sources": {},\n "entries": [,]\n}', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"lexicon\.json:3: not valid JSON"):
        load_lexicon(path)


def test_a_capitalised_word_english_hardly_knows_is_a_name_even_first_in_a_sentence():
    article = make("a1", "Qorvandel's harbour flooded overnight. Brutal storms battered the coast.")
    candidates = [m.group() for m in candidate_tokens(article, [])]
    assert "Qorvandel's" not in candidates
    assert "Brutal" in candidates and "harbour" in candidates  # a known word first in a sentence is still judged


def test_the_lexicon_governs_its_own_words_where_it_does_not_match():
    # the lexicon labels "regime" but leaves the fixed term "sanctions regime" alone; the model follows it
    cues = find_framing([make("a1", "The sanctions regime expires in May."), make("a2", "The ministry published figures.")])
    assert "regime" not in words_of(cues)
    cues = find_framing([make("a1", "The regime jailed its critics."), make("a2", "The ministry published figures.")])
    assert "regime" in words_of(cues, kinds=("loaded", "naming"))


def test_loudness_is_the_mean_of_the_loudest_share_of_the_other_words():

    from rashomon.comparison.framing.loaded_words import CONTEXT_FEATURES, LOUDNESS_PRIOR_WORDS, LOUDNESS_SHARE, context_features

    p = np.array([0.9, 0.8, 0.7] + [0.1] * 37)  # 40 words: the loudest 5% are two
    assert LOUDNESS_SHARE == 0.05
    features = context_features(p, np.array([1] + [0] * 39))
    assert features.shape == (40, len(CONTEXT_FEATURES))
    assert features[0, 1] == pytest.approx((0.8 + 0.7) / 2)  # the word itself gives way to the next one
    assert features[5, 1] == pytest.approx((0.9 + 0.8) / 2)
    assert features[0, 0] == pytest.approx(np.log(0.9 / 0.1)) and features[0, 2] == 1 and not features[1:, 2].any()
    # a short text is drawn toward the typical article's loudness
    drawn = context_features(p, np.zeros(40), prior=0.4)
    assert drawn[0, 1] == pytest.approx((0.8 + 0.7 + LOUDNESS_PRIOR_WORDS * 0.4) / (2 + LOUDNESS_PRIOR_WORDS))
    assert context_features(np.array([0.7]), np.array([0]), prior=0.4)[0, 1] == pytest.approx(0.4)  # no other word: the prior


def test_headline_words_are_those_of_a_title_the_text_opens_with():
    from rashomon.comparison.framing.loaded_words import title_mask

    titled = Article(id="a1", source="a1", title="Storm hits coast", text="Storm hits coast\nThe storm hit the coast.",
                     sentences=segment("a1", "Storm hits coast\nThe storm hit the coast."))
    assert list(title_mask(titled, [0, 6, 17, 21])) == [1, 1, 0, 0]
    untitled = make("a1", "The storm hit the coast.")
    assert not title_mask(untitled, [0, 4]).any()


def test_the_same_borderline_word_scores_higher_in_a_loud_article(monkeypatch):
    from rashomon.comparison.framing import loaded

    story = word_model()["story"]
    assert story["context"]["features"] == ["log_odds", "loudness", "in_title"]
    assert story["context"]["weights"][1] > 0  # a loud article raises its words' scores
    quiet = make("a1", "The council approved the budget on Tuesday. The mayor said the plan was sweeping.")
    loud = make("a1", "The shameful, disgraceful council rammed through its brutal budget on Tuesday. "
                      "The mayor said the plan was sweeping.")
    def probability_of(article: Article, word: str) -> float:
        scores = loaded.word_scores(article, [], {"council", "budget"})
        return next(float(p) for m, p in zip(scores.tokens, scores.probabilities) if m.group() == word)
    assert probability_of(loud, "sweeping") > probability_of(quiet, "sweeping")
    notes = [c.note for c in find_framing([loud, make("a2", "The council approved the budget on Tuesday.")]) if c.article == "a1"]
    assert any(n.startswith("word choice (0.") and "; in a loud article, loudness 0." in n for n in notes)


def test_a_context_stage_without_its_features_fails_with_the_file(tmp_path, monkeypatch):
    from rashomon.comparison.framing import loaded, loaded_words

    data = json.loads(loaded_words.resources_path("framing_word_model.json").read_text(encoding="utf-8"))
    good = dict(data["story"]["context"])
    data["story"]["context"] = {"features": ["loudness"], "weights": [1.0], "bias": 0.0}
    (tmp_path / "framing_word_model.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(loaded_words, "resources_path", lambda name: tmp_path / name)
    loaded.word_model.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"framing_word_model\.json.*'story\.context' must list the features log_odds"):
            loaded.word_model()
        data["story"]["context"] = dict(good, share=0.1)  # fitted with another share than the code counts
        (tmp_path / "framing_word_model.json").write_text(json.dumps(data), encoding="utf-8")
        loaded.word_model.cache_clear()
        with pytest.raises(LexiconError, match=r"fitted with a loudness share of 0\.1, the code counts 0\.05: refit"):
            loaded.word_model()
    finally:
        loaded.word_model.cache_clear()


def test_two_words_joined_by_a_lost_dash_are_read_apart():
    text = "It is the largest arm in the world-will start to feel the heat, the law-that now requires it."
    words = [m.group() for m in candidate_tokens(make("a1", text), [])]
    assert {"world", "will", "law", "that"} <= set(words)
    assert "world-will" not in words and "law-that" not in words
    # compounds keep their hyphen, particles included
    kept = [m.group() for m in candidate_tokens(make("a1", "A built-in camera and a long-suffering crew staged a sit-in."), [])]
    assert {"built-in", "long-suffering", "sit-in"} <= set(kept)


def test_a_count_joined_to_a_plain_unit_is_a_measure_not_a_loaded_word():
    assert all(counted_measure(w) for w in ("seven-minute", "two-day", "three-metre", "Twelve-Hour"))
    assert not any(counted_measure(w) for w in ("two-faced", "one-sided", "second-rate", "smash-and-grab", "minute"))


def _fit_script():
    return load_script("scripts/fit_framing_words.py")


def test_leave_one_set_out_scores_each_set_by_a_model_that_never_saw_it():
    module = _fit_script()
    rng = np.random.default_rng(0)
    n, width = 240, len(STORY_FEATURES) + VECTOR_DIM
    ex = object.__new__(module.Examples)
    ex.X = {"single": rng.normal(size=(n, len(SINGLE_FEATURES) + VECTOR_DIM)), "story": rng.normal(size=(n, width))}
    ex.y = (ex.X["story"][:, 0] > 0.5).astype(int)
    ex.set = np.repeat(["dev", "fresh", "fresh2"], n // 3)
    ex.story = np.array([f"{s}/story{i % 4}" for i, s in enumerate(ex.set)])
    ex.article = np.array([f"{s}/a{i % 2}" for i, s in enumerate(ex.story)])
    ex.in_title = np.zeros(n)
    ex.words = [""] * n
    fitted = module.fit_part_by_set(ex, "story", module.Learner(), 0.6, True)
    # relabelling the held-out set leaves its held-out scores as they were; it moves the others'
    relabelled = copy.copy(ex)
    relabelled.y = np.where(ex.set == "dev", 1 - ex.y, ex.y)
    again = module.fit_part_by_set(relabelled, "story", module.Learner(), 0.6, True)
    dev = ex.set == "dev"
    assert np.allclose(fitted.cv[dev], again.cv[dev]) and not np.allclose(fitted.cv[~dev], again.cv[~dev])
    assert fitted.held_out["fresh/story1"]["context"] and set(fitted.held_out) == set(ex.story)


def test_a_hidden_layer_scores_as_the_fitted_network_and_keeps_the_linear_weights():
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler

    from rashomon.comparison.framing import loaded_words

    module = _fit_script()
    rng = np.random.default_rng(1)
    width = len(STORY_FEATURES) + VECTOR_DIM
    X = rng.normal(size=(300, width)) * 3 + 1
    y = ((X[:, 0] > 1) ^ (X[:, 1] > 1)).astype(int)  # no single feature separates them
    base = dict(word_model()["story"])
    part = module.Learner("mlp", hidden=8, alpha=0.1, base=base).fit_json(X, y, STORY_FEATURES, 0.6)
    assert part["vector_weights"] == base["vector_weights"] and "context" not in part  # the idiom model reads them
    scaler = StandardScaler().fit(X)
    net = MLPClassifier(hidden_layer_sizes=(8,), alpha=0.1, max_iter=400, random_state=0).fit(scaler.transform(X), y)
    expected = net.predict_proba(scaler.transform(X))[:, 1]
    assert np.allclose(module.first_stage_probabilities(X, part), expected, atol=1e-3)
    one = loaded_words.word_probability(X[0], module.runtime_part(part))
    assert abs(one - expected[0]) < 1e-3


def test_a_hidden_layer_of_the_wrong_shape_fails_with_the_file(tmp_path, monkeypatch):
    from rashomon.comparison.framing import loaded, loaded_words

    data = json.loads(loaded_words.resources_path("framing_word_model.json").read_text(encoding="utf-8"))
    width = len(STORY_FEATURES) + VECTOR_DIM
    data["story"]["hidden"] = {"mean": [0.0] * width, "scale": [1.0] * width, "weights": [[0.1, 0.2]] * (width - 1),
                               "bias": [0.0, 0.0], "out_weights": [1.0, 1.0], "out_bias": 0.0}
    (tmp_path / "framing_word_model.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(loaded_words, "resources_path", lambda name: tmp_path / name)
    loaded.word_model.cache_clear()
    try:
        with pytest.raises(LexiconError, match="story.hidden"):
            loaded.word_model()
    finally:
        loaded.word_model.cache_clear()


def test_a_words_meaning_under_a_hidden_layer_is_its_score_less_an_average_words():
    from rashomon.comparison.framing import loaded_words

    named = len(STORY_FEATURES)
    width = named + VECTOR_DIM
    weights = np.zeros((width, 1), dtype=np.float32)
    weights[named, 0] = 2.0  # one unit reading the first vector number only
    hidden = {"mean": np.zeros(width, np.float32), "scale": np.ones(width, np.float32), "weights": weights,
              "bias": np.zeros(1, np.float32), "out_weights": np.ones(1, np.float32), "out_bias": -1.0}
    model = {"weights": [0.0] * named, "hidden": hidden}
    features = np.zeros((2, width), dtype=np.float32)
    features[0, named] = 0.75
    z, meaning = loaded_words.first_stage(features, model)
    assert np.allclose(z, [0.5, -1.0]) and np.allclose(meaning, [1.5, 0.0])


def test_a_name_with_an_accented_capital_is_one_word_not_a_rare_fragment():
    text = "The ship's doctor, Íngrid Halvorsen, said 40 passengers were ill. Dr Ólafur Berg agreed."
    found = words_of(find_framing([make("a1", text), make("a2", "Forty passengers were ill, the doctor said.")]))
    assert not [w for w in found if w in ("ngrid", "lafur") or w.startswith(("ngrid", "lafur"))]


def test_words_of_a_headline_in_capitals_are_judged_and_cited_as_written():
    article = make("a1", "FERRY CHAOS: GREEDY BOSSES STRAND THOUSANDS\nThe ferry operator cancelled sailings on Friday.")
    tokens = candidate_tokens(article, [])
    words = [m.group() for m in tokens]
    assert "Greedy" in words and "strand" in words  # no longer taken for names (after a colon, a capital)
    greedy = tokens[words.index("Greedy")]
    assert article.text[greedy.start() : greedy.end()] == "GREEDY"  # offsets into the article's own text


def test_the_doers_noun_written_elsewhere_makes_the_act_the_storys_word():
    from rashomon.comparison.framing.loaded import _agent_elsewhere

    # "hack" where another outlet writes "hackers", "raid" beside "raiders", "strike" beside "strikers"
    assert _agent_elsewhere("hack", {"hackers", "took"})
    assert _agent_elsewhere("Raid", {"raiders"})
    assert _agent_elsewhere("strike", {"striker"})
    assert not _agent_elsewhere("hack", {"hacking", "took"})
    assert not _agent_elsewhere("hack", None)
