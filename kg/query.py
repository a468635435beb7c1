"""SPARQL queries over a source, with results as a table, CSV or SPARQL 1.1 JSON."""
from __future__ import annotations

from pathlib import Path

from .errors import QueryError
from .sources import oxigraph_store

FORMATS = ("table", "csv", "json")


def read_query(text: str) -> str:
    """The query text; ``@file.rq`` reads it from a file."""
    if text.startswith("@"):
        p = Path(text[1:])
        if not p.is_file():
            raise QueryError(f"{p}: no such query file")
        return p.read_text(encoding="utf-8")
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
    try:
        result = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
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
