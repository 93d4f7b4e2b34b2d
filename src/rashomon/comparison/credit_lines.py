"""Credit lines: who wrote, edited, printed or owns the text, and the outlet's own name, whole lines
only (rule 6 of :mod:`.clean`).

- a staff contribution line ("Jane Roe contributed to this report", "Contributors: ..."), "(Reporting by
  ...; Editing by ...)", a newsroom role under its label ("Responsible editor: Wang Li")
- a byline ("By Jane Roe", "By Ana Reyes, Harbour Post senior correspondent"), the printer and publisher
- a copyright notice, the publisher's company registration
- the outlet's masthead ("Harbour Radio – the independent voice of the coast", "HARBOUR LEDGER | Markets",
  "KRT - Keeping the Valley Informed since 1971")
- a source line ("Source: Agencia Marana")

Each shape checks that the rest of the line is names (:func:`names_only`), not a sentence.
"""

from __future__ import annotations

import re

from .line_signs import QUOTE, REPORTING, SPEECH, WORD, reports, rx

__all__ = ["credit_line", "names_after", "names_only", "outlet_named"]

_ROLE = r"(?:(?:additional\s+|further\s+)?(?:reporting|writing|editing|edited|written|compiled|research|graphics|" \
        r"translation|translated|produced|production|photography|fact[- ]checking|interviews?)\s+by|" \
        r"(?:with\s+)?(?:additional\s+|further\s+)?reporting\s+from)"  # fmt: skip
_ROLE_LINE = rx(rf"^\W*{_ROLE}\b")
_ROLES = rx(_ROLE)
# "By Jane Roe", "Exclusive by Jane Roe", "Posted by Jane Roe": the writer's name after "by", with the
# kicker or the verb a page sets before it.
_BYLINE = rx(r"^\W*((exclusive|analysis|opinion|comment|commentary|editorial|interview|feature|words|story|text|posted)\s+)?"
             r"by\s+(the\s+)?(?=[A-Z])")
_IMPRINT = rx(r"^\W*(printed|published|produced)( and (printed|published))? by\s+(?=[A-Z])")  # a company's name follows
# "Gazette Media Ltd, registered in England No. 1234567": the publisher's company registration.
_REGISTERED = rx(r"\bregistered in [a-z]+( and [a-z]+)?,? ((company )?(no|number)\.?)\s*\d+|\bcompany (registration )?(no|number)\.?:?\s*\d+")
_CONTRIBUTORS = rx(r"^\W*(contributing|contributors?|additional contributors?)\s*:")
_CONTRIBUTED_END = rx(r"\b(contributed|contributing)\W*$")
_CONTRIBUTED = rx(
    r"\bcontribut(?:ed|es|ing)\s+(?:additional\s+|further\s+)?(?:to\s+(?:this|the)\s+(?:report|story|article|piece|"
    r"dispatch)|(?:to\s+)?(?:reporting|research|writing))\b"
)
_COPYRIGHT = rx(
    r"^\W*(©|\(c\)\s|copyright\b)|\b(all (the )?rights|reproduction|republication) reserved\b|"
    r"\bmay not be (re)?(published|reproduced|redistributed|rewritten|broadcast)|"
    r"\b(reproduction|reprinting|republication|copying|use of (these|the) materials?)( of [\w'’&. -]{1,40}?)?( is| are)?( only)? "
    r"(permitted|allowed|authori[sz]ed|prohibited|forbidden)\b|\bmaterials? (is|are) the property of\b|"
    r"\bmaterials? (of [\w'’&. -]{1,40} )?(may|can) (only )?be (reproduced|republished|reprinted|quoted|used)\b"
)
# "Responsible editor: Wang Li", "Translation: Jane Doe": a newsroom role, a colon, names.
_ROLE_LABEL = rx(
    r"^\W*((responsible|managing|chief|executive|duty|copy|web|online|picture|photo|video|news)\s+)?"
    r"(editors?|editing|translators?|translation|proofreading|proofreader|reviewers?|producers?|"
    r"compiled by|author|authors|text|writer|reporter|correspondent)\s*:"
)
# "Harbour Radio – the independent voice of the coast", "Tesvanian News Agency - official news agency
# of the republic": the outlet's name, a dash, what kind of outlet it is; a masthead, no sentence.
_OUTLET_NOUN = r"(news ?agency|agency|newspaper|paper|daily|weekly|radio|television|tv|broadcaster|station|magazine|" \
               r"news (site|website|portal|service|network|channel)|voice|news|press|media|gazette|journal|times|post|herald|" \
               r"courier|chronicle|tribune|observer|telegraph)"
_MASTHEAD = rx(rf"^\W*(?P<name>([A-Z][\w'’&.-]*\s+){{0,5}}{_OUTLET_NOUN})\s*[–—|:-]\s*(the |an? |your )?"
               rf"([\w'’-]+\s+){{0,3}}{_OUTLET_NOUN}(?P<tail>\s+(of|for|in|on|from|since|serving)\b.*)?\W*$")
# "Harbour Wire, independent news agency", "Kestra Today, the valley's daily": the outlet's name, a comma,
# what kind of outlet it is in lower case (no preposition: "Jane Roe, a reporter at the paper" is a person);
# a line that ends in an outlet noun after a name is no sentence.
_DESCRIBED_OUTLET = re.compile(rf"^\W*(?P<name>[A-Z][\w'’&.-]*(\s+[A-Z][\w'’&.-]*){{0,4}}),\s+(?i:(the |an? |our )?"
                               rf"((?!(at|of|in|on|for|to|with|from|by)\s)[\w'’-]+\s+){{0,3}}{_OUTLET_NOUN})\W*$")
# "KRT - Keeping the Valley Informed since 1971", "Northshore Broadcasting - serving the islands since
# 1948": a name, a dash, a motto that opens with what the outlet does (or "the", "your") and ends
# with its founding year; a masthead, no event.
_SLOGAN = rx(r"^\W*(?P<name>[A-Z][\w'’&.-]*(\s+[A-Z][\w'’&.-]*){0,5})\s*[–—|-]\s*"
             r"(\w+ing|the|your)\b([\s\w'’,-]*?)\bsince (1[6-9]|20)\d\d\W*$")
# "HARBOUR LEDGER | Markets", "VALLEY NEWS AGENCY (VNA) - English service", "KESTRA (KNA) - Kestra
# News Agency": an outlet's name in capitals, and a section or the name spelled out after a bar, or
# after a dash where the name is plainly an outlet's (an outlet noun, an agency's initials in brackets).
_CAPS_NAME = r"(?P<name>[A-Z][A-Z&.'’-]+(\s+([A-Z][A-Z&.'’-]+|&)){0,4})(?P<initials>\s*\([A-Z]{2,6}\))?"
_CAPS_MASTHEAD = re.compile(rf"^\W*{_CAPS_NAME}\s*(?:(?P<bar>\|)|[–—-])\s*(?P<section>[A-Z][\w'’&-]*(\s+[\w'’&-]+){{0,4}})$")
_CAPS_OUTLET = re.compile(rf"^\W*{_CAPS_NAME}$")
_OUTLET_END = rx(rf"\b{_OUTLET_NOUN}$")
# "Source: Agencia Marana": a label and the names of the agency the text came from.
_SOURCE_LABEL = rx(r"^\W*(source|sources|via)\s*:")
# Words a credit line has besides names: connectors, places, agency names in capitals.
_CREDIT_CONNECTORS = {"and", "in", "from", "at", "with", "for", "of", "the", "staff", "writer", "writers",
                      "correspondent", "correspondents", "bureau", "reporter", "reporters", "team", "desk", "newsroom", "de", "da", "van", "von", "der", "al", "bin",
                      "el", "la", "le", "du", "dos", "del", "y", "&"}  # fmt: skip


# "By Ana Reyes, Harbour Post senior correspondent", "By the Ledger editorial team": after the names, a
# newsroom role in lower case, its last word a newsroom noun, any word before it a newsroom modifier.
_NEWSROOM_MODIFIERS = {"senior", "chief", "special", "staff", "editorial", "political", "foreign", "business", "economics",
                       "sports", "sport", "arts", "culture", "science", "health", "diplomatic", "legal", "home", "affairs",
                       "investigations", "investigative", "data", "music", "opera", "theatre", "film", "environment",
                       "technology", "deputy", "associate", "contributing", "news", "city", "court", "crime", "education",
                       "transport", "industry", "energy", "climate", "europe", "defence", "security", "features", "digital",
                       "online", "regional", "local", "parliamentary", "social", "consumer", "property", "travel", "food"}
_NEWSROOM_NOUNS = {"correspondent", "correspondents", "editor", "editors", "reporter", "reporters", "writer", "writers",
                   "team", "desk", "staff", "columnist", "critic", "analyst", "newsroom", "bureau"}


def _byline_role(rest: str) -> bool:
    """Names, then a newsroom role in lower case ending in a newsroom noun ("..., senior correspondent")."""
    tokens = [t.rstrip(".'’-") for t in WORD.findall(rest)]
    lower = [t.lower() for t in tokens if t[:1].islower() and t.lower() not in _CREDIT_CONNECTORS - _NEWSROOM_NOUNS]
    if not lower or not any(t[:1].isupper() for t in tokens) or tokens[-1].lower() not in _NEWSROOM_NOUNS:
        return False
    return all(t in _NEWSROOM_MODIFIERS | _NEWSROOM_NOUNS for t in lower)


def names_only(text: str, allowed_lowercase: int = 0) -> bool:
    """Whether ``text`` is names (capitalised words) and connectors, not a sentence ("" is)."""
    tokens = [t.rstrip(".'’-") for t in WORD.findall(text)]
    lower = [t for t in tokens if t[:1].islower() and t.lower() not in _CREDIT_CONNECTORS]
    return len(lower) <= allowed_lowercase


def names_after(label: re.Match[str] | None, text: str, words: list[str], most_words: int,
                allowed_lowercase: int = 0) -> bool:
    """Whether ``label`` matched in ``text``, a line of at most ``most_words`` words, and the rest of
    the line after it is names (:func:`names_only`): "Contributors: Ana Reyes and Tom Brown"."""
    return bool(label) and len(words) <= most_words and names_only(text[label.end() :], allowed_lowercase)


def outlet_named(name: str) -> bool:
    """Whether ``name`` ends in a word that names an outlet ("Harbour Gazette", "Valley News Agency")."""
    return bool(_OUTLET_END.search(name.strip()))


def _caps_masthead(text: str) -> bool:
    """An outlet's name in capitals with its section or its name spelled out (``_CAPS_MASTHEAD``), or
    alone when it ends in an outlet noun and gives its initials ("VALLEY NEWS AGENCY (VNA)")."""
    line = text.strip()
    m = _CAPS_MASTHEAD.match(line)
    if m and (m.group("bar") or m.group("initials") or _OUTLET_END.search(m.group("name"))):
        return not reports(line)
    m = _CAPS_OUTLET.match(line)
    return bool(m and (m.group("initials") or len(m.group("name").split()) >= 2) and _OUTLET_END.search(m.group("name")))


def credit_line(text: str, words: list[str]) -> str | None:
    """The reason ``text`` (one line, spaces collapsed; ``words`` its words) is a credit line, or None."""
    if names_after(_CONTRIBUTED.search(text), text, words, 30):
        return "credit: staff contribution line"
    ended = _CONTRIBUTED_END.search(text)
    if ended and len(words) <= 30 and names_only(text[: ended.start()]):
        return "credit: staff contribution line"
    if names_after(_CONTRIBUTORS.match(text), text, words, 30):
        return "credit: contributors line"
    if _ROLE_LINE.match(text) and len(words) <= 40 and names_only(_ROLES.sub(" ", text)):
        return "credit: reporting and editing credits"
    byline = _BYLINE.match(text)
    if byline and len(words) <= 12 and (names_only(text[byline.end() :]) or _byline_role(text[byline.end() :])):
        return "credit: byline"
    if names_after(_IMPRINT.match(text), text, words, 12):
        return "credit: printer and publisher"
    if _COPYRIGHT.search(text) and len(words) <= 40 and not SPEECH.search(text):
        return "credit: copyright notice"
    if _REGISTERED.search(text) and len(words) <= 25 and not SPEECH.search(text):
        return "credit: publisher's registration"
    masthead = _MASTHEAD.match(text)
    if masthead and len(words) <= 20 and names_only(masthead.group("name")) and names_only(masthead.group("tail") or "", 2) \
            and not reports(text) and not QUOTE.search(text):
        return "credit: outlet masthead"
    if _DESCRIBED_OUTLET.match(text) and len(words) <= 10 and not reports(text) and not QUOTE.search(text):
        return "credit: outlet masthead"
    if names_after(_ROLE_LABEL.match(text), text, words, 12):
        return "credit: newsroom role line"
    slogan = _SLOGAN.match(text)
    if slogan and len(words) <= 16 and names_only(slogan.group("name")) and not REPORTING.search(text) \
            and not QUOTE.search(text):
        return "credit: outlet masthead"
    if _caps_masthead(text):
        return "credit: outlet masthead"
    if names_after(_SOURCE_LABEL.match(text), text, words, 7):
        return "credit: source line"
    return None
