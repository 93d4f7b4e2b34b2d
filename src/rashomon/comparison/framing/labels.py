"""Naming a referent by a label: a noun that characterises it instead of naming it.

Two kinds, both from ``data/label_nouns.tsv`` (derived from WordNet 3.0 by
scripts/build_wordnet_labels.py; nothing reads WordNet at run time):

- a **power** noun as the head of a noun phrase after a modifier ("mining giant Altoquivi",
  "the software giant said", "pharmaceutical giants"): a company, regulator or person called a
  being of exceptional size or power. The modifier shows the noun stands for a referent of some
  field; without one the word is more often an adjective ("a giant wave") or literal. WordNet's
  literal compounds ("gas giant", "giant panda") are no label.
- a **disparaging** noun (WordNet's usage domains disparagement, ethnic slur, obscenity) in the
  outlet's own voice.

Quoted words are the speaker's and are left out, as everywhere in framing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...model import Article, Entity
from . import resources
from .hits import _Hit
from .quotes import _inside
from .referents import _FUNCTION, _NUMBERISH, _modifier_run, _Span, _starts_sentence

# After the noun, what shows it heads its phrase: the end of the clause, a possessive, a name in
# apposition ("giant Ciments Vaudrel"), a function word, or a verb form ("giant said", "giant recommends").
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\]”\"’'—–]|$)|\s+-")  # a hyphen only spaced: "giant-killer" is a compound
_NEXT = re.compile(r"(?:['’]s\b)?[ \t]+([A-Za-z][A-Za-z'’-]*)")
_VERB_ENDINGS = ("ed", "s")
_VERB_FORM = re.compile(r"^[a-z]+ed$")  # a lower-case verb form before the phrase ("fined chemical giant")
MAX_MODIFIERS = 2


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(power nouns, disparaging nouns), singular or plural, their words joined by a space or hyphen."""
    rows = resources.label_nouns()

    def alternation(kind: str) -> str:
        words = sorted((w for w, row in rows.items() if row.kind == kind), key=len, reverse=True)
        return "|".join(r"[ -]".join(re.escape(part) for part in w.split()) for w in words)

    power = re.compile(rf"\b(?P<noun>{alternation('power')})(?P<plural>e?s)?\b", re.IGNORECASE)
    disparaging = alternation("disparaging")
    # a slur's plural takes "s" only: "spik" + "es" is "spikes"
    return power, re.compile(rf"\b(?P<noun>{disparaging})(?P<plural>s)?\b", re.IGNORECASE) if disparaging else None


def _as_written(word: str, text: str, start: int) -> bool:
    """Lower case, shouting capitals, or a capital only where a sentence starts: not a name ("the Giants")."""
    return word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower() and _starts_sentence(text, start))


def _literal(text: str, m: re.Match[str], before: str, owner: bool = False) -> bool:
    """Whether the noun with its neighbour is one of WordNet's literal compounds ("gas giant", "giant panda").
    ``owner``: another modifier stands before ``before`` ("the state gas giant", "Russian gas giant"): the
    compound is then a field a company works in, named with its owner or country, and no literal."""
    rows = resources.label_nouns()
    noun = m.group("noun").lower()
    following = _NEXT.match(text, m.end())
    pairs = [] if owner else [f"{before.lower()} {noun}"]
    if following:
        word = following.group(1).lower()
        pairs += [f"{noun} {word}", f"{noun} {re.sub(r'e?s$', '', word)}"]  # "giant pandas"
    return any(rows.get(pair, resources.LabelNoun("", "", "")).kind == "literal" for pair in pairs)


# Words for who owns an enterprise: before a literal compound ("the state gas giant") they show
# the compound names the field a company works in, not the thing itself ("a new gas giant").
_OWNERSHIP = frozenset({"state", "state-owned", "state-run", "national", "public", "private", "family-owned"})
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")


def _owned(text: str, run: Sequence[_Span]) -> bool:
    """Whether an owner stands before the run's last word: an ownership word in the run ("the
    state gas giant") or a name or nationality right before the run ("Kessarian gas giant"), a
    capitalised word that does not open the sentence and is no function word."""
    if len(run) > 1 and run[-2].text.lower() in _OWNERSHIP:
        return True
    before = _WORD_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)
    if before is None or len(run) > 1:
        return False
    word = before.group(1)
    return word[0].isupper() and word.lower() not in _FUNCTION and not _starts_sentence(text, before.start(1))


def _heads_phrase(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` heads its noun phrase (see _CLAUSE_END, _NEXT)."""
    if _CLAUSE_END.match(text, end) or re.match(r"['’]s\b", text[end:]):
        return True
    following = _NEXT.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    if word[:1].isupper() and not word.isupper():
        return True  # a name in apposition
    lower = word.lower()
    return lower in _FUNCTION or lower.endswith(_VERB_ENDINGS) and not lower.endswith("ss")


def _entity_after(entities: Sequence[Entity], article: Article, end: int) -> Entity | None:
    """The entity a mention of which starts right after ``end`` (a name in apposition)."""
    gap = len(article.text[end:]) - len(article.text[end:].lstrip(" \t"))
    for entity in entities:
        if any(m.article == article.id and m.start == end + gap for m in entity.mentions):
            return entity
    return None


def _named_by_others(entity: Entity | None, article: Article, articles: Sequence[Article]) -> str:
    if entity is None:
        return ""
    given = {a.id for a in articles}
    said: dict[str, str] = {}
    for mention in entity.mentions:
        if mention.article != article.id and mention.article in given:
            said.setdefault(mention.article, mention.text)
    return "".join(f"; {other} writes '{form}'" for other, form in said.items())


def power_label_hits(
    article: Article, articles: Sequence[Article], entities: Sequence[Entity], quotes: Sequence[tuple[int, int]],
    elsewhere: set[str] | None = None,
) -> list[_Hit]:
    """A power noun heading a phrase after a modifier, outside quotations ("mining giant"), that
    no other outlet of the story writes (``elsewhere``: their words; None for one article alone):
    where every outlet writes "the software giant", the label is the coverage's common name for
    the referent, not one outlet's choice."""
    text = article.text
    rows = resources.label_nouns()
    hits: list[_Hit] = []
    for m in _patterns()[0].finditer(text):
        noun = m.group("noun").lower()
        if not _as_written(m.group(), text, m.start()) or _inside(quotes, m.start(), m.end()):
            continue
        if elsewhere is not None and ({noun, noun + "s", noun + "es"} & elsewhere):
            continue
        run = [w for w in _modifier_run(text, m.start(), 0) if w.text.lower() != "our"]
        run = run[-MAX_MODIFIERS:]
        while run and (_NUMBERISH.search(run[0].text) or len(run) > 1 and _VERB_FORM.search(run[0].text)):
            run.pop(0)  # "two shipping giants": a count; "fined chemical giant": a verb, not modifiers
        if not run or _literal(text, m, run[-1].text, owner=_owned(text, run)) or not _heads_phrase(text, m.end()):
            continue
        entity = _entity_after(entities, article, m.end())
        phrase = text[run[0].start : m.end()]
        who = entity.name if entity else "the referent"
        note = (f"naming: '{phrase}' calls {who} a {noun}, a being of exceptional size or power "
                f"(WordNet: '{rows[noun].sense}'): a label, not a name" + _named_by_others(entity, article, articles))
        hits.append(_Hit(kind="naming", start=run[0].start, end=m.end(), note=note, neutral=entity.name if entity else "", rank=2))
    return hits


def disparaging_hits(article: Article, quotes: Sequence[tuple[int, int]]) -> list[_Hit]:
    """A noun WordNet marks as disparaging, an ethnic slur or an obscenity, in the outlet's own voice."""
    pattern = _patterns()[1]
    if pattern is None:
        return []
    rows = resources.label_nouns()
    hits = []
    for m in pattern.finditer(article.text):
        if not _as_written(m.group(), article.text, m.start()) or _inside(quotes, m.start(), m.end()):
            continue
        noun = m.group("noun").lower()
        row = rows.get(noun) or rows[re.sub(r"[ -]+", " ", noun)]  # "mother-fucker" for "mother fucker"
        note = f"naming: '{m.group()}', a label WordNet marks as {row.sense}"
        hits.append(_Hit(kind="naming", start=m.start(), end=m.end(), note=note, rank=1))
    return hits
