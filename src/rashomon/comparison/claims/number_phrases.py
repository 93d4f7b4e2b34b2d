"""Quantities told in words rather than figures: a fraction of a round figure ("a third of a
million"), a fraction of a percentage point ("a quarter of a point"), a count of times ("twice in 19
games"), a share ("a third of the staff", "one in five adults") and a multiple ("doubled", "fourfold").
Each reader returns ``Quantity`` objects for ``numbers.find_quantities``."""

from __future__ import annotations

import re

from .counted import counted_noun, share_counted
from .number_words import MULTIPLIER_PATTERN, WORD_PATTERN, QUALIFIERS, UNITS, interval, qualifier_before
from .numbers import Quantity, parse_number


def _told(text: str, m: re.Match[str], value: float, *, unit: str = "", counted: str = "", rounded: bool = False) -> Quantity:
    """The quantity the words ``m`` tell, worth ``value``, with the qualifier written before them; a
    ``rounded`` one (a fraction, a share) reads as "about" when nothing qualifies it."""
    qualifier = qualifier_before(text, m.start())
    low, high = interval(value, value, (qualifier or "about") if rounded else qualifier)
    return Quantity(text=m.group(0), start=m.start(), end=m.end(), value=value, low=low, high=high,
                    qualifier=qualifier, unit=unit, counted=counted)


# A fraction of a round figure: "a third of a million" is about 333,333, not a million; told
# this way a figure is rounded, so unqualified it reads as "about" (310,000 fits it).
_FRACTION_OF = re.compile(
    r"(?<![\w-])(?P<num>a|an|one|two|three|four)\s+(?P<den>thirds?|quarters?|fifths?|tenths?)\s+of\s+"
    rf"(?P<whole>(?:a|an|one)\s+{MULTIPLIER_PATTERN})(?![\w-])",
    re.IGNORECASE,
)
_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}


def fractions_of(text: str) -> list[Quantity]:
    out = []
    for m in _FRACTION_OF.finditer(text):
        numerator = UNITS.get(m.group("num").lower(), 1)
        whole = parse_number(m.group("whole"))
        if whole is None:
            continue
        value = float(round(whole * numerator / _DENOMINATORS[m.group("den").lower().rstrip("s")]))
        out.append(_told(text, m, value, counted=counted_noun(text, m.end()), rounded=True))
    return out


# "scored just twice in 19 games", "has won once this season": a count told as how many times, not
# a rate ("twice a day"), a multiple ("twice as many", "twice the size") or a sequence ("once
# the talks end")
_TIMES = re.compile(r"(?<![\w-])(?P<word>once|twice|thrice)(?=\s+(?:in|during|since|this|so\s+far)\b|\s*[.;])", re.IGNORECASE)
_TIMES_VALUE = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def times_counts(text: str) -> list[Quantity]:
    out = []
    for m in _TIMES.finditer(text):
        out.append(_told(text, m, _TIMES_VALUE[m.group("word").lower()]))
    return out


# A fraction of a percentage point told in words: "a quarter of a percentage point" is 25 basis
# points, "half a point" 50, "three quarters of a point" 75 (a change of a rate).
_POINT_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<num>a|one|three)\s+(?P<den>quarters?)\s+of\s+a|(?P<half>half\s+a|a\s+half))[\s-]+(?:percentage[\s-]+)?point(?![\w-])",
    re.IGNORECASE,
)


def point_fractions(text: str) -> list[Quantity]:
    out = []
    for m in _POINT_FRACTION.finditer(text):
        value = 0.5 if m.group("half") else UNITS.get(m.group("num").lower(), 1) / 4
        out.append(_told(text, m, value, unit="pp"))
    return out


# A share told as a fraction: "a third of the staff", "two-thirds of voters", "half of the
# respondents", "one in five adults", "three out of four voters" are percentages of what follows, rounded as "about" is; not a
# share of a span or a way ("a quarter of an hour", "half of the year", "a third of the way").
_SHARE = re.compile(
    r"(?<![\w-])(?:(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<den>halves|half|thirds?|quarters?|fifths?|tenths?)\s+of"
    r"|(?P<half>half)\s+of"
    rf"|(?P<a>one|\d{{1,3}}|{WORD_PATTERN})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>\d{{1,4}}|{WORD_PATTERN}))(?![\w-])",
    re.IGNORECASE,
)
_SHARE_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_NOT_SHARED = frozenset("way time hour hours day days week weeks month months year years decade century season game match".split())


def shares(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _SHARE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or re.search(r"\band\s+$", text[max(0, m.start() - 5) : m.start()]):
            continue  # "a day and a half of haggling": the half of a span
        if m.group("a"):
            a, b = parse_number(m.group("a")), parse_number(m.group("b"))
            if a is None or b is None or not 0 < a < b:
                continue
            share, end = 100 * a / b, m.end()
        else:
            if m.group("half"):
                share = 50.0
            else:
                den = m.group("den").lower().rstrip("s")
                share = 100 * UNITS.get(m.group("num").lower(), 1) / _SHARE_DENOMINATORS[den]
                if share >= 100:
                    continue  # "five quarters of", "two halves of": no share of one whole
            end = m.end()
        counted = counted_noun(text, end)
        if counted in _NOT_SHARED or not counted or re.match(r"\s+(?:(?:a|an)\s|\d)", text[end : end + 4]):
            continue  # "a quarter of an hour", "half of 2023", "a third of a million"
        out.append(_told(text, m, share, unit="%", counted=counted, rounded=True))
    return out


# A share told as a fraction without "of": "half the staff", "about half its width" (half before a
# determiner), "cut to half", "nearly a fifth.", "roughly one-third complete". A spaced fraction ("a
# third") is also an ordinal ("a third term", "a third suspect", "to a third party"), so it is read only
# after "to" or a qualifier of amount and where no noun follows it; a hyphened one ("one-third",
# "two-thirds") is a fraction wherever it stands. Not a span ("half an hour", "half the time"), a round
# figure ("half a million") or a share "of" something (``shares``).
_FRACTION_WORD = (
    r"(?P<hyphen>(?P<hnum>one|two|three|four)-(?P<hden>halves|thirds?|quarters?|fifths?|tenths?))"
    r"|(?:(?P<num>a|one|two|three|four)\s+(?P<den>thirds?|quarters?|fifths?|tenths?))|(?P<half>half)"
)
_BARE_SHARE = re.compile(rf"(?<![\w-])(?:{_FRACTION_WORD})(?![\w-])", re.IGNORECASE)
# What makes a spaced fraction or a bare "half" an amount: "to (the)" or a qualifier before it
_QUALIFIER_WORDS = "|".join(sorted((re.escape(q) for q in QUALIFIERS if q not in ("all", "some", "just", "only")), key=len, reverse=True))
_AMOUNT_BEFORE = re.compile(rf"(?:\bto(?:\s+the)?|{_QUALIFIER_WORDS})\s+$", re.IGNORECASE)
# A change told as a fraction ("up by a third", "fell by about half") is no share of a whole: the
# finder has no reading of a change against a level ("45 percent of output"), so it is left unread
_CHANGE_BEFORE = re.compile(rf"\bby\s+(?:(?:{_QUALIFIER_WORDS})\s+)?$", re.IGNORECASE)
_DETERMINER = re.compile(r"\s+(?:the|its|their|his|her|my|our|your|this|that|these|those)\s+", re.IGNORECASE)
# Words after an amount that close it: a stop, or a word of no noun (a conjunction, a preposition, a
# time word)
_CLOSED_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|in|on|at|from|since|over|last|this|next|compared|than|while|after|before|as|"
    r"when|between|against|for|with|to|by|per|during|within|until)\b", re.IGNORECASE)
_SPAN_OR_ROUND = re.compile(r"[\s-]+(?:of\b|an?\b|\d|(?:" + "|".join(sorted(_NOT_SHARED)) + r")\b|" + MULTIPLIER_PATTERN + ")", re.IGNORECASE)


def bare_shares(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _BARE_SHARE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or _SPAN_OR_ROUND.match(text, m.end()):
            continue
        if re.search(r"\b(?:and|past|at)\s+$", text[max(0, m.start() - 6) : m.start()]):
            continue  # "a day and a half", "half past ten", "at half three": a span or a clock time
        if _CHANGE_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue
        amount = bool(_AMOUNT_BEFORE.search(text, max(0, m.start() - 20), m.start()))
        det = _DETERMINER.match(text, m.end()) if m.group("half") else None
        if det:  # "half the refinery", "nearly half its width": the share of what the determiner names
            counted = counted_noun(text, det.end())
            if not counted or counted in _NOT_SHARED:
                continue
        elif amount and _CLOSED_AFTER.match(text, m.end()):
            counted = ""  # "cut to a third last year", "nearly half."
        elif m.group("hyphen"):
            counted = share_counted(text, m.start(), m.end(), counted_noun(text, m.end()))  # "a two-thirds majority"; "is one-third complete": none
        else:
            continue  # "a third term", "a third is missing", "half" told alone
        if m.group("half"):
            share = 50.0
        else:
            num, den = (m.group("hnum"), m.group("hden")) if m.group("hyphen") else (m.group("num"), m.group("den"))
            share = 100 * UNITS.get(num.lower(), 1) / _SHARE_DENOMINATORS[den.lower().rstrip("s")]
            if share >= 100:
                continue
        out.append(_told(text, m, share, unit="%", counted=counted, rounded=True))
    return out


# A multiple told by a verb or an adverb: "doubled", "tripled", "halved", "fourfold" (unit "x").
_MULTIPLE = re.compile(
    r"(?<![\w-])(?:(?P<verb>doubled|tripled|trebled|quadrupled|halved)|(?P<fold>two|three|four|five|ten|\d{1,3})-?fold)(?![\w-])",
    re.IGNORECASE,
)
_MULTIPLE_VERBS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}


def multiples(text: str) -> list[Quantity]:
    out = []
    for m in _MULTIPLE.finditer(text):
        value = _MULTIPLE_VERBS[m.group("verb").lower()] if m.group("verb") else parse_number(m.group("fold"))
        if value is None:
            continue
        out.append(_told(text, m, value, unit="x"))
    return out


# A race or a record time on a stopwatch: "2:04:51" (hours, minutes, seconds), "3:41.25" (minutes,
# seconds and their fraction). One span of time, not three counts; a clock reading of the day ("at
# 14:05:30", "10:30:15 GMT") is no span and is read as nothing. Shown to the second, the time is
# read down to its minute ("two hours and four minutes" tells the 2:04:51 truncated).
_STOPWATCH = re.compile(r"(?<![\w:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)(?![\w:]|\.\d)"
                        r"|(?<![\w:.,])(?P<mm>\d{1,2}):(?P<ss>[0-5]\d\.\d{1,3})(?![\w:]|\.\d)")
_AT_CLOCK = re.compile(r"\b(?:at|by|until|till|from|since|before|after)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_ZONE_AFTER = re.compile(r"\s*(?:gmt|utc|bst|cet|cest|est|edt|pst|pdt|am|pm|a\.m\.|p\.m\.|local|hrs|h\b)", re.IGNORECASE)


def stopwatch_times(text: str) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """(the race times of ``text`` as spans in hours, the stretches of clock readings read as nothing)."""
    out, skipped = [], []
    for m in _STOPWATCH.finditer(text):
        if _AT_CLOCK.search(text[max(0, m.start() - 20) : m.start()]) or _ZONE_AFTER.match(text, m.end()):
            skipped.append((m.start(), m.end()))
            continue
        if m.group("h") is not None:
            minutes = int(m.group("h")) * 60 + int(m.group("m"))
            seconds = float(m.group("s"))
        else:
            minutes, seconds = int(m.group("mm")), float(m.group("ss"))
        value = (minutes + seconds / 60) / 60
        low = minutes / 60 if m.group("h") is not None else value
        out.append(Quantity(text=m.group(0), start=m.start(), end=m.end(), value=value, low=low, high=value,
                            qualifier="", unit="", counted="hours"))
    return out, skipped


# A score or a tally of a vote told as two figures joined by a dash: "won 3-1", "drew 1-1", "a 5-2
# vote", "passed the bill 52-48". One value (the higher figure first: "lost 1-3" is "lost 3-1"), read
# only where a word of winning, losing or voting is at the figures.
_SCORE = re.compile(r"(?<![\w.,/-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\w/–-]|[.,]\d)")
_SCORE_VERB = re.compile(
    r"\b(?:won|wins|win|lost|loses|lose|drew|draws|draw|beat|beats|beaten|defeated|thrashed|edged|passed|approved|rejected|"
    r"ruled|voted|votes?)\b[^.,;:()\d]{0,30}$", re.IGNORECASE)
_SCORE_NOUN = re.compile(r"\s+(?:win|victory|defeat|loss|draw|vote|decision|ruling|majority|scoreline|home\s+win|away\s+win)\b", re.IGNORECASE)
SCORE_UNIT = "score"


def scores(text: str) -> list[Quantity]:
    out = []
    for m in _SCORE.finditer(text):
        if not (_SCORE_VERB.search(text[max(0, m.start() - 40) : m.start()]) or _SCORE_NOUN.match(text, m.end())):
            continue
        high, low = sorted((int(m.group("a")), int(m.group("b"))), reverse=True)
        value = float(high * 1000 + low)
        out.append(Quantity(text=m.group(0), start=m.start(), end=m.end(), value=value, low=value, high=value,
                            qualifier="", unit=SCORE_UNIT, counted=""))
    return out


# A place in a finishing order or a ranking: "finished third", "came 12th", "the third-placed team",
# "is ranked 21st", "the world number 12", and how many times a thing has happened: "the second time"
# ("for a fourth time"). Unit "place", "rank" or "time": each compares only with its own kind.
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORD = r"(?P<ord>" + "|".join(ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))"
_PLACES = (
    ("place", re.compile(r"\b(?:finished|finishes|finish|came|placed|ended|ending|crossed\s+the\s+line)\s+(?:in\s+)?" + _ORD + r"(?![\w-])", re.IGNORECASE)),
    ("place", re.compile(r"(?<![\w-])" + _ORD + r"-plac(?:ed|e)\b", re.IGNORECASE)),
    ("rank", re.compile(r"\branked\s+(?:as\s+high\s+as\s+)?" + _ORD + r"(?![\w-])", re.IGNORECASE)),
    ("rank", re.compile(r"\bworld\s+(?:no\.?|number)\s+(?P<n>\d{1,3})\b", re.IGNORECASE)),
    ("time", re.compile(r"\b(?:the|a|for\s+the|for\s+a)\s+" + _ORD + r"\s+time\b", re.IGNORECASE)),
    # a minute of a match's clock: "in the 78th minute", "from the minute 71" (a translation's word order)
    ("minute", re.compile(r"\b(?:in|from|at|until|since)\s+the\s+" + _ORD + r"\s+minute\b(?!s)", re.IGNORECASE)),
    ("minute", re.compile(r"\b(?:in|from|at|until|since)\s+the\s+minute\s+(?P<n>\d{1,3})\b(?![.,:]?\d)", re.IGNORECASE)),
    # a place in a league table: "in 15th place", "14th in the league", "sit 15th", "lie third"
    ("place", re.compile(r"\bin\s+" + _ORD + r"\s+place\b", re.IGNORECASE)),
    ("place", re.compile(r"(?<!\bthe\s)(?<!\bon\s)(?<![\w-])" + _ORD + r"\s+(?:place\s+)?(?:in|on|of)\s+the\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:table|league|standings|division|championship|log)\b", re.IGNORECASE)),
    ("place", re.compile(r"(?<![\w-])" + _ORD + r"\s+(?:out\s+)?of\s+(?:\d{1,2}|[a-z]+)\s+(?:teams|clubs|sides|nations|countries)\b", re.IGNORECASE)),
    ("place", re.compile(r"\b(?:sit|sits|sat|sitting|lie|lies|lay|lying|stand|stands|stood|standing|remain|remains|remained|currently|now)\s+"
                         r"(?:in\s+)?" + _ORD + r"(?![\w-])", re.IGNORECASE)),
)


# Every shape of _PLACES holds an ordinal (_ORD), "world" or "minute": a text with none holds no place.
_ANY_PLACE = re.compile("|".join(ORDINALS) + r"|\d(?:st|nd|rd|th)|world|minute", re.IGNORECASE)


def places(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    if not _ANY_PLACE.search(text):
        return out
    for unit, pattern in _PLACES:
        for m in pattern.finditer(text):
            if any(q.start == m.start("ord") for q in out if "ord" in pattern.groupindex):
                continue  # "sit 15th in the table": one place, read by two shapes
            told = m.group("n") if "n" in pattern.groupindex else m.group("ord")
            word = told.lower()
            value = float(ORDINALS[word]) if word in ORDINALS else float(re.sub(r"\D", "", word))
            if unit == "time" and value == 1:
                continue  # "for the first time": an idiom of novelty more often than a count
            start, end = (m.start("n"), m.end("n")) if "n" in pattern.groupindex else (m.start("ord"), m.end("ord"))
            out.append(Quantity(text=text[start:end], start=start, end=end, value=value, low=value, high=value,
                                qualifier="", unit=unit, counted=""))
    return out


# A temperature: "minus 18C", "-5°C", "40 C", "104F", "minus 30 degrees", and a bare "minus 30"
# in a sentence about the weather. Counted "degrees" (Celsius, or unnamed) or "fahrenheit"; below
# zero a negative value. A bare figure without "minus" and without a unit is left to the counts.
_TEMPERATURE = re.compile(
    r"(?<![\w.,])(?P<sign>minus\s+|[-−–](?=\d))?(?P<n>\d{1,3}(?:\.\d)?)"
    r"(?:\s?[°º]\s?(?P<u1>[CF])\b|(?P<u2>[CF])(?![\w'’&-])|\s+degrees?(?:\s+(?P<u3>Celsius|Fahrenheit|centigrade|C|F)\b)?)",
)
_BARE_MINUS = re.compile(r"(?<![\w.,])minus\s+(?P<n>\d{1,3}(?:\.\d)?)(?![\w.,%]|\s+(?:per\s?cent|percent|points?)\b)", re.IGNORECASE)
_WEATHER = re.compile(r"\b(?:temperatures?|degrees|cold|colder|coldest|frost|freezing|chill|thermometers?|mercury|heat|lows?|highs?|overnight|winter|celsius|snow|ice|icy|blizzard|weather|wind|conditions|froze|frozen)\b", re.IGNORECASE)


def temperatures(text: str) -> list[Quantity]:
    out = []
    for m in _TEMPERATURE.finditer(text):
        unit = (m.group("u1") or m.group("u2") or m.group("u3") or "").upper()
        if not (unit or m.group("sign") and m.group("sign").strip().lower() == "minus" or _WEATHER.search(text)):
            continue  # "40 degrees" outside the weather may be an angle
        if m.group("u2") and not m.group("sign") and not _WEATHER.search(text):
            continue  # "Category 5C", "Grade 4C": a bare letter after a figure is a temperature only in the weather
        out.append(_temperature(text, m, -1 if m.group("sign") else 1, "fahrenheit" if unit.startswith("F") else "degrees"))
    for m in _BARE_MINUS.finditer(text):
        if _WEATHER.search(text) and not any(q.start <= m.start() < q.end for q in out):
            out.append(_temperature(text, m, -1, "degrees"))
    return out


def _temperature(text: str, m: re.Match[str], sign: int, counted: str) -> Quantity:
    value = sign * float(m.group("n"))
    qualifier = qualifier_before(text, m.start())
    low, high = sorted(sign * x for x in interval(abs(value), abs(value), qualifier))
    return Quantity(text=m.group(0), start=m.start(), end=m.end(), value=value, low=low, high=high,
                    qualifier=qualifier, unit="", counted=counted)


# "One" told as a pronoun for a count of one, or before its noun at a clause's start: "One was
# taken to hospital", "; one died", "One fisherman was treated". Read only before a verb of what
# befell it, so "one of the", "one day", "no one", "One woman said" stay unread.
_ONE_PRONOUN = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bwhere\s)|(?<=\bwhom\s))(?P<one>[Oo]ne)\s+"
    r"(?P<words>(?:(?!of\b|day\b|night\b|morning\b|evening\b|time\b|year\b|week\b)[a-z-]+\s+){0,2}?)"
    r"(?:was|is|has\s+been|had\s+been|remains|remained|died|later\s+died)\b"
)


_ONE_WORD = "ne"  # in "one" and "One": a text without it holds none


def pronoun_ones(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    if _ONE_WORD not in text:
        return out  # no "one" or "One" to read
    for m in _ONE_PRONOUN.finditer(text):
        words = m.group("words").split()
        counted = words[-1] if words else counted_noun(text, m.end("one"))  # "One young worker died": a worker
        out.append(Quantity(text=m.group("one"), start=m.start("one"), end=m.end("one"), value=1.0, low=1.0, high=1.0,
                            qualifier="", unit="", counted=counted))
    return out
