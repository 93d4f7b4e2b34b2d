"""For every missed gold actor conflict, the stage of the act finder that lost it.

    python scripts/actor_stages.py --set stories-dev --set stories-fresh [--list]

Stages, in the order a pair of sides goes through the finder (``conflicts.actors``); a gold
conflict is counted at the furthest stage any pair of its sides reached:

1. no frame       fewer than two sides hold an act read inside the gold side's text; the side
                  read as nothing is named by the shape of its sentence (:func:`unread_shape`):
                  "verb at the end" ("has on Tuesday the bridge closed", from translation),
                  "not by X but by Y", "apposition" (a name between the doer and its verb),
                  "participle doer" ("a water taxi chartered by the council carried"), else why
                  the frame reader refused its past verbs (no subject, a doer that cannot act,
                  nothing acted on, no past verb)
2. not paired     acts on both sides, but no pair of their claims was as similar as the finder
                  asks (half the agreement threshold)
3. other act      paired; the verbs are of different meanings
4. other thing    one act, on things judged different
5. same doers     one act on one thing; the doers were not judged different actors
6. merged         a disagreement came out, and no reported conflict holds two sides

Pairs of sides whose doers are alike (the finder's own test) are two sides agreeing, no part of
the conflict, unless every pair is such. The finder's functions are wrapped, not changed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from conflict_stages import gold_conflicts, stage_arguments  # noqa: E402

import rashomon.comparison.conflicts as finder  # noqa: E402
from rashomon.comparison.claims import frames as reader  # noqa: E402
from rashomon.comparison.conflicts import actors  # noqa: E402
from rashomon.comparison.conflicts.common import WORD, word_class  # noqa: E402
from rashomon.comparison.conflicts.frames import doers_alike  # noqa: E402
from rashomon.evaluation.rules import Located  # noqa: E402

STAGES = ("no frame", "not paired", "other act", "other thing", "same doers", "merged")


class Trace:
    """What the wrapped finder saw in one story: the act stage's inputs and the actor disagreements merged."""

    def __init__(self) -> None:
        self.inputs: tuple = ()
        self.merged: set[tuple[str, str]] = set()

    def reset(self) -> None:
        self.__init__()


TRACE = Trace()


def _wrap() -> None:
    acts, merge = finder.act_conflicts, finder.merge

    def act_conflicts(claims, similarity, threshold, index, mentions):
        TRACE.inputs = (claims, similarity, threshold, index, mentions)
        return acts(claims, similarity, threshold, index, mentions)

    def merged(disagreements, agreements, sources):
        for d in disagreements:
            if d.kind == "actor":
                TRACE.merged |= {(d.a.claim.id, d.b.claim.id), (d.b.claim.id, d.a.claim.id)}
        return merge(disagreements, agreements, sources)

    finder.act_conflicts = act_conflicts
    finder.merge = merged


# --- the shape of a sentence no frame was read from ---------------------------------------

_NOT_BUT = re.compile(r"\bnot\s+by\b.{2,80}?\bbut\s+by\b", re.IGNORECASE)
# an auxiliary, two or more words, then the participle closing the clause
_VERB_LAST = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?!been\b)(?:[\w’'-]+\s+){2,}?(?:[a-z]+(?:ed|en)|up|down|out|off)\s*(?:[.,;]|$)")
# a doer, an apposition between commas, then a verb
_APPOSITION = re.compile(r"\b[a-z]+\s*,\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}\s*,\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ght|ok|ew)\b")
# a participle with its agent on a noun that is the subject: "A water taxi chartered by the council carried"
_PARTICIPLE = re.compile(r"\b[a-z]+\s+[a-z]+ed\s+by\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?\s+(?:had\s+|has\s+)?[a-z]+(?:ed|ght|ok|ew)\b")


_REACH = 40  # characters around a gold side searched for its verb (a side may be its doer only)


def unread_shape(text: str, side: str) -> str:
    """The shape of a sentence from which no frame was read (``side``: the gold side's own
    text): a construction the reader has no rule for, else the reason it refused each past verb
    of the side."""
    at = text.find(side)
    window = (max(0, at - _REACH), min(len(text), at + len(side) + _REACH)) if at >= 0 else (0, len(text))
    near = text[window[0] : window[1]]
    for name, pattern in (("not by X but by Y", _NOT_BUT), ("verb at the end", _VERB_LAST),
                          ("participle doer", _PARTICIPLE), ("apposition", _APPOSITION)):
        if pattern.search(near):
            return name
    return _refusals(text, window)


def _refusals(text: str, window: tuple[int, int]) -> str:
    """Why the frame reader read nothing: for each past form inside ``window``, the first test it failed."""
    found = list(reader._TOKEN.finditer(text))
    tokens = [m.group() for m in found]
    reasons = []
    for k, token in enumerate(tokens):
        if k == 0 or not reader._is_past(token) or not window[0] <= found[k].start() < window[1]:
            continue
        j = reader._skip_back(tokens, k, reader._AUXILIARIES | reader._ADVERBS)
        by = any(t.lower() == "by" for t in tokens[k + 1 : k + 4])
        if j >= 0 and tokens[j].lower() in reader._PASSIVE_AUX:
            reasons.append(f"{token}: passive, agent refused" if by else f"{token}: passive, no agent")
            continue
        if by and j >= 0 and reader._is_word(tokens[j]) and tokens[j].lower() not in reader._CLAUSE_STARTS:
            reasons.append(f"{token}: participle with agent, no auxiliary")
            continue
        if j >= 0 and tokens[j].lower() in {"and", "who", "that", "which"}:
            reasons.append(f"{token}: after {tokens[j].lower()}")
            continue
        span = reader._active_subject(tokens, j)
        if span is None:
            reasons.append(f"{token}: no subject")
            continue
        head = reader._head(tokens, *span)
        thing = reader._object(tokens, k)
        if head is None or not reader._may_act(tokens, head):
            reasons.append(f"{token}: doer cannot act ({tokens[head] if head is not None else '-'})")
        elif not thing:
            reasons.append(f"{token}: nothing acted on")
        else:
            reasons.append(f"{token}: read")
    return "; ".join(reasons) or f"no past verb ({text[window[0] : window[1]][:80]})"


# --- the stages ----------------------------------------------------------------------------


def _side_acts(located: Located, gold_name: str, text: str, claims, mentions) -> tuple[list, str, str]:
    """The (claim, [acts]) of a gold side whose act stretch or doer lies inside its text, and
    the text of the claims holding it (for the shape of an unread side)."""
    article = located.article(gold_name)
    if article is None:
        return [], "", ""
    spans = located.spans(gold_name, text)
    inside = [c for c in claims if c.article == article.id and any(c.start < e and s < c.end for s, e in spans)]
    out = []
    for c in inside:
        found = [
            pa for pa in actors.acts_of(c, mentions.get(c.sentence, []))
            if any(min(pa[0].start, pa[0].doer_start) < e and s < max(pa[0].end, pa[0].doer_end) for s, e in spans)
        ]
        if found:
            out.append((c, found))
    sentence = " ".join(c.text for c in inside)
    side = " ".join(article.text[s:e] for s, e in spans[:1]) or text
    return out, sentence, side


def stage_of(located: Located, gold) -> tuple[str, str]:
    claims, similarity, threshold, index, mentions = TRACE.inputs
    told: dict[str, set[str]] = {}
    for c in claims:
        told.setdefault(c.article, set()).update(word_class(w) for w in WORD.findall(c.text))
    sides, unread = {}, {}
    for name, text in gold.sides.items():
        sides[name], sentence, side = _side_acts(located, name, text, claims, mentions)
        if not sides[name]:
            unread[name] = unread_shape(sentence, side) if sentence else "side not located"
    read = [n for n in sides if sides[n]]
    if len(read) < 2:
        read_note = "".join(f" | read {n}: {sides[n][0][1][0][0].doer!r} {sides[n][0][1][0][0].verb}" for n in read)
        return "no frame", " | ".join(f"{n}: {why}" for n, why in unread.items()) + read_note
    best, why, best_alike = -1, "", True
    names = list(sides)
    for i, x in enumerate(names):
        for y in names[i + 1 :]:
            for ca, found_a in sides[x]:
                for cb, found_b in sides[y]:
                    paired = similarity[index[ca.id], index[cb.id]] >= actors._SIMILARITY * threshold
                    for pa in found_a:
                        for pb in found_b:
                            alike = doers_alike(pa[0].doer, pb[0].doer)
                            stage = _pair_stage(ca, cb, pa, pb, paired, told)
                            note = f"{pa[0].doer!r} {pa[0].verb} {pa[0].thing} / {pb[0].doer!r} {pb[0].verb} {pb[0].thing}"
                            # a pair of agreeing sides counts only where no differing pair is read
                            if (best_alike and not alike) or (alike == best_alike and stage > best):
                                best, why, best_alike = stage, note, alike
    return STAGES[best], why + (f" | unread {unread}" if unread else "")


def _pair_stage(ca, cb, pa, pb, paired: bool, told) -> int:
    if (ca.id, cb.id) in TRACE.merged:
        return 5
    if not paired:
        return 1
    verdict = actors.act_verdict(pa, pb, told[ca.article], told[cb.article])
    return {"other act": 2, "other thing": 3, "same doers": 4}.get(verdict, 5)


def main() -> int:
    args = stage_arguments(__doc__.splitlines()[0])
    _wrap()
    counts: Counter = Counter()
    shapes: Counter = Counter()
    by_set: dict[str, Counter] = {}
    for set_name, slug, _, located, g, found in gold_conflicts(args.set, ("actor",), args.embedder, TRACE.reset):
        if found:
            counts["found"] += 1
            by_set.setdefault(set_name, Counter())["found"] += 1
            continue
        stage, why = stage_of(located, g)
        counts[stage] += 1
        by_set.setdefault(set_name, Counter())[stage] += 1
        if stage == "no frame":
            for part in why.split(" | "):
                if not part.startswith("read "):
                    shapes[_shape_name(part)] += 1
        if args.list:
            print(f"[{stage}] {set_name}/{slug}: {g.note[:110]}\n    {why}")
    print("actor found", counts["found"], "| missed:", ", ".join(f"{s} {counts[s]}" for s in STAGES if counts[s]))
    print("unread sides:", ", ".join(f"{s} {n}" for s, n in shapes.most_common()))
    for set_name, c in by_set.items():  # the census per set, so a rule's reach over sets shows at once
        print(f"  {set_name}: found {c['found']}/{sum(c.values())}", ", ".join(f"{s} {c[s]}" for s in STAGES if c[s]))
    return 0


def _shape_name(part: str) -> str:
    """The shape of one unread side, without the verbs it names: "no subject", "apposition"."""
    shape = part.split(": ", 1)[-1]
    reasons = sorted({r.split(": ", 1)[-1].split(" (")[0] for r in shape.split("; ")})
    return " + ".join(reasons)


if __name__ == "__main__":
    sys.exit(main())
