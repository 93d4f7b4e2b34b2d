"""Boilerplate out, news in: whole lines (paragraphs) that are not part of the story.

Each rule recognises a *kind* of line by its wording, not a list of known lines:

1. advert      advertisement markers ("ADVERTISEMENT", "Story continues below advertisement")
2. cookie      cookie and consent notices, in the site's own voice ("we use cookies", "you agree")
3. share       social share prompts ("Share this article", "Facebook Twitter Email")
4. navigation  read-more and click-here links, related-content headers ("MORE: ..." in capitals),
               menus and breadcrumbs
5. caption     photo credits ("Photo: AFP", "(AP Photo/Jane Doe)", "REUTERS/John Roe")
6. credit      staff contribution lines, "(Reporting by ...; Editing by ...)", bylines, copyright
7. notice      machine-translation and AI notices ("This article was translated automatically from
               German", "Automatic translation from the Dutch."), where the text was first published
               or who may read it ("This article first appeared in ..."), corrections ("Correction:
               An earlier version ...", "(Corrects paragraph 5 ...)")
8. contact     tip and contact lines ("Got a story? Email ...", "Do you have information? Contact our
               editors"): a question or a plea to the reader, then a way to reach the newsroom; or an
               address under a short label ("Letters: post@paper.example")
9. promo       calls to action: subscribe, sign up, receive by email, download the app, follow us,
               paywall and membership offers with a price per period written any way, prompts to
               comment, podcasts, print copies, the outlet's slogan ("your news, your voice")
10. timestamp  a page's publication or update time on a line of its own ("Last updated at 11:11 GMT",
               "Posted on January 5, 2011, 3:37 PM EDT", "May 2, 2013 | 5:03pm"): dates and clock
               times with nothing but stamp words; a line of a date alone (a dateline) stays

Besides: a line the article already gave, word for word (kind ``repeat``: a headline kept twice by
the extraction, a pull quote).

Rules 1-8 and 10 match wording that only boilerplate uses and check the rest of the line (a credit
line holds names, not a sentence). Promotions share words with news ("newsletter",
"sign-ups"), so rule 9 scores a line: imperative openings, the outlet speaking to the reader
(our, your), promotional phrases count for it; reporting verbs, dates, numbers, quotes and
length count against it. "The paper's newsletter editor resigned on Monday" stays.

A reason is "kind: what it is", the kind being machine-readable.
"""

from __future__ import annotations

import logging
import re

from ..model import Document, Removed

logger = logging.getLogger(__name__)

__all__ = ["MACHINE_TRANSLATED", "clean", "classify_line"]

MACHINE_TRANSLATED = "notice: machine-translation or AI notice"  # the reason entities reads
# A page whose extraction kept the headline as the first paragraph too, or a pull quote repeated:
# the second copy of a line of at least this many words says nothing new.
REPEATED = "repeat: the same line again, earlier in the article"
_MIN_REPEAT_WORDS = 4


def clean(doc: Document) -> tuple[str, tuple[Removed, ...]]:
    """The document's text without its boilerplate lines, and those lines with the reason.

    Kept lines are joined by "\\n" unchanged; ``Removed.line`` is the 0-based line number in
    ``doc.text``.
    """
    kept: list[str] = []
    removed: list[Removed] = []
    seen: set[str] = set()
    for number, line in enumerate(doc.text.split("\n")):
        reason = classify_line(line)
        said = " ".join(line.split())
        if reason is None and said in seen:
            reason = REPEATED
        elif reason is None and len(said.split()) >= _MIN_REPEAT_WORDS:
            seen.add(said)
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
    for rule in (_advert, _cookie, _share, _navigation, _caption, _credit, _notice, _contact, _promo, _timestamp):
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
_FIGURE = _rx(r"(?<![\d.])\d+(\.\d+)?\s*(%|percent|per cent|million|billion)")
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
    "the", "social", "networks", "network", "media", "report", "your", "in", "to",
}  # fmt: skip
_SHARE_START = _rx(r"^\W*(share|tweet|email|e-mail)\s+(the\s+)?(this|on|via|to|article|story|report|post|page|video)\b")
_SHARE_ASK = _rx(r"\b(share|forward|pass on|send) (it|this|the (story|article))( (story|article))? (with|to) (a )?"
                 r"(friends?|others|family|colleagues?)\b")


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
_COMMENTS_CLOSED = _rx(r"^\W*(comments|commenting)( (on|for|to) (this|the) (article|story|page|post))? (are|is|has been|have been) "
                       r"(now )?(closed|disabled|switched off|turned off|moderated)\b[^.!?]{0,60}[.!]?$")
_NAV_LINK = _rx(r"^\W*(related|recommended|trending|top stories|see more|more (from|on) [\w .'’-]{1,40})\s*[:»›>]\s*\S")
# "MORE: The ten worst floods", "ALSO READ: ...": a label in capitals of a link to another article,
# which prose never opens with (a dateline's place name is no such word; "WATCH:" and "VIDEO:" may
# head a video's own page, so they are not taken).
_CAPS_LABEL = re.compile(r"^\W*(MORE|READ|ALSO READ|SEE ALSO|RELATED|TRENDING|RECOMMENDED|DON[’']?T MISS)( [A-Z]+){0,2}\s*:\s*\S")
_CLICK_HERE = _rx(r"\b(click|tap) here\b")
_MENU_SEPARATOR = re.compile(r"\s[|›»>•·]\s")


def _navigation(text: str, words: list[str]) -> str | None:
    if _NAV_ALWAYS.match(text) and len(words) <= 30:
        return "navigation: read-more link"
    if _NAV_HEADER.match(text):
        return "navigation: section header"
    if _COMMENTS_CLOSED.match(text):
        return "navigation: comments notice"
    if _NAV_LINK.match(text) or (_CAPS_LABEL.match(text) and len(words) <= 20 and not _QUOTE.search(text)):
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
# "Photo: the flooded square on Tuesday", "Gazette photo: the works": a caption labelled as such.
_CAPTION_LABELLED = re.compile(rf"^\W*([A-Z][\w.'’&-]*\s){{0,3}}(?i:{_PHOTO}|video)\s*:\s*\S")
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
    if _CAPTION_LABELLED.match(text) and len(words) <= 40 and not _QUOTE.search(text):
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
_IMPRINT = _rx(r"^\W*(printed|published|produced)( and (printed|published))? by\s+(?=[A-Z])")  # a company's name follows
_CONTRIBUTORS = _rx(r"^\W*(contributing|contributors?|additional contributors?)\s*:")
_CONTRIBUTED_END = _rx(r"\b(contributed|contributing)\W*$")
_CONTRIBUTED = _rx(
    r"\bcontribut(?:ed|es|ing)\s+(?:additional\s+|further\s+)?(?:to\s+(?:this|the)\s+(?:report|story|article|piece|"
    r"dispatch)|(?:to\s+)?(?:reporting|research|writing))\b"
)
_COPYRIGHT = _rx(
    r"^\W*(©|\(c\)\s|copyright\b)|\b(all rights|reproduction|republication) reserved\b|"
    r"\bmay not be (re)?(published|reproduced|redistributed|rewritten|broadcast)|"
    r"\b(reproduction|reprinting|republication|copying|use of (these|the) materials?)( is| are)?( only)? "
    r"(permitted|allowed|authori[sz]ed|prohibited|forbidden)\b|\bmaterials? (is|are) the property of\b"
)
# "Responsible editor: Wang Li", "Translation: Jane Doe": a newsroom role, a colon, names.
_ROLE_LABEL = _rx(
    r"^\W*((responsible|managing|chief|executive|duty|copy|web|online|picture|photo|video|news)\s+)?"
    r"(editors?|editing|translators?|translation|proofreading|proofreader|reviewers?|producers?|"
    r"compiled by|author|authors|text|writer|reporter|correspondent)\s*:"
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
    imprint = _IMPRINT.match(text)
    if imprint and len(words) <= 12 and _names_only(text[imprint.end() :]):
        return "credit: printer and publisher"
    if _COPYRIGHT.search(text) and len(words) <= 40 and not _SPEECH.search(text):
        return "credit: copyright notice"
    labelled = _ROLE_LABEL.match(text)
    if labelled and len(words) <= 12 and _names_only(text[labelled.end() :]):
        return "credit: newsroom role line"
    return None


# --- 7. notice ------------------------------------------------------------------------------

# The line speaks about itself ("This article", "The material", "(This news ...") ...
_SELF = _rx(
    r"^\W*(this|the)\s+(\w+\s+)?(article|text|page|news|story|material|content|note|report|translation|piece|item|"
    r"post|dispatch|version|summary)\b"
)
# ... and says a machine or an AI made or translated it.
_TRANSLATED = _rx(r"\btranslat\w*")
_BY_MACHINE = _rx(r"\b(automatic\w*|machine\w*|auto-?translat\w*|ai|artificial intelligence|neural|software)\b")
_AI_MADE = _rx(
    r"\b(generated|written|produced|created|drafted|summari[sz]ed|prepared) (\w+ )?(by|with|using) "
    r"(the help of |the aid of |the support of )?(an? )?(ai|artificial intelligence|language models?|automated tools?)\b"
)
_SPEECH = _rx(r"\b(said|says|told|according to|announced|reported)\b")
# ... or the line opens with a terse notice of the translation ("Translated automatically from
# Polish.", "Automatic translation from the Italian.", "Text translated by machine") that names the
# language it came from or warns of its errors, as a notice does and a sentence about translation
# software ("Machine translation from Chinese garbled the contract, the court heard") seldom does.
_TRANSLATION_FIRST = _rx(r"^\W*([\w-]+\W+){0,3}translat\w*[^.!?]*[.!?]?")
_TERSE = 8  # words in a notice's first sentence
_TRANSLATED_FROM = re.compile(r"\b(?i:from)\s+(?:the\s+)?[A-Z][a-z]+|\b(?i:errors|inaccuracies|mistakes|original)\b")
# "This article was originally published on ...", "This story is available to subscribers":
# the text speaks of where it was published or who may read it.
_PUBLICATION_NOTICE = _rx(
    r"^\W*(a version of )?this (article|story|piece|post|report|text|content|interview|column) "
    r"((was|is|has been) )?((originally|first) (published|appeared|posted|ran|aired|printed)|(re|co-)published|appeared (in|on)|"
    r"(only )?available (only )?to)\b"
)
_FOR_REFERENCE = _rx(r"\b(for reference( only)?|refer to the original|original (text|language|version))\b")
_CORRECTION = _rx(
    r"^\W*(correction|corrections|clarification|editor[’']?s note|update|updated)\s*[:.-]\s*.*"
    r"\b((an? )?(earlier|previous|prior) version|this (article|story|report|piece)|we (incorrectly|wrongly|mistakenly))"
)
_CORRECTS = _rx(r"^\s*\(\s*(corrects|updates|clarifies|adds|fixes|changes|recasts|refiles)\b[^()]*\)\W*$")


def _notice(text: str, words: list[str]) -> str | None:
    machine = (_TRANSLATED.search(text) and _BY_MACHINE.search(text)) or _AI_MADE.search(text)
    about_itself = _SELF.match(text) or _FOR_REFERENCE.search(text)
    opening = _TRANSLATION_FIRST.match(text)
    announced = opening and len(_WORD.findall(opening.group(0))) <= _TERSE and _TRANSLATED_FROM.search(text)
    if len(words) <= 35 and machine and (about_itself or announced) and not _SPEECH.search(text):
        return MACHINE_TRANSLATED
    if len(words) <= 35 and _PUBLICATION_NOTICE.match(text) and not _SPEECH.search(text):
        return "notice: publication notice"
    if len(words) <= 60 and (_CORRECTION.match(text) or _CORRECTS.match(text)):
        return "notice: correction"
    return None


# --- 8. contact -----------------------------------------------------------------------------

# A question put to the reader ("Got a story?", "Do you have information about the arrests?",
# "Something to say?"), or the outlet asking for tips.
_ASK = _rx(
    r"^\W*(got|have you got|do you have|have you|did you|know|seen|witnessed|were you|something|anything|"
    r"want to|share your)\b[^?]{0,90}\?"
)
_REACH = _rx(
    r"\b(e-?mail|call|ring|phone|write|contact|text|message|whatsapp|signal|send|tell|reach|get in touch)\b"
)
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+|\b\+?\d[\d ()-]{6,}\d\b|\b(www\.|https?://)\S+|(?<![\w-])[\w-]+\.[a-z]{2,}/\S*")
_NEWSROOM = _rx(r"\b(news ?desk|sports desk|(the|our) (\w+ )?desk|our (editors|reporters|journalists|team|newsroom)|"
                r"the (editors|newsroom)|secure (form|line)|in confidence|tips?)\b")


_ADDRESS_LABEL_WORDS = 5  # "Letters to the editor: letters@...", "Email the author: ...": a label and an address


def _contact(text: str, words: list[str]) -> str | None:
    if len(words) > 35:
        return None
    address = _ADDRESS.search(text)
    if address and _address_line(text, address) and not _REPORTING.search(text):
        return "contact: address line"
    if not _REACH.search(text):
        return None
    if _ASK.match(text) and (address or _NEWSROOM.search(text) or _OUTLET_VOICE.search(text[_ASK.match(text).end():])):
        return "contact: tip or contact line"
    if address and _NEWSROOM.search(text) and not _REPORTING.search(text):
        return "contact: tip or contact line"
    return None


def _address_line(text: str, address: re.Match[str]) -> bool:
    """Whether ``text`` is an e-mail address, a link or a phone number under a short label."""
    if address.group(0)[-1:].isdigit() and not _REACH.search(text):
        return False  # digits alone may be a score or a figure; a phone number is labelled as one
    rest = text[: address.start()] + " " + text[address.end() :]
    return len(_WORD.findall(rest)) <= _ADDRESS_LABEL_WORDS and not _QUOTE.search(rest)


# --- 9. promo -------------------------------------------------------------------------------

# An opening that asks the reader to act (not "Follow-up talks", hence the lookahead), also after
# a condition or a purpose put to the reader ("If you value our work, become a member", "To keep
# reading, log in").
_IMPERATIVE = _rx(
    r"(^|[.!?:]\s+|^\W*(if you|to (keep|continue|read|access|unlock|comment|subscribe|listen|watch))\b[^,.!?]{0,80},\s*)\W*(sign\s*up|subscribe|receive|download|follow|get|join|"
    r"register|stay|vote|bookmark|catch|be the first|forward|create|save|turn on|"
    r"never miss|don[’']?t miss|like us|like our|click|tap|listen|watch|support|donate|become|install|try|sign in|log in|enter|"
    r"discover|check out|add|give|unlock|start|read|help us|stand with us|scan|chip in|upgrade|comment|write|"
    r"have your say|tell us|share your|please|consider|help|pick up|let us know|keep)\b(?![-’'])"
)
_INVITATION = _rx(r"^\W*(want|love|enjoy(ing|ed)?|interested|looking for|like what you|liked this|found this)\b.*\?")
_OWN_PAGES = "the outlet's own pages"
_PROMO_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("newsletter sign-up call to action", _rx(
        r"\b(newsletters?|(daily|weekly|morning|evening) (edition|briefing|digest)|via e-?mail|by e-?mail|"
        r"(to|in) your inbox|sign[ -]?up|never miss|don[’']?t miss|best stories|top stories|"
        r"(breaking|news|e-?mail|push) alerts|(turn on|switch on|enable) (our |the )?notifications)\b")),
    ("subscription or donation appeal", _rx(
        r"\b(subscribe|subscription|subscribers? only|unlimited access|free trial|become a (member|subscriber|"
        r"supporter|patron)|(support|fund) (us|our|independent|local|quality)( \w+)? (journalism|reporting|newsroom)|"
        r"support us|donat(e|ion)|buy us a coffee|give monthly|keep (local )?(news|journalism) alive|"
        r"make a contribution|chip in|keep us (independent|going|free)|already a (subscriber|member)|"
        r"(supporting|support) (us|our|independent|quality)( \w+)? journalism|membership|members only|"
        r"keep reading|read further|continue reading|first (month|week|year)|cancel any ?time|"
        r"available (only )?to (our )?(subscribers|members)|upgrade your (plan|subscription|account)|full access|"
        r"free for \d+ (days|weeks|months))\b")),
    # "4.99 crowns a week", "from $5 a month", "0,99 Euro per month": a price per period, any currency.
    ("paywall or membership price", _rx(
        r"((?<![\d.,])\d+(?:[.,]\d+)?\s*[^\W\d_]{0,12}\.?|[^\W\d_]{0,3}[£$€¥₹]\s?\d+(?:[.,]\d+)?)\s+(a|per|each|every|/)\s*(month|week|year|day)\b")),
    ("social media follow prompt", _rx(
        r"\b(follow us|like us|find us|join us|follow (the )?[\w.'’-]+( [\w.'’-]+){0,3} on|"
        r"(on|join|follow|like) our ([\w-]+ ){0,2}(channels?|pages?|accounts?|feeds?)|official account|"
        r"scan the (qr )?code|qr code|mailing list|"
        r"our (youtube|telegram|whatsapp|instagram|tiktok|facebook) (channel|account|page)|"
        r"follow [\w.'’-]+( [\w.'’-]+){0,3} for (live |the latest |more |all the latest )?(updates|coverage|news)|"
        r"our live (blog|coverage|updates))\b")),
    ("app download prompt", _rx(r"\b(our app|the app|app store|google play|download (the|our)|(on|in|via) (the|our) ([\w+&-]+ ){0,2}app)\b")),
    ("link or address", re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+|\b(www\.|https?://)\S+|(?<![\w-])[\w-]+\.[a-z]{2,}/\S+")),
    ("news tip request", _rx(r"\b(news tip|got a tip|have a tip|send us (a|your) tips?|e-?mail us|contact us at)\b")),
    ("podcast or video promotion", _rx(r"\b(our podcast|listen (now|to (our|the) podcast)|subscribe to the podcast|"
                                       r"(the|our) ([\w'’&-]+ ){0,4}podcast)\b")),
    ("reader comment prompt", _rx(r"\b(comments? below|join the (debate|conversation|discussion)|have your say|"
                                  r"leave (a|your) ([\w,'’-]+ ){0,3}(comments?|thoughts|views|opinions?)|in the comments|letters? to the editor|write to (the|our) editors?)\b")),
    # "Riverside Courier - your town, your paper": the outlet speaks of itself as the reader's, or
    # in a slogan's parallel ("your news, your voice").
    ("outlet slogan", _rx(r"\byour (own |local |home ?town |daily |weekly |independent |trusted )?"
                          r"(paper|newspaper|news source|station|magazine|radio)\b|\byour [\w-]+, your [\w-]+( since \d{4})?\W*$")),
    # "Vote in our poll", "Sign in to save this article": the outlet speaks of its own pages and
    # work; it counts only while the line speaks to the reader too (see _promo).
    (_OWN_PAGES, _rx(
        r"\bour ([\w-]+ ){0,2}(site|website|web page|page|app|journalism|reporting|newsroom|poll|newspaper|"
        r"magazine|channel|episodes?|content|coverage|edition)\b|"
        r"\bthis (site|website|page|app|article|story|content|episode|poll|edition)\b")),
    ("access or account notice", _rx(
        r"\b((limit of|your) (\d+ )?free (articles|stories)|free (articles|stories) (left|remaining)|"
        r"not available in your (region|country|location)|(log|sign) in to (read|continue|save|comment)|"
        r"create (a|your) (free )?account|terms (of use|of service|and conditions)|privacy (policy|notice)|"
        r"be the first to (comment|reply|review))\b")),
    ("print sales prompt", _rx(r"\byour (free )?(copy|print edition|digital edition|e-?paper)\b|"
                               r"\b(at|from) (any|all|your local) (newsagents?|news-?stands?|kiosks?)\b")),
)  # fmt: skip
_OUTLET_VOICE = _rx(r"\b(our|we|us|you|your)\b")
_SECOND_PERSON = _rx(r"\b(you|your)\b")
_FREE = _rx(r"\b(free|now|today|here|latest|exclusive)\b")
_PROMO_THRESHOLD = 4


_ANY_PROMO = re.compile("|".join(f"(?:{pattern.pattern})" for _kind, pattern in _PROMO_KINDS), re.IGNORECASE)


# "every Tuesday and Friday", "since 1921": a schedule the reader is offered, an outlet's founding
# year, not the time of an event.
_NOT_AN_EVENT_TIME = _rx(
    r"\b(every|each) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)( and \w+day)?\b|"
    r"\b(since|founded in|established in|est\.) (1[6-9]|20)\d\d\b"
)


_YOUR_SAY = _rx(r"\byour say\b")  # "have your say": a noun, no one reported saying anything


def _promo(text: str, words: list[str]) -> str | None:
    if not _ANY_PROMO.search(text):
        return None  # nothing promotional is offered, whatever the tone (and most lines stop here)
    score = 0.0
    kinds = []
    to_reader = _IMPERATIVE.search(text) or _INVITATION.match(text) or _SECOND_PERSON.search(text)
    for kind, pattern in _PROMO_KINDS:
        hits = len(pattern.findall(text))
        if hits and (kind != _OWN_PAGES or to_reader):
            kinds.append(kind)
            score += 2 * min(hits, 1 if kind == "paywall or membership price" else 2)
    if _IMPERATIVE.search(text):
        score += 2
    elif _INVITATION.match(text):
        score += 1
    score += min(len(_OUTLET_VOICE.findall(text)), 2)
    score += 0.5 * min(len(_FREE.findall(text)), 2)
    if _REPORTING.search(_YOUR_SAY.sub(" ", text)):
        score -= 3
    if _WHEN.search(_NOT_AN_EVENT_TIME.sub(" ", text)):
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


# --- 10. timestamp ----------------------------------------------------------------------------

_STAMP_TOKEN = re.compile(r"[^\s|,/()•·–—-]+")
_CLOCK = _rx(r"^\d{1,2}[:.]\d{2}(:\d{2})?(am|pm|a\.m\.?|p\.m\.?|h)?$|^\d{1,2}(am|pm)$")
_STAMP_NUMBER = _rx(r"^\d{1,4}(st|nd|rd|th)?\.?$")
_STAMP_VERB = _rx(r"^(updated?|posted|published|modified|created|edited)$")
_STAMP_WORD = _rx(
    r"^(last|first|on|at|by|am|pm|a\.m\.?|p\.m\.?|local|time|hrs|h|gmt|utc|bst|cet|cest|eet|msk|est|edt|cst|cdt|mst|mdt|"
    r"pst|pdt|ist|jst|aest|aedt|et|pt|ct|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|june|july|august|"
    r"september|october|november|december|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)[:.]?$"
)


def _timestamp(text: str, words: list[str]) -> str | None:
    if len(words) > 14:
        return None
    tokens = _STAMP_TOKEN.findall(text.rstrip(" ."))
    clocks = sum(1 for t in tokens if _CLOCK.match(t))
    verbs = sum(1 for t in tokens if _STAMP_VERB.match(t.rstrip(":")))
    if not (clocks or verbs) or not any(ch.isdigit() for ch in text):
        return None
    if all(_CLOCK.match(t) or _STAMP_NUMBER.match(t) or _STAMP_VERB.match(t.rstrip(":")) or _STAMP_WORD.match(t) for t in tokens):
        return "timestamp: publication or update time"
    return None
