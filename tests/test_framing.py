"""Tests for rashomon.comparison.framing: the seeds' gold framing items, other domains, negatives, offsets."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from rashomon.errors import InputError
from rashomon.comparison.framing import LexiconError, find_framing, load_lexicon, neutralize
from rashomon.model import Article, Entity, FramingCue, Mention
from rashomon.comparison.segment import segment

# Gold framing items found on the seeds when this baseline was recorded (9 of 9); the task's
# floor is 7. A drop below the baseline is a regression.
SEED_BASELINE = 9


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def kinds(cues, kind: str) -> list[FramingCue]:
    return [c for c in cues if c.kind == kind]


def texts(cues, kind: str | None = None) -> list[str]:
    return [c.text for c in cues if kind is None or c.kind == kind]


def assert_offsets(articles, cues) -> None:
    by_id = {a.id: a for a in articles}
    for cue in cues:
        article = by_id[cue.article]
        assert article.text[cue.start : cue.end] == cue.text, cue
        sentence = article.sentence(cue.sentence)
        assert sentence.start <= cue.start and cue.end <= sentence.end, cue


# --- the seeds ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    articles = []
    for i, name in enumerate(gold["articles"], start=1):
        text = (seeds_dir / name).read_text(encoding="utf-8")
        articles.append(make(f"a{i}", text))
    ids = {name: f"a{i}" for i, name in enumerate(gold["articles"], start=1)}
    return articles, gold, ids


@pytest.fixture(scope="module")
def seed_cues(seeds):
    articles, _, _ = seeds
    return find_framing(articles)


def test_seed_gold_framing_items_are_found(seeds, seed_cues):
    articles, gold, ids = seeds
    by_id = {a.id: a for a in articles}
    found, missed = [], []
    for item in gold["framing"]:
        article = by_id[ids[item["article"]]]
        at = article.text.find(item["text"])
        assert at >= 0, item
        end = at + len(item["text"])
        hit = any(c.article == article.id and c.start < end and at < c.end for c in seed_cues)
        (found if hit else missed).append(item["text"])
    assert len(found) >= SEED_BASELINE, f"missed {missed}"


def test_seed_cue_offsets_index_the_article_text(seeds, seed_cues):
    articles, _, _ = seeds
    assert seed_cues
    assert_offsets(articles, seed_cues)


def test_seed_naming_cues_say_what_the_other_outlet_calls_it(seed_cues):
    tel_aviv = [c for c in seed_cues if c.text == "Tel Aviv"]
    assert tel_aviv and all(c.kind == "naming" and c.neutral == "Israel" for c in tel_aviv)
    assert "a2 says 'Israel'" in tel_aviv[0].note
    zionist = [c for c in seed_cues if c.text == "Zionist counterpart"]
    assert zionist and zionist[0].neutral == "Israeli counterpart"
    assert "a2 says 'Israeli'" in zionist[0].note
    # "(Washington time)" is the place, not the government
    assert not [c for c in seed_cues if c.text == "Washington" and "time" in c.note]
    epithet = [c for c in seed_cues if "Netanyahu" in c.text]
    assert epithet[0].neutral == "Netanyahu"


def test_seed_voices_merge_a_speaker_named_twice(seed_cues):
    voices = kinds(seed_cues, "voice")
    price = [c for c in voices if "Price" in c.note]
    assert len(price) == 1 and price[0].article == "a2"
    assert price[0].note.startswith("quotes State Department spokeswoman Ned Price")
    assert any(c.article == "a1" and "State Department" in c.note for c in voices)


def test_seed_partial_quotes_with_a_speaker_are_not_scare_quotes(seed_cues):
    scare = texts(seed_cues, "scare_quote")
    assert scare == ["“occupied.”"]  # “equally”, “strongly”, “unbreakable commitment” are attributed


# --- other domains --------------------------------------------------------------------------

IMMIGRATION = (
    "A flood of illegal immigrants crossed the border on Monday, officials said. Governor Ana Ruiz slammed "
    "the federal government over the influx.\nThe illegals were held in a camp, sources said."
)
IMMIGRATION_NEUTRAL = (
    "More than 2,000 migrants crossed the border on Monday, according to the Border Patrol. Governor Ana "
    "Ruiz criticized the federal government. “We need help,” said Mayor Tom Diaz."
)
PROTEST = (
    "Rioters and a mob of thugs clashed with riot police in Portland after the verdict. Moscow’s response "
    "was swift. Denzel Washington said he was sad. Militants claimed responsibility for a blast in Kabul."
)
PROTEST_OTHER = (
    "Protesters and police clashed in Portland after the verdict. Police Chief Mary Lee said 14 people were "
    "arrested. “These riots are not protests,” Lee told reporters."
)


def test_immigration_story():
    articles = [make("a1", IMMIGRATION), make("a2", IMMIGRATION_NEUTRAL)]
    cues = find_framing(articles)
    assert_offsets(articles, cues)
    a1 = {c.text: c for c in cues if c.article == "a1"}
    assert a1["flood of illegal immigrants"].neutral == "large number of immigrants"
    assert a1["illegals"].neutral == "immigrants without legal status"
    assert "AP Stylebook" in a1["illegals"].note
    assert a1["influx"].kind == "loaded" and a1["influx"].note.startswith("[dysphemism]")
    assert a1["slammed"].neutral == "criticized"
    # an unnamed group speaks: attribution, not doubt (one voice cue, the sourcing note on it)
    assert a1["sources"].kind == "voice" and "unnamed group" in a1["sources"].note
    a2 = [c for c in cues if c.article == "a2"]
    assert not [c for c in a2 if c.kind in ("loaded", "naming", "hedge", "scare_quote")]
    assert sorted(c.note for c in a2 if c.kind == "voice") == ["quotes Mayor Tom Diaz", "quotes the Border Patrol"]


def test_protest_story():
    articles = [make("p1", PROTEST), make("p2", PROTEST_OTHER)]
    cues = find_framing(articles)
    assert_offsets(articles, cues)
    p1 = [c for c in cues if c.article == "p1"]
    assert set(texts(p1, "loaded")) == {"Rioters", "mob", "thugs"}  # not "riot police"
    assert {c.neutral for c in p1 if c.kind == "loaded"} == {"protesters", "crowd", "attackers"}
    assert texts(p1, "naming") == ["Moscow"]  # "Denzel Washington said" is a person; Kabul is a place
    assert texts(p1, "hedge") == []  # "claimed responsibility" is not the writer's doubt
    assert "quotes Denzel Washington" in [c.note for c in p1 if c.kind == "voice"]
    p2 = [c for c in cues if c.article == "p2"]
    # "riots" inside an attributed quote is the police chief's word, not the outlet's
    assert not kinds(p2, "loaded")
    assert [c.note for c in kinds(p2, "voice")] == ["quotes Police Chief Mary Lee (2 times)"]


# --- negatives and decisions ----------------------------------------------------------------


def test_neutral_sentences_yield_no_wording_cues():
    text = (
        "The finance ministry published its quarterly figures on Tuesday. Exports rose 3 percent and the "
        "central bank left interest rates unchanged.\nThe Zionist movement was founded in the 19th century. "
        "The sanctions regime expires in May. The meeting ended at noon (Washington time)."
    )
    cues = find_framing([make("n1", text), make("n2", "The ministry published figures.")])
    assert [c for c in cues if c.kind in ("loaded", "naming", "hedge", "scare_quote")] == []


def test_regime_change_inside_an_attributed_quote_is_the_speakers_word():
    # Decision: loaded terms inside quotation marks are the speaker's, and "regime change" is a
    # fixed term; the sentence yields the voice only.
    text = "“The regime change debate is over,” Senator Maria Lopez said on Tuesday."
    cues = find_framing([make("q1", text), make("q2", "Senator Maria Lopez spoke in Ohio.")])
    q1 = [c for c in cues if c.article == "q1"]
    assert [c.kind for c in q1] == ["voice"]
    assert q1[0].note == "quotes Senator Maria Lopez"
    # outside a quote, "regime" is a label
    cues = find_framing([make("q3", "The regime arrested three reporters."), make("q4", "No news.")])
    assert [(c.text, c.neutral) for c in cues if c.kind == "loaded"] == [("regime", "government")]


def test_scare_quotes():
    text = (
        "The company called the layoffs a “restructuring.” Its “experts” met on Monday. "
        "The minister said the protesters were “terrorists”. Police described the march as “largely calm”, "
        "officials said. The report added: \"we will not comment on the investigation at this time\"."
    )
    cues = find_framing([make("s1", text), make("s2", "The company met on Monday.")])
    scare = texts(cues, "scare_quote")
    # “restructuring.” is the company's label quoted as a whole noun phrase ("called ... a “...”")
    # inside the reporter's sentence; “experts” has no speaker; “terrorists” is a single loaded word
    # even when attributed; “largely calm” is attributed and no label; the long quote is none.
    assert scare == ["“restructuring.”", "“experts”", "“terrorists”"]
    notes = {c.text: c.note for c in cues if c.kind == "scare_quote"}
    assert "quotation marks around 'restructuring'" in notes["“restructuring.”"]
    assert "quotation marks around 'experts' with no speaker" in notes["“experts”"]
    assert "terrorists" not in texts(cues, "loaded")  # inside quotes: the scare quote says it


def test_a_speakers_word_of_praise_in_a_reported_clause_is_theirs_but_a_label_stays():
    other = make("s2", "The firm met on Monday.")
    # a peacock word with no plainer word in the lexicon, inside what the sentence gives the guild
    praised = "The guild said the harvest had been “legendary” despite the frost."
    assert not texts(find_framing([make("s1", praised), other]), "scare_quote")
    # the same word with no speaker stays a scare quote
    alone = "The harvest had been “legendary” despite the frost."
    assert texts(find_framing([make("s1", alone), other]), "scare_quote") == ["“legendary”"]
    # a label with a plainer word (terrorists: militants) stays a cue even when attributed
    label = "The guild said the raiders were “terrorists” after the frost."
    assert texts(find_framing([make("s1", label), other]), "scare_quote") == ["“terrorists”"]


def test_a_subjects_own_words_quoted_in_part_are_no_scare_quote():
    other = make("s2", "The firm met on Monday.")
    for own in (
        "The mayor has called the fire “unprecedented”.",  # an adjective the subject used
        "The opposition voted against, denouncing a “liberticidal” law.",
        "The minister thanked the crews for their “courage and calm” on Monday.",
    ):
        assert not texts(find_framing([make("s1", own), other]), "scare_quote"), own
    so_called = "The firm praised its so-called “restructuring” plan."
    assert texts(find_framing([make("s1", so_called), other]), "scare_quote") == ["“restructuring”"]


def test_hedges():
    text = (
        "The alleged bribe was reportedly paid in cash. The so-called reform purportedly failed. "
        "It is believed that the minister knew. The party claimed the vote was rigged."
    )
    cues = find_framing([make("h1", text), make("h2", "The minister resigned.")])
    assert texts(cues, "hedge") == ["alleged", "reportedly", "so-called", "purportedly", "It is believed", "claimed"]
    assert all(c.neutral == "" for c in kinds(cues, "hedge"))


def test_claim_as_a_reporting_verb_before_a_clause_is_a_hedge_without_that():
    # "claims the pump was serviced": the writer's "claims" for "says", with or without "that"
    text = ("The owner claims the pump was serviced in May. Residents claim a faulty valve caused the leak. "
            "Farmers claim that the water is unsafe. The mayor claimed her “plan” had worked.")
    found = texts(find_framing([make("h1", text), make("h2", "The pump failed on Monday.")]), "hedge")
    assert found == ["claims", "claim", "claim", "claimed"]


def test_claiming_before_a_clause_and_claim_to_be_or_have_are_hedges():
    # the participle reports a claim as the finite verb does; "claim to be" casts doubt on what one professes
    text = ("The landlord wrote to tenants, claiming the boiler was repaired in June. "
            "Several sellers claim to be licensed dealers. Two clinics claim to have cured the rash.")
    found = texts(find_framing([make("h1", text), make("h2", "The boiler failed in July.")]), "hedge")
    assert found == ["claiming", "claim", "claim"]


def test_claim_to_a_thing_and_claiming_a_prize_are_no_hedge():
    text = ("The family has a claim to the land. Its only claim to fame is a bridge. "
            "The club is claiming victory as fans were cheering. They claim to the court that rent is owed.")
    assert texts(find_framing([make("h1", text), make("h2", "The bridge was shut.")]), "hedge") == []


def test_claim_as_a_noun_or_a_claimed_prize_before_a_clause_is_no_hedge():
    text = ("The claim was rejected by the insurer. The council's claim that the bridge is safe was heard. "
            "The storm claimed the lives of two hikers who were lost. The team claimed victory as fans were cheering. "
            "Owners can claim compensation if flats were damaged. Court freezes cargo as state stakes heritage claim\n"
            "Lawyers say the ruling could set a precedent.")
    assert texts(find_framing([make("h1", text), make("h2", "The bridge was shut.")]), "hedge") == []


def test_doubt_adjectives_before_a_noun_are_hedges_but_a_presumption_of_fact_is_not():
    # "the presumed leader", "its self-styled mayor": the outlet's doubt, as "supposed" is
    text = ("The presumed leader of the gang was held. Its self-styled mayor spoke. The plan, ostensibly a saving, "
            "closed two wards. The reputed owner fled.")
    found = texts(find_framing([make("h1", text), make("h2", "The gang was held.")]), "hedge")
    assert found == ["presumed", "self-styled", "ostensibly", "reputed"]
    plain = "The climber is presumed dead. He is presumed innocent. They were presumed to have fled."
    assert texts(find_framing([make("h1", plain), make("h2", "The climber fell.")]), "hedge") == []


def test_unsupported_attributions_are_hedges_but_sourced_data_is_not():
    text = ("According to unverified accounts, the dam cracked. Questions are being asked about the inspections. "
            "According to the claims, the inspector was paid. According to data from the ministry, 40 homes flooded.")
    found = texts(find_framing([make("h1", text), make("h2", "The dam cracked on Monday.")]), "hedge")
    assert found == ["unverified accounts", "Questions are being asked", "According to the claims"]


def test_unnamed_sources_are_reported_as_voices_and_sources_named_by_their_body_not_at_all():
    text = ("The ferry sank on Monday, port officials said. The crew escaped, Navy sources said. "
            "According to sources in the coastguard, the engine failed. Some wreckage washed ashore, sources said. "
            "But critics say the ferry was old. The line was safe, but Western observers said otherwise.")
    cues = find_framing([make("h1", text), make("h2", "The ferry sank on Monday.")])
    # who speaks, not the outlet's doubt: never a hedge
    assert texts(cues, "hedge") == []
    unnamed = [c for c in kinds(cues, "voice") if "unnamed group" in c.note]
    # an origin names no body; "sources said" is grouped with "Navy sources", so it stays a cue of its own
    assert [text[c.start : c.end] for c in unnamed] == ["sources said", "critics say", "Western observers"]
    assert not any("Navy" in c.note and "unnamed group" in c.note for c in unnamed)


def test_an_unnamed_group_quoted_is_one_voice_with_the_sourcing_note():
    """"Critics claim ..." is one attribution: one voice cue, whose note says the group is unnamed
    (it was listed twice, "Critics" and "Critics claim")."""
    text = "Critics claim the toll will hurt commuters. The council approved it on Monday, the mayor said."
    voices = kinds(find_framing([make("v1", text), make("v2", "The council approved a toll.")]), "voice")
    critics = [c for c in voices if c.start == 0]
    assert len(critics) == 1, [(c.text, c.note) for c in voices]
    assert critics[0].note.startswith("quotes Critics; an unnamed group: who speaks is not said")


def test_alleged_on_a_charge_under_inquiry_and_a_first_person_claim_cast_no_doubt():
    text = ("The court opened an investigation into alleged bribery. The union said: we had claimed a 9 % rise. "
            "The alleged bribe was paid in cash. The firm claimed the audit was wrong.")
    hedges = kinds(find_framing([make("h1", text), make("h2", "The court met.")]), "hedge")
    assert [c.start for c in hedges] == [text.index("The alleged") + 4, text.index("claimed the")]


def test_voices_need_a_named_or_determined_speaker():
    text = "He said the talks failed. “We are ready,” said Foreign Minister Ana Pavlova. According to the UN, aid arrived."
    cues = find_framing([make("v1", text), make("v2", "Aid arrived.")])
    assert sorted(c.note for c in kinds(cues, "voice")) == ["quotes Foreign Minister Ana Pavlova", "quotes the UN"]


def test_entities_name_voices_and_expose_loaded_modifiers():
    # no "the": the epithet rule does not fire, only the entity rule can
    t1 = "Critics mocked hardline Orban on Monday. Orban said the vote was fair."
    t2 = "Prime Minister Viktor Orban spoke on Monday."
    a1, a2 = make("e1", t1), make("e2", t2)

    def mention(article, text, nth=0):
        at = -1
        for _ in range(nth + 1):
            at = article.text.find(text, at + 1)
        sentence = next(s for s in article.sentences if s.start <= at < s.end)
        return Mention(article=article.id, sentence=sentence.id, text=text, start=at, end=at + len(text))

    orban = Entity(
        id="x1",
        name="Viktor Orban",
        type="PERSON",
        mentions=(mention(a1, "Orban"), mention(a1, "Orban", 1), mention(a2, "Viktor Orban")),
    )
    cues = find_framing([a1, a2], [orban])
    naming = kinds(cues, "naming")
    assert [c.text for c in naming] == ["hardline Orban"]
    assert naming[0].note == "'hardline' put before Viktor Orban; e2 writes 'Viktor Orban' without it"
    assert naming[0].neutral == "Orban"
    assert not kinds(find_framing([a1, a2]), "naming")  # without entities there is no referent to compare
    assert [c.note for c in kinds(cues, "voice") if c.article == "e1"] == ["quotes Viktor Orban"]


# --- tone -----------------------------------------------------------------------------------

HOSTILE = (
    "Governor Ana Ruiz presented a reckless and shameful budget on Monday. The budget is the worst failure "
    "of Ruiz's incompetent administration. Ruiz was not honest about the cuts."
)
PLAIN = "Governor Ana Ruiz presented the budget on Monday. Ruiz said the plan cuts spending by 4 percent."


def test_tone_is_reported_only_where_clearly_non_neutral():
    articles = [make("t1", HOSTILE), make("t2", PLAIN)]
    cues = find_framing(articles)
    tone = kinds(cues, "tone")
    assert len(tone) == 1 and tone[0].article == "t1"
    assert tone[0].note.startswith("tone toward Ruiz: -")
    assert "worst" in tone[0].note
    assert_offsets(articles, tone)


def test_tone_negation_flips_valence():
    praise = "Ruiz was honest and brave. Ruiz gave a wise answer."
    negated = "Ruiz was not honest and not brave. Ruiz gave no wise answer."
    other = "Ruiz spoke. Ruiz left."
    pos = kinds(find_framing([make("p", praise), make("o", other)]), "tone")
    neg = kinds(find_framing([make("n", negated), make("o", other)]), "tone")
    assert pos and "+" in pos[0].note
    assert neg and "-" in neg[0].note.split(":")[1][:3]


def test_lies_of_place_carry_no_tone_but_lies_told_do():
    placed = ("The Dunmore mill lies 3 kilometres from the river and failed an audit in May. "
              "The Dunmore mill lies at the edge of the town.")
    told = ("The Dunmore mill failed an audit in May. The Dunmore mill spread lies about its waste.")
    other = "The Dunmore mill opened in 1990. The Dunmore mill employs 40 people."
    assert not kinds(find_framing([make("p", placed), make("o", other)]), "tone")
    assert kinds(find_framing([make("t", told), make("o", other)]), "tone")


@pytest.mark.skipif(importlib.util.find_spec("vaderSentiment") is None, reason="the sentiment extra is not installed (vaderSentiment): pip install 'rashomon[sentiment]'")
def test_tone_with_vader():
    cues = find_framing([make("t1", HOSTILE), make("t2", PLAIN)], tone="vader")
    tone = kinds(cues, "tone")
    assert [c.article for c in tone] == ["t1"] and "vader" in tone[0].note


def test_unknown_tone_backend_lists_the_valid_ones():
    with pytest.raises(ValueError, match="lexicon, vader"):
        find_framing([make("t1", PLAIN)], tone="bert")


# --- neutralize -----------------------------------------------------------------------------


def test_neutralize_replaces_and_reports():
    text = "Washington’s “unbreakable commitment” to the right-wing Netanyahu and the Jewish state."
    new, pairs = neutralize(text)
    assert new == "The United States’ “unbreakable commitment” to Netanyahu and Israel."
    assert pairs == [
        ("Washington’s", "The United States’"),
        ("the right-wing Netanyahu", "Netanyahu"),
        ("the Jewish state", "Israel"),
    ]


def test_neutralize_grammar_and_case():
    new, pairs = neutralize("An influx of refugees followed a terrorist attack. Officials met his Zionist counterpart.")
    assert new == "A large number of refugees followed an attack. Officials met his Israeli counterpart."
    assert ("terrorist attack", "attack") in pairs
    new, _ = neutralize("The Zionist regime's army moved. They said Tel Aviv’s relations soured.")
    assert new == "The Israeli government's army moved. They said Israel’s relations soured."


def test_neutralize_leaves_quotes_hedges_and_plain_text_alone():
    text = "“The regime must go,” she said. The alleged bribe was paid on Monday."
    assert neutralize(text) == (text, [])
    new, pairs = neutralize("They cut job-killing rules.")
    assert new == "They cut rules." and pairs == [("job-killing", "")]


def test_neutralize_is_idempotent():
    text = "The Zionist regime and the illegals faced riots in Kiev, and Moscow said so."
    once, pairs = neutralize(text)
    assert pairs
    assert neutralize(once) == (once, [])


# --- lexicon and inputs ---------------------------------------------------------------------


def test_lexicon_entries_cite_named_sources():
    lexicon = load_lexicon()
    assert len(lexicon.entries) >= 60
    for entry in lexicon.entries:
        assert entry.sources and all(lexicon.sources[k]["title"] for k in entry.sources)
    kinds_seen = {e.kind for e in lexicon.entries}
    assert {"loaded", "labels", "partisan", "euphemism", "dysphemism", "naming", "hedge"} <= kinds_seen


def test_an_entry_needle_is_in_every_text_its_regex_matches():
    from rashomon.text.needles import case_blind

    lexicon = load_lexicon()
    assert sum(1 for e in lexicon.entries if e.needles) > len(lexicon.entries) * 3 // 4
    by_label = {e.label: e for e in lexicon.entries}
    assert by_label[r"\b(?:massacred|slaughtered)\b"].needles == ("massacred", "slaughtered")  # an alternation: one of its branches'
    terror = next(e for e in lexicon.entries if e.needles == ("terrorist",))
    # the characters a case-blind regex takes for an ASCII letter: dotted and dotless I, Kelvin sign, long s
    for text in ("A TERRORIST cell", "a terror\u0130st raid", "the terror\u0131\u017ft", "TERRORI\u017fT"):
        assert terror.regex.search(text) and terror.may_match(case_blind(text)), text
    assert not terror.may_match(case_blind("a terror attack"))
    for entry in lexicon.entries:
        for needle in entry.needles:
            text = f"They wrote {needle.upper()} then." if needle.replace(" ", "").isalpha() else ""
            for m in entry.regex.finditer(text):
                assert entry.may_match(case_blind(m.group())), entry.label
        text = f"They wrote {entry.label.upper()} then."
        if entry.regex.search(text):
            assert entry.may_match(case_blind(text)), entry.label


def test_a_broken_lexicon_fails_loudly(tmp_path):
    good = json.loads(Path(load_lexicon().path).read_text(encoding="utf-8"))
    bad = dict(good, entries=[{"term": "foo", "kind": "spicy", "source": "wp_label"}])
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(LexiconError, match="kind 'spicy'"):
        load_lexicon(path)
    bad = dict(good, entries=[{"term": "foo", "kind": "loaded", "source": "nowhere"}])
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown source nowhere"):
        load_lexicon(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid JSON"):
        load_lexicon(path)


def test_a_custom_lexicon_is_used(tmp_path):
    good = json.loads(Path(load_lexicon().path).read_text(encoding="utf-8"))
    custom = dict(good, entries=[{"term": "gizmo", "kind": "loaded", "neutral": "device", "note": "x", "source": "wp_wtw"}])
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(custom), encoding="utf-8")
    lexicon = load_lexicon(path)
    assert neutralize("A gizmo and a regime.", lexicon=lexicon) == ("A device and a regime.", [("gizmo", "device")])


def test_bad_articles_raise_with_context():
    unsegmented = Article(id="u1", source="u", title="", text="Some text.")
    with pytest.raises(InputError, match="u1: .*segment it first"):
        find_framing([unsegmented])
    shifted = make("m1", "One sentence. Two sentences.")
    broken = Article(id="m1", source="m", title="", text="X" + shifted.text, sentences=shifted.sentences)
    with pytest.raises(InputError, match="m1.s0"):
        find_framing([broken])


def test_cues_round_trip_through_dicts(seed_cues):
    for cue in seed_cues:
        assert FramingCue.from_dict(cue.to_dict()) == cue


def test_style_guide_puffery_editorializing_and_labels_are_the_outlets_framing():
    from tests.conftest import make_article

    article = make_article("a1", "The acclaimed director, a racist according to nobody, opened the festival.\n"
                                 "Sadly, the rain kept most visitors away.\n"
                                 "Delegates from the Revolutionary Guards attended.\n"
                                 "The mayor called the plan \"a legendary mistake\" on Monday.")
    cues = {(c.text.lower(), c.kind) for c in find_framing([article])}
    assert ("acclaimed", "loaded") in cues and ("racist", "loaded") in cues and ("sadly", "loaded") in cues
    assert not any("revolutionary" in text for text, _ in cues)  # a name, not puffery
    assert not any("legendary" in text for text, _ in cues)  # the mayor's words, not the outlet's


def test_a_label_reported_as_someones_or_a_kind_of_event_in_general_is_not_the_outlets():
    from tests.conftest import make_article

    article = make_article("a1", "The spokesman said it did not change the government's view of the Brigade as a terrorist organisation.\n"
                                 "The law allows cameras only to prevent an imminent terrorist attack.\n"
                                 "A terrorist attack killed 12 people in the market on Monday.\n"
                                 "Police called the protesters thugs, and the paper's own reporter saw thugs in helmets.")
    cues = [c for c in find_framing([article]) if c.kind == "loaded"]
    flagged = [(c.sentence, c.text.lower()) for c in cues]
    assert ("a1.s2", "terrorist attack") in flagged  # a specific event, in the outlet's voice
    assert not any(s in ("a1.s0", "a1.s1") for s, _ in flagged)  # attributed; generic
    thugs = [c for c in cues if c.text.lower() == "thugs"]
    assert len(thugs) == 1 and article.text[thugs[0].start - 4 : thugs[0].start] == "saw "


GROUP_HOSTILE = "Brutal riot police charged the marchers outside the stadium on Saturday."
GROUP_PLAIN = "Police and marchers clashed outside the stadium on Saturday."


def test_tone_toward_an_unnamed_group_names_the_group_the_word_modifies():
    cues = find_framing([make("g1", GROUP_HOSTILE), make("g2", GROUP_PLAIN)])
    tone = kinds(cues, "tone")
    assert [c.article for c in tone] == ["g1"]
    assert tone[0].note.startswith("tone toward the police: negative")
    assert "marchers" not in tone[0].note  # the other group in the sentence gets no tone
    assert_offsets([make("g1", GROUP_HOSTILE)], tone)


def test_group_tone_stops_at_a_clause_boundary():
    text = "Brutal attacks and police raids followed the match on Saturday."
    cues = find_framing([make("g1", text), make("g2", GROUP_PLAIN)])
    assert not [c for c in kinds(cues, "tone") if "police" in c.note]


def test_group_tone_takes_the_sign_of_whole_words_only():
    praise = "Heroic marchers filled the square outside the stadium on Saturday."
    compound = "The fossil-friendly government shrugged off the fire on Saturday."
    cues = find_framing([make("p", praise), make("c", compound), make("g2", GROUP_PLAIN)])
    notes = [c.note for c in kinds(cues, "tone")]
    assert any(n.startswith("tone toward the marchers: positive") for n in notes)
    assert not any("government" in n for n in notes)  # "friendly" inside a compound gives no sign


def test_tone_reads_a_sentence_without_its_quoted_words():
    from rashomon.comparison.framing.quotes import _quote_spans
    from rashomon.comparison.framing.tone import _unquoted

    text = 'He said "awful" things. "Terrible," she wrote, "truly". A calm day "ends'
    article = Article(id="a1", source="a1", title="", text=text, sentences=segment("a1", text))
    quotes = _quote_spans(text)
    blanked = [_unquoted(text, s, quotes) for s in article.sentences]
    assert [b.split() for b in blanked] == [["He", "said", "things."], ["she", "wrote,", "."], ["A", "calm", "day"]]
    assert all(len(b) == len(s.text) for b, s in zip(blanked, article.sentences))


def test_a_patients_condition_said_to_be_stable_is_the_hospitals_word_not_a_hedge():
    text = ("Two climbers were flown to hospital and were said to be in stable condition. "
            "The rope is said to be faulty.")
    found = texts(find_framing([make("h1", text), make("h2", "Two climbers fell.")]), "hedge")
    assert found == ["is said to"]


def test_a_dysphemism_the_other_outlets_write_too_is_the_events_name():
    a = make("a1", "Inmates started a riot in the east wing on Sunday and set mattresses alight.")
    b = make("a2", "Guards regained control of the east wing after rioting inmates set mattresses alight.")
    c = make("a3", "Inmates protested in the east wing on Sunday and set mattresses alight.")
    alone = [x.text.lower() for x in find_framing([a, c]) if x.article == "a1"]
    shared = [x.text.lower() for x in find_framing([a, b, c]) if x.article == "a1"]
    assert "riot" in alone  # the one outlet that calls it a riot: its characterisation
    assert "riot" not in shared  # another outlet calls it rioting too: the event's name in this story


def test_a_person_said_to_be_unhurt_after_an_accident_is_a_condition_report_not_a_hedge():
    text = ("The cyclist was said to be shaken but unhurt on Friday. The brakes are said to have failed twice.")
    found = texts(find_framing([make("h1", text), make("h2", "A cyclist fell.")]), "hedge")
    assert found == ["are said to"]
