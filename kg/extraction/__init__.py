"""Extraction: one :class:`~kg.model.Document` in, one :class:`~kg.model.Extraction` out.

>>> from kg.model import Document
>>> x = extract(Document(id="t", text="Minister Ann Lee of Chile met Peru's Foreign Minister Raul Sosa."))
>>> sorted(p.name for p in x.persons)
['Ann Lee', 'Raul Sosa']
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import Document, Extraction
from .countries import PEOPLE_ADJECTIVES
from .dates import days_later, find_arrival, find_stay, find_time_expressions, find_trip
from .events import Context, extract_agreements, extract_meetings, extract_statements, quote_speakers
from .lexicon import lexicon
from .mentions import Mentions, find_mentions
from .nlp import load_nlp
from .persons import PersonResolver, accredit_envoys, split_dual_titles
from .places import byline_authors, capitals, dateline_end, home_country, mission_countries, speaks_for_a_body

__all__ = ["extract"]


def extract(document: Document, nlp=None) -> Extraction:
    """Persons, positions, countries, organisations, meetings, agreements and statements."""
    nlp = nlp or load_nlp()
    lex = lexicon()
    body = document.text[document.body_start:]
    doc = nlp(body)
    mentions = find_mentions(document.text, doc, document.body_start, lex)
    people = PersonResolver(mentions, lex, document.id)
    home = home_country(document, mentions, lex)
    mission = mission_countries(document, lex)
    people.assign_countries(home, envoys_of=mission[0] if mission else None)
    authors = byline_authors(document, mentions)
    ends = dateline_end(document.text, document.body_start)
    ctx = Context(mentions, lex, people, document.id, _day_of_report(document, ends), ends, authors, home,
                  voice=mission[0] if mission else None if speaks_for_a_body(document, lex) else home)
    ctx.quotes = quote_speakers(ctx)
    ctx.stay = find_stay(document.text[ends:], ctx.published) or find_arrival(document.text[ends:], ctx.published)
    ctx.trip = find_trip(document.text[ends:], ctx.published)
    ctx.entries = _entry_days(document, ctx.published)
    ctx.headed = _headed_paragraphs(document, ctx.published)
    agreements = extract_agreements(ctx)
    ctx.instruments = [(a.evidence.start, max(a.evidence.end, a.evidence.start + len(a.name)
                                              if document.text.startswith(a.name, a.evidence.start) else 0))
                       for a in agreements if a.evidence]
    meetings = extract_meetings(ctx, agreements)
    people.place_hosts(meetings, home)
    statements = extract_statements(ctx, meetings)
    accredit_envoys(people.persons, home)
    split_dual_titles(people.persons, lex)
    return Extraction(
        document=document,
        persons=list(people.persons.values()),
        countries=_countries(mentions),
        organizations=_organizations(mentions, lex),
        meetings=meetings,
        agreements=agreements,
        statements=statements,
    )


def _day_of_report(document: Document, dateline_ends: int) -> dt.date | None:
    """The day "today" means: the dateline's ("PUTRAJAYA, June 11 -- ... today" in the paper
    of June 12), else the publication date."""
    published = document.published
    line = document.text[document.body_start:dateline_ends]
    for e in find_time_expressions(line, published, 0) if published and line else []:
        if len(e.value) == 10 and not re.search(r"\d\s*(?:[-–&]|and)\s*\d", e.text):    # (not "18 and 19 April": a span)
            day = dt.date.fromisoformat(e.value)
            if dt.timedelta(0) < published - day <= dt.timedelta(days=3):
                return day
    return published


_LINE = re.compile(r"(?m)^[ \t]*(\S[^\n|]{5,40}?)[ \t]*(?:(?:\||\s[—–]\s)[^\n]*)?$")     # "2021-06-09 | Minister receives ..."
_DAY_HEAD = re.compile(r"(?m)^[ \t]*((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       r"(?:,?\s+\d{1,2}\s+[A-Z][a-z]+|,?\s+[A-Z][a-z]+\s+\d{1,2})?)\s*[.:—–-]\s|"
                       # or a line of its own in capitals: "TUESDAY 30 NOVEMBER"
                       r"^[ \t]*((?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
                       r"(?:,?[ \t]+\d{1,2}[ \t]+[A-Z]+|,?[ \t]+[A-Z]+[ \t]+\d{1,2})?)[ \t]*\n|"
                       # or a paragraph's lead in capitals, with its place: "MONDAY, KYIV. Vavrik held talks"
                       r"^[ \t]*(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
                       r"(?:,[ \t]+[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){0,2})?[ \t]*[.:—–-][ \t]|"
                       # or a diary's day: "22 September: The Foreign Minister had a video conference"
                       r"^[ \t]*(\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)[ \t]*[:—–][ \t]")


def _heading_day(heading: str, published: dt.date, days: int, whole: bool) -> dt.date | None:
    """The day a heading names, within ``days`` before publication; with ``whole``, only where
    the heading is that date and nothing else."""
    exprs = find_time_expressions(heading, published)
    if not exprs or len(exprs[0].value) != 10 or whole and (len(exprs) != 1 or exprs[0].text != heading):
        return None
    day = dt.date.fromisoformat(exprs[0].value)
    return day if dt.timedelta(0) <= published - day <= dt.timedelta(days=days) else None


def _entry_days(document: Document, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """Lines that are a date and nothing else (or a date and an entry's title: "2024-03-21 |
    Minister receives ...") head the entries of a news page ("2024-03-21" over "Today, the
    Ambassador met ..."): where each starts and its day, for the month before publication."""
    if published is None:
        return []
    return [(line.start(), day) for line in _LINE.finditer(document.text, document.body_start)
            if (day := _heading_day(line.group(1), published, 31, whole=True))]


def _headed_paragraphs(document: Document, published: dt.date | None) -> list[tuple[int, int, str]]:
    """Paragraphs a digest heads with their day ("Tuesday. Ms A held a telephone conversation
    with B."): where each runs and the day, in the week before publication."""
    if published is None:
        return []
    text, found = document.text, []
    for hm in _DAY_HEAD.finditer(text, document.body_start):
        day = _heading_day(hm.group(4), published, 31, whole=True) if hm.group(4) else \
            _heading_day(hm.group(1) or hm.group(2) or hm.group(3), published, 7, whole=False)
        if day:
            end = text.find("\n\n", hm.end())
            found.append((hm.start(), end if end >= 0 else len(text), day.isoformat()))
    last = None
    for pm in _PLACE_DAY_LEAD.finditer(text, document.body_start):
        # "Dushanbe, Monday 9 February. Nazarov held talks ...", "Bishkek, the next day. ...": a tour's legs
        when = pm.group("when")
        shift = days_later(when) if days_later(when) is not None else _NEXT_DAY.get(when.lower())
        exprs = find_time_expressions(when, published)
        if shift is not None and last:
            day = last + dt.timedelta(days=shift)
        elif exprs and len(exprs[0].value) == 10 and {e.value for e in exprs} == {exprs[0].value} and \
                not re.sub(r"[\s,]+", "", _without(when, [e.text for e in exprs])):    # "Monday 9 February": one day
            day = dt.date.fromisoformat(exprs[0].value)
        else:
            continue
        if not dt.timedelta(0) <= published - day <= dt.timedelta(days=31):
            continue
        last = day
        end = text.find("\n\n", pm.end())
        found.append((pm.start(), end if end >= 0 else len(text), day.isoformat()))
    return sorted(found)


def _without(text: str, parts: list[str]) -> str:
    for part in parts:
        text = text.replace(part, "", 1)
    return text


_PLACE_DAY_LEAD = re.compile(r"(?m)^[ \t]*(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*){0,2}|"
                             r"By\s+(?:tele)?phone|By\s+video(?:\s*link|\s*conference)?|Online),[ \t]+"
                             r"(?P<when>[^.\n,;]{3,30})\.[ \t]+(?=[A-Z])")
_NEXT_DAY = {"the next day": 1, "the following day": 1, "the day after": 1, "the same day": 0, "later that day": 0}


def _countries(m: Mentions) -> list[str]:
    """The countries the text names, in order."""
    return list(dict.fromkeys(c.country.name for c in m.countries
                              if c.country.code not in PEOPLE_ADJECTIVES or _names_the_state(c)))


def _names_the_state(c) -> bool:
    """"Palestine", "the State of Palestine" name the state; "Palestinian(s)" a people."""
    text = re.sub(r"^[Tt]he\s+", "", c.text)
    return not c.adjective and any(text.casefold() == n.casefold() for n in c.country.names)


def _organizations(m: Mentions, lex) -> list[str]:
    names = []
    for _, _, name in m.organizations:
        name = re.sub(r"\s+", " ", name).strip()
        if len(name) < 2 or lex.countries.lookup(name) or any(name == p.name for p in m.persons):
            continue
        if name.casefold() in capitals():
            continue        # a dateline's "QUITO" that the model read as an organisation
        names.append(name)
    return list(dict.fromkeys(names))
