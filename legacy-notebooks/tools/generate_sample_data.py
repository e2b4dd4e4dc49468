#!/usr/bin/env python3
"""Generate the deterministic sample data under legacy-notebooks/data/.

Run from anywhere with plain python3 (standard library only):

    python3 legacy-notebooks/tools/generate_sample_data.py

The output is byte-for-byte the same on every run (fixed seed, fixed ordering,
'\\n' line endings). The folder layout mirrors the data lake: a lake path
wasbs://<container>@contosofoodlake.blob.core.windows.net/<path> is the local
path data/<container>/<path> (see legacy-notebooks/README.md).

Period: 2024-01-01 .. 2024-03-31. Six sites (four restaurants, two staff
canteens) in GB, IE, FR, NL and US; 24 menu items; 39 ingredients; 8 suppliers.
Deliberate data quirks (the notebooks deal with them):
  * daily_sales: two till-outage rows with empty figures, one exact duplicate row
    (S001 2024-02-14, file re-sent by the POS vendor);
  * waste logs: units in kg/KG/Kg/g/lb/lbs and a few 'portion' (not convertible),
    free-text reasons, some null or empty reasons, one gram weight keyed as kg;
  * price lists: pack units kg/g/lb/l/ml, prices in GBP/EUR/USD;
  * fx rates: to GBP only (GBP itself is not in the file), every calendar day;
  * deliveries: cancelled ones have delivered_at null.
"""
import csv
import json
import math
import os
import random
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "data"))

START = date(2024, 1, 1)
END = date(2024, 3, 31)
DAYS = [START + timedelta(days=i) for i in range((END - START).days + 1)]

rng = random.Random(20240101)


def path(*parts):
    p = os.path.join(DATA, *parts)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write_csv(rel, header, rows):
    with open(path(*rel.split("/")), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def write_jsonl(rel, records):
    with open(path(*rel.split("/")), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def money(cents):
    return "%d.%02d" % (cents // 100, cents % 100)


# --------------------------------------------------------------------------- reference
SITES = [
    # id, name, type, brand, city, country, currency, region, seats, opened
    ("S001", "The Brass Kettle", "RESTAURANT", "Kettle & Co", "London", "GB", "GBP", "UK & Ireland", 80, "2012-05-14"),
    ("S002", "Harbour Point Staff Canteen", "CANTEEN", "WorkPlate", "Manchester", "GB", "GBP", "UK & Ireland", 150, "2016-09-01"),
    ("S003", "Riverside Bistro", "RESTAURANT", "Kettle & Co", "Dublin", "IE", "EUR", "UK & Ireland", 60, "2015-03-02"),
    ("S004", "Le Petit Comptoir", "RESTAURANT", "Comptoir", "Lyon", "FR", "EUR", "Continental Europe", 45, "2017-06-20"),
    ("S005", "Zuidas Campus Canteen", "CANTEEN", "WorkPlate", "Amsterdam", "NL", "EUR", "Continental Europe", 220, "2018-01-08"),
    ("S006", "Midtown Grill", "RESTAURANT", "Kettle & Co", "New York", "US", "USD", "North America", 120, "2019-04-11"),
]
SITE = {s[0]: s for s in SITES}

HOLIDAYS = [  # the whole of 2024, as the reference team keeps it
    ("2024-01-01", "GB", "New Year's Day"), ("2024-03-29", "GB", "Good Friday"), ("2024-04-01", "GB", "Easter Monday"),
    ("2024-05-06", "GB", "Early May bank holiday"), ("2024-05-27", "GB", "Spring bank holiday"),
    ("2024-08-26", "GB", "Summer bank holiday"), ("2024-12-25", "GB", "Christmas Day"), ("2024-12-26", "GB", "Boxing Day"),
    ("2024-01-01", "IE", "New Year's Day"), ("2024-02-05", "IE", "St Brigid's Day"), ("2024-03-18", "IE", "St Patrick's Day (observed)"),
    ("2024-04-01", "IE", "Easter Monday"), ("2024-05-06", "IE", "May Day"), ("2024-06-03", "IE", "June Holiday"),
    ("2024-08-05", "IE", "August Holiday"), ("2024-10-28", "IE", "October Holiday"), ("2024-12-25", "IE", "Christmas Day"),
    ("2024-12-26", "IE", "St Stephen's Day"),
    ("2024-01-01", "FR", "Jour de l'an"), ("2024-04-01", "FR", "Lundi de Pâques"), ("2024-05-01", "FR", "Fête du Travail"),
    ("2024-05-08", "FR", "Victoire 1945"), ("2024-05-09", "FR", "Ascension"), ("2024-05-20", "FR", "Lundi de Pentecôte"),
    ("2024-07-14", "FR", "Fête nationale"), ("2024-08-15", "FR", "Assomption"), ("2024-11-01", "FR", "Toussaint"),
    ("2024-11-11", "FR", "Armistice 1918"), ("2024-12-25", "FR", "Noël"),
    ("2024-01-01", "NL", "Nieuwjaarsdag"), ("2024-03-29", "NL", "Goede Vrijdag"), ("2024-03-31", "NL", "Eerste Paasdag"),
    ("2024-04-01", "NL", "Tweede Paasdag"), ("2024-04-27", "NL", "Koningsdag"), ("2024-05-05", "NL", "Bevrijdingsdag"),
    ("2024-05-09", "NL", "Hemelvaartsdag"), ("2024-05-20", "NL", "Tweede Pinksterdag"), ("2024-12-25", "NL", "Eerste Kerstdag"),
    ("2024-12-26", "NL", "Tweede Kerstdag"),
    ("2024-01-01", "US", "New Year's Day"), ("2024-01-15", "US", "Martin Luther King Jr. Day"),
    ("2024-02-19", "US", "Presidents' Day"), ("2024-05-27", "US", "Memorial Day"), ("2024-06-19", "US", "Juneteenth"),
    ("2024-07-04", "US", "Independence Day"), ("2024-09-02", "US", "Labor Day"), ("2024-10-14", "US", "Columbus Day"),
    ("2024-11-11", "US", "Veterans Day"), ("2024-11-28", "US", "Thanksgiving Day"), ("2024-12-25", "US", "Christmas Day"),
]
HOLIDAY_SET = {(d, c) for d, c, _ in HOLIDAYS}

EU_ALLERGENS = [
    ("CELERY", "Celery", 9), ("GLUTEN", "Cereals containing gluten", 1), ("CRUSTACEANS", "Crustaceans", 2),
    ("EGGS", "Eggs", 3), ("FISH", "Fish", 4), ("LUPIN", "Lupin", 13), ("MILK", "Milk", 7),
    ("MOLLUSCS", "Molluscs", 14), ("MUSTARD", "Mustard", 10), ("NUTS", "Tree nuts", 8), ("PEANUTS", "Peanuts", 5),
    ("SESAME", "Sesame seeds", 11), ("SOYA", "Soybeans", 6), ("SULPHITES", "Sulphur dioxide and sulphites", 12),
]

# id, name, group, allergens, base unit, reference cost GBP per kg (or litre)
INGREDIENTS = [
    ("I001", "Chicken breast", "PROTEIN", "", "kg", 6.50),
    ("I002", "Beef mince 15% fat", "PROTEIN", "", "kg", 7.20),
    ("I003", "Salmon fillet", "FISH", "FISH", "kg", 16.00),
    ("I004", "Cod loin", "FISH", "FISH", "kg", 13.50),
    ("I005", "King prawns", "FISH", "CRUSTACEANS", "kg", 18.00),
    ("I006", "Rope-grown mussels", "FISH", "MOLLUSCS", "kg", 5.50),
    ("I007", "Plain flour", "DRY_GOODS", "GLUTEN", "kg", 0.85),
    ("I008", "Brioche burger bun", "BAKERY", "GLUTEN|EGGS|MILK|SESAME", "kg", 4.80),
    ("I009", "Dried penne", "DRY_GOODS", "GLUTEN", "kg", 1.60),
    ("I010", "Basmati rice", "DRY_GOODS", "", "kg", 1.90),
    ("I011", "Maris Piper potatoes", "PRODUCE", "", "kg", 0.70),
    ("I012", "Free-range eggs", "DAIRY", "EGGS", "kg", 3.20),
    ("I013", "Whole milk", "DAIRY", "MILK", "l", 1.10),
    ("I014", "Unsalted butter", "DAIRY", "MILK", "kg", 7.50),
    ("I015", "Mature cheddar", "DAIRY", "MILK", "kg", 8.90),
    ("I016", "Parmesan", "DAIRY", "MILK", "kg", 19.00),
    ("I017", "Double cream", "DAIRY", "MILK", "l", 4.20),
    ("I018", "Celery", "PRODUCE", "CELERY", "kg", 1.80),
    ("I019", "Dijon mustard", "CONDIMENT", "MUSTARD", "kg", 5.60),
    ("I020", "Soy sauce", "CONDIMENT", "SOYA|GLUTEN", "l", 3.40),
    ("I021", "Firm tofu", "PROTEIN", "SOYA", "kg", 4.50),
    ("I022", "Toasted sesame oil", "CONDIMENT", "SESAME", "l", 9.80),
    ("I023", "Roasted peanuts", "DRY_GOODS", "PEANUTS", "kg", 5.20),
    ("I024", "Walnut halves", "DRY_GOODS", "NUTS", "kg", 12.50),
    ("I025", "Ground almonds", "DRY_GOODS", "NUTS", "kg", 11.00),
    ("I026", "Lupin flour", "DRY_GOODS", "LUPIN", "kg", 6.90),
    ("I027", "White wine (cooking and house)", "BEVERAGE", "SULPHITES", "l", 6.00),
    ("I028", "Dried apricots", "DRY_GOODS", "SULPHITES", "kg", 7.40),
    ("I029", "Vine tomatoes", "PRODUCE", "", "kg", 2.40),
    ("I030", "Brown onions", "PRODUCE", "", "kg", 0.95),
    ("I031", "Mixed salad leaves", "PRODUCE", "", "kg", 6.80),
    ("I032", "Chickpeas", "DRY_GOODS", "", "kg", 1.70),
    ("I033", "Dark chocolate 70%", "DRY_GOODS", "MILK|SOYA", "kg", 9.50),
    ("I034", "Caster sugar", "DRY_GOODS", "", "kg", 0.95),
    ("I035", "Lemons", "PRODUCE", "", "kg", 2.60),
    ("I036", "Olive oil", "CONDIMENT", "", "l", 7.90),
    ("I037", "Coffee beans", "BEVERAGE", "", "kg", 17.50),
    ("I038", "Mayonnaise", "CONDIMENT", "EGGS|MUSTARD", "kg", 3.60),
    ("I039", "Worcestershire sauce", "CONDIMENT", "FISH", "l", 6.40),
]
ING = {i[0]: i for i in INGREDIENTS}

# id, name, category, ingredient ids, main ingredient, portion g, vegetarian, restaurant price GBP (pence)
MENU = [
    ("M001", "Roast chicken breast, crushed potatoes", "MAIN", "I001;I011;I014;I035;I036", "I001", 450, False, 1450),
    ("M002", "Classic beef burger", "MAIN", "I002;I008;I015;I029;I030;I038", "I002", 380, False, 1395),
    ("M003", "Grilled salmon, lemon butter", "MAIN", "I003;I014;I035;I031", "I003", 350, False, 1750),
    ("M004", "Beer-battered cod and chips", "MAIN", "I004;I007;I011;I036;I035", "I004", 500, False, 1495),
    ("M005", "King prawn stir-fry", "MAIN", "I005;I020;I022;I010;I030", "I005", 420, False, 1650),
    ("M006", "Moules marinières", "MAIN", "I006;I027;I017;I030;I014", "I006", 600, False, 1595),
    ("M007", "Penne arrabbiata", "MAIN", "I009;I029;I030;I036", "I009", 400, True, 1150),
    ("M008", "Tofu and chickpea curry", "MAIN", "I021;I032;I010;I030;I029", "I021", 450, True, 1250),
    ("M009", "Chicken Caesar salad", "MAIN", "I001;I031;I016;I038;I007;I039", "I001", 320, False, 1195),
    ("M010", "Beef lasagne", "MAIN", "I002;I009;I013;I014;I007;I015;I029;I018", "I002", 420, False, 1350),
    ("M011", "Falafel wrap", "MAIN", "I032;I007;I022;I031;I029", "I032", 300, True, 995),
    ("M012", "Tomato and celery soup", "STARTER", "I029;I030;I017;I018", "I029", 300, True, 595),
    ("M013", "Prawn cocktail", "STARTER", "I005;I038;I031;I035", "I005", 180, False, 795),
    ("M014", "Hummus and flatbread", "STARTER", "I032;I022;I035;I036;I007", "I032", 200, True, 650),
    ("M015", "Satay chicken skewers", "STARTER", "I001;I023;I020", "I001", 160, False, 750),
    ("M016", "Chips", "SIDE", "I011;I036", "I011", 200, True, 395),
    ("M017", "House salad, mustard dressing", "SIDE", "I031;I029;I019;I036", "I031", 120, True, 425),
    ("M018", "Chocolate walnut brownie", "DESSERT", "I033;I014;I034;I012;I007;I024", "I033", 120, True, 625),
    ("M019", "Lemon tart", "DESSERT", "I035;I012;I014;I034;I007", "I035", 130, True, 650),
    ("M020", "Almond and apricot cake", "DESSERT", "I025;I028;I012;I034;I026", "I025", 120, True, 675),
    ("M021", "British cheese board", "DESSERT", "I015;I016;I007;I024;I018", "I015", 150, True, 950),
    ("M022", "Flat white", "DRINK", "I037;I013", "I037", 250, True, 320),
    ("M023", "Fresh lemonade", "DRINK", "I035;I034", "I035", 330, True, 350),
    ("M024", "House white wine 175ml", "DRINK", "I027", "I027", 175, True, 725),
]
ITEM = {m[0]: m for m in MENU}

CANTEEN_MENU = ["M001", "M007", "M008", "M009", "M010", "M011", "M012", "M016", "M017", "M018", "M019", "M022", "M023"]
SITE_MENU = {
    "S001": ["M001", "M002", "M003", "M004", "M007", "M009", "M010", "M012", "M013", "M015", "M016", "M017", "M018",
             "M019", "M021", "M022", "M023", "M024"],
    "S002": CANTEEN_MENU,
    "S003": ["M001", "M002", "M003", "M004", "M006", "M010", "M011", "M012", "M013", "M014", "M016", "M017", "M018",
             "M020", "M022", "M023", "M024"],
    "S004": ["M001", "M003", "M006", "M007", "M008", "M012", "M013", "M014", "M017", "M018", "M019", "M020", "M021",
             "M022", "M024"],
    "S005": CANTEEN_MENU,
    "S006": ["M001", "M002", "M003", "M005", "M007", "M008", "M009", "M011", "M013", "M014", "M015", "M016", "M017",
             "M018", "M020", "M022", "M023", "M024"],
}

SUPPLIERS = [
    # id, name, country, currency, payment terms days, active
    ("SUP01", "Thames Valley Foods Ltd", "GB", "GBP", 30, "Y"),
    ("SUP02", "Northern Fresh Produce Ltd", "GB", "GBP", 14, "Y"),
    ("SUP03", "Celtic Seafood Company", "IE", "EUR", 30, "Y"),
    ("SUP04", "Rhone Alpes Distribution SAS", "FR", "EUR", 45, "Y"),
    ("SUP05", "Hollandse Groothandel BV", "NL", "EUR", 30, "Y"),
    ("SUP06", "Empire State Provisions Inc", "US", "USD", 30, "Y"),
    ("SUP07", "Atlantic Fish Traders Ltd", "GB", "GBP", 7, "Y"),
    ("SUP08", "Pacific Coffee Importers LLC", "US", "USD", 60, "Y"),
]
SUPPLIER_RANGE = {
    "SUP01": ["I001", "I002", "I007", "I008", "I009", "I010", "I011", "I012", "I013", "I014", "I015", "I016", "I017",
              "I019", "I020", "I021", "I022", "I023", "I024", "I025", "I026", "I027", "I028", "I029", "I030", "I031",
              "I032", "I033", "I034", "I035", "I036", "I037", "I038", "I039"],
    "SUP02": ["I011", "I012", "I018", "I029", "I030", "I031", "I035"],
    "SUP03": ["I003", "I004", "I005", "I006"],
    "SUP04": ["I001", "I002", "I006", "I007", "I009", "I013", "I014", "I015", "I016", "I017", "I019", "I027", "I029",
              "I030", "I033", "I036"],
    "SUP05": ["I001", "I010", "I011", "I012", "I013", "I014", "I021", "I022", "I029", "I030", "I031", "I032", "I034",
              "I035"],
    "SUP06": ["I001", "I002", "I003", "I005", "I008", "I011", "I012", "I015", "I023", "I024", "I025", "I029", "I030",
              "I031", "I038"],
    "SUP07": ["I003", "I004", "I005", "I006"],
    "SUP08": ["I033", "I034", "I037"],
}

# --------------------------------------------------------------------------- fx
# Treasury file: one rate per calendar day (weekends and holidays carried forward), to GBP only.
fx = {}
eur, usd = 0.8640, 0.7880
fx_rows = []
for d in DAYS:
    if d.weekday() < 5 or d == START:
        eur = round(eur * (1 + rng.uniform(-0.004, 0.004)), 4)
        usd = round(usd * (1 + rng.uniform(-0.005, 0.005)), 4)
    fx[(d, "EUR")] = eur
    fx[(d, "USD")] = usd
    fx_rows.append((d.isoformat(), "EUR", "GBP", "%.4f" % eur))
    fx_rows.append((d.isoformat(), "USD", "GBP", "%.4f" % usd))
write_csv("reference/fx_rates/fx_rates_daily_2024Q1.csv", ["rate_date", "from_currency", "to_currency", "rate"], fx_rows)
MENU_FX = {"GBP": 1.0, "EUR": 1.15, "USD": 1.30}  # menu pricing factors, not fx


# --------------------------------------------------------------------------- sales
def site_open(site_id, d):
    s = SITE[site_id]
    iso = d.isoformat()
    if s[2] == "CANTEEN":
        return d.weekday() < 5 and (iso, s[5]) not in HOLIDAY_SET
    if site_id in ("S001", "S003", "S004") and iso == "2024-01-01":
        return False
    if site_id == "S004" and d.weekday() == 0:  # Lyon: closed on Mondays
        return False
    return True


BASE_COVERS = {"S001": 205, "S002": 335, "S003": 150, "S004": 92, "S005": 410, "S006": 385}
DOW_REST = [0.74, 0.80, 0.90, 1.00, 1.32, 1.42, 1.08]
DOW_CANT = [1.00, 1.06, 1.05, 0.99, 0.78, 0, 0]
P_ORDER = {
    "RESTAURANT": {"MAIN": 0.92, "STARTER": 0.35, "SIDE": 0.45, "DESSERT": 0.30, "DRINK": 0.85},
    "CANTEEN": {"MAIN": 0.95, "STARTER": 0.15, "SIDE": 0.40, "DESSERT": 0.25, "DRINK": 0.60},
}
ITEM_WEIGHT = {(s, m): round(rng.uniform(0.5, 3.0), 3) for s in sorted(SITE_MENU) for m in SITE_MENU[s]}


def unit_price_cents(site_id, item_id):
    s = SITE[site_id]
    p = ITEM[item_id][7]
    if s[2] == "CANTEEN":
        p = p * 0.7
    p = p * MENU_FX[s[6]]
    return int(round(p / 5.0)) * 5


OUTAGES = {("S003", "2024-02-13"), ("S006", "2024-03-05")}
DUPLICATE = ("S001", "2024-02-14")

daily_rows = {1: [], 2: [], 3: []}
mix_rows = {1: [], 2: [], 3: []}
covers_by_site_day = {}
for d in DAYS:
    iso = d.isoformat()
    for s in SITES:
        sid, stype, country, ccy = s[0], s[2], s[5], s[6]
        if not site_open(sid, d):
            continue
        if (sid, iso) in OUTAGES:
            daily_rows[d.month].append([sid, iso, "", "", "", "", "", ccy])
            continue
        dow = (DOW_CANT if stype == "CANTEEN" else DOW_REST)[d.weekday()]
        f = BASE_COVERS[sid] * dow
        if stype == "RESTAURANT" and (iso, country) in HOLIDAY_SET:
            f *= 1.18
        if stype == "RESTAURANT" and iso == "2024-02-14":
            f *= 1.45
        if d < date(2024, 1, 15):
            f *= 0.86
        f *= 1 + 0.0015 * (d - START).days  # slow growth over the quarter
        covers = max(5, int(round(f * rng.gauss(1.0, 0.07))))
        covers_by_site_day[(sid, iso)] = covers
        gross = 0
        menu = SITE_MENU[sid]
        for cat in ("STARTER", "MAIN", "SIDE", "DESSERT", "DRINK"):
            items = [m for m in menu if ITEM[m][2] == cat]
            if not items:
                continue
            n = int(round(covers * P_ORDER[stype][cat] * rng.uniform(0.9, 1.1)))
            weights = [ITEM_WEIGHT[(sid, m)] for m in items]
            counts = dict.fromkeys(items, 0)
            for m in rng.choices(items, weights=weights, k=n):
                counts[m] += 1
            for m in items:
                if counts[m] == 0:
                    continue
                amount = counts[m] * unit_price_cents(sid, m)
                gross += amount
                mix_rows[d.month].append([sid, iso, m, counts[m], money(amount), ccy])
        if stype == "CANTEEN":
            transactions = int(round(covers * rng.uniform(0.95, 0.99)))
            discount = int(round(gross * rng.uniform(0.03, 0.06)))  # staff subsidy vouchers
        else:
            transactions = int(round(covers / rng.uniform(2.1, 2.6)))
            discount = int(round(gross * rng.uniform(0.0, 0.035)))
        row = [sid, iso, covers, transactions, money(gross), money(discount), money(gross - discount), ccy]
        daily_rows[d.month].append(row)
        if (sid, iso) == DUPLICATE:
            daily_rows[d.month].append(list(row))

for mth in (1, 2, 3):
    write_csv("sales/raw/daily_sales/daily_sales_2024-%02d.csv" % mth,
              ["site_id", "business_date", "covers", "transactions", "gross_sales", "discount_amount", "net_sales",
               "currency_code"], daily_rows[mth])
    write_csv("sales/raw/menu_mix/menu_mix_2024-%02d.csv" % mth,
              ["site_id", "business_date", "item_id", "quantity_sold", "gross_amount", "currency_code"], mix_rows[mth])

write_csv("reference/sites/sites.csv",
          ["site_id", "site_name", "site_type", "brand", "city", "country_code", "currency_code", "region", "seats",
           "opened_date"], SITES)
write_csv("reference/calendar/public_holidays_2024.csv", ["holiday_date", "country_code", "holiday_name"],
          sorted(HOLIDAYS, key=lambda h: (h[0], h[1])))
write_csv("reference/allergens/eu_allergens.csv", ["allergen_code", "allergen_name", "annex_ii_item"],
          sorted(EU_ALLERGENS, key=lambda a: a[2]))
write_csv("menu/ingredients/ingredients.csv",
          ["ingredient_id", "ingredient_name", "ingredient_group", "allergens", "base_unit"],
          [i[:5] for i in INGREDIENTS])
write_csv("menu/items/menu_items.csv",
          ["item_id", "item_name", "category", "ingredient_ids", "main_ingredient_id", "portion_g", "is_vegetarian"],
          [(m[0], m[1], m[2], m[3], m[4], m[5], "true" if m[6] else "false") for m in MENU])
write_csv("suppliers/reference/suppliers/suppliers.csv",
          ["supplier_id", "supplier_name", "country_code", "currency_code", "payment_terms_days", "is_active"],
          SUPPLIERS)

# --------------------------------------------------------------------------- price lists (weekly, Mondays)
SUP_CCY = {s[0]: s[3] for s in SUPPLIERS}
GBP_PER = {"GBP": 1.0, "EUR": 0.864, "USD": 0.788}
LB = 0.45359237


def pack_for(sup, ing):
    unit = ING[ing][4]
    if unit == "l":
        return rng.choice([(1, "l"), (5, "l"), (500, "ml"), (2, "l")])
    if sup == "SUP06":
        return rng.choice([(5, "lb"), (10, "lb"), (2, "lb")])
    return rng.choice([(1, "kg"), (2.5, "kg"), (5, "kg"), (500, "g"), (10, "kg"), (250, "g")])


def pack_kg(size, unit):
    return {"kg": size, "g": size / 1000.0, "lb": size * LB, "l": size, "ml": size / 1000.0}[unit]


price_state = {}
for sup in sorted(SUPPLIER_RANGE):
    factor = rng.uniform(0.9, 1.15)
    for ing in SUPPLIER_RANGE[sup]:
        size, unit = pack_for(sup, ing)
        per_kg_local = ING[ing][5] * factor / GBP_PER[SUP_CCY[sup]]
        price_state[(sup, ing)] = [size, unit, per_kg_local * pack_kg(size, unit)]

price_rows = {1: [], 2: [], 3: []}
monday = START
while monday <= END:
    for sup in sorted(SUPPLIER_RANGE):
        for ing in SUPPLIER_RANGE[sup]:
            st = price_state[(sup, ing)]
            st[2] = st[2] * (1 + rng.uniform(-0.015, 0.018))
            size = st[0]
            size_txt = ("%g" % size)
            price_rows[monday.month].append([sup, ing, monday.isoformat(), size_txt, st[1], "%.2f" % st[2],
                                             SUP_CCY[sup]])
    monday += timedelta(days=7)
for mth in (1, 2, 3):
    write_csv("suppliers/raw/price_lists/price_list_2024-%02d.csv" % mth,
              ["supplier_id", "ingredient_id", "effective_date", "pack_size", "pack_unit", "pack_price",
               "currency_code"], price_rows[mth])

# --------------------------------------------------------------------------- waste logs (JSON lines)
REASONS = [
    ("Expired - past use by date", 6), ("out of date stock", 4), ("Use-by date reached", 3),
    ("Spoiled in walk-in fridge", 4), ("Mouldy", 2), ("Temperature breach (fridge 2)", 2),
    ("Over-production at lunch service", 8), ("Overproduced batch", 5), ("Batch cooked too much", 3),
    ("Plate waste", 9), ("Customer returned dish", 3), ("customer complaint - sent back", 2),
    ("Dropped on floor", 2), ("Burnt during prep", 3), ("Prep accident", 1),
    ("Trim / offcuts", 4), ("Other", 2), ("", 1), (None, 2),
]
STAFF = {
    "S001": ["j.smith", "a.okafor", "m.bianchi"], "S002": ["p.walsh", "r.khan"], "S003": ["c.murphy", "s.byrne"],
    "S004": ["l.martin", "e.dubois"], "S005": ["j.devries", "s.bakker", "m.jansen"], "S006": ["k.johnson", "d.rivera"],
}
waste = {1: [], 2: [], 3: []}
seq = 0
for d in DAYS:
    iso = d.isoformat()
    for s in SITES:
        sid, stype = s[0], s[2]
        if not site_open(sid, d) or (sid, iso) in OUTAGES:
            continue
        lam = 2.4 if stype == "RESTAURANT" else 1.6
        n = 0
        p, L = 1.0, math.exp(-lam)
        while True:
            p *= rng.random()
            if p < L:
                break
            n += 1
        food = [m for m in SITE_MENU[sid] if ITEM[m][2] != "DRINK"]
        for _ in range(n):
            seq += 1
            item = rng.choice(food)
            kg = round(rng.uniform(0.15, 3.5), 2)
            r = rng.random()
            if r < 0.015:
                unit, qty = "portion", rng.randint(1, 6)
            elif sid == "S006":
                unit = "lb" if rng.random() < 0.7 else "lbs"
                qty = round(kg / LB, 1)
            elif sid == "S004" or (sid == "S002" and rng.random() < 0.4):
                unit, qty = ("g", int(round(kg * 1000, -1))) if rng.random() < 0.85 else ("Kg", kg)
            else:
                unit, qty = ("KG" if rng.random() < 0.1 else "kg"), kg
            reason = rng.choices([x[0] for x in REASONS], weights=[x[1] for x in REASONS])[0]
            if stype == "CANTEEN":
                hh, mm = rng.randint(13, 15), rng.randint(0, 59)
            else:
                hh, mm = rng.randint(15, 23), rng.randint(0, 59)
            waste[d.month].append({
                "log_id": "W%06d" % seq,
                "site_id": sid,
                "logged_at": "%s %02d:%02d:%02d" % (iso, hh, mm, rng.randint(0, 59)),
                "item_id": item,
                "quantity": qty,
                "unit": unit,
                "reason": reason,
                "recorded_by": rng.choice(STAFF[sid]),
                "device_id": "tab-%s-%02d" % (sid.lower(), rng.randint(1, 3)),
            })
# One tablet typo: a weight in grams keyed as kg (the notebook drops events heavier than its MAX_EVENT_KG).
typo = next(w for w in waste[2] if w["site_id"] == "S002" and w["unit"] == "g")
typo["unit"] = "kg"
for mth in (1, 2, 3):
    write_jsonl("waste/raw/waste_logs/waste_logs_2024-%02d.json" % mth, waste[mth])

# --------------------------------------------------------------------------- deliveries (JSON lines)
ROUNDS = {  # site -> [(supplier, weekday 0=Mon, scheduled hour, minute)]
    "S001": [("SUP01", 0, 6, 30), ("SUP01", 3, 6, 30), ("SUP02", 1, 7, 0), ("SUP02", 4, 7, 0), ("SUP07", 2, 6, 0)],
    "S002": [("SUP01", 0, 8, 0), ("SUP01", 2, 8, 0), ("SUP02", 1, 7, 30), ("SUP02", 3, 7, 30)],
    "S003": [("SUP01", 1, 9, 0), ("SUP03", 0, 7, 0), ("SUP03", 3, 7, 0)],
    "S004": [("SUP04", 1, 8, 30), ("SUP04", 4, 8, 30)],
    "S005": [("SUP05", 0, 6, 0), ("SUP05", 2, 6, 0), ("SUP05", 4, 6, 0)],
    "S006": [("SUP06", 0, 5, 30), ("SUP06", 2, 5, 30), ("SUP06", 4, 5, 30), ("SUP08", 1, 10, 0)],
}
RELIABILITY = {"SUP01": 0.86, "SUP02": 0.72, "SUP03": 0.62, "SUP04": 0.9, "SUP05": 0.8, "SUP06": 0.66,
               "SUP07": 0.75, "SUP08": 0.5}
deliveries = {1: [], 2: [], 3: []}
dseq = 0
for d in DAYS:
    iso = d.isoformat()
    for sid in sorted(ROUNDS):
        if (iso, SITE[sid][5]) in HOLIDAY_SET:
            continue
        for n_round, (sup, wd, hh, mm) in enumerate(ROUNDS[sid]):
            if d.weekday() != wd:
                continue
            dseq += 1
            sched = datetime(d.year, d.month, d.day, hh, mm)
            r = rng.random()
            status = "CANCELLED" if r < 0.025 else ("PARTIAL" if r < 0.08 else "DELIVERED")
            if status == "CANCELLED":
                delivered = None
            elif rng.random() < RELIABILITY[sup]:
                delivered = sched + timedelta(minutes=rng.randint(-20, 15))
            else:
                delivered = sched + timedelta(minutes=16 + int(rng.expovariate(1 / 40.0)))
            deliveries[d.month].append({
                "delivery_id": "D24-%05d" % dseq,
                "po_number": "PO-%s-%s-%02d" % (sid, d.strftime("%y%m%d"), n_round + 1),
                "supplier_id": sup,
                "site_id": sid,
                "scheduled_at": sched.strftime("%Y-%m-%d %H:%M:%S"),
                "delivered_at": delivered.strftime("%Y-%m-%d %H:%M:%S") if delivered else None,
                "status": status,
                "line_count": rng.randint(4, 28),
                "temperature_check_passed": None if delivered is None else (rng.random() > 0.03),
            })
for mth in (1, 2, 3):
    write_jsonl("suppliers/raw/deliveries/deliveries_2024-%02d.json" % mth, deliveries[mth])

print("sample data written under", DATA)
