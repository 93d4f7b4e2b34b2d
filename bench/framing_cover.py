"""How many missed loaded / naming gold cues sit in a sentence aligned with another outlet's.

A cross-outlet comparison of word choice (framing/wording.py) can only find a cue whose sentence
has a counterpart; this counts, per cue kind, the missed cues that have one ("aligned": the
sentence is in an agreement with a sentence of another article) and those that do not ("alone").
The misses come from ``bench/quality.py --misses missed-framing --kind KIND``. Prints only.

    python bench/framing_cover.py          # stories-dev, static embedder
"""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

import rashomon
from rashomon.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT.parent / "shared" / "data" / "stories-dev"
_MISS = re.compile(r"- (\S+): (\w[\w ]*): (\S+\.txt): (.*)$")


def misses(kind: str) -> list[tuple[str, str, str]]:
    """(story, file, phrase) of each missed gold cue of ``kind``."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "quality.py"), "--set", "stories-dev", "--embedders", "static",
         "--misses", "missed-framing", "--kind", kind],
        capture_output=True, text=True, check=False,
    ).stdout
    return [(m[1], m[3], m[4]) for m in map(_MISS.match, out.splitlines()) if m]


def main() -> int:
    if not STORIES.is_dir():
        print(f"skipped: {STORIES} is absent")
        return 0
    per_story: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
    for kind in ("loaded", "naming"):
        for story, name, phrase in misses(kind):
            per_story[story].append((kind, name, phrase))
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for story, items in sorted(per_story.items()):
        paths = sorted(str(p) for p in (STORIES / story).glob("*.txt"))
        report = rashomon.compare(paths, settings=Settings(embedder="static"))
        articles = {Path(a.path).name: a for a in report.articles if a.path}
        aligned = {
            (c.article, c.sentence)
            for agreement in report.agreements
            if len({c.article for c in agreement.claims}) > 1
            for c in agreement.claims
        }
        for kind, name, phrase in items:
            article = articles.get(name)
            at = article.text.find(phrase) if article else -1
            if at < 0:
                counts[kind, "not located"] += 1
                continue
            sentence = next((s.id for s in article.sentences if s.start <= at < s.end), None)
            counts[kind, "aligned" if (article.id, sentence) in aligned else "alone"] += 1
    for (kind, where), n in sorted(counts.items()):
        print(f"{kind:8} {where:12} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
