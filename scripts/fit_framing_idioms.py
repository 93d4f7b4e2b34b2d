"""Fit the idiom cue rule (src/rashomon/data/framing_idiom_model.json) on stories-dev, leave-one-story-out,
or on several sets of stories, leave-one-set-out.

    python scripts/fit_framing_idioms.py [--root ROOT ...] [--story-root ROOT ...] [--features F ...]
        [--story-features F ...] [--c C] [--single T] [--story T] [--write] [--list]

Every idiom-table expression found in an outlet's own voice (comparison/framing/idioms.py:
find_idioms, outside quotations) is one example; it is positive when it overlaps a gold framing
cue of its article (any kind). Two logistic regressions over IDIOM_FEATURES (``single`` for one
article, where ``unshared`` is 0; ``story`` for a comparison); no expression or story string is a
feature. Printed: per threshold, the matches the leave-one-story-out rule keeps (each story scored by
a rule fitted on the other stories; with more than one ``--root``, each set by a rule fitted on the
other sets) and the share of them on a gold cue. ``--story-root`` and ``--story-features`` fit the story
part on other sets or features than the single-article part, beside the rule fitted on
all stories. ``--list`` prints every match with its held-out probability. ``--write`` writes the rule
fitted on all stories with the thresholds given.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from rashomon.comparison.framing import load_lexicon
from rashomon.comparison.framing.idioms import IDIOM_FEATURES, _title_case, article_loudness, idiom_features, story_idioms, topicality, unshared
from rashomon.comparison.framing.loaded import word_scores
from rashomon.comparison.framing.loaded_words import vocabulary
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.pipeline import prepare
from rashomon.settings import Settings
from rashomon.sources import read_sources

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "data" / "framing_idiom_model.json"
DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "data" / "stories-dev"
SWEEP = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def examples(roots: list[Path]) -> dict[str, list]:
    """Features (single, story), labels, stories (or, from several roots, sets) and a description of every match."""
    out: dict[str, list] = {"single": [], "story": [], "y": [], "story_id": [], "what": []}
    lexicon = load_lexicon()
    for root, gold_path in ((r, g) for r in roots for g in sorted(r.glob("*/gold.json"))):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        docs, _ = read_sources([str(gold_path.parent / a) for a in gold["articles"]])
        articles = [prepare(d, name, Settings()) for d, name in zip(docs, gold["articles"])]
        vocab = {a.id: vocabulary(a.text) for a in articles}
        story = story_idioms(articles)
        for article in articles:
            quotes = _quote_spans(article.text)
            elsewhere = set().union(*(v for k, v in vocab.items() if k != article.id))
            story_scores = word_scores(article, quotes, elsewhere, lexicon)
            single_scores = word_scores(article, quotes, None, lexicon)
            loud_story, loud_single = article_loudness(story_scores), article_loudness(single_scores)
            gold_spans = [(i, i + len(g["text"])) for g in gold["framing"] if g["article"] == article.id
                          for i in _find_all(article.text, g["text"])]
            for m in story.matches[article.id]:
                if any(s < m.end and m.start < e for s, e in quotes) or _title_case(article.text[m.start:m.end]):
                    continue
                alone = story_idioms([article])
                out["story"].append(idiom_features(m, story_scores, loud_story, topicality(m, story), unshared(m, article.id, story)))
                out["single"].append(idiom_features(m, single_scores, loud_single, topicality(m, alone), -1.0))
                out["y"].append(int(any(s < m.end and m.start < e for s, e in gold_spans)))
                out["story_id"].append(root.name if len(roots) > 1 else gold_path.parent.name)
                out["what"].append(f"{gold_path.parent.name}/{article.id}: {article.text[m.start:m.end]!r} ({m.idiom.text})")
    return out


def _find_all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0 and needle:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def held_out(X: np.ndarray, y: np.ndarray, stories: np.ndarray, c: float) -> np.ndarray:
    p = np.zeros(len(y))
    for s in np.unique(stories):
        test = stories == s
        train = ~test
        if y[train].sum() == 0:
            continue
        p[test] = LogisticRegression(C=c, max_iter=5000).fit(X[train], y[train]).predict_proba(X[test])[:, 1]
    return p


def sweep(name: str, p_cv: np.ndarray, p_all: np.ndarray, y: np.ndarray) -> None:
    print(f"{name}: {len(y)} matches, {int(y.sum())} on a gold cue")
    for t in SWEEP:
        for label, p in (("held out", p_cv), ("all", p_all)):
            kept = p >= t
            n = int(kept.sum())
            print(f"  t={t:.1f} {label:8s} kept {n:3d}, on gold {int(y[kept].sum()):3d} ({y[kept].mean() if n else 0:.2f})", end="")
        print()


def by_set(part: str, threshold: float, p_cv: np.ndarray, X: np.ndarray, y: np.ndarray, sets: np.ndarray) -> None:
    """Per set at ``threshold``: the matches the held-out rule keeps (on a gold cue / not) beside the
    shipped rule's (src/rashomon/data/framing_idiom_model.json as it is)."""
    shipped = json.loads(OUT.read_text(encoding="utf-8"))[part]
    p_old = 1 / (1 + np.exp(-(X @ np.asarray(shipped["weights"]) + shipped["bias"])))
    for s in list(np.unique(sets)) + ["all"]:
        rows = np.ones(len(y), dtype=bool) if s == "all" else sets == s
        tally = [(int((y[rows] & (p[rows] >= threshold)).sum()), int((~y[rows].astype(bool) & (p[rows] >= threshold)).sum()))
                 for p in (p_cv, p_old)]
        print(f"  {part} {s} at {threshold}: held out {tally[0][0]} on gold, {tally[0][1]} false | shipped {tally[1][0]} on gold, {tally[1][1]} false"
              f" (of {int(y[rows].sum())} on gold)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, action="append", help="a set of stories (repeatable; default stories-dev)")
    parser.add_argument("--story-root", type=Path, action="append",
                        help="the sets the story part is fitted on, where they differ from --root (repeatable)")
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--single", type=float, default=0.6)
    parser.add_argument("--story", type=float, default=0.6)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--features", nargs="*", default=list(IDIOM_FEATURES), choices=IDIOM_FEATURES,
                        help="the features fitted (the others get weight 0)")
    parser.add_argument("--story-features", nargs="*", choices=IDIOM_FEATURES,
                        help="the story part's features, where they differ from --features")
    args = parser.parse_args()
    roots = {"single": args.root or [DEFAULT_ROOT]}
    roots["story"] = args.story_root or roots["single"]
    features = {"single": args.features, "story": args.story_features if args.story_features is not None else args.features}
    read: dict[tuple[Path, ...], dict[str, list]] = {}
    model: dict[str, object] = {}
    for part, threshold in (("single", args.single), ("story", args.story)):
        ex = read.setdefault(tuple(roots[part]), examples(roots[part]) if tuple(roots[part]) not in read else {})
        y, stories = np.array(ex["y"]), np.array(ex["story_id"])
        chosen = [IDIOM_FEATURES.index(f) for f in features[part]]
        X = np.stack(ex[part])[:, chosen]
        clf = LogisticRegression(C=args.c, max_iter=5000).fit(X, y)
        p_cv = held_out(X, y, stories, args.c)
        sweep(part, p_cv, clf.predict_proba(X)[:, 1], y)
        weights = np.zeros(len(IDIOM_FEATURES))
        weights[chosen] = clf.coef_[0]
        print("  weights:", dict(zip(IDIOM_FEATURES, np.round(weights, 3))), "bias", round(float(clf.intercept_[0]), 3))
        if len(roots[part]) > 1 and OUT.exists():
            by_set(part, threshold, p_cv, np.stack(ex[part]), y, stories)
        if args.list and part == "story":
            for i in np.argsort(-p_cv):
                print(f"  {p_cv[i]:.2f} {'GOLD' if y[i] else '    '} {ex['what'][i]}")
        model[part] = {"features": list(IDIOM_FEATURES), "weights": [round(float(w), 4) for w in weights],
                       "bias": round(float(clf.intercept_[0]), 4), "threshold": threshold}
    if args.write:
        names = {part: "stories-dev" if r == [DEFAULT_ROOT] else ", ".join(x.name for x in r) for part, r in roots.items()}
        on = names["single"] if names["single"] == names["story"] else f"{names['single']} (single), {names['story']} (story)"
        model["note"] = f"scripts/fit_framing_idioms.py on {on}; see comparison/framing/idioms.py"
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
