"""Contributions -> sentences with the numbers in them ("no reply in 11 days (typical 3)")."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.insights.features import Typical
from core.insights.model import ModelSpec

BOOSTER_FEATURE = "boosted_adjustment"


@dataclass(frozen=True)
class Reason:
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


def values_for(name: str, row: pd.Series, typical: Typical) -> dict:
    """What one feature's sentence is filled with."""
    v = row.get(name)
    stage = row.get("stage") or "its stage"
    if name == "days_since_reply":
        return {"value": _num(v), "typical_note": _note(typical.reply_gap_days)}
    if name == "days_since_activity":
        return {"value": _num(v), "typical_note": _note(typical.activity_gap_days)}
    if name == "activity_trend":
        return {"value": row.get("trend_text", "")}
    if name == "senior_tier":
        return {"value": row.get("senior_title") or "no title"}
    if name == "stage_position":
        return {"value": stage}
    if name == "days_in_stage":
        return {"value": _num(v), "stage": stage, "typical_note": _note(typical.stage_days)}
    if name == "amount_change":
        return {"value": row.get("amount_text", "")}
    if name == "amount_ratio":
        amount = row.get("amount")
        return {"value": "—" if amount is None or pd.isna(amount) else f"${amount:,.0f}",
                "typical_note": "" if not typical.amount else f" (typical ${typical.amount:,.0f})"}
    if name == "age_ratio":
        return {"value": _num(row.get("age_days")), "typical_note": "" if not typical.cycle_days else
                f" (typical cycle {_num(typical.cycle_days)} days)"}
    if name == "customer_signal":
        return {"value": _signal_word(v)}
    if name.endswith("_win_rate"):
        raw = row.get(name.replace("_win_rate", "_rate_raw"))
        return {"value": "?" if raw is None or pd.isna(raw) else f"{raw:.0%}",
                "typical_note": "" if typical.win_rate is None else f" (overall {typical.win_rate:.0%})"}
    return {"value": _num(v)}


def render(spec: ModelSpec, feats: pd.DataFrame, bins: np.ndarray, contributions: np.ndarray,
           typical: Typical) -> list[list[Reason]]:
    """Per deal, every feature's reason, largest effect first (they sum to the deal's log-odds deviation)."""
    out = []
    names = [f.name for f in spec.features]
    for i in range(len(feats)):
        row = feats.iloc[i]
        reasons = []
        for j, f in enumerate(spec.features):
            template = f.texts[bins[i, j]]
            vals = values_for(f.name, row, typical)
            try:
                text = template.format(**{"value": "", "typical_note": "", "stage": "", **vals})
            except (KeyError, ValueError, IndexError):
                text = template
            reasons.append(Reason(names[j], text, float(contributions[i, j])))
        if contributions.shape[1] > len(names):
            reasons.append(Reason(BOOSTER_FEATURE, "combinations of the above the boosted model weighs",
                                  float(contributions[i, -1])))
        reasons.sort(key=lambda r: -abs(r.contribution))
        out.append(reasons)
    return out


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
