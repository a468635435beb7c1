"""Money figures as amounts: 260億元 -> 26000000000 CNY, $6 billion -> 6000000000 USD."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from .normalise import fold
from .resources import load_toml

_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True, slots=True)
class Money:
    start: int
    end: int
    value: Decimal
    currency: str

    @property
    def text(self) -> str:
        """``"26000000000 CNY"``: the value without exponent or trailing zeros."""
        v = self.value.quantize(Decimal(1)) if self.value == self.value.to_integral() else self.value.normalize()
        return f"{v:f} {self.currency}"


def _zh_number(s: str) -> Decimal | None:
    """Chinese numerals below 10,000: 二十六, 三百, 十."""
    total, cur = 0, 0
    for ch in s:
        if ch in _ZH_DIGITS:
            cur = _ZH_DIGITS[ch]
        elif ch in "十百千":
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (cur or 1) * unit
            cur = 0
        else:
            return None
    return Decimal(total + cur)


@cache
def _patterns():
    lex = load_toml("lexicon.toml")["money"]
    cur = {fold(k): v for k, v in lex["currencies"].items()}
    sym = {fold(k): v for k, v in lex["symbols"].items()}
    mult = {fold(k): Decimal(repr(v)) if not float(v).is_integer() else Decimal(int(v)) for k, v in lex["multipliers"].items()}
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    zh_mult = [m for m in mult if not m.isascii()]
    en_mult = [m for m in mult if m.isascii()]
    zh_cur = [c for c in cur if not c.isascii()]
    en_cur = [c for c in cur if c.isascii()]
    num = r"(\d[\d,]*(?:\.\d+)?|[零一二两三四五六七八九十百千]+)"
    zh = re.compile(rf"{num}\s*({alt(zh_mult)})?\s*({alt(zh_cur)})")
    en_sym = re.compile(rf"({alt(sym)})\s?(\d[\d,]*(?:\.\d+)?)\s*({alt(en_mult)})?\b")
    en_word = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s*({alt(en_mult)})?\s+({alt(en_cur)})\b")
    return zh, en_sym, en_word, cur, sym, mult


def find_money(folded: str) -> list[Money]:
    """Find money figures in folded text."""
    zh, en_sym, en_word, cur, sym, mult = _patterns()
    out: list[Money] = []

    def number(s: str) -> Decimal | None:
        if s[0].isdigit():
            return Decimal(s.replace(",", ""))
        return _zh_number(s)

    for m in zh.finditer(folded):
        n = number(m.group(1))
        if n is not None and (m.group(2) or m.group(1)[0].isdigit()):
            out.append(Money(m.start(), m.end(), n * mult.get(m.group(2) or "", 1), cur[m.group(3)]))
    for m in en_sym.finditer(folded):
        n = number(m.group(2))
        if n is not None:
            out.append(Money(m.start(), m.end(), n * mult.get(m.group(3) or "", 1), sym[m.group(1)]))
    for m in en_word.finditer(folded):
        n = number(m.group(1))
        if n is not None and not any(o.start <= m.start() < o.end for o in out):
            out.append(Money(m.start(), m.end(), n * mult.get(m.group(2) or "", 1), cur[m.group(3)]))
    out.sort(key=lambda x: x.start)
    return out
