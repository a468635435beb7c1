"""Shared fixtures for the geokg test suite.

Tests read only files inside the repository: the seed article and the other
annotated articles in ``tests/data`` (see ``tests/data/README.md`` for where
each one came from).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"


@pytest.fixture(scope="session")
def repo() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed article (Deutsche Welle, 19 May 2023), copied into the repository."""
    return DATA / "articles" / "000_seed_dw.txt"


@pytest.fixture(scope="session")
def seed_doc(seed_path):
    """The seed article read by :func:`kg.reader.read` (read once per session)."""
    from kg.reader import read

    return read(seed_path)


@pytest.fixture(scope="session")
def gazetteer():
    """The loaded gazetteer (its automaton is built once per process)."""
    from kg import gazetteer

    return gazetteer.load()


def pytest_addoption(parser):
    # Used by tests/test_golden.py: rewrite the golden files on purpose.
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/* from the current build instead of comparing")


# Hypothesis: no example database in the checkout, no per-example deadline
# (the first call of a cached loader may be slow); each test sets its own
# modest max_examples.
settings.register_profile("geokg", database=None, deadline=None)
settings.load_profile("geokg")
