"""Where the development data is: ../shared beside the repository (``RASHOMON_SHARED`` points
elsewhere). Tests reach it through the ``shared`` fixture of tests/conftest.py, or, outside a
fixture, through :func:`shared_path`; both skip the test, naming what is missing, when it is
not there. It is never part of a clone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("RASHOMON_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
SEEDS = SHARED / "seeds"


def shared_path(*parts: str) -> Path:
    """``SHARED / parts``, or skip the calling test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)}, which is not beside the repository ({path}); "
                    "the shared data is never part of a clone")
    return path
