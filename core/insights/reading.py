"""Reading customer messages for signals: the offline detector, and the LLM backend's judgement when configured.

With CRM_LLM_BASE_URL set, each message is also put to the model (one tool call: sentiment and intents); its answer
is what is stored (engine "llm"), and any failure (network, timeout, a malformed answer) falls back to the offline
reading of that message. Runs outside the inbox's transaction; `store_signals` writes inside it.
"""
from __future__ import annotations

import json
import logging
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from core import config
from core.insights.signals import INTENTS, Signals, detect

log = logging.getLogger(__name__)
SYSTEM = ("You read one message a customer sent to a B2B vendor's sales team. Call record_signals once with the "
          "customer's sentiment towards the vendor or the deal (an objection, complaint or churn threat makes it "
          "negative; plain logistics or price questions are neutral) and every intent the message shows.")


class RecordSignals(BaseModel):
    """Record the sentiment and the intents of the customer's message."""
    sentiment: Literal["positive", "neutral", "negative"]
    intents: list[Literal["pricing_question", "objection", "complaint", "churn_threat", "buying_signal",
                          "meeting_request"]] = Field(default_factory=list)


class LLMSignalReader:
    name = "llm"

    def __init__(self, base_url: str, api_key: str, model: str, timeout: float = 20.0):
        from langchain_openai import ChatOpenAI  # optional backend: imported only when configured

        self.model_name = model
        chat = ChatOpenAI(base_url=base_url, api_key=api_key, model=model, timeout=timeout, max_retries=0,
                          temperature=0)
        self.bound = chat.bind_tools([{"type": "function", "function": {
            "name": "record_signals", "description": RecordSignals.__doc__,
            "parameters": RecordSignals.model_json_schema()}}], tool_choice="record_signals")

    def read(self, text: str) -> Signals | None:
        """The model's reading, or None when it cannot be had (the caller keeps the offline one)."""
        try:
            msg = self.bound.invoke([("system", SYSTEM), ("human", text)])
            calls = getattr(msg, "tool_calls", None) or []
            args = RecordSignals.model_validate(calls[0]["args"])
        except (IndexError, KeyError, ValidationError) as exc:
            log.warning("the LLM gave no usable signals (%s); keeping the offline reading", exc)
            return None
        except Exception as exc:  # noqa: BLE001 - network, timeout, server error: the offline reading stands
            log.warning("LLM signals failed (%s); keeping the offline reading", exc)
            return None
        intents = tuple(i for i in INTENTS if i in set(args.intents))
        return Signals(args.sentiment, 0.0, intents, (("llm", self.model_name),), engine="llm")


def reader_from_settings(env=None) -> LLMSignalReader | None:
    base = config.get("CRM_LLM_BASE_URL", env)
    if not base:
        return None
    return LLMSignalReader(base, config.get("CRM_LLM_API_KEY", env), config.get("CRM_LLM_MODEL", env),
                           float(config.get("CRM_LLM_TIMEOUT", env)))


def read_messages(bodies: list[str], reader: LLMSignalReader | None = None) -> list[Signals]:
    """Signals per message: the LLM's when it answers, else the offline reading (the learned model over the
    lexicon's cues and the message's MiniLM vector, embedded once and shared with the guardrails; the lexicon alone
    when the model or its embedder is missing)."""
    from core.insights.learned_signals import read as read_offline

    try:
        offline = read_offline([b or "" for b in bodies])
    except Exception:  # noqa: BLE001 - a broken model file must not stop the inbox: the lexicon reading stands
        log.exception("learned signal model failed; reading signals with the lexicon alone")
        offline = [detect(b or "") for b in bodies]
    out = []
    for body, off in zip(bodies, offline):
        judged = reader.read(body or "") if reader is not None else None
        out.append(judged or off)
    return out


def store_signals(store, read: list[tuple[int, Signals]], ts) -> int:
    """Write (message id, signals) rows in the caller's transaction; returns how many."""
    if not read:
        return 0
    rows = [(mid, s.sentiment, s.polarity, json.dumps(list(s.intents)), s.summary,
             json.dumps([list(e) for e in s.evidence]), s.engine, ts) for mid, s in read]
    cols = list(zip(*rows))
    store.execute("INSERT OR REPLACE INTO message_signals SELECT unnest(?::INTEGER[]), unnest(?::VARCHAR[]), "
                  "unnest(?::DOUBLE[]), unnest(?::JSON[]), unnest(?::VARCHAR[]), unnest(?::JSON[]), "
                  "unnest(?::VARCHAR[]), unnest(?::TIMESTAMP[])", [list(c) for c in cols])
    return len(rows)
