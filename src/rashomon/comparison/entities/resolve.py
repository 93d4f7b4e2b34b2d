"""Stages 2 and 3: mentions from several articles -> one Entity per real-world referent, with
the forms that look garbled.

The resolution works on distinct name strings, never on all token pairs:

1. forms: mentions grouped by their folded text ("Blinken’s" and "Blinken" are one form; a
   country, its aliases and its demonyms share a territory code).
2. surnames: the last word of each full person name, and each one-word name, are clustered with
   their near misses (rapidfuzz edit distance: "Blinkin" ~ "Blinken") and truncations seen in
   the same name slot ("Anthony Blink" ~ "Anthony Blinken").
3. full names with one surname merge when their first names agree (equal, an initial, a near
   miss or the same sound: "Gabi" ~ "Gabby"), or when they differ but never meet in one article
   and carry the same title ("US President Joe Biden" ~ "US President George W. Biden").
4. a surname alone joins the person it names; when two people share it, each mention joins the
   nearest full name before it in its article.
5. acronyms join the long form whose capitalised words' initials they spell ("ICC").
6. demonyms join their country when it is mentioned; multi-word names join their near misses.
7. entities, numbered by first appearance; suspects: the rarer forms of a name, first names
   and titles that differ from the ones used for the same person elsewhere.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from ...model import Entity, Suspect
from .lexicon import fold, lexicon
from .mentions import ORG, OTHER, PERSON, PLACE, TaggedMention
from .orgs import only_reworded, org_words, same_body
from .names import (
    _CONNECTOR_WORDS,
    ascii_fold,
    skeleton,
    first_names_agree,
    first_names_sound_alike,
    is_word,
    split_name,
    titles_agree,
    titles_related,
    transliterated,
)

log = logging.getLogger(__name__)

MIN_NEAR_MISS = 5  # shorter names are too easily one edit apart ("Trump" / "Truman" is two)
MAX_TRUNCATION = 3  # letters a truncated surname may lose ("Blink" for "Blinken")
MIN_TRUNCATED = 4
MIN_TRUNCATED_ALONE = 6  # a truncation with no first name or title beside it must be this long
MAX_UNBLOCKED = 400  # surnames compared all against all; more are compared within blocks
MAX_COMPARED = 200  # each name is compared with at most this many more frequent names of its block
_LEGAL_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "corp", "corporation", "co", "ag", "sa", "gmbh", "nv", "bv",
                             "limited", "incorporated", "lp", "llp", "spa", "oyj", "asa", "ab"})
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ns", "ans", "ians", "is")
_LOCATIVE = frozenset({"in", "near", "outside", "across", "around", "throughout", "into", "inside"})
_HOLDINGS = frozenset({"shares", "stake", "stakes", "investment", "investments", "interest", "confidence", "trust",
                       "investors", "share", "holdings", "position", "positions", "jobs", "role", "work", "career"})
_PLACE_KINDS = frozenset({"city", "town", "village", "province", "region", "district", "south", "north", "east", "west",
                          "outskirts", "port", "capital", "centre", "center", "streets", "mayor", "residents", "people"})


def _locative(before: str) -> bool:
    """"in Halden", "south of Pallavur", "the city of Pallavur": words that put a name on a map
    ("shares in Orvalis", "a stake in" do not)."""
    words = before.split()
    if words and words[-1] in _LOCATIVE:
        return not (len(words) == 2 and words[0] in _HOLDINGS)
    return len(words) == 2 and words[1] == "of" and words[0] in _PLACE_KINDS
VARIANT = "="  # _garble_of: the same name (accents aside), not a garble

_DERIVATIONS = {"s", "es", "n", "ns", "an", "ans", "i", "is", "ian", "ians", "ese", "er", "ers", "ite", "ites"}


# --- resolution -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Form:
    key: str
    order: int  # index of the first mention
    items: list[int] = field(default_factory=list)  # mention indices
    surfaces: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    first: str = ""  # person full names: first names ...
    surname: str = ""  # ... and surname ("" when not a full person name)

    @property
    def surface(self) -> str:
        return self.surfaces.most_common(1)[0][0]

    @property
    def type(self) -> str:
        votes = {t: n for t, n in self.types.items() if t != OTHER}
        if not votes:
            return OTHER
        return max(votes, key=lambda t: (votes[t], t == PERSON, t == ORG))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(slots=True)
class _SurnameCluster:
    canonical: str  # folded
    display: str  # as written most often
    why: dict[str, str]  # folded member -> reason it is a garble of the canonical


def _form_key(tm: TaggedMention) -> str:
    lex = lexicon()
    if tm.place:
        return f"@{tm.place}~d" if tm.demonym else f"@{tm.place}"
    key = ascii_fold(tm.mention.text)
    if key.startswith("the ") and len(key) > 4:
        key = key[4:]
    words = key.split()
    if len(words) > 1 and words[-1].rstrip(".,") in _LEGAL_SUFFIXES:
        key = " ".join(words[:-1]).rstrip(",")  # "Apple Inc." is Apple, "General Motors Corporation" is General Motors
    if tm.type == ORG:
        words = tm.mention.text.split()
        for k in range(len(words) - 1, 0, -1):  # "US State Department" -> "state department"
            left = " ".join(words[:k])
            if lex.place_code(left) is not None or lex.demonym_code(left) is not None:
                key = ascii_fold(" ".join(words[k:]))
                break
    return key


class _Resolver:
    def __init__(self, tagged: Sequence[TaggedMention], translated: frozenset[str] = frozenset()) -> None:
        self.tagged = list(tagged)
        self.translated = translated  # articles that say they were machine-translated
        self.article_order = {a: n for n, a in enumerate(dict.fromkeys(t.mention.article for t in tagged))}
        self.forms: dict[str, _Form] = {}
        self.of_item: list[str] = []
        for n, tm in enumerate(self.tagged):
            key = _form_key(tm)
            form = self.forms.get(key)
            if form is None:
                form = self.forms[key] = _Form(key=key, order=n)
            form.items.append(n)
            form.surfaces[tm.mention.text] += 1
            form.types[tm.type] += 1
            self.of_item.append(key)
        for form in self.forms.values():
            if form.type == PERSON and len(form.surface.split()) > 1:
                form.first, form.surname = split_name(form.surface)
        # "Lyndon Johnson", "Tara Reid ... Reid said": two or three capitalised words ending in a
        # known person's surname, or in a word that stands alone elsewhere as a name.
        surnames = {ascii_fold(f.surname) for f in self.forms.values() if f.surname}
        full_surnames = set(surnames)
        surnames |= {f.key for f in self.forms.values()
                     if " " not in f.key and not f.key.startswith("@") and f.type in (PERSON, OTHER) and not _acronym(f.surface)}
        # "Declan Farrow" beside "representative Declan Farow": the first name of a known person
        # and a near miss of that person's surname make a person too, whose surname step 2 compares.
        known_people: dict[str, list[tuple[str, str]]] = defaultdict(list)  # first name's sound key -> people
        for f in self.forms.values():
            if f.surname and f.first and " " not in f.first:
                known_people[skeleton(f.first)].append((ascii_fold(f.first), ascii_fold(f.surname)))
        for form in self.forms.values():
            words = form.surface.split()
            if not (form.type == OTHER and 1 < len(words) <= 3 and all(w[:1].isupper() for w in words)
                    and fold(words[0]) not in lexicon().common):
                continue
            last = ascii_fold(words[-1])
            if last not in full_surnames and self._is_place(last):
                continue  # "Forward Orvesia": a word and a place, not a person
            # "Dunmere Rovers", "Supporters' Trust": a word standing alone elsewhere is no surname
            if (last in surnames and (last in full_surnames or not is_word(last))) or any(
                (first_names_agree(words[0], first) or first_names_sound_alike(words[0], first)) and (
                    is_word(last) or transliterated(last, surname) or len(last) >= MIN_NEAR_MISS
                    and Levenshtein.distance(last, surname) <= (1 if max(len(last), len(surname)) <= 7 else 2))
                for first, surname in known_people.get(skeleton(words[0]), ())
            ):
                form.first, form.surname = split_name(form.surface)
        self.uf = _UnionFind()
        self.override: dict[int, str] = {}  # mention index -> form key it joins (shared surnames)
        self.surnames: dict[str, _SurnameCluster] = {}  # folded surname -> its cluster

    def common_words(self) -> set[str]:
        """Forms that are one ordinary English word with no evidence of a name ("Crews",
        "Courier", "Kick", "Trust", "Stewards"): no title or honorific beside it, no place or
        demonym, not the surname of a person named in full, not the first word of a longer name,
        and never capitalised after a lower-case word (only at the start of sentences or lines)."""
        full_surnames = {ascii_fold(f.surname) for f in self.forms.values() if f.surname and f.first}
        openers = {f.key.split()[0] for f in self.forms.values() if " " in f.key}
        out = set()
        for form in self.forms.values():
            key = form.key
            if " " in key or key.startswith("@") or _acronym(form.surface) or key in full_surnames or key in openers:
                continue
            if not (is_word(key) or key.endswith("s") and is_word(key[:-1])):
                continue
            if any(self.tagged[i].mention.title or self.tagged[i].honorific for i in form.items):
                continue
            if lexicon().place_code(key) is not None or form.surface in lexicon().first_names:
                continue
            if any(self.tagged[i].before for i in form.items):
                continue  # capitalised after a lower-case word somewhere ("the Greens"): written as a name
            if any(len(key) >= MIN_TRUNCATED and (s.startswith(key) or Levenshtein.distance(s, key) <= 1) for s in full_surnames):
                continue  # "Marrow added" for "Hedda Marrowby": a garbled surname, which the flags need
            out.add(key)
        return out

    def _is_place(self, key: str) -> bool:
        """A one-word name with place evidence: a gazetteer entry, a demonym of it among the
        story's names ("Orvesian" for "Orvesia"), or a dateline in capitals ("DRUNESK")."""
        if lexicon().place_code(key) is not None or lexicon().demonym_code(key) is not None:
            return True
        stems = (key, key[:-1]) if key.endswith(("a", "e", "o")) else (key,)
        if any(stem + ending in self.forms for stem in stems for ending in _DEMONYM_ENDINGS):
            return True
        if any(key.endswith(ending) and (key[: -len(ending)] in self.forms or key[: -len(ending)] + "a" in self.forms)
               for ending in _DEMONYM_ENDINGS if len(key) > len(ending) + 3):
            return True  # "Veskarian" beside "Veskaria": a demonym
        form = self.forms.get(key)
        if form is None:
            return False
        if any(s.isupper() and len(s) > 3 for s in form.surfaces):
            return True
        return any(_locative(self.tagged[i].before) for i in form.items)

    # 2. surnames and their garbles
    def _surname_strings(self) -> dict[str, Counter]:
        """Folded surname -> how it is written, counting every mention that uses it."""
        out: dict[str, Counter] = defaultdict(Counter)
        for form in self.forms.values():
            if form.key.startswith("@"):
                continue
            if form.surname:
                out[ascii_fold(form.surname)][form.surname] += len(form.items)
            elif len(form.surface.split()) == 1 and form.type in (PERSON, OTHER) and not _acronym(form.surface):
                out[form.key][form.surface] += len(form.items)
        return out

    def _slot_forms(self, surname: str) -> list[_Form]:
        """The forms whose surname (or whole one-word text) is ``surname`` (folded)."""
        if not hasattr(self, "_by_slot"):
            self._by_slot: dict[str, list[_Form]] = defaultdict(list)
            for f in self.forms.values():
                self._by_slot[ascii_fold(f.surname or f.surface)].append(f)
        return self._by_slot.get(surname, [])

    def _surname_articles(self, surname: str) -> set[str]:
        return {a for f in self._slot_forms(surname) for a in self._articles(f)}

    def _same_slot(self, short: str, long_: str) -> bool:
        """A truncated surname stands where the full one does: after its first name or title."""
        short_forms, long_forms = self._slot_forms(short), self._slot_forms(long_)
        firsts = {ascii_fold(f.first) for f in long_forms if f.first}
        titles = {self.tagged[i].mention.title for f in long_forms for i in f.items if self.tagged[i].mention.title}
        for f in short_forms:
            if f.first and any(first_names_agree(f.first, g) for g in firsts):
                return True
            for i in f.items:
                title = self.tagged[i].mention.title
                if title and any(titles_agree(title, t) for t in titles):
                    return True
        return False

    def cluster_surnames(self) -> None:
        strings = self._surname_strings()
        counts = {s: sum(c.values()) for s, c in strings.items()}
        order = {s: n for n, s in enumerate(strings)}
        # No blocking by first letter ("Wallau" / "Vallau", "Genrikh" / "Henrik" differ there);
        # only a story with very many names is split by first letter and by sound key, to stay fast.
        blocks: dict[str, list[str]] = defaultdict(list)
        for s in strings:
            if len(strings) <= MAX_UNBLOCKED:
                blocks[""].append(s)
            else:
                blocks[s[:1]].append(s)
                key = skeleton(s.split()[-1])[:1]
                if key != s[:1]:
                    blocks["~" + key].append(s)
        uf = _UnionFind()
        why: dict[str, str] = {}
        for group in blocks.values():
            # most frequent first: each string is compared with the names more frequent than itself
            group.sort(key=lambda s: (*self._trust(self._surname_articles(s)), -counts[s], order[s]))
            for n, rare in enumerate(group):
                if rare in why:
                    continue
                for common in group[: min(n, MAX_COMPARED)]:  # a garble is of a frequent name
                    reason = self._garble_of(rare, common, counts)
                    if reason:
                        uf.union(common, rare)
                        if reason != VARIANT:
                            why[rare] = reason.replace("{}", strings[common].most_common(1)[0][0])
                        break
        self._translated_surnames(strings, counts, uf, why)
        members: dict[str, list[str]] = defaultdict(list)
        for s in strings:
            members[uf.find(s)].append(s)
        for group in members.values():
            canonical = min(group, key=lambda s: (s in why, *self._trust(self._surname_articles(s)), -counts[s], order[s]))
            cluster = _SurnameCluster(canonical=canonical, display=strings[canonical].most_common(1)[0][0],
                                      why={s: why[s] for s in group if s != canonical and s in why})
            for s in group:
                self.surnames[s] = cluster

    def _translated_surnames(self, strings: dict[str, Counter], counts: dict[str, int], uf: _UnionFind,
                             why: dict[str, str]) -> None:
        """"Radomir Kettle" in one article, "Radomir Kessel" in the others: the same first name
        with a surname that is an English word, never beside the other surname, is the same
        person whose surname a translation turned into a word."""
        people: dict[str, list[_Form]] = defaultdict(list)  # folded first name -> full-name forms
        for form in self.forms.values():
            if form.surname and form.first and len(ascii_fold(form.first)) > 2:
                people[skeleton(form.first.split()[0])].append(form)  # "Yevgeniy" = "Yevgeny"
        for forms in people.values():
            if len(forms) < 2 or len(forms) > 8:
                continue
            for word_form in forms:
                word = ascii_fold(word_form.surname)
                if " " in word or not is_word(word) or word in why:
                    continue
                word_articles = self._articles(word_form)
                others: dict[str, set[str]] = defaultdict(set)  # surname cluster -> articles of its full names
                for f in forms:
                    root = uf.find(ascii_fold(f.surname))
                    if root != uf.find(word):  # a garbled spelling beside the word proves nothing
                        others[root] |= set() if ascii_fold(f.surname) in why else self._articles(f)
                # the other surname beside the word in one article: two people, unless that article is a
                # machine translation, which may translate a name in one place and not in another
                candidates = [o for o, articles in others.items()
                              if articles and not (articles & word_articles - self.translated)]
                if len(candidates) != 1:
                    continue  # two people could own the first name: leave them apart
                original = candidates[0]
                original_articles = {a for m in strings if uf.find(m) == original for a in self._surname_articles(m)}
                if is_word(original) and len(original_articles) <= len(self._surname_articles(word)):
                    continue  # both are words ("Vogel" / "Bird"): the one fewer articles use is the translation
                uf.union(original, word)
                why[word] = f"surname '{strings[word].most_common(1)[0][0]}' looks translated as a word; " \
                            f"'{strings[original].most_common(1)[0][0]}' is used with the same first name elsewhere"

    def _garble_of(self, rare: str, common: str, counts: dict[str, int]) -> str:
        """Why ``rare`` reads as a garbled ``common`` ("" when it does not; VARIANT when it is the
        same name written without its accents)."""
        if ascii_fold(rare) == ascii_fold(common):
            return VARIANT
        rare, common = rare.split()[-1], common.split()[-1]  # "bin Hamdan al-Rifai" / "al-Rufai"
        if rare == common:
            return ""
        if common.startswith(rare) and len(rare) >= MIN_TRUNCATED and len(common) - len(rare) <= MAX_TRUNCATION:
            if self._same_slot(rare, common) or self._lone_truncation(rare, common):
                return "truncated form of '{}'"
            return ""
        short, long_ = sorted((rare, common), key=len)
        if long_.startswith(short) and long_[len(short):] in _DERIVATIONS:
            return ""  # a plural or a demonym ("Alaska" / "Alaskan"), not a garble
        distance = Levenshtein.distance(rare, common)
        near = min(len(rare), len(common)) >= MIN_NEAR_MISS and distance <= (1 if max(len(rare), len(common)) <= 7 else 2)
        if near and distance == 1:
            reason = f"near miss of the more frequent '{{}}' (edit distance {distance})"
        elif transliterated(rare, common):
            reason = "transliteration of the more frequent '{}'"
        elif near:
            reason = f"near miss of the more frequent '{{}}' (edit distance {distance})"
        else:
            return ""
        return "" if self._two_people(rare, common, counts) else reason

    def _two_people(self, a: str, b: str, counts: dict[str, int]) -> bool:
        """Two established names used side by side, or with first names that clash."""
        if self._first_names_clash(a, b) and self._surname_articles(a) & self._surname_articles(b):
            return True  # "Paul Martin" and "Lee Marvin" in one article
        if counts.get(a, 0) >= 3 and counts.get(b, 0) >= 3 and self._surname_articles(a) & self._surname_articles(b):
            return not self._first_names_link(a, b)  # used side by side, and no first name ties them
        return False

    def _first_names_link(self, a: str, b: str) -> bool:
        fa = {f.first for f in self._slot_forms(a) if f.first}
        fb = {f.first for f in self._slot_forms(b) if f.first}
        return any(first_names_agree(x, y) or first_names_sound_alike(x, y) for x in fa for y in fb)

    def _lone_truncation(self, short: str, long_: str) -> bool:
        """"Whitcom declared" for "Alan Whitcombe": a long word never written with a first name
        of its own, cut from the surname of a person named in full."""
        if len(short) < MIN_TRUNCATED_ALONE:
            return False
        lex = lexicon()
        short_forms = self._slot_forms(short)
        if any(f.first or f.type not in (PERSON, OTHER) for f in short_forms):
            return False
        if any(w.casefold() == short for w in lex.first_names):
            return False
        return any(f.type == PERSON and f.first for f in self._slot_forms(long_))

    def _first_names_clash(self, a: str, b: str) -> bool:
        fa = {f.first for f in self._slot_forms(a) if f.first}
        fb = {f.first for f in self._slot_forms(b) if f.first}
        return bool(fa and fb) and not any(first_names_agree(x, y) or first_names_sound_alike(x, y) for x in fa for y in fb)

    def canonical_surname(self, surname: str) -> str:
        cluster = self.surnames.get(ascii_fold(surname))
        return cluster.canonical if cluster else ascii_fold(surname)

    # 3. full names
    def merge_full_names(self) -> None:
        by_surname: dict[str, list[_Form]] = defaultdict(list)
        for form in self.forms.values():
            if form.surname:
                by_surname[self.canonical_surname(form.surname)].append(form)
        for group in by_surname.values():
            group.sort(key=lambda f: (-len(f.items), f.order))
            shared = self._surname_shared(group)
            for n, form in enumerate(group):
                for other in group[:n]:
                    if self._same_person(form, other, shared):
                        self.uf.union(other.key, form.key)
                        break

    def _surname_shared(self, group: list[_Form]) -> bool:
        """Two people carry this surname: some article names two with first names that differ."""
        by_article: dict[str, list[str]] = defaultdict(list)
        for form in group:
            if self._garble_reason_of(form.surname):
                continue  # "Benoît Baker" beside "Benedict Boulanger": a garbled surname proves nothing
            for article in self._articles(form):
                by_article[article].append(form.first)
        return any(not (first_names_agree(x, y) or first_names_sound_alike(x, y))
                   for firsts in by_article.values() for n, x in enumerate(firsts) for y in firsts[n + 1 :])

    def _garble_reason_of(self, surname: str) -> str:
        cluster = self.surnames.get(ascii_fold(surname))
        return cluster.why.get(ascii_fold(surname), "") if cluster else ""

    def _articles(self, form: _Form) -> set[str]:
        return {self.tagged[i].mention.article for i in form.items}

    def _titles(self, form: _Form) -> set[str]:
        return {self.tagged[i].mention.title for i in form.items if self.tagged[i].mention.title}

    def _same_person(self, a: _Form, b: _Form, shared: bool) -> bool:
        if first_names_agree(a.first, b.first) or first_names_sound_alike(a.first, b.first):
            return True
        # Different first names: never side by side, and either one surname stands for one
        # person in this story or both carry the same role.
        if self._articles(a) & self._articles(b):
            return False
        titles_a, titles_b = self._titles(a), self._titles(b)
        if titles_a and titles_b and not any(titles_related(x, y) for x in titles_a for y in titles_b):
            return False  # "Senator Maria Okafor", "Judge Daniel Okafor": two offices, two people
        return not shared or any(titles_agree(x, y) for x in titles_a for y in titles_b)

    # 4. a surname alone
    def attach_surnames(self) -> None:
        full_by_surname: dict[str, set[str]] = defaultdict(set)
        for form in self.forms.values():
            if form.surname:
                full_by_surname[self.canonical_surname(form.surname)].add(self.uf.find(form.key))
        for form in self.forms.values():
            if form.surname or form.key.startswith("@"):
                continue
            canonical = self.canonical_surname(form.key)
            people = full_by_surname.get(canonical, set())
            if len(people) == 1:
                self.uf.union(next(iter(people)), form.key)
            elif len(people) > 1:
                self._attach_each(form, people)
            elif canonical != form.key:
                self.uf.union(canonical, form.key)  # garbles of a surname never written in full

    def _attach_each(self, form: _Form, people: set[str]) -> None:
        """A surname two people share: each mention joins the nearest full name before it."""
        sizes = Counter(self.uf.find(self.of_item[i]) for i in range(len(self.tagged)))
        fallback = max(people, key=lambda p: (sizes[p], -self.forms[p].order if p in self.forms else 0))
        for i in form.items:
            article = self.tagged[i].mention.article
            chosen = fallback
            for j in range(i - 1, -1, -1):
                if self.tagged[j].mention.article != article:
                    break
                root = self.uf.find(self.of_item[j])
                if root in people and self.forms[self.of_item[j]].surname:
                    chosen = root
                    break
            self.override[i] = chosen

    def attach_name_prefixes(self) -> None:
        """"Kim Jong" for "Kim Jong Un": a person's name that opens exactly one longer person's
        name, word for word (a name written family name first, cut short)."""
        people = [f for f in self.forms.values() if f.surname and f.first]
        by_prefix: dict[str, set[str]] = defaultdict(set)
        for f in people:
            words = f.key.split()
            for k in range(2, len(words)):
                by_prefix[" ".join(words[:k])].add(self.uf.find(f.key))
        for f in people:
            roots = by_prefix.get(f.key, set())
            if len(roots) == 1:
                self.uf.union(next(iter(roots)), f.key)

    def attach_first_names(self) -> None:
        """"Lena" alone for "Lena Schäfer": a one-word listed first name that opens the name of
        exactly one person in the story, and is nobody's surname."""
        lex = lexicon()
        people: dict[str, set[str]] = defaultdict(set)
        for form in self.forms.values():
            if form.surname and form.first:
                people[ascii_fold(form.first.split()[0])].add(self.uf.find(form.key))
        surnames = {ascii_fold(f.surname) for f in self.forms.values() if f.surname}
        for form in self.forms.values():
            key = form.key
            if " " in key or key.startswith("@") or form.surname or form.surface not in lex.first_names:
                continue
            if self.uf.find(key) != key or key in surnames:
                continue
            roots = people.get(key, set())
            if len(roots) == 1:
                self.uf.union(next(iter(roots)), key)

    # 5. short forms, acronyms, aliases
    def attach_short_forms(self) -> None:
        """"Halden" for "Halden Biologics", "Nordlys" for "Nordlys Energy": one word that opens
        exactly one organisation's name, and has no place evidence and no person behind it."""
        opens: dict[str, set[str]] = defaultdict(set)
        for form in self.forms.values():
            words = form.key.split()
            if len(words) > 1 and not form.key.startswith("@") and not form.surname:
                opens[words[0]].add(form.key)
                if words[-1] != words[0]:
                    opens[words[-1]].add(form.key)  # "Rovers" ends "Dunmere Rovers" and opens "Rovers Supporters' Trust": no short form
        for form in self.forms.values():
            key = form.key
            if " " in key or key.startswith("@") or key not in opens or form.surname or _acronym(form.surface):
                continue
            cluster = self.surnames.get(key)
            if cluster and any(f.surname for f in self._slot_forms(cluster.canonical)):
                continue  # a surname
            if self._is_place(key):
                continue
            roots = {self.uf.find(k) for k in opens[key]}
            if len(roots) == 1 and all(self.forms[k].type in (ORG, OTHER) for k in opens[key]) \
                    and any(k.split()[0] == key for k in opens[key]):
                self.uf.union(next(iter(roots)), key)

    def attach_aliases(self) -> None:
        """Names the text gives as another name of the mention before them ("(FTP)")."""
        at = {(tm.mention.article, tm.mention.start): n for n, tm in enumerate(self.tagged)}
        for n, tm in enumerate(self.tagged):
            if tm.alias_of >= 0:
                named = at.get((tm.mention.article, tm.alias_of))
                if named is not None and not self.of_item[n].startswith("@") and not self.of_item[named].startswith("@"):
                    self.uf.union(self.of_item[named], self.of_item[n])

    def attach_acronyms(self) -> None:
        long_forms: dict[str, set[str]] = defaultdict(set)
        for form in self.forms.values():
            words = form.surface.split()
            if len(words) > 1 and form.type in (ORG, OTHER, PLACE):
                initials = "".join(w[0] for w in words if w.casefold() not in _CONNECTOR_WORDS and w[:1].isupper())
                if len(initials) > 1:
                    long_forms[initials.upper()].add(form.key)
        for form in self.forms.values():
            if not _acronym(form.surface) or form.key.startswith("@"):
                continue
            candidates = {self.uf.find(k) for k in long_forms.get(form.surface.replace(".", ""), ())}
            if len(candidates) == 1:
                self.uf.union(next(iter(candidates)), form.key)

    # 6. places and multi-word near misses
    def attach_demonyms(self) -> None:
        for key in list(self.forms):
            if key.startswith("@") and key.endswith("~d") and key[:-2] in self.forms:
                self.uf.union(key[:-2], key)

    def merge_long_near_misses(self) -> dict[str, str]:
        """Multi-word names whose words are each the same, a near miss or a transliteration
        ("Internatonal Criminal Court", "Tomas Virt" / "Tomaš Wirth"); rare -> reason."""
        buckets: dict[tuple, list[_Form]] = defaultdict(list)
        for form in self.forms.values():
            words = form.surface.split()
            if len(words) > 1 and not form.key.startswith("@"):
                buckets[(len(words),)].append(form)
        for key in [k for k, group in buckets.items() if len(group) > MAX_UNBLOCKED]:
            for form in buckets.pop(key):  # very many names: compare within the same initials only
                buckets[(*key, "".join(w[0] for w in form.key.split()))].append(form)
        why: dict[str, str] = {}
        for group in buckets.values():
            group.sort(key=lambda f: (*self._trust(self._articles(f)), -len(f.items), f.order))
            for n, form in enumerate(group):
                for other in group[: min(n, MAX_COMPARED)]:
                    reason = self._long_garble(form, other)
                    if reason:
                        self.uf.union(other.key, form.key)
                        if len(other.items) > len(form.items) or reason != VARIANT:
                            if reason != VARIANT:
                                why[form.key] = reason
                        break
        return why

    def _long_garble(self, rare: _Form, common: _Form) -> str:
        if rare.surname and common.surname:
            return ""  # two full names: step 3 compared them, with its guards
        if {rare.type, common.type} - {OTHER} and rare.type != common.type and OTHER not in (rare.type, common.type):
            return ""
        both = self._articles(rare) & self._articles(common)
        if both and len(rare.items) >= 2 and len(common.items) >= 2:
            return ""  # both used in one article, again and again: two names
        kinds = set()
        for x, y in zip(rare.key.split(), common.key.split()):
            if x == y:
                continue
            if any(ch.isdigit() for ch in x + y):
                return ""  # "Airbus A320" / "Airbus A380": models, not misspellings
            longest = max(len(x), len(y))
            distance = Levenshtein.distance(x, y)
            if min(len(x), len(y)) >= 4 and distance <= (1 if longest <= 7 else 2):
                kinds.add("near miss")
            elif transliterated(x, y, loose=True):
                kinds.add("transliteration")
            else:
                return ""
        if not kinds:
            return VARIANT
        kind = "near miss" if kinds == {"near miss"} else "transliteration"
        return f"{kind} of the more frequent '{common.surface}'"

    def _short_members(self) -> dict[str, list[_Form]]:
        """One-word forms by the root of their cluster, as the clusters stand now."""
        out: dict[str, list[_Form]] = defaultdict(list)
        for f in self.forms.values():
            if " " not in f.key:
                out[self.uf.find(f.key)].append(f)
        return out

    def _trust(self, articles: set[str]) -> tuple[int, int]:
        """Sort key, most trusted first: articles written in the language (no machine-translation
        notice), then all articles; a translation's garble usually sits in one translated article."""
        return -len(articles - self.translated), -len(articles)

    def _weight(self, form: _Form, short: dict[str, list[_Form]] | None = None) -> tuple[int, int, int, int, int]:
        """How established a form is: articles that use it or the short forms already joined to
        it, then mentions, then first seen. A translation's garble usually sits in one article."""
        root = self.uf.find(form.key)
        short = self._short_members() if short is None else short
        support = [f for f in short.get(root, []) if not _acronym(f.surface)] \
            if root == form.key or " " not in root else []
        articles = {a for f in support for a in self._articles(f)}
        mentions = len(form.items) + sum(len(f.items) for f in support if f is not form)
        own = self._articles(form)
        return len(own - self.translated), len(own), len(articles | own), mentions, -form.order

    def merge_org_variants(self, why: dict[str, str]) -> None:
        """Organisations a translation named with other words (orgs.py); the rarer form is flagged
        unless it only rewords the same words. Equal topics first, then a topic with one more word,
        which joins only when a single body fits."""
        places = {f.key for f in self.forms.values() if " " not in f.key and not f.key.startswith("@")
                  and f.type in (PLACE, OTHER) and not f.surname}
        places |= {f.key for f in self.forms.values() if " " not in f.key and f.type == PLACE}
        candidates = [f for f in self.forms.values() if " " in f.key and not f.key.startswith("@")
                      and not f.surname and f.type in (ORG, OTHER)]
        if len(candidates) > MAX_UNBLOCKED:
            return  # pairwise on a bounded number only
        words = {f.key: org_words(f.surface, places) for f in candidates}
        candidates.sort(key=lambda f: (-len(f.items), f.order))
        for equal_only in (True, False):
            short = self._short_members()
            weight = {f.key: self._weight(f, short) for f in candidates}
            cluster_articles: dict[str, set[str]] = defaultdict(set)
            for f in candidates:
                cluster_articles[self.uf.find(f.key)] |= self._articles(f)
            for n, form in enumerate(candidates):
                if form.key in why:
                    continue
                fits = []
                for other in candidates:
                    if other is form:
                        continue
                    a, b = words[form.key], words[other.key]
                    if self.uf.find(other.key) == self.uf.find(form.key):
                        # joined already (an alias both share): still flag a translated rewording
                        common, rare = sorted((form, other), key=lambda f: weight[f.key], reverse=True)
                        if equal_only and rare.key not in why and same_body(a, b) and not only_reworded(a, b):
                            why[rare.key] = f"named differently from the more frequent '{common.surface}' (a translated name?)"
                        continue
                    if (len(a.topic) == len(b.topic)) != equal_only or not same_body(a, b):
                        continue
                    if not equal_only and len(a.topic) > len(b.topic):
                        continue  # the shorter name looks for its one longer match, never the reverse
                    if not equal_only and cluster_articles[self.uf.find(form.key)] & cluster_articles[self.uf.find(other.key)]:
                        continue  # "Averland Cooperative Bank" beside "Bank of Averland": two banks
                    fits.append(other)
                roots = {self.uf.find(f.key) for f in fits}
                if len(roots) != 1:
                    continue
                other = max(fits, key=lambda f: weight[f.key])
                common, rare = sorted((form, other), key=lambda f: weight[f.key], reverse=True)
                self.uf.union(common.key, rare.key)
                if not only_reworded(words[rare.key], words[common.key]) and rare.key not in why:
                    why[rare.key] = f"named differently from the more frequent '{common.surface}' (a translated name?)"

    # 7. entities
    def entities(self, long_why: dict[str, str]) -> tuple[Entity, ...]:
        clusters: dict[str, list[int]] = defaultdict(list)
        for i in range(len(self.tagged)):
            root = self.override.get(i) or self.of_item[i]
            clusters[self.uf.find(root)].append(i)
        ordered = sorted(clusters.values(), key=lambda items: min(items))
        out = []
        for n, items in enumerate(ordered, start=1):
            out.append(self._entity(f"e{n}", sorted(items, key=self._position), long_why))
        return tuple(out)

    def _position(self, i: int) -> tuple[int, int]:
        m = self.tagged[i].mention
        return self.article_order[m.article], m.start

    def _entity(self, entity_id: str, items: list[int], long_why: dict[str, str]) -> Entity:
        tagged = [self.tagged[i] for i in items]
        forms = {self.of_item[i] for i in items}
        types = Counter()
        for key in forms:
            types[self.forms[key].type] += len(self.forms[key].items)
        votes = {t: c for t, c in types.items() if t != OTHER}
        kind = max(votes, key=lambda t: (votes[t], t == PERSON, t == ORG)) if votes else OTHER
        if any(self.forms[k].surname for k in forms) and kind != PLACE:
            kind = PERSON
        if all(tm.demonym for tm in tagged):
            kind = OTHER  # "Palestinians" with no "Palestine": a people, not a place
        name = self._canonical_name(items, kind)
        variants = tuple(dict.fromkeys(tm.mention.text for tm in tagged))
        suspects = self._suspects(items, name, kind, long_why)
        return Entity(id=entity_id, name=name, type=kind, mentions=tuple(tm.mention for tm in tagged),
                      suspect=suspects, variants=variants)

    def _canonical_name(self, items: list[int], kind: str) -> str:
        counts: Counter = Counter()
        first_seen: dict[str, int] = {}
        for i in items:
            tm = self.tagged[i]
            text = tm.mention.text
            if tm.demonym or _acronym(text) and kind != PLACE:
                weight = 0  # "Israelis", "ICC": the long form names the entity
            elif kind == PERSON and self._garble_reason(i):
                weight = 0
            else:
                weight = 1
            counts[text] += weight
            first_seen.setdefault(text, i)
        full = [t for t in counts if len(t.split()) > 1 and counts[t] > 0]
        pool = full or [t for t in counts if counts[t] > 0] or list(counts)
        return min(pool, key=lambda t: (-counts[t], first_seen[t]))

    def _garble_reason(self, i: int) -> str:
        tm = self.tagged[i]
        form = self.forms[self.of_item[i]]
        surname = form.surname or (form.surface if " " not in form.key and not form.key.startswith("@") else "")
        if not surname:
            return ""
        cluster = self.surnames.get(ascii_fold(surname))
        return cluster.why.get(ascii_fold(surname), "").strip() if cluster else ""

    def _suspects(self, items: list[int], name: str, kind: str, long_why: dict[str, str]) -> tuple[Suspect, ...]:
        reasons: dict[int, list[str]] = defaultdict(list)
        for i in items:
            reason = self._garble_reason(i) or long_why.get(self.of_item[i], "")
            if reason:
                reasons[i].append(reason)
        if kind == PERSON:
            self._first_name_reasons(items, name, reasons)
            # A differing title alone is a role disagreement (conflicts report it), not a garbled
            # name; it is added to the reasons of a form that looks garbled already.
            titles: dict[int, list[str]] = defaultdict(list)
            self._title_reasons(items, titles)
            for i, why in titles.items():
                if i in reasons:
                    reasons[i].extend(why)
        out = []
        for i in sorted(reasons, key=self._position):
            m = self.tagged[i].mention
            out.append(Suspect(text=m.text, article=m.article, reason="; ".join(dict.fromkeys(reasons[i])),
                               sentence=m.sentence, start=m.start, end=m.end))
        return tuple(out)

    def _first_name_reasons(self, items: list[int], name: str, reasons: dict[int, list[str]]) -> None:
        canonical_first, _ = split_name(name)
        if not canonical_first:
            return
        for i in items:
            first, _ = split_name(self.tagged[i].mention.text)
            if first and not first_names_agree(first, canonical_first):
                reasons[i].append(f"first name '{first}' differs from '{canonical_first}' used for the same person elsewhere")

    def _title_reasons(self, items: list[int], reasons: dict[int, list[str]]) -> None:
        titled = [i for i in items if self.tagged[i].mention.title]
        classes: list[list[int]] = []  # mentions whose titles agree
        for i in titled:
            for group in classes:
                if titles_agree(self.tagged[i].mention.title, self.tagged[group[0]].mention.title):
                    group.append(i)
                    break
            else:
                classes.append([i])
        if len(classes) < 2:
            return
        articles = [{self.tagged[i].mention.article for i in g} for g in classes]
        if not any(articles[a] - articles[b] for a in range(len(classes)) for b in range(len(classes)) if a != b):
            return
        ranked = sorted(range(len(classes)), key=lambda g: -len(classes[g]))
        top = len(classes[ranked[0]])
        leaders = [g for g in ranked if len(classes[g]) == top]
        if len(leaders) > 1:
            # A tie: the title another person holds in the same article is the doubtful one.
            borrowed = [g for g in leaders if self._title_held_elsewhere(classes[g], set(items))]
            if len(borrowed) == len(leaders) or not borrowed:
                return  # nothing tells which title is right: role_disagreements() still reports it
            leaders = [g for g in leaders if g not in borrowed]
        reference = self.tagged[classes[leaders[0]][0]].mention.title
        for g, group in enumerate(classes):
            if g in leaders:
                continue
            for i in group:
                title = self.tagged[i].mention.title
                if not articles[leaders[0]] - {self.tagged[i].mention.article}:
                    continue  # only a title used in another article disagrees
                reasons[i].append(f"title '{title}' differs from '{reference}' used for the same person in another article")

    def _title_held_elsewhere(self, group: list[int], own: set[int]) -> bool:
        for i in group:
            m = self.tagged[i].mention
            for j, other in enumerate(self.tagged):
                if j in own or other.mention.article != m.article or not other.mention.title or other.type != PERSON:
                    continue
                if titles_agree(other.mention.title, m.title) and len(fold(other.mention.title)) >= len(fold(m.title)):
                    return True
        return False


def _acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()


def resolve(tagged: Sequence[TaggedMention], translated: frozenset[str] = frozenset()) -> tuple[Entity, ...]:
    """Stages 2-3 on mentions already tagged, in article order."""
    common = _Resolver(tagged, translated).common_words()
    if common:
        tagged = [tm for tm in tagged if _form_key(tm) not in common]
    resolver = _Resolver(tagged, translated)
    resolver.cluster_surnames()  # 2.
    resolver.merge_full_names()  # 3.
    resolver.attach_surnames()  # 4.
    resolver.attach_name_prefixes()
    resolver.attach_first_names()
    resolver.attach_aliases()  # 5.
    resolver.attach_short_forms()
    resolver.attach_acronyms()
    resolver.attach_demonyms()  # 6.
    long_why = resolver.merge_long_near_misses()
    resolver.merge_org_variants(long_why)
    return resolver.entities(long_why)  # 7.


