"""kg.gazetteer and its data files: world knowledge as data, checked for integrity and known facts."""
from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date

import pytest

from kg.gazetteer import Term, load
from kg.normalise import fold
from kg.resources import load_toml

COUNTRIES = load_toml("countries.toml")["country"]
LEADERS = load_toml("leaders.toml")["leader"]
PLACES = load_toml("places.toml")["place"]
REGIONS = load_toml("regions.toml")["region"]
ORGANIZATIONS = load_toml("organizations.toml")["organization"]
PROJECTS = load_toml("projects.toml")["project"]
ISO2 = {c["iso2"] for c in COUNTRIES}
QID = re.compile(r"^Q[0-9]+$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def scan(g, text: str) -> list[tuple[str, tuple]]:
    return [(text[s:e], cands) for s, e, cands in g.scan(fold(text), text)]


def kinds(g, text: str) -> dict[str, set]:
    out: dict[str, set] = {}
    for surface, cands in scan(g, text):
        out.setdefault(surface, set()).update(cands)
    return out


# --------------------------------------------------------------------------- countries.toml

def test_gazetteer_countries_iso_codes_unique_and_well_formed():
    iso2 = Counter(c["iso2"] for c in COUNTRIES)
    iso3 = Counter(c["iso3"] for c in COUNTRIES)
    assert [k for k, n in iso2.items() if n > 1] == []
    assert [k for k, n in iso3.items() if n > 1] == []
    assert [c["iso2"] for c in COUNTRIES if not re.fullmatch(r"[A-Z]{2}", c["iso2"])] == []
    assert [c["iso3"] for c in COUNTRIES if not re.fullmatch(r"[A-Z]{3}", c["iso3"])] == []


def test_gazetteer_countries_qids_well_formed_and_unique():
    qids = [c["qid"] for c in COUNTRIES if "qid" in c]
    assert [q for q in qids if not QID.match(q)] == []
    assert [q for q, n in Counter(qids).items() if n > 1] == []


def test_gazetteer_countries_cover_the_un():
    assert sum(1 for c in COUNTRIES if c.get("un_member") is True) >= 193
    assert all(c.get("en") and c.get("zh_hans") and c.get("zh_hant") for c in COUNTRIES)


@pytest.mark.parametrize("iso2, iso3, qid", [
    ("KZ", "KAZ", "Q232"), ("CN", "CHN", "Q148"), ("RU", "RUS", "Q159"), ("UA", "UKR", "Q212"),
    ("JP", "JPN", "Q17"), ("US", "USA", "Q30"), ("KG", "KGZ", "Q813"), ("TJ", "TJK", "Q863"),
    ("TM", "TKM", "Q874"), ("UZ", "UZB", "Q265"), ("DE", "DEU", "Q183"), ("IN", "IND", "Q668"),
])
def test_gazetteer_country_known_facts(gazetteer, iso2, iso3, qid):
    e = gazetteer.get("country", iso2)
    assert e is not None
    assert e.qid == qid
    assert e.get("iso3") == iso3


# --------------------------------------------------------------------------- leaders.toml

def test_gazetteer_leader_ids_unique():
    assert [k for k, n in Counter(p["id"] for p in LEADERS).items() if n > 1] == []
    assert all(re.fullmatch(r"[a-z0-9_]+", p["id"]) for p in LEADERS)


def test_gazetteer_leader_qids_well_formed():
    assert [p["id"] for p in LEADERS if "qid" in p and not QID.match(p["qid"])] == []


def test_gazetteer_leader_terms_well_formed():
    bad = []
    for p in LEADERS:
        if not p.get("term"):
            bad.append((p["id"], "no term"))
        for t in p.get("term", []):
            if t["country"] not in ISO2 and t["country"] != "EU":
                bad.append((p["id"], "country", t["country"]))
            if t.get("office") not in ("head_of_state", "head_of_government", "supreme_leader"):
                bad.append((p["id"], "office", t.get("office")))
            for k in ("start", "end"):
                v = str(t.get(k, ""))
                if v and not ISO_DATE.match(v):
                    bad.append((p["id"], k, v))
    assert bad == []


def _first_day(s: str) -> date:
    y, m, d = ([int(x) for x in s.split("-")] + [1, 1])[:3]
    return date(y, m, d)


def _last_day(s: str) -> date:
    parts = [int(x) for x in s.split("-")]
    y, m = parts[0], parts[1] if len(parts) > 1 else 12
    return date(y, m, parts[2] if len(parts) > 2 else calendar.monthrange(y, m)[1])


def test_gazetteer_leader_terms_parse_and_start_before_end(gazetteer):
    leaders = [e for e in gazetteer.entries.values() if e.kind == "leader"]
    assert len(leaders) == len(LEADERS)
    bad = []
    for e in leaders:
        for t in e.terms:
            try:
                first = _first_day(t.start) if t.start else None
                last = _last_day(t.end) if t.end else None
            except ValueError as exc:
                bad.append((e.key, t.start, t.end, str(exc)))
                continue
            if first and last and first > last:
                bad.append((e.key, t.start, t.end, "start after end"))
            for day in (first, last):
                if day and not t.covers(day):
                    bad.append((e.key, t.start, t.end, f"{day} not covered"))
    assert bad == []


@pytest.mark.parametrize("term, day, covered", [
    (Term("CN", "head_of_state", "2013-03-14", ""), date(2013, 3, 14), True),
    (Term("CN", "head_of_state", "2013-03-14", ""), date(2013, 3, 13), False),
    (Term("CN", "head_of_state", "2013-03-14", ""), date(2099, 1, 1), True),
    (Term("TM", "head_of_state", "2006-12-21", "2022-03-19"), date(2022, 3, 19), True),
    (Term("TM", "head_of_state", "2006-12-21", "2022-03-19"), date(2022, 3, 20), False),
    (Term("UA", "head_of_government", "2020-03-04", "2025-07"), date(2025, 7, 31), True),
    (Term("UA", "head_of_government", "2020-03-04", "2025-07"), date(2025, 8, 1), False),
    (Term("XX", "head_of_state", "2025-07", ""), date(2025, 7, 1), True),
    (Term("XX", "head_of_state", "2025-07", ""), date(2025, 6, 30), False),
    (Term("XX", "head_of_state", "2016", "2019"), date(2016, 1, 1), True),
    (Term("XX", "head_of_state", "2016", "2019"), date(2019, 12, 31), True),
    (Term("XX", "head_of_state", "2016", "2019"), date(2020, 1, 1), False),
    (Term("XX", "head_of_state", "2016", "2019-12"), date(2019, 12, 31), True),
    (Term("XX", "head_of_state", "", "2010"), date(1950, 1, 1), True),
])
def test_gazetteer_term_covers(term, day, covered):
    assert term.covers(day) is covered


def _holders(g, name: str, day: date, country: str, office: str) -> list[str]:
    out = []
    for kind, key in g.surface[fold(name)]:
        e = g.get(kind, key)
        if kind == "leader" and any(t.country == country and t.office == office and t.covers(day) for t in e.terms):
            out.append(key)
    return out


@pytest.mark.parametrize("name", ["别尔德穆哈梅多夫", "別爾德穆哈梅多夫"])
@pytest.mark.parametrize("day, holder", [
    (date(2023, 5, 19), "serdar_berdimuhamedow"),
    (date(2015, 1, 1), "gurbanguly_berdimuhamedow"),
    (date(2022, 3, 20), "serdar_berdimuhamedow"),
    (date(2022, 3, 18), "gurbanguly_berdimuhamedow"),
])
def test_gazetteer_shared_name_resolves_by_date(gazetteer, name, day, holder):
    cands = gazetteer.surface[fold(name)]
    assert ("leader", "serdar_berdimuhamedow") in cands and ("leader", "gurbanguly_berdimuhamedow") in cands
    assert _holders(gazetteer, name, day, "TM", "head_of_state") == [holder]


@pytest.mark.parametrize("key, country, office, day", [
    ("xi_jinping", "CN", "head_of_state", date(2023, 5, 19)),
    ("tokayev", "KZ", "head_of_state", date(2023, 5, 19)),
    ("putin", "RU", "head_of_state", date(2024, 5, 26)),
])
def test_gazetteer_leader_in_office(gazetteer, key, country, office, day):
    e = gazetteer.get("leader", key)
    assert e is not None
    assert any(t.country == country and t.office == office and t.covers(day) for t in e.terms)


# --------------------------------------------------------------------------- places, regions, organizations, projects

@pytest.mark.parametrize("table", [PLACES, REGIONS, ORGANIZATIONS, PROJECTS],
                         ids=["places", "regions", "organizations", "projects"])
def test_gazetteer_ids_unique(table):
    assert [k for k, n in Counter(x["id"] for x in table).items() if n > 1] == []


def test_gazetteer_places_countries_known():
    assert [(p["id"], p["country"]) for p in PLACES if "country" in p and p["country"] not in ISO2] == []


def test_gazetteer_places_capitals_have_a_country():
    assert [p["id"] for p in PLACES if p.get("capital") and not p.get("country")] == []


def test_gazetteer_regions_members_known_and_counted():
    assert [(r["id"], m) for r in REGIONS for m in r.get("members", []) if m not in ISO2] == []
    assert [r["id"] for r in REGIONS if "count" in r and r["count"] != len(r["members"])] == []
    [ca] = [r for r in REGIONS if r["id"] == "central_asia"]
    assert sorted(ca["members"]) == ["KG", "KZ", "TJ", "TM", "UZ"]


def test_gazetteer_organizations_members_and_countries_known():
    assert [(o["id"], m) for o in ORGANIZATIONS for m in o.get("members", []) if m not in ISO2] == []
    assert [(o["id"], o["country"]) for o in ORGANIZATIONS if o.get("country") and o["country"] not in ISO2] == []
    assert [o["id"] for o in ORGANIZATIONS if o.get("kind") == "ministry" and not o.get("country")] == []


def test_gazetteer_projects_countries_known():
    assert [(p["id"], c) for p in PROJECTS for c in p.get("countries", []) if c not in ISO2] == []


@pytest.mark.parametrize("org, members", [
    ("g7", {"CA", "FR", "DE", "IT", "JP", "GB", "US"}),
])
def test_gazetteer_organization_known_members(gazetteer, org, members):
    assert set(gazetteer.get("organization", org).members) == members


# --------------------------------------------------------------------------- the scanner

def test_gazetteer_scan_traditional_sentence(gazetteer):
    found = kinds(gazetteer, "中亞五國哈薩克斯坦、吉爾吉斯斯坦和烏茲別克斯坦的領導人")
    assert found["哈薩克斯坦"] == {("country", "KZ")}
    assert found["吉爾吉斯斯坦"] == {("country", "KG")}
    assert found["烏茲別克斯坦"] == {("country", "UZ")}
    assert found["中亞五國"] == {("region", "central_asia")}


def test_gazetteer_scan_offsets_are_original_offsets(gazetteer):
    text = "（德國之聲中文網）哈薩克斯坦總統託卡耶夫"
    for s, e, _ in gazetteer.scan(fold(text), text):
        assert fold(text[s:e]) == fold(text)[s:e]
    assert [text[s:e] for s, e, _ in gazetteer.scan(fold(text), text)] == ["德國之聲中文網", "哈薩克斯坦", "託卡耶夫"]


@pytest.mark.parametrize("text, surface", [
    ("（德國之聲中文網）", "德國之聲中文網"),
    ("據德國之聲報導", "德國之聲"),
    ("據德国之声报道", "德国之声"),
])
def test_gazetteer_scan_prefers_longest_match(gazetteer, text, surface):
    found = kinds(gazetteer, text)
    assert surface in found
    assert all(kind == "organization" for kind, _ in found[surface])
    assert ("country", "DE") not in {c for cands in found.values() for c in cands}


@pytest.mark.parametrize("text, iso", [
    ("印度尼西亚和印度", ["ID", "IN"]),
    ("Nigeria and Niger", ["NG", "NE"]),
    ("南蘇丹與蘇丹", ["SS", "SD"]),
])
def test_gazetteer_scan_longer_name_wins_over_contained_name(gazetteer, text, iso):
    assert [c[0][1] for _, c in scan(gazetteer, text)] == iso


@pytest.mark.parametrize("text", ["a turkey dinner", "chadian food", "he said china", "Indiana", "Omanis",
                                  "Germanic tribes", "a japan lacquer box"])
def test_gazetteer_scan_english_lower_case_or_inside_word_not_matched(gazetteer, text):
    assert scan(gazetteer, text) == []


@pytest.mark.parametrize("text, surface, iso", [
    ("Nigerian troops", "Nigerian", "NG"),  # the demonym, not 'Niger' inside it
    ("the Kazakhstani side", "Kazakhstani", "KZ"),
    ("Iranian oil", "Iranian", "IR"),
    ("Japanese PM", "Japanese", "JP"),
])
def test_gazetteer_scan_english_whole_words(gazetteer, text, surface, iso):
    assert scan(gazetteer, text) == [(surface, (("country", iso),))]


def test_gazetteer_scan_chadian_is_a_demonym_not_chad(gazetteer):
    found = scan(gazetteer, "The Chadian army")
    assert [s for s, _ in found] == ["Chadian"]  # the whole word, not 'Chad' inside it


def test_gazetteer_scan_capitalised_english_names(gazetteer):
    found = kinds(gazetteer, "Turkey and Kazakhstan's President Kassym-Jomart Tokayev met Chinese officials")
    assert found["Turkey"] == {("country", "TR")}
    assert found["Kazakhstan"] == {("country", "KZ")}
    assert found["Kassym-Jomart Tokayev"] == {("leader", "tokayev")}
    assert found["Chinese"] == {("country", "CN")}


@pytest.mark.parametrize("text, surface, cand", [
    ("the EU and NATO", "EU", ("organization", "eu")),
    ("U.S. President", "U.S.", ("country", "US")),
    ("UK and France", "UK", ("country", "GB")),
])
def test_gazetteer_scan_short_capital_names(gazetteer, text, surface, cand):
    assert cand in kinds(gazetteer, text).get(surface, set())


@pytest.mark.parametrize("text", ["told us that", "the eu rules"])
def test_gazetteer_scan_lower_case_short_names_not_matched(gazetteer, text):
    assert scan(gazetteer, text) == []


@pytest.mark.parametrize("text", ["US President Donald Trump", "China-US trade talks"])
def test_gazetteer_scan_finds_us_in_capitals(gazetteer, text):
    assert ("country", "US") in kinds(gazetteer, text).get("US", set())


@pytest.mark.parametrize("text, surface, iso", [
    ("sanctions on the United States", "United States", "US"),
    ("He visited the Netherlands", "Netherlands", "NL"),
    ("talks with the UAE on trade", "UAE", "AE"),
    ("flights to the Philippines", "Philippines", "PH"),
    ("the UK and France", "UK", "GB"),
])
def test_gazetteer_scan_name_after_lower_case_article(gazetteer, text, surface, iso):
    found = kinds(gazetteer, text)
    assert any(("country", iso) in cands for s, cands in found.items() if surface in s)


@pytest.mark.parametrize("text", ["他們以國家安全為由拒絕入境", "雙方同意增加國際合作", "維護合法國家權益"])
def test_gazetteer_scan_short_form_not_across_words(gazetteer, text):
    assert [(s, c) for s, cands in scan(gazetteer, text) for c in cands if c[0] == "country"] == []


@pytest.mark.parametrize("text, iso", [("以國與哈馬斯停火", "IL"), ("法國總統馬克龍", "FR"), ("美國總統拜登", "US")])
def test_gazetteer_scan_short_forms_standing_alone(gazetteer, text, iso):
    assert ("country", iso) in {c for _, cands in scan(gazetteer, text) for c in cands}


# ---------------------------------------------------------------------------------------------- minor places

def _minor(text: str, taken=()):
    from kg.gazetteer import minor_places
    from kg.normalise import fold

    return [(text[a:b], p.country) for a, b, p in minor_places().scan(fold(text), text, list(taken), set())]


@pytest.mark.parametrize("text,name,iso", [
    ("Macron and Lula launched the submarine at Itaguaí on Wednesday.", "Itaguaí", "BR"),
    ("Traffic queued at the Nuijamaa crossing for hours.", "Nuijamaa", "FI"),
    ("边防部队在芬兰东部的库萨莫附近巡逻。", "库萨莫", "FI"),
    ("芬蘭東南部的伊馬特拉口岸已經關閉。", "伊馬特拉", "FI"),
    ("天然气经管道输往西班牙东南部的阿尔梅里亚。", "阿尔梅里亚", "ES"),
])
def test_minor_places_are_taken_where_the_text_marks_a_place(text, name, iso):
    assert (name, iso) in _minor(text)


@pytest.mark.parametrize("text", [
    "两国在能源领域的合作不断拓展，为区域和平作出贡献。",  # 合作, 和平: towns in GeoNames, words here
    "游客大多需要经杜布罗夫尼克-内雷特瓦县绕行。",  # one part of a hyphenated name
    "Santos said the talks would resume.",  # a surname, nothing marks a place
    "Officials from Dubrovnik-Neretva county attended.",
    "与沙特相连的萨尔瓦口岸亦被关闭。",  # 萨尔 inside a longer transliteration
])
def test_minor_places_skip_words_names_and_parts_of_names(text):
    assert _minor(text) == []


def test_minor_places_listed_after_a_place_and_divisions_before_their_officer_are_places():
    from kg.extract import extract
    from kg.reader import parse

    x = extract(parse("2023-12-07\nTurkish citizens may visit Greek islands, including Chios and Samos. "
                      "Ontario Premier Doug Ford cut power exports to Michigan and Minnesota.", "t.txt"))
    places = {e.labels.get("en") for e in x.entities.values() if e.cls == "Place"}
    assert {"Chios", "Samos", "Ontario", "Michigan", "Minnesota"} <= places
    assert "Doug Ford" not in places and "Premier" not in places


def test_minor_places_never_take_a_span_the_curated_gazetteers_found():
    text = "The ministers met in Brasília."
    start = text.index("Brasília")
    assert _minor(text, [(start, start + len("Brasília"))]) == []


def test_minor_places_in_a_build_are_places_linked_to_geonames():
    from kg.emit import emit
    from kg.extract import extract
    from kg.reader import parse

    x = extract(parse("Brazil and France launched the submarine at Itaguaí on 27 March 2024.", "t.txt"))
    places = [e for e in x.entities.values() if e.cls == "Place"]
    assert [e.labels.get("en") for e in places] == ["Itaguaí"]
    assert ("place:" + places[0].key.split(":")[1], "inCountry", "country:BR") in \
        {(f.subject, f.predicate, f.object) for f in x.facts}
    nt = emit(x).serialize(format="nquads")
    assert "https://sws.geonames.org/3460899/" in nt


def test_geonames_table_names_its_source_and_parses():
    import gzip

    from kg.resources import data_file

    with gzip.open(data_file("geonames.tsv.gz"), "rt", encoding="utf-8") as fh:
        header = fh.readline()
        rows = [line.rstrip("\n").split("\t") for line in fh]
    assert "GeoNames" in header and "CC BY 4.0" in header and "ISO 3166-2" in header
    assert len(rows) > 100_000
    for gid, cc, pop, names in rows[:: 997]:
        assert (gid.isdigit() or re.fullmatch(rf"{cc}-[A-Z0-9]{{1,3}}", gid)) and re.fullmatch(r"[A-Z]{2}", cc)
        assert pop.isdigit() and names
        assert all(n == fold(n) for n in names.split("|"))  # stored folded, as the matcher reads them
