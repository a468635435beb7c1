"""The failures geokg reports, one class each.

Every error carries a one-line message that names the file and the reason;
the CLI prints ``str(error)`` and never a traceback.
"""
from __future__ import annotations


class GeoKGError(Exception):
    """Base class: a failure geokg explains in one line."""


class InputError(GeoKGError):
    """An input file cannot be read as an article."""

    def __init__(self, path: object, reason: str):
        self.path, self.reason = str(path), reason
        super().__init__(f"{self.path}: {reason}")


class MissingInput(InputError):
    """The path does not exist."""


class EmptyInput(InputError):
    """The file holds no text."""


class BinaryInput(InputError):
    """The file is binary data, not text."""


class UnsupportedFormat(InputError):
    """The file's extension is not a format geokg reads."""


class UndecodableInput(InputError):
    """The bytes are in no encoding geokg can detect (UTF-8, Big5, GB18030)."""


class OutputError(GeoKGError):
    """An output cannot be written (unknown format, unwritable place)."""


class SourceError(GeoKGError):
    """An RDF source (file or store) cannot be loaded."""


class QueryError(GeoKGError):
    """A SPARQL query is malformed or cannot be run."""
