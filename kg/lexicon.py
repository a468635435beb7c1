"""The lexicon (``kg/data/lexicon.toml``) and CAMEO triggers (``kg/data/cameo.toml``), folded and compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .normalise import fold
from .resources import load_toml


def _f(words) -> list[str]:
    return sorted({fold(w) for w in words}, key=len, reverse=True)


def alternation(words) -> str:
    """A regex alternation, longest first, of already-folded words."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def word_regex(words) -> re.Pattern:
    """Match folded ``words``; ASCII words only as whole words."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        e = re.escape(w)
        if w[:1].isascii() and w[:1].isalnum():
            e = rf"(?<![a-z0-9]){e}(?![a-z0-9])"
        parts.append(e)
    return re.compile("|".join(parts)) if parts else re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Trigger:
    id: str
    code: str
    name: str
    symmetric: bool
    meeting: bool
    examples: tuple[str, ...]
    adjacent: bool = False  # only its sides named right before it count (the U.S.-China tariff war)
    targets: tuple[str, ...] = ()  # kinds of target it takes, when limited ("leaving ECOWAS": an organization)


@dataclass(frozen=True)
class Lexicon:
    titles: dict[str, str]  # folded title -> office
    title_rx: re.Pattern
    honorific: tuple[str, ...]
    states_zh: tuple[str, ...]
    leaders_zh: tuple[str, ...]
    states_en: tuple[str, ...]
    leaders_en: tuple[str, ...]
    both: re.Pattern
    all_group: re.Pattern
    person_pron: re.Pattern
    state_pron: re.Pattern
    event_heads: dict[str, str]  # folded head -> subclass
    incident_rx: re.Pattern
    event_rx: re.Pattern
    anaphora: re.Pattern
    attend: re.Pattern
    host: re.Pattern
    agreement_zh: tuple[str, ...]
    agreement_en: tuple[str, ...]
    sign: re.Pattern
    adopt_only: frozenset[str]
    infra_rx: re.Pattern
    infra_joiners: frozenset[str]
    money_links: re.Pattern
    triggers: dict[str, Trigger]  # folded trigger word -> Trigger
    trigger_rx: re.Pattern
    split_triggers: tuple[tuple[re.Pattern, Trigger], ...]  # "解除…制裁": two parts with a short gap


@cache
def lexicon() -> Lexicon:
    lx = load_toml("lexicon.toml")
    titles = {fold(w): office for office, words in lx["titles"].items() for w in words}
    ev = {fold(w): cls for cls, words in lx["events"].items() if cls[0].isupper() for w in words}
    trig: dict[str, Trigger] = {}
    split: list[tuple[re.Pattern, Trigger]] = []
    for t in load_toml("cameo.toml")["trigger"]:
        tr = Trigger(t["id"], t["code"], t["name"], t.get("symmetric", False), t.get("meeting", False),
                     tuple(t.get("examples", [])), t.get("adjacent", False), tuple(t.get("targets", [])))
        for w in t.get("zh", []) + t.get("en", []):
            if "…" in w:
                parts = [re.escape(fold(p).strip()) for p in w.split("…")]
                english = w.split("…")[0].isascii()  # "…" itself is not ASCII: judge by the words
                gap = r"[^,;.]{0,30}?" if english else r"[^,;。、]{0,10}?"  # 对伊朗的制裁 / fired 40 missiles at
                split.append((re.compile(gap.join(parts)), tr))
            else:
                trig.setdefault(fold(w), tr)
    g = lx["groups"]
    inf = lx["infrastructure"]
    return Lexicon(
        titles=titles,
        title_rx=word_regex(titles),
        honorific=tuple(_f(lx["honorific_suffix"]["zh"])),
        states_zh=tuple(_f(g["states_zh"])), leaders_zh=tuple(_f(g["leaders_zh"])),
        states_en=tuple(_f(g["states_en"])), leaders_en=tuple(_f(g["leaders_en"])),
        both=word_regex(_f(g["both_zh"] + g["both_en"])),
        all_group=word_regex(_f(g["all_zh"] + g["all_en"])),
        person_pron=word_regex(_f(lx["pronouns"]["person_zh"] + lx["pronouns"]["person_en"])),
        state_pron=word_regex(_f(lx["pronouns"]["state_zh"] + lx["pronouns"]["state_en"])),
        event_heads=ev,
        incident_rx=word_regex(_f(lx["incidents"]["heads_zh"] + lx["incidents"]["heads_en"])),
        event_rx=word_regex(ev),
        anaphora=word_regex(_f(lx["events"]["anaphora_zh"] + lx["events"]["anaphora_en"])),
        attend=word_regex(_f(lx["attend"]["zh"] + lx["attend"]["en"])),
        host=word_regex(_f(lx["host"]["zh"] + lx["host"]["en"])),
        agreement_zh=tuple(_f(lx["agreements"]["zh"])),
        agreement_en=tuple(lx["agreements"]["en"]),
        sign=word_regex(_f(lx["sign"]["zh"] + lx["sign"]["en"])),
        adopt_only=frozenset(_f(lx["sign"]["adopt_only_zh"] + lx["sign"]["adopt_only_en"])),
        infra_rx=word_regex(_f(inf["heads_zh"] + inf["heads_en"])),
        infra_joiners=frozenset(_f(inf["joiners_zh"] + inf["joiners_en"])),
        money_links=word_regex(_f(lx["money"]["links"]["zh"] + lx["money"]["links"]["en"])),
        triggers=trig,
        trigger_rx=word_regex(trig),
        split_triggers=tuple(split),
    )
