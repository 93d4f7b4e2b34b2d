"""Score a report against a gold file: the project's evaluation contract.

A gold file (``gold.json``; the seeds and every bundled example carry one) says, for one story,
what a careful reader finds in its articles. Its keys:

    about        free text
    articles     the file names of the story's articles
    entities     [{canonical, variants, garbled}]  one group per real-world entity
    shared       [{file: text, file: text, ...}]    one claim told by several articles
    unique       [{article, text}]                  a claim only one article makes
    conflicts    [{kind, sides: {file: text}, note}]
    framing      [{article, text}]                  a loaded term, scare quote, hedge ...
    boilerplate  [{article, text}]                  promo, newsletter and credit lines

Every gold text occurs verbatim in its article.

Matching articles. A gold file name is matched to the report article whose ``path`` has that
basename; failing that, whose ``url`` path has it; failing that, whose ``id`` is it; failing
that, whose path or url has the same stem (``story.txt`` ~ ``story.html``) when exactly one
does. A gold article with no match is listed in ``Scores.unmatched_articles`` and every gold
item that needs it counts as missed.

Normalising text. Before any comparison both sides are casefolded, curly quotes and apostrophes
become straight ones, and runs of whitespace become one space.

Scoring rules (``a ~ g``: a report text *a* covers a gold text *g* when, normalised, *a* contains
*g*, or *g* contains *a* and *a* has at least five words; a shorter *a* inside *g* is too weak
to count):

1. entities: a gold group is *merged* when the report mentions whose text (without a trailing
   possessive) equals one of the group's variants or its canonical form all belong to one
   report entity, and that entity has no mention equal to another group's variant. A group none
   of whose forms is mentioned is not merged. Score: merged / groups.
2. garbled flagged: a gold garbled form is *flagged* when some ``Suspect.text`` of some entity
   contains it as whole words (or equals it). Score: flagged / garbled forms. A *false flag* is
   a distinct suspect text that contains no gold garbled form (listed, not scored as a ratio).
3. shared: a gold pair (or group) is *found* when one ``Agreement`` holds, for every gold
   article of the pair, a claim of that article with ``claim ~ gold text``. Score: found / pairs.
4. unique: a gold unique claim is found when ``report.unique`` holds a claim of the same article
   with ``claim ~ gold text``. Score: found / gold unique claims. A gold unique claim that the
   report puts in an ``Agreement`` (a claim of its article with ``claim ~ gold text``) is listed
   in ``unique_agreed``: an agreement no other article supports, the surest false agreement.
5. conflicts: a report ``Conflict`` *matches* a gold conflict when it has sides in at least two
   of the gold conflict's articles, each with ``side text ~ that article's gold side text`` (the
   side's ``value`` is tried too). With two gold articles that is both; a gold conflict may list
   more (every article on either side of it), and a report may pit any two of them. A gold
   conflict is found when some report conflict matches it; it is *kind-correct* when one
   matching conflict also has the gold ``kind``. A *false conflict* is a report conflict that
   matches no gold conflict. Scores: found / gold conflicts, kind-correct / gold conflicts, and
   the number of false conflicts.
6. framing: a gold cue is found when some ``FramingCue`` of the same article overlaps it: the
   cue's text contains the gold text or the gold text contains the (non-empty) cue text. Cues
   are short, so no five-word floor here. Score: found / gold cues.
7. boilerplate: a gold boilerplate line is found when some ``Removed.text`` of the same article
   ``~`` it. *Content lost* lists the removed lines that match no gold boilerplate line of
   their article; those that hold a gold claim, conflict side or framing text are also counted
   as ``gold_content_lost``, the worse kind.
8. digest: a digest sentence is *valid* when it has at least one citation and every citation is
   a sentence id present in the report. Score: valid / digest sentences (an empty digest scores
   zero).

Gold texts (boilerplate aside: cleaning is meant to take it out) that do not occur, normalised,
in the report's text of their article are listed in ``Scores.absent_from_text``: such a miss is the ingest or cleaning stage's, not the matcher's.
"""

from __future__ import annotations

import json
import logging
import posixpath
import re
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlparse

from ..errors import GoldError, InputError
from ..model import SCHEMA, Article, Record, Report, record

log = logging.getLogger(__name__)

MIN_WORDS_INSIDE_GOLD = 5  # a report text shorter than this must contain the gold text itself

CONFLICT_KINDS = ("actor", "number", "date", "weekday", "role", "name", "order", "quote")

# --- normalising ----------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")


def normalize(text: str) -> str:
    """Casefold, straighten quotes and apostrophes, collapse whitespace."""
    return _SPACE.sub(" ", text.translate(_QUOTES).casefold()).strip()


def covers(report_text: str, gold_text: str) -> bool:
    """``report_text ~ gold_text``: rule of containment used by shared, unique, conflicts, boilerplate."""
    found, gold = normalize(report_text), normalize(gold_text)
    if not found or not gold:
        return False
    if gold in found:
        return True
    return found in gold and len(found.split()) >= MIN_WORDS_INSIDE_GOLD


def overlaps(cue_text: str, gold_text: str) -> bool:
    """Framing rule: either text contains the other (normalised), no length floor."""
    cue, gold = normalize(cue_text), normalize(gold_text)
    return bool(cue) and bool(gold) and (gold in cue or cue in gold)


def contains_words(text: str, form: str) -> bool:
    """Whether ``form`` occurs in ``text`` as whole words (normalised)."""
    text, form = normalize(text), normalize(form)
    if not form:
        return False
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None


def _name_form(text: str) -> str:
    return _POSSESSIVE.sub("", normalize(text)).strip()


# --- the gold file --------------------------------------------------------------------------


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
    source: str = ""  # where it was read from, for error messages

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


def _string(value: Any, source: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(source, where, f"expected a non-empty string, got {value!r}")
    return value


def _list(data: Mapping[str, Any], key: str, source: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _fail(source, key, f"expected a list, got {type(value).__name__}")
    return value


def _article_texts(data: Mapping[str, Any], key: str, articles: set[str], source: str) -> tuple[GoldText, ...]:
    out = []
    for i, item in enumerate(_list(data, key, source)):
        where = f"{key}[{i}]"
        if not isinstance(item, Mapping):
            raise _fail(source, where, "expected an object with 'article' and 'text'")
        article = _string(item.get("article"), source, f"{where}.article")
        if article not in articles:
            raise _fail(source, f"{where}.article", f"{article!r} is not one of the gold articles {sorted(articles)}")
        out.append(GoldText(article=article, text=_string(item.get("text"), source, f"{where}.text")))
    return tuple(out)


def _sides(value: Any, articles: set[str], source: str, where: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or len(value) < 2:
        raise _fail(source, where, "expected an object mapping at least two article names to texts")
    sides = {}
    for article, text in value.items():
        if article not in articles:
            raise _fail(source, where, f"{article!r} is not one of the gold articles {sorted(articles)}")
        sides[article] = _string(text, source, f"{where}[{article!r}]")
    return sides


def parse_gold(data: Mapping[str, Any], source: str = "<gold>") -> Gold:
    """Validate a gold mapping; a malformed one raises :class:`GoldError` naming the key at fault."""
    if not isinstance(data, Mapping):
        raise GoldError(f"{source}: expected a JSON object, got {type(data).__name__}")
    names = _list(data, "articles", source)
    if len(names) < 1:
        raise _fail(source, "articles", "lists no article")
    articles = tuple(_string(n, source, f"articles[{i}]") for i, n in enumerate(names))
    known = set(articles)
    if len(known) != len(articles):
        raise _fail(source, "articles", "lists an article twice")

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

    shared = tuple(_sides(p, known, source, f"shared[{i}]") for i, p in enumerate(_list(data, "shared", source)))

    conflicts = []
    for i, item in enumerate(_list(data, "conflicts", source)):
        where = f"conflicts[{i}]"
        if not isinstance(item, Mapping):
            raise _fail(source, where, "expected an object with 'kind', 'sides', 'note'")
        kind = _string(item.get("kind"), source, f"{where}.kind")
        if kind not in CONFLICT_KINDS:
            log.warning("%s: %s.kind %r is not one of %s", source, where, kind, ", ".join(CONFLICT_KINDS))
        conflicts.append(
            GoldConflict(
                kind=kind,
                sides=_sides(item.get("sides"), known, source, f"{where}.sides"),
                note=str(item.get("note", "")),
            )
        )

    return Gold(
        about=str(data.get("about", "")),
        articles=articles,
        entities=tuple(entities),
        shared=shared,
        unique=_article_texts(data, "unique", known, source),
        conflicts=tuple(conflicts),
        framing=_article_texts(data, "framing", known, source),
        boilerplate=_article_texts(data, "boilerplate", known, source),
        source=source,
    )


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def load_gold(gold: Gold | Mapping[str, Any] | str | Path) -> Gold:
    """A gold file from a path, a parsed mapping, or an already parsed :class:`Gold`."""
    if isinstance(gold, Gold):
        return gold
    if isinstance(gold, Mapping):
        return parse_gold(gold)
    path = Path(gold)
    try:
        data = _read_json(path)
    except FileNotFoundError:
        raise GoldError(f"{path}: gold file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the gold file: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON: {exc}") from exc
    return parse_gold(data, source=str(path))


def load_report(report: Report | Mapping[str, Any] | str | Path) -> Report:
    """A report from a path to its JSON, a ``Report.to_dict()`` mapping, or a :class:`Report`."""
    if isinstance(report, Report):
        return report
    source = "<report>"
    if not isinstance(report, Mapping):
        source = str(report)
        try:
            report = _read_json(Path(report))
        except FileNotFoundError:
            raise InputError(source, "report file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(source, f"cannot read the report: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise InputError(source, f"report is not valid JSON: {exc}") from exc
        if not isinstance(report, Mapping):
            raise InputError(source, f"report must be a JSON object, got {type(report).__name__}")
    schema = report.get("schema", "")
    if schema != SCHEMA:
        log.warning("%s: report schema %r, this evaluator reads %r", source, schema, SCHEMA)
    try:
        return Report.from_dict(dict(report))
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise InputError(source, f"not a rashomon report: {exc}") from exc


# --- scores ---------------------------------------------------------------------------------


@record
class Tally(Record):
    """How many gold items were found, out of how many, and which were missed."""

    found: int
    total: int
    missed: tuple[str, ...] = ()

    @property
    def ratio(self) -> float:
        """found / total; 1.0 when there is nothing to find."""
        return self.found / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.found}/{self.total}"


@record
class Scores(Record):
    entities: Tally
    garbled: Tally
    false_flags: tuple[str, ...] = ()
    shared: Tally
    unique: Tally
    unique_agreed: tuple[str, ...] = ()  # gold unique claims the report says others share
    conflicts: Tally
    conflict_kinds: Tally  # found with the right kind
    false_conflicts: tuple[str, ...] = ()
    framing: Tally
    boilerplate: Tally
    content_lost: tuple[str, ...] = ()
    gold_content_lost: int = 0
    digest: Tally  # valid sentences / digest sentences
    invalid_citations: tuple[str, ...] = ()
    unmatched_articles: tuple[str, ...] = ()
    absent_from_text: tuple[str, ...] = ()
    gold: str = ""  # where the gold came from

    # ratios to reach (higher is better) and counts not to exceed (lower is better)
    RATIOS = ("entities", "garbled", "shared", "unique", "conflicts", "conflict_kinds", "framing", "boilerplate", "digest")
    COUNTS = ("false_flags", "unique_agreed", "false_conflicts", "content_lost", "gold_content_lost", "unmatched_articles")

    def ratios(self) -> dict[str, float]:
        ratios = {name: getattr(self, name).ratio for name in self.RATIOS}
        if self.digest.total == 0:
            ratios["digest"] = 0.0  # an empty digest cites nothing: it is not "vacuously valid"
        return ratios

    def counts(self) -> dict[str, int]:
        return {name: self._count(name) for name in self.COUNTS}

    def _count(self, name: str) -> int:
        value = getattr(self, name)
        return value if isinstance(value, int) else len(value)

    def shortfalls(self, targets: Mapping[str, float]) -> dict[str, tuple[float, float]]:
        """The targets not met, as ``{name: (measured, target)}``.

        A ratio target is a floor (``{"shared": 0.5}``: at least half the pairs found); a count
        target is a ceiling (``{"false_conflicts": 3}``: at most three).
        """
        ratios, counts = self.ratios(), self.counts()
        out: dict[str, tuple[float, float]] = {}
        for name, target in targets.items():
            if name in ratios:
                if ratios[name] < target:
                    out[name] = (ratios[name], target)
            elif name in counts:
                if counts[name] > target:
                    out[name] = (counts[name], target)
            else:
                valid = ", ".join((*self.RATIOS, *self.COUNTS))
                raise ValueError(f"unknown score {name!r}; valid: {valid}")
        return out

    def meets(self, targets: Mapping[str, float]) -> bool:
        """Whether every target is met (see :meth:`shortfalls`)."""
        return not self.shortfalls(targets)

    def summary(self) -> str:
        """One line: every score, found/total, and the false findings in brackets."""
        return (
            f"entities {self.entities} merged, garbled {self.garbled} flagged ({len(self.false_flags)} false)"
            f" | shared {self.shared} | unique {self.unique} ({len(self.unique_agreed)} agreed)"
            f" | conflicts {self.conflicts} (kind {self.conflict_kinds.found}, {len(self.false_conflicts)} false)"
            f" | framing {self.framing} | boilerplate {self.boilerplate} ({len(self.content_lost)} lost)"
            f" | digest {self.digest} cited validly"
        )


# --- matching articles ----------------------------------------------------------------------


def _basename(article: Article) -> tuple[str | None, str | None]:
    path = posixpath.basename(article.path.replace("\\", "/")) if article.path else None
    url = posixpath.basename(urlparse(article.url).path) if article.url else None
    return path or None, url or None


def match_articles(gold_articles: Iterable[str], report: Report) -> dict[str, str]:
    """Gold file name -> report article id (see the module docstring for the order of rules)."""
    names = {a.id: _basename(a) for a in report.articles}
    mapping: dict[str, str] = {}
    for gold_name in gold_articles:
        rules = (
            lambda aid: names[aid][0] == gold_name,
            lambda aid: names[aid][1] == gold_name,
            lambda aid: aid == gold_name,
            lambda aid: PurePosixPath(gold_name).stem
            in {PurePosixPath(n).stem for n in names[aid] if n},
        )
        for rule in rules:
            hits = [aid for aid in names if rule(aid) and aid not in mapping.values()]
            if len(hits) == 1:
                mapping[gold_name] = hits[0]
                break
            if len(hits) > 1:
                log.warning("gold article %s matches several report articles: %s", gold_name, hits)
                break
    return mapping


# --- the rules ------------------------------------------------------------------------------


def _score_entities(gold: Gold, report: Report) -> tuple[Tally, Tally, tuple[str, ...]]:
    forms_by_entity = {e.id: {_name_form(m.text) for m in e.mentions} for e in report.entities}
    group_forms = [{_name_form(v) for v in (g.canonical, *g.variants)} for g in gold.entities]
    merged, missed = 0, []
    for i, group in enumerate(gold.entities):
        holders = [eid for eid, forms in forms_by_entity.items() if forms & group_forms[i]]
        ok = False
        if len(holders) == 1:
            others = set().union(*(f for j, f in enumerate(group_forms) if j != i)) - group_forms[i]
            ok = not (forms_by_entity[holders[0]] & others)
        merged += ok
        if not ok:
            why = "not mentioned" if not holders else f"in {len(holders)} entities" if len(holders) > 1 else "merged with another"
            missed.append(f"{group.canonical} ({why})")

    suspects = {normalize(s.text) for e in report.entities for s in e.suspect if s.text.strip()}
    forms = [f for g in gold.entities for f in g.garbled]
    flagged = [f for f in forms if any(contains_words(s, f) for s in suspects)]
    false = tuple(sorted(s for s in suspects if not any(contains_words(s, f) for f in forms)))
    garbled = Tally(found=len(flagged), total=len(forms), missed=tuple(f for f in forms if f not in flagged))
    return Tally(found=merged, total=len(gold.entities), missed=tuple(missed)), garbled, false


def _score_shared(gold: Gold, report: Report, ids: Mapping[str, str]) -> Tally:
    found, missed = 0, []
    for pair in gold.shared:
        hit = all(a in ids for a in pair) and any(
            all(any(c.article == ids[a] and covers(c.text, t) for c in agreement.claims) for a, t in pair.items())
            for agreement in report.agreements
        )
        found += hit
        if not hit:
            missed.append(" <> ".join(pair.values()))
    return Tally(found=found, total=len(gold.shared), missed=tuple(missed))


def _score_texts(items: Iterable[Any], candidates: Mapping[str, list[str]], rule: Any, ids: Mapping[str, str]) -> Tally:
    found, missed, total = 0, [], 0
    for item in items:
        total += 1
        hit = item.article in ids and any(rule(c, item.text) for c in candidates.get(ids[item.article], []))
        found += hit
        if not hit:
            missed.append(f"{item.article}: {item.text}")
    return Tally(found=found, total=total, missed=tuple(missed))


def _by_article(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for article, text in pairs:
        out.setdefault(article, []).append(text)
    return out


def _unique_agreed(gold: Gold, report: Report, ids: Mapping[str, str]) -> tuple[str, ...]:
    agreed = _by_article((c.article, c.text) for agreement in report.agreements for c in agreement.claims)
    return tuple(
        f"{u.article}: {u.text}"
        for u in gold.unique
        if u.article in ids and any(covers(c, u.text) for c in agreed.get(ids[u.article], []))
    )


def _conflict_matches(conflict: Any, gold_conflict: GoldConflict, ids: Mapping[str, str]) -> bool:
    covered = {
        a
        for a, t in gold_conflict.sides.items()
        if a in ids and any(s.article == ids[a] and (covers(s.text, t) or covers(s.value, t)) for s in conflict.sides)
    }
    return len(covered) >= 2


def _score_conflicts(gold: Gold, report: Report, ids: Mapping[str, str]) -> tuple[Tally, Tally, tuple[str, ...]]:
    found = kinds = 0
    missed, wrong_kind = [], []
    for g in gold.conflicts:
        matching = [c for c in report.conflicts if _conflict_matches(c, g, ids)]
        found += bool(matching)
        right = any(c.kind == g.kind for c in matching)
        kinds += right
        label = f"{g.kind}: " + " <> ".join(g.sides.values())
        if not matching:
            missed.append(label)
        if not right:
            wrong_kind.append(label)
    false = tuple(
        f"{c.kind}: " + " <> ".join(f"{s.article}: {s.value or s.text}" for s in c.sides)
        for c in report.conflicts
        if not any(_conflict_matches(c, g, ids) for g in gold.conflicts)
    )
    total = len(gold.conflicts)
    return Tally(found=found, total=total, missed=tuple(missed)), Tally(found=kinds, total=total, missed=tuple(wrong_kind)), false


def _score_boilerplate(gold: Gold, report: Report, ids: Mapping[str, str]) -> tuple[Tally, tuple[str, ...], int]:
    removed = _by_article((a.id, r.text) for a in report.articles for r in a.removed)
    tally = _score_texts(gold.boilerplate, removed, covers, ids)
    names = {v: k for k, v in ids.items()}
    gold_lines = _by_article((b.article, b.text) for b in gold.boilerplate)
    content = _by_article((t.article, t.text) for t in gold.texts() if t not in gold.boilerplate)
    lost, gold_lost = [], 0
    for article in report.articles:
        name = names.get(article.id)
        for line in article.removed:
            if name is not None and any(covers(line.text, g) for g in gold_lines.get(name, [])):
                continue
            lost.append(f"{article.id}: {line.text}")
            if name is not None and any(normalize(g) in normalize(line.text) for g in content.get(name, [])):
                gold_lost += 1
    return tally, tuple(lost), gold_lost


def _score_digest(report: Report) -> tuple[Tally, tuple[str, ...]]:
    known = {s.id for a in report.articles for s in a.sentences}
    valid, invalid, bad = 0, [], []
    for i, sentence in enumerate(report.digest):
        unknown = [c for c in sentence.citations if c not in known]
        if sentence.citations and not unknown:
            valid += 1
            continue
        invalid.append(f"{i}: {sentence.text}")
        bad += unknown if sentence.citations else [f"(no citation) {sentence.text}"]
    return Tally(found=valid, total=len(report.digest), missed=tuple(invalid)), tuple(bad)


def _absent(gold: Gold, report: Report, ids: Mapping[str, str]) -> tuple[str, ...]:
    texts = {aid: normalize(report.article(aid).text) for aid in ids.values()}
    return tuple(
        f"{t.article}: {t.text}"
        for t in gold.texts()
        if t.article in ids and t not in gold.boilerplate and normalize(t.text) not in texts[ids[t.article]]
    )


def evaluate(
    gold: Gold | Mapping[str, Any] | str | Path,
    report: Report | Mapping[str, Any] | str | Path,
) -> Scores:
    """Score ``report`` against ``gold`` by the rules of the module docstring."""
    gold = load_gold(gold)
    report = load_report(report)
    ids = match_articles(gold.articles, report)
    unmatched = tuple(a for a in gold.articles if a not in ids)
    if unmatched:
        log.warning("gold articles with no report article: %s", ", ".join(unmatched))

    entities, garbled, false_flags = _score_entities(gold, report)
    unique_refs = _by_article((c.article, c.text) for c in report.unique)
    cues = _by_article((c.article, c.text) for c in report.framing)
    conflicts, kinds, false_conflicts = _score_conflicts(gold, report, ids)
    boilerplate, lost, gold_lost = _score_boilerplate(gold, report, ids)
    digest, invalid = _score_digest(report)
    return Scores(
        entities=entities,
        garbled=garbled,
        false_flags=false_flags,
        shared=_score_shared(gold, report, ids),
        unique=_score_texts(gold.unique, unique_refs, covers, ids),
        unique_agreed=_unique_agreed(gold, report, ids),
        conflicts=conflicts,
        conflict_kinds=kinds,
        false_conflicts=false_conflicts,
        framing=_score_texts(gold.framing, cues, overlaps, ids),
        boilerplate=boilerplate,
        content_lost=lost,
        gold_content_lost=gold_lost,
        digest=digest,
        invalid_citations=invalid,
        unmatched_articles=unmatched,
        absent_from_text=_absent(gold, report, ids),
        gold=gold.source,
    )
