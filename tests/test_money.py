"""kg.money: money figures as amounts with ISO 4217 currencies."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.money import Money, find_money
from kg.normalise import fold


def money(text: str) -> list[tuple[str, str]]:
    """(surface, Money.text) of each figure in ``text``."""
    return [(text[m.start:m.end], m.text) for m in find_money(fold(text))]


@pytest.mark.parametrize("text, expected", [
    ("提供總額260億元的融資支持", [("260億元", "26000000000 CNY")]),
    ("擴建一條價值60億美元的管道", [("60億美元", "6000000000 USD")]),
    ("二十亿美元", [("二十亿美元", "2000000000 USD")]),
    ("六千万美元", [("六千万美元", "60000000 USD")]),
    ("500億美元貸款", [("500億美元", "50000000000 USD")]),
    ("5000万元人民币", [("5000万元人民币", "50000000 CNY")]),
    ("3.5亿欧元", [("3.5亿欧元", "350000000 EUR")]),
    ("1.5万亿日元", [("1.5万亿日元", "1500000000000 JPY")]),
    ("油價上限降至47.6美元", [("47.6美元", "47.6 USD")]),
    ("1.25亿元", [("1.25亿元", "125000000 CNY")]),
    ("a $6 billion pipeline", [("$6 billion", "6000000000 USD")]),
    ("3.5 billion US dollars", [("3.5 billion US dollars", "3500000000 USD")]),
    ("€40bn in aid", [("€40bn", "40000000000 EUR")]),
    ("a $50bn loan", [("$50bn", "50000000000 USD")]),
    ("US$1.2 million", [("US$1.2 million", "1200000 USD")]),
    ("£3.5m", [("£3.5m", "3500000 GBP")]),
    ("1,000 yuan", [("1,000 yuan", "1000 CNY")]),
    ("10 million euros", [("10 million euros", "10000000 EUR")]),
    ("100 roubles", [("100 roubles", "100 RUB")]),
    ("$0.5 billion", [("$0.5 billion", "500000000 USD")]),
    # not money
    ("in 2025 the summit", []),
    ("中亞五國", []),
    ("第18輪制裁", []),
], ids=lambda v: v if isinstance(v, str) else None)
def test_money_table(text, expected):
    assert money(text) == expected


def test_money_values_and_currencies():
    [m] = find_money(fold("提供總額260億元的融資支持"))
    assert (m.value, m.currency) == (Decimal(26000000000), "CNY")
    [m] = find_money(fold("價值60億美元"))
    assert (m.value, m.currency) == (Decimal(6000000000), "USD")


def test_money_several_figures_in_order():
    text = "中國提供260億元，俄方投入60億美元，歐盟出資€40bn。"
    assert [t for _, t in money(text)] == ["26000000000 CNY", "6000000000 USD", "40000000000 EUR"]


@pytest.mark.parametrize("value, text", [
    (Decimal("3500000000.0"), "3500000000 USD"),
    (Decimal("6E+9"), "6000000000 USD"),
    (Decimal("47.60"), "47.6 USD"),
    (Decimal("0.50"), "0.5 USD"),
    (Decimal("1.2E+6"), "1200000 USD"),
])
def test_money_text_has_no_exponent(value, text):
    assert Money(0, 1, value, "USD").text == text


@settings(max_examples=200)
@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e15"), places=2, allow_nan=False,
                   allow_infinity=False),
       st.sampled_from([1, 1000, 10**6, 10**8, 10**9, 10**12]))
def test_money_text_is_plain_decimal(base, mult):
    value = base * mult
    text = Money(0, 1, value, "EUR").text
    number, cur = text.split(" ")
    assert cur == "EUR"
    assert "E" not in number and "e" not in number
    assert Decimal(number) == value
    assert not ("." in number and number.endswith("0"))
