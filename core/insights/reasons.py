"""Contributions -> sentences with the numbers in them ("no reply in 11 days (typical 3)")."""
from __future__ import annotations

import math
import re
from typing import NamedTuple

import numpy as np
import pandas as pd

from core.insights.features import Typical
from core.insights.model import ModelSpec

BOOSTER_FEATURE = "boosted_adjustment"
ONE = re.compile(r"(?<![\d.,])1 (days|activities|contacts|times|messages)\b")
SINGULAR = {"days": "day", "activities": "activity", "contacts": "contact", "times": "time", "messages": "message"}


class Reason(NamedTuple):
    """One feature's part in a score: a small immutable value (a named tuple: 170,000 are built per 10,000 deals)."""
    feature: str
    text: str
    contribution: float  # log-odds added to the base rate's; the reasons of a score add up to its deviation

    def to_dict(self) -> dict:
        return {"feature": self.feature, "text": self.text, "contribution": round(self.contribution, 6)}

    @classmethod
    def from_dict(cls, d: dict) -> "Reason":
        return cls(d["feature"], d["text"], float(d["contribution"]))


def _num(v) -> str:
    if isinstance(v, str):
        return v
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "?"
    return f"{v:,.0f}" if abs(v) >= 10 or float(v).is_integer() else f"{v:.1f}"


def _note(typical) -> str:
    return "" if typical is None or (isinstance(typical, float) and math.isnan(typical)) else f" (typical {_num(round(typical))})"


def _signal_word(v) -> str:
    return str(v).replace("_", " ") if v else ""


def _days(v) -> list[str]:
    """Whole numbers (days, counts) as text; '?' for unknown."""
    arr = pd.to_numeric(pd.Series(v), errors="coerce").to_numpy(dtype=float).tolist()
    return [f"{x:,.0f}" if x == x else "?" for x in arr]


def value_columns(name: str, feats: pd.DataFrame, typical: Typical) -> tuple[list[str], str, list[str] | None]:
    """One feature's sentence fillers for every row: (values, typical note, stages or None)."""
    n = len(feats)
    col = feats[name] if name in feats else pd.Series([None] * n)

    def strings(key: str, default="") -> list:
        return feats[key].tolist() if key in feats else [default] * n

    stages = None
    note = ""
    if name == "days_since_reply":
        values, note = _days(col), _note(typical.reply_gap_days)
    elif name == "reply_latency_ratio":
        values = ["?" if pd.isna(x) else _num(x) for x in strings("reply_latency", np.nan)]
        note = "" if typical.reply_latency_days is None else f" (typical {_num(round(typical.reply_latency_days, 1))})"
    elif name == "tone_trend":
        values = ["" if pd.isna(x) else f"{x:+.1f} over the last 3 messages" for x in strings("tone_change", np.nan)]
    elif name == "days_since_activity":
        values, note = _days(col), _note(typical.activity_gap_days)
    elif name == "activity_trend":
        values = strings("trend_text")
    elif name == "senior_tier":
        values = [t if isinstance(t, str) and t else "no title" for t in strings("senior_title")]
    elif name == "stage_position":
        values = [x if isinstance(x, str) else "its stage" for x in strings("stage", None)]
    elif name == "days_in_stage":
        values, note = _days(col), _note(typical.stage_days)
        stages = [x if isinstance(x, str) else "its stage" for x in strings("stage", None)]
    elif name == "amount_change":
        values = strings("amount_text")
    elif name == "amount_ratio":
        values = ["—" if pd.isna(a) else f"${a:,.0f}" for a in feats.get("amount", pd.Series([np.nan] * n))]
        note = "" if not typical.amount else f" (typical ${typical.amount:,.0f})"
    elif name == "age_ratio":
        values = _days(feats.get("age_days", pd.Series([np.nan] * n)))
        note = "" if not typical.cycle_days else f" (typical cycle {_num(round(typical.cycle_days))} days)"
    elif name == "customer_signal":
        values = [_signal_word(v) if isinstance(v, str) else "" for v in col.tolist()]
    elif name.endswith("_win_rate"):
        raw = feats.get(name.replace("_win_rate", "_rate_raw"), pd.Series([np.nan] * n))
        values = ["?" if pd.isna(r) else f"{r:.0%}" for r in raw]
        note = "" if typical.win_rate is None else f" (overall {typical.win_rate:.0%})"
    else:
        values = _days(col) if col.dtype.kind in "fiu" else [_num(v) if v is not None else "" for v in col]
    return values, note, stages


def render(spec: ModelSpec, feats: pd.DataFrame, bins: np.ndarray, contributions: np.ndarray,
           typical: Typical) -> list[list[Reason]]:
    """Per deal, every feature's reason that adds something, largest effect first (they sum to the deal's log-odds
    deviation)."""
    feats = feats.reset_index(drop=True)
    n = len(feats)
    columns = []
    for j, f in enumerate(spec.features):
        values, note, stages = value_columns(f.name, feats, typical)
        memo: dict = {}
        texts = []
        for b, v, st in zip(bins[:, j], values, stages or [""] * n):
            key = (b, v, st)
            text = memo.get(key)
            if text is None:
                try:
                    text = f.texts[b].format(value=v, typical_note=note, stage=st)
                except (KeyError, ValueError, IndexError):
                    text = f.texts[b]
                text = ONE.sub(lambda m: "1 " + SINGULAR[m.group(1)], text)
                memo[key] = text
            texts.append(text)
        columns.append(texts)
    names = [f.name for f in spec.features]
    boosted = contributions.shape[1] > len(names)
    if boosted:
        names.append(BOOSTER_FEATURE)
        columns.append(["combinations of the above the boosted model weighs"] * n)
    order = np.argsort(-np.abs(contributions), axis=1, kind="stable")
    values = contributions.tolist()
    # a feature that adds exactly nothing (the same bin for every deal: data this CRM does not have) is left out;
    # the sum is unchanged
    return [[Reason(names[j], columns[j][i], values[i][j]) for j in row if values[i][j] != 0.0]
            for i, row in enumerate(order.tolist())]


def change_reasons(old: list[Reason], new: list[Reason], dropped: bool, top: int = 3) -> list[dict]:
    """What moved a score: features whose contribution changed most in the direction of the change."""
    before = {r.feature: r for r in old}
    moved = []
    for r in new:
        delta = r.contribution - (before[r.feature].contribution if r.feature in before else 0.0)
        if (delta < 0) == dropped and abs(delta) > 1e-6:
            moved.append({"feature": r.feature, "text": r.text, "delta": round(delta, 6),
                          "was": before[r.feature].text if r.feature in before else ""})
    moved.sort(key=lambda m: -abs(m["delta"]))
    return moved[:top]
