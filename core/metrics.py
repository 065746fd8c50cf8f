"""The one Prometheus registry: every pipeline step records here, /metrics serves it."""
from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

disable_created_metrics()  # *_created series only add noise to dashboards
REGISTRY = CollectorRegistry(auto_describe=True)

ai_requests = Counter("ai_requests", "AI pipeline requests by outcome", ["status"], registry=REGISTRY)
security_violations = Counter("security_violations", "Inbound messages flagged by guardrails", ["type"],
                              registry=REGISTRY)
auto_approved = Counter("auto_approved", "Drafts sent by autopilot", registry=REGISTRY)
manual_reviews = Counter("manual_reviews", "Drafts routed to the human review queue", registry=REGISTRY)
review_decisions = Counter("review_decisions", "Reviewer decisions", ["decision"], registry=REGISTRY)
# base units (seconds), as Prometheus names want them: `promtool check metrics` lints a unit in a name like _ms
request_latency_seconds = Histogram("request_latency_seconds", "Latency of AI pipeline steps in seconds", ["step"],
                                    buckets=(0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10),
                                    registry=REGISTRY)
confidence = Histogram("confidence", "Confidence of AI drafts and plans",
                       buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0), registry=REGISTRY)
tokens_used = Counter("tokens_used", "LLM tokens used", registry=REGISTRY)
nl_plans = Counter("nl_plans", "Natural-language plans by status", ["status"], registry=REGISTRY)
undo = Counter("undo", "Plans reverted by undo", registry=REGISTRY)
ingested_messages = Counter("ingested_messages", "Inbound messages committed", ["channel"], registry=REGISTRY)
review_queue_depth = Gauge("review_queue_depth", "Drafts waiting for review", registry=REGISTRY)
review_queue_oldest_age_seconds = Gauge("review_queue_oldest_age_seconds", "Age of the oldest pending draft",
                                        registry=REGISTRY)


# delivery of replies (core/inbox/delivery.py): every attempt's result, dead letters, cancellations, reconciliation
outbox_sends = Counter("outbox_sends", "Reply delivery attempts by result (sent, recorded, failed, rejected, unknown)",
                       ["result"], registry=REGISTRY)
outbox_dead_letters = Counter("outbox_dead_letters", "Replies dead-lettered: refused by the provider or given up "
                              "after retrying", registry=REGISTRY)
outbox_cancelled = Counter("outbox_cancelled", "Queued replies cancelled before sending", ["reason"], registry=REGISTRY)
outbox_reconciled = Counter("outbox_reconciled", "Replies whose outcome was in doubt, by how it was settled",
                            ["outcome"], registry=REGISTRY)
delivery_statuses = Counter("delivery_statuses", "Delivery status callbacks received from a channel", ["status"],
                            registry=REGISTRY)


def exposition() -> tuple[bytes, str]:
    """The registry in Prometheus text format, with its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
