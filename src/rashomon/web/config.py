"""The web app's options: the caps on what a request may carry, and the story list's page size.

Kept apart from :class:`rashomon.settings.Settings` (the comparison's options), which the app
passes through to :func:`rashomon.comparison.pipeline` unchanged.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Any

from ..settings import DEFAULT_MAX_BYTES

DEFAULT_MAX_ARTICLES = 20
DEFAULT_MAX_BODY_BYTES = 20_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class WebLimits:
    """Caps on one request. Each article (pasted text, uploaded file or fetched URL) is also
    capped by ``Settings.max_bytes`` (5 MB by default)."""

    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # the whole request body -> 413 past it
    max_articles: int = DEFAULT_MAX_ARTICLES  # texts + files + URLs in one comparison -> 413 past it
    max_article_bytes: int = DEFAULT_MAX_BYTES  # one pasted text or one uploaded file -> 413 past it
    max_query_chars: int = 200  # a search query longer than this is cut
    # a pasted article's title and outlet (the form's fields hold no more; the API is refused
    # past them): a longer "title" is most often the text pasted in the wrong field, and it
    # would become the page's heading and lead the text read
    max_title_chars: int = 500
    max_source_chars: int = 200
    page_size: int = 50  # stories per page of the list (/ and /api/stories) unless limit says
    max_page_size: int = 500  # the largest limit a request may ask for
    # Comparisons are CPU-bound: more of them at once than there are cores only makes each one
    # slower. Beyond this many, a request waits up to compare_wait seconds for one to finish,
    # then gets 503 with Retry-After. 0: one per CPU core.
    max_running_compares: int = 0
    compare_wait: float = 30.0
    # A comparison runs in a worker process (so that a slow one cannot hold the server) and is
    # stopped after compare_deadline seconds: 503. compare_in="thread" runs it in the server's
    # own threads instead (no deadline; for embedding the app where processes cannot start).
    compare_deadline: float = 60.0
    compare_in: str = "process"
    # The worker processes run this much lower in CPU priority than the server (nice), so that
    # reads stay quick while comparisons run; 0 runs them at the server's priority. The workers
    # are shared by every app of the process: the last app created sets it for new workers.
    worker_nice: int = 5
    # A comparison with an article over heavy_chars characters (real articles stay far below; a
    # pathological one costs seconds of CPU per 100 KB) runs in a lane of its own: at most
    # heavy_running at once, a request waiting heavy_wait seconds at most for a free one (then
    # 503), in workers at heavy_nice. It never takes the slot of an ordinary comparison, and it
    # gives way to them and to the server's reads.
    heavy_chars: int = 50_000
    heavy_running: int = 1
    heavy_wait: float = 5.0
    heavy_nice: int = 12
    # An ordinary comparison that has used heavy_after_cpu seconds of CPU (a small one takes a
    # few tenths) drops to heavy_nice for the rest of its run.
    heavy_after_cpu: float = 3.0

    def __post_init__(self) -> None:
        if self.compare_in not in ("process", "thread"):
            raise ValueError(f"compare_in must be 'process' or 'thread', got {self.compare_in!r}")
        if self.heavy_chars <= 0 or self.heavy_running < 1 or self.heavy_wait < 0 or self.heavy_after_cpu < 0:
            raise ValueError("heavy_chars and heavy_running must be positive, heavy_wait and heavy_after_cpu not negative")
        if self.compare_deadline <= 0:
            raise ValueError(f"compare_deadline must be positive, got {self.compare_deadline}")

    def running_compares(self) -> int:
        return self.max_running_compares or os.cpu_count() or 1

    def replace(self, **changes: Any) -> WebLimits:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
