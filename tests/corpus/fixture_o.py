"""Fifteenth, independent fixture for the evaluation corpus: Ascendry Lift Engineering, a commercial lift and escalator
installer and maintainer. It fits passenger lifts, goods lifts and stair lifts, modernises old lift cars and controllers,
services escalators and sells breakdown cover to hospitals, hotels, a car park, a university, a shopping centre, a cold
store, a housing association, a theatre, a dental group, a heritage railway, a medical centre, a maritime museum, a care
home, an office exchange, a stadium, an airport, a distillery, a borough council, a department store, an academy, a
parish church, a cinema, a cruise terminal, student flats, a confectionery factory, a leisure centre, a science park, a
steelworks and a public library. Deterministic: the same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B-N (users, companies, people, products and pipeline all differ).
Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Jakub (Jakub Sedlak at Glaisdale General Hospital, Jakub Nowicki at Kildale Cold Chain) and two
  called Leilani (Leilani Kealoha at Wrelton Grand Hotel, Leilani Akana at Roxby Airport); two contacts with the last
  name Demirci (Emre at Lealholm Shopping Centre, Elif at Sleights Leisure Centre); a contact, Radhika Subramanian, who
  shares her first name with the rep Radhika Venkataraman; a contact, Zuzana Carlin, whose last name is the first word
  of the company Carlin Student Village (she works at Egton Housing Association);
- two pairs of companies sharing their first word: Glaisdale General Hospital / Glaisdale Quay Apartments and Wrelton
  Grand Hotel / Wrelton Multi-Storey Car Park;
- nine companies with two open deals (Wrelton Grand Hotel also has a closed one) and five with one open deal plus a
  closed one;
- two open deals whose names end in "Escalator Refurb" (Lealholm Shopping Centre, Roxby Airport);
- an account whose owner is not the owner of one of its open deals (Commondale Theatre is Bartosz's; Commondale Theatre
  Passenger Lift is Radhika's);
- two open tasks titled "Book shaft survey at Wrelton Grand Hotel"; tasks naming each Jakub and each Leilani.

The stage names are ordinary words of the trade on purpose: a surveyor does a "shaft survey", a team is still
"scoping" a job, a "quotation" is "issued", a bidder makes the "final round", a finished lift is "handed over", and an
unused lift or a shelved project is "mothballed".

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2045, 6, 17)  # a Saturday
PIPELINE = ["Scoping", "Shaft Survey", "Quotation Issued", "Final Round", "Handed Over", "Mothballed"]
CLOSED = ("Handed Over", "Mothballed")
DOMAIN = "ascendrylifts.com"

# note: the admin is id 1 and the reviewer id 4; reps are 2, 3, 5 and 6
USERS = [
    (1, "Guadalupe Arriaga", f"guadalupe@{DOMAIN}", "admin"),
    (2, "Bartosz Wierzbicki", f"bartosz@{DOMAIN}", "rep"),
    (3, "Radhika Venkataraman", f"radhika@{DOMAIN}", "rep"),
    (4, "Keoni Kahale", f"keoni@{DOMAIN}", "reviewer"),
    (5, "Olufemi Bankole", f"olufemi@{DOMAIN}", "rep"),
    (6, "Mireia Puig", f"mireia@{DOMAIN}", "rep"),
]
REPS = [2, 3, 5, 6]

PRODUCTS = ["Passenger Lifts", "Goods Lifts", "Lift Modernisation", "Stair Lifts", "Escalator Servicing",
            "Breakdown Cover"]
PL, GL, LM, ST, ES, BC = PRODUCTS

# (name, domain, industry, owner) -- ids 1..30 in this order; owners are the reps in turn (2, 3, 5, 6, 2, ...)
COMPANIES = [
    ("Glaisdale General Hospital", "glaisdalehospital.nhs.uk", "Hospitals", 2),          # 1
    ("Glaisdale Quay Apartments", "glaisdalequay.co.uk", "Residential", 3),             # 2
    ("Wrelton Grand Hotel", "wreltongrand.com", "Hotels", 5),                           # 3
    ("Wrelton Multi-Storey Car Park", "wreltonparking.co.uk", "Car Parks", 6),          # 4
    ("Ugthorpe University", "ugthorpe.ac.uk", "Universities", 2),                       # 5
    ("Lealholm Shopping Centre", "lealholmcentre.co.uk", "Retail Property", 3),         # 6
    ("Kildale Cold Chain", "kildalecold.com", "Cold Storage", 5),                       # 7
    ("Egton Housing Association", "egtonhousing.org.uk", "Social Housing", 6),          # 8
    ("Commondale Theatre", "commondaletheatre.org.uk", "Theatres", 2),                  # 9
    ("Danby Dental Group", "danbydental.co.uk", "Dentistry", 3),                        # 10
    ("Goathland Heritage Railway", "goathlandrailway.org.uk", "Heritage Rail", 5),      # 11
    ("Newholm Medical Centre", "newholmmedical.nhs.uk", "Primary Care", 6),             # 12
    ("Staithes Maritime Museum", "staithesmuseum.org.uk", "Museums", 2),                # 13
    ("Sandsend Court Care Home", "sandsendcourt.co.uk", "Care Homes", 3),               # 14
    ("Lythe Exchange", "lytheexchange.com", "Office Property", 5),                      # 15
    ("Mickleby Stadium", "micklebystadium.com", "Stadiums", 6),                         # 16
    ("Roxby Airport", "roxbyairport.com", "Airports", 2),                               # 17
    ("Liverton Distillery", "livertondistillery.com", "Distilling", 3),                 # 18
    ("Moorsholm Borough Council", "moorsholm.gov.uk", "Local Government", 5),           # 19
    ("Boosbeck Department Store", "boosbeckstore.co.uk", "Department Stores", 6),       # 20
    ("Lingdale Academy", "lingdaleacademy.org.uk", "Schools", 2),                       # 21
    ("Stanghow Parish Church", "stanghowchurch.org.uk", "Churches", 3),                 # 22
    ("Margrove Cinema", "margrovecinema.co.uk", "Cinemas", 5),                          # 23
    ("Brotton Cruise Terminal", "brottonterminal.com", "Ports", 6),                     # 24
    ("Carlin Student Village", "carlinvillage.co.uk", "Student Accommodation", 2),      # 25
    ("Ruswarp Confectionery", "ruswarpsweets.co.uk", "Food Manufacturing", 3),          # 26
    ("Sleights Leisure Centre", "sleightsleisure.co.uk", "Leisure Centres", 5),         # 27
    ("Aislaby Science Park", "aislabypark.com", "Science Parks", 6),                    # 28
    ("Skinningrove Steelworks", "skinningrovesteel.com", "Steel", 2),                   # 29
    ("Marske Public Library", "marskelibrary.org.uk", "Libraries", 3),                  # 30
]

# (first, last, company id, title, lifecycle) -- ids 1..45; a contact's owner is its company's owner
CONTACTS = [
    ("Jakub", "Sedlak", 1, "Estates Manager", "opportunity"),                    # 1
    ("Jakub", "Nowicki", 7, "Warehouse Manager", "opportunity"),                 # 2
    ("Leilani", "Kealoha", 3, "General Manager", "opportunity"),                 # 3
    ("Leilani", "Akana", 17, "Terminal Operations Manager", "opportunity"),      # 4
    ("Emre", "Demirci", 6, "Centre Manager", "opportunity"),                     # 5
    ("Elif", "Demirci", 27, "Facilities Coordinator", "prospect"),               # 6
    ("Radhika", "Subramanian", 28, "Building Manager", "opportunity"),           # 7
    ("Zuzana", "Carlin", 8, "Asset Manager", "opportunity"),                     # 8
    ("Matthias", "Brandl", 9, "Technical Director", "opportunity"),              # 9
    ("Adaeze", "Okonkwo", 5, "Head of Estates", "customer"),                     # 10
    ("Lautaro", "Benitez", 10, "Practice Manager", "opportunity"),               # 11
    ("Xiomara", "Quispe", 11, "Operations Manager", "prospect"),                 # 12
    ("Petronela", "Dragos", 12, "Practice Manager", "opportunity"),              # 13
    ("Bolat", "Sarsenbayev", 13, "Collections Manager", "opportunity"),          # 14
    ("Nilufar", "Rahimova", 14, "Registered Manager", "customer"),               # 15
    ("Benedek", "Szalai", 15, "Property Manager", "opportunity"),                # 16
    ("Oriane", "Lefebvre", 16, "Stadium Manager", "opportunity"),                # 17
    ("Kazuki", "Morimoto", 18, "Production Manager", "opportunity"),             # 18
    ("Pania", "Ruawai", 19, "Housing Surveyor", "opportunity"),                  # 19
    ("Wojciech", "Grabowski", 20, "Store Manager", "prospect"),                  # 20
    ("Abebe", "Girma", 21, "Business Manager", "opportunity"),                   # 21
    ("Maelle", "Guerin", 22, "Churchwarden", "customer"),                        # 22
    ("Ayesha", "Siddiqui", 23, "General Manager", "opportunity"),                # 23
    ("Osvaldo", "Pacheco", 24, "Port Engineer", "opportunity"),                  # 24
    ("Tereza", "Novakova", 25, "Residence Manager", "opportunity"),              # 25
    ("Gintare", "Kazlauskaite", 26, "Engineering Manager", "customer"),          # 26
    ("Rasmus", "Toft", 29, "Maintenance Lead", "opportunity"),                   # 27
    ("Hinewai", "Paki", 30, "Library Manager", "opportunity"),                   # 28
    ("Eliska", "Prochazka", 4, "Car Park Manager", "opportunity"),               # 29
    ("Folake", "Ansah", 2, "Block Manager", "opportunity"),                      # 30
    ("Yevgenia", "Orlova", 1, "Procurement Lead", "lead"),                       # 31
    ("Priscila", "Nogueira", 3, "Chief Engineer", "lead"),                       # 32
    ("Onur", "Celik", 7, "Finance Director", "lead"),                            # 33
    ("Sibusiso", "Mthembu", 6, "Security Manager", "lead"),                      # 34
    ("Joakim", "Sandvik", 9, "House Manager", "lead"),                           # 35
    ("Malak", "Mansour", 17, "Procurement Manager", "lead"),                     # 36
    ("Ewa", "Kaczmarek", 15, "Facilities Assistant", "lead"),                    # 37
    ("Piet", "Brouwer", 18, "Site Director", "prospect"),                        # 38
    ("Esi", "Boakye", 12, "Operations Director", "lead"),                        # 39
    ("Marjatta", "Heikkinen", 24, "Commercial Manager", "lead"),                 # 40
    ("Goran", "Petrovic", 16, "Safety Officer", "lead"),                         # 41
    ("Alessia", "Ferraro", 19, "Contracts Officer", "lead"),                     # 42
    ("Teresinha", "Cardoso", 21, "Site Manager", "lead"),                        # 43
    ("Kaito", "Fujiwara", 14, "Maintenance Manager", "lead"),                    # 44
    ("Lucija", "Babic", 5, "Procurement Officer", "lead"),                       # 45
]

SC, SS, QI, FR, WON, LOST = PIPELINE
# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..45
DEALS = [
    ("Glaisdale Hospital Bed Lift Replacement", 1, 1, FR, 142000, PL, 2, 20),          # 1
    ("Glaisdale Hospital Breakdown Cover", 1, 31, SS, 9600, BC, 2, 45),                # 2
    ("Glaisdale Quay Lift Modernisation", 2, 30, SC, 38500, LM, 3, 58),                # 3
    ("Wrelton Grand Hotel Passenger Lift", 3, 3, QI, 86000, PL, 5, 25),                # 4
    ("Wrelton Grand Hotel Service Lift", 3, 32, SS, 24800, GL, 5, 52),                 # 5
    ("Wrelton Car Park Breakdown Cover", 4, 29, QI, 4300, BC, 6, 9),                   # 6
    ("Ugthorpe University Library Lifts", 5, 10, SS, 67500, LM, 2, 14),                # 7
    ("Ugthorpe University Stair Lift", 5, 10, WON, 7800, ST, 2, -21),                  # 8
    ("Lealholm Shopping Centre Escalator Refurb", 6, 5, SS, 118000, ES, 3, 33),        # 9
    ("Lealholm Shopping Centre Goods Lift", 6, 34, LOST, 31000, GL, 3, -16),           # 10
    ("Kildale Cold Chain Goods Lifts", 7, 2, QI, 54000, GL, 5, 12),                    # 11
    ("Kildale Cold Chain Breakdown Cover", 7, 33, SC, 6200, BC, 5, 60),                # 12
    ("Egton Housing Tower Block Modernisation", 8, 8, WON, 96000, LM, 6, -9),          # 13
    ("Egton Housing Stair Lifts", 8, 8, SS, 12400, ST, 6, 21),                         # 14
    ("Commondale Theatre Passenger Lift", 9, 9, FR, 72000, PL, 3, 38),                 # 15
    ("Commondale Theatre Breakdown Cover", 9, 35, QI, 5100, BC, 2, 6),                 # 16
    ("Danby Dental Stair Lift", 10, 11, SC, 8900, ST, 3, 29),                          # 17
    ("Goathland Railway Footbridge Lifts", 11, 12, SS, 46000, PL, 5, 40),              # 18
    ("Newholm Medical Centre Lift Modernisation", 12, 13, QI, 29500, LM, 6, 11),       # 19
    ("Newholm Medical Centre Breakdown Cover", 12, 39, WON, 3800, BC, 6, -30),         # 20
    ("Staithes Museum Goods Lift", 13, 14, SC, 19200, GL, 2, 44),                      # 21
    ("Sandsend Court Stair Lifts", 14, 15, FR, 14600, ST, 3, 16),                      # 22
    ("Sandsend Court Passenger Lift", 14, 44, SS, 41500, PL, 3, 55),                   # 23
    ("Lythe Exchange Lift Modernisation", 15, 16, FR, 154000, LM, 5, 27),              # 24
    ("Lythe Exchange Breakdown Cover", 15, 37, QI, 11800, BC, 5, -3),                  # 25
    ("Mickleby Stadium Passenger Lifts", 16, 17, SC, 58000, PL, 6, 36),                # 26
    ("Roxby Airport Escalator Refurb", 17, 4, QI, 176000, ES, 2, 31),                  # 27
    ("Roxby Airport Breakdown Cover", 17, 36, SS, 22500, BC, 2, -5),                   # 28
    ("Liverton Distillery Goods Lift", 18, 18, SS, 33000, GL, 3, 65),                  # 29
    ("Moorsholm Council Housing Lifts", 19, 19, QI, 88500, LM, 5, 23),                 # 30
    ("Boosbeck Store Escalator Servicing", 20, 20, SC, 7400, ES, 6, 48),               # 31
    ("Lingdale Academy Stair Lift", 21, 21, QI, 9800, ST, 2, 8),                       # 32
    ("Lingdale Academy Passenger Lift", 21, 43, SC, 39000, PL, 2, 80),                 # 33
    ("Stanghow Church Stair Lift", 22, 22, WON, 6400, ST, 3, -12),                     # 34
    ("Margrove Cinema Passenger Lift", 23, 23, SS, 27600, PL, 5, 42),                  # 35
    ("Brotton Terminal Passenger Lifts", 24, 24, SC, 61000, PL, 6, 70),                # 36
    ("Carlin Student Village Breakdown Cover", 25, 25, QI, 5400, BC, 2, 4),            # 37
    ("Ruswarp Confectionery Goods Lift", 26, 26, WON, 36500, GL, 3, -40),              # 38
    ("Sleights Leisure Centre Lift Modernisation", 27, 6, LOST, 23200, LM, 5, -25),    # 39
    ("Aislaby Science Park Escalator Servicing", 28, 7, LOST, 8600, ES, 6, -350),      # 40
    ("Ruswarp Confectionery Breakdown Cover", 26, 26, FR, 4900, BC, 3, 19),            # 41
    ("Mickleby Stadium Breakdown Cover", 16, 41, SS, 7600, BC, 6, 26),                 # 42
    ("Wrelton Grand Hotel Stair Lift", 3, 3, WON, 8200, ST, 5, -6),                    # 43
    ("Skinningrove Steelworks Goods Lift", 29, 27, SC, 47500, GL, 2, 49),              # 44
    ("Marske Library Lift Modernisation", 30, 28, LOST, 21800, LM, 3, -33),            # 45
]

# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 1-9 days. The 14/21/28/42/56-day cutoffs all keep at least 2 days' margin.
QUIET = {26: 95, 31: 70, 5: 63, 12: 51, 3: 47, 21: 36, 28: 32, 23: 25, 44: 17}
NO_ACTIVITY = {33}  # a fresh enquiry nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..42
TASKS = [
    ("Send bed lift drawings to Jakub Sedlak", 1, 1, 2, 3, "open"),                             # 1
    ("Send goods lift quote to Jakub Nowicki", 11, 2, 5, -2, "open"),                           # 2
    ("Book shaft survey at Wrelton Grand Hotel", 5, 32, 5, 2, "open"),                          # 3
    ("Book shaft survey at Wrelton Grand Hotel", 4, 3, 5, 6, "open"),                           # 4
    ("Chase Leilani Kealoha for the lift PO", 4, 3, 5, -4, "open"),                             # 5
    ("Send escalator refurb programme to Leilani Akana", 27, 4, 2, 0, "open"),                  # 6
    ("Confirm car park lift access with Eliska Prochazka", 6, 29, 6, -1, "open"),               # 7
    ("Send library lift survey to Adaeze Okonkwo", 7, 10, 2, -3, "open"),                       # 8
    ("Chase Emre Demirci about the escalator shutdown dates", 9, 5, 3, -6, "open"),             # 9
    ("Send stair lift brochure to Zuzana Carlin", 14, 8, 6, 4, "open"),                         # 10
    ("Call Matthias Brandl about the fly floor access", 15, 9, 3, 5, "open"),                   # 11
    ("Send dental stair lift options to Lautaro Benitez", 17, 11, 3, -2, "open"),               # 12
    ("Send footbridge lift costs to Xiomara Quispe", 18, 12, 5, 8, "open"),                     # 13
    ("Chase Petronela Dragos for the modernisation decision", 19, 13, 6, -5, "open"),           # 14
    ("Book goods lift survey at Staithes Maritime Museum", 21, 14, 2, 9, "open"),               # 15
    ("Send stair lift contract to Nilufar Rahimova", 22, 15, 3, 1, "open"),                     # 16
    ("Call Benedek Szalai about the lift outage plan", 24, 16, 5, 10, "open"),                  # 17
    ("Confirm stadium access with Oriane Lefebvre", 26, 17, 6, -8, "open"),                     # 18
    ("Send breakdown cover renewal to Malak Mansour", 28, 36, 2, 7, "open"),                    # 19
    ("Chase Kazuki Morimoto about the goods lift survey", 29, 18, 3, -1, "open"),               # 20
    ("Send housing lift programme to Pania Ruawai", 30, 19, 5, 12, "open"),                     # 21
    ("Send escalator service schedule to Wojciech Grabowski", 31, 20, 6, 3, "open"),            # 22
    ("Chase Abebe Girma for the stair lift order", 32, 21, 2, -4, "open"),                      # 23
    ("Send passenger lift layout to Teresinha Cardoso", 33, 43, 2, 15, "open"),                 # 24
    ("Book lift survey at Margrove Cinema", 35, 23, 5, 6, "open"),                              # 25
    ("Send terminal lift proposal to Osvaldo Pacheco", 36, 24, 6, -7, "open"),                  # 26
    ("Call Tereza Novakova about the breakdown cover start date", 37, 25, 2, 11, "open"),       # 27
    ("Send breakdown cover terms to Gintare Kazlauskaite", 41, 26, 3, 2, "open"),               # 28
    ("Ask Elif Demirci about the leisure centre reopening", None, 6, 5, 14, "open"),            # 29
    ("Invite Maelle Guerin to the stair lift demo", None, 22, 3, 16, "open"),                   # 30
    ("Send service lift quote to Priscila Nogueira", 5, 32, 5, 4, "open"),                      # 31
    ("Check goods lift stock for Piet Brouwer", None, 38, 3, -2, "open"),                       # 32
    ("Send breakdown cover quote to Goran Petrovic", 42, 41, 6, 8, "open"),                     # 33
    ("Send breakdown cover quote to Yevgenia Orlova", 2, 31, 2, 5, "open"),                     # 34
    ("Send goods lift drawings to Rasmus Toft", 44, 27, 2, 6, "open"),                           # 35
    ("Confirm library closure dates with Hinewai Paki", None, 28, 3, -3, "open"),               # 36
    ("Hand over stair lift at Ugthorpe University", 8, 10, 2, -12, "done"),                     # 37
    ("Send modernisation invoice to Zuzana Carlin", 13, 8, 6, -18, "done"),                     # 38
    ("Send stair lift invoice to Maelle Guerin", 34, 22, 3, -10, "done"),                       # 39
    ("Commission goods lift at Ruswarp Confectionery", 38, 26, 3, -38, "done"),                 # 40
    ("Send stair lift handover pack to Leilani Kealoha", 43, 3, 5, -5, "done"),                 # 41
    ("Send breakdown cover schedule to Onur Celik", 12, 33, 5, 9, "open"),                      # 42
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Scope call", "Check-in call", "Pricing call"],
            "meeting": ["Machine room visit", "Shaft inspection", "Site meeting", "Review meeting"],
            "email": ["Sent quotation", "Sent layout drawings", "Sent contract", "Follow-up email"],
            "note": ["Budget signed off internally", "Comparing two lift firms", "Waiting on building plans",
                     "Lift inspection due"],
            "message": ["Text check-in", "Sent photos of the car", "Confirmed access slot"]}

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
    store.con.register("fixture_o_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_o_rows")
    finally:
        store.con.unregister("fixture_o_rows")


def _phone(i: int) -> str:
    return f"0191 498 0{(i * 53 + 29) % 1000:03d}"  # Ofcom drama range (Tyneside)


def _email(first: str, last: str, domain: str) -> str:
    return f"{first[0]}{last}@{domain}".lower()


def generate(store: Store, today: dt.date = TODAY, seed: int = 2045) -> dict[str, int]:
    """Fill an empty store with the Ascendry Lift Engineering data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(10, 5))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture O goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(300, 1100))
            companies.append((i, name, domain, industry, owner, created, created, None, f"ale-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, _email(first, last, domain), _phone(i), title, ci, COMPANIES[ci - 1][3],
                             stage, created, created, None, f"ale-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            if stage in CLOSED:  # created some weeks before it closed
                created = ago(max(rng.uniform(200, 330), -days + rng.uniform(30, 90)))
            else:
                created = ago(rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"ale-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"ale-ac-{i:04d}"))

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
                          f"ale-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
