"""Time expressions -> ISO dates, resolved against the publication date.

Handles absolute dates in the common news formats, weekdays, ``today``/``yesterday``/``the
previous day``/``the same day``/``two days ago``/``two days later``, ``last March``, ``June last
year``, ``last month``, ``over the weekend``, ``in February`` (the latest February up to the
report), a month with a year and dates without a year; "18/03/2019" is read day first when its
first number cannot be a month. A full date gives ``YYYY-MM-DD``; a month ``YYYY-MM``; a year
alone ``YYYY``.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass

MONTHS = {name: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_DAYS_LATER = r"(?P<n>a|one|two|three|four|five|six|[1-6])\s+days?\s+(?P<way>later|earlier)"
_M = r"(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY_PAIR = r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|and|&)\s*\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + _M.format("m")
_PATTERNS = [
    ("iso", r"\b(?P<y>\d{4})(?P<sep>[-/.])(?P<mo>\d{2})(?P=sep)(?P<d>\d{2})\b"),     # "2019-03-05", "2019/03/05"
    ("dmy_num", r"\b(?P<d>\d{1,2})(?P<sep>[.\-])(?P<mo>\d{1,2})(?P=sep)(?P<y>\d{4})\b"),  # "5.3.2019", "28-01-2026"
    ("mdy_num", r"\b(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})\b"),
    # "on 3 and 4 June", "17-18 April 2007": a meeting over two days is dated by the first
    ("dmy", _DAY_PAIR + r",?\s+(?P<y>\d{4})\b"),
    ("dm", r"(?<!from\s)" + _DAY_PAIR + r"(?!\s*,?\s*\d)"),
    ("dmy", r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + _M.format("m") + r",?\s+(?P<y>\d{4})\b"),
    # "on 3 May last year", "on May 3 last year": the day in the year before the report's
    ("day_last_year", r"\b(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + _M.format("m") + r"|" + _M.format("m2") +
     r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?),?\s+(?:of\s+)?last\s+year\b"),
    ("mdy", r"\b" + _M.format("m") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b"),
    ("dm", r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + _M.format("m") + r"(?!\s*,?\s*\d)"),
    # "On 21.11., still in Tbilisi": day and month in figures, the year the report's
    ("dm_num", r"(?<=\bon\s)(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?![\d.])"),
    ("holiday", r"\b(?P<hol>New\s+Year[’']s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day)|Boxing\s+Day)\b"),
    ("md", r"\b" + _M.format("m") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{4})(?!\d)"),
    ("month_last_year", r"\b(?:in\s+)?" + _M.format("m") + r"\s+(?:of\s+)?last\s+year\b"),
    ("last_month_name", r"\blast\s+" + _M.format("m") + r"\b"),
    ("month_year", r"\b" + _M.format("m") + r",?\s+(?P<y>\d{4})\b"),
    # "last met in Jakarta in February": the latest such month up to the report
    ("month_alone", r"\b[Ii]n\s+(?:(?:early|late)\s+|mid-)?(?-i:" + _M.format("m") + r")(?!\s*,?\s*\d)(?![\w\-])"),
    ("days_ago", r"\b(?:(?P<n>two|three|four|five|six|[2-6])\s+days\s+ago|(?P<dby>the\s+day\s+before\s+yesterday)|"
                 r"(?P<weeks>a|one|two|three)\s+weeks?\s+ago(?:\s+today)?|(?P<ten>ten|10)\s+days\s+ago|(?P<fortnight>a\s+fortnight\s+ago))\b"),
    ("today", r"\b(?:today|earlier today|this morning|this afternoon|this evening|tonight|(?:on\s+)?(?:the|that) same (?:day|morning|afternoon|evening|night)|by the (?:evening|afternoon)|(?:earlier|later) in the day|in the course of the day|(?:earlier|later) that day|(?:on\s+)?that day|in the (?:morning|afternoon|evening))\b"),
    ("today", r"(?m)^[ \t]*\d{1,2}[:.]\d{2}(?=\s*(?:[—–]|-\s))"),     # a live blog's "10:40 — ..."
    ("tomorrow", r"\b(?:the following (?:day|morning|afternoon|evening|night)|the next (?:day|morning|afternoon|evening|night))\b"),
    # "two days later": counted from the event told before it (the extraction does); alone, from the report
    ("days_later", r"\b" + _DAYS_LATER + r"\b"),
    # ("spoke by telephone overnight" in the morning's paper: the night before)
    ("yesterday", r"\b(?:yesterday|the previous (?:day|evening|night|afternoon)|the (?:day|evening|night) before|last (?:night|evening)|"
                  r"(?<![\w-])overnight(?!\s+(?:flight|stay|train|bus|trip|visit|talks|session)))\b"),
    # "on Wednesday and Thursday (of last week)": a meeting over two days is dated by the first
    ("weekday", r"\b(?:on\s+|(?P<last>last\s+))?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:and|&)\s+"
                r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?P<week>\s+(?:of\s+)?last\s+week\b)?"),
    ("weekday", r"\b(?:on\s+|(?P<last>last\s+)|this\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                r"(?P<week>\s+(?:of\s+)?last\s+week\b)?"),     # "On Wednesday last week": the week before the report's
    # "on the second day of the visit": counted from the first day of the stay the text gives
    ("visit_day", r"\b(?:on\s+)?the\s+(?P<nth>first|second|third|fourth|fifth|final|last|opening|closing)\s+day(?:\s+of\s+"
                  r"(?:work\b|(?:the|his|her|their|its|this)\s+(?:[\w\-]+\s+){0,3}?(?:visit|trip|tour|stay|summit|session|"
                  r"conference|forum|talks|consultations|meetings?|ministerial)\b)|(?=,))"),    # or "On the final day, he met"
    # ("on 21st, where he held talks": without "the" only before a break or "of this month")
    ("ordinal_day", r"\bon\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|of\s+this\s+month\b|inst\b))"),
    ("ordinal_day", r"\bon\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:anniversary|session|round|meeting|summit))"),
    # "over the weekend": the month its two days lie in (the year, across two). ("Last week" and
    # "earlier this week" are left undated: most of our corpora annotate them so.)
    ("weekend", r"\b(?:(?:over|at|during)\s+the|last|this|the\s+past)\s+weekend\b(?![’']s)"),
    # "earlier this week": a day from the week's Monday to the day before the report; its month where
    # all those days lie in one ("last week" stays undated: most gold leaves it so)
    ("this_week", r"\bearlier\s+(?:in\s+)?this\s+week\b"),
    # "arrived at the start of the week": the Monday of the report's week
    ("week_start", r"\bat\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+week\b"),
    ("last_month", r"\blast\s+month\b"),
    # "met last year", "earlier this year": the year alone (not "last year's summit")
    ("last_year", r"\b(?:late\s+|early\s+)?last\s+year\b(?![’']s)"),
    ("this_year", r"\bearlier\s+(?:in\s+)?this\s+year\b"),
    ("this_month", r"\b(?:earlier|later)?\s*this\s+month\b"),
    ("year", r"\b(?:in|of)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*[-–]\d)"),
]
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COMPILED = [(kind, re.compile(p, re.I)) for kind, p in _PATTERNS]
_HOLIDAYS = {"new year s eve": (12, 31), "new year s day": (1, 1), "christmas eve": (12, 24),
             "christmas day": (12, 25), "boxing day": (12, 26)}
# Every pattern above needs one of these (weekdays, "today" and "days later" all hold "day"): a text
# without any has no time expression, and most sentences are ruled out by this one search.
_CUE = re.compile(r"\d|\b(?:new\s+year|christmas|boxing)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|days?\b|night|morning|noon|evening|month|week|year|ago\b",
                  re.I)


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str          # ISO, possibly partial
    kind: str
    before: str = ""    # a few words of text right before it ("since", "on")


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _without_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The latest date with this month and day on or before ``anchor`` (news looks back),
    unless that is more than ~10 months back and the next one is close ahead."""
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= anchor + dt.timedelta(days=7):
            return candidate
    return None


def resolve(match_kind: str, m: re.Match, anchor: dt.date | None,
            stay: tuple[dt.date, dt.date] | None = None, trip: tuple[dt.date, dt.date] | None = None) -> str | None:
    if match_kind == "visit_day":
        return _visit_day(m.group("nth").lower(), stay)
    if match_kind == "weekday" and trip and anchor and trip[1] <= anchor and not m.group("last"):
        # "back after a four-day visit, from 5 to 8 March ... On arrival on Sunday": the trip's Sunday
        target = WEEKDAYS.index(m.group("wd").lower())
        days = [trip[0] + dt.timedelta(days=i) for i in range((trip[1] - trip[0]).days + 1)]
        within = [d for d in days if d.weekday() == target]
        if len(within) == 1:
            return within[0].isoformat()
    try:
        return _resolve(match_kind, m, anchor)
    except OverflowError:        # "yesterday" in a text dated 0001-01-01
        return None


_NTH = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def _visit_day(nth: str, stay: tuple[dt.date, dt.date | None] | None) -> str | None:
    if stay is None:
        return None
    first, last = stay
    if last is None:        # a stay whose first day alone is told: its last day is not known
        return None if nth in ("final", "last", "closing") else (first + dt.timedelta(days=_NTH[nth])).isoformat()
    day = last if nth in ("final", "last", "closing") else first + dt.timedelta(days=_NTH[nth])
    return day.isoformat() if day <= last else None


# "from 3 to 5 March 2014", "3-5 March", "March 3-5, 2014", "from 30 June to 2 July"
_STAY = [re.compile(p, re.I) for p in (
    r"\b(?:from\s+|between\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|to|until|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?:of\s+)?" + _M.format("m") + r"(?:,?\s+(?P<y>\d{4}))?\b",
    r"\b(?:from\s+|between\s+)?" + _M.format("m") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|to|until|through|and)\s*(?P<d2>\d{1,2})"
    r"(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?",
    r"\bfrom\s+(?:the\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M.format("m1") + r"\s+(?:to|until)\s+(?:the\s+)?(?P<d2>\d{1,2})"
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M.format("m") + r"(?:,?\s+(?P<y>\d{4}))?\b")]


_SPAN_CUE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:[-–]\s*\d|(?:to|until|and|through)\s)|\s(?:to|until)\s+the\s+\d")


def find_trip(text: str, anchor: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The span of days of the visit the text reports, over by the report's day: the first
    span told right after a visit ("after a four-day visit to Ethiopia, from 5 to 8 March"),
    not a summit cited or one to come.

    >>> find_trip("is back after a visit to Ethiopia from 5 to 8 March.", dt.date(2023, 3, 13))
    (datetime.date(2023, 3, 5), datetime.date(2023, 3, 8))
    >>> find_trip("the summit held on 17-18 August", dt.date(2014, 8, 28)) is None
    True
    """
    if not _SPAN_CUE.search(text):
        return None
    for pattern in _STAY:
        for m in pattern.finditer(text):
            told = text[max(0, m.start() - 80):m.start()]
            if re.search(r"\b(?:visit|trip|tour|stay|mission)\b[^.;]*$", told, re.I) and \
                    not re.search(r"\b(?:will|shall|is\s+to|are\s+to|due|scheduled|expected|planned)\b[^.;]*$", told, re.I):
                # (not "B will pay an official visit to China from November 10 to 13": one to come)
                stay = find_stay(text[m.start():m.end()], anchor)
                return stay if stay and anchor and stay[1] <= anchor else None
    return None


def find_stay(text: str, anchor: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The first span of days the text gives ("paid a visit from 3 to 5 March 2014"): the
    stay that "the second day of the visit" counts in.

    >>> find_stay("a visit to Seoul from 3 to 5 March 2014", None)
    (datetime.date(2014, 3, 3), datetime.date(2014, 3, 5))
    >>> find_stay("talks on 3-5 March", dt.date(2020, 7, 9))
    (datetime.date(2020, 3, 3), datetime.date(2020, 3, 5))
    >>> find_stay("talks on June 30-July 2", dt.date(2020, 7, 9)) is None
    True
    """
    if not _SPAN_CUE.search(text):
        return None
    found = [(m.start(), m) for pattern in _STAY if (m := pattern.search(text))]
    if not found:
        return None
    m = min(found, key=lambda f: f[0])[1]
    g = m.groupdict()
    try:
        last_month = _month(g["m"])
        first_month = _month(g["m1"]) if g.get("m1") else last_month
        year = int(g["y"]) if g.get("y") else None
        if year is None:
            if anchor is None:
                return None
            end = _without_year(last_month, int(g["d2"]), anchor)
            if end is None:
                return None
            year = end.year
        last = dt.date(year, last_month, int(g["d2"]))
        first = dt.date(year - (first_month > last_month), first_month, int(g["d1"]))
    except ValueError:
        return None
    return (first, last) if first <= last and (last - first).days <= 31 else None


_VISIT_OPENS = re.compile(r"\b(?:arrived|landed|flew\s+in)\b|\b(?:upon|on)\s+(?:his|her|their)\s+arrival\b|\b(?:opened|began|started|kicked\s+off)\s+(?:(?:his|her|their|the|a)\s+)?"
                          r"(?:[\w\-]+\s+){0,3}?(?:visit|tour|trip|stay|swing|mission)\b", re.I)
_N_DAY = re.compile(r"\b(?P<n>two|three|four|five|six|seven|[2-7])[-\s]day\s+(?:[\w\-]+\s+){0,2}?(?:visit|tour|trip|stay|swing|mission)\b",
                    re.I)
_WORD_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def find_arrival(text: str, anchor: dt.date | None) -> tuple[dt.date, dt.date | None] | None:
    """The stay a visit's first day gives, where the text tells no span of days: the day the
    visitor arrived or the tour opened ("landed in Nairobi on Monday evening", "opened the tour
    in Hanoi on Monday"), to the last day its length gives ("a four-day swing"), if it gives one;
    else back from the day it ended ("returned on Thursday at the end of a three-day visit").

    >>> find_arrival("She opened the four-day tour in Hanoi on Monday.", dt.date(2019, 8, 23))
    (datetime.date(2019, 8, 19), datetime.date(2019, 8, 22))
    >>> find_arrival("He landed in Nairobi on Monday evening.", dt.date(2014, 3, 14))
    (datetime.date(2014, 3, 10), None)
    """
    if anchor is None:
        return None
    n = _N_DAY.search(text)
    length = n and (_WORD_COUNT.get(n.group("n").lower()) or int(n.group("n")))
    for m in _VISIT_OPENS.finditer(text):
        if re.search(r"\b(?:will|shall|is\s+to|are\s+to|due|scheduled|expected|planned)\s+(?:\w+\s+){0,2}$",
                     text[max(0, m.start() - 40):m.start()], re.I):
            continue        # (not "is due to arrive on Monday")
        first = _day_after(text, m.end(), anchor)
        if first:
            last = first + dt.timedelta(days=length - 1) if length else None
            return first, last if last is None or last <= anchor else None
    for m in _VISIT_ENDS.finditer(text) if length else ():
        last = _day_after(text, m.end(), anchor)
        if last and abs(n.start() - m.start()) < 200:
            return last - dt.timedelta(days=length - 1), last
    return None


def _day_after(text: str, pos: int, anchor: dt.date) -> dt.date | None:
    """The first full day the clause from ``pos`` tells."""
    clause = re.split(r"[.;]|,\s+(?:and|but|while|where|who|which|before|after)\b", text[pos:pos + 80])[0]
    days = [e for e in find_time_expressions(clause, anchor)
            if e.kind in ("iso", "dmy", "mdy", "dm", "md", "weekday", "yesterday", "today", "week_start") and len(e.value) == 10]
    return dt.date.fromisoformat(days[0].value) if days else None


_VISIT_ENDS = re.compile(r"\b(?:ended|wrapped\s+up|concluded|rounded\s+off|returned|flew\s+home|left)\b", re.I)


def shift(iso_day: str, days: int) -> str | None:
    """``iso_day`` moved by ``days``, or None past the calendar's ends."""
    try:
        return (dt.date.fromisoformat(iso_day) + dt.timedelta(days=days)).isoformat()
    except (OverflowError, ValueError):
        return None


def _resolve(match_kind: str, m: re.Match, anchor: dt.date | None) -> str | None:
    g = m.groupdict()
    try:
        if match_kind == "mdy_num" and int(g["mo"]) > 12:      # "18/03/2019": day first
            return dt.date(int(g["y"]), int(g["d"]), int(g["mo"])).isoformat()
        if match_kind == "mdy_num" and int(g["d"]) <= 12 and anchor and \
                dt.date(int(g["y"]), int(g["mo"]), int(g["d"])) > anchor >= dt.date(int(g["y"]), int(g["d"]), int(g["mo"])):
            # "on 03/02/2026" in a report of 5 February 2026: day first (a month on, it had not happened)
            return dt.date(int(g["y"]), int(g["d"]), int(g["mo"])).isoformat()
        if match_kind in ("iso", "dmy_num", "mdy_num"):
            return dt.date(int(g["y"]), int(g["mo"]), int(g["d"])).isoformat()
        if match_kind in ("dmy", "mdy"):
            return dt.date(int(g["y"]), _month(g["m"]), int(g["d"])).isoformat()
        if match_kind == "month_year":
            return f"{int(g['y']):04d}-{_month(g['m']):02d}"
        if match_kind == "year":
            return g["y"]
    except (ValueError, KeyError):
        return None
    if anchor is None:
        return None
    if match_kind == "holiday":         # the days that have a name: "on New Year's Eve"
        month, day = _HOLIDAYS[re.sub(r"\W+", " ", g["hol"].lower())]
        found = _without_year(month, day, anchor)
        return found.isoformat() if found else None
    if match_kind in ("dm", "md", "dm_num"):
        month = int(g["mo"]) if match_kind == "dm_num" else _month(g["m"])
        if not 1 <= month <= 12:
            return None
        found = _without_year(month, int(g["d"]), anchor)
        return found.isoformat() if found else None
    if match_kind == "today":
        return anchor.isoformat()
    if match_kind == "tomorrow":
        return (anchor + dt.timedelta(days=1)).isoformat()
    if match_kind == "days_ago":          # "two days ago", "the day before yesterday"
        n = 2 if g.get("dby") else 10 if g.get("ten") else 14 if g.get("fortnight") else \
            7 * _COUNT[g["weeks"].lower()] if g.get("weeks") else _COUNT.get(g["n"].lower()) or int(g["n"])
        return (anchor - dt.timedelta(days=n)).isoformat()
    if match_kind == "days_later":
        return (anchor + dt.timedelta(days=_days_later(g))).isoformat()
    if match_kind == "yesterday":
        return (anchor - dt.timedelta(days=1)).isoformat()
    if match_kind == "weekday" and g.get("week"):
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return (monday - dt.timedelta(days=7 - WEEKDAYS.index(g["wd"].lower()))).isoformat()
    if match_kind == "weekday":
        target = WEEKDAYS.index(g["wd"].lower())
        back = (anchor.weekday() - target) % 7
        if back <= 1 and g.get("last"):      # "last Friday" in a Friday paper: a week ago (and "last
            back += 7                          # Thursday" in it too: yesterday is "yesterday")
        return (anchor - dt.timedelta(days=back)).isoformat()
    if match_kind == "ordinal_day":          # "on the 14th": this month, or the last one
        day = int(g["d"])
        month = anchor.replace(day=1)
        if day > anchor.day + 7:
            month = (month - dt.timedelta(days=1)).replace(day=1)
        try:
            return month.replace(day=day).isoformat()
        except ValueError:
            return None
    if match_kind == "weekend":         # the last Saturday and Sunday before
        first = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7 or 7)
        last = first + dt.timedelta(days=1)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}"
        return f"{first.year:04d}" if first.year == last.year else None
    if match_kind == "week_start":
        return (anchor - dt.timedelta(days=anchor.weekday())).isoformat()
    if match_kind == "this_week":
        first = anchor - dt.timedelta(days=anchor.weekday())
        last = max(first, anchor - dt.timedelta(days=1))
        return f"{first.year:04d}-{first.month:02d}" if (first.year, first.month) == (last.year, last.month) else None
    if match_kind == "day_last_year":
        try:
            return dt.date(anchor.year - 1, _month(g["m"] or g["m2"]), int(g["d"] or g["d2"])).isoformat()
        except ValueError:
            return None
    if match_kind == "last_year":
        return f"{anchor.year - 1:04d}"
    if match_kind == "this_year":
        return f"{anchor.year:04d}"
    if match_kind == "this_month":
        return f"{anchor.year:04d}-{anchor.month:02d}"
    if match_kind == "last_month":
        first = anchor.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if match_kind == "last_month_name":
        month = _month(g["m"])
        year = anchor.year if month < anchor.month else anchor.year - 1
        return f"{year:04d}-{month:02d}"
    if match_kind == "month_alone":
        month = _month(g["m"])
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return f"{year:04d}-{month:02d}"
    if match_kind == "month_last_year":
        return f"{anchor.year - 1:04d}-{_month(g['m']):02d}"
    return None


def _days_later(g: dict) -> int:
    n = _COUNT.get(g["n"].lower()) or int(g["n"])
    return n if g["way"].lower() == "later" else -n


_DAYS_LATER_ALONE = re.compile(_DAYS_LATER, re.I)


def days_later(text: str) -> int | None:
    """The days "two days later" / "a day earlier" counts from the event told before it, or
    None for any other text."""
    m = _DAYS_LATER_ALONE.fullmatch(re.sub(r"\s+", " ", text.strip()))
    return _days_later(m.groupdict()) if m else None


def find_time_expressions(text: str, anchor: dt.date | None, offset: int = 0,
                          stay: tuple[dt.date, dt.date] | None = None,
                          trip: tuple[dt.date, dt.date] | None = None) -> list[TimeExpression]:
    """Every time expression in ``text``, left to right, without overlaps (a new list each
    call; the scan itself is cached, as the extraction reads each sentence more than once).

    >>> [e.value for e in find_time_expressions("met on Monday, after talks on 3 March", dt.date(2024, 3, 6))]
    ['2024-03-04', '2024-03-03']
    >>> [e.value for e in find_time_expressions("signed on November 10, 2020", None)]
    ['2020-11-10']
    """
    return list(_time_expressions(text, anchor, offset, stay, trip))


@lru_cache(maxsize=2048)
def _time_expressions(text: str, anchor: dt.date | None, offset: int,
                      stay: tuple[dt.date, dt.date] | None,
                      trip: tuple[dt.date, dt.date] | None) -> tuple[TimeExpression, ...]:
    if not _CUE.search(text):
        return ()
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    for kind, pattern in _COMPILED:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind in ("today", "yesterday", "weekday") and _capitalised_mid_sentence(text, m):
                continue
            value = resolve(kind, m, anchor, stay, trip)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(TimeExpression(m.start() + offset, m.end() + offset, m.group(0), value, kind,
                                        text[max(0, m.start() - 24):m.start()]))
    return tuple(sorted(found, key=lambda e: e.start))


def _capitalised_mid_sentence(text: str, m: re.Match) -> bool:
    word = m.group(0)
    if m.lastgroup == "wd" or not word[:1].isupper():
        return False
    before = text[:m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:\n\"'‘“(—–-"
