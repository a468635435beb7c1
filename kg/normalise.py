"""Script folding for matching, with offsets kept.

:func:`fold` maps a text to a string of the *same length* in which every
character is compared-as-equal form: NFKC where that yields one character,
lower case, Simplified Chinese (OpenCC ``t2s``), and one dash and one middle
dot for their many variants. Because lengths are equal, an offset found in
the folded text is the offset in the original: no mapping table is needed.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

_DASHES = "－—–‐‑‒―−﹣﹘"
_DOTS = "・•‧･∙⋅•"
_TABLE = {ord(c): "-" for c in _DASHES} | {ord(c): "·" for c in _DOTS}
_TABLE |= {ord(c): " " for c in "\t\r\n\u3000\xa0\u2009\u200b"}
_TABLE |= {ord("“"): '"', ord("”"): '"', ord("「"): '"', ord("」"): '"',
           ord("『"): '"', ord("』"): '"', ord("‘"): "'", ord("’"): "'"}


@cache
def _converter():
    import opencc

    try:
        return opencc.OpenCC("t2s")
    except Exception:  # the pure-Python port names its configs with .json
        return opencc.OpenCC("t2s.json")


def to_simplified(text: str) -> str:
    """Traditional -> Simplified with OpenCC ``t2s``."""
    return _converter().convert(text)


@cache
def _fold_char(ch: str) -> str:
    n = unicodedata.normalize("NFKC", ch)
    if len(n) != 1:
        n = ch
    n = n.translate(_TABLE).lower()
    if len(n) != 1:  # e.g. 'İ'.lower() is two characters
        n = ch
    if ord(n) > 0x2E7F:
        for _ in range(3):  # t2s is not idempotent for a few characters (薴 -> 苧 -> 苎): run to a fixpoint
            s = to_simplified(n)
            if len(s) != 1 or s == n:
                break
            n = s
    return n


def fold(text: str) -> str:
    """Fold ``text`` for matching; the result has exactly ``len(text)`` characters.

    Conversion is character by character, so a name folds the same way in a
    gazetteer and inside any sentence (phrase-level conversion depends on the
    neighbours and can rewrite a name, e.g. 哈薩克斯坦 -> 哈萨克斯坦斯坦).

    >>> fold("哈薩克斯坦總統託卡耶夫（Tokayev）")
    '哈萨克斯坦总统托卡耶夫(tokayev)'
    """
    return "".join(map(_fold_char, text))


def norm_key(text: str) -> str:
    """A key for comparing names: folded, with spaces and punctuation dropped.

    >>> norm_key("Kassym-Jomart Tokayev") == norm_key("kassym jomart tokayev")
    True
    """
    f = fold(text)
    return "".join(c for c in f if c.isalnum())


# Chinese characters (CJK Unified Ideographs).
CJK = re.compile(r"[\u4e00-\u9fff]")
# Characters of Chinese transliterations of foreign names (Xinhua usage): a
# name found after "[country][title]" is the longest run of these.
TRANSLIT = set(
    "阿埃艾爱安昂敖奥澳巴拜班邦包保鲍贝本比彼毕庇边宾波玻伯勃博布采查柴达代戴丹道德登邓迪蒂丁杜敦顿多厄恩尔"
    "法凡范菲费芬丰冯佛弗福伏富盖甘冈高戈哥格根贡古瓜圭哈汉罕豪赫黑亨洪侯胡怀霍基吉加迦嘉贾杰捷金津居卡凯坎"
    "康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里理利莉丽连列林琳留龙卢鲁陆路伦罗洛吕马玛迈麦曼芒毛梅门蒙孟米密"
    "缅明摩莫姆穆那纳奈南内尼涅聂宁纽努诺欧帕派潘庞佩彭皮珀普齐奇契恰乔切钦琼丘让热若瑞撒萨塞赛桑瑟森沙莎尚"
    "绍舍申什施史舒斯松宋苏索塔泰坦汤唐陶特滕提帖廷通图托瓦万旺威韦维温沃乌伍西希锡席夏谢辛休雅亚扬耶叶伊因"
    "英尤约泽扎札詹兹佐祖卓茨济哲朱佳娜妮丝黛琪薇茹别京朔娃娅婭蒂夫季楚默翁·-"
)
