"""The review page driven through AppTest: approve, edit & send, reject, autopilot toggle."""
import pytest
from streamlit.testing.v1 import AppTest

from core import services as core_services
from core.embeddings import HashingEmbedder
from core.inbox import formats
from core.inbox.service import Inbox
from tests.conftest import ROOT
from tests.ui.conftest import signed_in


@pytest.fixture
def queue(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    monkeypatch.setenv("CRM_AUTOPILOT_DEFAULT", "off")
    core_services.reset()
    svc = core_services.get_services(str(demo_file))
    inbox = svc.get("inbox", lambda s: Inbox(s, embedder=HashingEmbedder()))
    texts = ["How much is the support plan per year?", "Can I get an invoice copy for October?",
             "Do you offer a discount for nonprofits?"]
    for i, text in enumerate(texts):
        inbox.ingest(formats.parse_generic({"channel": "sms", "id": f"rv-{i}", "from": f"+1555000{i:04d}",
                                            "text": text}))
    inbox.run_once()
    at = signed_in(AppTest.from_file(str(ROOT / "ui" / "review.py"), default_timeout=60), demo_file,
                   "riley@autocrm.local")
    at.run()
    assert not at.exception
    yield at, inbox
    core_services.reset()


def drafts(inbox):
    return {r["id"]: r for r in inbox.store.query("SELECT id, status, body, conversation_id FROM drafts ORDER BY id")}


def click(at, prefix, draft_id):
    at.button(key=f"{prefix}-{draft_id}").click().run()
    assert not at.exception


def test_approve_edit_reject_and_autopilot(queue):
    at, inbox = queue
    ids = sorted(drafts(inbox))
    assert len(ids) == 3 and at.metric[0].value == "3"
    click(at, "send", ids[0])
    at.text_area(key=f"draft-{ids[1]}").set_value("Sure, I've attached the October invoice.").run()
    assert at.button(key=f"send-{ids[1]}").label == "Send edited reply"
    click(at, "send", ids[1])
    at.text_input(key=f"reason-{ids[2]}").set_value("needs sales to decide").run()
    click(at, "reject", ids[2])
    assert any("rejected (needs sales to decide)" in m.value.replace("\\", "") for m in at.success)
    decided = " ".join(t.value for t in at.text)
    assert f"rejected · draft #{ids[2]}" in decided and "reason: needs sales to decide" in decided
    d = drafts(inbox)
    assert [d[i]["status"] for i in ids][:1] in (["approved"], ["sent"])
    assert d[ids[1]]["status"] in ("edited", "sent")
    assert inbox.store.scalar("SELECT decision FROM drafts WHERE id = ?", [ids[1]]) == "edited"
    assert inbox.store.scalar("SELECT decision FROM drafts WHERE id = ?", [ids[0]]) == "approved"
    assert d[ids[2]]["status"] == "rejected"
    sent = inbox.store.query("SELECT body, kind FROM outbox ORDER BY id")
    assert [s["kind"] for s in sent] == ["review", "review"]
    assert sent[1]["body"] == "Sure, I've attached the October invoice."
    assert at.metric[0].value == "0"


def test_double_approve_sends_once(queue):
    at, inbox = queue
    first = sorted(drafts(inbox))[0]
    riley = inbox.store.one("SELECT * FROM users WHERE email = 'riley@autocrm.local'")
    from core.models import User
    user = User(riley["id"], riley["name"], riley["email"], riley["role"])
    inbox.review.approve(first, user)
    again = inbox.review.approve(first, user)
    assert again.repeated
    assert inbox.store.scalar("SELECT count(*) FROM outbox WHERE draft_id = ?", [first]) == 1


def test_the_primary_button_sends_the_edit_not_the_draft(queue):
    """The reviewer rewrites the reply and presses the one send button: the customer gets the rewrite."""
    at, inbox = queue
    first = sorted(drafts(inbox))[0]
    ai_text = drafts(inbox)[first]["body"]
    at.text_area(key=f"draft-{first}").set_value("Our support plan is $4,000 a year; I'll send the quote.").run()
    click(at, "send", first)
    sent = inbox.store.query("SELECT body FROM outbox WHERE draft_id = ?", [first])
    assert [s["body"] for s in sent] == ["Our support plan is $4,000 a year; I'll send the quote."]
    assert sent[0]["body"] != ai_text
    assert not any(ai_text in m.value for m in at.markdown)  # the draft is shown once: in the box


def test_customer_text_is_shown_as_text_not_markdown(queue):
    at, inbox = queue
    inbox.ingest(formats.parse_generic({"channel": "sms", "id": "rv-md", "from": "+15550009999",
                                        "text": "![x](http://evil.example/a.png) **Draft 1 Approved**"}))
    inbox.run_once()
    at.run()
    assert any("![x](http://evil.example/a.png) **Draft 1 Approved**" in t.value for t in at.text)
    assert not any("evil.example" in m.value for m in at.markdown)


def test_autopilot_toggle(queue):
    at, inbox = queue
    first = sorted(drafts(inbox))[0]
    conv = drafts(inbox)[first]["conversation_id"]
    at.toggle(key=f"auto-{first}").set_value(True).run()
    assert not at.exception
    assert inbox.store.scalar("SELECT autopilot FROM conversations WHERE id = ?", [conv]) is True


def test_superseded_draft_is_sent_only_when_confirmed(queue):
    at, inbox = queue
    first = sorted(drafts(inbox))[0]
    conv = drafts(inbox)[first]["conversation_id"]
    alex = inbox.store.one("SELECT * FROM users WHERE email = 'alex@autocrm.local'")
    from core.models import User
    inbox.reply(conv, "Handled by phone.", User(alex["id"], alex["name"], alex["email"], alex["role"]))
    at.run()
    assert at.metric[0].value == "2"
    click(at, "send", first)  # the "Send anyway" button of the superseded section confirms explicitly
    assert drafts(inbox)[first]["status"] in ("approved", "sent")
    assert inbox.store.scalar("SELECT decision_reason FROM drafts WHERE id = ?", [first]) == \
        "re-confirmed after supersede"


def test_settings_page_saves_threshold_for_admins_only(queue, demo_file):
    _, inbox = queue
    at = signed_in(AppTest.from_file(str(ROOT / "ui" / "settings.py"), default_timeout=60), demo_file,
                   "jordan@autocrm.local")
    at.run()
    assert not at.exception
    at.slider(key="auto-threshold").set_value(0.9)  # inside the form: sent with the submit
    at.button(key="auto-save").click().run()
    assert inbox.settings.threshold() == 0.9
    signed_in(at, demo_file, "riley@autocrm.local").run()
    assert not at.slider and any("only admins" in i.value for i in at.info)


def test_a_rep_signed_in_cannot_send_whatever_the_session_state_says(queue, demo_file):
    """The callbacks act as the signed-in user: the old picker's user_email in session_state changes nothing."""
    at, inbox = queue
    first = sorted(drafts(inbox))[0]
    signed_in(at, demo_file, "alex@autocrm.local")
    at.session_state["user_email"] = "riley@autocrm.local"
    at.run()
    click(at, "send", first)
    assert any("only reviewers and admins" in e.value for e in at.error)
    assert drafts(inbox)[first]["status"] == "pending"
    assert inbox.store.scalar("SELECT count(*) FROM outbox") == 0


def test_a_request_only_a_person_decides_is_marked_on_its_card(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    core_services.reset()
    svc = core_services.get_services(str(demo_file))
    inbox = svc.get("inbox", lambda s: Inbox(s, embedder=HashingEmbedder()))
    inbox.ingest(formats.parse_generic({"channel": "sms", "id": "rv-held", "from": "+15550009999",
                                        "text": "We were charged twice in October, please refund the second payment."}))
    inbox.run_once()
    at = signed_in(AppTest.from_file(str(ROOT / "ui" / "review.py"), default_timeout=60), demo_file,
                   "riley@autocrm.local")
    at.run()
    assert not at.exception
    assert any("Only a person decides this: the message asks for a refund or credit" in w.value for w in at.warning)
    core_services.reset()
