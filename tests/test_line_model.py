"""The boilerplate line model: a second opinion on the lines no cleaning rule names."""

import pytest

from rashomon.comparison.clean import classify_line, clean
from rashomon.comparison.line_model import judge_lines, line_features, overlaps, parse_model, threshold
from rashomon.errors import LexiconError
from rashomon.model import Document

ARTICLE = [
    "Harbour council votes to close the old ferry pier",
    "PORT VELLA — The harbour council voted on Tuesday to close the old ferry pier after engineers found cracks in its pilings.",
    "The vote was seven to two. Councillor Mara Ilves, who voted against, said the pier could be repaired for less than a new one would cost.",
    "Engineers said the cracks had widened since the spring storms and that the pier was no longer safe for vehicles.",
    "Ferries will use the new terminal on the north quay from Monday.",
    "The council will meet again on Thursday.",
    "Join our readers' panel and help shape what we cover next year.",
]
APPEAL = ARTICLE[-1]


def test_a_line_no_rule_names_is_removed_when_the_model_is_sure_and_the_reason_says_why():
    assert classify_line(APPEAL) is None  # no rule knows it: the model is the only judge here
    text, removed = clean(Document(text="\n".join(ARTICLE), title=ARTICLE[0]))
    assert [r.line for r in removed] == [6]
    reason = removed[0].reason
    assert reason.startswith("other: ") and "line model 0.9" in reason and "‘our’" in reason
    assert APPEAL not in text and ARTICLE[5] in text


def test_short_news_lines_at_the_end_of_an_article_stay():
    judged = judge_lines(ARTICLE)
    for line, judgement in zip(ARTICLE[:6], judged[:6]):
        assert judgement.probability < threshold(), line


def test_empty_lines_get_no_judgement_and_do_not_count_as_places():
    judged = judge_lines(["", *ARTICLE, ""])
    assert judged[0] is None and judged[-1] is None
    assert judged[1:-1] == judge_lines(ARTICLE)


def test_an_article_of_two_lines_gets_no_judgement():
    assert judge_lines(["Floods close the coastal road", APPEAL]) == [None, None]


def test_overlap_is_the_share_of_a_lines_content_words_another_line_uses():
    assert overlaps(["the harbour pier", "a pier and a harbour wall", "subscribe today"]) == [1.0, 2 / 3, 0.0]
    features = line_features("Subscribe today!", 2, 3, 0.0)
    assert features["w:subscribe"] == 1.0 and features["b:subscribe today"] == 1.0
    assert features["s:last"] == 1.0 and features["s:exclaim"] == 1.0 and "s:first" not in features


def test_a_malformed_model_file_fails_with_the_file_named():
    with pytest.raises(LexiconError, match="boilerplate_line_model.json"):
        parse_model("{not json")
    with pytest.raises(LexiconError, match="boilerplate_line_model.json"):
        parse_model('{"intercept": 0.1, "weights": {}}')


def test_text_with_no_letters_or_one_enormous_word_gives_no_crash():
    assert clean(Document(text="1234 5678\n" + "x" * 50_000, title=""))[0]


def test_shape_features_mark_a_masthead_and_leave_a_news_sentence_alone():
    masthead = line_features("Coastal Radio Network - Serving the islands since 1971", 6, 7, 0.0)
    assert masthead["s:noend"] == 1.0 and masthead["s:segments"] == 1.0 and masthead["s:nofinite"] == 1.0
    assert masthead["s:caps"] == pytest.approx(3 / 8)  # "Radio", "Network", "Serving" of the eight after the first
    label = line_features("Credits: Ferry Office", 6, 7, 0.0)
    assert label["s:label"] == 1.0 and label["s:noend"] == 1.0
    news = line_features("The ferry office said the pier had closed.", 3, 7, 0.5)
    assert not {"s:noend", "s:segments", "s:label", "s:nofinite", "s:caps"} & set(news)
    assert "s:nofinite" not in line_features("Two boats took shelter in the bay.", 3, 7, 0.5)  # an irregular past


def test_a_broadcasters_tagline_at_the_end_is_removed():
    article = [*ARTICLE[:6], "Valley Broadcasting Corporation - the voice of the valley"]
    assert classify_line(article[-1]) is None
    removed = clean(Document(text="\n".join(article), title=article[0]))[1]
    assert [r.line for r in removed] == [6]
