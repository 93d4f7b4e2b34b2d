"""Word stems: the one place where rashomon strips endings to see one word in several forms.

    suffix_stem(word)      -> "strengthen" for "strengthening", "lift" for "lifted", "nation" for "nations"
    root_stem(word)        -> "investig" for "investigated" and "investigation", "normaliz" for "normalise"
    inflection_stem(word)  -> "spil" for "spilled", "spilling", "spills"; "cling" for "clung"

Two stems because the two jobs differ. Claims are compared word by word across outlets, where a
noun and its verb should meet ("the investigation" / "investigated"): ``suffix_stem`` drops one
derivational or inflectional suffix ("-ations", "-ingly", "-ed", "-s"). A fixed expression or a
word choice must match only the same word inflected: ``inflection_stem`` knows irregular forms by
table ("clung", "bit") and drops only inflections (-ing, -ed, -s), never a derivation, and keeps
"rolling" apart from "role". ``root_stem`` goes further than ``suffix_stem`` (one spelling of
-ise/-ize, a verb's -ate with its noun's -ation) for the alignment's evidence that two claims
share wording; for conflicts it is too loose (it made a false conflict: bench/README.md, `codehealth`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .verbs import IRREGULAR_PAST

__all__ = ["suffix_stem", "root_stem", "inflection_stem", "IRREGULAR_FORMS"]

# Suffixes ``suffix_stem`` drops (the first that fits, longest of a family first).
_SUFFIXES = ("ations", "ation", "ingly", "ing", "edly", "ed", "ies", "es", "s", "ly")
MIN_SUFFIX_STEM = 3  # letters a suffix stem keeps at least ("used" stays, "lifted" -> "lift")


@lru_cache(maxsize=65536)
def suffix_stem(word: str) -> str:
    """A crude English stem: one suffix off, then a doubled final consonant ("stopped" -> "stop"):
    enough to see "strengthen" = "strengthening", "lifted" = "lift", "inquiries" = "inquiry"."""
    w = word.lower().strip("’'")
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= MIN_SUFFIX_STEM:
            w = w[: -len(suffix)]
            if suffix == "ies":
                w += "y"
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":  # "stopp" -> "stop"
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def root_stem(word: str) -> str:
    """A word's suffix stem, spelled one way: "normalise", "normalize" and "normalization" ->
    "normaliz"; "investigated" and "investigation" -> "investig"."""
    root = suffix_stem(word.replace("isation", "ization").replace("ise", "ize"))
    if root.endswith("e") and len(root) > 4:
        root = root[:-1]
    return root[:-2] if root.endswith("at") and len(root) >= 5 else root  # "investigat(e)" as "investig(ation)"


# Irregular forms beyond the reporting layer's past tenses: other verbs, plurals, comparatives.
_MORE_IRREGULAR = {
    "am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
    "has": "have", "having": "have", "does": "do", "goes": "go", "says": "say", "said": "say",
    "tied": "tie", "ties": "tie", "tying": "tie", "died": "die", "dies": "die", "dying": "die",
    "lied": "lie", "lies": "lie", "lying": "lie", "spilt": "spill", "clung": "cling", "blew": "blow",
    "blown": "blow", "bit": "bite", "bitten": "bite", "dug": "dig", "drew": "draw", "drawn": "draw",
    "hung": "hang", "rang": "ring", "rung": "ring", "sank": "sink", "sunk": "sink", "shook": "shake",
    "shaken": "shake", "stuck": "stick", "swung": "swing", "wore": "wear", "worn": "wear", "bore": "bear",
    "borne": "bear", "bent": "bend", "bled": "bleed", "burnt": "burn", "dealt": "deal", "fed": "feed",
    "fought": "fight", "laid": "lay", "lent": "lend", "meant": "mean", "sought": "seek", "spent": "spend",
    "spun": "spin", "sprang": "spring", "sprung": "spring", "taught": "teach", "told": "tell",
    "beaten": "beat", "became": "become", "built": "build", "heard": "hear", "rode": "ride",
    "ridden": "ride", "shone": "shine", "sang": "sing", "sung": "sing", "swam": "swim", "woke": "wake",
    "wept": "weep", "slid": "slide", "slept": "sleep", "stung": "sting", "strode": "stride", "spat": "spit",
    "men": "man", "women": "woman", "feet": "foot", "teeth": "tooth", "mice": "mouse", "children": "child",
    "better": "good", "best": "good", "worse": "bad", "worst": "bad",
}
IRREGULAR_FORMS: dict[str, str] = {**IRREGULAR_PAST, **_MORE_IRREGULAR}
_VOWEL = re.compile(r"[aeiouy]")


@lru_cache(maxsize=100_000)
def inflection_stem(word: str, min_letters: int = 0) -> str:
    """The same stem for a word's inflections ("spilled", "spilling", "spills" -> "spil"): hyphens
    and a possessive off, irregular forms by table, then one of -ies/-ied, -ings, -ing, -ed, -es, -s, a
    doubled consonant the ending brought ("running" -> "run", but "rolling" -> "roll") and a final
    e. A stem shorter than ``min_letters`` gives the word (without its possessive) instead: a
    short stem joins words that only look alike ("bar", "bare")."""
    w = word.lower().replace("’", "'").replace("-", "")  # "fire-bomb" is "firebomb"
    if w.endswith("'s"):
        w = w[:-2]
    written = w
    w = IRREGULAR_FORMS.get(w, w)
    base = w
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif w.endswith("ings") and len(w) >= 7 and _VOWEL.search(w[:-4]):
        w = w[:-4]
    elif w.endswith("ing") and len(w) >= 6 and _VOWEL.search(w[:-3]):
        w = w[:-3]
    elif w.endswith("ed") and len(w) >= 5 and _VOWEL.search(w[:-2]):
        w = w[:-2]
    elif w.endswith(("ches", "shes", "ses", "xes", "zes")) and len(w) > 4:
        w = w[:-2]
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    if w != base and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeioulsz":
        w = w[:-1]  # Porter's rule: a doubled consonant the ending brought
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w if len(w) >= min_letters else written
