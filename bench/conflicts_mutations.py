"""Conflicts planted in a copy: each article beside a copy of itself with one value changed.

No gold is needed. An article and its copy say the same thing in the same words but for the one value
changed, so the conflict finder should report exactly that value, and nothing else: a miss is a value
the readers do not read or compare even with perfect alignment, any other conflict is a false one.
Three changes, each made in turn at up to two places of an article:

- ``number``: a figure written in digits (not a year, a clock time, a decimal, a day of a month, a
  bound such as "more than 60", or a figure the article tells twice) raised by about two fifths ("37" -> "52", "1,200" -> "1,680");
- ``weekday``: a weekday moved one day on ("Tuesday" -> "Wednesday");
- ``negation``: a "not" inside a quotation dropped ("“We will not resign”" -> "“We will resign”").

    python bench/conflicts_mutations.py --set stories-dev --set stories-fresh     # prints
    python bench/conflicts_mutations.py --set stories-dev --misses                # lists each miss and false one
    python bench/conflicts_mutations.py --write                                   # the result files (every READ set)

The copy is the second article (Outlet B); a change counts as found when a conflict has a side in the
copy whose offsets overlap the changed value and a side in the original.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from common import write_result  # noqa: E402
from quality import SETS, stories_of  # noqa: E402

from rashomon.comparison.claims.numbers import parse_number  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.model import Conflict, Document  # noqa: E402
from rashomon.settings import Settings  # noqa: E402
from rashomon.sources import read_sources  # noqa: E402

# The sets a full run reads: the development sets whose texts may be read (the newest blind sets are
# left to the quality benchmark's totals).
DEFAULT_SETS = ("stories-dev", *(f"stories-fresh{n}" for n in ("", *range(2, 16))), "examples")
KINDS = ("number", "weekday", "negation")
PER_ARTICLE = 2  # places changed per kind and article, each in a run of its own

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_FIGURE = re.compile(r"(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,:/-]\d|[\w/-])")
_MONTH_BEFORE = re.compile(_MONTHS + r"\s*$")
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
# A bound ("more than 1,400", "up to 30 million"): raised, it still holds with the first, and the
# stories' gold calls two such figures compatible, so it is no planted conflict.
_BOUND = re.compile(r"\b(?:more|fewer|less|greater|higher|lower)\s+than\s*$|\b(?:at\s+least|at\s+most|over|under|up\s+to|as\s+many\s+as|nearly|almost|upwards\s+of|in\s+excess\s+of)\s*$", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z]+(?:[ -][A-Za-z]+)*")
_QUOTED = re.compile(r"[“\"]([^”\"]{3,400})[”\"]")
_NOT = re.compile(r"\s(not)\b")


@dataclass(frozen=True)
class Change:
    kind: str
    start: int  # in the original text
    end: int
    before: str
    after: str


def _raised(figure: str) -> str:
    n = int(figure.replace(",", ""))
    m = n + max(1, round(n * 0.4))
    return f"{m:,}" if "," in figure else str(m)


def _told_in_words(text: str) -> set[float]:
    """The figures ``text`` writes in words ("Thirty-one hurt")."""
    found = set()
    for m in _WORDS.finditer(text):
        words = m.group().replace("-", " ").split()
        for i in range(len(words)):  # each run of number words, read from its first
            for j in range(min(len(words), i + 4), i, -1):
                if (value := parse_number(" ".join(words[i:j]))) is not None:
                    found.add(value)
                    break
    return found


def changes(text: str) -> Iterator[Change]:
    """Every place of ``text`` a change of each kind can be made, in text order. A figure the
    article tells again (in digits or words) is left alone: changed once, the copy would tell both
    values, and an outlet that tells both takes no side."""
    figures = [m.group(1).replace(",", "") for m in _FIGURE.finditer(text)]
    in_words = _told_in_words(text)
    for m in _FIGURE.finditer(text):
        figure = m.group(1)
        n = int(figure.replace(",", ""))
        if figures.count(figure.replace(",", "")) > 1 or float(n) in in_words:
            continue
        if _BOUND.search(text, max(0, m.start() - 24), m.start()):
            continue
        if 1900 <= n <= 2100 and "," not in figure:
            continue  # a year
        if _MONTH_BEFORE.search(text, 0, m.start()) or _MONTH_AFTER.match(text[m.end():m.end() + 16]):
            continue  # a day of a month: changed, it may name no day
        yield Change("number", m.start(1), m.end(1), figure, _raised(figure))
    for m in _WEEKDAY.finditer(text):
        day = m.group(1)
        yield Change("weekday", m.start(1), m.end(1), day, _WEEKDAYS[(_WEEKDAYS.index(day) + 1) % 7])
    for q in _QUOTED.finditer(text):
        for n in _NOT.finditer(q.group(1)):
            start = q.start(1) + n.start()  # the space before "not" goes with it
            yield Change("negation", start, q.start(1) + n.end(1), text[start:q.start(1) + n.end(1)], "")


def chosen(text: str, kind: str) -> list[Change]:
    """Up to :data:`PER_ARTICLE` places of ``kind``: the first and the one halfway through."""
    places = [c for c in changes(text) if c.kind == kind]
    if len(places) <= PER_ARTICLE:
        return places
    return [places[0], places[len(places) // 2]][:PER_ARTICLE]


def _overlaps(conflict: Conflict, copy_id: str, start: int, end: int) -> bool:
    return any(s.article == copy_id and s.start < end and start < s.end for s in conflict.sides)


def run_change(document: Document, change: Change, settings: Settings) -> tuple[bool | None, list[Conflict]]:
    """Whether the change was found (None: its line was cleaned away, as furniture), and the other
    conflicts (each a false one)."""
    text = document.text
    copy_text = text[: change.start] + change.after + text[change.end :]
    docs = [replace(document, source="Outlet A", path="a.txt"), replace(document, text=copy_text, source="Outlet B", path="b.txt")]
    report = compare(docs, settings=settings)
    ids = {a.source: a.id for a in report.articles}
    copy_id = ids.get("Outlet B", "a2")
    # the changed value's place in the copy's cleaned text: found by its context, as cleaning may move it
    copy_article = next(a for a in report.articles if a.id == copy_id)
    left = text[max(0, change.start - 30, text.rfind("\n", 0, change.start) + 1) : change.start]
    at = copy_article.text.find(left + change.after + copy_text[change.start + len(change.after) :][:10])
    if at < 0:
        return None, list(report.conflicts)
    start = at + len(left)
    end = start + max(len(change.after), 1)
    found = any(_overlaps(c, copy_id, start - 1, end + 1) for c in report.conflicts)
    others = [c for c in report.conflicts if not _overlaps(c, copy_id, start - 1, end + 1)]
    return found, others


def measure(set_names: list[str], settings: Settings, misses: bool) -> dict:
    counts: dict[str, Counter[str]] = {}
    for name in set_names:
        per = counts.setdefault(name, Counter())
        for slug, _, paths in stories_of(name):
            for path in paths:
                documents, _ = read_sources([path])
                if not documents:
                    continue
                document = documents[0]
                for kind in KINDS:
                    for change in chosen(document.text, kind):
                        found, others = run_change(document, change, settings)
                        if found is None:  # its line was cleaned away: nothing to find, nothing to judge
                            per["in removed lines"] += 1
                            continue
                        per["false"] += len(others)
                        per[f"{kind} changed"] += 1
                        per[f"{kind} found"] += found
                        if misses and not found:
                            line = document.text[max(0, change.start - 80) : change.end + 60].replace("\n", " ")
                            print(f"MISS {name}/{slug}/{path.name} {kind} {change.before!r} -> {change.after!r}: …{line}…")
                        for c in others if misses else ():
                            values = " / ".join(f"{s.article} {s.value!r}" for s in c.sides)
                            print(f"FALSE {name}/{slug}/{path.name} ({kind} change) {c.kind}: {values}")
    return {name: dict(per) for name, per in counts.items()}


def markdown(result: dict) -> str:
    head = "| set | " + " | ".join(f"{k} found" for k in KINDS) + " | false conflicts | changes in removed lines |"
    rows = [head, "|" + "---|" * (len(KINDS) + 3)]
    total: Counter[str] = Counter()
    for name, per in result["sets"].items():
        total.update(per)
        cells = [f"{per.get(f'{k} found', 0)}/{per.get(f'{k} changed', 0)}" for k in KINDS]
        rows.append(f"| {name} | " + " | ".join(cells) + f" | {per.get('false', 0)} | {per.get('in removed lines', 0)} |")
    cells = [f"{total.get(f'{k} found', 0)}/{total.get(f'{k} changed', 0)}" for k in KINDS]
    rows.append("| all | " + " | ".join(cells) + f" | {total.get('false', 0)} | {total.get('in removed lines', 0)} |")
    return "# Conflicts planted in a copy\n\nEach article beside a copy of itself with one value changed " \
        f"(embedder {result['embedder']}; `bench/conflicts_mutations.py`).\n\n" + "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=SETS)
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--misses", action="store_true", help="list each change missed and each false conflict")
    parser.add_argument("--write", action="store_true", help="write bench/results/conflicts_mutations.{json,md}")
    args = parser.parse_args(argv)
    previous = logging.root.manager.disable  # the comparison's warnings are not this report's; restored after
    logging.disable(logging.WARNING)
    try:
        sets = args.set or list(DEFAULT_SETS)
        result = {"embedder": args.embedder, "sets": measure(sets, Settings(embedder=args.embedder), args.misses)}
    finally:
        logging.disable(previous)
    text = markdown(result)
    print(text)
    if args.write:
        write_result("conflicts_mutations", result, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
