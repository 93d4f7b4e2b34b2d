"""Rebuild src/rashomon/data/vivid_verbs.tsv: uncommon verbs of physical action and their irregular forms.

    apt-get install wordnet-base        # Princeton WordNet 3.0 in /usr/share/wordnet
    python scripts/build_vivid_verbs.py

A verb whose commonest WordNet sense is a physical action (lexicographer files verb.contact,
verb.motion, verb.body, verb.weather, verb.consumption: "rake", "lash", "swoop", "drown") and that
English text uses less often than Zipf 4.0 (wordfreq: "hit", "pull", "throw", "stop" are common
enough to be the plain word) is listed with its own lemma, and with each irregular form WordNet's
``verb.exc`` gives it ("clung", "tore"). framing/vivid.py reads it: said of a politician, a court or
a market, such a verb pictures what other outlets tell plainly ("raked in", "lashed out").

Columns: ``form<TAB>lemma<TAB>lexicographer file of the commonest sense``. Read at run time by
rashomon.comparison.framing.resources (vivid_verbs); nothing reads WordNet at run time. Licence:
data/vivid_verbs.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wordnet_reader as wn  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rashomon" / "data" / "vivid_verbs.tsv"
PHYSICAL = {"verb.contact", "verb.motion", "verb.body", "verb.weather", "verb.consumption"}
MAX_ZIPF = 4.0
MIN_ZIPF = 1.5  # rarer verbs are no words of news prose (nor candidates)
HEADER = """# Uncommon verbs of physical action and their irregular forms, derived from Princeton WordNet 3.0
# by scripts/build_vivid_verbs.py (which says how). WordNet 3.0 Copyright 2006 by Princeton
# University; see vivid_verbs.md for the licence notice.
# form<TAB>lemma<TAB>commonest sense (WordNet lexicographer file)
"""


def verb_rows(net: wn.WordNet) -> list[tuple[str, str, str]]:
    rows = []
    for lemma in net.lemmas("v"):
        senses = net.synsets_of(lemma, "v")
        if " " in lemma or not lemma.isalpha() or not senses or senses[0].lexname not in PHYSICAL:
            continue
        if MIN_ZIPF <= zipf_frequency(lemma, "en") < MAX_ZIPF:
            rows.append((lemma, lemma, senses[0].lexname))
    return rows


def irregular_rows(lemmas: dict[str, str], exceptions: Path) -> list[tuple[str, str, str]]:
    """Past and participle forms from verb.exc ("clung cling"); third-person forms are left out."""
    rows = []
    for line in exceptions.read_text(encoding="utf-8").splitlines():
        form, lemma = line.split()[:2]
        if lemma in lemmas and form.isalpha() and not form.endswith("s"):
            rows.append((form, lemma, lemmas[lemma]))
    return rows


def main() -> int:
    net = wn.load()
    verbs = verb_rows(net)
    rows = sorted(set(verbs + irregular_rows({v: c for v, _, c in verbs}, wn.DEFAULT_DIR / "verb.exc")))
    wn.write_table(OUT, HEADER, rows)
    print(f"wrote {OUT} ({len(verbs)} verbs, {len(rows) - len(verbs)} irregular forms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
