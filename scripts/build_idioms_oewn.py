"""Build src/rashomon/data/idioms_oewn.tsv: Open English WordNet's multi-word nouns and verbs whose
commonest sense is not a sense of their head word.

    python scripts/build_idioms_oewn.py OEWN_CHECKOUT

OEWN_CHECKOUT as for scripts/build_thesaurus.py (a work tree or a bare git directory). Needs PyYAML.

An entry of two to eight lower-case words ("kick out", "bargaining chip", "house of cards") is kept when
its commonest sense, as a noun or a verb, is figurative by two tests against its head word (a noun's
last content word, a verb's first word):

- the sense's lexicographer file is none of the head's ("kick out" is verb.social, "kick" only
  contact, motion, competition...; "sell off" is verb.possession like "sell": left out);
- no hypernym up to three steps above the sense has the head among its lemmas ("tear gas" is a gas:
  left out; "bargaining chip" is an advantage: kept);
- a noun's definition does not name its head word ("precious metal": "any of the less common and
  valuable metals": a kind of metal, left out);
- it turns a concrete head into an abstract sense, the common way of metaphor: the head has a sense in a
  file of physical things or actions (:data:`CONCRETE`: "kick" verb.contact, "chip" noun.artifact) and
  the expression's sense is in none of them ("wipe out", used up, is verb.consumption; "air
  conditioning" noun.artifact: left out).

No story text is read and nothing is chosen by hand. Which matches are reported is decided at run time
(comparison/framing/idioms.py). Licence and provenance: data/idioms_oewn.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_thesaurus import DATA, _files, commit_of  # noqa: E402

FILES = ("noun.", "verb.", "entries-")
# particles and function words that are not a phrase's head ("run for", "fend for": the head is the verb)
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for by with from up out off down over into as and or it one's someone's "
    "someone something oneself away back through about around along across under".split()
)
_WORD = re.compile(r"^[a-z]+(?:['-][a-z]+)*$")
MAX_WORDS = 8
HYPERNYM_STEPS = 3
# lexicographer files of physical actions (as data/vivid_verbs.md) and of concrete things
CONCRETE = frozenset(
    "verb.contact verb.motion verb.body verb.weather verb.consumption noun.artifact noun.body noun.substance "
    "noun.object noun.plant noun.animal noun.food noun.location noun.shape".split()
)


def load(source: Path) -> tuple[dict, dict]:
    """(synsets by id, each with its lexicographer file as ``lex``; entries by lemma)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    synsets: dict = {}
    entries: dict = {}
    for name, text in _files(source, FILES).items():
        data = yaml.load(text, Loader=loader)
        if name.startswith("entries-"):
            entries.update(data)
        else:
            for key, synset in data.items():
                synsets[key] = {**synset, "lex": name.removesuffix(".yaml")}
    return synsets, entries


def senses(entries: dict, lemma: str, pos: str) -> list[str]:
    """The synsets of ``lemma`` as part of speech ``pos``, commonest first."""
    return [s["synset"] for key, value in entries.get(lemma, {}).items() if key.split("-")[0] == pos for s in value.get("sense", [])]


def _above(synsets: dict, start: str) -> set[str]:
    seen, frontier = {start}, [start]
    for _ in range(HYPERNYM_STEPS):
        frontier = [up for s in frontier for up in synsets.get(s, {}).get("hypernym", []) + synsets.get(s, {}).get("instance_hypernym", [])]
        seen.update(frontier)
    return seen


def _names_head(synset: dict, head: str) -> bool:
    """Whether a noun sense's definition names the head word itself ("precious metal": "any of the less
    common and valuable metals ..."): the expression is a kind of its head, told in its own gloss."""
    forms = {head, head + "s", head + "es", head[:-1] + "ies" if head.endswith("y") else head}
    return any(forms & set(re.findall(r"[a-z]+", d.lower())) for d in synset.get("definition", []))


def figurative(synsets: dict, entries: dict, lemma: str) -> str | None:
    """The part of speech ("n" or "v") in which ``lemma`` is figurative, or None."""
    words = lemma.split()
    content = [w for w in words if w not in FUNCTION_WORDS]
    if not content:
        return None
    for pos in ("n", "v"):
        own = senses(entries, lemma, pos)
        if not own:
            continue
        head = content[-1] if pos == "n" else words[0]
        head_senses = senses(entries, head, pos)
        if not head_senses:
            return None  # no literal word to differ from ("persona non grata")
        first = own[0]
        head_files = {synsets[s]["lex"] for s in head_senses}
        if synsets[first]["lex"] in head_files | CONCRETE or not head_files & CONCRETE:
            return None
        if any(head in (m.lower() for m in synsets.get(up, {}).get("members", [])) for up in _above(synsets, first)):
            return None
        if pos == "n" and _names_head(synsets[first], head):
            return None
        return pos
    return None


def rows(synsets: dict, entries: dict) -> list[str]:
    out = []
    for lemma in sorted(entries):
        words = lemma.split()
        if 2 <= len(words) <= MAX_WORDS and all(_WORD.match(w) for w in words):
            pos = figurative(synsets, entries, lemma)
            if pos:
                out.append(f"{lemma}\t{pos}\t{synsets[senses(entries, lemma, pos)[0]]['lex']}")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    source = Path(argv[0])
    lines = rows(*load(source))
    out = DATA / "idioms_oewn.tsv"
    header = f"# Open English WordNet {commit_of(source)}: see idioms_oewn.md (CC BY 4.0 and the WordNet licence)\n"
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} rows, {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
