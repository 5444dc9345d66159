"""Language data (``kg/data/*.tsv``) compiled into the matchers extraction uses.

Loaded once, on first use, never at import time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import data_rows
from .countries import CountryLexicon, country_lexicon


def _alternation(phrases) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _initials(phrases) -> str:
    """The first characters of ``phrases``, escaped for a character class."""
    return "".join(sorted({re.escape(p[0]) for p in phrases}))


@dataclass(frozen=True)
class Lexicon:
    countries: CountryLexicon
    country_form: re.Pattern          # any country name or adjective, whole words
    title: re.Pattern                 # a title: modifiers, domain, head, complement
    intl_heads: frozenset[str]
    portfolio_words: frozenset[str]   # capitalised words that end titles ("Affairs", "Mobility")
    groups: dict[str, str]            # plural head -> singular title
    group: re.Pattern
    meeting: list[tuple[str, re.Pattern]]
    any_meeting: re.Pattern           # all the meeting triggers at once: a cheap test first
    future: list[re.Pattern]
    statement: list[tuple[str, re.Pattern]]
    not_statement: re.Pattern
    agreement: list[tuple[str, re.Pattern]]
    any_agreement: re.Pattern         # all the agreement nouns at once
    any_statement: re.Pattern         # all the statement triggers at once
    topic: re.Pattern
    join: re.Pattern                  # someone taking part in a meeting already reported
    acronym_heads: frozenset[str] = frozenset()   # "PM", "FM": titles only in capitals ("3 pm" is a time)

    def is_intl(self, head: str) -> bool:
        return head.lower() in self.intl_heads


@cache
def lexicon() -> Lexicon:
    parts: dict[str, list[list[str]]] = {}
    for row in data_rows("offices.tsv"):
        parts.setdefault(row[0], []).append(row[1:])
    countries = country_lexicon()
    forms = [f for f, _, _ in countries.forms() if len(f) > 1]
    # Case matters: "US" is a country, "us" is not.
    # "South America", "Latin American" and "the Organization of American States" are not the United States.
    initial = f"[{_initials(forms)}]"     # a cheap test first: most words start no country's name
    country_form = re.compile(rf"(?<![\w-])(?=[Tt]he\s|{initial})(?<!South )(?<!Latin )(?<!Central )(?<!North )(?<!Organization of )"
                              rf"(?<!Organisation of )(?:[Tt]he\s+)?(?={initial})(?:" + _alternation(forms) + r")(?![\w-])")
    modifier = _alternation(r[0] for r in parts["modifier"])
    domain = _alternation(r[0] for r in parts["domain"])
    head = _alternation(r[0] for r in parts["head"])
    complement = _alternation(r[0] for r in parts["complement"])
    title = re.compile(
        rf"(?<![\w-])(?:(?:{modifier})[\s-]+)*(?:(?:{domain})(?:\s+and\s+(?:{domain}))?\s+)?(?P<head>{head})(?:-(?:designate|elect))?"
        rf"(?:\s+(?P<complement>{complement}))?(?![\w-])", re.I)
    groups = {r[0].lower(): r[1] for r in parts["group"]}
    group = re.compile(rf"(?<![\w-])(?:(?:{domain})\s+)?(?:{_alternation(groups)})(?![\w-])", re.I)

    triggers: dict[str, list[tuple[str, re.Pattern]]] = {}
    for frame, label, pattern in data_rows("triggers.tsv"):
        triggers.setdefault(frame, []).append((label, re.compile(pattern, re.I)))
    return Lexicon(
        countries=countries,
        country_form=country_form,
        title=title,
        intl_heads=frozenset(r[0].lower() for r in parts["intl"]),
        portfolio_words=frozenset(
            w for r in parts["domain"] + parts["complement"] + parts.get("portfolio", [])
            for w in r[0].split() if w[:1].isupper()),
        groups=groups,
        group=group,
        meeting=triggers["meeting"],
        any_meeting=re.compile("|".join(f"(?:{p.pattern})" for _, p in triggers["meeting"]), re.I),
        future=[p for _, p in triggers["future"]],
        statement=triggers["statement"],
        not_statement=re.compile("|".join(p.pattern for _, p in triggers["notstatement"]), re.I),
        agreement=triggers["agreement"],
        any_agreement=re.compile("|".join(f"(?:{p.pattern})" for _, p in triggers["agreement"]), re.I),
        any_statement=re.compile("|".join(f"(?:{p.pattern})" for _, p in triggers["statement"]), re.I),
        topic=triggers["topic"][0][1],
        join=triggers["join"][0][1],
        acronym_heads=frozenset(r[0] for r in parts["head"] if r[0].isupper()),
    )
