"""Rule 9 of the cleaning (see :mod:`.clean`): promotions, scored rather than matched.

Promotions share words with news ("newsletter", "sign-ups", "subscribers"), so a line first needs
something promotional offered (one of ``PROMO_KINDS``), then earns points for speaking to the
reader (an imperative opening, also after "If you ...," or "To keep reading,"; an invitation; our,
you) and loses them for what a line of the story carries (a reporting verb, a date, a figure, a
quotation, length). "The paper's newsletter editor resigned on Monday" stays.
"""

from __future__ import annotations

import re

from ..text.needles import case_blind, may_hold, regex_needles
from .line_signs import FIGURE, OUTLET_VOICE, QUOTE, REPORTING, WHEN, rx

__all__ = ["PROMO_KINDS", "promotion"]


# An opening that asks the reader to act (not "Follow-up talks", hence the lookahead), also after
# a condition or a purpose put to the reader ("If you value our work, become a member", "To keep
# reading, log in").
_IMPERATIVE = rx(
    r"(^|[.!?:]\s+|(^|[.!?]\s+)\W*(if you|to (keep|continue|read|access|unlock|comment|subscribe|listen|watch)|"
    r"for (the latest|more|all the latest|full|further))\b[^,.!?]{0,80},\s*)\W*(sign\s*up|subscribe|receive|download|follow|get|join|"
    r"register|stay|vote|bookmark|catch|be the first|forward|create|save|turn on|sign (our|the|this)|"
    r"never miss|don[’']?t miss|like us|like our|click|tap|listen|watch|support|donate|become|install|try|sign in|log in|enter|"
    r"discover|check out|add|give|unlock|start|read|help us|stand with us|scan|chip in|upgrade|comment|write|"
    r"have your say|tell us|share your|please|consider|help|pick up|let us know|keep|visit|drop|send|thanks|thank you|leave|upload|hear|"
    r"rate (the|our|this|each|every))\b(?![-’'])"
)
_INVITATION = rx(r"^\W*(want|love|enjoy(ing|ed)?|interested|looking for|like what you|liked this|found this)\b.*\?")
_OWN_PAGES = "the outlet's own pages"
PROMO_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("newsletter sign-up call to action", rx(
        r"\b(newsletters?|(daily|weekly|morning|evening) (edition|briefing|digest|e-?mail)|"
        r"get the ([\w'’-]+ ){0,3}(briefing|newsletter|digest)|via e-?mail|by e-?mail|"
        r"(to|in) your (inbox|mail|mailbox|e-?mail)|our ([\w'’-]+ )?bulletins?|sign[ -]?up|never miss|don[’']?t miss|best stories|top stories|"
        r"(breaking|news|e-?mail|push|real[- ]time|price|stock|instant) alerts|(turn on|switch on|enable) (our |the )?notifications)\b")),
    ("subscription or donation appeal", rx(
        r"\b(subscribe|subscription|subscribers? only|unlimited access|free trial|become an? ([\w'’&-]+ ){0,3}(member|subscriber|"
        r"supporter|patron)|not (yet )?an? (member|subscriber|supporter)( yet)?(?=\?)|(support|fund) (us|our|independent|local|quality)( \w+)? (journalism|reporting|newsroom)|"
        r"support us|donat(e|ion)|buy us a coffee|give monthly|keep (local )?(news|journalism) alive|"
        r"make a contribution|chip in|keep us (independent|going|free)|already (a (subscriber|member|user))|(already|don[’']?t) have an account|"
        r"give (today|now|what you can)|(the price of|buy us) a coffee|ad-free|without ads|"
        r"your (continued )?support|"
        r"(supporting|support) (us|our|independent|quality)( \w+)? journalism|membership|members only|"
        r"keep reading|read further|continue reading|first (month|week|year)|cancel any ?time|"
        r"available (only )?to (our )?(subscribers|members)|upgrade your (plan|subscription|account)|full access|"
        r"free for \d+ (days|weeks|months)|(subscribers|members) can (download|read|access|get|listen|watch|enjoy)|"
        r"join (us|the|our) ([\w'’&-]+ ){0,4}(today|now))\b")),
    # "4.99 crowns a week", "from $5 a month", "0,99 Euro per month": a price per period, any currency.
    ("paywall or membership price", rx(
        r"((?<![\d.,])\d+(?:[.,]\d+)?\s*[^\W\d_]{0,12}\.?|[^\W\d_]{0,3}[£$€¥₹]\s?\d+(?:[.,]\d+)?)\s+(a|per|each|every|/)\s*(month|week|year|day)\b")),
    ("social media follow prompt", rx(
        r"\b(follow us|like us|find us|join us|follow (the )?[\w.'’-]+( [\w.'’-]+){0,3} on|"
        r"(on|join|follow|like) our ([\w'’-]+ ){0,2}(channels?|pages?|accounts?|feeds?|groups?|clubs?|community)|official account|"
        r"scan the (qr )?code|qr code|mailing list|"
        r"our (youtube|telegram|whatsapp|instagram|tiktok|facebook) (channel|account|page)|"
        r"follow [\w.'’-]+( [\w.'’-]+){0,3} for (live |the latest |more |all the latest )?(updates|coverage|news)|"
        r"our live (blog|coverage|updates))\b")),
    ("app download prompt", rx(r"\b(our (mobile )?app(lication)?s?|the app|app store|google play|download (the|our)|(on|in|via) (the|our) ([\w+&-]+ ){0,2}app)\b")),
    ("link or address", re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+|\b(www\.|https?://)\S+|(?<![\w-])[\w-]+\.[a-z]{2,}/\S+|"
                                   r"\b(?i:visit)\s+[\w-]+(\.[\w-]+)*\.[a-z]{2,}\b")),
    # "Sign our petition", "Join our campaign": the outlet recruits the reader to its cause.
    ("petition or campaign appeal", rx(r"^\W*join (us|the|our)\b[^.!?]{0,60}\band (help|support|stand with) us\b|\b(sign (our|the|this) petition|our (petition|campaign|open letter|letter)|join (our|the) campaign|"
                                        r"add your (name|signature|voice))\b")),
    # "Thank you for reading", "We thank the readers who supported our appeal": the outlet thanks its audience.
    # "Our Climate Forum takes place on 3 May. Early-bird tickets end soon": the outlet sells its own event.
    # "The Gazette hosts a webinar on flood insurance on 9 June": an event the reader can attend.
    ("event promotion", rx(r"\b(early[- ]bird|(registration|booking|ticket sales?) (is |are )?(now )?(open|closes?|ends?)|"
                            r"book (your|now)|tickets? (are )?(on sale|available now)|"
                            r"(host|hold|run|organi[sz]e|stage)s? (a|an|its|our|their) ([\w'’&-]+ ){0,3}(webinars?|masterclass(es)?|workshops?)|"
                            r"our ([\w'’&-]+ ){0,3}(summit|conference|festival|forum|awards|expo|gala|masterclass|workshop|webinar)s?)\b")),
    # "Thank you to every member who joined the picket": the outlet thanks its audience ("thanks to"
    # alone is "because of").
    ("sign-off", rx(r"\b(thanks|thank you) for (reading|listening|watching|your support|supporting)\b|"
                    r"\bwe (thank|are grateful to) ([\w'’-]+ ){0,4}(readers|subscribers|supporters|donors|listeners|viewers|members)\b|"
                    r"^\W*thank you,? to (all|every|each|our)( of our)? ([\w'’-]+ ){0,2}(readers?|subscribers?|supporters?|donors?|"
                    r"listeners?|viewers?|members?)\b")),
    # "Vote now", "Rate the players in our poll below": the outlet's poll.
    ("poll or vote prompt", rx(r"\b(vote now|cast your vote|(take|answer|complete) (our|the|this) (poll|survey|quiz)|"
                                r"vote (in|on) (our|the|this) poll|poll below)\b")),
    ("news tip request", rx(r"\b(news tip|got a tip|have a tip|send us (a|your) tips?|e-?mail us|contact us at)\b")),
    ("podcast or video promotion", rx(r"\b(our podcast|listen (now|to (our|the) podcast)|subscribe to the podcast|"
                                       r"(the )?(latest|new|every) episode|the ([\w'’-]+ )?full (interview|episode|programme|show|debate|address|speech|broadcast)|"
                                       r"(watch|listen to|tune in to) (the |our )?([\w'’-]+ )?(full |whole |complete )?(report|interview|programme|broadcast|coverage)"
                                       r"( and (the |our )?([\w'’-]+ ){0,2}(video|footage|pictures|photos|highlights|interview|report))? on|"
                                       r"(the|our) ([\w'’&-]+ ){0,4}podcast)\b")),
    ("reader comment prompt", rx(r"\b(comments? below|join the (debate|conversation|discussion)|have your say|"
                                  r"leave (a|your) ([\w,'’-]+ ){0,3}(comments?|thoughts|views|opinions?)|in the comments|letters? to the editor|write to (the|our) editors?)\b")),
    # "Riverside Courier - your town, your paper": the outlet speaks of itself as the reader's, or
    # in a slogan's parallel ("your news, your voice").
    ("outlet slogan", rx(r"\byour (own |local |home ?town |daily |weekly |independent |trusted )?"
                          r"(paper|newspaper|news source|station|magazine|radio)\b|\byour [\w-]+, your [\w-]+( since \d{4})?\W*$")),
    # "Vote in our poll", "Sign in to save this article": the outlet speaks of its own pages and
    # work; it counts only while the line speaks to the reader too (see _promo).
    (_OWN_PAGES, rx(
        r"\bour ([\w-]+ ){0,2}(site|website|web page|page|app|journalism|reporting|newsroom|poll|newspaper|"
        r"magazine|channel|episodes?|content|coverage|edition)\b|"
        r"\bthis (site|website|page|app|article|story|content|episode|poll|edition|reporting|journalism|coverage)\b")),
    ("access or account notice", rx(
        r"\b((limit of|your) (\d+ )?free (articles|stories)|free (articles|stories) (left|remaining)|"
        r"not available in your (region|country|location)|(log|sign) in to (read|continue|save|comment)|"
        r"create (a|your) (free )?account|terms (of use|of service|and conditions)|privacy (policy|notice)|"
        r"be the first to (comment|reply|review))\b")),
    # "Listen live on 96.2 FM", "Watch our election special tonight on Channel Four": a broadcaster
    # promoting its own air time.
    ("broadcast promotion", rx(r"\b(listen|watch|tune in)( to)? (live|now|online|tonight)\b|\bon \d{2,3}([.,]\d)? ?(fm|am|mhz)\b|"
                                r"\b(watch|listen to|tune in to) our ([\w'’-]+ ){0,2}(report|programme|program|broadcast|bulletin|special|"
                                r"documentary|coverage|show)\b")),
    # "The Farmer's Weekly is published every Thursday": the outlet's own schedule.
    ("publication schedule", rx(r"\b(is|are) (published|printed|broadcast|on air) (daily|weekly|monthly|fortnightly|"
                                 r"every (day|week|month|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")),
    ("print sales prompt", rx(r"\byour (free )?(copy|print edition|digital edition|e-?paper)\b|"
                               r"\b(at|from) (any|all|your local) (newsagents?|news-?stands?|kiosks?)\b")),
)  # fmt: skip
_SECOND_PERSON = rx(r"\b(you|your)\b")
_FREE = rx(r"\b(free|now|today|here|latest|exclusive)\b")
_PROMO_THRESHOLD = 4


def _top_level(pattern: str) -> list[tuple[str, bool]]:
    """Each piece of a regular expression (an escape is one) with whether it stands outside every
    group and character class."""
    out, depth, in_class, i = [], 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append((pattern[i : i + 2], depth == 0 and not in_class))
            i += 2
            continue
        top = depth == 0 and not in_class
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            if pattern[j : j + 1] == "]":  # "[]..." and "[^]...": the first "]" is a member
                out.append((pattern[i : j + 1], False))
                i = j + 1
                continue
        elif c in "()":
            depth += 1 if c == "(" else -1
        out.append((c, top))
        i += 1
    return out


def _top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (split at ``|`` outside groups and classes)."""
    out, current = [], ""
    for piece, top in _top_level(pattern):
        if piece == "|" and top:
            out.append(current)
            current = ""
        else:
            current += piece
    return out + [current]


def _any_promo_parts() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """Whether any kind matches (ignoring case), as one test per top-level alternative of the kinds,
    each with its needles (:func:`..text.needles.regex_needles`): a line is searched only for the
    alternatives whose needles it holds, a few of them, where one alternation of them all made the
    regex engine try every alternative at every word."""
    parts = []
    for _kind, pattern in PROMO_KINDS:
        for alternative in _top_alternatives(pattern.pattern):
            regex = re.compile(f"(?:{alternative})", re.IGNORECASE)
            parts.append((regex_needles(regex), regex))
    return tuple(parts)


_PROMO_PARTS = _any_promo_parts()


def _any_promo(text: str) -> bool:
    """Whether some kind of PROMO_KINDS matches ``text``, case ignored."""
    folded = case_blind(text)
    return any(may_hold(needles, folded) and regex.search(text) for needles, regex in _PROMO_PARTS)


# "every Tuesday and Friday", "since 1921": a schedule the reader is offered, an outlet's founding
# year, not the time of an event.
_NOT_AN_EVENT_TIME = rx(
    r"\b(every|each) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)( and \w+day)?\b|"
    r"\b(since|founded in|established in|est\.) (1[6-9]|20)\d\d\b"
)


_YOUR_SAY = rx(r"\byour say\b")  # "have your say": a noun, no one reported saying anything


def promotion(text: str, words: list[str]) -> str | None:
    """The reason ``text`` (of ``words``) is a call to action or an offer, or None."""
    if not _any_promo(text):
        return None  # nothing promotional is offered, whatever the tone (and most lines stop here)
    score = 0.0
    kinds = []
    to_reader = _IMPERATIVE.search(text) or _INVITATION.match(text) or _SECOND_PERSON.search(text)
    for kind, pattern in PROMO_KINDS:
        hits = len(pattern.findall(text))
        if hits and (kind != _OWN_PAGES or to_reader):
            kinds.append(kind)
            score += 2 * min(hits, 1 if kind == "paywall or membership price" else 2)
    if _IMPERATIVE.search(text):
        score += 2
    elif _INVITATION.match(text):
        score += 1
    score += min(len(OUTLET_VOICE.findall(text)), 2)
    score += 0.5 * min(len(_FREE.findall(text)), 2)
    if REPORTING.search(_YOUR_SAY.sub(" ", text)):
        score -= 3
    if WHEN.search(_NOT_AN_EVENT_TIME.sub(" ", text)):
        score -= 1
    if FIGURE.search(text):
        score -= 1
    if QUOTE.search(text):
        score -= 2
    if len(words) > 35:
        score -= 2
    if score >= _PROMO_THRESHOLD:
        return f"promo: {kinds[0]}"
    return None
