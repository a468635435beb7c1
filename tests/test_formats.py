"""kg.formats: formats by extension, round trips through rdflib and pyoxigraph, stable bytes, atomic writes."""
from __future__ import annotations

import os
import stat

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Dataset, Literal, URIRef
from rdflib.namespace import SKOS

from kg.errors import OutputError
from kg.formats import FORMATS, format_for, serialize, union, write, write_atomic
from kg.namespace import KG, KGR, WD

EXTS = [".ttl", ".trig", ".nq", ".nt", ".jsonld"]
OX = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS,
      ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}
A1 = URIRef("https://w3id.org/geokg/id/article/a1")
A2 = URIRef("https://w3id.org/geokg/id/article/a2")


def quads() -> list[tuple]:
    kz, tok, i1 = KGR["country/KZ"], KGR["leader/tokayev"], KGR["interaction/1"]
    return [
        (kz, RDF.type, KG.Country, A1),
        (kz, RDFS.label, Literal("哈薩克斯坦", lang="zh-Hant"), A1),
        (kz, RDFS.label, Literal("哈萨克斯坦", lang="zh-Hans"), A1),
        (kz, RDFS.label, Literal("Kazakhstan", lang="en"), A1),
        (kz, KG.iso3166Alpha2, Literal("KZ"), A1),
        (kz, OWL.sameAs, WD.Q232, A1),
        (tok, RDF.type, KG.Leader, A2),
        (tok, KG.leaderOf, kz, A2),
        (tok, SKOS.altLabel, Literal('託卡耶夫 "引號"\n換行\t與 \\ 反斜線', lang="zh-Hant"), A2),
        (i1, KG.goldstein, Literal("8.0", datatype=rdflib.XSD.decimal), A2),
        (i1, KG.cameoCode, Literal("057"), A2),
        (i1, KG.charStart, Literal(12), A2),
        (i1, KG.date, Literal("2023-05", datatype=rdflib.XSD.gYearMonth), A2),
        (kz, RDF.type, KG.Country, A2),  # the same triple in both graphs
    ]


def dataset(order: int = 1) -> Dataset:
    ds = Dataset()
    ds.bind("kg", "https://w3id.org/geokg/ontology#")
    items = quads() if order == 1 else list(reversed(quads()))
    if order == 3:
        items = sorted(quads(), key=lambda q: (str(q[1]), str(q[2])))
    for s, p, o, g in items:
        ds.graph(g).add((s, p, o))
    return ds


def expected_triples() -> set[tuple]:
    return {(s, p, o) for s, p, o, _ in quads()}


def rdflib_triples(data: bytes, ext: str) -> set[tuple]:
    ds = Dataset()
    ds.parse(data=data, format=format_for("x" + ext)[0])
    return {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}


def from_ox(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    assert isinstance(term, ox.Literal), term  # the data has no blank nodes
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value, datatype=None if dt == str(rdflib.XSD.string) else URIRef(dt))


def oxigraph_triples(data: bytes, ext: str) -> set[tuple]:
    store = ox.Store()
    store.load(data, format=OX[ext])
    return {(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)) for q in store}


def canon(triples: set[tuple]) -> set[tuple]:
    """Compare literals by value and datatype (JSON-LD may rewrite '8.0' as '8.0E0' style lexical forms)."""
    def c(t):
        if isinstance(t, Literal):
            return ("L", t.language and t.language.lower(), str(t.datatype or ""), t.toPython() if t.datatype else str(t))
        return t
    return {tuple(map(c, t)) for t in triples}


# --------------------------------------------------------------------------- format_for

@pytest.mark.parametrize("path, fmt, named_graphs", [
    ("out.ttl", "turtle", False), ("out.trig", "trig", True), ("out.nq", "nquads", True),
    ("out.nt", "nt", False), ("out.jsonld", "json-ld", True), ("out.json", "json-ld", True),
    ("dir/OUT.TTL", "turtle", False), ("a.b/out.trig", "trig", True),
])
def test_formats_format_for_extension(path, fmt, named_graphs):
    row = format_for(path)
    assert row[0] == fmt and row[1] is named_graphs


@pytest.mark.parametrize("path", ["out.xml", "out.csv", "out", "out.ttl.bak", "dir.ttl/out"])
def test_formats_unknown_extension_clear_error(path):
    with pytest.raises(OutputError) as info:
        format_for(path)
    msg = str(info.value)
    assert path in msg and "unknown output format" in msg
    assert all(ext in msg for ext in FORMATS)


@pytest.mark.parametrize("ext", EXTS)
def test_formats_serialize_accepts_bare_extension(ext):
    assert serialize(dataset(), ext) == serialize(dataset(), "out" + ext)


# --------------------------------------------------------------------------- round trips

@pytest.mark.parametrize("ext", EXTS)
def test_formats_round_trip_rdflib(ext):
    data = serialize(dataset(), "out" + ext)
    assert canon(rdflib_triples(data, ext)) == canon(expected_triples())


@pytest.mark.parametrize("ext", EXTS)
def test_formats_round_trip_pyoxigraph(ext):
    data = serialize(dataset(), "out" + ext)
    assert canon(oxigraph_triples(data, ext)) == canon(expected_triples())


@pytest.mark.parametrize("ext", [".trig", ".nq", ".jsonld"])
def test_formats_named_graphs_kept(ext):
    store = ox.Store()
    store.load(serialize(dataset(), "out" + ext), format=OX[ext])
    graphs = {q.graph_name.value for q in store if isinstance(q.graph_name, ox.NamedNode)}
    assert graphs == {str(A1), str(A2)}
    assert len(store) == len(quads())


@pytest.mark.parametrize("ext", [".ttl", ".nt"])
def test_formats_triple_formats_hold_the_union(ext):
    data = serialize(dataset(), "out" + ext)
    assert len(rdflib_triples(data, ext)) == len(expected_triples()) == len(quads()) - 1


def test_formats_chinese_literals_written_as_utf8():
    for ext in EXTS:
        text = serialize(dataset(), "out" + ext).decode("utf-8")
        assert "哈薩克斯坦" in text and "託卡耶夫" in text, ext


def test_formats_union_merges_graphs():
    g = union(dataset())
    assert set(g) == expected_triples()
    assert dict(g.namespaces())["kg"] == URIRef("https://w3id.org/geokg/ontology#")


# --------------------------------------------------------------------------- stable bytes

@pytest.mark.parametrize("ext", EXTS)
def test_formats_serialize_deterministic(ext):
    assert serialize(dataset(), "out" + ext) == serialize(dataset(), "out" + ext)


@pytest.mark.parametrize("ext", EXTS)
@pytest.mark.parametrize("order", [2, 3])
def test_formats_serialize_independent_of_insertion_order(ext, order):
    assert serialize(dataset(order), "out" + ext) == serialize(dataset(1), "out" + ext)


@pytest.mark.parametrize("ext", [".nq", ".nt"])
def test_formats_line_formats_sorted_unique(ext):
    lines = serialize(dataset(), "out" + ext).decode("utf-8").splitlines()
    assert lines == sorted(set(lines))


# --------------------------------------------------------------------------- writing

def test_formats_write_creates_file_and_folders(tmp_path):
    target = tmp_path / "new" / "dir" / "out.trig"
    n = write(dataset(), target)
    assert target.read_bytes() == serialize(dataset(), "out.trig")
    assert n == len(target.read_bytes())
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.trig"]


def test_formats_write_atomic_replaces_whole_file(tmp_path):
    target = tmp_path / "out.nt"
    target.write_bytes(b"old contents that are longer than the new ones\n" * 10)
    write_atomic(target, b"new\n")
    assert target.read_bytes() == b"new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.nt"]


def test_formats_write_unknown_format_writes_nothing(tmp_path):
    with pytest.raises(OutputError):
        write(dataset(), tmp_path / "out.xml")
    assert list(tmp_path.iterdir()) == []


def test_formats_write_atomic_read_only_folder_keeps_previous_file(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "out.ttl"
    target.write_bytes(b"previous\n")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: chmod does not make the folder read-only")
        with pytest.raises(OutputError) as info:
            write_atomic(target, b"new contents\n")
        assert str(target) in str(info.value)
        assert target.read_bytes() == b"previous\n"
        assert sorted(p.name for p in folder.iterdir()) == ["out.ttl"]
    finally:
        folder.chmod(stat.S_IRWXU)


def test_formats_write_atomic_failed_rename_keeps_previous_and_no_temp(tmp_path):
    # Works as root too: the target is a non-empty folder, so the final rename fails.
    target = tmp_path / "out.ttl"
    target.mkdir()
    (target / "keep").write_bytes(b"previous\n")
    with pytest.raises(OutputError) as info:
        write_atomic(target, b"new contents\n")
    assert str(target) in str(info.value) and "unchanged" in str(info.value)
    assert (target / "keep").read_bytes() == b"previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl"]


def test_formats_write_atomic_unwritable_parent(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_bytes(b"x")
    with pytest.raises(OutputError, match="cannot write"):
        write_atomic(blocker / "out.ttl", b"data")
    assert blocker.read_bytes() == b"x"
