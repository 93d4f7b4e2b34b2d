"""The compare form's results: kept a while for their downloads, and saved under a permanent link.

    RecentResults(size)        the last ``size`` comparisons, in memory, each under a random id
                               (its JSON and HTML downloads read it; a restart forgets them)
    SavedComparisons(folder)   comparisons the user saved: one JSON report file each, named by
                               the hash of its content, so its link never changes and saving the
                               same report twice gives the same link

A saved report is the server's own comparison (taken from RecentResults by id), never a report
the browser sends back: nobody can store findings the pipeline did not make.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

from ..model import Report
from ..renderers import from_json, to_json

RESULT_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
SAVED_ID = re.compile(r"^[0-9a-f]{20}$")


class RecentResults:
    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._items: OrderedDict[str, Report] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, report: Report) -> str:
        key = secrets.token_urlsafe(18)
        with self._lock:
            self._items[key] = report
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return key

    def get(self, key: str) -> Report | None:
        if not RESULT_ID.match(key):
            return None
        with self._lock:
            return self._items.get(key)


def saved_folder(store_url: str) -> Path | None:
    """Where saved comparisons live: beside a SQLite store file, in a ``comparisons`` folder;
    None for an in-memory or a server database (the app then uses a temporary folder)."""
    prefix = "sqlite:///"
    if store_url.startswith(prefix) and ":memory:" not in store_url and store_url[len(prefix):]:
        return Path(store_url[len(prefix):]).parent / "comparisons"
    return None


class SavedComparisons:
    def __init__(self, folder: Path | None) -> None:
        self._folder = folder
        self._lock = threading.Lock()

    @property
    def folder(self) -> Path:
        with self._lock:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="rashomon-saved-"))
            return self._folder

    def save(self, report: Report) -> str:
        text = to_json(report)
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
        folder = self.folder
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{key}.json"
        if not target.exists():
            partial = folder / f".{key}.{os.getpid()}.tmp"
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, target)
        return key

    def load(self, key: str) -> Report | None:
        if not SAVED_ID.match(key):
            return None
        path = self.folder / f"{key}.json"
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return None
        return from_json(text, source=str(path))
