"""Rules as data: kg/data/cameo.toml, cameo_goldstein.tsv and lexicon.toml are complete and consistent.

(Running each trigger's example sentences through the extractor is in
tests/test_extract.py.)
"""
from __future__ import annotations

import re
from collections import Counter

import pytest
from rdflib import RDFS, Graph, URIRef

from kg.gazetteer import cameo
from kg.lexicon import lexicon
from kg.namespace import KG_IRI
from kg.normalise import fold
from kg.resources import data_file, load_toml

TRIGGERS = load_toml("cameo.toml")["trigger"]
LEXICON = load_toml("lexicon.toml")


def tsv_rows() -> list[list[str]]:
    lines = data_file("cameo_goldstein.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["cameo_code", "goldstein"]
    return [ln.split("\t") for ln in lines[1:] if ln.strip()]


# --------------------------------------------------------------------------- cameo_goldstein.tsv

def test_rules_goldstein_table_well_formed():
    rows = tsv_rows()
    assert all(len(r) == 2 for r in rows)
    codes = [r[0] for r in rows]
    assert [c for c, n in Counter(codes).items() if n > 1] == []
    assert [c for c in codes if not re.fullmatch(r"\d{2,4}", c)] == []
    assert len(rows) > 250  # GDELT's table has every CAMEO code


def test_rules_goldstein_weights_in_range():
    assert [(c, w) for c, w in cameo().items() if not -10.0 <= w <= 10.0] == []


def test_rules_goldstein_loader_reads_every_row():
    assert cameo() == {c: float(w) for c, w in tsv_rows()}


@pytest.mark.parametrize("code, weight", [
    ("057", 8.0), ("163", -8.0), ("190", -10.0), ("040", 1.0), ("120", -4.0), ("100", -5.0), ("070", 7.0),
    ("042", 1.9), ("043", 2.8), ("0871", 9.0), ("138", -7.0), ("192", -9.5),
])
def test_rules_goldstein_matches_gdelt(code, weight):
    assert cameo()[code] == weight


# --------------------------------------------------------------------------- cameo.toml

def test_rules_trigger_codes_exist_in_goldstein_table():
    table = cameo()
    assert [(t["id"], t["code"]) for t in TRIGGERS if t["code"] not in table] == []


def test_rules_trigger_ids_unique():
    assert [k for k, n in Counter(t["id"] for t in TRIGGERS).items() if n > 1] == []


def test_rules_trigger_records_complete():
    bad = []
    for t in TRIGGERS:
        if not re.fullmatch(r"[a-z_]+", t["id"]):
            bad.append((t["id"], "id"))
        if not isinstance(t["code"], str) or not re.fullmatch(r"\d{2,4}", t["code"]):
            bad.append((t["id"], "code", t["code"]))  # a string keeps the leading zero
        if not t.get("name"):
            bad.append((t["id"], "name"))
        if not (t.get("zh") or t.get("en")):
            bad.append((t["id"], "no trigger words"))
        if not t.get("examples"):
            bad.append((t["id"], "no examples"))
    assert bad == []


def test_rules_trigger_words_belong_to_one_trigger():
    # lexicon() keeps the first trigger of a word and would silently drop the second.
    owner: dict[str, set] = {}
    for t in TRIGGERS:
        for w in t.get("zh", []) + t.get("en", []):
            owner.setdefault(fold(w), set()).add(t["id"])
    assert {w: ids for w, ids in owner.items() if len(ids) > 1} == {}


def test_rules_every_trigger_word_compiled():
    lx = lexicon()
    words = {(fold(w), t["id"]) for t in TRIGGERS for w in t.get("zh", []) + t.get("en", [])}
    whole = {w for w, _ in words if "…" not in w}
    assert set(lx.triggers) == whole
    for w, trig in lx.triggers.items():
        assert lx.trigger_rx.fullmatch(w)
        assert trig.code == next(t["code"] for t in TRIGGERS if t["id"] == trig.id)
    # "A…B" words match A and B with a short gap between them
    for w, tid in words - {(w, i) for w, i in words if w in whole}:
        a, b = (p.strip() for p in w.split("…"))
        assert any(tr.id == tid and rx.search(a + "对俄" + b) for rx, tr in lx.split_triggers), w


# --------------------------------------------------------------------------- lexicon.toml

# Every (section, key) the code reads: kg/lexicon.py and kg/money.py.
READ = [
    ("titles", None), ("honorific_suffix", "zh"),
    ("groups", "states_zh"), ("groups", "leaders_zh"), ("groups", "states_en"), ("groups", "leaders_en"),
    ("groups", "both_zh"), ("groups", "both_en"), ("groups", "all_zh"), ("groups", "all_en"),
    ("pronouns", "person_zh"), ("pronouns", "person_en"), ("pronouns", "state_zh"), ("pronouns", "state_en"),
    ("events", "anaphora_zh"), ("events", "anaphora_en"),
    ("attend", "zh"), ("attend", "en"), ("host", "zh"), ("host", "en"),
    ("agreements", "zh"), ("agreements", "en"),
    ("sign", "zh"), ("sign", "en"), ("sign", "adopt_only_zh"), ("sign", "adopt_only_en"),
    ("infrastructure", "heads_zh"), ("infrastructure", "heads_en"),
    ("infrastructure", "joiners_zh"), ("infrastructure", "joiners_en"),
    ("money", "currencies"), ("money", "symbols"), ("money", "multipliers"), ("money", "links"),
]


@pytest.mark.parametrize("section, key", READ, ids=[f"{s}.{k}" if k else s for s, k in READ])
def test_rules_lexicon_section_exists(section, key):
    assert section in LEXICON, f"lexicon.toml has no [{section}]"
    value = LEXICON[section] if key is None else LEXICON[section].get(key)
    assert value, f"lexicon.toml [{section}] {key} is missing or empty"
    if isinstance(value, list):
        assert all(isinstance(w, str) and w.strip() for w in value)


def test_rules_lexicon_money_links_both_languages():
    assert LEXICON["money"]["links"]["zh"] and LEXICON["money"]["links"]["en"]


def test_rules_lexicon_compiles():
    lx = lexicon()
    assert lx.titles[fold("總統")] == "head_of_state"
    assert lx.titles[fold("Prime Minister")] == "head_of_government"
    assert lx.event_heads[fold("峰會")] == "Summit"
    assert lx.both.search(fold("雙方同意"))
    assert not lx.both.search(fold("the two-sided coin"))


def test_rules_lexicon_event_heads_are_event_subclasses(repo):
    ont = Graph().parse(repo / "ontology" / "geokg.ttl", format="turtle")
    heads = [k for k in LEXICON["events"] if k[0].isupper()]
    assert heads
    for cls in heads:
        assert (URIRef(KG_IRI + cls), RDFS.subClassOf, URIRef(KG_IRI + "Event")) in ont, cls


def test_rules_lexicon_title_offices_known():
    offices = {t["office"] for p in load_toml("leaders.toml")["leader"] for t in p.get("term", [])}
    assert set(LEXICON["titles"]) <= offices | {"minister"}


def test_rules_lexicon_money_codes_and_multipliers():
    money = LEXICON["money"]
    codes = list(money["currencies"].values()) + list(money["symbols"].values())
    assert [c for c in codes if not re.fullmatch(r"[A-Z]{3}", c)] == []
    assert all(float(v) > 1 for v in money["multipliers"].values())
    assert money["currencies"]["元"] == "CNY" and money["currencies"]["美元"] == "USD"
    assert money["multipliers"]["亿"] == 1e8 and money["multipliers"]["billion"] == 1e9
