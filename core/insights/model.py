"""A transparent win model over binned features: log-odds = base + one number per feature, so reasons add up.

Three models, chosen by how much this CRM has to learn from (`choose`):
- prior:    fewer than MIN_PER_CLASS won or lost deals. The documented weights of vocab/deal_model.json over a
            base rate that blends the observed win rate with the prior one (a Beta prior of strength
            base_rate_strength).
- logistic: a logistic regression over one-hot bins, L2-regularised towards the prior weights (so a bin this CRM
            has never seen keeps its prior weight), with the intercept fixed at the base rate's log-odds and every
            column centred: log-odds = logit(base) + sum of contributions, exactly.
- boosted:  scikit-learn's HistGradientBoosting with sigmoid calibration, only with at least MIN_FOR_BOOSTING
            won and lost deals, and only when it beats the logistic model on the latest quarter of closed deals
            (time-ordered hold-out). Its reasons are the logistic model's contributions plus one line for what
            the boosted model adds, so they still add up.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

VOCAB = Path(__file__).parent / "vocab"
MIN_PER_CLASS = 15
MIN_FOR_BOOSTING = 200
L2 = 2.0


@dataclass(frozen=True)
class Spec:
    name: str
    edges: tuple[float, ...] = ()
    levels: tuple[str, ...] = ()
    prior: tuple[float, ...] = ()
    texts: tuple[str, ...] = ()

    @property
    def n_bins(self) -> int:
        return len(self.edges) + 2 if self.edges else len(self.levels) + 1

    def bin(self, values) -> np.ndarray:
        """Bin index per value; a missing (or unknown) value takes the last bin."""
        if self.edges:
            v = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
            idx = np.searchsorted(np.asarray(self.edges, dtype=float), v, side="left")
            return np.where(np.isnan(v), self.n_bins - 1, idx).astype(np.int64)
        lookup = {lv: i for i, lv in enumerate(self.levels)}
        return np.array([lookup.get(v, self.n_bins - 1) if isinstance(v, str) else self.n_bins - 1
                         for v in values], dtype=np.int64)


@dataclass(frozen=True)
class ModelSpec:
    kind: str
    base_rate: float
    base_rate_strength: float
    features: tuple[Spec, ...]

    @property
    def offsets(self) -> np.ndarray:
        return np.cumsum([0] + [f.n_bins for f in self.features])

    @property
    def prior_weights(self) -> np.ndarray:
        return np.concatenate([np.asarray(f.prior, dtype=float) for f in self.features])


@lru_cache(maxsize=None)
def load_spec(kind: str = "deal") -> ModelSpec:
    data = json.loads((VOCAB / f"{kind}_model.json").read_text(encoding="utf-8"))
    feats = []
    for f in data["features"]:
        s = Spec(f["name"], tuple(f.get("edges", ())), tuple(f.get("levels", ())), tuple(f["prior"]),
                 tuple(f["texts"]))
        if len(s.prior) != s.n_bins or len(s.texts) != s.n_bins:
            raise ValueError(f"vocab/{kind}_model.json: feature {s.name} needs {s.n_bins} prior weights and texts "
                             f"(one per bin, the last for a missing value); it has {len(s.prior)} and {len(s.texts)}")
        feats.append(s)
    return ModelSpec(kind, float(data["base_rate"]), float(data["base_rate_strength"]), tuple(feats))


def bins_of(spec: ModelSpec, feats: pd.DataFrame) -> np.ndarray:
    """(n deals, n features) bin indices."""
    return np.stack([f.bin(feats[f.name].to_numpy() if f.name in feats else [None] * len(feats))
                     for f in spec.features], axis=1) if len(feats) else np.zeros((0, len(spec.features)), np.int64)


def one_hot(spec: ModelSpec, bins: np.ndarray) -> np.ndarray:
    x = np.zeros((bins.shape[0], int(spec.offsets[-1])))
    rows = np.arange(bins.shape[0])
    for j, off in enumerate(spec.offsets[:-1]):
        x[rows, off + bins[:, j]] = 1.0
    return x


def logit(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


@dataclass
class WinModel:
    """log-odds = logit(base_rate) + sum_f (w[bin_f] - centre_f); contributions are the summands."""
    spec: ModelSpec
    name: str
    base_rate: float
    weights: np.ndarray
    centres: np.ndarray
    n_won: int = 0
    n_lost: int = 0
    booster: object = None
    metrics: dict = field(default_factory=dict)

    @property
    def version(self) -> str:
        h = hashlib.sha1(np.round(self.weights, 6).tobytes() + np.round(self.centres, 6).tobytes()
                         + f"{self.name}{self.base_rate:.6f}{self.n_won}/{self.n_lost}".encode()).hexdigest()[:10]
        return f"{self.name}-{h}"

    @property
    def label(self) -> str:
        if self.name == "prior":
            return (f"prior (documented weights, measured from the typical open deal; this CRM has {self.n_won} won and {self.n_lost} lost deals, "
                    f"fewer than {MIN_PER_CLASS} of each are needed to learn)")
        return f"{self.name} (learned on {self.n_won + self.n_lost} closed deals: {self.n_won} won, {self.n_lost} lost)"

    def contributions(self, bins: np.ndarray) -> np.ndarray:
        """(n, n features) log-odds each feature adds to the base rate's."""
        w = np.stack([self.weights[off + bins[:, j]] for j, off in enumerate(self.spec.offsets[:-1])], axis=1) \
            if len(bins) else np.zeros((0, len(self.spec.features)))
        return w - self.centres

    def predict(self, bins: np.ndarray, feats: pd.DataFrame | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(probability, contributions); with a booster, a last column holds what it adds to the logistic sum."""
        contrib = self.contributions(bins)
        z = logit(self.base_rate) + contrib.sum(axis=1)
        if self.booster is not None:
            from threadpoolctl import threadpool_limits
            with threadpool_limits(1):
                p = self.booster.predict_proba(bins)[:, 1]
            extra = logit(p) - z
            return np.clip(p, 1e-6, 1 - 1e-6), np.column_stack([contrib, extra])
        return sigmoid(z), contrib


def blended_base_rate(spec: ModelSpec, won: int, lost: int) -> float:
    a = spec.base_rate * spec.base_rate_strength
    return (won + a) / (won + lost + spec.base_rate_strength)


def prior_model(spec: ModelSpec, won: int = 0, lost: int = 0) -> WinModel:
    return WinModel(spec, "prior", blended_base_rate(spec, won, lost), spec.prior_weights.copy(),
                    np.zeros(len(spec.features)), won, lost)


def fit_logistic(spec: ModelSpec, bins: np.ndarray, y: np.ndarray, l2: float = L2) -> WinModel:
    """Penalised maximum likelihood with the intercept fixed at the observed base rate, columns centred."""
    from scipy.optimize import minimize

    x = one_hot(spec, bins)
    mean = x.mean(axis=0)
    xc = x - mean
    base = float(np.clip(y.mean(), 0.01, 0.99))
    z0 = logit(base)
    w0 = spec.prior_weights

    def loss(w):
        z = z0 + xc @ w
        p = sigmoid(z)
        nll = np.sum(np.logaddexp(0, z) - y * z)
        grad = xc.T @ (p - y)
        d = w - w0
        return nll + 0.5 * l2 * d @ d, grad + l2 * d

    res = minimize(loss, w0.copy(), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = res.x
    centres = np.array([w[off:off + f.n_bins] @ mean[off:off + f.n_bins]
                        for f, off in zip(spec.features, spec.offsets[:-1])])
    return WinModel(spec, "logistic", base, w, centres, int(y.sum()), int(len(y) - y.sum()))


def fit_boosted(spec: ModelSpec, bins: np.ndarray, y: np.ndarray):
    """Calibrated gradient boosting over the same bins; one thread (OpenMP threads oversubscribe a busy CPU)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.ensemble import HistGradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    hgb = HistGradientBoostingClassifier(max_iter=100, learning_rate=0.05, max_leaf_nodes=15,
                                         categorical_features=list(range(bins.shape[1])), random_state=0)
    with threadpool_limits(1):
        return CalibratedClassifierCV(hgb, method="sigmoid", cv=3).fit(bins, y)


def auc(y: np.ndarray, p: np.ndarray) -> float:
    """ROC AUC (rank statistic, ties counted half)."""
    y = np.asarray(y, dtype=float)
    pos, neg = y.sum(), len(y) - y.sum()
    if pos == 0 or neg == 0:
        return float("nan")
    ranks = pd.Series(p).rank().to_numpy()
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def brier(y: np.ndarray, p: np.ndarray) -> float:
    return float(np.mean((np.asarray(p) - np.asarray(y)) ** 2))


def choose(spec: ModelSpec, bins: np.ndarray, y: np.ndarray, order: np.ndarray | None = None,
           allow_boosting: bool = True) -> WinModel:
    """The model this much data supports (see the module docstring); y: 1 won, 0 lost."""
    won, lost = int(y.sum()), int(len(y) - y.sum())
    if min(won, lost) < MIN_PER_CLASS:
        return prior_model(spec, won, lost)
    model = fit_logistic(spec, bins, y)
    if not allow_boosting or min(won, lost) < MIN_FOR_BOOSTING:
        return model
    order = np.arange(len(y)) if order is None else order
    cut = int(len(y) * 0.75)
    train, test = order[:cut], order[cut:]
    if len(set(y[train])) < 2 or len(set(y[test])) < 2:
        return model
    lg = fit_logistic(spec, bins[train], y[train])
    p_lg = lg.predict(bins[test])[0]
    p_hgb = WinModel(spec, "boosted", lg.base_rate, lg.weights, lg.centres,
                     booster=fit_boosted(spec, bins[train], y[train])).predict(bins[test])[0]
    scores = {"logistic": {"auc": auc(y[test], p_lg), "brier": brier(y[test], p_lg)},
              "boosted": {"auc": auc(y[test], p_hgb), "brier": brier(y[test], p_hgb)}}
    model.metrics = {"holdout": scores, "holdout_size": int(len(test))}
    if scores["boosted"]["brier"] < scores["logistic"]["brier"] and scores["boosted"]["auc"] > scores["logistic"]["auc"]:
        model.booster = fit_boosted(spec, bins, y)
        model.name = "boosted"
    return model
