"""Voices: whose words each article reports (a separate report field, never a framing cue for scoring)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Article, Entity, FramingCue, Sentence
from ...text import attributions
from ...text.calendar import WEEKDAYS
from .quotes import _words

_SPEAKER_STOP = {
    "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there", "here", "but", "and",
    "or", "however", "meanwhile", "also", "yet", "so", "still", "then", "now", "today", "yesterday", "earlier",
    "later", "last", "next", "when", "while", "after", "before", "although", "because", "if", "in", "on", "at",
    "for", "from", "with", "as", "by", "a", "an", "the", "his", "her", "its", "their", "our", "my", "who",
    "which", "what", "both", "all", "some", "many", "one", "another", "other", "such",
}
_GENERIC_SPEAKERS = {
    "officials", "sources", "experts", "analysts", "witnesses", "residents", "activists", "diplomats",
    "lawmakers", "authorities", "police", "researchers", "scientists", "doctors", "organizers", "organisers",
}
_WEEKDAYS = set(WEEKDAYS)


@dataclass(slots=True)
class _Speaker:
    text: str
    start: int  # offsets into the article text
    end: int
    sentence: Sentence
    key: str


def _clean_speaker(text: str, start: int) -> tuple[str, int] | None:
    """Trim leading function words ("But", "he") and trailing weekdays off a speaker phrase."""
    tokens = list(re.finditer(r"\S+", text))
    while tokens and tokens[0].group().lower().strip(",") in _SPEAKER_STOP - {"the", "a", "an"}:
        tokens.pop(0)
    while tokens and tokens[-1].group().lower() in _WEEKDAYS | {"the", "a", "an", "of", "for"}:
        tokens.pop()
    if not tokens:
        return None
    content = [t.group() for t in tokens if t.group().lower() not in {"the", "a", "an", "of", "for"}]
    if not content or all(w.lower() in _SPEAKER_STOP for w in content):
        return None
    s, e = tokens[0].start(), tokens[-1].end()
    last = tokens[-1].group()
    if last.endswith(".") and last.count(".") == 1:  # the sentence's full stop, not "U.S."
        e -= 1
    has_name = any(w[:1].isupper() and w.lower() not in _SPEAKER_STOP for w in content)
    determined = tokens[0].group().lower() in {"the", "a", "an"}
    if not (has_name or determined or content[-1].lower() in _GENERIC_SPEAKERS):
        return None  # "group claimed" after an adjective: too little to name a voice
    return text[s:e], start + s


def _speaker_key(text: str) -> str:
    """Group key of a speaker: its last word ("Ned Price" ~ "Price"), or the institution's noun
    when the phrase is "<institution> of <...>" ("the administration of US President Joe Biden")."""
    head = re.split(r"\s+(?:of|for)\s+", text, maxsplit=1)[0]
    head_words = [w for w in _words(head) if w.lower() not in {"the", "a", "an"}]
    if head_words and head_words[-1].islower() and head != text:
        return head_words[-1]
    words = [w for w in _words(text) if w.lower() not in {"the", "a", "an"}]
    return words[-1].lower() if words else text.lower()


def _find_speakers(article: Article, entities: Sequence[Entity]) -> list[_Speaker]:
    found: list[_Speaker] = []
    for sentence in article.sentences:
        for found_attribution in attributions(sentence.text):
            if found_attribution.named:
                speaker = found_attribution.speaker
                cleaned = _clean_speaker(speaker.text, sentence.start + speaker.start)
                if cleaned is None:
                    continue
                text, start = cleaned
                end = start + len(text)
                if any(s.start < end and start < s.end for s in found):
                    continue
                key = _speaker_key(text)
                # the entity of the longest name in the phrase, the later of two as long (its head:
                # "Harbour Authority director Ilse Varn"), not the entity met first in the story
                named = [(mn.end - mn.start, mn.start, entity.id) for entity in entities for mn in entity.mentions
                         if mn.article == article.id and start <= mn.start and mn.end <= end]
                if named:
                    key = f"entity:{max(named)[2]}"
                found.append(_Speaker(text=text, start=start, end=end, sentence=sentence, key=key))
    return found


SOURCING = "[sourcing] "  # the note of a lexicon cue on an unnamed group's attribution ("critics claim")
NOTE_JOIN = "; "  # between whom a voice cue quotes and the sourcing note it took in


def _voice_cues(article: Article, entities: Sequence[Entity],
                sourcing: Sequence[FramingCue] = ()) -> tuple[list[FramingCue], list[FramingCue]]:
    """One voice cue per speaker group of ``article``, and the ``sourcing`` cues they took in:
    a sourcing cue on the words of the speaker a cue shows ("Critics claim" over the speaker
    "Critics") becomes that voice's note ("quotes Critics; an unnamed group: ..."), so one
    attribution is one voice. (A sourcing cue on a later speaker of the group stays a cue of
    its own, at its own sentence: the group's name may be one that speaker did not write.)"""
    groups: dict[str, list[_Speaker]] = defaultdict(list)
    for speaker in _find_speakers(article, entities):
        groups[speaker.key].append(speaker)
    names = {e.id: e.name for e in entities}
    cues = []
    taken: list[FramingCue] = []
    for key, speakers in groups.items():
        first = min(speakers, key=lambda s: s.start)
        if key.startswith("entity:"):
            display = names[key.split(":", 1)[1]]
        else:
            display = max((s.text for s in speakers), key=len)
            display = re.sub(r"^(?:[Tt]he)\s+", "the ", display)
        times = len(speakers)
        note = f"quotes {display}" + (f" ({times} times)" if times > 1 else "")
        mine = [c for c in sourcing if c.article == article.id and c.note.startswith(SOURCING)
                and c.start < first.end and first.start < c.end]
        if mine:
            taken += mine
            note += NOTE_JOIN + mine[0].note.removeprefix(SOURCING).removeprefix("quotes ")
        cues.append(
            FramingCue(
                article=article.id,
                sentence=first.sentence.id,
                text=first.text,
                kind="voice",
                note=note,
                start=first.start,
                end=first.end,
            )
        )
    return cues, taken
