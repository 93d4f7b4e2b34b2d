"""A second opinion on boilerplate: a logistic regression over a line's words and its place.

The rules of :mod:`.clean` name a kind of line by wording only boilerplate uses; each blind set of
stories brought lines no rule knew (a radio station's frequency, a reproduction notice, a conference
the outlet runs). The model reads what those lines share: the outlet speaking to its reader, short
lines, the end of the article, words no other line of the article uses. It runs only on the lines the
rules keep, and removes one only when it is very sure (``threshold`` in the model file), so that a
short news line at the end of an article stays.

``data/boilerplate_line_model.json`` is fitted by ``scripts/fit_boilerplate_lines.py`` on the
development stories (bench/README.md, ``## lead, 2026-12-06 (fourteenth session)``);
``data/boilerplate_line_model.md`` says how.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import LexiconError
from ..text.verbs import IRREGULAR_PAST
from .line_signs import REPORTING

__all__ = ["LineJudgement", "article_features", "judge_lines", "line_features", "overlaps", "parse_model", "threshold"]

MODEL_FILE = "boilerplate_line_model.json"
MIN_LINES = 3
_TOKEN = re.compile(r"\b\w\w+\b")
_CONTENT = re.compile(r"[^\W\d_][\w'’-]{3,}")  # words of four letters or more: what a line is about
_LINK = re.compile(r"@|www\.|https?:|\.\w{2,3}/")
_READER = re.compile(r"\b(you|your)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”«»]")
_SENTENCE_END = re.compile(r"[.!?](\s|$)")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)»]*$")
_SEGMENTS = re.compile(r"\s[-–—|•·]\s|\s[-–—]$|^[-–—•·>]|→|»\s*$")  # a masthead's or a menu's parts
_LABEL = re.compile(r"^[^\W\d_][\w'’ ]{0,25}:\s")  # "Source: ...", "Note: ..."
# A finite verb, as far as spelling shows one: an auxiliary or modal, a regular or irregular past
_FINITE = re.compile(
    r"\b(is|are|was|were|am|be|has|have|had|will|would|can|could|may|might|must|should|shall|does|do|did|"
    r"isn't|aren't|wasn't|weren't|won't|can't|don't|doesn't|didn't|\w{2,}ed)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"^[A-Z]")


@dataclass(frozen=True)
class LineJudgement:
    """The model's probability that a line is not part of the story, and the words that weighed most."""

    probability: float
    evidence: tuple[str, ...]

    def reason(self) -> str:
        said = ", ".join(f"‘{w}’" for w in self.evidence)
        return f"other: reads as a non-story line (line model {self.probability:.2f}{'; ' + said if said else ''})"


def line_features(line: str, position: int, count: int, overlap: float) -> dict[str, float]:
    """The features of one line: its words and word pairs (lowercased), its length, its place among
    the article's ``count`` non-empty lines, the share of its content words the article's other
    lines use (``overlap``, from :func:`overlaps`), and signs of its shape. The fitting script calls
    this very function."""
    words = _TOKEN.findall(line.lower())
    features = {f"w:{w}": 1.0 for w in words}
    features.update({f"b:{a} {b}": 1.0 for a, b in zip(words, words[1:])})
    size = len(line.split())
    stripped = line.rstrip()
    shape = {
        "len<=4": size <= 4,
        "len5-9": 5 <= size <= 9,
        "len10-20": 10 <= size <= 20,
        "len>20": size > 20,
        "first": position == 0,
        "last": position == count - 1,
        "last3": position >= count - 3,
        "overlap": overlap,
        "digit": any(c.isdigit() for c in line),
        "link": bool(_LINK.search(line)),
        "reader": bool(_READER.search(line)),
        "question": stripped.endswith("?"),
        "exclaim": stripped.endswith("!"),
        "pipe": "|" in line,
        "copyright": "©" in line or "(c)" in line.lower(),
        "quote": bool(_QUOTE.search(line)),
        "reporting": bool(REPORTING.search(line)),
    }
    features.update({f"s:{k}": float(v) for k, v in shape.items() if v})
    features["s:sentences"] = float(len(_SENTENCE_END.findall(line)))
    features.update(_shape(line, words))
    return features


def _shape(line: str, words: list[str]) -> dict[str, float]:
    """Signs of a line's shape that story lines seldom have: no sentence end, a masthead's parts, a
    label before a colon, no finite verb, a share of capitalised words."""
    tokens = line.split()
    inner = tokens[1:]
    finite = bool(_FINITE.search(line)) or any(w in IRREGULAR_PAST for w in words) or bool(REPORTING.search(line))
    shape = {
        "s:noend": not _ENDS_SENTENCE.search(line.rstrip()),
        "s:segments": bool(_SEGMENTS.search(line)),
        "s:label": bool(_LABEL.match(line.strip())),
        "s:nofinite": not finite,
        "s:caps": (sum(bool(_CAPITALISED.match(t)) for t in inner) / len(inner)) if inner else 0.0,
    }
    return {k: float(v) for k, v in shape.items() if v}


def overlaps(lines: Sequence[str]) -> list[float]:
    """For each line, the share of its content words (four letters or more) that another line uses."""
    words = [{w.lower() for w in _CONTENT.findall(line)} for line in lines]
    lines_using = Counter(w for line_words in words for w in line_words)
    return [sum(lines_using[w] > 1 for w in line_words) / len(line_words) if line_words else 0.0 for line_words in words]


def article_features(lines: Sequence[str]) -> list[tuple[int, dict[str, float]]]:
    """(line number, features) for each non-empty line of an article, its place counted among the
    non-empty lines. The model and its fitting script both read lines through this."""
    numbered = [(i, line) for i, line in enumerate(lines) if line.strip()]
    shares = overlaps([line for _, line in numbered])
    return [(i, line_features(line, place, len(numbered), shares[place])) for place, (i, line) in enumerate(numbered)]


def judge_lines(lines: Sequence[str]) -> list[LineJudgement | None]:
    """A judgement for each line of an article (None for an empty line); none at all for an article
    of fewer than ``MIN_LINES`` non-empty lines, whose place and overlap say nothing."""
    judged: list[LineJudgement | None] = [None] * len(lines)
    if sum(1 for line in lines if line.strip()) < MIN_LINES:
        return judged
    model = _model()
    weights = model["weights"]
    for i, features in article_features(lines):
        score = model["intercept"] + sum(weights.get(name, 0.0) * value for name, value in features.items())
        words_for = sorted(
            (name for name in features if name[:2] in ("w:", "b:") and weights.get(name, 0.0) > 0),
            key=lambda name: -weights[name],
        )
        judged[i] = LineJudgement(1 / (1 + math.exp(-max(-50.0, min(50.0, score)))), tuple(n[2:] for n in words_for[:3]))
    return judged


def threshold() -> float:
    return float(_model()["threshold"])


@cache
def _model() -> dict:
    return parse_model(resources.files("rashomon.data").joinpath(MODEL_FILE).read_text(encoding="utf-8"))


def parse_model(text: str) -> dict:
    """The model file's intercept, threshold and weights; LexiconError naming the file when malformed."""
    try:
        model = json.loads(text)
        return {"intercept": float(model["intercept"]), "threshold": float(model["threshold"]),
                "weights": {str(k): float(v) for k, v in model["weights"].items()}}
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise LexiconError(MODEL_FILE, f"not a line model ({error})") from error
