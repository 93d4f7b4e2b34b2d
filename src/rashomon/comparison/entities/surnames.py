"""Stage 2 of resolution: surnames and one-word names clustered with their garbles (near
misses, truncations, transliterations, a surname translated as a word), with the reason each
garble is one. A mixin of the resolver (resolve.py), which holds the forms and the articles."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz.distance import Levenshtein

from .forms import (
    _DERIVATIONS,
    MAX_COMPARED,
    MAX_TRUNCATION,
    MAX_UNBLOCKED,
    MIN_NEAR_MISS,
    MIN_TRUNCATED,
    MIN_TRUNCATED_ALONE,
    VARIANT,
    _Form,
    _SurnameCluster,
    _UnionFind,
    _acronym,
    _locative,
)
from .lexicon import dictionary_word, lexicon
from .mentions import OTHER, PERSON, PLACE
from .names import ascii_fold, first_names_agree, first_names_sound_alike, is_word, same_spelling, skeleton, titles_agree, transliterated


class SurnameSteps:
    # 2. surnames and their garbles
    def _surname_strings(self) -> dict[str, Counter]:
        """Folded surname -> how it is written, counting every mention that uses it."""
        out: dict[str, Counter] = defaultdict(Counter)
        for form in self.forms.values():
            if form.key.startswith("@"):
                continue
            if form.surname:
                out[ascii_fold(form.surname)][form.surname] += len(form.items)
            elif len(form.surface.split()) == 1 and not _acronym(form.surface):  # places and bodies too: "Estavya"
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
                    # keys are folded to ASCII: "Rosström" is "rosstrom" there, so spelled-out umlauts
                    # ("Rosstroem") are checked on the names as written
                    spelled_out = any(same_spelling(x, y) for x in strings[rare] for y in strings[common])
                    reason = VARIANT if spelled_out else self._garble_of(rare, common, counts)
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
                glued = not is_word(word) and _two_words_glued(word)
                if " " in word or not (is_word(word) or glued) or word in why:
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
                if _part_of(word, original):
                    continue  # "Mitchell" / "Mitchell-Hayes": a half of the name, not a translation
                original_articles = {a for m in strings if uf.find(m) == original for a in self._surname_articles(m)}
                if glued and (is_word(original) or _two_words_glued(original)):
                    continue  # "Blackwood" / "Greenfield": two English surnames, two people
                word_spread = len(self._surname_articles(word))
                if word_spread > len(original_articles):
                    continue  # a translation garbles a name in some articles: the word more articles use is the name
                if is_word(original) and len(original_articles) <= word_spread:
                    continue  # both are words ("Vogel" / "Bird"): the one fewer articles use is the translation
                uf.union(original, word)
                why[word] = f"surname '{strings[word].most_common(1)[0][0]}' looks translated as a word; " \
                            f"'{strings[original].most_common(1)[0][0]}' is used with the same first name elsewhere"

    def _garble_of(self, rare: str, common: str, counts: dict[str, int]) -> str:
        """Why ``rare`` reads as a garbled ``common`` ("" when it does not; VARIANT when it is the
        same name written without its accents)."""
        if ascii_fold(rare) == ascii_fold(common):
            return VARIANT
        if self._portfolio(rare) or self._portfolio(common):
            return ""
        if _numbers_differ(rare, common):
            return ""  # "Kestrel-4" / "Kestrel-5": two of a numbered series, not a misspelling
        rare, common = rare.split()[-1], common.split()[-1]  # "bin Hamdan al-Rifai" / "al-Rufai"
        if rare == common:
            return ""
        if _letter_doubled(rare, common) and self._first_names_link(rare, common):
            # "Ilse Tam" / "Ilse Tamm": a doubled letter written once, which no reader hears, beside one
            # first name; short surnames too
            return "" if self._two_people(rare, common, counts) else "near miss of the more frequent '{}' (edit distance 1)"
        if common.startswith(rare) and len(rare) >= MIN_TRUNCATED and len(common) - len(rare) <= MAX_TRUNCATION:
            if (self._same_slot(rare, common) or self._lone_truncation(rare, common)) and not self._named_together(rare, common):
                return "truncated form of '{}'"
            if not (len(common) == len(rare) + 1 and self._first_names_link(rare, common)):
                return ""
            # one letter more at the end beside a first name that sounds alike ("Mila Hart" / "Milla Harte"):
            # a misspelling, read below
        short, long_ = sorted((rare, common), key=len)
        if long_.startswith(short) and long_[len(short):] in _DERIVATIONS:
            return ""  # a plural or a demonym ("Alaska" / "Alaskan"), not a garble
        if self._two_demonyms(rare, common):
            return ""  # "Tarslandic" / "Tarslandian": one place's adjective formed two ways
        if self._place_and_its_adjective(rare, common):
            return ""  # "Varduna" / "the Varduni coast": the place's adjective, its last vowel changed
        if self._person_and_place(rare, common):
            return ""  # "Minister Lena Tarsko" is someone, "in Torsk" somewhere: two referents
        if self._localised_place(rare, common):
            return VARIANT  # "Aldenburg" / "Aldemburgo": the place as another language writes it
        distance = Levenshtein.distance(rare, common)
        linked = self._first_names_link(rare, common)
        near = min(len(rare), len(common)) >= MIN_NEAR_MISS and distance <= (1 if max(len(rare), len(common)) <= 7 else 2)
        if near and distance == 1:
            reason = f"near miss of the more frequent '{{}}' (edit distance {distance})"
        elif transliterated(rare, common) or (transliterated(rare, common, loose=True) and linked):
            # the same first name beside both vouches for a looser spelling ("Nadia Ferreau" / "Nadia Ferrow")
            reason = "transliteration of the more frequent '{}'"
        elif near or linked and distance <= 2 and min(len(rare), len(common)) >= MIN_NEAR_MISS:
            # the same first name beside both vouches for two letters ("Halvard Dresk" / "Halward Dresch")
            reason = f"near miss of the more frequent '{{}}' (edit distance {distance})"
        elif _silent_h_dropped(rare, common) and self._first_names_link(rare, common, romance=True):
            # "Dário Mel" for "Darius Mehl": a short surname whose silent "h" a translation drops,
            # vouched for by the first name as that language writes it
            reason = "near miss of the more frequent '{}' (edit distance 1)"
        else:
            return ""
        return "" if self._two_people(rare, common, counts) else reason

    def _portfolio(self, word: str) -> bool:
        """"the minister of Work", "the ministry of Tourism": a capitalised word only ever written
        right after an office's "of" or "for" is the office's portfolio, which a translation
        capitalises; it names no person, so it garbles no name."""
        forms = self._slot_forms(word)
        befores = [self.tagged[i].before for f in forms for i in f.items]
        return bool(befores) and not any(f.first for f in forms) and all(_OFFICE_OF.search(b) for b in befores)

    def _two_demonyms(self, a: str, b: str) -> bool:
        """Two words of one stem with two demonym endings ("Velmoran" / "Velmorian", "Tarslandic" /
        "Tarslandian"), neither written with a first name: a translation forms the adjective of a
        place its own way, the place's name is not garbled."""
        if any(f.first for f in (*self._slot_forms(a), *self._slot_forms(b))):
            return False
        stems = {_demonym_stem(a), _demonym_stem(b)}
        return len(stems) == 1 and None not in stems

    def _placed(self, word: str) -> bool:
        """Written as a place ("in Torsk", or typed a place) and never with a first name."""
        forms = self._slot_forms(word)
        return bool(forms) and not any(f.first for f in forms) and any(
            f.type == PLACE or any(_locative(self.tagged[i].before) for i in f.items) for f in forms)

    def _place_and_its_adjective(self, a: str, b: str) -> bool:
        """One word is a place and the other its adjective, formed on the place less its final
        vowel as many languages do ("Somalia" / "Somali", "Italia" / "Italian"): no first name is
        written with either."""
        for place, other in ((a, b), (b, a)):
            if not self._placed(place) or any(f.first for f in self._slot_forms(other)):
                continue
            place_stem = place[:-1] if place[-1:] in "aeiouy" else place
            if _demonym_stem(other) in {place, place_stem}:
                return True
        return False

    def _person_and_place(self, a: str, b: str) -> bool:
        """One word is only ever a person's surname (written with a first name) and the other only
        ever a place: a person is not a garbled place, whatever the spelling."""
        def person(word: str) -> bool:
            forms = self._slot_forms(word)
            return bool(forms) and all(f.first or f.type == PERSON for f in forms) and any(f.first for f in forms)
        return (person(a) and self._placed(b)) or (person(b) and self._placed(a))

    def _localised_place(self, a: str, b: str) -> bool:
        """A place's name with a final vowel added, and n written m before b or p, as Spanish,
        Portuguese or Italian write a foreign town ("Hamburg" / "Hamburgo", "Aldenburg" /
        "Aldemburgo"): an exonym, not a garble. Never said of a person's name."""
        forms = (*self._slot_forms(a), *self._slot_forms(b))
        if any(f.first or f.type == PERSON for f in forms) or not (self._placed(a) or self._placed(b)):
            return False  # "in Aldenburg" puts it on a map
        short, long_ = sorted((_LABIAL_N.sub("n", a), _LABIAL_N.sub("n", b)), key=len)
        return len(short) >= MIN_NEAR_MISS and long_[:-1] == short and long_[-1] in "aeo"

    def _two_people(self, a: str, b: str, counts: dict[str, int]) -> bool:
        """Two established names used side by side, or with first names that clash, or both
        named in full (or both put on a map) in one article written in the language."""
        if self._named_together(a, b):
            return True
        if self._first_names_clash(a, b) and self._surname_articles(a) & self._surname_articles(b):
            return True  # "Paul Martin" and "Lee Marvin" in one article
        if counts.get(a, 0) >= 3 and counts.get(b, 0) >= 3 and self._surname_articles(a) & self._surname_articles(b):
            return not self._first_names_link(a, b)  # used side by side, and no first name ties them
        return False

    def _named_together(self, a: str, b: str) -> bool:
        """Both surnames written with one first name in one article, or both one-word names put on a
        map there ("in Kirby", "from Kirkby", "to Kirkby"): a translation or a careless copy replaces a name, it
        does not write the name and its garble each in full beside the other ("Mayor Karl Brenner
        ... the stallholder Karl Bremer"); two first names there ("Emil Thornqvist", "Erik
        Thornquist") are a garble of both. A machine-translated article proves nothing."""
        def full(word: str) -> set[tuple[str, str]]:
            return {(art, ascii_fold(f.first)) for f in self._slot_forms(word) if f.first for art in self._articles(f)}

        together = {art for art, x in full(a) for other, y in full(b) if art == other and first_names_agree(x, y)}
        if _letter_doubled(a, b):
            # "Ilse Tam" and "Ilse Tamm" sound alike: a writer who means two people sets them side by
            # side in one sentence ("Ilse Tamm met her namesake Ilse Tam"); apart, one is misspelled
            together &= {art for art, _ in self._sentences_of(a) & self._sentences_of(b)}

        def mapped(word: str) -> set[str]:
            if any(f.first or f.type == PERSON for f in self._slot_forms(word)):
                return set()
            return {self.tagged[i].mention.article for f in self._slot_forms(word) for i in f.items
                    if f.type == PLACE or _locative(self.tagged[i].before)
                    or self.tagged[i].before.split()[-1:] in (["from"], ["to"])}

        return bool((together | mapped(a) & mapped(b)) - self.translated)

    def _sentences_of(self, word: str) -> set[tuple[str, str]]:
        """(article, sentence) of every mention of the name filed under ``word`` (folded)."""
        return {(self.tagged[i].mention.article, self.tagged[i].mention.sentence) for f in self._slot_forms(word) for i in f.items}

    def _first_names_link(self, a: str, b: str, romance: bool = False) -> bool:
        """The same first name beside both surnames; with ``romance``, also the first name as a
        Romance language writes it ("Darius" / "Dário", "Marcus" / "Marco")."""
        fa = {f.first for f in self._slot_forms(a) if f.first}
        fb = {f.first for f in self._slot_forms(b) if f.first}
        return any(first_names_agree(x, y) or first_names_sound_alike(x, y) or (romance and _romance_first_name(x, y))
                   for x in fa for y in fb)

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


def _numbers_differ(a: str, b: str) -> bool:
    """Two names, each with a number in it, that differ in that number ("Relay-1" / "Relay-3",
    "Block 7" / "Block 9"): the number counts things of one series, and another number is
    another thing of it. A name's letters are garbled, its figures are not."""
    numbers = [re.findall(r"\d+", x) for x in (a, b)]
    return all(numbers) and numbers[0] != numbers[1]


def _letter_doubled(a: str, b: str) -> bool:
    """One folded name is the other with one letter written twice ("Tam" / "Tamm", "Filips" /
    "Fillips"): the same sound, spelled with a double letter or not."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 3 or len(long_) != len(short) + 1:
        return False
    return any(long_[n] == long_[n - 1] and long_[:n] + long_[n + 1 :] == short for n in range(1, len(long_)))


def _silent_h_dropped(a: str, b: str) -> bool:
    """One folded surname is the other less an "h" after a vowel ("Mehl" / "Mel", "Dahl" / "Dal"),
    a letter that only lengthens the vowel and that another language's spelling leaves out."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 3 or len(long_) != len(short) + 1:
        return False
    return any(long_[n] == "h" and long_[n - 1] in "aeiouy" and long_[:n] + long_[n + 1 :] == short
               for n in range(1, len(long_)))


def _romance_first_name(a: str, b: str) -> bool:
    """A first name ending in "-us" and the same name ending in "-o", as Portuguese, Spanish or
    Italian write it ("Darius" / "Dário", "Julius" / "Julio"); the stem keeps three letters. The
    last words are compared: a word before a first name is a description ("Inspector Marius")."""
    x, y = (ascii_fold(n).casefold().split()[-1] if n.split() else "" for n in (a, b))
    for us, o in ((x, y), (y, x)):
        if us.endswith("us") and o.endswith("o") and len(us) >= 5 and us[:-2] == o[:-1]:
            return True
    return False


_OFFICE_OF = re.compile(r"\b(?:minister|ministry|secretary|department|portfolio)\s+(?:of|for)$")
_LABIAL_N = re.compile(r"m(?=[bp])")  # "Aldemburgo": the n of "Aldenburg" before a b
_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ics", "ic", "ish", "ese", "is", "i", "n")
_MIN_DEMONYM_STEM = 4


def _demonym_stem(word: str) -> str | None:
    """The word less its longest demonym ending ("velmorian" -> "velmor"), None without one."""
    for ending in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_DEMONYM_STEM:
            return word[: -len(ending)]
    return None


def _two_words_glued(word: str) -> bool:
    """"Stonebridge": two English words of three letters or more written as one, as a translation
    writes a compound surname it translated part by part. Each half is a dictionary word, not
    only a piece of the embedder's vocabulary, which holds surnames too ("Vogel" of "Vogelsang")."""
    return any(dictionary_word(word[:i]) and dictionary_word(word[i:]) for i in range(3, len(word) - 2))


def _part_of(word: str, name: str) -> bool:
    """``word`` is one half of a double name ("Mitchell" of "Mitchell-Hayes"), as a married name
    or a short form writes it. A word that only opens or closes a one-word name is no such part."""
    return word in name.replace("-", " ").split()
