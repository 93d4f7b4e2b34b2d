"""A seeded generator of hostile inputs, by class, for the hostile-input suite and bench/hostile.py.

    cases(seed, count)      -> HostileCase, the classes in turn, each drawn from random.Random(seed)
    corpus()                -> one case of every class with fixed parameters (the CI corpus)
    GOOD_A, GOOD_B          two invented good articles about one invented event

A case is one file (its name as bytes, so a name may hold bytes that are not UTF-8, and its
content) or one text for the web API. The classes cover what once crashed or hung (number-like
tokens, malformed record values, charsets that are no text codec, markup in names and text,
super-linear sentences, CR-only and NUL-holding CSV, gold files, thousands of quotation marks,
sentences or lines in one article) and what was always handled
(random bytes, broken encodings, deep HTML, compression bombs, empty files), so neither regresses.
Everything here is written for the project; no news text is copied.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

GOOD_A = """Ferry service resumes at Tolvik harbour
The ferry link between Tolvik and the island of Brannoy resumed on Thursday morning after a two-day stoppage \
caused by a broken loading ramp, the harbour office said.
Engineers replaced a hydraulic pump overnight, and the first crossing left at 7.15 a.m. with 40 cars on board, \
according to harbour master Ines Valberg.
"We worked through the night so that islanders could get to work and school," Valberg told reporters at the quay.
About 1,200 passengers a day use the route. The operator, Nordsund Lines, said it would refund tickets for the \
cancelled sailings and add two extra crossings on Friday."""

GOOD_B = """Brannoy ferry back after ramp repair
Islanders were able to cross to Tolvik again on Thursday when the ferry returned to service following repairs \
to the loading ramp that had halted it since Tuesday.
Harbour master Ines Valberg said a new hydraulic pump was fitted during the night. The first ferry sailed shortly \
after 7 a.m., carrying around 40 vehicles.
Nordsund Lines, which runs the service, promised refunds for the lost sailings and said two additional trips \
would run on Friday to clear the backlog of freight.
Roughly 1,200 people travel on the route every day, many of them commuters and pupils."""

SENTENCE = ("The city council said on Monday that the permit system was installed overnight and worked well "
            "for the residents who applied.")

NAMES = ["Anna", "Boris", "Carl", "Dana", "Emil", "Fran", "Greta", "Hugo", "Ivo", "Jana"]
ABBREVIATIONS = ["Mr.", "Dr.", "U.S.", "e.g.", "St.", "Inc.", "Jan.", "No.", "a.m.", "i.e."]
WORDS = ["the", "council", "said", "that", "permit", "system", "worked", "well", "and", "on"]


@dataclass(frozen=True, slots=True)
class HostileCase:
    kind: str  # the class
    name: bytes  # the file name (bytes: may be invalid UTF-8)
    data: bytes  # the file content
    note: str = ""  # the parameters, for a report

    @property
    def suffix(self) -> str:
        return self.name.rsplit(b".", 1)[-1].decode("ascii", "replace") if b"." in self.name else ""

    def is_jsonl(self) -> bool:
        return self.name.endswith(b".jsonl")


Builder = Callable[[random.Random, bool], HostileCase]
_BUILDERS: dict[str, Builder] = {}


def builder(kind: str) -> Callable[[Builder], Builder]:
    def register(function: Builder) -> Builder:
        _BUILDERS[kind] = function
        return function
    return register


def kinds() -> list[str]:
    return list(_BUILDERS)


# --- classes that once crashed or hung ---------------------------------------------------------


@builder("number-like-token")
def _number_token(rng: random.Random, small: bool) -> HostileCase:
    token = rng.choice(["2.0.1", "12.05.2024", "127.0.0.1", "1.2.3.4.5", "3..4", "1,2,3.4.5", "0.0.0.0.0.1",
                        "10.000.000,00", "v1.2.3-rc.4", "1e400", "9" * 400])
    text = f"Update\nThe city council said on Monday that version {token} of the permit system was installed overnight.\n"
    return HostileCase("number-like-token", b"version.txt", text.encode(), token)


_BAD_VALUES: list[tuple[str, str]] = [
    ("date 1e20", '"date": 1e20'), ("date NaN", '"date": NaN'), ("date -1e300", '"date": -1e300'),
    ("date Infinity", '"date": Infinity'), ("date 9-digit", '"date": "123456789"'),
    ("date 20-digit", '"date": "99999999999999999999"'), ("date fullwidth digits", '"date": "１２３４５６７８９"'),
    ("date year 0", '"date": "0000-01-01"'), ("date object", '"date": {"y": 2024}'), ("date list", '"date": [1, 2]'),
    ("url [::1", '"url": "http://[::1"'), ("url bad port", '"url": "http://example.org:99999/x"'),
    ("url number", '"url": 42'), ("title object", '"title": {"a": [1, 2, 3]}'), ("source list", '"source": ["x"]'),
    ("5,000-digit number", '"n": ' + "7" * 5000), ("lone surrogate", '"title": "\\ud800 broken"'),
    ("lone surrogate in text", None), ("language number", '"language": 12'), ("NUL escape", '"title": "a\\u0000b"'),
]


@builder("record-values")
def _record_values(rng: random.Random, small: bool) -> HostileCase:
    label, field = rng.choice(_BAD_VALUES)
    good = json.dumps({"title": "Good record", "text": GOOD_A.split("\n", 1)[1], "source": "good-outlet"})
    if field is None:
        bad = '{"text": "The council \\udc80 said on Monday that the permit system worked well."}'
    else:
        bad = '{"text": "The council said on Monday that the permit system worked well for residents.", ' + field + "}"
    lines = [good, bad] if rng.random() < 0.5 else [bad, good]
    return HostileCase("record-values", b"records.jsonl", ("\n".join(lines) + "\n").encode(), label)


@builder("deep-nesting")
def _deep_nesting(rng: random.Random, small: bool) -> HostileCase:
    depth = rng.choice([1_000, 10_000, 100_000])
    good = json.dumps({"title": "Good record", "text": GOOD_B.split("\n", 1)[1]})
    return HostileCase("deep-nesting", b"nested.jsonl", ("[" * depth + "\n" + good + "\n").encode(), f"{depth} [")


@builder("charset-not-a-codec")
def _charset(rng: random.Random, small: bool) -> HostileCase:
    charset = rng.choice(["rot13", "base64", "zlib", "hex", "undefined", "bz2", "uu", "quopri", "no-such-codec", "utf-7"])
    body = f"<html><head><meta charset=\"{charset}\"><title>Permit</title></head><body><article><p>{SENTENCE}</p>" \
           f"<p>{SENTENCE} Residents caf\xe9 owners agreed.</p></article></body></html>"
    return HostileCase("charset-not-a-codec", b"page.html", body.encode("latin-1"), charset)


@builder("markup-in-names")
def _markup(rng: random.Random, small: bool) -> HostileCase:
    name = rng.choice([b"x[bold]y[red].txt", b"[red]alert[b].txt", b"bad\xff\xfename.txt", b"[]\xc3(.txt", b"a[link=x]b.txt"])
    text = f"Notice [/bold] here\nThe council [red] said on Monday [/] that the [link=http://x]permit[/link] system worked.\n"
    return HostileCase("markup-in-names", name, text.encode(), name.decode("utf-8", "backslashreplace"))


@builder("long-line")
def _long_line(rng: random.Random, small: bool) -> HostileCase:
    what = rng.choice(["names", "numbers", "words", "abbreviations", "capitals-dots"])
    size = rng.choice([50_000, 100_000] if small else [100_000, 500_000, 1_000_000])
    pool = {"names": NAMES, "numbers": [str(rng.randint(0, 10**6)) for _ in range(50)], "words": WORDS,
            "abbreviations": ABBREVIATIONS, "capitals-dots": ["A.", "B.", "C.", "D.E.", "F.G.H."]}[what]
    parts: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(pool)
        parts.append(word)
        length += len(word) + 1
    return HostileCase("long-line", f"long-{what}.txt".encode(), ("Headline\n" + " ".join(parts) + ".\n").encode(),
                       f"{what}, {size:,} chars")


@builder("csv-line-ends")
def _csv(rng: random.Random, small: bool) -> HostileCase:
    end = rng.choice(["\r", "\r\n", "\n"])
    nul = rng.random() < 0.5
    text = GOOD_A.split("\n", 1)[1].replace("\n", " ").replace('"', "'")
    row = f'"Ferry back","{text}"'
    if nul:
        row = row.replace("harbour office", "harbour\x00 office")
    data = end.join(["title,text", row, ""]).encode()
    return HostileCase("csv-line-ends", b"sheet.csv", data, f"line end {end!r}, NUL {nul}")


@builder("gold-file")
def _gold(rng: random.Random, small: bool) -> HostileCase:
    gold = {"articles": ["a.txt", "b.txt"], "shared": [], "unique": [], "conflicts": [], "entities": []}
    if rng.random() < 0.5:
        gold["about"] = "expected findings"
    return HostileCase("gold-file", b"gold.json", json.dumps(gold).encode(), "")


# --- classes that were always handled (kept so that they stay so) -------------------------------


@builder("random-bytes")
def _random_bytes(rng: random.Random, small: bool) -> HostileCase:
    size = rng.choice([1, 17, 512, 8192, 65536])
    suffix = rng.choice([b"txt", b"html", b"json", b"jsonl", b"csv", b"xml", b"rss"])
    return HostileCase("random-bytes", b"noise." + suffix, bytes(rng.getrandbits(8) for _ in range(size)), f"{size} bytes")


@builder("broken-encoding")
def _broken_encoding(rng: random.Random, small: bool) -> HostileCase:
    base = (SENTENCE + " Caf\u00e9 na\u00efve \u00fcber \u4e2d\u6587 \u0436.").encode("utf-8")
    variant = rng.choice(["truncated", "latin1-mixed", "utf16-no-bom", "bom-then-garbage", "overlong"])
    data = {"truncated": base[:-1] + b"\xe4\xb8", "latin1-mixed": base + "caf\xe9".encode("latin-1"),
            "utf16-no-bom": SENTENCE.encode("utf-16-le"), "bom-then-garbage": b"\xef\xbb\xbf" + b"\xff\xfe\xfd" * 20,
            "overlong": b"The council \xc0\xaf said " + base}[variant]
    return HostileCase("broken-encoding", b"encoded.txt", data, variant)


@builder("nul-bytes")
def _nul(rng: random.Random, small: bool) -> HostileCase:
    count = rng.choice([1, 3, 50, 4000])
    text = ("Headline\n" + SENTENCE + "\n").encode()
    at = rng.randrange(len(text))
    return HostileCase("nul-bytes", b"nul.txt", text[:at] + b"\x00" * count + text[at:], f"{count} NUL")


@builder("deep-html")
def _deep_html(rng: random.Random, small: bool) -> HostileCase:
    depth = rng.choice([1_000, 10_000] if small else [10_000, 50_000])
    tag = rng.choice(["div", "span", "b", "table"])
    body = f"<html><body>{'<' + tag + '>' * 1}" + f"<{tag}>" * depth + f"<p>{SENTENCE}</p>" + f"</{tag}>" * depth + "</body></html>"
    return HostileCase("deep-html", b"deep.html", body.encode(), f"{depth} <{tag}>")


@builder("compression-bomb")
def _bomb(rng: random.Random, small: bool) -> HostileCase:
    size = rng.choice([1 << 20, 8 << 20] if small else [8 << 20, 64 << 20])
    return HostileCase("compression-bomb", rng.choice([b"bomb.txt", b"bomb.html", b"bomb.gz"]),
                       gzip.compress(b"\x00" * size, compresslevel=9), f"{size >> 20} MB of zeros, gzipped")


@builder("empty-or-blank")
def _empty(rng: random.Random, small: bool) -> HostileCase:
    data = rng.choice([b"", b" ", b"\n\n\n", b"\t \r\n", b"\xef\xbb\xbf", "\u00a0\u3000".encode()])
    return HostileCase("empty-or-blank", rng.choice([b"empty.txt", b"empty.jsonl", b"empty.csv", b"empty.html"]), data,
                       repr(data))


@builder("feed-to-loopback")
def _feed(rng: random.Random, small: bool) -> HostileCase:
    host = rng.choice(["127.0.0.1", "[::1]", "localhost", "169.254.169.254", "10.0.0.1"])
    item = f"<item><title>Permit</title><link>http://{host}:9/secret</link><description>short</description></item>"
    data = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{item}</channel></rss>'.encode()
    return HostileCase("feed-to-loopback", b"feed.rss", data, host)


# --- texts whose quotation marks, sentences or lines once made a run quadratic ------------------


def _filled(rng: random.Random, size: int, piece: Callable[[random.Random, str], str], sep: str = " ") -> str:
    """Pieces made of the shared words, joined by ``sep``, up to ``size`` characters."""
    parts: list[str] = []
    length = 0
    while length < size:
        part = piece(rng, rng.choice(WORDS))
        parts.append(part)
        length += len(part) + len(sep)
    return sep.join(parts)


# 30,000 quotation marks in 100,000 characters (the analysis budget of one article), by shape.
_QUOTE_SHAPES: dict[str, Callable[[random.Random, str], str]] = {
    "straight": lambda rng, w: f'"{w[:2]}"',
    "curly": lambda rng, w: f"“{w[:2]}”",
    "mixed": lambda rng, w: rng.choice(['"', "“", "”", "«", "»", "‘", "’", "„"]) + w[:2],
    "unbalanced": lambda rng, w: rng.choice(["“", '"', "«"]) + w[:1],
    "nested": lambda rng, w: f"“He said ‘{w} “{w}” {w}’ today,” she said.",
    "echo": lambda rng, w: f"“{w} {w} the {w}” “{w}”",  # a short quotation after a longer one holding it
    "dashes-and-quotes": lambda rng, w: "".join(rng.choice("-—–\"“”‘’' ") for _ in range(6)),
    "apostrophes": lambda rng, w: w[:1] + rng.choice(["’", "'", "‘"]),
}


@builder("quotation-marks")
def _quotation_marks(rng: random.Random, small: bool) -> HostileCase:
    shape = rng.choice(sorted(_QUOTE_SHAPES))
    size = 20_000 if small else 100_000
    text = "Quotes\n" + _filled(rng, size, _QUOTE_SHAPES[shape]) + "\n"
    return HostileCase("quotation-marks", f"quotes-{shape}.txt".encode(), text.encode(), f"{shape}, {size:,} chars")


# Sentences, lines and brackets by the thousand: 5,000 quoted sentences with "she said", 20,000
# one-word sentences, no sentence end at all, 10,000 headline lines, parentheses and brackets.
_SENTENCE_SHAPES: dict[str, tuple[Callable[[random.Random, str], str], str]] = {
    "she-said": (lambda rng, w: f"“{w.capitalize()} {rng.choice(WORDS)},” she said.", " "),
    "one-word": (lambda rng, w: f"{w.capitalize()}.", " "),
    "no-sentence-end": (lambda rng, w: w, " "),
    "headline-lines": (lambda rng, w: f"{w.capitalize()} {rng.choice(WORDS).capitalize()}", "\n"),
    "brackets": (lambda rng, w: rng.choice("()[]{}") + w[:2], " "),
}


@builder("sentence-shapes")
def _sentence_shapes(rng: random.Random, small: bool) -> HostileCase:
    shape = rng.choice(sorted(_SENTENCE_SHAPES) + ["nested-parentheses"])
    size = 20_000 if small else 100_000
    if shape == "nested-parentheses":
        body = "(" * (size // 2) + SENTENCE + ")" * (size // 2)
    else:
        piece, sep = _SENTENCE_SHAPES[shape]
        body = _filled(rng, size, piece, sep)
    return HostileCase("sentence-shapes", f"sentences-{shape}.txt".encode(), f"Sentences\n{body}\n".encode(),
                       f"{shape}, {size:,} chars")


def case_of(kind: str, rng: random.Random, *, small: bool = True) -> HostileCase:
    return _BUILDERS[kind](rng, small)


def cases(seed: int, count: int, *, small: bool = True) -> Iterator[HostileCase]:
    """``count`` cases, the classes taken in turn, each drawn from one seeded generator."""
    rng = random.Random(seed)
    order = kinds()
    for index in range(count):
        yield case_of(order[index % len(order)], rng, small=small)


def corpus(seed: int = 17) -> list[HostileCase]:
    """The CI corpus: two cases of every class, plus every malformed record value and charset."""
    rng = random.Random(seed)
    out = [case_of(kind, rng) for kind in kinds() for _ in range(2)]
    good = json.dumps({"title": "Good record", "text": GOOD_A.split("\n", 1)[1]})
    for label, field in _BAD_VALUES:
        if field is not None:
            bad = '{"text": "The council said on Monday that the permit system worked well.", ' + field + "}"
            out.append(HostileCase("record-values", b"records.jsonl", f"{bad}\n{good}\n".encode(), label))
    for token in ("2.0.1", "12.05.2024", "127.0.0.1"):
        text = f"Update\nThe city council said on Monday that version {token} of the permit system was installed.\n"
        out.append(HostileCase("number-like-token", b"version.txt", text.encode(), token))
    return out
