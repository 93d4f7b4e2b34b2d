"""Fit the loaded-word model (src/rashomon/data/framing_word_model.json) on stories-dev as a whole.

    python scripts/fit_framing_words.py [ROOT]        # ROOT defaults to ../shared/data/stories-dev

Every word token in an outlet's own voice (rashomon.comparison.framing.loaded.candidate_tokens) is
one example; it is positive when it lies inside a gold framing cue of its article (any kind). Two
logistic regressions over a handful of features from broad resources (VADER valence, wordfreq
register, intensifiers, and for a story whether another outlet writes the word): ``single`` (one
article, used by ``rashomon inspect``) and ``story`` (a comparison). No word or story string is a
feature. The thresholds are chosen afterwards on the same set as a whole (bench/README.md, ## framing)
and kept in the JSON when it is refitted (0.5 for a new file).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from sklearn.linear_model import LogisticRegression

from rashomon.comparison.framing.loaded import SINGLE_FEATURES, STORY_FEATURES, _TOKEN, candidate_tokens, word_features
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.pipeline import prepare
from rashomon.settings import Settings
from rashomon.sources import read_sources

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "data" / "framing_word_model.json"


def examples(root: Path) -> tuple[list[tuple[float, ...]], list[tuple[float, ...]], list[int]]:
    single, story, labels = [], [], []
    for gold_path in sorted(root.glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        docs, _ = read_sources([str(gold_path.parent / a) for a in gold["articles"]])
        articles = [prepare(d, name, Settings()) for d, name in zip(docs, gold["articles"])]
        vocab = {a.id: {w.lower() for w in _TOKEN.findall(a.text)} for a in articles}
        for article in articles:
            spans = [m.span() for g in gold["framing"] if g["article"] == article.id for m in re.finditer(re.escape(g["text"]), article.text)]
            elsewhere = set().union(*(v for k, v in vocab.items() if k != article.id))
            for m in candidate_tokens(article, _quote_spans(article.text)):
                single.append(word_features(m.group(), None))
                story.append(word_features(m.group(), elsewhere))
                labels.append(int(any(s < m.end() and m.start() < e for s, e in spans)))
    return single, story, labels


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data" / "stories-dev"
    single, story, labels = examples(root)
    old = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    out = {
        "about": "Logistic models of a word being loaded, from VADER valence (MIT), wordfreq register (Apache-2.0 / CC BY-SA 4.0) "
        "and, in a story, whether another outlet writes the word. Fitted by scripts/fit_framing_words.py on stories-dev "
        f"as a whole ({len(labels)} word tokens, {sum(labels)} inside a gold framing cue); thresholds chosen on the same set.",
    }
    for name, X, features in (("single", single, SINGLE_FEATURES), ("story", story, STORY_FEATURES)):
        clf = LogisticRegression(C=1.0, max_iter=2000).fit(X, labels)
        out[name] = {
            "features": list(features),
            "weights": [round(float(w), 4) for w in clf.coef_[0]],
            "bias": round(float(clf.intercept_[0]), 4),
            "threshold": old.get(name, {}).get("threshold", 0.5),
        }
    out["word_choice_threshold"] = old.get("word_choice_threshold", out["story"]["threshold"])
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(OUT, json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
