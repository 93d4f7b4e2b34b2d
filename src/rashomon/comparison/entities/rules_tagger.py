"""The rules tagger (``rules``, the default, no model): capitalised spans joined by name connectors
("of", "al-", "van"), split into nationality + title + name ("US Secretary of State" + "Anthony
Blinken"), typed with word lists and gazetteers (:mod:`rashomon.comparison.entities.lexicon`)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from ...errors import InputError
from ...model import Article, Mention, Sentence
from ..segment import segment
from ...text.thesaurus import kind_of, own_lemma, senses
from .lexicon import Lexicon, fold, is_word, lexicon
from .tagged import ORG, OTHER, PERSON, PLACE, TaggedMention
from .tokens import _CONNECTORS, _OPENERS, _SPACES2, _VERB_CUES, _Token, _tokens

log = logging.getLogger(__name__)


class RulesTagger:
    """Capitalised spans, title cues, acronyms and gazetteers: no model, no download."""

    name = "rules"

    def __init__(self) -> None:
        self.lex = lexicon()
        self._capitalised_inside: set[str] = set()

    def tag(self, article: Article) -> list[TaggedMention]:
        text = article.text
        lowercase_words = {w for w in re.findall(r"\b[a-z][a-z'’-]+\b", text)}
        sentences = [(s, _tokens(text, s.start, s.end, self.lex)) for s in _sentences(article)]
        # Words written with a capital inside a sentence: a sentence-initial one of them is a name too.
        self._capitalised_inside = {
            t.text for s, tokens in sentences for n, t in enumerate(tokens)
            if t.capitalised and n != _first_word_index(text, s, tokens)
        }
        out: list[TaggedMention] = []
        for sentence, tokens in sentences:
            out.extend(self._tag_sentence(text, sentence, tokens, lowercase_words))
        return out

    # A span: consecutive capitalised tokens, joined by connectors, separated by spaces only.
    def _spans(self, text: str, tokens: list[_Token]) -> list[tuple[int, int]]:
        spans, i, n = [], 0, len(tokens)
        common = self.lex.common
        while i < n:
            if not tokens[i].capitalised:
                i += 1
                continue
            j = i + 1
            while j < n and not (tokens[j - 1].possessive or tokens[j - 1].modifier) and _joined(text, tokens[j - 1], tokens[j]):
                tok = tokens[j]
                if tok.capitalised and (fold(tok.text) not in common or tok.text == "I"
                                        or fold(tok.text) in self.lex.calendar and _names_before(tokens[i : j + 1], self.lex)):
                    j += 1  # "Theresa May", "Mrs. May": a month after a first name or an honorific is a surname
                    continue
                if _model_number(tok.text) and tokens[j - 1].capitalised and not _model_number(tokens[j - 1].text) \
                        and fold(tokens[j - 1].text) not in self.lex.calendar and not _quantity_follows(text, tokens, j):
                    j += 1  # "Boeing 737-800", "Intercity 214": a model or a number that is part of the name
                    # ("May 12", "Friday 13" are dates: a month or a weekday takes no model number)
                    break
                # "of" / "of the" / "van der" between two capitalised words
                k = j
                while k < n and k - j < 2 and tokens[k].text.casefold() in _CONNECTORS and _joined(text, tokens[k - 1], tokens[k]):
                    if k == j and tokens[k].text.casefold() == "the":
                        break  # "the" joins only after another connector: "Bank of the Netherlands"
                    if tokens[k].possessive or tokens[k].modifier:
                        break
                    k += 1
                if k > j and k < n and tokens[k].capitalised and fold(tokens[k].text) not in common and _joined(text, tokens[k - 1], tokens[k]) \
                        and self._may_join(tokens, i, j):
                    j = k + 1
                    continue
                break
            spans.append((i, j))
            i = j
        return self._and_joined(text, tokens, spans)

    def _and_joined(self, text: str, tokens: list[_Token], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """"Couriers and Logistics Union", "Fish and Game Service": a body named for two fields
        joined by "and", the first one English word, the second ending in a kind of body."""
        out: list[tuple[int, int]] = []
        for i, j in spans:
            if out:
                pi, pj = out[-1]
                lone = pj - pi == 1 or pj - pi == 2 and tokens[pi].text == "The"
                if (pj + 1 == i and lone and tokens[pj].text == "and" and tokens[j - 1].text in self.lex.org_heads
                        and j - i >= 2 and _joined(text, tokens[pj - 1], tokens[pj]) and _joined(text, tokens[pj], tokens[i])
                        and _field_word(tokens[pj - 1].text)):
                    out[-1] = (pi, j)
                    continue
            out.append((i, j))
        return out

    def _may_join(self, tokens: list[_Token], i: int, j: int) -> bool:
        """Whether tokens[i:j] may go on through "of" / "for" to the next capitalised word.

        Only a word that names a kind of thing takes an "of" ("Bank of", "Institute for",
        "Minister of", "Place of the Republic"), never a person's or a place's name ("Judge Ana
        Sotka of the Supreme Court" is a person, then a court); and once: "Minister of Justice of
        Orvesia" is a title, then a country.
        """
        connector = tokens[j].text.casefold()
        if connector not in ("of", "for", "the"):
            return True  # name particles: "Estrella del Norte", "van der Berg"
        if any(t.text.casefold() in ("of", "for") for t in tokens[i:j]):
            return False
        word = tokens[j - 1].text
        if j - i >= 2 and _REGNAL.match(word) and tokens[j - 2].capitalised:
            return False  # "King Casimir IV of Rivenland": a monarch's name and number, then the realm
        lex = self.lex
        return (word in lex.org_heads or word in lex.place_heads or lex.may_end_title(word)
                or fold(word) in lex.common or is_word(word) or word.isupper())

    def _tag_sentence(self, text: str, sentence: Sentence, tokens: list[_Token], lowercase_words: set[str]) -> list[TaggedMention]:
        lex = self.lex
        out: list[TaggedMention] = []
        first_word = _first_word_index(text, sentence, tokens)
        # a headline in title case: no closing stop, every word of four letters or more capitalised
        words = [t for t in tokens if t.text[:1].isalpha()]
        headline = (len(words) >= 4 and not sentence.text.rstrip().endswith((".", "!", "?", ":"))
                    and all(t.text[:1].isupper() for t in words if len(t.text) >= 4))
        for i, j in self._spans(text, tokens):
            span = tokens[i:j]
            initial = i == first_word
            # Leading words that are not names: "According", "In", sentence-initial "The".
            while span and fold(span[0].text) in lex.common and not span[0].acronym and not (
                span[0].text == "The" and not initial and len(span) > 1
            ):
                span = span[1:]
                i += 1
                initial = False
            if len(span) == 1 and span[0].text.isdigit():
                continue  # "About 600 residents": the number a leading word had joined is no name
            if initial and _group_of_people(span, self._capitalised_inside, lex):
                span, i, initial = span[2:], i + 2, False  # "Lawyers of Farrow": the people of a name, not a body
            # Trailing weekdays and months ("Blinken Friday") and connectors are not part of a name,
            # unless a first name, an honorific or a title stands right before ("Theresa May", "Mrs. May").
            while span and (fold(span[-1].text) in lex.calendar and not _names_before(span, lex)
                            or span[-1].text.casefold() in _CONNECTORS):
                span = span[:-1]
            if headline:
                span = _headline_name(span, lex)
            if not span:
                continue
            out.extend(self._read_span(text, sentence, tokens, i, span, initial, lowercase_words))
        return out

    def _read_span(self, text: str, sentence: Sentence, tokens: list[_Token], i: int, span: list[_Token],
                   initial: bool, lowercase_words: set[str]) -> list[TaggedMention]:
        """Split one span into nationality, honorific, title and name, and type the name."""
        lex = self.lex
        out: list[TaggedMention] = []
        title, nationality, honorific = "", "", ""
        name = span
        # 1. a title inside the span, the rightmost one followed by a name ("US Secretary of State Anthony Blinken")
        cut = _title_in_span(text, span, lex)
        if cut is not None:
            j, k = cut
            rest = span[k:]
            if not _is_org_or_place(rest, lex) and not _ordinary_words(rest, lex):
                left = span[:j]
                title = text[span[j].start : span[k - 1].end]
                name = rest
                if left:
                    left_text = text[left[0].start : left[-1].end]
                    if lex.place_code(left_text) is not None or lex.demonym_code(left_text) is not None:
                        nationality = left_text
                    out.extend(self._typed(text, sentence, left, "", "", "", initial=False, lowercase_words=lowercase_words))
        elif _is_title_only(text, span, lex):
            # "the Secretary of State", "US President’s decision": a role with no name
            left = _nationality_prefix(text, span, lex)
            if left:
                out.extend(self._typed(text, sentence, left, "", "", "", initial=False, lowercase_words=lowercase_words))
            return out
        elif len(span) >= 2 and lex.may_end_title(span[-1].text):
            # "Estavia Transport Minister": a name, then a title with no name after it
            for k in range(1, len(span) - 1):  # a title of two words at least: "Tolly Head" is a headland
                if lex.is_title(_span_text(text, span[k:])):
                    return self._typed(text, sentence, span[:k], "", "", "", initial=initial, lowercase_words=lowercase_words)
        # 1b. a known first name opening the last two words, after a title with "of" ("Minister of
        # the National Education Étienne Baker") or an organisation ("... Administration Harriet Vance")
        if not title and len(name) >= 3:
            k = _first_name_at(name, lex)
            if k is not None:
                left = name[:k]
                left_text = _span_text(text, left)
                if lex.is_title(left_text) or lex.is_title(left[0].text) and any(t.text in ("of", "for") for t in left):
                    title = left_text
                elif _is_org_or_place(left, lex):
                    out.extend(self._typed(text, sentence, left, "", "", "", initial=False, lowercase_words=lowercase_words))
                else:
                    left = []
                if left:
                    name = name[k:]
        # 2. an honorific ("Mr Blinken")
        if len(name) > 1 and fold(name[0].text) in lex.honorifics:
            honorific, name = name[0].text, name[1:]
        # 2b. a word or an acronym before a two-word name: "Moderator Lidia Haas" (a role), "KPT
        # Lidiya Gaas" (an affiliation, kept as its own mention)
        if not title and not honorific and len(name) == 3 and _person_after_word(name, lex, initial):
            if name[0].acronym:
                out.extend(self._typed(text, sentence, name[:1], "", "", "", initial=False, lowercase_words=lowercase_words))
            else:
                honorific = name[0].text  # "Survivor", "Moderator": marks a person, is no office (no title cue)
            name = name[1:]
        # 3. a lowercase title right before the span ("spokeswoman Ned Price", "chief prosecutor Fatou Bensuda")
        if not title and not honorific:
            before = _title_before(text, tokens, i, lex)
            if before is not None:
                title, nationality = before
        if title or honorific:
            initial = False
        out.extend(self._typed(text, sentence, name, title, nationality, honorific, initial=initial, lowercase_words=lowercase_words,
                               next_token=tokens[i + len(span)] if i + len(span) < len(tokens) else None))
        return out

    def _typed(self, text: str, sentence: Sentence, name: list[_Token], title: str, nationality: str, honorific: str, *,
               initial: bool, lowercase_words: set[str], next_token: _Token | None = None) -> list[TaggedMention]:
        lex = self.lex
        if not name:
            return []
        surface = text[name[0].start : name[-1].end]
        folded = fold(surface)
        if not (len(name) == 1 and name[0].acronym) and not honorific and not title and (
            folded in lex.common or all(fold(t.text) in lex.common for t in name)
        ):
            return []
        if len(name) == 1 and len(surface) == 1:
            return []  # a lone initial or "I"
        if len(name) == 1 and fold(surface).rstrip(".") in lex.honorifics | {fold(h).rstrip(".") for h in lex.honorifics}:
            return []  # "Mrs." alone names nobody
        place = lex.place_code(surface)
        demonym = lex.demonym_code(surface)
        if surface.startswith("The ") and place is None:
            place = lex.place_code(surface[4:])
        kind = _kind(name, surface, title, honorific, place, demonym, lex)
        if kind == ORG and len(name) == 1 and name[0].acronym and name[0].text.title() in self._capitalised_inside:
            kind = OTHER  # "DRUNESK" in a dateline, "Drunesk" in the text: a name in capitals, no acronym
        if initial and len(name) == 1 and kind == OTHER and not name[0].acronym:
            # A sentence-initial capital is weak evidence: keep it when it reads as a subject or owner.
            word = name[0]
            if word.text.casefold() in lowercase_words:
                return []
            cue = next_token is not None and (next_token.text in _VERB_CUES or
                                              (next_token.text.islower() and next_token.text.endswith("ed")))
            # a word OEWN knows read into running text ("Shoddy footbridge"), not a dateline's ("Madrona —")
            english = is_word(word.text) or (next_token is not None and next_token.text.islower()
                                             and bool(senses(word.text.lower())))
            if not (word.possessive or cue or word.text in self._capitalised_inside or lex.is_first_name(word.text)
                    or not english):
                return []  # an English word opening a sentence ("Meanwhile", "Shoddy"); "Vesterhulm" is a name
        mention = Mention(article=sentence.article, sentence=sentence.id, text=surface, start=name[0].start, end=name[-1].end, title=title)
        return [TaggedMention(mention=mention, type=kind, nationality=nationality, place=place or demonym or "",
                              demonym=demonym is not None and place is None, honorific=honorific, opens_sentence=initial)]


def _kind(name: list[_Token], surface: str, title: str, honorific: str, place: str | None, demonym: str | None, lex: Lexicon) -> str:
    words = [t.text for t in name]
    if place is not None or demonym is not None:
        return PLACE
    if len(words) > 1 and (words[0] in lex.directions and (lex.place_code(" ".join(words[1:])) is not None or len(words) == 2)):
        return PLACE  # "West Bank", "East Jerusalem", "Northern Ireland"
    if any(w in lex.org_heads for w in words):
        return ORG
    if len(words) > 1 and words[-1] in lex.place_heads:
        return PLACE
    if title or honorific:
        return PERSON
    if len(name) == 1 and name[0].acronym:
        return ORG
    if lex.is_first_name(words[0]) and len(words) > 1:
        return PERSON
    if len(words) > 1 and any(len(w) == 2 and w.endswith(".") for w in words[1:-1]):
        return PERSON  # a middle initial: "George W. Biden"
    return OTHER


def _names_before(span: list[_Token], lex: Lexicon) -> bool:
    """A first name, an honorific or a title right before the span's last word."""
    if len(span) < 2:
        return False
    before = span[-2].text
    return lex.is_first_name(before) or fold(before).rstrip(".") in {fold(h).rstrip(".") for h in lex.honorifics} \
        or lex.may_end_title(before)


def _headline_name(span: list[_Token], lex: Lexicon) -> list[_Token]:
    """In a line written in title case ("Mike Pompeo Secretly Met With Kim"), a name ends before
    the first English word that follows a word that is none; a span of English words only is no
    name there."""
    for n in range(1, len(span)):
        word, before = span[n].text, span[n - 1].text
        if is_word(word) and not lex.is_first_name(word) and word not in lex.org_heads and word not in lex.place_heads \
                and not is_word(before):
            return span[:n]
    if all(is_word(t.text) and not lex.is_first_name(t.text) for t in span) and not any(t.acronym for t in span):
        return []
    return span


def _ordinary_words(rest: list[_Token], lex: Lexicon) -> bool:
    """"Data Protection Regulation" after "General": English words, no first name: no person. A word
    of the wide vocabulary that is no word of OEWN ("Oskar", "Brandt") is a name's."""
    return len(rest) >= 2 and not lex.is_first_name(rest[0].text) and all(is_word(t.text) and senses(t.text.lower()) for t in rest)


def _first_name_at(name: list[_Token], lex: Lexicon) -> int | None:
    """Index k >= 2 where a listed first name opens the span's last two words, the word before
    it being neither a first name nor a connector; None when there is none."""
    k = len(name) - 2
    first, last = name[k], name[k + 1]
    if k < 2 and not (k == 1 and name[0].acronym):
        return None
    if not lex.is_first_name(first.text) or not last.text[:1].isupper() or last.acronym:
        return None
    before = name[k - 1]
    if lex.is_first_name(before.text) or before.text.casefold() in _CONNECTORS or before.possessive:
        return None
    return k


def _model_number(word: str) -> bool:
    """"737-800", "214", "A380": digits that name a model, a route or a unit; never a year."""
    if not any(ch.isdigit() for ch in word) or len(word) > 12:
        return False
    return not (word.isdigit() and (len(word) == 4 and word[:2] in ("19", "20") or len(word) > 4))


# A regnal number after a name ("Casimir IV", "Leo XIII"): a Roman numeral of two letters or more, or "I".
_REGNAL = re.compile(r"^(?=[IVXL]{1,6}$)(XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_UNITS = {"percent", "per", "million", "billion", "thousand", "people", "points", "years", "year", "months", "days",
          "km", "kilometres", "kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars", "euros", "crowns"}


def _quantity_follows(text: str, tokens: list[_Token], j: int) -> bool:
    """"Bank 9 percent", "Bank 12%": the number is a quantity, not part of the name."""
    if text[tokens[j].end : tokens[j].end + 1] == "%":
        return True
    return j + 1 < len(tokens) and tokens[j + 1].text.casefold() in _UNITS


def _person_after_word(name: list[_Token], lex: Lexicon, initial: bool = False) -> bool:
    """A role word or an acronym, then two name words that are not English words. A sentence's
    first word may be any English noun of four letters or more, not only one of the common
    vocabulary ("Gaffer Ilse Brandt", "Grocer Pavel Osk": a description before the name)."""
    head, first, last = name
    english = is_word(head.text) or initial and len(head.text) >= 4 and own_lemma(head.text.lower())
    if not (head.acronym or (english and head.text[1:].islower() and not lex.is_first_name(head.text))):
        return False
    if _is_org_or_place(name, lex) or any(t.acronym or t.possessive for t in (first, last)):
        return False
    if not all(t.text[:1].isupper() and t.text[1:].islower() for t in (first, last)):
        return False
    if lex.is_first_name(first.text) or not (is_word(first.text) or is_word(last.text)):
        return True
    # after a noun for a person that is no adjective ("Witness", "Newsagent"; not "Great"), one word
    # no dictionary sense covers marks a name the first-name list lacks ("Witness Fiona Gale");
    # words that all have senses are a phrase
    return not head.acronym and _person_noun(head.text.lower()) and not (senses(first.text.lower()) and senses(last.text.lower()))


def _person_noun(word: str) -> bool:
    """A noun whose commonest sense names a person and that no reading takes for an adjective."""
    from ..framing.resources import attributive  # framing reads the entity stage: imported on use

    return kind_of(word) == "person" and word not in attributive().adjectives


def _is_org_or_place(span: list[_Token], lex: Lexicon) -> bool:
    words = [t.text for t in span]
    return any(w in lex.org_heads for w in words) or (len(words) > 1 and words[-1] in lex.place_heads)


def _span_text(text: str, span: Sequence[_Token]) -> str:
    return text[span[0].start : span[-1].end]


def _title_in_span(text: str, span: list[_Token], lex: Lexicon) -> tuple[int, int] | None:
    """(j, k): span[j:k] is a title and span[k:] a name; the title nearest the name, longest first
    ("Israeli Foreign Minister Gabi Ashkenazi" -> "Foreign Minister", not "Minister")."""
    n = len(span)
    for k in range(n - 1, 0, -1):
        if not span[k].capitalised or not lex.may_end_title(span[k - 1].text):
            continue
        for j in range(max(0, k - lex.title_max_words), k):
            if lex.is_title(_span_text(text, span[j:k])):
                return j, k
    return None


def _nationality_prefix(text: str, span: list[_Token], lex: Lexicon) -> list[_Token]:
    for k in range(len(span) - 1, 0, -1):
        left = _span_text(text, span[:k])
        if lex.place_code(left) is not None or lex.demonym_code(left) is not None:
            return span[:k]
    return []


def _is_title_only(text: str, span: list[_Token], lex: Lexicon) -> bool:
    if not lex.may_end_title(span[-1].text):
        return False
    if lex.is_title(_span_text(text, span)):
        return True
    left = _nationality_prefix(text, span, lex)
    return bool(left) and lex.is_title(_span_text(text, span[len(left):]))


def _title_before(text: str, tokens: list[_Token], i: int, lex: Lexicon) -> tuple[str, str] | None:
    """A lowercase title right before token i, and the nationality before that title, if any."""
    if i == 0 or not lex.may_end_title(tokens[i - 1].text):
        return None
    for size in range(min(lex.title_max_words, i), 0, -1):
        words = tokens[i - size : i]
        if not all(_joined(text, a, b) for a, b in zip(words, [*words[1:], tokens[i]])):
            continue
        if words[-1].possessive or words[-1].modifier:
            continue
        if lex.is_title(_span_text(text, words)):
            nationality = ""
            at = i - size - 1
            if at >= 0 and _joined(text, tokens[at], words[0]) and lex.demonym_code(tokens[at].text) is not None:
                nationality = tokens[at].text
            return _span_text(text, words), nationality
    return None


def _joined(text: str, a: _Token, b: _Token) -> bool:
    """Only spaces between two tokens (no comma, no line break, no quote); a plural possessive
    stays inside a name ("National Teachers' Union")."""
    gap = b.start - a.end
    if gap == 2 and text[a.end] in "'’" and text[a.end + 1] == " " and a.text.endswith("s"):
        return True
    return gap == 1 and text[a.end] in " \u00a0" or (gap == 2 and text[a.end : b.start] in _SPACES2)


def _group_of_people(span: list[_Token], capitalised_inside: set[str], lex: Lexicon) -> bool:
    """"Lawyers of Dunmore said", "Residents of Velbrook fled": a sentence's first word, the plural
    of an English noun that is no kind of body, place or office and that the article never
    capitalises inside a sentence, then "of" or "for" and a name that is no English word. The
    plural is a group of people the name has, not part of the name ("Friends of the Earth",
    "Sisters of Mercy" go on through "the" or an English word and stay whole)."""
    if len(span) < 3 or span[1].text not in ("of", "for") or not span[2].capitalised:
        return False
    head, name = span[0].text, span[2].text
    low = head.casefold()
    if head in capitalised_inside or head in lex.org_heads or head in lex.place_heads or lex.may_end_title(head):
        return False
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else ""
    if len(singular) < 3 or not is_word(singular):
        return False
    return not is_word(name) and not lex.is_first_name(head)


def _field_word(word: str) -> bool:
    """An English word or its plural, in lower case, that no list gives as a first name."""
    low = word.casefold()
    return word[:1].isupper() and not lexicon().is_first_name(word) and (
        is_word(low) or low.endswith("s") and is_word(low[:-1]))


def _first_word_index(text: str, sentence: Sentence, tokens: list[_Token]) -> int:
    """Index of the sentence's first word; opening quotes and brackets do not count."""
    if not tokens:
        return -1
    lead = text[sentence.start : tokens[0].start]
    return 0 if all(ch in _OPENERS or ch.isspace() for ch in lead) else -1


def _sentences(article: Article) -> tuple[Sentence, ...]:
    if not article.sentences:
        log.debug("article %s has no sentences: segmenting it", article.id)
        return segment(article.id, article.text)
    for s in article.sentences:
        if article.text[s.start : s.end] != s.text:
            raise InputError(article.id, f"sentence {s.id} offsets {s.start}:{s.end} do not match the article text")
    return article.sentences
