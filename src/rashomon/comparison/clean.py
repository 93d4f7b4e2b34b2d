"""Boilerplate out, news in: whole lines (paragraphs) that are not part of the story.

Each rule recognises a *kind* of line by its wording, not a list of known lines:

1. advert      advertisement markers ("ADVERTISEMENT", "Story continues below advertisement")
2. cookie      cookie and consent notices, in the site's own voice ("we use cookies", "you agree")
3. share       social share prompts ("Share this article", "Facebook Twitter Email")
4. navigation  read-more and click-here links, related-content headers ("MORE: ..." in capitals),
               menus and breadcrumbs
5. caption     photo credits ("Photo: AFP", "(AP Photo/Jane Doe)", "REUTERS/John Roe")
6. credit      (:mod:`.credit_lines`) staff contribution lines, "(Reporting by ...; Editing by ...)",
               bylines, copyright, the outlet's masthead ("Harbour Radio – the independent voice of the coast"),
               and in :func:`clean`, a line of names alone just under a sentence-case headline ("The Velby Lantern")
7. notice      machine-translation and AI notices ("This article was translated automatically from
               German", "Note: this text was translated automatically", "Automatic translation from the
               Dutch."), where the text was first published or who may read it ("This article first
               appeared in ..."), corrections ("Correction: An earlier version ...", "(Corrects
               paragraph 5 ...)"), reminders put to the public ("Citizens are reminded that ...")
8. contact     tip and contact lines ("Got a story? Email ...", "Do you have information? Contact our
               editors"): a question or a plea to the reader, then a way to reach the newsroom; or an
               address under a short label ("Letters: post@paper.example"); a plea for the reader's
               photos or stories ("Send us your pictures of the flood: ..."); the outlet's own helpline
               offered to its readers ("Members with questions can call our helpline on weekdays")
9. promo       calls to action: subscribe, sign up, receive by email, download the app, follow us,
               paywall and membership offers with a price per period written any way, prompts to
               comment, podcasts, print copies, petitions, the outlet's slogan ("your news, your voice"),
               its own events ("Early-bird registration closes soon"), its thanks to its readers
10. timestamp  a page's publication or update time on a line of its own ("Last updated at 11:11 GMT",
               "Posted on January 5, 2011, 3:37 PM EDT", "May 2, 2013 | 5:03pm"): dates and clock
               times with nothing but stamp words; a line of a date alone (a dateline) stays
11. furniture  the page template's lines (:mod:`.furniture`): controls and labels ("View comments",
               "Tags: ...", "4 min read"), relative stamps ("2 hours ago"), a dateline or a wire tag left
               alone ("LONDON (Reuters) -", "(AFP)"), handles, author bios, sponsors, kickers ("EXCLUSIVE")

Besides: a line the article already gave, word for word (kind ``repeat``: a headline kept twice by
the extraction, a pull quote); and a line no rule names that the line model (:mod:`.line_model`) is
very sure of (kind ``other``: a radio station's frequency, a reproduction notice, the outlet's own
conference), its reason giving the model's probability and the words that weighed most.

Rules 1-8 and 10 match wording that only boilerplate uses and check the rest of the line (a credit
line holds names, not a sentence). Promotions share words with news ("newsletter",
"sign-ups"), so rule 9 (:mod:`.promotions`) scores a line: imperative openings, the outlet speaking
to the reader (our, your), promotional phrases count for it; reporting verbs, dates, numbers, quotes
and length count against it. "The paper's newsletter editor resigned on Monday" stays.

A reason is "kind: what it is", the kind being machine-readable.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from ..model import Document, Removed
from .credit_lines import credit_line, names_after, names_only
from .furniture import page_furniture
from .line_model import judge_lines, threshold as line_threshold
from .line_signs import OUTLET_VOICE, QUOTE, REPORTING, SPEECH, WORD, reports, rx
from .promotions import promotion

logger = logging.getLogger(__name__)

__all__ = ["MACHINE_TRANSLATED", "clean", "classify_line", "machine_translated"]

MACHINE_TRANSLATED = "notice: machine-translation or AI notice"  # the reason entities reads
# A page whose extraction kept the headline as the first paragraph too, or a pull quote repeated:
# the second copy of a line of at least this many words says nothing new.
REPEATED = "repeat: the same line again, earlier in the article"
_MIN_REPEAT_WORDS = 4
# "Yes." or "Three." at an article's end is a reply or a list item: the line model judges longer lines only
_MIN_MODEL_WORDS = 3
# "Results: North 4,100; South 3,800; West 2,900.": a list of figures, each a name and its number, is
# the story's data; the line model (which reads digits as a sign of contact lines) does not judge it.
_LIST_PART = re.compile(r"[;,]\s+")
_LIST_ITEM = re.compile(r"[^\W\d_]{2,}[^;,]*\d|\d[^;,]*[^\W\d_]{2,}")
_MIN_LIST_ITEMS = 3


def _figure_list(text: str) -> bool:
    """Whether ``text`` lists at least three figures, each with its words, and no address."""
    if _ADDRESS.search(text) and not _ADDRESS.search(text).group(0)[-1:].isdigit():
        return False
    items = [p for p in _LIST_PART.split(text) if _LIST_ITEM.search(p)]
    return len(items) >= _MIN_LIST_ITEMS and not _REACH.search(text)


def clean(doc: Document) -> tuple[str, tuple[Removed, ...]]:
    """The document's text without its boilerplate lines, and those lines with the reason.

    Kept lines are joined by "\\n" unchanged; ``Removed.line`` is the 0-based line number in
    ``doc.text``.
    """
    kept: list[str] = []
    removed: list[Removed] = []
    seen: set[str] = set()
    lines = doc.text.split("\n")
    judged, bar = judge_lines(lines), line_threshold()
    for number, line in enumerate(lines):
        reason = classify_line(line)
        said = " ".join(line.split())
        if reason is None and said in seen:
            reason = REPEATED
        elif reason is None and len(said.split()) >= _MIN_REPEAT_WORDS:
            seen.add(said)
        if reason is None and _name_under_headline(lines, number):
            reason = _MASTHEAD_UNDER_HEADLINE
        judgement = judged[number]
        if reason is None and judgement and judgement.probability >= bar and _MIN_MODEL_WORDS <= len(WORD.findall(said)) <= _MAX_WORDS \
                and not _figure_list(said):
            reason = judgement.reason()
        if reason is None:
            kept.append(line)
        else:
            removed.append(Removed(text=line, reason=reason, line=number))
            logger.debug("%s line %d removed (%s): %s", doc.origin or doc.title, number, reason, line[:80])
    return "\n".join(kept), tuple(removed)


# "The Ombrel Courier", "Civic Renewal - Irena Sobotka for President", "Bulletin of the Harbour Growers'
# Federation" just under a headline written in sentence case: a line of names alone (capitalised words and
# their glue, no sentence's lower-case word, no full stop) where the article writes sentences is the
# outlet's name, its masthead; a headline in title case gives no such contrast, so it is left alone.
_MASTHEAD_UNDER_HEADLINE = "credit: outlet masthead under the headline"
_MAX_MASTHEAD_WORDS = 10
_MIN_HEADLINE_LOWER = 2  # lower-case words that mark a headline as sentence case


def _name_under_headline(lines: list[str], number: int) -> bool:
    """Whether ``lines[number]`` is the first line after the headline (``lines``' first non-blank one) and
    names alone, the headline in sentence case."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 3 or number != filled[1]:
        return False
    text, headline = " ".join(lines[number].split()), " ".join(lines[filled[0]].split())
    words = WORD.findall(text)
    if not words or len(words) > _MAX_MASTHEAD_WORDS or text[-1:] in ".!?:;" or QUOTE.search(text) or any(ch.isdigit() for ch in text):
        return False
    return names_only(text) and not names_only(headline, _MIN_HEADLINE_LOWER - 1)


def classify_line(line: str) -> str | None:
    """The reason ``line`` is boilerplate, or None when it is (or may be) news."""
    text = " ".join(line.split())
    if not text:
        return None
    words = WORD.findall(text)
    if len(words) > _MAX_WORDS or len(text) > _MAX_CHARACTERS:
        return None
    for rule in (_advert, _cookie, _share, _navigation, _caption, credit_line, _notice, _contact, promotion, _timestamp, page_furniture):
        reason = rule(text, words)
        if reason:
            return reason
    return None


_MAX_WORDS = 60  # boilerplate is short; a longer paragraph is prose
# A line of punctuation has no words but can run to any length: no rule scans it past this.
_MAX_CHARACTERS = 1000


# --- 1. advert ------------------------------------------------------------------------------

_ADVERT = rx(
    r"^\W*(advertisement|advertising|advert|ad|ads|sponsored( content| links?| post| story)?|"
    r"paid (content|post|partnership|promotion)|promoted( content| stories)?|"
    r"(story|article) continues (below|after)( this)?( advertisement| ad)?|"
    r"continue reading (the main story|below)|scroll (down )?to continue( reading| with content)?|"
    r"(advertisement|advert|ad)\s*[-–—:|]\s*(scroll|continue|story continues|article continues)[\w ]{0,40})\W*$"
)


def _advert(text: str, words: list[str]) -> str | None:
    return "advert: advertisement marker" if _ADVERT.match(text) else None


# --- 2. cookie ------------------------------------------------------------------------------

_COOKIE = rx(r"\bcookies?\b")
_SITE_VOICE = rx(r"\b(we|our|us|you|your|this (site|website|content)|by (continuing|using|clicking)|to view (it|this))\b")
_CONSENT = rx(r"\b(accept|consent|agree|preferences|settings|privacy policy|opt out|manage)\b")


def _cookie(text: str, words: list[str]) -> str | None:
    if not _COOKIE.search(text) or REPORTING.search(text):
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
_SHARE_START = rx(r"^\W*(share|tweet|email|e-mail)\s+(the\s+)?(this|on|via|to|article|story|report|post|page|video)\b")
_SHARE_ASK = rx(r"\b(share|forward|pass on|send) (it|this|the (story|article))( (story|article))? (with|to) (a )?"
                 r"(friends?|others|family|colleagues?|fellow [\w-]+)\b|^\W*[^.!?]{0,40}\?\s+tell a friend\b")


def _share(text: str, words: list[str]) -> str | None:
    if len(words) > 12:
        return None
    lowered = [w.lower().strip(".:") for w in words]
    only_share_words = all(w in _SHARE_WORDS for w in lowered)
    platforms = sum(w in _PLATFORMS for w in lowered)
    if only_share_words and ({"share", "tweet", "sharing"} & set(lowered) or platforms >= 2 or lowered[:2] == ["copy", "link"]):
        return "share: social share prompt"
    if (_SHARE_START.match(text) or _SHARE_ASK.search(text)) and not reports(text):
        return "share: social share prompt"
    return None


# --- 4. navigation --------------------------------------------------------------------------

# Link labels: followed by a colon or an arrow, the end of the line, or a preposition
# ("Read more about ..."), never by prose ("Read more widely, the report advises").
_NAV_ALWAYS = rx(
    r"^\W*(read more|(to )?(read|see) (also|too|as well)|also (to )?(read|see)|up next|continue reading|keep reading|click here|tap here|"
    r"you (may|might) also like|what to read next|more stories|related (articles?|stories|story|content|"
    r"coverage|news|reading|links|topics)|most (read|popular|viewed|shared)( stories| articles| news| videos)?|recommended for you|"
    r"back to top|skip to (main )?content|next article|previous article)"
    r"(\s*[:|»›>–—.…]|\s*$|\s+(about|on|here|at|in|from|of|to|the full)\b)"
)
# Words that open prose too ("Related charges were filed", "Watch: ..." as a headline), so
# only as a header alone on its line, or as a link label before a colon or an arrow.
_NAV_HEADER = rx(
    r"^\W*(related|recommended|trending( now)?|top stories|latest( news| stories)?|watch|listen|videos?|"
    r"live updates?|in (pictures|photos)|explainer|(\d+ )?comments?( \(\d+\))?|more (from|on) [\w .'’-]{1,40})\W*$"
)
_COMMENTS_CLOSED = rx(r"^\W*(comments|commenting)( (on|for|to) (this|the) (article|story|page|post))? (are|is|has been|have been) "
                       r"(now )?(closed|disabled|switched off|turned off|moderated)\b[^.!?]{0,60}[.!]?$")
_NAV_LINK = rx(r"^\W*(related|recommended|trending|top stories|see more|more (from|on) [\w .'’-]{1,40}|"
               r"(other|more|further|latest) (news|stories|articles|headlines))\s*[:»›>]\s*\S")
# "MORE: The ten worst floods", "ALSO READ: ...": a label in capitals of a link to another article,
# which prose never opens with (a dateline's place name is no such word; "WATCH:" and "VIDEO:" may
# head a video's own page, so they are not taken).
_CAPS_LABEL = re.compile(r"^\W*(MORE|READ|ALSO READ|SEE ALSO|SEE MORE|FURTHER READING|UP NEXT|RELATED|TRENDING|RECOMMENDED|DON[’']?T MISS)( [A-Z]+){0,2}\s*:\s*\S")
# "Also in the Harbour Post: <a headline>": the outlet's other article under its name; "Also on Monday:"
# opens the story's own news.
_ALSO_IN = re.compile(r"^\W*(?i:also (in|on|from|at))\s+(?P<name>(?i:the\s+)?[A-Z][\w'’&.-]*(\s+(of|del|de|la|the|[A-Z][\w'’&.-]*)){0,4})\s*:\s*\S")
_CALENDAR_WORD = rx(r"\b((mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|(jan|febr)uary|march|april|may|june|july|"
                    r"august|september|october|november|december)\b")
_CLICK_HERE = rx(r"\b(click|tap) here\b")
_MENU_SEPARATOR = re.compile(r"\s[|›»>•·]\s")


def _navigation(text: str, words: list[str]) -> str | None:
    if _NAV_ALWAYS.match(text) and len(words) <= 30:
        return "navigation: read-more link"
    if _NAV_HEADER.match(text):
        return "navigation: section header"
    if _COMMENTS_CLOSED.match(text):
        return "navigation: comments notice"
    also = _ALSO_IN.match(text)
    if also and len(words) <= 30 and not _CALENDAR_WORD.search(also.group("name")):
        return "navigation: related-content link"
    if _NAV_LINK.match(text) or (_CAPS_LABEL.match(text) and len(words) <= 20 and not QUOTE.search(text)):
        return "navigation: related-content link"
    if _CLICK_HERE.search(text) and len(words) <= 30:
        return "navigation: click-here link"
    parts = _MENU_SEPARATOR.split(text)
    if len(parts) >= 3 and all(0 < len(p.split()) <= 4 and WORD.search(p) for p in parts) and not reports(text):
        return "navigation: menu or breadcrumb"
    return None


# --- 5. caption -----------------------------------------------------------------------------

_PHOTO = r"(photo|photograph|picture|image|illustration|file photo|photo illustration|video still)s?"
# "Photo: Jane Doe/AFP", "Image courtesy of the family": the marker, then a short credit.
_CAPTION_START = rx(rf"^\W*({_PHOTO}|(photo |image )?credit)\s*(credit)?\s*(:|/|by\b|courtesy\b)")
# "Photo: the flooded square on Tuesday", "Gazette photo: the works": a caption labelled as such.
_CAPTION_LABELLED = re.compile(rf"^\W*([A-Z][\w.'’&-]*\s){{0,3}}(?i:{_PHOTO}|video)\s*:\s*\S")
# "Image caption, ..." / "Image source, ...": labels a page reader leaves before a caption.
_CAPTION_LABEL = rx(r"^\W*(image|photo|picture|video|media) (caption|source|credit)\s*[,:]")
# A caption ends with its credit: "(Photo: AFP)", "(AP Photo/Jane Doe)", "REUTERS/John Roe".
_CAPTION_END = rx(
    rf"(\(\s*({_PHOTO}|credit)\s*(:|/|by\b|courtesy\b)[^()]*\)|\(\s*[A-Z]+ {_PHOTO}\s*/[^()]*\)|"
    r"\b(getty images|shutterstock|alamy|epa-efe))\s*\W*$"
)
# Agency in capitals, a slash, the photographer: case matters here.
_AGENCY_CREDIT = re.compile(r"\b[A-Z]{2,}(\s[A-Z]{2,})?/[A-Z][\w.'’-]+(\s[A-Z][\w.'’-]+){0,3}\W*$")


def _caption(text: str, words: list[str]) -> str | None:
    if names_after(_CAPTION_START.match(text), text, words, 12, allowed_lowercase=2):
        return "caption: photo credit"
    if _CAPTION_LABEL.match(text) and len(words) <= 40:
        return "caption: photo caption"
    if _CAPTION_LABELLED.match(text) and len(words) <= 40 and not QUOTE.search(text):
        return "caption: photo caption"
    if (_CAPTION_END.search(text) or _AGENCY_CREDIT.search(text)) and len(words) <= 50:
        return "caption: photo caption with credit"
    return None


# --- 7. notice ------------------------------------------------------------------------------

# The line speaks about itself ("This article", "The material", "(This news ...", after a label: "Note: this text",
# or of its own translation: "Translation of this material") ...
_SELF = rx(
    r"^\W*((note|nb|n\.b\.|please note|editor[’']?s note|disclaimer|notice)\s*[:.-]\s*)?"
    r"(this|the|(the\s+)?(\w+\s+)?translation of this)\s+(\w+\s+)?(article|text|page|news|story|material|content|note|report|translation|piece|item|"
    r"post|dispatch|version|summary)\b"
)
# ... and says a machine or an AI made or translated it.
_TRANSLATED = rx(r"\btranslat\w*")
_BY_MACHINE = rx(r"\b(automatic\w*|machine\w*|auto-?translat\w*|ai|artificial intelligence|neural|software)\b")
_AI_MADE = rx(
    r"\b(generated|written|produced|created|drafted|summari[sz]ed|prepared) (\w+ )?(by|with|using) "
    r"(the help of |the aid of |the support of )?(an? )?(ai|artificial intelligence|language models?|automated tools?)\b"
)
# ... or the line opens with a terse notice of the translation ("Translated automatically from
# Polish.", "Automatic translation from the Italian.", "Text translated by machine") that names the
# language it came from or warns of its errors, as a notice does and a sentence about translation
# software ("Machine translation from Chinese garbled the contract, the court heard") seldom does.
_TRANSLATION_FIRST = rx(r"^\W*([\w-]+\W+){0,3}translat\w*[^.!?]*[.!?]?")
_TERSE = 8  # words in a notice's first sentence
# ... or opens with the bare participle, no subject before it ("Translated automatically from
# Dutch by the agency's service, errors may remain."), as a label does and a sentence does not.
_PARTICIPLE_FIRST = rx(r"^\W*([a-z]+ly |machine[- ]|auto(matically)?[- ])?translated\b")
_TRANSLATED_FROM = re.compile(r"\b(?i:from)\s+(?:the\s+)?[A-Z][a-z]+|\b(?i:errors|inaccuracies|mistakes|original)\b|"
                              r"\b(?i:in case of (any )?(difference|discrepanc\w*|doubt|dispute|conflict)|prevails?|"
                              r"(text|version) (is|shall be|remains) (valid|authoritative|binding))\b")
# ... or is labelled as a translation, the label naming the machine ("Translation: automatic
# translation service of the ministry", "Machine translation: DeepL").
_TRANSLATION_LABEL = rx(r"^\W*((machine|automatic|automated) )?translat(ion|ed( by)?)\s*[:–—]\s*\S")
# "This article was originally published on ...", "This story is available to subscribers":
# the text speaks of where it was published or who may read it.
_PUBLICATION_NOTICE = rx(
    r"^\W*(a version of )?this (article|story|piece|post|report|text|content|interview|column) "
    r"((was|is|has been) )?((originally|first) (published|appeared|posted|ran|aired|printed)|(re|co-)published|appear(ed|s) (in|on)|"
    r"(only )?available (only )?to)\b"
)
# "First published in the Coastal Review on 3 May": the notice alone, names and a date after it.
_PUBLISHED_FIRST = rx(r"^\W*(originally|first) (published|appeared|posted|ran) (in|on|by|at)\b")
# The outlet disowns or labels the text: "The views expressed here are the author's own",
# "This post contains affiliate links", "Images are for illustration only".
_DISCLAIMER = rx(
    r"\bviews (and opinions )?expressed (here|in this \w+|by (the )?(authors?|writers?|contributors?))\b|"
    r"\b(the|those of the) (authors?|writers?)[’']?s?[’']? own\b|"
    r"\b(contains?|may contain|includes?) (affiliate links?|sponsored content|paid content|advertising)\b|"
    r"^\W*this (content|article|story|report|series|project|coverage|reporting) (was|is) (produced|made|funded|supported|paid for)\b|"
    r"\bfor illustrat\w* (purposes )?only\b"
)
# "You have read 3 of 5 free articles this month": the paywall counting the reader's pages.
_METER = rx(r"^\W*you(['’]ve| have) (read|reached|used) (\d+|\w+) (of (\d+|\w+) |of your |your )?(free )?(articles|stories|pages)\b")
_FOR_REFERENCE = rx(r"\b(for reference( only)?|refer to the original|original (text|language|version))\b")
_CORRECTION = rx(
    r"^\W*(correction|corrections|clarification|editor[’']?s note|update|updated)\s*(\([^()]{1,30}\)|,[^:.]{1,25})?\s*[:.-]\s*.*"
    r"\b((an? )?(earlier|previous|prior) version|this (article|story|report|piece)|we (incorrectly|wrongly|mistakenly))"
)
# "This story has been updated with a statement from the ministry.": the text speaks of its revision.
# "Editor's note: Some names have been changed.": the outlet's note on its own text, under its label.
_EDITORS_NOTE = rx(r"^\W*editor[’']?s[’']? note\s*[:.–—-]\s*\S")
# "This article is for subscribers only.": who may read the text.
_FOR_SUBSCRIBERS = rx(r"^\W*this (article|story|content|piece|page|report) is (only )?(for|reserved for|exclusive to|available to) "
                      r"(our )?(paying |premium |digital |registered )?(subscribers|members|readers)( only)?\W*$")
_UPDATED = rx(r"^\W*this (article|story|report|piece|post) (has been|was) (updated|corrected|amended|revised)\b")
# "Citizens are reminded that the only official rate is ...": a public-service reminder put to the
# audience, not an event of the story.
_AUDIENCE = r"(citizens|readers|residents|viewers|listeners|(members of )?the public|customers|passengers|motorists)"
_REMINDER = rx(rf"^\W*{_AUDIENCE} are (kindly |once again |again |also )?reminded (that|to)\b")
# "Residents are encouraged to report blocked drains through the free hotline": an appeal to the
# audience with the channel to use, not an event of the story.
_APPEAL = rx(rf"^\W*{_AUDIENCE} are (kindly |also |strongly )?(encouraged|urged|invited|asked|advised) to\b")
_CHANNEL = rx(r"\b(hot|help|tip|support|advice)\s?lines?\b|\b(website|app|online form|portal|free number)\b")
_CORRECTS = rx(r"^\s*\(\s*(corrects|updates|clarifies|adds|fixes|changes|recasts|refiles)\b[^()]*\)\W*$")


def _notice(text: str, words: list[str]) -> str | None:
    machine = (_TRANSLATED.search(text) and _BY_MACHINE.search(text)) or _AI_MADE.search(text)
    about_itself = _SELF.match(text) or _FOR_REFERENCE.search(text) or OUTLET_VOICE.search(text)
    opening = _TRANSLATION_FIRST.match(text)
    terse = opening and (len(WORD.findall(opening.group(0))) <= _TERSE or _PARTICIPLE_FIRST.match(text))
    announced = terse and _TRANSLATED_FROM.search(text) or _TRANSLATION_LABEL.match(text)
    if len(words) <= 35 and machine and (about_itself or announced) and not SPEECH.search(text):
        return MACHINE_TRANSLATED
    if len(words) <= 35 and _PUBLICATION_NOTICE.match(text) and not SPEECH.search(text):
        return "notice: publication notice"
    if names_after(_PUBLISHED_FIRST.match(text), text, words, 15, allowed_lowercase=2):
        return "notice: publication notice"
    if len(words) <= 20 and _METER.match(text):
        return "notice: paywall meter"
    if len(words) <= 35 and _DISCLAIMER.search(text) and not SPEECH.search(text):
        return "notice: disclaimer"
    if len(words) <= 35 and _REMINDER.match(text) and not SPEECH.search(text):
        return "notice: public reminder"
    if len(words) <= 35 and _APPEAL.match(text) and _CHANNEL.search(text) and not SPEECH.search(text):
        return "notice: public reminder"
    if len(words) <= 60 and _EDITORS_NOTE.match(text) and not SPEECH.search(text):
        return "notice: editor's note"
    if len(words) <= 20 and _FOR_SUBSCRIBERS.match(text):
        return "notice: paywall notice"
    if len(words) <= 60 and (_CORRECTION.match(text) or _CORRECTS.match(text) or _UPDATED.match(text)):
        return "notice: correction"
    return None


# --- 8. contact -----------------------------------------------------------------------------

# A question put to the reader ("Got a story?", "Do you have information about the arrests?",
# "Something to say?"), or the outlet asking for tips.
_ASK = rx(
    r"^\W*(got|have you got|do you have|have you|have (a|an|any)|did you|know|seen|spotted|noticed|witnessed|were you|something|anything|"
    r"want to|share your)\b[^?]{0,90}\?"
)
_REACH = rx(
    r"\b(e-?mail|call|ring|phone|write|contact|text|message|whatsapp|signal|send|tell|reach(ed)?|get in touch)\b"
)
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+|\b\+?\d[\d ()-]{6,}\d\b|\b(www\.|https?://)\S+|(?<![\w-])[\w-]+\.[a-z]{2,}/\S*")
_NEWSROOM = rx(r"\b(news ?desk|sports desk|(the|our) (\w+ )?desk|our (editors|reporters|journalists|team|newsroom)|"
                r"the ([\w'’&-]+ ){0,4}(editors|newsroom)|secure (form|line)|in confidence|tips?)\b")


# "Miners' advice line: 0800 555 0144": a phone number offered as a line to call.
# A telephone number after a colon, ending the line (its hours in brackets after it): a number given to the reader.
_NUMBER_LAST = re.compile(r":\s*\+?\d[\d ()-]{5,}\d\s*(\([^()]{0,40}\))?\W*$")
_HELPLINE = rx(r"\b(hot|help|tip|support|advice|crisis)\s?(lines?|desks?)\b")
# "Members with questions can call our helpline on weekdays": the outlet's own line offered to its readers, in
# the present ("can", "may"), with no number after it; a story's helpline is reported ("could call its helpline").
_CAN_REACH = rx(r"\b(can|may) (call|ring|phone|contact|text|e-?mail|reach|use|write to|turn to)\b")
_REACHED = rx(r"\bcan be (reached|contacted|e-?mailed) (at|on|via|by)\b|\b(reach|contact|e-?mail|write to) (the|this|our) "
                r"(author|writer|reporter|columnist|correspondent)s? (at|on|via)\b")  # "The author can be reached at ..."
# "Send us your photos of the flood, if it is safe: WhatsApp 07700 900456": the outlet asks for the reader's material.
_SEND_US = rx(r"^\W*(please )?(send|share|upload|submit|e-?mail|whatsapp|message|show) us (your |any )?([\w'’-]+ ){0,2}"
              r"(photos?|pictures?|videos?|images?|footage|stories|story|experiences?|views|tips?|questions?)\b")
_ADDRESS_LABEL_WORDS = 5  # "Letters to the editor: letters@...", "Email the author: ...": a label and an address
# "Pellham Street 4", "12 Market Square", "Rua do Carmo 40b": a street and its house number, either order.
_STREET_KINDS = r"(street|st\.?|road|rd\.?|avenue|ave\.?|square|lane|boulevard|blvd\.?|place|way|drive|quay|embankment|" \
                r"strasse|straße|str\.|ulica|ul\.|rue|rua|via|calle|plaza|prospekt)"
_HOUSE_NUMBER = r"\d{1,4}[a-z]?"
_STREET_NAME = r"(?:[A-Z][\w'’.-]*\s+|(?:de|do|da|del|della|di|du|des|la|le)\s+){1,3}"
_STREET_PART = re.compile(rf"^(?:{_HOUSE_NUMBER}\s+{_STREET_NAME}(?i:{_STREET_KINDS})|"
                          rf"{_STREET_NAME}(?i:{_STREET_KINDS})\s+{_HOUSE_NUMBER}|"
                          rf"(?i:{_STREET_KINDS})\s+{_STREET_NAME}{_HOUSE_NUMBER})$")
# Parts of a sender's block besides the street: capitalised words, name glue, postcodes ("Dorvel 4410").
_BLOCK_GLUE = frozenset({"of", "the", "for", "and", "&", "de", "du", "des", "la", "le", "del", "der", "von", "van"})
_POSTCODE = re.compile(r"^[A-Z0-9]{1,4}[ -]?\d{2,5}[A-Z]{0,2}$|^\d{3,6}$")


def _contact(text: str, words: list[str]) -> str | None:
    if len(words) > 35:
        return None
    address = _ADDRESS.search(text)
    if address and _address_line(text, address) and not REPORTING.search(text):
        return "contact: address line"
    if address and address.group(0)[-1:].isdigit() and _HELPLINE.search(text) and len(words) <= 15 \
            and not QUOTE.search(text) and (not reports(text) or _NUMBER_LAST.search(text) and not SPEECH.search(text)):
        return "contact: helpline"  # "A hotline has been set up: +1 555 0100": the number given, no one quoted
    if _HELPLINE.search(text) and _CAN_REACH.search(text) and (OUTLET_VOICE.search(text) or address) and len(words) <= 25 \
            and not REPORTING.search(text) and not QUOTE.search(text):
        return "contact: helpline"
    if _postal_block(text):
        return "contact: postal address"
    if _SEND_US.match(text) and not REPORTING.search(text) and not QUOTE.search(text):
        return "contact: reader contributions"
    if not _REACH.search(text):
        return None
    if _ASK.match(text) and (address or _NEWSROOM.search(text) or OUTLET_VOICE.search(text[_ASK.match(text).end():])):
        return "contact: tip or contact line"
    if address and (_NEWSROOM.search(text) or _REACHED.search(text)) and not REPORTING.search(text):
        return "contact: tip or contact line"
    return None


def _postal_block(text: str) -> bool:
    """"Press Office of the Ministry of Works, Harbour Street 4, Dorvel": a sender and a street
    address with its house number, parts set off by commas, nothing but names in them (no verb,
    no lower-case word but a name's glue), as a statement or a letter signs off."""
    parts = [p.strip() for p in text.rstrip(". ").split(",")]
    if not 2 <= len(parts) <= 6 or not any(_STREET_PART.match(p) for p in parts):
        return False
    for part in parts:
        if _STREET_PART.match(part) or _POSTCODE.match(part):
            continue
        words = part.split()
        if not words or not words[0][:1].isalnum():
            return False
        if any(not (w[:1].isupper() or w.casefold() in _BLOCK_GLUE or _POSTCODE.match(w)) for w in words):
            return False
    return True


def _address_line(text: str, address: re.Match[str]) -> bool:
    """Whether ``text`` is an e-mail address, a link or a phone number under a short label."""
    if address.group(0)[-1:].isdigit() and not _REACH.search(text):
        return False  # digits alone may be a score or a figure; a phone number is labelled as one
    rest = _ADDRESS.sub(" ", text)
    return len(WORD.findall(rest)) <= _ADDRESS_LABEL_WORDS and not QUOTE.search(rest)


# --- 10. timestamp ----------------------------------------------------------------------------

_STAMP_TOKEN = re.compile(r"[^\s|,/()•·–—-]+")
_CLOCK = rx(r"^\d{1,2}[:.]\d{2}(:\d{2})?(am|pm|a\.m\.?|p\.m\.?|h)?$|^\d{1,2}(am|pm)$")
_STAMP_NUMBER = rx(r"^\d{1,4}(st|nd|rd|th)?\.?$")
_STAMP_VERB = rx(r"^(updated?|posted|published|modified|created|edited|filed)$")
_STAMP_WORD = rx(
    r"^(last|first|on|at|by|story|article|am|pm|a\.m\.?|p\.m\.?|local|time|hrs|h|gmt|utc|bst|cet|cest|eet|msk|est|edt|cst|cdt|mst|mdt|"
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


def machine_translated(removed: Iterable[Removed]) -> bool:
    """Whether cleaning removed a machine-translation or AI notice from an article (its ``removed``
    lines): its words are then a translation's, not the outlet's own choice among English words.
    A notice may end a line removed for another reason ("(c) Nordic Wire. Translated
    automatically.", a credit): a sentence of a removed line that opens with the bare participle
    and says a machine did it is that notice (the line is not the article's, so it speaks of it)."""
    return any(r.reason.startswith(MACHINE_TRANSLATED) or _notice_inside(r.text) for r in removed)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _notice_inside(text: str) -> bool:
    if len(WORD.findall(text)) > 35 or SPEECH.search(text):
        return False
    return any(_PARTICIPLE_FIRST.match(part) and _BY_MACHINE.search(part) for part in _SENTENCE_END.split(text))
