"""World knowledge as data: states, leaders, organizations, places, regions, projects.

:func:`load` reads the TOML files in ``kg/data`` once per process and builds
one Aho-Corasick automaton (pyahocorasick) over every name, folded the same
way as article text (:func:`kg.normalise.fold`). :meth:`Gazetteer.scan`
returns leftmost-longest matches with their candidates: a surface such as
别尔德穆哈梅多夫 or 乌国 may name more than one thing, and the extractor
chooses by date and context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from .normalise import CJK, fold
from .resources import load_toml

# Kinds of gazetteer entries; the extractor maps them to ontology classes.
KIND_CLASS = {"country": "Country", "leader": "Leader", "organization": "Organization", "place": "Place",
              "region": "Place", "project": "InfrastructureProject", "event": "Event"}

# Surfaces that are names in the data but mostly mean something else in news
# text: never matched as names (中非 is mostly "China-Africa", not the Central
# African Republic; 西方 is "the West").
AMBIGUOUS = {"中非", "中南", "中东", "南方", "北方", "西方", "东方"}


@dataclass(frozen=True, slots=True)
class Term:
    country: str
    office: str
    start: str
    end: str
    title_en: str = ""
    titles_zh: tuple[str, ...] = ()

    def covers(self, d: date) -> bool:
        """Whether the term includes day ``d`` (open ends count as unbounded)."""
        return _lo(self.start) <= d <= _hi(self.end)


def _lo(s: str) -> date:
    if not s:
        return date.min
    parts = [int(x) for x in s.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _hi(s: str) -> date:
    if not s:
        return date.max
    parts = [int(x) for x in s.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 12, 31)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry: what a name can refer to."""

    kind: str
    key: str  # ISO alpha-2 for countries, the data id otherwise
    qid: str | None
    labels: tuple[tuple[str, str], ...]  # (text, lang) preferred labels
    names: tuple[str, ...]
    country: str | None = None  # for places, leaders' first term, ministries
    members: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    extra: tuple[tuple[str, object], ...] = ()

    def get(self, name: str, default=None):
        return dict(self.extra).get(name, default)


@dataclass
class Gazetteer:
    entries: dict[tuple[str, str], Entry] = field(default_factory=dict)
    surface: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # folded name -> [(kind, key)]
    abbr: dict[str, list[str]] = field(default_factory=dict)  # folded one-char abbreviation -> [iso2]
    # folded names that are common words too (万象): a name only right after its state's name (老挝首都万象)
    # or before 站/市; value: the ISO code of that state
    guarded: dict[str, str] = field(default_factory=dict)
    # folded names of three letters or fewer that the lists write in capitals only (ILO, WHO): never "Ilo", "Who"
    acronyms: set[str] = field(default_factory=set)
    automaton: object = None

    def get(self, kind: str, key: str) -> Entry | None:
        return self.entries.get((kind, key))

    def countries(self) -> list[Entry]:
        return [e for (k, _), e in self.entries.items() if k == "country"]

    def add(self, entry: Entry, case_sensitive: set[str] | None = None) -> None:
        self.entries[(entry.kind, entry.key)] = entry
        for name in entry.names:
            f = fold(name).strip()
            if len(f) < 2 or f in AMBIGUOUS:
                continue
            if len(f) <= 3 and f.isascii() and name.strip().isupper():
                self.acronyms.add(f)
            cands = self.surface.setdefault(f, [])
            if (entry.kind, entry.key) not in cands:
                cands.append((entry.kind, entry.key))

    def build(self) -> None:
        import ahocorasick

        a = ahocorasick.Automaton()
        for f, cands in self.surface.items():
            a.add_word(f, (f, tuple(cands)))
        a.make_automaton()
        self.automaton = a

    def scan(self, folded: str, original: str):
        """Yield ``(start, end, candidates)`` for each name in ``folded`` (leftmost-longest).

        ASCII names must stand as whole words and start with a capital in the
        original text; short all-capital names (US, EU, G7) must match case.
        """
        if not self.surface:
            return
        for end_idx, (f, cands) in self.automaton.iter_long(folded):
            end = end_idx + 1
            start = end - len(f)
            if f in self.guarded and not self._guard_met(folded, start, end, self.guarded[f]):
                continue
            if self._ok(folded, original, start, end, lower=" " in f and all(k == "event" for k, _ in cands), acronyms=self.acronyms):
                yield start, end, cands  # (a listed war may be written in lower case: "the war in Ukraine")
                continue
            # "the United States" mid-sentence fails the capital check: try the
            # names that end the match at a word boundary ("United States").
            for k in range(start + 1, end):
                if folded[k - 1] == " " and folded[k:end] in self.surface and self._ok(folded, original, k, end, acronyms=self.acronyms):
                    yield k, end, tuple(self.surface[folded[k:end]])
                    break

    def _guard_met(self, folded: str, start: int, end: int, iso: str) -> bool:
        if folded[end:end + 1] in ("站", "市"):
            return True
        if start > 0 and folded[start - 1] in "在于赴抵（(":
            return True  # 在万象宣布, （布城17日讯）: a preposition or a dateline's bracket before it
        before = re.sub(r"(?:的)?(?:首都|首府|城市)?$", "", folded[max(0, start - 12):start])
        country = self.get("country", iso)
        return bool(country) and any(before.endswith(fold(n)) for n in country.names if not n.isascii())

    @staticmethod
    def _ok(folded: str, original: str, start: int, end: int, lower: bool = False, acronyms: set[str] = frozenset()) -> bool:
        f = folded[start:end]
        if not (f[0].isascii() and f[0].isalnum()):
            # 以国家安全为由, 合法国家, 增加国际: a two-character "X国" inside 国家 / 国际
            if len(f) == 2 and f[1] == "国" and folded[end:end + 1] in ("家", "际") and start > 0 \
                    and "\u4e00" <= folded[start - 1] <= "\u9fff":
                return False
            return True
        if start > 0 and folded[start - 1].isascii() and folded[start - 1].isalnum():
            return False
        if end < len(folded) and folded[end].isascii() and folded[end].isalnum():
            return False
        surf = original[start:end]
        if not surf[0].isupper() and not surf[0].isdigit() and not lower:
            return False
        if len(f) <= 3 and surf.upper() != surf and (surf.lower() in _CAPS_ONLY or f in acronyms):
            return False  # "Us", "Who": only the capitals name a state or body
        return True


_CAPS_ONLY = {"us", "uk", "eu", "un", "uae", "sco", "who", "chad"}


def _names(d: dict, *keys: str) -> list[str]:
    out: list[str] = []
    for k in keys:
        v = d.get(k)
        if isinstance(v, str) and v:
            out.append(v)
        elif isinstance(v, list):
            out.extend(x for x in v if x)
    return out


def _labels(d: dict) -> tuple[tuple[str, str], ...]:
    return tuple((d[k], lang) for k, lang in (("en", "en"), ("zh_hant", "zh-Hant"), ("zh_hans", "zh-Hans")) if d.get(k))


@cache
def load() -> Gazetteer:
    """Load every gazetteer file (cached per process)."""
    g = Gazetteer()
    for c in load_toml("countries.toml").get("country", []):
        names = _names(c, "en", "zh_hant", "zh_hans", "aliases_en", "aliases_zh", "demonyms_en")
        g.add(Entry("country", c["iso2"], c.get("qid"), _labels(c), tuple(names),
                    extra=(("iso3", c.get("iso3")), ("demonyms", tuple(c.get("demonyms_en", []))),
                           ("un_member", c.get("un_member", True)))))
        for a in c.get("abbr_zh", []):
            lst = g.abbr.setdefault(fold(a), [])
            if c["iso2"] not in lst:
                lst.append(c["iso2"])
    for p in load_toml("leaders.toml").get("leader", []):
        terms = tuple(Term(t["country"], t.get("office", ""), str(t.get("start", "")), str(t.get("end", "")),
                           t.get("title_en", ""), tuple(t.get("title_zh", []))) for t in p.get("term", []))
        names = _names(p, "en", "en_variants", "zh_hans", "zh_hant", "zh_variants")
        g.add(Entry("leader", p["id"], p.get("qid"), _labels(p), tuple(names),
                    country=terms[0].country if terms else None, terms=terms))
    for o in load_toml("organizations.toml").get("organization", []):
        names = _names(o, "en", "zh_hans", "zh_hant", "aliases")
        g.add(Entry("organization", o["id"], o.get("qid"), _labels(o), tuple(names), country=o.get("country"),
                    members=tuple(o.get("members", [])), extra=(("org_kind", o.get("kind", "")),)))
    for p in load_toml("places.toml").get("place", []):
        names = _names(p, "en", "zh_hans", "zh_hant", "aliases")
        guarded = p.get("guarded_aliases", [])
        g.add(Entry("place", p["id"], p.get("qid"), _labels(p), tuple(names) + tuple(guarded), country=p.get("country"),
                    extra=(("capital", bool(p.get("capital"))), ("place_kind", p.get("kind", "city")))))
        for n in guarded:
            g.guarded[fold(n).strip()] = p["country"]
    for r in load_toml("regions.toml").get("region", []):
        names = _names(r, "en", "zh_hans", "zh_hant", "aliases")
        g.add(Entry("region", r["id"], r.get("qid"), _labels(r), tuple(names), members=tuple(r.get("members", [])),
                    extra=(("count", r.get("count")),)))
    for p in load_toml("projects.toml").get("project", []):
        names = _names(p, "en", "zh_hans", "zh_hant", "aliases")
        g.add(Entry("project", p["id"], p.get("qid"), _labels(p), tuple(names), members=tuple(p.get("countries", [])),
                    extra=(("project_kind", p.get("kind", "")),)))
    for e in load_toml("events.toml").get("event", []):
        names = _names(e, "en", "zh_hans", "zh_hant", "aliases")
        g.add(Entry("event", e["id"], e.get("qid"), _labels(e), tuple(names), country=e.get("host"), members=tuple(e.get("sides", [])),
                    extra=(("event_class", e["class"]), ("venue", e.get("place")), ("venue_country", e.get("venue_country")))))
    g.build()
    return g


@cache
def cameo() -> dict[str, float]:
    """CAMEO code -> Goldstein weight, from GDELT's published table (``cameo_goldstein.tsv``)."""
    from .resources import data_file

    out: dict[str, float] = {}
    for line in data_file("cameo_goldstein.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            code, weight = line.split("\t")
            out[code.strip()] = float(weight)
    return out


# ---------------------------------------------------------------------------------------------- minor places

# What marks a name as a place in English: the word before it, or what follows it.
_EN_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|from|to|via|outside|into|through|across|around|towards?|off|between|reached|visited|including|"
    r"visiting|of the (?:city|town|port|village|region|province|district|island|islands|municipality|border "
    r"crossing)s? of|(?:city|town|port|village|region|province|district|island|municipality|capital)s? of)"
    r"|(?:city|town|port|village|hub|capital|resort|enclave|municipality|crossing|outpost|settlement) (?:of )?)\s+$")
_EN_CUE_AFTER = re.compile(
    r"^(?:,\s+(?:in\s+)?(?:the\s+)?[A-Z]|\s+(?:city|port|town|village|municipality|"
    r"crossing|border crossing|airport|harbour|harbor|base|naval base|terminal|refinery|plant|area)\b|-based\b)")
# A first-level division named after its town ("Benguela province", 伊马特拉县): the division, not the town.
_EN_DIVISION_AFTER = re.compile(r"^\s+(?:province|region|state|oblast|county|district|governorate|prefecture)\b", re.I)
_ZH_DIVISION_AFTER = re.compile(r"^(?:省|州|县|区|地区|大区|专区)")
# Office titles after a place name: the place's own officer ("Ontario Premier Doug Ford").
_EN_TITLE_AFTER = re.compile(r"^\s+(?:Premier|Governor|Gov\.|Mayor|Chief Minister|First Minister|Lt\. Gov\.)\s+[A-Z]")
# Kind words that belong to the name when they follow it ("Manus Island", "Bintan Island").
_EN_KIND = re.compile(r"^\s+(?:Island|Islands|Peninsula|Bay|Municipality|Airport|Harbou?r|Port)\b")
_ZH_CUE_BEFORE = re.compile(r"(?:在|于|至|到|往|抵|从|赴|经|由|距|离|近|抵达|前往|途经|取道|位于|城市|小镇|港口|口岸|首府|"
                            r"部的|部|的)$")
_ZH_CUE_AFTER = re.compile(r"^(?:市|港|镇|村|口岸|机场|一带|附近|郊区|郊外|以北|以南|以东|以西|[（(]\s*[A-Za-z])")
# Characters that continue a transliterated name (萨尔 in 萨尔瓦, 特瓦 in 内雷特瓦): a name followed or preceded
# by one is part of a longer name. A narrower set than kg.normalise.TRANSLIT, which also holds characters that
# often follow a place (高速, 金融, 南部).
_ZH_TRANSLIT = set("阿埃艾爱安昂奥巴拜班邦鲍贝本比彼宾波伯博布查达戴丹道德迪蒂丁杜敦多厄恩法菲芬丰弗福盖甘冈戈格根古瓜圭哈汉豪"
                   "赫亨洪胡霍基吉加贾杰卡凯坎康考科克肯库夸奎拉莱兰朗劳勒雷里利林卢鲁伦罗洛马迈曼芒梅门蒙米莫姆穆纳奈瑙"
                   "内尼涅宁纽努诺欧帕潘佩彭皮珀普齐奇恰乔切钦丘萨赛桑瑟森沙舍什施舒斯松苏索塔泰坦汤特滕通图托瓦万旺威"
                   "韦温沃乌伍希锡谢辛休亚扬耶伊因英尤扎泽兹佐尔茨娃娅维夫提玛丽莉琳娜塞赞贡黎")
# What shows a Chinese name is a person's, not a town's.
_ZH_PERSON_AFTER = re.compile(r"^(?:表示|说|称|指出|认为|强调|透露|总统|总理|外长|部长|先生|女士|家族|政府|王朝|人|语)")
_ZH_PERSON_BEFORE = re.compile(r"(?:总统|总理|首相|部长|外长|大使|发言人|主席|国王|女王|王储|亲王|将军|博士|教授|记者)$")


# One word of a Latin name and the spaces before the next: Saint-Georges-de-l'Oyapock is one word.
_WORDS = re.compile(r"([^\W\d_](?:[\w'’-]|\.(?=\w))*)\s*")


@dataclass(frozen=True, slots=True)
class MinorPlace:
    ident: str  # a GeoNames id (digits) or an ISO 3166-2 code (a first-level division)
    country: str
    population: int

    @property
    def geonameid(self) -> int | None:
        return int(self.ident) if self.ident.isdigit() else None


class MinorPlaces:
    """Populated places from GeoNames (``kg/data/geonames.tsv.gz``, see :mod:`kg.geonames`).

    The names are many and some are common words or people's names, so a match counts only where the
    text marks it as a place: a preposition or 在/位于 before it, a kind word (port, 港, 口岸) or a
    comma and a larger place after it, or (Chinese names of four characters or more) a long
    transliteration that nothing else explains. Names the curated gazetteers know are never taken
    from here.
    """

    def __init__(self, rows: dict[str, list[str]]):
        self.rows = rows  # folded name -> the table's lines for it (parsed when a name is met)

    def places(self, name: str) -> list[MinorPlace]:
        out = []
        for line in self.rows.get(name, ()):
            gid, cc, pop, _ = line.split("\t", 3)
            out.append(MinorPlace(gid, cc, int(pop)))
        return out

    def _names(self, folded: str):
        """Leftmost-longest names in ``folded``: runs of up to five words starting with a letter, and runs
        of up to twelve Chinese characters. Dictionary lookups, not an automaton: building one over
        200,000 names would cost each process a second."""
        i, n = 0, len(folded)
        while i < n:
            c = folded[i]
            hit = 0
            if "\u4e00" <= c <= "\u9fff":
                for ln in range(min(12, n - i), 1, -1):
                    if folded[i:i + ln] in self.rows:
                        hit = ln
                        break
            elif c.isalpha() and (i == 0 or not folded[i - 1].isalnum()):
                ends = [m.end(1) for m in _WORDS.finditer(folded, i, min(n, i + 80))][:5]
                for e in reversed(ends):
                    if folded[i:e] in self.rows:
                        hit = e - i
                        break
            if hit:
                yield i, i + hit
                i += hit
            else:
                i += 1

    def scan(self, folded: str, original: str, taken: list[tuple[int, int]], countries: set[str],
             places: set[int] = frozenset()):
        """Yield ``(start, end, place)`` for marked place names that overlap no span in ``taken``.

        ``places`` holds the end offsets of places already found: a name listed right after one
        ("including Chios and Samos", 伊马特拉、库萨莫) is marked by it. Where a name fits several
        places, the most populous one in a state of ``countries`` (the states the article names)
        wins, else the most populous of all.
        """
        busy = sorted(taken)
        ends = set(places)
        for start, end in self._names(folded):
            f = folded[start:end]
            if any(s < end and start < e for s, e in busy):
                continue
            gap = re.search(r"(?:\s*(?:,|、|，)?\s*(?:\band\b|\bor\b|和|与|及)?\s*)$", folded[max(0, start - 8):start])
            listed = gap is not None and gap.group() != "" and (start - len(gap.group())) in ends
            if not (listed and self._plain(folded, original, start, end)) and not self._marked(folded, original, start, end):
                continue
            if not CJK.match(f):
                k = _EN_KIND.match(original[end:end + 20])
                if k:
                    end += k.end()
            cands = self.places(f)
            inside = [c for c in cands if c.country in countries]
            best = max(inside or cands, key=lambda c: c.population)
            busy.append((start, end))
            ends.add(end)
            yield start, end, best

    @staticmethod
    def _plain(folded: str, original: str, start: int, end: int) -> bool:
        """A whole name, not a part of a longer one: what a list item needs besides its place in the list."""
        f = folded[start:end]
        if CJK.match(f):
            return folded[end:end + 1] not in _ZH_TRANSLIT and not _ZH_DIVISION_AFTER.match(folded[end:end + 3])
        return Gazetteer._ok(folded, original, start, end) and not folded[end:end + 1].isalnum() and \
            not re.match(r"^(?:\s+[A-Z]|-[A-Za-z])", original[end:end + 3])

    @staticmethod
    def _marked(folded: str, original: str, start: int, end: int) -> bool:
        f = folded[start:end]
        if not CJK.match(f):
            if not Gazetteer._ok(folded, original, start, end) or (start > 0 and folded[start - 1].isalnum()) \
                    or folded[end:end + 1].isalnum():
                return False
            before, after = original[max(0, start - 60):start], original[end:end + 40]
            prev = re.search(r"(\S+)\s+$", before)
            if prev and prev.group(1)[:1].isupper() and not before.rstrip().endswith((".", ",", ";", ":")):
                if not _EN_CUE_BEFORE.search(before):
                    return False  # inside a longer name ("Nairobi West", "Santos FC")
            if _EN_DIVISION_AFTER.match(after):
                return False
            if re.match(r"-[A-Za-z]", after) and not re.match(r"-based\b", after):
                return False  # "Dubrovnik-Neretva": one part of a hyphenated name
            if _EN_TITLE_AFTER.match(after):
                return True  # "Ontario Premier Doug Ford", "Michigan Governor ..."
            if re.match(r"^\s+[A-Z]", after) and not _EN_KIND.match(after):
                return False  # "Victoria Harbour", "Jackson Hole": a longer name this list does not hold
            if _EN_CUE_BEFORE.search(before) or _EN_CUE_AFTER.match(after):
                return True
            return False
        if not all("\u4e00" <= c <= "\u9fff" for c in f):
            return False
        left, right = folded[max(0, start - 4):start], folded[end:end + 4]
        if left.endswith("·") or right.startswith("·") or _ZH_PERSON_AFTER.match(right) or _ZH_PERSON_BEFORE.search(left):
            return False
        if right[:1] in _ZH_TRANSLIT and not _ZH_CUE_AFTER.match(right) or left[-1:] in _ZH_TRANSLIT:
            return False
        if _ZH_DIVISION_AFTER.match(right):
            return False
        if re.match(r"-[\u4e00-\u9fffa-z]", right) or re.search(r"[\u4e00-\u9fffa-z]-$", left):
            return False  # 杜布罗夫尼克-内雷特瓦县: one part of a hyphenated name
        if len(f) >= 4:
            return True
        return bool(_ZH_CUE_BEFORE.search(left) or _ZH_CUE_AFTER.match(right))


@cache
def minor_places() -> MinorPlaces:
    """The GeoNames table, minus every name the curated gazetteers hold (cached per process)."""
    import gzip

    from .resources import data_file

    known = load().surface
    rows: dict[str, list[str]] = {}
    with gzip.open(data_file("geonames.tsv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            line = line.rstrip("\n")
            for f in line.rsplit("\t", 1)[1].split("|"):
                if f not in known and f not in AMBIGUOUS:
                    rows.setdefault(f, []).append(line)
    return MinorPlaces(rows)
