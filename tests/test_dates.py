"""kg.dates: date expressions resolved against the publication date (the seed's: Friday 2023-05-19)."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.dates import find_dates
from kg.normalise import fold

PUB = date(2023, 5, 19)  # a Friday


def dates(text: str, pub: date | None = PUB) -> list[tuple[str, str, str | None]]:
    """(surface, value, until) of each date found in ``text`` (folded as the extractor folds it)."""
    f = fold(text)
    return [(text[d.start:d.end], d.value, d.until) for d in find_dates(f, pub)]


@pytest.mark.parametrize("text, expected", [
    # Chinese, either script
    ("領導人於5月18、19日在西安", [("5月18、19日", "2023-05-18", "2023-05-19")]),
    ("本週四（5月18日）", [("本週四", "2023-05-18", None), ("5月18日", "2023-05-18", None)]),
    ("本周四", [("本周四", "2023-05-18", None)]),
    ("17日，在峰會開始之前", [("17日", "2023-05-17", None)]),
    ("2025年將由哈薩克斯坦主辦", [("2025年", "2025", None)]),
    ("2025年6月", [("2025年6月", "2025-06", None)]),
    ("6月16日至18日", [("6月16日至18日", "2023-06-16", "2023-06-18")]),
    ("2023年5月19日", [("2023年5月19日", "2023-05-19", None)]),
    ("5月19日上午", [("5月19日", "2023-05-19", None)]),
    ("上月", [("上月", "2023-04", None)]),
    ("上個月", [("上個月", "2023-04", None)]),
    ("下月", [("下月", "2023-06", None)]),
    ("去年", [("去年", "2022", None)]),
    ("明年", [("明年", "2024", None)]),
    ("昨天", [("昨天", "2023-05-18", None)]),
    ("上週五", [("上週五", "2023-05-12", None)]),
    ("下週一", [("下週一", "2023-05-22", None)]),
    ("本週日", [("本週日", "2023-05-21", None)]),
    ("28日", [("28日", "2023-04-28", None)]),  # later than the 19th + 3: last month
    ("12月31日", [("12月31日", "2022-12-31", None)]),  # the nearest 31 December
    # English
    ("last Thursday", [("last Thursday", "2023-05-18", None)]),
    ("last Friday", [("last Friday", "2023-05-12", None)]),
    ("on Tuesday", [("on Tuesday", "2023-05-16", None)]),
    ("will meet on Tuesday", [("on Tuesday", "2023-05-23", None)]),
    ("next Monday", [("next Monday", "2023-05-22", None)]),
    ("June 16-18", [("June 16-18", "2023-06-16", "2023-06-18")]),
    ("June 16–18", [("June 16–18", "2023-06-16", "2023-06-18")]),
    ("16 to 18 June", [("16 to 18 June", "2023-06-16", "2023-06-18")]),
    ("May 18, 2023", [("May 18, 2023", "2023-05-18", None)]),
    ("18 May 2023", [("18 May 2023", "2023-05-18", None)]),
    ("Sept. 5, 2024", [("Sept. 5, 2024", "2024-09-05", None)]),
    ("June 2025", [("June 2025", "2025-06", None)]),
    ("in 2025", [("2025", "2025", None)]),
    ("yesterday", [("yesterday", "2023-05-18", None)]),
    ("next month", [("next month", "2023-06", None)]),
    ("last year", [("last year", "2022", None)]),
    # nothing
    ("中亞五國領導人", []),
    ("about 2025 tonnes", []),
], ids=lambda v: v if isinstance(v, str) else None)
def test_dates_table(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", ["本週四", "17日", "上月", "last Thursday", "on Tuesday", "June 16-18", "yesterday",
                                  "5月18、19日", "6月16日至18日", "next month"])
def test_dates_relative_forms_skipped_without_publication_date(text):
    assert dates(text, pub=None) == []


@pytest.mark.parametrize("text, value", [
    ("2025年", "2025"), ("2025年6月", "2025-06"), ("2023年5月19日", "2023-05-19"),
    ("May 18, 2023", "2023-05-18"), ("in 2025", "2025"), ("June 2025", "2025-06"),
])
def test_dates_absolute_forms_need_no_publication_date(text, value):
    assert [v for _, v, _ in dates(text, pub=None)] == [value]


def test_dates_relative_flag():
    f = fold("2023年5月19日與本週四")
    found = find_dates(f, PUB)
    assert [(d.value, d.relative) for d in found] == [("2023-05-19", False), ("2023-05-18", True)]


def test_dates_results_sorted_and_disjoint():
    f = fold("本週四（5月18日）和17日，以及last Thursday和2025年6月")
    found = find_dates(f, PUB)
    assert [d.start for d in found] == sorted(d.start for d in found)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


@settings(max_examples=100)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)))
def test_dates_full_chinese_date_round_trips(d):
    text = f"{d.year}年{d.month}月{d.day}日"
    assert dates(text, pub=None) == [(text, d.isoformat(), None)]


@settings(max_examples=100)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
       st.integers(min_value=0, max_value=6))
def test_dates_weekday_resolves_within_the_past_week(pub, wd):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    [(_, value, _)] = dates(f"on {name}", pub=pub)
    got = date.fromisoformat(value)
    assert got.weekday() == wd
    assert 0 <= (pub - got).days <= 6


@pytest.mark.parametrize("text, pub, expected", [
    ("2023年12月30日至1月2日", None, ("2023-12-30", "2024-01-02")),
    ("12月30日至1月2日", date(2023, 1, 1), ("2022-12-30", "2023-01-02")),
])
def test_dates_range_across_new_year(text, pub, expected):
    [d] = find_dates(fold(text), pub)
    assert (d.value, d.until) == expected


@pytest.mark.parametrize("text", ["18至19日在西安舉行", "18、19日"])
def test_dates_day_range_without_month(text):
    assert [(v, u) for _, v, u in dates(text)] == [("2023-05-18", "2023-05-19")]


def test_dates_day_range_with_both_units():
    assert dates("18日至19日") == [("18日至19日", "2023-05-18", "2023-05-19")]


@pytest.mark.parametrize("text,value,until", [
    ("上月31日", "2024-05-31", None),
    ("本月6日", "2024-06-06", None),
    ("去年10月11日至12日", "2023-10-11", "2023-10-12"),
    ("去年6月", "2023-06", None),
    ("前年3月", "2022-03", None),
])
def test_dates_a_relative_month_or_year_with_a_day(text, value, until):
    (d,) = find_dates(text, date(2024, 6, 24))
    assert (d.value, d.until) == (value, until)
