"""One place that finds the project's data files.

Gazetteers and rules live in ``kg/data`` (package data in a wheel and in a
checkout alike). The ontology lives in ``ontology/`` at the repository root;
the wheel carries a copy at ``kg/ontology`` (see ``pyproject.toml``), so
:func:`ontology_file` looks there first and falls back to the checkout.
"""
from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


class DataFileMissing(FileNotFoundError):
    """A data file the package needs is not installed."""


def data_file(name: str) -> Path:
    """Return the path of a data file in ``kg/data``.

    >>> data_file("countries.toml").name
    'countries.toml'
    """
    path = _PACKAGE / "data" / name
    if not path.is_file():
        raise DataFileMissing(f"{path}: data file missing; reinstall geokg")
    return path


def ontology_file(name: str) -> Path:
    """Return the path of ``ontology/NAME`` from a wheel or a source checkout."""
    for base in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology"):
        if (base / name).is_file():
            return base / name
    raise DataFileMissing(f"ontology/{name}: not found beside the kg package; reinstall geokg")


@cache
def load_toml(name: str) -> dict:
    """Parse ``kg/data/NAME`` (cached: data files are read once per process)."""
    with data_file(name).open("rb") as fh:
        return tomllib.load(fh)
