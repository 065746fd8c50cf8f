"""The memory layer's settings (registered into core/config.py's one table)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from core import config
from core.config import Setting
from core.errors import ConfigError

config.register(
    Setting("CRM_EMBEDDINGS_BASE_URL", "", "OpenAI-compatible embeddings endpoint (…/v1) for the memory index; "
            "empty = the shipped all-MiniLM-L6-v2, offline."),
    Setting("CRM_EMBEDDINGS_API_KEY", "not-needed", "API key for the embeddings endpoint."),
    Setting("CRM_EMBEDDINGS_MODEL", "text-embedding-3-small", "Model name sent to the embeddings endpoint."),
    Setting("CRM_MEMORY_DIR", "", "Directory of the memory index files (FAISS, keyword index, manifest); empty = "
            "`<database>.memory/` beside the database."),
    Setting("CRM_MEMORY_SCORE", "tuned", "How conversation context ranks messages: `tuned` (cosine first, recency as a "
            "small bonus) or `source` (0.6 · cosine + 0.4 · 0.7^(age_days/30), the source design's formula)."),
    Setting("CRM_MEMORY_WEIGHTS", "", "Override of the score's weights as `cosine,recency,decay,period_days` "
            "(e.g. `0.6,0.4,0.7,30`); empty = the chosen formula's defaults."),
    Setting("CRM_MEMORY_RECENT", "8", "Most recent messages a conversation's context always includes."),
    Setting("CRM_MEMORY_SNAPSHOT_EVERY", "20", "A conversation gets a new context snapshot every this many messages "
            "(and at every autopilot switch); 5 are kept."),
)

SCORES = {"source": (0.6, 0.4, 0.7, 30.0), "tuned": (0.9, 0.1, 0.7, 30.0)}


@dataclass(frozen=True)
class ScoreWeights:
    """score = cosine_w · cosine + recency_w · decay ** (age_days / period_days)."""
    cosine: float
    recency: float
    decay: float
    period_days: float

    def score(self, cosine: float, age_days: float) -> float:
        return self.cosine * cosine + self.recency * self.decay ** (max(age_days, 0.0) / self.period_days)


def score_weights(env: Mapping[str, str] | None = None) -> ScoreWeights:
    name = config.get("CRM_MEMORY_SCORE", env)
    if name not in SCORES:
        raise ConfigError(f"CRM_MEMORY_SCORE must be one of {', '.join(SCORES)} (got {name!r})")
    raw = config.get("CRM_MEMORY_WEIGHTS", env)
    if not raw:
        return ScoreWeights(*SCORES[name])
    try:
        parts = [float(x) for x in raw.split(",")]
        if len(parts) != 4 or parts[3] <= 0 or not 0 < parts[2] <= 1:
            raise ValueError
    except ValueError:
        raise ConfigError(f"CRM_MEMORY_WEIGHTS must be four numbers cosine,recency,decay,period_days with 0 < decay <= 1 "
                          f"and period_days > 0 (got {raw!r})") from None
    return ScoreWeights(*parts)


def int_setting(name: str, env: Mapping[str, str] | None = None, minimum: int = 1) -> int:
    raw = config.get(name, env)
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number (got {raw!r})") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum} (got {value})")
    return value
