"""The digest tells a claim through a member an outlet wrote in English over a machine
translation's (digest/__init__.py: ``_Candidate.translated``), without giving up a citation."""

from __future__ import annotations

from pathlib import Path

from rashomon.comparison.pipeline import compare
from rashomon.settings import Settings

WIRE = """Floodgate fails at Ostmere canal, 30 homes flooded

OSTMERE, May 3 (Valley Wire) - A floodgate on the Ostmere canal gave way on Sunday morning, flooding 30 homes in the lower town, the water board said.

Engineer Pieter Halvard told reporters the gate's hinge had cracked during the night.

Pumps from the fire service cleared the streets by Monday noon.
"""

TABLOID = """CANAL CHAOS as shoddy floodgate wrecks 30 homes

A rotten floodgate on the Ostmere canal burst on Sunday morning, swamping 30 homes in a devastating deluge.

Furious residents blasted the water board for years of shameful neglect.
"""

# the notice ends a copyright line: cleaning removes it as a credit, and it still marks the translation
TRANSLATED = """Floodgate at the Ostmere canal broken

The floodgate of the canal of Ostmere has on Sunday morning given way, and 30 houses in the lower town were flooded, so the water board.

The engineer Pieter Halvard has said to the reporters that the hinge of the gate was cracked in the night.

The pumps of the fire service have the streets by Monday noon cleared.

(c) Ostmere Post. Translated automatically.
"""


def _digest(tmp_path: Path, translated: str = TRANSLATED):
    paths = []
    for name, text in (("a-wire.txt", WIRE), ("b-tabloid.txt", TABLOID), ("c-translated.txt", translated)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return compare(paths, settings=Settings(embedder="static")).digest


def test_the_wire_tells_a_claim_over_the_machine_translation_that_reads_plainer(tmp_path):
    digest = _digest(tmp_path)
    said = [d for d in digest if "Halvard" in d.text]
    # the translation's "has said to the reporters" scores plainer than "told reporters"; the wire tells it
    assert [d.text for d in said] == ["Engineer Pieter Halvard told reporters the gate's hinge had cracked during the night."]
    # ... and the translated outlet, which states it too, is still cited
    assert {c.split(".")[0] for c in said[0].citations} == {"a1", "a3"}
    texts = " ".join(d.text for d in digest)
    assert "has said to the" not in texts and "of the fire service have" not in texts
    # the tabloid's loaded telling is not the one told
    assert "rotten" not in texts and "swamping" not in texts


def test_without_a_notice_the_plainer_wording_is_told(tmp_path):
    # no translation signal: the member is chosen by framing as before (the plainer score wins)
    digest = _digest(tmp_path, TRANSLATED.replace("(c) Ostmere Post. Translated automatically.\n", ""))
    assert any("has said to the reporters" in d.text for d in digest)


def test_the_translation_is_told_when_the_english_telling_would_lose_its_citation():
    from dataclasses import replace

    from rashomon.comparison.clean import MACHINE_TRANSLATED
    from rashomon.comparison.digest import build_digest
    from rashomon.model import Agreement, ClaimRef, Removed
    from tests.conftest import make_article

    wire = make_article("a1", "The ferry Grey Heron ran aground on a sandbank off Tollow Point on Monday evening while "
                              "its crew changed watch with forty passengers and two lorries aboard, the harbour master said.", "Wire")
    translated = replace(make_article("a2", "The ferry Grey Heron has on Monday evening run onto a sandbank off Tollow Point.", "Post"),
                         removed=(Removed(text="Translated automatically from Dutch.", reason=MACHINE_TRANSLATED),))
    refs = [ClaimRef(article=a.id, sentence=s.id, text=s.text, start=s.start, end=s.end) for a in (wire, translated) for s in a.sentences]
    digest = build_digest([wire, translated], [Agreement(claims=tuple(refs))], [])
    # the wire's fuller sentence is not stated by the translation: told through it, one outlet would be cited
    assert digest[0].citations == ("a1.s0", "a2.s0")
