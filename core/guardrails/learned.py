"""The learned security layer: a logistic regression over character/word n-grams, a few text statistics and the
message's sentence embedding, with calibrated probabilities.

    model = InjectionModel.load()                 # data/guardrail_sets/injection_model.npz (+ .json), offline
    model.predict(texts, vectors) -> [Score]      # vectors: the inbox's MiniLM rows for the same texts, or None

Features (`features.sparse` / `features.dense`) are computed by this module's own code, so training
(core/guardrails/train.py) and serving use exactly the same function; nothing is unpickled: the model file
holds plain float arrays (np.load with allow_pickle=False) and a JSON side file holds the settings.

Two variants ship in one file: `full` (n-grams + statistics + MiniLM embedding) and `ngrams` (no embedding,
for a different or missing embedder). Probabilities are Platt-scaled on scores of data held out by source.
"""
from __future__ import annotations

import json
import math
import re
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from core.guardrails.text import fold, views

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "guardrail_sets" / "injection_model.npz"
N_HASH = 1 << 18
TYPE_HASH = 1 << 14
_CAP_HEAD, _CAP_TAIL = 1500, 500

_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_TAGS = re.compile("[\U000e0000-\U000e007f]")
_MARKUP = re.compile(r"%{2,}|#{3,}|={3,}|-{4,}|\*{3,}|<\|[^|>]{0,20}\|>|</?\s*(?:system|user|assistant|"
                     r"instructions?|prompt|admin|context|s|inst|sys)\s*>|\[/?(?:inst|system|end)\]|```|\{\{|\}\}|"
                     r"<<\s*sys\s*>>|\bend of\b", re.I)
_TOKEN = re.compile(r"\S+")
_RUN = re.compile(r"(.)\1*", re.S)  # a run of one repeated character
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_EMOJI_ZWJ = re.compile("[\u200d\ufe0f](?=[\U0001F000-\U0001FAFF\u2600-\u27BF\u2640\u2642\u2695])|"
                        "(?<=[\U0001F000-\U0001FAFF\u2600-\u27BF])[\u200d\ufe0f]")
DENSE_NAMES = ("log_chars", "log_words", "invisible_share", "has_invisible", "has_tag_chars", "has_bidi",
               "non_ascii_letters", "upper_share", "symbol_share", "digit_share", "top_token_share",
               "repeat_share", "longest_char_run", "log_newlines", "log_markup", "decoded_view")


def _cap(text: str) -> str:
    return text if len(text) <= _CAP_HEAD + _CAP_TAIL else text[:_CAP_HEAD] + " " + text[-_CAP_TAIL:]


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8", "surrogatepass")) & (N_HASH - 1)


@lru_cache(maxsize=65536)
def _word_keys(w: str) -> tuple[int, ...]:
    """The hashed features of one word, in order: the word, then its character 3-, 4- and 5-grams."""
    p = f" {w} "
    return (_h("w" + w),) + tuple(_h(p[i:i + n]) for n in (3, 4, 5) for i in range(len(p) - n + 1))


def _grams(text: str, weight: float, out: dict[int, float]) -> None:
    words = _WORD.findall(text)
    for w in words:
        for k in _word_keys(w):
            out[k] = out.get(k, 0.0) + weight
    for a, b in zip(words, words[1:]):
        k = _h(f"b{a} {b}")
        out[k] = out.get(k, 0.0) + weight
    # punctuation and markup shapes: runs of non-word characters, kept as tokens
    for sym in re.findall(r"[^\w\s]{1,6}", text[:_CAP_HEAD]):
        k = _h("s" + sym)
        out[k] = out.get(k, 0.0) + weight


def sparse(text: str, all_views: list[tuple[str, str]] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Hashed n-gram features: (indices, values), log-scaled counts, L2-normalised."""
    counts: dict[int, float] = {}
    all_views = all_views if all_views is not None else views(_cap(text))
    for tag, view in all_views:
        if tag == "reversed":
            continue
        _grams(_cap(view), 1.0 if tag == "plain" else 0.5, counts)
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    val = np.log1p(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
    val /= max(float(np.linalg.norm(val)), 1e-9)
    return idx, val


def dense(text: str, all_views: list[tuple[str, str]] | None = None) -> np.ndarray:
    """Text statistics that n-grams miss: invisible characters, floods, markup, scripts, decoded content."""
    raw = _EMOJI_ZWJ.sub("", text)  # an emoji's joiner is not an attack
    n = max(len(raw), 1)
    invisible = len(_INVISIBLE.findall(raw))
    if raw.isascii():  # every ASCII letter is ASCII, and an upper-case ASCII character is a letter
        nl = max(sum(map(str.isalpha, raw)), 1)
        non_ascii_letters, upper = 0, sum(map(str.isupper, raw))
    else:
        letters = [c for c in raw if c.isalpha()]
        nl = max(len(letters), 1)
        non_ascii_letters = sum(1 for c in letters if ord(c) > 127)
        upper = sum(1 for c in letters if c.isupper())
    tokens = _TOKEN.findall(raw.casefold())
    nt = max(len(tokens), 1)
    top = max((tokens.count(t) for t in set(tokens[:400])), default=0) if tokens else 0
    longest = max((m.end() - m.start() for m in _RUN.finditer(raw[:4000])), default=0)
    symbols = len(raw) - sum(map(str.isalnum, raw)) - sum(map(str.isspace, raw))  # no character is both
    all_views = all_views if all_views is not None else views(_cap(text))
    decoded = any(tag in ("base64", "hex", "url_encoding", "rot13") for tag, _ in all_views)
    return np.array([
        math.log1p(len(raw)) / 8, math.log1p(len(tokens)) / 6, min(1.0, 5 * invisible / n), float(invisible > 0),
        float(bool(_TAGS.search(raw))), float(bool(_BIDI.search(raw))),
        non_ascii_letters / nl, upper / nl,
        symbols / n, sum(map(str.isdigit, raw)) / n,
        top / nt if nt >= 8 else 0.0, 1 - len(set(tokens)) / nt if nt >= 8 else 0.0,
        min(longest, 200) / 200, math.log1p(raw.count("\n")) / 3, math.log1p(len(_MARKUP.findall(raw))) / 2,
        float(decoded)], dtype=np.float32)


def has_invisible(text: str) -> bool:
    """Invisible or direction-changing characters other than an emoji's joiner."""
    return bool(_INVISIBLE.search(_EMOJI_ZWJ.sub("", text)))


def featurize(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(sparse indices, sparse values, dense statistics) for one message."""
    text = text or ""
    all_views = views(_cap(text))
    idx, val = sparse(text, all_views)
    return idx, val, dense(text, all_views)


@dataclass(frozen=True)
class Score:
    probability: float       # calibrated P(attack)
    flagged: bool
    violation_type: str
    variant: str
    review: bool = False     # not flagged, but over the review line: never answered automatically


class InjectionModel:
    """Loaded once from plain arrays; `predict` is a few dot products per message."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict):
        self.meta = meta
        self.types: list[str] = list(meta["types"])
        self.embedder_name: str = meta["embedder"]
        self.dim: int = int(meta["dim"])
        self.emb_scale: float = float(meta["emb_scale"])
        # messages the topic layer would answer but with P(attack) at least this go to a person instead
        self.review_thresholds: dict[str, float] = {k: float(v) for k, v in
                                                    (meta.get("review_thresholds") or {}).items() if v is not None}
        self.variants = {}
        for v in ("full", "ngrams"):
            if f"{v}_w_hash" in arrays:
                self.variants[v] = {
                    "w_hash": arrays[f"{v}_w_hash"].astype(np.float32), "w_dense": arrays[f"{v}_w_dense"],
                    "w_emb": arrays.get(f"{v}_w_emb"), "bias": float(arrays[f"{v}_bias"][0]),
                    "platt": tuple(float(x) for x in arrays[f"{v}_platt"]),
                    "threshold": float(meta["thresholds"][v])}
        self.type_w, self.type_d, self.type_b = arrays["type_w"], arrays["type_d"], arrays["type_b"]

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> "InjectionModel":
        path = Path(path)
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        return cls(arrays, meta)

    def variant_for(self, embedder) -> str:
        ok = embedder is not None and getattr(embedder, "name", None) == self.embedder_name \
            and getattr(embedder, "dim", None) == self.dim and "full" in self.variants
        return "full" if ok else "ngrams"

    def raw_scores(self, feats: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]], vectors: np.ndarray | None,
                   variant: str) -> np.ndarray:
        p = self.variants[variant]
        out = np.empty(len(feats), dtype=np.float64)
        for i, (idx, val, d) in enumerate(feats):
            s = p["bias"] + float(p["w_hash"][idx] @ val) + float(p["w_dense"] @ d)
            if variant == "full":
                s += self.emb_scale * float(p["w_emb"] @ vectors[i])
            out[i] = s
        return out

    def calibrate(self, raw: np.ndarray, variant: str) -> np.ndarray:
        a, b = self.variants[variant]["platt"]
        return 1.0 / (1.0 + np.exp(-(a * raw + b)))

    def violation_types(self, feats) -> list[str]:
        """The most likely kind of attack: a multinomial head over n-grams folded to TYPE_HASH buckets."""
        out = []
        for idx, val, d in feats:
            s = self.type_b + self.type_d @ d
            if len(idx):
                s = s + self.type_w[:, idx & (TYPE_HASH - 1)] @ val
            out.append(self.types[int(np.argmax(s))])
        return out

    def predict(self, texts: Sequence[str], vectors: np.ndarray | None = None, embedder=None,
                feats=None) -> list[Score]:
        variant = "full" if vectors is not None and (embedder is None or self.variant_for(embedder) == "full") \
            else "ngrams"
        feats = feats if feats is not None else [featurize(t) for t in texts]
        probs = self.calibrate(self.raw_scores(feats, vectors if variant == "full" else None, variant), variant)
        kinds = self.violation_types(feats)
        th = self.variants[variant]["threshold"]
        review = self.review_thresholds.get(variant, 2.0)
        return [Score(round(float(p), 4), bool(p >= th), k, variant, bool(review <= p < th))
                for p, k in zip(probs, kinds)]


_lock = threading.Lock()
_loaded: dict[str, InjectionModel] = {}


def default_model(path: str | Path = MODEL_PATH) -> InjectionModel | None:
    """The shipped model, loaded once per process; None when the file is absent."""
    key = str(path)
    with _lock:
        if key not in _loaded:
            if not Path(path).exists():
                return None
            _loaded[key] = InjectionModel.load(path)
        return _loaded[key]

