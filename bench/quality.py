"""Gold scores of the compare pipeline on stories-dev, the stories written blind, the seeds and the bundled examples, per embedder.

    python bench/quality.py                         # everything: writes bench/results/quality.{json,md}
    python bench/quality.py --set stories-dev --embedders static    # a quick look, prints only
    python bench/quality.py --story d1-wildfire-orrindale --misses false-conflicts
    python bench/quality.py --set stories-dev --embedders static --misses missed-framing --kind loaded
    python bench/quality.py --set stories-dev --embedders static --diff   # what moved since the result file
    python bench/quality.py --misses list           # the names of the lists
    python bench/quality.py --update-baseline       # raise floors in tests/quality_baseline.json
    python bench/quality.py --lower-baseline --reason "why a score may drop"

Sets: ``stories-dev`` (../shared/data/stories-dev, 24 bundles, gold v2: precision exact),
``stories-fresh`` to ``stories-fresh21`` (bench/data/: bundles
written for the project in the same format by writers who had not read the rules; each held out until
first scored, see its README), ``seeds`` (../shared/seeds) and ``examples`` (shipped in the package,
gold v1). Scoring rules:
rashomon.evaluation.scores. Totals are summed found / summed total over a set's stories.

Only a full run (every set present, every available embedder, no --set or --story) writes the
result files; a filtered run prints.
The baseline (tests/quality_baseline.json, guarded by tests/test_quality.py) holds floors for
ratios and ceilings for counts per set, for the default embedder. ``--update-baseline`` only
raises floors and lowers ceilings, and refuses while any measure is worse than its record;
``--lower-baseline --reason`` sets every record to the measured value and keeps the reason, the
date, the commit and each change in the file's ``history``.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED, commit, write_result  # noqa: E402

from rashomon.backends.embedders import available  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.demo import example_stories, story_sources  # noqa: E402
from rashomon.evaluation.scores import Scores, evaluate  # noqa: E402
from rashomon.evaluation.totals import BREAKDOWNS, LISTS, shortfalls, totals  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "quality_baseline.json"
SETS = ("stories-dev", "stories-fresh", "stories-fresh2", "stories-fresh3", "stories-fresh4", "stories-fresh5", "stories-fresh6", "stories-fresh7", "stories-fresh8", "stories-fresh9", "stories-fresh10", "stories-fresh11", "stories-fresh12", "stories-fresh13", "stories-fresh14", "stories-fresh15", "stories-fresh16", "stories-fresh17", "stories-fresh18", "stories-fresh19", "stories-fresh20", "stories-fresh21", "seeds", "examples")
# The sets written for the project blind, each held out until its first score (its README says when).
FRESH = {name: ROOT / "bench" / "data" / name for name in ("stories-fresh", "stories-fresh2", "stories-fresh3", "stories-fresh4", "stories-fresh5", "stories-fresh6", "stories-fresh7", "stories-fresh8", "stories-fresh9", "stories-fresh10", "stories-fresh11", "stories-fresh12", "stories-fresh13", "stories-fresh14", "stories-fresh15", "stories-fresh16", "stories-fresh17", "stories-fresh18", "stories-fresh19", "stories-fresh20", "stories-fresh21")}
EMBEDDERS = ("tfidf", "static", "minilm")
# Sets held out in the current session (scored once first, then unread until the session's second
# score): the baseline test skips them, so that no change is gated on their pass/fail. Empty between
# sessions; a session that writes a new blind set names it here until its second score.
HELD_OUT: tuple[str, ...] = ()

# The columns of the totals table: (header, ratio or count name).
COLUMNS = [
    ("shared", "shared"), ("unique", "unique"), ("conflicts", "conflicts"), ("false conf.", "false_conflicts"),
    ("dup. conf.", "duplicate_conflicts"), ("kind agr.", "conflict_kinds"), ("every side", "conflict_sides"), ("framing", "framing"),
    ("framing prec.", "framing_precision"), ("false cues", "false_framing"), ("false hedges", "false_hedges"),
    ("cues on wire copy", "wire_cues"),
    ("boilerplate", "boilerplate"), ("lines lost", "content_lost"), ("entities", "entities"), ("garbled", "garbled"),
    ("names wrongly flagged", "false_flags"), ("digest cited", "digest"), ("digest supported", "digest_supported"),
    ("loaded in digest", "digest_loaded"),
]


def stories_of(set_name: str, shared: Path = SHARED) -> list[tuple[str, Path, list[Path]]]:
    """(slug, gold path, article paths) of a set; empty when its data is absent."""
    seeds = shared / "seeds"
    if set_name == "stories-dev" or set_name in FRESH:
        root = shared / "data" / "stories-dev" if set_name == "stories-dev" else FRESH[set_name]
        out = []
        for gold in sorted(root.glob("*/gold.json")):
            names = json.loads(gold.read_text(encoding="utf-8"))["articles"]
            out.append((gold.parent.name, gold, [gold.parent / n for n in names]))
        return out
    if set_name == "seeds":
        if not (seeds / "gold.json").exists():
            return []
        names = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))["articles"]
        return [("seeds", seeds / "gold.json", [seeds / n for n in names])]
    return [(s.name, s / "gold.json", story_sources(s)) for s in example_stories()]


def run(embedder: str, set_name: str, story: str | None, quiet: bool) -> tuple[dict[str, Scores], dict[str, float]]:
    scores, seconds = {}, {}
    for slug, gold, sources in stories_of(set_name):
        if story and slug != story:
            continue
        start = time.perf_counter()
        report = compare(sources, settings=Settings(embedder=embedder))
        seconds[slug] = time.perf_counter() - start
        for skipped in report.skipped:
            if "stage failed" in skipped.reason:  # always told, --quiet or not: a failed stage is a bug
                print(f"STAGE FAILED {embedder} {set_name} {slug}: {skipped.source}: {skipped.reason}", file=sys.stderr, flush=True)
        scores[slug] = evaluate(gold, report)
        if not quiet:
            print(f"{embedder:7} {set_name:12} {slug:36} {seconds[slug]:5.2f}s  {scores[slug].summary()}", file=sys.stderr, flush=True)
    return scores, seconds


def cell(total: dict, name: str) -> str:
    if name in total["tallies"]:
        found, all_ = total["tallies"][name]
        return f"{found}/{all_} ({total['ratios'][name]:.2f})"
    return str(total["counts"][name])


def markdown(result: dict) -> str:
    default = result["default_embedder"]
    lines = [
        "# Gold scores: stories-dev, the stories written blind, seeds and the bundled examples, per embedder",
        "",
        "Rules: `rashomon.evaluation.scores` (module docstring). Totals are summed found / summed total.",
        "stories-dev and the stories-fresh sets have gold v2 (conflicts, framing and boilerplate complete: precision exact); the seeds and",
        "examples have gold v1 (false counts are upper bounds). Framing precision counts every reported cue but",
        "hedges and voice; hedges are counted apart (false hedges).",
        "",
    ]
    for set_name, per in result["sets"].items():
        lines += [f"## {set_name} totals", "", "| measure | " + " | ".join(per) + " |", "|---|" + "---|" * len(per)]
        lines.append("| stories | " + " | ".join(str(t["stories"]) for t in per.values()) + " |")
        for header, name in COLUMNS:
            lines.append(f"| {header} | " + " | ".join(cell(t, name) for t in per.values()) + " |")
        lines.append("| false conflicts / story | " + " | ".join(f"{t['derived']['false_conflicts_per_story']:.2f}" for t in per.values()) + " |")
        lines.append("| seconds | " + " | ".join(f"{sum(result['seconds'][e][set_name].values()):.1f}" for e in per) + " |")
        lines.append("")
        for breakdown in BREAKDOWNS:
            rows = {label for t in per.values() for label in t["by"][breakdown]}
            if not rows:
                continue
            lines += [f"{breakdown.replace('_', ' ')}:", "", "| | " + " | ".join(per) + " |", "|---|" + "---|" * len(per)]
            for label in sorted(rows):
                lines.append(f"| {label} | " + " | ".join("{}/{}".format(*t["by"][breakdown].get(label, [0, 0])) for t in per.values()) + " |")
            lines.append("")
    lines += [f"## Per story ({default})", "", "| set | story | " + " | ".join(h for h, _ in COLUMNS) + " | s |",
              "|---|---|" + "---|" * (len(COLUMNS) + 1)]
    for set_name, stories in result["stories"].get(default, {}).items():
        for slug, entry in stories.items():
            cells = []
            for _, name in COLUMNS:
                cells.append("{}/{}".format(*entry["tallies"][name]) if name in entry["tallies"] else str(entry["counts"][name]))
            lines.append(f"| {set_name} | {slug} | " + " | ".join(cells) + f" | {result['seconds'][default][set_name][slug]:.2f} |")
    lines += ["", f"## Misses and false findings ({default})", ""]
    for set_name, per in result["sets"].items():
        lists = per.get(default, {}).get("lists", {})
        for name, items in lists.items():
            if items:
                lines += [f"### {set_name}: {name} ({len(items)})", ""] + [f"- {i}" for i in items] + [""]
    return "\n".join(lines)


def story_entry(scores: Scores, seconds: float) -> dict:
    tallies = {name: [getattr(scores, name).found, getattr(scores, name).total] for name in Scores.RATIOS}
    return {"tallies": tallies, "counts": scores.counts(), "summary": scores.summary(), "seconds": round(seconds, 3)}


def floors_of(total: dict) -> tuple[dict, dict]:
    return ({k: math.floor(v * 10_000) / 10_000 for k, v in total["ratios"].items()}, dict(total["counts"]))


def gate(baseline: dict, measured: dict[str, dict], lower: bool, reason: str) -> dict:
    """The new baseline, or SystemExit when a measure got worse and lowering was not asked for."""
    worse, changes = [], []
    for set_name, total in measured.items():
        floors, ceilings = floors_of(total)
        record = baseline["sets"].setdefault(set_name, {"floors": {}, "ceilings": {}})
        for kind, new, better in (("floors", floors, lambda n, o: n > o), ("ceilings", ceilings, lambda n, o: n < o)):
            for name, value in new.items():
                old = record[kind].get(name)
                if old is None or better(value, old):
                    changes.append(f"{set_name} {name}: {old} -> {value}")
                    record[kind][name] = value
                elif value != old:
                    worse.append(f"{set_name} {name}: {old} -> {value}")
                    if lower:
                        changes.append(f"{set_name} {name}: {old} -> {value} (lowered)")
                        record[kind][name] = value
    if worse and not lower:
        raise SystemExit("refusing to update the baseline: worse than recorded\n  " + "\n  ".join(worse)
                         + "\nfix the regression, or run --lower-baseline --reason \"...\" on purpose")
    baseline.setdefault("history", []).append({
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "commit": commit(),
        "action": "lower" if lower else "raise",
        "reason": reason,
        "changes": changes,
    })
    return baseline


def print_diff(result: dict) -> None:
    """Each set total of this run that differs from the current result file, old -> new."""
    path = ROOT / "bench" / "results" / "quality.json"
    old = json.loads(path.read_text(encoding="utf-8")).get("sets", {}) if path.exists() else {}
    for set_name, per in result["sets"].items():
        for embedder, total in per.items():
            before = old.get(set_name, {}).get(embedder)
            if before is None:
                print(f"diff {embedder} {set_name}: not in {path.name}")
                continue
            changes = []
            for _, name in COLUMNS:
                new, was = cell(total, name), cell(before, name) if name in before.get("tallies", {}) or name in before.get("counts", {}) else "-"
                if new != was:
                    changes.append(f"{name} {was} -> {new}")
            print(f"diff {embedder} {set_name}: " + ("; ".join(changes) or "no change"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--embedders", default=",".join(e for e in EMBEDDERS if e in available()))
    parser.add_argument("--set", choices=SETS, action="append", dest="sets", help="only this set (repeatable)")
    parser.add_argument("--story", help="only the story with this slug")
    parser.add_argument("--misses", metavar="LIST", help="print only this list (all for every list, list for their names)")
    parser.add_argument("--kind", help="with --misses: only items of this kind (loaded, naming, number, date, ...)")
    parser.add_argument("--diff", action="store_true", help="print each total that differs from bench/results/quality.json")
    parser.add_argument("--update-baseline", action="store_true", help="raise floors / lower ceilings to the measured")
    parser.add_argument("--lower-baseline", action="store_true", help="set the baseline to the measured, worse included")
    parser.add_argument("--reason", default="", help="why the baseline may drop (required with --lower-baseline)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args()
    if args.misses == "list":
        print("\n".join(LISTS))
        return 0
    if args.misses and args.misses != "all" and args.misses not in LISTS:
        parser.error(f"unknown list {args.misses!r}; valid: all, {', '.join(LISTS)}")
    if args.lower_baseline and not args.reason.strip():
        parser.error("--lower-baseline needs --reason \"...\" (it is recorded in the baseline)")
    logging.basicConfig(level=logging.ERROR)
    embedders = [e for e in args.embedders.split(",") if e]
    sets = args.sets or list(SETS)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {"embedder": available()[0], "sets": {}}
    default = baseline.get("embedder", available()[0])
    if (args.update_baseline or args.lower_baseline) and (args.story or default not in embedders):
        parser.error(f"the baseline is for whole sets with the {default} embedder")

    result: dict = {"default_embedder": default if default in embedders else embedders[0], "embedders": embedders,
                    "sets": {}, "stories": {}, "seconds": {}}
    for embedder in embedders:
        for set_name in sets:
            scores, seconds = run(embedder, set_name, args.story, args.quiet or bool(args.misses))
            if not scores:
                continue
            total = totals(scores)
            result["sets"].setdefault(set_name, {})[embedder] = total
            result["stories"].setdefault(embedder, {})[set_name] = {s: story_entry(v, seconds[s]) for s, v in scores.items()}
            result["seconds"].setdefault(embedder, {})[set_name] = {s: round(v, 3) for s, v in seconds.items()}
            if args.misses:
                for name in LISTS if args.misses == "all" else [args.misses]:
                    items = total["lists"][name]
                    if args.kind:  # items read "story: kind: ..."
                        items = [i for i in items if i.split(": ", 2)[1:2] == [args.kind]]
                    print(f"## {embedder} {set_name} {name} ({len(items)})")
                    print("\n".join(f"- {item}" for item in items))

    for set_name, per in result["sets"].items():
        for embedder, total in per.items():
            print(f"{embedder:7} {set_name:12} " + "  ".join(f"{h}={cell(total, n)}" for h, n in COLUMNS), flush=True)
            if embedder == default and set_name in baseline["sets"] and not args.story:
                record = baseline["sets"][set_name]
                for problem in shortfalls(total, record.get("floors", {}), record.get("ceilings", {})):
                    print(f"  BELOW BASELINE {set_name}: {problem}", flush=True)

    if args.diff and not args.story:
        print_diff(result)
    every_embedder = set(embedders) >= {e for e in EMBEDDERS if e in available()}
    for set_name, per in result["sets"].items():  # the lists of the default embedder only: the file stays readable
        for embedder, total in per.items():
            if embedder != result["default_embedder"]:
                total["lists"] = {name: len(items) for name, items in total["lists"].items()}
    full = not args.story and not args.sets and every_embedder and set(result["sets"]) == {s for s in SETS if stories_of(s)}
    if full and not args.misses:
        write_result("quality", result, markdown(result))
        print("wrote bench/results/quality.json and quality.md")
    if args.update_baseline or args.lower_baseline:
        # a held-out set gets no record until the session opens it: nothing may be gated on it
        measured = {s: per[default] for s, per in result["sets"].items() if default in per and s not in HELD_OUT}
        baseline = gate(baseline, measured, args.lower_baseline, args.reason)
        baseline["embedder"] = default
        BASELINE.write_text(json.dumps(baseline, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"updated {BASELINE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
