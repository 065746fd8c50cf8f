"""Seventh, independent fixture for the evaluation corpus: Quillon Pest & Hygiene, a B2B commercial pest-control and
hygiene-services company. It sells rodent control contracts, insect monitoring, bird proofing, washroom hygiene
services, deep fogging and bed-bug heat treatment to a bakery, a marina, a brasserie, an academy, a distribution
warehouse, a country-house hotel, a flour mill, a leisure centre, a brewery, a hospital, a food factory, a supermarket,
a cinema, a care village, a dairy farm, a golf resort, a block of flats, a noodle bar, a cookery school, a pet-food
plant, a fish market, a borough council depot, a riding stables, a butcher's and a data centre. Deterministic: the
same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B-F (users, companies, people, products and pipeline all
differ). Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Benedetta (Benedetta Okonjo at Brightwater Bakery, Benedetta Lascelles at Saltcote Brewery) and
  two called Jago (Jago Penberthy at Hathersage Distribution, Jago Winterbottom at Tollgate Supermarket); two contacts
  with the last name Tregarthen (Lowri at Coldharbour Mill, Piran at Wyvern Golf Resort); a contact, Cosmin
  Pellegrino, who shares his first name with the rep Cosmin Dragomir; a contact, Rosalba Wexley, whose last name is
  the first word of the company Wexley Grange Hotel (she works at Honeysett Care Village);
- two pairs of companies sharing their first words: Brightwater Bakery / Brightwater Marina and Fennick Row Brasserie
  / Fennick Row Academy;
- companies with two open deals (Brightwater Bakery, Hathersage, Wexley Grange, Gildersleeve, Tollgate) and companies
  with one open deal plus a closed one;
- two open tasks titled "Book follow-up inspection at Tollgate" and two open "Send bait-station map to Benedetta ..."
  tasks.

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2032, 9, 14)  # a Tuesday
PIPELINE = ["Sighting", "Inspection", "Treatment Plan", "Terms Out", "Secured", "Went Cold"]
CLOSED = ("Secured", "Went Cold")
DOMAIN = "quillonhygiene.com"

# note: the admin is id 2 and the reviewer id 4; reps are 1, 3 and 5
USERS = [
    (1, "Odile Rasmussen", f"odile@{DOMAIN}", "rep"),
    (2, "Bertil Vanterpool", f"bertil@{DOMAIN}", "admin"),
    (3, "Cosmin Dragomir", f"cosmin@{DOMAIN}", "rep"),
    (4, "Wilma Haverkamp", f"wilma@{DOMAIN}", "reviewer"),
    (5, "Lamar Osuji", f"lamar@{DOMAIN}", "rep"),
]
REPS = [1, 3, 5]

PRODUCTS = ["Rodent Control", "Insect Monitoring", "Bird Proofing", "Washroom Hygiene", "Deep Fogging",
            "Heat Treatment"]
ROD, INS, BIRD, WASH, FOG, HEAT = PRODUCTS

# (name, domain, industry, owner) -- ids 1..25 in this order; owners are the reps in turn
COMPANIES = [
    ("Brightwater Bakery", "brightwaterbakery.co.uk", "Food Production", 1),         # 1
    ("Brightwater Marina", "brightwatermarina.co.uk", "Leisure", 3),                 # 2
    ("Fennick Row Brasserie", "fennickrowbrasserie.com", "Restaurants", 5),          # 3
    ("Fennick Row Academy", "fennickrow.sch.uk", "Education", 1),                    # 4
    ("Hathersage Distribution", "hathersagedist.com", "Logistics", 3),               # 5
    ("Wexley Grange Hotel", "wexleygrange.com", "Hospitality", 5),                   # 6
    ("Coldharbour Mill", "coldharbourmill.co.uk", "Food Production", 1),             # 7
    ("Penwortham Leisure Centre", "penworthamleisure.org", "Leisure", 3),            # 8
    ("Saltcote Brewery", "saltcotebrewery.com", "Brewing", 5),                       # 9
    ("Elmstead General Hospital", "elmsteadgeneral.nhs.uk", "Healthcare", 1),        # 10
    ("Gildersleeve Foods", "gildersleevefoods.com", "Food Production", 3),           # 11
    ("Tollgate Supermarket", "tollgatesupermarket.co.uk", "Retail", 5),              # 12
    ("Riverbend Cinema", "riverbendcinema.com", "Leisure", 1),                       # 13
    ("Honeysett Care Village", "honeysettcare.org", "Social Care", 3),               # 14
    ("Blackthorn Dairy", "blackthorndairy.co.uk", "Farming", 5),                     # 15
    ("Wyvern Golf Resort", "wyverngolf.com", "Hospitality", 1),                      # 16
    ("Cresswell Court Flats", "cresswellcourt.co.uk", "Property Management", 3),     # 17
    ("Lindfield Noodle Bar", "lindfieldnoodles.com", "Restaurants", 5),              # 18
    ("Netherby School of Cookery", "netherbycookery.com", "Education", 1),           # 19
    ("Kelsall Pet Foods", "kelsallpetfoods.com", "Food Production", 3),              # 20
    ("Tidemill Fish Market", "tidemillfish.co.uk", "Wholesale", 5),                  # 21
    ("Harrowgate Borough Council", "harrowgate.gov.uk", "Public Sector", 1),         # 22
    ("Rookwood Stables", "rookwoodstables.com", "Equestrian", 3),                    # 23
    ("Pollard's Butchers", "pollardsbutchers.co.uk", "Retail", 5),                   # 24
    ("Greywing Data Centre", "greywingdc.com", "Technology", 1),                      # 25
]

# (first, last, company id, title, lifecycle) -- ids 1..45; a contact's owner is its company's owner
CONTACTS = [
    ("Benedetta", "Okonjo", 1, "Production Manager", "opportunity"),         # 1
    ("Benedetta", "Lascelles", 9, "Operations Director", "opportunity"),     # 2
    ("Jago", "Penberthy", 5, "Warehouse Manager", "customer"),               # 3
    ("Jago", "Winterbottom", 12, "Store Manager", "opportunity"),            # 4
    ("Cosmin", "Pellegrino", 13, "General Manager", "prospect"),             # 5
    ("Lowri", "Tregarthen", 7, "Mill Manager", "opportunity"),               # 6
    ("Piran", "Tregarthen", 16, "Estates Manager", "prospect"),              # 7
    ("Rosalba", "Wexley", 14, "Home Manager", "opportunity"),                # 8
    ("Anneliese", "Drabble", 2, "Harbour Master", "opportunity"),            # 9
    ("Rupinder", "Gosling", 4, "Business Manager", "prospect"),              # 10
    ("Celestine", "Harcourt", 3, "Owner", "opportunity"),                    # 11
    ("Ezekiel", "Bamford", 6, "Head of Housekeeping", "opportunity"),        # 12
    ("Hortensia", "Mulholland", 8, "Centre Manager", "customer"),            # 13
    ("Torquil", "Stansfield", 10, "Facilities Director", "opportunity"),     # 14
    ("Orlagh", "Brierley", 11, "Technical Manager", "opportunity"),          # 15
    ("Fabian", "Quartermaine", 12, "Regional Manager", "opportunity"),       # 16
    ("Leontyne", "Hebblethwaite", 14, "Finance Manager", "prospect"),        # 17
    ("Barnabas", "Cheeseman", 15, "Farm Manager", "opportunity"),            # 18
    ("Yvaine", "Pocklington", 16, "Resort Manager", "opportunity"),          # 19
    ("Obadiah", "Sutcliffe", 17, "Property Manager", "opportunity"),         # 20
    ("Meilin", "Foxcroft", 18, "Owner", "opportunity"),                      # 21
    ("Cuthbert", "Ramsbottom", 19, "Principal", "prospect"),                 # 22
    ("Gudrun", "Kellaway", 20, "QA Manager", "opportunity"),                 # 23
    ("Alonzo", "Threlkeld", 21, "Market Manager", "prospect"),               # 24
    ("Nkechi", "Arrowsmith", 22, "Environmental Health Officer", "opportunity"),  # 25
    ("Jessamine", "Royle", 23, "Yard Manager", "opportunity"),               # 26
    ("Godfrey", "Latimer", 24, "Owner", "customer"),                         # 27
    ("Sidonie", "Blakeway", 25, "Site Lead", "lead"),                        # 28
    ("Emmerich", "Dunsford", 1, "Finance Director", "lead"),                 # 29
    ("Wilfred", "Haddleton", 5, "Health and Safety Lead", "prospect"),       # 30
    ("Ciaran", "Moxley", 6, "General Manager", "lead"),                      # 31
    ("Leocadia", "Brompton", 7, "Hygiene Lead", "lead"),                     # 32
    ("Rhiannon", "Tuckwell", 8, "Duty Manager", "prospect"),                 # 33
    ("Dervla", "Oxenham", 9, "Finance Manager", "lead"),                     # 34
    ("Morwenna", "Carbery", 10, "Infection Control Lead", "lead"),           # 35
    ("Horace", "Penhallow", 11, "Finance Director", "lead"),                 # 36
    ("Blodwen", "Ashworth", 13, "Finance Officer", "lead"),                  # 37
    ("Tobiah", "Greenhalgh", 15, "Owner", "customer"),                       # 38
    ("Aurelian", "Stobart", 17, "Finance Manager", "lead"),                  # 39
    ("Elin", "Pritchett", 20, "Finance Officer", "lead"),                    # 40
    ("Sholto", "Macaulay", 21, "Owner", "prospect"),                         # 41
    ("Pilar", "Esterbrook", 22, "Procurement Officer", "lead"),              # 42
    ("Ferdinand", "Oakenfold", 2, "Finance Manager", "lead"),                # 43
    ("Eulalie", "Prothero", 19, "Bursar", "lead"),                           # 44
    ("Hamnet", "Saltonstall", 23, "Owner", "lead"),                          # 45
]

# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..37
DEALS = [
    ("Brightwater Bakery Rodent Control", 1, 1, "Treatment Plan", 46000, ROD, 1, 23),            # 1
    ("Brightwater Bakery Insect Monitoring", 1, 29, "Inspection", 18000, INS, 1, 51),            # 2
    ("Brightwater Marina Bird Proofing", 2, 9, "Terms Out", 27500, BIRD, 3, 9),                  # 3
    ("Fennick Row Brasserie Deep Fogging", 3, 11, "Sighting", 6400, FOG, 5, 64),                 # 4
    ("Fennick Row Academy Washrooms", 4, 10, "Inspection", 12800, WASH, 1, 37),                  # 5
    ("Hathersage Rodent Contract", 5, 3, "Terms Out", 88000, ROD, 3, 7),                         # 6
    ("Hathersage Bird Proofing", 5, 30, "Treatment Plan", 35000, BIRD, 3, 30),                   # 7
    ("Hathersage Insect Monitoring", 5, 3, "Secured", 9600, INS, 3, -30),                        # 8
    ("Wexley Grange Heat Treatment", 6, 12, "Treatment Plan", 24000, HEAT, 5, 19),               # 9
    ("Wexley Grange Washroom Hygiene", 6, 31, "Sighting", 15600, WASH, 5, 71),                   # 10
    ("Coldharbour Mill Rodent Control", 7, 6, "Terms Out", 72000, ROD, 1, 6),                    # 11
    ("Coldharbour Mill Fogging", 7, 32, "Went Cold", 8800, FOG, 1, -21),                         # 12
    ("Penwortham Washroom Hygiene", 8, 13, "Inspection", 21000, WASH, 3, 44),                    # 13
    ("Saltcote Brewery Insect Monitoring", 9, 2, "Secured", 11200, INS, 5, -12),                 # 14
    ("Saltcote Brewery Bird Proofing", 9, 34, "Sighting", 9000, BIRD, 5, 66),                    # 15
    ("Elmstead Hospital Insect Monitoring", 10, 14, "Treatment Plan", 54000, INS, 1, 27),        # 16
    ("Gildersleeve Rodent Control", 11, 15, "Terms Out", 61000, ROD, 3, 14),                     # 17
    ("Gildersleeve Deep Fogging", 11, 36, "Sighting", 13500, FOG, 3, 80),                        # 18
    ("Tollgate Rodent Control", 12, 4, "Inspection", 132000, ROD, 5, 41),                        # 19
    ("Tollgate Washroom Hygiene", 12, 16, "Treatment Plan", 48000, WASH, 5, 33),                 # 20
    ("Riverbend Cinema Heat Treatment", 13, 5, "Terms Out", 16500, HEAT, 1, 4),                  # 21
    ("Riverbend Cinema Rodent Control", 13, 37, "Went Cold", 7200, ROD, 1, -40),                 # 22
    ("Honeysett Washroom Hygiene", 14, 8, "Treatment Plan", 29000, WASH, 3, 21),                 # 23
    ("Blackthorn Dairy Rodent Control", 15, 18, "Sighting", 11300, ROD, 5, 55),                  # 24
    ("Wyvern Golf Bird Proofing", 16, 19, "Treatment Plan", 31000, BIRD, 5, 17),                 # 25
    ("Wyvern Golf Washrooms", 16, 7, "Secured", 14400, WASH, 1, -60),                            # 26
    ("Cresswell Court Rodent Control", 17, 20, "Inspection", 19500, ROD, 3, -3),                 # 27
    ("Lindfield Noodle Bar Insect Monitoring", 18, 21, "Treatment Plan", 5600, INS, 5, 22),      # 28
    ("Netherby Cookery School Fogging", 19, 22, "Sighting", 8200, FOG, 1, 90),                   # 29
    ("Kelsall Pet Foods Rodent Control", 20, 23, "Sighting", 38000, ROD, 3, 70),                 # 30
    ("Tidemill Bird Proofing", 21, 24, "Inspection", 23000, BIRD, 5, -5),                        # 31
    ("Harrowgate Depot Rodent Control", 22, 25, "Treatment Plan", 96000, ROD, 1, 29),            # 32
    ("Harrowgate Depot Bird Proofing", 22, 42, "Secured", 12000, BIRD, 1, -7),                   # 33
    ("Rookwood Stables Rodent Control", 23, 26, "Sighting", 7400, ROD, 3, 48),                   # 34
    ("Pollard's Insect Monitoring", 24, 27, "Terms Out", 9800, INS, 5, 12),                      # 35
    ("Pollard's Deep Fogging", 24, 27, "Went Cold", 4600, FOG, 5, -90),                          # 36
    ("Greywing Data Hall Monitoring", 25, 28, "Sighting", 23000, INS, 1, 85),                    # 37
]
# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 9 days. The 14/21/28/30/42-day cutoffs all keep at least 3 days' margin.
QUIET = {34: 80, 18: 64, 37: 49, 15: 46, 13: 35, 20: 33, 2: 25, 29: 17}
NO_ACTIVITY = {30}  # a fresh lead nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..42
TASKS = [
    ("Send bait-station map to Benedetta Okonjo", 1, 1, 1, 2, "open"),                           # 1
    ("Send bait-station map to Benedetta Lascelles", 15, 2, 5, 3, "open"),                       # 2
    ("Book follow-up inspection at Tollgate", 19, 4, 5, 1, "open"),                              # 3
    ("Book follow-up inspection at Tollgate", 20, 16, 5, 4, "open"),                             # 4
    ("Send bird-proofing quote to Anneliese Drabble", 3, 9, 3, 5, "open"),                       # 5
    ("Chase Jago Penberthy for the signed terms", 6, 3, 3, -2, "open"),                          # 6
    ("Measure loading bay netting at Hathersage", 7, 30, 3, 6, "open"),                          # 7
    ("Send heat treatment method statement to Ezekiel Bamford", 9, 12, 5, -1, "open"),           # 8
    ("Call Lowri Tregarthen about the mill shutdown dates", 11, 6, 1, 0, "open"),                # 9
    ("Book inspection at Penwortham Leisure Centre", 13, 33, 3, -4, "open"),                     # 10
    ("Send fogging options to Celestine Harcourt", 4, 11, 5, 8, "open"),                         # 11
    ("Arrange washroom audit with Rupinder Gosling", 5, 10, 1, 3, "open"),                       # 12
    ("Send insect monitoring report to Torquil Stansfield", 16, 14, 1, -3, "open"),              # 13
    ("Call Orlagh Brierley about the audit findings", 17, 15, 3, 9, "open"),                     # 14
    ("Chase Jago Winterbottom for the store floor plans", 19, 4, 5, -5, "open"),                 # 15
    ("Send washroom service schedule to Rosalba Wexley", 23, 8, 3, 2, "open"),                   # 16
    ("Book farm walk-round with Barnabas Cheeseman", 24, 18, 5, 11, "open"),                     # 17
    ("Send bird-proofing photos to Yvaine Pocklington", 25, 19, 5, 1, "open"),                   # 18
    ("Collect bin-store access codes from Obadiah Sutcliffe", 27, 20, 3, -6, "open"),            # 19
    ("Send insect monitoring price to Meilin Foxcroft", 28, 21, 5, 5, "open"),                   # 20
    ("Introduce Cuthbert Ramsbottom to the kitchen hygiene plan", 29, 22, 1, 12, "open"),        # 21
    ("Call Gudrun Kellaway about the rodent audit", 30, 23, 3, 15, "open"),                      # 22
    ("Chase Alonzo Threlkeld for the market rota", 31, 24, 5, -2, "open"),                       # 23
    ("Run depot survey at Harrowgate Borough Council", 32, 25, 1, 7, "open"),                    # 24
    ("Send stable rodent plan to Jessamine Royle", 34, 26, 3, 10, "open"),                       # 25
    ("Send contract terms to Godfrey Latimer", 35, 27, 5, 4, "open"),                            # 26
    ("Send data hall monitoring brochure to Sidonie Blakeway", 37, 28, 1, 20, "open"),           # 27
    ("Send Fennick Row Academy the washroom options", 5, 10, 1, 6, "open"),                      # 28
    ("Chase Brightwater Bakery for the pest log", 2, 29, 1, -7, "open"),                         # 29
    ("Invite Piran Tregarthen to the bird-proofing demo", None, 7, 1, 13, "open"),               # 30
    ("Check roof access at Coldharbour Mill", 11, 32, 1, 2, "open"),                             # 31
    ("Remove Emmerich Dunsford from the newsletter list", None, 29, 1, 1, "open"),               # 32
    ("Ask Godfrey Latimer for a testimonial", None, 27, 5, 8, "open"),                           # 33
    ("Send Tollgate the summer wasp plan", 20, 16, 5, 6, "open"),                                # 34
    ("Send welcome pack to Jago Penberthy", 8, 3, 3, -28, "done"),                               # 35
    ("Set up first visit for Saltcote Brewery", 14, 2, 5, -10, "done"),                          # 36
    ("Invoice Wyvern Golf Resort for the washroom setup", 26, 7, 1, -55, "done"),                # 37
    ("Send exit survey to Blodwen Ashworth", 22, 37, 1, -35, "done"),                            # 38
    ("Collect fogging kit from Pollard's", 36, 27, 5, -80, "done"),                              # 39
    ("Set up the Harrowgate netting rota", 33, 42, 1, -5, "done"),                               # 40
    ("Chase Cresswell Court Flats for the purchase order", 27, 39, 3, 3, "open"),                # 41
    ("Call Cosmin Pellegrino about the screen-room treatment", 21, 5, 1, 9, "open"),             # 42
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Sightings call", "Check-in call", "Pricing call"],
            "meeting": ["Site inspection", "Treatment review", "Bait-station walk-round", "Contract meeting"],
            "email": ["Sent quote", "Sent inspection report", "Sent service terms", "Follow-up email"],
            "note": ["Budget signed off", "Talking to another contractor", "Waiting on head office",
                     "Access window agreed"],
            "message": ["Text check-in", "Sent technician ETA", "Confirmed site access"]}

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
    store.con.register("fixture_g_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_g_rows")
    finally:
        store.con.unregister("fixture_g_rows")


def _phone(i: int) -> str:
    return f"+44 113 496 {(i * 457 + 311) % 10000:04d}"


def generate(store: Store, today: dt.date = TODAY, seed: int = 2032) -> dict[str, int]:
    """Fill an empty store with the Quillon Pest & Hygiene data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(9, 15))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture G goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(250, 1000))
            companies.append((i, name, domain, industry, owner, created, created, None, f"qph-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first}.{last}@{domain}".lower()
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, email, _phone(i), title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None, f"qph-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            created = ago(rng.uniform(180, 330) if stage in CLOSED else rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"qph-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"qph-ac-{i:04d}"))

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
            age = 0.02 + 320 * rng.random() ** 2.2
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
                          f"qph-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
