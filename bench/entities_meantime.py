"""Cross-document entity grouping on real news: MEANTIME (English), B-cubed per corpus topic.

    python bench/entities_meantime.py [--data ../shared/data/meantime] [--name entities_meantime]

Each topic's articles (30 Wikinews articles about Airbus, Apple, GM or the stock market) go through
rashomon's entity stage together (``resolve_entities``, the default rules tagger). The gold is the
set of annotated *named* mentions (spaCy-style NER label in NAMED below, as the Diverse_CDCR_datasets
preparation gives it) with their chains (the prefixes cross_intra_ / cross_ / intra_ set aside: the
number names the chain). Each gold mention takes the rashomon entity
of the rashomon mention that overlaps it most (a gold mention no rashomon mention overlaps is a
singleton of its own; a rashomon mention that holds the gold mention's head word is preferred); B-cubed precision, recall and F1 are computed over the gold mentions.

Baseline: gold mentions grouped by their exact lower-cased text.

The articles are rebuilt from the CoNLL tokens (spaces between tokens, none before punctuation
and clitics), one sentence a line; MEANTIME is CC BY 4.0 (see its SOURCE.md), read from ../shared
only, never shipped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED, write_result  # noqa: E402

from rashomon.comparison.entities import resolve_entities  # noqa: E402
from rashomon.comparison.segment import segment  # noqa: E402
from rashomon.model import Article  # noqa: E402

NAMED = {"ORG", "GPE", "PERSON", "NORP", "PRODUCT", "LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART"}
# "cross_intra_ORG37…", "cross_ORG37…" and "intra_ORG37…" with the same number are one chain.
_CHAIN_PREFIX = re.compile(r"^(cross_intra_|cross_|intra_)")
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "'s", "’s", "'", "n't", "%", "''"}
_NO_SPACE_AFTER = {"(", "[", "``", "$"}


def read_conll(path: Path) -> dict[str, dict]:
    """doc key -> {"text": str, "spans": {(sentence, token): (start, end)}}."""
    docs: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        docs[parts[0]].append((int(parts[1]), int(parts[2]), parts[3]))
    out = {}
    for key, tokens in docs.items():
        text, spans, sentence, previous = [], {}, None, ""
        at = 0
        for sent, tok, word in tokens:
            if sentence is not None and sent != sentence:
                text.append("\n")
                at += 1
            elif sentence is not None and word not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
                text.append(" ")
                at += 1
            word = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(word, word)
            spans[(sent, tok)] = (at, at + len(word))
            text.append(word)
            at += len(word)
            sentence, previous = sent, word
        out[key] = {"text": "".join(text), "spans": spans}
    return out


def b_cubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed over the items of ``gold`` (item -> cluster id)."""
    gold_sets, pred_sets = defaultdict(set), defaultdict(set)
    for item, cluster in gold.items():
        gold_sets[cluster].add(item)
        pred_sets[predicted[item]].add(item)
    p = r = 0.0
    for item in gold:
        g, q = gold_sets[gold[item]], pred_sets[predicted[item]]
        both = len(g & q)
        p += both / len(q)
        r += both / len(g)
    n = len(gold) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(data: Path) -> dict:
    docs = read_conll(data / "meantime.conll")
    mentions = [m for m in json.loads((data / "entities_mentions.json").read_text(encoding="utf-8"))
                if m["mention_ner"] in NAMED]
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for m in mentions:
        by_topic[m["topic"]].append(m)
    results = {}
    for topic in sorted(by_topic):
        keys = sorted({m["conll_doc_key"] for m in by_topic[topic]} | {k for k in docs if k.startswith(topic + "/")})
        ids = {key: f"d{n + 1}" for n, key in enumerate(keys)}
        articles = [Article(id=ids[k], source=k, title="", text=docs[k]["text"], sentences=segment(ids[k], docs[k]["text"]))
                    for k in keys]
        clock = time.perf_counter()
        entities = resolve_entities(articles)
        seconds = time.perf_counter() - clock
        spans_of: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for entity in entities:
            for mention in entity.mentions:
                spans_of[mention.article].append((mention.start, mention.end, entity.id))
        gold, predicted, baseline = {}, {}, {}
        matched = 0
        for n, m in enumerate(by_topic[topic]):
            doc = docs[m["conll_doc_key"]]
            offsets = [doc["spans"][(m["sent_id"], t)] for t in m["tokens_number"] if (m["sent_id"], t) in doc["spans"]]
            if not offsets:
                continue
            start, end = min(s for s, _ in offsets), max(e for _, e in offsets)
            item = f"m{n}"
            gold[item] = _CHAIN_PREFIX.sub("", m["coref_chain"])
            baseline[item] = m["tokens_str"].casefold()
            head = doc["spans"].get((m["sent_id"], m["mention_head_id"]), (start, end))
            best, overlap = None, 0
            for s, e, entity_id in spans_of[ids[m["conll_doc_key"]]]:
                if s <= head[0] and head[1] <= e:
                    best = entity_id  # the rashomon mention holding the gold mention's head word
                    break
                o = min(e, end) - max(s, start)
                if o > overlap:
                    best, overlap = entity_id, o
            predicted[item] = best or f"alone:{item}"
            matched += best is not None
        p, r, f = b_cubed(gold, predicted)
        bp, br, bf = b_cubed(gold, baseline)
        results[topic] = {
            "articles": len(articles), "gold_mentions": len(gold), "gold_chains": len(set(gold.values())),
            "found_by_rashomon": matched, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "baseline_precision": round(bp, 4), "baseline_recall": round(br, 4), "baseline_f1": round(bf, 4),
            "seconds": round(seconds, 2),
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "meantime")
    parser.add_argument("--name", default="entities_meantime")
    args = parser.parse_args()
    if not (args.data / "meantime.conll").is_file():
        sys.exit(f"MEANTIME not found at {args.data}")
    results = run(args.data)
    topics = list(results)
    macro = {k: round(sum(results[t][k] for t in topics) / len(topics), 4) for k in ("f1", "baseline_f1")}
    lines = ["# Cross-document entity grouping on MEANTIME (English), B-cubed over named mentions", "",
             "| topic | articles | gold mentions | chains | found | precision | recall | F1 | baseline F1 (exact lower-cased text) | seconds |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for t in topics:
        x = results[t]
        lines.append(f"| {t} | {x['articles']} | {x['gold_mentions']} | {x['gold_chains']} | {x['found_by_rashomon']} | "
                     f"{x['precision']} | {x['recall']} | {x['f1']} | {x['baseline_f1']} | {x['seconds']} |")
    lines += ["", f"Macro average over topics: F1 {macro['f1']}, baseline {macro['baseline_f1']}.", "",
              "Gold: annotated mentions whose NER label is one of " + ", ".join(sorted(NAMED)) + "; a gold mention takes the "
              "entity of the rashomon mention holding its head word, else of the one overlapping it most, or stays alone. "
              "MEANTIME's errors were read during development and some mechanisms came from them (bench/README.md, "
              "section names, lists which); no threshold was fitted to it."]
    write_result(args.name, {"topics": results, "macro": macro, "named_labels": sorted(NAMED)}, "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
