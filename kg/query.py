"""SPARQL queries over a source, with results as a table, CSV or SPARQL 1.1 JSON."""
from __future__ import annotations

from pathlib import Path

from .errors import QueryError
from .sources import oxigraph_store

FORMATS = ("table", "csv", "json")

# Prefixes a query may use without declaring them (a PREFIX line in the query wins).
DEFAULT_PREFIXES = {
    "kg": "https://w3id.org/geokg/ontology#", "kgr": "https://w3id.org/geokg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/", "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/",
}


def with_prefixes(query: str) -> str:
    """Prepend the default PREFIX declarations the query uses but does not declare."""
    import re

    declared = {m.group(1).lower() for m in re.finditer(r"(?i)\bPREFIX\s+([\w-]*):", query)}
    used = {m.group(1) for m in re.finditer(r"(?<![\w<\"'])([A-Za-z][\w-]*):(?!//)", query)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in DEFAULT_PREFIXES.items() if p in used and p.lower() not in declared]
    return "\n".join(lines + [query]) if lines else query


def read_query(text: str) -> str:
    """The query text; ``@file.rq`` reads it from a file."""
    if text.startswith("@"):
        p = Path(text[1:])
        if not p.is_file():
            raise QueryError(f"{p}: no such query file")
        try:
            return p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise QueryError(f"{p}: the query file is not UTF-8 text") from None
        except OSError as exc:
            raise QueryError(f"{p}: cannot read the query file ({exc.strerror})") from None
    return text


def run(source: str | Path, query: str, fmt: str = "table") -> str:
    """Run a SPARQL query over the union of the source's graphs and format the result.

    >>> print(run("seed.trig", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "csv"))  # doctest: +SKIP
    n
    1234
    """
    import pyoxigraph as ox

    if fmt not in FORMATS:
        raise QueryError(f"unknown result format '{fmt}'; use one of {', '.join(FORMATS)}")
    store = oxigraph_store(source)
    if not query.strip():
        raise QueryError("empty query; give SPARQL text or @file.rq")
    try:
        result = store.query(with_prefixes(query), use_default_graph_as_union=True)
    except SyntaxError as exc:
        msg = str(exc).splitlines()[0]
        if "Prefix not found" in msg:
            import re

            declared = {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([\w-]*):", query)} | set(DEFAULT_PREFIXES)
            used = [m.group(1) for m in re.finditer(r"(?<![\w<\"'])([A-Za-z][\w-]*):(?!//)", query)]
            missing = [u for u in dict.fromkeys(used) if u not in declared]
            if missing:
                msg = f"undefined prefix '{missing[0]}:'; declare it with PREFIX {missing[0]}: <...>"
        if len(msg) > 160:
            msg = msg[:160].rsplit(" ", 1)[0] + " ..."
        raise QueryError(f"SPARQL syntax error: {msg}") from None
    except (ValueError, OSError) as exc:
        raise QueryError(f"query failed: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            return '{"head": {}, "boolean": %s}' % ("true" if bool(result) else "false")
        return "true" if bool(result) else "false"
    if isinstance(result, ox.QueryTriples):
        return result.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    if fmt == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
    if fmt == "csv":
        return result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
    names = [v.value for v in result.variables]
    rows = [[_cell(sol[n]) for n in names] for sol in result]
    return table(names, rows)


def _cell(term) -> str:
    if term is None:
        return ""
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        return term.value
    return term.value if hasattr(term, "value") else str(term)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A plain-text table with aligned columns (East Asian wide characters count double)."""
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    def pad(s: str, w: int) -> str:
        return s + " " * (w - width(s))

    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = [" | ".join(pad(h, cols[i]) for i, h in enumerate(headers)), "-+-".join("-" * c for c in cols)]
    lines += [" | ".join(pad(c, cols[i]) for i, c in enumerate(r)) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
