"""A label noun for a body of people beside a name the outlets share: one outlet writes "the Kostal
clique", "Brandt's cronies", "Shenghua bosses", "NullTide, a relatively new gang" where the others
write the same resolved name with a title of their own ("Prime Minister Andrej Kostal", "a criminal
group calling itself NullTide") or with no label at all.

The evidence is across outlets: the entity stage links the name in two or more articles, so the
referent is the same, and the noun beside it in this outlet is one no other outlet of the story
writes anywhere. The noun must name a body of people (the thesaurus: a group or organisation noun,
or the plural of a noun for a person or worker), must not be a title or role word, and must score
at least ``LABEL_CUT`` in the loaded-word model's story part.

Four places beside the name hold such a noun, each where the noun heads the phrase and the name
only says whose body it is: right after the name or its possessive ("the Kostal clique", "Brandt's
cronies"; not a modifier of a following common noun, "the Kostal clique rally", nor a word between
two names, "Varo bullies Fenwick", a verb), a plural before "at/of" the name ("the bosses at Harbour
Line Ferries"; not "in", where the noun says where people are: "detainees in X Penitentiary"; not a
collective noun, "a bevy of X", which counts what follows), an apposition after the name (", a
relatively new gang"), and a phrase that introduces the name ("a gang calling itself X", "the outfit
known as X", "a gang, X,"). An agent noun of a common verb in the first two places ("Brandt's defenders", "the backers of X") says what its people do to the
named one, not what body the name owns: no label. A noun right before the name titles it ("U.S. allies Israel",
"party boss X"): news style names people so as often as it labels them, and the title and modifier
readers (``referents``) judge that slot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Article, Entity
from ...text.thesaurus import kind_of, lemma_of, own_lemma, related
from .hits import _Hit
from .loaded_words import word_features, word_model, word_probability
from .quotes import _inside
from .resources import zipf
from .referents import _FUNCTION, _how_others_write, _roles

# The loaded-word model's bar (story part, first stage) for the noun beside the shared name.
LABEL_CUT = 0.3
# Kinds of the thesaurus that name a body of people, and those that name one person or worker
# (taken in the plural only: "cronies", "bosses").
_BODY_KINDS = frozenset({"group", "organization"})
_PERSON_KINDS = frozenset({"person", "worker"})
_AFTER = re.compile(r"(?:[’']s)?[ \t]+([a-z][a-z-]+)\b")
_NEXT = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
_NAME_NEXT = re.compile(r"[ \t]+[A-Z]")  # "Eagles beats Giants": a word between two names is a verb
_OF_NAME = re.compile(r"\b([a-z][a-z-]+)[ \t]+(?:at|of)[ \t]+(?:the[ \t]+)?$")
# The noun of a phrase that introduces the name after it: "a gang calling itself NullTide", "the
# outfit known as NullTide", "a gang, NullTide," (the phrase names what the name is).
_INTRODUCES = re.compile(
    r"\b(?:a|an|the)[ \t]+(?:[a-z][a-z-]+[ \t]+){0,3}?([a-z][a-z-]+)"
    r"(?:[ \t]+(?:calling[ \t]+(?:itself|themselves)|known[ \t]+as|called|named)[ \t]+|,[ \t]+)(?:the[ \t]+)?$"
)
_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[a-z][a-z-]+[ \t]+){0,3}?([a-z][a-z-]+)(?=[ \t]*(?:[,.;]|that\b|which\b|who\b|calling\b))"
)


def _body(word: str, lemma: str) -> bool:
    """Whether ``word`` names a body of people: a group or organisation noun ("clique", "gang"), or
    the plural of a noun for a person or worker ("cronies", "bosses")."""
    kind = kind_of(word)
    return kind in _BODY_KINDS or (kind in _PERSON_KINDS and lemma != word)


# An agent noun of a common verb ("defenders", "supporters", "backers") beside a name says what its
# people do to the named one ("Brandt's defenders" defend Brandt): the name is the verb's object, the
# noun no label of a body that the name owns. A rare verb keeps the label ("cheerleaders").
_AGENT_ENDINGS = ("er", "or")
_COMMON_VERB = 4.0


def _relation_agent(word: str) -> bool:
    """Whether ``word`` is the agent noun of a common verb it derives from ("defenders": defend)."""
    lemma = lemma_of(word) or word
    if not lemma.endswith(_AGENT_ENDINGS):
        return False
    stems = (lemma[:-2], lemma[:-1])
    return any(own_lemma(s) and related(lemma, s) and zipf(s) >= _COMMON_VERB for s in stems if len(s) > 2)


def _slots(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the words beside a mention at ``start:end`` that may label it (module docstring)."""
    out = []
    after = _AFTER.match(text, end)
    if after and after.group(1) not in _FUNCTION and not _NAME_NEXT.match(text, after.end(1)):
        following = _NEXT.match(text, after.end(1))
        plural = lemma_of(after.group(1)) not in ("", after.group(1))
        if (plural or not following or following.group(1) in _FUNCTION) and not _relation_agent(after.group(1)):
            out.append((after.start(1), after.end(1)))
    before = _OF_NAME.search(text, max(0, start - 40), start)
    if before and lemma_of(before.group(1)) not in ("", before.group(1)):  # "a bevy of X" counts, it names no one
        if not _relation_agent(before.group(1)):  # "the backers of X" back X
            out.append((before.start(1), before.end(1)))
    apposition = _APPOSITION.match(text, end)
    if apposition:
        out.append((apposition.start(1), apposition.end(1)))
    introduced = _INTRODUCES.search(text, max(0, start - 80), start)
    if introduced:
        out.append((introduced.start(1), introduced.end(1)))
    return out


def attached_label_hits(
    article: Article, articles: Sequence[Article], entities: Sequence[Entity], quotes: Sequence[tuple[int, int]],
    elsewhere: set[str],
) -> list[_Hit]:
    """Label nouns for people or bodies this outlet alone puts beside a name other outlets write too."""
    present = {a.id for a in articles}
    roles = _roles()
    model = word_model()["story"]
    hits: list[_Hit] = []
    seen: set[int] = set()
    for entity in entities:
        outlets = {m.article for m in entity.mentions if m.article in present}
        if article.id not in outlets or len(outlets) < 2:
            continue
        for mention in entity.mentions:
            if mention.article != article.id:
                continue
            for start, end in _slots(article.text, mention.start, mention.end):
                word = article.text[start:end].lower()
                lemma = lemma_of(word)
                if start in seen or word in _FUNCTION or word in roles or lemma in roles or not lemma:
                    continue
                if word in elsewhere or lemma in elsewhere or not _body(word, lemma):
                    continue
                if _inside(quotes, start, end):
                    continue
                p = word_probability(word_features(word, elsewhere), model)
                if p < LABEL_CUT:
                    continue
                seen.add(start)
                others = _how_others_write(entity, article, articles)
                note = (f"label beside a shared name ({p:.2f}): '{article.text[start:end]}' put beside {entity.name}, "
                        "a word no other outlet of the story writes" + ("; " + "; ".join(others) if others else ""))
                hits.append(_Hit(kind="naming", start=start, end=end, note=note, neutral=mention.text, rank=999))
    return hits
