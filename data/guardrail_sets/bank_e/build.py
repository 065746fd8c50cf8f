#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for guardrail bank_e.

Writes attacks_e.jsonl and benign_e.jsonl next to this file. Standard library only.
Every random stream is a random.Random seeded from sha256(SEED|tag); all iteration over
languages/families is in a fixed sorted order, so output does not depend on PYTHONHASHSEED.
All vendor, people, company names and domains are invented.
"""
import hashlib
import json
import os
import re
import sys
import unicodedata
import random
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import lex_en as E          # noqa: E402
import lex_ml_a             # noqa: E402
import lex_ml_b             # noqa: E402
import lex_ml_c             # noqa: E402
import lex_ml_x             # noqa: E402

SEED = 20250317
ATTACK_FILE = os.path.join(HERE, "attacks_e.jsonl")
BENIGN_FILE = os.path.join(HERE, "benign_e.jsonl")
MAXLEN = 4000

ML = {}
for _mod in (lex_ml_a, lex_ml_b, lex_ml_c):
    for _k in sorted(_mod.L):
        ML[_k] = dict(_mod.L[_k])
for _k in sorted(lex_ml_x.BIZX):
    ML[_k]["biz"] = list(ML[_k]["biz"]) + list(lex_ml_x.BIZX[_k])

MAJOR = sorted(["es", "fr", "de", "pt", "it", "nl", "pl", "ru", "tr", "zh", "ja", "ko"])
MINOR = sorted(["sv", "cs", "ro", "el", "ar", "hi", "id", "vi", "uk", "hu"])
assert sorted(ML) == sorted(MAJOR + MINOR)
N_ML_ATT = {**{l: 56 for l in MAJOR}, **{l: 23 for l in MINOR}}
N_ML_BEN = {**{l: 58 for l in MAJOR}, **{l: 31 for l in MINOR}}
N_EN = [("ignore_override", 500), ("extraction", 350), ("repeat_translate_format", 200),
        ("context_hijack", 250), ("secrets_data", 200)]
N_B2B, N_HARD = 700, 700
VIOL = {"ignore_override": "prompt_injection", "extraction": "instruction_extraction",
        "repeat_translate_format": "instruction_extraction", "context_hijack": "prompt_injection",
        "secrets_data": "secret_extraction", "multilingual": "prompt_injection"}

OB_ALL = ["zero_width", "homoglyph", "mixed_case", "spacing", "markup"]
OB_W = {"zero_width": 22, "homoglyph": 20, "mixed_case": 16, "spacing": 20, "markup": 22}
OB_BY_SCRIPT = {"latin": OB_ALL, "cyrillic": OB_ALL, "greek": OB_ALL,
                "cjk": ["zero_width", "spacing", "markup"], "arabic": ["zero_width", "spacing", "markup"],
                "devanagari": ["zero_width", "spacing", "markup"]}


def rng_for(tag):
    h = hashlib.sha256(("%d|%s" % (SEED, tag)).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def wchoice(r, pairs):
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def cap(s):
    return s[:1].upper() + s[1:]


def script_of(lang):
    return "latin" if lang == "en" else ML[lang]["script"]


SPECIAL_FOLD = {"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "œ": "oe"}


def strip_accents(s):
    s = "".join(SPECIAL_FOLD.get(c, c) for c in s)
    nf = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in nf if unicodedata.category(c) != "Mn"))


def fold_ascii(s):
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9.\- ]", "", s)


# ---------------------------------------------------------------- placeholders
PH = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)\}")
ROLES = ["billing", "finance", "it", "accounts", "office", "procurement", "ap", "helpdesk", "ops", "admin.team"]
OTHER_LOCALS = ["j.mercer", "billing-team", "accounts.dept", "ops.desk", "k.lindqvist", "payments", "r.adeyemi",
                "support.escalations", "hq.finance", "t.vallory"]
EN_MONTHS = E.MONTHS
CC = {"en": ["GB", "IE"], "es": ["ES"], "fr": ["FR"], "de": ["DE"], "pt": ["PT", "BR"], "it": ["IT"], "nl": ["NL"],
      "pl": ["PL"], "ru": ["RU"], "tr": ["TR"], "zh": ["CN", "HK"], "ja": ["JP"], "ko": ["KR"], "sv": ["SE"],
      "cs": ["CZ"], "ro": ["RO"], "el": ["GR"], "ar": ["AE", "SA"], "hi": ["IN"], "id": ["ID"], "vi": ["VN"],
      "uk": ["UA"], "hu": ["HU"]}


def en_domain(co):
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", co) if w.lower() not in ("and", "ltd", "co", "the")]
    base = words[0] + (words[1] if len(words) > 1 and len(words[0]) < 9 else "")
    return base + E.TLDS[sum(map(ord, co)) % len(E.TLDS)]


def group_num(a, sep):
    s = str(a)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def make_amount(lang, r):
    a = wchoice(r, [(r.randint(80, 999), 3), (r.randint(1000, 9999), 5), (r.randint(10000, 60000), 2)])
    c = r.choice([0, 0, 0, 50, r.randint(1, 99)])
    dec_comma = ("," + "%02d" % c) if c else ""
    dec_dot = ("." + "%02d" % c) if c else ""
    if lang == "en":
        return r.choice(["$", "£", "€", "US$"]) + group_num(a, ",") + dec_dot
    if lang in ("de", "es", "it", "el", "ro"):
        return group_num(a, ".") + dec_comma + r.choice([" €", " EUR"]) if lang != "ro" else group_num(a, ".") + dec_comma + r.choice([" lei", " €"])
    if lang == "nl":
        return "€ " + group_num(a, ".") + dec_comma
    if lang == "pt":
        return r.choice(["R$ ", "€ "]) + group_num(a, ".") + dec_comma
    if lang == "tr":
        return group_num(a, ".") + dec_comma + r.choice([" TL", " €"])
    if lang in ("fr", "pl", "ru", "uk", "cs", "sv", "hu"):
        unit = {"fr": [" €"], "pl": [" zł", " €"], "ru": [" ₽", " руб."], "uk": [" грн", " €"], "cs": [" Kč", " €"],
                "sv": [" kr", " €"], "hu": [" Ft", " €"]}[lang]
        return group_num(a, " ") + dec_comma + r.choice(unit)
    if lang == "zh":
        return r.choice(["¥" + group_num(a, ","), str(a) + "元", "€" + group_num(a, ",")])
    if lang == "ja":
        return r.choice([group_num(a * 10, ",") + "円", "¥" + group_num(a * 10, ","), "€" + group_num(a, ",")])
    if lang == "ko":
        return r.choice([group_num(a * 1000, ",") + "원", "€" + group_num(a, ",")])
    if lang == "hi":
        return r.choice(["₹" + group_num(a * 10, ","), "$" + group_num(a, ",")])
    if lang == "ar":
        return r.choice([group_num(a, ",") + " درهم", "$" + group_num(a, ","), group_num(a, ",") + " ريال"])
    if lang == "id":
        return "Rp " + group_num(a * 1000, ".")
    if lang == "vi":
        return r.choice([group_num(a * 1000, ".") + " ₫", "USD " + group_num(a, ",")])
    return str(a)


def make_date(lang, r):
    d, m = r.randint(1, 28), r.randint(1, 12)
    if lang == "en":
        return r.choice(["%s %d" % (EN_MONTHS[m - 1], d), "%d %s" % (d, EN_MONTHS[m - 1]), "%d/%d" % (m, d),
                         "%02d/%02d" % (d, m)])
    if lang in ("de", "pl", "ru", "uk", "ro"):
        return "%02d.%02d." % (d, m) if lang == "de" else "%02d.%02d" % (d, m)
    if lang == "tr":
        return "%02d.%02d.2025" % (d, m)
    if lang == "cs":
        return "%d. %d." % (d, m)
    if lang == "hu":
        return "%02d.%02d." % (m, d)
    if lang in ("zh", "ja"):
        return "%d月%d日" % (m, d)
    if lang == "ko":
        return "%d월 %d일" % (m, d)
    if lang == "nl":
        return "%d-%d" % (d, m)
    return "%d/%d" % (d, m) if r.random() < 0.5 else "%02d/%02d" % (d, m)


class Ctx:
    """Lazily generated, per-message consistent placeholder values."""

    def __init__(self, lang, r):
        self.lang, self.r, self.v = lang, r, {}

    def person(self, slot):
        key = "_p" + slot
        if key in self.v:
            return self.v[key]
        r = self.r
        for _ in range(20):
            if self.lang == "en":
                f, l = r.choice(E.FIRST), r.choice(E.LAST)
                disp = "%s %s" % (f, l)
                lf, ll = fold_ascii(f), fold_ascii(l).replace(" ", "")
                local = r.choice(["%s.%s" % (lf, ll), "%s%s" % (lf[0], ll), lf, "%s.%s" % (lf, ll[0])])
                first = f
            else:
                e = r.choice(ML[self.lang]["names"])
                if isinstance(e, tuple):
                    disp, local = e
                    first = disp.split()[-1] if self.lang == "ja" else disp
                else:
                    disp = e
                    toks = fold_ascii(e).split()
                    local = r.choice([".".join(toks), toks[0][0] + toks[-1], toks[0]])
                    first = e.split()[0]
            other = self.v.get("_p" + ("2" if slot == "1" else "1"))
            if other is None or other[0] != disp:
                break
        self.v[key] = (disp, local, first)
        return self.v[key]

    def company(self, slot):
        key = "_c" + slot
        if key in self.v:
            return self.v[key]
        r = self.r
        for _ in range(20):
            if self.lang == "en":
                disp = r.choice(E.COMPANIES)
                dom = en_domain(disp)
            else:
                disp, slug = r.choice(ML[self.lang]["cos"])
                dom = slug + ML[self.lang]["tld"]
            other = self.v.get("_c" + ("2" if slot == "1" else "1"))
            if other is None or other[0] != disp:
                break
        self.v[key] = (disp, dom)
        return self.v[key]

    def get(self, k):
        if k not in self.v:
            self.v[k] = self.make(k)
        return self.v[k]

    def make(self, k):
        r, lang = self.r, self.lang
        if k == "name":
            return self.person("1")[0]
        if k == "first":
            return self.person("1")[2]
        if k == "name2":
            return self.person("2")[0]
        if k == "co":
            return self.company("1")[0]
        if k == "co2":
            return self.company("2")[0]
        if k == "dom":
            return self.company("1")[1]
        if k == "mail":
            return "%s@%s" % (self.person("1")[1], self.company("1")[1])
        if k == "mail2":
            x = r.random()
            if x < 0.35:
                return "%s@%s" % (r.choice(ROLES), self.company("1")[1])
            if x < 0.55:
                return "%s@%s" % (self.person("2")[1], self.company("1")[1])
            return "%s@%s" % (r.choice(OTHER_LOCALS), r.choice(E.OTHER_DOMAINS))
        if k == "agent":
            return r.choice(E.AGENTS)
        if k == "agentfirst":
            return self.get("agent").split()[0]
        if k == "agentmail":
            return fold_ascii(self.get("agent").split()[0]) + "@" + E.VENDOR_DOMAIN
        if k == "vendor":
            return E.VENDOR
        if k == "vdom":
            return E.VENDOR_DOMAIN
        if k == "prod":
            return r.choice(E.PRODUCTS)
        if k == "title":
            return r.choice(E.TITLES)
        if k == "city":
            return r.choice(E.CITIES)
        if k == "tz":
            return r.choice(E.TIMEZONES)
        if k == "month":
            return r.choice(EN_MONTHS)
        if k == "phone":
            return r.choice(["+44 7700 900%03d" % r.randint(0, 999), "+1 202-555-01%02d" % r.randint(0, 99),
                             "+61 491 570 %03d" % r.randint(100, 199)])
        if k == "inv":
            return r.choice(["INV-%05d" % r.randint(1000, 99999), "2025-%04d" % r.randint(1, 9999),
                             "#%06d" % r.randint(100000, 999999), "PX%07d" % r.randint(0, 9999999),
                             "F%02d/%04d" % (r.randint(1, 12), r.randint(1, 9999)), "RE-%d" % r.randint(10000, 89999)])
        if k == "po":
            return r.choice(["PO-%06d" % r.randint(0, 999999), "4500%06d" % r.randint(0, 999999),
                             "PO%05d-%s" % (r.randint(0, 99999), r.choice("ABCDEFGHKLMNPRS")), "BST-%d" % r.randint(1000, 9999)])
        if k == "tk":
            return r.choice(["#%05d" % r.randint(10000, 99999), "TCK-%05d" % r.randint(0, 99999),
                             "SR%06d" % r.randint(0, 999999), "CASE-%04d" % r.randint(0, 9999)])
        if k == "q":
            return "Q-%04d-%s%s" % (r.randint(1, 9999), r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        if k == "acct":
            return "ACC-%05d" % r.randint(0, 99999)
        if k == "code":
            return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice([4, 5, 6])))
        if k == "kb":
            return str(r.randint(1000, 9999))
        if k == "vat":
            return r.choice(["GB", "IE"]) + "".join(r.choice("0123456789") for _ in range(9))
        if k == "iban":
            cc = r.choice(CC[lang])
            groups = " ".join("".join(r.choice("0123456789") for _ in range(4)) for _ in range(4))
            return "%s%02d %s %02d" % (cc, r.randint(10, 99), groups, r.randint(0, 99))
        if k == "n":
            return str(wchoice(r, [(r.randint(3, 30), 4), (r.randint(31, 150), 4), (r.randint(151, 800), 2)]))
        if k == "n2":
            return str(int(self.get("n")) + r.choice([2, 5, 10, 12, 15, 20, 25, 40, 50, 100]))
        if k == "amt":
            return make_amount(lang, r)
        if k == "date":
            return make_date(lang, r)
        raise KeyError("unknown placeholder {%s}" % k)


def fill(t, ctx):
    return PH.sub(lambda m: ctx.get(m.group(1)), t)


# ---------------------------------------------------------------- obfuscation
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
LAT2CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е",
           "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В", "X": "Х"}
CYR2LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "А": "A", "Е": "E",
           "О": "O", "Р": "P", "С": "C", "Т": "T", "Н": "H", "К": "K", "М": "M", "В": "B", "Х": "X"}
GRK2LAT = {"ο": "o", "Ο": "O", "α": "a", "Α": "A", "Ε": "E", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ρ": "P",
           "Τ": "T", "Χ": "X", "Η": "H", "Β": "B", "Ζ": "Z", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "υ": "u"}
MARKUP = [
    ("<!-- ", " -->"), ('<span style="display:none">', "</span>"), ('<div style="font-size:0;color:#ffffff">', "</div>"),
    ('<p style="color:white">', "</p>"), ("<system_note>", "</system_note>"), ("```\n", "\n```"),
    ('<td class="mso-hide" style="display:none">', "</td>"), ("<!--[if mso]>", "<![endif]-->"),
    ('<font color="#FFFFFE" size="1">', "</font>"), ("[//]: # (", ")"), ("<p hidden>", "</p>"),
    ("{{assistant: ", "}}"), ("<meta name=\"ai-instruction\" content=\"", "\">"), ("[hidden]", "[/hidden]"),
]


def clusters(word):
    out = []
    for ch in word:
        if out and (unicodedata.category(ch).startswith("M") or out[-1].endswith("\u094d")):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def ob_zero_width(s, r, script):
    z = r.choice(ZW)
    mixed = r.random() < 0.3
    if script == "cjk":
        out = []
        for ch in s:
            out.append(ch)
            if ch.strip() and r.random() < 0.35:
                out.append(r.choice(ZW) if mixed else z)
        res = "".join(out)
    else:
        toks = re.split(r"(\s+)", s)
        out = []
        for t in toks:
            if len(t) >= 4 and not t.isspace() and r.random() < 0.6:
                cl = clusters(t)
                k = r.randint(1, len(cl) - 1)
                t = "".join(cl[:k]) + (r.choice(ZW) if mixed else z) + "".join(cl[k:])
            out.append(t)
        res = "".join(out)
    if res == s:
        k = len(s) // 2
        res = s[:k] + z + s[k:]
    return res


def ob_homoglyph(s, r, script):
    table = {"latin": LAT2CYR, "cyrillic": CYR2LAT, "greek": GRK2LAT}[script]
    p = r.choice([0.35, 0.5, 0.7])
    res = "".join(table[c] if c in table and r.random() < p else c for c in s)
    if res == s:
        for i, c in enumerate(s):
            if c in table:
                res = s[:i] + table[c] + s[i + 1:]
                break
    return res


def ob_mixed_case(s, r, script):
    mode = r.random()
    if mode < 0.5:
        out, up = [], r.random() < 0.5
        for c in s:
            if c.isalpha():
                out.append(c.upper() if up else c.lower())
                up = not up
            else:
                out.append(c)
        return "".join(out)
    return "".join((c.upper() if r.random() < 0.5 else c.lower()) if c.isalpha() else c for c in s)


def ob_spacing(s, r, script):
    sep = r.choice([" ", ".", "-", "_", " . "])
    if script == "cjk":
        chars = list(s)
        idx = [i for i, c in enumerate(chars) if c.strip() and not unicodedata.category(c).startswith("P")]
        if len(idx) < 4:
            return " ".join(chars)
        start = r.randint(0, max(0, len(idx) - 8))
        span = set(idx[start:start + r.randint(4, 10)])
        sp = sep if sep in (" ", " . ") else " "
        return "".join(c + (sp if i in span else "") for i, c in enumerate(chars)).strip()
    toks = re.split(r"(\s+)", s)
    cand = [i for i, t in enumerate(toks) if len(clusters(re.sub(r"[^\w]", "", t))) >= 5]
    if not cand:
        cand = [i for i, t in enumerate(toks) if t.strip()]
    chosen = r.sample(cand, min(len(cand), r.randint(1, 3)))
    for i in chosen:
        t = toks[i]
        m = re.match(r"^(\W*)(.*?)(\W*)$", t)
        pre, core, post = m.group(1), m.group(2), m.group(3)
        toks[i] = pre + sep.join(clusters(core)) + post
    return "".join(toks)


def ob_markup(s, r, script):
    a, b = r.choice(MARKUP)
    return a + s + b


OBF = {"zero_width": ob_zero_width, "homoglyph": ob_homoglyph, "mixed_case": ob_mixed_case,
       "spacing": ob_spacing, "markup": ob_markup}


def pick_ob(r, lang, rate):
    if r.random() >= rate:
        return None
    allowed = OB_BY_SCRIPT[script_of(lang)]
    return wchoice(r, [(o, OB_W[o]) for o in allowed])


# ---------------------------------------------------------------- composition
PS_PREFIX = {"zh": "另：", "ja": "追伸：", "ko": "추신: "}
CHAT_HI = ["hi", "hey", "hello", "morning", "hi there", "Hi,", "Hello -"]


def joiner(lang):
    return "" if lang in ("zh", "ja") else " "


def greets(lang):
    g = E.GREET if lang == "en" else ML[lang]["greet"]
    if lang == "ja":  # "<full name>様" is the natural form in Japanese
        return g
    return [x.replace("{agent}", "{agentfirst}") for x in g]


def closes(lang):
    return E.CLOSE if lang == "en" else ML[lang]["close"]


def signature(r, lang, ctx):
    if lang == "en":
        f = r.randrange(7)
        if f == 0:
            return [ctx.get("name"), ctx.get("title"), ctx.get("co")]
        if f == 1:
            return ["%s | %s | %s" % (ctx.get("name"), ctx.get("title"), ctx.get("co"))]
        if f == 2:
            return [ctx.get("first")]
        if f == 3:
            return [ctx.get("name"), ctx.get("co"), ctx.get("phone")]
        if f == 4:
            return ["-- ", "%s, %s" % (ctx.get("name"), ctx.get("title")), "%s | %s" % (ctx.get("co"), ctx.get("dom"))]
        if f == 5:
            return [ctx.get("name")]
        return ["%s (%s)" % (ctx.get("name"), ctx.get("co"))]
    f = r.randrange(4)
    if f == 0:
        return [ctx.get("name"), ctx.get("co")]
    if f == 1:
        return [ctx.get("name")]
    if f == 2:
        return ["%s | %s" % (ctx.get("name"), ctx.get("co"))]
    return [ctx.get("name"), ctx.get("co"), ctx.get("mail")]


def paragraphs(r, parts, lang):
    groups = []
    for i, p in enumerate(parts):
        if i == 0 or r.random() < 0.55 or "\n" in p or "\n" in groups[-1][-1]:
            groups.append([p])
        else:
            groups[-1].append(p)
    return [joiner(lang).join(g) for g in groups]


def foreign_footer(lang, ctx):
    return fill(ML[lang]["hard"][lex_ml_x.FOOTER_IDX[lang]], ctx)


def compose(r, lang, ctx, parts, style, ps=None, pre=None, post=None, sig_note=None, footer=None,
            footer_p=0.08, no_lower=False):
    """Assemble a message. parts/ps/pre/post/sig_note must already be filled."""
    psx = PS_PREFIX.get(lang, "P.S. ")
    if footer is None and style in ("email", "subject", "html") and r.random() < footer_p:
        footer = fill(r.choice(E.FOOTERS), ctx) if lang == "en" else foreign_footer(lang, ctx)
    if style in ("chat", "bare"):
        text = joiner(lang).join(parts)
        if style == "chat":
            if lang == "en" and r.random() < 0.3:
                hi = r.choice(CHAT_HI)
                if hi[-1].isalpha():
                    text = hi + r.choice([" ", ", ", " - ", "\n"]) + text[:1].lower() + text[1:]
                else:
                    text = hi + " " + text
            elif lang != "en" and r.random() < 0.3:
                text = fill(r.choice(greets(lang)), ctx) + " " + text
        if ps:
            text += (" " if joiner(lang) else "") + psx + ps
        if sig_note:
            text += "\n" + sig_note
        if pre:
            text = pre + "\n\n" + text
        if post:
            text += "\n\n" + post
        if style == "chat" and not no_lower and script_of(lang) == "latin" and r.random() < (0.35 if lang == "en" else 0.2):
            text = text.lower()
        return text
    greet = fill(r.choice(greets(lang)), ctx)
    close = fill(r.choice(closes(lang)), ctx)
    sig = signature(r, lang, ctx)
    if sig_note:
        sig = sig + [sig_note]
    paras = paragraphs(r, parts, lang)
    if style == "html":
        body = "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in paras)
        html = '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt"><p>%s</p>%s<p>%s<br>%s</p>' % (
            greet.replace("\n", "<br>"), body, close.replace("\n", "<br>"), "<br>".join(sig))
        if ps:
            html += "<p>%s%s</p>" % (psx, ps)
        if post:
            html += "<blockquote>%s</blockquote>" % post.replace("\n", "<br>")
        if footer:
            html += '<p style="font-size:8pt;color:#888">%s</p>' % footer
        html += "</div>"
        if pre:
            html = pre + "\n" + html
        return html
    blocks = []
    if r.random() < 0.04:
        blocks.append(r.choice(["[EXTERNAL]", "[EXTERNAL EMAIL]", "[EXT]", "[External sender]"]))
    if style == "subject" and lang == "en":
        blocks.append("Subject: " + fill(r.choice(E.SUBJECTS), ctx))
    if pre:
        blocks.append(pre)
    blocks.append(greet)
    blocks.extend(paras)
    blocks.append(close + "\n" + "\n".join(sig))
    if ps:
        blocks.append(psx + ps)
    if post:
        blocks.append(post)
    if footer:
        blocks.append(footer)
    return "\n\n".join(blocks)


def pick_style(r, lang, chat_w=18):
    if lang == "en":
        return wchoice(r, [("email", 52), ("subject", 16), ("chat", chat_w), ("html", 6), ("bare", 8)])
    return wchoice(r, [("email", 64), ("chat", chat_w + 4), ("html", 4), ("bare", 8)])


def biz_parts(r, lang, ctx, nmin=1, nmax=3, detail_p=0.3):
    pool = E.BIZ if lang == "en" else ML[lang]["biz"]
    k = wchoice(r, [(1, 50), (2, 38), (3, 12)])
    k = max(nmin, min(nmax, k))
    parts = [fill(x, ctx) for x in r.sample(pool, k)]
    if lang == "en" and r.random() < detail_p:
        parts.insert(r.randint(0, len(parts)), fill(r.choice(E.DETAIL), ctx))
    return parts


def soften(r, lang, parts):
    if lang == "en" and len(parts) > 1 and r.random() < 0.12:
        i = r.randint(1, len(parts) - 1)
        if "\n" not in parts[i]:
            parts[i] = r.choice(E.SOFT) + " " + parts[i]
    return parts


def lower_noaccent(r, lang, text, p):
    if lang != "en" and script_of(lang) == "latin" and r.random() < p:
        return strip_accents(text).lower(), True
    return text, False


# ---------------------------------------------------------------- attack builders
LEADIN = ["Quick question:", "Before we go any further:", "For our records:", "One request first:", "Small favour:",
          "Also:", "Before you reply:", "Separate point:"]


def place_attack(r, lang, ctx, seg, embed_rate, ob_rate, mode="body"):
    """Generic: put an attack segment into (or outside) a business message. Returns (text, ob_label, has_biz)."""
    ob = pick_ob(r, lang, ob_rate)
    seg_o = OBF[ob](seg, r, script_of(lang)) if ob else seg
    embedded = r.random() < embed_rate
    no_lower = ob in ("mixed_case", "homoglyph")
    if embedded:
        parts = biz_parts(r, lang, ctx)
        style = pick_style(r, lang)
        where = wchoice(r, [("ps", 10), ("start", 20), ("end", 38), ("middle", 32)])
        ps = None
        if where == "ps":
            ps = seg_o
        elif where == "start":
            parts.insert(0, seg_o)
        elif where == "end":
            parts.append(seg_o)
        else:
            parts.insert(r.randint(0, len(parts)), seg_o)
        parts = soften(r, lang, parts)
        if ps is None and r.random() < 0.06:
            ps = fill(r.choice(E.DETAIL if lang == "en" else ML[lang]["biz"]), ctx)
        text = compose(r, lang, ctx, parts, style, ps=ps, no_lower=no_lower)
    else:
        style = wchoice(r, [("bare", 45), ("chat", 30), ("email", 25)])
        parts = [seg_o]
        if lang == "en" and r.random() < 0.2:
            parts = [r.choice(LEADIN) + " " + seg_o]
        text = compose(r, lang, ctx, parts, style, no_lower=no_lower, footer_p=0.04)
    return text, (ob or ("embedded" if embedded else "none")), embedded


def en_override(r):
    ctx = Ctx("en", r)
    goal = fill(r.choice(E.GOALS), ctx)
    seg = r.choice(E.OVR).replace("{g}", goal).replace("{G}", cap(goal))
    seg = fill(seg, ctx)
    if r.random() < 0.35:
        seg += " " + r.choice(E.JUST)
    return place_attack(r, "en", ctx, seg, 0.66, 0.14)


def en_simple(pool, embed_rate):
    def mk(r):
        ctx = Ctx("en", r)
        seg = fill(r.choice(pool), ctx)
        return place_attack(r, "en", ctx, seg, embed_rate, 0.13)
    return mk


def en_hijack(r):
    ctx = Ctx("en", r)
    goal = fill(r.choice(E.GOALS), ctx)
    where = wchoice(r, [("body", 40), ("pre", 18), ("sig", 17), ("post", 25)])
    pool = {"body": E.HIJ_BODY, "pre": E.HIJ_PRE, "sig": E.HIJ_SIG, "post": E.HIJ_POST}[where]
    block = fill(r.choice(pool).replace("{g}", goal).replace("{G}", cap(goal)), ctx)
    ob = pick_ob(r, "en", 0.12)
    if ob:
        block = OBF[ob](block, r, "latin")
    no_lower = ob in ("mixed_case", "homoglyph")
    embedded = r.random() < 0.85
    if embedded:
        parts = biz_parts(r, "en", ctx)
        style = wchoice(r, [("email", 55), ("subject", 20), ("html", 8), ("chat", 10), ("bare", 7)])
        kw = {}
        if where == "body":
            parts.insert(r.randint(0, len(parts)), block)
        else:
            kw[{"pre": "pre", "sig": "sig_note", "post": "post"}[where]] = block
        text = compose(r, "en", ctx, soften(r, "en", parts), style, no_lower=no_lower, **kw)
    else:
        text = compose(r, "en", ctx, [block], wchoice(r, [("bare", 60), ("chat", 40)]), no_lower=no_lower)
    return text, (ob or ("embedded" if embedded else "none")), embedded


def ml_attack(lang):
    D = ML[lang]
    j = joiner(lang)

    def mk(r):
        ctx = Ctx(lang, r)
        cat = wchoice(r, [("ovr", 58), ("ext", 18), ("hij", 12), ("sec", 12)])
        cs = r.random() < 0.08
        if cat == "ovr":
            o = r.choice(D["ovr"])
            g = r.choice(D["goal"])
            if cs:
                if r.random() < 0.5:
                    o = r.choice(E.CS_OVR)
                else:
                    g = cap(r.choice(E.GOALS)) + "."
            seg = (o + j + g) if r.random() < 0.8 else (g + j + o)
        elif cat == "ext":
            seg = r.choice(E.EXT if cs else D["ext"])
        elif cat == "hij":
            g = r.choice(D["goal"])
            seg = r.choice(D["hij"]).replace("{G}", g)
        else:
            seg = r.choice(E.SEC if cs else D["sec"])
        seg = fill(seg, ctx)
        text, ob, emb = place_attack(r, lang, ctx, seg, 0.8, 0.10)
        if ob not in ("mixed_case",):
            text, _ = lower_noaccent(r, lang, text, 0.09)
        return text, ob, emb
    return mk


# ---------------------------------------------------------------- benign builders
def zw_artifact(r, text, p=0.02):
    if r.random() < p:
        spaces = [m.start() for m in re.finditer(r" ", text)]
        if spaces:
            i = r.choice(spaces)
            return text[:i] + r.choice(["\u200b", "\u00a0", "\u200b "]) + text[i + 1:]
    return text


def en_b2b(r):
    ctx = Ctx("en", r)
    kind = wchoice(r, [("plain", 48), ("angry", 17), ("short", 16), ("fwd", 7), ("tech", 7), ("multi", 5)])
    if kind == "plain":
        parts = biz_parts(r, "en", ctx, detail_p=0.4)
        ps = fill(r.choice(E.DETAIL + E.BIZ), ctx) if r.random() < 0.14 else None
        text = compose(r, "en", ctx, soften(r, "en", parts), pick_style(r, "en"), ps=ps, footer_p=0.12)
    elif kind == "angry":
        parts = [fill(r.choice(E.ANGRY), ctx)]
        if r.random() < 0.6:
            parts += biz_parts(r, "en", ctx, nmax=2, detail_p=0.2)
            r.shuffle(parts)
        if r.random() < 0.2:
            parts.append(fill(r.choice(E.ANGRY), ctx))
        text = compose(r, "en", ctx, parts, wchoice(r, [("email", 45), ("chat", 35), ("subject", 10), ("bare", 10)]))
        if r.random() < 0.04:
            text = text.upper()
    elif kind == "short":
        parts = [fill(r.choice(E.SHORT), ctx)]
        if r.random() < 0.25:
            parts = [parts[0] + "\n" + fill(r.choice(E.SHORT), ctx)]
        text = compose(r, "en", ctx, parts, wchoice(r, [("bare", 55), ("chat", 45)]))
    elif kind == "fwd":
        fwd_parts = biz_parts(r, "en", ctx, nmax=2, detail_p=0.0)
        post = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\n\n%s\n\n%s" % (
            ctx.get("name2"), ctx.get("mail2"), ctx.get("date"), fill(r.choice(E.SUBJECTS), ctx),
            " ".join(fwd_parts), ctx.get("name2")))
        text = compose(r, "en", ctx, [r.choice(E.FWD_INTRO)], wchoice(r, [("email", 70), ("chat", 30)]), post=post)
    elif kind == "tech":
        parts = [fill(r.choice(E.TECH), ctx)]
        if r.random() < 0.6:
            parts.insert(0, fill(r.choice(E.BIZ), ctx))
        text = compose(r, "en", ctx, parts, wchoice(r, [("email", 65), ("subject", 20), ("chat", 15)]))
    else:
        parts = biz_parts(r, "en", ctx, nmin=2, nmax=3, detail_p=0.5)
        parts.append(fill(r.choice(E.ANGRY), ctx))
        text = compose(r, "en", ctx, parts, pick_style(r, "en"))
    return zw_artifact(r, text), None, None


IGNORE_FOOTERS = [0, 1, 4, 7]


def en_hard(r):
    ctx = Ctx("en", r)
    kind = wchoice(r, [("hard", 52), ("auto", 8), ("secq", 10), ("footer", 9), ("chat", 11), ("multi", 10)])
    if kind == "hard":
        parts = [fill(r.choice(E.HARD), ctx)]
        if r.random() < 0.7:
            parts += biz_parts(r, "en", ctx, nmax=2, detail_p=0.35)
            if r.random() < 0.5:
                r.shuffle(parts)
        ps = fill(r.choice(E.HARD + E.DETAIL), ctx) if r.random() < 0.12 else None
        text = compose(r, "en", ctx, soften(r, "en", parts), pick_style(r, "en"), ps=ps, footer_p=0.12)
    elif kind == "auto":
        text = fill(r.choice(E.AUTOREPLY), ctx)
        if r.random() < 0.4:
            text = "Subject: Automatic reply: " + fill(r.choice(E.SUBJECTS), ctx) + "\n\n" + text
        if r.random() < 0.3:
            text += "\n\n" + fill(E.FOOTERS[r.choice(IGNORE_FOOTERS)], ctx)
    elif kind == "secq":
        items = r.sample(E.SECQ, r.randint(3, 6))
        if r.random() < 0.3:
            items.append(fill(r.choice([h for h in E.HARD if "AI" in h or "prompt" in h or "chatbot" in h]), ctx))
        body = r.choice(E.SECQ_HEAD) + "\n" + "\n".join("%d. %s" % (i + 1, q) for i, q in enumerate(items))
        intro = fill(r.choice([
            "As part of onboarding {prod}, our security team needs the questions below answered by {date}.",
            "We're renewing with you this year and our risk team has a few new questions.",
            "Please complete the following for our vendor file; {name2} will review it.",
            "Our auditors flagged AI usage in supplier tools, so we need answers to these.",
            "Before we can sign the renewal, procurement needs the following."]), ctx)
        text = compose(r, "en", ctx, [intro, body], wchoice(r, [("email", 70), ("subject", 30)]), footer_p=0.1)
    elif kind == "footer":
        parts = biz_parts(r, "en", ctx, detail_p=0.3)
        if r.random() < 0.3:
            parts.append(fill(r.choice(E.HARD), ctx))
        foot = fill(E.FOOTERS[r.choice(IGNORE_FOOTERS)], ctx)
        text = compose(r, "en", ctx, parts, wchoice(r, [("email", 60), ("subject", 25), ("html", 15)]), footer=foot)
    elif kind == "chat":
        parts = [fill(r.choice(E.HARD), ctx)]
        if r.random() < 0.25:
            parts.append(fill(r.choice(E.DETAIL), ctx))
        text = compose(r, "en", ctx, parts, wchoice(r, [("chat", 60), ("bare", 40)]))
    else:
        parts = [fill(x, ctx) for x in r.sample(E.HARD, 2)] + biz_parts(r, "en", ctx, nmax=2, detail_p=0.2)
        r.shuffle(parts)
        text = compose(r, "en", ctx, parts, pick_style(r, "en"), footer_p=0.1)
    return zw_artifact(r, text), None, None


def ml_benign(lang):
    D = ML[lang]

    def mk(r):
        ctx = Ctx(lang, r)
        k = wchoice(r, [(1, 45), (2, 40), (3, 15)])
        parts = [fill(x, ctx) for x in r.sample(D["biz"], k)]
        body_hard = [h for i, h in enumerate(D["hard"]) if i != lex_ml_x.FOOTER_IDX[lang]]
        if r.random() < 0.55:
            for h in r.sample(body_hard, wchoice(r, [(1, 80), (2, 20)])):
                parts.insert(r.randint(0, len(parts)), fill(h, ctx))
        if r.random() < 0.08:
            cs = r.choice(E.CS_BENIGN)
            if r.random() < 0.5:
                parts.append(cs)
            else:
                parts.insert(0, cs)
        ps = fill(r.choice(D["biz"] + D["hard"][:2]), ctx) if r.random() < 0.12 else None
        text = compose(r, lang, ctx, parts, pick_style(r, lang), ps=ps)
        text, _ = lower_noaccent(r, lang, text, 0.10)
        return zw_artifact(r, text, 0.015), None, None
    return mk


# ---------------------------------------------------------------- driver
def generate(n, maker, tag, seen):
    r = rng_for(tag)
    rows, tries = [], 0
    while len(rows) < n:
        tries += 1
        if tries > n * 300:
            raise SystemExit("could not reach %d unique rows for %s (got %d)" % (n, tag, len(rows)))
        text, ob, emb = maker(r)
        if PH.search(text):
            raise SystemExit("unfilled placeholder in %s: %r" % (tag, text[:200]))
        if len(text) >= MAXLEN or not text.strip() or text in seen:
            continue
        seen.add(text)
        rows.append((text, ob, emb))
    return rows


def main():
    seen = set()
    attacks, benign = [], []
    stats_biz = Counter()

    fams = {"ignore_override": en_override, "extraction": en_simple(E.EXT, 0.62),
            "repeat_translate_format": en_simple(E.RTF, 0.60), "context_hijack": en_hijack,
            "secrets_data": en_simple(E.SEC, 0.70)}
    for fam, n in N_EN:
        for text, ob, emb in generate(n, fams[fam], "att|" + fam, seen):
            attacks.append({"text": text, "label": "attack", "family": fam, "violation_type": VIOL[fam],
                            "obfuscation": ob, "language": "en", "source": fam + ":e"})
            stats_biz[(fam, emb)] += 1
    for lang in sorted(ML):
        for text, ob, emb in generate(N_ML_ATT[lang], ml_attack(lang), "att|ml|" + lang, seen):
            attacks.append({"text": text, "label": "attack", "family": "multilingual",
                            "violation_type": VIOL["multilingual"], "obfuscation": ob, "language": lang,
                            "source": "multilingual:e"})
            stats_biz[("multilingual", emb)] += 1

    for text, _, _ in generate(N_B2B, en_b2b, "ben|b2b", seen):
        benign.append({"text": text, "label": "benign", "family": "b2b", "language": "en", "source": "b2b:e"})
    for text, _, _ in generate(N_HARD, en_hard, "ben|hard", seen):
        benign.append({"text": text, "label": "benign", "family": "b2b_hard", "language": "en", "source": "b2b:e"})
    for lang in sorted(ML):
        for text, _, _ in generate(N_ML_BEN[lang], ml_benign(lang), "ben|ml|" + lang, seen):
            benign.append({"text": text, "label": "benign", "family": "b2b_foreign", "language": lang,
                           "source": "b2b:e"})

    rng_for("shuffle|attacks").shuffle(attacks)
    rng_for("shuffle|benign").shuffle(benign)

    # ---- hard checks (refuse to write on failure)
    all_texts = [x["text"] for x in attacks + benign]
    dup = [t for t, c in Counter(all_texts).items() if c > 1]
    if dup:
        raise SystemExit("REFUSING: %d duplicate texts, e.g. %r" % (len(dup), dup[0][:120]))
    if max(len(t) for t in all_texts) >= MAXLEN:
        raise SystemExit("REFUSING: text over %d chars" % MAXLEN)
    readable = sum(1 for a in attacks if a["obfuscation"] in ("none", "embedded")) / len(attacks)
    biz_all = sum(c for (f, e), c in stats_biz.items() if e) / len(attacks)
    ml_total = sum(c for (f, e), c in stats_biz.items() if f == "multilingual")
    biz_ml = sum(c for (f, e), c in stats_biz.items() if f == "multilingual" and e) / ml_total
    if readable < 0.80 or biz_all < 0.50 or biz_ml < 0.70:
        raise SystemExit("REFUSING: readable=%.3f biz_all=%.3f biz_ml=%.3f" % (readable, biz_all, biz_ml))
    ml_langs = Counter(a["language"] for a in attacks if a["family"] == "multilingual")
    ben_langs = Counter(b["language"] for b in benign if b["family"] == "b2b_foreign")
    assert len(ml_langs) >= 20 and all(ml_langs[l] >= 50 for l in MAJOR) and set(ml_langs) == set(ben_langs)

    for path, rows in ((ATTACK_FILE, attacks), (BENIGN_FILE, benign)):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    # ---- report
    print("attacks_e.jsonl: %d rows" % len(attacks))
    for k, v in sorted(Counter(a["family"] for a in attacks).items()):
        print("  family %-25s %4d" % (k, v))
    for k, v in sorted(Counter(a["obfuscation"] for a in attacks).items()):
        print("  obfuscation %-20s %4d" % (k, v))
    print("  readable (none+embedded): %.1f%%" % (100 * readable))
    print("  rows with business request + attack: %.1f%% (multilingual: %.1f%%)" % (100 * biz_all, 100 * biz_ml))
    print("  multilingual per language: " + ", ".join("%s=%d" % kv for kv in sorted(ml_langs.items())))
    print("benign_e.jsonl: %d rows" % len(benign))
    for k, v in sorted(Counter(b["family"] for b in benign).items()):
        print("  family %-25s %4d" % (k, v))
    print("  b2b_foreign per language: " + ", ".join("%s=%d" % kv for kv in sorted(ben_langs.items())))
    print("languages overall: " + ", ".join("%s=%d" % kv for kv in sorted(Counter(x["language"] for x in attacks + benign).items())))
    print("duplicates: 0; max length: %d" % max(len(t) for t in all_texts))
    for path in (ATTACK_FILE, BENIGN_FILE):
        with open(path, "rb") as fh:
            print("sha256 %s  %s" % (hashlib.sha256(fh.read()).hexdigest(), os.path.basename(path)))


if __name__ == "__main__":
    main()
