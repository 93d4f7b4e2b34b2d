"""What a tagger reads: the mention types, the tagged mention record and the tagger protocol.

The taggers (:mod:`.rules_tagger`, :mod:`.spacy_tagger`) and the stages after them read these;
:mod:`.mentions` chooses a tagger by name and runs it.
"""

from __future__ import annotations

from typing import Protocol

from ...model import Article, Mention, Record, record
from ...registry import Registry

PERSON, ORG, PLACE, OTHER = "PERSON", "ORG", "PLACE", "OTHER"


@record
class TaggedMention(Record):
    """A mention with what the tagger read around it (kept apart from the shared model)."""

    mention: Mention
    type: str  # PERSON | ORG | PLACE | OTHER
    nationality: str = ""  # "Israeli" in "Israeli Foreign Minister Gabi Ashkenazi"
    place: str = ""  # territory code when the mention is a country, an alias or a demonym
    demonym: bool = False  # "Israeli", "Israelis": a people named after a place
    honorific: str = ""  # "Mr" in "Mr Blinken": marks a person, is not a role
    before: str = ""  # the lower-case words right before the mention ("in", "city of"): place cues
    alias_of: int = -1  # start offset of the mention this one names again: "(FTP)", "which X calls Y"
    opens_sentence: bool = False  # its first word opens the sentence: capitalised whatever it is


class Tagger(Protocol):
    name: str

    def tag(self, article: Article) -> list[TaggedMention]:
        """Mentions of one article in text order; offsets index ``article.text``."""
        ...


TAGGERS: Registry[Tagger] = Registry("tagger")
