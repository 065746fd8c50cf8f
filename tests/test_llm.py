"""The optional LLM backend, against a real OpenAI-compatible HTTP server on loopback."""
import pytest

from core.chat import ChatService
from core.llm import LLMUnderstander
from tests.conftest import TODAY
from tests.fake_openai import FakeOpenAI


@pytest.fixture
def fake():
    server = FakeOpenAI({
        "bump that hooli thing to contract stage, 21 grand": [
            ("update_deal", {"deal": "Hooli Security Add-on", "stage": "Negotiation", "amount": 21000})],
        "had coffee w/ the initech cto, she wants a demo next wk": [
            ("log_activity", {"type": "meeting", "contact": "Marcus Webb", "subject": "Coffee"}),
            ("create_task", {"title": "Book a demo", "due_date": "2026-11-23", "contact": "Marcus Webb"})],
        "call dana": [("log_activity", {"type": "call", "contact": "Dana"})],
        "close the zyx deal": [("update_deal", {"deal": "Zyx", "stage": "Closed Won"})],
        "move the hooli deal to proposal": "error",
        "mark the hooli security add-on as won": ("slow", 3),
    })
    yield server
    server.close()


def chat_with(fake, demo_db, timeout=20.0):
    return ChatService(demo_db, LLMUnderstander(fake.url, "test-key", "fake-model", timeout=timeout))


def test_tool_calls_become_the_same_operations(fake, demo_db):
    plan = chat_with(fake, demo_db).plan("bump that hooli thing to contract stage, 21 grand", "alex@autocrm.local",
                                         today=TODAY)
    assert plan.status == "ready" and plan.engine == "llm"
    (step,) = plan.steps
    # the deal is already in Negotiation, so only the amount changes
    assert (step.op, step.id, step.changes) == ("update_deal", 6, {"amount": (18500, 21000)})
    req = fake.requests[0]
    assert req["auth"] == "Bearer test-key" and req["body"]["model"] == "fake-model"
    assert {t["function"]["name"] for t in req["body"]["tools"]} >= {"update_deal", "create_task", "log_activity"}


def test_multi_step_and_links_resolved_from_live_data(fake, demo_db):
    plan = chat_with(fake, demo_db).plan("had coffee w/ the initech cto, she wants a demo next wk",
                                         "alex@autocrm.local", today=TODAY)
    log, task = plan.steps
    assert log.changes["contact_id"][1] == 3 and log.changes["company_id"][1] == 4
    assert task.changes["due_date"][1] == "2026-11-23"


def test_llm_names_are_never_guessed(fake, demo_db):
    chat = chat_with(fake, demo_db)
    amb = chat.plan("call dana", "alex@autocrm.local", today=TODAY)
    assert amb.status == "needs_clarification"
    assert {o.id for o in amb.clarifications[0].options} == {"contacts:1", "contacts:2"}
    unknown = chat.plan("close the zyx deal", "alex@autocrm.local", today=TODAY)
    assert unknown.status == "rejected" and "Zyx" in unknown.errors[0]


def test_server_error_falls_back_to_the_offline_engine(fake, demo_db):
    plan = chat_with(fake, demo_db).plan("move the hooli deal to proposal", "alex@autocrm.local", today=TODAY)
    assert plan.engine == "offline (fallback)"
    assert plan.status == "ready" and plan.steps[0].changes["stage"] == ("Negotiation", "Proposal")


def test_timeout_falls_back_to_the_offline_engine(fake, demo_db):
    plan = chat_with(fake, demo_db, timeout=0.5).plan("mark the hooli security add-on as won", "alex@autocrm.local",
                                                      today=TODAY)
    assert plan.engine == "offline (fallback)" and plan.steps[0].changes["stage"][1] == "Closed Won"
