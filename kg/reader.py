"""Read an article file into a :class:`~kg.model.Document`.

Three layouts are understood:

* **seed**: an ``<!--epoch-ms-->`` comment, a ``[title](url)`` line, a
  ``------`` rule, then an HTML body (the layout of the project's seed
  article);
* **html**: a web page; the main text comes from ``<article>`` or ``<main>``
  when there is one, title, URL and dates from ``<meta>`` tags (read with lxml);
* **text**: plain text; the first line is the headline.

The plain text keeps a map back to source offsets (``Document.runs``);
image captions, headings and paragraphs are blocks of their own, and each
block is split into sentences (Chinese and English punctuation rules).
"""
from __future__ import annotations

import html as htmlmod
import json
import re
from datetime import datetime, timezone
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from .errors import BinaryInput, EmptyInput, MissingInput, UndecodableInput, UnsupportedFormat
from .model import Document, Sentence

# Extensions read as articles; anything else is refused with a clear error.
SUFFIXES = {".txt": "auto", ".md": "auto", ".text": "auto", ".html": "html", ".htm": "html", ".xhtml": "html"}

_SEED_HEAD = re.compile(
    r"\A\s*(?:<!--\s*(?P<epoch>\d{9,13})\s*-->\s*\n)?\s*\[(?P<title>[^\n]*)\]\((?P<url>[^)\s]*)\)[ \t]*\n\s*-{3,}[ \t]*\n"
)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?")
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_EN_DATE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b"
    r"|\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b")


# --------------------------------------------------------------------------- decoding

def decode(data: bytes, path: object = "<bytes>", declared: str | None = None) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), else Big5 or GB18030 when detectable.

    Raises :class:`EmptyInput`, :class:`BinaryInput` or :class:`UndecodableInput`.
    """
    if not data.strip():
        raise EmptyInput(path, "empty file (no text to read)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UndecodableInput(path, "starts with a UTF-16 mark but is not valid UTF-16") from None
    head = data[:8192]
    if head.lstrip().startswith(_MAGIC) or b"\x00" in head or _binary_share(head) > 0.05:
        raise BinaryInput(path, "binary file, not text (a PDF, image or archive?); give an .html or .txt article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if declared is None:
        m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:4096])
        declared = m.group(1).decode("ascii").lower() if m else None
    candidates = []
    for enc in dict.fromkeys(e for e in (declared, "big5hkscs", "gb18030") if e):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        # ties go to the declared charset, then to GB18030 (its punctuation decodes as Big5 ideographs)
        candidates.append((_plausibility(text), enc == declared, enc == "gb18030", text))
    if candidates:
        score, _, _, text = max(candidates)
        if score >= 0.9:
            return text
    # Western text with curly quotes or accents saved as Windows-1252
    if sum(b < 128 for b in data) >= 0.9 * len(data):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    raise UndecodableInput(path, "not UTF-8, and not recognisably Big5, GB18030 or Windows-1252; convert it to UTF-8")


# Signatures of binary formats people pass by mistake: PDF, ZIP (docx, xlsx, epub), PNG, JPEG, GIF, gzip.
_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")


def _binary_share(head: bytes) -> float:
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl / max(1, len(head))


def _plausibility(text: str) -> float:
    """Share of non-ASCII characters that are common CJK ideographs or punctuation."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 1.0
    good = sum(1 for c in non_ascii if "\u4e00" <= c <= "\u9fa5" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
               or "\u2000" <= c <= "\u206f" or c in "·×÷°")
    return good / len(non_ascii)


# --------------------------------------------------------------------------- text building

class _Builder:
    """Accumulates plain text in blocks, remembering where each character came from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.runs: list[tuple[int, int, int]] = []
        self.blocks: list[tuple[int, int, str]] = []
        self.n = 0
        self.block_start: int | None = None
        self.kind = "paragraph"
        self.space_at: int | None = None  # source offset of a pending collapsed space
        self.bold_chars = 0

    def _emit(self, s: str, src: int | None) -> None:
        if self.block_start is None:
            if self.blocks:
                self.parts.append("\n")
                self.n += 1
            self.block_start = self.n
        if src is not None:
            if self.runs and self.runs[-1][0] + self.runs[-1][2] == self.n and self.runs[-1][1] + self.runs[-1][2] == src:
                t0, s0, ln = self.runs[-1]
                self.runs[-1] = (t0, s0, ln + len(s))
            else:
                self.runs.append((self.n, src, len(s)))
        self.parts.append(s)
        self.n += len(s)

    def add(self, text: str, src: int, bold: bool = False, exact: bool = True) -> None:
        """Add ``text`` found at source offset ``src``; whitespace runs collapse to one space.

        ``exact=False`` marks text that stands for a longer source span (an entity
        reference): it maps to the span's first character.
        """
        if not exact:
            if text.isspace():
                self.space_at = src if self.block_start is not None and self.space_at is None else self.space_at
                return
            self._flush_space()
            self._emit(text, src if len(text) == 1 else None)
            if bold:
                self.bold_chars += len(text)
            return
        for m in re.finditer(r"\s+|\S+", text):
            piece, at = m.group(), src + m.start()
            if piece.isspace():
                if self.block_start is not None and self.space_at is None:
                    self.space_at = at
                continue
            self._flush_space()
            self._emit(piece, at)
            if bold:
                self.bold_chars += len(piece)

    def _flush_space(self) -> None:
        if self.space_at is not None and self.block_start is not None:
            self._emit(" ", self.space_at)
        self.space_at = None

    def end_block(self, kind: str | None = None) -> None:
        if self.block_start is not None and self.n > self.block_start:
            k = kind or self.kind
            if k == "paragraph" and self.bold_chars >= self.n - self.block_start:
                k = "heading"
            self.blocks.append((self.block_start, self.n, k))
        self.block_start = None
        self.space_at = None
        self.bold_chars = 0

    def text(self) -> str:
        return "".join(self.parts)


class _HTMLText(HTMLParser):
    """Stream HTML into a :class:`_Builder`, tracking source offsets (stdlib parser: lenient)."""

    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th",
             "blockquote", "figure", "figcaption", "section", "article", "main", "header", "footer", "hr", "pre",
             "dl", "dt", "dd", "small", "img", "title", "body"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "aside", "form", "button", "iframe",
            "select", "textarea", "object", "canvas", "header", "footer", "menu"}
    CAPTION = {"figcaption", "small"}
    HEADING = {"h1", "h2", "h3", "h4", "h5", "h6"}
    BOLD = {"strong", "b"}

    def __init__(self, source: str, base: int, builder: _Builder, main_tag: str | None):
        super().__init__(convert_charrefs=False)
        self.src, self.base, self.b = source, base, builder
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.skip = 0
        self.main_tag, self.in_main = main_tag, 0
        self.caption = self.heading = self.bold = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.base + self.line_starts[line - 1] + col

    def _count(self, tag: str, delta: int) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip + delta)
        if tag == self.main_tag:
            self.in_main = max(0, self.in_main + delta)
        if tag in self.CAPTION:
            self.caption = max(0, self.caption + delta)
        if tag in self.HEADING:
            self.heading = max(0, self.heading + delta)
        if tag in self.BOLD:
            self.bold = max(0, self.bold + delta)

    def _kind(self) -> str:
        return "caption" if self.caption else "heading" if self.heading else "paragraph"

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.b.end_block()
        if tag not in ("br", "img", "hr", "meta", "link", "input", "wbr"):
            self._count(tag, +1)
        self.b.kind = self._kind()

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.b.end_block()

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.b.end_block()
        self._count(tag, -1)
        self.b.kind = self._kind()

    def _visible(self) -> bool:
        return not self.skip and (self.main_tag is None or self.in_main > 0)

    def handle_data(self, data):
        if self._visible():
            self.b.kind = self._kind()
            self.b.add(data, self._pos(), bold=bool(self.bold))

    def _ref(self) -> None:
        if not self._visible():
            return
        pos = self._pos()
        m = re.match(r"&#?[A-Za-z0-9]+;?", self.src[pos - self.base:pos - self.base + 40])
        raw = m.group() if m else "&"
        text = htmlmod.unescape(raw)
        if not raw.endswith(";") and len(text) != 1:  # "&region=asia" is no reference: not ®ion
            text = raw
        if text == raw:  # not a reference after all ("AT&T"): the characters themselves
            self.b.add(raw, pos, bold=bool(self.bold))
        else:
            self.b.add(text, pos, bold=bool(self.bold), exact=False)

    def handle_entityref(self, name):
        self._ref()

    def handle_charref(self, name):
        self._ref()


def _main_tag(source: str) -> str | None:
    for tag in ("article", "main"):
        if re.search(rf"<{tag}[\s>]", source, re.I):
            return tag
    return None


# --------------------------------------------------------------------------- sentences

_ZH_END = "。！？!?"
_CLOSERS = "”」』）)’\"'》】"
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "pres", "inc", "corp", "vs",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "prof",
           "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "jr", "sr", "co", "ltd", "mt", "ft", "approx", "est"}
_EN_BREAK = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans (Chinese and English rules)."""
    cuts: list[int] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in _ZH_END and (ch in "。！？" or _is_cjk_context(text, i)):
            j = i + 1
            while j < end and (text[j] in _CLOSERS or text[j] in _ZH_END):
                j += 1
            cuts.append(j)
            i = j
            continue
        i += 1
    for m in _EN_BREAK.finditer(text, start, end):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        cuts.append(m.end())
    spans, prev = [], start
    for c in sorted(set(cuts)):
        s, e = _trim(text, prev, c)
        if e > s:
            spans.append((s, e))
        prev = c
    s, e = _trim(text, prev, end)
    if e > s:
        spans.append((s, e))
    return spans


def _is_cjk_context(text: str, i: int) -> bool:
    return i > 0 and "\u3000" <= text[i - 1] <= "\u9fff"


def _is_abbreviation(text: str, dot: int) -> bool:
    m = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12):dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# --------------------------------------------------------------------------- script and dates

def detect_lang(text: str) -> str:
    """Return ``zh-Hant``, ``zh-Hans`` or ``en`` for a text.

    Chinese when CJK characters outweigh Latin letters (counting a character
    as two letters); Traditional when more of its characters change under
    Traditional->Simplified conversion than under the reverse.
    """
    from .normalise import fold

    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    if not cjk or len(cjk) * 2 < latin * 0.3:
        return "en"
    simp_only = _simplified_only(frozenset(cjk))
    trad = sum(1 for c in cjk if fold(c) != c)
    simp = sum(1 for c in cjk if c in simp_only)
    return "zh-Hant" if trad > simp else "zh-Hans"


@cache
def _s2t():
    import opencc

    try:
        return opencc.OpenCC("s2t")
    except Exception:  # the pure-Python port names its configs with .json
        return opencc.OpenCC("s2t.json")


def _simplified_only(chars: frozenset[str]) -> set[str]:
    conv = _s2t()
    return {c for c in chars if len(t := conv.convert(c)) == 1 and t != c}


def parse_date(text: str) -> datetime | None:
    """Find the first full date in ``text`` (ISO, 2023年5月19日, May 19, 2023, 19 May 2023)."""
    best: tuple[int, datetime] | None = None
    for rx in (_ISO, _ZH_DATE, _EN_DATE):
        m = rx.search(text)
        if not m:
            continue
        try:
            dt = _match_date(rx, m)
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), dt)
    return best[1] if best else None


def _match_date(rx: re.Pattern, m: re.Match) -> datetime:
    if rx is _ISO:
        y, mo, d, hh, mm, ss, tz = m.groups()
        iso = f"{y}-{mo}-{d}T{hh or '00'}:{mm or '00'}:{ss or '00'}"
        if tz:
            iso += "+00:00" if tz == "Z" else (tz if ":" in tz else tz[:3] + ":" + tz[3:])
        dt = datetime.fromisoformat(iso)
        return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
    if rx is _ZH_DATE:
        y, mo, d = map(int, m.groups())
        return datetime(y, mo, d, tzinfo=timezone.utc)
    g = m.groups()
    if g[0]:
        mon, d, y = g[0], g[1], g[2]
    else:
        d, mon, y = g[3], g[4], g[5]
    return datetime(int(y), _MONTHS[mon[:3].lower()], int(d), tzinfo=timezone.utc)


# --------------------------------------------------------------------------- layouts

def read(path: str | Path) -> Document:
    """Read an article file.

    Args:
        path: a ``.txt``/``.md`` file (seed layout or plain text) or an ``.html`` page.

    Returns:
        the :class:`Document`.

    Raises:
        InputError: missing, empty, binary, undecodable or unsupported file.

    >>> doc = read("examples/seed/000_a9ea7c4cedc04e6f.txt")  # doctest: +SKIP
    >>> doc.lang
    'zh-Hant'
    """
    p = Path(path)
    if not p.exists():
        raise MissingInput(p, "no such file")
    if p.is_dir():
        raise UnsupportedFormat(p, "is a folder; pass its articles or the folder to 'kg build'")
    kind = SUFFIXES.get(p.suffix.lower())
    if kind is None:
        raise UnsupportedFormat(p, f"unsupported extension '{p.suffix}' (geokg reads {', '.join(sorted(SUFFIXES))})")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise MissingInput(p, f"cannot read ({exc.strerror})") from None
    return parse(decode(data, p), source=str(p), hint=kind)


def parse(raw: str, source: str = "<text>", hint: str = "auto") -> Document:
    """Parse article text that is already decoded (see :func:`read`)."""
    if not raw.strip():
        raise EmptyInput(source, "empty file (no text to read)")
    m = _SEED_HEAD.match(raw)
    if m:
        return _parse_seed(raw, m, source)
    if hint == "html" or re.match(r"\s*(<!doctype html|<html|<\?xml)", raw[:512], re.I):
        return _parse_html(raw, source)
    return _parse_text(raw, source)


def _finish(b: _Builder, source: str, title: str, url: str, published: datetime | None, layout: str) -> Document:
    b.end_block()
    text = b.text()
    if not text.strip():
        raise EmptyInput(source, "no readable text in the article")
    sentences: list[Sentence] = []
    for bs, be, kind in b.blocks:
        for s, e in split_sentences(text, bs, be):
            sentences.append(Sentence(len(sentences), s, e, text[s:e], kind))
    return Document(source=source, text=text, runs=tuple(b.runs), sentences=tuple(sentences),
                    lang=detect_lang(text), title=title, url=url, published=published, layout=layout)


def _parse_seed(raw: str, m: re.Match, source: str) -> Document:
    b = _Builder()
    title = htmlmod.unescape(m.group("title")).strip()
    b.kind = "title"
    _HTMLText(m.group("title"), m.start("title"), b, None).feed(m.group("title"))
    b.end_block("title")
    body = raw[m.end():]
    _HTMLText(body, m.end(), b, None).feed(body)
    published = None
    iso = _ISO.search(body)
    if iso:
        published = _match_date(_ISO, iso)
    elif m.group("epoch"):
        ms = int(m.group("epoch"))
        published = datetime.fromtimestamp(ms / 1000 if ms > 10**11 else ms, tz=timezone.utc)
    return _finish(b, source, title, m.group("url"), published, "seed")


def _parse_html(raw: str, source: str) -> Document:
    meta = html_metadata(raw)
    b = _Builder()
    parser = _HTMLText(raw, 0, b, _main_tag(raw))
    parser.feed(raw)
    parser.close()
    if not b.blocks and b.block_start is None:  # nothing in <article>/<main>: read the whole page
        b = _Builder()
        p2 = _HTMLText(raw, 0, b, None)
        p2.feed(raw)
        p2.close()
    published = meta.get("published")
    if published is None:
        published = parse_date(raw[:20000])
    return _finish(b, source, meta.get("title", ""), meta.get("url", ""), published, "html")


_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "article.published",
              "publication_date", "sailthru.date", "parsely-pub-date")


def html_metadata(raw: str) -> dict:
    """Title, URL, language and publication date of a page, from its ``<head>`` (lxml)."""
    from lxml import etree, html as lhtml

    out: dict = {}
    try:
        parser = lhtml.HTMLParser(no_network=True, remove_comments=True, recover=True)
        tree = lhtml.document_fromstring(raw.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return out
    metas: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and el.get("content") and key not in metas:
            metas[key] = el.get("content").strip()
    title = metas.get("og:title") or metas.get("twitter:title")
    if not title:
        t = tree.find(".//title")
        title = t.text_content().strip() if t is not None else ""
    if not title:
        h1 = tree.find(".//h1")
        title = h1.text_content().strip() if h1 is not None else ""
    out["title"] = re.sub(r"\s+", " ", title)
    canon = tree.find(".//link[@rel='canonical']")
    out["url"] = metas.get("og:url") or (canon.get("href", "") if canon is not None else "")
    out["lang"] = tree.get("lang", "")
    for key in _DATE_META:
        if key in metas and (dt := parse_date(metas[key])):
            out["published"] = dt
            break
    else:
        for el in tree.iter("time"):
            if el.get("datetime") and (dt := parse_date(el.get("datetime"))):
                out["published"] = dt
                break
        else:
            for script in tree.iter("script"):
                if (script.get("type") or "").lower() == "application/ld+json" and script.text:
                    m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script.text)
                    if m and (dt := parse_date(m.group(1))):
                        out["published"] = dt
                        break
    return out


def _parse_text(raw: str, source: str) -> Document:
    b = _Builder()
    title = ""
    pos = 0
    for line in raw.splitlines(keepends=True):
        content = line.strip()
        if content:
            kind = "paragraph"
            if not title:
                title, kind = content, "title"
            b.kind = kind
            b.add(line, pos)
            b.end_block(kind)
        pos += len(line)
    published = parse_date(raw[:800])
    return _finish(b, source, title, "", published, "text")


def record_document(fields: dict, source: str) -> Document:
    """A Document from a record (``text`` or ``html``, ``title``, ``url``, ``published``)."""
    if fields.get("html"):
        doc = _parse_html(fields["html"], source)
    else:
        doc = _parse_text(str(fields.get("text", "")), source)
    published = parse_date(str(fields["published"])) if fields.get("published") else doc.published
    return Document(source=source, text=doc.text, runs=doc.runs, sentences=doc.sentences, lang=doc.lang,
                    title=fields.get("title") or doc.title, url=fields.get("url") or doc.url,
                    published=published, layout="record")


__all__ = ["read", "parse", "decode", "split_sentences", "detect_lang", "parse_date", "html_metadata",
           "record_document", "SUFFIXES", "json"]
