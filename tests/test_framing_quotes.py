"""Scare quotes: a label after a possessive, and a speaker's word the outlet repeats in quotation marks."""

from __future__ import annotations

from rashomon.comparison.framing import find_framing
from rashomon.comparison.framing.quotes import _quotation_not_label
from rashomon.comparison.segment import segment
from rashomon.model import Article


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def scare(text: str) -> list[str]:
    return [c.text for c in find_framing([make("a1", text)]) if c.kind == "scare_quote"]


def test_a_label_after_a_possessive_is_held_at_a_distance():
    text = 'The utility\'s "safety upgrade", announced last spring, promised new cables by 2024.'
    assert scare(text) == ['"safety upgrade"']


def test_a_speakers_word_repeated_in_the_outlets_own_sentence_is_a_scare_quote():
    text = ('The minister said the levy was "a temporary step to steady the budget". '
            'Few believe how "temporary" a promise to tax every worker can be.')
    assert '"temporary"' in scare(text)
    assert all("temporary step" not in t for t in scare(text))  # the minister's own quotation is not one


def test_a_repeated_word_in_an_attributed_sentence_stays_the_speakers():
    text = ('The minister said the levy was "a temporary step to steady the budget". '
            'It is "temporary", she said on Friday.')
    assert '"temporary"' not in scare(text)


def test_words_a_crowd_chants_or_a_sign_reads_are_theirs_not_the_outlets():
    assert scare('Commuters blocked the depot on Monday, chanting "fares down" until dusk.') == []
    assert scare('Placards reading "no tolls" lined the bridge.') == []
    assert scare('Commuters blocked the depot on Monday over the "fare reform".') == ['"fare reform"']


def test_a_quoted_clause_or_a_stray_closing_mark_is_no_scare_quote():

    assert _quotation_not_label("” she said.")
    assert _quotation_not_label("“Mo is family.")
    assert _quotation_not_label("“Obviously we're disappointed.")
    assert not _quotation_not_label("“security operation.”")  # a label, with the stop inside the marks
    assert not _quotation_not_label("“historic”")


def test_titles_utterances_and_stray_marks_are_no_scare_quotes():
    for text in (
        'Crowds queued for "Ring of Fire" at the Odeon on Friday.',
        'The studio will release "About a Boy" next spring.',
        'Neighbours recalled "No, no, no!" coming from the flat.',
        'Witnesses on the bus, "We heard gunshots." Then the doors shut.',
        'She turned to him, "I said, " and left the hall.',
        'He left the hall", then saying " nothing more.',
    ):
        assert scare(text) == [], text
    assert _quotation_not_label('"Mo is family, "') and not _quotation_not_label('"clean sport"')
    # a label in lower case with a title-like capital only at its start is still held at a distance
    assert scare('Prices rose after the "Temporary adjustment" of the rules.') == ['"Temporary adjustment"']


def test_a_quoted_answer_word_names_the_answer_not_a_doubt():
    text = ('The "yes" side carried nine of the twelve districts. Farmers voted "no" in the east. '
            'The "reform" takes effect in May.')
    assert scare(text) == ['"reform"']


def test_an_echo_is_looked_for_among_the_recent_quotations_only():
    from rashomon.comparison.framing.quotes import ECHO_LOOKBACK, _echoes

    text = 'He called it "a temporary step to steady the budget". ' + '"x" ' * (ECHO_LOOKBACK + 5) + 'How "temporary"?'
    quotes, at = [], 0
    while (s := text.find('"', at)) >= 0:
        e = text.index('"', s + 1) + 1
        quotes.append((s, e))
        at = e
    start = quotes[-1][0]
    assert _echoes(text, quotes[:3], quotes[2][0], ["temporary"])  # within reach
    assert not _echoes(text, quotes, start, ["temporary"])  # more than ECHO_LOOKBACK quotations back


def reasons(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.note.split(" with ")[1].split(":")[0]) for c in find_framing([make("a1", text)]) if c.kind == "scare_quote"]


def test_many_quotations_in_one_sentence_are_each_read_as_alone():
    # the sentence's speakers and verbs are read once for all its quotations; each keeps its reading
    label = "a speaker's label quoted inside the reporter's sentence"
    text = 'The board\'s "review" began, the "review" ended, and the "review" was "final", he said.'
    assert reasons(text) == [('"review"', label)] * 3
    # a naming verb earlier in the sentence makes every later quotation the subject's own words
    text = 'The mayor called the plan "a fair deal" on Monday, and the "fair deal" is a "so-called" "reform".'
    assert reasons(text) == []
    alone = "no speaker in the sentence"
    text = 'Critics called it a "bargain". The so-called "bargain" cost more. Her "bargain'
    assert reasons(text) == [('"bargain"', alone), ('"bargain"', alone), ('"bargain', alone)]
    text = "The “reform” and the «reform» and the „reform“ and ‘reform’ were \"debated\" \""
    assert [t for t, _ in reasons(text)] == ["“reform”", "«reform»", "„reform“", "‘reform’", '"debated"']
    text = "“He told us ‘the “vote” was fixed’ last week,” she said. The “vote” stands."
    assert reasons(text) == [("“vote”", "the outlet repeating a speaker's words from an earlier quotation")]
    text = 'Officials described the \u201cincident\u201d as a "controlled burn". The firm\'s   "plan" is a "plan".'
    assert reasons(text) == [('"controlled burn"', label), ('"plan"', alone), ('"plan"', alone)]


SPANS_TEXT = 'a "b" c “d e” f «g» "h\ni ‘j’ k'


def test_inside_and_overlaps_agree_with_a_walk_over_every_quotation():
    from rashomon.comparison.framing.quotes import _inside, _overlaps, _quote_spans

    spans = _quote_spans(SPANS_TEXT)
    assert len(spans) == 5  # b, "d e", g, the unclosed h, j
    for start in range(len(SPANS_TEXT) + 1):
        for end in range(start, len(SPANS_TEXT) + 1):
            assert _inside(spans, start, end) == any(s <= start and end <= e for s, e in spans), (start, end)
            assert _overlaps(spans, start, end) == any(s < end and start < e for s, e in spans), (start, end)


def test_the_words_before_a_quotation_read_in_their_tail_as_in_the_whole_prefix():
    import re

    from rashomon.comparison.framing.quotes import _DETERMINER_BEFORE, _POSSESSIVE_BEFORE, _SO_CALLED_BEFORE, _Before

    text = ('The so-called   "plan", the " “plan”, a   \'"x", Kim\'s "y", bathe "z", an\n"w", so-called\t" "v", '
            + " " * 40 + '"u", the' + ' "' * 30 + '"t"')
    reader = _Before(make("a1", text))
    for m in re.finditer(r"[\"“]", text):
        for lo in (0, max(0, m.start() - 7)):
            before, tail = text[lo : m.start()], reader.tail(lo, m.start())
            assert before.endswith(tail)
            for pattern in (_DETERMINER_BEFORE, _POSSESSIVE_BEFORE, _SO_CALLED_BEFORE):
                assert bool(pattern.search(tail)) == bool(pattern.search(before)), (pattern.pattern, before)


def test_words_a_subject_rejects_something_in_are_its_own():
    assert scare('The water board rejected the findings as "unscientific".') == []
    assert scare('The ministry dismissed the audit as "a political stunt".') == []
    assert scare('The council named the audit "one-sided and premature".') == []
    # "name" as a noun is no verb of the subject's: the label stays the outlet's distance
    assert scare('Tenants had another name for its "renewal scheme": eviction.') == ['"renewal scheme"']


def test_words_someone_casts_a_thing_as_are_theirs_not_the_outlets():
    assert scare('The mayor has taken to painting the cyclists as "road pirates" in every interview.') == []
    assert scare('The board tried to pass the closure off as "a fresh start" for the town.') == []
    # the outlet's own label after "as a" is still held at a distance
    assert scare('The council marketed the harbour as a "green gateway" for tourists.') == ['"green gateway"']


def test_words_in_a_that_clause_of_any_verb_are_the_subjects_not_the_outlets():
    assert scare('The club owner grumbled that the ground had passed "every fire check" on record.') == []
    assert scare('The ground had passed "every fire check" on record.') == ['"every fire check"']
    # "the" before the quotation still marks the outlet's label, even in a that-clause
    assert scare('The owner grumbled that the "modern" stand was safe.') == ['"modern"']


def test_a_term_every_outlet_quotes_is_the_coverages_name_not_one_outlets_distance():
    one = make("a1", 'Parliament passed the "grey harbour" bill on Tuesday after a long night session.')
    two = make("a2", 'The "grey harbour" bill cleared parliament on Tuesday by eleven votes.')
    three = make("a3", 'Parliament passed the harbour bill on Tuesday over the "coastal shield" protests.')
    cues = [(c.article, c.text) for c in find_framing([one, two, three]) if c.kind == "scare_quote"]
    assert ("a1", '"grey harbour"') not in cues and ("a2", '"grey harbour"') not in cues
    assert ("a3", '"coastal shield"') in cues  # quoted by this outlet alone: still its distance
    assert scare(one.text) == ['"grey harbour"']  # one article alone: no coverage to compare with
    four = make("a4", "Critics mocked the minister's \"grey harbour\" bill on Tuesday.")  # after a possessive: a cue
    assert ("a4", '"grey harbour"') in [(c.article, c.text) for c in find_framing([one, four]) if c.kind == "scare_quote"]


def test_the_words_a_threat_or_a_vow_takes_are_the_speakers():
    assert scare('The gunman threatened to "finish it" unless the ransom was paid.') == []
    assert scare('The mayor vowed to "clean up" the harbour by spring.') == []
    # a verb of no speech act leaves the quotation the outlet's
    assert scare('The council felt a sudden need to "pause talks".') == ['"pause talks"']
    assert scare('The council chose to "pause talks" on Monday.') == ['"pause talks"']


def test_a_quoted_clause_after_a_conjunction_that_reports_words_not_a_label():
    # "that" opens the clause the quotation completes: the speaker's words, reported
    assert scare('The harbour master told the council that "ferries are shrinking" every winter.') == []
    assert scare('The coach warned reporters that "we were robbed" in the final.') == []
    # "that" as the demonstrative of a noun phrase still marks the outlet's label
    assert scare('Few outside the ministry believe in that "reform" any longer.') == ['"reform"']


def test_words_a_subject_speaks_of_are_theirs_but_a_label_in_them_stays_held_at_a_distance():
    # translated copy's plain verb of saying ("sprach von", "ha parlato di"): the quotation is the subject's
    assert scare('Several unions have spoken of "sabotage", in a week of strikes at the port.') == []
    assert scare('The envoy spoke of "steady progress on the border talks" after the meeting.') == []
    # a speaker's label the outlet quotes as a noun phrase of its own sentence stays a cue
    assert scare('Her counterpart spoke of a new "friendship" between the two ports.') == ['"friendship"']
    assert scare('The ferry line ended its "winter service" on Monday.') == ['"winter service"']


def test_words_a_subject_expresses_or_voices_are_its_own():
    # "expressed "regret"": the body's own word, quoted in part, not the outlet's distance
    assert scare('The harbour board expressed "regret" over the closure of the ferry line.') == []
    assert scare('Two neighbouring councils voiced "alarm" at the new tolls.') == []
    # with no such verb the quoted word stays a scare quote
    assert scare('The harbour board announced its "review" of the ferry line.') == ['"review"']


def test_a_quotation_in_the_first_person_is_a_speakers_words_not_a_label():
    # the outlet holds no first person at a distance: "“Our ferry sails”" is someone's utterance
    assert _quotation_not_label("“Our ferry sails”")
    assert _quotation_not_label("\"we stay open\"")
    assert scare('Harbour board: "Our ferry sails"\nThe board said the ferry would keep its timetable.') == []
    # the capitals "US" are the country, no first person: a label stays a cue
    assert not _quotation_not_label("“US partners”")
    assert scare('The board\'s "reliable partners" left the harbour on Monday.') == ['"reliable partners"']
