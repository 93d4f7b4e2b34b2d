"""Every reported loaded / naming / scare-quote cue of the READ sets by step and by mechanism, on gold or false.

    python scripts/false_cue_mechanisms.py --read                  # all READ sets at once
    python scripts/false_cue_mechanisms.py --set stories-fresh5 --list
    python scripts/false_cue_mechanisms.py --read --json /tmp/cues.jsonl   # every cue with its marks

The step is read off the cue's note (``false_cue_steps.step_of``). The mechanism marks are read off the
text around the cue with the package's own readers, so the same census can be rerun on a new set:

- ``headline``: the cue lies in the article's headline (``loaded_words.title_mask``);
- ``translated``: the article carried a machine-translation notice (``clean.machine_translated``);
- ``quoted``: inside quotation marks (``framing.quotes._quote_spans``), a speaker's words or a scare quote;
- ``told indirectly``: in a clause a plain verb of saying reports (``hits.told_indirectly``);
- ``proper name``: a capitalised word not at a sentence's start;
- ``thing``: a single word or compound that names a physical thing (``loaded_words.thing_named``);
- ``hyphenated``: a compound written with a hyphen;
- ``unrated``: no word of the cue has a VADER valence (``resources.valence``);
- ``loud article``: the note says the article reads loud (the word model's second stage);
- ``unshared only``: the note's only evidence is that no other outlet writes the word.

A cue is on gold as ``bench/quality.py`` counts framing precision (``rules._cue_on_gold``). Voices, tone
and hedges are left out (hedges are scored apart, tone is no word cue). The mechanism table counts each
mark on its own (a cue may carry several); ``--list`` prints every false cue with its marks.

Totals and lists of misses: READ sets only (bench/README: READ/CHECK).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from false_cue_steps import step_of  # noqa: E402
from quality import stories_of  # noqa: E402

from rashomon.comparison.clean import machine_translated  # noqa: E402
from rashomon.comparison.framing import resources  # noqa: E402
from rashomon.comparison.framing.hits import told_indirectly  # noqa: E402
from rashomon.comparison.framing.loaded_words import thing_named, title_mask  # noqa: E402
from rashomon.comparison.framing.quotes import _quote_spans  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.matching import match_articles  # noqa: E402
from rashomon.evaluation.rules import Located, _cue_on_gold, _cue_spans  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

READ = ("stories-dev", "stories-fresh") + tuple(f"stories-fresh{i}" for i in (*range(2, 17), 19, 20, 21))  # 16, 19 .. 21 opened after their held-out scores
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def marks(article, cue, quotes) -> list[str]:
    """The mechanism marks of one cue (see the module docstring)."""
    out = []
    words = _WORD.findall(cue.text)
    if title_mask(article, [cue.start])[0]:
        out.append("headline")
    if machine_translated(article.removed):
        out.append("translated")
    if any(s <= cue.start and cue.end <= e for s, e in quotes):
        out.append("quoted")
    if told_indirectly(article, cue.start):
        out.append("told indirectly")
    sentence = next((s for s in article.sentences if s.start <= cue.start < s.end), None)
    if cue.text[:1].isupper() and sentence is not None and cue.start > sentence.start and not cue.text.isupper():
        out.append("proper name")
    if len(words) == 1 and thing_named(words[0]):
        out.append("thing")
    if any("-" in w for w in words):
        out.append("hyphenated")
    if words and all(resources.valence(w.lower()) is None for w in words):
        out.append("unrated")
    if "in a loud article" in cue.note:
        out.append("loud article")
    evidence = re.sub(r"\(\d\.\d\d\)|in the headline|in a loud article[^;)]*", "", cue.note)
    if "no other outlet" in evidence and not re.search(r"valence|rare register|close in meaning|VADER|SentiWordNet|subjectivity|rarer|WordNet|idiom", evidence):
        out.append("unshared only")
    return out


def census(sets: list[str]) -> list[dict]:
    """One row per reported word cue of ``sets``: set, story, article file, step, on gold, text, note, marks."""
    rows = []
    for name in sets:
        for slug, gold_path, sources in stories_of(name):
            report = compare(sources, settings=Settings(embedder="static"))
            gold = load_gold(gold_path)
            located = Located(report, match_articles(gold.articles, report))
            names = {v: k for k, v in located.ids.items()}
            articles = {a.id: a for a in report.articles}
            spans = {a.id: _quote_spans(a.text) for a in report.articles}
            for cue in report.framing:
                if cue.kind in ("voice", "hedge", "tone"):
                    continue
                article = articles[cue.article]
                rows.append({
                    "set": name, "story": slug, "file": names.get(cue.article, cue.article),
                    "step": step_of(cue.kind, cue.note), "kind": cue.kind,
                    "on_gold": bool(_cue_on_gold(cue, _cue_spans(cue, located), gold, located)),
                    "text": cue.text, "note": cue.note, "marks": marks(article, cue, spans[cue.article]),
                })
    return rows


def table(rows: list[dict], key) -> list[str]:
    counts: dict[str, list] = collections.defaultdict(lambda: [0, 0, collections.Counter()])
    for row in rows:
        for k in key(row):
            cell = counts[k]
            cell[0 if row["on_gold"] else 1] += 1
            if not row["on_gold"]:
                cell[2][row["set"].replace("stories-", "")] += 1
    lines = ["| | on gold | false | sets with a false cue | false by set |", "|---|---|---|---|---|"]
    for k, (on, false, by) in sorted(counts.items(), key=lambda kv: (-kv[1][1], -kv[1][0])):
        lines.append(f"| {k} | {on} | {false} | {len(by)} | {', '.join(f'{s} {n}' for s, n in sorted(by.items()))} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", action="append", default=[])
    parser.add_argument("--read", action="store_true", help="every READ set")
    parser.add_argument("--list", action="store_true", help="print every false cue with its marks")
    parser.add_argument("--json", type=Path, help="write every cue (gold and false) as JSON lines")
    parser.add_argument("--load", type=Path, help="read the cues from an earlier --json instead of comparing")
    args = parser.parse_args()
    if args.load:
        rows = [json.loads(line) for line in args.load.read_text(encoding="utf-8").splitlines() if line]
    else:
        sets = list(args.set) + (list(READ) if args.read else [])
        if any(s not in READ + ("seeds", "examples") for s in sets):
            raise SystemExit("READ sets only: a CHECK set is run for its totals, never read")
        rows = census(sets)
    if args.json:
        args.json.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print("By step:\n" + "\n".join(table(rows, lambda r: [r["step"]])))
    print("\nBy mechanism mark (a cue may carry several; 'none' carries no mark):\n"
          + "\n".join(table(rows, lambda r: r["marks"] or ["none"])))
    print("\nBy step and mark:\n" + "\n".join(table(rows, lambda r: [f"{r['step']} / {m}" for m in r["marks"] or ["none"]])))
    if args.list:
        for r in rows:
            if not r["on_gold"]:
                print(f"{r['set']} {r['story']} {r['file']}: {r['step']}: {r['text']!r} [{', '.join(r['marks'])}]")


if __name__ == "__main__":
    main()
