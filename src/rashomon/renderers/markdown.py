"""The report as Markdown: what the terminal shows by default, and what pastes into a ticket.

Text that comes from articles is escaped where Markdown would read it as markup (emphasis,
links, HTML, table pipes), and newlines inside a table cell or a list item become spaces,
so an article cannot break the layout or inject a link.
"""

from __future__ import annotations

import json
import re

from ..model import ClaimRef, Report
from ..text.controls import show_direction_controls
from .common import ReportIndex, framing_label, in_sentence, is_quoted, mentions_by_article
from .summary import other_languages

# Characters CommonMark (and GFM tables, strikethrough) read as markup anywhere in a line; a
# backslash makes each one literal. Links and images need "[", so escaping it disarms them.
# "_" between two letters or digits cannot open emphasis ("file_name"), so it stays bare.
_ACTIVE = re.compile(r"([\\`*\[\]<>|~&]|(?<![^\W_])_|_(?![^\W_]))")
# What opens a block when it starts the text of a list item: heading, list, quote, break.
_BLOCK_START = re.compile(r"^([#+\-=>]|\d{1,9}(?=[.)]))")
_NEWLINES = re.compile(r"\s*[\r\n]+\s*")


def escape(text: object) -> str:
    """``text`` as literal Markdown on one line, safe at the start of a list item too."""
    # Leading spaces would make an indented code block after a list marker.
    flat = _ACTIVE.sub(r"\\\1", _NEWLINES.sub(" ", show_direction_controls(str(text))).strip())
    return _BLOCK_START.sub(lambda m: _escape_lead(m.group(1)), flat, count=1)


def _escape_lead(lead: str) -> str:
    # "1." starts an ordered list: escape the punctuation after the digits, not a digit.
    return lead + "\\" if lead[0].isdigit() else "\\" + lead


def code(text: object, table: bool = False) -> str:
    """``text`` as an inline code span, whatever backticks it contains.

    In a table cell a pipe ends the cell even inside a code span (GFM), unless escaped.
    """
    flat = _NEWLINES.sub(" ", show_direction_controls(str(text)))
    if table:
        flat = flat.replace("|", "\\|")
    longest = max((len(m) for m in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") or not flat.strip() else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def quoted(text: object) -> str:
    """Text from an article in quotation marks (its own, when it already has them)."""
    return escape(text) if is_quoted(str(text)) else f"“{escape(text)}”"


def plural(count: int, noun: str, many: str = "") -> str:
    return f"{count} {noun if count == 1 else many or noun + 's'}"


def to_markdown(report: Report) -> str:
    """The report as Markdown, one section per finding kind."""
    index = ReportIndex.of(report)
    out: list[str] = ["# rashomon report", ""]
    out += [
        " · ".join(
            [
                plural(len(report.articles), "article"),
                plural(len(report.agreements), "shared claim"),
                plural(len(report.conflicts), "conflict"),
                plural(len(report.unique), "unique claim"),
                plural(len(report.entities), "entity", "entities"),
                plural(len(report.framing), "framing cue"),
                plural(len(report.skipped), "skipped input"),
                f"schema {code(report.schema)}",
            ]
        ),
        "",
    ]

    def section(title: str, lines: list[str], empty: str) -> None:
        out.extend([f"## {title}", ""])
        out.extend(lines if lines else [f"_{empty}_"])
        out.append("")

    # 1. Articles, with the lines cleaning removed.
    lines = []
    if report.articles:
        lines += ["| id | outlet | title | sentences | removed lines |", "|---|---|---|---:|---:|"]
        for a in report.articles:
            lines.append(
                f"| {code(a.id, table=True)} | {escape(a.source) or '—'} | {escape(a.title) or '—'} | {len(a.sentences)} | {len(a.removed)} |"
            )
        for article_id, language in other_languages(report.articles).items():
            lines += ["", f"{code(article_id)} is written in another language ({escape(language)}) than the other articles: "
                      "its sentences are rarely matched with theirs, so its unique claims may be told by others too."]
        removed = [(a.id, r) for a in report.articles for r in a.removed]
        if removed:
            lines += ["", "Removed lines:", ""]
            for article_id, r in removed:
                # r.line counts from 0 (the JSON field); a reader counts lines from 1, as an editor does
                where = f", line {r.line + 1}" if r.line >= 0 else ""
                lines.append(f"- {code(article_id)} {quoted(r.text)}: {escape(r.reason)}{where}")
    section("Articles", lines, "No articles.")

    # 2. Skipped inputs.
    section(
        "Skipped inputs",
        [f"- {code(s.source)}: {escape(s.reason)}" for s in report.skipped],
        "Every input was used.",
    )

    # 3. The digest, each sentence with its citations.
    section(
        "Digest",
        [f"{i}. {escape(d.text)} [{', '.join(_cite(index, c) for c in d.citations)}]" for i, d in enumerate(report.digest, 1)],
        "No digest.",
    )
    if report.left_out:  # the agreements the digest does not tell, each with why
        section(
            "Left out of the digest",
            [f"- [{', '.join(_cite(index, c) for c in lo.group)}]: {escape(lo.reason)}" for lo in report.left_out],
            "",
        )

    # 4. Conflicts, both sides quoted.
    lines = []
    for i, conflict in enumerate(report.conflicts, 1):
        lines.append(f"### {i}. {escape(conflict.kind)}: {escape(conflict.explanation)}")
        lines.append("")
        for side in conflict.sides:
            lines.append(
                f"- **{escape(side.value) or '—'}** — {escape(index.outlet(side.article))} "
                f"({_cite(index, side.sentence)}): {quoted(side.text)}"
            )
        lines.append("")
    section("Conflicts", lines[:-1], "No conflicts found.")

    # 5. Shared claims, one group per claim.
    lines = []
    for i, agreement in enumerate(report.agreements, 1):
        lines.append(f"{i}. similarity {agreement.score:.2f}")
        for ref in agreement.claims:
            lines.append(f"    - {escape(index.outlet(ref.article))} ({_cite(index, ref.sentence)}): {quoted(ref.text)}")
    section("Shared claims", lines, "No shared claims found.")

    # 6. Unique claims, per article.
    lines = []
    by_article: dict[str, list] = {}
    for ref in report.unique:
        by_article.setdefault(ref.article, []).append(ref)
    # in the articles' order, as the framing below (the order the unique claims were found in put a1 last)
    ordered = [a for a in index.article_order() if a in by_article] + [a for a in by_article if a not in index.article_order()]
    for article_id, refs in ((a, by_article[a]) for a in ordered):
        lines += [f"### {escape(index.outlet(article_id))} ({code(article_id)})", ""]
        lines += [f"- {_cite(index, ref.sentence)}: {_claim_in_sentence(index, ref)}" for ref in refs]
        lines.append("")
    section("Unique claims", lines[:-1], "No unique claims found.")

    # 7. Entities, with the forms that look garbled.
    lines = []
    if report.entities:
        lines += ["| entity | type | forms used | mentions | flagged forms |", "|---|---|---|---:|---|"]
        for e in report.entities:
            flags = "; ".join(
                f"{quoted(s.text)} {escape(s.reason)} ({code(s.sentence or s.article, table=True)})" for s in e.suspect
            )
            counts = f"{len(e.mentions)} ({escape(mentions_by_article(e.mentions))})" if e.mentions else "0"
            lines.append(
                f"| {escape(e.name)} | {escape(e.type)} | {', '.join(escape(v) for v in e.variants) or '—'} | {counts} | {flags or '—'} |"
            )
    section("Entities", lines, "No entities found.")

    # 8. Framing, per outlet, grouped by kind.
    lines = []
    framing = index.framing_by_article()
    for article_id in index.article_order():
        if article_id not in framing:
            continue
        lines += [f"### {escape(index.outlet(article_id))} ({code(article_id)})", ""]
        for kind, cues in framing[article_id].items():
            lines.append(f"- **{escape(framing_label(kind))}** ({len(cues)})")
            for cue in cues:
                neutral = f"; neutral: {quoted(cue.neutral)}" if cue.neutral else ""
                lines.append(f"    - {quoted(cue.text)} ({_cite(index, cue.sentence)}): {escape(cue.note)}{neutral}")
        lines.append("")
    section("Framing", lines[:-1], "No framing cues found.")

    if report.settings:
        section(
            "Settings",
            [f"- {escape(k)}: {code(json.dumps(v, ensure_ascii=False, default=str))}" for k, v in sorted(report.settings.items())],
            "",
        )
    return "\n".join(out).rstrip() + "\n"


def _cite(index: ReportIndex, sentence_id: str) -> str:
    """A sentence id as cited; one that is not in the report is marked so."""
    return escape(sentence_id) if index.has_sentence(sentence_id) else f"{escape(sentence_id)} (missing)"


def _claim_in_sentence(index: ReportIndex, ref: ClaimRef) -> str:
    """A unique claim that is a part of its sentence, shown in it with the part in bold (a bare
    clause such as "about 30 miles south of Portland" says little alone); else the claim."""
    parts = in_sentence(index, ref.sentence, ref.start, ref.end)
    if parts is None:
        return quoted(ref.text)
    before, part, after = (escape(x) if x.strip() else "" for x in parts)
    gap_before = " " if parts[0][-1:].isspace() and before else ""
    gap_after = " " if parts[2][:1].isspace() and after else ""
    return f"“{before}{gap_before}**{part}**{gap_after}{after}”"
