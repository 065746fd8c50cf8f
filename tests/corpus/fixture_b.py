"""Second, independent fixture for the evaluation corpus: Brightline Mechanical, a commercial HVAC
and facilities-services contractor. Deterministic: the same database for the same `today`.

Nothing here is shared with data/demo.py (users, companies, people, products and pipeline all
differ). Near-duplicates are deliberate so requests need clarifying:
- two contacts called Harriet (Harriet Brennan at Harbor View Hotel, Harriet Kowalczyk at Meridian
  Medical Center) and two called Owen (Owen Thackeray at Kestrel Data Centers, Owen Mbeki at
  Tidewater Plastics);
- two companies sharing a first word: Harbor View Hotel / Harbor Point Logistics and Kestrel Data
  Centers / Kestrel Aviation Services;
- several companies with two open deals (Meridian, Quarry Lane, Kestrel Data Centers, Bellweather,
  Sable Ridge, Pinecrest, Mossgrove);
- two open tasks titled "Chase Meridian purchase order" and two open "Send revised quote to
  Harriet ..." tasks.

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2027, 9, 15)  # a Wednesday
PIPELINE = ["Inquiry", "Walkthrough", "Bid Submitted", "Contract Review", "Won", "Lost"]
CLOSED = ("Won", "Lost")
DOMAIN = "brightline-mech.com"

USERS = [
    (1, "Ines Varga", f"ines@{DOMAIN}", "rep"),
    (2, "Tomas Okafor", f"tomas@{DOMAIN}", "rep"),
    (3, "Mireille Dufresne", f"mireille@{DOMAIN}", "rep"),
    (4, "Bogdan Petrescu", f"bogdan@{DOMAIN}", "rep"),
    (5, "Hollis Quade", f"hollis@{DOMAIN}", "reviewer"),
    (6, "Freya Lindqvist", f"freya@{DOMAIN}", "admin"),
]
REPS = [1, 2, 3, 4]

PRODUCTS = ["Rooftop Unit Replacement", "Chiller Overhaul", "Boiler Retrofit", "Controls Upgrade",
            "Maintenance Agreement", "Air Quality Audit"]

# id: (name, domain, industry, owner)
COMPANIES = [
    ("Harbor View Hotel", "harborviewhotel.com", "Hospitality", 1),
    ("Harbor Point Logistics", "harborpointlogistics.com", "Logistics", 2),
    ("Meridian Medical Center", "meridianmedical.org", "Healthcare", 3),
    ("Quarry Lane Schools", "quarrylaneschools.org", "Education", 1),
    ("Tallis Biotech", "tallisbiotech.com", "Biotech", 2),
    ("Okonkwo Cold Storage", "okonkwocold.com", "Food Distribution", 4),
    ("Redfern Office Park", "redfernofficepark.com", "Real Estate", 3),
    ("Saltmarsh Brewing", "saltmarshbrewing.com", "Beverages", 4),
    ("Pinecrest Senior Living", "pinecrestliving.com", "Healthcare", 1),
    ("Kestrel Data Centers", "kestreldc.com", "Data Centers", 2),
    ("Bellweather Arena", "bellweatherarena.com", "Entertainment", 3),
    ("Carrow Printing Works", "carrowprinting.com", "Printing", 4),
    ("Amberley Retail Group", "amberleyretail.com", "Retail", 1),
    ("Fenwick County Library", "fenwicklibrary.org", "Public Sector", 2),
    ("Tidewater Plastics", "tidewaterplastics.com", "Manufacturing", 3),
    ("Mossgrove University", "mossgrove.edu", "Education", 4),
    ("Sable Ridge Casino", "sableridgecasino.com", "Hospitality", 1),
    ("Vireo Labs", "vireolabs.io", "Biotech", 2),
    ("Greystone Property Management", "greystonepm.com", "Real Estate", 3),
    ("Ashby Foods", "ashbyfoods.com", "Food Distribution", 4),
    ("Northgate Cinemas", "northgatecinemas.com", "Entertainment", 1),
    ("Calloway Dental Group", "callowaydental.com", "Healthcare", 2),
    ("Wexford Hotel Group", "wexfordhotels.com", "Hospitality", 3),
    ("Marlowe & Finch", "marlowefinch.com", "Legal", 4),
    ("Ironbridge Foundry", "ironbridgefoundry.com", "Manufacturing", 1),
    ("Kestrel Aviation Services", "kestrelaviation.com", "Aviation", 2),
]

# (first, last, company id, title, lifecycle) -- ids 1..38 in this order
FIXED_CONTACTS = [
    ("Harriet", "Brennan", 1, "Director of Engineering", "customer"),          # 1
    ("Harriet", "Kowalczyk", 3, "Facilities Manager", "opportunity"),         # 2
    ("Owen", "Thackeray", 10, "Critical Facilities Lead", "opportunity"),     # 3
    ("Owen", "Mbeki", 15, "Plant Engineer", "prospect"),                      # 4
    ("Gwen", "Albright", 4, "Business Manager", "customer"),                  # 5
    ("Rufus", "Calloway", 22, "Practice Owner", "lead"),                      # 6
    ("Imogen", "Starling", 5, "Lab Operations Manager", "opportunity"),       # 7
    ("Dev", "Ramaswamy", 18, "Head of Facilities", "prospect"),               # 8
    ("Colm", "Dwyer", 8, "Head Brewer", "customer"),                          # 9
    ("Beatriz", "Salgado", 6, "Warehouse Manager", "opportunity"),            # 10
    ("Henrik", "Aalto", 7, "Property Manager", "customer"),                   # 11
    ("Maeve", "Gallagher", 9, "Executive Director", "prospect"),              # 12
    ("Tobias", "Wren", 11, "Venue Operations Director", "opportunity"),       # 13
    ("Lucinda", "Marsh", 12, "Owner", "churned"),                             # 14
    ("Rashid", "Karimi", 13, "Regional Facilities Manager", "lead"),          # 15
    ("Agnes", "Pruitt", 14, "Branch Administrator", "lead"),                  # 16
    ("Kofi", "Mensah", 16, "Director of Estates", "opportunity"),             # 17
    ("Sunniva", "Berg", 17, "Chief Engineer", "prospect"),                    # 18
    ("Marguerite", "Olsen", 19, "Asset Manager", "customer"),                 # 19
    ("Declan", "Foley", 20, "Operations Director", "lead"),                   # 20
    ("Yusra", "Haddad", 21, "Facilities Coordinator", "prospect"),            # 21
    ("Anselm", "Richter", 23, "VP Operations", "opportunity"),                # 22
    ("Philippa", "Marlowe", 24, "Office Manager", "lead"),                    # 23
    ("Gordon", "Achebe", 25, "Maintenance Manager", "prospect"),              # 24
    ("Esme", "Carrington", 26, "Hangar Operations Manager", "lead"),          # 25
    ("Bram", "Hollander", 2, "Distribution Center Manager", "opportunity"),   # 26
    ("Florian", "Weiss", 3, "Chief Engineer", "opportunity"),                 # 27
    ("Tamsin", "Greaves", 10, "Procurement Lead", "opportunity"),             # 28
    ("Ezra", "Whitlock", 5, "CFO", "opportunity"),                            # 29
    ("Odette", "Fairbanks", 1, "General Manager", "customer"),                # 30
    ("Caspian", "Moorcroft", 16, "Procurement Officer", "opportunity"),       # 31
    ("Winifred", "Osei", 4, "Facilities Supervisor", "customer"),             # 32
    ("Lorcan", "Byrne", 2, "CFO", "prospect"),                                # 33
    ("Ottilie", "Vasquez", 23, "Procurement Manager", "opportunity"),         # 34
    ("Barnaby", "Cole", 17, "Facilities Director", "prospect"),               # 35
    ("Greta", "Sorensen", 8, "Finance Manager", "customer"),                  # 36
    ("Idris", "Bello", 19, "Maintenance Coordinator", "customer"),            # 37
    ("Hester", "Quinlan", 9, "Maintenance Lead", "prospect"),                 # 38
]
FILLER_FIRST = """Alistair Bettina Cormac Delphine Eamon Fenella Gareth Hamish Isolde Jarrah Kasimir Leopold
Minerva Niamh Oona Perpetua Quentin Rosalind Seamus Thaddeus Ulrike Valentin Wilhelmina Xanthe Yannick Zephyr
Annika Bertrand Clementine Dashiell Elodie Fintan Georgina Horatio Ilse Jolyon Katarina Lysander Mirabel
Nikolai Orla Percival""".split()
FILLER_LAST = """Ashcroft Blackwood Cavendish Dunmore Ellery Fairweather Gillespie Hargreave Ingleby Jardine
Kilbride Lockhart Merriman Northcott Oakley Pennington Quarrie Radcliffe Sefton Thornbury Underhill Venables
Whitcombe Yardley""".split()
FILLER_TITLES = ["Facilities Manager", "Maintenance Technician", "Procurement Officer", "Energy Manager",
                 "Building Engineer", "Finance Director", "Operations Manager", "Health & Safety Lead",
                 "Estates Coordinator", "Site Manager"]
N_CONTACTS = 80

# (name, company id, contact id, stage, amount, product, owner, close date offset in days) -- ids 1..40
DEALS = [
    ("Harbor View Rooftop Replacement", 1, 1, "Bid Submitted", 48000, "Rooftop Unit Replacement", 1, 25),      # 1
    ("Harbor View Maintenance Renewal", 1, 30, "Won", 18000, "Maintenance Agreement", 1, -40),              # 2
    ("Harbor Point Dock Heaters", 2, 26, "Walkthrough", 36000, "Boiler Retrofit", 2, 60),                   # 3
    ("Meridian Chiller Overhaul", 3, 2, "Contract Review", 185000, "Chiller Overhaul", 3, 20),              # 4
    ("Meridian Operating Theatre Air Audit", 3, 27, "Bid Submitted", 22000, "Air Quality Audit", 3, 35),       # 5
    ("Quarry Lane Boiler Retrofit", 4, 5, "Walkthrough", 94000, "Boiler Retrofit", 1, 75),                  # 6
    ("Quarry Lane Controls Upgrade", 4, 32, "Inquiry", 41000, "Controls Upgrade", 1, 110),                  # 7
    ("Quarry Lane Summer Maintenance", 4, 5, "Won", 26000, "Maintenance Agreement", 1, -70),                # 8
    ("Tallis Cleanroom Air Audit", 5, 7, "Bid Submitted", 64000, "Air Quality Audit", 2, 14),                  # 9
    ("Okonkwo Freezer Plant Service", 6, 10, "Contract Review", 57000, "Maintenance Agreement", 4, 9),      # 10
    ("Redfern Tower B Rooftop Units", 7, 11, "Inquiry", 120000, "Rooftop Unit Replacement", 3, 90),         # 11
    ("Saltmarsh Glycol Chiller", 8, 9, "Bid Submitted", 73000, "Chiller Overhaul", 4, 30),                     # 12
    ("Pinecrest Boiler Retrofit", 9, 12, "Inquiry", 52000, "Boiler Retrofit", 1, 120),                      # 13
    ("Kestrel Hall B Cooling", 10, 3, "Contract Review", 240000, "Chiller Overhaul", 2, 21),                # 14
    ("Kestrel Controls Migration", 10, 28, "Walkthrough", 88000, "Controls Upgrade", 2, 65),                # 15
    ("Bellweather Ice Plant Overhaul", 11, 13, "Bid Submitted", 156000, "Chiller Overhaul", 3, 45),            # 16
    ("Carrow Pressroom Ventilation", 12, 14, "Lost", 31000, "Air Quality Audit", 4, -60),                   # 17
    ("Amberley Store Rollout", 13, 15, "Inquiry", 210000, "Rooftop Unit Replacement", 1, 150),              # 18
    ("Fenwick Library HVAC Study", 14, 16, "Inquiry", 12000, "Air Quality Audit", 2, 80),                   # 19
    ("Tidewater Process Cooling", 15, 4, "Walkthrough", 67000, "Chiller Overhaul", 3, 50),                  # 20
    ("Mossgrove Campus Controls", 16, 17, "Contract Review", 132000, "Controls Upgrade", 4, 28),            # 21
    ("Sable Ridge Maintenance Plan", 17, 18, "Bid Submitted", 44000, "Maintenance Agreement", 1, 18),          # 22
    ("Vireo Fume Hood Balancing", 18, 8, "Walkthrough", 29000, "Air Quality Audit", 2, 40),                 # 23
    ("Greystone Portfolio Maintenance", 19, 19, "Won", 96000, "Maintenance Agreement", 3, -20),             # 24
    ("Ashby Foods Boiler Retrofit", 20, 20, "Inquiry", 58000, "Boiler Retrofit", 4, 100),                   # 25
    ("Northgate Rooftop Units", 21, 21, "Bid Submitted", 83000, "Rooftop Unit Replacement", 1, -6),            # 26
    ("Calloway Dental Air Purification", 22, 6, "Inquiry", 9500, "Air Quality Audit", 2, 30),               # 27
    ("Wexford Rooftop Units Phase 1", 23, 22, "Contract Review", 175000, "Rooftop Unit Replacement", 3, 12),  # 28
    ("Marlowe & Finch Office Controls", 24, 23, "Lost", 15000, "Controls Upgrade", 4, -30),                 # 29
    ("Ironbridge Makeup Air Units", 25, 24, "Walkthrough", 112000, "Rooftop Unit Replacement", 1, 70),      # 30
    ("Kestrel Aviation Hangar Heating", 26, 25, "Inquiry", 78000, "Boiler Retrofit", 2, 95),                # 31
    ("Meridian Annual Maintenance 2026", 3, 27, "Won", 64000, "Maintenance Agreement", 3, -150),            # 32
    ("Tallis Chiller Service", 5, 29, "Lost", 38000, "Chiller Overhaul", 2, -45),                           # 33
    ("Saltmarsh Preventive Maintenance", 8, 36, "Won", 21000, "Maintenance Agreement", 4, -90),             # 34
    ("Bellweather Controls Upgrade", 11, 13, "Inquiry", 47000, "Controls Upgrade", 3, 130),                 # 35
    ("Sable Ridge Boiler Retrofit", 17, 35, "Walkthrough", 86000, "Boiler Retrofit", 1, 55),                # 36
    ("Harbor Point Cold Dock Controls", 2, 33, "Lost", 27000, "Controls Upgrade", 2, -25),                  # 37
    ("Pinecrest Air Quality Audit", 9, 38, "Bid Submitted", 16500, "Air Quality Audit", 1, 8),                 # 38
    ("Mossgrove Library Chiller", 16, 31, "Bid Submitted", 142000, "Chiller Overhaul", 4, -3),                 # 39
    ("Okonkwo Blast Freezer Controls", 6, 10, "Won", 33000, "Controls Upgrade", 4, -12),                    # 40
]
# open deals whose latest activity is kept at least this many days old (they "go quiet")
QUIET = {7: 50, 13: 50, 19: 50, 27: 50, 31: 50, 35: 50, 18: 36, 26: 30, 39: 30, 3: 22}
NO_ACTIVITY = {25}  # a fresh inquiry nobody has logged anything against

# (title, deal id or None, contact id, owner, due offset, status) -- ids 1..50
TASKS = [
    ("Send revised quote to Harriet Brennan", 1, 1, 1, 2, "open"),                          # 1
    ("Book site survey at Quarry Lane", 6, 5, 1, -5, "done"),                               # 2
    ("Chase Meridian purchase order", 4, 2, 3, 5, "open"),                                  # 3
    ("Chase Meridian purchase order", 5, 27, 3, 6, "open"),                                 # 4
    ("Confirm crane booking for Harbor View rooftop lift", 1, 1, 1, 9, "open"),             # 5
    ("Send MSA draft to Owen Thackeray", 14, 3, 2, 3, "open"),                              # 6
    ("Walk the roof with Henrik Aalto", 11, 11, 3, 6, "open"),                              # 7
    ("Remove Lucinda Marsh from the newsletter", None, 14, 4, 1, "open"),                   # 8
    ("Send revised quote to Colm Dwyer", 12, 9, 4, -2, "open"),                             # 9
    ("Book site survey at Tallis Biotech", 9, 7, 2, -30, "done"),                           # 10
    ("Book site survey at Ashby Foods", 25, 20, 4, 7, "open"),                              # 11
    ("Book site survey at Redfern Office Park", 11, 11, 3, 4, "open"),                      # 12
    ("Call Kofi Mensah about contract redlines", 21, 17, 4, 2, "open"),                     # 13
    ("Send insurance certificate to Mossgrove", 21, 17, 4, -8, "done"),                     # 14
    ("Prepare load calculation for Bellweather ice plant", 16, 13, 3, 10, "open"),          # 15
    ("Follow up with Sunniva Berg on maintenance pricing", 22, 18, 1, 1, "open"),           # 16
    ("Send revised quote to Dev Ramaswamy", 23, 8, 2, -10, "done"),                         # 17
    ("Order refrigerant leak survey kit for Okonkwo", 10, 10, 4, -3, "done"),               # 18
    ("Schedule commissioning visit at Greystone", 24, 19, 3, -15, "done"),                  # 19
    ("Check glycol concentration report for Saltmarsh", 12, 9, 4, 12, "open"),              # 20
    ("Email Rashid Karimi the store rollout timeline", 18, 15, 1, 5, "open"),               # 21
    ("Send capability deck to Agnes Pruitt", 19, 16, 2, 3, "open"),                         # 22
    ("Get asbestos survey from Quarry Lane", 6, 5, 1, 14, "open"),                          # 23
    ("Call Maeve Gallagher about boiler age", 13, 12, 1, -1, "open"),                       # 24
    ("Send revised quote to Yusra Haddad", 26, 21, 1, 2, "open"),                           # 25
    ("Confirm hangar access with Esme Carrington", 31, 25, 2, 8, "open"),                   # 26
    ("Chase signed contract from Anselm Richter", 28, 22, 3, 4, "open"),                    # 27
    ("Send revised quote to Harriet Kowalczyk", 4, 2, 3, 3, "open"),                        # 28
    ("Book site survey at Ironbridge Foundry", 30, 24, 1, -20, "done"),                     # 29
    ("Renew refrigerant handling certificate for Tidewater job", 20, 4, 3, 18, "open"),     # 30
    ("Send thank-you card to Greta Sorensen", None, 36, 4, -25, "done"),                    # 31
    ("Update hangar drawings for Kestrel Aviation", 31, 25, 2, 15, "open"),                 # 32
    ("Follow up with Tobias Wren on controls budget", 35, 13, 3, 9, "open"),                # 33
    ("Send revised quote to Barnaby Cole", 36, 35, 1, 6, "open"),                           # 34
    ("Book site survey at Sable Ridge", 36, 35, 1, -12, "done"),                            # 35
    ("Collect drawing sign-off from Gordon Achebe", 30, 24, 1, 11, "open"),                 # 36
    ("Call Lorcan Byrne for loss feedback", 37, 33, 2, -18, "done"),                        # 37
    ("Check filter stock for Calloway Dental", 27, 6, 2, 5, "open"),                        # 38
    ("Send Philippa Marlowe the loss survey", 29, 23, 4, -20, "done"),                      # 39
    ("Invite Marguerite Olsen to customer day", None, 19, 3, 20, "open"),                   # 40
    ("Prepare retrofit options for Pinecrest", 13, 12, 1, 16, "open"),                      # 41
    ("Send revised quote to Caspian Moorcroft", 39, 31, 4, 1, "open"),                      # 42
    ("Book site survey at Harbor Point", 3, 26, 2, -9, "done"),                             # 43
    ("Arrange rigging quote for Tidewater chiller", 20, 4, 3, 7, "open"),                   # 44
    ("Follow up with Imogen Starling on audit scope", 9, 7, 2, 2, "open"),                  # 45
    ("Send maintenance renewal reminder to Odette Fairbanks", 2, 30, 1, 30, "open"),        # 46
    ("Book site survey at Kestrel Data Centers", 15, 28, 2, -14, "done"),                   # 47
    ("Draft controls migration plan for Tamsin Greaves", 15, 28, 2, 10, "open"),            # 48
    ("Call Declan Foley to qualify boiler project", 25, 20, 4, -4, "open"),                 # 49
    ("Send revised quote to Florian Weiss", 5, 27, 3, -4, "done"),                          # 50
]
N_ACTIVITIES = 600
SUBJECTS = {"call": ["Scoping call", "Pricing call", "Check-in call", "Survey debrief"],
            "meeting": ["Site walk", "Plant room visit", "Quarterly review", "Kick-off meeting"],
            "email": ["Sent quote", "Sent revised quote", "Sent survey report", "Follow-up email"],
            "note": ["Budget confirmed", "Competitor quoted", "Needs landlord sign-off", "Equipment end of life"],
            "message": ["Text check-in", "Sent access details", "Confirmed arrival time"]}


COLUMNS = {
    "users": ("id", "name", "email", "role"),
    "companies": ("id", "name", "domain", "industry", "owner_id", "created_at", "updated_at", "deleted_at"),
    "contacts": ("id", "first_name", "last_name", "email", "phone", "title", "company_id", "owner_id",
                 "lifecycle_stage", "created_at", "updated_at", "deleted_at"),
    "deals": ("id", "name", "company_id", "contact_id", "stage", "amount", "currency", "close_date", "product",
              "owner_id", "created_at", "updated_at", "deleted_at"),
    "activities": ("id", "type", "subject", "body", "occurred_at", "contact_id", "company_id", "deal_id",
                   "author_id", "deleted_at"),
    "tasks": ("id", "title", "due_date", "status", "owner_id", "contact_id", "company_id", "deal_id", "created_at",
              "completed_at", "deleted_at"),
}


def _insert(store: Store, table: str, rows: list[tuple]) -> None:
    """Many rows in one statement, by column name (later migrations may add columns)."""
    if not rows:
        return
    import pandas as pd

    cols = COLUMNS[table]
    store.con.register("fixture_b_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_b_rows")
    finally:
        store.con.unregister("fixture_b_rows")


def generate(store: Store, today: dt.date = TODAY, seed: int = 2027) -> dict[str, int]:
    """Fill an empty store with the Brightline Mechanical data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(9, 0))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture B goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(300, 900))
            companies.append((i, name, domain, industry, owner, created, created, None))
        _insert(store, "companies", companies)

        people = list(FIXED_CONTACTS)
        lasts = list(FILLER_LAST)
        for k, first in enumerate(FILLER_FIRST[: N_CONTACTS - len(FIXED_CONTACTS)]):
            last = lasts[k % len(lasts)]
            ci = rng.randrange(1, len(COMPANIES) + 1)
            people.append((first, last, ci, rng.choice(FILLER_TITLES),
                           rng.choice(["lead", "prospect", "opportunity", "customer", "customer"])))
        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(people, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first}.{last}@{domain}".lower()
            phone = f"+1 617 555 {(i * 389) % 10000:04d}"
            created = ago(rng.uniform(40, 500))
            contacts.append((i, first, last, email, phone, title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            created = ago(rng.uniform(60, 260) if stage in CLOSED else rng.uniform(20, 200))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None))
        _insert(store, "deals", deals)

        activities = []
        pool = [d for d in deals if d[0] not in NO_ACTIVITY]
        for i in range(1, N_ACTIVITIES + 1):
            kind = rng.choices(list(SUBJECTS), weights=[4, 2, 4, 2, 1])[0]
            subject = rng.choice(SUBJECTS[kind])
            age = rng.uniform(0, 365)
            if rng.random() < 0.1:  # a company-level note that names no deal
                c = rng.choice(contacts)
                activities.append((i, "note", subject, None, ago(age), c[0], c[6], None,
                                   COMPANIES[c[6] - 1][3], None))
                continue
            deal = rng.choice(pool)
            floor = QUIET.get(deal[0], 0)
            if deal[4] in CLOSED:
                floor = max(floor, (today - deal[7]).days)
            if age < floor:
                age = floor + rng.uniform(0, 60)
            activities.append((i, kind, subject, None, ago(age), deal[3], deal[2], deal[0], deal[9], None))
        _insert(store, "activities", activities)

        tasks = []
        for i, (title, deal_id, contact_id, owner, due, status) in enumerate(TASKS, start=1):
            company_id = contacts[contact_id - 1][6]
            created = ago(rng.uniform(25, 60))
            tasks.append((i, title, today + dt.timedelta(days=due), status, owner, contact_id, company_id, deal_id,
                          created, created + dt.timedelta(days=3) if status == "done" else None, None))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
