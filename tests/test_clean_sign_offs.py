"""Furniture shapes of press releases, wire desks, fan sites and lobby pages (rashomon.comparison.furniture),
and the line model's list-of-figures guard (rashomon.comparison.clean). Sentences invented for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rashomon.comparison.clean import classify_line, clean
from rashomon.model import Document

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("line", [
    "ENDS", "-ends-", "[End]", "###", "#", "-30-",
    "KWA/rt/jl 1130GMT",
    "News release | 3 March 2027",
    "For immediate release",
    "About the Guild: set up in 1950, the guild trains apprentice printers.",
    "The Harbour Pilots Association represents more than 1,200 pilots across the country's ports.",
    "Up the Mariners!", "Come on you Reds!", "Harriers till I die.",
    "Be bold. Be heard.",
    "Sponsored: Five ways to cut your heating bill",
    "Seats for Friday's concert are on sale now from the box office.",
    "Enjoyed this? Share it with a fellow reader.",
    "Tomas Berg is senior correspondent for The Coastal Times. He previously covered energy.",
    "The Valley Herald is not responsible for the content of external websites.",
])
def test_furniture_shapes_are_removed(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "The end of the season came early for the Mariners.",
    "About 300 pilots stopped work at noon.",
    "The Chamber represents 3,000 businesses in the county.",
    "The association, which represents 1,200 pilots, said it would appeal.",
    "Fans sang \"Harriers till I die\" as the players left the pitch.",
    "Never again. Never again.",
    "Seats for the final sold out within an hour.",
    "Tickets for the final are on sale from Monday, the club said.",
    "Senator Vale has been the treaty's fiercest critic.",
    "Lena Ortiz is a nurse at the county hospital.",
])
def test_story_lines_stay(line: str) -> None:
    assert classify_line(line) is None


def test_a_list_of_figures_is_not_judged_by_the_line_model() -> None:
    lines = [
        "Harbour towns count the cost of the storm",
        "Storm surges flooded three harbour towns on Sunday night, the coastguard said.",
        "Damage was worst where the sea walls were oldest.",
        "Homes flooded by town: Portlow 1,240 E. coli per 100ml; Westrey 980; Cale Bay 410.",
        "Repairs to the sea walls will begin in the spring.",
        "The council has asked the government for emergency funds.",
    ]
    _text, removed = clean(Document(text="\n".join(lines), title=lines[0], source="Coast News"))
    assert 3 not in {r.line for r in removed}


def test_the_checklist_fixing_half_passes_and_keeps_every_story_line() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests"))
    from boilerplate_checklist import halves, score

    parts = halves()
    fixing, _ = score(parts["fixing"])
    held, _ = score(parts["held-out"])
    assert fixing["found"] == fixing["boiler"]
    assert fixing["lost"] == 0 and held["lost"] == 0
    assert fixing["context_lost"] == 0 and held["context_lost"] == 0


@pytest.mark.parametrize("line", [
    "Communications Unit of the Harbour Authority, Quay Road 17, Dorvel",
    "Town Hall, 9 Linden Square, Arvesk 3310",
    "Thank you to every reader who wrote to us about the ferry timetable.",
    "Thank you to all our members who marched in the rain on Saturday.",
    "Translation: automatic translation service of the Port Authority.",
])
def test_sign_off_blocks_are_removed(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "The ferry office at 9 Linden Square in Arvesk closed at noon, the harbour master said.",
    "Rovers 3, Athletic 1, and the title race is open again.",
    "Thanks to the quick work of the lifeboat crew, all nine sailors were safe by dawn.",
    '"Thank you to all our volunteers," the mayor said at the depot.',
])
def test_lines_like_sign_offs_stay(line: str) -> None:
    assert classify_line(line) is None


def test_a_translation_label_naming_the_machine_is_a_machine_translation_notice() -> None:
    line = "Translation: automatic translation service of the Port Authority."
    assert classify_line(line).startswith("notice: machine-translation")
    assert not (classify_line("Translation: Hanne Lidsker") or "").startswith("notice")
