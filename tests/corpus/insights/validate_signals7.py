"""Validate the signals7 insights eval set (signals7_dev.jsonl, signals7_test.jsonl).

Checks:
- keys and ids, non-empty texts unique across both files (exact, normalised and word-only)
- allowed labels, intents in the fixed order without duplicates
- the sentiment rule (objection/complaint/churn_threat imply negative; negative implies one of them)
- per-half mix: sentiment shares, every intent in at least 15 messages, at least 20 messages with no intent,
  other-language share, multi-intent ranges
- an even split of every label signature between the halves (difference at most 1)
- that the files are exactly what build_signals7.py writes (same bytes), so a rebuild is byte-identical
- a near-copy check against every earlier text: the texts of all other *.jsonl files in this folder
  (messages_*, signals3-6_*), tests/corpus/inbound_messages.jsonl, and every string literal of four or more
  words in the earlier build_*.py scripts (this folder and tests/corpus). Earlier texts are only compared,
  never printed; a hit prints only the signals7 id and the kind of match.

Prints counts per label and per signature for each half. Exits 1 on any problem. Standard library only.
Run: python3 validate_signals7.py
"""
import ast
import difflib
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
FILES = {"dev": HERE / "signals7_dev.jsonl", "test": HERE / "signals7_test.jsonl"}
ID_RANGES = {"dev": range(1, 121), "test": range(121, 241)}
KEYS = {"id", "text", "sentiment", "intents"}
SENTIMENTS = ["positive", "neutral", "negative"]
INTENT_ORDER = ["pricing_question", "objection", "complaint", "churn_threat", "buying_signal", "meeting_request"]
NEGATIVE_INTENTS = {"objection", "complaint", "churn_threat"}

# per-half ranges (inclusive); the brief asks for about 30% / 40% / 30%, every intent >= 15, >= 20 with no intent
RANGES = {
    "messages": (120, 120),
    "positive": (32, 40),
    "neutral": (42, 54),
    "negative": (32, 40),
    "pricing_question": (15, 45),
    "objection": (15, 30),
    "complaint": (15, 30),
    "churn_threat": (15, 30),
    "buying_signal": (15, 45),
    "meeting_request": (15, 35),
    "no intent": (20, 40),
    "neutral, no intent": (18, 30),
    "multi-intent (2+)": (30, 55),
    "three intents": (3, 10),
    "other language": (12, 18),  # about 12% of 120
}

# near-copy thresholds
LONG_LINE = 40      # a normalised line this long must not repeat an earlier line
RUN = 10            # no run of this many consecutive words may repeat an earlier text
SHINGLE = 4         # word n-gram size for the containment check
CONTAIN = 0.5       # share of a text's 4-grams found in one earlier text that counts as a near copy
SHORT_RATIO = 0.9   # difflib ratio for short texts (under 8 words)

problems = []


def problem(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def words(s):
    return re.findall(r"\w+", s.casefold())


def load(path):
    rows = []
    if not path.exists():
        problem(f"{path.name}: missing (run build_signals7.py)")
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                problem(f"{path.name}:{n}: blank line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problem(f"{path.name}:{n}: bad JSON ({exc})")
                continue
            if not isinstance(row, dict) or set(row) != KEYS:
                problem(f"{path.name}:{n}: keys must be exactly {sorted(KEYS)}")
                continue
            rows.append(row)
    return rows


def check_row(row, where):
    rid = row["id"]
    if not isinstance(row["text"], str) or not row["text"].strip():
        problem(f"{where} {rid}: empty or non-string text")
    if row["sentiment"] not in SENTIMENTS:
        problem(f"{where} {rid}: bad sentiment {row['sentiment']!r}")
    intents = row["intents"]
    if not isinstance(intents, list) or not all(isinstance(x, str) for x in intents):
        problem(f"{where} {rid}: intents must be a list of strings")
        return
    bad = [x for x in intents if x not in INTENT_ORDER]
    if bad:
        problem(f"{where} {rid}: unknown intents {bad}")
        return
    if len(set(intents)) != len(intents):
        problem(f"{where} {rid}: duplicate intents")
    if intents != sorted(intents, key=INTENT_ORDER.index):
        problem(f"{where} {rid}: intents not in the fixed order")
    has_neg = bool(NEGATIVE_INTENTS & set(intents))
    if has_neg and row["sentiment"] != "negative":
        problem(f"{where} {rid}: objection/complaint/churn_threat require negative sentiment")
    if row["sentiment"] == "negative" and not has_neg:
        problem(f"{where} {rid}: negative sentiment needs an objection, complaint or churn_threat")


def counts(rows, lang_of):
    c = Counter()
    c["messages"] = len(rows)
    for r in rows:
        c[r["sentiment"]] += 1
        for x in r["intents"]:
            c[x] += 1
        if not r["intents"]:
            c["no intent"] += 1
            if r["sentiment"] == "neutral":
                c["neutral, no intent"] += 1
        if len(r["intents"]) >= 2:
            c["multi-intent (2+)"] += 1
        if len(r["intents"]) == 3:
            c["three intents"] += 1
        if lang_of.get(r["text"], "en") != "en":
            c["other language"] += 1
    return c


def signature(r):
    return r["sentiment"] + " | " + (", ".join(r["intents"]) or "-")


def load_build():
    """Import build_signals7.py (without running main) and return the module."""
    spec = importlib.util.spec_from_file_location("build_signals7", HERE / "build_signals7.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def expected_bytes(mod):
    """The exact bytes build_signals7.py writes, computed in memory."""
    dev, test = mod.split(mod.ENTRIES, mod.SEED)
    out = {}
    for name, idx, first in (("dev", dev, 1), ("test", test, len(dev) + 1)):
        lines = []
        for n, i in enumerate(idx):
            text, sentiment, intents, _lang = mod.ENTRIES[i]
            row = {"id": f"s7-{first + n:03d}", "text": text, "sentiment": sentiment,
                   "intents": [x for x in INTENT_ORDER if x in intents]}
            lines.append(json.dumps(row, ensure_ascii=False) + "\n")
        out[name] = "".join(lines).encode("utf-8")
    return out


def earlier_texts():
    """Earlier texts, for comparison only: jsonl texts and build-script string literals."""
    texts = []
    paths = [p for p in sorted(HERE.glob("*.jsonl")) if not p.name.startswith("signals7_")]
    inbound = CORPUS / "inbound_messages.jsonl"
    if inbound.exists():
        paths.append(inbound)
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                try:
                    text = json.loads(line).get("text", "")
                except (json.JSONDecodeError, AttributeError):
                    continue
                if isinstance(text, str) and text.strip():
                    texts.append(text)
    builds = sorted(HERE.glob("build_*.py")) + sorted(CORPUS.glob("build_*.py"))
    for path in builds:
        if path.name == "build_signals7.py":
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except SyntaxError:
            problem(f"cannot parse {path.name} for the near-copy check")
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(words(node.value)) >= 4:
                texts.append(node.value)
    return texts


def near_copy_check(rows):
    earlier = earlier_texts()
    if not earlier:
        problem("no earlier texts found to compare against")
        return 0
    full = {norm(t) for t in earlier}
    wordsonly = {" ".join(words(t)) for t in earlier}
    lines = set()
    runs = set()
    gram_index = defaultdict(set)
    gram_count = []
    short = []
    for k, t in enumerate(earlier):
        for part in t.splitlines():
            p = norm(part)
            if len(p) >= LONG_LINE:
                lines.add(p)
        w = words(t)
        for i in range(len(w) - RUN + 1):
            runs.add(tuple(w[i:i + RUN]))
        grams = {tuple(w[i:i + SHINGLE]) for i in range(len(w) - SHINGLE + 1)}
        gram_count.append(len(grams))
        for g in grams:
            gram_index[g].add(k)
        if len(w) < 12:
            short.append(" ".join(w))
    for r in rows:
        text = r["text"]
        if not isinstance(text, str):
            continue
        rid = r["id"]
        w = words(text)
        if norm(text) in full or (w and " ".join(w) in wordsonly):
            problem(f"{rid}: text repeats an earlier text")
            continue
        if any(len(norm(p)) >= LONG_LINE and norm(p) in lines for p in text.splitlines()):
            problem(f"{rid}: a line repeats a line of an earlier text")
            continue
        if any(tuple(w[i:i + RUN]) in runs for i in range(len(w) - RUN + 1)):
            problem(f"{rid}: a run of {RUN} words repeats an earlier text")
            continue
        grams = {tuple(w[i:i + SHINGLE]) for i in range(len(w) - SHINGLE + 1)}
        if len(w) >= 8 and grams:
            hits = Counter()
            for g in grams:
                for k in gram_index.get(g, ()):
                    hits[k] += 1
            if hits and max(hits.values()) / len(grams) >= CONTAIN:
                problem(f"{rid}: most of its word 4-grams come from one earlier text")
                continue
        if len(w) < 8:
            joined = " ".join(w)
            for s in short:
                if difflib.SequenceMatcher(None, joined, s).ratio() >= SHORT_RATIO:
                    problem(f"{rid}: short text nearly equals an earlier short text")
                    break
    return len(earlier)


def main():
    halves = {name: load(path) for name, path in FILES.items()}

    for name, rows in halves.items():
        expected = [f"s7-{i:03d}" for i in ID_RANGES[name]]
        got = [r["id"] for r in rows]
        if got != expected:
            problem(f"{name}: ids must be {expected[0]}..{expected[-1]} in order (got {len(got)} rows)")
        for r in rows:
            check_row(r, name)

    all_rows = halves["dev"] + halves["test"]
    for rid, n in Counter(r["id"] for r in all_rows).items():
        if n > 1:
            problem(f"duplicate id {rid}")

    seen = {}
    for r in all_rows:
        if not isinstance(r["text"], str):
            continue
        for key in (norm(r["text"]), " ".join(words(r["text"]))):
            if key in seen and seen[key] != r["id"]:
                problem(f"{r['id']}: text duplicates {seen[key]}")
                break
            seen.setdefault(key, r["id"])

    # the files must be exactly what the build script writes
    lang_of = {}
    try:
        mod = load_build()
        lang_of = {e[0]: e[3] for e in mod.ENTRIES}
        exp = expected_bytes(mod)
        for name, path in FILES.items():
            if path.exists() and path.read_bytes() != exp[name]:
                problem(f"{path.name}: differs from what build_signals7.py writes (rebuild)")
        bad_lang = sorted({e[3] for e in mod.ENTRIES} - {"en", "es", "fr", "de", "pt", "it", "nl", "pl"})
        if bad_lang:
            problem(f"unexpected language codes {bad_lang}")
    except Exception as exc:  # noqa: BLE001 - report any failure to import the build script
        problem(f"could not load build_signals7.py: {exc!r}")

    n_earlier = near_copy_check(all_rows)

    per = {name: counts(rows, lang_of) for name, rows in halves.items()}
    labels = ["messages"] + SENTIMENTS + INTENT_ORDER + [
        "no intent", "neutral, no intent", "multi-intent (2+)", "three intents", "other language"]
    print(f"{'label':<22}{'dev':>6}{'test':>6}{'all':>6}")
    for lab in labels:
        d, t = per["dev"][lab], per["test"][lab]
        print(f"{lab:<22}{d:>6}{t:>6}{d + t:>6}")
    for name in halves:
        for lab, (lo, hi) in RANGES.items():
            v = per[name][lab]
            if not lo <= v <= hi:
                problem(f"{name}: {lab} = {v}, expected {lo}-{hi}")

    sig = {name: Counter(signature(r) for r in rows) for name, rows in halves.items()}
    print(f"\n{'signature':<62}{'dev':>5}{'test':>5}")
    for s in sorted(set(sig["dev"]) | set(sig["test"])):
        d, t = sig["dev"][s], sig["test"][s]
        print(f"{s:<62}{d:>5}{t:>5}")
        if abs(d - t) > 1:
            problem(f"signature '{s}' split {d}/{t}, difference above 1")

    langs = {name: Counter(lang_of.get(r["text"], "?") for r in rows) for name, rows in halves.items()}
    print("\nlanguages: " + "; ".join(f"{n}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items()))
                                      for n, c in langs.items()))
    print(f"near-copy check: compared against {n_earlier} earlier texts and literals")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
