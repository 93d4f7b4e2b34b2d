"""Near duplicates: syndicated copies and lightly edited reprints, found before clustering.

MinHash over word shingles (three consecutive words by default), indexed with banded LSH
(the bands and rows datasketch's ``MinHashLSH`` chooses for the threshold, computed here:
:func:`lsh_parameters`). ``NearDuplicates.add(id, text)`` returns the id of the earlier text it copies,
or ``None``; only originals are indexed, so a copy of a copy points at the first original it
matches and the index grows with originals only. ``capacity`` bounds memory: when more
originals than that are indexed, the oldest leave the index (a reprint weeks later is then
treated as new).

Token hashing uses CRC-32, not Python's ``hash``, so results do not depend on the process's
hash seed.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from ..errors import InputError

log = logging.getLogger(__name__)

__all__ = ["NearDuplicates", "tokenize", "token_hashes"]

# Words: letters or digits, keeping inner apostrophes and hyphens ("don't", "al-Assad").
# Possessive quantifiers: the same matches (a separator is never a word character), without
# the backtracking bookkeeping, so faster (Python 3.11+).
try:
    _WORD = re.compile(r"\w++(?:['’\-]\w++)*+")
except re.error:  # Python 3.10: no possessive quantifiers
    _WORD = re.compile(r"\w+(?:['’\-]\w+)*")

_HASH_CACHE: dict[str, int] = {}
_HASH_CACHE_LIMIT = 2_000_000  # entries; cleared when full so memory stays bounded


def tokenize(text: str) -> list[str]:
    """Words of ``text`` in order, case kept."""
    return _WORD.findall(text)


def token_hashes(tokens: Sequence[str]) -> list[int]:
    """CRC-32 of each lower-cased token (cached: the same words recur across articles)."""
    cache = _HASH_CACHE
    if len(cache) > _HASH_CACHE_LIMIT:
        cache.clear()
    out = list(map(cache.get, tokens))
    missing = _first_none(out, 0)
    while missing >= 0:  # new tokens only; list.index searches at C speed
        token = tokens[missing]
        out[missing] = cache[token] = zlib.crc32(token.lower().encode("utf-8"))
        missing = _first_none(out, missing + 1)
    return out


def _first_none(values: list, start: int) -> int:
    """Index of the first None at or after ``start``, or -1."""
    try:
        return values.index(None, start)
    except ValueError:
        return -1


# Odd 64-bit multipliers that mix the words of a shingle into one hash (order matters).
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                 0xFF51AFD7ED558CCD], dtype=np.uint64)


def shingle_hashes(hashes: Sequence[int], size: int) -> np.ndarray:
    """One 32-bit hash per run of ``size`` consecutive words (one for a shorter text)."""
    words = np.asarray(hashes, dtype=np.uint64)
    if len(words) == 0:
        return words
    k = min(size, len(words), len(_MIX))
    n = len(words) - k + 1
    mixed = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i in range(k):
            mixed = (mixed ^ words[i : i + n]) * _MIX[i]
    return mixed >> np.uint64(32)  # repeats do not change a minimum; no need to dedupe


@functools.lru_cache(maxsize=64)
def lsh_parameters(threshold: float, num_perm: int) -> tuple[int, int]:
    """The bands ``b`` and rows ``r`` (``b * r <= num_perm``) that datasketch's ``MinHashLSH``
    chooses: the least false-positive plus false-negative probability mass, weighed equally.

    The same integrals, computed with numpy (Simpson's rule) rather than importing datasketch,
    whose package import pulls in scipy and costs more than a second on every ingest.
    """
    points = 2001  # odd, for Simpson's rule
    below = np.linspace(0.0, threshold, points)
    above = np.linspace(threshold, 1.0, points)
    best, chosen = math.inf, (0, 0)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            false_positive = _simpson(1.0 - (1.0 - below**r) ** b, threshold)
            false_negative = _simpson((1.0 - above**r) ** b, 1.0 - threshold)
            error = 0.5 * false_positive + 0.5 * false_negative
            if error < best:
                best, chosen = error, (b, r)
    return chosen


def _simpson(values: np.ndarray, width: float) -> float:
    h = width / (len(values) - 1)
    return float(h / 3.0 * (values[0] + values[-1] + 4.0 * values[1:-1:2].sum() + 2.0 * values[2:-1:2].sum()))


class NearDuplicates:
    """Finds texts that copy an earlier one (estimated Jaccard of word shingles >= threshold).

    Banded LSH: the ``num_perm`` MinHash values are cut into ``b`` bands of ``r`` rows (the
    ``b`` and ``r`` that datasketch's ``MinHashLSH`` chooses for the threshold: 8 x 8 for
    0.7 and 64 permutations); texts that agree on a whole band are candidates, and a
    candidate is a duplicate when its estimated Jaccard (the share of equal values) reaches
    the threshold. Each band is one 64-bit key in a dict, computed for all bands at once with
    numpy; a key collision only adds a candidate that the exact check then drops.

    >>> nd = NearDuplicates()
    >>> nd.add("a", "The minister said on Tuesday that talks would resume next week in Geneva.")
    >>> nd.add("b", "The minister said on Tuesday that talks would resume next week in Geneva .")
    'a'
    """

    def __init__(
        self,
        *,
        threshold: float = 0.7,
        num_perm: int = 64,
        shingle: int = 3,
        capacity: int | None = 100_000,
        seed: int = 1,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if shingle < 1:
            raise ValueError(f"shingle must be at least 1 word, got {shingle}")
        if capacity is not None and capacity < 1:
            raise ValueError(f"capacity must be positive or None, got {capacity}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.capacity = capacity
        self._seed = seed
        self.bands, self.rows = lsh_parameters(threshold, num_perm)
        self._tables: list[dict[int, list[str]]] = [{} for _ in range(self.bands)]
        self._signatures: dict[str, tuple[int, np.ndarray]] = {}  # id -> (arrival order, values)
        self._count = 0
        self._order: deque[str] = deque()
        self._seen: set[str] = set()
        # Originals put back by restore(): sorted band keys (salted per band) and their rows.
        self._restored_ids: list[str] = []
        self._restored_row: dict[str, int] = {}  # id -> row, while still indexed
        self._restored_values = np.zeros((0, num_perm), dtype=np.uint32)
        self._restored_orders = np.zeros(0, dtype=np.int64)
        self._frozen_keys = np.zeros(0, dtype=np.uint64)
        self._frozen_rows = np.zeros(0, dtype=np.int32)
        rng = np.random.RandomState(seed)
        # Random affine maps h -> (a*h + b) mod 2^32 with odd a: bijections of 32-bit hashes.
        # Computed in uint32, whose arithmetic wraps modulo 2^32 by itself.
        self._a = (rng.randint(0, 1 << 31, num_perm).astype(np.uint64) * 2 + 1).astype(np.uint32)[None, :]
        self._b = rng.randint(0, 1 << 32, num_perm, dtype=np.uint64).astype(np.uint32)[None, :]
        self._band_mix = (rng.randint(0, 1 << 62, self.rows, dtype=np.int64).astype(np.uint64) * 2 + 1)[None, :]
        # Added to each band's key in the restored arrays, so one sorted array holds all bands.
        self._band_salt = np.arange(1, self.bands + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)

    def __len__(self) -> int:
        """Number of originals currently indexed."""
        return len(self._signatures)

    def signature(self, hashes: Sequence[int]) -> np.ndarray:
        """MinHash values (uint32, ``num_perm`` of them) of the text's word shingles."""
        shingles = shingle_hashes(hashes, self.shingle).astype(np.uint32)
        if not len(shingles):
            return np.full(self.num_perm, 0xFFFFFFFF, dtype=np.uint32)
        with np.errstate(over="ignore"):
            permuted = shingles[:, None] * self._a + self._b
        return permuted.min(axis=0)

    def _band_keys(self, values: np.ndarray) -> list[int]:
        """One 64-bit key per band: the band's values mixed by odd multipliers, summed mod 2^64."""
        rows = values[: self.bands * self.rows].reshape(self.bands, self.rows).astype(np.uint64)
        with np.errstate(over="ignore"):
            return (rows * self._band_mix).sum(axis=1, dtype=np.uint64).tolist()

    def add(self, id: str, text: str) -> str | None:
        """Index ``text`` under ``id``; return the id of the original it duplicates, else None."""
        return self.add_hashes(id, token_hashes(tokenize(text)))

    def add_hashes(self, id: str, hashes: Sequence[int]) -> str | None:
        """Like :meth:`add`, for a text already tokenized and hashed with :func:`token_hashes`."""
        return self.add_signature(id, self.signature(hashes) if len(hashes) else None)

    @property
    def hashing(self) -> tuple[int, int, int]:
        """What a :meth:`signature` depends on: (num_perm, shingle, seed). Two indexes with the
        same ``hashing`` give a text the same signature, whatever their thresholds."""
        return (self.num_perm, self.shingle, self._seed)

    def add_signature(self, id: str, values: np.ndarray | None) -> str | None:
        """Like :meth:`add_hashes`, for a text whose :meth:`signature` was computed already (in
        another process, say, by an index with the same :attr:`hashing`); ``None``: the text
        has no words (it is not indexed)."""
        if id in self._seen:
            raise InputError(str(id), "duplicate id: already added to the near-duplicate index")
        self._seen.add(id)
        if values is None:
            log.debug("near-duplicates: %s has no words; not indexed", id)
            return None
        if len(values) != self.num_perm:
            raise ValueError(f"a signature of {len(values)} values for an index of {self.num_perm} permutations")
        keys = self._band_keys(values)
        candidates: set[str] = set()
        for table, key in zip(self._tables, keys):
            found = table.get(key)
            if found:
                candidates.update(found)
        matches = []
        for candidate in candidates:
            order, other = self._signatures[candidate]
            score = float(np.count_nonzero(values == other)) / self.num_perm
            if score >= self.threshold:
                matches.append((-score, order, candidate))
        if self._restored_row:
            matches += self._restored_matches(values, keys)
        if matches:
            return min(matches)[2]  # the closest; on a tie, the earliest original
        self._index(id, self._count, values, keys)
        self._count += 1
        return None

    @property
    def added(self) -> int:
        """Signatures added so far (originals and duplicates): the next one's arrival number."""
        return self._count

    def original_ids(self) -> Iterator[str]:
        """The ids of the indexed originals, oldest first."""
        return iter(self._order)

    def restore(self, ids: Sequence[str], orders: Sequence[int], values: np.ndarray, *,
                added: int | None = None, seen: Iterable[str] = ()) -> None:
        """Index originals again from their saved MinHash ``values`` (one row each) and arrival
        numbers, as a restored clusterer does (:meth:`StoryClusterer.from_state`); oldest first,
        into an empty index. ``added``: :attr:`added` when they were saved; ``seen``: ids known
        to be placed already, which are not checked again.

        They go into sorted arrays (one per band key, searched with numpy), not into the
        per-band dicts new originals go to: restoring 100,000 originals takes a few numpy
        sorts, not 800,000 dict insertions. Behaviour is the same either way.
        """
        if len(self._order):
            raise ValueError("restore() fills an empty near-duplicate index")
        values = np.ascontiguousarray(values, dtype=np.uint32)
        self._seen.update(seen)
        if added is not None:
            self._count = added
        if not len(ids):
            return
        rows = values[:, : self.bands * self.rows].reshape(len(ids), self.bands, self.rows).astype(np.uint64)
        with np.errstate(over="ignore"):
            keys = (rows * self._band_mix[None, :, :]).sum(axis=2, dtype=np.uint64) + self._band_salt[None, :]
        flat = keys.ravel()
        by_key = np.argsort(flat, kind="stable")
        self._frozen_keys = flat[by_key]
        self._frozen_rows = (by_key // self.bands).astype(np.int32)
        self._restored_ids = list(ids)
        self._restored_values = values
        self._restored_orders = np.asarray(orders, dtype=np.int64)
        self._restored_row = dict(zip(self._restored_ids, range(len(ids))))
        self._seen.update(self._restored_ids)
        self._order.extend(self._restored_ids)
        while self.capacity is not None and len(self._order) > self.capacity:
            del self._restored_row[self._order.popleft()]

    def _restored_matches(self, values: np.ndarray, keys: list[int]) -> list[tuple[float, int, str]]:
        """(-score, order, id) of the restored originals that share a band with ``values``."""
        with np.errstate(over="ignore"):
            query = np.array(keys, dtype=np.uint64) + self._band_salt
        low = np.searchsorted(self._frozen_keys, query, side="left")
        high = np.searchsorted(self._frozen_keys, query, side="right")
        hit = high > low
        if not hit.any():
            return []
        found = np.unique(np.concatenate([self._frozen_rows[a:b] for a, b in zip(low[hit], high[hit])]))
        matches = []
        live = self._restored_row
        for row in found.tolist():
            rid = self._restored_ids[row]
            if live.get(rid) != row:  # evicted since
                continue
            score = float(np.count_nonzero(values == self._restored_values[row])) / self.num_perm
            if score >= self.threshold:
                matches.append((-score, int(self._restored_orders[row]), rid))
        return matches

    def originals(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """The indexed originals, oldest first: ids, arrival numbers, MinHash values (one row
        each); what :meth:`restore` takes back."""
        ids = list(self._order)
        orders = np.zeros(len(ids), dtype=np.int64)
        values = np.zeros((len(ids), self.num_perm), dtype=np.uint32)
        restored = [(i, self._restored_row[rid]) for i, rid in enumerate(ids) if rid in self._restored_row]
        if restored:
            at, rows = np.array(restored, dtype=np.int64).T
            orders[at] = self._restored_orders[rows]
            values[at] = self._restored_values[rows]
        for i, rid in enumerate(ids):
            entry = self._signatures.get(rid)
            if entry is not None:
                orders[i], values[i] = entry
        return ids, orders, values

    def _index(self, id: str, order: int, values: np.ndarray, keys: list[int]) -> None:
        for table, key in zip(self._tables, keys):
            table.setdefault(key, []).append(id)
        self._signatures[id] = (order, values)
        self._order.append(id)
        if self.capacity is not None and len(self._order) > self.capacity:
            oldest = self._order.popleft()
            if oldest in self._restored_row:
                del self._restored_row[oldest]
                return
            _, old_values = self._signatures.pop(oldest)
            for table, key in zip(self._tables, self._band_keys(old_values)):
                bucket = table[key]
                bucket.remove(oldest)
                if not bucket:
                    del table[key]
