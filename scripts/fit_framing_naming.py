"""Fit the naming model (rashomon.comparison.framing.referents) on one or more sets of stories.

    python scripts/fit_framing_naming.py [ROOT ...] [--folds story|set] [--threshold T] [--c C]
        [--sweep T ...] [--cv T ...] [--cache PICKLE] [--write]

ROOT: folders of gold v2 bundles (default: ../shared/data/stories-dev). Every candidate (modifiers
before a resolved name or a referent noun, in the outlet's own voice) of every article of every
story is an example, its features computed as ``referents.naming_choice_hits`` computes them (the
ownership compounds left out, a line in capitals marking nothing); its label is whether it overlaps
a gold framing cue of its article. A logistic regression on the FEATURES is fitted on all stories;
the held-out tallies (each story, or with ``--folds set`` each whole folder, scored by a model fitted
on the others) are printed and stored with the weights, so the number that generalises is on record.
``--sweep`` prints the candidate tallies per set at other thresholds (held out, and the shipped model).
``--cv`` also scores each story's real comparison (``rashomon.evaluate``: framing found, cues reported,
false cues) per set with the held-out model and with the shipped one, at each threshold given.
``--write`` writes src/rashomon/data/framing_naming_model.json.
Needs scikit-learn (not a rashomon dependency; only this script uses it).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from sklearn.linear_model import LogisticRegression

from rashomon.comparison.framing import find_framing, referents
from rashomon.comparison.framing.lexicon import load_lexicon
from rashomon.comparison.framing.loaded_words import vocabulary
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.framing.referents import _OWNERSHIP, FEATURES, candidates, capitals_line, features
from rashomon.comparison.pipeline import compare
from rashomon.evaluation import evaluate
from rashomon.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rashomon" / "data" / "framing_naming_model.json"
THRESHOLD = 0.6
C = 1.0


@dataclasses.dataclass
class Data:
    xs: list[tuple[float, ...]]
    ys: list[int]
    stories: list[str]  # the story of each example ("set/story" where several sets are read)
    sets: list[str]
    reports: list[tuple[str, str, dict[str, Any], Any]]  # (set, story, gold, report) per story


def examples(roots: list[Path]) -> Data:
    lexicon = load_lexicon()
    data = Data([], [], [], [], [])
    for root, gold_path in ((r, g) for r in roots for g in sorted(r.glob("*/gold.json"))):
        story = gold_path.parent.name if len(roots) == 1 else f"{root.name}/{gold_path.parent.name}"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = compare([gold_path.parent / name for name in gold["articles"]], settings=Settings(embedder="static"))
        data.reports.append((root.name, story, gold, report))
        ids = {name: f"a{i + 1}" for i, name in enumerate(gold["articles"])}
        texts = {a.id: a.text for a in report.articles}
        spans: dict[str, list[tuple[int, int]]] = {}
        for cue in gold["framing"]:
            article = ids[cue["article"]]
            spans.setdefault(article, []).extend(m.span() for m in re.finditer(re.escape(cue["text"]), texts[article]))
        vocab = {a.id: vocabulary(a.text) for a in report.articles}
        for article in report.articles:
            elsewhere = set().union(*(v for k, v in vocab.items() if k != article.id))
            for candidate in candidates(article, report.entities, _quote_spans(article.text)):
                weighed = tuple(w for w in candidate.words if not _OWNERSHIP.match(w))
                if not weighed:
                    continue
                data.xs.append(features(replace(candidate, words=weighed), elsewhere, lexicon, capitals_line(article.text, candidate.start)))
                data.ys.append(int(any(s < candidate.end and candidate.start < e for s, e in spans.get(article.id, []))))
                data.stories.append(story)
                data.sets.append(root.name)
    return data


def fit(xs: list[tuple[float, ...]], ys: list[int], c: float) -> dict[str, Any]:
    model = LogisticRegression(C=c, max_iter=2000).fit(xs, ys)
    return {"weights": [round(float(w), 4) for w in model.coef_[0]], "bias": round(float(model.intercept_[0]), 4)}


def probabilities(model: dict[str, Any], xs: list[tuple[float, ...]]) -> list[float]:
    return [referents.probability(x, model) for x in xs]


def _tally(probabilities: list[float], ys: list[int], threshold: float) -> dict[str, int]:
    flagged = [y for p, y in zip(probabilities, ys) if p >= threshold]
    return {"flagged": len(flagged), "on_gold": sum(flagged), "gold_candidates": sum(ys)}


def held_out(data: Data, folds: list[str], c: float) -> tuple[list[float], dict[str, dict[str, Any]]]:
    """Each example's probability under the model fitted without its fold, and that model per fold."""
    out = [0.0] * len(data.ys)
    models = {}
    for fold in sorted(set(folds)):
        train = [i for i, f in enumerate(folds) if f != fold]
        models[fold] = fit([data.xs[i] for i in train], [data.ys[i] for i in train], c)
        test = [i for i, f in enumerate(folds) if f == fold]
        for i, p in zip(test, probabilities(models[fold], [data.xs[i] for i in test])):
            out[i] = p
    return out, models


def evaluated(data: Data, model_of: Any, thresholds: list[float]) -> dict[str, dict[float, list[int]]]:
    """Per set and threshold: [framing found, gold cues, cues reported, reported on a gold cue]."""
    tally: dict[str, dict[float, list[int]]] = {}
    for set_name, story, gold, report in data.reports:
        for t in thresholds:
            model = dict(model_of(set_name, story), threshold=t)
            referents.naming_model = lambda model=model: model  # type: ignore[assignment]
            cues = find_framing(report.articles, report.entities, alignment=report.agreements)
            scores = evaluate(gold, dataclasses.replace(report, framing=cues))
            counts = (scores.framing.found, scores.framing.total, scores.framing_precision.total, scores.framing_precision.found)
            for key in (set_name, "all"):
                row = tally.setdefault(key, {}).setdefault(t, [0, 0, 0, 0])
                for i, n in enumerate(counts):
                    row[i] += n
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", type=Path, nargs="*", default=[ROOT.parent / "shared" / "data" / "stories-dev"])
    parser.add_argument("--folds", choices=["story", "set"], default="story", help="what the held-out tallies leave out")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--c", type=float, default=C, help="inverse L2 strength of the logistic regression")
    parser.add_argument("--sweep", type=float, nargs="*", default=[], help="candidate tallies per set at these thresholds")
    parser.add_argument("--cv", type=float, nargs="*", default=[], help="score the real comparisons at these thresholds")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the examples and reports: read when present, else written")
    parser.add_argument("--write", action="store_true", help="write the model fitted on all stories")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = examples(args.roots)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))
    shipped = json.loads(OUT.read_text(encoding="utf-8"))
    folds = data.sets if args.folds == "set" else data.stories
    cv, fold_models = held_out(data, folds, args.c)
    whole = fit(data.xs, data.ys, args.c)
    full = probabilities(whole, data.xs)
    old = probabilities(shipped, data.xs)
    for t in sorted(set(args.sweep) | {args.threshold}):
        for name in sorted(set(data.sets)) + ["all"]:
            rows = [i for i, s in enumerate(data.sets) if name in ("all", s)]
            pick = lambda ps: _tally([ps[i] for i in rows], [data.ys[i] for i in rows], t)  # noqa: E731
            print(f"{t:.2f} {name}: held out {pick(cv)} | shipped {pick(old)} | fitted on all {pick(full)}")
    if args.cv:
        story_fold = {story: fold for story, fold in zip(data.stories, folds)}
        runs = {f"leave-one-{args.folds}-out": lambda set_name, story: fold_models.get(story_fold.get(story, set_name), whole),
                "shipped": lambda set_name, story: shipped}
        for name, model_of in runs.items():
            for set_name, rows in evaluated(data, model_of, args.cv).items():
                for t, (found, total, reported, on) in rows.items():
                    print(f"{name}, {set_name}, threshold {t}: framing {found}/{total}, precision {on}/{reported}, {reported - on} false")
    names = ", ".join(r.name for r in args.roots)
    result = {
        "about": f"Naming model of rashomon.comparison.framing.referents, fitted by scripts/fit_framing_naming.py "
        f"on {names} ({len(data.reports)} stories, static embedder; C={args.c}). Candidates: modifiers before a name or a referent noun; "
        "label: overlaps a gold framing cue.",
        "features": list(FEATURES),
        "weights": whole["weights"],
        "bias": whole["bias"],
        "threshold": args.threshold,
        "fit": {"examples": len(data.ys), "all_stories": _tally(full, data.ys, args.threshold),
                f"leave_one_{args.folds}_out": _tally(cv, data.ys, args.threshold)},
    }
    print(json.dumps(result["fit"], indent=1))
    if args.write:
        OUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print("wrote", OUT)


if __name__ == "__main__":
    main()
