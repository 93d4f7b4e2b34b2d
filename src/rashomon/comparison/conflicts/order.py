"""Order conflicts: one article puts event A before event B, another B before A.

The orders each sentence tells are read by ``order_reading``. Two sentences of different
articles conflict when what one puts first shares an event word with what the other puts second,
and the other way round: the same two events, reversed. When one event is told alike by two
shared words (an act and what it was done to), the other may be told in other words of one
meaning, judged by ``same_event`` ("power" / "electric").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ...model import Claim
from ...text.stems import suffix_stem
from .common import WORD, Agreeing, Disagreement, Side, edit_distance, fold
from .order_reading import KNOWN_EVENTS, POSSESSIVE, Order, event_of, follow_ups, order_relations, verb_form
from .same_event import near_in_meaning


def _written(event: str, *texts: str) -> str:
    """An event class as each sentence writes it ("announc" -> "announced"; "resign" ->
    "resigned/resignation" when the two write it differently), for the reader."""
    if event.startswith("^"):  # a name, as the first sentence writes it
        return next((POSSESSIVE.sub("", m.group()) for t in texts for m in _NAME_RUN.finditer(t)
                     if fold(POSSESSIVE.sub("", m.group().split()[-1])).strip("-") == event[1:]), event[1:])
    forms = []
    for text in texts:
        form = next((w.lower() for w in WORD.findall(text) if w[0].islower() and len(w) > 3 and event_of(w) == event), None)
        if form and suffix_stem(form) not in {suffix_stem(f) for f in forms}:  # "expulsions" / "expulsion": one form
            forms.append(form)
    return "/".join(forms) or event


# a name of one or more capitalised words ("Kari Marie", "Sankt Olvin's"), as written
_NAME_RUN = re.compile(r"\b[A-Z][A-Za-z’'-]*(?: [A-Z][A-Za-z’'-]*)*")


def _main(events: frozenset[str]) -> str:
    """The event of a set to name: one the verb table knows ("resign", "takeover") before a word
    that only happens to be shared ("chief", "executive")."""
    return min(events, key=lambda e: (e not in KNOWN_EVENTS, e.startswith("^"), e))


def _ordinals_agree(oa: Order, ob: Order) -> bool:
    """Whether "P before Q" (oa) and "Q before P" (ob) contradict, given the events' ordinals:
    P before the i-th Q and P after the j-th Q cannot both hold when j >= i ("sirens before the
    first blast" / "only after the second explosion"), but can when j < i ("before the second
    blast" / "after the first"). An ordinal on one side only leaves it open: no finding."""
    i, j = oa.then_ordinal, ob.first_ordinal  # Q, as each tells it
    k, m = oa.first_ordinal, ob.then_ordinal  # P
    if (i or j) and not (i and j and j >= i):
        return False
    if (k or m) and not (k and m and m <= k):
        return False
    return True


def _meet(x: frozenset[str], y: frozenset[str]) -> frozenset[str]:
    """The events two sides share: a word of one class, or a name written alike but for a
    garbled letter or two ("Nordstjerne" / "Nordesterne")."""
    out = set(x & y)
    for a in x - y:
        if a.startswith("^") and len(a) > 5:
            if any(b.startswith("^") and b[1] == a[1] and len(b) > 5 and edit_distance(a, b) <= len(a) // 5 for b in y):
                out.add(a)
    return frozenset(out)


def _acts(events: frozenset[str]) -> frozenset[str]:
    return frozenset(e for e in events if not e.startswith("^"))


def _reversed(oa: Order, ob: Order) -> bool:
    """Whether two orders tell the same two events the other way round. Each event must be
    shown the same in both: by an act word at least once; by names alone only where each sentence
    writes one of its events with no act of its own ("the Kari Marie was boarded first and the
    Nordstjerne an hour later"), since a place or a company named on both sides of two different
    orders ("shares in Norvane fell after the fire in Eskerby") shows no event."""
    one, other = _meet(oa.first, ob.then), _meet(oa.then, ob.first)
    if not (one and other):
        return False
    if not (_acts(one) and _acts(other)) and _names_alike(oa, ob):
        return False  # a name on the same side in both tells one participant's place, agreed
    if _acts(one) or _acts(other):
        return True
    return all(not _acts(o.first) or not _acts(o.then) for o in (oa, ob))


def _forms(events: frozenset[str], stretch: str) -> list[str]:
    """The act words of a side as the stretch writes them ("interrupt" -> "interrupted")."""
    acts = _acts(events)
    return list(dict.fromkeys(w.lower() for w in WORD.findall(stretch) if w[0].islower() and event_of(w) in acts))


def _half_reversed(oa: Order, ob: Order, text_a: str, text_b: str) -> tuple[str, str] | None:
    """The same two events reversed, one told alike by an act and what it was done to ("drilled the
    vault door" / "drilling through the vault door"), the other in other words of one meaning ("shut
    off power" / "disconnected the electric supply"): the pair of words that shows the second one.
    Shared nouns alone ("the carriages left the tracks" / "the carriages jumped the tracks") or a
    single shared word ("commission") show no event well enough to look further."""
    if not (oa.then and ob.then) or _names_alike(oa, ob):
        return None
    stretches = (text_a[oa.start : oa.end], text_b[ob.start : ob.end])
    alike, other = (oa.first, ob.then), (oa.then, ob.first)
    if _meet(*other):
        alike, other = other, alike
    met = _acts(_meet(*alike))
    if len(met) < 2 or _meet(*other) or not any(map(verb_form, _forms(met, stretches[0]) + _forms(met, stretches[1]))):
        return None
    return near_in_meaning(_forms(other[0], stretches[0]), _forms(other[1], stretches[1]))


def _names_alike(oa: Order, ob: Order) -> bool:
    """Whether the two orders name someone on the same side ("flooring Rahman before the referee
    stopped it" / "after flooring Rahman, Klitschko wrapped it up")."""
    return any(e.startswith("^") for e in _meet(oa.first, ob.first) | _meet(oa.then, ob.then))


def _comparable(oa: Order, ob: Order) -> bool:
    """"When X, Y" tells no strict order: it stands only against "by the time X, Y had already"."""
    return all(o.connective not in ("when", "as") or p.connective == "by the time" for o, p in ((oa, ob), (ob, oa)))


def _say(order: Order) -> str:
    return f"{'/'.join(sorted(order.first))} before {'/'.join(sorted(order.then))}"


def _first_against(single: Order, order: Order) -> bool:
    """"the locomotive left the rails first" against "the carriages jumped the track first and the
    locomotive followed": what the one says came first, the other puts only after something else."""
    return (
        single.connective == "first" and not single.then and order.connective == "first … then"
        and bool(single.first & order.then)
    )


def _said_of_one_event(oa: Order, ob: Order) -> bool:
    """Whether both connectives are said of one act, on opposite sides ("an hour after X
    announced" / "before it was announced")."""
    return bool((oa.first & ob.then | oa.then & ob.first) & oa.reference & ob.reference)


# "an evaluation will be made after the results are published": what is to come
_PLAN = re.compile(r"\b(?:will|shall|is to|are to|is due to|are due to)\b", re.IGNORECASE)


def _planned(order: Order, text: str) -> bool:
    """Whether an order tells a plan, not what happened: a future word within the stretch it is
    read from. A plan shares only the act it waits for with a told order, so it stands against
    none on that act alone."""
    return bool(_PLAN.search(text, order.start, order.end))


def claim_orders(claims: Sequence[Claim]) -> list[tuple[Claim, list[Order]]]:
    """The claims that tell an order of events, each with its orders: read once per story, for
    :func:`order_conflicts` and :func:`order_sides`."""
    out = []
    for previous, c in zip([None, *claims], claims):
        found = order_relations(c.text)
        if not found and _told_before(previous, c):
            found = follow_ups(c.text, previous.text, previous.start - c.start)  # type: ignore[union-attr]
        if found:
            out.append((c, found))
    return out


def _told_before(previous: Claim | None, claim: Claim) -> bool:
    """Whether ``previous`` is the sentence right before ``claim`` in its article, a full one (a
    headline ends with no stop) that tells what happened, not what someone said (no quotation)."""
    return (
        previous is not None and previous.article == claim.article and 0 <= claim.start - previous.end <= 3
        and previous.text.rstrip().endswith((".", "!", "?")) and not previous.quotes
    )


def order_conflicts(
    related: Sequence[tuple[Claim, list[Order]]], similarity: object, threshold: float, index: dict[str, int],
) -> Iterable[Disagreement]:
    """``related``: :func:`claim_orders` of the story's claims. An order its own sentence is read to
    contradict, or one the other article tells too, is no outlet's side: an article set beside its
    own copy has no order conflict."""
    told: dict[str, list[Order]] = {}
    for c, found in related:
        told.setdefault(c.article, []).extend(found)
    for x, (a, ra) in enumerate(related):
        for b, rb in related[x + 1 :]:
            if a.article == b.article:
                continue
            # The two sentences must at least be about the same thing.
            if similarity[index[a.id], index[b.id]] < 0.5 * threshold:  # type: ignore[index]
                continue
            # the same two events reversed; or one event both connectives are said of, with the
            # other sentence's main event on the other side of it ("an hour after X announced" /
            # "before it was announced")
            pairs = [
                (oa, ob) for oa in ra for ob in rb
                if _opposed(oa, ob, a.text, b.text) and not (
                    _contradicts_itself(oa, a, ra) or _contradicts_itself(ob, b, rb) or _tells(told[a.article], ob) or _tells(told[b.article], oa)
                )
            ]
            for oa, ob in pairs[:1]:  # one finding per pair of sentences
                one, other = _meet(oa.first, ob.then), _meet(oa.then, ob.first)
                named = dict.fromkeys(_written(_main(side), a.text, b.text) for side in (one, other) if side)
                if not (one and other) and (near := _half_reversed(oa, ob, a.text, b.text)):
                    named["/".join(near)] = None  # the event told in other words, by its nearest pair
                what = f"the order of events ({', '.join(named)})"
                yield Disagreement(
                    "order", what,
                    # the value is the connective as written; the offsets span the clauses it orders
                    Side(claim=a, value=oa.word, normalized=_say(oa), start=a.start + oa.start, end=a.start + oa.end),
                    Side(claim=b, value=ob.word, normalized=_say(ob), start=b.start + ob.start, end=b.start + ob.end),
                )


def _opposed(oa: Order, ob: Order, text_a: str, text_b: str) -> bool:
    """Whether ``oa`` (told in ``text_a``) and ``ob`` (in ``text_b``) cannot both hold."""
    return _comparable(oa, ob) and (
        (_reversed(oa, ob) and _ordinals_agree(oa, ob))
        or (_said_of_one_event(oa, ob) and not (_planned(oa, text_a) or _planned(ob, text_b)))
        or _first_against(oa, ob) or _first_against(ob, oa) or (_ordinals_agree(oa, ob) and _half_reversed(oa, ob, text_a, text_b))
    )


def _contradicts_itself(order: Order, claim: Claim, orders: Sequence[Order]) -> bool:
    """Whether another order its own sentence tells is opposed to ``order`` ("equalised before
    half-time and scored again after the break"): the reading, not the outlet, is at odds."""
    return any(o is not order and _opposed(order, o, claim.text, claim.text) for o in orders)


def _tells(orders: Sequence[Order], order: Order) -> bool:
    """Whether an article's ``orders`` hold ``order`` itself, the same events on each side: an
    article that tells both orders of a finding takes no side of it."""
    return any(o.first == order.first and o.then == order.then for o in orders)


def order_sides(
    disagreements: Sequence[Disagreement], related: Sequence[tuple[Claim, list[Order]]], similarity: object, threshold: float,
    index: dict[str, int],
) -> tuple[list[Agreeing], list[Disagreement]]:
    """A third article joins the side of an order finding whose order it tells: what it puts first
    shares an event with that side's first, what it puts after with that side's after, and it does
    not also agree with the other side ("When the coast guard boat came near, the people moved to
    one side" with "As it came alongside, people moved to one side and the boat capsized").

    Returns the joining sides and the disagreements, each label widened by the words a joining
    side writes its event in (:func:`_widened`)."""
    orders = {c.id: found for c, found in related}
    out: list[Agreeing] = []
    labelled: list[Disagreement] = []
    for d in disagreements:
        if d.kind != "order":
            labelled.append(d)
            continue
        told = [next((o for o in orders.get(s.claim.id, ()) if s.claim.start + o.start == s.start), None) for s in (d.a, d.b)]
        if None in told:
            continue
        taken = {d.a.claim.article, d.b.claim.article}
        for c, found in related:
            if c.article in taken:
                continue
            for side, mine, theirs in ((d.a, told[0], told[1]), (d.b, told[1], told[0])):
                if similarity[index[c.id], index[side.claim.id]] < 0.5 * threshold:  # type: ignore[index]
                    continue
                oc = next((
                    o for o in found
                    if _meet(o.first, mine.first) and _meet(o.then, mine.then) and not (_meet(o.first, theirs.first) or _meet(o.then, theirs.then))
                ), None)
                if oc:
                    out.append(Agreeing(side, Side(claim=c, value=oc.word, normalized=_say(oc), start=c.start + oc.start, end=c.start + oc.end)))
                    taken.add(c.article)
                    d = _widened(d, mine, oc, c.text[oc.start : oc.end])
                    break
        labelled.append(d)
    return out, labelled


_LABEL = re.compile(r"\(([^()]*)\)$")


def _widened(d: Disagreement, mine: Order, joined: Order, stretch: str) -> Disagreement:
    """The finding's label with the word a joining side tells its named event in, when it writes
    none of the label's words ("reached" / "found cracked after transport to the summit": "reached/
    transport"): the label then speaks for every side the conflict carries."""
    label = _LABEL.search(d.what)
    if not label:
        return d
    named = label.group(1).split(", ")
    written = {w.lower() for w in WORD.findall(stretch)}
    if any(w in written for part in named for w in part.lower().split("/")):
        return d
    # the joining order's side that holds the named events, less the events it shares with the side it joins
    ours = mine.first if any(event_of(w) in mine.first for part in named for w in part.split("/")) else mine.then
    theirs = joined.first if ours is mine.first else joined.then
    own = _acts(theirs - ours)
    forms = _forms(frozenset({_main(own)}), stretch) if own else []
    if not forms:
        return d
    named[0] = f"{named[0]}/{forms[0]}"
    return replace(d, what=d.what[: label.start()] + f"({', '.join(named)})")
