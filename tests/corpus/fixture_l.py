"""Twelfth, independent fixture for the evaluation corpus: Tessera Language Services, a translation, interpreting and
localisation agency. It sells document translation, interpreting, subtitles, voiceover, localisation and proofreading
to a crown court, a hospital, a textile museum, a football club, a games studio, a film distributor, a medical-device
maker, a car maker, a tour operator, a university, a borough council, a wine exporter, an outdoor retailer, a publisher,
a cruise line, an insurer, a refugee charity, an airport, an engineering firm, an immigration law firm, a clinical
research organisation, a fashion house, a conference, an energy company and an app developer. Deterministic: the same
database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B-K (users, companies, people, products and pipeline all differ).
Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Nino (Nino Beridze at Skerrow Games, Nino Kapanadze at Yarrowby Airport) and two called Sipho
  (Sipho Nkosi at Harnby Royal Infirmary, Sipho Mahlangu at Silecroft Summit); two contacts with the last name Amorim
  (Filipa at Thurnscoe Tours, Vasco at Cragside Wines); a contact, Ingvild Rognstad, who shares her first name with the
  rep Ingvild Bakken; a contact, Matilde Skerrow, whose last name is the first word of the company Skerrow Games (she
  works at Brindlecombe Pictures);
- two pairs of companies sharing their first word: Harnby Crown Court / Harnby Royal Infirmary and Ulverdale Museum of
  Textiles / Ulverdale Rovers;
- companies with two open deals (Skerrow Games, Harnby Royal Infirmary, Ulverdale Museum of Textiles, Brindlecombe
  Pictures, Thurnscoe Tours, Ravenglass Cruises, Yarrowby Airport) and companies with one open deal plus a closed one
  (Stenhope Motors, Oxenhope Publishing, Wythburn Engineering, Kirksanton Energy);
- an account whose owner is not the owner of one of its open deals (Ravenglass Cruises is Farrukh's; Ravenglass Crew
  Interpreting is Joaquim's);
- two open tasks titled "Send glossary draft to Ulverdale Museum" and two open "Send style guide to Nino ..." tasks.

The stage names are chosen to collide with ordinary words: "Sounding" is also what a client does ("sounding keen"),
a "Test Piece" is also the sample text a rep emails, "Costed" is also what a rep does to a rush fee, "Shortlisted" is
also what a client does to three agencies, "Commissioned" (won) is also what a museum does to a new gallery, and
"Lapsed" (lost) is also what a passport or an NDA does.

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2039, 3, 15)  # a Tuesday
PIPELINE = ["Sounding", "Test Piece", "Costed", "Shortlisted", "Commissioned", "Lapsed"]
CLOSED = ("Commissioned", "Lapsed")
DOMAIN = "tesseralang.com"

# note: the admin is id 1 and the reviewer id 5; reps are 2, 3 and 4
USERS = [
    (1, "Mahlet Tesfaye", f"mahlet@{DOMAIN}", "admin"),
    (2, "Joaquim Esteves", f"joaquim@{DOMAIN}", "rep"),
    (3, "Ingvild Bakken", f"ingvild@{DOMAIN}", "rep"),
    (4, "Farrukh Yusupov", f"farrukh@{DOMAIN}", "rep"),
    (5, "Kertu Pold", f"kertu@{DOMAIN}", "reviewer"),
]
REPS = [2, 3, 4]

PRODUCTS = ["Document Translation", "Interpreting", "Subtitles", "Voiceover", "Localisation", "Proofreading"]
DOC, INT, SUB, VO, LOC, PRF = PRODUCTS

# (name, domain, industry, owner) -- ids 1..25 in this order; owners are the reps in turn (2, 3, 4, 2, ...)
COMPANIES = [
    ("Harnby Crown Court", "harnby-courts.gov.uk", "Courts", 2),                  # 1
    ("Harnby Royal Infirmary", "harnbyinfirmary.nhs.uk", "Hospitals", 3),         # 2
    ("Ulverdale Museum of Textiles", "ulverdaletextiles.org", "Museums", 4),      # 3
    ("Ulverdale Rovers", "ulverdalerovers.co.uk", "Football", 2),                 # 4
    ("Skerrow Games", "skerrowgames.com", "Video Games", 3),                      # 5
    ("Brindlecombe Pictures", "brindlecombepictures.com", "Film Distribution", 4),  # 6
    ("Morvick Medical Devices", "morvickmedical.com", "Medical Devices", 2),      # 7
    ("Stenhope Motors", "stenhopemotors.com", "Automotive", 3),                   # 8
    ("Thurnscoe Tours", "thurnscoetours.com", "Travel", 4),                       # 9
    ("Pallingham University", "pallingham.ac.uk", "Higher Education", 2),         # 10
    ("Westerhope Borough Council", "westerhope.gov.uk", "Local Government", 3),   # 11
    ("Cragside Wines", "cragsidewines.com", "Wine Export", 4),                    # 12
    ("Fellbeck Outdoor", "fellbeckoutdoor.com", "Outdoor Retail", 2),             # 13
    ("Oxenhope Publishing", "oxenhopebooks.com", "Publishing", 3),                # 14
    ("Ravenglass Cruises", "ravenglasscruises.com", "Cruise Lines", 4),           # 15
    ("Gildersome Insurance", "gildersome-insurance.com", "Insurance", 2),         # 16
    ("Birkby Refugee Network", "birkbyrefugees.org", "Charity", 3),               # 17
    ("Yarrowby Airport", "yarrowbyairport.com", "Airports", 4),                   # 18
    ("Wythburn Engineering", "wythburn-eng.com", "Engineering", 2),               # 19
    ("Ullock Immigration Law", "ullocklaw.com", "Legal", 3),                      # 20
    ("Dunnerdale Clinical Research", "dunnerdalecr.com", "Clinical Research", 4),  # 21
    ("Haverigg Fashion House", "haveriggfashion.com", "Fashion", 2),              # 22
    ("Silecroft Summit", "silecroftsummit.com", "Conferences", 3),                # 23
    ("Kirksanton Energy", "kirksanton-energy.com", "Energy", 4),                  # 24
    ("Troutbeck Apps", "troutbeckapps.io", "Software", 2),                        # 25
]

# (first, last, company id, title, lifecycle) -- ids 1..45; a contact's owner is its company's owner
CONTACTS = [
    ("Nino", "Beridze", 5, "Localisation Producer", "opportunity"),               # 1
    ("Nino", "Kapanadze", 18, "Passenger Experience Manager", "opportunity"),     # 2
    ("Sipho", "Nkosi", 2, "Patient Services Manager", "opportunity"),             # 3
    ("Sipho", "Mahlangu", 23, "Event Director", "prospect"),                      # 4
    ("Ingvild", "Rognstad", 14, "Rights Director", "opportunity"),                # 5
    ("Filipa", "Amorim", 9, "Digital Manager", "opportunity"),                    # 6
    ("Vasco", "Amorim", 12, "Export Director", "prospect"),                       # 7
    ("Matilde", "Skerrow", 6, "Head of Distribution", "opportunity"),             # 8
    ("Ketevan", "Japaridze", 1, "Court Listing Officer", "opportunity"),          # 9
    ("Zurab", "Tsereteli", 3, "Curator", "opportunity"),                          # 10
    ("Mzia", "Lomidze", 4, "Club Secretary", "prospect"),                         # 11
    ("Ayumi", "Nakagawa", 7, "Regulatory Affairs Lead", "opportunity"),           # 12
    ("Ryota", "Fujimori", 8, "Technical Publications Manager", "customer"),       # 13
    ("Hiroki", "Mizushima", 10, "Admissions Director", "opportunity"),            # 14
    ("Dawit", "Gebre", 11, "Community Services Officer", "opportunity"),          # 15
    ("Selam", "Haile", 13, "E-commerce Manager", "opportunity"),                  # 16
    ("Rui", "Quaresma", 15, "Guest Services Director", "opportunity"),            # 17
    ("Leonor", "Sequeira", 16, "Compliance Manager", "opportunity"),              # 18
    ("Mindaugas", "Petrauskas", 17, "Programme Manager", "prospect"),             # 19
    ("Rasa", "Kazlauskiene", 19, "Documentation Lead", "customer"),               # 20
    ("Jaan", "Tamm", 20, "Senior Partner", "opportunity"),                        # 21
    ("Kadri", "Mets", 21, "Trial Manager", "opportunity"),                        # 22
    ("Margus", "Kuusk", 22, "Brand Director", "prospect"),                        # 23
    ("Piret", "Vaher", 24, "HSE Manager", "opportunity"),                         # 24
    ("Torstein", "Haugland", 25, "Product Manager", "prospect"),                  # 25
    ("Solveig", "Fossum", 5, "Audio Director", "lead"),                           # 26
    ("Eivind", "Nygaard", 6, "Acquisitions Manager", "lead"),                     # 27
    ("Aoibheann", "Dromey", 2, "Procurement Officer", "lead"),                    # 28
    ("Cillian", "Lonergan", 3, "Learning Manager", "lead"),                       # 29
    ("Eabha", "Ruane", 9, "Marketing Executive", "lead"),                         # 30
    ("Xochitl", "Ibarra", 15, "Entertainment Manager", "prospect"),               # 31
    ("Itzel", "Zamudio", 18, "Procurement Manager", "lead"),                      # 32
    ("Citlali", "Arroyo", 10, "International Officer", "lead"),                   # 33
    ("Tenoch", "Villalobos", 1, "Operations Manager", "lead"),                    # 34
    ("Rami", "Nassar", 14, "Editorial Director", "lead"),                         # 35
    ("Layal", "Saade", 12, "Marketing Manager", "lead"),                          # 36
    ("Pavlina", "Dimitrova", 16, "Procurement Lead", "lead"),                     # 37
    ("Kalin", "Stoyanov", 11, "Procurement Officer", "lead"),                     # 38
    ("Rumyana", "Petkova", 19, "Buyer", "lead"),                                  # 39
    ("Boyko", "Zhelev", 23, "Production Manager", "lead"),                        # 40
    ("Benedikta", "Ruzicka", 7, "Quality Manager", "lead"),                       # 41
    ("Jaroslav", "Kubicek", 8, "Aftersales Director", "lead"),                    # 42
    ("Radka", "Prochazkova", 13, "Buyer", "prospect"),                            # 43
    ("Ondrej", "Vesely", 20, "Practice Manager", "lead"),                         # 44
    ("Siddharth", "Kulkarni", 21, "Medical Writer", "lead"),                      # 45
]

SD, TP, CS, SL, WON, LOST = PIPELINE
# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..38
DEALS = [
    ("Skerrow Games Launch Localisation", 5, 1, CS, 64000, LOC, 3, 24),             # 1
    ("Skerrow Games Trailer Voiceover", 5, 26, TP, 12800, VO, 3, 45),               # 2
    ("Harnby Crown Court Interpreting Rota", 1, 9, SL, 38500, INT, 2, 9),           # 3
    ("Harnby Infirmary Patient Leaflets", 2, 3, SD, 7400, DOC, 3, 40),              # 4
    ("Harnby Infirmary Outpatient Interpreting", 2, 28, CS, 29600, INT, 3, 30),     # 5
    ("Ulverdale Museum Audio Guide Voiceover", 3, 10, TP, 18200, VO, 4, 33),        # 6
    ("Ulverdale Museum Gallery Labels", 3, 29, SD, 5600, DOC, 4, 61),               # 7
    ("Ulverdale Rovers Player Interpreting", 4, 11, SD, 14500, INT, 2, 52),         # 8
    ("Brindlecombe Festival Slate Subtitles", 6, 8, SL, 41000, SUB, 4, 16),         # 9
    ("Brindlecombe Back Catalogue Subtitles", 6, 27, TP, 26300, SUB, 4, 70),        # 10
    ("Brindlecombe Press Kit Translation", 6, 8, WON, 6900, DOC, 4, -21),           # 11
    ("Morvick IFU Translation", 7, 12, CS, 33800, DOC, 2, 19),                      # 12
    ("Stenhope Owner Manuals", 8, 13, SL, 47500, DOC, 3, 12),                       # 13
    ("Stenhope Dealer Training Subtitles", 8, 42, WON, 11200, SUB, 3, -15),         # 14
    ("Thurnscoe Tours Website Localisation", 9, 6, TP, 21700, LOC, 4, 27),          # 15
    ("Thurnscoe Tours Brochure Proofreading", 9, 30, SD, 4300, PRF, 4, 38),         # 16
    ("Pallingham Prospectus Proofreading", 10, 14, CS, 9800, PRF, 2, 21),           # 17
    ("Westerhope Community Interpreting", 11, 15, SL, 52000, INT, 3, 6),            # 18
    ("Cragside Wines Label Translation", 12, 7, SD, 3900, DOC, 4, 48),              # 19
    ("Fellbeck Outdoor Webshop Localisation", 13, 16, CS, 27400, LOC, 2, 26),       # 20
    ("Oxenhope Novel Translation", 14, 5, TP, 16600, DOC, 3, 35),                   # 21
    ("Oxenhope Audiobook Voiceover", 14, 35, LOST, 8800, VO, 3, -30),               # 22
    ("Ravenglass Shore Excursion Voiceover", 15, 17, SL, 19900, VO, 4, 14),         # 23
    ("Ravenglass Crew Interpreting", 15, 31, TP, 23400, INT, 2, 42),                # 24
    ("Ravenglass Onboard Signage", 15, 17, LOST, 5200, DOC, 4, -44),                # 25
    ("Gildersome Policy Wording Translation", 16, 18, CS, 15300, DOC, 2, 29),       # 26
    ("Birkby Refugee Interpreting Helpline", 17, 19, SD, 8600, INT, 3, 55),         # 27
    ("Yarrowby Airport Announcements Voiceover", 18, 2, CS, 13700, VO, 4, -5),      # 28
    ("Yarrowby Airport Wayfinding Translation", 18, 32, SD, 6100, DOC, 4, 66),      # 29
    ("Wythburn Safety Manuals", 19, 20, TP, 22800, DOC, 2, 31),                     # 30
    ("Wythburn Training Video Subtitles", 19, 20, WON, 9300, SUB, 2, -9),           # 31
    ("Ullock Asylum Case Translation", 20, 21, SL, 11400, DOC, 3, -3),              # 32
    ("Dunnerdale Trial Protocol Translation", 21, 22, CS, 58000, DOC, 4, 23),       # 33
    ("Haverigg Lookbook Localisation", 22, 23, SD, 10500, LOC, 2, 57),              # 34
    ("Silecroft Summit Simultaneous Interpreting", 23, 4, TP, 36000, INT, 3, 37),   # 35
    ("Kirksanton Energy Safety Proofreading", 24, 24, SD, 4700, PRF, 4, 76),        # 36
    ("Kirksanton Energy Annual Report Translation", 24, 24, LOST, 12900, DOC, 4, -380),  # 37
    ("Troutbeck Apps In-App Localisation", 25, 25, SD, 17300, LOC, 2, 85),          # 38
]
# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 9 days. The 14/21/28/30/42/56-day cutoffs all keep at least 2.5 days' margin.
QUIET = {19: 90, 27: 62, 8: 48, 34: 37, 10: 33, 4: 25, 29: 17}
NO_ACTIVITY = {36}  # a fresh sounding nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..42
TASKS = [
    ("Send style guide to Nino Beridze", 1, 1, 3, 2, "open"),                                  # 1
    ("Send style guide to Nino Kapanadze", 28, 2, 4, 3, "open"),                               # 2
    ("Send glossary draft to Ulverdale Museum", 6, 10, 4, 1, "open"),                          # 3
    ("Send glossary draft to Ulverdale Museum", 7, 29, 4, 5, "open"),                          # 4
    ("Book interpreters for the March hearings", 3, 9, 2, -2, "open"),                         # 5
    ("Chase Sipho Nkosi for the leaflet files", 4, 3, 3, -4, "open"),                          # 6
    ("Send test piece to Matilde Skerrow", 9, 8, 4, -1, "open"),                               # 7
    ("Call Mzia Lomidze about the new signings", 8, 11, 2, 0, "open"),                         # 8
    ("Send rate card to Ayumi Nakagawa", 12, 12, 2, -3, "open"),                               # 9
    ("Chase Ryota Fujimori for the manual files", 13, 13, 3, 4, "open"),                       # 10
    ("Send sample subtitles to Eivind Nygaard", 10, 27, 4, 8, "open"),                         # 11
    ("Call Filipa Amorim about the German site", 15, 6, 4, -5, "open"),                        # 12
    ("Send proofreading sample to Hiroki Mizushima", 17, 14, 2, 6, "open"),                    # 13
    ("Confirm interpreter languages with Dawit Gebre", 18, 15, 3, -1, "open"),                 # 14
    ("Send label glossary to Vasco Amorim", 19, 7, 4, 10, "open"),                             # 15
    ("Book a call with Selam Haile about the webshop", 20, 16, 2, 2, "open"),                  # 16
    ("Send sample chapter to Ingvild Rognstad", 21, 5, 3, 5, "open"),                          # 17
    ("Chase Rui Quaresma for the excursion scripts", 23, 17, 4, -6, "open"),                   # 18
    ("Send crew language survey to Xochitl Ibarra", 24, 31, 2, 7, "open"),                     # 19
    ("Send policy wording quote to Leonor Sequeira", 26, 18, 2, -7, "open"),                   # 20
    ("Call Mindaugas Petrauskas about the helpline hours", 27, 19, 3, 12, "open"),             # 21
    ("Send voice samples to Nino Kapanadze", 28, 2, 4, -2, "open"),                            # 22
    ("Send terminology list to Rasa Kazlauskiene", 30, 20, 2, 9, "open"),                      # 23
    ("Chase Jaan Tamm for the case bundle", 32, 21, 3, -3, "open"),                            # 24
    ("Send certified translation samples to Kadri Mets", 33, 22, 4, 4, "open"),                # 25
    ("Call Margus Kuusk about the autumn lookbook", 34, 23, 2, 14, "open"),                    # 26
    ("Send booth equipment list to Sipho Mahlangu", 35, 4, 3, 3, "open"),                      # 27
    ("Call Piret Vaher about the safety manuals", 36, 24, 4, 11, "open"),                      # 28
    ("Send localisation estimate to Torstein Haugland", 38, 25, 2, 1, "open"),                 # 29
    ("Invite Citlali Arroyo to the open day", None, 33, 2, 16, "open"),                        # 30
    ("Check court dates with Tenoch Villalobos", 3, 34, 2, 2, "open"),                         # 31
    ("Add Layal Saade to the newsletter list", None, 36, 4, 1, "open"),                        # 32
    ("Ask Boyko Zhelev about booth positions", 35, 40, 3, 8, "open"),                          # 33
    ("Send Thurnscoe the brochure proofs", 16, 30, 4, 6, "open"),                              # 34
    ("Chase Skerrow Games for the string files", 2, 26, 3, -8, "open"),                        # 35
    ("Send invoice to Matilde Skerrow for the press kit", 11, 8, 4, -20, "done"),              # 36
    ("Deliver dealer training subtitles to Stenhope", 14, 13, 3, -16, "done"),                 # 37
    ("Send audiobook casting notes to Rami Nassar", 22, 35, 3, -33, "done"),                   # 38
    ("Send training video subtitles to Rasa Kazlauskiene", 31, 20, 2, -10, "done"),            # 39
    ("Send final report to Piret Vaher", 37, 24, 4, -385, "done"),                             # 40
    ("Call Sipho Nkosi about the outpatient rota", 5, 3, 3, 9, "open"),                        # 41
    ("Chase Matilde Skerrow for the festival slate list", 9, 8, 4, 13, "open"),                # 42
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Scoping call", "Check-in call", "Budget call"],
            "meeting": ["Kick-off meeting", "Terminology workshop", "Site visit", "Review meeting"],
            "email": ["Sent quote", "Sent sample translation", "Sent contract", "Follow-up email"],
            "note": ["Budget approved", "Comparing three agencies", "Waiting on source files", "Deadline agreed"],
            "message": ["Text check-in", "Sent file link", "Confirmed interpreter names"]}

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
    store.con.register("fixture_l_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_l_rows")
    finally:
        store.con.unregister("fixture_l_rows")


def _phone(i: int) -> str:
    return f"0113 496 {(i * 389 + 17) % 1000:04d}"  # Ofcom drama range for Leeds


def generate(store: Store, today: dt.date = TODAY, seed: int = 2039) -> dict[str, int]:
    """Fill an empty store with the Tessera Language Services data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(9, 10))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture L goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(300, 1100))
            companies.append((i, name, domain, industry, owner, created, created, None, f"tls-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            email = f"{first}.{last}@{domain}".lower()
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, email, _phone(i), title, ci, COMPANIES[ci - 1][3], stage,
                             created, created, None, f"tls-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            if stage in CLOSED:  # created some weeks before it closed
                created = ago(max(rng.uniform(200, 330), -days + rng.uniform(30, 90)))
            else:
                created = ago(rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"tls-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"tls-ac-{i:04d}"))

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
                          f"tls-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
