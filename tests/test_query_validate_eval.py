"""kg.query, kg.validate and kg.evaluate on small graphs written by hand."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from kg.errors import QueryError, SourceError
from kg.evaluate import Gold, score_graph
from kg.namespace import KG, WD
from kg.query import read_query, run, table
from kg.validate import validate

TRIG = """\
@prefix kg: <https://w3id.org/geokg/ontology#> .
@prefix kgr: <https://w3id.org/geokg/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix schema: <https://schema.org/> .

kgr:article-000 {
    kgr:article-000 a kg:Article ;
        schema:headline "中亞五國全到齊"@zh-Hant ;
        schema:datePublished "2023-05-19T02:07:32Z"^^xsd:dateTime ;
        schema:inLanguage "zh-Hant" .

    kgr:country-KZ a kg:Country ;
        rdfs:label "Kazakhstan"@en , "哈薩克斯坦"@zh-Hant ;
        kg:iso3166Alpha2 "KZ" ;
        owl:sameAs wd:Q232 .
    kgr:country-CN a kg:Country ;
        rdfs:label "China"@en , "中國"@zh-Hant ;
        kg:iso3166Alpha2 "CN" ;
        owl:sameAs wd:Q148 .
    kgr:place-xian a kg:Place ;
        rdfs:label "Xi'an"@en , "西安"@zh-Hant ;
        kg:inCountry kgr:country-CN .

    kgr:leader-tokayev a kg:Leader ;
        rdfs:label "Kassym-Jomart Tokayev"@en , "託卡耶夫"@zh-Hant ;
        kg:leaderOf LEADER_OF .

    kgr:interaction-1 a kg:Interaction ;
        kg:actor kgr:country-KZ ;
        kg:target kgr:country-CN ;
        kg:cameoCode "057" ;
        kg:goldstein GOLDSTEIN ;
        kg:date "2023-05-18"^^xsd:date .

    kgr:assertion-1 a kg:Assertion ;
        rdf:subject kgr:leader-tokayev ;
        rdf:predicate kg:leaderOf ;
        rdf:object kgr:country-KZ ;
        kg:sourceArticle kgr:article-000 ;
        kg:evidence "哈薩克斯坦總統託卡耶夫" ;
        kg:charStart 10 ;
        kg:charEnd 21 ;
        kg:confidence 0.9 .
}
"""

LABELS = """PREFIX kg: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?iso ?label WHERE { ?c a kg:Country ; kg:iso3166Alpha2 ?iso ; rdfs:label ?label } ORDER BY ?iso ?label"""

LEADERS = """PREFIX kg: <https://w3id.org/geokg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?leader ?qid WHERE { ?l kg:leaderOf ?c ; rdfs:label ?leader . ?c owl:sameAs ?qid .
  FILTER(lang(?leader) = "en") }"""

ROWS = [("CN", "China"), ("CN", "中國"), ("KZ", "Kazakhstan"), ("KZ", "哈薩克斯坦")]


def trig(leader_of: str = "kgr:country-KZ", goldstein: str = "8.0") -> str:
    return TRIG.replace("LEADER_OF", leader_of).replace("GOLDSTEIN", goldstein)


@pytest.fixture
def source(tmp_path):
    p = tmp_path / "kg.trig"
    p.write_text(trig(), encoding="utf-8")
    return p


# --------------------------------------------------------------------------- query

def test_query_table(source):
    out = run(source, LABELS, "table").splitlines()
    assert out[0].split("|")[0].strip() == "iso" and out[0].split("|")[1].strip() == "label"
    assert [tuple(c.strip() for c in line.split("|")) for line in out[2:-1]] == ROWS
    assert out[-1] == "(4 rows)"


def test_query_table_aligns_wide_characters():
    out = table(["name", "n"], [["哈薩克斯坦", "1"], ["KZ", "22"]]).splitlines()
    # 哈薩克斯坦 is five wide characters: ten columns, like 'KZ' padded with eight spaces
    assert out[2] == "哈薩克斯坦 | 1 "
    assert out[3] == "KZ         | 22"
    assert out[-1] == "(2 rows)"


def test_query_csv(source):
    rows = list(csv.reader(io.StringIO(run(source, LABELS, "csv"))))
    assert rows[0] == ["iso", "label"]
    assert [tuple(r) for r in rows[1:] if r] == ROWS


def test_query_json(source):
    res = json.loads(run(source, LABELS, "json"))
    assert res["head"]["vars"] == ["iso", "label"]
    bindings = res["results"]["bindings"]
    assert [(b["iso"]["value"], b["label"]["value"]) for b in bindings] == ROWS
    assert bindings[0]["label"]["type"] == "literal" and bindings[0]["label"]["xml:lang"] == "en"


def test_query_joins_leader_to_wikidata(source):
    res = json.loads(run(source, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + LEADERS, "json"))
    assert [(b["leader"]["value"], b["qid"]["value"]) for b in res["results"]["bindings"]] == [
        ("Kassym-Jomart Tokayev", str(WD.Q232))]


def test_query_runs_over_union_of_named_graphs(source):
    out = run(source, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "csv").split()
    assert out[0] == "n" and int(out[1]) > 30


@pytest.mark.parametrize("fmt, expected", [("table", "true"), ("json", '{"head": {}, "boolean": true}')])
def test_query_ask(source, fmt, expected):
    q = "PREFIX kg: <https://w3id.org/geokg/ontology#> ASK { ?x kg:leaderOf ?y }"
    assert run(source, q, fmt) == expected
    assert json.loads(run(source, q, "json"))["boolean"] is True


def test_query_from_file(source, tmp_path):
    rq = tmp_path / "labels.rq"
    rq.write_text(LABELS, encoding="utf-8")
    text = read_query(f"@{rq}")
    assert text == LABELS
    assert run(source, text, "csv") == run(source, LABELS, "csv")
    assert read_query(LABELS) == LABELS


def test_query_missing_query_file(tmp_path):
    with pytest.raises(QueryError, match="no such query file"):
        read_query(f"@{tmp_path / 'none.rq'}")


def test_query_syntax_error(source):
    with pytest.raises(QueryError, match="syntax"):
        run(source, "SELEC ?x WHERE { ?x ?y", "table")


def test_query_unknown_result_format(source):
    with pytest.raises(QueryError, match="table, csv, json"):
        run(source, LABELS, "xml")


@pytest.mark.parametrize("name, content, message", [
    ("missing.trig", None, "no such file"),
    ("broken.trig", "this is { not trig", "cannot parse"),
    ("data.xml", "<x/>", "unknown RDF format"),
])
def test_query_bad_source(tmp_path, name, content, message):
    p = tmp_path / name
    if content is not None:
        p.write_text(content, encoding="utf-8")
    with pytest.raises(SourceError, match=message) as info:
        run(p, LABELS)
    assert str(p) in str(info.value)


# --------------------------------------------------------------------------- validate

def test_validate_conforms(source):
    report = validate(source)
    assert report.conforms is True
    assert report.violations == 0


@pytest.mark.parametrize("leader_of, goldstein, message", [
    ("kgr:country-KZ", "12.0", "goldstein"),
    ("kgr:place-xian", "8.0", "leaderOf"),
    ("kgr:country-KZ", '"8.0"', "goldstein"),
])
def test_validate_violation(tmp_path, leader_of, goldstein, message):
    p = tmp_path / "bad.trig"
    p.write_text(trig(leader_of, goldstein), encoding="utf-8")
    report = validate(p)
    assert report.conforms is False
    assert report.violations >= 1
    assert message in report.text


def test_validate_missing_iso_code(tmp_path):
    p = tmp_path / "bad.trig"
    p.write_text(trig().replace('kg:iso3166Alpha2 "KZ" ;', ""), encoding="utf-8")
    report = validate(p)
    assert report.conforms is False and "iso3166Alpha2" in report.text


def test_validate_offsets_out_of_order(tmp_path):
    p = tmp_path / "bad.trig"
    p.write_text(trig().replace("kg:charEnd 21", "kg:charEnd 5"), encoding="utf-8")
    report = validate(p)
    assert report.conforms is False and report.violations == 1


# --------------------------------------------------------------------------- evaluate

N = Namespace("https://w3id.org/geokg/id/")

GOLD = {
    "article": "t.txt",
    "entities": [
        {"id": "KZ", "class": "Country", "labels": ["哈薩克斯坦", "Kazakhstan"], "wikidata": "Q232"},
        {"id": "CN", "class": "Country", "labels": ["中國", "China"], "wikidata": "Q148"},
        {"id": "TOKAYEV", "class": "Leader", "labels": ["託卡耶夫", "Tokayev"]},
        {"id": "XI", "class": "Leader", "labels": ["習近平", "Xi Jinping"], "wikidata": "Q15031"},
        {"id": "SUMMIT", "class": "Event", "labels": ["中國－中亞峰會", "China-Central Asia Summit"]},
        {"id": "DW", "class": "Organization", "labels": ["德國之聲"], "required": False},
    ],
    "facts": [
        ["TOKAYEV", "leaderOf", "KZ"],
        ["XI", "leaderOf", "CN"],
        ["SUMMIT", "participant", "KZ"],
        ["SUMMIT", "hostedBy", "CN"],
        ["XI", "metWith", "TOKAYEV"],
    ],
    "interactions": [{"pair": ["KZ", "CN"], "polarity": "cooperation"}],
    "attributes": [{"entity": "SUMMIT", "property": "startDate", "value": "2023-05-18"}],
}


def graph(*, spurious: bool = False, drop: tuple | None = None, met: str = "xi->tok",
          participant: str = "leader") -> Graph:
    """A graph that states exactly GOLD, with one change at a time."""
    g = Graph()
    kz, cn, tok, xi, summit = N.kz, N.cn, N.tokayev, N.xi, N.summit

    def ent(node, cls, *labels, qid=None):
        g.add((node, RDF.type, KG[cls]))
        for text, lang in labels:
            g.add((node, RDFS.label, Literal(text, lang=lang)))
        if qid:
            g.add((node, OWL.sameAs, WD[qid]))

    ent(kz, "Country", ("哈萨克斯坦", "zh-Hans"), qid="Q232")
    ent(cn, "Country", ("China", "en"), qid="Q148")
    ent(tok, "Leader", ("托卡耶夫", "zh-Hans"))  # Simplified: matched through normalisation
    ent(xi, "Leader", ("Xi Jinping", "en"))
    ent(summit, "Event", ("中国-中亚峰会", "zh-Hans"))
    ent(N.dw, "Organization", ("德国之声", "zh-Hans"))
    if spurious:
        ent(N.freedonia, "Country", ("Freedonia", "en"))
    facts = [
        (tok, KG.leaderOf, kz), (xi, KG.leaderOf, cn),
        (summit, KG.participant, tok if participant == "leader" else kz),
        (summit, KG.hostedBy, cn),
        (xi, KG.metWith, tok) if met == "xi->tok" else (tok, KG.metWith, xi),
    ]
    for t in facts:
        if drop is None or t[1] != KG[drop[0]] or t[0] != getattr(N, drop[1]):
            g.add(t)
    g.add((summit, KG.startDate, Literal("2023-05-18")))
    g.add((N.i1, RDF.type, KG.Interaction))
    g.add((N.i1, KG.actor, xi))  # a leader: lifted to the state it leads
    g.add((N.i1, KG.target, kz))
    g.add((N.i1, KG.cameoCode, Literal("057")))
    return g


def score(g: Graph, gold: dict = GOLD) -> dict:
    return score_graph(g, Gold(gold))


def prf(s) -> tuple[float, float]:
    return (round(s.precision, 4), round(s.recall, 4))


def test_evaluate_perfect_graph_scores_one():
    rep = score(graph())
    assert prf(rep["entity"]) == (1.0, 1.0) and rep["entity"].f1 == 1.0
    assert prf(rep["fact"]) == (1.0, 1.0)
    assert prf(rep["interaction"]) == (1.0, 1.0)
    assert rep["attribute"]["accuracy"] == 1.0
    assert rep["entity"].missing == [] and rep["entity"].spurious == []


def test_evaluate_spurious_core_entity_lowers_precision():
    rep = score(graph(spurious=True))
    assert prf(rep["entity"]) == (0.8, 1.0)  # 4 true core entities, 1 spurious
    assert len(rep["entity"].spurious) == 1 and "Freedonia".lower() in rep["entity"].spurious[0].lower()


def test_evaluate_missing_entity_lowers_recall():
    g = graph()
    g.remove((N.xi, None, None))
    g.remove((None, None, N.xi))
    rep = score(g)
    assert rep["entity"].missing == ["XI"]
    assert prf(rep["entity"]) == (1.0, 0.8)  # 4 of 5 required entities found


def test_evaluate_missing_fact_lowers_fact_recall():
    rep = score(graph(drop=("leaderOf", "xi")))
    assert prf(rep["fact"]) == (1.0, 0.8)
    assert rep["fact"].missing == [["XI", "leaderOf", "CN"]]


def test_evaluate_wrong_fact_lowers_fact_precision():
    g = graph()
    g.add((N.summit, KG.hostedBy, N.kz))
    rep = score(g)
    assert prf(rep["fact"]) == (round(5 / 6, 4), 1.0)
    assert rep["fact"].spurious == [["SUMMIT", "hostedBy", "KZ"]]


@pytest.mark.parametrize("participant", ["leader", "country"])
def test_evaluate_leader_participant_lifted_to_country(participant):
    rep = score(graph(participant=participant))
    assert prf(rep["fact"]) == (1.0, 1.0)
    assert ["SUMMIT", "participant", "KZ"] not in rep["fact"].missing


@pytest.mark.parametrize("met", ["xi->tok", "tok->xi"])
def test_evaluate_met_with_either_direction(met):
    rep = score(graph(met=met))
    assert prf(rep["fact"]) == (1.0, 1.0)


def test_evaluate_interaction_polarity_must_match():
    g = graph()
    g.set((N.i1, KG.cameoCode, Literal("190")))
    rep = score(g)
    assert prf(rep["interaction"]) == (0.0, 0.0)
    assert rep["interaction"].missing == [["CN", "KZ", "cooperation"]]
    assert rep["interaction"].spurious == [["CN", "KZ", "conflict"]]


def test_evaluate_wrong_attribute_value():
    g = graph()
    g.set((N.summit, KG.startDate, Literal("2023-05-19")))
    rep = score(g)
    assert rep["attribute"]["accuracy"] == 0.0
    assert rep["attribute"]["missing"] == ["SUMMIT.startDate=2023-05-18"]


def test_evaluate_optional_entity_neither_needed_nor_penalised():
    g = graph()
    g.remove((N.dw, None, None))
    assert prf(score(g)["entity"]) == (1.0, 1.0)


def test_evaluate_qid_match_beats_labels():
    g = graph()
    g.remove((N.kz, RDFS.label, None))
    g.add((N.kz, RDFS.label, Literal("Qazaqstan Respublikasy", lang="kk")))
    assert prf(score(g)["entity"]) == (1.0, 1.0)


def test_evaluate_provenance_coverage():
    g = graph()
    rec = N.assertion1
    g.add((rec, RDF.type, KG.Assertion))
    g.add((rec, RDF.subject, N.tokayev))
    g.add((rec, RDF.predicate, KG.leaderOf))
    g.add((rec, RDF.object, N.kz))
    g.add((rec, KG.evidence, Literal("哈萨克斯坦总统托卡耶夫")))
    g.add((rec, KG.sourceArticle, N.article))
    rep = score(g)
    # 5 facts and 1 interaction need a record; one has it
    assert rep["provenance"] == {"coverage": pytest.approx(1 / 6), "needed": 6}
    rep = score_graph(g, Gold(GOLD), article_text="另一篇文章")
    assert rep["provenance"]["coverage"] == 0.0  # the evidence is not in that article
