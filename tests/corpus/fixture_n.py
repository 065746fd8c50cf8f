"""Fourteenth, independent fixture for the evaluation corpus: Flintlock Fire Protection, a commercial fire-safety
contractor. It designs and fits sprinkler systems, fire alarms, emergency lighting and fire doors, services
extinguishers and writes fire risk assessments for cold stores, warehouses, a data centre, schools, a leisure pool,
care homes, a hotel, a hospital, a council, a museum, a cinema, a library, a bakery, a brewery, a chemical plant, film
studios, a marina, a bus garage, a flying club, a sawmill, a self-storage firm and a parish church. Deterministic: the
same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B-M (users, companies, people, products and pipeline all differ).
Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Paavo (Paavo Lehtinen at Tanfield Cold Stores, Paavo Rantanen at Kexby Data Centre) and two
  called Mahsa (Mahsa Tehrani at Stagsden Hotel & Spa, Mahsa Rostami at Cawkwell Community Hospital); two contacts
  with the last name Kallio (Tuuli at Hartsop Grammar School, Eero at Sproxton Marina); a contact, Tariq Benjelloun,
  who shares his first name with the rep Tariq Hussaini; a contact, Bronwyn Laxton, whose last name is the first word
  of the company Laxton Bakeries (she works at Rudston Shopping Arcade);
- two pairs of companies sharing their first word: Tanfield Cold Stores / Tanfield Parish Church and Hartsop Grammar
  School / Hartsop Leisure Pool;
- ten companies with two open deals (Stagsden Hotel & Spa also has a closed one) and nine with one open deal plus a
  closed one;
- two open deals whose names end in "Sprinkler Retrofit" (Tanfield Cold Stores, Luffenham);
- an account whose owner is not the owner of one of its open deals (Kexby Data Centre is Anneli's; Kexby Data Hall
  Suppression is Tariq's);
- two open tasks titled "Book walkround at Hartsop Grammar School"; tasks naming each Paavo and each Mahsa.

The stage names are ordinary words of the trade on purpose: an engineer goes out on a "callout" to a faulty panel, a
surveyor does a "walkround", an architect has "specified" a door set, a firm has "tendered" for a job, building control
"signed off" an installation, and a motor or a flat "burnt out".

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2043, 10, 12)  # a Monday
PIPELINE = ["Callout", "Walkround", "Specified", "Tendered", "Signed Off", "Burnt Out"]
CLOSED = ("Signed Off", "Burnt Out")
DOMAIN = "flintlockfire.com"

# note: the reviewer is id 2 and the admin id 6; reps are 1, 3, 4 and 5
USERS = [
    (1, "Anneli Korhonen", f"anneli@{DOMAIN}", "rep"),
    (2, "Kostas Papadimas", f"kostas@{DOMAIN}", "reviewer"),
    (3, "Tariq Hussaini", f"tariq@{DOMAIN}", "rep"),
    (4, "Mehtap Yildiz", f"mehtap@{DOMAIN}", "rep"),
    (5, "Lwazi Dlamini", f"lwazi@{DOMAIN}", "rep"),
    (6, "Ruxandra Ionescu", f"ruxandra@{DOMAIN}", "admin"),
]
REPS = [1, 3, 4, 5]

PRODUCTS = ["Sprinkler Systems", "Fire Alarms", "Extinguisher Servicing", "Emergency Lighting", "Fire Doors",
            "Risk Assessments"]
SPR, ALM, EXT, EML, FD, FRA = PRODUCTS

# (name, domain, industry, owner) -- ids 1..25 in this order; owners are the reps in turn (1, 3, 4, 5, 1, ...)
COMPANIES = [
    ("Tanfield Cold Stores", "tanfieldcold.co.uk", "Cold Storage", 1),              # 1
    ("Tanfield Parish Church", "tanfieldchurch.org.uk", "Churches", 3),             # 2
    ("Hartsop Grammar School", "hartsopgrammar.org.uk", "Schools", 4),              # 3
    ("Hartsop Leisure Pool", "hartsopleisure.co.uk", "Leisure Centres", 5),         # 4
    ("Wissett Manor Care Home", "wissettmanor.co.uk", "Care Homes", 1),             # 5
    ("Luffenham Distribution Park", "luffenhamdp.com", "Warehousing", 3),           # 6
    ("Stagsden Hotel & Spa", "stagsdenhotel.com", "Hotels", 4),                     # 7
    ("Mellerby Print Works", "mellerbyprint.co.uk", "Printing", 5),                 # 8
    ("Kexby Data Centre", "kexbydc.com", "Data Centres", 1),                        # 9
    ("Thrumpton Motor Museum", "thrumptonmotors.org.uk", "Museums", 3),             # 10
    ("Rudston Shopping Arcade", "rudstonarcade.co.uk", "Retail Property", 4),       # 11
    ("Fotherby Student Halls", "fotherbyhalls.com", "Student Accommodation", 5),    # 12
    ("Welburn Brewery", "welburnbrewery.co.uk", "Brewing", 1),                      # 13
    ("Ousby District Council", "ousby.gov.uk", "Local Government", 3),              # 14
    ("Cawkwell Community Hospital", "cawkwell.nhs.uk", "Hospitals", 4),             # 15
    ("Ainderby Bus Garage", "ainderbybuses.co.uk", "Transport", 5),                 # 16
    ("Sproxton Marina", "sproxtonmarina.co.uk", "Marinas", 1),                      # 17
    ("Hunmanby Picture House", "hunmanbypictures.co.uk", "Cinemas", 3),             # 18
    ("Laxton Bakeries", "laxtonbakeries.co.uk", "Bakery", 4),                       # 19
    ("Gristhorpe Library", "gristhorpelibrary.org.uk", "Libraries", 5),             # 20
    ("Eppleby Chemicals", "epplebychem.com", "Chemicals", 1),                       # 21
    ("Cottam Film Studios", "cottamstudios.com", "Film Production", 3),             # 22
    ("Yearsley Self Storage", "yearsleystorage.co.uk", "Self Storage", 4),          # 23
    ("Bransdale Flying Club", "bransdaleflying.org.uk", "Aviation", 5),             # 24
    ("Nafferton Sawmill", "naffertonsawmill.co.uk", "Timber", 1),                   # 25
]

# (first, last, company id, title, lifecycle) -- ids 1..40; a contact's owner is its company's owner
CONTACTS = [
    ("Paavo", "Lehtinen", 1, "Operations Manager", "opportunity"),               # 1
    ("Paavo", "Rantanen", 9, "Facilities Lead", "opportunity"),                  # 2
    ("Mahsa", "Tehrani", 7, "General Manager", "opportunity"),                   # 3
    ("Mahsa", "Rostami", 15, "Fire Safety Adviser", "opportunity"),              # 4
    ("Tuuli", "Kallio", 3, "Bursar", "opportunity"),                             # 5
    ("Eero", "Kallio", 17, "Harbour Master", "prospect"),                        # 6
    ("Tariq", "Benjelloun", 21, "HSE Manager", "opportunity"),                   # 7
    ("Bronwyn", "Laxton", 11, "Centre Manager", "opportunity"),                  # 8
    ("Jiwoo", "Baek", 2, "Churchwarden", "prospect"),                            # 9
    ("Kanya", "Srisuk", 4, "Duty Manager", "customer"),                          # 10
    ("Eleni", "Vlachou", 5, "Registered Manager", "customer"),                   # 11
    ("Serkan", "Aydemir", 6, "Site Manager", "opportunity"),                     # 12
    ("Marivic", "Dimaculangan", 8, "Production Manager", "customer"),            # 13
    ("Kavitha", "Ramalingam", 10, "Curator", "opportunity"),                     # 14
    ("Hamid", "Sadeghi", 12, "Accommodation Manager", "opportunity"),            # 15
    ("Donghyun", "Seo", 13, "Head Brewer", "customer"),                          # 16
    ("Folasade", "Ogunleye", 14, "Property Services Manager", "opportunity"),    # 17
    ("Linh", "Dao", 16, "Depot Manager", "opportunity"),                         # 18
    ("Nuno", "Baptista", 18, "Venue Manager", "prospect"),                       # 19
    ("Ayodele", "Fashola", 20, "Library Manager", "opportunity"),                # 20
    ("Rustam", "Nazarov", 22, "Studio Operations Manager", "customer"),          # 21
    ("Aigerim", "Tulegenova", 23, "Area Manager", "opportunity"),                # 22
    ("Themba", "Khumalo", 24, "Club Secretary", "prospect"),                     # 23
    ("Wiebke", "Hartung", 25, "Mill Manager", "customer"),                       # 24
    ("Dimitra", "Kouri", 19, "Technical Manager", "opportunity"),                # 25
    ("Oksana", "Hrytsenko", 1, "Finance Director", "lead"),                      # 26
    ("Kwabena", "Owusu", 3, "Site Manager", "lead"),                             # 27
    ("Mirjana", "Kostic", 6, "Health and Safety Lead", "lead"),                  # 28
    ("Jun", "Takeda", 9, "Procurement Manager", "lead"),                         # 29
    ("Ama", "Boateng", 14, "Building Surveyor", "lead"),                         # 30
    ("Stelian", "Munteanu", 7, "Maintenance Manager", "lead"),                   # 31
    ("Farida", "Sultani", 15, "Estates Director", "prospect"),                   # 32
    ("Kiet", "Luong", 11, "Security Manager", "lead"),                           # 33
    ("Nadezhda", "Volkova", 21, "Plant Manager", "lead"),                        # 34
    ("Teodora", "Ilic", 12, "Residence Officer", "lead"),                        # 35
    ("Chidi", "Nwachukwu", 22, "Production Coordinator", "lead"),                # 36
    ("Hyunwoo", "Jang", 17, "Office Manager", "lead"),                           # 37
    ("Anjali", "Deshmukh", 19, "Operations Director", "prospect"),               # 38
    ("Ruslan", "Abenov", 16, "Fleet Engineer", "lead"),                          # 39
    ("Gulnara", "Ismailova", 5, "Administrator", "lead"),                        # 40
]

CO, WR, SP, TD, WON, LOST = PIPELINE
# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..45
DEALS = [
    ("Tanfield Cold Stores Sprinkler Retrofit", 1, 1, TD, 64000, SPR, 1, 18),       # 1
    ("Tanfield Cold Stores Alarm Upgrade", 1, 26, WR, 12500, ALM, 1, 40),          # 2
    ("Tanfield Church Fire Alarm", 2, 9, CO, 4200, ALM, 3, 55),                    # 3
    ("Hartsop Grammar Fire Doors", 3, 5, SP, 28600, FD, 4, 25),                    # 4
    ("Hartsop Grammar Emergency Lighting", 3, 27, WR, 9400, EML, 4, 47),           # 5
    ("Hartsop Pool Extinguisher Contract", 4, 10, TD, 3100, EXT, 5, 9),            # 6
    ("Wissett Manor Fire Risk Assessment", 5, 11, SP, 2400, FRA, 1, 14),           # 7
    ("Wissett Manor Fire Doors", 5, 11, WON, 18200, FD, 1, -21),                   # 8
    ("Luffenham Sprinkler Retrofit", 6, 12, SP, 88000, SPR, 3, 33),                # 9
    ("Luffenham Extinguisher Servicing", 6, 28, LOST, 5600, EXT, 3, -16),          # 10
    ("Stagsden Hotel Alarm Replacement", 7, 3, TD, 23800, ALM, 4, 12),             # 11
    ("Stagsden Hotel Spa Emergency Lighting", 7, 31, CO, 6700, EML, 4, 60),        # 12
    ("Mellerby Print Works Extinguishers", 8, 13, WON, 2900, EXT, 5, -9),          # 13
    ("Mellerby Print Works Risk Assessment", 8, 13, WR, 3600, FRA, 5, 21),         # 14
    ("Kexby Data Hall Suppression", 9, 2, SP, 112000, SPR, 3, 38),                 # 15
    ("Kexby Data Centre Alarm Servicing", 9, 29, TD, 8800, ALM, 1, 6),             # 16
    ("Thrumpton Museum Fire Doors", 10, 14, WR, 15400, FD, 3, 29),                 # 17
    ("Rudston Arcade Emergency Lighting", 11, 8, SP, 11200, EML, 4, 16),           # 18
    ("Fotherby Halls Fire Alarm Upgrade", 12, 15, TD, 31500, ALM, 5, 11),          # 19
    ("Welburn Brewery Extinguishers", 13, 16, WON, 1900, EXT, 1, -30),             # 20
    ("Welburn Brewery Risk Assessment", 13, 16, CO, 2200, FRA, 1, 44),             # 21
    ("Ousby Council Offices Fire Doors", 14, 17, SP, 36400, FD, 3, 20),            # 22
    ("Ousby Council Depot Risk Assessments", 14, 30, WR, 7300, FRA, 3, 52),        # 23
    ("Cawkwell Hospital Sprinkler Extension", 15, 4, WR, 74500, SPR, 4, 58),       # 24
    ("Cawkwell Hospital Fire Door Survey", 15, 32, TD, 9900, FD, 4, -3),           # 25
    ("Ainderby Bus Garage Alarms", 16, 18, CO, 8100, ALM, 5, 36),                  # 26
    ("Sproxton Marina Extinguishers", 17, 6, SP, 3400, EXT, 1, 27),                # 27
    ("Hunmanby Picture House Emergency Lighting", 18, 19, TD, 5200, EML, 3, -5),   # 28
    ("Laxton Bakeries Sprinkler System", 19, 25, WR, 41000, SPR, 4, 65),           # 29
    ("Gristhorpe Library Fire Alarm", 20, 20, SP, 7900, ALM, 5, 23),               # 30
    ("Eppleby Chemicals Risk Assessment", 21, 7, TD, 14800, FRA, 1, 8),            # 31
    ("Eppleby Chemicals Foam Suppression", 21, 34, CO, 96000, SPR, 1, 80),         # 32
    ("Cottam Studios Fire Alarm", 22, 21, SP, 26300, ALM, 3, 31),                  # 33
    ("Cottam Studios Extinguishers", 22, 36, WON, 4700, EXT, 3, -12),              # 34
    ("Yearsley Self Storage Emergency Lighting", 23, 22, WR, 4600, EML, 4, 42),    # 35
    ("Bransdale Flying Club Extinguishers", 24, 23, CO, 1600, EXT, 5, 70),         # 36
    ("Nafferton Sawmill Risk Assessment", 25, 24, TD, 3800, FRA, 1, 4),            # 37
    ("Nafferton Sawmill Spark Detection", 25, 24, WON, 21500, ALM, 1, -40),        # 38
    ("Fotherby Halls Fire Doors", 12, 35, LOST, 17600, FD, 5, -25),                # 39
    ("Rudston Arcade Alarm Servicing", 11, 33, LOST, 6200, ALM, 4, -350),          # 40
    ("Laxton Bakeries Extinguisher Servicing", 19, 38, SP, 2600, EXT, 4, 19),      # 41
    ("Ainderby Bus Garage Emergency Lighting", 16, 39, WR, 5900, EML, 5, 26),      # 42
    ("Stagsden Hotel Extinguishers", 7, 3, WON, 7400, EXT, 4, -6),                 # 43
    ("Gristhorpe Library Risk Assessment", 20, 20, CO, 1500, FRA, 5, 49),          # 44
    ("Thrumpton Museum Risk Assessment", 10, 14, LOST, 2800, FRA, 3, -33),         # 45
]

# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 1-9 days. The 14/21/28/42/56-day cutoffs all keep at least 2 days' margin.
QUIET = {32: 97, 23: 66, 21: 60, 5: 51, 26: 47, 2: 39, 17: 33, 35: 31, 29: 25, 44: 18}
NO_ACTIVITY = {36}  # a fresh enquiry nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..42
TASKS = [
    ("Send sprinkler drawings to Paavo Lehtinen", 1, 1, 1, 3, "open"),                        # 1
    ("Send alarm quote to Paavo Rantanen", 16, 2, 1, -2, "open"),                             # 2
    ("Book walkround at Hartsop Grammar School", 5, 27, 4, 2, "open"),                        # 3
    ("Book walkround at Hartsop Grammar School", 4, 5, 4, 6, "open"),                         # 4
    ("Chase Mahsa Tehrani for the alarm PO", 11, 3, 4, -4, "open"),                           # 5
    ("Send fire door schedule to Mahsa Rostami", 25, 4, 4, 0, "open"),                        # 6
    ("Confirm extinguisher count with Kanya Srisuk", 6, 10, 5, -1, "open"),                   # 7
    ("Send risk assessment report to Eleni Vlachou", 7, 11, 1, -3, "open"),                   # 8
    ("Chase Serkan Aydemir about the sprinkler tank survey", 9, 12, 3, -6, "open"),           # 9
    ("Send quote revision to Marivic Dimaculangan", 14, 13, 5, 4, "open"),                    # 10
    ("Call Paavo Rantanen about the data hall shutdown window", 15, 2, 3, 5, "open"),         # 11
    ("Send door survey photos to Kavitha Ramalingam", 17, 14, 3, -2, "open"),                 # 12
    ("Send lighting test certificates to Bronwyn Laxton", 18, 8, 4, 8, "open"),               # 13
    ("Chase Hamid Sadeghi for the alarm tender decision", 19, 15, 5, -5, "open"),             # 14
    ("Book risk assessment visit at Welburn Brewery", 21, 16, 1, 9, "open"),                  # 15
    ("Send fire door specification to Folasade Ogunleye", 22, 17, 3, 1, "open"),              # 16
    ("Call Mahsa Rostami about the sprinkler extension phasing", 24, 4, 4, 10, "open"),       # 17
    ("Confirm depot access with Linh Dao", 26, 18, 5, -8, "open"),                            # 18
    ("Send extinguisher renewal to Eero Kallio", 27, 6, 1, 7, "open"),                        # 19
    ("Chase Nuno Baptista about the lighting test", 28, 19, 3, -1, "open"),                   # 20
    ("Send sprinkler design pack to Dimitra Kouri", 29, 25, 4, 12, "open"),                   # 21
    ("Send alarm panel options to Ayodele Fashola", 30, 20, 5, 3, "open"),                    # 22
    ("Chase Tariq Benjelloun for site induction dates", 31, 7, 1, -4, "open"),                # 23
    ("Send foam system brochure to Nadezhda Volkova", 32, 34, 1, 15, "open"),                 # 24
    ("Book alarm survey at Cottam Film Studios", 33, 21, 3, 6, "open"),                       # 25
    ("Send lighting quote to Aigerim Tulegenova", 35, 22, 4, -7, "open"),                     # 26
    ("Call Themba Khumalo about the hangar extinguishers", 36, 23, 5, 11, "open"),             # 27
    ("Send risk assessment scope to Wiebke Hartung", 37, 24, 1, 2, "open"),                   # 28
    ("Ask Tuuli Kallio about the summer works window", None, 5, 4, 14, "open"),               # 29
    ("Invite Jiwoo Baek to the alarm demo", 3, 9, 3, 16, "open"),                             # 30
    ("Send emergency lighting quote to Stelian Munteanu", 12, 31, 4, 4, "open"),              # 31
    ("Check fire door stock for Anjali Deshmukh", None, 38, 4, -2, "open"),                   # 32
    ("Send depot risk assessment scope to Ama Boateng", 23, 30, 3, 8, "open"),                # 33
    ("Send alarm upgrade quote to Oksana Hrytsenko", 2, 26, 1, 5, "open"),                    # 34
    ("Send emergency lighting quote to Ruslan Abenov", 42, 39, 5, 6, "open"),                 # 35
    ("Confirm library closure dates with Ayodele Fashola", 44, 20, 5, -3, "open"),            # 36
    ("Deliver extinguishers to Mellerby", 13, 13, 5, -12, "done"),                            # 37
    ("Send fire door invoice to Eleni Vlachou", 8, 11, 1, -18, "done"),                       # 38
    ("Send extinguisher invoice to Chidi Nwachukwu", 34, 36, 3, -10, "done"),                 # 39
    ("Commission spark detection at Nafferton", 38, 24, 1, -38, "done"),                      # 40
    ("Send extinguisher handover pack to Mahsa Tehrani", 43, 3, 4, -5, "done"),                # 41
    ("Send extinguisher schedule to Anjali Deshmukh", 41, 38, 4, 9, "open"),                  # 42
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Scope call", "Check-in call", "Pricing call"],
            "meeting": ["Site walk", "Panel inspection", "Plant room visit", "Review meeting"],
            "email": ["Sent quote", "Sent drawings", "Sent contract", "Follow-up email"],
            "note": ["Budget approved", "Comparing two contractors", "Waiting on floor plans", "Insurer deadline noted"],
            "message": ["Text check-in", "Sent photos of the panel", "Confirmed access slot"]}

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
    store.con.register("fixture_n_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_n_rows")
    finally:
        store.con.unregister("fixture_n_rows")


def _phone(i: int) -> str:
    return f"0115 496 0{(i * 37 + 11) % 1000:03d}"  # Ofcom drama range (Nottingham)


def _email(first: str, last: str, domain: str) -> str:
    return f"{first}.{last}@{domain}".lower()


def generate(store: Store, today: dt.date = TODAY, seed: int = 2043) -> dict[str, int]:
    """Fill an empty store with the Flintlock Fire Protection data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(9, 25))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture N goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(300, 1100))
            companies.append((i, name, domain, industry, owner, created, created, None, f"ffp-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, _email(first, last, domain), _phone(i), title, ci, COMPANIES[ci - 1][3],
                             stage, created, created, None, f"ffp-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            if stage in CLOSED:  # created some weeks before it closed
                created = ago(max(rng.uniform(200, 330), -days + rng.uniform(30, 90)))
            else:
                created = ago(rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"ffp-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"ffp-ac-{i:04d}"))

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
                          f"ffp-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
