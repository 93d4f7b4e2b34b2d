"""The verb of a calm article's headline: how the headline tells the event, not a word picked for effect.

A news headline tells its event in the simple present, subject first ("Regulator blocks merger",
"Port reopens after storm", "Coast guard boards a trawler"): the verb is the event's own, which
another outlet's headline tells with another verb of the same act ("halts", "stops"). The second
stage of the loaded-word model raises a word for standing in the headline, because a loud article's
headline picks words for effect; in an article that is not loud (its loudness under the typical
article's plus the note's margin) the headline's event verb is judged without that raise, as a
plain word in a headline already is (``wording.choice_probability``). A loud article's headline verb
keeps the raise ("Junta unleashes ...", "... as fumes creep ..."). In an article with a
machine-translation notice the headline is the translation of the source's own headline, whose
verb the translation renders word for word ("swallows", "drowns"): it keeps the raise there too.

The verb, read without a tagger: a lower-case word of the headline in the third person singular
("-s", not "-ss", "-us", "-is"), right after the subject's last word: a capitalised word (a name,
or the headline's first word) or an adverb in "-ly" ("Company finally wins ..."); or a singular
noun (OEWN, ``resources.attributive``) where the word can be no noun's plural ("smog shuts", not
"pier owners"). A plural noun after a name ("Harbour strikes") reads as a verb too; it loses only
the headline's raise, and only in a calm article.
"""

from __future__ import annotations

import re

import numpy as np

from . import resources

_VERB_FORM = re.compile(r"[a-z][a-z-]*[^isu]s")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’-]*)[ \t]+$")


def headline_verb(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` (in a headline) reads as its verb in the simple present
    right after its subject (module docstring)."""
    word = text[start:end]
    if not _VERB_FORM.fullmatch(word):
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    before = m.group(1)
    if before[0].isupper() or before.lower().endswith("ly"):
        return True
    lower = before.lower()
    return not lower.endswith("s") and lower in resources.attributive().nouns and not _plural_noun(word, resources.attributive().nouns)


def _plural_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` can be a noun's plural ("owners", "ferries", "closes")."""
    stems = {word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else ""}
    return bool(stems & nouns)


def present_verb(word: str) -> bool:
    """Whether a lower-case ``word`` can only be a verb in the third person singular: an "-s" form
    (not "-ss", "-us", "-is") that is no noun's plural and no adjective (OEWN): "mourns", "detains",
    not "owners", "closes", "various"."""
    table = resources.attributive()
    return bool(_VERB_FORM.fullmatch(word)) and not _plural_noun(word, table.nouns) and word not in table.adjectives and word not in table.nouns


def calm(context_row: np.ndarray | None, prior: float, margin: float) -> bool:
    """Whether a word's article is not loud: its loudness (CONTEXT_FEATURES' second) under the
    typical article's ``prior`` plus ``margin``."""
    return context_row is not None and float(context_row[1]) < prior + margin


def unraised(scores: object, i: int) -> bool:
    """Whether word ``i`` of ``scores`` (a ``loaded.WordScores``) is a calm headline's verb."""
    flags = getattr(scores, "unraised", None)
    return flags is not None and bool(flags[i])
