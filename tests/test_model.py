import dataclasses
import json

import pytest

from rashomon.model import (
    SCHEMA, Agreement, Article, ClaimRef, Conflict, ConflictSide, DigestSentence, Entity, FramingCue,
    LeftOut, Mention, Removed, Report, Sentence, Skipped, Suspect,
)


def _report() -> Report:
    text = "One sentence. Two sentence."
    sentences = (
        Sentence(id="a1.s0", article="a1", index=0, text="One sentence.", start=0, end=13),
        Sentence(id="a1.s1", article="a1", index=1, text="Two sentence.", start=14, end=27),
    )
    article = Article(id="a1", source="Outlet", title="T", text=text, sentences=sentences,
                      removed=(Removed(text="Subscribe now", reason="promo: sign-up", line=3),), path="x.txt")
    return Report(
        articles=(article,),
        skipped=(Skipped(source="empty.txt", reason="empty file"),),
        entities=(Entity(id="e1", name="Ana", type="PERSON",
                         mentions=(Mention(article="a1", sentence="a1.s0", text="One", start=0, end=3),),
                         suspect=(Suspect(text="One", article="a1", reason="r"),), variants=("One",)),),
        agreements=(Agreement(claims=(ClaimRef(article="a1", sentence="a1.s0", text="One sentence."),), score=0.5),),
        unique=(ClaimRef(article="a1", sentence="a1.s1", text="Two sentence."),),
        conflicts=(Conflict(kind="number", explanation="e", sides=(ConflictSide(article="a1", sentence="a1.s0", text="t", value="1"),)),),
        framing=(FramingCue(article="a1", sentence="a1.s1", text="Two", kind="loaded", note="n"),),
        digest=(DigestSentence(text="One.", citations=("a1.s0",)),),
        left_out=(LeftOut(group=("a1.s1",), articles=("a1",), reason="every member reads loaded"),),
        settings={"embedder": "tfidf"},
    )


def test_report_round_trips_through_json():
    report = _report()
    data = json.loads(json.dumps(report.to_dict()))
    assert data["schema"] == SCHEMA
    assert Report.from_dict(data) == report


def test_records_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        _report().articles[0].title = "changed"  # type: ignore[misc]


def test_lookup_by_sentence_id():
    report = _report()
    assert report.sentence("a1.s1").text == "Two sentence."
    with pytest.raises(KeyError):
        report.sentence("a9.s0")


def test_unknown_fields_are_ignored_on_read():
    data = _report().to_dict()
    data["articles"][0]["future_field"] = 1
    assert Report.from_dict(data).articles[0].id == "a1"


def test_report_settings_are_a_typed_record_that_reads_old_reports() -> None:
    """Report.settings is a ReportSettings; an old report's flat settings object reads back
    with its typed keys typed and every other key kept, and writes the same object again."""
    from rashomon.model import Report, ReportSettings

    old = {"version": "0.1.0", "splitter": "pysbd", "tagger": "rules", "embedder": "static",
           "embedder_requested": "auto", "agreement_threshold": 0.61, "timings": {"align": 0.02},
           "future_key": [1, 2]}
    report = Report.from_dict({"schema": "rashomon.report/1", "settings": old})
    settings = report.settings
    assert isinstance(settings, ReportSettings)
    assert (settings.embedder, settings.agreement_threshold, settings.timings) == ("static", 0.61, {"align": 0.02})
    assert settings.options == {"splitter": "pysbd", "tagger": "rules", "future_key": [1, 2]}
    assert report.to_dict()["settings"] == old
    assert settings["embedder"] == "static" and dict(settings) == old and settings == old
    assert Report.from_dict(report.to_dict()) == report
    assert not Report().settings and Report().to_dict()["settings"] == {}
    assert Report(settings={"note": "one article"}).settings.note == "one article"


def test_a_version_1_report_is_read_with_its_left_out_agreements_moved_out_of_skipped() -> None:
    data = _report().to_dict()
    del data["left_out"]
    data["schema"] = "rashomon.report/1"
    data["skipped"] = [
        {"source": "empty.txt", "reason": "empty file"},
        {"source": "digest: agreement a1.s1, a2.s3", "reason": "left out of the digest: a question"},
    ]
    report = Report.from_dict(data)
    assert report.schema == SCHEMA != "rashomon.report/1"
    assert report.skipped == (Skipped(source="empty.txt", reason="empty file"),)
    assert report.left_out == (LeftOut(group=("a1.s1", "a2.s3"), articles=("a1", "a2"), reason="a question"),)


def test_a_current_report_keeps_a_skip_that_only_looks_like_a_left_out_agreement() -> None:
    data = _report().to_dict()
    data["skipped"] = [{"source": "digest: agreement a1.s1", "reason": "x"}]
    report = Report.from_dict(data)
    assert report.skipped == (Skipped(source="digest: agreement a1.s1", reason="x"),)
    assert len(report.left_out) == 1


def test_a_scores_value_says_its_split_in_json_and_reads_back_as_the_figure_compared() -> None:
    from rashomon.model import Value

    inside = Value(kind="number", text="2-6", normalized="6002 score", start=4, end=7, unit="score", low=6002.0, high=6002.0)
    public = inside.to_dict()
    assert public["normalized"] == "6-2 score" and public["low"] is None and public["high"] is None
    assert Value.from_dict(json.loads(json.dumps(public))) == inside
    assert Value.from_dict(dict(public, normalized="6002 score", low=6002.0, high=6002.0)) == inside  # an older report
    count = Value(kind="number", text="62", normalized="62", start=0, end=2, low=62.0, high=62.0)
    assert count.to_dict()["normalized"] == "62" and Value.from_dict(count.to_dict()) == count
