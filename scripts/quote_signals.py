"""How well candidate signals of a misquote separate the gold quote conflicts the finder misses from
every other pair of quotations it compares.

    python scripts/quote_signals.py --set stories-dev --set stories-fresh [--list]

Every pair of quotations the quote finder compares (``quote_findings``, wrapped, not changed) is
labelled: *missed* when its two quotations lie in two sides of one gold quote conflict (a conflict
of kind "quote", or one whose sides all hold quotation marks) that no reported conflict matches,
*other* when they lie in no two sides of any gold quote conflict. Pairs the finder already reports
and pairs of a conflict it finds are left out. Each signal is read under four speaker filters:

- ``any``          every pair;
- ``no-two``       the claims name no two different speakers (``quote_fillers.no_two_speakers``);
- ``one``          the claims name one speaker (``quote_fillers.one_speaker``);
- ``no-two+topic`` no two speakers, and a word of content of one quotation alike one of the other;
- ``untranslated`` no two speakers, and neither article carries a machine-translation notice (the
                   ``translated`` set ``find_conflicts`` gives the quote finder).

For each signal and filter: the missed gold conflicts it would find (distinct conflicts; a
conflict counts once however many of its pairs fire) and the other pairs it fires on, per set.
``--list`` prints the pairs each signal fires on: for READ sets only (the quotations' texts).

Signals (each a reading of the two quotations alone):

- ``vader-opposed``  VADER's compound score of the two quotations of opposite sign, each at least 0.2
- ``vader-apart``    VADER's compound scores 0.5 or more apart
- ``negation``       a negation (or verb of denial) in one quotation only (``quotes._negations``)
- ``antonym``        a word of content of one an OEWN antonym of one of the other
- ``clause-valence`` two clauses, one of each, sharing a word of content (``quotes.alike``), whose
                     summed word valence (VADER's lexicon, base forms; flipped after a negation
                     within three words, "too" + a word read as negative) is of opposite sign
- ``low-cosine``     one quotation (3 stems shared in order) with exactly one passage whose words
                     of content on each side have no word alike anywhere in the other telling, and
                     the static table's cosine of those words below 0.1
- ``short-tails``    one opening told word for word, each telling going on with 1-2 words of
                     content of its own (``goes_on_differently`` with a shorter tail allowed)
- ``none-some``      "no", "nobody", "nothing", "none", "never" in one telling, "some", "certain",
                     "most", "many", "few", "several" in the other, with a word of content alike
- ``one-word``       one word of content changed inside a quotation otherwise told word for word
                     (``quote_verbatim.one_word_changed``)
- ``det-negation``   "no", "nothing", "never", "nobody" or "none" alone in a changed passage of one
                     telling, the other's passage (at most one word) holding no negation, the two
                     words before it and the two after told alike ("there is no immediate danger" /
                     "there is an immediate danger")
"""

from __future__ import annotations

import difflib
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import conflict_stages as stages  # noqa: E402
from quality import stories_of  # noqa: E402

import rashomon.comparison.conflicts as finder  # noqa: E402
from rashomon.comparison.conflicts import quotes as Q  # noqa: E402
from rashomon.comparison.conflicts.quote_fillers import no_two_speakers, one_speaker  # noqa: E402
from rashomon.comparison.conflicts.quote_verbatim import one_word_changed  # noqa: E402
from rashomon.comparison.framing.resources import valence, word_cosine  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.matching import locate  # noqa: E402
from rashomon.evaluation.rules import Located, conflict_matches  # noqa: E402
from rashomon.evaluation.scores import match_articles  # noqa: E402
from rashomon.settings import Settings  # noqa: E402
from rashomon.text.thesaurus import opposite  # noqa: E402

_QUOTE_MARK = re.compile(r"[“”\"‘’«»„]")
_CLAUSE = re.compile(r"(?<=[.!?;,])\s+|\s+but\s+")
_NONE = frozenset({"no", "nobody", "nothing", "none", "never"})
_SOME = frozenset({"some", "certain", "most", "many", "few", "several"})


def _content(q: str) -> list[str]:
    return Q._content_written(Q._written_words(q))


def _alike_any(x: list[str], y: list[str]) -> bool:
    return any(Q.alike(p, q) for p in x for q in y)


_VADER = None


def _compound(q: str) -> float:
    global _VADER
    if _VADER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        _VADER = SentimentIntensityAnalyzer()
    return _VADER.polarity_scores(q)["compound"]


def _valence_sum(words: tuple[str, ...]) -> float:
    total = 0.0
    for k, w in enumerate(words):
        v = valence(w)
        if k and words[k - 1] == "too":
            v = -abs(v) if v else -1.0
        if not v:
            continue
        total += -v if set(words[max(0, k - 3) : k]) & Q._NEGATIONS else v
    return total


def vader_opposed(qa: str, qb: str) -> bool:
    ca, cb = _compound(qa), _compound(qb)
    return ca * cb < 0 and min(abs(ca), abs(cb)) >= 0.2


def vader_apart(qa: str, qb: str) -> bool:
    return abs(_compound(qa) - _compound(qb)) >= 0.5


def negation(qa: str, qb: str) -> bool:
    return (Q._negations(Q.quote_words(qa)) > 0) != (Q._negations(Q.quote_words(qb)) > 0)


def antonym(qa: str, qb: str) -> bool:
    return any(opposite(p, q) for p in _content(qa) for q in _content(qb))


def clause_valence(qa: str, qb: str) -> bool:
    for x in filter(str.strip, _CLAUSE.split(qa)):
        for y in filter(str.strip, _CLAUSE.split(qb)):
            if _alike_any(_content(x), _content(y)):
                vx, vy = _valence_sum(Q._written_words(x)), _valence_sum(Q._written_words(y))
                if vx * vy < 0:
                    return True
    return False


def low_cosine(qa: str, qb: str) -> bool:
    sa, sb = Q.quote_words(qa), Q.quote_words(qb)
    wa, wb = Q._written_words(qa), Q._written_words(qb)
    if len(sa) != len(wa) or len(sb) != len(wb):
        return False
    ops = difflib.SequenceMatcher(a=sa, b=sb, autojunk=False).get_opcodes()
    if sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal") < 3:
        return False
    apart = []
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            continue
        ux = [w for w in Q._content_written(wa[i1:i2]) if not _alike_any([w], Q._content_written(wb))]
        uy = [w for w in Q._content_written(wb[j1:j2]) if not _alike_any([w], Q._content_written(wa))]
        if ux and uy:
            apart.append((ux, uy))
    return len(apart) == 1 and max(word_cosine(p, q) for p in apart[0][0] for q in apart[0][1]) < 0.1


def short_tails(qa: str, qb: str) -> bool:
    kept = Q._MIN_GOES_ON
    try:
        Q._MIN_GOES_ON = 1
        return Q.goes_on_differently(qa, qb)
    finally:
        Q._MIN_GOES_ON = kept


def none_some(qa: str, qb: str) -> bool:
    wa, wb = set(Q._written_words(qa)), set(Q._written_words(qb))
    for x, y, cx, cy in ((wa, wb, qa, qb), (wb, wa, qb, qa)):
        if x & _NONE and not x & _SOME and y & _SOME and not y & _NONE:
            return _alike_any(_content(cx), _content(cy))
    return False


def one_word(qa: str, qb: str) -> bool:
    return one_word_changed(qa, qb) is not None


def det_negation(qa: str, qb: str) -> bool:
    wa, wb = Q._written_words(qa), Q._written_words(qb)
    sa, sb = Q.quote_words(qa), Q.quote_words(qb)
    if len(sa) != len(wa) or len(sb) != len(wb):
        return False
    for x, y, sx, sy in ((wa, wb, sa, sb), (wb, wa, sb, sa)):
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=sx, b=sy, autojunk=False).get_opcodes():
            if op == "equal" or i2 - i1 != 1 or j2 - j1 > 1 or x[i1] not in _NONE:
                continue
            if any(w in Q._NEGATIONS for w in y[j1:j2]):
                continue
            if i1 >= 2 and j1 >= 2 and sx[i1 - 2 : i1] == sy[j1 - 2 : j1] and len(sx[i2 : i2 + 2]) == 2 \
                    and sx[i2 : i2 + 2] == sy[j2 : j2 + 2]:
                return True
    return False


SIGNALS: dict[str, Callable[[str, str], bool]] = {
    "vader-opposed": vader_opposed, "vader-apart": vader_apart, "negation": negation, "antonym": antonym,
    "clause-valence": clause_valence, "low-cosine": low_cosine, "short-tails": short_tails, "none-some": none_some,
    "one-word": one_word, "det-negation": det_negation,
}
FILTERS = ("any", "no-two", "one", "no-two+topic", "untranslated")


def _passes(name: str, a, b, qa: str, qb: str, untranslated: bool) -> bool:
    if name == "any":
        return True
    if name == "one":
        return one_speaker(a, b)
    if not no_two_speakers(a, b):
        return False
    if name == "untranslated":
        return untranslated
    return name == "no-two" or _alike_any(_content(qa), _content(qb))


def _pairs(set_name: str):
    """(slug, claim a, claim b, qa, qb, reported, label, untranslated) for every pair of quotations
    compared; the label is the gold conflict's index with whether the finder found it, or None;
    untranslated: neither claim's article is in the finder's ``translated`` set."""
    seen: dict[tuple, tuple] = {}
    original = finder.quote_findings

    def wrapped(a, b, texts=None, translated=None):
        out = list(original(a, b, texts, translated))
        untranslated = translated is not None and not {a.article, b.article} & set(translated)
        for qa in a.quotes[: Q.MAX_QUOTES_COMPARED]:
            for qb in b.quotes[: Q.MAX_QUOTES_COMPARED]:
                seen[(a.id, b.id, qa, qb)] = (a, b, any(d.a.value == qa and d.b.value == qb for d in out), untranslated)
        yield from out

    finder.quote_findings = wrapped
    try:
        for slug, gold_path, sources in stories_of(set_name):
            gold = load_gold(gold_path)
            seen.clear()
            report = compare(sources, settings=Settings(embedder="static"))
            located = Located(report, match_articles(gold.articles, report))
            golds = []
            for k, g in enumerate(gold.conflicts):
                if g.kind != "quote" and not all(_QUOTE_MARK.search(t) for t in g.sides.values()):
                    continue
                sides = {}
                for name, text in g.sides.items():
                    article = located.article(name)
                    if article is not None:
                        sides[name] = (article.id, article.text, locate(article.text, text))
                golds.append((k, any(conflict_matches(c, g, located) for c in report.conflicts), sides))
            for (_, _, qa, qb), (a, b, reported, untranslated) in seen.items():
                label = next(((k, found) for k, found, sides in golds
                              if (sa := _side(a, qa, sides)) and (sb := _side(b, qb, sides)) and sa != sb), None)
                yield slug, a, b, qa, qb, reported, label, untranslated
    finally:
        finder.quote_findings = original


def _side(claim, quote: str, sides: dict) -> str | None:
    for name, (article, text, spans) in sides.items():
        at = text.find(quote, claim.start) if article == claim.article else -1
        if at >= 0 and any(at < e and s < at + len(quote) for s, e in spans):
            return name
    return None


def main() -> int:
    args = stages.stage_arguments(__doc__.splitlines()[0])
    found: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: defaultdict(set))
    false: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    missed: dict[str, set] = defaultdict(set)
    for set_name in args.set:
        for slug, a, b, qa, qb, reported, label, untranslated in _pairs(set_name):
            if reported or (label and label[1]):
                continue
            if label:
                missed[set_name].add((slug, label[0]))
            for signal, fires in SIGNALS.items():
                if not fires(qa, qb):
                    continue
                for f in FILTERS:
                    if not _passes(f, a, b, qa, qb, untranslated):
                        continue
                    if label:
                        found[(signal, f)][set_name].add((slug, label[0]))
                    else:
                        false[(signal, f)][set_name] += 1
                    if args.list and f == "no-two":
                        print(f"[{signal}] {'MISSED' if label else 'other'} {set_name}/{slug}: “{qa}” / “{qb}”")
        print(f"{set_name}: {len(missed[set_name])} gold quote conflicts missed", flush=True)
    total = sum(len(v) for v in missed.values())
    print(f"\nper signal and speaker filter: missed gold conflicts it finds / other pairs it fires on ({total} missed)")
    print(f"{'signal':15s} {'filter':13s} {'found':>6s} {'sets':>5s} {'false':>6s}  " + " ".join(s.replace("stories-", "") for s in args.set))
    for signal in SIGNALS:
        for f in FILTERS:
            per_found, per_false = found[(signal, f)], false[(signal, f)]
            n_found = sum(len(v) for v in per_found.values())
            print(f"{signal:15s} {f:13s} {n_found:6d} {sum(1 for v in per_found.values() if v):5d} "
                  f"{sum(per_false.values()):6d}  " + " ".join(f"{len(per_found.get(s, ()))}/{per_false.get(s, 0)}" for s in args.set))
    return 0


if __name__ == "__main__":
    sys.exit(main())
