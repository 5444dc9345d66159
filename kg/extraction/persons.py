"""Persons: name mentions grouped into people, with the offices the text gives them.

A person is the longest form of a name ("Antony J. Blinken"); shorter forms ("Blinken",
"J. Blinken", "Mr Hu") join the one person they fit. Offices come from a title next to a
name ("Russian Foreign Minister Sergey Lavrov", "Sameh Shoukry, Egypt's Foreign Minister"),
from "his Russian counterpart" (the other side's office, in Russia), and from a plural title
followed by a list ("the co-chairs (A of the United States, B of France)").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from ..model import Evidence, Person, Position
from ..resources import data_rows
from ..slugs import fold, slug
from .lexicon import Lexicon
from .mentions import (_NOT_IN_NAMES, _PORTFOLIO_AFFAIRS, MALAY_STYLES, MILITARY_RANKS, POST_NOMINAL, REALM, CountryMention, Mentions, country_named,
                       PersonMention, TitleMention, posted_place, without_article)

_DROP_MODIFIERS = re.compile(r"^(?:(?:Honourable|Honorable|Outgoing|Incoming|Newly appointed|Interim)\s+)+", re.I)
_COUNTERPART = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur)\s+(?:(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?"     # "Cabo Verdean"
    r"(?:(?:,\s*|,?\s+and\s+)[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)*)\s+)?"
    r"(?:counterparts?|colleagues?|(?P<host>hosts?|guests?))\b"      # "his Latvian host, Foreign Minister A": only her country
    r"(?:\s+and\s+(?:host|guest|visitor)\b)?")      # "her Uruguayan counterpart and host, A"
_RIGHT_EXTENSION = re.compile(
    r"(?:(?:,?\s+(?:of|to|for|in charge of|at|and|on|in(?=\s+the\s+(?:Ministry|Department|Office|Presidency)\b))\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)|,\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:,?\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*\s+and\s))(?:the\s+)?"
    r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+d[’'][A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)?|"    # "Côte d'Ivoire"
    r"(?<=[a-z]\s)(?:embassy|ministry|mission|consulate|government)\b)"    # "the Ethiopian embassy"
    r"(?:\s+\([A-Z][A-Za-z.&\-]{1,10}\)(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž]))?"    # "African Union (AU) Commission"
    r"(?:(?:,|\s+(?:of|for|and|in charge of|with|the))*\s+)?)+)")
_PROFESSION = re.compile(
    r",\s+(?:a|an|the)\s+(?P<role>(?:(?:senior|chief|leading|former|visiting|independent|political|security|regional)\s+)*"
    r"(?:[a-z]+\s+)?(?:lecturer|professor|analyst|researcher|economist|expert|scholar|fellow|historian|"
    r"journalist|editor|adviser|advisor|commentator|columnist)(?:\s+(?:in|of|on)\s+[a-z][a-z ]{2,40}?)?)"
    r"(?=\s*(?:,|\.|\s+(?:at|with|from|of)\b))(?:\s+(?:at|with|from|of)\s+(?:the\s+)?"
    r"(?P<org>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*))?")
_AT_OFFICE = re.compile(
    r"\s*\bat\s+the\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+(?:(?:and|of|for)\s+)?)*?(?:Ministry|Office|Department|Embassy|Mission|Secretariat)\b"
    r"(?:\s+(?:of|for|and)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*)*")
_FOREIGN_MINISTER = re.compile(
    r"^(?:minister of foreign affairs|foreign minister|fm|eam|minister for foreign affairs|"
    r"external affairs minister|minister of external affairs|foreign secretary|"
    r"minister of external relations|foreign affairs minister)$")
_APPOSITION = re.compile(
    r"(?:\s+\((?:[A-Z]|[A-Z]-[A-Z][\w.]*)\))?"     # a party and state: "Sen. A (D), chairman of ...", "(R-Texas)"
    r"(?:,?\s+" + POST_NOMINAL + r")*(?:,\s+(?:who\s+(?:is|was)\s+(?:also\s+)?)?|,?\s+(?:is|was|serves\s+as)\s+)(?:(?:the|an?)\s+)?(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+(?:and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)*(?:\s+government)?[’']s|his|her|(?<=the\s)(?:country|ministry|embassy|mission)[’']s)\s+)?"
    r"(?:(?:outgoing|incoming|new|newly appointed|former|current|acting|official|then)\s+)*"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+\.?\s+|(?:[A-Z]\.){2,3}\s+)?")


_HONORIFIC_WORDS = (r"H\.\s?[EH]\.|(?-i:HE)(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])|Mr\.?|Ms\.?|Mrs\.?|Drs?\.?|Smt\.?|Shri\.?|(?:the\s+)?Hon\.?|Honourable|Honorable|Prof\.?|Amb\.|"
                    r"Sheikh|Sheikha|Sayyid|Senator|Ibu|Bapak|Lyonpo|Dasho|General\s+\(Ret\.?\)|" + MILITARY_RANKS + r"|(?:Brig\.?|Brigadier)(?:\s+Gen\.?|\s+General)?(?:\s+\((?:Rtd|Ret)\.?\))?|(?:the\s+)?Rt\.?\s+Hon\.?|Right\s+Honourable|"
                    r"YB|YAB|" + MALAY_STYLES + r"|Haji|Hajah|Hajjah|Alhaji|Ratu|Sir|Dame|Prince|Princess|Archbishop|Cardinal|Monsignor|Msgr\.|(?:His|Her)\s+(?:Excellency|Majesty|(?:Royal\s+)?Highness)|Madam|Mme\.?")
_HONORIFIC_GAP = re.compile(r"[ \t]+(?:(?:" + _HONORIFIC_WORDS + r")\s+)*")
_COMMA_STYLE = re.compile(r",\s+(?:" + _HONORIFIC_WORDS + r")\s")     # a style opens the name after an office
_COMMA_HONORIFIC = re.compile(r"(?:\s+\([A-Z][\w.&\-]{1,12}\))?,\s+(?:the\s+(?=Hon|Rt|Right))?(?:(?:" + _HONORIFIC_WORDS +
                              r"|Ambassador)\s+)*")     # "The Minister of Foreign Affairs, Ambassador A": a rank


@cache
def canonical_title(title: str) -> str:
    """A title folded so that synonyms compare equal: ``"FM" -> "foreign minister"``."""
    t = re.sub(r"\s+", " ", fold(title)).strip()
    t = re.sub(r"^(?:the|official|honourable|honorable) ", "", t)
    t = re.sub(r"\bpm\b", "prime minister", t)        # "Deputy PM" is a "Deputy Prime Minister"
    t = re.sub(r"\bcs\b", "cabinet secretary", t)      # Kenya's "CS Kariuki", "the Prime CS"
    t = re.sub(r"\bmos\b", "minister of state", t)    # India's "MoS" (Minister of State)
    t = re.sub(r" extraordinary and plenipotentiary\b", "", t)     # an ambassador's full rank
    return "foreign minister" if _FOREIGN_MINISTER.match(t) else t


def deputy_of(title: str) -> str | None:
    """"deputy foreign minister" for "Vice Minister of Foreign Affairs", "deputy FM" and
    "Deputy Foreign Minister"; None for any other title."""
    t = canonical_title(title)
    deputy = re.match(r"((?:first )?)(?:deputy|vice) ", t)
    return deputy.group(1) + "deputy foreign minister" if deputy and _FOREIGN_MINISTER.match(t[deputy.end():]) else None


@dataclass
class TitleFact:
    title: str
    country: str | None
    organization: str | None
    start: int
    end: int


_LEADING_QUOTE = re.compile(r"(?<!\w)['’ʻ]")


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    name = _JOINED_INITIAL.sub(r"\1 ", name)      # "A.Savitsky": the initial, then the name
    return tuple(_LEADING_QUOTE.sub("", w) for w in fold(name).split())


_JOINED_INITIAL = re.compile(r"(?<![\w.])([A-ZÀ-ÖØ-ÞĀ-Ž][a-z]?\.)(?=[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿā-ž]{2,})")


def _fits(short: str, long: str) -> bool:
    """``short`` is a form of ``long``: same last word, and every other word is in ``long``
    or is the initial of one ("N. Sydykbekov" of "Nurlan Sydykbekov", "G.P. Streltsov" of "Gennady
    Streltsov")."""
    sw, lw = _name_words(short), _name_words(long)
    if len(sw) >= 2 and sorted(sw) == sorted(lw) and any(w.isupper() and len(w) > 1 for w in short.split() + long.split()):
        return True         # "KOUASSI Yao Bertin" of "Yao Bertin Kouassi": the family name in capitals, first
    if 2 <= len(sw) < len(lw) and sw == lw[:len(sw)]:
        return True         # "Ahmad Rizal" of "Ahmad Rizal bin Hashim", "Sri Wahyuni" of "Sri Wahyuni Kartasasmita"
    if not sw or not lw or sw[-1] != lw[-1]:
        return False
    bare = [w.rstrip(".") for w in lw]
    for w in sw[:-1]:
        if w.rstrip(".") in bare:
            continue
        if (w.endswith(".") and len(w) <= 3 or len(w) == 1) and any(b.startswith(w.rstrip(".")) for b in bare[:-1]):
            continue
        if re.fullmatch(r"(?:\w\.){2,3}", w) and len(bare) > 1 and bare[0].startswith(w[0]):
            continue        # "G.P. Streltsov" of "Gennady Streltsov": the given name, then the patronymic's
        return False
    return True


def _gap(text: str, a: int, b: int) -> str:
    return text[a:b] if a <= b else ""


_CLAUSE_SUBJECT = re.compile(r"(?:^|[,;]|\b(?:while|whereas|but|and))\s*(?:[Tt]he\s+)?$")


# what opens a sentence and says whose the office right after it is: "In Caracas, ", "Speaking on behalf
# of the Government of Vietnam, ", "A readout released by China's foreign ministry said "
_SEAT_LEAD = re.compile(r"\s*(?:(?:In|From)\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*){0,2}),\s+|"
                        r"(?:Speaking\s+)?[Oo]n\s+behalf\s+of\s+the\s+(?:[Gg]overnment|[Pp]eople)\s+of\s+(?:the\s+)?"
                        r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*){0,2}),\s+|"
                        r"[^.;]*?\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)[’']s\s+(?:[Ff]oreign\s+[Mm]inistry|[Mm]inistry\s+of\s+[Ff]oreign\s+[Aa]ffairs)\s+"
                        r"said\s+(?:that\s+)?)(?:the\s+)?$")


def _country_before(m: Mentions, pos: int) -> CountryMention | None:
    """A country adjective or possessive right before ``pos`` ("Russian ", "Azerbaijan's "), or
    the country "its" means: the last subject of a clause in this sentence or the one before
    ("The DRC, which chairs the Union, had prepared carefully. On Saturday its Foreign Minister,
    A, ..."; "Panama has an embassy there, while the UAE covers Panama through its Ambassador")."""
    if re.search(r"(?:^|\s)its\s+$", m.text[max(0, pos - 5):pos]):
        here = m.sentence_at(pos)
        spans = [m.sentences[here.index - 1], here] if here.index else [here]
        subjects = [c for c in m.countries for sp in spans if sp.start <= c.start < min(sp.end, pos) and
                    not c.adjective and _CLAUSE_SUBJECT.search(m.text[sp.start:c.start])]
        return subjects[-1] if subjects else None
    for c in reversed(m.countries):
        if c.end > pos:
            continue
        gap = _gap(m.text, c.end, pos)
        if c.possessive and re.fullmatch(r"[’']s?\s+(?:(?:new|former|acting|then|outgoing|incoming|non-resident|resident|top|senior|"
                                         r"interim|caretaker|[a-z]+-(?:appointed|designate|elected|backed|installed))\s+)*", gap):
            return c
        if c.adjective and re.fullmatch(r"\s+", gap):
            return c
        if not c.possessive and _MINISTRY_OF.fullmatch(gap):
            return c           # "the South Korean Foreign Ministry's Director-General"
        if re.fullmatch(r"[ \t]+", gap) and re.match(r"[A-ZÀ-ÖØ-ÞĀ-Ž]", m.text[pos:pos + 1]):
            return c           # a name used attributively: "the UAE Minister of State"
        if re.fullmatch(r"[ \t]+", gap) and not c.adjective and \
                not re.search(r"\b(?:in|to|from|at|with|of|for|on|and|by|between)\s+(?:the\s+)?$", m.text[max(0, c.start - 12):c.start]):
            return c           # "Cyprus government spokesman A" (not "talks in Cyprus foreign ministers attended")
        return None
    return None


# "... agreed to coordinate in case North Korea carries out a test": a clause of its own, not a side
# "hosted her colleagues from Togo and Ghana": the guests' countries, not the host's
_SUBORDINATE_BEFORE = re.compile(r"\b(?:(?:in\s+case|if|unless|whether|because|lest)\s+|(?:counterparts|colleagues|guests|visitors|"
                                 r"delegations|ministers|officials)\s+from\s+(?:(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*"
                                 r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)*(?:,\s+and\s+|,\s+|\s+and\s+))*)(?:the\s+)?$")
_CHIEF_OF_BODY = re.compile(r"\b(UN|United Nations|[A-Z]{2,}|African Union|European Union)\s+(?:Secretary[- ]General|"
                            r"Chairperson|Director[- ]General|High Commissioner)[’']s\s+$")
_SECTION_HEAD = re.compile(r"(?m)^[ \t]*([A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){0,3})(?:[ \t]+[-–—][ \t]+\S[^\n]*$|"
                           r"\.[ \t]+(?=[A-Z]))")      # "PERU - Condolences ...", "FIJI. On Thursday, ..."
_MINISTRY_OF = re.compile(r"\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+){0,3}(?:[Mm]inistry|[Dd]epartment|[Gg]overnment|Embassy|Office)[’']s\s+")


_CAPITAL_SPEAKS_FOR = re.compile(r"(?i)ambassador|envoy|representative|negotiator|diplomat|minister|spokes|secretary")
_CAPITAL_POSSESSIVE = re.compile(r"(?<![\w.])([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)[’']s[ \t]+"
                                 r"(?:(?:new|top|chief|senior|former|acting|outgoing|incoming)[ \t]+)*$")


_SIGNED_BY = re.compile(r"\b(?:signed|inked|initialled|exchanged|countersigned)\b[^.;]*\bby\b")


def _organization_before(m: Mentions, pos: int) -> str | None:
    for start, end, name in reversed(m.organizations):
        if end <= pos and re.fullmatch(r"\s*", _gap(m.text, end, pos)):
            return name
        if end <= pos:
            return None
    return None


_INSTITUTION = re.compile(
    r"\b[Tt]he\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+)*(?:House|Assembly|Parliament|Senate|Council|Court|Chamber|Congress|Bank|"
    r"University|Agency|Authority|Institute|Commission|Committee)(?:\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*)?)")
_AGENCY_BEFORE = re.compile(r"\b([A-Z]{2,8})(?:[’']s)?\s+$")
_LOWER_BODY = re.compile(
    r"\s+of\s+the\s+(?:[a-z][\w\-]*\s+(?:(?:and\s+)?[a-zA-Z][\w\-]*\s+){0,4})?(?:[Cc]ommittee|[Ss]ubcommittee|[Cc]ommission|[Cc]ouncil|caucus)"
    r"(?:\s+(?:on|for)\s+(?:the\s+)?[a-zA-Z][\w\-]*(?:\s+(?:and\s+)?[a-zA-Z][\w\-]*){0,5})?(?=\s*[,;.)]|\s+(?:who|and)\b)")
_NAMED_BODY = re.compile(r"\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*")


# the ruling parties that state media name by their initials ("the CPC Central Committee")
_RULING_PARTIES = {"CPC": "China", "CPV": "Vietnam", "LPRP": "Laos", "WPK": "North Korea"}
_OF_COUNTRYS_BODY = re.compile(r"\s+of\s+(?P<country>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*){0,2})[’']s\s+"
                               r"(?P<body>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+){0,3}(?:Assembly|Parliament|Senate|Congress|Council|House|"
                               r"Chamber|Commission|Committee|Majlis|Duma|Sejm|Knesset|Rada|Court|Bank))\b(?!\s+(?:of|for)\b)")
_OPENING_PLACE = re.compile(r"\s*(?:In|From)\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)?)\s*,")
_PARTY_HEAD = re.compile(r"(?i)political bureau|politburo")
_PARTY_ORGAN = re.compile(r"\s+of\s+the\s+(?:[^,;.\n]{0,80}?\s)?Central\s+Committee\b(?:\s+of\s+the\s+[^,;.\n]{0,60}?Party\b)?")


def _title_fact(m: Mentions, t: TitleMention, lex: Lexicon) -> TitleFact:
    """The title at ``t`` extended to the right ("Ambassador to Nigeria", "Personal
    Representative of the OSCE Chairperson-in-Office", "Minister for Foreign Affairs and
    Regional Integration", "Deputy Prime Minister and Foreign Minister"), with its country
    or organisation. The extension never runs into a person's name."""
    text = m.text
    end = t.end
    if text[end:end + 1] == ")" and re.search(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+\($", text[max(0, t.start - 30):t.start]):
        end += 1        # "the Toraga (Speaker) of the Jogorku Kenesh": a local title glossed, then its body
    country = organization = None
    title_text = t.text
    organ = _PARTY_ORGAN.match(text, end) if _PARTY_HEAD.search(t.head) else None
    if organ:       # "member of the Political Bureau of the Lao People's Revolutionary Party Central Committee"
        end, title_text = organ.end(), text[t.start:organ.end()]
        inner = lex.country_form.search(organ.group(0))
        organ_country = lex.countries.lookup(inner.group(0)).name if inner and lex.countries.lookup(inner.group(0)) else \
            next((c for party, c in _RULING_PARTIES.items() if re.search(rf"\b{party}\b", organ.group(0))), None)
    dual = re.compile(r"\s+and\s+|\s+[-–—]\s+").match(text, end)   # "Deputy Prime Minister and Foreign Minister"
    second = dual and lex.title.match(text, dual.end())
    if second and re.search(r"\b[Tt]he\s+$", text[max(0, t.start - 4):t.start]) or \
            second and _PLURAL_VERB.match(text, second.end()):
        second = None        # "The Secretary and Ambassador Sutrisno", "President and Prime Minister meet ...": two people
    if second and not re.match(r"\s*(?:of|for)\b", text[second.end():second.end() + 5]) or \
            second and second.group(0)[:1].isupper():
        title_text = text[t.start:second.end()]
        end = second.end()
    tail = ""
    owned_body = _OF_COUNTRYS_BODY.match(text, end)
    owner = owned_body and lex.countries.lookup(owned_body.group("country"))
    if owner and not organ:     # "the Speaker of Kenya's National Assembly": Speaker of the National Assembly, Kenya
        tail, end, country = f" of the {owned_body.group('body')}", owned_body.end(), owner.name
    of_form = re.compile(r"\s+of\s+").match(text, end) if not owner else None
    of_form = of_form and lex.country_form.match(text, of_form.end())
    if of_form and (_PORTFOLIO_AFFAIRS.match(text, of_form.end()) or text[of_form.end():of_form.end() + 1] == "-" or
                    not country_named(lex, of_form.group(0), text[max(0, of_form.start() - 40):of_form.start()])):
        of_form = None      # "Director of American Affairs": a portfolio, not a country; nor "of the Australia-Peru Group",
                            # nor "of Portuguese Language Countries"
    town = end == t.end and _TOWN_OFFICE.fullmatch(t.head) and _OF_TOWN.match(text, end)
    adj = town and lex.countries.lookup(town.group("adj"))
    if adj:     # "the mayor of the Chilean city of Arica": Mayor of Arica, in Chile
        title_text = title_text[:1].upper() + title_text[1:]
        tail, end, country = f" of {town.group('place')}", town.end(), adj.name
    elif of_form and lex.countries.lookup(of_form.group(0)):   # "Minister ... of Georgia"
        country = lex.countries.lookup(of_form.group(0)).name
        end = of_form.end()
        owned = _OWN_MINISTRY.match(text, end)      # "Chief Executive Officer of Tonga's Ministry of Foreign Affairs"
        if owned:
            stop = min([p.start for p in m.persons if owned.start(1) < p.start < owned.end()], default=owned.end())
            title_text = f"{text[t.start:of_form.start()].rstrip()} the {text[owned.start(1):stop].rstrip()}"
            end = stop if stop == owned.end() else owned.start(1) + len(text[owned.start(1):stop].rstrip())
            of_form = None
        body = _NAMED_BODY.match(text, end)      # "Chairman of the Sri Lanka Bureau of Foreign Employment"
        if body and _NOT_IN_NAMES.search(body.group(0)) and "\n" not in body.group(0) and \
                not any(end < p.start < body.end() for p in m.persons):
            title_text = text[t.start:body.end()]
            end = body.end()
            of_form = None
        to = of_form and re.compile(r"\s+(?:to|in)\s+").match(text, end)   # "... of Indonesia to Mexico", "of Ecuador in Colombia"
        host = to and lex.country_form.match(text, to.end())
        body = to and to.group(0).strip() == "to" and re.compile(     # "the Ambassador of Mexico to CARICOM"
            r"(?:the\s+)?(?:[A-Z]{2,}\b|(?:European|African)\s+Union\b|United\s+Nations\b)").match(text, to.end())
        realm = to and not host and to.group(0).strip() == "to" and re.compile(
            rf"the\s+(?:{_REALM})\b(?!\s+of\b)").match(text, to.end())
        if host and lex.countries.lookup(host.group(0)) and _ENVOY.search(t.head) or body and _ENVOY.search(t.head):
            tail = " to " + (re.sub(r"^the\s+", "", host.group(0), flags=re.I) if host else body.group(0))
            end = (host or body).end()
        elif realm and _ENVOY.search(t.head):     # "... to the Kingdom": the home country, named later
            tail, end = " to " + realm.group(0), realm.end()
    else:
        ext = _RIGHT_EXTENSION.match(text, end)
        going_on = not ext and t.complement and t.complement.split()[-1][:1].isupper()
        if going_on:
            # "Director General for Asia | Pacific and African Affairs": the portfolio goes on
            ext = re.compile(r"(?:\s+(?:(?:and|of|for)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)+").match(text, end)
        two = re.compile(r",?\s+and\s+").match(text, end)
        nxt = two and lex.title.match(text, two.end())
        if ext and nxt and re.search(r"\b[Tt]he\s+$", text[max(0, t.start - 4):t.start]) and \
                any(_HONORIFIC_GAP.fullmatch(text, nxt.end(), p.start) for p in m.in_span(m.persons, nxt.end(), nxt.end() + 40)):
            ext = None       # "The Secretary-General and High Commissioner Lefebvre": two people
        if ext and re.fullmatch(r",?\s+and\s+[A-Z]\w*\s*", ext.group(0)) and \
                any(p.start == ext.end() for p in m.persons) and \
                re.search(r"\b[Tt]he\s+$", text[max(0, t.start - 4):t.start]):
            ext = None       # "The Secretary General and Minister Kleanthous": two people
        if ext and re.match(r",?\s+and\s+the\s+", ext.group(0)) and \
                lex.title.match(text, end + re.match(r",?\s+and\s+the\s+", ext.group(0)).end()):
            ext = None       # "the Minister and the High Representative ..., NAME": two people
        if ext and re.match(r",?\s+and\s", ext.group(0)) and _PLURAL_VERB.match(text, ext.start() + len(ext.group(0).rstrip())):
            ext = None       # "President and Prime Minister meet Nigerian delegation": two people
        posted = posted_place(text, end, lex)
        posted = posted and re.compile(r",|\s+(?:H\.E\.\s+|Mr\.?\s+|Ms\.?\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]").match(text, posted) and \
            re.compile(r"\s+in\s+[^,]*").match(text, end, posted)
        if posted and re.search(r"(?i)ambassador|envoy|consul|charg|high commissioner|representative|coordinator", t.head):
            ext = posted        # "the Turkish Ambassador in Jakarta, Mehmet Ali Yilmaz", "... in Port Moresby, A"
        if ext and "\n" not in ext.group(0).rstrip():     # "Minister for Defence" at a line's end
            stop = ext.start() + len(ext.group(0).rstrip())
            at = _AT_OFFICE.match(text, stop)     # "... for Asia at the Foreign Office of the UK"
            if at and "\n" not in at.group(0):
                stop = at.end()
            for p in m.persons:        # never into a name
                if end < p.start < stop:
                    stop = p.start
            styled = _COMMA_STYLE.search(text, end, stop + 12)     # "the Speaker of Parliament, Rt. Hon. NAME"
            if styled and styled.start() < stop:
                stop = styled.start()
            raw = text[end:stop].rstrip(" ,")
            raw = re.sub(r"(?:,?\s*(?:" + _HONORIFIC_WORDS + r"|(?<=\sHE\s)Ambassador|(?<=[a-z]\s)Ambassador(?=$)))+$", "", raw).rstrip(" ,")
            raw = re.sub(r",\s*[A-Z]{1,2}$", "", raw)      # the "H" of "..., H.E. Mr. NAME"
            if text[stop:stop + 1] == ".":
                raw = re.sub(r"\s+[A-Z]{1,2}$", "", raw)   # "... Foreign Affairs H.E. Dr. NAME"
            raw = re.sub(r"(?:,|\s+(?:and|of|for|the|with|in charge of|to|at))+$", "", raw)
            # "... and Diaspora of Ireland", "... a.i. of the Embassy of the Kingdom of Sweden":
            # the country ends the title; whatever follows it is a name
            for om in re.finditer(r"\s+of\s+(?:the\s+)?(?:Embassy\s+of\s+(?:the\s+)?)?", raw):
                if re.search(rf"\b(?:to|in)\s+the\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+){{0,2}}(?:{_REALM}|Republic|State|Federation|"
                             r"Commonwealth)$", raw[:om.start()]):
                    continue    # "Ambassador to the Kingdom of Saudi Arabia": the post, not the envoy's country
                cm = lex.country_form.match(raw, om.end())
                if cm and country_named(lex, cm.group(0), text[max(0, end + cm.start() - 40):end + cm.start()]) and \
                        (om.start() > 0 or not raw.startswith(" of") or "Embassy" in om.group(0)):
                    country = lex.countries.lookup(cm.group(0)).name
                    stop = end + cm.end()
                    raw = raw[:om.start()]
                    break
            of_country = re.fullmatch(r"\s+of\s+(.+)", raw)
            if of_country and lex.countries.lookup(of_country.group(1)):
                country = lex.countries.lookup(of_country.group(1)).name
                end += len(raw)
            elif (re.match(r",?\s+(?:to|of|for|in charge of|and|in|on|at)\s|,\s+[A-ZÀ-ÖØ-ÞĀ-Ž]", raw) or
                  going_on and re.match(r"\s+(?:and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]", raw)) and raw.strip():
                tail = raw
                end = stop if country else end + len(raw)
            elif country:
                end = stop
    low = end == t.end and not tail and _LOWER_BODY.match(text, end)
    if low:     # "chairman of the parliamentary committee on foreign relations": a body told in lower case
        tail, end = low.group(0), low.end()
    to = _MISSION.search(t.text) and re.compile(r"\s+to\s+(?=(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž])").match(text, end)
    if to:
        # "Permanent Representative of Pakistan to the United Nations Office and other
        # International Organizations in Geneva, Ambassador A": the whole post
        seat = _SEAT.match(text, to.end())
        stop = min([p.start for p in m.persons if to.end() <= p.start < seat.end()], default=seat.end())
        post = text[to.end():stop].rstrip(" ,")
        if post and "\n" not in post:
            tail += " to " + post
            end = to.end() + len(post)
    seat = _FIELD_OFFICE.search(title_text + tail) and _FIELD_SEAT.match(text, end)
    if seat and not any(end < p.start < seat.end() for p in m.persons):
        from .places import country_of_place
        if country_of_place(seat.group("place"), lex):    # "Head of the OSCE Mission | to Moldova", "... Centre | in Bishkek"
            tail += seat.group(0)
            end = seat.end()
    if tail and t.text[:1].islower():     # "deputy foreign minister for African affairs, NAME"
        rest = re.compile(r"(?:\s+[a-z][\w\-]*){1,4}(?=,\s)").match(text, end)
        if rest:
            tail += rest.group(0)
            end = rest.end()
    if country is None:   # "Minister Delegate to the Cameroonian Minister of ...": Cameroon's
        for c in m.countries:
            if t.end <= c.start and c.end <= end and c.adjective and \
                    lex.title.match(text, c.end + 1):
                country = c.country.name
                lead = "the " if c.text.lower().startswith("the ") else ""
                rel = t.start
                full = text[rel:end]
                title_text = full[:c.start - rel] + lead + full[c.end - rel:].lstrip()
                tail = ""
                break
    its = re.search(r"\b(?:its|their)\s+$", text[max(0, t.start - 6):t.start])
    if its and not tail and title_text == t.text:     # "... the House of Representatives with its President, A"
        sentence = m.sentence_at(t.start)
        bodies = list(_INSTITUTION.finditer(text, sentence.start, t.start))
        if bodies:
            title_text = f"{t.text} of the {bodies[-1].group(1)}"
            inner = lex.country_form.search(bodies[-1].group(1))      # "the Senate of Kenya"
            country = country or (lex.countries.lookup(inner.group(0)).name if inner and
                                  lex.countries.lookup(inner.group(0)) else None)
    owner = re.search(r"\b[Tt]he\s+((?:[Ff]oreign\s+)?(?:[Mm]inistry|[Dd]epartment))[’']s\s+$", text[max(0, t.start - 30):t.start])
    if owner and end == t.end:      # "the Ministry's spokesman", "the department's secretary": of the Ministry
        title_text = f"{title_text[:1].upper()}{title_text[1:]} of the {owner.group(1).title()}"
    if title_text.isupper() and len(title_text) > 3:       # "PRESIDENT Juma Hamisi Mrema"
        title_text = title_text.title()
    title = _DROP_MODIFIERS.sub("", (title_text + tail).strip())
    title = re.sub(r"\s+", " ", title).strip(" ,")
    if country:    # "Chargé d'Affaires a.i. of the Embassy of the Kingdom (of Sweden)"
        title = re.sub(r"\s+of\s+(?:the\s+)?Embassy\b.*$", "", title)
    if country is None and organ:
        country = organ_country     # (the party's country, where no other is said)
    before = _country_before(m, t.start)
    chained = None if before else next((t2 for t2 in m.titles if t2.end < t.start and t2.text[:1].isupper()
                                        and re.fullmatch(r",[ \t]+", text[t2.end:t.start])), None)
    if chained and _country_before(m, chained.start):
        # "Senegal's Minister of State, Minister of Foreign Affairs, A": one person's two titles
        before = _country_before(m, chained.start)
        title = f"{text[chained.start:chained.end]}, {title}"
    if before and country is None:
        country = before.country.name
    if country is None and _CAPITAL_SPEAKS_FOR.search(t.head) and \
            (cap := _CAPITAL_POSSESSIVE.search(text, max(0, t.start - 40), t.start)):
        # "Seoul's special representative", "Tokyo's envoy": a capital for its government
        from .places import country_of_place
        seat = country_of_place(cap.group(1), lex)
        country = seat.name if seat else None
    org = _organization_before(m, t.start)
    chief = _CHIEF_OF_BODY.search(text, max(0, t.start - 60), t.start)
    if org is None and chief:       # "the UN Secretary-General's Special Envoy for Yemen": the body's envoy
        org = {"UN": "United Nations"}.get(chief.group(1), chief.group(1))
    if lex.is_intl(t.head) or re.search(r"-in-Office|Secretary-General|Secretary General", title):
        inner = re.search(r"\bof\s+(?:the\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*)", tail)
        organization = org or (inner.group(1) if inner else None)
        if organization and re.search(r"Chairperson|Office", organization) and " " in organization:
            organization = organization.split()[0]
        if organization and lex.countries.lookup(organization):
            country, organization = lex.countries.lookup(organization).name, None
        # ("Director-General of the Asian and Oceanian Affairs Bureau": a ministry's own bureau)
        if organization and re.search(r"\b(?:Ministry|Department|Foreign Office|Presidency|Government|State|Bureau|Directorate|"
                                      r"Division)\b", organization) or \
                re.search(r"\b(?:at|of|in)\s+(?:the|his|her|its)\s+(?:[\w\-]+\s+)?Ministry\b", title):
            organization = None   # "Secretary-General of (at) the Ministry of Foreign Affairs": a national office
    if organization and not lex.is_intl(t.head) and not re.search(r"-in-Office", title):
        organization = None
    agency = _AGENCY_BEFORE.search(text, max(0, t.start - 12), t.start)
    agency = agency.group(1) if agency and _INTL_BODY.fullmatch(agency.group(1)) else org if org and _INTL_BODY.fullmatch(org) else None
    if agency and organization is None and re.fullmatch(r"(?i)representative|coordinator|(?:deputy\s+)?head", t.head):
        organization = agency   # "the UNHCR Representative in Bangladesh": the agency's
    if chief and organization is None and country is None:
        organization = org
    if country is None and organization is None:    # "spokeswoman for the Ethiopian embassy": Ethiopia's
        own = next((c for c in m.in_span(m.countries, t.end, end) if c.adjective and
                    re.match(r"\s+(?:[Ff]oreign\s+)?(?:[Ee]mbassy|[Mm]inistry|[Mm]ission|[Cc]onsulate|[Gg]overnment)\b", text[c.end:end])), None)
        if own:
            country = own.country.name
    at = _AT_NATIONAL_OFFICE.match(text, end)
    at = at and lex.countries.lookup(at.group("country"))
    if at:      # "Director-General of International Economic Relations at the Chilean foreign ministry"
        country, organization = country or at.name, None
    body = _BODY_ADJECTIVES.get(t.head.lower())
    adjective = body and re.search(r"\b(" + body[0] + r")\s+$", text[max(0, t.start - 12):t.start])
    if adjective and organization is None and country is None:     # "the European Commissioner for X"
        title, organization = f"{adjective.group(1)} {title}", body[1]
    if organization:
        country = None if country == (before.country.name if before else None) and not before else country
    city = country is None and organization is None and _TOWN_OFFICE.search(title) and " of " not in title and \
        _CITY_BEFORE.search(text, max(0, t.start - 40), t.start)
    if city:        # "Seoul's First Vice Mayor for Administrative Affairs": of Seoul, in South Korea
        from .places import capitals
        seat = lex.countries.by_code(capitals().get(city.group(1).casefold()))
        if seat:
            title, country = f"{title} of {city.group(1)}", seat.name
    if _FORMER.search(text, max(0, t.start - 40), t.start):     # "the former Philippine Foreign Secretary"
        title = f"former {title}"
    return TitleFact(_posted_to(title, lex), country, organization, t.start, end)


# between two titles of a list: ", A, and the" (A the first title's holder), the list those met
# (not "signed by Canada's Minister, A, and the Deputy Prime Minister, B": two sides)
_MET_LIST = re.compile(r"\b(?:met|meets|met\s+with|received|receives|called\s+on|calls\s+on|(?:talks|meetings?|conversation|call)\s+with)\s+$")
_LIST_GAP = re.compile(r",\s+(?:(?:" + _HONORIFIC_WORDS + r")\s+)*(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^,;:()\n]{1,60}),\s+and\s+(?:the\s+)?")
# what the press calls a foreign minister: "the head of Polish diplomacy", "Kuwait's top diplomat"
_HEAD_OF_DIPLOMACY = re.compile(r"\b(?:[Tt]he\s+)?(?:head|chief)\s+of\s+(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)\s+diplomacy\b|"
                                r"\b(?P<poss>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)[’']s\s+(?:top|chief)\s+diplomat\b")
# a national office after a title: "... at the Chilean foreign ministry", "... of the Kenyan Embassy"
_AT_NATIONAL_OFFICE = re.compile(r",?\s+(?:at|of|in)\s+(?:the\s+)?(?P<country>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)"
                                 r"(?:[’']s)?\s+(?:[Ff]oreign\s+|[Dd]efen[cs]e\s+|[Tt]rade\s+)?(?:[Mm]inistry|[Ee]mbassy|[Gg]overnment|[Pp]residency)\b")
# an office held before: "former Prime Minister A", "the ex-President"
_FORMER = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)\s*(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+)?$")
# what a text calls its own state instead of naming it: "Ambassador of Korea to the Kingdom"
_REALM = REALM
# an adjective that makes an international office of a head: "European Commissioner for Trade"
_BODY_ADJECTIVES = {"commissioner": ("European", "European Commission")}


def _posted_to(title: str, lex: Lexicon) -> str:
    """"Ambassador in Kampala", "Ambassador in Viet Nam" -> "Ambassador to Uganda", "... to Viet
    Nam": an envoy's post is a country, named as the text names it, else by its short name."""
    from .places import country_of_place
    pm = re.search(r"\s+in\s+(?:the\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*){0,3})$", title)
    if not pm or not _ENVOY.search(title[:pm.start()]):
        return title
    place = re.sub(r"^in\s+", "", pm.group(0).strip())
    country = lex.countries.lookup(place)
    if country:
        return f"{title[:pm.start()]} to {place}"
    country = country_of_place(pm.group(1), lex)
    return f"{title[:pm.start()]} to {country.name}" if country else title


_RESIDENT_ENVOY = re.compile(r"(?i)^(?:ambassador|high\s+commissioner|charg[ée]\s+d[’']affaires(?:\s+a\.\s?i\.)?)"
                             r"(?:\s+extraordinary\s+and\s+plenipotentiary)?$")


def accredit_envoys(persons: dict, home: str | None) -> None:
    """"The Ambassador of Cuba, A" received by the Bahamian minister in a Bahamian release, or
    "Turkish Ambassador A received the visitors" in a Pakistani paper: a foreign envoy whose post
    the text leaves unsaid, in a text from a known country, is accredited there."""
    if not home:
        return
    for person in persons.values():
        for pos in person.positions:
            if pos.country and pos.country != home and _RESIDENT_ENVOY.match(pos.title):
                # the whole title: "Ambassador of Greece to Serbia" (whom it represents, where)
                pos.title = f"{pos.title} of {_with_article(pos.country)} to {_with_article(home)}"


def _with_article(country: str) -> str:
    """A country's short name as a title writes it: "the United Kingdom", "Greece"."""
    return f"the {country}" if re.match(r"(?:United|Czech|Dominican|Central African|Netherlands|Philippines|Gambia|"
                                        r"Bahamas|Maldives|Comoros|Marshall|Solomon|Seychelles|Holy See)\b", country) else country


def split_dual_titles(persons: dict, lex: Lexicon) -> None:
    """"Deputy Prime Minister and Minister of Foreign Affairs": two offices, each its own
    position (same country, same evidence), so that a query for foreign ministers finds the
    holder. One ministry's long name stays whole ("Minister of Foreign Affairs and Trade"), and
    so does a pair that is one office somewhere ("Vice Minister and Secretary General ...")."""
    for person in persons.values():
        out = []
        for pos in person.positions:
            dm = _DUAL.match(pos.title)
            first, second = (dm.group(1), dm.group(2)) if dm else (None, None)
            if dm and _STANDALONE_OFFICE.fullmatch(first) and lex.title.match(second) and \
                    not any(canonical_title(q.title) == canonical_title(t) for q in out for t in (first, second)):
                out += [Position(first, pos.country, pos.organization, pos.evidence),
                        Position(second, pos.country, pos.organization, pos.evidence)]
            else:
                out.append(pos)
        person.positions = out


# offices held together with a portfolio: "Deputy Prime Minister and ...", "Minister of State and ..."
# ("Vice Minister and Secretary General of Foreign Affairs" is one Peruvian office)
_STANDALONE_OFFICE = re.compile(r"(?:former\s+)?(?:(?:First|Second)\s+)?(?:(?:Deputy|Vice)[\s-]+)?Prime\s+Minister|"
                                r"Minister\s+of\s+State(?:\s+for\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\s]*)?|Senior\s+Minister|"
                                r"(?:(?:First|Second)\s+)?(?:Vice[\s-]+)?President|Prime\s+Cabinet\s+Secretary|Secretary\s+of\s+State|T[aá]naiste|"
                                r"member\s+of\s+the\s+(?:Political\s+Bureau|Politburo)\b.*?\bCentral\s+Committee(?:\s+of\s+the\s+.*?Party)?", re.I)
_DUAL = re.compile(r"((?:former\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž]|member\s)[^,]*?)\s+(?:and|[-–—])\s+(?:the\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž].*)$")


def _evidence(m: Mentions, doc_id: str, start: int, end: int, confidence: float) -> Evidence:
    s = m.sentence_at(start)
    return Evidence(doc_id, s.text, start, end, confidence)


class PersonResolver:
    """Groups person mentions into persons and attaches their positions."""

    def __init__(self, m: Mentions, lex: Lexicon, doc_id: str):
        self.m, self.lex, self.doc_id = m, lex, doc_id
        self.persons: dict[str, Person] = {}
        self.mention_count: Counter[str] = Counter()
        self._home_guesses: dict[int, Position] = {}    # positions given the home country for want of better, by id
        self._cluster()
        self._positions()

    # --- grouping names -------------------------------------------------------------
    def _cluster(self) -> None:
        full = [p for p in self.m.persons if len(_name_words(p.name)) > 1]      # ("A.Savitsky" too)
        singles = [p for p in self.m.persons if len(_name_words(p.name)) == 1]
        canon: list[str] = []
        for p in sorted(full, key=lambda p: -len(p.name)):
            for c in canon:
                if _fits(p.name, c) or _fits(c, p.name):
                    break
            else:
                canon.append(p.name)
        for p in full:
            p.key = self._key_for(p.name, canon)
        for p in singles:
            w = without_article(fold(p.name))     # "Khatib" of "Fares al-Khatib"
            by_last = [c for c in canon if without_article(fold(c).split()[-1]) == w]
            by_first = [c for c in canon if fold(c).split()[0] == w]
            by_inner = [c for c in canon if w in fold(c).split()[1:-1]]   # "Arredondo" of "Lucía Arredondo Villaseñor"
            match = (by_last if len(by_last) == 1 else by_first if len(by_first) == 1
                     else by_inner if len(by_inner) == 1 and not by_last else [])
            if match:
                p.key = slug(match[0])
            else:
                canon.append(p.name)
                p.key = slug(p.name)
        for p in sorted(self.m.persons, key=lambda p: p.start):
            name = next((c for c in canon if slug(c) == p.key), p.name)
            person = self.persons.get(p.key)
            if person is None:
                person = self.persons[p.key] = Person(
                    p.key, name, evidence=_evidence(self.m, self.doc_id, p.start, p.end, 0.9))
            self.mention_count[p.key] += 1
            alias = self._alias(p)
            if alias != person.name and alias not in person.aliases:
                person.aliases.append(alias)

    def _key_for(self, name: str, canon: list[str]) -> str:
        for c in canon:
            if _fits(name, c) or _fits(c, name):
                return slug(c)
        return slug(name)

    def _alias(self, p: PersonMention) -> str:
        """The form as written, with a title directly before it ("Minister Bayramov")."""
        before = self.m.text[max(0, p.start - 40):p.start]
        tm = re.search(r"(?:^|\s)((?:Minister|Secretary|President|Ambassador|FM|Foreign Minister|Prime Minister|Mr\.?|Ms\.?|Dr\.?|H\.E\.)\s+)$", before)
        if tm and re.search(r"(?:^|\s)[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+$", before[:tm.start(1)]):
            return p.name       # "Deputy Foreign Minister A": no "Foreign Minister A", a title cut short
        return (tm.group(1) + p.name) if tm else p.name

    # --- offices --------------------------------------------------------------------
    def _add_position(self, key: str, fact: TitleFact, confidence: float) -> None:
        if canonical_title(fact.title) in ("sheikh", "sheikha", "prince", "princess", "sayyid"):
            return          # a style of address, not an office
        person = self.persons[key]
        for pos in person.positions:
            same = canonical_title(pos.title) == canonical_title(fact.title)
            if same or fold(fact.title) in fold(pos.title) or \
                    f" {canonical_title(fact.title)} " in f" {canonical_title(pos.title)} ":   # "FM" of "Deputy PM and FM"
                if same and pos.title.isupper() and not fact.title.isupper():
                    pos.title = fact.title      # "EAM Raghavan" is the "External Affairs Minister"
                pos.country = pos.country or fact.country
                pos.organization = pos.organization or fact.organization
                return
            if (fold(pos.title) in fold(fact.title) or f" {canonical_title(pos.title)} " in f" {canonical_title(fact.title)} ") \
                    and (pos.country in (None, fact.country) or fact.country is None):
                pos.title, pos.country = fact.title, fact.country or pos.country
                pos.organization = pos.organization or fact.organization
                return
        person.positions.append(Position(
            fact.title, fact.country, fact.organization,
            _evidence(self.m, self.doc_id, min(fact.start, fact.end), max(fact.start, fact.end), confidence)))

    def _positions(self) -> None:
        m, text = self.m, self.m.text
        facts = [_title_fact(m, t, self.lex) for t in m.titles]
        for i in range(1, len(facts)):     # "High Representative .../Vice-President of the Commission"
            prev, fact = facts[i - 1], facts[i]
            if re.fullmatch(r"\s*/\s*", _gap(text, prev.end, fact.start)):
                facts[i] = TitleFact(f"{prev.title}/{fact.title}", prev.country or fact.country,
                                     prev.organization or fact.organization, fact.start, fact.end)
        for i in range(1, len(facts)):
            # "met Nepal's Minister for Foreign Affairs, A, and the Minister for Peace, B": both Nepal's
            # (not after an envoy: "Australia's High Commissioner to Fiji, A, and the Permanent
            # Secretary for Finance, B" is Fiji's)
            prev, fact = facts[i - 1], facts[i]
            gap = _LIST_GAP.fullmatch(text, prev.end, fact.start)
            owner = gap and _country_before(m, m.titles[i - 1].start)
            if fact.country is None and fact.organization is None and prev.country and owner and \
                    not (_ENVOY.search(prev.title) or _MISSION.search(prev.title)) and _MET_LIST.search(text, max(0, owner.start - 40), owner.start) and \
                    any(p.start == gap.start("name") for p in m.persons):
                facts[i] = TitleFact(fact.title, prev.country, None, fact.start, fact.end)
        pre_titles = set()
        for p in m.persons:        # "Russian Foreign Minister Sergey Lavrov"
            for i, (fact, t) in enumerate(zip(facts, m.titles)):
                if not 0 <= p.start - fact.end <= 60:
                    continue
                if t.end <= p.start and (re.search(r"(?:^|\s)[A-ZÀ-ÖØ-ÞĀ-Ž]", t.text) or _country_before(m, t.start)
                                         or _organization_before(m, t.start) or
                                         # "presidential spokesperson Bold Enkhtaivan": a wire's title in lower case
                                         len(t.text.split()) >= 2 and text[t.end:p.start] == " ") and re.fullmatch(
                        _HONORIFIC_GAP, _gap(text, fact.end, p.start)):
                    if t.text == "Ambassador" and i and _gap(text, facts[i - 1].end, t.start) == " ":
                        # "Assistant Foreign Minister for Arab Affairs Ambassador A": a style after the office
                        self._add_position(p.key, facts[i - 1], 0.9)
                        pre_titles.update((i - 1, i))
                        continue
                    self._add_position(p.key, fact, 0.9)
                    pre_titles.add(i)
        for i, (fact, t) in enumerate(zip(facts, m.titles)):   # "Japan's envoy, Ambassador X"
            if i in pre_titles and fact.country is None:
                for prev in facts[:i]:
                    if prev.country and 0 <= t.start - prev.end <= 4 and re.fullmatch(r",\s+", _gap(text, prev.end, t.start)):
                        for p in m.persons:
                            for pos in self.persons[p.key].positions:
                                if pos.evidence and pos.evidence.start == fact.start and pos.country is None:
                                    pos.country = prev.country
        for p in m.persons:        # "The OSCE Chairperson-in-Office, Minister of Foreign Affairs of Slovakia A": both A's
            for i in pre_titles:
                fact = facts[i]
                if not (0 <= p.start - fact.end <= 60 and re.fullmatch(_HONORIFIC_GAP, _gap(text, fact.end, p.start))):
                    continue
                for prev, t in zip(facts[:i], m.titles[:i]):
                    if (prev.organization or self.lex.is_intl(t.head)) and \
                            re.fullmatch(r",\s+", _gap(text, prev.end, fact.start)) and \
                            not any(prev.end < q.start < fact.start for q in m.persons):
                        self._add_position(p.key, prev, 0.8)
        for p in m.persons:        # a transcript's "Spokesperson (Ms A B):": A B is the spokesperson
            fact = next((f for f, t in zip(facts, m.titles) if re.fullmatch(r"[^\S\n]*\((?:(?:Mr|Ms|Mrs|Dr|Shri|Smt)\.?\s+)?",
                                                                           text[f.end:p.start])), None)
            if fact and re.match(r"[^\S\n]*\)[^\S\n]*:", text[p.end:p.end + 6]):
                self._add_position(p.key, fact, 0.85)
        for p in m.persons:        # a signature block: "Senator the Hon Jane Roe\nMinister for Trade"
            below = re.compile(r"[ \t]*\n[ \t]*").match(text, p.end)
            if not below or not re.search(r"(?:^|\n)[^\S\n]*(?:[A-Za-z][\w.]*[ \t]+){0,4}$", text[:p.start]):
                continue
            for fact, t in zip(facts, m.titles):
                if t.start == below.end() and re.match(r"[ \t]*(?:\n|$)", text[fact.end:]):
                    self._add_position(p.key, fact, 0.7)
        appositive = set()
        for p in m.persons:        # "Sameh Shoukry, Egypt's Foreign Minister"
            for i, (fact, t) in enumerate(zip(facts, m.titles)):
                if i in pre_titles or t.start < p.end:
                    continue
                # "Shoukry, Egypt's Foreign Minister, said" - but not "Receiving Ambassador
                # Seitkali, the President extended ...", where the title starts a clause
                closed = re.match(r"(?:\s+\([A-Z][\w.&\-]{1,12}\))?\s*(?:[,.;:)\n]|$|\s*(?:and|who|whose|of|to|for|in|on|at)\b)",
                                  text[fact.end:fact.end + 20])
                after = _COMMA_HONORIFIC.match(text, fact.end)
                nxt = after and next((q for q in m.persons if q.start == after.end()), None)
                if nxt and not any(re.fullmatch(r",\s+(?:the\s+)?", text[nxt.end:f.start]) for f in facts[i + 1:i + 2]):
                    continue        # "A, the First Deputy Minister of Ukraine, B": the title is B's (not where
                                    # B has one of his own: "At the invitation of A, Minister of X, B, Minister of Y,")
                if _APPOSITION.fullmatch(_gap(text, p.end, t.start)) and closed:
                    # "A, Minister of State, Minister of Foreign Affairs of Côte d'Ivoire,": both offices
                    chain = [i, *self._chained(facts, i)]
                    country = next((facts[j].country for j in chain if facts[j].country), None)
                    for j in chain:
                        fact_j = facts[j] if facts[j].country or facts[j].organization or country is None \
                            else TitleFact(facts[j].title, country, None, facts[j].start, facts[j].end)
                        self._add_position(p.key, fact_j, 0.85)
                        appositive.add(j)
                break
        for i, (fact, t) in enumerate(zip(facts, m.titles)):   # "the President of Malawi, Chikondi Phiri"
            if i in pre_titles or i in appositive:
                continue
            after = _COMMA_HONORIFIC.match(text, fact.end) or re.compile(
                r"\s+(?:(?:for|of|on)\s+)?[a-z][^,.;\n]{0,40}?" + _COMMA_HONORIFIC.pattern).match(text, fact.end)
            if not after or any(fact.end < u.start < after.end() and (
                    re.search(r"\b(?:the|an?)\s+$|[’']s\s+$", text[u.start - 5:u.start]) or
                    re.search(r"\b(?:was|were|is|are|by|with|met|received|included)\b", text[fact.end:u.start]))
                                for u in m.titles):
                continue    # "With the Malawian President were the Minister of Energy, Ms. A": A's title is the second
            p = next((p for p in m.persons if p.start == after.end()), None)
            if p and re.match(r"(?:,?\s+" + POST_NOMINAL + r")*(?:[^\S\n]*\n|\s*(?:[,.;:)]|$|\s+(?:on|at|in|who|said|to|and|has|had|was|is|held|met)\b))",
                              text[p.end:p.end + 12]):
                self._add_position(p.key, fact, 0.8)
                # "the Minister of State, Minister of Foreign Affairs of Côte d'Ivoire, A": both A's
                first = i
                while first > 0 and next(self._chained(facts, first - 1), None) == first and \
                        m.titles[first - 1].text[:1].isupper() and not facts[first - 1].organization:
                    first -= 1
                for j in range(first, i):
                    self._add_position(p.key, TitleFact(facts[j].title, facts[j].country or fact.country, None,
                                                        facts[j].start, facts[j].end), 0.75)
        for p in m.persons:        # "congratulated A on her appointment as Poland's Minister of Foreign Affairs"
            am = _APPOINTED_AS.match(text, p.end)
            fact = am and next((f for f, t in zip(facts, m.titles) if am.end() <= t.start <= am.end() + 30 and
                                re.fullmatch(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*[’']s\s+)?",
                                             text[am.end():t.start])), None)
            if fact:
                self._add_position(p.key, fact, 0.7)
        self._named_next(facts)
        self._heads_of_diplomacy()
        self._rank_honorifics()
        self._professions()
        self._portfolios()
        self._chairs()
        self._counterparts()
        self._groups()
        self._of_country()
        self._fuller_forms()
        self._named_later(facts)

    def _chained(self, facts: list[TitleFact], i: int):
        """The offices that follow office ``i`` with only a comma between, each a national office
        closed by a comma or the sentence's end ("Minister of State, Minister of Foreign Affairs,
        African Integration and Ivorians Abroad of Côte d'Ivoire,"); not "Prime Minister, Head of
        Government", one office described."""
        text = self.m.text
        for j in range(i + 1, len(facts)):
            if not re.fullmatch(r",\s+(?:who\s+(?:is|was)\s+also\s+(?:the\s+)?)?", _gap(text, facts[j - 1].end, facts[j].start)) or \
                    not re.match(r"\s*(?:[,.;)]|$)", text[facts[j].end:facts[j].end + 2]) or \
                    facts[j].organization or not self.m.titles[j].text[:1].isupper() or \
                    any(re.fullmatch(r"(?i)head of (?:state|government)", f.title) for f in (facts[j - 1], facts[j])) or \
                    any(facts[j - 1].end <= q.start < facts[j].end for q in self.m.persons):
                return
            yield j

    def _fuller_forms(self) -> None:
        """"Regular press briefing by the Spokesperson of the Ministry of Foreign Affairs ...
        Spokesperson A said": a one-word office takes the fuller form of it that the text gives
        with no name, where that form is a ministry's (or speaks for a head of state or a
        Secretary-General) and the only one."""
        text = self.m.text
        for person in self.persons.values():
            for pos in person.positions:
                if pos.organization or len(pos.title.split()) != 1:
                    continue
                fuller = set()
                for fm in re.finditer(r"\b" + re.escape(pos.title) + r"\s+(?:of|for|at)\s+the\s+(?:(?:Foreign\s+)?Ministry|Department|"
                                      r"Foreign\s+Office|Secretary-General|President|Prime\s+Minister)(?:[ \t]+(?:of|for|and)[ \t]+(?:the[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*|[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*",
                                      text):
                    if not any(0 <= p.start - fm.end() <= 12 for p in self.m.persons):     # someone's title
                        fuller.add(re.sub(r"\s+", " ", fm.group(0)))
                if len(fuller) == 1:
                    pos.title = fuller.pop()

    def _named_next(self, facts: list[TitleFact]) -> None:
        """"A received the Chargé d'Affaires a.i. of the Embassy of Venezuela. The diplomat, B,
        sought the meeting": B holds the office the sentence before gave without a name."""
        held = self._held_at()
        for p in self.m.persons:
            sentence = self.m.sentence_at(p.start)
            nm = _NAMED_NEXT.match(self.m.text, sentence.start)
            if not nm or nm.end() != p.start or self.persons[p.key].positions or sentence.index == 0:
                continue
            prev = self.m.sentences[sentence.index - 1]
            free = [f for f in facts if prev.start <= f.start < prev.end and f.start not in held and
                    (nm.group("noun") not in ("diplomat", "envoy", "chargé") or _ENVOY.search(f.title))]
            if len(free) == 1:
                self._add_position(p.key, free[0], 0.6)

    def _held_at(self) -> set[int]:
        """Where the titles that already give someone an office start."""
        return {q.evidence.start for p in self.persons.values() for q in p.positions if q.evidence}

    def _named_later(self, facts: list[TitleFact]) -> None:
        """"The Minister received the Minister of Foreign Affairs of Slovenia. ... Minister Matej
        Kranjc congratulated ...": one first named with a bare "Minister" holds the office told
        just before without a name (and with no one named between)."""
        held = self._held_at()
        seen = set()
        for p in self.m.persons:
            if p.key in seen:
                continue
            seen.add(p.key)
            person = self.persons[p.key]
            if not person.positions or any(q.country or q.organization or " " in q.title.strip() for q in person.positions):
                continue
            bare = {q.title.casefold() for q in person.positions}
            sentence = self.m.sentence_at(p.start)
            since = self.m.sentences[max(0, sentence.index - 2)].start
            free = [f for f in facts if since <= f.start and f.end <= p.start and f.start not in held and
                    re.search(r"[.!?\"”’)]\s*$", self.m.sentence_at(f.start).text) and     # (not a headline's)
                    (f.country or f.organization) and bare & set(f.title.casefold().split()) and
                    not any(f.end <= q.start < p.start for q in self.m.persons)]
            if len(free) == 1:
                person.positions = [q for q in person.positions if q.title.casefold() not in bare]
                self._add_position(p.key, free[0], 0.6)

    def _rank_honorifics(self) -> None:
        """"The Minister of Foreign Affairs, Ambassador A": a career diplomat's rank in front of
        a name that a title already introduces is a style of address, not a second office."""
        for person in self.persons.values():
            offices = [q for q in person.positions if q.evidence and canonical_title(q.title) != "ambassador"]
            # and "Ambassador Qureshi" of one who is "the Permanent Representative of Pakistan to
            # the UN" (or "Ambassador to Chile") elsewhere: his post says it all
            posts = [o for o in offices if _MISSION.search(o.title) or _ENVOY.search(o.title)]
            person.positions = [q for q in person.positions if not (
                canonical_title(q.title) == "ambassador" and q.evidence and
                any(o.evidence.start < q.evidence.start <= o.evidence.end + 3 or    # "Ambassador A, Head of the OSCE Centre"
                    _STYLED_NAME.fullmatch(self.m.text, q.evidence.end, o.evidence.start) for o in offices) or
                q.title == "Ambassador" and any(q.country in (None, o.country) for o in posts) or
                # ("Ambassador Farag" of the text's Assistant Foreign Minister: the style of a senior official)
                q.title == "Ambassador" and any(not _ENVOY.search(o.title) and o.organization is None and
                                                q.country in (None, o.country) for o in offices))]
            for q in person.positions:      # "Permanent Representative to the OAS, Ambassador NAME"
                q.title = re.sub(r",\s+Ambassador$", "", q.title)

    def _professions(self) -> None:
        """"Hamad Al-Sulaiti, a senior researcher at the Gulf Research Center": a role outside
        government, with its organisation."""
        text = self.m.text
        for p in self.m.persons:
            pm = _PROFESSION.match(text, p.end)
            if pm:
                org = pm.group("org")
                self._add_position(p.key, TitleFact(pm.group("role").strip(), None,
                                                    org.strip() if org else None, p.end, pm.end()), 0.7)

    def _portfolios(self) -> None:
        """"Roxanne Bovell, who holds the foreign affairs portfolio in Georgetown": the minister
        of that portfolio, of the country of the capital named."""
        from .places import country_of_place
        for p in self.m.persons:
            pm = _PORTFOLIO.match(self.m.text, p.end)
            if not pm or not pm.group("also") and any(q.evidence for q in self.persons[p.key].positions):
                continue        # "A, who is Tonga's Prime Minister and also holds the foreign affairs portfolio": both
            place = pm.group("place") and country_of_place(pm.group("place"), self.lex)
            title = "Minister of " + pm.group("portfolio").title().replace(" And ", " and ")
            country = place.name if place else next((q.country for q in self.persons[p.key].positions if q.country), None)
            self._add_position(p.key, TitleFact(title, country, None, p.end, pm.end()), 0.6)

    def _chairs(self) -> None:
        """"Lkhagvasuren Bolormaa, who chairs the Standing Committee on Security and Foreign Policy":
        the chair of that body (its country is the text's, found with the others')."""
        for p in self.m.persons:
            cm = _CHAIRS.match(self.m.text, p.end)
            if cm and not any(p.end < q.start < cm.end() for q in self.m.persons):
                title = {"chairs": "Chair", "heads": "Head", "leads": "Head"}[cm.group("verb")] + " of the " + cm.group("body")
                country = self.lex.countries.lookup(cm.group("adj")).name if cm.group("adj") and \
                    self.lex.countries.lookup(cm.group("adj")) else None
                self._add_position(p.key, TitleFact(title, country, None, p.end, cm.end()), 0.6)

    def _counterparts(self) -> None:
        """"his Russian counterpart Sergey Lavrov": Lavrov holds the other side's office."""
        m, text = self.m, self.m.text
        for cm in _COUNTERPART.finditer(text):
            adjs = [a for a in re.split(r",\s*|,?\s+and\s+", cm.group("adj") or "") if a]
            countries = [self.lex.countries.lookup(a) for a in adjs]
            if len(adjs) > 1:       # "his Latvian and Lithuanian counterparts, A and B"
                listed, pos = [], cm.end()
                for p in m.persons:
                    if p.start >= pos and re.fullmatch(r",?\s+(?:and\s+)?(?:(?:" + _HONORIFIC_WORDS + r")\s+)*", _gap(text, pos, p.start)):
                        listed.append(p)
                        pos = p.end
                pairs = list(zip(listed, countries)) if len(listed) == len(adjs) and all(countries) else []
            elif listed := self._counterparts_from(cm.end()):
                pairs = listed        # "her counterparts from Paraguay, A, and Uruguay, B"
            else:
                target = None
                for p in m.persons:
                    gap = _gap(text, cm.end(), p.start)
                    lead = re.match(r",\s+(?:the\s+)?", gap)
                    titled = self.lex.title.match(gap, lead.end()) if lead else None    # "counterpart, Foreign Minister A"
                    tail = titled and _RIGHT_EXTENSION.match(gap, titled.end())
                    stop = titled and (tail.end() if tail else titled.end())
                    if titled and (stop == len(gap) or re.match(r",?\s", gap[stop:stop + 2])):   # "counterpart, the Minister of ..., Mr A"
                        gap = ", " + re.sub(r"^,?\s+", "", gap[stop:])
                    if re.fullmatch(r",?[ \t]+(?:(?:Md\.?|" + _HONORIFIC_WORDS + r")[ \t]+)*", gap) or \
                            re.fullmatch(r",\s+", _gap(text, p.end, cm.start())):
                        target = p
                        break
                pairs = [(target, countries[0] if countries else None)] if target else []
            for target, country in pairs:
                self._counterpart_office(cm, target, country)

    def _counterparts_from(self, pos: int) -> list[tuple[PersonMention, object]]:
        """(person, country) for "from Paraguay, A, and Uruguay, B" at ``pos``."""
        m, text, found = self.m, self.m.text, []
        fm = re.compile(r"\s+(?:from|of)\s+").match(text, pos)
        if not fm:
            return found
        pos = fm.end()
        listed, at, last_end = [], pos, pos       # "from Kazakhstan, Tajikistan and Uzbekistan - A, B and C -"
        while (cm := self.lex.country_form.match(text, at)) and self.lex.countries.lookup(cm.group(0)):
            listed.append(self.lex.countries.lookup(cm.group(0)))
            last_end = cm.end()
            sep = re.compile(r",\s+(?:and\s+)?|\s+and\s+").match(text, cm.end())
            if not sep:
                break
            at = sep.end()
        dash = len(listed) >= 2 and re.compile(r"\s*[-–—:(]\s*").match(text, last_end)
        if dash:
            names, at = [], dash.end()
            for p in self.m.in_span(self.m.persons, at, at + 200):
                if re.fullmatch(r"(?:,\s+(?:and\s+)?|\s+and\s+)?(?:(?:" + _HONORIFIC_WORDS + r")\s+)*", text[at:p.start]):
                    names.append(p)
                    at = p.end
            if len(names) == len(listed):
                return list(zip(names, listed))
        while cm := self.lex.country_form.match(text, pos):
            sep = re.compile(r",\s+").match(text, cm.end())
            person = sep and next((p for p in m.in_span(m.persons, sep.end(), sep.end() + 120) if p.start == sep.end()), None)
            if not person:
                break
            found.append((person, self.lex.countries.lookup(cm.group(0))))
            more = re.compile(r",?\s+and\s+|,\s+").match(text, person.end)
            if not more:
                break
            pos = more.end()
        return found

    def _counterpart_office(self, cm: re.Match, target, country) -> None:
        """The office of the person ``target`` is the counterpart of, in ``country``."""
        m = self.m
        stated = [q for q in self.persons[target.key].positions if q.evidence and (
            cm.end() <= q.evidence.start < target.start or target.end <= q.evidence.start <= target.end + 4)]
        for q in stated:
            q.country = q.country or (country.name if country else None)
        if cm.group("host"):
            return
        # "his Ghanaian counterpart, Minister for Foreign Affairs and Regional Integration A" (or "her
        # Trinidadian counterpart, A, Minister of Foreign and CARICOM Affairs"); a bare "his Thai
        # counterpart, Minister A" is the other side's full office, below
        if stated and not all(" " not in q.title.strip() for q in stated):
            return
        sentence = m.sentence_at(cm.start())
        others = [q for q in m.in_span(m.persons, sentence.start, sentence.end) if q.key != target.key]
        before = [q for q in others if q.end <= cm.start()]
        others = list(reversed(before)) + [q for q in others if q.start > cm.start()]
        title = None
        for q in others:
            positions = self.persons[q.key].positions
            if positions:
                title = positions[0].title
                break
        if not before:      # "the Minister spoke with his Nigerian counterpart": that minister's office
            said = [t for t in m.in_span(m.titles, sentence.start, cm.start())]
            if said:
                head = canonical_title(said[-1].text).split()[-1]
                holders = [p for p in self.persons.values() if p.key != target.key and any(
                    head in canonical_title(q.title).split() for q in p.positions)]
                if holders:
                    best = max(holders, key=lambda p: self.mention_count[p.key])
                    title = next(q.title for q in best.positions if head in canonical_title(q.title).split())
        if title is None or stated and not any(q.title.casefold() in title.casefold().split() for q in stated):
            return
        fact = TitleFact(title, country.name if country else None, None, cm.start(), cm.end())
        self._add_position(target.key, fact, 0.8)

    def _groups(self) -> None:
        """"the co-chairs (A of the United States, B ...)", "the two presidents, A and B"."""
        m, text = self.m, self.m.text
        for gm in m.groups:
            if re.match(r"\s+of\s", text[gm.end():gm.end() + 4]):
                self._group_of_countries(gm)
                continue
            follow = re.match(r"\s*(?:\(|,\s+)", text[gm.end():gm.end() + 3])
            if not follow or follow.group(0).strip() == "," and re.search(
                    r"\b(?:[Ii]n the presence|[Uu]nder the auspices|[Ii]n front)\s+of\s+(?:the\s+)?(?:two\s+|three\s+)?$",
                    text[max(0, gm.start() - 40):gm.start()]):
                continue    # "In the presence of the two leaders, A and B signed": A and B are no leaders
            close = text.find(")", gm.end()) if follow.group(0).strip() == "(" else \
                min([i for i in (text.find(".", gm.end()), text.find(";", gm.end())) if i > 0] or [len(text)])
            members = m.in_span(m.persons, gm.end(), close)
            if len(members) < 2 or members[0].start - gm.end() > 4:
                continue
            plural = re.sub(r"^(?:the\s+)", "", gm.group(0)).lower()
            head = plural.split()[-1]
            if head == "counterparts" and _COUNTERPART.search(text, max(0, gm.start() - 60), gm.end()):
                continue            # "his Latvian and Lithuanian counterparts, A and B": above
            singular = self.lex.groups.get(plural) or self.lex.groups.get(head, head.rstrip("s").title())
            if plural not in self.lex.groups and len(plural.split()) > 1:
                singular = plural.split()[0].title() + " " + self.lex.groups.get(head, singular)
            org = _organization_before(m, gm.start())
            title = f"{org} {singular}" if org else singular
            if re.search(r"\bthe two countries[’']\s*$", text[:gm.start()]) and len(members) == 2:
                order = list(dict.fromkeys(c.country.name for c in m.countries))
                if len(order) >= 2:
                    for p, country in zip(members, order):
                        self._add_position(p.key, TitleFact(singular, country, None, gm.start(), gm.end()), 0.7)
                    continue
            fact = TitleFact(title, None, org if self.lex.is_intl(singular) else None, gm.start(), gm.end())
            for p in members:
                self._add_position(p.key, fact, 0.75)

    def _group_of_countries(self, gm: re.Match) -> None:
        """"the foreign ministers of Spain, A, Latvia, B, and Poland, C" and "the presidents
        of Brazil and Argentina, A and B": each person holds the office of their country."""
        m, text = self.m, self.m.text
        items: list[tuple[str, object]] = []
        pos = text.index("of", gm.end()) + 2
        mentions = sorted([("c", c) for c in m.countries if c.start >= pos] +
                          [("p", p) for p in m.persons if p.start >= pos], key=lambda x: x[1].start)
        post = None
        for kind, item in mentions:
            if kind == "c" and post is None and items and re.fullmatch(r"\s+to\s+(?:the\s+)?", text[pos:item.start]):
                post = item         # "the High Commissioners of Australia and New Zealand to Fiji, A and B"
                pos = item.end
                continue
            if not re.fullmatch(r"\s*(?:,|,?\s+and|\s+the|\s[–—:(-])?\s*(?:the\s+)?", text[pos:item.start]):
                break       # ("the prime ministers of Egypt, Jordan and Iraq – A, B and C –")
            items.append((kind, item))
            pos = item.end
        kinds = "".join(k for k, _ in items)
        plural = gm.group(0).lower()
        singular = self.lex.groups.get(plural) or self.lex.groups.get(plural.split()[-1])
        if not singular:
            return
        if len(singular.split()) == 1 and len(plural.split()) > 1:
            singular = plural.split()[0].title() + " " + singular
        pairs = []
        if re.fullmatch(r"(?:cp)+", kinds):                      # country, name, country, name
            pairs = [(items[i][1], items[i + 1][1]) for i in range(0, len(items), 2)]
        elif re.fullmatch(r"(c+)(p+)", kinds) and kinds.count("c") == kinds.count("p"):
            n = kinds.count("c")
            pairs = list(zip([x for _, x in items[:n]], [x for _, x in items[n:]]))
        if not pairs:       # "the foreign ministers of Armenia and Azerbaijan ... Armenia's A and Azerbaijan's B"
            listed = {c.country.name for kind, c in items if kind == "c"}
            for c in m.countries:
                person = c.possessive and c.country.name in listed and next(
                    (p for p in m.persons if re.fullmatch(r"[’']s?\s+", text[c.end:p.start])), None)
                if person and not self.persons[person.key].positions:
                    pairs.append((c, person))
        if post is not None:
            singular = f"{singular} to {post.country.name}"
        for country, person in pairs:
            fact = TitleFact(singular, country.country.name, None, person.start, person.end)
            self._add_position(person.key, fact, 0.75)

    def _heads_of_diplomacy(self) -> None:
        """"the head of Polish diplomacy, A", "Kuwait's top diplomat, A", "A, Ghana's chief
        diplomat": A is that country's foreign minister."""
        m, text = self.m, self.m.text
        for dm in _HEAD_OF_DIPLOMACY.finditer(text):
            country = self.lex.countries.lookup(dm.group("adj") or dm.group("poss"))
            if country is None:
                continue
            after = re.compile(r",\s+").match(text, dm.end())
            person = next((p for p in m.persons if after and p.start == after.end()), None) or \
                next((p for p in m.persons if re.fullmatch(r",\s+(?:the\s+)?", text[p.end:dm.start()]) and
                      not dm.group(0)[:1].isupper()), None)
            if person and not any(q.country == country.name for q in self.persons[person.key].positions):
                self._add_position(person.key, TitleFact("Minister of Foreign Affairs", country.name, None,
                                                          dm.start(), dm.end()), 0.7)
            elif person is None:    # "Ethiopia's top diplomat held talks ... Foreign Minister A": the one
                open_fms = [q for p in self.persons.values() for q in p.positions      # such office of no country
                            if q.country is None and q.organization is None and canonical_title(q.title) == "foreign minister"]
                taken = any(q.country == country.name and canonical_title(q.title) == "foreign minister"
                            for p in self.persons.values() for q in p.positions)
                if len(open_fms) == 1 and not taken:
                    open_fms[0].country = country.name

    def _of_country(self) -> None:
        """"Andrew Schofer of the United States": a country for a position that lacks one."""
        m, text = self.m, self.m.text
        for p in m.persons:
            om = re.compile(r"\s+of\s+").match(text, p.end)
            cm = om and self.lex.country_form.match(text, om.end())     # "of the Democratic Republic of the Congo"
            country = self.lex.countries.lookup(cm.group(0)) if cm and not re.match(r"[\w\-]", text[cm.end():cm.end() + 1]) else None
            if country:
                for pos in self.persons[p.key].positions:
                    if pos.country is None:
                        pos.country = country.name
            body = _OF_MINISTRY.match(text, p.end)     # "Spokesman Yoo Myung-chul of the Ministry of Foreign Affairs"
            for pos in self.persons[p.key].positions if body else []:
                if pos.evidence and pos.evidence.end <= p.start and " of " not in pos.title and \
                        re.fullmatch(_HONORIFIC_GAP, text[pos.evidence.end:p.start]):
                    pos.title = f"{pos.title} of the {body.group(1)}"

    def assign_countries(self, home: str | None, envoys_of: str | None = None) -> None:
        """Countries for national offices the text states without one, from the surest
        evidence to the weakest: a title only one government uses ("External Affairs
        Minister"); the one country of the sentence not already taken by someone else in it
        ("the Philippines and Japan held talks, bringing together Secretary X and Japanese
        Foreign Minister Y"); the document's home country (its outlet or dateline)."""
        home_country = home and self.lex.countries.lookup(home)
        for person in self.persons.values():    # a Riyadh paper's "Ambassador of Korea to the Kingdom"
            for pos in person.positions:
                sm = re.search(rf"\bto\s+the\s+({_REALM}|Republic)$", pos.title)
                if sm and home_country and any(sm.group(1) in n for n in home_country.names):
                    pos.title = f"{pos.title[:sm.start()]}to {home_country.name}"
        # what the text itself states, before any inference
        stated = {key: {q.country for q in p.positions if q.country} for key, p in self.persons.items()}
        for person in self.persons.values():    # "Minister of Foreign Affairs and Senegalese Abroad"
            for pos in self._open(person):
                dm = _DIASPORA.search(pos.title)
                inside = [c for c in self.m.countries if dm and c.adjective and pos.evidence and c.text == dm.group(1)]
                if inside:
                    pos.country = inside[0].country.name
        for p in self.m.persons:     # "while Foreign Secretary A assisted Mr. Rasheed": on Rasheed's side
            am = _ASSISTED.match(self.m.text, p.end)
            other = am and next((q for q in self.m.persons if q.start == am.end()), None)
            if other and len(stated[other.key]) == 1:
                for pos in self._open(self.persons[p.key]):
                    pos.country = next(iter(stated[other.key]))
        for key, person in self.persons.items():     # "Foreign Minister Paredes" of Ecuador's Minister of Foreign Relations
            if len(stated[key]) == 1:
                for pos in self._open(person):
                    pos.country = next(iter(stated[key]))
        self._embassy_envoys()
        self._regional_offices(home)
        self._inherit_in_coordination()
        self._escorts()
        self._described_pair()
        self._described_leaders()
        for person in self.persons.values():    # "The Belizean minister was accompanied by his country's Ambassador":
            for pos in self._open(person):      # the one just named; "Norway sent the country's foreign minister, A":
                whose = pos.evidence and re.search(r"\b(his|her|their|the)\s+country[’']s\s+$",   # the sentence's subject
                                                   self.m.text[max(0, pos.evidence.start - 25):pos.evidence.start])
                if whose:
                    sentence = self.m.sentence_at(pos.evidence.start)
                    before = [c for c in self.m.in_span(self.m.countries, sentence.start, pos.evidence.start)]
                    if before:
                        pos.country = before[0 if whose.group(1) == "the" else -1].country.name
        for t in self.m.titles:     # "The delegation of Kazakhstan was led by Minister X"
            sentence = self.m.sentence_at(t.start)
            cues = list(_DELEGATION.finditer(self.m.text, sentence.start, t.start))
            if cues and re.search(r";|,\s+(?:while|whereas|but)\b", self.m.text[cues[-1].end():t.start]):
                cues = []       # "The Pakistani side was led by A, while Deputy Minister B headed the Afghan delegation"
            named = cues and re.sub(r"^(?:The|On\s+the)\s+", "", next(filter(None, cues[-1].groups())))   # "The Korean delegation"
            inner = named and self.lex.country_form.search(named)    # "of the Republic of Mongolia"
            country = named and (self.lex.countries.lookup(named.strip()) or
                                 inner and self.lex.countries.lookup(inner.group(0)) or
                                 next((c.country for c in self.m.countries      # "The Korean delegation": the text's Korea
                                       if cues[-1].start() <= c.start < cues[-1].end()), None))
            if not country and _DELEGATION_LED.search(self.m.text, sentence.start, t.start):
                # "received a delegation of the National Assembly of Vietnam. The delegation was
                # led by the Vice-Chairman, B": the delegation named before
                prev = self.m.sentences[max(0, sentence.index - 1)]
                told = list(_DELEGATION_OF.finditer(self.m.text, prev.start, sentence.start))
                country = told and next((c.country for c in reversed(self.m.countries)
                                         if told[-1].start() <= c.start < told[-1].end()), None)
            if not country:
                continue
            holder = next((key for key, p in self.persons.items()     # "on the Seychellois side were A, Minister of …"
                           if any(q.evidence and q.evidence.start <= t.start < q.evidence.end for q in p.positions)), None)
            leader = holder or next((p.key for p in self.m.in_span(self.m.persons, t.end, t.end + 160)), None)
            if leader:     # the text puts them on a side: a national office even if it reads like a body's
                for pos in [q for q in self.persons[leader].positions if q.country is None and (
                        q.organization is None or not _INTL_BODY.search(q.title))]:
                    if t.head.casefold() in pos.title.casefold():
                        pos.country, pos.organization = country.name, None
        for sm in _JOINED_SIDE.finditer(self.m.text):     # "A and B joined the Sri Lankan side"
            country = self.lex.countries.lookup(sm.group(1))
            sentence = self.m.sentence_at(sm.start())
            for p in self.m.in_span(self.m.persons, sentence.start, sm.start()) if country else []:
                for pos in self.persons[p.key].positions:
                    if pos.country is None and pos.organization is None:
                        pos.country = country.name
        for sm in _HEADED_SIDE.finditer(self.m.text):     # "while Deputy Minister B headed the Afghan delegation"
            country = self.lex.countries.lookup(sm.group(1) or sm.group(2))
            sentence = self.m.sentence_at(sm.start())
            leader = [p for p in self.m.in_span(self.m.persons, sentence.start, sm.start())
                      if not re.search(r";|\b(?:and|while|whereas|but)\s", self.m.text[p.end:sm.start()])]
            if sm.group(2):     # "the head of the Turkmen delegation, Deputy Minister B" or "B, the head of ..."
                after = next((p for p in self.m.in_span(self.m.persons, sm.end(), sm.end() + 80)), None)
                leader = [after] if after and _APPOSED_TITLE.fullmatch(self.m.text, sm.end(), after.start) else \
                    [p for p in leader if re.fullmatch(r",\s+(?:the\s+)?", self.m.text[p.end:sm.start()])]
            for pos in self.persons[leader[-1].key].positions if country and leader else []:
                if pos.country is None and pos.organization is None:
                    pos.country = country.name
        for p in self.m.persons:     # "signed on behalf of Pakistan by A, Director General of the Academy"
            bm = _BEHALF_BY.search(self.m.text, max(0, p.start - 120), p.start)
            country = bm and self.lex.countries.lookup(bm.group("country"))
            for pos in self.persons[p.key].positions if country else []:
                if pos.country is None and (pos.organization is None or not _INTL_BODY.search(pos.title)):
                    pos.country, pos.organization = country.name, None
        # a title only one government uses (or a few: the text's own first), unless the text put
        # its holder on a side above
        conventions = _title_countries()
        for person in self.persons.values():
            for pos in self._open(person):
                codes = next((conventions[part] for part in (_fold_title(pos.title), *_fold_title(pos.title).split(" and "))
                              if part in conventions), "").split("|")     # "Secretary of State and ...": its first office
                home_code = self.lex.countries.lookup(home).code if home and self.lex.countries.lookup(home) else None
                near = self._countries_near(pos) if len(codes) > 1 else set()
                named = [c for c in codes if c in near]
                country = self.lex.countries.by_code(home_code if home_code in codes else
                                                     named[0] if len(named) == 1 else codes[0] or None)
                if country:
                    pos.country = country.name
        # "the Speaker of the Riksdag", "Minister of State at the Foreign and Commonwealth Office": a
        # legislature or a ministry only one country has
        from .places import legislature_country, ministry_country
        for person in self.persons.values():
            for pos in self._open(person):
                country = legislature_country(pos.title, self.lex) or ministry_country(pos.title, self.lex)
                if country:
                    pos.country = country.name
        self._met_by_envoy()
        for person in self.persons.values():
            for pos in self._open(person):
                if pos.evidence is None:
                    continue
                sentence = self.m.sentence_at(pos.evidence.start)
                # "the Palestinian people" names no government; "the Ambassador of Chile to Thailand",
                # "talks in Thailand" and "Thailand's envoy" name a post, a place and someone else
                # nor does "Special Envoy of the Secretary-General for Yemen": another's portfolio
                named = {c.country.name for c in self.m.in_span(self.m.countries, sentence.start, sentence.end)
                         if not c.adjective and not re.search(r"\b(?:to|in|from)\s+$", self.m.text[max(0, c.start - 6):c.start])
                         and not _SUBORDINATE_BEFORE.search(self.m.text, max(0, c.start - 80), c.start)
                         and not (c.possessive and _ENVOY.match(self.m.text, c.end + 3))
                         and not (re.search(r"\bfor\s+(?:the\s+)?$", self.m.text[max(0, c.start - 8):c.start]) and
                                  any(q is not pos and q.evidence and q.evidence.start < c.start and c.end <= q.evidence.end
                                      for p in self.persons.values() for q in p.positions))}
                taken = {c for p in self.m.in_span(self.m.persons, sentence.start, sentence.end)
                         for c in stated[p.key]}
                hosts = set(re.findall(r"\bto\s+(?:the\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž][\w ]+)", pos.title))
                left = named - taken - {self.lex.countries.lookup(h).name for h in hosts
                                        if self.lex.countries.lookup(h)}
                left = {c for c in left if _could_hold(self.lex, pos.title, c)}
                if len(left) == 1 and len(named) >= 2:   # a pair of countries, one side unnamed
                    pos.country = left.pop()
        for person in self.persons.values():    # "is in Pakistan, where she met the Federal Minister for X, B"
            for pos in self._open(person):
                if pos.evidence is None or _ENVOY.search(pos.title):
                    continue
                sentence = self.m.sentence_at(pos.evidence.start)
                there = re.search(r"\b(?:(?:is|was|are|were|arrived|stayed|stopped)\s+in|visit(?:ed)?(?:\s+to)?)\s+(?:the\s+)?"
                                  r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*){0,2})\b[^.;,]{0,40},?"
                                  r"\s+(?:where|during\s+which)\b[^.;]*$", self.m.text[sentence.start:pos.evidence.start])
                # "is in Pakistan, where she met", "her visit to Hanoi last year, during which she held talks with"
                from .places import capitals
                country = there and (self.lex.countries.lookup(there.group(1)) or
                                     self.lex.countries.by_code(capitals().get(there.group(1).casefold())))
                if country and _could_hold(self.lex, pos.title, country.name):
                    pos.country = country.name
        self._office_after_lead()
        held = {(_fold_title(q.title), q.country) for p in self.persons.values() for q in p.positions}
        host = self._visited_country()
        if host and host != home:   # a minister abroad: "I called on the Prime Minister" there
            for person in self.persons.values():
                for pos in self._open(person):
                    if _HEAD_OF_STATE.match(canonical_title(pos.title)) and (_fold_title(pos.title), host) not in held:
                        pos.country = host
                        held.add((_fold_title(pos.title), host))
        if not home:      # a body's release on a visit: "In Dhaka, the High Commissioner met Foreign Minister A"
            self._officials_where_visited(host)
        if envoys_of:     # an embassy's release: its own envoys and visitors, the host country's officials
            visitors = self._visitors_to(home)
            for key, person in self.persons.items():
                for pos in self._open(person):
                    if _ENVOY.search(pos.title) or key in visitors:
                        pos.country = envoys_of
        self._opening_capital()
        self._described_envoys(home)
        self._section_countries()
        if not home:
            return
        first_seen = {p.key: p.start for p in reversed(self.m.persons)}
        for person in sorted(self.persons.values(), key=lambda p: first_seen.get(p.key, 0)):
            for pos in self._open(person):
                if _posted_in(pos.title, home):
                    continue   # "Ambassador to Nigeria" is not Nigeria's
                if (_fold_title(pos.title), home) in held and _unique_office(pos.title):
                    continue   # Nigeria has one president; the text already named them
                if not _could_hold(self.lex, pos.title, home):
                    # a "President" in an Australian paper is another country's: the one visited, if any
                    if host and host != home and _could_hold(self.lex, pos.title, host) and \
                            (_fold_title(pos.title), host) not in held:
                        pos.country = host
                        held.add((_fold_title(pos.title), host))
                    continue
                pos.country = home
                held.add((_fold_title(pos.title), home))
                self._home_guesses[id(pos)] = pos

    def _section_countries(self) -> None:
        """A digest's section headed by one country ("PERU - Condolences after the hurricane"):
        the offices its items state without a country are that country's."""
        heads = [(hm.start(), self.lex.countries.lookup(hm.group(1))) for hm in _SECTION_HEAD.finditer(self.m.text)]
        if not heads:
            return
        for person in self.persons.values():
            for pos in self._open(person):
                if pos.evidence is None:
                    continue
                head = next((c for start, c in reversed(heads) if start <= pos.evidence.start), None)
                if head and _could_hold(self.lex, pos.title, head.name) and not _ENVOY.search(pos.title):
                    pos.country = head.name

    def _officials_where_visited(self, host: str | None) -> None:
        """A text with no country of its own (an international body's release) on its officials'
        travels: a national office is of the country where the meeting was ("In Dhaka on
        Monday, ... held talks with Foreign Minister A"), else of the one country visited."""
        from .places import country_of_place
        for person in self.persons.values():
            for pos in self._open(person):
                if pos.evidence is None or _ENVOY.search(pos.title) or _BODY_ENVOY.search(pos.title):
                    continue
                sentence = self.m.sentence_at(pos.evidence.start)
                where = _WHERE.search(self.m.text, sentence.start, pos.evidence.start)
                place = where and country_of_place(where.group(1), self.lex)
                country = place.name if place else host
                if country and _could_hold(self.lex, pos.title, country):
                    pos.country = country

    def _regional_offices(self, home: str | None) -> None:
        """"Camila Rivas, the Governor of Nariño": the office of a region (or of a capital city)
        is in the country that has it, whatever the outlet's own country. A region of several countries
        ("Punjab") is of the one the text names or speaks from, if only one of them."""
        from .places import capitals, region_country
        named = {c.country.name for c in self.m.countries} | ({home} if home else set())
        for person in self.persons.values():
            for pos in self._open(person):
                rm = _REGIONAL_OFFICE.match(pos.title)
                place = rm and rm.group("place")      # "Mayor of Praia": of the capital's country
                country = place and (region_country(place, self.lex, named) or
                                     self.lex.countries.by_code(capitals().get(place.casefold())))
                if country:
                    pos.country = country.name

    def place_hosts(self, meetings, home: str | None) -> None:
        """A Singapore release on its minister's visit to Cambodia: the officials the minister
        meets there, whom the text gives no country, are Cambodia's, not Singapore's."""
        if not home:
            self._place_open_hosts(meetings)
            return
        host = self._visited_country() if self._home_guesses else None
        if not host or host == home:
            return
        visitors = self._visitors_to(host)
        for mt in meetings:
            if mt.kind != "in-person":
                continue
            positions = {k: self.persons[k].positions for k in mt.participants if k in self.persons}
            travellers = [k for k, qs in positions.items() if k in visitors and any(q.country == home for q in qs)]
            if not travellers:
                continue
            for k, qs in positions.items():
                for q in qs:
                    if k not in travellers and self._home_guesses.get(id(q)) is q and _could_hold(self.lex, q.title, host):
                        q.country = host
                        del self._home_guesses[id(q)]

    def _place_open_hosts(self, meetings) -> None:
        """"Mozambique's President ended a state visit to Portugal ... talks in which Foreign Minister
        A and Mozambique's Minister of Foreign Affairs B took part": in a text from no country, an
        office it gives no country, held by someone who met a visitor from elsewhere in the one
        country visited, is that country's."""
        host = self._visited_country()
        if not host:
            return
        visitors = self._visitors_to(host)
        for mt in meetings:
            if mt.kind != "in-person":
                continue
            present = [k for k in mt.participants if k in self.persons]
            guests = [k for k in present if any(q.country and q.country != host for q in self.persons[k].positions)
                      and (k in visitors or not any(q.country == host for q in self.persons[k].positions))]
            if not guests:
                continue
            for k in present:
                if k in guests:
                    continue
                for q in self._open(self.persons[k]):
                    if _could_hold(self.lex, q.title, host):
                        q.country = host

    def _met_by_envoy(self) -> None:
        """"Kazakhstan's Ambassador to the Kyrgyz Republic, A, met the acting first deputy foreign
        minister, B": a national office the text gives no country, held by someone an envoy posted
        to a country met in that sentence, is that country's."""
        for person in self.persons.values():
            for pos in self._open(person):
                if pos.evidence is None or _ENVOY.search(pos.title) or _INTL_BODY.search(pos.title):
                    continue
                sentence = self.m.sentence_at(pos.evidence.start)
                posts = set()
                for other in self.persons.values():
                    for q in other.positions if other is not person else ():
                        post = q.evidence and sentence.start <= q.evidence.start < sentence.end and \
                            _ENVOY.search(q.title) and re.search(r"\bto\s+(?:the\s+)?(.+)$", q.title)
                        host = post and self.lex.countries.lookup(post.group(1))
                        if host and host.name != q.country:
                            posts.add(host.name)
                # (not where someone else in the sentence already holds that country's office: "A held
                # talks with Austria's State Secretary, B, in the presence of the ambassador to Austria")
                taken = {q.country for p in self.m.in_span(self.m.persons, sentence.start, sentence.end)
                         if p.key != person.key for q in self.persons[p.key].positions if q.country}
                if len(posts) == 1 and not posts & taken and _MET_IN.search(sentence.text) and \
                        _could_hold(self.lex, pos.title, next(iter(posts))):
                    pos.country = posts.pop()

    def _embassy_envoys(self) -> None:
        """"visited the High Commission of India, where he met High Commissioner A"; "at the
        Embassy of Morocco. She was received by the chargé d'affaires, A": an envoy the text gives
        no country heads the one mission named in that sentence or the two before it in its paragraph."""
        text = self.m.text
        for person in self.persons.values():
            for pos in self._open(person):
                if pos.evidence is None or not _ENVOY.search(pos.title):
                    continue
                sentence = self.m.sentence_at(pos.evidence.start)
                start = self.m.sentences[max(0, sentence.index - 2)].start
                breaks = [start + b.end() for b in re.finditer(r"\n\s*\n", text[start:sentence.start])]
                start = max([start, *breaks])       # that sentence and the two before it, in its paragraph
                missions = {c.country.name for c in self.m.in_span(self.m.countries, start, pos.evidence.start)
                            if _MISSION_AFTER.match(text, c.end) or _MISSION_BEFORE.search(text, max(0, c.start - 40), c.start)}
                if len(missions) == 1 and not _posted_in(pos.title, next(iter(missions))):
                    pos.country = missions.pop()

    def _described_envoys(self, home: str | None) -> None:
        """"Talks with the Chinese envoy ... Ambassador Wang Xiaolin", "met the Ambassadors of China
        and Japan and the High Commissioner of India ... High Commissioner Ms. Rao": an envoy the
        text gives no country is the one envoy of that kind it describes and no one else holds."""
        open_envoys = [pos for p in self.persons.values() for pos in self._open(p) if _ENVOY.search(pos.title)]
        if not open_envoys:
            return
        titled = [(q.evidence.start, q.evidence.end) for p in self.persons.values() for q in p.positions if q.evidence]
        said: set[tuple[str, str]] = set()
        for c in self.m.countries:
            if c.country.name == home:
                continue
            if c.adjective:
                kind = re.match(r"\s+(envoy|ambassador|diplomat|high commissioner)\b", self.m.text[c.end:c.end + 25], re.I)
                if kind and not any(0 <= a - c.end <= 2 for a, _ in titled) and (     # "Tomas Novak, the Czech Ambassador"
                        c.text.lower().startswith("the ") or re.search(r"\b[Tt]he\s+$", self.m.text[max(0, c.start - 4):c.start])):
                    said.add((kind.group(1).lower(), c.country.name))
                continue
            kind = _ENVOYS_OF.search(self.m.text[max(0, c.start - 80):c.start])   # "the Ambassadors of China and"
            if kind:
                said.add((re.sub(r"s$", "", kind.group(1).lower()), c.country.name))
        held = {q.country for p in self.persons.values() for q in p.positions if q.country and _ENVOY.search(q.title)}
        for pos in open_envoys:
            title = pos.title.lower()
            fits = {country for kind, country in said if country not in held and
                    (kind in ("envoy", "diplomat") or kind in title or "envoy" in title)}
            if len(fits) == 1:
                pos.country = fits.pop()
                held.add(pos.country)

    def _place_at(self, pos: int, place: str):
        """The country a visit's destination at ``pos`` names: "the Kingdom of Cambodia", "Apia",
        "Belgrade on Sunday"."""
        from .places import country_of_place
        official = self.lex.country_form.match(self.m.text, pos)
        return official and self.lex.countries.lookup(official.group(0)) or \
            country_of_place(place, self.lex) or country_of_place(place.split()[0], self.lex)

    def _visitors_to(self, country: str | None) -> set[str]:
        """Persons the text says came to ``country``: "Dr. A, paid a working visit to Belgrade"."""
        found = set()
        for p in self.m.persons:
            sentence = self.m.sentence_at(p.start)
            vm = _VISIT_TO.match(self.m.text, p.end, sentence.end)
            if not vm or self.m.in_span(self.m.persons, p.end, vm.start("place")):
                continue
            place = self._place_at(vm.start("place"), vm.group("place"))
            if place and place.name == country:
                found.add(p.key)
        return found

    def _visited_country(self) -> str | None:
        """The one country the text's traveller is in: "her visit to Apia", "arrived in Samoa"."""
        from .places import country_of_place
        found: dict[str, int] = {}
        for vm in re.finditer(r"\b(?:[Vv]isits?\s+to|visiting|arrived\s+in|travell?ed\s+to|while\s+in|flew\s+(?:in\s+)?to|"
                              r"trip\s+to)\s+(?:the\s+)?"
                              r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)?)", self.m.text):
            place = vm.group(1)
            if _PLANNED.search(self.m.text, max(0, vm.start() - 60), vm.start()) or \
                    re.search(r"\b(?:continu\w+|onward|next)\s+(?:(?:her|his|their|its|the)\s+)?$",
                              self.m.text[max(0, vm.start() - 30):vm.start()]):
                continue        # "is expected to pay a return visit to Georgetown", "continued her trip to
                                # Uzbekistan": not where the text is
            adjective = next((c for c in self.m.countries if c.start == vm.start(1) and c.adjective), None)
            if adjective and not re.match(r"\s+(?:head of state|president|prime minister|king|emir|amir|sultan|leader|capital)\b",
                                          self.m.text[adjective.end:adjective.end + 20], re.I):
                continue        # "the visiting Chinese Vice Foreign Minister" says nothing of where the text is
            country = self._place_at(vm.start(1), place)
            if country:
                found[country.name] = found.get(country.name, 0) + 1
        # "DUSHANBE, Tajikistan — ..." in a Washington paper (or "KINGSTON, Jamaica" on a line of
        # its own in an Ottawa release): the text is where its dateline is
        dm = re.match(r"\s*(?:[^\n]*\n\s*)*?([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÿ'’\.\- ]{2,30}?),\s+([A-Z][A-Za-z ]{2,30}?)(?:\s+(?:—|–|--|-)\s|[ \t]*\n)",
                      self.m.text[self.m.sentences[0].start if self.m.sentences else 0:][:400])
        dated = dm and (country_of_place(dm.group(2), self.lex) or country_of_place(dm.group(1).title(), self.lex))
        if dated and (not found or dated.name in found):
            return dated.name
        # (or the one told at least twice as often as any other: "a state visit to Portugal ... arrived in
        # Lisbon ... a visit to Porto ... had last met during the President's own state visit to Mozambique")
        ranked = sorted(found.values(), reverse=True) + [0]
        return max(found, key=found.get) if found and ranked[0] >= 2 * ranked[1] else None

    def _office_after_lead(self) -> None:
        """"In Caracas, Foreign Minister A read a statement", "Speaking on behalf of the Government of
        Vietnam, Vice Minister A", "A readout released by China's foreign ministry said Foreign Minister
        A": an office right after a sentence's lead is of the country the lead names (not an envoy's,
        nor a visitor's where the sentence goes on to name that country's host). ``_opening_capital``
        does the same later for a spokesperson named anywhere in a sentence that opens in a capital."""
        from .places import capitals
        for person in self.persons.values():
            for pos in self._open(person):
                if pos.evidence is None or _ENVOY.search(pos.title):
                    continue
                sentence = self.m.sentence_at(pos.evidence.start)
                lead = _SEAT_LEAD.match(self.m.text, sentence.start, pos.evidence.start)
                where = lead and next(g for g in lead.groups() if g)
                country = where and (self.lex.countries.lookup(where) or
                                     self.lex.countries.by_code(capitals().get(where.casefold())))
                hosts = country and any(c.country.name == country.name for c in
                                        self.m.in_span(self.m.countries, pos.evidence.end, sentence.end))
                if country and not hosts and _could_hold(self.lex, pos.title, country.name):
                    pos.country = country.name

    def _opening_capital(self) -> None:
        """"In Beijing, Foreign Ministry spokesperson A said ...": a spokesperson whose country the
        text leaves unsaid, told in a sentence that opens in a capital, speaks for that capital's country."""
        from .places import capitals
        for p in self.m.persons:
            person = self.persons.get(p.key)
            # (a spokesperson speaks at home; a minister named there may be visiting)
            open_ = [q for q in self._open(person) if re.search(r"(?i)spokes", q.title)] if person else []
            if not open_:
                continue
            s = self.m.sentence_at(p.start)
            cm = _OPENING_PLACE.match(s.text)
            code = cm and capitals().get(cm.group(1).casefold())
            country = code and self.lex.countries.by_code(code)
            if country and s.start + cm.end() <= p.start:
                for pos in open_:
                    pos.country = country.name

    def _inherit_in_coordination(self) -> None:
        """"Japanese Foreign Minister A and Defense Minister B": B is Japanese too."""
        ordered = sorted(self.m.persons, key=lambda p: p.start)
        first = {}
        for p in ordered:
            first.setdefault(p.key, p.start)
        for prev, p in zip(ordered, ordered[1:]):
            if first[p.key] < p.start:
                continue        # "Ambassador Selim and Permanent Secretary Okello Ojok signed": introduced before
            between = self.m.text[prev.end:p.start]
            # "Japanese Foreign Minister A and Defense Minister B", "Indonesia's Minister for Foreign
            # Affairs, H.E. A, and Minister of Defence, H.E. General (Ret.) B"
            cm = re.fullmatch(r",?\s+and\s+(?P<the>the\s+)?(?P<title>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\- ]*?)(?:\s+|" + _COMMA_HONORIFIC.pattern + ")",
                              between)
            if not cm or not self.lex.title.fullmatch(cm.group("title").strip()) or \
                    re.fullmatch(_HONORIFIC_WORDS, cm.group("title").strip()):
                continue        # "signed by A and Sheikh B, Secretary-General of ...": a style, not an office
            if cm.group("the") and _SIGNED_BY.search(self.m.text, self.m.sentence_at(p.start).start, prev.start):
                continue        # "signed by Japan's envoy, A, and the Permanent Secretary, B": the two sides
            countries = [q.country for q in self.persons[prev.key].positions if q.country]
            for pos in self._open(self.persons[p.key]):
                if countries and prev.key != p.key:
                    pos.country = countries[0]

    def _escorts(self) -> None:
        """"Mulenga was accompanied by Zambia's High Commissioner, A, and by the permanent
        secretary in her ministry, B": those who escort a minister serve the same government."""
        for em in _ESCORTED.finditer(self.m.text):
            sentence = self.m.sentence_at(em.start())
            # up to where the sentence goes on: "A, accompanied by B, called on C"
            stop = re.compile(r",\s+(?!(?:and|the|by|his|her|their|its|as|both|also|who|whose)\b)[a-z]").search(self.m.text, em.end(), sentence.end)
            escorts = self.m.in_span(self.m.persons, em.end(), stop.start() if stop else sentence.end)
            before = self.m.in_span(self.m.persons, sentence.start, em.start())
            # whom they escort ("The Undersecretary": the one who holds that office), else one
            # of them: "The Minister was accompanied by Timor-Leste's Ambassador, A, and B"
            lead = [before[-1].key] if before else []
            for t in [] if before else self.m.in_span(self.m.titles, sentence.start, em.start())[-1:]:
                holders = [k for k, p in self.persons.items()
                           if any(re.search(r"\b" + re.escape(canonical_title(t.text)) + r"\b", canonical_title(q.title))
                                  for q in p.positions)]
                lead = holders if len(holders) == 1 else []
            lead = lead or [p.key for p in escorts]
            countries = [q.country for k in lead for q in self.persons[k].positions if q.country]
            if not countries:
                continue
            for p in escorts:
                for pos in self._open(self.persons[p.key]):
                    pos.country = countries[0]

    def _described_pair(self) -> None:
        """"The Mauritanian head of state was received by his Senegalese counterpart. President A
        and President B first met alone": the two named next, in the same order, are those two."""
        text = self.m.text
        for dm in _DESCRIBED_PAIR.finditer(text):
            first = self.lex.countries.lookup(dm.group("a1"))
            second = self.lex.countries.lookup(dm.group("a2"))
            if not first or not second or first == second:
                continue
            here = self.m.sentence_at(dm.start())
            for s in self.m.sentences[here.index + 1:here.index + 3]:
                people = self.m.in_span(self.m.persons, s.start, s.end)
                pair = [(a, b) for a, b in zip(people, people[1:]) if re.fullmatch(
                    r"\s+and\s+(?:(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+){0,3}", text[a.end:b.start])]
                if not pair:
                    continue
                for person, country in zip(pair[0], (first, second)):
                    for pos in self._open(self.persons[person.key]):
                        pos.country = country.name
                break

    def _described_leaders(self) -> None:
        """"the Chairperson spoke with the Somali head of state. During the call, President A ...":
        the leader an adjective described, named next without a country, is that country's."""
        for dm in _DESCRIBED_LEADER.finditer(self.m.text):
            country = self.lex.countries.lookup(dm.group("adj"))
            if not country:
                continue
            here = self.m.sentence_at(dm.start())
            after = self.m.sentences[min(len(self.m.sentences) - 1, here.index + 1)]
            for p in self.m.in_span(self.m.persons, dm.end(), after.end):
                if any(o.key == p.key and o.start < dm.start() for o in self.m.persons):
                    continue        # "received by President A, to whom he handed a message from the Ghanaian head of state"
                open_ = [q for q in self._open(self.persons[p.key]) if _HEAD_OF_STATE.match(canonical_title(q.title))]
                if open_:
                    for q in open_:
                        q.country = country.name
                    break

    def _countries_near(self, pos: Position) -> set[str]:
        """Codes of the countries, or of the capitals, named in the sentence of ``pos`` and the
        one before ("visited Sri Lanka. In Colombo she met the Minister of External Affairs")."""
        from .places import capitals
        if pos.evidence is None:
            return set()
        here = self.m.sentence_at(pos.evidence.start)
        prev = self.m.sentences[max(0, here.index - 1)]
        codes = {c.country.code for c in self.m.in_span(self.m.countries, prev.start, here.end)}
        words = self.m.text[prev.start:here.end].casefold()
        return codes | {capitals()[cm.group(0)] for cm in _capitals_pattern().finditer(words)}

    def _open(self, person: Person):
        return [pos for pos in person.positions if pos.country is None and pos.organization is None
                and (not _is_intl_title(self.lex, pos.title) or _PORTFOLIO_COMMISSIONER.match(pos.title) or
                     _MINISTRY_UNIT.search(pos.title))]


_PLANNED = re.compile(r"\b(?:will|shall|would|is to|are to|expected to|due to|scheduled to|plans? to|set to|invit\w*\b[^.;]*?\bto)"
                      r"\s+(?:[\w\-]+\s+){0,4}$")
_PORTFOLIO = re.compile(r",\s+who\s+(?:is\s+[^,.;]{3,60}?\s+and\s+)?(?P<also>also\s+)?(?:holds|held|has held)\s+the\s+(?P<portfolio>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}?)\s+"
                        r"portfolio(?:\s+in\s+(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)?))?")
_CHAIRS = re.compile(r",\s+(?:the\s+[a-z]+\s+)?who\s+(?:also\s+|now\s+|currently\s+)?(?P<verb>chairs|heads|leads)\s+the\s+"
                     r"(?:(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)[’']s\s+)?(?:(?:parliamentary|parliament's|senate's)\s+)?"
                     r"(?P<body>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*"
                     r"\s+(?:Committee|Commission|Council|Group|Caucus|Subcommittee|Delegation|Mission|Office|Department|Division|"
                     r"Agency|Authority|Board|Directorate|Secretariat|Task\s+Force)"
                     r"(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*)")
_OWN_MINISTRY = re.compile(r"(?:[’']s)?\s+((?:Ministry|Department)\s+of\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+(?:and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*)")
_ESCORTED = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:accompanied|flanked)\s+by\b|,\s+(?:accompanied|flanked)\s+by\b")
_DELEGATION_LED = re.compile(r"\b[Tt]he\s+delegation\s+(?:was\s+)?(?:led|headed)\s+by\s+(?:the\s+)?$")
_DELEGATION_OF = re.compile(r"\bdelegation\s+(?:of|from)\s+(?:the\s+)?[^.;]{0,80}")
_DELEGATION = re.compile(   # "the delegation of Kazakhstan was led by", "and that of Kyrgyzstan by",
    # "The Zambian delegation included", "attended on the Kenyan side by"
    r"\b[Dd]elegation\s+of\s+(?:the\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž][^,;.]{1,40}?),?\s+(?:(?:was\s+)?(?:led|headed)\s+by|(?:also\s+)?(?:included|comprised))\b|"
    r"\bthat\s+of\s+(?:the\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž][^,;.]{1,40}?)\s+by\b|"
    r"\band\s+the\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)\s+(?:side|delegation|team)\s+by\b|"     # "..., and the Eritrean side by B"
    r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)(?:[’']s)?\s+(?:delegation|side|team)(?:,?\s+(?:was\s+)?(?:led|headed)\s+by|"
    r"\s+(?:also\s+)?(?:included|comprised|consisted\s+of|was\s+made\s+up\s+of|was\s+represented\s+by))\b|"
    r"\b[Oo]n\s+the\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)\s+side\b|"
    r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)\s+(?:was|were)\s+(?:also\s+)?represented\s+(?:(?:at|in)\s+[^.;,]{0,40}?\s+)?by\b|"   # "Uganda was represented (at the talks) by"
    r"\b[Ll]eading\s+the\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)\s+(?:side|delegation)\s+(?:was|were)\b|"
    r"\bWith\s+the\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+\s+){1,2}(?:were|was)\b")   # "With the Malian President were"
_OF_MINISTRY = re.compile(r"\s+of\s+the\s+((?:Ministry|Department)\s+of\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+(?:and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*)")
_DESCRIBED_PAIR = re.compile(     # "The visiting Sri Lankan head of state and his Nepali host"
    r"\b[Tt]he\s+(?:visiting\s+)?(?P<a1>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)\s+(?:head of state|head of government|"
    r"president|prime minister|premier|leader|foreign minister|minister)\b[^.;]{0,120}?\b(?:his|her|their)\s+"
    r"(?P<a2>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)\s+(?:counterpart|host|guest)\b")
_DESCRIBED_LEADER = re.compile(r"\b[Tt]he\s+(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)\s+"
                               r"(?:head of state|head of government|leader|president|prime minister)\b(?!\s*,)")
_APPOINTED_AS = re.compile(r"\s+on\s+(?:his|her|their)\s+(?:appointment|election|re-election|nomination|swearing-in)\s+as\s+"
                           r"(?:the\s+)?(?:new\s+)?")
_ASSISTED = re.compile(r"\s+(?:also\s+)?(?:assisted|supported|accompanied|flanked)\s+(?:(?:H\.\s?[EH]\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|"
                       r"Minister|President|Ambassador)\s+)*")
# who signed for a side: "on behalf of Pakistan by A", "for the Kazakh side by Ambassador A"
_BEHALF_BY = re.compile(r"\b(?:on\s+behalf\s+of|for)\s+(?:the\s+)?(?P<country>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+){0,3}?)"
                        r"(?:\s+side)?\s+by\s+(?:[^,;.()]{0,60}?\s+)?$")
_JOINED_SIDE = re.compile(r"\b(?:joined|took\s+part\s+on|participated\s+on|(?:was|were)\s+(?:also\s+)?present\s+on)\s+the\s+"
                          r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)\s+(?:side|delegation)\b")
_HEADED_SIDE = re.compile(r"\b(?:(?:headed|led|leads|heads)\s+the\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)|"
                          r"(?:head|leader|chief)\s+of\s+the\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?))\s+"
                          r"(?:side|delegation|team)\b")
# ", Deputy Foreign Minister " between "the head of the X delegation" and the name
_APPOSED_TITLE = re.compile(r",\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+){0,6}")
_VISIT_TO = re.compile(   # ", paid a working visit to Belgrade", " arrived in Hanoi on Sunday"
    r"[^.;]{0,140}?\b(?:(?:paid|pays|is\s+paying|was\s+paying|made|makes|began|begins|concluded|is\s+on|was\s+on|"
    r"(?:back|returned|home)\s+(?:[\w\-]+\s+){0,3}?(?:after|from))\s+"     # "is back in Dublin after a four-day visit to"
    r"(?:an?\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,3}?(?:[Vv]isit|[Tt]rip)\s+to|arrived\s+in)\s+(?:the\s+)?"
    r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)?)")
_ENVOYS_OF = re.compile(   # the envoys a country list follows: "the Ambassadors of China, Japan and"
    r"(?s).*\b((?i:ambassadors?|high\s+commissioners?))\s+of\s+(?:the\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:,\s*|\s+and\s+(?:the\s+)?|\s+))*$")
# "The diplomat, Luis Perdomo, sought the meeting": a sentence that names the one the last only described
_NAMED_NEXT = re.compile(r"\s*(?:The|His|Her)\s+(?:[\w\-]+\s+){0,2}?(?P<noun>diplomat|envoy|visitor|guest|caller|chargé|official)\s*,\s+"
                         r"(?:(?:H\.\s?[EH]\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Ambassador)\s+)*")
_DIASPORA = re.compile(r"\band\s+(\S+(?:\s+\S+)?)\s+(?:Abroad|Expatriates|Diaspora|Nationals)\b")   # "... and Senegalese Abroad"
# the head of a mission to an international body, and the rest of that body's name and seat
# offices a body's own people hold as often as a state's: "(United Nations) Representative", "Co-Chair"
_BODY_ENVOY = re.compile(r"(?i)\b(?:representative|special|chair\w*|co-chair\w*|commissioner|coordinator|observer)\b")
# where a sentence's meeting was: "In Dhaka on Monday, ...", "..., where in Bishkek she met"
_WHERE = re.compile(r"\b[Ii]n\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)?)\b(?!\s+(?:[Ss]ide|[Gg]overnment|[Pp]eople))")
# between a rank and the office that follows the name it styles: "Ambassador | Andrea Contini, | Head of ..."
_STYLED_NAME = re.compile(r"[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:[ \t]+(?:(?:van|von|de|der|den|da|dos|del|la|le|al|bin|ibn)[ \t]+)?"
                          r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*){0,3},[ \t]+(?:the[ \t]+)?")
_MISSION = re.compile(r"(?i)\bpermanent\s+(?:representative|observer|delegate)\b")
# an international body's office in a country, named by where it is: "the OSCE Mission | to Moldova"
_FIELD_OFFICE = re.compile(r"\b(?:Mission|Centre|Center|Office|Delegation|Presence|Operation)$")
_FIELD_SEAT = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*){0,2})")
_SEAT = re.compile(r"(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+(?:and\s+(?:other\s+)?|of\s+(?:the\s+)?|on\s+|for\s+)?"
                   r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*(?:\s+(?:in|at)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)?)?")
_ENVOY = re.compile(r"(?i)\b(?:ambassador|envoy|charg[ée]|high\s+commissioner|counsell?or|attach[ée]|consul|"
                    r"(?:first|second|third)\s+secretary|head\s+of\s+chancery|chief\s+of\s+mission)")


# a director-general of a ministry's own unit: "Director-General of the Asian and Oceanian Affairs Bureau"
_MINISTRY_UNIT = re.compile(r"(?i)^(?:deputy\s+)?director(?:-|\s+)general\s+(?:of|for)\s+(?:the\s+)?[^,]*\b(?:bureau|department|"
                            r"division|directorate|affairs)$")
# a commissioner of a portfolio whose body the text does not name: a state's or a county's
# ("the state's Commissioner for Transportation" in a Lagos paper), not the AU's or the EU's
_PORTFOLIO_COMMISSIONER = re.compile(r"(?:(?:Deputy|Acting|Assistant)\s+)?Commissioner\s+(?:for|of)\s+(?!the\b)")


def _posted_in(title: str, country: str) -> bool:
    """Whether the title names ``country`` as its post: "Ambassador to Nigeria", "... in Nigeria"."""
    for pm in _POSTED_AT.finditer(title):
        rest = title[pm.end():]
        if rest.startswith(country) and not rest[len(country):len(country) + 1].isalnum():
            return True
    return False


# a country's mission: "the Embassy of Morocco", "the High Commission of India", "India's
# High Commission", "the Moroccan Embassy"
_MISSION_AFTER = re.compile(r"(?:[’']s)?\s+(?:[Ee]mbassy|EMBASSY|High\s+Commission|[Cc]onsulate|[Pp]ermanent\s+[Mm]ission)\b(?!\s+(?:of|to)\b)")
_MISSION_BEFORE = re.compile(r"\b(?:[Ee]mbassy|EMBASSY|High\s+Commission|[Cc]onsulate(?:[\s-]+[Gg]eneral)?|[Pp]ermanent\s+[Mm]ission)"
                             r"\s+of\s+(?:the\s+)?$")
# a town's or region's office told with its country: "the mayor of the Chilean city of Arica"
_TOWN_OFFICE = re.compile(r"(?i)(?:(?:deputy|vice|acting|first\s+deputy)[\s-]+)?(?:mayor|governor|prefect|intendant)")
_OF_TOWN = re.compile(r"\s+of\s+the\s+(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)\s+(?:city|town|port|province|region|"
                      r"state|department|municipality|district|prefecture|county)\s+of\s+"
                      r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*){0,2})")
_CITY_BEFORE = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)[’']s\s+$")
# a verb in the plural right after "X and Y": two office holders, not one dual title
_PLURAL_VERB = re.compile(r"\s+(?:(?:also|jointly|together)\s+)?(?:meet|hold|sign|visit|welcome|receive|discuss|agree|call|hail|"
                          r"urge|condemn|express|have|are|were|were\s+to|both)\b")
_MET_IN = re.compile(r"\b(?:met|meets|received|receives|held\s+talks|called\s+on|was\s+received)\b")
_POSTED_AT = re.compile(r"\b(?:to|in)\s+")
_REGIONAL_OFFICE = re.compile(
    r"(?i:(?:deputy|vice|acting|lieutenant)[\s-]+)?(?:Governor|Prefect|Premier|Chief\s+Minister|Mayor|Intendant|"
    r"Wali|Vali|Akim|Hakim)\s+of\s+(?:the\s+)?(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*){0,2}?)"
    r"(?:\s+(?:Province|Region|State|Department|Governorate|Oblast|Prefecture|County|District))?$")


def _is_intl_title(lex: Lexicon, title: str) -> bool:
    """An office of an international body ("Deputy Secretary General", "Commissioner for Trade"),
    not of a ministry ("Secretary-General of the Ministry of Foreign Affairs", "High Commissioner")."""
    low = title.lower()
    if re.search(r"\bministry\b|\bhigh commissioner\b|\bminister\b|\bof foreign affairs\b", low):
        return False        # "Vice Minister and Secretary General of Foreign Affairs": national
    if _DEPARTMENT_HEAD.search(title) and not _OF_A_BODY.search(title):
        return False        # "Director-General for Security and Defence Policy": a ministry's department
    return bool(_heads_pattern(lex.intl_heads).search(low) or _INTL_BODY.search(title))


@cache
def _heads_pattern(heads: frozenset[str]) -> re.Pattern:
    """Any of ``heads`` as a whole word (one compiled pattern per lexicon)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + r")(?![\w-])")


_DEPARTMENT_HEAD = re.compile(r"(?i)\bdirector[- ]general\s+(?:for\s+[A-Z]|of\s+(?:the\s+)?department\b)")
_OF_A_BODY = re.compile(r"\bof the (?:[A-Z][\w\-]*\s+){0,4}(?:Commission|Union|Organi[sz]ation|Secretariat|Agency|Bank|Fund|Programme)\b")
# "Chairperson of the African Union Commission", "President of the ECOWAS Commission"
_INTL_BODY = re.compile(r"\bof the (?:[A-Z][\w\-]*\s+){0,4}(?:Commission|Union|Organi[sz]ation|Secretariat|Agency|"
                        r"Bank|Fund|Programme|League|Council of Europe|Nations|Community|Forum)\b|"
                        r"\b(?:UN|EU|AU|ASEAN|OSCE|NATO|ECOWAS|SADC|CARICOM|OIC|WHO|IAEA|IMF|WTO|FAO|UNICEF|UNHCR)\b")


_UNIQUE = re.compile(r"^(?:president|prime minister|foreign minister|king|queen|emir|chancellor|premier)$")


_HEAD_OF_STATE = re.compile(r"^(?:president|prime minister|king|queen|emir|amir|sultan|crown prince|"
                            r"head of state|vice president|governor general|chancellor|premier)$")


def _unique_office(title: str) -> bool:
    return bool(_UNIQUE.match(canonical_title(title)))


@cache
def _offices_absent() -> set[tuple[str, str]]:
    return {(row[0], row[1]) for row in data_rows("offices_absent.tsv")}


def _could_hold(lex: Lexicon, title: str, country: str) -> bool:
    """False where ``country`` has no such office: Australia has no President."""
    code = lex.countries.lookup(country)
    return not (code and (code.code, canonical_title(title)) in _offices_absent())


@cache
def _capitals_pattern() -> re.Pattern:
    """Every capital kg knows (case-folded), longest first, as one pattern."""
    from .places import capitals
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(capitals(), key=len, reverse=True)) + r")\b")


@cache
def _title_countries() -> dict[str, str]:
    return {_fold_title(row[0]): row[1] for row in data_rows("title_countries.tsv")}


def _fold_title(title: str) -> str:
    return re.sub(r"\s+", " ", fold(title)).strip()
