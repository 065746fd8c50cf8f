"""Third, independent fixture for the evaluation corpus: Larkspur Coffee Roasters, a wholesale coffee
roaster selling beans, cold brew, machine leases, office pods and barista training to cafés, bakeries,
hotels, offices and institutions. Deterministic: the same database for the same `today`.

Nothing here is shared with data/demo.py or tests/corpus/fixture_b.py (users, companies, people,
products and pipeline all differ). Near-duplicates are deliberate so requests need clarifying:
- two contacts called Tova (Tova Lindgren at Juniper Street Café, Tova Marchetti at Saffron Quay
  Hotel) and two called Rafe (Rafe Dunleavy at Pemberton Fitness Clubs, Rafe Oduya at Greenmantle
  Grocers); two contacts with the last name Ngata (Aroha at Little Heron Café, Hemi at Kittiwake Rail
  Catering); a contact, Marisol Ferreira, who shares her first name with the rep Marisol Quintero;
- two pairs of companies sharing a first word: Juniper Street Café / Juniper Coworking and
  Copperline Bakehouse / Copperline Architects;
- several companies with two open deals (Juniper Street, Brackenfield, Oakhaven, Copperline
  Bakehouse, Saffron Quay, Greenmantle, Rosewell), and companies with one open deal plus a closed one;
- two open tasks titled "Drop off cupping samples at Pemberton" and two open "Send price list to
  Tova ..." tasks;
- the 24 filler contacts (ids 37-60) reuse twelve last names, each twice at different companies
  (Arkwright 37/49, Bellamy 38/50, Crowhurst 39/51, ...).

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2028, 3, 9)  # a Thursday
PIPELINE = ["Discovery", "Cupping", "Trial Shipment", "Pricing Agreed", "Signed", "Declined"]
CLOSED = ("Signed", "Declined")
DOMAIN = "larkspurroasters.com"

USERS = [
    (1, "Marisol Quintero", f"marisol@{DOMAIN}", "rep"),
    (2, "Kwame Asante", f"kwame@{DOMAIN}", "rep"),
    (3, "Birgit Halvorsen", f"birgit@{DOMAIN}", "rep"),
    (4, "Saoirse Whelan", f"saoirse@{DOMAIN}", "admin"),
    (5, "Teodor Vukovic", f"teodor@{DOMAIN}", "reviewer"),
]
REPS = [1, 2, 3]

PRODUCTS = ["Espresso Blend", "Single Origin Filter", "Cold Brew Kegs", "Machine Lease", "Office Pods",
            "Barista Training"]

# (name, domain, industry, owner) -- ids 1..21 in this order
COMPANIES = [
    ("Juniper Street Café", "juniperstreetcafe.com", "Café", 1),               # 1
    ("Juniper Coworking", "junipercowork.com", "Coworking", 2),                # 2
    ("Brackenfield Law", "brackenfieldlaw.com", "Law Firm", 3),                   # 3
    ("Tern & Tide Bakery", "ternandtide.com", "Bakery", 1),                    # 4
    ("Oakhaven University", "oakhaven.edu", "Universities", 2),                   # 5
    ("Copperline Bakehouse", "copperlinebakehouse.com", "Bakery", 3),          # 6
    ("Copperline Architects", "copperlinearch.com", "Architecture", 1),        # 7
    ("Saffron Quay Hotel", "saffronquayhotel.com", "Hotels", 2),          # 8
    ("Pemberton Fitness Clubs", "pembertonfitness.com", "Fitness", 3),         # 9
    ("Little Heron Café", "littleheron.cafe", "Café", 1),                        # 10
    ("Greenmantle Grocers", "greenmantle.co", "Grocery", 2),                   # 11
    ("Stellwagen Insurance", "stellwageninsurance.com", "Insurance", 3),       # 12
    ("Bluebell Books", "bluebellbooks.com", "Bookselling", 1),                      # 13
    ("Foxglove Studios", "foxglovestudios.tv", "Film Production", 2),                    # 14
    ("Marrow & Vine", "marrowandvine.com", "Restaurant", 3),                   # 15
    ("Rosewell Hospital", "rosewellhospital.org", "Hospitals", 1),            # 16
    ("Kittiwake Rail Catering", "kittiwakerail.com", "Transport", 2),          # 17
    ("Drumlin Accountancy", "drumlinaccountancy.com", "Accounting", 3),        # 18
    ("Orchard Row Coffee Bar", "orchardrow.coffee", "Café", 1),                # 19
    ("Halden Freight", "haldenfreight.com", "Warehousing", 2),               # 20
    ("Cinderford Council", "cinderford.gov", "Local Government", 3),              # 21
]

# (first, last, company id, title, lifecycle) -- ids 1..36 in this order
FIXED_CONTACTS = [
    ("Tova", "Lindgren", 1, "Owner", "customer"),                              # 1
    ("Tova", "Marchetti", 8, "Food & Beverage Manager", "opportunity"),        # 2
    ("Rafe", "Dunleavy", 9, "Head of Member Services", "prospect"),            # 3
    ("Rafe", "Oduya", 11, "Category Buyer", "opportunity"),                    # 4
    ("Aroha", "Ngata", 10, "Co-owner", "customer"),                            # 5
    ("Hemi", "Ngata", 17, "Catering Operations Lead", "prospect"),             # 6
    ("Cosima", "Reinholt", 2, "Community Manager", "customer"),                # 7
    ("Lachlan", "Pryce", 3, "Office Manager", "opportunity"),                  # 8
    ("Jolene", "Marchbanks", 4, "Head Baker", "customer"),                     # 9
    ("Ignatius", "Obi", 5, "Director of Dining Services", "opportunity"),      # 10
    ("Perrin", "Castellanos", 6, "Owner", "prospect"),                         # 11
    ("Sigrid", "Thorsen", 7, "Studio Manager", "lead"),                        # 12
    ("Dario", "Benedetti", 8, "General Manager", "opportunity"),               # 13
    ("Mehmet", "Yilmaz", 11, "Head of Fresh", "prospect"),                     # 14
    ("Harlow", "Penhaligon", 12, "Facilities Coordinator", "lead"),            # 15
    ("Juno", "Achterberg", 13, "Owner", "customer"),                           # 16
    ("Fenna", "Dijkstra", 14, "Production Coordinator", "prospect"),           # 17
    ("Bastian", "Kroll", 15, "Head Chef", "opportunity"),                      # 18
    ("Nerys", "Pritchard", 16, "Catering Manager", "opportunity"),             # 19
    ("Emrys", "Vaughan", 16, "Procurement Officer", "opportunity"),            # 20
    ("Calla", "Whitford", 17, "Procurement Manager", "prospect"),              # 21
    ("Thijs", "Vermeulen", 18, "Managing Partner", "lead"),                    # 22
    ("Soren", "Lykke", 19, "Owner", "customer"),                               # 23
    ("Paz", "Echeverria", 20, "Office Administrator", "prospect"),             # 24
    ("Marisol", "Ferreira", 21, "Facilities Officer", "lead"),                 # 25
    ("Eitan", "Sobel", 2, "Operations Lead", "customer"),                      # 26
    ("Ludmila", "Horvat", 5, "Catering Procurement Lead", "opportunity"),      # 27
    ("Anouk", "Verhoeven", 9, "Regional Operations Manager", "prospect"),      # 28
    ("Caius", "Penrose", 3, "Partner", "opportunity"),                         # 29
    ("Marit", "Abernathy", 14, "Head of Production", "opportunity"),           # 30
    ("Odalys", "Fuentes", 12, "Office Services Manager", "prospect"),          # 31
    ("Benedikt", "Strauss", 20, "Warehouse Manager", "opportunity"),           # 32
    ("Noor", "Qureshi", 21, "Procurement Officer", "prospect"),                # 33
    ("Agathe", "Moreau", 15, "Co-owner", "opportunity"),                       # 34
    ("Kit", "Brannigan", 6, "Operations Manager", "prospect"),                 # 35
    ("Ruairi", "Kavanagh", 1, "Head Barista", "customer"),                     # 36
]
FILLER_FIRST = """Aurelio Brontë Calliope Dagny Evander Faustina Gunnar Hyacinth Ivo Jessamy Konstantin Liesel
Mungo Nettie Ozias Philomena Radomir Sunday Tancredi Ulla Vesna Wystan Ximena Zeb""".split()
FILLER_LAST = """Arkwright Bellamy Crowhurst Delacroix Esterhazy Fitzroy Galloway Hawtrey Iredale Jessop
Kettering Lindell""".split()
FILLER_TITLES = ["Barista", "Café Manager", "Purchasing Assistant", "Office Coordinator", "Sous Chef",
                 "Catering Supervisor", "Finance Officer", "Front of House Lead"]
N_CONTACTS = 60

# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..36
DEALS = [
    ("Juniper Street Espresso Supply", 1, 1, "Pricing Agreed", 18000, "Espresso Blend", 1, 12),          # 1
    ("Juniper Street Machine Lease", 1, 36, "Trial Shipment", 9600, "Machine Lease", 1, 30),             # 2
    ("Juniper Coworking Office Pods", 2, 7, "Signed", 14400, "Office Pods", 2, -40),                     # 3
    ("Juniper Coworking Cold Brew Taps", 2, 26, "Cupping", 7200, "Cold Brew Kegs", 2, 45),               # 4
    ("Brackenfield Office Pods", 3, 8, "Trial Shipment", 6000, "Office Pods", 3, 20),                    # 5
    ("Tern & Tide Espresso Supply", 4, 9, "Signed", 22000, "Espresso Blend", 1, -60),                    # 6
    ("Tern & Tide Barista Training", 4, 9, "Discovery", 3500, "Barista Training", 1, 40),                # 7
    ("Oakhaven Dining Halls Espresso", 5, 10, "Pricing Agreed", 64000, "Espresso Blend", 2, 8),          # 8
    ("Oakhaven Library Café Filter", 5, 27, "Cupping", 21000, "Single Origin Filter", 2, 55),            # 9
    ("Copperline Bakehouse Filter Program", 6, 11, "Discovery", 12500, "Single Origin Filter", 3, 70),   # 10
    ("Copperline Architects Office Pods", 7, 12, "Discovery", 4800, "Office Pods", 1, 90),               # 11
    ("Saffron Quay Lobby Bar Relaunch", 8, 13, "Trial Shipment", 38000, "Espresso Blend", 2, 25),        # 12
    ("Saffron Quay Banquet Cold Brew", 8, 2, "Cupping", 15500, "Cold Brew Kegs", 2, 35),                 # 13
    ("Pemberton Club Machines", 9, 3, "Pricing Agreed", 52000, "Machine Lease", 3, 15),                  # 14
    ("Pemberton Staff Barista Training", 9, 28, "Declined", 6400, "Barista Training", 3, -25),           # 15
    ("Little Heron Single Origin Rotation", 10, 5, "Signed", 11000, "Single Origin Filter", 1, -15),      # 16
    ("Little Heron Cold Brew", 10, 5, "Cupping", 4200, "Cold Brew Kegs", 1, 30),                          # 17
    ("Greenmantle Retail Bags", 11, 4, "Trial Shipment", 46000, "Single Origin Filter", 2, 18),          # 18
    ("Greenmantle Deli Counter Espresso", 11, 14, "Discovery", 9000, "Espresso Blend", 2, 60),           # 19
    ("Stellwagen Office Pods", 12, 15, "Discovery", 16000, "Office Pods", 3, 75),                        # 20
    ("Bluebell Books Café Corner", 13, 16, "Pricing Agreed", 8200, "Espresso Blend", 1, -4),             # 21
    ("Foxglove Studio Machines", 14, 30, "Trial Shipment", 13500, "Machine Lease", 2, 22),               # 22
    ("Marrow & Vine Espresso Switch", 15, 18, "Cupping", 9800, "Espresso Blend", 3, 28),                 # 23
    ("Rosewell Hospital Café Supply", 16, 19, "Pricing Agreed", 88000, "Espresso Blend", 1, 10),         # 24
    ("Rosewell Ward Pantry Pods", 16, 20, "Discovery", 27000, "Office Pods", 1, 50),                     # 25
    ("Kittiwake Onboard Coffee", 17, 21, "Trial Shipment", 120000, "Single Origin Filter", 2, 33),       # 26
    ("Kittiwake Cold Brew Trial", 17, 6, "Declined", 18000, "Cold Brew Kegs", 2, -50),                   # 27
    ("Drumlin Office Pods", 18, 22, "Discovery", 5200, "Office Pods", 3, 65),                            # 28
    ("Orchard Row Espresso Supply", 19, 23, "Signed", 16500, "Espresso Blend", 1, -8),                   # 29
    ("Orchard Row Barista Training", 19, 23, "Cupping", 2800, "Barista Training", 1, 14),                # 30
    ("Halden Warehouse Pods", 20, 32, "Pricing Agreed", 11800, "Office Pods", 2, -2),                    # 31
    ("Cinderford Council Machines", 21, 33, "Cupping", 23500, "Machine Lease", 3, 80),                   # 32
    ("Marrow & Vine Barista Training", 15, 34, "Declined", 3900, "Barista Training", 3, -35),            # 33
    ("Oakhaven Open Day Cold Brew", 5, 27, "Signed", 8800, "Cold Brew Kegs", 2, -70),               # 34
    ("Copperline Bakehouse Espresso Supply", 6, 35, "Trial Shipment", 14000, "Espresso Blend", 3, 21),   # 35
    ("Brackenfield Lounge Machine", 3, 29, "Cupping", 7400, "Machine Lease", 3, 40),                     # 36
]
# open deals whose latest activity is kept at least this many days old (they "go quiet")
QUIET = {11: 70, 25: 60, 32: 50, 12: 40, 20: 45, 9: 36, 19: 30, 4: 25, 30: 18}
NO_ACTIVITY = {28}  # a fresh lead nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..41
TASKS = [
    ("Send price list to Tova Lindgren", 1, 1, 1, 2, "open"),                        # 1
    ("Send price list to Tova Marchetti", 13, 2, 2, 3, "open"),                      # 2
    ("Drop off cupping samples at Pemberton", 14, 3, 3, 1, "open"),                  # 3
    ("Drop off cupping samples at Pemberton", None, 28, 3, 6, "open"),               # 4
    ("Book grinder calibration at Juniper Street", 2, 36, 1, 5, "open"),             # 5
    ("Confirm delivery window with Ignatius Obi", 8, 10, 2, 4, "open"),              # 6
    ("Send trial invoice to Dario Benedetti", 12, 13, 2, -3, "open"),                # 7
    ("Call Rafe Oduya about shelf placement", 18, 4, 2, 2, "open"),                  # 8
    ("Schedule barista training at Tern & Tide", 7, 9, 1, 10, "open"),               # 9
    ("Send Rosewell the allergen sheet", 24, 19, 1, -1, "open"),                     # 10
    ("Deliver demo machine to Foxglove", 22, 30, 2, 7, "open"),                      # 11
    ("Collect trial feedback from Calla Whitford", 26, 21, 2, 6, "open"),            # 12
    ("Send contract to Soren Lykke", 29, 23, 1, -20, "done"),                        # 13
    ("Arrange cupping for Marrow & Vine", 23, 18, 3, -10, "done"),                   # 14
    ("Quote machine lease for Cinderford", 32, 33, 3, 12, "open"),                   # 15
    ("Email Harlow Penhaligon the pods brochure", 20, 15, 3, 8, "open"),             # 16
    ("Check water hardness at Pemberton", 14, 3, 3, -6, "done"),                     # 17
    ("Follow up with Thijs Vermeulen", 28, 22, 3, 3, "open"),                        # 18
    ("Send sample bags to Mehmet Yilmaz", 19, 14, 2, -2, "open"),                    # 19
    ("Update pricing for Oakhaven library café", 9, 27, 2, 15, "open"),              # 20
    ("Call Juno Achterberg about the café corner", 21, 16, 1, 0, "open"),            # 21
    ("Ship cold brew keg samples to Little Heron", 17, 5, 1, 4, "open"),              # 22
    ("Confirm tasting date with Perrin Castellanos", 10, 11, 3, 9, "open"),          # 23
    ("Send W-9 to Halden accounts", 31, 32, 2, -12, "done"),                         # 24
    ("Remove Hemi Ngata from the mailing list", None, 6, 2, 1, "open"),              # 25
    ("Follow up with Lachlan Pryce on pod trial", 5, 8, 3, 2, "open"),               # 26
    ("Send Nerys Pritchard the training dates", 24, 19, 1, 14, "open"),              # 27
    ("Invoice Orchard Row for February beans", 29, 23, 1, -5, "done"),               # 28
    ("Book delivery van for Kittiwake trial", 26, 21, 2, -15, "done"),               # 29
    ("Draft proposal for Rosewell ward pantries", 25, 20, 1, 20, "open"),            # 30
    ("Send price list to Sigrid Thorsen", 11, 12, 1, 11, "open"),                    # 31
    ("Call Cosima Reinholt about cold brew taps", 4, 7, 2, -1, "open"),              # 32
    ("Replace grinder burrs at Bluebell", 21, 16, 1, -30, "done"),                   # 33
    ("Prepare cupping flight for Saffron Quay banquet", 13, 2, 2, 5, "open"),        # 34
    ("Thank Aroha Ngata for the referral", None, 5, 1, -8, "done"),                  # 35
    ("Confirm trial quantities with Kit Brannigan", 35, 35, 3, 3, "open"),           # 36
    ("Send Greenmantle the retail bag mockups", 18, 4, 2, 9, "open"),                # 37
    ("Check Stellwagen kitchen measurements", 20, 31, 3, -4, "open"),                # 38
    ("Email Agathe Moreau the loss survey", 33, 34, 3, -18, "done"),                 # 39
    ("Send pricing sheet to Caius Penrose", 36, 29, 3, 6, "open"),                   # 40
    ("Ask Benedikt Strauss for the PO number", 31, 32, 2, 1, "open"),                # 41
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Pricing call", "Check-in call", "Trial debrief"],
            "meeting": ["Cupping session", "Site visit", "Menu tasting", "Quarterly review"],
            "email": ["Sent price list", "Sent trial invoice", "Sent brew guide", "Follow-up email"],
            "note": ["Budget approved", "Using a competitor roaster", "Needs landlord approval",
                     "Grinder needs replacing"],
            "message": ["Text check-in", "Sent delivery ETA", "Confirmed drop-off"]}

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
    store.con.register("fixture_c_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_c_rows")
    finally:
        store.con.unregister("fixture_c_rows")


def _phone(i: int) -> str:
    return f"(503) 555-{(i * 277 + 1000) % 10000:04d}"


def generate(store: Store, today: dt.date = TODAY, seed: int = 2028) -> dict[str, int]:
    """Fill an empty store with the Larkspur Coffee Roasters data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(8, 30))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture C goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(200, 800))
            companies.append((i, name, domain, industry, owner, created, created, None, f"lcr-co-{i:03d}"))
        _insert(store, "companies", companies)

        people = list(FIXED_CONTACTS)
        for k, first in enumerate(FILLER_FIRST[: N_CONTACTS - len(FIXED_CONTACTS)]):
            last = FILLER_LAST[k % len(FILLER_LAST)]
            ci = rng.randrange(1, len(COMPANIES) + 1)
            people.append((first, last, ci, rng.choice(FILLER_TITLES),
                           rng.choice(["lead", "prospect", "opportunity", "customer", "customer", "churned"])))
        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(people, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first[0]}{last}@{domain}".lower().replace("ë", "e")
            created = ago(rng.uniform(30, 400))
            contacts.append((i, first, last, email, _phone(i), title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None, f"lcr-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            created = ago(rng.uniform(80, 300) if stage in CLOSED else rng.uniform(15, 150))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"lcr-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []
        pool = [d for d in deals if d[0] not in NO_ACTIVITY]
        for i in range(1, N_ACTIVITIES + 1):
            kind = rng.choices(list(SUBJECTS), weights=[4, 3, 3, 2, 2])[0]
            subject = rng.choice(SUBJECTS[kind])
            age = 0.05 + 300 * rng.random() ** 2.2
            if rng.random() < 0.12:  # a company-level note that names no deal
                c = rng.choice(contacts)
                activities.append((i, "note", subject, None, ago(age), c[0], c[6], None,
                                   COMPANIES[c[6] - 1][3], None, f"lcr-ac-{i:04d}"))
                continue
            deal = rng.choice(pool)
            floor = QUIET.get(deal[0], 0)
            if deal[4] in CLOSED:
                floor = max(floor, (today - deal[7]).days)
            if age < floor:
                age = floor + rng.uniform(0.5, 50)
            activities.append((i, kind, subject, None, ago(age), deal[3], deal[2], deal[0], deal[9], None,
                               f"lcr-ac-{i:04d}"))
        _insert(store, "activities", activities)

        tasks = []
        for i, (title, deal_id, contact_id, owner, due, status) in enumerate(TASKS, start=1):
            company_id = contacts[contact_id - 1][6]
            created = ago(rng.uniform(20, 50))
            tasks.append((i, title, today + dt.timedelta(days=due), status, owner, contact_id, company_id, deal_id,
                          created, created + dt.timedelta(days=4) if status == "done" else None, None,
                          f"lcr-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
