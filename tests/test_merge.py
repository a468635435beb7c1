"""Many articles, one graph: the same summit from three outlets is one event, and facts count their articles."""
from __future__ import annotations

from pathlib import Path

from rdflib import RDF

from kg.formats import union
from kg.namespace import KG
from kg.pipeline import build

FOLDER = Path(__file__).parent / "data" / "same_summit"
STATES = {"CN", "KZ", "KG", "TJ", "TM", "UZ"}


def _state(g, node) -> str | None:
    code = g.value(node, KG.iso3166Alpha2)
    if code is None:
        c = g.value(node, KG.leaderOf)
        code = g.value(c, KG.iso3166Alpha2) if c is not None else None
    return str(code) if code is not None else None


def test_merge_same_summit_from_three_articles_is_one_event():
    result = build([FOLDER])
    assert len(result.extractions) == 3
    g = union(result.dataset)
    summits = set(g.subjects(RDF.type, KG.Summit))
    assert len(summits) == 1
    ev = next(iter(summits))
    assert {_state(g, p) for p in g.objects(ev, KG.participant)} >= STATES
    labels = {str(x) for x in g.objects(ev, None) if hasattr(x, "language")}
    assert any("中國－中亞峰會" in x for x in labels) and any("China-Central Asia Summit" in x for x in labels)


def test_merge_corroboration_counts_the_articles_stating_a_fact():
    result = build([FOLDER])
    g = union(result.dataset)
    ev = next(iter(g.subjects(RDF.type, KG.Summit)))
    stated: dict = {}
    for x in result.extractions:  # the articles' own view, counted independently of the emitter
        for f in x.facts:
            stated.setdefault((f.subject, f.predicate, f.object), set()).add(x.doc.source)
    counts = {}
    for r in g.subjects(RDF.type, KG.Assertion):
        if g.value(r, RDF.subject) == ev and g.value(r, KG.corroboration) is not None:
            counts[(g.value(r, RDF.predicate), g.value(r, RDF.object))] = int(g.value(r, KG.corroboration))
    loc = [n for (p, o), n in counts.items() if p == KG.location]
    assert loc == [3]  # every article places it in Astana
    xi = [n for (p, o), n in counts.items() if p == KG.participant and str(o).endswith("Q15031")]
    assert xi == [3]
    # every count equals the number of articles whose extraction states that fact
    from kg.emit import entity_iri

    iri = {}
    for x in result.extractions:
        for k, e in x.entities.items():
            iri[k] = entity_iri(k, e.qid)
    for (subj, pred, obj), sources in stated.items():
        if subj.startswith("event:"):
            assert counts[(KG[pred], iri[obj])] == len(sources), (pred, obj)


def test_merge_keeps_summits_of_different_years_apart(tmp_path):
    (tmp_path / "a.txt").write_text("2023-05-19\n中国－中亚峰会5月18日在西安举行。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("2025-06-17\n中国－中亚峰会6月17日在阿斯塔纳举行。", encoding="utf-8")
    g = union(build([tmp_path]).dataset)
    assert len(set(g.subjects(RDF.type, KG.Summit))) == 2


def test_merge_each_article_keeps_its_named_graph():
    result = build([FOLDER])
    names = {g.identifier for g in result.dataset.graphs() if len(g)}
    assert len(names) == 3
