"""Stages 2 and 3: mentions from several articles -> one Entity per real-world referent, with
the forms that look garbled. The forms and limits are in forms.py, the surname clustering
(step 2) in surnames.py, the entities and their suspects (step 7) in flags.py, organisation
rewordings in orgs.py; this module runs the steps in order.

The resolution works on distinct name strings, never on all token pairs:

0. a known person's name a translation ran into the body before it ("Shenghua Overseas Hendrick
   Molnar") is cut off that body first (glued.py).
1. forms: mentions grouped by their folded text (accents and scripts folded: "Lucía" = "Lucia";
   a country, its aliases and its demonyms share a territory code); ordinary English words with
   no evidence of a name are dropped first ("Kick", "Trust"); untyped names the story shows to be
   a person's get a first name and a surname (untyped.py).
2. surnames: the last word of each full person name, and each one-word name, clustered with
   their near misses, truncations, transliterations (names.skeleton: "Vallau" ~ "Wallau") and
   translations as a word found by the first name beside them ("Radomir Kettle"); no blocking
   by first letter. Articles with a machine-translation notice weigh less when choosing which
   spelling is the original.
3. full names with one surname merge when their first names agree (equal, an initial, a near
   miss or the same sound), or when they differ, never meet in one article, and no article names
   two people with that surname (titles of different kinds of office keep them apart).
4. a surname alone joins the person it names (each mention the nearest full name when two
   share it); a shortened name ("Kim Jong") and a lone first name join the one person they open.
5. aliases the text states ("(FTP)", "which X calls Y"), short forms of organisations
   ("Halden" for "Halden Biologics", never a place), acronyms spelling a long form's initials.
6. demonyms join their country; multi-word names join their near misses and transliterations
   word by word; a name with a foreign case ending ("Korvan'ın") joins the bare name, flagged; organisations a translation renamed join by their topic words (orgs.py); a compound name
   translated word by word joins the compound (compounds.py).
7. entities, numbered by first appearance, with the suspect forms and their reasons (flags.py).
"""


from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from ...model import Entity
from .compounds import compound_translations, street_translations
from .flags import EntityBuilder
from .glued import split_glued_names
from .forms import (
    _DEMONYM_ENDINGS,
    MAX_COMPARED,
    MAX_UNBLOCKED,
    MIN_NEAR_MISS,
    MIN_TRUNCATED,
    VARIANT,
    _acronym,
    _form_key,
    _Form,
    _locative,
    _SurnameCluster,
    _UnionFind,
)
from .lexicon import fold, lexicon
from .mentions import ORG, OTHER, PERSON, PLACE, TaggedMention
from .names import (
    _CONNECTOR_WORDS,
    ascii_fold,
    first_names_agree,
    first_names_sound_alike,
    folded_words,
    fused_title,
    is_word,
    split_name,
    titles_related,
    titles_agree,
    transliterated,
    word_support,
)
from .orgs import holder_and_office, one_body, only_reworded, org_words, same_body
from .surnames import SurnameSteps
from .untyped import name_untyped_people

log = logging.getLogger(__name__)


class _Resolver(SurnameSteps, EntityBuilder):
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
        name_untyped_people(self.forms, self._is_place)
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
        if key.endswith("y") and len(key) > 4 and any(key[:-1] + ending in self.forms for ending in ("ian", "ians")):
            return True  # "Caspany" beside "Caspanian", as "Hungary" beside "Hungarian"
        if any(key.endswith(ending) and key[: -len(ending)] + "y" in self.forms for ending in ("ian", "ians")
               if len(key) > len(ending) + 3):
            return True  # "Caspanian" beside "Caspany": its demonym
        if any(key.endswith(ending) and (key[: -len(ending)] in self.forms or key[: -len(ending)] + "a" in self.forms)
               for ending in _DEMONYM_ENDINGS if len(key) > len(ending) + 3):
            return True  # "Veskarian" beside "Veskaria": a demonym
        form = self.forms.get(key)
        if form is None:
            return False
        if any(s.isupper() and len(s) > 3 for s in form.surfaces) or form.type == PLACE:
            return True  # a dateline's place ("Belmara, April 8 —") is typed so by the context
        return any(_locative(self.tagged[i].before) for i in form.items)


    def merge_full_names(self) -> None:
        by_surname: dict[str, list[_Form]] = defaultdict(list)
        for form in self.forms.values():
            if form.surname:
                by_surname[self.canonical_surname(form.surname)].append(form)
        for group in by_surname.values():
            group.sort(key=lambda f: (-len(f.items), f.order))
            shared = self._surname_shared(group)
            # Every pair is weighed, not each form against those before it: which article comes
            # first must not decide whether two forms name one person.
            for n, form in enumerate(group):
                for other in group[:n]:
                    if self._same_person(form, other, shared):
                        self.uf.union(other.key, form.key)

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
        if first_names_agree(a.first, b.first) or first_names_sound_alike(a.first, b.first) or fused_title(a.first, b.first):
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
        """"Lena" alone for "Lena Schäfer": a one-word first name that opens the name of exactly
        one person in the story, and is nobody's surname; a first name no list has counts only
        when it is written mid-sentence and opens the name of someone typed a person by a title,
        an honorific or a listed first name, or when its own article gives that person's full name."""
        lex = lexicon()
        people: dict[str, set[str]] = defaultdict(set)
        typed: dict[str, set[str]] = defaultdict(set)
        for form in self.forms.values():
            if form.surname and form.first:
                first = ascii_fold(form.first.split()[0])
                people[first].add(self.uf.find(form.key))
                if form.types.get(PERSON):
                    typed[first].add(self.uf.find(form.key))
        surnames = {ascii_fold(f.surname) for f in self.forms.values() if f.surname}
        for form in self.forms.values():
            key = form.key
            if " " in key or key.startswith("@") or form.surname or fold(form.surface) in lex.common:
                continue
            listed = lex.is_first_name(form.surface)
            beside = not listed and self._beside_full_name(form, people.get(key, set()))
            if not listed and (self._is_place(key) or not (beside or any(self.tagged[i].before for i in form.items))):
                continue
            if self.uf.find(key) != key or key in surnames:
                continue
            roots = people.get(key, set()) if listed or beside else typed.get(key, set()) if len(people.get(key, ())) == 1 else set()
            if len(roots) == 1:
                self.uf.union(next(iter(roots)), key)

    def _beside_full_name(self, form: _Form, roots: set[str]) -> bool:
        """"Piet's neighbour said ..." in the article that named "Piet Almeroth": a first name no
        list has, in an article that gives the full name of the one person it opens."""
        if len(roots) != 1 or not form.surface[1:].islower():
            return False  # "BBC" opening "BBC Capaldi" is no first name
        (root,) = roots
        full = {a for f in self.forms.values() if f.surname and f.first and self.uf.find(f.key) == root for a in self._articles(f)}
        return bool(self._articles(form) & full)

    # 5. short forms, acronyms, aliases
    def attach_short_forms(self) -> None:
        """"Halden" for "Halden Biologics", "Nordlys" for "Nordlys Energy": one word that opens
        exactly one organisation's name, and has no place evidence and no person behind it."""
        opens: dict[str, set[str]] = defaultdict(set)
        for form in self.forms.values():
            words = form.key.split()
            if len(words) > 1 and not form.key.startswith("@") and not form.surname:
                opens[words[0]].add(form.key)
                if words[-1] != words[0] and words[-3:-1] != ["of", "the"]:
                    # "Rovers" ends "Dunmere Rovers" and opens "Rovers Supporters' Trust": no short form;
                    # "Friends of the Lyric" is about the Lyric (a thing, "the" says; a place's name
                    # takes none), and leaves "Lyric" to "Lyric Theatre"
                    opens[words[-1]].add(form.key)
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

    def attach_formal_state_names(self) -> None:
        """"Republic of Maloune", "Kingdom of Estvar": a country's formal name is the country the
        story names in one word; nothing may come before the kind of state ("Democratic Republic
        of ..." names another)."""
        for form in list(self.forms.values()):
            match = _FORMAL_STATE.match(form.key)
            if match and match.group("place") in self.forms and not form.surname:
                self.uf.union(match.group("place"), form.key)

    def attach_case_endings(self, why: dict[str, str]) -> None:
        """"Korvan'ın", "Teveria'da": a name the story uses bare, with an apostrophe and a case
        ending that is not English ('s, 'd, 'll...), as a translation from Turkish or Finnish leaves
        it; the form joins the name and is flagged."""
        endings = [(form, m) for form in self.forms.values() if (m := _CASE_ENDING.match(form.surface))
                   and m.group("ending").islower() and m.group("ending") not in _ENGLISH_ENDINGS]
        by_surface = {ascii_fold(f.surface): f for f in self.forms.values()} if endings else {}
        for form, m in endings:
            bare = by_surface.get(ascii_fold(m.group("name")))
            if bare is None or len(bare.surface) < MIN_NEAR_MISS:
                continue
            self.uf.union(bare.key, form.key)
            why.setdefault(form.key, f"case ending '{m.group('ending')}' of another language left on '{bare.surface}' by a translation")

    def attach_swapped_names(self, why: dict[str, str]) -> None:
        """"Tolland Marcus" in one article for "Marcus Tolland" in others: a two-word name whose words
        are another person's written the other way round, its last word a listed first name and
        its first word none, never in an article of the other; the rarer order is flagged. A name
        whose family name comes first by custom ("Tanaka Hiroshige") ends in no listed first name."""
        lex = lexicon()
        people = {tuple(f.key.split()): f for f in self.forms.values()
                  if f.surname and f.first and len(f.key.split()) == 2 and not f.key.startswith("@")}
        for (a, b), form in people.items():
            other = people.get((b, a))
            if other is None or self._articles(form) & self._articles(other):
                continue
            first, last = form.surface.split()
            if not lex.is_first_name(last) or lex.is_first_name(first) or not lex.is_first_name(other.surface.split()[0]):
                continue
            if self._trust(self._articles(form)) <= self._trust(self._articles(other)):
                continue  # the order more articles use is the name
            self.uf.union(other.key, form.key)
            why.setdefault(form.key, f"first name and surname swapped: '{other.surface}' elsewhere")

    def merge_long_near_misses(self) -> dict[str, str]:
        """Multi-word names whose words are each the same, a near miss or a transliteration
        ("Internatonal Criminal Court", "Tomas Virt" / "Tomaš Wirth"); rare -> reason."""
        buckets: dict[tuple, list[_Form]] = defaultdict(list)
        for form in self.forms.values():
            words = _name_words(form)
            if len(words) > 1 and not form.key.startswith("@"):
                buckets[(len(words),)].append(form)
        for key in [k for k, group in buckets.items() if len(group) > MAX_UNBLOCKED]:
            for form in buckets.pop(key):  # very many names: compare within the same initials only
                buckets[(*key, "".join(w[0] for w in _name_words(form)))].append(form)
        why: dict[str, str] = {}
        written = folded_words([t.mention.text for t in self.tagged])
        for group in buckets.values():
            # equally used forms are told apart by how far the story's other mentions bear out their
            # words, not by which article came first
            group.sort(key=lambda f: (*self._trust(self._articles(f)), -len(f.items), -word_support(f.surface, written), f.order))
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
        differing = [(x, y) for x, y in zip(_name_words(rare), _name_words(common)) if x != y]
        if both - self.translated and differing and not any(is_word(x) or is_word(y) for x, y in differing):
            return ""  # "Central Bank of Valdoria" beside "... of Veldoria" in one article: two names
        kinds = set()
        for x, y in differing:
            if any(ch.isdigit() for ch in x + y):
                return ""  # "Airbus A320" / "Airbus A380": models, not misspellings
            if holder_and_office(x, y):
                return ""  # "Minister of Fisheries" / "Ministry of Fisheries": a person and the body
            longest = max(len(x), len(y))
            distance = Levenshtein.distance(x, y)
            if min(len(x), len(y)) >= 4 and distance <= (1 if longest <= 7 else 2):
                kinds.add("near miss")
            elif _ic_ical(x, y):
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
                        if equal_only and rare.key not in why and same_body(a, b) and not only_reworded(a, b) \
                                and self._own_article(rare, common):
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
                if len(roots) != 1 and not (equal_only and one_body([words[f.key] for f in (form, *fits)])):
                    continue
                # several fits are one body when they fit each other too ("Electoral Commission", "Central
                # Electoral Commission", "Central Election Commission"): each joins the form, unflagged (no one
                # established name stands against one rewording)
                for other in ([max(fits, key=lambda f: weight[f.key])] if len(roots) == 1 else fits):
                    common, rare = sorted((form, other), key=lambda f: weight[f.key], reverse=True)
                    self.uf.union(common.key, rare.key)
                    if len(roots) == 1 and not only_reworded(words[rare.key], words[common.key]) and rare.key not in why \
                            and self._own_article(rare, common):
                        why[rare.key] = f"named differently from the more frequent '{common.surface}' (a translated name?)"


    def merge_translated_compounds(self, why: dict[str, str]) -> None:
        """"Grey Harbour Bank" for "Greyhaven Bank": a compound name translated word by word
        (compounds.py) joins it and is flagged, even beside the compound: "Grey Harbour Bank
        (Greyhaven Bank)" is a translation glossing the name it failed to keep."""
        names = {f.key: f.key for f in self.forms.values() if not f.key.startswith("@") and not f.surname}
        for compound, spread in compound_translations(names) if len(names) <= MAX_UNBLOCKED else ():
            self.uf.union(compound, spread)
            why.setdefault(spread, f"'{self.forms[compound].surface}' translated word by word")
        for street, spread, reworded in street_translations(names) if len(names) <= MAX_UNBLOCKED else ():
            if not self._own_article(self.forms[spread], self.forms[street]):
                continue  # an article that writes both names varies its wording
            self.uf.union(street, spread)
            if reworded:
                why.setdefault(spread, f"'{self.forms[street].surface}' as a translation writes a street's name")

    def _own_article(self, rare: _Form, common: _Form) -> bool:
        """Whether ``rare`` is used in an article that never uses ``common``: a translation
        replaces a name; an article that gives both names varies its wording ("Supreme Court",
        later "Supreme Tribunal"), and neither is a garble."""
        return bool(self._articles(rare) - self._articles(common))


def _name_words(form: _Form) -> list[str]:
    """The folded words of a name, a hyphen between two capitalised words ("Port-Amori", as French
    writes a town's name) parting them as a space does."""
    return form.key.replace("-", " ").split() if _CAPITALS_HYPHENED.search(form.surface) else form.key.split()


def _ic_ical(x: str, y: str) -> bool:
    """"Lyric" / "Lyrical", "Historic" / "Historical": the two adjectives English makes of one
    stem, which a translation swaps inside a name; one is the other with "al" added."""
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 4 and short.endswith("ic") and long_ == short + "al"


_CAPITALS_HYPHENED = re.compile(r"[A-Z][^\W\d_]*-[A-Z]")
_FORMAL_STATE = re.compile(r"^(republic|kingdom|principality|grand duchy|duchy|sultanate|emirate|commonwealth) of "
                           r"(the )?(?P<place>[^\W\d_][\w'-]*)$")
_CASE_ENDING = re.compile(r"^(?P<name>[^\W\d_][\w-]*[^\W\d_])['’](?P<ending>[^\W\d_]{1,4})$")
_ENGLISH_ENDINGS = frozenset({"s", "d", "ll", "re", "ve", "m", "t", "n"})


def resolve(tagged: Sequence[TaggedMention], translated: frozenset[str] = frozenset()) -> tuple[Entity, ...]:
    """Stages 2-3 on mentions already tagged, in article order."""
    tagged = split_glued_names(tagged)  # 0.
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
    resolver.attach_formal_state_names()
    long_why = resolver.merge_long_near_misses()
    resolver.attach_case_endings(long_why)
    resolver.attach_swapped_names(long_why)
    resolver.merge_org_variants(long_why)
    resolver.merge_translated_compounds(long_why)
    return resolver.entities(long_why)  # 7.


