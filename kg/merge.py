"""Many articles, one graph: entity keys made the same across articles, and corroboration.

Countries, leaders and gazetteer entities already share keys across articles
(ISO codes, gazetteer ids). Events need more: two articles may name the same
summit differently (中国－中亚峰会 / the second China-Central Asia Summit /
Astana summit). :func:`merge_events` treats two events as one when they have
the same class, the same states in their names or among their participants,
and start dates within ``WINDOW_DAYS`` (or the same year when a date is
missing), and rewrites the later keys to the first.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .model import Extraction

WINDOW_DAYS = 3


def rekey(x: Extraction, mapping: dict[str, str]) -> Extraction:
    """Rename entity keys throughout one extraction (entities, facts, attributes, interactions)."""
    if not mapping:
        return x
    m = lambda k: mapping.get(k, k)  # noqa: E731
    entities = {}
    for k, e in x.entities.items():
        nk = m(k)
        if nk in entities:  # two keys became one: keep both sets of labels
            keep = entities[nk]
            keep.alt_labels |= e.alt_labels | {(t, lang) for lang, t in e.labels.items() if keep.labels.get(lang) != t}
            keep.subclasses |= e.subclasses
            continue
        e.key = nk
        entities[nk] = e
    facts = {}
    for f in x.facts:
        nf = replace(f, subject=m(f.subject), object=m(f.object))
        if nf.subject != nf.object:
            facts.setdefault((nf.subject, nf.predicate, nf.object), nf)
    attrs = {}
    for a in x.attributes:
        na = replace(a, subject=m(a.subject))
        attrs.setdefault((na.subject, na.predicate, na.value), na)
    inter = [replace(i, actor=m(i.actor), target=m(i.target)) for i in x.interactions]
    return Extraction(x.doc, dict(sorted(entities.items())), list(facts.values()), inter, list(attrs.values()), x.mentions)


def event_profile(x: Extraction, key: str) -> dict:
    """What identifies an event across articles: class, states, start date."""
    cls = key.split(":")[1]
    states = {f.object for f in x.facts if f.subject == key and f.predicate in ("participant", "hostedBy")
              and f.object.startswith("country:")}
    named = key.split(":", 2)[2].rsplit(":", 2)[0]  # event:CLASS:<names joined by +>:ORDINAL:YEAR
    states |= {p for p in named.split("+") if p.startswith("country:")}
    start = next((a.value for a in x.attributes if a.subject == key and a.predicate == "startDate"), None)
    return {"cls": cls, "states": states, "start": start, "year": key.rsplit(":", 1)[-1]}


def _same(a: dict, b: dict) -> bool:
    if a["cls"] != b["cls"] or a["year"] != b["year"]:
        return False
    if not a["states"] or not b["states"]:
        return False
    small, big = sorted((a["states"], b["states"]), key=len)
    if not small <= big or len(small) < max(2, len(big) // 2):
        return False
    if a["start"] and b["start"] and len(a["start"]) == len(b["start"]) == 10:
        return abs((date.fromisoformat(a["start"]) - date.fromisoformat(b["start"])).days) <= WINDOW_DAYS
    return True


def merge_events(extractions: list[Extraction]) -> list[Extraction]:
    """Give the same key to events that several articles report; returns the rewritten extractions."""
    canon: list[tuple[str, dict, int]] = []
    out = []
    for n, x in enumerate(extractions):
        mapping = {}
        for key in [k for k in x.entities if k.startswith("event:")]:
            prof = event_profile(x, key)
            # one article's events are distinct by construction: match only other articles' events
            match = next((ck for ck, cp, src in canon if ck == key or (src != n and _same(prof, cp))), None)
            if match is None:
                canon.append((key, prof, n))
            elif match != key:
                mapping[key] = match
        out.append(rekey(x, mapping))
    return out


def corroboration(extractions: list[Extraction]) -> dict[tuple[str, str, str], int]:
    """How many articles state each fact ``(subject, predicate, object)``."""
    count: dict[tuple[str, str, str], int] = {}
    for x in extractions:
        for t in {(f.subject, f.predicate, f.object) for f in x.facts}:
            count[t] = count.get(t, 0) + 1
    return count
