"""Train the learned security layer and measure it on data held out by source.

    .venv/bin/python -m core.guardrails.train                 # train on every training source, write the model
    (the held-out-by-source figures: bench/guardrails_eval.py --held-out)

Sources (a row's `source`):
    <family>:a / <family>:b     generated attacks, two independently written template banks per family
                                (core/guardrails/corpus.py -> data/guardrail_sets/attacks.jsonl)
    <family>:c, b2b:c           a third bank, attacks and benign messages, written later by someone who read
                                neither bank a nor b (data/guardrail_sets/bank_c/); always trained on, so the
                                held-out figures stay "train on a (+c +d), test on b" and the reverse
    <family>:d, b2b:d           a fourth bank written the same way, most of it in 27 other languages
                                (data/guardrail_sets/bank_d/); always trained on
    bank e                      (data/guardrail_sets/bank_e/): its attacks are NOT trained on (they cut a -> b
                                passes to 1.5% but flagged more plain customer mail, README); its benign mail is
                                (BENIGN_ONLY), since 2026-12-03
    <family>:f, <family>:g      banks f and g, written later by two more helpers who read no bank and no code;
                                each was scored once as a held-out bank on the model before it (README), then
                                joined training (ALWAYS_TRAINED); bank h is the held-out bank now
    b2b:a / b2b:b               generated benign B2B customer messages (benign_b2b.jsonl)
    project:injection           the project's earlier hand-written attacks (injection.jsonl)
    project:benign, project:topics   hand-written benign business messages and restricted-topic questions
    banking77:dev|test          banking77 even | odd rows (benign customer messages)
    clinc:dev|test              CLINC150 train+oos_train | val+oos_val (benign assistant queries)
    xstest:dev|test             XSTest even | odd rows (prompts that only look unsafe, and unsafe ones; none is
                                an injection) - never trained on
Shipped model: every generated and project source plus the public dev splits; the public test splits and
XSTest are never seen. Calibration (Platt) and the decision threshold come from the two bank folds
(train on bank a, score bank b, and the reverse), i.e. from scores of sources the fold model never saw.

The embeddings of training texts are cached outside the repository (core/guardrails/embcache.py).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "data" / "guardrail_sets"
DATASETS = Path(os.environ.get("AUTOCRM_DATASETS") or next(
    (p for p in (ROOT.parent / "shared" / "datasets", Path("/work/shared/datasets")) if p.exists()),
    ROOT.parent / "shared" / "datasets"))

C_FULL, C_NGRAMS, EMB_SCALE = 4.0, 4.0, 2.0
ATTACK_WEIGHT = 1.0
B2B_WEIGHT = 1.0  # our own customer messages count more than the public sets' (they are the product's traffic)
TARGET_RECALL = 0.97  # threshold: the highest that keeps out-of-bank recall (rules or model) at this level
REVIEW_RATE = 0.01    # review line: the lowest P(attack) that sends at most this share of held-out benign to a person


@dataclass
class Row:
    text: str
    attack: bool
    source: str
    family: str
    violation_type: str | None = None
    obfuscation: str = "none"


# later banks (data/guardrail_sets/bank_<letter>/), each written by someone who read neither bank a nor b nor the
# code: training data in every fold, never a held-out source
ALWAYS_TRAINED = ("c", "d", "f", "g")
# banks whose benign customer mail (only) is trained on: bank e's attacks were tried and not shipped (README), its
# 2,406 benign messages - long forwarded business mail, 23 languages - teach what plain customer mail looks like
BENIGN_ONLY = ("e",)


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# every n-th row of the big public sets (the same rows every run): MiniLM over all 33,700 takes too long on 2 cores
SAMPLE = {"banking77:dev": 3, "clinc:dev": 5, "banking77:test": 5, "clinc:test": 3}


def load_rows(datasets: Path = DATASETS, sets: Path = SETS, sample: bool = True) -> list[Row]:
    rows: list[Row] = []
    for r in _jsonl(sets / "attacks.jsonl"):
        rows.append(Row(r["text"], True, r["source"], r["family"], r["violation_type"], r["obfuscation"]))
    for r in _jsonl(sets / "benign_b2b.jsonl"):
        rows.append(Row(r["text"], False, r["source"], r["family"]))
    for letter in ALWAYS_TRAINED:
        folder = sets / f"bank_{letter}"
        if (folder / f"attacks_{letter}.jsonl").exists():
            for r in _jsonl(folder / f"attacks_{letter}.jsonl"):
                rows.append(Row(r["text"], True, r["source"], r["family"], r["violation_type"], r["obfuscation"]))
            for r in _jsonl(folder / f"benign_{letter}.jsonl"):
                rows.append(Row(r["text"], False, r["source"], r["family"]))
    for letter in BENIGN_ONLY:
        path = sets / f"bank_{letter}" / f"benign_{letter}.jsonl"
        if path.exists():
            rows += [Row(r["text"], False, f"b2b:{letter}", r["family"]) for r in _jsonl(path)]
    for r in _jsonl(sets / "injection.jsonl"):
        rows.append(Row(r["text"], True, "project:injection", "project", r["violation_type"], r["obfuscation"]))
    for r in _jsonl(sets / "benign_business.jsonl"):
        rows.append(Row(r["text"], False, "project:benign", "project"))
    for r in _jsonl(sets / "restricted_topics.jsonl"):
        rows.append(Row(r["text"], False, "project:topics", "project"))
    if datasets.is_dir():
        with open(datasets / "banking77_train.csv", encoding="utf-8") as f:
            b77 = [r["text"] for r in csv.DictReader(f)]
        clinc = _jsonl(datasets / "clinc150_train_val.jsonl")
        dev_c = [r["text"] for r in clinc if r["split"] in ("train", "oos_train")]
        test_c = [r["text"] for r in clinc if r["split"] in ("val", "oos_val")]
        every = SAMPLE if sample else {k: 1 for k in SAMPLE}
        for name, texts in (("banking77:dev", b77[0::2]), ("banking77:test", b77[1::2]), ("clinc:dev", dev_c),
                            ("clinc:test", test_c)):
            rows += [Row(t, False, name, name.split(":")[0]) for t in texts[::every[name]]]
        for i, r in enumerate(_jsonl(datasets / "xstest_half.jsonl")):
            rows.append(Row(r["text"], False, "xstest:" + ("dev" if i % 2 == 0 else "test"), "xstest"))
    return rows


PUBLIC_DEV = {"banking77:dev", "clinc:dev"}
PUBLIC_TEST = {"banking77:test", "clinc:test", "xstest:test", "xstest:dev"}


def bank(source: str) -> str | None:
    tail = source.rsplit(":", 1)[-1]
    return tail if tail in ("a", "b") + ALWAYS_TRAINED + BENIGN_ONLY else None


def shipped_train(r: Row) -> bool:
    """The shipped model: every generated source and the public dev splits; the project's hand-written sets,
    the public test splits and XSTest stay out, to measure it on."""
    return r.source not in PUBLIC_TEST and not r.source.startswith("project:")


def bank_fold(train_bank: str):
    """Train on one bank of every generated family (with bank c and the public dev splits); test on everything
    else."""
    def is_train(r: Row) -> bool:
        return bank(r.source) in (train_bank,) + ALWAYS_TRAINED + BENIGN_ONLY or r.source in PUBLIC_DEV
    return is_train


def family_fold(family: str):
    """Leave one attack family out entirely (both banks); benign training as in the bank-a fold."""
    def is_train(r: Row) -> bool:
        if r.attack:
            return bank(r.source) is not None and r.family != family
        return r.source in PUBLIC_DEV or r.source == "b2b:a" or bank(r.source) in ALWAYS_TRAINED + BENIGN_ONLY
    return is_train


# -- features -------------------------------------------------------------------------------------------
class Features:
    """Sparse n-grams, dense statistics and embeddings of every row, computed once."""

    def __init__(self, rows: list[Row], embed):
        from scipy import sparse as sp

        from core.guardrails.learned import N_HASH, featurize
        t = time.time()
        feats = [featurize(r.text) for r in rows]
        indptr = np.cumsum([0] + [len(f[0]) for f in feats])
        self.hashed = sp.csr_matrix((np.concatenate([f[1] for f in feats]), np.concatenate([f[0] for f in feats]),
                                     indptr), shape=(len(rows), N_HASH), dtype=np.float32)
        self.dense = np.vstack([f[2] for f in feats])
        self.feats = feats
        self.featurize_s = time.time() - t
        self.emb = embed([r.text for r in rows]) if embed else None
        self.y = np.array([r.attack for r in rows], dtype=np.int8)
        self.rules = rules_fired(rows)

    def matrix(self, mask: np.ndarray, variant: str):
        from scipy import sparse as sp
        blocks = [self.hashed[mask], sp.csr_matrix(self.dense[mask])]
        if variant == "full":
            blocks.append(sp.csr_matrix(self.emb[mask] * EMB_SCALE))
        return sp.hstack(blocks, format="csr")


def fit_linear(F: Features, mask: np.ndarray, variant: str, rows: list[Row]) -> dict:
    from sklearn.linear_model import LogisticRegression

    from core.guardrails.learned import N_HASH
    X, y = F.matrix(mask, variant), F.y[mask]
    # balance the two classes and, within benign rows, give every source the same total weight as our own
    w = np.ones(len(y))
    srcs = np.array([rows[i].source for i in np.flatnonzero(mask)])
    n_att = y.sum()
    w[y == 1] = ATTACK_WEIGHT * (len(y) - n_att) / max(n_att, 1)
    w[(y == 0) & np.char.startswith(srcs.astype(str), "b2b")] *= B2B_WEIGHT
    model = LogisticRegression(C=C_FULL if variant == "full" else C_NGRAMS, solver="liblinear", max_iter=200)
    model.fit(X, y, sample_weight=w)
    coef = model.coef_[0].astype(np.float32)
    n_d = F.dense.shape[1]
    out = {"w_hash": coef[:N_HASH], "w_dense": coef[N_HASH:N_HASH + n_d],
           "bias": np.array([model.intercept_[0]], dtype=np.float32)}
    out["w_emb"] = coef[N_HASH + n_d:] if variant == "full" else None
    return out


def raw_scores(F: Features, mask: np.ndarray, weights: dict, variant: str) -> np.ndarray:
    s = F.hashed[mask] @ weights["w_hash"] + F.dense[mask] @ weights["w_dense"] + weights["bias"][0]
    if variant == "full":
        s = s + EMB_SCALE * (F.emb[mask] @ weights["w_emb"])
    return np.asarray(s).ravel()


def fit_platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression
    m = LogisticRegression(C=100.0).fit(scores.reshape(-1, 1), y)
    return float(m.coef_[0, 0]), float(m.intercept_[0])


def fit_types(F: Features, mask: np.ndarray, rows: list[Row]) -> tuple[list[str], dict]:
    from scipy import sparse as sp
    from sklearn.linear_model import LogisticRegression

    from core.guardrails.learned import TYPE_HASH
    idx = np.flatnonzero(mask & (F.y == 1))
    labels = np.array([rows[i].violation_type for i in idx])
    H = F.hashed[idx].tocoo()
    folded = sp.csr_matrix((H.data, (H.row, H.col & (TYPE_HASH - 1))), shape=(len(idx), TYPE_HASH))
    X = sp.hstack([folded, sp.csr_matrix(F.dense[idx])], format="csr")
    m = LogisticRegression(C=4.0, max_iter=300).fit(X, labels)
    types = [str(c) for c in m.classes_]
    coef = m.coef_.astype(np.float32)
    return types, {"type_w": coef[:, :TYPE_HASH], "type_d": coef[:, TYPE_HASH:], "type_b": m.intercept_.astype(np.float32)}


def threshold_for(probs: np.ndarray, ys: np.ndarray, rules: np.ndarray, target: float = TARGET_RECALL) -> float:
    """The highest threshold (0.5 to 0.95) at which attacks of the bank the model never saw are still caught
    (by the rules or the model) at `target`; a higher threshold means fewer false positives."""
    att = ys == 1
    for t in np.arange(0.95, 0.499, -0.025):
        if ((probs >= t) | rules)[att].mean() >= target:
            return round(float(t), 3)
    return 0.5


# -- evaluation by held-out source -------------------------------------------------------------------------
def evaluate(F: Features, rows: list[Row], train_mask: np.ndarray, variant: str, platt=None, threshold=0.5,
             weights=None) -> dict:
    """Train on train_mask, score every other row; per source: n, share flagged (rules or model)."""
    weights = weights or fit_linear(F, train_mask, variant, rows)
    test = ~train_mask
    s = raw_scores(F, test, weights, variant)
    a, b = platt or (1.0, 0.0)
    p = 1 / (1 + np.exp(-(a * s + b)))
    return {"weights": weights, "test_idx": np.flatnonzero(test), "probs": p, "raw": s, "threshold": threshold}


def rules_fired(rows: list[Row]) -> np.ndarray:
    from core.guardrails.rules import screen
    return np.array([bool(screen(r.text)) for r in rows])


def train_model(F: Features, rows: list[Row], mask: np.ndarray, embedder_name: str, dim: int,
                variants=("full", "ngrams"), log=print, calibration: dict | None = None) -> tuple[dict, dict]:
    """Weights for rows in `mask`, calibrated and thresholded on the two bank folds inside `mask`."""
    from core.guardrails.learned import DENSE_NAMES, N_HASH
    out: dict[str, np.ndarray] = {}
    thresholds, review = {}, {}
    for variant in variants:
        if calibration is not None:  # reuse another model's calibration (a model trained on one bank only)
            (a, b), thresholds[variant], review[variant] = calibration[variant]
            w = fit_linear(F, mask, variant, rows)
            out.update({f"{variant}_w_hash": w["w_hash"].astype(np.float16), f"{variant}_w_dense": w["w_dense"],
                        f"{variant}_bias": w["bias"], f"{variant}_platt": np.array([a, b], dtype=np.float64)})
            if w["w_emb"] is not None:
                out[f"{variant}_w_emb"] = w["w_emb"]
            continue
        # calibration folds: train on one bank and the even half of the public dev rows; score the other bank
        # and the odd half (so the calibration sees benign traffic at a realistic share)
        odd = np.array([r.source in PUBLIC_DEV for r in rows]) & (np.arange(len(rows)) % 2 == 1)
        scores, ys, fired, public = [], [], [], []
        for tb in ("a", "b"):
            tm = mask & np.array([bank_fold(tb)(r) for r in rows]) & ~odd
            held = mask & (np.array([bank(r.source) not in (None, tb) + ALWAYS_TRAINED for r in rows]) | odd) & ~tm
            w = fit_linear(F, tm, variant, rows)
            scores.append(raw_scores(F, held, w, variant))
            ys.append(F.y[held])
            fired.append(F.rules[held])
            public.append(odd[held])
        scores, ys = np.concatenate(scores), np.concatenate(ys)
        fired, public = np.concatenate(fired), np.concatenate(public)
        a, b = fit_platt(scores, ys)
        probs = 1 / (1 + np.exp(-(a * scores + b)))
        thresholds[variant] = threshold_for(probs, ys, fired)
        benign_p = np.sort(probs[public & (ys == 0)])[::-1]
        review[variant] = round(float(benign_p[int(REVIEW_RATE * len(benign_p))]) + 1e-4, 4) \
            if len(benign_p) else None
        log(f"[{variant}] review line {review[variant]}: held-out public benign at or over it "
            f"{(benign_p >= (review[variant] or 2)).mean():.4f}; held-out attacks under the flag line but over "
            f"it {((probs >= (review[variant] or 2)) & (probs < thresholds[variant]) & ~fired)[ys == 1].mean():.4f}")
        log(f"[{variant}] platt a={a:.3f} b={b:.3f}  threshold {thresholds[variant]:.3f}  "
            f"other-bank recall {(probs[ys == 1] >= thresholds[variant]).mean():.3f}  "
            f"other-bank benign flagged {(probs[ys == 0] >= thresholds[variant]).mean():.4f}")
        w = fit_linear(F, mask, variant, rows)
        out[f"{variant}_w_hash"] = w["w_hash"].astype(np.float16)
        out[f"{variant}_w_dense"] = w["w_dense"]
        if w["w_emb"] is not None:
            out[f"{variant}_w_emb"] = w["w_emb"]
        out[f"{variant}_bias"] = w["bias"]
        out[f"{variant}_platt"] = np.array([a, b], dtype=np.float64)
    types, th = fit_types(F, mask, rows)
    out.update(th)
    out["type_w"] = out["type_w"].astype(np.float16)
    meta = {"embedder": embedder_name, "dim": dim, "emb_scale": EMB_SCALE, "types": types,
            "thresholds": thresholds, "review_thresholds": review, "n_hash": N_HASH, "dense": list(DENSE_NAMES),
            "trained_on": sorted({r.source for r, m in zip(rows, mask) if m}),
            "rows": {"attack": int(F.y[mask].sum()), "benign": int((F.y[mask] == 0).sum())},
            "command": "python -m core.guardrails.train"}
    return out, meta


def save_model(path: Path, arrays: dict, meta: dict) -> None:
    np.savez_compressed(path, **arrays)
    Path(path).with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


def cached_features(rows: list[Row] | None = None):
    """Rows, their features (embeddings from the disk cache) and a cached MiniLM embedder."""
    from core.embeddings import MiniLMEmbedder
    from core.guardrails.embcache import CachedEmbedder, EmbeddingCache
    rows = rows if rows is not None else load_rows()
    cache = EmbeddingCache(MiniLMEmbedder(threads=2))
    F = Features(rows, lambda texts: cache.embed(texts, progress=True))
    return rows, F, CachedEmbedder(cache)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(SETS / "injection_model.npz"))
    args = ap.parse_args(argv)
    rows, F, emb = cached_features()
    print(f"{len(rows)} rows, featurised in {F.featurize_s:.0f} s")
    mask = np.array([shipped_train(r) for r in rows])
    arrays, meta = train_model(F, rows, mask, emb.name, emb.dim)
    save_model(Path(args.out), arrays, meta)
    # the bank-a model: trained without any bank-b source, so tests can check it on bank b quickly
    mask_a = mask & np.array([bank(r.source) != "b" for r in rows])
    calib = {v: (tuple(arrays[f"{v}_platt"]), meta["thresholds"][v], meta["review_thresholds"][v])
             for v in ("full", "ngrams")}
    arrays, meta = train_model(F, rows, mask_a, emb.name, emb.dim, calibration=calib)
    save_model(SETS / "injection_model_bank_a.npz", arrays, meta)
    for p in (Path(args.out), SETS / "injection_model_bank_a.npz"):
        print(f"wrote {p} ({p.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
