"""The ``eval`` and ``babe`` steps of scripts/ctx_cues_study.py (read that docstring)."""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from sklearn.linear_model import LogisticRegression

from rashomon.evaluation.gold import load_gold
from rashomon.evaluation.matching import match_articles
from rashomon.evaluation.rules import Located, score_framing
from rashomon.model import FramingCue

SWEEP = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)
GAP = set(" -\u2010\u2011")


def unshared(data, reports) -> np.ndarray:
    """Per word: 1 when no other article of its story writes it (loaded_words.vocabulary)."""
    from rashomon.comparison.framing.loaded_words import vocabulary

    out = np.zeros(len(data["y"]), dtype=np.float32)
    vocab: dict[str, dict[str, set[str]]] = {}
    for i, (story, aid, s, e) in enumerate(zip(data["story"], data["article"], data["start"], data["end"])):
        if story not in vocab:
            vocab[story] = {a.id: vocabulary(a.text) for a in reports[story][1].articles}
        article = next(a for a in reports[story][1].articles if a.id == aid)
        word = article.text[s:e].lower()
        out[i] = not any(word in v for k, v in vocab[story].items() if k != aid)
    return out


def features(data, layers: str, with_model: bool, extra: np.ndarray | None = None) -> np.ndarray:
    X = data[layers].astype(np.float32)
    if extra is not None:
        X = np.hstack([X, extra[:, None]])
    if with_model:
        p = data["p_model"]
        governed = (p < 0).astype(np.float32)
        logit = np.where(p < 0, 0.0, np.log(np.clip(p, 1e-4, 1 - 1e-4) / (1 - np.clip(p, 1e-4, 1 - 1e-4)))).astype(np.float32)
        X = np.hstack([X, logit[:, None], governed[:, None]])
    return X


def fit(X: np.ndarray, y: np.ndarray, c: float) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    mean, scale = X.mean(0), X.std(0) + 1e-6
    clf = LogisticRegression(C=c, max_iter=2000).fit((X - mean) / scale, y)
    return clf, mean, scale


def held_out(data, X: np.ndarray, c: float) -> np.ndarray:
    p = np.zeros(len(X))
    sets = data["set"]
    for s in np.unique(sets):
        test = sets == s
        clf, mean, scale = fit(X[~test], data["y"][~test], c)
        p[test] = clf.predict_proba((X[test] - mean) / scale)[:, 1]
        print(f"  fold {s}: fitted", file=sys.stderr, flush=True)
    return p


def head_cues(data, p: np.ndarray, t: float, reports) -> dict[str, list[FramingCue]]:
    """Per story, the head's cues at threshold ``t``: maximal runs of flagged words joined by spaces or hyphens."""
    out: dict[str, list[FramingCue]] = defaultdict(list)
    flagged = np.nonzero(p >= t)[0]
    by_article: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in flagged:
        by_article[(data["story"][i], data["article"][i])].append(i)
    for (story, aid), idx in by_article.items():
        report = reports[story][1]
        article = next(a for a in report.articles if a.id == aid)
        idx.sort(key=lambda i: data["start"][i])
        runs: list[list[int]] = []
        for i in idx:
            if runs and set(article.text[data["end"][runs[-1][-1]]:data["start"][i]]) <= GAP:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            s, e = int(data["start"][run[0]]), int(data["end"][run[-1]])
            sentence = next((x.id for x in article.sentences if x.start <= s < x.end), "")
            out[story].append(FramingCue(article=aid, sentence=sentence, text=article.text[s:e], kind="loaded",
                                         note="contextual head", start=s, end=e))
    return out


def overlaps_any(cue: FramingCue, others) -> bool:
    return any(o.article == cue.article and o.start < cue.end and cue.start < o.end for o in others)


def score(reports, cues: dict[str, list[FramingCue]], mode: str) -> dict[str, np.ndarray]:
    """Per set: [found, gold, on gold, reported] for ``mode`` today | head | union."""
    per: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(4, dtype=int))
    for story, (gold_path, report) in reports.items():
        gold = load_gold(gold_path)
        ids = match_articles(gold.articles, report)
        today = list(report.framing)
        head = cues.get(story, [])
        if mode == "today":
            framing = today
        elif mode == "head":
            framing = head
        else:
            framing = today + [c for c in head if not overlaps_any(c, today)]
        fake = SimpleNamespace(framing=framing, articles=report.articles)
        r = score_framing(gold, fake, Located(fake, ids))
        per[story.split("/")[0]] += np.array([r["found"], len(gold.framing), r["precise"][0], r["precise"][1]])
    return per


def row(v: np.ndarray) -> str:
    return f"{v[0]}/{v[1]} false {v[3] - v[2]} of {v[3]}"


def run_eval(cache: Path, rest: list[str]) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", default="mean3", choices=("last", "mean3"))
    ap.add_argument("--with-model", action="store_true")
    ap.add_argument("--c", type=float, default=0.05)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--unshared", action="store_true")
    ap.add_argument("--tables", type=float, nargs="*", default=[])
    args = ap.parse_args(rest)
    data = dict(np.load(cache))
    with open(cache.with_suffix(".reports.pkl"), "rb") as fh:
        reports = pickle.load(fh)
    X = features(data, args.layers, args.with_model, unshared(data, reports) if args.unshared else None)
    valid = np.abs(data[args.layers].astype(np.float32)).sum(1) > 0
    print(f"{len(X)} words ({(~valid).sum()} with no sentence), {data['y'].sum()} positive; layers {args.layers}, model {args.with_model}, C {args.c}")
    p = held_out(data, X, args.c)
    p[~valid] = 0.0
    if args.save:
        np.save(args.save, p)
    y = data["y"].astype(bool)
    for t in SWEEP:
        f = p >= t
        tp = (f & y).sum()
        prec = tp / max(1, f.sum())
        rec = tp / max(1, y.sum())
        print(f"word t={t}: flagged {f.sum()}, precision {prec:.3f}, recall {rec:.3f}, F1 {2 * prec * rec / max(1e-9, prec + rec):.3f}")
    today = score(reports, {}, "today")
    sets = sorted(today, key=lambda s: (len(s), s))
    total_today = sum(today.values())
    print(f"today pooled: {row(total_today)} precision {total_today[2] / total_today[3]:.3f}")
    sweeps = {}
    for t in SWEEP:
        cues = head_cues(data, p, t, reports)
        head, union = score(reports, cues, "head"), score(reports, cues, "union")
        th, tu = sum(head.values()), sum(union.values())
        sweeps[t] = (head, union)
        print(f"t={t}: head {row(th)} (prec {th[2] / max(1, th[3]):.3f}); union {row(tu)} (prec {tu[2] / tu[3]:.3f}, +{tu[0] - total_today[0]} found, +{(tu[3] - tu[2]) - (total_today[3] - total_today[2])} false)")
    keep = [t for t in SWEEP if sum(sweeps[t][1].values())[2] / sum(sweeps[t][1].values())[3] >= total_today[2] / total_today[3]]
    best = max(keep, key=lambda t: sum(sweeps[t][1].values())[0]) if keep else SWEEP[-1]
    print(f"\nunion threshold kept (pooled precision >= today's, most found): {best}")
    head_t = max(SWEEP, key=lambda t: sum(sweeps[t][0].values())[2] * 0 + f1(sum(sweeps[t][0].values())))
    print(f"head alone shown at t={head_t} (best cue F1 pooled)")
    for t in args.tables:
        print(f"\nunion at t={t}: per set +found / +false")
        for s in sets:
            u, a = sweeps[t][1][s], today[s]
            print(f"  {s}: +{u[0] - a[0]} found, +{(u[3] - u[2]) - (a[3] - a[2])} false")
    print("\n| set | today found | today false/reported | head found | head false/reported | union found | union false/reported |")
    print("|---|---|---|---|---|---|---|")
    for s in sets + ["total"]:
        a = total_today if s == "total" else today[s]
        h = sum(sweeps[head_t][0].values()) if s == "total" else sweeps[head_t][0][s]
        u = sum(sweeps[best][1].values()) if s == "total" else sweeps[best][1][s]
        print(f"| {s} | {a[0]}/{a[1]} | {a[3] - a[2]}/{a[3]} | {h[0]}/{h[1]} | {h[3] - h[2]}/{h[3]} | {u[0]}/{u[1]} | {u[3] - u[2]}/{u[3]} |")


def f1(v: np.ndarray) -> float:
    r = v[0] / max(1, v[1])
    p = v[2] / max(1, v[3])
    return 2 * p * r / max(1e-9, p + r)


def main(step: str, cache: Path, rest: list[str]) -> None:
    if step == "eval":
        run_eval(cache, rest)
    else:
        import ctx_cues_babe

        ctx_cues_babe.run(cache, rest)
