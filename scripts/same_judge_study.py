"""A study: would a learned judge of "the same quantity / the same day" carry to unseen stories?

    python scripts/same_judge_study.py --cache /tmp/samejudge.pkl          # build (~1 min) and evaluate
    python scripts/same_judge_study.py --cache /tmp/samejudge.pkl --eval   # evaluate a built cache only

For every pair of claims the conflict finder compares (``_candidate_pairs``, wrapped as in
``scripts/conflict_stages.py``), every pair of number values and, separately, every pair of
day/date values (date, month, year, weekday, time) is one row. A row is positive when both
values lie inside two different sides of one gold conflict of that kind, or inside the two
texts of one gold shared claim with values that agree (a shared claim's "12 dead and 30 hurt"
pairs 12 with 12, not 12 with 30); negative otherwise.

The finder's own judgement of a row: "same" when ``number_findings`` / ``time_findings`` /
``lead_findings`` gave a finding (agreeing or disagreeing) on those two values, before any filter; "other" when the pair
was compared and nothing came out ("judged other").

Features come from what the package already has, no word strings: the alignment similarity
relative to its threshold, aligned, the static-vector cosine of the counted nouns, of the two
sentences and of the words around each value, the thesaurus kinds of the counted nouns, unit,
qualifier, tally, part, lead, the value ratio, shared rare words, shared event-word classes.

Two views: "all" pairs (positive: one quantity or day, agreeing or not) and "differing" pairs
(values that do not agree; positive: the two sides of a gold conflict), the judgement a number or
date conflict's recall and precision rest on. A logistic regression and a gradient-boosted tree
are fitted leaving one set out (eight sets);
on each held-out set the learned judge is read at the finder's own precision (recall) and at the
finder's recall (precision), once with the threshold picked on the held-out set itself (the
best it could do) and once with the threshold that matches the finder on the training sets (what
it would do unseen). Then the judge beside the finder: rescue the finder's "other" pairs it scores
high, veto its "same" pairs it scores low (thresholds from the training sets), with how many of
the vetoed pairs had reached the merge. Writes nothing but the cache.

Result at 011e19b (static): on "all" number pairs the judge finds far more same-quantity pairs
than the finder at its precision (pooled over held-out sets: finder P 0.69 R 0.41, logistic
P 0.66 R 0.78), almost all of them agreeing figures; on "differing" pairs (conflicts) it does
not beat the finder (finder P 0.62 R 0.45; logistic at the finder's training precision P 0.52
R 0.20, tree P 0.36 R 0.53), nor on differing dates (finder P 0.69 R 0.26; logistic P 0.50
R 0.05). The rival features (is the pair the best of its value's pairs) carry the largest
weights and help a little (differing figures at the finder's recall: logistic P 0.38 -> 0.47),
but a rescue of the finder's "other" pairs wins gold conflicts only with many false pairs: the
tree with rivals takes back 16 of the 24 figure conflicts whose every pair was judged other at
159 false pairs, 11 of 21 date conflicts at 187 (pooled over eight held-out sets).
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality import stories_of  # noqa: E402

import rashomon.comparison.conflicts as finder  # noqa: E402
from rashomon.comparison.conflicts.common import event_words, context, is_headline, word_class  # noqa: E402
from rashomon.comparison.conflicts.days import same_time  # noqa: E402
from rashomon.comparison.conflicts.figure_roles import is_part  # noqa: E402
from rashomon.comparison.conflicts.values import denied, numbers_agree, tally_of, tallied  # noqa: E402
from rashomon.comparison.framing.resources import word_vectors  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.rules import Located  # noqa: E402
from rashomon.evaluation.scores import match_articles  # noqa: E402
from rashomon.settings import Settings  # noqa: E402
from rashomon.text.frequency import zipf  # noqa: E402
from rashomon.text.thesaurus import kind_of, same_kind  # noqa: E402

SETS = ("stories-dev", "stories-fresh", "stories-fresh2", "stories-fresh3", "stories-fresh4",
        "stories-fresh5", "stories-fresh6", "stories-fresh7")
DATE_KINDS = ("date", "month", "year", "weekday", "time")
KIND_OF_VALUE = {"number": "number", **{k: "date" for k in DATE_KINDS}}
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
RARE_ZIPF = 4.0  # a word rarer than this (per billion: 10^4) shared by both sentences says "one topic"


class Capture:
    """What the wrapped finder saw in one story."""

    def __init__(self) -> None:
        self.claims, self.alignment, self.pairs = [], None, []
        self.same: set[tuple[str, int, str, int]] = set()  # (claim, value start) x 2, both orders
        self.merged: set[tuple[str, int, str, int]] = set()  # disagreements past every filter, to the merge

    def reset(self) -> None:
        self.__init__()


CAP = Capture()


def _wrap() -> None:
    pairs, numbers, times, merge = finder._candidate_pairs, finder.number_findings, finder.time_findings, finder.merge

    def candidate_pairs(claims, alignment):
        out = pairs(claims, alignment)
        CAP.claims, CAP.alignment, CAP.pairs = list(claims), alignment, list(out)
        return out

    def record(found):
        for f in found:
            CAP.same.add((f.a.claim.id, f.a.start, f.b.claim.id, f.b.start))
            CAP.same.add((f.b.claim.id, f.b.start, f.a.claim.id, f.a.start))
            yield f

    def merged(disagreements, agreements, sources):
        for d in disagreements:
            CAP.merged |= {(d.a.claim.id, d.a.start, d.b.claim.id, d.b.start), (d.b.claim.id, d.b.start, d.a.claim.id, d.a.start)}
        return merge(disagreements, agreements, sources)

    finder._candidate_pairs = candidate_pairs
    finder.merge = merged
    finder.number_findings = lambda *a, **k: record(numbers(*a, **k))
    finder.time_findings = lambda *a, **k: record(times(*a, **k))
    leads = finder.lead_findings  # the leads' days: a second path to "the same event's day"
    finder.lead_findings = lambda *a, **k: list(record(leads(*a, **k)))


# --- labels ---------------------------------------------------------------------------------


def _inside(v, spans) -> bool:
    return any(v.start < e and s < v.end for s, e in spans)


def _agree(va, vb) -> bool:
    if va.kind == "number":
        return numbers_agree(va, vb)
    return va.normalized == vb.normalized or bool(same_time(va, vb))


def _label(a, va, b, vb, kind: str, gold, located: Located) -> tuple[int, str, int]:
    """(1, "conflict" | "shared", which gold conflict or -1) when the gold says the two values are
    one quantity or day, else (0, "", -1)."""
    for n, g in enumerate(gold.conflicts):
        if (g.kind == "number") != (kind == "number") or g.kind not in ("number", *DATE_KINDS):
            continue
        names = list(g.sides)
        for x in names:
            for y in names:
                if x == y:
                    continue
                ax, ay = located.article(x), located.article(y)
                if ax is None or ay is None or ax.id != a.article or ay.id != b.article:
                    continue
                if _inside(va, located.spans(x, g.sides[x])) and _inside(vb, located.spans(y, g.sides[y])):
                    return 1, "conflict", n
    if not _agree(va, vb):
        return 0, "", -1
    for texts in gold.shared:
        for x, tx in texts.items():
            ax = located.article(x)
            if ax is None or ax.id != a.article or not _inside(va, located.spans(x, tx)):
                continue
            for y, ty in texts.items():
                ay = located.article(y)
                if y != x and ay is not None and ay.id == b.article and _inside(vb, located.spans(y, ty)):
                    return 1, "shared", -1
    return 0, "", -1


# --- features -------------------------------------------------------------------------------


def _mean_vector(words: list[str]) -> np.ndarray | None:
    vs = [v for v in word_vectors(words) if v.any()]
    if not vs:
        return None
    m = np.mean(vs, axis=0)
    n = float(np.linalg.norm(m))
    return m / n if n else None


def _cos(x: np.ndarray | None, y: np.ndarray | None) -> float:
    return float(x @ y) if x is not None and y is not None else 0.0


def _content(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text) if len(w) > 3]


def _around(claim, v, reach: int = 5) -> list[str]:
    """The lowercase words within ``reach`` words of the value, in its claim (what was done)."""
    s, e = v.start - claim.start, v.end - claim.start
    left = [w for w in WORD.findall(claim.text[:s]) if w[0].islower()][-reach:]
    right = [w for w in WORD.findall(claim.text[e:]) if w[0].islower()][:reach]
    return [w.lower() for w in left + right if len(w) > 2]


def _amount(v) -> float | None:
    try:
        return abs(float(v.normalized.split(" ")[0]))
    except ValueError:
        return None


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _day(v) -> date | None:
    """The calendar day a date value names (a weekday by its resolved date), None for a bare year or a time."""
    for text in (v.normalized, v.resolved):
        m = _ISO.match(text or "")
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def _day_gap(va, vb) -> tuple[float, float]:
    """(log10 of 1 + the days between the two days, both known): "Monday" / "Tuesday" are near."""
    da, db = _day(va), _day(vb)
    if da is None or db is None:
        return 0.0, 0.0
    return math.log10(1 + abs((da - db).days)), 1.0


class Featurizer:
    """Features of one pair of values; vectors read once per claim and per value."""

    NAMES = (
        "sim_rel", "aligned", "close", "sent_cos", "near_cos", "counted_cos", "both_counted", "one_counted",
        "same_class", "same_kind", "both_kinded", "same_unit", "both_unit", "qual_a_or_b", "same_qual",
        "lead_both", "lead_one", "headline_any", "log_ratio", "agree", "same_tally", "tally_both", "tallied_both",
        "part_any", "denied_any", "rare_shared", "events_shared", "context_shared", "future_diff",
        "same_value_kind", "resolved_both", "speaker_both", "negated_any", "sentence_gap",
        "day_gap", "both_days",
    )

    def __init__(self, claims, alignment) -> None:
        self.index = {c.id: k for k, c in enumerate(claims)}
        self.sim, self.threshold = alignment.similarity, alignment.threshold
        self.aligned = {(a.id, b.id) for a, b, _ in alignment.pairs} | {(b.id, a.id) for a, b, _ in alignment.pairs}
        self.sent: dict[str, np.ndarray | None] = {}
        self.words: dict[str, set[str]] = {}
        self.lead: set[str] = set()
        by_article = defaultdict(list)
        for c in claims:
            by_article[c.article].append(c)
        for own in by_article.values():
            self.lead |= {c.id for c in [c for c in own if not is_headline(c)][:2]}
        self.order = {c.id: k for own in by_article.values() for k, c in enumerate(own)}

    def _sentence(self, claim) -> np.ndarray | None:
        if claim.id not in self.sent:
            words = _content(claim.text)
            self.sent[claim.id] = _mean_vector(words)
            self.words[claim.id] = set(words)
        return self.sent[claim.id]

    def row(self, a, va, b, vb) -> list[float]:
        i, j = self.index[a.id], self.index[b.id]
        sim = float(self.sim[i, j]) / self.threshold
        aligned = (a.id, b.id) in self.aligned
        sa, sb = self._sentence(a), self._sentence(b)
        rare = {w for w in self.words[a.id] & self.words[b.id] if zipf(w) < RARE_ZIPF}
        ca, cb = va.counted or "", vb.counted or ""
        counted_cos = _cos(_mean_vector([ca]), _mean_vector([cb])) if ca and cb else 0.0
        xa, xb = (_amount(va), _amount(vb)) if va.kind == vb.kind == "number" else (None, None)
        ratio = math.log10(max(xa, xb) / min(xa, xb)) if xa and xb else 0.0
        ta, tb = (tally_of(a, va), tally_of(b, vb)) if va.kind == vb.kind == "number" else (frozenset(), frozenset())
        number = va.kind == "number"
        return [
            sim, float(aligned), float(aligned and sim >= 1.0),
            _cos(sa, sb), _cos(_mean_vector(_around(a, va)), _mean_vector(_around(b, vb))),
            counted_cos, float(bool(ca and cb)), float(bool(ca) != bool(cb)),
            float(bool(ca and cb) and word_class(ca) == word_class(cb)),
            float(bool(ca and cb) and same_kind(ca, cb)), float(bool(ca and cb and kind_of(ca) and kind_of(cb))),
            float(va.unit == vb.unit), float(bool(va.unit and vb.unit)),
            float(bool(va.qualifier or vb.qualifier)), float(va.qualifier == vb.qualifier),
            float(a.id in self.lead and b.id in self.lead), float((a.id in self.lead) != (b.id in self.lead)),
            float(is_headline(a) or is_headline(b)),
            min(ratio, 3.0), float(_agree(va, vb)),
            float(ta == tb), float(bool(ta and tb)), float(number and tallied(a) and tallied(b)),
            float(number and (is_part(a, va) or is_part(b, vb))), float(number and (denied(a, va) or denied(b, vb))),
            float(len(rare)),
            float(len(event_words(a, va.start, va.end) & event_words(b, vb.start, vb.end))),
            float(len(context(a, va.start, va.end) & context(b, vb.start, vb.end))),
            float((a.modality == "future") != (b.modality == "future")),
            float(va.kind == vb.kind), float(bool(va.resolved and vb.resolved)),
            float(bool(a.speaker and b.speaker)), float(a.negated or b.negated),
            float(abs(self.order[a.id] - self.order[b.id])),
            *_day_gap(va, vb),
        ]


# --- the dataset ----------------------------------------------------------------------------


def build(sets: tuple[str, ...]) -> dict[str, list]:
    """Rows per kind: (set, story, features, label, label source, finder says same, reached the merge,
    (claim a, value a start, claim b, value b start), the gold conflict's index or -1)."""
    _wrap()
    rows: dict[str, list] = {"number": [], "date": []}
    for set_name in sets:
        for slug, gold_path, sources in stories_of(set_name):
            CAP.reset()
            report = compare(sources, settings=Settings(embedder="static"))
            gold = load_gold(gold_path)
            located = Located(report, match_articles(gold.articles, report))
            if CAP.alignment is None:
                continue
            feats = Featurizer(CAP.claims, CAP.alignment)
            for a, b in CAP.pairs:
                for va in a.values:
                    for vb in b.values:
                        kind = KIND_OF_VALUE.get(va.kind)
                        if kind is None or kind != KIND_OF_VALUE.get(vb.kind):
                            continue
                        label, source, which = _label(a, va, b, vb, kind, gold, located)
                        if not label:
                            label, source, which = _label(b, vb, a, va, kind, gold, located)
                        key = (a.id, va.start, b.id, vb.start)
                        rows[kind].append((set_name, slug, feats.row(a, va, b, vb), label, source, key in CAP.same, key in CAP.merged, key, which))
        print(f"built {set_name}: {sum(len(r) for r in rows.values())} rows so far", file=sys.stderr)
    return rows


# --- evaluation -----------------------------------------------------------------------------


def _pr(pred: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    tp = float((pred & (y == 1)).sum())
    return (tp / pred.sum() if pred.sum() else 1.0), (tp / (y == 1).sum() if (y == 1).sum() else 0.0)


def _at_precision(score: np.ndarray, y: np.ndarray, target: float) -> tuple[float, float]:
    """The lowest threshold whose precision is at least ``target``: (threshold, recall)."""
    best_t, best_r = float("inf"), 0.0
    for t in np.unique(score)[::-1]:
        p, r = _pr(score >= t, y)
        if p >= target and r > best_r:
            best_t, best_r = float(t), r
    return best_t, best_r


def _at_recall(score: np.ndarray, y: np.ndarray, target: float) -> tuple[float, float]:
    """The highest threshold whose recall is at least ``target``: (threshold, precision)."""
    for t in np.unique(score)[::-1]:
        p, r = _pr(score >= t, y)
        if r >= target:
            return float(t), p
    return float(np.min(score)), _pr(score >= np.min(score), y)[0]


def _models():
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {
        "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced")),
        "tree": lambda: HistGradientBoostingClassifier(max_depth=4, max_iter=200, learning_rate=0.05, min_samples_leaf=20),
    }


RIVALS = ("sim_rel", "near_cos", "counted_cos", "events_shared")
RIVAL_NAMES = tuple(f"best_{n}" for n in RIVALS)


def _rivals(rows: list) -> np.ndarray:
    """Competition between the pairs one value takes part in: for each of RIVALS, on how many of
    its two values (0, 1, 2) the pair scores highest among that value's pairs in the story. A
    figure has one counterpart in another article; the nearest of several is the likeliest."""
    best: dict[tuple, float] = defaultdict(lambda: float("-inf"))
    cols = [Featurizer.NAMES.index(n) for n in RIVALS]
    ends = []
    for r in rows:
        a, sa, b, sb = r[7]
        ends.append(((r[1], a, sa, b[:b.index(".")]), (r[1], b, sb, a[:a.index(".")])))  # a value against one other article
        for e in ends[-1]:
            for k, c in enumerate(cols):
                best[(e, k)] = max(best[(e, k)], r[2][c])
    return np.array([[sum(r[2][c] >= best[(e, k)] for e in ends[i]) for k, c in enumerate(cols)] for i, r in enumerate(rows)], dtype=float)


def _view(rows: list, view: str, rivals: bool = True):
    """(sets, X, y, finder, reached) of one view: "all" (positive: one quantity or day, agreeing or
    not) or "differing" (only pairs whose values do not agree; positive: a gold conflict's two
    sides), the judgement a conflict's recall and precision rest on. ``rivals``: add :func:`_rivals`
    (computed over every pair, agreeing or not)."""
    extra = _rivals(rows) if rivals else np.zeros((len(rows), 0))
    keep = np.array([view == "all" or not r[2][Featurizer.NAMES.index("agree")] for r in rows])
    kept = [r for r, k in zip(rows, keep) if k]
    sets = np.array([r[0] for r in kept])
    X = np.hstack([np.array([r[2] for r in kept], dtype=float), extra[keep]])
    y = np.array([r[3] if view == "all" else int(r[4] == "conflict") for r in kept])
    return sets, X, y, np.array([r[5] for r in kept]), np.array([r[6] for r in kept])


def evaluate(rows: list, kind: str, view: str, rivals: bool) -> None:
    """Leave one set out, each model read at the finder's precision and at its recall."""
    from sklearn.metrics import roc_auc_score

    sets, X, y, said, _ = _view(rows, view, rivals)
    print(f"\n== {kind}, {view} pairs{', with rivals' if rivals else ''}: {len(y)} pairs, {int(y.sum())} positive")
    print(f"{'held out':15s}  pos | finder P    R  | model  | at finder P: R oracle | train-thr P    R  "
          "| at finder R: P oracle | train-thr P    R  | AUC")
    for name, make in _models().items():
        pooled = defaultdict(list)
        for held in SETS:
            test = sets == held
            if not test.any() or y[test].sum() == 0:
                continue
            train = ~test
            model = make().fit(X[train], y[train])
            s_train, s_test = model.predict_proba(X[train])[:, 1], model.predict_proba(X[test])[:, 1]
            fp, fr = _pr(said[test], y[test])
            tp_train, tr_train = _pr(said[train], y[train])
            _, r_oracle = _at_precision(s_test, y[test], fp)
            t_p, _ = _at_precision(s_train, y[train], tp_train)  # the threshold matching the finder's precision in training
            _, p_oracle = _at_recall(s_test, y[test], fr)
            t_r, _ = _at_recall(s_train, y[train], tr_train)
            p_tp, r_tp = _pr(s_test >= t_p, y[test])
            p_tr, r_tr = _pr(s_test >= t_r, y[test])
            auc = roc_auc_score(y[test], s_test) if 0 < y[test].sum() < test.sum() else float("nan")
            print(f"{held:15s} {int(y[test].sum()):4d} | {fp:5.2f} {fr:5.2f} | {name:6s} | {r_oracle:21.2f} | "
                  f"{p_tp:9.2f} {r_tp:5.2f}  | {p_oracle:21.2f} | {p_tr:9.2f} {r_tr:5.2f}  | {auc:.2f}")
            pooled["y"].append(y[test])
            pooled["said"].append(said[test])
            pooled["at_p"].append(s_test >= t_p)
            pooled["at_r"].append(s_test >= t_r)
        yy, ss = np.concatenate(pooled["y"]), np.concatenate(pooled["said"])
        fp, fr = _pr(ss, yy)
        pp, rp = _pr(np.concatenate(pooled["at_p"]), yy)
        pr_, rr = _pr(np.concatenate(pooled["at_r"]), yy)
        print(f"{'pooled':15s} {int(yy.sum()):4d} | {fp:5.2f} {fr:5.2f} | {name:6s} | {'':21s} | "
              f"{pp:9.2f} {rp:5.2f}  | {'':21s} | {pr_:9.2f} {rr:5.2f}  |")
    _weights(X, y)


RESCUE_PRECISION = 0.5  # a pair the finder judged other is taken back when at least this likely one quantity
VETO_RATE = 0.2  # a pair the finder judged the same is dropped when at most this likely one quantity


def _veto_threshold(score: np.ndarray, y: np.ndarray) -> float:
    """The highest threshold below which the pairs are at most VETO_RATE positive (-inf: none)."""
    best = float("-inf")
    for t in np.unique(score):
        below = score < t
        if below.any() and y[below].mean() <= VETO_RATE:
            best = float(t)
    return best


def hybrid(rows: list, kind: str, view: str, rivals: bool) -> None:
    """The learned judge beside the finder, not instead of it: rescue the finder's "other" pairs
    the model scores high, or veto its "same" pairs the model scores low; thresholds from the
    training sets (RESCUE_PRECISION, VETO_RATE); counts on each held-out set."""
    sets, X, y, said, reached = _view(rows, view, rivals)
    rows_kept = [r for r in rows if view == "all" or not r[2][Featurizer.NAMES.index("agree")]]
    print(f"\n-- {kind}, {view} pairs{', with rivals' if rivals else ''}: the finder plus a rescue (other -> same) or a veto (same -> other)")
    print(f"{'held out':15s} finder tp/fp/fn | model  | rescued true/false -> P    R  | vetoed true/false -> P    R")
    for name, make in _models().items():
        tot = defaultdict(int)
        for held in SETS:
            test, train = sets == held, sets != held
            if not test.any() or y[test].sum() == 0:
                continue
            model = make().fit(X[train], y[train])
            s_train, s_test = model.predict_proba(X[train])[:, 1], model.predict_proba(X[test])[:, 1]
            other_tr = ~said[train]
            t_rescue, _ = _at_precision(s_train[other_tr], y[train][other_tr], RESCUE_PRECISION)
            t_veto = _veto_threshold(s_train[said[train]], y[train][said[train]])
            yt, st = y[test], said[test]
            rescued = ~st & (s_test >= t_rescue)
            vetoed = st & (s_test < t_veto)
            which = [(held, rows_kept[i][1], rows_kept[i][8]) for i in np.where(test)[0]]
            conflicts = {w for w, yy in zip(which, yt) if yy and w[2] >= 0}
            judged = {w for w, s_ in zip(which, st) if s_ and w[2] >= 0}
            won = {w for w, r_ in zip(which, rescued) if r_ and w[2] >= 0} - judged
            counts = {"tp": int((st & (yt == 1)).sum()), "fp": int((st & (yt == 0)).sum()), "fn": int((~st & (yt == 1)).sum()),
                      "rt": int((rescued & (yt == 1)).sum()), "rf": int((rescued & (yt == 0)).sum()),
                      "vt": int((vetoed & (yt == 1)).sum()), "vf": int((vetoed & (yt == 0)).sum()),
                      "mt": int((vetoed & reached[test] & (yt == 1)).sum()), "mf": int((vetoed & reached[test] & (yt == 0)).sum()),
                      "rm": int((reached[test] & (yt == 0)).sum()),
                      "gc": len(conflicts), "gj": len(conflicts & judged), "gw": len(conflicts & won)}
            for k, v in counts.items():
                tot[k] += v
            _hybrid_line(held, name, counts)
        _hybrid_line("pooled", name, tot)


def _hybrid_line(held: str, name: str, c) -> None:
    pos = c["tp"] + c["fn"]
    p_r = (c["tp"] + c["rt"]) / max(1, c["tp"] + c["fp"] + c["rt"] + c["rf"]), (c["tp"] + c["rt"]) / max(1, pos)
    p_v = (c["tp"] - c["vt"]) / max(1, c["tp"] + c["fp"] - c["vt"] - c["vf"]), (c["tp"] - c["vt"]) / max(1, pos)
    print(f"{held:15s} {c['tp']:4d}/{c['fp']:4d}/{c['fn']:4d}  | {name:6s} | {c['rt']:7d}/{c['rf']:<5d} -> {p_r[0]:.2f} {p_r[1]:.2f} "
          f"| {c['vt']:6d}/{c['vf']:<5d} -> {p_v[0]:.2f} {p_v[1]:.2f} | at the merge: false {c['rm']}, vetoed true/false {c['mt']}/{c['mf']}"
          f" | gold conflicts {c['gc']}: judged same {c['gj']}, + rescued {c['gw']}")


def _weights(X: np.ndarray, y: np.ndarray) -> None:
    """The logistic weights fitted on all sets (standardised features), largest first."""
    model = _models()["logreg"]().fit(X, y)
    w = model[-1].coef_[0]
    top = sorted(zip(Featurizer.NAMES + RIVAL_NAMES, w), key=lambda t: -abs(t[1]))[:10]
    print("logreg weights (all sets):", ", ".join(f"{n} {v:+.2f}" for n, v in top))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", default="/tmp/samejudge.pkl")
    parser.add_argument("--eval", action="store_true", help="evaluate the cache, do not rebuild it")
    args = parser.parse_args()
    cache = Path(args.cache)
    if args.eval and cache.exists():
        rows = pickle.loads(cache.read_bytes())
    else:
        rows = build(SETS)
        cache.write_bytes(pickle.dumps(rows))
    for kind in ("number", "date"):
        for view in ("all", "differing"):
            for rivals in (False, True):
                evaluate(rows[kind], kind, view, rivals)
                hybrid(rows[kind], kind, view, rivals)
    return 0


if __name__ == "__main__":
    sys.exit(main())
