#!/usr/bin/env python3
"""Independent oracle for the legacy notebooks: recomputes, with the Python 3 standard library only, the
results each notebook produces on the sample data under legacy-notebooks/data/, and writes EXPECTED.md.

    python3 legacy-notebooks/tools/compute_expected.py          # rewrites legacy-notebooks/EXPECTED.md
    python3 legacy-notebooks/tools/compute_expected.py --check  # exit 1 if EXPECTED.md is stale

Nothing here uses Spark: every rule (filters, joins, rounding) is re-implemented from the notebook's logic as
described in words in EXPECTED.md. Rounding follows Spark's ROUND (HALF_UP on the decimal form of the value),
not Python's round(), except for the Python 2 notebook, whose rounding is Python's own.
"""
import csv
import json
import os
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DATA = os.path.join(ROOT, "data")
LB_TO_KG = 0.45359237


# --------------------------------------------------------------------------- helpers
def sround(x, n):
    """Spark's round(double, n): HALF_UP on the shortest decimal representation of the double."""
    if x is None:
        return None
    q = Decimal(1).scaleb(-n)
    return float(Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP))


def read_csv_dir(rel):
    folder = os.path.join(DATA, rel)
    rows = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".csv"):
            with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
                rows.extend(csv.DictReader(f))
    return rows


def read_csv_file(rel):
    with open(os.path.join(DATA, rel), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_jsonl_dir(rel):
    folder = os.path.join(DATA, rel)
    rows = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def week_monday(iso):
    d = date.fromisoformat(iso)
    return (d - timedelta(days=d.weekday())).isoformat()


# --------------------------------------------------------------------------- inputs
def sites():
    return {r["site_id"]: r for r in read_csv_file("reference/sites/sites.csv")}


def raw_daily_sales():
    return read_csv_dir("sales/raw/daily_sales")


def fx_rates():
    """(date, currency) -> rate to GBP."""
    return {(r["rate_date"], r["from_currency"]): float(r["rate"])
            for r in read_csv_dir("reference/fx_rates") if r["to_currency"] == "GBP"}


# --------------------------------------------------------------------------- daily_covers_sales
def daily_site_sales(date_from="2024-01-01", date_to="2024-03-31", min_covers=1):
    """Rows of foodops.daily_site_sales: drop rows with no covers or covers < min_covers, keep one row per
    (site_id, business_date), enrich with the site dimension."""
    st = sites()
    out = {}
    for r in raw_daily_sales():
        if not (date_from <= r["business_date"] <= date_to):
            continue
        if r["covers"] == "" or int(r["covers"]) < min_covers:
            continue
        key = (r["site_id"], r["business_date"])
        if key in out:
            continue
        covers, tx = int(r["covers"]), int(r["transactions"])
        gross, disc, net = float(r["gross_sales"]), float(r["discount_amount"]), float(r["net_sales"])
        s = st[r["site_id"]]
        out[key] = {
            "business_date": r["business_date"], "site_id": r["site_id"], "site_name": s["site_name"],
            "site_type": s["site_type"], "country_code": s["country_code"], "region": s["region"],
            "currency_code": r["currency_code"], "covers": covers, "transactions": tx, "gross_sales": gross,
            "discount_amount": disc, "net_sales": net,
            "avg_spend_per_cover": sround(net / covers, 2), "avg_party_size": sround(covers / tx, 2),
            "discount_pct": sround(disc * 100 / gross, 2),
        }
    return [out[k] for k in sorted(out)]


def site_totals(daily):
    acc = defaultdict(lambda: [0, 0.0, set()])
    names = {}
    for r in daily:
        a = acc[r["site_id"]]
        a[0] += r["covers"]
        a[1] += r["net_sales"]
        a[2].add(r["business_date"])
        names[r["site_id"]] = (r["site_name"], r["currency_code"])
    rows = []
    for sid, (cov, net, days) in acc.items():
        rows.append({"site_id": sid, "site_name": names[sid][0], "currency_code": names[sid][1],
                     "total_covers": cov, "total_net_sales": sround(net, 2), "trading_days": len(days),
                     "avg_daily_covers": sround(cov / len(days), 1)})
    return sorted(rows, key=lambda r: -r["total_covers"])


def march_top_sites(daily):
    acc = defaultdict(lambda: [0, 0.0])
    for r in daily:
        if r["business_date"] >= "2024-03-01":
            acc[r["site_name"]][0] += r["covers"]
            acc[r["site_name"]][1] += r["net_sales"]
    return sorted(((n, c, sround(s, 2)) for n, (c, s) in acc.items()), key=lambda t: -t[1])


# --------------------------------------------------------------------------- menu_item_popularity
def menu_items():
    return {r["item_id"]: r for r in read_csv_file("menu/items/menu_items.csv")}


def item_popularity(week_from="2024-01-01", week_to="2024-03-25"):
    end_excl = (date.fromisoformat(week_to) + timedelta(days=7)).isoformat()
    qty = defaultdict(int)
    rev = defaultdict(float)
    for r in read_csv_dir("sales/raw/menu_mix"):
        if not (week_from <= r["business_date"] < end_excl):
            continue
        k = (r["site_id"], week_monday(r["business_date"]), r["item_id"])
        qty[k] += int(r["quantity_sold"])
        rev[k] += float(r["gross_amount"])
    by_sw = defaultdict(list)
    for (s, w, i), q in qty.items():
        by_sw[(s, w)].append((i, q))
    rows = {}
    for (s, w), lst in by_sw.items():
        total = sum(q for _, q in lst)
        ordered = sorted(lst, key=lambda t: (-t[1], t[0]))
        distinct_q = sorted({q for _, q in lst}, reverse=True)
        for pos, (i, q) in enumerate(ordered, start=1):
            rank = 1 + sum(1 for _, q2 in lst if q2 > q)
            rows[(s, w, i)] = {"site_id": s, "week_start": w, "item_id": i, "qty": q,
                               "revenue": sround(rev[(s, w, i)], 2), "rank": rank,
                               "dense_rank": distinct_q.index(q) + 1, "row_number": pos,
                               "share_of_site_qty": sround(q / total, 4)}
    hist = defaultdict(list)
    for (s, w, i) in rows:
        hist[(s, i)].append(w)
    for (s, i), weeks in hist.items():
        weeks.sort()
        prev = None
        for w in weeks:
            r = rows[(s, w, i)]
            r["prev_week_qty"] = prev
            r["wow_change_pct"] = None if not prev else sround((r["qty"] - prev) * 100.0 / prev, 1)
            prev = r["qty"]
    items = menu_items()
    cat_rank = defaultdict(list)
    for r in rows.values():
        cat_rank[(r["site_id"], r["week_start"], items[r["item_id"]]["category"])].append(r)
    for lst in cat_rank.values():
        for pos, r in enumerate(sorted(lst, key=lambda x: (-x["qty"], x["item_id"])), start=1):
            r["rank_in_category"] = pos
    return [rows[k] for k in sorted(rows)]


def quarter_top_items(pop):
    acc = defaultdict(int)
    for r in pop:
        acc[(r["site_id"], r["item_id"])] += r["qty"]
    best = {}
    for (s, i), q in sorted(acc.items()):
        if s not in best or q > best[s][1] or (q == best[s][1] and i < best[s][0]):
            best[s] = (i, q)
    return best


# --------------------------------------------------------------------------- supplier_price_normalisation
PACK_KG = {"kg": lambda s: s, "g": lambda s: s / 1000, "lb": lambda s: s * LB_TO_KG, "l": lambda s: s,
           "ml": lambda s: s / 1000}


def supplier_prices_gbp():
    fx = fx_rates()
    names = {r["supplier_id"]: r["supplier_name"] for r in
             read_csv_file("suppliers/reference/suppliers/suppliers.csv")}
    out = []
    for r in read_csv_dir("suppliers/raw/price_lists"):
        ccy = r["currency_code"]
        rate = 1.0 if ccy == "GBP" else fx.get((r["effective_date"], ccy))
        size = float(r["pack_size"])
        conv = PACK_KG.get(r["pack_unit"].lower())
        pack_kg = conv(size) if conv else None
        price = float(r["pack_price"])
        ppk = None if rate is None or not pack_kg else sround(price * rate / pack_kg, 4)
        out.append({"supplier_id": r["supplier_id"], "supplier_name": names.get(r["supplier_id"]),
                    "ingredient_id": r["ingredient_id"], "effective_date": r["effective_date"],
                    "pack_size": size, "pack_unit": r["pack_unit"], "pack_price": price, "currency_code": ccy,
                    "fx_rate": rate, "pack_kg": pack_kg, "price_per_kg_gbp": ppk,
                    "price_month": r["effective_date"][:7]})
    return out


def avg_price_by_ingredient_month(prices):
    acc = defaultdict(list)
    for p in prices:
        acc[(p["ingredient_id"], p["price_month"])].append(p["price_per_kg_gbp"])
    return {k: sum(v) / len(v) for k, v in acc.items()}


def cheapest_supplier(prices, month):
    acc = defaultdict(list)
    for p in prices:
        if p["price_month"] == month:
            acc[(p["ingredient_id"], p["supplier_id"])].append(p["price_per_kg_gbp"])
    best = {}
    for (i, s), v in sorted(acc.items()):
        a = sum(v) / len(v)
        if i not in best or a < best[i][1]:
            best[i] = (s, a)
    return best


# --------------------------------------------------------------------------- food_waste_costing
def to_kg(quantity, unit):
    if quantity is None or unit is None:
        return None
    u = unit.strip().lower()
    if u in ("kg", "kgs", "kilo", "kilos"):
        return float(quantity)
    elif u in ("g", "gr", "gram", "grams"):
        return quantity / 1000.0
    elif u in ("lb", "lbs", "pound", "pounds"):
        return quantity * LB_TO_KG
    return None


def categorise_reason(reason):
    if reason is None:
        return "UNKNOWN"
    r = reason.strip().lower()
    if r == "":
        return "UNKNOWN"
    elif "expir" in r or "use by" in r or "use-by" in r or "out of date" in r:
        return "EXPIRED"
    elif "spoil" in r or "mould" in r or "temperature" in r:
        return "SPOILAGE"
    elif "over" in r or "batch" in r:
        return "OVERPRODUCTION"
    elif "plate" in r or "customer" in r:
        return "PLATE_WASTE"
    elif "drop" in r or "burnt" in r or "accident" in r:
        return "PREP_ERROR"
    return "OTHER"


MAX_EVENT_KG = 25.0


def waste_events():
    """Every raw event with qty_kg, reason_category and cost (None where not convertible)."""
    items = menu_items()
    avg_price = avg_price_by_ingredient_month(supplier_prices_gbp())
    out = []
    for w in read_jsonl_dir("waste/raw/waste_logs"):
        kg = to_kg(w.get("quantity"), w.get("unit"))
        it = items.get(w["item_id"])
        d = w["logged_at"][:10]
        price = avg_price.get((it["main_ingredient_id"], d[:7])) if it else None
        cost = None if kg is None or price is None else sround(kg * price, 2)
        out.append(dict(w, waste_date=d, qty_kg=kg, reason_category=categorise_reason(w.get("reason")),
                        menu_category=it["category"] if it else None, waste_cost_gbp=cost))
    return out


def waste_daily(events):
    acc = defaultdict(lambda: [0, 0.0, 0.0])
    for e in events:
        if e["qty_kg"] is None or e["qty_kg"] > MAX_EVENT_KG:
            continue
        a = acc[(e["site_id"], e["waste_date"], e["reason_category"], e["menu_category"])]
        a[0] += 1
        a[1] += e["qty_kg"]
        a[2] += e["waste_cost_gbp"] or 0.0
    return [{"site_id": k[0], "waste_date": k[1], "reason_category": k[2], "menu_category": k[3], "events": v[0],
             "waste_kg": sround(v[1], 3), "waste_cost_gbp": sround(v[2], 2)} for k, v in sorted(acc.items())]


# --------------------------------------------------------------------------- allergen_matrix
EU_14 = ["CELERY", "GLUTEN", "CRUSTACEANS", "EGGS", "FISH", "LUPIN", "MILK", "MOLLUSCS", "MUSTARD", "NUTS",
         "PEANUTS", "SESAME", "SOYA", "SULPHITES"]


def item_allergens():
    ing = {r["ingredient_id"]: [a for a in r["allergens"].split("|") if a]
           for r in read_csv_file("menu/ingredients/ingredients.csv")}
    out = {}
    for it in read_csv_file("menu/items/menu_items.csv"):
        codes = set()
        for i in it["ingredient_ids"].split(";"):
            codes.update(ing.get(i.strip(), []))
        out[it["item_id"]] = (it["item_name"], it["category"], sorted(codes))
    return out


# --------------------------------------------------------------------------- meal_demand_forecast
def forecast_features(date_from="2024-01-01", date_to="2024-03-31"):
    daily = [r for r in daily_site_sales() if date_from <= r["business_date"] <= date_to]
    have = {(r["site_id"], r["business_date"]) for r in daily}
    hol = {(r["holiday_date"], r["country_code"]) for r in read_csv_file("reference/calendar/public_holidays_2024.csv")}
    by_site = defaultdict(list)
    for r in daily:
        by_site[r["site_id"]].append(r)
    rows = []
    for sid, lst in by_site.items():
        lst.sort(key=lambda r: r["business_date"])
        for pos, r in enumerate(lst):
            prev_day = (date.fromisoformat(r["business_date"]) - timedelta(days=7)).isoformat()
            if (sid, prev_day) not in have or pos == 0:
                continue
            rows.append({"site_id": sid, "business_date": r["business_date"], "covers": r["covers"],
                         "is_holiday": 1 if (r["business_date"], r["country_code"]) in hol else 0})
    return rows


# --------------------------------------------------------------------------- monthly_covers_report_py2
def py2_monthly_report():
    """Python 2 semantics: no de-duplication, rows whose covers or net_sales do not parse are skipped,
    avg_daily_covers = covers / days with integer (floor) division."""
    acc = defaultdict(lambda: [0, 0, 0.0])
    bad = 0
    for r in raw_daily_sales():
        try:
            covers = int(r["covers"])
            net = float(r["net_sales"])
        except ValueError:
            bad += 1
            continue
        a = acc[(r["site_id"], r["business_date"][:7])]
        a[0] += covers
        a[1] += 1
        a[2] += net
    rows = []
    for (sid, month), (cov, days, net) in sorted(acc.items()):
        rows.append({"site_id": sid, "month": month, "total_covers": cov, "trading_days": days,
                     "avg_daily_covers": cov // days, "avg_true_division": cov / days,
                     "net_sales": round(net, 2), "spend_per_cover": round(net / cov, 2)})
    return rows, bad


# --------------------------------------------------------------------------- site_weekly_kpi (Databricks)
def weekly_kpi(week_start="2024-01-08", weeks=4):
    first = date.fromisoformat(week_start)
    last = (first + timedelta(days=7 * weeks - 1)).isoformat()
    first = first.isoformat()
    fx = fx_rates()
    acc = defaultdict(lambda: [0, set(), 0.0])
    names = {}
    for r in daily_site_sales():
        d = r["business_date"]
        if not (first <= d <= last):
            continue
        rate = 1.0 if r["currency_code"] == "GBP" else fx[(d, r["currency_code"])]
        a = acc[(r["site_id"], week_monday(d))]
        a[0] += r["covers"]
        a[1].add(d)
        a[2] += r["net_sales"] * rate
        names[r["site_id"]] = r["site_name"]
    wacc = defaultdict(lambda: [0.0, 0.0])
    for w in waste_daily(waste_events()):
        if first <= w["waste_date"] <= last:
            a = wacc[(w["site_id"], week_monday(w["waste_date"]))]
            a[0] += w["waste_kg"]
            a[1] += w["waste_cost_gbp"]
    rows = []
    for (sid, wk), (cov, days, net) in sorted(acc.items()):
        net_r = sround(net, 2)
        kg, cost = wacc.get((sid, wk), (0.0, 0.0))
        cost_r = sround(cost, 2)
        rows.append({"site_id": sid, "site_name": names[sid], "week_start": wk, "covers": cov,
                     "trading_days": len(days), "net_sales_gbp": net_r,
                     "spend_per_cover_gbp": sround(net_r / cov, 2), "waste_kg": sround(kg, 2),
                     "waste_cost_gbp": cost_r, "waste_pct_of_sales": sround(cost_r * 100 / net_r, 2)})
    return rows


# --------------------------------------------------------------------------- supplier punctuality (Zeppelin)
def punctuality(tolerance=15):
    names = {r["supplier_id"]: r["supplier_name"] for r in
             read_csv_file("suppliers/reference/suppliers/suppliers.csv")}
    acc = defaultdict(lambda: {"deliveries": 0, "cancelled": 0, "delivered": 0, "on_time": 0, "delays": []})
    for d in read_jsonl_dir("suppliers/raw/deliveries"):
        a = acc[(d["supplier_id"], d["scheduled_at"][:7])]
        a["deliveries"] += 1
        if d["status"] == "CANCELLED":
            a["cancelled"] += 1
        if d["status"] in ("DELIVERED", "PARTIAL") and d["delivered_at"]:
            fmt = "%Y-%m-%d %H:%M:%S"
            delay = (datetime.strptime(d["delivered_at"], fmt) - datetime.strptime(d["scheduled_at"], fmt)
                     ).total_seconds() / 60
            a["delivered"] += 1
            a["delays"].append(max(delay, 0.0))
            if delay <= tolerance:
                a["on_time"] += 1
    rows = []
    for (sid, month), a in sorted(acc.items()):
        pct = (Decimal(100 * a["on_time"]) / Decimal(a["delivered"])).quantize(Decimal("0.1"), ROUND_HALF_UP)
        rows.append({"supplier_id": sid, "supplier_name": names[sid], "month": month,
                     "deliveries": a["deliveries"], "cancelled": a["cancelled"], "delivered": a["delivered"],
                     "on_time": a["on_time"], "on_time_pct": float(pct),
                     "avg_delay_min": sround(sum(a["delays"]) / len(a["delays"]), 1)})
    return rows


# =========================================================================== EXPECTED.md
def md_table(header, rows):
    out = "| " + " | ".join(header) + " |\n|" + "|".join("---" for _ in header) + "|\n"
    for r in rows:
        out += "| " + " | ".join("" if v is None else (repr(v) if isinstance(v, float) else str(v))
                                 for v in r) + " |\n"
    return out


def f2(x):
    return "%.2f" % x


def render():
    o = []
    w = o.append
    w("# Expected results on the sample data\n\n"
      "Generated by `tools/compute_expected.py` (plain Python 3, no Spark) from the files under `data/`; do not edit\n"
      "by hand. Each section states the notebook's logic in words, then values a converted job must reproduce on\n"
      "the same inputs. Money and ratios are rounded as the notebook rounds them (Spark `round`, HALF_UP); compare\n"
      "sums of doubles with a tolerance of 0.01 (0.001 for kg with 3 decimals). Values that depend on randomness\n"
      "(the forecast model's RMSE, the train/test split) are deliberately absent.\n")

    # ---------------------------------------------------------------- 1
    raw = raw_daily_sales()
    daily = daily_site_sales()
    w("\n## daily_covers_sales.ipynb\n\n"
      "Logic: read every CSV in `sales/raw/daily_sales/` with the explicit schema; keep rows with `business_date`\n"
      "between `RUN_DATE_FROM` and `RUN_DATE_TO` (2024-01-01..2024-03-31), `covers` not null and `covers >= 1`;\n"
      "drop duplicates on (`site_id`, `business_date`); left-join the site file; `avg_spend_per_cover =\n"
      "round(net_sales / covers, 2)`, `avg_party_size = round(covers / transactions, 2)`, `discount_pct =\n"
      "round(discount_amount * 100 / gross_sales, 2)`. Parquet partitioned by `business_date` (string\n"
      "`yyyy-MM-dd`) = external table `foodops.daily_site_sales`; `foodops.dim_site` = the site file.\n\n")
    w("- raw rows read: **%d**; rows kept: **%d** (dropped %d: 2 till-outage rows S003 2024-02-13 and S006\n"
      "  2024-03-05 with empty figures, 1 duplicate S001 2024-02-14)\n" % (len(raw), len(daily), len(raw) - len(daily)))
    w("- distinct `business_date` partitions: **%d**; `foodops.dim_site` rows: **6**\n"
      % len({r["business_date"] for r in daily}))
    last = [r for r in daily if r["business_date"] == "2024-03-31"]
    w("- check query for 2024-03-31: **%d** sites, **%d** covers\n\n" % (len(last), sum(r["covers"] for r in last)))
    w("Totals per site over the quarter (`site_totals` cell; net sales in the site's own currency):\n\n")
    w(md_table(["site_id", "site_name", "currency", "total_covers", "total_net_sales", "trading_days",
                "avg_daily_covers"],
               [[r["site_id"], r["site_name"], r["currency_code"], r["total_covers"], f2(r["total_net_sales"]),
                 r["trading_days"], r["avg_daily_covers"]] for r in sorted(site_totals(daily),
                                                                          key=lambda r: r["site_id"])]))
    w("\nRows for 2024-01-15 (S004 is closed on Mondays):\n\n")
    w(md_table(["site_id", "covers", "transactions", "net_sales", "avg_spend_per_cover", "avg_party_size",
                "discount_pct"],
               [[r["site_id"], r["covers"], r["transactions"], f2(r["net_sales"]), f2(r["avg_spend_per_cover"]),
                 f2(r["avg_party_size"]), f2(r["discount_pct"])] for r in daily
                if r["business_date"] == "2024-01-15"]))
    w("\n`%%sql -o top_sites` (March, by covers desc):\n\n")
    w(md_table(["site_name", "covers", "net_sales"], [[n, c, f2(s)] for n, c, s in march_top_sites(daily)]))

    # ---------------------------------------------------------------- 2
    pop = item_popularity()
    items = menu_items()
    w("\n## menu_item_popularity.ipynb\n\n"
      "Logic: menu mix rows with `WEEK_FROM <= business_date < WEEK_TO + 7 days` (2024-01-01..2024-03-31),\n"
      "grouped by (`site_id`, `week_start` = Monday of the week, `item_id`): `qty = sum(quantity_sold)`,\n"
      "`revenue = round(sum(gross_amount), 2)`; inner-joined to menu items and `foodops.dim_site`. Per\n"
      "(`site_id`, `week_start`) ordered by `qty` desc: `rank`, `dense_rank`; `row_number` ordered by `qty` desc then\n"
      "`item_id` asc; `rank_in_category` = row_number within (site, week, category) by `qty` desc, `item_id`;\n"
      "`prev_week_qty` = lag 1 over (site, item) by `week_start`; `wow_change_pct = round((qty - prev) * 100.0 /\n"
      "prev, 1)`, null when prev is null or 0; `share_of_site_qty = round(qty / sum(qty) over (site, week), 4)`;\n"
      "`is_top_n = row_number <= TOP_N (5)`. Written as `foodops.item_popularity_weekly`.\n\n")
    w("- rows (site × week × item): **%d**; weeks: **%d**; rows with `rank <> row_number` (ties): **%d**\n"
      % (len(pop), len({r["week_start"] for r in pop}), sum(1 for r in pop if r["rank"] != r["row_number"])))
    w("- `is_top_n` true: **%d**, false: **%d**\n\n" % (sum(1 for r in pop if r["row_number"] <= 5),
                                                         sum(1 for r in pop if r["row_number"] > 5)))
    w("Number one item (`row_number = 1`) per site in the week of 2024-01-08:\n\n")
    w(md_table(["site_id", "item_id", "item_name", "qty", "prev_week_qty", "wow_change_pct", "share_of_site_qty"],
               [[r["site_id"], r["item_id"], items[r["item_id"]]["item_name"], r["qty"], r["prev_week_qty"],
                 r["wow_change_pct"], r["share_of_site_qty"]] for r in pop
                if r["week_start"] == "2024-01-08" and r["row_number"] == 1]))
    w("\nMost popular item of the whole period per site (`period_best`: sum of `qty`, ties by `item_id`):\n\n")
    best = quarter_top_items(pop)
    w(md_table(["site_id", "item_id", "item_name", "total_qty"],
               [[s, best[s][0], items[best[s][0]]["item_name"], best[s][1]] for s in sorted(best)]))
    ties = [r for r in pop if r["rank"] != r["row_number"]][:3]
    w("\nTie examples (same `qty` in the same site-week; `rank` equal, `row_number` by `item_id`):\n\n")
    w(md_table(["site_id", "week_start", "item_id", "qty", "rank", "dense_rank", "row_number"],
               [[r["site_id"], r["week_start"], r["item_id"], r["qty"], r["rank"], r["dense_rank"], r["row_number"]]
                for r in ties]))

    # ---------------------------------------------------------------- 4
    prices = supplier_prices_gbp()
    w("\n## supplier_price_normalisation.ipynb\n\n"
      "Logic: every price list line; left-join the fx file (`to_currency = 'GBP'`) on `effective_date = rate_date`\n"
      "and `currency_code = from_currency` (broadcast); `fx_rate = 1.0` for GBP else the rate; `pack_kg` from\n"
      "`pack_unit` (kg ×1, g ÷1000, lb ×0.45359237, l ×1, ml ÷1000); `price_per_kg_gbp = round(pack_price *\n"
      "fx_rate / pack_kg, 4)`; `price_month = yyyy-MM` of `effective_date`; `supplier_name` from\n"
      "`foodops.dim_supplier`. Loaded with dynamic partitions into `foodops.supplier_prices_gbp`.\n\n")
    w("- price lines: **%d**; fx rows to GBP: **%d**; lines without a GBP price: **0**; lines above 150 GBP/kg: **%d**\n\n"
      % (len(prices), len(fx_rates()), sum(1 for p in prices if p["price_per_kg_gbp"] > 150)))
    by_m = defaultdict(list)
    for p in prices:
        by_m[p["price_month"]].append(p)
    w(md_table(["price_month", "price_lines", "suppliers", "avg_price_per_kg_gbp"],
               [[m, len(v), len({p["supplier_id"] for p in v}),
                 "%.4f" % sround(sum(p["price_per_kg_gbp"] for p in v) / len(v), 4)] for m, v in sorted(by_m.items())]))
    w("\nSample lines:\n\n")
    pick = [("SUP01", "I001", "2024-01-01"), ("SUP04", "I015", "2024-02-05"), ("SUP06", "I005", "2024-03-18"),
            ("SUP03", "I003", "2024-01-15"), ("SUP01", "I008", "2024-03-04"), ("SUP05", "I013", "2024-02-19")]
    idx = {(p["supplier_id"], p["ingredient_id"], p["effective_date"]): p for p in prices}
    w(md_table(["supplier_id", "ingredient_id", "effective_date", "pack", "pack_price", "currency", "fx_rate",
                "pack_kg", "price_per_kg_gbp"],
               [[k[0], k[1], k[2], "%g %s" % (idx[k]["pack_size"], idx[k]["pack_unit"]), f2(idx[k]["pack_price"]),
                 idx[k]["currency_code"], idx[k]["fx_rate"], "%.6g" % idx[k]["pack_kg"],
                 "%.4f" % idx[k]["price_per_kg_gbp"]] for k in pick if k in idx]))
    w("\nCheapest supplier per ingredient, March 2024 (average of the month's weekly `price_per_kg_gbp`, ties by\n"
      "`supplier_id`), first ten ingredients:\n\n")
    ch = cheapest_supplier(prices, "2024-03")
    w(md_table(["ingredient_id", "supplier_id", "avg_price_per_kg_gbp"],
               [[i, s, "%.4f" % sround(a, 4)] for i, (s, a) in sorted(ch.items())[:10]]))

    # ---------------------------------------------------------------- 3
    ev = waste_events()
    wd = waste_daily(ev)
    kept = [e for e in ev if e["qty_kg"] is not None and e["qty_kg"] <= MAX_EVENT_KG]
    w("\n## food_waste_costing.ipynb\n\n"
      "Logic: every JSON waste event; `qty_kg = to_kg(quantity, unit)` (unit trimmed, lower-cased: kg/kgs/kilo/kilos\n"
      "as is, g/gr/gram/grams ÷1000, lb/lbs/pound/pounds ×0.45359237, anything else null); `reason_category =\n"
      "categorise_reason(reason)` (null or blank → UNKNOWN; else first match on the lower-cased text: 'expir',\n"
      "'use by', 'use-by', 'out of date' → EXPIRED; 'spoil', 'mould', 'temperature' → SPOILAGE; 'over', 'batch' →\n"
      "OVERPRODUCTION; 'plate', 'customer' → PLATE_WASTE; 'drop', 'burnt', 'accident' → PREP_ERROR; else OTHER);\n"
      "`waste_date = to_date(logged_at)`; keep events with `qty_kg` not null and `<= 25`; left-join menu items;\n"
      "price = avg(`price_per_kg_gbp`) of the item's `main_ingredient_id` over all suppliers and weeks of the\n"
      "waste month (from `foodops.supplier_prices_gbp`); `waste_cost_gbp = round(qty_kg * price, 2)` per event.\n"
      "`foodops.waste_daily` = group by (`site_id`, `waste_date`, `reason_category`, `menu_category`): `events`,\n"
      "`waste_kg = round(sum(qty_kg), 3)`, `waste_cost_gbp = round(sum(waste_cost_gbp), 2)`.\n\n")
    w("- raw events: **%d**; without a weight (unit `portion`): **%d**; heavier than 25 kg: **%d** (W000359, 1260\n"
      "  'kg'); costed events: **%d**; events without a price: **0**; `waste_daily` rows: **%d**\n\n"
      % (len(ev), sum(1 for e in ev if e["qty_kg"] is None),
         sum(1 for e in ev if e["qty_kg"] is not None and e["qty_kg"] > MAX_EVENT_KG), len(kept), len(wd)))
    by_cat = defaultdict(lambda: [0, 0.0, 0.0])
    for e in kept:
        a = by_cat[e["reason_category"]]
        a[0] += 1
        a[1] += e["qty_kg"]
        a[2] += e["waste_cost_gbp"]
    w("By reason category (the `%%sql -o by_reason` cell):\n\n")
    w(md_table(["reason_category", "events", "kg (round 1)", "cost_gbp"],
               [[k, v[0], "%.1f" % sround(v[1], 1), f2(sround(v[2], 2))]
                for k, v in sorted(by_cat.items(), key=lambda kv: -kv[1][2])]))
    per_site = defaultdict(lambda: [0, 0.0, 0.0, 0.0])
    for r in wd:
        a = per_site[r["site_id"]]
        a[0] += r["events"]
        a[2] += r["waste_cost_gbp"]
        if r["waste_date"] < "2024-02-01":
            a[3] += r["waste_kg"]
        a[1] += r["waste_kg"]
    w("\nPer site, summing `foodops.waste_daily`:\n\n")
    w(md_table(["site_id", "events", "waste_kg (quarter)", "waste_kg (January)", "waste_cost_gbp (quarter)"],
               [[s, a[0], "%.3f" % sround(a[1], 3), "%.3f" % sround(a[3], 3), f2(sround(a[2], 2))]
                for s, a in sorted(per_site.items())]))

    # ---------------------------------------------------------------- 5
    al = item_allergens()
    w("\n## allergen_matrix.ipynb\n\n"
      "Logic: explode `split(ingredient_ids, ';')` (trimmed) per menu item; explode `split(allergens, '\\\\|')` per\n"
      "ingredient with a non-empty `allergens`; left join on `ingredient_id`; per item `allergens =\n"
      "sort_array(collect_set(allergen_code))`, `allergen_count = size(allergens)`; matrix = distinct (item,\n"
      "allergen) pivoted over the 14 codes in the fixed order CELERY, GLUTEN, CRUSTACEANS, EGGS, FISH, LUPIN, MILK,\n"
      "MOLLUSCS, MUSTARD, NUTS, PEANUTS, SESAME, SOYA, SULPHITES with `count`, nulls filled with 0;\n"
      "`allergen_list = concat_ws(', ', allergens)`. Unknown allergen codes: 0. 24 items.\n\n")
    w(md_table(["item_id", "item_name", "allergen_list", "allergen_count"],
               [[i, al[i][0], ", ".join(al[i][2]), len(al[i][2])] for i in sorted(al)]))
    w("\nItems per allergen column (sum of the 0/1 column): " + ", ".join(
        "%s %d" % (c, sum(1 for v in al.values() if c in v[2])) for c in EU_14) + ".\n")
    w("Allergen-free items: " + ", ".join("%s (%s)" % (i, al[i][0]) for i in sorted(al) if not al[i][2]) + ".\n")

    # ---------------------------------------------------------------- 6
    feats = forecast_features()
    w("\n## meal_demand_forecast.ipynb\n\n"
      "Logic: `foodops.daily_site_sales` joined to `foodops.dim_site` for 2024-01-01..2024-03-31; left join of\n"
      "public holidays on (date, country) → `is_holiday` 1/0; `covers_same_day_last_week` = covers of the same site\n"
      "7 calendar days earlier (left join on `date_add(business_date, 7)`); `avg_covers_prev_5` = avg of covers\n"
      "over the 5 previous rows of the site ordered by date; rows with either null are dropped. Model metrics\n"
      "depend on the random split and are not asserted.\n\n")
    fs = defaultdict(lambda: [0, 0])
    for r in feats:
        fs[r["site_id"]][0] += 1
        fs[r["site_id"]][1] += r["is_holiday"]
    w("- sales rows: **%d**; feature rows after `dropna`: **%d**\n\n" % (len(daily), len(feats)))
    w(md_table(["site_id", "feature rows", "holiday rows"], [[s, a[0], a[1]] for s, a in sorted(fs.items())]))

    # ---------------------------------------------------------------- 7
    w("\n## utils.ipynb\n\n"
      "Helpers only. `week_start('2024-01-10')` = 2024-01-08; `date_range('2024-01-01', '2024-01-31')` has 31\n"
      "elements; `month_of('2024-02-29')` = '2024-02'; `lake_path('sales', 'raw/daily_sales/')` =\n"
      "`wasbs://sales@contosofoodlake.blob.core.windows.net/raw/daily_sales/`.\n")

    # ---------------------------------------------------------------- 8
    rep, bad = py2_monthly_report()
    w("\n## monthly_covers_report_py2.ipynb (Python 2 semantics)\n\n"
      "Logic: every line of `sales/raw/daily_sales/` except headers; a line whose covers (field 3) is not an int\n"
      "or net sales (field 7) not a float is counted in `bad_lines` and skipped; **no de-duplication** (the\n"
      "re-sent S001 2024-02-14 row counts twice); per (site, `yyyy-MM`): `total_covers`, `trading_days` = number\n"
      "of lines, `net_sales = round(sum, 2)`, `spend_per_cover = round(net_sales_sum / covers, 2)` and\n"
      "`avg_daily_covers = covers / days` with **Python 2 integer (floor) division**. A faithful migration keeps\n"
      "floor division (`avg true division` shows what Python 3 `/` would give instead).\n\n")
    w("- bad lines: **%d**; rows written to `foodops.legacy_monthly_covers`: **%d**\n\n" % (bad, len(rep)))
    w(md_table(["site_id", "month", "total_covers", "trading_days", "avg_daily_covers", "avg true division",
                "net_sales", "spend_per_cover"],
               [[r["site_id"], r["month"], r["total_covers"], r["trading_days"], r["avg_daily_covers"],
                 "%.4f" % r["avg_true_division"], f2(r["net_sales"]), f2(r["spend_per_cover"])] for r in rep]))

    # ---------------------------------------------------------------- 9
    kpi = weekly_kpi()
    w("\n## site_weekly_kpi_databricks.py (widgets at their defaults: week_start 2024-01-08, weeks 4, env prod)\n\n"
      "Logic: `foodops.daily_site_sales` for 2024-01-08..2024-02-04; `net_sales_gbp = net_sales * fx_rate` (daily\n"
      "treasury rate of the business date, 1.0 for GBP); `week_start = date_sub(next_day(date, 'Mon'), 7)`; per\n"
      "(site, week): `covers`, `trading_days`, `net_sales_gbp = round(sum, 2)`; waste = sums of\n"
      "`foodops.waste_daily` per (site, week), missing → 0, then `waste_kg` and `waste_cost_gbp` rounded to 2;\n"
      "`spend_per_cover_gbp = round(net_sales_gbp / covers, 2)`; `waste_pct_of_sales = round(waste_cost_gbp * 100\n"
      "/ net_sales_gbp, 2)` (on the rounded values).\n\n")
    w("- rows: **%d**\n\n" % len(kpi))
    w(md_table(["site_id", "week_start", "covers", "trading_days", "net_sales_gbp", "spend_per_cover_gbp",
                "waste_kg", "waste_cost_gbp", "waste_pct_of_sales"],
               [[r["site_id"], r["week_start"], r["covers"], r["trading_days"], f2(r["net_sales_gbp"]),
                 f2(r["spend_per_cover_gbp"]), f2(r["waste_kg"]), f2(r["waste_cost_gbp"]),
                 f2(r["waste_pct_of_sales"])] for r in kpi]))

    # ---------------------------------------------------------------- 10
    pun = punctuality()
    w("\n## zeppelin/2F1K7QZPN/note.json (supplier delivery punctuality)\n\n"
      "Logic: every delivery; `delay_minutes = (unix_timestamp(delivered_at) - unix_timestamp(scheduled_at)) / 60`;\n"
      "`is_delivered` = status DELIVERED or PARTIAL and `delivered_at` not null; `is_on_time` = delivered and\n"
      "`delay_minutes <= 15`; `month` = `yyyy-MM` of `scheduled_at`. Per (supplier, month): `deliveries` (all\n"
      "statuses), `cancelled`, `delivered`, `on_time`, `on_time_pct = round(100.0 * on_time / delivered, 1)`,\n"
      "`avg_delay_min = round(avg(greatest(delay_minutes, 0)) over delivered rows, 1)`. Table\n"
      "`foodops.supplier_punctuality_monthly`.\n\n")
    w("- deliveries: **%d**; rows: **%d**\n\n" % (sum(p["deliveries"] for p in pun), len(pun)))
    w(md_table(["supplier_id", "month", "deliveries", "cancelled", "delivered", "on_time", "on_time_pct",
                "avg_delay_min"],
               [[p["supplier_id"], p["month"], p["deliveries"], p["cancelled"], p["delivered"], p["on_time"],
                 "%.1f" % p["on_time_pct"], "%.1f" % p["avg_delay_min"]] for p in pun]))
    return "".join(o)


def main(argv):
    target = os.path.join(ROOT, "EXPECTED.md")
    text = render()
    if "--check" in argv:
        with open(target, encoding="utf-8") as f:
            if f.read() != text:
                print("EXPECTED.md is stale: run tools/compute_expected.py")
                return 1
        print("EXPECTED.md is up to date")
        return 0
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
