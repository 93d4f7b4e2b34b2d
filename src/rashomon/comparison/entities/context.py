"""What the words around a mention say about it: place cues before it, and aliases the text states.

- ``before``: the one or two lower-case words just before a mention ("in", "city of"), read by
  the resolver as place evidence ("in Halden" is a place, "Halden said" need not be).
- ``alias_of``: a name the text gives as another name of the mention before it: an acronym or a
  acronym in brackets ("Federation of Port Workers (FTP)"), "known as", "also called",
  "dubbed", "which Belgora calls Tereshka". The resolver joins the two, with no garble flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text.datelines import DATELINE
from .tagged import PLACE, TaggedMention

_WORDS_BEFORE = re.compile(r"(?<![\w'’-])((?:[a-z]+[ \u00a0]+)?[a-z]+)[ \u00a0]+$")
_BRACKET_OPEN = re.compile(r"^\s*[(\[]\s*[\"“'‘]?$")
_BRACKET_CLOSE = re.compile(r"^[\"”'’]?\s*[)\]]")
_KNOWN_AS = re.compile(r"^,?\s+(?:(?:also|better|widely|commonly|locally|popularly)\s+)?"
                       r"(?:known|called|referred to|nicknamed|dubbed|named|renamed)(?:\s+as)?\s+[\"“'‘]?$|"
                       r"^,?\s+(?:or|aka|a\.k\.a\.)\s+[\"“'‘]?$")
# "Kellmar Terminal, which dockers call Old Yard": no name between, only who calls it so
_WHICH_CALL = re.compile(r"^,?\s+(?:which|whom|that)\s+(?:[a-z][\w-]*\s+){1,3}(?:calls?|names?|dubs?|terms?)\s+"
                         r"(?:it\s+|them\s+)?[\"“'‘]?$")
_WHICH = re.compile(r"^,?\s+(?:which|whom|who|that)\s+$")
_CALLS = re.compile(r"^\s+(?:calls|call|called|names|refers to as|dubs|terms)\s+(?:it\s+|them\s+|him\s+|her\s+)?[\"“'‘]?$")
_GAP = 60  # characters between a name and its alias, at most
_FILED = re.compile(r"\d|\(")  # a dateline dates the story or names its agency
_MAX_DATELINE_PLACES = 60  # characters from the start of a paragraph a dateline's places may take
# The places of a dateline: capitalised names separated by commas, up to the date, the agency or the dash.
_DATELINE_PLACES = re.compile(r"^[“\"]?[^\W\d_][^\W\d_’'.-]*(?:\s+[^\W\d_][^\W\d_’'.-]*)*"
                              r"(?:,\s*[^\W\d_][^\W\d_’'.-]*(?:\s+[^\W\d_][^\W\d_’'.-]*)*)?(?=,\s*\w|\s*[(—–-])")


def with_context(text: str, tagged: Sequence[TaggedMention]) -> list[TaggedMention]:
    """The mentions (in text order) with their place cue and the alias links the text states."""
    out = [_in_dateline(text, _with_before(text, tm)) for tm in tagged]
    for n in range(1, len(out)):
        b = out[n]
        for back in (1, 2):
            if n - back < 0:
                break
            a = out[n - back]
            if a.mention.sentence != b.mention.sentence or b.mention.start - a.mention.end > _GAP:
                break
            gap = text[a.mention.end : b.mention.start]
            after = text[b.mention.end : b.mention.end + 3]
            # after a longer name only: "Dunmere (WNA) -" is a dateline, not an alias
            bracketed = _BRACKET_OPEN.match(gap) and _BRACKET_CLOSE.match(after) and " " in a.mention.text and (
                _acronym(b.mention.text) or (" " not in b.mention.text and not b.place))
            if back == 1 and (bracketed or _KNOWN_AS.match(gap) or _WHICH_CALL.match(gap)):
                out[n] = _replace(b, alias_of=a.mention.start)
                break
            if back == 2:  # "Kastell, which Belgora calls Tereshka"
                middle = out[n - 1]
                if _WHICH.match(text[a.mention.end : middle.mention.start]) and _CALLS.match(text[middle.mention.end : b.mention.start]):
                    out[n] = _replace(b, alias_of=a.mention.start)
    return out


def _acronym(text: str) -> bool:
    """"FTP", "KLV", "U.S.": a bracket holding one (or one word after a longer name: "National
    Mining Safety Service (Senasmin)") names the same body; a bracket after one word holding a
    place ("Greyhaven (Lianbei) Limited") does not."""
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalnum() and letters.isupper()


def _with_before(text: str, tm: TaggedMention) -> TaggedMention:
    start = tm.mention.start
    match = _WORDS_BEFORE.search(text, max(0, start - 32), start)
    return _replace(tm, before=" ".join(match.group(1).split())) if match else tm


def _in_dateline(text: str, tm: TaggedMention) -> TaggedMention:
    """A name in the places of a dateline opening a paragraph ("VARNESTAD, Lindmark, Oct 14 (LPA)
    —", "Belmara, April 8 —") is where the story was filed: a place, whatever else it names."""
    start = tm.mention.start
    line = text.rfind("\n", 0, start) + 1
    if start - line > _MAX_DATELINE_PLACES or tm.type == PLACE:
        return tm
    match = DATELINE.match(text[line : line + 160])
    if match is None or not _FILED.search(match.group()):
        return tm  # "AMD Acquires SeaMicro – Big Bet ...": a headline, no date or agency
    places = _DATELINE_PLACES.match(match.group())
    if places is None or tm.mention.end - line > places.end():
        return tm
    return _replace(tm, type=PLACE)


def _replace(tm: TaggedMention, **changes) -> TaggedMention:
    fields = {"mention": tm.mention, "type": tm.type, "nationality": tm.nationality, "place": tm.place,
              "demonym": tm.demonym, "honorific": tm.honorific, "before": tm.before, "alias_of": tm.alias_of,
              "opens_sentence": tm.opens_sentence}
    fields.update(changes)
    return TaggedMention(**fields)
