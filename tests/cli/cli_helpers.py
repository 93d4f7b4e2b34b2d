"""Running ``rashomon`` as a user does: in-process through typer's CliRunner, or as a
subprocess (``python -m rashomon.cli``, this checkout's sources first on the path)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

import rashomon
from rashomon.cli import app

SRC = Path(__file__).resolve().parents[2] / "src"
EXAMPLES = Path(rashomon.__file__).parent / "examples"

# Two invented reports of one invented event: the number of passengers rescued differs.
FERRY_A = ("Ferry sinks off Kessing\nThe ferry Marisol sank off Kessing on Monday night. Forty passengers were "
           "rescued by the coast guard, officials said. The captain, Anja Lindqvist, told reporters that the engine "
           "had failed.\n")
FERRY_B = ("Marisol ferry lost near Kessing\nThe Marisol ferry sank near Kessing late on Monday. The coast guard "
           "rescued 45 passengers, officials said. Captain Anja Lindqvist said the engine failed before the ship went "
           "down.\n")


def invoke(*args: str, input: str | None = None):
    """The command in this process; the result has ``exit_code``, ``stdout`` and ``stderr``."""
    return CliRunner().invoke(app, list(args), input=input)


def run(*args: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, as typed in a shell in ``cwd``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    return subprocess.run([sys.executable, "-m", "rashomon.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


def ferry(folder: Path) -> list[Path]:
    """The two ferry reports as text files in ``folder``."""
    paths = [folder / "harbour-post.txt", folder / "coast-daily.txt"]
    for path, text in zip(paths, (FERRY_A, FERRY_B)):
        path.write_text(text, encoding="utf-8")
    return paths


def example_story() -> tuple[Path, list[Path]]:
    """A bundled example story: its gold file and its articles, in the gold's order."""
    import json

    gold = sorted(EXAMPLES.glob("*/gold.json"))[0]
    names = json.loads(gold.read_text(encoding="utf-8"))["articles"]
    return gold, [gold.parent / name for name in names]


def example_library(folder: Path) -> str:
    """A store holding the bundled examples, ingested with the CLI: its --db path."""
    db = str(folder / "examples.db")
    done = invoke("ingest", str(EXAMPLES), "--db", db, "--no-progress")
    assert done.exit_code == 0, done.output
    return db


def example_articles() -> dict[str, list[str]]:
    """Each bundled story's folder name -> the outlets (file stems) of its articles."""
    import json

    return {gold.parent.name: [Path(name).stem for name in json.loads(gold.read_text(encoding="utf-8"))["articles"]]
            for gold in sorted(EXAMPLES.glob("*/gold.json"))}
