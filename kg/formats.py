"""RDF formats by name and file extension, deterministic serialisation, atomic writes.

Formats are looked up by name (``FORMATS``); an unknown extension gets a
clear error naming the ones that exist. To add one, add a row: the rdflib
serializer name, whether it keeps named graphs, and whether its lines can be
sorted for a byte-stable output.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .errors import OutputError

# extension -> (rdflib format, keeps named graphs, line-sorted)
FORMATS: dict[str, tuple[str, bool, bool]] = {
    ".ttl": ("turtle", False, False),
    ".trig": ("trig", True, False),
    ".nq": ("nquads", True, True),
    ".nt": ("nt", False, True),
    ".jsonld": ("json-ld", True, False),
    ".json": ("json-ld", True, False),
}
# format names that pyoxigraph understands, for reading sources fast
OX_FORMATS = {".ttl": "text/turtle", ".trig": "application/trig", ".nq": "application/n-quads",
              ".nt": "application/n-triples", ".jsonld": "application/ld+json", ".json": "application/ld+json",
              ".rdf": "application/rdf+xml", ".owl": "application/rdf+xml"}


def format_for(path: str | Path) -> tuple[str, bool, bool]:
    """The format row for an output path, from its extension."""
    text = str(path)
    suffix = text.lower() if text.startswith(".") and text.count(".") == 1 else Path(text).suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"{path}: unknown output format '{suffix or '(none)'}'; use one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def union(ds: Dataset) -> Graph:
    """All triples of every graph of a Dataset, as one Graph."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def serialize(ds: Dataset, fmt_ext: str) -> bytes:
    """Serialise a Dataset to bytes in the format of an extension; same input, same bytes."""
    fmt, quads, sortable = format_for(fmt_ext)
    if fmt == "trig":
        return _trig(ds)
    target = ds if quads else union(ds)
    data = target.serialize(format=fmt, encoding="utf-8")
    if sortable:
        lines = sorted({ln for ln in data.decode("utf-8").splitlines() if ln.strip()})
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "json-ld":
        doc = json.loads(data)
        return (json.dumps(_sorted_json(doc), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    return data


def _trig(ds: Dataset) -> bytes:
    """TriG with the named graphs in IRI order (rdflib writes them in its store's order, which varies)."""
    prefixes: set[str] = set()
    bodies: list[str] = []
    for g in sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier)):
        one = Dataset()
        for prefix, ns in ds.namespaces():
            one.bind(prefix, ns, replace=True)
        target = one.graph(g.identifier)
        for t in g:
            target.add(t)
        text = one.serialize(format="trig")
        head, _, body = text.partition("\n\n")
        prefixes |= {ln for ln in head.splitlines() if ln.startswith("@prefix")}
        bodies.append(body.strip("\n"))
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(bodies) + "\n").encode("utf-8")


def _sorted_json(x):
    if isinstance(x, dict):
        return {k: _sorted_json(v) for k, v in x.items()}
    if isinstance(x, list):
        items = [_sorted_json(v) for v in x]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return x


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (temporary file, fsync, rename)."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file 0600: give it the old file's mode, or the umask's default
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc}); the previous file is unchanged") from None


def write(ds: Dataset, path: str | Path) -> int:
    """Serialise ``ds`` into ``path`` by its extension; returns the number of bytes written."""
    data = serialize(ds, str(path))
    write_atomic(path, data)
    return len(data)
