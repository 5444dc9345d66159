"""Validate the src25 corpus: python3 check.py  (exit 0 = OK).

Checks, for every aNN.txt / aNN.json pair in this directory:
  * front matter: first line '---', exactly the keys id, published, source, url
    (in that order), id equals the file stem, published is an ISO date,
    url starts with https://example.org/
  * body (text after the front matter) has 200-450 words
  * JSON: exactly the top-level keys of the shared gold and the exact keys of
    persons, positions, meetings, agreements and statements; allowed meeting and
    statement kinds; lists where lists are expected
  * every person name and alias occurs verbatim in the text; names unique;
    a name is not an alias of another person
  * meeting participants (>= 2, unique), agreement signatories and statement
    speakers are person names
  * meeting locations occur in the text (case-insensitive: a dateline "BEIJING")
  * dates are YYYY, YYYY-MM or YYYY-MM-DD, valid, and not after publication
  * position countries, statement addressees and agreement parties are listed
    countries or organizations (None allowed where GOLD.md allows it)
  * gold.py's GOLD equals the JSON on disk (the JSON is built from gold.py)
"""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

TOP = ["persons", "meetings", "agreements", "statements", "countries", "organizations"]
PERSON = {"name", "aliases", "positions"}
POSITION = {"title", "country"}
POSITION_ORG = {"title", "country", "organization"}
MEETING = {"participants", "date", "location", "occasion", "kind", "topics"}
AGREEMENT = {"name", "date", "parties", "signatories"}
STATEMENT = {"speaker", "kind", "addressee"}
MEETING_KINDS = {"in-person", "phone call", "video call"}
STATEMENT_KINDS = {"condolences", "support", "concern", "condemnation", "invitation",
                   "congratulations", "gratitude", "other"}
FM_KEYS = ["id", "published", "source", "url"]

errors = []


def err(doc_id, msg):
    errors.append("%s: %s" % (doc_id, msg))


def parse_date(s):
    """Return (first_day, last_day) of a YYYY / YYYY-MM / YYYY-MM-DD string, or None."""
    if re.fullmatch(r"\d{4}", s):
        y = int(s)
        return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = map(int, s.split("-"))
        try:
            first = datetime.date(y, m, 1)
        except ValueError:
            return None
        nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
        return first, nxt - datetime.timedelta(days=1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        try:
            d = datetime.date.fromisoformat(s)
        except ValueError:
            return None
        return d, d
    return None


def read_text(path, doc_id):
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    if lines[0] != "---":
        err(doc_id, "text does not start with '---'")
        return None, None
    try:
        end = lines.index("---", 1)
    except ValueError:
        err(doc_id, "front matter not closed")
        return None, None
    fm = {}
    keys = []
    for line in lines[1:end]:
        m = re.fullmatch(r"([a-z]+): (.+)", line)
        if not m:
            err(doc_id, "bad front matter line %r" % line)
            continue
        keys.append(m.group(1))
        fm[m.group(1)] = m.group(2).strip()
    if keys != FM_KEYS:
        err(doc_id, "front matter keys %s, expected %s" % (keys, FM_KEYS))
    if fm.get("id") != doc_id:
        err(doc_id, "front matter id %r != file stem" % fm.get("id"))
    pub = None
    try:
        pub = datetime.date.fromisoformat(fm.get("published", ""))
    except ValueError:
        err(doc_id, "published %r is not an ISO date" % fm.get("published"))
    if not fm.get("url", "").startswith("https://example.org/"):
        err(doc_id, "url must start with https://example.org/")
    if not fm.get("source"):
        err(doc_id, "empty source")
    body = "\n".join(lines[end + 1:])
    n = len(body.split())
    if not 200 <= n <= 450:
        err(doc_id, "body has %d words (want 200-450)" % n)
    return body, pub


def check_date(doc_id, what, value, pub, allow_none=True):
    if value is None:
        if not allow_none:
            err(doc_id, "%s: date missing" % what)
        return
    rng = parse_date(value) if isinstance(value, str) else None
    if rng is None:
        err(doc_id, "%s: invalid date %r" % (what, value))
        return
    if pub is not None and rng[0] > pub:
        err(doc_id, "%s: date %s after publication %s" % (what, value, pub))


def check_doc(doc_id, body, pub, gold):
    if list(gold.keys()) != TOP:
        err(doc_id, "top-level keys %s" % list(gold.keys()))
        return
    for k in TOP:
        if not isinstance(gold[k], list):
            err(doc_id, "%s is not a list" % k)
            return
    countries = gold["countries"]
    orgs = gold["organizations"]
    if len(set(countries)) != len(countries):
        err(doc_id, "duplicate countries")
    if len(set(orgs)) != len(orgs):
        err(doc_id, "duplicate organizations")
    entities = set(countries) | set(orgs)

    names = []
    all_forms = {}
    for p in gold["persons"]:
        if set(p.keys()) != PERSON:
            err(doc_id, "person keys %s" % sorted(p.keys()))
            continue
        name = p["name"]
        names.append(name)
        for form in [name] + list(p["aliases"]):
            if form not in body:
                err(doc_id, "name/alias %r not in text" % form)
            if form in all_forms and all_forms[form] != name:
                err(doc_id, "form %r used for two persons" % form)
            all_forms[form] = name
        if len(set(p["aliases"])) != len(p["aliases"]) or name in p["aliases"]:
            err(doc_id, "duplicate alias for %r" % name)
        for q in p["positions"]:
            ks = set(q.keys())
            if ks not in (POSITION, POSITION_ORG):
                err(doc_id, "position keys %s for %r" % (sorted(ks), name))
                continue
            if not q["title"]:
                err(doc_id, "empty title for %r" % name)
            if q["country"] is not None and q["country"] not in countries:
                err(doc_id, "position country %r of %r not in countries" % (q["country"], name))
            if "organization" in q and q["organization"] not in orgs:
                err(doc_id, "position organization %r of %r not in organizations" % (q["organization"], name))
            if q["country"] is None and "organization" not in q:
                err(doc_id, "position of %r has neither country nor organization" % name)
    if len(set(names)) != len(names):
        err(doc_id, "duplicate person names")
    nameset = set(names)

    seen_meetings = []
    for i, m in enumerate(gold["meetings"]):
        what = "meeting %d" % (i + 1)
        if set(m.keys()) != MEETING:
            err(doc_id, "%s keys %s" % (what, sorted(m.keys())))
            continue
        parts = m["participants"]
        if len(parts) < 2 or len(set(parts)) != len(parts):
            err(doc_id, "%s: needs >= 2 distinct participants" % what)
        for x in parts:
            if x not in nameset:
                err(doc_id, "%s: participant %r is not a person name" % (what, x))
        check_date(doc_id, what, m["date"], pub)
        if m["location"] is not None and m["location"].lower() not in body.lower():
            err(doc_id, "%s: location %r not in text" % (what, m["location"]))
        if m["kind"] not in MEETING_KINDS:
            err(doc_id, "%s: kind %r" % (what, m["kind"]))
        if not isinstance(m["topics"], list):
            err(doc_id, "%s: topics not a list" % what)
        key = (frozenset(parts), m["date"], m["kind"])
        if key in seen_meetings:
            err(doc_id, "%s: duplicate of an earlier meeting" % what)
        seen_meetings.append(key)

    for i, a in enumerate(gold["agreements"]):
        what = "agreement %d" % (i + 1)
        if set(a.keys()) != AGREEMENT:
            err(doc_id, "%s keys %s" % (what, sorted(a.keys())))
            continue
        if not a["name"]:
            err(doc_id, "%s: empty name" % what)
        check_date(doc_id, what, a["date"], pub)
        for x in a["signatories"]:
            if x not in nameset:
                err(doc_id, "%s: signatory %r is not a person name" % (what, x))
        for x in a["parties"]:
            if x not in entities:
                err(doc_id, "%s: party %r not in countries/organizations" % (what, x))

    for i, s in enumerate(gold["statements"]):
        what = "statement %d" % (i + 1)
        if set(s.keys()) != STATEMENT:
            err(doc_id, "%s keys %s" % (what, sorted(s.keys())))
            continue
        if s["speaker"] not in nameset:
            err(doc_id, "%s: speaker %r is not a person name" % (what, s["speaker"]))
        if s["kind"] not in STATEMENT_KINDS:
            err(doc_id, "%s: kind %r" % (what, s["kind"]))
        if s["addressee"] is not None and s["addressee"] not in entities:
            err(doc_id, "%s: addressee %r not in countries/organizations" % (what, s["addressee"]))


def main():
    txts = sorted(glob.glob(os.path.join(HERE, "a[0-9][0-9].txt")))
    jsons = sorted(glob.glob(os.path.join(HERE, "a[0-9][0-9].json")))
    stems = [os.path.basename(p)[:-4] for p in txts]
    if stems != ["a%02d" % i for i in range(1, 17)]:
        errors.append("expected a01..a16 texts, found %s" % stems)
    if [os.path.basename(p)[:-5] for p in jsons] != stems:
        errors.append("json files do not match text files")
    try:
        import gold as gold_module
        built = gold_module.GOLD
    except Exception as exc:  # pragma: no cover
        errors.append("cannot import gold.py: %s" % exc)
        built = {}
    for path in txts:
        doc_id = os.path.basename(path)[:-4]
        body, pub = read_text(path, doc_id)
        jpath = os.path.join(HERE, doc_id + ".json")
        if body is None or not os.path.exists(jpath):
            continue
        try:
            gold = json.load(open(jpath, encoding="utf-8"))
        except ValueError as exc:
            err(doc_id, "bad JSON: %s" % exc)
            continue
        if built.get(doc_id) != gold:
            err(doc_id, "JSON on disk differs from gold.py (run python3 gold.py)")
        check_doc(doc_id, body, pub, gold)
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s)" % len(errors))
        return 1
    print("OK: %d documents checked" % len(txts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
