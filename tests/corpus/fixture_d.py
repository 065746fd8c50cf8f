"""Fourth, independent fixture for the evaluation corpus: Halyard Network Services, a managed IT services and
office-network installer selling Wi-Fi, structured cabling, firewalls, helpdesk plans, backup and VoIP phones to
clinics, schools, law firms, warehouses and small offices. Deterministic: the same database for the same `today`.

Nothing here is shared with data/demo.py, fixture_b.py or fixture_c.py (users, companies, people, products and
pipeline all differ). Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Imelda (Imelda Castell at Ashgrove Family Clinic, Imelda Thwaite at Kingsbury Legal) and
  two called Desmond (Desmond Okwu at Wharfside Logistics, Desmond Feeney at Fernhollow Academy); two contacts
  with the last name Tremaine (Barnaby at Ridgeback Freight Depot, Lucan at Kingsbury Cold Storage); a contact,
  Emeka Nwosu, who shares his first name with the rep Emeka Adeyemi;
- two pairs of companies sharing a first word: Ashgrove Family Clinic / Ashgrove Primary School and
  Kingsbury Legal / Kingsbury Cold Storage;
- several companies with two open deals (Ashgrove Family Clinic, Wharfside, Kingsbury Legal, Fernhollow,
  Greyfriars, Thistledown) and companies with one open deal plus a closed one;
- two open tasks titled "Chase signed quote from Kingsbury Legal" and two open "Send Wi-Fi heatmap to
  Desmond ..." tasks.

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2029, 10, 16)  # a Tuesday
PIPELINE = ["Intake", "Assessment", "Quoted", "Procurement", "Installed", "Dropped"]
CLOSED = ("Installed", "Dropped")
DOMAIN = "halyardnet.io"

# note: the reviewer is id 3 and the admin id 5; reps are 1, 2 and 4
USERS = [
    (1, "Thandiwe Mokoena", f"thandiwe@{DOMAIN}", "rep"),
    (2, "Casimir Nowak", f"casimir@{DOMAIN}", "rep"),
    (3, "Ysolde Brandt", f"ysolde@{DOMAIN}", "reviewer"),
    (4, "Emeka Adeyemi", f"emeka@{DOMAIN}", "rep"),
    (5, "Henrike Solberg", f"henrike@{DOMAIN}", "admin"),
]
REPS = [1, 2, 4]

PRODUCTS = ["Managed Wi-Fi", "Structured Cabling", "Firewall & VPN", "Helpdesk Plan", "Backup & Recovery",
            "VoIP Phones"]

# (name, domain, industry, owner) -- ids 1..21 in this order
COMPANIES = [
    ("Ashgrove Family Clinic", "ashgroveclinic.com", "Healthcare", 1),          # 1
    ("Ashgrove Primary School", "ashgroveprimary.org", "Education", 2),         # 2
    ("Quillfeather & Rowe LLP", "quillfeatherrowe.com", "Legal", 4),            # 3
    ("Wharfside Logistics", "wharfsidelogistics.com", "Warehousing", 1),        # 4
    ("Brindle Dental Group", "brindledental.com", "Healthcare", 2),             # 5
    ("Kingsbury Legal", "kingsburylegal.com", "Legal", 4),                      # 6
    ("Kingsbury Cold Storage", "kingsburycold.com", "Warehousing", 1),          # 7
    ("Fernhollow Academy", "fernhollow.edu", "Education", 2),                   # 8
    ("Greyfriars Veterinary Hospital", "greyfriarsvet.com", "Veterinary", 4),   # 9
    ("Pell & Strand Accountants", "pellstrand.com", "Accounting", 1),           # 10
    ("Ridgeback Freight Depot", "ridgebackfreight.com", "Warehousing", 2),      # 11
    ("Cobblestone Physio", "cobblestonephysio.com", "Healthcare", 4),           # 12
    ("Lanternfish Design Studio", "lanternfish.design", "Design", 1),           # 13
    ("Thistledown Community College", "thistledown.ac", "Education", 2),        # 14
    ("Ottoline Street Surgery", "ottolinesurgery.org", "Healthcare", 4),        # 15
    ("Gallowglass Property Group", "gallowglassprop.com", "Real Estate", 1),    # 16
    ("Sunnybank Montessori", "sunnybankmontessori.org", "Education", 2),        # 17
    ("Verity Lane Notaries", "veritylane.law", "Legal", 4),                     # 18
    ("Stonecrop Self Storage", "stonecropstorage.com", "Warehousing", 1),       # 19
    ("Pomeroy Eye Centre", "pomeroyeye.com", "Healthcare", 2),                  # 20
    ("Duskwood Charity Trust", "duskwoodtrust.org", "Nonprofit", 4),            # 21
]

# (first, last, company id, title, lifecycle) -- ids 1..60 in this order; a contact's owner is its company's owner
CONTACTS = [
    ("Imelda", "Castell", 1, "Practice Manager", "opportunity"),            # 1
    ("Imelda", "Thwaite", 6, "Office Manager", "opportunity"),              # 2
    ("Desmond", "Okwu", 4, "Operations Director", "customer"),              # 3
    ("Desmond", "Feeney", 8, "IT Coordinator", "opportunity"),              # 4
    ("Emeka", "Nwosu", 20, "Clinic Administrator", "prospect"),             # 5
    ("Rupert", "Osei", 1, "Lead GP", "prospect"),                           # 6
    ("Philippa", "Grange", 2, "Business Manager", "opportunity"),           # 7
    ("Anselm", "Kirchner", 3, "Managing Partner", "opportunity"),           # 8
    ("Beatrix", "Onwuka", 4, "Site Supervisor", "prospect"),                # 9
    ("Clement", "Ferrand", 5, "Practice Owner", "customer"),                # 10
    ("Rosamund", "Mbatha", 6, "Senior Partner", "prospect"),                # 11
    ("Ottilie", "Brandvold", 7, "Facilities Manager", "lead"),              # 12
    ("Lorcan", "Whitlock", 8, "Bursar", "opportunity"),                     # 13
    ("Zainab", "Kurtz", 9, "Hospital Manager", "opportunity"),              # 14
    ("Florian", "Dusek", 9, "Head Vet", "prospect"),                        # 15
    ("Mirela", "Stanescu", 10, "Office Manager", "opportunity"),            # 16
    ("Barnaby", "Tremaine", 11, "Depot Manager", "opportunity"),            # 17
    ("Hester", "Quinlan", 12, "Clinic Director", "customer"),               # 18
    ("Tobias", "Renwick", 13, "Studio Lead", "opportunity"),                # 19
    ("Wilhelmina", "Cho", 14, "Head of Estates", "opportunity"),            # 20
    ("Bartholomew", "Eze", 14, "IT Director", "prospect"),                  # 21
    ("Soraya", "Benali", 15, "Practice Manager", "opportunity"),            # 22
    ("Leopold", "Garrick", 16, "Property Manager", "opportunity"),          # 23
    ("Clementine", "Roux", 17, "Head Teacher", "customer"),                 # 24
    ("Augustin", "Varley", 18, "Notary", "lead"),                           # 25
    ("Magnus", "Holloway", 19, "Site Manager", "customer"),                 # 26
    ("Ngozi", "Adebayo", 20, "Practice Manager", "opportunity"),            # 27
    ("Seraphina", "Kowal", 21, "Operations Lead", "prospect"),              # 28
    ("Idris", "Pembridge", 3, "IT Contact", "prospect"),                    # 29
    ("Valentina", "Strozzi", 4, "Finance Manager", "opportunity"),          # 30
    ("Ambrose", "Tiller", 2, "Headteacher", "prospect"),                    # 31
    ("Henrietta", "Voss", 5, "Practice Manager", "opportunity"),            # 32
    ("Cyprian", "Malley", 6, "IT Partner", "opportunity"),                  # 33
    ("Dorothea", "Keane", 8, "Librarian", "prospect"),                      # 34
    ("Lysander", "Quayle", 10, "Partner", "prospect"),                      # 35
    ("Marguerite", "Oyelowo", 11, "Safety Officer", "lead"),                # 36
    ("Osmund", "Stroud", 12, "Office Manager", "prospect"),                 # 37
    ("Jacinta", "Morrow", 13, "Producer", "lead"),                          # 38
    ("Faisal", "Rahimi", 14, "Procurement Officer", "opportunity"),         # 39
    ("Greer", "Maddox", 15, "GP Partner", "prospect"),                      # 40
    ("Tiberius", "Wald", 16, "Facilities Coordinator", "lead"),             # 41
    ("Margery", "Pilcher", 17, "Bursar", "opportunity"),                    # 42
    ("Osric", "Thorne", 18, "Office Administrator", "prospect"),            # 43
    ("Delphine", "Arnaud", 19, "Office Manager", "opportunity"),            # 44
    ("Rohan", "Bhatt", 20, "IT Lead", "prospect"),                          # 45
    ("Winifred", "Okoro", 21, "Trustee", "lead"),                           # 46
    ("Lucan", "Tremaine", 7, "Warehouse Supervisor", "prospect"),           # 47
    ("Elspeth", "Morcombe", 7, "Finance Director", "opportunity"),          # 48
    ("Cormac", "Dillane", 9, "Practice Administrator", "opportunity"),      # 49
    ("Saskia", "Vermeer", 1, "Reception Lead", "customer"),                 # 50
    ("Horatio", "Blum", 5, "Dentist", "prospect"),                          # 51
    ("Agnieszka", "Wrobel", 11, "Finance Officer", "prospect"),             # 52
    ("Bronwen", "Tully", 3, "Office Manager", "opportunity"),               # 53
    ("Thaddeus", "Crane", 15, "IT Support", "lead"),                        # 54
    ("Petra", "Lindahl", 12, "Physio Lead", "customer"),                    # 55
    ("Ruben", "Castillo", 19, "Owner", "customer"),                         # 56
    ("Nadia", "Farouk", 21, "Finance Officer", "opportunity"),              # 57
    ("Aurora", "Delgado", 16, "Office Manager", "prospect"),                # 58
    ("Jasper", "Holm", 2, "IT Technician", "lead"),                         # 59
    ("Marta", "Ilves", 10, "Finance Assistant", "lead"),                    # 60
]

# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..35
DEALS = [
    ("Ashgrove Clinic Wi-Fi Refresh", 1, 1, "Quoted", 24000, "Managed Wi-Fi", 1, 17),                 # 1
    ("Ashgrove Clinic Helpdesk Plan", 1, 6, "Assessment", 18000, "Helpdesk Plan", 1, 45),             # 2
    ("Ashgrove Primary Classroom Cabling", 2, 7, "Procurement", 31000, "Structured Cabling", 2, 9),    # 3
    ("Quillfeather Firewall Upgrade", 3, 8, "Quoted", 14500, "Firewall & VPN", 4, 24),               # 4
    ("Wharfside Warehouse Wi-Fi", 4, 3, "Procurement", 56000, "Managed Wi-Fi", 1, 6),                 # 5
    ("Wharfside Dock Office VoIP", 4, 30, "Intake", 9200, "VoIP Phones", 1, 60),                      # 6
    ("Wharfside Backup Rollout", 4, 3, "Installed", 12800, "Backup & Recovery", 1, -50),              # 7
    ("Brindle Dental Backup & Recovery", 5, 10, "Installed", 15600, "Backup & Recovery", 2, -30),     # 8
    ("Brindle Dental Helpdesk Plan", 5, 32, "Quoted", 21600, "Helpdesk Plan", 2, 20),                 # 9
    ("Kingsbury Legal Firewall & VPN", 6, 2, "Assessment", 19500, "Firewall & VPN", 4, 35),           # 10
    ("Kingsbury Legal VoIP Migration", 6, 33, "Quoted", 27000, "VoIP Phones", 4, 12),                 # 11
    ("Kingsbury Cold Storage Cabling", 7, 48, "Intake", 42000, "Structured Cabling", 1, 70),          # 12
    ("Fernhollow Campus Wi-Fi", 8, 4, "Quoted", 88000, "Managed Wi-Fi", 2, 14),                       # 13
    ("Fernhollow Library Cabling", 8, 34, "Assessment", 16400, "Structured Cabling", 2, 40),          # 14
    ("Greyfriars Vet Backup & Recovery", 9, 14, "Intake", 8600, "Backup & Recovery", 4, 50),          # 15
    ("Greyfriars Vet Phone System", 9, 49, "Procurement", 13200, "VoIP Phones", 4, 3),                # 16
    ("Pell & Strand Helpdesk Plan", 10, 16, "Assessment", 11400, "Helpdesk Plan", 1, 28),             # 17
    ("Ridgeback Depot Wi-Fi", 11, 17, "Quoted", 47000, "Managed Wi-Fi", 2, 19),                       # 18
    ("Ridgeback Yard Camera Cabling", 11, 36, "Dropped", 22000, "Structured Cabling", 2, -40),        # 19
    ("Cobblestone Physio Firewall", 12, 18, "Intake", 6800, "Firewall & VPN", 4, 55),                 # 20
    ("Lanternfish Studio Backup", 13, 19, "Quoted", 7400, "Backup & Recovery", 1, -5),                # 21
    ("Thistledown Lecture Hall Wi-Fi", 14, 21, "Procurement", 125000, "Managed Wi-Fi", 2, 25),        # 22
    ("Thistledown Helpdesk Plan", 14, 39, "Intake", 36000, "Helpdesk Plan", 2, 80),                   # 23
    ("Ottoline Surgery VoIP Phones", 15, 22, "Assessment", 17800, "VoIP Phones", 4, 30),              # 24
    ("Gallowglass Office Cabling", 16, 23, "Quoted", 33500, "Structured Cabling", 1, 10),             # 25
    ("Sunnybank Montessori Wi-Fi", 17, 24, "Installed", 9900, "Managed Wi-Fi", 2, -20),               # 26
    ("Sunnybank Firewall & Filtering", 17, 42, "Assessment", 5400, "Firewall & VPN", 2, 33),          # 27
    ("Verity Lane Backup & Recovery", 18, 25, "Intake", 4900, "Backup & Recovery", 4, 65),            # 28
    ("Stonecrop Gate Cabling", 19, 26, "Installed", 18200, "Structured Cabling", 1, -12),             # 29
    ("Stonecrop Office Wi-Fi", 19, 44, "Assessment", 6200, "Managed Wi-Fi", 1, 22),                   # 30
    ("Pomeroy Eye Centre VoIP", 20, 27, "Dropped", 14000, "VoIP Phones", 2, -35),                     # 31
    ("Pomeroy Eye Centre Firewall & VPN", 20, 5, "Quoted", 12600, "Firewall & VPN", 2, -3),           # 32
    ("Duskwood Trust Helpdesk Plan", 21, 57, "Assessment", 10800, "Helpdesk Plan", 4, 48),            # 33
    ("Quillfeather VoIP Trial", 3, 53, "Dropped", 8800, "VoIP Phones", 4, -60),                       # 34
    ("Cobblestone Physio Wi-Fi", 12, 55, "Installed", 7200, "Managed Wi-Fi", 4, -8),                  # 35
]
# open deals whose latest activity is kept at least this many days old (they "go quiet")
QUIET = {12: 75, 23: 64, 30: 55, 15: 48, 20: 36, 14: 33, 27: 31}
NO_ACTIVITY = {28}  # a fresh lead nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..41
TASKS = [
    ("Send Wi-Fi heatmap to Desmond Okwu", 5, 3, 1, 2, "open"),                              # 1
    ("Send Wi-Fi heatmap to Desmond Feeney", 13, 4, 2, 3, "open"),                           # 2
    ("Chase signed quote from Kingsbury Legal", 10, 2, 4, 1, "open"),                        # 3
    ("Chase signed quote from Kingsbury Legal", 11, 33, 4, 4, "open"),                       # 4
    ("Confirm install date with Philippa Grange", 3, 7, 2, 5, "open"),                       # 5
    ("Send firewall quote to Anselm Kirchner", 4, 8, 4, -2, "open"),                         # 6
    ("Order access points for Wharfside warehouse", 5, 3, 1, 1, "open"),                     # 7
    ("Call Valentina Strozzi about VoIP numbers", 6, 30, 1, 7, "open"),                      # 8
    ("Send helpdesk SLA to Henrietta Voss", 9, 32, 2, -1, "open"),                           # 9
    ("Survey cold room cabling at Kingsbury Cold Storage", 12, 48, 1, 12, "open"),           # 10
    ("Request library floor plan from Dorothea Keane", 14, 34, 2, 6, "open"),                # 11
    ("Call Zainab Kurtz about backup retention", 15, 14, 4, 9, "open"),                      # 12
    ("Deliver handsets to Greyfriars", 16, 49, 4, 2, "open"),                                # 13
    ("Send onboarding pack to Mirela Stanescu", 17, 16, 1, 8, "open"),                       # 14
    ("Follow up with Barnaby Tremaine on depot Wi-Fi", 18, 17, 2, -4, "open"),               # 15
    ("Email Hester Quinlan the firewall options", 20, 18, 4, 11, "open"),                    # 16
    ("Call Tobias Renwick about the backup quote", 21, 19, 1, 0, "open"),                    # 17
    ("Confirm lecture hall access with Bartholomew Eze", 22, 21, 2, 4, "open"),              # 18
    ("Send Faisal Rahimi the helpdesk tiers", 23, 39, 2, 15, "open"),                        # 19
    ("Book phone survey at Ottoline Street Surgery", 24, 22, 4, 3, "open"),                  # 20
    ("Send revised cabling quote to Leopold Garrick", 25, 23, 1, -3, "open"),                # 21
    ("Send content filter demo link to Margery Pilcher", 27, 42, 2, 5, "open"),              # 22
    ("Follow up with Augustin Varley", 28, 25, 4, 6, "open"),                                # 23
    ("Check ceiling access at Stonecrop office", 30, 44, 1, 10, "open"),                     # 24
    ("Send firewall contract to Emeka Nwosu", 32, 5, 2, -6, "open"),                         # 25
    ("Send Duskwood the helpdesk proposal", 33, 57, 4, 13, "open"),                          # 26
    ("Invoice Brindle Dental for backup install", 8, 10, 2, -25, "done"),                    # 27
    ("Send install photos to Clement Ferrand", 8, 10, 2, -20, "done"),                       # 28
    ("Collect keys for Stonecrop gate install", 29, 26, 1, -15, "done"),                     # 29
    ("Send loss survey to Ngozi Adebayo", 31, 27, 2, -30, "done"),                           # 30
    ("Configure Sunnybank guest network", 26, 24, 2, -22, "done"),                           # 31
    ("Ask Hester Quinlan for a reference", None, 18, 4, -10, "done"),                        # 32
    ("Send Wi-Fi survey report to Imelda Castell", 1, 1, 1, 4, "open"),                      # 33
    ("Call Rupert Osei about helpdesk hours", 2, 6, 1, -2, "open"),                          # 34
    ("Remove Ottilie Brandvold from the newsletter", None, 12, 1, 1, "open"),                # 35
    ("Invite Seraphina Kowal to the cyber-safety webinar", None, 28, 4, 9, "open"),          # 36
    ("Send VoIP port-in form to Cyprian Malley", 11, 33, 4, 2, "open"),                      # 37
    ("Check rack space at Fernhollow", 13, 4, 2, -1, "open"),                                # 38
    ("Send backup test report to Desmond Okwu", 7, 3, 1, -40, "done"),                       # 39
    ("Send Quillfeather the VPN user list template", 4, 29, 4, 7, "open"),                   # 40
    ("Chase Ridgeback for the site plan", 18, 17, 2, 6, "open"),                             # 41
]
N_ACTIVITIES = 420
SUBJECTS = {"call": ["Intro call", "Scoping call", "Check-in call", "Quote walkthrough"],
            "meeting": ["Site survey", "Network assessment", "Install review", "Quarterly review"],
            "email": ["Sent quote", "Sent heatmap", "Sent contract", "Follow-up email"],
            "note": ["Budget approved", "Talking to another installer", "Needs landlord sign-off",
                     "Old switches end of life"],
            "message": ["Text check-in", "Sent engineer ETA", "Confirmed access time"]}

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
    store.con.register("fixture_d_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_d_rows")
    finally:
        store.con.unregister("fixture_d_rows")


def _phone(i: int) -> str:
    return f"(617) 555-{(i * 389 + 2100) % 10000:04d}"


def generate(store: Store, today: dt.date = TODAY, seed: int = 2029) -> dict[str, int]:
    """Fill an empty store with the Halyard Network Services data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(8, 15))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture D goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(200, 900))
            companies.append((i, name, domain, industry, owner, created, created, None, f"hns-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first}.{last}@{domain}".lower()
            created = ago(rng.uniform(30, 500))
            contacts.append((i, first, last, email, _phone(i), title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None, f"hns-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            created = ago(rng.uniform(90, 320) if stage in CLOSED else rng.uniform(20, 160))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"hns-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []
        pool = [d for d in deals if d[0] not in NO_ACTIVITY]
        for i in range(1, N_ACTIVITIES + 1):
            kind = rng.choices(list(SUBJECTS), weights=[4, 3, 3, 2, 2])[0]
            subject = rng.choice(SUBJECTS[kind])
            age = 0.05 + 320 * rng.random() ** 2.3
            if rng.random() < 0.1:  # a company-level note that names no deal
                c = rng.choice(contacts)
                activities.append((i, "note", subject, None, ago(age), c[0], c[6], None,
                                   COMPANIES[c[6] - 1][3], None, f"hns-ac-{i:04d}"))
                continue
            deal = rng.choice(pool)
            floor = QUIET.get(deal[0], 0)
            if deal[4] in CLOSED:
                floor = max(floor, (today - deal[7]).days)
            if age < floor:
                age = floor + rng.uniform(0.5, 45)
            activities.append((i, kind, subject, None, ago(age), deal[3], deal[2], deal[0], deal[9], None,
                               f"hns-ac-{i:04d}"))
        _insert(store, "activities", activities)

        tasks = []
        for i, (title, deal_id, contact_id, owner, due, status) in enumerate(TASKS, start=1):
            company_id = contacts[contact_id - 1][6]
            created = ago(rng.uniform(20, 50))
            tasks.append((i, title, today + dt.timedelta(days=due), status, owner, contact_id, company_id, deal_id,
                          created, created + dt.timedelta(days=3) if status == "done" else None, None,
                          f"hns-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
