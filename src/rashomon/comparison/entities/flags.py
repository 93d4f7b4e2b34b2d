"""Stage 7 of resolution: the entities, numbered by first appearance, with their canonical name,
type and the suspect forms (garbled spellings, first names and titles that differ from the ones
used for the same person elsewhere), each with its reason. A mixin of the resolver (resolve.py)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ...model import Entity, Suspect
from .forms import _acronym
from .lexicon import fold, lexicon
from .mentions import ORG, OTHER, PERSON, PLACE
from .names import ascii_fold, first_names_agree, folded_words, fused_title, pet_name, same_spelling, short_first_name, split_name, titles_agree, word_support


class EntityBuilder:
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
        written = folded_words([self.tagged[i].mention.text for i in items])
        return min(pool, key=lambda t: (-counts[t], -(word_support(t, written) if kind == PERSON else 0), first_seen[t]))

    def _garble_reason(self, i: int) -> str:
        form = self.forms[self.of_item[i]]
        surname = form.surname or (form.surface if " " not in form.key and not form.key.startswith("@") else "")
        if not surname:
            return ""
        cluster = self.surnames.get(ascii_fold(surname))
        return cluster.why.get(ascii_fold(surname), "").strip() if cluster else ""

    def _suspects(self, items: list[int], name: str, kind: str, long_why: dict[str, str]) -> tuple[Suspect, ...]:
        reasons: dict[int, list[str]] = defaultdict(list)
        written = _unhyphenated(name)
        # Articles that write a hyphenated double surname open ("Gareth Lloyd Hughes" for "Gareth
        # Lloyd-Hughes") read its last word as the surname, and shorten the name to it.
        opened = {self.tagged[i].mention.article for i in items
                  if "-" in name and self.tagged[i].mention.text != name and _unhyphenated(self.tagged[i].mention.text) == written}
        last = written.split()[-1] if written.split() else ""
        for i in items:
            text = self.tagged[i].mention.text
            if text != name and _unhyphenated(text).replace(" ", "") == written.replace(" ", ""):
                continue  # "Kim Jong Soo" for "Kim Jong-soo", "Wang Jian Hua" for "Wang Jianhua": spacing only
            if _unhyphenated(text) == last and self.tagged[i].mention.article in opened:
                continue  # "Hughes" after "Gareth Lloyd Hughes" in one article: that article's short form
            reason = self._garble_reason(i) or long_why.get(self.of_item[i], "")
            if reason:
                reasons[i].append(reason)
        if kind == PERSON:
            self._patronymic_reasons(items, name, reasons)
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

    def _patronymic_reasons(self, items: list[int], name: str, reasons: dict[int, list[str]]) -> None:
        """"Ivan Petrovich" for "Ivan Petrovich Sablin": a name cut before its surname, so that the
        patronymic stands where the surname belongs; the patronymic alone ("Petrovich said") too."""
        words = name.split()
        if len(words) < 3 or not _PATRONYMIC.search(ascii_fold(words[-2]).casefold()):
            return
        patronymic, surname = ascii_fold(words[-2]).casefold(), words[-1]
        for i in items:
            said = ascii_fold(self.tagged[i].mention.text).casefold().split()
            if said and said[-1] == patronymic:
                reasons[i].append(f"patronymic '{words[-2]}' written where the surname '{surname}' belongs")

    def _first_name_reasons(self, items: list[int], name: str, reasons: dict[int, list[str]]) -> None:
        canonical_first, _ = split_name(name)
        if not canonical_first:
            return
        for i in items:
            first, _ = split_name(self.tagged[i].mention.text)
            glued = fused_title(first, canonical_first) if first else ""
            if glued:
                reasons[i].append(f"first name '{first}' is the title '{glued}' glued to '{canonical_first}'")
            elif first and not first_names_agree(first, canonical_first) and not short_first_name(first, canonical_first) \
                    and not same_spelling(first, canonical_first) and not pet_name(first, canonical_first) \
                    and not _office_word(first) and not (self.tagged[i].opens_sentence and _epithet(first)):
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




# The endings of East Slavic patronymics ("Petrovich", "Sergeyevna", "Ilyinichna") and of the
# Turkic "oglu" / "kyzy" forms; read only in the middle of a name of three words or more.
_PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna|inichna|oglu|ogly|kyzy|qizi)$")


def _office_word(word: str) -> bool:
    """A capitalised word before a surname that names a post ("Rector Vidrek", "Burgomaster
    Vandermeer"): a title the title list lacks, not a wrong first name. The one test of a plain
    post is framing's (:func:`..framing.posts.is_plain_post`: a listed title or one OEWN sense under
    one, no valence); a listed first name stays a name."""
    from ..framing.posts import is_plain_post  # framing reads the entity stage: imported on use

    return " " not in word and is_plain_post(word) and not lexicon().is_first_name(word)


def _epithet(word: str) -> bool:
    """A word that judges the bearer, opening the sentence before a surname ("Shameless Santerra
    denies it", "Brave Okafor won"): an OEWN word VADER rates and no listed first name ("Grace",
    "Joy" stay names). Read only at a sentence's opening, where any word is capitalised: inside a
    sentence a capitalised rated word is written as a name ("and Hope Haddad added")."""
    from ...text.thesaurus import senses
    from ..framing.resources import rated_valence  # framing reads the entity stage: imported on use

    return " " not in word and bool(senses(word.lower())) and rated_valence(word) is not None \
        and not lexicon().is_first_name(word)


def _unhyphenated(text: str) -> str:
    return " ".join(ascii_fold(text).replace("-", " ").split())
