"""kg.namespace: a closed vocabulary, checked against ontology/geokg.ttl and shapes.ttl."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from kg.namespace import FACT_PREDICATES, KG, KG_IRI
from kg.resources import ontology_file

TERMS = sorted(KG.__annotations__)
DECLARED_AS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology(repo) -> Graph:
    return Graph().parse(repo / "ontology" / "geokg.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes(repo) -> Graph:
    return Graph().parse(repo / "ontology" / "shapes.ttl", format="turtle")


def declared(g: Graph) -> set[URIRef]:
    return {s for t in DECLARED_AS for s in g.subjects(RDF.type, t) if str(s).startswith(KG_IRI)}


def test_namespace_has_terms():
    assert len(TERMS) > 40 and "Country" in TERMS and "metWith" in TERMS


@pytest.mark.parametrize("term", TERMS)
def test_namespace_term_declared_in_ontology(ontology, term):
    iri = URIRef(KG_IRI + term)
    assert KG[term] == iri and getattr(KG, term) == iri
    types = set(ontology.objects(iri, RDF.type))
    assert types & set(DECLARED_AS), f"kg:{term} is not declared as a class or property in ontology/geokg.ttl"


@pytest.mark.parametrize("term", TERMS)
def test_namespace_classes_capitalised_properties_not(ontology, term):
    is_class = (URIRef(KG_IRI + term), RDF.type, OWL.Class) in ontology
    assert is_class == term[0].isupper()


@pytest.mark.parametrize("misspelt", ["Contry", "leaderof", "metwith", "Leaders", "iso3166alpha2"])
def test_namespace_misspelt_term_raises(misspelt):
    with pytest.raises(AttributeError):
        getattr(KG, misspelt)
    with pytest.raises((AttributeError, KeyError)):
        KG[misspelt]


def test_namespace_fact_predicates_are_object_properties(ontology):
    for p in FACT_PREDICATES:
        assert (KG[p], RDF.type, OWL.ObjectProperty) in ontology, p


def test_namespace_every_term_has_three_labels(ontology):
    missing = []
    for term in declared(ontology):
        langs = {lit.language for lit in ontology.objects(term, RDFS.label)}
        for lang in ("en", "zh-Hant", "zh-Hans"):
            if lang not in langs:
                missing.append((str(term)[len(KG_IRI):], lang))
    assert missing == []


def test_namespace_every_term_has_one_label_per_language(ontology):
    for term in declared(ontology):
        langs = [lit.language for lit in ontology.objects(term, RDFS.label)]
        assert len(langs) == len(set(langs)), term


def test_namespace_every_term_defined_by_the_ontology(ontology):
    onto = URIRef("https://w3id.org/geokg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert [t for t in declared(ontology) if (t, RDFS.isDefinedBy, onto) not in ontology] == []


def test_namespace_met_with_is_symmetric(ontology):
    assert (KG.metWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KG.partOf, RDF.type, OWL.TransitiveProperty) in ontology
    assert (KG.leaderOf, RDF.type, OWL.SymmetricProperty) not in ontology


@pytest.mark.parametrize("prop, domain, range_", [
    ("leaderOf", "Leader", "Country"), ("hostedBy", "Event", "Country"), ("location", "Event", "Place"),
    ("inCountry", "Place", "Country"), ("adoptedAt", "Agreement", "Event"), ("metWith", "Leader", "Leader"),
    ("partOf", "InfrastructureProject", "InfrastructureProject"),
])
def test_namespace_domains_and_ranges(ontology, prop, domain, range_):
    assert ontology.value(KG[prop], RDFS.domain) == KG[domain]
    assert ontology.value(KG[prop], RDFS.range) == KG[range_]


def test_namespace_shapes_parse(shapes):
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert len(node_shapes) >= 10
    assert all(shapes.value(s, SH.message) is not None for s in node_shapes)


def test_namespace_shapes_use_only_declared_terms(ontology, shapes):
    known = declared(ontology)
    used = set()
    for p in (SH.targetClass, SH["class"], SH.path, SH.targetSubjectsOf, SH.targetObjectsOf):
        used |= {o for o in shapes.objects(None, p) if isinstance(o, URIRef) and str(o).startswith(KG_IRI)}
    assert used and sorted(str(u) for u in used - known) == []


def test_namespace_ontology_files_found_by_resources(repo):
    assert ontology_file("geokg.ttl").resolve() == (repo / "ontology" / "geokg.ttl").resolve() or \
        ontology_file("geokg.ttl").read_bytes() == (repo / "ontology" / "geokg.ttl").read_bytes()
