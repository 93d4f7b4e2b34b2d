"""The ``babe`` step of scripts/ctx_cues_study.py: BABE word-level scores of the contextual head fitted on
all the study's sets (BABE is test data: nothing is fitted or chosen on it; the threshold is given)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from framing_babe import WORD, load, score  # noqa: E402

from ctx_cues_eval import features, fit  # noqa: E402
from ctx_cues_study import minilm, word_vectors  # noqa: E402
from rashomon.comparison.framing.loaded import candidate_tokens  # noqa: E402
from rashomon.comparison.framing.quotes import _quote_spans  # noqa: E402
from rashomon.model import Article, Sentence  # noqa: E402


def run(cache: Path, rest: list[str]) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", default="mean3", choices=("last", "mean3"))
    ap.add_argument("--c", type=float, default=0.05)
    ap.add_argument("--t", type=float, nargs="+", default=[0.5])
    args = ap.parse_args(rest)
    data = dict(np.load(cache))
    X = features(data, args.layers, False)
    valid = np.abs(X).sum(1) > 0
    clf, mean, scale = fit(X[valid], data["y"][valid], args.c)
    model = minilm()
    rows = load()
    probs: list[tuple[list[str], np.ndarray]] = []
    for b in range(0, len(rows), 64):
        spans, words, owners = [], [], []
        offset = 0
        for k, r in enumerate(rows[b:b + 64]):
            text = str(r["text"])
            article = Article(id="a1", source="babe", title="", text=text,
                              sentences=(Sentence(id="a1.s0", article="a1", index=0, text=text, start=0, end=len(text)),))
            tokens = list(candidate_tokens(article, _quote_spans(text)))
            spans.append((offset, text))
            words += [(offset + m.start(), offset + m.end()) for m in tokens]
            owners += [(k, m.group().lower()) for m in tokens]
            offset += len(text) + 1
        last, mean3 = word_vectors(model, spans, words, batch=64)
        v = (mean3 if args.layers == "mean3" else last).astype(np.float16).astype(np.float32)
        p = clf.predict_proba((v - mean) / scale)[:, 1] if words else np.zeros(0)
        for k in range(len(spans)):
            idx = [i for i, (o, _) in enumerate(owners) if o == k]
            probs.append(([owners[i][1] for i in idx], p[idx]))
        print(f"  {b + len(spans)} sentences", file=sys.stderr, flush=True)
    for t in args.t:
        predicted, counts = [], []
        for words, p in probs:
            chosen = {w for w, q in zip(words, p) if q >= t}
            predicted.append({x.lower() for w in chosen for x in WORD.findall(w)})
            counts.append(int((p >= t).sum()))
        for half in ("A", "B", None):
            idx = [i for i, r in enumerate(rows) if half is None or r["half"] == half]
            s = score([rows[i] for i in idx], [predicted[i] for i in idx], [counts[i] for i in idx])
            print(f"t={t} half {half or 'all'}: precision {s['word_precision']:.3f} recall {s['word_recall']:.3f} F1 {s['word_f1']:.3f} "
                  f"words per non-biased sentence {s['cues_per_non_biased_sentence']:.3f}")
