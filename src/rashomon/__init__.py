"""rashomon: one story, many tellings.

    >>> import rashomon
    >>> report = rashomon.compare(["a.txt", "b.html", "https://example.org/story"])
    >>> print(rashomon.render(report, "md"))

One story is compared by :func:`compare`; many articles are stored with :func:`ingest` into a
:class:`Store` and grouped into stories (:func:`cluster_records` does the grouping alone).
The public surface is ``__all__`` (checked by a test). No submodule shares a name with a
function exported here, so importing a submodule never shadows one.
"""

from __future__ import annotations

import logging
from typing import Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from .young_objects import collector_paused as _collector_paused  # noqa: E402

with _collector_paused():  # the modules' objects live as long as the process: no garbage to look for
    from .comparison.pipeline import compare  # noqa: E402
from .errors import (  # noqa: E402
    GoldError,
    InputError,
    MissingExtra,
    NotEnoughArticles,
    RashomonError,
    StoreError,
    UnknownBackend,
)
from .model import (  # noqa: E402
    SCHEMA,
    Agreement,
    Article,
    Claim,
    Conflict,
    DigestSentence,
    Document,
    Entity,
    FramingCue,
    Report,
    Skipped,
)
from .renderers import render  # noqa: E402
from .settings import Settings  # noqa: E402

# The many-article side loads on first use: a comparison should not pay for SQLAlchemy; nor
# for the scoring against gold files or the one-article inspection.
_LAZY = {
    "evaluate": ("rashomon.evaluation.scores", "evaluate"),
    "inspect": ("rashomon.comparison.single", "inspect_articles"),
    "Inspection": ("rashomon.comparison.single", "Inspection"),
    "Store": ("rashomon.store", "Store"),
    "ingest": ("rashomon.stories.ingestion", "ingest"),
    "IngestResult": ("rashomon.stories.ingestion", "IngestResult"),
    "cluster_records": ("rashomon.stories.cluster", "cluster_records"),
    "ClusterRecord": ("rashomon.stories.cluster", "ClusterRecord"),
    "Assignment": ("rashomon.stories.cluster", "Assignment"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(module), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'rashomon' has no attribute {name!r}")


__all__ = [
    "__version__",
    # one story
    "compare",
    "inspect",
    "Inspection",
    "render",
    "evaluate",
    "Settings",
    # many articles
    "ingest",
    "IngestResult",
    "cluster_records",
    "ClusterRecord",
    "Assignment",
    "Store",
    # the data model
    "SCHEMA",
    "Report",
    "Article",
    "Document",
    "Skipped",
    "Entity",
    "Claim",
    "Agreement",
    "Conflict",
    "FramingCue",
    "DigestSentence",
    # errors
    "RashomonError",
    "InputError",
    "NotEnoughArticles",
    "MissingExtra",
    "UnknownBackend",
    "StoreError",
    "GoldError",
]
