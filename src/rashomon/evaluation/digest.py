"""Whether each digest sentence is cited, stated by what it cites, and free of outlets' framing.

*Cited*: the sentence has at least one citation and every citation is a sentence id of the report.

*Supported* (mechanical, no model): the digest sentence's **numbers** and **content words** are
looked up in the text of the sentences it cites.

- Numbers are digit runs with their separators removed ("6,200" = "6200" = "6.200"); a single
  number word counts as its value on both sides ("seven" = "7", "dozen" = "12").
- Content words are the casefolded, accent-folded word tokens that are not stop words, reduced by
  the text layer's inflection stem (``text.stems.inflection_stem``: -s, -ing, -ed, a final -e,
  irregular forms by table) so "forced" meets "forcing"; "%" and "per cent" read as "percent".
- The digest's neutral rewording is allowed: a word is also found when it belongs to the
  ``neutral`` wording of a framing cue in a cited sentence, to the name or a variant of a report
  entity mentioned in a cited article (pronouns resolved, garbled names repaired), or to the
  title of a cited article, to the explanation of a report conflict whose sides are all
  cited, or to the few words a digest uses to present a disagreement (:data:`DIGEST_WORDS`:
  "sources differ: a says X; b says Y").
- The names of the cited outlets (article source and id) are taken out of the digest sentence first.
- A sentence is supported when every number is found, at least :data:`MIN_CONTENT_FOUND` of its
  content words are found, and every cited sentence shares at least one content word or number
  with it (a citation that shares nothing cannot be stating it).

*Loaded term in the digest*: a digest sentence contains a gold framing cue of any article (any
kind), compared normalised, as whole words, with the cue's quote marks stripped; a one-word cue
counts only when the digest sentence cites a sentence holding that cue (a capital's name or
"volunteer" is plain wording elsewhere). Each (sentence, cue text) pair counts once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from ..model import Report
from ..text.quotes import find_quotes
from ..text.stems import inflection_stem
from .gold import Gold
from .matching import contains_words, normalize

MIN_CONTENT_FOUND = 0.8

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my no nor not of off on once only or other our ours out over own same she should so some such
    than that the their theirs them then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours said says say
    saying told according while whose per its it's""".split()
)

# How a digest presents who says what; never a fact about the event.
DIGEST_WORDS = frozenset("source differ report account outlet version state write disagree agree".split())

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_PERCENT = re.compile(r"%|\bper\s+cent\b", re.IGNORECASE)


def content_words(text: str) -> set[str]:
    out = set()
    for token in _WORD.findall(fold(_PERCENT.sub(" percent ", text))):
        for part in re.split(r"['\u2019-]", token) if "-" in token else [token]:
            if len(part) > 1 and part not in STOP_WORDS:
                out.add(inflection_stem(part))
    return out


_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
        " seventeen eighteen nineteen twenty".split()
    )
} | {w: str(10 * i) for i, w in enumerate("_ _ _ thirty forty fifty sixty seventy eighty ninety".split()) if i >= 3} | {
    "dozen": "12", "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
}


_NUMBER_STEMS = frozenset(inflection_stem(w) for w in _NUMBER_WORDS)
_TENS_AND_UNIT = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)")


def numbers(text: str, words: bool = False) -> set[str]:
    """The digit runs of ``text`` without separators; with ``words``, single number words too."""
    out = {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)}
    if words:
        for word in _WORD.findall(text.casefold()):
            if word in _NUMBER_WORDS:
                out.add(_NUMBER_WORDS[word])
            elif _TENS_AND_UNIT.fullmatch(word):  # "sixty-two": one number, not two words
                tens, unit = word.split("-")
                out.add(str(int(_NUMBER_WORDS[tens]) + int(_NUMBER_WORDS[unit])))
    return out


def check_sentence(text: str, cited: Mapping[str, str], allowed: set[str], names: Iterable[str] = ()) -> str:
    """'' when supported; else why not, in words. ``names`` (the cited outlets) are taken out of
    ``text`` first: "a says X" is about what a says."""
    for name in sorted((n for n in names if n.strip()), key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.IGNORECASE)
    want_words = {w for w in content_words(text) if w not in _NUMBER_STEMS}
    want_numbers = numbers(text, words=True)
    have_words: set[str] = set()
    have_numbers: set[str] = set()
    for sid, sentence in cited.items():
        w, n = content_words(sentence) - _NUMBER_STEMS, numbers(sentence, words=True)
        if not (w & want_words or n & want_numbers):
            return f"cites {sid}, which shares no word with it"
        have_words |= w
        have_numbers |= n
    missing_numbers = want_numbers - have_numbers
    if missing_numbers:
        return "numbers not in its citations: " + ", ".join(sorted(missing_numbers))
    missing = want_words - have_words - allowed
    if want_words and 1 - len(missing) / len(want_words) < MIN_CONTENT_FOUND:
        return f"{len(missing)} of {len(want_words)} content words not in its citations: " + ", ".join(sorted(missing))
    return ""


def _allowed_words(report: Report, cited_ids: Iterable[str]) -> set[str]:
    cited = set(cited_ids)
    articles = {sid.split(".")[0] for sid in cited}
    allowed: set[str] = content_words(" ".join(DIGEST_WORDS))
    for conflict in report.conflicts:
        if conflict.sides and all(side.sentence in cited for side in conflict.sides):
            allowed |= content_words(conflict.explanation)
    for cue in report.framing:
        if cue.sentence in cited and cue.neutral:
            allowed |= content_words(cue.neutral)
    for entity in report.entities:
        if any(m.article in articles for m in entity.mentions):
            for form in (entity.name, *entity.variants):
                allowed |= content_words(form)
    for article in report.articles:
        if article.id in articles:
            allowed |= content_words(article.source) | content_words(article.title)
    return allowed


def score_digest(report: Report) -> tuple[int, list[str], list[str], int]:
    """(cited sentences, uncited ones, unsupported ones with the reason, supported sentences)."""
    text_of = {s.id: s.text for a in report.articles for s in a.sentences}
    cited_ok, uncited, unsupported, supported = 0, [], [], 0
    for i, sentence in enumerate(report.digest):
        unknown = [c for c in sentence.citations if c not in text_of]
        if not sentence.citations or unknown:
            why = "no citation" if not sentence.citations else "cites unknown " + ", ".join(unknown)
            uncited.append(f"[{i}] {sentence.text} ({why})")
            unsupported.append(f"[{i}] {sentence.text} ({why})")
            continue
        cited_ok += 1
        cited = {c: text_of[c] for c in sentence.citations}
        outlets = [n for a in report.articles if a.id in {c.split(".")[0] for c in sentence.citations} for n in (a.source, a.id)]
        why = check_sentence(sentence.text, cited, _allowed_words(report, sentence.citations), outlets)
        if why:
            unsupported.append(f"[{i}] {sentence.text} (cites {', '.join(sentence.citations)}: {why})")
        else:
            supported += 1
    return cited_ok, uncited, unsupported, supported


def _cue_text(text: str) -> str:
    return re.sub(r"^[\W_]+|[\W_]+$", "", text)


def loaded_terms(gold: Gold, report: Report, cue_sentences: Sequence[set[str]]) -> list[str]:
    """Every (digest sentence, gold framing text) pair where the sentence carries the cue in its
    own voice.

    ``cue_sentences[i]``: the report sentence ids that hold gold framing cue ``i``. A cue of one
    word counts only in a digest sentence citing a sentence that holds it: a single word such as
    a capital's name or "volunteer" is also plain wording elsewhere. As the gold defines framing,
    words inside a quotation are the quoted party's ("a says “…”; b says “…”"), not the digest's,
    and a scare quote is the quotation marks: it counts where the digest puts the cue's words in
    quotation marks of their own (not in the name "Clean Sport Commission")."""
    cues: dict[str, list[int]] = {}
    for i, cue in enumerate(gold.framing):
        text = _cue_text(cue.text)
        if text:
            cues.setdefault(normalize(text), []).append(i)
    out = []
    for n, sentence in enumerate(report.digest):
        cited = set(sentence.citations)
        quotes = find_quotes(sentence.text)
        voice = sentence.text
        for q in quotes:
            voice = voice[:q.start] + " " * (q.end - q.start) + voice[q.end:]
        quoted = {normalize(q.text) for q in quotes}
        for text, indices in cues.items():
            scare = [i for i in indices if gold.framing[i].kind == "scare_quote"]
            if text in quoted and scare:
                indices = scare
            elif contains_words(voice, text):
                indices = [i for i in indices if gold.framing[i].kind != "scare_quote"]
            else:
                continue
            copied = [i for i in indices if cue_sentences[i] & cited]
            if indices and (copied or len(text.split()) > 1):
                cue = gold.framing[(copied or indices)[0]]
                out.append(f"[{n}] \"{cue.text}\" ({cue.kind or 'framing'}, {cue.article}) in: {sentence.text}")
    return out
