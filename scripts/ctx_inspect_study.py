"""Single-article study of the contextual word head (the ``rashomon inspect`` setting), on the cache of
``scripts/ctx_cues_study.py collect`` (every candidate word of stories-dev and stories-fresh .. stories-fresh16,
its all-MiniLM-L6-v2 vector, mean of the last three layers; never a set of bench/quality.py HELD_OUT).

    python scripts/ctx_inspect_study.py heldout [--cache /tmp/ctxcues.npz] [--out /tmp/ctxinspect/p.npy]
    python scripts/ctx_inspect_study.py eval [--cache ...] [--p /tmp/ctxinspect/p.npy] [--tables T ...]

``heldout`` fits the head WITHOUT ``unshared`` (one article has no other outlet) on all sets but one and
scores the one left out (leave one set out). ``eval`` reads every article ALONE as inspect does (its own
entities, ``find_framing([article], entities)``, voices left out: today's single-article cues), adds the
head's cues (a run of adjacent flagged words one cue) at each threshold where no cue of today lies on the
words, and scores both with the scorer's own ``score_framing`` (each story's articles pooled against its gold).
Thresholds are chosen on these pooled held-out scores only: (a) the lowest threshold that keeps pooled
precision at or above today's single-article precision; (b) the lowest with no rise in false cues.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from ctx_cues_eval import features, head_cues, held_out, overlaps_any  # noqa: E402

from rashomon.comparison.entities import resolve_entities  # noqa: E402
from rashomon.comparison.framing import find_framing  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.matching import match_articles  # noqa: E402
from rashomon.evaluation.rules import Located, score_framing  # noqa: E402

SWEEP = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)


def single_cues(reports, cache: Path) -> dict[str, list]:
    """Per story: the cues inspect reports for each of its articles read alone (voices left out)."""
    if cache.exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    out = {}
    for story, (_, report) in reports.items():
        cues = []
        for article in report.articles:
            entities = resolve_entities([article])
            cues += [c for c in find_framing([article], entities) if c.kind != "voice"]
        out[story] = cues
        print(f"  {story}: {len(cues)} cues", file=sys.stderr, flush=True)
    with open(cache, "wb") as fh:
        pickle.dump(out, fh)
    return out


def score(reports, today: dict[str, list], head: dict[str, list]) -> dict[str, np.ndarray]:
    """Per set: [found, gold, on gold, reported] of today's single cues plus the head's that overlap none."""
    per: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(4, dtype=int))
    for story, (gold_path, report) in reports.items():
        gold = load_gold(gold_path if Path(gold_path).exists() else ROOT / "bench" / gold_path.split("/bench/", 1)[1])
        ids = match_articles(gold.articles, report)
        framing = today[story] + [c for c in head.get(story, []) if not overlaps_any(c, today[story])]
        fake = SimpleNamespace(framing=framing, articles=report.articles)
        r = score_framing(gold, fake, Located(fake, ids))
        per[story.split("/")[0]] += np.array([r["found"], len(gold.framing), r["precise"][0], r["precise"][1]])
    return per


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], allow_abbrev=False)
    ap.add_argument("step", choices=("heldout", "eval"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ctxcues.npz"))
    ap.add_argument("--p", type=Path, default=Path("/tmp/ctxinspect/p.npy"))
    ap.add_argument("--c", type=float, default=0.05)
    ap.add_argument("--tables", type=float, nargs="*", default=[])
    args = ap.parse_args()
    data = dict(np.load(args.cache))
    if args.step == "heldout":
        X = features(data, "mean3", False)
        p = held_out(data, X, args.c)
        p[np.abs(X).sum(1) == 0] = 0.0
        np.save(args.p, p)
        return
    with open(args.cache.with_suffix(".reports.pkl"), "rb") as fh:
        reports = pickle.load(fh)
    p = np.load(args.p)
    today = single_cues(reports, args.p.with_name("single_cues.pkl"))
    base = score(reports, today, {})
    sets = sorted(base, key=lambda s: (len(s), s))
    b = sum(base.values())
    print(f"today (single) pooled: found {b[0]}/{b[1]}, false {b[3] - b[2]} of {b[3]}, precision {b[2] / b[3]:.3f}")
    sweeps = {}
    for t in SWEEP:
        u = score(reports, today, head_cues(data, p, t, reports))
        sweeps[t] = u
        tu = sum(u.values())
        gained = sum(1 for s in sets if u[s][0] > base[s][0])
        print(f"t={t}: union found {tu[0]} (+{tu[0] - b[0]} on {gained} sets), false {tu[3] - tu[2]} (+{(tu[3] - tu[2]) - (b[3] - b[2])}), "
              f"precision {tu[2] / tu[3]:.3f}", flush=True)
    keep = [t for t in SWEEP if (lambda v: v[2] / v[3])(sum(sweeps[t].values())) >= b[2] / b[3]]
    strict = [t for t in SWEEP if (lambda v: v[3] - v[2])(sum(sweeps[t].values())) <= b[3] - b[2]]
    print(f"\nrule (a) pooled precision >= today's: lowest {min(keep) if keep else None}; "
          f"rule (b) no rise in false cues: lowest {min(strict) if strict else None}")
    for t in args.tables:
        print(f"\n| set | today found | today false / reported | union t {t}: + found / + false |")
        print("|---|---|---|---|")
        for s in sets + ["total"]:
            a = b if s == "total" else base[s]
            u = sum(sweeps[t].values()) if s == "total" else sweeps[t][s]
            print(f"| {s} | {a[0]}/{a[1]} | {a[3] - a[2]}/{a[3]} | +{u[0] - a[0]} / +{(u[3] - u[2]) - (a[3] - a[2])} |")


if __name__ == "__main__":
    main()
