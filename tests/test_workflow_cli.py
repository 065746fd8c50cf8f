"""`python -m core workflow …` in-process: list, import, export, start, runs, experiment, with --json."""
from __future__ import annotations

import json

from core.cli import main


def run(capsys, *args) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_workflow_commands(demo_file, tmp_path, capsys):
    db = ["--db", str(demo_file)]
    code, out = run(capsys, *db, "workflow", "list", "--json")
    assert code == 0 and {w["name"] for w in json.loads(out)} == {"lead-nurturing", "abandoned-interest",
                                                                   "customer-lifecycle"}
    code, out = run(capsys, *db, "workflow", "export", "lead-nurturing", "--format", "json", "--json")
    definition = json.loads(json.loads(out)["text"])
    assert definition["trigger"] == {"kind": "record_created", "table": "contacts"}
    definition["name"] = "my-nurture"
    path = tmp_path / "my.json"
    path.write_text(json.dumps(definition))
    code, out = run(capsys, *db, "workflow", "import", str(path), "--json")
    assert code == 0 and json.loads(out) == {"imported": "my-nurture", "steps": 8, "trigger": "record_created"}
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: broken\nsteps:\n  - {id: a, kind: wait, duration: forever}\n")
    code, out = run(capsys, *db, "workflow", "import", str(bad), "--json")
    assert code == 1 and "bad.yaml: steps[0] (a).duration: 'forever' is not a duration" in json.loads(out)["error"]
    code, out = run(capsys, *db, "workflow", "list", "--json")
    assert "broken" not in {w["name"] for w in json.loads(out)}
    code, out = run(capsys, *db, "workflow", "start", "customer-lifecycle", "--contact", "5", "--json")
    started = json.loads(out)
    assert code == 0 and (started["status"], started["step"]) == ("waiting", "wait_7")
    code, out = run(capsys, *db, "workflow", "start", "customer-lifecycle", "--contact", "5", "--json")
    assert code == 1 and "does not allow re-entry" in json.loads(out)["error"]
    code, out = run(capsys, *db, "workflow", "runs", "--contact", "5", "--json")
    assert [(r["id"], r["workflow"], r["waiting_for"]) for r in json.loads(out)] == \
        [(started["id"], "customer-lifecycle", "wait")]
    code, out = run(capsys, *db, "workflow", "runs", "--contact", "5")
    assert f"run {started['id']:>5}  customer-lifecycle" in out and "waiting until" in out
    code, out = run(capsys, *db, "workflow", "experiment", "customer-lifecycle", "feedback", "--json")
    assert [v["name"] for v in json.loads(out)["variants"]] == ["A", "B"]
    code, out = run(capsys, *db, "workflow", "show", "nope")
    assert code == 1
