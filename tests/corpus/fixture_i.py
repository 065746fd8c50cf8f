"""Ninth, independent fixture for the evaluation corpus: Greensward Grounds & Landscapes, a B2B commercial
landscaping and grounds-maintenance contractor. It sells grounds maintenance contracts, hard landscaping, soft
landscaping, tree surgery, winter gritting and sports turf renovation to a business park, a parish council, a manor
hotel, an academy, a retail park, a university, a housing trust, a memorial park, a football club, a freight hub, a
golf club, a racecourse, a hospital, a care village, a borough council, a science park, a water company, a minster, a
holiday park, a supermarket chain, a rail depot, a country estate, a leisure centre, a crematorium and a cricket club.
Deterministic: the same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B-H (users, companies, people, products and pipeline all differ).
Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Euphemia (Euphemia Loxley at Ashcombe Business Park, Euphemia Mabey at Carrowby Retail Park)
  and two called Radley (Radley Barraclough at Saxonbury Manor Hotel, Radley Ashdown at Drakeshill Golf Club); two
  contacts with the last name Tremlett (Bathsheba at Hembury Housing Trust, Zebedee at Quarrendon Racecourse); a
  contact, Dafydd Huxtable, who shares his first name with the rep Dafydd Lanyon; a contact, Cecily Oxenbridge, whose
  last name is the first word of the company Oxenbridge Memorial Park (she works at Lathbury Hospital);
- two pairs of companies sharing their first words: Ashcombe Business Park / Ashcombe Parish Council and Saxonbury
  Manor Hotel / Saxonbury Academy;
- companies with two open deals (Ashcombe Business Park, Carrowby, Wyecliffe, Drakeshill, Quarrendon, Merrivale) and
  companies with one open deal plus a closed one;
- two open tasks titled "Confirm mowing start date with Drakeshill" and two open "Send site plan to Euphemia ..."
  tasks.

The pipeline's stage names are unusual on purpose: "Site Walk" is also something a rep does (a meeting), "Final
Quote" is also something a rep sends (an email), and the closed stages are "Breaking Ground" (won) and "Gone to Seed"
(lost), which read like a sentence and an idiom.

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2035, 6, 14)  # a Thursday
PIPELINE = ["Enquiry", "Site Walk", "Planting Scheme", "Final Quote", "Breaking Ground", "Gone to Seed"]
CLOSED = ("Breaking Ground", "Gone to Seed")
DOMAIN = "greenswardgrounds.com"

# note: the admin is id 3 and the reviewer id 5; reps are 1, 2 and 4
USERS = [
    (1, "Jethro Trethewey", f"jethro@{DOMAIN}", "rep"),
    (2, "Ianthe Bolitho", f"ianthe@{DOMAIN}", "rep"),
    (3, "Hepzibah Carveth", f"hepzibah@{DOMAIN}", "admin"),
    (4, "Dafydd Lanyon", f"dafydd@{DOMAIN}", "rep"),
    (5, "Genevieve Scoble", f"genevieve@{DOMAIN}", "reviewer"),
]
REPS = [1, 2, 4]

PRODUCTS = ["Grounds Maintenance Contract", "Hard Landscaping", "Soft Landscaping", "Tree Surgery", "Winter Gritting",
            "Sports Turf Renovation"]
GMC, HARD, SOFT, TREE, GRIT, TURF = PRODUCTS

# (name, domain, industry, owner) -- ids 1..25 in this order; owners are the reps in turn (1, 2, 4, 1, ...)
COMPANIES = [
    ("Ashcombe Business Park", "ashcombepark.co.uk", "Commercial Property", 1),        # 1
    ("Ashcombe Parish Council", "ashcombe-pc.gov.uk", "Local Government", 2),         # 2
    ("Saxonbury Manor Hotel", "saxonburymanor.co.uk", "Hospitality", 4),              # 3
    ("Saxonbury Academy", "saxonburyacademy.org.uk", "Education", 1),                 # 4
    ("Carrowby Retail Park", "carrowbyretail.com", "Retail Property", 2),             # 5
    ("Wyecliffe University", "wyecliffe.ac.uk", "Higher Education", 4),               # 6
    ("Hembury Housing Trust", "hemburyhousing.org", "Housing", 1),                    # 7
    ("Oxenbridge Memorial Park", "oxenbridgememorial.co.uk", "Cemeteries", 2),        # 8
    ("Pinfold Rovers FC", "pinfoldrovers.com", "Sport", 4),                           # 9
    ("Stennack Freight Hub", "stennackfreight.com", "Logistics", 1),                  # 10
    ("Drakeshill Golf Club", "drakeshillgolf.co.uk", "Golf", 2),                      # 11
    ("Quarrendon Racecourse", "quarrendonraces.com", "Horse Racing", 4),              # 12
    ("Lathbury Hospital", "lathburyhospital.nhs.uk", "Healthcare", 1),                # 13
    ("Gorsedene Care Village", "gorsedenecare.co.uk", "Care Homes", 2),               # 14
    ("Harcastle Borough Council", "harcastle.gov.uk", "Local Government", 4),         # 15
    ("Ivelcombe Science Park", "ivelcombe.com", "Research", 1),                       # 16
    ("Merrivale Water", "merrivalewater.co.uk", "Utilities", 2),                      # 17
    ("Ormsgill Minster", "ormsgillminster.org", "Religious", 4),                      # 18
    ("Porthcurnick Holiday Park", "porthcurnickholidays.co.uk", "Leisure", 1),        # 19
    ("Tamberlane Supermarkets", "tamberlane.co.uk", "Grocery Retail", 2),             # 20
    ("Vexford Rail Depot", "vexfordrail.com", "Rail", 4),                             # 21
    ("Yarncliffe Country Estate", "yarncliffe.co.uk", "Weddings & Events", 1),        # 22
    ("Mossbank Leisure Centre", "mossbankleisure.org.uk", "Leisure", 2),              # 23
    ("Thistlewood Crematorium", "thistlewood.org.uk", "Funeral Services", 4),         # 24
    ("Brambleigh Cricket Club", "brambleighcc.co.uk", "Sport", 1),                    # 25
]

# (first, last, company id, title, lifecycle) -- ids 1..45; a contact's owner is its company's owner
CONTACTS = [
    ("Euphemia", "Loxley", 1, "Estates Manager", "opportunity"),                 # 1
    ("Euphemia", "Mabey", 5, "Centre Manager", "customer"),                      # 2
    ("Radley", "Barraclough", 3, "General Manager", "opportunity"),              # 3
    ("Radley", "Ashdown", 11, "Club Secretary", "opportunity"),                  # 4
    ("Dafydd", "Huxtable", 9, "Stadium Manager", "customer"),                    # 5
    ("Bathsheba", "Tremlett", 7, "Head of Estates", "opportunity"),              # 6
    ("Zebedee", "Tremlett", 12, "Clerk of the Course", "prospect"),              # 7
    ("Cecily", "Oxenbridge", 13, "Facilities Director", "opportunity"),          # 8
    ("Gulliver", "Pengelly", 2, "Parish Clerk", "opportunity"),                  # 9
    ("Adelaide", "Gillow", 4, "Business Manager", "prospect"),                   # 10
    ("Orson", "Inskip", 6, "Grounds and Gardens Manager", "opportunity"),        # 11
    ("Idony", "Jolliffe", 3, "Operations Manager", "lead"),                      # 12
    ("Hywel", "Kinsella", 8, "Cemetery Manager", "customer"),                    # 13
    ("Fabrizio", "Lumley", 10, "Site Operations Manager", "opportunity"),        # 14
    ("Keturah", "Rainsford", 11, "Head Greenkeeper", "opportunity"),             # 15
    ("Piers", "Sedgwick", 12, "Estates Director", "opportunity"),                # 16
    ("Olwen", "Tapscott", 14, "Home Manager", "opportunity"),                    # 17
    ("Silas", "Upjohn", 15, "Parks Officer", "prospect"),                        # 18
    ("Thisbe", "Dimmock", 16, "Facilities Manager", "opportunity"),              # 19
    ("Ulrich", "Entwistle", 17, "Operations Manager", "opportunity"),            # 20
    ("Senara", "Illingworth", 18, "Chapter Clerk", "prospect"),                  # 21
    ("Agatha", "Jagger", 19, "Park Manager", "prospect"),                        # 22
    ("Fergal", "Littlewood", 20, "Property Manager", "opportunity"),             # 23
    ("Wolfgang", "Mottershead", 21, "Depot Manager", "opportunity"),             # 24
    ("Nesta", "Ormondroyd", 22, "Events Director", "opportunity"),               # 25
    ("Godric", "Pickersgill", 23, "Centre Manager", "prospect"),                 # 26
    ("Dilys", "Rushby", 24, "Bereavement Services Manager", "customer"),         # 27
    ("Eben", "Uttley", 25, "Club Chairman", "lead"),                             # 28
    ("Kezia", "Abbott", 1, "Finance Director", "lead"),                          # 29
    ("Alban", "Catchpole", 5, "Asset Manager", "prospect"),                      # 30
    ("Zuleika", "Dunstable", 6, "Procurement Officer", "lead"),                  # 31
    ("Kensa", "Naylor", 7, "Finance Manager", "lead"),                           # 32
    ("Cato", "Wadsworth", 8, "Chief Registrar", "prospect"),                     # 33
    ("Uriah", "Kettlewell", 9, "Commercial Manager", "opportunity"),             # 34
    ("Eilidh", "Nankervis", 10, "Procurement Lead", "lead"),                     # 35
    ("Peregrine", "Bastable", 11, "Finance Officer", "lead"),                    # 36
    ("Mabyn", "Cloake", 13, "Finance Officer", "lead"),                          # 37
    ("Viggo", "Dunnett", 15, "Head of Parks", "customer"),                       # 38
    ("Pomona", "Edgecumbe", 17, "Finance Manager", "lead"),                      # 39
    ("Nye", "Frayling", 20, "Finance Officer", "lead"),                          # 40
    ("Talfryn", "Gummow", 21, "Engineering Manager", "prospect"),                # 41
    ("Ione", "Hocking", 22, "Procurement Officer", "lead"),                      # 42
    ("Venetia", "Jewell", 2, "Finance Officer", "lead"),                         # 43
    ("Amias", "Keast", 19, "Operations Manager", "lead"),                        # 44
    ("Yolanda", "Moyle", 25, "Treasurer", "lead"),                               # 45
]

EN, SW, PS, FQ, WON, LOST = PIPELINE
# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..38
DEALS = [
    ("Ashcombe Park Grounds Contract", 1, 1, PS, 46000, GMC, 1, 22),                  # 1
    ("Ashcombe Park Entrance Planting", 1, 29, SW, 14800, SOFT, 1, 48),               # 2
    ("Ashcombe Parish Verge Cutting", 2, 9, FQ, 8800, GMC, 2, 8),                     # 3
    ("Saxonbury Manor Terrace Paving", 3, 3, EN, 27500, HARD, 4, 62),                 # 4
    ("Saxonbury Academy Playing Fields", 4, 10, SW, 19200, TURF, 1, 36),              # 5
    ("Carrowby Car Park Gritting", 5, 2, FQ, 31000, GRIT, 2, 7),                      # 6
    ("Carrowby Retail Park Tree Works", 5, 30, PS, 12600, TREE, 2, 30),               # 7
    ("Carrowby Planter Refresh", 5, 2, WON, 9400, SOFT, 2, -29),                      # 8
    ("Wyecliffe Quad Landscaping", 6, 11, PS, 58000, HARD, 4, 19),                    # 9
    ("Wyecliffe Campus Maintenance", 6, 31, EN, 72000, GMC, 4, 70),                   # 10
    ("Hembury Estate Grounds Contract", 7, 6, FQ, 64000, GMC, 1, 6),                  # 11
    ("Hembury Courtyard Planting", 7, 32, LOST, 7800, SOFT, 1, -22),                  # 12
    ("Oxenbridge Memorial Garden", 8, 13, SW, 23500, SOFT, 2, 44),                    # 13
    ("Pinfold Rovers Pitch Renovation", 9, 5, WON, 38000, TURF, 4, -12),              # 14
    ("Pinfold Rovers Training Ground", 9, 34, EN, 16000, TURF, 4, 66),                # 15
    ("Stennack Hub Winter Gritting", 10, 14, PS, 29000, GRIT, 1, 27),                 # 16
    ("Drakeshill Greens Renovation", 11, 15, FQ, 52000, TURF, 2, 14),                 # 17
    ("Drakeshill Clubhouse Hedging", 11, 4, EN, 6900, SOFT, 2, 80),                   # 18
    ("Quarrendon Parade Ring Planting", 12, 7, SW, 41000, SOFT, 4, 41),               # 19
    ("Quarrendon Course Tree Survey", 12, 16, PS, 18500, TREE, 4, 33),                # 20
    ("Lathbury Hospital Gardens", 13, 8, FQ, 24000, GMC, 1, 4),                       # 21
    ("Lathbury Car Park Resurfacing", 13, 37, LOST, 33000, HARD, 1, -40),             # 22
    ("Gorsedene Sensory Garden", 14, 17, PS, 17600, SOFT, 2, 21),                     # 23
    ("Harcastle Park Tree Works", 15, 18, EN, 23300, TREE, 4, 55),                    # 24
    ("Ivelcombe Science Park Grounds", 16, 19, PS, 48500, GMC, 4, 17),                # 25
    ("Ivelcombe Lake Path", 16, 19, WON, 15500, HARD, 1, -60),                        # 26
    ("Merrivale Reservoir Gritting", 17, 20, SW, 11200, GRIT, 2, -3),                 # 27
    ("Ormsgill Minster Yew Works", 18, 21, PS, 5400, TREE, 4, 22),                    # 28
    ("Porthcurnick Holiday Park Planting", 19, 22, EN, 9700, SOFT, 1, 90),            # 29
    ("Tamberlane Store Landscaping", 20, 23, EN, 34000, HARD, 2, 70),                 # 30
    ("Vexford Depot Vegetation Clearance", 21, 24, SW, 21000, GMC, 4, -5),            # 31
    ("Yarncliffe Wedding Lawns", 22, 25, PS, 88000, SOFT, 1, 29),                     # 32
    ("Yarncliffe Orchard Walk", 22, 42, WON, 12000, HARD, 1, -7),                     # 33
    ("Mossbank Leisure Centre Grounds", 23, 26, EN, 7400, GMC, 2, 48),                # 34
    ("Thistlewood Crematorium Grounds", 24, 27, FQ, 9800, GMC, 4, 12),                # 35
    ("Thistlewood Memorial Hedge", 24, 27, LOST, 4600, SOFT, 4, -190),                # 36
    ("Brambleigh Outfield Renovation", 25, 28, EN, 23000, TURF, 1, 85),               # 37
    ("Merrivale Treatment Works Mowing", 17, 39, EN, 13900, GMC, 2, 75),              # 38
]
# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 9 days. The 14/21/28/30/42-day cutoffs all keep at least 2.7 days' margin.
QUIET = {34: 79, 24: 62, 10: 51, 37: 47, 18: 36, 20: 33, 2: 25, 29: 17}
NO_ACTIVITY = {30}  # a fresh enquiry nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..42
TASKS = [
    ("Send site plan to Euphemia Loxley", 1, 1, 1, 2, "open"),                                   # 1
    ("Send site plan to Euphemia Mabey", 6, 2, 2, 3, "open"),                                    # 2
    ("Confirm mowing start date with Drakeshill", 17, 15, 2, 1, "open"),                         # 3
    ("Confirm mowing start date with Drakeshill", 18, 4, 2, 4, "open"),                          # 4
    ("Send verge cutting schedule to Gulliver Pengelly", 3, 9, 2, 5, "open"),                    # 5
    ("Chase Radley Barraclough for the terrace sketches", 4, 3, 4, -2, "open"),                  # 6
    ("Measure tree canopy at Carrowby Retail Park", 7, 30, 2, 6, "open"),                        # 7
    ("Send turf samples to Adelaide Gillow", 5, 10, 1, -1, "open"),                              # 8
    ("Call Bathsheba Tremlett about the estate contract", 11, 6, 1, 0, "open"),                  # 9
    ("Book site walk at Oxenbridge Memorial Park", 13, 13, 2, -4, "open"),                       # 10
    ("Send quad paving options to Orson Inskip", 9, 11, 4, 8, "open"),                           # 11
    ("Arrange gritting route walk with Fabrizio Lumley", 16, 14, 1, 3, "open"),                  # 12
    ("Send hospital garden costs to Cecily Oxenbridge", 21, 8, 1, -3, "open"),                   # 13
    ("Call Keturah Rainsford about the greens drainage", 17, 15, 2, 9, "open"),                  # 14
    ("Chase Zebedee Tremlett for the parade ring drawings", 19, 7, 4, -5, "open"),               # 15
    ("Send sensory garden layout to Olwen Tapscott", 23, 17, 2, 2, "open"),                      # 16
    ("Book tree survey walk with Silas Upjohn", 24, 18, 4, 11, "open"),                          # 17
    ("Send grounds contract draft to Thisbe Dimmock", 25, 19, 4, 1, "open"),                     # 18
    ("Collect reservoir access permits from Ulrich Entwistle", 27, 20, 2, -6, "open"),           # 19
    ("Send yew survey to Senara Illingworth", 28, 21, 4, 5, "open"),                             # 20
    ("Introduce Agatha Jagger to the planting designer", 29, 22, 1, 12, "open"),                 # 21
    ("Call Fergal Littlewood about the store car park beds", 30, 23, 2, 15, "open"),             # 22
    ("Chase Wolfgang Mottershead for the depot track plan", 31, 24, 4, -2, "open"),              # 23
    ("Run lawn walk-round at Yarncliffe Country Estate", 32, 25, 1, 7, "open"),                  # 24
    ("Send mowing schedule to Godric Pickersgill", 34, 26, 2, 10, "open"),                       # 25
    ("Send final quote to Dilys Rushby", 35, 27, 4, 4, "open"),                                  # 26
    ("Send outfield plan to Eben Uttley", 37, 28, 1, 20, "open"),                                # 27
    ("Send Saxonbury Academy the pitch options", 5, 10, 1, 6, "open"),                           # 28
    ("Chase Ashcombe Business Park for the entrance photos", 2, 29, 1, -7, "open"),              # 29
    ("Invite Zebedee Tremlett to the nursery open day", None, 7, 4, 13, "open"),                 # 30
    ("Check drainage at the Hembury estate", 11, 32, 1, 2, "open"),                              # 31
    ("Remove Kezia Abbott from the newsletter list", None, 29, 1, 1, "open"),                    # 32
    ("Ask Dilys Rushby for a testimonial", None, 27, 4, 8, "open"),                              # 33
    ("Send Quarrendon the tree survey timetable", 20, 16, 4, 6, "open"),                         # 34
    ("Send welcome pack to Euphemia Mabey", 8, 2, 2, -28, "done"),                               # 35
    ("Set up first mowing visit at Pinfold Rovers", 14, 5, 4, -10, "done"),                      # 36
    ("Invoice Ivelcombe Science Park for the lake path", 26, 19, 1, -55, "done"),                # 37
    ("Send lost-deal survey to Mabyn Cloake", 22, 37, 1, -35, "done"),                           # 38
    ("Collect hedge samples from Thistlewood", 36, 27, 4, -80, "done"),                          # 39
    ("Book the Yarncliffe orchard planting crew", 33, 42, 1, -5, "done"),                        # 40
    ("Chase Merrivale Water for the purchase order", 38, 39, 2, 3, "open"),                      # 41
    ("Call Dafydd Huxtable about the training pitch", 15, 5, 4, 9, "open"),                      # 42
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Scope call", "Check-in call", "Pricing call"],
            "meeting": ["Grounds walk-round", "Design review", "Soil test visit", "Contract meeting"],
            "email": ["Sent quote", "Sent planting plan", "Sent contract", "Follow-up email"],
            "note": ["Budget approved", "Talking to another contractor", "Waiting on tree survey",
                     "Start date agreed"],
            "message": ["Text check-in", "Sent crew ETA", "Confirmed gate access"]}

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
    store.con.register("fixture_i_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_i_rows")
    finally:
        store.con.unregister("fixture_i_rows")


def _phone(i: int) -> str:
    return f"+44 1632 960 {(i * 271 + 83) % 1000:03d}"


def generate(store: Store, today: dt.date = TODAY, seed: int = 2035) -> dict[str, int]:
    """Fill an empty store with the Greensward Grounds & Landscapes data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(8, 45))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture I goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(250, 1000))
            companies.append((i, name, domain, industry, owner, created, created, None, f"ggl-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first}.{last}@{domain}".lower()
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, email, _phone(i), title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None, f"ggl-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            created = ago(rng.uniform(200, 330) if stage in CLOSED else rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"ggl-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"ggl-ac-{i:04d}"))

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
            created = ago(rng.uniform(20, 60))
            tasks.append((i, title, today + dt.timedelta(days=due), status, owner, contact_id, company_id, deal_id,
                          created, created + dt.timedelta(days=2) if status == "done" else None, None,
                          f"ggl-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
