"""Page furniture: the short lines a news page's template puts around every article, whole lines
only (rule 11 of :mod:`.clean`).

- page controls and labels alone on a line ("View comments", "Image 1 of 12", "Privacy Policy",
  "Read next: ...", "Tags: floods, weather", "4 min read", "Duration: 1:24")
- a relative stamp ("2 hours ago", "Yesterday at 18:40")
- a dateline left on a line of its own ("LONDON (Reuters) -", "Ostburg, 8 February 2025") and a wire tag
  ("— Reuters", "(AFP)")
- a social handle or a list of them ("Twitter: @name")
- a page's header across bars ("Harbour Workers' Union | News | 9 May 2025", a name and its motto)
- an author's bio line ("Jane Doe is a reporter covering health for the Herald.") and its label
- a sponsor's line ("In partnership with Harbour Bank"), an affiliate or views disclaimer
- a caption ending in its credit after a label ("... on Tuesday. Picture: Supplied")
- a pager ("Previous 1 2 3 Next"), a player's controls and notices ("Tap to unmute", "This video cannot be
  played"), the live page's state ("This live blog is now closed."), media announced ("Audio will be
  available later today."), the programme it aired on ("Heard on Morning Edition")
- notes around the text: content warnings, help-line notes after a sensitive story, legal notices, the
  outlet's standards ("The Echo follows the press regulator's guidance ..."), an organisation's description
  of itself, tax and investment disclaimers, a campaign's slogan ("Together, we can win.")

Each shape is anchored at both ends of the line or checks that the rest is names, not a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .credit_lines import outlet_named
from .line_signs import QUOTE, REPORTING, reports, rx

__all__ = ["page_furniture"]

_NUMBER = r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)"

# Controls of the page, alone on their line (an optional count or arrow after them).
_CONTROL = rx(
    r"^\W*((view|show|hide|load|see|read|open) (all |more |the )?comments?|leave a comment|"
    r"(view|open|see|browse) (the |photo |picture |image )*(gallery|slideshow|photos)|enlarge (this )?(image|photo|picture)|"
    r"(image|photo|picture|slide) \d+ (of|/) \d+|swipe (for|to see) more( photos| images)?|"
    r"(next|previous|prev) (story|article|page|post|slide)|key events|show key events( only)?|"
    r"explore more( on (these|this) topics?)?|more (on|about) this topic|"
    r"(print|email|e-mail|save|gift|bookmark|download) (this |the )?(article|story|page|pdf)|copy (the )?link|"
    r"log ?in|sign ?in|log ?out|sign ?out|register|my account|(sign|log) in to continue|"
    r"contact us|get in touch|send us (your )?(feedback|tips?|comments?)|report an? (error|mistake|typo|correction)|"
    r"reuse this content|republish this (article|story)|(reprints?|licensing) (and|&) permissions|"
    r"privacy( policy| notice| settings)?|terms (and|&) conditions|terms of (use|service)|cookie (policy|notice)|"
    r"about us|accessibility|sitemap|site map|loading|please wait|"
    r"(watch|play|view) (the )?(full )?(video|clip)( report)?( above| below| here| now)?|"
    r"learn more about our (editorial )?(standards|policies|principles|values)|"
    r"embed( this)?( video| audio| clip| post| code)?|(view|see|get|shop|check) (the |this )?deals?|pin (it|this)( for later)?|"
    r"(earlier|older|newer|later|more) (posts|entries|updates)|load more( posts| updates| stories| entries)?|"
    r"(our |official |club )?(partners|sponsors)( (and|&) (partners|sponsors|suppliers))?)"
    r"( \(\d+( photos| images| pictures)?\))?\W*$"
)
# "EXCLUSIVE", "Breaking news", "Opinion": the kicker a page sets over a headline, alone on its line
# ("Sponsored", "Explainer" and "Comment" alone are clean's advert and section-header rules, which run first).
_KICKER = rx(r"^\W*(exclusive|breaking|breaking news|just in|developing( story)?|analysis|opinion|editorial|"
             r"fact[- ]check|interview|premium|subscriber exclusive|feature|review|long read|in depth|news|live( now| blog| coverage)?)\W*$")
# "Hot recommendation", "Editor's picks": a header over other articles, alone on its line.
_PICKS = rx(r"^\W*(hot|editor[’']?s?[’']?|our|staff) (recommendations?|picks?|choices?|topics?|articles|stories|reads)\W*$")
# "Click to play", "Tap to unmute", "Click to enter the special topic >>": a player's or a link's control.
_CLICK_TO = rx(r"\b(click|tap|press) (here )?to (play|unmute|watch|enter|view|expand|enlarge|open|load|listen|zoom|see more|read more|continue|start)\b")
# "Previous 1 2 3 Next": a pager.
_PAGER_WORDS = {"previous", "prev", "next", "older", "newer", "first", "last", "page", "«", "»", "‹", "›", "<", ">", "…", "..."}
# "Open Coast | Investigations", "Politics | The Valley Herald": a name and a section across a bar.
_BAR_NAME = r"[A-Z][\w'’&.-]*(\s+(&|of|the|[A-Z][\w'’&.-]*)){0,4}"
_NAME_BAR = re.compile(rf"^\W*(?P<a>{_BAR_NAME})\s*\|\s*(?P<b>{_BAR_NAME})\W*$")
# "Home / News / World": a breadcrumb with slashes.
_SLASHES = re.compile(r"\s+/\s+")
_BAR_PARTS = re.compile(r"\s*[|•·]\s*")  # "Jane Doe | June 4, 2025": a byline's parts
_TAG_ITEMS = re.compile(r"\s*[,;|•·]\s*")  # "Tags: floods, weather": a tags line's items
# "Our stories may be republished with attribution.": the terms on which the outlet's text may be reused.
_REUSE = rx(r"^\W*(our |all |these |this )?((?-i:[A-Z][\w&.'’-]*)\s+){0,3}(news|stories|articles|content|materials?|texts?|reports|photos|pictures|images|journalism)\b[^.!?]{0,30}\b"
            r"may (freely )?be (used|reproduced|republished|quoted|cited|shared|reprinted)\b[^.!?]{0,40}"
            r"\b(attribution|credit\w*|a (hyper)?link|the source)\b")
# "Plus members can read our full interview": what the paying reader gets.
_MEMBERS = rx(r"^\W*([\w'’&.-]+\s+){0,4}(members|subscribers|premium (readers|users)|insiders) can (now )?"
              r"(read|watch|listen to|access|enjoy|get|unlock|download|see)\b[^.!?]{0,80}\b(our|the full|in full|in the app|online)\b")
# "Jane Doe | June 4, 2025 | 6:02 PM": a byline with its stamp.
# "Published October 3, 2026 at 5:00 AM EDT", "Saturday 4 October": a stamp verb may open it, a month's
# name needs no year, and a date may have its clock time.
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?"
_CLOCK_PART = r"\d{1,2}[:.]\d\d\s*(am|pm|a\.m\.|p\.m\.)?(\s+[a-z]{2,4})?"
_DATE_PART = rf"(\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH}(,?\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?(,?\s+\d{{4}})?|" \
             r"\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d)"
_STAMP_PART = rx(rf"^((last )?(published|updated|posted|modified|filed)\s*:?\s*(on\s+)?)?((mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
                 rf"({_DATE_PART}((,|\s+at)?\s+{_CLOCK_PART})?|{_CLOCK_PART})$")
# "Read next: ...", "Next up: ...", "Watch next: ...": a label before another article's headline.
_NEXT_LABEL = rx(r"^\W*(read|watch|listen|coming) next\s*[:»›>|–—-]\s*\S|^\W*read next\W*$")
# "More in Politics": a section's other articles (a name in capitals after it).
_MORE_IN = re.compile(r"^\W*(?i:more in)\s+[A-Z][\w&'’-]*(\s+(&|[A-Z][\w'’-]*)){0,2}\W*$")
# "Tags: floods, weather", "Filed under: Politics": a label, then short items.
_TAGS = rx(r"^\W*(tags?|tagged|topics?|filed under|categories|category|keywords|more on)\s*:\s*")
# "4 min read", "Reading time: 3 minutes", "Listen to this article 3:12", "Duration: 1:24".
_READ_TIME = rx(
    rf"^\W*(estimated |est\.? )?(reading time|read time)\s*:?\s*{_NUMBER}\s*(min|mins|minutes?)\W*$|"
    rf"^\W*{_NUMBER}[- ]?(min|mins|minutes?)[- ](read|listen|watch)\W*$|"
    r"^\W*(listen to|hear) this (article|story)\W*(\(?\d+(:\d\d)?\s*(min|mins|minutes?)?\)?)?\W*$|"
    r"^\W*(video )?(duration|length|running time)\s*:?\s*(\d+(:\d\d)+|(\d+\s*(hours?|minutes?|mins?|seconds?|secs?)\s*)+)\W*$"
)
# "2 hours ago", "Updated 14 minutes ago", "Yesterday at 18:40": a stamp relative to the reading.
_RELATIVE = rx(
    rf"^\W*((last )?(updated|posted|published|modified)\s*:?\s*)?({_NUMBER}\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?)\s+ago|"
    r"just now|(yesterday|today)(,? at)?\s+\d{1,2}[:.]\d\d(\s*(am|pm))?)\W*$"
)
# "LONDON (Reuters) -", "PARIS, June 4 (AFP) —": a dateline with nothing after it.
_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z.'’-]+(\s[A-Z][A-Z.'’-]+){0,3}(,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2}|,\s*\d{1,2}\s[A-Z][a-z]{2,8})?"
    r"\s*\([A-Z][\w&. -]{1,30}\)\s*[-–—]+\s*$"
)
# "— Reuters", "(AFP)", "-- AP": an agency's tag alone on its line.
_WIRE_TAG = re.compile(r"^\s*(?:[-–—]+\s*(?:[A-Z][a-z]+|[A-Z]{2,6})|\(\s*(?:[A-Z][a-z]+|[A-Z]{2,6})\s*\))\s*\.?\s*$")
# "--With assistance from Ana Lopez.", "With additional reporting by Tom Brown": names follow.
_ASSISTANCE = rx(r"^\W*with (additional |further )?(assistance|reporting|research|contributions?) (from|by)\b")
# "@valleyherald", "Twitter: @ana_lopez", "X: @a | Instagram: @b": handles and platform labels only.
_HANDLE_PART = rx(r"^(?:(twitter|x|instagram|tiktok|threads|bluesky|facebook|mastodon|linkedin|youtube)\s*:?\s*)?@[\w.]{2,30}$")
_HANDLE_SPLIT = re.compile(r"\s*[|,·•/]\s*|\s+(?=(?i:twitter|instagram|tiktok|threads|bluesky|facebook)\b)")
# "Jane Doe is a reporter covering health for the Herald.": a name, then the writer's post.
_BIO = re.compile(
    r"^\W*(?P<name>[A-Z][\w'’.-]+(\s(de|van|von|al|da|[A-Z][\w'’.-]+)){1,3})\s((is|was|has been)\s(a|an|the|[A-Z][\w'’.-]+(’s|'s))|is)\s"
    r"(?P<post>[^.]{0,60}?\b(reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|"
    r"photographer|critic|analyst|presenter|anchor|fellow|intern)s?\b)(?P<rest>[^.!?]*)[.!]?$"
)
# "She has covered logistics for ten years.": a sentence more about the writer after the bio.
_BIO_MORE = re.compile(r"\s+(He|She|They)\s(has|have|previously|joined|covers|writes|lives|is based|was previously|worked)\b[^.!?\d]{0,80}[.!]?")
# "Senator Vale has been the deal's fiercest critic": a titled person in the story, never the writer.
_TITLED = rx(r"^(senator|sen|president|governor|gov|minister|mayor|judge|justice|general|gen|mr|mrs|ms|dr|sir|dame|lord|lady|"
             r"prince|princess|king|queen|chancellor|secretary|representative|rep|councillor|cllr|bishop|pope|professor|prof|"
             r"chief|captain|coach|inspector|detective|officer|sheriff|premier|speaker)\b\.?\s")
_BIO_REST = rx(r"^\W*$|^\W*(covering|who covers|who writes|writing|reporting|based|at|for|with|on|in|from|and)\b|^\W*of\s+(the\s+)?(?-i:[A-Z])")
_COVERS = re.compile(r"^\W*[A-Z][\w'’.-]+(\s[A-Z][\w'’.-]+){1,3}\s(covers|writes about|reports on|writes on)\s[^.!?]{3,60}"
                     r"\sfor\s(the\s)?[A-Z][\w'’.-]*(\s[A-Z][\w'’.-]*){0,3}[.!]?$")
_ABOUT_AUTHOR = rx(r"^\W*(about the (author|writer|reporter)s?|author bio|the author)\s*:")
# "In partnership with Harbour Bank", "Sponsored content from ...": a sponsor's name after it.
_SPONSOR = rx(r"^\W*(sponsored( content)? (by|from)|in (partnership|association|collaboration) with|presented by|"
              r"((market|price|stock|financial|weather) )?(data|quotes|prices|charts|listings) (are |is )?(provided|supplied|powered|sourced) by|"
              r"brought to you by|paid (for|content) (by|from)|supported by|powered by|produced in partnership with)\s+")
_DISCLAIMER = rx(
    r"\b(do|does) not necessarily (reflect|represent)\b|"
    r"\b(is|are) not responsible for the content of (external|third[- ]party|linked|other|outside) (sites|websites|links|pages)\b|"
    r"\bviews expressed\b[^.]{0,40}\b(those of )?the (authors?|writers?|contributors?)\b|"
    r"\bwe (may )?(earn|receive|get) (a )?(small )?(commission|share of sales|compensation)\b"
)
_SCRIPT = rx(r"\b(enable|turn on|activate) javascript\b|\bjavascript (is )?(disabled|required|needed)\b|"
             r"\byour browser (does not|doesn[’']t) support\b|"
             r"^\W*this (video|audio|clip|media|content|player) (can ?not|can[’']t|is unable to) (be )?(play(ed)?|load(ed)?|display(ed)?)\b|"
             r"^\W*(this )?(video|audio|media|clip)( is)?( currently)? (unavailable|not available)\W*$")
# A caption ending in a labelled credit: "... on Tuesday. Picture: Supplied".
_CREDIT_END = rx(r"[.!?]\s+(photo|photograph|picture|image|credit|photos|pictures|images|photo credit)\s*:\s*(?P<credit>[^.:;!?]{1,60})\.?$")
_NAME_WORDS = {"and", "of", "the", "for", "via", "de", "van", "von", "al", "da", "&", "supplied", "handout", "file"}


def _names(text: str, lowercase: int = 0) -> bool:
    """Whether ``text`` is names, not a sentence: at most ``lowercase`` lower-case words besides the
    connectors. Not :func:`.credit_lines.names_only`: an empty text is no names here, and words are split at
    spaces with their edge punctuation shed, so "a/b" is one word."""
    tokens = [t.strip(".,'’()/-|") for t in text.split()]
    tokens = [t for t in tokens if t]
    lower = [t for n, t in enumerate(tokens) if t[:1].islower() and t.lower() not in _NAME_WORDS and not _inside_name(tokens, n)]
    return bool(tokens) and len(lower) <= lowercase


def _inside_name(tokens: list[str], n: int) -> bool:
    """A short lower-case word between two capitalised ones belongs to the name ("Committee to Elect Ann
    Lee", "Stratford upon Avon")."""
    return 0 < n < len(tokens) - 1 and len(tokens[n]) <= 4 and tokens[n - 1][:1].isupper() and tokens[n + 1][:1].isupper()


def _tags(text: str, words: list[str]) -> str | None:
    label = _TAGS.match(text)
    if not label or len(words) > 20:
        return None
    items = [i for i in _TAG_ITEMS.split(text[label.end():].strip(" .")) if i]
    if items and all(0 < len(i.split()) <= 4 for i in items) and not reports(text) and not QUOTE.search(text):
        return "navigation: tags line"
    return None


def _bio_first(text: str) -> str:
    """The first sentence of ``text`` when every sentence after it is more about the writer ("" else)."""
    first = re.match(r"[^.!?]+[.!]", text)
    if not first:
        return ""
    rest = text[first.end():]
    while rest.strip():
        more = _BIO_MORE.match(rest)
        if not more or not more.group(0).strip():
            return ""
        rest = rest[more.end():]
    return first.group(0)


def _bio(text: str, words: list[str]) -> str | None:
    if len(words) > 30 or QUOTE.search(text):
        return None
    if _ABOUT_AUTHOR.match(text):
        return "credit: author bio"
    bio = _BIO.match(text) or _BIO.match(_bio_first(text))
    if bio and _BIO_REST.match(bio.group("rest")) and not REPORTING.search(bio.group("post") + bio.group("rest")) \
            and not _TITLED.match(bio.group("name")):
        return "credit: author bio"
    if _COVERS.match(text) and not reports(text):
        return "credit: author bio"
    return None


def _handles(text: str, words: list[str]) -> str | None:
    if "@" not in text or len(words) > 12:
        return None
    parts = [p for p in _HANDLE_SPLIT.split(text.strip(" .")) if p]
    if parts and all(_HANDLE_PART.match(p) for p in parts):
        return "promo: social media handle"
    return None


def _wire(text: str, words: list[str]) -> str | None:
    if len(words) <= 12 and (_DATELINE.match(text) or _named_date(text)):
        return "credit: dateline alone"
    tag = _WIRE_TAG.match(text)
    if tag and len(words) <= 4:
        return "credit: wire agency tag"
    assistance = _ASSISTANCE.match(text)
    if assistance and len(words) <= 25 and _names(text[assistance.end():]):
        return "credit: staff contribution line"
    return None


def _labels(text: str, words: list[str]) -> str | None:
    if len(words) > 14:
        return None
    if _CONTROL.match(text) or _MORE_IN.match(text) or (_CLICK_TO.search(text) and not reports(text)):
        return "navigation: page control"
    if _PICKS.match(text):
        return "navigation: section header"
    pager = text.lower().split()
    if len(pager) >= 2 and all(t in _PAGER_WORDS or (t.isdigit() and len(t) <= 3) for t in pager) and set(pager) & _PAGER_WORDS - {"page"}:
        return "navigation: pager"
    if _KICKER.match(text):
        return "navigation: kicker"
    if _NAME_BAR.match(text) and not reports(text):
        return "credit: outlet masthead"
    parts = _SLASHES.split(text.strip())
    if len(parts) >= 3 and all(0 < len(p.split()) <= 3 and p[:1].isupper() for p in parts) and not reports(text):
        return "navigation: menu or breadcrumb"
    parts = [p.strip() for p in _BAR_PARTS.split(text.strip()) if p.strip()]
    stamps = sum(bool(_STAMP_PART.match(p)) for p in parts)
    if len(parts) >= 2 and stamps and stamps == len(parts) - 1 and \
            any(not _STAMP_PART.match(p) and len(p.split()) <= 5 and not any(c.isdigit() for c in p)
                and _names(p.removeprefix("By ")) for p in parts):
        return "credit: byline"
    if _NEXT_LABEL.match(text):
        return "navigation: read-more link"
    if _READ_TIME.match(text):
        return "navigation: reading time"
    if _RELATIVE.match(text):
        return "timestamp: relative publication time"
    return None


# "Harbour Workers' Union | News | 9 May 2025", "The Eastmere Courier | Plain news for a plain county", "Field news | 14 August 2026",
# "Posted by Tam_88 | The North Stand - the voice of the away end", "By Ana Reyes | Court report": a page's
# header across bars, each part a name, a stamp, a byline, a section ("Rail desk", "Campaign update", "Match
# reaction") or the outlet's motto (a short phrase that says it is news or a voice), and at least one part a
# name, a stamp or a byline; no part reports or quotes.
_BAR = re.compile(r"\s+\|\s+")
_DASH = re.compile(r"\s+[–—-]\s+")
_HEADER_NAME = re.compile(r"^[A-Z][\w'’&.-]*(\s+(&|of|the|for|and|[A-Z][\w'’&.-]*)){0,5}$")
_HEADER_BYLINE = rx(r"^((posted|written|words|story|text)\s+)?by\s+")
# "Match reaction", "Transfer talk": a section's label of at most three words, only its first capitalised.
_SECTION_LABEL = re.compile(r"^[A-Z][a-z'’-]+(\s+[a-z][a-z'’-]*){0,2}$")
_MOTTO = rx(r"\b(news|desk|updates?|voice|journalism|reporting|newspaper|paper|magazine|radio|blog|podcast|fanzine|media|website)\b")
_MAX_HEADER_WORDS = 16
_MAX_MOTTO_WORDS = 10


# "Harbour Workers' Union - members' bulletin", "Eastmere Ramblers – news desk": a name of two words or
# more, a dash, and a section of at most three lower-case words ending in a section noun; or a name that
# ends in a section noun, a dash and the issue's date ("Harbour Workers' Bulletin - 9 May 2025").
_DASH_SECTION = re.compile(r"^[a-z][\w'’-]*(\s+[a-z][\w'’-]*){0,2}$")
# "news from the campaign", "updates from our branch": the section says whose news it carries.
_NEWS_FROM = rx(r"^(news|updates?|bulletin|dispatches) from (the|our) [a-z][\w'’-]*$")
_SECTION_END = rx(r"\b(bulletin|newsletter|news|desk|updates?|blog|briefing|digest|circular)$")


def _bar_header(text: str, words: list[str]) -> str | None:
    parts = _BAR.split(text.strip())
    if len(parts) == 1 and len(words) <= _MAX_HEADER_WORDS and not QUOTE.search(text):
        pieces = _DASH.split(text.strip().rstrip("."))
        if len(pieces) == 2 and _HEADER_NAME.match(pieces[0]) and len(pieces[0].split()) >= 2 \
                and (_DASH_SECTION.match(pieces[1]) and _SECTION_END.search(pieces[1]) or _NEWS_FROM.match(pieces[1])):
            return "credit: outlet masthead"
        if len(pieces) == 2 and _HEADER_NAME.match(pieces[0]) and (_SECTION_END.search(pieces[0]) or outlet_named(pieces[0])) and _STAMP_PART.match(pieces[1]):
            return "credit: outlet masthead"  # "Harbour Workers' Bulletin - 9 May 2025": a dash where a bar would be
    if not 2 <= len(parts) <= 4 or len(words) > _MAX_HEADER_WORDS or QUOTE.search(text):
        return None
    kinds = [_header_part(p) for p in parts]
    if None in kinds or not {"name", "stamp", "byline"} & set(kinds):
        return None
    return "credit: outlet masthead" if {"name", "stamp"} & set(kinds) else "credit: byline"


def _header_part(part: str) -> str | None:
    """What one part of a bar-separated header is: "stamp", "name", "byline", "motto", or None."""
    part = part.strip().rstrip(".")
    if _STAMP_PART.match(part) or _named_date(part):
        return "stamp"
    if REPORTING.search(part) or reports(part):
        return None
    byline = _HEADER_BYLINE.match(part)
    if byline:
        return "byline" if _names(part[byline.end():]) and len(part.split()) <= 6 else None
    pieces = _DASH.split(part)
    kinds = []
    for piece in pieces:
        if _HEADER_NAME.match(piece):
            kinds.append("name")
        elif _MOTTO.search(piece) and len(piece.split()) <= _MAX_MOTTO_WORDS:
            kinds.append("motto")
        elif len(pieces) == 1 and _SECTION_LABEL.match(piece):
            kinds.append("section")
        else:
            return None
    if "name" in kinds:
        return "name"  # "The Valley End - the voice of ...": the name and its motto
    return "motto" if "motto" in kinds else "section"


def _named_date(text: str) -> bool:
    """A name, a comma and a date, nothing else ("Ostburg, 8 February 2025", "Harbour Herald, 6 May"):
    the place or the outlet a release or a page is dated from, no sentence."""
    name, comma, date = text.strip().rstrip(".").rpartition(",")
    name, date = name.strip(), date.strip()
    return bool(comma) and bool(_HEADER_NAME.match(name)) and bool(_STAMP_PART.match(date)) \
        and not _WEEKDAY.search(name) and not _WEEKDAY.match(date) and not _PREPOSITION_FIRST.match(name)


# "Monday, 8 February 2025" and "Sun, 15 Sep 2013" are a date alone (kept, as clean's rule 10 keeps one);
# a page's stamp gives the day of the week, a release's place and date do not; "In Paris, 8 May" opens a sentence.
_WEEKDAY = rx(r"\b((mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b")
_PREPOSITION_FIRST = rx(r"^(in|on|at|by|from|since|until|till|to|for|after|before|as of)\b")


def _sponsor(text: str, words: list[str]) -> str | None:
    sponsor = _SPONSOR.match(text)
    if sponsor and len(words) <= 12 and _names(text[sponsor.end():]):
        return "advert: sponsor line"
    if len(words) <= 40 and _DISCLAIMER.search(text) and not REPORTING.search(text.replace("necessarily reflect", "")):
        return "notice: disclaimer"
    if len(words) <= 25 and _SCRIPT.search(text):
        return "notice: browser notice"
    if len(words) <= 25 and _REUSE.search(text) and not REPORTING.search(text):
        return "credit: reproduction terms"
    if len(words) <= 25 and _MEMBERS.match(text) and not REPORTING.search(text):
        return "promo: members' offer"
    return None


def _credit_end(text: str, words: list[str]) -> str | None:
    end = _CREDIT_END.search(text)
    if end and len(words) <= 50 and len(end.group("credit").split()) <= 6 and _names(end.group("credit")):
        return "caption: photo caption with credit"
    return None


# "ENDS", "-ends-", "[Ends]", "###", "-30-": the mark a press release or a wire story ends with.
_END_MARK = rx(r"^\s*[\[(<–—-]*\s*(ends?|30|x{3})\s*[\])>–—-]*\s*\.?$|^\s*#{1,3}\s*$")
# "NWR/ks/dm 0412GMT": a wire desk's slug, the agency's code, its editors' initials, the filing time.
_SLUG = re.compile(r"^\s*[A-Z]{2,6}(/[a-z]{1,4}){1,4}(\s+\d{3,4}\s*(GMT|UTC|[A-Z]{2,4})?)?\s*$")
# "Press release | 21 April 2026", "For immediate release": what kind of text the page is.
# "Statement of the Harbour Pilots' Association", "Press release from ...": the release's sender after its kind
# ("Statement by Jane Roe" may head a person's own words: kept).
_RELEASE_OF = rx(r"^\W*((joint|press|official|news|media) )?(statement|release|communiqu[ée]|press release|news release) (of|from)\s+(?=\S)")
_RELEASE = rx(r"^\W*(for immediate release|(press|news|media) (release|statement|advisory)|embargoed)\W*$")
# "The Harbour Workers Union", "Medical Relief International (MRI)": an organisation's name, as it
# opens its standard description of itself.
_ORGANISATION = r"(The\s+)?[A-Z][\w'’&.-]*(\s+(of|for|and|&|the|[A-Z][\w'’&.-]*)){0,6}(\s+\([A-Z]{2,6}\))?"
# "About the Federation: ...", "About us: ...": the organisation's own description under its label.
_ABOUT_LABEL = re.compile(r"^\W*(?i:about)\s+(?:(?i:the|us)\b\s*)?([A-Z][\w'’&.-]*\s*){0,5}:\s*\S")
# "The Harbour Workers Union represents more than 40,000 workers across the ports": the organisation's
# standard description of itself, its size and its reach (a size alone may be the story's background).
_REPRESENTS = re.compile(
    rf"^\W*{_ORGANISATION}\s+"
    r"(represents|speaks for|brings together)\s+(?i:more than|over|around|about|some|almost|nearly|upwards of)?\s*"
    r"[\d,.]+(\s?(?i:million|m|k))?\s+([\w-]+\s+){0,4}?(?i:[\w-]+s|people|staff)\b[^.!?\"“”]{0,40}\b(?i:across|throughout|nationwide|worldwide|in every|in (over|more than) \d+|"
    r"from (all|every))\b[^.!?\"“”]{0,80}[.!]?$"
)
# "Up the Rovers!", "COME ON YOU BLUES!", "Rovers till I die.": a supporters' chant signing off.
_CHANT = re.compile(
    r"^\W*((?i:up the|come on,?( you)?|c[’']mon( you)?|allez( les)?|forza|vamos|viva)\s+[A-Z][\w'’-]*(\s+[A-Z][\w'’-]*){0,2}|"
    r"[A-Z][\w'’-]*(\s+[A-Z][\w'’-]*){0,2}\s+(?i:till|til|[’']til|until) (?i:i die))\W*$"
)
# "Stay informed. Stay free.": a slogan of short sentences that open alike.
_ANAPHORA = re.compile(r"^\s*([A-Z][a-z]+)\s+([\w'’-]+)[.!]\s+\1\s+(?!\2\b)[\w'’-]+[.!](\s+\1\s+[\w'’-]+[.!])?\s*$")
# "Sponsored: How automation ...": an advertiser's article linked under its label.
_SPONSORED_LABEL = rx(r"^\W*(sponsored|promoted|partner content|advertorial|paid (post|content|partnership))\s*[:|–—]\s*\S")

# "Tickets for Saturday's game are on sale now from the box office": an offer to buy, in the present.
# "Season tickets are available now. Renew today.": the offer may end on "now", then a short imperative.
_ON_SALE = rx(r"^\W*(tickets?|seats?|season tickets?|passes|places)\b[^.!?\"“”]{0,60}\b(are|is) (now )?(on sale|available)"
              r"(( now| to (buy|book))?\b[^.!?]{0,40}\b(now|from|at|via|online|here)\b[^.!?]{0,40}| now)[.!]?"
              r"(\s+(renew|book|buy|order|get yours|grab yours|reserve)( yours| your seats?| tickets)?( today| now| online| here)?[.!])?$")


def _sign_offs(text: str, words: list[str]) -> str | None:
    if len(words) > 40:
        return None
    if _END_MARK.match(text) or _SLUG.match(text):
        return "credit: end mark or wire slug"
    if _RELEASE.match(text):
        return "navigation: kicker"
    parts = [p.strip() for p in _BAR_PARTS.split(text.strip()) if p.strip()]
    if len(parts) == 2 and any(_RELEASE.match(p) for p in parts) and any(_STAMP_PART.match(p) for p in parts):
        return "credit: release label"
    sender = _RELEASE_OF.match(text)
    if sender and len(words) <= 14 and _names(text[sender.end():]):
        return "credit: release label"  # "Statement of the Pilots' Association (PA), Lesk": who sends it, nothing about what
    if _ABOUT_LABEL.match(text) and not QUOTE.search(text):
        return "credit: about the organisation"
    if _REPRESENTS.match(text) and not REPORTING.search(text):
        return "credit: about the organisation"
    if len(words) <= 5 and (_CHANT.match(text) or _ANAPHORA.match(text)):
        return "promo: chant or slogan"
    if len(words) <= 25 and _ON_SALE.match(text) and not REPORTING.search(text):
        return "promo: ticket sales"
    if len(words) <= 25 and _SPONSORED_LABEL.match(text) and not QUOTE.search(text):
        return "advert: sponsored link"
    return None


# "Together, we can win.": a campaign's sign-off.
_TOGETHER = rx(r"^\W*together,?\s+(we|we all|you and (i|me))\s+(can|will|are|stand|must|win|rise)\b[\w\s'’,-]{0,30}[.!]?$")
# "An injury to one is an injury to all.": a slogan that says its phrase twice, one word changed.
_CHIASMUS = rx(r"^\W*(an?|the)\s+(\w+)\s+(to|for|on|of|against)\s+(\w+)\s+is\s+(an?|the)\s+\2\s+\3\s+(?!\4\b)\w+[.!]?$")
# "Heard on Morning Edition", "As seen on Nine Tonight": the programme the page's audio or video aired on.
_AIRED_ON = rx(r"^\W*(as )?(heard|featured|seen|aired|broadcast|first aired) on\s+")
# "Audio will be available later today.", "Full match highlights will be available on ClubTV from 9pm.":
# the outlet's own media, announced to the reader.
_AVAILABLE = rx(r"^\W*(the )?((full|extended|match|complete|video|audio)\s+)*(highlights|replay|video|audio|podcast|episode|transcript|"
                r"recording|stream|footage) (will be|is|are) (now )?(available|online|up)\b[^.!?]{0,50}[.!]?$")
# "This live blog is now closed.": the live page's state.
_LIVE_STATE = rx(r"^\W*(this|our) (live blog|live page|live coverage|live|blog|coverage|thread|feed) (is|has) (now )?"
                 r"(closed|ended|finished|paused|over)\b[^.!?]{0,40}[.!]?$")
# "Content warning: discussion of self-harm", "Warning: this article contains details of suicide.": a warning
# put before the text.
_WARNING = rx(r"^\W*(content|trigger|reader|viewer|sensitive content)( warning| advisory| note| notice)\s*[:.–—-]|"
              r"^\W*(warning|please note|note|caution)\s*[:.–—-]\s*(this|the following) (article|story|report|video|piece|page|content|"
              r"item|interview|episode|gallery) (contains?|includes?|discusses|features|has|describes|may)\b")
# "Anyone who needs to talk can contact Lifeline ...": a help line offered after a sensitive story.
_HELP_NOTE = rx(r"^\W*(anyone|if you|those|people|readers)\b[^.!?]{0,60}\b(needs? to talk|wants? to talk|affected by (this|these|the|any)|"
                r"struggling|in (distress|crisis)|(suicidal|dark) thoughts|needs? (help|support))\b[^.!?]{0,40}"
                r"\b(contact|call|ring|text|visit|talk to|speak to|reach)\b")
# ... to a line that is free, open day and night, or confidential (not a council's office).
_HELP_CHANNEL = rx(r"\b(free(phone)?|24 hours|24/7|day or night|any ?time|confidential\w*|anonymous\w*|help ?line|support line|crisis line)\b")
# "This article is subject to reporting restrictions": a legal notice on the text.
_LEGAL = rx(r"^\W*this (article|story|report|page|content|case|piece) is subject to (reporting restrictions|an? (court|legal) order|"
            r"legal restrictions|an? (injunction|embargo))\b")
# "The Echo follows the guidance on reporting suicide ...", "The Gazette is a member of the Press Standards
# Council", "Our product reviews are independent.": the outlet's own standards.
_STANDARDS = re.compile(
    r"^\W*(The\s+)?[A-Z][\w'’&.-]*(\s+[A-Z][\w'’&.-]*){0,4}\s+((?i:follows|adheres to|abides by|is regulated by|subscribes to|"
    r"is committed to|upholds)\s+[^.!?]{0,80}\b(?i:guidance|guidelines|code|codes|standards|principles)\b|(?i:is a member of)\s+"
    r"(the\s+)?([\w'’&.-]+\s+){0,3}?(?i:press|standards|regulat\w*|complaints|ethics|journalism|media|editors)\b[^.!?]{0,30}"
    r"\b(?i:council|organi[sz]ation|commission|authority|board|regulator|association|body|trust)\b)"
    r"|^\W*(?i:our ([\w-]+ ){0,2}(reviews?|journalism|reporting|coverage|recommendations|ratings|picks|tests?) (are|is) "
    r"(always |fully |editorially |completely )?(independent|impartial|unbiased)\b)")
_PRESS = rx(r"\b(press|editors?[’']?|editorial|journalis\w*|reporting|media|broadcast\w*)\b|^\W*our\b")
# "Medical Relief International is an independent humanitarian organisation delivering care in more than 40
# countries": an organisation's standard description of itself, what it does and its reach.
_SELF_DESCRIBED = re.compile(
    rf"^\W*{_ORGANISATION}\s+"
    r"is\s+(an?|the)\s+([\w'’-]+\s+){0,4}?"
    r"(?i:organi[sz]ation|charity|union|federation|association|ngo|network|movement|non-?profit|foundation|trust|institute|alliance|"
    r"coalition|agency)\s+(?i:\w+ing|that|which|who|dedicated|committed|founded)\b[^.!?\"“”]{0,80}\b(?i:in (more than |over |some )?\d+ "
    r"countries|worldwide|around the world|nationwide|across (the )?(country|world|globe))\b[^.!?]{0,40}[.!]?$")
_OUTLET_NOUN_WORDS = r"weekly|daily|news|gazette|times|post|herald|courier|chronicle|tribune|observer|telegraph|journal|" \
                     r"radio|tv|magazine|press|media|ledger|standard|echo|review|mail|express|monthly|bulletin"
# "The Ledger will publish a full guide to the new rules next week", "The Courier's own garden writer will
# visit the show in Saturday's edition", "Our science desk will return to the story": the outlet (a name
# ending in an outlet noun, its own writer, "our", "we") announces what it will run.
_COMING = re.compile(
    rf"^\W*((The\s+)?([A-Z][\w'’&.-]*\s+){{0,4}}(?i:{_OUTLET_NOUN_WORDS})|((The\s+)?[A-Z][\w'’&.-]*(\s+[A-Z][\w'’&.-]*){{0,3}}['’]s own|"
    r"(?i:our)(\s+own)?)(\s+[a-z][\w-]*){0,2}\s+(?i:columnist|correspondent|reporter|critic|writer|editor|desk|team)s?|(?i:we))\s+will\s+(\w+\s+)?"
    r"(?i:publish|bring|carry|run|print|air|broadcast|look back|look at|return to|follow|report on|cover|explore|examine|profile)\b")
_COMING_WHAT = rx(r"\b(briefing|report|review|analysis|special|series|feature|guide|supplement|interview|coverage|column|"
                  r"podcast|documentary|explainer|look back|look at|profile)\b|"
                  r"\b(next|tomorrow|this|coming|saturday|sunday|monday|tuesday|wednesday|thursday|friday)(['’]s)? "
                  r"(\w+ )?(edition|issue|paper|magazine)\b(?! of)")
# "Notes to editors: ...", "Note for editors -": a press release's closing notes, labelled as such.
_EDITOR_NOTES = rx(r"^\W*notes? (to|for) (the )?editors?\s*[:.–—-]\s*\S")
# "Donations are tax-deductible to the extent permitted by law."
_TAX = rx(r"\b(donations?|gifts?|contributions?)\b[^.!?]{0,40}\b(are|is) (fully |100% )?tax[- ]deductible\b")
# "Past performance is not a reliable indicator ...", "Investing involves risk", "Quotes delayed at least 15
# minutes.": a financial page's standing warnings.
_INVESTING = rx(
    r"\bpast performance (is|does) (not|no)\b|\b(investing|investments?|trading|spread betting|crypto\w*) (involves?|carries|carry) "
    r"(a )?([\w ]{0,20})?risks?\b|\bcapital (is )?at risk\b|\bvalue of (your )?investments? ([\w ]{0,30} )?(can|may) (go down|fall)\b|"
    r"\bnot (constitute|intended as|be construed as|a substitute for) (investment|financial|legal|tax) advice\b|"
    r"^\W*(stock |share |market )?(quotes?|prices|data)( and data)? (are |is )?delayed( by)? (at least |up to |by )?\d+ (min|mins|minutes)\b")


def _notes(text: str, words: list[str]) -> str | None:
    if _EDITOR_NOTES.match(text):
        return "notice: notes to editors"  # a release's note on who sent it: it may say what the body does
    if len(words) > 40 or QUOTE.search(text):
        return None
    if len(words) <= 10 and (_TOGETHER.match(text) or _CHIASMUS.match(text)):
        return "promo: chant or slogan"
    aired = _AIRED_ON.match(text)
    if aired and len(words) <= 8 and _names(text[aired.end():]) and not reports(text):
        return "credit: programme line"
    if len(words) <= 30 and _WARNING.match(text):
        return "notice: content warning"  # labelled as one: it may say what the story tells
    if REPORTING.search(text):
        return None
    if len(words) <= 25 and (_AVAILABLE.match(text) or _LIVE_STATE.match(text)):
        return "navigation: media notice"  # "from Friday": the day the outlet's media comes, no event's
    if reports(text):
        return None  # the notes below have no date and no figure of their own
    if len(words) <= 35 and _HELP_NOTE.match(text) and _HELP_CHANNEL.search(text):
        return "notice: help-line note"
    if _LEGAL.match(text):
        return "notice: legal notice"
    if len(words) <= 30 and _STANDARDS.match(text) and _PRESS.search(text):
        return "notice: the outlet's standards"
    if len(words) <= 30 and _COMING.match(text) and _COMING_WHAT.search(text):
        return "navigation: the outlet's coming content"
    if _SELF_DESCRIBED.match(text):
        return "credit: about the organisation"
    if len(words) <= 25 and _TAX.search(text):
        return "promo: subscription or donation appeal"
    if len(words) <= 35 and _INVESTING.search(text):
        return "notice: investment disclaimer"
    return None


_SHAPES: tuple[Callable[[str, list[str]], str | None], ...] = (_labels, _bar_header, _tags, _wire, _handles, _bio, _sponsor, _credit_end,
                                                               _sign_offs, _notes)


def page_furniture(text: str, words: list[str]) -> str | None:
    """The reason ``text`` (one line, spaces collapsed) is page furniture, or None."""
    for shape in _SHAPES:
        reason = shape(text, words)
        if reason:
            return reason
    return None
