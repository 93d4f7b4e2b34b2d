"""Rebuild src/rashomon/data/subjectivity.tsv, the subjectivity table of the loaded-word model.

    pip download textblob==0.20.1 --no-deps -d /tmp/textblob
    (a copy of SentiWordNet_3.0.0.txt from github.com/aesuli/SentiWordNet, data/)
    python scripts/build_subjectivity.py /tmp/textblob/textblob-0.20.1-py3-none-any.whl SentiWordNet_3.0.0.txt

Two lexicons, one row per lower-cased single word (multi-word entries and tokens other than
letters with inner hyphens or apostrophes left out):
- ``subjectivity``: the pattern sentiment lexicon (De Smedt & Daelemans 2012,
  ``en-sentiment.xml``, public domain: PDDL, as the file itself says; shipped in the textblob wheel,
  MIT), about 1,500 words (mostly adjectives) rated per sense by hand for subjectivity (0 objective
  .. 1 subjective): the mean over the word's senses; blank where the lexicon does not rate the
  word (its polarity is left out: VADER's valence already says how charged a word is);
- ``sentiwordnet``: SentiWordNet 3.0 (Baccianella, Esuli & Sebastiani 2010; CC BY-SA 4.0): every
  WordNet synset scored for positivity and negativity; a word's value is the mean of positivity
  plus negativity over its senses (any part of speech), sense n weighted 1/n (WordNet lists a
  word's commoner senses first); words whose every sense scores 0 are left out (they read 0).
The file given for SentiWordNet may be the original (POS, ID, PosScore, NegScore, SynsetTerms,
Gloss; '#' comment lines) or a copy reduced to PosScore, NegScore, SynsetTerms.
"""

from __future__ import annotations

import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")  # the words the loaded-word model scores (loaded_words._TOKEN, lower-cased)

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "data" / "subjectivity.tsv"
HEADER = """# Subjectivity of English words, rebuilt by scripts/build_subjectivity.py (which says how) from:
# - the pattern sentiment lexicon en-sentiment.xml (De Smedt & Daelemans 2012, "Pattern for Python",
#   JMLR 13; public domain, PDDL 1.0), as shipped in textblob 0.20.1 (MIT): subjectivity;
# - SentiWordNet 3.0 (Baccianella, Esuli & Sebastiani 2010, "SentiWordNet 3.0: An Enhanced Lexical
#   Resource for Sentiment Analysis and Opinion Mining", LREC; CC BY-SA 4.0, this file likewise):
#   sentiwordnet. See framing_word_model.md.
# word<TAB>subjectivity<TAB>sentiwordnet (blank: not rated by that lexicon)
"""


def pattern_lexicon(wheel: Path) -> dict[str, float]:
    """word -> mean subjectivity over its senses in en-sentiment.xml."""
    with zipfile.ZipFile(wheel) as archive:
        root = ET.fromstring(archive.read("textblob/en/en-sentiment.xml"))
    senses: dict[str, list[float]] = defaultdict(list)
    for entry in root.iter("word"):
        form = entry.get("form", "").lower()
        if form and " " not in form:
            senses[form].append(float(entry.get("subjectivity", 0)))
    return {w: sum(v) / len(v) for w, v in senses.items()}


def sentiwordnet(path: Path) -> dict[str, float]:
    """word -> mean of positivity + negativity over its senses, sense n weighted 1/n; nonzero only."""
    senses: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 5:  # the original: POS, ID, PosScore, NegScore, SynsetTerms, Gloss
            parts = parts[2:5]
        score = float(parts[0]) + float(parts[1])
        for term in parts[2].split():
            lemma, _, sense = term.rpartition("#")
            if "_" not in lemma:
                senses[lemma.lower()].append((int(sense), score))
    out = {}
    for lemma, rated in senses.items():
        weights = [1.0 / n for n, _ in rated]
        value = sum(w * s for w, (_, s) in zip(weights, rated)) / sum(weights)
        if value > 0:
            out[lemma] = value
    return out


def main(wheel: str, swn: str) -> None:
    pattern = pattern_lexicon(Path(wheel))
    scores = sentiwordnet(Path(swn))
    rows = []
    for word in sorted(w for w in set(pattern) | set(scores) if WORD.fullmatch(w)):
        subjectivity = f"{pattern[word]:.3g}" if word in pattern else ""
        rows.append(f"{word}\t{subjectivity}\t" + (f"{scores[word]:.3g}" if word in scores else ""))
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(rows)} words ({len(pattern)} rated by pattern, {len(scores)} by SentiWordNet)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
