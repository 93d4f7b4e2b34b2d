"""For every missed gold role conflict, the stage of the role finder that lost it.

    python scripts/role_stages.py --set stories-dev --set stories-fresh [--list]

Stages, in the order the finder (``conflicts.roles``) goes; a gold conflict is counted at the
furthest stage any pair of its sides reached:

1. not read       fewer than two sides hold a role read beside a name inside the side's text
                  (:func:`..claims.roles.read_roles`); the unread side is named by its shape
                  (:func:`unread_shape`): "possessive X's role", "the role of X, NAME", "two role
                  nouns" (a translation's "captain pilot NAME"), "role after the name", else "other"
2. not one person roles read on two sides, but no resolved person holds the names of both
                  (the name written two ways: "Hendrik Molenaar" / "Hendrick Molnar"), or the
                  name was read only outside the person's mentions
3. compatible     one person, but every pair of roles was judged one role in two wordings or not
                  comparable (one a vaguer form of the other, or of one kind: "chief executive" /
                  "president" are both the head of a body); or a reading was dropped as said
                  more precisely by another of its article
4. merged         the roles were judged two roles, and no reported conflict holds two sides

The finder's functions are called, not changed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from conflict_stages import gold_conflicts, stage_arguments  # noqa: E402

from rashomon.comparison.claims.role_agreement import roles_agree  # noqa: E402
from rashomon.comparison.claims.roles import _NO_ROLE, _is_role_word, _key, read_roles  # noqa: E402
from rashomon.comparison.conflicts.roles import _specific  # noqa: E402
from rashomon.evaluation.rules import Located  # noqa: E402

STAGES = ("not read", "not one person", "compatible", "merged")

_NAME = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+")
_SHAPES = (
    ("possessive X's role", re.compile(r"[\w’'-]+[’']s?\s+(?:[a-z-]+\s+){0,3}[a-z-]+,?\s*$")),
    ("the role of X, NAME", re.compile(r"\bof\b.*,\s*$")),
    ("the role of X NAME", re.compile(r"\bof\b(?:\s+[A-Z][\w’'-]*)*\s*$")),
    ("two role nouns", re.compile(r"\b[a-z]+\s+[a-z]+\s*$")),
)


def unread_shape(side: str, name: str) -> str:
    """The construction of a side where no role was read beside ``name``."""
    at = side.find(name)
    if at < 0:
        return "name not in side"
    before, after = side[:at], side[at + len(name) :]
    if not before.strip() and after.lstrip().startswith(","):
        return "role after the name" + _no_office(after)
    for shape, pattern in _SHAPES:
        if pattern.search(before):
            return shape + _no_office(before)
    return "other" + _no_office(before)


def _no_office(words: str) -> str:
    """", head 'warden' no office" where the role's last lower-case noun names no known office."""
    nouns = [w for w in re.findall(r"[\w’'-]+", words) if w[:1].islower() and _key(w) not in _STOP]
    if nouns and not _is_role_word(_key(nouns[-1])):
        return f", head {nouns[-1]!r} no office"
    return ""


_STOP = {"the", "a", "an", "of", "his", "her", "its", "their", "whose", "at", "for", "in"}


def _trim_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """A capitalised run without the titles that open it ("Transport Minister Dariel Onsk")."""
    words = list(re.finditer(r"[\w’'-]+", text[start:end]))
    keep = 0
    while keep < len(words) - 2 and (_is_role_word(_key(words[keep].group())) or _key(words[keep].group()) in _NO_ROLE):
        keep += 1
    return start + words[keep].start(), end


def _side_readings(located: Located, gold_name: str, text: str, entities) -> tuple[list, str]:
    """[(entity id or "", name, role)] read beside each name inside the side, and the side's text."""
    article = located.article(gold_name)
    if article is None:
        return [], ""
    spans = located.spans(gold_name, text)
    if not spans:
        return [], ""
    side = article.text[spans[0][0] : spans[0][1]]
    out = []
    sentences = [s for s in article.sentences if any(s.start < e and b < s.end for b, e in spans)]
    for s in sentences:
        names = [_trim_titles(s.text, m.start(), m.end()) for m in _NAME.finditer(s.text)]
        for start, end in names:
            if not any(s.start + start < e and b < s.start + end for b, e in spans):
                continue
            holder = next(
                (e.id for e in entities if e.type == "PERSON" for m in e.mentions
                 if m.sentence == s.id and m.start < s.start + end and s.start + start < m.end), "",
            )
            roles = _specific([(None, r) for r in read_roles(s.text, start, end, s.start)])
            out += [(holder, s.text[start:end], r) for _, r in roles]
    return out, side


def _words(role) -> str:
    return " ".join(re.findall(r"[a-z]+", role.text.lower()))


def stage_of(located: Located, gold, entities) -> tuple[str, str]:
    sides, unread = {}, {}
    for name, text in gold.sides.items():
        sides[name], side = _side_readings(located, name, text, entities)
        if not sides[name]:
            found = _NAME.findall(side)
            unread[name] = unread_shape(side, found[-1]) if found else "no name read"
    read = [n for n in sides if sides[n]]
    if len(read) < 2:
        return "not read", " | ".join(f"{n}: {why}" for n, why in unread.items())
    best, why, best_differ = -1, "", False
    for i, x in enumerate(read):
        for y in read[i + 1 :]:
            for ex, nx, rx in sides[x]:
                for ey, ny, ry in sides[y]:
                    if not ex or ex != ey:
                        stage, note = 1, f"{nx!r}={ex or '-'} / {ny!r}={ey or '-'}"
                    elif roles_agree(rx, ry) is False:
                        stage, note = 3, f"{rx.text!r} / {ry.text!r}"
                    else:
                        stage, note = 2, f"{rx.text!r} ({rx.kind}) / {ry.text!r} ({ry.kind}): {roles_agree(rx, ry)}"
                    # two sides giving one role in the same words agree: no part of the conflict,
                    # unless no differing pair is read
                    differ = stage != 2 or _words(rx) != _words(ry)
                    if (differ and not best_differ) or (differ == best_differ and stage > best):
                        best, why, best_differ = stage, note, differ
    if not best_differ and unread:
        return "not read", " | ".join(f"{n}: {w}" for n, w in unread.items()) + f" | read alike: {why}"
    return STAGES[best], why + (f" | unread {unread}" if unread else "")


def main() -> int:
    args = stage_arguments(__doc__.splitlines()[0])
    counts: Counter = Counter()
    shapes: Counter = Counter()
    for set_name, slug, report, located, g, found in gold_conflicts(args.set, ("role",), args.embedder):
        if found:
            counts["found"] += 1
            continue
        stage, why = stage_of(located, g, report.entities)
        counts[stage] += 1
        if stage == "not read":
            for part in why.split(" | "):
                if part.startswith("read alike"):
                    continue
                shapes[part.split(": ", 1)[-1].split(", head")[0]] += 1
                if ", head" in part:
                    shapes["of which: head noun no office"] += 1
        if args.list:
            print(f"[{stage}] {set_name}/{slug}: {g.note[:110]}\n    {why}")
    print("role found", counts["found"], "| missed:", ", ".join(f"{s} {counts[s]}" for s in STAGES if counts[s]))
    print("unread sides:", ", ".join(f"{s} {n}" for s, n in shapes.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
