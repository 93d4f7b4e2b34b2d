"""What a sum of money is of: "the recount cost the city 180,000 marks" tells a cost, "legal fees are
estimated at 40,000 marks" tells fees. Two sums named as different things are two quantities, whatever
their currency; a sum that names no such thing ("demanded 3 million dollars") stays comparable."""

from __future__ import annotations

import re

from ..claims import Claim, Value
from .common import STOP, word_class
from .figures import DURATION, WOUNDS

__all__ = ["magnitude_slipped", "sum_of", "sums_apart", "sums_of_two_compounds"]

# nouns (and the verb "cost") that say what a sum pays or counts, each group one thing (a project's cost is the
# investment in it: "expected to cost 28 billion" / "total investment of 30 billion")
_GROUPS = {
    "cost": "cost costs costing bill bills expense expenses expenditure spending outlay investment investments",
    "fee": "fee fees",
    "fine": "fine fines penalty penalties",
    "budget": "budget budgets",
    "ransom": "ransom",
    "wage": "salary salaries wage wages",
    "damages": "damages compensation settlement",
    "bail": "bail",
    "prize": "prize prizes reward rewards award bonus bonuses",
    "grant": "grant grants subsidy subsidies funding",
    "loan": "loan loans debt debts",
    "revenue": "revenue revenues turnover",
    "profit": "profit profits",
    "loss": "loss losses",
    "tax": "tax taxes",
    "donation": "donation donations",
    "rent": "rent rents",
    "bribe": "bribe bribes",
}
_PURPOSE = {word: head for head, words in _GROUPS.items() for word in words.split()}
_WORDS = re.compile(r"[a-z]+", re.IGNORECASE)
_BREAK = re.compile(r"[;:()\[\]—–]|\b(?:and|but|while|whereas|which|who)\b")  # the figure's own clause
# words looked at before the figure (a subject with its phrase: "legal fees for the appeal are put at 40,000")
# and after it ("3 million dollars in fines")
_BEFORE, _AFTER = 12, 4
_CURRENCY = re.compile(r"[A-Z]{3}")
_NOT_MONEY = frozenset({"", "people", DURATION, WOUNDS})


def sum_of(claim: Claim, v: Value) -> str:
    """The thing a figure's sum is named as ("cost", "fee", "fine", ...), nearest first; "" when none."""
    start, end = v.start - claim.start, v.end - claim.start
    before = _BREAK.split(claim.text[:start])[-1]
    after = _BREAK.split(claim.text[end:])[0]
    words = [w.lower() for w in _WORDS.findall(before)][-_BEFORE:][::-1]
    later = [w.lower() for w in _WORDS.findall(after)][:_AFTER]
    for k in range(max(len(words), len(later))):
        for pool in (later, words):
            if k < len(pool) and pool[k] in _PURPOSE:
                return _PURPOSE[pool[k]]
    return ""


def _money(v: Value, kind: str) -> bool:
    """A sum of money: a currency we know, or a counted noun that is no person, span or wound ("180,000 marks",
    a currency the reader does not know)."""
    return bool(_CURRENCY.fullmatch(v.unit or "")) or (not v.unit and bool(v.counted) and kind not in _NOT_MONEY)


def sums_apart(a: Claim, va: Value, ka: str, b: Claim, vb: Value, kb: str) -> bool:
    """Two sums of money each named as a different thing: a cost and fees, a fine and a budget."""
    if not (_money(va, ka) and _money(vb, kb)):
        return False
    sa, sb = sum_of(a, va), sum_of(b, vb)
    return bool(sa and sb) and sa != sb


_MANTISSA = re.compile(r"[$€£¥]?(\d[\d.,]*)\s*(bn|m|mn|k|tn|million|billion|thousand|trillion)$", re.IGNORECASE)


def magnitude_slipped(va: Value, vb: Value) -> bool:
    """One sum of money told with the same figure and another magnitude ("£1.2bn" / "£1.2m"): a
    slip of the magnitude word, one quantity, not two sums of unlike size."""
    if not (va.unit and va.unit == vb.unit and _CURRENCY_CODE.fullmatch(va.unit)):
        return False
    ma, mb = _MANTISSA.search(va.text.strip()), _MANTISSA.search(vb.text.strip())
    return bool(ma and mb and ma.group(1) == mb.group(1) and ma.group(2).lower() != mb.group(2).lower())


_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
# The noun after a sum's first noun: the head of a compound ("a $6.5bn chip plant"), not a verb
_NEXT_NOUN = re.compile(r"\s+([a-z][a-z-]+)\b")


def sums_of_two_compounds(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two sums of money whose first noun heads nothing but modifies another noun, a different
    one in each: "a $6.5bn chip plant" / "a $2bn chip giveaway" value a plant and a handout, and
    the shared "chip" names neither."""
    heads = []
    for claim, v in ((a, va), (b, vb)):
        if not (v.unit and _CURRENCY_CODE.fullmatch(v.unit) and v.counted):
            return False
        at = claim.text.find(v.counted, v.end - claim.start)
        m = _NEXT_NOUN.match(claim.text, at + len(v.counted)) if at >= 0 else None
        if m is None or m.group(1) in STOP or m.group(1).endswith(("ed", "ing")):
            return False
        heads.append(word_class(m.group(1)))
    return heads[0] != heads[1]
