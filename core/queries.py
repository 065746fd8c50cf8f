"""Read-only questions answered from the data ("what's open with <company>?", "my tasks this week")."""
from __future__ import annotations

import datetime as dt
import re

from core.snapshot import Snapshot
from core.store import Store
from core.understanding.context import Context
from core.understanding.lexicon import lexicon, tokenize


def _money(v) -> str:
    return "—" if v is None else f"${v:,.0f}"


def answer(text: str, store: Store, snap: Snapshot, ctx: Context) -> tuple[str, list[dict], dict]:
    """(answer in markdown, rows behind it, records mentioned) for a question."""
    low = text.lower()
    toks = tokenize(text)
    ments = lexicon(snap).mentions(toks)
    company = next((m for m in ments if m.kind == "company"), None)
    contact = next((m for m in ments if m.kind == "contact"), None)
    deal = next((m for m in ments if m.kind == "deal"), None)
    stage = next((m.ids[0] for m in ments if m.kind == "stage"), None)
    user = next((m.ids[0] for m in ments if m.kind == "user"), None)
    mine = bool(re.search(r"\b(my|mine|i)\b", low))
    owner = ctx.user.id if mine else user
    today = ctx.today
    if any(m.kind in ("contact", "company", "deal") and len(m.ids) > 1 for m in ments):
        amb = next(m for m in ments if m.kind in ("contact", "company", "deal") and len(m.ids) > 1)
        table = {"contact": "contacts", "company": "companies", "deal": "deals"}[amb.kind]
        names = "; ".join(snap.label(table, i) for i in amb.ids)
        return f"“{amb.text}” matches several {table}: {names}. Which one?", [], {}

    if re.search(r"\btasks?\b|\bto-?dos?\b|\breminders?\b", low):
        tasks = [t for t in snap.tasks.values() if t["status"] == "open"]
        scope = "open"
        if owner is not None:
            tasks = [t for t in tasks if t["owner_id"] == owner]
        if company:
            tasks = [t for t in tasks if t["company_id"] in company.ids]
        if contact:
            tasks = [t for t in tasks if t["contact_id"] in contact.ids]
        if "this week" in low:
            start = today - dt.timedelta(days=today.weekday())
            tasks = [t for t in tasks if t["due_date"] and start <= t["due_date"] <= start + dt.timedelta(days=6)]
            scope = "due this week"
        elif "today" in low:
            tasks = [t for t in tasks if t["due_date"] == today]
            scope = "due today"
        elif "overdue" in low:
            tasks = [t for t in tasks if t["due_date"] and t["due_date"] < today]
            scope = "overdue"
        tasks.sort(key=lambda t: (t["due_date"] or dt.date.max, t["id"]))
        rows = [{"id": t["id"], "task": t["title"], "due": t["due_date"],
                 "owner": snap.users[t["owner_id"]]["name"] if t["owner_id"] in snap.users else ""} for t in tasks]
        head = f"{len(rows)} task{'s' if len(rows) != 1 else ''} {scope}" if scope != "open" else \
            f"{len(rows)} open task{'s' if len(rows) != 1 else ''}"
        return head + (":\n" + "\n".join(f"- {r['task']} (due {r['due']})" for r in rows[:15]) if rows else "."), \
            rows, {}

    if re.search(r"\b(last|latest|recent)\b.*\b(talk|spoke|spoken|contact|touch|activity|call|meeting|heard)", low) \
            and (contact or company):
        col, ids = ("contact_id", contact.ids) if contact else ("company_id", company.ids)
        row = store.one(f"SELECT type, subject, occurred_at FROM activities WHERE {col} = ? AND deleted_at IS NULL "
                        "ORDER BY occurred_at DESC LIMIT 1", [ids[0]])
        who = snap.contact_name(ids[0]) if contact else snap.companies[ids[0]]["name"]
        if not row:
            return f"No activity recorded with {who}.", [], {}
        days = (today - row["occurred_at"].date()).days
        return (f"Last touch with {who}: {row['type']} “{row['subject']}” on {row['occurred_at']:%Y-%m-%d} "
                f"({days} days ago)."), [row], {"contact": ids[0]} if contact else {"company": ids[0]}

    if contact and re.search(r"\b(email|e-mail|phone|number|title|contact (info|details)|reach)\b", low):
        c = snap.contacts[contact.ids[0]]
        company_name = snap.companies.get(c["company_id"], {}).get("name", "no company")
        row = {"id": c["id"], "name": snap.contact_name(c["id"]), "title": c["title"], "company": company_name,
               "email": c["email"], "phone": c["phone"], "lifecycle_stage": c["lifecycle_stage"]}
        return (f"{row['name']} — {row['title'] or 'no title'} at {company_name}\n- email: {row['email'] or '—'}\n"
                f"- phone: {row['phone'] or '—'}\n- lifecycle: {row['lifecycle_stage'] or '—'}"), [row], \
            {"contact": c["id"]}

    if re.search(r"\b(who|contacts?|people|person)\b", low) and company and not re.search(r"\bown(s|er|ed)?\b", low):
        people = [c for c in snap.contacts.values() if c["company_id"] in company.ids]
        rows = [{"id": c["id"], "name": snap.contact_name(c["id"]), "title": c["title"], "email": c["email"],
                 "phone": c["phone"]} for c in people]
        name = snap.companies[company.ids[0]]["name"]
        return f"Contacts at {name}:\n" + "\n".join(f"- {r['name']}, {r['title']} ({r['email']})" for r in rows), \
            rows, {"company": company.ids[0]}

    deals = list(snap.deals.values())
    open_stages = set(snap.open_stages)
    if stage:
        deals = [d for d in deals if d["stage"] == stage]
    elif not re.search(r"\b(won|lost|closed)\b", low):
        deals = [d for d in deals if d["stage"] in open_stages]
    if owner is not None:
        deals = [d for d in deals if d["owner_id"] == owner]
    mentioned = {}
    if company:
        deals = [d for d in deals if d["company_id"] in company.ids]
        mentioned = {"company": company.ids[0]}
    if contact:
        c = snap.contacts[contact.ids[0]]
        deals = [d for d in deals if d["contact_id"] == c["id"] or d["company_id"] == c["company_id"]]
        mentioned = {"contact": c["id"]}
    if deal:
        deals = [snap.deals[deal.ids[0]]]
        mentioned = {"deal": deal.ids[0]}
    if re.search(r"\bclos\w* this month\b", low):
        deals = [d for d in deals if d["close_date"] and (d["close_date"].year, d["close_date"].month) ==
                 (today.year, today.month)]
    deals.sort(key=lambda d: (d["close_date"] or dt.date.max, d["id"]))
    rows = [{"id": d["id"], "deal": d["name"], "stage": d["stage"], "amount": d["amount"], "close_date": d["close_date"],
             "owner": snap.users[d["owner_id"]]["name"] if d["owner_id"] in snap.users else ""} for d in deals]
    total = sum(d["amount"] or 0 for d in deals)
    lines = [f"- {r['deal']}: {r['stage']}, {_money(r['amount'])}, closes {r['close_date']}, owner {r['owner']}"
             for r in rows[:20]]
    head = f"{len(rows)} deal{'s' if len(rows) != 1 else ''} worth {_money(total)}"
    if company or contact:
        subject = snap.companies[company.ids[0]]["name"] if company else snap.contact_name(contact.ids[0])
        tasks = [t for t in snap.tasks.values() if t["status"] == "open" and
                 (t["company_id"] in (company.ids if company else ()) or
                  t["contact_id"] in (contact.ids if contact else ()))]
        head = f"Open with {subject}: {head}"
        if tasks:
            lines.append(f"Open tasks ({len(tasks)}):")
            lines += [f"- {t['title']} (due {t['due_date']})" for t in tasks[:10]]
    return head + (":\n" + "\n".join(lines) if lines else "."), rows, mentioned
