"""A label in a person's title slot where the other outlets give the person a post: one outlet
writes "Harbour boss Ada Rennick" or "loyalist Tomas Erdel" where the others write "Harbour
director Ada Rennick", "commission chair Tomas Erdel".

The evidence is across outlets. The entity stage links the name in two or more articles (the
referent is the same person), and in at least one other article it reads a title before the name
(``Mention.title``: a post from the title lexicon). Where this outlet puts, in the same slot, a noun
for a person that is no title or role word, names no post and no kin (OEWN's people table:
"boss", "co-pilot", "incumbent" are posts, "dad" kin), and that no other outlet of the story writes
anywhere, the outlet has chosen a label where the others name the post. The noun must be
singular (one person named; "U.S. allies Israel" is no title) and score at least ``TITLE_CUT`` in
the loaded-word model's story part. Lower-case modifiers right before the noun join the cue
("convicted blogger"). The note gives how each other outlet titles the person.

A person the other outlets name without a title gives no evidence: a noun before the name is then
as often a plain description ("rival", "widow", "contender") as a label, and this step says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Article, Entity
from ...text.thesaurus import kind_of, lemma_of, post_of
from .hits import _Hit
from .loaded_words import word_features, word_model, word_probability
from .quotes import _inside
from .referents import _FUNCTION, _honorifics, _modifier_run, _roles

# The loaded-word model's bar (story part, first stage) for the noun in the title slot.
TITLE_CUT = 0.3
_PERSON_KINDS = frozenset({"person", "worker"})
# The word right before a name: a noun written in lower case, or capitalised where a sentence starts.
_SLOT = re.compile(r"([A-Za-z][a-z]+(?:-[a-z]+)*)[ \t]+$")


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" “\"‘'(")
    return not before or before[-1] in ".!?\n:—-–"


def _titles_elsewhere(entity: Entity, article: Article) -> dict[str, str]:
    """The title each other outlet reads before the person's name (the first one it writes)."""
    said: dict[str, str] = {}
    for mention in entity.mentions:
        if mention.article != article.id and mention.title and mention.article not in said:
            said[mention.article] = mention.title
    return said


def retitled_hits(
    article: Article, articles: Sequence[Article], entities: Sequence[Entity], quotes: Sequence[tuple[int, int]],
    elsewhere: set[str],
) -> list[_Hit]:
    """Labels this outlet alone puts in the title slot of a person the other outlets title by post."""
    present = {a.id for a in articles}
    roles = _roles()
    honorifics = _honorifics()
    model = word_model()["story"]
    text = article.text
    hits: list[_Hit] = []
    seen: set[int] = set()
    for entity in entities:
        if entity.type != "PERSON":
            continue
        outlets = {m.article for m in entity.mentions if m.article in present}
        if article.id not in outlets or len(outlets) < 2:
            continue
        titles = {k: v for k, v in _titles_elsewhere(entity, article).items() if k in present}
        if not titles:
            continue
        for mention in entity.mentions:
            if mention.article != article.id or mention.title:
                continue
            slot = _SLOT.search(text, max(0, mention.start - 40), mention.start)
            if not slot:
                continue
            start, end = slot.start(1), slot.end(1)
            written = slot.group(1)
            word = written.lower()
            if written[0].isupper() and not _starts_sentence(text, start):
                continue  # a capitalised word inside a sentence is part of a name, not a label
            lemma = lemma_of(word)
            if start in seen or not lemma or lemma != word:
                continue  # unknown to the thesaurus, or a plural: no title for one person
            if word in _FUNCTION or word in roles or word in honorifics or kind_of(word) not in _PERSON_KINDS:
                continue
            if post_of(word) or word in elsewhere or _inside(quotes, start, end):
                continue
            p = word_probability(word_features(word, elsewhere), model)
            if p < TITLE_CUT:
                continue
            seen.add(start)
            first = start
            for w in reversed(_modifier_run(text, start, 0)):
                if not w.text.islower() or w.text in roles or w.text in _FUNCTION:
                    break
                first = w.start  # a modifier of the label joins it ("convicted blogger")
            others = "; ".join(f"{other} writes '{title} {entity.name}'" for other, title in titles.items())
            note = (f"label in a title slot ({p:.2f}): '{text[first:end]}' before {entity.name}, where other outlets "
                    f"give a post: {others}")
            hits.append(_Hit(kind="naming", start=first, end=end, note=note, neutral=mention.text, rank=999))
    return hits
