"""Fit the naming model (rashomon.comparison.framing.referents) on stories-dev as a whole.

    python scripts/fit_framing_naming.py [ROOT]     # ROOT: ../shared/data/stories-dev

Every candidate (modifiers before a resolved name or a referent noun, in the outlet's own voice)
of every article of every story is an example; its label is whether it overlaps a gold framing
cue of its article. A logistic regression on the FEATURES is fitted on all stories; the
leave-one-story-out precision and recall at the chosen threshold are printed and stored with the
weights, so the number that generalises is on record. Writes src/rashomon/data/framing_naming_model.json.
Needs scikit-learn (not a rashomon dependency; only this script uses it).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from sklearn.linear_model import LogisticRegression

from rashomon.comparison.framing.lexicon import load_lexicon
from rashomon.comparison.framing.loaded_words import vocabulary
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.framing.referents import FEATURES, candidates, features
from rashomon.comparison.pipeline import compare
from rashomon.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rashomon" / "data" / "framing_naming_model.json"
THRESHOLD = 0.6
C = 1.0


def examples(root: Path) -> tuple[list[tuple[float, ...]], list[int], list[str]]:
    lexicon = load_lexicon()
    xs, ys, stories = [], [], []
    for gold_path in sorted(root.glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = compare([gold_path.parent / name for name in gold["articles"]], settings=Settings(embedder="static"))
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
                xs.append(features(candidate, elsewhere, lexicon))
                ys.append(int(any(s < candidate.end and candidate.start < e for s, e in spans.get(article.id, []))))
                stories.append(gold_path.parent.name)
    return xs, ys, stories


def _tally(probabilities: list[float], ys: list[int]) -> dict[str, int]:
    flagged = [y for p, y in zip(probabilities, ys) if p >= THRESHOLD]
    return {"flagged": len(flagged), "on_gold": sum(flagged), "gold_candidates": sum(ys)}


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "stories-dev"
    xs, ys, stories = examples(root)
    loso = [0.0] * len(ys)
    for story in sorted(set(stories)):
        train = [i for i, s in enumerate(stories) if s != story]
        test = [i for i, s in enumerate(stories) if s == story]
        model = LogisticRegression(C=C, max_iter=2000).fit([xs[i] for i in train], [ys[i] for i in train])
        for i, p in zip(test, model.predict_proba([xs[i] for i in test])[:, 1]):
            loso[i] = float(p)
    model = LogisticRegression(C=C, max_iter=2000).fit(xs, ys)
    full = [float(p) for p in model.predict_proba(xs)[:, 1]]
    result = {
        "about": "Naming model of rashomon.comparison.framing.referents, fitted by scripts/fit_framing_naming.py "
        "on stories-dev (all 24 stories, static embedder). Candidates: modifiers before a name or a referent noun; "
        "label: overlaps a gold framing cue.",
        "features": list(FEATURES),
        "weights": [round(float(w), 4) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 4),
        "threshold": THRESHOLD,
        "fit": {"examples": len(ys), "all_stories": _tally(full, ys), "leave_one_story_out": _tally(loso, ys)},
    }
    OUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result["fit"], indent=1))


if __name__ == "__main__":
    main()
