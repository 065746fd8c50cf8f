"""Tenth, independent fixture for the evaluation corpus: Ousefleet Facility Services, a B2B commercial
cleaning and facilities-services company. It sells janitorial contracts, deep cleans, washroom services, window
cleaning, floor care and kitchen degreasing to law chambers, a bus depot, a shopping arcade, a dental group, a data
centre, a cinema chain, a courthouse, a food factory, student halls, a conference centre, a veterinary hospital, a
brewery, a public library, a car dealership, a contact centre, a museum, a gym chain, a building society, an airport,
a theatre, a grand hotel, an academy trust, a logistics warehouse, a medical centre and a coworking space.
Deterministic: the same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B-I (users, companies, people, products and pipeline all differ).
Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Iolanthe (Iolanthe Gotobed at Kelderby Law Chambers, Iolanthe Ibbotson at Fenwarden
  Arcade) and two called Mordecai (Mordecai Jowett at Brisgow Data Centre, Mordecai Kenchington at Quernhow Foods); two
  contacts with the last name Halliwell (Lavinia at Marlstone Courthouse, Gaius at Ulverby Brewery); a contact,
  Eustace Loughrey, who shares his first name with the rep Eustace Dimbleby; a contact, Romilly Tollhaven, whose
  last name is the first word of the company Tollhaven Cinemas (she works at Jervaulx Medical Centre);
- two pairs of companies sharing their first words: Kelderby Law Chambers / Kelderby Bus Depot and Fenwarden Arcade /
  Fenwarden Dental Group;
- companies with two open deals (Kelderby Law Chambers, Fenwarden Arcade, Brisgow, Quernhow, Garrowby, Pockthorpe) and
  companies with one open deal plus a closed one;
- two open tasks titled "Confirm out-of-hours access with Brisgow" and two open "Send cleaning rota to Iolanthe ..."
  tasks.

The stage names are chosen to collide with ordinary words: "Callback" is also a phone call, "Site Audit" is also a
visit a rep makes, "Trial Clean" is also a job the crew does, and "Tender Review" is also something a client holds.
The closed stages are "Mobilised" (won) and "Stood Down" (lost).

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2036, 3, 11)  # a Tuesday
PIPELINE = ["Callback", "Site Audit", "Trial Clean", "Tender Review", "Mobilised", "Stood Down"]
CLOSED = ("Mobilised", "Stood Down")
DOMAIN = "ousefleetfs.com"

# note: the admin is id 2 and the reviewer id 4; reps are 1, 3 and 5
USERS = [
    (1, "Cosimo Birtwistle", f"cosimo@{DOMAIN}", "rep"),
    (2, "Damaris Cattermole", f"damaris@{DOMAIN}", "admin"),
    (3, "Eustace Dimbleby", f"eustace@{DOMAIN}", "rep"),
    (4, "Hermione Eckersley", f"hermione@{DOMAIN}", "reviewer"),
    (5, "Jedidiah Fairbrother", f"jedidiah@{DOMAIN}", "rep"),
]
REPS = [1, 3, 5]

PRODUCTS = ["Janitorial Contract", "Deep Clean", "Washroom Services", "Window Cleaning", "Floor Care",
            "Kitchen Degreasing"]
JAN, DEEP, WASH, WIN, FLOOR, KITCH = PRODUCTS

# (name, domain, industry, owner) -- ids 1..25 in this order; owners are the reps in turn (1, 3, 5, 1, ...)
COMPANIES = [
    ("Kelderby Law Chambers", "kelderbylaw.com", "Legal", 1),                   # 1
    ("Kelderby Bus Depot", "kelderbybus.co.uk", "Transport", 3),                # 2
    ("Fenwarden Arcade", "fenwardenarcade.com", "Retail Property", 5),          # 3
    ("Fenwarden Dental Group", "fenwardendental.com", "Healthcare", 1),         # 4
    ("Brisgow Data Centre", "brisgowdc.com", "Data Centres", 3),                # 5
    ("Tollhaven Cinemas", "tollhavencinemas.com", "Entertainment", 5),          # 6
    ("Marlstone Courthouse", "marlstone-courts.gov", "Government", 1),          # 7
    ("Quernhow Foods", "quernhowfoods.com", "Food Manufacturing", 3),               # 8
    ("Ravensmere Student Living", "ravensmereliving.com", "Student Housing", 5),  # 9
    ("Skelwith Conference Centre", "skelwithcc.com", "Events", 1),              # 10
    ("Tarrow Veterinary Hospital", "tarrowvets.com", "Veterinary", 3),          # 11
    ("Ulverby Brewery", "ulverbybrewing.com", "Brewing", 5),                    # 12
    ("Wendlebury Public Library", "wendleburylibrary.org", "Public Sector", 1),  # 13
    ("Yelverton Motors", "yelvertonmotors.com", "Automotive", 3),               # 14
    ("Zennor Contact Centre", "zennorcc.com", "Telecoms", 5),                   # 15
    ("Abbotsleigh Museum", "abbotsleighmuseum.org", "Culture", 1),              # 16
    ("Birchover Fitness", "birchoverfitness.com", "Fitness", 3),                # 17
    ("Cotterdale Building Society", "cotterdale.co.uk", "Finance", 5),          # 18
    ("Pockthorpe Airport", "pockthorpeairport.com", "Aviation", 1),                 # 19
    ("Elmscott Theatre", "elmscotttheatre.org", "Arts", 3),                     # 20
    ("Garrowby Grand Hotel", "garrowbygrand.com", "Hospitality", 5),            # 21
    ("Hinderwell Academy Trust", "hinderwelltrust.org", "Education", 1),        # 22
    ("Inglebarrow Logistics", "inglebarrow.com", "Logistics", 3),               # 23
    ("Jervaulx Medical Centre", "jervaulxmedical.nhs.uk", "Healthcare", 5),     # 24
    ("Lowick Coworking", "lowickwork.com", "Coworking", 1),                     # 25
]

# (first, last, company id, title, lifecycle) -- ids 1..45; a contact's owner is its company's owner
CONTACTS = [
    ("Iolanthe", "Gotobed", 1, "Practice Manager", "opportunity"),          # 1
    ("Iolanthe", "Ibbotson", 3, "Centre Manager", "customer"),               # 2
    ("Mordecai", "Jowett", 5, "Facilities Lead", "opportunity"),               # 3
    ("Mordecai", "Kenchington", 8, "Hygiene Manager", "opportunity"),             # 4
    ("Eustace", "Loughrey", 11, "Practice Manager", "customer"),              # 5
    ("Lavinia", "Halliwell", 7, "Court Facilities Manager", "opportunity"),     # 6
    ("Gaius", "Halliwell", 12, "Site Manager", "prospect"),                    # 7
    ("Romilly", "Tollhaven", 24, "Practice Manager", "opportunity"),           # 8
    ("Berenice", "Mellstrom", 2, "Depot Manager", "opportunity"),               # 9
    ("Quillon", "Oddie", 4, "Operations Director", "prospect"),            # 10
    ("Sidony", "Pettigrew", 6, "Regional Operations Manager", "opportunity"),    # 11
    ("Ulick", "Rawcliffe", 9, "Accommodation Manager", "lead"),              # 12
    ("Zephaniah", "Sillitoe", 10, "Venue Manager", "customer"),                    # 13
    ("Cornelius", "Thewlis", 13, "Buildings Officer", "opportunity"),       # 14
    ("Erasmus", "Umfreville", 14, "Dealer Principal", "opportunity"),            # 15
    ("Fionnuala", "Vavasour", 15, "Workplace Manager", "opportunity"),           # 16
    ("Hesper", "Whitelock", 16, "Head of Operations", "opportunity"),           # 17
    ("Ingram", "Yeadon", 17, "Club Manager", "prospect"),                       # 18
    ("Lettice", "Zouche", 18, "Property Manager", "opportunity"),             # 19
    ("Malachy", "Ackerley", 19, "Terminal Services Manager", "opportunity"),    # 20
    ("Tancred", "Bagshawe", 20, "Front of House Manager", "prospect"),            # 21
    ("Undine", "Dunnington", 21, "Executive Housekeeper", "opportunity"),       # 22
    ("Vivienne", "Etheridge", 22, "Estates Manager", "opportunity"),              # 23
    ("Yolande", "Grimshaw", 23, "Warehouse Manager", "opportunity"),         # 24
    ("Zinnia", "Jarratt", 25, "Community Manager", "prospect"),            # 25
    ("Aldous", "Kershaw", 1, "Senior Partner", "lead"),                       # 26
    ("Blythe", "Midgley", 5, "Procurement Manager", "lead"),                 # 27
    ("Fidelma", "Normington", 8, "Finance Director", "prospect"),                   # 28
    ("Gwenllian", "Ollerenshaw", 10, "Finance Manager", "lead"),                     # 29
    ("Kerenza", "Postlethwaite", 11, "Finance Officer", "lead"),                    # 30
    ("Sulien", "Tattersall", 12, "Operations Director", "opportunity"),          # 31
    ("Theodora", "Uttridge", 14, "Finance Manager", "lead"),                   # 32
    ("Vesper", "Verrall", 16, "Finance Officer", "lead"),                       # 33
    ("Zoltan", "Wrigglesworth", 18, "Procurement Officer", "prospect"),                 # 34
    ("Agnetha", "Ashbridge", 19, "Procurement Lead", "lead"),                      # 35
    ("Bertram", "Bottomley", 21, "General Manager", "customer"),                  # 36
    ("Grainne", "Duckworth", 23, "Finance Officer", "lead"),                       # 37
    ("Linnea", "Earnshaw", 24, "Partner GP", "prospect"),                         # 38
    ("Nuala", "Foulds", 2, "Engineering Manager", "lead"),                  # 39
    ("Quintus", "Kilburn", 3, "Finance Manager", "lead"),                      # 40
    ("Wolfram", "Longbottom", 6, "Procurement Officer", "lead"),                   # 41
    ("Yasmin", "Micklethwaite", 9, "Finance Officer", "lead"),                        # 42
    ("Zebulon", "Openshaw", 13, "Finance Officer", "lead"),                     # 43
    ("Cordelia", "Thackray", 20, "Finance Manager", "lead"),                     # 44
    ("Diggory", "Wainwright", 25, "Operations Manager", "lead"),                 # 45
]

CB, SA, TC, TR, WON, LOST = PIPELINE
# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..38
DEALS = [
    ("Kelderby Chambers Nightly Cleaning", 1, 1, TC, 42000, JAN, 1, 20),          # 1
    ("Kelderby Chambers Carpet Refresh", 1, 26, SA, 8600, FLOOR, 1, 45),          # 2
    ("Kelderby Depot Washrooms", 2, 9, TR, 15400, WASH, 3, 9),                    # 3
    ("Fenwarden Dental Surgery Hygiene", 4, 10, CB, 12800, WASH, 1, 60),          # 4
    ("Fenwarden Arcade Glazing", 3, 2, SA, 19500, WIN, 5, 33),                    # 5
    ("Fenwarden Arcade Mall Cleaning", 3, 40, TC, 68000, JAN, 5, 26),             # 6
    ("Fenwarden Arcade Food Court Degrease", 3, 2, WON, 6400, KITCH, 5, -27),     # 7
    ("Brisgow Data Hall Deep Clean", 5, 3, TR, 37000, DEEP, 3, 13),               # 8
    ("Brisgow Office Janitorial", 5, 27, CB, 54000, JAN, 3, 72),                  # 9
    ("Tollhaven Foyer Floor Care", 6, 11, TC, 21800, FLOOR, 5, 24),               # 10
    ("Marlstone Court Daily Cleaning", 7, 6, TR, 61000, JAN, 1, 6),               # 11
    ("Marlstone Cell Block Deep Clean", 7, 6, LOST, 9900, DEEP, 1, -19),          # 12
    ("Quernhow Line Sanitation", 8, 4, TC, 47500, DEEP, 3, 18),                     # 13
    ("Quernhow Canteen Degreasing", 8, 28, CB, 11300, KITCH, 3, 64),                # 14
    ("Ravensmere Summer Turnaround", 9, 12, SA, 26000, DEEP, 5, 50),              # 15
    ("Skelwith Event Hall Cleaning", 10, 13, WON, 33500, JAN, 1, -11),            # 16
    ("Skelwith Window Contract", 10, 29, CB, 7200, WIN, 1, 80),                   # 17
    ("Tarrow Kennel Washrooms", 11, 5, TR, 18900, WASH, 3, 15),                   # 18
    ("Ulverby Brewhouse Deep Clean", 12, 31, SA, 29500, DEEP, 5, 39),             # 19
    ("Ulverby Taproom Washrooms", 12, 7, TC, 6300, WASH, 5, 31),                  # 20
    ("Wendlebury Library Cleaning", 13, 14, TR, 23500, JAN, 1, 4),                # 21
    ("Wendlebury Reading Room Carpets", 13, 43, LOST, 5800, FLOOR, 1, -38),       # 22
    ("Yelverton Showroom Glazing", 14, 15, TC, 9200, WIN, 3, 21),                 # 23
    ("Zennor Open Plan Floors", 15, 16, CB, 24700, FLOOR, 5, 55),                 # 24
    ("Abbotsleigh Gallery Cleaning", 16, 17, TC, 44800, JAN, 5, 17),              # 25
    ("Abbotsleigh Atrium Windows", 16, 17, WON, 13600, WIN, 1, -58),              # 26
    ("Pockthorpe Terminal Washrooms", 19, 20, SA, 16700, WASH, 1, -4),              # 27
    ("Birchover Changing Rooms Deep Clean", 17, 18, TC, 5100, DEEP, 3, 22),       # 28
    ("Garrowby Kitchen Degreasing", 21, 22, CB, 31000, KITCH, 5, 88),             # 29
    ("Garrowby Ballroom Floors", 21, 36, CB, 12900, FLOOR, 5, 70),                # 30
    ("Cotterdale Branch Cleaning", 18, 19, SA, 20400, JAN, 5, -6),                # 31
    ("Hinderwell Schools Contract", 22, 23, TC, 91000, JAN, 1, 28),               # 32
    ("Hinderwell Holiday Deep Clean", 22, 23, WON, 14500, DEEP, 1, -8),           # 33
    ("Inglebarrow Warehouse Floors", 23, 24, CB, 8100, FLOOR, 3, 47),             # 34
    ("Jervaulx Clinical Cleaning", 24, 8, TR, 10600, JAN, 5, 12),                 # 35
    ("Jervaulx Kitchen Degrease", 24, 8, LOST, 4200, KITCH, 5, -185),             # 36
    ("Lowick Coworking Janitorial", 25, 25, CB, 22000, JAN, 1, 84),               # 37
    ("Pockthorpe Lounge Cleaning", 19, 35, CB, 14100, JAN, 1, 75),                  # 38
]
# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 9 days. The 14/21/28/30/42-day cutoffs all keep at least 2.5 days' margin.
QUIET = {34: 81, 24: 62, 9: 52, 37: 47, 14: 38, 20: 25, 2: 17}
NO_ACTIVITY = {30}  # a fresh callback nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..42
TASKS = [
    ("Send cleaning rota to Iolanthe Gotobed", 1, 1, 1, 2, "open"),                       # 1
    ("Send cleaning rota to Iolanthe Ibbotson", 6, 2, 5, 3, "open"),                       # 2
    ("Confirm out-of-hours access with Brisgow", 8, 3, 3, 1, "open"),                         # 3
    ("Confirm out-of-hours access with Brisgow", 9, 27, 3, 4, "open"),                        # 4
    ("Send washroom spec to Berenice Mellstrom", 3, 9, 3, 5, "open"),                         # 5
    ("Chase Quillon Oddie for the surgery floor plans", 4, 10, 1, -2, "open"),           # 6
    ("Measure glazing at Fenwarden Arcade", 5, 2, 5, 6, "open"),                              # 7
    ("Send COSHH sheets to Mordecai Kenchington", 13, 4, 3, -1, "open"),                        # 8
    ("Call Lavinia Halliwell about the court contract", 11, 6, 1, 0, "open"),                 # 9
    ("Book trial clean at Tollhaven Cinemas", 10, 11, 5, -4, "open"),                         # 10
    ("Send tender pack to Cornelius Thewlis", 21, 14, 1, 8, "open"),                      # 11
    ("Arrange site audit with Ulick Rawcliffe", 15, 12, 5, 3, "open"),                     # 12
    ("Send showroom glazing price to Erasmus Umfreville", 23, 15, 3, -3, "open"),              # 13
    ("Call Sulien Tattersall about the brewhouse shutdown", 19, 31, 5, 9, "open"),             # 14
    ("Chase Malachy Ackerley for the airside passes", 27, 20, 1, -5, "open"),                 # 15
    ("Send kennel cleaning method statement to Eustace Loughrey", 18, 5, 3, 2, "open"),     # 16
    ("Book floor survey with Fionnuala Vavasour", 24, 16, 5, 11, "open"),                      # 17
    ("Send gallery cleaning proposal to Hesper Whitelock", 25, 17, 5, 1, "open"),             # 18
    ("Collect branch keys from Lettice Zouche", 31, 19, 5, -6, "open"),                     # 19
    ("Send degreasing samples to Undine Dunnington", 29, 22, 5, 5, "open"),                   # 20
    ("Introduce Zinnia Jarratt to the night supervisor", 37, 25, 1, 12, "open"),         # 21
    ("Call Yolande Grimshaw about the racking aisles", 34, 24, 3, 15, "open"),             # 22
    ("Chase Vivienne Etheridge for the school holiday dates", 32, 23, 1, -2, "open"),           # 23
    ("Run trial clean walk-round at Hinderwell", 32, 23, 1, 7, "open"),                       # 24
    ("Send changing room schedule to Ingram Yeadon", 28, 18, 3, 10, "open"),                  # 25
    ("Send tender pack to Romilly Tollhaven", 35, 8, 5, 4, "open"),                          # 26
    ("Send coworking cleaning menu to Diggory Wainwright", 37, 45, 1, 20, "open"),             # 27
    ("Send Kelderby Law Chambers the carpet swatches", 2, 26, 1, 6, "open"),                  # 28
    ("Chase Quernhow Foods for the canteen photos", 14, 28, 3, -7, "open"),                     # 29
    ("Invite Gaius Halliwell to the hygiene open day", None, 7, 5, 13, "open"),              # 30
    ("Check washroom consumables at Marlstone", 11, 6, 1, 2, "open"),                         # 31
    ("Remove Aldous Kershaw from the newsletter list", None, 26, 1, 1, "open"),             # 32
    ("Ask Zephaniah Sillitoe for a testimonial", None, 13, 1, 8, "open"),                        # 33
    ("Send Garrowby the ballroom floor options", 30, 36, 5, 6, "open"),                       # 34
    ("Send welcome pack to Iolanthe Ibbotson", 7, 2, 5, -26, "done"),                      # 35
    ("Set up first night shift at Skelwith", 16, 13, 1, -10, "done"),                         # 36
    ("Invoice Abbotsleigh Museum for the atrium windows", 26, 17, 1, -55, "done"),            # 37
    ("Send lost-deal survey to Zebulon Openshaw", 22, 43, 1, -35, "done"),                    # 38
    ("Collect degreasing kit from Jervaulx", 36, 8, 5, -80, "done"),                          # 39
    ("Book the Hinderwell holiday crew", 33, 23, 1, -5, "done"),                              # 40
    ("Chase Brisgow Data Centre for the purchase order", 9, 27, 3, 3, "open"),                # 41
    ("Call Eustace Loughrey about the isolation ward", 18, 5, 3, 9, "open"),                # 42
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Scope call", "Check-in call", "Pricing call"],
            "meeting": ["Building walk-round", "Spec review", "Swab test visit", "Contract meeting"],
            "email": ["Sent quote", "Sent method statement", "Sent contract", "Follow-up email"],
            "note": ["Budget signed off", "Talking to another cleaning firm", "Waiting on access permits",
                     "Start date agreed"],
            "message": ["Text check-in", "Sent crew rota", "Confirmed alarm codes"]}

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
    store.con.register("fixture_j_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_j_rows")
    finally:
        store.con.unregister("fixture_j_rows")


def _phone(i: int) -> str:
    return f"0161 496 {(i * 347 + 129) % 10000:04d}"


def generate(store: Store, today: dt.date = TODAY, seed: int = 2036) -> dict[str, int]:
    """Fill an empty store with the Ousefleet Facility Services data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(9, 10))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture J goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(250, 1000))
            companies.append((i, name, domain, industry, owner, created, created, None, f"cfs-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first[0]}{last}@{domain}".lower()
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, email, _phone(i), title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None, f"cfs-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            created = ago(rng.uniform(200, 330) if stage in CLOSED else rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"cfs-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"cfs-ac-{i:04d}"))

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
                          f"cfs-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
