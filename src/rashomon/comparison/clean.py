"""Boilerplate out, news in: whole lines (paragraphs) that are not part of the story.

Each rule recognises a *kind* of line by its wording, not a list of known lines:

1. advert      advertisement markers ("ADVERTISEMENT", "Story continues below advertisement")
2. cookie      cookie and consent notices, in the site's own voice ("we use cookies", "you agree")
3. share       social share prompts ("Share this article", "Facebook Twitter Email")
4. navigation  read-more and click-here links, related-content headers, menus and breadcrumbs
5. caption     photo credits ("Photo: AFP", "(AP Photo/Jane Doe)", "REUTERS/John Roe")
6. credit      staff contribution lines, "(Reporting by ...; Editing by ...)", bylines, copyright
7. promo       calls to action: subscribe, sign up, receive by email, download the app, follow us

Rules 1-6 match wording that only boilerplate uses and check the rest of the line (a credit
line holds names, not a sentence). Promotions share words with news ("newsletter",
"sign-ups"), so rule 7 scores a line: imperative openings, the outlet speaking to the reader
(our, your), promotional phrases count for it; reporting verbs, dates, numbers, quotes and
length count against it. "The paper's newsletter editor resigned on Monday" stays.

A reason is "kind: what it is", the kind being machine-readable.
"""

from __future__ import annotations

import logging
import re

from ..model import Document, Removed

logger = logging.getLogger(__name__)

__all__ = ["clean", "classify_line"]


def clean(doc: Document) -> tuple[str, tuple[Removed, ...]]:
    """The document's text without its boilerplate lines, and those lines with the reason.

    Kept lines are joined by "\\n" unchanged; ``Removed.line`` is the 0-based line number in
    ``doc.text``.
    """
    kept: list[str] = []
    removed: list[Removed] = []
    for number, line in enumerate(doc.text.split("\n")):
        reason = classify_line(line)
        if reason is None:
            kept.append(line)
        else:
            removed.append(Removed(text=line, reason=reason, line=number))
            logger.debug("%s line %d removed (%s): %s", doc.origin or doc.title, number, reason, line[:80])
    return "\n".join(kept), tuple(removed)


def classify_line(line: str) -> str | None:
    """The reason ``line`` is boilerplate, or None when it is (or may be) news."""
    text = " ".join(line.split())
    if not text:
        return None
    words = _WORD.findall(text)
    if len(words) > _MAX_WORDS:
        return None
    for rule in (_advert, _cookie, _share, _navigation, _caption, _credit, _promo):
        reason = rule(text, words)
        if reason:
            return reason
    return None


_WORD = re.compile(r"[^\W_][\w'’.-]*")
_MAX_WORDS = 60  # boilerplate is short; a longer paragraph is prose


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Signs a line reports something: reporting and past-tense event verbs, dates, figures.
_REPORTING = _rx(
    r"\b(said|says|say|told|tells|announced|reported|according to|added|stated|claimed|denied|confirmed|"
    r"resigned|fell|rose|dropped|increased|decreased|grew|declined|was|were|had|has been|have been|"
    r"fined|ruled|ordered|found|arrested|killed|warned|urged|asked|agreed|launched|won|lost)\b"
)
_WHEN = _rx(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last (week|month|year)|"
    r"january|february|march|april|june|july|august|september|october|november|december|(19|20)\d\d)\b"
)
_FIGURE = _rx(r"\d+(\.\d+)?\s*(%|percent|per cent|million|billion)")
_QUOTE = re.compile(r"[“”\"«»„]")


def _reports(text: str) -> bool:
    return bool(_REPORTING.search(text) or _WHEN.search(text) or _FIGURE.search(text))


# --- 1. advert ------------------------------------------------------------------------------

_ADVERT = _rx(
    r"^\W*(advertisement|advertising|advert|ad|ads|sponsored( content| links?| post| story)?|"
    r"paid (content|post|partnership|promotion)|promoted( content| stories)?|"
    r"(story|article) continues (below|after)( this)?( advertisement| ad)?|"
    r"continue reading (the main story|below)|scroll (down )?to continue( reading| with content)?)\W*$"
)


def _advert(text: str, words: list[str]) -> str | None:
    return "advert: advertisement marker" if _ADVERT.match(text) else None


# --- 2. cookie ------------------------------------------------------------------------------

_COOKIE = _rx(r"\bcookies?\b")
_SITE_VOICE = _rx(r"\b(we|our|us|you|your|this (site|website)|by (continuing|using|clicking))\b")
_CONSENT = _rx(r"\b(accept|consent|agree|preferences|settings|privacy policy|opt out|manage)\b")


def _cookie(text: str, words: list[str]) -> str | None:
    if not _COOKIE.search(text) or _REPORTING.search(text):
        return None
    if (_SITE_VOICE.search(text) and _CONSENT.search(text)) or len(words) <= 6:
        return "cookie: cookie/consent notice"
    return None


# --- 3. share -------------------------------------------------------------------------------

_PLATFORMS = {
    "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "pinterest", "reddit", "messenger",
    "flipboard", "email", "e-mail", "mail", "sms", "print", "threads", "bluesky", "mastodon", "instagram",
}  # fmt: skip
_SHARE_WORDS = _PLATFORMS | {
    "share", "shares", "sharing", "tweet", "this", "article", "story", "page", "post", "on", "via", "by",
    "copy", "link", "url", "comments", "comment", "save", "bookmark", "or", "and", "with", "friends", "a", "friend",
}  # fmt: skip
_SHARE_START = _rx(r"^\W*(share|tweet|email|e-mail)\s+(this|on|via|to|article|story)\b")
_SHARE_ASK = _rx(r"\bshare (it|this|the (story|article))( (story|article))? with (a )?(friends?|others|family)\b")


def _share(text: str, words: list[str]) -> str | None:
    if len(words) > 12:
        return None
    lowered = [w.lower().strip(".:") for w in words]
    only_share_words = all(w in _SHARE_WORDS for w in lowered)
    platforms = sum(w in _PLATFORMS for w in lowered)
    if only_share_words and ({"share", "tweet", "sharing"} & set(lowered) or platforms >= 2):
        return "share: social share prompt"
    if (_SHARE_START.match(text) or _SHARE_ASK.search(text)) and not _reports(text):
        return "share: social share prompt"
    return None


# --- 4. navigation --------------------------------------------------------------------------

# Link labels: followed by a colon or an arrow, the end of the line, or a preposition
# ("Read more about ..."), never by prose ("Read more widely, the report advises").
_NAV_ALWAYS = _rx(
    r"^\W*(read more|read also|also read|see also|continue reading|keep reading|click here|tap here|"
    r"you (may|might) also like|what to read next|more stories|related (articles?|stories|story|content|"
    r"coverage|news|reading|links|topics)|most (read|popular|viewed|shared)|recommended for you|"
    r"back to top|skip to (main )?content|next article|previous article)"
    r"(\s*[:|»›>–—.…]|\s*$|\s+(about|on|here|at|in|from|of|to|the full)\b)"
)
# Words that open prose too ("Related charges were filed", "Watch: ..." as a headline), so
# only as a header alone on its line, or as a link label before a colon or an arrow.
_NAV_HEADER = _rx(
    r"^\W*(related|recommended|trending( now)?|top stories|latest( news| stories)?|watch|listen|videos?|"
    r"live updates?|in (pictures|photos)|explainer|(\d+ )?comments?|more (from|on) [\w .'’-]{1,40})\W*$"
)
_NAV_LINK = _rx(r"^\W*(related|recommended|trending|top stories|see more|more (from|on) [\w .'’-]{1,40})\s*[:»›>]\s*\S")
_CLICK_HERE = _rx(r"\b(click|tap) here\b")
_MENU_SEPARATOR = re.compile(r"\s[|›»>•·]\s")


def _navigation(text: str, words: list[str]) -> str | None:
    if _NAV_ALWAYS.match(text) and len(words) <= 30:
        return "navigation: read-more link"
    if _NAV_HEADER.match(text):
        return "navigation: section header"
    if _NAV_LINK.match(text):
        return "navigation: related-content link"
    if _CLICK_HERE.search(text) and len(words) <= 30:
        return "navigation: click-here link"
    parts = _MENU_SEPARATOR.split(text)
    if len(parts) >= 3 and all(0 < len(p.split()) <= 4 and _WORD.search(p) for p in parts) and not _reports(text):
        return "navigation: menu or breadcrumb"
    return None


# --- 5. caption -----------------------------------------------------------------------------

_PHOTO = r"(photo|photograph|picture|image|illustration|file photo|photo illustration|video still)s?"
# "Photo: Jane Doe/AFP", "Image courtesy of the family": the marker, then a short credit.
_CAPTION_START = _rx(rf"^\W*({_PHOTO}|(photo |image )?credit)\s*(credit)?\s*(:|/|by\b|courtesy\b)")
# "Image caption, ..." / "Image source, ...": labels a page reader leaves before a caption.
_CAPTION_LABEL = _rx(r"^\W*(image|photo|picture|video|media) (caption|source|credit)\s*[,:]")
# A caption ends with its credit: "(Photo: AFP)", "(AP Photo/Jane Doe)", "REUTERS/John Roe".
_CAPTION_END = _rx(
    rf"(\(\s*({_PHOTO}|credit)\s*(:|/|by\b|courtesy\b)[^()]*\)|\(\s*[A-Z]+ {_PHOTO}\s*/[^()]*\)|"
    r"\b(getty images|shutterstock|alamy|epa-efe))\s*\W*$"
)
# Agency in capitals, a slash, the photographer: case matters here.
_AGENCY_CREDIT = re.compile(r"\b[A-Z]{2,}(\s[A-Z]{2,})?/[A-Z][\w.'’-]+(\s[A-Z][\w.'’-]+){0,3}\W*$")


def _caption(text: str, words: list[str]) -> str | None:
    start = _CAPTION_START.match(text)
    if start and len(words) <= 12 and _names_only(text[start.end() :], allowed_lowercase=2):
        return "caption: photo credit"
    if _CAPTION_LABEL.match(text) and len(words) <= 40:
        return "caption: photo caption"
    if (_CAPTION_END.search(text) or _AGENCY_CREDIT.search(text)) and len(words) <= 50:
        return "caption: photo caption with credit"
    return None


# --- 6. credit ------------------------------------------------------------------------------

_ROLE = r"(?:additional\s+|further\s+)?(?:reporting|writing|editing|edited|written|compiled|research|graphics|" \
        r"translation|translated|produced|production|photography|fact[- ]checking|interviews?)\s+by"  # fmt: skip
_ROLE_LINE = _rx(rf"^\W*{_ROLE}\b")
_ROLES = _rx(_ROLE)
_BYLINE = _rx(r"^\W*by\s+(?=[A-Z])")
_CONTRIBUTORS = _rx(r"^\W*(contributing|contributors?|additional contributors?)\s*:")
_CONTRIBUTED_END = _rx(r"\b(contributed|contributing)\W*$")
_CONTRIBUTED = _rx(
    r"\bcontribut(?:ed|es|ing)\s+(?:additional\s+|further\s+)?(?:to\s+(?:this|the)\s+(?:report|story|article|piece|"
    r"dispatch)|(?:to\s+)?(?:reporting|research|writing))\b"
)
_COPYRIGHT = _rx(
    r"^\W*(©|\(c\)\s|copyright\b)|\ball rights reserved\b|"
    r"\bmay not be (re)?(published|reproduced|redistributed|rewritten|broadcast)"
)
# Words a credit line has besides names: connectors, places, agency names in capitals.
_CREDIT_CONNECTORS = {"and", "in", "from", "at", "with", "for", "of", "the", "staff", "writer", "writers",
                      "correspondent", "correspondents", "bureau", "reporter", "reporters", "de", "da", "van", "von", "der", "al", "bin",
                      "el", "la", "le", "du", "dos", "del", "y", "&"}  # fmt: skip


def _names_only(text: str, allowed_lowercase: int = 0) -> bool:
    """Whether ``text`` is names (capitalised words) and connectors, not a sentence ("" is)."""
    tokens = [t.rstrip(".'’-") for t in _WORD.findall(text)]
    lower = [t for t in tokens if t[:1].islower() and t.lower() not in _CREDIT_CONNECTORS]
    return len(lower) <= allowed_lowercase


def _credit(text: str, words: list[str]) -> str | None:
    contributed = _CONTRIBUTED.search(text)
    if contributed and len(words) <= 30 and _names_only(text[contributed.end() :]):
        return "credit: staff contribution line"
    ended = _CONTRIBUTED_END.search(text)
    if ended and len(words) <= 30 and _names_only(text[: ended.start()]):
        return "credit: staff contribution line"
    labelled = _CONTRIBUTORS.match(text)
    if labelled and len(words) <= 30 and _names_only(text[labelled.end() :]):
        return "credit: contributors line"
    if _ROLE_LINE.match(text) and len(words) <= 40 and _names_only(_ROLES.sub(" ", text)):
        return "credit: reporting and editing credits"
    if _BYLINE.match(text) and len(words) <= 12 and _names_only(text[text.lower().index("by") + 2 :]):
        return "credit: byline"
    if _COPYRIGHT.search(text) and len(words) <= 40:
        return "credit: copyright notice"
    return None


# --- 7. promo -------------------------------------------------------------------------------

# An opening that asks the reader to act (not "Follow-up talks", hence the lookahead).
_IMPERATIVE = _rx(
    r"^\W*(sign\s*up|subscribe|receive|download|follow|get|join|register|stay|never miss|don[’']?t miss|"
    r"like us|click|tap|listen|watch|support|donate|become|install|try|sign in|log in|enter|discover|"
    r"check out|add|give|unlock|start|read)\b(?![-’'])"
)
_INVITATION = _rx(r"^\W*(want|love|enjoy(ing|ed)?|interested|looking for|like what you|liked this|found this)\b.*\?")
_PROMO_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("newsletter sign-up call to action", _rx(
        r"\b(newsletters?|daily (edition|briefing|digest)|morning (briefing|edition)|via e-?mail|by e-?mail|"
        r"(to|in) your inbox|sign[ -]?up|never miss|don[’']?t miss|best stories|top stories|"
        r"breaking news alerts|news alerts|email alerts)\b")),
    ("subscription or donation appeal", _rx(
        r"\b(subscribe|subscription|subscribers? only|unlimited access|free trial|become a (member|subscriber|"
        r"supporter|patron)|support (us|our|independent|quality)( \w+)? journalism|support us|donate|"
        r"make a contribution|chip in|keep us (independent|going|free)|already a (subscriber|member)|"
        r"(supporting|support) (us|our|independent|quality)( \w+)? journalism|[£$€]\s?\d+(\.\d\d)? (a|per) (month|year|week))")),
    ("social media follow prompt", _rx(
        r"\b(follow us|like us|find us|join us|follow (the )?[\w.'’-]+( [\w.'’-]+){0,3} on|"
        r"(on|join|follow) our (channels?|pages?|accounts?)|"
        r"our (youtube|telegram|whatsapp|instagram|tiktok|facebook) (channel|account|page))\b")),
    ("app download prompt", _rx(r"\b(our app|the app|app store|google play|download (the|our))\b")),
    ("news tip request", _rx(r"\b(news tip|got a tip|have a tip|send us (a|your) tips?|e-?mail us|contact us at)\b")),
    ("podcast or video promotion", _rx(r"\b(our podcast|listen (now|to (our|the) podcast)|subscribe to the podcast)\b")),
)  # fmt: skip
_OUTLET_VOICE = _rx(r"\b(our|we|us|you|your)\b")
_FREE = _rx(r"\b(free|now|today|here|latest|exclusive)\b")
_PROMO_THRESHOLD = 4


_ANY_PROMO = re.compile("|".join(f"(?:{pattern.pattern})" for _kind, pattern in _PROMO_KINDS), re.IGNORECASE)


def _promo(text: str, words: list[str]) -> str | None:
    if not _ANY_PROMO.search(text):
        return None  # nothing promotional is offered, whatever the tone (and most lines stop here)
    score = 0.0
    kinds = []
    for kind, pattern in _PROMO_KINDS:
        hits = len(pattern.findall(text))
        if hits:
            kinds.append(kind)
            score += 2 * min(hits, 2)
    if _IMPERATIVE.match(text):
        score += 2
    elif _INVITATION.match(text):
        score += 1
    score += min(len(_OUTLET_VOICE.findall(text)), 2)
    score += 0.5 * min(len(_FREE.findall(text)), 2)
    if _REPORTING.search(text):
        score -= 3
    if _WHEN.search(text):
        score -= 1
    if _FIGURE.search(text):
        score -= 1
    if _QUOTE.search(text):
        score -= 2
    if len(words) > 35:
        score -= 2
    if score >= _PROMO_THRESHOLD:
        return f"promo: {kinds[0]}"
    return None
