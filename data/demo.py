"""Deterministic demo data: the same database for the same `today`.

Near-duplicates are deliberate (two Danas, two Acmes, two Chrises) so demos show clarifications.
"""
from __future__ import annotations

import datetime as dt
import functools
import random

from core.auth import HASHER
from core.store import Store

USERS = [
    (1, "Alex Morgan", "alex@autocrm.local", "rep"),
    (2, "Priya Patel", "priya@autocrm.local", "rep"),
    (3, "Sam Rivera", "sam@autocrm.local", "rep"),
    (4, "Riley Chen", "riley@autocrm.local", "reviewer"),
    (5, "Jordan Blake", "jordan@autocrm.local", "admin"),
]
REPS = [1, 2, 3]
# The demo users' initial passwords: public (printed by `init --demo`, listed in the README), so change them
# (`python -m core user passwd EMAIL`) before anyone but you can reach the app.
DEMO_PASSWORDS = {email: f"{email.split('@')[0]}-demo-2026" for _, _, email, _ in USERS}

COMPANIES = [  # name, domain, industry
    ("Acme Corp", "acme.com", "Manufacturing"), ("Acme Logistics", "acmelogistics.com", "Logistics"),
    ("Globex", "globex.com", "Energy"), ("Initech", "initech.com", "Software"),
    ("Umbrella Health", "umbrellahealth.com", "Healthcare"), ("Hooli", "hooli.com", "Technology"),
    ("Stark Industries", "stark.com", "Aerospace"), ("Wayne Enterprises", "wayne.com", "Conglomerate"),
    ("Vandelay Industries", "vandelay.com", "Import/Export"), ("Pied Piper", "piedpiper.com", "Software"),
    ("Soylent Foods", "soylent.com", "Food"), ("Wonka Labs", "wonkalabs.com", "Food"),
    ("Tyrell Systems", "tyrell.com", "Robotics"), ("Cyberdyne", "cyberdyne.com", "Robotics"),
    ("Dunder Mifflin", "dundermifflin.com", "Paper"), ("Massive Dynamic", "massivedynamic.com", "Research"),
    ("Oscorp", "oscorp.com", "Biotech"), ("Gringotts Finance", "gringotts.com", "Finance"),
    ("Nakatomi Trading", "nakatomi.com", "Trading"), ("Prestige Worldwide", "prestigeworldwide.com", "Media"),
    ("Bluth Company", "bluth.com", "Real Estate"), ("Sterling Cooper", "sterlingcooper.com", "Advertising"),
    ("Monarch Solutions", "monarch.io", "Consulting"), ("Northwind Health", "northwindhealth.com", "Healthcare"),
    ("Contoso", "contoso.com", "Retail"), ("Fabrikam", "fabrikam.com", "Manufacturing"),
    ("Litware", "litware.com", "Software"), ("Tailspin Toys", "tailspintoys.com", "Retail"),
    ("Wingtip Toys", "wingtiptoys.com", "Retail"), ("Adventure Works", "adventureworks.com", "Outdoor"),
    ("Blue Yonder Airlines", "blueyonder.com", "Airlines"), ("Coho Winery", "cohowinery.com", "Beverages"),
    ("Fourth Coffee", "fourthcoffee.com", "Beverages"), ("Lucerne Publishing", "lucernepublishing.com", "Publishing"),
    ("Margie's Travel", "margiestravel.com", "Travel"), ("Proseware", "proseware.com", "Software"),
    ("Southridge Video", "southridgevideo.com", "Media"), ("Trey Research", "treyresearch.com", "Research"),
    ("Woodgrove Bank", "woodgrovebank.com", "Finance"), ("Alpine Ski House", "alpineskihouse.com", "Outdoor"),
]

# (first, last, company index, title); the first rows are fixed for docs, tests and demos
FIXED_CONTACTS = [
    ("Dana", "Smith", 0, "VP Operations"), ("Dana", "Lee", 2, "Head of IT"),
    ("Marcus", "Webb", 3, "CTO"), ("Olivia", "Chen", 5, "Procurement Manager"),
    ("Chris", "Walker", 6, "Director of Engineering"), ("Chris", "Park", 1, "COO"),
    ("Tom", "Becker", 1, "Fleet Manager"), ("Elena", "Garcia", 4, "CIO"),
    ("Bruce", "Nolan", 7, "CFO"), ("Art", "Vandelay", 8, "CEO"), ("Richard", "Hendricks", 9, "CEO"),
]
FIRST_NAMES = """Aaron Abigail Adrian Aisha Alan Alicia Amara Andre Angela Anton Ben Bianca Boris Brooke Caleb Camila
Carlos Carmen Cedric Chloe Claire Colin Connor Damian Daniela Derek Diego Dominic Eden Edgar Eli Elise Emil Erin Ethan
Fatima Felix Fiona Gavin Gemma Gideon Grace Hannah Hector Helena Hugo Ian Ingrid Isaac Ivy Jack Jade Jasper Jenna
Joel Julia Kai Karen Keith Kira Lara Leon Liam Lena Logan Lucia Luke Maya Mila Miles Nadia Nate Nina Noah Nora Omar
Oscar Paige Paolo Petra Quinn Rachel Rafael Reid Rosa Ruby Ryan Sabrina Saul Selena Simon Sofia Sven Tara Theo Uma
Victor Violet Wade Wendy Xavier Yara Yusuf Zane Zoe Ada Basil Cora Dmitri""".split()
LAST_NAMES = """Adams Baker Brooks Carter Collins Cook Cruz Diaz Evans Fischer Foster Gray Hayes Hughes Jensen Kim
Klein Lopez Mason Meyer Mills Moreno Murphy Nguyen Novak Ortiz Owens Price Reed Reyes Rossi Russo Sanders Schmidt Shaw
Silva Stone Sullivan Tanaka Turner Vance Wagner Ward Weber West Young""".split()
TITLES = ["CEO", "CFO", "CTO", "VP Sales", "Head of Procurement", "IT Manager", "Operations Director",
          "Product Manager", "Finance Manager", "Engineering Lead", "Office Manager", "Buyer"]
PRODUCTS = ["Software License", "Analytics Suite", "Security Add-on", "Support Plan", "Platform",
            "Consulting Services"]
STAGES = ["Lead", "Qualified", "Proposal", "Negotiation", "Closed Won", "Closed Lost"]

# (deal name, company index, fixed contact index, stage, amount, product, owner, close in days)
FIXED_DEALS = [
    ("Acme Corp Renewal", 0, 0, "Proposal", 42000, "Support Plan", 1, 20),
    ("Acme Corp Expansion", 0, 0, "Qualified", 75000, "Software License", 1, 60),
    ("Acme Logistics Fleet Platform", 1, 6, "Lead", 30000, "Platform", 2, 90),
    ("Globex Platform Expansion", 2, 1, "Qualified", 120000, "Platform", 2, 45),
    ("Initech Analytics Suite", 3, 2, "Proposal", 36000, "Analytics Suite", 1, 10),
    ("Hooli Security Add-on", 5, 3, "Negotiation", 18500, "Security Add-on", 3, 30),
    ("Stark Industries Software License", 6, 4, "Qualified", 250000, "Software License", 1, 75),
    ("Umbrella Health Support Plan", 4, 7, "Proposal", 24000, "Support Plan", 3, 5),
    ("Wayne Enterprises Consulting", 7, 8, "Lead", 60000, "Consulting Services", 2, 120),
    ("Pied Piper Software License", 9, 10, "Proposal", 15000, "Software License", 1, 12),
]


def _bulk_insert(store: Store, table: str, rows: list[tuple]) -> None:
    """Many rows in one statement: DuckDB's executemany goes row by row and is slow."""
    if not rows:
        return
    import pandas as pd

    cols = [d[0] for d in store.execute(f"SELECT * FROM {table} LIMIT 0").description][:len(rows[0])]
    store.con.register("demo_rows", pd.DataFrame(rows, columns=cols))
    try:  # columns named: later migrations append columns (external_id) the demo rows leave empty
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT * FROM demo_rows")
    finally:
        store.con.unregister("demo_rows")


@functools.cache
def _demo_hash(email: str) -> str:
    """Argon2 hashes cost ~0.1 s each: once per process is enough (each still has its own salt)."""
    return HASHER.hash(DEMO_PASSWORDS[email])


def demo_sign_ins() -> list[dict[str, str]]:
    """What `init --demo` prints: email, password and role of each demo user."""
    return [{"email": email, "password": DEMO_PASSWORDS[email], "role": role} for _, _, email, role in USERS]


def generate(store: Store, today: dt.date, seed: int = 7) -> dict[str, int]:
    """Fill an empty store with the demo data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(9, 0))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; demo data goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return now - dt.timedelta(days=days)

    with store.atomic():
        _bulk_insert(store, "users", USERS)
        _bulk_insert(store, "user_credentials", [(uid, _demo_hash(email), now, None)
                                                 for uid, _, email, _ in USERS])
        companies = []
        for i, (name, domain, industry) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(200, 700))
            companies.append((i, name, domain, industry, REPS[(i - 1) % 3], created, created, None))
        _bulk_insert(store, "companies", companies)

        contacts, used = [], set()
        people = list(FIXED_CONTACTS)
        firsts = iter(FIRST_NAMES)
        while len(people) < 120:
            first, last = next(firsts), rng.choice(LAST_NAMES)
            people.append((first, last, rng.randrange(len(COMPANIES)), rng.choice(TITLES)))
        for i, (first, last, ci, title) in enumerate(people, start=1):
            domain = COMPANIES[ci][1]
            email = f"{first}.{last}@{domain}".lower()
            while email in used:
                email = email.replace("@", "1@")
            used.add(email)
            phone = f"+1555{1000000 + i * 7919 % 9000000:07d}"
            stage = rng.choice(["lead", "prospect", "opportunity", "customer", "customer"])
            created = ago(rng.uniform(30, 400))
            contacts.append((i, first, last, email, phone, title, ci + 1, companies[ci][4], stage,
                             created, created, None))
        _bulk_insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, pi, stage, amount, product, owner, days) in enumerate(FIXED_DEALS, start=1):
            created = ago(rng.uniform(20, 200))
            deals.append((i, name, ci + 1, pi + 1, stage, float(amount), "USD", today + dt.timedelta(days=days),
                          product, owner, created, created, None))
        fixed_names = {d[1] for d in deals}
        while len(deals) < 60:
            ci = rng.randrange(10, len(COMPANIES))
            product = rng.choice(PRODUCTS)
            name = f"{COMPANIES[ci][0]} {product}"
            if name in fixed_names:
                continue
            fixed_names.add(name)
            company_contacts = [c for c in contacts if c[6] == ci + 1]
            contact = company_contacts[0][0] if company_contacts else None
            stage = rng.choices(STAGES, weights=[3, 3, 3, 2, 2, 1])[0]
            closed = stage.startswith("Closed")
            days = rng.randint(-150, -5) if closed else rng.randint(-10, 150)
            created = ago(rng.uniform(30, 300))
            deals.append((len(deals) + 1, name, ci + 1, contact, stage, float(rng.randrange(5, 200) * 1000), "USD",
                          today + dt.timedelta(days=days), product, rng.choice(REPS), created, created, None))
        _bulk_insert(store, "deals", deals)

        subjects = {"call": ["Discovery call", "Pricing discussion", "Check-in call", "Renewal call"],
                    "meeting": ["Demo", "Quarterly review", "Onsite workshop", "Kick-off meeting"],
                    "email": ["Sent proposal", "Follow-up email", "Sent pricing", "Contract questions"],
                    "note": ["Budget approved", "Champion left", "Competitor in play", "Needs security review"],
                    "message": ["WhatsApp check-in", "Quick question", "Sent meeting link"]}
        activities = []
        recent_quiet = {d[0] for d in deals if d[4] == "Proposal"}  # proposals: some go quiet for weeks
        for i in range(1, 2001):
            deal = rng.choice(deals)
            kind = rng.choices(list(subjects), weights=[4, 2, 4, 2, 1])[0]
            age = rng.uniform(0, 365)
            if deal[0] in recent_quiet and deal[0] % 2 == 0:
                age = max(age, 25)
            activities.append((i, kind, rng.choice(subjects[kind]), None, ago(age), deal[3], deal[2], deal[0],
                               deal[9], None))
        _bulk_insert(store, "activities", activities)

        tasks = []
        for i in range(1, 81):
            deal = rng.choice(deals)
            done = rng.random() < 0.4
            due = today + dt.timedelta(days=rng.randint(-20, 20))
            created = ago(rng.uniform(25, 60))
            tasks.append((i, rng.choice(["Send pricing", "Follow up", "Book a demo", "Send contract",
                                         "Prepare proposal", "Check in"]) + f" ({deal[1]})",
                          due, "done" if done else "open", deal[9], deal[3], deal[2], deal[0], created,
                          created + dt.timedelta(days=3) if done else None, None))
        _bulk_insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
