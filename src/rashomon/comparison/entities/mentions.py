"""Stage 1: mentions of people, organisations and places, each with its title cue.

Taggers sit behind the :class:`Tagger` protocol in :data:`TAGGERS`:

- ``rules`` (default, no model): capitalised spans joined by name connectors ("of", "al-",
  "van"), split into nationality + title + name ("US Secretary of State" + "Anthony Blinken"),
  typed with word lists and gazetteers (:mod:`rashomon.comparison.entities.lexicon`).
- ``spacy:<model>`` (the ``spacy`` extra and an installed model): spaCy's named entities, with
  the same title-cue reading.

The record and the protocol live in :mod:`.tagged`, the taggers in :mod:`.rules_tagger` and
:mod:`.spacy_tagger` (their tokens in :mod:`.tokens`); this module names them and runs one.
"""

from __future__ import annotations

from ...errors import UnknownBackend
from ...model import Article
from .context import with_context
from .rules_tagger import RulesTagger
from .spacy_tagger import SpacyTagger
from .tagged import OTHER, ORG, PERSON, PLACE, TAGGERS, TaggedMention, Tagger

__all__ = ["ORG", "OTHER", "PERSON", "PLACE", "TAGGERS", "RulesTagger", "SpacyTagger", "TaggedMention", "Tagger",
           "find_mentions", "get_tagger"]

TAGGERS.register("rules")(RulesTagger)
TAGGERS.register("spacy")(SpacyTagger)

_cache: dict[str, Tagger] = {}


def get_tagger(name: str = "rules") -> Tagger:
    """A tagger by name: ``rules`` or ``spacy:<model name>``; unknown names list the valid ones."""
    if name not in _cache:
        kind, _, model = name.partition(":")
        valid = [n for n in TAGGERS.names() if n != "spacy"] + ["spacy:<model name>"]
        if kind == "spacy":
            _cache[name] = TAGGERS.create("spacy", **({"model": model} if model else {}))
        elif model or kind not in TAGGERS.names():
            raise UnknownBackend("tagger", name, valid)  # only spaCy takes a model name
        else:
            _cache[name] = TAGGERS.create(kind)
    return _cache[name]


def find_mentions(article: Article, *, tagger: str = "rules") -> list[TaggedMention]:
    """Stage 1 for one article: its mentions, in text order, with their title cues."""
    tagged = sorted(get_tagger(tagger).tag(article), key=lambda t: (t.mention.start, t.mention.end))
    return with_context(article.text, tagged)
