"""Emission: an :class:`~kg.model.Extraction` becomes RDF in the contract ontology.

Each article gets a named graph whose IRI is the article's IRI; it holds the
article's metadata, the entities it mentions, the facts, attributes and
interactions read from it, and one ``kg:Assertion`` per fact with the
verbatim evidence sentence, its offsets and a confidence.

IRIs are deterministic: countries are keyed by ISO code, gazetteer leaders by
Wikidata QID (or their gazetteer id), everything else by a hash of a
normalised key, so the same entity has the same IRI in every build.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.namespace import SKOS

from .gazetteer import cameo
from .model import Entity, Extraction
from .namespace import KG, KGR, SCHEMA, WD

_CLASS = {"Country": KG.Country, "Leader": KG.Leader, "Agreement": KG.Agreement,
          "InfrastructureProject": KG.InfrastructureProject, "Event": KG.Event, "Organization": KG.Organization,
          "Place": KG.Place}
_SUBCLASS = {"Summit": KG.Summit, "StateVisit": KG.StateVisit, "Meeting": KG.Meeting,
             "SigningCeremony": KG.SigningCeremony, "Opening": KG.Opening, "Election": KG.Election, "Conflict": KG.Conflict, "Incident": KG.Incident,
             "Region": KG.Region}


def _h(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def entity_iri(key: str, qid: str | None = None) -> URIRef:
    """The stable IRI of an entity key (see :mod:`kg.extract` for the key forms).

    >>> str(entity_iri("country:KZ"))
    'https://w3id.org/geokg/id/country/KZ'
    """
    kind, _, ident = key.partition(":")
    if kind == "country":
        return KGR[f"country/{ident}"]
    if kind == "leader":
        return KGR[f"person/{qid}"] if qid else KGR[f"person/{quote(ident, safe='')}"]
    if kind == "person":
        return KGR[f"person/n-{_h(ident)}"]
    if kind in ("organization", "place", "region", "project"):
        return KGR[f"{kind}/{quote(ident, safe='')}"]
    if kind == "agreement":
        return KGR[f"agreement/{_h(ident)}"]
    if kind == "infra":
        return KGR[f"infrastructure/{ident.split(':', 1)[0]}-{_h(ident)}"]
    if kind == "event":
        cls = ident.split(":", 1)[0].lower()
        return KGR[f"event/{cls}-{_h(ident)}"]
    return KGR[f"entity/{_h(key)}"]


def article_iri(x: Extraction) -> URIRef:
    """The article's IRI: a hash of its URL, or of its text when it has none."""
    doc = x.doc
    return KGR[f"article/{_h(doc.url) if doc.url else _h(doc.text)}"]


def _date_literal(value: str) -> Literal:
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


def _decimal(v: float | Decimal | str) -> Literal:
    """An xsd:decimal in canonical form ("8.0", "26000000000.0"), so it reads back unchanged from any syntax."""
    text = format(Decimal(str(v)).normalize(), "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def emit(x: Extraction, ds: Dataset | None = None, corroboration: dict | None = None) -> Dataset:
    """Add one article's graph to ``ds`` (a new Dataset when None) and return it.

    ``corroboration`` maps a fact ``(subject, predicate, object)`` of entity
    keys to the number of articles of the build that state it; it is written
    as ``kg:corroboration`` on the fact's assertion.
    """
    ds = ds if ds is not None else new_dataset()
    doc = x.doc
    art = article_iri(x)
    g = ds.graph(art)
    g.add((art, RDF.type, KG.Article))
    if doc.url:
        g.add((art, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))
    if doc.title:
        g.add((art, SCHEMA.headline, Literal(doc.title, lang=doc.lang)))
    if doc.published:
        g.add((art, SCHEMA.datePublished, Literal(doc.published.isoformat().replace("+00:00", "Z"), datatype=XSD.dateTime)))
    g.add((art, SCHEMA.inLanguage, Literal(doc.lang)))
    if doc.source:
        g.add((art, RDFS.comment, Literal(f"read from {doc.source.rsplit('/', 1)[-1]}")))

    iri: dict[str, URIRef] = {k: entity_iri(k, e.qid) for k, e in x.entities.items()}
    for key, e in x.entities.items():
        _entity(g, iri[key], e)

    def assertion(s, p, o, sentence: int, rule: str, confidence: float) -> None:
        sent = doc.sentences[sentence]
        r = KGR[f"assertion/{_h(art, s, p, o)}"]
        g.add((r, RDF.type, KG.Assertion))
        g.add((r, RDF.subject, s))
        g.add((r, RDF.predicate, p))
        g.add((r, RDF.object, o))
        g.add((r, KG.sourceArticle, art))
        g.add((r, KG.evidence, Literal(sent.text)))
        g.add((r, KG.charStart, Literal(sent.start)))
        g.add((r, KG.charEnd, Literal(sent.end)))
        g.add((r, KG.confidence, _decimal(round(confidence, 3))))
        g.add((r, KG.extractor, Literal(rule)))

    for f in x.facts:
        s, p, o = iri[f.subject], KG[f.predicate], iri[f.object]
        g.add((s, p, o))
        assertion(s, p, o, f.sentence, f.rule, f.confidence)
        rec = KGR[f"assertion/{_h(art, s, p, o)}"]
        g.add((rec, KG.corroboration, Literal((corroboration or {}).get((f.subject, f.predicate, f.object), 1))))
        if f.date:
            g.add((rec, KG.date, _date_literal(f.date)))

    weights = cameo()
    inter_iri = {}
    for i in x.interactions:
        node = KGR[f"interaction/{_h(art, i.actor, i.target, i.code, i.sentence)}"]
        inter_iri["|".join((i.actor, i.target, i.code, str(i.sentence)))] = node
        g.add((node, RDF.type, KG.Interaction))
        g.add((node, KG.actor, iri[i.actor]))
        g.add((node, KG.target, iri[i.target]))
        g.add((node, KG.cameoCode, Literal(i.code)))
        g.add((node, KG.goldstein, _decimal(weights[i.code])))
        if i.date:
            g.add((node, KG.date, _date_literal(i.date)))
        assertion(node, RDF.type, KG.Interaction, i.sentence, i.rule, i.confidence)

    for a in x.attributes:
        if a.subject.startswith("interaction::"):
            subj = inter_iri.get(a.subject[len("interaction::"):])
        else:
            subj = iri.get(a.subject)
        if subj is None:
            continue
        if a.predicate == "amount":
            value, cur = a.value.split()
            m = KGR[f"amount/{_h(subj, a.value)}"]
            g.add((subj, KG.amount, m))
            g.add((m, RDF.type, KG.MonetaryAmount))
            g.add((m, RDF.type, SCHEMA.MonetaryAmount))
            g.add((m, SCHEMA.value, _decimal(value)))
            g.add((m, SCHEMA.currency, Literal(cur)))
            assertion(subj, KG.amount, m, a.sentence, a.rule, a.confidence)
        else:
            lit = _date_literal(a.value)
            g.add((subj, KG[a.predicate], lit))
            assertion(subj, KG[a.predicate], lit, a.sentence, a.rule, a.confidence)
    return ds


def _entity(g, node: URIRef, e: Entity) -> None:
    g.add((node, RDF.type, _CLASS[e.cls]))
    for sub in sorted(e.subclasses):
        if sub in _SUBCLASS:
            g.add((node, RDF.type, _SUBCLASS[sub]))
    for lang, text in sorted(e.labels.items()):
        g.add((node, RDFS.label, Literal(text, lang=lang)))
    preferred = {(t, lang) for lang, t in e.labels.items()}
    for text, lang in sorted(e.alt_labels):
        if (text, lang) not in preferred:
            g.add((node, SKOS.altLabel, Literal(text, lang=lang if lang != "zh" else "zh")))
    if e.qid:
        g.add((node, OWL.sameAs, WD[e.qid]))
    if e.props.get("geonames"):
        g.add((node, SKOS.exactMatch, URIRef(f"https://sws.geonames.org/{e.props['geonames']}/")))
    if e.props.get("iso3166_2"):  # a first-level division: its ISO 3166-2 code
        g.add((node, SKOS.notation, Literal(e.props["iso3166_2"])))
    if e.props.get("iso2"):
        g.add((node, KG.iso3166Alpha2, Literal(e.props["iso2"])))
    if e.props.get("iso3"):
        g.add((node, KG.iso3166Alpha3, Literal(e.props["iso3"])))
    if e.cls == "Leader" and e.props.get("office"):
        g.add((node, KG.office, Literal(e.props["office"])))


def new_dataset() -> Dataset:
    """An empty Dataset with the project's prefixes bound."""
    ds = Dataset()
    for prefix, ns in (("kg", "https://w3id.org/geokg/ontology#"), ("kgr", str(KGR)), ("wd", str(WD)),
                       ("schema", str(SCHEMA)), ("skos", str(SKOS)), ("owl", str(OWL))):
        ds.bind(prefix, ns, replace=True)
    return ds
