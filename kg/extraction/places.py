"""Where a document speaks from: its home country, read off the outlet and the dateline.

"WASHINGTON: ...", "TEHRAN, Dec. 20 (MNA) -", "From X, Abuja" and a source such as "The Sun
(Nigeria)" all say whose government an unqualified "the Foreign Minister" belongs to.
"""
from __future__ import annotations

import re
from functools import cache

import pycountry

from ..model import Document
from ..resources import data_path, data_rows
from ..slugs import fold
from .lexicon import Cue, Lexicon
from .mentions import Mentions

_DATELINE = re.compile(r"^\s*(?:From\s+[^,\n]+,\s+)?(?P<city>[A-Z][A-Za-z\.\- ]{2,30}?)\s*(?:,|:|\(|—|–| -)", re.M)


@cache
def _capital_rows() -> tuple[tuple[str, str, bool], ...]:
    """(city, alpha-3, dateline only) for each row of ``kg/data/capitals.tsv``."""
    if not data_path("capitals.tsv").exists():
        return ()
    return tuple((row[0], row[1], len(row) > 2 and row[2] == "dateline") for row in data_rows("capitals.tsv"))


@cache
def capitals() -> dict[str, str]:
    """City (case-folded) -> ISO alpha-3, from ``kg/data/capitals.tsv``."""
    return {city.casefold(): code for city, code, dateline in _capital_rows() if not dateline}


@cache
def dateline_capitals() -> dict[str, str]:
    """Capitals whose names are also people's or other places' ("Sofia", "Santiago"): read
    only from a dateline in capitals."""
    return {city.casefold(): code for city, code, dateline in _capital_rows() if dateline}


_MISSION = r"(?:Embassy|High\s+Commission|Consulate(?:\s+General)?|Permanent\s+Mission)"
_MISSION_SOURCE = re.compile(   # "Embassy of the State of Kuwait in Colombo", "Embassy of India, Hanoi", "..., Dar es Salaam"
    r"^\s*(?:The\s+)?(?:" + _MISSION + r"\s+of\s+(?:the\s+)?(?P<sender>[^,()\n]+?)|"
    r"(?P<sender2>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*){0,2})\s+" + _MISSION + r")"
    r"(?:\s+in\s+|\s*,\s*)(?:the\s+)?(?P<host>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+(?:(?:es|de|del|la|el|da|do|al)\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*){0,2})")


# Cities where outlets that report on others are based: a "Geneva monitor" is not Swiss news.
_HUB_CITIES = {"brussels", "strasbourg", "the hague", "geneva", "new york", "vienna", "luxembourg"}


@cache
def _source_names() -> list[tuple[re.Pattern, str]]:
    """(whole-word pattern, alpha-3) for the outlets of ``kg/data/outlets.tsv`` and then the
    cities of ``capitals.tsv``, longest first."""
    outlets = [(name, code) for name, code in data_rows("outlets.tsv")] if data_path("outlets.tsv").exists() else []
    cities = [(city, code) for city, code, dateline in _capital_rows()
              if city.casefold() not in _HUB_CITIES and not dateline]
    patterns = []
    for names, flags in ((outlets, 0), (cities, re.I)):
        # an outlet's name with another proper word after it is another outlet ("El Heraldo Andino")
        other = r"(?!\s+(?!(?:News|Agency|Online|Newspaper|Daily|Weekly|Digital|Web|TV|Radio|English|International)\b)"\
                r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿ])" if flags == 0 else ""
        for name, code in sorted(names, key=lambda nc: -len(nc[0])):
            patterns.append((re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])" + other, flags), code))
    return patterns


_PROPER_BEFORE = re.compile(r"(?<![\w-])(?!The\b)[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*\s+$")


@cache
def _source_cue() -> Cue:
    """A cheap test of whether any of ``_source_names()`` may occur (most sources hold none)."""
    return Cue.of([p for p, _ in _source_names()])


@cache
def _named_bodies(filename: str) -> tuple[dict[str, str], re.Pattern]:
    """The bodies only one country has (``legislatures.tsv``, ``ministries.tsv``): their names'
    countries, and one pattern for them all."""
    names = {row[0].casefold(): row[1] for row in data_rows(filename)}
    keys = sorted(names, key=len, reverse=True)
    return names, re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])", re.I)


def _legislatures_pattern() -> re.Pattern:
    return _named_bodies("legislatures.tsv")[1]


def _body_country(text: str, lex: Lexicon, filename: str):
    names, pattern = _named_bodies(filename)
    bm = pattern.search(text)
    return bm and lex.countries.by_code(names[bm.group(0).casefold()])


def legislature_country(text: str, lex: Lexicon):
    """The country of a legislature only one country has, named in ``text`` ("the Riksdag")."""
    return _body_country(text, lex, "legislatures.tsv")


def ministry_country(text: str, lex: Lexicon):
    """The country of a ministry only one country has, named in ``text`` ("the Farnesina")."""
    return _body_country(text, lex, "ministries.tsv")


def _city_around(text: str, start: int, end: int) -> str | None:
    """The city whose name holds the country name at ``start:end`` ("Port of Spain", "Kuwait City")."""
    for city in _cities_with_countries():
        for cm in re.finditer(re.escape(city), text, re.I):
            if cm.start() <= start and end <= cm.end() and (cm.start(), cm.end()) != (start, end):
                return city
    return None


@cache
def _cities_with_countries() -> tuple[str, ...]:
    """Capitals whose names hold more than one word ("Port of Spain", "Guatemala City")."""
    return tuple(sorted((c for c in capitals() if " " in c or "-" in c), key=len, reverse=True))


def country_of_place(place: str, lex: Lexicon):
    """The country a place names: a country ("Samoa") or a city kg knows ("Apia")."""
    return lex.countries.lookup(place) or lex.countries.by_code(capitals().get(place.casefold()))


@cache
def _regions() -> dict[str, frozenset[str]]:
    """Region name (accents and case folded) -> alpha-3 codes of the countries that have a
    first-level region of that name (ISO 3166-2, from pycountry): "Nariño" -> {"COL"},
    "Punjab" -> {"IND", "PAK"}."""
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            found.setdefault(fold(sub.name), set()).add(pycountry.countries.get(alpha_2=sub.country_code).alpha_3)
    return {name: frozenset(codes) for name, codes in found.items()}


def region_country(place: str, lex: Lexicon, named: set[str] = frozenset()):
    """The country whose region ``place`` is ("Governor of Nariño": Colombia). A name several
    countries give a region ("Punjab") is the one among ``named`` (the text's countries), if
    exactly one is; a name that is also a country's is the country's, never a region's."""
    if lex.countries.lookup(place):
        return None
    codes = _regions().get(fold(place), frozenset())
    countries = [c for c in map(lex.countries.by_code, codes) if c]
    if len(countries) > 1:
        countries = [c for c in countries if c.name in named]
    return countries[0] if len(countries) == 1 else None


def mission_countries(document: Document, lex: Lexicon) -> tuple[str, str] | None:
    """(sending, host) country of a release an embassy publishes about its work abroad: its
    envoys serve the first, the officials it calls on the second."""
    mm = _MISSION_SOURCE.match(document.source or "")
    if not mm:
        return None
    sender = lex.countries.lookup(mm.group("sender") or mm.group("sender2"))
    host = country_of_place(mm.group("host"), lex)
    if sender and host and sender != host:
        return sender.name, host.name
    return None


_BODY_SOURCE = re.compile(r"\b(?:Council of Europe|United Nations|European Union|African Union|Commonwealth|Secretariat|"
                          r"Commission|Organi[sz]ation|League|Forum|Community|NATO|OSCE|ASEAN|ECOWAS|SADC|CARICOM|OAS|OECS|UN)\b")


def speaks_for_a_body(document: Document, lex: Lexicon) -> bool:
    """Whether an international body publishes the document ("Council of Europe, newsroom"):
    its "the Secretary General" is its own, whatever country its dateline names."""
    return bool(document.source and _BODY_SOURCE.search(document.source) and
                not lex.country_form.search(document.source))


def home_country(document: Document, m: Mentions, lex: Lexicon) -> str | None:
    """An embassy's host country, or the country its outlet or dateline names."""
    mission = mission_countries(document, lex)
    if mission:
        return mission[1]
    if document.source:
        for cm in lex.country_form.finditer(document.source):
            country = lex.countries.lookup(cm.group(0))
            city = _city_around(document.source, cm.start(), cm.end())
            if city:        # "The Port of Spain Mirror": Trinidad and Tobago's, not Spain's
                country = lex.countries.by_code(capitals()[city.casefold()])
            if country:
                return country.name
        for pm in [*re.finditer(r"\(([^()]+)\)", document.source),        # "The Peninsula Tribune (Kuala Lumpur)"
                   *re.finditer(r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w]*(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w]*)?)-based\b(?!.*\b(?:[Ii]nternational|[Ww]ire|[Gg]lobal|[Ww]orld)\b)",
                               document.source)]:   # "a Kyiv-based daily", not "a US-based international wire service"
            country = country_of_place(pm.group(1).strip(), lex)
            if country:
                return country.name
        # "Sveriges riksdag - News from the Riksdag", "Federal Foreign Office, press release"
        country = legislature_country(document.source, lex) or ministry_country(document.source, lex)
        if country:
            return country.name
        if _source_cue().may_match(document.source):
            for pattern, code in _source_names():     # "Mehr News Agency", "The Lagos Ledger"
                sm = pattern.search(document.source)
                if sm and not pattern.flags & re.I and _PROPER_BEFORE.search(document.source, 0, sm.start()):
                    continue        # "Gulf Daily Monitor" is not the "Daily Monitor"
                country = sm and lex.countries.by_code(code)
                if country:
                    return country.name
    body = document.text[document.body_start:]
    lines = [line for line in body.splitlines() if line.strip()][:4]
    for line in lines:
        for dm in re.finditer(r"(?:^|From\s[^,\n]+,\s+|\b)([A-ZÀ-ÖØ-ÞĀ-Ž][\w\.\-]+(?:\s(?:(?:es|de|del|la|el|of)\s)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\.\-]+){0,2})"
                              r"(?=\s*(?:,\s*(?:[A-Z]|\d)|:|\s\(|\s(?:[—–-]|--)\s|$)|\.\s+[A-Z])", line):
            at_start = dm.start(1) == len(line) - len(line.lstrip())
            # "CPA Diplomatic Digest - Tunis, Thursday 14 September 2023": a heading's dateline
            at_start = at_start or bool(re.search(r"\s[-–—|]\s*$", line[:dm.start(1)]) and re.match(
                r",\s*(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b", line[dm.end(1):]))
            if not at_start and re.match(r"\.\s", line[dm.end(1):]):
                continue        # ("San José. Foreign Minister A ...": a dateline only where it opens the line)
            if not at_start and (dm.group(1).casefold().rstrip(".") in _HUB_CITIES or
                                 not re.search(r"\bin\s+$", line[:dm.start(1)]) or
                                 re.search(r"[a-z]{2}[.!?]\s+[A-Z]", line[:dm.start(1)])):
                continue        # the lead's "... received ... in Prague.", not "... to Vientiane." or "in Brussels"
            named = lex.countries.lookup(dm.group(1).rstrip("."))     # "KUWAIT, Jan 13 (GNA) --"
            if named and len(dm.group(1)) > 3 and at_start and \
                    re.match(r"\s*,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+|\()", line[dm.end(1):]):
                return named.name
            country = lex.countries.by_code(capitals().get(dm.group(1).casefold().rstrip(".")))
            if not country and at_start and dm.group(1).isupper() and re.match(r"\s*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)", line[dm.end(1):]):
                country = lex.countries.by_code(dateline_capitals().get(dm.group(1).casefold()))   # "SOFIA, December 1"
            if country:
                return country.name
    if document.source and _GOVERNMENT_SOURCE.search(document.source):
        return _country_spoken_for(body, lex)
    return None


# A release of "the Ministry of Foreign Affairs" or "the Presidency" that names no country
# speaks for the country it is about: the one visitors come to and that the text names most.
_GOVERNMENT_SOURCE = re.compile(
    r"\b(?:Ministry|Ministère|Department\s+of|Presidency|President's\s+Office|Office\s+of\s+the\s+"
    r"(?:President|Prime\s+Minister)|Prime\s+Minister's\s+Office|Government|Spokesperson)\b", re.I)
_HOST_CUE = re.compile(r"\b(?:visit|trip|tour|arrived|arrival)\s+(?:to|in)\s+(?:the\s+)?$|"
                       r"\b(?:Ambassador|High\s+Commissioner|Embassy)\s+(?:\w+\s+){0,3}?(?:to|in)\s+(?:the\s+)?$", re.I)


def _country_spoken_for(body: str, lex: Lexicon) -> str | None:
    """The country named most, a visit's or an ambassador's destination counting three times;
    none where two countries tie."""
    score: dict[str, int] = {}
    for cm in lex.country_form.finditer(body):
        country = lex.countries.lookup(cm.group(0))
        if country:
            host = _HOST_CUE.search(body[max(0, cm.start() - 60):cm.start()])
            score[country.name] = score.get(country.name, 0) + (3 if host else 1)
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


_DATELINE_PREFIX = re.compile(      # (not "On August 6, commencing at 4:30 p.m.": a sentence and a time of day)
    r"\s*(?!(?:On|In|At|The|By|During|After|Before|Following|Last|This|Earlier|Later)\s)"
    r"(?:\(?[A-Z][\w\-]*\)?\s+)?(?:[A-Z][\w\.\-’']*(?:\s+[A-Z][\w\.\-’']*){0,3}),?\s+"
    r"[^\n:–—]{0,40}?(?:\([^)\n]{1,20}\)\s*)?(?::(?!\d)|–|—|--|-\s)\s*")


def dateline_end(text: str, body_start: int) -> int:
    """Where a leading dateline ("New Delhi, Nov 18:", "SEOUL, Dec. 3 (KWS) --") ends in
    ``text``, or ``body_start`` when the body has none."""
    pos, seen = body_start, 0
    for line in text[body_start:].splitlines(keepends=True):
        if line.strip():
            m = _DATELINE_PREFIX.match(line)
            if m and re.search(r"\d|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                               r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b", m.group(0)):   # (not "Deccan")
                return pos + m.end()
            seen += 1
            if seen == 5:      # headlines and bylines come first; the story starts soon
                break
        pos += len(line)
    return body_start


_BY_HEADING = re.compile(r"\b(?:Statement|Remarks|Message|Speech|Address|Op-?[Ee]d|Article|Letter|Declaration)\s+(?:by|of|from)\b")


def byline_authors(document: Document, m: Mentions) -> list[str]:
    """The persons a first-person release speaks as: names alone on the first lines
    ("Senator the Hon Margaret Kellaway") of a text that says "I met" or "we hosted"."""
    body = document.text[document.body_start:]
    if not re.search(r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?(?:met|welcomed|held|hosted|spoke|thanked|visited|reaffirmed|"
                     r"announced|concluded|signed|discussed|called|congratulated|offered|conveyed|received)\b|"
                     # a statement in the first person: "I strongly condemn", "I am deeply concerned"
                     r"\bI\s+(?:\w+\s+)?(?:condemn|call|reiterate|am|welcome|express|extend|urge|commend|offer|convey)\b", body):
        return []
    pos = document.body_start
    authors: list[str] = []
    for number, line in enumerate(body.splitlines(keepends=True)):
        if number > 12:
            break
        names = m.in_span(m.persons, pos, pos + len(line))
        # a name alone on its line, or the one a heading says the text is by ("Statement by the High
        # Representative A on ...")
        if len(names) == 1 and (len(line.split()) <= 10 or _BY_HEADING.search(line)) and names[0].key not in authors:
            authors.append(names[0].key)
        elif authors and line.strip() and len(line.split()) > 12:
            break
        pos += len(line)
    return authors
