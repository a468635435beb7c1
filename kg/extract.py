"""Extraction: mentions from gazetteers and rules, then facts and interactions.

One :class:`_Work` per document runs the steps in order; each step is a method
that reads the mentions found so far and adds its own. Every fact, attribute
and interaction records the sentence it came from, the rule that made it
(``rule``, emitted as ``kg:extractor``) and a confidence (see ``CONFIDENCE``).

Mention keys are entity keys: ``country:KZ``, ``leader:tokayev`` (gazetteer
ids), ``person:<name>`` (leaders found by the title rule only),
``organization:g7``, ``place:xian``, ``region:central_asia``,
``project:<id>``, ``agreement:<name>``, ``infra:<kind>:<states>``,
``event:<class>:<states>:<ordinal>``.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta

from . import gazetteer as gz
from .dates import DateExpr, find_dates
from .lexicon import Lexicon, Trigger, lexicon
from .model import Attribute, Document, Entity, Extraction, Fact, Interaction, Mention
from .money import Money, find_money
from .normalise import CJK, TRANSLIT, fold, norm_key, to_simplified

# How much each rule is trusted: the confidence of an assertion is the rule's
# value times the lowest confidence of the mentions it rests on.
CONFIDENCE = {
    "gazetteer": 0.95, "gazetteer-ambiguous": 0.8, "abbreviation": 0.85, "title-pattern": 0.75,
    "group": 0.85, "pronoun": 0.7, "agreement-title": 0.9, "agreement-phrase": 0.75, "infra-name": 0.85,
    "event-name": 0.85, "event-act": 0.7, "short-name": 0.8, "participant-act": 0.7, "location-act": 0.7,
    "leaderOf-title": 0.95, "leaderOf-gazetteer": 0.85, "participant-name": 0.8, "participant-attend": 0.85,
    "hostedBy-verb": 0.9, "hostedBy-location": 0.75, "hostedBy-name": 0.8, "location-attend": 0.85,
    "location-name": 0.8, "geonames": 0.7, "inCountry-gazetteer": 0.95, "signatory-verb": 0.85, "signatory-name": 0.85, "adoptedAt-sentence": 0.8,
    "adoptedAt-name": 0.85, "involvesCountry-name": 0.9, "involvesCountry-section": 0.85, "partOf-line": 0.9,
    "metWith-verb": 0.85, "metWith-event": 0.75, "date-clause": 0.85, "amount-adjacent": 0.9, "amount-clause": 0.7,
    "interaction-preposition": 0.8, "interaction-order": 0.7, "interaction-pair": 0.75, "interaction-pronoun": 0.6, "interaction-act": 0.6,
}
ACTOR_KINDS = {"country", "leader", "person", "organization", "group", "region"}
# Characters that end the transliterations of foreign surnames (佩特罗夫, 伊万诺娃, 卢卡申科): a listed name
# followed by one is part of a longer name (佩特罗 in 佩特罗夫).
_NAME_TAIL = set("夫娃娅科克基奇维诺耶")
_SEP = re.compile(r"^(?:[\s、,，和与及&/()（）\-·]|以及|\band\b|\bthe\b|\balong\s+with\b|\btogether\s+with\b|\balongside\b)*$", re.I)
_NEG = re.compile(r"(不|未|没有|没|拒绝|无意|\bnot\b|n't|\bnever\b|\bno\b)\s*\S{0,2}$")
# Characters that start no place name after a state's name (俄罗斯在乌东地区: 在 is a preposition).
_NOT_NAME_START = set("在的与和对向于将是也已仍则并及等为从到把被让给同跟所其该这那各每全总首国政军人")
# Attending words that point to the event under discussion even when the clause
# does not name it (与会的X, X出席); the others (举行, held, 访问) need the event
# named in their clause.
_STRONG_ATTEND = {"参加", "出席", "与会", "参与", "齐聚", "attend", "attended", "attends", "attending", "took part",
                  "take part", "participated", "gathered", "were also present", "was also present", "were present", "was present"}
# Clause ends: Chinese punctuation always; in English, semicolons and colons, and
# only those commas that open a new clause (commas also separate list items).
_CLAUSE_BREAK = re.compile(r"[，；：。！？;\n]|:(?=\s)|,(?=\s+(?:but|while|which|who|whom|although|though|after|before|when|where|"
                           r"adding|saying|as|and\s+(?:the|a|he|she|it|they|its|his|her))\b)|,(?=\s*[\"“])")
# Prepositions that introduce the target of an act (与B会谈, 向B提供, 对B不满, with B,
# sanctions on B), not where the character is part of a word: 面对 (face), 同意
# (agree), 和平 (peace), 参与 (take part), 方向 (direction).
_PREP = re.compile(r"(?<!参)与(?!会)|同(?![意时样比])|跟|(?<![方意倾面])向|(?<![面绝相反应])对|给|和(?![平谐])|"
                   r"\bwith\b|\bto\b|\bagainst\b|\bon\b|\btoward(?:s)?\b|\band\b")
_WHEN_WORD = re.compile(r"\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
                        r"august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|\d)", re.I)
_MID_ORDINAL = re.compile(r"(?:领导人|元首|首脑)第([一二三四五六七八九十百\d]+)次(?:会晤|峰会|会议)")
_DEAL_VERB = re.compile(r"\b(?:sign|signs|signed|signing|agree|agrees|agreed|reach|reaches|reached|strike|strikes|struck|seal|seals|"
                        r"sealed|back|backs|backed|hail|hails|hailed|welcome|welcomes|welcomed|reject|rejects|rejected|quit|quits|"
                        r"ink|inks|inked|extend|extends|extended|renew|renews|renewed|approve|approves|approved)\b")
# Words that begin with a one-character abbreviation but name no state (越来越, 日益, 加强).
_NOT_ABBR = {"越来", "越过", "越发", "日益", "日前", "日后", "日常", "日内", "美好", "美元", "英语", "法律", "法治", "意见",
             "意义", "加强", "加大", "加快", "印象", "朝着", "朝向", "华人", "华侨", "华裔", "华语", "新的", "新一", "俄语",
             "以武", "以及", "以上", "以下", "以来", "以便", "以免", "以此", "以外", "以后", "以前", "以为", "以期", "以防", "以至",
             "西北", "西南", "西部", "西侧", "西边", "西面", "台戏", "南部", "北部"}
# Runs of abbreviation characters that are words: 法西斯 (fascist) is not France, Spain and Sri Lanka.
_NOT_ABBR_RUN = ("法西斯",)
# X方 words that name no state's side: the West, the East, south, north ...
# Verbs whose object may be a side (支持美方, 敦促俄方, 希望日方); other characters before X方 make a word (参加方, 可以方便).
_SIDE_VERBS = {"支持", "敦促", "希望", "要求", "呼吁", "警告", "指责", "批评", "谴责", "感谢", "欢迎", "邀请", "会见", "赞赏", "告诉",
               "提醒", "说服", "帮助", "协助", "配合", "通知", "照会", "回应", "反对", "奉劝", "赞同", "理解", "尊重", "信任", "支援"}
_NOT_A_SIDE = {"西方", "东方", "南方", "北方", "日方向", "法方面", "中方向", "新方法", "新方案", "加方法"}
# Words between an event's name and its head: "Quad Leaders' Summit", "G20 annual summit", "上合组织成员国元首峰会".
_EVENT_FILLERS = re.compile(r"(?:\s*(?:leaders'?|annual|heads of state|heads-of-state|the|'s|international|economic|trilateral|"
                            r"bilateral|informal|-related|related|climate|peace|security|investment|trade|business|"
                            r"领导人|元首|首脑|成员国|国家|国际|经济|三边|双边|三方|多边|非正式|和平|地区合作|区域合作|合作|地区|"
                            r"气候|投资|经贸|贸易|安全|紧急|\([^()]{1,12}\))\s*)+$")
# Words between the states of a project's name and its head: "Iraq-Türkiye crude oil pipeline", 中俄原油管道.
_INFRA_FILLERS = re.compile(r"(?:\s*(?:crude|natural|gas|oil|power|electricity|high-speed|cross-border|strategic|new|"
                            r"原油|油气|石油|过境|输油|输气|电力|跨境|高速)\s*)+$")
# Meetings and signings at a distance are no meeting in person.
_REMOTE = re.compile(r"视频|視頻|video|virtual|remotely|by phone|电话|電話|通话|通話|连线|連線", re.I)
_AVERT = re.compile(r"(避免|防止|以免|阻止|\bavoid(?:ing)?\b|\bprevent(?:ing)?\b|\bto end\b|\bend(?:ing)? the\b)[^,;。]{0,10}$")
# Heads of government by another name: Chairman of the Cabinet of Ministers (Kyrgyzstan, Uzbekistan).
_CABINET_HEAD = re.compile(r"\b(?:chairman|chair|head)\s+of\s+(?:the\s+)?(?:\S+'s\s+)?cabinet of ministers\b|\bcabinet chairman\b")
# Words that end a noun phrase in English: prepositions, conjunctions, relative pronouns, auxiliaries.
_STOP_EN = ("in|at|on|of|for|with|during|by|from|to|and|or|but|that|which|who|as|after|before|since|until|while|"
            "is|was|were|are|be|been|will|would|last|next|this|on")
# Kinds of text an English signing verb takes when no title names it: "signed a roadmap for the project".
_AGREEMENT_KINDS_EN = ("agreement", "treaty", "memorandum of understanding", "memorandum of cooperation", "memorandum", "memoranda",
                       "accord", "declaration of intent", "letter of intent", "declaration", "action plan",
                       "pact", "joint statement", "deal", "roadmap", "road map", "protocol", "contract", "ceasefire", "cease-fire",
                       "truce")
# Words that count the texts a verb takes: "signed a ...", "signed four memoranda".
_QUANT_EN = r"(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+)"
# Kinds of text that are one by their word alone ("signed a protocol"), unlike "signed a deal".
_DISTINCT_KINDS = r"roadmap|road map|protocol|memorandum|memoranda"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|" \
    "wednesday|thursday|friday|saturday|sunday"
# What follows a text's kind in its description: "a roadmap for the project", "an agreement establishing a regional
# office of the bank", "a treaty to reduce ...". It ends before a preposition of place or time and a clause.
_AGREEMENT_COMPLEMENT = re.compile(
    rf"\s+to\s+(?!the\b)[a-z]+(?:\s+(?!that\b|which\b|who\b)[\w-]+){{0,7}}"
    rf"|\s+(?:for|on|establishing|covering|creating|setting\s+up)\s+(?:(?:an?|the)\s+)?(?!(?:{_STOP_EN}|{_MONTHS})\b)[a-z][\w-]*"
    rf"(?:\s+(?:(?:of|for)\s+(?:(?:an?|the)\s+)?)?(?!(?:{_STOP_EN}|{_MONTHS})\b)[a-z][\w-]*){{0,9}}"
    r"(?:\s+in\s+the\s+(?:[a-z][\w-]*\s+){1,3}?(?:sector|sectors|field|fields|area|areas|sphere|spheres)\b)?")
# Capitalised words before a surname that are no given name: sentence openers, courtesy titles, words of office.
_NOT_GIVEN = set("""the a an and but or if as at by for from in into of on to with when while after before since then
so yet also both said says told mr mrs ms dr sir madam president presidents prime premier minister chancellor king queen
emir sultan leader leaders chairman chair general commander acting former late incumbent outgoing new interim deputy vice
speaker spokesman spokeswoman spokesperson foreign defence defense state secretary counterpart host hosts under
meanwhile however although though because whereas moreover last next this that these those his her its their our
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december prince princess crown sheikh sheikha emir king ayatollah imam mullah marshal field lieutenant
colonel major admiral captain general senator governor mayor ambassador envoy highness majesty excellency royal""".split())
# Words that make a clause a condition: what follows did not (yet) happen.
_IF = re.compile(r"如果|假如|倘若|若是|一旦|要是|\bif\b|\bunless\b|\bshould\s+\w+\s+(?:decide|agree)")
_NUM = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def extract(doc: Document, gaz: gz.Gazetteer | None = None) -> Extraction:
    """Extract entities, facts, attributes and interactions from one document.

    A pure function of the document and the gazetteer: safe to run in
    parallel on many documents.

    >>> from kg.reader import parse
    >>> x = extract(parse("哈萨克斯坦总统托卡耶夫与习近平会面。", "t.txt"))  # doctest: +SKIP
    >>> sorted(f.predicate for f in x.facts)  # doctest: +SKIP
    ['leaderOf', 'metWith']
    """
    w = _Work(doc, gaz or gz.load(), lexicon())
    for step in (w.names, w.abbreviations, w.titled_leaders, w.short_names, w.unknown_places, w.glossed_places, w.headed_places,
                 w.unknown_organizations, w.minor_places, w.bracket_aliases, w.groups, w.pronouns,
                 w.agreements, w.unnamed_agreements, w.listed_agreements, w.dated_agreements, w.state_named_agreements, w.agreement_references, w.joint_statements,
                 w.infrastructure, w.event_mentions, w.incidents, w.civic_events, w.session_events, w.named_happenings, w.values, w.visits, w.implicit_meeting,
                 w.event_relations, w.agreement_relations, w.infra_relations, w.place_relations,
                 w.interactions, w.described_events, w.joint_relations, w.named_conflicts, w.bilateral_meetings, w.joint_openings,
                 w.amounts):
        step()
    return w.result()


# Facilities and lines with names of their own (capitalised head): the Aswan High Dam, the Coral Sea Cable System.
_PROPER_PROJECT_EN = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’.-]*|\d[\w-]*)(?:\s+(?:[A-Z][\w'’.-]*|\d[\w-]*|of|de|la|del|do)){0,5}?)\s+"
    r"((?:High\s+)?Dam|Bridge|(?:Gas\s+|Oil\s+)?Pipeline|Railway|Railroad|Rail\s+Link|Corridor|Canal|Tunnel|(?:International\s+)?Airport|"
    r"Locks|Cable(?:\s+System)?|Interconnector|(?:Nuclear\s+|Hydropower\s+|Hydroelectric\s+|Solar\s+|Wind\s+)?Power\s+(?:Plant|Station|Project)|"
    r"Hydropower\s+(?:Plant|Project)|Project|Expressway|Motorway|Industrial\s+(?:Park|Zone)|(?:Special\s+)?Economic\s+Zone|"
    r"(?:LNG\s+)?Terminal|Refinery|Dry\s+Port|Deep[- ]Sea\s+Port|Seaport)\b")
# ... and with a lowercase kind after the name: the Lower Arun hydropower project, the Chabahar port.
_PROJECT_EN_LOWER = re.compile(
    r"\bthe\s+((?:[A-Z][\w'’-]*|\d[\w-]*)(?:[\s-](?:[A-Z][\w'’-]*|\d[\w-]*)){0,3})\s+"
    r"((?:(?:hydropower|hydroelectric|solar|wind|power|multipurpose|nuclear|gas|oil|railway|rail|road|coal|LNG|deep-sea|"
    r"deepwater|container|industrial|free)\s+){0,2}(?:project|plant|power station|dam|port|terminal|refinery|airport|"
    r"railway bridge|bridge|canal|tunnel|corridor|industrial park|special economic zone|economic zone))\b")
# 洛美港, 德崇国际机场, 塞尼风电项目, 中马友谊大桥: a facility's head after a place (and a short descriptor).
_PROPER_PROJECT_ZH = re.compile(
    r"(国际机场|深水港|港(?![口币元人澳台股区])|大桥|水电站|核电站|光伏电站|风电站|电站|风电项目|水电项目|光伏项目|电站项目|"
    r"工业园区?|产业园区?|经济特区|经济区|炼油厂|隧道|运河|大坝|水坝|码头|接收站|铁路|高铁|管道|高速公路)")

# What may stand between a place and a facility's head: 中马|友谊|大桥, 埃塞俄比亚|东方|工业园.
_PROJECT_DESCRIPTORS_ZH = {"", "友谊", "东方", "国际", "新", "深水", "跨海", "跨境", "中央", "综合", "经贸合作", "经济合作", "自由贸易"}

# 第23届世界能源大会, 第八次中国—中东欧国家领导人会晤: a numbered meeting with a name of its own.
_NUMBERED_EVENT_ZH = re.compile(
    r"第([一二三四五六七八九十百零〇\d]+)[届次]([\u4e00-\u9fff“”\"·—－-]{2,16}?)"
    r"(领导人非正式会议|非正式会议|领导人会议|领导人会晤|领袖常年会议|首脑会议|峰会|大会|会议|论坛|博览会|会晤|年会|对话会|运动会|世博会)"
    r"(?![\u4e00-\u9fff]{0,2}(?:机制|秘书处|委员会))")
# 白俄罗斯边境危机, 洞朗对峙, 也门内战, 索尔斯堡毒杀案: a happening named after where it happened.
_HAPPENING_ZH = re.compile(r"大屠杀|屠杀|惨案|毒杀案|爆炸案|枪击案|纵火案|袭击案|暗杀案|绑架案|事件|危机|对峙|地震|骚乱|暴乱|革命|起义|政变|内战|边境战争|空难|海难")
# The Al Haouz earthquake, the Tempe rail disaster, the Parsley Massacre, the Nord Stream leaks.
_HAPPENING_EN = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’-]*|\d{4})(?:[^\S\n]+(?:[A-Z][\w'’-]*|of|de))*)[^\S\n]+((?:(?:rail|train|plane|air|gas|border|diplomatic|"
    r"migrant|hostage|missile|nuclear|oil|energy|pipeline|ferry|mine|dam|bridge)\s+)?"
    r"(earthquakes?|massacres?|disaster|crisis|revolution|uprising|riots|leaks|crash|coup|standoff|Massacre|Crisis|Revolution|"
    r"Uprising|Incident|Affair|Earthquake|Disaster|Crash|Coup|Standoff|War))\b")
# Freedom Shield exercises, exercises called Freedom Shield, Zapad-2025; 「海上联合-2024」演习.
_EXERCISE_ZH = re.compile(r"[“「『\"]([^”」』\"]{2,14})[”」』\"]\s*(?:联合)?(?:军事)?(?:演习|军演|演练)")
_EXERCISE_EN = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’-]*)(?:[^\S\n]+[A-Z][\w'’-]*){0,3}(?:[^\S\n]+\d{2,4})?)[^\S\n]+(?:joint\s+|military\s+|naval\s+|air\s+|command-post\s+)*"
    r"(?:exercises?|drills|war\s+games|manoeuvres|maneuvers)\b"
    r"|\b(?:exercises?|drills|war\s+games|manoeuvres|maneuvers),?\s+(?:called\s+|named\s+|dubbed\s+|codenamed\s+)?[\"“]?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:[\s-]\d{2,4})?)"
    r"|(?<![\w-])([A-Z][a-z]+-20\d\d)\b")
# Events that happen rather than meet: no meeting, signing or talks refers back to one.
_HAPPENINGS = {"Incident", "Conflict", "Exercise"}
_HAPPENING_CLASS = {"内战": "Conflict", "边境战争": "Conflict", "war": "Conflict", "革命": "Incident", "revolution": "Incident"}

# An event of N days: "a two-day state visit", 为期两天的国事访问.
_N_DAYS = re.compile(r"\b(two|three|four|five|six|seven|\d)-day\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|summit|meeting|talks|"
                     r"conference|forum)|为期(两|三|四|五|六|七|\d)天的?[^，,。；]{0,12}?(?:访问|峰会|会议|会谈|之行)")
# Plenary bodies whose sessions are events: "at the UN General Assembly", 在联合国大会上.
_SESSION_BODIES = {"organization:unga"}
# Acts that are events of their own (talks held, clashes fought, strikes made), and the class of the event.
_EVENT_ACTS = {"meet": "Meeting", "negotiate": "Meeting", "clash": "Conflict", "use_force": "Conflict", "coerce": "Incident"}
# The noun that names the event an English trigger reports: "held talks" -> talks, met -> meeting, struck -> strikes.
_ACT_NOUN = ((r"talks", "talks"), (r"negotiat", "negotiations"), (r"\bmeet|\bmet\b|sat down", "meeting"),
             (r"clash", "clashes"), (r"fought|fighting", "fighting"), (r"exchanged fire", "exchange of fire"),
             (r"airstrike|air strike", "air strikes"), (r"strike|struck", "strikes"), (r"attack", "attack"),
             (r"invad|invasion", "invasion"), (r"shelled", "shelling"), (r"bombed", "bombing"), (r"raid|storm", "raid"))
# A transliteration and the kind of place after a state's name: the state's name is part of the place's (卡塔尔普尔走廊).
_TRANSLIT_PLACE = re.compile("[" + re.escape("".join(sorted(c for c in TRANSLIT if CJK.match(c)))) + "]{2,5}(?:走廊|县|村|镇|河|岛|口岸|港|站|山口|大桥)")
# Chinese triggers that name their event, and what to strip from them: 举行会谈 -> 会谈.
_ACT_NOUN_ZH = re.compile(r"^(?:举行|一对一|发生)?(会晤|会谈|会面|磋商|谈判|武装冲突|边境冲突|冲突|交火|入侵|袭击|攻击|空袭|轰炸|炮击|突袭)$")
_ACT_PLACE = re.compile(r"(?:在|于|对|\b(?:in|at|on|near|across|over|off)\s+(?:the\s+)?)$")


# Head words of the names of bodies in no list (the European Investment Bank, 俄罗斯农业银行).
_ORG_HEADS = {"Bank", "Fund", "Council", "Commission", "Organization", "Organisation", "Agency", "Corporation", "Company",
              "Consortium", "Federation", "Forces", "Front", "Movement", "Committee", "Alliance", "Association", "Authority",
              "Institute", "Foundation", "Group", "Corps", "Guard", "Army", "Party", "Board", "Navy", "Militia", "Brigades",
              "Office", "Court", "Force", "Police", "Parliament", "Assembly", "League", "Railways", "Airways", "Airlines",
              "Centre", "Center", "Congress", "Service", "Trust", "Exchange", "University"}
# Bodies of a state: named after it ("Serbian Armed Forces", 科索沃警方), they act for it.
_STATE_BODIES_EN = {"force", "forces", "army", "navy", "police", "parliament", "assembly", "guard", "corps"}
_STATE_BODIES_ZH = ("国会", "议会", "国防军", "国民军", "军队", "警方", "武装部队", "海岸警卫队", "边防部队", "防卫队")
# A lowercase topic after an English title ("Memorandum of Understanding on defence cooperation"): up to four
# words, ended by punctuation or by a word that starts the rest of the clause.
_TOPIC_END = r"(?:with|between|and|in|at|by|to|for|that|which|signed|was|were|is)\b"
_TITLE_TOPIC = re.compile(rf"\s+on\s+((?:(?!{_TOPIC_END})[a-z][\w-]*\s*){{1,4}})(?=[,.;:]|\s+{_TOPIC_END})")
# Words ending in a full stop that end no sentence.
_ABBREVIATIONS = {"St.", "Co.", "Inc.", "Ltd.", "Corp.", "Jr.", "Sr.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Col.", "Lt.",
                  "Gov.", "Sen.", "Rep.", "Ont.", "No.", "Mt.", "Ft."}
_ORG_EN = re.compile(r"((?:[A-Z][\w'’&.-]*|of|for|and|the|on|de)(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|on|de)){1,8})"
                     r"(?:\s+\(([A-Z][A-Za-z0-9&-]{1,9})\))?")
_ORG_ZH = re.compile(r"([\u4e00-\u9fff0-9]{2,14}?(有限责任公司|股份有限公司|有限公司|公司|集团|银行|委员会|协调中心|部队|联合会|协会|基金会|"
                     r"国会|议会|国防军|国民军|军队|警方|武装部队|海岸警卫队|边防部队|防卫队|管理局|铁路局|研究院|研究所|大学|法院|"
                     r"(?<!政)党(?![员委派内外])|联盟(?![国])|航空(?![航工业器])))"
                     r"(?![\u4e00-\u9fff]{0,2}(?:的|和|与)?(?:董事|总裁|主席|副))")


# Event heads that name a kind of gathering of its own: 中俄博览会 and 中俄论坛 are two events.
_KIND_HEADS = {"博览会", "音乐会", "视频会议", "视讯会议", "紧急会议", "expo", "conference", "dialogue", "emergency meeting",
               "emergency session"}


# Pairs of abbreviations that the press uses for one pair of states only, whatever else the article names.
_SET_PAIRS = {"俄乌": ("RU", "UA"), "印巴": ("IN", "PK"), "巴以": ("PS", "IL")}


def _zh_signed_text(tail: str, heads) -> re.Match | None:
    """The text a Chinese signing verb takes: the longest run ending in a document word before a list
    separator (以及, 、, 及, or 和 right after a document word). 签署共建"一带一路"倡议与"2030愿景"对接实施方案,
    签署了关于加强能源合作的谅解备忘录和投资协定 (two texts: the first is taken)."""
    lead = re.match(r"(?:了|并|和(?!平)|及)?\s*(?:[一两二三四五六七八九十]\s*(?:份|项|个|部|批))?\s*", tail).end()
    body = re.split(r"以及|、|及(?!时)|[,;。《》]", tail[lead:lead + 40])[0]
    hx = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    for m in re.finditer(rf"(?:{hx})和", body):  # 备忘录和投资协定: two texts
        body = body[:m.end() - 1]
        break
    bare = re.compile(r"(协议|协定|谅解备忘录|备忘录|合同)(?![\u4e00-\u9fff])").match(tail[:lead] + body, lead)
    if bare:  # 与中国石化签署协议，: the text by its kind alone
        return bare
    return re.compile(rf"((?:关于)?.{{2,30}}(?:{hx}))", re.S).match(tail[:lead] + body, lead)


class _Positions:
    """Mentions by position, so that lookups by span cost a bisection rather than a scan of every mention."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[Mention] = []
        self.by_end: dict[int, list[Mention]] = defaultdict(list)
        self.longest = 0

    def add(self, m: Mention) -> None:
        i = bisect.bisect_right(self.starts, m.start)
        self.starts.insert(i, m.start)
        self.items.insert(i, m)
        self.by_end[m.end].append(m)
        self.longest = max(self.longest, m.end - m.start)

    def replace(self, old: Mention, new: Mention) -> None:
        i = bisect.bisect_left(self.starts, old.start)
        while self.items[i] is not old:
            i += 1
        self.items[i] = new
        ends = self.by_end[old.end]
        ends[next(j for j, x in enumerate(ends) if x is old)] = new

    def starting_in(self, a: int, b: int) -> list[Mention]:
        """Mentions that start in [a, b), in text order."""
        return self.items[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)]

    def overlapping(self, a: int, b: int) -> list[Mention]:
        """Mentions that share a character with [a, b)."""
        return [m for m in self.starting_in(a - self.longest, b) if m.end > a and m.start < b]


class _Work:
    def __init__(self, doc: Document, gaz: gz.Gazetteer, lex: Lexicon):
        self.doc, self.gaz, self.lex = doc, gaz, lex
        self.text = doc.text
        self.f = fold(doc.text)
        self.pub: date | None = doc.pub_date
        self.mentions: list[Mention] = []
        self.pos = _Positions()
        self.index_of: dict[int, int] = {}  # id(mention) -> its index in self.mentions
        self.entities: dict[str, Entity] = {}
        self.facts: dict[tuple, Fact] = {}
        self.attrs: dict[tuple, Attribute] = {}
        self.inter: dict[tuple, Interaction] = {}
        self.nested: set[int] = set()  # ids of mentions inside a compound name
        self.attributive: set[int] = set()  # country mentions that qualify a leader or place
        self.locative: set[int] = set()
        self.refs: dict[int, tuple[str, ...]] = {}  # group / pronoun mention id -> entity keys
        self.events: list[tuple[Mention, str]] = []  # (mention, event key), in text order
        self.remote_events: set[str] = set()  # events held by video or telephone
        self.pending_ceremony: tuple[int, int] | None = None  # 签字仪式 / a signing ceremony, not yet an event
        self.listed_events: list[tuple[str, object, int]] = []  # events.toml occurrences: key, entry, sentence
        self.event_members: dict[str, list[str]] = defaultdict(list)
        self.dates: list[DateExpr] = []
        self.participants: dict[str, list[str]] = defaultdict(list)  # event key -> participant keys
        self.money: list[Money] = []
        self.acts: list[tuple[int, int, Trigger, int, list]] = []  # meetings and uses of force read by interactions
        self.hostile: list[tuple[int, str, list[Mention]]] = []  # where a hostile act stands, and who did it
        self.joint: set[str] = set()  # joint statements named by their kind only
        self.between_parties: dict[str, list[Mention]] = defaultdict(list)  # "the Treaty of X between A and B": A, B
        self.sent_of = self._sentence_index()
        # a break inside brackets is none: 在仁爱暗沙（菲方称阿云金礁，Ayungin Shoal）强行拦截 is one clause
        inside = {i for b in re.finditer(r"[（(][^（()）\n]{0,80}[)）]", self.text) for i in range(b.start(), b.end())}
        # a bracketed gloss of another side's name (菲方称阿云金礁, known in Manila as ...) names no actor
        self.glossed = {i for b in re.finditer(r"[（(][^（()）\n]{0,6}(?:称|稱|叫做|called|known as)[^（()）\n]{0,60}[)）]", self.text)
                        for i in range(b.start(), b.end())}
        self.clause_breaks = [m.start() for m in _CLAUSE_BREAK.finditer(self.text) if m.start() not in inside]

    # ------------------------------------------------------------------ helpers

    def _sentence_index(self) -> list[int]:
        idx = [0] * (len(self.text) + 1)
        for s in self.doc.sentences:
            for i in range(s.start, s.end + 1):
                idx[i] = s.index
        return idx

    def sent(self, pos: int) -> int:
        return self.sent_of[min(pos, len(self.sent_of) - 1)]

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: between the clause breaks nearest it, within its sentence."""
        s = self.doc.sentences[self.sent(pos)]
        i = bisect.bisect_left(self.clause_breaks, pos)  # breaks are in text order
        start = self.clause_breaks[i - 1] + 1 if i > 0 and self.clause_breaks[i - 1] >= s.start else s.start
        end = self.clause_breaks[i] if i < len(self.clause_breaks) and self.clause_breaks[i] < s.end else s.end
        return start, end

    def add_mention(self, start, end, kind, key, rule, conf=None, **data) -> Mention:
        m = Mention(start, end, self.text[start:end], kind, key, self.sent(start), rule,
                    conf if conf is not None else CONFIDENCE.get(rule, 0.8), tuple(sorted(data.items())))
        self.index_of[id(m)] = len(self.mentions)
        self.mentions.append(m)
        self.pos.add(m)
        return m

    def replace_mention(self, old: Mention, new: Mention) -> Mention:
        i = self.index_of.pop(id(old))
        self.mentions[i] = new
        self.index_of[id(new)] = i
        self.pos.replace(old, new)
        return new

    def entity(self, key: str, cls: str, surface: str | None = None, pos: int = 0) -> Entity:
        e = self.entities.get(key)
        if e is None:
            e = self.entities[key] = Entity(key, cls, first=pos)
            kind, _, ident = key.partition(":")
            entry = self.gaz.get(kind, ident)
            if entry is not None:
                for text, lang in entry.labels:
                    e.labels.setdefault(lang, text)
                e.qid = entry.qid
                if entry.get("geonameid"):
                    e.props["geonames"] = entry.get("geonameid")
                if entry.get("iso3166_2"):
                    e.props["iso3166_2"] = entry.get("iso3166_2")
                if kind == "country":
                    e.props["iso2"] = ident
                    e.props["iso3"] = entry.get("iso3")
                if kind == "region":
                    e.subclasses.add("Region")
                    e.props["members"] = entry.members
        if surface:
            self.label(e, surface)
        return e

    def label(self, e: Entity, surface: str) -> None:
        surface = re.sub(r"\s+", " ", surface).strip()
        if not surface:
            return
        lang = "en" if not CJK.search(surface) else self.doc.lang if self.doc.lang != "en" else "zh"
        if lang not in e.labels and not (e.key.split(":")[0] in ("country", "leader", "organization", "place", "region", "project") and e.labels):
            e.labels[lang] = surface
            if lang == "zh-Hant":
                e.labels.setdefault("zh-Hans", to_simplified(surface))
        elif e.labels.get(lang) != surface:
            e.alt_labels.add((surface, lang))

    def fact(self, s: str, p: str, o: str, sent: int, rule: str, conf: float = 1.0) -> None:
        if s == o or p == "hostedBy" and s.startswith(("event:Incident:", "event:Conflict:", "event:Meeting:session:")):
            return  # an attack or a war has no host, nor has a session of a body of states (the UN General Assembly)
        for k in (s, o):
            if k.startswith("country:") and k not in self.entities:
                self.entity(k, "Country")  # a member of a group the text names (中亚五国)
        if p == "metWith" and s > o:
            s, o = o, s
        key = (s, p, o)
        c = round(CONFIDENCE.get(rule, 0.8) * conf, 3)
        old = self.facts.get(key)
        if old is None or (old.sentence > sent and old.confidence <= c) or old.confidence < c:
            self.facts[key] = Fact(s, p, o, sent, rule, c)

    def attr(self, s: str, p: str, value: str, sent: int, rule: str) -> None:
        key = (s, p) if p != "amount" else (s, p, value)
        if key not in self.attrs:
            self.attrs[key] = Attribute(s, p, value, sent, rule, CONFIDENCE.get(rule, 0.8))

    def by_kind(self, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind in kinds]

    def mentioned(self, key: str) -> bool:
        return key in self.entities

    def within(self, start: int, end: int, kinds=None) -> list[Mention]:
        return sorted((m for m in self.pos.starting_in(start, end) if m.end <= end and (kinds is None or m.kind in kinds)),
                      key=lambda m: (m.start, -m.end))

    def ending_at(self, pos: int, kinds) -> Mention | None:
        best = None
        for m in self.pos.by_end.get(pos, ()):
            if m.kind in kinds and id(m) not in self.nested:
                if best is None or m.start < best.start:
                    best = m
        return best

    def keys_of(self, m: Mention) -> tuple[str, ...]:
        """The entity keys a mention stands for (groups and pronouns expanded)."""
        if id(m) in self.refs:
            return self.refs[id(m)]
        if m.kind == "region":
            return tuple(f"country:{c}" for c in m.get("members", ()))
        if m.kind == "place" and m.get("metonym"):
            return (m.get("metonym"),)
        return (m.key,)

    # ------------------------------------------------------------------ mentions: names

    def names(self) -> None:
        """Gazetteer names; an ambiguous name picks the candidate named most recently in full."""
        found = list(self.gaz.scan(self.f, self.text))
        stops = {e for _, e, _ in found} | {t.end() for t in self.lex.title_rx.finditer(self.f)}
        unambiguous: dict[str, list[int]] = defaultdict(list)
        for start, _, cands in found:
            if len(cands) == 1:
                unambiguous[f"{cands[0][0]}:{cands[0][1]}"].append(start)
        i = -1
        while i + 1 < len(found):
            i += 1
            start, end, cands = found[i]
            kind, key = self._choose(cands, start, unambiguous)
            entry = self.gaz.get(kind, key)
            rule = "gazetteer" if len(cands) == 1 else "gazetteer-ambiguous"
            if kind == "organization" and entry.get("org_kind") == "news_agency":
                m = self.add_mention(start, end, "outlet", f"organization:{key}", rule)
                self.entity(m.key, "Organization", m.surface, start)
                continue
            data = {}
            if kind == "organization" and entry.country:  # a ministry or agency of one state
                data = {"country": entry.country}
                self.entity(f"country:{entry.country}", "Country", None, start)  # 中国外交部 names China
            if kind == "place":
                data = {"country": entry.country, "capital": entry.get("capital"), "place_kind": entry.get("place_kind")}
            if kind == "region":
                data = {"members": entry.members, "count": entry.get("count")}
            if kind in ("leader", "place") and CJK.match(self.f[start:start + 1] or "x") and \
                    self.f[end:end + 1] in _NAME_TAIL and \
                    not any(e2 == end + 1 or s2 == end for s2, e2, _ in found if s2 >= end):
                continue  # 佩特罗 inside 佩特罗夫: part of a longer foreign name
            if kind == "country" and CJK.match(self.f[start:start + 1] or "x") and end - start >= 2 and \
                    _TRANSLIT_PLACE.match(self.f, end) and \
                    not any(s2 == end for s2, _, _ in found):
                continue  # 卡塔尔普尔走廊: Kartarpur's corridor, not Qatar's
            if kind == "country" and end - start == 2 and self.f[end - 1] == "国" and self.f[end:end + 1] == "事":
                end -= 1  # 对葡国事访问: 葡 and 国事访问, not 葡国 and 事访问
            if kind == "country" and key == "SD" and self._sultan_title(start, end, found):
                continue  # 阿曼苏丹海赛姆, 苏丹依布拉欣（Sultan Ibrahim）: the title, not Sudan
            if kind == "leader":
                other = self._other_given_name(start, end, [self.gaz.get("leader", k) for kd, k in cands if kd == "leader"],
                                               stops)
                if other is not None:  # Akylbek Japarov is not Sadyr Japarov: a person of his own
                    self.add_mention(other, end, "person", f"person:{norm_key(to_simplified(self.text[other:end]))}",
                                     "title-pattern", given_only=True)
                    continue
                data = {"candidates": tuple(k for kd, k in cands if kd == "leader")}
            if kind == "project":
                data = {"members": entry.members}
            if kind == "event" and entry.members and re.search(r"[对對]\s*$", self.f[max(0, start - 2):start]):
                # 俄罗斯对乌克兰战争: an act of one state on another, read as an interaction; the names inside stand
                inner = [(start + a, start + b, c) for a, b, c in self.gaz.scan(self.f[start:end - 1], self.text[start:end - 1])]
                found[i + 1:i + 1] = inner
                continue
            m = self.add_mention(start, end, kind, f"{kind}:{key}", rule, **data)
            cls = gz.KIND_CLASS[kind]
            if kind == "leader":
                continue  # resolved by date in titled_leaders
            if kind == "event":
                self._listed_event(m, entry)
                continue
            self.entity(m.key, cls, m.surface, start)

    def minor_places(self) -> None:
        """Towns, ports and crossings from GeoNames where the text marks a place (see
        :class:`kg.gazetteer.MinorPlaces`): the last source of places, for spans no gazetteer name or rule took."""
        states = {m.key.split(":")[1] for m in self.by_kind("country")}
        places = {m.end for m in self.by_kind("place", "country", "region")}
        for start, end, p in gz.minor_places().scan(self.f, self.text, [(m.start, m.end) for m in self.mentions], states,
                                                    places):
            key = f"gn{p.geonameid}" if p.geonameid else f"iso-{p.ident}"
            if self.gaz.get("place", key) is None:
                self.gaz.entries[("place", key)] = gz.Entry(
                    "place", key, None, (), (), country=p.country,
                    extra=(("capital", False), ("place_kind", "city" if p.geonameid else "province"),
                           ("geonameid", p.geonameid), ("iso3166_2", None if p.geonameid else p.ident)))
            m = self.add_mention(start, end, "place", f"place:{key}", "geonames", country=p.country, capital=False)
            self.entity(m.key, "Place", m.surface, start)

    def _sultan_title(self, start: int, end: int, found) -> bool:
        """苏丹 as a ruler's title: after a state or state of Malaysia (阿曼苏丹, 柔佛苏丹), after 最高元首, before a
        listed leader (苏丹海赛姆), or before a name glossed "Sultan ..." in brackets."""
        if not CJK.match(self.f[start:start + 1] or "x"):
            return False
        if any(e2 == start and kd in ("country", "place", "region") for s2, e2, cs in found for kd, _ in cs) or \
                re.search(r"(?:最高元首|元首|国王|陛下|州)\s*$", self.f[max(0, start - 4):start]):
            return True
        if any(s2 == end and kd == "leader" for s2, e2, cs in found for kd, _ in cs):
            return True
        return bool(re.match(r"[\u4e00-\u9fff·]{1,10}[（(]\s*sultan\b", self.f[end:end + 24]))

    def _other_given_name(self, start: int, end: int, entries, stops: set[int]) -> int | None:
        """Where a full name starts when the surname of a listed leader follows a given name none of them has.

        "Akylbek Japarov" and 阿克尔别克·扎帕罗夫 are not Sadyr Japarov; "President Japarov", "Kyrgyz Japarov" and
        萨德尔·扎帕罗夫 are.
        """
        names = {fold(t) for e in entries if e is not None for t, _ in e.labels}
        if CJK.match(self.f[start:start + 1] or "x"):
            if self.f[start - 1:start] not in "·•" or start == 0:
                return None
            p = start - 1
            while p > 0 and self.f[p - 1] in TRANSLIT and start - p < 12 and p not in stops:
                p -= 1
            if start - 1 - p < 2 or any(self.f[p:end] in n or n.endswith(self.f[p:end]) for n in names):
                return None
            return p
        m = re.search(r"(?<![\w'’.-])([A-Z][a-z'’-]{2,})\s$", self.text[max(0, start - 30):start])
        if m is None:
            return None
        word = m.group(1)
        if word.lower() in _NOT_GIVEN or any(fold(word) in n.split() for n in names) \
                or self.lex.title_rx.fullmatch(fold(word)) or list(self.gaz.scan(fold(word), word)):
            return None
        return start - len(word) - 1

    def _listed_event(self, m: Mention, entry) -> None:
        """A recurring meeting from events.toml (the Shangri-La Dialogue): an event at its fixed venue."""
        cls = entry.get("event_class")
        key = f"event:{cls}:listed:{entry.key}:1"
        m = self.replace_mention(m, Mention(m.start, m.end, m.surface, "event", key, m.sentence, m.rule, m.confidence, m.data))
        e = self.entity(key, "Event", m.surface, m.start)
        for text, lang in entry.labels:
            e.labels.setdefault(lang, text)
        e.subclasses.add(cls)
        e.qid = entry.qid
        self.events.append((m, key))
        self.events.sort(key=lambda t: t[0].start)
        self.listed_events.append((key, entry, m.sentence))
        for side in entry.members:  # a war's sides take part in it
            k = f"country:{side}" if side.isupper() else f"organization:{side}"
            if k.startswith("organization:"):
                self.entity(k, "Organization", None, m.start)
            self.event_members[key].append(k)
            self._participant(key, k, m.sentence, "participant-name")

    def _choose(self, cands, pos, unambiguous) -> tuple[str, str]:
        if any(k == "country" for k, _ in cands):  # Singapore the state, not the city
            cands = [c for c in cands if c[0] == "country"]
        if len(cands) == 1:
            return cands[0]
        if all(k == "leader" for k, _ in cands):
            return cands[0]
        best, best_d = cands[0], None
        for kind, key in cands:
            for p in unambiguous.get(f"{kind}:{key}", []):
                d = pos - p if p < pos else 10**9 + p - pos  # prefer the most recent before, then the nearest after
                if best_d is None or d < best_d:
                    best, best_d = (kind, key), d
        return best

    def _resolve_leader(self, m: Mention, country: str | None) -> str:
        """Pick the person a leader name means at the article's date (and in ``country`` if known)."""
        ids = m.get("candidates") or (m.key.split(":", 1)[1],)
        when = self.pub or date.today()
        scored = []
        for lid in ids:
            e = self.gaz.get("leader", lid)
            if e is None:
                continue
            terms = [t for t in e.terms if country is None or t.country == country]
            in_office = any(t.covers(when) for t in terms)
            latest_start = max((gz._lo(t.start) for t in terms if gz._lo(t.start) <= when), default=date.min)
            scored.append((in_office, bool(terms), latest_start, lid))
        if not scored:
            return ids[0]
        return max(scored)[3]

    def abbreviations(self) -> None:
        """中哈关系, 中吉乌铁路, 哈方: one-character abbreviations of states."""
        if not self.gaz.abbr:
            return
        chars = "".join(re.escape(c) for c in self.gaz.abbr)
        rel = ("关系|友好|合作|两国|三国|边境|贸易|铁路|管道|公路|天然气|战略|联合|峰会|会谈|元首|建交|友谊|双边|经贸|冲突|战争|谈判|全面|"
               "外长|总理|印|交流|合资|经济走廊|走廊|大桥|运河|电站|项目|三方|三边|会晤|联合军演|军演|海上联合|自由贸易|自贸|投资|睦邻|"
               "博览会|论坛|地区合作|文化年|建交")
        unamb = {m.key.split(":")[1]: [] for m in self.by_kind("country")}
        for m in self.by_kind("country"):
            unamb[m.key.split(":")[1]].append(m.start)
        for m in re.finditer(rf"(?<![\u4e00-\u9fff])?([{chars}]{{2,4}})(?=(?:{rel}))|(?<=《)([{chars}]{{2,3}})(?=[\u4e00-\u9fff]{{2}})", self.f):
            if self.pos.overlapping(m.start(), m.start() + 1) or any(w in self.f[max(0, m.start() - 2):m.end() + 2] for w in _NOT_ABBR_RUN):
                continue
            if self.pos.overlapping(m.start(), m.end()) or self.f[max(0, m.start() - 1):m.start()].isdigit():
                continue  # 24日俄罗斯全面入侵: a date's 日 and a state's full name, not 日俄罗斯
            if m.group(1) and m.start() >= 2 and all(c in TRANSLIT and c not in self.gaz.abbr for c in self.f[m.start() - 2:m.start()]):
                continue  # 弗朗西斯科德保拉桑坦德大桥: the end of a transliterated name, not Tanzania and Germany
            run = m.group(1) or m.group(2)  # (or a title's first characters: 《美菲共同防御条约》)
            keys = [self._abbr_country(c, m.start(), unamb) for c in run]
            if None in keys and run in _SET_PAIRS:
                keys = list(_SET_PAIRS[run])  # 俄乌冲突 is Russia and Ukraine even where Ukraine goes unnamed
            if len(set(keys)) != len(keys) or None in keys:
                continue
            g = self.add_mention(m.start(), m.end(), "group", "group:" + "-".join(keys), "abbreviation")
            self.refs[id(g)] = tuple(f"country:{k}" for k in keys)
            for k in keys:
                self.entity(f"country:{k}", "Country", None, m.start())
        self._abbr_after_preposition(unamb)
        for m in re.finditer(rf"([{chars}])方(?![面法式案向针位])", self.f):
            prev = self.f[m.start() - 1] if m.start() else " "
            verb = self.f[max(0, m.start() - 2):m.start()] in _SIDE_VERBS  # 支持美方, 敦促俄方: a side as a verb's object
            if CJK.match(prev) and prev not in "与同和对向跟及称说由将据使让给被把为在" and not verb or m.group() in _NOT_A_SIDE:
                continue
            if self.pos.overlapping(m.start(), m.start() + 1):
                continue
            k = self._abbr_country(m.group(1), m.start(), unamb)
            if k is None:
                continue
            g = self.add_mention(m.start(), m.end(), "country", f"country:{k}", "abbreviation")
            self.entity(g.key, "Country", g.surface, m.start())

    def _abbr_after_preposition(self, unamb: dict) -> None:
        """对俄制裁, 访华, 对美出口: one abbreviation after a preposition or a visiting verb."""
        single = {c: v[0] for c, v in self.gaz.abbr.items() if len(v) == 1} | {"华": "CN"}
        shared = {c for c, v in self.gaz.abbr.items() if len(v) > 1 and c in "马馬"}  # 访马: the one the article names
        chars = "".join(re.escape(c) for c in list(single) + sorted(shared))
        for m in re.finditer(rf"(?<=[对向访赴来驻援])([{chars}])(?=[\u4e00-\u9fff])", self.f):
            nxt = self.f[m.end():m.end() + 1]
            if nxt in single or nxt in "国方人语文元" or m.group(1) + nxt in _NOT_ABBR or "越来越" in self.f[m.start() - 2:m.end() + 1] \
                    or self.pos.overlapping(m.start(), m.start() + 1) or self.f[m.start() - 2:m.start()] == "采访" \
                    or self.f[m.start() - 2:m.start()] in ("迈向", "面向", "走向", "转向", "导向", "指向", "方向", "倾向", "意向",
                                                          "动向", "志向", "去向", "偏向", "相对", "绝对"):
                continue  # 迈向以和平为基础的新开始: a verb of direction, not "towards Israel"
            if m.group(1) == "以" and re.match(r"[^，。；,]{1,12}?为(?:基础|核心|主|重点|目标|由|代价|契机|前提|导向|纽带|指导|引领|宗旨|原则)",
                                               self.f[m.end():m.end() + 16]):
                continue  # 以…为基础: "on the basis of", not Israel
            if any(re.search(re.escape(self.f[m.start():m.start() + n]) + r"(?:[（(]\s*[a-z]|·)", self.f) for n in range(2, 6)):
                continue  # 向马查多: the start of a foreign name the article glosses (马查多（Machado）, 马查多·…)
            k = single.get(m.group(1)) or self._abbr_country(m.group(1), m.start(), unamb)
            if k is None:
                continue
            g = self.add_mention(m.start(), m.end(), "country", f"country:{k}", "abbreviation")
            self.entity(g.key, "Country", None, m.start())

    def _abbr_country(self, ch: str, pos: int, unamb: dict) -> str | None:
        """The state a one-character abbreviation stands for; None when it is ambiguous and none of its states is named."""
        cands = self.gaz.abbr[ch]
        if len(cands) > 1 and not any(unamb.get(c) for c in cands):
            return None  # 阿中峰会 with no Afghanistan, Argentina, ... named: the Arab states, not a guess
        best, best_d = cands[0], None
        s = self.doc.sentences[self.sent(pos)]
        for c in cands:
            for p in unamb.get(c, []):
                d = 0 if s.start <= p < s.end else (pos - p if p < pos else 10**6 + p - pos)
                if best_d is None or d < best_d:
                    best, best_d = c, d
        return best

    def titled_leaders(self) -> None:
        """Leaders by name, title and country: 哈萨克斯坦总统托卡耶夫, Kazakh President X, X总统, President X of Y.

        A name in no list is taken when it follows "[country][title]": the run of
        transliteration characters (Chinese) or capitalised words (English).
        """
        lex = self.lex
        titles = list(lex.title_rx.finditer(self.f))
        leaders = self.by_kind("leader", "person")
        claimed: set[int] = set()
        for t in titles:
            office = lex.titles[t.group()]
            country_m = self._country_before(t.start())
            after = t.end()
            while after < len(self.f) and self.f[after] == " ":
                after += 1
            lead = next((m for m in leaders if m.start == after), None)
            if lead is None:
                lead = self._unknown_name(after, country_m, office)
            if lead is None:
                continue
            country = None
            if country_m is not None:
                country = country_m.key.split(":")[1]
            else:
                country = self._country_after(lead.end)
            self._accept_leader(lead, country, office, t, country_m)
            claimed.add(id(lead))
        claimed |= self._appositive_leaders(claimed)
        # honorific and bare forms: 普京总统, 习主席, Putin
        for lead in leaders:
            if id(lead) in claimed:
                continue
            office = None
            tail = self.f[lead.end:lead.end + 4]
            for h in lex.honorific:
                if tail.startswith(h):
                    office = lex.titles.get(h)
            if lead.kind == "person" and office is None and lead.get("given_only") and \
                    not any(x.key == lead.key and id(x) in claimed for x in self.by_kind("person")):
                # "said Nkosana Mbeki, a transport economist": a namesake of a listed leader whom no title makes one
                self.replace_mention(lead, Mention(lead.start, lead.end, lead.surface, "namesake", lead.key, lead.sentence,
                                                   lead.rule, lead.confidence, lead.data))
                continue
            self._accept_leader(lead, self._country_after(lead.end) if lead.kind == "leader" else None, office, None, None)

    def short_names(self) -> None:
        """A part of a person's full name, after the full name, refers to that person: "Yoon Suk Yeol ... Yoon's trip",
        "Akylbek Japarov ... Japarov said", 阿克尔别克·扎帕罗夫 … 扎帕罗夫. A part two people of the article share is left alone."""
        owners: dict[str, set[str]] = defaultdict(set)
        named: Counter = Counter()  # how often each person is named in full
        first: dict[str, int] = {}
        for m in self.by_kind("leader", "person"):
            if m.key not in self.entities:
                continue
            parts = m.surface.split("·") if "·" in m.surface else m.surface.split() if " " in m.surface else []
            for p in parts:
                p = p.strip()
                if len(p) < (2 if CJK.match(p[:1] or "x") else 3) or p.lower() in _NOT_GIVEN or not (p[:1].isupper() or CJK.match(p[:1])):
                    continue
                owners[p].add(m.key)
                first[p] = min(first.get(p, m.end), m.end)
            if parts:
                named[m.key] += 1
        for part, keys in owners.items():
            ranked = sorted(keys, key=lambda k: -named[k])
            if len(keys) > 1 and named[ranked[0]] >= 3 * sum(named[k] for k in ranked[1:]):
                keys = {ranked[0]}  # Kim Jong-un named throughout, Kim Il-sung once: "Kim" is Kim Jong-un
            if len(keys) != 1 or list(self.gaz.scan(fold(part), part)):
                continue  # shared, or itself a name of something else (a state, a place)
            (key,) = keys
            kind = key.split(":")[0]
            word = r"(?<![\w-]){}(?![\w-])" if part.isascii() else "{}"
            for o in re.finditer(word.format(re.escape(part)), self.text):
                if o.start() >= first[part] and not self.pos.overlapping(o.start(), o.end()) and \
                        not re.search(r"\b(?:Al|al|El|el|bin|ibn|bint|Abu|abu|Ould|ould)[\s-]$", self.text[max(0, o.start() - 6):o.start()]):
                    self.add_mention(o.start(), o.end(), kind, key, "short-name")  # (Hamad bin Isa Al Khalifa is no Khalifa)

    def _appositive_leaders(self, claimed: set[int]) -> set[int]:
        """Offices after a name or named by a counterpart (English): "Mirziyoyev, Uzbekistan's president",
        "Akylbek Japarov, chairman of Kyrgyzstan's Cabinet of Ministers", "his Kyrgyz counterpart, Sadyr Japarov".

        A counterpart holds the office of the leader named last before him.
        """
        done: set[int] = set()
        offices = [(t.start(), t.end(), self.lex.titles[t.group()]) for t in self.lex.title_rx.finditer(self.f)]
        offices += [(m.start(), m.end(), "head_of_government") for m in _CABINET_HEAD.finditer(self.f)]
        offices += [(m.start(), m.end(), "counterpart") for m in re.finditer(r"\bcounterparts?\b", self.f)]
        for t_start, t_end, office in sorted(offices):
            inner = re.search(r"\bof\s+(?:the\s+)?(?=\S+'s\s+cabinet)", self.f[t_start:t_end])
            country_m = self._country_before(t_start)
            if inner:  # chairman of Kyrgyzstan's Cabinet of Ministers
                country_m = next((x for x in self.by_kind("country") if x.start == t_start + inner.end()), None)
            country = country_m.key.split(":")[1] if country_m else self._country_after(t_end)
            if country is None:
                continue
            if office == "counterpart":
                office = next((self.entities[x.key].props.get("office") for x in reversed(self.by_kind("leader", "person"))
                               if x.end <= t_start and x.key in self.entities), None) or "head_of_state"
            left = country_m.start if country_m and country_m.start < t_start else t_start
            pre = re.search(r"(?:,\s*|\s+)(?:the\s+|his\s+|her\s+|its\s+)?$", self.f[max(0, left - 12):left])
            lead = None
            tail = re.match(r"(?:\s*(?:\([^)]{0,40}\)\s*)?of\s+(?:the\s+)?\S+)?\s*([,.;:)]|$|[a-z])", self.text[t_end:t_end + 60])
            if pre and "," in pre.group() and tail:  # NAME, [his] [country's] office[,.] (no name after the office)
                lead = self._name_ending_at(max(0, left - 12) + pre.start())
            if lead is None and office and re.match(r",?\s", self.f[t_end:t_end + 2]):  # [his] [country] counterpart[,] NAME
                after = t_end + len(re.match(r",?\s*", self.f[t_end:]).group())
                lead = next((m for m in self.by_kind("leader", "person") if m.start == after), None)
                if lead is None and self.f[t_start:t_end].startswith("counterpart"):
                    lead = self._unknown_name(after, country_m or country, office)
            if lead is None or id(lead) in claimed or id(lead) in done:
                continue
            self._accept_leader(lead, country, office, True, country_m)
            done.add(id(lead))
        return done

    def _name_ending_at(self, pos: int) -> Mention | None:
        """A leader or person mention ending at ``pos``, or a run of capitalised words there (English)."""
        lead = self.ending_at(pos, {"leader", "person"})
        if lead is not None:
            return lead
        m = re.search(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)$", self.text[max(0, pos - 60):pos])
        if m is None or any(x.start < pos and m.start() + max(0, pos - 60) < x.end for x in self.mentions):
            return None
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_GIVEN:
            words.pop(0)
        if len(words) < 2:
            return None
        start = pos - len(" ".join(words))
        return self.add_mention(start, pos, "person", f"person:{norm_key(to_simplified(self.text[start:pos]))}",
                                "title-pattern")

    def _inviter(self, x: Mention) -> bool:
        """Whether a mention is the host inside 应…邀请 / at the invitation of …: never a pronoun's antecedent."""
        return bool(re.search(r"应[^,，。]{0,20}$", self.f[max(0, x.start - 20):x.start])
                    and re.match(r"[^,，。]{0,12}邀请", self.f[x.end:x.end + 14])) or \
            bool(re.search(r"at the invitation of\s+(?:\S+\s+){0,4}$", self.f[max(0, x.start - 60):x.start]))

    def _country_before(self, pos: int) -> Mention | None:
        p = pos
        while p > 0 and self.f[p - 1] == " ":
            p -= 1
        if self.f[max(0, p - 2):p] == "'s":
            p -= 2
        m = self.ending_at(p, {"country"})
        return m

    def _country_after(self, pos: int) -> str | None:
        m = re.match(r"\s*(?:\([^)]{0,40}\)\s*)?of\s+(?:the\s+)?", self.f[pos:pos + 60])
        if m:
            c = next((x for x in self.by_kind("country") if x.start == pos + m.end()), None)
            if c:
                self.attributive.add(id(c))
                return c.key.split(":")[1]
        return None

    def _unknown_name(self, pos: int, country_m, office: str) -> Mention | None:
        """A name in no list after a title; ``country_m`` is the state the title names (None: no name taken)."""
        if country_m is None or any(m.start <= pos < m.end for m in self.mentions):
            return None
        lead_pos = pos
        if CJK.match(self.f[pos:pos + 1] or "x"):
            end = pos
            while end < len(self.f) and self.f[end] in TRANSLIT and end - pos < 16:
                end += 1
            while end > pos and self.f[end - 1] in "·-":
                end -= 1
            cut = re.search(r"本周|本月|本年|本日|上周|上月|下周|下月|今年|今天|今日|去年|明年|昨天|昨日|近日|日前|当天|当日",
                            self.f[pos + 2:end + 1])
            if cut:  # 圭亚那总统阿里本周四: the name ends before the time word
                end = pos + 2 + cut.start()
            if end - pos < 2:
                return None
        else:
            courtesy = re.match(r"(?:(?:His|Her|Highness|Majesty|Excellency|Royal|Sheikh|Sheikha|Dr|Dr\.|Mr|Mrs|Ms|Sir)\s+)+", self.text[pos:pos + 60])
            if courtesy:  # "Foreign Minister Dr Abdullatif bin Rashid Al Zayani": the courtesy is in the mention, not the name
                lead_pos, pos = pos, pos + courtesy.end()
            m = re.match(r"(?:(?:(?:al|el|ad|as|bin|ibn|abu|de|da|van|von)[-’'])?[A-Z][\w'’.-]*"
                         r"(?:\s+(?:bin|ibn|al|Al|El|de|von|der|van|la|le|el|da|dos)(?=\s))*\s*){1,4}", self.text[pos:pos + 80])
            if not m or not m.group().strip():
                return None
            name = m.group().strip()
            stop = re.search(r"(?<=[a-z\u00e0-\u024f]{2})\.(?=\s)", name)
            if stop:  # "Nicolas Sarkozy. The French ...": a full stop after a word of three letters or more ends the name
                name = name[:stop.start()]
            if not name or name.split()[0].lower() in ("of", "the", "and") or len(name) < 3:
                return None
            end = pos + len(name)
            inner = next((m for m in self.by_kind("leader") if pos <= m.start < end), None)
            if inner is not None and all(w.lower() in _NOT_GIVEN for w in self.text[pos:inner.start].split()):
                return inner  # "UAE President Sheikh Mohamed bin Zayed Al Nahyan": a courtesy word before a listed name
            iso = country_m.key.split(":")[1] if isinstance(country_m, Mention) else country_m
            entry = self.gaz.get("leader", inner.key.split(":", 1)[1]) if inner is not None else None
            if inner is not None and inner.end == end and entry is not None and any(t.country == iso for t in entry.terms):
                return inner  # "Egypt's President Abdel Fattah El Sisi": the listed surname of the state's leader ends the name
        name = self.text[pos:end]
        listed = self._leader_by_surname(name, country_m)
        if listed:  # 圭亚那总统阿里: the surname of the state's leader in office
            return self.add_mention(lead_pos, end, "leader", f"leader:{listed}", "title-pattern", candidates=(listed,))
        m = self.add_mention(lead_pos, end, "person", f"person:{norm_key(to_simplified(name))}", "title-pattern")
        if lead_pos != pos:
            self.entity(m.key, "Leader", name, pos)
        return m

    def _leader_by_surname(self, name: str, country_m) -> str | None:
        """The one listed leader in office for the title's state whose name ends in ``name`` (its surname)."""
        iso = country_m.key.split(":")[1] if getattr(country_m, "key", None) else None
        if not iso or len(name) < 2:
            return None
        when = self.pub or date.today()
        f = fold(name)
        hits = [e.key for (k, _), e in self.gaz.entries.items() if k == "leader"
                and any(t.country == iso and t.covers(when) for t in e.terms)
                and any(re.split(r"[·•\s]", fold(t))[-1] == f for t, _ in e.labels)]
        return hits[0] if len(hits) == 1 else None

    def _accept_leader(self, lead: Mention, country: str | None, office: str | None, title, country_m) -> None:
        if lead.kind == "leader":
            lid = self._resolve_leader(lead, country)
            key = f"leader:{lid}"
            entry = self.gaz.get("leader", lid)
            when = self.pub or date.today()
            term = next((t for t in entry.terms if t.covers(when) and (country is None or t.country == country)), None)
            if term is None and (office or country) and len({t.country for t in entry.terms}) == 1 \
                    and (country is None or entry.terms[0].country == country):
                term = entry.terms[-1]  # then-President Bachelet, Pinochet of Chile: a former holder the text gives an office or state
            if country is None and term is not None:
                country = term.country
            lead = self.replace_mention(lead, Mention(lead.start, lead.end, lead.surface, "leader", key, lead.sentence, lead.rule,
                                                     lead.confidence, lead.data))
            e = self.entity(key, "Leader", lead.surface, lead.start)
            if term is not None:
                e.props.setdefault("office", term.office)
        else:
            e = self.entity(lead.key, "Leader", lead.surface, lead.start)
        if office and office != "minister":
            e.props.setdefault("office", office)
        if country:
            e.props.setdefault("country", country)
        if country_m is not None:
            self.attributive.add(id(country_m))
        if title is not None and country and office:
            # the text gives the office: "[country][title][name]" or "[title] [name] of [country]"
            if self.mentioned(f"country:{country}"):
                self.fact(e.key, "leaderOf", f"country:{country}", lead.sentence, "leaderOf-title", lead.confidence)
        elif country and self.mentioned(f"country:{country}") and (office or lead.kind == "leader" and e.props.get("office")):
            # a listed leader in office at the article's date, whose state the article names
            self.fact(e.key, "leaderOf", f"country:{country}", lead.sentence, "leaderOf-gazetteer", lead.confidence)

    def unknown_places(self) -> None:
        """Places in no list, placed by the text: 义大利南部普利亚区, Bahawalpur in Pakistan's Punjab province,
        Armenia's southern Syunik Province, the resort town of Pahalgam in Indian-administered Kashmir."""
        taken = lambda a, b: any(x.start < b and a < x.end for x in self.mentions)  # noqa: E731
        found: list[tuple[int, int, str]] = []
        for c in self.by_kind("country"):
            iso = c.key.split(":")[1]
            zh = re.match(r"(?:(?:东南|西南|东北|西北|东|西|南|北|中)部(?:的)?)?([\u4e00-\u9fff][\u4e00-\u9fff\-－·]{1,12}?"
                          r"(?:省|州|自治区|地区|区|市|县|半岛))", self.f[c.end:c.end + 20])
            if zh and re.fullmatch(r"(?:(?:东南|西南|东北|西北|东|西|南|北|中)部)?(?:城市|地区|边境地区|山区|市|县|区)", zh.group(1)):
                zh = None  # 芬兰东南部城市: a direction and a kind of place, no name
            if zh and CJK.match(self.f[c.end:c.end + 1] or "x") and zh.group(1)[0] not in _NOT_NAME_START:
                s0 = c.end + zh.start(1)
                found.append((s0, c.end + zh.end(1), iso))
            en = re.match(r"(?:'s|’s)\s+(?:(?:southern|northern|eastern|western|central|south-eastern|south-western|north-eastern|north-western)\s+)?"
                          r"((?:[A-Z][\w-]+\s+){1,3})(?:Province|Region|State|Oblast|province|region|state|oblast)\b", self.text[c.end:c.end + 60])
            if en:
                found.append((c.end + en.start(1), c.end + en.end(1) - 1, iso))
            # "Bahawalpur and Muridke in Pakistan's Punjab", "the town of Pahalgam in Indian-administered Kashmir"
            for b in re.finditer(r"((?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:\s+(?:and|or)\s+[A-Z][\w-]+|,\s+[A-Z][\w-]+)*)\s+(?:in|on)\s+(?:the\s+)?"
                                 r"(?:(?:north|south|east|west|central|far)[\w-]*\s+)?$",
                                 self.text[max(0, c.start - 60):c.start]):
                base = max(0, c.start - 60)
                for w in re.finditer(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", b.group(1)):
                    if not any(x.lower() in _NOT_GIVEN for x in w.group().split()):
                        found.append((base + b.start(1) + w.start(), base + b.start(1) + w.end(), iso))
        # "near Niechorze", "from Beni Saf ... to Almeria", "through Maidan Shahr and Logar": where a line runs
        route = re.compile(r"\b(?:pipelines?|railways?|rail|line|corridor|cable|road|highway|runs|ran|route|link|carry|carries|"
                           r"crosses|cross|coast|border)\b")
        for m in re.finditer(r"\b(?:near|from|to|through|via|at)\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)?)"
                             r"((?:,\s+|\s+and\s+)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?", self.text):
            sent = self.doc.sentences[self.sent(m.start())]
            if not route.search(sent.text) and not m.group().startswith("near") or m.group().startswith("at") and not route.search(sent.text):
                continue
            for g in (1, 2):
                if not m.group(g):
                    continue
                inner = re.search(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", m.group(g))
                a0 = m.start(g) + inner.start()
                words = inner.group().split()
                if any(w.lower() in _NOT_GIVEN or w.isupper() for w in words) or self.f[a0 - 1:a0] == "-":
                    continue
                if re.match(r"\s*(?:['’]s|\(|[A-Z])", self.text[a0 + len(inner.group()):a0 + len(inner.group()) + 2]):
                    continue  # "to Germany's ...", "to Moscow (...)": a possessor or a longer name
                found.append((a0, a0 + len(inner.group()), None))
        # "the Massacre River", "the Maribahoux plain", "Lake Albert": a name with a word of nature
        for m in re.finditer(r"(?<![\w-])((?:[A-Z][\w’'-]+\s+){1,2}?)(?:River|Lake|Mountains|Valley|Strait|Gulf|Bay|Peninsula|Plain|"
                             r"plain|valley|peninsula|Desert|Basin|basin|Delta|delta)\b|\bLake\s+([A-Z][\w’'-]+)", self.text):
            words = (m.group(1) or m.group(2) or "").split()
            if not words or words[0] in ("The", "A", "An", "In", "At", "On") or any(w.lower() in _NOT_GIVEN for w in words):
                continue
            s0 = m.start(1) if m.group(1) else m.start()
            found.append((s0, m.end(), None))
        for m in re.finditer(r"\b(?:town|city|village|port city|port|district|island|islet|region) of ([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", self.text):
            nxt = re.match(r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", self.text[m.end():m.end() + 40])
            iso = None
            if nxt:
                c = next((x for x in self.by_kind("country") if m.end() + nxt.end() - 20 <= x.start <= m.end() + nxt.end() + 2
                          or (x.start >= m.end() and x.start <= m.end() + 30)), None)
                iso = c.key.split(":")[1] if c else None
            found.append((m.start(1), m.end(1), iso))
        # "in Benguela province", "Amari air base": a name before a word of place; its state is the one the sentence names
        for m in re.finditer(r"(?<![\w-])((?:[A-Z][\w’'-]+\s+){1,3}?)(?:(province|Province|prefecture|Prefecture|district|District|"
                             r"state|oblast|governorate|county)|"
                             r"(air base|airbase|naval base|military base|Air Base|Naval Base|International Airport|airport))\b", self.text):
            words = m.group(1).split()
            if not words or words[0] in ("The", "A", "An", "In", "At") or words[0].lower() in _NOT_GIVEN:
                continue
            sent = self.doc.sentences[self.sent(m.start())]
            near = [(x.key.split(":")[1] if x.kind == "country" else x.get("country"), x.start) for x in self.by_kind("country", "place")
                    if sent.start <= x.start < sent.end and (x.kind == "country" or x.get("country"))]
            after = [n for n in near if n[1] >= m.end()]  # "Benguela province, Angola", "Amari air base, west of Tallinn"
            iso = min(after or near, key=lambda n: abs(n[1] - m.start()))[0] if near else None
            e0 = m.end() if m.group(3) else m.end(1) - 1  # a base keeps its kind in its name; a province is its name
            found.append((m.start(1), e0, iso))
        for s0, e0, iso in found:
            name = self.text[s0:e0].strip()
            if len(name) < 2 or taken(s0, e0) or name in ("Prime", "President", "Minister"):
                continue
            key = f"place:{norm_key(to_simplified(name))}"
            m = self.add_mention(s0, s0 + len(name), "place", key, "title-pattern", country=iso, capital=False)
            e = self.entity(key, "Place", name, s0)
            if iso:
                e.props.setdefault("country", iso)
            self._place_everywhere(name, key, iso)

    def glossed_places(self) -> None:
        """Places in no list that a Chinese text glosses in Latin letters and marks as places: 芬蘭東南部城市拉彭蘭塔
        （Lappeenranta）, 伊馬特拉（Imatra）附近, 庫薩莫（Kuusamo）和薩拉（Salla）口岸. The state is the one named
        right before, else the sentence's only state."""
        cue_before = r"(?:城市|小镇|小城|城镇|地区|港口|口岸|港|镇|村|首府|沿岸|东部|西部|南部|北部|中部|东南部|西南部|东北部|西北部|边境的|附近的|经由|取道|途经|经)$"
        cue_after = r"(?:口岸|地区|附近|一带|港|市|镇|村|省|州|县|岛|半岛|湾|河|大桥|边境站|过境点|入境|出境|过境)"
        rx = re.compile(r"([\u4e00-\u9fff]{2,7})[（(]\s*([A-Z][A-Za-z’'\-]+(?:[\s-][A-Z][A-Za-z’'\-]+){0,2})\s*[)）]")
        found = []
        for m in rx.finditer(self.text):
            start, end = m.span(1)
            name = self.text[start:end]
            # the name is the run after the last cue word, verb or particle inside it
            cut = re.search(r".*(?:城市|小镇|地区|港口|口岸|东部|西部|南部|北部|中部|东南部|西南部|东北部|西北部|的|和|与|及|在|从|经|至|到|往|、|取道|途经)",
                            fold(name))
            if cut:
                start += cut.end()
                name = self.text[start:end]
            if len(name) < 2 or name[0] in _NOT_NAME_START or self.pos.overlapping(start, end) or self.pos.overlapping(end - 1, end):
                continue
            before = fold(self.text[max(0, start - 6):start])
            after = fold(self.text[m.end():m.end() + 4])
            # the second of two glossed names joined by 和 is a place when the first is
            listed = [f for f in found if 0 < start - f[1] <= 14 and re.fullmatch(r"[（(][^)）]*[)）]\s*[和与及、]\s*", self.text[f[1]:start])]
            if not (re.search(cue_before, before) or re.match(cue_after, after) or listed):
                continue
            found.append((start, m.end(), name, m.group(2)))
        for start, _, name, latin in found:
            key = f"place:{norm_key(latin)}"
            sent = self.doc.sentences[self.sent(start)]
            near = self.ending_at(start, {"country"})
            if near is None:
                m0 = re.search(r"(?:的)?(?:(?:东|西|南|北|中|东南|西南|东北|西北)部)?(?:城市|小镇|地区)?$", fold(self.text[max(0, start - 8):start]))
                near = self.ending_at(start - len(m0.group()), {"country"}) if m0 and m0.group() else None
            states = {x.key for x in self.mentions if x.kind == "country" and sent.start <= x.start < sent.end}
            iso = near.key.split(":")[1] if near is not None else (next(iter(states)).split(":")[1] if len(states) == 1 else None)
            self.add_mention(start, start + len(name), "place", key, "title-pattern", country=iso, capital=False)
            e = self.entity(key, "Place", name, start)
            self.label(e, latin)
            if iso:
                e.props.setdefault("country", iso)
            self._place_everywhere(name, key, iso)

    def _translit_start(self, pos: int, limit: int = 8) -> int:
        """Where the run of transliteration characters that ends at ``pos`` starts (pos itself when there is none)."""
        p = pos
        while p > 0 and self.f[p - 1] in TRANSLIT and pos - p < limit:
            p -= 1
        return p

    def headed_places(self) -> None:
        """Islands, straits, peninsulas and border crossings in no list that a Chinese text names by a transliteration
        and the kind of place: 蒂朗岛, 萨纳菲尔岛, 布鲁兹吉口岸. The place is named with its head word, and without
        it; its state is the one named right before, else the sentence's only state."""
        for h in re.finditer(r"群岛|半岛|海峡|口岸|岛", self.f):
            p = self._translit_start(h.start())
            if h.start() - p < 2 or self.pos.overlapping(p, h.end()) or self.f[p - 1:p] in ("·", "-"):
                continue
            name, full = self.text[p:h.start()], self.text[p:h.end()]
            key = f"place:{norm_key(to_simplified(full))}"
            sent = self.doc.sentences[self.sent(p)]
            near = self.ending_at(p, {"country"})
            states = {x.key for x in self.mentions if x.kind == "country" and sent.start <= x.start < sent.end}
            iso = (near.key if near is not None else next(iter(states)) if len(states) == 1 else "").split(":")[-1] or None
            kind = "sea" if h.group() == "海峡" else "region"
            self.add_mention(p, h.end(), "place", key, "title-pattern", country=iso, capital=False, place_kind=kind)
            e = self.entity(key, "Place", full, p)
            self.label(e, name)
            if iso:
                e.props.setdefault("country", iso)

    def _place_everywhere(self, name: str, key: str, iso: str | None) -> None:
        """The same name elsewhere in the article ("Pahalgam attack" in a heading) is the same place."""
        word = r"(?<![\w-]){}(?![\w-])" if name.isascii() else "{}"
        for o in re.finditer(word.format(re.escape(name)), self.text):
            if not self.pos.overlapping(o.start(), o.end()):
                self.add_mention(o.start(), o.end(), "place", key, "title-pattern", country=iso, capital=False)

    def unknown_organizations(self) -> None:
        """Bodies in no list, named by their kind: the European Investment Bank (EIB), the Federation of Korean
        Industries, 俄罗斯农业银行, 山东寿光鲁清石化有限公司, 联合协调中心. A bracketed acronym after a name
        is the body's short name wherever it stands. States inside a body's name stay actors of their own."""
        taken = lambda a, b: any(x.start < b and a < x.end and x.kind not in ("country", "place", "region")  # noqa: E731
                                 and not (x.kind == "project" and a <= x.start and x.end < b
                                          and re.search(r"(?:Authority|Company|Corporation|Commission|Board|Agency|Administration)$",
                                                        self.text[a:b]))
                                 for x in self.mentions)  # "the Panama Canal Authority": a body named after its project
        found: list[tuple[int, int, str | None]] = []
        runs = []
        for m in _ORG_EN.finditer(self.text):  # a run broken at each sentence end inside it ("Corporation. The ...")
            words = m.group(1).split()
            ends = [i for i, w in enumerate(words[:-1]) if w.endswith(".") and w not in _ABBREVIATIONS and "." not in w[:-1]]
            for a, b in zip([0] + [i + 1 for i in ends], [i + 1 for i in ends] + [len(words)]):
                runs.append((m, words[a:b], m.group(2) if b == len(words) else None))
        for m, words, acronym in runs:
            if words and words[-1].endswith(".") and words[-1] not in _ABBREVIATIONS:
                words = words[:-1] + [words[-1][:-1]]
            while words and words[0] in ("The", "A", "An") or words and words[0].lower() in _NOT_GIVEN and words[0] not in _ORG_HEADS \
                    or words and words[0].endswith(("'s", "’s")):  # "Egypt's Nuclear Power Plants Authority": the owner
                words.pop(0)
            if "and" in words and "for" not in words[:words.index("and")]:
                words = words[:words.index("and")]  # "the Federation of Korean Industries and Keidanren": two bodies
            armed = [i for i, w in enumerate(words) if w in ("Army", "Militia", "Brigades", "Forces")]
            tail = m.group(1).find(f"{words[armed[0]]} of ") + len(words[armed[0]]) if armed else -1
            if armed and words[armed[0] + 1:armed[0] + 2] == ["of"] and tail > 0 and \
                    not self.within(m.start(1) + tail, m.end(1), {"country", "place", "region"}):
                words = words[:armed[0] + 1]  # "the Libyan National Army of Khalifa Haftar": its commander is no part
            if len(words) < 2 or not any(w in _ORG_HEADS for w in words) or words[-1] in ("of", "for", "the", "on"):
                continue
            name = " ".join(words)
            start = m.start(1) + m.group(1).index(name) if name in m.group(1) else None
            if start is None or re.match(r"\s+(?:pipelines?|railways?|railroad|rail|line|corridor|port|bridge|dam|canal|tunnel|"
                                         r"highway|road|plant|project)\b", self.text[start + len(name):start + len(name) + 12]):
                continue  # "the Caspian Pipeline Consortium pipeline": the name of a line
            found.append((start, start + len(name), acronym))
        for m in _ORG_ZH.finditer(self.f):
            name = re.split(r"设立|成立|建立|组建|加入|接入|宣布|表示|指出|认为|批评|谴责|制裁|称|说|对|向|与|和(?![平谐])|同|在|由|将|是|为|"
                            r"被|把|让|给|从|到|及|并|的|了|也|已|均|都|经|要求|结束|支持|反对|领导|批准|通过|发表|呼吁|赢得|击败|"
                            r"包括|其中|以及|或", m.group(1))[-1]
            if m.group(2) in _STATE_BODIES_ZH and not any(
                    x.kind in ("country", "place", "region") for x in self.pos.starting_in(m.end(1) - len(name), m.end(1) - len(name) + 1)):
                continue  # 科索沃警方, 伊拉克国会: a state's body is named after it (not 外国军队)
            if re.match(r"选举|大选|补选|改选", self.f[m.end(1):m.end(1) + 2]):
                continue  # 斯洛伐克议会选举: an election, not the body
            loose = m.group(2) in ("党", "国会", "议会", "军队", "国防军", "国民军") and len(name) >= 3  # 人民党, 国大党, 国民军
            if len(name) - len(m.group(2)) < 2 or (name[0] in _NOT_NAME_START and not (loose and name[0] in "人国政军总首")) \
                    or re.match(r"[该此这那其各多一两本我贵他她它每某全对]|有限|股份|责任|当地|执政|反对|在野|战略|伙伴", name):
                continue
            found.append((m.end(1) - len(name), m.end(1), None))
        # "France's development agency AFD", "Brazil's development bank BNDES": a state's body named after its kind
        for m in re.finditer(r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}(?:bank|agency|company|fund|authority|corporation|operator|"
                             r"utility|regulator|broadcaster|airline|carrier|shipbuilder)\s+((?:[A-Z][\w&-]+ ?){1,3})", self.text):
            name = m.group(1).strip()
            if name.split()[0].lower() not in _NOT_GIVEN:
                found.append((m.start(1), m.start(1) + len(name), None))
        for start, end, acronym in sorted(found):
            name = self.text[start:end]
            if taken(start, end):
                continue
            key = f"organization:{norm_key(to_simplified(name))}"
            role: dict = {}
            head = fold(name.split()[-1]) if name.isascii() else next((h for h in _STATE_BODIES_ZH if self.f[start:end].endswith(h)), "")
            owner = next((x for x in self.pos.starting_in(start, start + 1) if x.kind == "country" and x.end < end), None)
            if owner is not None and (head in _STATE_BODIES_ZH or head in _STATE_BODIES_EN):
                role = {"country": owner.key.split(":")[1]}  # 塞尔维亚军队, the Australian Defence Force: they act for their state
            elif re.search(r"(?:\bparty|党)$", fold(name)):
                role = {"bystander": True}  # a party speaks for itself, not for a state nor against one
                for x in self.within(start, end, {"country"}):
                    self.nested.add(id(x))  # (马尔代夫民主党: nor does the state in its name)
            self.add_mention(start, end, "organization", key, "title-pattern", unlisted=True, **role)
            e = self.entity(key, "Organization", name, start)
            aliases = [name] + ([acronym] if acronym else [])
            if acronym:
                self.label(e, acronym)
            for alias in aliases:  # the same name, or its acronym, elsewhere in the article
                word = r"(?<![\w-]){}(?![\w-])" if alias.isascii() else "{}"
                for o in re.finditer(word.format(re.escape(alias)), self.text):
                    if not taken(o.start(), o.end()):
                        self.add_mention(o.start(), o.end(), "organization", key, "title-pattern", unlisted=True, **role)

    def bracket_aliases(self) -> None:
        """托卡耶夫（Kassym-Jomart Tokayev）: the name in brackets is an alias of the entity before it."""
        renames: dict[str, str] = {}
        for m in list(self.mentions):
            if m.kind not in ("leader", "person", "organization", "country"):
                continue
            b = re.match(r"\s*\(([^()]{2,60})\)", self.f[m.end:m.end + 64])
            if not b:
                continue
            inner = self.text[m.end + b.start(1):m.end + b.end(1)]
            if re.fullmatch(r"[右左中]|[A-Za-z][\w .'’-]+", inner) and len(inner) > 1:
                if m.key in self.entities:
                    self.entities[m.key].alt_labels.add((inner.strip(), "en"))
                for x in self.mentions:
                    if x is not m and x.start >= m.end + b.start(1) and x.end <= m.end + b.end(1):
                        self.nested.add(id(x))
                        if x.kind == "leader" and m.kind == "person" and x.key.startswith("leader:") \
                                and x.end - x.start >= len(inner.strip()) - 1:
                            renames[m.key] = x.key  # 齊曼（Miloš Zeman）: an unlisted form of a listed leader
                        elif x.kind == "leader" and m.kind in ("leader", "person"):
                            self.refs[id(x)] = (m.key,) if x.key != m.key else ()
        for old, new in renames.items():
            self._rename(old, new)

    def _rename(self, old: str, new: str) -> None:
        """Make every mention, entity and fact of ``old`` one of ``new`` (the same person found twice)."""
        for m in [m for m in self.mentions if m.key == old]:
            self.replace_mention(m, Mention(m.start, m.end, m.surface, "leader" if new.startswith("leader:") else m.kind, new,
                                            m.sentence, m.rule, m.confidence, m.data))
        gone = self.entities.pop(old, None)
        if gone is not None:
            keep = self.entities.get(new) or self.entity(new, gone.cls)
            keep.alt_labels |= gone.alt_labels | {(t, lang) for lang, t in gone.labels.items()}
            for k, v in gone.props.items():
                keep.props.setdefault(k, v)
        for key, f in list(self.facts.items()):
            if old in (f.subject, f.object):
                del self.facts[key]
                self.fact(new if f.subject == old else f.subject, f.predicate, new if f.object == old else f.object,
                          f.sentence, f.rule)

    # ------------------------------------------------------------------ mentions: groups and pronouns

    def groups(self) -> None:
        """中亚五国, 中亚国家, 中亚各国领袖, the five Central Asian states, 双方, 六国."""
        lex = self.lex
        for r in self.by_kind("region"):
            tail = self.f[r.end:r.end + 12]
            m = re.match(rf"([一二两三四五六七八九十\d]+)?\s*({'|'.join(map(re.escape, lex.states_zh))})?"
                         rf"\s*({'|'.join(map(re.escape, lex.leaders_zh))})?", tail)
            m_en = re.match(rf"\s+({'|'.join(map(re.escape, lex.states_en + lex.leaders_en))})\b", tail + self.f[r.end + 12:r.end + 24])
            before_en = re.search(r"(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten)\s+$", self.f[max(0, r.start - 12):r.start])
            leaders = False
            end = r.end
            if m and (m.group(2) or m.group(3) or m.group(1) and "国" in tail[m.end(1):m.end(1) + 1]):
                end = r.end + m.end()
                leaders = bool(m.group(3))
                if m.group(1) and not m.group(2):
                    end = r.end + m.end(1) + 1
            elif m_en:
                end = r.end + m_en.end()
                leaders = m_en.group(1) in lex.leaders_en
            else:
                continue
            members = r.get("members", ())
            if not members:
                continue
            g = self.add_mention(before_en.start() + max(0, r.start - 12) if before_en else r.start, end, "group",
                                 r.key + (":leaders" if leaders else ":states"), "group")
            self.refs[id(g)] = self._members(members, leaders)
            self.nested.add(id(r))
        for m in lex.both.finditer(self.f):
            if not self.pos.overlapping(m.start(), m.start() + 1):
                g = self.add_mention(m.start(), m.end(), "group", "group:both", "group")
                self.refs[id(g)] = ()  # resolved in context by _both
        for m in lex.all_group.finditer(self.f):
            if not self.pos.overlapping(m.start(), m.start() + 1):
                g = self.add_mention(m.start(), m.end(), "group", "group:all", "group")
                self.refs[id(g)] = ()
        for m in re.finditer(r"(?<![\u4e00-\u9fff])([两三四五六七八九十])国(?!家)|\bthe\s+(three|four|five|six|seven|eight|nine|ten)\s+"
                             r"(?:countries|states|nations|neighbou?rs|governments|republics|sides)\b", self.f):
            if not self.pos.overlapping(m.start(), m.start() + 1):
                g = self.add_mention(m.start(), m.end(), "group", f"group:n{_NUM[m.group(1) or m.group(2)]}", "group")
                self.refs[id(g)] = ()

    def _members(self, members, leaders: bool) -> tuple[str, ...]:
        out = []
        for c in members:
            key = f"country:{c}"
            if leaders:
                lead = next((e.key for e in self.entities.values() if e.cls == "Leader" and e.props.get("country") == c), None)
                out.append(lead or key)
            else:
                out.append(key)
        return tuple(out)

    def pronouns(self) -> None:
        """他/她/he/she -> the leader named last; 该国/the country -> the state named last."""
        for rx, kinds in ((self.lex.person_pron, ("leader", "person")), (self.lex.state_pron, ("country",))):
            for m in rx.finditer(self.f):
                if self.pos.overlapping(m.start(), m.start() + 1):
                    continue
                if kinds[0] == "leader" and self.f[m.end():m.end() + 1] in ("们", "国"):
                    continue
                prev = [x for x in self.mentions if x.kind in kinds and x.end <= m.start()
                        and self.sent(x.start) >= self.sent(m.start()) - 1 and not self._inviter(x)]
                if kinds[0] == "leader" and re.search(r"(?:同|与|和|跟|向|会见|会晤|接见|致电)\s*$", self.f[max(0, m.start() - 3):m.start()]):
                    cs, _ = self.clause(m.start())  # 习近平同他举行会谈: an object is not its own clause's subject
                    prev = [x for x in prev if x.end <= cs]
                if not prev:
                    continue
                target = max(prev, key=lambda x: x.end)
                if kinds[0] == "country" and m.group().isascii():
                    cs, _ = self.clause(m.start())
                    first = next((x for x in self.actors_in(max(cs, self.doc.sentences[self.sent(m.start())].start), m.start())), None)
                    earlier = [x for x in prev if x.end <= cs]
                    if first is not None and target.start >= cs and self.keys_of(first) and \
                            self._country_of(self.keys_of(first)[0]) == target.key and earlier:
                        # "Russia's Gazprom cut off supplies to the country": not the clause's own subject
                        target = max(earlier, key=lambda x: x.end)
                if kinds[0] == "country":
                    lead = [x for x in self.mentions if x.kind in ("leader", "person") and x.end <= m.start()
                            and self.sent(x.start) >= self.sent(m.start()) - 1]
                    if lead:
                        last = max(lead, key=lambda x: x.end)
                        c = self.entities[last.key].props.get("country")
                        if c and last.end > target.end - 12:
                            target = Mention(last.start, last.end, last.surface, "country", f"country:{c}", last.sentence, "pronoun")
                p = self.add_mention(m.start(), m.end(), "pronoun", target.key, "pronoun")
                self.refs[id(p)] = (target.key,)

        self._our_country()
        self._office_references()

    def _our_country(self) -> None:
        """我国 in an outlet's own voice: the state of the place its dateline names (（布城17日讯）…对我国进行国事访问
        is Malaysia). Without a dateline the outlet's state is not known and 我国 stays unread."""
        home = None
        for m in re.finditer(r"[（(]\s*(?:本报)?([\u4e00-\u9fff]{2,8}?)(?:综合)?\s*(?:\d{1,2}日)?\s*(?:讯|电)\s*[）)]", self.f[:3000]):
            x = next((y for y in self.pos.starting_in(m.start(1), m.end(1)) if y.kind in ("place", "country")), None)
            if x is not None:
                home = x.key if x.kind == "country" else (f"country:{x.get('country')}" if x.get("country") else None)
                break
        if home is None:
            return
        for m in re.finditer(r"我国", self.f):
            if self.pos.overlapping(m.start(), m.end()):
                continue
            self.entity(home, "Country", None, m.start())
            p = self.add_mention(m.start(), m.end(), "pronoun", home, "pronoun")
            self.refs[id(p)] = (home,)

    def _office_references(self) -> None:
        """"The Turkish president", "the Iraqi prime minister": the state's office holder the article names, when it
        names exactly one of that state and office."""
        offices = {"president": ("head_of_state",), "prime minister": ("head_of_government",), "premier": ("head_of_government",),
                   "chancellor": ("head_of_government",), "leader": ("head_of_state", "head_of_government", "supreme_leader")}
        for m in re.finditer(r"\bthe\s+([a-z][\w-]+)\s+(president|prime minister|premier|chancellor|leader)\b(?!\s+[A-Z])", self.f):
            c = next((x for x in self.mentions if x.kind == "country" and x.start == m.start(1) and x.end == m.end(1)), None)
            if c is None or self.text[m.end():m.end() + 2].strip()[:1].isupper():
                continue  # "the Turkish President Erdogan": a title before a name, read elsewhere
            iso = c.key.split(":")[1]
            named = {x.key for x in self.mentions if x.kind == "leader" and x.start < m.start()
                     and self.entities.get(x.key) is not None and self.entities[x.key].props.get("country") == iso
                     and self.entities[x.key].props.get("office") in offices[m.group(2)]}
            if len(named) == 1:
                key = named.pop()
                self.nested.add(id(c))
                p = self.add_mention(m.start(), m.end(), "pronoun", key, "pronoun")
                self.refs[id(p)] = (key,)

    # ------------------------------------------------------------------ mentions: compound names

    def agreements(self) -> None:
        """《…宣言》 titles, and capitalised English titles ending in Declaration, Treaty, …"""
        for m in re.finditer(r"《([^《》\n]{2,60})》", self.text):
            title = m.group(1)
            ft = fold(title)
            if not any(ft.endswith(h) for h in self.lex.agreement_zh):
                continue
            self._agreement(m.start(1), m.end(1), title, "agreement-title")
        heads = "|".join(re.escape(h) for h in sorted(self.lex.agreement_en, key=len, reverse=True))
        cap = r"(?:[A-Z][\w'’.-]*|\d[\w-]*)"
        conn = r"(?:of|on|for|and|the|between|in|to|de|du|-|–|—)"
        rx = re.compile(rf"\b((?:{cap}\s+|{cap}[-–—]|{conn}\s+)*?{cap}?\s*(?:{heads}))(?![\w-])"
                        rf"(?:\s+(?:of|on|for|between)\s+(?:(?:{cap}|{conn}),?\s+)*{cap})?")
        done_to = 0
        for m in rx.finditer(self.text):
            if m.start() < done_to:
                continue
            span = m.group(0).strip()
            span = re.split(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", span)[-1]  # "... alongside Peru. The 1904 Treaty": one sentence
            # "signed on behalf of the UAE the Abraham Accords": a name holds "the" only after a small word (of the, between the)
            span = re.split(r"(?<!\bof)(?<!\bon)(?<!\bfor)(?<!\bto)(?<!\bin)(?<!\band)(?<!\bwith)(?<!\bbetween)\s+the\s+(?=[A-Z])", span)[-1]
            span = re.sub(r"\s+and\s+(?:the|a|an)\s+.*$", "", span)  # "the Algarve Declaration of 2000 and the 13-point agenda"
            span = re.sub(r",\s+[A-Z][\w'’-]*$", "", span)  # "the Treaty of Lima between Chile and Peru, Santiago cannot"
            # "in the 1960 Indus Waters Treaty": drop the leading small words and the year
            span = re.sub(r"^(?:(?:of|on|for|and|the|between|in|to|de|du|The|Under|In|On|After|Before|Since|With|By|At|From|"
                          r"Following|Despite|Unlike)\s+)*(?:\d{4}\s+)?", "", span)  # (a sentence's first word: "Under the ...")
            # "the Treaty of Lagos in May 1975": the date after a title is not part of it
            span = re.sub(r"\s+(?:in|on|of|since|from)\s+(?:(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\s*)?(?:\d{1,2},?\s+)?(?:\d{4})?$", "", span)
            span = re.sub(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", "", span)  # "the Agreement on Monday"
            span = re.sub(r"(?<=[a-z]{2})\.$", "", span)  # the full stop that ends the sentence
            first = span.split()[0] if span.split() else ""
            if not first[:1].isupper() or first in ("The", "A", "An", "This", "That"):
                if first in ("The", "the"):
                    span = span.split(" ", 1)[1] if " " in span else span
                else:
                    continue
            words = span.split()
            if len(words) < 2 or (words[0] in self.lex.agreement_en and words[1] not in ("on", "of", "for", "between")):
                continue
            start = m.start() + m.group(0).index(span)
            more = re.match(rf"(?:\s+[A-Z][\w'’-]*)*?\s+(?:{heads})(?![\w-])", self.text[start + len(span):]) \
                if span.split()[-1] in self.lex.agreement_en else None
            if more:
                span += more.group()  # the Abraham Accords Peace Agreement: a title's head word inside a longer title
            if self._title_case(start, start + len(span)) and self.f.count(fold(span)) < 2:
                continue  # a headline in title case capitalises every word: only a title the body repeats
            topic = _TITLE_TOPIC.match(self.text, start + len(span), start + len(span) + 60)
            if topic and span.split()[-1] in ("Understanding", "Memorandum", "Agreement", "Treaty", "Protocol"):
                span = span + self.text[topic.start():topic.end(1)].rstrip()  # "Memorandum of Understanding on defence cooperation"
            short = re.sub(r"\s+between\s+.*$", "", span)
            if len(short.split()) < 2:
                short = span
            # "the Treaty of Lima between Chile and Peru": named without its parties, who sign it
            self._agreement(start, start + len(span), short, "agreement-phrase")
            done_to = start + len(span)
            key = "agreement:" + norm_key(to_simplified(short))
            if short != span:
                self.label(self.entities[key], span)
                self.between_parties[key].extend(self.within(start + len(short), start + len(span), {"country"}))
            year = re.search(r"\b((?:1[6-9]|20)\d{2})\s+$", self.text[max(0, start - 6):start])
            if year:
                self.label(self.entities[key], f"{year.group(1)} {short}")  # the 1904 Treaty of Peace and Friendship

    def dated_agreements(self) -> None:
        """"a 1929 treaty between the two neighbours", 1965年的协定: a text named by its year and kind."""
        rx = re.compile(r"\b(?:the|a|an|its|their)\s+((?:1[89]|20)\d{2}\s+(?:(?!and\b|or\b)[a-z-]+\s+){0,2}(?:treaty|agreement|accord|accords|pact|convention|"
                        r"armistice|protocol))\b|((?:1[89]|20)\d{2}年(?:的)?(?:条约|协定|协议))")
        for m in rx.finditer(self.f):
            start, end = m.span(1) if m.group(1) else m.span(2)
            if self.pos.overlapping(start, end):
                continue
            self._agreement(start, end, self.text[start:end], "agreement-phrase", nest=False)
            key = "agreement:" + norm_key(to_simplified(self.text[start:end]))
            btw = re.match(r"\s+between\s+", self.f[end:end + 10])
            if btw and key in self.entities:
                _, ce = self.clause(end)
                for x in self._first_list(self.actors_in(end + btw.end(), ce)):
                    for k in self.expand(x):
                        if (c := self._country_of(k)):
                            self.fact(key, "signatory", c, self.sent(start), "signatory-verb")
        # a resolution by its number (Resolution 2722, 第2728号决议): one text in every script
        for m in re.finditer(r"\bresolutions?\s+(\d{2,4})\b|第\s*(\d{2,4})\s*号决议", self.f):
            start, end = m.span()
            if any(x.kind == "agreement" for x in self.pos.overlapping(start, end)):
                continue
            n = m.group(1) or m.group(2)
            key = f"agreement:resolution-{n}"
            self.add_mention(start, end, "agreement", key, "agreement-title")
            e = self.entity(key, "Agreement", self.text[start:end], start)
            self.label(e, f"Resolution {n}" if m.group(2) else f"第{n}号决议")

    def _title_case(self, pos: int, end: int | None = None) -> bool:
        """Whether the sentence at ``pos`` is in title case (most words of four letters or more capitalised).
        Names and titles do not count, nor the span ``pos:end`` itself when enough words remain: a sentence full
        of leaders' names and offices is not a headline."""
        sent = self.doc.sentences[self.sent(pos)]
        names = [(x.start, x.end) for x in self.mentions if sent.start <= x.start < sent.end]

        def words(blank: list[tuple[int, int]]) -> list[str]:
            text = list(self.text[sent.start:sent.end])
            for a, b in blank:
                for i in range(max(a, sent.start), min(b, sent.end)):
                    text[i - sent.start] = " "
            rest = re.sub(r"\b(?:Prime Minister|President|Minister|Chancellor|King|Queen|Emir|Sheikh|Premier|Foreign|Defen[cs]e|"
                          r"Secretary|General|Vice|Deputy|Crown Prince|Prince)\b", " ", "".join(text))
            return [w for w in re.findall(r"[A-Za-z][\w'’-]*", rest) if len(w) >= 4]

        ws = words(names + [(pos, end)]) if end else []
        if len(ws) < 3:
            ws = words(names)
        return len(ws) >= 3 and sum(w[0].isupper() for w in ws) >= 0.8 * len(ws)

    def unnamed_agreements(self) -> None:
        """Agreements named without 《》 or capitals, as the object of a signing verb:
        签署日本支援乌克兰的双边协议, signed a 10-year bilateral security agreement."""
        heads_en = "|".join(_AGREEMENT_KINDS_EN)
        shorts: dict[str, str] = {}
        for v in self.lex.sign.finditer(self.f):
            if v.group() in self.lex.adopt_only:
                continue
            cs, ce = self.clause(v.start())
            tail = self.f[v.end():ce]
            spans: list[tuple[int, int, int]] = []  # (start, end, end of the head phrase) of each text the verb takes
            if CJK.match(v.group()):
                m = _zh_signed_text(tail, self.lex.agreement_zh)
                if m and re.match(r"(多项|一系列|若干|数项|系列|多份|一批|相关|各项|有关|合作文件|的)", m.group(1)):
                    m = None  # 达成的核协议: a relative clause on a text named elsewhere
                if m and re.search(r"能否|是否|能不能|尚未|未能|有望|希望|争取|寻求|试图|仍未|没有|愿意|准备|打算|有意|计划|拟",
                                   self.f[max(cs, v.start() - 14):v.start()]):
                    m = None  # a text hoped for or not reached is no agreement
                pos = 0
                while m:  # 签署水文测绘合作协议和安全合作协议: each text of the list (not 15份协议和合作备忘录: a count)
                    spans.append((v.end() + pos + m.start(1), v.end() + pos + m.end(1), v.end() + pos + m.end(1)))
                    if re.match(r"[\d一二两三四五六七八九十几多]+\s*(?:份|项|个|部|批)", m.group(1)):
                        break
                    pos += m.end(1)
                    nxt = re.match(r"(?:以及|和|及|与|、)(?=\S)", tail[pos:])
                    m = _zh_signed_text(tail[pos + nxt.end():], self.lex.agreement_zh) if nxt and len(spans) < 6 else None
                    if m:
                        pos += nxt.end()
                    if m and (re.match(r"(多项|一系列|若干|相关|各项|有关|的)", m.group(1)) or m.group(1) in self.lex.agreement_zh):
                        m = None
            elif not re.search(r"\b(?:would|could|might|may|should|refused to|failed to|not|never|hopes? to|seeks? to|seeking to|"
                               r"plans? to|ready to|willing to|aims? to|trying to|tries to|wants? to)\s+(?:\w+\s+)?$",
                               self.f[max(cs, v.start() - 30):v.start()]):  # a text hoped for, refused or not reached is none
                pos, lead = 0, rf"\s+(?:to\s+|on\s+)?{_QUANT_EN}\s+"
                while m := re.match(rf"{lead}((?:[\w-]+\s+){{0,6}}?(?:{heads_en}))\b", tail[pos:]):
                    head_end = pos + m.end(1)
                    c = _AGREEMENT_COMPLEMENT.match(tail, head_end)
                    end = c.end() if c else head_end
                    if len(tail[pos + m.start(1):end].split()) >= 2 or re.fullmatch(_DISTINCT_KINDS, m.group(1)):
                        spans.append((v.end() + pos + m.start(1), v.end() + end, v.end() + head_end))
                    pos, lead = end, rf"\s*(?:,\s*)?(?:and|as well as)\s+{_QUANT_EN}\s+"  # "signed a treaty and an agreement on ..."
            for start, end, head_end in spans:
                self._unnamed_agreement(v, start, end, head_end, shorts)
                key = "agreement:" + norm_key(to_simplified(self.text[start:end]))
                de = self.f.rfind("的", start, end)
                if CJK.match(v.group()) and de > start and key in self.entities and end - de - 1 >= 2:
                    shorts[key] = self.text[de + 1:end]  # 为期三年的谅解备忘录: the 谅解备忘录
        kinds = Counter(fold(x) for x in shorts.values())
        for key, short in shorts.items():
            if kinds[fold(short)] == 1:  # two memoranda of understanding: neither is "the memorandum of understanding"
                self.label(self.entities[key], short)

    def _unnamed_agreement(self, v: re.Match, start: int, end: int, head_end: int, shorts: dict[str, str]) -> None:
        lead = re.match(r"(?:the|an?|this|that)\s+", self.f[start:end])
        if lead and start + lead.end() < head_end:
            start += lead.end()  # "The UAE-Israel agreement was first announced": the sentence's first word is no part of it
        if any(x.kind == "agreement" and x.start < end and start < x.end for x in self.mentions):
            return
        # "峰会宣言", "the declaration": a description of a text the article names in full
        head = next((h for h in sorted(self.lex.agreement_zh + _AGREEMENT_KINDS_EN, key=len, reverse=True)
                     if h in self.f[start:end]), "")
        generic = not self.within(start, end, {"country", "leader", "person", "region", "group", "place", "organization"}) \
            and (len(self.f[start:end]) <= 6 if CJK.match(self.f[start:start + 1] or "x") else len(self.f[start:end].split()) <= 3)
        named = [x for x in self.mentions if x.kind == "agreement" and x.rule == "agreement-title"
                 and fold(x.surface).endswith(head)] if generic and head else []
        if named:
            a = self.add_mention(start, end, "agreement", named[0].key, "agreement-phrase")
            self.label(self.entities[named[0].key], a.surface)
            return
        # a text one side signs alone (a presidential memorandum) is no agreement between states
        sides = self._sides(v.start(), v.end(), self.sent(v.start()), symmetric=True)
        keys = {k for side in sides for x in side if not start <= x.start < end for k in self.expand(x)}
        states = {self._country_of(k) for k in keys} - {None}
        bodies = {k for k in keys if k.startswith("organization:") and not self._country_of(k)}
        if not states or len(states | bodies) < 2:
            return  # a state and another state or an international body (俄罗斯与联合国签署谅解备忘录)
        self._agreement(start, end, self.text[start:end], "agreement-phrase", nest=False)
        key = "agreement:" + norm_key(to_simplified(self.text[start:end]))
        cut = re.search(r"\s+(?:of\s+(?:their|its|the|his|her|both|all)|linking|connecting|between|with|from|in|at)\s", self.text[head_end:end])
        if cut and key in self.entities and len(self.text[start:head_end + cut.start()].split()) >= 3:
            # "a treaty creating a confederation of their three countries": also "treaty creating a confederation"
            self.label(self.entities[key], self.text[start:head_end + cut.start()])
        short = self.text[start:head_end]
        if head_end < end and (len(short.split()) >= 2 or re.fullmatch(_DISTINCT_KINDS, fold(short))):
            # "a framework agreement for a joint feasibility study of ...": the framework agreement
            shorts["agreement:" + norm_key(to_simplified(self.text[start:end]))] = short

    def listed_agreements(self) -> None:
        """签署一揽子协议，包括调整…边界的协定、两国引渡逃犯条约，以及…联合声明; "signed several agreements, including
        an extradition treaty and ...": each item of the list after 包括 / including that ends in a kind of text is
        an agreement of the signing's parties."""
        heads_zh = sorted(self.lex.agreement_zh, key=len, reverse=True)
        for v in self.lex.sign.finditer(self.f):
            s = self.doc.sentences[self.sent(v.start())]
            inc = re.search(r"包括|including", self.f[v.end():min(s.end, v.end() + (40 if CJK.match(self.f[v.start():v.start() + 1]) else 140))])
            if not inc:
                continue
            lst_start = v.end() + inc.end()
            end = s.end
            items = re.split(r"、|，|,|；|;|以及|及(?!其)|和|\band\b|\bas well as\b", self.f[lst_start:end])
            pos = lst_start
            sides = self._sides(v.start(), v.end(), s.index, symmetric=True)
            for item in items:
                at = self.f.find(item, pos)
                pos = at + len(item)
                text = item.strip(" 。.")
                if not text:
                    continue
                start = at + item.index(text)
                head = next((h for h in heads_zh if text.endswith(h)), None) if CJK.match(text[-1:] or "x") else \
                    (re.search(rf"(?:{'|'.join(_AGREEMENT_KINDS_EN)})$", text) and text.split()[-1])
                topic = None if head or CJK.match(text[:1] or "x") else re.match(
                    rf"(?:an?\s+|the\s+)?((?:[a-z-]+\s+)?(?:{'|'.join(_AGREEMENT_KINDS_EN)})\s+(?:on|for|about)\s+(?:(?!that\b|which\b|who\b|signed\b)[\w'’-]+\s*){{1,8}}?)"
                    r"(?=\s+(?:that|which|who|signed|under|to)\b|$)", text)
                if topic:  # "including ... and an agreement on certain sections of the state border that had been disputed"
                    start += topic.start(1)
                    text = topic.group(1).strip()
                    head = text.split()[0]
                if not head or len(text) <= len(head) + 1 or any(x.kind == "agreement" for x in self.pos.overlapping(start, start + len(text))):
                    continue
                lead = re.match(r"(?:两国|双方|三国|一份|一项|an?\s+|the\s+)", text)
                if lead:
                    start += lead.end()
                    text = text[lead.end():]
                key = "agreement:" + norm_key(to_simplified(self.text[start:start + len(text)]))
                bare = lambda t: fold(t).replace("的", "")  # noqa: E731
                same = next((k for k, e in self.entities.items() if e.cls == "Agreement" and any(
                    bare(t).endswith(bare(text)[-8:]) and len(bare(t)) >= 6
                    for t in (*e.labels.values(), *(a for a, _ in e.alt_labels)))), None)
                if same is not None:  # the text named earlier in a shorter form (建设小型核电站协议)
                    self.add_mention(start, start + len(text), "agreement", same, "agreement-phrase")
                    self.label(self.entities[same], self.text[start:start + len(text)])
                    key = same
                else:
                    self._agreement(start, start + len(text), self.text[start:start + len(text)], "agreement-phrase", nest=False)
                if key in self.entities and CJK.match(text[:1]):
                    # 由俄罗斯国家原子能公司在乌兹别克斯坦吉扎克州建设小型核电站的协议: also what follows its last name
                    inner = [x for x in self.mentions if start < x.end < start + len(text) - 4 and x.start >= start]
                    if inner:
                        cut = max(x.end for x in inner)
                        rest = self.text[cut:start + len(text)].lstrip("）)的 ")
                        if len(rest) >= 5:
                            self.label(self.entities[key], rest)
                de = text.rfind("的")
                if key in self.entities and de > 0 and len(text) - de - 1 >= 3:
                    self.label(self.entities[key], self.text[start + de + 1:start + len(text)])  # …的协定: 协定 named short
                for side in sides:
                    for x in side:
                        for k in self.expand(x):
                            if (c := self._country_of(k)) and key in self.entities:
                                self.fact(key, "signatory", c, s.index, "signatory-verb")

    def state_named_agreements(self) -> None:
        """Agreements named by their states without 《》 or capitals: 中塞自由贸易协定, 中俄睦邻友好合作条约,
        the China-Serbia free trade agreement, the US-EU trade deal. The states of the name sign it."""
        rx = re.compile(r"自由贸易协定|协定|条约|协议|倡议|\b(?:agreement|treaty|deal|pact|accord|initiative)\b")
        seen: dict[tuple, str] = {}  # (names, head) -> key: one text however the article words its subject
        for h in rx.finditer(self.f):
            if self.pos.overlapping(h.start(), h.end()):
                continue
            zh = CJK.match(h.group()[:1])
            # the name's states end right before a short description: 中塞|自由贸易|协定, China-Serbia |free trade |agreement
            found = None
            for p in range(h.start(), max(0, h.start() - (9 if zh else 40)) - 1, -1):
                desc = self.f[p:h.start()]
                if zh and (not re.fullmatch(r"[\u4e00-\u9fff]*", desc) or re.search(r"[的了在将已签与和对同向为是]|达成|同意|宣布|退出|延长|执行", desc)):
                    break
                if not zh and (not re.fullmatch(r"(?:\s?[a-z][\w-]*)*\s?", desc) or
                               any(w in _NOT_GIVEN or re.fullmatch(_STOP_EN, w) for w in desc.split())):
                    continue
                if not zh and (_DEAL_VERB.search(desc) or self.within(p, h.start(), {"country", "leader", "person"})):
                    break  # "Rwanda sign US-brokered peace deal": a clause, not the name's description
                end = p - 1 if not zh and self.f[p - 1:p] == " " else p
                if self.ending_at(end, {"country", "group", "organization", "place"}) is not None:
                    found = end
                    break
            if found is None:
                continue
            start, names = self._extend_left(found, joiners=frozenset({"-", "–", "—", "与", "和", "and"}), allow_de=False,
                                             single_org=True)
            states = list(dict.fromkeys(k for n in names if n.kind != "place" for k in self.keys_of(n)
                                        if self._country_of(k) or k.startswith("organization:")))
            # named by its states (two or more sign it), or by a sea or region and what it is about (黑海粮食协议)
            by_place = any(n.kind == "place" and not n.get("capital") for n in names) and h.start() - found >= 2
            if not (len(states) >= 2 or by_place and not states) or re.search(r"(?:'s|’s)\s*$", self.f[max(0, start - 3):start]):
                continue
            if h.group() in ("倡议", "initiative") and not by_place:
                continue  # 中方倡议: a proposal, not a text
            title = self.text[start:h.end()]
            key = "agreement:" + norm_key(to_simplified(title))
            # a shorter form of a text named before (中吉乌铁路项目政府间协定 for …三国政府间协定) is that text
            short = lambda t: re.sub(r"两国|三国|四国|双边|三方|多边|\s", "", fold(t))  # noqa: E731
            same = next((a.key for a in self.by_kind("agreement") if a.start != start
                         and (short(a.surface) in short(title) or short(title) in short(a.surface))), None)
            sig = (frozenset(n.key for n in names), fold(h.group()).replace("自由贸易", ""))  # 黑海粮食协议 = 黑海粮食运输协议
            key = same or seen.get(sig) or key
            seen.setdefault(sig, key)
            m = self.add_mention(start, h.end(), "agreement", key, "agreement-phrase")
            for n in names:
                self.nested.add(id(n))
            self.label(self.entity(key, "Agreement", title, start), title)
            for k in states:
                self.fact(key, "signatory", k, m.sentence, "signatory-verb", 0.9)

    def agreement_references(self) -> None:
        """References back to an agreement already named: "the interdepartmental agreement", "the deal", 该协议, 这份文件.

        A reference takes the latest agreement before it whose name ends in the same head word,
        else the latest agreement named in the five sentences before it.
        """
        heads_en = "agreement|treaty|deal|accord|pact|memorandum|declaration|roadmap|statement|document|documents"
        rx = re.compile(rf"\bthe\s+((?:[a-z][\w-]*\s+){{0,2}}?)({heads_en})\b|(?:该|此|这份|这项|上述|这一|该项)"
                        rf"({'|'.join(map(re.escape, self.lex.agreement_zh))})")
        ags = sorted(self.by_kind("agreement"), key=lambda m: m.start)
        for m in rx.finditer(self.f):
            if any(x.start < m.end() and m.start() < x.end for x in self.mentions if x.kind in ("agreement", "event")):
                continue
            if m.group(1) and any(w in _NOT_GIVEN for w in m.group(1).split()):
                continue
            head = m.group(2) or m.group(3)
            before = [a for a in ags if a.end <= m.start()]
            same = [a for a in before if fold(a.surface).endswith(head) or head in ("deal", "document", "documents")]
            near = [a for a in before if self.sent(m.start()) - a.sentence <= 5]
            if "joint" in (m.group(1) or "") or head in ("declaration", "statement", "roadmap", "memorandum") and \
                    len({a.key for a in before}) > 1:
                near = []  # "the joint declaration" (see joint_statements), "the roadmap": a text of its own kind
            target = (same or near or [None])[-1]
            if target is None:
                continue
            start = m.start() + (0 if m.group(3) else len(m.group()) - len(m.group(1) or "") - len(head))
            self.add_mention(start, m.end(), "agreement", target.key, "agreement-phrase", anaphor=True)
        self._topic_labels()

    def _topic_labels(self) -> None:
        """"the railway agreement", "a $3 billion railway deal": a text named by its topic word, when that word is in
        the name of exactly one agreement of the article, is another name of it."""
        ents = [e for e in self.entities.values() if e.cls == "Agreement"]
        rx = re.compile(r"(?:\b(?:the|a|an|its|their)\s+|(?<![\w$])\$[\d.,]+\s*(?:bn|billion|million|m)?\s+)"
                        r"((?:\$[\d.,]+\s*(?:bn|billion|million|m)?\s+)?(?:[a-z][\w-]*\s+){1,2}?)"
                        r"(agreement|treaty|deal|accord|pact|contract)\b")
        generic = _NOT_GIVEN | {"new", "same", "first", "second", "latest", "landmark", "historic", "final", "draft", "bilateral",
                                "formal", "preliminary", "proposed", "broader", "wider", "joint", "framework", "billion",
                                "million", "signed", "other", "each", "one", "two", "three", "any", "such"}
        for m in rx.finditer(self.text):
            words = [w for w in re.findall(r"[a-z][\w-]*", m.group(1)) if w not in generic]
            if not words:
                continue
            hits = [e for e in ents if all(re.search(rf"\b{re.escape(w)}", " ".join([*e.labels.values(), *(t for t, _ in e.alt_labels)]).lower())
                                           for w in words)]
            if len(hits) == 1:
                surface = m.group(0)
                surface = re.sub(r"^(?:the|a|an|its|their)\s+", "", surface)
                self.label(hits[0], surface)

    def joint_statements(self) -> None:
        """A joint statement, declaration or communiqué the text names by its kind only: "the two sides released a
        joint statement", 三国发表三方联合声明. One per article; a later mention refers to it. Its signatories and
        the event it was adopted at are found in agreement_relations, or else in joint_relations."""
        rx = re.compile(r"\b((?:(?:trilateral|bilateral|four-way|three-way|quadrilateral)\s+)?joint\s+(?:vision\s+)?"
                        r"(?:statement|declaration|communiqu[eé]))\b|((?:[两三四五六七八九]方|双方)?联合(?:愿景)?(?:声明|宣言|公报))")
        key = None
        for m in rx.finditer(self.f):
            start, end = m.span(1) if m.group(1) else m.span(2)
            if any(x.kind in ("agreement", "event") for x in self.pos.overlapping(start, end)):
                continue
            if m.group(1) and self.text[start:start + 1].isupper() and self._title_case(start):
                continue  # a capitalised title the agreement rules read
            head = re.search(r"(statement|declaration|communiqu[eé]|声明|宣言|公报)$", self.f[start:end]).group(1)
            titled = [x for x in self.mentions if x.kind == "agreement" and x.key not in self.joint and fold(x.surface).endswith(head)]
            if titled:  # 签联合声明 in a headline, 《…联合声明》 in the body: the text named in full
                before = [x for x in titled if x.start < start]
                x = max(before, key=lambda x: x.start) if before else min(titled, key=lambda x: x.start)
                self.add_mention(start, end, "agreement", x.key, "agreement-phrase", anaphor=True)
                continue
            if key is None:
                key = "agreement:" + norm_key(to_simplified(self.text[start:end]))
                self.add_mention(start, end, "agreement", key, "agreement-phrase", joint=True)
                self.entity(key, "Agreement", self.text[start:end], start)
                self.joint.add(key)
            else:
                self.add_mention(start, end, "agreement", key, "agreement-phrase", anaphor=True)
                self.label(self.entities[key], self.text[start:end])

    def _agreement(self, start: int, end: int, title: str, rule: str, nest: bool = True) -> None:
        inner = self.within(start, end)
        key = "agreement:" + norm_key(to_simplified(title))
        self.add_mention(start, end, "agreement", key, rule)
        for x in inner if nest else ():  # a description (对俄罗斯制裁方案) keeps its states as actors
            self.nested.add(id(x))
        self.entity(key, "Agreement", title, start)

    def infrastructure(self) -> None:
        """中国－吉尔吉斯斯坦－乌兹别克斯坦铁路, 中亚至中国的天然气管道, China-Kyrgyzstan-Uzbekistan railway, its D线 / Line D."""
        for h in self.lex.infra_rx.finditer(self.f):
            if any(x.kind in ("project", "agreement") for x in self.pos.overlapping(h.start(), h.start() + 1)):
                continue
            if re.match(r"(?:总)?公司|集团|部门|管理局|局|运营商|\s+(?:company|operator|authority|corporation)\b", self.f[h.end():h.end() + 12]):
                continue  # 立陶宛铁路公司, the state railway company: a body, not a line
            start, ends = self._extend_left(h.start(), joiners=self.lex.infra_joiners, allow_de=True, fillers=_INFRA_FILLERS)
            if not ends:
                continue
            states = self._states_of(ends)
            if not states:
                continue
            if len(ends) == 1 and ends[0].kind == "country" and (re.search(r"\b(?:a|an|another)\s+$", self.f[max(0, start - 9):start])
                                                               or re.match(r"\s+of\s+[A-Z]", self.text[h.end():h.end() + 6])):
                continue  # "a Peruvian port": any port of the state; "the Peruvian port of Ilo": the port's own name
            kind = fold(h.group()).replace(" ", "")
            base_key = f"infra:{_infra_kind(kind)}:{'+'.join(sorted(set(k for e in ends for k in self.keys_of(e))))}"
            base = self.add_mention(start, h.end(), "infrastructure", base_key, "infra-name", states=tuple(states))
            for e in ends:
                self.nested.add(id(e))
            self.entity(base_key, "InfrastructureProject", self.text[start:h.end()], start)
            lead = re.search(r"\b([A-Z][\w'’]+)[-–]$", self.text[max(0, start - 24):start])
            if lead and not self.pos.overlapping(start - len(lead.group()), start - 1):
                self.label(self.entities[base_key], self.text[start - len(lead.group()):h.end()])  # the Arica-La Paz railway
            line = re.match(r"\s*([a-z0-9]{1,3}|[一二三四五六七八九]号?)\s*线", self.f[h.end():h.end() + 8])
            if line:
                end = h.end() + line.end()
                lk = f"{base_key}:line-{line.group(1)}"
                self.add_mention(start, end, "infrastructure", lk, "infra-name", states=tuple(states), part_of=base_key)
                self.entity(lk, "InfrastructureProject", self.text[start:end], start)
            cands = [x for x in self.mentions if x.kind in ("country", "place") and h.end() < x.start <= h.end() + 2]
            for c in cands:
                if self.f[c.end:c.end + 1] == "段":
                    sk = f"{base_key}:section-{c.key}"
                    self.add_mention(start, c.end + 1, "infrastructure", sk, "infra-name",
                                           states=tuple(self.keys_of(c)), part_of=base_key)
                    self.nested.add(id(c))
                    self.entity(sk, "InfrastructureProject", self.text[c.start:c.end + 1], c.start)
        self._named_projects()
        self._route_projects()
        self._proper_projects()
        # English: "Line D of the ... pipeline", "the Kazakh section of ..."
        for m in re.finditer(r"\b[Ll]ine\s+([A-Z0-9])\s+of\s+(?:the\s+)?", self.text):
            base = next((x for x in self.by_kind("infrastructure") if x.start == m.end() and not x.get("part_of")), None)
            if base:
                lk = f"{base.key}:line-{m.group(1).lower()}"
                self.add_mention(m.start(), base.end, "infrastructure", lk, "infra-name", states=base.get("states"),
                                 part_of=base.key)
                self.entity(lk, "InfrastructureProject", f"Line {m.group(1)}", m.start())
                self.entities[lk].alt_labels.add((self.text[m.start():base.end], "en"))

    def _route_projects(self) -> None:
        """Lines named by their ends: the Naibabad-Kharlachi rail link, the Kuala Lumpur-Singapore high-speed rail,
        贝尔格莱德至诺维萨德段 (a section of the line named in its sentence). Its states are those of the places named."""
        taken = lambda a, b: any(x.start < b and a < x.end for x in self.mentions  # noqa: E731
                                 if x.kind in ("infrastructure", "project", "event", "organization")
                                 or x.kind == "agreement" and x.rule != "agreement-phrase")
        part = r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?"
        rx = re.compile(rf"(?<![\w-])(?:(?:The|A|An|This|That)\s+)?({part}(?:\s?[-–—]\s?(?:[a-z]{{1,2}}[-–—])?{part})+)\s+((?:(?:standard-gauge|high-speed|new|cross-border)\s+)?"
                        r"(?:rail link|railway line|railway|railroad|rail line|high-speed rail(?:way)?(?: project)?|line|link|"
                        r"gas pipeline|oil pipeline|pipeline|highway|motorway|expressway|corridor))\b")
        for m in rx.finditer(self.text):
            if taken(m.start(1), m.end()):
                continue
            inside = self.within(m.start(1), m.end(1), {"country", "place", "region"})
            if inside and all(x.kind in ("country", "region") for x in inside) and \
                    len(inside) == len(re.split(r"\s?[-–—]\s?", m.group(1))):
                continue  # a line named by its states alone: the state-named rule reads it
            states = tuple(dict.fromkeys(f"country:{c}" for x in inside
                                         if (c := x.key.split(":")[1] if x.kind == "country" else x.get("country"))))
            key = "infra:route:" + norm_key(m.group(1))
            self.add_mention(m.start(1), m.end(), "infrastructure", key, "infra-name", states=states)
            for x in inside:
                self.nested.add(id(x))
            self.entity(key, "InfrastructureProject", self.text[m.start(1):m.end()], m.start(1))
        for m in re.finditer(r"([\u4e00-\u9fff]{2,8}?)(?:至|到|—|－|-)([\u4e00-\u9fff]{2,8}?)段", self.f):
            a = self.ending_at(m.end(1), {"place", "country"})
            b = next((x for x in self.mentions if x.start == m.start(2) and x.end == m.end(2) and x.kind in ("place", "country")), None)
            if a is None or b is None or taken(a.start, m.end()):
                continue  # both ends must be places the gazetteer knows
            sent = self.doc.sentences[self.sent(m.start())]
            lines = [x for x in self.by_kind("infrastructure", "project") if sent.start <= x.start < sent.end and not x.get("part_of")]
            line = min(lines, key=lambda x: abs(x.start - a.start), default=None)
            states = tuple(dict.fromkeys(f"country:{c}" for x in (a, b)
                                         if (c := x.key.split(":")[1] if x.kind == "country" else x.get("country"))))
            key = "infra:route:" + norm_key(to_simplified(self.text[a.start:m.end()]))
            self.add_mention(a.start, m.end(), "infrastructure", key, "infra-name", states=states,
                             **({"part_of": line.key} if line is not None else {}))
            self.nested.update((id(a), id(b)))
            self.entity(key, "InfrastructureProject", self.text[a.start:m.end()], a.start)

    def _named_projects(self) -> None:
        """Projects with a proper name and no states in it: the Kambarata-1 hydropower plant,
        卡姆巴拉塔-1水电站, "西伯利亚力量"管道. The states are those the clause names."""
        for h in self.lex.infra_rx.finditer(self.f):
            if any(x.start <= h.start() < x.end for x in self.mentions
                   if x.kind in ("project", "infrastructure") or x.kind == "agreement" and x.rule == "agreement-title"):
                continue
            if re.match(r"\s+[A-Z]", self.text[h.end():h.end() + 2]):
                continue  # "Caspian Pipeline Consortium": the head is part of a longer name
            before = self.text[max(0, h.start() - 40):h.start()]
            m = re.search(r"(?:\bthe\s+)([A-Z][\w'’]*(?:[- ](?:[A-Z0-9][\w'’]*))*(?:-\d+)?)\s+$", before)
            if m and m.group(1).split()[0] in ("The", "A", "This", "That", "Its", "Their", "New", "Our", "His", "Her"):
                m = None
            if not m:
                m = re.search(r"[\"“「『]([^\"”」』]{2,20})[\"”」』]\s*$", before)
            if not m:
                continue
            start = max(0, h.start() - 40) + m.start(1)
            if any(x.kind == "project" and x.start < h.start() and start < x.end for x in self.mentions):
                continue  # 「西伯利亚力量2号」天然气管道: a project the gazetteer knows
            inner = self.within(start, h.start(), {"country", "region", "group", "place", "organization", "leader", "person"})
            if [x for x in inner if not (x.kind == "place" and not x.get("country"))] or \
                    inner and not re.search(r"cable|pipeline|link|interconnector|电缆|管道", fold(h.group())):
                continue  # named after states or places: the state-name rule reads it (a sea names no state: Black Sea cable)
            states = self._clause_states(h.start(), h.end())
            self._mint_project(start, h.start(), h.end(), states)

    def _clause_states(self, pos: int, end: int) -> list[str]:
        """The states a project's clause names (a region or group is a route, not a party: "through Central Asia");
        failing those, the states of the places after it ("the Ambassador Bridge between Windsor and Detroit")."""
        cs, ce = self.clause(pos)
        states: list[str] = []
        for x in [y for y in self.actors_in(cs, ce) if y.kind not in ("region", "group")] + \
                [y for y in self.pos.starting_in(cs, ce) if y.kind == "country"]:
            for k in self.expand(x):
                c = self._country_of(k)
                if c and c not in states:
                    states.append(c)
        if not states:
            for y in self.pos.starting_in(end, ce):
                c = f"country:{y.get('country')}" if y.kind == "place" and y.get("country") else None
                if c and self.mentioned(c) and c not in states:
                    states.append(c)
        return states

    def _mint_project(self, start: int, h_start: int, end: int, states: list[str], label: str | None = None) -> None:
        name = label or self.text[start:end]
        key = f"infra:{_infra_kind(fold(self.f[h_start:end]))}:{norm_key(to_simplified(self.text[start:h_start] or name))}"
        self.add_mention(start, end, "infrastructure", key, "infra-name", states=tuple(states))
        for x in self.within(start, end, {"place", "country", "organization", "region"}):
            self.nested.add(id(x))
        self.entity(key, "InfrastructureProject", name.strip("\"“”「」『』 "), start)

    def _proper_projects(self) -> None:
        """Facilities and lines with a proper name of their own, places in it or not: the Aswan High Dam, the Oyapock
        River Bridge, Port Qasim, the Lower Arun hydropower project, 洛美港, 塞尼风电项目,
        中马友谊大桥, 埃塞俄比亚东方工业园. The states are those of the places in the name, else those the clause names."""
        taken = lambda a, b: any(x.start < b and a < x.end for x in self.mentions  # noqa: E731
                                 if x.kind in ("infrastructure", "project", "event", "agreement"))
        found: list[tuple[int, int, int, list[str], str | None]] = []  # start, head start, end, states, label

        def place_states(a: int, b: int) -> list[str]:
            return self._states_of(self.within(a, b, {"place", "country", "group"}))

        for m in _PROPER_PROJECT_EN.finditer(self.text):
            start, h_start, end = m.start(1), m.start(2), m.end(2)
            words = self.text[start:h_start].split()
            while words and words[0] in ("The", "A", "An", "This", "That", "Its", "Their", "New", "Our", "His", "Her", "In", "On",
                                         "At", "By", "For", "With", "From", "And", "But", "Both", "Under", "Over", "After"):
                start += len(words[0]) + 1
                words.pop(0)
            poss = [i for i, w in enumerate(words) if re.search(r"['’]s$", w)]
            if poss:  # Sudan's Roseires Dam: the owner is no part of the name
                start += sum(len(w) + 1 for w in words[:poss[-1] + 1])
                words = words[poss[-1] + 1:]
            if not words or start >= h_start:
                continue
            if re.match(r"\s+(?:[A-Z][a-z]+|of\s+[A-Z])", self.text[end:end + 5]) and not re.match(r"\s+(?:In|On|At|And)\b", self.text[end:end + 5]):
                continue  # the Panama Canal Authority, Port of Spain: the head is inside a longer name
            inner = self.within(start, h_start, {"country", "region", "group", "organization", "leader", "person"})
            if inner and all(x.kind != "place" for x in inner) and sum(x.end - x.start for x in inner) >= len(self.text[start:h_start].strip()) - 1:
                continue  # "China Railway", "the EU Pipeline": named after states or bodies alone
            if self._title_case(start, end) or self.sent(start) == 0 and not self.doc.sentences[0].end < start:
                continue
            found.append((start, h_start, end, place_states(start, h_start), None))
        for m in _PROJECT_EN_LOWER.finditer(self.text):
            start, h_start, end = m.start(1), m.start(2), m.end(2)
            if self.text[start:start + 4] in ("The ", "This", "That") or self._title_case(start, end):
                continue
            if self.within(start, h_start, {"country", "region", "group", "organization", "leader", "person"}) or any(
                    x.get("place_kind") in ("region", "sea") for x in self.within(start, h_start, {"place"})):
                continue  # "the India power project", "the Red Sea port": read by the state-name rules, or no facility
            found.append((start, h_start, end, place_states(start, h_start), None))
        for m in re.finditer(r"\bPort\s+([A-Z][a-z]+)\b", self.text):
            if not any(y.start <= m.start() < y.end for y in self.mentions) and m.group(1) not in ("Authority", "Of", "City", "Said"):
                found.append((m.start(), m.start(), m.end(), [], None))
        for m in _PROPER_PROJECT_ZH.finditer(self.f):
            h_start, end = m.start(1), m.end(1)
            desc = re.search(r"[\u4e00-\u9fff]{0,4}$", self.f[max(0, h_start - 4):h_start]).group()
            x = None
            for cut in range(len(desc) + 1):  # the shortest descriptor after a name: 塞尼|风电项目, 中马|友谊|大桥
                x = self.ending_at(h_start - cut, {"place", "country"}) or next(
                    (y for y in self.pos.by_end.get(h_start - cut, ()) if y.kind == "group" and y.end - y.start <= 3), None) or next(
                    (y for y in self.pos.by_end.get(h_start - cut, ()) if y.kind == "country"), None)
                if x is not None:
                    break
            if x is None or self.f[x.end:h_start] not in _PROJECT_DESCRIPTORS_ZH or x.kind == "place" and (
                    x.get("place_kind") in ("region", "sea", "river", "water", "division") or x.get("members")):
                continue  # 布城见证柔新经济特区, 黑海港口: a verb or a sea before the head names no facility
            gap = h_start - x.end
            if x.kind == "country" and gap < 2:
                continue  # 中国铁路, 哈萨克斯坦港口: the state-name rule reads these
            if x.kind == "place" and gap == 0 and self.f[h_start:end] in ("铁路", "高铁", "管道", "公路", "高速公路"):
                continue  # 莫斯科铁路: a place's network, not one project
            states = place_states(x.start, h_start)
            if x.kind == "country" and x.end - x.start > 1:  # 埃塞俄比亚东方工业园: the park is 东方工业园, in Ethiopia
                found.append((x.end, h_start, end, states, None))
                continue
            start = x.start
            while (prev := self.ending_at(start, {"country"})) is not None and prev.end - prev.start == 1:  # 中马 before 友谊大桥
                start = prev.start
            found.append((start, h_start, end, place_states(start, h_start), None))
        for m in re.finditer(r"走廊|大桥|大橋|隧道", self.f):  # 卡塔尔普尔走廊: a transliterated name in no list
            p = self._translit_start(m.start())
            if m.start() - p >= 3 and not self.pos.overlapping(p, m.end()):
                found.append((p, m.start(), m.end(), [], None))
        for start, h_start, end, states, label in sorted(found):
            if taken(start, end):
                continue
            self._mint_project(start, h_start, end, states or self._clause_states(h_start, end), label)

    def _extend_left(self, pos: int, joiners, allow_de: bool, fillers: re.Pattern | None = None,
                     single_org: bool = False) -> tuple[int, list[Mention]]:
        """Walk left from a head word over state/place names and joiners; return the start and the names."""
        ends: list[Mention] = []
        p = pos
        if fillers is not None:
            fm = fillers.search(self.f, max(0, p - 40), p)
            if fm and not any(x.start < fm.start() < x.end for x in self.pos.overlapping(fm.start(), fm.start() + 1)):
                p = fm.start()  # (a filler inside a name is part of the name: 金砖国家)
        if allow_de and self.f[p - 1:p] == "的":
            p -= 1
        while p > 0 and self.f[p - 1] == " ":
            p -= 1
        while True:
            m = None
            for x in self.mentions:
                if x.end == p and x.kind in ("country", "region", "place", "group", "organization") and x.rule != "pronoun":
                    if m is None or x.start < m.start:
                        m = x
            if m is None:
                break
            ends.insert(0, m)
            p = m.start
            j = re.search(r"(?:\s*(?:" + "|".join(re.escape(x) for x in sorted(joiners, key=len, reverse=True)) + r")\s*)$", self.f[max(0, p - 5):p])
            if j and j.group().strip():
                p -= len(j.group())
                continue
            break
        if ends and ends[0].start != p:
            p = ends[0].start
        if len(ends) == 1 and ends[0].kind == "organization" and not single_org:
            return pos, []
        return (ends[0].start if ends else pos), ends

    def _states_of(self, ms: list[Mention]) -> list[str]:
        out = []
        for m in ms:
            if m.kind == "place":
                c = m.get("country")
                if c:
                    out.append(f"country:{c}")
            elif m.kind == "organization":
                continue
            else:
                out.extend(k for k in self.keys_of(m) if k.startswith("country:"))
        return list(dict.fromkeys(out))

    def event_mentions(self) -> None:
        """Named events (中国－中亚峰会, 第二届…, G7 Hiroshima summit) and references back to them (峰会, the summit)."""
        lex = self.lex
        named: list[tuple[Mention, str, str, frozenset, int | None]] = []
        unnamed: list[tuple[int, int, str]] = []
        heads = [(h, lex.event_heads[h.group()], None) for h in lex.event_rx.finditer(self.f)]
        # 金砖国家领导人第十六次会晤, 中日韩领导人第九次会议: the ordinal inside the head
        heads += [(h, "Summit", _ordinal(h.group(1))) for h in _MID_ORDINAL.finditer(self.f)]
        heads = [x for x in heads if not (x[2] is None and any(y[2] is not None and y[0].start() <= x[0].start() < y[0].end() for y in heads))]
        self._openings([h for h, cls, _ in heads if cls == "Opening"])
        heads = [x for x in heads if x[1] != "Opening"]
        for h, cls, inner_ordinal in sorted(heads, key=lambda x: x[0].start()):
            if any(x.kind in ("agreement", "event") for x in self.pos.overlapping(h.start(), h.start() + 1)):
                continue
            start, names = self._extend_left(h.start(), joiners=frozenset({"-", "—", "·", "与", "和", "and"}), allow_de=False,
                                             fillers=_EVENT_FILLERS, single_org=True)
            ordinal = inner_ordinal
            pre = None if ordinal else re.search(r"(第([一二三四五六七八九十\d]+)(?:届|次)|(?:the\s+)?(first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+)\s*$",
                            self.f[max(0, start - 12):start])
            if pre:
                ordinal = _ordinal(pre.group(2) or pre.group(3))
                start = max(0, start - 12) + pre.start()
            if cls == "Conflict" and names and len(self._states_of(names)) == 1 and (
                    re.search(r"(?:'s|’s)\s+(?:\S+\s+)?$", self.f[names[-1].end:h.start()])
                    or re.search(r"[对對]\s*$", self.f[max(0, start - 2):start])):
                continue  # "Russia's war against", 俄罗斯对乌克兰战争: an act of one state on another, read as an interaction
            end = h.end()
            subject = None
            if not names:
                of = re.match(r"\s+of\s+(?:the\s+)?", self.f[h.end():h.end() + 9])
                org = next((x for x in self.mentions if of and x.start == h.end() + of.end() and x.kind == "organization"), None)
                title = re.search(r"(?<![\w-])((?:[A-Z][\w’'-]+\s+){1,4})$", self.text[max(0, h.start() - 60):h.start()]) \
                    if self.text[h.start()].isupper() else None
                verb = re.search(r"(?:\s(?:held|holds|convened|convenes|called|calls|will\s+hold|is\s+to\s+hold)\s+(?:an?\s+)?"
                                 r"|召开了?|举行了?|召集了?)$", self.f[max(0, h.start() - 24):h.start()])
                if verb and org is None:
                    at = max(0, h.start() - 24) + verb.start()
                    when = re.search(r"(?:当晚|当天|当日|今天|今日|昨天|昨日|\d{1,2}日|周[一二三四五六日]|星期[一二三四五六日天])?$",
                                     self.f[max(0, at - 6):at])
                    subject = self.ending_at(at - len(when.group()), {"organization"})
                    if subject is not None and subject.sentence != self.sent(h.start()):
                        subject = None
                if subject is not None:
                    names = [subject]  # "The United Nations Security Council held an emergency meeting", 安理会召开紧急会议
                elif org is not None:  # an emergency meeting of the UN Security Council, a meeting of G20 foreign ministers
                    names, end = [org], org.end
                    who = re.match(r"\s+(?:(?:foreign|finance|defen[cs]e|trade|energy)\s+ministers|leaders|heads of state)\b",
                                   self.f[end:end + 24])
                    end += who.end() if who else 0
                elif title and not any(w.lower() in _NOT_GIVEN for w in title.group(1).split()[:1]) and not self.pos.overlapping(
                        max(0, h.start() - 60) + title.start(1), h.start()):
                    start = max(0, h.start() - 60) + title.start(1)  # the World Governments Summit: a name of its own
                    names = [Mention(start, h.start(), self.text[start:h.start()], "name",
                                     "name:" + norm_key(self.text[start:h.end()]), self.sent(start), "title-pattern")]
            if not names:
                if cls in ("Summit", "Meeting") and h.group() not in _KIND_HEADS \
                        and (d := self._described_event(h.start(), h.end())) is not None:  # (a news conference is none)
                    unnamed.append((d, h.end(), cls))
                elif cls == "SigningCeremony" and not self.pending_ceremony:
                    self.pending_ceremony = (h.start(), h.end())  # an event only when no visit or summit holds it
                continue  # a bare head word: a reference, handled below
            post = re.match(r"第([一二三四五六七八九十百\d]+)(?:次|届)(?:会议)?", self.f[end:end + 12])
            if post and ordinal is None:
                ordinal = _ordinal(post.group(1))
                end += post.end()
            keys = frozenset(k for n in names for k in ([n.key] if n.kind in ("place", "organization") else self.keys_of(n)))
            m = self.add_mention(start, end, "event", "", "event-name", cls=cls, ordinal=ordinal,
                                 **({"subject": subject.key} if subject is not None else {}))
            for n in names:
                if n.kind != "name":
                    self.nested.add(id(n))
            kind = f"{cls}~{norm_key(h.group())}" if h.group() in _KIND_HEADS else cls  # 中俄博览会 is no 中俄论坛
            named.append((m, kind, self.text[start:end], keys, ordinal))
        # identity: same class, compatible ordinal, and one name's states within the other's
        canon: list[tuple[str, str, frozenset, int | None, Mention]] = []
        for m, cls, label, keys, ordn in named:
            match = None
            def overlap(k2, keys=keys):
                return keys <= k2 or k2 <= keys

            for key, c2, k2, o2, _ in reversed(canon):
                if c2 == cls and (o2 or 1) == (ordn or 1) and overlap(k2):
                    match = key
                    break
            if match is None and ordn is None:
                # an unnumbered name after a numbered one is a short reference to it (第二十四次会议 ... 阿斯塔纳峰会);
                # an unnumbered first name and a later numbered one stay two events (中国－中亚峰会 ... 第二届)
                match = next((key for key, c2, k2, o2, m2 in reversed(canon) if c2 == cls and o2 is not None and overlap(k2)), None)
            if match is None:
                core = sorted(k for k in keys)
                kind_cls, _, head = cls.partition("~")
                match = f"event:{kind_cls}:{'+'.join(core)}{'~' + head if head else ''}:{ordn or 1}"
                canon.append((match, cls, keys, ordn, m))
            else:
                idx = next(i for i, c in enumerate(canon) if c[0] == match)
                _, c2, k2, o2, m2 = canon[idx]
                canon[idx] = (match, c2, k2 | keys, o2, m2)
            m = self.replace_mention(m, Mention(m.start, m.end, m.surface, "event", match, m.sentence, m.rule, m.confidence, m.data))
            e = self.entity(match, "Event", label, m.start)
            e.subclasses.add(cls.partition("~")[0])
            self.events.append((m, match))
            self.event_members[match].extend(k for k in keys if not k.startswith("name:"))
        for start, end, cls in unnamed:
            # an event described, not named: the first of its class in the article (a later one refers back to it)
            label = re.sub(r"^(?:\S+-day|one|two|three|annual|the)\s+", "", self.text[start:end])
            key = f"event:{cls}:{norm_key(to_simplified(label))}:1"
            numbered = re.match(r"首次|第.{1,3}次", self.f[start:end])
            if any(k == key if numbered else k.split(":")[1] == cls for m, k in self.events if m.start < start):
                if numbered:  # 第二次非正式会晤 again: a reference to it
                    self.add_mention(start, end, "event", key, "event-name", anaphor=True)
                continue
            m = self.add_mention(start, end, "event", key, "event-name", cls=cls)
            e = self.entity(key, "Event", label, start)
            e.subclasses.add(cls)
            self.events.append((m, key))
            self.events.sort(key=lambda t: t[0].start)
        for a in lex.anaphora.finditer(self.f):
            if any(x.kind in ("event", "agreement") for x in self.pos.overlapping(a.start(), a.start() + 1)):
                continue
            target = self._current_event(a.start(), head=a.group())
            if target:
                self.add_mention(a.start(), a.end(), "event", target, "event-name", anaphor=True)

    def implicit_meeting(self) -> None:
        """A summit or talks referred to but never named ("after the talks ..., Kishida said the summit marked ...",
        会谈中): when the article names no summit, meeting or visit, the first such reference is a meeting of the
        two states under discussion, and later references are to it."""
        if not self.pending_ceremony:  # "signed ... in a ceremony hosted by Rubio", 在签署仪式上: a signing's ceremony
            for c in re.finditer(r"\b(?:in|at|during)\s+a\s+((?:[\w-]+\s+)?ceremony)\b", self.f):
                sent = self.doc.sentences[self.sent(c.start())]
                if self.lex.sign.search(self.f, sent.start, sent.end) and \
                        any(x.kind == "agreement" for x in self.pos.starting_in(sent.start, sent.end)):
                    self.pending_ceremony = c.span(1)
                    break
        if self.pending_ceremony and not any(k.split(":")[1] in ("Summit", "Meeting", "StateVisit")
                                             and abs(m.sentence - self.sent(self.pending_ceremony[0])) <= 3 for m, k in self.events):
            # a signing ceremony with no visit or summit named near it is an event of its own
            start, end = self.pending_ceremony
            key = f"event:SigningCeremony:{norm_key(to_simplified(self.text[start:end]))}:1"
            m = self.add_mention(start, end, "event", key, "event-name", cls="SigningCeremony")
            e = self.entity(key, "Event", self.text[start:end], start)
            e.subclasses.add("SigningCeremony")
            if fold(self.text[start:end]) == "ceremony":
                self.label(e, "signing ceremony")
            self.events.append((m, key))
            self.events.sort(key=lambda t: t[0].start)
        words = re.compile(r"\bthe (?:[a-z]+-[a-z]+ )?(summit|talks|meeting)\b|(?:此次|本次|这次)?(峰会)|(会谈|会晤)(?:中|时|后|期间)")

        def past(k: str) -> bool:  # a visit or meeting dated in an earlier year (the 2022 visit to New Delhi)
            d = next((x.value for t, x in self.attrs.items() if t[0] == k and t[1] == "startDate"), None)
            return d is not None and self.pub is not None and str(d)[:4].isdigit() and int(str(d)[:4]) < self.pub.year

        key = self._unnamed_summit()
        for a in words.finditer(self.f):
            if any(x.kind in ("agreement", "event") for x in self.pos.overlapping(a.start(), a.end())):
                continue  # part of a name, or a reference already resolved to a named event
            if key and a.start() < self.entities[key].first:
                continue
            if key is None:
                if any(st < a.end() and a.start() < en and len(pairs) for st, en, _, _, pairs in self.acts):
                    continue  # 双方在莫斯科会谈后: an act with its sides, read as an event of its own
                states = self._both(a.start())
                if len(states) != 2 or any(k.split(":")[1] in ("Summit", "Meeting", "StateVisit") and all(c in k for c in states)
                                           and not past(k) for _, k in self.events):
                    continue  # the states' summit or visit is named: the reference is to it (not to last year's visit)
                cls = "Summit" if (a.group(1) or a.group(2)) in ("summit", "峰会") else "Meeting"
                key = f"event:{cls}:implicit:{'+'.join(sorted(states))}:1"
                e = self.entity(key, "Event", a.group(1) or a.group(2) or a.group(3), a.start())
                e.subclasses.add(cls)
                m = self.add_mention(a.start(), a.end(), "event", key, "event-name", cls=cls)
                self.events.append((m, key))
                self.events.sort(key=lambda t: t[0].start)
                for c in states:
                    self._participant(key, c, m.sentence, "participant-name")
                    lead = [k for k, e in self.entities.items() if e.cls == "Leader" and f"country:{e.props.get('country')}" == c
                            and e.props.get("office") in ("head_of_state", "head_of_government")
                            and any(x.key == k and abs(x.sentence - m.sentence) <= 3 for x in self.by_kind("leader", "person"))]
                    for k in lead[:1]:
                        self._participant(key, k, m.sentence, "participant-name")
            else:
                self.add_mention(a.start(), a.end(), "event", key, "event-name", anaphor=True)
                self.label(self.entities[key], a.group(1) or a.group(2) or a.group(3))  # talks ... the summit

    def _openings(self, heads: list[re.Match]) -> None:
        """中老铁路通车仪式, 开港仪式, the opening ceremony of the Jakarta-Bandung railway: a project's opening.
        Named by the project right before (or after "of the"); one per project, later head words refer to it."""
        seen: dict[str, str] = {}
        # "Poland, Denmark and Norway inaugurated the Baltic Pipe", 中老铁路开通: an opening named by its verb
        for v in re.finditer(r"\b(?:inaugurated|inaugurates|inaugurating|opened|opens|commissioned)\s+(?:the\s+)?", self.f):
            proj = next((x for x in self.mentions if x.start == v.end() and x.kind in ("infrastructure", "project")), None)
            if proj is None or proj.key in seen or self.pos.overlapping(v.start(), v.end()):
                continue
            key = seen[proj.key] = f"event:Opening:{norm_key(to_simplified(proj.key))}:1"
            m = self.add_mention(v.start(), proj.end, "event", key, "event-act", cls="Opening")
            e = self.entity(key, "Event", f"{proj.surface} opening", v.start())
            e.subclasses.add("Opening")
            self.label(e, f"inauguration of the {proj.surface}" if v.group().startswith("inaugurat") else f"opening of the {proj.surface}")
            self.label(e, "opening")
            self.events.append((m, key))
            self.events.sort(key=lambda t: t[0].start)
            cs, _ = self.clause(v.start())
            for x in self.actors_in(cs, v.start()):
                for k in self.expand(x):
                    self._participant(key, k, m.sentence, "participant-act")
        # "laid the foundation stone ... at a ceremony in Musongati", "put into operation at a ceremony in the
        # National Palace of Culture": a ceremony in a sentence that opens or starts a project is its opening
        for c in re.finditer(r"\b(?:at|in|during)\s+an?\s+((?:[\w-]+\s+){0,2}?ceremony)\b", self.f):
            sent = self.doc.sentences[self.sent(c.start())]
            if self.pos.overlapping(c.start(1), c.end(1)) or not re.search(
                    r"\b(?:inaugurat\w*|put into (?:commercial )?operation|(?:laid|lay|lays|laying) the foundation stone|"
                    r"broke ground|commissioned|opened|launched)\b", self.f[sent.start:sent.end]):
                continue
            named = sorted((x for x in self.mentions if x.kind in ("infrastructure", "project") and x.start < sent.end
                            and not x.get("part_of")), key=lambda x: (x.start >= sent.start, x.start))
            if not named:
                continue
            base = named[-1].key  # the sentence's project, else the one named last before it
            end = c.end(1)
            at = re.match(r"\s+(?:in|at)\s+(?:the\s+)?", self.f[end:end + 10])
            place = next((x for x in self.mentions if at and x.start == end + at.end() and x.kind == "place"), None)
            if base in seen:
                self.add_mention(c.start(1), end, "event", seen[base], "event-name", anaphor=True)
                continue
            key = seen[base] = f"event:Opening:{norm_key(to_simplified(base))}:1"
            m = self.add_mention(c.start(1), end, "event", key, "event-name", cls="Opening")
            e = self.entity(key, "Event", self.text[c.start(1):end], c.start(1))
            e.subclasses.add("Opening")
            if place is not None:
                self.label(e, self.text[c.start(1):place.end])
                self.fact(key, "location", place.key, m.sentence, "location-name")
            self.events.append((m, key))
            self.events.sort(key=lambda t: t[0].start)
        for h in heads:
            if self.pos.overlapping(h.start(), h.end()):
                continue
            start, end = h.start(), h.end()
            proj = self.ending_at(start, {"infrastructure", "project"}) or self.ending_at(start - 1, {"infrastructure", "project"})
            of = re.match(r"\s+(?:for|of)\s+(?:the\s+)?", self.f[end:end + 10])
            after = next((x for x in self.mentions if of and x.start == end + of.end() and x.kind in ("infrastructure", "project")), None)
            if proj is not None:
                start = proj.start
            elif after is not None:
                end = after.end
            ref = proj or after
            if ref is None:  # 佩列沙茨大桥在亚得里亚海畔举行通车仪式: the clause's only project, named before the head
                cs, _ = self.clause(start)
                inclause = {x.key: x for x in self.mentions if x.kind in ("infrastructure", "project") and cs <= x.start and x.end <= start}
                ref = next(iter(inclause.values())) if len(inclause) == 1 else None
            base = ref.key if ref is not None else fold(h.group())
            if ref is None:  # a bare 通车仪式: the opening named before, else the project the article named last
                if seen:
                    base = next(iter(seen))
                else:
                    named = [x for x in self.mentions if x.kind in ("infrastructure", "project") and x.end <= start
                             and not x.get("part_of")]
                    if not named:
                        continue
                    base = named[-1].key
            if base in seen:
                self.add_mention(start, end, "event", seen[base], "event-name", anaphor=True)
                self.label(self.entities[seen[base]], self.text[start:end])
                continue
            key = seen[base] = f"event:Opening:{norm_key(to_simplified(base))}:1"
            m = self.add_mention(start, end, "event", key, "event-name", cls="Opening")
            e = self.entity(key, "Event", self.text[start:end], start)
            e.subclasses.add("Opening")
            if (start, end) != h.span():
                self.label(e, self.text[h.start():h.end()])
            self.events.append((m, key))
            self.events.sort(key=lambda t: t[0].start)

    def _unnamed_summit(self) -> str | None:
        """"A summit (on the corridor) hosted by ... in ...": a summit of the states its sentence names, unnamed;
        later references ("the summit") are to it."""
        for a in re.finditer(r"\ba summit\b(\s+on\s+(?:the\s+)?[a-z][\w-]*(?:\s+(?!(?:" + _STOP_EN + r")\b|\w+ed\b)[a-z][\w-]*)?)?", self.f):
            if self.pos.overlapping(a.start(), a.end()):
                continue
            sent = self.doc.sentences[self.sent(a.start())]
            states = list(dict.fromkeys(c for x in self.actors_in(sent.start, sent.end) for k in self.expand(x)
                                        if (c := self._country_of(k))))
            if len(states) < 2:
                continue
            key = f"event:Summit:implicit:{'+'.join(sorted(states))}:1"
            e = self.entity(key, "Event", "summit", a.start() + 2)
            e.subclasses.add("Summit")
            if a.group(1):
                self.label(e, self.text[a.start() + 2:a.end()])
            m = self.add_mention(a.start() + 2, a.end(), "event", key, "event-name", cls="Summit")
            self.events.append((m, key))
            self.events.sort(key=lambda t: t[0].start)
            for x in self.actors_in(sent.start, sent.end):  # "..., where he was joined by Zambian President Hichilema"
                for k in self.expand(x):
                    if self._country_of(k):
                        self._participant(key, k, sent.index, "participant-attend")
            return key
        return None

    def civic_events(self) -> None:
        """A state's elections, referendums and coups: "Venezuela's presidential election", 委内瑞拉总统大选, the
        Essequibo referendum, 全民公投, "the coup of July 26, 2023". The state is the one named right before (or
        after "in"), else the only state of a sentence that speaks of "the" coup or election. One event per state
        and kind; a later mention refers back."""
        rx = re.compile(r"\b((?:(?:presidential|parliamentary|general|legislative|snap|federal|midterm|run-?off)\s+)?"
                        r"(elections?|referendum|coup))\b"
                        r"|((?:总统|议会|国会|众议院|参议院|中期|提前|地方|市长|州长)?(?:选举|大选|补选)|全民公投|公投|政变)")
        for m in rx.finditer(self.f):
            start, end = m.span(1) if m.group(1) else m.span(3)
            if self.pos.overlapping(start, end) or self.f[end:end + 1] in ("人", "权", "法", "委") or \
                    re.match(r"\s+(?:commission|observers?|law|campaign|monitors?)\b", self.f[end:end + 14]):
                continue  # 选举人, 选举权, the election commission: not the vote itself
            word = m.group(2) or m.group(3)
            kind = "coup" if word in ("coup", "政变") else "referendum" if "公投" in word or word == "referendum" else "election"
            state = self._attached_state(start, end)
            if state is None and re.search(r"\bthe\s+$|(?:这次|此次|该次|上次)$", self.f[max(0, start - 5):start]):
                sent = self.doc.sentences[self.sent(start)]
                cs = {k for x in self.mentions if x.kind == "country" and sent.start <= x.start < sent.end for k in self.keys_of(x)}
                state = (None, cs.pop()) if len(cs) == 1 else None
            if state is None and CJK.match(self.f[start:start + 1]) and re.match(r"总统|议会|国会|众议院|参议院|地方|市长|州长", word):
                # 芬兰将在明年1月28日举行总统大选, 桑杜在总统选举第二轮投票中: the only state (or a leader's) of the clause before it
                cs = {c for x in self.actors_in(self.clause(start)[0], start) for k in self.expand(x) if (c := self._country_of(k))}
                state = (None, cs.pop()) if len(cs) == 1 else None
            if state is None:
                continue
            head, key_c = state
            lead = head.start if head is not None and head.end <= start else start
            cls = "Incident" if kind == "coup" else "Election"
            key = f"event:{cls}:{kind}:{key_c}"
            new = key not in self.entities
            e = self.entity(key, "Event", None, start)
            e.subclasses.add(cls)
            self.label(e, self.text[lead:end])
            if lead != start:
                self.label(e, self.text[start:end])
            ev = self.add_mention(lead, end, "event", key, "event-name", cls=cls, anaphor=not new)
            if new:
                self.events.append((ev, key))
                self.events.sort(key=lambda t: t[0].start)
            self._participant(key, key_c, ev.sentence, "participant-name")

    def named_happenings(self) -> None:
        """Events with a name of their own that no other rule reads: numbered meetings (第23届世界能源大会,
        第八次中国—中东欧国家领导人会晤), crises, disasters and uprisings named after a place or a state
        (白俄罗斯边境危机, the Al Haouz earthquake, the Tempe rail disaster, the Parsley Massacre, 康乃馨革命 when
        quoted), and exercises named by their code (Freedom Shield exercises, Zapad-2025, 「海上联合-2024」演习).
        An event is minted once per name; the rules for participants and places read it like any other."""
        numbered: set[int] = set()  # (a numbered meeting may hold a text's name: 第二届“一带一路”国际合作高峰论坛)
        found: list[tuple[int, int, str, tuple[int, int] | None]] = []  # start, end, class, the name's span
        for m in _NUMBERED_EVENT_ZH.finditer(self.f):
            if re.search(r"[的在与和对向于将是也已为从到把被给同跟及等其该这那上下中]", m.group(2)):
                continue
            start = m.start()
            owner = self.ending_at(start, {"organization", "country", "region", "group", "place"})
            if owner is not None:  # 亚太经合组织第三十一次领导人非正式会议
                start = owner.start
            elif body := re.search(r"[\u4e00-\u9fff]{2,10}?(?:大会|会议|论坛)$", self.f[max(0, start - 12):start]):
                lead = max(0, start - 12) + body.start()  # 联合国气候变化大会第三十次缔约方大会: a session of a named body
                lead = next((x.start for x in self.pos.starting_in(lead, start) if x.kind in ("organization", "region")), None)
                start = lead if lead is not None else start
            found.append((start, m.end(), "Summit" if re.search(r"峰会|首脑|领导人|领袖|会晤", m.group(2) + m.group(3)) else "Meeting", None))
            numbered.add(start)
        for m in _HAPPENING_ZH.finditer(self.f):
            h_start = m.start()
            desc = re.search(r"[\u4e00-\u9fff]{0,4}$", self.f[max(0, h_start - 4):h_start]).group()
            for cut in range(len(desc) + 1):
                x = self.ending_at(h_start - cut, {"place", "country", "region", "organization", "project", "infrastructure"})
                if x is not None:
                    break
            quoted = re.search(r"[“「『\"]([^”」』\"]{2,12})[”」』\"]$", self.f[max(0, h_start - 14):h_start])
            if x is not None and not re.search(r"[的在与和对向于将是也已为从到把被给同跟及等其该这那各国年月日称说指让令]", self.f[x.end:h_start]):
                found.append((x.start, m.end(), _HAPPENING_CLASS.get(m.group(), "Incident"), None))
            elif quoted:
                found.append((max(0, h_start - 14) + quoted.start(), m.end(), _HAPPENING_CLASS.get(m.group(), "Incident"), None))
        for m in _HAPPENING_EN.finditer(self.text):
            start = m.start(1)
            words = self.text[start:m.start(2)].split()
            while words and (words[0] in ("The", "A", "An", "This", "That", "Last", "In", "On", "At", "After", "Before", "Since")
                             or re.search(r"['’]s$", words[0]) and len(words) > 1):
                start += len(words[0]) + 1
                words.pop(0)
            if not words or self._title_case(start, m.end()):
                continue
            inner = self.within(start, m.start(2), {"country"})
            if inner and m.group(3) and m.group(3).lower() in ("war", "conflict"):
                continue  # the Russia-Ukraine war: read by the conflict rules
            found.append((start, m.end(), _HAPPENING_CLASS.get(fold(m.group(3) or "").rstrip("s"), "Incident"), None))
        for m in _EXERCISE_EN.finditer(self.text):
            g = next(i for i in (1, 2, 3) if m.group(i))
            if g in (1, 2) and (self.within(m.start(g), m.end(g), {"country", "region", "organization", "group"})
                                or m.group(g).split()[0] in ("The", "A", "Joint", "Military", "Naval", "Annual", "This", "Last")
                                or self._title_case(m.start(g), m.end())):
                continue  # Chinese exercises, Russia-Belarus drills: no name of their own
            found.append((m.start(g) if g in (1, 3) else m.start(), m.end(), "Exercise", (m.start(g), m.end(g))))
        for m in _EXERCISE_ZH.finditer(self.f):
            found.append((m.start(), m.end(), "Exercise", (m.start(1), m.end(1))))
        def clash(start: int, end: int, cls: str) -> bool:
            """Whether a name found here is already read: a numbered meeting may hold a text's or a project's
            name, and so may a happening (the Nord Stream leaks); nothing may overlap another event."""
            kinds = {"event"} if start in numbered else {"event", "agreement"} if cls in ("Incident", "Conflict") else \
                {"event", "agreement", "infrastructure", "project"}
            return any(x.start < end and start < x.end for x in self.mentions if x.kind in kinds)

        for start, end, cls, span in sorted(found):
            if clash(start, end, cls):
                continue
            label = self.text[span[0]:span[1]] if span else self.text[start:end].strip(" \"“”「」『』")
            key = f"event:{cls}:{norm_key(to_simplified(label))}:1"
            new = key not in self.entities
            e = self.entity(key, "Event", label, start)
            e.subclasses.add(cls)
            ev = self.add_mention(start, end, "event", key, "event-name", cls=cls, anaphor=not new)
            for x in self.within(start, end, {"place"}):  # (a state in the name still acts: 白俄罗斯边境危机)
                self.nested.add(id(x))
            if new:
                self.events.append((ev, key))
                self.events.sort(key=lambda t: t[0].start)

    def session_events(self) -> None:
        """A plenary body met at (at the UN General Assembly, 在联合国大会上, 第78届联合国大会一般性辩论): its session is
        an event of that body, named as written, with the states that speak or attend there found by the attend rules."""
        for m in [x for x in self.mentions if x.kind == "organization" and x.key in _SESSION_BODIES]:
            before = self.f[max(0, m.start - 24):m.start]
            after = self.f[m.end:m.end + 8]
            ordinal = re.search(r"第[\d一二三四五六七八九十]+[届屆次]\s*$", before)
            if not (re.search(r"\b(?:at|to|address(?:e[sd]|ing)?|before|during|sidelines\s+of|attend(?:s|ed|ing)?)\s+"
                              r"(?:the\s+)?(?:\d+\w*\s+)?$|(?:在|出席)\s*(?:[\u4e00-\u9fff]{2,4}?(?=$))?$", before)
                    or re.match(r"\s*(?:上|期间|一般性辩论|会议|会上|发表|发言|讲话|演讲|session|'s annual|general debate)", after) or ordinal):
                continue
            start = m.start - len(ordinal.group()) if ordinal else m.start
            tail = re.match(r"一般性辩论|\s+general debate", after)
            end = m.end + (tail.end() if tail else 0)
            key = f"event:Meeting:session:{m.key}"
            new = key not in self.entities
            e = self.entity(key, "Event", None, start)
            e.subclasses.add("Meeting")
            self.label(e, self.text[start:end])
            if (start, end) != (m.start, m.end):
                self.label(e, self.text[m.start:m.end])
            ev = self.add_mention(start, end, "event", key, "event-name", cls="Meeting", anaphor=not new)
            if new:
                self.events.append((ev, key))
                self.events.sort(key=lambda t: t[0].start)
            self._participant(key, m.key, ev.sentence, "participant-name")

    def _attached_state(self, start: int, end: int) -> tuple[Mention | None, str] | None:
        """The state named right before a word (Venezuela's, Venezuelan, 委内瑞拉), or right after it with "in"."""
        before = self.ending_at(start - 1, {"country"}) or self.ending_at(start, {"country"})
        if before is None and re.search(r"['’]s\s$", self.f[max(0, start - 3):start]):
            before = self.ending_at(start - 3, {"country"})
        if before is not None and self.f[before.end:start].strip(" '’s") == "":
            return before, before.key
        after = re.match(r"\s+in\s+(?:the\s+)?", self.f[end:end + 12])
        if after:
            x = next((y for y in self.pos.starting_in(end + after.end(), end + after.end() + 1) if y.kind == "country"), None)
            if x is not None:
                return None, x.key
        return None

    def incidents(self) -> None:
        """Attacks, strikes, incursions, clashes and crashes with a place or a codename: "Operation Sindoor",
        "the Pahalgam attack", "Ukraine's incursion into Kursk", 帕哈尔加姆恐怖袭击, 在阿克套附近的空难.

        The place is the incident's location; a state named just before (its attacker: "Indian strikes",
        "Ukraine's incursion", 乌克兰对…) takes part, and so does the place's state when it is another.
        A bare head word after it ("the attack", 空难) refers back to the incident named last.
        """
        minted: list[tuple[int, int, str, str | None]] = []  # start, end, key, head
        taken = lambda a, b: any(x.start < b and a < x.end for x in self.mentions if x.kind in ("event", "agreement"))  # noqa: E731
        for m in re.finditer(r"\b(?:operation|(?:mission|operation|campaign|exercises?|drills?|strikes?)[^.;]{0,20}?\b(?:dubbed|codenamed|"
                             r"code-named|named|called))\s+[\"“']?([a-z0-9][\w'’-]+(?:[\s-][a-z0-9][\w'’-]*)?)|代号(?:为|是)?\s*[\"“「『]([^\"”」』]{1,12})[\"”」』]"
                             r"\s*的?\s*(?:军事)?行动|[\"“「『]([^\"”」』]{1,12})[\"”」』]\s*(?:军事)?行动", self.f):
            if m.group(1) is not None:
                words = self.text[m.start(1):m.end(1)].split()
                while words and not words[-1][:1].isupper() and not words[-1][:1].isdigit():
                    words.pop()
                lead = m.start() if self.f[m.start():m.start() + 9] == "operation" else m.start(1)
                if not words or not self.text[lead:lead + 1].isupper() or not (words[0][:1].isupper() or words[0][:1].isdigit()) \
                        or words[0].lower() in _NOT_GIVEN:
                    continue
                end = m.start(1) + len(" ".join(words))
                name = self.text[lead:end]
            else:
                end = m.end()
                name = self.text[m.start():m.end()]
            lead = lead if m.group(1) is not None else m.start()
            if taken(lead, end):
                continue
            code = fold(m.group(1) and " ".join(words) or m.group(2) or m.group(3))
            minted.append((lead, end, f"event:Incident:{norm_key(to_simplified(code))}", None))
            self._incident(lead, end, minted[-1][2], name, None)
        for h in self.lex.incident_rx.finditer(self.f):
            if taken(h.start(), h.end()):
                continue
            head = h.group()
            place = self.ending_at(h.start() - (self.f[h.start() - 1:h.start()] == " "), {"place"})
            if place is None and head in ("遇袭", "遇袭事件"):  # 克里米亚大桥遇袭: a named structure attacked
                place = self.ending_at(h.start(), {"project", "infrastructure"})
            between = after = None
            if place is None:
                after = re.match(r",?\s+(?:in|into|near|at|on|over|off)\s+(?:the\s+)?(?:(?:small|tiny|remote|border|coastal|disputed|"
                                 r"resort|eastern|western|northern|southern)\s+)*(?:(?:island|town|city|village|port|region|province|"
                                 r"district|area)\s+of\s+)?", self.f[h.end():h.end() + 60])
                if after:
                    place = next((x for x in self.by_kind("place") if x.start == h.end() + after.end()), None)
                if place is None and CJK.match(head[:1]):
                    zh = re.search(r"在([^，。；]{2,14}?)(?:附近|上空|境内)?(?:发生)?的?$", self.f[max(0, h.start() - 18):h.start()])
                    if zh:
                        between = max(0, h.start() - 18) + zh.start()
                        place = next((x for x in self.by_kind("place") if x.start == between + 1
                                      and re.fullmatch(r"(?:附近|上空|境内)?(?:发生)?的?", self.f[x.end:h.start()])), None)
            if place is None or place.get("members"):
                continue
            start = min(place.start, h.start()) if between is None else between
            end = max(place.end, h.end())
            if taken(start, end):
                continue
            key = f"event:Incident:{place.key.split(':', 1)[1]}:{norm_key(head)}"
            minted.append((start, end, key, head))
            label = self.text[start:end]
            if after is not None and place.start > h.end():  # "incursion, near the small island of Vaindloo"
                prep = re.search(r"\b(in|into|near|at|on|over|off)\b", self.f[h.end():place.start]).group(1)
                label = f"{self.text[h.start():h.end()]} {prep} {place.surface}"
            self._incident(start, end, key, label, place)
        if not minted:
            return
        for h in self.lex.incident_rx.finditer(self.f):  # the attack, 此次空难: the incident named last with this head
            if taken(h.start(), h.end()) or self.pos.overlapping(h.start(), h.start() + 1):
                continue
            prev = [(s, k) for s, _, k, hd in minted if s < h.start() and (hd is None or hd.rstrip("s") == h.group().rstrip("s")
                                                                         or CJK.match(h.group()[:1]) and hd[-2:] == h.group()[-2:])]
            if prev and (CJK.match(h.group()[:1]) or re.search(r"\b(?:the|this|that|last\s+\w+'s)\s+$", self.f[max(0, h.start() - 20):h.start()])):
                self.add_mention(h.start(), h.end(), "event", prev[-1][1], "event-name", anaphor=True)

    def _incident(self, start: int, end: int, key: str, label: str, place: Mention | None) -> None:
        m = self.add_mention(start, end, "event", key, "event-name", cls="Incident")
        e = self.entity(key, "Event", label, start)
        e.subclasses.add("Incident")
        self.events.append((m, key))
        self.events.sort(key=lambda t: t[0].start)
        if place is not None and place.kind == "place":
            self.nested.add(id(place))
            self.fact(key, "location", place.key, m.sentence, "location-name")
        # the attacker: a state named just before ("Indian strikes", "Ukraine's incursion", 乌克兰对…的), or
        # the subject of a launching verb ("Ukraine launched its surprise incursion", 乌克兰发动的…)
        actor = self._country_before(start)
        states: list[str] = []
        if actor is None:
            zh = re.search(r"对$|对[^，。]{0,12}的$", self.f[max(0, start - 14):start])
            if zh:
                actor = self._country_before(max(0, start - 14) + zh.start())
        if actor is None:
            cs, _ = self.clause(start)
            verb = re.search(r"(?:\blaunch(?:ed|es|ing)?|\bcarr(?:ied|ies|ying) out|\bmount(?:ed|s|ing)?|\bconduct(?:ed|s|ing)?|"
                             r"\bstag(?:ed|es|ing)|发动|实施)"
                             r"(?:\s+(?:its|their|a|an|the))?(?:\s+[a-z][\w-]*){0,3}\s*(?:了|的)?\s*$", self.f[cs:start])
            if verb:  # 印度对巴基斯坦发动…: the target before the verb takes part too
                found = [x for x in self.actors_in(cs, cs + verb.start()) if x.kind in ("country", "organization")]
                actor = found[-1] if found else None
                states += [x.key for x in found[:-1]]
        if actor is not None:
            states.append(actor.key)
            c = place.get("country") if place is not None else None
            if c and f"country:{c}" != actor.key and place.get("place_kind") != "region":
                states.append(f"country:{c}")
        for k in states:
            self._participant(key, k, m.sentence, "participant-name")

    def _described_event(self, start: int, end: int) -> int | None:
        """Where an event described but not named starts: "a two-day energy investment forum", 在维也纳举行的能源投资论坛.

        English needs an indefinite article and a descriptive word; Chinese two or more characters
        of description after 的 / 在 / a clause break, none of them a demonstrative (此次, 本届).
        """
        if self.f[start:end] == "非正式会晤":  # 首次非正式会晤, 第二次非正式会晤: each informal summit is its own
            o = re.search(r"(?:首次|第[一二三四五六七八九十\d]+次)$", self.f[max(0, start - 5):start])
            return max(0, start - 5) + o.start() if o else start
        if self.f[start:end] in ("签字仪式", "签约仪式", "签署仪式", "signing ceremony"):  # 在…举行的签字仪式上, at a signing ceremony
            return start
        if CJK.match(self.f[start - 1:start] or "x"):
            if self.f[start:end] != "论坛":  # 会议, 会晤机制 and 峰会 without a name are references or mechanisms
                return None
            m = re.search(r"(?:^|[的在,，。:：、\s])([\u4e00-\u9fff]{2,8})$", self.f[max(0, start - 9):start])
            if not m or re.match(r"[此本该这那上下首历各每届次年度期]|举行|召开", m.group(1)) or \
                    any(x.start < start and max(0, start - 9) + m.start(1) < x.end for x in self.mentions):
                return None
            return max(0, start - 9) + m.start(1)
        m = re.search(r"\b(?:a|an)\s+((?:[a-z][\w-]*\s+){1,4})$", self.f[max(0, start - 60):start])
        if not m or any(w in _NOT_GIVEN or w in ("new", "virtual", "video", "online") for w in m.group(1).split()) or \
                any(x.start < start and max(0, start - 60) + m.start(1) < x.end for x in self.mentions):
            return None
        return max(0, start - 60) + m.start(1)

    def visits(self) -> None:
        """State visits: 对哈萨克斯坦进行国事访问, a state visit to Kazakhstan.

        The visitor is the leader or state named last before the phrase in the
        sentence; the host is the state visited. The visit is an event with
        both as participants, hosted by the host, placed in a city of the host
        named in the sentence, and dated by the sentence's first date.
        """
        kinds: dict[str, str] = {}
        self._visit_mentions(kinds)
        if len({k for _, k in self.events if k.startswith("event:StateVisit:")}) == 1:
            for key, word in kinds.items():
                self.label(self.entities[key], word)

    def _visit_mentions(self, kinds: dict[str, str]) -> None:
        for m in list(self.mentions):
            state_pron = m.kind == "pronoun" and len(self.keys_of(m)) == 1 and self.keys_of(m)[0].startswith("country:")
            if m.kind not in ("country", "place") and not state_pron or id(m) in self.nested:
                continue
            a = re.search(r"(?:对|到|赴|前往|来)\s*$", self.f[max(0, m.start - 3):m.start]) and \
                re.match(r"\s*(?:进行|展开|开始|的)?\s*(?:为期[^,。]{1,6}的)?\s*((?:国事|正式|友好|工作)?访问)", self.f[m.end:m.end + 16])
            b = re.search(r"(?:国事|正式)访问\s*$", self.f[max(0, m.start - 5):m.start])  # 普京国事访问哈萨克 (a headline)
            c = re.search(r"抵达\s*$", self.f[max(0, m.start - 3):m.start]) and \
                re.match(r"[^。]{0,12}?,?\s*(?:展开|开始|进行)[^,。]{0,8}?(?:国事|正式)访问", self.f[m.end:m.end + 30])
            # 访华, 访问秘鲁, 出访俄罗斯 (a leader's visit); "Erdogan visits Baghdad", "Tokayev visited Kyrgyzstan"
            d = re.search(r"(?:出访|访问|访)\s*$", self.f[max(0, m.start - 2):m.start]) if m.kind == "country" or m.get("capital") else None
            v_en = re.search(r"\b(?:visits|visited|is visiting|was visiting|arrived in|arrives in)\s+$", self.f[max(0, m.start - 20):m.start])
            en = whole = None
            if a:
                span = (m.start - 1, m.end + a.end())
            elif b:
                span = (max(0, m.start - 5) + b.start(), m.end)
            elif c:
                span = (m.start - 2, m.end + c.end())
            elif d or v_en:
                x = d or v_en
                before = [y for y in self.actors_in(self.clause(m.start)[0], m.start) if y is not m]
                if d and before and before[-1].kind not in ("leader", "person") and before[0].kind in ("leader", "person") \
                        and re.search(r"期间|时|之际|年|月|日", self.f[before[-1].end:m.start]):
                    before = before[:1]  # 埃尔多安早在2011年索马里大饥荒期间已亲自访问摩加迪沙: the subject visits
                if not before or before[-1].kind not in ("leader", "person") or (v_en and m.kind == "place" and not m.get("capital")
                                                                                  and "arrive" in v_en.group()):
                    continue
                span = (max(0, m.start - (2 if d else 20)) + x.start(), m.end)
                if v_en and not d and span[0] - before[-1].end <= 2:  # "Erdoğan visits Baghdad"
                    span = (before[-1].start, m.end)
                if d and span[0] - before[-1].end <= 4 and not re.search(r"[,，。；、\s]", self.f[before[-1].end:span[0]]):
                    whole = self.text[before[-1].start:m.end]  # 博鲁阿尔特总统访华: the visit by its visitor too
            else:
                # a state visit to Kazakhstan, a visit by Rama to Rome, a trip to Japan, the Angola visit
                en = re.search(r"((?:(?:state|official|working)\s+)?(?:visit|trip))\s+(?:by\s+[^,;:.()]{1,60}?\s+)?to\s+(?:the\s+)?$",
                               self.f[max(0, m.start - 90):m.start])
                if en:
                    span = (max(0, m.start - 90) + en.start(1), m.end)
                elif m.kind == "country" and (after := re.match(r"之行|\s+((?:state\s+)?visit)\b", self.f[m.end:m.end + 12])):
                    span = (m.start, m.end + after.end())
                    en = after
                else:
                    continue
            if state_pron and not a:
                continue  # 对我国/该国进行国事访问: a state named by a pronoun hosts only in that form
            if state_pron:
                span = (m.end + a.start(1), m.end + a.end(1))  # named by its kind: 国事访问, not 对我国进行国事访问
            host = self.keys_of(m)[0] if state_pron else \
                m.key if m.kind == "country" else (f"country:{m.get('country')}" if m.get("country") else None)
            if host is None:
                continue
            self._add_visit(m, span, host, bool(a), whole, kinds, m.start)
        # "a two-day visit to the Gulf country": the state named last before it that is not the visitor's
        for v in re.finditer(r"\b((?:(?:state|official|working|\w+-day)\s+)?visit)\s+to\s+the\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:country|nation|kingdom|emirate|republic|island nation)\b", self.f):
            if self.pos.overlapping(v.start(), v.end()):
                continue
            s = self.sent(v.start())
            before = [x for x in self.mentions if x.end <= v.start() and s - x.sentence <= 2 and id(x) not in self.nested
                      and x.kind in ("country", "leader", "person", "place")]
            # the visitor is the clause's subject; the country is the state named last that is not the visitor's
            subject = self.actors_in(self.clause(v.start())[0], v.start())[:1]
            visitor = {self._country_of(k) for x in subject for k in self.expand(x)} - {None}
            places = sorted((x for x in before if x.kind in ("country", "place")), key=lambda x: -x.end)
            host_m = next((x for x in places if any(self._country_of(k) not in visitor | {None} for k in self.expand(x))), None)
            if visitor and host_m:
                host = next(c for k in self.expand(host_m) if (c := self._country_of(k)) and c not in visitor)
                self._add_visit(host_m, (v.start(1), v.end()), host, False, None, kinds, v.start())
        self._visits_without_host(kinds)

    def _visits_without_host(self, kinds: dict[str, str]) -> None:
        """"held talks in Colombo during a three-day state visit", "during Modi's state visit": a state visit whose
        phrase names no host. The host is the state of the place the sentence names after "in", or else, for a
        leader's visit, the one other state the sentence names."""
        for v in re.finditer(r"\b((?:(?:two|three|four|five|six|\d)-day\s+)?(?:state|official)\s+visit)\b(?!\s+(?:to|by)\b)",
                             self.f):
            if self.pos.overlapping(v.start(), v.end()):
                continue
            s = self.doc.sentences[self.sent(v.start())]
            names = [x for x in self.pos.starting_in(s.start, s.end) if id(x) not in self.nested]
            where = [x for x in names if x.kind == "place" and x.get("country") and re.search(r"\bin\s+$", self.f[max(0, x.start - 4):x.start])]
            host_m = where[-1] if where else None
            host = f"country:{host_m.get('country')}" if host_m else None
            if host is None:
                own = re.search(r"['’]s\s+$", self.f[max(0, v.start() - 3):v.start()])
                visitor = next((x for x in names if own and x.end == v.start() - len(own.group()) and x.kind == "leader"), None)
                vc = self._country_of(visitor.key) if visitor else None
                others = {k for x in names if x.kind == "country" for k in self.keys_of(x)} - {vc}
                if vc and len(others) == 1:
                    host = others.pop()
                    host_m = next(x for x in names if x.kind == "country" and host in self.keys_of(x))
            if host is not None:
                self._add_visit(host_m, (v.start(1), v.end(1)), host, False, None, kinds, v.start())

    def _add_visit(self, m: Mention, span: tuple[int, int], host: str, follows: bool, whole: str | None,
                   kinds: dict[str, str], pos: int) -> None:
        """A visit to ``host`` named at ``span``; ``m`` names the host, the visitor is named before ``pos``
        (or right after the phrase, in 来华进行国事访问的…总统, when ``follows``)."""
        sent = self.doc.sentences[self.sent(pos)]
        if follows and self.f[span[1]:span[1] + 1] == "的":
            # 同来华进行国事访问的乌兹别克斯坦总统米尔济约耶夫: the visitor follows
            after = self.actors_in(span[1] + 1, sent.end)
            visitor_keys = [k for x in after[:1] for k in self.expand(x)]
        else:
            before = [x for x in self.actors_in(sent.start, pos) if x is not m]
            # the visitor: the actor named last before the visit that is not of the host (前往布达佩斯，对匈牙利…)
            before = [x for x in before if not all(self._country_of(k) == host for k in self.expand(x))]
            visitor_keys = [k for x in self._last_list(before)[-1:] for k in self.expand(x)]
        visitor_c = [c for k in visitor_keys if (c := self._country_of(k)) and c != host]
        # visitor(s) then host: Xi's visit to Turkmenistan is not Berdimuhamedow's visit to China
        key = f"event:StateVisit:{'+'.join(sorted(set(visitor_c)) + ['to', host])}:1"
        if not visitor_c:  # the visitor is unclear here: the visit to this host already named
            key = next((k for _, k in self.events if k.startswith("event:StateVisit:") and k.endswith(f"+to+{host}:1")), key)
        start, end = span
        ev = self.add_mention(start, end, "event", key, "event-name", cls="StateVisit")
        e = self.entity(key, "Event", self.text[start:end], start)
        e.subclasses.add("StateVisit")
        word = re.search(r"(?:国事|正式|友好|工作)?访问|(?:(?:state|official|working)\s+)?visit|\btrip\b|之行", self.f[start:end])
        if word:  # the visit by its kind as well (国事访问, state visit), when it is the article's only one
            kinds[key] = self.text[start + word.start():start + word.end()]
        if not CJK.match(m.surface[:1]) and end == m.end:
            self.label(e, f"visit to {m.surface}")
        own = re.search(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:[\w-]+\s+)?$", self.text[max(0, start - 40):start])
        if own and not CJK.match(self.text[start:start + 1]):  # "Yoon's visit to Japan"
            self.label(e, f"{own.group(1)}'s {self.text[start:end]}")
        if whole:
            self.label(e, whole)
        self.events.append((ev, key))
        self.events.sort(key=lambda t: t[0].start)
        visit = self.lex.triggers.get("visited") or next(t for t in self.lex.triggers.values() if t.code == "042")
        for k in visitor_keys:
            self.fact(key, "participant", k, sent.index, "participant-attend")
            self._interaction(k, host, visit, sent.index, "interaction-order", 1.0, pos)
        self.fact(key, "participant", host, sent.index, "participant-name")
        self.fact(key, "hostedBy", host, sent.index, "hostedBy-name")
        # the visit's city: a place of the host named near the visit (抵达杜尚别), else its capital named anywhere
        near = [x for x in self.mentions if x.kind == "place" and x.get("country") == host.split(":")[1] and x is not m
                and abs(x.sentence - sent.index) <= 3]
        near = sorted(near, key=lambda x: (abs(x.sentence - sent.index), x.start)) or \
            [x for x in self.mentions if x.kind == "place" and x.get("capital") and x.get("country") == host.split(":")[1]]
        if near and m.kind != "place":
            self.fact(key, "location", near[0].key, near[0].sentence, "location-name")
        if m.kind == "place":
            self.fact(key, "location", m.key, sent.index, "location-name")
        d = next((d for d in self.dates if sent.start <= d.start < sent.end), None)
        if d:
            start, until = self._span_of_days(m, d)
            self.attr(key, "startDate", start, sent.index, "date-clause")
            if until:
                self.attr(key, "endDate", until, sent.index, "date-clause")

    def _recent_event(self, pos: int, window: int = 2) -> str | None:
        """The event named within the last ``window`` sentences before ``pos``, if any."""
        s = self.sent(pos)
        near = [k for m, k in self.events if m.start < pos and s - m.sentence <= window]
        near += [m.key for m in self.mentions if m.kind == "event" and m.key and m.start < pos and s - m.sentence <= window]
        near = [k for k in near if k.split(":")[1] not in _HAPPENINGS]  # a crisis or a quake hosts no signing
        return near[-1] if near else None

    def _current_event(self, pos: int, head: str = "") -> str | None:
        want = None
        for h, cls in self.lex.event_heads.items():
            if h in head:
                want = cls
        before = [(m, k) for m, k in self.events if m.start < pos and (k.split(":")[1] == want if want else k.split(":")[1] not in _HAPPENINGS)]
        if before:
            # the most recent named event whose name holds no ordinal > 1 wins over the main event only when near
            recent = before[-1]
            first = before[0]
            if self.sent(pos) - recent[0].sentence <= 1 or recent[1] == first[1]:
                return recent[1]
            return first[1]
        after = [(m, k) for m, k in self.events if m.start >= pos and (k.split(":")[1] == want if want else k.split(":")[1] not in _HAPPENINGS)]
        return after[0][1] if after else None

    def values(self) -> None:
        self.dates = find_dates(self.f, self.pub)
        self.money = find_money(self.f)

    # ------------------------------------------------------------------ relations

    def actors_in(self, start: int, end: int) -> list[Mention]:
        """Mentions in [start, end) that can act: states, leaders, bodies, groups (not parts of names or addresses)."""
        out = []
        for m in self.pos.starting_in(start, end):
            if m.end > end:
                continue
            if id(m) in self.nested or id(m) in self.attributive or id(m) in self.locative or m.start in self.glossed:
                continue
            if m.get("bystander"):
                continue
            if m.kind in ACTOR_KINDS or m.kind == "pronoun" or (m.kind == "place" and m.get("capital")):
                if m.kind == "place" and self._is_locative(m):
                    continue
                if m.kind == "region" and self._is_locative(m):
                    continue
                out.append(m)
        out.sort(key=lambda m: (m.start, -m.end))
        # drop mentions inside another actor mention (a region inside its group)
        keep = []
        for m in out:
            if keep and m.start < keep[-1].end:
                continue
            keep.append(m)
        # 中亚国家吉尔吉斯与塔吉克: a group followed by the names of its members stands for those names
        final = []
        for i, m in enumerate(keep):
            nxt = keep[i + 1] if i + 1 < len(keep) else None
            if m.kind in ("group", "region") and nxt is not None and nxt.kind == "country" and nxt.start - m.end <= 1 \
                    and nxt.key in self.expand(m):
                continue
            if m.kind in ("group", "region") and final and final[-1].kind == "country" and re.fullmatch(
                    r"\s*(?:等|and other|and \w+ other)\s*[\d一二三四五六七八九十两]*\s*[个個]?\s*", self.f[final[-1].end:m.start]):
                continue  # 阿根廷、智利…和乌拉圭等7个拉丁美洲国家: the list names them
            final.append(m)
        return final

    def _is_locative(self, m: Mention) -> bool:
        before = self.f[max(0, m.start - 3):m.start]
        return bool(re.search(r"(在|于|赴|到|抵达|\bin\s|\bat\s|\bto\s)$", before))

    def expand(self, m: Mention, pos: int | None = None) -> tuple[str, ...]:
        """Entity keys a mention stands for, resolving context groups (双方, 六国, 各国领袖)."""
        if m.kind in ("place", "organization") and (m.get("capital") or m.kind == "organization" and m.get("country")):
            c = m.get("country")  # a capital or a ministry acts for its state
            return (f"country:{c}",) if c else ()
        if m.kind == "group" and m.key == "group:both":
            return self._both(m.start)
        if m.kind == "group" and m.key in ("group:all",) or m.key.startswith("group:n"):
            ev = self._current_event(m.start)
            members = [k for k in dict.fromkeys(self.participants.get(ev, [])) if k.startswith(("country:", "leader:", "person:"))] if ev else []
            if m.key.startswith("group:n"):
                states = [k for k in members if k.startswith("country:")]
                n = int(m.key[7:])
                return tuple(states) if len(states) == n else self._last_n_states(m.start, n)
            leaders = [k for k in members if not k.startswith("country:")]
            return tuple(leaders or members)
        if m.kind == "group" and m.key.endswith(":leaders"):
            region = self.gaz.get("region", m.key.split(":")[1])
            return self._members(region.members, True) if region else self.refs.get(id(m), ())
        return self.keys_of(m)  # a region stands for its members there

    def _last_n_states(self, pos: int, n: int) -> tuple[str, ...]:
        """The states of the last list of exactly ``n`` states named before ``pos`` (within 8 sentences):
        "Kazakhstan, Kyrgyzstan and Uzbekistan ... the three countries"."""
        s = self.sent(pos)
        ms = sorted((x for x in self.mentions if x.end <= pos and s - x.sentence <= 8 and x.kind in ("country", "leader", "person")
                     and id(x) not in self.nested), key=lambda x: (x.start, -x.end))
        for lst in reversed(self._lists(ms)):
            states = list(dict.fromkeys(c for x in lst for k in self.keys_of(x) if (c := self._country_of(k))))
            if len(states) == n:
                return tuple(states)
        seen: list[str] = []  # else the last n states named, within four sentences
        for x in sorted((x for x in ms if s - x.sentence <= 4), key=lambda x: -x.end):
            for k in self.keys_of(x):
                if (c := self._country_of(k)) and c not in seen:
                    seen.append(c)
            if len(seen) >= n:
                return tuple(seen[:n])
        return ()

    def _both(self, pos: int) -> tuple[str, ...]:
        """The two states under discussion at ``pos``: those of the bilateral visit or meeting under discussion,
        else the two states named last."""
        ev = self._current_event(pos)
        if ev and ev.split(":")[1] in ("StateVisit", "Meeting", "Summit"):
            named = [p for p in ev.split(":", 2)[2].rsplit(":", 1)[0].split("+") if p.startswith("country:")]
            if len(set(named)) == 2:
                return tuple(dict.fromkeys(named))
        s = self.sent(pos)
        seen: list[str] = []
        cands = [x for x in self.mentions if x.end <= pos and self.sent(x.start) >= s - 4 and x.kind in ("country", "leader", "person", "group")
                 and id(x) not in self.nested and x.key != "group:both"]
        for x in sorted(cands, key=lambda x: -x.end):
            for k in self.keys_of(x):
                c = self._country_of(k)
                if c and c not in seen:
                    seen.append(c)
            if len(seen) >= 2:
                break
        return tuple(seen[:2]) if len(seen) >= 2 else ()

    def _country_of(self, key: str) -> str | None:
        if key.startswith("country:"):
            return key
        e = self.entities.get(key)
        if e is not None and e.props.get("country"):
            return f"country:{e.props['country']}"
        return None

    def event_relations(self) -> None:
        """participant, hostedBy, location, startDate/endDate."""
        lex = self.lex
        for key, entry, sent in self.listed_events:  # the fixed venue and host of a listed meeting
            venue = entry.get("venue")
            if venue:
                self.entity(f"place:{venue}", "Place")
                self.fact(key, "location", f"place:{venue}", sent, "location-name")
            elif entry.get("venue_country"):
                self.fact(key, "location", f"country:{entry.get('venue_country')}", sent, "location-name")
            if entry.country:
                self.fact(key, "hostedBy", f"country:{entry.country}", sent, "hostedBy-name")
        evs = [m for m in self.mentions if m.kind == "event"]
        # participants and host from the name: 中国－中亚峰会 -> China and the Central Asian states
        for m, key in self.events:
            names = [x for x in self.mentions if x.start >= m.start and x.end <= m.end and id(x) in self.nested
                     and x.kind in ("country", "region", "group", "organization", "place")]
            states = [x for x in names if x.kind in ("country", "region", "group")]
            places = [x for x in names if x.kind == "place"]
            joined = len(states) >= 2 or (len(states) == 1 and not places and (re.search(r"[-–—－与和]|and", m.surface)
                                                                              or len(self.refs.get(id(states[0]), ())) >= 2))
            for x in names:
                if x.kind == "organization":
                    self._participant(key, x.key, m.sentence, "participant-name")
            if m.get("subject"):  # "The Security Council held an emergency meeting": the body that holds it
                self._participant(key, m.get("subject"), m.sentence, "participant-name")
            if places:
                pl = places[-1]
                self.fact(key, "location", pl.key, m.sentence, "location-name")
                host = next((x for x in states if x.end <= pl.start), None)
                c = host.key if host is not None and host.kind == "country" else (f"country:{pl.get('country')}" if pl.get("country") else None)
                if c and (self.mentioned(c) or host is not None):
                    self.fact(key, "hostedBy", c, m.sentence, "hostedBy-name")
            elif joined:
                for x in states:
                    for k in self.expand(x):
                        self._participant(key, k, m.sentence, "participant-name")
            after = re.match(r"\s+(?:in|at|held in)\s+(?:the\s+)?", self.f[m.end:m.end + 14])
            if after:
                nxt = next((x for x in self.mentions if x.start == m.end + after.end() and x.kind in ("place", "country")), None)
                if nxt is not None and nxt.kind == "place":
                    self.fact(key, "location", nxt.key, m.sentence, "location-name")
                    if nxt.get("country") and self.mentioned(f"country:{nxt.get('country')}"):
                        self.fact(key, "hostedBy", f"country:{nxt.get('country')}", m.sentence, "hostedBy-location")
                elif nxt is not None:
                    self.fact(key, "hostedBy", nxt.key, m.sentence, "hostedBy-location")
            body = self.ending_at(m.start, {"organization"}) or self.ending_at(m.start - 1, {"organization"})
            if body is not None and m.start - body.end <= 1 and self.sent(body.start) == m.sentence:
                # 中非合作论坛北京峰会, the SCO Astana summit: the body's gathering in that city, named with the body
                self._participant(key, body.key, m.sentence, "participant-name")
                self.label(self.entities[key], self.text[body.start:m.end])
            # a state named in front of a single-state name is the host ("Japan's G7 summit")
            # 七国集团(G7)的日本广岛峰会: the body named just before "的" takes part
            if re.search(r"\(?[a-z0-9]*\)?的$", self.f[max(0, m.start - 12):m.start]):
                for x in self.mentions:
                    if x.kind == "organization" and x.end <= m.start and m.start - x.end <= 8 and self.sent(x.start) == m.sentence:
                        self._participant(key, x.key, m.sentence, "participant-name")
        for s in self.doc.sentences:
            # wars and attacks are no gatherings: nobody attends or hosts them
            sev = [m for m in evs if m.sentence == s.index and m.key.split(":")[1:2] not in (["Conflict"], ["Incident"])]
            for m in sev:
                if m.key and re.search(r"\bat\s+(?:the\s+|an?\s+)?$", self.f[max(0, m.start - 8):m.start]):
                    cs, _ = self.clause(m.start)
                    for a in self.actors_in(cs, m.start):
                        for k in self.expand(a):
                            self._participant(m.key, k, s.index, "participant-attend")
            for v in lex.attend.finditer(self.f, s.start, s.end):
                cs, ce = self.clause(v.start())
                event = next((m.key for m in sev if cs <= m.start < ce + 20 and m.start >= v.start() - 2), None) \
                    or next((m.key for m in sev if cs <= m.start < ce), None)
                if event is None and (v.group() in _STRONG_ATTEND or v.group() == "joined" and re.match(
                        r"\s+(?:[\w'’.-]+\s+){1,4}?at\s+the\b", self.f[v.end():v.end() + 50])):
                    # "were also present", "joined Abiy at the dam site": the event under discussion
                    # 与会的…, attended: the event under discussion, if one was named before
                    event = self._recent_event(v.start(), window=10)
                if not event:
                    continue
                if self.f[v.end():v.end() + 1] == "的" or re.match(r"\s+(?:by|were|included)\b", self.f[v.end():v.end() + 10]):
                    actors = self.actors_in(v.end(), s.end)
                else:
                    actors = self.actors_in(cs, v.start())
                    if actors and re.fullmatch(r"\s*(?:又|再|还|也)?\s*(?:与|同|和|跟)\s*", self.f[cs:actors[0].start]):
                        # …，与莫迪进行第二次非正式会晤: the subject is that of the clause before
                        prev = [x for x in self.actors_in(s.start, cs) if x.kind in ("leader", "person", "country")]
                        actors = prev[:1] + actors
                    if not actors and CJK.match(self.f[v.start()]):  # 习近平同通伦通过视频连线，共同出席…: the sentence's subjects
                        actors = [x for x in self.actors_in(s.start, cs) if x.kind in ("leader", "person", "country")]
                for a in actors:
                    for k in self.expand(a):
                        self._participant(event, k, s.index, "participant-attend")
                # "在中国陕西省西安市参加" / "in Xi'an": the place of the event
                places = [x for x in self.mentions if x.kind == "place" and cs <= x.start < ce and self._in_locative_chain(x)]
                if places and not any(f[1] == "location" and f[0] == event for f in self.facts):
                    pl = places[-1]
                    self.fact(event, "location", pl.key, s.index, "location-attend")
                    c = pl.get("country")
                    if c and self.mentioned(f"country:{c}") and not any(f[0] == event and f[1] == "hostedBy" for f in self.facts):
                        self.fact(event, "hostedBy", f"country:{c}", s.index, "hostedBy-location")
            for h in lex.host.finditer(self.f, s.start, s.end):
                cs, ce = self.clause(h.start())
                event = next((m.key for m in sev if h.end() <= m.start <= ce), None) or \
                    next((m.key for m in sev if cs <= m.start < ce), None)
                if not event:
                    continue
                hosts = [a for a in self.actors_in(cs, h.start()) if a.kind in ("country", "leader", "person")]
                if re.match(r"(?:ed)?\s+by\b", self.f[h.end():h.end() + 5]):
                    hosts = [a for a in self.actors_in(h.end(), ce) if a.kind in ("country", "leader", "person")][:1]
                if hosts:
                    for k in self.expand(hosts[-1]):
                        c = self._country_of(k)
                        if c:
                            self.fact(event, "hostedBy", c, s.index, "hostedBy-verb")
                            self._participant(event, k, s.index, "participant-attend")
                    if h.group() in ("host", "hosts", "hosted", "hosting"):
                        for a in self.actors_in(h.end(), ce):
                            for k in self.expand(a):
                                self._participant(event, k, s.index, "participant-attend")
        # dates: the first clause that names the event and holds a date
        for m, key in self.events:
            if any(a[0] == key and a[1] == "startDate" for a in self.attrs):
                continue
            cs, ce = self.clause(m.start)
            ds = [d for d in self.dates if cs <= d.start < ce]
            if ds:
                d = min(ds, key=lambda d: abs(d.start - m.start))
                self.attr(key, "startDate", d.value, m.sentence, "date-clause")
                if d.until:
                    self.attr(key, "endDate", d.until, m.sentence, "date-clause")
        for m in evs:
            if m.key and not any(a[0] == m.key and a[1] == "startDate" for a in self.attrs):
                cs, ce = self.clause(m.start)
                ds = [d for d in self.dates if cs <= d.start < ce]
                sent = self.doc.sentences[m.sentence]
                if not ds and m.get("cls") in ("Meeting", "Summit", "Incident", "SigningCeremony") and CJK.match(m.surface[:1]):
                    # a Chinese run-on sentence dates its event in an earlier clause: 去年10月11日至12日，…进行第二次非正式会晤
                    ds = [d for d in self.dates if sent.start <= d.start < m.start][-1:]
                if not ds and m.get("cls") in ("StateVisit", "Summit", "SigningCeremony", "Opening"):
                    # "The UAE and Oman on Wednesday signed ..., as he wrapped up a two-day state visit": the
                    # sentence's only date
                    in_sent = [d for d in self.dates if sent.start <= d.start < sent.end]
                    if len(in_sent) == 1 and len(in_sent[0].value) == 10 and not re.search(
                            r"\bsince\b|\buntil\b|自|从|以来", self.f[min(m.start, in_sent[0].start):max(m.end, in_sent[0].end)]):
                        ds = in_sent
                if ds and not m.get("anaphor"):
                    d = ds[0]
                    start, until = self._span_of_days(m, d)
                    self.attr(m.key, "startDate", start, m.sentence, "date-clause")
                    if until:
                        self.attr(m.key, "endDate", until, m.sentence, "date-clause")
        # the attend sentence's dates for events named there ("于5月18、19日…参加中国－中亚峰会")

    def _span_of_days(self, m: Mention, d) -> tuple[str, str | None]:
        """An event of N days dated by one day: "wrapped up a two-day visit on Wednesday" ends that day, "began a
        three-day visit on Monday" starts it; 为期两天的访问 likewise."""
        if d.until or len(d.value) != 10:
            return d.value, d.until
        sent = self.doc.sentences[m.sentence]
        ns = list(_N_DAYS.finditer(self.f, sent.start, sent.end))
        if not ns:
            return d.value, None
        n = min(ns, key=lambda n: min(abs(n.start() - m.end), abs(n.end() - m.start)))
        days = _NUM.get(n.group(1) or n.group(2)) or int(n.group(1) or n.group(2))
        day = date.fromisoformat(d.value)
        before = self.f[max(sent.start, n.start() - 60):n.start()]
        if re.search(r"\b(?:wrapp(?:ed|ing) up|conclud(?:ed|es|ing)|end(?:ed|s|ing)|wound up|结束|圆满结束)\b|结束|圆满结束", before):
            return (day - timedelta(days=days - 1)).isoformat(), day.isoformat()
        if re.search(r"\b(?:began|begins|beginning|started|starts|starting|arrived|arrives|embarked|opens|opened)\b|开始|抵达", before):
            return day.isoformat(), (day + timedelta(days=days - 1)).isoformat()
        return d.value, None

    def _in_locative_chain(self, x: Mention) -> bool:
        """在中国陕西省西安市, 在哈萨克斯坦首都阿斯塔纳, in the Kazakh capital Astana: a place after 在/in."""
        p = x.start
        while True:
            filler = re.search(r"(?:首都|首府|南部|北部|东部|西部|中部|东南部|西南部|东北部|西北部|城市|\s*capital\s*|\s*city of\s*)$",
                               self.f[max(0, p - 12):p])
            if filler:
                p -= len(filler.group())
            before = self.f[max(0, p - 4):p]
            if re.search(r"(在|于|\bin\s|\bat\s)$", before):
                return True
            prev = self.ending_at(p, {"country", "place"})
            if prev is None:
                return False
            if prev.kind == "country":
                self.attributive.add(id(prev))
            p = prev.start

    def _participant(self, event: str, key: str, sent: int, rule: str) -> None:
        if not key or key == event:
            return
        if key.startswith(("country:", "leader:", "person:", "organization:")):
            self.participants[event].append(key)
            self.fact(event, "participant", key, sent, rule)

    def described_events(self) -> None:
        """Meetings and uses of force that the text reports as acts but never names: "held talks with", 举行会谈,
        "clashed", "American strikes on", 空袭. Each is an event with the act's sides as participants; acts between
        the same sides are one event, unless a meeting is placed somewhere else. Its place is a place named in the
        clause after in / at / 在; a meeting's host is that place's state. A meeting held at a named event makes
        its sides participants of that event too.

        The label is the act's noun (talks, 会谈, clashes, strikes) with its place ("talks in Stockholm",
        "met Putin at the Kremlin"); a bare noun only for an event with no place, and only for the one whose
        sides the article names most when several share it.
        """
        current: dict[tuple, str] = {}  # (class, sides) -> key of the event under way
        nouns: dict[str, list[str]] = defaultdict(list)  # event key -> bare nouns
        phrases: dict[str, list[tuple[int, int]]] = defaultdict(list)  # event key -> spans of its Chinese nouns
        for start, end, tr, sent, pairs in self.acts:
            if any(x.kind in ("event", "agreement") for x in self.pos.overlapping(start, end)):
                continue  # part of a name (中美经贸磋商), or a reference already resolved
            if re.match(r"\s*(?:机制|制度|框架|渠道|进程|mechanism|format|process|channel)", self.f[end:end + 12]):
                continue  # 会晤机制, a talks format: a way of meeting, not a meeting
            if CJK.match(self.f[start:start + 1]):
                noun = _ACT_NOUN_ZH.match(self.f[start:end])
                if not noun:
                    continue
                label = self.text[start + noun.start(1):start + noun.end(1)]
            else:
                label = next((n for rx, n in _ACT_NOUN if re.search(rx, self.f[start:end])), None)
                if label is None:
                    continue
            cls = _EVENT_ACTS[tr.id]
            ms = [m for a, b in pairs for m in (a, b) if not (cls == "Conflict" and m.key == "group:both")]
            keys = list(dict.fromkeys(k for m in ms for k in self.expand(m)))
            sides = sorted({self._country_of(k) or k for k in keys if k.startswith(("country:", "leader:", "person:", "organization:"))})
            if len(sides) < 2:
                continue
            cs, ce = self.clause(start)
            places = [x for x in self.mentions if x.kind == "place" and cs <= x.start < ce and id(x) not in self.nested
                      and (_ACT_PLACE.search(self.f[max(0, x.start - 8):x.start]) or self._in_locative_chain(x))
                      and (cls == "Meeting" or x.start > start)]  # force is placed after its act: "strikes on Fordo"
            if cls == "Meeting":
                for m in self.mentions:  # "met on the sidelines of the G20 summit": both sides attend it
                    if m.kind == "event" and m.key and cs <= m.start < ce and m.key.split(":")[1] in ("Summit", "Meeting", "Forum", "StateVisit"):
                        for k in keys:
                            self._participant(m.key, k, sent, "participant-attend")
            where = places[-1] if places and cls == "Meeting" else None
            if cls == "Meeting" and where is None:
                summit = [k for m, k in self.events if k.split(":")[1] == "Summit" and abs(sent - m.sentence) <= 3
                          and set(sides) <= {self._country_of(p) or p for p in self.participants.get(k, [])}]
                if summit:  # 首次与习近平举行会谈, near the summit they attend: the summit itself
                    self.add_mention(start, end, "event", summit[-1], "event-act", anaphor=True)
                    for k in keys:
                        self._participant(summit[-1], k, sent, "participant-act")
                    continue
            ident = (cls, tuple(sides))
            key = current.get(ident)
            if key is None or (where is not None and self.entities[key].props.get("where", where.key) != where.key):
                key = f"event:{cls}:act:{'+'.join(sides)}:{norm_key(where.key) if where else 1}"
                current[ident] = key
            new = key not in self.entities
            e = self.entity(key, "Event", None, start)
            e.subclasses.add(cls)
            e.props.setdefault("sides", sides)
            if where is not None:
                e.props.setdefault("where", where.key)
                zh = CJK.match(label)
                self.label(e, f"{where.surface}{label}" if zh else f"{label} in {where.surface}")
                if not zh:
                    self.label(e, f"{where.surface} {label}")
                    if where.start > end and where.end - start <= 80:
                        self.label(e, self.text[start:where.end])  # met President Vladimir Putin at the Kremlin
            nouns[key].append(label)
            if not CJK.match(label) and re.search(r"\bof\s*$", self.f[start:end]):
                self._act_phrase_labels(e, start, end)
            elif CJK.match(label):
                phrases[key].append((start + noun.start(1), start + noun.end(1)))
            m = self.add_mention(start, end, "event", key, "event-act", cls=cls, anaphor=not new)
            if new:
                self.events.append((m, key))
                self.events.sort(key=lambda t: t[0].start)
            if _REMOTE.search(self.doc.sentences[sent].text):
                self.remote_events.add(key)
            for k in keys:
                self._participant(key, k, sent, "participant-act")
            for pl in places:
                self.fact(key, "location", pl.key, sent, "location-act")
                c = pl.get("country")
                if cls == "Meeting" and c and self.mentioned(f"country:{c}"):
                    self.fact(key, "hostedBy", f"country:{c}", sent, "hostedBy-location")
            if not any(a[0] == key and a[1] == "startDate" for a in self.attrs):
                ds = [d for d in self.dates if cs <= d.start < ce and abs(d.start - start) <= 45]
                if ds:
                    d = min(ds, key=lambda d: abs(d.start - start))
                    self.attr(key, "startDate", d.value, sent, "date-clause")
        weight = defaultdict(int)  # how often the article names each state or body
        for x in self.mentions:
            if x.kind in ACTOR_KINDS:
                for k in self.keys_of(x):
                    weight[self._country_of(k) or k] += 1
        owner: dict[str, tuple[int, str]] = {}
        top = max((min(weight[k] for k in self.entities[key].props["sides"]) for key in nouns), default=0)
        # a noun that names another event of the article (the talks at Turnberry) is no label of a placed one
        other = {fold(x) for k, e in self.entities.items() if e.cls == "Event" and k not in nouns
                 for x in (*e.labels.values(), *(t for t, _ in e.alt_labels))}
        for key, ns in nouns.items():
            w = min(weight[k] for k in self.entities[key].props["sides"])
            if "where" in self.entities[key].props:
                ns[:] = [n for n in ns if fold(n) not in other]
            if w * 2 < top:
                continue  # an aside ("Pakistan and India fought a four-day conflict in May"): no bare noun
            for n in dict.fromkeys(ns):
                if n not in owner or owner[n][0] < w:
                    owner[n] = (w, key)
        for key, ns in nouns.items():
            e = self.entities[key]
            names = [self.entities[k].labels.get("en") or k.split(":")[-1] for k in e.props["sides"] if k in self.entities]
            for n in dict.fromkeys(ns):
                if n in owner and owner[n][1] == key and (not (e.labels or e.alt_labels) or "where" in e.props):
                    self.label(e, n)
                elif not CJK.match(n) and len(names) == 2:
                    self.label(e, f"{names[0]}-{names[1]} {n}")  # the India-Pakistan fighting: no bare "fighting"
            if ns and not (e.labels or e.alt_labels):
                self.label(e, ns[0] if CJK.match(ns[0]) or len(names) != 2 else f"{names[0]}-{names[1]} {ns[0]}")
        for key, spans in phrases.items():
            for a, b in spans:
                self._act_phrase_labels_zh(self.entities[key], a, b)

    def _act_phrase_labels(self, e: Entity, start: int, end: int) -> None:
        """"Russia's full-scale invasion of Ukraine": an act named by a noun and its object is also named by the
        phrase, with and without its adjectives and its possessor."""
        obj = next((x for x in self.pos.starting_in(end, end + 3) if x.kind in ("country", "place", "region")), None)
        if obj is None:
            return
        core = self.text[start:obj.end]
        self.label(e, core)
        adj = re.search(r"((?:(?:full-scale|large-scale|all-out|brutal|unprovoked|illegal|military|renewed|\d{4})\s+)+)$",
                        self.text[max(0, start - 40):start])
        lead = start - len(adj.group(1)) if adj else start
        if adj:
            self.label(e, self.text[lead:obj.end])
        poss = self.ending_at(lead - 1, {"country"}) if re.search(r"['’]s\s$", self.text[max(0, lead - 3):lead]) else None
        if poss is None and re.search(r"['’]s\s$", self.text[max(0, lead - 3):lead]):
            poss = self.ending_at(lead - 3, {"country"})
        if poss is not None:
            self.label(e, self.text[poss.start:obj.end])

    def _act_phrase_labels_zh(self, e: Entity, start: int, end: int) -> None:
        """入侵乌克兰, 俄罗斯入侵乌克兰, 技术谈判, 两国元首会谈: a Chinese act is also named by the phrase around its noun:
        with the state or place it is aimed at right after it, the state acting right before it, or the words that
        qualify it (up to six characters of a name-like run: no particle, verb of holding or side word)."""
        obj = next((x for x in self.pos.starting_in(end, end + 1) if x.kind in ("country", "place", "region")), None)
        if obj is not None and not _ACT_NOUN_ZH.match(self.f[start:end]).group(1) in ("会晤", "会谈", "会面", "磋商", "谈判"):
            self.label(e, self.text[start:obj.end])
            subj = self.ending_at(start, {"country"})
            if subj is not None:
                self.label(e, self.text[subj.start:obj.end])
        qual = re.search(r"[\u4e00-\u9fff]{2,6}$", self.f[max(0, start - 6):start])
        if qual is None:
            return
        q = qual.group()
        cut = max((m.end() for m in re.finditer(r"举行|进行|展开|开始|恢复|重启|同意|参加|出席|主持|结束|就|的|在|与|和|同|跟|及|对|于|为|已|将|并|后|时|中|上|以", q)),
                  default=0)
        q = q[cut:]
        named = [x.end for x in self.mentions if x.kind in ("leader", "person") and start - len(q) <= x.end <= start]
        q = q[max(named) - (start - len(q)):] if named else q  # 与习近平会面: a person is no qualifier
        if len(q) >= 2 and not re.search(r"\d|年|月|日", q):
            self.label(e, self.text[start - len(q):end])

    def joint_relations(self) -> None:
        """A joint statement no signing verb governs ("released a joint statement", 发表联合声明): the states of its
        clause, else of the meeting it came out of, issued it there."""
        for key in sorted(self.joint):
            m = next(x for x in self.mentions if x.kind == "agreement" and x.key == key)
            meets = [x for x in self.mentions if x.kind == "event" and x.key and 0 <= m.sentence - x.sentence <= 3
                     and x.key.split(":")[1] in ("Summit", "Meeting", "StateVisit", "Forum", "SigningCeremony")]
            same = [x for x in meets if x.sentence == m.sentence]
            meets = [x for x in meets if x.start < m.start]
            ev = (same or meets or [None])[-1]
            ev = ev.key if ev is not None else None
            if ev and not any(f[0] == key and f[1] == "adoptedAt" for f in self.facts):
                self.fact(key, "adoptedAt", ev, m.sentence, "adoptedAt-sentence", 0.8)
            if any(f[0] == key and f[1] == "signatory" for f in self.facts):
                continue
            cs, _ = self.clause(m.start)
            states = list(dict.fromkeys(c for x in self.actors_in(cs, m.start) for k in self.expand(x) if (c := self._country_of(k))))
            if len(states) < 2 and ev:
                states = list(dict.fromkeys(c for k in self.participants.get(ev, []) if (c := self._country_of(k))))
            if 2 <= len(states) <= 8:
                for c in states:
                    self.fact(key, "signatory", c, m.sentence, "signatory-verb", 0.8)

    def named_conflicts(self) -> None:
        """A war or conflict named by its sides (俄乌冲突, the Israel-Iran war, 吉塔边境冲突) is force used between them."""
        force = next(t for t in self.lex.triggers.values() if t.id == "use_force")
        for m, key in self.events:
            if key.split(":")[1] != "Conflict" or m.get("anaphor"):
                continue
            states = [k for k in dict.fromkeys(self.event_members.get(key, [])) if k.startswith(("country:", "organization:"))]
            for i, a in enumerate(states):
                for b in states[i + 1:]:
                    self._interaction(a, b, force, m.sentence, "interaction-pair", m.confidence, m.start)

    def joint_openings(self) -> None:
        """States that open a project together (Poland, Denmark and Norway inaugurated the Baltic Pipe) cooperate
        economically (061), each with each."""
        trade = next(t for t in self.lex.triggers.values() if t.code == "061")
        for m, key in self.events:
            if key.split(":")[1] != "Opening" or m.get("anaphor") or key in self.remote_events:
                continue
            states = list(dict.fromkeys(c for k in self.participants.get(key, []) if (c := self._country_of(k))
                                        or k.startswith("organization:") and (c := k)))
            openers = self._openers(key) or states
            for i, a in enumerate(states):
                for b in states[i + 1:]:
                    if a in openers or b in openers:  # guests at one state's inauguration cooperate with it, not each other
                        self._interaction(a, b, trade, m.sentence, "interaction-pair", 0.8, m.start)

    def _openers(self, key: str) -> list[str]:
        """The states that open a project themselves (named with the act or in the event's name), not its guests."""
        return list(dict.fromkeys(c for f in self.facts.values() if f.subject == key and f.predicate == "participant"
                                  and f.rule in ("participant-act", "participant-name") and (c := self._country_of(f.object))))

    def bilateral_meetings(self) -> None:
        """Leaders of two states who both take part in a summit, meeting or state visit between those two states met.

        Only bilateral events: at a summit of many states two leaders being there says nothing of their meeting.
        An event that took place by video or telephone is no meeting in person.
        """
        for m, key in self.events:  # 以视频方式出席, a virtual summit
            cs, ce = self.clause(m.start)
            if key.split(":")[1] in ("Opening", "SigningCeremony"):  # 通过视频连线，共同出席…通车仪式: the whole sentence
                cs, ce = self.doc.sentences[m.sentence].start, self.doc.sentences[m.sentence].end
            if _REMOTE.search(self.text[cs:ce]):
                self.remote_events.add(key)
        for key in dict.fromkeys(k for _, k in self.events):
            cls = key.split(":")[1]
            if cls not in ("Summit", "Meeting", "StateVisit", "Opening", "SigningCeremony") or key in self.remote_events \
                    or key.startswith("event:Meeting:session:"):
                continue  # (all of a General Assembly's speakers did not meet each other)
            parts = list(dict.fromkeys(self.participants.get(key, [])))
            states = {c for k in parts if (c := self._country_of(k))}
            leaders = [k for k in parts if k.startswith(("leader:", "person:")) and self.entities.get(k)
                       and self.entities[k].props.get("office") in ("head_of_state", "head_of_government", "supreme_leader")]
            by_state: dict[str, list[str]] = defaultdict(list)
            for k in leaders:
                if (c := self._country_of(k)) is not None:  # (an office holder whose state the text leaves open)
                    by_state[c].append(k)
            sent = next((f.sentence for f in self.facts.values() if f.subject == key and f.predicate == "participant"), 0)
            if len(states) in (2, 3) and len(by_state) == len(states):
                # two or three states' leaders at one event in person: each met each
                groups = sorted(by_state.items())
                for i, (_, la) in enumerate(groups):
                    for _, lb in groups[i + 1:]:
                        for x in la:
                            for y in lb:
                                self.fact(x, "metWith", y, sent, "metWith-event")
            elif len(states) > 3 and cls in ("Opening", "SigningCeremony"):
                # a ceremony of several states: the host's leaders met each guest leader
                hosts = {f.object for f in self.facts.values() if f.subject == key and f.predicate == "hostedBy"}
                if not hosts and cls == "Opening" and len(self._openers(key)) == 1:
                    hosts = set(self._openers(key))  # Abiy's inauguration of the dam: Ethiopia hosts its guests
                for h in hosts & set(by_state):
                    for c, lb in by_state.items():
                        if c != h:
                            for x in by_state[h]:
                                for y in lb:
                                    self.fact(x, "metWith", y, sent, "metWith-event")

    def agreement_relations(self) -> None:
        """signatory (actors of a signing verb), adoptedAt (the event of the sentence or of the title)."""
        lex = self.lex
        for key, ms in self.between_parties.items():
            if len({x.key for x in ms}) >= 2:
                for x in ms:
                    self.fact(key, "signatory", x.key, x.sentence, "signatory-name")
        for a in self.by_kind("agreement"):
            inner = [m for m in self.mentions if m.kind == "event" and a.start <= m.start and m.end <= a.end and m.key]
            for ev in inner:
                self.fact(a.key, "adoptedAt", ev.key, a.sentence, "adoptedAt-name")
        for s in self.doc.sentences:
            ags = [m for m in self.pos.starting_in(s.start, s.end) if m.kind == "agreement"]
            if not ags:
                continue
            evs = [m for m in self.mentions if m.kind == "event" and m.sentence == s.index and m.key
                   and m.key.split(":")[1] not in ("Conflict", "Incident")
                   and not any(a.start <= m.start < a.end for a in ags)]
            verbs = list(lex.sign.finditer(self.f, s.start, s.end))
            for v in verbs:
                targets = [a for a in ags if a.start >= v.end() and not any(v.end() < v2.start() < a.start for v2 in verbs)]
                if not targets:
                    # "the X Treaty, which he and Putin signed": the text stands before, in a relative clause
                    rel = [a for a in ags if a.end <= v.start() and re.search(r"(?:,\s*)?(?:which|that)\b", self.f[a.end:v.start()])
                           and v.start() - a.end < 80]
                    targets = rel[-1:]
                passive = [a for a in ags if a.end <= v.start() and
                           re.fullmatch(r"\s+(?:was|were|is|are|has been|have been|had been|will be|would be)\s+", self.f[a.end:v.start()])]
                if not targets and passive:  # "the agreement was signed at the forum"
                    targets = passive[-1:]
                if not targets:
                    continue
                adopt_only = v.group() in lex.adopt_only  # issued / 发表: a body's text, no signatories
                if passive and targets == passive[-1:]:
                    by = re.match(r"\s+by\s+", self.f[v.end():v.end() + 6])
                    _, ce = self.clause(v.end())
                    for a in targets:
                        for m in self._first_list(self.actors_in(v.end() + by.end(), ce)) if by else ():
                            for k in self.expand(m):
                                if k.startswith(("country:", "leader:", "person:")):
                                    self.fact(a.key, "signatory", k, s.index, "signatory-verb")
                elif not adopt_only:
                    sides = self._sides(v.start(), v.end(), s.index, symmetric=True)
                    signers = [k for side in sides for m in side for k in self.expand(m)]
                    for a in targets:
                        titled = {k for x in self.within(a.start, a.end, {"country", "group"}) for k in self.expand(x)
                                  if k.startswith("country:")}
                        named = len(titled) >= 2 and a.rule == "agreement-title"
                        own = signers
                        if not signers:  # 两国元首签署《中华人民共和国和沙特阿拉伯王国…协议》: the states its title names
                            own = sorted(titled) if named else []
                        elif named:  # 谴责中方…并重申1951年签署的《美菲共同防御条约》: a title's states are its parties
                            own = sorted(titled) + [k for k in signers if not k.startswith("country:") and self._country_of(k) in titled]
                        for k in own:
                            if k.startswith(("country:", "leader:", "person:")):
                                self.fact(a.key, "signatory", k, s.index, "signatory-verb")
                event = evs[0].key if evs else self._recent_event(v.start())
                if event and event.split(":")[1] in ("Conflict", "Incident"):
                    event = None  # a ceasefire agreed during a war is not adopted at the war
                for a in targets:
                    ev = event or self._visit_of(a.key)
                    if ev:
                        self.fact(a.key, "adoptedAt", ev, s.index, "adoptedAt-sentence", 1.0 if evs else 0.8)
                    if ev and ev.split(":")[1] == "SigningCeremony":  # the signatories take part in their signing
                        for o in [o for (x, p, o) in self.facts if x == a.key and p == "signatory"]:
                            self._participant(ev, self._country_of(o), s.index, "participant-attend")

    def _visit_of(self, agreement: str) -> str | None:
        """The article's one state visit whose two states are exactly the agreement's signatories (a text the
        two heads of state sign during the visit), if there is one."""
        signers = {self._country_of(o) for (s, p, o) in self.facts if s == agreement and p == "signatory"} - {None}
        if len(signers) != 2:
            return None
        visits = {k for _, k in self.events if k.startswith("event:StateVisit:")
                  and {c for c in k.split(":", 2)[2].rsplit(":", 1)[0].split("+") if c.startswith("country:")} == signers}
        return visits.pop() if len(visits) == 1 else None

    def infra_relations(self) -> None:
        for m in self.by_kind("infrastructure", "project"):
            states = m.get("states") or tuple(f"country:{c}" for c in m.get("members", ()))
            for k in states:
                if self.mentioned(k) or m.kind == "infrastructure":
                    self.entity(k, "Country", None, m.start)
                    rule = "involvesCountry-section" if ":section-" in m.key else "involvesCountry-name"
                    self.fact(m.key, "involvesCountry", k, m.sentence, rule)
            if m.get("part_of"):
                self.fact(m.key, "partOf", m.get("part_of"), m.sentence, "partOf-line")
                if ":section-" in m.key:
                    for k in states:
                        self.fact(m.get("part_of"), "involvesCountry", k, m.sentence, "involvesCountry-section")

    def place_relations(self) -> None:
        for m in self.by_kind("place"):
            c = m.get("country")
            if c and self.mentioned(f"country:{c}"):
                self.fact(m.key, "inCountry", f"country:{c}", m.sentence, "inCountry-gazetteer")

    # ------------------------------------------------------------------ interactions

    def _sides(self, t_start: int, t_end: int, sent: int, symmetric: bool) -> tuple[list[Mention], list[Mention]]:
        """The actor side and target side of a trigger word, from prepositions and word order."""
        cs, ce = self.clause(t_start)
        left = self.actors_in(cs, t_start)
        poss = re.search(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$", self.f[max(cs, t_start - 40):t_start])
        if poss:  # "Russia's invasion of Ukraine", "Minsk's full-scale war on": the possessor acts
            owner = [m for m in left if m.end == max(cs, t_start - 40) + poss.start()]
            if owner:
                right = self._first_list(self.actors_in(t_start + 1, ce))
                return owner, right
        if re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$", self.f[max(cs, t_start - 40):t_start]) and \
                re.search(r"\bof\s*$", self.f[t_start:t_end]) and not [m for m in left if m.end > t_start - 40]:
            # "Moscow cut supplies to Poland after its invasion of Ukraine": its = the sentence's subject, the
            # target follows "of"
            s = self.doc.sentences[sent]
            subject = [x for x in self.actors_in(s.start, t_start) if x.kind in ("country", "leader", "person")][:1]
            right = self._first_list(self.actors_in(t_end, ce))
            if subject and right:
                return subject, right
        right = self.actors_in(t_start + 1, ce)  # from inside the trigger: a two-part trigger holds its target
        prep = None
        for p in _PREP.finditer(self.f[cs:t_start]):
            at = cs + p.start()
            if _WHEN_WORD.match(self.f, cs + p.end()):
                continue  # "On Monday Trump hosted": a time, not the target of the act
            if re.search(r"\b(?:along|together)\s*$", self.f[cs:at]):
                continue  # "Saudi Arabia, along with the UAE, cut ties with Qatar": partners of the actor
            objs = [m for m in left if m.start >= at + len(p.group())]
            if p.group().isascii():  # "with Tunisia, signed ... after she met": an English preposition governs one list
                objs = self._first_list(objs)
            lead = self.f[at + len(p.group()):objs[0].start] if objs else ""
            if lead.isascii() and len(lead.split()) > 4:
                continue  # "on edge in the Baltic region, ... after Poland": the object is not the preposition's
            if objs:  # the preposition governs this trigger only when its object stands close before it
                gap = re.sub(r"\([^()]*\)", "", self.f[objs[-1].end:t_start])  # asides in brackets do not count
                if (len(gap.split()) > 3) if gap.isascii() else len(gap) > 14:
                    continue
            after = [m for m in left if m.start >= at + len(p.group())]
            before = [m for m in left if m.end <= at]
            if p.group() in ("和", "and") and not symmetric:
                continue  # "American and British warships struck": joined actors, not a partner of the act
            if p.group() == "and" and any(re.search(r"\bwith\s+(?:the\s+)?$", self.f[max(t_end, m.start - 12):m.start])
                                          for m in right if m.start - t_end <= 40):
                continue  # "China and Russia held talks with Iran": the partner follows "with"
            if after and (before or p.group() not in ("和", "and")):
                if p.group() in ("和", "and") and len(after) > 1:
                    continue
                run = self._last_list(before)
                if p.group() in ("和", "and") and len(run) >= 2 and re.fullmatch(r"[\s,，、]*", self.f[run[-1].end:at]):
                    continue  # "the United States, Angola, the DRC and Zambia signed": the last member of a list
                prep = (at, after, before)
        passive = re.search(r"被|遭|遭到|\bby\b", self.f[t_end:t_end + 4]) or re.search(r"\b(?:was|were|been)\s+\w+$", self.f[cs:t_start])
        if prep:
            at, target, actor = prep
            actor = self._last_list(actor)
            if not actor:
                actor = self._subject_outside(cs, ce, sent)
            return actor, target
        if re.match(r"\s*(?:which|who|whose)\b", self.f[cs:cs + 8]):  # the clause opens a relative clause on the subject
            close = self.f.rfind(",", cs, t_start)
            subj = self.actors_in(self.doc.sentences[sent].start, cs)
            if close > cs and subj and not [x for x in left if x.start > close]:
                left = subj[-1:]
        for m in left:  # "Türkiye, which trains Somali troops ..., has also backed": the relative clause's states do not act
            if re.match(r"\s*,\s*(?:which|who|whose)\b", self.f[m.end:m.end + 10]):
                close = self.f.rfind(",", m.end + 2, t_start)
                if close > m.end + 2 and not [x for x in left if x.start > close]:
                    left = [x for x in left if x.end <= m.end]
                break
        actor = self._last_list(left)
        target = self._first_list(right)
        if len(target) == 1 and target[0].kind == "group" and re.match(r"\s+of\s", self.f[target[0].end:target[0].end + 4]):
            # "hosted the leaders of Australia, India and Japan": the states named after the group word
            target = self._first_list(self.actors_in(target[0].end, ce)) or target
        if target:  # by word order, the object follows the trigger closely
            gap = re.sub(r"\([^()]*\)", "", self.f[t_end:target[0].start])
            if (len(gap.split()) > 7) if gap.isascii() else len(gap) > 16:
                target = []
            elif re.search(r"\band\s+(?:said|says|added|called|urged|warned|stressed|noted|vowed)\b|,\s*(?:saying|adding)\b", gap):
                target = []  # "condemned the operation and said Bogotá stood with Mexico": the next verb's subject
        if not actor:
            actor = self._subject_outside(cs, ce, sent)
        if passive and re.search(r"\bby\b", self.f[t_end:t_end + 4]):
            actor, target = target, actor
        if symmetric and not prep and len(actor) >= 2 and not (target and target[0].start >= t_end and (
                self.f[t_end:target[0].start] == "" or self.f[t_end - 1].isascii() and not self._gap(t_end, target[0].start).strip()
                or re.search(r"\bwith\s+(?:the\s+)?$", self.f[t_end:target[0].start]))):
            # "France and Germany signed a deal with Qatar": the partner after "with" is the other side
            return actor, []  # "A和B冲突": both sides stand before the trigger (李强、赵乐际分别会见X: X is the other side)
        if symmetric and not target and len(actor) == 1 and actor[0].kind == "group" and \
                actor[0].key.startswith(("group:n", "group:both", "group:all")):
            return actor, []  # "Xi hosted A and B as the three countries signed": the group holds both sides
        if symmetric and not target and len(left) >= 2:
            lists = self._lists(left)
            if len(lists) >= 2:
                return lists[-2], lists[-1]
        return actor, target

    def _lists(self, ms: list[Mention]) -> list[list[Mention]]:
        lists: list[list[Mention]] = []
        for m in ms:
            if lists and _SEP.match(self._gap(lists[-1][-1].end, m.start)):
                lists[-1].append(m)
            else:
                lists.append([m])
        return lists

    def _gap(self, a: int, b: int) -> str:
        gap = self.f[a:b]
        # titles and their country between two names of one list: "A总统X、B总统Y"
        for m in self.pos.starting_in(a, b):
            if m.end <= b:
                gap = gap.replace(self.f[m.start:m.end], " ")
        gap = self.lex.title_rx.sub(" ", gap)
        # "Mali's transitional president, Colonel Assimi Goïta": a possessive, words of office and ranks
        return re.sub(r"['’]s\b|\b(?:transitional|interim|acting|caretaker|former|new|incoming|outgoing|de facto|military|"
                      r"head of state|head of government|ruler|strongman|leader|General|Gen\.|Colonel|Col\.|Captain|Capt\.|"
                      r"Lieutenant|Lt\.|Major|Maj\.|Field Marshal|Marshal|Admiral|Brigadier|Commander)\b", " ", gap, flags=re.I)

    def _last_list(self, ms: list[Mention]) -> list[Mention]:
        lists = self._lists(ms)
        return lists[-1] if lists else []

    def _first_list(self, ms: list[Mention]) -> list[Mention]:
        lists = self._lists(ms)
        return lists[0] if lists else []

    def _subject_outside(self, cs: int, ce: int, sent: int) -> list[Mention]:
        s = self.doc.sentences[sent]
        if cs > s.start and re.match(r"(?:并|还|又|也|随后|其后|同日|当天|当日|其间)?\s*(?:在[^，,。；与同和跟向]{1,12}?)?\s*(?:与|同|和|跟|向)",
                                     self.f[cs:cs + 20]):
            # 岸田文雄访问菲律宾，与小马科斯举行会谈: a clause that opens on its preposition goes on with the subject
            # of the clause before, not with the state named last there
            pcs, _ = self.clause(cs - 1)
            lists = self._lists(self.actors_in(pcs, cs - 1))
            first = lists[0] if lists else []
            if len(lists) >= 2 and re.fullmatch(r"\s*(?:又|还|也)?\s*(?:联合|连同|会同|伙同|携同|携手)\s*",
                                                self.f[lists[0][-1].end:lists[1][0].start]):
                first = lists[0] + lists[1]  # 沙特联合阿联酋、巴林和埃及，与卡塔尔断交: the partners act too
            if first and first[0].kind in ("leader", "person", "country", "pronoun"):
                return first
        before = self.actors_in(s.start, cs)
        if before and re.match(r"\s*,\s*(?:which|who|whose)\b", self.f[before[0].end:before[0].end + 10]):
            return [before[0]]  # "Türkiye, which trains Somali troops ..., has backed": the subject before the relative clause
        if before:
            return self._last_list(before)[:1] if len(self._last_list(before)) == 1 else self._last_list(before)
        after = self.actors_in(ce, s.end)
        return after[:1]

    def interactions(self) -> None:
        lex = self.lex
        for s in self.doc.sentences:
            found = [(t, lex.triggers[t.group()]) for t in lex.trigger_rx.finditer(self.f, s.start, s.end)]
            for rx, tr in lex.split_triggers:
                for t in rx.finditer(self.f, s.start, s.end):
                    # a two-part trigger replaces the one-word trigger it contains (解除…制裁 is not 制裁)
                    found = [(u, ut) for u, ut in found if not (t.start() <= u.start() < t.end())]
                    found.append((t, tr))
            for t, tr in sorted(found, key=lambda p: p[0].start()):
                if t.group() == "合作" and self.f[t.start() - 1:t.start()] == "联" and self.f[t.end():t.end() + 1] in ("战", "业"):
                    continue  # 联合作战: 联合 + 作战, joint operations, not 合作
                if any(x.kind == "agreement" and x.rule == "agreement-title" and x.start <= t.start() and t.end() <= x.end
                       for x in self.pos.overlapping(t.start(), t.end())):
                    continue  # 《友好、睦邻与合作条约》: a word of a text's title, not an act
                if _NEG.search(self.f[max(s.start, t.start() - 4):t.start()]) and tr.code[:2] <= "09" and not t.group().startswith("不"):
                    continue
                if _AVERT.search(self.f[max(s.start, t.start() - 14):t.start()]):
                    continue  # 避免冲突, to prevent clashes: the act did not happen
                cs, _ = self.clause(t.start())
                if _IF.search(self.f[cs:t.start()]):
                    continue  # 如果…展开谈判, if they meet: a condition, not an act
                if tr.code[:2] in ("11", "12", "13") and re.search(r"\bfor\s+$", self.f[max(s.start, t.start() - 5):t.start()]):
                    continue  # "thanked Moscow for condemning the attacks": the thanked one's target is not the thanker
                if tr.id in ("meet", "negotiate", "visit") and re.search(r"\b(?:would|will|could|may|might|shall|to)\s+(?:\w+ly\s+)?$",
                                                                         self.f[max(s.start, t.start() - 20):t.start()]):
                    continue  # "teams would meet in the coming weeks", "agreed to meet": not (yet) a meeting
                if tr.id in ("meet", "negotiate") and re.search(r"(?:原定|原计划|计划|拟|准备|打算)[^，,。；]{0,24}$", self.f[cs:t.start()]):
                    continue  # 杜达原定在联大期间与泽连斯基会面: a meeting planned, not held
                if tr.id == "host" and re.match(r"\s+by\b|被", self.f[t.end():t.end() + 4]):
                    continue  # "a NATO summit hosted by Biden": the event's host (hostedBy), not an act on the clause's subject
                if re.search(r"(?:遭受|遭到|受到)[^，,。；]{0,6}$|受$", self.f[max(s.start, t.start() - 8):t.start()]) and \
                        not self.actors_in(max(s.start, t.start() - 8), t.start()):
                    continue  # 遭受武装攻击的部队: an attack suffered, its attacker not named
                if self.f[max(s.start, t.start() - 1):t.start()] == "被" or (tr.id == "visit" and self.f[t.end():t.end() + 1] == "的"):
                    continue  # 被承认为 (no agent named); 进行国事访问的X (X is the visitor: see visits)
                if tr.id == "mediate" and self._mediation(t, tr, s):
                    continue
                actor, target = self._sides(t.start(), t.end(), s.index, tr.symmetric)
                actor = [x for x in actor if not self._is_address(x)]  # 在意大利罗马会面
                target = [x for x in target if not self._is_address(x)]
                posted = [x for x in self.pos.starting_in(t.start(), t.end()) if x.kind == "country"
                          and self.f[x.start - 1:x.start] == "驻"] if tr.id == "complain" else []
                if posted:  # 召见白俄驻英大使: the ambassador's host summons him (it acts when the clause names no one)
                    target = [x for x in target if x not in posted]
                    actor = actor or posted[:1]
                rule = "interaction-order"
                if target and target[-1].start > t.start() and \
                        re.match(r"(?:的)?(?:国家)?(?:安全|利益|主权|稳定|和平|领土完整|发展)的", self.f[target[-1].end:target[-1].end + 8]):
                    continue  # 打击威胁海湾国家安全的恐怖主义: the state is inside a clause on the noun after 的
                if actor and not target and not tr.symmetric and t.start() - actor[-1].end <= 1 and \
                        re.match(r"\s+(?:(?:on|against|at|into)\s+)?(?:its|their)\b", self.f[t.end():t.end() + 16]):
                    # "in retaliation for American strikes on its nuclear sites": its = the sentence's subject (a
                    # state or leader named first; a dateline's city is none)
                    mine = {self._country_of(k) for a in actor for k in self.expand(a)}
                    subject = [x for x in self.actors_in(s.start, t.start()) if x.kind in ("country", "leader", "person")][:1]
                    if subject and subject[0] not in actor and not {self._country_of(k) for k in self.expand(subject[0])} & mine:
                        target = subject
                        rule = "interaction-pronoun"
                if actor and not target and tr.code[:2] in ("11", "12"):
                    done = self._referred_act(t.end(), s, actor)
                    if done:  # "Brazil condemned the raid": the raid's doer is the target
                        target, rule = done, "interaction-act"
                if tr.targets:
                    target = [x for x in target if x.kind in tr.targets]
                    if not target:
                        continue
                if tr.adjacent:
                    near = [m for m in self.actors_in(cs, t.start()) if m.kind in ("country", "group")]
                    run = self._last_list(near)
                    if not run or run[-1].end < t.start() - 2 or not re.fullmatch(r"\s*(?:'s|’s)?\s*", self.f[run[-1].end:t.start()]):
                        continue
                    actor, target = run, []
                if not target and tr.symmetric and len(actor) == 1 and actor[0].kind == "group" \
                        and len(ks := [k for k in self.expand(actor[0]) if k.startswith("country:")]) >= 2 \
                        and (t.start() - 2 <= actor[0].end <= t.start() or actor[0].kind == "group" and actor[0].start >= cs
                             and actor[0].key.startswith("group:n")):  # 三国同意扩大…合作, the three countries agreed to ...
                    # 中俄合作, the U.S.-China tariff war: a compound of two states right before a mutual act
                    for i, ka in enumerate(ks):
                        for kb in ks[i + 1:]:
                            self._interaction(ka, kb, tr, s.index, "interaction-pair", actor[0].confidence, t.start())
                    if tr.id in _EVENT_ACTS:  # 两人举行会谈: the group's members are the act's sides
                        self.acts.append((t.start(), t.end(), tr, s.index, [(actor[0], actor[0])]))
                    continue
                if not actor and tr.symmetric and len(target) >= 2:
                    actor, target = target, []  # "relations between Egypt and Ethiopia are strained": both sides inside
                if not target and tr.symmetric and len(actor) >= 2:
                    if len(actor) > 5:
                        continue  # eight parties to one memorandum: a multilateral act, not a tie between each two
                    pairs = [(a, b) for i, a in enumerate(actor) for b in actor[i + 1:]]
                    rule = "interaction-pair"
                else:
                    pairs = [(a, b) for a in actor for b in target]
                # 就乌克兰问题: the issue the act is about, not a party to it
                topic = lambda x: bool(re.search(r"就\s*$", self.f[max(0, x.start - 2):x.start])  # noqa: E731
                                       and re.match(r"\s*(?:问题|局势|危机|冲突)", self.f[x.end:x.end + 4]))
                pairs = [(a, b) for a, b in pairs if not topic(a) and not topic(b)]
                if tr.id in _EVENT_ACTS and pairs:
                    self.acts.append((t.start(), t.end(), tr, s.index, pairs))
                if tr.code[:2] in ("13", "15", "16", "17", "18", "19", "20") and pairs:
                    self.hostile.append((t.start(), tr.code, list(dict.fromkeys(a for a, _ in pairs))))
                for a, b in pairs:
                    for ka in self.expand(a):
                        for kb in self.expand(b):
                            self._interaction(ka, kb, tr, s.index, rule, min(a.confidence, b.confidence), t.start())
                            if tr.meeting and ka.startswith(("leader:", "person:")) and kb.startswith(("leader:", "person:")) \
                                    and not _REMOTE.search(s.text):
                                if self._country_of(ka) != self._country_of(kb):
                                    self.fact(ka, "metWith", kb, s.index, "metWith-verb", min(a.confidence, b.confidence))

    def _is_address(self, m: Mention) -> bool:
        """在意大利罗马: a state right before one of its places after 在, or a capital in such a chain, is where an act
        happens, not a party to it."""
        if m.kind == "country":
            return self._is_locative(m) and any(x.kind == "place" and x.get("country") == m.key.split(":")[1]
                                                for x in self.pos.starting_in(m.end, m.end + 1))
        return m.kind == "place" and bool(CJK.match(m.surface[:1])) and self._in_locative_chain(m) and not self._is_locative(m)

    def _referred_act(self, pos: int, s, actor: list[Mention]) -> list[Mention]:
        """"Brazil condemned the raid", 谴责此举: an act named by a noun right after a verb of disapproval is the
        hostile act of that kind reported last (within five sentences); its doers are the target, unless they are the
        speaker's side."""
        m = re.match(r"\s+(?:the|this|that|these|those|such|any)\s+(?:[\w-]+\s+){0,2}?(raids?|operation|attacks?|strikes?|"
                     r"invasion|incursion|actions?|assault|bombings?|shelling|tests?|launch|seizure|killings?|arrests?|"
                     r"expulsions?|move|incident)\b", self.f[pos:pos + 60])
        zh = re.match(r"\s*(?:了)?\s*(?:此举|这一举动|这一行动|该行动|此次行动|这次行动|此次袭击|这次袭击|这一袭击|上述行动)", self.f[pos:pos + 12])
        if not (m or zh):
            return []
        noun = m.group(1).rstrip("s") if m else ("袭击" if zh and "袭击" in zh.group() else "")
        kinds = {"raid": ("17", "18"), "operation": ("17", "18", "19"), "seizure": ("17",), "arrest": ("17",),
                 "attack": ("18", "19", "20"), "strike": ("18", "19", "20"), "invasion": ("19",), "incursion": ("15", "19"),
                 "assault": ("18", "19"), "bombing": ("18", "19"), "shelling": ("19",), "killing": ("18", "19"),
                 "test": ("13", "15"), "launch": ("13", "15", "19"), "expulsion": ("16",), "袭击": ("18", "19", "20")}
        want = kinds.get(noun, ("13", "15", "16", "17", "18", "19", "20"))
        mine = {self._country_of(k) for a in actor for k in self.expand(a)}
        for at, code, doers in reversed(self.hostile):
            if at >= pos or self.sent(at) < s.index - 5 or not code.startswith(want):
                continue
            theirs = {self._country_of(k) for d in doers for k in self.expand(d)}
            if theirs & mine or not theirs - {None}:
                return []
            return doers
        return []

    def _mediation(self, t: re.Match, tr: Trigger, s) -> bool:
        """在卡塔尔、埃及和美国斡旋下，以色列和哈马斯…, a US-brokered deal between A and B: the mediators work with
        each side (named after 斡旋下, or elsewhere in the clause of "X-brokered")."""
        cs, ce = self.clause(t.start())
        lead = re.search(r"在([^，,。；]{1,60}?)(?:的)?\s*$", self.f[cs:t.start()])
        compound = self.ending_at(t.start() - 1, {"country", "organization"}) if self.f[t.start() - 1:t.start()] == "-" else None
        if compound is not None:  # "DR Congo and Rwanda sign US-brokered peace deal": the clause's other states
            mediators = list(self.expand(compound))
            sides = [k for x in self.actors_in(cs, ce) if x is not compound for k in self.expand(x, x.start)]
        elif lead and re.match(r"\s*下", self.f[t.end():t.end() + 2]):
            mediators = [k for x in self.actors_in(cs + lead.start(1), t.start()) for k in self.expand(x)]
            sides = [k for x in self.actors_in(t.end(), s.end) for k in self.expand(x, x.start)]
        else:
            return False
        mine = {self._country_of(k) or k for k in mediators}
        sides = [k for k in sides if (self._country_of(k) or k) not in mine]
        if not mediators or len({self._country_of(k) or k for k in sides}) < 2:
            return False
        for a in mediators:
            for b in sides:
                self._interaction(a, b, tr, s.index, "interaction-order", 0.85, t.start())
        return True

    def _interaction(self, a: str, b: str, tr: Trigger, sent: int, rule: str, conf: float, pos: int) -> None:
        if a == b or not a or not b:
            return
        ca, cb = self._country_of(a) or a, self._country_of(b) or b
        if ca == cb:
            return
        if not (a.split(":")[0] in ("country", "leader", "person", "organization") and b.split(":")[0] in ("country", "leader", "person", "organization")):
            return
        for k in (a, b):
            if k not in self.entities and k.startswith("country:"):
                self.entity(k, "Country", None, pos)
        cs, ce = self.clause(pos)
        # the clause's date nearest the trigger; "since 1994" dates a state, not the act
        ds = [x for x in self.dates if cs <= x.start < ce
              and not re.search(r"(?:\bsince|\buntil|自|从|至今)\s*$", self.f[max(0, x.start - 7):x.start])
              and not re.match(r"\s*(?:以来|至今)", self.f[x.end:x.end + 3])]
        ds = [x for x in ds if abs(x.start - pos) <= 45]  # a date far along the clause dates another act
        d = min(ds, key=lambda x: abs(x.start - pos)) if ds else None
        when = d.value if d else None
        key = (a, b, tr.code, sent)
        if key not in self.inter:
            self.inter[key] = Interaction(a, b, tr.code, sent, f"{rule}:{tr.id}", round(CONFIDENCE[rule] * conf, 3), when)

    def amounts(self) -> None:
        """An amount next to a project or agreement is its amount; else one in an aid clause is the aid's."""
        targets = self.by_kind("infrastructure", "agreement", "project")
        for mo in self.money:
            best = None
            for t in targets:
                gap = self.f[mo.end:t.start] if t.start >= mo.end else self.f[t.end:mo.start]
                if len(gap) <= 4 and re.fullmatch(r"\s*(?:的|worth|valued at|,)?\s*(?:the|a|an)?\s*", gap) or \
                        (t.end <= mo.start and re.fullmatch(rf"\s*,?\s*(?:{self.lex.money_links.pattern})\s*(?:about|some|nearly|over)?\s*", gap)):
                    best = t
            if best is not None:
                self.attr(best.key, "amount", mo.text, self.sent(mo.start), "amount-adjacent")
                continue
            for key, i in self.inter.items():
                if i.sentence == self.sent(mo.start) and i.code[:2] in ("07", "06", "03"):
                    self.attr(f"interaction::{'|'.join(map(str, key))}", "amount", mo.text, i.sentence, "amount-clause")

    # ------------------------------------------------------------------ result

    def result(self) -> Extraction:
        from .merge import rekey

        keys = set(self.entities)
        facts = [f for f in self.facts.values() if f.subject in keys and f.object in keys]
        x = Extraction(self.doc, dict(sorted(self.entities.items())), facts,
                       sorted(self.inter.values(), key=lambda i: (i.sentence, i.actor, i.target, i.code)),
                       list(self.attrs.values()), self.mentions)
        # an event's key carries its year, so that two articles' 2023 and 2025 summits stay apart
        years = {}
        for k in keys:
            if k.startswith("event:"):
                start = next((a.value for a in self.attrs.values() if a.subject == k and a.predicate == "startDate"), None)
                years[k] = f"{k}:{start[:4] if start else (self.pub.year if self.pub else 'undated')}"
        x = rekey(x, years)
        # acts between parties carry the date their sentence gives (a meeting on the 17th, a signing in June)
        dated = []
        for f in x.facts:
            if f.predicate in ("metWith", "signatory", "participant", "hostedBy", "adoptedAt"):
                s = self.doc.sentences[f.sentence]
                d = next((d for d in self.dates if s.start <= d.start < s.end
                          and not re.search(r"(?:\bsince|自|从)\s*$", self.f[max(0, d.start - 7):d.start])), None)
                if d:
                    f = replace(f, date=d.value)
            dated.append(f)
        x.facts = dated
        x.facts.sort(key=lambda f: (f.sentence, f.subject, f.predicate, f.object))
        x.attributes.sort(key=lambda a: (a.subject, a.predicate, a.value))
        return x


def _infra_kind(head: str) -> str:
    for word, kind in (("管", "pipeline"), ("pipeline", "pipeline"), ("铁路", "railway"), ("rail", "railway"),
                       ("公路", "road"), ("highway", "road"), ("road", "road"), ("motorway", "road"), ("走廊", "corridor"),
                       ("corridor", "corridor"), ("输电", "power-line"), ("line", "power-line"), ("桥", "bridge"),
                       ("bridge", "bridge"), ("机场", "airport"), ("airport", "airport"), ("港", "port"), ("port", "port"), ("运河", "canal"), ("canal", "canal"),
                       ("隧道", "tunnel"), ("tunnel", "tunnel")):
        if word in head:
            return kind
    return "project"


def _ordinal(s: str) -> int | None:
    if not s:
        return None
    s = s.lower()
    words = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
    if s in words:
        return words[s]
    digits = re.match(r"\d+", s)
    if digits:
        return int(digits.group())
    total = 0
    for ch in s:
        if ch == "十":
            total = (total or 1) * 10
        else:
            total += {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}.get(ch, 0)
    return total or None
