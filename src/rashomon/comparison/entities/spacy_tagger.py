"""The spaCy tagger (``spacy:<model>``, the ``spacy`` extra and an installed model): spaCy's named
entities, with the rules tagger's title reading."""

from __future__ import annotations

from ...errors import MissingExtra
from ...model import Article, Mention
from .lexicon import lexicon
from .rules_tagger import _sentences, _title_before
from .tagged import ORG, PERSON, PLACE, TaggedMention
from .tokens import _tokens


_SPACY_TYPES = {"PERSON": PERSON, "ORG": ORG, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "NORP": PLACE}


class SpacyTagger:
    """spaCy's named entities (``spacy:<model>``), with the rules tagger's title reading."""

    def __init__(self, model: str = "en_core_web_sm") -> None:
        try:
            import spacy
        except ImportError as exc:
            raise MissingExtra("spacy", "spacy", "the spacy tagger") from exc
        try:
            self._nlp = spacy.load(model, disable=["lemmatizer"])
        except OSError as exc:
            raise MissingExtra("spacy", model, f"the spacy tagger (install the model: python -m spacy download {model})") from exc
        self.name = f"spacy:{model}"
        self.lex = lexicon()

    def tag(self, article: Article) -> list[TaggedMention]:
        text = article.text
        sentences = _sentences(article)
        doc = self._nlp(text)
        out: list[TaggedMention] = []
        for ent in doc.ents:
            kind = _SPACY_TYPES.get(ent.label_)
            if kind is None:
                continue
            start, end = ent.start_char, ent.end_char
            surface = text[start:end]
            if surface.endswith(("'s", "’s")):
                surface, end = surface[:-2], end - 2
            if surface.startswith("the "):
                surface, start = surface[4:], start + 4
            sentence = next((s for s in sentences if s.start <= start < s.end), None)
            if sentence is None or not surface:
                continue
            tokens = _tokens(text, sentence.start, sentence.end, self.lex)
            at = next((n for n, t in enumerate(tokens) if t.start == start), None)
            title, nationality = ("", "")
            if at is not None and kind == PERSON:
                title, nationality = _title_before(text, tokens, at, self.lex) or ("", "")
            place = self.lex.place_code(surface)
            demonym = self.lex.demonym_code(surface)
            mention = Mention(article=article.id, sentence=sentence.id, text=surface, start=start, end=end, title=title)
            out.append(TaggedMention(mention=mention, type=kind, nationality=nationality, place=place or demonym or "",
                                     demonym=ent.label_ == "NORP"))
        return out
