"""Score a report against a gold file: the project's evaluation contract.

The gold format (v1 of the seeds and bundled examples, v2 of ``../shared/data/stories-dev``) is
read by :mod:`.gold`; texts are normalised, located and matched by :mod:`.matching` (a gold
article is the report article whose path, url, id or stem has its name). Every gold text occurs
verbatim in its article, so it is *located* there: its character spans in the report's cleaned
article text. Precision is exact on v2 gold (conflicts, framing, boilerplate complete) and an
upper bound on v1 (``Scores.complete`` says which). ``a ~ g`` is the containment rule of
:func:`.matching.covers` (a report text contains the gold text, or lies inside it with at least
five words).

1. **entities merged**: a gold group is merged when the report mentions equal to its variants or
   canonical form (possessive dropped) all belong to one report entity and that entity has no
   mention equal to another group's form. **garbled flagged**: a gold garbled form is flagged
   when some entity's ``Suspect.text`` contains it as whole words. **correct names flagged**
   (``false_flags``): each distinct suspect text that contains no gold garbled form.
2. **shared**: a gold claim group (2-4 articles) is found when ONE ``Agreement`` holds, for every
   article of the group, a claim of that article that states the gold text (``claim ~ gold`` or
   the claim's span holds the gold span). Also tallied by the number of articles.
3. **unique**: found when ``report.unique`` holds a claim of that article stating it. A gold
   unique claim that an agreement holds is listed in ``unique_agreed``.
4. **conflicts**: a report side *stands on* a gold side when it is in the same article and its
   value overlaps the gold side's located text: the value's own offsets (``start``/``end``), or
   its value text found in its sentence; a side whose value cannot be placed is placed by its
   whole sentence, and a gold text that cannot be located is compared by ``side text or value ~
   gold``. A report conflict *matches* a gold conflict when its sides stand on at least two of the
   gold conflict's sides. Lenient where the gold is: a gold conflict with 3-4 sides may be matched
   by any two of them (the gold's note, not its structure, says which sides agree). Not lenient
   about the value: a count of injured found in the sentence of a death toll is not the toll.
   *Found* / gold conflicts, also by gold kind. *Kind agreement*: found conflicts whose matching
   report conflicts include one of the gold kind (date, weekday, time and year are one family).
   *Every side*: found conflicts that one report conflict tells with all the gold's sides (a 3-way
   disagreement as one finding, "a and c say X; b says Y"). *False conflicts*: report conflicts
   matching no gold conflict. *Duplicate conflicts*: every
   report conflict beyond the first that matches the same gold conflict (a 3-way disagreement told
   pair by pair counts its extra pairs).
5. **framing recall**, overall and by gold kind: a gold cue is found when a report cue of the same
   article overlaps its located text and is at most twice as long plus three words (a whole
   sentence flagged finds nothing). Voice cues find nothing: they are not framing.
   **framing precision**: a reported cue of any kind but ``hedge`` and ``voice`` (loaded, naming,
   scare quote, tone, or any new kind) that overlaps no gold framing cue of its article, of any
   kind, is false. Hedges are counted apart (``hedges``: reported hedges on a gold cue / reported
   hedges) because a neutral wire copy legitimately carries attribution; voice cues are only
   counted (``voice_cues``). **Cues on wire copy** (``wire_cues``): every reported cue of the
   precision's kinds on an article the gold lists as ``neutral``, whether or not it stands on a
   gold cue (a neutral article may carry one): wire copy should get next to none.
6. **boilerplate removed**: a gold line is removed when some ``Removed.text`` of its article ``~``
   it. **story lines lost** (``content_lost``): every removed line that is no gold boilerplate
   line of its article; ``gold_content_lost`` counts those holding a gold claim, side or cue.
7. **digest** (:mod:`.digest`): *cited* when a sentence has citations and all of them exist;
   *supported* when its numbers and most content words are in what it cites, allowing the
   digest's neutral rewording; *loaded terms* are (digest sentence, gold framing cue) pairs where
   the sentence carries a cue of any article in its own voice (a one-word cue only when copied
   from a cited sentence that holds it; words inside a quotation are the quoted party's, as the
   gold defines framing; a scare quote counts where the digest quotes the cue's words).

Gold texts (boilerplate aside) that cannot be located in the report's text of their article are
listed in ``absent_from_text``: such a miss is the ingest or cleaning stage's, not the matcher's.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..model import Record, Report, record
from .digest import loaded_terms, score_digest
from .gold import CONFLICT_KINDS, FRAMING_KINDS, Gold, GoldConflict, GoldEntity, GoldText, load_gold, parse_gold
from .matching import (
    MIN_WORDS_INSIDE_GOLD,
    contains_words,
    covers,
    load_report,
    match_articles,
    normalize,
    overlaps,
)
from .rules import (
    Located,
    absent_from_text,
    cue_sentences,
    score_boilerplate,
    score_conflicts,
    score_entities,
    score_framing,
    score_shared,
    score_unique,
)

log = logging.getLogger(__name__)

__all__ = [
    "CONFLICT_KINDS", "FRAMING_KINDS", "MIN_WORDS_INSIDE_GOLD", "Gold", "GoldConflict", "GoldEntity", "GoldText",
    "Scores", "Tally", "contains_words", "covers", "evaluate", "load_gold", "load_report", "match_articles",
    "normalize", "overlaps", "parse_gold",
]


@record
class Tally(Record):
    """How many were found, out of how many, and which were not."""

    found: int
    total: int
    missed: tuple[str, ...] = ()
    label: str = ""  # the kind or size a breakdown tally is about

    @property
    def ratio(self) -> float:
        """found / total; 1.0 when there is nothing to find."""
        return self.found / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.found}/{self.total}"


def _tallies(counts: Mapping[Any, list[int]]) -> tuple[Tally, ...]:
    return tuple(Tally(found=f, total=t, label=str(k)) for k, (f, t) in sorted(counts.items(), key=lambda kv: str(kv[0])))


@record
class Scores(Record):
    entities: Tally
    garbled: Tally
    false_flags: tuple[str, ...] = ()  # suspect names that are no gold garbled form
    shared: Tally
    shared_by_size: tuple[Tally, ...] = ()  # label: how many articles tell the claim
    unique: Tally
    unique_agreed: tuple[str, ...] = ()  # gold unique claims the report says others share
    conflicts: Tally
    conflicts_by_kind: tuple[Tally, ...] = ()  # label: the gold kind
    conflict_kinds: Tally  # found gold conflicts reported with their kind / found gold conflicts
    conflict_sides: Tally  # found gold conflicts one report conflict tells with every side / found
    false_conflicts: tuple[str, ...] = ()
    duplicate_conflicts: tuple[str, ...] = ()
    framing: Tally
    framing_by_kind: tuple[Tally, ...] = ()  # label: the gold kind
    framing_precision: Tally  # reported cues (hedge and voice aside) on a gold cue / reported; missed: the false ones
    hedges: Tally  # reported hedges on a gold cue / reported hedges; missed: the false ones
    wire_cues: tuple[str, ...] = ()  # loaded, naming, scare-quote and tone cues on the gold's neutral wire copy
    voice_cues: int = 0
    boilerplate: Tally
    content_lost: tuple[str, ...] = ()
    gold_content_lost: int = 0
    digest: Tally  # cited sentences / digest sentences; missed: the uncited ones
    digest_supported: Tally  # supported / digest sentences; missed: the unsupported ones, with why
    digest_loaded: tuple[str, ...] = ()
    unmatched_articles: tuple[str, ...] = ()
    absent_from_text: tuple[str, ...] = ()
    gold: str = ""  # where the gold came from
    gold_version: int = 1
    complete: bool = False  # v2 gold: precision counts are exact

    # ratios to reach (higher is better) and counts not to exceed (lower is better)
    RATIOS = (
        "entities", "garbled", "shared", "unique", "conflicts", "conflict_kinds", "conflict_sides", "framing",
        "framing_precision",
        "hedges", "boilerplate", "digest", "digest_supported",
    )
    COUNTS = (
        "false_flags", "unique_agreed", "false_conflicts", "duplicate_conflicts", "false_framing", "false_hedges", "wire_cues",
        "content_lost", "gold_content_lost", "uncited", "unsupported", "digest_loaded", "unmatched_articles",
    )
    _DERIVED = {
        "false_framing": ("framing_precision", "missed"),
        "false_hedges": ("hedges", "missed"),
        "uncited": ("digest", "missed"),
        "unsupported": ("digest_supported", "missed"),
    }

    @property
    def false_framing(self) -> tuple[str, ...]:
        return self.framing_precision.missed

    @property
    def false_hedges(self) -> tuple[str, ...]:
        return self.hedges.missed

    @property
    def uncited(self) -> tuple[str, ...]:
        return self.digest.missed

    @property
    def unsupported(self) -> tuple[str, ...]:
        return self.digest_supported.missed

    def ratios(self) -> dict[str, float]:
        ratios = {name: getattr(self, name).ratio for name in self.RATIOS}
        if self.digest.total == 0:  # an empty digest cites nothing: it is not "vacuously valid"
            ratios["digest"] = ratios["digest_supported"] = 0.0
        return ratios

    def counts(self) -> dict[str, int]:
        return {name: self._count(name) for name in self.COUNTS}

    def _count(self, name: str) -> int:
        if name in self._DERIVED:
            field, attr = self._DERIVED[name]
            return len(getattr(getattr(self, field), attr))
        value = getattr(self, name)
        return value if isinstance(value, int) else len(value)

    def shortfalls(self, targets: Mapping[str, float]) -> dict[str, tuple[float, float]]:
        """The targets not met, as ``{name: (measured, target)}``.

        A ratio target is a floor (``{"shared": 0.5}``: at least half the claims found); a count
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
        c = self.counts()
        return (
            f"entities {self.entities} merged, garbled {self.garbled} flagged ({c['false_flags']} names wrongly flagged)"
            f" | shared {self.shared} | unique {self.unique} ({c['unique_agreed']} agreed)"
            f" | conflicts {self.conflicts} (kind {self.conflict_kinds}, every side {self.conflict_sides},"
            f" {c['false_conflicts']} false,"
            f" {c['duplicate_conflicts']} duplicate)"
            f" | framing {self.framing} ({c['false_framing']} false of {self.framing_precision.total};"
            f" hedges {c['false_hedges']} false of {self.hedges.total}; {c['wire_cues']} on wire copy)"
            f" | boilerplate {self.boilerplate} ({c['content_lost']} lost)"
            f" | digest {self.digest} cited, {self.digest_supported} supported, {c['digest_loaded']} loaded"
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
    located = Located(report, ids)

    merged, not_merged, flagged, unflagged, false_flags = score_entities(gold, report)
    shared, shared_missed, sizes = score_shared(gold, report, located)
    unique, unique_missed, unique_agreed = score_unique(gold, report, located)
    conflicts = score_conflicts(gold, report, located)
    framing = score_framing(gold, report, located)
    removed, kept, lost, gold_lost = score_boilerplate(gold, report, ids)
    cited, uncited, unsupported, supported = score_digest(report)
    n_digest = len(report.digest)
    return Scores(
        entities=Tally(found=merged, total=len(gold.entities), missed=tuple(not_merged)),
        garbled=Tally(found=len(flagged), total=len(flagged) + len(unflagged), missed=tuple(unflagged)),
        false_flags=tuple(false_flags),
        shared=Tally(found=shared, total=len(gold.shared), missed=tuple(shared_missed)),
        shared_by_size=_tallies(sizes),
        unique=Tally(found=unique, total=len(gold.unique), missed=tuple(unique_missed)),
        unique_agreed=tuple(unique_agreed),
        conflicts=Tally(found=conflicts["found"], total=len(gold.conflicts), missed=tuple(conflicts["missed"])),
        conflicts_by_kind=_tallies(conflicts["by_kind"]),
        conflict_kinds=Tally(found=conflicts["kind_right"], total=conflicts["found"], missed=tuple(conflicts["wrong_kind"])),
        conflict_sides=Tally(found=conflicts["all_sides"], total=conflicts["found"], missed=tuple(conflicts["sides_missing"])),
        false_conflicts=tuple(conflicts["false"]),
        duplicate_conflicts=tuple(conflicts["duplicates"]),
        framing=Tally(found=framing["found"], total=len(gold.framing), missed=tuple(framing["missed"])),
        framing_by_kind=_tallies(framing["by_kind"]),
        framing_precision=Tally(found=framing["precise"][0], total=framing["precise"][1], missed=tuple(framing["false"])),
        hedges=Tally(found=framing["hedges"][0], total=framing["hedges"][1], missed=tuple(framing["false_hedges"])),
        wire_cues=tuple(framing["wire"]),
        voice_cues=framing["voice"],
        boilerplate=Tally(found=removed, total=len(gold.boilerplate), missed=tuple(kept)),
        content_lost=tuple(lost),
        gold_content_lost=gold_lost,
        digest=Tally(found=cited, total=n_digest, missed=tuple(uncited)),
        digest_supported=Tally(found=supported, total=n_digest, missed=tuple(unsupported)),
        digest_loaded=tuple(loaded_terms(gold, report, cue_sentences(gold, located))),
        unmatched_articles=unmatched,
        absent_from_text=tuple(absent_from_text(gold, located)),
        gold=gold.source,
        gold_version=gold.version,
        complete=gold.complete,
    )
