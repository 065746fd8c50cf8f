"""Thirteenth, independent fixture for the evaluation corpus: Hollowmere Apiaries, a commercial beekeeping and
pollination service. It rents hives to orchards and growers for pollination, keeps rooftop hives for offices, hotels
and hospitals, removes swarms for councils and railways, supplies honey to shops, delis, a supermarket chain, a mead
maker and a skincare brand, runs beekeeping workshops for schools, hotels and festivals, and surveys pollinator habitat
for a golf club, a university, a solar park and a housebuilder. Deterministic: the same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B-L (users, companies, people, products and pipeline all differ).
Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Amaia (Amaia Etxeberria at Cherrybank Orchards, Amaia Zubizarreta at Sibford Pear Growers) and two
  called Tevita (Tevita Havea at Hatherden Steam Railway, Tevita Moala at Brantham Zoo); two contacts with the last name
  Urbaniak (Kinga at Alderwick Grand Hotel, Zbigniew at Harrowden Homes); a contact, Itziar Olaizola, who shares her
  first name with the rep Itziar Goikoetxea; a contact, Ngaio Kersey, whose last name is the first word of the company
  Kersey Mead Company (she works at Brightling Market);
- two pairs of companies sharing their first word: Cherrybank Orchards / Cherrybank Cider Works and Marlpit Golf Club /
  Marlpit Garden Centre;
- companies with two open deals (Cherrybank Orchards, Pendleford Seed Company, Alderwick Grand Hotel, Marlpit Garden
  Centre, Wolvey District Council, Tolland University, Harrowden Homes, Brightling Market) and companies with one open
  deal plus a closed one (Saxtead Blueberry Farm, Ottery Vale Vineyard, Kersey Mead Company, Stanwick Solar Park);
- two open deals whose names end in "Honey Supply" (Cherrybank Cider Honey Supply, Kersey Mead Honey Supply);
- an account whose owner is not the owner of one of its open deals (Brightling Market is Wiremu's; Brightling Market
  Own-Label Honey is Itziar's);
- two open tasks titled "Drop off hive stands at Cherrybank Orchards" and two open "Send pollination contract to
  Amaia ..." tasks.

The stage names are chosen to collide with ordinary words of the trade: an orchard is "flowering", a beekeeper does a
"hive check", a rep has "priced" a swarm call-out, an invoice is "settled", hives are "placed" on a roof, and a colony
"swarmed" (the product Swarm Removal shares the word).

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2041, 5, 17)  # a Friday
PIPELINE = ["Flowering", "Hive Check", "Priced", "Settled", "Placed", "Swarmed"]
CLOSED = ("Placed", "Swarmed")
DOMAIN = "hollowmere-apiaries.com"

# note: the admin is id 3 and the reviewer id 5; reps are 1, 2 and 4
USERS = [
    (1, "Wiremu Tautahi", f"wiremu@{DOMAIN}", "rep"),
    (2, "Itziar Goikoetxea", f"itziar@{DOMAIN}", "rep"),
    (3, "Orsolya Fekete", f"orsolya@{DOMAIN}", "admin"),
    (4, "Levente Halmi", f"levente@{DOMAIN}", "rep"),
    (5, "Teuila Fonoti", f"teuila@{DOMAIN}", "reviewer"),
]
REPS = [1, 2, 4]

PRODUCTS = ["Pollination", "Rooftop Hives", "Swarm Removal", "Honey", "Workshops", "Habitat Survey"]
POL, RH, SR, HON, WS, HS = PRODUCTS

# (name, domain, industry, owner) -- ids 1..25 in this order; owners are the reps in turn (1, 2, 4, 1, ...)
COMPANIES = [
    ("Cherrybank Orchards", "cherrybankorchards.co.uk", "Fruit Growing", 1),       # 1
    ("Cherrybank Cider Works", "cherrybankcider.co.uk", "Cider Making", 2),        # 2
    ("Saxtead Blueberry Farm", "saxteadblueberries.co.uk", "Soft Fruit", 4),       # 3
    ("Ottery Vale Vineyard", "otteryvale.wine", "Vineyards", 1),                   # 4
    ("Pendleford Seed Company", "pendlefordseeds.com", "Seed Production", 2),      # 5
    ("Alderwick Grand Hotel", "alderwickgrand.com", "Hotels", 4),                  # 6
    ("Sallowfield Bank", "sallowfieldbank.com", "Banking", 1),                     # 7
    ("Marlpit Golf Club", "marlpitgolf.co.uk", "Golf", 2),                         # 8
    ("Marlpit Garden Centre", "marlpitgardens.co.uk", "Garden Centres", 4),        # 9
    ("Wolvey District Council", "wolvey.gov.uk", "Local Government", 1),           # 10
    ("Ravensworth Academy", "ravensworthacademy.org.uk", "Schools", 2),            # 11
    ("Tolland University", "tolland.ac.uk", "Higher Education", 4),                # 12
    ("Wickhamford Farm Shop", "wickhamfordfarmshop.co.uk", "Farm Retail", 1),      # 13
    ("Pettigo Delis", "pettigodelis.com", "Delicatessens", 2),                     # 14
    ("Kersey Mead Company", "kerseymead.co.uk", "Mead Making", 4),                 # 15
    ("Hatherden Steam Railway", "hatherdenrailway.org.uk", "Heritage Rail", 1),    # 16
    ("Stanwick Solar Park", "stanwicksolar.com", "Renewable Energy", 2),           # 17
    ("Harrowden Homes", "harrowdenhomes.co.uk", "Housebuilding", 4),               # 18
    ("Lenwade General Hospital", "lenwade.nhs.uk", "Hospitals", 1),                # 19
    ("Fernhurst Cathedral", "fernhurstcathedral.org", "Cathedrals", 2),            # 20
    ("Amberlow Skincare", "amberlow.com", "Cosmetics", 4),                         # 21
    ("Brightling Market", "brightlingmarket.com", "Supermarkets", 1),              # 22
    ("Sibford Pear Growers", "sibfordpears.co.uk", "Fruit Co-operative", 2),       # 23
    ("Brantham Zoo", "branthamzoo.org", "Zoos", 4),                                # 24
    ("Kelmscott Folk Festival", "kelmscottfolk.com", "Festivals", 1),              # 25
]

# (first, last, company id, title, lifecycle) -- ids 1..45; a contact's owner is its company's owner
CONTACTS = [
    ("Amaia", "Etxeberria", 1, "Orchard Manager", "opportunity"),                 # 1
    ("Amaia", "Zubizarreta", 23, "Co-op Secretary", "opportunity"),               # 2
    ("Tevita", "Havea", 16, "Estates Manager", "prospect"),                       # 3
    ("Tevita", "Moala", 24, "Head of Conservation", "opportunity"),               # 4
    ("Kinga", "Urbaniak", 6, "Head Chef", "opportunity"),                         # 5
    ("Zbigniew", "Urbaniak", 18, "Sustainability Manager", "opportunity"),        # 6
    ("Itziar", "Olaizola", 14, "Buying Manager", "opportunity"),                  # 7
    ("Ngaio", "Kersey", 22, "Category Buyer", "opportunity"),                     # 8
    ("Mikel", "Arregi", 2, "Head Cidermaker", "opportunity"),                     # 9
    ("Szabolcs", "Vamos", 3, "Farm Manager", "customer"),                         # 10
    ("Rewi", "Paewai", 4, "Vineyard Manager", "opportunity"),                     # 11
    ("Grazyna", "Pietrzak", 5, "Production Director", "opportunity"),             # 12
    ("Ander", "Uriarte", 7, "Facilities Director", "opportunity"),                # 13
    ("Boglarka", "Somogyi", 8, "Course Manager", "prospect"),                     # 14
    ("Huia", "Tamihana", 9, "Events Manager", "opportunity"),                     # 15
    ("Wincenty", "Sikora", 10, "Environmental Health Officer", "opportunity"),    # 16
    ("Leire", "Azkarate", 11, "Science Lead", "opportunity"),                     # 17
    ("Dorottya", "Kertesz", 12, "Ecology Lecturer", "opportunity"),               # 18
    ("Sione", "Latu", 13, "Owner", "customer"),                                   # 19
    ("Teofil", "Maciejewski", 15, "Meadmaker", "opportunity"),                    # 20
    ("Edurne", "Zabaleta", 17, "Site Ecologist", "opportunity"),                  # 21
    ("Vilmos", "Fodor", 19, "Estates Manager", "opportunity"),                    # 22
    ("Mereana", "Waaka", 20, "Chapter Clerk", "prospect"),                        # 23
    ("Radoslaw", "Michalak", 21, "Product Developer", "opportunity"),             # 24
    ("Kahurangi", "Potaka", 25, "Festival Director", "customer"),                 # 25
    ("Gorka", "Lizarazu", 1, "Farm Director", "lead"),                            # 26
    ("Emese", "Barany", 6, "Sustainability Lead", "lead"),                        # 27
    ("Piripi", "Katene", 10, "Parks Officer", "lead"),                            # 28
    ("Celina", "Wieczorek", 18, "Planning Manager", "lead"),                      # 29
    ("Oihana", "Elorza", 22, "Sustainability Manager", "lead"),                   # 30
    ("Semisi", "Tupou", 12, "Grounds Manager", "lead"),                           # 31
    ("Nandor", "Lakatos", 7, "Office Manager", "lead"),                           # 32
    ("Malia", "Fifita", 9, "Buyer", "lead"),                                      # 33
    ("Haizea", "Mendizabal", 5, "Trials Manager", "lead"),                        # 34
    ("Ksawery", "Kubiak", 19, "Sustainability Officer", "lead"),                  # 35
    ("Kiri", "Tomoana", 24, "Education Officer", "lead"),                         # 36
    ("Aitor", "Garmendia", 15, "Sales Director", "prospect"),                     # 37
    ("Zsofia", "Racz", 21, "Buyer", "lead"),                                      # 38
    ("Tamati", "Herewini", 11, "Business Manager", "lead"),                       # 39
    ("Bozena", "Kolodziej", 17, "Asset Manager", "lead"),                         # 40
    ("Ibai", "Urrutia", 13, "Shop Manager", "lead"),                              # 41
    ("Reka", "Toth", 14, "Marketing Manager", "prospect"),                        # 42
    ("Wairua", "Tapsell", 20, "Head Verger", "lead"),                             # 43
    ("Izaro", "Aranburu", 23, "Grower Liaison", "lead"),                          # 44
    ("Balint", "Gulyas", 8, "Club Secretary", "lead"),                            # 45
]

FL, HC, PR, ST, WON, LOST = PIPELINE
# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..38
DEALS = [
    ("Cherrybank Orchards Apple Pollination", 1, 1, PR, 18400, POL, 1, 26),        # 1
    ("Cherrybank Orchards Plum Pollination", 1, 26, HC, 7200, POL, 1, 41),         # 2
    ("Cherrybank Cider Honey Supply", 2, 9, FL, 5400, HON, 2, 49),                 # 3
    ("Saxtead Blueberry Pollination", 3, 10, ST, 12750, POL, 4, 8),                # 4
    ("Saxtead Staff Workshops", 3, 10, WON, 1800, WS, 4, -12),                     # 5
    ("Ottery Vale Habitat Survey", 4, 11, HC, 4600, HS, 1, 33),                    # 6
    ("Pendleford Seed Trial Pollination", 5, 12, PR, 22500, POL, 2, 19),           # 7
    ("Pendleford Field Margin Survey", 5, 34, FL, 3900, HS, 2, 58),                # 8
    ("Alderwick Grand Rooftop Hives", 6, 27, PR, 9800, RH, 4, 22),                 # 9
    ("Alderwick Grand Breakfast Honey", 6, 5, HC, 6300, HON, 4, 37),               # 10
    ("Alderwick Grand Guest Workshops", 6, 27, WON, 2600, WS, 4, -20),             # 11
    ("Sallowfield Bank Rooftop Hives", 7, 13, ST, 14200, RH, 1, 12),               # 12
    ("Marlpit Golf Club Wildflower Survey", 8, 14, FL, 5100, HS, 2, 44),           # 13
    ("Marlpit Garden Centre Honey Stock", 9, 33, PR, 8700, HON, 4, 28),            # 14
    ("Marlpit Garden Centre Beekeeping Workshops", 9, 15, HC, 3200, WS, 4, 35),    # 15
    ("Wolvey Council Swarm Callouts", 10, 16, ST, 11600, SR, 1, 5),                # 16
    ("Wolvey Council Parks Habitat Survey", 10, 28, HC, 6900, HS, 1, 47),          # 17
    ("Ravensworth Academy Bee Workshops", 11, 17, PR, 2900, WS, 2, 30),            # 18
    ("Tolland University Pollinator Survey", 12, 18, ST, 16800, HS, 4, 14),        # 19
    ("Tolland University Campus Hives", 12, 31, FL, 7600, RH, 4, 62),              # 20
    ("Wickhamford Farm Shop Honey", 13, 19, WON, 4100, HON, 1, -7),                # 21
    ("Pettigo Delis Honey Range", 14, 7, PR, 13500, HON, 2, 24),                   # 22
    ("Kersey Mead Honey Supply", 15, 20, HC, 19200, HON, 4, 31),                   # 23
    ("Kersey Mead Tasting Workshops", 15, 37, LOST, 2200, WS, 4, -26),             # 24
    ("Hatherden Railway Swarm Removal", 16, 3, PR, 4800, SR, 1, 17),               # 25
    ("Stanwick Solar Meadow Survey", 17, 21, FL, 8200, HS, 2, 52),                 # 26
    ("Stanwick Solar Park Hives", 17, 40, LOST, 10400, RH, 2, -38),                # 27
    ("Harrowden Homes Biodiversity Survey", 18, 6, PR, 12300, HS, 4, -4),          # 28
    ("Harrowden Homes Show Home Hives", 18, 29, FL, 5800, RH, 4, 56),              # 29
    ("Lenwade Hospital Rooftop Hives", 19, 22, HC, 8900, RH, 1, 39),               # 30
    ("Fernhurst Cathedral Roof Hives", 20, 23, FL, 4400, RH, 2, 66),               # 31
    ("Amberlow Beeswax Supply", 21, 24, ST, 15900, HON, 4, -2),          # 32
    ("Brightling Market Own-Label Honey", 22, 8, PR, 36000, HON, 2, 21),           # 33
    ("Brightling Market Store Hives", 22, 30, FL, 9200, RH, 1, 71),                # 34
    ("Sibford Pear Pollination", 23, 2, ST, 21400, POL, 2, 10),                    # 35
    ("Brantham Zoo Education Workshops", 24, 36, FL, 3600, WS, 4, 80),             # 36
    ("Kelmscott Festival Workshops", 25, 25, WON, 3300, WS, 1, -30),               # 37
    ("Ottery Vale Vineyard Pollination", 4, 11, LOST, 8800, POL, 1, -355),         # 38
]

# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 1-9 days. The 14/21/28/42/56-day cutoffs all keep at least 2 days' margin.
QUIET = {31: 95, 13: 64, 8: 50, 20: 46, 6: 38, 17: 34, 29: 25, 26: 17}
NO_ACTIVITY = {36}  # a fresh enquiry nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..42
TASKS = [
    ("Drop off hive stands at Cherrybank Orchards", 1, 1, 1, 3, "open"),                     # 1
    ("Drop off hive stands at Cherrybank Orchards", 2, 26, 1, 6, "open"),                    # 2
    ("Send pollination contract to Amaia Etxeberria", 1, 1, 1, 2, "open"),                   # 3
    ("Send pollination contract to Amaia Zubizarreta", 35, 2, 2, -3, "open"),                # 4
    ("Confirm hive numbers with Szabolcs Vamos", 4, 10, 4, -2, "open"),                      # 5
    ("Send habitat survey scope to Rewi Paewai", 6, 11, 1, 4, "open"),                       # 6
    ("Chase Grazyna Pietrzak for the trial plot map", 7, 12, 2, -5, "open"),                 # 7
    ("Send rooftop hive proposal to Emese Barany", 9, 27, 4, -1, "open"),                    # 8
    ("Call Kinga Urbaniak about breakfast honey volumes", 10, 5, 4, 0, "open"),              # 9
    ("Book roof access survey at Sallowfield Bank", 12, 13, 1, -3, "open"),                  # 10
    ("Send wildflower seed list to Boglarka Somogyi", 13, 14, 2, 9, "open"),                 # 11
    ("Send honey price list to Malia Fifita", 14, 33, 4, 2, "open"),                         # 12
    ("Confirm workshop dates with Huia Tamihana", 15, 15, 4, -6, "open"),                    # 13
    ("Send swarm callout rota to Wincenty Sikora", 16, 16, 1, 1, "open"),                    # 14
    ("Send workshop risk assessment to Leire Azkarate", 18, 17, 2, -2, "open"),              # 15
    ("Chase Dorottya Kertesz for the survey transects", 19, 18, 4, 5, "open"),               # 16
    ("Send mead honey spec to Teofil Maciejewski", 23, 20, 4, -4, "open"),                   # 17
    ("Call Tevita Havea about the signal box swarm", 25, 3, 1, -1, "open"),                  # 18
    ("Send meadow survey quote to Edurne Zabaleta", 26, 21, 2, 7, "open"),                   # 19
    ("Send biodiversity report sample to Zbigniew Urbaniak", 28, 6, 4, -7, "open"),          # 20
    ("Call Vilmos Fodor about roof access", 30, 22, 1, 10, "open"),                          # 21
    ("Send beeswax certificates to Radoslaw Michalak", 32, 24, 4, 3, "open"),                # 22
    ("Send own-label honey mock-ups to Ngaio Kersey", 33, 8, 2, -3, "open"),                 # 23
    ("Ask Sione Latu about a second honey order", None, 19, 1, 12, "open"),                  # 24
    ("Send hive inspection report to Grazyna Pietrzak", 7, 12, 2, 4, "open"),                # 25
    ("Send school workshop pack to Kiri Tomoana", 36, 36, 4, 8, "open"),                     # 26
    ("Call Mereana Waaka about the cathedral roof", 31, 23, 2, 11, "open"),                  # 27
    ("Send hive placement plan to Celina Wieczorek", 29, 29, 4, 13, "open"),                 # 28
    ("Invite Tamati Herewini to the open apiary day", None, 39, 2, 15, "open"),              # 29
    ("Send campus hive brochure to Semisi Tupou", 20, 31, 4, 6, "open"),                     # 30
    ("Confirm next year's festival dates with Kahurangi Potaka", None, 25, 1, 18, "open"),   # 31
    ("Chase Mikel Arregi about cider honey volumes", 3, 9, 2, -8, "open"),                   # 32
    ("Send store hive proposal to Oihana Elorza", 34, 30, 1, 4, "open"),                     # 33
    ("Ask Tevita Moala about the meadow enclosure", None, 4, 4, 9, "open"),                  # 34
    ("Check plum blossom dates with Gorka Lizarazu", 2, 26, 1, -2, "open"),                  # 35
    ("Call Ander Uriarte about the roof lease", 12, 13, 1, 7, "open"),                       # 36
    ("Deliver workshop kits to Saxtead", 5, 10, 4, -14, "done"),                             # 37
    ("Send guest workshop invoice to Emese Barany", 11, 27, 4, -19, "done"),                 # 38
    ("Deliver first honey order to Wickhamford", 21, 19, 1, -9, "done"),                     # 39
    ("Send festival workshop invoice to Kahurangi Potaka", 37, 25, 1, -28, "done"),          # 40
    ("Send tasting workshop quote to Aitor Garmendia", 24, 37, 4, -30, "done"),              # 41
    ("Send beeswax samples to Zsofia Racz", 32, 38, 4, 5, "open"),                           # 42
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Season planning call", "Check-in call", "Pricing call"],
            "meeting": ["Site walk", "Apiary visit", "Tasting session", "Review meeting"],
            "email": ["Sent quote", "Sent hive plan", "Sent contract", "Follow-up email"],
            "note": ["Budget approved", "Comparing two beekeepers", "Waiting on site map", "Bloom date agreed"],
            "message": ["Text check-in", "Sent photos of the hives", "Confirmed delivery slot"]}

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
    store.con.register("fixture_m_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_m_rows")
    finally:
        store.con.unregister("fixture_m_rows")


def _phone(i: int) -> str:
    return f"01632 960 {(i * 257 + 41) % 1000:03d}"  # Ofcom drama range


def _email(first: str, last: str, domain: str) -> str:
    return f"{first[0]}{last}@{domain}".lower()


def generate(store: Store, today: dt.date = TODAY, seed: int = 2041) -> dict[str, int]:
    """Fill an empty store with the Hollowmere Apiaries data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(8, 40))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture M goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(300, 1100))
            companies.append((i, name, domain, industry, owner, created, created, None, f"hma-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, _email(first, last, domain), _phone(i), title, ci, COMPANIES[ci - 1][3],
                             stage, created, created, None, f"hma-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            if stage in CLOSED:  # created some weeks before it closed
                created = ago(max(rng.uniform(200, 330), -days + rng.uniform(30, 90)))
            else:
                created = ago(rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"hma-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"hma-ac-{i:04d}"))

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
                          f"hma-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
