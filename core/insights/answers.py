"""Chat answers about deal health: "which deals are at risk this month?", "why did the <deal> deal drop?"."""
from __future__ import annotations

import datetime as dt
import re

from core.store import local_time

AT_RISK = re.compile(r"\b(?:at[- ]risk|risky|riskiest|in (?:trouble|danger)|unhealthy|least healthy|weakest|"
                     r"lowest (?:health|score)|worst health)\b", re.I)
WHY = re.compile(r"\bwhy\b.*\b(?:drop|dropped|dropping|fall|fell|fallen|falling|go(?:ne)? down|went down|decline|"
                 r"declined|slip|slipped|score|health|at[- ]risk|risky|low|lower|worse)\b", re.I)
HEALTH = re.compile(r"\b(?:deal health|health score|health of|how healthy|healthiest|win (?:chance|probability|odds)|"
                    r"chances? of (?:winning|closing)|likely to (?:close|win))\b", re.I)
LEADS = re.compile(r"\b(?:hottest|warmest|best|top|most promising|strongest|likeliest) leads\b|\bleads? (?:should|"
                   r"do) (?:i|we) (?:call|chase|contact|prioriti[sz]e|focus on|follow up)|\blead scores?\b|"
                   r"\bprioriti[sz]e (?:my |our |the )?leads\b", re.I)
LIST_LIMIT = 10


def wants_insight(low: str, has_deal: bool) -> str | None:
    """'at_risk', 'why', 'health' or 'leads' when the question is about scores, else None."""
    if WHY.search(low) and has_deal:
        return "why"
    if HEALTH.search(low) and has_deal:
        return "health"
    if AT_RISK.search(low):
        return "at_risk"
    if LEADS.search(low):
        return "leads"
    return None


def _top(score, n=3, sign=None) -> str:
    picked = [r for r in score.top_reasons if sign is None or (r.contribution < 0) == (sign < 0)][:n]
    return "; ".join(r.text for r in picked) or "nothing stands out"


def at_risk(insights, today: dt.date, period=None, owner: int | None = None) -> tuple[str, list[dict]]:
    scores = insights.at_risk(today, close_between=period[0] if period else None)
    if owner is not None:
        scores = [s for s in scores if dict(s.extra).get("owner_id") == owner]
    model = scores[0].model if scores else insights.model(today)[0].name
    where = f" closing {period[1]}" if period else ""
    if not scores:
        return f"No open deal{where} is at risk (odds of winning half the typical deal's or less).", []
    rows = [{"id": s.record_id, "deal": s.name, "health": round(s.score), "stage": dict(s.extra).get("stage"),
             "close_date": dict(s.extra).get("close_date"), "why": _top(s, sign=-1)} for s in scores]
    lines = [f"- {r['deal']}: health {r['health']} ({r['stage']}, closes {r['close_date']}) — {r['why']}"
             for r in rows[:LIST_LIMIT]]
    more = f" — showing {LIST_LIMIT} of {len(rows)}" if len(rows) > LIST_LIMIT else ""
    base = round(scores[0].base_rate)
    return (f"{len(rows)} open deal{'s' if len(rows) != 1 else ''}{where} at risk{more} (odds of winning half the "
            f"typical deal's or less; typical deal: {base}; model: {model}):\n" + "\n".join(lines)), rows


def why(insights, deal_id: int, today: dt.date) -> tuple[str, list[dict]]:
    score, change = insights.explain(deal_id, today)
    now_line = f"{score.name} is at health {score.score:.0f} (typical deal {score.base_rate:.0f}, model {score.model})."
    rows = [r.to_dict() for r in score.top_reasons]
    if change is not None and change["new_score"] < change["old_score"]:
        since = change["old_as_of"] and local_time(change["old_as_of"])  # stored in UTC; the day is the server's
        moved = "; ".join(f"{r['text']}" + (f" (was: {r['was']})" if r.get("was") else "") for r in change["reasons"])
        return (f"{score.name} dropped from {change['old_score']:.0f} to {change['new_score']:.0f}"
                f"{f' since {since:%Y-%m-%d}' if since else ''} because: {moved or 'several small changes'}. "
                f"Now: {now_line}"), rows
    if change is not None:
        return (f"{score.name} rose from {change['old_score']:.0f} to {change['new_score']:.0f} at its last change. "
                f"{now_line} Holding it back: {_top(score, sign=-1)}."), rows
    return (f"{now_line} No drop recorded yet. Holding it back: {_top(score, sign=-1)}. "
            f"Helping: {_top(score, sign=1)}."), rows


def health(insights, deal_id: int, today: dt.date) -> tuple[str, list[dict]]:
    score = insights.score_deals(today, deal_ids=[deal_id])[0]
    lines = [f"- {'+' if r.contribution >= 0 else '−'}{abs(r.contribution):.2f}: {r.text}" for r in score.top_reasons]
    return (f"{score.name}: health {score.score:.0f} (typical deal {score.base_rate:.0f}; model {score.model}). "
            f"Reasons (log-odds each adds):\n" + "\n".join(lines)), [r.to_dict() for r in score.top_reasons]


def leads(insights, today: dt.date, owner: int | None = None) -> tuple[str, list[dict]]:
    scores = insights.score_leads(today)
    if owner is not None:
        owned = {r[0] for r in insights.store.execute("SELECT id FROM contacts WHERE owner_id = ?", [owner]).fetchall()}
        scores = [s for s in scores if s.record_id in owned]
    if not scores:
        return "No contacts in lifecycle lead to score.", []
    rows = [{"id": s.record_id, "lead": s.name, "score": round(s.score), "why": _top(s, sign=1)} for s in scores]
    lines = [f"- {r['lead']}: {r['score']} — {r['why']}" for r in rows[:LIST_LIMIT]]
    more = f" — showing {LIST_LIMIT} of {len(rows)}" if len(rows) > LIST_LIMIT else ""
    return (f"{len(rows)} lead{'s' if len(rows) != 1 else ''}, most promising first{more} (typical lead: "
            f"{scores[0].base_rate:.0f}; model: {scores[0].model}):\n" + "\n".join(lines)), rows
