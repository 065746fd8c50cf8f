"""The learned reading of a customer message: logistic regressions over word n-grams (negation-marked), the lexicon's
own cues and the message's MiniLM vector, trained on a corpus written apart from the evaluation sets.

    model = SignalModel.load()                      # data/signal_model.npz (+ .json), offline, no pickle
    model.predict(texts, vectors) -> [(sentiment, intents, {label: probability})]

The lexicon detector (`signals.detect`) finds cues as spans and says why; this model decides from those cues *and*
from wording the lexicons never listed ("what would 50 more users run us?", "we're reviewing all vendors before the
renewal"). Features are computed here for training (core/insights/train_signals.py) and serving alike.
"""
from __future__ import annotations

import json
import re
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from core.insights.signals import INTENTS, NEGATIVE_INTENTS, Signals, detect, new_words, normalise

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "signal_model.npz"
N_HASH = 1 << 16
SENTIMENTS = ("negative", "neutral", "positive")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[!?$€£%]")
_NEGATORS = {"not", "no", "never", "nothing", "none", "nobody", "without", "hardly", "don't", "doesn't", "didn't",
             "won't", "wouldn't", "can't", "cannot", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't",
             "shouldn't", "couldn't", "nor"}
_SCOPE_END = re.compile(r"[.,;:!?]|\b(?:but|however|although|though|and)\b")


def _tokens(text: str) -> list[str]:
    """Words of the message; a word within a few words after a negator (same clause) is marked "not_"."""
    out: list[str] = []
    for clause in _SCOPE_END.split(normalise(text)):
        left = 0
        for w in _WORD.findall(clause or ""):
            if w in _NEGATORS:
                left = 3
                out.append(w)
                continue
            out.append("not_" + w if left else w)
            left = max(left - 1, 0)
    return out


def _h(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (N_HASH - 1)


def sparse(text: str) -> dict[int, float]:
    """Hashed unigrams and bigrams, each counted once, scaled to unit length."""
    toks = _tokens(text)
    feats = set(toks) | {f"{a} {b}" for a, b in zip(toks, toks[1:])}
    if not feats:
        return {}
    value = 1.0 / np.sqrt(len(feats))
    out: dict[int, float] = {}
    for f in feats:
        i = _h(f)
        out[i] = out.get(i, 0.0) + value
    return out


def cues(reading: Signals) -> np.ndarray:
    """The lexicon detector's findings as numbers: each intent cue found, its sentiment, its clipped polarity."""
    v = [1.0 if i in reading.intents else 0.0 for i in INTENTS]
    v += [1.0 if reading.sentiment == s else 0.0 for s in SENTIMENTS]
    v.append(max(-3.0, min(3.0, reading.polarity)) / 3.0)
    return np.array(v, dtype=np.float32)


N_CUES = len(INTENTS) + len(SENTIMENTS) + 1


@dataclass(frozen=True)
class Reading:
    sentiment: str
    intents: tuple[str, ...]
    probabilities: dict


class SignalModel:
    """Seven linear models (one per intent, three-way sentiment) over [n-grams | cues | vector]."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict):
        self.meta = meta
        self.embedder_name = meta.get("embedder")
        self.dim = int(meta.get("dim", 0))
        self.embed_weight = float(meta.get("embed_weight", 1.0))
        self.w_sparse = arrays["w_sparse"]            # (labels, N_HASH)
        self.w_sparse_t = np.ascontiguousarray(self.w_sparse.T, dtype=np.float64)  # rows gathered per feature
        self.w_cues = arrays["w_cues"]                # (labels, N_CUES)
        self.w_vec = arrays.get("w_vec")              # (labels, dim) or absent
        self.bias = arrays["bias"]                    # (labels,)
        self.labels = list(meta["labels"])            # the six intents, then negative/neutral/positive
        self.thresholds = {k: float(v) for k, v in meta["thresholds"].items()}

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> "SignalModel":
        path = Path(path)
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        return cls(arrays, meta)

    def logits(self, texts: Sequence[str], vectors: np.ndarray | None,
               readings: Sequence[Signals] | None = None) -> np.ndarray:
        out = np.tile(self.bias, (len(texts), 1)).astype(np.float64)
        rows, cols, vals = [], [], []
        for row, text in enumerate(texts):
            feats = sparse(text)
            rows += [row] * len(feats)
            cols += feats.keys()
            vals += feats.values()
        if cols:  # the n-gram part of every row at once: gather the weights, scale, add up per row
            contrib = self.w_sparse_t[np.array(cols, dtype=np.int64)] * np.array(vals, dtype=np.float64)[:, None]
            np.add.at(out, np.array(rows, dtype=np.int64), contrib)
        out += np.stack([cues(readings[row] if readings is not None else detect(text))
                         for row, text in enumerate(texts)]) @ self.w_cues.T if len(texts) else 0.0
        if self.w_vec is not None and vectors is not None:
            out += (np.asarray(vectors, dtype=np.float32) * self.embed_weight) @ self.w_vec.T
        return out

    def predict(self, texts: Sequence[str], vectors: np.ndarray | None = None,
                readings: Sequence[Signals] | None = None) -> list[Reading]:
        z = self.logits(texts, vectors, readings)
        n = len(INTENTS)
        p_int = 1.0 / (1.0 + np.exp(-z[:, :n]))
        s = z[:, n:]
        p_sent = np.exp(s - s.max(axis=1, keepdims=True))
        p_sent /= p_sent.sum(axis=1, keepdims=True)
        out = []
        for row in range(len(texts)):
            intents = tuple(i for k, i in enumerate(INTENTS) if p_int[row, k] >= self.thresholds.get(i, 0.5))
            sentiment = SENTIMENTS[int(np.argmax(p_sent[row]))]
            if any(i in intents for i in NEGATIVE_INTENTS):
                sentiment = "negative"  # an objection, complaint or churn threat is what the rep must act on
            elif sentiment == "negative":  # and negative only with one of them (the labels' definition): the
                sentiment = SENTIMENTS[1 + int(np.argmax(p_sent[row, 1:]))]  # likelier of neutral and positive
            probs = {i: round(float(p_int[row, k]), 3) for k, i in enumerate(INTENTS)}
            probs.update({s_: round(float(p_sent[row, k]), 3) for k, s_ in enumerate(SENTIMENTS)})
            out.append(Reading(sentiment, intents, probs))
        return out


_LOCK = threading.Lock()
_LOADED: dict[str, SignalModel | None] = {}


def default_model(path: str | Path = MODEL_PATH) -> SignalModel | None:
    """The shipped model, loaded once; None when the file is absent (the lexicon reading stands alone)."""
    key = str(path)
    with _LOCK:
        if key not in _LOADED:
            _LOADED[key] = SignalModel.load(path) if Path(path).exists() else None
        return _LOADED[key]


def vectors_for(texts: Sequence[str], model: SignalModel) -> np.ndarray | None:
    """The texts' vectors from the process-wide embedder, when it is the one the model learned with."""
    if model.w_vec is None:
        return None
    from core.embeddings import default_embedder

    embedder = default_embedder()
    if getattr(embedder, "name", None) != model.embedder_name or embedder.dim != model.dim:
        return None
    return embedder.embed(list(texts))


def read(texts: Sequence[str], vectors: np.ndarray | None = None, model: SignalModel | None = None) -> list[Signals]:
    """Signals per text: the learned decision, with the lexicon's cue words kept as evidence where they agree."""
    model = model or default_model()
    lexical = [detect(t or "") for t in texts]
    if model is None:
        return lexical
    own = [new_words(t or "") for t in texts]  # a reply's quoted vendor text is not the customer's signal
    if vectors is None:
        vectors = vectors_for(own, model)
    elif any(o != (t or "") for o, t in zip(own, texts)) and model.w_vec is not None:
        changed = [k for k, (o, t) in enumerate(zip(own, texts)) if o != (t or "")]
        fresh = vectors_for([own[k] for k in changed], model)  # the few replies with quotes: their own words' vector
        if fresh is not None:
            vectors = np.array(vectors, dtype=np.float32, copy=True)
            vectors[changed] = fresh
    if model.w_vec is not None and vectors is None:
        return lexical  # a model that needs vectors would guess without them: the lexicon's reading stands
    model_readings = model.predict(own, vectors, lexical)
    out = []
    for lex, r in zip(lexical, model_readings):
        said = dict(lex.evidence)
        evidence = tuple((i, said.get(i, f"learned ({r.probabilities[i]:.2f})")) for i in r.intents)
        out.append(Signals(r.sentiment, lex.polarity, r.intents, evidence, engine="offline-learned"))
    return out
