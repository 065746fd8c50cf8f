"""Eleventh, independent fixture for the evaluation corpus: Halyard Event Technology, an events audio-visual hire and
production company. It sells LED walls, PA systems, lighting rigs, staging, live streams and show crews to a pharma
company, a motor group, a university, a cathedral, a music festival, wedding barns, a law firm, a manor hotel, a science
museum, a bank, a gin distillery, a borough council, an opera house, a tech summit, a speedway, an insurer, an esports
team, a hospice charity, a yacht club, an arena, an outlet village, an engineering firm, a fashion week, a medical
society and an agricultural show. Deterministic: the same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B-J (users, companies, people, products and pipeline all differ).
Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Eluned (Eluned Chenoweth at Cardinham Pharma, Eluned Rescorla at Lanivet Festival) and two called
  Halvard (Halvard Menhenick at Polglaze University, Halvard Spargo at Treloyhan Manor Hotel); two contacts with the last
  name Tonkin (Margaux at Carnglaze Law, Fiachra at Nanpean Speedway); a contact, Solene Kneebone, who shares her first
  name with the rep Solene Carlyon; a contact, Bleddyn Kestle, whose last name is the first word of the company Kestle
  Mill Distillery (he works at Tregonning Bank);
- two pairs of companies sharing their first words: Cardinham Pharma / Cardinham Motor Group and Polglaze University /
  Polglaze Cathedral;
- companies with two open deals (Cardinham Pharma, Lanivet Festival, Polglaze University, Treloyhan, Nanpean,
  Lamorran, Goonhavern, Stithians) and companies with one open deal plus a closed one (Carnglaze, Tregonning,
  Penwithick, Gorran);
- an account whose owner is not its open deal's owner (Lamorran Opera House is Aneirin's; Lamorran Gala Season Lighting
  is Tadhg's);
- two open tasks titled "Confirm load-in times with Polglaze" and two open "Send stage plot to Eluned ..." tasks.

The stage names are chosen to collide with ordinary words: a "Ballpark" is also a rough price, a "Recce" is also a
visit a rep makes, a "Tech Spec" is also a document that gets emailed, "Pencilled" is also what happens to a meeting in
a diary, "Confirmed" (won) is also what people do to times and dates, and "Released" (lost) is also what happens to a
running order or a press statement.

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2037, 11, 12)  # a Thursday
PIPELINE = ["Ballpark", "Recce", "Tech Spec", "Pencilled", "Confirmed", "Released"]
CLOSED = ("Confirmed", "Released")
DOMAIN = "halyardav.com"

# note: the reviewer is id 2 and the admin id 3; reps are 1, 4 and 5
USERS = [
    (1, "Aneirin Trewartha", f"aneirin@{DOMAIN}", "rep"),
    (2, "Femke Liddicoat", f"femke@{DOMAIN}", "reviewer"),
    (3, "Corrado Nancarrow", f"corrado@{DOMAIN}", "admin"),
    (4, "Solene Carlyon", f"solene@{DOMAIN}", "rep"),
    (5, "Tadhg Polkinghorne", f"tadhg@{DOMAIN}", "rep"),
]
REPS = [1, 4, 5]

PRODUCTS = ["LED Wall", "PA System", "Lighting Rig", "Staging", "Live Stream", "Show Crew"]
LED, PA, LIGHT, STAGE, STREAM, CREW = PRODUCTS

# (name, domain, industry, owner) -- ids 1..25 in this order; owners are the reps in turn (1, 4, 5, 1, ...)
COMPANIES = [
    ("Cardinham Pharma", "cardinhampharma.com", "Pharmaceuticals", 1),            # 1
    ("Cardinham Motor Group", "cardinhammotors.co.uk", "Automotive", 4),          # 2
    ("Polglaze University", "polglaze.ac.uk", "Higher Education", 5),             # 3
    ("Polglaze Cathedral", "polglazecathedral.org", "Heritage", 1),               # 4
    ("Lanivet Festival", "lanivetfest.com", "Festivals", 4),                      # 5
    ("Bodinnick Wedding Barns", "bodinnickbarns.co.uk", "Weddings", 5),           # 6
    ("Carnglaze Law", "carnglazelaw.com", "Legal", 1),                            # 7
    ("Treloyhan Manor Hotel", "treloyhanmanor.com", "Hospitality", 4),            # 8
    ("Gweek Science Museum", "gweekscience.org", "Museums", 5),                   # 9
    ("Tregonning Bank", "tregonningbank.com", "Banking", 1),                      # 10
    ("Kestle Mill Distillery", "kestlemill.com", "Drinks", 4),                    # 11
    ("Penwithick Borough Council", "penwithick.gov.uk", "Local Government", 5),   # 12
    ("Lamorran Opera House", "lamorranopera.org", "Performing Arts", 1),          # 13
    ("Trewidden Tech Summit", "trewiddensummit.com", "Conferences", 4),           # 14
    ("Nanpean Speedway", "nanpeanspeedway.com", "Motorsport", 5),                 # 15
    ("Tresillian Insurance", "tresillian-insurance.com", "Insurance", 1),         # 16
    ("Zelah Esports", "zelahesports.gg", "Gaming", 4),                            # 17
    ("Mithian Hospice Trust", "mithianhospice.org", "Charity", 5),                # 18
    ("Porthallow Yacht Club", "porthallowyc.org", "Sailing", 1),                  # 19
    ("Goonhavern Arena", "goonhavernarena.com", "Venues", 4),                     # 20
    ("Perranwell Outlet Village", "perranwelloutlet.com", "Retail", 5),           # 21
    ("Mylor Engineering", "mylor-eng.com", "Engineering", 1),                     # 22
    ("Veryan Fashion Week", "veryanfashionweek.com", "Fashion", 4),               # 23
    ("Gorran Medical Society", "gorranmedsoc.org", "Medical Associations", 5),    # 24
    ("Stithians Agricultural Show", "stithiansshow.org.uk", "Agriculture", 1),    # 25
]

# (first, last, company id, title, lifecycle) -- ids 1..45; a contact's owner is its company's owner
CONTACTS = [
    ("Eluned", "Chenoweth", 1, "Head of Internal Comms", "opportunity"),     # 1
    ("Eluned", "Rescorla", 5, "Festival Director", "customer"),               # 2
    ("Halvard", "Menhenick", 3, "Events Manager", "opportunity"),             # 3
    ("Halvard", "Spargo", 8, "General Manager", "opportunity"),               # 4
    ("Solene", "Kneebone", 16, "Marketing Director", "opportunity"),          # 5
    ("Margaux", "Tonkin", 7, "Office Manager", "opportunity"),                # 6
    ("Fiachra", "Tonkin", 15, "Promoter", "prospect"),                        # 7
    ("Bleddyn", "Kestle", 10, "Head of Events", "opportunity"),               # 8
    ("Ainhoa", "Angove", 2, "Dealer Marketing Manager", "opportunity"),       # 9
    ("Cathal", "Hosken", 4, "Canon Precentor", "prospect"),                   # 10
    ("Donatella", "Curnow", 6, "Venue Owner", "customer"),                    # 11
    ("Ettore", "Glasson", 9, "Exhibitions Manager", "opportunity"),           # 12
    ("Fiorella", "Hambly", 12, "Civic Events Officer", "lead"),               # 13
    ("Gianluca", "Julyan", 13, "Technical Director", "customer"),             # 14
    ("Ilaria", "Kitto", 14, "Conference Producer", "opportunity"),            # 15
    ("Josselin", "Nankivell", 17, "Tournament Lead", "opportunity"),          # 16
    ("Lazare", "Opie", 18, "Fundraising Manager", "opportunity"),             # 17
    ("Maialen", "Quintrell", 19, "Commodore", "prospect"),                    # 18
    ("Noemie", "Retallack", 20, "Bookings Manager", "opportunity"),           # 19
    ("Octave", "Tregear", 21, "Centre Manager", "opportunity"),               # 20
    ("Perrine", "Udy", 22, "HR Director", "prospect"),                        # 21
    ("Rutger", "Venning", 23, "Show Producer", "opportunity"),                # 22
    ("Sanne", "Wearne", 24, "Conference Secretary", "opportunity"),           # 23
    ("Thibault", "Yelland", 25, "Show Secretary", "opportunity"),             # 24
    ("Wouter", "Eddy", 11, "Brand Manager", "opportunity"),                   # 25
    ("Aksel", "Trebilcock", 1, "Procurement Lead", "lead"),                   # 26
    ("Birgitte", "Rowse", 3, "Graduation Officer", "lead"),                   # 27
    ("Eskil", "Uren", 5, "Production Manager", "opportunity"),                # 28
    ("Frode", "Whetter", 8, "Events Coordinator", "lead"),                    # 29
    ("Gunnhild", "Oates", 10, "Procurement Officer", "prospect"),             # 30
    ("Jorunn", "Pollard", 13, "Finance Manager", "lead"),                     # 31
    ("Kjetil", "Penhale", 14, "Sponsorship Manager", "lead"),                 # 32
    ("Magnhild", "Trevenna", 16, "Events Assistant", "lead"),                 # 33
    ("Oddny", "Rodda", 17, "Finance Director", "prospect"),                   # 34
    ("Ragnhild", "Sobey", 19, "Social Secretary", "lead"),                    # 35
    ("Sigvald", "Trudgeon", 20, "Technical Manager", "customer"),             # 36
    ("Torunn", "Bazeley", 22, "Facilities Manager", "lead"),                  # 37
    ("Begona", "Coad", 23, "Finance Manager", "prospect"),                    # 38
    ("Endika", "Grose", 25, "Treasurer", "lead"),                             # 39
    ("Garazi", "Hichens", 2, "Finance Controller", "lead"),                   # 40
    ("Iker", "Laity", 7, "Partner", "lead"),                                  # 41
    ("Koldo", "Mennear", 9, "Learning Officer", "lead"),                      # 42
    ("Nerea", "Nance", 12, "Procurement Officer", "lead"),                    # 43
    ("Oihane", "Odgers", 15, "Track Manager", "lead"),                        # 44
    ("Unai", "Penna", 18, "Volunteer Coordinator", "lead"),                   # 45
]

BP, RC, TS, PN, WON, LOST = PIPELINE
# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..38
DEALS = [
    ("Cardinham Pharma Sales Conference", 1, 1, TS, 46000, LED, 1, 19),          # 1
    ("Cardinham Pharma Town Hall Stream", 1, 26, RC, 9400, STREAM, 1, 44),        # 2
    ("Cardinham Motors Launch Night", 2, 9, PN, 27500, LIGHT, 4, 8),              # 3
    ("Polglaze Cathedral Carol Service Sound", 4, 10, BP, 6200, PA, 1, 41),       # 4
    ("Lanivet Festival Second Stage", 5, 2, RC, 38500, STAGE, 4, 34),             # 5
    ("Lanivet Festival Main Stage Screens", 5, 28, TS, 72000, LED, 4, 27),        # 6
    ("Lanivet Festival Crew Hire", 5, 2, WON, 14200, CREW, 4, -26),               # 7
    ("Polglaze Graduation Live Stream", 3, 3, PN, 24600, STREAM, 5, 14),          # 8
    ("Polglaze Freshers Ball Lighting", 3, 27, BP, 17800, LIGHT, 5, 70),          # 9
    ("Bodinnick Barns Festoon Lighting", 6, 11, TS, 8800, LIGHT, 5, 23),          # 10
    ("Carnglaze Partners Dinner AV", 7, 6, PN, 12600, PA, 1, 6),                  # 11
    ("Carnglaze Client Seminar Stream", 7, 6, LOST, 5400, STREAM, 1, -20),        # 12
    ("Treloyhan Christmas Party PA", 8, 4, TS, 9600, PA, 4, 18),                  # 13
    ("Treloyhan Ballroom LED Wall", 8, 29, BP, 31000, LED, 4, 63),                # 14
    ("Gweek Science Late Nights", 9, 12, RC, 15800, LIGHT, 5, 49),                # 15
    ("Tregonning Bank Awards Dinner", 10, 8, WON, 36500, STAGE, 1, -12),          # 16
    ("Tregonning Bank AGM Stream", 10, 30, BP, 7600, STREAM, 1, 78),              # 17
    ("Kestle Mill Gin Launch", 11, 25, PN, 11900, LIGHT, 4, 15),                  # 18
    ("Nanpean Speedway Season Opener PA", 15, 7, RC, 21400, PA, 5, 38),           # 19
    ("Nanpean Pit Lane Screens", 15, 44, TS, 16300, LED, 5, 31),                  # 20
    ("Lamorran Winter Concert Sound", 13, 14, PN, 19200, PA, 1, 4),               # 21
    ("Lamorran Foyer Screens", 13, 31, LOST, 6900, LED, 1, -38),                  # 22
    ("Trewidden Summit Keynote Staging", 14, 15, TS, 53000, STAGE, 4, 21),        # 23
    ("Zelah Esports Finals Stream", 17, 16, BP, 28700, STREAM, 4, 55),            # 24
    ("Lamorran Gala Season Lighting", 13, 14, TS, 44500, LIGHT, 5, 17),           # 25
    ("Lamorran Summer Opera Staging", 13, 14, WON, 18400, STAGE, 1, -58),         # 26
    ("Goonhavern Arena Concourse Screens", 20, 19, RC, 16900, LED, 4, -4),        # 27
    ("Mithian Hospice Candlelight Concert", 18, 17, TS, 5300, PA, 5, 22),         # 28
    ("Stithians Show Ring PA", 25, 24, BP, 31500, PA, 1, 88),                     # 29
    ("Stithians Show Marquee Lighting", 25, 39, BP, 12700, LIGHT, 1, 70),         # 30
    ("Tresillian Insurance Roadshow", 16, 5, RC, 20600, CREW, 1, -6),             # 31
    ("Penwithick Christmas Lights Switch-On", 12, 13, TS, 88000, STAGE, 5, 28),   # 32
    ("Penwithick Remembrance Sound", 12, 13, WON, 14800, PA, 5, -3),              # 33
    ("Mylor Engineering Family Day", 22, 37, BP, 8300, CREW, 1, 47),              # 34
    ("Gorran Medical Congress Stream", 24, 23, PN, 10800, STREAM, 5, 12),         # 35
    ("Gorran Medical Dinner Lighting", 24, 23, LOST, 4400, LIGHT, 5, -400),       # 36
    ("Perranwell Outlet Santa Parade", 21, 20, BP, 22000, CREW, 5, 84),           # 37
    ("Goonhavern Arena Boxing Night", 20, 36, BP, 14100, LIGHT, 4, 75),           # 38
]
# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 9 days. The 14/21/28/30/42-day cutoffs all keep at least 2.9 days' margin.
QUIET = {17: 83, 29: 61, 9: 50, 24: 46, 14: 37, 19: 24, 30: 17}
NO_ACTIVITY = {38}  # a fresh ballpark nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..42
TASKS = [
    ("Send stage plot to Eluned Chenoweth", 1, 1, 1, 2, "open"),                               # 1
    ("Send stage plot to Eluned Rescorla", 5, 2, 4, 3, "open"),                                # 2
    ("Confirm load-in times with Polglaze", 8, 3, 5, 1, "open"),                               # 3
    ("Confirm load-in times with Polglaze", 9, 27, 5, 4, "open"),                              # 4
    ("Send rigging plan to Ainhoa Angove", 3, 9, 4, 5, "open"),                                # 5
    ("Chase Cathal Hosken for the nave measurements", 4, 10, 1, -2, "open"),                   # 6
    ("Book recce at the Lanivet Festival site", 5, 2, 4, 6, "open"),                           # 7
    ("Send power requirements to Halvard Spargo", 13, 4, 4, -1, "open"),                       # 8
    ("Call Margaux Tonkin about the partners dinner", 11, 6, 1, 0, "open"),                    # 9
    ("Send tech spec to Donatella Curnow", 10, 11, 5, -4, "open"),                             # 10
    ("Send risk assessment to Gianluca Julyan", 21, 14, 1, 8, "open"),                         # 11
    ("Arrange recce with Ettore Glasson", 15, 12, 5, 3, "open"),                               # 12
    ("Send lighting plot to Wouter Eddy", 18, 25, 4, -3, "open"),                              # 13
    ("Call Fiachra Tonkin about the season opener", 19, 7, 5, 9, "open"),                      # 14
    ("Chase Solene Kneebone for the roadshow dates", 31, 5, 1, -5, "open"),                    # 15
    ("Send keynote stage render to Ilaria Kitto", 23, 15, 4, 2, "open"),                       # 16
    ("Book streaming test with Josselin Nankivell", 24, 16, 4, 11, "open"),                    # 17
    ("Send lighting proposal to Gianluca Julyan", 25, 14, 5, 1, "open"),                       # 18
    ("Collect venue passes from Noemie Retallack", 27, 19, 4, -6, "open"),                     # 19
    ("Send candle-safe lighting options to Lazare Opie", 28, 17, 5, -3, "open"),               # 20
    ("Introduce Thibault Yelland to the crew chief", 29, 24, 1, 12, "open"),                   # 21
    ("Call Perrine Udy about the family day", 34, 21, 1, 15, "open"),                          # 22
    ("Chase Bleddyn Kestle for the AGM date", 17, 8, 1, -2, "open"),                           # 23
    ("Run lighting test at Penwithick", 32, 13, 5, 7, "open"),                                 # 24
    ("Send caster desk drawings to Oddny Rodda", 24, 34, 4, 10, "open"),                       # 25
    ("Send congress stream quote to Sanne Wearne", 35, 23, 5, 4, "open"),                      # 26
    ("Send Santa parade route to Octave Tregear", 37, 20, 5, 20, "open"),                      # 27
    ("Send Cardinham Pharma the town hall camera options", 2, 26, 1, 6, "open"),               # 28
    ("Chase Treloyhan Manor Hotel for the ballroom drawings", 14, 29, 4, -7, "open"),          # 29
    ("Invite Fiachra Tonkin to the open rehearsal", None, 7, 5, 13, "open"),                   # 30
    ("Check mains power at Carnglaze", 11, 6, 1, 2, "open"),                                   # 31
    ("Add Aksel Trebilcock to the Christmas card list", None, 26, 1, 1, "open"),               # 32
    ("Ask Maialen Quintrell about the regatta prize-giving", None, 18, 1, 8, "open"),          # 33
    ("Send Goonhavern the boxing night lighting options", 38, 36, 4, 6, "open"),               # 34
    ("Send crew list to Eluned Rescorla", 7, 2, 4, -26, "done"),                               # 35
    ("Book the awards dinner crew for Tregonning", 16, 8, 1, -10, "done"),                     # 36
    ("Invoice Lamorran Opera House for the summer staging", 26, 14, 1, -55, "done"),           # 37
    ("Send feedback survey to Margaux Tonkin", 12, 6, 1, -18, "done"),                         # 38
    ("Collect cable loom from Gorran", 36, 23, 5, -390, "done"),                               # 39
    ("Strike the Remembrance PA at Penwithick", 33, 13, 5, -2, "done"),                        # 40
    ("Chase Polglaze University for the purchase order", 9, 27, 5, 3, "open"),                 # 41
    ("Call Solene Kneebone about the roadshow venues", 31, 5, 1, 9, "open"),                   # 42
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Scope call", "Check-in call", "Budget call"],
            "meeting": ["Venue walk-round", "Production meeting", "Site visit", "Running order review"],
            "email": ["Sent quote", "Sent tech rider", "Sent contract", "Follow-up email"],
            "note": ["Budget approved", "Talking to another AV firm", "Waiting on venue permissions",
                     "Show date agreed"],
            "message": ["Text check-in", "Sent crew call times", "Confirmed parking"]}

COLUMNS = {
    "users": ("id", "name", "email", "role"),
    "companies": ("id", "name", "domain", "industry", "owner_id", "created_at", "updated_at", "deleted_at",
                  "external_id"),
    "contacts": ("id", "first_name", "last_name", "email", "phone", "title", "company_id", "owner_id",
                 "lifecycle_stage", "created_at", "updated_at", "deleted_at", "external_id"),
    "deals": ("id", "name", "company_id", "contact_id", "stage", "amount", "currency", "close_date", "product",
              "owner_id", "created_at", "updated_at", "deleted_at", "external_id"),
    "activities": ("id", "type", "subject", "body", "occurred_at", "contact_id", "company_id", "deal_id",
                   "author_id", "deleted_at", "external_id"),
    "tasks": ("id", "title", "due_date", "status", "owner_id", "contact_id", "company_id", "deal_id", "created_at",
              "completed_at", "deleted_at", "external_id"),
}


def _insert(store: Store, table: str, rows: list[tuple]) -> None:
    """Many rows in one statement, by column name (later migrations may add columns)."""
    if not rows:
        return
    import pandas as pd

    cols = COLUMNS[table]
    store.con.register("fixture_k_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_k_rows")
    finally:
        store.con.unregister("fixture_k_rows")


def _phone(i: int) -> str:
    return f"020 7946 {(i * 271 + 53) % 1000:04d}"  # Ofcom drama range


def generate(store: Store, today: dt.date = TODAY, seed: int = 2037) -> dict[str, int]:
    """Fill an empty store with the Halyard Event Technology data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(8, 45))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture K goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(300, 1100))
            companies.append((i, name, domain, industry, owner, created, created, None, f"hav-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first}.{last}@{domain}".lower()
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, email, _phone(i), title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None, f"hav-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            if stage in CLOSED:  # created some weeks before it closed
                created = ago(max(rng.uniform(200, 330), -days + rng.uniform(30, 90)))
            else:
                created = ago(rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"hav-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"hav-ac-{i:04d}"))

        for d in deals:
            if d[4] in CLOSED or d[0] in NO_ACTIVITY:
                continue
            kind = rng.choice(["call", "email", "meeting"])
            if d[0] in QUIET:  # the pinned latest touch of a quiet deal
                add_activity(kind, QUIET[d[0]] + 0.3, d[3], d[2], d[0], d[9])
            else:  # every other open deal has a touch in the last 1-9 days
                add_activity(kind, rng.uniform(1.0, 9.0), d[3], d[2], d[0], d[9])
        pool = [d for d in deals if d[0] not in NO_ACTIVITY]
        while len(activities) < N_ACTIVITIES:
            kind = rng.choices(list(SUBJECTS), weights=[4, 3, 3, 2, 2])[0]
            age = 0.02 + 300 * rng.random() ** 2.2
            if rng.random() < 0.1:  # a company-level note that names no deal
                c = rng.choice(contacts)
                add_activity("note", age, c[0], c[6], None, COMPANIES[c[6] - 1][3])
                continue
            deal = rng.choice(pool)
            floor = QUIET[deal[0]] + 0.3 if deal[0] in QUIET else 0.0
            if deal[4] in CLOSED:
                floor = max(floor, (today - deal[7]).days + 0.5)
            if age < floor:
                age = floor + rng.uniform(0.2, 50)
            add_activity(kind, age, deal[3], deal[2], deal[0], deal[9])
        _insert(store, "activities", activities)

        tasks = []
        for i, (title, deal_id, contact_id, owner, due, status) in enumerate(TASKS, start=1):
            company_id = contacts[contact_id - 1][6]
            created = ago(rng.uniform(20, 60) if due > -15 else -due + rng.uniform(10, 30))
            tasks.append((i, title, today + dt.timedelta(days=due), status, owner, contact_id, company_id, deal_id,
                          created, created + dt.timedelta(days=2) if status == "done" else None, None,
                          f"hav-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
