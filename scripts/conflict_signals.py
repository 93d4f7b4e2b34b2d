"""Signals at decision time for conflicts: every conflict the finder reports today (true or false
against gold), and, with ``--first``, the false conflicts blind sets got at their first score,
located again at today's code.

    python scripts/conflict_signals.py --set stories-dev --set stories-fresh --out /tmp/today.jsonl
    python scripts/conflict_signals.py --first /tmp/fb --out /tmp/first.jsonl

``--first DIR`` reads ``DIR/<set>.jsonl`` (one JSON line per false conflict of an old commit's
first score: ``{"set", "story", "kind", "desc", "sides": [[file, value, sentence, start, end,
normalized], ...]}``), compares each story at today's code and finds each side's sentence and
value again (the claim holding the value in the same article file).

Per conflict, one pair of sides (the first two of different groups and articles) is described:

* ``rule``      the finder module that made the disagreement (``values``, ``days``, ``quotes``,
                ``actors`` ...; ``names``/``roles`` for the entity checks), "" when no
                disagreement of today's run holds the two sides (a first-score false that no
                longer fires)
* ``aligned``   the two claims were aligned as one claim; ``sim``, ``ratio`` their alignment
                similarity and that over the agreement threshold
* ``counted``/``unit``  the counted noun and unit read on each side (numbers)
* ``quoted``    each value inside quotation marks in its sentence; ``speaker`` the claim attributed
* ``entities``  named entities both sentences mention; ``verbs`` verb forms both sentences share
                (a past, participle or -ing form, or an irregular verb form, by stem)
* ``near``      word classes both values share within six words (``common.event_words``)
* ``magnitude`` the larger over the smaller figure (numbers), the days apart (dates)
* ``others``    how many other values each claim holds
* ``fires``     (first-score false only) whether today's run still reports a conflict of the same kind
                holding both sides

The finder is wrapped, not changed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality import stories_of  # noqa: E402

import rashomon.comparison.conflicts as finder  # noqa: E402
from rashomon.comparison.conflicts.common import event_words  # noqa: E402
from rashomon.comparison.conflicts.quote_opening import same_verb  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.rules import Located, conflict_matches  # noqa: E402
from rashomon.evaluation.scores import match_articles  # noqa: E402
from rashomon.settings import Settings  # noqa: E402
from rashomon.text.thesaurus import irregular_lemmas  # noqa: E402
from rashomon.text.verbs import REPORTING_VERBS  # noqa: E402

# finder functions whose disagreements are tagged with their module
_MAKERS = (
    "number_findings", "denial_findings", "time_findings", "quote_findings", "part_findings", "split_findings",
    "span_findings", "lead_findings", "actor_findings", "order_conflicts", "act_conflicts", "place_conflicts",
    "compass_findings", "designation_findings", "structure_findings", "head_findings", "swapped_findings",
)
SEEN: dict = {"origin": {}, "disagreements": [], "claims": [], "alignment": None}


def _wrap() -> None:
    for name in _MAKERS:
        fn = getattr(finder, name)

        def tagged(*args, _fn=fn, **kwargs):
            out = list(_fn(*args, **kwargs))
            for f in out:
                if isinstance(f, finder.Disagreement):
                    SEEN["origin"][id(f)] = _fn.__module__.rsplit(".", 1)[-1]
            return out

        setattr(finder, name, tagged)
    pairs, merge = finder._candidate_pairs, finder.merge

    def candidate_pairs(claims, alignment):
        SEEN["claims"], SEEN["alignment"] = list(claims), alignment
        return pairs(claims, alignment)

    def merged(disagreements, agreements, sources):
        SEEN["disagreements"] = [(d, SEEN["origin"].get(id(d), "?")) for d in disagreements]
        return merge(disagreements, agreements, sources)

    finder._candidate_pairs, finder.merge = candidate_pairs, merged


_QUOTE_OPEN, _QUOTE_CLOSE = "“‘«", "”’»"
_VERB_FORM = re.compile(r"\b[a-z]{3,}(?:ed|ing|en)\b")
_WORD = re.compile(r"\b[a-z]{3,}\b")
_LIGHT = {"are", "was", "were", "been", "being", "had", "has", "having", "did", "does", "done", "doing", "got", "including",
          "according", "following", "during", "went", "gone", "made", "making"}


def in_quote(text: str, offset: int) -> bool:
    """Whether position ``offset`` of ``text`` stands inside quotation marks."""
    before = text[:offset]
    curly = sum(before.count(c) for c in "“«") - sum(before.count(c) for c in "”»")
    return curly > 0 or before.count('"') % 2 == 1


def verb_forms(text: str) -> set[str]:
    """Past, participle and -ing forms and irregular verb forms, less auxiliaries and verbs of saying."""
    low = text.lower()
    forms = set(_VERB_FORM.findall(low)) | {w for w in _WORD.findall(low) if irregular_lemmas(w)}
    return {w for w in forms if w not in _LIGHT and w not in REPORTING_VERBS}


def shared_verbs(a: str, b: str) -> list[str]:
    va, vb = verb_forms(a), verb_forms(b)
    return sorted({x for x in va for y in vb if x == y or same_verb(x, y)})


def _number(v) -> float | None:
    try:
        return abs(float(v.split(" ")[0].split("/")[0]))
    except (ValueError, AttributeError, IndexError):
        return None


def magnitude(kind: str, na: str, nb: str) -> float | None:
    if kind == "number":
        x, y = _number(na), _number(nb)
        if x is None or y is None or min(x, y) == 0:
            return None
        return round(max(x, y) / min(x, y), 3)
    try:
        return abs((date.fromisoformat(na[:10]) - date.fromisoformat(nb[:10])).days)
    except ValueError:
        return None


class Story:
    """One story compared at today's code, with what the finder saw."""

    def __init__(self, set_name: str, slug: str, gold_path: Path, sources) -> None:
        SEEN["origin"].clear()
        self.set, self.slug = set_name, slug
        self.gold = load_gold(gold_path)
        self.report = compare(sources, settings=Settings(embedder="static"))
        self.located = Located(self.report, match_articles(self.gold.articles, self.report))
        self.claims = SEEN["claims"]
        self.alignment = SEEN["alignment"]
        self.disagreements = SEEN["disagreements"]
        self.index = {c.id: k for k, c in enumerate(self.claims)}
        self.aligned = {(a.id, b.id) for a, b, _ in self.alignment.pairs} | {(b.id, a.id) for a, b, _ in self.alignment.pairs}
        self.sentence_entities: dict[str, set[str]] = defaultdict(set)
        for e in self.report.entities:
            for m in e.mentions:
                self.sentence_entities[m.sentence].add(e.id)
        self.names = {v: k for k, v in self.located.ids.items()}

    def claim_at(self, article: str, offset: int):
        inside = [c for c in self.claims if c.article == article and c.start <= offset < c.end]
        return min(inside, key=lambda c: c.end - c.start) if inside else None

    def origin(self, sa, sb) -> str:
        keys = {(sa.article, sa.start), (sb.article, sb.start)}
        for d, rule in self.disagreements:
            if {(d.a.claim.article, d.a.start), (d.b.claim.article, d.b.start)} == keys:
                return rule
        for d, rule in self.disagreements:  # sides moved by the merge: the claims holding them
            held = {(d.a.claim.article, d.a.claim.start, d.a.claim.end), (d.b.claim.article, d.b.claim.start, d.b.claim.end)}
            if all(any(art == s.article and x <= s.start < y for art, x, y in held) for s in (sa, sb)):
                return rule
        return ""

    def signals(self, kind: str, art_a: str, off_a: int, end_a: int, art_b: str, off_b: int, end_b: int) -> dict:
        ca, cb = self.claim_at(art_a, off_a), self.claim_at(art_b, off_b)
        out: dict = {"claims": [ca.id if ca else "", cb.id if cb else ""]}
        if ca is None or cb is None:
            return out
        va = next((v for v in ca.values if v.start < end_a and off_a < v.end), None)
        vb = next((v for v in cb.values if v.start < end_b and off_b < v.end), None)
        i, j = self.index[ca.id], self.index[cb.id]
        sim = float(self.alignment.similarity[i, j])
        out.update(
            sentences=[ca.text, cb.text],
            aligned=(ca.id, cb.id) in self.aligned,
            sim=round(sim, 4), ratio=round(sim / self.alignment.threshold, 4),
            values=[va.text if va else "", vb.text if vb else ""],
            normalized=[va.normalized if va else "", vb.normalized if vb else ""],
            counted=[va.counted if va else "", vb.counted if vb else ""],
            unit=[va.unit if va else "", vb.unit if vb else ""],
            quoted=[in_quote(ca.text, off_a - ca.start), in_quote(cb.text, off_b - cb.start)],
            speaker=[ca.speaker, cb.speaker],
            entities=len(self.sentence_entities[ca.sentence] & self.sentence_entities[cb.sentence]),
            entities_each=[len(self.sentence_entities[ca.sentence]), len(self.sentence_entities[cb.sentence])],
            verbs=shared_verbs(ca.text, cb.text),
            near=sorted(event_words(ca, off_a, end_a) & event_words(cb, off_b, end_b)),
            magnitude=magnitude(kind, va.resolved or va.normalized, vb.resolved or vb.normalized) if va and vb else None,
            others=[len(ca.values) - (va is not None), len(cb.values) - (vb is not None)],
        )
        return out


def _pair(sides):
    """The first two sides of different articles and groups."""
    for x, a in enumerate(sides):
        for b in sides[x + 1 :]:
            if a.article != b.article and a.group != b.group:
                return a, b
    return (sides[0], sides[1]) if len(sides) > 1 else (sides[0], sides[0])


def today(story: Story) -> list[dict]:
    out = []
    for c in story.report.conflicts:
        true = any(conflict_matches(c, g, story.located) for g in story.gold.conflicts)
        a, b = _pair(c.sides)
        rule = "roles" if c.kind == "role" else story.origin(a, b) or ("names" if c.kind == "name" else "?")
        out.append({
            "set": story.set, "story": story.slug, "true": true, "kind": c.kind, "rule": rule,
            "desc": f"{c.kind}: {c.explanation}",
            **story.signals(c.kind, a.article, a.start, a.end or a.start + 1, b.article, b.start, b.end or b.start + 1),
        })
    return out


def _locate(story: Story, side: list) -> tuple[str, int, int]:
    """Today's article id and offsets of an old side ``[file, value, sentence, start, end, normalized]``."""
    name, value, sentence, start, end = side[:5]
    article = story.located.article(name)
    if article is None:
        return "", -1, -1
    text = article.text
    if 0 <= start < end <= len(text) and text[start:end] == value and sentence[:40] in text[max(0, start - len(sentence)) : end + len(sentence)]:
        return article.id, start, end
    at = text.find(sentence[:80]) if sentence else -1
    if at < 0:
        at = text.find(sentence[:30])
    if at >= 0:
        k = sentence.find(value) if value else -1
        off = at + (k if k >= 0 else 0)
        return article.id, off, off + max(1, len(value) if k >= 0 else 1)
    return article.id, -1, -1


def _groups(desc: str) -> dict[str, int]:
    """Each article file's group in an explanation ("a1 and a4 say “75”; a3 says “0.75”": a.txt and
    d.txt in group 0, c.txt in 1); the k-th article is the k-th letter's file."""
    out = {}
    for g, part in enumerate(desc.split(": ", 2)[-1].split("”; ")):
        for k in re.findall(r"\ba(\d+)\b(?= (?:and|says?)\b)", part.split("“")[0]):
            out[f"{chr(ord('a') + int(k) - 1)}.txt"] = g
    return out


def first(story: Story, items: list[dict]) -> list[dict]:
    out = []
    for item in items:
        sides = item["sides"]
        pick = None
        groups = _groups(item["desc"])
        for x, a in enumerate(sides):
            for b in sides[x + 1 :]:
                apart = groups.get(a[0], -1) != groups.get(b[0], -2) if groups else (a[5] != b[5] or a[1] != b[1])
                if a[0] != b[0] and apart:
                    pick = pick or (a, b)
        a, b = pick or (sides[0], sides[1])
        art_a, sa, ea = _locate(story, a)
        art_b, sb, eb = _locate(story, b)
        fires = any(
            c.kind == item["kind"] and any(s.article == art_a and s.start < ea and sa < max(s.end, s.start + 1) for s in c.sides)
            and any(s.article == art_b and s.start < eb and sb < max(s.end, s.start + 1) for s in c.sides)
            for c in story.report.conflicts
        )
        rule = ""
        for d, r in story.disagreements:
            if {(d.a.claim.article, d.a.start), (d.b.claim.article, d.b.start)} == {(art_a, sa), (art_b, sb)}:
                rule = r
        signals = story.signals(item["kind"], art_a, sa, ea, art_b, sb, eb) if sa >= 0 and sb >= 0 else {"claims": ["", ""]}
        out.append({
            "set": story.set, "story": story.slug, "true": False, "first": True, "kind": item["kind"], "desc": item["desc"],
            "old_sentences": [a[2], b[2]], "old_values": [a[1], b[1]], "fires": fires, "rule_today": rule, **signals,
        })
    return out


def load_first(folder: Path) -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for path in sorted(folder.glob("*.first.jsonl")):
        for line in path.read_text().splitlines():
            item = json.loads(line)
            out[item["set"], item["story"]].append(item)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[])
    parser.add_argument("--first", type=Path, help="a folder of <set>.first.jsonl files")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    _wrap()
    wanted = load_first(args.first) if args.first else {}
    sets = args.set or sorted({s for s, _ in wanted})
    with args.out.open("w") as fh:
        for set_name in sets:
            for slug, gold_path, sources in stories_of(set_name):
                if args.first and (set_name, slug) not in wanted:
                    continue
                story = Story(set_name, slug, gold_path, sources)
                rows = first(story, wanted[set_name, slug]) if args.first else today(story)
                for row in rows:
                    fh.write(json.dumps(row) + "\n")
                print(f"{set_name}/{slug}: {len(rows)}", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
