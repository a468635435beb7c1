"""The kg command as a user runs it: outputs, formats, bad input, exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

SEED = Path(__file__).parent / "data" / "articles" / "000_seed_dw.txt"
ROOT = Path(__file__).resolve().parents[1]


def kg(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=cwd or ROOT, timeout=300)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("out")
    outs = {ext: d / f"seed.{ext}" for ext in ("ttl", "trig", "nq", "nt", "jsonld")}
    args = [a for ext, p in outs.items() for a in ("-o", p)]
    r = kg("build", SEED, *args)
    assert r.returncode == 0, r.stderr
    return outs


def _canon(term) -> str:
    if isinstance(term, ox.Literal) and term.datatype and term.datatype.value.endswith("#decimal"):
        return f"decimal:{float(term.value)!r}"
    return str(term)


def test_cli_build_prints_a_summary_of_classes_and_facts():
    r = kg("build", SEED, "-o", Path(os.environ.get("TMPDIR", "/tmp")) / "kg_cli_summary.trig")
    assert r.returncode == 0
    assert "Country" in r.stdout and "leaderOf" in r.stdout and "interactions:" in r.stdout
    assert "Xi Jinping leaderOf China" in r.stdout


@pytest.mark.parametrize("ext,fmt", [("ttl", ox.RdfFormat.TURTLE), ("trig", ox.RdfFormat.TRIG), ("nq", ox.RdfFormat.N_QUADS),
                                     ("nt", ox.RdfFormat.N_TRIPLES), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_cli_every_format_parses_with_pyoxigraph_to_the_same_triples(outputs, ext, fmt):
    triples = {(_canon(q.subject), _canon(q.predicate), _canon(q.object)) for q in ox.parse(path=str(outputs[ext]), format=fmt)}
    ref = {(_canon(q.subject), _canon(q.predicate), _canon(q.object)) for q in ox.parse(path=str(outputs["nq"]), format=ox.RdfFormat.N_QUADS)}
    assert triples == ref and len(ref) > 1000


def test_cli_trig_and_nquads_keep_one_named_graph_per_article(outputs):
    ds = Dataset()
    ds.parse(outputs["trig"], format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert len(names) == 1 and next(iter(names)).startswith("https://w3id.org/geokg/id/article/")


@pytest.mark.parametrize("ext", ["ttl", "trig", "nq", "nt", "jsonld"])
def test_cli_two_builds_are_byte_identical_across_hash_seeds(tmp_path, ext):
    a, b = tmp_path / f"a.{ext}", tmp_path / f"b.{ext}"
    assert kg("build", SEED, "-o", a, "-q", env={"PYTHONHASHSEED": "1"}).returncode == 0
    assert kg("build", SEED, "-o", b, "-q", env={"PYTHONHASHSEED": "977"}).returncode == 0
    assert a.read_bytes() == b.read_bytes()


def test_cli_validate_conforms_on_the_seed(outputs):
    r = kg("validate", outputs["trig"])
    assert r.returncode == 0, r.stdout[-2000:]
    assert "conforms" in r.stdout


def test_cli_validate_exit_1_on_a_violation(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("""@prefix kg: <https://w3id.org/geokg/ontology#> .
<https://w3id.org/geokg/id/interaction/x> a kg:Interaction ; kg:goldstein 12.0 ; kg:cameoCode "057" .
""", encoding="utf-8")
    assert kg("validate", bad).returncode == 1
    assert kg("validate", tmp_path / "missing.ttl").returncode == 2


def test_cli_query_formats(outputs):
    q = "PREFIX kg: <https://w3id.org/geokg/ontology#> SELECT ?code WHERE { ?c kg:iso3166Alpha2 ?code } ORDER BY ?code"
    table = kg("query", outputs["trig"], q)
    assert table.returncode == 0 and "KZ" in table.stdout and "rows)" in table.stdout
    csv = kg("query", outputs["trig"], q, "--format", "csv")
    assert csv.stdout.splitlines()[0] == "code" and "CN" in csv.stdout.splitlines()
    js = json.loads(kg("query", outputs["trig"], q, "--format", "json").stdout)
    assert js["head"]["vars"] == ["code"] and {"type": "literal", "value": "UZ"} in [b["code"] for b in js["results"]["bindings"]]


def test_cli_query_from_file_and_syntax_error(outputs, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    r = kg("query", outputs["nq"], f"@{rq}", "--format", "csv")
    assert r.returncode == 0 and int(r.stdout.split()[1]) > 1000
    bad = kg("query", outputs["nq"], "SELEKT * WHERE {")
    assert bad.returncode == 2 and bad.stderr.startswith("kg:") and "Traceback" not in bad.stderr


def test_cli_eval_scores_the_seed(outputs):
    gold = Path(__file__).parent / "data" / "gold" / "000_seed_dw.gold.json"
    r = kg("eval", outputs["trig"], gold, "--article", SEED, "--min-entity", "0.95", "--min-fact", "0.9")
    assert r.returncode == 0, r.stdout
    assert "entity F1 1.000" in r.stdout
    r = kg("eval", outputs["trig"], gold, "--json")
    rep = json.loads(r.stdout[: r.stdout.rindex("}") + 1])
    assert rep["fact"]["f1"] >= 0.9


def test_cli_bad_inputs_are_named_and_the_rest_still_built(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "latin.txt").write_bytes("Pr\xe9sident Macron a rencontr\xe9 Xi Jinping.".encode("latin-1") + b"\xff\xfe\xfa")
    out = tmp_path / "out" / "g.trig"
    r = kg("build", SEED, tmp_path / "empty.txt", tmp_path / "image.txt", tmp_path / "report.pdf",
           tmp_path / "missing.txt", tmp_path / "latin.txt", "-o", out, "-q")
    assert r.returncode == 1
    err = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(err) == 5 and all(ln.startswith("kg: ") for ln in err), r.stderr
    for name, reason in (("empty.txt", "empty"), ("image.txt", "binary"), ("report.pdf", "unsupported"),
                         ("missing.txt", "no such file"), ("latin.txt", "UTF-8")):
        assert any(name in ln and reason in ln for ln in err), (name, r.stderr)
    assert "Traceback" not in r.stderr
    ds = Dataset()
    ds.parse(out, format="trig")
    assert len(ds) > 1000


def test_cli_big5_and_gb18030_articles_are_decoded(tmp_path):
    text = "2024年7月3日\n哈萨克斯坦总统托卡耶夫与中国国家主席习近平举行会谈。"
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "big5.txt").write_bytes(text.replace("萨", "薩").replace("克斯坦总统", "克斯坦總統").replace("与中国国家主席习近平举行会谈", "與中國國家主席習近平舉行會談").encode("big5"))
    for name in ("gb.txt", "big5.txt"):
        out = tmp_path / f"{name}.nt"
        r = kg("build", tmp_path / name, "-o", out, "-q")
        assert r.returncode == 0, r.stderr
        assert "https://w3id.org/geokg/id/country/KZ" in out.read_text(encoding="utf-8")


def test_cli_unknown_output_format_writes_nothing(tmp_path):
    r = kg("build", SEED, "-o", tmp_path / "g.xyz")
    assert r.returncode == 2 and "unknown output format" in r.stderr
    assert not list(tmp_path.iterdir())


def test_cli_failed_write_keeps_the_previous_output(tmp_path):
    out = tmp_path / "ro" / "g.trig"
    out.parent.mkdir()
    out.write_text("previous", encoding="utf-8")
    os.chmod(out.parent, 0o500)
    try:
        if os.access(out.parent, os.W_OK):
            pytest.skip("running as a user who can write to read-only folders (root)")
        r = kg("build", SEED, "-o", out, "-q")
        assert r.returncode == 2 and "cannot write" in r.stderr
        assert out.read_text(encoding="utf-8") == "previous"
    finally:
        os.chmod(out.parent, 0o700)


def test_cli_folder_input_builds_every_article(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("2024-07-03\n俄罗斯入侵乌克兰。", encoding="utf-8")
    (d / "b.txt").write_text("2024-07-04\nKazakhstan and China signed an agreement.", encoding="utf-8")
    out = tmp_path / "g.trig"
    r = kg("build", d, "-o", out)
    assert r.returncode == 0 and "articles: 2" in r.stdout
    ds = Dataset()
    ds.parse(out, format="trig")
    assert len({g.identifier for g in ds.graphs() if len(g)}) == 2


def test_cli_multi_article_outputs_are_byte_identical(tmp_path):
    arts = sorted((Path(__file__).parent / "data" / "articles").iterdir())[:4]
    for ext in ("trig", "jsonld"):
        a, b = tmp_path / f"a.{ext}", tmp_path / f"b.{ext}"
        assert kg("build", *arts, "-o", a, "-q", env={"PYTHONHASHSEED": "3"}).returncode == 0
        assert kg("build", *reversed(arts), "-o", b, "-q", env={"PYTHONHASHSEED": "4242"}).returncode == 0
        assert a.read_bytes() == b.read_bytes(), ext


def test_cli_outputs_get_ordinary_permissions(tmp_path):
    out = tmp_path / "g.nt"
    assert kg("build", SEED, "-o", out, "-q").returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_cli_eval_rejects_a_malformed_annotation(tmp_path, outputs):
    bad = tmp_path / "bad.gold.json"
    bad.write_text('{"entities": [{"id": "A", "class": "Country", "labels": ["x"]}], "facts": [["A", "leaderOf", "ZZ"]]}',
                   encoding="utf-8")
    r = kg("eval", outputs["nq"], bad)
    assert r.returncode == 2 and "ZZ" in r.stderr and "Traceback" not in r.stderr


def test_cli_version_and_short_help():
    assert kg("--version").stdout.startswith("geokg ")
    assert "Usage" in kg("build", "-h").stdout


def test_cli_eval_folder_prints_per_article_and_micro_average(tmp_path):
    import shutil

    data = Path(__file__).parent / "data"
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    for stem in ("000_seed_dw", "004_peoples_daily_cku_railway"):
        art = next(p for p in (data / "articles").iterdir() if p.stem == stem)
        shutil.copy(art, tmp_path / "articles" / art.name)
        shutil.copy(data / "gold" / f"{stem}.gold.json", tmp_path / "gold")
    r = kg("eval", tmp_path)
    assert r.returncode == 0, r.stderr
    assert "000_seed_dw" in r.stdout and "004_peoples_daily_cku_railway" in r.stdout and "micro-average" in r.stdout
    rep = json.loads(kg("eval", tmp_path, "--json").stdout)
    assert set(rep["articles"]) == {"000_seed_dw", "004_peoples_daily_cku_railway"}
    assert 0.9 <= rep["micro"]["entity"]["f1"] <= 1.0
    # the seed is Traditional, the People's Daily article Simplified: one average per script
    assert set(rep["micro_by_script"]) == {"zh-Hant", "zh-Hans"}
    assert rep["micro_by_script"]["zh-Hant"]["entity"]["f1"] == rep["articles"]["000_seed_dw"]["entity"]["f1"]
    assert "micro-average, zh-Hant (1)" in r.stdout
    assert kg("eval", tmp_path, "--min-fact", "1.0").returncode == 1
