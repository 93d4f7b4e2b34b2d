"""Conflicts: aligned claims that disagree, each with the evidence of both sides.

Checked on every pair of claims that agree (see ``align``):

1. number   the same counted thing with different figures ("31 injured" / "17 hurt");
            equal figures in other words ("two dozen" / "24") are not a conflict; the tallies
            of the event (injured, dead, in hospital, arrested...) are also compared across
            the articles when their sentences were not aligned
2. date     different calendar dates, clock times or weekdays, for the same claim
3. actor    the same action done by different actors, one of whom the other source never
            mentions ("UNICEF lifted sanctions" / "the administration ... lifted the sanctions")
4. quote    the same quotation with different words (not a shorter excerpt of it)

and across the articles:

5. order    one source puts an event after another, the other source before it
6. role     one person with different titles in different sources (from ``entities``)
7. name     one person with different first names in different sources (from ``entities``)
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

from .align import Alignment
from .claims import stem
from .entities import name_disagreements, role_disagreements
from ..model import Article, Claim, Conflict, ConflictSide, Entity, Mention, Value

# Counted things that are the same thing in other words; a number conflict needs equal units.
_UNIT_CLASSES = [
    {"injur", "hurt", "wound", "injury", "injuri"},
    {"kill", "dead", "die", "death", "fatality", "fatalit", "life", "liv"},
    {"arrest", "detain", "detention", "held"},
    {"percent", "per cent", "%"},
    {"people", "person", "resident", "individual"},
    {"dollar", "usd", "$"},
    {"euro", "eur", "€"},
]
_REPORTING = {"said", "say", "told", "tell", "stated", "state", "stress", "announc", "add", "note", "report", "claim", "declar", "wrote", "writ"}
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_STOP = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "this",
    "it", "its", "is", "was", "were", "are", "be", "been", "has", "have", "had", "as", "but", "not", "also",
    "he", "she", "they", "their", "his", "her", "which", "who", "will", "would", "after", "before",
}


def _unit_class(unit: str) -> str:
    for group in _UNIT_CLASSES:
        if unit in group or any(unit.startswith(g) for g in group if len(g) > 3):
            return min(group)
    return unit


def _side(claim: Claim, value: str, start: int = -1, end: int = -1) -> ConflictSide:
    return ConflictSide(
        article=claim.article, sentence=claim.sentence, text=claim.text, value=value,
        start=claim.start if start < 0 else start, end=claim.end if end < 0 else end,
    )


# --- 1-4: checks on an aligned pair ---------------------------------------------------------


def number_conflicts(a: Claim, b: Claim) -> Iterable[Conflict]:
    def counted(claim: Claim) -> dict[str, list[Value]]:
        out: dict[str, list[Value]] = {}
        for v in claim.values:
            if v.kind == "number" and " " in v.normalized:
                figure, unit = v.normalized.split(" ", 1)
                out.setdefault(_unit_class(unit), []).append(v)
        return out

    ca, cb = counted(a), counted(b)
    for unit in ca.keys() & cb.keys():
        figures_a = {v.normalized.split(" ")[0] for v in ca[unit]}
        figures_b = {v.normalized.split(" ")[0] for v in cb[unit]}
        if figures_a & figures_b:
            continue
        va, vb = ca[unit][0], cb[unit][0]
        yield Conflict(
            kind="number",
            explanation=f"how many ({unit}): {va.text} vs {vb.text}",
            sides=(_side(a, va.normalized, va.start, va.end), _side(b, vb.normalized, vb.start, vb.end)),
        )


def date_conflicts(a: Claim, b: Claim) -> Iterable[Conflict]:
    for kind, label in (("date", "the date"), ("time", "the time"), ("weekday", "the day")):
        va = [v for v in a.values if v.kind == kind]
        vb = [v for v in b.values if v.kind == kind]
        if not va or not vb:
            continue
        if kind == "date":
            same = any(_same_date(x.normalized, y.normalized) for x in va for y in vb)
        else:
            same = bool({v.normalized for v in va} & {v.normalized for v in vb})
        if not same:
            x, y = va[0], vb[0]
            yield Conflict(
                kind=kind,
                explanation=f"{label}: {x.text} vs {y.text}",
                sides=(_side(a, x.normalized, x.start, x.end), _side(b, y.normalized, y.start, y.end)),
            )


def _same_date(x: str, y: str) -> bool:
    # "????-03-05" (no year given) matches any year.
    xy, xm = x[:4], x[5:]
    yy, ym = y[:4], y[5:]
    return xm == ym and ("????" in (xy, yy) or xy == yy)


def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), offset + m.start(), offset + m.end()) for m in _WORD.finditer(text)]


def actor_conflicts(
    a: Claim, b: Claim, mentions: dict[str, list[tuple[Mention, str]]], present: dict[str, set[str]]
) -> Iterable[Conflict]:
    """The same action with different doers, one of whom the other article never names."""
    ta, tb = _tokens(a.text, a.start), _tokens(b.text, b.start)
    verbs_a = _actions(ta, mentions.get(a.sentence, []))
    verbs_b = _actions(tb, mentions.get(b.sentence, []))
    for verb in sorted(verbs_a.keys() & verbs_b.keys()):
        actor_a = _actor_before(mentions.get(a.sentence, []), verbs_a[verb][1], ta)
        actor_b = _actor_before(mentions.get(b.sentence, []), verbs_b[verb][1], tb)
        if not actor_a or not actor_b or actor_a[1] == actor_b[1]:
            continue
        # Different doers are a conflict when one side's doer is absent from the other
        # article altogether; two known parties acting together are not.
        if actor_b[1] in present[a.article] and actor_a[1] in present[b.article]:
            continue
        word_a = verbs_a[verb][0]
        yield Conflict(
            kind="actor",
            explanation=f"who {word_a}: {actor_a[0].text} ({a.article}) vs {actor_b[0].text} ({b.article})",
            sides=(
                _side(a, actor_a[0].text, actor_a[0].start, actor_a[0].end),
                _side(b, actor_b[0].text, actor_b[0].start, actor_b[0].end),
            ),
        )
        return


_AUXILIARY = {"had", "has", "have", "it", "they", "he", "she", "we", "who", "which", "then", "also", "later", "reportedly"}


def _actions(tokens: list[tuple[str, int, int]], sentence_mentions: list[tuple[Mention, str]]) -> dict[str, tuple[str, int, int]]:
    """Past-tense verbs used actively: after a name, a pronoun or an auxiliary ("UNICEF lifted",
    "it had lifted"), not a participle after a noun ("the sanctions imposed")."""
    name_ends = {m.end for m, _ in sentence_mentions}
    out = {}
    for k, (word, start, end) in enumerate(tokens):
        w = word.lower()
        if not (w.endswith("ed") and len(w) > 4) or word[0].isupper() or w in _STOP or stem(w) in _REPORTING:
            continue
        if k == 0:
            continue
        previous, _, previous_end = tokens[k - 1]
        if previous.lower() in _AUXILIARY or previous_end in name_ends:
            out.setdefault(stem(w), (word, start, end))
    return out


def _actor_before(
    sentence_mentions: list[tuple[Mention, str]], verb_start: int, tokens: list[tuple[str, int, int]]
) -> tuple[Mention, str] | None:
    """The nearest named doer before the verb, within a short window of words."""
    before = [(m, eid) for m, eid in sentence_mentions if m.end <= verb_start]
    if not before:
        return None
    mention, eid = max(before, key=lambda x: x[0].end)
    gap = sum(1 for _, s, _ in tokens if mention.end <= s < verb_start)
    return (mention, eid) if gap <= 10 else None


def quote_conflicts(a: Claim, b: Claim) -> Iterable[Conflict]:
    for qa in a.quotes:
        for qb in b.quotes:
            sa = [stem(w) for w in _WORD.findall(qa)]
            sb = [stem(w) for w in _WORD.findall(qb)]
            if len(sa) < 3 or len(sb) < 3:
                continue
            matcher = difflib.SequenceMatcher(a=sa, b=sb, autojunk=False)
            shared = sum(block.size for block in matcher.get_matching_blocks())
            if shared < 0.5 * min(len(sa), len(sb)):
                continue  # different quotations, not one quoted differently
            changed = [
                (sa[i1:i2], sb[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()
                if op == "replace" and (set(sa[i1:i2]) | set(sb[j1:j2])) - _STOP
            ]
            if changed:
                qs, qe = _find(a, qa)
                rs, re_ = _find(b, qb)
                yield Conflict(
                    kind="quote",
                    explanation=f"the quoted words differ: “{qa}” vs “{qb}”",
                    sides=(_side(a, qa, qs, qe), _side(b, qb, rs, re_)),
                )


def _find(claim: Claim, part: str) -> tuple[int, int]:
    at = claim.text.find(part)
    return (claim.start + at, claim.start + at + len(part)) if at >= 0 else (claim.start, claim.end)


# --- 5: order of events ---------------------------------------------------------------------

_ORDER = re.compile(r"\b(after|before|following|ahead of|prior to)\b", re.IGNORECASE)
_AFTER = {"after", "following"}


def _order_relations(claim: Claim) -> list[tuple[str, str, str, re.Match[str]]]:
    """(direction, event stem, event word, match) for "... after X announced", "... before it was announced"."""
    out = []
    for m in _ORDER.finditer(claim.text):
        direction = "after" if m.group(1).lower() in _AFTER else "before"
        following = [w for w in _WORD.findall(claim.text[m.end() : m.end() + 90])[:9] if not w[0].isupper() and w.lower() not in _STOP]
        # The event is the first verb after the connective ("after X announced"); a noun
        # ("after the announcement") only when no verb follows.
        verbs = [w for w in following if w.lower().endswith("ed")]
        nouns = [w for w in following if w.lower().endswith(("ion", "ment"))]
        if verbs or nouns:
            word = (verbs or nouns)[0]
            out.append((direction, stem(word).removesuffix("ment").removesuffix("ion"), word, m))
    return out


def order_conflicts(claims: Sequence[Claim], alignment: Alignment, index: dict[str, int]) -> Iterable[Conflict]:
    related = [(c, _order_relations(c)) for c in claims]
    related = [(c, r) for c, r in related if r]
    for x, (a, ra) in enumerate(related):
        for b, rb in related[x + 1 :]:
            if a.article == b.article:
                continue
            # The two sentences must at least be about the same thing.
            if alignment.similarity[index[a.id], index[b.id]] < 0.5 * alignment.threshold:
                continue
            for da, event_a, word_a, ma in ra:
                for db, event_b, word_b, mb in rb:
                    if event_a == event_b and da != db:
                        yield Conflict(
                            kind="order",
                            explanation=f"the order of events: {a.article} says {da} “{word_a}”, {b.article} says {db} “{word_b}”",
                            sides=(
                                _side(a, ma.group(0), a.start + ma.start(), a.start + ma.end()),
                                _side(b, mb.group(0), b.start + mb.start(), b.start + mb.end()),
                            ),
                        )


# --- 1b: the tallies of the event ----------------------------------------------------------

# The counts a story's sources are expected to agree on, by the words that say what was counted
# ("31 people injured", "Seventeen fans were hurt", "Seven of them remain in hospital").
_TALLIES = {
    "injured": ("injur", "hurt", "wound"),
    "dead": ("kill", "dead", "die", "death", "fatalit", "lost their lives"),
    "in hospital": ("hospital",),
    "arrested": ("arrest", "detain"),
    "missing": ("missing",),
    "evacuated": ("evacuat",),
}
_TALLY_REACH = 6  # words after the figure in which its tally word must stand


def _tallies(claim: Claim) -> list[tuple[str, Value]]:
    out = []
    for v in claim.values:
        if v.kind != "number":
            continue
        after = claim.text[v.end - claim.start :]
        after = re.split(r"[,;:.()]", after, maxsplit=1)[0]
        words = " ".join(after.lower().split()[:_TALLY_REACH])
        for tally, cues in _TALLIES.items():
            if any(re.search(rf"\b{re.escape(cue)}", words) for cue in cues):
                out.append((tally, v))
                break
    return out


def _is_headline(claim: Claim) -> bool:
    return not claim.text.rstrip().endswith((".", "!", "?", "\"", "”", "'", "’"))


def _figure(value: Value) -> str:
    return value.normalized.split(" ")[0]


def tally_conflicts(claims: Sequence[Claim]) -> Iterable[Conflict]:
    """Each source's first figure for a tally (injured, dead, in hospital...) against the
    others': a conflict when neither source gives the other's figure anywhere, whether or not
    the two sentences were aligned (paraphrased tallies often are not)."""
    figures: dict[str, set[str]] = {}
    first: dict[tuple[str, str], tuple[Claim, Value]] = {}
    for claim in claims:
        figures.setdefault(claim.article, set()).update(_figure(v) for v in claim.values if v.kind == "number")
        for tally, value in _tallies(claim):
            seen = first.get((claim.article, tally))
            # A sentence beats a headline (no closing punctuation) as the evidence.
            if seen is None or (_is_headline(seen[0]) and not _is_headline(claim)):
                first[(claim.article, tally)] = (claim, value)
    by_tally: dict[str, list[tuple[Claim, Value]]] = {}
    for (_article, tally), found in first.items():
        by_tally.setdefault(tally, []).append(found)
    for tally, found in by_tally.items():
        for x, (a, va) in enumerate(found):
            for b, vb in found[x + 1 :]:
                fa, fb = _figure(va), _figure(vb)
                if fa == fb or fa in figures[b.article] or fb in figures[a.article]:
                    continue
                yield Conflict(
                    kind="number",
                    explanation=f"how many ({tally}): {va.text} vs {vb.text}; neither source gives the other's figure",
                    sides=(_side(a, va.normalized, va.start, va.end), _side(b, vb.normalized, vb.start, vb.end)),
                )


# --- 6-7: from the resolved entities ----------------------------------------------------------


def entity_conflicts(entities: Sequence[Entity], articles: Sequence[Article]) -> Iterable[Conflict]:
    sentence_text = {s.id: s.text for a in articles for s in a.sentences}
    for kind, finder, what in (
        ("role", role_disagreements, "title"),
        ("name", name_disagreements, "name"),
    ):
        seen = set()
        for ma, mb in finder(entities):
            va = ma.title if kind == "role" else ma.text
            vb = mb.title if kind == "role" else mb.text
            if kind == "name" and _spelling_variant(va, vb):
                continue  # "Gabi" / "Gabby": a garbled spelling (flagged on the entity), not a different name
            key = (kind, frozenset((va.lower(), vb.lower())))
            if key in seen:
                continue
            seen.add(key)
            yield Conflict(
                kind=kind,
                explanation=f"the {what} differs: “{va}” in {ma.article}, “{vb}” in {mb.article}",
                sides=tuple(
                    ConflictSide(article=m.article, sentence=m.sentence, text=sentence_text.get(m.sentence, ""), value=v, start=m.start, end=m.end)
                    for m, v in ((ma, va), (mb, vb))
                ),
            )


def _spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one first name ("Gabi" / "Gabby", "Anthony" / "Antony"): the same
    first letter and the same consonant skeleton. "Ines" / "Agnes" are two names."""
    first_a, first_b = a.split()[0].lower(), b.split()[0].lower()
    return first_a[:1] == first_b[:1] and _skeleton(first_a) == _skeleton(first_b)


def _skeleton(name: str) -> str:
    consonants = [c for c in name[1:] if c.isalpha() and c not in "aeiouyhw"]
    return name[:1] + "".join(c for k, c in enumerate(consonants) if k == 0 or c != consonants[k - 1])


# --- the stage ------------------------------------------------------------------------------


def find_conflicts(
    claims: Sequence[Claim], alignment: Alignment, entities: Sequence[Entity], articles: Sequence[Article]
) -> tuple[Conflict, ...]:
    mentions: dict[str, list[tuple[Mention, str]]] = {}
    present: dict[str, set[str]] = {a.id: set() for a in articles}
    for entity in entities:
        if entity.type not in ("PERSON", "ORG", "PLACE"):
            continue
        for m in entity.mentions:
            mentions.setdefault(m.sentence, []).append((m, entity.id))
            present.setdefault(m.article, set()).add(entity.id)
    index = {c.id: k for k, c in enumerate(claims)}

    found: list[Conflict] = []
    for a, b, _score in alignment.pairs:
        found += number_conflicts(a, b)
        found += date_conflicts(a, b)
        found += actor_conflicts(a, b, mentions, present)
        found += quote_conflicts(a, b)
    found += tally_conflicts(claims)
    found += order_conflicts(claims, alignment, index)
    found += entity_conflicts(entities, articles)
    return tuple(_dedupe(found))


def _dedupe(conflicts: Iterable[Conflict]) -> list[Conflict]:
    seen, out = set(), []
    for c in conflicts:
        key = (c.kind, frozenset((s.sentence, s.value.lower()) for s in c.sides))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
