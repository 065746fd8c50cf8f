"""Segments (saved filters, evaluated live) and automatic lifecycle moves (one undoable plan)."""
import datetime as dt

import pytest

from core.errors import NotFound, ValidationError
from core.executor import apply_plan, load_user, undo_plan
from core.inbox.capture import capture
from core.inbox.models import InboundMessage
from core.insights import segments
from core.insights.lifecycle import plan_moves
from tests.conftest import TODAY, crm_state


@pytest.fixture
def alex(demo_db):
    return load_user(demo_db, "alex@autocrm.local")


def leads(store):
    return {r[0] for r in store.execute("SELECT id FROM contacts WHERE lifecycle_stage = 'lead'").fetchall()}


def test_a_saved_segment_is_re_evaluated_live(demo_db, alex):
    seg = segments.save(demo_db, "quiet leads", "leads with no reply in 2 weeks", alex, TODAY)
    assert set(seg.ids) == leads(demo_db) and seg.entity == "contacts"
    lead = min(leads(demo_db))
    email = demo_db.scalar("SELECT email FROM contacts WHERE id = ?", [lead])
    capture(demo_db, [InboundMessage("email", "seg-1", email, "Any news on the training offer?",
                                     sent_at=dt.datetime.combine(TODAY, dt.time(8)))])
    again = segments.show(demo_db, "QUIET LEADS", alex, TODAY)
    assert set(again.ids) == leads(demo_db) - {lead}
    assert segments.evaluate(demo_db, "leads interested in training", alex, TODAY).ids == (lead,)
    assert [r["name"] for r in segments.saved(demo_db)] == ["quiet leads"]


def test_deal_segments_use_the_chats_filters_and_deal_health(demo_db, alex):
    mine = segments.evaluate(demo_db, "my deals in proposal", alex, TODAY)
    assert set(mine.ids) == {r[0] for r in demo_db.execute(
        "SELECT id FROM deals WHERE owner_id = 1 AND stage = 'Proposal'").fetchall()}
    risky = segments.evaluate(demo_db, "deals at risk", alex, TODAY)
    from core.insights.service import Insights
    assert set(risky.ids) == {s.record_id for s in Insights(demo_db).at_risk(TODAY)} and "at risk" in risky.description


@pytest.mark.parametrize("name,text,error", [("x", "stuff and things", "does not say what it selects"),
                                             ("x", "leads with no reply", "say how long"),
                                             ("", "all leads", "segment name")])
def test_bad_segments_are_refused_and_nothing_is_saved(demo_db, alex, name, text, error):
    with pytest.raises(ValidationError, match=error):
        segments.save(demo_db, name, text, alex, TODAY)
    assert segments.saved(demo_db) == []
    with pytest.raises(NotFound, match="no segment called"):
        segments.show(demo_db, "x", alex, TODAY)


def test_lifecycle_moves_are_one_undoable_plan(demo_db):
    jordan = load_user(demo_db, "jordan@autocrm.local")
    lead = demo_db.one("SELECT id, email FROM contacts WHERE lifecycle_stage = 'lead' AND id NOT IN "
                       "(SELECT contact_id FROM deals WHERE contact_id IS NOT NULL) ORDER BY id LIMIT 1")
    capture(demo_db, [InboundMessage("email", "lc-1", lead["email"], "Hello, tell me more.")])
    before = crm_state(demo_db)
    plan = plan_moves(demo_db, jordan)
    moves = {s.id: s.changes["lifecycle_stage"] for s in plan.steps}
    assert moves[lead["id"]] == ("lead", "prospect")
    won = demo_db.query("SELECT contact_id, (SELECT lifecycle_stage FROM contacts WHERE id = contact_id) AS stage "
                        "FROM deals WHERE stage = 'Closed Won' AND contact_id IS NOT NULL")
    for w in won:
        if w["stage"] != "customer":
            assert moves[w["contact_id"]][1] == "customer"
    assert all(["lead", "prospect", "opportunity", "customer"].index(b) > ["lead", "prospect", "opportunity",
                                                                           "customer"].index(a)
               for a, b in moves.values())
    apply_plan(demo_db, plan, jordan)
    assert demo_db.scalar("SELECT lifecycle_stage FROM contacts WHERE id = ?", [lead["id"]]) == "prospect"
    assert not plan_moves(demo_db, jordan).ready  # nothing left to move
    undo_plan(demo_db, plan.plan_id, jordan)
    assert crm_state(demo_db) == before


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Tokyo"])
def test_no_reply_in_two_weeks_counts_back_from_the_end_of_today_here(demo_db, alex, machine_zone, zone):
    """The two weeks run back from 23:59 today in the server's zone: a lead who wrote an hour before that moment
    fourteen days ago is quiet, one who wrote half a minute after it is not, whichever UTC day those times are on."""
    from core.store import utc
    machine_zone(zone)
    quiet = segments.evaluate(demo_db, "leads with no reply in 2 weeks", alex, TODAY)
    before, after = sorted(quiet.ids)[:2]
    cutoff = dt.datetime.combine(TODAY - dt.timedelta(days=14), dt.time(23, 59))  # by hand, in local time
    for lead, local in ((before, cutoff - dt.timedelta(hours=1)), (after, cutoff + dt.timedelta(seconds=30))):
        email = demo_db.scalar("SELECT email FROM contacts WHERE id = ?", [lead])
        capture(demo_db, [InboundMessage("email", f"edge-{lead}", email, "Still interested in the offer.",
                                         sent_at=utc(local))])  # stored in UTC, as capture stores every time
    again = set(segments.evaluate(demo_db, "leads with no reply in 2 weeks", alex, TODAY).ids)
    assert before in again and after not in again
