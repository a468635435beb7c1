"""SHACL validation of a source against ``ontology/shapes.ttl`` (pySHACL).

Exit codes follow pySHACL: 0 conforms, 1 does not conform, 2 error.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Report:
    conforms: bool
    text: str
    violations: int
    triples: int = 0


def validate(source: str | Path) -> Report:
    """Validate the union of a source's graphs; no inference (the shapes target asserted classes)."""
    from pyshacl import validate as shacl
    from rdflib import Graph

    from .resources import ontology_file
    from .sources import rdflib_union

    data = rdflib_union(source)
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    ont = Graph().parse(ontology_file("geokg.ttl"), format="turtle")
    conforms, graph, text = shacl(data, shacl_graph=shapes, ont_graph=ont, inference="none",
                                  advanced=True, allow_warnings=False)
    from rdflib.namespace import SH

    n = len(list(graph.subjects(predicate=SH.resultSeverity)))
    return Report(bool(conforms), text, n, len(data))
