"""Eighth, independent fixture for the evaluation corpus: Halyard Print & Signage, a B2B commercial printing and
signage firm. It sells large-format banners, vehicle wraps, shopfront signage, wayfinding systems, brochure print runs
and exhibition stands to a playhouse, a car dealer, a natural history museum, a garden centre, a shopping centre, a
university, a bus company, a wildlife park, a football club, a regional airport, a ferry line, a music festival, a
cinema chain, a health trust, a firm of solicitors, an estate agent, a gym group, a bakery chain, a pizzeria group, a
ski and outdoor shop, a conference centre, a college, an architects' practice, a housing association and a wine
merchant. Deterministic: the same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B-G (users, companies, people, products and pipeline all differ).
Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Ottoline (Ottoline Grieve at Quayside Playhouse, Ottoline Devereux at Fettle Gym Group) and two
  called Iestyn (Iestyn Abernethy at Castellan Shopping Centre, Iestyn Quennell at Summerisle Music Festival); two
  contacts with the last name Pettifer (Demelza at Wendover Bus Company, Wulfric at Kingsmere Regional Airport); a
  contact, Orrin Sowerby, who shares his first name with the rep Orrin Dymond; a contact, Cressida Marbury, whose last
  name is the first word of the company Marbury Estates (she works at Cleveden Health Trust);
- two pairs of companies sharing their first words: Quayside Playhouse / Quayside Motors and Larkspur Natural History
  Museum / Larkspur Garden Centre;
- companies with two open deals (Quayside Playhouse, Castellan, Fairhaven, Gullhaven, Summerisle) and companies with
  one open deal plus a closed one;
- two open tasks titled "Confirm site access slot with Summerisle" and two open "Send proof PDF to Ottoline ..." tasks.

The pipeline's stage names are unusual on purpose: "Rough Layout" starts with an adjective, "Print Order" with an
ordinary verb, and the closed stages are "Gone to Press" (won) and "Pulped" (lost).

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2034, 3, 8)  # a Wednesday
PIPELINE = ["Brief Received", "Rough Layout", "Colour Proof", "Print Order", "Gone to Press", "Pulped"]
CLOSED = ("Gone to Press", "Pulped")
DOMAIN = "halyardprint.com"

# note: the admin is id 2 and the reviewer id 4; reps are 1, 3 and 5
USERS = [
    (1, "Pelham Kearsley", f"pelham@{DOMAIN}", "rep"),
    (2, "Honoria Ojukwu", f"honoria@{DOMAIN}", "admin"),
    (3, "Gaspard Trevanion", f"gaspard@{DOMAIN}", "rep"),
    (4, "Eustacia Vosper", f"eustacia@{DOMAIN}", "reviewer"),
    (5, "Orrin Dymond", f"orrin@{DOMAIN}", "rep"),
]
REPS = [1, 3, 5]

PRODUCTS = ["Large Format Banners", "Vehicle Wraps", "Shopfront Signage", "Wayfinding Systems", "Brochure Print Runs",
            "Exhibition Stands"]
BAN, WRAP, SIGN, WAY, BRO, EXH = PRODUCTS

# (name, domain, industry, owner) -- ids 1..25 in this order; owners are the reps in turn
COMPANIES = [
    ("Quayside Playhouse", "quaysideplayhouse.co.uk", "Theatre", 1),                  # 1
    ("Quayside Motors", "quaysidemotors.co.uk", "Automotive", 3),                      # 2
    ("Larkspur Natural History Museum", "larkspurmuseum.org", "Museums", 5),           # 3
    ("Larkspur Garden Centre", "larkspurgardens.co.uk", "Retail", 1),                  # 4
    ("Castellan Shopping Centre", "castellancentre.com", "Property", 3),               # 5
    ("Fairhaven University", "fairhaven.ac.uk", "Higher Education", 5),                # 6
    ("Wendover Bus Company", "wendoverbuses.co.uk", "Transport", 1),                   # 7
    ("Brackenholt Wildlife Park", "brackenholtpark.com", "Visitor Attractions", 3),    # 8
    ("Orrell Athletic FC", "orrellathletic.com", "Sport", 5),                          # 9
    ("Kingsmere Regional Airport", "kingsmereairport.com", "Aviation", 1),             # 10
    ("Gullhaven Ferries", "gullhavenferries.com", "Shipping", 3),                      # 11
    ("Summerisle Music Festival", "summerislefest.com", "Events", 5),                  # 12
    ("Lumiere Cinemas", "lumierecinemas.com", "Entertainment", 1),                     # 13
    ("Cleveden Health Trust", "clevedenhealth.nhs.uk", "Healthcare", 3),               # 14
    ("Hollins & Vane Solicitors", "hollinsvane.co.uk", "Legal", 5),                    # 15
    ("Marbury Estates", "marburyestates.co.uk", "Real Estate", 1),                     # 16
    ("Fettle Gym Group", "fettlegyms.com", "Fitness", 3),                              # 17
    ("Crumbwell Bakeries", "crumbwell.co.uk", "Food Retail", 5),                       # 18
    ("Bellavista Pizzerias", "bellavistapizza.co.uk", "Restaurants", 1),               # 19
    ("Alpenglow Ski & Outdoor", "alpenglowoutdoor.com", "Retail", 3),                  # 20
    ("Pendragon Conference Centre", "pendragonvenues.com", "Events", 5),               # 21
    ("Grimsdyke College", "grimsdyke.ac.uk", "Education", 1),                          # 22
    ("Underhill Architects", "underhillarchitects.com", "Architecture", 3),            # 23
    ("Copperbeech Housing Association", "copperbeechhousing.org", "Housing", 5),       # 24
    ("Vintry Wine Merchants", "vintrywines.co.uk", "Wine Trade", 1),                   # 25
]

# (first, last, company id, title, lifecycle) -- ids 1..45; a contact's owner is its company's owner
CONTACTS = [
    ("Ottoline", "Grieve", 1, "Marketing Manager", "opportunity"),            # 1
    ("Ottoline", "Devereux", 17, "Brand Director", "opportunity"),            # 2
    ("Iestyn", "Abernethy", 5, "Centre Manager", "customer"),                 # 3
    ("Iestyn", "Quennell", 12, "Production Manager", "opportunity"),          # 4
    ("Orrin", "Sowerby", 13, "General Manager", "prospect"),                  # 5
    ("Demelza", "Pettifer", 7, "Fleet Manager", "opportunity"),               # 6
    ("Wulfric", "Pettifer", 10, "Terminal Manager", "prospect"),              # 7
    ("Cressida", "Marbury", 14, "Communications Lead", "opportunity"),        # 8
    ("Blaise", "Pembury", 2, "Dealer Principal", "opportunity"),              # 9
    ("Jerusha", "Kettleby", 4, "Store Manager", "prospect"),                  # 10
    ("Kenelm", "Halloran", 3, "Exhibitions Curator", "opportunity"),          # 11
    ("Sorcha", "Ironside", 6, "Head of Marketing", "opportunity"),            # 12
    ("Faramond", "Costigan", 8, "Park Director", "customer"),                 # 13
    ("Heloise", "Sandercock", 10, "Head of Facilities", "opportunity"),       # 14
    ("Radulf", "Pellow", 11, "Marketing Manager", "opportunity"),             # 15
    ("Thomasina", "Brandauer", 12, "Festival Director", "opportunity"),       # 16
    ("Siward", "Scrope", 14, "Estates Manager", "prospect"),                  # 17
    ("Verena", "Amory", 15, "Practice Manager", "opportunity"),               # 18
    ("Clovis", "Lowther", 16, "Director", "opportunity"),                     # 19
    ("Drusilla", "Sallow", 17, "Operations Director", "opportunity"),         # 20
    ("Ludo", "Carrick", 18, "Owner", "opportunity"),                          # 21
    ("Vincenzo", "Fenby", 19, "Owner", "prospect"),                           # 22
    ("Nolwenn", "Lyle", 20, "Head Buyer", "opportunity"),                     # 23
    ("Esmond", "Birtles", 21, "Events Manager", "prospect"),                  # 24
    ("Tegwen", "Penwarden", 22, "Bursar", "opportunity"),                     # 25
    ("Inigo", "Gammage", 23, "Partner", "opportunity"),                       # 26
    ("Jemima", "Delahunt", 24, "Communications Manager", "customer"),         # 27
    ("Maelor", "Threadgold", 25, "Owner", "lead"),                            # 28
    ("Perdita", "Rendle", 1, "Finance Director", "lead"),                     # 29
    ("Ninian", "Stirrup", 5, "Marketing Coordinator", "prospect"),            # 30
    ("Raffaella", "Brackley", 6, "Procurement Officer", "lead"),              # 31
    ("Gilda", "Pinnock", 7, "Finance Manager", "lead"),                       # 32
    ("Torvald", "Lavelle", 8, "Visitor Experience Manager", "prospect"),      # 33
    ("Seren", "Cholmondeley", 9, "Commercial Manager", "opportunity"),        # 34
    ("Zenobia", "Gathercole", 10, "Procurement Lead", "lead"),                # 35
    ("Hilarion", "Hobday", 11, "Finance Director", "lead"),                   # 36
    ("Amabel", "Inchbald", 13, "Finance Officer", "lead"),                    # 37
    ("Fulke", "Jellicoe", 15, "Senior Partner", "customer"),                  # 38
    ("Peregrina", "Loveday", 17, "Finance Manager", "lead"),                  # 39
    ("Udo", "Mottram", 20, "Finance Officer", "lead"),                        # 40
    ("Parthenia", "Nettleship", 21, "Venue Director", "prospect"),            # 41
    ("Yorick", "Ormerod", 22, "Procurement Officer", "lead"),                 # 42
    ("Winsome", "Pargeter", 2, "Finance Manager", "lead"),                    # 43
    ("Urien", "Quarmby", 19, "Operations Manager", "lead"),                   # 44
    ("Bronagh", "Rushworth", 23, "Office Manager", "lead"),                   # 45
]

RB, RL, CP, PO, WON, LOST = PIPELINE
# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..37
DEALS = [
    ("Quayside Playhouse Season Banners", 1, 1, CP, 42000, BAN, 1, 23),                  # 1
    ("Quayside Playhouse Brochures", 1, 29, RL, 16000, BRO, 1, 51),                      # 2
    ("Quayside Motors Showroom Signage", 2, 9, PO, 27500, SIGN, 3, 9),                   # 3
    ("Larkspur Museum Wayfinding", 3, 11, RB, 6400, WAY, 5, 64),                         # 4
    ("Larkspur Garden Centre Signage", 4, 10, RL, 12800, SIGN, 1, 37),                   # 5
    ("Castellan Wayfinding Refresh", 5, 3, PO, 88000, WAY, 3, 7),                        # 6
    ("Castellan Christmas Banners", 5, 30, CP, 35000, BAN, 3, 30),                       # 7
    ("Castellan Exhibition Stand", 5, 3, WON, 9600, EXH, 3, -30),                        # 8
    ("Fairhaven Open Day Banners", 6, 12, CP, 24000, BAN, 5, 19),                        # 9
    ("Fairhaven Prospectus Print", 6, 31, RB, 15600, BRO, 5, 71),                        # 10
    ("Wendover Fleet Wraps", 7, 6, PO, 72000, WRAP, 1, 6),                               # 11
    ("Wendover Timetable Brochures", 7, 32, LOST, 8800, BRO, 1, -21),                    # 12
    ("Brackenholt Park Wayfinding", 8, 13, RL, 22500, WAY, 3, 44),                       # 13
    ("Orrell Athletic Stadium Banners", 9, 34, WON, 11200, BAN, 5, -12),                 # 14
    ("Orrell Athletic Coach Wrap", 9, 34, RB, 9000, WRAP, 5, 66),                        # 15
    ("Kingsmere Terminal Wayfinding", 10, 14, CP, 54000, WAY, 1, 27),                    # 16
    ("Gullhaven Vessel Wraps", 11, 15, PO, 61000, WRAP, 3, 14),                          # 17
    ("Gullhaven Terminal Signage", 11, 36, RB, 13500, SIGN, 3, 80),                      # 18
    ("Summerisle Stage Banners", 12, 4, RL, 126000, BAN, 5, 41),                         # 19
    ("Summerisle Exhibition Stands", 12, 16, CP, 48000, EXH, 5, 33),                     # 20
    ("Lumiere Foyer Signage", 13, 5, PO, 16500, SIGN, 1, 4),                             # 21
    ("Lumiere Poster Print Run", 13, 37, LOST, 7200, BRO, 1, -40),                       # 22
    ("Cleveden Ward Wayfinding", 14, 8, CP, 29000, WAY, 3, 21),                          # 23
    ("Hollins & Vane Office Signage", 15, 18, RB, 11800, SIGN, 5, 55),                   # 24
    ("Marbury Estates Van Wraps", 16, 19, CP, 31000, WRAP, 5, 17),                       # 25
    ("Marbury Estates Board Signs", 16, 19, WON, 14400, SIGN, 1, -60),                   # 26
    ("Fettle Studio Graphics", 17, 20, RL, 19500, SIGN, 3, -3),                          # 27
    ("Crumbwell Shopfront Refit", 18, 21, CP, 5600, SIGN, 5, 22),                        # 28
    ("Bellavista Menu Brochures", 19, 22, RB, 9700, BRO, 1, 90),                         # 29
    ("Alpenglow Trade Show Stand", 20, 23, RB, 36000, EXH, 3, 70),                       # 30
    ("Pendragon Venue Wayfinding", 21, 24, RL, 23000, WAY, 5, -5),                       # 31
    ("Grimsdyke Campus Wayfinding", 22, 25, CP, 96000, WAY, 1, 29),                      # 32
    ("Grimsdyke Prospectus Print", 22, 42, WON, 12000, BRO, 1, -7),                      # 33
    ("Underhill Exhibition Boards", 23, 26, RB, 7400, EXH, 3, 48),                       # 34
    ("Copperbeech Estate Signage", 24, 27, PO, 9800, SIGN, 5, 12),                       # 35
    ("Copperbeech Newsletter Print", 24, 27, LOST, 4600, BRO, 5, -90),                   # 36
    ("Vintry Window Graphics", 25, 28, RB, 23000, SIGN, 1, 85),                          # 37
]
# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 9 days. The 14/21/28/30/42-day cutoffs all keep at least 2.7 days' margin.
QUIET = {34: 78, 18: 61, 37: 50, 15: 47, 13: 36, 20: 33, 2: 25, 29: 17}
NO_ACTIVITY = {30}  # a fresh brief nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..42
TASKS = [
    ("Send proof PDF to Ottoline Grieve", 1, 1, 1, 2, "open"),                                   # 1
    ("Send proof PDF to Ottoline Devereux", 27, 2, 3, 3, "open"),                                # 2
    ("Confirm site access slot with Summerisle", 19, 4, 5, 1, "open"),                           # 3
    ("Confirm site access slot with Summerisle", 20, 16, 5, 4, "open"),                          # 4
    ("Send showroom mock-up to Blaise Pembury", 3, 9, 3, 5, "open"),                             # 5
    ("Chase Iestyn Abernethy for the signed order", 6, 3, 3, -2, "open"),                        # 6
    ("Measure banner drops at Castellan", 7, 30, 3, 6, "open"),                                  # 7
    ("Send banner proofs to Sorcha Ironside", 9, 12, 5, -1, "open"),                             # 8
    ("Call Demelza Pettifer about the depot wrap schedule", 11, 6, 1, 0, "open"),                # 9
    ("Book site measure at Brackenholt Wildlife Park", 13, 33, 3, -4, "open"),                   # 10
    ("Send wayfinding concepts to Kenelm Halloran", 4, 11, 5, 8, "open"),                        # 11
    ("Arrange signage survey with Jerusha Kettleby", 5, 10, 1, 3, "open"),                       # 12
    ("Send terminal sign schedule to Heloise Sandercock", 16, 14, 1, -3, "open"),                # 13
    ("Call Radulf Pellow about the wrap vinyl samples", 17, 15, 3, 9, "open"),                   # 14
    ("Chase Iestyn Quennell for the stage dimensions", 19, 4, 5, -5, "open"),                    # 15
    ("Send ward signage plan to Cressida Marbury", 23, 8, 3, 2, "open"),                         # 16
    ("Book office walk-round with Verena Amory", 24, 18, 5, 11, "open"),                         # 17
    ("Send van wrap visuals to Clovis Lowther", 25, 19, 5, 1, "open"),                           # 18
    ("Collect studio floor plans from Drusilla Sallow", 27, 20, 3, -6, "open"),                  # 19
    ("Send shopfront price to Ludo Carrick", 28, 21, 5, 5, "open"),                              # 20
    ("Introduce Vincenzo Fenby to the menu designer", 29, 22, 1, 12, "open"),                    # 21
    ("Call Nolwenn Lyle about the stand layout", 30, 23, 3, 15, "open"),                         # 22
    ("Chase Esmond Birtles for the venue floor plan", 31, 24, 5, -2, "open"),                    # 23
    ("Run campus walk-round at Grimsdyke College", 32, 25, 1, 7, "open"),                        # 24
    ("Send board samples to Inigo Gammage", 34, 26, 3, 10, "open"),                              # 25
    ("Send final order form to Jemima Delahunt", 35, 27, 5, 4, "open"),                          # 26
    ("Send window graphics brochure to Maelor Threadgold", 37, 28, 1, 20, "open"),               # 27
    ("Send Larkspur Garden Centre the sign options", 5, 10, 1, 6, "open"),                       # 28
    ("Chase Quayside Playhouse for the brochure copy", 2, 29, 1, -7, "open"),                    # 29
    ("Invite Wulfric Pettifer to the print works open day", None, 7, 1, 13, "open"),             # 30
    ("Check scaffold access at the Wendover depot", 11, 32, 1, 2, "open"),                       # 31
    ("Remove Perdita Rendle from the mailing list", None, 29, 1, 1, "open"),                     # 32
    ("Ask Jemima Delahunt for a case study quote", None, 27, 5, 8, "open"),                      # 33
    ("Send Summerisle the stand build timetable", 20, 16, 5, 6, "open"),                         # 34
    ("Send welcome pack to Iestyn Abernethy", 8, 3, 3, -28, "done"),                             # 35
    ("Set up first print slot for Orrell Athletic", 14, 34, 5, -10, "done"),                     # 36
    ("Invoice Marbury Estates for the board signs", 26, 19, 1, -55, "done"),                     # 37
    ("Send lost-deal survey to Amabel Inchbald", 22, 37, 1, -35, "done"),                        # 38
    ("Collect returned proofs from Copperbeech", 36, 27, 5, -80, "done"),                        # 39
    ("Book the Grimsdyke prospectus delivery", 33, 42, 1, -5, "done"),                           # 40
    ("Chase Fettle Gym Group for the purchase order", 27, 39, 3, 3, "open"),                     # 41
    ("Call Orrin Sowerby about the foyer lightbox", 21, 5, 1, 9, "open"),                        # 42
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Artwork call", "Check-in call", "Pricing call"],
            "meeting": ["Site measure", "Proof review", "Showroom walk-round", "Order meeting"],
            "email": ["Sent quote", "Sent proofs", "Sent order form", "Follow-up email"],
            "note": ["Budget approved", "Talking to another printer", "Waiting on brand guidelines",
                     "Install window agreed"],
            "message": ["Text check-in", "Sent fitter ETA", "Confirmed install access"]}

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
    store.con.register("fixture_h_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_h_rows")
    finally:
        store.con.unregister("fixture_h_rows")


def _phone(i: int) -> str:
    return f"+44 121 496 {(i * 383 + 157) % 10000:04d}"


def generate(store: Store, today: dt.date = TODAY, seed: int = 2034) -> dict[str, int]:
    """Fill an empty store with the Halyard Print & Signage data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(8, 50))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture H goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(250, 1000))
            companies.append((i, name, domain, industry, owner, created, created, None, f"hps-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first}.{last}@{domain}".lower()
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, email, _phone(i), title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None, f"hps-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            created = ago(rng.uniform(180, 330) if stage in CLOSED else rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"hps-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"hps-ac-{i:04d}"))

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
                          f"hps-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
