"""The one text layer: quotations, attribution (who says it), reporting verbs, word stems and frequency.

Claims, framing, conflicts and cleaning read quotes and speakers through these functions
rather than keep their own patterns. Every function is linear in the length of its input.

    find_quotes(text)      -> (Quote, ...)        spans inside quotation marks
    attribution(text)      -> Attribution | None  the sentence's main speaker and verb
    attributions(text)     -> (Attribution, ...)  every speaker-verb pair
    reporting_lemma(word)  -> "say" | ... | None
    strip_dateline(text)   -> the sentence without its opening dateline (see .datelines)
    stems.suffix_stem, stems.root_stem, stems.inflection_stem -> a word's stem (see .stems)
    frequency.zipf(word)   -> wordfreq's English Zipf value, without importing wordfreq (see .frequency)
    plain_list(names)      -> "a, b and c": names listed in plain English
"""

from .attribution import Attribution, Span, attribution, attributions
from .datelines import dateline, dateline_place, strip_dateline
from .lists import plain_list
from .quotes import Quote, find_quotes, inside
from .verbs import IRREGULAR_PAST, PLAIN_SAYING, PRONOUNS, REPORTING_VERBS, SPEAKER_NOUNS, SPEAKS_OF, SPEECH_VERBS, reporting_lemma

reporting_verbs = REPORTING_VERBS

__all__ = [
    "Attribution", "IRREGULAR_PAST", "PLAIN_SAYING", "Quote", "Span", "PRONOUNS", "REPORTING_VERBS", "SPEAKER_NOUNS", "SPEAKS_OF", "SPEECH_VERBS",
    "attribution", "attributions", "dateline", "dateline_place", "find_quotes", "inside", "plain_list", "reporting_lemma", "reporting_verbs",
    "strip_dateline",
]
