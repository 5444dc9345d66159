#!/usr/bin/env python3
"""Validate the src24 corpus: front matter, word counts, gold JSON structure and consistency.

Usage: python3 check.py   (exit status 0 = OK)
"""
import datetime
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["l%02d" % i for i in range(1, 17)]
MIN_WORDS, MAX_WORDS = 200, 450

TOP_KEYS = ["persons", "meetings", "agreements", "statements", "countries", "organizations"]
PERSON_KEYS = {"name", "aliases", "positions"}
POSITION_KEYS = {"title", "country"}
POSITION_OPT = {"organization"}
MEETING_KEYS = {"participants", "date", "location", "occasion", "kind", "topics"}
AGREEMENT_KEYS = {"name", "date", "parties", "signatories"}
STATEMENT_KEYS = {"speaker", "kind", "addressee"}
MEETING_KINDS = {"in-person", "phone call", "video call"}
STATEMENT_KINDS = {"condolences", "support", "concern", "condemnation", "invitation",
                   "congratulations", "gratitude", "other"}
HONORIFICS = ("Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ", "Dr ", "Dr. ", "H.E. ", "HE ", "Hon. ",
              "Smt. ", "Shri ", "Sheikh ", "Alhaji ", "Sayyid ")
FM_RE = re.compile(r"\A---\nid: (\S+)\npublished: (\d{4}-\d{2}-\d{2})\nsource: (.+)\n"
                   r"url: (https://example\.org/\S+)\n---\n")

errors = []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def parse_date(doc, value, what, published):
    """Accept YYYY, YYYY-MM, YYYY-MM-DD; must not be after publication."""
    if value is None:
        return
    if not isinstance(value, str):
        err(doc, "%s date %r is not a string" % (what, value))
        return
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = datetime.date.fromisoformat(value)
            ok = d <= published
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = map(int, value.split("-"))
            datetime.date(y, m, 1)
            ok = (y, m) <= (published.year, published.month)
        elif re.fullmatch(r"\d{4}", value):
            ok = int(value) <= published.year
        else:
            err(doc, "%s date %r has a bad format" % (what, value))
            return
    except ValueError:
        err(doc, "%s date %r is not a valid date" % (what, value))
        return
    if not ok:
        err(doc, "%s date %s is after publication %s" % (what, value, published))


def check_keys(doc, obj, required, optional, what):
    if not isinstance(obj, dict):
        err(doc, "%s is not an object" % what)
        return False
    keys = set(obj)
    missing = required - keys
    extra = keys - required - optional
    if missing:
        err(doc, "%s misses keys %s" % (what, sorted(missing)))
    if extra:
        err(doc, "%s has unknown keys %s" % (what, sorted(extra)))
    return not missing


def str_list(doc, value, what, allow_empty=True):
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        err(doc, "%s must be a list of non-empty strings" % what)
        return False
    if not allow_empty and not value:
        err(doc, "%s must not be empty" % what)
    if len(set(value)) != len(value):
        err(doc, "%s has duplicates" % what)
    return True


def check_doc(doc, gold_module):
    txt_path = os.path.join(HERE, doc + ".txt")
    json_path = os.path.join(HERE, doc + ".json")
    if not os.path.exists(txt_path) or not os.path.exists(json_path):
        err(doc, "missing .txt or .json")
        return
    text = open(txt_path, encoding="utf-8").read()
    m = FM_RE.match(text)
    if not m:
        err(doc, "front matter does not match the required form")
        return
    fm_id, published_s, source, url = m.groups()
    if fm_id != doc:
        err(doc, "front matter id %r differs from file name" % fm_id)
    try:
        published = datetime.date.fromisoformat(published_s)
    except ValueError:
        err(doc, "published %r is not a valid date" % published_s)
        return
    if not (2003 <= published.year <= 2026):
        err(doc, "published year %d outside 2003-2026" % published.year)
    if published > datetime.date.today():
        err(doc, "published %s is in the future" % published)
    body = text[m.end():]
    n_words = len(body.split())
    if not (MIN_WORDS <= n_words <= MAX_WORDS):
        err(doc, "body has %d words (need %d-%d)" % (n_words, MIN_WORDS, MAX_WORDS))

    try:
        gold = json.load(open(json_path, encoding="utf-8"))
    except ValueError as e:
        err(doc, "invalid JSON: %s" % e)
        return
    if gold_module is not None and gold_module.GOLD.get(doc) != gold:
        err(doc, "JSON differs from gold.py (re-run python3 gold.py)")
    if not isinstance(gold, dict) or list(gold) != TOP_KEYS:
        err(doc, "top-level keys must be exactly %s in this order" % TOP_KEYS)
        return

    str_list(doc, gold["countries"], "countries", allow_empty=False)
    str_list(doc, gold["organizations"], "organizations")
    countries = set(gold["countries"])
    orgs = set(gold["organizations"])
    if countries & orgs:
        err(doc, "entries both country and organization: %s" % sorted(countries & orgs))

    # persons
    names = []
    forms = {}
    for i, p in enumerate(gold["persons"]):
        what = "person[%d]" % i
        if not check_keys(doc, p, PERSON_KEYS, set(), what):
            continue
        name = p["name"]
        if not isinstance(name, str) or not name.strip():
            err(doc, "%s has no name" % what)
            continue
        names.append(name)
        if name.startswith(HONORIFICS):
            err(doc, "name %r starts with an honorific" % name)
        if name not in body:
            err(doc, "name %r does not occur in the text" % name)
        str_list(doc, p["aliases"], "aliases of %s" % name)
        for a in p["aliases"]:
            if a not in body:
                err(doc, "alias %r of %s does not occur in the text" % (a, name))
            if a == name:
                err(doc, "alias %r repeats the name" % a)
        for form in [name] + list(p["aliases"]):
            if form in forms and forms[form] != name:
                err(doc, "form %r used for both %s and %s" % (form, forms[form], name))
            forms[form] = name
        if not isinstance(p["positions"], list):
            err(doc, "positions of %s must be a list" % name)
            continue
        for j, q in enumerate(p["positions"]):
            pw = "position[%d] of %s" % (j, name)
            if not check_keys(doc, q, POSITION_KEYS, POSITION_OPT, pw):
                continue
            if not isinstance(q["title"], str) or not q["title"].strip():
                err(doc, "%s has no title" % pw)
            c = q["country"]
            if c is not None and c not in countries:
                err(doc, "%s country %r not in countries" % (pw, c))
            if "organization" in q:
                if q["organization"] not in orgs:
                    err(doc, "%s organization %r not in organizations" % (pw, q["organization"]))
            elif c is None:
                err(doc, "%s has neither country nor organization" % pw)
    if len(set(names)) != len(names):
        err(doc, "duplicate person names")
    nameset = set(names)

    # meetings
    seen = set()
    for i, mt in enumerate(gold["meetings"]):
        what = "meeting[%d]" % i
        if not check_keys(doc, mt, MEETING_KEYS, set(), what):
            continue
        if str_list(doc, mt["participants"], what + " participants"):
            if len(mt["participants"]) < 2:
                err(doc, "%s has fewer than two participants" % what)
            for x in mt["participants"]:
                if x not in nameset:
                    err(doc, "%s participant %r is not a person name" % (what, x))
        parse_date(doc, mt["date"], what, published)
        for k in ("location", "occasion"):
            if mt[k] is not None and (not isinstance(mt[k], str) or not mt[k].strip()):
                err(doc, "%s %s must be null or a non-empty string" % (what, k))
        if mt["kind"] not in MEETING_KINDS:
            err(doc, "%s kind %r unknown" % (what, mt["kind"]))
        str_list(doc, mt["topics"], what + " topics")
        key = (tuple(sorted(mt["participants"])), mt["date"], mt["kind"])
        if key in seen:
            err(doc, "%s duplicates another meeting %s" % (what, key))
        seen.add(key)

    # agreements
    for i, ag in enumerate(gold["agreements"]):
        what = "agreement[%d]" % i
        if not check_keys(doc, ag, AGREEMENT_KEYS, set(), what):
            continue
        if not isinstance(ag["name"], str) or not ag["name"].strip():
            err(doc, "%s has no name" % what)
        parse_date(doc, ag["date"], what, published)
        if str_list(doc, ag["parties"], what + " parties"):
            for x in ag["parties"]:
                if x not in countries and x not in orgs:
                    err(doc, "%s party %r is neither a listed country nor organization" % (what, x))
        if str_list(doc, ag["signatories"], what + " signatories"):
            for x in ag["signatories"]:
                if x not in nameset:
                    err(doc, "%s signatory %r is not a person name" % (what, x))

    # statements
    for i, st in enumerate(gold["statements"]):
        what = "statement[%d]" % i
        if not check_keys(doc, st, STATEMENT_KEYS, set(), what):
            continue
        if st["speaker"] not in nameset:
            err(doc, "%s speaker %r is not a person name" % (what, st["speaker"]))
        if st["kind"] not in STATEMENT_KINDS:
            err(doc, "%s kind %r unknown" % (what, st["kind"]))
        a = st["addressee"]
        if a is not None and a not in countries and a not in orgs:
            err(doc, "%s addressee %r is neither a listed country nor organization" % (what, a))
    return n_words


def load_gold_module():
    path = os.path.join(HERE, "gold.py")
    if not os.path.exists(path):
        err("gold.py", "missing")
        return None
    spec = importlib.util.spec_from_file_location("src24_gold", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if sorted(mod.GOLD) != IDS:
        err("gold.py", "GOLD ids %s differ from %s" % (sorted(mod.GOLD), IDS))
    return mod


def main():
    mod = load_gold_module()
    extra = sorted(f for f in os.listdir(HERE)
                   if re.fullmatch(r"l\d\d\.(txt|json)", f) and f[:3] not in IDS)
    if extra:
        err("corpus", "unexpected files %s" % extra)
    counts = {}
    for doc in IDS:
        counts[doc] = check_doc(doc, mod)
    for e in errors:
        print("ERROR", e)
    print("words:", " ".join("%s=%s" % (d, counts[d]) for d in IDS))
    print("FAILED (%d errors)" % len(errors) if errors else "OK: %d documents" % len(IDS))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
