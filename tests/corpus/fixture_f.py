"""Sixth, independent fixture for the evaluation corpus: Ravelin Linen Services, a B2B commercial laundry and
linen-hire company. It hires out bed linen, table linen, towels and chef whites, launders workwear and runs a floor-mat
service for hotels, a golf club, restaurants, a dental practice, a holiday park, a care home, a meat plant, a gym, a
tearoom, a GP surgery, a wedding venue, student halls, a ferry line, a spa, a vet clinic, a caterer, a garage, a hair
salon, a hospice, an inn, a hostel, a poultry plant, a school, a conference centre and a day nursery. Deterministic:
the same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B, C, D and E (users, companies, people, products and pipeline
all differ). Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Ingeborg (Ingeborg Falk at Larchmont Grand Hotel, Ingeborg Raines at Oxbow Fitness) and two
  called Cassius (Cassius Bray at Mossley Holiday Park, Cassius Mott at Hobnail Catering Co); two contacts with the
  last name Ferrier (Lyra at Thimble Street Bistro, Oswin at Skerryvore Ferries); a contact, Fergus Hallam, who shares
  his first name with the rep Fergus Okereke; a contact, Dorcas Mossley, whose last name is the first word of the
  company Mossley Holiday Park (she works at Sorrelwood Care Home);
- two pairs of companies sharing their first words: Larchmont Grand Hotel / Larchmont Golf Club and Thimble Street
  Bistro / Thimble Street Dental;
- companies with two open deals (Larchmont Grand, Mossley, Ellerby Hall, Skerryvore) and companies with one open deal
  plus a closed one;
- two open tasks titled "Confirm sample delivery slot with Skerryvore" and two open "Send par-level sheet to
  Ingeborg ..." tasks.

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2031, 10, 13)  # a Monday
PIPELINE = ["Scouting", "Linen Audit", "Sample Run", "Paperwork", "Onboarded", "Walked Away"]
CLOSED = ("Onboarded", "Walked Away")
DOMAIN = "ravelinlinen.com"

# note: the admin is id 2 and the reviewer id 4; reps are 1, 3 and 5
USERS = [
    (1, "Kasia Wolanski", f"kasia@{DOMAIN}", "rep"),
    (2, "Rowan Ebbesen", f"rowan@{DOMAIN}", "admin"),
    (3, "Fergus Okereke", f"fergus@{DOMAIN}", "rep"),
    (4, "Hedda Marchant", f"hedda@{DOMAIN}", "reviewer"),
    (5, "Tavish Oduro", f"tavish@{DOMAIN}", "rep"),
]
REPS = [1, 3, 5]

PRODUCTS = ["Bed Linen Hire", "Table Linen Hire", "Towel Rental", "Chef Whites Rental", "Workwear Laundering",
            "Floor Mat Service"]
BED, TABLE, TOWEL, CHEF, WORK, MAT = PRODUCTS

# (name, domain, industry, owner) -- ids 1..25 in this order; owners are the reps in turn
COMPANIES = [
    ("Larchmont Grand Hotel", "larchmontgrand.com", "Hospitality", 1),             # 1
    ("Larchmont Golf Club", "larchmontgolf.com", "Leisure", 3),                    # 2
    ("Thimble Street Bistro", "thimblestreetbistro.com", "Restaurants", 5),        # 3
    ("Thimble Street Dental", "thimblestreetdental.com", "Healthcare", 1),         # 4
    ("Mossley Holiday Park", "mossleypark.com", "Tourism", 3),                     # 5
    ("Sorrelwood Care Home", "sorrelwoodcare.org", "Social Care", 5),              # 6
    ("Kilnworth Meat Processors", "kilnworthmeats.com", "Food Processing", 1),     # 7
    ("Oxbow Fitness", "oxbowfitness.com", "Fitness", 3),                           # 8
    ("Tansy Lane Tearooms", "tansylane.com", "Restaurants", 5),                    # 9
    ("Brockhurst Medical Practice", "brockhurstmedical.org", "Healthcare", 1),     # 10
    ("Ellerby Hall Weddings", "ellerbyhall.com", "Events", 3),                     # 11
    ("Ninebarrow Student Living", "ninebarrow.com", "Student Housing", 5),         # 12
    ("Skerryvore Ferries", "skerryvoreferries.com", "Transport", 1),               # 13
    ("Gannet Bay Spa", "gannetbayspa.com", "Hospitality", 3),                      # 14
    ("Ravensmoor Vets", "ravensmoorvets.com", "Veterinary", 5),                    # 15
    ("Hobnail Catering Co", "hobnailcatering.com", "Catering", 1),                 # 16
    ("Alderholt Garage", "alderholtgarage.com", "Automotive", 3),                  # 17
    ("Pipistrelle Hair Studio", "pipistrellehair.com", "Beauty", 5),               # 18
    ("Colvend Hospice", "colvendhospice.org", "Healthcare", 1),                    # 19
    ("Tarnside Inn", "tarnsideinn.com", "Hospitality", 3),                         # 20
    ("Drovers Yard Hostel", "droversyard.com", "Hospitality", 5),                  # 21
    ("Bramling Poultry", "bramlingpoultry.com", "Food Processing", 1),             # 22
    ("Fallowmere School", "fallowmere.org", "Education", 3),                       # 23
    ("Oriel Conference Centre", "orielcentre.com", "Events", 5),                   # 24
    ("Puddleby Day Nursery", "puddlebynursery.com", "Childcare", 1),               # 25
]

# (first, last, company id, title, lifecycle) -- ids 1..46; a contact's owner is its company's owner
CONTACTS = [
    ("Ingeborg", "Falk", 1, "Head of Housekeeping", "opportunity"),          # 1
    ("Ingeborg", "Raines", 8, "Operations Manager", "opportunity"),          # 2
    ("Cassius", "Bray", 5, "Park Manager", "customer"),                      # 3
    ("Cassius", "Mott", 16, "Head Chef", "opportunity"),                     # 4
    ("Fergus", "Hallam", 17, "Workshop Manager", "prospect"),                # 5
    ("Lyra", "Ferrier", 3, "Owner", "opportunity"),                          # 6
    ("Oswin", "Ferrier", 13, "Onboard Services Manager", "prospect"),        # 7
    ("Dorcas", "Mossley", 6, "Home Manager", "opportunity"),                 # 8
    ("Evadne", "Pullar", 2, "Club Secretary", "opportunity"),                # 9
    ("Bartley", "Nuttall", 4, "Practice Manager", "prospect"),               # 10
    ("Jocasta", "Penfold", 7, "Production Director", "opportunity"),         # 11
    ("Hilde", "Bramwell", 9, "Owner", "customer"),                           # 12
    ("Kenver", "Treloar", 10, "Practice Manager", "opportunity"),            # 13
    ("Araminta", "Coles", 11, "Events Director", "opportunity"),             # 14
    ("Corwin", "Achard", 12, "Accommodation Manager", "opportunity"),        # 15
    ("Nell", "Gowrie", 13, "Procurement Lead", "opportunity"),               # 16
    ("Tamar", "Eskdale", 14, "Spa Director", "opportunity"),                 # 17
    ("Ludovic", "Sayle", 15, "Clinic Manager", "prospect"),                  # 18
    ("Maisie", "Grewcock", 16, "Finance Manager", "opportunity"),            # 19
    ("Saffi", "Ruddock", 18, "Salon Owner", "opportunity"),                  # 20
    ("Garnet", "Holroyd", 19, "Facilities Manager", "opportunity"),          # 21
    ("Ianto", "Gwillim", 20, "Landlord", "opportunity"),                     # 22
    ("Vashti", "Okonedo", 21, "Hostel Manager", "prospect"),                 # 23
    ("Digby", "Tranter", 22, "Site Hygiene Manager", "opportunity"),         # 24
    ("Elfrida", "Colquhoun", 23, "Bursar", "opportunity"),                   # 25
    ("Rollo", "Pennycook", 24, "Venue Manager", "opportunity"),              # 26
    ("Clover", "Amesbury", 25, "Nursery Manager", "lead"),                   # 27
    ("Hartley", "Spode", 1, "General Manager", "prospect"),                  # 28
    ("Marigold", "Fennimore", 1, "Finance Director", "lead"),                # 29
    ("Caradoc", "Venn", 5, "Finance Manager", "prospect"),                   # 30
    ("Petronella", "Skeat", 6, "Deputy Manager", "lead"),                    # 31
    ("Dunstan", "Greatorex", 7, "Hygiene Lead", "lead"),                     # 32
    ("Zillah", "Oakshott", 8, "Club Manager", "prospect"),                   # 33
    ("Bevis", "Hanmer", 11, "Owner", "customer"),                            # 34
    ("Kerensa", "Lusk", 12, "Finance Officer", "lead"),                      # 35
    ("Aled", "Roskilly", 13, "Finance Director", "lead"),                    # 36
    ("Peronel", "Ditchfield", 14, "Finance Manager", "lead"),                # 37
    ("Hamza", "Tilsley", 17, "Owner", "opportunity"),                        # 38
    ("Lark", "Ivens", 19, "Finance Officer", "lead"),                        # 39
    ("Crispin", "Eagleton", 20, "Owner", "prospect"),                        # 40
    ("Mabli", "Cadwgan", 22, "Procurement Manager", "prospect"),             # 41
    ("Tybalt", "Gorringe", 24, "Finance Manager", "lead"),                   # 42
    ("Wenna", "Polglase", 2, "Bar and Catering Manager", "lead"),            # 43
    ("Isambard", "Coker", 10, "GP Partner", "lead"),                         # 44
    ("Temperance", "Fothergill", 23, "Catering Manager", "lead"),            # 45
    ("Roswitha", "Kemble", 15, "Head Nurse", "lead"),                        # 46
]

# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..37
DEALS = [
    ("Larchmont Grand Bed Linen Hire", 1, 1, "Sample Run", 84000, BED, 1, 24),                  # 1
    ("Larchmont Grand Towel Rental", 1, 28, "Linen Audit", 36000, TOWEL, 1, 52),                # 2
    ("Larchmont Golf Club Table Linen", 2, 9, "Paperwork", 14500, TABLE, 3, 10),                # 3
    ("Thimble Street Bistro Chef Whites", 3, 6, "Scouting", 10400, CHEF, 5, 66),                 # 4
    ("Thimble Street Dental Tunics", 4, 10, "Linen Audit", 7200, WORK, 1, 38),                  # 5
    ("Mossley Holiday Park Bed Linen", 5, 3, "Paperwork", 126000, BED, 3, 8),                   # 6
    ("Mossley Holiday Park Towels", 5, 30, "Sample Run", 41000, TOWEL, 3, 31),                  # 7
    ("Mossley Holiday Park Floor Mats", 5, 3, "Onboarded", 6400, MAT, 3, -30),                  # 8
    ("Sorrelwood Care Home Bed Linen", 6, 8, "Sample Run", 52000, BED, 5, 19),                  # 9
    ("Kilnworth Workwear Laundering", 7, 11, "Paperwork", 68000, WORK, 1, 6),                   # 10
    ("Kilnworth Floor Mats", 7, 32, "Walked Away", 11000, MAT, 1, -21),                         # 11
    ("Oxbow Fitness Towel Rental", 8, 2, "Linen Audit", 29000, TOWEL, 3, 45),                   # 12
    ("Tansy Lane Table Linen", 9, 12, "Onboarded", 8600, TABLE, 5, -12),                        # 13
    ("Tansy Lane Chef Whites", 9, 12, "Scouting", 4200, CHEF, 5, 72),                           # 14
    ("Brockhurst Scrubs Laundering", 10, 13, "Sample Run", 16500, WORK, 1, 27),                 # 15
    ("Ellerby Hall Banqueting Linen", 11, 14, "Paperwork", 33000, TABLE, 3, 14),                # 16
    ("Ellerby Hall Bridal Suite Linen", 11, 34, "Scouting", 12500, BED, 3, 80),                 # 17
    ("Ninebarrow Halls Bed Linen", 12, 15, "Linen Audit", 148000, BED, 5, 41),                  # 18
    ("Skerryvore Cabin Linen", 13, 16, "Sample Run", 210000, BED, 1, 35),                       # 19
    ("Skerryvore Towel Rental", 13, 7, "Linen Audit", 58000, TOWEL, 1, 60),                     # 20
    ("Gannet Bay Spa Towels", 14, 17, "Paperwork", 47500, TOWEL, 3, 4),                         # 21
    ("Gannet Bay Spa Floor Mats", 14, 37, "Walked Away", 5200, MAT, 3, -40),                    # 22
    ("Ravensmoor Vets Workwear", 15, 18, "Scouting", 6800, WORK, 5, 55),                        # 23
    ("Hobnail Chef Whites", 16, 4, "Sample Run", 23000, CHEF, 5, 17),                           # 24
    ("Hobnail Table Linen", 16, 19, "Onboarded", 19000, TABLE, 1, -60),                         # 25
    ("Alderholt Garage Overalls", 17, 38, "Linen Audit", 8800, WORK, 3, -3),                    # 26
    ("Pipistrelle Salon Towels", 18, 20, "Sample Run", 5600, TOWEL, 5, 22),                     # 27
    ("Colvend Hospice Bed Linen", 19, 21, "Scouting", 39000, BED, 1, 90),                       # 28
    ("Tarnside Inn Bed Linen", 20, 22, "Scouting", 17500, BED, 3, 70),                          # 29
    ("Drovers Yard Bed Linen", 21, 23, "Linen Audit", 21000, BED, 5, -5),                       # 30
    ("Bramling Poultry Workwear", 22, 24, "Sample Run", 74000, WORK, 1, 29),                    # 31
    ("Bramling Poultry Floor Mats", 22, 41, "Onboarded", 9200, MAT, 1, -7),                     # 32
    ("Fallowmere Kitchen Whites", 23, 45, "Scouting", 6200, CHEF, 3, 48),                       # 33
    ("Oriel Banqueting Linen", 24, 26, "Paperwork", 62000, TABLE, 5, 12),                       # 34
    ("Oriel Entrance Mats", 24, 42, "Walked Away", 7400, MAT, 5, -90),                          # 35
    ("Puddleby Cot Linen", 25, 27, "Scouting", 4800, BED, 1, 85),                               # 36
    ("Sorrelwood Staff Workwear", 6, 31, "Onboarded", 27000, WORK, 5, -150),                    # 37
]
# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 9 days. Cutoffs 14/21/28/30/42/56 days all keep at least 3 days' margin.
QUIET = {29: 80, 17: 64, 36: 49, 23: 46, 12: 35, 20: 33, 2: 25, 30: 17}
NO_ACTIVITY = {28}  # a fresh lead nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..42
TASKS = [
    ("Send par-level sheet to Ingeborg Falk", 1, 1, 1, 2, "open"),                               # 1
    ("Send par-level sheet to Ingeborg Raines", 12, 2, 3, 3, "open"),                            # 2
    ("Confirm sample delivery slot with Skerryvore", 19, 16, 1, 1, "open"),                      # 3
    ("Confirm sample delivery slot with Skerryvore", 20, 7, 1, 4, "open"),                       # 4
    ("Send revised table linen prices to Evadne Pullar", 3, 9, 3, 5, "open"),                    # 5
    ("Chase Cassius Bray for the signed hire agreement", 6, 3, 3, -2, "open"),                   # 6
    ("Count towel stock at Mossley Holiday Park", 7, 30, 3, 6, "open"),                          # 7
    ("Send infection-control spec to Dorcas Mossley", 9, 8, 5, -1, "open"),                      # 8
    ("Call Jocasta Penfold about the workwear contract", 10, 11, 1, 0, "open"),                  # 9
    ("Book linen audit at Oxbow Fitness", 12, 33, 3, -4, "open"),                                # 10
    ("Send chef whites sizes to Lyra Ferrier", 4, 6, 5, 8, "open"),                              # 11
    ("Arrange scrubs trial with Kenver Treloar", 15, 13, 1, 3, "open"),                          # 12
    ("Send tablecloth swatches to Araminta Coles", 16, 14, 3, -3, "open"),                       # 13
    ("Call Corwin Achard about term-time volumes", 18, 15, 5, 9, "open"),                        # 14
    ("Chase Nell Gowrie for cabin counts", 19, 16, 1, -5, "open"),                               # 15
    ("Send spa towel samples to Tamar Eskdale", 21, 17, 3, 2, "open"),                           # 16
    ("Book clinic visit with Ludovic Sayle", 23, 18, 5, 11, "open"),                             # 17
    ("Send chef whites trial report to Cassius Mott", 24, 4, 5, 1, "open"),                      # 18
    ("Collect uniform sizes from Hamza Tilsley", 26, 38, 3, -6, "open"),                         # 19
    ("Send towel price list to Saffi Ruddock", 27, 20, 5, 5, "open"),                            # 20
    ("Introduce Garnet Holroyd to the hospice linen scheme", 28, 21, 1, 12, "open"),             # 21
    ("Call Ianto Gwillim about the winter rates", 29, 22, 3, 15, "open"),                        # 22
    ("Chase Vashti Okonedo for the room count", 30, 23, 5, -2, "open"),                          # 23
    ("Run hygiene walk-round at Bramling Poultry", 31, 24, 1, 7, "open"),                        # 24
    ("Send chef whites quote to Temperance Fothergill", 33, 45, 3, 10, "open"),                  # 25
    ("Send banqueting linen plan to Rollo Pennycook", 34, 26, 5, 4, "open"),                     # 26
    ("Send cot linen brochure to Clover Amesbury", 36, 27, 1, 20, "open"),                       # 27
    ("Send Thimble Street Dental the tunic options", 5, 10, 1, 6, "open"),                       # 28
    ("Chase Larchmont Grand for the towel usage data", 2, 28, 1, -7, "open"),                    # 29
    ("Invite Bevis Hanmer to the bridal linen showcase", 17, 34, 3, 13, "open"),                 # 30
    ("Check loading bay access at Kilnworth", 10, 32, 1, 2, "open"),                             # 31
    ("Remove Marigold Fennimore from the newsletter list", None, 29, 1, 1, "open"),              # 32
    ("Ask Hilde Bramwell for a testimonial", None, 12, 5, 8, "open"),                            # 33
    ("Send Ninebarrow the summer storage plan", 18, 35, 5, 6, "open"),                           # 34
    ("Send welcome pack to Cassius Bray", 8, 3, 3, -28, "done"),                                 # 35
    ("Set up first delivery for Tansy Lane", 13, 12, 5, -10, "done"),                            # 36
    ("Invoice Hobnail for the table linen setup", 25, 19, 1, -55, "done"),                       # 37
    ("Send exit survey to Peronel Ditchfield", 22, 37, 3, -35, "done"),                          # 38
    ("Collect mat returns from Oriel", 35, 42, 5, -80, "done"),                                  # 39
    ("Set up the Bramling mat rota", 32, 41, 1, -5, "done"),                                     # 40
    ("Chase Alderholt Garage for the purchase order", 26, 38, 3, 3, "open"),                     # 41
    ("Call Fergus Hallam about overall sizes", 26, 5, 3, 9, "open"),                             # 42
]
N_ACTIVITIES = 420
SUBJECTS = {"call": ["Intro call", "Volumes call", "Check-in call", "Pricing call"],
            "meeting": ["Linen audit walk-round", "Sample review", "Stock count", "Contract meeting"],
            "email": ["Sent price list", "Sent audit report", "Sent hire agreement", "Follow-up email"],
            "note": ["Budget signed off", "Talking to another laundry", "Waiting on head office",
                     "Delivery window agreed"],
            "message": ["Text check-in", "Sent van ETA", "Confirmed delivery bay"]}

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
    store.con.register("fixture_f_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_f_rows")
    finally:
        store.con.unregister("fixture_f_rows")


def _phone(i: int) -> str:
    return f"+44 161 496 {(i * 389 + 127) % 10000:04d}"


def generate(store: Store, today: dt.date = TODAY, seed: int = 2031) -> dict[str, int]:
    """Fill an empty store with the Ravelin Linen Services data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(9, 15))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture F goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(250, 1000))
            companies.append((i, name, domain, industry, owner, created, created, None, f"rls-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first}.{last}@{domain}".lower()
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, email, _phone(i), title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None, f"rls-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            created = ago(rng.uniform(180, 330) if stage in CLOSED else rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"rls-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"rls-ac-{i:04d}"))

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
                          f"rls-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
