"""Fit the boilerplate line model (src/rashomon/data/boilerplate_line_model.json).

    python scripts/fit_boilerplate_lines.py --root ../shared/data/stories-dev bench/data/stories-fresh \
        bench/data/stories-fresh2 ... [--folds] [--threshold 0.9] [--write]

Every line of every article of the given sets (gold format v2: ``boilerplate`` lists the whole lines
that are not story) is one row, labelled by the gold, with the features of
``rashomon.comparison.line_model.line_features``. A logistic regression (scikit-learn, L2, C = 1,
classes balanced; words and pairs of two or more lines) is fitted on all of them. ``--folds`` first prints, for each set left out in turn,
the gold lines the rules catch, those the rules and the model together catch at the threshold, and the
lines the model alone would remove that are not boilerplate (the model is fitted on the other sets).
Needs the ``dev`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rashomon.comparison.clean import classify_line  # noqa: E402
from rashomon.comparison.line_model import MODEL_FILE, article_features  # noqa: E402

C = 1.0
MIN_WEIGHT = 1e-3  # smaller weights change no probability by a thousandth: left out of the file
MIN_TRAINING_LINES = 2  # a word or pair on one training line only says nothing of the next story's lines


def rows_of(root: Path) -> list[tuple[dict[str, float], bool, bool]]:
    """(features, gold boilerplate, the rules remove it) for every non-empty line of a set."""
    rows = []
    for gold_path in sorted(root.glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        boilerplate = {(b["article"], b["text"].strip()) for b in gold["boilerplate"]}
        for article in gold["articles"]:
            lines = (gold_path.parent / article).read_text(encoding="utf-8").split("\n")
            for i, features in article_features(lines):
                rows.append((features, (article, lines[i].strip()) in boilerplate, classify_line(lines[i]) is not None))
    return rows


def meantime_rows(path: Path) -> list[tuple[dict[str, float], bool, bool]]:
    """Every sentence of MEANTIME's Wikinews articles (real news, CC BY 4.0), each a line of its
    article and none of them boilerplate: what keeps short news lines, which the fictional
    stories have few of, on the story's side."""
    documents: dict[str, dict[int, list[str]]] = {}
    for row in path.read_text(encoding="utf-8").split("\n"):
        parts = row.split("\t")
        if len(parts) >= 4 and not row.startswith("#"):
            documents.setdefault(parts[0], {}).setdefault(int(parts[1]), []).append(parts[3])
    rows = []
    for sentences in documents.values():
        lines = [_detokenize(tokens) for _, tokens in sorted(sentences.items())]
        rows += [(features, False, False) for i, features in article_features(lines) if classify_line(lines[i]) is None]
    return rows


def _detokenize(tokens: list[str]) -> str:
    """A sentence from its tokens, spaced as the shipped model was fitted (a lighter spacing than
    bench/entities_meantime.py's: refitted through that one, the model removes one more ECB+ line)."""
    text = " ".join(tokens)
    for before, after in ((" ,", ","), (" .", "."), (" ;", ";"), (" :", ":"), (" 's", "'s"), (" n't", "n't"),
                          ("( ", "("), (" )", ")"), (" ?", "?"), (" !", "!"), ("$ ", "$")):
        text = text.replace(before, after)
    return text


def fit(rows):
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(name for r in rows for name in r[0])
    kept = [{k: v for k, v in r[0].items() if seen[k] >= MIN_TRAINING_LINES} for r in rows]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(kept)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, [r[1] for r in rows])
    return vectorizer, model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", nargs="+", required=True, type=Path)
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--folds", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--news", type=Path, help="MEANTIME's meantime.conll: real news sentences as story lines")
    args = parser.parse_args()
    sets = {root.name: rows_of(root) for root in args.root}
    news = meantime_rows(args.news) if args.news else []
    if args.folds:
        print("left out | gold | rules | rules or model | model removes, not boilerplate")
        for name, held in sets.items():
            vectorizer, model = fit([r for other, rows in sets.items() if other != name for r in rows] + news)
            p = model.predict_proba(vectorizer.transform([r[0] for r in held]))[:, 1]
            gold = sum(r[1] for r in held)
            rules = sum(r[1] and r[2] for r in held)
            union = sum(r[1] and (r[2] or q >= args.threshold) for r, q in zip(held, p))
            lost = sum(not r[1] and not r[2] and q >= args.threshold for r, q in zip(held, p))
            print(f"{name} | {gold} | {rules} | {union} | {lost}")
    vectorizer, model = fit([r for rows in sets.values() for r in rows] + news)
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if abs(w) >= MIN_WEIGHT}
    out = {
        "about": "boilerplate line model: logistic regression over rashomon.comparison.line_model.line_features, "
                 f"fitted by scripts/fit_boilerplate_lines.py (C = {C}, classes balanced) on " + ", ".join(sets)
                 + (f" and {len(news)} MEANTIME sentences" if news else ""),
        "threshold": args.threshold,
        "intercept": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }
    print(f"{sum(len(r) for r in sets.values())} lines, {sum(r[1] for rows in sets.values() for r in rows)} boilerplate, {len(weights)} weights")
    if args.write:
        path = ROOT / "src" / "rashomon" / "data" / MODEL_FILE
        path.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
