"""Where the missed framing cues of the READ sets stand against the evidence the framing step has
(framing18's study; no shipped code uses it).

    python scripts/framing_miss_evidence.py --set stories-dev [--set stories-fresh ...]

For every token the story word model scores (``loaded.word_scores``) and no reported cue covers, it
counts tokens inside a missed gold cue ("missed"), inside a found one ("found") and outside every
gold cue ("other"), in five slices:

1. by the story model's probability, the sentence aligned with another outlet or not, and
   attributed (a quotation mark or a plain verb of saying in it) or the outlet's own;
2. a modifier one outlet inserts in a passage another tells word for word around it (a difflib
   "delete" of one or two tokens between matched tokens): adjectives and "-ly" adverbs;
3. a word with a counterpart in another outlet's aligned sentence (``counterparts.counterpart_word``),
   by vector cosine and how much rarer the outlet's word is (wordfreq Zipf gap);
4. idiom matches in the outlet's own voice by the idiom rule's probability;
5. the evaluative-modifier rule (``modifiers``) with its probability bar removed, by probability.

``--census`` (framing24) counts the missed gold cues themselves instead, by gold kind and by what the
framing step had for them (slice 0, the first of these that holds): the gold text not in the article;
a reported cue overlapping it but too long to find it (span mismatch); inside quotation marks; a
lexicon entry matching there that a filter left out; a candidate word the story model scores over its
bar (then filtered), between 0.3 and the bar, or under 0.3; no candidate word at all (names, short or
quoted words). ``--list FILE`` writes each miss with its class.

Totals only; READ sets only (bench/README: READ/CHECK).
"""

from __future__ import annotations

import argparse
import collections
import difflib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from quality import stories_of  # noqa: E402

import rashomon.comparison.framing.modifiers as modifiers  # noqa: E402
from rashomon.comparison.framing import resources  # noqa: E402
from rashomon.comparison.framing.counterparts import _TOKENS, _is_content, _tokens, counterpart_word  # noqa: E402
from rashomon.comparison.framing.idioms import (  # noqa: E402
    OEWN, _title_case, article_loudness, echoed, idiom_features, idiom_model, idiom_probability, story_idioms, topicality, unshared,
)
from rashomon.comparison.framing.loaded import word_scores
from rashomon.comparison.framing.lexicon import load_lexicon  # noqa: E402
from rashomon.comparison.framing.loaded_words import vocabulary, word_model
from rashomon.comparison.framing.quotes import _overlaps, _quote_spans  # noqa: E402
from rashomon.comparison.framing.wording import pair_sentences  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.matching import match_articles  # noqa: E402
from rashomon.evaluation.rules import Located, _cue_finds, _cue_spans  # noqa: E402
from rashomon.settings import Settings  # noqa: E402
from rashomon.text.thesaurus import names_a_thing  # noqa: E402

ATTRIBUTED = re.compile(r'["“”]|\b(?:said|says|told|according|added|stated)\b')
TABLES: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)


def label(start: int, end: int, gold: list, cues: list) -> str | None:
    """None where a reported cue covers the span, else missed / found / other."""
    if any(cs < end and start < ce for spans in cues for cs, ce in spans):
        return None
    inside = [g for g in gold if any(gs < end and start < ge for gs, ge in g[1])]
    return "other" if not inside else ("found" if any(g[2] for g in inside) else "missed")


def count(table: str, key: tuple, what: str | None) -> None:
    if what is not None:
        TABLES[table][key + (what,)] += 1


MISSES: list[str] = []


def miss_class(article, spans: list, quotes: list, scores, cues_here: list, lexicon) -> str:
    """What the framing step had for a missed gold cue at ``spans`` (slice 0; the first that holds)."""
    if not spans:
        return "gold text not in the article"
    def over(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in spans)

    if any(over(cs, ce) for cs, ce in cues_here):
        return "a cue overlaps it, too long to find it"
    if all(any(qs <= s and e <= qe + 1 for qs, qe in quotes) for s, e in spans):
        return "inside quotation marks"
    if any(over(m.start(), m.end()) for entry in lexicon.entries for m in entry.regex.finditer(article.text)):
        return "a lexicon entry matches, left out"
    inside = [float(p) for m, p in zip(scores.tokens, scores.probabilities) if over(m.start(), m.end())]
    if not inside:
        return "no candidate word"
    best = max(inside)
    bar = word_model()["story"]["threshold"]
    return "a word over the bar, filtered" if best >= bar else ("a word at 0.3 - bar" if best >= 0.3 else "words under 0.3")


def census(slug: str, gold_path: Path, sources: list[Path]) -> None:
    report = compare(sources, settings=Settings(embedder="static"))
    gold = load_gold(gold_path)
    ids = match_articles(gold.articles, report)
    located = Located(report, ids)
    names = {v: k for k, v in ids.items()}
    reported = [(_cue_spans(c, located), c) for c in report.framing if c.kind != "voice"]
    lexicon = load_lexicon()
    for article in report.articles:
        quotes = _quote_spans(article.text)
        elsewhere = set().union(*(vocabulary(a.text) for a in report.articles if a.id != article.id)) if len(report.articles) > 1 else None
        scores = word_scores(article, quotes, elsewhere, None)
        cues_here = [span for s, c in reported if c.article == article.id for span in s]
        for g in gold.framing:
            if g.article != names.get(article.id):
                continue
            spans = located.spans(g.article, g.text)
            if any(_cue_finds(c, s, g, located) for s, c in reported):
                continue
            why = miss_class(article, spans, quotes, scores, cues_here, lexicon)
            count("0 missed gold cues by kind and what the step had", (g.kind or "cue", why), "missed")
            MISSES.append(f"{slug}\t{g.kind}\t{why}\t{g.article}\t{g.text}")
    print(slug, file=sys.stderr, flush=True)


def story(slug: str, gold_path: Path, sources: list[Path]) -> None:
    report = compare(sources, settings=Settings(embedder="static"))
    gold = load_gold(gold_path)
    ids = match_articles(gold.articles, report)
    located = Located(report, ids)
    names = {v: k for k, v in ids.items()}
    articles = list(report.articles)
    pairs = pair_sentences(articles, report.agreements) if len(articles) > 1 else {}
    reported = [(_cue_spans(c, located), c) for c in report.framing if c.kind != "voice"]
    vocab = {a.id: vocabulary(a.text) for a in articles}
    idioms = story_idioms(articles)
    adjectives = resources.attributive().adjectives
    for article in articles:
        golds = [(g, located.spans(g.article, g.text)) for g in gold.framing if g.article == names.get(article.id)]
        gold_rows = [(g, spans, any(_cue_finds(c, s, g, located) for s, c in reported)) for g, spans in golds]
        cues = [s for s, c in reported if c.article == article.id]
        quotes = _quote_spans(article.text)
        elsewhere = set().union(*(v for k, v in vocab.items() if k != article.id)) if len(articles) > 1 else None
        scores = word_scores(article, quotes, elsewhere, None)
        probability = {m.start(): float(p) for m, p in zip(scores.tokens, scores.probabilities)}
        for m, p in zip(scores.tokens, scores.probabilities):
            if p < 0.2:
                continue
            sentence = next((s for s in article.sentences if s.start <= m.start() < s.end), None)
            if sentence is None:
                continue
            key = (f"p {int(p * 10) / 10:.1f}", "aligned" if sentence.id in pairs else "unaligned",
                   "attributed" if ATTRIBUTED.search(sentence.text) else "own voice")
            count("1 tokens by probability, alignment, voice", key, label(m.start(), m.end(), gold_rows, cues))
        for sentence in article.sentences:
            if sentence.id not in pairs:
                continue
            tokens = [(t.group(), t.start() + sentence.start, t.end() + sentence.start) for t in _TOKENS.finditer(sentence.text)]
            mine = [t[0].lower() for t in tokens]
            inserted: set[int] = set()
            counterparts: dict[int, tuple[float, float]] = {}
            for _, text in pairs[sentence.id]:
                theirs = _tokens(text)
                matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
                for op, i1, i2, j1, j2 in matcher.get_opcodes():
                    if (op == "delete" and i2 - i1 <= 2 and 0 < i1 and i2 < len(mine) and 0 < j1 < len(theirs)
                            and mine[i1 - 1] == theirs[j1 - 1] and mine[i2] == theirs[j1]):
                        inserted.update(range(i1, i2))
                for k, word in enumerate(mine):
                    if word in theirs or not _is_content(word) or tokens[k][0][0].isupper() or names_a_thing(word):
                        continue
                    other = counterpart_word(mine, k, theirs)
                    if other and other != word:
                        cosine = float(resources.word_vector(word) @ resources.word_vector(other))
                        gap = resources.zipf(other) - resources.zipf(word)
                        counterparts[k] = max(counterparts.get(k, (-1.0, 0.0)), (cosine, gap))
            for k in inserted:
                word, start, end = mine[k], tokens[k][1], tokens[k][2]
                if _is_content(word) and not tokens[k][0][0].isupper() and (word in adjectives or word.endswith("ly")):
                    count("2 inserted modifiers (adjective or -ly adverb)", ("inserted",), label(start, end, gold_rows, cues))
            for k, (cosine, gap) in counterparts.items():
                key = ("cosine >= 0.4" if cosine >= 0.4 else "cosine < 0.4", "rarer by >= 0.6" if gap >= 0.6 else "rarer by < 0.6",
                       "p >= 0.15" if probability.get(tokens[k][1], 0.0) >= 0.15 else "p < 0.15")
                count("3 words with a counterpart in an aligned sentence", key, label(tokens[k][1], tokens[k][2], gold_rows, cues))
        model = idiom_model()["story"]
        loudness = article_loudness(scores)
        for m in idioms.matches.get(article.id, ()):
            if _overlaps(quotes, m.start, m.end) or _title_case(article.text[m.start : m.end]):
                continue
            if m.idiom.source == OEWN and echoed(m, article.id, idioms):
                continue
            p = idiom_probability(idiom_features(m, scores, loudness, topicality(m, idioms), unshared(m, article.id, idioms)), model)
            count("4 idiom matches by the idiom rule's probability", (f"p {int(p * 10) / 10:.1f}",), label(m.start, m.end, gold_rows, cues))
        bar, modifiers.MIN_PROBABILITY = modifiers.MIN_PROBABILITY, 0.0
        try:
            for h in modifiers.evaluative_modifier_hits(article, scores, elsewhere):
                p = probability.get(h.start, 0.0)
                count("5 evaluative modifiers with no probability bar", (f"p {int(p * 20) / 20:.2f}",), label(h.start, h.end, gold_rows, cues))
        finally:
            modifiers.MIN_PROBABILITY = bar
    print(slug, file=sys.stderr, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--census", action="store_true", help="slice 0 only: the missed gold cues by kind and class")
    parser.add_argument("--list", type=Path, help="with --census: write each miss with its class here")
    args = parser.parse_args()
    for name in args.set:
        for slug, gold_path, sources in stories_of(name):
            (census if args.census else story)(f"{name}/{slug}" if args.census else slug, gold_path, sources)
    if args.list:
        args.list.write_text("\n".join(MISSES) + "\n", encoding="utf-8")
    for table, counts in sorted(TABLES.items()):
        print(f"\n{table}: missed / found / other")
        for key in sorted({k[:-1] for k in counts}):
            print("  " + ", ".join(key) + ":", " / ".join(str(counts[key + (w,)]) for w in ("missed", "found", "other")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
