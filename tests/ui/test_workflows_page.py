"""The Workflows page through AppTest: create from a template, start a run, watch it move, pause and resume."""
from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from core import services as core_services
from core.inbox.capture import capture
from core.inbox.models import InboundMessage
from core.workflows.engine import WorkflowEngine
from tests.conftest import ROOT
from tests.ui.conftest import signed_in


class Clock:
    t = dt.datetime(2026, 11, 18, 9, 0)

    def __call__(self):
        return self.t


@pytest.fixture
def page(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    core_services.reset()
    svc = core_services.get_services(str(demo_file))
    clock = Clock()
    eng = svc.get("workflows", lambda a: WorkflowEngine(a.store, clock=clock))
    capture(svc.store, [InboundMessage("whatsapp", "wf-ui-1", "+15550009999", "hello", sent_at=clock.t,
                                       name="Nia Page")], default_autopilot=True)
    contact = svc.store.scalar("SELECT contact_id FROM conversations WHERE address = '+15550009999'")
    yield svc, eng, clock, contact
    core_services.reset()


def open_page(demo_file, email):
    at = signed_in(AppTest.from_file(str(ROOT / "ui" / "workflows.py"), default_timeout=60), demo_file, email)
    at.run()
    assert not at.exception
    return at


def test_create_from_template_start_a_run_and_watch_it_move(page, demo_file):
    svc, eng, clock, contact = page
    at = open_page(demo_file, "alex@autocrm.local")
    listed = at.dataframe[0].value
    assert set(listed["Workflow"]) == {"lead-nurturing", "abandoned-interest", "customer-lifecycle"}
    at.selectbox(key="wf_template").set_value("customer-lifecycle").run()
    at.text_input(key="wf_new_name").set_value("after-purchase").run()
    at.button(key="wf_create").click().run()
    assert not at.exception
    assert at.selectbox(key="wf_selected").value == "after-purchase"
    assert "after-purchase" in set(at.dataframe[0].value["Workflow"])
    at.number_input(key="wf_contact").set_value(contact).run()
    at.button(key="wf_start").click().run()
    assert not at.exception and "started: waiting at wait_7" in at.success[0].value
    runs = at.dataframe[-2].value
    assert list(runs["Step"]) == ["wait_7"] and runs["Why"][0] == "waiting until 2026-11-25 09:00"
    assert list(at.dataframe[-1].value["Step"]) == ["thanks", "wait_7"]
    clock.t += dt.timedelta(days=7, minutes=5)  # the server's worker fires the timer
    eng.tick()
    at.run()
    runs = at.dataframe[-2].value
    assert list(runs["Step"]) == ["wait_30"] and runs["Why"][0].startswith("waiting until 2026-12-18")
    assert list(at.dataframe[-1].value["Outcome"]) == ["sent", "elapsed", "sent", "waiting"]
    run_id = int(runs["Run"][0])
    at.button(key=f"wf_pause_{run_id}").click().run()
    assert eng.run(run_id)["status"] == "paused"
    at.button(key=f"wf_resume_{run_id}").click().run()
    assert eng.run(run_id)["status"] == "waiting"


def test_bad_yaml_is_refused_with_where_and_a_reviewer_only_looks(page, demo_file):
    svc, eng, clock, contact = page
    at = open_page(demo_file, "alex@autocrm.local")
    at.selectbox(key="wf_selected").set_value("lead-nurturing").run()
    before = eng.registry.export("lead-nurturing")
    at.text_area(key="wf_yaml_lead-nurturing").set_value(before.replace("timeout: 3d", "timeout: soon")).run()
    at.button(key="wf_save_lead-nurturing").click().run()
    assert "steps[1] (wait_welcome).timeout: 'soon' is not a duration" in at.error[0].value
    assert eng.registry.export("lead-nurturing") == before
    viewer = open_page(demo_file, "riley@autocrm.local")
    assert not [b for b in viewer.button if b.key in ("wf_create", "wf_start")]
    assert "reps and admins start runs" in viewer.info[0].value
