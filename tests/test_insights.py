"""Deal health and lead scores on the demo data: reasons that add up, a customer going quiet, stored changes."""
import datetime as dt
import math

import numpy as np
import pytest

from core.inbox.capture import capture
from core.inbox.models import InboundMessage
from core.insights import model as M
from core.insights.features import tier_of
from core.insights.service import Insights, deviation
from tests.conftest import TODAY

DEAL = 5  # Initech Analytics Suite: Proposal, its contact is Marcus Webb (marcus.webb@initech.com)


def at(day: dt.date, hour: int = 18) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def write_in(store, days: list[dt.date], address="marcus.webb@initech.com"):
    """The customer writes in on these days (through the real capture path)."""
    capture(store, [InboundMessage("email", f"m-{d.isoformat()}-{address}", address, "Thanks, looking at it now.",
                                   sent_at=at(d, 10)) for d in days])


def test_reasons_add_up_to_the_scores_deviation_from_the_base_rate(demo_db):
    scores = Insights(demo_db).score_deals(TODAY)
    assert len(scores) == demo_db.scalar("SELECT count(*) FROM deals WHERE stage NOT LIKE 'Closed%'")
    for s in scores:
        assert 0 < s.score < 100
        assert math.isclose(sum(r.contribution for r in s.reasons), deviation(s), abs_tol=1e-6)
    assert len({round(s.score, 1) for s in scores}) > 10  # deals differ


def test_few_closed_deals_use_the_documented_prior_and_say_so(demo_db):
    model, _, _ = Insights(demo_db).model(TODAY)
    won = demo_db.scalar("SELECT count(*) FROM deals WHERE stage = 'Closed Won'")
    assert model.name == "prior" and model.n_won == won
    assert f"{won} won" in model.label and "prior" in model.label


def test_a_deal_whose_customer_stopped_replying_drops_and_says_so(demo_db):
    insights = Insights(demo_db)
    write_in(demo_db, [TODAY - dt.timedelta(days=d) for d in (9, 6, 3)])  # every 3 days
    before = insights.score_deals(at(TODAY), deal_ids=[DEAL], save=True)[0]
    reply = next(r for r in before.reasons if r.feature == "days_since_reply")
    assert reply.text == "customer replied 3 days ago (typical 3)" and reply.contribution > 0

    later = TODAY + dt.timedelta(days=15)  # nothing since: the last reply is 18 days old
    after = insights.score_deals(at(later), deal_ids=[DEAL], save=True)[0]
    assert after.score < before.score - 10
    worst = min(after.reasons, key=lambda r: r.contribution)
    assert worst.feature == "days_since_reply" and worst.text == "no reply in 18 days (typical 3)"
    change = insights.history("deal", DEAL)[0]
    assert change["old_score"] == pytest.approx(before.score) and change["new_score"] == pytest.approx(after.score)
    assert change["reasons"][0]["feature"] == "days_since_reply"
    assert change["reasons"][0]["text"] == "no reply in 18 days (typical 3)"


def test_a_deal_whose_customer_keeps_replying_scores_higher_than_one_gone_quiet(demo_db):
    write_in(demo_db, [TODAY - dt.timedelta(days=d) for d in (20, 17, 1)])
    write_in(demo_db, [TODAY - dt.timedelta(days=d) for d in (40, 37, 34)], "olivia.chen@hooli.com")
    scores = {s.record_id: s for s in Insights(demo_db).score_deals(at(TODAY))}
    quiet = next(r for r in scores[6].reasons if r.feature == "days_since_reply")  # Hooli: last wrote 34 days ago
    assert quiet.text.startswith("no reply in 34 days") and quiet.contribution < 0


def test_small_score_moves_are_not_recorded_as_changes(demo_db):
    insights = Insights(demo_db)
    insights.score_deals(at(TODAY), save=True)
    assert insights.score_deals(at(TODAY, 19), save=True) and not demo_db.scalar(
        "SELECT count(*) FROM insight_score_changes")
    assert demo_db.scalar("SELECT count(*) FROM insight_scores WHERE kind = 'deal'") == len(insights.stored("deal"))


def test_unknown_deal_is_a_clear_error(demo_db):
    from core.errors import NotFound
    with pytest.raises(NotFound, match="no deal with id 9999"):
        Insights(demo_db).score_deals(TODAY, deal_ids=[9999])


def test_lead_scores_rank_an_engaged_executive_above_a_silent_one(demo_db):
    scores = Insights(demo_db).score_leads(TODAY)
    assert scores and {s.kind for s in scores} == {"lead"}
    assert len(scores) == demo_db.scalar("SELECT count(*) FROM contacts WHERE lifecycle_stage = 'lead'")
    lead = demo_db.one("SELECT id, email FROM contacts WHERE lifecycle_stage = 'lead' ORDER BY id LIMIT 1")
    base = next(s for s in scores if s.record_id == lead["id"])
    capture(demo_db, [InboundMessage("email", "lead-1", lead["email"], "Can you send the contract? We are ready.",
                                     sent_at=at(TODAY - dt.timedelta(days=1), 10))])
    again = next(s for s in Insights(demo_db).score_leads(TODAY) if s.record_id == lead["id"])
    assert again.score > base.score
    assert any(r.text == "replied 1 day ago" for r in again.reasons)
    for s in scores:
        assert math.isclose(sum(r.contribution for r in s.reasons), deviation(s), abs_tol=1e-6)


@pytest.mark.parametrize("title,tier", [("VP Operations", "vp"), ("CTO", "executive"), ("Head of IT", "vp"),
                                        ("Director of Engineering", "director"), ("Office Manager", "manager"),
                                        ("Chief Revenue Officer", "executive"), ("", None)])
def test_title_tiers_come_from_the_vocabulary(title, tier):
    assert tier_of(title) == tier


def test_learned_model_follows_the_data_and_its_reasons_still_add_up():
    """With enough closed deals the logistic model learns what the prior did not know (an owner effect)."""
    spec = M.load_spec("deal")
    rng = np.random.default_rng(0)
    n = 600
    bins = np.stack([rng.integers(0, f.n_bins, n) for f in spec.features], axis=1)
    j = [f.name for f in spec.features].index("owner_win_rate")
    y = (rng.random(n) < np.where(bins[:, j] == 2, 0.7, 0.25)).astype(float)
    model = M.choose(spec, bins, y, allow_boosting=False)
    assert model.name == "logistic" and model.n_won + model.n_lost == n
    p, contrib = model.predict(bins)
    assert np.allclose(M.logit(p) - M.logit(model.base_rate), contrib.sum(axis=1))
    high = contrib[bins[:, j] == 2, j].mean()
    low = contrib[bins[:, j] == 0, j].mean()
    assert high > low + 0.5
    assert M.choose(spec, bins[:20], y[:20]).name == "prior"


def test_chat_lists_deals_at_risk_with_their_reasons(demo_db):
    from core.chat import ChatService
    p = ChatService(demo_db).plan("which deals are at risk?", "alex@autocrm.local", None, today=TODAY)
    risky = [s for s in Insights(demo_db).score_deals(TODAY) if deviation(s) <= math.log(0.5)]
    assert p.intent == "question" and risky
    assert p.answer.startswith(f"{len(risky)} open deal")
    assert [r["id"] for r in p.table] == [s.record_id for s in risky]
    assert all(r["why"] for r in p.table) and risky[0].name in p.answer


def test_chat_says_why_a_deal_dropped(demo_db):
    from core.chat import ChatService
    insights = Insights(demo_db)
    write_in(demo_db, [TODAY - dt.timedelta(days=d) for d in (9, 6, 3)])
    insights.score_deals(at(TODAY), save=True)
    insights.score_deals(at(TODAY + dt.timedelta(days=15)), save=True)
    p = ChatService(demo_db).plan("why did the Initech deal drop?", "alex@autocrm.local", None,
                                  today=TODAY + dt.timedelta(days=15))
    assert p.intent == "question"
    assert "Initech Analytics Suite dropped from" in p.answer and "no reply in 18 days (typical 3)" in p.answer


def test_slower_answers_and_a_souring_tone_are_reasons(demo_db):
    """The customer used to answer within half a day and sounded pleased; lately answers take 3 days and sound cross."""
    from tests.test_inbox_support import make_inbox

    addr, msgs = "marcus.webb@initech.com", []
    early = [(40, "Great, thanks, we love the new dashboard."), (36, "Perfect, very helpful, thank you."),
             (32, "Excellent, the team is happy with it."), (28, "Brilliant, glad we did this.")]
    late = [(12, "This is frustrating, still nothing works."), (8, "Disappointing and slow, honestly."),
            (4, "Poor follow-up again, we are annoyed.")]
    for n, (ago, text) in enumerate(early + late):
        asked = at(TODAY - dt.timedelta(days=ago), 9)
        answered = asked + dt.timedelta(hours=12 if (ago, text) in early else 72)
        msgs += [InboundMessage("email", f"out-{n}", addr, "Any thoughts?", sent_at=asked, direction="out"),
                 InboundMessage("email", f"in-{n}", addr, text, sent_at=answered)]
    capture(demo_db, msgs)
    make_inbox(demo_db).process_pending()
    score = Insights(demo_db).score_deals(at(TODAY), deal_ids=[DEAL])[0]
    reasons = {r.feature: r for r in score.reasons}
    assert reasons["reply_latency_ratio"].text == "answers much slower: 3 days (typical 0.5)"
    assert reasons["reply_latency_ratio"].contribution < 0
    assert reasons["tone_trend"].text.startswith("customer's tone worsening")
    assert reasons["tone_trend"].contribution < 0


def test_chat_ranks_my_leads_by_score(demo_db):
    from core.chat import ChatService
    p = ChatService(demo_db).plan("which leads should I call first?", "alex@autocrm.local", None, today=TODAY)
    mine = {r[0] for r in demo_db.execute("SELECT id FROM contacts WHERE owner_id = 1 AND lifecycle_stage = 'lead'")
            .fetchall()}
    assert p.intent == "question" and "most promising first" in p.answer
    assert {r["id"] for r in p.table} == mine
    assert [r["score"] for r in p.table] == sorted((r["score"] for r in p.table), reverse=True)


def test_boosting_is_used_only_when_it_wins_and_its_reasons_still_add_up():
    """An interaction the additive model cannot express (owner and product only win together): boosting wins the
    time-ordered hold-out, and its extra reason carries what the logistic sum misses."""
    spec = M.load_spec("deal")
    rng = np.random.default_rng(1)
    n = 1200
    bins = np.stack([rng.integers(0, f.n_bins, n) for f in spec.features], axis=1)
    names = [f.name for f in spec.features]
    a, b = names.index("owner_win_rate"), names.index("product_win_rate")
    y = (rng.random(n) < np.where((bins[:, a] == 2) == (bins[:, b] == 2), 0.8, 0.2)).astype(float)
    model = M.choose(spec, bins, y)
    assert model.name == "boosted" and model.metrics["holdout"]["boosted"]["auc"] > \
        model.metrics["holdout"]["logistic"]["auc"]
    p, contrib = model.predict(bins)
    assert contrib.shape[1] == len(names) + 1
    assert np.allclose(M.logit(p) - M.logit(model.base_rate), contrib.sum(axis=1))
    assert M.auc(y, p) > 0.7


@pytest.mark.parametrize("zone,hour,replied", [("America/New_York", 17, "customer replied 0 days ago"),
                                               ("Asia/Tokyo", 19, "customer replied 3 days ago")])
def test_a_day_is_seen_at_its_end_in_the_servers_zone(demo_db, machine_zone, zone, hour, replied):
    """Health as of a date is seen at 18:00 there, local time (stored as UTC): a reply at 17:00 local counts, one
    at 19:00 does not, though in UTC the first is after 18:00 (New York) and the second before it (Tokyo)."""
    from core.store import utc
    machine_zone(zone)
    days = [TODAY - dt.timedelta(days=d) for d in (9, 6, 3)]
    capture(demo_db, [InboundMessage("email", f"tz-{i}", "marcus.webb@initech.com", "Thanks, looking at it now.",
                                     sent_at=utc(when)) for i, when in enumerate([at(d, 10) for d in days]
                                                                                  + [at(TODAY, hour)])])
    score = Insights(demo_db).score_deals(TODAY, deal_ids=[DEAL])[0]
    assert score.as_of == utc(at(TODAY))
    assert next(r for r in score.reasons if r.feature == "days_since_reply").text.startswith(replied)


def test_a_close_date_passed_yesterday_here_is_one_day_overdue_now(demo_db, machine_zone, monkeypatch):
    """Scored now (no date given): the close date, a local calendar day, is compared with today here, not with
    today in UTC. The zone is one where the two days differ at this hour (UTC-12 before noon UTC, else UTC+14)."""
    monkeypatch.delenv("CRM_TODAY", raising=False)
    machine_zone("Etc/GMT+12" if dt.datetime.now(dt.timezone.utc).hour < 12 else "Etc/GMT-14")
    assert dt.date.today() != dt.datetime.now(dt.timezone.utc).date()
    demo_db.execute("UPDATE deals SET close_date = ? WHERE id = ?", [dt.date.today() - dt.timedelta(days=1), DEAL])
    score = Insights(demo_db).score_deals(deal_ids=[DEAL])[0]
    assert next(r for r in score.reasons if r.feature == "days_overdue").text == "close date passed 1 day ago"
