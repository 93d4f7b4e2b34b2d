"""Reports built by hand for the renderer tests: the two seed articles segmented for real with
findings pointing at them, and a report whose every text field carries markup."""

from __future__ import annotations

import pytest

from rashomon.model import (
    Agreement,
    Article,
    ClaimRef,
    Conflict,
    ConflictSide,
    DigestSentence,
    Entity,
    FramingCue,
    Mention,
    Removed,
    Report,
    Skipped,
    Suspect,
)
from rashomon.comparison.segment import segment

from shared_data import SEEDS, shared_path

SEED_FILES = ("000_f20bbd6f54222cff.txt", "001_b32d3d757f54fb06.txt")

XSS = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def at(article: Article, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``phrase`` in the article (tests only)."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return start, start + len(phrase)


def sentence_of(article: Article, start: int) -> str:
    return next(s.id for s in article.sentences if s.start <= start < s.end)


def claim(article: Article, phrase: str) -> ClaimRef:
    start, end = at(article, phrase)
    return ClaimRef(article=article.id, sentence=sentence_of(article, start), text=phrase, start=start, end=end)


def cue(article: Article, phrase: str, kind: str, note: str, nth: int = 0, neutral: str = "") -> FramingCue:
    start, end = at(article, phrase, nth)
    return FramingCue(article=article.id, sentence=sentence_of(article, start), text=phrase, kind=kind, note=note, start=start, end=end, neutral=neutral)


def suspect(article: Article, phrase: str, reason: str, nth: int = 0) -> Suspect:
    start, end = at(article, phrase, nth)
    return Suspect(text=phrase, article=article.id, reason=reason, sentence=sentence_of(article, start), start=start, end=end)


def side(article: Article, phrase: str, value: str) -> ConflictSide:
    ref = claim(article, phrase)
    return ConflictSide(article=ref.article, sentence=ref.sentence, text=ref.text, value=value, start=ref.start, end=ref.end)


def mention(article: Article, phrase: str, nth: int = 0) -> Mention:
    start, end = at(article, phrase, nth)
    return Mention(article=article.id, sentence=sentence_of(article, start), text=phrase, start=start, end=end)


@pytest.fixture(scope="module")
def seed_report() -> Report:
    for name in SEED_FILES:
        shared_path("seeds", name)
    return build_seed_report()


def build_seed_report() -> Report:
    """The two seed articles, segmented for real, with hand-made findings pointing at them."""
    raw_a, raw_b = ((SEEDS / name).read_text(encoding="utf-8") for name in SEED_FILES)
    # Cleaning is another stage; here the promotion line is taken out by hand and recorded.
    lines_b = raw_b.split("\n")
    promo = next(i for i, line in enumerate(lines_b) if line.startswith("Receive the"))
    removed = Removed(text=lines_b[promo], reason="promotion", line=promo)
    text_b = "\n".join(lines_b[:promo] + lines_b[promo + 1 :])
    a = Article(id="a1", source="Outlet One", title="Blinken and Ashkenazi talk", text=raw_a, sentences=segment("a1", raw_a), url="https://one.example/story")
    b = Article(id="a2", source="Outlet Two", title="US urges equal treatment", text=text_b, sentences=segment("a2", text_b), removed=(removed,))
    shared_a = claim(a, "should enjoy equal freedom, security, prosperity, and democracy")
    shared_b = claim(b, "should enjoy equal access to freedom, security, prosperity and democracy")
    entities = (
        Entity(
            id="e1", name="Antony Blinken", type="PERSON",
            mentions=(mention(a, "Anthony Blinken"), mention(a, "Blinkin"), mention(b, "Anthony Blink")),
            suspect=(suspect(a, "Blinkin", "one letter from Blinken"), suspect(b, "Blink", "a prefix of Blinken")),
            variants=("Anthony Blinken", "Blinkin", "Anthony Blink", "Blink"),
        ),
        Entity(
            id="e2", name="Gabi Ashkenazi", type="PERSON",
            mentions=(mention(a, "Gabi Ashkenazi"), mention(b, "Gabby Ashkenazi")),
            suspect=(suspect(b, "Gabby Ashkenazi", "first name differs from Gabi"),),
            variants=("Gabi Ashkenazi", "Gabby Ashkenazi"),
        ),
    )
    return Report(
        articles=(a, b),
        skipped=(Skipped(source="https://three.example/paywalled", reason="fetch failed: HTTP 403"),),
        entities=entities,
        agreements=(Agreement(claims=(shared_a, shared_b), score=0.87),),
        unique=(claim(a, "Executive Order 13928"), claim(b, "Israel’s fourth in two years")),
        conflicts=(
            Conflict(
                kind="role",
                explanation="Ashkenazi's office differs.",
                sides=(side(a, "Israeli Foreign Minister Gabi Ashkenazi", "Foreign Minister"), side(b, "Secretary of State Gabby Ashkenazi", "Secretary of State")),
            ),
        ),
        framing=(
            cue(a, "Zionist counterpart", "loaded", "delegitimising label for Israel", neutral="Israeli counterpart"),
            # overlaps the cue before it: "Zionist" alone is a naming choice too
            cue(a, "his Zionist", "naming", "names the state by an ideology"),
            cue(a, "“unbreakable commitment”", "scare_quote", "quotation marks distance the outlet from the words"),
            cue(b, "right-wing", "loaded", "a political label"),
            cue(b, "Price said", "voice", "a US official is quoted"),
        ),
        digest=(
            DigestSentence(text="The US Secretary of State spoke with Israel's foreign minister.", citations=(shared_a.sentence, sentence_of(b, at(b, "In a telephone")[0]))),
            DigestSentence(text="Both outlets say he stressed equal freedom for Israelis and Palestinians.", citations=(shared_a.sentence, shared_b.sentence)),
        ),
        settings={"splitter": "pysbd", "embedder": "tfidf"},
    )


def hostile_report() -> Report:
    """Every text field a hostile article can reach carries markup."""
    text = f"Officials met {XSS} today. Then {IMG} said | pipes | here.\nSecond [link](javascript:alert(1)) line."
    a = Article(
        id="a1", source=f"Outlet {IMG}", title=f"Title {XSS}", text=text, sentences=segment("a1", text),
        url="javascript:alert(1)", removed=(Removed(text=f"promo {XSS}", reason=f"rule {IMG}"),),
    )
    b_text = "A calm sentence. Another calm one."
    b = Article(id="a2", source="Calm | Outlet", title="Calm", text=b_text, sentences=segment("a2", b_text), url='https://x.example/"onmouseover="alert(1)')
    s0 = a.sentences[0]
    start = a.text.index(XSS)
    return Report(
        articles=(a, b),
        skipped=(Skipped(source=f"file {XSS}", reason=f"bad {IMG}"),),
        entities=(
            Entity(id="e1", name=XSS, type="PERSON", variants=(IMG,), suspect=(Suspect(text=XSS, article="a1", reason=IMG, sentence=s0.id, start=start, end=start + len(XSS)),)),
        ),
        agreements=(Agreement(claims=(ClaimRef(article="a1", sentence=s0.id, text=XSS), ClaimRef(article="a2", sentence="a2.s0", text="A calm sentence.")), score=0.5),),
        unique=(ClaimRef(article="a2", sentence="a2.s1", text=IMG),),
        conflicts=(Conflict(kind="number", explanation=XSS, sides=(ConflictSide(article="a1", sentence=s0.id, text=XSS, value=IMG), ConflictSide(article="a2", sentence="a2.s0", text="calm", value="1"))),),
        framing=(FramingCue(article="a1", sentence=s0.id, text=XSS, kind="loaded", note=IMG, start=start, end=start + len(XSS), neutral=XSS),),
        digest=(DigestSentence(text=f"Digest {XSS}", citations=(s0.id,)),),
        settings={"note": XSS},
    )
