"""The literal gate in front of the guardrail rules only skips work: it never changes a verdict."""
import json
import re
from pathlib import Path

from core.guardrails import rules
from core.literals import Gate, necessary

SETS = Path(__file__).resolve().parent.parent / "data" / "guardrail_sets"


def test_necessary_literals_of_common_shapes():
    assert necessary(re.compile(r"\bignore\s+(?:all|any)\s+rules\b", re.I)) == {"ignore"}
    assert necessary(re.compile(r"(?:reveal|show) (?:me )?the prompt", re.I)) == {"the prompt"}
    assert necessary(re.compile(r"\b(?:api|secret)[\s_-]?keys?\b", re.I)) == {"key"}  # the longer-shortest, then fewer, option
    # an optional part is not required; a class is not a literal; a lookahead's words are required too
    assert necessary(re.compile(r"(?:foo)?\d+", re.I)) is None
    assert necessary(re.compile(r"x(?=.*password)", re.I)) == {"password"}
    # a case-sensitive pattern's words are looked for in lower-cased text too
    assert necessary(re.compile(r"SELECT \*")) == {"select *"}
    assert necessary(re.compile(r"[A-Z]{3}")) is None


def test_gate_lets_through_what_may_match_and_judges_only_ascii():
    p, q = re.compile(r"\bwire\s+transfer\b", re.I), re.compile(r"\d{4}")
    gate = Gate([p, q])
    allowed = gate.allowed("please confirm the WIRE  transfer")
    assert id(p) in allowed and id(q) in allowed  # q has no literal: always run
    assert id(p) not in gate.allowed("a plain question about invoices")
    assert gate.allowed("überweisung bitte") is None  # not ASCII: every pattern runs


def _texts(step: int = 3) -> list[str]:
    out = []
    for name in ("attacks.jsonl", "benign_b2b.jsonl", "injection.jsonl", "final_holdout.jsonl",
                 "restricted_topics.jsonl", "benign_business.jsonl"):
        rows = [json.loads(line) for line in (SETS / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        out += [r["text"] for r in rows[::step]]
    return out


def test_gated_screening_equals_running_every_pattern():
    texts = _texts()
    assert len(texts) > 4000
    differ = [t for t in texts if [(r.name, tag) for r, tag in rules.screen(t)]
              != [(r.name, tag) for r, tag in rules.screen(t, gated=False)]]
    assert differ == []
    fired = sum(bool(rules.screen(t)) for t in texts)
    assert fired > 1000  # the corpus exercises the rules, so equality means something


def test_hashing_embedder_rows_equal_summing_each_feature():
    import zlib

    import numpy as np

    from core.embeddings import HashingEmbedder, _unit_rows
    e = HashingEmbedder()
    texts = _texts(step=40) + ["", "École naïve CAFÉ café", "x", "the the the the"]

    def reference(batch):
        out = np.zeros((len(batch), e.dim), dtype=np.float32)
        for row, text in enumerate(batch):
            for feature, weight in e._features(text or ""):
                h = zlib.crc32(feature.encode("utf-8"))
                out[row, h % e.dim] += weight if (h >> 31) & 1 else -weight
        return _unit_rows(out)

    assert np.array_equal(e.embed(texts), reference(texts))
    assert np.array_equal(e.embed(texts), reference(texts))  # again, from remembered words


def test_ascii_fast_fold_equals_the_unicode_path():
    import unicodedata

    from core.guardrails import text as t

    def slow(s):
        s = unicodedata.normalize("NFKC", s)
        s = t._INVISIBLE.sub("", s).translate(t._HOMOGLYPHS)
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        return t._ODD_SPACE.sub(" ", s.casefold())

    samples = [x for x in _texts(step=7) if x.isascii()] + ["Tab\there `quoted`\x0bV", "MiXeD CaSe 1337"]
    assert len(samples) > 1000
    assert [t._fold_keep_spacing(s) for s in samples] == [slow(s) for s in samples]


def test_gated_signal_reading_equals_reading_every_cue(monkeypatch):
    from dataclasses import replace

    from core.insights import signals

    texts = _texts(step=5) + ["The parcel arrived damaged and I am not happy", "damaged, damaged, damaged"]
    gated = [signals.detect(t) for t in texts]

    class Open:
        def allowed(self, text):
            return None  # every cue runs

    ungated_lexicon = replace(signals.lexicon(), gate=Open())
    monkeypatch.setattr(signals, "lexicon", lambda: ungated_lexicon)
    assert [signals.detect(t) for t in texts] == gated
    # a word that is two cues at once (a complaint and a negative word) still counts as both
    assert gated[-2].sentiment == "negative" and "complaint" in gated[-2].intents


def test_dense_statistics_equal_counting_character_by_character():
    import math

    import numpy as np

    from core.guardrails import learned as L

    def reference(text):  # the statistics, one character at a time
        raw = L._EMOJI_ZWJ.sub("", text)
        n = max(len(raw), 1)
        invisible = len(L._INVISIBLE.findall(raw))
        letters = [c for c in raw if c.isalpha()]
        nl = max(len(letters), 1)
        tokens = L._TOKEN.findall(raw.casefold())
        nt = max(len(tokens), 1)
        top = max((tokens.count(t) for t in set(tokens[:400])), default=0) if tokens else 0
        longest, run, prev = 0, 0, ""
        for c in raw[:4000]:
            run = run + 1 if c == prev else 1
            prev = c
            longest = max(longest, run)
        decoded = any(tag in ("base64", "hex", "url_encoding", "rot13") for tag, _ in L.views(L._cap(text)))
        return np.array([
            math.log1p(len(raw)) / 8, math.log1p(len(tokens)) / 6, min(1.0, 5 * invisible / n), float(invisible > 0),
            float(bool(L._TAGS.search(raw))), float(bool(L._BIDI.search(raw))),
            sum(1 for c in letters if ord(c) > 127) / nl, sum(1 for c in letters if c.isupper()) / nl,
            sum(1 for c in raw if not c.isalnum() and not c.isspace()) / n, sum(c.isdigit() for c in raw) / n,
            top / nt if nt >= 8 else 0.0, 1 - len(set(tokens)) / nt if nt >= 8 else 0.0,
            min(longest, 200) / 200, math.log1p(raw.count("\n")) / 3, math.log1p(len(L._MARKUP.findall(raw))) / 2,
            float(decoded)], dtype=np.float32)

    texts = _texts(step=4) + ["", "aaaa\n\n\tbbb", "ⒶⒷⒸ ÀÉÎ ½ ٣ \u2003x", "!!!!!!!!!!!!!!!!"]
    assert all(np.array_equal(L.dense(t), reference(t)) for t in texts)
