"""Role conflicts: one person given different offices or ranks by different articles.

Every mention of a resolved person is read for its roles (:mod:`..claims.roles`: the title
before the name, an apposition before or after it). An article's roles for the person are the
most specific of its readings ("Emergency Situations Minister" makes a bare "Minister" in the
same article redundant). Two articles agree on the person when some reading of one agrees with
some reading of the other in the same facet (an office, a rank); they disagree when they have
readings of one facet and none agree. Articles that agree form one side; a conflict needs two
sides that disagree ("a and b say Transport Minister; c says Deputy Transport Minister").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ...model import Article, Conflict, ConflictSide, Entity, Mention
from ...text.lists import plain_list
from ..claims.role_agreement import body_kind, names_a_seat, owner_named, roles_agree
from ..claims.roles import LISTED_KINDS, Role, fold, read_roles


def _specific(roles: list[tuple[Mention, Role]]) -> list[tuple[Mention, Role]]:
    """Drop a reading another reading of the same article says more precisely."""
    def covers(x: Role, y: Role) -> bool:  # x says all y says, and more
        return (
            x.facet == y.facet and x.kind == y.kind and y.subordinate <= x.subordinate and y.portfolio <= x.portfolio
            and (x.subordinate, x.portfolio) != (y.subordinate, y.portfolio)
        )
    return [(m, r) for m, r in roles if not any(covers(o, r) for _, o in roles)]


def _relation(xs: list[tuple[Mention, Role]], ys: list[tuple[Mention, Role]]) -> tuple[bool | None, tuple[Mention, Role, Mention, Role] | None]:
    """Whether two articles' readings agree (True), disagree (False, with the pair that shows
    it) or cannot be compared (None)."""
    disagreement = None
    for facet in ("office", "rank", "kin"):
        fx = [(m, r) for m, r in xs if r.facet == facet]
        fy = [(m, r) for m, r in ys if r.facet == facet]
        if not fx or not fy:
            continue
        if any(roles_agree(x, y) for _, x in fx for _, y in fy):
            return True, None
        # only two readings shown to be two roles disagree: a spokesperson's function against an
        # office ("Police spokesman" / "police inspector") cannot be compared
        apart = next(((mx, rx, my, ry) for mx, rx in fx for my, ry in fy if roles_agree(rx, ry) is False), None)
        if disagreement is None and apart is not None:
            disagreement = apart
    return (False, disagreement) if disagreement else (None, None)


def _seatless_between(own: list[tuple[Mention, Role]], shown: tuple[Mention, Role, Mention, Role]) -> bool:
    """Whether ``own`` holds a head's role naming no seat that agrees with both of two heads named
    by two different seats (``Role.post``): "head of the bid" fits its chair and its chief executive."""
    _, ra, _, rb = shown
    if not (ra.post and rb.post and ra.post != rb.post and ra.kind == rb.kind):
        return False
    return any(r.kind == ra.kind and not names_a_seat(r) and roles_agree(r, ra) and roles_agree(r, rb) for _, r in own)


def _side(mention: Mention, role: Role, texts: dict[str, str], group: int) -> ConflictSide:
    label = role.text.rstrip(".,;:")
    return ConflictSide(
        article=mention.article, sentence=mention.sentence, text=texts.get(mention.sentence, ""), value=label,
        start=role.start, end=role.start + len(label), normalized=_normalized(role), group=group,
    )


def _normalized(role: Role) -> str:
    words = sorted(role.subordinate) + sorted(role.portfolio) + [role.kind]
    return " ".join(words)


_FULL_NAME = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+")


def _unresolved_readings(entity: Entity, articles: Sequence[Article], resolved: set[str]) -> dict[str, list[tuple[Mention, Role]]]:
    """The roles around the person's full name ("Arkady Drozdan", two capitalised words or more)
    in the articles where none of its mentions was resolved: the article's own title for them."""
    names = {m.text for m in entity.mentions if _FULL_NAME.fullmatch(m.text)}
    out: dict[str, list[tuple[Mention, Role]]] = {}
    if not names:
        return out
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w’'-])")
    for article in articles:
        if article.id in resolved:
            continue
        for sentence in article.sentences:
            for m in pattern.finditer(sentence.text):
                mention = Mention(article=article.id, sentence=sentence.id, text=m.group(),
                                  start=sentence.start + m.start(), end=sentence.start + m.end())
                for role in read_roles(sentence.text, m.start(), m.end(), sentence.start):
                    out.setdefault(article.id, []).append((mention, role))
    return {a: _specific(rs) for a, rs in out.items()}


def _name_shaped(entity: Entity) -> bool:
    """An untyped entity every mention of which is two capitalised words or more: a name that may
    be a person's."""
    return entity.type == "OTHER" and all(_FULL_NAME.fullmatch(m.text) for m in entity.mentions)


def _listed(role: Role) -> bool:
    return role.facet == "rank" or role.facet == "office" and role.kind in LISTED_KINDS


def _around(articles: Sequence[Article]) -> dict[str, str]:
    """Sentence id -> the sentence and the one after it in its article: where the body a role
    heads is told ("Korvane chief executive Lin Wei said so. The company is based in Taimar.")."""
    out = {}
    for article in articles:
        for i, s in enumerate(article.sentences):
            out[s.id] = " ".join(t.text for t in article.sentences[i : i + 2])
    return out


def role_conflicts(entities: Sequence[Entity], articles: Sequence[Article], sources: dict[str, str]) -> Iterable[Conflict]:
    sentences = {s.id: s for a in articles for s in a.sentences}
    around = _around(articles)
    for entity in entities:
        if entity.type != "PERSON" and not _name_shaped(entity):
            continue
        by_article: dict[str, list[tuple[Mention, Role]]] = defaultdict(list)
        for m in entity.mentions:
            s = sentences.get(m.sentence)
            if s is None:
                continue
            for role in read_roles(s.text, m.start - s.start, m.end - s.start, s.start):
                owner = owner_named(s.text, role.start - s.start, role.text)
                by_article[m.article].append((m, replace(role, body=body_kind(around.get(m.sentence, s.text)), owner=owner)))
        if entity.type != "PERSON":
            # a name the tagger left untyped ("Hana Velkova, the interior minister,") is a person
            # where a listed office or a rank is read around it in two articles
            listed = {a: [(m, r) for m, r in rs if _listed(r)] for a, rs in by_article.items()}
            by_article = defaultdict(list, {a: rs for a, rs in listed.items() if rs})
        if len(by_article) < 2:
            continue
        readings = {a: _specific(rs) for a, rs in by_article.items()}
        ids = sorted(readings)
        parent = {a: a for a in ids}

        def find(a: str) -> str:
            while parent[a] != a:
                a = parent[a]
            return a

        against: list[tuple[str, str, tuple[Mention, Role, Mention, Role]]] = []
        agreeing: set[tuple[str, str]] = set()
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                same, shown = _relation(readings[a], readings[b])
                if same:
                    agreeing |= {(a, b), (b, a)}
                elif same is False and shown is not None:
                    against.append((a, b, shown))
        # an article whose role names no seat at the head of a body ("head of the bid", "boss")
        # agrees with two articles that name two seats ("chair of the bid committee" / "chief
        # executive of the bid"): it joins neither, or it would join the two it cannot decide between
        bridges = {c for a, b, shown in against for c in ids if (c, a) in agreeing and (c, b) in agreeing and _seatless_between(readings[c], shown)}
        for a, b in sorted(agreeing):
            if a not in bridges and b not in bridges:
                parent[find(a)] = find(b)
        against = [(a, b, shown) for a, b, shown in against if find(a) != find(b)]
        if not against:
            continue
        # one reading per article: the one that shows a disagreement, else its first
        chosen: dict[str, tuple[Mention, Role]] = {}
        for a, b, (ma, ra, mb, rb) in against:
            chosen.setdefault(a, (ma, ra))
            chosen.setdefault(b, (mb, rb))
        for a in ids:
            if a not in chosen and any(find(a) == find(c) for c in chosen):
                facets = {r.facet for _, r in chosen.values()}
                pick = [(m, r) for m, r in readings[a] if r.facet in facets]
                if pick:
                    chosen[a] = pick[0]
        # an article whose own words name the person but where no mention of the person was
        # resolved (the name glued into a longer one: "Minister of Internal Affairs Arkady
        # Drozdan"): its roles there join the one side they agree with, and start no finding
        for a, found in _unresolved_readings(entity, articles, set(by_article)).items():
            roots = {find(c) for c in chosen if _relation(found, readings[c])[0]}
            facets = {r.facet for _, r in chosen.values()}
            pick = [(m, r) for m, r in found if r.facet in facets]
            if len(roots) == 1 and pick:
                parent[a] = roots.pop()
                chosen[a] = pick[0]
        groups: dict[str, list[str]] = defaultdict(list)
        for a in sorted(chosen):
            groups[find(a)].append(a)
        ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
        told = "; ".join(
            plain_list(sources.get(a, a) for a in group)
            + (" say " if len(group) > 1 else " says ") + f"“{chosen[group[0]][1].text.rstrip('.,;:')}”"
            for group in ordered
        )
        name = max((m.text for m in entity.mentions), key=len)
        texts = {k: s.text for k, s in sentences.items()}
        yield Conflict(
            kind="role",
            explanation=f"the role of {name}: {told}",
            sides=tuple(_side(*chosen[a], texts, n) for n, group in enumerate(ordered) for a in group),
        )


__all__ = ["role_conflicts", "fold"]
