"""Validate the src26 corpus (bNN.txt + bNN.json).  `python3 check.py`; exit 0 = OK.

Checks: front matter; body word count 250-450; JSON keys and value types exactly as the shared gold
uses them; every person name / alias occurs in the text; meeting participants, signatories and
speakers are listed person names; dates valid and not after publication; kinds from the allowed
sets; addressees and agreement parties are listed countries/organizations; countries of positions
are listed countries; each bNN.json equals what gold.py builds.
"""
import datetime
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["b%02d" % i for i in range(1, 17)]
TOP = ["persons", "meetings", "agreements", "statements", "countries", "organizations"]
PERSON = ["name", "aliases", "positions"]
MEETING = ["participants", "date", "location", "occasion", "kind", "topics"]
AGREEMENT = ["name", "date", "parties", "signatories"]
STATEMENT = ["speaker", "kind", "addressee"]
MEETING_KINDS = {"in-person", "phone call", "video call"}
STATEMENT_KINDS = {"condolences", "support", "concern", "condemnation", "invitation", "congratulations",
                   "gratitude", "other"}
FM_RE = re.compile(r"\A---\nid: (b\d\d)\npublished: (\d{4}-\d\d-\d\d)\nsource: ([^\n]+)\n"
                   r"url: (https://example\.org/[^\s]+)\n---\n")
DATE_RE = re.compile(r"\A\d{4}(-\d\d(-\d\d)?)?\Z")

errors = []


def err(did, msg):
    errors.append("%s: %s" % (did, msg))


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def parse_date(s):
    """Return (first_day, last_day) of the period a gold date denotes."""
    parts = [int(x) for x in s.split("-")]
    if len(parts) == 3:
        d = datetime.date(*parts)
        return d, d
    if len(parts) == 2:
        first = datetime.date(parts[0], parts[1], 1)
        nxt = datetime.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return first, nxt - datetime.timedelta(days=1)
    return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)


def check_date(did, what, value, published):
    if value is None:
        return
    if not isinstance(value, str) or not DATE_RE.match(value):
        err(did, "%s: bad date %r" % (what, value))
        return
    try:
        first, _ = parse_date(value)
    except ValueError as e:
        err(did, "%s: invalid date %r (%s)" % (what, value, e))
        return
    if first > published:
        err(did, "%s: date %s after publication %s" % (what, value, published))


def str_list(did, what, v):
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        err(did, "%s must be a list of non-empty strings" % what)
        return False
    if len(set(v)) != len(v):
        err(did, "%s has duplicates: %r" % (what, v))
    return True


def check_doc(did):
    tpath, jpath = os.path.join(HERE, did + ".txt"), os.path.join(HERE, did + ".json")
    if not os.path.exists(tpath) or not os.path.exists(jpath):
        err(did, "missing .txt or .json")
        return None
    text = open(tpath, encoding="utf-8").read()
    m = FM_RE.match(text)
    if not m:
        err(did, "front matter does not match the required form")
        return None
    if m.group(1) != did:
        err(did, "front matter id %s" % m.group(1))
    try:
        published = datetime.date.fromisoformat(m.group(2))
    except ValueError:
        err(did, "bad published date")
        return None
    if not (2003 <= published.year <= 2026):
        err(did, "published year outside 2003-2026")
    body = text[m.end():]
    nwords = len(body.split())
    if not 250 <= nwords <= 450:
        err(did, "body has %d words (want 250-450)" % nwords)

    g = json.load(open(jpath, encoding="utf-8"))
    if list(g) != TOP:
        err(did, "top-level keys %r" % list(g))
        return g
    countries, orgs = g["countries"], g["organizations"]
    str_list(did, "countries", countries)
    str_list(did, "organizations", orgs)

    # persons
    names, forms = [], {}
    for p in g["persons"]:
        if list(p) != PERSON:
            err(did, "person keys %r" % list(p))
            continue
        name = p["name"]
        names.append(name)
        str_list(did, "aliases of %s" % name, p["aliases"])
        for f in [name] + p["aliases"]:
            if not occurs(f, body):
                err(did, "name/alias %r not in text" % f)
            if f in forms and forms[f] != name:
                err(did, "form %r used by two persons" % f)
            forms[f] = name
        if name in p["aliases"]:
            err(did, "%s lists its own name as alias" % name)
        if not isinstance(p["positions"], list):
            err(did, "positions of %s not a list" % name)
            continue
        for q in p["positions"]:
            keys = list(q)
            if keys not in (["title", "country"], ["title", "country", "organization"]):
                err(did, "position keys %r (%s)" % (keys, name))
                continue
            if not isinstance(q["title"], str) or not q["title"]:
                err(did, "empty title (%s)" % name)
            if q["country"] is not None and q["country"] not in countries:
                err(did, "position country %r of %s not in countries" % (q["country"], name))
            if "organization" in q:
                if q["country"] is not None:
                    err(did, "organization position of %s should have country null" % name)
                if q["organization"] not in orgs:
                    err(did, "position organization %r of %s not in organizations" % (q["organization"], name))
            elif q["country"] is None:
                err(did, "position of %s has neither country nor organization" % name)
    if len(set(names)) != len(names):
        err(did, "duplicate person names")
    nameset = set(names)

    # meetings
    for i, mt in enumerate(g["meetings"]):
        what = "meeting %d" % (i + 1)
        if list(mt) != MEETING:
            err(did, "%s keys %r" % (what, list(mt)))
            continue
        if str_list(did, what + " participants", mt["participants"]):
            if len(mt["participants"]) < 2:
                err(did, "%s has fewer than two participants" % what)
            for x in mt["participants"]:
                if x not in nameset:
                    err(did, "%s participant %r is not a person name" % (what, x))
        check_date(did, what, mt["date"], published)
        for k in ("location", "occasion"):
            if mt[k] is not None and not (isinstance(mt[k], str) and mt[k]):
                err(did, "%s %s must be null or a non-empty string" % (what, k))
        if mt["location"] is not None and not occurs(mt["location"], body):
            err(did, "%s location %r not in text" % (what, mt["location"]))
        if mt["kind"] not in MEETING_KINDS:
            err(did, "%s kind %r" % (what, mt["kind"]))
        if mt["topics"]:
            str_list(did, what + " topics", mt["topics"])
        elif mt["topics"] != []:
            err(did, "%s topics must be a list" % what)
    sigs = [tuple(sorted(m["participants"])) + (m["date"],) for m in g["meetings"] if list(m) == MEETING]
    if len(set(sigs)) != len(sigs):
        err(did, "two meetings with the same participants and date")

    # agreements
    for i, a in enumerate(g["agreements"]):
        what = "agreement %d" % (i + 1)
        if list(a) != AGREEMENT:
            err(did, "%s keys %r" % (what, list(a)))
            continue
        if not isinstance(a["name"], str) or not a["name"]:
            err(did, "%s has no name" % what)
        elif not occurs(a["name"], body) and not occurs(a["name"][0].upper() + a["name"][1:], body):
            err(did, "%s name %r not in text" % (what, a["name"]))
        check_date(did, what, a["date"], published)
        if str_list(did, what + " parties", a["parties"]):
            for x in a["parties"]:
                if x not in countries and x not in orgs:
                    err(did, "%s party %r not a listed country/organization" % (what, x))
        if a["signatories"] or a["signatories"] == []:
            str_list(did, what + " signatories", a["signatories"]) if a["signatories"] else None
            for x in a["signatories"]:
                if x not in nameset:
                    err(did, "%s signatory %r is not a person name" % (what, x))

    # statements
    for i, s in enumerate(g["statements"]):
        what = "statement %d" % (i + 1)
        if list(s) != STATEMENT:
            err(did, "%s keys %r" % (what, list(s)))
            continue
        if s["speaker"] not in nameset:
            err(did, "%s speaker %r is not a person name" % (what, s["speaker"]))
        if s["kind"] not in STATEMENT_KINDS:
            err(did, "%s kind %r" % (what, s["kind"]))
        ad = s["addressee"]
        if ad is not None and ad not in countries and ad not in orgs:
            err(did, "%s addressee %r not a listed country/organization" % (what, ad))

    # countries and organizations must be mentioned somehow (name, or listed cue)
    for c in countries:
        cues = [c] + DEMONYMS.get(c, [])
        if not any(occurs(x, body) for x in cues):
            err(did, "country %r not mentioned in text" % c)
    for o in orgs:
        cues = [o] + ORG_CUES.get(o, [])
        if not any(occurs(x, body) for x in cues):
            err(did, "organization %r not mentioned in text" % o)
    return g


DEMONYMS = {
    "Kazakhstan": ["Kazakh"], "Uzbekistan": ["Uzbek"], "Kyrgyzstan": ["Kyrgyz"], "Tajikistan": ["Tajik"],
    "Afghanistan": ["Afghan"], "Mozambique": ["Mozambican"], "Portugal": ["Portuguese"],
    "Philippines": ["Philippine"], "Japan": ["Japanese"], "Vietnam": ["Vietnamese"], "Indonesia": ["Indonesian"],
    "Malaysia": ["Malaysian"], "China": ["Chinese"], "Benin": ["Beninese"], "Niger": ["Nigerien"],
    "France": ["French"], "Nigeria": ["Nigerian"], "Togo": ["Togolese"], "Egypt": ["Egyptian"],
    "Ethiopia": ["Ethiopian"], "Kenya": ["Kenyan"], "Sudan": ["Sudanese"], "Peru": ["Peruvian"],
    "Uruguay": ["Uruguayan"], "Ecuador": ["Ecuadorian"], "Colombia": ["Colombian"], "Finland": ["Finnish"],
    "Saudi Arabia": ["Saudi"], "Qatar": ["Qatari"], "Oman": ["Omani"], "United Arab Emirates": ["UAE"],
    "Iceland": ["Icelandic"], "Poland": ["Polish"], "Serbia": ["Serbian"], "Slovenia": ["Slovenian"],
    "Spain": ["Spanish"], "Morocco": ["Moroccan"], "Denmark": ["Danish"], "Norway": ["Norwegian"],
    "Italy": ["Italian"], "Rwanda": ["Rwandan"], "Burundi": ["Burundian"], "Uganda": ["Ugandan"],
    "Zimbabwe": ["Zimbabwean"], "Haiti": ["Haitian"], "Jamaica": ["Jamaican"], "Lesotho": ["Lesotho"],
}
ORG_CUES = {
    "Shanghai Cooperation Organisation": ["SCO"], "ECOWAS Commission": ["ECOWAS Commission"],
    "Foreign Affairs Council": ["Foreign Affairs Council"], "UN Security Council": ["Security Council"],
    "United Nations": ["UN"], "FARC": ["FARC"], "CARICOM": ["CARICOM"],
    "Southern African Development Community": ["SADC"],
}


def main():
    spec = importlib.util.spec_from_file_location("gold26", os.path.join(HERE, "gold.py"))
    gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gold)
    if sorted(gold.GOLD) != IDS:
        err("gold.py", "ids %r" % sorted(gold.GOLD))
    for did in IDS:
        g = check_doc(did)
        if g is not None and did in gold.GOLD and g != json.loads(json.dumps(gold.GOLD[did])):
            err(did, "%s.json differs from gold.py (run python3 gold.py)" % did)
    extra = sorted(f for f in os.listdir(HERE) if re.match(r"b\d\d\.", f) and f.split(".")[0] not in IDS)
    if extra:
        err("corpus", "unexpected files %r" % extra)
    for e in errors:
        print("ERROR", e)
    print("%d documents, %d errors" % (len(IDS), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
