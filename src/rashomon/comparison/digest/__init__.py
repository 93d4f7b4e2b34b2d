"""The neutral digest: what the sources share, in neutral words, every sentence cited.

1. Agreements are ranked: claims carried by more sources first, then by where the story puts
   them (earlier sentences lead).
2. Each agreement is told once, through its most neutral member (:mod:`.neutrality`: every
   framing cue of the passage, the loaded-word model's word scores, intensifiers, exclamations
   and how loaded its article is overall, so wire copy wins over a tabloid's lead). A member whose
   leading clause holds a word no other member writes that the model scores
   :data:`.neutrality.OWN_WORD_P` (the outlet's own colour on a shared claim: "the embattled mayor")
   yields to a clean member without one, and is not clean with one scored
   :data:`.neutrality.OWN_CLEAN_P` ("a hard-fought approval") or several whose scores add up to
   :data:`.neutrality.OWN_COLOUR_P` (the outlet's colour on the claim as a whole: a group with no
   plain telling is left out, not told loaded). A member of a machine-translated article
   (:func:`..clean.machine_translated`) yields to one an outlet wrote in English: a translation's
   plain, wordier words win on framing cues and length, not on fluency; unless the English telling
   is stated by fewer outlets (a citation is not given up for fluency). A member giving a disputed figure
   fewer outlets give ("only 36 hours" where two say "three days") yields to a member giving the
   figure most outlets give (:func:`_outvoted_figures`; told as its sources' account all the same). Headlines,
   questions, exclamations, first-person remarks and sentences opening with a pronoun that
   cannot be resolved are never told (:mod:`.tell`). Garbled names are repaired and lexicon
   terms replaced by their neutral wording (:func:`..framing.neutralize`).
3. A clause after the leading one is the outlet's addition to the claim: it is told only when
   plain (no word the loaded-word model scores :data:`.neutrality.TAIL_WORD_P`, or
   :data:`.neutrality.TAIL_ALONE_P` when no other member shares a word of it). When no member is
   clean as written, the longest clean run of a member's clauses from the first is told, or its
   closing "after ..." clause when that is what the sources share and the main clause is one
   outlet's colour; else the agreement is left out, and :func:`build_digest` records why in
   ``left_out`` (nothing is dropped silently; the pipeline adds the records to the report's
   ``skipped``).
4. A sentence already told, or one whose words the digest already holds, is not told again
   (its claim is in the digest; nothing is left out, so nothing is recorded); nor is a group
   whose members all lie in a fuller group, nor a member the aligner grouped with a told claim.
5. It cites the members that state it (sharing its figures and most of its words, writing the
   words of each quotation it carries, and not giving it to another speaker than the one it
   names: :func:`.tell.unstated`), not every member of the group. A member that adds a quotation
   no other outlet's member writes ("the baker said “...” as nine were hurt") yields to one that
   tells the claim as other outlets state it. A sentence that
   states a value the sources dispute (a side of a conflict of figures, days or times) is told as
   its sources' account: "According to A, ...", citing no outlet that gave another side.
6. Each conflict becomes "Sources differ on <what>: A and C say X; B says Y.", citing every side
   (:mod:`.conflicts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...model import Agreement, Article, ClaimRef, Conflict, DigestSentence, Entity, FramingCue, LeftOut
from ...text import find_quotes
from ...text.stems import suffix_stem
from ..clean import machine_translated
from ..framing import neutralize
from .conflicts import attributed, conflict_sentence
from .neutrality import OWN_CLEAN_P, OWN_COLOUR_P, OWN_WORD_P, TAIL_ALONE_P, TAIL_WORD_P, Neutrality, Reading
from .tell import (
    as_sentence,
    background,
    clauses,
    has_verb,
    headline_ids,
    opens_a_sentence,
    repair_names,
    resolve_pronoun,
    strip_connective,
    strip_dateline,
    unstated,
    why_untellable,
)

__all__ = ["build_digest", "MAX_SHARED"]

MAX_SHARED = 8
NEAR_DUPLICATE = 0.8  # share of content words two told sentences may have in common
NOTHING_NEW = 0.75  # share of a sentence's content words the digest already holds: it adds nothing
TOLD = "told already"  # what _tell says of a group whose members are all grouped with a told claim

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+|\d+(?:[.,]\d+)*")
_STOP = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "this", "it",
    "its", "is", "was", "were", "are", "be", "been", "has", "have", "had", "as", "but", "not", "said", "says", "who",
    "which", "will", "would", "after", "before", "their", "his", "her", "they", "he", "she",
}


@dataclass(frozen=True, slots=True)
class _Candidate:
    ref: ClaimRef
    text: str  # names repaired, pronoun resolved; neutral wording and the dateline come when told
    reading: Reading
    clause: bool  # only the leading clause of the member
    own: tuple[str, ...] = ()  # its charged words no other member writes: the outlet's colour on a shared claim
    outvoted: bool = False  # it gives a disputed figure fewer outlets give than another member's
    alone: bool = False  # it adds a quotation no member in another article writes
    translated: bool = False  # its article carries a machine-translation notice: a translation's words

    def rank(self) -> tuple:
        # clean first; then one without the outlet's own colour; then one not giving an outvoted
        # figure; then one not adding a quotation no other outlet writes; then one an outlet wrote
        # in English over a machine translation (whose plain, wordier words would win on score and
        # length: "the captain has said to the investigators"); whole sentences before clauses;
        # then least loaded; longer (more facts) first
        return (not self.reading.clean, bool(self.own), self.outvoted, self.alone, self.translated, self.clause,
                round(self.reading.score, 3), -len(self.text))


def _content(text: str) -> set[str]:
    return {suffix_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP}


def _own_words(neutrality: Neutrality, article: str, start: int, end: int, others: set[str]) -> tuple[tuple[str, float], ...]:
    """The words of ``article.text[start:end]`` the loaded-word model scores :data:`OWN_WORD_P` that
    no other member of the group writes (``others``: their content words); an acronym names, it
    does not judge."""
    charged = neutrality.charged_scores(article, start, end, OWN_WORD_P)
    return tuple(dict.fromkeys((w, p) for w, p in charged if not w.isupper() and suffix_stem(w) not in others))


def _with_own(reading: Reading, own: tuple[tuple[str, float], ...]) -> Reading:
    """A reading that is not clean when a word of the outlet's own is charged past :data:`OWN_CLEAN_P`,
    or its own words together past :data:`OWN_COLOUR_P`."""
    strong = list(dict.fromkeys(w for w, p in own if p >= OWN_CLEAN_P))
    if not strong and sum(dict(own).values()) >= OWN_COLOUR_P:
        # no one word past the bar, but together the outlet's colour on the claim as a whole
        strong = list(dict.fromkeys(w for w, _ in own))
    if not strong:
        return reading
    return Reading(score=reading.score, reasons=(*reading.reasons, "a word no other source writes reads loaded (“"
                                                 + "”, “".join(strong) + "”)"))


def _states(told: str, ref: ClaimRef, entities: Sequence[Entity] = ()) -> bool:
    """Whether a member states what the digest sentence tells: its figures and half its words, and
    the parts that are one outlet's to give: its quotations and the speakers it names
    (:func:`.tell.unstated`)."""
    mine, theirs = _content(told), _content(ref.text)
    figures = {w for w in mine if w[:1].isdigit()}
    return figures <= theirs and len(mine & theirs) >= 0.5 * max(1, len(mine)) and not unstated(told, ref.text, entities)


def _alone(candidate: _Candidate, members: Sequence[ClaimRef], entities: Sequence[Entity]) -> bool:
    """Whether the candidate adds a quotation to the claim (its quoted words are fewer than half of
    its words: the rest is the claim) that no member in another article states
    (:func:`.tell.unstated`): told through it, the claim would cite its outlet alone."""
    quoted = set().union(*(_content(q.text) for q in find_quotes(candidate.text)))
    if not quoted or 2 * len(quoted) >= len(_content(candidate.text)):
        return False
    others = [ref for ref in members if ref.article != candidate.ref.article]
    return bool(others) and all(unstated(candidate.text, ref.text, entities) for ref in others)


def _told_as(text: str) -> str:
    neutral, _ = neutralize(strip_connective(strip_dateline(text)))
    return re.sub(r"\s+", " ", neutral).strip()


def _candidates(
    ref: ClaimRef,
    article: Article | None,
    entities: Sequence[Entity],
    neutrality: Neutrality,
    others: set[str] = frozenset(),
) -> tuple[list[_Candidate], str]:
    """The ways a member can be told (the whole passage; the longest run of its clauses from the
    first that reads clean), or why none. ``others``: the content words of the group's members
    in other articles."""
    why = why_untellable(ref.text)
    if why:
        return [], why
    repaired, _ = repair_names(ref, entities, neutrality.cues(ref.article))
    resolved = resolve_pronoun(ref, repaired, article, entities)
    if resolved is None:
        return [], "a pronoun the story does not resolve"
    spans = clauses(ref.text)

    def own(start: int, end: int) -> tuple[tuple[str, float], ...]:
        return _own_words(neutrality, ref.article, ref.start + start, ref.start + end, others)

    # the outlet's own words in the leading clause, read once: told whole, or from the clause's start
    whole_own = own(0, spans[0][1])
    lead_own = whole_own if spans[0][0] == 0 else own(spans[0][0], spans[0][1])

    def read(end: int, text: str, whole: bool) -> Reading:
        reading = neutrality.read(ref.article, ref.start + spans[0][0] if not whole else ref.start, ref.start + end, text,
                                  sentence=None if whole else (ref.start, ref.end), shared=others)
        reading = _with_own(reading, whole_own if whole else lead_own)
        # a clause after the leading one is the outlet's addition to the claim: told only when plain,
        # and plainer still when no other source says any of it
        charged = []
        for s, e in spans[1:]:
            if e > end:
                break
            alone = not (_content(ref.text[s:e]) & others)
            charged += neutrality.charged(ref.article, ref.start + s, ref.start + e, TAIL_ALONE_P if alone else TAIL_WORD_P)
        if charged:
            return Reading(score=reading.score, reasons=(*reading.reasons, "a clause after the leading one reads loaded (“"
                                                         + "”, “".join(dict.fromkeys(charged)) + "”)"))
        return reading

    out = [_Candidate(ref=ref, text=resolved, reading=read(ref.end - ref.start, ref.text, True), clause=False,
                      own=tuple(w for w, _ in whole_own))]
    if len(spans) > 1 and out[0].reading.reasons:
        first = ref.text[spans[0][0]:spans[0][1]]
        if opens_a_sentence(first) and resolve_pronoun(ref, first, article, entities) == first:
            # the longest run of clauses from the first that reads clean; else the leading clause
            for k in range(len(spans) - 1, 0, -1):
                start, end = spans[0][0], spans[k - 1][1]
                lead = ref.text[start:end]
                sub = ClaimRef(article=ref.article, sentence=ref.sentence, text=lead, start=ref.start + start, end=ref.start + end)
                reading = read(end, lead, False)
                if not has_verb(lead):
                    continue  # a subject with no verb states nothing
                if reading.clean or k == 1:
                    fixed, _ = repair_names(sub, entities, neutrality.cues(ref.article))
                    out.append(_Candidate(ref=ref, text=fixed, reading=reading, clause=True,
                                          own=tuple(w for w, _ in lead_own)))
                    break
    told_after = background(ref.text)
    if told_after is not None:
        # the main clause no other source states reads loaded, while its closing "after ..." clause
        # is what the sources share: that clause is told ("the tanker ran aground on Saturday")
        main_end, start, end = told_after
        main = ref.text[spans[0][0]:main_end]
        charged = neutrality.charged(ref.article, ref.start + spans[0][0], ref.start + main_end, TAIL_ALONE_P)
        later = ref.text[start:end]
        if charged and not (_content(main) & others) and len(_content(later) & others) >= 2:
            why = "its main clause, which no other source states, reads loaded (“" + "”, “".join(dict.fromkeys(charged)) + "”)"
            out = [_Candidate(ref=c.ref, text=c.text, reading=Reading(score=c.reading.score, reasons=(*c.reading.reasons, why)),
                              clause=c.clause, own=c.own) for c in out]
            sub = ClaimRef(article=ref.article, sentence=ref.sentence, text=later, start=ref.start + start, end=ref.start + end)
            fixed, _ = repair_names(sub, entities, neutrality.cues(ref.article))
            reading = neutrality.read(ref.article, ref.start + start, ref.start + end, later, sentence=(ref.start, ref.end),
                                      shared=others)
            later_own = own(start, end)
            out.append(_Candidate(ref=ref, text=fixed, reading=_with_own(reading, later_own), clause=True,
                                  own=tuple(w for w, _ in later_own)))
    return out, ""


def _tell(
    agreement: Agreement,
    articles: dict[str, Article],
    entities: Sequence[Entity],
    neutrality: Neutrality,
    headlines: set[str],
    stated: set[str] = frozenset(),
    figures: dict[str, set[str]] | None = None,
) -> tuple[DigestSentence | None, str]:
    """The digest sentence of one agreement and the id of the sentence that tells it, or None and
    why the agreement is left out (:data:`TOLD` when every member it could be told by is in
    ``stated``: grouped with a claim the digest tells already)."""
    candidates: list[_Candidate] = []
    refused: list[str] = []
    writers: dict[str, set[str]] = {}  # each content word of the group, and the articles that write it
    for ref in agreement.claims:
        for word in _content(ref.text):
            writers.setdefault(word, set()).add(ref.article)
    members = {ref.sentence for ref in agreement.claims} - headlines
    # a member giving a figure fewer outlets give, where another member gives the one most outlets give
    outvoted = {s for s in members if (figures or {}).get(s, set()) & members}
    for ref in agreement.claims:
        if ref.sentence in headlines:
            refused.append(f"{ref.sentence}: a headline")
            continue
        if ref.sentence in stated:
            refused.append(f"{ref.sentence}: told already")
            continue
        others = {word for word, where in writers.items() if where != {ref.article}}
        article = articles.get(ref.article)
        found, why = _candidates(ref, article, entities, neutrality, others)
        if article is not None and machine_translated(article.removed):
            found = [replace(c, translated=True) for c in found]
        candidates += [replace(c, outvoted=True) for c in found] if ref.sentence in outvoted else found
        if why:
            refused.append(f"{ref.sentence}: {why}")
    if not candidates:
        if any(ref.sentence in stated for ref in agreement.claims):
            return None, TOLD
        return None, "no member can be stated (" + "; ".join(refused) + ")"
    alone = [c for c in candidates if _alone(c, agreement.claims, entities)]
    if alone and any(_states(_told_as(c.text), ref, entities) for c in candidates if c not in alone
                     for ref in agreement.claims if ref.article != c.ref.article and ref.sentence not in headlines):
        # another member tells the claim as other outlets state it: not through the one adding a quotation
        candidates = [replace(c, alone=c in alone) for c in candidates]
    best = min(candidates, key=_Candidate.rank)
    if not best.reading.clean:
        loaded = "; ".join(f"{c.ref.sentence}{' (leading clause)' if c.clause else ''}: {', '.join(c.reading.reasons)}"
                           for c in candidates)
        return None, "every member reads loaded (" + "; ".join([loaded, *refused]) + ")"
    text, cited = _stated_by(best, agreement, entities, headlines)
    translation = min(candidates, key=lambda c: replace(c, translated=False).rank())
    if translation.translated and translation is not best:
        # the translation's telling, which the English one displaced, is kept when more outlets state it
        # (the English telling adds facts the translation leaves out): a citation is not given up for fluency
        text_t, cited_t = _stated_by(translation, agreement, entities, headlines)
        outlets = {ref.sentence: ref.article for ref in agreement.claims}
        if not {outlets[s] for s in cited_t} <= {outlets[s] for s in cited}:
            best, text, cited = translation, text_t, cited_t
    return DigestSentence(text=text, citations=cited), best.ref.sentence


def _stated_by(candidate: _Candidate, agreement: Agreement, entities: Sequence[Entity], headlines: set[str]) -> tuple[str, tuple[str, ...]]:
    """The sentence a candidate tells and the members that state it (:func:`_states`)."""
    text = as_sentence(_told_as(candidate.text)) if candidate.clause else _told_as(candidate.text)
    cited = [ref.sentence for ref in agreement.claims
             if ref is candidate.ref or (ref.sentence not in headlines and _states(text, ref, entities))]
    return text, tuple(dict.fromkeys(cited))


def _outvoted_figures(conflicts: Sequence[Conflict]) -> dict[str, set[str]]:
    """Each sentence that states a side of a disputed figure that fewer outlets give than another
    side of the same dispute ("only 36 hours" where two outlets say "three days"), with the
    sentences that give the figure most outlets give. Such a member is one outlet's account (a
    figure is where an outlet weighs the news: "only", "a whopping"): in a group that also holds a
    member giving the figure most outlets give, that member tells the claim (still as its sources'
    account)."""
    out: dict[str, set[str]] = {}
    for conflict in conflicts:
        if conflict.kind != "number":
            continue
        outlets: dict[int, set[str]] = {}
        for side in conflict.sides:
            outlets.setdefault(side.group, set()).add(side.article)
        most = max((len(a) for a in outlets.values()), default=0)
        majority = {side.sentence for side in conflict.sides if len(outlets[side.group]) == most}
        for side in conflict.sides:
            if len(outlets[side.group]) < most:
                out.setdefault(side.sentence, set()).update(majority)
    return out


def _position(agreement: Agreement, order: dict[str, int]) -> tuple[int, int]:
    return (-len({c.article for c in agreement.claims}), min(order.get(c.sentence, 0) for c in agreement.claims))


def _fullest(agreements: Sequence[Agreement], headlines: set[str]) -> list[Agreement]:
    """The agreements whose members (headlines aside: they are never told) are not all members of
    another agreement: a group inside a fuller one states the same claim, told once through the
    fuller group and its cleanest member. Only groups that share a member are compared."""
    members = [frozenset(c.sentence for c in g.claims) - headlines for g in agreements]
    holding: dict[str, list[int]] = {}
    for i, mine in enumerate(members):
        for sentence in mine:
            holding.setdefault(sentence, []).append(i)
    out = []
    for i, (agreement, mine) in enumerate(zip(agreements, members)):
        rarest = min((holding[s] for s in mine), key=len, default=[])
        if not any(j != i and (mine < members[j] or (mine == members[j] and j < i)) for j in rarest):
            out.append(agreement)
    return out


def _repeats(text: str, told: list[str]) -> bool:
    """Told already: the same text, nearly the same words as one told sentence, or words the
    told sentences together already hold (nothing new)."""
    words = _content(text)
    if words and told and len(words & set().union(*map(_content, told))) >= NOTHING_NEW * len(words):
        return True
    for other in told:
        if text == other:
            return True
        theirs = _content(other)
        if words and theirs and len(words & theirs) >= NEAR_DUPLICATE * min(len(words), len(theirs)):
            return True
    return False


def build_digest(
    articles: Sequence[Article],
    agreements: Sequence[Agreement],
    conflicts: Sequence[Conflict],
    entities: Sequence[Entity] = (),
    *,
    framing: Sequence[FramingCue] = (),
    left_out: list[LeftOut] | None = None,
    max_shared: int = MAX_SHARED,
) -> tuple[DigestSentence, ...]:
    """The digest of one story. ``framing``: the framing stage's cues (the digest reads them to
    pick the most neutral member). ``left_out``: when given, each agreement the digest does not
    tell is appended to it with the reason."""
    order = {s.id: s.index for a in articles for s in a.sentences}
    articles_of = {s.id: a.id for a in articles for s in a.sentences}
    sources = {a.id: a.source or a.id for a in articles}
    by_id = {a.id: a for a in articles}
    neutrality = Neutrality(articles, framing)
    headlines = headline_ids(articles)
    figures = _outvoted_figures(conflicts)
    lowercase = {w for a in articles for w in re.findall(r"\b[a-z][a-z'’-]*\b", a.text)}
    named = {w.lower() for a in articles for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z'’-]+", a.text)} - lowercase
    digest: list[DigestSentence] = []
    told: list[str] = []
    cited: set[str] = set()
    grouped: set[str] = set()  # the members of the groups told: the aligner found each states a told claim
    told_claims: set[tuple[str, int, int]] = set()  # the claims the told sentences state, by span
    for agreement in sorted(_fullest(agreements, headlines), key=lambda g: _position(g, order)):
        if len(digest) >= max_shared:
            break
        if any((ref.sentence, ref.start, ref.end) in told_claims for ref in agreement.claims):
            continue  # one of its members is a claim told already: the aligner says the others state it too
        sentence, why = _tell(agreement, by_id, entities, neutrality, headlines, grouped - cited, figures)
        if why == TOLD or (sentence is not None and (why in cited or _repeats(sentence.text, told))):
            continue  # its claim is told already: by the same sentence, one grouped with it, or in the same words
        if sentence is None:
            if left_out is not None:
                group = tuple(ref.sentence for ref in agreement.claims)
                left_out.append(LeftOut(group=group, articles=tuple(dict.fromkeys(articles_of.get(g, g.split(".", 1)[0]) for g in group)), reason=why))
            continue
        sentence = attributed(sentence, conflicts, sources, articles_of, lowercase, named, teller=why)
        told.append(sentence.text)
        cited.update(sentence.citations)
        grouped.update(ref.sentence for ref in agreement.claims)
        told_claims.update((ref.sentence, ref.start, ref.end) for ref in agreement.claims if ref.sentence in sentence.citations)
        digest.append(sentence)
    # Restore story order among the chosen sentences: a digest reads as a story, not a ranking.
    digest.sort(key=lambda d: min(order.get(c, 0) for c in d.citations))
    texts = {a.id: a.text for a in articles}
    digest += [conflict_sentence(c, sources, texts) for c in conflicts]
    return tuple(digest)
