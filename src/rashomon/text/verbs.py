"""Reporting verbs: the words that tie what a sentence says to who says it.

``REPORTING_VERBS`` maps every inflected form to its lemma ("said" -> "say"); ``SPEECH_VERBS``
holds the lemmas of plain speech ("say", "tell", ...), which name a speaker more surely than
verbs of stance ("warn", "deny") that are also events in their own right.
"""

from __future__ import annotations

import re

# lemma: its forms (the lemma itself is a form too)
_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "state": ("stated", "states"),
    "write": ("wrote", "writes", "written"),
    "tweet": ("tweeted", "tweets"),
    "declare": ("declared", "declares"),
    "add": ("added", "adds"),
    "announce": ("announced", "announces"),
    "communicate": ("communicated", "communicates"),  # translated copy: "as communicated on Friday"
    "explain": ("explained", "explains"),
    "note": ("noted", "notes"),
    "stress": ("stressed", "stresses"),
    "emphasise": ("emphasised", "emphasises", "emphasized", "emphasizes", "emphasize"),
    "insist": ("insisted", "insists"),
    "warn": ("warned", "warns"),
    "argue": ("argued", "argues"),
    "claim": ("claimed", "claims"),
    "assert": ("asserted", "asserts"),
    "acknowledge": ("acknowledged", "acknowledges"),
    "confirm": ("confirmed", "confirms"),
    "deny": ("denied", "denies"),
    "comment": ("commented", "comments"),
    "remark": ("remarked", "remarks"),
    "reply": ("replied", "replies"),
    "respond": ("responded", "responds"),
    "urge": ("urged", "urges"),
    "reaffirm": ("reaffirmed", "reaffirms"),
    "pledge": ("pledged", "pledges"),
    "vow": ("vowed", "vows"),
    "promise": ("promised", "promises"),
    "allege": ("alleged", "alleges"),
    "report": ("reported", "reports"),
    "maintain": ("maintained", "maintains"),
    "admit": ("admitted", "admits"),
    "concede": ("conceded", "concedes"),
    "predict": ("predicted", "predicts"),
    "estimate": ("estimated", "estimates"),
    "suggest": ("suggested", "suggests"),
    "testify": ("testified", "testifies"),
    "disclose": ("disclosed", "discloses"),
    "reveal": ("revealed", "reveals"),
    "post": ("posted", "posts"),
    "ask": ("asked", "asks"),
    "recall": ("recalled", "recalls"),
    "describe": ("described", "describes"),
    "quote": ("quoted", "quoting"),
}

REPORTING_VERBS: dict[str, str] = {form: lemma for lemma, forms in _FORMS.items() for form in (lemma, *forms)}
SPEECH_VERBS: frozenset[str] = frozenset({"say", "tell", "state", "write", "tweet", "declare", "add", "announce", "explain", "note", "stress", "post"})

# The plainest forms of saying: a clause after one (or after "according to") is someone's words told
# indirectly. Narrower than REPORTING_VERBS, whose stance verbs ("confirms", "warns") also open the
# outlet's own clauses ("confirms what suppliers have feared").
PLAIN_SAYING: tuple[str, ...] = ("said", "says", "say", "told", "tells", "added", "stated")

# Nouns that name a source of a statement without a proper name ("officials said", "the ministry said").
SPEAKER_NOUNS: frozenset[str] = frozenset("""
spokesman spokeswoman spokesperson spokespeople minister ministers secretary official officials statement
administration department ministry government president chancellor police army military agency office embassy
diplomat diplomats analyst analysts expert experts lawyer lawyers attorney attorneys prosecutor prosecutors court
tribunal judge witness witnesses resident residents activist activists organiser organisers organizer organizers
leader leaders chief executive commander mayor governor senator lawmaker lawmakers report authorities authority
council committee commission union party campaign company firm bank source sources group ambassador envoy aide aides
adviser advisers advisor advisors officer officers director head researcher researchers scientist scientists doctor
doctors representative representatives foreign defense defence state interior general deputy senior white house
regulator regulators investigator investigators owner operator chairman chairwoman chair board ceo manager managers
economist economists observer observers monitor monitors rescuers rescuer firefighters spokesperson survey study
filing ruling indictment newspaper agency website outlet broadcaster federation association organisation organization
staff worker workers employee employees official's people person man woman teacher student students parent parents
""".split())

# Words that may join the words of a speaker's name ("Minister of Foreign Affairs", "the company's chief").
SPEAKER_JOINERS: frozenset[str] = frozenset({"of", "for", "the", "a", "an", "and", "de", "al", "von", "van", "der", "la", "le", "du", "bin"})

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})


# "Critics speak of ...", "the mayor spoke of ...": translated copy's plain verb of saying (German
# "sprechen von", Italian "parlare di") gives the quotation after it to the sentence's subject, as
# "said" does; a label in it ("spoke of a new “partnership”") stays a speaker's label held at a distance.
SPEAKS_OF = re.compile(r"\b(?:speak(?:s|ing)?|spok(?:e|en)|talked)\s+(?:of|about)\b", re.IGNORECASE)


def reporting_lemma(word: str) -> str | None:
    """The lemma of a reporting verb form ("Said" -> "say"), or None."""
    return REPORTING_VERBS.get(word.lower())


def saying_lemma(word: str) -> str | None:
    """The lemma of a reporting verb form or of its form in -ing ("insisting" -> "insist", "vowing" ->
    "vow", "admitting" -> "admit"), or None."""
    w = word.lower()
    if w in REPORTING_VERBS:
        return REPORTING_VERBS[w]
    if not w.endswith("ing") or len(w) < 6:
        return None
    base = w[:-3]
    for stem in (base, base + "e", base[:-1] if base[-1] == base[-2] else ""):
        if stem in REPORTING_VERBS:
            return REPORTING_VERBS[stem]
    return None


# Irregular past forms and participles with their base form: "took over" and "was taken over" tell one act,
# and a sentence with one of them has a finite verb.
IRREGULAR_PAST: dict[str, str] = {
    "took": "take", "taken": "take", "gave": "give", "given": "give", "began": "begin", "begun": "begin",
    "broke": "break", "broken": "break", "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise",
    "sent": "send", "held": "hold", "led": "lead", "left": "leave", "met": "meet", "paid": "pay", "sold": "sell",
    "spoke": "speak", "spoken": "speak", "struck": "strike", "threw": "throw", "thrown": "throw", "won": "win",
    "wrote": "write", "written": "write", "caught": "catch", "brought": "bring", "bought": "buy", "chose": "choose",
    "chosen": "choose", "drove": "drive", "driven": "drive", "flew": "fly", "flown": "fly", "froze": "freeze",
    "hid": "hide", "hidden": "hide", "lost": "lose", "shot": "shoot", "seized": "seize", "stole": "steal", "stolen": "steal",
    "swept": "sweep", "tore": "tear", "torn": "tear", "withdrew": "withdraw", "withdrawn": "withdraw",
    "came": "come", "went": "go", "gone": "go", "got": "get", "made": "make", "saw": "see", "seen": "see",
    "knew": "know", "known": "know", "thought": "think", "found": "find", "felt": "feel", "kept": "keep",
    "ran": "run", "stood": "stand", "sat": "sit", "did": "do", "done": "do", "had": "have", "grew": "grow",
    "grown": "grow", "hit": "hit", "let": "let", "put": "put", "set": "set", "cut": "cut", "quit": "quit",
}
