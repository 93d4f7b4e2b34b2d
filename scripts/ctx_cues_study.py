"""Feasibility study: loaded and naming words from MiniLM's contextual word vectors (a frozen transformer, a
small logistic head), judged held out by set against what the shipped pipeline reports.

    python scripts/ctx_cues_study.py collect [--cache /tmp/ctxcues.npz]   # compare every story, run MiniLM, cache
    python scripts/ctx_cues_study.py eval [--cache ...] [--layers last|mean3] [--with-model] [--c C]
    python scripts/ctx_cues_study.py babe [--cache ...]                   # BABE word F1 of a head fitted on all sets

``collect`` runs the compare pipeline (static embedder) on every story of stories-dev and stories-fresh ..
stories-fresh16 (never a set of bench/quality.py HELD_OUT), keeps each report (pickled beside the cache),
and for each candidate word of each article (framing.loaded.candidate_tokens: the outlet's own voice, no
name, nothing quoted) the contextual vector of all-MiniLM-L6-v2 over the word's sentence (mean of its word
pieces; the last layer and the mean of the last three), the shipped loaded-word model's story probability,
and the label: inside a gold ``loaded`` or ``naming`` cue of its article (located as the scorer locates it).

``eval`` fits a logistic head on all sets but one and scores the one left out (leave one set out), turns the
words at or above a threshold into cues (a maximal run of adjacent flagged words is one cue) and scores
them with the scorer's own rules (rashomon.evaluation.rules.score_framing): (a) the head's cues alone,
(b) today's cues plus the head's cues that overlap none of today's, at a threshold chosen on the pooled
held-out scores so that the pooled framing precision stays at or above today's.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from quality import HELD_OUT, SETS, stories_of  # noqa: E402

from rashomon.comparison.framing.loaded import candidate_tokens, word_scores  # noqa: E402
from rashomon.comparison.framing.loaded_words import vocabulary  # noqa: E402
from rashomon.comparison.framing.lexicon import load_lexicon  # noqa: E402
from rashomon.comparison.framing.quotes import _quote_spans  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.matching import match_articles  # noqa: E402
from rashomon.evaluation.rules import Located  # noqa: E402

STUDY_SETS = tuple(s for s in SETS if s.startswith("stories-") and s not in HELD_OUT)
POSITIVE = ("loaded", "naming")


def minilm():
    import torch
    from transformers import AutoModel, AutoTokenizer

    from rashomon.backends.embedders.minilm import packaged_model_dir

    torch.set_num_threads(2)
    path = packaged_model_dir()
    return torch, AutoTokenizer.from_pretrained(str(path)), AutoModel.from_pretrained(str(path)).eval()


def word_vectors(model, spans_text: list[tuple[int, str]], words: list[tuple[int, int]], batch: int = 32) -> tuple[np.ndarray, np.ndarray]:
    """For each word (start, end) the mean of its word pieces' vectors over the sentence that holds it:
    (last layer, mean of the last three layers); rows of zeros for a word in no sentence."""
    torch, tok, net = model
    last = np.zeros((len(words), 384), dtype=np.float32)
    mean3 = np.zeros((len(words), 384), dtype=np.float32)
    for b in range(0, len(spans_text), batch):
        chunk = spans_text[b:b + batch]
        enc = tok([t for _, t in chunk], return_offsets_mapping=True, padding=True, truncation=True, max_length=256, return_tensors="pt")
        offsets = enc.pop("offset_mapping").numpy()
        with torch.no_grad():
            out = net(**enc, output_hidden_states=True)
        hs = out.hidden_states
        l1 = hs[-1].numpy()
        l3 = ((hs[-1] + hs[-2] + hs[-3]) / 3).numpy()
        for j, (start, text) in enumerate(chunk):
            end = start + len(text)
            for i, (ws, we) in enumerate(words):
                if ws < start or we > end:
                    continue
                pieces = [k for k, (ps, pe) in enumerate(offsets[j]) if pe > ps and ps + start < we and ws < pe + start]
                if pieces:
                    last[i] = l1[j, pieces].mean(0)
                    mean3[i] = l3[j, pieces].mean(0)
    return last, mean3


def collect(cache: Path) -> None:
    from rashomon.comparison.pipeline import compare
    from rashomon.settings import Settings

    model = minilm()
    lexicon = load_lexicon()
    rows: dict[str, list] = {k: [] for k in ("last", "mean3", "p_model", "y", "y_any", "set", "story", "article", "start", "end")}
    reports = {}
    t0 = time.time()
    for set_name in STUDY_SETS:
        for slug, gold_path, sources in stories_of(set_name):
            report = compare(sources, settings=Settings(embedder="static"))
            key = f"{set_name}/{slug}"
            reports[key] = (str(gold_path), report)
            gold = load_gold(gold_path)
            ids = match_articles(gold.articles, report)
            located = Located(report, ids)
            names = {v: k for k, v in ids.items()}
            vocab = {a.id: vocabulary(a.text) for a in report.articles}
            for article in report.articles:
                quotes = _quote_spans(article.text)
                tokens = list(candidate_tokens(article, quotes))
                if not tokens:
                    continue
                elsewhere = set().union(*(v for k, v in vocab.items() if k != article.id))
                ws = word_scores(article, quotes, elsewhere, lexicon)
                p_by_start = {m.start(): float(p) for m, p in zip(ws.tokens, ws.probabilities)}
                name = names.get(article.id)
                pos, anyk = [], []
                for g in gold.framing:
                    if g.article != name:
                        continue
                    spans = located.spans(g.article, g.text)
                    anyk += spans
                    if g.kind in POSITIVE:
                        pos += spans
                words = [(m.start(), m.end()) for m in tokens]
                sents = [(s.start, article.text[s.start:s.end]) for s in article.sentences]
                last, mean3 = word_vectors(model, sents, words)
                rows["last"].append(last.astype(np.float16))
                rows["mean3"].append(mean3.astype(np.float16))
                for (s, e) in words:
                    rows["p_model"].append(p_by_start.get(s, -1.0))
                    rows["y"].append(any(a < e and s < b for a, b in pos))
                    rows["y_any"].append(any(a < e and s < b for a, b in anyk))
                    rows["set"].append(set_name)
                    rows["story"].append(key)
                    rows["article"].append(article.id)
                    rows["start"].append(s)
                    rows["end"].append(e)
        print(f"{set_name}: {len(rows['y'])} words so far, {time.time() - t0:.0f}s", flush=True)
    np.savez_compressed(cache, last=np.concatenate(rows["last"]), mean3=np.concatenate(rows["mean3"]),
                        **{k: np.asarray(v) for k, v in rows.items() if k not in ("last", "mean3")})
    with open(cache.with_suffix(".reports.pkl"), "wb") as fh:
        pickle.dump(reports, fh)
    print(f"cached {len(rows['y'])} words, {int(np.sum(rows['y']))} positive, in {time.time() - t0:.0f}s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter, allow_abbrev=False)
    ap.add_argument("step", choices=("collect", "eval", "babe"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ctxcues.npz"))
    args, rest = ap.parse_known_args()
    if args.step == "collect":
        collect(args.cache)
    else:
        import ctx_cues_eval

        ctx_cues_eval.main(args.step, args.cache, rest)


if __name__ == "__main__":
    main()
