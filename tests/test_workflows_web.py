"""Workflows over real HTTP: an n8n-style caller starts a run; the server's own worker moves it on."""
from __future__ import annotations

import time

import httpx
import pytest

from core import services as core_services
from core import web
from tests.test_inbox_support import make_inbox, running

API = "api-token"
HOOKED = """
name: from-n8n
trigger: {kind: webhook}
steps:
  - {id: pause, kind: wait, duration: 1}
  - {id: call, kind: task, title: "Call {first_name} (asked for by another tool)"}
  - {id: done, kind: stop}
"""


@pytest.fixture
def server(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_API_TOKEN", API)
    monkeypatch.setenv("CRM_WORKFLOW_POLL_SECONDS", "0.2")
    core_services.reset()
    svc = core_services.get_services(str(demo_file))
    svc.get("inbox", lambda s: make_inbox(s.store))
    svc.workflows.registry.import_text(HOOKED, "from-n8n.yaml", enabled=True)
    with running(web.build_app(lambda: core_services.get_services(str(demo_file)))) as url:
        with httpx.Client(base_url=url, timeout=20) as client:
            yield client, svc
    core_services.reset()


def test_a_webhook_starts_a_run_and_the_server_worker_fires_its_timer(server):
    client, svc = server
    contact = svc.store.one("SELECT id, first_name FROM contacts WHERE deleted_at IS NULL ORDER BY id LIMIT 1")
    url = "/api/workflows/from-n8n/runs"
    assert client.post(url, json={"contact_id": contact["id"]}).status_code == 401
    assert client.post(url, json={"contact_id": contact["id"]},
                       headers={"Authorization": "Bearer wrong"}).status_code == 401
    auth = {"Authorization": f"Bearer {API}"}
    bad = client.post(url, json={"contact_id": "seven"}, headers=auth)
    assert bad.status_code == 400 and "contact_id must be an integer" in bad.json()["error"]
    assert client.post("/api/workflows/nope/runs", json={"contact_id": 1}, headers=auth).status_code == 404
    off = client.post("/api/workflows/lead-nurturing/runs", json={"contact_id": contact["id"]}, headers=auth)
    assert off.status_code == 400 and "starts on record_created" in off.json()["error"]
    assert svc.store.scalar("SELECT count(*) FROM workflow_runs") == 0  # refused calls changed nothing
    r = client.post(url, json={"contact_id": contact["id"]}, headers=auth)
    assert r.status_code == 201, r.text
    run = r.json()
    assert (run["workflow"], run["status"], run["step"]) == ("from-n8n", "waiting", "pause")
    again = client.post(url, json={"contact_id": contact["id"]}, headers=auth)
    assert again.status_code == 400 and "does not allow re-entry" in again.json()["error"]
    deadline = time.time() + 20
    while time.time() < deadline and svc.workflows.run(run["id"])["status"] != "done":
        time.sleep(0.1)
    assert svc.workflows.run(run["id"])["status"] == "done"
    title = svc.store.scalar("SELECT title FROM tasks WHERE contact_id = ? ORDER BY id DESC LIMIT 1", [contact["id"]])
    assert title == f"Call {contact['first_name']} (asked for by another tool)"
