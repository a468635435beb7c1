"""The small data classes that flow between the stages.

reader -> :class:`Document`; extract -> :class:`Mention`, :class:`Fact`,
:class:`Interaction`, :class:`Attribute`; resolve -> :class:`Entity`;
all of it travels as one :class:`Extraction` to the emitter.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document's plain text: ``text == doc.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    block: str = "paragraph"  # title | heading | paragraph | caption


@dataclass(frozen=True, slots=True)
class Document:
    """An article as plain text, with a map from text offsets back to the source.

    ``runs`` holds ``(text_start, source_start, length)`` triples: the text
    characters ``text_start .. text_start+length`` are source characters
    ``source_start ..``. Characters the reader inserted (block breaks) belong
    to no run.
    """

    source: str
    text: str
    runs: tuple[tuple[int, int, int], ...]
    sentences: tuple[Sentence, ...]
    lang: str  # zh-Hant | zh-Hans | en
    title: str = ""
    url: str = ""
    published: datetime | None = None
    layout: str = "text"  # seed | html | text | record

    @property
    def pub_date(self) -> date | None:
        """The publication date, or None when the source gives none."""
        return self.published.date() if self.published else None

    def source_offset(self, pos: int) -> int | None:
        """Map a plain-text offset to the source offset it came from (None if inserted)."""
        i = bisect.bisect_right(self.runs, pos, key=lambda r: r[0]) - 1
        if i >= 0:
            t0, s0, n = self.runs[i]
            if pos < t0 + n:
                return s0 + (pos - t0)
        return None

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence containing text offset ``pos`` (the last one before it otherwise)."""
        return self.sentences[max(0, bisect.bisect_right(self.sentences, pos, key=lambda s: s.start) - 1)]


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the plain text that names or refers to something.

    ``kind`` is one of: country, leader, person, organization, place, region,
    group, agreement, infrastructure, event, money, date, pronoun.
    ``key`` identifies what it refers to within its kind (an ISO code, a
    gazetteer id, a normalised name). ``refs`` lists the entity keys a group
    or pronoun stands for once resolved.
    """

    start: int
    end: int
    surface: str
    kind: str
    key: str
    sentence: int
    rule: str
    confidence: float = 1.0
    data: tuple[tuple[str, object], ...] = ()

    def get(self, name: str, default=None):
        for k, v in self.data:
            if k == name:
                return v
        return default


@dataclass(slots=True)
class Entity:
    """One real-world thing found in a document, keyed like ``country:KZ``."""

    key: str
    cls: str  # a contract class name: Country, Leader, ...
    labels: dict[str, str] = field(default_factory=dict)  # lang tag -> preferred label
    alt_labels: set[tuple[str, str]] = field(default_factory=set)  # (text, lang)
    subclasses: set[str] = field(default_factory=set)
    qid: str | None = None
    props: dict[str, object] = field(default_factory=dict)  # iso2, iso3, office, ...
    first: int = 0  # offset of the first mention


@dataclass(frozen=True, slots=True)
class Fact:
    """``subject predicate object`` between entity keys, with its evidence sentence."""

    subject: str
    predicate: str
    object: str
    sentence: int
    rule: str
    confidence: float
    date: str | None = None  # when the sentence dates it (a meeting, a signing)


@dataclass(frozen=True, slots=True)
class Interaction:
    """One CAMEO-coded act of ``actor`` towards ``target`` (entity keys)."""

    actor: str
    target: str
    code: str
    sentence: int
    rule: str
    confidence: float
    date: str | None = None  # ISO date, year or year-month


@dataclass(frozen=True, slots=True)
class Attribute:
    """A literal attribute: a date of an event, or a money amount ``"VALUE CUR"``."""

    subject: str
    predicate: str  # startDate | endDate | amount
    value: str
    sentence: int
    rule: str
    confidence: float


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document, ready to emit."""

    doc: Document
    entities: dict[str, Entity]
    facts: list[Fact]
    interactions: list[Interaction]
    attributes: list[Attribute]
    mentions: list[Mention] = field(default_factory=list)
