"""Options, kept apart from results (like trafilatura's ``Extractor`` vs ``Document``)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    max_bytes: int = DEFAULT_MAX_BYTES  # inputs larger than this are skipped
    timeout: float = 15.0  # seconds, for fetching a URL
    splitter: str = "pysbd"  # sentence splitter backend
    embedder: str = "auto"  # auto | tfidf | minilm | static
    tagger: str = "rules"  # entity tagger backend: rules | spacy:<model name>
    agreement_threshold: float | None = None  # None: the embedder's own calibrated default
    # framing's contextual word head (needs the semantic extra): None follows the embedder asked for (on with "minilm")
    contextual_cues: bool | None = None

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
