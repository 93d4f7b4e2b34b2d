"""Scores against gold files: claims, conflicts, framing, entities, boilerplate and the digest."""

from .scores import Gold, Scores, evaluate, load_gold, load_report, parse_gold

__all__ = ["Gold", "Scores", "evaluate", "load_gold", "load_report", "parse_gold"]
