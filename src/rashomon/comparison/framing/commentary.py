"""The outlet's editorial voice: whole clauses in which the writer comments on the news instead of
telling it. Each shape is read outside quotations and outside reported speech (a sentence whose
words an attribution gives to a speaker is the speaker's, never the outlet's), and each cue spans
the commenting clause, not its paragraph.

- A **rhetorical question**: a wh-question the outlet itself asks ("Who will answer for it?",
  "..., but why did it take so long?"). Wire copy reports questions others ask, inside quotation
  marks or after "asked".
- **Words to the reader**: "you" or "your" in a statement ("That tells you everything.", "If the
  company gets away with it here, your plant is next."), and the retort that points a claim at
  those who bear its cost ("Tell that to the pensioners ..."). A call to action that opens on its
  verb ("Bring your banners.", "Sign our petition.") is a leaflet's, not a verdict.
- A **verdict of desert or fault**: "X deserve(s) ..." ("Patients deserve answers") and a
  counterfactual blame ("a lunch that should never have reached their plates").
- The **outlet's "we"** as the public that was told ("a bridge we were told was sound") or as the
  voice that said so all along ("what we have said from day one"), and a **verdict beyond
  comparison** ("The choice could not be clearer."), a **verdict on the event** ("This was no
  accident.", "The truth is simpler: ...", "He is right."), and **credit to an actor** opening the
  sentence ("Thanks to the prudent policy of the government, ...").
- An **insinuating act**: a focus particle that makes the act a lapse or a habit, "did not even
  wait", "once again refused", "only got round to"; an act done before its grounds ("did not wait
  for the results"); a claim made without its proof ("not presenting any proofs"); a negative
  universal that answers for the reader ("Nobody has explained how ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Article, Sentence
from ...text import IRREGULAR_PAST, attributions, find_quotes
from . import resources
from .hits import _Hit
from .quotes import _inside, _overlaps

_NOTE = "the outlet's own comment ({shape}): a clause that judges the news instead of telling it"

# Clause boundaries inside a sentence: a comma, colon, semicolon or dash, and a quotation mark
# (the quotation is a speaker's words; the clause around it the outlet's).
_BOUNDARY = re.compile(r"\s*(?:[,:;]|\s[–—-]\s|[“”\"])\s*")
# Speakers that are no speaker: "That tells you everything.", "Nobody has explained ...", and
# the outlet itself ("what we have said from day one")
_NO_SPEAKER = frozenset("that this it nobody no one none everything we".split())

_WH_QUESTION = re.compile(
    r"(?:^|(?<=[,:;–—]\s)|(?<=\bbut\s))(?:(?:and|so|then|but|yet)\s+)?(?:who|whom|whose|why|how|what|where|when|which)\b[^?]*\?",
    re.IGNORECASE,
)
_FIRST_SINGULAR = re.compile(r"\b(?:I|me|my|mine|myself)\b|\bI['’]")
_MAX_ADDRESSED = 2
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
# "That tells you everything", "the reaction tells you all you need to know": the outlet hands the
# reader its conclusion (a generic "you can tap ..." or "if you use Windows" guides, and is left alone)
_TELLS_YOU = re.compile(r"\b(?:tells|told|shows|showed|says)\s+you\s+(?:everything|all|enough|plenty|a\s+lot|something|much)\b", re.IGNORECASE)
# "If the company gets away with it here, your plant is next": the consequence falls on the reader
_STAKE = re.compile(r"^\s*If\b[^,]{3,}?,\s+(?P<you>your?)\b", re.IGNORECASE)
_RETORT = re.compile(r"^(?:try\s+)?(?:tell|telling|say|saying|explain|explaining)\s+(?:that|this|it)\s+to\b", re.IGNORECASE)
_DESERVE = re.compile(r"\b(?:deserve|deserves)\b", re.IGNORECASE)
_COUNTERFACTUAL = re.compile(r"\b(?:should|ought)\s+(?:never|not)\s+(?:to\s+)?have\b|\bshouldn['’]t\s+have\b", re.IGNORECASE)
# an auxiliary, its negation, "even" and the act: "did not even wait", "never even bothered"
# ("not even if he ...", "should not even be allowed" are a condition and an opinion's modal)
_NOT_EVEN = re.compile(r"\b(?:(?:did|does|do|has|have|had)\s*(?:not|n['’]t)|never)\s+even\s+(?!be\b|if\b)[a-z]+", re.IGNORECASE)
_DID_NOT_WAIT = re.compile(r"\b(?:did|does|do|would)\s+not\s+wait\b|\b(?:didn['’]t|doesn['’]t|wouldn['’]t)\s+wait\b", re.IGNORECASE)
# "did not present proofs", "not presenting any proofs", "without offering any evidence" (a bare
# "no evidence" is as often a finding as an insinuation: "no evidence of foul play")
_NO_PROOF = re.compile(
    r"\b(?:not|without|never)\s+(?:even\s+)?(?:present|provid|offer|show|produc|giv)\w*\s+(?:any\s+|a\s+shred\s+of\s+|a\s+single\s+)?(?:proofs?|evidence)\b",
    re.IGNORECASE,
)
_AGAIN_ACT = re.compile(r"\b(?:once\s+)?again\s+(?P<verb>[a-z]+)\b|\b(?P<before>[a-z]+ed)\s+again\s+to\b", re.IGNORECASE)
_ONLY_GOT = re.compile(r"\bonly\s+(?:got|get|gets|managed|bothered)\s+(?:round|around)?\s*to\b", re.IGNORECASE)
_NOBODY_ANSWERS = re.compile(
    r"\b(?:nobody|no\s+one)\b(?:\s+\w+){0,6}?\s+(?:has\s+|have\s+)?(?:explained|believes|believe|apologi[sz]ed|doubts)\b",
    re.IGNORECASE,
)
# The outlet's "we" as the public that was told, or as the voice that said so all along: "a
# bridge we were told was sound", "what we have said from day one", "Now we know why." (the
# "we" of a report, "we spoke to", "we call for", is a newsroom's or a campaign's and is left alone)
_OUTLET_WE = re.compile(
    r"\bwe\s+(?:were|had\s+been|have\s+been)\s+(?:told|promised|assured)\b"
    r"|\bwe\s+have\s+(?:long\s+|always\s+)?(?:said|warned|argued)\b|\bwe\s+(?:now\s+)?know\s+why\b",
    re.IGNORECASE,
)
# A verdict by negated comparison: "The choice could not be clearer.", "We could not have put it better."
_BEYOND_COMPARE = re.compile(r"\bcould(?:\s+not|n['’]t|\s+hardly)\s+(?:be|have\s+been|have\s+(?:put|said)\s+it)\s+[a-z]+er\b", re.IGNORECASE)
# A verdict on what the event was or who is right: "This was no accident.", "The truth is simpler:",
# "Its attempt to blame the victims deceives nobody.", "He is right." (a whole sentence)
_VERDICT = re.compile(
    r"\b(?:is|was|are|were)\s+no\s+(?:accident|coincidence)\b|^\s*the\s+(?:truth|reality|fact)\s+is\b"
    r"|\b(?:deceives|fools|convinces)\s+(?:nobody|no\s+one)\b|^\s*(?:he|she|they)\s+(?:is|are|was|were)\s+(?:right|wrong)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# Credit for the outcome given to an actor's conduct, opening the sentence: "Thanks to the prudent
# policy of the government, ...", "Thanks to the decisive actions of the security forces, ..."
# ("a lead thanks to a late interception" reports a cause inside the sentence)
_CREDIT = re.compile(r"(?:^|(?<=[:–—-]\s)|(?<=\)\s))thanks\s+to\s+the\s+(?:[\w-]+\s+){1,5}of\b", re.IGNORECASE)
_MODALS = frozenset("will would can could may might must shall should to".split())


def commentary_hits(article: Article, quotes: Sequence[tuple[int, int]]) -> list[_Hit]:
    """Clauses in the outlet's own voice that comment on the news (see the module docstring)."""
    hits: list[_Hit] = []
    sentences = [s for s in article.sentences if not _inside(quotes, s.start, s.end)]
    # "you" in many sentences is the register of a guide or a review ("you can tap ..."), or an
    # interview transcribed without quotation marks: only a rare "you" turns to the reader
    own = {s.id: _unquoted(s.text) for s in sentences}
    addressed = sum(bool(_SECOND_PERSON.search(own[s.id])) for s in sentences) <= _MAX_ADDRESSED
    for sentence in sentences:
        if _reported(sentence.text) and not _RETORT.match(sentence.text.strip()):  # "Try telling that ...": no speaker
            shapes = _proofless(sentence.text, participle=True)
        elif _FIRST_SINGULAR.search(own[sentence.id]):
            continue  # "I can tell you ...": a columnist or an unquoted speaker, not the outlet's "we"
        else:
            shapes = _shapes(sentence.text, hanging=_ends_paragraph(article, sentence), addressed=addressed)
        for shape, start, end in shapes:
            start, end = sentence.start + start, sentence.start + end
            if not _overlaps(quotes, start, end):
                hits.append(_Hit(kind="loaded", start=start, end=end, note=_NOTE.format(shape=shape), rank=600))
    return hits


def _shapes(text: str, *, hanging: bool, addressed: bool) -> list[tuple[str, int, int]]:
    """(shape, start, end) of each commenting clause in one sentence's text; ``hanging``: the
    sentence closes its paragraph (a question answered at once only sets up its answer);
    ``addressed``: "you" is rare enough in the article to turn to the reader."""
    found = []
    stripped = text.rstrip()
    if stripped.endswith("?"):
        m = _WH_QUESTION.search(stripped)
        if m and hanging and not _SECOND_PERSON.search(stripped):  # "So what do you think?" asks for comments
            found.append(("rhetorical question", m.start(), m.end()))
    elif _RETORT.match(stripped):
        found.append(("retort to the reader", *_clause(text, 0, _RETORT.match(stripped).end())))
    elif addressed and stripped[-1:] in _STATEMENT_END:
        # a statement, not a headline ("What it means for your commute")
        found += [("a verdict handed to the reader", *_clause(text, m.start(), m.end())) for m in _TELLS_YOU.finditer(text)]
        m = _STAKE.match(text)
        if m:
            found.append(("the reader's stake", 0, _clause(text, m.start("you"), m.end())[1]))
    found += [("verdict of desert", *span) for span in (_clause(text, m.start(), m.end()) for m in _DESERVE.finditer(text))
              if not re.match(r"that\b", text[span[0]:], re.IGNORECASE)]  # "... vote that he deserves": someone's verdict
    found += [("counterfactual blame", *_clause(text, m.start(), m.end(), relative=True)) for m in _COUNTERFACTUAL.finditer(text)]
    for pattern, shape in ((_NOT_EVEN, "an act not even done"), (_DID_NOT_WAIT, "an act done before its grounds"),
                           (_ONLY_GOT, "an act done late"), (_OUTLET_WE, "the outlet's we"),
                           (_BEYOND_COMPARE, "a verdict beyond comparison"), (_VERDICT, "a verdict on the event"),
                           (_CREDIT, "credit to an actor"),
                           (_NOBODY_ANSWERS, "nobody answers for it")):
        found += [(shape, *_clause(text, m.start(), m.end())) for m in pattern.finditer(text)]
    found += [("a blamed act again", m.start(), _clause(text, m.start(), m.end())[1]) for m in _AGAIN_ACT.finditer(text) if _finite_again(m)]
    return _distinct(found + _proofless(text))


_STATEMENT_END = frozenset('.!"”:')


def _proofless(text: str, *, participle: bool = False) -> list[tuple[str, int, int]]:
    """A claim made without its proof. With ``participle`` (a reported sentence), only the
    participle is the outlet's comment on the speaker ("..., declared the minister, not
    presenting any proofs"); "he said they had not provided evidence" reports the speaker."""
    return [("a claim without its proof", *_clause(text, m.start(), m.end())) for m in _NO_PROOF.finditer(text)
            if not participle or "ing " in m.group()]


def _ends_paragraph(article: Article, sentence: Sentence) -> bool:
    newline = article.text.find("\n", sentence.end)
    return not article.text[sentence.end : newline if newline >= 0 else len(article.text)].strip()


def _unquoted(text: str) -> str:
    """The sentence with its quotations blanked out (offsets kept): the outlet's words only."""
    for q in find_quotes(text):
        text = text[: q.start] + " " * (q.end - q.start) + text[q.end :]
    return text


def _reported(text: str) -> bool:
    """Whether an attribution gives the sentence to a speaker ("..., the minister said")."""
    return any(a.speaker.text.lower().strip() not in _NO_SPEAKER for a in attributions(text))


def _clause(text: str, start: int, end: int, *, relative: bool = False) -> tuple[int, int]:
    """The clause around ``start:end``: from the boundary before it (with ``relative``, also a
    relative pronoun: "a lunch that should never have ...") to the boundary after it."""
    left = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        left = m.end()
    if relative:
        for m in re.finditer(r"\b(?:that|which|who)\b", text[left:start]):
            left = left + m.start()
    right = len(text.rstrip())
    m = _BOUNDARY.search(text, end)
    if m:
        right = m.start()
    if text[right - 1 : right] in ".!" and right == len(text.rstrip()):
        right -= 1
    return left, max(right, end)


def _finite_again(m: re.Match[str]) -> bool:
    """"again" on a finite act that is a lapse ("once again failed", "once again refused"), or on
    a haste ("hurried again to"); not on a modal or a participle ("will fail again", "acting again")."""
    if m.group("before"):
        return True
    verb = m.group("verb").lower()
    if verb in _MODALS or verb.endswith("ing") or not (verb.endswith("ed") or verb in IRREGULAR_PAST):
        return False
    # the act itself is a lapse ("failed", "refused", "ignored"): "again pressed for help" is news
    return (resources.rated_valence(verb) or 0.0) < 0


def _distinct(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """One cue per span: where two shapes cover the same words, the first (the longer) stands."""
    out: list[tuple[str, int, int]] = []
    for shape, start, end in sorted(found, key=lambda f: (f[1], -(f[2] - f[1]))):
        if start < end and not any(s < end and start < e for _, s, e in out):
            out.append((shape, start, end))
    return out
