"""Word choice across outlets on stories-dev: the noun-phrase bar (wording.REFERENT_CUT), in sample
and leave one story out.

    python bench/framing_wording.py                 # writes bench/results/framing_wording.{json,md}
    python bench/framing_wording.py --print --cuts 0.35,0.4,0.45

Each story of ../shared/data/stories-dev is compared once (static embedder); then for every cut the
framing step is re-run on that comparison and scored with ``rashomon.evaluate`` (framing found,
precision of loaded / naming / scare-quote cues). *In sample*: the packaged loaded-word model,
fitted on all 24 stories. *Leave one story out*: each story with the model fitted on the other 23
(scripts/fit_framing_words.py's examples and fit, C=1), the honest number for unseen stories. A cut
of 1.0 switches the noun-phrase bar off (the story model's own bar only). Takes a few minutes.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from common import SHARED, write_result  # noqa: E402

from rashomon.comparison.framing import find_framing, loaded, wording  # noqa: E402
from rashomon.comparison.framing.loaded_words import resources_path
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation import evaluate  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

ROOT = SHARED / "data" / "stories-dev"


def held_out_models() -> dict[str, dict]:
    import fit_framing_words as fit  # scripts/: the same examples and fit as the packaged model

    ex = fit.Examples(ROOT)
    base = json.loads(resources_path("framing_word_model.json").read_text(encoding="utf-8"))
    models: dict[str, dict] = {}
    for part in ("single", "story"):
        fitted = fit.fit_part(ex, part, 1.0, base[part]["threshold"], "context" in base[part])
        for story, part_model in fitted.held_out.items():
            part_model["coef"] = np.asarray(part_model["weights"] + part_model["vector_weights"], dtype=np.float32)
            models.setdefault(story, dict(base))[part] = part_model
    return models


def score(reports: dict, cut: float, models: dict | None) -> dict[str, int]:
    wording.REFERENT_CUT = cut
    original = loaded.word_model
    total = {"found": 0, "gold": 0, "on_gold": 0, "reported": 0}
    try:
        for slug, report in reports.items():
            if models is not None:
                loaded.word_model = wording.word_model = lambda model=models[slug]: model  # type: ignore[assignment]
            cues = find_framing(report.articles, report.entities, alignment=report.agreements)
            s = evaluate(str(ROOT / slug / "gold.json"), dataclasses.replace(report, framing=cues))
            total["found"] += s.framing.found
            total["gold"] += s.framing.total
            total["on_gold"] += s.framing_precision.found
            total["reported"] += s.framing_precision.total
    finally:
        loaded.word_model = wording.word_model = original  # type: ignore[assignment]
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cuts", default="1.0,0.45,0.4,0.35")
    parser.add_argument("--print", action="store_true", help="print only")
    args = parser.parse_args()
    if not ROOT.exists():
        sys.exit(f"stories-dev not found at {ROOT}")
    default = wording.REFERENT_CUT
    slugs = sorted(p.parent.name for p in ROOT.glob("*/gold.json"))
    reports = {slug: compare(sorted(str(p) for p in (ROOT / slug).glob("*.txt")), settings=Settings(embedder="static")) for slug in slugs}
    models = held_out_models()
    rows = []
    for cut in (float(c) for c in args.cuts.split(",")):
        row = {"cut": cut, "in_sample": score(reports, cut, None), "leave_one_story_out": score(reports, cut, models)}
        rows.append(row)
        print(json.dumps(row), flush=True)
    wording.REFERENT_CUT = default

    def cell(t: dict[str, int]) -> str:
        return f"{t['found']}/{t['gold']} ({t['found'] / t['gold']:.3f}) at {t['on_gold']}/{t['reported']} ({t['on_gold'] / max(1, t['reported']):.3f})"

    md = ["# Word choice across outlets: the noun-phrase bar on stories-dev", "",
          f"Shipped cut: {default}. Framing found at precision (loaded / naming / scare-quote cues on a gold cue); 1.0 = no noun-phrase bar.", "",
          "| cut | in sample | leave one story out |", "|---|---|---|"]
    md += [f"| {r['cut']} | {cell(r['in_sample'])} | {cell(r['leave_one_story_out'])} |" for r in rows]
    if not args.print:
        write_result("framing_wording", {"shipped_cut": default, "stories": len(slugs), "rows": rows}, "\n".join(md))
    print("\n".join(md))


if __name__ == "__main__":
    main()
