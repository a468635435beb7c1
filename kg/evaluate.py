"""Scoring a built graph against a reference annotation (``*.gold.json``).

The annotation format and counting rules are those of ``GOLD-FORMAT.md``
(kept in ``tests/data/README.md``): entities are matched to gold by Wikidata
QID or by label (NFKC, Traditional->Simplified, lower case, punctuation and
spaces dropped; long names also match by containment covering 75%); entity
recall runs over every required gold entity, precision over the four core
classes; facts and interactions are compared at country level, a Leader
lifted to the state the annotation says it leads.
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

CORE = frozenset({"Country", "Leader", "Agreement", "InfrastructureProject"})
CLASSES = CORE | {"Event", "Organization", "Place"}
FACTS = ("leaderOf", "participant", "hostedBy", "location", "inCountry", "signatory", "adoptedAt",
         "involvesCountry", "partOf", "metWith")
LIFT = frozenset({"participant", "signatory"})
WD = "http://www.wikidata.org/entity/"


class AnnotationError(ValueError):
    """A reference annotation is missing, unreadable or malformed."""


def normalise(text: str) -> str:
    """The label key the annotation is compared with."""
    from .normalise import to_simplified

    t = to_simplified(unicodedata.normalize("NFKC", str(text))).lower()
    return re.sub(r"[\W_]+", "", t)


def label_score(pred: set[str], gold: set[str]) -> float:
    if pred & gold:
        return 1.0
    best = 0.0
    for a in pred:
        for b in gold:
            s, l = (a, b) if len(a) <= len(b) else (b, a)
            if len(s) >= 4 and s in l:
                best = max(best, len(s) / len(l))
    return best if best >= 0.75 else 0.0


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    missing: list = field(default_factory=list)
    spurious: list = field(default_factory=list)
    # counts for micro-averaging: true positives, false positives, and gold items (found = gold - missing)
    tp: int = 0
    fp: int = 0
    gold: int = 0


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (0.0 if fn else 1.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Gold:
    """A parsed annotation."""

    def __init__(self, data: dict):
        self.article = data.get("article", "")
        self.ents = {}
        for e in data["entities"]:
            cls = e["class"] if isinstance(e["class"], list) else [e["class"]]
            self.ents[e["id"]] = (set(cls), {normalise(x) for x in e["labels"]}, e.get("wikidata"), e.get("required", True))
        self.facts, self.opt_facts = set(), set()
        for f in data.get("facts", []):
            t, req = (f, True) if isinstance(f, list) else (f["f"], f.get("required", True))
            (self.facts if req else self.opt_facts).add(_canon(tuple(t)))
        self.leads = {s: o for s, p, o in self.facts | self.opt_facts if p == "leaderOf"}
        self.inter, self.opt_inter = set(), set()
        for i in data.get("interactions", []):
            (self.inter if i.get("required", True) else self.opt_inter).add((*sorted(i["pair"]), i["polarity"]))
        self.attributes = data.get("attributes", [])

    def required(self, gid: str) -> bool:
        return self.ents[gid][3]

    @classmethod
    def load(cls, path: str | Path) -> "Gold":
        """Read and check an annotation; :class:`AnnotationError` names the file and the problem."""
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise AnnotationError(f"{p}: no such annotation file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise AnnotationError(f"{p}: cannot read ({exc})") from None
        except json.JSONDecodeError as exc:
            raise AnnotationError(f"{p}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
        problem = check_annotation(data)
        if problem:
            raise AnnotationError(f"{p}: {problem}")
        return cls(data)


def check_annotation(data) -> str | None:
    """The first problem in an annotation's structure, or None when it is well formed."""
    if not isinstance(data, dict):
        return "an annotation is a JSON object with 'entities', 'facts', 'interactions', 'attributes'"
    ents = data.get("entities")
    if not isinstance(ents, list) or not ents:
        return "'entities' must be a non-empty list"
    ids = set()
    for i, e in enumerate(ents):
        if not isinstance(e, dict) or not isinstance(e.get("id"), str) or "class" not in e or not isinstance(e.get("labels"), list):
            return f"entity #{i + 1} needs 'id', 'class' and a 'labels' list"
        classes = e["class"] if isinstance(e["class"], list) else [e["class"]]
        unknown = [c for c in classes if c not in CLASSES]
        if unknown:
            return f"entity {e['id']}: unknown class {unknown[0]!r} (one of {', '.join(sorted(CLASSES))})"
        ids.add(e["id"])
    for key in ("facts", "interactions", "attributes"):
        if not isinstance(data.get(key, []), list):
            return f"'{key}' must be a list"
    for f in data.get("facts", []):
        t = f if isinstance(f, list) else f.get("f") if isinstance(f, dict) else None
        if not (isinstance(t, list) and len(t) == 3):
            return f"fact {f!r} is not [subject, predicate, object]"
        if t[1] not in FACTS:
            return f"fact {t}: unknown predicate {t[1]!r}"
        for x in (t[0], t[2]):
            if x not in ids:
                return f"fact {t} names entity {x!r}, which the annotation does not define"
    for it in data.get("interactions", []):
        if not (isinstance(it, dict) and isinstance(it.get("pair"), list) and len(it["pair"]) == 2
                and it.get("polarity") in ("cooperation", "conflict")):
            return f"interaction {it!r} needs a 'pair' of two ids and a 'polarity' (cooperation or conflict)"
        for x in it["pair"]:
            if x not in ids:
                return f"interaction {it['pair']} names entity {x!r}, which the annotation does not define"
    for a in data.get("attributes", []):
        if not (isinstance(a, dict) and a.get("entity") in ids and isinstance(a.get("property"), str) and isinstance(a.get("value"), str)):
            return f"attribute {a!r} needs 'entity' (a defined id), 'property' and 'value'"
    return None



def _canon(t: tuple) -> tuple:
    s, p, o = t
    return (min(s, o), p, max(s, o)) if p == "metWith" else (s, p, o)


def score_graph(g, gold: Gold, article_text: str | None = None) -> dict:
    """Score an rdflib Graph (the union of an output's graphs) against an annotation."""
    from rdflib import OWL, RDF, RDFS
    from rdflib.namespace import SKOS

    from .namespace import KG, SCHEMA

    pred: dict = {}
    for c in CLASSES:
        for n in g.subjects(RDF.type, KG[c]):
            pred.setdefault(n, [set(), set(), None])[0].add(c)
    for n, e in pred.items():
        for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel):
            e[1] |= {normalise(x) for x in g.objects(n, p)} - {""}
        for same in g.objects(n, OWL.sameAs):
            if str(same).startswith(WD):
                e[2] = str(same)[len(WD):]
    match = {}
    for n, (cls, labels, qid) in pred.items():
        best, bid = 0.0, None
        for gid, (gcls, glabels, gqid, _) in gold.ents.items():
            if not cls & gcls:
                continue
            s = 2.0 if qid and qid == gqid else label_score(labels, glabels)
            if s > best:
                best, bid = s, gid
        if bid:
            match[n] = bid
    out: dict = {}

    req = [gid for gid in gold.ents if gold.required(gid)]
    found = set(match.values())
    missing = sorted(gid for gid in req if gid not in found)
    seen, spurious, tp = set(), [], 0
    for n, (cls, labels, _) in sorted(pred.items(), key=lambda kv: str(kv[0])):
        if not cls & CORE:
            continue
        gid = match.get(n)
        if gid is None:
            spurious.append(f"{sorted(cls)[0]} {sorted(labels)[:2]}")
        elif gold.required(gid):
            if gid in seen:
                spurious.append(f"second node for {gid}")
            else:
                seen.add(gid)
                tp += 1
    p = tp / (tp + len(spurious)) if tp + len(spurious) else 1.0
    r = 1 - len(missing) / len(req) if req else 1.0
    out["entity"] = Score(p, r, 2 * p * r / (p + r) if p + r else 0.0, missing, spurious, tp, len(spurious), len(req))

    def is_core_unmatched(n) -> bool:
        return n not in match and bool(pred.get(n, [set()])[0] & CORE)

    got, bad = set(), []
    for pname in FACTS:
        for s, o in g.subject_objects(KG[pname]):
            gs, go = match.get(s), match.get(o)
            if gs is None or go is None:
                optional = (gs and not gold.required(gs)) or (go and not gold.required(go))
                if (is_core_unmatched(s) or is_core_unmatched(o)) and not optional:
                    bad.append(f"{pname}: {gs or s} -> {go or o}")
                continue
            if pname in LIFT:
                go = gold.leads.get(go, go)
            got.add(_canon((gs, pname, go)))
    fp = {f for f in got - gold.facts - gold.opt_facts if gold.required(f[0]) and gold.required(f[2])}
    p, r, f1 = _prf(len(got & gold.facts), len(fp) + len(bad), len(gold.facts - got))
    out["fact"] = Score(p, r, f1, sorted(map(list, gold.facts - got)), sorted(map(list, fp)) + bad,
                        len(got & gold.facts), len(fp) + len(bad), len(gold.facts))

    def country(n):
        gid = match.get(n)
        return gold.leads.get(gid, gid) if gid else None

    got, bad = set(), []
    for i in g.subjects(RDF.type, KG.Interaction):
        code = next((str(c) for c in g.objects(i, KG.cameoCode)), "")
        if not code[:2].isdigit():
            continue
        pol = "cooperation" if int(code[:2]) <= 9 else "conflict"
        for a in g.objects(i, KG.actor):
            for b in g.objects(i, KG.target):
                ca, cb = country(a), country(b)
                if ca is None or cb is None:
                    if (ca is None and is_core_unmatched(a)) or (cb is None and is_core_unmatched(b)):
                        bad.append(f"{ca or a} {pol} {cb or b}")
                    continue
                if ca != cb:
                    got.add((*sorted((ca, cb)), pol))
    fp = {k for k in got - gold.inter - gold.opt_inter if gold.required(k[0]) and gold.required(k[1])}
    p, r, f1 = _prf(len(got & gold.inter), len(fp) + len(bad), len(gold.inter - got))
    out["interaction"] = Score(p, r, f1, sorted(map(list, gold.inter - got)), sorted(map(list, fp)) + bad,
                               len(got & gold.inter), len(fp) + len(bad), len(gold.inter))

    nodes: dict = {}
    for n, gid in match.items():
        nodes.setdefault(gid, []).append(n)
    hits, misses = 0, []
    for a in gold.attributes:
        ok = False
        for n in nodes.get(a["entity"], []):
            if a["property"] == "amount":
                value, cur = a["value"].split()
                for m in g.objects(n, KG.amount):
                    vals = {float(v) for v in g.objects(m, SCHEMA.value) if _num(v)}
                    ok |= float(value) in vals and cur in {str(c) for c in g.objects(m, SCHEMA.currency)}
            else:
                ok |= any(str(v) == a["value"] for v in g.objects(n, KG[a["property"]]))
        hits += ok
        if not ok:
            misses.append(f"{a['entity']}.{a['property']}={a['value']}")
    out["attribute"] = {"accuracy": hits / len(gold.attributes) if gold.attributes else 1.0, "missing": misses}

    flat = re.sub(r"\s+", "", article_text) if article_text is not None else None
    asserted: dict = {}
    for rec in g.subjects(RDF.type, KG.Assertion):
        key = (g.value(rec, RDF.subject), g.value(rec, RDF.predicate), g.value(rec, RDF.object))
        ev = g.value(rec, KG.evidence)
        ok = ev is not None and str(ev).strip() != "" and g.value(rec, KG.sourceArticle) is not None
        if ok and flat is not None:
            ok = re.sub(r"\s+", "", html.unescape(str(ev))) in flat
        asserted[key] = asserted.get(key, False) or ok
    need = cov = 0
    for pname in FACTS:
        for s, o in g.subject_objects(KG[pname]):
            need += 1
            cov += bool(asserted.get((s, KG[pname], o)) or (pname == "metWith" and asserted.get((o, KG[pname], s))))
    for i in g.subjects(RDF.type, KG.Interaction):
        need += 1
        cov += bool(asserted.get((i, RDF.type, KG.Interaction)))
    out["provenance"] = {"coverage": cov / need if need else 0.0, "needed": need}
    return out


def _num(v) -> bool:
    try:
        float(v)
        return True
    except (TypeError, ValueError):
        return False


def flat_article_text(path: str | Path) -> str:
    """An article's text with comments and tags removed and entities unescaped (for the evidence check).

    Decoded as the reader decodes it (UTF-8, Big5, GB18030, Windows-1252).
    """
    from .reader import decode

    p = Path(path)
    raw = decode(p.read_bytes(), p)
    raw = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def evaluate(graph: str | Path, gold: str | Path, article: str | Path | None = None) -> dict:
    """Score an output file against a ``*.gold.json`` annotation."""
    from .errors import SourceError
    from .sources import rdflib_union

    g = Gold.load(gold)
    text = None
    if article:
        p = Path(article)
        if not p.is_file():
            raise SourceError(f"{p}: no such article file (--article)")
        text = flat_article_text(p)
    return score_graph(rdflib_union(graph), g, text)


def as_dict(report: dict) -> dict:
    """A JSON-ready form of a report."""
    out = {}
    for k, v in report.items():
        out[k] = v.__dict__ if isinstance(v, Score) else v
    return out


def summary_line(report: dict) -> str:
    e, f, i = report["entity"], report["fact"], report["interaction"]
    return (f"entity F1 {e.f1:.3f} (P {e.precision:.2f} R {e.recall:.2f}) | fact F1 {f.f1:.3f} "
            f"(P {f.precision:.2f} R {f.recall:.2f}) | interaction F1 {i.f1:.3f} (P {i.precision:.2f} R {i.recall:.2f}) | "
            f"attributes {report['attribute']['accuracy']:.2f} | provenance {report['provenance']['coverage']:.2f}")


def micro(reports: list[dict]) -> dict[str, tuple[float, float, float]]:
    """Micro-averaged precision, recall and F1 over several reports (counts pooled)."""
    out = {}
    for k in ("entity", "fact", "interaction"):
        tp = sum(r[k].tp for r in reports)
        fp = sum(r[k].fp for r in reports)
        found = sum(r[k].gold - len(r[k].missing) for r in reports)
        gold = sum(r[k].gold for r in reports)
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = found / gold if gold else 1.0
        out[k] = (p, rc, 2 * p * rc / (p + rc) if p + rc else 0.0)
    return out


def evaluate_folder(folder: str | Path, gold_dir: str | Path | None = None, progress=None) -> list[tuple[str, dict]]:
    """Build and score every annotated article of a folder.

    The folder holds ``articles/`` and ``gold/`` (as ``tests/data`` does), or the
    articles themselves with their ``*.gold.json`` beside them. Each article is
    built on its own and scored against ``<stem>.gold.json``.
    """
    from .errors import SourceError
    from .formats import union
    from .pipeline import build
    from .reader import SUFFIXES, read

    root = Path(folder)
    arts_dir = root / "articles" if (root / "articles").is_dir() else root
    golds = Path(gold_dir) if gold_dir else (root / "gold" if (root / "gold").is_dir() else root)
    articles = {p.stem: p for p in arts_dir.iterdir() if p.suffix.lower() in SUFFIXES and not p.name.upper().startswith("README")}
    out = []
    for g in sorted(golds.glob("*.gold.json")):
        stem = g.name[: -len(".gold.json")]
        art = articles.get(stem)
        if art is None:
            raise SourceError(f"{g}: no article {stem}.* in {arts_dir}")
        if progress:
            progress(art)
        result = build([art])
        report = score_graph(union(result.dataset), Gold.load(g), flat_article_text(art))
        report["lang"] = read(art).lang  # the article's script, for averages per script
        out.append((stem, report))
    if not out:
        raise SourceError(f"{golds}: no *.gold.json annotations")
    return out
