#!/usr/bin/env python3
"""Validate the src23 corpus: python3 check.py  (exit 0 = OK)."""
import datetime, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ["persons", "meetings", "agreements", "statements", "countries", "organizations"]
PERSON = {"name", "aliases", "positions"}
POSITION = {"title", "country"}
POSITION_OPT = {"organization"}
MEETING = ["participants", "date", "location", "occasion", "kind", "topics"]
AGREEMENT = ["name", "date", "parties", "signatories"]
STATEMENT = ["speaker", "kind", "addressee"]
MEETING_KINDS = {"in-person", "phone call", "video call"}
STATEMENT_KINDS = {"condolences", "support", "concern", "condemnation", "invitation", "congratulations",
                   "gratitude", "other"}
FM_KEYS = ["id", "published", "source", "url"]
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def parse_date(s):
    """Return the last possible day covered by an ISO date, YYYY-MM or YYYY; None if invalid."""
    if not isinstance(s, str):
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return datetime.date.fromisoformat(s)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, m = map(int, s.split("-"))
            datetime.date(y, m, 1)
            return datetime.date(y, m, 1)
        if re.fullmatch(r"\d{4}", s):
            return datetime.date(int(s), 1, 1)
    except ValueError:
        return None
    return None


def front_matter(doc, text):
    lines = text.split("\n")
    if lines[0] != "---":
        err(doc, "text does not start with '---'")
        return None, text
    try:
        end = lines.index("---", 1)
    except ValueError:
        err(doc, "front matter not closed")
        return None, text
    fm_lines = lines[1:end]
    keys = []
    fm = {}
    for ln in fm_lines:
        m = re.fullmatch(r"([a-z]+): (.+)", ln)
        if not m:
            err(doc, f"bad front-matter line {ln!r}")
            continue
        keys.append(m.group(1))
        fm[m.group(1)] = m.group(2)
    if keys != FM_KEYS:
        err(doc, f"front-matter keys {keys} != {FM_KEYS}")
    if fm.get("id") != doc:
        err(doc, f"id {fm.get('id')!r} != file name")
    if not parse_date(fm.get("published", "")) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fm.get("published", "")):
        err(doc, "published is not a valid YYYY-MM-DD date")
    if not fm.get("url", "").startswith("https://example.org/"):
        err(doc, "url must start with https://example.org/")
    if not fm.get("source"):
        err(doc, "empty source")
    return fm, "\n".join(lines[end + 1:])


def check_doc(doc):
    text = open(os.path.join(HERE, doc + ".txt"), encoding="utf-8").read()
    fm, body = front_matter(doc, text)
    words = len(body.split())
    if not 200 <= words <= 450:
        err(doc, f"body has {words} words (want 200-450)")
    pub = datetime.date.fromisoformat(fm["published"]) if fm and "published" in fm else None
    y = int(fm["published"][:4]) if fm else 0
    if not 2003 <= y <= 2026:
        err(doc, f"year {y} outside 2003-2026")

    g = json.load(open(os.path.join(HERE, doc + ".json"), encoding="utf-8"))
    if list(g.keys()) != TOP:
        err(doc, f"top-level keys {list(g.keys())} != {TOP}")
        return
    countries, orgs = g["countries"], g["organizations"]
    for lst, what in ((countries, "countries"), (orgs, "organizations")):
        if not isinstance(lst, list) or not all(isinstance(x, str) and x for x in lst):
            err(doc, f"{what} must be a list of strings")
        if len(set(lst)) != len(lst):
            err(doc, f"duplicate in {what}")

    names, forms = set(), {}
    for p in g["persons"]:
        if set(p.keys()) != PERSON:
            err(doc, f"person keys {sorted(p.keys())}")
            continue
        n = p["name"]
        if n in names:
            err(doc, f"duplicate person {n}")
        names.add(n)
        if n not in body:
            err(doc, f"person name {n!r} does not occur in the text")
        for form in [n] + p["aliases"]:
            if form in forms and forms[form] != n:
                err(doc, f"form {form!r} used for two persons")
            forms[form] = n
        for a in p["aliases"]:
            if a == n:
                err(doc, f"alias equals name: {a}")
            if a not in body:
                err(doc, f"alias {a!r} of {n} does not occur in the text")
        for pos in p["positions"]:
            ks = set(pos.keys())
            if not (POSITION <= ks <= POSITION | POSITION_OPT):
                err(doc, f"position keys {sorted(ks)} of {n}")
            if not pos.get("title"):
                err(doc, f"empty title for {n}")
            c = pos.get("country")
            if c is not None and c not in countries:
                err(doc, f"position country {c!r} of {n} not in countries")
            if c is None and not pos.get("organization"):
                err(doc, f"position of {n} has neither country nor organization")
            if pos.get("organization") and pos["organization"] not in orgs:
                err(doc, f"position organization {pos['organization']!r} of {n} not in organizations")

    for i, m in enumerate(g["meetings"]):
        if list(m.keys()) != MEETING:
            err(doc, f"meeting {i} keys {list(m.keys())}")
            continue
        ps = m["participants"]
        if len(ps) < 2 or len(set(ps)) != len(ps):
            err(doc, f"meeting {i} needs >=2 distinct participants: {ps}")
        for q in ps:
            if q not in names:
                err(doc, f"meeting {i} participant {q!r} is not a person name")
        if m["date"] is not None:
            d = parse_date(m["date"])
            if d is None:
                err(doc, f"meeting {i} bad date {m['date']!r}")
            elif pub and d > pub:
                err(doc, f"meeting {i} date {m['date']} after publication {pub}")
        if m["kind"] not in MEETING_KINDS:
            err(doc, f"meeting {i} kind {m['kind']!r}")
        if not isinstance(m["topics"], list):
            err(doc, f"meeting {i} topics not a list")
        if m["location"] is not None and not isinstance(m["location"], str):
            err(doc, f"meeting {i} location")
        if m["location"] and m["location"].split(",")[0] not in body:
            err(doc, f"meeting {i} location {m['location']!r} not in text")

    anames = set()
    for i, a in enumerate(g["agreements"]):
        if list(a.keys()) != AGREEMENT:
            err(doc, f"agreement {i} keys {list(a.keys())}")
            continue
        if a["name"].lower() in anames:
            err(doc, f"duplicate agreement name {a['name']}")
        anames.add(a["name"].lower())
        if a["date"] is not None:
            d = parse_date(a["date"])
            if d is None:
                err(doc, f"agreement {a['name']!r} bad date {a['date']!r}")
            elif pub and d > pub:
                err(doc, f"agreement {a['name']!r} date after publication")
        for s in a["signatories"]:
            if s not in names:
                err(doc, f"signatory {s!r} of {a['name']!r} is not a person name")
        if not a["parties"]:
            err(doc, f"agreement {a['name']!r} has no parties")
        for pt in a["parties"]:
            if pt not in countries and pt not in orgs:
                err(doc, f"party {pt!r} of {a['name']!r} not in countries/organizations")

    for i, s in enumerate(g["statements"]):
        if list(s.keys()) != STATEMENT:
            err(doc, f"statement {i} keys {list(s.keys())}")
            continue
        if s["speaker"] not in names:
            err(doc, f"statement speaker {s['speaker']!r} is not a person name")
        if s["kind"] not in STATEMENT_KINDS:
            err(doc, f"statement kind {s['kind']!r}")
        ad = s["addressee"]
        if ad is not None and ad not in countries and ad not in orgs:
            err(doc, f"statement addressee {ad!r} not in countries/organizations")
    return words


def main():
    docs = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "y[0-9][0-9].txt")))
    expected = [f"y{i:02d}" for i in range(1, 17)]
    if docs != expected:
        errors.append(f"files {docs} != {expected}")
    for d in expected:
        if not os.path.exists(os.path.join(HERE, d + ".json")):
            errors.append(f"{d}: missing json")
    for d in docs:
        if os.path.exists(os.path.join(HERE, d + ".json")):
            w = check_doc(d)
            print(f"{d}: {w} words")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
