"""rashomon: one story, many tellings.

    >>> import rashomon
    >>> report = rashomon.compare(["a.txt", "b.html", "https://example.org/story"])
    >>> print(rashomon.render(report, "md"))

The public surface is ``__all__`` (checked by a test).
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# The functions are bound after their modules load, so ``rashomon.compare`` is the function
# even though a module of the same name exists.
from .compare import compare  # noqa: E402
from .errors import InputError, MissingExtra, NotEnoughArticles, RashomonError, UnknownBackend  # noqa: E402
from .evaluate import evaluate  # noqa: E402
from .model import SCHEMA, Article, Document, Report  # noqa: E402
from .render import render  # noqa: E402
from .settings import Settings  # noqa: E402

__all__ = [
    "__version__",
    "compare",
    "evaluate",
    "render",
    "Settings",
    "Report",
    "Article",
    "Document",
    "SCHEMA",
    "RashomonError",
    "InputError",
    "NotEnoughArticles",
    "MissingExtra",
    "UnknownBackend",
]
