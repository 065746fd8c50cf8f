"""Sixteenth, independent fixture for the evaluation corpus: Hoarfrost Refrigeration, a commercial refrigeration and
cold-room installer. It builds walk-in cold rooms and freezer rooms, fits blast freezers, display chillers and ice
machines, converts old plant to new refrigerant gases and sells planned-maintenance plans to a creamery, a community
hospital, a seafood processor, a hydro hotel, a brewery, meat traders, a smokehouse, a flower wholesaler, an ice-cream
parlour, berry growers, a pharmacy distributor, a fish bar, a lobster company, a cash and carry, a bakery, a contract
caterer, a grocer, an abattoir, a biobank, a high school, funeral directors, a seaside hotel, a chocolate works, a care
village, a food bank, a farm shop, a meal-kit company, a deli, a caravan park and a venison dealer. Deterministic: the
same database for the same `today`.

Nothing here is shared with data/demo.py or fixtures B-O (users, companies, people, products and pipeline all differ).
Near-duplicates are deliberate so some requests need clarifying:
- two contacts called Oisin (Oisin Mulcahy at Pitlochry Seafoods, Oisin Valente at Newburgh Abattoir) and two called
  Lindiwe (Lindiwe Mabaso at Kinross Pharmacy Distribution, Lindiwe Pinheiro at Kincardine Care Village); two contacts
  with the last name Strachan (Ailsa at Kirriemuir Creamery, Euan at Aberdour Seaview Hotel); a contact, Thandeka Ncube
  (Markinch Biobank), who shares her first name with the rep Thandeka Mkhize; a contact, Morag Brechin (Tayport Grocers),
  whose last name is the first word of the company Brechin Brewing Company;
- two pairs of companies sharing their first word: Kirriemuir Creamery / Kirriemuir Community Hospital and Pitlochry
  Seafoods / Pitlochry Hydro Hotel;
- eight companies with two open deals (Pitlochry Hydro Hotel also has a closed one) and six with one open deal plus a
  closed one;
- two open deals whose names end in "Cold Room Rebuild" (Pitlochry Seafoods, Anstruther Fish Bar);
- an account whose owner is not the owner of one of its open deals (Kinross Pharmacy Distribution is Jarkko's; Kinross
  Pharmacy Maintenance Plan is Seonaid's);
- two open tasks titled "Book site measure at Kincardine Care Village"; tasks naming each Oisin and each Lindiwe.

The stage names are ordinary words of the trade on purpose: an engineer goes out to "site measure" a room, the designer
works out the "heat load", the layout "drawings" go "out" to the client, the buyer haggles over the "final terms", a
finished system is "gassed up" (charged with refrigerant and running) and a job that thaws away has "defrosted".

Usage (the engine reads its pipeline from CRM_PIPELINE):
    os.environ["CRM_PIPELINE"] = ",".join(PIPELINE)
    generate(Store(":memory:"), TODAY)
"""
from __future__ import annotations

import datetime as dt
import random

from core.store import Store

TODAY = dt.date(2046, 9, 12)  # a Wednesday
PIPELINE = ["Site Measure", "Heat Load", "Drawings Out", "Final Terms", "Gassed Up", "Defrosted"]
CLOSED = ("Gassed Up", "Defrosted")
DOMAIN = "hoarfrostcooling.com"

# note: the admin is id 3 and the reviewer id 6; reps are 1, 2, 4 and 5
USERS = [
    (1, "Ignacio Bettencourt", f"ignacio@{DOMAIN}", "rep"),
    (2, "Thandeka Mkhize", f"thandeka@{DOMAIN}", "rep"),
    (3, "Catriona Menzies", f"catriona@{DOMAIN}", "admin"),
    (4, "Jarkko Hoekstra", f"jarkko@{DOMAIN}", "rep"),
    (5, "Seonaid Laidlaw", f"seonaid@{DOMAIN}", "rep"),
    (6, "Gergely Takacs", f"gergely@{DOMAIN}", "reviewer"),
]
REPS = [1, 2, 4, 5]

PRODUCTS = ["Cold Rooms", "Blast Freezers", "Display Chillers", "Ice Machines", "Refrigerant Retrofits",
            "Maintenance Plans"]
CR, BF, DC, IM, RR, MP = PRODUCTS

# (name, domain, industry, owner) -- ids 1..30 in this order; owners are the reps in turn (1, 2, 4, 5, 1, ...)
COMPANIES = [
    ("Kirriemuir Creamery", "kirriemuircreamery.co.uk", "Dairy", 1),                    # 1
    ("Kirriemuir Community Hospital", "kirriemuirhospital.nhs.uk", "Hospitals", 2),     # 2
    ("Pitlochry Seafoods", "pitlochryseafoods.com", "Seafood Processing", 4),           # 3
    ("Pitlochry Hydro Hotel", "pitlochryhydro.co.uk", "Hotels", 5),                     # 4
    ("Brechin Brewing Company", "brechinbrewing.com", "Brewing", 1),                    # 5
    ("Forfar Meat Traders", "forfarmeat.co.uk", "Meat Processing", 2),                  # 6
    ("Arbroath Smokehouse", "arbroathsmokehouse.co.uk", "Food Production", 4),          # 7
    ("Crieff Flower Wholesale", "crieffflowers.co.uk", "Flower Wholesale", 5),          # 8
    ("Dunkeld Ice Cream Parlour", "dunkeldicecream.co.uk", "Ice Cream", 1),             # 9
    ("Blairgowrie Berry Growers", "blairgowrieberries.co.uk", "Fruit Farming", 2),      # 10
    ("Kinross Pharmacy Distribution", "kinrosspharma.com", "Pharmaceutical Distribution", 4),  # 11
    ("Anstruther Fish Bar", "anstrutherfishbar.co.uk", "Restaurants", 5),               # 12
    ("Crail Lobster Company", "crail-lobster.co.uk", "Seafood", 1),                     # 13
    ("Cupar Cash & Carry", "cuparcashandcarry.co.uk", "Wholesale", 2),                  # 14
    ("Auchtermuchty Bakery", "auchtermuchtybakery.co.uk", "Bakeries", 4),               # 15
    ("Leuchars Contract Catering", "leucharscatering.com", "Catering", 5),              # 16
    ("Tayport Grocers", "tayportgrocers.co.uk", "Grocery Retail", 1),                   # 17
    ("Newburgh Abattoir", "newburghabattoir.co.uk", "Meat Processing", 2),              # 18
    ("Markinch Biobank", "markinchbiobank.org", "Life Sciences", 4),                    # 19
    ("Lochgelly High School", "lochgellyhigh.sch.uk", "Schools", 5),                    # 20
    ("Kelty Funeral Directors", "keltyfunerals.co.uk", "Funeral Services", 1),          # 21
    ("Aberdour Seaview Hotel", "aberdourseaview.com", "Hotels", 2),                     # 22
    ("Culross Chocolate Works", "culrosschocolate.co.uk", "Confectionery", 4),          # 23
    ("Kincardine Care Village", "kincardinecare.org.uk", "Care Homes", 5),              # 24
    ("Alloa Food Bank", "alloafoodbank.org.uk", "Charities", 1),                        # 25
    ("Tillicoultry Farm Shop", "tillicoultryfarmshop.co.uk", "Farm Retail", 2),         # 26
    ("Menstrie Meal Kits", "menstriemeals.com", "Food Delivery", 4),                    # 27
    ("Dunblane Deli", "dunblanedeli.co.uk", "Delicatessens", 5),                        # 28
    ("Callander Caravan Park", "callandercaravans.co.uk", "Holiday Parks", 1),          # 29
    ("Balquhidder Venison", "balquhiddervenison.co.uk", "Game Dealers", 2),             # 30
]

# (first, last, company id, title, lifecycle) -- ids 1..45; a contact's owner is its company's owner
CONTACTS = [
    ("Oisin", "Mulcahy", 3, "Plant Manager", "opportunity"),                     # 1
    ("Oisin", "Valente", 18, "Operations Manager", "opportunity"),               # 2
    ("Lindiwe", "Mabaso", 11, "Warehouse Manager", "opportunity"),               # 3
    ("Lindiwe", "Pinheiro", 24, "Catering Manager", "opportunity"),              # 4
    ("Ailsa", "Strachan", 1, "Production Manager", "opportunity"),               # 5
    ("Euan", "Strachan", 22, "Head Chef", "prospect"),                           # 6
    ("Thandeka", "Ncube", 19, "Lab Manager", "opportunity"),                     # 7
    ("Morag", "Brechin", 17, "Store Manager", "opportunity"),                    # 8
    ("Ruaridh", "Aguirre", 2, "Estates Officer", "opportunity"),                 # 9
    ("Csilla", "Ogundipe", 4, "General Manager", "customer"),                    # 10
    ("Tendai", "Farquharson", 5, "Head Brewer", "opportunity"),                  # 11
    ("Kerem", "Lacerda", 6, "Site Manager", "opportunity"),                      # 12
    ("Ifeoma", "Duthie", 7, "Owner", "opportunity"),                             # 13
    ("Sjoerd", "Halcrow", 8, "Operations Director", "prospect"),                 # 14
    ("Paloma", "Kinnear", 9, "Owner", "customer"),                               # 15
    ("Aukusti", "Rendall", 10, "Farm Manager", "opportunity"),                   # 16
    ("Bongani", "Tulloch", 12, "Owner", "opportunity"),                          # 17
    ("Misaki", "Linklater", 13, "Managing Director", "opportunity"),             # 18
    ("Gokhan", "Sutherland", 14, "Buying Manager", "customer"),                  # 19
    ("Efua", "Cruickshank", 15, "Head Baker", "opportunity"),                    # 20
    ("Otabek", "Rennie", 16, "Contracts Manager", "opportunity"),                # 21
    ("Maartje", "Ofori", 20, "Catering Supervisor", "opportunity"),              # 22
    ("Sherzod", "Pringle", 21, "Funeral Director", "opportunity"),               # 23
    ("Nandini", "Castanheira", 23, "Production Lead", "customer"),               # 24
    ("Duarte", "Moyo", 25, "Volunteer Coordinator", "prospect"),                 # 25
    ("Zanele", "Iturbe", 26, "Shop Manager", "customer"),                        # 26
    ("Vilhelm", "Okada", 27, "Operations Manager", "opportunity"),               # 27
    ("Aigul", "Sangster", 28, "Owner", "customer"),                              # 28
    ("Branimir", "Esson", 29, "Park Manager", "opportunity"),                    # 29
    ("Estibaliz", "Gauld", 30, "Managing Director", "opportunity"),              # 30
    ("Rigoberto", "Milne", 3, "Finance Director", "lead"),                       # 31
    ("Dineo", "Cairncross", 4, "Head Chef", "lead"),                             # 32
    ("Kwesi", "Terpstra", 5, "Finance Manager", "lead"),                         # 33
    ("Tahmina", "Geddes", 6, "Quality Manager", "lead"),                         # 34
    ("Hidde", "Baxter", 9, "Shop Supervisor", "lead"),                           # 35
    ("Caoimhe", "Fontes", 11, "Procurement Lead", "lead"),                       # 36
    ("Anirudh", "Spence", 12, "Assistant Manager", "lead"),                      # 37
    ("Nomvula", "Olawale", 14, "Category Buyer", "prospect"),                    # 38
    ("Jovana", "Souter", 16, "Procurement Officer", "lead"),                     # 39
    ("Takumi", "Flett", 18, "Engineering Lead", "lead"),                         # 40
    ("Yerin", "Isbister", 22, "Hotel Manager", "lead"),                          # 41
    ("Bahrom", "Dalgleish", 24, "Facilities Manager", "lead"),                   # 42
    ("Leyla", "Rutherford", 27, "Finance Director", "lead"),                     # 43
    ("Gerrit", "Ishikawa", 29, "Assistant Warden", "lead"),                      # 44
    ("Arantxa", "Buchanan", 2, "Procurement Officer", "lead"),                   # 45
]

SM, HL, DO, FT, WON, LOST = PIPELINE
# (name, company, contact, stage, amount, product, owner, close in days from today) -- ids 1..45
DEALS = [
    ("Pitlochry Seafoods Cold Room Rebuild", 3, 1, FT, 128000, CR, 4, 19),             # 1
    ("Pitlochry Seafoods Maintenance Plan", 3, 31, HL, 8400, MP, 4, 44),               # 2
    ("Pitlochry Hydro Hotel Ice Machines", 4, 10, DO, 14200, IM, 5, 23),               # 3
    ("Kirriemuir Creamery Blast Freezer", 1, 5, DO, 67500, BF, 1, 15),                 # 4
    ("Kirriemuir Creamery Maintenance Plan", 1, 5, SM, 9900, MP, 1, 52),               # 5
    ("Kirriemuir Hospital Pharmacy Cold Room", 2, 9, HL, 46000, CR, 2, 37),            # 6
    ("Brechin Brewing Cask Cellar", 5, 11, FT, 38500, CR, 1, 9),                       # 7
    ("Brechin Brewing Refrigerant Retrofit", 5, 33, WON, 21600, RR, 1, -18),           # 8
    ("Forfar Meat Traders Blast Freezers", 6, 12, SM, 84000, BF, 2, 48),               # 9
    ("Forfar Meat Traders Display Chillers", 6, 34, LOST, 17800, DC, 2, -27),          # 10
    ("Arbroath Smokehouse Cold Room", 7, 13, DO, 32000, CR, 4, 27),                    # 11
    ("Crieff Flowers Chill Store", 8, 14, HL, 41000, CR, 5, 33),                       # 12
    ("Dunkeld Ice Cream Blast Freezer", 9, 15, WON, 26500, BF, 1, -11),                # 13
    ("Dunkeld Ice Cream Display Chillers", 9, 35, FT, 12300, DC, 1, 6),                # 14
    ("Blairgowrie Berry Packhouse Cooling", 10, 16, DO, 58000, CR, 2, 21),             # 15
    ("Kinross Pharmacy Refrigerant Retrofit", 11, 3, FT, 73000, RR, 4, 12),            # 16
    ("Kinross Pharmacy Maintenance Plan", 11, 36, HL, 11200, MP, 5, 40),               # 17
    ("Anstruther Fish Bar Cold Room Rebuild", 12, 17, DO, 36500, CR, 5, 26),           # 18
    ("Anstruther Fish Bar Ice Machines", 12, 37, LOST, 6900, IM, 5, -22),              # 19
    ("Crail Lobster Chill Room", 13, 18, SM, 27000, CR, 1, 56),                        # 20
    ("Cupar Cash & Carry Display Chillers", 14, 19, DO, 49500, DC, 2, 30),             # 21
    ("Cupar Cash & Carry Refrigerant Retrofit", 14, 38, WON, 34000, RR, 2, -35),       # 22
    ("Auchtermuchty Bakery Blast Freezer", 15, 20, FT, 23800, BF, 4, 16),              # 23
    ("Leuchars Catering Ice Machines", 16, 21, HL, 9600, IM, 5, -4),                   # 24
    ("Leuchars Catering Walk-In Freezer", 16, 39, SM, 31500, CR, 5, 61),               # 25
    ("Tayport Grocers Display Chillers", 17, 8, DO, 42800, DC, 1, 18),                 # 26
    ("Newburgh Abattoir Blast Freezers", 18, 2, FT, 112000, BF, 2, 24),                # 27
    ("Newburgh Abattoir Maintenance Plan", 18, 40, HL, 15400, MP, 2, -6),              # 28
    ("Markinch Biobank Freezer Room", 19, 7, DO, 96000, CR, 4, 35),                    # 29
    ("Lochgelly High School Kitchen Cold Room", 20, 22, SM, 18500, CR, 5, 42),         # 30
    ("Kelty Funeral Mortuary Chiller", 21, 23, HL, 22400, CR, 1, 29),                  # 31
    ("Aberdour Seaview Ice Machines", 22, 6, DO, 7800, IM, 2, 11),                     # 32
    ("Aberdour Seaview Kitchen Refrigeration", 22, 41, SM, 19900, RR, 2, 66),          # 33
    ("Culross Chocolate Cooling Tunnel", 23, 24, WON, 54000, BF, 4, -14),              # 34
    ("Kincardine Care Village Maintenance Plan", 24, 4, HL, 6800, MP, 5, 20),          # 35
    ("Kincardine Care Village Kitchen Cold Rooms", 24, 42, FT, 27500, CR, 5, 13),      # 36
    ("Alloa Food Bank Cold Store", 25, 25, SM, 12800, CR, 1, 39),                      # 37
    ("Tillicoultry Farm Shop Display Chillers", 26, 26, WON, 15900, DC, 2, -9),        # 38
    ("Menstrie Meal Kits Blast Freezers", 27, 27, LOST, 44500, BF, 4, -30),            # 39
    ("Dunblane Deli Display Chillers", 28, 28, LOST, 11700, DC, 5, -340),              # 40
    ("Callander Caravan Park Ice Machines", 29, 29, FT, 5200, IM, 1, 8),               # 41
    ("Balquhidder Venison Chill Room", 30, 30, DO, 37200, CR, 2, 45),                  # 42
    ("Pitlochry Hydro Hotel Refrigerant Retrofit", 4, 32, WON, 19400, RR, 5, -5),      # 43
    ("Pitlochry Hydro Hotel Maintenance Plan", 4, 10, SM, 7200, MP, 5, 58),            # 44
    ("Menstrie Meal Kits Cold Room", 27, 43, HL, 29800, CR, 4, 54),                    # 45
]

# open deals whose latest deal-linked activity is pinned this many days (plus 0.3) in the past; every other open
# deal has a touch within the last 1-9 days. The 14/21/28/42/56-day cutoffs all keep at least 2 days' margin.
QUIET = {20: 90, 37: 66, 9: 60, 30: 49, 5: 45, 42: 34, 2: 31, 25: 24, 12: 17}
NO_ACTIVITY = {33}  # a fresh enquiry nobody has logged anything against

# (title, deal id or None, contact id, owner, due in days from today, status) -- ids 1..40
TASKS = [
    ("Send cold room drawings to Oisin Mulcahy", 1, 1, 4, 3, "open"),                              # 1
    ("Send blast freezer quote to Oisin Valente", 27, 2, 2, -2, "open"),                           # 2
    ("Book site measure at Kincardine Care Village", 36, 42, 5, 2, "open"),                        # 3
    ("Book site measure at Kincardine Care Village", 35, 4, 5, 6, "open"),                         # 4
    ("Chase Lindiwe Mabaso for the retrofit PO", 16, 3, 4, -4, "open"),                            # 5
    ("Send maintenance plan terms to Lindiwe Pinheiro", 35, 4, 5, 0, "open"),                      # 6
    ("Confirm delivery access with Ailsa Strachan", 4, 5, 1, -1, "open"),                          # 7
    ("Send pharmacy cold room layout to Ruaridh Aguirre", 6, 9, 2, -3, "open"),                    # 8
    ("Chase Kerem Lacerda about the freezer floor slab", 9, 12, 2, 5, "open"),                     # 9
    ("Send ice machine options to Csilla Ogundipe", 3, 10, 5, 4, "open"),                          # 10
    ("Call Tendai Farquharson about the cellar shutdown", 7, 11, 1, 1, "open"),                    # 11
    ("Send smokehouse cold room quote to Ifeoma Duthie", 11, 13, 4, -2, "open"),                   # 12
    ("Send chill store heat load report to Sjoerd Halcrow", 12, 14, 5, 8, "open"),                 # 13
    ("Chase Paloma Kinnear for the display chiller order", 14, 15, 1, -5, "open"),                 # 14
    ("Book packhouse survey at Blairgowrie Berry Growers", 15, 16, 2, 9, "open"),                  # 15
    ("Send cold room rebuild programme to Bongani Tulloch", 18, 17, 5, -1, "open"),                # 16
    ("Call Misaki Linklater about the chill room size", 20, 18, 1, 10, "open"),                    # 17
    ("Send display chiller layout to Gokhan Sutherland", 21, 19, 2, -8, "open"),                   # 18
    ("Send blast freezer contract to Efua Cruickshank", 23, 20, 4, 1, "open"),                     # 19
    ("Chase Otabek Rennie about the ice machine order", 24, 21, 5, -6, "open"),                    # 20
    ("Send display chiller brochure to Morag Brechin", 26, 8, 1, 7, "open"),                       # 21
    ("Confirm abattoir shutdown dates with Takumi Flett", 28, 40, 2, -1, "open"),                  # 22
    ("Send freezer room validation plan to Thandeka Ncube", 29, 7, 4, 3, "open"),                  # 23
    ("Send kitchen cold room quote to Maartje Ofori", 30, 22, 5, 12, "open"),                      # 24
    ("Call Sherzod Pringle about the mortuary chiller", 31, 23, 1, -3, "open"),                    # 25
    ("Send ice machine quote to Euan Strachan", 32, 6, 2, 6, "open"),                              # 26
    ("Book site measure at Alloa Food Bank", 37, 25, 1, 15, "open"),                               # 27
    ("Send venison chill room drawings to Estibaliz Gauld", 42, 30, 2, 11, "open"),                # 28
    ("Send caravan park ice machine terms to Branimir Esson", 41, 29, 1, 2, "open"),               # 29
    ("Ask Aigul Sangster about the new deli counter", None, 28, 5, 14, "open"),                    # 30
    ("Invite Zanele Iturbe to the chiller showroom", None, 26, 2, 16, "open"),                     # 31
    ("Check blast freezer stock for Vilhelm Okada", None, 27, 4, -2, "open"),                      # 32
    ("Send maintenance plan quote to Rigoberto Milne", 2, 31, 4, 5, "open"),                       # 33
    ("Send hotel maintenance plan quote to Dineo Cairncross", 44, 32, 5, 9, "open"),               # 34
    ("Confirm food bank delivery slots with Duarte Moyo", None, 25, 1, -3, "open"),                # 35
    ("Send kitchen cold room options to Bahrom Dalgleish", 36, 42, 5, 4, "open"),                  # 36
    ("Gas up blast freezer at Dunkeld Ice Cream", 13, 15, 1, -12, "done"),                         # 37
    ("Send retrofit invoice to Gokhan Sutherland", 22, 19, 2, -30, "done"),                        # 38
    ("Send cooling tunnel handover pack to Nandini Castanheira", 34, 24, 4, -10, "done"),          # 39
    ("Send display chiller invoice to Zanele Iturbe", 38, 26, 2, -5, "done"),                      # 40
]
N_ACTIVITIES = 400
SUBJECTS = {"call": ["Intro call", "Temperature issue call", "Check-in call", "Pricing call"],
            "meeting": ["Plant room visit", "Cold room walk-through", "Site meeting", "Design review"],
            "email": ["Sent quotation", "Sent layout drawings", "Sent heat load sheet", "Follow-up email"],
            "note": ["Capex approved internally", "Comparing two installers", "Waiting on floor plans",
                     "F-gas check due"],
            "message": ["Text check-in", "Sent photos of the evaporator", "Confirmed access slot"]}

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
    store.con.register("fixture_p_rows", pd.DataFrame(rows, columns=list(cols)))
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM fixture_p_rows")
    finally:
        store.con.unregister("fixture_p_rows")


def _phone(i: int) -> str:
    return f"0131 496 0{(i * 67 + 41) % 1000:03d}"  # Ofcom drama range (Edinburgh)


def _email(first: str, last: str, domain: str) -> str:
    return f"{first}.{last}@{domain}".lower()


def generate(store: Store, today: dt.date = TODAY, seed: int = 2046) -> dict[str, int]:
    """Fill an empty store with the Hoarfrost Refrigeration data set; one transaction."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(9, 40))
    if store.scalar("SELECT count(*) FROM users"):
        raise ValueError("the database already has data; fixture P goes into an empty database")

    def ago(days: float) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(microsecond=0)

    with store.atomic():
        _insert(store, "users", USERS)
        companies = []
        for i, (name, domain, industry, owner) in enumerate(COMPANIES, start=1):
            created = ago(rng.uniform(300, 1100))
            companies.append((i, name, domain, industry, owner, created, created, None, f"hrf-co-{i:03d}"))
        _insert(store, "companies", companies)

        contacts = []
        for i, (first, last, ci, title, stage) in enumerate(CONTACTS, start=1):
            domain = COMPANIES[ci - 1][1]
            created = ago(rng.uniform(40, 600))
            contacts.append((i, first, last, _email(first, last, domain), _phone(i), title, ci, COMPANIES[ci - 1][3],
                             stage, created, created, None, f"hrf-ct-{i:03d}"))
        _insert(store, "contacts", contacts)

        deals = []
        for i, (name, ci, ct, stage, amount, product, owner, days) in enumerate(DEALS, start=1):
            if stage in CLOSED:  # created some weeks before it closed
                created = ago(max(rng.uniform(200, 330), -days + rng.uniform(30, 90)))
            else:
                created = ago(rng.uniform(25, 170))
            deals.append((i, name, ci, ct, stage, float(amount), "USD", today + dt.timedelta(days=days), product,
                          owner, created, created, None, f"hrf-dl-{i:03d}"))
        _insert(store, "deals", deals)

        activities = []

        def add_activity(kind: str, age: float, contact: int | None, company: int, deal: int | None,
                         author: int) -> None:
            i = len(activities) + 1
            activities.append((i, kind, rng.choice(SUBJECTS[kind]), None, ago(age), contact, company, deal, author,
                               None, f"hrf-ac-{i:04d}"))

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
                          f"hrf-tk-{i:03d}"))
        _insert(store, "tasks", tasks)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        store.note_ids(t)
    return {"users": len(USERS), "companies": len(companies), "contacts": len(contacts), "deals": len(deals),
            "activities": len(activities), "tasks": len(tasks)}
