"""The framing lexicon (``data/framing_lexicon.json``): loading and checking it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ...errors import LexiconError
from ...text.needles import may_hold, regex_needles

LEXICON_KINDS = ("loaded", "labels", "partisan", "euphemism", "dysphemism", "naming", "hedge", "sourcing")

@dataclass(frozen=True, slots=True, kw_only=True)
class LexiconEntry:
    kind: str  # one of LEXICON_KINDS
    label: str  # the term, or the pattern, as written in the lexicon
    regex: re.Pattern[str]
    neutral: str = ""  # a replacement (may use \g<name> groups); "" when there is none
    drop: bool = False  # the neutral wording is to leave the words out
    note: str = ""
    sources: tuple[str, ...] = ()
    referent: tuple[str, ...] = ()  # what other outlets may call the same thing
    needles: tuple[str, ...] = ()  # words of which every match holds one, lower case (see may_match); () when none is known

    def may_match(self, folded: str) -> bool:
        """False when the entry cannot match the text ``folded`` was made from (:func:`case_blind`):
        each of its needles is missing. A substring test is far cheaper than a case-blind regex scan."""
        return may_hold(self.needles, folded)

    @property
    def cue_kind(self) -> str:
        if self.kind == "sourcing":
            return "voice"  # who a claim is put to ("critics say"): attribution, not the outlet's doubt
        return self.kind if self.kind in ("naming", "hedge") else "loaded"

    def replacement(self, match: re.Match[str]) -> str:
        if self.drop:
            return ""
        return match.expand(self.neutral) if self.neutral else ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    path: str
    entries: tuple[LexiconEntry, ...]
    sources: dict[str, dict[str, str]]
    epithets: tuple[str, ...]
    capitals: dict[str, dict[str, Any]]
    tone: dict[str, Any] = field(default_factory=dict)

    def source_titles(self, keys: Iterable[str]) -> str:
        return "; ".join(self.sources[k]["title"] for k in keys)


def _default_path() -> Path:
    return Path(str(resources.files("rashomon") / "data" / "framing_lexicon.json"))


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read and check a framing lexicon (the packaged one when ``path`` is None)."""
    if path is None:
        return _default_lexicon()
    return _read_lexicon(Path(path))


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return _read_lexicon(_default_path())


def _read_lexicon(path: Path) -> Lexicon:
    where = str(path)
    try:
        raw_text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(where, f"cannot read: {exc}") from exc
    try:
        data = json.loads(raw_text)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{where}:{exc.lineno}", f"not valid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{where}:1", "the lexicon must be a JSON object")
    for key in ("sources", "entries", "epithets", "capitals", "tone"):
        if key not in data:
            raise LexiconError(where, f"missing top-level key {key!r}")
    sources = data["sources"]
    entries = tuple(_read_entry(_entry_where(where, raw_text, i, raw), i, raw, sources) for i, raw in enumerate(data["entries"]))
    capitals = data["capitals"]["places"]
    for name, place in capitals.items():
        if "country" not in place:
            raise LexiconError(where, f"capital {name!r} has no 'country'")
    return Lexicon(
        path=where,
        entries=entries,
        sources=sources,
        epithets=tuple(data["epithets"]["words"]),
        capitals=capitals,
        tone=data["tone"],
    )


def _entry_where(where: str, raw_text: str, index: int, raw: Any) -> str:
    """'file:line' of an entry, found by its term or pattern as written in the file."""
    if isinstance(raw, dict):
        label = raw.get("term") or raw.get("pattern")
        if isinstance(label, str):
            at = raw_text.find(json.dumps(label, ensure_ascii=False))
            if at < 0:
                at = raw_text.find(json.dumps(label))
            if at >= 0:
                return f"{where}:{raw_text.count(chr(10), 0, at) + 1}"
    return where


def _read_entry(where: str, index: int, raw: dict[str, Any], sources: dict[str, Any]) -> LexiconEntry:
    if not isinstance(raw, dict):
        raise LexiconError(where, f"entry {index} is not an object")
    what = f"entry {index} ({raw.get('term') or raw.get('pattern')!r})"
    kind = raw.get("kind")
    if kind not in LEXICON_KINDS:
        raise LexiconError(where, f"{what}: kind {kind!r} is not one of {', '.join(LEXICON_KINDS)}")
    keys = raw.get("source")
    keys = [keys] if isinstance(keys, str) else list(keys or [])
    if not keys:
        raise LexiconError(where, f"{what}: every entry needs a 'source'")
    unknown = [k for k in keys if k not in sources]
    if unknown:
        raise LexiconError(where, f"{what}: unknown source {', '.join(unknown)}; known: {', '.join(sorted(sources))}")
    flags = 0 if raw.get("case_sensitive") else re.IGNORECASE
    if "pattern" in raw:
        label = raw["pattern"]
        try:
            regex = re.compile(raw["pattern"], flags)
        except re.error as exc:
            raise LexiconError(where, f"{what}: bad pattern: {exc}") from exc
    elif "term" in raw:
        label = raw["term"]
        regex = re.compile(r"\b" + re.escape(raw["term"]).replace(r"\ ", r"\s+") + r"\b", flags)
    else:
        raise LexiconError(where, f"{what}: needs a 'term' or a 'pattern'")
    referent = raw.get("referent", ())
    referent = (referent,) if isinstance(referent, str) else tuple(referent)
    return LexiconEntry(
        kind=kind,
        label=label,
        regex=regex,
        neutral=raw.get("neutral", ""),
        drop=bool(raw.get("drop", False)),
        note=raw.get("note", ""),
        sources=tuple(keys),
        referent=referent,
        needles=regex_needles(regex),
    )
