"""The country lexicon: names, official names, press names and adjectives -> one country.

Built from ISO 3166-1 (pycountry) plus ``kg/data/countries.tsv``, which sets the short name
kg reports and adds the adjectives and press names that ISO does not have.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

import pycountry

from ..resources import data_rows

# ISO entries that are not what a news reader calls a country of their own.
_NOT_COUNTRIES = {"ATA", "UMI", "ATF", "BVT", "HMD", "IOT", "SGS"}
# States whose adjective news uses mostly for a people or a territory ("the Palestinian people",
# "the Palestinian territories", "the Palestinian Authority"): the adjective alone does not put
# the state among the countries a text names (an office, "the Palestinian Foreign Minister",
# still has it as its country).
PEOPLE_ADJECTIVES = frozenset({"PSE"})


@dataclass(frozen=True)
class Country:
    code: str               # ISO 3166-1 alpha-3
    name: str               # English short name, as reported
    names: tuple[str, ...]  # every name form, the short name first
    adjectives: tuple[str, ...] = ()


def _pycountry_names(entry) -> list[str]:
    names = [getattr(entry, "common_name", None), entry.name, getattr(entry, "official_name", None)]
    out = []
    for name in names:
        if not name:
            continue
        out.append(name)
        if ", " in name:   # "Korea, Republic of" -> "Republic of Korea"
            head, tail = name.split(", ", 1)
            out.append(f"{tail} {head}")
    return out


@dataclass
class CountryLexicon:
    countries: list[Country] = field(default_factory=list)

    @classmethod
    def load(cls) -> "CountryLexicon":
        extra = {row[0]: row for row in data_rows("countries.tsv")}
        countries = []
        for entry in pycountry.countries:
            if entry.alpha_3 in _NOT_COUNTRIES:
                continue
            row = extra.get(entry.alpha_3)
            short = row[1] if row else (getattr(entry, "common_name", None) or entry.name)
            others = [n for n in (row[2].split("|") if row and len(row) > 2 and row[2] else [])]
            adjectives = tuple(a for a in (row[3].split("|") if row and len(row) > 3 and row[3] else []))
            names = [short, *others, *_pycountry_names(entry)]
            countries.append(Country(entry.alpha_3, short, tuple(dict.fromkeys(names)), adjectives))
        known = {c.code for c in countries}
        for code, row in extra.items():   # states ISO does not list yet (Kosovo)
            if code not in known:
                others = row[2].split("|") if len(row) > 2 and row[2] else []
                adjectives = tuple(row[3].split("|")) if len(row) > 3 and row[3] else ()
                countries.append(Country(code, row[1], tuple(dict.fromkeys([row[1], *others])), adjectives))
        return cls(countries)

    @cached_property
    def _by_form(self) -> dict[str, Country]:
        index: dict[str, Country] = {}
        for c in self.countries:
            for form in (*c.names, *c.adjectives):
                index.setdefault(_key(form), c)
        return index

    def lookup(self, text: str) -> Country | None:
        """The country a name or adjective denotes: ``lookup("the Russian Federation")``."""
        return self._by_form.get(_key(text))

    def resolve_shared(self, form: str, named: set[str]) -> tuple[Country, bool] | None:
        """A form several countries share ("Korean", "Guinean"): the one of them the text
        names by a form of its own (``named``: codes), else the usual one, if any; and
        whether the form is an adjective."""
        row = _SHARED_FORMS.get(_key(form))
        if row is None:
            return None
        codes, adjective = row
        here = [c for c in codes if c in named]
        code = here[0] if len(here) == 1 else codes[0] if not here else None
        return (self.by_code(code), adjective) if code else None

    def by_name(self, name: str) -> Country | None:
        return self.lookup(name)

    @cached_property
    def _by_code(self) -> dict[str, Country]:
        return {c.code: c for c in self.countries}

    def by_code(self, code: str | None) -> Country | None:
        """The country of an ISO 3166-1 alpha-3 code, as the data files give it."""
        return self._by_code.get(code) if code else None

    def forms(self) -> list[tuple[str, Country, bool]]:
        """Every (form, country, is_adjective), longest first, for matching in text."""
        out = [(f, c, False) for c in self.countries for f in c.names]
        out += [(a, c, True) for c in self.countries for a in c.adjectives]
        return sorted(out, key=lambda t: -len(t[0]))


# Forms that name more than one country: (codes, the usual one first; is an adjective). Which
# is meant depends on the text ("the Korean delegation" in a Seoul-Ulaanbaatar report).
_SHARED_FORMS = {
    "korea": (("KOR", "PRK"), False),
    "korean": (("KOR", "PRK"), True),
    "guinean": (("GIN", "GNB", "GNQ", "PNG"), True),
}
SHARED_FORM = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?:Korean?|Guinean)(?![\w-])"
                         r"(?!\s+(?:Peninsula|War|language|Air|won|Wave|Strait)\b)")


_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE = re.compile(r"[’']s$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    text = _THE.sub("", text.strip())
    return _SPACES.sub(" ", _POSSESSIVE.sub("", text)).casefold()


@cache
def country_lexicon() -> CountryLexicon:
    """The lexicon, loaded on first use."""
    return CountryLexicon.load()
