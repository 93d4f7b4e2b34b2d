"""Acts told as done at someone's word: "The hearing was postponed at the request of the defence",
"The files were destroyed on orders from the director", "The raid was carried out under the
command of a navy officer". The phrase names who stood behind the act, read as a frame of
:mod:`.frames` on the thing of the verb before it (the subject of a passive, else its object):

- an order ("on orders from / on the orders of / on the instructions of X"): the act is the
  decider's own act, as "X ordered the files destroyed" (:mod:`.frames`), unless the verb has its
  own agent ("destroyed by clerks on orders from X": the clerks' act);
- a request ("at the request / behest of X"): X asked for the act, told as "request" and the act;
- a command ("under the command / direction / leadership of X"): X led it ("lead", as "led by X").
"""

from __future__ import annotations

from functools import lru_cache

from .acts import Act
from .frame_words import _ADVERBS, _AUXILIARIES, _PASSIVE_AUX, _PUNCTUATION, _TOKEN, _head, _is_past, _may_act, _skip_back, _subject_start, _thing
from .frames import _act, _agent_end, _agent_frame, _object

# (words of the phrase after "at" / "on" / "under", what the act becomes)
_PHRASES = {
    ("at", "the", "request", "of"): "request",
    ("at", "the", "behest", "of"): "request",
    ("on", "orders", "from"): "order",
    ("on", "the", "orders", "of"): "order",
    ("on", "the", "order", "of"): "order",
    ("on", "the", "instructions", "of"): "order",
    ("on", "instructions", "from"): "order",
    ("under", "the", "command", "of"): "lead",
    ("under", "the", "direction", "of"): "lead",
    ("under", "the", "leadership", "of"): "lead",
}
_MAX_GAP = 8  # words between the verb and the phrase


@lru_cache(maxsize=16384)
def read_prompted(text: str, offset: int = 0) -> tuple[Act, ...]:
    """The acts ``text`` tells as done at someone's word, offsets shifted by ``offset``."""
    found = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    tokens = [t for t, _, _ in found]
    lower = [t.lower() for t in tokens]
    out: list[Act] = []
    for p in range(1, len(tokens)):
        kind, size = next(((v, len(w)) for w, v in _PHRASES.items() if tuple(lower[p : p + len(w)]) == w), ("", 0))
        if not kind:
            continue
        verb = next((k for k in range(p - 1, max(-1, p - _MAX_GAP - 1), -1) if _is_past(tokens[k]) or tokens[k] in _PUNCTUATION), None)
        if verb is None or not _is_past(tokens[verb]):
            continue
        if "by" in lower[verb + 1 : p] and kind == "order":
            continue  # the verb's own agent did it, at the order
        aux = _skip_back(tokens, verb, _AUXILIARIES | _ADVERBS)
        if aux >= 0 and lower[aux] in _PASSIVE_AUX:
            before = _skip_back(tokens, aux + 1, _PASSIVE_AUX | _AUXILIARIES | _ADVERBS)
            start = _subject_start(tokens, before) if before >= 0 else None
            head = _head(tokens, start, before) if start is not None else None
            thing = _thing(tokens[head]) if head is not None else ""
        else:
            start, thing = verb, _object(tokens, verb)
        of = p + size - 1
        end = _agent_end(tokens, of)
        agent = _head(tokens, of + 1, end - 1)
        if not thing or start is None or agent is None or not _may_act(tokens, agent):
            continue
        frame = _agent_frame(tokens, found, verb, of, end, thing, start, offset)
        act = {"order": _act(tokens, verb), "request": "request " + _act(tokens, verb), "lead": "lead"}[kind]
        out.append(Act(
            act=act, verb=tokens[verb], doer=frame.doer, doer_start=frame.doer_start, doer_end=frame.doer_end,
            thing=thing, start=frame.start, end=frame.end, general=True,
        ))
    return tuple(out)
