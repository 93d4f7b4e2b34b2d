"""digest.conflicts: a shared sentence stating a disputed value cites only the outlets that state
that value, and a conflict's outlets are listed in plain English."""

from rashomon.comparison.digest import build_digest
from rashomon.comparison.digest.conflicts import attributed, conflict_sentence
from rashomon.model import Agreement, ClaimRef, Conflict, ConflictSide, DigestSentence
from tests.conftest import make_article

_SHARED = "A ferry hit the jetty at Brell Point on {day} evening, {who} said."
_LATER = "The jetty was shut and divers checked the pilings for cracks."
_OUTLETS = {"a1": "Wire", "a2": "Daily", "a3": "Post", "a4": "Herald"}


def _story(days: dict[str, str], who: dict[str, str]):
    articles = [make_article(k, _SHARED.format(day=days[k], who=who[k]) + "\n" + _LATER, _OUTLETS[k])
                for k in ("a1", "a2", "a3", "a4")]
    refs = {s.id: ClaimRef(article=s.article, sentence=s.id, text=s.text, start=s.start, end=s.end)
            for a in articles for s in a.sentences}
    agreements = [Agreement(claims=tuple(refs[f"{k}.s{i}"] for k in ("a1", "a2", "a3", "a4")), score=0.9) for i in (0, 1)]
    return articles, agreements


def _day_conflict(articles, days: dict[str, str]) -> Conflict:
    values = list(dict.fromkeys(days.values()))
    sides = []
    for a in articles:
        s = a.sentences[0]
        start = s.text.index(days[a.id])
        sides.append(ConflictSide(article=a.id, sentence=s.id, text=s.text, value=days[a.id], start=start,
                                  end=start + len(days[a.id]), group=values.index(days[a.id])))
    return Conflict(kind="weekday", explanation="the day: ...", sides=tuple(sides))


def test_a_shared_sentence_does_not_cite_an_outlet_that_gave_another_day():
    days = {"a1": "Friday", "a2": "Thursday", "a3": "Friday", "a4": "Friday"}
    who = dict.fromkeys(days, "the harbour master")
    articles, agreements = _story(days, who)
    digest = build_digest(articles, agreements, [_day_conflict(articles, days)])
    told = next(d for d in digest if "ferry" in d.text and not d.text.startswith("Sources differ"))
    day = next(v for v in ("Friday", "Thursday") if v in told.text)
    stating = {k for k, v in days.items() if v == day}
    # every outlet cited, and every outlet named, wrote the day the sentence tells
    assert {c.split(".")[0] for c in told.citations} == stating
    for k in set(days) - stating:
        assert _OUTLETS[k] not in told.text
    # the other side is told by the conflict's own sentence
    differ = next(d for d in digest if d.text.startswith("Sources differ"))
    assert differ.text == "Sources differ on the day: Wire, Post and Herald say “Friday”; Daily says “Thursday”."


def test_a_shared_sentence_does_not_cite_an_outlet_that_gave_it_to_another_speaker():
    days = dict.fromkeys(("a1", "a2", "a3", "a4"), "Friday")
    who = {"a1": "the harbour master", "a2": "passengers", "a3": "the harbour master", "a4": "the harbour master"}
    articles, agreements = _story(days, who)
    digest = build_digest(articles, agreements, [])
    told = next(d for d in digest if "ferry" in d.text)
    assert "the harbour master said" in told.text
    assert "a2.s0" not in told.citations
    assert set(told.citations) == {"a1.s0", "a3.s0", "a4.s0"}
    # the sentence no outlet attributes differently keeps every outlet
    assert len(next(d for d in digest if "jetty was shut" in d.text).citations) == 4


def test_an_outlet_on_both_sides_of_a_dispute_keeps_its_citation():
    text = "The ferry carried 40 passengers, the operator said."
    sentence = DigestSentence(text=text, citations=("a1.s0", "a2.s0", "a3.s0"))
    side = lambda art, sid, value, group: ConflictSide(article=art, sentence=sid, text=text, value=value, group=group)  # noqa: E731
    conflict = Conflict(kind="number", explanation="the passengers: ...", sides=(
        side("a1", "a1.s0", "40", 0), side("a2", "a2.s0", "40", 0), side("a2", "a2.s3", "44", 1), side("a3", "a3.s2", "44", 1)))
    out = attributed(sentence, [conflict], {"a1": "Wire", "a2": "Daily", "a3": "Post"},
                     {"a1.s0": "a1", "a2.s0": "a2", "a3.s0": "a3"})
    assert out.citations == ("a1.s0", "a2.s0")
    assert out.text.startswith("According to Wire and Daily, the ferry carried 40 passengers")


def test_a_sentence_stating_no_disputed_value_keeps_every_citation():
    sentence = DigestSentence(text="Divers checked the pilings for cracks.", citations=("a1.s1", "a2.s1"))
    conflict = Conflict(kind="weekday", explanation="the day: ...", sides=(
        ConflictSide(article="a1", sentence="a1.s0", text="x", value="Friday", group=0),
        ConflictSide(article="a2", sentence="a2.s0", text="y", value="Thursday", group=1)))
    assert attributed(sentence, [conflict], {}, {"a1.s1": "a1", "a2.s1": "a2"}) == sentence


def test_three_outlets_on_one_side_are_listed_with_commas():
    side = lambda art, value, group: ConflictSide(article=art, sentence=f"{art}.s0", text="t", value=value, group=group)  # noqa: E731
    conflict = Conflict(kind="weekday", explanation="the day: ...", sides=(
        side("a1", "Friday", 0), side("a3", "Friday", 0), side("a4", "Friday", 0), side("a2", "Thursday", 1)))
    sentence = conflict_sentence(conflict, {"a1": "Wire", "a2": "Daily", "a3": "Post", "a4": "Herald"})
    assert sentence.text == "Sources differ on the day: Wire, Post and Herald say “Friday”; Daily says “Thursday”."


def test_the_telling_sentence_keeps_its_citation_though_another_of_its_sentences_is_on_the_other_side():
    # a3's own words are the digest's; a3 is a side of the dispute only through another sentence
    text = "The board of the league has declared on Thursday the result void."
    sentence = DigestSentence(text=text, citations=("a1.s1", "a3.s1"))
    side = lambda art, sid, value, group: ConflictSide(article=art, sentence=sid, text=text, value=value, group=group)  # noqa: E731
    conflict = Conflict(kind="date", explanation="the day: ...", sides=(
        side("a1", "a1.s1", "Thursday", 0), side("a2", "a2.s2", "Wednesday", 1), side("a3", "a3.s4", "12 May", 2)))
    articles_of = {"a1.s1": "a1", "a3.s1": "a3"}
    sources = {"a1": "Wire", "a2": "Daily", "a3": "Agency"}
    told = attributed(sentence, [conflict], sources, articles_of, teller="a3.s1")
    assert told.citations == ("a1.s1", "a3.s1")
    assert told.text.startswith("According to Wire and Agency, the board")
    # without the teller named, the sentence whose words are written lost its citation
    assert attributed(sentence, [conflict], sources, articles_of).citations == ("a1.s1",)


def test_one_figure_written_in_words_and_in_digits_is_one_side():
    def side(article: str, value: str, group: int) -> ConflictSide:
        return ConflictSide(article=article, sentence=f"{article}.s0", text="...", value=value, normalized=value and
                            {"Nine": "9", "9": "9", "19": "19", "about 9": "9"}[value], group=group)

    conflict = Conflict(kind="number", explanation="how many (hurt): ...", sides=(
        side("a1", "Nine", 0), side("a2", "9", 0), side("a3", "9", 0), side("a4", "19", 1)))
    told = conflict_sentence(conflict, _OUTLETS)
    # one side, quoted as most of its outlets wrote it; the other spelling after it, with its outlet
    assert told.text == "Sources differ on how many (hurt): Wire, Daily and Post say “9” (Wire: “Nine”); Herald says “19”."
    # a qualifier is the outlet's own reading of the figure: still quoted as written
    qualified = Conflict(kind="number", explanation="how many (hurt): ...", sides=(
        side("a1", "Nine", 0), side("a2", "about 9", 0), side("a4", "19", 1)))
    assert conflict_sentence(qualified, _OUTLETS).text == (
        "Sources differ on how many (hurt): Wire says “Nine”, Daily says “about 9”; Herald says “19”.")


def test_a_disputed_figure_opening_its_sentence_in_capitals_is_told_as_its_sources_account():
    # the finder gives the value as it reads it ("about 1,200"); the sentence opens with it capitalised
    side = lambda sentence, value, group: ConflictSide(  # noqa: E731
        article=sentence.split(".")[0], sentence=sentence, text="", value=value, normalized=value, group=group)
    figure = Conflict(kind="number", explanation="how many (evacuated): ...",
                      sides=(side("a1.s1", "about 1,200", 0), side("a2.s1", "some 2,100", 1)))
    told = DigestSentence(text="About 1,200 residents were evacuated on Tuesday, the mayor said.", citations=("a1.s1",))
    out = attributed(told, [figure], {"a1": "Wire", "a2": "Daily"}, {"a1.s1": "a1", "a2.s1": "a2"},
                     lowercase={"about", "residents"})
    assert out.text == "According to Wire, about 1,200 residents were evacuated on Tuesday, the mayor said."
    assert out.citations == ("a1.s1",)


def test_an_order_told_by_one_word_on_both_sides_quotes_each_sides_words_not_its_stems():
    # both outlets write "before": the digest quotes the clause each side's offsets hold, never
    # the compared form (the stems of the events, which no outlet wrote)
    texts = {"a1": "The pumps failed before the levee broke.", "a2": "The levee broke before the pumps failed."}
    sides = []
    for group, (art, text) in enumerate(texts.items()):
        sides.append(ConflictSide(article=art, sentence=f"{art}.s0", text=text, value="before", start=0,
                                  end=len(text) - 1, normalized="fail/pump before brok/leve" if group == 0 else "brok/leve before fail/pump",
                                  group=group))
    conflict = Conflict(kind="order", explanation="the order of events (pumps, levee): ...", sides=tuple(sides))
    told = conflict_sentence(conflict, {"a1": "Wire", "a2": "Daily"}, texts)
    assert told.text == ("Sources differ on the order of events (pumps, levee): Wire says “The pumps failed before the levee broke”; "
                         "Daily says “The levee broke before the pumps failed”.")
    # figures that read the same keep their compared form, which carries the unit
    figure = Conflict(kind="number", explanation="the figure: ...", sides=(
        ConflictSide(article="a1", sentence="a1.s0", text="t", value="14", normalized="14%", group=0),
        ConflictSide(article="a2", sentence="a2.s0", text="t", value="14", normalized="14 percentage points", group=1)))
    assert "“14%”" in conflict_sentence(figure, {"a1": "Wire", "a2": "Daily"}, texts).text


def test_two_articles_of_one_outlet_on_one_side_are_one_name_with_its_verb():
    """Two pages of one host (two URLs' outlet is the host) on one side: "Port News says", not "Port News say"."""
    side = lambda art, value, group: ConflictSide(article=art, sentence=f"{art}.s0", text="t", value=value, group=group)  # noqa: E731
    conflict = Conflict(kind="weekday", explanation="the day: ...", sides=(
        side("a1", "Friday", 0), side("a2", "Thursday", 1), side("a3", "Thursday", 1)))
    sentence = conflict_sentence(conflict, {"a1": "Wire", "a2": "Port News", "a3": "Port News"})
    assert sentence.text == "Sources differ on the day: Wire says “Friday”; Port News says “Thursday”."
