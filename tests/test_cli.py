import json
import subprocess
import sys

import pytest

from core.store import Store
from tests.conftest import ROOT, crm_state


def cli(db, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "core", "--db", str(db), "--today", "2026-11-18", *args],
                          cwd=ROOT, capture_output=True, text=True, input=stdin, timeout=120)


def test_plan_json_shape_and_exit_codes(demo_file):
    r = cli(demo_file, "plan", "move the Hooli security add-on to negotiation at 20k and remind me Friday", "--json")
    assert r.returncode == 0, r.stderr
    plan = json.loads(r.stdout)
    assert plan["status"] == "ready"
    update, task = plan["steps"]
    assert update == {"op": "update_deal", "table": "deals", "id": 6, "label": update["label"],
                      "changes": {"amount": {"from": 18500, "to": 20000}}}
    assert task["op"] == "create_task" and task["id"] == 81
    assert task["changes"]["due_date"] == {"from": None, "to": "2026-11-20"}
    assert task["changes"]["deal_id"]["to"] == 6 and task["changes"]["owner_id"]["to"] == 1
    r = cli(demo_file, "plan", "log a call with Dana", "--json")
    assert r.returncode == 2
    clar = json.loads(r.stdout)["clarifications"][0]
    assert {o["id"] for o in clar["options"]} == {"contacts:1", "contacts:2"}


def test_do_undo_history_round_trip(demo_file):
    with Store(demo_file) as s:
        before = crm_state(s)
    r = cli(demo_file, "do", "mark the Hooli security add-on as won", "--yes", "--json", "--user", "sam@autocrm.local")
    assert r.returncode == 0, r.stderr
    plan_id = json.loads(r.stdout)["plan_id"]
    hist = json.loads(cli(demo_file, "history", "--json").stdout)
    assert hist[0]["plan_id"] == plan_id and hist[0]["status"] == "applied"
    r = cli(demo_file, "undo", plan_id, "--json", "--user", "sam@autocrm.local")
    assert json.loads(r.stdout) == {"status": "reverted", "plan_id": plan_id, "steps": 1}
    with Store(demo_file) as s:
        assert crm_state(s) == before


def test_plan_jsonl_plans_every_line(demo_file, tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in [
        {"text": "log a call with Marcus Webb", "user": "alex@autocrm.local", "session": "s1"},
        {"text": "remind me to follow him up tomorrow", "user": "alex@autocrm.local", "session": "s1"},
        {"text": "delete the Initech analytics suite", "user": "priya@autocrm.local"},
    ]))
    r = cli(demo_file, "plan", "--jsonl", str(f))
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["status"] for x in lines] == ["ready", "ready", "rejected"]
    assert lines[1]["steps"][0]["changes"]["contact_id"]["to"] == 3
    assert "admin" in lines[2]["errors"][0]


def write(path, text):
    path.write_text(text)
    return str(path)


def test_import_csv_keeps_ids_and_links_owners(tmp_path):
    db = tmp_path / "new.duckdb"
    assert cli(db, "init").returncode == 0
    users = write(tmp_path / "u.csv", "id,name,email,role\n7,Kim Lee,kim@x.io,rep\n")
    companies = write(tmp_path / "c.csv", "id,name,domain,industry,owner_email\n30,Zeta,zeta.io,Software,kim@x.io\n")
    deals = write(tmp_path / "d.csv", "id,name,company_id,stage,amount,close_date,owner_email\n"
                                      "90,Zeta Pilot,30,Proposal,12000,2026-12-01,kim@x.io\n")
    r = cli(db, "import", "--users", users, "--companies", companies, "--deals", deals, "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)["imported"] == {"users": 1, "companies": 1, "deals": 1}
    with Store(db) as s:
        assert s.one("SELECT owner_id, company_id, stage FROM deals WHERE id = 90") == \
            {"owner_id": 7, "company_id": 30, "stage": "Proposal"}
    r = cli(db, "plan", "move the Zeta pilot to negotiation", "--user", "kim@x.io", "--json")
    assert json.loads(r.stdout)["steps"][0]["id"] == 90


@pytest.mark.parametrize("deals_csv,reason", [
    ("id,name,company_id,stage\n91,Ok,30,Lead\n92,Bad,30,Dreaming\n", "line 3"),
    ("id,name,company_id,stage,amount\n91,Ok,30,Lead,12x\n", "amount"),
    ("id,name,company_id,stage\n91,Orphan,999,Lead\n", "company_id 999"),
    ("id,name,company_id,stage,owner_email\n91,Ok,30,Lead,nobody@x.io\n", "nobody@x.io"),
    ("id,nme,company_id,stage\n91,Ok,30,Lead\n", "unknown column"),
])
def test_a_bad_row_aborts_the_whole_import(tmp_path, deals_csv, reason):
    db = tmp_path / "new.duckdb"
    cli(db, "init")
    companies = write(tmp_path / "c.csv", "id,name\n30,Zeta\n")
    deals = write(tmp_path / "d.csv", deals_csv)
    r = cli(db, "import", "--companies", companies, "--deals", deals)
    assert r.returncode == 1
    assert "d.csv" in r.stderr and reason in r.stderr
    with Store(db) as s:
        assert s.scalar("SELECT count(*) FROM companies") == 0
        assert s.scalar("SELECT count(*) FROM deals") == 0


def test_init_demo_is_deterministic(tmp_path):
    a, b = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    for db in (a, b):
        assert cli(db, "init", "--demo").returncode == 0
    with Store(a) as sa, Store(b) as sb:
        assert sa.query("SELECT name, stage, amount, close_date FROM deals ORDER BY id") == \
            sb.query("SELECT name, stage, amount, close_date FROM deals ORDER BY id")
        counts = {t: sa.scalar(f"SELECT count(*) FROM {t}") for t in ("companies", "contacts", "deals", "activities")}
    assert counts == {"companies": 40, "contacts": 120, "deals": 60, "activities": 2000}


def test_cli_plans_with_the_same_engine_as_the_app(demo_file):
    """With CRM_LLM_BASE_URL set, `python -m core plan` uses the LLM backend, as the chat page does."""
    import os

    from tests.fake_openai import FakeOpenAI

    server = FakeOpenAI({"bump that hooli thing to contract stage, 21 grand": [
        ("update_deal", {"deal": "Hooli Security Add-on", "stage": "Negotiation", "amount": 21000})]})
    try:
        env = dict(os.environ, CRM_LLM_BASE_URL=server.url, CRM_LLM_API_KEY="k", CRM_LLM_MODEL="fake-model")
        out = subprocess.run([sys.executable, "-m", "core", "--db", str(demo_file), "--json", "--today",
                              "2026-11-18", "plan", "bump that hooli thing to contract stage, 21 grand"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        plan = json.loads(out.stdout)
        assert plan["engine"] == "llm" and plan["steps"][0]["changes"]["amount"]["to"] == 21000, out.stdout
        assert server.requests, "the CLI never called the configured LLM"
    finally:
        server.close()
