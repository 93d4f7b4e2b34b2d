"""Scores against gold files: claims, conflicts, framing, entities, boilerplate and the digest.

``gold`` reads the gold format (v1 and v2), ``matching`` puts findings beside gold texts,
``rules`` and ``digest`` hold the scoring rules, ``scores`` the :class:`Scores` record and
:func:`evaluate` (its docstring states every rule).
"""

from .gold import Gold, load_gold, parse_gold
from .scores import Scores, Tally, evaluate
from .matching import load_report

__all__ = ["Gold", "Scores", "Tally", "evaluate", "load_gold", "load_report", "parse_gold"]
