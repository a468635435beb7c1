"""The closed vocabulary of the geokg ontology.

Every term the code emits comes from :class:`KG`, an rdflib ``DefinedNamespace``
with ``_fail = True``: a misspelt term raises ``AttributeError`` at the call
site instead of quietly minting a new IRI. ``tests/test_namespace.py`` checks
that every term listed here is declared in ``ontology/geokg.ttl``.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KG_IRI = "https://w3id.org/geokg/ontology#"
KGR = Namespace("https://w3id.org/geokg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")


class KG(DefinedNamespace):
    """Terms of ``https://w3id.org/geokg/ontology#``."""

    _fail = True
    _NS = Namespace(KG_IRI)

    # Contract classes
    Country: URIRef
    Leader: URIRef
    Agreement: URIRef
    InfrastructureProject: URIRef
    Event: URIRef
    Organization: URIRef
    Place: URIRef
    Article: URIRef
    Interaction: URIRef
    Assertion: URIRef
    # Project classes
    Summit: URIRef
    StateVisit: URIRef
    Meeting: URIRef
    SigningCeremony: URIRef
    Opening: URIRef
    Election: URIRef
    Conflict: URIRef
    Incident: URIRef
    MonetaryAmount: URIRef
    Region: URIRef

    # Facts
    leaderOf: URIRef
    participant: URIRef
    hostedBy: URIRef
    location: URIRef
    inCountry: URIRef
    signatory: URIRef
    adoptedAt: URIRef
    involvesCountry: URIRef
    partOf: URIRef
    metWith: URIRef
    startDate: URIRef
    endDate: URIRef
    amount: URIRef
    # Interactions
    actor: URIRef
    target: URIRef
    cameoCode: URIRef
    cameoLabel: URIRef
    goldstein: URIRef
    date: URIRef
    # Provenance
    sourceArticle: URIRef
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    confidence: URIRef
    extractor: URIRef
    corroboration: URIRef
    # Identity and description
    iso3166Alpha2: URIRef
    iso3166Alpha3: URIRef
    office: URIRef
    memberState: URIRef


# Contract fact predicates, in the order the scorer and reports list them.
FACT_PREDICATES = (
    "leaderOf", "participant", "hostedBy", "location", "inCountry",
    "signatory", "adoptedAt", "involvesCountry", "partOf", "metWith",
)
