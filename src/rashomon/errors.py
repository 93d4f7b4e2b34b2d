"""One exception tree for rashomon.

    RashomonError
    ├── InputError            an input cannot be used (carries ``source`` and ``reason``)
    │   ├── EmptyInput        nothing left to read
    │   ├── BinaryInput       not text
    │   ├── TooLarge          over the size limit
    │   ├── DecodeError       no encoding reads it
    │   ├── NoArticle         HTML with no article text in it
    │   ├── FetchError        a URL could not be fetched
    │   ├── MalformedInput    a JSON, JSONL, CSV or feed input, or one of its records, is malformed
    │   └── NotAnArticle      a file beside articles that is none (README, gold.json): skipped quietly
    ├── NotEnoughArticles     fewer than two usable articles to compare
    ├── UnknownBackend        a backend name not in the registry (lists the valid ones)
    ├── MissingExtra          an optional dependency is missing (message: the pip line)
    ├── EmbedderLoadError     an embedder is installed but its model cannot be loaded
    ├── LexiconError          the framing lexicon is malformed (carries the file and the entry)
    ├── StoreError            the store refused an operation
    ├── SchedulerError        the dask scheduler named by --scheduler cannot be reached
    ├── RequestError          a web request that cannot be served as it is (HTTP 400)
    │   └── RequestTooLarge   a web request over a body, article or upload cap (HTTP 413)
    ├── Busy                  the web server runs all the comparisons it allows at once (HTTP 503)
    ├── ComparisonTimeout     a web comparison ran past its deadline and was stopped (HTTP 503)
    └── GoldError             a gold file is malformed

Input errors are caught by the pipeline and become ``Skipped`` records in the report; the
others reach the caller. Every exception class rashomon defines is in this module (a test walks
the package to check); the modules that raise them also export them under their old names
(``rashomon.sources.records.MalformedInput``, ``rashomon.comparison.framing.LexiconError``,
``rashomon.backends.embedders.EmbedderLoadError``).
"""

from __future__ import annotations

from collections.abc import Iterable


class RashomonError(Exception):
    """Base of every error rashomon raises on purpose."""


class InputError(RashomonError):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class TooLarge(InputError):
    pass


class DecodeError(InputError):
    pass


class NoArticle(InputError):
    pass


class FetchError(InputError):
    pass


class MalformedInput(InputError):
    """A structured input (JSON, JSONL, CSV, feed) or one of its records is malformed."""


class NotAnArticle(InputError):
    """A file that belongs beside articles but is none (a README, a rashomon gold file): skipped
    quietly, its reason recorded."""


class NotEnoughArticles(RashomonError):
    def __init__(self, usable: int, skipped: Iterable[object] = ()) -> None:
        self.usable = usable
        self.skipped = list(skipped)
        lines = [f"need at least two usable articles to compare, got {usable}"]
        lines += [f"  skipped {getattr(s, 'source', s)}: {getattr(s, 'reason', '')}" for s in self.skipped]
        super().__init__("\n".join(lines))


class UnknownBackend(RashomonError):
    def __init__(self, kind: str, name: str, valid: Iterable[str]) -> None:
        self.kind = kind
        self.name = name
        self.valid = sorted(valid)
        super().__init__(f"unknown {kind} {name!r}; valid: {', '.join(self.valid)}")


class SchedulerError(RashomonError):
    """The dask scheduler named by ``--scheduler`` cannot be reached (nothing was written)."""


class MissingExtra(RashomonError):
    """An optional dependency is missing; the message is the exact line that installs it."""

    def __init__(self, extra: str, module: str, feature: str = "") -> None:
        self.extra = extra
        self.module = module
        what = feature or "this feature"
        super().__init__(f"{what} needs the module {module!r}: pip install 'rashomon[{extra}]'")


class EmbedderLoadError(RashomonError):
    """A model-backed embedder is installed but its model cannot be loaded (path, name, file)."""

    def __init__(self, backend: str, model: str, reason: str) -> None:
        super().__init__(f"embedder {backend!r} cannot load {model!r}: {reason}")
        self.backend = backend
        self.model = model
        self.reason = reason


class LexiconError(RashomonError):
    """The framing lexicon is malformed (carries the file and the entry)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(RashomonError):
    pass


class RequestError(RashomonError):
    """A web request that cannot be served as it is (answered with 400)."""


class RequestTooLarge(RequestError):
    """A web request over a cap: its body, the number of articles, or one article (413)."""


class Busy(RashomonError):
    """The web server is running as many comparisons as it allows at once, and none finished
    while this request waited (answered with 503 and ``Retry-After``)."""

    def __init__(self, running: int, waited: float) -> None:
        self.running, self.waited = running, waited
        super().__init__(f"the server is running {running} comparison{'s' if running != 1 else ''} at once, its limit, "
                         f"and none finished in {waited:g} s: try again shortly")


class ComparisonTimeout(RashomonError):
    """A comparison ran past the server's deadline and was stopped (HTTP 503)."""

    def __init__(self, deadline: float) -> None:
        super().__init__(f"the comparison took longer than {deadline:g} s and was stopped; try fewer or shorter articles")
        self.deadline = deadline


class GoldError(RashomonError):
    pass
