"""Guardrails for inbound customer messages: decide, before any AI reply, whether a message is an attack,
off limits, or something this business answers.

    classify(text, policy, embedder=None) -> Verdict      pure; rules + keywords, plus embeddings if given
    Guardrails(policy, embedder).classify(text)           the same, with the example index built once
    Guardrails(...).classify_many(texts, vectors=rows)    the inbox's embeddings passed in, never embedded twice
    InjectionModel / default_model()                      the learned security layer (learned.py; train.py)
    safe_reply(verdict, policy) -> str | None             the canned reply for a flagged message
    GuardrailPolicy.default() / .from_dict() / .to_dict() the editable policy (data/guardrail_policy.json)
    RULES                                                 the security rule registry (rules.py)

Guardrails(policy) uses default_embedder() (MiniLM when installed); Guardrails(policy, use_embeddings=False)
and classify(text, policy) without an embedder use rules and keywords only, and load no model.
"""
from core.guardrails.classifier import IN_SCOPE, OUT_OF_SCOPE, SECURITY_VIOLATION, Guardrails, Verdict, \
    classify, safe_reply
from core.guardrails.learned import InjectionModel, default_model
from core.guardrails.policy import BusinessIntent, ForbiddenTopic, GuardrailPolicy, Thresholds
from core.guardrails.rules import RULES, SecurityRule, rule

__all__ = ["Verdict", "GuardrailPolicy", "ForbiddenTopic", "BusinessIntent", "Thresholds", "Guardrails",
           "classify", "safe_reply", "RULES", "SecurityRule", "rule", "IN_SCOPE", "OUT_OF_SCOPE",
           "SECURITY_VIOLATION", "InjectionModel", "default_model"]
