"""What the store keeps that is worked out from the articles: each story's report, and the
clusterer's saved state (with the fingerprint of the assignments it matches)."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from ..errors import StoreError
from ..model import SCHEMA, Report
from .database import Database, timestamp
from .schema import cluster_state_table, reports_table, stories_table

__all__ = ["ClustererStates", "Reports"]

log = logging.getLogger(__name__)


class Reports:
    """The reports table: one current report per story."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def save_report(self, story_id: int, report: Report) -> None:
        payload = json.dumps(report.to_dict(), ensure_ascii=False)
        r = reports_table.c
        with self.db.write(f"saving the report of story {story_id}") as conn:
            if conn.execute(sa.select(stories_table.c.id).where(stories_table.c.id == story_id)).first() is None:
                raise StoreError(f"no story {story_id} in {self.db.display}")
            conn.execute(sa.delete(reports_table).where(r.story_id == story_id))
            conn.execute(sa.insert(reports_table).values(story_id=story_id, schema=report.schema, json=payload, created_at=timestamp()))

    def report_times(self) -> dict[int, str]:
        """When each story's stored report was computed (UTC, ISO 8601, to the second), by story id."""
        r = reports_table.c
        with self.db.read("reading when the reports were computed") as conn:
            return {row.story_id: row.created_at for row in conn.execute(sa.select(r.story_id, r.created_at))}

    def report(self, story_id: int) -> Report | None:
        """The stored report, or ``None`` when there is none or it has an older report schema."""
        r = reports_table.c
        with self.db.read(f"reading the report of story {story_id}") as conn:
            row = conn.execute(sa.select(r.schema, r.json).where(r.story_id == story_id)).first()
        if row is None:
            return None
        if row.schema != SCHEMA:
            log.info("stored report of story %d has schema %s, not %s: ignored", story_id, row.schema, SCHEMA)
            return None
        try:
            return Report.from_dict(json.loads(row.json))
        except (ValueError, TypeError) as exc:
            raise StoreError(f"the stored report of story {story_id} in {self.db.display} is unreadable: {exc}") from exc


class ClustererStates:
    """The cluster_state table: the clusterer's state saved at the end of a run."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def save_cluster_state(self, data: bytes, *, fingerprint: str, meta: Mapping[str, Any]) -> None:
        """Keep the clusterer's state (replacing any earlier one) with the assignments'
        fingerprint it matches and a JSON-able ``meta``."""
        c = cluster_state_table.c
        with self.db.write("saving the clusterer state") as conn:
            conn.execute(sa.delete(cluster_state_table).where(c.key == "stories"))
            conn.execute(sa.insert(cluster_state_table).values(
                key="stories", fingerprint=fingerprint, meta=json.dumps(dict(meta)), data=bytes(data), saved_at=timestamp()))

    def cluster_state(self) -> tuple[bytes, str, dict[str, Any]] | None:
        """The saved clusterer state, its fingerprint and meta; None when there is none."""
        c = cluster_state_table.c
        with self.db.read("reading the clusterer state") as conn:
            row = conn.execute(sa.select(c.data, c.fingerprint, c.meta).where(c.key == "stories")).first()
        if row is None:
            return None
        return bytes(row.data), row.fingerprint, json.loads(row.meta)
