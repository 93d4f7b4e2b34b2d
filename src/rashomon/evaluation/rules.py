"""The scoring rules for entities, claims, conflicts, framing and boilerplate (see scores.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..model import Article, Conflict, Report
from .gold import Gold, GoldConflict, GoldText
from .matching import (
    Span,
    any_overlap,
    contains_words,
    covers,
    finding_span,
    locate,
    name_form,
    normalize,
    overlaps,
    sentence_span,
    words,
)

# A report conflict kind agrees with a gold kind when both are in one of these families.
KIND_FAMILIES = ({"date", "weekday", "time", "year"},)
# Cue kinds that are never counted in framing precision: they are counted on their own.
HEDGE, VOICE = "hedge", "voice"


def kinds_agree(reported: str, gold: str) -> bool:
    return reported == gold or any(reported in f and gold in f for f in KIND_FAMILIES)


def by_article(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for article, text in pairs:
        out.setdefault(article, []).append(text)
    return out


class Located:
    """Gold texts located once in the report's article texts (spans per gold article and text)."""

    def __init__(self, report: Report, ids: Mapping[str, str]) -> None:
        self.ids = ids
        self.articles: dict[str, Article] = {a.id: a for a in report.articles}
        self._cache: dict[tuple[str, str], list[Span]] = {}

    def article(self, gold_name: str) -> Article | None:
        aid = self.ids.get(gold_name)
        return self.articles.get(aid) if aid else None

    def spans(self, gold_name: str, text: str) -> list[Span]:
        key = (gold_name, text)
        if key not in self._cache:
            article = self.article(gold_name)
            self._cache[key] = locate(article.text, text) if article else []
        return self._cache[key]


def cue_sentences(gold: Gold, located: Located) -> list[set[str]]:
    """For each gold framing cue, the ids of the report sentences that hold it."""
    out = []
    for g in gold.framing:
        article = located.article(g.article)
        spans = located.spans(g.article, g.text)
        out.append({s.id for s in article.sentences if any_overlap([(s.start, s.end)], spans)} if article else set())
    return out


# --- entities -------------------------------------------------------------------------------


def score_entities(gold: Gold, report: Report) -> tuple[int, list[str], list[str], list[str], list[str]]:
    """(merged groups, groups not merged with why, garbled forms flagged, missed, false flags)."""
    forms_by_entity = {e.id: {name_form(m.text) for m in e.mentions} for e in report.entities}
    group_forms = [{name_form(v) for v in (g.canonical, *g.variants)} for g in gold.entities]
    merged, missed = 0, []
    for i, group in enumerate(gold.entities):
        holders = [eid for eid, forms in forms_by_entity.items() if forms & group_forms[i]]
        ok = False
        if len(holders) == 1:
            others = set().union(*(f for j, f in enumerate(group_forms) if j != i)) - group_forms[i]
            ok = not (forms_by_entity[holders[0]] & others)
        merged += ok
        if not ok:
            why = "not mentioned" if not holders else f"split over {len(holders)} entities" if len(holders) > 1 else "merged with another"
            missed.append(f"{group.canonical} ({why})")

    suspects: dict[str, str] = {}
    for entity in report.entities:
        for s in entity.suspect:
            if s.text.strip():
                suspects.setdefault(normalize(s.text), f"{s.text} (in {entity.name}: {s.reason})")
    forms = [f for g in gold.entities for f in g.garbled]
    flagged = [f for f in forms if any(contains_words(s, f) for s in suspects)]
    unflagged = [f for f in forms if f not in flagged]
    false = sorted(label for s, label in suspects.items() if not any(contains_words(s, f) for f in forms))
    return merged, missed, flagged, unflagged, false


# --- claims ---------------------------------------------------------------------------------


def _claim_on(claim: Any, gold_name: str, text: str, located: Located) -> bool:
    """A report claim states a gold text: same article, and its text covers the gold text or,
    when it has offsets, its span holds the gold text's span."""
    if claim.article != located.ids.get(gold_name):
        return False
    if covers(claim.text, text):
        return True
    spans = located.spans(gold_name, text)
    if 0 <= claim.start < claim.end and spans:
        return any(claim.start <= s and e <= claim.end for s, e in spans)
    return False


def score_shared(gold: Gold, report: Report, located: Located) -> tuple[int, list[str], dict[int, list[int]]]:
    """(found, missed, {number of articles: [found, total]})."""
    found, missed, sizes = 0, [], {}
    for pair in gold.shared:
        hit = all(a in located.ids for a in pair) and any(
            all(any(_claim_on(c, a, t, located) for c in agreement.claims) for a, t in pair.items())
            for agreement in report.agreements
        )
        found += hit
        size = sizes.setdefault(len(pair), [0, 0])
        size[0] += hit
        size[1] += 1
        if not hit:
            missed.append(f"({len(pair)}-way) " + " <> ".join(f"{a}: {t}" for a, t in pair.items()))
    return found, missed, sizes


def score_unique(gold: Gold, report: Report, located: Located) -> tuple[int, list[str], list[str]]:
    """(found, missed, gold unique claims the report puts in an agreement)."""
    agreed = [c for agreement in report.agreements for c in agreement.claims]
    found, missed, in_agreement = 0, [], []
    for u in gold.unique:
        label = f"{u.article}: {u.text}"
        hit = any(_claim_on(c, u.article, u.text, located) for c in report.unique)
        found += hit
        if not hit:
            missed.append(label)
        if any(_claim_on(c, u.article, u.text, located) for c in agreed):
            in_agreement.append(label)
    return found, missed, in_agreement


# --- conflicts ------------------------------------------------------------------------------


def _value_span(side: Any, article: Article | None) -> list[Span]:
    """Where a side's value lies: its offsets when valid, else its value found in its sentence."""
    if article is None:
        return []
    if 0 <= side.start < side.end <= len(article.text):
        return [(side.start, side.end)]  # the value's offsets, whatever its normalised form
    sentence = sentence_span(article, side.sentence)
    if not side.value or sentence is None:
        return []
    return [(sentence[0] + a, sentence[0] + b) for a, b in locate(article.text[sentence[0] : sentence[1]], side.value)]


def _side_on(side: Any, gold_name: str, text: str, located: Located) -> bool:
    """A report side stands on a gold side: same article, and its value (its offsets, or its value
    found in its sentence) overlaps the gold side's text where it occurs. A side whose value
    cannot be placed is placed by its sentence; texts that cannot be located: the containment rule."""
    if side.article != located.ids.get(gold_name):
        return False
    spans = located.spans(gold_name, text)
    article = located.article(gold_name)
    own = _value_span(side, article)
    if not own:
        sentence = sentence_span(article, side.sentence)
        own = [sentence] if sentence else finding_span(article, side.text, side.start, side.end, side.sentence)
    if spans and own:
        return any_overlap(own, spans)
    return covers(side.text, text) or covers(side.value, text)


def sides_covered(conflict: Conflict, gold_conflict: GoldConflict, located: Located) -> set[str]:
    """The gold sides a report conflict stands on."""
    return {a for a, t in gold_conflict.sides.items() if any(_side_on(s, a, t, located) for s in conflict.sides)}


def conflict_matches(conflict: Conflict, gold_conflict: GoldConflict, located: Located) -> bool:
    return len(sides_covered(conflict, gold_conflict, located)) >= 2


def describe_conflict(conflict: Conflict, names: Mapping[str, str]) -> str:
    sides = "; ".join(f"{names.get(s.article, s.article)}: {s.value or s.text!r}" for s in conflict.sides)
    return f"{conflict.kind}: {conflict.explanation} [{sides}]"


def score_conflicts(gold: Gold, report: Report, located: Located) -> dict[str, Any]:
    names = {v: k for k, v in located.ids.items()}
    matches = [[c for c in report.conflicts if conflict_matches(c, g, located)] for g in gold.conflicts]
    # A finding that stands on several gold conflicts belongs to one: of its own kind first, then
    # the one it covers most of; it repeats a gold conflict only when it belongs there.
    home: dict[int, GoldConflict] = {}
    for g, matching in zip(gold.conflicts, matches):
        for c in matching:
            rank = (kinds_agree(c.kind, g.kind), len(sides_covered(c, g, located)))
            best = home.get(id(c))
            if best is None or rank > (kinds_agree(c.kind, best.kind), len(sides_covered(c, best, located))):
                home[id(c)] = g
    out: dict[str, Any] = {
        "found": 0, "kind_right": 0, "all_sides": 0, "missed": [], "wrong_kind": [], "sides_missing": [], "by_kind": {},
        "duplicates": [],
    }
    for g, matching in zip(gold.conflicts, matches):
        label = f"{g.kind}: " + " <> ".join(f"{a}: {t}" for a, t in g.sides.items()) + (f" ({g.note})" if g.note else "")
        kind = out["by_kind"].setdefault(g.kind, [0, 0])
        kind[1] += 1
        if not matching:
            out["missed"].append(label)
            continue
        out["found"] += 1
        kind[0] += 1
        if any(kinds_agree(c.kind, g.kind) for c in matching):
            out["kind_right"] += 1
        else:
            out["wrong_kind"].append(f"{label} reported as {', '.join(sorted({c.kind for c in matching}))}")
        if any(len(sides_covered(c, g, located)) == len(g.sides) for c in matching):
            out["all_sides"] += 1
        else:
            most = max(matching, key=lambda c: len(sides_covered(c, g, located)))
            missing = sorted(set(g.sides) - sides_covered(most, g, located))
            out["sides_missing"].append(f"{label}: no one finding holds {', '.join(missing)}")
        for extra in [c for c in matching if home[id(c)] is g][1:]:
            out["duplicates"].append(f"{describe_conflict(extra, names)} repeats gold {g.kind}: {g.note or label}")
    matched = {id(c) for m in matches for c in m}
    out["false"] = [describe_conflict(c, names) for c in report.conflicts if id(c) not in matched]
    return out


# --- framing --------------------------------------------------------------------------------


def _cue_spans(cue: Any, located: Located) -> list[Span]:
    return finding_span(located.articles.get(cue.article), cue.text, cue.start, cue.end, cue.sentence)


def _cue_finds(cue: Any, spans: list[Span], g: GoldText, located: Located) -> bool:
    """A report cue finds a gold cue: same article, overlapping spans, and not a sprawling cue
    (at most twice the gold cue's words plus three) that would find anything it covers."""
    if cue.article != located.ids.get(g.article) or words(cue.text) > 2 * words(g.text) + 3:
        return False
    gold_spans = located.spans(g.article, g.text)
    if spans and gold_spans:
        return any_overlap(spans, gold_spans)
    return overlaps(cue.text, g.text)


def _cue_on_gold(cue: Any, spans: list[Span], gold: Gold, located: Located) -> bool:
    """A report cue stands on some gold framing cue of its article (any kind, any length)."""
    for g in gold.framing:
        if cue.article != located.ids.get(g.article):
            continue
        gold_spans = located.spans(g.article, g.text)
        if (any_overlap(spans, gold_spans) if spans and gold_spans else overlaps(cue.text, g.text)):
            return True
    return False


def score_framing(gold: Gold, report: Report, located: Located) -> dict[str, Any]:
    names = {v: k for k, v in located.ids.items()}
    spans = [(_cue_spans(c, located), c) for c in report.framing]
    out: dict[str, Any] = {"found": 0, "missed": [], "by_kind": {}}
    for g in gold.framing:
        hit = any(c.kind != VOICE and _cue_finds(c, s, g, located) for s, c in spans)
        kind = out["by_kind"].setdefault(g.kind or "unkinded", [0, 0])
        kind[0] += hit
        kind[1] += 1
        out["found"] += hit
        if not hit:
            out["missed"].append(f"{g.kind or 'cue'}: {g.article}: {g.text}")
    counted = {"precise": [0, 0], "hedge": [0, 0]}
    false, false_hedges, wire, voice = [], [], [], 0
    for s, c in spans:
        if c.kind == VOICE:
            voice += 1
            continue
        group = "hedge" if c.kind == HEDGE else "precise"
        on = _cue_on_gold(c, s, gold, located)
        counted[group][0] += on
        counted[group][1] += 1
        label = f"{c.kind}: {names.get(c.article, c.article)}: {c.text!r}" + (f" ({c.note})" if c.note else "")
        if not on:
            (false_hedges if group == "hedge" else false).append(label)
        if group == "precise" and names.get(c.article) in gold.neutral:
            wire.append(label)
    out.update(precise=counted["precise"], hedges=counted["hedge"], false=false, false_hedges=false_hedges, wire=wire, voice=voice)
    return out


# --- boilerplate ----------------------------------------------------------------------------


def score_boilerplate(gold: Gold, report: Report, ids: Mapping[str, str]) -> tuple[int, list[str], list[str], int]:
    """(gold lines removed, gold lines kept, removed lines that are no gold line, of which hold gold text)."""
    removed = by_article((a.id, r.text) for a in report.articles for r in a.removed)
    found, missed = 0, []
    for b in gold.boilerplate:
        hit = b.article in ids and any(covers(r, b.text) for r in removed.get(ids[b.article], []))
        found += hit
        if not hit:
            missed.append(f"{b.article}: {b.text}")
    names = {v: k for k, v in ids.items()}
    gold_lines = by_article((b.article, b.text) for b in gold.boilerplate)
    content = by_article((t.article, t.text) for t in gold.texts() if t not in gold.boilerplate)
    lost, gold_lost = [], 0
    for article in report.articles:
        name = names.get(article.id)
        for line in article.removed:
            if name is not None and any(covers(line.text, g) for g in gold_lines.get(name, [])):
                continue
            lost.append(f"{name or article.id}: {line.text} ({line.reason})")
            if name is not None and any(normalize(g) in normalize(line.text) for g in content.get(name, [])):
                gold_lost += 1
    return found, missed, lost, gold_lost


def absent_from_text(gold: Gold, located: Located) -> list[str]:
    """Gold texts (boilerplate aside) that do not occur in the report's text of their article."""
    return [
        f"{t.article}: {t.text}"
        for t in gold.texts()
        if t.article in located.ids and t not in gold.boilerplate and not located.spans(t.article, t.text)
    ]
