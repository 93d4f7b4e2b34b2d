"""Does every finding carry its evidence, and is the evidence right? An audit of real reports.

    python scripts/evidence_audit.py                       # every bundled set that is present
    python scripts/evidence_audit.py --set examples --set seeds
    python scripts/evidence_audit.py --set stories-fresh3 --show 20    # the first problems, quoted

Runs the real comparison (static vectors) on each story of each set and checks, for every record
of the report's data model (sentences, claims and their values, shared and unique claims,
conflicts and their sides, framing cues, entity mentions and garbled forms, removed lines, the
digest and its citations, the agreements left out of the digest):

- the article and the sentence it names exist, and the sentence belongs to the article;
- ``article.text[start:end]`` is the text the record shows, and the span lies in its sentence;
- a conflict side's value is in its cited sentence, at its offsets; a conflict has two sides
  that differ; a digest sentence's citations exist and its figures and names are in them;
- no record is empty, out of range or an exact duplicate of another;
- the JSON round-trips (``from_json(to_json(r)) == r``) and the Markdown and HTML show the same
  evidence (each value, quoted text and cited sentence id).

Problems are counted per check. Only the READ sets' problems are ever quoted (``--show``): the
CHECK sets (stories-fresh16 .. 19) print counts only, so their texts stay unread.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from markupsafe import escape as html_escape  # noqa: E402

from rashomon.model import Article, ClaimRef, Report  # noqa: E402
from rashomon.renderers import from_json, to_html, to_json, to_markdown  # noqa: E402
from rashomon.renderers.common import FRAMING_KINDS  # noqa: E402
from rashomon.renderers.highlight import UNMARKED_KINDS  # noqa: E402
from rashomon.renderers.markdown import escape as md_escape  # noqa: E402

CHECK_SETS = ("stories-fresh16", "stories-fresh17", "stories-fresh18", "stories-fresh19")
ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "OTHER")
VALUE_KINDS = ("number", "date", "time", "weekday")  # conflicts whose sides' compared forms are values
# A figure as a digest states it: digits, with the separators a number is written with.
FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")
# A name a digest states: a capitalised word (not the first of the sentence, nor after "According to").
NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[a-z][\w'’-]*")


@dataclass(frozen=True, slots=True)
class Problem:
    check: str  # the check that failed ("claim span", "digest figure" ...)
    where: str  # the record ("a1.s3", "conflict 2 side 1")
    detail: str


def audit(report: Report) -> list[Problem]:
    """Every problem found in ``report``'s evidence (the renderings: :func:`rendering_problems`)."""
    return list(_problems(report))


def checked(report: Report) -> Counter:
    """How many records of each kind the audit reads in ``report``."""
    return Counter(
        articles=len(report.articles),
        sentences=sum(len(a.sentences) for a in report.articles),
        claims=len(report.claims),
        values=sum(len(c.values) for c in report.claims),
        shared_refs=sum(len(a.claims) for a in report.agreements),
        unique=len(report.unique),
        conflicts=len(report.conflicts),
        conflict_sides=sum(len(c.sides) for c in report.conflicts),
        framing=len(report.framing),
        mentions=sum(len(e.mentions) for e in report.entities),
        suspects=sum(len(e.suspect) for e in report.entities),
        removed=sum(len(a.removed) for a in report.articles),
        digest=len(report.digest),
        citations=sum(len(d.citations) for d in report.digest),
        left_out=len(report.left_out),
    )


def _problems(report: Report) -> Iterator[Problem]:
    articles: dict[str, Article] = {}
    for article in report.articles:
        if article.id in articles:
            yield Problem("article id unique", article.id, "two articles share the id")
        articles[article.id] = article
    sentences = {}
    for article in report.articles:
        yield from _article_problems(article, sentences)

    def span(check: str, where: str, article_id: str, sentence_id: str, text: str, start: int, end: int,
             optional: bool = False) -> Iterator[Problem]:
        """The record names an existing article and sentence, and its offsets slice to its text in that sentence."""
        article = articles.get(article_id)
        if article is None:
            yield Problem(check, where, f"article {article_id!r} is not in the report")
            return
        if not text.strip():
            yield Problem(check, where, "empty text")
        sentence = sentences.get(sentence_id)
        if sentence_id and (sentence is None or sentence.article != article_id):
            yield Problem(check, where, f"sentence {sentence_id!r} is not a sentence of {article_id}")
            sentence = None
        if optional and start < 0 and end < 0:
            return
        if not 0 <= start < end <= len(article.text):
            yield Problem(check, where, f"offsets {start}:{end} out of range (text of {len(article.text)})")
            return
        if article.text[start:end] != text:
            yield Problem(check, where, f"text[{start}:{end}] is {article.text[start:end]!r}, the record shows {text!r}")
        yield from _edge_problems(check, where, article.text, start, end)
        if sentence is not None and not sentence.start <= start < end <= sentence.end:
            yield Problem(check, where, f"{start}:{end} is outside its sentence {sentence.start}:{sentence.end}")

    # claims and the values they state
    seen: Counter = Counter()
    for claim in report.claims:
        yield from span("claim span", claim.id, claim.article, claim.sentence, claim.text, claim.start, claim.end)
        if not claim.id.startswith(claim.sentence):
            yield Problem("claim id", claim.id, f"the id is not of its sentence {claim.sentence}")
        seen[claim.id] += 1
        for value in claim.values:
            where = f"{claim.id} value {value.text!r}"
            yield from span("value span", where, claim.article, claim.sentence, value.text, value.start, value.end)
            if not claim.start <= value.start < value.end <= claim.end:
                yield Problem("value in claim", where, f"{value.start}:{value.end} is outside the claim {claim.start}:{claim.end}")
            if not value.kind or not value.normalized:
                yield Problem("value fields", where, f"kind {value.kind!r}, normalized {value.normalized!r}")
            if value.low is not None and value.high is not None and value.low > value.high:
                yield Problem("value interval", where, f"low {value.low} > high {value.high}")
        if claim.speaker_start >= 0 or claim.speaker_end >= 0:
            yield from span("speaker span", f"{claim.id} speaker", claim.article, claim.sentence,
                            articles[claim.article].text[claim.speaker_start:claim.speaker_end] if claim.article in articles else "",
                            claim.speaker_start, claim.speaker_end)
        sentence = sentences.get(claim.sentence)
        for quote in claim.quotes:
            if sentence is not None and quote not in sentence.text:
                yield Problem("claim quote", claim.id, f"the quotation {quote!r} is not in its sentence")
        if claim.speaker and sentence is not None and not _same(claim.speaker, sentence.text):
            yield Problem("claim speaker", claim.id, f"the speaker {claim.speaker!r} is not in its sentence")
    yield from (Problem("claim id unique", cid, f"{n} claims share the id") for cid, n in seen.items() if n > 1)

    # shared and unique claims
    def ref_problems(check: str, where: str, ref: ClaimRef) -> Iterator[Problem]:
        yield from span(check, where, ref.article, ref.sentence, ref.text, ref.start, ref.end, optional=True)
        # a shared claim is a claim of the report; a unique one may be a part of one (a clause
        # no other outlet tells, beside a shared one)
        if report.claims and ref.start >= 0 and not any(
            a == ref.article and s == ref.sentence and start <= ref.start and ref.end <= end for a, s, start, end in claim_keys
        ):
            yield Problem(check, where, f"no claim of the report holds {ref.start}:{ref.end}")
        if ref.start < 0 and sentences.get(ref.sentence) is not None and sentences[ref.sentence].text != ref.text:
            yield Problem(check, where, "no offsets, and the text is not its sentence's")

    claim_keys = {(c.article, c.sentence, c.start, c.end) for c in report.claims}
    agreement_keys: Counter = Counter()
    for i, agreement in enumerate(report.agreements, 1):
        where = f"shared {i}"
        keys = [(r.article, r.sentence, r.start, r.end) for r in agreement.claims]
        if len({r.article for r in agreement.claims}) < 2:
            yield Problem("shared across outlets", where, f"its claims come from {sorted({r.article for r in agreement.claims})}")
        if len(set(keys)) < len(keys):
            yield Problem("shared ref unique", where, "a claim is listed twice")
        if not 0.0 <= agreement.score <= 1.0:
            yield Problem("shared score", where, f"score {agreement.score}")
        agreement_keys[tuple(sorted(keys))] += 1
        for j, ref in enumerate(agreement.claims, 1):
            yield from ref_problems("shared span", f"{where} claim {j} ({ref.sentence})", ref)
    yield from (Problem("shared unique", str(k[0][1]), f"{n} identical agreements") for k, n in agreement_keys.items() if n > 1)
    in_agreements = {(r.article, r.sentence, r.start, r.end) for a in report.agreements for r in a.claims}
    unique_keys: Counter = Counter()
    for ref in report.unique:
        key = (ref.article, ref.sentence, ref.start, ref.end)
        unique_keys[key] += 1
        yield from ref_problems("unique span", f"unique {ref.sentence}", ref)
        if key in in_agreements:
            yield Problem("unique yet shared", ref.sentence, f"the claim {ref.start}:{ref.end} is also in an agreement")
    yield from (Problem("unique duplicate", k[1], f"listed {n} times") for k, n in unique_keys.items() if n > 1)

    # conflicts
    conflict_keys: Counter = Counter()
    for i, conflict in enumerate(report.conflicts, 1):
        where = f"conflict {i} ({conflict.kind})"
        if not conflict.kind or not conflict.explanation.strip():
            yield Problem("conflict fields", where, "no kind or no explanation")
        if len(conflict.sides) < 2:
            yield Problem("conflict sides", where, f"{len(conflict.sides)} side(s)")
        if len({s.group for s in conflict.sides}) < 2:
            yield Problem("conflict sides", where, "every side is in one group: nothing conflicts")
        by_value: dict[str, set[int]] = {}
        for s in conflict.sides:
            by_value.setdefault(s.normalized, set()).add(s.group)
            if not s.normalized.strip():
                yield Problem("conflict normalized", where, f"the side of {s.sentence} has no compared value")
        # a role's compared form is its class ("head" for "chief executive" and "chairman"): only
        # a value's compared form says two sides state one thing
        if conflict.kind in VALUE_KINDS and any(len(groups) > 1 for groups in by_value.values()):
            yield Problem("conflict groups", where, "sides that compare as one value sit in different groups")
        for quoted in re.findall(r"“([^”]*)”", conflict.explanation):
            # a side's value, or the words of it that differ from another's ("a word differs, “X” against “Y”")
            if not any(_same(quoted, s.value) for s in conflict.sides):
                yield Problem("conflict explanation", where, f"it quotes {quoted!r}, which no side states")
        side_keys = [(s.article, s.sentence, s.start, s.end, s.value) for s in conflict.sides]
        if len(set(side_keys)) < len(side_keys):
            yield Problem("conflict side unique", where, "a side is listed twice")
        conflict_keys[(conflict.kind, tuple(sorted(side_keys)))] += 1
        for j, side in enumerate(conflict.sides, 1):
            side_where = f"{where} side {j} ({side.sentence})"
            sentence = sentences.get(side.sentence)
            yield from _side_span_problems(side_where, conflict.kind, side, articles, span)
            if sentence is not None and side.text not in sentence.text and sentence.text not in side.text:
                yield Problem("conflict side text", side_where, "the quoted text is not its sentence")
            if sentence is not None and side.start < 0 and side.value and side.value not in sentence.text:
                yield Problem("conflict value in sentence", side_where, f"{side.value!r} is not in its sentence")
            shown = articles[side.article].text[side.start:side.end] if side.article in articles and side.start >= 0 else ""
            if side.value and not _same(side.value, side.text) and not (shown and shown in side.value and shown in side.text):
                # a figure's value adds its qualifier and unit as read ("about 140 mm"): its figure is in the text
                yield Problem("conflict value shown", side_where, f"{side.value!r} is not in the quoted text")
            if not side.value.strip():
                yield Problem("conflict value shown", side_where, "no value")
    yield from (Problem("conflict unique", k[0], f"{n} identical conflicts") for k, n in conflict_keys.items() if n > 1)

    # framing cues
    cue_keys: Counter = Counter()
    for cue in report.framing:
        where = f"cue {cue.kind} {cue.sentence}"
        yield from span("cue span", where, cue.article, cue.sentence, cue.text, cue.start, cue.end, optional=True)
        if cue.kind not in FRAMING_KINDS:
            yield Problem("cue kind", where, f"kind {cue.kind!r}")
        if not cue.note.strip():
            yield Problem("cue note", where, "no note")
        cue_keys[(cue.article, cue.sentence, cue.kind, cue.start, cue.end, cue.text)] += 1
    yield from (Problem("cue unique", f"cue {k[2]} {k[1]}", f"{n} identical cues") for k, n in cue_keys.items() if n > 1)

    # entities
    ids: Counter = Counter()
    for entity in report.entities:
        ids[entity.id] += 1
        if not entity.name.strip() or entity.type not in ENTITY_TYPES:
            yield Problem("entity fields", entity.id, f"name {entity.name!r}, type {entity.type!r}")
        mention_keys = Counter((m.article, m.start, m.end) for m in entity.mentions)
        yield from (Problem("mention unique", f"{entity.id} {k[0]}", f"{n} identical mentions") for k, n in mention_keys.items() if n > 1)
        for m in entity.mentions:
            yield from span("mention span", f"{entity.id} mention {m.sentence}", m.article, m.sentence, m.text, m.start, m.end)
            if m.title and m.sentence in sentences and not _same(m.title, sentences[m.sentence].text):
                yield Problem("mention title", f"{entity.id} mention {m.sentence}", f"the title {m.title!r} is not in its sentence")
        forms = {m.text for m in entity.mentions}
        if entity.mentions and not set(entity.variants) <= forms | {entity.name}:
            yield Problem("entity variants", entity.id, f"forms no mention writes: {sorted(set(entity.variants) - forms)}")
        for s in entity.suspect:
            if entity.mentions and s.text not in forms:
                yield Problem("garbled form", entity.id, f"{s.text!r} is no mention of the entity")
            yield from span("garbled span", f"{entity.id} garbled {s.sentence or s.article}", s.article, s.sentence, s.text,
                            s.start, s.end, optional=True)
            if not s.reason.strip():
                yield Problem("garbled reason", entity.id, "no reason")
    yield from (Problem("entity id unique", k, f"{n} entities") for k, n in ids.items() if n > 1)

    # the digest and what it leaves out
    names_in = {}  # article id -> the words of every name an entity mentioned there goes by
    for entity in report.entities:
        words = set(re.findall(r"\w+", " ".join((entity.name, *entity.variants, *(m.text for m in entity.mentions)))))
        for article_id in {m.article for m in entity.mentions}:
            names_in.setdefault(article_id, set()).update(words)
    told = Counter(line.text for line in report.digest)
    yield from (Problem("digest unique", text[:60], f"told {n} times") for text, n in told.items() if n > 1)
    for i, line in enumerate(report.digest, 1):
        yield from _digest_problems(f"digest {i}", line.text, line.citations, sentences, articles, names_in)
    for i, left in enumerate(report.left_out, 1):
        missing = [g for g in left.group if g not in sentences]
        if missing or not left.reason.strip():
            yield Problem("left out", f"left out {i}", f"missing sentences {missing}, reason {left.reason!r}")
        if left.articles and set(left.articles) != {g.split(".", 1)[0] for g in left.group}:
            yield Problem("left out", f"left out {i}", f"articles {left.articles} are not its group's")


def _edge_problems(check: str, where: str, text: str, start: int, end: int) -> Iterator[Problem]:
    """A span of evidence neither cuts a word nor starts or ends with a space."""
    if 0 < start and _joined(text[start - 1], text[start]):
        yield Problem(check + " edge", where, f"{start}:{end} starts inside the word {_word_at(text, start)!r}")
    if end < len(text) and _joined(text[end - 1], text[end]):
        yield Problem(check + " edge", where, f"{start}:{end} ends inside the word {_word_at(text, end - 1)!r}")
    if text[start:end] != text[start:end].strip():
        yield Problem(check + " edge", where, f"{start}:{end} starts or ends with a space: {text[start:end]!r}")


def _joined(left: str, right: str) -> bool:
    """Two characters of one word: letters, or digits ("120km" is a figure and its unit)."""
    return (left.isalpha() and right.isalpha()) or (left.isdigit() and right.isdigit())


def _word_at(text: str, i: int) -> str:
    left = len(text[:i]) - len(re.split(r"\W", text[:i])[-1])
    return text[left : i + len(re.split(r"\W", text[i:])[0])]


def _same(value: str, shown: str) -> bool:
    """Whether ``shown`` holds every part of ``value`` in order, whatever the case and hyphens:
    a value reads "20 kilometre" for "20-kilometre", "about 300" for "About 300", and joins
    two words that tell it with " … " ("June 12 … Thursday", "first … then")."""
    def flat(t: str) -> str:
        return " ".join(t.casefold().replace("-", " ").split())
    at, shown = 0, flat(shown)
    for part in value.split(" … "):
        at = shown.find(flat(part), at)
        if at < 0:
            return False
    return True


def _side_span_problems(where: str, kind: str, side, articles: dict, span) -> Iterator[Problem]:
    """A side's offsets point at its value as written, with two documented exceptions: an
    order side points at the clause that tells the order (the value, "after", is in it), and a
    qualified figure points at the figure ("about 1,200" at "1,200")."""
    article = articles.get(side.article)
    if article is None or side.start < 0 or not 0 <= side.start < side.end <= len(article.text):
        yield from span("conflict value span", where, side.article, side.sentence, side.value, side.start, side.end, optional=True)
        return
    shown = article.text[side.start:side.end]
    if not _same(side.value, shown) and not (kind != "order" and shown in side.value):
        yield Problem("conflict value span", where, f"text[{side.start}:{side.end}] is {shown!r}, the side shows {side.value!r}")
    # the article and sentence exist, the span lies in the sentence: checked on the span as found;
    # an order told against the sentence before ("Wallau responded by ...") starts in that one
    sentence_id = side.sentence
    if kind == "order" and side.sentence in article_sentence_ids(article):
        sentence = next(s for s in article.sentences if s.id == side.sentence)
        previous = article.sentences[sentence.index - 1] if 0 < sentence.index <= len(article.sentences) else None
        if previous is not None and previous.start <= side.start < sentence.start:
            yield from span("conflict value span", where, side.article, "", shown, side.start, side.end)
            if side.end > sentence.end:
                yield Problem("conflict value span", where, f"{side.start}:{side.end} ends past its sentence")
            return
    yield from span("conflict value span", where, side.article, sentence_id, shown, side.start, side.end)


def article_sentence_ids(article: Article) -> set[str]:
    return {s.id for s in article.sentences}


def _article_problems(article: Article, sentences: dict) -> Iterator[Problem]:
    previous_end = 0
    for index, s in enumerate(article.sentences):
        where = s.id
        if s.id in sentences:
            yield Problem("sentence id unique", where, "two sentences share the id")
        sentences.setdefault(s.id, s)
        if s.article != article.id or not s.id.startswith(article.id + "."):
            yield Problem("sentence article", where, f"in {article.id}, names {s.article}")
        if s.index != index:
            yield Problem("sentence index", where, f"index {s.index}, position {index}")
        if not 0 <= s.start < s.end <= len(article.text) or article.text[s.start:s.end] != s.text:
            yield Problem("sentence span", where, f"text[{s.start}:{s.end}] is not the sentence")
        if not s.text.strip():
            yield Problem("sentence empty", where, "empty")
        if s.start < previous_end:
            yield Problem("sentence order", where, f"starts at {s.start}, before the previous one ends ({previous_end})")
        previous_end = max(previous_end, s.end)
    removed = Counter((r.text, r.line) for r in article.removed)
    kept_lines = {line.strip() for line in article.text.splitlines()}
    for r in article.removed:
        if not r.text.strip() or not r.reason.strip():
            yield Problem("removed line", article.id, f"text {r.text!r}, reason {r.reason!r}")
        elif r.text.strip() in kept_lines:
            yield Problem("removed line kept", article.id, f"line {r.line} is removed and still a line of the text: {r.text!r}")
    yield from (Problem("removed unique", article.id, f"line {k[1]} listed {n} times") for k, n in removed.items() if n > 1)


def _digest_problems(where: str, text: str, citations: Iterable[str], sentences: dict, articles: dict,
                     names_in: dict) -> Iterator[Problem]:
    """A digest sentence cites sentences that exist, and states no figure they lack and no name
    that neither they nor their articles' entities use (the digest names whom a pronoun means,
    and writes a garbled name or a side's naming in the entity's own form)."""
    citations = list(citations)
    if not text.strip():
        yield Problem("digest empty", where, "empty")
    if not citations:
        yield Problem("digest citations", where, "no citation")
    missing = [c for c in citations if c not in sentences]
    if missing:
        yield Problem("digest citations", where, f"cites {missing}, not in the report")
    if len(set(citations)) < len(citations):
        yield Problem("digest citations", where, "a sentence is cited twice")
    cited = " ".join(sentences[c].text for c in citations if c in sentences)
    outlets = " ".join(articles[c.split(".", 1)[0]].source for c in citations if c.split(".", 1)[0] in articles)
    figures = {f.replace(",", "") for f in FIGURE.findall(cited)}
    for figure in FIGURE.findall(text):
        if figure.replace(",", "") not in figures and figure not in outlets:
            yield Problem("digest figure", where, f"{figure!r} is in no cited sentence")
    for quoted in re.findall(r"“([^”]+)”", text):
        # what the digest quotes is an outlet's words; a figure may be quoted in its compared
        # form, which carries its unit ("14 percentage points" against "14%")
        if not _same(quoted, cited) and not any(ch.isdigit() for ch in quoted):
            yield Problem("digest quote", where, f"it quotes {quoted!r}, which no cited sentence writes")
    cited_words = set(re.findall(r"\w+", cited + " " + outlets))
    for c in citations:
        cited_words |= names_in.get(c.split(".", 1)[0], set())
    for m in NAME.finditer(text):
        if not set(re.findall(r"\w+", m.group())) <= cited_words and text[: m.start()].strip() and not text[: m.start()].rstrip().endswith((".", ":")):
            yield Problem("digest name", where, f"{m.group()!r} is in no cited sentence")


def rendering_problems(report: Report) -> list[Problem]:
    """What the JSON, Markdown and HTML renderings lose or change of the report's evidence."""
    problems = []
    again = from_json(to_json(report))
    if again != report or again.to_dict() != report.to_dict():
        problems.append(Problem("json round trip", "report", "from_json(to_json(report)) differs"))
    if type(report).from_dict(report.to_dict()) != report:
        problems.append(Problem("json round trip", "report", "from_dict(to_dict(report)) differs"))
    md, page = to_markdown(report), to_html(report)
    shown = []  # (where, piece of evidence as written)
    for i, c in enumerate(report.conflicts, 1):
        shown += [(f"conflict {i}", s.value) for s in c.sides] + [(f"conflict {i}", s.sentence) for s in c.sides]
    for i, a in enumerate(report.agreements, 1):
        shown += [(f"shared {i}", r.sentence) for r in a.claims]
    for i, d in enumerate(report.digest, 1):
        shown += [(f"digest {i}", c) for c in d.citations]
    shown += [(f"unique {r.sentence}", r.sentence) for r in report.unique]
    shown += [(f"left out {i}", sid) for i, lo in enumerate(report.left_out, 1) for sid in lo.group]
    shown += [(f"cue {c.sentence}", c.text) for c in report.framing]
    shown += [(f"garbled {e.id}", s.text) for e in report.entities for s in e.suspect]
    marked = {ref for refs in re.findall(r'data-spans="([^"]*)"', page) for ref in refs.split()}
    for i, cue in enumerate(report.framing):  # each cue but a voice is marked in its article's body
        if cue.kind not in UNMARKED_KINDS and cue.start >= 0 and f"f{i}" not in marked:
            problems.append(Problem("html marks", f"cue {cue.kind} {cue.sentence}", f"{cue.text!r} is not marked in the article"))
    for i, entity in enumerate(report.entities):
        for j, suspect in enumerate(entity.suspect):
            if suspect.start >= 0 and f"e{i}.x{j}" not in marked:
                problems.append(Problem("html marks", f"garbled {entity.id}", f"{suspect.text!r} is not marked in the article"))
    for where, piece in shown:
        if piece and md_escape(piece) not in md:
            problems.append(Problem("markdown shows", where, f"{piece!r} is not in the Markdown"))
        if piece and str(html_escape(piece)) not in page:
            problems.append(Problem("html shows", where, f"{piece!r} is not in the HTML"))
    return problems


def run_set(set_name: str) -> Iterator[tuple[str, Report]]:
    from quality import stories_of

    from rashomon.comparison.pipeline import compare
    from rashomon.settings import Settings

    for slug, _gold, sources in stories_of(set_name):
        yield slug, compare(sources, settings=Settings(embedder="static"))


def main() -> int:
    from quality import SETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", choices=SETS, help="a set to audit (default: every set present)")
    parser.add_argument("--show", type=int, default=0, help="quote this many problems per READ set")
    args = parser.parse_args()
    grand_checked: Counter = Counter()
    grand_found: Counter = Counter()
    for set_name in args.set or SETS:
        counts: Counter = Counter()
        found: list[tuple[str, Problem]] = []
        for slug, report in run_set(set_name):
            counts.update(checked(report))
            found += [(slug, p) for p in audit(report) + rendering_problems(report)]
        if not counts:
            continue
        by_check = Counter(p.check for _slug, p in found)
        grand_checked.update(counts)
        grand_found.update(by_check)
        print(f"{set_name}: {sum(counts.values())} records read, {len(found)} problems"
              + (f": {dict(sorted(by_check.items()))}" if found else ""), flush=True)
        if set_name not in CHECK_SETS:
            for slug, p in found[: args.show]:
                print(f"    {slug} {p.check} {p.where}: {p.detail}")
    print("records read:", dict(grand_checked))
    print("problems:", dict(grand_found) or "none")
    return 1 if grand_found else 0


if __name__ == "__main__":
    raise SystemExit(main())
