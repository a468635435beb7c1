"""Load an RDF source (a file in any supported format) for querying and validation.

Queries run on Oxigraph (pyoxigraph), whose SPARQL engine is orders of
magnitude faster than rdflib's on aggregates; validation and analysis read an
rdflib Graph of the union of all named graphs.
"""
from __future__ import annotations

from pathlib import Path

from .errors import SourceError
from .formats import FORMATS, OX_FORMATS


def _check(path: str | Path) -> Path:
    p = Path(path)
    if not p.exists():
        raise SourceError(f"{p}: no such file")
    if p.is_dir():
        raise SourceError(f"{p}: is a folder; give an RDF file ({', '.join(FORMATS)})")
    if p.suffix.lower() not in OX_FORMATS:
        raise SourceError(f"{p}: unknown RDF format '{p.suffix}'; use one of {', '.join(OX_FORMATS)}")
    return p


def oxigraph_store(path: str | Path):
    """An in-memory pyoxigraph Store holding the file's quads."""
    import pyoxigraph as ox

    p = _check(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(p), format=ox.RdfFormat.from_media_type(OX_FORMATS[p.suffix.lower()]))
    except (SyntaxError, ValueError, OSError) as exc:
        raise SourceError(f"{p}: cannot parse as {p.suffix[1:]} ({str(exc).splitlines()[0]})") from None
    return store


def rdflib_union(path: str | Path):
    """An rdflib Graph with every triple of the file (named graphs merged)."""
    from rdflib import Dataset

    from .formats import union

    p = _check(path)
    fmt = {".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}.get(p.suffix.lower()) \
        or FORMATS[p.suffix.lower()][0]
    ds = Dataset()
    try:
        ds.parse(p, format=fmt)
    except Exception:  # rdflib raises many parser exception types, with terse messages: ask Oxigraph why
        raise SourceError(f"{p}: cannot parse as {p.suffix[1:]} ({_parse_problem(p)})") from None
    return union(ds)


def _parse_problem(p: Path) -> str:
    import pyoxigraph as ox

    try:
        for _ in ox.parse(path=str(p), format=ox.RdfFormat.from_media_type(OX_FORMATS[p.suffix.lower()])):
            pass
    except (SyntaxError, ValueError, OSError) as exc:
        return str(exc).splitlines()[0]
    return "rdflib could not read it"
