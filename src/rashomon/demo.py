"""The bundled example stories, compared: what ``rashomon demo`` runs."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from .comparison.pipeline import compare
from .evaluation.scores import evaluate
from .renderers import render
from .settings import Settings

EXAMPLES = Path(__file__).parent / "examples"


@dataclass(frozen=True, slots=True)
class DemoResult:
    story: str
    html: Path
    json: Path
    summary: str


def example_stories() -> list[Path]:
    """Folders of the bundled stories: each holds its articles and a gold.json naming them."""
    return sorted(p.parent for p in EXAMPLES.glob("*/gold.json"))


def story_sources(story: Path) -> list[Path]:
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    return [story / name for name in gold["articles"]]


def default_output() -> Path:
    """Where ``rashomon demo`` writes without ``-o``: ``$XDG_DATA_HOME/rashomon/demo``
    (``~/.local/share`` without it), never the current folder."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "rashomon" / "demo"


def run_demo(output: Path, settings: Settings | None = None) -> list[DemoResult]:
    output.mkdir(parents=True, exist_ok=True)
    results = []
    for story in example_stories():
        report = compare(story_sources(story), settings=settings)
        html = output / f"{story.name}.html"
        data = output / f"{story.name}.json"
        html.write_text(render(report, "html"), encoding="utf-8")
        data.write_text(render(report, "json"), encoding="utf-8")
        scores = evaluate(story / "gold.json", report)
        results.append(DemoResult(story=story.name, html=html.resolve(), json=data.resolve(), summary=scores.summary()))
    return results
