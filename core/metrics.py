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
request_latency_ms = Histogram("request_latency_ms", "Latency of AI pipeline steps in milliseconds", ["step"],
                               buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000),
                               registry=REGISTRY)
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


def exposition() -> tuple[bytes, str]:
    """The registry in Prometheus text format, with its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
