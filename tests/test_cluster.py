"""Story clustering: records, the online clusterer, batch vs streaming, B-cubed, the CLI."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.evaluation.bcubed import bcubed
from rashomon.stories.cluster import ClusterRecord, StoryClusterer, cluster_records, parse_date
from rashomon.stories.state import dump, load
from rashomon.errors import InputError, UnknownBackend



@pytest.fixture(scope="session")
def ecb_docs(shared) -> list[dict]:
    with shared("data", "ecbplus", "ecbplus_docs.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def shuffled(docs: list[dict], splits: tuple[str, ...], seed: int) -> tuple[list[dict], dict[str, str]]:
    """Records of the chosen splits in a seeded order (the file is sorted by topic; a stream is mixed)."""
    chosen = [d for d in docs if d["split"] in splits]
    random.Random(seed).shuffle(chosen)
    return ([{"id": d["id"], "title": d["title"], "text": d["text"]} for d in chosen],
            {d["id"]: d["cluster"] for d in chosen})


def partition(lines) -> dict[str, str]:
    return {line["id"]: line["story"] for line in lines}


# --- quality on ECB+ dev ---------------------------------------------------------------------
# The dev split is the sample: 197 articles, 8 topics, 16 events, clustered in well under a
# second. A sample of two topics is no good: with so little text the online IDF has not
# learnt which words are common, and the threshold is calibrated for a mixed stream.


def test_ecb_dev_bcubed_above_floor(ecb_docs: list[dict]) -> None:
    records, gold = shuffled(ecb_docs, ("dev",), seed=0)
    # Measured 0.901 streaming and 0.899 batch (seed 0; 0.844 and 0.891 before the streaming
    # sweeps and the member agreement, 0.804 and 0.867 before splitting); floor = 0.88.
    for batch in (False, True):
        precision, recall, f1 = bcubed(partition(cluster_records(records, batch=batch)), gold)
        assert f1 >= 0.88, (batch, precision, recall, f1)


def test_look_alike_events_are_kept_apart(ecb_docs: list[dict]) -> None:
    # Topic 2: Hugh Jackman vs Ellen DeGeneres named Oscars host; 18: office-party killing in
    # Vancouver vs office shooting in Detroit; 21: killing at a Bloomington store vs a New York
    # hit-and-run. Same kind of event, different events: they must not share a story.
    for seed in (0, 1, 2):
        records, gold = shuffled(ecb_docs, ("dev",), seed)
        events_in_story: dict[str, set[str]] = defaultdict(set)
        for record_id, story in partition(cluster_records(records)).items():
            events_in_story[story].add(gold[record_id])
        for topic in ("2", "18", "21"):
            mixed = [s for s, events in events_in_story.items() if {f"{topic}_ecb", f"{topic}_ecbplus"} <= events]
            assert not mixed, (seed, topic, mixed)


def test_streaming_and_batch_agree_within_tolerance(ecb_docs: list[dict]) -> None:
    """The stated tolerance: B-cubed F1 between the streaming and the batch partition >= 0.97
    on ECB+ train+dev (772 articles, shuffled) in each of four arrival orders; measured 0.975,
    0.981, 0.992, 0.993 for seeds 0-3 (0.964-0.972, and a tolerance of 0.95, before streaming
    swept its weakly placed articles). Both count document frequencies as they go and split
    merged stories every 20 records; batch clusters in date order (ECB+ has none: the same
    order here) and makes reassignment sweeps at the end."""
    for seed in range(4):
        records, _ = shuffled(ecb_docs, ("train", "dev"), seed)
        stream = partition(cluster_records(records))
        batch = partition(cluster_records(records, batch=True))
        assert stream.keys() == batch.keys()
        assert bcubed(stream, batch)[2] >= 0.97, seed


def test_streaming_splits_and_sweeps_make_it_less_order_dependent(ecb_docs: list[dict], monkeypatch) -> None:
    """Streaming F1 on ECB+ train+dev, seeds 0-3: 0.868/0.843/0.850/0.845 without local
    refinement (refine_every=0); 0.882/0.895/0.881/0.882 with the splits alone (SWEEPS=0);
    0.905/0.891/0.895/0.900 with the splits and the sweeps of weakly placed articles (a mean
    gain of 0.013; before the member agreement: 0.855-0.874 without, 0.87-0.89 with the splits)."""
    import rashomon.stories.cluster as cluster

    gains = []
    for seed in range(4):
        records, gold = shuffled(ecb_docs, ("train", "dev"), seed)
        lines = list(cluster_records(records))
        full = bcubed(partition(lines), gold)[2]
        plain = bcubed(partition(cluster_records(records, refine_every=0)), gold)[2]
        with monkeypatch.context() as patch:
            patch.setattr(cluster, "SWEEPS", 0)
            split = bcubed(partition(cluster_records(records)), gold)[2]
        assert split >= plain + 0.01, (seed, plain, split)
        assert full >= split - 0.01, (seed, split, full)
        assert full >= 0.885, (seed, full)
        gains.append(full - split)
        # A moved article is yielded again; its first line is where it was placed.
        moved = [line for line in lines if line.get("moved")]
        assert moved and len(lines) == len(records) + len(moved)
    assert sum(gains) / len(gains) >= 0.01, gains


# --- behaviour -------------------------------------------------------------------------------

QUAKE = ("A magnitude 7.1 earthquake struck near the coastal city of Valparaiso on Tuesday, "
         "toppling buildings and cutting power to thousands of homes, Chilean officials said. "
         "Rescue teams searched the rubble in Valparaiso through the night.")
QUAKE_2 = ("Rescuers in Valparaiso pulled survivors from collapsed buildings after Tuesday's "
           "magnitude 7.1 earthquake, as Chilean officials raised the death toll and power "
           "stayed out across the coastal city.")
ELECTION = ("Voters in Nordland elected Ingrid Solberg as mayor on Sunday after a campaign "
            "dominated by the ferry contract and harbour fees; turnout reached a record high.")


def test_records_round_trip_and_validation() -> None:
    data = {"id": "a1", "title": "T", "text": "Body", "date": "2024-05-01", "source": "x", "url": None}
    record = ClusterRecord.from_dict(data)
    assert ClusterRecord.from_dict(record.to_dict()) == record
    assert ClusterRecord.from_dict({"id": 7, "title": "headline only"}).id == "7"
    for bad, reason in [
        ({"title": "no id"}, "'id'"),
        ({"id": "", "title": "x"}, "'id'"),
        ({"id": "a", "title": "", "text": "  "}, "nothing to cluster"),
        ({"id": "a", "title": 3}, "'title' must be a string"),
        ({"id": "a", "title": "x", "date": "yesterday"}, "ISO 8601"),
        (["not", "a", "mapping"], "JSON object"),
    ]:
        with pytest.raises(InputError, match=reason):
            ClusterRecord.from_dict(bad)  # type: ignore[arg-type]


def test_parse_date_treats_naive_as_utc() -> None:
    assert parse_date("2024-05-01") == parse_date("2024-05-01T00:00:00Z") == parse_date("2024-05-01T02:00:00+02:00")


def test_online_joins_related_and_starts_unrelated() -> None:
    clusterer = StoryClusterer()
    # A little background so the online IDF knows the common words.
    for i in range(30):
        clusterer.add(ClusterRecord(id=f"bg{i}", title=f"Council notes {i}",
                                    text=f"The council met on day {i} and discussed roads, budgets and schools."))
    first = clusterer.add(ClusterRecord(id="q1", title="Earthquake hits Valparaiso", text=QUAKE))
    second = clusterer.add(ClusterRecord(id="q2", title="Valparaiso quake: survivors found", text=QUAKE_2))
    other = clusterer.add(ClusterRecord(id="e1", title="Solberg elected mayor", text=ELECTION))
    assert first == second
    assert other != first
    assert clusterer.stories()[first] == ["q1", "q2"]
    assert clusterer.story_of("e1") == other


def test_near_duplicates_are_reported() -> None:
    records = [
        {"id": "wire", "title": "Quake hits Chile", "text": QUAKE},
        {"id": "reprint", "title": "Chile quake", "text": QUAKE.replace("Tuesday", "Tuesday morning")},
        {"id": "other", "title": "Mayor elected", "text": ELECTION},
    ]
    lines = list(cluster_records(records))
    assert lines[1] == {"id": "reprint", "story": lines[0]["story"], "duplicate_of": "wire"}
    assert "duplicate_of" not in lines[0] and "duplicate_of" not in lines[2]


def test_time_window_closes_stories() -> None:
    clusterer = StoryClusterer(window_days=7)
    a = clusterer.add(ClusterRecord(id="q1", title="Earthquake hits Valparaiso", text=QUAKE, date="2024-01-01"))
    later = clusterer.add(ClusterRecord(id="q2", title="Valparaiso quake", text=QUAKE_2, date="2024-03-01"))
    assert later != a  # two months idle: the first story was closed
    assert clusterer.open_stories == 1
    assert clusterer.stories()[a] == ["q1"]  # a closed story keeps its members
    # A late reprint of the first article still belongs with it, and does not reopen it.
    reprint = clusterer.assign(ClusterRecord(id="q1-copy", title="Quake", text=QUAKE, date="2024-03-02"))
    assert (reprint.story, reprint.duplicate_of) == (a, "q1")
    assert clusterer.open_stories == 1


def test_stories_idle_for_many_articles_close() -> None:
    clusterer = StoryClusterer(idle_articles=3, duplicates=False)
    first = clusterer.add(ClusterRecord(id="q1", title="Earthquake hits Valparaiso", text=QUAKE))
    for i in range(3):  # undated: only the count of arrivals can close a story
        clusterer.add(ClusterRecord(id=str(i), title=f"Topic{i}", text=f"Zeta{i} omega{i} kappa{i} Place{i}."))
    later = clusterer.add(ClusterRecord(id="q2", title="Valparaiso quake", text=QUAKE_2))
    assert later != first  # three other articles arrived since the quake story's last join: it closed
    assert clusterer.stories()[first] == ["q1"]
    kept = StoryClusterer(idle_articles=4, duplicates=False)
    first = kept.add(ClusterRecord(id="q1", title="Earthquake hits Valparaiso", text=QUAKE))
    for i in range(3):
        kept.add(ClusterRecord(id=str(i), title=f"Topic{i}", text=f"Zeta{i} omega{i} kappa{i} Place{i}."))
    assert kept.add(ClusterRecord(id="q2", title="Valparaiso quake", text=QUAKE_2)) == first
    with pytest.raises(ValueError, match="idle_articles"):
        StoryClusterer(idle_articles=0)


def test_open_stories_are_capped() -> None:
    clusterer = StoryClusterer(max_open=3, duplicates=False)
    for i in range(10):
        # No word in common: every record starts a story.
        clusterer.add(ClusterRecord(id=str(i), title=f"Topic{i}", text=f"Zeta{i} omega{i} kappa{i} Place{i}."))
    assert clusterer.open_stories == 3
    assert len(clusterer.stories()) == 10


def test_repeated_id_raises_or_is_skipped() -> None:
    records = [{"id": "a", "title": "One", "text": QUAKE}, {"id": "a", "title": "Two", "text": ELECTION},
               {"title": "no id"}]
    with pytest.raises(InputError, match="duplicate id"):
        list(cluster_records(records))
    for batch in (False, True):
        skipped: list[tuple[int, str]] = []
        lines = list(cluster_records(records, batch=batch, on_skip=lambda i, why: skipped.append((i, why))))
        assert [line["id"] for line in lines] == ["a"]
        assert [i for i, _ in skipped] == [1, 2]
        assert "duplicate id" in skipped[0][1] and "'id'" in skipped[1][1]


def test_batch_orders_by_date_and_yields_in_input_order() -> None:
    records = [
        {"id": "late", "title": "Valparaiso quake: survivors found", "text": QUAKE_2, "date": "2024-01-03"},
        {"id": "early", "title": "Earthquake hits Valparaiso", "text": QUAKE, "date": "2024-01-01"},
    ]
    lines = list(cluster_records(records, batch=True, duplicates=False))
    assert [line["id"] for line in lines] == ["late", "early"]
    # The earlier article was placed first, so it started the story.
    assert lines[1]["story"] == "s1"


def test_bcubed_known_values() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed(gold, gold) == (1.0, 1.0, 1.0)
    precision, recall, f1 = bcubed({"a": "1", "b": "1", "c": "1"}, gold)
    assert precision == pytest.approx(5 / 9) and recall == 1.0
    precision, recall, _ = bcubed({"a": "1", "b": "2", "c": "3"}, gold)
    assert precision == 1.0 and recall == pytest.approx(2 / 3)
    with pytest.raises(ValueError):
        bcubed({}, {})


def test_bad_settings_and_unknown_embedder() -> None:
    with pytest.raises(ValueError, match="threshold"):
        StoryClusterer(threshold=1.5)
    with pytest.raises(UnknownBackend, match="valid"):
        StoryClusterer(embedder="no-such-embedder")


# --- the command -----------------------------------------------------------------------------


def test_cli_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "q1", "title": "Earthquake hits Valparaiso", "text": QUAKE, "date": "2024-01-01"}),
        "{not json",
        json.dumps({"id": "q2", "title": "Chile quake", "text": QUAKE, "date": "2024-01-01T06:00:00Z"}),
        json.dumps({"id": "q1", "title": "again", "text": ELECTION}),
        "",
        json.dumps({"id": "e1", "title": "Solberg elected mayor", "text": ELECTION, "date": "2024-01-02"}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    for extra in ([], ["--batch"]):
        result = CliRunner().invoke(app, ["cluster", str(source), "-o", str(target), *extra])
        assert result.exit_code == 0, result.output
        out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
        assert [o["id"] for o in out] == ["q1", "q2", "e1"]
        assert out[1] == {"id": "q2", "story": out[0]["story"], "duplicate_of": "q1"}
        assert out[2]["story"] != out[0]["story"]
        assert f"{source}:2: invalid JSON" in result.stderr
        assert f"{source}:4:" in result.stderr and "duplicate id" in result.stderr
        assert "2 lines skipped" in result.stderr


def test_cli_missing_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["cluster", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    assert "cannot read" in result.stderr


def test_model_backed_embedder_scores_candidates() -> None:
    from rashomon.backends.embedders import available

    if "static" not in available():
        pytest.skip("the 'static' embedder (semantic extra and its model) is not installed here")
    clusterer = StoryClusterer(embedder="static")
    assert clusterer.embedder_name == "static"
    first = clusterer.add(ClusterRecord(id="q1", title="Earthquake hits Valparaiso", text=QUAKE))
    second = clusterer.add(ClusterRecord(id="q2", title="Valparaiso quake: survivors found", text=QUAKE_2))
    other = clusterer.add(ClusterRecord(id="e1", title="Solberg elected mayor", text=ELECTION))
    assert first == second != other


def test_short_articles_are_held_to_the_full_threshold() -> None:
    # Two different events whose short texts share only a boilerplate line: the low headline
    # threshold must not apply to them (it did once, and they merged).
    clusterer = StoryClusterer(duplicates=False)
    volcano = "The Korvath volcano erupted near Lindqvist village, sending ash over the Tarnby valley.\nArchive reference."
    chess = "Grandmaster Milena Obradovic won the Reykjavik chess open after a marathon endgame.\nArchive reference."
    assert clusterer.add(ClusterRecord(id="v", title="Korvath volcano", text=volcano)) != \
        clusterer.add(ClusterRecord(id="c", title="Obradovic chess", text=chess))
    # Headlines alone do use the headline threshold: one shared name is enough.
    headlines = StoryClusterer(duplicates=False)
    assert headlines.add(ClusterRecord(id="h1", title="Plosser sees high bar for taper change")) == \
        headlines.add(ClusterRecord(id="h2", title="Fed's Plosser warns on inflation"))


# --- refinement ------------------------------------------------------------------------------

FLOOD = "Flooding in Corvale closed the Brenner bridge as the Tamsin river rose."
FLOOD_2 = "The Tamsin river flooded Corvale and the Brenner bridge stayed closed."
BOTH = ("Corvale flooding: Brenner bridge shut by the Tamsin river. Elsewhere, Ostrava wildfire crews on "
        "the Melnik highway fought flames; Ostrava evacuations continued near Melnik.")
FIRE = ["Ostrava wildfire evacuations widen near the Melnik highway, crews say flames spread.",
        "Crews fight the Ostrava wildfire; Melnik highway closed, evacuations ordered.",
        "Ostrava evacuations as wildfire jumps the Melnik highway; crews battle flames."]


def test_refine_moves_an_early_article_to_the_story_it_is_closer_to() -> None:
    clusterer = StoryClusterer(threshold=0.3)
    for i in range(30):
        clusterer.add(ClusterRecord(id=f"bg{i}", title=f"Council notes {i}",
                                    text=f"The council met on day {i} and discussed roads, budgets and schools."))
    flood = clusterer.add(ClusterRecord(id="a1", title="Corvale floods", text=FLOOD))
    clusterer.add(ClusterRecord(id="a2", title="Corvale bridge closed", text=FLOOD_2))
    # When it arrives, the flood story is the only one close: it joins it, and so does its reprint.
    assert clusterer.add(ClusterRecord(id="x", title="Corvale and Ostrava", text=BOTH)) == flood
    assert clusterer.assign(ClusterRecord(id="x-copy", title="copy", text=BOTH + " ")).duplicate_of == "x"
    fire = {clusterer.add(ClusterRecord(id=f"b{i}", title="Ostrava wildfire", text=t)) for i, t in enumerate(FIRE)}
    assert len(fire) == 1 and flood not in fire
    (fire_story,) = fire
    moves = clusterer.refine()
    assert moves == [("x", flood, fire_story)]
    stories = clusterer.stories()
    assert stories[flood] == ["a1", "a2"]
    assert sorted(stories[fire_story]) == ["b0", "b1", "b2", "x", "x-copy"]  # the copy moved with it
    assert clusterer.story_of("x-copy") == fire_story
    every = [member for members in stories.values() for member in members]
    assert len(every) == len(set(every)) == 30 + 7
    assert clusterer.refine() == []  # nothing left to move


def test_batch_refinement_helps_on_ecb_train_dev(ecb_docs: list[dict]) -> None:
    """B-cubed F1 of batch on train+dev, seeds 0-2: 0.854/0.869/0.854 without the reassignment
    sweeps, 0.886/0.889/0.876 with them (measured when they were added)."""
    for seed in (0, 1, 2):
        records, gold = shuffled(ecb_docs, ("train", "dev"), seed)
        plain = bcubed(partition(cluster_records(records, batch=True, sweeps=0)), gold)[2]
        refined = bcubed(partition(cluster_records(records, batch=True)), gold)[2]
        assert refined >= plain, (seed, plain, refined)


# --- saved state -----------------------------------------------------------------------------


def test_state_round_trip_goes_on_exactly(ecb_docs: list[dict]) -> None:
    records, _ = shuffled(ecb_docs, ("dev",), seed=0)
    recs = [ClusterRecord.from_dict(r) for r in records]
    whole = StoryClusterer()
    for rec in recs:
        whole.add(rec)
    half = len(recs) // 2
    first = StoryClusterer()
    for rec in recs[:half]:
        first.add(rec)
    resumed = load(dump(first))
    placed = [resumed.assign(rec) for rec in recs[half:]]
    assert all(p.story == whole.story_of(p.id) for p in placed)
    # And the saved state is itself a round trip: saving the loaded clusterer gives the same bytes.
    assert dump(load(dump(first))) == dump(first)


def test_state_keeps_closed_stories_that_a_reprint_can_join() -> None:
    clusterer = StoryClusterer(window_days=7)
    old = clusterer.add(ClusterRecord(id="q1", title="Earthquake hits Valparaiso", text=QUAKE, date="2024-01-01"))
    clusterer.add(ClusterRecord(id="e1", title="Solberg elected", text=ELECTION, date="2024-03-01"))
    assert clusterer.open_stories == 1
    resumed = load(dump(clusterer), window_days=7)
    reprint = resumed.assign(ClusterRecord(id="q1-copy", title="Quake", text=QUAKE, date="2024-03-02"))
    assert (reprint.story, reprint.duplicate_of) == (old, "q1")
    assert resumed.open_stories == 1
    fresh = resumed.add(ClusterRecord(id="x", title="Unrelated", text="Zeta omega kappa Place.", date="2024-03-02"))
    assert fresh == "s3"  # story numbering goes on


def test_state_with_other_settings_or_garbage_is_refused() -> None:
    clusterer = StoryClusterer()
    clusterer.add(ClusterRecord(id="q1", title="Earthquake hits Valparaiso", text=QUAKE))
    with pytest.raises(ValueError, match="other settings.*threshold"):
        load(dump(clusterer), threshold=0.3)
    with pytest.raises(ValueError, match="not a saved clusterer state"):
        load(b"not a state at all")


# --- small corpora ---------------------------------------------------------------------------

EXAMPLES = Path(__file__).parents[1] / "src" / "rashomon" / "examples"


@pytest.fixture(scope="module")
def example_records() -> list[dict]:
    """The bundled example articles, read as ingest reads them (3 folders = 3 stories)."""
    from rashomon.sources import iter_sources
    from rashomon.model import Document

    folders = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_dir())
    return [{"id": doc.path, "title": doc.title or "", "text": doc.text, "date": doc.date}
            for doc in iter_sources(folders) if isinstance(doc, Document)]


def folder_of(record_id: str) -> str:
    return Path(record_id).parent.name


def test_the_example_articles_make_their_three_stories(example_records: list[dict]) -> None:
    # Nine articles: an IDF over so few documents and an index lookup by a few strongest terms
    # both used to split them (5 stories once). Several arrival orders, both modes; dates are
    # dropped in the shuffled orders (two articles have dates a month apart, and an undated
    # article carried the wrong one's date in batch).
    assert len(example_records) == 9
    gold = {r["id"]: folder_of(r["id"]) for r in example_records}
    orders = [example_records] + [
        random.Random(seed).sample([dict(r, date=None) for r in example_records], 9) for seed in range(8)]
    for order in orders:
        for batch in (False, True):
            assert bcubed(partition(cluster_records(order, batch=batch)), gold) == (1.0, 1.0, 1.0), batch


def test_one_and_two_article_inputs(example_records: list[dict]) -> None:
    first = example_records[0]
    for batch in (False, True):
        assert list(cluster_records([first], batch=batch)) == [{"id": first["id"], "story": "s1"}]
    # Every pair of example articles, both orders, both modes: together iff the same folder.
    wrong = []
    for a in example_records:
        for b in example_records:
            if a is b:
                continue
            for batch in (False, True):
                one, two = cluster_records([a, b], batch=batch)
                if (one["story"] == two["story"]) != (folder_of(a["id"]) == folder_of(b["id"])):
                    wrong.append((a["id"], b["id"], batch))
    assert not wrong


# --- splitting and time ----------------------------------------------------------------------


_FILLER = ["budget talks stalled overnight", "engineers inspected damaged pylons", "volunteers gathered near the old mill",
           "schools stayed closed until noon", "traders reported quieter markets"]


def _event(place: str, person: str, thing: str, i: int) -> str:
    return (f"{person} spoke in {place} on day {i} about the {thing}. Officials in {place} said the "
            f"{thing} would be reviewed, and {person} promised {place} residents more news on the {thing}. "
            f"Separately, {_FILLER[i % 5]}; {_FILLER[(i + 2) % 5]}.")


def test_split_separates_two_events_merged_into_one_story() -> None:
    # A threshold of 0 makes every article join the first story: two events in one story.
    clusterer = StoryClusterer(threshold=0.0, duplicates=False)
    for i in range(5):
        clusterer.add(ClusterRecord(id=f"a{i}", title=f"Ostrava flood {i}", text=_event("Ostrava", "Hana Novak", "flood barrier", i)))
        clusterer.add(ClusterRecord(id=f"b{i}", title=f"Tromso ferry {i}", text=_event("Tromso", "Lars Berg", "ferry contract", i)))
    assert len(clusterer.stories()) == 1
    moves = clusterer.refine(0, split=True)
    stories = sorted(sorted(m) for m in clusterer.stories().values())
    assert stories == [[f"a{i}" for i in range(5)], [f"b{i}" for i in range(5)]]
    assert len(moves) == 5 and len({to for _, _, to in moves}) == 1
    assert clusterer.refine(0, split=True) == []  # nothing left to split
    # One event is not split, however often it is looked at.
    single = StoryClusterer(threshold=0.0, duplicates=False)
    for i in range(8):
        single.add(ClusterRecord(id=f"a{i}", title=f"Ostrava flood {i}", text=_event("Ostrava", "Hana Novak", "flood barrier", i)))
    assert single.refine(0, split=True) == [] and len(single.stories()) == 1


def test_publication_time_favours_the_nearer_story() -> None:
    # Two stories three days apart; a probe as close in words to both joins the one nearer in
    # time, whichever that is (without the time weighting both probes would pick the same one).
    volcano = ("Korvath volcano", "Korvath volcano ash over Lindqvist valley.")
    chess = ("Obradovic chess", "Obradovic chess win in Reykjavik open.")
    probe = ("Korvath volcano, Obradovic chess", f"{volcano[1]} {chess[1]}")
    for near in ("v", "c"):
        clusterer = StoryClusterer(duplicates=False, window_days=30)
        v = clusterer.add(ClusterRecord(id="v", title=volcano[0], text=volcano[1], date="2024-05-01T08:00:00Z"))
        c = clusterer.add(ClusterRecord(id="c", title=chess[0], text=chess[1], date="2024-05-04T08:00:00Z"))
        assert v != c
        when = "2024-05-01T09:00:00Z" if near == "v" else "2024-05-04T09:00:00Z"
        placed = clusterer.assign(ClusterRecord(id="p", title=probe[0], text=probe[1], date=when))
        assert placed.story == (v if near == "v" else c), near


def test_cli_writes_moved_lines_and_counts_each_record_once(tmp_path: Path) -> None:
    # Threshold 0: all ten join one story as they come; the split at the end of the input
    # moves one event's five articles, each written again with "moved".
    records = []
    for i in range(5):
        records.append({"id": f"a{i}", "title": f"Ostrava flood {i}", "text": _event("Ostrava", "Hana Novak", "flood barrier", i)})
        records.append({"id": f"b{i}", "title": f"Tromso ferry {i}", "text": _event("Tromso", "Lars Berg", "ferry contract", i)})
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    target = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["cluster", str(source), "-o", str(target), "--threshold", "0"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    moved = [o for o in out if o.get("moved")]
    assert len(out) == 15 and len(moved) == 5
    final = partition(out)
    assert len({final[f"a{i}"] for i in range(5)}) == 1 and len({final[f"b{i}"] for i in range(5)}) == 1
    assert final["a0"] != final["b0"]
    assert "10 records in 2 stories" in result.stderr


@pytest.mark.parametrize("signature", [True, False])
def test_prepared_records_are_placed_exactly_as_unprepared(ecb_docs: list[dict], signature: bool) -> None:
    # StoryClusterer.prepare can run elsewhere (the library's reading process): a clusterer fed
    # prepared records, pickled as they travel, places every record where one fed the plain
    # records does, near duplicates included (every tenth record is also fed as a reprint).
    import pickle

    records, _ = shuffled(ecb_docs, ("dev",), seed=3)
    stream = []
    for i, raw in enumerate(records):
        stream.append(ClusterRecord.from_dict(raw))
        if i % 10 == 0:
            stream.append(ClusterRecord.from_dict({**raw, "id": raw["id"] + "-reprint", "text": raw["text"] + " (AP)"}))
    plain, fed = StoryClusterer(), StoryClusterer()
    preparer = StoryClusterer(threshold=0.5)  # another threshold: preparing does not depend on it
    expected = [plain.assign(rec) for rec in stream]
    got = [fed.assign(rec, prepared=pickle.loads(pickle.dumps(preparer.prepare(rec, signature=signature)))) for rec in stream]
    assert got == expected
    assert sum(a.duplicate_of is not None for a in got) >= len(stream) // 11


def test_a_record_prepared_with_other_hashing_is_prepared_again() -> None:
    rec = ClusterRecord(id="a", title="Ferry resumes", text="The ferry to Marrow Island resumed on Monday after a storm.")
    other = StoryClusterer(duplicate_threshold=0.7)
    other.near = None  # no near-duplicate index: no signature
    prepared = other.prepare(rec)
    assert prepared.signature is None and prepared.hashing is None
    clusterer = StoryClusterer()
    clusterer.assign(rec, prepared=prepared)
    copy = ClusterRecord(id="b", title="", text=rec.text)
    assert clusterer.assign(copy).duplicate_of == "a"  # the first was indexed with its own signature


def test_arrival_order_keeps_an_undated_article_beside_the_one_before_it() -> None:
    from rashomon.stories.cluster import arrival_order

    dates = [None, "2024-03-13", None, "2024-04-13", None, "2024-03-01T10:00:00+02:00"]
    # the first undated one has nothing before it: it goes first; the others follow their neighbour
    assert arrival_order(dates) == [0, 5, 1, 2, 3, 4]
    assert arrival_order([]) == []


def test_an_article_joins_only_a_story_whose_latest_members_it_agrees_with(monkeypatch) -> None:
    """A centroid summed over many look-alike events scores high with the next look-alike,
    whose cosine with each member is low: the article joins only when it is close to one of
    the story's latest members (AGREE_FLOOR). Here the floor is moved around the article's
    best cosine with a member, so only agreement decides."""
    import rashomon.stories.vectors as vectors

    def place(floor: float) -> tuple[StoryClusterer, str, str]:
        monkeypatch.setattr(vectors, "AGREE_FLOOR", floor)
        clusterer = StoryClusterer(threshold=0.05, duplicates=False)
        first = clusterer.add(ClusterRecord(id="q1", text=QUAKE))
        assert clusterer.add(ClusterRecord(id="q2", text=QUAKE_2)) == first
        return clusterer, first, clusterer.add(ClusterRecord(id="q3", text=QUAKE + " " + ELECTION))

    clusterer, _, _ = place(0.0)
    recent = clusterer._recent
    weights = dict(zip(recent["q3"][0].tolist(), recent["q3"][1].tolist()))
    best = max(sum(weights.get(t, 0.0) * w for t, w in zip(recent[m][0].tolist(), recent[m][1].tolist()))
               for m in ("q1", "q2"))
    _, story, joined = place(best - 0.01)
    assert joined == story
    _, story, alone = place(best + 0.01)
    assert alone != story



def test_a_cluster_record_is_read_under_the_column_names_a_csv_is_read_under():
    """"headline", "body", "outlet", "link", "published" and "article_id", as ingest and compare read them."""
    from rashomon.stories.records import ClusterRecord

    rec = ClusterRecord.from_dict({"article_id": "r7", "Headline": "Dam fails", "body": "The dam failed on Friday.",
                                   "outlet": "North Post", "link": "https://north.example/dam", "published": "2026-06-05"})
    assert (rec.id, rec.title, rec.text, rec.source, rec.url, rec.date) == (
        "r7", "Dam fails", "The dam failed on Friday.", "North Post", "https://north.example/dam", "2026-06-05")
