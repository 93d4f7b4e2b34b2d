"""How much framing word choice compared across outlets could still find, and how precisely.

    python scripts/wording_stages.py --set stories-dev --set stories-fresh [--list] [--candidates]

1. Missed gold framing cues, each in the first class that holds it:

   naming        a gold naming cue (how an entity is named: the naming steps' concern)
   not paired    its sentence is in no agreement of the report: no other outlet's sentence to compare
   shared words  every content word of the cue is written by a paired passage (or, in some form,
                 elsewhere in the story): no word of the outlet's own
   no slot       a word of the cue is the outlet's own, but no token alignment with a paired passage
                 gives it a counterpart
   unrelated     the slot holds a word of another meaning (static-vector cosine below
                 ``wording.MIN_KINSHIP`` and no OEWN relation): the alignment slipped
   counterpart   a paired passage writes a word of kindred meaning in its slot ("careered" /
                 "derailed"): word choice in an aligned pair

2. ``--candidates``: every word of a paired sentence that no other outlet writes, that no reported
   loaded, naming or scare-quote cue covers, aligned with each paired passage by a global
   alignment of the two sentences' tokens scored by static-vector cosine (``align``); where its
   counterpart is another content word, the row counts, with whether it lies on a gold framing
   cue. The table gives the share on gold by the counterpart's kinship and the story model's
   probability, and by the difference between the two words (VADER |valence| higher, wordfreq
   rarer, model probability higher): what a rule over the counterpart could reach.

3. ``--why``: every missed gold cue (naming included) by whether its sentence is paired, whether a
   word of the cue is the outlet's own (no paired passage writes it), whether a paired passage writes
   a differing word in its slot (``counterpart_word``, else ``slot``; kindred as in section 1 or
   not), and for the cue's own word that went furthest through ``wording.word_choice_hits`` the gate that stopped it (``why_not``), or "reported" where word choice
   took the word and the cue was lost after (another cue over it, or a span the scorer does not match).
   With ``--list`` each such miss is printed with its word, counterpart, probability and gate.

The report is the one ``compare`` writes (static embedder); the pairing is the framing stage's
(``pair_sentences``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality import stories_of  # noqa: E402

from rashomon.comparison.framing import resources  # noqa: E402
from rashomon.comparison.framing.hits import _sentence_at  # noqa: E402
from rashomon.comparison.framing.lexicon import load_lexicon  # noqa: E402
from rashomon.comparison.framing.hits import speakers_account  # noqa: E402
from rashomon.comparison.framing.loaded import _governed, candidate_tokens, restored, word_scores  # noqa: E402
from rashomon.comparison.framing.loaded_words import thing_named, translators_word, unknown_word  # noqa: E402
from rashomon.comparison.framing import wording  # noqa: E402
from rashomon.text.verbs import saying_lemma  # noqa: E402
from rashomon.comparison.framing.loaded_words import form_written_elsewhere, vocabulary, word_features, word_model, word_probability
from rashomon.comparison.framing.quotes import _quote_spans  # noqa: E402
from rashomon.comparison.framing.wording import (  # noqa: E402
    _STOP, MIN_KINSHIP, MIN_STEM, _is_content, _tokens, choice_probability, counterpart_word, pair_sentences, slot,
)
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.rules import Located  # noqa: E402
from rashomon.evaluation.scores import evaluate, match_articles  # noqa: E402
from rashomon.settings import Settings  # noqa: E402
from rashomon.text import thesaurus  # noqa: E402
from rashomon.text.stems import inflection_stem  # noqa: E402

CLASSES = ("naming", "not paired", "shared words", "no slot", "unrelated", "counterpart")
COVERING = ("loaded", "naming", "scare_quote")
GAP = -0.2  # the alignment's score for a token left unpaired


def classify(gold_cue, located: Located, pairs, vocab) -> tuple[str, str]:
    """The class of one missed gold cue (module docstring) and what was found for it."""
    if gold_cue.kind == "naming":
        return "naming", ""
    article = located.article(gold_cue.article)
    spans = located.spans(gold_cue.article, gold_cue.text)
    if article is None or not spans:
        return "not paired", "(not located)"
    start, end = spans[0]
    sentence = next((s for s in article.sentences if s.start <= start < s.end), None)
    if sentence is None or sentence.id not in pairs:
        return "not paired", ""
    others = pairs[sentence.id]
    theirs_vocab = set().union(*(vocabulary(t) for _, t in others))
    elsewhere = set().union(*(v for k, v in vocab.items() if k != article.id))
    stems = {inflection_stem(w, MIN_STEM) for w in elsewhere}
    mine = _tokens(sentence.text)
    before = len(_tokens(article.text[sentence.start:start]))
    own = [(before + k, w) for k, w in enumerate(_tokens(article.text[start:end]))
           if w not in _STOP and w not in theirs_vocab and inflection_stem(w, MIN_STEM) not in stems]
    if not own:
        return "shared words", ""
    model = word_model()["story"]
    kindred, unrelated = [], []
    for at, word in own:
        for other_id, text in others:
            theirs = _tokens(text)
            one = counterpart_word(mine, at, theirs) if at < len(mine) else None
            found = slot(mine, at, theirs) if at < len(mine) else None
            counterpart = one or (found[2] if found else None)
            if counterpart:
                p = word_probability(word_features(word, elsewhere), model)
                line = f"'{word}' ({p:.2f}) / {other_id}: '{counterpart}'"
                close = any(_kindred(word, w) for w in counterpart.split() if w not in _STOP)
                (kindred if close else unrelated).append(line)
                break
    if kindred:
        return "counterpart", "; ".join(kindred)
    if unrelated:
        return "unrelated", "; ".join(unrelated)
    return "no slot", ", ".join(w for _, w in own)


def _kindred(word: str, other: str) -> bool:
    return resources.word_cosine(word, other) >= MIN_KINSHIP or thesaurus.related(word, other)


def _similarity(a: str, b: str) -> float:
    if a == b or inflection_stem(a) == inflection_stem(b):
        return 1.0
    if _is_content(a) != _is_content(b):
        return -0.5
    if not _is_content(a):
        return -0.2
    cosine = resources.word_cosine(a, b)
    return cosine if cosine >= 0.2 else -0.3


def align(mine: Sequence[str], theirs: Sequence[str]) -> dict[int, int]:
    """A global alignment of two token lists (Needleman-Wunsch): index in ``mine`` -> index in ``theirs``."""
    n, m = len(mine), len(theirs)
    score = np.zeros((n + 1, m + 1))
    back = np.zeros((n + 1, m + 1), dtype=int)
    score[:, 0] = GAP * np.arange(n + 1)
    score[0, :] = GAP * np.arange(m + 1)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            options = (score[i - 1, j - 1] + _similarity(mine[i - 1], theirs[j - 1]), score[i - 1, j] + GAP, score[i, j - 1] + GAP)
            back[i, j] = int(np.argmax(options))
            score[i, j] = options[back[i, j]]
    pairs, i, j = {}, n, m
    while i > 0 and j > 0:
        if back[i, j] == 0:
            pairs[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif back[i, j] == 1:
            i -= 1
        else:
            j -= 1
    return pairs


def candidates(report, gold, located: Located, pairs, vocab) -> list[dict]:
    """Rows for ``--candidates`` (module docstring)."""
    names = {v: k for k, v in located.ids.items()}
    model, lexicon, rows = word_model()["story"], load_lexicon(), []
    for article in report.articles:
        name = names.get(article.id)
        gold_spans = [s for g in gold.framing if g.article == name for s in located.spans(name, g.text)]
        covered = [(c.start, c.end) for c in report.framing if c.article == article.id and c.kind in COVERING]
        elsewhere = set().union(*(v for k, v in vocab.items() if k != article.id))
        stems = {inflection_stem(x, MIN_STEM) for x in elsewhere}
        scores = word_scores(article, _quote_spans(article.text), elsewhere, lexicon)
        alignments: dict[tuple[str, str], dict[int, int]] = {}
        for i, m in enumerate(scores.tokens):
            sentence = _sentence_at(article, m.start())
            word = m.group().lower()
            if sentence is None or sentence.id not in pairs or not m.group().islower():
                continue
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            others = pairs[sentence.id]
            if word in set().union(*(vocabulary(t) for _, t in others)) or inflection_stem(word, MIN_STEM) in stems or form_written_elsewhere(word, elsewhere):
                continue
            mine = _tokens(sentence.text)
            at = len(_tokens(article.text[sentence.start : m.start()]))
            if at >= len(mine) or mine[at] != word:
                continue
            best: tuple[float, str] | None = None
            for _, text in others:
                theirs = _tokens(text)
                key = (sentence.id, text)
                if key not in alignments:
                    alignments[key] = align(mine, theirs)
                j = alignments[key].get(at)
                if j is not None and theirs[j] != word and _is_content(theirs[j]):
                    cosine = resources.word_cosine(word, theirs[j])
                    best = max(best or (cosine, theirs[j]), (cosine, theirs[j]))
            if best is None:
                continue

            def plain(w: str) -> float:  # the first stage as though another outlet wrote it too
                return word_probability(word_features(w, elsewhere | {w}), model)

            cosine, other = best
            rows.append({
                "on": any(s < m.end() and m.start() < e for s, e in gold_spans), "cosine": cosine,
                "p": choice_probability(scores, i, model), "dp": plain(word) - plain(other),
                "dv": abs(resources.valence(word) or 0) - abs(resources.valence(other) or 0),
                "dz": resources.zipf(other) - resources.zipf(word), "plain_other": resources.zipf(other) >= 4.0,
            })
    return rows


def print_candidates(rows: list[dict]) -> None:
    def line(name: str, keep: Callable[[dict], bool]) -> None:
        kept = [r for r in rows if keep(r)]
        on = sum(r["on"] for r in kept)
        print(f"  {name:52} {len(kept):5} candidates, {on:4} on gold ({on / max(1, len(kept)):.2f})")

    print(f"candidates: {len(rows)}, on gold {sum(r['on'] for r in rows)}")
    for kin in (0.2, 0.3, 0.4):
        for cut in (0.15, 0.2, 0.3):
            line(f"cosine >= {kin}, p >= {cut}", lambda r: r["cosine"] >= kin and r["p"] >= cut)
            line(f"cosine >= {kin}, p >= {cut}, marked (valence/rarer/model)",
                 lambda r: r["cosine"] >= kin and r["p"] >= cut and r["plain_other"] and (r["dv"] >= 1 or r["dz"] >= 0.6 or r["dp"] >= 0.1))


# word_choice_hits' gates in its order; a later gate is a word that went further
GATES = ("case-restored", "measure or thing named", "lexicon governs", "verb of saying",
         "written by a paired passage", "a form written elsewhere", "derived from a paired word",
         "speaker's account", "under the bar", "synonym in the slot", "unknown word", "translator's word", "reported")


def why_not(article, m, at_index, sentence, others, elsewhere, lexicon, scores, model) -> tuple[str, float]:
    """The first gate of ``wording.word_choice_hits`` that stops candidate token ``m`` of a paired
    sentence (its own code read in order), with the story model's probability (``choice_probability``)."""
    lower = m.group().lower()
    if restored(article, m):
        return "case-restored", 0.0
    if wording._MEASURE.search(lower) or thing_named(lower):
        return "measure or thing named", 0.0
    if lexicon is not None and _governed(lexicon, lower):
        return "lexicon governs", 0.0
    if saying_lemma(lower):
        return "verb of saying", 0.0
    shared = set().union(*(vocabulary(t) for _, t in others))
    stems = {inflection_stem(w, MIN_STEM) for w in elsewhere}
    if lower in shared or inflection_stem(lower, MIN_STEM) in stems or wording._adverb_pair(lower) & elsewhere:
        return "written by a paired passage", 0.0
    if form_written_elsewhere(lower, elsewhere):
        return "a form written elsewhere", 0.0
    if wording.derived_in(lower, shared):
        return "derived from a paired word", 0.0
    if speakers_account(article, m.start()):
        return "speaker's account", 0.0
    p = choice_probability(scores, at_index, model) if at_index is not None else word_probability(word_features(lower, elsewhere), model)
    cut = float(word_model().get("word_choice_threshold", model["threshold"]))
    referent = wording.in_noun_phrase(article.text, m.start(), m.end(), sentence.start)
    at = len(_tokens(article.text[sentence.start : m.start()]))
    mine = _tokens(sentence.text)
    phrase = False
    if p < (min(cut, wording.REFERENT_CUT) if referent else cut):
        phrase = p >= wording.PHRASE_CUT and m.group().islower() and wording._phrase_for_word(mine, at, others, wording.clause_breaks(sentence.text))
        if not phrase:
            contrast = None if p < wording.CONTRAST_CUT or not m.group().islower() else wording.marked_against(lower, mine, at, others)
            return ("reported" if contrast is not None and not translators_word(article, m) else "under the bar"), p
    if not phrase and wording._synonym_in_slot(lower, mine, at, others):
        return "synonym in the slot", p
    if not phrase and unknown_word(lower):
        return "unknown word", p
    if p < cut and translators_word(article, m):
        return "translator's word", p
    return "reported", p


def why_census(report, gold, missed, located: Located, pairs, lexicon, counts: Counter, listing: list[str]) -> None:
    """Section 3 of the module docstring, for one story."""
    model = word_model()["story"]
    vocab = {a.id: vocabulary(a.text) for a in report.articles}
    for g in gold.framing:
        if f"{g.kind or 'cue'}: {g.article}: {g.text}" not in missed:
            continue
        article = located.article(g.article)
        spans = located.spans(g.article, g.text) if article is not None else []
        if not spans:
            counts[("not located", "", "")] += 1
            continue
        start, end = spans[0]
        sentence = next((s for s in article.sentences if s.start <= start < s.end), None)
        if sentence is None or sentence.id not in pairs:
            counts[("not paired", "", "")] += 1
            continue
        others = pairs[sentence.id]
        quotes = _quote_spans(article.text)
        elsewhere = set().union(*(v for k, v in vocab.items() if k != article.id))
        scores = word_scores(article, quotes, elsewhere, lexicon)
        index = {m.start(): i for i, m in enumerate(scores.tokens)}
        shared = set().union(*(vocabulary(t) for _, t in others))
        stems = {inflection_stem(w, MIN_STEM) for w in elsewhere}
        mine = _tokens(sentence.text)
        best: tuple[int, str, str, float, str] | None = None  # gate rank, gate, word, p, counterpart
        own_any = False
        tokens = [m for m in candidate_tokens(article, quotes) if start <= m.start() < end]
        for m in tokens:
            lower = m.group().lower()
            if lower in _STOP or lower in shared or inflection_stem(lower, MIN_STEM) in stems:
                continue
            own_any = True
            at = len(_tokens(article.text[sentence.start : m.start()]))
            counterpart = ""
            for _, text in others:
                theirs = _tokens(text)
                found = (counterpart_word(mine, at, theirs) or (slot(mine, at, theirs) or (0, 0, None))[2]) if at < len(mine) else None
                if found:
                    counterpart = found
                    break
            gate, p = why_not(article, m, index.get(m.start()), sentence, others, elsewhere, lexicon, scores, model)
            rank = (GATES.index(gate), bool(counterpart))
            if best is None or rank > (best[0], bool(best[4])):
                best = (GATES.index(gate), gate, lower, p, counterpart)
        if not own_any:
            own = [w for w in _tokens(article.text[start:end]) if w not in _STOP and w not in shared]
            counts[("paired", "no own word", "uncandidate own word" if own else "")] += 1
            continue
        _, gate, word, p, counterpart = best
        close = counterpart and any(_kindred(word, w) for w in counterpart.split() if w not in _STOP)
        differs = ("differing kindred word in the slot" if close else "differing word in the slot, unrelated") if counterpart else "no word in the slot"
        counts[("paired", differs, gate)] += 1
        listing.append(f"{g.kind} {g.article} {g.text!r}: '{word}' / '{counterpart}' p={p:.2f} [{gate}]")


def print_why(counts: Counter) -> None:
    total = sum(n for key, n in counts.items() if key[0] != "set")
    print(f"missed gold cues: {total}")
    for key, n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1], -kv[1])):
        print(f"  {' / '.join(k for k in key if k):80} {n:5}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--list", action="store_true", help="list the missed cues with a counterpart or an own word")
    parser.add_argument("--candidates", action="store_true", help="the precision a rule over aligned counterparts could reach")
    parser.add_argument("--why", action="store_true", help="section 3: every miss by pairing, own word, slot and gate")
    args = parser.parse_args()
    rows: list[dict] = []
    why: Counter = Counter()
    lexicon = load_lexicon()
    for set_name in args.set:
        counts: Counter[str] = Counter()
        for slug, gold_path, sources in stories_of(set_name):
            report = compare(sources, settings=Settings(embedder="static"))
            gold = load_gold(gold_path)
            missed = set(evaluate(gold, report).framing.missed)
            located = Located(report, match_articles(gold.articles, report))
            pairs = pair_sentences(report.articles, report.agreements)
            vocab = {a.id: vocabulary(a.text) for a in report.articles}
            if args.why:
                set_counts: Counter = Counter()
                listing: list[str] = []
                why_census(report, gold, missed, located, pairs, lexicon, set_counts, listing)
                why.update(set_counts)
                for k, n in set_counts.items():  # per set: the class, a kindred word with its gate
                    why[("set", set_name, (k[1] + " / " + k[2]) if k[1].startswith("differing kindred") else (k[1] or k[0]))] += n
                if args.list:
                    print("\n".join(f"{set_name} {slug} {line}" for line in listing))
                continue
            for g in gold.framing:
                if f"{g.kind or 'cue'}: {g.article}: {g.text}" not in missed:
                    continue
                name, detail = classify(g, located, pairs, vocab)
                counts[name] += 1
                if args.list and name in ("counterpart", "unrelated", "no slot"):
                    print(f"{set_name} {slug} {g.article} [{name}] {g.text!r}: {detail}")
            if args.candidates:
                rows += candidates(report, gold, located, pairs, vocab)
        if not args.why:
            print(f"{set_name}: " + "  ".join(f"{c}={counts[c]}" for c in CLASSES), flush=True)
    if args.candidates:
        print_candidates(rows)
    if args.why:
        print_why(why)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
