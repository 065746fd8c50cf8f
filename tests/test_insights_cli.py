"""`python -m core insights ...`: the JSON shape of the issue, stored scores and changes, clear errors."""
import json
import math
from types import SimpleNamespace

import pytest

from core.cli import main
from core.store import Store


@pytest.fixture
def cli(capsys):
    """Runs `python -m core --db DB --today 2026-11-18 ARGS` in this process (same parser, same commands)."""
    def run(db, *args):
        code = main(["--db", str(db), "--today", "2026-11-18", *args])
        out = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)
    return run


def test_insights_deals_json_shape_and_stored_scores(cli, demo_file):
    r = cli(demo_file, "insights", "deals", "--deal", "9999", "--json")
    assert r.returncode == 1 and "no deal with id 9999" in json.loads(r.stdout)["error"]
    with Store(demo_file) as s:
        assert s.scalar("SELECT count(*) FROM insight_scores") == 0  # bad input changes nothing
    r = cli(demo_file, "insights", "deals", "--json")
    assert r.returncode == 0, r.stderr
    deals = json.loads(r.stdout)
    with Store(demo_file) as s:
        open_ids = {x[0] for x in s.execute("SELECT id FROM deals WHERE stage NOT LIKE 'Closed%'").fetchall()}
        stored = {x[0]: x[1] for x in s.execute("SELECT record_id, score FROM insight_scores WHERE kind = 'deal'")
                  .fetchall()}
    assert {d["deal_id"] for d in deals} == open_ids == set(stored)
    d = deals[0]
    assert {"deal_id", "score", "model", "reasons", "computed_at"} <= set(d)
    assert set(d["reasons"][0]) == {"feature", "text", "contribution"}
    assert [x["score"] for x in deals] == sorted(x["score"] for x in deals)  # worst first
    for x in deals:
        odds = math.log(x["score"] / (100 - x["score"])) - math.log(x["base_rate"] / (100 - x["base_rate"]))
        assert math.isclose(sum(r["contribution"] for r in x["reasons"]), odds, abs_tol=0.01)  # score is rounded


def test_a_later_run_records_what_changed(cli, demo_file):
    assert cli(demo_file, "insights", "deals", "--deal", "5").returncode == 0
    r = cli(demo_file, "insights", "deals", "--deal", "5", "--json", "--today", "2027-01-20")
    assert r.returncode == 0, r.stderr
    hist = json.loads(cli(demo_file, "insights", "history", "5", "--json").stdout)
    assert len(hist) == 1 and hist[0]["new_score"] < hist[0]["old_score"]
    assert any("close date passed" in x["text"] for x in hist[0]["reasons"])


def test_leads(cli, demo_file):
    leads = json.loads(cli(demo_file, "insights", "leads", "--json").stdout)
    assert leads and all({"contact_id", "score", "reasons"} <= set(x) for x in leads)
    assert [x["score"] for x in leads] == sorted((x["score"] for x in leads), reverse=True)


def test_segment_save_list_show(cli, demo_file):
    assert cli(demo_file, "segment", "save", "my proposals", "my deals in proposal").returncode == 0
    listed = json.loads(cli(demo_file, "segment", "list", "--json").stdout)
    shown = json.loads(cli(demo_file, "segment", "show", "my proposals", "--json").stdout)
    with Store(demo_file) as s:
        mine = [x[0] for x in s.execute("SELECT id FROM deals WHERE owner_id = 1 AND stage = 'Proposal' ORDER BY id")
                .fetchall()]
    assert listed == [{"name": "my proposals", "filter": "my deals in proposal", "entity": "deals",
                       "count": len(mine)}]
    assert shown["ids"] == mine
    r = cli(demo_file, "segment", "show", "nope", "--json")
    assert r.returncode == 1 and "no segment called" in json.loads(r.stdout)["error"]
