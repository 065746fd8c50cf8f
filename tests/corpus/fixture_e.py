"""Fifth, independent fixture for the evaluation corpus: Keelstone Solar, a commercial solar and battery installer
selling rooftop arrays, carport canopies, battery storage, EV charging hubs, monitoring plans and panel-cleaning
contracts to farms, breweries, hotels, schools, warehouses, a council, a church and a care home. Deterministic: the
same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B, C and D (users, companies, people, products and pipeline all
differ). Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Fenella (Fenella Hart at Marlowe Cider Works, Fenella Dacre at Saltmarsh Boatyard) and two
  called Caspar (Caspar Lund at Brackwater Distribution, Caspar Whyte at Wrenfield Winery); two contacts with the
  last name Penhaligon (Tamsin at Corvid Brewing, Jory at Thornbury Freight Park); a contact, Oren Blackwood, who
  shares his first name with the rep Oren Takahashi;
- two pairs of companies sharing a first word: Marlowe Cider Works / Marlowe Parish Council and Saltmarsh Hotel &
  Spa / Saltmarsh Boatyard;
- companies with two open deals (Marlowe Cider, Brackwater, Saltmarsh Hotel, Ivybridge, Thornbury, Gorse Lane) and
  companies with one open deal plus a closed one;
- two open tasks titled "Chase DNO approval for Thornbury" and two open "Send shading report to Fenella ..." tasks.

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2030, 5, 16)  # a Thursday
PIPELINE = ["Prospecting", "Roof Audit", "Design", "Permitting", "Energised", "Shelved"]
CLOSED = ("Energised", "Shelved")
DOMAIN = "keelstonesolar.com"

# note: the admin is id 2 and the reviewer id 4; reps are 1, 3 and 5
USERS = [
    (1, "Leonie Adjei", f"leonie@{DOMAIN}", "rep"),
    (2, "Gustav Ferreyra", f"gustav@{DOMAIN}", "admin"),
    (3, "Oren Takahashi", f"oren@{DOMAIN}", "rep"),
    (4, "Bettina Kovac", f"bettina@{DOMAIN}", "reviewer"),
    (5, "Dmitri Osterhagen", f"dmitri@{DOMAIN}", "rep"),
]
REPS = [1, 3, 5]

PRODUCTS = ["Rooftop Array", "Carport Canopy", "Battery Storage", "EV Charging Hub", "Monitoring Plan",
            "Panel Cleaning Contract"]

# (name, domain, industry, owner) -- ids 1..21 in this order
COMPANIES = [
    ("Marlowe Cider Works", "marlowecider.co.uk", "Food & Drink", 1),          # 1
    ("Marlowe Parish Council", "marloweparish.gov.uk", "Public Sector", 3),    # 2
    ("Tessellate Print Co", "tessellateprint.com", "Manufacturing", 5),        # 3
    ("Hawkridge Dairy Farm", "hawkridgedairy.com", "Agriculture", 1),          # 4
    ("Brackwater Distribution", "brackwater.com", "Logistics", 3),             # 5
    ("Corvid Brewing Company", "corvidbrewing.com", "Food & Drink", 5),        # 6
    ("Pennyroyal Garden Centre", "pennyroyalgardens.com", "Retail", 1),        # 7
    ("Saltmarsh Hotel & Spa", "saltmarshhotel.com", "Hospitality", 3),         # 8
    ("Saltmarsh Boatyard", "saltmarshboats.com", "Marine", 5),                 # 9
    ("Quenby Motors", "quenbymotors.com", "Automotive", 1),                    # 10
    ("Ivybridge Academy Trust", "ivybridgeacademy.org", "Education", 3),       # 11
    ("Orwell Cold Chain", "orwellcoldchain.com", "Logistics", 5),              # 12
    ("Dunmore Leisure Centre", "dunmoreleisure.org", "Leisure", 1),            # 13
    ("Wrenfield Winery", "wrenfieldwinery.com", "Food & Drink", 3),            # 14
    ("Halcyon Data Vault", "halcyonvault.net", "Technology", 5),               # 15
    ("Gorse Lane Bakery", "gorselanebakery.com", "Food & Drink", 1),           # 16
    ("Thornbury Freight Park", "thornburyfreight.com", "Logistics", 3),        # 17
    ("Vantage Sheet Metal", "vantagesheetmetal.com", "Manufacturing", 5),      # 18
    ("Bramblecombe Care Home", "bramblecombecare.org", "Healthcare", 1),       # 19
    ("Lowther Community Church", "lowtherchurch.org", "Nonprofit", 3),         # 20
    ("Peverell Foods", "peverellfoods.com", "Food Manufacturing", 5),          # 21
]

# (first, last, company id, title, lifecycle) -- ids 1..60; a contact's owner is its company's owner
CONTACTS = [
    ("Fenella", "Hart", 1, "Operations Manager", "opportunity"),            # 1
    ("Fenella", "Dacre", 9, "Yard Manager", "opportunity"),                 # 2
    ("Caspar", "Lund", 5, "Facilities Director", "customer"),               # 3
    ("Caspar", "Whyte", 14, "Estate Manager", "opportunity"),               # 4
    ("Oren", "Blackwood", 10, "Dealer Principal", "prospect"),              # 5
    ("Tamsin", "Penhaligon", 6, "Head Brewer", "opportunity"),              # 6
    ("Jory", "Penhaligon", 17, "Site Manager", "prospect"),                 # 7
    ("Lowenna", "Pascoe", 2, "Parish Clerk", "opportunity"),                # 8
    ("Ruairi", "Dolan", 3, "Production Manager", "opportunity"),            # 9
    ("Gethin", "Probert", 4, "Farm Manager", "customer"),                   # 10
    ("Wendell", "Asare", 5, "Finance Director", "opportunity"),             # 11
    ("Priscilla", "Oyinlola", 7, "Owner", "opportunity"),                   # 12
    ("Xavier", "Lemaire", 8, "General Manager", "opportunity"),             # 13
    ("Bryony", "Kettle", 8, "Finance Manager", "prospect"),                 # 14
    ("Anwen", "Rees", 10, "Finance Controller", "prospect"),                # 15
    ("Dashiell", "Ormsby", 11, "Estates Director", "opportunity"),          # 16
    ("Marisa", "Quaye", 11, "Business Manager", "prospect"),                # 17
    ("Torsten", "Engel", 12, "Operations Director", "opportunity"),         # 18
    ("Greta", "Vautrin", 13, "Centre Manager", "opportunity"),              # 19
    ("Leofric", "Hale", 14, "Winemaker", "prospect"),                       # 20
    ("Kalinda", "Raman", 15, "Data Centre Manager", "opportunity"),         # 21
    ("Pascal", "Ndiaye", 15, "CFO", "prospect"),                            # 22
    ("Honor", "Fairweather", 16, "Owner", "customer"),                      # 23
    ("Cosmo", "Beaumont", 17, "Finance Director", "opportunity"),           # 24
    ("Sunniva", "Berg", 18, "Managing Director", "opportunity"),            # 25
    ("Edric", "Tolland", 19, "Home Manager", "opportunity"),                # 26
    ("Minerva", "Achterberg", 20, "Church Warden", "lead"),                 # 27
    ("Lachlan", "Fyfe", 21, "Engineering Manager", "opportunity"),          # 28
    ("Perpetua", "Ashby", 1, "Finance Lead", "prospect"),                   # 29
    ("Rhodri", "Vaughan", 4, "Owner", "customer"),                          # 30
    ("Nerys", "Llewellyn", 2, "Councillor", "lead"),                        # 31
    ("Kofi", "Mensah", 3, "Owner", "prospect"),                             # 32
    ("Clemency", "Hartigan", 6, "Finance Manager", "lead"),                 # 33
    ("Zeno", "Papadakis", 7, "Store Manager", "lead"),                      # 34
    ("Aurelie", "Fontaine", 9, "Owner", "prospect"),                        # 35
    ("Bastian", "Vogt", 12, "Site Engineer", "prospect"),                   # 36
    ("Ffion", "Jenkins", 13, "Finance Officer", "lead"),                    # 37
    ("Tiago", "Mendes", 14, "Finance Manager", "lead"),                     # 38
    ("Imogen", "Tarrant", 16, "Manager", "lead"),                           # 39
    ("Hamish", "Drummond", 17, "Operations Manager", "opportunity"),        # 40
    ("Sabine", "Kessler", 18, "Finance Manager", "prospect"),               # 41
    ("Quentin", "Arbuthnot", 19, "Trustee", "lead"),                        # 42
    ("Delyth", "Parry", 20, "Treasurer", "prospect"),                       # 43
    ("Mortimer", "Gale", 21, "Finance Director", "prospect"),               # 44
    ("Yara", "Haddad", 5, "Warehouse Manager", "prospect"),                 # 45
    ("Florence", "Adeyinka", 8, "Spa Director", "lead"),                    # 46
    ("Emrys", "Talbot", 10, "Service Manager", "lead"),                     # 47
    ("Cerys", "Bowen", 11, "Site Manager", "lead"),                         # 48
    ("Alaric", "Stone", 12, "Finance Officer", "lead"),                     # 49
    ("Mireya", "Solis", 15, "Facilities Lead", "lead"),                     # 50
    ("Percival", "Nash", 3, "Office Manager", "lead"),                      # 51
    ("Wren", "Castellano", 6, "Taproom Manager", "prospect"),               # 52
    ("Ignatius", "Flint", 9, "Finance Manager", "lead"),                    # 53
    ("Oona", "Gallagher", 13, "Duty Manager", "prospect"),                  # 54
    ("Severin", "Holt", 18, "Production Lead", "lead"),                     # 55
    ("Juno", "Whitcombe", 19, "Finance Manager", "prospect"),               # 56
    ("Ravi", "Chaudhry", 21, "Procurement Manager", "opportunity"),         # 57
    ("Elowen", "Trevithick", 4, "Partner", "prospect"),                     # 58
    ("Sacha", "Delorme", 7, "Finance Manager", "lead"),                     # 59
    ("Bertrand", "Ilunga", 2, "Finance Officer", "lead"),                   # 60
]

# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..35
DEALS = [
    ("Marlowe Cider Rooftop Array", 1, 1, "Design", 86000, "Rooftop Array", 1, 21),                      # 1
    ("Marlowe Cider Battery Storage", 1, 29, "Roof Audit", 42000, "Battery Storage", 1, 50),             # 2
    ("Marlowe Parish Hall Panels", 2, 8, "Permitting", 18500, "Rooftop Array", 3, 12),                   # 3
    ("Tessellate Print Rooftop Array", 3, 9, "Prospecting", 64000, "Rooftop Array", 5, 75),              # 4
    ("Hawkridge Dairy Barn Array", 4, 10, "Energised", 112000, "Rooftop Array", 1, -160),                # 5
    ("Hawkridge Dairy Battery Storage", 4, 30, "Roof Audit", 38000, "Battery Storage", 1, 30),           # 6
    ("Brackwater Warehouse Array", 5, 3, "Permitting", 240000, "Rooftop Array", 3, 9),                   # 7
    ("Brackwater Fleet Charging Hub", 5, 11, "Design", 96000, "EV Charging Hub", 5, 33),                 # 8
    ("Brackwater Monitoring Plan", 5, 3, "Energised", 7200, "Monitoring Plan", 3, -25),                  # 9
    ("Corvid Brewing Rooftop Array", 6, 6, "Design", 58000, "Rooftop Array", 5, 18),                     # 10
    ("Pennyroyal Carport Canopy", 7, 12, "Roof Audit", 47500, "Carport Canopy", 1, 40),                  # 11
    ("Saltmarsh Hotel EV Charging Hub", 8, 13, "Design", 36000, "EV Charging Hub", 3, 14),               # 12
    ("Saltmarsh Hotel Rooftop Array", 8, 14, "Prospecting", 74000, "Rooftop Array", 3, 60),              # 13
    ("Saltmarsh Boatyard Panel Cleaning", 9, 2, "Design", 6400, "Panel Cleaning Contract", 5, 10),       # 14
    ("Quenby Motors Charging Hub", 10, 5, "Permitting", 68000, "EV Charging Hub", 1, 6),                 # 15
    ("Quenby Motors Carport Canopy", 10, 15, "Shelved", 55000, "Carport Canopy", 1, -30),                # 16
    ("Ivybridge Academy Rooftop Array", 11, 16, "Roof Audit", 132000, "Rooftop Array", 3, 45),           # 17
    ("Ivybridge Academy Battery Storage", 11, 17, "Prospecting", 29000, "Battery Storage", 3, 90),       # 18
    ("Orwell Cold Chain Rooftop Array", 12, 18, "Design", 175000, "Rooftop Array", 5, 27),               # 19
    ("Dunmore Leisure Carport Canopy", 13, 19, "Prospecting", 52000, "Carport Canopy", 1, 55),           # 20
    ("Wrenfield Winery Battery Storage", 14, 4, "Design", 33000, "Battery Storage", 3, -4),              # 21
    ("Wrenfield Winery Rooftop Array", 14, 20, "Energised", 61000, "Rooftop Array", 3, -15),             # 22
    ("Halcyon Data Vault Battery Storage", 15, 21, "Permitting", 210000, "Battery Storage", 5, 20),      # 23
    ("Gorse Lane Bakery Rooftop Array", 16, 23, "Roof Audit", 24000, "Rooftop Array", 1, 25),            # 24
    ("Thornbury Freight Rooftop Array", 17, 7, "Design", 188000, "Rooftop Array", 3, 35),                # 25
    ("Thornbury Freight Charging Hub", 17, 24, "Roof Audit", 72000, "EV Charging Hub", 3, 65),           # 26
    ("Vantage Sheet Metal Rooftop Array", 18, 25, "Shelved", 91000, "Rooftop Array", 5, -20),            # 27
    ("Bramblecombe Care Home Panels", 19, 26, "Prospecting", 27500, "Rooftop Array", 1, 70),             # 28
    ("Lowther Church Roof Panels", 20, 27, "Prospecting", 14000, "Rooftop Array", 3, 80),                # 29
    ("Peverell Foods Rooftop Array", 21, 28, "Permitting", 146000, "Rooftop Array", 5, 16),              # 30
    ("Peverell Foods Monitoring Plan", 21, 57, "Energised", 9600, "Monitoring Plan", 5, -8),             # 31
    ("Corvid Brewing Panel Cleaning", 6, 52, "Shelved", 4800, "Panel Cleaning Contract", 5, -45),        # 32
    ("Dunmore Leisure Monitoring Plan", 13, 54, "Energised", 8400, "Monitoring Plan", 1, -3),            # 33
    ("Vantage Sheet Metal Battery Storage", 18, 41, "Roof Audit", 44000, "Battery Storage", 5, -2),      # 34
    ("Gorse Lane Bakery Monitoring Plan", 16, 39, "Design", 5600, "Monitoring Plan", 1, 38),             # 35
]
# open deals whose latest activity is kept at least this many days old (they "go quiet")
QUIET = {20: 70, 13: 58, 29: 50, 18: 44, 26: 36, 11: 33}
NO_ACTIVITY = {28}  # a fresh lead nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..41
TASKS = [
    ("Send shading report to Fenella Hart", 1, 1, 1, 2, "open"),                                 # 1
    ("Send shading report to Fenella Dacre", 14, 2, 5, 3, "open"),                               # 2
    ("Chase DNO approval for Thornbury", 25, 7, 3, 1, "open"),                                   # 3
    ("Chase DNO approval for Thornbury", 26, 24, 3, 4, "open"),                                  # 4
    ("Confirm scaffolding date with Lowenna Pascoe", 3, 8, 3, 4, "open"),                        # 5
    ("Send battery sizing to Perpetua Ashby", 2, 29, 1, -2, "open"),                             # 6
    ("Book structural engineer for Brackwater warehouse", 7, 3, 3, 1, "open"),                   # 7
    ("Call Wendell Asare about charger finance", 8, 11, 5, 6, "open"),                           # 8
    ("Send brewery array layout to Tamsin Penhaligon", 10, 6, 5, -1, "open"),                    # 9
    ("Measure carport bays at Pennyroyal", 11, 12, 1, 8, "open"),                                # 10
    ("Send EV charger spec to Xavier Lemaire", 12, 13, 3, 5, "open"),                            # 11
    ("Call Oren Blackwood about charger permits", 15, 5, 1, 1, "open"),                          # 12
    ("Send roof audit booking to Dashiell Ormsby", 17, 16, 3, -3, "open"),                       # 13
    ("Chase Torsten Engel for the roof drawings", 19, 18, 5, 2, "open"),                         # 14
    ("Call Greta Vautrin about the carport budget", 20, 19, 1, 12, "open"),                      # 15
    ("Send battery warranty terms to Caspar Whyte", 21, 4, 3, -5, "open"),                       # 16
    ("Send grid study to Kalinda Raman", 23, 21, 5, 0, "open"),                                  # 17
    ("Book roof audit at Gorse Lane Bakery", 24, 23, 1, 6, "open"),                              # 18
    ("Send Cosmo Beaumont the charging hub pricing", 26, 24, 3, 15, "open"),                     # 19
    ("Chase planning officer for Peverell", 30, 28, 5, -4, "open"),                              # 20
    ("Introduce Edric Tolland to the funding scheme", 28, 26, 1, 9, "open"),                     # 21
    ("Send Lowther the heritage roof guidance", 29, 27, 3, 20, "open"),                          # 22
    ("Call Sunniva Berg about the battery quote", 34, 25, 5, 3, "open"),                         # 23
    ("Send monitoring portal login to Imogen Tarrant", 35, 39, 1, 7, "open"),                    # 24
    ("Call Lachlan Fyfe about inverter room access", 30, 28, 5, 5, "open"),                      # 25
    ("Send Quenby the charger wiring diagram", 15, 15, 1, -6, "open"),                           # 26
    ("Invoice Hawkridge for the barn array", 5, 10, 1, -150, "done"),                            # 27
    ("Send handover pack to Caspar Lund", 9, 3, 3, -20, "done"),                                 # 28
    ("Collect meter readings at Wrenfield", 22, 20, 3, -12, "done"),                             # 29
    ("Send loss survey to Sunniva Berg", 27, 25, 5, -15, "done"),                                # 30
    ("Commission Peverell monitoring", 31, 57, 5, -6, "done"),                                   # 31
    ("Ask Honor Fairweather for a testimonial", None, 23, 1, -10, "done"),                       # 32
    ("Send tariff comparison to Tessellate", 4, 9, 5, 10, "open"),                               # 33
    ("Call Rhodri Vaughan about battery backup", 6, 30, 1, 4, "open"),                           # 34
    ("Remove Nerys Llewellyn from the mailing list", None, 31, 3, 1, "open"),                    # 35
    ("Invite Minerva Achterberg to the community energy evening", None, 27, 3, 11, "open"),      # 36
    ("Send spa roof photos to Florence Adeyinka", 13, 46, 3, 2, "open"),                         # 37
    ("Check transformer capacity at Orwell", 19, 36, 5, -1, "open"),                             # 38
    ("Send Ivybridge the battery options", 18, 17, 3, 6, "open"),                                # 39
    ("Chase Thornbury for the lease consent", 25, 7, 3, 8, "open"),                              # 40
    ("Send Marlowe Cider the export tariff sheet", 1, 29, 1, 5, "open"),                         # 41
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Tariff call", "Check-in call", "Design walkthrough"],
            "meeting": ["Roof inspection", "Design review", "Handover meeting", "Board presentation"],
            "email": ["Sent proposal", "Sent shading report", "Sent contract", "Follow-up email"],
            "note": ["Budget approved", "Comparing with another installer", "Waiting on landlord consent",
                     "Grid connection queue"],
            "message": ["Text check-in", "Sent crew ETA", "Confirmed roof access"]}

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
    store.con.register("fixture_e_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_e_rows")
    finally:
        store.con.unregister("fixture_e_rows")


def _phone(i: int) -> str:
    return f"+44 117 496 {(i * 173 + 310) % 10000:04d}"


def generate(store: Store, today: dt.date = TODAY, seed: int = 2030) -> dict[str, int]:
    """Fill an empty store with the Keelstone Solar data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(8, 40))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture E goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(200, 900))
            companies.append((i, name, domain, industry, owner, created, created, None, f"kss-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first[0]}{last}@{domain}".lower()
            created = ago(rng.uniform(30, 500))
            contacts.append((i, first, last, email, _phone(i), title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None, f"kss-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            created = ago(rng.uniform(170, 320) if stage in CLOSED else rng.uniform(20, 160))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"kss-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []
        # every open deal that is not meant to be quiet gets one touch in the last 1-9 days
        fresh = [d for d in deals if d[4] not in CLOSED and d[0] not in QUIET and d[0] not in NO_ACTIVITY]
        for d in fresh:
            i = len(activities) + 1
            kind = rng.choice(["call", "email", "meeting"])
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(rng.uniform(1.0, 9.0)), d[3], d[2],
                               d[0], d[9], None, f"kss-ac-{i:04d}"))
        pool = [d for d in deals if d[0] not in NO_ACTIVITY]
        while len(activities) < N_ACTIVITIES:
            i = len(activities) + 1
            kind = rng.choices(list(SUBJECTS), weights=[4, 3, 3, 2, 2])[0]
            subject = rng.choice(SUBJECTS[kind])
            age = 0.02 + 300 * rng.random() ** 2.3
            if rng.random() < 0.1:  # a company-level note that names no deal
                c = rng.choice(contacts)
                activities.append((i, "note", subject, None, ago(age), c[0], c[6], None,
                                   COMPANIES[c[6] - 1][3], None, f"kss-ac-{i:04d}"))
                continue
            deal = rng.choice(pool)
            floor = QUIET.get(deal[0], 0)
            if deal[4] in CLOSED:
                floor = max(floor, (today - deal[7]).days)
            if age < floor:
                age = floor + rng.uniform(0.5, 45)
            activities.append((i, kind, subject, None, ago(age), deal[3], deal[2], deal[0], deal[9], None,
                               f"kss-ac-{i:04d}"))
        _insert(store, "activities", activities)

        tasks = []
        for i, (title, deal_id, contact_id, owner, due, status) in enumerate(TASKS, start=1):
            company_id = contacts[contact_id - 1][6]
            created = ago(rng.uniform(20, 50))
            tasks.append((i, title, today + dt.timedelta(days=due), status, owner, contact_id, company_id, deal_id,
                          created, created + dt.timedelta(days=3) if status == "done" else None, None,
                          f"kss-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
