"""A conflict told once in the digest: "Sources differ on <what>: A and C say X; B says Y."."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from ...model import Conflict, DigestSentence
from ...text import find_quotes, plain_list
from ..claims import parse_number


def conflict_sentence(conflict: Conflict, sources: dict[str, str], texts: Mapping[str, str] | None = None) -> DigestSentence:
    """"Sources differ on the day: A and C say “Sunday”; B says “Saturday”." with every side.

    Values are quoted as written ("$1 trillion", not its normalised number), unless two sides
    wrote the same figure for different things. ``texts``: each article's text, for the sides of
    a conflict that is no value (an order of events told by "before" on both sides): those quote
    the words their offsets hold, never the compared form, which is no one's words (the stems of
    the events ordered, "collapse/inform before begin/gate")."""
    grouped = len({side.group for side in conflict.sides}) > 1  # else: a conflict without groups
    groups: dict[object, list] = {}
    for side in conflict.sides:
        groups.setdefault(side.group if grouped else side.value.lower(), []).append(side)
    # Values as written, unless they read the same on two sides ("10" against "10"): then the
    # compared form, which carries the unit ("10 percentage points" against "10%").
    written = [sides[0].value.strip().lower() for sides in groups.values()]
    same = len(set(written)) < len(written)

    def value(side: object) -> str:
        if not same:
            return side.value
        if conflict.kind in VALUE_KINDS:
            return side.normalized or side.value
        text = (texts or {}).get(side.article, "")
        return text[side.start : side.end] if 0 <= side.start < side.end <= len(text) else side.value

    def say(sides: list) -> str:
        # one group may hold compatible values written differently ("Seven", "not less than
        # seven"): each is quoted as its outlets wrote it; one figure written in words or digits
        # ("Fourteen", "14") is one value, quoted as most of its outlets wrote it, the other
        # spellings after it with their outlets
        by_value: dict[object, list] = {}
        for side in sides:
            by_value.setdefault(_figure(side, value(side)), []).append(side)

        def quoted(same: list) -> str:
            forms = Counter(value(s).strip() for s in same)
            chosen = max(forms, key=lambda form: (forms[form], -list(forms).index(form)))
            others: dict[str, list[str]] = {}
            for s in same:
                if _spelling(value(s)) != _spelling(chosen):
                    others.setdefault(value(s).strip(), []).append(sources.get(s.article, s.article))
            spelled = "; ".join(f"{plain_list(dict.fromkeys(who))}: “{form}”" for form, who in others.items())
            return f"“{chosen}”" + (f" ({spelled})" if spelled else "")

        def who(same: list) -> str:
            # two articles of one outlet are one name: "Harbour Post says", not "Harbour Post say"
            names = list(dict.fromkeys(sources.get(s.article, s.article) for s in same))
            return plain_list(names) + (" say " if len(names) > 1 else " says ")

        return ", ".join(who(same) + quoted(same) for same in by_value.values())

    told = "; ".join(say(sides) for sides in groups.values())
    label = re.sub(r"\s+differs?$", "", conflict.explanation.split(":", 1)[0].strip()) or conflict.kind
    return DigestSentence(text=f"Sources differ on {label}: {told}.", citations=tuple(dict.fromkeys(s.sentence for s in conflict.sides)))


def _figure(side: object, written: str) -> object:
    """What a side's value reads as: a bare figure by its number (its compared form beside it:
    "Fourteen" and "14" are one value), any other value as written ("not less than seven")."""
    number = parse_number(written.strip())
    return (side.normalized, number) if number is not None else written.strip().lower()


def _spelling(written: str) -> str:
    """A written value without case and digit separators ("1,140" and "1140" are one spelling)."""
    return re.sub(r"[\s.,]", "", written.casefold())


# The conflicts whose sides are values a sentence states (a figure, a day, a time): a digest
# sentence stating one states what the sources dispute.
VALUE_KINDS = ("number", "date", "time", "weekday")
TOLD_KINDS = ("quote", "role", "name", "place", "actor")
# An opening word at least this frequent in English (Zipf, wordfreq) is a common word, unless a name.
COMMON_ZIPF = 3.0
# Words that may open a sentence in lower case after "According to X, ".
_LOWER_OPENERS = {"the", "a", "an", "under", "in", "on", "at", "after", "before", "by", "for", "from", "with", "about",
                  "some", "more", "most", "all", "both", "each", "this", "that", "these", "those", "its", "their"}


def _opener(first: str, rest: str, lowercase: set[str] | frozenset[str], named: set[str] | frozenset[str] = frozenset()) -> str:
    """The sentence's first word as it reads after "According to X, ": in lower case when it is a
    function word or the story writes it in lower case elsewhere ("classes will be capped", "over
    the weekend"), never when it is a name or begins one ("President Daniyar Sabitov", "French")."""
    lower = first.lower()
    if lower in _LOWER_OPENERS or lower == "according":
        return lower
    if not first[:1].isupper() or first[1:2].isupper() or rest[:1].isupper():
        return first
    word = lower.strip(",;:")
    if word in lowercase or (word.isalpha() and parse_number(word) is not None):
        return lower
    if word in named:
        return first  # the story writes it capitalised mid-sentence and never in lower case: a name ("Ford")
    return lower if _common_noun_or_adjective(first.strip(",;:")) else first


def _common_noun_or_adjective(word: str) -> bool:
    """A word English writes in lower case mid-sentence: frequent (wordfreq), and neither a
    nationality ("French"), a place, a first name, a month nor a weekday."""
    from ..entities.lexicon import lexicon
    from ..framing.resources import zipf

    names = lexicon()
    if not word.isalpha() or zipf(word) < COMMON_ZIPF:
        return False
    return not (names.demonym_code(word) or names.place_code(word) is not None or names.is_first_name(word)
                or word.lower() in names.calendar)


# Where an outlet's comment trails a clause: a participle ("..., giving companies 14 months to
# prepare for the new red tape") or a relative "which" ("..., which is second in the polls").
_COMMENT = re.compile(r",\s+(?=(?:[a-z]{3,}ing(?<!including)(?<!according)(?<!during)|which)\b)")


def _written(value: str, text: str) -> list[re.Match[str]]:
    """Where ``text`` writes a conflict side's value, up to case: a value is given as the finder
    reads it ("about 1,200"), which a sentence may open capitalised ("About 1,200 residents ...")."""
    return list(re.finditer(re.escape(value), text, re.IGNORECASE)) if value else []


def _to_disputed(sentence: DigestSentence, values: list[str]) -> DigestSentence:
    """The sentence without a comment trailing its last disputed value: an account told as one
    source's is told no further than the dispute and its event need."""
    text = sentence.text
    last = max(found[-1].end() for found in (_written(v, text) for v in values) if found)
    cut = next((m.start() for m in _COMMENT.finditer(text, last) if not _quoted(text, m.start())), None)
    if cut is None or len(text[:cut].split()) < 4:
        return sentence
    return DigestSentence(text=text[:cut].rstrip() + ".", citations=sentence.citations)


def _quoted(text: str, at: int) -> bool:
    return any(q.start <= at < q.end for q in find_quotes(text))


def _one_telling(sentence: DigestSentence, conflicts: list[Conflict] | tuple[Conflict, ...]) -> DigestSentence:
    """The citations without the sentences whose telling of a disputed quotation the digest
    sentence does not quote: "We followed every safety procedure" is no statement of "We followed
    most safety procedures", though most of their words are the same."""
    dropped = set()
    for conflict in conflicts:
        if conflict.kind != "quote":
            continue
        sides = [side for side in conflict.sides if side.sentence in sentence.citations and side.value]
        if any(side.value in sentence.text for side in sides):
            dropped |= {side.sentence for side in sides if side.value not in sentence.text}
    if not dropped:
        return sentence
    return DigestSentence(text=sentence.text, citations=tuple(c for c in sentence.citations if c not in dropped))


def _one_side(sentence: DigestSentence, conflicts: list[Conflict] | tuple[Conflict, ...],
              articles_of: dict[str, str], teller: str | None = None) -> DigestSentence:
    """The citations without the outlets on another side of a dispute whose value the sentence
    states: "on Monday morning" is no account of an outlet that wrote "on Sunday morning", however
    many of its other words the two share (the conflict's own sentence tells that outlet's side).
    An outlet on both sides keeps its citation; the telling member (``teller``, the sentence whose
    words the digest writes) states the value whatever another of its sentences says, so its
    citation always stays."""
    cited = set(sentence.citations)
    dropped: set[str] = set()
    for conflict in conflicts:
        if conflict.kind not in VALUE_KINDS + TOLD_KINDS or conflict.kind == "quote":
            continue  # a quotation's tellings: :func:`_one_telling`
        grouped = len({side.group for side in conflict.sides}) > 1

        def key(side: object) -> object:
            return side.group if grouped else (side.normalized or side.value).lower()

        stated = {key(side) for side in conflict.sides if side.sentence in cited and _written(side.value, sentence.text)}
        if not stated:
            continue
        telling = {side.article for side in conflict.sides if key(side) in stated}
        other = {side.article for side in conflict.sides if key(side) not in stated} - telling
        dropped |= {c for c in cited if c != teller and articles_of.get(c, c.split(".", 1)[0]) in other}
    if not dropped or dropped >= cited:
        return sentence
    return DigestSentence(text=sentence.text, citations=tuple(c for c in sentence.citations if c not in dropped))


def attributed(sentence: DigestSentence, conflicts: list[Conflict] | tuple[Conflict, ...], sources: dict[str, str],
               articles_of: dict[str, str], lowercase: set[str] | frozenset[str] = frozenset(),
               named: set[str] | frozenset[str] = frozenset(), teller: str | None = None) -> DigestSentence:
    """A shared sentence that states a disputed value, told as its sources' account ("According to
    A and B, the duty falls to 10 percent."): the digest states no side of a conflict as fact, and
    cites no outlet that gave another side (:func:`_one_side`).
    ``articles_of``: each sentence id's article; ``lowercase``: the words the story writes in lower
    case (an opening word among them is no name); ``named``: the words it writes capitalised in
    mid-sentence and never in lower case (names); ``teller``: the id of the sentence whose words it
    writes."""
    sentence = _one_side(_one_telling(sentence, conflicts), conflicts, articles_of, teller)
    cited = set(sentence.citations)
    # a disputed figure or day, and a disputed quotation, title, name, place or doer
    values = [side.value for conflict in conflicts if conflict.kind in VALUE_KINDS + TOLD_KINDS for side in conflict.sides
              if side.sentence in cited and _written(side.value, sentence.text)]
    if not values:
        return sentence
    sentence = _to_disputed(sentence, values)
    names = list(dict.fromkeys(sources.get(articles_of.get(c, ""), articles_of.get(c, c)) for c in sentence.citations))
    who = plain_list(names)
    first, _, rest = sentence.text.partition(" ")
    opener = _opener(first, rest, lowercase, named)
    # "According to A, ..., according to the fire chief" reads twice: the other turn of phrase then
    lead = f"In the account of {who}," if "according" in sentence.text.lower() else f"According to {who},"
    return DigestSentence(text=f"{lead} {opener} {rest}".rstrip(), citations=sentence.citations)
