#!/usr/bin/env python3
"""Validate the src22 corpus: front matter, word counts, JSON shape (keys of the shared gold),
cross-references (participants / signatories / speakers are listed persons), dates.
Usage: python3 check.py   (exit status 0 = OK)"""
import datetime, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ["persons", "meetings", "agreements", "statements", "countries", "organizations"]
PERSON = ["name", "aliases", "positions"]
MEETING = ["participants", "date", "location", "occasion", "kind", "topics"]
AGREEMENT = ["name", "date", "parties", "signatories"]
STATEMENT = ["speaker", "kind", "addressee"]
MKINDS = {"in-person", "phone call", "video call"}
SKINDS = {"condolences", "support", "concern", "condemnation", "invitation", "congratulations",
          "gratitude", "other"}
# long forms GOLD.md asks to avoid
BAD_COUNTRIES = {"Russian Federation", "Republic of Korea", "Korea", "DPRK", "Türkiye", "USA", "US",
                 "United States of America", "UK", "Czechia", "Viet Nam", "Lao PDR", "Ivory Coast",
                 "Islamic Republic of Iran", "People's Republic of China", "Gaza", "Kashmir",
                 "Palestine", "Puerto Rico"}
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def parse_date(s):
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(s) == n:
            try:
                return datetime.datetime.strptime(s, fmt).date()
            except ValueError:
                return None
    return None


def front_matter(path, stem):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != "---":
        err(stem, "text does not start with ---")
        return None, text
    try:
        end = lines.index("---", 1)
    except ValueError:
        err(stem, "front matter not closed")
        return None, text
    fm = lines[1:end]
    keys = [l.split(":", 1)[0] for l in fm]
    if keys != ["id", "published", "source", "url"]:
        err(stem, f"front matter keys {keys}")
    vals = {l.split(":", 1)[0]: l.split(":", 1)[1].strip() for l in fm if ":" in l}
    if vals.get("id") != stem:
        err(stem, f"id {vals.get('id')!r} != file name")
    pub = vals.get("published", "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or parse_date(pub) is None:
        err(stem, f"bad published {pub!r}")
        pub = None
    else:
        pub = parse_date(pub)
    if not vals.get("source"):
        err(stem, "empty source")
    if not vals.get("url", "").startswith("https://example.org/"):
        err(stem, f"url {vals.get('url')!r}")
    body = "\n".join(lines[end + 1:])
    return pub, body


def check(stem):
    pub, body = front_matter(os.path.join(HERE, stem + ".txt"), stem)
    n = len(body.split())
    if not 200 <= n <= 450:
        err(stem, f"body has {n} words")
    jpath = os.path.join(HERE, stem + ".json")
    if not os.path.exists(jpath):
        err(stem, "missing json")
        return
    g = json.load(open(jpath, encoding="utf-8"))
    if list(g) != TOP:
        err(stem, f"top-level keys {list(g)}")
        return
    countries, orgs = g["countries"], g["organizations"]
    for lst, what in ((countries, "countries"), (orgs, "organizations")):
        if len(set(lst)) != len(lst):
            err(stem, f"duplicate {what}")
        for c in lst:
            if not isinstance(c, str) or not c:
                err(stem, f"bad entry in {what}: {c!r}")
    for c in countries:
        if c in BAD_COUNTRIES:
            err(stem, f"country {c!r} not an English short name / not a country")
    names = []
    forms = set()
    for p in g["persons"]:
        if list(p) != PERSON:
            err(stem, f"person keys {list(p)}")
            continue
        names.append(p["name"])
        for form in [p["name"]] + p["aliases"]:
            if form in forms:
                err(stem, f"name form {form!r} used twice")
            forms.add(form)
            if form not in body:
                err(stem, f"name form {form!r} not in text")
        for q in p["positions"]:
            if list(q) not in (["title", "country"], ["title", "country", "organization"]):
                err(stem, f"position keys {list(q)} for {p['name']}")
                continue
            if not q["title"]:
                err(stem, f"empty title for {p['name']}")
            if q["country"] is not None and q["country"] not in countries:
                err(stem, f"position country {q['country']!r} of {p['name']} not in countries")
            if "organization" in q and q["organization"] not in orgs:
                err(stem, f"position organization {q['organization']!r} not in organizations")
    if len(set(names)) != len(names):
        err(stem, "duplicate person names")
    nameset = set(names)
    low = body.lower()
    for m in g["meetings"]:
        if list(m) != MEETING:
            err(stem, f"meeting keys {list(m)}")
            continue
        ps = m["participants"]
        if len(ps) < 2 or len(set(ps)) != len(ps):
            err(stem, f"meeting participants {ps}")
        for x in ps:
            if x not in nameset:
                err(stem, f"participant {x!r} not a person")
        if m["date"] is not None:
            d = parse_date(m["date"])
            if d is None:
                err(stem, f"bad meeting date {m['date']!r}")
            elif pub and d > pub:
                err(stem, f"meeting date {m['date']} after publication")
        if m["kind"] not in MKINDS:
            err(stem, f"meeting kind {m['kind']!r}")
        if m["location"] is not None:
            for part in m["location"].split(", "):
                if part.lower() not in low:
                    err(stem, f"location part {part!r} not in text")
        if not isinstance(m["topics"], list):
            err(stem, "topics not a list")
    for a in g["agreements"]:
        if list(a) != AGREEMENT:
            err(stem, f"agreement keys {list(a)}")
            continue
        if a["date"] is not None:
            d = parse_date(a["date"])
            if d is None:
                err(stem, f"bad agreement date {a['date']!r}")
            elif pub and d > pub:
                err(stem, f"agreement date {a['date']} after publication")
        for x in a["signatories"]:
            if x not in nameset:
                err(stem, f"signatory {x!r} not a person")
        for x in a["parties"]:
            if x not in countries and x not in orgs:
                err(stem, f"party {x!r} neither a country nor an organization of the document")
    seen = set()
    for s in g["statements"]:
        if list(s) != STATEMENT:
            err(stem, f"statement keys {list(s)}")
            continue
        if s["speaker"] not in nameset:
            err(stem, f"speaker {s['speaker']!r} not a person")
        if s["kind"] not in SKINDS:
            err(stem, f"statement kind {s['kind']!r}")
        ad = s["addressee"]
        if ad is not None and ad not in countries and ad not in orgs:
            err(stem, f"addressee {ad!r} neither a country nor an organization of the document")
        key = (s["speaker"], s["kind"], ad)
        if key in seen:
            err(stem, f"duplicate statement {key}")
        seen.add(key)
    return n


def main():
    stems = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "x*.txt")))
    expected = [f"x{i:02d}" for i in range(1, 17)]
    if stems != expected:
        err("corpus", f"files {stems} != {expected}")
    extra = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "x*.json")))
    if extra != expected:
        err("corpus", f"json files {extra}")
    for stem in stems:
        n = check(stem)
        print(f"{stem}: {n} words")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
