"""Framing: how each outlet words the event.

:func:`find_framing` reads segmented articles and returns :class:`~rashomon.model.FramingCue`
records, each pointing at ``article.text[start:end]``. The cues come from six steps:

1. **Lexicon** (``data/framing_lexicon.json``): loaded terms, labels, euphemisms, naming
   choices and hedges, each with the public style guidance it rests on and a neutral wording
   where one exists.
   Idioms and figurative expressions (``idioms``: "behind bars", "pick up the pieces") from an
   openly licensed table (MAGPIE, Wiktionary), matched with inflection, kept by a fitted rule.
   Loaded sentence shapes (``asides``): a headline's shouted label ("BUSTED!") and a verbless
   aside in the outlet's own voice ("Yeah, right.").
   In a story, an evaluative adjective on a noun (``modifiers``: "wild accusations") that the
   loaded-word model scores near its threshold, a sentiment lexicon rates, and no other outlet writes;
   a vivid verb of physical action (``vivid``: "raked", "swooped") near the threshold that no other
   outlet writes in any form (in one article alone, scored above a higher bar).
   Optionally (``contextual``, the ``semantic`` extra): words a logistic head over all-MiniLM-L6-v2's
   contextual word vectors is surest are loaded, where no other cue lies (``contextual``).
2. **Naming**: a capital standing for its government ("Tel Aviv's relations"), also a place
   the story itself shows as a seat of government (a dateline, "the capital X"); an epithet
   put before a name ("the right-wing Netanyahu"); a title of deference for a ruler's name
   ("His Highness the Emir"); a label for a referent (``labels``: a company called a "giant", a
   noun WordNet marks as disparaging); compared across outlets (``referents``): modifiers one outlet puts
   on a person, group or organisation (a fitted model: valence, register, coinage, unshared),
   "our" before a person or group, a vague noun for the event no other outlet uses ("maritime
   incident"), a noun for a body of people beside a name other outlets write too (``attached``: "the
   Kostal clique", "Brandt's cronies"), a label in a person's title slot where other outlets title the
   person by post (``retitled``: "loyalist X" / "commission chair X"). The note says what the other
   articles call it where they name it.
3. **Scare quotes**: a word or short phrase (at most three words) in quotation marks with no
   speaker in the sentence, or a single loaded word in quotation marks.
4. **Hedges** come from the lexicon (kind ``hedge``), less those that cast no doubt where they
   stand (``loaded``): sources named by the body they speak for ("Ministry sources said"),
   "alleged" on a charge under inquiry, a first-person "we claimed". "Officials said" is how
   wire copy attributes, not a hedge.
5. **Voices**: whose words each article reports ("State Department spokeswoman Ned Price
   said"), one cue per speaker per article.
6. **Tone**: per article, toward the entities several articles mention, from a small cited
   sentiment word list (or VADER, ``tone="vader"``); only clearly non-neutral tone is reported.

Cue kinds are the model's: ``loaded | naming | scare_quote | hedge | voice | tone``. The
lexicon's finer kind (``labels``, ``euphemism``, ``dysphemism``, ``partisan``) is kept at the
start of the note ("[euphemism] ...").

Quoted words are the speaker's, not the outlet's: a lexicon term inside quotation marks is not
reported as the outlet's wording (Reuters: "Terrorism and terrorist must be retained when
quoting someone in direct speech"; Wikipedia's Words to watch "does not apply to quotations").
So "the regime change debate" inside an attributed quote yields only the speaker's voice;
"regime change" is, besides, a fixed term the lexicon leaves alone everywhere.

:func:`neutralize` rewrites a sentence with the neutral wordings (for the digest), leaving
quoted text untouched.
"""

from __future__ import annotations

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence

from ...errors import LexiconError
from ...model import Agreement, Article, Entity, FramingCue
from .asides import shouted_label_hits, verbless_aside_hits
from .attached import attached_label_hits
from .commentary import commentary_hits
from .contextual import Pieces, context_head, contextual_cues, encode_articles
from .hits import _check_article, _Hit, _resolve, _to_cues
from .idioms import idiom_hits, story_idioms
from .labels import disparaging_hits, power_label_hits
from .lexicon import LEXICON_KINDS, Lexicon, LexiconEntry, load_lexicon
from .loaded import _lexicon_hits, _statistical_hits, word_scores
from .loaded_words import vocabulary, word_model
from .graded import graded_amount_hits
from .boosted import boosted_adjective_hits
from .epithets import coined_epithet_hits
from .modifiers import evaluative_modifier_hits
from .vivid import vivid_verb_hits
from .naming import _entity_modifier_hits, _naming_hits, story_capitals
from .neutral import neutralize
from .posts import drop_plain_posts
from .quotes import _quote_spans, _scare_quote_hits, quoted_labels
from .referents import in_group_hits, naming_choice_hits, vague_event_hits
from .tone import TONE_BACKENDS, _tone_cues, group_tone_cues
from .voices import _voice_cues
from .renamed import renamed_people_hits
from .retitled import retitled_hits
from .wording import pair_sentences, word_choice_hits

__all__ = ["find_framing", "neutralize", "load_lexicon", "Lexicon", "LexiconEntry", "LexiconError", "TONE_BACKENDS", "CUE_KINDS", "LEXICON_KINDS", "SENSITIVITIES"]

log = logging.getLogger(__name__)

CUE_KINDS = ("loaded", "naming", "scare_quote", "hedge", "voice", "tone")
SENSITIVITIES = ("precise", "broad")


def find_framing(
    articles: Sequence[Article],
    entities: Sequence[Entity] = (),
    *,
    lexicon: Lexicon | None = None,
    tone: str = "lexicon",
    alignment: Iterable[Agreement] | None = None,
    sensitivity: str = "precise",
    contextual: bool = False,
    context_pieces: Mapping[str, Pieces] | None = None,
) -> tuple[FramingCue, ...]:
    """Framing cues for each article: loaded terms, naming, scare quotes, hedges, voices, tone.

    ``entities`` (from the entity stage) sharpen naming, voices and tone; without them,
    capitalised names shared by two or more articles stand in. ``tone`` is ``"lexicon"`` (a
    small word list with VADER's valences, no dependency) or ``"vader"`` (the full VADER
    model; needs the ``vaderSentiment`` package). ``alignment`` (the comparison's agreements)
    pairs the sentences whose word choice is compared; without it sentences are paired by
    their content words. ``sensitivity`` (one article at a time only): ``"precise"``, the
    loaded-word model's operating point for precision, or ``"broad"``, the point of best word F1
    on the development stories (more loaded words found, most of the added ones false).
    ``contextual`` (needs the ``semantic`` extra): add the contextual word head's loaded words
    (``contextual``) where no other cue lies on the words; one article alone, the single-article head.
    The transformer reads the sentences of all ``articles`` in one batched pass; ``context_pieces``
    (:func:`rashomon.comparison.framing.contextual.encode_articles`): sentences a caller already had it read.
    """
    if tone not in TONE_BACKENDS:
        raise ValueError(f"unknown tone backend {tone!r}; valid: {', '.join(TONE_BACKENDS)}")
    if sensitivity not in SENSITIVITIES:
        raise ValueError(f"unknown framing sensitivity {sensitivity!r}; valid: {', '.join(SENSITIVITIES)}")
    broad = sensitivity == "broad" and len(articles) == 1
    lexicon = lexicon or load_lexicon()
    for article in articles:
        _check_article(article)
    cues: list[FramingCue] = []
    vocab = {a.id: vocabulary(a.text) for a in articles}
    pairs = pair_sentences(articles, alignment) if len(articles) > 1 else {}
    capitals = story_capitals(articles, lexicon)
    phrases = story_idioms(articles)
    quoted = {a.id: quoted_labels(a) for a in articles}
    if contextual and context_pieces is None and len(articles) > 1:  # one batched pass over every article's sentences
        context_pieces = encode_articles(articles, context_head().layers)

    def vocabulary_elsewhere(article: Article) -> set[str]:
        return set().union(*(v for k, v in vocab.items() if k != article.id))

    for article in articles:
        quotes = _quote_spans(article.text)
        elsewhere = vocabulary_elsewhere(article) if len(articles) > 1 else None  # None: one article alone
        hits: list[_Hit] = []
        # 1. lexicon terms (and 4. hedges), outside quotations
        hits += _lexicon_hits(article, articles, lexicon, quotes, elsewhere)
        # 2. naming: capitals for governments, epithets before names, modifiers on entities
        hits += _naming_hits(article, articles, lexicon, quotes, capitals)
        hits += _entity_modifier_hits(article, articles, entities, lexicon)
        hits += in_group_hits(article, quotes)
        # labels for a referent from WordNet: a being of size or power ("mining giant"), a slur
        hits += power_label_hits(article, articles, entities, quotes, elsewhere) + disparaging_hits(article, quotes)
        # 2b. naming compared across outlets: marked modifiers on a referent the others name
        # plainly (where a lexicon or naming rule already covers the words, that rule's cue stands)
        if len(articles) > 1:
            hits += [h for h in naming_choice_hits(article, articles, entities, lexicon, quotes, elsewhere)
                     if not any(o.start < h.end and h.start < o.end for o in hits)]
            hits += vague_event_hits(article, quotes, elsewhere)
        # 1a. loaded sentence shapes: a headline's shouted label, the outlet's verbless aside
        hits += shouted_label_hits(article, quotes) + verbless_aside_hits(article, quotes)
        # 1b. loaded words by valence, intensity and register; charged words no other outlet wrote
        scores = word_scores(article, quotes, elsewhere, lexicon)
        hits += _statistical_hits(article, quotes, elsewhere, lexicon=lexicon, scores=scores,
                                  threshold=word_model()["single"]["broad_threshold"] if broad else None)
        # 1d. idioms and figurative expressions the fitted rule finds loaded, where no lexicon,
        # naming or sentence-shape rule already covers the words (over a loaded word, the idiom stands)
        hits += [h for h in idiom_hits(article, quotes, scores, phrases)
                 if not any(o.rank < 900 and o.start < h.end and h.start < o.end for o in hits)]
        # 1e. in a story, an evaluative adjective on a noun ("wild accusations") no other outlet writes
        # (under a lower bar in a sentence the alignment pairs with another outlet's, in the outlet's own voice),
        # a vivid verb of physical action ("raked in") no other outlet writes (alone: above a higher
        # bar), and (story or not) an evaluative
        # adjective grading an amount ("a miserly two weeks") or turned up by a booster ("utterly
        # unworkable"), where no other rule already covers the words
        hits += [h for h in evaluative_modifier_hits(article, scores, elsewhere, pairs) + vivid_verb_hits(article, scores, elsewhere)
                 + graded_amount_hits(article, scores)
                 if not any(o.start < h.end and h.start < o.end for o in hits)]
        # a charged adjective before a person's name ("the hardline leader Karl Brandt"), where no
        # lexicon epithet or other rule covers the words
        hits += [h for h in coined_epithet_hits(article, quotes, scores)
                 if not any(o.start < h.end and h.start < o.end for o in hits)]
        # a booster pair ("utterly unworkable") takes in a loaded-word cue on its adjective
        for h in boosted_adjective_hits(article, quotes):
            inner = [o for o in hits if o.kind == "loaded" and h.start <= o.start and o.end <= h.end]
            if any(o.start < h.end and h.start < o.end for o in hits if o not in inner):
                continue
            hits = [o for o in hits if o not in inner] + [h]
        # 1c. word choice: in sentences other outlets share, the words only this one chose
        if pairs and elsewhere is not None:
            hits += word_choice_hits(article, quotes, pairs, elsewhere, lexicon, scores)
        # 1g. a noun for people only this outlet writes, after a modifier another outlet puts
        # before another name ("armed criminals" / "armed gangs"), where no other rule covers it
        if elsewhere is not None:
            hits += [h for h in renamed_people_hits(article, articles, scores, word_model()["story"], elsewhere)
                     if not any(o.start < h.end and h.start < o.end for o in hits)]
            # 1h. a label noun for people or a body beside a name other outlets write too ("Kessgaz
            # boss Emil Sandor", "the Kostal clique"), where no other rule covers it
            hits += [h for h in attached_label_hits(article, articles, entities, quotes, elsewhere)
                     if not any(o.start < h.end and h.start < o.end for o in hits)]
            # 1i. a label in a person's title slot where other outlets give a post ("Harbour boss Ada
            # Rennick" / "Harbour director Ada Rennick"), where no other rule covers it
            hits += [h for h in retitled_hits(article, articles, entities, quotes, elsewhere)
                     if not any(o.start < h.end and h.start < o.end for o in hits)]
        # 3. scare quotes
        hits += _scare_quote_hits(article, lexicon, quotes, set().union(*(q for k, q in quoted.items() if k != article.id)))
        # a plain post ("Burgomaster Vandermeer") is attribution: no loaded-word cue on it
        cues += _to_cues(article, _resolve(drop_plain_posts(article.text, hits)))
        # 1f. the outlet's own comment, a whole clause ("Who will answer for it?", "did not even
        # wait"): resolved apart, so the loaded words inside the clause keep their own cues
        cues += _to_cues(article, _resolve(commentary_hits(article, quotes)))
        # 5. voices
        voices, taken = _voice_cues(article, entities, cues)
        cues = [c for c in cues if c not in taken] + voices
        # 1j. (optional) words the contextual head reads as loaded, where no cue of the article lies
        if contextual:
            cues += contextual_cues(article, quotes, elsewhere, [c for c in cues if c.article == article.id], encoded=context_pieces)
    # 6. tone, which needs every article at once to pick the shared entities
    cues += _tone_cues(articles, entities, lexicon, tone)
    cues += group_tone_cues(articles, cues)
    log.debug("framing: %d cues over %d articles", len(cues), len(articles))
    return tuple(sorted(cues, key=lambda c: (c.article, c.start, c.end, c.kind)))

