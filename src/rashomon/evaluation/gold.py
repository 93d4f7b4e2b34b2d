"""The gold format: what a careful reader finds in one story, parsed and validated.

Two versions are read, told apart by their content:

- **v1** (the seeds and the bundled examples): ``about``, ``articles``, ``entities``, ``shared``,
  ``unique``, ``conflicts``, ``framing`` (``{article, text}``), ``boilerplate``. Conflicts,
  framing and boilerplate were written as *what a reader must find*, not promised complete.
- **v2** (``../shared/data/stories-dev``): the same keys without ``about``; every framing cue
  carries a ``kind`` (``loaded | naming | scare_quote | hedge``); an optional ``neutral`` lists the
  articles written as neutral wire copy; conflict ``sides`` may hold 2-4 articles (the note says
  which agree); conflicts, framing and boilerplate are COMPLETE, so false findings are measurable.

A gold file is v2 when it has a ``neutral`` list or when it has framing cues and every one of
them has a ``kind``; otherwise v1. :attr:`Gold.complete` is true for v2 only: precision counts
(false conflicts, false framing cues, lines lost) are exact on v2 gold and upper bounds on v1.

Every gold text occurs verbatim in its article's file; a malformed file raises
:class:`~rashomon.errors.GoldError` naming the file and the key at fault.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import GoldError
from ..model import Record, record

log = logging.getLogger(__name__)

# v1 used "weekday"; v2 writes every date, weekday and time disagreement as "date".
CONFLICT_KINDS = ("actor", "number", "date", "weekday", "role", "name", "order", "quote", "place")
FRAMING_KINDS = ("loaded", "naming", "scare_quote", "hedge")


@record
class GoldEntity(Record):
    canonical: str
    variants: tuple[str, ...] = ()
    garbled: tuple[str, ...] = ()


@record
class GoldText(Record):
    """A text of one article (a unique claim, a framing cue, a boilerplate line)."""

    article: str
    text: str
    kind: str = ""  # framing cues of v2 gold: loaded | naming | scare_quote | hedge


@record
class GoldConflict(Record):
    kind: str
    sides: dict[str, str]
    note: str = ""


@record
class Gold(Record):
    """A parsed, validated gold file."""

    about: str = ""
    articles: tuple[str, ...] = ()
    entities: tuple[GoldEntity, ...] = ()
    shared: tuple[dict[str, str], ...] = ()
    unique: tuple[GoldText, ...] = ()
    conflicts: tuple[GoldConflict, ...] = ()
    framing: tuple[GoldText, ...] = ()
    boilerplate: tuple[GoldText, ...] = ()
    neutral: tuple[str, ...] = ()
    version: int = 1
    source: str = ""  # where it was read from, for error messages

    @property
    def complete(self) -> bool:
        """Whether conflicts, framing and boilerplate are complete (v2), so precision is exact."""
        return self.version >= 2

    def texts(self) -> list[GoldText]:
        """Every gold text with its article, for checks such as "occurs verbatim in its file"."""
        out: list[GoldText] = []
        for pair in self.shared:
            out += [GoldText(article=a, text=t) for a, t in pair.items()]
        out += self.unique
        for conflict in self.conflicts:
            out += [GoldText(article=a, text=t) for a, t in conflict.sides.items()]
        out += self.framing
        out += self.boilerplate
        return out


def _fail(source: str, where: str, problem: str) -> GoldError:
    return GoldError(f"{source}: {where}: {problem}")


def _short(value: Any, limit: int = 80) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _string(value: Any, source: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(source, where, f"expected a non-empty string, got {_short(value)}")
    return value


def _list(data: Mapping[str, Any], key: str, source: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _fail(source, key, f"expected a list, got {type(value).__name__}")
    return value


def _article(value: Any, articles: set[str], source: str, where: str) -> str:
    article = _string(value, source, where)
    if article not in articles:
        raise _fail(source, where, f"{article!r} is not one of the gold articles {sorted(articles)}")
    return article


def _article_texts(data: Mapping[str, Any], key: str, articles: set[str], source: str) -> tuple[GoldText, ...]:
    out = []
    for i, item in enumerate(_list(data, key, source)):
        where = f"{key}[{i}]"
        if not isinstance(item, Mapping):
            raise _fail(source, where, "expected an object with 'article' and 'text'")
        kind = item.get("kind", "")
        if kind and not isinstance(kind, str):
            raise _fail(source, f"{where}.kind", f"expected a string, got {kind!r}")
        if key == "framing" and kind and kind not in FRAMING_KINDS:
            log.warning("%s: %s.kind %r is not one of %s", source, where, kind, ", ".join(FRAMING_KINDS))
        out.append(
            GoldText(
                article=_article(item.get("article"), articles, source, f"{where}.article"),
                text=_string(item.get("text"), source, f"{where}.text"),
                kind=kind or "",
            )
        )
    return tuple(out)


def _sides(value: Any, articles: set[str], source: str, where: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or len(value) < 2:
        raise _fail(source, where, "expected an object mapping at least two article names to texts")
    return {_article(a, articles, source, where): _string(t, source, f"{where}[{a!r}]") for a, t in value.items()}


def _entities(data: Mapping[str, Any], source: str) -> tuple[GoldEntity, ...]:
    entities = []
    for i, item in enumerate(_list(data, "entities", source)):
        where = f"entities[{i}]"
        if not isinstance(item, Mapping):
            raise _fail(source, where, "expected an object with 'canonical', 'variants', 'garbled'")
        variants, garbled = item.get("variants", []), item.get("garbled", [])
        if not isinstance(variants, list) or not isinstance(garbled, list):
            raise _fail(source, where, "'variants' and 'garbled' must be lists")
        entities.append(
            GoldEntity(
                canonical=_string(item.get("canonical"), source, f"{where}.canonical"),
                variants=tuple(_string(v, source, f"{where}.variants") for v in variants),
                garbled=tuple(_string(g, source, f"{where}.garbled") for g in garbled),
            )
        )
    return tuple(entities)


def _conflicts(data: Mapping[str, Any], known: set[str], source: str) -> tuple[GoldConflict, ...]:
    conflicts = []
    for i, item in enumerate(_list(data, "conflicts", source)):
        where = f"conflicts[{i}]"
        if not isinstance(item, Mapping):
            raise _fail(source, where, "expected an object with 'kind', 'sides', 'note'")
        kind = _string(item.get("kind"), source, f"{where}.kind")
        if kind not in CONFLICT_KINDS:
            log.warning("%s: %s.kind %r is not one of %s", source, where, kind, ", ".join(CONFLICT_KINDS))
        sides = _sides(item.get("sides"), known, source, f"{where}.sides")
        conflicts.append(GoldConflict(kind=kind, sides=sides, note=str(item.get("note", ""))))
    return tuple(conflicts)


def parse_gold(data: Mapping[str, Any], source: str = "<gold>") -> Gold:
    """Validate a gold mapping (v1 or v2); a malformed one raises :class:`GoldError` naming the key."""
    if not isinstance(data, Mapping):
        raise GoldError(f"{source}: expected a JSON object, got {type(data).__name__}")
    if str(data.get("schema", "")).startswith("rashomon."):
        raise GoldError(f"{source}: is a {data['schema']} file, not a gold file "
                        "(rashomon evaluate GOLD.json REPORT.json takes the gold file first)")
    names = _list(data, "articles", source)
    if len(names) < 1:
        raise _fail(source, "articles", "lists no article")
    articles = tuple(_string(n, source, f"articles[{i}]") for i, n in enumerate(names))
    known = set(articles)
    if len(known) != len(articles):
        raise _fail(source, "articles", "lists an article twice")
    neutral = tuple(_article(n, known, source, f"neutral[{i}]") for i, n in enumerate(_list(data, "neutral", source)))
    framing = _article_texts(data, "framing", known, source)
    v2 = "neutral" in data or (bool(framing) and all(f.kind for f in framing))
    return Gold(
        about=str(data.get("about", "")),
        articles=articles,
        entities=_entities(data, source),
        shared=tuple(_sides(p, known, source, f"shared[{i}]") for i, p in enumerate(_list(data, "shared", source))),
        unique=_article_texts(data, "unique", known, source),
        conflicts=_conflicts(data, known, source),
        framing=framing,
        boilerplate=_article_texts(data, "boilerplate", known, source),
        neutral=neutral,
        version=2 if v2 else 1,
        source=source,
    )


def load_gold(gold: Gold | Mapping[str, Any] | str | Path) -> Gold:
    """A gold file from a path, a parsed mapping, or an already parsed :class:`Gold`."""
    if isinstance(gold, Gold):
        return gold
    if isinstance(gold, Mapping):
        return parse_gold(gold)
    path = Path(gold)
    try:
        data = json.loads(path.read_bytes())  # bytes: UTF-8, UTF-16 or UTF-32, a byte order mark or none
    except FileNotFoundError:
        raise GoldError(f"{path}: gold file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the gold file: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON: {exc}") from exc
    return parse_gold(data, source=str(path))
