"""Date expressions in Chinese and English, resolved against the article's date.

:func:`find_dates` returns :class:`DateExpr` spans with an ISO value: a full
date (``2023-05-18``), a month (``2025-06``) or a year (``2025``), and an
optional end for ranges (5月18、19日, June 16-18). Relative forms (17日,
本週四, 上月, last Thursday, next month) need the publication date; without
one they are skipped rather than guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_ZH_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7, "七": 7}
_EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"]
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int
    end: int
    value: str  # ISO date, YYYY-MM or YYYY
    until: str | None = None  # end of a range
    relative: bool = False


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    for i, m in enumerate(_EN_MONTHS):
        if m.startswith(name[:3]):
            return i + 1
    raise ValueError(name)


def _nearest_year(month: int, day: int, pub: date) -> int:
    """The year that puts month/day nearest to the publication date."""
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - pub).days) < abs((best - pub).days):
            best = d
    return best.year if best else pub.year


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# Patterns run on folded text (simplified, lower case, ASCII punctuation).
_ZH_FULL = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})(日|号)?(?:(?:、|至|到|-|和|~)(?:(\d{1,2})月)?(\d{1,2})(?:日|号))?")
_ZH_YM = re.compile(r"(\d{4})年(\d{1,2})月(?!\d)")
_ZH_Y = re.compile(r"(\d{4})年(?!\d{1,2}月)")
_ZH_DAY = re.compile(r"(?<![\d月年.])(\d{1,2})(?:(?:日|号)(?:(?:、|至|到|-)(\d{1,2})(?:日|号))?|(?:、|至|到|-)(\d{1,2})(?:日|号))")
_ZH_WEEK = re.compile(r"(本|这|上|下|上个|下个)?(周|星期|礼拜)([一二三四五六日天])")
_ZH_REL_MONTH_DAY = re.compile(r"(本月|上月|上个月|下月|下个月)(\d{1,2})(?:日|号)(?:(?:至|到|-|、)(\d{1,2})(?:日|号))?")
_ZH_REL_YEAR_DAY = re.compile(r"(今年|去年|明年|前年)(\d{1,2})月(?:(\d{1,2})(?:日|号)(?:(?:至|到|-|、)(\d{1,2})(?:日|号))?)?")
_ZH_REL = re.compile(r"今天|今日|昨天|昨日|前天|明天|本月|上月|上个月|下月|下个月|今年|去年|明年")
_EN_MDY = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|to|and)\s*(\d{{1,2}}))?(?:,?\s+(\d{{4}}))?\b")
_EN_DMY = re.compile(rf"\b(\d{{1,2}})(?:\s*(?:-|to|and)\s*(\d{{1,2}}))?\s+{_MON}(?:,?\s+(\d{{4}}))?\b")
_EN_MY = re.compile(rf"\b{_MON}\s+(\d{{4}})\b")
_EN_Y = re.compile(r"\b(?:in|by|since|until|from|of)\s+(\d{4})\b")
_EN_WEEKDAY = re.compile(r"\b(last|next|this|on)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_EN_REL = re.compile(r"\b(yesterday|today|last month|next month|this month|last year|next year|this year)\b")


def find_dates(folded: str, pub: date | None) -> list[DateExpr]:
    """Find and resolve the date expressions of a folded text.

    A bare weekday ("on Thursday") is the one before publication, unless the
    words just before it speak of the future ("will meet on Thursday").
    """
    out: list[DateExpr] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, value: str | None, until: str | None = None, rel: bool = False) -> None:
        if value and free(s, e):
            out.append(DateExpr(s, e, value, until if until != value else None, rel))
            taken.append((s, e))

    if pub:  # 上月31日, 去年10月11日至12日: a month or year counted from the publication date, then the day
        for m in _ZH_REL_MONTH_DAY.finditer(folded):
            ym = _relative(m.group(1), pub)
            y, mo = int(ym[:4]), int(ym[5:7])
            add(m.start(), m.end(), _iso(y, mo, int(m.group(2))), _iso(y, mo, int(m.group(3))) if m.group(3) else None, rel=True)
        for m in _ZH_REL_YEAR_DAY.finditer(folded):
            y = pub.year + {"今年": 0, "去年": -1, "明年": 1, "前年": -2}[m.group(1)]
            mo = int(m.group(2))
            if m.group(3):
                add(m.start(), m.end(), _iso(y, mo, int(m.group(3))), _iso(y, mo, int(m.group(4))) if m.group(4) else None,
                    rel=True)
            elif 1 <= mo <= 12:
                add(m.start(), m.end(), f"{y:04d}-{mo:02d}", rel=True)
    for m in _ZH_FULL.finditer(folded):
        y, mo, d, unit, mo2, d2 = m.groups()
        if not unit and not d2:
            continue
        mo, d = int(mo), int(d)
        if y:
            year = int(y)
        elif pub:
            year = _nearest_year(mo, d, pub)
        else:
            continue
        until = _iso(year, int(mo2) if mo2 else mo, int(d2)) if d2 else None
        if until and until < (_iso(year, mo, d) or ""):  # 12月30日至1月2日: the range crosses New Year
            until = _iso(year + 1, int(mo2) if mo2 else mo, int(d2))
        add(m.start(), m.end(), _iso(year, mo, d), until, rel=not y)
    for m in _ZH_YM.finditer(folded):
        add(m.start(), m.end(), f"{int(m.group(1)):04d}-{int(m.group(2)):02d}")
    for m in _ZH_Y.finditer(folded):
        add(m.start(), m.end(), m.group(1))
    for m in _EN_MDY.finditer(folded):
        mon, d, d2, y = m.groups()
        _en_day(m, mon, d, d2, y, pub, add)
    for m in _EN_DMY.finditer(folded):
        d, d2, mon, y = m.groups()
        _en_day(m, mon, d, d2, y, pub, add)
    for m in _EN_MY.finditer(folded):
        add(m.start(), m.end(), f"{m.group(2)}-{_month(m.group(1)):02d}")
    for m in _EN_Y.finditer(folded):
        add(m.start(1), m.end(1), m.group(1))
    if pub:
        for m in _ZH_DAY.finditer(folded):
            d, d2 = int(m.group(1)), m.group(2) or m.group(3)
            y, mo = pub.year, pub.month
            if d > pub.day + 3:  # "28日" in an article of the 2nd: last month
                y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
            add(m.start(), m.end(), _iso(y, mo, d), _iso(y, mo, int(d2)) if d2 else None, rel=True)
        for m in _ZH_WEEK.finditer(folded):
            which, _, wd = m.groups()
            shift = {"上": -7, "上个": -7, "下": 7, "下个": 7}.get(which or "", 0)
            monday = pub - timedelta(days=pub.weekday())
            add(m.start(), m.end(), (monday + timedelta(days=_ZH_NUM[wd] - 1 + shift)).isoformat(), rel=True)
        for m in _ZH_REL.finditer(folded):
            add(m.start(), m.end(), _relative(m.group(), pub), rel=True)
        for m in _EN_WEEKDAY.finditer(folded):
            which, wd = m.group(1), _WEEKDAYS.index(m.group(2))
            delta = (pub.weekday() - wd) % 7
            future = re.search(r"\bwill\b|\bto be\b|\bis due\b|\bis set to\b", folded[max(0, m.start() - 60):m.start()])
            if which == "next" or (which in (None, "on", "this") and future):
                d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
            else:
                d = pub - timedelta(days=delta + (7 if which == "last" and delta == 0 else 0))
            add(m.start(2) if not which else m.start(), m.end(), d.isoformat(), rel=True)
        for m in _EN_REL.finditer(folded):
            add(m.start(), m.end(), _relative(m.group(), pub), rel=True)
    out.sort(key=lambda d: d.start)
    return out


def _en_day(m, mon, d, d2, y, pub, add) -> None:
    try:
        mo = _month(mon)
    except ValueError:
        return
    d = int(d)
    if y:
        year = int(y)
    elif pub:
        year = _nearest_year(mo, d, pub)
    else:
        return
    add(m.start(), m.end(), _iso(year, mo, d), _iso(year, mo, int(d2)) if d2 else None, rel=not y)


def _relative(word: str, pub: date) -> str:
    def month_shift(k: int) -> str:
        y, m = divmod(pub.year * 12 + pub.month - 1 + k, 12)
        return f"{y:04d}-{m + 1:02d}"

    table = {
        "今天": pub.isoformat(), "今日": pub.isoformat(), "today": pub.isoformat(),
        "昨天": (pub - timedelta(days=1)).isoformat(), "昨日": (pub - timedelta(days=1)).isoformat(),
        "yesterday": (pub - timedelta(days=1)).isoformat(), "前天": (pub - timedelta(days=2)).isoformat(),
        "明天": (pub + timedelta(days=1)).isoformat(),
        "本月": month_shift(0), "this month": month_shift(0), "上月": month_shift(-1), "上个月": month_shift(-1),
        "last month": month_shift(-1), "下月": month_shift(1), "下个月": month_shift(1), "next month": month_shift(1),
        "今年": str(pub.year), "this year": str(pub.year), "去年": str(pub.year - 1), "last year": str(pub.year - 1),
        "明年": str(pub.year + 1), "next year": str(pub.year + 1),
    }
    return table[word]
