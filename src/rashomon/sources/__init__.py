"""Sources to Documents: text, HTML, URLs, JSON / JSONL / CSV records, RSS / Atom feeds, folders.

    iter_sources(sources)  -> Document | Skipped, one by one; bad input never raises
    read_sources(sources)  -> (documents, skipped)
    read_source(source)    -> documents; raises the precise InputError

The network sits behind :func:`rashomon.sources.url.fetch`, which takes an ``httpx.Client``.
"""

from __future__ import annotations

from .records import MalformedInput
from .reading import iter_sources, read_source, read_sources

__all__ = ["MalformedInput", "iter_sources", "read_source", "read_sources"]
