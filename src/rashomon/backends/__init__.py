"""Backends behind small protocols, chosen by name.

- splitters: text -> sentence spans (``pysbd`` by default, ``syntok`` when installed)
- embedders: texts -> unit vectors (``tfidf`` always; ``minilm`` and ``static`` with the
  ``semantic`` extra; ``auto`` picks the best one installed)
"""

from .embedders import EMBEDDERS, Embedder, get_embedder
from .splitters import SPLITTERS, Splitter, get_splitter

__all__ = ["EMBEDDERS", "Embedder", "get_embedder", "SPLITTERS", "Splitter", "get_splitter"]
