"""A thesaurus from Open English WordNet: what kind of thing a noun names, and which words mean alike.

    kind_of("residents")                -> "person"; kind_of("miners") -> "worker"; kind_of("ferries") -> "vehicle"
    same_kind("inhabitants", "evacuees") -> True

Words are taken as written: irregular plurals by OEWN's own table ("children"), regular endings
by rule ("-ies", "-es", "-s", "-men"). A noun's kind is that of its commonest sense, the nearest head of its hypernym chain
(person, worker, vehicle, building, money, time, unit, place, ...: scripts/build_thesaurus.py
lists them). The table, data/thesaurus_nouns.tsv, is read on first use, so importing this module
costs nothing. Source and licence: data/thesaurus.md. (Verbs of one meaning were built too and
left out: every conflict check that used them gained false conflicts; bench/README.md, thesaurus10.)

Which words mean alike, every part of speech (data/thesaurus_words.tsv, read on first use):

    related("routes", "lines")   -> True   (a route is a line of travel: a hypernym)
    related("choose", "elect")   -> True   (one synset)
    antonyms("closed")           -> {"open", ...}

Only a quotation's words are judged this way (conflicts/quotes.py): whether a translation's other
word for a thing says the same, never whether two facts are about one thing.

Which words only name a thing (data/thesaurus_things.tsv, read on first use): every sense a body
part, an artifact, a substance, food, a plant, a natural object or an amount, so that framing does not read
them as loaded however loud the article ("throat", "shellfish", "metal-detector"; not "pockets").

    names_a_thing("throat") -> True; names_a_thing("ropes") -> False (to rope someone in)

Which nouns name a post a person holds or a kin, and whether two such posts are one (data/thesaurus_people.tsv,
read on first use): a noun whose commonest sense is a worker, a leader, a professional, a warden or
officer, a scientist or a judge, or a relative; not "victim", "witness", "resident" or "passenger",
which tell a situation.

    post_of("warden") -> "post"; post_of("employee") -> "vague"; post_of("victim") -> ""
    same_post("director", "manager") -> True; same_post("warden", "minister") -> False

Which nouns name a currency or a coin, in any sense (data/currencies.tsv, read on first use; scripts/build_currencies.py),
and whether money is the noun's first sense:

    money_noun("forints") -> ("forint", True); money_noun("marks") -> ("mark", False); money_noun("votes") -> None
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = [
    "antonyms", "irregular_lemmas", "kind_of", "kinds_of", "lemma_of", "money_noun", "names_a_thing", "opposite", "post_of", "post_under", "related",
    "same_kind", "same_post", "senses", "synonyms",
]

def _table(name: str) -> str:
    """A packaged thesaurus table's rows, past its first line (the OEWN commit it was built from)."""
    text = (resources.files("rashomon") / "data" / name).read_text(encoding="utf-8")
    return text[text.index("\n") + 1 :]


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """noun -> "KIND,KIND,KIND" (its first senses' kinds), or "=LEMMA" for an irregular plural.
    Kept as written and split on use: parsing every row would slow the first comparison."""
    text = _table("thesaurus_nouns.tsv")
    cells = text.strip().replace("\n", "\t").split("\t")
    return dict(zip(cells[0::2], cells[1::2]))


# "people" is the plural of "person" in news; OEWN has it only as a noun of its own (a group).
_PLURALS = {"people": "person"}


def _noun_candidates(word: str) -> list[str]:
    out = [_PLURALS.get(word, word)]
    if word.endswith("men"):
        out.append(word[:-3] + "man")  # "women", "policemen": OEWN lists only some
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


@lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    """The OEWN noun lemma ``word`` is a form of, or "" when none is known."""
    w = word.lower().strip("’'").removesuffix("’s").removesuffix("'s")
    nouns = _nouns()
    if nouns.get(w, "").startswith("="):
        return nouns[w][1:]
    return next((c for c in _noun_candidates(w) if c in nouns and not nouns[c].startswith("=")), "")


def kinds_of(noun: str) -> tuple[str, ...]:
    """The kinds of the noun's first senses, commonest first ("-" for a sense under no head)."""
    lemma = lemma_of(noun)
    return tuple(_nouns()[lemma].split(",")) if lemma else ()


def kind_of(noun: str) -> str:
    """The kind of thing the noun's commonest sense names ("person", "worker", "vehicle", ...), "" if none."""
    kinds = kinds_of(noun)
    return kinds[0] if kinds and kinds[0] != "-" else ""


def same_kind(noun_a: str, noun_b: str) -> bool:
    """Whether the two nouns' commonest senses are things of one kind (both people, both vehicles)."""
    kind = kind_of(noun_a)
    return bool(kind) and kind == kind_of(noun_b)


@lru_cache(maxsize=1)
def _money() -> dict[str, tuple[str, bool]]:
    """word -> (its lemma, whether money is the lemma's first noun sense)."""
    rows = _table("currencies.tsv").strip().split("\n")
    return {word: (lemma, first == "1") for word, lemma, first in (row.split("\t") for row in rows)}


def money_noun(word: str) -> tuple[str, bool] | None:
    """(lemma, first) when ``word`` names a currency or a coin in some sense of OEWN's ("korunas",
    "kroner", "marks", "ducats"), ``first`` when that is its commonest sense; None otherwise."""
    table = _money()
    w = word.lower()
    # regular plurals by the spelling rule alone: "-es" only after a sibilant ("miles" is no "mil")
    candidates = [w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith(("ses", "xes", "zes", "ches", "shes")) else ""]
    return next((table[c] for c in candidates if c in table), None)


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """word -> "SENSES\tNEAR\tANTONYMS\tFORM_OF" (scripts/build_thesaurus_words.py); split on use."""
    text = _table("thesaurus_words.tsv")
    rows = text.strip().split("\n")
    return dict(row.split("\t", 1) for row in rows)


def _inflected_candidates(word: str) -> list[str]:
    """Lemmas a regular inflection may stand for ("routes" -> route, "closed" -> close, "stopped" ->
    stop, "largest" -> large, "biggest" -> big)."""
    out = [word]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                         ("ing", ""), ("ing", "e"), ("iest", "y"), ("est", ""), ("est", "e"), ("ier", "y"), ("er", ""),
                         ("er", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + repl
            out.append(stem)
            if repl == "" and len(stem) >= 3 and stem[-1] == stem[-2] and suffix in ("ed", "ing", "est", "er"):
                out.append(stem[:-1])
    return out


@lru_cache(maxsize=16384)
def _lemmas(word: str) -> tuple[str, ...]:
    """The OEWN lemmas a written word may be: itself, a regular inflection's, an irregular form's."""
    table = _words()
    out: list[str] = []
    for c in _inflected_candidates(word.lower().strip("’'")):
        if c in table:
            senses, _, _, form_of = table[c].split("\t")
            out += ([c] if senses else []) + [w for w in form_of.split(",") if w in table]
    return tuple(dict.fromkeys(out))


def adjective_superlative(word: str) -> bool:
    """Whether a word in -est is the superlative of a lemma ("largest" -> large, "biggest" -> big,
    "happiest" -> happy), and no lemma of its own ("interest", "forest", "protest")."""
    word = word.lower()
    if not word.endswith("est"):
        return False
    table = _words()
    if word in table and table[word].split("\t")[0]:
        return False  # a lemma with senses of its own
    if word in table and any(w in table for w in table[word].split("\t")[3].split(",") if w):
        return True  # an irregular form OEWN lists ("biggest" -> big)
    stems = [c for c in _inflected_candidates(word)[1:] if len(c) >= 3 and not c.endswith("est")]
    return any(c in table and table[c].split("\t")[0] for c in stems)


def _fields(lemma: str) -> tuple[set[str], set[str], set[str]]:
    senses, near, opposite, _ = _words()[lemma].split("\t")
    return set(senses.split()), set(near.split()), set(opposite.split())


def related(word_a: str, word_b: str) -> bool:
    """Whether some sense of one word is a sense of the other, or one step from it (its hypernym,
    a similar adjective, a derivation): "medicine" / "medicaments", "choose" / "elect", "routes" /
    "lines". Broad on purpose, every sense counts: it tells a translation's word from a changed one."""
    for la in _lemmas(word_a):
        own_a, near_a, _ = _fields(la)
        for lb in _lemmas(word_b):
            own_b, near_b, _ = _fields(lb)
            if la == lb or own_a & (own_b | near_b) or own_b & near_a:
                return True
    return False


def senses(word: str) -> frozenset[str]:
    """Every OEWN synset of every lemma the written word may be (empty when none is known)."""
    return frozenset(sense for lemma in _lemmas(word) for sense in _fields(lemma)[0])


def irregular_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of which OEWN lists the written word as an irregular form ("knew" -> know, "given" ->
    give, "paid" -> pay); empty for a regular form or a word OEWN does not know."""
    row = _words().get(word.lower().strip("’'"))
    return tuple(w for w in row.split("\t")[3].split(",") if w) if row else ()


def own_lemma(word: str) -> bool:
    """Whether the word as written is an OEWN lemma with senses of its own ("cook", "private"; not
    "came", only a form of "come")."""
    row = _words().get(word.lower())
    return bool(row and row.split("\t", 1)[0])


def synonyms(word_a: str, word_b: str) -> bool:
    """Whether some sense of one word is a sense of the other (one synset: "decide" / "determine")."""
    return any(_fields(la)[0] & _fields(lb)[0] for la in _lemmas(word_a) for lb in _lemmas(word_b))


def narrows(word_a: str, word_b: str) -> bool:
    """Whether ``word_a`` has a single sense, and it is ``word_b``'s commonest sense or one step
    under it ("burgomaster" / "mayor"); strict where ``related`` is broad, so one rare sense of a
    common word does not count."""
    for la in _lemmas(word_a):
        own_a, near_a, _ = _fields(la)
        if len(own_a) != 1:
            continue
        for lb in _lemmas(word_b):
            senses_b = _words()[lb].split("\t")[0].split()
            if senses_b and (senses_b[0] in own_a or senses_b[0] in near_a):
                return True
    return False


def antonyms(word: str) -> set[str]:
    """The lemmas OEWN calls antonyms of any sense of the word ("closed" -> open, ...)."""
    return {w for lemma in _lemmas(word) for w in _fields(lemma)[2]}


def opposite(word_a: str, word_b: str) -> bool:
    """Whether OEWN calls some sense of one word an antonym of a sense of the other ("closed" / "open")."""
    return bool(set(_lemmas(word_b)) & antonyms(word_a)) or bool(set(_lemmas(word_a)) & antonyms(word_b))


@lru_cache(maxsize=1)
def _things() -> frozenset[str]:
    """The words whose every OEWN sense names a physical thing (scripts/build_thesaurus_things.py)."""
    text = _table("thesaurus_things.tsv")
    return frozenset(text.split())


@lru_cache(maxsize=16384)
def names_a_thing(word: str) -> bool:
    """Whether every lemma ``word`` may be a form of only ever names a physical thing: a body part, an
    artifact, a substance, food, a plant, a natural object, an amount ("throat", "shellfish", "metal-detector", "handful").
    Such a word says what is there, not what the outlet thinks of it. Not "ropes" (to rope is a verb
    too), "pockets" (to pocket money), "garbage" (worthless talk), nor an animal's name ("vipers")."""
    w = word.lower().strip("’'").removesuffix("’s").removesuffix("'s")
    # the table leaves out every listed word that is also a form of another lemma ("tore", "glasses"),
    # so a plural is read through its singular ("throats"), without the large table of all words
    return any(c in _things() for c in _noun_candidates(w))


@lru_cache(maxsize=1)
def _people() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """noun -> (class, its senses, every hypernym of them) (scripts/build_thesaurus_people.py)."""
    text = _table("thesaurus_people.tsv")
    out = {}
    for row in text.strip().split("\n"):
        word, kind, senses, above = row.split("\t")
        out[word] = (kind, frozenset(senses.split()), frozenset(above.split()))
    return out


def post_of(noun: str) -> str:
    """"post" when the noun's commonest sense names a post a person holds ("warden", "veterinarian"),
    "vague" when it names many posts and none in particular ("employee", "official"); a kin term's
    line, "kin:up" ("father"), "kin:down" ("son"), "kin:spouse", "kin:side" ("cousin", "brother-in-law")
    or "kin:vague" ("relative"); else ""."""
    row = _people().get(noun.lower())
    return row[0] if row else ""


def post_under(noun: str, other: str) -> bool:
    """Whether some sense of ``noun`` is a sense of ``other`` or lies under one ("nominee" / "candidate")."""
    people = _people()
    return noun in people and other in people and bool(people[other][1] & (people[noun][1] | people[noun][2]))


def same_post(noun_a: str, noun_b: str) -> bool | None:
    """True: one post in two words (a shared sense, or one word's sense above the other's:
    "director" / "manager", "surgeon" / "doctor"); False: two posts, each named precisely
    ("warden" / "minister", "veterinarian" / "director"), or two kin of one line ("cousin" /
    "brother-in-law"); None: a word that names no post, a vague one, or kin of two lines (a son of
    one person is a father of another)."""
    people = _people()
    if noun_a not in people or noun_b not in people:
        return None
    (kind_a, own_a, above_a), (kind_b, own_b, above_b) = people[noun_a], people[noun_b]
    if noun_a == noun_b or own_a & (own_b | above_b) or own_b & above_a:
        return True
    return False if kind_a == kind_b and not kind_a.endswith("vague") else None
