"""Language data (``kg/data/*.tsv``) compiled into the matchers extraction uses.

Loaded once, on first use, never at import time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from re import _constants as sre, _parser as sre_parse    # to read a pattern's first step

from ..resources import data_rows
from .countries import CountryLexicon, country_lexicon


def _alternation(phrases) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _initials(phrases) -> str:
    """The first characters of ``phrases``, escaped for a character class."""
    return "".join(sorted({re.escape(p[0]) for p in phrases}))


def _is_word_char(code: int) -> bool:
    return chr(code).isalnum() or code == ord("_")


def _word_char_first(items: list) -> bool:
    """Whether every match of the parsed sequence ``items`` begins with a word character."""
    if not items:
        return False
    op, av = items[0]
    if op is sre.LITERAL:
        return _is_word_char(av)
    if op is sre.IN:
        return all(o is sre.LITERAL and _is_word_char(a) or
                   o is sre.RANGE and a[1] - a[0] < 1000 and all(map(_is_word_char, range(a[0], a[1] + 1))) or
                   o is sre.CATEGORY and a is sre.CATEGORY_WORD for o, a in av)
    if op is sre.SUBPATTERN:
        return _word_char_first(list(av[-1]) + items[1:])
    if op is sre.BRANCH:
        return all(_word_char_first(list(b) + items[1:]) for b in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return _word_char_first(list(av[2])) and (av[0] >= 1 or _word_char_first(items[1:]))
    return False


def _starts_a_word(items: list) -> bool:
    """Whether every match of the parsed sequence ``items`` begins at the start of a word:
    lookbehinds, then ``\\b``, then a word character."""
    for i, (op, av) in enumerate(items):
        if op is sre.ASSERT_NOT or op is sre.ASSERT and av[0] < 0:
            continue
        if op is sre.AT:
            return av is sre.AT_BOUNDARY and _word_char_first(items[i + 1:])
        if op is sre.SUBPATTERN:
            return _starts_a_word(list(av[-1]) + items[i + 1:])
        if op is sre.BRANCH:
            return all(_starts_a_word(list(b) + items[i + 1:]) for b in av[1])
        return False
    return False


def _any(patterns: list[re.Pattern]) -> re.Pattern:
    """One pattern that matches where any of ``patterns`` does: a cheap test first. Those that
    can only match at a word's start are tried only there (a third of the positions)."""
    at_word = [p.pattern for p in patterns if _starts_a_word(list(sre_parse.parse(p.pattern, p.flags)))]
    others = [p.pattern for p in patterns if p.pattern not in at_word]
    alternatives = ([r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in at_word) + ")"] if at_word else []) + \
        [f"(?:{p})" for p in others]
    return re.compile("|".join(alternatives), re.I)


_TERMS = 256        # a cap on the alternatives one pattern's words are kept in


def _needed(items: list) -> list[frozenset[str]]:
    """What every match of the parsed sequence ``items`` holds, in lower case: alternatives,
    each a set of words that all occur (``held|had`` then ``talks|meetings``: held and talks,
    held and meetings, ...). ``[frozenset()]`` where the pattern tells nothing."""
    terms = [frozenset()]
    run = ""

    def both(more: list[frozenset[str]]) -> None:
        nonlocal terms
        if len(terms) * len(more) <= _TERMS:
            terms = list(dict.fromkeys(t | m for t in terms for m in more))
        elif min(map(len, more)) > min(map(len, terms)):
            terms = more    # too many ways: keep the part that says more

    for i, (op, av) in enumerate(items + [(None, None)]):
        if op is sre.LITERAL:
            run += chr(av).casefold()
            continue
        # letters just before a group begin each of its ways ("st(?:ands|ood)": stands, stood)
        lead = items[i - len(run):i] if len(run) < 3 and op in (sre.SUBPATTERN, sre.BRANCH) else []
        if len(run) >= 3:
            both([frozenset([run])])
        run = ""
        if op is sre.SUBPATTERN:
            both(_needed(lead + list(av[-1])))
        elif op is sre.BRANCH:
            ways = list(dict.fromkeys(t for b in av[1] for t in _needed(lead + list(b))))
            if len(ways) > _TERMS:
                ways = _weaker(ways)
            if all(ways) and len(ways) <= _TERMS:       # (a way that needs nothing: the branch tells nothing)
                both(ways)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            both(_needed(list(av[2])))
    return terms


def _weaker(ways: list[frozenset[str]]) -> list[frozenset[str]]:
    """Fewer ways, each needing only its longest word."""
    return list(dict.fromkeys(frozenset([max(w, key=len)]) if w else w for w in ways))


@dataclass(frozen=True)
class Cue:
    """A test cheaper than running ``patterns``: whether a text holds the words one of them
    needs (plain substring searches, where the combined regular expression tries every pattern
    at every word). False means none of them can match; True, only that one may."""

    words: tuple[str, ...]                          # every word some way needs
    ways: dict[str, tuple[frozenset[str], ...]]     # by its first word: the sets of words that match needs
    always: bool = False                            # some pattern needs no word we can tell

    @classmethod
    def of(cls, patterns: list[re.Pattern]) -> "Cue":
        ways = [t for p in patterns for t in _needed(list(sre_parse.parse(p.pattern, p.flags)))]
        if not all(ways):
            return cls((), {}, always=True)
        by_first: dict[str, list[frozenset[str]]] = {}
        for way in ways:
            by_first.setdefault(max(way, key=len), []).append(way)
        return cls(tuple(by_first), {w: tuple(v) for w, v in by_first.items()})

    def may_match(self, text: str) -> bool:
        return self.always or self.may_match_folded(text.casefold())

    def may_match_folded(self, folded: str) -> bool:
        """``may_match`` for a text already case-folded."""
        if self.always:
            return True
        for w in self.words:        # (plain loops: this runs for every sentence and pattern)
            if w in folded:
                for way in self.ways[w]:
                    if len(way) == 1 or all(v in folded for v in way):
                        return True
        return False


@cache
def cue_of(pattern: re.Pattern) -> Cue:
    """The cue of one compiled pattern, made once."""
    return Cue.of([pattern])


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
    meeting_cue: Cue                  # a cheap test first: whether any meeting trigger may match
    future: list[re.Pattern]
    statement: list[tuple[str, re.Pattern]]
    not_statement: re.Pattern
    agreement: list[tuple[str, re.Pattern]]
    any_agreement: re.Pattern         # all the agreement nouns at once
    agreement_cue: Cue
    statement_cue: Cue
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
    # ("ASEAN-Australia-New Zealand": a hyphen between proper names joins names; "pro-Russian" and
    # "Kenya-based" are no mention)
    country_form = re.compile(rf"(?<!\w)(?<![a-z]-)(?=[Tt]he\s|{initial})(?<!South )(?<!Latin )(?<!Central )(?<!North )(?<!Organization of )"
                              rf"(?<!Organisation of )(?:[Tt]he\s+)?(?={initial})(?:" + _alternation(forms) + r")(?!\w)(?!-[^A-Z])")
    modifier = _alternation(r[0] for r in parts["modifier"])
    domain = _alternation(r[0] for r in parts["domain"])
    head = _alternation(r[0] for r in parts["head"])
    complement = _alternation(r[0] for r in parts["complement"])
    # a cheap test first, as for countries: the first letter of a modifier, domain or head
    title_initial = "[" + _initials(w.casefold() for key in ("modifier", "domain", "head") for w, *_ in parts[key]) + "]"
    title = re.compile(
        rf"(?<![\w-])(?={title_initial})(?:(?:{modifier})[\s-]+)*(?:(?:{domain})(?:\s+and\s+(?:{domain}|(?-i:[A-Z][\w\-]+)\s+Affairs|(?-i:[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*)?)(?=\s+(?-i:Minister|Secretary)\b)))?\s+)?(?P<head>{head})(?:-(?:designate|elect))?"
        rf"(?:\s+(?P<complement>{complement}))?(?![\w-])", re.I)
    groups = {r[0].lower(): r[1] for r in parts["group"]}
    group_initial = "[" + _initials(w.casefold() for key in ("domain",) for w, *_ in parts[key]) + _initials(
        g.casefold() for g in groups) + "]"
    group = re.compile(rf"(?<![\w-])(?={group_initial})(?:(?:{domain})\s+)?(?:{_alternation(groups)})(?![\w-])", re.I)

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
        meeting_cue=Cue.of([p for _, p in triggers["meeting"]]),
        future=[p for _, p in triggers["future"]],
        statement=triggers["statement"],
        not_statement=re.compile("|".join(p.pattern for _, p in triggers["notstatement"]), re.I),
        agreement=triggers["agreement"],
        any_agreement=_any([p for _, p in triggers["agreement"]]),
        agreement_cue=Cue.of([p for _, p in triggers["agreement"]]),
        statement_cue=Cue.of([p for _, p in triggers["statement"]]),
        topic=triggers["topic"][0][1],
        join=triggers["join"][0][1],
        acronym_heads=frozenset(r[0] for r in parts["head"] if r[0].isupper()),
    )
