#!/usr/bin/env python3
"""Validate guard-ml dev/test JSONL files and print counts."""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = {"es", "fr", "de", "pt", "it", "nl", "en"}
LABELS = {"in_scope", "off_topic", "attack"}
FAMILIES = {
    "in_scope": {"pricing", "billing", "subscription", "support", "meetings", "contracts", "complaint", "short", "hard_negative"},
    "attack": {"override", "prompt_leak", "roleplay", "fake_marker", "repeat_translate", "print_phrase", "exfiltration", "social_engineering", "obfuscated"},
}

def toks(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return set(re.findall(r"\w+", s))

errors, data, all_ids = [], {}, set()
for split in ("dev", "test"):
    rows = []
    for n, line in enumerate((HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"{split}:{n} bad json {e}"); continue
        if set(r) != {"id", "lang", "label", "family", "text"}:
            errors.append(f"{split}:{n} keys {sorted(r)}")
        if r.get("id") in all_ids:
            errors.append(f"{split}:{n} duplicate id {r.get('id')}")
        all_ids.add(r.get("id"))
        if r.get("lang") not in LANGS: errors.append(f"{split}:{n} lang {r.get('lang')}")
        if r.get("label") not in LABELS: errors.append(f"{split}:{n} label {r.get('label')}")
        fams = FAMILIES.get(r.get("label"))
        if fams and r.get("family") not in fams: errors.append(f"{split}:{n} family {r.get('family')} for {r.get('label')}")
        if not str(r.get("text", "")).strip(): errors.append(f"{split}:{n} empty text")
        rows.append(r)
    data[split] = rows
    texts = Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1: errors.append(f"{split}: duplicate text {t[:60]!r}")

# cross-split leakage: exact or near-duplicate (token Jaccard) texts
for d in data["dev"]:
    td = toks(d["text"])
    for t in data["test"]:
        tt = toks(t["text"])
        j = len(td & tt) / max(1, len(td | tt))
        if d["text"] == t["text"] or (j >= 0.6 and min(len(td), len(tt)) >= 3):
            errors.append(f"near-dup dev {d['id']} / test {t['id']} (jaccard {j:.2f})")

for split, rows in data.items():
    print(f"== {split}: {len(rows)} rows")
    print("  by label:", dict(Counter(r["label"] for r in rows)))
    langs = sorted(LANGS)
    print("  lang      " + " ".join(f"{l:>4}" for l in langs))
    for lab in ("in_scope", "off_topic", "attack"):
        c = Counter(r["lang"] for r in rows if r["label"] == lab)
        print(f"  {lab:<9} " + " ".join(f"{c.get(l,0):>4}" for l in langs) + f"  | total {sum(c.values())}")
    for lab in ("in_scope", "attack", "off_topic"):
        print(f"  {lab} families:", dict(sorted(Counter(r['family'] for r in rows if r['label'] == lab).items())))
    atk = [r for r in rows if r["label"] == "attack"]
    print(f"  attack non-English: {sum(r['lang'] != 'en' for r in atk)}/{len(atk)}")

if errors:
    print("\nERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("\nOK: no errors")
